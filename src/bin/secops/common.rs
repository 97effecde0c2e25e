//! What every subcommand shares: global flags, exit codes, output.
#![allow(dead_code)] // helpers used as the service subcommands land

use std::io::{IsTerminal, Write};
use std::path::PathBuf;

use clap::Args;
use secops::{Error, NdjsonFile, Sink};

/// Flags accepted by every command.
#[derive(Args, Debug, Clone)]
pub struct Global {
    /// More logs on stderr (-v info, -vv debug). Keys and presigned URLs are never logged.
    #[arg(short, long, action = clap::ArgAction::Count, global = true)]
    pub verbose: u8,
    /// No summary or progress on stderr.
    #[arg(short, long, global = true)]
    pub quiet: bool,
    /// Print the summary as one JSON object on stderr (for scripts).
    #[arg(long, global = true)]
    pub json: bool,
}

impl Global {
    /// Sets up tracing on stderr according to -v.
    pub fn init_tracing(&self) {
        let level = match self.verbose {
            0 => "warn",
            1 => "info",
            _ => "debug",
        };
        let filter = tracing_subscriber::EnvFilter::try_from_env("SECOPS_LOG")
            .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new(format!("secops={level},warn")));
        let _ = tracing_subscriber::fmt()
            .with_env_filter(filter)
            .with_writer(std::io::stderr)
            .with_ansi(std::io::stderr().is_terminal())
            .try_init();
    }

    /// Whether human output (summaries, progress) should be shown.
    pub fn human(&self) -> bool {
        !self.quiet && !self.json && std::io::stderr().is_terminal()
    }

    /// Prints a summary: JSON with --json, a table when stderr is a terminal, nothing with --quiet.
    pub fn summary(&self, title: &str, fields: &[(&str, serde_json::Value)]) {
        if self.quiet {
            return;
        }
        if self.json {
            let map: serde_json::Map<String, serde_json::Value> = fields
                .iter()
                .map(|(k, v)| (k.to_string(), v.clone()))
                .collect();
            eprintln!("{}", serde_json::Value::Object(map));
            return;
        }
        let mut err = std::io::stderr().lock();
        let _ = writeln!(err, "{title}");
        for (k, v) in fields {
            let v = match v {
                serde_json::Value::String(s) => s.clone(),
                other => other.to_string(),
            };
            let _ = writeln!(err, "  {k:<18} {v}");
        }
    }
}

/// The exit code for an error: 2 input, 3 auth, 4 other API, 5 network.
pub fn exit_code_for(e: &Error) -> u8 {
    match e {
        Error::InvalidInput { .. } => 2,
        Error::Api(_) if e.is_auth() => 3,
        Error::Api(_) => 4,
        Error::Transport { .. } | Error::Timeout { .. } => 5,
        Error::Checkpoint { .. } | Error::Io { .. } => 2,
        _ => 4,
    }
}

/// Where records go: stdout, or a file written atomically (`FILE.partial`, renamed at the end).
pub enum Output {
    /// Standard output.
    Stdout(std::io::BufWriter<std::io::Stdout>, u64),
    /// A file.
    File(NdjsonFile),
}

impl Output {
    /// Stdout when `path` is `None` or `-`, else the file.
    pub fn new(path: Option<&PathBuf>) -> secops::Result<Self> {
        match path {
            Some(p) if p.as_os_str() != "-" => Ok(Output::File(NdjsonFile::create(p)?)),
            _ => Ok(Output::Stdout(
                std::io::BufWriter::new(std::io::stdout()),
                0,
            )),
        }
    }
}

impl Sink for Output {
    fn begin(&mut self, committed: Option<u64>) -> secops::Result<()> {
        match self {
            Output::Stdout(..) => Ok(()),
            Output::File(f) => f.begin(committed),
        }
    }
    fn write_record(&mut self, record: &[u8]) -> secops::Result<()> {
        match self {
            Output::Stdout(w, n) => {
                *n += record.len() as u64 + 1;
                w.write_all(record)
                    .and_then(|_| w.write_all(b"\n"))
                    .map_err(|e| Error::io("writing to stdout", e))
            }
            Output::File(f) => f.write_record(record),
        }
    }
    fn commit(&mut self) -> secops::Result<Option<u64>> {
        match self {
            Output::Stdout(w, _) => {
                w.flush().map_err(|e| Error::io("writing to stdout", e))?;
                Ok(None)
            }
            Output::File(f) => f.commit(),
        }
    }
    fn rollback(&mut self) -> secops::Result<()> {
        match self {
            Output::Stdout(..) => Ok(()),
            Output::File(f) => f.rollback(),
        }
    }
    fn finish(&mut self) -> secops::Result<()> {
        match self {
            Output::Stdout(w, _) => w.flush().map_err(|e| Error::io("writing to stdout", e)),
            Output::File(f) => f.finish(),
        }
    }
}

/// Waits for Ctrl-C (or SIGTERM) and returns; used to stop long commands cleanly.
pub async fn interrupted() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{signal, SignalKind};
        let mut term = match signal(SignalKind::terminate()) {
            Ok(s) => s,
            Err(_) => {
                let _ = tokio::signal::ctrl_c().await;
                return;
            }
        };
        tokio::select! {
            _ = tokio::signal::ctrl_c() => {}
            _ = term.recv() => {}
        }
    }
    #[cfg(not(unix))]
    {
        let _ = tokio::signal::ctrl_c().await;
    }
}

/// Runs `work` until it finishes or the user interrupts; an interruption is
/// reported as exit code 130 after the work's future is dropped (checkpoints
/// already saved stay valid; output stays in `FILE.partial`).
pub async fn until_interrupted<T>(
    work: impl std::future::Future<Output = secops::Result<T>>,
) -> secops::Result<Option<T>> {
    tokio::select! {
        r = work => r.map(Some),
        _ = interrupted() => {
            eprintln!("interrupted: the checkpoint holds the last completed page; run the same command again to resume");
            Ok(None)
        }
    }
}

/// A sink wrapper that counts records and bytes and drives a progress bar on
/// stderr (only when stderr is a terminal and neither --quiet nor --json is set).
pub struct Counted<S> {
    inner: S,
    /// Records written.
    pub records: u64,
    /// Bytes written (newlines included).
    pub bytes: u64,
    bar: Option<indicatif::ProgressBar>,
}

impl<S: Sink> Counted<S> {
    /// Wraps `inner`; `what` labels the progress bar ("objects", "records"...).
    pub fn new(inner: S, global: &Global, what: &'static str) -> Self {
        let bar = global.human().then(|| {
            let bar = indicatif::ProgressBar::new_spinner();
            bar.set_style(
                indicatif::ProgressStyle::with_template(&format!(
                    "{{spinner}} {{pos}} {what} {{msg}} [{{elapsed}}, {{per_sec}}]"
                ))
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_spinner()),
            );
            bar.enable_steady_tick(std::time::Duration::from_millis(120));
            bar
        });
        Counted {
            inner,
            records: 0,
            bytes: 0,
            bar,
        }
    }

    /// Clears the progress bar.
    pub fn done(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}

impl<S: Sink> Sink for Counted<S> {
    fn begin(&mut self, committed: Option<u64>) -> secops::Result<()> {
        self.inner.begin(committed)
    }
    fn write_record(&mut self, record: &[u8]) -> secops::Result<()> {
        self.records += 1;
        self.bytes += record.len() as u64 + 1;
        if let Some(bar) = &self.bar {
            bar.inc(1);
        }
        self.inner.write_record(record)
    }
    fn commit(&mut self) -> secops::Result<Option<u64>> {
        self.inner.commit()
    }
    fn rollback(&mut self) -> secops::Result<()> {
        self.inner.rollback()
    }
    fn finish(&mut self) -> secops::Result<()> {
        self.done();
        self.inner.finish()
    }
}
