//! Contract test: every operation of the DefectDojo client, both multipart
//! uploads included, against Stoplight Prism serving the **upstream** schema
//! (`prism mock --errors`).
//!
//! Prism validates requests well but cannot generate most DefectDojo response
//! bodies (500 `SCHEMA_TOO_COMPLEX`), so "neither 422 nor 401" means the
//! request was accepted; when Prism does produce a 2xx body, the client must
//! decode it. A recording proxy between the client and Prism keeps Prism's
//! exact reasons. Known and expected: Prism applies the upstream `file`
//! pattern (meant for the file *name*) to the file's content, and reads a
//! repeated multipart `tags` field as a string, so an upload gets exactly a
//! `file` pattern violation, plus a `tags` type violation when tags are sent —
//! anything else fails the test with Prism's reason.
//!
//! Needs `$SECOPS_PRISM` (`bash scripts/peers.sh` installs it); skipped with a
//! note when it is missing, unless `SECOPS_REQUIRE_PEERS=1`.

#![cfg(all(feature = "defectdojo", feature = "sim"))]

use std::collections::BTreeSet;
use std::sync::{Arc, Mutex};

use axum::body::Bytes;
use axum::extract::{Request, State};
use axum::response::Response;
use secops::defectdojo::{
    types, DefectDojo, FindingFilter, ImportOptions, NewFinding, ReimportOptions, ScanType,
    Severity,
};
use secops::RetryPolicy;
use serde_json::Value;

mod support;

#[derive(Debug, Clone)]
struct Exchange {
    method: String,
    path: String,
    status: u16,
    body: Bytes,
}

struct Proxy {
    upstream: String,
    http: reqwest::Client,
    log: Mutex<Vec<Exchange>>,
}

async fn forward(State(p): State<Arc<Proxy>>, req: Request) -> Response {
    let (parts, body) = req.into_parts();
    let body = axum::body::to_bytes(body, usize::MAX).await.unwrap();
    let pq = parts
        .uri
        .path_and_query()
        .map(|x| x.as_str().to_string())
        .unwrap_or_default();
    let mut rb = p
        .http
        .request(parts.method.clone(), format!("{}{pq}", p.upstream));
    for (k, v) in &parts.headers {
        if k != http::header::HOST && k != http::header::CONTENT_LENGTH {
            rb = rb.header(k, v);
        }
    }
    let resp = rb.body(body).send().await.unwrap();
    let status = resp.status();
    let ct = resp.headers().get(http::header::CONTENT_TYPE).cloned();
    let bytes = resp.bytes().await.unwrap();
    p.log.lock().unwrap().push(Exchange {
        method: parts.method.to_string(),
        path: parts.uri.path().to_string(),
        status: status.as_u16(),
        body: bytes.clone(),
    });
    let mut out = Response::new(axum::body::Body::from(bytes));
    *out.status_mut() = status;
    if let Some(ct) = ct {
        out.headers_mut().insert(http::header::CONTENT_TYPE, ct);
    }
    out
}

async fn start_proxy(upstream: &str) -> (String, Arc<Proxy>) {
    let proxy = Arc::new(Proxy {
        upstream: upstream.to_string(),
        http: reqwest::Client::new(),
        log: Mutex::new(Vec::new()),
    });
    let app = axum::Router::new()
        .fallback(forward)
        .with_state(proxy.clone());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    (format!("http://{addr}"), proxy)
}

/// Prism's validation findings: `(location, code)` pairs, with its messages.
fn violations(body: &[u8]) -> (BTreeSet<(String, String)>, Vec<String>) {
    let v: Value = serde_json::from_slice(body).unwrap_or(Value::Null);
    let mut set = BTreeSet::new();
    let mut msgs = Vec::new();
    for item in v["validation"].as_array().into_iter().flatten() {
        let loc = item["location"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
            .collect::<Vec<_>>()
            .join(".");
        set.insert((loc, item["code"].as_str().unwrap_or("").to_string()));
        msgs.push(item["message"].as_str().unwrap_or("").to_string());
    }
    (set, msgs)
}

fn pair(loc: &str, code: &str) -> (String, String) {
    (loc.to_string(), code.to_string())
}

#[tokio::test]
async fn every_operation_is_accepted_by_prism_serving_the_upstream_schema() {
    let Some(bin) =
        support::peers::peer("SECOPS_PRISM", "node_modules/.bin/prism", "Stoplight Prism")
    else {
        return;
    };
    let prism = support::peers::start_prism(&bin, &support::peers::upstream_dojo_schema());
    let (proxy_url, proxy) = start_proxy(&prism.url).await;
    let dd = DefectDojo::builder()
        .url(&proxy_url)
        .token("0123456789abcdef0123456789abcdef01234567")
        .retry(RetryPolicy::none())
        .build()
        .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let scan = dir.path().join("scan.json");
    std::fs::write(
        &scan,
        br#"{"findings": [{"title": "A", "severity": "High", "description": "a"}]}"#,
    )
    .unwrap();
    let day = chrono::NaiveDate::from_ymd_opt(2024, 5, 1).unwrap();
    let now = chrono::Utc::now();

    // (operation, outcome): Ok(decoded) or Err(error text).
    let mut outcomes: Vec<(&str, Result<(), String>)> = Vec::new();
    macro_rules! call {
        ($name:expr, $fut:expr) => {{
            let r = $fut.await;
            outcomes.push(($name, r.map(|_| ()).map_err(|e| e.to_string())));
        }};
    }

    call!(
        "product_types_list",
        dd.product_types()
            .name("Web")
            .critical_product(true)
            .key_product(false)
            .id(1)
            .first_page()
    );
    call!(
        "product_types_create",
        dd.create_product_type(
            types::ProductTypeRequest::builder()
                .name("Web")
                .description(Some("d".into()))
        )
    );
    call!("product_types_retrieve", dd.product_type(1));
    call!(
        "products_list",
        dd.products()
            .id([1, 2])
            .name("Shop")
            .name_exact("Shop")
            .product_type([1])
            .tags(["pci", "web"])
            .order_by(["name", "-id"])
            .first_page()
    );
    call!(
        "products_create",
        dd.create_product(
            types::ProductRequest::builder()
                .name("Shop")
                .description("The shop")
                .prod_type(1)
                .tags(vec!["pci".to_string()])
                .business_criticality(Some(types::BusinessCriticality::High))
                .platform(Some(types::Platform::Web))
                .lifecycle(Some(types::Lifecycle::Production))
                .origin(Some(types::Origin::Internal))
                .internet_accessible(true)
        )
    );
    call!("products_retrieve", dd.product(1));
    call!(
        "products_partial_update",
        dd.update_product(
            1,
            types::PatchedProductRequest::builder().description(Some("v2".to_string()))
        )
    );
    call!(
        "engagements_list",
        dd.engagements()
            .id(1)
            .name("CI")
            .product(1)
            .product_type([1, 2])
            .status(types::EngagementStatus::InProgress)
            .active(true)
            .tags(["ci"])
            .order_by(["-target_start"])
            .first_page()
    );
    call!(
        "engagements_create",
        dd.create_engagement(
            types::EngagementRequest::builder()
                .name(Some("CI main".to_string()))
                .product(1)
                .target_start(day)
                .target_end(day)
                .status(Some(types::EngagementStatus::InProgress))
                .engagement_type(Some(types::EngagementType::CiCd))
                .build_id(Some("42".to_string()))
                .tags(vec!["ci".to_string()])
        )
    );
    call!("engagements_retrieve", dd.engagement(1));
    call!(
        "engagements_partial_update",
        dd.update_engagement(
            1,
            types::PatchedEngagementRequest::builder()
                .status(Some(types::EngagementStatus::Completed))
        )
    );
    call!(
        "tests_list",
        dd.tests()
            .id(1)
            .engagement(1)
            .test_type(2)
            .title("t")
            .scan_type("ZAP Scan")
            .tags(["x"])
            .order_by(["title"])
            .first_page()
    );
    call!(
        "tests_create",
        dd.create_test(
            types::TestCreateRequest::builder()
                .engagement(1)
                .test_type(1)
                .target_start(now)
                .target_end(now)
                .title(Some("Nightly".to_string()))
        )
    );
    call!("tests_retrieve", dd.test(1));
    call!(
        "test_types_list",
        dd.test_types().name("ZAP Scan").first_page()
    );
    call!(
        "findings_list",
        dd.findings()
            .filter(
                FindingFilter::new()
                    .id([1, 2, 3])
                    .active(true)
                    .verified(false)
                    .duplicate(false)
                    .false_p(false)
                    .is_mitigated(false)
                    .out_of_scope(false)
                    .risk_accepted(false)
                    .under_review(false)
                    .severity(Severity::High)
                    .cwe([79, 89])
                    .title("sql")
                    .test(1)
                    .engagement([1, 2])
                    .product([1])
                    .product_type([1])
                    .tags(["pci"])
                    .not_tags(["wontfix"])
                    .component_name("openssl")
                    .vulnerability_id("CVE-2024-1")
                    .unique_id_from_tool("u1")
                    .hash_code("abc")
                    .discovered_after(day)
                    .discovered_before(day + chrono::Days::new(30))
                    .mitigated_after(now - chrono::Duration::days(30))
                    .mitigated_before(now)
                    .order_by(["-severity", "id"])
            )
            .page_size(50)
            .first_page()
    );
    call!(
        "findings_create",
        dd.create_finding(
            NewFinding::new(1, "SQL injection", Severity::High)
                .description("In /login")
                .cwe(89)
                .mitigation("Use bound parameters")
                .component("django", "4.2")
                .location("app/views.py", 42)
                .unique_id_from_tool("u-1")
                .vulnerability_id("CVE-2024-12345")
                .tag("pci")
                .date(day)
        )
    );
    call!("findings_retrieve", dd.finding(1));
    call!(
        "findings_partial_update",
        dd.update_finding(
            1,
            types::PatchedFindingRequest::builder()
                .active(false)
                .severity("Low".to_string())
                .tags(vec!["triaged".to_string()])
        )
    );
    call!(
        "findings_close_create",
        dd.close_finding(
            1,
            types::FindingCloseRequest::builder()
                .is_mitigated(true)
                .mitigated(now)
                .note("fixed".to_string())
        )
    );
    call!("findings_notes_retrieve", dd.finding_notes(1));
    call!(
        "findings_notes_create",
        dd.add_finding_note(1, "Checked", true)
    );
    call!(
        "endpoints_list",
        dd.endpoints()
            .id(1)
            .host("a.example.com")
            .protocol("https")
            .port(443)
            .path("/x")
            .product(1)
            .tags(["t"])
            .order_by(["host"])
            .first_page()
    );
    call!(
        "endpoints_create",
        dd.create_endpoint(
            types::EndpointRequest::builder()
                .host(Some("a.example.com".to_string()))
                .protocol(Some("https".to_string()))
                .port(Some(443))
                .product(Some(1))
        )
    );
    call!(
        "users_list",
        dd.users()
            .id(1)
            .username("admin")
            .email("a@example.com")
            .is_active(true)
            .is_superuser(false)
            .order_by(["username"])
            .first_page()
    );

    let full_import = ImportOptions::new(ScanType::TRIVY, &scan)
        .engagement(1)
        .product_type_name("Web")
        .product_name("Shop")
        .engagement_name("CI main")
        .engagement_end_date(day)
        .test_title("Trivy")
        .auto_create_context(true)
        .deduplication_on_engagement(true)
        .scan_date(day)
        .minimum_severity(Severity::Low)
        .active(true)
        .verified(false)
        .endpoint_to_add(1)
        .lead(1)
        .push_to_jira(false)
        .environment("Production")
        .version("1.2.3")
        .build_id("42")
        .branch_tag("main")
        .commit_hash("9f1c2e")
        .source_code_management_uri("https://git.example.com/shop")
        .api_scan_configuration(1)
        .service("checkout")
        .group_by(types::GroupBy::ComponentName)
        .create_finding_groups_for_all_findings(true)
        .apply_tags_to_findings(true)
        .apply_tags_to_endpoints(false)
        .close_old_findings(false)
        .close_old_findings_product_scope(false);
    call!("import_scan (no tags)", dd.import_scan(full_import.clone()));
    call!(
        "import_scan (tags)",
        dd.import_scan(full_import.tags(["ci", "main"]))
    );
    let full_reimport = ReimportOptions::new(ScanType::TRIVY, &scan)
        .test(1)
        .product_type_name("Web")
        .product_name("Shop")
        .engagement_name("CI main")
        .test_title("Trivy")
        .auto_create_context(true)
        .scan_date(day)
        .minimum_severity(Severity::Info)
        .active(true)
        .verified(true)
        .do_not_reactivate(true)
        .close_old_findings(true)
        .version("1.2.4")
        .build_id("43")
        .branch_tag("main")
        .commit_hash("0a1b2c")
        .group_by(types::GroupBy::FilePath);
    call!(
        "reimport_scan (no tags)",
        dd.reimport_scan(full_reimport.clone())
    );
    call!(
        "reimport_scan (tags)",
        dd.reimport_scan(full_reimport.tag("ci"))
    );

    let log = proxy.log.lock().unwrap().clone();
    drop(prism);
    assert_eq!(
        log.len(),
        outcomes.len(),
        "one request per operation: {log:#?}"
    );

    let mut failures = Vec::new();
    let mut accepted_2xx = 0;
    for ((name, outcome), ex) in outcomes.iter().zip(&log) {
        let (found, msgs) = violations(&ex.body);
        let multipart = ex.path.ends_with("import-scan/");
        let expected: BTreeSet<_> = if !multipart {
            BTreeSet::new()
        } else if name.contains("(tags)") {
            [pair("body.file", "pattern"), pair("body.tags", "type")].into()
        } else {
            [pair("body.file", "pattern")].into()
        };
        let reason = || {
            format!(
                "{name} ({} {}): HTTP {} {}",
                ex.method,
                ex.path,
                ex.status,
                String::from_utf8_lossy(&ex.body)
            )
        };
        match ex.status {
            422 if found == expected && !expected.is_empty() => {
                println!("{name}: only the known difference(s): {}", msgs.join("; "));
            }
            422 => failures.push(format!("{} — Prism says: {}", reason(), msgs.join("; "))),
            401 | 403 => failures.push(format!("{} — rejected the credentials", reason())),
            s if (200..300).contains(&s) => {
                accepted_2xx += 1;
                if !expected.is_empty() {
                    failures.push(format!(
                        "{} — the known violations did not show: Prism changed, update this test",
                        reason()
                    ));
                }
                if let Err(e) = outcome {
                    failures.push(format!("{name}: Prism answered {s} with an upstream example, and the client could not read it: {e}"));
                }
            }
            500 if String::from_utf8_lossy(&ex.body).contains("SCHEMA_TOO_COMPLEX") => {
                if !expected.is_empty() {
                    failures.push(format!("{} — the known violations did not show", reason()));
                }
            }
            _ => failures.push(reason()),
        }
    }
    println!("{} operations sent; {} answered 2xx and decoded; the rest accepted (Prism cannot build their bodies)", log.len(), accepted_2xx);
    assert!(
        failures.is_empty(),
        "Prism (upstream schema) rejected requests:\n{}",
        failures.join("\n")
    );
    assert_eq!(log.len(), 29);
}
