//! One feed: its client, its checkpoint, its sink, and one run of the sync
//! driver over it.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;

use chrono::{DateTime, NaiveTime, Utc};
use tokio::sync::watch;

use super::config::{FeedConfig, FeedKind, KeyAuth, ServiceConfig, SinkConfig};
use super::rolling::{NextWindow, Rolling, Windows};
use super::rotate::{RotatingNdjson, Rotation};
use crate::budget::{RequestBudget, RequestMeter};
use crate::checkpoint::{CheckpointStore, FileCheckpoints};
use crate::config::ClientBuilder;
use crate::error::{Error, Result, Service};
use crate::retry::{RetryPolicy, RetryStats};
use crate::secret::Secret;
use crate::sink::Sink;
use crate::sync::{Gap, Identity, Opened, Source, SyncJob};

/// The agent's clock: the system's, or one that moves with tokio's (paused)
/// clock, so that tests compress hours of schedule.
#[derive(Debug, Clone, Copy)]
pub enum Clock {
    /// `Utc::now()`.
    System,
    /// `start` plus the tokio time elapsed since `at`.
    Tokio {
        /// The UTC time at `at`.
        start: DateTime<Utc>,
        /// The tokio instant matching `start`.
        at: tokio::time::Instant,
    },
}

impl Clock {
    /// A clock that follows tokio's, starting at `start`.
    pub fn tokio(start: DateTime<Utc>) -> Self {
        Clock::Tokio {
            start,
            at: tokio::time::Instant::now(),
        }
    }

    /// Now.
    pub fn now(&self) -> DateTime<Utc> {
        match self {
            Clock::System => Utc::now(),
            Clock::Tokio { start, at } => {
                *start + chrono::Duration::from_std(at.elapsed()).unwrap_or_default()
            }
        }
    }
}

/// The key of a request budget: one per service and host.
pub(crate) type BudgetKey = (Service, String);

/// The request budgets, by service and host, with the rate and burst they were made with.
type Budgets = Arc<std::sync::Mutex<HashMap<BudgetKey, (f64, u32, RequestBudget)>>>;

/// Where keys come from (the process environment, or a map in tests).
pub(crate) type EnvFn = Arc<dyn Fn(&str) -> Option<String> + Send + Sync>;

/// What is shared between feeds: the request budgets and the clock.
#[derive(Clone)]
pub(crate) struct Shared {
    pub clock: Clock,
    pub budgets: Budgets,
    pub env: EnvFn,
    /// One connection pool per service and transport settings, for all feeds.
    pub connections: crate::config::SharedConnections,
    /// The `[state]` database (checkpoints, records, leases).
    #[cfg(feature = "postgres")]
    pub db: Option<crate::pg::Database>,
}

impl Shared {
    /// The budget of `service` at `url`'s host, made on first use (and made
    /// anew when its rate or burst changed).
    fn budget(
        &self,
        service: Service,
        url: Option<&str>,
        sc: &ServiceConfig,
    ) -> Result<RequestBudget> {
        let host = url
            .and_then(|u| url::Url::parse(u).ok())
            .and_then(|u| {
                u.host_str()
                    .map(|h| format!("{h}:{}", u.port_or_known_default().unwrap_or(0)))
            })
            .unwrap_or_else(|| "default".into());
        let mut map = self.budgets.lock().expect("budgets");
        let key = (service, host);
        if let Some((rate, burst, b)) = map.get(&key) {
            if *rate == sc.rate && *burst == sc.burst {
                return Ok(b.clone());
            }
        }
        let b = RequestBudget::new(sc.rate, sc.burst)?;
        map.insert(key, (sc.rate, sc.burst, b.clone()));
        Ok(b)
    }
}

/// What every feed's client is built with: the service's settings, the
/// feed's retry counter and meter, the shared budget and connection pools.
struct Prep<'a> {
    sc: &'a ServiceConfig,
    retry: &'a RetryPolicy,
    budget: &'a RequestBudget,
    meter: &'a RequestMeter,
    connections: &'a crate::config::SharedConnections,
}

impl Prep<'_> {
    /// `b` with the settings, and `key` as the service's usual credential.
    fn apply<C>(&self, b: ClientBuilder<C>, key: Option<Secret>) -> ClientBuilder<C> {
        let mut b = b
            .share_connections(self.connections.clone())
            .retry(self.retry.clone())
            .budget(self.budget.clone())
            .meter(self.meter.clone())
            .allow_insecure_http(self.sc.insecure_http);
        if let Some(u) = &self.sc.url {
            b = b.base_url(u.clone());
        }
        for o in &self.sc.allow_origins {
            b = b.allow_origin(o.clone());
        }
        match key {
            Some(k) => b.api_key(k),
            None => b,
        }
    }
}

/// A feed's client (one per feed: its meter and retry counter are the feed's).
#[derive(Clone)]
#[allow(clippy::large_enum_variant)] // one per feed, never moved in a loop
enum Client {
    Defendis(crate::defendis::Defendis),
    Sie(crate::sie::SieBatch),
    Taxii(crate::taxii::Taxii),
    DefectDojo(crate::defectdojo::DefectDojo),
    Sandbox(crate::sandbox::Sandbox),
}

/// What one run did.
#[derive(Debug, Clone, Default)]
pub struct RunResult {
    /// Records written and committed.
    pub records: u64,
    /// Pages (or chunks) committed.
    pub pages: u64,
    /// Requests sent (every attempt).
    pub requests: u64,
    /// Retries ridden through.
    pub retries: u64,
    /// Gaps found by this run.
    pub gaps: Vec<Gap>,
    /// Everything before this time is delivered, when the feed knows.
    pub watermark: Option<DateTime<Utc>>,
    /// The run stopped early (a stop was asked): its last page is committed.
    pub stopped: bool,
}

/// A feed, ready to run again and again.
pub(crate) struct Feed {
    pub cfg: FeedConfig,
    key_env: String,
    client: Client,
    meter: RequestMeter,
    retry: RetryPolicy,
    store: Box<dyn CheckpointStore>,
    shared: Shared,
    /// The lease this agent holds the feed with (shared state).
    #[cfg(feature = "postgres")]
    fence: Option<crate::pg::Fence>,
}

impl std::fmt::Debug for Feed {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Feed")
            .field("name", &self.cfg.name)
            .finish_non_exhaustive()
    }
}

/// The checkpoint key of a feed.
pub(crate) fn checkpoint_key(name: &str) -> String {
    format!("feed-{name}")
}

impl Feed {
    /// Builds the feed's client (nothing is sent).
    pub(crate) fn new(
        cfg: FeedConfig,
        sc: &ServiceConfig,
        state_dir: &std::path::Path,
        shared: Shared,
        #[cfg(feature = "postgres")] fence: Option<crate::pg::Fence>,
    ) -> Result<Feed> {
        let service = cfg.kind.service();
        let retry = RetryPolicy::default().max_attempts(sc.attempts);
        let meter = RequestMeter::new();
        let budget = shared.budget(service, sc.url.as_deref(), sc)?;
        let key = (shared.env)(&sc.key_env).map(Secret::new);
        if sc.key_required && key.is_none() {
            return Err(Error::invalid_input(format!(
                "feed {:?}: the environment variable {} (the {service} key) is not set",
                cfg.name, sc.key_env
            )));
        }
        let prep = Prep {
            sc,
            retry: &retry,
            budget: &budget,
            meter: &meter,
            connections: &shared.connections,
        };
        let client = match service {
            Service::Defendis => Client::Defendis(
                prep.apply(crate::defendis::Defendis::builder(), key.clone())
                    .build()?,
            ),
            Service::Sie => Client::Sie(
                prep.apply(crate::sie::SieBatch::builder(), key.clone())
                    .build()?,
            ),
            Service::DefectDojo => Client::DefectDojo(
                prep.apply(crate::defectdojo::DefectDojo::builder(), key.clone())
                    .build()?,
            ),
            Service::Sandbox => Client::Sandbox(
                prep.apply(crate::sandbox::Sandbox::builder(), key.clone())
                    .build()?,
            ),
            _ => {
                // TAXII: Basic, or the key in the header the configuration says.
                let mut b = prep.apply(crate::taxii::Taxii::builder(), None);
                b = match (&sc.username, key) {
                    (Some(u), Some(k)) => b.basic_auth(u.clone(), k),
                    (Some(_), None) => unreachable!("a user name makes the key required"),
                    (None, Some(k)) => match sc.key_auth {
                        KeyAuth::Auto => b.api_key(k),
                        KeyAuth::Bearer => b.bearer(k),
                        KeyAuth::XApiKey => b.x_api_key(k),
                    },
                    (None, None) => b,
                };
                let mut t = b.build()?;
                if let Some(root) = &sc.api_root {
                    t = t.with_api_root(root)?;
                }
                Client::Taxii(t)
            }
        };
        #[cfg(feature = "postgres")]
        let store: Box<dyn CheckpointStore> = match (&shared.db, &fence) {
            (Some(db), Some(f)) => Box::new(db.checkpoints().fenced(f.clone())),
            (Some(db), None) => Box::new(db.checkpoints()),
            (None, _) => Box::new(FileCheckpoints::new(state_dir)?),
        };
        #[cfg(not(feature = "postgres"))]
        let store: Box<dyn CheckpointStore> = Box::new(FileCheckpoints::new(state_dir)?);
        Ok(Feed {
            cfg,
            key_env: sc.key_env.clone(),
            client,
            meter,
            retry,
            store,
            shared,
            #[cfg(feature = "postgres")]
            fence,
        })
    }

    /// The kind of records the feed fetches.
    fn record_kind(&self) -> crate::normalize::RecordKind {
        use crate::normalize::RecordKind;
        match &self.cfg.kind {
            FeedKind::Defendis { dataset } => RecordKind::of_dataset(dataset),
            FeedKind::Sie { .. } => RecordKind::SieNewDomain,
            FeedKind::Taxii { .. } => RecordKind::TaxiiObject,
            FeedKind::DefectDojo { .. } => RecordKind::DefectDojoFinding,
            FeedKind::Sandbox { .. } => RecordKind::SandboxSample,
        }
    }

    /// The feed's sink: its records in the feed's format.
    fn sink(&self) -> Result<Box<dyn Sink>> {
        let out = self.output()?;
        if self.cfg.sink == SinkConfig::Postgres {
            // The row keeps the record as sent and its normalised form.
            return Ok(out);
        }
        Ok(match self.cfg.format {
            crate::normalize::Format::Raw => out,
            format => Box::new(crate::normalize::Normalizing::new(
                out,
                self.record_kind(),
                format,
                crate::normalize::Origin::feed(&self.cfg.name),
            )),
        })
    }

    /// Where the feed's lines go.
    fn output(&self) -> Result<Box<dyn Sink>> {
        Ok(match &self.cfg.sink {
            SinkConfig::Files {
                dir,
                max_bytes,
                max_age,
            } => Box::new(self.rotating(dir, *max_bytes, *max_age)?),
            SinkConfig::Stdout => Box::new(super::StdoutSink::default()),
            SinkConfig::Postgres => self.pg_sink()?,
        })
    }

    /// The feed's rows in the `[state]` database, in its format.
    #[cfg(feature = "postgres")]
    fn pg_sink(&self) -> Result<Box<dyn Sink>> {
        let db = self.shared.db.as_ref().ok_or_else(|| {
            Error::invalid_input(format!(
                "feed {:?}: sink = \"postgres\" needs [state] postgres",
                self.cfg.name
            ))
        })?;
        let mut sink = db
            .sink(&self.cfg.name, self.record_kind())
            .normalized(self.cfg.format);
        if let Some(f) = &self.fence {
            sink = sink.fenced(f.clone());
        }
        Ok(Box::new(sink))
    }

    #[cfg(not(feature = "postgres"))]
    fn pg_sink(&self) -> Result<Box<dyn Sink>> {
        Err(Error::invalid_input(format!(
            "feed {:?}: sink = \"postgres\" needs secops built with the postgres feature",
            self.cfg.name
        )))
    }

    /// An error's message as the feed's operator needs it: an authentication
    /// failure names the variable this feed's key comes from (the service's
    /// usual one is named by the error itself).
    pub(crate) fn explain(&self, e: &Error) -> String {
        let msg = e.to_string();
        let usual = self.cfg.kind.service().key_env_var();
        if e.is_auth() && self.key_env != usual {
            msg.replace(usual, &self.key_env)
        } else {
            msg
        }
    }

    /// Publishes what the feed's file sink holds aside (all of it covered by
    /// the feed's checkpoint): at the end of `--once` and at shutdown, so that
    /// a shipper gets everything delivered so far.
    pub(crate) fn publish(&self) -> Result<bool> {
        match self.idle_sink()? {
            Some(mut sink) => sink.rotate_now(),
            None => Ok(false),
        }
    }

    /// Between runs: publishes the file being written if it is due (its
    /// first record is `rotate_age` old).
    pub(crate) fn rotate_if_due(&self) -> Result<bool> {
        match self.idle_sink()? {
            Some(mut sink) => sink.rotate_if_due(),
            None => Ok(false),
        }
    }

    /// How often a waiting feed checks whether its file is due.
    pub(crate) fn rotate_age(&self) -> Option<Duration> {
        match &self.cfg.sink {
            SinkConfig::Files { max_age, .. } => Some((*max_age).max(Duration::from_secs(1))),
            SinkConfig::Stdout | SinkConfig::Postgres => None,
        }
    }

    /// The file sink of a feed that is not running, begun at its checkpoint
    /// (`None`: no file sink, or nothing delivered yet).
    fn idle_sink(&self) -> Result<Option<RotatingNdjson>> {
        let SinkConfig::Files {
            dir,
            max_bytes,
            max_age,
        } = &self.cfg.sink
        else {
            return Ok(None);
        };
        let Some(cp) = self.store.load(&checkpoint_key(&self.cfg.name))? else {
            return Ok(None);
        };
        let Some(len) = cp.sink_len else {
            return Ok(None);
        };
        let mut sink = self.rotating(dir, *max_bytes, *max_age)?;
        sink.begin(Some(len))?;
        Ok(Some(sink))
    }

    /// The feed's rotating files, aging by the agent's clock.
    fn rotating(
        &self,
        dir: &std::path::Path,
        max_bytes: u64,
        max_age: Duration,
    ) -> Result<RotatingNdjson> {
        let sink = RotatingNdjson::new(dir, &self.cfg.name, Rotation { max_bytes, max_age })?;
        Ok(match self.shared.clock {
            Clock::System => sink,
            clock => sink.with_clock(Arc::new(move || std::time::SystemTime::from(clock.now()))),
        })
    }

    /// Runs the feed once: resumes from its checkpoint and ends with it
    /// committed. Between pages it checks `stop`: when set, the run ends
    /// after the page in flight, which is committed.
    pub(crate) async fn run(
        &self,
        stop: &watch::Receiver<bool>,
        on_page: &(dyn Fn(u64, u64) + Send + Sync),
    ) -> Result<RunResult> {
        let requests_before = self.meter.requests();
        let retries_before = self.retry.stats().retries();
        let key = checkpoint_key(&self.cfg.name);
        let sink = self.sink()?;
        let now = self.shared.clock.now();
        let mut result = match &self.client {
            Client::Defendis(c) => {
                let windows = DefendisWindows {
                    client: c.clone(),
                    dataset: self.cfg.kind.clone(),
                    lookback: self.cfg.initial_lookback,
                    lag: self.cfg.lag,
                    now,
                };
                let job = SyncJob::new(Rolling::new(windows), sink, &self.store);
                let (r, stopped) = self.drive(job, stop, on_page).await?;
                let mut out = RunResult::from_report(&r, stopped);
                out.watermark = r.detail.watermark;
                out.gaps = r.detail.new_gaps.clone();
                out
            }
            Client::Sie(c) => {
                let FeedKind::Sie { channel, chunk } = &self.cfg.kind else {
                    unreachable!("an SIE client serves an SIE feed")
                };
                let windows = SieWindows {
                    sie: c.clone(),
                    channel: *channel,
                    chunk: *chunk,
                    lookback: self.cfg.initial_lookback,
                    lag: self.cfg.lag,
                    now,
                };
                let job = SyncJob::new(Rolling::new(windows), sink, &self.store);
                let (r, stopped) = self.drive(job, stop, on_page).await?;
                let mut out = RunResult::from_report(&r, stopped);
                out.watermark = r.detail.watermark;
                out.gaps = r.detail.new_gaps.clone();
                out
            }
            Client::Taxii(t) => {
                let FeedKind::Taxii { collection, types } = &self.cfg.kind else {
                    unreachable!("a TAXII client serves a TAXII feed")
                };
                let mut req = t.collection(collection.clone()).objects();
                for ty in types {
                    req = req.match_type(ty);
                }
                // The first run reaches back `initial_lookback`; later runs
                // keep the filter their checkpoint was made with.
                let added_after = match self.store.load(&key)? {
                    Some(cp) => cp
                        .filter
                        .get("added_after")
                        .and_then(|v| v.as_str())
                        .map(str::to_string),
                    None => Some(
                        (now - chrono::Duration::from_std(self.cfg.initial_lookback)
                            .unwrap_or_default())
                        .to_rfc3339_opts(chrono::SecondsFormat::Millis, true),
                    ),
                };
                if let Some(a) = added_after {
                    req = req.added_after(a);
                }
                let job = req.sync(sink, &self.store);
                let (r, stopped) = self.drive(job, stop, on_page).await?;
                let mut out = RunResult::from_report(&r, stopped);
                out.watermark = r
                    .detail
                    .watermark
                    .as_deref()
                    .and_then(|w| DateTime::parse_from_rfc3339(w).ok())
                    .map(|w| w.with_timezone(&Utc));
                out
            }
            Client::DefectDojo(dd) => {
                let FeedKind::DefectDojo { filter } = &self.cfg.kind else {
                    unreachable!("a DefectDojo client serves a DefectDojo feed")
                };
                let job = dd.sync_findings((**filter).clone(), sink, &self.store);
                let (r, stopped) = self.drive(job, stop, on_page).await?;
                let mut out = RunResult::from_report(&r, stopped);
                // Findings carry no time order: the run's start is how fresh the feed is.
                out.watermark = (!stopped).then_some(now);
                out
            }
            Client::Sandbox(sb) => {
                let FeedKind::Sandbox { listing } = &self.cfg.kind else {
                    unreachable!("a Sandbox client serves a Sandbox feed")
                };
                let since =
                    now - chrono::Duration::from_std(self.cfg.initial_lookback).unwrap_or_default();
                let job = sb
                    .follow_samples(listing.clone(), sink, &self.store)
                    .since(since);
                let (r, stopped) = self.drive(job, stop, on_page).await?;
                let mut out = RunResult::from_report(&r, stopped);
                out.watermark = (!stopped).then_some(now);
                out
            }
        };
        result.requests = self.meter.requests() - requests_before;
        result.retries = self.retry.stats().retries() - retries_before;
        Ok(result)
    }

    /// The sync driver, step by step, with a stop check between steps.
    async fn drive<'a, S: Source + 'a>(
        &'a self,
        mut job: SyncJob<'a, S>,
        stop: &watch::Receiver<bool>,
        on_page: &'a (dyn Fn(u64, u64) + Send + Sync),
    ) -> Result<(crate::SyncReport<S::Detail>, bool)> {
        job = job.checkpoint_key(checkpoint_key(&self.cfg.name));
        if let Some(n) = self.cfg.page_size {
            job = job.page_size(n);
        }
        let seen = std::sync::Mutex::new((0u64, 0u64));
        let job = job.on_progress(move |p| {
            let mut s = seen.lock().expect("progress");
            on_page(p.records - s.0, p.pages - s.1);
            *s = (p.records, p.pages);
        });
        let mut session = match job.open().await? {
            Opened::Done(report) => return Ok((report, false)),
            Opened::Running(s) => s,
        };
        loop {
            if *stop.borrow() {
                return Ok((session.report(), true));
            }
            if !session.fetch().await? || session.commit()? {
                break;
            }
        }
        Ok((session.complete()?, false))
    }
}

impl RunResult {
    fn from_report<D>(r: &crate::SyncReport<D>, stopped: bool) -> Self {
        RunResult {
            records: r.records,
            pages: r.pages,
            requests: 0,
            retries: 0,
            gaps: Vec::new(),
            watermark: None,
            stopped,
        }
        .with_gaps(r)
    }

    fn with_gaps<D>(mut self, r: &crate::SyncReport<D>) -> Self {
        self.gaps = r.gaps.clone();
        self
    }
}

/// Defendis: whole days, from the watermark to the day `now − lag` falls in
/// (exclusive: a day is fetched once it is over).
struct DefendisWindows {
    client: crate::defendis::Defendis,
    dataset: FeedKind,
    lookback: Duration,
    lag: Duration,
    now: DateTime<Utc>,
}

impl DefendisWindows {
    fn dataset(&self) -> &crate::defendis::Dataset {
        match &self.dataset {
            FeedKind::Defendis { dataset } => dataset,
            _ => unreachable!("a Defendis feed"),
        }
    }
}

fn midnight(t: DateTime<Utc>) -> DateTime<Utc> {
    t.date_naive().and_time(NaiveTime::MIN).and_utc()
}

fn before(now: DateTime<Utc>, d: Duration) -> DateTime<Utc> {
    now - chrono::Duration::from_std(d).unwrap_or(chrono::Duration::MAX)
}

impl Windows for DefendisWindows {
    type Inner = crate::defendis::DatasetSource;

    fn identity(&self) -> Identity {
        let d = self.dataset();
        Identity {
            service: Service::Defendis,
            endpoint: d.endpoint().to_string(),
            filter: serde_json::json!({ "dataset": d, "feed": "days" }),
            default_key: String::new(),
        }
    }

    async fn next_window(&mut self, from: Option<DateTime<Utc>>) -> Result<Option<NextWindow>> {
        let end = midnight(before(self.now, self.lag));
        let start = from.unwrap_or_else(|| midnight(before(self.now, self.lookback)));
        Ok((start < end).then_some(NextWindow {
            start,
            end,
            gap: None,
        }))
    }

    fn source(&self, start: DateTime<Utc>, end: DateTime<Utc>) -> Result<Self::Inner> {
        let window = crate::defendis::DateWindow::new(start.date_naive(), end.date_naive())?;
        Ok(self
            .client
            .sync_dataset(
                self.dataset().clone(),
                Some(window),
                crate::MemorySink::new(),
                crate::MemoryCheckpoints::new(),
            )
            .source)
    }

    fn retry_stats(&self) -> Option<RetryStats> {
        Some(self.client.core().retry_policy().stats().clone())
    }
}

/// SIE: minutes from the watermark to `now − lag`, never past the channel's
/// `latest`; what the channel pruned before the watermark is a gap.
struct SieWindows {
    sie: crate::sie::SieBatch,
    channel: crate::sie::Channel,
    chunk: Duration,
    lookback: Duration,
    lag: Duration,
    now: DateTime<Utc>,
}

impl Windows for SieWindows {
    type Inner = crate::sie::ChannelSource;

    fn identity(&self) -> Identity {
        Identity {
            service: Service::Sie,
            endpoint: format!("siebatch/chfetch/{}", self.channel),
            filter: serde_json::json!({ "channel": self.channel.number(), "feed": "minutes" }),
            default_key: String::new(),
        }
    }

    async fn next_window(&mut self, from: Option<DateTime<Utc>>) -> Result<Option<NextWindow>> {
        use crate::sie::truncate_to_minute;
        let details = self.sie.channel_detail(self.channel).await?;
        // `latest` is the last second holding data: the minute after it is
        // still filling.
        let end =
            truncate_to_minute(before(self.now, self.lag)).min(truncate_to_minute(details.latest));
        let mut start = from.unwrap_or_else(|| truncate_to_minute(before(self.now, self.lookback)));
        let mut gap = None;
        let earliest = truncate_to_minute(details.earliest + chrono::Duration::seconds(59));
        if start < earliest {
            if from.is_some() {
                gap = Some(Gap::new(
                    start,
                    earliest.min(end.max(start)),
                    Some(details.earliest),
                    format!(
                        "{} pruned this part before the feed reached it",
                        self.channel
                    ),
                ));
            }
            start = earliest;
        }
        if end <= start {
            // Nothing new yet; a gap found still has to be kept, with a
            // window of nothing after it.
            return Ok(None);
        }
        Ok(Some(NextWindow { start, end, gap }))
    }

    fn source(&self, start: DateTime<Utc>, end: DateTime<Utc>) -> Result<Self::Inner> {
        let window = crate::sie::Window::new(start, end)?;
        Ok(self
            .sie
            .sync_channel(
                self.channel,
                window,
                crate::MemorySink::new(),
                crate::MemoryCheckpoints::new(),
            )
            .chunk(self.chunk)
            .source)
    }

    fn retry_stats(&self) -> Option<RetryStats> {
        Some(self.sie.core().retry_policy().stats().clone())
    }
}
