//! Request budgets and request meters, shared by the clients of a
//! long-running process.
//!
//! A [`RequestBudget`] is a token bucket that several clients (the feeds that
//! talk to one service on one host) share: every request, each retry
//! included, takes one token before it is sent. The bucket holds at most
//! `burst` tokens and refills at the *current rate*, which adapts to the
//! service's answers by AIMD (additive increase, multiplicative decrease —
//! the rule TCP uses for its congestion window):
//!
//! - **multiplicative decrease**: a throttling answer (`429 Too Many
//!   Requests`, or `503 Service Unavailable`, the other status servers use
//!   to shed load) halves the current rate, never below `configured / 32`
//!   ([`RequestBudget::min_rate`]);
//! - **additive increase**: every other answer (2xx, 3xx, 4xx) counts toward
//!   restoring it: after each [`RESTORE_AFTER`] consecutive such answers the
//!   rate grows by a quarter of the configured rate, up to the configured
//!   rate. A throttling answer starts the count again;
//! - **neither**: a `500`, `502`, `504` (or any 5xx but `503`) and a
//!   transport error say nothing about the rate: they neither shrink it nor
//!   count toward restoring it.
//!
//! Tokens are reserved in the order [`acquire`](RequestBudget::acquire) is
//! called: each call takes its token at once (the bucket may go into debt)
//! and sleeps until the token has been earned, so a waiter never loops and
//! never starves. A call dropped while waiting gives its token back. A rate
//! change affects the waits computed after it; waits already computed keep
//! their time. Waiting uses `tokio::time`, so tests run with paused time.
//!
//! A [`RequestMeter`] counts the requests a client sent (each attempt) and
//! the throttling answers it got, so a process can report requests per feed.
//!
//! Both are cheap to clone; clones share their state. Give them to clients
//! with [`ClientBuilder::budget`](crate::ClientBuilder::budget) and
//! [`ClientBuilder::meter`](crate::ClientBuilder::meter):
//!
//! ```no_run
//! # #[cfg(all(feature = "defendis", feature = "taxii"))] {
//! use secops::budget::{RequestBudget, RequestMeter};
//! use secops::defendis::Defendis;
//! // One budget for the service host: 10 requests/s, bursts of 5.
//! let budget = RequestBudget::new(10.0, 5)?;
//! let (alerts, leaks) = (RequestMeter::new(), RequestMeter::new());
//! let a = Defendis::builder().api_key("k").budget(budget.clone()).meter(alerts.clone()).build()?;
//! let b = Defendis::builder().api_key("k").budget(budget.clone()).meter(leaks.clone()).build()?;
//! // … later: alerts.requests(), leaks.throttled(), budget.rate()
//! # }
//! # Ok::<(), secops::Error>(())
//! ```

use std::fmt;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

use tokio::time::Instant;

use crate::error::{Error, Result};

/// Consecutive non-throttling answers after which the rate grows by a
/// quarter of the configured rate.
pub const RESTORE_AFTER: u32 = 20;

/// The lowest rate, as a fraction of the configured one: `1 / 32`.
const FLOOR_DIVISOR: f64 = 32.0;

/// The share of the configured rate added by each restoring step.
const RESTORE_STEP: f64 = 0.25;

/// What an answer says about the rate (see the [module docs](self)).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Signal {
    /// `429` or `503`: shrink.
    Throttled,
    /// Counts toward restoring.
    Fine,
    /// Says nothing.
    Neither,
}

fn signal(status: u16) -> Signal {
    match status {
        429 | 503 => Signal::Throttled,
        500..=599 => Signal::Neither,
        _ => Signal::Fine,
    }
}

/// Whether a status is a throttling answer (`429` or `503`).
pub fn is_throttling(status: u16) -> bool {
    signal(status) == Signal::Throttled
}

#[derive(Debug)]
struct Bucket {
    /// Tokens at `last` (negative: reserved ahead by waiters).
    tokens: f64,
    /// When `tokens` was last brought up to date.
    last: Instant,
    /// The current rate, tokens per second.
    rate: f64,
    /// Consecutive non-throttling answers since the last change of rate.
    streak: u32,
}

impl Bucket {
    /// Adds what the current rate earned since `last`.
    fn refill(&mut self, now: Instant, burst: f64) {
        let elapsed = now.saturating_duration_since(self.last).as_secs_f64();
        self.tokens = (self.tokens + elapsed * self.rate).min(burst);
        self.last = now;
    }
}

#[derive(Debug)]
struct BudgetInner {
    configured: f64,
    burst: u32,
    bucket: Mutex<Bucket>,
    throttled: AtomicU64,
}

/// A token bucket shared by clients, whose rate adapts to throttling (see
/// the [module docs](self)). Clones share their state.
#[derive(Clone)]
pub struct RequestBudget {
    inner: Arc<BudgetInner>,
}

impl fmt::Debug for RequestBudget {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RequestBudget")
            .field("configured_rate", &self.inner.configured)
            .field("rate", &self.rate())
            .field("burst", &self.inner.burst)
            .field("throttled", &self.throttled())
            .finish()
    }
}

impl RequestBudget {
    /// A budget of `rate_per_second` requests a second (finite, above zero)
    /// with bursts of up to `burst` requests (at least 1); it starts full.
    pub fn new(rate_per_second: f64, burst: u32) -> Result<Self> {
        if !rate_per_second.is_finite() || rate_per_second <= 0.0 {
            return Err(Error::invalid_input(format!(
                "a request budget needs a finite rate above zero, got {rate_per_second}"
            )));
        }
        if burst == 0 {
            return Err(Error::invalid_input(
                "a request budget needs a burst of at least 1",
            ));
        }
        Ok(RequestBudget {
            inner: Arc::new(BudgetInner {
                configured: rate_per_second,
                burst,
                bucket: Mutex::new(Bucket {
                    tokens: f64::from(burst),
                    last: Instant::now(),
                    rate: rate_per_second,
                    streak: 0,
                }),
                throttled: AtomicU64::new(0),
            }),
        })
    }

    fn bucket(&self) -> MutexGuard<'_, Bucket> {
        // Nothing panics while the lock is held; a poisoned lock is still sound.
        self.inner
            .bucket
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Waits until a token is available and takes it (see the
    /// [module docs](self) for the order of waiters).
    pub async fn acquire(&self) {
        let wait = {
            let mut b = self.bucket();
            b.refill(Instant::now(), f64::from(self.inner.burst));
            b.tokens -= 1.0;
            if b.tokens >= 0.0 {
                return;
            }
            // Rounded up to the nanosecond: never earlier than the token.
            let secs = -b.tokens / b.rate;
            Duration::from_nanos((secs * 1e9).ceil().min(u64::MAX as f64) as u64)
        };
        let mut refund = Refund {
            budget: self,
            armed: true,
        };
        tokio::time::sleep(wait).await;
        refund.armed = false;
    }

    /// Tells the budget how the service answered (`status`): a throttling
    /// answer halves the rate, other answers restore it (see the
    /// [module docs](self)).
    pub fn observe(&self, status: u16) {
        let burst = f64::from(self.inner.burst);
        let mut b = self.bucket();
        match signal(status) {
            Signal::Throttled => {
                self.inner.throttled.fetch_add(1, Ordering::Relaxed);
                // What the old rate earned so far is kept.
                b.refill(Instant::now(), burst);
                b.rate = (b.rate / 2.0).max(self.min_rate());
                b.streak = 0;
            }
            Signal::Fine => {
                if b.rate >= self.inner.configured {
                    b.streak = 0;
                    return;
                }
                b.streak += 1;
                if b.streak >= RESTORE_AFTER {
                    b.refill(Instant::now(), burst);
                    b.rate =
                        (b.rate + self.inner.configured * RESTORE_STEP).min(self.inner.configured);
                    b.streak = 0;
                }
            }
            Signal::Neither => {}
        }
    }

    /// The current rate, requests per second.
    pub fn rate(&self) -> f64 {
        self.bucket().rate
    }

    /// The configured (and highest) rate, requests per second.
    pub fn configured_rate(&self) -> f64 {
        self.inner.configured
    }

    /// The lowest rate throttling can bring it to: `configured / 32`.
    pub fn min_rate(&self) -> f64 {
        self.inner.configured / FLOOR_DIVISOR
    }

    /// The largest burst.
    pub fn burst(&self) -> u32 {
        self.inner.burst
    }

    /// Throttling answers (`429`, `503`) observed so far.
    pub fn throttled(&self) -> u64 {
        self.inner.throttled.load(Ordering::Relaxed)
    }
}

/// Gives a reserved token back when an [`RequestBudget::acquire`] is
/// dropped before its wait ended.
struct Refund<'a> {
    budget: &'a RequestBudget,
    armed: bool,
}

impl Drop for Refund<'_> {
    fn drop(&mut self) {
        if self.armed {
            let burst = f64::from(self.budget.inner.burst);
            let mut b = self.budget.bucket();
            b.refill(Instant::now(), burst);
            b.tokens = (b.tokens + 1.0).min(burst);
        }
    }
}

#[derive(Debug, Default)]
struct MeterInner {
    requests: AtomicU64,
    throttled: AtomicU64,
}

/// Counts a client's requests and throttling answers. Clones share their
/// counters.
#[derive(Clone, Default)]
pub struct RequestMeter {
    inner: Arc<MeterInner>,
}

impl fmt::Debug for RequestMeter {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RequestMeter")
            .field("requests", &self.requests())
            .field("throttled", &self.throttled())
            .finish()
    }
}

impl RequestMeter {
    /// A meter at zero.
    pub fn new() -> Self {
        Self::default()
    }

    /// Requests sent (each attempt of a retried call counts).
    pub fn requests(&self) -> u64 {
        self.inner.requests.load(Ordering::Relaxed)
    }

    /// Throttling answers (`429`, `503`) received.
    pub fn throttled(&self) -> u64 {
        self.inner.throttled.load(Ordering::Relaxed)
    }

    fn sent(&self) {
        self.inner.requests.fetch_add(1, Ordering::Relaxed);
    }

    fn answered(&self, status: u16) {
        if is_throttling(status) {
            self.inner.throttled.fetch_add(1, Ordering::Relaxed);
        }
    }
}

/// What runs around every request a client sends: its [`RequestBudget`]
/// (wait for a token, then tell it the answer) and its [`RequestMeter`].
#[derive(Clone, Debug, Default)]
pub(crate) struct Gate {
    pub(crate) budget: Option<RequestBudget>,
    pub(crate) meter: Option<RequestMeter>,
}

impl Gate {
    /// Before a request is sent: waits for a token, counts the request.
    pub(crate) async fn before(&self) {
        if let Some(b) = &self.budget {
            b.acquire().await;
        }
        if let Some(m) = &self.meter {
            m.sent();
        }
    }

    /// After: the answer's status, `None` for a transport error.
    pub(crate) fn after(&self, status: Option<u16>) {
        let Some(status) = status else { return };
        if let Some(b) = &self.budget {
            b.observe(status);
        }
        if let Some(m) = &self.meter {
            m.answered(status);
        }
    }

    /// Sends one request on `client` between [`before`](Self::before) and
    /// [`after`](Self::after).
    pub(crate) async fn execute(
        &self,
        client: &reqwest::Client,
        request: reqwest::Request,
    ) -> reqwest::Result<reqwest::Response> {
        self.before().await;
        let out = client.execute(request).await;
        self.after(out.as_ref().ok().map(|r| r.status().as_u16()));
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn signals() {
        assert_eq!(signal(429), Signal::Throttled);
        assert_eq!(signal(503), Signal::Throttled);
        for s in [500, 502, 504, 599] {
            assert_eq!(signal(s), Signal::Neither, "{s}");
        }
        for s in [200, 204, 301, 400, 401, 404] {
            assert_eq!(signal(s), Signal::Fine, "{s}");
        }
    }

    #[tokio::test(start_paused = true)]
    async fn a_dropped_wait_gives_its_token_back() {
        let b = RequestBudget::new(1.0, 1).unwrap();
        b.acquire().await;
        // Debt of one token: this wait is dropped before it ends.
        let waited = tokio::time::timeout(Duration::from_millis(100), b.acquire()).await;
        assert!(waited.is_err());
        let start = Instant::now();
        b.acquire().await;
        let took = start.elapsed();
        // 0.1 s already earned: 0.9 s left, not 1.9 s.
        assert!(
            took >= Duration::from_millis(900) && took <= Duration::from_millis(910),
            "{took:?}"
        );
    }

    #[test]
    fn debug_shows_numbers() {
        let b = RequestBudget::new(4.0, 2).unwrap();
        let m = RequestMeter::new();
        let s = format!("{b:?} {m:?}");
        assert!(
            s.contains("configured_rate: 4.0") && s.contains("requests: 0"),
            "{s}"
        );
    }
}
