//! `secops run`: the long-running ingestion agent.

use std::io::IsTerminal;
use std::path::PathBuf;

use clap::{Args, ValueEnum};
use secops::agent::config::{Config, ProcessEnv};
use secops::agent::{Agent, Control, Options};
use secops::Error;
use tokio::sync::mpsc;

use crate::common::{Global, Outcome};

/// `secops run` arguments.
#[derive(Args, Debug)]
pub struct RunArgs {
    /// The configuration file (TOML): feeds, services, sinks.
    #[arg(long, short = 'c', value_name = "FILE")]
    config: PathBuf,
    /// Check the configuration (offline: nothing is sent), print the plan, exit.
    #[arg(long)]
    check: bool,
    /// Run every feed once, then exit (for cron and CI).
    #[arg(long)]
    once: bool,
    /// Log lines as text or as JSON objects (one per line).
    #[arg(long, value_enum, default_value_t = LogFormat::Text)]
    log_format: LogFormat,
}

/// Log line format.
#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum LogFormat {
    /// Human-readable lines.
    Text,
    /// One JSON object per line.
    Json,
}

impl RunArgs {
    /// Sets up logs: the agent logs its runs at `info` by default.
    pub fn init_tracing(&self, global: &Global) {
        let level = match global.verbose {
            0 => "info",
            _ => "debug",
        };
        let level = if global.quiet { "warn" } else { level };
        let filter = tracing_subscriber::EnvFilter::try_from_env("SECOPS_LOG")
            .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new(format!("secops={level},warn")));
        let b = tracing_subscriber::fmt()
            .with_env_filter(filter)
            .with_writer(std::io::stderr)
            // A closed stderr (a log collector restarted) must not turn
            // every log line into a panic.
            .log_internal_errors(false);
        let _ = match self.log_format {
            LogFormat::Json => b.json().flatten_event(true).try_init(),
            LogFormat::Text => b.with_ansi(std::io::stderr().is_terminal()).try_init(),
        };
    }
}

/// Runs `secops run`.
pub async fn run(_global: &Global, args: RunArgs) -> secops::Result<Outcome> {
    let config = Config::load(&args.config, &ProcessEnv)?;
    if args.check {
        println!("{}: {} feeds", config.path.display(), config.feeds.len());
        for line in Agent::plan(&config) {
            println!("  {line}");
        }
        let state = match &config.state {
            Some(s) => format!(
                "checkpoints in PostgreSQL (URL from {}; feeds shared with the other agents through {} leases)",
                s.url_env,
                secops::agent::config::format_duration(s.lease)
            ),
            None => format!("checkpoints in {}", config.agent.state_dir.display()),
        };
        println!(
            "  {state}; status endpoint {}",
            config
                .agent
                .listen
                .map_or("off".to_string(), |a| format!("http://{a}/status"))
        );
        return Ok(Outcome::Success);
    }
    let listen = config.agent.listen;
    let agent = Agent::new(config, Options::default().once(args.once));
    let observer = agent.observer();
    let (tx, rx) = mpsc::channel(4);
    let (server_stop, server_stopped) = tokio::sync::oneshot::channel::<()>();
    let server = match listen {
        Some(addr) if !args.once => {
            let listener = tokio::net::TcpListener::bind(addr).await.map_err(|e| {
                Error::invalid_input(format!(
                    "cannot listen on {addr} for the status endpoint: {e}"
                ))
            })?;
            let bound = listener.local_addr().unwrap_or(addr);
            tracing::info!(address = %bound, "status endpoint: /metrics /healthz /readyz /status");
            Some(tokio::spawn(observer.serve(listener, async {
                let _ = server_stopped.await;
            })))
        }
        _ => None,
    };
    let signals = tokio::spawn(forward_signals(args.config.clone(), tx));
    let summary = agent.run(rx).await;
    signals.abort();
    let _ = server_stop.send(());
    if let Some(s) = server {
        let _ = s.await;
    }
    let summary = summary?;
    for (name, f) in &summary.feeds {
        tracing::info!(feed = %name, runs = f.runs, failures = f.failures, records = f.records, gaps = f.gaps, parked = f.parked, lease_lost = f.lease_lost, "feed summary");
    }
    if summary.has_gaps() {
        return Ok(Outcome::CompletedWithGaps);
    }
    let failed: Vec<_> = summary
        .feeds
        .iter()
        .filter(|(_, f)| f.parked || f.last_error.is_some())
        .collect();
    for (name, f) in &failed {
        let why = f.last_error.as_deref().unwrap_or("");
        let what = if f.parked { "parked" } else { "failed" };
        eprintln!("error: feed {name:?} {what}: {why}");
    }
    if !failed.is_empty() {
        let parked = failed.iter().any(|(_, f)| f.parked);
        return Ok(Outcome::FeedsFailed { parked });
    }
    Ok(Outcome::Success)
}

/// SIGTERM and SIGINT stop the agent; SIGHUP reloads the configuration (an
/// invalid file is refused and the running one kept).
async fn forward_signals(path: PathBuf, tx: mpsc::Sender<Control>) {
    use tokio::signal::unix::{signal, SignalKind};
    let (Ok(mut term), Ok(mut int), Ok(mut hup)) = (
        signal(SignalKind::terminate()),
        signal(SignalKind::interrupt()),
        signal(SignalKind::hangup()),
    ) else {
        tracing::error!("cannot install the signal handlers");
        return;
    };
    loop {
        tokio::select! {
            _ = term.recv() => {
                tracing::info!("SIGTERM: finishing the pages in flight, then stopping");
                let _ = tx.send(Control::Stop).await;
            }
            _ = int.recv() => {
                tracing::info!("SIGINT: finishing the pages in flight, then stopping");
                let _ = tx.send(Control::Stop).await;
            }
            _ = hup.recv() => match Config::load(&path, &ProcessEnv) {
                Ok(c) => {
                    tracing::info!(feeds = c.feeds.len(), "SIGHUP: configuration reloaded");
                    let _ = tx.send(Control::Reload(Box::new(c))).await;
                }
                Err(e) => tracing::error!(error = %e, "SIGHUP: the configuration is refused; the running one is kept"),
            },
        }
    }
}
