//! Defendis: every operation against the simulator, typed errors, faulted and
//! resumed pulls, and the contract (Prism, Redocly, response schemas).
#![cfg(all(feature = "defendis", feature = "sim"))]

use std::collections::{BTreeSet, HashSet};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::body::{Body, Bytes};
use axum::extract::{Request, State};
use axum::response::Response;
use chrono::NaiveDate;
use futures::{StreamExt, TryStreamExt};
use secops::defendis::{Dataset, DateWindow, Defendis, SortOrder, WatchlistKind};
use secops::sim::defendis::{
    self as simd, BIN_QUOTA, DOMAIN_QUOTA, OUT_OF_SCOPE_DOMAIN, PRIMARY_WATCHLIST_ID, SCOPED_BIN,
    SCOPED_DOMAIN, SCOPED_EMAIL, SCOPED_KEYWORD, UNPAID_KEY,
};
use secops::sim::{Faults, SimHandle, Simulator};
use secops::{
    ApiErrorKind, Auth, CheckpointStore, Error, FileCheckpoints, MemoryCheckpoints, MemorySink,
    NdjsonFile, RetryPolicy, Service,
};
use serde_json::{json, Value};

mod support;

const SPEC: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/specs/defendis.yaml");

fn fast_retry() -> RetryPolicy {
    RetryPolicy::default()
        .max_attempts(10)
        .initial_backoff(Duration::from_millis(1))
        .max_backoff(Duration::from_millis(4))
}

async fn sim() -> SimHandle {
    Simulator::builder().seed(7).start().await.unwrap()
}

fn client(sim: &SimHandle) -> Defendis {
    Defendis::builder()
        .api_key(sim.key(Service::Defendis))
        .base_url(sim.url(Service::Defendis))
        .retry(fast_retry())
        .build()
        .unwrap()
}

fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn kind(e: &Error) -> ApiErrorKind {
    e.api_kind()
        .cloned()
        .unwrap_or_else(|| panic!("not an API error: {e}"))
}

fn ids<T: serde::Serialize>(items: &[T]) -> Vec<String> {
    items
        .iter()
        .map(|r| {
            serde_json::to_value(r).unwrap()["id"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect()
}

// ---------------------------------------------------------------- peers

// ---------------------------------------------------------------- recording proxy

/// One exchange seen by the recording proxy.
#[derive(Debug, Clone)]
struct Exchange {
    method: String,
    path: String,
    status: u16,
    violations: Option<String>,
    body: Bytes,
}

type Log = Arc<Mutex<Vec<Exchange>>>;

#[derive(Clone)]
struct ProxyState {
    upstream: String,
    http: reqwest::Client,
    log: Log,
}

async fn forward(State(st): State<ProxyState>, req: Request) -> Response {
    let (parts, body) = req.into_parts();
    let body = axum::body::to_bytes(body, usize::MAX).await.unwrap();
    let pq = parts
        .uri
        .path_and_query()
        .map(|p| p.as_str().to_string())
        .unwrap_or_default();
    let mut out = st
        .http
        .request(parts.method.clone(), format!("{}{pq}", st.upstream))
        .body(body);
    for (k, v) in parts.headers.iter() {
        if k != "host" && k != "content-length" {
            out = out.header(k, v);
        }
    }
    let resp = out.send().await.unwrap();
    let status = resp.status();
    let violations = resp
        .headers()
        .get("sl-violations")
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned);
    let ct = resp.headers().get("content-type").cloned();
    let bytes = resp.bytes().await.unwrap();
    st.log.lock().unwrap().push(Exchange {
        method: parts.method.to_string(),
        path: parts.uri.path().to_string(),
        status: status.as_u16(),
        violations,
        body: bytes.clone(),
    });
    let mut r = Response::new(Body::from(bytes));
    *r.status_mut() = status;
    if let Some(ct) = ct {
        r.headers_mut().insert("content-type", ct);
    }
    r
}

/// A loopback proxy in front of `upstream` that records every exchange.
async fn recording_proxy(upstream: String) -> (String, Log) {
    let log: Log = Arc::default();
    let st = ProxyState {
        upstream: upstream.trim_end_matches('/').to_string(),
        http: reqwest::Client::new(),
        log: log.clone(),
    };
    let app = axum::Router::new().fallback(forward).with_state(st);
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move {
        axum::serve(listener, app).await.unwrap();
    });
    (format!("http://{addr}"), log)
}

// ---------------------------------------------------------------- the spec

fn spec() -> Value {
    yaml_serde::from_str(&std::fs::read_to_string(SPEC).unwrap()).unwrap()
}

/// Every (METHOD, path template) of the spec.
fn spec_operations(spec: &Value) -> BTreeSet<(String, String)> {
    let mut out = BTreeSet::new();
    for (path, item) in spec["paths"].as_object().unwrap() {
        for method in item.as_object().unwrap().keys() {
            out.insert((method.to_uppercase(), path.clone()));
        }
    }
    out
}

/// The spec operation a request hit: the template with the most literal segments.
fn match_template(spec: &Value, method: &str, path: &str) -> Option<String> {
    let segs: Vec<&str> = path.trim_matches('/').split('/').collect();
    let mut best: Option<(usize, String)> = None;
    for (tpl, item) in spec["paths"].as_object().unwrap() {
        if item.get(method.to_lowercase()).is_none() {
            continue;
        }
        let t: Vec<&str> = tpl.trim_matches('/').split('/').collect();
        if t.len() != segs.len() {
            continue;
        }
        let mut literal = 0;
        let ok = t.iter().zip(&segs).all(|(a, b)| {
            if a.starts_with('{') {
                true
            } else {
                literal += 1;
                a == b
            }
        });
        if ok && best.as_ref().is_none_or(|(l, _)| literal > *l) {
            best = Some((literal, tpl.clone()));
        }
    }
    best.map(|(_, t)| t)
}

/// OpenAPI 3.0 schema → JSON Schema (`nullable` becomes a `null` type).
fn to_json_schema(v: &Value) -> Value {
    match v {
        Value::Object(m) => {
            let mut out = serde_json::Map::new();
            for (k, x) in m {
                if k == "nullable" || k == "example" {
                    continue;
                }
                out.insert(k.clone(), to_json_schema(x));
            }
            if m.get("nullable") == Some(&Value::Bool(true)) {
                if let Some(Value::String(t)) = m.get("type") {
                    out.insert("type".into(), json!([t, "null"]));
                }
            }
            Value::Object(out)
        }
        Value::Array(a) => Value::Array(a.iter().map(to_json_schema).collect()),
        other => other.clone(),
    }
}

/// The JSON schema of the response `status` of an operation, if the spec declares it.
fn response_schema(spec: &Value, method: &str, tpl: &str, status: u16) -> Option<Value> {
    let op = &spec["paths"][tpl][method.to_lowercase()];
    let mut resp = op["responses"].get(status.to_string())?.clone();
    if let Some(r) = resp.get("$ref").and_then(Value::as_str) {
        let name = r.rsplit('/').next().unwrap();
        resp = spec["components"]["responses"][name].clone();
    }
    let schema = resp["content"]["application/json"]["schema"].clone();
    let mut root = serde_json::Map::new();
    root.insert(
        "components".into(),
        json!({"schemas": to_json_schema(&spec["components"]["schemas"])}),
    );
    for (k, v) in to_json_schema(&schema).as_object().unwrap() {
        root.insert(k.clone(), v.clone());
    }
    Some(Value::Object(root))
}

/// Checks every recorded response against the spec: a declared status, a body
/// valid against its schema. Returns the problems.
fn check_responses(spec: &Value, log: &[Exchange]) -> Vec<String> {
    let mut problems = Vec::new();
    for ex in log {
        let Some(tpl) = match_template(spec, &ex.method, &ex.path) else {
            problems.push(format!("{} {}: not in the spec", ex.method, ex.path));
            continue;
        };
        let Some(schema) = response_schema(spec, &ex.method, &tpl, ex.status) else {
            problems.push(format!(
                "{} {tpl}: status {} is not declared",
                ex.method, ex.status
            ));
            continue;
        };
        let body: Value = match serde_json::from_slice(&ex.body) {
            Ok(b) => b,
            Err(e) => {
                problems.push(format!("{} {tpl}: body is not JSON: {e}", ex.method));
                continue;
            }
        };
        let validator = jsonschema::validator_for(&schema).expect("schema compiles");
        let errors: Vec<String> = validator
            .iter_errors(&body)
            .map(|e| format!("{} at {}", e, e.instance_path()))
            .collect();
        if !errors.is_empty() {
            problems.push(format!(
                "{} {tpl} → {}: {}",
                ex.method,
                ex.status,
                errors.join("; ")
            ));
        }
    }
    problems
}

// ---------------------------------------------------------------- every operation

/// Calls every operation of the spec through the client; returns the failures.
async fn drive_every_operation(c: &Defendis) -> Vec<String> {
    let mut failures = Vec::new();
    let mut check = |what: &str, r: Result<(), Error>| {
        if let Err(e) = r {
            failures.push(format!("{what}: {e}"));
        }
    };
    let window = DateWindow::parse("2023-03-01", "2023-06-01").unwrap();

    check(
        "health",
        c.health().await.map(|h| assert_eq!(h.status, "ok")),
    );
    check(
        "list watchlists",
        c.watchlists()
            .list()
            .search("scope")
            .sort_by("name")
            .sort_order(SortOrder::Asc)
            .page_size(10)
            .first_page()
            .await
            .map(drop),
    );
    check("watchlist stats", c.watchlists().stats().await.map(drop));
    let wl = match c
        .watchlists()
        .create("secops contract")
        .description("made by the contract test")
        .send()
        .await
    {
        Ok(w) => w.id,
        Err(e) => {
            check("create watchlist", Err(e));
            "missing".into()
        }
    };
    check(
        "update watchlist",
        c.watchlists()
            .update(&wl)
            .name("secops contract (renamed)")
            .send()
            .await
            .map(drop),
    );
    let values = [
        (WatchlistKind::Assets, "198.51.100.7"),
        (WatchlistKind::Domain, "contract-test.example"),
        (WatchlistKind::Bin, "400000"),
        (WatchlistKind::Executive, "John Roe"),
        (WatchlistKind::Keyword, "contract"),
        (WatchlistKind::Ransom, "contract"),
    ];
    for (k, value) in values {
        let entries = c.watchlist_entries(k);
        let added = entries.add(&wl, value).description("contract").send().await;
        let id = match added {
            Ok(e) => e.id,
            Err(e) => {
                check(&format!("add {k} entry"), Err(e));
                continue;
            }
        };
        check(
            &format!("list {k} entries"),
            entries
                .list()
                .watchlist_id(&wl)
                .search(value)
                .sort_order(SortOrder::Desc)
                .first_page()
                .await
                .map(drop),
        );
        check(
            &format!("update {k} entry"),
            entries
                .update(&id)
                .description("updated")
                .send()
                .await
                .map(drop),
        );
        check(
            &format!("delete {k} entries"),
            entries.delete([id]).await.map(drop),
        );
    }
    check(
        "delete watchlists",
        c.watchlists().delete([wl]).await.map(drop),
    );

    let leaks = c.dataleaks();
    check(
        "credentials",
        leaks
            .credentials(SCOPED_DOMAIN)
            .window(window)
            .sort_by("leakDate")
            .sort_order(SortOrder::Desc)
            .watchlist_id(PRIMARY_WATCHLIST_ID)
            .page_size(20)
            .first_page()
            .await
            .map(drop),
    );
    check(
        "credentials by email",
        leaks
            .credentials_by_email(SCOPED_EMAIL)
            .from_date(day("2023-01-01"))
            .first_page()
            .await
            .map(drop),
    );
    check(
        "documents",
        leaks
            .documents(SCOPED_DOMAIN)
            .window(window)
            .search("pdf")
            .first_page()
            .await
            .map(drop),
    );
    check(
        "payment cards",
        leaks
            .payment_cards(SCOPED_BIN)
            .to_date(day("2024-01-01"))
            .first_page()
            .await
            .map(drop),
    );
    check(
        "dataleaks stats",
        leaks
            .stats(SCOPED_DOMAIN)
            .window(window)
            .watchlist_id(PRIMARY_WATCHLIST_ID)
            .send()
            .await
            .map(drop),
    );
    check(
        "exposure assets",
        c.exposure()
            .assets(SCOPED_DOMAIN)
            .window(window)
            .first_page()
            .await
            .map(drop),
    );
    check(
        "ransomware victims",
        c.ransomware()
            .by_keyword(SCOPED_KEYWORD)
            .group("akira")
            .window(window)
            .first_page()
            .await
            .map(drop),
    );
    check(
        "raw get_paged",
        c.get_paged::<Value>(
            "/api/v1/dataleaks/credentials",
            [("domain", SCOPED_DOMAIN), ("pageSize", "10")],
        )
        .max_items(25)
        .all()
        .await
        .map(drop),
    );
    let mut sink = MemorySink::new();
    let store = MemoryCheckpoints::new();
    check(
        "sync_dataset",
        c.sync_dataset(
            Dataset::credentials(SCOPED_DOMAIN),
            Some(window),
            &mut sink,
            &store,
        )
        .page_size(100)
        .await
        .map(drop),
    );
    failures
}

#[tokio::test]
async fn every_operation_against_the_simulator_matches_the_spec() {
    let sim = sim().await;
    let (proxy, log) = recording_proxy(sim.url(Service::Defendis)).await;
    let c = Defendis::builder()
        .api_key(sim.key(Service::Defendis))
        .base_url(&proxy)
        .retry(fast_retry())
        .build()
        .unwrap();
    let failures = drive_every_operation(&c).await;
    assert!(
        failures.is_empty(),
        "failed calls:\n{}",
        failures.join("\n")
    );

    let spec = spec();
    let log = log.lock().unwrap().clone();
    let hit: BTreeSet<(String, String)> = log
        .iter()
        .filter_map(|e| match_template(&spec, &e.method, &e.path).map(|t| (e.method.clone(), t)))
        .collect();
    let all = spec_operations(&spec);
    let missing: Vec<_> = all.difference(&hit).collect();
    assert_eq!(all.len(), 37, "35 confirmed + 2 inferred operations");
    assert!(missing.is_empty(), "operations never called: {missing:?}");
    assert!(log.iter().all(|e| e.status < 300), "{log:?}");
    let problems = check_responses(&spec, &log);
    assert!(
        problems.is_empty(),
        "simulator responses off the spec:\n{}",
        problems.join("\n")
    );
    println!(
        "{} exchanges, {} operations, all valid against the spec",
        log.len(),
        hit.len()
    );
}

#[tokio::test]
async fn simulator_error_bodies_match_the_spec() {
    let sim = sim().await;
    let (proxy, log) = recording_proxy(sim.url(Service::Defendis)).await;
    let with_key = |key: &str| {
        Defendis::builder()
            .api_key(key)
            .base_url(&proxy)
            .retry(RetryPolicy::none())
            .build()
            .unwrap()
    };
    let c = with_key(sim.key(Service::Defendis));
    let statuses = [
        with_key("dfd_wrong")
            .watchlists()
            .stats()
            .await
            .unwrap_err(),
        with_key(UNPAID_KEY).watchlists().stats().await.unwrap_err(),
        c.dataleaks()
            .credentials(OUT_OF_SCOPE_DOMAIN)
            .first_page()
            .await
            .unwrap_err(),
        c.watchlists()
            .update("wl_nope")
            .name("x")
            .send()
            .await
            .unwrap_err(),
        c.get_paged::<Value>(
            "/api/v1/dataleaks/documents",
            [
                ("domain", SCOPED_DOMAIN),
                ("fromDate", "2024-02-01"),
                ("toDate", "2024-01-01"),
            ],
        )
        .first_page()
        .await
        .unwrap_err(),
        c.watchlist_entries(WatchlistKind::Keyword)
            .add("wl_brands", SCOPED_KEYWORD)
            .send()
            .await
            .unwrap_err(),
    ]
    .iter()
    .map(|e| e.status().unwrap())
    .collect::<Vec<_>>();
    assert_eq!(statuses, [401, 403, 403, 404, 400, 409]);
    let problems = check_responses(&spec(), &log.lock().unwrap());
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

// ---------------------------------------------------------------- typed errors

#[tokio::test]
async fn auth_billing_scope_and_quota_errors_are_typed() {
    let sim = sim().await;
    let base = sim.url(Service::Defendis);

    let wrong = Defendis::builder()
        .api_key("dfd_wrong_key_1234567")
        .base_url(&base)
        .build()
        .unwrap();
    let e = wrong.watchlists().stats().await.unwrap_err();
    assert_eq!(kind(&e), ApiErrorKind::Unauthorized);
    assert_eq!(
        e.api().unwrap().code.as_deref(),
        Some("Invalid or revoked API key")
    );
    let shown = format!("{e} {e:?}");
    assert!(!shown.contains("dfd_wrong_key_1234567"), "{shown}");
    assert!(shown.contains("DEFENDIS_API_KEY"), "{shown}");

    let keyless = Defendis::builder()
        .auth(Auth::None)
        .base_url(&base)
        .build()
        .unwrap();
    let e = keyless.watchlists().list().first_page().await.unwrap_err();
    assert_eq!(kind(&e), ApiErrorKind::Unauthorized);
    assert_eq!(e.api().unwrap().code.as_deref(), Some("Missing API key"));
    assert_eq!(
        keyless.health().await.unwrap().status,
        "ok",
        "health needs no key"
    );

    let unpaid = Defendis::builder()
        .api_key(UNPAID_KEY)
        .base_url(&base)
        .build()
        .unwrap();
    let e = unpaid
        .dataleaks()
        .credentials(SCOPED_DOMAIN)
        .first_page()
        .await
        .unwrap_err();
    assert_eq!(
        kind(&e),
        ApiErrorKind::BillingDenied {
            reason: Some("payment_unpaid".into()),
            status: Some("unpaid".into())
        }
    );

    // Out of scope until the domain is on a watchlist, and again once removed.
    let c = client(&sim);
    let e = c
        .dataleaks()
        .credentials(OUT_OF_SCOPE_DOMAIN)
        .items()
        .try_next()
        .await
        .unwrap_err();
    assert_eq!(kind(&e), ApiErrorKind::OutOfScope);
    assert!(e.to_string().contains("watchlist"), "{e}");
    let domains = c.watchlist_entries(WatchlistKind::Domain);
    let entry = domains
        .add(PRIMARY_WATCHLIST_ID, OUT_OF_SCOPE_DOMAIN)
        .send()
        .await
        .unwrap();
    let page = c
        .dataleaks()
        .credentials(OUT_OF_SCOPE_DOMAIN)
        .first_page()
        .await
        .unwrap();
    assert!(!page.items.is_empty());
    assert_eq!(domains.delete([entry.id.clone()]).await.unwrap(), 1);
    let e = c
        .exposure()
        .assets(OUT_OF_SCOPE_DOMAIN)
        .first_page()
        .await
        .unwrap_err();
    assert_eq!(kind(&e), ApiErrorKind::OutOfScope);

    // Quotas: 2 of DOMAIN_QUOTA domains used at start.
    let stats = c.watchlists().stats().await.unwrap();
    assert_eq!(stats.quotas["domains"].used, Some(2));
    let mut added = Vec::new();
    let e = loop {
        match domains
            .add(
                PRIMARY_WATCHLIST_ID,
                format!("quota{}.example", added.len()),
            )
            .send()
            .await
        {
            Ok(entry) => added.push(entry.id),
            Err(e) => break e,
        }
    };
    assert_eq!(added.len() as u64, DOMAIN_QUOTA - 2);
    assert_eq!(
        kind(&e),
        ApiErrorKind::QuotaReached {
            metric: Some("domains".into()),
            used: Some(DOMAIN_QUOTA),
            limit: Some(DOMAIN_QUOTA)
        }
    );
    assert_eq!(e.status(), Some(409));
    let bins = c.watchlist_entries(WatchlistKind::Bin);
    for b in 0..BIN_QUOTA - 1 {
        bins.add(PRIMARY_WATCHLIST_ID, format!("40000{b}"))
            .send()
            .await
            .unwrap();
    }
    let e = bins
        .add(PRIMARY_WATCHLIST_ID, "499999")
        .send()
        .await
        .unwrap_err();
    assert!(matches!(
        kind(&e),
        ApiErrorKind::QuotaReached { metric: Some(m), .. } if m == "bins"
    ));
    // A duplicate is a plain conflict, not a quota.
    assert_eq!(domains.delete(added).await.unwrap(), DOMAIN_QUOTA - 2);
    let e = domains
        .add(PRIMARY_WATCHLIST_ID, SCOPED_DOMAIN)
        .send()
        .await
        .unwrap_err();
    assert_eq!(kind(&e), ApiErrorKind::Conflict);
}

#[tokio::test]
async fn rate_limits_are_retried_then_typed_and_writes_are_not_repeated() {
    let sim = sim().await;
    let c = Defendis::builder()
        .api_key(sim.key(Service::Defendis))
        .base_url(sim.url(Service::Defendis))
        .retry(fast_retry().max_attempts(3))
        .build()
        .unwrap();
    sim.set_faults(Faults {
        rate_limit_every: Some(1),
        retry_after_secs: 0,
        ..Faults::none()
    });
    let before = sim.fault_counts().requests;
    let e = c.watchlists().stats().await.unwrap_err();
    assert_eq!(kind(&e), ApiErrorKind::RateLimited);
    assert_eq!(sim.fault_counts().requests - before, 3, "three attempts");
    let e = c
        .dataleaks()
        .credentials(SCOPED_DOMAIN)
        .first_page()
        .await
        .unwrap_err();
    assert_eq!(kind(&e), ApiErrorKind::RateLimited);

    // A POST is retried on 429 (nothing was done) ...
    sim.set_faults(Faults {
        rate_limit_every: Some(2),
        retry_after_secs: 0,
        ..Faults::none()
    });
    let n = sim.fault_counts().requests;
    if n % 2 == 0 {
        c.health().await.unwrap(); // line the next request up with a 429
    }
    let before = sim.fault_counts();
    let w = c.watchlists().create("after a 429").send().await.unwrap();
    let after = sim.fault_counts();
    assert_eq!(after.requests - before.requests, 2);
    assert_eq!(after.rate_limited - before.rate_limited, 1);
    // ... but never on a 5xx, where it may have been applied.
    sim.set_faults(Faults::none().server_errors(1.0));
    let before = sim.fault_counts().requests;
    let e = c.watchlists().delete([w.id.clone()]).await.unwrap_err();
    assert_eq!(kind(&e), ApiErrorKind::Server);
    assert_eq!(
        sim.fault_counts().requests - before,
        1,
        "a write is sent once"
    );
    // A PUT is idempotent: retried through 5xx until the attempts run out.
    let before = sim.fault_counts().requests;
    let e = c
        .watchlists()
        .update(&w.id)
        .name("x")
        .send()
        .await
        .unwrap_err();
    assert_eq!(kind(&e), ApiErrorKind::Server);
    assert_eq!(sim.fault_counts().requests - before, 3);
}

#[tokio::test]
async fn bad_input_is_refused_before_any_request() {
    let sim = sim().await;
    let c = client(&sim);
    let before = sim.fault_counts().requests;
    let mut errors: Vec<Error> = vec![
        c.dataleaks()
            .credentials("https://example.com")
            .items()
            .try_next()
            .await
            .unwrap_err(),
        c.dataleaks()
            .credentials("")
            .pages()
            .try_next()
            .await
            .unwrap_err(),
        c.dataleaks()
            .credentials_by_email("jane@")
            .items()
            .try_next()
            .await
            .unwrap_err(),
        c.dataleaks()
            .payment_cards("4571")
            .items()
            .try_next()
            .await
            .unwrap_err(),
        c.dataleaks()
            .documents(SCOPED_DOMAIN)
            .from_date(day("2024-02-01"))
            .to_date(day("2024-01-01"))
            .items()
            .try_next()
            .await
            .unwrap_err(),
        c.dataleaks()
            .documents(SCOPED_DOMAIN)
            .from_date(day("2024-01-01"))
            .to_date(day("2024-01-01"))
            .items()
            .try_next()
            .await
            .unwrap_err(),
        DateWindow::parse("2024-02-01", "2024-01-01").unwrap_err(),
        DateWindow::parse("2024-02-30", "2024-03-01").unwrap_err(),
        c.dataleaks()
            .credentials(SCOPED_DOMAIN)
            .page_size(0)
            .items()
            .try_next()
            .await
            .unwrap_err(),
        c.dataleaks()
            .credentials(SCOPED_DOMAIN)
            .watchlist_id(" ")
            .items()
            .try_next()
            .await
            .unwrap_err(),
        c.watchlists()
            .list()
            .from_date(day("2024-01-01"))
            .items()
            .try_next()
            .await
            .unwrap_err(),
        c.ransomware()
            .victims()
            .items()
            .try_next()
            .await
            .unwrap_err(),
        c.get_paged::<Value>("https://evil.example/api", ())
            .items()
            .try_next()
            .await
            .unwrap_err(),
        c.get_paged::<Value>("/api/v1/x?page=2", ())
            .items()
            .try_next()
            .await
            .unwrap_err(),
        c.get_paged::<Value>("/api/v1/x", [("page", "2")])
            .items()
            .try_next()
            .await
            .unwrap_err(),
        c.watchlists().create(" ").send().await.unwrap_err(),
        c.watchlists()
            .update("")
            .name("x")
            .send()
            .await
            .unwrap_err(),
        c.watchlists().update("wl_1").send().await.unwrap_err(),
        c.watchlists()
            .delete(Vec::<String>::new())
            .await
            .unwrap_err(),
        c.watchlist_entries(WatchlistKind::Domain)
            .add(PRIMARY_WATCHLIST_ID, "not a domain")
            .send()
            .await
            .unwrap_err(),
        c.watchlist_entries(WatchlistKind::Bin)
            .update("we_1")
            .value("12")
            .send()
            .await
            .unwrap_err(),
        c.watchlist_entries(WatchlistKind::Keyword)
            .delete(["we_1", ""])
            .await
            .unwrap_err(),
        c.dataleaks()
            .stats(SCOPED_DOMAIN)
            .from_date(day("2024-05-01"))
            .to_date(day("2024-04-01"))
            .send()
            .await
            .unwrap_err(),
    ];
    let mut sink = MemorySink::new();
    let store = MemoryCheckpoints::new();
    errors.push(
        c.sync_dataset(Dataset::credentials("bad domain"), None, &mut sink, &store)
            .await
            .unwrap_err(),
    );
    for e in &errors {
        assert!(matches!(e, Error::InvalidInput { .. }), "{e}");
        assert!(!e.to_string().is_empty());
    }
    assert_eq!(
        sim.fault_counts().requests,
        before,
        "no request was sent for bad input"
    );
}

// ---------------------------------------------------------------- paging

#[tokio::test]
async fn paging_is_lazy_exact_and_resumable() {
    let sim = sim().await;
    let c = client(&sim);
    let before = sim.fault_counts().requests;
    let mut items = c.dataleaks().credentials(SCOPED_DOMAIN).items();
    assert_eq!(
        sim.fault_counts().requests,
        before,
        "nothing fetched before polling"
    );
    let first = items.try_next().await.unwrap().unwrap();
    assert_eq!(sim.fault_counts().requests, before + 1);
    assert_eq!(first.domain.as_deref(), Some(SCOPED_DOMAIN));
    assert!(
        first.extra.contains_key("victimIp"),
        "unmodelled fields are kept"
    );

    let all = c
        .dataleaks()
        .credentials(SCOPED_DOMAIN)
        .all()
        .await
        .unwrap();
    let expected = simd::dataset_len(7, 1000, simd::SimDataset::Credentials, SCOPED_DOMAIN);
    assert_eq!(all.len(), expected);
    let all_ids = ids(&all);
    assert_eq!(all_ids.iter().collect::<HashSet<_>>().len(), expected);

    // Concurrent pages come back in order.
    let concurrent = c
        .dataleaks()
        .credentials(SCOPED_DOMAIN)
        .page_size(100)
        .concurrency(4)
        .all()
        .await
        .unwrap();
    assert_eq!(ids(&concurrent), all_ids);

    // Stop mid-page, resume from the position: nothing lost, nothing repeated.
    let mut items = c.dataleaks().credentials(SCOPED_DOMAIN).items();
    let mut head = Vec::new();
    for _ in 0..130 {
        head.push(items.try_next().await.unwrap().unwrap());
    }
    let pos = items.position();
    drop(items);
    let tail = c
        .dataleaks()
        .credentials(SCOPED_DOMAIN)
        .resume_from(pos)
        .all()
        .await
        .unwrap();
    head.extend(tail);
    assert_eq!(ids(&head), all_ids);

    // The raw escape hatch pages the same way.
    let raw: Vec<Value> = c
        .get_paged::<Value>("/api/v1/dataleaks/credentials", [("domain", SCOPED_DOMAIN)])
        .page_size(100)
        .all()
        .await
        .unwrap();
    assert_eq!(ids(&raw), all_ids);

    // Windows are closed-open; descending order reverses the window.
    let w = DateWindow::parse("2023-06-01", "2023-07-01").unwrap();
    let in_window = c
        .dataleaks()
        .credentials(SCOPED_DOMAIN)
        .window(w)
        .all()
        .await
        .unwrap();
    assert!(!in_window.is_empty());
    assert!(in_window.iter().all(|r| {
        let d = day(r.leak_date.as_deref().unwrap());
        w.contains(d)
    }));
    let expected_in_window = all
        .iter()
        .filter(|r| w.contains(day(r.leak_date.as_deref().unwrap())))
        .count();
    assert_eq!(in_window.len(), expected_in_window);
    let desc = c
        .dataleaks()
        .credentials(SCOPED_DOMAIN)
        .window(w)
        .sort_order(SortOrder::Desc)
        .all()
        .await
        .unwrap();
    let mut rev = ids(&in_window);
    rev.reverse();
    assert_eq!(ids(&desc), rev);

    // Other datasets page too.
    let cards = c.dataleaks().payment_cards(SCOPED_BIN).all().await.unwrap();
    assert_eq!(cards.len(), 500);
    assert!(cards.iter().all(|c| c.bin.as_deref() == Some(SCOPED_BIN)));
    let victims = c
        .ransomware()
        .by_keyword(SCOPED_KEYWORD)
        .all()
        .await
        .unwrap();
    assert!(!victims.is_empty());
    assert!(victims
        .iter()
        .all(|v| v.victim.as_deref().unwrap().to_lowercase().contains("acme")));
    let lockbit = c.ransomware().by_group("lockbit").all().await.unwrap();
    assert!(lockbit
        .iter()
        .all(|v| v.group.as_deref() == Some("lockbit")));
}

#[tokio::test]
async fn a_full_dataset_pull_through_faults_is_exact() {
    let sim = sim().await;
    let c = client(&sim);
    let clean = c
        .dataleaks()
        .credentials(SCOPED_DOMAIN)
        .all()
        .await
        .unwrap();

    sim.set_faults(Faults {
        rate_limit_every: Some(5),
        retry_after_secs: 0,
        server_error_rate: 0.1,
        drop_rate: 0.1,
        ..Faults::none()
    });
    let before = sim.fault_counts();
    let retries_before = c.core().retry_policy().stats().retries();
    let mut pages = c.dataleaks().credentials(SCOPED_DOMAIN).pages();
    let mut got = Vec::new();
    let mut n_pages = 0u64;
    while let Some(p) = pages.try_next().await.unwrap() {
        n_pages += 1;
        got.extend(p.items);
    }
    let after = sim.fault_counts();
    let faults = after.total() - before.total();
    let requests = after.requests - before.requests;
    let retries = c.core().retry_policy().stats().retries() - retries_before;
    assert_eq!(
        ids(&got),
        ids(&clean),
        "every record exactly once, in order"
    );
    assert!(faults > 0, "faults were injected");
    assert_eq!(
        requests,
        n_pages + faults,
        "each fault cost exactly one retry"
    );
    assert_eq!(retries, faults);
    println!(
        "faulted pull: {} records, {n_pages} pages, {faults} faults over {requests} requests \
         ({} 429, {} 5xx, {} drops), all retried",
        got.len(),
        after.rate_limited - before.rate_limited,
        after.server_errors - before.server_errors,
        after.dropped - before.dropped
    );
}

// ---------------------------------------------------------------- ingestion

/// A checkpoint store that fails to save after `ok` saves (a crash between
/// the sink's commit and the checkpoint).
struct CrashingStore<'a> {
    inner: &'a dyn CheckpointStore,
    ok: Mutex<u32>,
}

impl CheckpointStore for CrashingStore<'_> {
    fn load(&self, key: &str) -> secops::Result<Option<secops::Checkpoint>> {
        self.inner.load(key)
    }
    fn save(&self, key: &str, cp: &secops::Checkpoint) -> secops::Result<()> {
        let mut ok = self.ok.lock().unwrap();
        if *ok == 0 {
            return Err(Error::io(
                "simulated crash",
                std::io::Error::other("killed"),
            ));
        }
        *ok -= 1;
        self.inner.save(key, cp)
    }
    fn remove(&self, key: &str) -> secops::Result<()> {
        self.inner.remove(key)
    }
    fn location(&self, key: &str) -> String {
        self.inner.location(key)
    }
}

#[tokio::test]
async fn kill_and_resume_is_exact() {
    let sim = sim().await;
    let c = client(&sim);
    let dir = tempfile::tempdir().unwrap();
    let window = DateWindow::parse("2023-01-01", "2024-07-01").unwrap();
    let ds = Dataset::credentials(SCOPED_DOMAIN);

    // The reference: one uninterrupted run.
    let reference = dir.path().join("reference.ndjson");
    let store = FileCheckpoints::new(dir.path().join("ref-state")).unwrap();
    let mut out = NdjsonFile::create(&reference).unwrap();
    let report = c
        .sync_dataset(ds.clone(), Some(window), &mut out, &store)
        .page_size(40)
        .await
        .unwrap();
    assert!(!report.resumed && report.records > 500);
    let reference = std::fs::read(&reference).unwrap();
    assert_eq!(
        reference.iter().filter(|b| **b == b'\n').count() as u64,
        report.records
    );

    // 1. Killed (task aborted) after three pages, under faults.
    sim.set_faults(Faults {
        rate_limit_every: Some(6),
        retry_after_secs: 0,
        server_error_rate: 0.05,
        drop_rate: 0.05,
        ..Faults::none()
    });
    let path = dir.path().join("killed.ndjson");
    let state = dir.path().join("killed-state");
    let (tx, mut rx) = tokio::sync::mpsc::unbounded_channel();
    let task = {
        let c = c.clone();
        let (ds, path, state) = (ds.clone(), path.clone(), state.clone());
        tokio::spawn(async move {
            let store = FileCheckpoints::new(&state).unwrap();
            let mut out = NdjsonFile::create(&path).unwrap();
            c.sync_dataset(ds, Some(window), &mut out, &store)
                .page_size(40)
                .on_progress(move |p| {
                    let _ = tx.send(p.pages);
                })
                .await
        })
    };
    while let Some(pages) = rx.recv().await {
        if pages == 3 {
            task.abort();
            break;
        }
    }
    assert!(task.await.unwrap_err().is_cancelled());
    assert!(
        !path.exists(),
        "no output under the final name after a kill"
    );
    let store = FileCheckpoints::new(&state).unwrap();
    let key = report.key.clone();
    let cp = store.load(&key).unwrap().expect("a checkpoint was saved");
    assert!(!cp.complete && cp.items >= 120, "{cp:?}");
    let mut out = NdjsonFile::create(&path).unwrap();
    let resumed = c
        .sync_dataset(ds.clone(), Some(window), &mut out, &store)
        .page_size(40)
        .await
        .unwrap();
    assert!(resumed.resumed);
    assert_eq!(resumed.total_records, report.records);
    assert_eq!(std::fs::read(&path).unwrap(), reference, "byte-identical");

    // 2. Crash between the sink's commit and the checkpoint save.
    sim.set_faults(Faults::none());
    let path = dir.path().join("crashed.ndjson");
    let real = FileCheckpoints::new(dir.path().join("crashed-state")).unwrap();
    let crashing = CrashingStore {
        inner: &real,
        ok: Mutex::new(5),
    };
    let mut out = NdjsonFile::create(&path).unwrap();
    let e = c
        .sync_dataset(ds.clone(), Some(window), &mut out, &crashing)
        .page_size(40)
        .await
        .unwrap_err();
    assert!(e.to_string().contains("simulated crash"), "{e}");
    drop(out);
    let mut out = NdjsonFile::create(&path).unwrap();
    let resumed = c
        .sync_dataset(ds.clone(), Some(window), &mut out, &real)
        .page_size(40)
        .await
        .unwrap();
    assert!(resumed.resumed);
    assert_eq!(resumed.records, report.records - 5 * 40);
    assert_eq!(std::fs::read(&path).unwrap(), reference, "byte-identical");

    // A completed sync is not redone; a different window is refused.
    let before = sim.fault_counts().requests;
    let again = c
        .sync_dataset(
            ds.clone(),
            Some(window),
            &mut NdjsonFile::create(&path).unwrap(),
            &real,
        )
        .page_size(40)
        .await
        .unwrap();
    assert!(again.already_complete && again.records == 0);
    assert_eq!(sim.fault_counts().requests, before);
    let other = DateWindow::parse("2023-01-01", "2023-02-01").unwrap();
    let e = c
        .sync_dataset(ds.clone(), Some(other), &mut MemorySink::new(), &real)
        .checkpoint_key(resumed.key.clone())
        .await
        .unwrap_err();
    assert!(matches!(e, Error::Checkpoint { .. }), "{e}");
}

#[tokio::test]
async fn sync_writes_records_as_received_with_progress() {
    let sim = sim().await;
    let c = client(&sim);
    let mut sink = MemorySink::new();
    let store = MemoryCheckpoints::new();
    let mut seen = Vec::new();
    let report = c
        .sync_dataset(
            Dataset::from_name("exposure", SCOPED_DOMAIN).unwrap(),
            None,
            &mut sink,
            &store,
        )
        .on_progress(|p| seen.push((p.pages, p.total_records, p.expected)))
        .await
        .unwrap();
    assert!(sink.is_finished());
    let typed = c.exposure().assets(SCOPED_DOMAIN).all().await.unwrap();
    let records = sink.json();
    assert_eq!(records.len(), typed.len());
    assert_eq!(report.records as usize, typed.len());
    assert_eq!(seen.len() as u64, report.pages);
    assert_eq!(seen.last().unwrap().1, report.records);
    assert_eq!(seen[0].2, Some(report.records));
    assert_eq!(ids(&records), ids(&typed));
    // Records pass through as the service sent them: unmodelled fields, and
    // fields a typed round trip would drop (an empty `cves` list).
    assert!(records.iter().all(|r| r.get("tls").is_some()));
    assert!(records.iter().all(|r| r["cves"].is_array()));
    assert!(records.iter().any(|r| r["cves"] == json!([])));
}

// ---------------------------------------------------------------- contract

#[tokio::test]
async fn prism_accepts_every_request_the_client_makes() {
    let Some(bin) =
        support::peers::peer("SECOPS_PRISM", "node_modules/.bin/prism", "Stoplight Prism")
    else {
        return;
    };
    let prism = support::peers::start_prism(&bin, std::path::Path::new(SPEC));
    let (proxy, log) = recording_proxy(prism.url.clone()).await;
    let c = Defendis::builder()
        .api_key("dfd_prism_contract_key")
        .base_url(&proxy)
        .retry(RetryPolicy::none())
        .build()
        .unwrap();
    let failures = drive_every_operation(&c).await;
    let spec = spec();
    let log_now = log.lock().unwrap().clone();
    let violations: Vec<String> = log_now
        .iter()
        .filter_map(|e| {
            e.violations
                .as_ref()
                .map(|v| format!("{} {} → {}: {v}", e.method, e.path, e.status))
        })
        .collect();
    assert!(
        violations.is_empty(),
        "Prism rejected:\n{}",
        violations.join("\n")
    );
    assert!(
        failures.is_empty(),
        "failed calls:\n{}",
        failures.join("\n")
    );
    let hit: BTreeSet<(String, String)> = log_now
        .iter()
        .filter_map(|e| match_template(&spec, &e.method, &e.path).map(|t| (e.method.clone(), t)))
        .collect();
    let missing: Vec<_> = spec_operations(&spec).difference(&hit).cloned().collect();
    assert!(missing.is_empty(), "operations not driven: {missing:?}");

    // The control: Prism does reject a request that breaks the spec.
    let n = log.lock().unwrap().len();
    let e = c
        .get_paged::<Value>("/api/v1/dataleaks/credentials", [("sortOrder", "sideways")])
        .first_page()
        .await
        .unwrap_err();
    assert!(matches!(e.status(), Some(400 | 422)), "{e}");
    let log_now = log.lock().unwrap();
    let control = &log_now[n];
    let v = control.violations.as_deref().unwrap_or_default();
    assert!(v.contains("domain") && v.contains("sortorder"), "{v}");
    println!(
        "prism: {} requests, {} operations, no violations",
        n,
        hit.len()
    );
}

#[test]
fn the_spec_passes_redocly_lint() {
    let Some(redocly) =
        support::peers::peer("SECOPS_REDOCLY", "node_modules/.bin/redocly", "Redocly CLI")
    else {
        return;
    };
    let out = std::process::Command::new(redocly)
        .args(["lint", SPEC, "--format=json"])
        .env("REDOCLY_TELEMETRY", "off")
        .env("REDOCLY_SUPPRESS_UPDATE_NOTICE", "true")
        .output()
        .expect("run redocly");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let start = stdout
        .find('{')
        .unwrap_or_else(|| panic!("no JSON from redocly: {stdout}"));
    let report: Value = serde_json::from_str(&stdout[start..]).unwrap();
    assert!(out.status.success(), "{stdout}");
    assert_eq!(report["totals"]["errors"], 0, "{stdout}");
    assert_eq!(report["totals"]["warnings"], 0, "{stdout}");
}

#[test]
fn the_spec_marks_exactly_the_inferred_operations() {
    let spec = spec();
    let mut inferred = Vec::new();
    for (path, item) in spec["paths"].as_object().unwrap() {
        for (method, op) in item.as_object().unwrap() {
            assert!(op["operationId"].is_string(), "{method} {path}");
            if op.get("x-secops-inferred") == Some(&Value::Bool(true)) {
                inferred.push(format!("{} {path}", method.to_uppercase()));
            }
        }
    }
    assert_eq!(
        inferred,
        [
            "GET /api/v1/exposure/assets",
            "GET /api/v1/ransomware/victims"
        ]
    );
    assert_eq!(spec["openapi"], "3.0.3");
}

#[tokio::test]
async fn streams_report_their_position_after_an_error() {
    let sim = sim().await;
    let c = Defendis::builder()
        .api_key(sim.key(Service::Defendis))
        .base_url(sim.url(Service::Defendis))
        .retry(RetryPolicy::none())
        .build()
        .unwrap();
    let mut pages = c.dataleaks().credentials(SCOPED_DOMAIN).pages();
    pages.next().await.unwrap().unwrap();
    pages.next().await.unwrap().unwrap();
    sim.set_faults(Faults::none().server_errors(1.0));
    let e = pages.next().await.unwrap().unwrap_err();
    assert_eq!(kind(&e), ApiErrorKind::Server);
    assert_eq!(
        pages.position().cursor,
        secops::Cursor::Page { page: 3 },
        "the last good cursor stays readable"
    );
}

#[tokio::test]
async fn from_env_reads_the_key_and_the_url() {
    let sim = sim().await;
    // Only this test touches these variables.
    std::env::set_var("DEFENDIS_API_KEY", sim.key(Service::Defendis));
    std::env::set_var("DEFENDIS_URL", sim.url(Service::Defendis));
    let c = Defendis::from_env().unwrap();
    assert_eq!(c.watchlists().stats().await.unwrap().watchlists, Some(2));
    std::env::remove_var("DEFENDIS_API_KEY");
    std::env::remove_var("DEFENDIS_URL");
    let e = Defendis::from_env().unwrap_err();
    assert!(matches!(e, Error::InvalidInput { .. }));
    assert!(e.to_string().contains("DEFENDIS_API_KEY"), "{e}");
}
