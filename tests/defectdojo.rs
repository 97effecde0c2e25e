//! DefectDojo client against the loopback simulator.

#![cfg(all(feature = "defectdojo", feature = "sim"))]

use std::collections::{BTreeSet, HashSet};
use std::path::Path;
use std::time::Duration;

use futures::TryStreamExt;
use secops::defectdojo::{
    types, ContextSpec, DefectDojo, FindingFilter, ImportOptions, NewFinding, ReimportOptions,
    ScanType, Severity,
};
use secops::sim::{Faults, SimHandle, Simulator};
use secops::{
    ApiErrorKind, Error, FileCheckpoints, MemoryCheckpoints, NdjsonFile, RetryPolicy, Service,
};

fn fast_retry() -> RetryPolicy {
    RetryPolicy::default()
        .max_attempts(10)
        .initial_backoff(Duration::from_millis(1))
        .max_backoff(Duration::from_millis(4))
        .deadline(None)
}

async fn sim(size: usize) -> SimHandle {
    Simulator::builder()
        .seed(11)
        .size(size)
        .start()
        .await
        .unwrap()
}

fn client(sim: &SimHandle) -> DefectDojo {
    DefectDojo::builder()
        .url(sim.url(Service::DefectDojo))
        .token(sim.key(Service::DefectDojo))
        .retry(fast_retry())
        .build()
        .unwrap()
}

fn validation_fields(e: &Error) -> Vec<String> {
    match e.api_kind() {
        Some(ApiErrorKind::Validation { fields }) => fields.keys().cloned().collect(),
        other => panic!("expected a validation error, got {other:?}: {e}"),
    }
}

fn write(path: &Path, v: serde_json::Value) {
    std::fs::write(path, serde_json::to_vec(&v).unwrap()).unwrap();
}

fn generic(findings: &[(&str, &str)]) -> serde_json::Value {
    serde_json::json!({
        "findings": findings
            .iter()
            .map(|(t, s)| serde_json::json!({"title": t, "severity": s, "description": format!("{t} ({s})"), "unique_id_from_tool": t}))
            .collect::<Vec<_>>()
    })
}

#[tokio::test]
async fn crud_round_trip_of_context_and_findings() {
    let sim = sim(50).await;
    let dd = client(&sim);

    let pt = dd
        .create_product_type(types::ProductTypeRequest::builder().name("Payments"))
        .await
        .unwrap();
    assert_eq!(
        dd.product_type(pt.id).await.unwrap().name.as_deref(),
        Some("Payments")
    );
    let product = dd
        .create_product(
            types::ProductRequest::builder()
                .name("Checkout")
                .description("Card checkout")
                .prod_type(pt.id),
        )
        .await
        .unwrap();
    assert_eq!(product.prod_type, Some(pt.id));
    let patched = dd
        .update_product(
            product.id,
            types::PatchedProductRequest::builder()
                .description(Some("Card checkout v2".to_string())),
        )
        .await
        .unwrap();
    assert_eq!(patched.description.as_deref(), Some("Card checkout v2"));

    let day = |s: &str| chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
    let eng = dd
        .create_engagement(
            types::EngagementRequest::builder()
                .name(Some("Release 1".to_string()))
                .product(product.id)
                .target_start(day("2024-05-01"))
                .target_end(day("2024-05-31"))
                .status(Some(types::EngagementStatus::InProgress)),
        )
        .await
        .unwrap();
    assert_eq!(eng.status.as_deref(), Some("In Progress"));
    let eng = dd
        .update_engagement(
            eng.id,
            types::PatchedEngagementRequest::builder()
                .status(Some(types::EngagementStatus::Completed)),
        )
        .await
        .unwrap();
    assert_eq!(eng.status.as_deref(), Some("Completed"));
    assert_eq!(
        dd.engagement(eng.id).await.unwrap().product,
        Some(product.id)
    );

    let tt = dd.test_types().name("ZAP Scan").all().await.unwrap();
    assert_eq!(tt.len(), 1);
    let t = chrono::Utc::now();
    let test = dd
        .create_test(
            types::TestCreateRequest::builder()
                .engagement(eng.id)
                .test_type(tt[0].id)
                .target_start(t)
                .target_end(t)
                .title(Some("Nightly ZAP".to_string())),
        )
        .await
        .unwrap();
    assert_eq!(
        dd.test(test.id).await.unwrap().title.as_deref(),
        Some("Nightly ZAP")
    );

    let created = dd
        .create_finding(
            NewFinding::new(test.id, "SQL injection in /login", Severity::High)
                .cwe(89)
                .component("django", "4.2.1")
                .vulnerability_id("CVE-2024-12345")
                .tag("pci"),
        )
        .await
        .unwrap();
    let f = dd.finding(created.id).await.unwrap();
    assert_eq!(f.title.as_deref(), Some("SQL injection in /login"));
    assert_eq!(f.severity.as_deref(), Some("High"));
    assert_eq!(f.numerical_severity.as_deref(), Some("S1"));
    assert_eq!(f.cwe, Some(89));
    assert_eq!(f.tags, vec!["pci".to_string()]);
    assert_eq!(
        f.vulnerability_ids[0].vulnerability_id.as_deref(),
        Some("CVE-2024-12345")
    );
    // Fields the spec does not model are kept.
    assert!(
        f.extra.contains_key("request_response"),
        "{:?}",
        f.extra.keys()
    );

    let f = dd
        .update_finding(
            f.id,
            types::PatchedFindingRequest::builder()
                .verified(true)
                .severity("Critical".to_string()),
        )
        .await
        .unwrap();
    assert_eq!(f.verified, Some(true));
    assert_eq!(f.numerical_severity.as_deref(), Some("S0"));

    let note = dd
        .add_finding_note(f.id, "Confirmed by hand", false)
        .await
        .unwrap();
    assert_eq!(note.entry.as_deref(), Some("Confirmed by hand"));
    let notes = dd.finding_notes(f.id).await.unwrap();
    assert_eq!(notes.len(), 1);
    assert_eq!(
        notes[0].author.as_ref().and_then(|a| a.username.as_deref()),
        Some("admin")
    );

    let closed = dd
        .close_finding(
            f.id,
            types::FindingCloseRequest::builder()
                .is_mitigated(true)
                .note("Fixed in 1.0.1".to_string()),
        )
        .await
        .unwrap();
    assert_eq!(closed.is_mitigated, Some(true));
    let f = dd.finding(f.id).await.unwrap();
    assert_eq!((f.active, f.is_mitigated), (Some(false), Some(true)));
    assert!(f.mitigated.is_some());
    assert_eq!(dd.finding_notes(f.id).await.unwrap().len(), 2);

    let ep = dd
        .create_endpoint(
            types::EndpointRequest::builder()
                .host(Some("pay.example.com".to_string()))
                .protocol(Some("https".to_string()))
                .port(Some(443))
                .product(Some(product.id)),
        )
        .await
        .unwrap();
    let eps = dd.endpoints().product(product.id).all().await.unwrap();
    assert_eq!(eps.iter().map(|e| e.id).collect::<Vec<_>>(), vec![ep.id]);

    let admins = dd.users().is_superuser(true).all().await.unwrap();
    assert_eq!(
        admins
            .iter()
            .map(|u| u.username.as_deref())
            .collect::<Vec<_>>(),
        vec![Some("admin")]
    );

    let missing = dd.finding(999_999).await.unwrap_err();
    assert_eq!(
        missing.api_kind(),
        Some(&ApiErrorKind::NotFound),
        "{missing}"
    );
}

#[tokio::test]
async fn filters_are_applied_by_the_server() {
    let sim = sim(600).await;
    let dd = client(&sim);
    let all: Vec<types::Finding> = dd.findings().page_size(200).all().await.unwrap();
    assert_eq!(all.len(), 600);

    let high_active = dd
        .findings()
        .severity(Severity::High)
        .active(true)
        .all()
        .await
        .unwrap();
    let expected = all
        .iter()
        .filter(|f| f.severity.as_deref() == Some("High") && f.active == Some(true))
        .count();
    assert!(expected > 0);
    assert_eq!(high_active.len(), expected);

    // Several CWEs go out comma-separated (a repeated parameter would keep only the last).
    let count = |cwe: i64| all.iter().filter(|f| f.cwe == Some(cwe)).count();
    let both = dd.findings().cwe([79, 89]).all().await.unwrap();
    assert_eq!(both.len(), count(79) + count(89));
    assert!(count(79) > 0 && count(89) > 0);

    // Relations: findings of two engagements, and of a product.
    let tests = dd.tests().engagement(3).all().await.unwrap();
    let test_ids: HashSet<i64> = tests.iter().map(|t| t.id).collect();
    let in_eng3 = dd.findings().engagement(3).all().await.unwrap();
    assert!(!in_eng3.is_empty());
    assert!(in_eng3
        .iter()
        .all(|f| f.test.is_some_and(|t| test_ids.contains(&t))));
    assert_eq!(
        in_eng3.len(),
        all.iter()
            .filter(|f| f.test.is_some_and(|t| test_ids.contains(&t)))
            .count()
    );
    let in_two = dd.findings().engagement([3, 4]).all().await.unwrap();
    assert!(in_two.len() > in_eng3.len());

    let titled = dd.findings().title("sql injection").all().await.unwrap();
    assert!(!titled.is_empty());
    assert!(titled
        .iter()
        .all(|f| f.title.as_deref().unwrap().contains("SQL Injection")));

    let by_id = dd
        .findings()
        .order_by("-id")
        .max_items(5)
        .all()
        .await
        .unwrap();
    assert_eq!(
        by_id.iter().map(|f| f.id).collect::<Vec<_>>(),
        vec![600, 599, 598, 597, 596]
    );

    let products = dd.products().product_type(1).all().await.unwrap();
    assert_eq!(products.len(), 2);
    let engs = dd
        .engagements()
        .status(types::EngagementStatus::Completed)
        .all()
        .await
        .unwrap();
    assert_eq!(engs.len(), 6);
    let first = dd.findings().page_size(10).first_page().await.unwrap();
    assert_eq!((first.items.len(), first.total), (10, Some(600)));
}

#[tokio::test]
async fn concurrent_paging_is_in_order_and_exact_through_faults() {
    let sim = sim(3000).await;
    let dd = client(&sim);
    let sequential: Vec<i64> = dd
        .findings()
        .page_size(25)
        .items()
        .map_ok(|f| f.id)
        .try_collect()
        .await
        .unwrap();
    assert_eq!(sequential.len(), 3000);

    let before = sim.fault_counts();
    sim.set_faults(Faults {
        rate_limit_every: Some(9),
        retry_after_secs: 0,
        server_error_rate: 0.05,
        drop_rate: 0.05,
        ..Faults::default()
    });
    let mut pages = dd.findings().page_size(25).concurrency(6).pages();
    let mut concurrent = Vec::new();
    let mut n_pages = 0u64;
    while let Some(page) = pages.try_next().await.unwrap() {
        assert_eq!(page.total, Some(3000));
        n_pages += 1;
        concurrent.extend(page.items.iter().map(|f| f.id));
    }
    sim.set_faults(Faults::none());
    let after = sim.fault_counts();
    let requests = after.requests - before.requests;
    let faults = after.total() - before.total();
    println!("3000 findings, 25 per page, concurrency 6: {n_pages} pages, {requests} requests, {faults} faults ({} 429, {} 5xx, {} dropped)",
        after.rate_limited - before.rate_limited, after.server_errors - before.server_errors, after.dropped - before.dropped);

    assert_eq!(concurrent, sequential, "same findings in the same order");
    assert_eq!(concurrent.iter().collect::<HashSet<_>>().len(), 3000);
    assert_eq!(n_pages, 120);
    assert!(faults >= 10, "the faults were injected: {faults}");
    // Every fault cost exactly one extra request, nothing more.
    assert_eq!(requests, n_pages + faults);
}

#[tokio::test]
async fn import_then_reimport_follow_defectdojo_semantics() {
    let sim = sim(20).await;
    let dd = client(&sim);
    let dir = tempfile::tempdir().unwrap();
    let scan = dir.path().join("scan.json");

    // Import with auto_create_context: context created, Low dropped by minimum_severity.
    write(
        &scan,
        generic(&[
            ("A", "High"),
            ("B", "Medium"),
            ("C", "Critical"),
            ("D", "Low"),
        ]),
    );
    let progress = std::sync::Arc::new(std::sync::atomic::AtomicU64::new(0));
    let seen = progress.clone();
    let imported = dd
        .import_scan(
            ImportOptions::new(ScanType::GENERIC, &scan)
                .product_type_name("CI Products")
                .product_name("Pipeline App")
                .engagement_name("main")
                .auto_create_context(true)
                .minimum_severity(Severity::Medium)
                .verified(true)
                .tags(["ci", "main"])
                .on_progress(move |sent, _| seen.store(sent, std::sync::atomic::Ordering::Relaxed)),
        )
        .await
        .unwrap();
    assert_eq!(
        progress.load(std::sync::atomic::Ordering::Relaxed),
        std::fs::metadata(&scan).unwrap().len(),
        "the whole file was streamed"
    );
    let test_id = imported.test_id.unwrap();
    let after = imported
        .statistics
        .as_ref()
        .unwrap()
        .after
        .as_ref()
        .unwrap();
    assert_eq!(after.total.as_ref().unwrap().total, Some(3));
    assert_eq!(after.total.as_ref().unwrap().verified, Some(3));
    assert_eq!(imported.tags, vec!["ci".to_string(), "main".to_string()]);
    let test = dd.test(test_id).await.unwrap();
    assert_eq!(test.tags, vec!["ci".to_string(), "main".to_string()]);
    let ctx = dd
        .ensure_context(ContextSpec::new("CI Products", "Pipeline App", "main"))
        .await
        .unwrap();
    assert_eq!(
        (
            Some(ctx.product_type_id),
            Some(ctx.product_id),
            Some(ctx.engagement_id)
        ),
        (
            imported.product_type_id,
            imported.product_id,
            imported.engagement_id
        )
    );
    assert!(!ctx.created_product_type && !ctx.created_product && !ctx.created_engagement);

    // Reimport: A and B again, C missing, E and F new.
    write(
        &scan,
        generic(&[("A", "High"), ("B", "Medium"), ("E", "High"), ("F", "Info")]),
    );
    let r = dd
        .reimport_scan(ReimportOptions::new(ScanType::GENERIC, &scan).test(test_id))
        .await
        .unwrap();
    assert_eq!(r.test_id, Some(test_id));
    let delta = r.statistics.as_ref().unwrap().delta.as_ref().unwrap();
    let total = |s: &Option<types::SeverityStatusStatistics>| {
        s.as_ref().unwrap().total.as_ref().unwrap().total.unwrap()
    };
    assert_eq!(
        (
            total(&delta.created),
            total(&delta.closed),
            total(&delta.untouched),
            total(&delta.reactivated)
        ),
        (2, 1, 2, 0)
    );
    let findings = dd.findings().test(test_id).all().await.unwrap();
    let state = |t: &str| {
        let f = findings
            .iter()
            .find(|f| f.title.as_deref() == Some(t))
            .unwrap();
        (f.active.unwrap(), f.is_mitigated.unwrap())
    };
    assert_eq!(findings.len(), 5);
    assert_eq!(state("C"), (false, true), "missing from the scan: closed");
    assert_eq!(state("E"), (true, false), "new: created");

    // C comes back: reactivated unless do_not_reactivate; nothing closed with close_old_findings(false).
    write(&scan, generic(&[("C", "Critical")]));
    let r = dd
        .reimport_scan(
            ReimportOptions::new(ScanType::GENERIC, &scan)
                .test(test_id)
                .close_old_findings(false)
                .do_not_reactivate(true),
        )
        .await
        .unwrap();
    let delta = r.statistics.unwrap().delta.unwrap();
    assert_eq!(
        (
            total(&delta.reactivated),
            total(&delta.closed),
            total(&delta.untouched)
        ),
        (0, 0, 1)
    );
    let r = dd
        .reimport_scan(
            ReimportOptions::new(ScanType::GENERIC, &scan)
                .product_name("Pipeline App")
                .engagement_name("main")
                .close_old_findings(false),
        )
        .await
        .unwrap();
    assert_eq!(
        r.test_id,
        Some(test_id),
        "the test is found by product, engagement and scan type"
    );
    let delta = r.statistics.unwrap().delta.unwrap();
    assert_eq!((total(&delta.reactivated), total(&delta.closed)), (1, 0));
    let active = dd
        .findings()
        .test(test_id)
        .active(true)
        .all()
        .await
        .unwrap();
    assert_eq!(active.len(), 5);

    // Trivy format, into a new test via reimport + auto_create_context.
    write(
        &scan,
        serde_json::json!({"Results": [{"Target": "app:1.0", "Vulnerabilities": [
            {"VulnerabilityID": "CVE-2024-0001", "PkgName": "openssl", "InstalledVersion": "3.0.1", "FixedVersion": "3.0.9", "Severity": "CRITICAL", "CweIDs": ["CWE-787"]}
        ]}]}),
    );
    let r = dd
        .reimport_scan(
            ReimportOptions::new(ScanType::TRIVY, &scan)
                .product_name("Pipeline App")
                .engagement_name("main")
                .auto_create_context(true),
        )
        .await
        .unwrap();
    assert_ne!(r.test_id, Some(test_id));
    let f = dd.findings().test(r.test_id.unwrap()).all().await.unwrap();
    assert_eq!(f.len(), 1);
    assert_eq!(
        f[0].vulnerability_ids[0].vulnerability_id.as_deref(),
        Some("CVE-2024-0001")
    );
}

#[tokio::test]
async fn field_errors_become_one_typed_validation_error() {
    let sim = sim(10).await;
    let dd = client(&sim);
    let err = dd
        .create_product(
            types::ProductRequest::builder()
                .name("Shop")
                .description("dup")
                .prod_type(99),
        )
        .await
        .unwrap_err();
    assert_eq!(err.status(), Some(400));
    assert_eq!(validation_fields(&err), vec!["name", "prod_type"]);
    let msg = err.to_string();
    assert!(
        msg.contains("name: product with this name already exists."),
        "{msg}"
    );
    assert!(
        msg.contains("prod_type: Invalid pk \"99\" - object does not exist."),
        "{msg}"
    );

    let mut bad: types::FindingCreateRequest = NewFinding::new(1, "x", Severity::Low).into();
    bad.severity = "Severe".into();
    bad.title = "t".repeat(600);
    bad.test = 4242;
    let err = dd.create_finding(bad).await.unwrap_err();
    assert_eq!(validation_fields(&err), vec!["severity", "test", "title"]);

    let err = dd
        .create_engagement(
            types::EngagementRequest::builder()
                .product(1)
                .target_start(chrono::NaiveDate::from_ymd_opt(2024, 6, 1).unwrap())
                .target_end(chrono::NaiveDate::from_ymd_opt(2024, 5, 1).unwrap()),
        )
        .await
        .unwrap_err();
    assert_eq!(validation_fields(&err), vec!["non_field_errors"]);

    let dir = tempfile::tempdir().unwrap();
    let scan = dir.path().join("s.json");
    write(&scan, generic(&[("A", "High")]));
    let err = dd
        .import_scan(ImportOptions::new("Not A Parser", &scan).engagement(1))
        .await
        .unwrap_err();
    assert_eq!(validation_fields(&err), vec!["scan_type"]);
    let err = dd
        .import_scan(ImportOptions::new(ScanType::GENERIC, &scan).engagement(4242))
        .await
        .unwrap_err();
    assert_eq!(validation_fields(&err), vec!["engagement"]);
}

#[tokio::test]
async fn bad_input_is_refused_before_any_request() {
    let sim = sim(10).await;
    let dd = client(&sim);
    let start = sim.fault_counts().requests;
    let invalid = |r: Result<(), Error>, needle: &str| match r {
        Err(Error::InvalidInput { message }) => assert!(message.contains(needle), "{message}"),
        other => panic!("expected InvalidInput({needle}), got {other:?}"),
    };
    invalid(dd.finding(0).await.map(|_| ()), "finding id");
    invalid(
        dd.close_finding(-3, types::FindingCloseRequest::builder())
            .await
            .map(|_| ()),
        "finding id",
    );
    invalid(
        dd.add_finding_note(5, "  ", false).await.map(|_| ()),
        "note",
    );
    invalid(
        dd.create_finding(NewFinding::new(0, "t", Severity::Low))
            .await
            .map(|_| ()),
        "test id",
    );
    invalid(
        dd.create_finding(NewFinding::new(1, " ", Severity::Low))
            .await
            .map(|_| ()),
        "title",
    );
    let d = |s: &str| chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
    let first = dd
        .findings()
        .discovered_after(d("2024-03-01"))
        .discovered_before(d("2024-02-01"))
        .items()
        .try_next()
        .await;
    invalid(first.map(|_| ()), "discovered_after");
    invalid(dd.findings().tags(["a,b"]).all().await.map(|_| ()), "comma");
    invalid(
        dd.findings().cwe(Vec::<i64>::new()).all().await.map(|_| ()),
        "no values",
    );
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("missing.json");
    invalid(
        dd.import_scan(ImportOptions::new(ScanType::TRIVY, &missing).engagement(1))
            .await
            .map(|_| ()),
        "missing.json",
    );
    let scan = dir.path().join("s.json");
    write(&scan, generic(&[]));
    invalid(
        dd.import_scan(ImportOptions::new(ScanType::TRIVY, &scan))
            .await
            .map(|_| ()),
        "engagement id",
    );
    invalid(
        dd.import_scan(ImportOptions::new("", &scan).engagement(1))
            .await
            .map(|_| ()),
        "scan_type",
    );
    invalid(
        dd.import_scan(
            ImportOptions::new(ScanType::TRIVY, &scan)
                .engagement(1)
                .tag(" "),
        )
        .await
        .map(|_| ()),
        "tag",
    );
    invalid(
        dd.reimport_scan(ReimportOptions::new(ScanType::TRIVY, &scan).product_name("x"))
            .await
            .map(|_| ()),
        "test id",
    );
    invalid(
        dd.reimport_scan(ReimportOptions::new(ScanType::TRIVY, &scan).test(0))
            .await
            .map(|_| ()),
        "positive id",
    );
    invalid(
        dd.ensure_context(ContextSpec::new("a", " ", "c"))
            .await
            .map(|_| ()),
        "product name",
    );
    let store = MemoryCheckpoints::new();
    invalid(
        dd.sync_findings(FindingFilter::new(), secops::MemorySink::new(), &store)
            .page_size(1)
            .await
            .map(|_| ()),
        "page_size",
    );
    invalid(
        dd.sync_findings(
            FindingFilter::new().order_by("title"),
            secops::MemorySink::new(),
            &store,
        )
        .await
        .map(|_| ()),
        "order_by",
    );
    assert_eq!(sim.fault_counts().requests, start, "no request was sent");
}

#[tokio::test]
async fn token_auth_and_secrets() {
    let sim = sim(5).await;
    let good = client(&sim);
    assert_eq!(good.findings().all().await.unwrap().len(), 5);
    let bad = DefectDojo::builder()
        .url(format!("{}/api/v2/", sim.url(Service::DefectDojo)))
        .token("wrong-token-value-77")
        .retry(fast_retry())
        .build()
        .unwrap();
    let err = bad.finding(1).await.unwrap_err();
    assert_eq!(err.api_kind(), Some(&ApiErrorKind::Unauthorized));
    assert!(err.is_auth());
    let text = format!("{err} {err:?} {bad:?}");
    assert!(
        text.contains("Invalid token.") && text.contains("DD_API_KEY"),
        "{text}"
    );
    assert!(!text.contains("wrong-token-value-77"), "{text}");
    assert!(!format!("{good:?}").contains(sim.key(Service::DefectDojo)));
}

#[tokio::test]
async fn ensure_context_gets_or_creates_each_level() {
    let sim = sim(5).await;
    let dd = client(&sim);
    let before = dd.product_types().all().await.unwrap().len();
    let spec = ContextSpec::new("Web Applications", "New Service", "CI main")
        .build_id("77")
        .commit_hash("abc123")
        .branch_tag("main");
    let first = dd.ensure_context(spec.clone()).await.unwrap();
    assert!(
        !first.created_product_type,
        "Web Applications exists in the seed data"
    );
    assert!(first.created_product && first.created_engagement);
    assert_eq!(first.product_type_id, 1);
    let second = dd.ensure_context(spec).await.unwrap();
    assert_eq!(
        (
            second.product_type_id,
            second.product_id,
            second.engagement_id
        ),
        (first.product_type_id, first.product_id, first.engagement_id)
    );
    assert!(!second.created_product && !second.created_engagement);
    let eng = dd.engagement(first.engagement_id).await.unwrap();
    assert_eq!(eng.engagement_type.as_deref(), Some("CI/CD"));
    assert_eq!(eng.build_id.as_deref(), Some("77"));
    let third = dd
        .ensure_context(ContextSpec::new("Brand New Type", "Shop", "CI main"))
        .await
        .unwrap();
    assert!(third.created_product_type && !third.created_product && !third.created_engagement);
    assert_eq!(third.product_id, 1, "the existing product is used as it is");
    assert_eq!(dd.product_types().all().await.unwrap().len(), before + 1);
}

fn read_ids(path: &Path) -> Vec<i64> {
    std::fs::read_to_string(path)
        .unwrap()
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).unwrap()["id"]
                .as_i64()
                .unwrap()
        })
        .collect()
}

#[tokio::test]
async fn sync_findings_resumes_and_then_adds_only_new_findings() {
    let sim = sim(700).await;
    let dd = client(&sim);
    let dir = tempfile::tempdir().unwrap();
    let store = FileCheckpoints::new(dir.path().join("state")).unwrap();
    let out = dir.path().join("findings.ndjson");
    let filter = FindingFilter::new().severity(Severity::Medium);
    let expected: BTreeSet<i64> = dd
        .findings()
        .filter(filter.clone())
        .items()
        .map_ok(|f| f.id)
        .try_collect()
        .await
        .unwrap();
    assert!(expected.len() > 150);

    // First run, interrupted after two pages (the future is dropped).
    let (tx, rx) = tokio::sync::oneshot::channel();
    let mut tx = Some(tx);
    let run = dd
        .sync_findings(filter.clone(), NdjsonFile::create(&out).unwrap(), &store)
        .page_size(50)
        .on_progress(move |p| {
            if p.pages == 2 {
                if let Some(tx) = tx.take() {
                    let _ = tx.send(());
                }
            }
        });
    tokio::select! {
        r = run => panic!("the sync should have been interrupted: {r:?}"),
        _ = rx => {}
    }
    assert!(!out.exists(), "a partial output never takes the final name");
    let cp = secops::CheckpointStore::load(&store, "defectdojo-findings")
        .unwrap()
        .unwrap();
    assert!(!cp.complete && cp.items == 99, "{cp:?}");

    // Resume: everything exactly once, in id order, then the file is published.
    let report = dd
        .sync_findings(filter.clone(), NdjsonFile::create(&out).unwrap(), &store)
        .page_size(50)
        .await
        .unwrap();
    assert!(report.resumed && !report.incremental);
    let ids = read_ids(&out);
    assert_eq!(ids.iter().copied().collect::<BTreeSet<_>>(), expected);
    assert_eq!(ids.len(), expected.len(), "no duplicate");
    assert!(ids.windows(2).all(|w| w[0] < w[1]));

    // Three new Medium findings (and one High): the next run writes only the new Mediums.
    let mut new_ids = BTreeSet::new();
    for (i, sev) in [
        Severity::Medium,
        Severity::High,
        Severity::Medium,
        Severity::Medium,
    ]
    .into_iter()
    .enumerate()
    {
        let f = dd
            .create_finding(NewFinding::new(2, format!("new {i}"), sev))
            .await
            .unwrap();
        if sev == Severity::Medium {
            new_ids.insert(f.id);
        }
    }
    let delta = dir.path().join("delta.ndjson");
    let report = dd
        .sync_findings(filter.clone(), NdjsonFile::create(&delta).unwrap(), &store)
        .page_size(50)
        .await
        .unwrap();
    assert!(report.incremental && !report.resumed);
    assert_eq!(report.records, 3);
    assert_eq!(
        read_ids(&delta).into_iter().collect::<BTreeSet<_>>(),
        new_ids
    );

    // Another filter under the same key is refused.
    let err = dd
        .sync_findings(
            FindingFilter::new().severity(Severity::High),
            secops::MemorySink::new(),
            &store,
        )
        .await
        .unwrap_err();
    assert!(matches!(err, Error::Checkpoint { .. }), "{err}");
}

#[tokio::test]
async fn sync_findings_steps_back_when_offsets_shift() {
    let sim = sim(400).await;
    let dd = client(&sim);
    let store = MemoryCheckpoints::new();
    let sink = secops::MemorySink::new();
    let filter = FindingFilter::new().active(true);

    let (tx, rx) = tokio::sync::oneshot::channel();
    let mut tx = Some(tx);
    let run = dd
        .sync_findings(filter.clone(), sink.clone(), &store)
        .page_size(40)
        .on_progress(move |p| {
            if p.pages == 3 {
                if let Some(tx) = tx.take() {
                    let _ = tx.send(());
                }
            }
        });
    tokio::select! {
        r = run => panic!("the sync should have been interrupted: {r:?}"),
        _ = rx => {}
    }
    let written: Vec<i64> = sink
        .json()
        .iter()
        .map(|v| v["id"].as_i64().unwrap())
        .collect();
    assert_eq!(written.len(), 118);
    // Close 30 findings already written: every later offset moves down by 30.
    for id in written.iter().take(30) {
        dd.close_finding(*id, types::FindingCloseRequest::builder())
            .await
            .unwrap();
    }
    let last = *written.last().unwrap();
    let report = dd
        .sync_findings(filter.clone(), sink.clone(), &store)
        .page_size(40)
        .await
        .unwrap();
    assert!(report.resumed);
    assert!(report.detail.rewinds >= 1, "{report:?}");
    let all: Vec<i64> = sink
        .json()
        .iter()
        .map(|v| v["id"].as_i64().unwrap())
        .collect();
    let expected_rest: Vec<i64> = dd
        .findings()
        .active(true)
        .order_by("id")
        .items()
        .map_ok(|f| f.id)
        .try_filter(|id| futures::future::ready(*id > last))
        .try_collect()
        .await
        .unwrap();
    assert_eq!(all[..written.len()], written[..]);
    assert_eq!(
        all[written.len()..],
        expected_rest[..],
        "nothing lost, nothing twice"
    );
}

#[tokio::test]
async fn uploads_are_sent_once_unless_retries_are_opted_in() {
    let sim = sim(5).await;
    let dd = client(&sim);
    let dir = tempfile::tempdir().unwrap();
    let scan = dir.path().join("s.json");
    write(&scan, generic(&[("A", "High")]));
    let opts = || ImportOptions::new(ScanType::GENERIC, &scan).engagement(1);
    // The simulator answers a fault without reading the upload, so the client
    // sees either the 429 or the connection closing under the body: both retryable.
    let limited = |e: &Error| e.status() == Some(429) || matches!(e, Error::Transport { .. });

    sim.set_faults(Faults {
        rate_limit_every: Some(1),
        retry_after_secs: 0,
        ..Faults::default()
    });
    let before = sim.fault_counts().requests;
    let err = dd.import_scan(opts()).await.unwrap_err();
    assert!(limited(&err), "{err}");
    assert_eq!(
        sim.fault_counts().requests - before,
        1,
        "a non-idempotent upload is sent once"
    );

    let before = sim.fault_counts().requests;
    let err = dd
        .import_scan(opts().retry_on_failure(true))
        .await
        .unwrap_err();
    assert!(limited(&err), "{err}");
    assert_eq!(
        sim.fault_counts().requests - before,
        10,
        "opted in: every attempt of the policy"
    );

    // Every second request limited: opted-in uploads go through, each retry rebuilding the form.
    sim.set_faults(Faults {
        rate_limit_every: Some(2),
        retry_after_secs: 0,
        ..Faults::default()
    });
    let before = sim.fault_counts().requests;
    for _ in 0..2 {
        let r = dd.import_scan(opts().retry_on_failure(true)).await.unwrap();
        assert!(r.test_id.is_some());
    }
    // Requests are counted from 1 and every even one is limited.
    let expected = if (before + 1) % 2 == 0 { 4 } else { 3 };
    assert_eq!(sim.fault_counts().requests - before, expected);
    // GETs are retried without opting in.
    assert_eq!(dd.finding(1).await.unwrap().id, 1);
    assert_eq!(dd.finding(2).await.unwrap().id, 2);
}

#[tokio::test]
async fn from_env_reads_dd_url_and_dd_api_key() {
    let sim = sim(3).await;
    // No other test of this binary reads these variables.
    std::env::remove_var("DD_URL");
    std::env::set_var("DD_API_KEY", sim.key(Service::DefectDojo));
    let err = DefectDojo::from_env().unwrap_err();
    assert!(
        matches!(&err, Error::InvalidInput { message } if message.contains("DD_URL")),
        "{err}"
    );
    std::env::set_var("DD_URL", sim.url(Service::DefectDojo));
    let dd = DefectDojo::from_env().unwrap();
    assert_eq!(dd.findings().all().await.unwrap().len(), 3);
    std::env::remove_var("DD_API_KEY");
    let err = DefectDojo::from_env().unwrap_err();
    assert!(err.to_string().contains("DD_API_KEY"), "{err}");
    std::env::remove_var("DD_URL");
}
