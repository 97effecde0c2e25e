//! `sync_channel`: a long window, fetched chunk by chunk into a sink, with a
//! checkpoint after each completed chunk.
//!
//! For each chunk (10 minutes by default) the records are written to the sink
//! in order, the sink is committed, and only then is the checkpoint saved
//! (position = the end of the chunk, plus the sink's committed length). So a
//! failure or a kill resumes at the first unfinished chunk with nothing lost
//! and nothing duplicated (a file sink is cut back to the committed length).
//! A chunk that fails mid-body is refetched whole through the client's retry
//! policy, after the partial output for it is rolled back.

use std::fmt;
use std::future::{Future, IntoFuture};
use std::pin::Pin;
use std::time::Duration;

use chrono::{DateTime, Utc};
use futures::stream::{self, StreamExt};

use super::stream::{context, open_chfetch, LineReader, Opened};
use super::types::{format_time, Channel, Window};
use super::SieBatch;
use crate::checkpoint::{Checkpoint, CheckpointStore};
use crate::error::{Error, Result, Service};
use crate::paging::{Cursor, Position};
use crate::retry::{classify_result, Decision};
use crate::sink::Sink;

/// The default chunk length.
pub const DEFAULT_CHUNK: Duration = Duration::from_secs(600);

/// Progress of a sync, reported after each completed chunk.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct SyncProgress {
    /// The chunk just completed.
    pub chunk: Window,
    /// Chunks completed (this run and earlier runs).
    pub chunks_done: usize,
    /// Chunks in the whole window.
    pub chunks_total: usize,
    /// Records written by this run so far.
    pub records: u64,
    /// Bytes written by this run so far (lines and newlines).
    pub bytes: u64,
}

/// What a sync did.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct SyncReport {
    /// The channel.
    pub channel: Channel,
    /// The window asked for.
    pub window: Window,
    /// The window actually fetched by this run (after resuming and clamping).
    pub fetched: Option<Window>,
    /// Where this run resumed, when a checkpoint was found.
    pub resumed_from: Option<DateTime<Utc>>,
    /// The checkpoint said the sync was already complete: nothing was done.
    pub already_complete: bool,
    /// The checkpoint said complete but a crash had kept the output from being
    /// published (renamed into place); this run published it.
    pub published_leftover: bool,
    /// Chunks fetched by this run.
    pub chunks: usize,
    /// Chunks that had to be refetched (after a cut, a drop or a retryable error).
    pub refetches: u64,
    /// Records written by this run.
    pub records: u64,
    /// Bytes written by this run.
    pub bytes: u64,
    /// Records written over all runs.
    pub total_records: u64,
}

type ProgressFn<'a> = Box<dyn FnMut(&SyncProgress) + Send + 'a>;

/// A resumable, chunked sync of one channel window into a [`Sink`]; made by
/// [`SieBatch::sync_channel`], run by `.await`.
///
/// ```no_run
/// # async fn demo(sie: secops::sie::SieBatch, window: secops::sie::Window) -> secops::Result<()> {
/// use std::time::Duration;
/// use secops::sie::Channel;
/// use secops::{FileCheckpoints, NdjsonFile};
/// let store = FileCheckpoints::new("state/")?;
/// let report = sie
///     .sync_channel(Channel::NEWLY_OBSERVED_DOMAINS, window, NdjsonFile::create("nod.ndjson")?, &store)
///     .chunk(Duration::from_secs(15 * 60))
///     .concurrency(2)
///     .with_progress(|p| eprintln!("{}/{} chunks", p.chunks_done, p.chunks_total))
///     .await?;
/// # Ok(()) }
/// ```
#[must_use = "a sync does nothing until awaited"]
pub struct SyncChannel<'a, S: Sink, C: CheckpointStore> {
    sie: &'a SieBatch,
    channel: Channel,
    window: Window,
    sink: S,
    store: C,
    chunk_minutes: u32,
    chunk_error: Option<String>,
    concurrency: usize,
    clamp: bool,
    check: bool,
    key: Option<String>,
    progress: Option<ProgressFn<'a>>,
}

impl<S: Sink, C: CheckpointStore> fmt::Debug for SyncChannel<'_, S, C> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SyncChannel")
            .field("channel", &self.channel)
            .field("window", &self.window)
            .field("chunk_minutes", &self.chunk_minutes)
            .field("concurrency", &self.concurrency)
            .field("clamp", &self.clamp)
            .finish_non_exhaustive()
    }
}

/// One chunk fetched whole into memory (concurrent mode).
struct Buffered {
    data: Vec<u8>,
    ends: Vec<usize>,
    bytes: u64,
    attempts: u32,
}

impl<'a, S: Sink + 'a, C: CheckpointStore + 'a> SyncChannel<'a, S, C> {
    pub(crate) fn new(
        sie: &'a SieBatch,
        channel: Channel,
        window: Window,
        sink: S,
        store: C,
    ) -> Self {
        SyncChannel {
            sie,
            channel,
            window,
            sink,
            store,
            chunk_minutes: (DEFAULT_CHUNK.as_secs() / 60) as u32,
            chunk_error: None,
            concurrency: 1,
            clamp: false,
            check: true,
            key: None,
            progress: None,
        }
    }

    /// The chunk length: a whole number of minutes, at least one (default 10 minutes).
    pub fn chunk(mut self, length: Duration) -> Self {
        let secs = length.as_secs();
        if secs < 60 || !secs.is_multiple_of(60) || length.subsec_nanos() != 0 {
            self.chunk_error = Some(format!(
                "the SIE sync chunk must be a whole number of minutes (at least one), not {length:?}"
            ));
        } else {
            self.chunk_minutes = u32::try_from(secs / 60).unwrap_or(u32::MAX);
            self.chunk_error = None;
        }
        self
    }

    /// Fetch up to `n` chunks at once (default 1). Chunks are still written,
    /// committed and checkpointed in order; each chunk fetched ahead is held in
    /// memory until its turn, so memory grows with `n` × the chunk's size.
    pub fn concurrency(mut self, n: usize) -> Self {
        self.concurrency = n.max(1);
        self
    }

    /// Cut the window to what the channel holds instead of failing when it
    /// reaches outside `earliest`/`latest`.
    pub fn clamp(mut self, clamp: bool) -> Self {
        self.clamp = clamp;
        self
    }

    /// Skip the `chdetails` check of the remaining window.
    pub fn unchecked(mut self) -> Self {
        self.check = false;
        self
    }

    /// The checkpoint key (default `sie-ch<N>-<start>-<end>`).
    pub fn checkpoint_key(mut self, key: impl Into<String>) -> Self {
        self.key = Some(key.into());
        self
    }

    /// Called after each completed (committed and checkpointed) chunk.
    pub fn with_progress(mut self, f: impl FnMut(&SyncProgress) + Send + 'a) -> Self {
        self.progress = Some(Box::new(f));
        self
    }

    fn default_key(&self) -> String {
        format!(
            "sie-ch{}-{}-{}",
            self.channel.number(),
            self.window.start().format("%Y%m%dT%H%M"),
            self.window.end().format("%Y%m%dT%H%M")
        )
    }

    fn filter(&self) -> serde_json::Value {
        serde_json::json!({
            "channel": self.channel.number(),
            "start": self.window.start_param(),
            "end": self.window.end_param(),
        })
    }

    /// Runs the sync (what `.await` does).
    pub async fn run(mut self) -> Result<SyncReport> {
        if let Some(e) = self.chunk_error.take() {
            return Err(Error::invalid_input(e));
        }
        let key = self.key.clone().unwrap_or_else(|| self.default_key());
        let endpoint = format!("siebatch/chfetch/{}", self.channel);
        let filter = self.filter();
        let location = self.store.location(&key);
        let stored = self.store.load(&key)?;
        if let Some(cp) = &stored {
            cp.ensure_matches(&location, Service::Sie, &endpoint, &filter)?;
        }
        let mut report = SyncReport {
            channel: self.channel,
            window: self.window,
            fetched: None,
            resumed_from: None,
            already_complete: false,
            published_leftover: false,
            chunks: 0,
            refetches: 0,
            records: 0,
            bytes: 0,
            total_records: stored.as_ref().map_or(0, |c| c.items),
        };
        if let Some(cp) = stored.as_ref().filter(|c| c.complete) {
            report.already_complete = true;
            report.published_leftover = self.sink.publish_completed(cp.sink_len)?;
            return Ok(report);
        }
        let resume_at = match stored.as_ref().map(|c| &c.position.cursor) {
            Some(Cursor::Time { time }) => {
                let t = chrono::DateTime::parse_from_rfc3339(time)
                    .map_err(|e| Error::Checkpoint {
                        location: location.clone(),
                        message: format!(
                            "its position {time:?} is not a time ({e}): remove it to start over"
                        ),
                    })?
                    .with_timezone(&Utc);
                report.resumed_from = Some(t);
                t
            }
            _ => self.window.start(),
        };
        let mut cp = stored
            .clone()
            .unwrap_or_else(|| Checkpoint::new(Service::Sie, &endpoint, filter.clone()));
        let mut remaining = self.window.rest_from(resume_at);
        if let (Some(w), true) = (remaining, self.check) {
            let (checked, details) = self.sie.checked_window(self.channel, w, self.clamp).await?;
            if !details.is_ndjson() {
                return Err(Error::invalid_input(format!(
                    "{} is {} (not NDJSON): sync_channel writes NDJSON records; download it with fetch_via_url() or fetch_channel().write_to()",
                    self.channel, details.mimetype
                )));
            }
            remaining = checked;
        }
        report.fetched = remaining;
        self.sink.begin(stored.as_ref().and_then(|c| c.sink_len))?;
        let chunks = remaining
            .map(|w| w.chunks(self.chunk_minutes))
            .unwrap_or_default();
        let done_before = if stored.is_some() {
            self.window
                .chunks(self.chunk_minutes)
                .iter()
                .filter(|c| c.end() <= resume_at)
                .count()
        } else {
            0
        };
        let total = done_before + chunks.len();
        tracing::info!(
            service = "sie",
            channel = %self.channel,
            window = %self.window,
            chunks = chunks.len(),
            resumed = stored.is_some(),
            "sync starting"
        );
        if self.concurrency > 1 && chunks.len() > 1 {
            self.run_concurrent(&key, &mut cp, &chunks, done_before, total, &mut report)
                .await?;
        } else {
            for (i, chunk) in chunks.iter().enumerate() {
                let (records, bytes, attempts) = self.stream_chunk(chunk).await?;
                report.refetches += u64::from(attempts.saturating_sub(1));
                self.complete_chunk(
                    &key,
                    &mut cp,
                    chunk,
                    records,
                    bytes,
                    done_before + i + 1,
                    total,
                    &mut report,
                )?;
            }
        }
        // Every chunk is in: mark the checkpoint complete, then publish the output.
        let len = self.sink.commit()?;
        cp.sink_len = len.or(cp.sink_len);
        cp.advance(
            Position {
                cursor: Cursor::Done,
                skip: 0,
            },
            0,
        );
        self.store.save(&key, &cp)?;
        self.sink.finish()?;
        report.total_records = cp.items;
        tracing::info!(
            service = "sie",
            channel = %self.channel,
            records = report.records,
            refetches = report.refetches,
            "sync complete"
        );
        Ok(report)
    }

    #[allow(clippy::too_many_arguments)]
    fn complete_chunk(
        &mut self,
        key: &str,
        cp: &mut Checkpoint,
        chunk: &Window,
        records: u64,
        bytes: u64,
        done: usize,
        total: usize,
        report: &mut SyncReport,
    ) -> Result<()> {
        let len = self.sink.commit()?;
        cp.sink_len = len;
        cp.advance(
            Position {
                cursor: Cursor::Time {
                    time: chunk.end().to_rfc3339(),
                },
                skip: 0,
            },
            records,
        );
        self.store.save(key, cp)?;
        report.chunks += 1;
        report.records += records;
        report.bytes += bytes;
        report.total_records = cp.items;
        tracing::debug!(service = "sie", chunk = %chunk, records, "chunk committed");
        if let Some(p) = self.progress.as_mut() {
            p(&SyncProgress {
                chunk: *chunk,
                chunks_done: done,
                chunks_total: total,
                records: report.records,
                bytes: report.bytes,
            });
        }
        Ok(())
    }

    /// Fetches one chunk straight into the sink, refetching it whole (after a
    /// rollback) when it fails in a way a retry could fix.
    async fn stream_chunk(&mut self, chunk: &Window) -> Result<(u64, u64, u32)> {
        let sie = self.sie;
        let channel = self.channel;
        let sink = tokio::sync::Mutex::new(&mut self.sink);
        let mut attempts = 0u32;
        let out = sie
            .core
            .retry_policy()
            .run(
                Service::Sie,
                "chfetch",
                |_| {
                    attempts += 1;
                    let sink = &sink;
                    async move {
                        let mut sink = sink.lock().await;
                        let r = write_chunk(sie, channel, chunk, &mut **sink).await;
                        if r.is_err() {
                            sink.rollback()?;
                        }
                        r
                    }
                },
                refetch_decision,
            )
            .await?;
        Ok((out.0, out.1, attempts))
    }

    async fn run_concurrent(
        &mut self,
        key: &str,
        cp: &mut Checkpoint,
        chunks: &[Window],
        done_before: usize,
        total: usize,
        report: &mut SyncReport,
    ) -> Result<()> {
        let sie = self.sie;
        let channel = self.channel;
        let mut fetched = stream::iter(chunks.iter().copied())
            .map(|chunk| async move {
                let mut attempts = 0u32;
                let r = sie
                    .core
                    .retry_policy()
                    .run(
                        Service::Sie,
                        "chfetch",
                        |_| {
                            attempts += 1;
                            buffer_chunk(sie, channel, chunk)
                        },
                        refetch_decision,
                    )
                    .await;
                r.map(|mut b| {
                    b.attempts = attempts;
                    (chunk, b)
                })
            })
            .buffered(self.concurrency);
        let mut i = 0;
        while let Some(r) = fetched.next().await {
            let (chunk, b) = r?;
            let mut start = 0;
            for &end in &b.ends {
                self.sink.write_record(&b.data[start..end])?;
                start = end;
            }
            report.refetches += u64::from(b.attempts.saturating_sub(1));
            i += 1;
            self.complete_chunk(
                key,
                cp,
                &chunk,
                b.ends.len() as u64,
                b.bytes,
                done_before + i,
                total,
                report,
            )?;
        }
        Ok(())
    }
}

/// Refetch on anything a retry could fix (transport errors and cuts, 429, 5xx).
fn refetch_decision<T>(r: &Result<T>) -> Decision {
    classify_result(r)
}

/// One attempt at a chunk: every line goes to the sink (nothing committed here).
async fn write_chunk<S: Sink + ?Sized>(
    sie: &SieBatch,
    channel: Channel,
    chunk: &Window,
    sink: &mut S,
) -> Result<(u64, u64)> {
    let resp = open_chfetch(sie, channel, chunk, false).await?;
    let mut reader = LineReader::new(
        Opened {
            resp,
            window: Some(*chunk),
            ctx: context(channel, chunk),
        },
        true,
    );
    let mut records = 0u64;
    let mut bytes = 0u64;
    while let Some(loc) = std::future::poll_fn(|cx| reader.poll_line(cx)).await? {
        let line = reader.line_str(loc)?;
        sink.write_record(line.as_bytes())?;
        records += 1;
        bytes += line.len() as u64 + 1;
    }
    Ok((records, bytes))
}

/// One attempt at a chunk, held in memory (for concurrent syncs).
async fn buffer_chunk(sie: &SieBatch, channel: Channel, chunk: Window) -> Result<Buffered> {
    let resp = open_chfetch(sie, channel, &chunk, false).await?;
    let mut reader = LineReader::new(
        Opened {
            resp,
            window: Some(chunk),
            ctx: context(channel, &chunk),
        },
        true,
    );
    let mut b = Buffered {
        data: Vec::new(),
        ends: Vec::new(),
        bytes: 0,
        attempts: 1,
    };
    while let Some(loc) = std::future::poll_fn(|cx| reader.poll_line(cx)).await? {
        let line = reader.line_str(loc)?;
        b.data.extend_from_slice(line.as_bytes());
        b.ends.push(b.data.len());
        b.bytes += line.len() as u64 + 1;
    }
    Ok(b)
}

impl<'a, S: Sink + 'a, C: CheckpointStore + 'a> IntoFuture for SyncChannel<'a, S, C> {
    type Output = Result<SyncReport>;
    type IntoFuture = Pin<Box<dyn Future<Output = Result<SyncReport>> + Send + 'a>>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.run())
    }
}

impl fmt::Display for SyncReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.already_complete {
            write!(f, "{} {}: already complete", self.channel, self.window)?;
            if self.published_leftover {
                f.write_str(" (published the output an interrupted run had left)")?;
            }
            return Ok(());
        }
        write!(
            f,
            "{} {}: {} records ({} bytes) in {} chunks, {} refetched",
            self.channel, self.window, self.records, self.bytes, self.chunks, self.refetches
        )?;
        if let Some(r) = self.resumed_from {
            write!(f, ", resumed at {}", format_time(r))?;
        }
        Ok(())
    }
}
