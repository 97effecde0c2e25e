//! The agent's configuration file (TOML), checked whole before anything runs.
//!
//! ```toml
//! [agent]
//! state_dir = "/var/lib/secops/state"   # checkpoints, one file per feed
//! out_dir = "/var/lib/secops/out"       # a directory per feed
//! listen = "127.0.0.1:9464"             # /metrics, /healthz, /readyz, /status ("off": none)
//! shutdown_grace = "30s"
//!
//! [services.defendis]                   # shared by every Defendis feed
//! url = "https://api.defendis.ai/"      # default: the vendor's URL
//! key_env = "DEFENDIS_API_KEY"          # the variable holding the key
//! rate = 5                              # requests/s for this service and host
//! burst = 10
//!
//! [[feed]]
//! name = "acme-credentials"
//! service = "defendis"
//! dataset = "credentials"
//! value = "acme.example"
//! every = "1h"
//! jitter = "5m"
//! initial_lookback = "30d"
//! ```
//!
//! Every error names the file, the line and the column, and the whole file
//! is checked (durations, names, channels, datasets, that every referenced
//! environment variable is set) before any feed starts.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::time::Duration;

use serde::de::{self, Deserializer};
use serde::Deserialize;
use toml::Spanned;

use crate::error::{Error, Result, Service};

/// The whole configuration, as read from one file.
#[derive(Debug, Clone)]
pub struct Config {
    /// Where it was read from (for messages).
    pub path: PathBuf,
    /// `[agent]`.
    pub agent: AgentConfig,
    /// `[state]`: PostgreSQL as the shared state (`None`: files in `state_dir`).
    pub state: Option<StateConfig>,
    /// `[services.<name>]`, for the services the feeds use.
    pub services: BTreeMap<Service, ServiceConfig>,
    /// `[[feed]]`, in file order.
    pub feeds: Vec<FeedConfig>,
}

/// `[agent]`: where state and output go, and the status endpoint.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct AgentConfig {
    /// Checkpoints (default `state`, relative to the config file's directory).
    pub state_dir: PathBuf,
    /// Output directories of file sinks (default `out`, relative likewise).
    pub out_dir: PathBuf,
    /// The status endpoint's address (`None`: no endpoint).
    pub listen: Option<SocketAddr>,
    /// How long a stop waits for the pages in flight (default 30 s).
    pub shutdown_grace: Duration,
}

/// `[state]`: checkpoints (and, with `sink = "postgres"`, records) in
/// PostgreSQL, and the feeds shared with the other agents of the same
/// configuration through leases.
#[derive(Clone, PartialEq)]
#[non_exhaustive]
pub struct StateConfig {
    /// The connection URL (from the environment variable `url_env`).
    pub url: crate::secret::Secret,
    /// The environment variable it came from (for messages).
    pub url_env: String,
    /// How long a lease lasts without renewal (default 30 s): the longest a
    /// dead agent's feeds wait before another agent takes them.
    pub lease: Duration,
    /// This agent's id (default `<host>-<pid>`): unique among the agents.
    pub agent_id: Option<String>,
    /// A PEM file of CA certificates for the server's TLS certificate.
    pub ca_file: Option<PathBuf>,
}

impl std::fmt::Debug for StateConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("StateConfig")
            .field("url_env", &self.url_env)
            .field("lease", &self.lease)
            .field("agent_id", &self.agent_id)
            .field("ca_file", &self.ca_file)
            .finish_non_exhaustive()
    }
}

/// `[services.<name>]`: how to reach a service; every feed of it shares this
/// connection and its request budget.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ServiceConfig {
    /// Base URL (TAXII: the discovery URL or an API root); `None`: the vendor's.
    pub url: Option<String>,
    /// The environment variable holding the key (default: the service's usual one).
    pub key_env: String,
    /// Whether the key is required (`false` when only set by default and a
    /// TAXII server is read without credentials).
    pub key_required: bool,
    /// TAXII Basic authentication: the user name (the password comes from `key_env`).
    pub username: Option<String>,
    /// TAXII: how the key is sent (`auto`, `bearer`, `x-api-key`).
    pub key_auth: KeyAuth,
    /// TAXII: the API root to use instead of the discovery's default.
    pub api_root: Option<String>,
    /// Requests per second for this service and host, shared by its feeds.
    pub rate: f64,
    /// Requests that may go at once after a quiet spell.
    pub burst: u32,
    /// Attempts per request (the shared retry policy).
    pub attempts: u32,
    /// Origins that may also receive the credentials.
    pub allow_origins: Vec<String>,
    /// Allow plain http to a host that is not loopback.
    pub insecure_http: bool,
}

/// How a TAXII key is sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum KeyAuth {
    /// As the client decides for the server (bearer unless told otherwise).
    #[default]
    Auto,
    /// `Authorization: Bearer`.
    Bearer,
    /// `X-API-Key`.
    XApiKey,
}

/// One `[[feed]]`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct FeedConfig {
    /// The feed's name: in paths, logs and metrics.
    pub name: String,
    /// The line of its `[[feed]]` table (for messages).
    pub line: usize,
    /// How often it runs.
    pub every: Duration,
    /// A random delay up to this much added to every start.
    pub jitter: Duration,
    /// How far back the first run reaches (window feeds, Sandbox).
    pub initial_lookback: Duration,
    /// How far behind now a window ends (window feeds).
    pub lag: Duration,
    /// Items per page (`None`: the service's default).
    pub page_size: Option<u32>,
    /// Where the records go.
    pub sink: SinkConfig,
    /// What is written: the records as the service sent them, OCSF events or
    /// STIX objects.
    pub format: crate::normalize::Format,
    /// What is fetched.
    pub kind: FeedKind,
}

/// Where a feed's records go.
#[derive(Debug, Clone, PartialEq)]
pub enum SinkConfig {
    /// NDJSON files rotated by size and age, published atomically into `dir`.
    Files {
        /// The feed's directory.
        dir: PathBuf,
        /// Rotate when the file being written reaches this size.
        max_bytes: u64,
        /// Rotate when the file being written is this old.
        max_age: Duration,
    },
    /// Standard output, one record per line.
    Stdout,
    /// The table `secops_records` of the `[state]` database, written with
    /// the feed's checkpoint in one transaction.
    Postgres,
}

/// What a feed fetches.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum FeedKind {
    /// A Defendis dataset, in rolling day windows.
    Defendis {
        /// The dataset and its scope value.
        dataset: crate::defendis::Dataset,
    },
    /// An SIE channel following `now − lag`, in chunks.
    Sie {
        /// The channel.
        channel: crate::sie::Channel,
        /// The chunk length.
        chunk: Duration,
    },
    /// A TAXII collection, delta-polled.
    Taxii {
        /// The collection id.
        collection: String,
        /// Only these STIX types.
        types: Vec<String>,
    },
    /// DefectDojo findings, incrementally.
    DefectDojo {
        /// The filter.
        filter: Box<crate::defectdojo::FindingFilter>,
    },
    /// New Sandbox samples.
    Sandbox {
        /// The listing followed.
        listing: crate::sandbox::Listing,
    },
}

impl FeedKind {
    /// The service.
    pub fn service(&self) -> Service {
        match self {
            FeedKind::Defendis { .. } => Service::Defendis,
            FeedKind::Sie { .. } => Service::Sie,
            FeedKind::Taxii { .. } => Service::Taxii,
            FeedKind::DefectDojo { .. } => Service::DefectDojo,
            FeedKind::Sandbox { .. } => Service::Sandbox,
        }
    }

    /// What is fetched, for the plan and logs.
    pub fn describe(&self) -> String {
        match self {
            FeedKind::Defendis { dataset } => {
                format!("{} {}", dataset.endpoint(), dataset.scope_value())
            }
            FeedKind::Sie { channel, chunk } => {
                format!(
                    "channel {} in {}-minute chunks",
                    channel.number(),
                    chunk.as_secs() / 60
                )
            }
            FeedKind::Taxii { collection, types } if types.is_empty() => {
                format!("collection {collection}")
            }
            FeedKind::Taxii { collection, types } => {
                format!("collection {collection} ({})", types.join(", "))
            }
            FeedKind::DefectDojo { filter } => {
                let q = serde_json::to_string(filter).unwrap_or_default();
                format!("findings {q}")
            }
            FeedKind::Sandbox { listing } => format!("{} {}", listing.endpoint(), listing.filter()),
        }
    }
}

// ---------------------------------------------------------------------------
// The file as written
// ---------------------------------------------------------------------------

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    #[serde(default)]
    agent: Option<Spanned<RawAgent>>,
    #[serde(default)]
    state: Option<Spanned<RawState>>,
    #[serde(default)]
    services: BTreeMap<Spanned<String>, Spanned<RawService>>,
    #[serde(default)]
    feed: Vec<Spanned<RawFeed>>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawAgent {
    state_dir: Option<PathBuf>,
    out_dir: Option<PathBuf>,
    listen: Option<Spanned<String>>,
    #[serde(default)]
    allow_remote_listen: bool,
    shutdown_grace: Option<Dur>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(not(feature = "postgres"), allow(dead_code))]
struct RawState {
    postgres: Spanned<String>,
    lease: Option<Spanned<Dur>>,
    agent_id: Option<Spanned<String>>,
    ca_file: Option<PathBuf>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawService {
    url: Option<String>,
    key_env: Option<Spanned<String>>,
    username: Option<String>,
    auth: Option<Spanned<String>>,
    api_root: Option<String>,
    rate: Option<Spanned<f64>>,
    burst: Option<Spanned<u32>>,
    attempts: Option<Spanned<u32>>,
    #[serde(default)]
    allow_origins: Vec<String>,
    #[serde(default)]
    insecure_http: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFeed {
    name: Spanned<String>,
    service: Spanned<String>,
    every: Option<Dur>,
    jitter: Option<Dur>,
    initial_lookback: Option<Dur>,
    lag: Option<Dur>,
    page_size: Option<Spanned<u32>>,
    sink: Option<Spanned<String>>,
    format: Option<Spanned<String>>,
    dir: Option<PathBuf>,
    rotate_bytes: Option<Size>,
    rotate_age: Option<Dur>,
    // Defendis
    dataset: Option<Spanned<String>>,
    value: Option<Spanned<String>>,
    // SIE
    channel: Option<Spanned<i64>>,
    chunk: Option<Dur>,
    // TAXII
    collection: Option<Spanned<String>>,
    #[serde(default)]
    types: Vec<String>,
    // DefectDojo
    filter: Option<Spanned<toml::Value>>,
    // Sandbox
    listing: Option<Spanned<String>>,
    query: Option<Spanned<String>>,
}

/// A duration written `90s`, `5m`, `1h30m`, `2d`, `250ms`.
#[derive(Debug, Clone, Copy)]
struct Dur(Duration);

impl<'de> Deserialize<'de> for Dur {
    fn deserialize<D: Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        parse_duration(&s).map(Dur).map_err(de::Error::custom)
    }
}

/// A size written `64MiB`, `10MB`, `512KiB`, `1000`.
#[derive(Debug, Clone, Copy)]
struct Size(u64);

impl<'de> Deserialize<'de> for Size {
    fn deserialize<D: Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Raw {
            N(u64),
            S(String),
        }
        match Raw::deserialize(d)? {
            Raw::N(n) => Ok(Size(n)),
            Raw::S(s) => parse_size(&s).map(Size).map_err(de::Error::custom),
        }
    }
}

/// Parses a duration: one or more `<number><unit>` with units `ms`, `s`,
/// `m`, `h`, `d` (`1h30m`, `90s`, `2d`).
pub fn parse_duration(s: &str) -> std::result::Result<Duration, String> {
    let t = s.trim();
    let bad = || format!("{s:?} is not a duration (write e.g. 30s, 5m, 1h30m, 2d)");
    if t.is_empty() {
        return Err(bad());
    }
    let mut total = Duration::ZERO;
    let mut rest = t;
    while !rest.is_empty() {
        let digits = rest
            .find(|c: char| !c.is_ascii_digit())
            .unwrap_or(rest.len());
        if digits == 0 {
            return Err(bad());
        }
        let n: u64 = rest[..digits].parse().map_err(|_| bad())?;
        rest = &rest[digits..];
        let unit = rest
            .find(|c: char| c.is_ascii_digit())
            .unwrap_or(rest.len());
        let ms = match &rest[..unit] {
            "ms" => 1,
            "s" => 1_000,
            "m" => 60_000,
            "h" => 3_600_000,
            "d" => 86_400_000,
            _ => return Err(bad()),
        };
        rest = &rest[unit..];
        let add = n.checked_mul(ms).ok_or_else(bad)?;
        total = total
            .checked_add(Duration::from_millis(add))
            .ok_or_else(bad)?;
    }
    Ok(total)
}

/// Parses a size: a number of bytes, or with a unit `KB`, `MB`, `GB`
/// (powers of 1000) or `KiB`, `MiB`, `GiB` (powers of 1024).
pub fn parse_size(s: &str) -> std::result::Result<u64, String> {
    let t = s.trim();
    let bad = || format!("{s:?} is not a size (write e.g. 1000, 512KiB, 64MiB, 1GB)");
    let digits = t.find(|c: char| !c.is_ascii_digit()).unwrap_or(t.len());
    let n: u64 = t[..digits].parse().map_err(|_| bad())?;
    let mult: u64 = match t[digits..].trim() {
        "" | "B" => 1,
        "KB" => 1_000,
        "MB" => 1_000_000,
        "GB" => 1_000_000_000,
        "KiB" => 1 << 10,
        "MiB" => 1 << 20,
        "GiB" => 1 << 30,
        _ => return Err(bad()),
    };
    n.checked_mul(mult).ok_or_else(bad)
}

/// Writes a duration the way the file does (`1h30m`, `45s`).
pub fn format_duration(d: Duration) -> String {
    let mut ms = d.as_millis() as u64;
    if ms == 0 {
        return "0s".into();
    }
    let mut out = String::new();
    for (unit, len) in [
        ("d", 86_400_000),
        ("h", 3_600_000),
        ("m", 60_000),
        ("s", 1_000),
        ("ms", 1),
    ] {
        if ms >= len {
            out.push_str(&format!("{}{unit}", ms / len));
            ms %= len;
        }
    }
    out
}

// ---------------------------------------------------------------------------
// Reading and checking
// ---------------------------------------------------------------------------

/// Where in the file something is, for messages.
struct Src<'a> {
    path: &'a Path,
    text: &'a str,
}

impl Src<'_> {
    fn line_col(&self, offset: usize) -> (usize, usize) {
        let before = &self.text[..offset.min(self.text.len())];
        let line = before.matches('\n').count() + 1;
        let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
        (line, col)
    }

    fn err<T>(&self, span: std::ops::Range<usize>, msg: impl fmt::Display) -> Result<T> {
        let (line, col) = self.line_col(span.start);
        Err(Error::invalid_input(format!(
            "{}:{line}:{col}: {msg}",
            self.path.display()
        )))
    }
}

/// The environment a configuration is checked against (the process's, or a
/// fixed map in tests).
pub trait Env {
    /// The variable's value, if set and not blank.
    fn var(&self, name: &str) -> Option<String>;
}

/// The process environment.
#[derive(Debug, Clone, Copy, Default)]
pub struct ProcessEnv;

impl Env for ProcessEnv {
    fn var(&self, name: &str) -> Option<String> {
        std::env::var(name).ok().filter(|v| !v.trim().is_empty())
    }
}

impl<S: std::hash::BuildHasher> Env for std::collections::HashMap<String, String, S> {
    fn var(&self, name: &str) -> Option<String> {
        self.get(name).filter(|v| !v.trim().is_empty()).cloned()
    }
}

impl Config {
    /// Reads and checks a configuration file.
    pub fn load(path: impl AsRef<Path>, env: &dyn Env) -> Result<Config> {
        let path = path.as_ref();
        let text = std::fs::read_to_string(path).map_err(|e| {
            Error::invalid_input(format!(
                "cannot read the configuration {}: {e}",
                path.display()
            ))
        })?;
        Config::parse(path, &text, env)
    }

    /// Checks a configuration given as text; relative directories are taken
    /// from `path`'s directory.
    pub fn parse(path: &Path, text: &str, env: &dyn Env) -> Result<Config> {
        let src = Src { path, text };
        let raw: RawFile = match toml::from_str(text) {
            Ok(r) => r,
            Err(e) => {
                let msg = e.message().to_string();
                return match e.span() {
                    Some(span) => src.err(span, msg),
                    None => Err(Error::invalid_input(format!("{}: {msg}", path.display()))),
                };
            }
        };
        let base = path.parent().map(Path::to_path_buf).unwrap_or_default();
        let rel = |p: PathBuf| if p.is_absolute() { p } else { base.join(p) };

        let ra = raw.agent.map(Spanned::into_inner).unwrap_or_default();
        let listen = match &ra.listen {
            None => Some(SocketAddr::from(([127, 0, 0, 1], 9464))),
            Some(l) if l.get_ref().trim() == "off" => None,
            Some(l) => {
                let addr: SocketAddr = match l.get_ref().trim().parse() {
                    Ok(a) => a,
                    Err(_) => {
                        return src.err(
                            l.span(),
                            format!(
                                "listen {:?} is not an address (write 127.0.0.1:9464, or \"off\")",
                                l.get_ref()
                            ),
                        )
                    }
                };
                if !addr.ip().is_loopback() && !ra.allow_remote_listen {
                    return src.err(
                        l.span(),
                        format!("listen {addr} is not a loopback address: the status endpoint is loopback only unless allow_remote_listen = true"),
                    );
                }
                Some(addr)
            }
        };
        let agent = AgentConfig {
            state_dir: rel(ra.state_dir.unwrap_or_else(|| "state".into())),
            out_dir: rel(ra.out_dir.unwrap_or_else(|| "out".into())),
            listen,
            shutdown_grace: ra.shutdown_grace.map_or(Duration::from_secs(30), |d| d.0),
        };

        let state = match raw.state {
            None => None,
            #[cfg(not(feature = "postgres"))]
            Some(rs) => {
                return src.err(
                    rs.span(),
                    "[state] needs secops built with the postgres feature (without it, every agent would run every feed)",
                )
            }
            #[cfg(feature = "postgres")]
            Some(rs) => Some(state_config(&src, rs.into_inner(), env, &rel)?),
        };

        let mut services = BTreeMap::new();
        for (name, rs) in raw.services {
            let service = match parse_service(name.get_ref()) {
                Some(s) => s,
                None => return src.err(name.span(), unknown_service(name.get_ref())),
            };
            let span = rs.span();
            let sc = service_config(&src, service, rs.into_inner())?;
            if services.insert(service, sc).is_some() {
                return src.err(
                    span,
                    format!("[services.{}] is given twice", service.as_str()),
                );
            }
        }

        let mut feeds = Vec::new();
        let mut names = BTreeSet::new();
        for rf in raw.feed {
            let span = rf.span();
            let feed = feed_config(&src, &agent, state.is_some(), rf.into_inner(), span.clone())?;
            if !names.insert(feed.name.clone()) {
                return src.err(span, format!("feed name {:?} is used twice", feed.name));
            }
            feeds.push(feed);
        }
        if feeds.is_empty() {
            return Err(Error::invalid_input(format!(
                "{}: no [[feed]]: nothing to run",
                path.display()
            )));
        }
        // Every service used gets a connection (the defaults when not written),
        // and every key it names must be set.
        for f in &feeds {
            let service = f.kind.service();
            services
                .entry(service)
                .or_insert_with(|| default_service(service));
        }
        for (service, sc) in &services {
            if sc.key_required && env.var(&sc.key_env).is_none() {
                return Err(Error::invalid_input(format!(
                    "{}: [services.{}]: the environment variable {} (the key) is not set",
                    path.display(),
                    service.as_str(),
                    sc.key_env
                )));
            }
        }
        Ok(Config {
            path: path.to_path_buf(),
            agent,
            state,
            services,
            feeds,
        })
    }

    /// The connection of a service.
    pub fn service(&self, service: Service) -> &ServiceConfig {
        self.services
            .get(&service)
            .expect("every used service has a connection")
    }
}

fn parse_service(name: &str) -> Option<Service> {
    Some(match name.trim().to_ascii_lowercase().as_str() {
        "defendis" => Service::Defendis,
        "sandbox" => Service::Sandbox,
        "defectdojo" | "dojo" => Service::DefectDojo,
        "sie" => Service::Sie,
        "taxii" => Service::Taxii,
        _ => return None,
    })
}

fn unknown_service(name: &str) -> String {
    format!("unknown service {name:?} (one of defendis, sandbox, defectdojo, sie, taxii)")
}

fn default_service(service: Service) -> ServiceConfig {
    ServiceConfig {
        url: None,
        key_env: service.key_env_var().to_string(),
        // A TAXII server may be open to all; the others need a key.
        key_required: service != Service::Taxii,
        username: None,
        key_auth: KeyAuth::Auto,
        api_root: None,
        rate: default_rate(service),
        burst: 10,
        attempts: 5,
        allow_origins: Vec::new(),
        insecure_http: false,
    }
}

/// Requests per second a service's feeds share by default.
fn default_rate(service: Service) -> f64 {
    match service {
        // SIE Batch and the Sandbox are metered per account: stay gentle.
        Service::Sie | Service::Sandbox => 2.0,
        _ => 10.0,
    }
}

fn service_config(src: &Src<'_>, service: Service, rs: RawService) -> Result<ServiceConfig> {
    let mut sc = default_service(service);
    sc.url = rs.url;
    if let Some(k) = rs.key_env {
        if !is_env_name(k.get_ref()) {
            return src.err(
                k.span(),
                format!(
                    "key_env {:?} is not an environment variable name",
                    k.get_ref()
                ),
            );
        }
        sc.key_env = k.into_inner();
        sc.key_required = true;
    }
    if let Some(u) = rs.username {
        if service != Service::Taxii {
            return Err(Error::invalid_input(format!(
                "{}: [services.{}]: username is for TAXII only",
                src.path.display(),
                service.as_str()
            )));
        }
        sc.username = Some(u);
        sc.key_required = true;
    }
    if let Some(a) = rs.auth {
        sc.key_auth = match a.get_ref().as_str() {
            "auto" => KeyAuth::Auto,
            "bearer" => KeyAuth::Bearer,
            "x-api-key" => KeyAuth::XApiKey,
            other => {
                return src.err(
                    a.span(),
                    format!("auth {other:?} is not one of auto, bearer, x-api-key"),
                )
            }
        };
        if service != Service::Taxii {
            return src.err(a.span(), "auth is for TAXII only");
        }
    }
    if rs.api_root.is_some() && service != Service::Taxii {
        return Err(Error::invalid_input(format!(
            "{}: [services.{}]: api_root is for TAXII only",
            src.path.display(),
            service.as_str()
        )));
    }
    sc.api_root = rs.api_root;
    if let Some(r) = rs.rate {
        let v = *r.get_ref();
        if !(v.is_finite() && v > 0.0) {
            return src.err(
                r.span(),
                format!("rate {v} must be a positive number of requests per second"),
            );
        }
        sc.rate = v;
    }
    if let Some(b) = rs.burst {
        if *b.get_ref() == 0 {
            return src.err(b.span(), "burst must be at least 1");
        }
        sc.burst = b.into_inner();
    }
    if let Some(a) = rs.attempts {
        if *a.get_ref() == 0 {
            return src.err(a.span(), "attempts must be at least 1");
        }
        sc.attempts = a.into_inner();
    }
    sc.allow_origins = rs.allow_origins;
    sc.insecure_http = rs.insecure_http;
    Ok(sc)
}

fn is_env_name(s: &str) -> bool {
    !s.is_empty()
        && !s.starts_with(|c: char| c.is_ascii_digit())
        && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
}

/// Whether a feed name can go into paths and metric labels.
pub fn check_feed_name(name: &str) -> std::result::Result<(), String> {
    if name.is_empty() || name.len() > 64 || name.starts_with('.') || name.starts_with('-') {
        return Err(format!(
            "feed name {name:?} must be 1 to 64 characters and not start with '.' or '-'"
        ));
    }
    if !name
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-'))
    {
        return Err(format!(
            "feed name {name:?} may hold only letters, digits, '.', '_' and '-'"
        ));
    }
    Ok(())
}

#[cfg(feature = "postgres")]
fn state_config(
    src: &Src<'_>,
    rs: RawState,
    env: &dyn Env,
    rel: &dyn Fn(PathBuf) -> PathBuf,
) -> Result<StateConfig> {
    let p = rs.postgres.get_ref().trim();
    let Some(var) = p.strip_prefix("env:").map(str::trim) else {
        return src.err(
            rs.postgres.span(),
            "postgres must name the environment variable holding the URL, as \"env:VAR\" (a URL carries a password: keep it out of the file)",
        );
    };
    if !is_env_name(var) {
        return src.err(
            rs.postgres.span(),
            format!("{var:?} is not an environment variable name"),
        );
    }
    let Some(url) = env.var(var) else {
        return src.err(
            rs.postgres.span(),
            format!("the environment variable {var} (the PostgreSQL URL) is not set"),
        );
    };
    #[cfg(feature = "postgres")]
    if let Err(e) = crate::pg::parse_url(&url) {
        return src.err(rs.postgres.span(), format!("{var}: {e}"));
    }
    let lease = match &rs.lease {
        None => Duration::from_secs(30),
        Some(l) if l.get_ref().0 < Duration::from_secs(1) => {
            return src.err(l.span(), "lease must be at least 1s")
        }
        Some(l) => l.get_ref().0,
    };
    let agent_id = match &rs.agent_id {
        None => None,
        Some(a) => {
            if let Err(e) = check_feed_name(a.get_ref()) {
                return src.err(a.span(), e.replace("feed name", "agent_id"));
            }
            Some(a.get_ref().clone())
        }
    };
    Ok(StateConfig {
        url: crate::secret::Secret::new(url),
        url_env: var.to_string(),
        lease,
        agent_id,
        ca_file: rs.ca_file.map(rel),
    })
}

fn feed_config(
    src: &Src<'_>,
    agent: &AgentConfig,
    shared_state: bool,
    rf: RawFeed,
    span: std::ops::Range<usize>,
) -> Result<FeedConfig> {
    let (line, _) = src.line_col(span.start);
    if let Err(e) = check_feed_name(rf.name.get_ref()) {
        return src.err(rf.name.span(), e);
    }
    let name = rf.name.get_ref().clone();
    let Some(service) = parse_service(rf.service.get_ref()) else {
        return src.err(rf.service.span(), unknown_service(rf.service.get_ref()));
    };
    let feed_err =
        |msg: String| src.err::<FeedConfig>(span.clone(), format!("feed {name:?}: {msg}"));
    // Keys that belong to another service's feeds are mistakes, not noise.
    let foreign: [(&str, bool, Service); 8] = [
        ("dataset", rf.dataset.is_some(), Service::Defendis),
        ("value", rf.value.is_some(), Service::Defendis),
        ("channel", rf.channel.is_some(), Service::Sie),
        ("chunk", rf.chunk.is_some(), Service::Sie),
        ("collection", rf.collection.is_some(), Service::Taxii),
        ("filter", rf.filter.is_some(), Service::DefectDojo),
        ("listing", rf.listing.is_some(), Service::Sandbox),
        ("query", rf.query.is_some(), Service::Sandbox),
    ];
    for (key, set, owner) in foreign {
        if set && owner != service {
            return feed_err(format!("{key} is for {owner} feeds, not {service}"));
        }
    }
    if !rf.types.is_empty() && service != Service::Taxii {
        return feed_err(format!("types is for TAXII feeds, not {service}"));
    }

    let every = rf.every.map_or(default_every(service), |d| d.0);
    if every < Duration::from_secs(1) {
        return feed_err(format!(
            "every = {} is under a second",
            format_duration(every)
        ));
    }
    let jitter = rf.jitter.map_or(every / 10, |d| d.0);
    if jitter >= every {
        return feed_err(format!(
            "jitter = {} must be shorter than every = {}",
            format_duration(jitter),
            format_duration(every)
        ));
    }
    let initial_lookback = rf
        .initial_lookback
        .map_or(Duration::from_secs(86_400), |d| d.0);
    let lag = rf.lag.map_or(default_lag(service), |d| d.0);
    let page_size = match rf.page_size {
        Some(p) if *p.get_ref() == 0 => return src.err(p.span(), "page_size must be at least 1"),
        Some(p) => Some(p.into_inner()),
        None => None,
    };
    let sink_name = match rf.sink.as_ref().map(|s| s.get_ref().as_str()) {
        None if shared_state => Some("postgres"),
        other => other,
    };
    if shared_state && matches!(sink_name, None | Some("files")) {
        return feed_err(
            "with [state] postgres the feed may run on any agent: its records go to sink = \"postgres\" (or \"stdout\"), not to one machine's files".into(),
        );
    }
    let sink = match sink_name {
        Some("postgres") => {
            if !shared_state {
                return feed_err(
                    "sink = \"postgres\" needs a [state] section with postgres = \"env:VAR\""
                        .into(),
                );
            }
            if rf.dir.is_some() || rf.rotate_bytes.is_some() || rf.rotate_age.is_some() {
                return feed_err(
                    "dir, rotate_bytes and rotate_age are for sink = \"files\"".into(),
                );
            }
            SinkConfig::Postgres
        }
        None | Some("files") => SinkConfig::Files {
            dir: rf.dir.map_or_else(
                || agent.out_dir.join(&name),
                |d| {
                    if d.is_absolute() {
                        d
                    } else {
                        src.path.parent().unwrap_or(Path::new("")).join(d)
                    }
                },
            ),
            max_bytes: rf.rotate_bytes.map_or(64 << 20, |s| s.0).max(1),
            max_age: rf.rotate_age.map_or(Duration::from_secs(300), |d| d.0),
        },
        Some("stdout") => {
            if rf.dir.is_some() || rf.rotate_bytes.is_some() || rf.rotate_age.is_some() {
                return feed_err(
                    "dir, rotate_bytes and rotate_age are for sink = \"files\"".into(),
                );
            }
            SinkConfig::Stdout
        }
        Some(other) => {
            let s = rf.sink.as_ref().expect("matched");
            return src.err(
                s.span(),
                format!("sink {other:?} is not one of files, stdout, postgres"),
            );
        }
    };
    let kind = match service {
        Service::Defendis => {
            let (Some(dataset), Some(value)) = (&rf.dataset, &rf.value) else {
                return feed_err("Defendis feeds need dataset (credentials, credentials-email, documents, paymentcards, exposure, ransomware) and value (the domain, address, BIN, group...)".into());
            };
            let name = dataset.get_ref().trim().to_ascii_lowercase();
            match crate::defendis::Dataset::from_name(&name, value.get_ref()) {
                Ok(d) => FeedKind::Defendis { dataset: d },
                Err(e) => return src.err(dataset.span(), e.to_string()),
            }
        }
        Service::Sie => {
            let Some(ch) = &rf.channel else {
                return feed_err("SIE feeds need channel (a number)".into());
            };
            let channel = match crate::sie::Channel::new(*ch.get_ref()) {
                Ok(c) => c,
                Err(e) => return src.err(ch.span(), e.to_string()),
            };
            let chunk = rf.chunk.map_or(Duration::from_secs(600), |d| d.0);
            if chunk.as_secs() < 60
                || !chunk.as_secs().is_multiple_of(60)
                || chunk.subsec_nanos() != 0
            {
                return feed_err(format!(
                    "chunk = {} must be a whole number of minutes",
                    format_duration(chunk)
                ));
            }
            FeedKind::Sie { channel, chunk }
        }
        Service::Taxii => {
            let Some(c) = &rf.collection else {
                return feed_err("TAXII feeds need collection (its id)".into());
            };
            if c.get_ref().trim().is_empty() {
                return src.err(c.span(), "collection is empty");
            }
            FeedKind::Taxii {
                collection: c.get_ref().clone(),
                types: rf.types,
            }
        }
        Service::DefectDojo => {
            let filter = match rf.filter {
                None => crate::defectdojo::FindingFilter::default(),
                Some(f) => {
                    let span = f.span();
                    let table = f.into_inner();
                    let filter: crate::defectdojo::FindingFilter = match table.clone().try_into() {
                        Ok(filter) => filter,
                        Err(e) => return src.err(span, format!("filter: {e}")),
                    };
                    // The filter type ignores keys it does not know: a typo
                    // would widen the feed silently.
                    let known = serde_json::to_value(&filter).unwrap_or_default();
                    if let Some(t) = table.as_table() {
                        if let Some(k) = t.keys().find(|k| known.get(k.as_str()).is_none()) {
                            return src.err(
                                span,
                                format!(
                                    "filter: unknown key {k:?} (see FindingFilter for the names)"
                                ),
                            );
                        }
                    }
                    filter
                }
            };
            FeedKind::DefectDojo {
                filter: Box::new(filter),
            }
        }
        Service::Sandbox => {
            let listing = match (&rf.listing, &rf.query) {
                (Some(_), Some(_)) => return feed_err("give listing or query, not both".into()),
                (None, Some(q)) if q.get_ref().trim().is_empty() => {
                    return src.err(q.span(), "query is empty")
                }
                (None, Some(q)) => crate::sandbox::Listing::Search(q.get_ref().clone()),
                (l, None) => {
                    let name = l.as_ref().map_or("owned", |l| l.get_ref().as_str());
                    match name.parse::<crate::sandbox::Subset>() {
                        Ok(s) => crate::sandbox::Listing::Samples(s),
                        Err(_) => {
                            let span = l.as_ref().map_or(span.clone(), |l| l.span());
                            return src.err(
                                span,
                                format!("listing {name:?} is not one of owned, public, org"),
                            );
                        }
                    }
                }
            };
            FeedKind::Sandbox { listing }
        }
    };
    let format = match &rf.format {
        None => crate::normalize::Format::Raw,
        Some(f) => match f.get_ref().parse::<crate::normalize::Format>() {
            Ok(format) => format,
            Err(e) => return src.err(f.span(), e.to_string()),
        },
    };
    if let (FeedKind::Sie { channel, .. }, true) = (&kind, format != crate::normalize::Format::Raw)
    {
        if !channel.is_newdomain() {
            let f = rf.format.as_ref().expect("not raw");
            return src.err(
                f.span(),
                format!("{channel} has no typed records to normalise: only channels 212 and 213 (newly observed domains) can be written as {format}"),
            );
        }
    }
    Ok(FeedConfig {
        name,
        line,
        format,
        every,
        jitter,
        initial_lookback,
        lag,
        page_size,
        sink,
        kind,
    })
}

fn default_every(service: Service) -> Duration {
    match service {
        // SIE prunes channel data within minutes: keep up.
        Service::Sie => Duration::from_secs(60),
        Service::Defendis => Duration::from_secs(3600),
        _ => Duration::from_secs(300),
    }
}

fn default_lag(service: Service) -> Duration {
    match service {
        // Recent minutes of a channel may still be filling.
        Service::Sie => Duration::from_secs(120),
        _ => Duration::ZERO,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn env() -> HashMap<String, String> {
        [
            "DEFENDIS_API_KEY",
            "SIE_API_KEY",
            "DD_API_KEY",
            "SANDBOX_API_KEY",
        ]
        .into_iter()
        .map(|k| (k.to_string(), "x".to_string()))
        .collect()
    }

    fn parse(text: &str) -> Result<Config> {
        Config::parse(Path::new("/etc/secops/secops.toml"), text, &env())
    }

    fn err(text: &str) -> String {
        parse(text).unwrap_err().to_string()
    }

    #[test]
    fn durations_and_sizes() {
        assert_eq!(parse_duration("1h30m").unwrap(), Duration::from_secs(5400));
        assert_eq!(parse_duration("250ms").unwrap(), Duration::from_millis(250));
        assert_eq!(parse_duration("2d").unwrap(), Duration::from_secs(172_800));
        for bad in ["", "5", "m", "5 m", "1x", "-1s", "99999999999999999999d"] {
            assert!(parse_duration(bad).is_err(), "{bad:?}");
        }
        assert_eq!(format_duration(Duration::from_secs(5400)), "1h30m");
        assert_eq!(parse_size("64MiB").unwrap(), 64 << 20);
        assert_eq!(parse_size("10MB").unwrap(), 10_000_000);
        assert!(parse_size("10 potatoes").is_err());
    }

    #[test]
    fn a_full_file_reads_with_defaults() {
        let c = parse(
            r#"
[agent]
state_dir = "st"

[services.sie]
rate = 1.5

[[feed]]
name = "nod"
service = "sie"
channel = 212

[[feed]]
name = "creds"
service = "defendis"
dataset = "credentials"
value = "example.com"
every = "1h"
sink = "stdout"

[[feed]]
name = "intel"
service = "taxii"
collection = "c1"
types = ["indicator"]

[[feed]]
name = "findings"
service = "defectdojo"
filter = { active = true }

[[feed]]
name = "samples"
service = "sandbox"
query = "family:emotet"
"#,
        )
        .unwrap();
        assert_eq!(c.agent.state_dir, Path::new("/etc/secops/st"));
        assert_eq!(
            c.agent.listen,
            Some(SocketAddr::from(([127, 0, 0, 1], 9464)))
        );
        assert_eq!(c.feeds.len(), 5);
        let nod = &c.feeds[0];
        assert_eq!(nod.every, Duration::from_secs(60));
        assert_eq!(nod.lag, Duration::from_secs(120));
        assert_eq!(nod.line, 8);
        assert!(
            matches!(&nod.sink, SinkConfig::Files { dir, .. } if dir == Path::new("/etc/secops/out/nod"))
        );
        assert_eq!(c.service(Service::Sie).rate, 1.5);
        assert_eq!(c.feeds[1].sink, SinkConfig::Stdout);
        assert!(!c.service(Service::Taxii).key_required);
    }

    #[cfg(feature = "postgres")]
    #[test]
    fn state_in_postgres_is_checked_with_line_and_column() {
        const FEED: &str = "[[feed]]\nname = \"a\"\nservice = \"sie\"\nchannel = 212\n";
        let mut e = env();
        e.insert("PG_URL".into(), "postgres://u:pw-in-env@db/x".into());
        e.insert(
            "PG_BAD".into(),
            "postgres://u:pw-bad@db/x?sslmode=sometimes-pw-bad".into(),
        );
        let parse_pg = |text: &str| Config::parse(Path::new("/etc/secops/secops.toml"), text, &e);
        let c = parse_pg(&format!(
            "[state]\npostgres = \"env:PG_URL\"\nlease = \"10s\"\n{FEED}"
        ))
        .unwrap();
        let st = c.state.as_ref().unwrap();
        assert_eq!(
            (st.url_env.as_str(), st.lease),
            ("PG_URL", Duration::from_secs(10))
        );
        assert_eq!(
            c.feeds[0].sink,
            SinkConfig::Postgres,
            "the default sink with [state]"
        );
        assert!(
            !format!("{c:?}").contains("pw-in-env"),
            "the URL is never in Debug"
        );
        let pg_err = |text: &str| parse_pg(text).unwrap_err().to_string();
        // A URL written into the file is refused: it carries a password.
        let m = pg_err(&format!(
            "[state]\npostgres = \"postgres://u:secret@db/x\"\n{FEED}"
        ));
        assert!(m.contains(":2:12") && m.contains("env:VAR"), "{m}");
        assert!(!m.contains("secret"), "{m}");
        let m = pg_err(&format!("[state]\npostgres = \"env:UNSET_VAR\"\n{FEED}"));
        assert!(
            m.contains(":2:12") && m.contains("UNSET_VAR") && m.contains("not set"),
            "{m}"
        );
        // A URL that does not parse: refused before any connection, naming
        // the variable and the option, never the URL.
        let m = pg_err(&format!("[state]\npostgres = \"env:PG_BAD\"\n{FEED}"));
        assert!(
            m.contains(":2:12") && m.contains("PG_BAD") && m.contains("sslmode"),
            "{m}"
        );
        assert!(!m.contains("pw-bad"), "{m}");
        let m = pg_err(&format!(
            "[state]\npostgres = \"env:PG_URL\"\nlease = \"100ms\"\n{FEED}"
        ));
        assert!(m.contains(":3:9") && m.contains("at least 1s"), "{m}");
        let m = pg_err(&format!(
            "[state]\npostgres = \"env:PG_URL\"\n{FEED}sink = \"files\"\n"
        ));
        assert!(m.contains("any agent") && m.contains("postgres"), "{m}");
        let m = err(&format!("{FEED}sink = \"postgres\"\n"));
        assert!(m.contains("[state]"), "{m}");
        let m = pg_err(&format!(
            "[state]\npostgres = \"env:PG_URL\"\nagent_id = \"a b\"\n{FEED}"
        ));
        assert!(m.contains(":3:12") && m.contains("agent_id"), "{m}");
    }

    #[cfg(feature = "postgres")]
    #[test]
    fn the_two_machine_example_is_valid() {
        let mut e = env();
        e.insert("SECOPS_POSTGRES_URL".into(), "postgres://u:p@db/x".into());
        e.insert("TAXII_API_KEY".into(), "x".into());
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/agent-postgres.toml");
        let c = Config::load(&path, &e).unwrap();
        assert!(c.state.is_some());
        assert!(c.feeds.iter().all(|f| f.sink == SinkConfig::Postgres));
    }

    #[test]
    fn errors_name_the_line_and_column() {
        let e = err(
            "[[feed]]\nname = \"a\"\nservice = \"sie\"\nchannel = 212\nevery = \"5 minutes\"\n",
        );
        assert!(e.contains("secops.toml:5:9"), "{e}");
        assert!(e.contains("not a duration"), "{e}");
        let e = err("[[feed]]\nname = \"a\"\nservice = \"nope\"\n");
        assert!(e.contains(":3:11") && e.contains("unknown service"), "{e}");
        let e = err("[[feed]]\nname = \"a\"\nservice = \"sie\"\nchanel = 212\n");
        assert!(e.contains(":4:1") && e.contains("chanel"), "{e}");
        let e = err("[[feed]]\nname = \"a\"\nservice = \"sie\"\nchannel = 9999\n");
        assert!(e.contains(":4:11"), "{e}");
        let e = err("[[feed]]\nname = \"a/b\"\nservice = \"sie\"\nchannel = 212\n");
        assert!(e.contains(":2:8") && e.contains("feed name"), "{e}");
        let e = err("[[feed]]\nname = \"a\"\nservice = \"sie\"\nchannel = 212\n[[feed]]\nname = \"a\"\nservice = \"sie\"\nchannel = 212\n");
        assert!(e.contains(":5:1") && e.contains("used twice"), "{e}");
        let e = err("[[feed]]\nname = \"a\"\nservice = \"sie\"\nchannel = 212\nvalue = \"x\"\n");
        assert!(e.contains("value is for Defendis feeds"), "{e}");
        let e = err("[[feed]]\nname = \"a\"\nservice = \"sie\"\nchannel = 212\njitter = \"2m\"\n");
        assert!(e.contains("jitter"), "{e}");
        let e = err("[agent]\nlisten = \"0.0.0.0:9464\"\n[[feed]]\nname = \"a\"\nservice = \"sie\"\nchannel = 212\n");
        assert!(e.contains(":2:10") && e.contains("loopback"), "{e}");
        let e =
            err("[[feed]]\nname = \"f\"\nservice = \"defectdojo\"\nfilter = { actve = true }\n");
        assert!(e.contains(":4:10") && e.contains("actve"), "{e}");
        assert!(err("").contains("no [[feed]]"));
        let e =
            err("[[feed]]\nname = \"a\"\nservice = \"sie\"\nchannel = 204\nformat = \"stix\"\n");
        assert!(e.contains(":5:10") && e.contains("212 and 213"), "{e}");
        let e = err("[[feed]]\nname = \"a\"\nservice = \"sie\"\nchannel = 212\nformat = \"xml\"\n");
        assert!(e.contains(":5:10") && e.contains("raw, ocsf, stix"), "{e}");
        let ok =
            parse("[[feed]]\nname = \"a\"\nservice = \"sie\"\nchannel = 212\nformat = \"ocsf\"\n")
                .unwrap();
        assert_eq!(ok.feeds[0].format, crate::normalize::Format::Ocsf);
    }

    #[test]
    fn every_key_named_must_be_set() {
        let text = "[services.taxii]\nkey_env = \"INTEL_KEY\"\n[[feed]]\nname = \"a\"\nservice = \"taxii\"\ncollection = \"c\"\n";
        let e = err(text);
        assert!(e.contains("INTEL_KEY") && e.contains("not set"), "{e}");
        let mut env = env();
        env.insert("INTEL_KEY".into(), "secret-value".into());
        let c = Config::parse(Path::new("x.toml"), text, &env).unwrap();
        assert!(!format!("{c:?}").contains("secret-value"));
        env.remove("SIE_API_KEY");
        let e = Config::parse(
            Path::new("x.toml"),
            "[[feed]]\nname = \"a\"\nservice = \"sie\"\nchannel = 212\n",
            &env,
        )
        .unwrap_err()
        .to_string();
        assert!(e.contains("SIE_API_KEY"), "{e}");
    }
}
