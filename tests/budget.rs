//! Request budgets and meters: the token bucket on its own (paused clock),
//! its AIMD rate (throttling halves it, down to a floor; successes restore
//! it), and end to end against the simulator: the meter counts every request
//! a client sends (generated and hand-written calls, retries included), two
//! clients sharing one budget stay within it together, and a 429 from the
//! service shrinks the shared rate.
//!
//! Every test runs on a paused clock and never sleeps for real; with the
//! simulator's loopback sockets tokio advances the clock when the runtime is
//! idle, so the end-to-end tests only assert lower bounds of virtual time.
#![cfg(all(feature = "defendis", feature = "taxii", feature = "sim"))]

use std::time::Duration;

use futures::future::join_all;
use secops::budget::{RequestBudget, RequestMeter, RESTORE_AFTER};
use secops::defendis::Defendis;
use secops::sim::{Faults, SimHandle, Simulator};
use secops::taxii::Taxii;
use secops::{Error, RetryPolicy, Service};
use tokio::time::Instant;

/// Retries at once, many times (the simulator's 429s say `Retry-After: 0`).
fn fast_retry() -> RetryPolicy {
    RetryPolicy::default()
        .max_attempts(10)
        .initial_backoff(Duration::ZERO)
        .max_backoff(Duration::ZERO)
}

async fn sim() -> SimHandle {
    Simulator::builder().seed(11).start().await.unwrap()
}

fn defendis(sim: &SimHandle, budget: &RequestBudget, meter: &RequestMeter) -> Defendis {
    Defendis::builder()
        .api_key(sim.key(Service::Defendis))
        .base_url(sim.url(Service::Defendis))
        .retry(fast_retry())
        .budget(budget.clone())
        .meter(meter.clone())
        .build()
        .unwrap()
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9
}

#[tokio::test(start_paused = true)]
async fn bucket_paces_25_acquires_at_10_a_second_after_a_burst_of_5() {
    let b = RequestBudget::new(10.0, 5).unwrap();
    assert_eq!((b.configured_rate(), b.burst()), (10.0, 5));
    let start = Instant::now();
    for _ in 0..5 {
        b.acquire().await;
    }
    assert_eq!(start.elapsed(), Duration::ZERO, "the burst is free");
    for _ in 5..25 {
        b.acquire().await;
    }
    let took = start.elapsed();
    assert!(
        took >= Duration::from_secs(2) && took <= Duration::from_millis(2100),
        "{took:?}"
    );
}

#[tokio::test(start_paused = true)]
async fn concurrent_waiters_all_get_through_at_the_rate() {
    let b = RequestBudget::new(10.0, 1).unwrap();
    let start = Instant::now();
    let done = join_all((0..20).map(|_| {
        let b = b.clone();
        async move {
            b.acquire().await;
            start.elapsed()
        }
    }))
    .await;
    let mut done = done;
    done.sort();
    // One at once, then one every 100 ms: nobody starves, nobody jumps the rate.
    for (i, t) in done.iter().enumerate() {
        let want = Duration::from_millis(100 * i as u64);
        assert!(
            *t >= want && *t <= want + Duration::from_millis(5),
            "{i}: {t:?}"
        );
    }
}

#[tokio::test(start_paused = true)]
async fn throttling_halves_the_rate_down_to_a_floor_and_successes_restore_it() {
    let b = RequestBudget::new(10.0, 5).unwrap();
    let shared = b.clone();
    b.observe(429);
    assert!(close(shared.rate(), 5.0), "{}", shared.rate());
    assert_eq!(shared.throttled(), 1);
    // A 503 sheds load like a 429.
    b.observe(503);
    assert!(close(b.rate(), 2.5));
    for _ in 0..10 {
        b.observe(429);
    }
    assert!(close(b.rate(), 10.0 / 32.0), "{}", b.rate());
    assert!(close(b.min_rate(), 10.0 / 32.0));
    assert_eq!(b.throttled(), 12);

    // Each RESTORE_AFTER answers in a row add a quarter of the configured rate.
    for _ in 0..RESTORE_AFTER - 1 {
        b.observe(200);
    }
    assert!(close(b.rate(), 10.0 / 32.0), "not yet: {}", b.rate());
    b.observe(404); // a client error is still an answer
    assert!(close(b.rate(), 10.0 / 32.0 + 2.5), "{}", b.rate());
    // A throttling answer starts the count again.
    for _ in 0..RESTORE_AFTER - 1 {
        b.observe(200);
    }
    b.observe(429);
    let after = b.rate();
    assert!(close(after, (10.0 / 32.0 + 2.5) / 2.0), "{after}");
    for _ in 0..RESTORE_AFTER - 1 {
        b.observe(200);
    }
    assert!(close(b.rate(), after));
    // Back up to the configured rate, and never above it.
    for _ in 0..RESTORE_AFTER * 10 {
        b.observe(204);
    }
    assert!(close(b.rate(), 10.0), "{}", b.rate());
    assert_eq!(b.throttled(), 13);
}

#[tokio::test(start_paused = true)]
async fn server_errors_other_than_503_neither_shrink_nor_restore() {
    let b = RequestBudget::new(8.0, 1).unwrap();
    b.observe(429);
    assert!(close(b.rate(), 4.0));
    for _ in 0..RESTORE_AFTER - 1 {
        b.observe(200);
    }
    for s in [500, 502, 504, 500] {
        b.observe(s);
    }
    assert!(close(b.rate(), 4.0), "5xx do not shrink: {}", b.rate());
    // …nor break the run of successes: one more completes it.
    b.observe(200);
    assert!(close(b.rate(), 6.0), "{}", b.rate());
    assert_eq!(b.throttled(), 1);
}

#[tokio::test(start_paused = true)]
async fn a_shrunk_rate_slows_the_bucket() {
    let b = RequestBudget::new(10.0, 1).unwrap();
    b.acquire().await;
    b.observe(429);
    let start = Instant::now();
    for _ in 0..10 {
        b.acquire().await;
    }
    let took = start.elapsed();
    // 5 a second now: 10 tokens take 2 s (not 1 s).
    assert!(
        took >= Duration::from_secs(2) && took <= Duration::from_millis(2050),
        "{took:?}"
    );
}

#[test]
fn bad_budgets_are_refused() {
    for (rate, burst) in [
        (0.0, 5),
        (-3.0, 5),
        (f64::NAN, 5),
        (f64::INFINITY, 5),
        (1.0, 0),
    ] {
        let e = RequestBudget::new(rate, burst).unwrap_err();
        assert!(
            matches!(e, Error::InvalidInput { .. }),
            "{rate}/{burst}: {e}"
        );
    }
}

#[tokio::test(start_paused = true)]
async fn the_meter_counts_every_request_of_a_client() {
    let sim = sim().await;
    let budget = RequestBudget::new(100.0, 10).unwrap();
    let (dm, tm) = (RequestMeter::new(), RequestMeter::new());
    let before = sim.fault_counts().requests;

    // Generated calls (the hooks).
    let d = defendis(&sim, &budget, &dm);
    for _ in 0..5 {
        d.health().await.unwrap();
    }
    assert_eq!(dm.requests(), 5);
    assert_eq!(sim.fault_counts().requests - before, 5);

    // Hand-written calls (HttpCore::exchange).
    let t = Taxii::builder()
        .url(sim.url(Service::Taxii))
        .basic_auth(sim.keys().taxii_user.clone(), sim.key(Service::Taxii))
        .retry(fast_retry())
        .budget(budget.clone())
        .meter(tm.clone())
        .build()
        .unwrap();
    for _ in 0..3 {
        t.discover().await.unwrap();
    }
    assert_eq!(tm.requests(), 3);
    assert_eq!(dm.requests(), 5, "each client has its own meter");
    assert_eq!(sim.fault_counts().requests - before, 8);
    assert_eq!(
        (dm.throttled(), tm.throttled(), budget.throttled()),
        (0, 0, 0)
    );
    assert!(close(budget.rate(), 100.0));

    // Debug shows the budget's numbers, never a key.
    let shown = format!("{d:?} {t:?}");
    assert!(
        shown.contains("RequestBudget") && shown.contains("RequestMeter"),
        "{shown}"
    );
    for key in [sim.key(Service::Defendis), sim.key(Service::Taxii)] {
        assert!(!shown.contains(key), "a key leaked into: {shown}");
    }
}

#[tokio::test(start_paused = true)]
async fn two_clients_sharing_a_budget_stay_within_it() {
    let sim = sim().await;
    let budget = RequestBudget::new(10.0, 2).unwrap();
    let (ma, mb) = (RequestMeter::new(), RequestMeter::new());
    let (a, b) = (defendis(&sim, &budget, &ma), defendis(&sim, &budget, &mb));
    let before = sim.fault_counts().requests;
    let start = Instant::now();
    let calls = (0..10)
        .flat_map(|_| [a.clone(), b.clone()])
        .map(|c| async move {
            c.health().await.unwrap();
        });
    join_all(calls).await;
    let took = start.elapsed();
    assert_eq!((ma.requests(), mb.requests()), (10, 10));
    assert_eq!(sim.fault_counts().requests - before, 20);
    // 20 requests, 2 free: 18 tokens earned at 10 a second, together.
    assert!(took >= Duration::from_millis(1800), "{took:?}");
}

#[tokio::test(start_paused = true)]
async fn a_429_from_the_service_shrinks_the_shared_rate() {
    let sim = sim().await;
    let budget = RequestBudget::new(10.0, 5).unwrap();
    let (ma, mb) = (RequestMeter::new(), RequestMeter::new());
    let (a, b) = (defendis(&sim, &budget, &ma), defendis(&sim, &budget, &mb));
    let before = sim.fault_counts();
    sim.set_faults(Faults::none().rate_limit_every(4));
    for _ in 0..6 {
        a.health().await.unwrap();
    }
    sim.set_faults(Faults::none());
    let counts = sim.fault_counts();
    let limited = counts.rate_limited - before.rate_limited;
    assert!(limited >= 1, "the simulator sent no 429");
    // Every attempt was counted, the retried ones too.
    assert_eq!(ma.requests(), counts.requests - before.requests);
    assert_eq!(ma.requests(), 6 + limited);
    assert_eq!(ma.throttled(), limited);
    assert_eq!(budget.throttled(), limited);
    // The other client shares the shrunk rate.
    let shared = b.core().budget().unwrap();
    assert!(
        shared.rate() < shared.configured_rate(),
        "{}",
        shared.rate()
    );
    assert!(close(shared.rate(), budget.rate()));
    let shrunk = shared.rate();

    // Sustained success restores it, whichever client sees the answers.
    for _ in 0..RESTORE_AFTER {
        b.health().await.unwrap();
    }
    assert!(budget.rate() > shrunk, "{} vs {shrunk}", budget.rate());
    for _ in 0..RESTORE_AFTER * 4 {
        b.health().await.unwrap();
    }
    assert!(close(budget.rate(), 10.0), "{}", budget.rate());
    assert_eq!(mb.requests(), u64::from(RESTORE_AFTER) * 5);
    assert_eq!(mb.throttled(), 0);
}
