//! Simulated DefectDojo API v2 (nested under `/dojo`).
//!
//! What it does as DefectDojo does:
//! - token auth (`Authorization: Token <key>`; 401 `{"detail": ...}` otherwise);
//! - DRF limit/offset paging (default 25) with `count`, absolute `next` and
//!   `previous` URLs that keep the other query parameters;
//! - findings, tests, engagements, products, product types, test types,
//!   endpoints and users with deterministic data (`size` findings spread over
//!   24 tests), the documented filters and `o=` ordering (findings default to
//!   DefectDojo's model ordering: numerical severity, newest date, title);
//! - creates and partial updates with DRF field errors (`{"title": ["This
//!   field is required."]}`), finding close and notes;
//! - `import-scan` and `reimport-scan` (multipart) for the "Generic Findings
//!   Import" and "Trivy Scan" formats (other known scan types are read as the
//!   generic JSON format): import creates a test and its findings (and closes
//!   findings of earlier tests of the same type with `close_old_findings`);
//!   reimport creates new findings, leaves matching ones (reactivating closed
//!   ones unless `do_not_reactivate`), and closes findings missing from the
//!   scan unless `close_old_findings=false`; both can create the product
//!   type, product and engagement with `auto_create_context`, and answer with
//!   `test_id`, `engagement_id`, `product_id`, `product_type_id` and
//!   before/delta/after statistics.

// Handlers return early with a ready HTTP response as their error value.
#![allow(clippy::result_large_err)]

use std::collections::{BTreeMap, HashMap, HashSet};
use std::sync::{Arc, Mutex};

use axum::extract::{DefaultBodyLimit, Multipart, Path, Request, State};
use axum::http::{StatusCode, Uri};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use chrono::{DateTime, Duration as ChronoDuration, NaiveDate, TimeZone, Utc};
use serde::Serialize;
use serde_json::{json, Map, Value};

use super::SimContext;

type Obj = Map<String, Value>;
type Shared = Arc<Dojo>;

const SEVERITIES: [&str; 5] = ["Critical", "High", "Medium", "Low", "Info"];

struct Dojo {
    key: String,
    /// `http://127.0.0.1:PORT/dojo`, for absolute `next` URLs.
    base: String,
    db: Mutex<Db>,
}

#[derive(Default)]
struct Db {
    product_types: BTreeMap<i64, Obj>,
    products: BTreeMap<i64, Obj>,
    engagements: BTreeMap<i64, Obj>,
    tests: BTreeMap<i64, Obj>,
    test_types: BTreeMap<i64, Obj>,
    findings: BTreeMap<i64, Obj>,
    endpoints: BTreeMap<i64, Obj>,
    users: BTreeMap<i64, Obj>,
    notes: BTreeMap<i64, Obj>,
    next_id: HashMap<&'static str, i64>,
    /// Finding ids in the default ordering, for unfiltered listings; every
    /// change to a finding resets it (a real server answers such a listing
    /// from an index, not by sorting the table on each request).
    finding_order: Option<Vec<i64>>,
}

impl Db {
    fn new_id(&mut self, table: &'static str) -> i64 {
        let n = self.next_id.entry(table).or_insert(0);
        *n += 1;
        *n
    }
}

/// The DefectDojo routes, nested under the service's prefix.
pub fn router(ctx: &SimContext) -> Router {
    let state = Arc::new(Dojo {
        key: ctx.keys.defectdojo.clone(),
        base: format!("{}/dojo", ctx.origin),
        db: Mutex::new(seed_db(ctx.seed, ctx.size)),
    });
    Router::new()
        .route(
            "/api/v2/product_types/",
            get(list_product_types).post(create_product_type),
        )
        .route("/api/v2/product_types/{id}/", get(get_product_type))
        .route("/api/v2/products/", get(list_products).post(create_product))
        .route(
            "/api/v2/products/{id}/",
            get(get_product).patch(patch_product),
        )
        .route(
            "/api/v2/engagements/",
            get(list_engagements).post(create_engagement),
        )
        .route(
            "/api/v2/engagements/{id}/",
            get(get_engagement).patch(patch_engagement),
        )
        .route("/api/v2/tests/", get(list_tests).post(create_test))
        .route("/api/v2/tests/{id}/", get(get_test))
        .route("/api/v2/test_types/", get(list_test_types))
        .route("/api/v2/findings/", get(list_findings).post(create_finding))
        .route(
            "/api/v2/findings/{id}/",
            get(get_finding).patch(patch_finding),
        )
        .route("/api/v2/findings/{id}/close/", post(close_finding))
        .route(
            "/api/v2/findings/{id}/notes/",
            get(get_notes).post(add_note),
        )
        .route(
            "/api/v2/endpoints/",
            get(list_endpoints).post(create_endpoint),
        )
        .route("/api/v2/users/", get(list_users))
        .route("/api/v2/import-scan/", post(import_scan))
        .route("/api/v2/reimport-scan/", post(reimport_scan))
        .layer(DefaultBodyLimit::max(256 * 1024 * 1024))
        .fallback(not_found)
        .layer(middleware::from_fn_with_state(state.clone(), auth))
        .with_state(state)
}

// ---------------------------------------------------------------- responses

fn detail(status: StatusCode, msg: &str) -> Response {
    (status, Json(json!({ "detail": msg }))).into_response()
}

fn field_errors(errors: BTreeMap<String, Vec<String>>) -> Response {
    (StatusCode::BAD_REQUEST, Json(json!(errors))).into_response()
}

fn one_error(field: &str, msg: impl Into<String>) -> Response {
    let mut m = BTreeMap::new();
    m.insert(field.to_string(), vec![msg.into()]);
    field_errors(m)
}

fn not_found_model(model: &str) -> Response {
    detail(
        StatusCode::NOT_FOUND,
        &format!("No {model} matches the given query."),
    )
}

async fn not_found() -> Response {
    detail(StatusCode::NOT_FOUND, "Not found.")
}

async fn auth(State(st): State<Shared>, req: Request, next: Next) -> Response {
    let header = req
        .headers()
        .get(axum::http::header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok());
    let unauthorized = |msg: &str| {
        let mut r = detail(StatusCode::UNAUTHORIZED, msg);
        r.headers_mut().insert(
            axum::http::header::WWW_AUTHENTICATE,
            axum::http::HeaderValue::from_static("Token"),
        );
        r
    };
    match header.and_then(|h| h.strip_prefix("Token ")) {
        None => unauthorized("Authentication credentials were not provided."),
        Some(k) if k.trim() == st.key => next.run(req).await,
        Some(_) => unauthorized("Invalid token."),
    }
}

// ---------------------------------------------------------------- seed data

fn ts(base_hours: i64) -> String {
    let t = Utc
        .with_ymd_and_hms(2024, 1, 1, 8, 0, 0)
        .single()
        .expect("valid")
        + ChronoDuration::hours(base_hours);
    t.to_rfc3339_opts(chrono::SecondsFormat::Micros, true)
}

fn now() -> String {
    Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Micros, true)
}

fn numerical(sev: &str) -> &'static str {
    match sev {
        "Critical" => "S0",
        "High" => "S1",
        "Medium" => "S2",
        "Low" => "S3",
        _ => "S4",
    }
}

fn sev_rank(sev: &str) -> usize {
    SEVERITIES
        .iter()
        .position(|s| *s == sev)
        .map(|p| 4 - p)
        .unwrap_or(0)
}

/// A stable 64-hex-digit hash (DefectDojo's `hash_code` is a SHA-256 hex digest).
fn hash_hex(s: &str) -> String {
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

fn user_stub(db: &Db, id: i64) -> Value {
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

fn seed_db(seed: u64, size: usize) -> Db {
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

fn obj(v: Value) -> Obj {
    match v {
        Value::Object(m) => m,
        _ => Obj::new(),
    }
}

fn test_type_obj(id: i64, name: &str) -> Obj {
    obj(
        json!({"id": id, "name": name, "static_tool": false, "dynamic_tool": false, "active": true}),
    )
}

#[allow(clippy::too_many_arguments)]
fn engagement_obj(
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

fn test_obj(
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
fn finding_obj(
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

// ---------------------------------------------------------------- paging & filters

type Query = Vec<(String, String)>;

fn parse_query(uri: &Uri) -> Query {
    url::form_urlencoded::parse(uri.query().unwrap_or("").as_bytes())
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect()
}

fn q<'a>(query: &'a Query, name: &str) -> Option<&'a str> {
    // Django's QueryDict.get returns the last value.
    query
        .iter()
        .rev()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.as_str())
}

/// DRF LimitOffsetPagination: `count`, absolute `next`/`previous` keeping the other parameters.
/// The `limit` and `offset` of a list request (DRF defaults).
fn page_bounds(query: &Query) -> (usize, usize) {
    let limit = q(query, "limit")
        .and_then(|v| v.parse::<usize>().ok())
        .filter(|v| *v > 0)
        .unwrap_or(25);
    let offset = q(query, "offset")
        .and_then(|v| v.parse::<usize>().ok())
        .unwrap_or(0);
    (limit, offset)
}

fn paginate(st: &Dojo, uri: &Uri, query: &Query, items: Vec<&Obj>) -> Response {
    let (limit, offset) = page_bounds(query);
    let count = items.len();
    let page = items.into_iter().skip(offset).take(limit).collect();
    paginate_page(st, uri, query, count, page)
}

/// One page of a list of `count` items: `page` holds the items at `offset..offset+limit`.
fn paginate_page(st: &Dojo, uri: &Uri, query: &Query, count: usize, page: Vec<&Obj>) -> Response {
    let (limit, offset) = page_bounds(query);
    let link = |off: Option<usize>| -> String {
        let mut ser = url::form_urlencoded::Serializer::new(String::new());
        let mut has_limit = false;
        let mut has_offset = false;
        for (k, v) in query {
            match k.as_str() {
                "limit" => {
                    if !has_limit {
                        ser.append_pair("limit", &limit.to_string());
                        has_limit = true;
                    }
                }
                "offset" => {
                    if let (Some(o), false) = (off, has_offset) {
                        ser.append_pair("offset", &o.to_string());
                    }
                    has_offset = true;
                }
                _ => {
                    ser.append_pair(k, v);
                }
            }
        }
        if !has_limit {
            ser.append_pair("limit", &limit.to_string());
        }
        if let (Some(o), false) = (off, has_offset) {
            ser.append_pair("offset", &o.to_string());
        }
        format!("{}{}?{}", st.base, uri.path(), ser.finish())
    };
    let next = (offset + limit < count).then(|| link(Some(offset + limit)));
    let previous = (offset > 0).then(|| {
        let p = offset.saturating_sub(limit);
        link(if p == 0 { None } else { Some(p) })
    });
    // Serialised straight from the stored objects (no copy of each page).
    #[derive(Serialize)]
    struct ListPage<'a> {
        count: usize,
        next: Option<String>,
        previous: Option<String>,
        results: Vec<&'a Obj>,
    }
    Json(ListPage {
        count,
        next,
        previous,
        results: page,
    })
    .into_response()
}

#[derive(Clone, Copy)]
enum Kind {
    Bool,
    Int,
    IntIn,
    Str,
    /// A value out of a fixed set (a model field with choices): anything else
    /// is a 400, as django-filter's ChoiceFilter answers.
    Choice(&'static [&'static str]),
    IContains,
    TagsAny,
    TagsNone,
    DateGt,
    DateLt,
    TimeGt,
    TimeLt,
}

fn parse_bool(v: &str) -> Option<bool> {
    match v {
        "true" | "True" | "1" => Some(true),
        "false" | "False" | "0" => Some(false),
        _ => None,
    }
}

fn ints(v: &str) -> Option<Vec<i64>> {
    v.split(',')
        .filter(|s| !s.is_empty())
        .map(|s| s.trim().parse().ok())
        .collect()
}

/// Applies `(param, field, kind)` filters; a value that does not parse is a 400 like django-filter's.
fn apply_filters(
    items: &mut Vec<&Obj>,
    query: &Query,
    specs: &[(&str, &str, Kind)],
) -> Result<(), Response> {
    for (param, field, kind) in specs {
        let Some(v) = q(query, param) else { continue };
        if v.is_empty() {
            continue;
        }
        let bad = |m: &str| one_error(param, m);
        match kind {
            Kind::Bool => {
                let b = parse_bool(v).ok_or_else(|| bad("Select a valid choice."))?;
                items.retain(|o| o.get(*field).and_then(Value::as_bool).unwrap_or(false) == b);
            }
            Kind::Int => {
                let n: i64 = v.parse().map_err(|_| bad("Enter a number."))?;
                items.retain(|o| o.get(*field).and_then(Value::as_i64) == Some(n));
            }
            Kind::IntIn => {
                let set: HashSet<i64> = ints(v)
                    .ok_or_else(|| bad("Enter a number."))?
                    .into_iter()
                    .collect();
                items.retain(|o| {
                    o.get(*field)
                        .and_then(Value::as_i64)
                        .is_some_and(|n| set.contains(&n))
                });
            }
            Kind::Str => items.retain(|o| o.get(*field).and_then(Value::as_str) == Some(v)),
            Kind::Choice(choices) => {
                if !choices.contains(&v) {
                    return Err(bad(&format!(
                        "Select a valid choice. {v} is not one of the available choices."
                    )));
                }
                items.retain(|o| o.get(*field).and_then(Value::as_str) == Some(v));
            }
            Kind::IContains => {
                let needle = v.to_lowercase();
                items.retain(|o| {
                    o.get(*field)
                        .and_then(Value::as_str)
                        .is_some_and(|s| s.to_lowercase().contains(&needle))
                });
            }
            Kind::TagsAny | Kind::TagsNone => {
                let want: HashSet<&str> = v.split(',').map(str::trim).collect();
                let any = matches!(kind, Kind::TagsAny);
                items.retain(|o| {
                    let has = o.get(*field).and_then(Value::as_array).is_some_and(|tags| {
                        tags.iter()
                            .any(|t| t.as_str().is_some_and(|t| want.contains(t)))
                    });
                    has == any
                });
            }
            Kind::DateGt | Kind::DateLt => {
                let d = NaiveDate::parse_from_str(v, "%Y-%m-%d")
                    .map_err(|_| bad("Enter a valid date."))?;
                let gt = matches!(kind, Kind::DateGt);
                items.retain(|o| {
                    o.get(*field)
                        .and_then(Value::as_str)
                        .and_then(|s| NaiveDate::parse_from_str(s, "%Y-%m-%d").ok())
                        .is_some_and(|x| if gt { x > d } else { x < d })
                });
            }
            Kind::TimeGt | Kind::TimeLt => {
                // Django's DateTimeField also takes a bare date (midnight).
                let t = DateTime::parse_from_rfc3339(v)
                    .ok()
                    .or_else(|| {
                        NaiveDate::parse_from_str(v, "%Y-%m-%d")
                            .ok()
                            .and_then(|d| d.and_hms_opt(0, 0, 0))
                            .map(|t| t.and_utc().fixed_offset())
                    })
                    .ok_or_else(|| bad("Enter a valid date/time."))?;
                let gt = matches!(kind, Kind::TimeGt);
                items.retain(|o| {
                    o.get(*field)
                        .and_then(Value::as_str)
                        .and_then(|s| DateTime::parse_from_rfc3339(s).ok())
                        .is_some_and(|x| if gt { x > t } else { x < t })
                });
            }
        }
    }
    Ok(())
}

/// `o=field,-field` ordering; unknown fields are a 400 as in django-filter.
fn apply_ordering(items: &mut [&Obj], query: &Query, allowed: &[&str]) -> Result<(), Response> {
    let Some(o) = q(query, "o") else {
        return Ok(());
    };
    let keys: Vec<(String, bool)> = o
        .split(',')
        .filter(|s| !s.is_empty())
        .map(|s| match s.strip_prefix('-') {
            Some(f) => (f.to_string(), true),
            None => (s.to_string(), false),
        })
        .collect();
    for (k, _) in &keys {
        if !allowed.contains(&k.as_str()) {
            return Err(one_error(
                "o",
                format!("Select a valid choice. {k} is not one of the available choices."),
            ));
        }
    }
    items.sort_by(|a, b| {
        for (k, desc) in &keys {
            let ord = cmp_values(a.get(k), b.get(k));
            let ord = if *desc { ord.reverse() } else { ord };
            if ord != std::cmp::Ordering::Equal {
                return ord;
            }
        }
        std::cmp::Ordering::Equal
    });
    Ok(())
}

fn cmp_values(a: Option<&Value>, b: Option<&Value>) -> std::cmp::Ordering {
    match (a, b) {
        (Some(Value::Number(x)), Some(Value::Number(y))) => x
            .as_f64()
            .unwrap_or(0.0)
            .partial_cmp(&y.as_f64().unwrap_or(0.0))
            .unwrap_or(std::cmp::Ordering::Equal),
        (Some(Value::String(x)), Some(Value::String(y))) => x.cmp(y),
        (Some(Value::Bool(x)), Some(Value::Bool(y))) => x.cmp(y),
        (Some(Value::Null) | None, Some(Value::Null) | None) => std::cmp::Ordering::Equal,
        (Some(Value::Null) | None, _) => std::cmp::Ordering::Less,
        (_, Some(Value::Null) | None) => std::cmp::Ordering::Greater,
        _ => std::cmp::Ordering::Equal,
    }
}

fn list_of(
    st: &Dojo,
    uri: &Uri,
    table: impl Fn(&Db) -> &BTreeMap<i64, Obj>,
    specs: &[(&str, &str, Kind)],
    order: &[&str],
) -> Response {
    let query = parse_query(uri);
    let db = st.db.lock().expect("db lock");
    let mut items: Vec<&Obj> = table(&db).values().collect();
    if let Err(r) = apply_filters(&mut items, &query, specs) {
        return r;
    }
    if let Err(r) = apply_ordering(&mut items, &query, order) {
        return r;
    }
    paginate(st, uri, &query, items)
}

// ---------------------------------------------------------------- lists

async fn list_product_types(State(st): State<Shared>, uri: Uri) -> Response {
    list_of(
        &st,
        &uri,
        |db| &db.product_types,
        &[
            ("id", "id", Kind::Int),
            ("name", "name", Kind::Str),
            ("critical_product", "critical_product", Kind::Bool),
            ("key_product", "key_product", Kind::Bool),
        ],
        &["id", "name"],
    )
}

async fn list_products(State(st): State<Shared>, uri: Uri) -> Response {
    list_of(
        &st,
        &uri,
        |db| &db.products,
        &[
            ("id", "id", Kind::IntIn),
            ("name", "name", Kind::IContains),
            ("name_exact", "name", Kind::Str),
            ("prod_type", "prod_type", Kind::IntIn),
            ("tags", "tags", Kind::TagsAny),
        ],
        &["id", "name", "created", "prod_type"],
    )
}

async fn list_engagements(State(st): State<Shared>, uri: Uri) -> Response {
    let query = parse_query(&uri);
    // product__prod_type goes through the product.
    let pt_filter = match q(&query, "product__prod_type").map(ints) {
        Some(None) => return one_error("product__prod_type", "Enter a number."),
        Some(Some(v)) => Some(v),
        None => None,
    };
    let db = st.db.lock().expect("db lock");
    let mut items: Vec<&Obj> = {
        db.engagements
            .values()
            .filter(|e| {
                pt_filter.as_ref().is_none_or(|pts| {
                    e.get("product")
                        .and_then(Value::as_i64)
                        .and_then(|p| db.products.get(&p))
                        .and_then(|p| p.get("prod_type"))
                        .and_then(Value::as_i64)
                        .is_some_and(|pt| pts.contains(&pt))
                })
            })
            .collect()
    };
    let specs = [
        ("id", "id", Kind::Int),
        ("name", "name", Kind::Str),
        ("product", "product", Kind::Int),
        ("status", "status", Kind::Choice(&ENGAGEMENT_STATUS)),
        ("active", "active", Kind::Bool),
        ("tags", "tags", Kind::TagsAny),
    ];
    if let Err(r) = apply_filters(&mut items, &query, &specs) {
        return r;
    }
    if let Err(r) = apply_ordering(
        &mut items,
        &query,
        &[
            "id",
            "name",
            "target_start",
            "target_end",
            "product",
            "status",
        ],
    ) {
        return r;
    }
    paginate(&st, &uri, &query, items)
}

async fn list_tests(State(st): State<Shared>, uri: Uri) -> Response {
    list_of(
        &st,
        &uri,
        |db| &db.tests,
        &[
            ("id", "id", Kind::Int),
            ("engagement", "engagement", Kind::Int),
            ("test_type", "test_type", Kind::Int),
            ("title", "title", Kind::Str),
            ("scan_type", "scan_type", Kind::Str),
            ("tags", "tags", Kind::TagsAny),
        ],
        &["id", "title", "target_start", "engagement", "test_type"],
    )
}

async fn list_test_types(State(st): State<Shared>, uri: Uri) -> Response {
    list_of(
        &st,
        &uri,
        |db| &db.test_types,
        &[("name", "name", Kind::Str)],
        &["id", "name"],
    )
}

async fn list_endpoints(State(st): State<Shared>, uri: Uri) -> Response {
    list_of(
        &st,
        &uri,
        |db| &db.endpoints,
        &[
            ("id", "id", Kind::Int),
            ("host", "host", Kind::Str),
            ("protocol", "protocol", Kind::Str),
            ("port", "port", Kind::Int),
            ("path", "path", Kind::Str),
            ("product", "product", Kind::Int),
            ("tags", "tags", Kind::TagsAny),
        ],
        &["id", "host", "product"],
    )
}

async fn list_users(State(st): State<Shared>, uri: Uri) -> Response {
    list_of(
        &st,
        &uri,
        |db| &db.users,
        &[
            ("id", "id", Kind::Int),
            ("username", "username", Kind::Str),
            ("email", "email", Kind::Str),
            ("is_active", "is_active", Kind::Bool),
            ("is_superuser", "is_superuser", Kind::Bool),
        ],
        &[
            "id",
            "username",
            "email",
            "first_name",
            "last_name",
            "last_login",
            "is_active",
            "is_superuser",
            "date_joined",
        ],
    )
}

const FINDING_ORDER: [&str; 14] = [
    "id",
    "active",
    "component_name",
    "created",
    "cwe",
    "date",
    "duplicate",
    "false_p",
    "is_mitigated",
    "last_status_update",
    "numerical_severity",
    "severity",
    "title",
    "verified",
];

/// DefectDojo's model ordering: numerical severity, newest first, title (id breaks ties).
fn sort_findings(items: &mut [&Obj]) {
    items.sort_by_cached_key(|f| {
        let s = |k: &str| f.get(k).and_then(Value::as_str).unwrap_or("").to_string();
        (
            s("numerical_severity"),
            std::cmp::Reverse(s("date")),
            s("title"),
            f.get("id").and_then(Value::as_i64).unwrap_or(0),
        )
    });
}

async fn list_findings(State(st): State<Shared>, uri: Uri) -> Response {
    let query = parse_query(&uri);
    let mut rel: HashMap<&str, HashSet<i64>> = HashMap::new();
    for p in [
        "test__engagement",
        "test__engagement__product",
        "test__engagement__product__prod_type",
    ] {
        if let Some(v) = q(&query, p).filter(|v| !v.is_empty()) {
            match ints(v) {
                Some(ids) => {
                    rel.insert(p, ids.into_iter().collect());
                }
                None => return one_error(p, "Enter a number."),
            }
        }
    }
    let vuln = q(&query, "vulnerability_id").map(str::to_owned);
    let mut db = st.db.lock().expect("db lock");
    if query.iter().all(|(k, _)| k == "limit" || k == "offset") {
        // Unfiltered, default order: served from the cached ordering.
        if db.finding_order.is_none() {
            let mut all: Vec<&Obj> = db.findings.values().collect();
            sort_findings(&mut all);
            let order = all
                .iter()
                .filter_map(|f| f.get("id").and_then(Value::as_i64))
                .collect();
            db.finding_order = Some(order);
        }
        let db = &*db;
        let order = db.finding_order.as_deref().unwrap_or_default();
        let (limit, offset) = page_bounds(&query);
        let page = order
            .iter()
            .skip(offset)
            .take(limit)
            .filter_map(|id| db.findings.get(id))
            .collect();
        return paginate_page(&st, &uri, &query, order.len(), page);
    }
    let db = &*db;
    let mut items: Vec<&Obj> = {
        db.findings
            .values()
            .filter(|f| {
                if rel.is_empty() {
                    return true;
                }
                let test = f
                    .get("test")
                    .and_then(Value::as_i64)
                    .and_then(|t| db.tests.get(&t));
                let eng = test
                    .and_then(|t| t.get("engagement"))
                    .and_then(Value::as_i64);
                let prod = eng
                    .and_then(|e| db.engagements.get(&e))
                    .and_then(|e| e.get("product"))
                    .and_then(Value::as_i64);
                let pt = prod
                    .and_then(|p| db.products.get(&p))
                    .and_then(|p| p.get("prod_type"))
                    .and_then(Value::as_i64);
                [
                    ("test__engagement", eng),
                    ("test__engagement__product", prod),
                    ("test__engagement__product__prod_type", pt),
                ]
                .iter()
                .all(|(p, v)| {
                    rel.get(p)
                        .is_none_or(|set| v.is_some_and(|v| set.contains(&v)))
                })
            })
            .filter(|f| {
                vuln.as_deref().is_none_or(|want| {
                    f.get("vulnerability_ids")
                        .and_then(Value::as_array)
                        .is_some_and(|ids| {
                            ids.iter()
                                .any(|i| i["vulnerability_id"].as_str() == Some(want))
                        })
                })
            })
            .collect()
    };
    let specs = [
        ("id", "id", Kind::IntIn),
        ("active", "active", Kind::Bool),
        ("verified", "verified", Kind::Bool),
        ("duplicate", "duplicate", Kind::Bool),
        ("false_p", "false_p", Kind::Bool),
        ("is_mitigated", "is_mitigated", Kind::Bool),
        ("out_of_scope", "out_of_scope", Kind::Bool),
        ("risk_accepted", "risk_accepted", Kind::Bool),
        ("under_review", "under_review", Kind::Bool),
        ("severity", "severity", Kind::Str),
        ("cwe", "cwe", Kind::IntIn),
        ("title", "title", Kind::IContains),
        ("test", "test", Kind::Int),
        ("tags", "tags", Kind::TagsAny),
        ("not_tags", "tags", Kind::TagsNone),
        ("component_name", "component_name", Kind::Str),
        ("unique_id_from_tool", "unique_id_from_tool", Kind::Str),
        ("hash_code", "hash_code", Kind::Str),
        ("discovered_after", "date", Kind::DateGt),
        ("discovered_before", "date", Kind::DateLt),
        ("mitigated_after", "mitigated", Kind::TimeGt),
        ("mitigated_before", "mitigated", Kind::TimeLt),
    ];
    if let Err(r) = apply_filters(&mut items, &query, &specs) {
        return r;
    }
    sort_findings(&mut items);
    if let Err(r) = apply_ordering(&mut items, &query, &FINDING_ORDER) {
        return r;
    }
    paginate(&st, &uri, &query, items)
}

// ---------------------------------------------------------------- single objects

fn get_from(
    st: &Dojo,
    id: &str,
    model: &str,
    table: impl Fn(&Db) -> &BTreeMap<i64, Obj>,
) -> Response {
    let db = st.db.lock().expect("db lock");
    match id.parse::<i64>().ok().and_then(|id| table(&db).get(&id)) {
        Some(o) => Json(Value::Object(o.clone())).into_response(),
        None => not_found_model(model),
    }
}

async fn get_product_type(State(st): State<Shared>, Path(id): Path<String>) -> Response {
    get_from(&st, &id, "Product_Type", |db| &db.product_types)
}
async fn get_product(State(st): State<Shared>, Path(id): Path<String>) -> Response {
    get_from(&st, &id, "Product", |db| &db.products)
}
async fn get_engagement(State(st): State<Shared>, Path(id): Path<String>) -> Response {
    get_from(&st, &id, "Engagement", |db| &db.engagements)
}
async fn get_test(State(st): State<Shared>, Path(id): Path<String>) -> Response {
    get_from(&st, &id, "Test", |db| &db.tests)
}
async fn get_finding(State(st): State<Shared>, Path(id): Path<String>) -> Response {
    get_from(&st, &id, "Finding", |db| &db.findings)
}

/// Checks a JSON body the way DRF serializers do; collects every field error.
struct Check<'a> {
    body: &'a Obj,
    errors: BTreeMap<String, Vec<String>>,
    partial: bool,
}

impl<'a> Check<'a> {
    fn new(body: &'a Obj, partial: bool) -> Self {
        Check {
            body,
            errors: BTreeMap::new(),
            partial,
        }
    }
    fn err(&mut self, f: &str, m: impl Into<String>) {
        self.errors.entry(f.to_string()).or_default().push(m.into());
    }
    fn required(&mut self, fields: &[&str]) {
        if self.partial {
            return;
        }
        for f in fields {
            if self.body.get(*f).is_none_or(Value::is_null) {
                self.err(f, "This field is required.");
            }
        }
    }
    fn string(&mut self, f: &str, max: usize, blank_ok: bool) {
        match self.body.get(f) {
            None | Some(Value::Null) => {}
            Some(Value::String(s)) if s.trim().is_empty() && !blank_ok => {
                self.err(f, "This field may not be blank.")
            }
            Some(Value::String(s)) if s.chars().count() > max => self.err(
                f,
                format!("Ensure this field has no more than {max} characters."),
            ),
            Some(Value::String(_)) => {}
            Some(_) => self.err(f, "Not a valid string."),
        }
    }
    fn boolean(&mut self, f: &str) {
        if let Some(v) = self.body.get(f) {
            if !v.is_boolean() && !v.is_null() {
                self.err(f, "Must be a valid boolean.");
            }
        }
    }
    fn choice(&mut self, f: &str, choices: &[&str]) {
        if let Some(v) = self.body.get(f).filter(|v| !v.is_null()) {
            if !v.as_str().is_some_and(|s| choices.contains(&s)) {
                self.err(
                    f,
                    format!(
                        "\"{}\" is not a valid choice.",
                        v.as_str().unwrap_or(&v.to_string())
                    ),
                );
            }
        }
    }
    fn date(&mut self, f: &str) {
        if let Some(v) = self.body.get(f).filter(|v| !v.is_null()) {
            if v.as_str()
                .and_then(|s| NaiveDate::parse_from_str(s, "%Y-%m-%d").ok())
                .is_none()
            {
                self.err(
                    f,
                    "Date has wrong format. Use one of these formats instead: YYYY-MM-DD.",
                );
            }
        }
    }
    fn datetime(&mut self, f: &str) {
        if let Some(v) = self.body.get(f).filter(|v| !v.is_null()) {
            if v.as_str()
                .and_then(|s| DateTime::parse_from_rfc3339(s).ok())
                .is_none()
            {
                self.err(
                    f,
                    "Datetime has wrong format. Use one of these formats instead: YYYY-MM-DDThh:mm[:ss[.uuuuuu]][+HH:MM|-HH:MM|Z].",
                );
            }
        }
    }
    fn pk(&mut self, f: &str, exists: impl Fn(i64) -> bool) {
        match self.body.get(f) {
            None | Some(Value::Null) => {}
            Some(v) => match v.as_i64() {
                Some(id) if exists(id) => {}
                Some(id) => self.err(f, format!("Invalid pk \"{id}\" - object does not exist.")),
                None => self.err(
                    f,
                    format!(
                        "Incorrect type. Expected pk value, received {}.",
                        type_name(v)
                    ),
                ),
            },
        }
    }
    fn tags(&mut self, f: &str) {
        if let Some(v) = self.body.get(f) {
            if !v.as_array().is_some_and(|a| {
                a.iter()
                    .all(|t| t.as_str().is_some_and(|s| !s.trim().is_empty()))
            }) {
                self.err(f, "Expected a list of non-empty strings.");
            }
        }
    }
    fn done(self) -> Result<(), Response> {
        if self.errors.is_empty() {
            Ok(())
        } else {
            Err(field_errors(self.errors))
        }
    }
}

fn type_name(v: &Value) -> &'static str {
    match v {
        Value::String(_) => "str",
        Value::Bool(_) => "bool",
        Value::Array(_) => "list",
        Value::Object(_) => "dict",
        Value::Number(_) => "float",
        Value::Null => "NoneType",
    }
}

fn json_body(body: &[u8]) -> Result<Obj, Response> {
    match serde_json::from_slice::<Value>(body) {
        Ok(Value::Object(m)) => Ok(m),
        Ok(_) => Err(one_error(
            "non_field_errors",
            "Invalid data. Expected a dictionary, but got list.",
        )),
        Err(e) => Err(detail(
            StatusCode::BAD_REQUEST,
            &format!("JSON parse error - {e}"),
        )),
    }
}

/// Copies the allowed fields of `body` into `target`.
fn merge(target: &mut Obj, body: &Obj, allowed: &[&str]) {
    for (k, v) in body {
        if allowed.contains(&k.as_str()) {
            target.insert(k.clone(), v.clone());
        }
    }
}

const ENGAGEMENT_STATUS: [&str; 8] = [
    "Not Started",
    "Blocked",
    "Cancelled",
    "Completed",
    "In Progress",
    "On Hold",
    "Scheduled",
    "Waiting for Resource",
];

async fn create_product_type(State(st): State<Shared>, body: axum::body::Bytes) -> Response {
    let body = match json_body(&body) {
        Ok(b) => b,
        Err(r) => return r,
    };
    let mut db = st.db.lock().expect("db lock");
    let mut c = Check::new(&body, false);
    c.required(&["name"]);
    c.string("name", 255, false);
    c.boolean("critical_product");
    c.boolean("key_product");
    if let Some(n) = body.get("name").and_then(Value::as_str) {
        if db
            .product_types
            .values()
            .any(|p| p["name"].as_str() == Some(n))
        {
            c.err("name", "product type with this name already exists.");
        }
    }
    if let Err(r) = c.done() {
        return r;
    }
    let id = db.new_id("product_types");
    let t = now();
    let mut o = obj(
        json!({"id": id, "name": null, "description": null, "critical_product": false, "key_product": false, "members": [1], "authorization_groups": [], "created": t, "updated": t}),
    );
    merge(
        &mut o,
        &body,
        &["name", "description", "critical_product", "key_product"],
    );
    db.product_types.insert(id, o.clone());
    (StatusCode::CREATED, Json(Value::Object(o))).into_response()
}

const PRODUCT_FIELDS: [&str; 20] = [
    "name",
    "description",
    "prod_type",
    "tags",
    "business_criticality",
    "platform",
    "lifecycle",
    "origin",
    "user_records",
    "external_audience",
    "internet_accessible",
    "enable_product_tag_inheritance",
    "enable_simple_risk_acceptance",
    "enable_full_risk_acceptance",
    "disable_sla_breach_notifications",
    "product_manager",
    "technical_contact",
    "team_manager",
    "sla_configuration",
    "regulations",
];

fn check_product(c: &mut Check<'_>, db: &Db, own_id: Option<i64>) {
    c.required(&["name", "description", "prod_type"]);
    c.string("name", 255, false);
    c.string("description", 4000, false);
    c.pk("prod_type", |id| db.product_types.contains_key(&id));
    c.tags("tags");
    c.choice(
        "business_criticality",
        &["very high", "high", "medium", "low", "very low", "none", ""],
    );
    c.choice(
        "platform",
        &["web service", "desktop", "iot", "mobile", "web", ""],
    );
    c.choice(
        "lifecycle",
        &["construction", "production", "retirement", ""],
    );
    c.choice(
        "origin",
        &[
            "third party library",
            "purchased",
            "contractor",
            "internal",
            "open source",
            "outsourced",
            "",
        ],
    );
    if let Some(n) = c.body.get("name").and_then(Value::as_str) {
        if db
            .products
            .iter()
            .any(|(id, p)| Some(*id) != own_id && p["name"].as_str() == Some(n))
        {
            c.err("name", "product with this name already exists.");
        }
    }
}

async fn create_product(State(st): State<Shared>, body: axum::body::Bytes) -> Response {
    let body = match json_body(&body) {
        Ok(b) => b,
        Err(r) => return r,
    };
    let mut db = st.db.lock().expect("db lock");
    let mut c = Check::new(&body, false);
    check_product(&mut c, &db, None);
    if let Err(r) = c.done() {
        return r;
    }
    let id = db.new_id("products");
    let o = new_product(id, &body);
    db.products.insert(id, o.clone());
    (StatusCode::CREATED, Json(Value::Object(o))).into_response()
}

fn new_product(id: i64, body: &Obj) -> Obj {
    let mut o = obj(json!({
        "id": id, "findings_count": 0, "findings_list": [], "tags": [], "product_meta": [],
        "created": now(), "business_criticality": null, "platform": null, "lifecycle": null,
        "origin": null, "user_records": null, "revenue": null, "external_audience": false,
        "internet_accessible": false, "enable_product_tag_inheritance": false,
        "enable_simple_risk_acceptance": false, "enable_full_risk_acceptance": true,
        "disable_sla_breach_notifications": false, "product_manager": null,
        "technical_contact": null, "team_manager": null, "sla_configuration": 1,
        "members": [1], "authorization_groups": [], "regulations": [], "prod_numeric_grade": null,
    }));
    merge(&mut o, body, &PRODUCT_FIELDS);
    o
}

async fn patch_product(
    State(st): State<Shared>,
    Path(id): Path<String>,
    body: axum::body::Bytes,
) -> Response {
    let body = match json_body(&body) {
        Ok(b) => b,
        Err(r) => return r,
    };
    let mut db = st.db.lock().expect("db lock");
    let Some(id) = id
        .parse::<i64>()
        .ok()
        .filter(|id| db.products.contains_key(id))
    else {
        return not_found_model("Product");
    };
    let mut c = Check::new(&body, true);
    check_product(&mut c, &db, Some(id));
    if let Err(r) = c.done() {
        return r;
    }
    let p = db.products.get_mut(&id).expect("checked");
    merge(p, &body, &PRODUCT_FIELDS);
    Json(Value::Object(p.clone())).into_response()
}

const ENGAGEMENT_FIELDS: [&str; 24] = [
    "tags",
    "name",
    "description",
    "version",
    "first_contacted",
    "target_start",
    "target_end",
    "reason",
    "tracker",
    "test_strategy",
    "threat_model",
    "api_test",
    "pen_test",
    "check_list",
    "status",
    "engagement_type",
    "build_id",
    "commit_hash",
    "branch_tag",
    "source_code_management_uri",
    "deduplication_on_engagement",
    "lead",
    "requester",
    "product",
];

fn check_engagement(c: &mut Check<'_>, db: &Db, existing: Option<&Obj>) {
    c.required(&["product", "target_start", "target_end"]);
    c.pk("product", |id| db.products.contains_key(&id));
    c.date("target_start");
    c.date("target_end");
    c.date("first_contacted");
    c.choice("status", &ENGAGEMENT_STATUS);
    c.choice("engagement_type", &["Interactive", "CI/CD"]);
    c.string("name", 300, true);
    c.tags("tags");
    let get = |f: &str| {
        c.body
            .get(f)
            .or_else(|| existing.and_then(|e| e.get(f)))
            .and_then(Value::as_str)
            .and_then(|s| NaiveDate::parse_from_str(s, "%Y-%m-%d").ok())
    };
    if let (Some(s), Some(e)) = (get("target_start"), get("target_end")) {
        if e < s {
            c.err(
                "non_field_errors",
                "Your target start date exceeds your target end date",
            );
        }
    }
}

async fn create_engagement(State(st): State<Shared>, body: axum::body::Bytes) -> Response {
    let body = match json_body(&body) {
        Ok(b) => b,
        Err(r) => return r,
    };
    let mut db = st.db.lock().expect("db lock");
    let mut c = Check::new(&body, false);
    check_engagement(&mut c, &db, None);
    if let Err(r) = c.done() {
        return r;
    }
    let id = db.new_id("engagements");
    let product = body["product"].as_i64().unwrap_or(0);
    let mut o = engagement_obj(
        id,
        product,
        "",
        "",
        "",
        "Interactive",
        "Not Started",
        &now(),
    );
    o.insert("name".into(), Value::Null);
    merge(&mut o, &body, &ENGAGEMENT_FIELDS);
    let active = o
        .get("status")
        .and_then(Value::as_str)
        .is_none_or(|s| s != "Completed" && s != "Cancelled");
    o.insert("active".into(), json!(active));
    db.engagements.insert(id, o.clone());
    (StatusCode::CREATED, Json(Value::Object(o))).into_response()
}

async fn patch_engagement(
    State(st): State<Shared>,
    Path(id): Path<String>,
    body: axum::body::Bytes,
) -> Response {
    let body = match json_body(&body) {
        Ok(b) => b,
        Err(r) => return r,
    };
    let mut db = st.db.lock().expect("db lock");
    let Some(id) = id
        .parse::<i64>()
        .ok()
        .filter(|id| db.engagements.contains_key(id))
    else {
        return not_found_model("Engagement");
    };
    let existing = db.engagements[&id].clone();
    let mut c = Check::new(&body, true);
    check_engagement(&mut c, &db, Some(&existing));
    if let Err(r) = c.done() {
        return r;
    }
    let e = db.engagements.get_mut(&id).expect("checked");
    merge(e, &body, &ENGAGEMENT_FIELDS);
    let active = e
        .get("status")
        .and_then(Value::as_str)
        .is_none_or(|s| s != "Completed" && s != "Cancelled");
    e.insert("active".into(), json!(active));
    e.insert("updated".into(), json!(now()));
    Json(Value::Object(e.clone())).into_response()
}

async fn create_test(State(st): State<Shared>, body: axum::body::Bytes) -> Response {
    let body = match json_body(&body) {
        Ok(b) => b,
        Err(r) => return r,
    };
    let mut db = st.db.lock().expect("db lock");
    let mut c = Check::new(&body, false);
    c.required(&["engagement", "test_type", "target_start", "target_end"]);
    c.pk("engagement", |id| db.engagements.contains_key(&id));
    c.pk("test_type", |id| db.test_types.contains_key(&id));
    c.datetime("target_start");
    c.datetime("target_end");
    c.tags("tags");
    if let Err(r) = c.done() {
        return r;
    }
    let id = db.new_id("tests");
    let tt = body["test_type"].as_i64().unwrap_or(0);
    let name = db.test_types[&tt]["name"]
        .as_str()
        .unwrap_or("")
        .to_string();
    let mut o = test_obj(
        id,
        body["engagement"].as_i64().unwrap_or(0),
        tt,
        &name,
        None,
        &now(),
        &[],
    );
    merge(
        &mut o,
        &body,
        &[
            "engagement",
            "test_type",
            "title",
            "description",
            "scan_type",
            "target_start",
            "target_end",
            "percent_complete",
            "version",
            "build_id",
            "commit_hash",
            "branch_tag",
            "lead",
            "environment",
            "tags",
        ],
    );
    db.tests.insert(id, o.clone());
    o.remove("test_type_name");
    o.remove("finding_groups");
    (StatusCode::CREATED, Json(Value::Object(o))).into_response()
}

const FINDING_WRITE: [&str; 60] = [
    "title",
    "date",
    "cwe",
    "epss_score",
    "epss_percentile",
    "known_exploited",
    "ransomware_used",
    "kev_date",
    "cvssv3",
    "cvssv3_score",
    "cvssv4",
    "cvssv4_score",
    "severity",
    "description",
    "mitigation",
    "fix_available",
    "fix_version",
    "impact",
    "steps_to_reproduce",
    "severity_justification",
    "references",
    "active",
    "verified",
    "false_p",
    "duplicate",
    "out_of_scope",
    "risk_accepted",
    "under_review",
    "is_mitigated",
    "mitigated",
    "mitigated_by",
    "numerical_severity",
    "line",
    "file_path",
    "component_name",
    "component_version",
    "static_finding",
    "dynamic_finding",
    "unique_id_from_tool",
    "vuln_id_from_tool",
    "sast_source_object",
    "sast_sink_object",
    "sast_source_line",
    "sast_source_file_path",
    "nb_occurences",
    "publish_date",
    "service",
    "planned_remediation_date",
    "planned_remediation_version",
    "effort_for_fixing",
    "tags",
    "found_by",
    "reporter",
    "reviewers",
    "vulnerability_ids",
    "push_to_jira",
    "endpoints",
    "test",
    "under_defect_review",
    "url",
];

fn check_finding(c: &mut Check<'_>, db: &Db) {
    c.required(&[
        "test",
        "title",
        "severity",
        "description",
        "active",
        "verified",
        "numerical_severity",
        "found_by",
    ]);
    c.pk("test", |id| db.tests.contains_key(&id));
    c.string("title", 511, false);
    c.string("description", usize::MAX, false);
    if let Some(v) = c.body.get("severity").filter(|v| !v.is_null()) {
        if !v.as_str().is_some_and(|s| SEVERITIES.contains(&s)) {
            c.err("severity", "Severity must be one of the following: ['Info', 'Low', 'Medium', 'High', 'Critical']");
        }
    }
    for b in [
        "active",
        "verified",
        "false_p",
        "duplicate",
        "out_of_scope",
        "risk_accepted",
        "is_mitigated",
        "under_review",
    ] {
        c.boolean(b);
    }
    c.date("date");
    c.datetime("mitigated");
    c.tags("tags");
    if let Some(v) = c.body.get("cwe").filter(|v| !v.is_null()) {
        if v.as_i64().is_none() {
            c.err("cwe", "A valid integer is required.");
        }
    }
    if let Some(v) = c.body.get("vulnerability_ids") {
        let ok = v.as_array().is_some_and(|a| {
            a.iter().all(|i| {
                i.get("vulnerability_id")
                    .and_then(Value::as_str)
                    .is_some_and(|s| !s.is_empty() && s.len() <= 50)
            })
        });
        if !ok {
            c.err(
                "vulnerability_ids",
                "Expected a list of {\"vulnerability_id\": \"...\"} (at most 50 characters).",
            );
        }
    }
}

fn status_changed(body: &Obj) -> bool {
    [
        "active",
        "verified",
        "false_p",
        "duplicate",
        "out_of_scope",
        "risk_accepted",
        "is_mitigated",
        "under_review",
    ]
    .iter()
    .any(|f| body.contains_key(*f))
}

async fn create_finding(State(st): State<Shared>, body: axum::body::Bytes) -> Response {
    let body = match json_body(&body) {
        Ok(b) => b,
        Err(r) => return r,
    };
    let mut db = st.db.lock().expect("db lock");
    let mut c = Check::new(&body, false);
    check_finding(&mut c, &db);
    if let Err(r) = c.done() {
        return r;
    }
    let id = db.new_id("findings");
    let sev = body["severity"].as_str().unwrap_or("Info").to_string();
    let t = now();
    let mut f = finding_obj(
        id,
        body["test"].as_i64().unwrap_or(0),
        body["title"].as_str().unwrap_or(""),
        &sev,
        None,
        "",
        None,
        None,
        None,
        &Utc::now().date_naive().to_string(),
        &t,
    );
    merge(&mut f, &body, &FINDING_WRITE);
    f.insert("numerical_severity".into(), json!(numerical(&sev)));
    db.finding_order = None;
    db.findings.insert(id, f.clone());
    // The create serializer answers with note ids, not note objects.
    f.insert("notes".into(), json!([]));
    for k in [
        "request_response",
        "accepted_risks",
        "age",
        "sla_days_remaining",
        "finding_meta",
        "related_fields",
        "jira_creation",
        "jira_change",
        "display_status",
        "finding_groups",
    ] {
        f.remove(k);
    }
    (StatusCode::CREATED, Json(Value::Object(f))).into_response()
}

async fn patch_finding(
    State(st): State<Shared>,
    Path(id): Path<String>,
    body: axum::body::Bytes,
) -> Response {
    let body = match json_body(&body) {
        Ok(b) => b,
        Err(r) => return r,
    };
    let mut db = st.db.lock().expect("db lock");
    let Some(id) = id
        .parse::<i64>()
        .ok()
        .filter(|id| db.findings.contains_key(id))
    else {
        return not_found_model("Finding");
    };
    let mut c = Check::new(&body, true);
    check_finding(&mut c, &db);
    if let Err(r) = c.done() {
        return r;
    }
    db.finding_order = None;
    let f = db.findings.get_mut(&id).expect("checked");
    merge(f, &body, &FINDING_WRITE);
    if let Some(sev) = body.get("severity").and_then(Value::as_str) {
        f.insert("numerical_severity".into(), json!(numerical(sev)));
    }
    let t = now();
    f.insert("updated".into(), json!(t));
    if status_changed(&body) {
        f.insert("last_status_update".into(), json!(t));
    }
    Json(Value::Object(f.clone())).into_response()
}

fn new_note(db: &mut Db, entry: &str, private: bool) -> Obj {
    let id = db.new_id("notes");
    let note = obj(json!({
        "id": id, "author": user_stub(db, 1), "editor": null, "history": [], "note_type": null,
        "entry": entry, "date": now(), "private": private, "edited": false, "edit_time": null,
    }));
    db.notes.insert(id, note.clone());
    note
}

async fn close_finding(
    State(st): State<Shared>,
    Path(id): Path<String>,
    body: axum::body::Bytes,
) -> Response {
    let body = if body.is_empty() {
        Obj::new()
    } else {
        match json_body(&body) {
            Ok(b) => b,
            Err(r) => return r,
        }
    };
    let mut db = st.db.lock().expect("db lock");
    let Some(id) = id
        .parse::<i64>()
        .ok()
        .filter(|id| db.findings.contains_key(id))
    else {
        return not_found_model("Finding");
    };
    let mut c = Check::new(&body, true);
    for b in ["is_mitigated", "false_p", "out_of_scope", "duplicate"] {
        c.boolean(b);
    }
    c.datetime("mitigated");
    if let Err(r) = c.done() {
        return r;
    }
    let flag = |k: &str, d: bool| body.get(k).and_then(Value::as_bool).unwrap_or(d);
    let mitigated = body
        .get("mitigated")
        .and_then(Value::as_str)
        .map(str::to_owned)
        .unwrap_or_else(now);
    let note = body
        .get("note")
        .and_then(Value::as_str)
        .filter(|s| !s.trim().is_empty())
        .map(|s| new_note(&mut db, s, false));
    db.finding_order = None;
    let f = db.findings.get_mut(&id).expect("checked");
    f.insert("active".into(), json!(false));
    f.insert("is_mitigated".into(), json!(flag("is_mitigated", true)));
    f.insert("mitigated".into(), json!(mitigated));
    f.insert(
        "mitigated_by".into(),
        body.get("mitigated_by").cloned().unwrap_or(json!(1)),
    );
    for k in ["false_p", "out_of_scope", "duplicate"] {
        f.insert(k.into(), json!(flag(k, false)));
    }
    f.insert("last_status_update".into(), json!(now()));
    if let Some(n) = note {
        if let Some(Value::Array(notes)) = f.get_mut("notes") {
            notes.push(Value::Object(n));
        }
    }
    let out = json!({
        "is_mitigated": f["is_mitigated"], "mitigated": f["mitigated"], "false_p": f["false_p"],
        "out_of_scope": f["out_of_scope"], "duplicate": f["duplicate"], "mitigated_by": f["mitigated_by"],
        "note": body.get("note").cloned().unwrap_or(json!("")), "note_type": body.get("note_type").cloned().unwrap_or(Value::Null),
    });
    Json(out).into_response()
}

async fn get_notes(State(st): State<Shared>, Path(id): Path<String>) -> Response {
    let db = st.db.lock().expect("db lock");
    match id
        .parse::<i64>()
        .ok()
        .and_then(|id| db.findings.get(&id).map(|f| (id, f)))
    {
        Some((id, f)) => Json(json!({"finding_id": id, "notes": f["notes"]})).into_response(),
        None => not_found_model("Finding"),
    }
}

async fn add_note(
    State(st): State<Shared>,
    Path(id): Path<String>,
    body: axum::body::Bytes,
) -> Response {
    let body = match json_body(&body) {
        Ok(b) => b,
        Err(r) => return r,
    };
    let mut db = st.db.lock().expect("db lock");
    let Some(id) = id
        .parse::<i64>()
        .ok()
        .filter(|id| db.findings.contains_key(id))
    else {
        return not_found_model("Finding");
    };
    let mut c = Check::new(&body, false);
    c.required(&["entry"]);
    c.string("entry", usize::MAX, false);
    c.boolean("private");
    if let Err(r) = c.done() {
        return r;
    }
    let note = new_note(
        &mut db,
        body["entry"].as_str().unwrap_or(""),
        body.get("private")
            .and_then(Value::as_bool)
            .unwrap_or(false),
    );
    db.finding_order = None;
    if let Some(Value::Array(notes)) = db.findings.get_mut(&id).and_then(|f| f.get_mut("notes")) {
        notes.push(Value::Object(note.clone()));
    }
    (StatusCode::CREATED, Json(Value::Object(note))).into_response()
}

async fn create_endpoint(State(st): State<Shared>, body: axum::body::Bytes) -> Response {
    let body = match json_body(&body) {
        Ok(b) => b,
        Err(r) => return r,
    };
    let mut db = st.db.lock().expect("db lock");
    let mut c = Check::new(&body, false);
    c.pk("product", |id| db.products.contains_key(&id));
    c.string("host", 500, true);
    c.string("protocol", 20, true);
    c.tags("tags");
    if body.get("host").is_none_or(Value::is_null) && body.get("path").is_none_or(Value::is_null) {
        c.err("non_field_errors", "Host or path must be set.");
    }
    if let Err(r) = c.done() {
        return r;
    }
    let id = db.new_id("endpoints");
    let mut o = obj(json!({
        "id": id, "tags": [], "protocol": null, "userinfo": null, "host": null, "port": null, "path": null,
        "query": null, "fragment": null, "product": null, "active_finding_count": 0,
        "endpoint_params": [], "findings": [],
    }));
    merge(
        &mut o,
        &body,
        &[
            "protocol", "userinfo", "host", "port", "path", "query", "fragment", "product", "tags",
        ],
    );
    db.endpoints.insert(id, o.clone());
    (StatusCode::CREATED, Json(Value::Object(o))).into_response()
}

// ---------------------------------------------------------------- import / reimport

struct Upload {
    fields: Vec<(String, String)>,
    file: Option<(String, Vec<u8>)>,
}

impl Upload {
    fn get(&self, k: &str) -> Option<&str> {
        self.fields
            .iter()
            .rev()
            .find(|(n, _)| n == k)
            .map(|(_, v)| v.as_str())
    }
    fn all(&self, k: &str) -> Vec<String> {
        self.fields
            .iter()
            .filter(|(n, _)| n == k)
            .map(|(_, v)| v.clone())
            .collect()
    }
    fn flag(&self, k: &str, default: bool) -> Result<bool, Response> {
        match self.get(k) {
            None | Some("") => Ok(default),
            Some(v) => parse_bool(v).ok_or_else(|| one_error(k, "Must be a valid boolean.")),
        }
    }
    fn opt_flag(&self, k: &str) -> Result<Option<bool>, Response> {
        match self.get(k) {
            None | Some("") => Ok(None),
            Some(v) => parse_bool(v)
                .map(Some)
                .ok_or_else(|| one_error(k, "Must be a valid boolean.")),
        }
    }
    fn int(&self, k: &str) -> Result<Option<i64>, Response> {
        match self.get(k) {
            None | Some("") => Ok(None),
            Some(v) => v
                .parse()
                .map(Some)
                .map_err(|_| one_error(k, "A valid integer is required.")),
        }
    }
}

async fn read_upload(mut mp: Multipart) -> Result<Upload, Response> {
    let mut up = Upload {
        fields: Vec::new(),
        file: None,
    };
    loop {
        let field = match mp.next_field().await {
            Ok(Some(f)) => f,
            Ok(None) => break,
            Err(e) => {
                return Err(detail(
                    StatusCode::BAD_REQUEST,
                    &format!("Multipart form parse error - {e}"),
                ))
            }
        };
        let name = field.name().unwrap_or("").to_string();
        if name == "file" {
            let fname = field.file_name().unwrap_or("").to_string();
            let bytes = field.bytes().await.map_err(|e| {
                detail(
                    StatusCode::BAD_REQUEST,
                    &format!("Multipart form parse error - {e}"),
                )
            })?;
            up.file = Some((fname, bytes.to_vec()));
        } else {
            let text = field.text().await.map_err(|e| {
                detail(
                    StatusCode::BAD_REQUEST,
                    &format!("Multipart form parse error - {e}"),
                )
            })?;
            up.fields.push((name, text));
        }
    }
    Ok(up)
}

/// One finding read from a scan file.
struct Parsed {
    title: String,
    severity: String,
    description: String,
    cwe: Option<i64>,
    component: Option<String>,
    version: Option<String>,
    file_path: Option<String>,
    line: Option<i64>,
    unique: Option<String>,
    vulnerability_ids: Vec<String>,
    mitigation: Option<String>,
}

impl Parsed {
    fn hash(&self) -> String {
        hash_hex(&format!(
            "{}|{}|{}|{}|{}",
            self.title,
            self.severity,
            self.component.as_deref().unwrap_or(""),
            self.version.as_deref().unwrap_or(""),
            self.unique.as_deref().unwrap_or("")
        ))
    }
}

fn norm_severity(s: &str) -> String {
    match s.to_ascii_lowercase().as_str() {
        "critical" => "Critical",
        "high" => "High",
        "medium" | "moderate" => "Medium",
        "low" => "Low",
        _ => "Info",
    }
    .to_string()
}

fn parse_scan(scan_type: &str, bytes: &[u8]) -> Result<Vec<Parsed>, String> {
    let v: Value = serde_json::from_slice(bytes).map_err(|e| format!("not JSON: {e}"))?;
    let s = |o: &Value, k: &str| {
        o.get(k)
            .and_then(Value::as_str)
            .filter(|s| !s.is_empty())
            .map(str::to_owned)
    };
    if scan_type == "Trivy Scan" {
        let mut out = Vec::new();
        let results = v
            .get("Results")
            .and_then(Value::as_array)
            .ok_or("no Results array")?;
        for r in results {
            let target = s(r, "Target").unwrap_or_default();
            for vuln in r
                .get("Vulnerabilities")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
            {
                let id = s(vuln, "VulnerabilityID").unwrap_or_default();
                let pkg = s(vuln, "PkgName").unwrap_or_default();
                let ver = s(vuln, "InstalledVersion");
                out.push(Parsed {
                    title: format!("{id} {pkg} {}", ver.clone().unwrap_or_default())
                        .trim()
                        .to_string(),
                    severity: norm_severity(&s(vuln, "Severity").unwrap_or_default()),
                    description: s(vuln, "Description")
                        .or_else(|| s(vuln, "Title"))
                        .unwrap_or_else(|| id.clone()),
                    cwe: vuln
                        .get("CweIDs")
                        .and_then(Value::as_array)
                        .and_then(|a| a.first())
                        .and_then(Value::as_str)
                        .and_then(|c| c.trim_start_matches("CWE-").parse().ok()),
                    component: Some(pkg.clone()).filter(|p| !p.is_empty()),
                    version: ver,
                    file_path: Some(target.clone()).filter(|t| !t.is_empty()),
                    line: None,
                    unique: Some(format!("{id}:{pkg}")),
                    vulnerability_ids: if id.is_empty() {
                        vec![]
                    } else {
                        vec![id.clone()]
                    },
                    mitigation: s(vuln, "FixedVersion").map(|f| format!("Upgrade {pkg} to {f}")),
                });
            }
        }
        return Ok(out);
    }
    let findings = v
        .get("findings")
        .and_then(Value::as_array)
        .ok_or("no findings array (generic JSON format)")?;
    findings
        .iter()
        .map(|f| {
            let title = s(f, "title").ok_or("a finding has no title")?;
            Ok(Parsed {
                severity: norm_severity(&s(f, "severity").unwrap_or_default()),
                description: s(f, "description").unwrap_or_else(|| title.clone()),
                cwe: f.get("cwe").and_then(Value::as_i64),
                component: s(f, "component_name"),
                version: s(f, "component_version"),
                file_path: s(f, "file_path"),
                line: f.get("line").and_then(Value::as_i64),
                unique: s(f, "unique_id_from_tool"),
                vulnerability_ids: f
                    .get("vulnerability_ids")
                    .and_then(Value::as_array)
                    .map(|a| {
                        a.iter()
                            .filter_map(|v| v.as_str().map(str::to_owned))
                            .collect()
                    })
                    .unwrap_or_default(),
                mitigation: s(f, "mitigation"),
                title,
            })
        })
        .collect()
}

fn stats(db: &Db, test: i64) -> Value {
    let findings: Vec<&Obj> = db
        .findings
        .values()
        .filter(|f| f["test"].as_i64() == Some(test))
        .collect();
    delta_stats(&findings)
}

fn severity_stats(by: &BTreeMap<&str, [i64; 8]>) -> Value {
    let one = |c: [i64; 8]| json!({"active": c[0], "verified": c[1], "duplicate": c[2], "false_p": c[3], "out_of_scope": c[4], "is_mitigated": c[5], "risk_accepted": c[6], "total": c[7]});
    let mut m = Map::new();
    for k in ["info", "low", "medium", "high", "critical", "total"] {
        m.insert(k.into(), one(by.get(k).copied().unwrap_or_default()));
    }
    Value::Object(m)
}

/// Per-severity counts of `findings` by flag (a test's statistics, or a reimport delta).
fn delta_stats(findings: &[&Obj]) -> Value {
    let mut by: BTreeMap<&str, [i64; 8]> = BTreeMap::new();
    for f in findings {
        let key = match f["severity"]
            .as_str()
            .unwrap_or("Info")
            .to_ascii_lowercase()
            .as_str()
        {
            "critical" => "critical",
            "high" => "high",
            "medium" => "medium",
            "low" => "low",
            _ => "info",
        };
        let flags = [
            "active",
            "verified",
            "duplicate",
            "false_p",
            "out_of_scope",
            "is_mitigated",
            "risk_accepted",
        ];
        for k in [key, "total"] {
            let e = by.entry(k).or_default();
            for (i, fl) in flags.iter().enumerate() {
                if f[*fl].as_bool().unwrap_or(false) {
                    e[i] += 1;
                }
            }
            e[7] += 1;
        }
    }
    severity_stats(&by)
}

/// Finds (or with `auto_create_context` creates) the engagement named in the upload.
fn resolve_engagement(db: &mut Db, up: &Upload, auto: bool) -> Result<i64, Response> {
    let err = |m: String| one_error("non_field_errors", m);
    let product_name = up.get("product_name").filter(|s| !s.is_empty());
    let engagement_name = up.get("engagement_name").filter(|s| !s.is_empty());
    let (Some(pn), Some(en)) = (product_name, engagement_name) else {
        return Err(err("product_name parameter missing".into()));
    };
    let product = db
        .products
        .iter()
        .find(|(_, p)| p["name"].as_str() == Some(pn))
        .map(|(id, _)| *id);
    let product = match product {
        Some(p) => p,
        None if !auto => return Err(err(format!("Product '{pn}' doesn't exist"))),
        None => {
            let Some(ptn) = up.get("product_type_name").filter(|s| !s.is_empty()) else {
                return Err(err(format!(
                    "Product '{pn}' doesn't exist and product_type_name is not provided to create it"
                )));
            };
            let pt = match db
                .product_types
                .iter()
                .find(|(_, p)| p["name"].as_str() == Some(ptn))
                .map(|(id, _)| *id)
            {
                Some(pt) => pt,
                None => {
                    let id = db.new_id("product_types");
                    let t = now();
                    db.product_types.insert(
                        id,
                        obj(json!({"id": id, "name": ptn, "description": null, "critical_product": false, "key_product": false, "members": [1], "authorization_groups": [], "created": t, "updated": t})),
                    );
                    id
                }
            };
            let id = db.new_id("products");
            let body =
                obj(json!({"name": pn, "description": "Auto-created by import", "prod_type": pt}));
            db.products.insert(id, new_product(id, &body));
            id
        }
    };
    let eng = db
        .engagements
        .iter()
        .find(|(_, e)| e["product"].as_i64() == Some(product) && e["name"].as_str() == Some(en))
        .map(|(id, _)| *id);
    match eng {
        Some(e) => Ok(e),
        None if !auto => Err(err(format!(
            "Engagement '{en}' doesn't exist in product '{pn}'"
        ))),
        None => {
            let id = db.new_id("engagements");
            let today = Utc::now().date_naive();
            let end = up
                .get("engagement_end_date")
                .map(str::to_owned)
                .unwrap_or_else(|| (today + ChronoDuration::days(365)).to_string());
            let mut e = engagement_obj(
                id,
                product,
                en,
                &today.to_string(),
                &end,
                "CI/CD",
                "In Progress",
                &now(),
            );
            for k in [
                "build_id",
                "commit_hash",
                "branch_tag",
                "source_code_management_uri",
            ] {
                if let Some(v) = up.get(k) {
                    e.insert(k.into(), json!(v));
                }
            }
            db.engagements.insert(id, e);
            Ok(id)
        }
    }
}

fn engagement_ids(db: &Db, engagement: i64) -> (i64, i64) {
    let product = db
        .engagements
        .get(&engagement)
        .and_then(|e| e["product"].as_i64())
        .unwrap_or(0);
    let pt = db
        .products
        .get(&product)
        .and_then(|p| p["prod_type"].as_i64())
        .unwrap_or(0);
    (product, pt)
}

fn test_type_id(db: &mut Db, name: &str) -> i64 {
    if let Some(id) = db
        .test_types
        .iter()
        .find(|(_, t)| t["name"].as_str() == Some(name))
        .map(|(id, _)| *id)
    {
        return id;
    }
    let id = db.new_id("test_types");
    db.test_types.insert(id, test_type_obj(id, name));
    id
}

/// Every `scan_type` the simulated import and reimport accept: the names
/// DefectDojo 2.57.2 lists in its OpenAPI schema (any other is a 400 field
/// error, as there). Only "Generic Findings Import" and "Trivy Scan" have their
/// own parsers; the rest are read as the generic JSON format.
const SCAN_TYPES: &[&str] = &[
    "Acunetix Scan",
    "Anchore Engine Scan",
    "Anchore Enterprise Policy Check",
    "Anchore Grype",
    "Anchore Grype detailed",
    "AnchoreCTL Policies Report",
    "AnchoreCTL Vuln Report",
    "AppCheck Web Application Scanner",
    "AppSpider Scan",
    "Aqua Scan",
    "Arachni Scan",
    "AuditJS Scan",
    "AWS Inspector2 Scan",
    "AWS Prowler Scan",
    "AWS Prowler V3",
    "AWS Security Finding Format (ASFF) Scan",
    "AWS Security Hub Scan",
    "Azure Security Center Recommendations Scan",
    "Bandit Scan",
    "Bearer CLI",
    "BlackDuck API",
    "Blackduck Binary Analysis",
    "Blackduck Component Risk",
    "Blackduck Hub Scan",
    "Brakeman Scan",
    "Bugcrowd API Import",
    "BugCrowd Scan",
    "Bundler-Audit Scan",
    "Burp Dastardly Scan",
    "Burp Enterprise Scan",
    "Burp REST API",
    "Burp Scan",
    "Burp GraphQL API",
    "Burp Suite DAST Scan",
    "CargoAudit Scan",
    "Checkmarx CxFlow SAST",
    "Checkmarx One Scan",
    "Checkmarx OSA",
    "Checkmarx Scan",
    "Checkmarx Scan detailed",
    "Checkov Scan",
    "Chef Inspect Log",
    "Choctaw Hog Scan",
    "Clair Scan",
    "Cloudflare Insights",
    "Cloudsploit Scan",
    "Cobalt.io API Import",
    "Cobalt.io Scan",
    "Codechecker Report native",
    "Contrast Scan",
    "Coverity API",
    "Coverity Scan JSON Report",
    "Crashtest Security JSON File",
    "Crashtest Security XML File",
    "CredScan Scan",
    "Crunch42 Scan",
    "Cyberwatch scan (Galeax)",
    "CycloneDX Scan",
    "Cycognito Scan",
    "DawnScanner Scan",
    "Deepfence Threatmapper Report",
    "Dependency Check Scan",
    "Dependency Track Finding Packaging Format (FPF) Export",
    "Detect-secrets Scan",
    "docker-bench-security Scan",
    "Dockle Scan",
    "DrHeader JSON Importer",
    "DSOP Scan",
    "Duroc Hog Scan",
    "Edgescan Scan",
    "ESLint Scan",
    "Essex Hog Scan",
    "Fortify Scan",
    "Generic Findings Import",
    "Ggshield Scan",
    "Github SAST Scan",
    "Github Secrets Detection Report Scan",
    "Github Vulnerability Scan",
    "GitLab API Fuzzing Report Scan",
    "GitLab Container Scan",
    "GitLab DAST Report",
    "GitLab Dependency Scanning Report",
    "GitLab SAST Report",
    "GitLab Secret Detection Report",
    "Gitleaks Scan",
    "Google Cloud Artifact Vulnerability Scan",
    "Gosec Scanner",
    "Gottingen Hog Scan",
    "Govulncheck Scanner",
    "HackerOne Cases",
    "Hadolint Dockerfile check",
    "Harbor Vulnerability Scan",
    "HCL AppScan on Cloud SAST XML",
    "HCLAppScan XML",
    "Horusec Scan",
    "Humble Json Importer",
    "HuskyCI Report",
    "Hydra Scan",
    "IBM AppScan DAST",
    "Immuniweb Scan",
    "IntSights Report",
    "Invicti Scan",
    "IriusRisk Threats Scan",
    "JFrog Xray API Summary Artifact Scan",
    "JFrog Xray On Demand Binary Scan",
    "JFrog Xray Scan",
    "JFrog Xray Unified Scan",
    "KICS Scan",
    "Kiuwan SCA Scan",
    "Kiuwan Scan",
    "KrakenD Audit Scan",
    "kube-bench Scan",
    "Kubeaudit Scan",
    "KubeHunter Scan",
    "Kubescape JSON Importer",
    "Legitify Scan",
    "Mayhem SARIF Report",
    "Mend Scan",
    "Meterian Scan",
    "Microfocus Webinspect Scan",
    "MobSF Scan",
    "Mobsfscan Scan",
    "MobSF Scorecard Scan",
    "Mozilla Observatory Scan",
    "MSDefender Parser",
    "n0s1 Scanner",
    "Nancy Scan",
    "Netsparker Scan",
    "NeuVector (compliance)",
    "NeuVector (REST)",
    "Nexpose Scan",
    "Nikto Scan",
    "Nmap Scan",
    "Node Security Platform Scan",
    "Nosey Parker Scan",
    "NPM Audit Scan",
    "NPM Audit v7+ Scan",
    "Nuclei Scan",
    "OpenReports",
    "Openscap Vulnerability Scan",
    "OpenVAS Parser",
    "OpenVAS Parser v2",
    "Orca Security Alerts",
    "ORT evaluated model Importer",
    "OssIndex Devaudit SCA Scan Importer",
    "OSV Scan",
    "Outpost24 Scan",
    "PHP Security Audit v2",
    "PHP Symfony Security Check",
    "PingCastle",
    "pip-audit Scan",
    "PMD Scan",
    "Popeye Scan",
    "Progpilot Scan",
    "Prowler Scan",
    "PTART Report",
    "PWN SAST",
    "Qualys Hacker Guardian Scan",
    "Qualys Infrastructure Scan (WebGUI XML)",
    "Qualys Scan",
    "Qualys Webapp Scan",
    "Rapplex Scan",
    "Red Hat Satellite",
    "Retire.js Scan",
    "ReversingLabs Spectra Assure",
    "Risk Recon API Importer",
    "Rubocop Scan",
    "Rusty Hog Scan",
    "SARIF",
    "Scantist Scan",
    "Scout Suite Scan",
    "Semgrep JSON Report",
    "Semgrep Pro JSON Report",
    "SKF Scan",
    "Snyk Code Scan",
    "Snyk Issue API Scan",
    "Snyk Scan",
    "Solar Appscreener Scan",
    "SonarQube API Import",
    "SonarQube Scan",
    "SonarQube Scan detailed",
    "Sonatype Application Scan",
    "SpotBugs Scan",
    "SSH Audit Importer",
    "SSL Labs Scan",
    "Sslscan",
    "Sslyze Scan",
    "SSLyze Scan (JSON)",
    "StackHawk HawkScan",
    "Sysdig CLI Report",
    "Sysdig Vulnerability Report",
    "Talisman Scan",
    "Tenable Scan",
    "Terrascan Scan",
    "Testssl Scan",
    "TFSec Scan",
    "Threagile risks report",
    "ThreatComposer Scan",
    "Trivy Operator Scan",
    "Trivy Scan",
    "Trufflehog Scan",
    "Trufflehog3 Scan",
    "Trustwave Fusion API Scan",
    "Trustwave Scan (CSV)",
    "Twistlock Image Scan",
    "VCG Scan",
    "Veracode Scan",
    "Veracode SourceClear Scan",
    "Vulners",
    "Wapiti Scan",
    "Wazuh",
    "WFuzz JSON report",
    "Whispers Scan",
    "WhiteHat Sentinel",
    "Wiz Scan",
    "Wizcli Dir Scan",
    "Wizcli IaC Scan",
    "Wizcli Img Scan",
    "Wpscan",
    "Xanitizer Scan",
    "Xeol Parser",
    "Yarn Audit Scan",
    "ZAP Scan",
    "Zora Parser",
];

/// Common checks of an upload; returns the scan type and the parsed findings above the minimum severity.
fn check_upload(up: &Upload) -> Result<(String, Vec<Parsed>), Response> {
    let mut errors: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let scan_type = up.get("scan_type").unwrap_or("").to_string();
    if scan_type.is_empty() {
        errors.insert("scan_type".into(), vec!["This field is required.".into()]);
    } else if !SCAN_TYPES.contains(&scan_type.as_str()) {
        errors.insert(
            "scan_type".into(),
            vec![format!("\"{scan_type}\" is not a valid choice.")],
        );
    }
    if up.file.is_none() {
        errors.insert("file".into(), vec!["No file was submitted.".into()]);
    }
    if let Some(m) = up.get("minimum_severity") {
        if !SEVERITIES.contains(&m) {
            errors.insert(
                "minimum_severity".into(),
                vec![format!("\"{m}\" is not a valid choice.")],
            );
        }
    }
    if let Some(d) = up.get("scan_date") {
        if NaiveDate::parse_from_str(d, "%Y-%m-%d").is_err() {
            errors.insert(
                "scan_date".into(),
                vec!["Date has wrong format. Use one of these formats instead: YYYY-MM-DD.".into()],
            );
        }
    }
    if let Some(t) = up.all("tags").iter().find(|t| t.trim().is_empty()) {
        errors.insert("tags".into(), vec![format!("Invalid tag {t:?}.")]);
    }
    if !errors.is_empty() {
        return Err(field_errors(errors));
    }
    let (_, bytes) = up.file.as_ref().expect("checked");
    let parsed = parse_scan(&scan_type, bytes).map_err(|e| {
        one_error(
            "file",
            format!("The simulator cannot read this file as {scan_type}: {e}"),
        )
    })?;
    let min = sev_rank(up.get("minimum_severity").unwrap_or("Info"));
    let parsed = parsed
        .into_iter()
        .filter(|p| sev_rank(&p.severity) >= min)
        .collect();
    Ok((scan_type, parsed))
}

fn insert_parsed(
    db: &mut Db,
    test: i64,
    p: &Parsed,
    active: bool,
    verified: bool,
    tags: &[String],
    scan_date: &str,
) -> i64 {
    let id = db.new_id("findings");
    let mut f = finding_obj(
        id,
        test,
        &p.title,
        &p.severity,
        p.cwe,
        &p.description,
        p.component.as_deref(),
        p.version.as_deref(),
        p.unique.as_deref(),
        scan_date,
        &now(),
    );
    f.insert("hash_code".into(), json!(p.hash()));
    f.insert("active".into(), json!(active));
    f.insert("verified".into(), json!(verified));
    f.insert("file_path".into(), json!(p.file_path));
    f.insert("line".into(), json!(p.line));
    if let Some(m) = &p.mitigation {
        f.insert("mitigation".into(), json!(m));
    }
    f.insert(
        "vulnerability_ids".into(),
        json!(p
            .vulnerability_ids
            .iter()
            .map(|v| json!({"vulnerability_id": v}))
            .collect::<Vec<_>>()),
    );
    f.insert("tags".into(), json!(tags));
    f.insert("found_by".into(), json!([]));
    db.finding_order = None;
    db.findings.insert(id, f);
    id
}

fn close(f: &mut Obj) {
    f.insert("active".into(), json!(false));
    f.insert("is_mitigated".into(), json!(true));
    f.insert("mitigated".into(), json!(now()));
    f.insert("mitigated_by".into(), json!(1));
    f.insert("last_status_update".into(), json!(now()));
}

fn echo(up: &Upload, out: &mut Obj) {
    for k in [
        "scan_type",
        "minimum_severity",
        "scan_date",
        "product_type_name",
        "product_name",
        "engagement_name",
        "test_title",
        "version",
        "build_id",
        "branch_tag",
        "commit_hash",
        "service",
        "environment",
    ] {
        if let Some(v) = up.get(k) {
            out.insert(k.into(), json!(v));
        }
    }
    for k in [
        "active",
        "verified",
        "close_old_findings",
        "do_not_reactivate",
        "auto_create_context",
        "push_to_jira",
    ] {
        if let Some(b) = up.get(k).and_then(parse_bool) {
            out.insert(k.into(), json!(b));
        }
    }
    let tags = up.all("tags");
    out.insert("tags".into(), json!(tags));
}

fn new_test(db: &mut Db, engagement: i64, scan_type: &str, up: &Upload) -> i64 {
    let tt = test_type_id(db, scan_type);
    let id = db.new_id("tests");
    let tags = up.all("tags");
    let mut t = test_obj(
        id,
        engagement,
        tt,
        scan_type,
        up.get("test_title"),
        &now(),
        &tags,
    );
    for k in ["version", "build_id", "commit_hash", "branch_tag"] {
        if let Some(v) = up.get(k) {
            t.insert(k.into(), json!(v));
        }
    }
    db.tests.insert(id, t);
    id
}

async fn import_scan(State(st): State<Shared>, mp: Multipart) -> Response {
    let up = match read_upload(mp).await {
        Ok(u) => u,
        Err(r) => return r,
    };
    match do_import(&st, &up) {
        Ok(v) => (StatusCode::CREATED, Json(v)).into_response(),
        Err(r) => r,
    }
}

fn do_import(st: &Dojo, up: &Upload) -> Result<Value, Response> {
    let (scan_type, parsed) = check_upload(up)?;
    let auto = up.flag("auto_create_context", false)?;
    let active = up.opt_flag("active")?.unwrap_or(true);
    let verified = up.opt_flag("verified")?.unwrap_or(false);
    let close_old = up.flag("close_old_findings", false)?;
    let product_scope = up.flag("close_old_findings_product_scope", false)?;
    let apply_tags = up.flag("apply_tags_to_findings", false)?;
    let engagement_id = up.int("engagement")?;
    let mut db = st.db.lock().expect("db lock");
    let engagement = match engagement_id {
        Some(e) if db.engagements.contains_key(&e) => e,
        Some(e) => {
            return Err(one_error(
                "engagement",
                format!("Invalid pk \"{e}\" - object does not exist."),
            ))
        }
        None => resolve_engagement(&mut db, up, auto)?,
    };
    let test = new_test(&mut db, engagement, &scan_type, up);
    let tags = if apply_tags {
        up.all("tags")
    } else {
        Vec::new()
    };
    let scan_date = up
        .get("scan_date")
        .map(str::to_owned)
        .unwrap_or_else(|| Utc::now().date_naive().to_string());
    let mut hashes = HashSet::new();
    for p in &parsed {
        hashes.insert(p.hash());
        insert_parsed(&mut db, test, p, active, verified, &tags, &scan_date);
    }
    let (product, product_type) = engagement_ids(&db, engagement);
    if close_old {
        // Earlier tests of the same scan type, in the engagement (or the whole product).
        let tt = db.tests[&test]["test_type"].as_i64();
        let scope: HashSet<i64> = db
            .tests
            .iter()
            .filter(|(id, t)| **id != test && t["test_type"].as_i64() == tt)
            .filter(|(_, t)| {
                let e = t["engagement"].as_i64().unwrap_or(0);
                if product_scope {
                    engagement_ids(&db, e).0 == product
                } else {
                    e == engagement
                }
            })
            .map(|(id, _)| *id)
            .collect();
        db.finding_order = None;
        for f in db.findings.values_mut() {
            let in_scope = f["test"].as_i64().is_some_and(|t| scope.contains(&t));
            if in_scope
                && f["active"].as_bool() == Some(true)
                && !f["hash_code"].as_str().is_some_and(|h| hashes.contains(h))
            {
                close(f);
            }
        }
    }
    let mut out = Obj::new();
    echo(up, &mut out);
    out.insert("engagement".into(), json!(engagement));
    out.insert("test".into(), json!(test));
    out.insert("test_id".into(), json!(test));
    out.insert("engagement_id".into(), json!(engagement));
    out.insert("product_id".into(), json!(product));
    out.insert("product_type_id".into(), json!(product_type));
    out.insert("statistics".into(), json!({"after": stats(&db, test)}));
    Ok(Value::Object(out))
}

async fn reimport_scan(State(st): State<Shared>, mp: Multipart) -> Response {
    let up = match read_upload(mp).await {
        Ok(u) => u,
        Err(r) => return r,
    };
    match do_reimport(&st, &up) {
        Ok(v) => (StatusCode::CREATED, Json(v)).into_response(),
        Err(r) => r,
    }
}

fn do_reimport(st: &Dojo, up: &Upload) -> Result<Value, Response> {
    let (scan_type, parsed) = check_upload(up)?;
    let auto = up.flag("auto_create_context", false)?;
    let active = up.opt_flag("active")?.unwrap_or(true);
    let verified = up.opt_flag("verified")?.unwrap_or(false);
    let close_old = up.flag("close_old_findings", true)?;
    let do_not_reactivate = up.flag("do_not_reactivate", false)?;
    let apply_tags = up.flag("apply_tags_to_findings", false)?;
    let test_id = up.int("test")?;
    let mut db = st.db.lock().expect("db lock");
    let test = match test_id {
        Some(t) if db.tests.contains_key(&t) => Some(t),
        Some(t) => {
            return Err(one_error(
                "test",
                format!("Invalid pk \"{t}\" - object does not exist."),
            ))
        }
        None => {
            let engagement = resolve_engagement(&mut db, up, auto)?;
            let title = up.get("test_title");
            db.tests
                .iter()
                .rev()
                .find(|(_, t)| {
                    t["engagement"].as_i64() == Some(engagement)
                        && t["test_type_name"].as_str() == Some(scan_type.as_str())
                        && title.is_none_or(|want| t["title"].as_str() == Some(want))
                })
                .map(|(id, _)| *id)
                .or_else(|| auto.then(|| new_test(&mut db, engagement, &scan_type, up)))
        }
    };
    let Some(test) = test else {
        return Err(one_error(
            "non_field_errors",
            format!("Test with scan type '{scan_type}' not found in the engagement; use auto_create_context to create it"),
        ));
    };
    let before = stats(&db, test);
    let tags = if apply_tags {
        up.all("tags")
    } else {
        Vec::new()
    };
    let scan_date = up
        .get("scan_date")
        .map(str::to_owned)
        .unwrap_or_else(|| Utc::now().date_naive().to_string());
    let existing: HashMap<String, i64> = db
        .findings
        .iter()
        .filter(|(_, f)| f["test"].as_i64() == Some(test))
        .filter_map(|(id, f)| f["hash_code"].as_str().map(|h| (h.to_string(), *id)))
        .collect();
    let (mut created, mut reactivated, mut untouched, mut closed) =
        (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    let mut seen = HashSet::new();
    for p in &parsed {
        let h = p.hash();
        if !seen.insert(h.clone()) {
            continue;
        }
        match existing.get(&h) {
            Some(id) => {
                db.finding_order = None;
                let f = db.findings.get_mut(id).expect("listed");
                let is_closed = f["is_mitigated"].as_bool() == Some(true)
                    || f["active"].as_bool() == Some(false);
                if is_closed && !do_not_reactivate && f["false_p"].as_bool() != Some(true) {
                    f.insert("active".into(), json!(true));
                    f.insert("is_mitigated".into(), json!(false));
                    f.insert("mitigated".into(), Value::Null);
                    f.insert("mitigated_by".into(), Value::Null);
                    f.insert("last_status_update".into(), json!(now()));
                    reactivated.push(*id);
                } else {
                    untouched.push(*id);
                }
            }
            None => created.push(insert_parsed(
                &mut db, test, p, active, verified, &tags, &scan_date,
            )),
        }
    }
    if close_old {
        for (h, id) in &existing {
            if seen.contains(h) {
                continue;
            }
            db.finding_order = None;
            let f = db.findings.get_mut(id).expect("listed");
            if f["active"].as_bool() == Some(true) {
                close(f);
                closed.push(*id);
            }
        }
    }
    let pick = |ids: &[i64]| -> Vec<Obj> {
        ids.iter()
            .filter_map(|id| db.findings.get(id).cloned())
            .collect()
    };
    let (c, r, u, x) = (
        pick(&created),
        pick(&reactivated),
        pick(&untouched),
        pick(&closed),
    );
    let refs = |v: &Vec<Obj>| -> Value { delta_stats(&v.iter().collect::<Vec<_>>()) };
    let delta = json!({"created": refs(&c), "closed": refs(&x), "reactivated": refs(&r), "untouched": refs(&u)});
    let engagement = db.tests[&test]["engagement"].as_i64().unwrap_or(0);
    let (product, product_type) = engagement_ids(&db, engagement);
    let mut out = Obj::new();
    echo(up, &mut out);
    out.insert("test".into(), json!(test));
    out.insert("test_id".into(), json!(test));
    out.insert("engagement_id".into(), json!(engagement));
    out.insert("product_id".into(), json!(product));
    out.insert("product_type_id".into(), json!(product_type));
    out.insert(
        "statistics".into(),
        json!({"before": before, "delta": delta, "after": stats(&db, test)}),
    );
    Ok(Value::Object(out))
}

#[cfg(test)]
mod tests {
    use super::*;

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
}
