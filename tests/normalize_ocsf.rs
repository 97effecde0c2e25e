//! OCSF mappings: real records of every kind (pulled from the simulator) and
//! odd ones map to events that pydantic-ocsf and the compiled OCSF 1.7.0
//! schema accept (`scripts/validate_ocsf.py`); the validator itself rejects
//! broken events; mapping is deterministic, keeps secrets out, never panics
//! (property tests) and reports undecodable records as `Error::Decode`.
#![cfg(feature = "normalize")]

use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};
use secops::defectdojo::{DefectDojo, FindingFilter};
use secops::defendis::Defendis;
use secops::normalize::{normalize, ocsf, Format, Origin, RecordKind};
use secops::sandbox::{Sandbox, Subset};
use secops::sie::{Channel, SieBatch, Window};
use secops::sim::{SimHandle, Simulator};
use secops::taxii::Taxii;
use secops::{Error, MemoryCheckpoints, MemorySink, Service};
use serde_json::{json, Value};

mod support;

const SCRIPT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/scripts/validate_ocsf.py");

/// The validator's Python (the `.peers/validators` virtualenv), or `None`
/// (skipped) when peers are not installed and not required.
fn python() -> Option<PathBuf> {
    support::peers::peer(
        "SECOPS_OCSF_PYTHON",
        "validators/bin/python",
        "pydantic-ocsf",
    )
}

/// Runs the validator on `events`: (whether it accepted them all, its output).
fn run_validator(python: &Path, events: &[Value]) -> (bool, String) {
    let mut input = Vec::new();
    for e in events {
        serde_json::to_writer(&mut input, e).unwrap();
        input.push(b'\n');
    }
    let mut child = Command::new(python)
        .arg(SCRIPT)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start the validator");
    let mut stdin = child.stdin.take().unwrap();
    let writer = std::thread::spawn(move || stdin.write_all(&input));
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap().unwrap();
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        matches!(out.status.code(), Some(0 | 1)),
        "the validator failed to run: {text}"
    );
    (out.status.success(), text)
}

/// Validates `events` (all must pass), when the validator is available.
fn validate(what: &str, events: &[Value]) {
    let Some(py) = python() else { return };
    let (ok, out) = run_validator(&py, events);
    assert!(ok, "{what}: OCSF validation failed:\n{out}");
    assert!(
        out.contains(&format!("{} events, 0 failed", events.len())),
        "{what}: {out}"
    );
    println!("{what}: {}", out.trim());
}

fn map(kind: RecordKind, record: &[u8]) -> Vec<Value> {
    ocsf::map(kind, record, &Origin::feed("test-feed"))
        .unwrap_or_else(|e| panic!("{kind:?}: {e}\n{}", String::from_utf8_lossy(record)))
}

fn class_of(events: &[Value]) -> Vec<u64> {
    let mut c: Vec<u64> = events
        .iter()
        .map(|e| e["class_uid"].as_u64().unwrap())
        .collect();
    c.dedup();
    c
}

// ---------------------------------------------------------------------------
// Real records from the simulator
// ---------------------------------------------------------------------------

fn bytes(values: Vec<Value>) -> Vec<Vec<u8>> {
    values
        .iter()
        .map(|v| serde_json::to_vec(v).unwrap())
        .collect()
}

/// Records of every kind, as the services send them.
async fn simulator_records(sim: &SimHandle) -> BTreeMap<&'static str, (RecordKind, Vec<Vec<u8>>)> {
    use secops::sim::defendis::{SCOPED_BIN, SCOPED_DOMAIN, SCOPED_KEYWORD};
    let mut out = BTreeMap::new();

    let dfd = Defendis::builder()
        .api_key(sim.key(Service::Defendis))
        .base_url(sim.url(Service::Defendis))
        .build()
        .unwrap();
    for (name, kind, path, query) in [
        (
            "defendis.credential",
            RecordKind::DefendisCredential,
            "/api/v1/dataleaks/credentials",
            ("domain", SCOPED_DOMAIN),
        ),
        (
            "defendis.document",
            RecordKind::DefendisDocument,
            "/api/v1/dataleaks/documents",
            ("domain", SCOPED_DOMAIN),
        ),
        (
            "defendis.payment_card",
            RecordKind::DefendisPaymentCard,
            "/api/v1/dataleaks/paymentcards/bins",
            ("bin", SCOPED_BIN),
        ),
        (
            "defendis.exposure_asset",
            RecordKind::DefendisExposureAsset,
            "/api/v1/exposure/assets",
            ("domain", SCOPED_DOMAIN),
        ),
        (
            "defendis.ransomware_victim",
            RecordKind::DefendisRansomwareVictim,
            "/api/v1/ransomware/victims",
            ("keyword", SCOPED_KEYWORD),
        ),
    ] {
        let records: Vec<Value> = dfd
            .get_paged::<Value>(path, [query])
            .max_items(40)
            .all()
            .await
            .unwrap();
        out.insert(name, (kind, bytes(records)));
    }
    // Every group's victims, not only the keyword's.
    for group in secops::sim::defendis::RANSOMWARE_GROUPS {
        let more: Vec<Value> = dfd
            .get_paged::<Value>("/api/v1/ransomware/victims", [("group", group)])
            .max_items(5)
            .all()
            .await
            .unwrap();
        out.get_mut("defendis.ransomware_victim")
            .unwrap()
            .1
            .extend(bytes(more));
    }

    let dd = DefectDojo::builder()
        .api_key(sim.key(Service::DefectDojo))
        .base_url(sim.url(Service::DefectDojo))
        .build()
        .unwrap();
    let mut sink = MemorySink::new();
    dd.sync_findings(FindingFilter::new(), &mut sink, MemoryCheckpoints::new())
        .await
        .unwrap();
    out.insert(
        "defectdojo.finding",
        (RecordKind::DefectDojoFinding, sink.records()),
    );

    let sb = Sandbox::builder()
        .api_key(sim.key(Service::Sandbox))
        .base_url(sim.url(Service::Sandbox))
        .build()
        .unwrap();
    let samples = sb
        .samples(Subset::Public)
        .max_items(30)
        .all()
        .await
        .unwrap();
    let mut reports = Vec::new();
    for s in &samples {
        if let Ok(r) = sb.overview_report(&s.id).await {
            reports.push(serde_json::to_vec(&r).unwrap());
        }
    }
    out.insert(
        "sandbox.sample",
        (
            RecordKind::SandboxSample,
            samples
                .iter()
                .map(|s| serde_json::to_vec(s).unwrap())
                .collect(),
        ),
    );
    out.insert("sandbox.report", (RecordKind::SandboxReport, reports));

    let sie = SieBatch::builder()
        .api_key(sim.key(Service::Sie))
        .base_url(sim.url(Service::Sie))
        .build()
        .unwrap();
    let st = secops::sim::sie::control(
        sim,
        &secops::sim::sie::SieControl {
            records_per_minute: Some(6),
            ..Default::default()
        },
    )
    .await
    .unwrap();
    let mut sie_records = Vec::new();
    for ch in [212, 213] {
        let w = Window::starting_at(st.now() - chrono::Duration::minutes(10), 5).unwrap();
        let mut sink = MemorySink::new();
        sie.sync_channel(
            Channel::new(ch).unwrap(),
            w,
            &mut sink,
            MemoryCheckpoints::new(),
        )
        .await
        .unwrap();
        sie_records.extend(sink.records());
    }
    out.insert("sie.newdomain", (RecordKind::SieNewDomain, sie_records));

    let taxii = Taxii::builder()
        .url(sim.url(Service::Taxii))
        .api_key(sim.key(Service::Taxii))
        .build()
        .unwrap();
    let mut objects = Vec::new();
    for col in [secops::sim::taxii::INDICATORS, secops::sim::taxii::MIXED] {
        let mut sink = MemorySink::new();
        taxii
            .collection(col)
            .sync(&mut sink, MemoryCheckpoints::new())
            .await
            .unwrap();
        objects.extend(sink.records());
    }
    out.insert("taxii.object", (RecordKind::TaxiiObject, objects));
    out
}

#[tokio::test]
async fn simulator_records_of_every_kind_map_to_valid_ocsf() {
    let sim = Simulator::builder().seed(7).size(30).start().await.unwrap();
    let records = simulator_records(&sim).await;
    let mut all = Vec::new();
    let want: BTreeMap<&str, u64> = [
        ("defectdojo.finding", 2002),
        ("defendis.credential", 2006),
        ("defendis.document", 2006),
        ("defendis.payment_card", 2006),
        ("defendis.exposure_asset", 2004),
        ("defendis.ransomware_victim", 2004),
        ("sandbox.sample", 2004),
        ("sandbox.report", 2004),
        ("sie.newdomain", 5021),
        ("taxii.object", 5021),
    ]
    .into();
    for (name, (kind, recs)) in &records {
        assert_eq!(kind.name(), *name);
        assert!(!recs.is_empty(), "{name}: the simulator gave no records");
        let mut events = Vec::new();
        for r in recs {
            let evs = map(*kind, r);
            if *kind == RecordKind::TaxiiObject {
                assert!(evs.len() <= 1);
            } else {
                assert_eq!(evs.len(), 1, "{name}: one event per record");
            }
            events.extend(evs);
        }
        assert!(!events.is_empty(), "{name}");
        assert_eq!(class_of(&events), vec![want[name]], "{name}");
        for e in &events {
            assert_eq!(e["metadata"]["version"], "1.7.0");
            assert!(e["time"].as_i64().unwrap() > 0, "{name}: no time in {e}");
            let tags = e["metadata"]["tags"].as_array().unwrap();
            assert!(tags
                .iter()
                .any(|t| t["name"] == "secops.feed" && t["value"] == "test-feed"));
        }
        println!("{name}: {} records, {} events", recs.len(), events.len());
        all.extend(events);
    }
    // Every TAXII indicator maps, with its STIX id kept.
    let (_, taxii) = &records["taxii.object"];
    let indicators = taxii
        .iter()
        .filter(|r| serde_json::from_slice::<Value>(r).unwrap()["type"] == "indicator")
        .count();
    let taxii_events: Vec<&Value> = all.iter().filter(|e| e["class_uid"] == 5021).collect();
    let with_stix_id = taxii_events
        .iter()
        .filter(|e| {
            e["metadata"]["original_event_uid"]
                .as_str()
                .is_some_and(|id| id.starts_with("indicator--"))
        })
        .count();
    assert_eq!(with_stix_id, indicators);
    validate("simulator records", &all);
    sim.shutdown().await;
}

// ---------------------------------------------------------------------------
// Odd records
// ---------------------------------------------------------------------------

fn finding_base() -> Value {
    json!({
        "id": 42, "title": "SQL Injection in login", "severity": "High",
        "description": "User input reaches a query.", "active": true, "verified": true,
        "false_p": false, "is_mitigated": false, "duplicate": false,
        "created": "2024-01-03T11:00:00Z", "updated": "2024-02-03T11:00:00Z",
        "date": "2024-01-03", "cwe": 89, "numerical_severity": "S1",
        "component_name": "django", "component_version": "4.2.1", "fix_version": "4.2.2",
        "file_path": "app/views/login.py", "line": 120,
        "vulnerability_ids": [{"vulnerability_id": "CVE-2024-12345"}, {"vulnerability_id": "GHSA-abcd-efgh-ijkl"}],
        "cvssv3": "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", "cvssv3_score": 9.8,
        "epss_score": 0.97, "epss_percentile": 0.99, "known_exploited": true,
        "fix_available": true, "mitigation": "Use parameterised queries.",
        "references": "https://example.com/a\n\n  https://example.com/b ",
        "endpoints": [3, 4], "tags": ["pci", "prod"], "test": 7, "hash_code": "abc",
        "unique_id_from_tool": "TOOL-1", "service": "auth", "display_status": "Active, Verified"
    })
}

fn with(mut base: Value, patch: Value) -> Vec<u8> {
    for (k, v) in patch.as_object().unwrap() {
        if v.is_null() {
            base.as_object_mut().unwrap().remove(k);
        } else {
            base[k] = v.clone();
        }
    }
    serde_json::to_vec(&base).unwrap()
}

/// Odd but acceptable records of every kind.
fn odd_records() -> Vec<(RecordKind, Vec<u8>)> {
    let huge = "é∂ ".repeat(350_000); // about 1.5 MB
    let f = finding_base;
    let mut out: Vec<(RecordKind, Vec<u8>)> = vec![
        // DefectDojo: the smallest finding, odd severities, odd states, huge text.
        (RecordKind::DefectDojoFinding, br#"{"id":1}"#.to_vec()),
        (RecordKind::DefectDojoFinding, with(f(), json!({"severity": "Sévère ☢"}))),
        (RecordKind::DefectDojoFinding, with(f(), json!({"severity": "   "}))),
        (RecordKind::DefectDojoFinding, with(f(), json!({"severity": "informational", "numerical_severity": null}))),
        (RecordKind::DefectDojoFinding, with(f(), json!({"severity": null, "numerical_severity": "S0"}))),
        (RecordKind::DefectDojoFinding, with(f(), json!({"description": huge.clone(), "title": "注入 — ☃"}))),
        (RecordKind::DefectDojoFinding, with(f(), json!({"false_p": true, "active": false}))),
        (RecordKind::DefectDojoFinding, with(f(), json!({"is_mitigated": true, "mitigated": "2024-03-01T00:00:00Z", "active": false}))),
        (RecordKind::DefectDojoFinding, with(f(), json!({"active": false}))),
        (RecordKind::DefectDojoFinding, with(f(), json!({"risk_accepted": true}))),
        (RecordKind::DefectDojoFinding, with(f(), json!({"under_review": true}))),
        (RecordKind::DefectDojoFinding, with(f(), json!({"vulnerability_ids": [], "cwe": null, "vuln_id_from_tool": "B303"}))),
        (RecordKind::DefectDojoFinding, with(f(), json!({"vulnerability_ids": [], "cwe": 0}))),
        (RecordKind::DefectDojoFinding, with(f(), json!({"vulnerability_ids": [{"vulnerability_id": "cve-2020-0001"}, {"vulnerability_id": "CVE-2020-0001"}, {"vulnerability_id": ""}, {}]}))),
        (RecordKind::DefectDojoFinding, with(f(), json!({"line": 1_i64 << 40, "file_path": "/", "component_version": null, "cvssv3": null, "cvssv4_score": 8.7, "cvssv4": "CVSS:4.0/AV:N"}))),
        (RecordKind::DefectDojoFinding, with(f(), json!({"line": -5, "file_path": null, "sast_source_file_path": "src/ü.rs", "sast_source_line": 3}))),
        (RecordKind::DefectDojoFinding, with(f(), json!({"created": null, "updated": null, "date": null, "last_status_update": null}))),
        (RecordKind::DefectDojoFinding, with(f(), json!({"cvssv3_score": 1e300, "epss_score": 0.0, "tags": ["", "ок"]}))),
        // Defendis, each kind: minimal, full, odd.
        (RecordKind::DefendisCredential, b"{}".to_vec()),
        (RecordKind::DefendisCredential, serde_json::to_vec(&json!({
            "id": "c1", "email": "jane.doe@example.com", "username": "jane", "domain": "example.com",
            "password": "hunter2-secret", "passwordType": "plaintext", "url": "https://sso.example.com/login",
            "source": "stealer:redline", "leakDate": "2024-01-01", "discoveredAt": "2024-01-02T10:00:00Z"})).unwrap()),
        (RecordKind::DefendisCredential, serde_json::to_vec(&json!({
            "id": "c2", "email": "jöhn@exämple.com", "password": "x", "passwordType": "bcrypt",
            "leakDate": "1700000000", "discoveredAt": "not a date"})).unwrap()),
        (RecordKind::DefendisCredential, serde_json::to_vec(&json!({"id": "c3", "username": "ops", "leakDate": "garbage"})).unwrap()),
        (RecordKind::DefendisDocument, b"{}".to_vec()),
        (RecordKind::DefendisDocument, serde_json::to_vec(&json!({
            "id": "d1", "domain": "example.com", "fileName": "payroll ☂.pdf", "fileType": ".pdf",
            "size": -1, "url": "http://leak.onion/files/x/", "sha256": "zz-not-hex", "md5": "d41d8cd98f00b204e9800998ecf8427e",
            "leakDate": "2024-01-01"})).unwrap()),
        (RecordKind::DefendisDocument, serde_json::to_vec(&json!({"url": "http://leak.onion/files/contract.docx?dl=1"})).unwrap()),
        (RecordKind::DefendisPaymentCard, b"{}".to_vec()),
        (RecordKind::DefendisPaymentCard, serde_json::to_vec(&json!({
            "id": "p1", "bin": "457173", "cardNumber": "4571 7312 3456 2529", "brand": "VISA",
            "expiry": "03/27", "discoveredAt": "2024-01-02T10:00:00+02:00"})).unwrap()),
        (RecordKind::DefendisPaymentCard, serde_json::to_vec(&json!({"bin": "4571", "cardNumber": "1234"})).unwrap()),
        (RecordKind::DefendisExposureAsset, b"{}".to_vec()),
        (RecordKind::DefendisExposureAsset, serde_json::to_vec(&json!({
            "id": "e1", "host": "vpn.example.com", "ip": "not-an-ip", "port": 99_999_999_999_i64,
            "severity": "urgentissime", "cves": ["CVE-2024-0001", "", "cve-2024-0001"], "lastSeen": "2024-05-03 08:24:00"})).unwrap()),
        (RecordKind::DefendisExposureAsset, serde_json::to_vec(&json!({
            "ip": "2001:db8::1", "port": 443, "service": "https", "severity": "CRITICAL", "firstSeen": "2024-01-01"})).unwrap()),
        (RecordKind::DefendisRansomwareVictim, b"{}".to_vec()),
        (RecordKind::DefendisRansomwareVictim, serde_json::to_vec(&json!({
            "id": "r1", "group": "lockbit", "victim": "Société Générale d'Exemple", "domain": "exemple.fr",
            "country": "FR", "sector": "finance", "postUrl": "http://lockbit.onion/post/1",
            "publishedAt": "2024-02-01", "description": 7})).unwrap()),
        // Sandbox.
        (RecordKind::SandboxSample, br#"{"id":"240601-x","status":"pending"}"#.to_vec()),
        (RecordKind::SandboxSample, r#"{"id":"240601-y","status":"reported","kind":"url","url":"http://ex.example/☃","submitted":"2024-06-01T12:00:06Z"}"#.as_bytes().to_vec()),
        (RecordKind::SandboxSample, br#"{"id":"240601-z","status":"failed","kind":"file","filename":"","url":""}"#.to_vec()),
        (RecordKind::SandboxReport, b"{}".to_vec()),
        (RecordKind::SandboxReport, serde_json::to_vec(&json!({
            "analysis": {"score": 10, "family": ["lockbit", "LockBit", ""], "tags": ["family:lockbit", "ransomware", "worm", "evasion"]},
            "sample": {"id": "s1", "target": "a.exe", "md5": "D41D8CD98F00B204E9800998ECF8427E", "sha1": "xyz", "size": 12,
                        "ssdeep": "3:abc:def", "created": "2024-06-01T12:00:00Z"},
            "targets": [{"iocs": {"ips": ["192.0.2.1", "bogus", "192.0.2.1"], "domains": ["c2.example.", ""], "urls": ["http://c2.example/gate"]},
                         "signatures": [{"name": "Ransom note"}, {"desc": "no name"}]}],
            "signatures": [{"name": "Ransom note", "desc": "drops a note"}]})).unwrap()),
        (RecordKind::SandboxReport, serde_json::to_vec(&json!({"targets": [{"score": 7, "family": ["unknownfam"], "tags": ["weird"]}]})).unwrap()),
        // SIE.
        (RecordKind::SieNewDomain, b"{}".to_vec()),
        (RecordKind::SieNewDomain, br#"{"message":{}}"#.to_vec()),
        (RecordKind::SieNewDomain, r#"{"time":"2026-12-04 22:16:03.741514695","message":{"domain":"xn--mnchen-3ya.de.","rrname":"www.münchen.de.","rrtype":"AAAA","rrclass":"IN","rdata":["2001:db8::1","bad"],"time_seen":"2026-12-04 22:16:03"}}"#.as_bytes().to_vec()),
        (RecordKind::SieNewDomain, r#"{"message":{"domain":".","rrtype":"A","rdata":[""],"time_seen":"garbage"},"extra":{"x":1}}"#.as_bytes().to_vec()),
        // TAXII.
        (RecordKind::TaxiiObject, br#"{"type":"indicator","spec_version":"2.1","id":"indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f","created":"2026-05-16T08:21:30Z","modified":"2026-05-16T08:21:30.123456Z","pattern":"[ipv4-addr:value = '198.51.100.7'] OR [ipv4-addr:value = '198.51.100.8']","pattern_type":"stix","valid_from":"2026-05-16T08:21:30Z","confidence":0,"valid_until":"2027-01-01T00:00:00Z","object_marking_refs":["marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed"]}"#.to_vec()),
        (RecordKind::TaxiiObject, br#"{"type":"indicator","spec_version":"2.1","id":"indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd40","created":"2026-05-16T08:21:30Z","pattern":"title: x\ndetection: y","pattern_type":"sigma","valid_from":"2026-05-16T08:21:30Z","indicator_types":["anomalous-activity"],"name":"Sigma rule \u00e9"}"#.to_vec()),
        (RecordKind::TaxiiObject, br#"{"type":"indicator","spec_version":"2.1","id":"indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd41","created":"2026-05-16T08:21:30Z","pattern":"[url:value = 'http://x.example/it\\'s']","pattern_type":"stix","valid_from":"2026-05-16T08:21:30Z","confidence":100}"#.to_vec()),
        (RecordKind::TaxiiObject, br#"{"type":"indicator","spec_version":"2.1","id":"indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd42","created":"2026-05-16T08:21:30Z","pattern":"[ipv4-addr:value = '10.0.0.0/8']","pattern_type":"stix","valid_from":"2026-05-16T08:21:30Z"}"#.to_vec()),
        (RecordKind::TaxiiObject, br#"{"type":"indicator","spec_version":"2.1","id":"indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd43","created":"2026-05-16T08:21:30Z","name":"no pattern"}"#.to_vec()),
        (RecordKind::TaxiiObject, br#"{"type":"vulnerability","spec_version":"2.1","id":"vulnerability--0c7b5b88-8ff7-4a4d-aa9d-feb398cd0018","created":"2026-02-01T10:00:00.000Z","modified":"2026-02-01T10:00:00.000Z","name":"Some bug"}"#.to_vec()),
        (RecordKind::TaxiiObject, br#"{"type":"attack-pattern","spec_version":"2.1","id":"attack-pattern--0c7b5b88-8ff7-4a4d-aa9d-feb398cd0013","created":"2026-02-01T10:00:00.000Z","modified":"2026-02-01T10:00:00.000Z","name":"Phishing","external_references":[{"source_name":"mitre-attack","external_id":"T1566"}]}"#.to_vec()),
    ];
    // Non-ASCII everywhere a string goes.
    out.push((
        RecordKind::DefectDojoFinding,
        with(f(), json!({"component_name": "пакет", "component_version": "١٫٢", "service": "サービス", "references": "見る"})),
    ));
    out
}

#[test]
fn odd_records_map_to_valid_ocsf() {
    let mut events = Vec::new();
    for (kind, rec) in odd_records() {
        let evs = map(kind, &rec);
        assert_eq!(
            evs.len(),
            1,
            "{kind:?}: {}",
            String::from_utf8_lossy(&rec[..rec.len().min(300)])
        );
        events.extend(evs);
    }
    // A record with no time at all says so instead of inventing one.
    let timeless = &map(RecordKind::DefendisCredential, b"{}")[0];
    assert_eq!(timeless["time"], 0);
    assert!(timeless["metadata"]["tags"]
        .as_array()
        .unwrap()
        .contains(&json!({"name": "secops.time_field", "value": "none"})));
    // An unknown severity is 99 (Other), keeping the text.
    let odd = &map(
        RecordKind::DefectDojoFinding,
        &with(finding_base(), json!({"severity": "Sévère ☢"})),
    )[0];
    assert_eq!(
        (odd["severity_id"].clone(), odd["severity"].clone()),
        (json!(99), json!("Sévère ☢"))
    );
    // Custom and connecting STIX objects map to no event.
    for t in [
        "relationship",
        "x-acme-widget",
        "identity",
        "report",
        "ipv4-addr",
        "file",
    ] {
        let obj = json!({"type": t, "spec_version": "2.1",
            "id": format!("{t}--0c7b5b88-8ff7-4a4d-aa9d-feb398cd0010"),
            "created": "2026-02-01T10:00:00.000Z", "modified": "2026-02-01T10:00:00.000Z",
            "name": "n", "relationship_type": "uses",
            "source_ref": "indicator--0c7b5b88-8ff7-4a4d-aa9d-feb398cd0009",
            "target_ref": "malware--0c7b5b88-8ff7-4a4d-aa9d-feb398cd0061",
            "object_refs": ["indicator--0c7b5b88-8ff7-4a4d-aa9d-feb398cd0009"],
            "published": "2026-02-01T10:00:00.000Z", "value": "198.51.100.3",
            "hashes": {"SHA-256": "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"}});
        assert!(
            map(RecordKind::TaxiiObject, &serde_json::to_vec(&obj).unwrap()).is_empty(),
            "{t}"
        );
    }
    validate("odd records", &events);
}

#[test]
fn secrets_are_not_copied() {
    let cred = br#"{"id":"c1","email":"jane@example.com","password":"hunter2-secret","passwordType":"plaintext"}"#;
    let out = serde_json::to_string(&map(RecordKind::DefendisCredential, cred)).unwrap();
    assert!(!out.contains("hunter2"), "{out}");
    assert!(out.contains(r#""password_present":true"#), "{out}");
    let card = br#"{"id":"p1","cardNumber":"4571731234562529","cvv":"123","bin":"457173"}"#;
    let out = serde_json::to_string(&map(RecordKind::DefendisPaymentCard, card)).unwrap();
    assert!(
        !out.contains("4571731234562529") && !out.contains("123456"),
        "{out}"
    );
    assert!(!out.contains("cvv"), "{out}");
    assert!(out.contains("457173******2529"), "{out}");
}

#[test]
fn mapping_is_deterministic() {
    for (kind, rec) in odd_records() {
        let a = normalize(kind, &rec, Format::Ocsf, &Origin::feed("f")).unwrap();
        let b = normalize(kind, &rec, Format::Ocsf, &Origin::feed("f")).unwrap();
        assert_eq!(a, b, "{kind:?}");
    }
    // The event id follows the content, not the formatting.
    let compact = br#"{"id":"c1","email":"a@example.com"}"#;
    let spaced = b"{ \"email\" : \"a@example.com\",\n \"id\": \"c1\" }";
    let changed = br#"{"id":"c1","email":"b@example.com"}"#;
    let uid = |r: &[u8]| map(RecordKind::DefendisCredential, r)[0]["metadata"]["uid"].clone();
    assert_eq!(uid(compact), uid(spaced));
    assert_ne!(uid(compact), uid(changed));
    let stix = br#"{"type":"campaign","spec_version":"2.1","id":"campaign--0c7b5b88-8ff7-4a4d-aa9d-feb398cd0004","created":"2026-02-01T10:00:00.000Z","modified":"2026-02-01T10:00:00.000Z","name":"Winter"}"#;
    let stix_spaced = String::from_utf8_lossy(stix).replace(',', ",\n  ");
    let stix_uid = |r: &[u8]| map(RecordKind::TaxiiObject, r)[0]["metadata"]["uid"].clone();
    assert_eq!(stix_uid(stix), stix_uid(stix_spaced.as_bytes()));
    // The origin's feed only changes its tag.
    let mut a = map(RecordKind::DefendisCredential, compact)[0].clone();
    let mut b =
        ocsf::map(RecordKind::DefendisCredential, compact, &Origin::default()).unwrap()[0].clone();
    a["metadata"]["tags"]
        .as_array_mut()
        .unwrap()
        .retain(|t| t["name"] != "secops.feed");
    b["metadata"]["tags"]
        .as_array_mut()
        .unwrap()
        .retain(|t| t["name"] != "secops.feed");
    assert_eq!(a, b);
}

#[test]
fn undecodable_records_are_decode_errors() {
    let cases: &[(RecordKind, &[u8])] = &[
        (RecordKind::DefectDojoFinding, b"not json"),
        (RecordKind::DefectDojoFinding, br#"{"title":"no id"}"#),
        (RecordKind::DefectDojoFinding, br#"{"id":"forty-two"}"#),
        (RecordKind::DefendisCredential, b"[1,2]"),
        (RecordKind::DefendisDocument, br#"{"size":"big"}"#),
        (RecordKind::DefendisPaymentCard, b""),
        (RecordKind::DefendisExposureAsset, br#"{"port":"443"}"#),
        (RecordKind::DefendisRansomwareVictim, br#"{"group":1}"#),
        (RecordKind::SandboxSample, br#"{"status":"pending"}"#),
        (
            RecordKind::SandboxReport,
            br#"{"analysis":{"score":"ten"}}"#,
        ),
        (RecordKind::SieNewDomain, br#"{"message":{"domain":7}}"#),
        (RecordKind::SieNewDomain, b"\xff\xfe"),
        (RecordKind::TaxiiObject, br#"{"type":"indicator"}"#),
        (
            RecordKind::TaxiiObject,
            br#"{"type":"indicator","id":"malware--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f"}"#,
        ),
    ];
    for (kind, rec) in cases {
        match ocsf::map(*kind, rec, &Origin::default()) {
            Err(Error::Decode { service, .. }) => assert_eq!(service, kind.service()),
            other => panic!("{kind:?} {:?}: {other:?}", String::from_utf8_lossy(rec)),
        }
    }
}

// ---------------------------------------------------------------------------
// The validator can fail
// ---------------------------------------------------------------------------

#[test]
fn the_validator_rejects_broken_events() {
    let Some(py) = python() else { return };
    let good = map(
        RecordKind::DefectDojoFinding,
        &serde_json::to_vec(&finding_base()).unwrap(),
    )
    .remove(0);
    let (ok, out) = run_validator(&py, std::slice::from_ref(&good));
    assert!(ok, "{out}");

    let mut unknown = good.clone();
    unknown["finding_info"]["no_such_attribute"] = json!(1);
    let mut bad_enum = good.clone();
    bad_enum["severity_id"] = json!(7);
    let mut bad_type_uid = good.clone();
    bad_type_uid["type_uid"] = json!(200299);
    let mut missing = good.clone();
    missing["finding_info"]
        .as_object_mut()
        .unwrap()
        .remove("uid");
    let mut bad_hash = map(
        RecordKind::SandboxReport,
        br#"{"sample":{"id":"s","target":"a.exe","md5":"d41d8cd98f00b204e9800998ecf8427e"}}"#,
    )
    .remove(0);
    bad_hash["evidences"][0]["file"]["hashes"][0]["value"] = json!("not hex");
    let mut two_ids = good.clone();
    two_ids["vulnerabilities"][0]["cwe"] = json!({"uid": "CWE-89"});
    let broken = [unknown, bad_enum, bad_type_uid, missing, bad_hash, two_ids];
    let (ok, out) = run_validator(&py, &broken);
    assert!(!ok, "the validator accepted broken events:\n{out}");
    for needle in [
        "event 0: finding_info.no_such_attribute: not an attribute of finding_info",
        "event 1: severity_id: 7 is not a declared value",
        "event 2: type_uid: 200299 is not class_uid*100+activity_id = 200202",
        "event 3: finding_info.uid: required by finding_info, missing",
        "event 4: evidences[0].file.hashes[0].value: 'not hex' does not match file_hash_t",
        "event 5: vulnerabilities[0]: vulnerability needs exactly one of",
        "6 events, 6 failed",
    ] {
        assert!(out.contains(needle), "no {needle:?} in:\n{out}");
    }
    // pydantic-ocsf's own verdict is part of it.
    assert!(out.contains("pydantic-ocsf"), "{out}");
}

// ---------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------

fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        "[a-zA-Z0-9 ._-]{0,24}",
        "\\PC{0,24}",
        Just(String::new()),
        Just("   ".to_string()),
    ]
}

fn opt<T: std::fmt::Debug + Clone + 'static>(
    s: impl Strategy<Value = T> + 'static,
) -> impl Strategy<Value = Option<T>> {
    prop_oneof![1 => Just(None), 3 => s.prop_map(Some)]
}

fn timestamp() -> impl Strategy<Value = String> {
    (-30_000_000_000_i64..250_000_000_000).prop_map(|s| {
        chrono::DateTime::from_timestamp(s, 0)
            .unwrap()
            .to_rfc3339_opts(chrono::SecondsFormat::Micros, true)
    })
}

/// A finding: the valid base with randomized fields.
fn arbitrary_finding() -> impl Strategy<Value = Vec<u8>> {
    let severity = prop_oneof![
        Just("Critical".to_string()),
        Just("high".to_string()),
        Just("Info".to_string()),
        text(),
    ];
    let ids = prop::collection::vec(
        prop_oneof![
            "CVE-[0-9]{4}-[0-9]{4,7}",
            "cve-[0-9]{2,5}-[0-9]{0,3}",
            "GHSA-[a-z0-9]{4}",
            text()
        ],
        0..4,
    );
    (
        (
            any::<i64>(),
            opt(severity),
            opt(text()),
            opt(text()),
            opt(any::<i64>()),
        ),
        (
            ids,
            opt(-1e6f64..1e6),
            opt(text()),
            opt(any::<i64>()),
            opt(text()),
        ),
        (
            opt(text()),
            opt(text()),
            prop::collection::vec(any::<i64>(), 0..3),
        ),
        (
            opt(any::<bool>()),
            opt(any::<bool>()),
            opt(any::<bool>()),
            opt(any::<bool>()),
        ),
        (
            opt(timestamp()),
            opt(timestamp()),
            opt(text()),
            prop::collection::vec(text(), 0..3),
        ),
    )
        .prop_map(
            |(
                (id, sev, title, desc, cwe),
                (ids, score, path, line, vector),
                (component, version, endpoints),
                (active, false_p, mitigated, dup),
                (created, updated, refs, tags),
            )| {
                let ids: Vec<Value> = ids
                    .into_iter()
                    .map(|i| json!({ "vulnerability_id": i }))
                    .collect();
                with(
                    finding_base(),
                    json!({
                        "id": id, "severity": sev, "title": title, "description": desc, "cwe": cwe,
                        "vulnerability_ids": ids, "cvssv3_score": score, "file_path": path,
                        "line": line, "cvssv3": vector, "component_name": component,
                        "component_version": version, "endpoints": endpoints, "active": active,
                        "false_p": false_p, "is_mitigated": mitigated, "duplicate": dup,
                        "created": created, "updated": updated, "references": refs, "tags": tags,
                    }),
                )
            },
        )
}

/// An SIE record with a random domain (unicode included) and answers.
fn arbitrary_sie() -> impl Strategy<Value = Vec<u8>> {
    let domain = prop_oneof![
        "[a-z0-9-]{1,20}\\.(com|net|xyz|top)\\.?",
        "\\PC{0,30}",
        "[a-zé☃ü-]{1,10}\\.[a-z]{2,3}\\.",
    ];
    let rdata = prop_oneof![
        "(25[0-5]|1[0-9]{2}|[1-9]?[0-9])\\.[0-9]{1,3}\\.[0-9]{1,3}\\.[0-9]{1,3}",
        "[0-9a-f:]{2,20}",
        text(),
    ];
    let rrtype = prop_oneof![Just("A"), Just("AAAA"), Just("NS"), Just("TXT"), Just("x")];
    let time = prop_oneof![
        "20[0-9]{2}-(0[1-9]|1[0-2])-(0[1-9]|1[0-9]|2[0-8]) ([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]\\.[0-9]{9}",
        text(),
    ];
    (
        opt(domain.clone()),
        opt(domain),
        opt(prop::collection::vec(rdata, 0..4)),
        opt(rrtype),
        opt(time.clone()),
        opt(time),
        opt(text()),
    )
        .prop_map(|(domain, rrname, rdata, rrtype, t, seen, source)| {
            let mut msg = serde_json::Map::new();
            for (k, v) in [
                ("domain", domain.map(Value::from)),
                ("rrname", rrname.map(Value::from)),
                ("rdata", rdata.map(|r| json!(r))),
                ("rrtype", rrtype.map(Value::from)),
                ("time_seen", seen.map(Value::from)),
            ] {
                if let Some(v) = v {
                    msg.insert(k.into(), v);
                }
            }
            let mut rec = json!({ "message": msg, "vname": "SIE", "mname": "newdomain" });
            if let Some(t) = t {
                rec["time"] = t.into();
            }
            if let Some(s) = source {
                rec["source"] = s.into();
            }
            serde_json::to_vec(&rec).unwrap()
        })
}

/// Runs `cases` of `strategy` through the mapping (which must not fail or
/// panic), keeping every `every`-th event to validate at the end.
fn run_property(
    kind: RecordKind,
    strategy: impl Strategy<Value = Vec<u8>>,
    cases: u32,
    every: usize,
) -> Vec<Value> {
    let mut runner = TestRunner::new(Config {
        cases,
        failure_persistence: None,
        ..Config::default()
    });
    let sample = std::cell::RefCell::new(Vec::new());
    let n = std::cell::Cell::new(0usize);
    runner
        .run(&strategy, |rec| {
            let events = ocsf::map(kind, &rec, &Origin::feed("prop"))
                .map_err(|e| TestCaseError::fail(format!("{e}")))?;
            prop_assert_eq!(events.len(), 1);
            let again = ocsf::map(kind, &rec, &Origin::feed("prop")).unwrap();
            prop_assert_eq!(&events, &again);
            if n.get().is_multiple_of(every) {
                sample.borrow_mut().extend(events);
            }
            n.set(n.get() + 1);
            Ok(())
        })
        .unwrap();
    sample.into_inner()
}

#[test]
fn arbitrary_findings_and_sie_records_always_map() {
    let mut sample = run_property(RecordKind::DefectDojoFinding, arbitrary_finding(), 256, 4);
    sample.extend(run_property(
        RecordKind::SieNewDomain,
        arbitrary_sie(),
        256,
        4,
    ));
    assert!(sample.len() >= 100);
    validate("property sample", &sample);
}
