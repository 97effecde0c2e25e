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
            // A closed stderr (a log collector restarted) must not turn
            // every log line into a panic.
            .log_internal_errors(false)
            .with_ansi(std::io::stderr().is_terminal())
            .try_init();
    }

    /// With --json, prints one progress event as a JSON line on stderr (for
    /// scripts and supervisors that follow a long sync).
    pub fn progress_event(&self, command: &str, fields: serde_json::Value) {
        if self.json && !self.quiet {
            let mut v = serde_json::json!({"event": "progress", "command": command});
            if let (Some(m), serde_json::Value::Object(f)) = (v.as_object_mut(), fields) {
                m.extend(f);
            }
            let mut err = std::io::stderr().lock();
            let _ = writeln!(err, "{v}");
            let _ = err.flush();
        }
    }

    /// Whether human output (summaries, progress) should be shown.
    pub fn human(&self) -> bool {
        !self.quiet && !self.json && std::io::stderr().is_terminal()
    }

    /// Prints a summary on stderr: JSON with --json, a table when stderr is a
    /// terminal, nothing with --quiet or when stderr is not a terminal.
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
        if !std::io::stderr().is_terminal() {
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

/// The exit code of a command that completed but could not fetch everything
/// it was asked for (e.g. SIE data pruned before it was fetched); what was
/// missed is printed on stderr and in the `--json` summary.
pub const EXIT_COMPLETED_WITH_GAPS: u8 = 6;

/// How a command that did not fail ended; `main` maps it to the exit code.
///
/// Commands that have nothing to report return `()`, which converts to
/// [`Outcome::Success`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Everything asked for was done (exit 0).
    Success,
    /// The command ran to its end, but parts of what was asked for could not
    /// be fetched and never will be (gaps); exit [`EXIT_COMPLETED_WITH_GAPS`].
    CompletedWithGaps,
    /// Some feeds of `secops run --once` failed (exit 4), or were parked
    /// on an authentication or configuration problem (exit 3).
    FeedsFailed {
        /// A feed was parked.
        parked: bool,
    },
}

impl Outcome {
    /// The process exit code.
    pub fn exit_code(self) -> u8 {
        match self {
            Outcome::Success => 0,
            Outcome::CompletedWithGaps => EXIT_COMPLETED_WITH_GAPS,
            Outcome::FeedsFailed { parked: true } => 3,
            Outcome::FeedsFailed { parked: false } => 4,
        }
    }
}

impl From<()> for Outcome {
    fn from((): ()) -> Self {
        Outcome::Success
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
        Error::Database {
            retryable: true, ..
        } => 5,
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
    fn publish_completed(&mut self, committed: Option<u64>) -> secops::Result<bool> {
        match self {
            Output::Stdout(..) => Ok(false),
            Output::File(f) => f.publish_completed(committed),
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
            INTERRUPTED.store(true, std::sync::atomic::Ordering::SeqCst);
            Ok(None)
        }
    }
}

/// Set when the user interrupted a command; `main` then exits with 130.
pub static INTERRUPTED: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// The error a command returns after an interruption (`main` prints a resume
/// hint and exits with 130 instead of printing it).
pub fn interrupted_error() -> Error {
    INTERRUPTED.store(true, std::sync::atomic::Ordering::SeqCst);
    Error::invalid_input("interrupted")
}

/// The buffer of [`RawOutput`]: small network chunks are gathered into it, and
/// anything at least this big (most chunks of a large body: the HTTP client
/// reads up to ~400 KiB at a time) is written straight from the network buffer,
/// without a copy.
const RAW_BUFFER: usize = 64 << 10;

/// Raw byte output (bodies passed through as received): stdout, or a file
/// written as `FILE.partial` and renamed into place by [`RawOutput::finish`].
pub enum RawOutput {
    /// Standard output.
    Stdout(std::io::BufWriter<std::io::Stdout>),
    /// A file being written.
    File {
        /// The final path.
        path: PathBuf,
        /// The partial path being written.
        partial: PathBuf,
        /// The open partial file.
        file: std::io::BufWriter<std::fs::File>,
    },
}

impl RawOutput {
    /// Stdout when `path` is `None` or `-`, else `FILE.partial`.
    pub fn new(path: Option<&PathBuf>) -> secops::Result<Self> {
        match path {
            Some(p) if p.as_os_str() != "-" => {
                let mut partial = p.clone().into_os_string();
                partial.push(".partial");
                let partial = PathBuf::from(partial);
                // Mode 0600, never through a link planted at the name.
                let file = secops::sink::open_private(&partial, true)?;
                Ok(RawOutput::File {
                    path: p.clone(),
                    partial,
                    file: std::io::BufWriter::with_capacity(RAW_BUFFER, file),
                })
            }
            _ => Ok(RawOutput::Stdout(std::io::BufWriter::with_capacity(
                RAW_BUFFER,
                std::io::stdout(),
            ))),
        }
    }

    /// Flushes and, for a file, renames `FILE.partial` to `FILE` (no fsync: like
    /// `curl -o`, a raw pass-through relies on the page cache; a killed process
    /// still never leaves a half file under the final name).
    pub fn finish(self) -> secops::Result<()> {
        match self {
            RawOutput::Stdout(mut w) => w.flush().map_err(|e| Error::io("writing to stdout", e)),
            RawOutput::File {
                path,
                partial,
                file,
            } => {
                drop(file.into_inner().map_err(|e| {
                    Error::io(format!("writing {}", partial.display()), e.into_error())
                })?);
                std::fs::rename(&partial, &path)
                    .map_err(|e| Error::io(format!("renaming {}", partial.display()), e))
            }
        }
    }
}

impl Write for RawOutput {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        match self {
            RawOutput::Stdout(w) => w.write(buf),
            RawOutput::File { file, .. } => file.write(buf),
        }
    }
    fn flush(&mut self) -> std::io::Result<()> {
        match self {
            RawOutput::Stdout(w) => w.flush(),
            RawOutput::File { file, .. } => file.flush(),
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
    fn publish_completed(&mut self, committed: Option<u64>) -> secops::Result<bool> {
        self.inner.publish_completed(committed)
    }
    fn begin_next(&mut self, committed: Option<u64>) -> secops::Result<()> {
        self.inner.begin_next(committed)
    }
    fn commit_checkpoint(
        &mut self,
        store: &dyn secops::CheckpointStore,
        key: &str,
        checkpoint: &mut secops::Checkpoint,
    ) -> secops::Result<()> {
        self.inner.commit_checkpoint(store, key, checkpoint)
    }
}

/// Seconds since `started`, rounded to the millisecond, for summaries.
pub fn secs(started: std::time::Instant) -> serde_json::Value {
    serde_json::json!((started.elapsed().as_secs_f64() * 1000.0).round() / 1000.0)
}

/// A serialisation failure while printing an answer.
pub fn json_err(e: serde_json::Error) -> Error {
    Error::invalid_input(format!("cannot print the answer as JSON: {e}"))
}

/// The checkpoint store of a command: the `--checkpoint FILE` if given, else
/// one in memory (the run is then not resumable).
pub fn checkpoint_store(path: Option<&PathBuf>) -> Box<dyn secops::CheckpointStore> {
    match path {
        Some(p) => Box::new(secops::FileCheckpoints::single(p)),
        None => Box::new(secops::MemoryCheckpoints::new()),
    }
}

/// Adds the summary note of a sync that fetched nothing (it published what a
/// crash had left, or the checkpoint said `what` was complete); whether it
/// added one.
pub fn push_sync_note<D>(
    fields: &mut Vec<(&'static str, serde_json::Value)>,
    report: &secops::SyncReport<D>,
    what: &str,
) -> bool {
    let note = if report.published_leftover {
        "the previous run completed but was stopped before publishing its output: published it now"
            .to_string()
    } else if report.already_complete {
        format!("the checkpoint says this {what} is complete: nothing fetched (delete it to fetch again)")
    } else {
        return false;
    };
    fields.push(("note", note.into()));
    true
}

/// `--format`: what a command writes.
#[derive(clap::Args, Debug, Clone, Copy, Default)]
pub struct FormatArg {
    /// What to write: raw (the records as the service sent them), ocsf (OCSF
    /// 1.7.0 events, one per line) or stix (STIX 2.1 objects, one per line).
    #[arg(long, value_name = "FORMAT", default_value = "raw", value_parser = parse_format)]
    pub format: secops::normalize::Format,
}

/// Parses `--format`.
pub fn parse_format(s: &str) -> Result<secops::normalize::Format, String> {
    s.parse().map_err(|e: Error| e.to_string())
}

impl FormatArg {
    /// `sink` writing this format for records of `kind`.
    pub fn sink<S: Sink>(
        &self,
        sink: S,
        kind: secops::normalize::RecordKind,
    ) -> secops::normalize::Normalizing<S> {
        secops::normalize::Normalizing::new(
            sink,
            kind,
            self.format,
            secops::normalize::Origin::default(),
        )
    }

    /// Writes one record (JSON) of `kind` to `out` in this format.
    pub fn write(
        &self,
        out: &mut impl std::io::Write,
        kind: secops::normalize::RecordKind,
        record: &[u8],
    ) -> secops::Result<u64> {
        let lines = secops::normalize::normalize(kind, record, self.format, &Default::default())?;
        for line in &lines {
            out.write_all(line)
                .and_then(|()| out.write_all(b"\n"))
                .map_err(|e| Error::io("writing to stdout", e))?;
        }
        Ok(lines.len() as u64)
    }
}
