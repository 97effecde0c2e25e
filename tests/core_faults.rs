//! Fault injection end to end: the simulator's faults (429 with
//! `Retry-After`, 5xx, connections dropped mid-body, truncated NDJSON) are
//! real, counted, and the paginator + retry policy ride through them —
//! 10,000 items arrive exactly once, in order, with one retry per fault.
#![cfg(feature = "sim")]

use std::time::Duration;

use axum::extract::Query;
use axum::response::IntoResponse;
use axum::routing::get;
use axum::{Json, Router};
use futures::future::BoxFuture;
use futures::{FutureExt, StreamExt};
use secops::paging::{PageSource, RawPage};
use secops::retry::retry_after_from_headers;
use secops::sim::{Faults, Simulator};
use secops::{ApiError, Cursor, Error, Paginator, RetryPolicy, Service};

const TOTAL: u64 = 10_000;

#[derive(serde::Deserialize)]
struct ListQuery {
    offset: Option<u64>,
    limit: Option<u64>,
}

/// A DefectDojo-shaped listing (`{count, next, previous, results}`) of
/// `0..TOTAL`, with absolute `next` URLs.
fn listing_routes(origin_slot: std::sync::Arc<std::sync::OnceLock<String>>) -> Router {
    Router::new()
        .route(
            "/core-test/items",
            get(move |Query(q): Query<ListQuery>| {
                let origin = origin_slot.get().cloned().unwrap_or_default();
                async move {
                    let offset = q.offset.unwrap_or(0).min(TOTAL);
                    let limit = q.limit.unwrap_or(20).clamp(1, 100);
                    let end = (offset + limit).min(TOTAL);
                    let next = (end < TOTAL)
                        .then(|| format!("{origin}/core-test/items?limit={limit}&offset={end}"));
                    Json(serde_json::json!({
                        "count": TOTAL,
                        "next": next,
                        "previous": null,
                        "results": (offset..end).collect::<Vec<_>>(),
                    }))
                }
            }),
        )
        .route(
            "/core-test/lines",
            get(|| async {
                let body: String = (0..200).map(|i| format!("{{\"n\":{i}}}\n")).collect();
                ([("content-type", "application/x-ndjson")], body).into_response()
            }),
        )
}

/// The listing as a page source: one attempt per fetch, errors classified
/// the crate's way (the paginator does the retrying).
struct SimItems {
    http: reqwest::Client,
    origin: String,
}

#[derive(serde::Deserialize)]
struct Listing {
    count: u64,
    next: Option<String>,
    results: Vec<u64>,
}

impl PageSource for SimItems {
    type Item = u64;

    fn service(&self) -> Service {
        Service::DefectDojo
    }

    fn endpoint(&self) -> String {
        "core-test/items".into()
    }

    fn fetch(
        &self,
        cursor: Cursor,
        page_size: Option<u32>,
    ) -> BoxFuture<'static, secops::Result<RawPage<u64>>> {
        let offset = match &cursor {
            Cursor::Offset { offset } => offset.clone(),
            _ => "0".into(),
        };
        let req = self
            .http
            .get(format!("{}/core-test/items", self.origin))
            .query(&[
                ("offset", offset),
                ("limit", page_size.unwrap_or(20).to_string()),
            ]);
        async move {
            let svc = Service::DefectDojo;
            let resp = req.send().await.map_err(|e| Error::from_reqwest(svc, e))?;
            let status = resp.status().as_u16();
            if status != 200 {
                let mut e = ApiError::new(svc, status, ApiError::kind_for_status(status));
                e.retry_after = retry_after_from_headers(status, resp.headers());
                return Err(e.into());
            }
            let body = resp
                .bytes()
                .await
                .map_err(|e| Error::from_reqwest(svc, e))?;
            let page: Listing =
                serde_json::from_slice(&body).map_err(|e| Error::decode(svc, e, &body))?;
            let next = match page.next {
                None => Cursor::Done,
                Some(url) => {
                    let url =
                        url::Url::parse(&url).map_err(|e| Error::protocol(svc, e.to_string()))?;
                    let offset = url
                        .query_pairs()
                        .find(|(k, _)| k == "offset")
                        .map(|(_, v)| v.into_owned())
                        .ok_or_else(|| Error::protocol(svc, "next URL without offset"))?;
                    Cursor::Offset { offset }
                }
            };
            Ok(RawPage {
                items: page.results,
                next,
                headers: http::HeaderMap::new(),
                total: Some(page.count),
            })
        }
        .boxed()
    }

    fn plan(
        &self,
        first: &RawPage<u64>,
        _: &Cursor,
        page_size: Option<u32>,
    ) -> Option<Vec<Cursor>> {
        let per = u64::from(page_size.unwrap_or(20));
        let total = first.total?;
        Some(
            (1..total.div_ceil(per))
                .map(|i| Cursor::Offset {
                    offset: (i * per).to_string(),
                })
                .collect(),
        )
    }
}

fn faults() -> Faults {
    // About 10 % of requests: a 429 every 20th (5 %), 3 % 5xx, 3 % dropped mid-body.
    Faults {
        rate_limit_every: Some(20),
        retry_after_secs: 0,
        server_error_rate: 0.03,
        drop_rate: 0.03,
        ..Faults::none()
    }
}

async fn start(faults: Faults) -> (secops::sim::SimHandle, SimItems) {
    let slot = std::sync::Arc::new(std::sync::OnceLock::new());
    let sim = Simulator::builder()
        .seed(42)
        .faults(faults)
        .extra_routes(listing_routes(slot.clone()))
        .start()
        .await
        .unwrap();
    slot.set(sim.origin().to_string()).unwrap();
    let source = SimItems {
        http: reqwest::Client::new(),
        origin: sim.origin().to_string(),
    };
    (sim, source)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn ten_thousand_items_through_ten_percent_faults_arrive_exactly_once_in_order() {
    for concurrency in [1usize, 4] {
        let (sim, source) = start(faults()).await;
        let policy = RetryPolicy::default()
            .max_attempts(12)
            .initial_backoff(Duration::from_millis(1))
            .max_backoff(Duration::from_millis(2));
        let stats = policy.stats().clone();
        let mut items = Paginator::new(source, policy)
            .page_size(20)
            .concurrency(concurrency)
            .items();
        let mut got = Vec::with_capacity(TOTAL as usize);
        while let Some(item) = items.next().await {
            got.push(item.unwrap_or_else(|e| panic!("concurrency {concurrency}: {e}")));
        }
        assert_eq!(got.len() as u64, TOTAL, "concurrency {concurrency}");
        assert!(
            got.iter().copied().eq(0..TOTAL),
            "concurrency {concurrency}: out of order or duplicated"
        );
        assert_eq!(items.position().cursor, Cursor::Done);

        let faults = sim.fault_counts();
        let pages = TOTAL / 20;
        println!(
            "concurrency {concurrency}: {faults:?}, {} retries",
            stats.retries()
        );
        // Every kind of fault happened, about 10 % of requests in all...
        assert!(
            faults.rate_limited > 0 && faults.server_errors > 0 && faults.dropped > 0,
            "{faults:?}"
        );
        assert!(
            faults.total() * 100 >= faults.requests * 8
                && faults.total() * 100 <= faults.requests * 15,
            "{faults:?}"
        );
        // ...each one cost exactly one retry, and nothing else was retried or re-fetched.
        assert_eq!(
            stats.retries(),
            faults.total(),
            "concurrency {concurrency}: {faults:?}"
        );
        assert_eq!(faults.requests, pages + faults.total(), "{faults:?}");
        sim.shutdown().await;
    }
}

#[tokio::test]
async fn a_dropped_connection_really_cuts_the_body() {
    let (sim, source) = start(Faults::none().drops(1.0)).await;
    let resp = source
        .http
        .get(format!("{}/core-test/items?limit=100", sim.origin()))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 200, "the status line and headers go out");
    let err = Error::from_reqwest(Service::DefectDojo, resp.bytes().await.unwrap_err());
    assert!(
        matches!(err, Error::Transport { .. }) && err.is_retryable(),
        "{err:?}"
    );
    assert_eq!(sim.fault_counts().dropped, 1);

    // Through the paginator with retries, a listing that always drops fails
    // with that transport error after max_attempts.
    let policy = RetryPolicy::default()
        .max_attempts(3)
        .initial_backoff(Duration::ZERO);
    let stats = policy.stats().clone();
    let mut items = Paginator::new(source, policy).items();
    let err = items.next().await.unwrap().unwrap_err();
    assert!(matches!(err, Error::Transport { .. }), "{err}");
    assert!(items.next().await.is_none());
    assert_eq!(stats.retries(), 2);
    assert_eq!(sim.fault_counts().dropped, 4);
    assert_eq!(items.position().cursor, Cursor::Start);
}

#[tokio::test]
async fn a_truncated_ndjson_body_ends_cleanly_mid_line() {
    let (sim, source) = start(Faults::none().truncations(1.0)).await;
    let body = source
        .http
        .get(format!("{}/core-test/lines", sim.origin()))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .expect("a truncated body ends cleanly: no transport error");
    assert!(!body.is_empty() && !body.ends_with('\n'), "{body:?}");
    let (whole, partial) = body.rsplit_once('\n').unwrap();
    assert!(whole
        .lines()
        .all(|l| serde_json::from_str::<serde_json::Value>(l).is_ok()));
    assert!(
        serde_json::from_str::<serde_json::Value>(partial).is_err(),
        "{partial:?}"
    );
    assert_eq!(sim.fault_counts().truncated, 1);
    // JSON (non-NDJSON) bodies are never truncated.
    let resp = source
        .http
        .get(format!("{}/core-test/items", sim.origin()))
        .send()
        .await
        .unwrap();
    resp.json::<serde_json::Value>().await.unwrap();
    assert_eq!(sim.fault_counts().truncated, 1);
}

#[tokio::test]
async fn injected_statuses_carry_retry_after_and_the_service_body() {
    let (sim, source) = start(Faults {
        rate_limit_every: Some(1),
        retry_after_secs: 3,
        ..Faults::none()
    })
    .await;
    let resp = source
        .http
        .get(format!("{}/dojo/api/v2/findings/", sim.origin()))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 429);
    assert_eq!(resp.headers()["retry-after"], "3");
    let body: serde_json::Value = resp.json().await.unwrap();
    assert_eq!(body["detail"], "Request was throttled.");
    assert_eq!(sim.fault_counts().rate_limited, 1);

    // Faults can change mid-run; the counters keep counting.
    sim.set_faults(Faults::none().server_errors(1.0));
    let resp = source
        .http
        .get(format!("{}/core-test/items", sim.origin()))
        .send()
        .await
        .unwrap();
    assert!([500, 502, 503].contains(&resp.status().as_u16()));
    let c = sim.fault_counts();
    assert_eq!((c.requests, c.rate_limited, c.server_errors), (2, 1, 1));
}

#[tokio::test]
async fn faults_are_deterministic_from_the_seed() {
    async fn pattern(seed: u64) -> Vec<u16> {
        let slot = std::sync::Arc::new(std::sync::OnceLock::new());
        let sim = Simulator::builder()
            .seed(seed)
            .faults(Faults::none().server_errors(0.3))
            .extra_routes(listing_routes(slot))
            .start()
            .await
            .unwrap();
        let http = reqwest::Client::new();
        let mut out = Vec::new();
        for _ in 0..40 {
            let s = http
                .get(format!("{}/core-test/items", sim.origin()))
                .send()
                .await
                .unwrap()
                .status()
                .as_u16();
            out.push(s);
        }
        out
    }
    let a = pattern(7).await;
    assert_eq!(a, pattern(7).await);
    assert_ne!(a, pattern(8).await);
    assert!(a.contains(&200) && a.iter().any(|s| *s >= 500));
}
