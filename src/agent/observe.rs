//! The agent's observability: per-feed state, Prometheus metrics and the
//! HTTP endpoints that expose them.
//!
//! An [`Observer`] is created once per agent; the scheduler registers each
//! configured feed with [`Observer::feed`] and reports its life cycle through
//! the returned [`FeedObserver`]. [`Observer::serve`] answers:
//!
//! | path       | answer                                                                |
//! |------------|-----------------------------------------------------------------------|
//! | `/metrics` | the metrics below, Prometheus text format 0.0.4, or OpenMetrics 1.0 when the scraper's `Accept` asks for it |
//! | `/healthz` | `200 ok` while the process serves HTTP                                |
//! | `/readyz`  | `200 ready`, or `503` and a one-line reason (see [`Observer::ready`]) |
//! | `/status`  | JSON, see [`Observer::status`]                                        |
//!
//! Anything else is `404`. The endpoints have no authentication: bind the
//! listener to loopback or a private interface.
//!
//! # Metrics
//!
//! Every series carries the labels `feed` (the feed's name) and `service`
//! (the [`Service`]'s short lowercase name, e.g. `defendis`).
//!
//! | name | type | extra labels | counted by |
//! |------|------|--------------|------------|
//! | `secops_feed_records_total` | counter | | [`FeedObserver::step`] |
//! | `secops_feed_pages_total` | counter | | [`FeedObserver::step`] |
//! | `secops_feed_requests_total` | counter | | [`RunFigures::requests`] of each finished run |
//! | `secops_feed_retries_total` | counter | | [`RunFigures::retries`] of each finished run |
//! | `secops_feed_gaps_total` | counter | | [`RunFigures::gaps`] of each finished run |
//! | `secops_feed_errors_total` | counter | `kind` | [`FeedObserver::run_failed`] |
//! | `secops_feed_runs_total` | counter | `outcome` = `success`\|`failure` | [`FeedObserver::run_succeeded`], [`FeedObserver::run_failed`] |
//! | `secops_feed_run_duration_seconds` | histogram | | [`RunFigures::duration`] of every finished run, failed or not |
//! | `secops_feed_last_success_timestamp_seconds` | gauge | | Unix time of the last [`FeedObserver::run_succeeded`] (absent before) |
//! | `secops_feed_lag_seconds` | gauge | | now − watermark, computed at scrape time, never negative (absent without a watermark) |
//! | `secops_feed_running` | gauge | | 1 between [`FeedObserver::run_started`] and the run's end, else 0 |
//! | `secops_feed_backoff_seconds` | gauge | | the delay chosen by the last [`FeedObserver::run_failed`] while the feed backs off, else 0 |
//! | `secops_feed_parked` | gauge | | 1 while the feed is [parked](FeedObserver::parked), else 0 |
//! | `secops_feed_next_run_timestamp_seconds` | gauge | | Unix time of the next run (absent when none is planned) |
//!
//! Records and pages are counted **only** by [`FeedObserver::step`], which
//! the scheduler calls after each committed page, so that progress is
//! visible during a long run; [`FeedObserver::run_succeeded`] and
//! [`FeedObserver::run_failed`] count requests, retries, gaps, the run and
//! its duration, never records or pages.
//!
//! # Messages
//!
//! Error messages reach `/status`. Callers pass them already scrubbed of
//! secrets; as a second line of defence every query string (from `?` to the
//! next whitespace: presigned URLs carry their signature there) is dropped,
//! and what remains is cut to [`MAX_MESSAGE_CHARS`] characters. Error kinds
//! become a label value: characters other than ASCII letters, digits, `_`,
//! `-` and `.` become `_`, and they are cut to 64 characters.
//!
//! # Removing a feed
//!
//! [`Observer::remove_feed`] drops the feed's `/status` entry and its gauges
//! (a stale `secops_feed_parked 1` would keep alerting on a feed that no longer
//! exists). Its counters and histogram stay until the process exits, so that
//! they never go backwards: a feed added again under the same name and
//! service continues from the same values.

use std::collections::BTreeMap;
use std::fmt::{self, Write as _};
use std::future::Future;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::Duration;

use axum::extract::State;
use axum::http::header::{ACCEPT, CONTENT_TYPE};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use chrono::{DateTime, SecondsFormat, TimeDelta, Utc};
use prometheus_client::collector::Collector;
use prometheus_client::encoding::{DescriptorEncoder, EncodeGaugeValue, EncodeLabelSet};
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::histogram::Histogram;
use prometheus_client::metrics::MetricType;
use prometheus_client::registry::{Registry, Unit};
use serde_json::{json, Value};

use crate::Service;

/// Content type of [`Observer::metrics_text`] (Prometheus text format 0.0.4).
pub const PROMETHEUS_CONTENT_TYPE: &str =
    prometheus_client::encoding::prometheus_text::CONTENT_TYPE;

/// Content type of [`Observer::metrics_openmetrics`] (OpenMetrics text 1.0.0).
pub const OPENMETRICS_CONTENT_TYPE: &str =
    "application/openmetrics-text; version=1.0.0; charset=utf-8";

/// Messages kept for `/status` are cut to this many characters.
pub const MAX_MESSAGE_CHARS: usize = 1000;

/// Error kinds (a label value) are cut to this many characters.
const MAX_KIND_CHARS: usize = 64;

/// Upper bounds of `secops_feed_run_duration_seconds`: 10 ms to 10 min.
const DURATION_BUCKETS: [f64; 15] = [
    0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0, 120.0, 300.0, 600.0,
];

/// What a finished run reports to [`FeedObserver::run_succeeded`] or
/// [`FeedObserver::run_failed`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RunFigures {
    /// HTTP requests the run made, retries included.
    pub requests: u64,
    /// Requests that were retries of an earlier attempt.
    pub retries: u64,
    /// Wall-clock duration of the run.
    pub duration: Duration,
    /// The feed's watermark (newest record time committed) at the end of the
    /// run; `None` leaves the previous one in place.
    pub watermark: Option<DateTime<Utc>>,
    /// Gaps (ranges the run had to skip) recorded by the run.
    pub gaps: u64,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct FeedLabels {
    feed: String,
    service: String,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct ErrorLabels {
    feed: String,
    service: String,
    kind: String,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct RunLabels {
    feed: String,
    service: String,
    outcome: String,
}

fn duration_histogram() -> Histogram {
    Histogram::new(DURATION_BUCKETS)
}

/// The metric families kept in the registry (counters and the histogram;
/// gauges are produced at scrape time by [`GaugeCollector`]).
#[derive(Debug, Clone)]
struct Families {
    records: Family<FeedLabels, Counter>,
    pages: Family<FeedLabels, Counter>,
    requests: Family<FeedLabels, Counter>,
    retries: Family<FeedLabels, Counter>,
    gaps: Family<FeedLabels, Counter>,
    errors: Family<ErrorLabels, Counter>,
    runs: Family<RunLabels, Counter>,
    duration: Family<FeedLabels, Histogram, fn() -> Histogram>,
}

/// Where a feed is in its life cycle.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Phase {
    Idle,
    Running,
    Backoff,
    Parked,
    Stopped,
}

impl Phase {
    fn as_str(self) -> &'static str {
        match self {
            Phase::Idle => "idle",
            Phase::Running => "running",
            Phase::Backoff => "backoff",
            Phase::Parked => "parked",
            Phase::Stopped => "stopped",
        }
    }
}

#[derive(Debug, Clone)]
struct LastError {
    kind: String,
    message: String,
    at: DateTime<Utc>,
}

#[derive(Debug)]
struct FeedState {
    phase: Phase,
    next_run: Option<DateTime<Utc>>,
    last_success: Option<DateTime<Utc>>,
    last_error: Option<LastError>,
    watermark: Option<DateTime<Utc>>,
    backoff: Duration,
    consecutive_failures: u64,
}

/// One registered feed: its series handles and its mutable state.
#[derive(Debug)]
struct Feed {
    labels: FeedLabels,
    service: Service,
    records: Counter,
    pages: Counter,
    requests: Counter,
    retries: Counter,
    gaps: Counter,
    runs_success: Counter,
    runs_failure: Counter,
    duration: Histogram,
    errors: Family<ErrorLabels, Counter>,
    state: Mutex<FeedState>,
}

type FeedMap = Arc<Mutex<BTreeMap<String, Arc<Feed>>>>;

#[derive(Debug)]
struct AgentState {
    started_at: DateTime<Utc>,
    started: bool,
    stopping: bool,
    /// Shared state: this agent, the live agents and every feed's lease.
    cluster: Option<Value>,
}

#[derive(Debug)]
struct Inner {
    registry: Registry,
    families: Families,
    /// Lock order: this map, then a feed's `state`.
    feeds: FeedMap,
    agent: Mutex<AgentState>,
}

/// Observability state of the agent: feeds, metrics, readiness.
///
/// Cheap to clone (an [`Arc`] inside); every clone sees the same state.
#[derive(Debug, Clone)]
pub struct Observer {
    inner: Arc<Inner>,
}

/// The handle through which the scheduler reports one feed's life cycle.
///
/// Cheap to clone. A handle whose feed was [removed](Observer::remove_feed)
/// (or replaced by a feed of another service under the same name) still
/// counts into the metrics but no longer changes `/status` or the gauges.
#[derive(Debug, Clone)]
pub struct FeedObserver {
    feed: Arc<Feed>,
}

/// Locks, ignoring poisoning: the state stays usable if a holder panicked,
/// and observability must never take the agent down.
fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(PoisonError::into_inner)
}

fn rfc3339(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Millis, true)
}

fn unix_seconds(t: DateTime<Utc>) -> f64 {
    t.timestamp_millis() as f64 / 1000.0
}

/// `now - watermark` in seconds, never negative (a watermark ahead of the
/// local clock counts as no lag).
fn lag_seconds(now: DateTime<Utc>, watermark: DateTime<Utc>) -> f64 {
    ((now - watermark).num_milliseconds() as f64 / 1000.0).max(0.0)
}

/// Defence in depth for messages that are kept and served: drops every
/// query string (from `?` to the next whitespace; presigned URLs carry their
/// signature there) and cuts the result to [`MAX_MESSAGE_CHARS`] characters
/// (the last one then being `…`).
fn scrub_message(message: &str) -> String {
    let mut out = String::new();
    let mut kept = 0usize;
    let mut in_query = false;
    for c in message.chars() {
        if in_query {
            if !c.is_whitespace() {
                continue;
            }
            in_query = false;
        } else if c == '?' {
            in_query = true;
            continue;
        }
        if kept == MAX_MESSAGE_CHARS {
            // One character too many: replace the last one with the marker.
            out.pop();
            out.push('…');
            return out;
        }
        out.push(c);
        kept += 1;
    }
    out
}

/// Error kinds become a label value: keep them short and tame.
fn sanitize_kind(kind: &str) -> String {
    let k: String = kind
        .chars()
        .take(MAX_KIND_CHARS)
        .map(|c| {
            if c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.') {
                c
            } else {
                '_'
            }
        })
        .collect();
    if k.is_empty() {
        "unknown".to_owned()
    } else {
        k
    }
}

fn checked_after(now: DateTime<Utc>, delay: Duration) -> Option<DateTime<Utc>> {
    TimeDelta::from_std(delay)
        .ok()
        .and_then(|d| now.checked_add_signed(d))
}

impl Default for Observer {
    fn default() -> Self {
        Self::new()
    }
}

impl Observer {
    /// A new observer: no feeds, not started (so not ready), `started_at` now.
    pub fn new() -> Self {
        let families = Families {
            records: Family::default(),
            pages: Family::default(),
            requests: Family::default(),
            retries: Family::default(),
            gaps: Family::default(),
            errors: Family::default(),
            runs: Family::default(),
            duration: Family::new_with_constructor(duration_histogram as fn() -> Histogram),
        };
        let feeds: FeedMap = Arc::default();
        let mut registry = Registry::with_prefix("secops");
        // Counter names get their `_total` suffix from the encoder.
        registry.register(
            "feed_records",
            "Records committed, counted page by page as runs progress",
            families.records.clone(),
        );
        registry.register("feed_pages", "Pages committed", families.pages.clone());
        registry.register(
            "feed_requests",
            "HTTP requests made by finished runs, retries included",
            families.requests.clone(),
        );
        registry.register(
            "feed_retries",
            "Requests of finished runs that retried an earlier attempt",
            families.retries.clone(),
        );
        registry.register(
            "feed_errors",
            "Failed runs by error kind",
            families.errors.clone(),
        );
        registry.register(
            "feed_runs",
            "Finished runs by outcome",
            families.runs.clone(),
        );
        registry.register(
            "feed_gaps",
            "Gaps (skipped ranges) recorded by finished runs",
            families.gaps.clone(),
        );
        registry.register_with_unit(
            "feed_run_duration",
            "Duration of finished runs, failed ones included",
            Unit::Seconds,
            families.duration.clone(),
        );
        registry.register_collector(Box::new(GaugeCollector {
            feeds: feeds.clone(),
        }));
        Observer {
            inner: Arc::new(Inner {
                registry,
                families,
                feeds,
                agent: Mutex::new(AgentState {
                    started_at: Utc::now(),
                    started: false,
                    stopping: false,
                    cluster: None,
                }),
            }),
        }
    }

    /// Registers the feed `name` of `service` and returns its handle.
    ///
    /// If a feed of that name and service is already registered, returns a
    /// handle to it (same state). If one of that name but another service is,
    /// it is replaced by a fresh entry (the old handle is detached, as by
    /// [`remove_feed`](Self::remove_feed)). A new feed starts `idle`, with no
    /// next run; its counters start at zero, or where they were if the feed
    /// had been registered before.
    pub fn feed(&self, name: &str, service: Service) -> FeedObserver {
        let mut feeds = lock(&self.inner.feeds);
        if let Some(existing) = feeds.get(name) {
            if existing.service == service {
                return FeedObserver {
                    feed: existing.clone(),
                };
            }
        }
        let f = &self.inner.families;
        let labels = FeedLabels {
            feed: name.to_owned(),
            service: service.as_str().to_owned(),
        };
        let outcome = |outcome: &str| RunLabels {
            feed: labels.feed.clone(),
            service: labels.service.clone(),
            outcome: outcome.to_owned(),
        };
        let feed = Arc::new(Feed {
            records: f.records.get_or_create_owned(&labels),
            pages: f.pages.get_or_create_owned(&labels),
            requests: f.requests.get_or_create_owned(&labels),
            retries: f.retries.get_or_create_owned(&labels),
            gaps: f.gaps.get_or_create_owned(&labels),
            runs_success: f.runs.get_or_create_owned(&outcome("success")),
            runs_failure: f.runs.get_or_create_owned(&outcome("failure")),
            duration: f.duration.get_or_create_owned(&labels),
            errors: f.errors.clone(),
            labels,
            service,
            state: Mutex::new(FeedState {
                phase: Phase::Idle,
                next_run: None,
                last_success: None,
                last_error: None,
                watermark: None,
                backoff: Duration::ZERO,
                consecutive_failures: 0,
            }),
        });
        feeds.insert(name.to_owned(), feed.clone());
        FeedObserver { feed }
    }

    /// The feed was removed from the configuration: its `/status` entry and
    /// its gauges go, its counters and histogram stay (they must not go
    /// backwards; see the [module docs](self)). Unknown names are ignored.
    pub fn remove_feed(&self, name: &str) {
        lock(&self.inner.feeds).remove(name);
    }

    /// The metrics in the Prometheus text exposition format 0.0.4
    /// ([`PROMETHEUS_CONTENT_TYPE`]).
    pub fn metrics_text(&self) -> String {
        let mut out = String::new();
        if let Err(fmt::Error) =
            prometheus_client::encoding::prometheus_text::encode(&mut out, &self.inner.registry)
        {
            tracing::warn!("encoding the metrics failed; the scrape is incomplete");
        }
        out
    }

    /// The metrics in the OpenMetrics text format 1.0.0, `# EOF` included
    /// ([`OPENMETRICS_CONTENT_TYPE`]).
    pub fn metrics_openmetrics(&self) -> String {
        let mut out = String::new();
        if let Err(fmt::Error) =
            prometheus_client::encoding::text::encode(&mut out, &self.inner.registry)
        {
            tracing::warn!("encoding the metrics failed; the scrape is incomplete");
        }
        out
    }

    /// What `/status` returns:
    ///
    /// ```json
    /// {"agent": {"started_at": "…", "state": "starting"|"running"|"stopping", "ready": true},
    ///  "feeds": [{"name": "…", "service": "defendis",
    ///             "state": "idle"|"running"|"backoff"|"parked"|"stopped",
    ///             "next_run": "…"|null, "last_success": "…"|null,
    ///             "last_error": {"kind": "…", "message": "…", "at": "…"}|null,
    ///             "watermark": "…"|null, "lag_seconds": 12.5|null,
    ///             "records_total": 0, "runs": 0, "consecutive_failures": 0}]}
    /// ```
    ///
    /// Feeds are sorted by name; times are RFC 3339 UTC. `started_at` is when
    /// this observer was created, `state` is `starting` until
    /// [`set_started`](Self::set_started). `records_total` and `runs`
    /// (finished runs, either outcome) are the values of the metrics, so they
    /// survive removing and re-adding a feed; `lag_seconds` is computed now.
    pub fn status(&self) -> Value {
        let now = Utc::now();
        let (started_at, state, cluster) = {
            let a = lock(&self.inner.agent);
            let state = if a.stopping {
                "stopping"
            } else if a.started {
                "running"
            } else {
                "starting"
            };
            (rfc3339(a.started_at), state, a.cluster.clone())
        };
        let feeds: Vec<Value> = lock(&self.inner.feeds)
            .values()
            .map(|feed| feed.status(now))
            .collect();
        let mut out = json!({
            "agent": {"started_at": started_at, "state": state, "ready": self.ready()},
            "feeds": feeds,
        });
        if let Some(c) = cluster {
            out["cluster"] = c;
        }
        out
    }

    /// With shared state: what `/status` shows under `cluster` (this agent's
    /// id, the live agents, its share, and which agent holds which feed).
    pub fn set_cluster(&self, cluster: Value) {
        lock(&self.inner.agent).cluster = Some(cluster);
    }

    /// Whether the agent is ready: [started](Self::set_started), not
    /// [stopping](Self::set_stopping), and no feed parked.
    pub fn ready(&self) -> bool {
        self.readiness().is_ok()
    }

    /// `Ok` when [ready](Self::ready), else a short reason (what `/readyz`
    /// answers with its 503).
    pub fn readiness(&self) -> Result<(), String> {
        {
            let a = lock(&self.inner.agent);
            if a.stopping {
                return Err("stopping".to_owned());
            }
            if !a.started {
                return Err("starting: feeds not scheduled yet".to_owned());
            }
        }
        let parked: Vec<String> = lock(&self.inner.feeds)
            .iter()
            .filter(|(_, f)| lock(&f.state).phase == Phase::Parked)
            .map(|(name, _)| name.clone())
            .collect();
        if parked.is_empty() {
            return Ok(());
        }
        const SHOWN: usize = 5;
        let mut reason = format!("parked: {}", parked[..parked.len().min(SHOWN)].join(", "));
        if parked.len() > SHOWN {
            let _ = write!(reason, " and {} more", parked.len() - SHOWN);
        }
        Err(reason)
    }

    /// The scheduler has scheduled the configured feeds: the agent can
    /// become ready.
    pub fn set_started(&self) {
        lock(&self.inner.agent).started = true;
    }

    /// The agent is shutting down: `/readyz` answers 503 from now on, and
    /// `/status` says `stopping`.
    pub fn set_stopping(&self) {
        lock(&self.inner.agent).stopping = true;
    }

    /// The HTTP routes (`/metrics`, `/healthz`, `/readyz`, `/status`, 404
    /// otherwise), for callers that serve them themselves.
    pub fn router(&self) -> Router {
        Router::new()
            .route("/metrics", get(metrics_handler))
            .route("/healthz", get(|| async { "ok\n" }))
            .route("/readyz", get(readyz_handler))
            .route("/status", get(status_handler))
            .fallback(|| async { (StatusCode::NOT_FOUND, "not found\n") })
            .with_state(self.clone())
    }

    /// Serves the [routes](Self::router) on `listener` until `shutdown`
    /// resolves, then stops accepting and lets requests in flight finish.
    ///
    /// # Errors
    ///
    /// None in practice: [`axum::serve()`], whose result this is, retries a
    /// failed accept after a pause rather than giving up.
    pub async fn serve(
        self,
        listener: tokio::net::TcpListener,
        shutdown: impl Future<Output = ()> + Send + 'static,
    ) -> std::io::Result<()> {
        axum::serve(listener, self.router())
            .with_graceful_shutdown(shutdown)
            .await
    }
}

async fn metrics_handler(State(observer): State<Observer>, headers: HeaderMap) -> Response {
    // Prometheus asks for OpenMetrics first (with a q-value) when it can
    // parse it; everything else gets the classic text format.
    let openmetrics = headers
        .get_all(ACCEPT)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .any(accepts_openmetrics);
    let (body, content_type) = if openmetrics {
        (observer.metrics_openmetrics(), OPENMETRICS_CONTENT_TYPE)
    } else {
        (observer.metrics_text(), PROMETHEUS_CONTENT_TYPE)
    };
    ([(CONTENT_TYPE, content_type)], body).into_response()
}

/// Whether one media range of an `Accept` header is OpenMetrics text with a
/// non-zero quality.
fn accepts_openmetrics(range: &str) -> bool {
    let mut params = range.split(';').map(str::trim);
    let media_type = params.next().unwrap_or_default();
    media_type.eq_ignore_ascii_case("application/openmetrics-text")
        && params
            .filter_map(|p| p.strip_prefix("q="))
            .all(|q| q.trim().parse::<f64>().map_or(true, |q| q > 0.0))
}

async fn readyz_handler(State(observer): State<Observer>) -> Response {
    match observer.readiness() {
        Ok(()) => (StatusCode::OK, "ready\n".to_owned()).into_response(),
        Err(reason) => (StatusCode::SERVICE_UNAVAILABLE, reason + "\n").into_response(),
    }
}

async fn status_handler(State(observer): State<Observer>) -> Json<Value> {
    Json(observer.status())
}

impl Feed {
    fn status(&self, now: DateTime<Utc>) -> Value {
        let s = lock(&self.state);
        json!({
            "name": self.labels.feed,
            "service": self.labels.service,
            "state": s.phase.as_str(),
            "next_run": s.next_run.map(rfc3339),
            "last_success": s.last_success.map(rfc3339),
            "last_error": s.last_error.as_ref().map(|e| json!({
                "kind": e.kind,
                "message": e.message,
                "at": rfc3339(e.at),
            })),
            "watermark": s.watermark.map(rfc3339),
            "lag_seconds": s.watermark.map(|w| lag_seconds(now, w)),
            "records_total": self.records.get(),
            "runs": self.runs_success.get() + self.runs_failure.get(),
            "consecutive_failures": s.consecutive_failures,
        })
    }

    /// Counts what every finished run reports.
    fn finish_run(&self, r: &RunFigures, state: &mut FeedState) {
        self.requests.inc_by(r.requests);
        self.retries.inc_by(r.retries);
        self.gaps.inc_by(r.gaps);
        self.duration.observe(r.duration.as_secs_f64());
        if r.watermark.is_some() {
            state.watermark = r.watermark;
        }
    }
}

impl FeedObserver {
    /// The next run is planned for `next`. The feed becomes `idle`, unless it
    /// is backing off or parked: then only its next run time changes (so the
    /// scheduler may report the retry time either way).
    pub fn scheduled(&self, next: DateTime<Utc>) {
        let mut s = lock(&self.feed.state);
        s.next_run = Some(next);
        if !matches!(s.phase, Phase::Backoff | Phase::Parked) {
            s.phase = Phase::Idle;
            s.backoff = Duration::ZERO;
        }
    }

    /// A run started: state `running` (which also ends parking and backoff),
    /// `secops_feed_running` 1, no next run.
    pub fn run_started(&self) {
        let mut s = lock(&self.feed.state);
        s.phase = Phase::Running;
        s.next_run = None;
        s.backoff = Duration::ZERO;
    }

    /// Progress during a run: `records` records in `pages` pages were
    /// committed. The only call that counts records and pages.
    pub fn step(&self, records: u64, pages: u64) {
        self.feed.records.inc_by(records);
        self.feed.pages.inc_by(pages);
    }

    /// The run succeeded: counts its requests, retries, gaps, duration and
    /// a `success` run (not its records: see [`step`](Self::step)); sets the
    /// last success time and the watermark; resets consecutive failures. The
    /// feed is `idle` with no next run until [`scheduled`](Self::scheduled).
    pub fn run_succeeded(&self, r: &RunFigures) {
        let mut s = lock(&self.feed.state);
        self.feed.finish_run(r, &mut s);
        self.feed.runs_success.inc();
        s.phase = Phase::Idle;
        s.next_run = None;
        s.backoff = Duration::ZERO;
        s.last_success = Some(Utc::now());
        s.consecutive_failures = 0;
    }

    /// The run failed with an error of `kind` (a short fixed token such as
    /// `auth`, `rate_limited`, `server`; it becomes a label value) and will
    /// be retried in `backoff`: counts the run's figures, a `failure` run and
    /// `secops_feed_errors_total{kind}`; records the error (the message is
    /// [scrubbed](self#messages) of query strings and cut to
    /// [`MAX_MESSAGE_CHARS`]); state `backoff`, next run now + `backoff`.
    pub fn run_failed(&self, kind: &str, message: &str, backoff: Duration, r: &RunFigures) {
        let kind = sanitize_kind(kind);
        let message = scrub_message(message);
        let now = Utc::now();
        let mut s = lock(&self.feed.state);
        self.feed.finish_run(r, &mut s);
        self.feed.runs_failure.inc();
        self.feed
            .errors
            .get_or_create(&ErrorLabels {
                feed: self.feed.labels.feed.clone(),
                service: self.feed.labels.service.clone(),
                kind: kind.clone(),
            })
            .inc();
        s.phase = Phase::Backoff;
        s.backoff = backoff;
        s.next_run = checked_after(now, backoff);
        s.consecutive_failures += 1;
        s.last_error = Some(LastError {
            kind,
            message,
            at: now,
        });
    }

    /// The feed is parked: a failure retrying cannot fix (typically refused
    /// credentials) stops it until it runs again. `/readyz` answers 503 while
    /// any feed is parked. Counts nothing: a run that ends this way reports
    /// [`run_failed`](Self::run_failed) first. `message` (scrubbed like
    /// `run_failed`'s) becomes the last error, of kind `parked`.
    pub fn parked(&self, message: &str) {
        let message = scrub_message(message);
        let mut s = lock(&self.feed.state);
        s.phase = Phase::Parked;
        s.backoff = Duration::ZERO;
        s.next_run = None;
        s.last_error = Some(LastError {
            kind: "parked".to_owned(),
            message,
            at: Utc::now(),
        });
    }

    /// The feed stopped (the agent is shutting down): state `stopped`, no
    /// next run.
    pub fn stopped(&self) {
        let mut s = lock(&self.feed.state);
        s.phase = Phase::Stopped;
        s.backoff = Duration::ZERO;
        s.next_run = None;
    }
}

/// Produces the gauges at scrape time from the feeds' state, so that they
/// cannot disagree with `/status`, `lag` is fresh, and a removed feed's
/// gauges go with it.
#[derive(Debug)]
struct GaugeCollector {
    feeds: FeedMap,
}

struct GaugeRow {
    labels: FeedLabels,
    last_success: Option<f64>,
    lag: Option<f64>,
    running: i64,
    backoff: f64,
    parked: i64,
    next_run: Option<f64>,
}

fn encode_gauges<V: EncodeGaugeValue>(
    encoder: &mut DescriptorEncoder,
    name: &str,
    help: &str,
    unit: Option<&Unit>,
    series: impl Iterator<Item = (FeedLabels, V)>,
) -> fmt::Result {
    let mut series = series.peekable();
    if series.peek().is_none() {
        return Ok(());
    }
    let mut metric = encoder.encode_descriptor(name, help, unit, MetricType::Gauge)?;
    for (labels, value) in series {
        metric.encode_family(&labels)?.encode_gauge(&value)?;
    }
    Ok(())
}

impl Collector for GaugeCollector {
    fn encode(&self, mut encoder: DescriptorEncoder) -> fmt::Result {
        let now = Utc::now();
        let rows: Vec<GaugeRow> = lock(&self.feeds)
            .values()
            .map(|feed| {
                let s = lock(&feed.state);
                GaugeRow {
                    labels: feed.labels.clone(),
                    last_success: s.last_success.map(unix_seconds),
                    lag: s.watermark.map(|w| lag_seconds(now, w)),
                    running: i64::from(s.phase == Phase::Running),
                    backoff: if s.phase == Phase::Backoff {
                        s.backoff.as_secs_f64()
                    } else {
                        0.0
                    },
                    parked: i64::from(s.phase == Phase::Parked),
                    next_run: s.next_run.map(unix_seconds),
                }
            })
            .collect();
        let seconds = Unit::Seconds;
        encode_gauges(
            &mut encoder,
            "feed_last_success_timestamp",
            "Unix time of the last successful run.",
            Some(&seconds),
            rows.iter()
                .filter_map(|r| Some((r.labels.clone(), r.last_success?))),
        )?;
        encode_gauges(
            &mut encoder,
            "feed_lag",
            "Time from the feed's watermark to now.",
            Some(&seconds),
            rows.iter().filter_map(|r| Some((r.labels.clone(), r.lag?))),
        )?;
        encode_gauges(
            &mut encoder,
            "feed_running",
            "1 while a run is in progress.",
            None,
            rows.iter().map(|r| (r.labels.clone(), r.running)),
        )?;
        encode_gauges(
            &mut encoder,
            "feed_backoff",
            "Delay before the retry of a failed run, 0 when not backing off.",
            Some(&seconds),
            rows.iter().map(|r| (r.labels.clone(), r.backoff)),
        )?;
        encode_gauges(
            &mut encoder,
            "feed_parked",
            "1 while the feed is parked by a failure retries cannot fix.",
            None,
            rows.iter().map(|r| (r.labels.clone(), r.parked)),
        )?;
        encode_gauges(
            &mut encoder,
            "feed_next_run_timestamp",
            "Unix time of the next planned run.",
            Some(&seconds),
            rows.iter()
                .filter_map(|r| Some((r.labels.clone(), r.next_run?))),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;
    use tokio::sync::oneshot;

    /// One sample of the text format: `name{labels} value`.
    #[derive(Debug)]
    struct Sample {
        name: String,
        labels: BTreeMap<String, String>,
        value: f64,
    }

    /// A tiny parser of the Prometheus/OpenMetrics text format: skips `#`
    /// lines, reads `name{k="v",…} value`, label values with `\\`, `\"` and
    /// `\n` escapes.
    fn parse(text: &str) -> Vec<Sample> {
        let mut out = Vec::new();
        for line in text.lines() {
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let (name, rest) = match line.find(['{', ' ']) {
                Some(i) => line.split_at(i),
                None => panic!("no value: {line}"),
            };
            let mut labels = BTreeMap::new();
            let mut rest = rest;
            if let Some(body) = rest.strip_prefix('{') {
                let mut chars = body.char_indices();
                let mut key = String::new();
                let end = loop {
                    let (i, c) = chars.next().expect("unterminated labels");
                    match c {
                        '}' => break i,
                        ',' => {}
                        '=' => {
                            assert_eq!(chars.next().map(|(_, c)| c), Some('"'), "{line}");
                            let mut value = String::new();
                            loop {
                                match chars.next().expect("unterminated value").1 {
                                    '"' => break,
                                    '\\' => match chars.next().expect("escape").1 {
                                        'n' => value.push('\n'),
                                        c => value.push(c),
                                    },
                                    c => value.push(c),
                                }
                            }
                            labels.insert(std::mem::take(&mut key), value);
                        }
                        c => key.push(c),
                    }
                };
                rest = &body[end + 1..];
            }
            let value = rest.split_whitespace().next().expect("value");
            let value = match value {
                "+Inf" => f64::INFINITY,
                "-Inf" => f64::NEG_INFINITY,
                v => v.parse().unwrap_or_else(|_| panic!("bad value in {line}")),
            };
            out.push(Sample {
                name: name.to_owned(),
                labels,
                value,
            });
        }
        out
    }

    /// The value of the one sample `name` whose labels include `labels`.
    fn value(samples: &[Sample], name: &str, labels: &[(&str, &str)]) -> Option<f64> {
        let mut found = samples.iter().filter(|s| {
            s.name == name
                && labels
                    .iter()
                    .all(|(k, v)| s.labels.get(*k).map(String::as_str) == Some(*v))
        });
        let first = found.next()?;
        assert!(found.next().is_none(), "{name} {labels:?} is ambiguous");
        Some(first.value)
    }

    fn feed_of<'a>(status: &'a Value, name: &str) -> &'a Value {
        status["feeds"]
            .as_array()
            .unwrap()
            .iter()
            .find(|f| f["name"] == name)
            .unwrap_or_else(|| panic!("no feed {name} in {status}"))
    }

    fn figures(requests: u64, retries: u64, secs: f64, gaps: u64) -> RunFigures {
        RunFigures {
            requests,
            retries,
            duration: Duration::from_secs_f64(secs),
            watermark: None,
            gaps,
        }
    }

    struct Server {
        base: String,
        client: reqwest::Client,
        stop: Option<oneshot::Sender<()>>,
        task: tokio::task::JoinHandle<std::io::Result<()>>,
    }

    impl Server {
        async fn start(observer: &Observer) -> Server {
            let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
            let base = format!("http://{}", listener.local_addr().unwrap());
            let (stop, stopped) = oneshot::channel::<()>();
            let task = tokio::spawn(observer.clone().serve(listener, async {
                let _ = stopped.await;
            }));
            Server {
                base,
                client: reqwest::Client::new(),
                stop: Some(stop),
                task,
            }
        }

        async fn get(&self, path: &str) -> reqwest::Response {
            self.client
                .get(format!("{}{path}", self.base))
                .send()
                .await
                .unwrap()
        }

        async fn stop(mut self) {
            self.stop.take().unwrap().send(()).unwrap();
            self.task.await.unwrap().unwrap();
        }
    }

    #[test]
    fn feed_life_cycle_changes_status_and_metrics() {
        let o = Observer::new();
        let f = o.feed("alerts", Service::Defendis);
        let l = [("feed", "alerts"), ("service", "defendis")];
        let status = o.status();
        let st = feed_of(&status, "alerts");
        assert_eq!(st["state"], "idle");
        assert_eq!(st["service"], "defendis");
        assert_eq!(st["last_error"], Value::Null);
        assert_eq!(st["next_run"], Value::Null);
        let m = parse(&o.metrics_text());
        assert_eq!(value(&m, "secops_feed_records_total", &l), Some(0.0));
        assert_eq!(value(&m, "secops_feed_running", &l), Some(0.0));
        assert_eq!(
            value(&m, "secops_feed_next_run_timestamp_seconds", &l),
            None
        );

        let next = Utc::now() + TimeDelta::minutes(5);
        f.scheduled(next);
        let status = o.status();
        assert_eq!(feed_of(&status, "alerts")["next_run"], rfc3339(next));
        let m = parse(&o.metrics_text());
        assert_eq!(
            value(&m, "secops_feed_next_run_timestamp_seconds", &l),
            Some(unix_seconds(next))
        );

        f.run_started();
        assert_eq!(feed_of(&o.status(), "alerts")["state"], "running");
        let m = parse(&o.metrics_text());
        assert_eq!(value(&m, "secops_feed_running", &l), Some(1.0));
        assert_eq!(
            value(&m, "secops_feed_next_run_timestamp_seconds", &l),
            None
        );

        f.step(100, 1);
        f.step(50, 1);
        assert_eq!(feed_of(&o.status(), "alerts")["records_total"], 150);
        let watermark = Utc::now() - TimeDelta::hours(2);
        f.run_succeeded(&RunFigures {
            watermark: Some(watermark),
            ..figures(3, 1, 0.3, 2)
        });
        let status = o.status();
        let st = feed_of(&status, "alerts");
        assert_eq!(st["state"], "idle");
        assert_eq!(
            st["records_total"], 150,
            "run_succeeded must not add records"
        );
        assert_eq!(st["runs"], 1);
        assert_eq!(st["consecutive_failures"], 0);
        assert_eq!(st["watermark"], rfc3339(watermark));
        let lag = st["lag_seconds"].as_f64().unwrap();
        assert!((7200.0..7260.0).contains(&lag), "{lag}");
        assert!(st["last_success"].is_string());
        let m = parse(&o.metrics_text());
        assert_eq!(value(&m, "secops_feed_records_total", &l), Some(150.0));
        assert_eq!(value(&m, "secops_feed_pages_total", &l), Some(2.0));
        assert_eq!(value(&m, "secops_feed_requests_total", &l), Some(3.0));
        assert_eq!(value(&m, "secops_feed_retries_total", &l), Some(1.0));
        assert_eq!(value(&m, "secops_feed_gaps_total", &l), Some(2.0));
        let ok = [l[0], l[1], ("outcome", "success")];
        let failed = [l[0], l[1], ("outcome", "failure")];
        assert_eq!(value(&m, "secops_feed_runs_total", &ok), Some(1.0));
        assert_eq!(value(&m, "secops_feed_runs_total", &failed), Some(0.0));
        assert_eq!(value(&m, "secops_feed_running", &l), Some(0.0));
        let lag = value(&m, "secops_feed_lag_seconds", &l).unwrap();
        assert!((7200.0..7260.0).contains(&lag), "{lag}");
        assert!(value(&m, "secops_feed_last_success_timestamp_seconds", &l).unwrap() > 1.7e9);
        assert_eq!(
            value(&m, "secops_feed_run_duration_seconds_count", &l),
            Some(1.0)
        );
        let le = |b| [l[0], l[1], ("le", b)];
        let bucket = |b| value(&m, "secops_feed_run_duration_seconds_bucket", &le(b));
        assert_eq!(bucket("0.25"), Some(0.0));
        assert_eq!(bucket("0.5"), Some(1.0));
        assert_eq!(bucket("+Inf"), Some(1.0));

        f.run_started();
        f.step(10, 1);
        f.run_failed(
            "rate_limited",
            "429 Too Many Requests",
            Duration::from_secs(60),
            &figures(4, 3, 2.0, 0),
        );
        let status = o.status();
        let st = feed_of(&status, "alerts");
        assert_eq!(st["state"], "backoff");
        assert_eq!(st["records_total"], 160);
        assert_eq!(st["runs"], 2);
        assert_eq!(st["consecutive_failures"], 1);
        assert_eq!(st["last_error"]["kind"], "rate_limited");
        assert_eq!(st["last_error"]["message"], "429 Too Many Requests");
        assert!(st["next_run"].is_string());
        assert_eq!(
            st["watermark"],
            rfc3339(watermark),
            "kept without a new one"
        );
        let m = parse(&o.metrics_text());
        let kind = [l[0], l[1], ("kind", "rate_limited")];
        assert_eq!(value(&m, "secops_feed_errors_total", &kind), Some(1.0));
        assert_eq!(value(&m, "secops_feed_runs_total", &failed), Some(1.0));
        assert_eq!(value(&m, "secops_feed_requests_total", &l), Some(7.0));
        assert_eq!(value(&m, "secops_feed_retries_total", &l), Some(4.0));
        assert_eq!(value(&m, "secops_feed_backoff_seconds", &l), Some(60.0));
        assert_eq!(
            value(&m, "secops_feed_run_duration_seconds_count", &l),
            Some(2.0)
        );
        assert_eq!(
            value(&m, "secops_feed_run_duration_seconds_sum", &l),
            Some(2.3)
        );

        // Scheduling the retry keeps the backoff state.
        f.scheduled(next);
        assert_eq!(feed_of(&o.status(), "alerts")["state"], "backoff");
        f.run_failed(
            "server",
            "502",
            Duration::from_secs(120),
            &figures(1, 0, 0.1, 0),
        );
        assert_eq!(feed_of(&o.status(), "alerts")["consecutive_failures"], 2);
        f.run_started();
        f.run_succeeded(&figures(1, 0, 0.1, 0));
        let status = o.status();
        let st = feed_of(&status, "alerts");
        assert_eq!(st["consecutive_failures"], 0);
        assert_eq!(
            st["last_error"]["kind"], "server",
            "the last error stays visible"
        );
        let m = parse(&o.metrics_text());
        assert_eq!(value(&m, "secops_feed_backoff_seconds", &l), Some(0.0));

        f.stopped();
        assert_eq!(feed_of(&o.status(), "alerts")["state"], "stopped");
    }

    #[test]
    fn feed_returns_the_existing_handle_and_status_is_sorted() {
        let o = Observer::new();
        let a = o.feed("zeta", Service::Taxii);
        o.feed("alpha", Service::Sie);
        o.feed("mid", Service::DefectDojo);
        let again = o.feed("zeta", Service::Taxii);
        again.step(5, 1);
        a.step(1, 1);
        let status = o.status();
        let names: Vec<&str> = status["feeds"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f["name"].as_str().unwrap())
            .collect();
        assert_eq!(names, ["alpha", "mid", "zeta"]);
        assert_eq!(feed_of(&status, "zeta")["records_total"], 6);
        assert_eq!(feed_of(&status, "mid")["service"], "defectdojo");

        // Another service under the same name replaces the entry.
        let other = o.feed("zeta", Service::Defendis);
        other.run_started();
        a.parked("401");
        let status = o.status();
        assert_eq!(feed_of(&status, "zeta")["service"], "defendis");
        assert_eq!(feed_of(&status, "zeta")["state"], "running");
        assert_eq!(status["feeds"].as_array().unwrap().len(), 3);
    }

    #[test]
    fn removed_feed_loses_status_and_gauges_but_keeps_counters() {
        let o = Observer::new();
        o.set_started();
        let f = o.feed("vulns", Service::DefectDojo);
        let l = [("feed", "vulns"), ("service", "defectdojo")];
        f.run_started();
        f.step(7, 1);
        f.run_failed(
            "auth",
            "401",
            Duration::from_secs(1),
            &figures(1, 0, 0.1, 0),
        );
        f.parked("401 Unauthorized");
        assert!(!o.ready());

        o.remove_feed("vulns");
        o.remove_feed("never-there");
        assert!(
            o.ready(),
            "a removed parked feed no longer blocks readiness"
        );
        assert_eq!(o.status()["feeds"], json!([]));
        let m = parse(&o.metrics_text());
        assert_eq!(value(&m, "secops_feed_parked", &l), None);
        assert_eq!(value(&m, "secops_feed_running", &l), None);
        assert_eq!(value(&m, "secops_feed_records_total", &l), Some(7.0));
        let auth = [l[0], l[1], ("kind", "auth")];
        assert_eq!(value(&m, "secops_feed_errors_total", &auth), Some(1.0));

        // The old handle still counts, but no longer shows in the status.
        f.step(1, 1);
        f.parked("again");
        assert!(o.ready());

        // Added again: counters continue, state starts afresh.
        let g = o.feed("vulns", Service::DefectDojo);
        g.step(2, 1);
        let status = o.status();
        assert_eq!(feed_of(&status, "vulns")["records_total"], 10);
        assert_eq!(feed_of(&status, "vulns")["state"], "idle");
        assert_eq!(feed_of(&status, "vulns")["last_error"], Value::Null);
        let m = parse(&o.metrics_text());
        assert_eq!(value(&m, "secops_feed_records_total", &l), Some(10.0));
        assert_eq!(value(&m, "secops_feed_parked", &l), Some(0.0));
    }

    #[test]
    fn messages_lose_query_strings_and_are_capped() {
        assert_eq!(
            scrub_message("GET https://x/y?X-Amz-Signature=abc&b=c failed: 403"),
            "GET https://x/y failed: 403"
        );
        assert_eq!(scrub_message("a?b\tc?d\ne?"), "a\tc\ne");
        assert_eq!(scrub_message("plain"), "plain");
        let exact = "é".repeat(MAX_MESSAGE_CHARS);
        assert_eq!(scrub_message(&exact), exact);
        let long = scrub_message(&"é".repeat(MAX_MESSAGE_CHARS + 1));
        assert_eq!(long.chars().count(), MAX_MESSAGE_CHARS);
        assert!(long.ends_with('…'));
        assert_eq!(sanitize_kind("rate_limited"), "rate_limited");
        assert_eq!(sanitize_kind("bad kind\"}"), "bad_kind__");
        assert_eq!(sanitize_kind(""), "unknown");
        assert_eq!(sanitize_kind(&"k".repeat(500)).len(), MAX_KIND_CHARS);
    }

    #[test]
    fn accept_header_negotiation() {
        assert!(accepts_openmetrics(
            "application/openmetrics-text;version=1.0.0;q=0.5"
        ));
        assert!(accepts_openmetrics(" application/openmetrics-text"));
        assert!(!accepts_openmetrics("application/openmetrics-text;q=0"));
        assert!(!accepts_openmetrics("text/plain;version=0.0.4"));
        assert!(!accepts_openmetrics("*/*"));
    }

    #[tokio::test]
    async fn metrics_scraped_over_http_equal_what_was_reported() {
        let o = Observer::new();
        let f = o.feed("collections", Service::Taxii);
        let g = o.feed("batches", Service::Sie);
        let l = [("feed", "collections"), ("service", "taxii")];
        f.run_started();
        f.step(1234, 3);
        f.run_succeeded(&RunFigures {
            watermark: Some(Utc::now() - TimeDelta::seconds(600)),
            ..figures(5, 2, 12.0, 1)
        });
        let next = Utc::now() + TimeDelta::hours(1);
        f.scheduled(next);
        g.run_started();
        g.run_failed(
            "timeout",
            "timed out",
            Duration::from_secs(30),
            &figures(2, 1, 0.02, 0),
        );

        let server = Server::start(&o).await;
        let resp = server.get("/metrics").await;
        assert_eq!(resp.status(), 200);
        assert_eq!(resp.headers()[CONTENT_TYPE], PROMETHEUS_CONTENT_TYPE);
        let text = resp.text().await.unwrap();
        assert!(!text.contains("# EOF"));
        let m = parse(&text);
        assert!(
            m.iter().all(|s| s.name.starts_with("secops_feed_")),
            "{text}"
        );
        assert_eq!(value(&m, "secops_feed_records_total", &l), Some(1234.0));
        assert_eq!(value(&m, "secops_feed_pages_total", &l), Some(3.0));
        assert_eq!(value(&m, "secops_feed_requests_total", &l), Some(5.0));
        assert_eq!(value(&m, "secops_feed_retries_total", &l), Some(2.0));
        assert_eq!(value(&m, "secops_feed_gaps_total", &l), Some(1.0));
        let ok = [l[0], l[1], ("outcome", "success")];
        assert_eq!(value(&m, "secops_feed_runs_total", &ok), Some(1.0));
        assert_eq!(
            value(&m, "secops_feed_run_duration_seconds_sum", &l),
            Some(12.0)
        );
        assert_eq!(
            value(&m, "secops_feed_next_run_timestamp_seconds", &l),
            Some(unix_seconds(next))
        );
        let lag = value(&m, "secops_feed_lag_seconds", &l).unwrap();
        assert!((600.0..660.0).contains(&lag), "{lag}");
        assert_eq!(value(&m, "secops_feed_parked", &l), Some(0.0));
        let gl = [("feed", "batches"), ("service", "sie")];
        let timeout = [gl[0], gl[1], ("kind", "timeout")];
        assert_eq!(value(&m, "secops_feed_errors_total", &timeout), Some(1.0));
        assert_eq!(value(&m, "secops_feed_backoff_seconds", &gl), Some(30.0));
        assert_eq!(value(&m, "secops_feed_lag_seconds", &gl), None);
        assert_eq!(
            value(&m, "secops_feed_last_success_timestamp_seconds", &gl),
            None
        );
        for counter in [
            "records", "pages", "requests", "retries", "gaps", "errors", "runs",
        ] {
            assert!(text.contains(&format!("# TYPE secops_feed_{counter}_total counter\n")));
        }
        assert!(text.contains("# TYPE secops_feed_run_duration_seconds histogram\n"));
        assert!(text.contains("# TYPE secops_feed_lag_seconds gauge\n"));

        // A scraper that asks for OpenMetrics gets it, with the same values.
        let resp = server
            .client
            .get(format!("{}/metrics", server.base))
            .header(
                ACCEPT,
                "application/openmetrics-text;version=1.0.0;q=0.5,text/plain;version=0.0.4;q=0.4",
            )
            .send()
            .await
            .unwrap();
        assert_eq!(resp.headers()[CONTENT_TYPE], OPENMETRICS_CONTENT_TYPE);
        let text = resp.text().await.unwrap();
        assert!(text.ends_with("# EOF\n"), "{text}");
        let m = parse(&text);
        assert_eq!(value(&m, "secops_feed_records_total", &l), Some(1234.0));
        assert_eq!(value(&m, "secops_feed_errors_total", &timeout), Some(1.0));
        server.stop().await;
    }

    #[tokio::test]
    async fn readyz_is_503_while_a_feed_is_parked_and_200_after_it_runs_again() {
        let o = Observer::new();
        let f = o.feed("reports", Service::Sandbox);
        let server = Server::start(&o).await;

        let resp = server.get("/readyz").await;
        assert_eq!(resp.status(), 503, "not ready before the first schedule");
        assert!(resp.text().await.unwrap().starts_with("starting"));
        o.set_started();
        assert_eq!(server.get("/readyz").await.status(), 200);

        f.run_started();
        f.run_failed(
            "auth",
            "401",
            Duration::from_secs(5),
            &figures(1, 0, 0.1, 0),
        );
        f.parked("401 Unauthorized: key refused");
        let resp = server.get("/readyz").await;
        assert_eq!(resp.status(), 503);
        assert_eq!(resp.text().await.unwrap(), "parked: reports\n");
        assert!(!o.ready());
        let status: Value = server.get("/status").await.json().await.unwrap();
        assert_eq!(status["agent"]["ready"], false);
        assert_eq!(feed_of(&status, "reports")["state"], "parked");
        assert_eq!(
            feed_of(&status, "reports")["last_error"]["message"],
            "401 Unauthorized: key refused"
        );
        let m = parse(&server.get("/metrics").await.text().await.unwrap());
        let l = [("feed", "reports"), ("service", "sandbox")];
        assert_eq!(value(&m, "secops_feed_parked", &l), Some(1.0));

        f.run_started();
        assert_eq!(server.get("/readyz").await.status(), 200);
        f.run_succeeded(&figures(1, 0, 0.1, 0));
        assert_eq!(server.get("/readyz").await.status(), 200);
        assert_eq!(server.get("/healthz").await.text().await.unwrap(), "ok\n");

        o.set_stopping();
        let resp = server.get("/readyz").await;
        assert_eq!(resp.status(), 503);
        assert_eq!(resp.text().await.unwrap(), "stopping\n");
        let status: Value = server.get("/status").await.json().await.unwrap();
        assert_eq!(status["agent"]["state"], "stopping");
        assert_eq!(server.get("/healthz").await.status(), 200);
        server.stop().await;
    }

    #[tokio::test]
    async fn status_never_shows_a_query_string() {
        let o = Observer::new();
        o.set_started();
        let f = o.feed("samples", Service::Sandbox);
        f.run_started();
        f.run_failed(
            "download",
            "fetching https://x/y?X-Amz-Signature=abc failed: 403 Forbidden",
            Duration::from_secs(10),
            &figures(1, 0, 0.1, 0),
        );
        let server = Server::start(&o).await;
        let resp = server.get("/status").await;
        assert_eq!(resp.status(), 200);
        assert!(resp.headers()[CONTENT_TYPE]
            .to_str()
            .unwrap()
            .starts_with("application/json"));
        let body = resp.text().await.unwrap();
        assert!(!body.contains("X-Amz-Signature"), "{body}");
        assert!(!body.contains("abc"), "{body}");
        let status: Value = serde_json::from_str(&body).unwrap();
        assert_eq!(status["agent"]["state"], "running");
        assert_eq!(status["agent"]["ready"], true);
        assert!(status["agent"]["started_at"].is_string());
        let err = &feed_of(&status, "samples")["last_error"];
        assert_eq!(err["message"], "fetching https://x/y failed: 403 Forbidden");
        assert_eq!(err["kind"], "download");
        assert!(err["at"].is_string());

        f.parked(&format!("see https://x/y?sig=abc {}", "x".repeat(5000)));
        let status: Value = server.get("/status").await.json().await.unwrap();
        let message = feed_of(&status, "samples")["last_error"]["message"]
            .as_str()
            .unwrap()
            .to_owned();
        assert!(message.starts_with("see https://x/y x"), "{message}");
        assert_eq!(message.chars().count(), MAX_MESSAGE_CHARS);
        server.stop().await;
    }

    #[tokio::test]
    async fn unknown_path_is_404_and_shutdown_ends_serve() {
        let o = Observer::new();
        let server = Server::start(&o).await;
        for path in ["/", "/metrics/extra", "/nope", "/status?x=1/../"] {
            let status = server.get(path).await.status();
            let expected = if path.starts_with("/status") {
                200
            } else {
                404
            };
            assert_eq!(status, expected, "{path}");
        }
        let resp = server
            .client
            .post(format!("{}/metrics", server.base))
            .send()
            .await
            .unwrap();
        assert_eq!(resp.status(), 405);
        // `stop` asserts that `serve` returned Ok after the shutdown signal.
        server.stop().await;
    }
}
