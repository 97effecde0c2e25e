//! PostgreSQL as the agent's shared state and, optionally, its destination
//! (feature `postgres`).
//!
//! - [`PgCheckpoints`]: a [`CheckpointStore`](crate::checkpoint::CheckpointStore)
//!   in the table `secops_checkpoints`.
//! - [`PgSink`]: records into `secops_records`, written **in the same
//!   transaction** as the feed's checkpoint (its
//!   [`commit_checkpoint`](crate::sink::Sink::commit_checkpoint)): after a
//!   crash at any point the table and the checkpoint agree, so every record
//!   is there exactly once. Rows go in by binary `COPY`, one round trip per
//!   page.
//! - [`Leases`]: feeds shared by several agents. Each feed has a lease row;
//!   an agent claims free or expired ones (`FOR UPDATE SKIP LOCKED`), renews
//!   what it holds, and takes only its fair share. Every claim bumps the
//!   lease's **generation**; a [`Fence`] (feed, owner, generation) is checked
//!   under a row lock in the commit transaction, so an agent that stalled past
//!   its lease and wakes up cannot commit over the new owner
//!   ([`Error::LeaseLost`]).
//!
//! # Schema
//!
//! Created and migrated by [`Database::migrate`] (idempotent; concurrent
//! agents serialise on an advisory lock; the version is a row of
//! `secops_schema`). `secops db migrate` and `secops db status` run it by hand.
//!
//! | Table | Columns | Key |
//! |---|---|---|
//! | `secops_schema` | `version`, `migrated_at` | — |
//! | `secops_checkpoints` | `key`, `checkpoint` (jsonb, the [`Checkpoint`](crate::checkpoint::Checkpoint)), `commit_id` (uuid of the transaction that wrote it), `generation` (the lease's, when fenced), `saved_at` | `key` |
//! | `secops_records` | `seq` (identity), `feed`, `kind`, `natural_key`, `version`, `received_at`, `record` (jsonb, as the service sent it), `normalized` (jsonb: the OCSF event, or the array of STIX objects; null for raw feeds) | unique (`feed`, `natural_key`, `version`) |
//! | `secops_leases` | `feed`, `owner`, `generation`, `acquired_at`, `expires_at` | `feed` |
//! | `secops_agents` | `agent`, `host`, `instance` (uuid of the process), `started_at`, `heartbeat_at`, `expires_at` | `agent` |
//!
//! The natural key of each record kind is in [`natural_key`].
//!
//! # Connections
//!
//! The URL is a libpq-style `postgres://user:password@host:port/db?sslmode=…`
//! (a [`Secret`]: its password is never printed; messages name the database
//! as `postgres://host:port/db`). With `sslmode=require` (or `prefer`) the
//! connection uses rustls with the platform's roots, plus a CA file when one
//! is given ([`DatabaseBuilder::ca_file`]). Statements run on a small pool on
//! the crate's own thread, so the synchronous
//! [`CheckpointStore`](crate::checkpoint::CheckpointStore) and
//! [`Sink`](crate::sink::Sink) calls work from any runtime. A lost connection is retried with backoff
//! (up to [`DatabaseBuilder::retry_for`], 2 min by default); a commit whose
//! outcome is unknown (the connection dropped during `COMMIT`) is resolved
//! by reading the checkpoint back: each commit writes its own `commit_id`.

mod lease;
mod sink;
mod store;

use std::future::Future;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use deadpool_postgres::{Manager, ManagerConfig, Pool, RecyclingMethod};
use tokio_postgres::error::SqlState;

use crate::error::{Error, Result};
use crate::retry::RetryPolicy;
use crate::secret::Secret;

pub(crate) use lease::release as release_lease;
pub use lease::{hostname, Fence, LeaseRow, Leases, TickOutcome};
pub use sink::{natural_key, PgSink};
pub use store::PgCheckpoints;

/// The schema version this crate writes.
pub const SCHEMA_VERSION: i32 = 2;

/// The statements of each schema version, applied in order.
const MIGRATIONS: &[(i32, &str)] = &[
    (
        1,
        r#"
CREATE TABLE IF NOT EXISTS secops_checkpoints (
    key         text PRIMARY KEY,
    checkpoint  jsonb NOT NULL,
    commit_id   uuid,
    generation  bigint,
    saved_at    timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE IF NOT EXISTS secops_records (
    seq          bigint GENERATED ALWAYS AS IDENTITY,
    feed         text NOT NULL,
    kind         text NOT NULL,
    natural_key  text NOT NULL,
    version      text NOT NULL DEFAULT '',
    received_at  timestamptz NOT NULL,
    record       jsonb NOT NULL,
    normalized   jsonb,
    PRIMARY KEY (feed, natural_key, version)
);
CREATE INDEX IF NOT EXISTS secops_records_seq ON secops_records (seq);
CREATE TABLE IF NOT EXISTS secops_leases (
    feed         text PRIMARY KEY,
    owner        text,
    generation   bigint NOT NULL DEFAULT 0,
    acquired_at  timestamptz,
    expires_at   timestamptz
);
CREATE TABLE IF NOT EXISTS secops_agents (
    agent         text PRIMARY KEY,
    host          text NOT NULL,
    started_at    timestamptz NOT NULL DEFAULT now(),
    heartbeat_at  timestamptz NOT NULL DEFAULT now(),
    expires_at    timestamptz NOT NULL
);
"#,
    ),
    // The process behind an agent id: two live processes with one
    // `agent_id` are told apart, and refused.
    (
        2,
        "ALTER TABLE secops_agents ADD COLUMN IF NOT EXISTS instance uuid;",
    ),
];

/// The advisory lock key migrations serialise on (`'secops'` as bytes).
const MIGRATION_LOCK: i64 = 0x7365_636f_7073;

/// A PostgreSQL database: a pool of connections on the crate's own thread.
/// Cheap to clone.
#[derive(Clone)]
pub struct Database {
    inner: Arc<Inner>,
}

struct Inner {
    pool: Pool,
    runtime: Option<tokio::runtime::Runtime>,
    handle: tokio::runtime::Handle,
    location: String,
    /// Lost connections and restarts: unlimited attempts until `retry_for`.
    retry: RetryPolicy,
    retry_for: Duration,
}

impl Drop for Inner {
    fn drop(&mut self) {
        // Dropped from async code too: never block here.
        if let Some(rt) = self.runtime.take() {
            rt.shutdown_background();
        }
    }
}

impl std::fmt::Debug for Database {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Database")
            .field("location", &self.inner.location)
            .finish_non_exhaustive()
    }
}

/// How to connect: see [`Database::builder`].
#[derive(Debug)]
pub struct DatabaseBuilder {
    url: Secret,
    ca_file: Option<PathBuf>,
    pool_size: usize,
    retry_for: Duration,
    connect_timeout: Duration,
}

impl DatabaseBuilder {
    /// A PEM file of CA certificates trusted for the server (besides the
    /// platform's roots).
    pub fn ca_file(mut self, path: impl Into<PathBuf>) -> Self {
        self.ca_file = Some(path.into());
        self
    }

    /// Connections in the pool (default 4).
    pub fn pool_size(mut self, n: usize) -> Self {
        self.pool_size = n.max(1);
        self
    }

    /// How long a statement keeps being retried while the server is
    /// unreachable or restarting (default 2 min).
    pub fn retry_for(mut self, d: Duration) -> Self {
        self.retry_for = d;
        self
    }

    /// The connection timeout (default 10 s).
    pub fn connect_timeout(mut self, d: Duration) -> Self {
        self.connect_timeout = d;
        self
    }

    /// Checks the URL and makes the pool; nothing is sent until first use.
    pub fn build(self) -> Result<Database> {
        let mut config = parse_url(self.url.expose()).map_err(Error::invalid_input)?;
        config.connect_timeout(self.connect_timeout);
        if config.get_application_name().is_none() {
            config.application_name("secops");
        }
        let location = describe(&config);
        let tls = tls_connector(self.ca_file.as_deref())?;
        let manager = Manager::from_config(
            config,
            tls,
            ManagerConfig {
                recycling_method: RecyclingMethod::Fast,
            },
        );
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .thread_name("secops-postgres")
            .enable_all()
            .build()
            .map_err(|e| Error::io("starting the PostgreSQL thread", e))?;
        let handle = runtime.handle().clone();
        let pool = {
            let _enter = handle.enter();
            Pool::builder(manager)
                .max_size(self.pool_size)
                .runtime(deadpool_postgres::Runtime::Tokio1)
                .wait_timeout(Some(self.connect_timeout))
                .create_timeout(Some(self.connect_timeout))
                .build()
                .map_err(|e| Error::invalid_input(format!("PostgreSQL pool: {e}")))?
        };
        Ok(Database {
            inner: Arc::new(Inner {
                pool,
                runtime: Some(runtime),
                handle,
                location,
                retry: RetryPolicy::default()
                    .max_attempts(u32::MAX)
                    .initial_backoff(Duration::from_millis(50))
                    .max_backoff(Duration::from_secs(2))
                    .deadline(self.retry_for),
                retry_for: self.retry_for,
            }),
        })
    }
}

/// The connection URL parsed; the error says what is wrong without the URL
/// (the parser's message names the option, never its value).
pub(crate) fn parse_url(url: &str) -> std::result::Result<tokio_postgres::Config, String> {
    url.parse().map_err(|e: tokio_postgres::Error| {
        let detail = std::error::Error::source(&e).map_or_else(|| e.to_string(), |s| s.to_string());
        format!(
            "the PostgreSQL URL is not valid ({detail}): write postgres://user:password@host:port/dbname"
        )
    })
}

/// `postgres://host:port/dbname`: never the user or the password.
fn describe(config: &tokio_postgres::Config) -> String {
    let host = config
        .get_hosts()
        .first()
        .map(|h| match h {
            tokio_postgres::config::Host::Tcp(h) => h.clone(),
            #[cfg(unix)]
            tokio_postgres::config::Host::Unix(p) => p.display().to_string(),
        })
        .unwrap_or_else(|| "localhost".into());
    let port = config.get_ports().first().copied().unwrap_or(5432);
    let db = config
        .get_dbname()
        .or(config.get_user())
        .unwrap_or("postgres");
    format!("postgres://{host}:{port}/{db}")
}

fn tls_connector(
    ca_file: Option<&std::path::Path>,
) -> Result<tokio_postgres_rustls::MakeRustlsConnect> {
    use rustls_platform_verifier::BuilderVerifierExt;
    let provider = Arc::new(rustls::crypto::aws_lc_rs::default_provider());
    let builder = rustls::ClientConfig::builder_with_provider(provider.clone())
        .with_safe_default_protocol_versions()
        .map_err(|e| Error::invalid_input(format!("TLS for PostgreSQL: {e}")))?;
    let config = match ca_file {
        None => builder
            .with_platform_verifier()
            .map_err(|e| Error::invalid_input(format!("TLS for PostgreSQL: {e}")))?
            .with_no_client_auth(),
        Some(path) => {
            let pem = std::fs::read(path).map_err(|e| {
                Error::io(
                    format!("reading the PostgreSQL CA file {}", path.display()),
                    e,
                )
            })?;
            let mut roots = rustls::RootCertStore::empty();
            let mut n = 0;
            for cert in rustls::pki_types::pem::PemObject::pem_slice_iter(&pem) {
                let cert: rustls::pki_types::CertificateDer<'static> = cert.map_err(|e| {
                    Error::invalid_input(format!(
                        "the PostgreSQL CA file {} is not PEM: {e}",
                        path.display()
                    ))
                })?;
                roots.add(cert).map_err(|e| {
                    Error::invalid_input(format!("the PostgreSQL CA file {}: {e}", path.display()))
                })?;
                n += 1;
            }
            if n == 0 {
                return Err(Error::invalid_input(format!(
                    "the PostgreSQL CA file {} holds no certificate",
                    path.display()
                )));
            }
            builder.with_root_certificates(roots).with_no_client_auth()
        }
    };
    Ok(tokio_postgres_rustls::MakeRustlsConnect::new(config))
}

/// The schema as found by [`Database::status`].
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct DbStatus {
    /// The database (`postgres://host:port/db`).
    pub location: String,
    /// The schema version (`None`: not migrated).
    pub version: Option<i32>,
    /// Checkpoints stored.
    pub checkpoints: i64,
    /// Records stored.
    pub records: i64,
    /// Leases (feeds known to shared agents).
    pub leases: i64,
    /// Agents whose heartbeat is current.
    pub live_agents: i64,
}

impl Database {
    /// A database at `url` (`postgres://user:password@host:port/db`), with
    /// the defaults; see [`builder`](Self::builder).
    pub fn connect(url: impl Into<Secret>) -> Result<Database> {
        Self::builder(url).build()
    }

    /// A builder for a database at `url`.
    pub fn builder(url: impl Into<Secret>) -> DatabaseBuilder {
        DatabaseBuilder {
            url: url.into(),
            ca_file: None,
            pool_size: 4,
            retry_for: Duration::from_secs(120),
            connect_timeout: Duration::from_secs(10),
        }
    }

    /// `postgres://host:port/db` (no user, no password).
    pub fn location(&self) -> &str {
        &self.inner.location
    }

    /// Checkpoints in this database.
    pub fn checkpoints(&self) -> PgCheckpoints {
        PgCheckpoints::new(self.clone())
    }

    /// A sink writing `feed`'s records of `kind` into this database.
    #[cfg(feature = "normalize")]
    pub fn sink(&self, feed: impl Into<String>, kind: crate::normalize::RecordKind) -> PgSink {
        PgSink::new(self.clone(), feed, kind)
    }

    /// Leases for agent `agent` (unique per process), held for `lease`.
    pub fn leases(&self, agent: impl Into<String>, lease: Duration) -> Leases {
        Leases::new(self.clone(), agent.into(), lease)
    }

    /// Creates or migrates the schema to [`SCHEMA_VERSION`]; returns the
    /// version found before (`None`: none). Idempotent; agents starting
    /// together serialise on an advisory lock.
    pub async fn migrate(&self) -> Result<Option<i32>> {
        self.with_client("migrating the schema", |mut c| async move {
            let tx = c.transaction().await?;
            tx.execute("SELECT pg_advisory_xact_lock($1)", &[&MIGRATION_LOCK])
                .await?;
            tx.batch_execute(
                "CREATE TABLE IF NOT EXISTS secops_schema (version integer NOT NULL, migrated_at timestamptz NOT NULL DEFAULT now())",
            )
            .await?;
            let before: Option<i32> = tx
                .query_one("SELECT max(version) FROM secops_schema", &[])
                .await?
                .get(0);
            let from = before.unwrap_or(0);
            if from > SCHEMA_VERSION {
                return Ok(Err(from));
            }
            for (v, sql) in MIGRATIONS {
                if *v > from {
                    tx.batch_execute(sql).await?;
                    tx.execute("INSERT INTO secops_schema (version) VALUES ($1)", &[v])
                        .await?;
                }
            }
            tx.commit().await?;
            Ok(Ok(before))
        })
        .await?
        .map_err(|found| self.refused(format!(
            "the schema is at version {found}, newer than this secops knows ({SCHEMA_VERSION}): upgrade secops"
        )))
    }

    /// The schema version and table sizes.
    pub async fn status(&self) -> Result<DbStatus> {
        let location = self.inner.location.clone();
        self.with_client("reading the status", move |c| {
            let location = location.clone();
            async move {
            let has: bool = c
                .query_one("SELECT to_regclass('secops_schema') IS NOT NULL", &[])
                .await?
                .get(0);
            if !has {
                return Ok(DbStatus {
                    location,
                    version: None,
                    checkpoints: 0,
                    records: 0,
                    leases: 0,
                    live_agents: 0,
                });
            }
            let version: Option<i32> = c
                .query_one("SELECT max(version) FROM secops_schema", &[])
                .await?
                .get(0);
            let row = c
                .query_one(
                    "SELECT (SELECT count(*) FROM secops_checkpoints), (SELECT count(*) FROM secops_records), \
                     (SELECT count(*) FROM secops_leases), (SELECT count(*) FROM secops_agents WHERE expires_at > now())",
                    &[],
                )
                .await?;
            Ok(DbStatus {
                location,
                version,
                checkpoints: row.get(0),
                records: row.get(1),
                leases: row.get(2),
                live_agents: row.get(3),
            })
            }
        })
        .await
    }

    /// Every lease: feed, owner, generation, seconds to expiry.
    pub async fn lease_table(&self) -> Result<Vec<LeaseRow>> {
        self.with_client("reading the leases", |c| async move {
            lease::lease_rows(&c, None).await
        })
        .await
    }

    /// Runs `f` with a pooled connection on the database's thread, retried
    /// with backoff while the error is a lost connection or a server
    /// restarting (for up to `retry_for`).
    pub(crate) async fn with_client<T, F, Fut>(&self, what: &'static str, f: F) -> Result<T>
    where
        T: Send + 'static,
        F: Fn(deadpool_postgres::Object) -> Fut + Send + Sync + 'static,
        Fut: Future<Output = std::result::Result<T, tokio_postgres::Error>> + Send + 'static,
    {
        let inner = self.inner.clone();
        self.spawn(async move {
            let start = tokio::time::Instant::now();
            let mut retry = 0;
            loop {
                let err = match inner.pool.get().await {
                    Ok(client) => match f(client).await {
                        Ok(v) => return Ok(v),
                        Err(e) => DbFailure::from_pg(&e),
                    },
                    Err(e) => DbFailure::from_pool(&e),
                };
                retry += 1;
                let wait = err
                    .retryable
                    .then(|| inner.retry.wait_before(retry, None, start.elapsed()))
                    .flatten();
                let Some(wait) = wait else {
                    return Err(err.into_error(&inner.location, what, inner.retry_for));
                };
                tracing::debug!(database = %inner.location, error = %err.message, "{what}: retrying");
                tokio::time::sleep(wait).await;
            }
        })
        .await
    }

    /// Runs `fut` on the database's thread.
    pub(crate) async fn spawn<T: Send + 'static>(
        &self,
        fut: impl Future<Output = Result<T>> + Send + 'static,
    ) -> Result<T> {
        match self.inner.handle.spawn(fut).await {
            Ok(r) => r,
            Err(e) => Err(self.failed(format!("the PostgreSQL task failed: {e}"), false)),
        }
    }

    /// Runs `fut` on the database's thread and waits for it from synchronous
    /// code (the checkpoint store's and the sink's calls): from a
    /// multi-threaded runtime the worker hands its other tasks on while it
    /// waits.
    pub(crate) fn block_on<T: Send + 'static>(
        &self,
        fut: impl Future<Output = Result<T>> + Send + 'static,
    ) -> Result<T> {
        let task = self.inner.handle.spawn(fut);
        let wait = move || futures::executor::block_on(task);
        let out = match tokio::runtime::Handle::try_current() {
            Ok(h) if h.runtime_flavor() == tokio::runtime::RuntimeFlavor::MultiThread => {
                tokio::task::block_in_place(wait)
            }
            _ => wait(),
        };
        match out {
            Ok(r) => r,
            Err(e) => Err(self.failed(format!("the PostgreSQL task failed: {e}"), false)),
        }
    }

    pub(crate) fn failed(&self, message: String, retryable: bool) -> Error {
        Error::Database {
            location: self.inner.location.clone(),
            message,
            retryable,
        }
    }

    fn refused(&self, message: String) -> Error {
        self.failed(message, false)
    }
}

/// A failed statement, classified.
pub(crate) struct DbFailure {
    pub message: String,
    pub retryable: bool,
    pub unique_violation: bool,
}

impl DbFailure {
    pub(crate) fn from_pg(e: &tokio_postgres::Error) -> DbFailure {
        let code = e.code();
        // Without a server's code: the connection's failures (closed, I/O,
        // a timeout) are retried; a client-side one (a value that does not
        // convert, authentication) would fail the same way again.
        let transport = || {
            e.is_closed()
                || e.to_string().starts_with("timeout")
                || std::iter::successors(std::error::Error::source(e), |s| s.source())
                    .any(|s| s.is::<std::io::Error>())
        };
        let retryable = (code.is_none() && transport())
            || code.is_some_and(|c| {
                c.code().starts_with("08") // connection exception
                    || *c == SqlState::ADMIN_SHUTDOWN
                    || *c == SqlState::CRASH_SHUTDOWN
                    || *c == SqlState::CANNOT_CONNECT_NOW
                    || *c == SqlState::T_R_SERIALIZATION_FAILURE
                    || *c == SqlState::T_R_DEADLOCK_DETECTED
                    || *c == SqlState::TOO_MANY_CONNECTIONS
            });
        let message = match e.as_db_error() {
            Some(db) => format!("{} ({})", db.message(), db.code().code()),
            None => {
                let mut m = e.to_string();
                let mut src = std::error::Error::source(e);
                while let Some(s) = src {
                    m.push_str(": ");
                    m.push_str(&s.to_string());
                    src = s.source();
                }
                m
            }
        };
        DbFailure {
            message,
            retryable,
            unique_violation: code == Some(&SqlState::UNIQUE_VIOLATION),
        }
    }

    fn from_pool(e: &deadpool_postgres::PoolError) -> DbFailure {
        use deadpool_postgres::PoolError;
        let (message, retryable) = match e {
            PoolError::Backend(pg) => {
                let f = DbFailure::from_pg(pg);
                // An authentication or database-name refusal at connect does
                // not mend by itself.
                // A TLS failure (an untrusted certificate, a server without
                // TLS under sslmode=require) is a configuration matter too.
                let refused = pg.code().is_some_and(|c| {
                    c.code().starts_with("28") || *c == SqlState::INVALID_CATALOG_NAME
                }) || f.message.contains("TLS handshake")
                    || f.message.contains("does not support TLS");
                (format!("cannot connect: {}", f.message), !refused)
            }
            PoolError::Timeout(_) => ("timed out connecting".to_string(), true),
            other => (other.to_string(), true),
        };
        DbFailure {
            message,
            retryable,
            unique_violation: false,
        }
    }

    pub(crate) fn into_error(self, location: &str, what: &str, retry_for: Duration) -> Error {
        let message = if self.retryable {
            format!(
                "{what}: {} (still failing after {} s of retries)",
                self.message,
                retry_for.as_secs()
            )
        } else {
            format!("{what}: {}", self.message)
        };
        Error::Database {
            location: location.to_string(),
            message: crate::secret::redact_signatures(&message),
            retryable: self.retryable,
        }
    }
}
