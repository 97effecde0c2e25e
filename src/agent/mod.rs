//! The ingestion agent behind `secops run`: feeds of all five services run
//! on a recurring schedule, each run one pass of the [sync driver](crate::sync).
//!
//! - **Feeds** ([`config`]): a Defendis dataset in rolling day windows, an SIE
//!   channel following `now − lag`, a TAXII collection delta-polled,
//!   DefectDojo findings, new Sandbox samples. Each has its own checkpoint
//!   (`<state_dir>/feed-<name>.json`): every run resumes from it and ends with
//!   it committed.
//! - **Schedule**: feeds run concurrently; the runs of one feed never
//!   overlap; each start gets a random delay up to the feed's `jitter`, and
//!   first starts are spread so that many feeds do not fire together.
//! - **Budgets**: the feeds of one service and host share one request budget
//!   ([`RequestBudget`](crate::budget::RequestBudget)): a 429 shrinks it,
//!   sustained success restores it.
//! - **Failures**: a failing feed backs off (exponential from 10 s, capped at
//!   15 min, jittered) and the others go on; an authentication or
//!   authorisation failure, or a configuration the service refuses, parks the
//!   feed until the configuration is reloaded.
//! - **Stop**: [`Control::Stop`] starts nothing new and lets each run finish
//!   its page in flight, which is committed; [`Control::Reload`] starts added
//!   feeds, stops removed ones after their page in flight, restarts changed
//!   and parked ones, and leaves the others undisturbed.
//! - **Sinks** ([`rotate`]): NDJSON files rotated by size and age, each
//!   closed file published atomically into the feed's directory; after any
//!   crash the published files, concatenated, hold every record exactly once.
//!   Or standard output (at least once: a crash between writing a page and
//!   saving its checkpoint sends that page again).

pub mod config;
mod feed;
pub mod observe;
mod rolling;
pub mod rotate;

use std::collections::BTreeMap;
use std::io::Write;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;

use tokio::sync::{mpsc, watch};
use tokio::task::JoinHandle;

pub use config::{Config, FeedConfig, FeedKind, SinkConfig};
pub use feed::{Clock, RunResult};
pub use rolling::RollingDetail;

use crate::error::{Error, Result};
use crate::sink::Sink;
use feed::{Feed, Shared};
use observe::{FeedObserver, Observer, RunFigures};

/// What the agent is told while it runs.
#[derive(Debug)]
pub enum Control {
    /// Start nothing new, finish the pages in flight, stop.
    Stop,
    /// Apply a new configuration (already checked).
    Reload(Box<Config>),
}

/// How the agent runs.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct Options {
    /// Run every feed once, then stop (for cron and CI).
    pub once: bool,
    /// The clock (tests use one that follows tokio's paused clock).
    pub clock: Clock,
    /// Delay before the first runs (default: spread over up to 10 s; `--once`: none).
    pub first_delay: Option<Duration>,
}

impl Options {
    /// Run every feed once, then stop.
    pub fn once(mut self, once: bool) -> Self {
        self.once = once;
        self
    }

    /// The clock.
    pub fn clock(mut self, clock: Clock) -> Self {
        self.clock = clock;
        self
    }

    /// The delay before every feed's first run.
    pub fn first_delay(mut self, delay: Duration) -> Self {
        self.first_delay = Some(delay);
        self
    }
}

impl Default for Options {
    fn default() -> Self {
        Options {
            once: false,
            clock: Clock::System,
            first_delay: None,
        }
    }
}

/// How a feed's runs ended, over the agent's life.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct FeedSummary {
    /// Runs that completed.
    pub runs: u64,
    /// Runs that failed.
    pub failures: u64,
    /// Records delivered.
    pub records: u64,
    /// Gaps found (parts of a listing the service pruned before the feed got there).
    pub gaps: u64,
    /// The feed was parked (authentication, authorisation or configuration).
    pub parked: bool,
    /// The last error, if the last run failed.
    pub last_error: Option<String>,
    /// Shared state: another agent took the feed over (this agent stalled
    /// past its lease); its last commit was refused by fencing.
    pub lease_lost: bool,
}

/// What the agent did, per feed, when it stopped.
#[derive(Debug, Clone, Default)]
pub struct Summary {
    /// Per feed name.
    pub feeds: BTreeMap<String, FeedSummary>,
}

impl Summary {
    /// Whether every feed's last run succeeded and nothing was skipped.
    pub fn all_ok(&self) -> bool {
        self.feeds
            .values()
            .all(|f| f.last_error.is_none() && !f.parked && f.gaps == 0)
    }

    /// Whether some feed skipped data (gaps).
    pub fn has_gaps(&self) -> bool {
        self.feeds.values().any(|f| f.gaps > 0)
    }
}

/// A running feed's task.
struct Running {
    cfg: FeedConfig,
    service: config::ServiceConfig,
    stop: watch::Sender<bool>,
    parked: Arc<AtomicBool>,
    task: JoinHandle<FeedSummary>,
    /// The task's summary, once it ended (its handle is not polled again).
    done: Option<FeedSummary>,
    /// Shared state: the lease the feed runs under.
    #[cfg(feature = "postgres")]
    fence: Option<crate::pg::Fence>,
    /// Shared state: told to stop to hand the feed over (or its lease was lost).
    #[cfg(feature = "postgres")]
    handing_over: bool,
}

/// The agent: feeds from a [`Config`], scheduled until told to stop.
pub struct Agent {
    config: Config,
    options: Options,
    observer: Observer,
    shared: Shared,
}

impl std::fmt::Debug for Agent {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Agent")
            .field("config", &self.config.path)
            .field("feeds", &self.config.feeds.len())
            .finish_non_exhaustive()
    }
}

impl Agent {
    /// An agent for `config`; keys are read from the process environment.
    pub fn new(config: Config, options: Options) -> Self {
        Self::with_env(config, options, |k| {
            std::env::var(k).ok().filter(|v| !v.trim().is_empty())
        })
    }

    /// An agent reading keys through `env` (tests).
    pub fn with_env(
        config: Config,
        options: Options,
        env: impl Fn(&str) -> Option<String> + Send + Sync + 'static,
    ) -> Self {
        Agent {
            shared: Shared {
                clock: options.clock,
                budgets: Default::default(),
                env: Arc::new(env),
                connections: Default::default(),
                #[cfg(feature = "postgres")]
                db: None,
            },
            config,
            options,
            observer: Observer::new(),
        }
    }

    /// The observer (metrics and status), to serve or inspect.
    pub fn observer(&self) -> Observer {
        self.observer.clone()
    }

    /// The plan: feeds, their first run and their sinks, one line each.
    pub fn plan(config: &Config) -> Vec<String> {
        config
            .feeds
            .iter()
            .map(|f| {
                let sink = match &f.sink {
                    SinkConfig::Files { dir, max_bytes, max_age } => format!(
                        "files in {} (rotated at {} bytes or {})",
                        dir.display(),
                        max_bytes,
                        config::format_duration(*max_age)
                    ),
                    SinkConfig::Stdout => "stdout".into(),
                    SinkConfig::Postgres => match &config.state {
                        Some(s) => format!("PostgreSQL table secops_records (URL from {})", s.url_env),
                        None => "PostgreSQL".into(),
                    },
                };
                format!(
                    "{name}: {service} {what}; every {every} (jitter {jitter}); first run within {first} of start; → {sink}",
                    name = f.name,
                    service = f.kind.service(),
                    what = f.kind.describe(),
                    every = config::format_duration(f.every),
                    jitter = config::format_duration(f.jitter),
                    first = config::format_duration(f.jitter.min(Duration::from_secs(10))),
                )
            })
            .collect()
    }

    /// Runs until [`Control::Stop`] (or, with `once`, until every feed ran
    /// once). After a stop, runs still in flight past the configuration's
    /// `shutdown_grace` are cancelled: their checkpoint stays at their last
    /// committed page.
    pub async fn run(mut self, mut control: mpsc::Receiver<Control>) -> Result<Summary> {
        let _lock = lock_state_dir(&self.config.agent.state_dir)?;
        #[cfg(feature = "postgres")]
        let leases = self.open_state().await?;
        #[cfg(feature = "postgres")]
        let shared_state = leases.is_some();
        #[cfg(not(feature = "postgres"))]
        let shared_state = false;
        self.observer.set_started();
        let mut running: BTreeMap<String, Running> = BTreeMap::new();
        let mut summary = Summary::default();
        if !shared_state {
            let feeds = self.config.feeds.clone();
            let n = feeds.len().max(1);
            for (i, cfg) in feeds.into_iter().enumerate() {
                let spread = self.first_delay(i, n, &cfg);
                let sc = self.config.service(cfg.kind.service()).clone();
                let r = self.spawn(cfg.clone(), sc.clone(), spread, None)?;
                running.insert(cfg.name.clone(), r);
            }
        }
        #[cfg(feature = "postgres")]
        let mut tick = tokio::time::interval(
            leases
                .as_ref()
                .map_or(Duration::from_secs(3600), |l| l.interval()),
        );
        #[cfg(feature = "postgres")]
        let mut ticked = false;
        // A reason to stop with an error (another process under this agent id).
        #[cfg_attr(not(feature = "postgres"), allow(unused_mut))]
        let mut fatal: Option<Error> = None;
        loop {
            #[cfg(feature = "postgres")]
            let claimed = !shared_state || ticked;
            #[cfg(not(feature = "postgres"))]
            let claimed = true;
            if self.options.once && claimed && running.values().all(|r| r.done.is_some()) {
                break;
            }
            #[cfg(feature = "postgres")]
            let msg = tokio::select! {
                m = control.recv() => m,
                _ = wait_any(&mut running), if self.options.once => continue,
                _ = tick.tick(), if shared_state => {
                    if let Some(l) = &leases {
                        fatal = self.lease_tick(l, &mut running, &mut summary, !ticked).await;
                        if fatal.is_some() {
                            break;
                        }
                    }
                    ticked = true;
                    continue;
                }
            };
            #[cfg(not(feature = "postgres"))]
            let msg = tokio::select! {
                m = control.recv() => m,
                _ = wait_any(&mut running), if self.options.once => continue,
            };
            match msg {
                None | Some(Control::Stop) => break,
                Some(Control::Reload(config)) => {
                    self.reload(*config, &mut running, &mut summary).await;
                }
            }
        }
        self.observer.set_stopping();
        for r in running.values() {
            let _ = r.stop.send(true);
        }
        let grace = self.config.agent.shutdown_grace;
        let deadline = tokio::time::Instant::now() + grace;
        for (name, r) in running {
            if let Some(done) = r.done {
                summary.feeds.insert(name, done);
                continue;
            }
            let abort = r.task.abort_handle();
            match tokio::time::timeout_at(deadline, r.task).await {
                Ok(out) => {
                    summary.feeds.insert(name, task_summary(out));
                }
                Err(_) => {
                    abort.abort();
                    tracing::warn!(feed = %name, "still running after the shutdown grace: cancelled (its checkpoint stays at its last committed page)");
                    summary.feeds.insert(
                        name,
                        FeedSummary {
                            last_error: Some("cancelled after the shutdown grace".into()),
                            ..FeedSummary::default()
                        },
                    );
                }
            }
        }
        // Every lease is given up now: the other agents take the feeds at
        // their next tick, not after the lease time.
        #[cfg(feature = "postgres")]
        if let Some(l) = &leases {
            match l.leave().await {
                Ok(()) => tracing::info!(agent = %l.agent(), "left: leases released"),
                Err(e) => {
                    tracing::warn!(agent = %l.agent(), error = %e, "could not release the leases; they expire by themselves")
                }
            }
        }
        match fatal {
            Some(e) => Err(e),
            None => Ok(summary),
        }
    }

    /// With `[state]`: connects, migrates the schema, and makes this
    /// agent's leases (`None`: no shared state).
    #[cfg(feature = "postgres")]
    async fn open_state(&mut self) -> Result<Option<crate::pg::Leases>> {
        let Some(state) = &self.config.state else {
            return Ok(None);
        };
        let mut b = crate::pg::Database::builder(state.url.clone());
        if let Some(ca) = &state.ca_file {
            b = b.ca_file(ca);
        }
        let db = b.build()?;
        let before = db.migrate().await?;
        if before != Some(crate::pg::SCHEMA_VERSION) {
            tracing::info!(database = %db.location(), from = ?before, to = crate::pg::SCHEMA_VERSION, "schema migrated");
        }
        let agent = state
            .agent_id
            .clone()
            .unwrap_or_else(|| format!("{}-{}", crate::pg::hostname(), std::process::id()));
        tracing::info!(agent = %agent, database = %db.location(), lease_s = state.lease.as_secs_f64(), "shared state: feeds are claimed through leases");
        let leases = db.leases(agent, state.lease);
        self.shared.db = Some(db);
        Ok(Some(leases))
    }

    /// One lease round: reaps ended feeds (releasing their leases), renews
    /// the others, stops lost and surplus ones, starts claimed ones. An
    /// error to stop the agent with: another process runs under its agent id.
    #[cfg(feature = "postgres")]
    async fn lease_tick(
        &mut self,
        leases: &crate::pg::Leases,
        running: &mut BTreeMap<String, Running>,
        summary: &mut Summary,
        first: bool,
    ) -> Option<Error> {
        let ended: Vec<String> = running
            .iter()
            .filter(|(_, r)| r.done.is_some() || (r.task.is_finished() && !self.options.once))
            .map(|(n, _)| n.clone())
            .collect();
        if !self.options.once {
            for name in ended {
                let r = running.remove(&name).expect("listed");
                let s = match r.done {
                    Some(s) => s,
                    None => task_summary(r.task.await),
                };
                if let Some(f) = &r.fence {
                    if !s.lease_lost {
                        if let Err(e) = leases.release(f).await {
                            tracing::warn!(feed = %name, error = %e, "could not release the lease; it expires by itself");
                        }
                    }
                }
                if r.handing_over || s.lease_lost {
                    self.observer.remove_feed(&name);
                }
                summary.feeds.insert(name, s);
            }
        }
        // `--once` claims what it can at the first tick, then only renews.
        let feeds: Vec<String> = if self.options.once && !first {
            running.keys().cloned().collect()
        } else {
            self.config.feeds.iter().map(|f| f.name.clone()).collect()
        };
        let held: BTreeMap<String, i64> = running
            .iter()
            .filter_map(|(n, r)| r.fence.as_ref().map(|f| (n.clone(), f.generation)))
            .collect();
        // The first tick registers and claims nothing (not with --once):
        // agents started together see each other before claiming.
        let register_only = first && !self.options.once;
        let out = match leases
            .tick(&feeds, &held, self.options.once, register_only)
            .await
        {
            Ok(o) => o,
            Err(e @ Error::InvalidInput { .. }) => {
                tracing::error!(agent = %leases.agent(), error = %e, "stopping");
                return Some(e);
            }
            Err(e) => {
                tracing::warn!(agent = %leases.agent(), error = %e, "could not renew the leases; the feeds go on (their commits are fenced)");
                return None;
            }
        };
        for name in &out.lost {
            if let Some(r) = running.get_mut(name) {
                tracing::warn!(feed = %name, "lease lost: another agent holds the feed now; stopping it here");
                r.handing_over = true;
                let _ = r.stop.send(true);
            }
        }
        for name in &out.release {
            if let Some(r) = running.get_mut(name) {
                if !r.handing_over {
                    tracing::info!(feed = %name, share = out.share, agents = out.live_agents.len(), "handing the feed over (more agents share the feeds now)");
                    r.handing_over = true;
                    let _ = r.stop.send(true);
                }
            }
        }
        for fence in out.claimed {
            let Some(cfg) = self
                .config
                .feeds
                .iter()
                .find(|f| f.name == fence.feed)
                .cloned()
            else {
                continue;
            };
            let sc = self.config.service(cfg.kind.service()).clone();
            let generation = fence.generation;
            match self.spawn(cfg.clone(), sc, Duration::ZERO, Some(fence.clone())) {
                Ok(r) => {
                    tracing::info!(feed = %cfg.name, generation, agent = %leases.agent(), "claimed");
                    running.insert(cfg.name.clone(), r);
                }
                Err(e) => {
                    let msg = e.to_string();
                    tracing::error!(feed = %cfg.name, error = %msg, "cannot start; lease released");
                    self.observer
                        .feed(&cfg.name, cfg.kind.service())
                        .parked(&msg);
                    let _ = leases.release(&fence).await;
                }
            }
        }
        if self.options.once && first {
            // Feeds another agent holds are not run here: say so.
            for row in &out.table {
                if !running.contains_key(&row.feed) {
                    summary.feeds.insert(
                        row.feed.clone(),
                        FeedSummary {
                            last_error: Some(format!(
                                "not run: held by agent {}",
                                row.owner.as_deref().unwrap_or("?")
                            )),
                            ..FeedSummary::default()
                        },
                    );
                }
            }
        }
        let holders: Vec<serde_json::Value> = out
            .table
            .iter()
            .map(|r| {
                serde_json::json!({
                    "feed": r.feed,
                    "owner": r.owner,
                    "generation": r.generation,
                    "expires_in_s": r.expires_in_s.map(|s| (s * 10.0).round() / 10.0),
                })
            })
            .collect();
        self.observer.set_cluster(serde_json::json!({
            "agent": leases.agent(),
            "lease_s": leases.lease().as_secs_f64(),
            "live_agents": out.live_agents,
            "share": out.share,
            "holding": running.keys().collect::<Vec<_>>(),
            "leases": holders,
        }));
        None
    }

    fn first_delay(&self, i: usize, n: usize, cfg: &FeedConfig) -> Duration {
        if let Some(d) = self.options.first_delay {
            return d;
        }
        if self.options.once {
            return Duration::ZERO;
        }
        // Spread first starts over up to 10 s (never more than the jitter).
        let span = cfg.jitter.min(Duration::from_secs(10));
        span.mul_f64(i as f64 / n as f64)
    }

    fn spawn(
        &self,
        cfg: FeedConfig,
        sc: config::ServiceConfig,
        first: Duration,
        #[cfg(feature = "postgres")] fence: Option<crate::pg::Fence>,
        #[cfg(not(feature = "postgres"))] _fence: Option<()>,
    ) -> Result<Running> {
        let feed = Feed::new(
            cfg.clone(),
            &sc,
            &self.config.agent.state_dir,
            self.shared.clone(),
            #[cfg(feature = "postgres")]
            fence.clone(),
        )?;
        let obs = self.observer.feed(&cfg.name, cfg.kind.service());
        let (stop_tx, stop_rx) = watch::channel(false);
        let parked = Arc::new(AtomicBool::new(false));
        let task = tokio::spawn(feed_loop(
            feed,
            obs,
            stop_rx,
            first,
            self.options.once,
            self.options.clock,
            parked.clone(),
        ));
        Ok(Running {
            cfg,
            service: sc,
            stop: stop_tx,
            parked,
            task,
            done: None,
            #[cfg(feature = "postgres")]
            fence,
            #[cfg(feature = "postgres")]
            handing_over: false,
        })
    }

    async fn reload(
        &mut self,
        config: Config,
        running: &mut BTreeMap<String, Running>,
        summary: &mut Summary,
    ) {
        if config.state != self.config.state {
            tracing::warn!("[state] changed: it takes effect when the agent restarts (this process keeps its database, lease time and agent id)");
        }
        let mut keep = BTreeMap::new();
        let old = std::mem::take(running);
        let mut stopping = Vec::new();
        for (name, r) in old {
            let new = config.feeds.iter().find(|f| f.name == name);
            // Where the feed stands in the file does not matter.
            let unchanged = new.is_some_and(|f| {
                FeedConfig {
                    line: r.cfg.line,
                    ..f.clone()
                } == r.cfg
                    && *config.service(f.kind.service()) == r.service
            });
            let parked = r.parked.load(Ordering::Relaxed);
            if unchanged && !parked && config.agent.state_dir == self.config.agent.state_dir {
                keep.insert(name, r);
            } else {
                let _ = r.stop.send(true);
                stopping.push((name, r));
            }
        }
        for (name, r) in stopping {
            let changed = config.feeds.iter().any(|f| f.name == name);
            tracing::info!(feed = %name, "{}", if changed { "restarting (configuration changed)" } else { "stopping (removed from the configuration)" });
            let s = match r.done {
                Some(s) => s,
                None => task_summary(r.task.await),
            };
            #[cfg(feature = "postgres")]
            if let (Some(f), Some(db)) = (&r.fence, &self.shared.db) {
                if !s.lease_lost {
                    if let Err(e) = crate::pg::release_lease(db, f).await {
                        tracing::warn!(feed = %name, error = %e, "could not release the lease; it expires by itself");
                    }
                }
            }
            summary.feeds.insert(name.clone(), s);
            if !changed {
                self.observer.remove_feed(&name);
            }
        }
        self.config = config;
        *running = keep;
        #[cfg(feature = "postgres")]
        if self.shared.db.is_some() {
            // Added and restarted feeds are claimed at the next lease tick.
            return;
        }
        for cfg in self.config.feeds.clone() {
            if running.contains_key(&cfg.name) {
                continue;
            }
            let sc = self.config.service(cfg.kind.service()).clone();
            match self.spawn(cfg.clone(), sc, Duration::ZERO, None) {
                Ok(r) => {
                    tracing::info!(feed = %cfg.name, "started");
                    running.insert(cfg.name.clone(), r);
                }
                Err(e) => {
                    let msg = e.to_string();
                    tracing::error!(feed = %cfg.name, error = %msg, "cannot start");
                    self.observer
                        .feed(&cfg.name, cfg.kind.service())
                        .parked(&msg);
                }
            }
        }
    }
}

/// Takes the state directory for this agent alone (an advisory lock on
/// `<state_dir>/.agent.lock`, released when the process ends): two agents,
/// or an agent and a `--once` run from cron, writing the same checkpoints and
/// files would deliver records twice.
fn lock_state_dir(dir: &std::path::Path) -> Result<std::fs::File> {
    std::fs::create_dir_all(dir)
        .map_err(|e| Error::io(format!("creating the state directory {}", dir.display()), e))?;
    let path = dir.join(".agent.lock");
    let file = crate::sink::open_private(&path, false)?;
    #[cfg(unix)]
    {
        use std::os::fd::AsRawFd;
        // SAFETY: flock on a descriptor this function owns; no memory is shared.
        let r = unsafe { libc::flock(file.as_raw_fd(), libc::LOCK_EX | libc::LOCK_NB) };
        if r != 0 {
            return Err(Error::invalid_input(format!(
                "another agent is running with the state directory {} (it holds {}); one agent per state directory",
                dir.display(),
                path.display()
            )));
        }
    }
    Ok(file)
}

/// Waits until some feed's task ends, and keeps its summary.
async fn wait_any(running: &mut BTreeMap<String, Running>) {
    let mut live: Vec<&mut Running> = running.values_mut().filter(|r| r.done.is_none()).collect();
    if live.is_empty() {
        return futures::future::pending().await;
    }
    let waits = live.iter_mut().map(|r| &mut r.task);
    let (out, i, _) = futures::future::select_all(waits).await;
    live[i].done = Some(task_summary(out));
}

fn task_summary(out: std::result::Result<FeedSummary, tokio::task::JoinError>) -> FeedSummary {
    out.unwrap_or_else(|e| FeedSummary {
        last_error: Some(format!("the feed's task failed: {e}")),
        ..FeedSummary::default()
    })
}

/// Backoff after `failures` failures in a row: 10 s doubling, capped at
/// 15 min, then a random part of up to half of it taken off.
pub fn backoff(failures: u32) -> Duration {
    let base = Duration::from_secs(10).saturating_mul(1u32 << failures.saturating_sub(1).min(10));
    let capped = base.min(Duration::from_secs(15 * 60));
    capped.mul_f64(1.0 - fastrand::f64() * 0.5)
}

/// Whether a failure parks the feed (it will not mend by itself).
fn parks(e: &Error) -> bool {
    e.is_auth() || matches!(e, Error::InvalidInput { .. } | Error::Checkpoint { .. })
}

/// One feed's life: run, wait, run again, until told to stop.
async fn feed_loop(
    feed: Feed,
    obs: FeedObserver,
    mut stop: watch::Receiver<bool>,
    first: Duration,
    once: bool,
    clock: Clock,
    parked: Arc<AtomicBool>,
) -> FeedSummary {
    let name = feed.cfg.name.clone();
    let mut summary = FeedSummary::default();
    let mut failures = 0u32;
    let mut wait = first;
    loop {
        obs.scheduled(clock.now() + chrono::Duration::from_std(wait).unwrap_or_default());
        // While it waits, the file being written is published once it is
        // `rotate_age` old (not only at the next run).
        let next = tokio::time::Instant::now() + wait;
        loop {
            let now = tokio::time::Instant::now();
            let nap = feed
                .rotate_age()
                .map_or(next - now, |age| age.min(next - now));
            tokio::select! {
                _ = tokio::time::sleep(nap) => {}
                _ = stop.wait_for(|s| *s) => {}
            }
            if *stop.borrow() || tokio::time::Instant::now() >= next {
                break;
            }
            if let Err(e) = feed.rotate_if_due() {
                tracing::warn!(feed = %name, error = %e, "could not publish the file being written; the next run will");
            }
        }
        if *stop.borrow() {
            break;
        }
        let started = tokio::time::Instant::now();
        obs.run_started();
        let on_page = |records: u64, pages: u64| {
            tracing::debug!(feed = %name, records, "page committed");
            obs.step(records, pages);
        };
        let outcome = feed.run(&stop, &on_page).await;
        let duration = started.elapsed();
        match outcome {
            Ok(r) => {
                failures = 0;
                summary.runs += 1;
                summary.records += r.records;
                summary.gaps += r.gaps.len() as u64;
                summary.last_error = None;
                obs.run_succeeded(&RunFigures {
                    requests: r.requests,
                    retries: r.retries,
                    duration,
                    watermark: r.watermark,
                    gaps: r.gaps.len() as u64,
                });
                for g in &r.gaps {
                    tracing::warn!(feed = %name, gap = %g, "data skipped: the service pruned it before the feed got there");
                }
                tracing::info!(
                    feed = %name,
                    records = r.records,
                    pages = r.pages,
                    requests = r.requests,
                    retries = r.retries,
                    watermark = ?r.watermark.map(|w| w.to_rfc3339()),
                    stopped = r.stopped,
                    "run done"
                );
                if r.stopped {
                    break;
                }
                // The next start is `every` after this one started (a run
                // longer than `every` is followed at once).
                wait = feed.cfg.every.saturating_sub(duration) + jitter(feed.cfg.jitter);
            }
            Err(Error::LeaseLost { message, .. }) => {
                tracing::warn!(feed = %name, error = %message, "lease lost: giving the feed up to its new owner");
                summary.lease_lost = true;
                break;
            }
            Err(e) => {
                failures += 1;
                summary.failures += 1;
                let msg = feed.explain(&e);
                summary.last_error = Some(msg.clone());
                if parks(&e) {
                    summary.parked = true;
                    parked.store(true, Ordering::Relaxed);
                    tracing::error!(feed = %name, error = %msg, "parked: this will not mend by itself; fix the configuration or the key, then reload (SIGHUP)");
                    obs.run_failed(
                        error_kind(&e),
                        &msg,
                        Duration::ZERO,
                        &RunFigures {
                            requests: 0,
                            retries: 0,
                            duration,
                            watermark: None,
                            gaps: 0,
                        },
                    );
                    obs.parked(&msg);
                    if once {
                        break;
                    }
                    let _ = stop.wait_for(|s| *s).await;
                    break;
                }
                wait = backoff(failures);
                tracing::warn!(feed = %name, error = %msg, failures, backoff_s = wait.as_secs_f64(), "run failed; backing off");
                obs.run_failed(
                    error_kind(&e),
                    &msg,
                    wait,
                    &RunFigures {
                        requests: 0,
                        retries: 0,
                        duration,
                        watermark: None,
                        gaps: 0,
                    },
                );
            }
        }
        if once {
            break;
        }
    }
    // Everything delivered so far goes to the shipper now, not at the next
    // start.
    match feed.publish() {
        Ok(true) => tracing::info!(feed = %name, "published the file being written"),
        Ok(false) => {}
        Err(e) => {
            tracing::warn!(feed = %name, error = %e, "could not publish the file being written; the next run will")
        }
    }
    obs.stopped();
    summary
}

fn jitter(max: Duration) -> Duration {
    max.mul_f64(fastrand::f64())
}

/// A short name for an error's kind (a metric label).
fn error_kind(e: &Error) -> &'static str {
    match e {
        Error::InvalidInput { .. } => "input",
        Error::Transport { .. } => "transport",
        Error::Timeout { .. } => "timeout",
        Error::Api(a) if a.status == 429 => "rate_limited",
        Error::Api(a) if a.status >= 500 => "server",
        Error::Api(_) => "api",
        Error::Decode { .. } => "decode",
        Error::Protocol { .. } => "protocol",
        Error::Io { .. } => "io",
        Error::Checkpoint { .. } => "checkpoint",
        Error::Database { .. } => "database",
        Error::LeaseLost { .. } => "lease_lost",
        #[allow(unreachable_patterns)]
        _ => "other",
    }
}

/// Records to standard output, one per line, written when their page is
/// committed (at least once: see the [module docs](self)).
#[derive(Debug, Default)]
pub struct StdoutSink {
    buf: Vec<u8>,
}

impl Sink for StdoutSink {
    fn begin(&mut self, _committed: Option<u64>) -> Result<()> {
        self.buf.clear();
        Ok(())
    }
    fn write_record(&mut self, record: &[u8]) -> Result<()> {
        self.buf.extend_from_slice(record);
        self.buf.push(b'\n');
        Ok(())
    }
    fn commit(&mut self) -> Result<Option<u64>> {
        let mut out = std::io::stdout().lock();
        out.write_all(&self.buf)
            .and_then(|()| out.flush())
            .map_err(|e| Error::io("writing to stdout", e))?;
        self.buf.clear();
        Ok(None)
    }
    fn rollback(&mut self) -> Result<()> {
        self.buf.clear();
        Ok(())
    }
    fn finish(&mut self) -> Result<()> {
        Ok(())
    }
}
