//! TAXII 2.1 client and STIX 2.1 objects, against the loopback simulator.

mod support;

use std::collections::HashSet;
use std::time::Duration;

use futures::{StreamExt, TryStreamExt};
use secops::checkpoint::CheckpointStore;
use secops::paging::Cursor;
use secops::sim::taxii::{
    INBOX, INDICATORS, MIXED, MULTI_VERSION_ID, SOC_ALL, SOC_HASHES, SOC_NETWORK,
};
use secops::sim::{Faults, SimHandle, Simulator};
use secops::taxii::stix::{Indicator, Malformed, StixId, StixObject, Timestamp, TypedObject};
use secops::taxii::{date_added_first, date_added_last, Taxii};
use secops::{
    ApiErrorKind, Error, FileCheckpoints, MemoryCheckpoints, NdjsonFile, RetryPolicy, Service,
};
use serde_json::{json, Value};

fn fast_retry() -> RetryPolicy {
    RetryPolicy::default()
        .max_attempts(8)
        .initial_backoff(Duration::from_millis(1))
        .max_backoff(Duration::from_millis(4))
}

async fn sim(size: usize) -> SimHandle {
    Simulator::builder().size(size).start().await.unwrap()
}

/// The OASIS-style server, HTTP Basic.
fn oasis(sim: &SimHandle) -> Taxii {
    Taxii::builder()
        .url(sim.url(Service::Taxii))
        .basic_auth(sim.keys().taxii_user.clone(), sim.key(Service::Taxii))
        .retry(fast_retry())
        .build()
        .unwrap()
}

/// The SOC-Defenders-style server, X-API-Key.
fn socdef(sim: &SimHandle) -> Taxii {
    Taxii::builder()
        .url(sim.socdef_url())
        .x_api_key(sim.key(Service::Taxii))
        .retry(fast_retry())
        .build()
        .unwrap()
}

async fn control(sim: &SimHandle, prefix: &str, body: Value) {
    support::taxii_control(sim, prefix, body).await
}

fn ids(objs: &[StixObject]) -> Vec<String> {
    objs.iter().map(|o| o.id().to_string()).collect()
}

#[tokio::test]
async fn discovery_api_root_and_collections() {
    let sim = sim(10).await;
    let t = oasis(&sim);
    let d = t.discover().await.unwrap();
    assert_eq!(d.api_roots.len(), 1);
    assert!(d.default.as_deref().unwrap().ends_with("/taxii/api1/"));
    let root = t.api_root().await.unwrap();
    let info = root.information().await.unwrap();
    assert!(info.versions.iter().any(|v| v == secops::taxii::MEDIA_TYPE));
    assert_eq!(info.max_content_length, Some(10_485_760));
    let cols = t.collections().await.unwrap();
    let by_id: Vec<&str> = cols.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(by_id, vec![INDICATORS, MIXED, INBOX]);
    let inbox = t.collection(INBOX).info().await.unwrap();
    assert!(inbox.can_write && inbox.can_read);
    let err = t.collection("no-such-collection").info().await.unwrap_err();
    assert_eq!(err.api_kind(), Some(&ApiErrorKind::NotFound), "{err}");
    // Bearer works on the OASIS server too.
    let bearer = Taxii::builder()
        .url(sim.url(Service::Taxii))
        .api_key(sim.key(Service::Taxii))
        .build()
        .unwrap();
    assert_eq!(bearer.collections().await.unwrap().len(), 3);
}

#[tokio::test]
async fn full_pull_pages_with_headers_and_byte_exact_objects() {
    let sim = sim(2500).await;
    let t = oasis(&sim);
    let pages: Vec<_> = t
        .collection(INDICATORS)
        .objects()
        .limit(1000)
        .pages()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(
        pages.iter().map(|p| p.items.len()).collect::<Vec<_>>(),
        vec![1000, 1000, 500]
    );
    let mut prev_last = String::new();
    for p in &pages {
        let first = date_added_first(&p.headers).expect("X-TAXII-Date-Added-First");
        let last = date_added_last(&p.headers).expect("X-TAXII-Date-Added-Last");
        assert!(
            first <= last && prev_last.as_str() < first,
            "{first} {last}"
        );
        prev_last = last.to_string();
    }
    assert!(matches!(
        pages[1].cursor,
        Cursor::Taxii { next: Some(_), .. }
    ));
    let all: Vec<StixObject> = pages.into_iter().flat_map(|p| p.items).collect();
    let unique: HashSet<_> = ids(&all).into_iter().collect();
    assert_eq!(unique.len(), 2500);
    // Objects are handed out exactly as the server wrote them.
    let raw = reqwest::Client::new()
        .get(format!(
            "{}/taxii/api1/collections/{INDICATORS}/objects/?limit=3",
            sim.origin()
        ))
        .basic_auth(&sim.keys().taxii_user, Some(sim.key(Service::Taxii)))
        .header("accept", secops::taxii::MEDIA_TYPE)
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    for o in &all[..3] {
        assert!(
            raw.contains(o.json()),
            "{} not verbatim in the body",
            o.id()
        );
        assert_eq!(serde_json::to_string(o).unwrap(), o.json());
    }
}

#[tokio::test]
async fn nothing_is_fetched_before_it_is_polled() {
    let sim = sim(50).await;
    let t = oasis(&sim);
    let before = sim.fault_counts().requests;
    let mut items = t.collection(INDICATORS).objects().limit(10).items();
    let poll = t.collection(INDICATORS).poll(MemoryCheckpoints::new());
    assert_eq!(sim.fault_counts().requests, before);
    items.next().await.unwrap().unwrap();
    // Discovery (once) and the first page, and perhaps already the request for
    // the second (read ahead as soon as the first named it).
    let sent = sim.fault_counts().requests - before;
    assert!((2..=3).contains(&sent), "{sent} requests");
    drop(poll);
}

/// Reading ahead sends each page's request early, never an extra one: a
/// whole listing costs one request per page; the first page alone, or a
/// listing cut by `max_items`, sends nothing beyond what it hands out.
#[tokio::test]
async fn reading_ahead_sends_no_extra_request() {
    let sim = sim(2500).await;
    let t = oasis(&sim);
    t.api_root().await.unwrap();
    let settle = || async {
        for _ in 0..50 {
            tokio::task::yield_now().await;
        }
        let mut last = sim.fault_counts().requests;
        loop {
            for _ in 0..50 {
                tokio::task::yield_now().await;
            }
            let now = sim.fault_counts().requests;
            if now == last {
                return now;
            }
            last = now;
        }
    };
    let before = settle().await;
    let all: Vec<StixObject> = t
        .collection(INDICATORS)
        .objects()
        .limit(500)
        .items()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(all.len(), 2500);
    assert_eq!(settle().await - before, 5, "one request per page");

    let before = settle().await;
    let first = t
        .collection(INDICATORS)
        .objects()
        .limit(500)
        .first_page()
        .await
        .unwrap();
    assert_eq!(first.items.len(), 500);
    assert_eq!(settle().await - before, 1, "the first page alone");

    let before = settle().await;
    let cut: Vec<StixObject> = t
        .collection(INDICATORS)
        .objects()
        .limit(500)
        .into_paginator()
        .max_items(700)
        .items()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(cut.len(), 700);
    assert_eq!(settle().await - before, 2, "only the pages max_items needs");
}

#[tokio::test]
async fn fewer_objects_than_limit_is_normal() {
    let sim = sim(40).await;
    control(&sim, "taxii", json!({"max_page_size": 7})).await;
    let t = oasis(&sim);
    let pages: Vec<_> = t
        .collection(INDICATORS)
        .objects()
        .limit(50)
        .pages()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(pages.len(), 6);
    assert!(pages.iter().all(|p| p.items.len() <= 7));
    let n: usize = pages.iter().map(|p| p.items.len()).sum();
    assert_eq!(n, 40);
}

#[tokio::test]
async fn header_only_paging_uses_added_after() {
    let sim = sim(230).await;
    control(&sim, "taxii", json!({"next_tokens": false})).await;
    let t = oasis(&sim);
    let pages: Vec<_> = t
        .collection(INDICATORS)
        .objects()
        .limit(100)
        .pages()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(pages.len(), 3);
    match &pages[1].cursor {
        Cursor::Taxii {
            next: None,
            added_after: Some(a),
            ..
        } => assert_eq!(
            Some(a.clone()),
            date_added_last(&pages[0].headers).map(one_microsecond_before),
            "the next page re-reads the group of objects added at the last page's time"
        ),
        other => panic!("expected an added_after cursor, got {other:?}"),
    }
    let all: HashSet<String> = pages
        .iter()
        .flat_map(|p| p.items.iter().map(|o| o.id().to_string()))
        .collect();
    assert_eq!(all.len(), 230);
}

#[tokio::test]
async fn one_token_for_a_whole_session_is_not_a_stall() {
    let sim = sim(95).await;
    control(&sim, "taxii", json!({"reuse_next": true})).await;
    let t = oasis(&sim);
    let pages: Vec<_> = t
        .collection(INDICATORS)
        .objects()
        .limit(10)
        .pages()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(pages.len(), 10);
    let all: HashSet<String> = pages
        .iter()
        .flat_map(|p| p.items.iter().map(|o| o.id().to_string()))
        .collect();
    assert_eq!(all.len(), 95);
}

#[tokio::test]
async fn rejected_next_token_resumes_from_added_after() {
    let sim = sim(300).await;
    let t = oasis(&sim);
    let source = t.collection(INDICATORS).objects().limit(100).into_source();
    let stats = source.stats();
    let mut pages = secops::Paginator::new(source, fast_retry())
        .page_size(100)
        .pages();
    let first = pages.next().await.unwrap().unwrap();
    control(&sim, "taxii", json!({"expire_next": true})).await;
    let mut all = ids(&first.items);
    while let Some(p) = pages.next().await {
        all.extend(ids(&p.unwrap().items));
    }
    let unique: HashSet<_> = all.iter().cloned().collect();
    assert_eq!((all.len(), unique.len()), (300, 300));
    assert_eq!(stats.get().next_rejected, 1);
    // A changed filter with the same token is refused by the server (as medallion does):
    // the request below reuses no token, so it simply succeeds.
    assert_eq!(
        t.collection(INDICATORS)
            .objects()
            .match_type("indicator")
            .limit(5)
            .first_page()
            .await
            .unwrap()
            .items
            .len(),
        5
    );
}

#[tokio::test]
async fn filters_versions_and_manifest() {
    let sim = sim(10).await;
    let t = oasis(&sim);
    let c = t.collection(MIXED);
    let malware = c.objects().match_type("malware").all().await.unwrap();
    assert_eq!(malware.len(), 1, "the latest version only by default");
    assert_eq!(malware[0].modified(), Some("2026-04-01T10:00:00.000Z"));
    let all_versions = c
        .objects()
        .match_type("malware")
        .match_version("all")
        .all()
        .await
        .unwrap();
    assert_eq!(all_versions.len(), 3);
    let first = c
        .object(MULTI_VERSION_ID)
        .match_version("first")
        .all()
        .await
        .unwrap();
    assert_eq!(first[0].modified(), Some("2026-02-01T10:00:00.000Z"));
    let every = c
        .object(MULTI_VERSION_ID)
        .match_version("all")
        .limit(2)
        .all()
        .await
        .unwrap();
    assert_eq!(every.len(), 3);
    let versions = c.versions(MULTI_VERSION_ID).all().await.unwrap();
    assert_eq!(
        versions,
        vec![
            "2026-02-01T10:00:00.000Z",
            "2026-03-01T10:00:00.000Z",
            "2026-04-01T10:00:00.000Z"
        ]
    );
    let by_id = c
        .objects()
        .match_id(MULTI_VERSION_ID)
        .match_version("2026-03-01T10:00:00.000Z")
        .all()
        .await
        .unwrap();
    assert_eq!(by_id.len(), 1);
    assert_eq!(by_id[0].modified(), Some("2026-03-01T10:00:00.000Z"));
    let manifest = c
        .manifest()
        .match_version("all")
        .limit(4)
        .all()
        .await
        .unwrap();
    assert_eq!(manifest.len(), 19);
    assert!(manifest
        .windows(2)
        .all(|w| w[0].date_added < w[1].date_added));
    let latest = c.objects().all().await.unwrap();
    assert_eq!(latest.len(), 17);
    assert_eq!(
        c.objects()
            .match_spec_version("2.1")
            .all()
            .await
            .unwrap()
            .len(),
        17
    );
}

#[tokio::test]
async fn typed_views_over_a_mixed_collection() {
    let sim = sim(10).await;
    let t = oasis(&sim);
    let objs = t.collection(MIXED).objects().all().await.unwrap();
    let mut others = Vec::new();
    for o in &objs {
        match o.typed().unwrap() {
            TypedObject::Other(m) => others.push(m["type"].as_str().unwrap().to_string()),
            TypedObject::Indicator(i) => {
                assert_eq!(i.extra["x_acme_priority"], "high");
                assert!(i.common.extensions.is_some());
                assert_eq!(i.common.modified.unwrap().fraction_digits(), 6);
            }
            TypedObject::Relationship(r) => assert_eq!(r.source_ref.object_type(), "indicator"),
            _ => {}
        }
    }
    others.sort();
    assert_eq!(others, vec!["ipv4-addr", "x-acme-widget"]);
}

#[tokio::test]
async fn publish_wait_for_status_read_back_and_delete() {
    let sim = sim(10).await;
    let t = oasis(&sim);
    let inbox = t.collection(INBOX);
    let objs: Vec<StixObject> = (0..3)
        .map(|i| {
            Indicator::new(format!("[ipv4-addr:value = '203.0.113.{i}']"))
                .unwrap()
                .to_object()
                .unwrap()
        })
        .collect();
    let status = inbox.add_objects(&objs).await.unwrap();
    assert_eq!(status.status, "pending");
    assert_eq!((status.total_count, status.pending_count), (3, 3));
    let done = inbox
        .wait_for_status(&status, Duration::ZERO, Duration::from_secs(30))
        .await
        .unwrap();
    assert_eq!((done.status.as_str(), done.success_count), ("complete", 3));
    let back = inbox.object(objs[1].id()).all().await.unwrap();
    assert_eq!(back.len(), 1);
    assert_eq!(back[0].to_value(), objs[1].to_value());
    // The same version again is refused, and reported as a failure.
    let again = inbox.add_objects(&objs[..1]).await.unwrap();
    assert_eq!((again.failure_count, again.success_count), (1, 0));
    inbox.delete_object(objs[1].id(), None).await.unwrap();
    let err = inbox.object(objs[1].id()).all().await.unwrap_err();
    assert_eq!(err.api_kind(), Some(&ApiErrorKind::NotFound), "{err}");
    assert_eq!(inbox.objects().all().await.unwrap().len(), 2);
    // Writing a read-only collection is refused.
    let err = t.collection(MIXED).add_objects(&objs).await.unwrap_err();
    assert_eq!(err.api_kind(), Some(&ApiErrorKind::Forbidden), "{err}");
}

#[tokio::test]
async fn delta_poll_fetches_only_what_is_new() {
    let sim = sim(250).await;
    let t = oasis(&sim);
    let store = MemoryCheckpoints::new();
    let mut p = t.collection(INDICATORS).objects().limit(100).poll(&store);
    let mut first = Vec::new();
    while let Some(o) = p.try_next().await.unwrap() {
        first.push(o);
    }
    assert_eq!(first.len(), 250);
    let st = p.stats();
    assert_eq!((st.objects, st.checkpoints), (250, 3));
    let w1 = p.watermark().unwrap();
    drop(p);
    control(
        &sim,
        "taxii",
        json!({"grow": {"collection": INDICATORS, "count": 30}}),
    )
    .await;
    let second: Vec<_> = t
        .collection(INDICATORS)
        .objects()
        .limit(100)
        .poll(&store)
        .try_collect()
        .await
        .unwrap();
    assert_eq!(second.len(), 30);
    let old: HashSet<_> = ids(&first).into_iter().collect();
    assert!(second.iter().all(|o| !old.contains(o.id())));
    let third: Vec<_> = t
        .collection(INDICATORS)
        .objects()
        .limit(100)
        .poll(&store)
        .try_collect()
        .await
        .unwrap();
    assert!(third.is_empty());
    let cp = store
        .load(&format!(
            "taxii-poll:{}/taxii/api1/collections/{INDICATORS}/objects/",
            sim.origin()
        ))
        .unwrap()
        .unwrap();
    assert!(cp.complete);
    assert_eq!(cp.items, 280);
    assert!(cp.state["watermark"].as_str().unwrap() > w1.as_str());
}

#[tokio::test]
async fn interrupted_poll_resumes_without_loss() {
    let sim = sim(250).await;
    let t = oasis(&sim);
    let store = MemoryCheckpoints::new();
    let mut p = t.collection(INDICATORS).objects().limit(100).poll(&store);
    let mut got = Vec::new();
    // Stop half-way through the second page.
    for _ in 0..150 {
        got.push(p.try_next().await.unwrap().unwrap());
    }
    assert_eq!(p.stats().checkpoints, 1);
    drop(p);
    let mut p = t.collection(INDICATORS).objects().limit(100).poll(&store);
    let mut rest = Vec::new();
    while let Some(o) = p.try_next().await.unwrap() {
        rest.push(o);
    }
    assert!(p.stats().resumed);
    // The page being handed out is delivered again; nothing is lost.
    assert_eq!(rest.len(), 150);
    let mut all = ids(&got);
    all.extend(ids(&rest));
    let unique: HashSet<_> = all.iter().cloned().collect();
    assert_eq!(unique.len(), 250);
    assert_eq!(ids(&rest)[..50], ids(&got)[100..150]);
}

#[tokio::test]
async fn sync_to_ndjson_killed_and_resumed_is_exact() {
    let sim = sim(450).await;
    let t = oasis(&sim);
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("indicators.ndjson");
    let store = FileCheckpoints::new(dir.path().join("state")).unwrap();
    let reference: Vec<StixObject> = t
        .collection(INDICATORS)
        .objects()
        .limit(100)
        .all()
        .await
        .unwrap();
    {
        let mut sink = NdjsonFile::create(&out).unwrap();
        let (tx, rx) = tokio::sync::oneshot::channel::<()>();
        let mut tx = Some(tx);
        let sync = t
            .collection(INDICATORS)
            .sync(&mut sink, &store)
            .request(|r| r.limit(100))
            .on_progress(move |p| {
                if p.pages == 2 {
                    if let Some(tx) = tx.take() {
                        let _ = tx.send(());
                    }
                }
            });
        tokio::select! {
            r = sync.run() => panic!("the sync should have been stopped: {r:?}"),
            _ = rx => {}
        }
    }
    assert!(
        !out.exists(),
        "no output under the final name before the sync finishes"
    );
    let mut sink = NdjsonFile::create(&out).unwrap();
    let report = t
        .collection(INDICATORS)
        .sync(&mut sink, &store)
        .request(|r| r.limit(100))
        .await
        .unwrap();
    assert!(report.resumed && report.detail.stats.resumed);
    assert_eq!(report.detail.stats.objects, 250);
    assert_eq!(report.records, 250);
    let expected: String = reference
        .iter()
        .map(|o| format!("{}\n", o.json()))
        .collect();
    assert_eq!(std::fs::read_to_string(&out).unwrap(), expected);
    // A second run writes only what is new: nothing.
    let mut sink = NdjsonFile::create(dir.path().join("delta.ndjson")).unwrap();
    let report = t
        .collection(INDICATORS)
        .sync(&mut sink, &store)
        .request(|r| r.limit(100))
        .await
        .unwrap();
    assert_eq!(report.detail.stats.objects, 0);
    assert!(report.incremental);
    assert_eq!(
        std::fs::read_to_string(dir.path().join("delta.ndjson")).unwrap(),
        ""
    );
}

#[tokio::test]
async fn socdef_bundles_paged_by_header() {
    let sim = sim(2500).await;
    let t = socdef(&sim);
    let d = t.discover().await.unwrap();
    assert!(d.api_roots[0].ends_with("/socdef/api/taxii2/api/"));
    let cols = t.collections().await.unwrap();
    assert_eq!(cols.len(), 3);
    let source = t.collection(SOC_ALL).objects().limit(1000).into_source();
    let stats = source.stats();
    let pages: Vec<_> = secops::Paginator::new(source, fast_retry())
        .page_size(1000)
        .pages()
        .try_collect()
        .await
        .unwrap();
    // 2502 objects in 3 bundles (each after the first re-reads the object
    // added at the time the previous one ended, and drops it), then a page of
    // re-reads only ends the listing.
    assert_eq!(
        pages.iter().map(|p| p.items.len()).collect::<Vec<_>>(),
        vec![1000, 999, 503, 0]
    );
    assert_eq!(stats.get().pages, 4);
    assert_eq!(stats.get().duplicates_dropped, 3);
    for w in pages.windows(2) {
        if let Cursor::Taxii { added_after, .. } = &w[1].cursor {
            assert_eq!(
                added_after.clone(),
                date_added_last(&w[0].headers).map(one_microsecond_before)
            );
        } else {
            panic!("expected a TAXII cursor");
        }
    }
    let all: Vec<StixObject> = pages.into_iter().flat_map(|p| p.items).collect();
    assert_eq!(all[0].object_type(), "identity");
    let network = t
        .collection(SOC_NETWORK)
        .objects()
        .limit(1000)
        .all()
        .await
        .unwrap();
    let hashes = t
        .collection(SOC_HASHES)
        .objects()
        .limit(1000)
        .all()
        .await
        .unwrap();
    assert_eq!(network.len() + hashes.len(), 2502 + 2);
    let only = t
        .collection(SOC_HASHES)
        .objects()
        .type_filter("indicator")
        .limit(1000)
        .all()
        .await
        .unwrap();
    assert_eq!(only.len(), hashes.len() - 2);
    assert!(only.iter().all(|o| o.object_type() == "indicator"));
    // Bearer and Basic (key as password) are accepted too.
    for b in [
        Taxii::builder()
            .url(sim.socdef_url())
            .bearer(sim.key(Service::Taxii)),
        Taxii::builder()
            .url(sim.socdef_url())
            .basic_auth("anyone", sim.key(Service::Taxii)),
    ] {
        assert_eq!(b.build().unwrap().collections().await.unwrap().len(), 3);
    }
    // limit > 1000 is refused with the SOC error shape.
    let err = t
        .collection(SOC_ALL)
        .objects()
        .limit(5000)
        .first_page()
        .await
        .unwrap_err();
    let api = err.api().expect("an API error");
    assert_eq!(api.code.as_deref(), Some("invalid_parameter"));
    assert!(api.request_id.is_some());
}

#[tokio::test]
async fn socdef_inclusive_added_after_is_deduplicated() {
    let sim = sim(250).await;
    control(&sim, "socdef", json!({"inclusive_added_after": true})).await;
    let t = socdef(&sim);
    let source = t.collection(SOC_ALL).objects().limit(100).into_source();
    let stats = source.stats();
    let all: Vec<StixObject> = secops::Paginator::new(source, fast_retry())
        .page_size(100)
        .items()
        .try_collect()
        .await
        .unwrap();
    let unique: HashSet<_> = ids(&all).into_iter().collect();
    assert_eq!((all.len(), unique.len()), (252, 252));
    assert!(stats.get().duplicates_dropped >= 3, "{:?}", stats.get());
    // A delta poll against it: a second run finds nothing new.
    let store = MemoryCheckpoints::new();
    let first: Vec<_> = t
        .poll_collection(SOC_ALL, &store)
        .try_collect()
        .await
        .unwrap();
    assert_eq!(first.len(), 252);
    let second: Vec<_> = t
        .poll_collection(SOC_ALL, &store)
        .try_collect()
        .await
        .unwrap();
    assert!(second.is_empty(), "{} re-read", second.len());
}

#[tokio::test]
async fn socdef_rate_limits_are_ridden_through() {
    let sim = Simulator::builder()
        .size(900)
        .faults(Faults {
            rate_limit_every: Some(3),
            retry_after_secs: 0,
            ..Faults::none()
        })
        .start()
        .await
        .unwrap();
    let t = socdef(&sim);
    let all = t
        .collection(SOC_ALL)
        .objects()
        .limit(100)
        .all()
        .await
        .unwrap();
    assert_eq!(all.len(), 902);
    assert!(sim.fault_counts().rate_limited >= 3);
    // Within three requests one is a 429 carrying the SOC rate-limit headers.
    let mut limited = None;
    for _ in 0..3 {
        let r = reqwest::Client::new()
            .get(sim.socdef_url())
            .header("x-api-key", sim.key(Service::Taxii))
            .send()
            .await
            .unwrap();
        if r.status() == 429 {
            limited = Some(r);
            break;
        }
    }
    let r = limited.expect("a 429");
    assert_eq!(r.headers()["x-ratelimit-remaining"], "0");
    assert!(r.headers().contains_key("x-ratelimit-reset"));
}

#[tokio::test]
async fn malformed_objects_fail_with_their_index_or_are_skipped() {
    let sim = sim(10).await;
    let t = oasis(&sim);
    let good = Indicator::new("[url:value = 'http://example.com/x']")
        .unwrap()
        .to_object()
        .unwrap();
    t.collection(INBOX)
        .add_objects(std::slice::from_ref(&good))
        .await
        .unwrap();
    control(
        &sim,
        "taxii",
        json!({"inject": {"collection": INBOX, "object": {"type": "indicator", "id": "indicator--not-a-uuid", "modified": "2026-01-01T00:00:00Z"}}}),
    )
    .await;
    let err = t.collection(INBOX).objects().all().await.unwrap_err();
    let msg = err.to_string();
    assert!(matches!(err, Error::Decode { .. }), "{msg}");
    assert!(
        msg.contains("object #1") && msg.contains("not a UUID"),
        "{msg}"
    );
    let source = t
        .collection(INBOX)
        .objects()
        .on_malformed(Malformed::Skip)
        .into_source();
    let stats = source.stats();
    let objs: Vec<_> = secops::Paginator::new(source, fast_retry())
        .items()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(ids(&objs), vec![good.id().to_string()]);
    assert_eq!(stats.get().malformed_skipped, 1);
}

#[tokio::test]
async fn bad_input_is_rejected_before_any_request() {
    let sim = sim(10).await;
    let t = oasis(&sim);
    let _ = t.api_root().await.unwrap(); // discovery is done once
    let before = sim.fault_counts().requests;
    let c = t.collection(INDICATORS);
    let cases: Vec<(&str, Error)> = vec![
        (
            "empty collection",
            t.collection("").objects().all().await.unwrap_err(),
        ),
        ("slash in id", t.collection("a/b").info().await.unwrap_err()),
        (
            "added_after",
            c.objects()
                .added_after("yesterday")
                .all()
                .await
                .unwrap_err(),
        ),
        ("limit 0", c.objects().limit(0).all().await.unwrap_err()),
        (
            "page_size 0",
            c.objects().page_size(0).first_page().await.unwrap_err(),
        ),
        (
            "match[id]",
            c.objects()
                .match_id("indicator--123")
                .all()
                .await
                .unwrap_err(),
        ),
        (
            "match[type]",
            c.objects()
                .match_type("Not A Type")
                .all()
                .await
                .unwrap_err(),
        ),
        (
            "match[version]",
            c.objects().match_version("newest").all().await.unwrap_err(),
        ),
        (
            "match[spec_version]",
            c.objects()
                .match_spec_version("two")
                .all()
                .await
                .unwrap_err(),
        ),
        (
            "object id",
            c.object("malware-31b940d4").all().await.unwrap_err(),
        ),
        ("versions id", c.versions("").all().await.unwrap_err()),
        (
            "delete id",
            c.delete_object("nope", None).await.unwrap_err(),
        ),
        ("add nothing", c.add_objects(&[]).await.unwrap_err()),
        (
            "status id",
            t.api_root().await.unwrap().status("").await.unwrap_err(),
        ),
        ("no url", Taxii::builder().api_key("k").build().unwrap_err()),
        (
            "bad url",
            Taxii::builder().url("ftp://x/").build().unwrap_err(),
        ),
        ("stix id", "indicator--zzz".parse::<StixId>().unwrap_err()),
        ("timestamp", "2026-13-01".parse::<Timestamp>().unwrap_err()),
    ];
    for (what, e) in cases {
        assert!(matches!(e, Error::InvalidInput { .. }), "{what}: {e:?}");
    }
    assert_eq!(sim.fault_counts().requests, before, "no request was sent");
}

#[tokio::test]
async fn wrong_key_is_a_clear_401_and_secrets_never_show() {
    let sim = sim(10).await;
    let secret = "tx_wrong_key_that_must_not_leak_42";
    let t = Taxii::builder()
        .url(sim.url(Service::Taxii))
        .basic_auth("analyst", secret)
        .retry(fast_retry())
        .build()
        .unwrap();
    let err = t.collections().await.unwrap_err();
    assert_eq!(err.api_kind(), Some(&ApiErrorKind::Unauthorized));
    assert!(err.to_string().contains("TAXII_API_KEY"), "{err}");
    let good = oasis(&sim);
    for s in [
        format!("{err}"),
        format!("{err:?}"),
        format!("{t:?}"),
        format!("{good:?}"),
        format!("{:?}", Taxii::builder().x_api_key(secret)),
    ] {
        assert!(
            !s.contains(secret) && !s.contains(sim.key(Service::Taxii)),
            "{s}"
        );
    }
    let s = socdef(&sim);
    let wrong = Taxii::builder()
        .url(sim.socdef_url())
        .x_api_key(secret)
        .build()
        .unwrap();
    let err = wrong.collections().await.unwrap_err();
    assert_eq!(err.api().unwrap().code.as_deref(), Some("unauthorized"));
    assert!(err.request_id().is_some());
    assert_eq!(s.collections().await.unwrap().len(), 3);
}

#[tokio::test]
async fn a_full_pull_rides_through_every_fault() {
    let sim = Simulator::builder()
        .size(3000)
        .seed(11)
        .faults(Faults {
            rate_limit_every: Some(5),
            retry_after_secs: 0,
            server_error_rate: 0.1,
            drop_rate: 0.1,
            ..Faults::none()
        })
        .start()
        .await
        .unwrap();
    let t = oasis(&sim);
    let all = t
        .collection(INDICATORS)
        .objects()
        .limit(250)
        .all()
        .await
        .unwrap();
    let unique: HashSet<_> = ids(&all).into_iter().collect();
    assert_eq!((all.len(), unique.len()), (3000, 3000));
    let f = sim.fault_counts();
    assert!(f.total() >= 3, "{f:?}");
    println!("ridden through {} faults: {f:?}", f.total());
}

#[tokio::test]
async fn media_type_tolerance() {
    let sim = sim(20).await;
    let t = oasis(&sim);
    for ct in ["application/json", "application/stix+json;version=2.1"] {
        control(&sim, "taxii", json!({"content_type": ct})).await;
        assert_eq!(
            t.collection(INDICATORS)
                .objects()
                .all()
                .await
                .unwrap()
                .len(),
            20
        );
    }
    control(&sim, "taxii", json!({"content_type": "text/html"})).await;
    let err = t.collection(INDICATORS).objects().all().await.unwrap_err();
    assert!(
        matches!(err, Error::Decode { .. }) && err.to_string().contains("text/html"),
        "{err}"
    );
}

// --- STIX objects ----------------------------------------------------------

const VARIED: &str = include_str!("resources/taxii/varied.json");

#[test]
fn stix_round_trip_is_byte_exact_and_typed_views_keep_everything() {
    let raws: Vec<Box<serde_json::value::RawValue>> = serde_json::from_str(VARIED).unwrap();
    assert_eq!(raws.len(), 18);
    let mut others = 0;
    for raw in raws {
        let text = raw.get().to_string();
        let obj = StixObject::from_raw(raw).unwrap();
        assert_eq!(serde_json::to_string(&obj).unwrap(), text);
        let original: Value = serde_json::from_str(&text).unwrap();
        let typed = obj.typed().unwrap_or_else(|e| panic!("{}: {e}", obj.id()));
        if matches!(typed, TypedObject::Other(_)) {
            others += 1;
        }
        assert_eq!(typed.object_type(), obj.object_type());
        let again = typed.to_object().unwrap();
        assert_eq!(again.to_value(), original, "{}", obj.id());
    }
    assert_eq!(others, 2);
}

#[test]
fn bundles_timestamps_and_ids() {
    let bundle = format!(
        r#"{{"type":"bundle","id":"bundle--12345678-1234-1234-1234-123456789abc","objects":{VARIED}}}"#
    );
    let b = secops::taxii::Bundle::from_json(&bundle).unwrap();
    assert_eq!(b.objects.len(), 18);
    let ind = b.objects[1].to_typed::<Indicator>().unwrap();
    assert_eq!(ind.common.created.as_ref().unwrap().fraction_digits(), 9);
    assert_eq!(
        ind.common.modified.as_ref().unwrap().as_str(),
        "2026-05-16T08:21:30.1Z"
    );
    assert_eq!(ind.valid_from.as_str(), "2026-05-16T08:21:30.000Z");
    assert!(b.objects[0]
        .to_typed::<secops::taxii::stix::Malware>()
        .is_err());
    let bad = [
        r#"{"type":"indicator"}"#,
        r#"{"id":"indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f"}"#,
        r#"{"type":"malware","id":"indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f"}"#,
        r#"{"type":"indicator","id":"indicator--8e2e2d2b17d44cbf938f98ee46b3cd3f"}"#,
        r#"[1,2]"#,
        r#"{"type":"indicator","id":"indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f""#,
    ];
    for b in bad {
        assert!(StixObject::from_json(b).is_err(), "{b}");
    }
    // A modelled type missing a required property: the object parses, the typed view says why.
    let o = StixObject::from_json(
        r#"{"type":"relationship","id":"relationship--44298a74-ba52-4f0c-87a3-1824e67d7fad"}"#,
    )
    .unwrap();
    assert!(o
        .typed()
        .unwrap_err()
        .to_string()
        .contains("relationship_type"));
    let id = StixId::generate("indicator").unwrap();
    assert_eq!(id.object_type(), "indicator");
    assert_eq!(id.uuid().len(), 36);
}

/// `ts` (written with microseconds) one microsecond earlier, as the client
/// re-reads a page's last `date_added` group.
fn one_microsecond_before(ts: &str) -> String {
    let t = chrono::DateTime::parse_from_rfc3339(ts).unwrap() - chrono::Duration::microseconds(1);
    t.with_timezone(&chrono::Utc)
        .format("%Y-%m-%dT%H:%M:%S%.6fZ")
        .to_string()
}

#[tokio::test]
async fn a_key_without_a_scheme_switches_to_x_api_key_after_a_401() {
    let sim = sim(30).await;
    control(&sim, "socdef", json!({"x_api_key_only": true})).await;
    // Told to use Bearer: the server refuses it.
    let bearer = Taxii::builder()
        .url(sim.socdef_url())
        .bearer(sim.key(Service::Taxii))
        .retry(fast_retry())
        .build()
        .unwrap();
    let err = bearer.collections().await.unwrap_err();
    assert_eq!(err.status(), Some(401), "{err}");
    // A key given without a scheme: Bearer is refused, X-API-Key kept.
    let auto = Taxii::builder()
        .url(sim.socdef_url())
        .api_key(sim.key(Service::Taxii))
        .retry(fast_retry())
        .build()
        .unwrap();
    let before = sim.fault_counts().requests;
    assert_eq!(auto.collections().await.unwrap().len(), 3);
    // discovery (401, then accepted) and collections (accepted at once).
    assert_eq!(sim.fault_counts().requests - before, 3);
    let objs = auto.collection(SOC_ALL).objects().all().await.unwrap();
    assert_eq!(objs.len(), 32);
    // A wrong key is still a clear 401 (tried once in each header, no more).
    let wrong = Taxii::builder()
        .url(sim.socdef_url())
        .api_key("not-the-key")
        .retry(fast_retry())
        .build()
        .unwrap();
    let before = sim.fault_counts().requests;
    let err = wrong.collections().await.unwrap_err();
    assert_eq!(err.status(), Some(401), "{err}");
    assert_eq!(sim.fault_counts().requests - before, 2);
    assert!(!format!("{err:?}").contains("not-the-key"));
}

#[tokio::test]
async fn server_behaviours_can_be_set_per_collection() {
    let sim = sim(40).await;
    control(
        &sim,
        "taxii",
        json!({"collection": INDICATORS, "next_tokens": false, "tie_group": 4}),
    )
    .await;
    let t = oasis(&sim);
    let first = t
        .collection(INDICATORS)
        .objects()
        .limit(3)
        .first_page()
        .await
        .unwrap();
    assert!(
        matches!(
            &first.next,
            Cursor::Taxii {
                next: None,
                added_after: Some(_)
            }
        ),
        "{:?}",
        first.next
    );
    // Objects share one date_added in fours there.
    assert_eq!(
        date_added_first(&first.headers),
        date_added_last(&first.headers)
    );
    let mixed = t
        .collection(MIXED)
        .objects()
        .limit(3)
        .first_page()
        .await
        .unwrap();
    assert!(
        matches!(&mixed.next, Cursor::Taxii { next: Some(_), .. }),
        "{:?}",
        mixed.next
    );
    // And the whole collection still comes out once.
    let all = t
        .collection(INDICATORS)
        .objects()
        .limit(3)
        .all()
        .await
        .unwrap();
    let distinct: HashSet<String> = ids(&all).into_iter().collect();
    assert_eq!((all.len(), distinct.len()), (40, 40));
    // An unknown collection or setting is refused.
    for bad in [
        json!({"collection": "nope", "reuse_next": true}),
        json!({"reuse": true}),
    ] {
        let r = reqwest::Client::new()
            .post(format!("{}/taxii/_sim/control", sim.origin()))
            .json(&bad)
            .send()
            .await
            .unwrap();
        assert!(r.status().is_client_error(), "{bad}");
    }
}

/// `first_page` of a listing that matches nothing is an empty page, as for
/// every listing of the crate (not an error); `page_size` is `limit`.
#[tokio::test]
async fn an_empty_first_page_is_a_page() {
    let sim = sim(20).await;
    let t = oasis(&sim);
    let page = t
        .collection(INDICATORS)
        .objects()
        .page_size(5)
        .added_after("2099-01-01T00:00:00Z")
        .first_page()
        .await
        .unwrap();
    assert!(page.items.is_empty() && page.next.is_done(), "{page:?}");
    let page = t
        .collection(INDICATORS)
        .objects()
        .page_size(5)
        .first_page()
        .await
        .unwrap();
    assert_eq!(page.items.len(), 5);
}
