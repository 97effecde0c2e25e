//! Unit tests of the simulated DefectDojo's seed data and scan parsers.

use std::collections::HashSet;

use super::scan::{parse_scan, SCAN_TYPES};
use super::seed::seed_db;
use super::SEVERITIES;

#[test]
fn seed_is_deterministic_and_sized() {
    let a = seed_db(7, 300);
    let b = seed_db(7, 300);
    assert_eq!(a.findings.len(), 300);
    assert_eq!(a.findings, b.findings);
    assert_eq!(a.tests.len(), 24);
    assert!(a
        .findings
        .values()
        .all(|f| SEVERITIES.contains(&f["severity"].as_str().unwrap())));
}

#[test]
fn generic_and_trivy_parsers() {
    let g = parse_scan(
        "Generic Findings Import",
        br#"{"findings":[{"title":"A","severity":"high","cwe":79},{"title":"B","severity":"Low"}]}"#,
    )
    .unwrap();
    assert_eq!(g.len(), 2);
    assert_eq!(g[0].severity, "High");
    assert_eq!(g[0].cwe, Some(79));
    let t = parse_scan(
        "Trivy Scan",
        br#"{"Results":[{"Target":"img","Vulnerabilities":[{"VulnerabilityID":"CVE-1","PkgName":"ssl","InstalledVersion":"1.0","Severity":"CRITICAL","CweIDs":["CWE-20"]}]}]}"#,
    )
    .unwrap();
    assert_eq!(t[0].severity, "Critical");
    assert_eq!(t[0].cwe, Some(20));
    assert!(parse_scan("Generic Findings Import", b"nope").is_err());
}

#[test]
fn scan_types_are_defectdojos_list() {
    assert_eq!(SCAN_TYPES.len(), 224);
    assert!(SCAN_TYPES.contains(&"Generic Findings Import"));
    assert!(SCAN_TYPES.contains(&"Trivy Scan"));
    let unique: HashSet<&str> = SCAN_TYPES.iter().copied().collect();
    assert_eq!(unique.len(), SCAN_TYPES.len());
}
