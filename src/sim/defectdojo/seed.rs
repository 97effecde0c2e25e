//! The simulated DefectDojo's starting data: a deterministic database (product
//! types, products, engagements, tests, test types, findings, endpoints and
//! users) built from the seed and size, and the constructors of the JSON
//! objects the handlers also use to create new ones.

use chrono::{Duration as ChronoDuration, TimeZone, Utc};
use serde_json::{json, Value};

use super::{Db, Obj, SEVERITIES};

fn ts(base_hours: i64) -> String {
    let t = Utc
        .with_ymd_and_hms(2024, 1, 1, 8, 0, 0)
        .single()
        .expect("valid")
        + ChronoDuration::hours(base_hours);
    t.to_rfc3339_opts(chrono::SecondsFormat::Micros, true)
}

pub(super) fn now() -> String {
    Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Micros, true)
}

pub(super) fn numerical(sev: &str) -> &'static str {
    match sev {
        "Critical" => "S0",
        "High" => "S1",
        "Medium" => "S2",
        "Low" => "S3",
        _ => "S4",
    }
}

pub(super) fn sev_rank(sev: &str) -> usize {
    SEVERITIES
        .iter()
        .position(|s| *s == sev)
        .map(|p| 4 - p)
        .unwrap_or(0)
}

/// A stable 64-hex-digit hash (DefectDojo's `hash_code` is a SHA-256 hex digest).
pub(super) fn hash_hex(s: &str) -> String {
    let mut out = String::with_capacity(64);
    for seed in 0..4u64 {
        let mut h: u64 = 0xcbf2_9ce4_8422_2325 ^ seed.wrapping_mul(0x9E37_79B9_7F4A_7C15);
        for b in s.bytes() {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        out.push_str(&format!("{h:016x}"));
    }
    out
}

pub(super) fn user_stub(db: &Db, id: i64) -> Value {
    match db.users.get(&id) {
        Some(u) => {
            json!({"id": id, "username": u["username"], "first_name": u["first_name"], "last_name": u["last_name"]})
        }
        None => Value::Null,
    }
}

const TEST_TYPES: [&str; 12] = [
    "Generic Findings Import",
    "Trivy Scan",
    "ZAP Scan",
    "Semgrep JSON Report",
    "Bandit Scan",
    "Dependency Check Scan",
    "Gitleaks Scan",
    "Nuclei Scan",
    "SARIF",
    "Checkov Scan",
    "Snyk Scan",
    "Tenable Scan",
];

const TITLES: [(&str, i64); 10] = [
    ("SQL Injection", 89),
    ("Cross-Site Scripting (Reflected)", 79),
    ("Outdated TLS configuration", 326),
    ("Hard-coded credentials", 798),
    ("Path traversal", 22),
    ("Server-Side Request Forgery", 918),
    ("Insecure deserialization", 502),
    ("Missing security headers", 693),
    ("Vulnerable dependency", 1104),
    ("Open redirect", 601),
];

const COMPONENTS: [&str; 8] = [
    "openssl",
    "log4j-core",
    "lodash",
    "django",
    "express",
    "jackson-databind",
    "urllib3",
    "spring-web",
];

pub(super) fn seed_db(seed: u64, size: usize) -> Db {
    let mut rng = fastrand::Rng::with_seed(seed ^ 0xD0_70_D0_70);
    let mut db = Db::default();
    for (username, first, last, superuser) in [
        ("admin", "Ada", "Admin", true),
        ("alice", "Alice", "Analyst", false),
        ("bob", "Bob", "Builder", false),
    ] {
        let id = db.new_id("users");
        db.users.insert(
            id,
            obj(json!({
                "id": id, "username": username, "first_name": first, "last_name": last,
                "email": format!("{username}@example.com"), "date_joined": ts(-24 * 30),
                "last_login": ts(24 * 10), "is_active": true, "is_superuser": superuser,
                "configuration_permissions": [],
            })),
        );
    }
    for name in TEST_TYPES {
        let id = db.new_id("test_types");
        db.test_types.insert(id, test_type_obj(id, name));
    }
    for (i, name) in ["Web Applications", "Mobile", "Infrastructure"]
        .iter()
        .enumerate()
    {
        let id = db.new_id("product_types");
        db.product_types.insert(
            id,
            obj(json!({
                "id": id, "name": name, "description": format!("{name} of the company"),
                "critical_product": i == 0, "key_product": i == 0, "members": [1],
                "authorization_groups": [], "created": ts(i as i64), "updated": ts(i as i64),
            })),
        );
    }
    let products = [
        ("Shop", 1, "very high", "web"),
        ("Intranet", 1, "medium", "web service"),
        ("Customer App", 2, "high", "mobile"),
        ("Field App", 2, "low", "mobile"),
        ("Kubernetes Platform", 3, "high", "web service"),
        ("Edge Network", 3, "medium", "iot"),
    ];
    for (i, (name, pt, crit, platform)) in products.iter().enumerate() {
        let id = db.new_id("products");
        db.products.insert(
            id,
            obj(json!({
                "id": id, "name": name, "description": format!("The {name} product"), "prod_type": pt,
                "tags": if i % 2 == 0 { json!(["pci"]) } else { json!([]) },
                "business_criticality": crit, "platform": platform, "lifecycle": "production",
                "origin": "internal", "user_records": 1000 * (i + 1), "revenue": null,
                "external_audience": i % 2 == 0, "internet_accessible": i % 2 == 0,
                "enable_product_tag_inheritance": false, "enable_simple_risk_acceptance": false,
                "enable_full_risk_acceptance": true, "disable_sla_breach_notifications": false,
                "product_manager": 2, "technical_contact": 3, "team_manager": null,
                "sla_configuration": 1, "regulations": [], "findings_count": 0, "findings_list": [],
                "members": [1], "authorization_groups": [], "product_meta": [],
                "created": ts(10 + i as i64), "prod_numeric_grade": null,
            })),
        );
    }
    for p in 1..=6i64 {
        for (j, (kind, status)) in [("CI/CD", "In Progress"), ("Interactive", "Completed")]
            .iter()
            .enumerate()
        {
            let id = db.new_id("engagements");
            let name = if j == 0 {
                "CI main".to_string()
            } else {
                format!("Pentest 2024-Q{}", 1 + p % 4)
            };
            db.engagements.insert(
                id,
                engagement_obj(
                    id,
                    p,
                    &name,
                    "2024-01-01",
                    "2024-12-31",
                    kind,
                    status,
                    &ts(20 + id),
                ),
            );
        }
    }
    for e in 1..=12i64 {
        for k in 0..2i64 {
            let id = db.new_id("tests");
            let tt = 1 + ((e * 2 + k) % TEST_TYPES.len() as i64);
            let name = TEST_TYPES[(tt - 1) as usize];
            db.tests
                .insert(id, test_obj(id, e, tt, name, None, &ts(30 + id), &[]));
        }
    }
    for i in 1..=size as i64 {
        let id = db.new_id("findings");
        let test = 1 + rng.i64(0..24);
        let (title, cwe) = TITLES[rng.usize(0..TITLES.len())];
        let sev = SEVERITIES[match rng.u8(0..100) {
            0..=4 => 0,
            5..=24 => 1,
            25..=59 => 2,
            60..=84 => 3,
            _ => 4,
        }];
        let comp = COMPONENTS[rng.usize(0..COMPONENTS.len())];
        let mitigated = rng.u8(0..10) == 0;
        let false_p = !mitigated && rng.u8(0..40) == 0;
        let active = !mitigated && !false_p;
        let hours = 48 + i * 3;
        let date = (Utc
            .with_ymd_and_hms(2024, 1, 1, 0, 0, 0)
            .single()
            .expect("valid")
            + ChronoDuration::hours(hours))
        .date_naive()
        .to_string();
        let mut f = finding_obj(
            id,
            test,
            &format!("{title} in {comp}"),
            sev,
            Some(cwe),
            &format!("{title} found in component {comp}."),
            Some(comp),
            Some(&format!(
                "{}.{}.{}",
                1 + rng.u8(0..4),
                rng.u8(0..20),
                rng.u8(0..10)
            )),
            Some(&format!("TOOL-{:06}", rng.u32(0..1_000_000))),
            &date,
            &ts(hours),
        );
        f.insert("active".into(), json!(active));
        f.insert("verified".into(), json!(rng.bool()));
        f.insert("false_p".into(), json!(false_p));
        f.insert("is_mitigated".into(), json!(mitigated));
        if mitigated {
            f.insert("mitigated".into(), json!(ts(hours + 24)));
            f.insert("mitigated_by".into(), json!(1));
        }
        if rng.u8(0..5) == 0 {
            f.insert("tags".into(), json!(["pci"]));
        }
        if rng.u8(0..3) == 0 {
            f.insert(
                "vulnerability_ids".into(),
                json!([{"vulnerability_id": format!("CVE-2024-{:05}", rng.u32(1000..60000))}]),
            );
        }
        db.finding_order = None;
        db.findings.insert(id, f);
    }
    for i in 1..=10i64 {
        let id = db.new_id("endpoints");
        let product = 1 + (i - 1) % 6;
        db.endpoints.insert(
            id,
            obj(json!({
                "id": id, "tags": [], "protocol": "https", "userinfo": null,
                "host": format!("app{i}.example.com"), "port": 443, "path": if i % 2 == 0 { json!("/api") } else { Value::Null },
                "query": null, "fragment": null, "product": product, "active_finding_count": 0,
                "endpoint_params": [], "findings": [],
            })),
        );
    }
    db
}

pub(super) fn obj(v: Value) -> Obj {
    match v {
        Value::Object(m) => m,
        _ => Obj::new(),
    }
}

pub(super) fn test_type_obj(id: i64, name: &str) -> Obj {
    obj(
        json!({"id": id, "name": name, "static_tool": false, "dynamic_tool": false, "active": true}),
    )
}

#[allow(clippy::too_many_arguments)]
pub(super) fn engagement_obj(
    id: i64,
    product: i64,
    name: &str,
    start: &str,
    end: &str,
    kind: &str,
    status: &str,
    created: &str,
) -> Obj {
    obj(json!({
        "id": id, "tags": [], "created": created, "updated": created, "name": name,
        "description": null, "version": null, "first_contacted": null,
        "target_start": start, "target_end": end, "reason": null, "active": status != "Completed",
        "tracker": null, "test_strategy": null, "threat_model": false, "api_test": false,
        "pen_test": kind == "Interactive", "check_list": false, "status": status,
        "progress": "threat_model", "tmodel_path": "none", "done_testing": false,
        "engagement_type": kind, "build_id": null, "commit_hash": null, "branch_tag": null,
        "source_code_management_uri": null, "deduplication_on_engagement": false,
        "lead": 1, "requester": null, "preset": null, "report_type": null, "product": product,
        "build_server": null, "source_code_management_server": null, "orchestration_engine": null,
        "notes": [], "files": [], "risk_acceptance": [],
    }))
}

pub(super) fn test_obj(
    id: i64,
    engagement: i64,
    test_type: i64,
    type_name: &str,
    title: Option<&str>,
    created: &str,
    tags: &[String],
) -> Obj {
    obj(json!({
        "id": id, "tags": tags, "test_type_name": type_name, "finding_groups": [],
        "scan_type": type_name, "title": title, "description": null,
        "target_start": created, "target_end": created, "percent_complete": 100,
        "updated": created, "created": created, "version": null, "build_id": null,
        "commit_hash": null, "branch_tag": null, "engagement": engagement, "lead": 1,
        "test_type": test_type, "environment": null, "api_scan_configuration": null,
        "notes": [], "files": [],
    }))
}

#[allow(clippy::too_many_arguments)]
pub(super) fn finding_obj(
    id: i64,
    test: i64,
    title: &str,
    sev: &str,
    cwe: Option<i64>,
    description: &str,
    component: Option<&str>,
    version: Option<&str>,
    unique: Option<&str>,
    date: &str,
    created: &str,
) -> Obj {
    let hash = hash_hex(&format!(
        "{title}|{sev}|{}|{}|{}",
        component.unwrap_or(""),
        version.unwrap_or(""),
        unique.unwrap_or("")
    ));
    let mut o = Obj::new();
    o.extend(obj(json!({
        "id": id, "tags": [], "request_response": {"req_resp": []}, "accepted_risks": [],
        "push_to_jira": false, "age": 30, "sla_days_remaining": 60, "finding_meta": [],
        "related_fields": null, "jira_creation": null, "jira_change": null,
        "display_status": "Active", "finding_groups": [], "vulnerability_ids": [],
        "reporter": 1, "endpoints": [], "created": created, "updated": created,
    })));
    o.extend(obj(json!({
        "title": title, "date": date, "sla_start_date": null, "sla_expiration_date": null,
        "cwe": cwe, "epss_score": null, "epss_percentile": null, "known_exploited": false,
        "ransomware_used": false, "kev_date": null, "cvssv3": null, "cvssv3_score": null,
        "cvssv4": null, "cvssv4_score": null, "url": null, "severity": sev,
        "description": description, "mitigation": "Upgrade the component or fix the code.",
    })));
    o.extend(obj(json!({
        "fix_available": null, "fix_version": null, "impact": null, "steps_to_reproduce": null,
        "severity_justification": null, "references": null, "active": true, "verified": false,
        "false_p": false, "duplicate": false, "out_of_scope": false, "risk_accepted": false,
        "under_review": false, "last_status_update": created, "under_defect_review": false,
        "is_mitigated": false, "thread_id": 0, "mitigated": null, "mitigated_by": null,
    })));
    o.extend(obj(json!({
        "numerical_severity": numerical(sev), "last_reviewed": null, "param": null,
        "payload": null, "hash_code": hash, "line": null, "file_path": null,
        "component_name": component, "component_version": version, "static_finding": true,
        "dynamic_finding": false, "scanner_confidence": null, "unique_id_from_tool": unique,
        "vuln_id_from_tool": null, "sast_source_object": null, "sast_sink_object": null,
    })));
    o.extend(obj(json!({
        "sast_source_line": null, "sast_source_file_path": null, "nb_occurences": null,
        "publish_date": null, "service": null, "planned_remediation_date": null,
        "planned_remediation_version": null, "effort_for_fixing": null, "test": test,
        "duplicate_finding": null, "review_requested_by": null,
        "defect_review_requested_by": null, "last_reviewed_by": null, "sonarqube_issue": null,
    })));
    o.extend(obj(json!({
        "reviewers": [], "notes": [], "files": [], "found_by": [],
    })));
    o
}
