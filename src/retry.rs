//! One retry policy for every service.
//!
//! Two pieces, as in the AWS SDKs: a *classifier* decides whether an outcome is
//! worth retrying (see [`Decision`], [`classify_response`], [`crate::Error::is_retryable`]),
//! and a *strategy* ([`RetryPolicy`]) decides when: exponential backoff with full
//! jitter between `0` and `min(max_backoff, initial_backoff × 2^(attempt-1))`,
//! `Retry-After` honoured in both forms (delta seconds and HTTP date) on 429 and
//! 503, an overall deadline that no wait may cross, and `max_attempts` in all.
//!
//! Only idempotent methods (GET, HEAD, PUT, DELETE, OPTIONS) are retried unless a
//! call opts in (read-only POSTs such as SIE Batch fetches do); a request whose
//! body cannot be cloned (a stream, a multipart upload) is sent once.
//!
//! Each retry emits a `tracing` event at `WARN` with the service, operation,
//! attempt, status and delay — never a URL, a query string or a key.
//!
//! Waiting uses `tokio::time`, so tests run with paused time and never sleep.

use std::future::Future;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, SystemTime};

use http::{HeaderMap, Method};

#[cfg(test)]
use crate::error::Error;
use crate::error::{Result, Service};

/// The longest server-requested wait (`Retry-After`) honoured by a policy
/// without a deadline: one hour.
pub const MAX_SERVER_WAIT: Duration = Duration::from_secs(3600);

/// Statuses worth retrying: 408, 425, 429, 500, 502, 503, 504.
pub fn is_retryable_status(status: u16) -> bool {
    matches!(status, 408 | 425 | 429 | 500 | 502 | 503 | 504)
}

/// Whether a method is idempotent (and so retried without opting in).
pub fn is_idempotent(method: &Method) -> bool {
    matches!(
        *method,
        Method::GET | Method::HEAD | Method::PUT | Method::DELETE | Method::OPTIONS
    )
}

/// Parses a `Retry-After` value: delta seconds, or an HTTP date relative to `now`.
///
/// A date in the past gives zero; anything unparseable gives `None`.
pub fn parse_retry_after(value: &str, now: SystemTime) -> Option<Duration> {
    let v = value.trim();
    if v.is_empty() {
        return None;
    }
    if v.bytes().all(|b| b.is_ascii_digit()) {
        return v.parse::<u64>().ok().map(Duration::from_secs);
    }
    let when = httpdate::parse_http_date(v).ok()?;
    Some(when.duration_since(now).unwrap_or(Duration::ZERO))
}

/// `Retry-After` from response headers (only meaningful on 429 and 503).
pub fn retry_after_from_headers(status: u16, headers: &HeaderMap) -> Option<Duration> {
    if status != 429 && status != 503 {
        return None;
    }
    let v = headers.get(http::header::RETRY_AFTER)?.to_str().ok()?;
    parse_retry_after(v, SystemTime::now())
}

/// What the classifier says of one attempt's outcome.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decision {
    /// Hand the outcome to the caller.
    Done,
    /// Try again, after the server's `Retry-After` when it gave one, else after a backoff.
    Retry {
        /// The server's `Retry-After`.
        after: Option<Duration>,
        /// The status that caused the retry (0 for a transport error), for logs.
        status: u16,
    },
}

/// Classifies a `reqwest` outcome: retryable statuses and transport errors retry.
pub fn classify_response(outcome: &reqwest::Result<reqwest::Response>) -> Decision {
    match outcome {
        Ok(resp) => {
            let status = resp.status().as_u16();
            if is_retryable_status(status) {
                Decision::Retry {
                    after: retry_after_from_headers(status, resp.headers()),
                    status,
                }
            } else {
                Decision::Done
            }
        }
        Err(e) if e.is_builder() || e.is_redirect() => Decision::Done,
        Err(_) => Decision::Retry {
            after: None,
            status: 0,
        },
    }
}

// Write classifiers: when a write (a request that changes something) may be
// sent again. A write is never resent once the service may have acted on it.

/// A write sent once, whatever happens (a stream that cannot be rewound, an
/// import the caller did not opt in to retry).
pub fn write_once(_outcome: &reqwest::Result<reqwest::Response>) -> Decision {
    Decision::Done
}

/// A write resent only when the service certainly did not take it: `429`,
/// `503`, or a connection that was never made (Sandbox submissions).
pub fn write_not_received(outcome: &reqwest::Result<reqwest::Response>) -> Decision {
    match outcome {
        Ok(resp) => match resp.status().as_u16() {
            status @ (429 | 503) => Decision::Retry {
                after: retry_after_from_headers(status, resp.headers()),
                status,
            },
            _ => Decision::Done,
        },
        Err(e) if e.is_connect() => Decision::Retry {
            after: None,
            status: 0,
        },
        Err(_) => Decision::Done,
    }
}

/// Classifies a crate [`Result`]: retryable errors retry, honouring `Retry-After`.
pub fn classify_result<T>(outcome: &Result<T>) -> Decision {
    match outcome {
        Err(e) if e.is_retryable() => Decision::Retry {
            after: e.retry_after(),
            status: e.status().unwrap_or(0),
        },
        _ => Decision::Done,
    }
}

/// Counts the retries made through a policy (and every clone of it).
#[derive(Debug, Clone, Default)]
pub struct RetryStats(Arc<AtomicU64>);

impl RetryStats {
    /// Retries made so far.
    pub fn retries(&self) -> u64 {
        self.0.load(Ordering::Relaxed)
    }
}

/// The retry strategy. Clones share their [`RetryStats`].
///
/// ```
/// use std::time::Duration;
/// use secops::RetryPolicy;
/// let policy = RetryPolicy::default()
///     .max_attempts(8)
///     .initial_backoff(Duration::from_millis(100))
///     .max_backoff(Duration::from_secs(10))
///     .deadline(Duration::from_secs(120));
/// assert_eq!(policy.get_max_attempts(), 8);
/// ```
#[derive(Debug, Clone)]
pub struct RetryPolicy {
    max_attempts: u32,
    initial_backoff: Duration,
    max_backoff: Duration,
    deadline: Option<Duration>,
    stats: RetryStats,
}

impl Default for RetryPolicy {
    /// 5 attempts, 200 ms initial backoff, 20 s maximum backoff, 5 minute deadline.
    fn default() -> Self {
        RetryPolicy {
            max_attempts: 5,
            initial_backoff: Duration::from_millis(200),
            max_backoff: Duration::from_secs(20),
            deadline: Some(Duration::from_secs(300)),
            stats: RetryStats::default(),
        }
    }
}

impl RetryPolicy {
    /// A policy that never retries.
    pub fn none() -> Self {
        RetryPolicy::default().max_attempts(1)
    }

    /// Attempts in all, the first included (at least 1).
    pub fn max_attempts(mut self, n: u32) -> Self {
        self.max_attempts = n.max(1);
        self
    }

    /// The backoff ceiling of the first retry.
    pub fn initial_backoff(mut self, d: Duration) -> Self {
        self.initial_backoff = d;
        self
    }

    /// The largest backoff (not applied to a server's `Retry-After`).
    pub fn max_backoff(mut self, d: Duration) -> Self {
        self.max_backoff = d;
        self
    }

    /// The overall time budget, from the first attempt: no wait is started that
    /// would end after it. `None` for no deadline.
    pub fn deadline(mut self, d: impl Into<Option<Duration>>) -> Self {
        self.deadline = d.into();
        self
    }

    /// The configured number of attempts.
    pub fn get_max_attempts(&self) -> u32 {
        self.max_attempts
    }

    /// The retry counter shared by this policy and its clones.
    pub fn stats(&self) -> &RetryStats {
        &self.stats
    }

    /// The upper bound of the jittered backoff before retry number `retry` (1-based).
    pub fn backoff_ceiling(&self, retry: u32) -> Duration {
        let exp = retry.saturating_sub(1).min(30);
        let ceiling = self.initial_backoff.saturating_mul(1u32 << exp);
        ceiling.min(self.max_backoff)
    }

    /// A full-jitter backoff for retry number `retry` (1-based): uniform in `[0, ceiling]`.
    pub fn backoff(&self, retry: u32) -> Duration {
        let ceiling = self.backoff_ceiling(retry);
        let nanos = ceiling.as_nanos().min(u64::MAX as u128) as u64;
        Duration::from_nanos(fastrand::u64(0..=nanos))
    }

    /// The wait before retry number `retry` (1-based), `elapsed` after the
    /// first attempt started: the server's `after` (`Retry-After`) when it gave
    /// one, else a jittered [`backoff`](Self::backoff). `None` when the wait
    /// would cross the [`deadline`](Self::deadline): give up instead of waiting.
    ///
    /// Without a deadline a server's wait is capped at
    /// [`MAX_SERVER_WAIT`] (or `max_backoff`, if larger), so that a
    /// `Retry-After: 999999999` cannot park a client for 31 years.
    pub fn wait_before(
        &self,
        retry: u32,
        after: Option<Duration>,
        elapsed: Duration,
    ) -> Option<Duration> {
        let delay = after.unwrap_or_else(|| self.backoff(retry));
        match self.deadline {
            // Saturating: a huge `Retry-After` must not overflow (and panic).
            Some(deadline) if elapsed.saturating_add(delay) > deadline => None,
            Some(_) => Some(delay),
            None => Some(delay.min(MAX_SERVER_WAIT.max(self.max_backoff))),
        }
    }

    /// Runs `op` until `classify` says done, the attempts are used up or the
    /// deadline would be crossed; returns the last outcome.
    ///
    /// `op` receives the attempt number (1-based).
    pub async fn run<T, F, Fut, C>(
        &self,
        service: Service,
        operation: &str,
        mut op: F,
        classify: C,
    ) -> T
    where
        F: FnMut(u32) -> Fut,
        Fut: Future<Output = T>,
        C: Fn(&T) -> Decision,
    {
        let start = tokio::time::Instant::now();
        let mut attempt = 1u32;
        loop {
            let outcome = op(attempt).await;
            let Decision::Retry { after, status } = classify(&outcome) else {
                return outcome;
            };
            if attempt >= self.max_attempts {
                return outcome;
            }
            let Some(delay) = self.wait_before(attempt, after, start.elapsed()) else {
                let delay = after.unwrap_or_default();
                tracing::warn!(
                    service = service.as_str(),
                    operation,
                    attempt,
                    status,
                    delay_ms = delay.as_millis() as u64,
                    "not retrying: the wait would cross the retry deadline"
                );
                return outcome;
            };
            // A retry ridden through is routine (the summary counts them): info, not warn.
            tracing::info!(
                service = service.as_str(),
                operation,
                attempt,
                status,
                delay_ms = delay.as_millis() as u64,
                "retrying"
            );
            self.stats.0.fetch_add(1, Ordering::Relaxed);
            tokio::time::sleep(delay).await;
            attempt += 1;
        }
    }

    /// Runs a fallible operation of the crate, retrying retryable [`crate::Error`]s.
    ///
    /// Use it for hand-written flows where one attempt is more than one HTTP
    /// exchange (e.g. fetch a page *and* decode its body). The caller decides
    /// idempotency: pass `idempotent = false` for a write that must not repeat.
    pub async fn retry<T, F, Fut>(
        &self,
        service: Service,
        operation: &str,
        idempotent: bool,
        op: F,
    ) -> Result<T>
    where
        F: FnMut(u32) -> Fut,
        Fut: Future<Output = Result<T>>,
    {
        if !idempotent {
            let mut op = op;
            return op(1).await;
        }
        self.run(service, operation, op, classify_result).await
    }

    /// Sends a request, retrying per the policy, and returns the last response
    /// (which may carry an error status) or transport error.
    ///
    /// Retries only idempotent methods unless `opt_in`; a request whose body
    /// cannot be cloned is sent once.
    pub async fn send(
        &self,
        service: Service,
        operation: &str,
        client: &reqwest::Client,
        request: reqwest::Request,
        opt_in: bool,
    ) -> reqwest::Result<reqwest::Response> {
        let retryable = opt_in || is_idempotent(request.method());
        if !retryable || request.try_clone().is_none() {
            return client.execute(request).await;
        }
        self.run(
            service,
            operation,
            |_| {
                let req = request.try_clone().expect("checked clonable above");
                client.execute(req)
            },
            classify_response,
        )
        .await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retry_after_forms() {
        let now = SystemTime::UNIX_EPOCH + Duration::from_secs(1_700_000_000);
        assert_eq!(parse_retry_after("7", now), Some(Duration::from_secs(7)));
        let later = httpdate::fmt_http_date(now + Duration::from_secs(30));
        assert_eq!(
            parse_retry_after(&later, now),
            Some(Duration::from_secs(30))
        );
        let past = httpdate::fmt_http_date(now - Duration::from_secs(30));
        assert_eq!(parse_retry_after(&past, now), Some(Duration::ZERO));
        assert_eq!(parse_retry_after("soon", now), None);
        assert_eq!(parse_retry_after("", now), None);
        assert_eq!(parse_retry_after("-3", now), None);
    }

    #[test]
    fn backoff_is_bounded() {
        let p = RetryPolicy::default()
            .initial_backoff(Duration::from_millis(100))
            .max_backoff(Duration::from_secs(1));
        assert_eq!(p.backoff_ceiling(1), Duration::from_millis(100));
        assert_eq!(p.backoff_ceiling(2), Duration::from_millis(200));
        assert_eq!(p.backoff_ceiling(4), Duration::from_millis(800));
        assert_eq!(p.backoff_ceiling(5), Duration::from_secs(1));
        assert_eq!(p.backoff_ceiling(60), Duration::from_secs(1));
        for r in 1..10 {
            for _ in 0..50 {
                assert!(p.backoff(r) <= p.backoff_ceiling(r));
            }
        }
    }

    #[test]
    fn statuses_and_methods() {
        for s in [408, 425, 429, 500, 502, 503, 504] {
            assert!(is_retryable_status(s));
        }
        for s in [200, 400, 401, 403, 404, 409, 501] {
            assert!(!is_retryable_status(s));
        }
        assert!(is_idempotent(&Method::GET) && is_idempotent(&Method::PUT));
        assert!(!is_idempotent(&Method::POST) && !is_idempotent(&Method::PATCH));
    }

    #[tokio::test(start_paused = true)]
    async fn run_counts_attempts_and_stops_at_max() {
        let p = RetryPolicy::default().max_attempts(4);
        let mut calls = 0;
        let out: Result<()> = p
            .retry(Service::Sie, "op", true, |_| {
                calls += 1;
                async {
                    Err(Error::Transport {
                        service: Service::Sie,
                        message: "reset".into(),
                        source: None,
                    })
                }
            })
            .await;
        assert!(out.is_err());
        assert_eq!(calls, 4);
        assert_eq!(p.stats().retries(), 3);
    }

    #[tokio::test(start_paused = true)]
    async fn non_idempotent_runs_once() {
        let p = RetryPolicy::default();
        let mut calls = 0;
        let _: Result<()> = p
            .retry(Service::Sie, "op", false, |_| {
                calls += 1;
                async {
                    Err(Error::Timeout {
                        service: Service::Sie,
                        message: "t".into(),
                    })
                }
            })
            .await;
        assert_eq!(calls, 1);
    }
}
