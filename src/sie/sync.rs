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
//!
//! # Gaps
//! The service answers 404 for a window with no data, and also for a window
//! it has already pruned (the channel keeps a moving window of 12–18 hours).
//! A sync must not take the second for the first: when a chunk is answered
//! 404, `chdetails` is read again, and a chunk that starts before the
//! channel's `earliest` is recorded as a [`Gap`] (data pruned before it was
//! fetched) instead of "no data". A gap does not stop the sync; it is listed
//! in [`SyncReport::gaps`], in the [`SyncProgress`] of its chunk, and in the
//! checkpoint (so a resumed run, and a run that finds the sync already
//! complete, still report the gaps of earlier runs). A resumed run that
//! [clamps](SyncChannel::clamp) away the start of the rest of its window
//! because the channel no longer holds it records that part as a gap too.
//!
//! Not detected: a chunk the service answers with *part* of its data because
//! the rest was pruned meanwhile (only a 404 triggers the check).

use std::fmt;
use std::future::{Future, IntoFuture};
use std::pin::Pin;
use std::time::Duration;

use chrono::{DateTime, Utc};
use futures::stream::{self, StreamExt};

use super::stream::{context, open_chfetch, LineReader, Opened};
use serde::{Deserialize, Serialize};

use super::types::{format_time, truncate_to_minute, Channel, Window};
use super::SieBatch;
use crate::checkpoint::{Checkpoint, CheckpointStore};
use crate::error::{Error, Result, Service};
use crate::paging::{Cursor, Position};
use crate::retry::{classify_result, Decision};
use crate::sink::Sink;

/// The default chunk length.
pub const DEFAULT_CHUNK: Duration = Duration::from_secs(600);

/// A part of a sync's window that was not fetched because the service had
/// pruned it (it fell before the channel's `earliest`) before the sync got to it.
///
/// The output holds nothing for a gap's window; it cannot be fetched any more
/// (from SIE Batch). Gaps are kept in the checkpoint, so every later run of the
/// same sync reports them too.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Gap {
    /// The window not fetched (a whole chunk, or the start of the rest of the
    /// window when a resumed run clamps it away).
    pub window: Window,
    /// The channel's `earliest` when the gap was found.
    pub earliest: DateTime<Utc>,
    /// Why it is a gap, for people.
    pub reason: String,
}

impl fmt::Display for Gap {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.window, self.reason)
    }
}

/// The key of the gaps in [`Checkpoint::state`].
const GAPS_STATE: &str = "gaps";

/// The gaps recorded in a checkpoint (none in checkpoints written before gaps existed).
fn stored_gaps(cp: &Checkpoint, location: &str) -> Result<Vec<Gap>> {
    match cp.state.get(GAPS_STATE) {
        None | Some(serde_json::Value::Null) => Ok(Vec::new()),
        Some(v) => serde_json::from_value(v.clone()).map_err(|e| Error::Checkpoint {
            location: location.to_string(),
            message: format!(
                "its recorded gaps cannot be read ({e}): restore it, or remove it to start over"
            ),
        }),
    }
}

/// Records `gaps` in the checkpoint's state (saved with the next save).
fn record_gaps(cp: &mut Checkpoint, gaps: &[Gap]) {
    if gaps.is_empty() && cp.state.get(GAPS_STATE).is_none() {
        return;
    }
    if !cp.state.is_object() {
        cp.state = serde_json::Value::Object(serde_json::Map::new());
    }
    cp.state[GAPS_STATE] = serde_json::to_value(gaps).expect("gaps serialise");
}

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
    /// The chunk was answered 404 after the service had pruned it: a gap
    /// (also in [`SyncReport::gaps`]).
    pub gap: Option<Gap>,
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
    /// Parts of the window not fetched because the service pruned them
    /// before the sync got to them, found by this run or earlier runs of the
    /// same sync (from the checkpoint), in window order. Empty when the
    /// output is complete.
    pub gaps: Vec<Gap>,
}

impl SyncReport {
    /// Whether parts of the window could not be fetched (see [`gaps`](Self::gaps)).
    pub fn has_gaps(&self) -> bool {
        !self.gaps.is_empty()
    }
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
    /// The service answered 404.
    missing: bool,
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

    /// Skip the `chdetails` check of the remaining window. (A chunk answered
    /// 404 still costs one `chdetails`, to tell a [`Gap`] from "no data".)
    pub fn unchecked(mut self) -> Self {
        self.check = false;
        self
    }

    /// The checkpoint key (default `sie-ch<N>-<start>-<end>`).
    pub fn checkpoint_key(mut self, key: impl Into<String>) -> Self {
        self.key = Some(key.into());
        self
    }

    /// Called after each completed (committed and checkpointed) chunk,
    /// gaps included ([`SyncProgress::gap`]).
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
            gaps: match &stored {
                Some(cp) => stored_gaps(cp, &location)?,
                None => Vec::new(),
            },
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
            // A resumed run whose clamping cuts away the start of the rest of
            // the window: the channel pruned it since the last run.
            let floor = truncate_to_minute(details.earliest);
            if stored.is_some() && w.start() < floor {
                let cut_end = checked.map_or(w.end(), |c| c.start()).min(floor);
                if let Ok(cut) = Window::new(w.start(), cut_end) {
                    let gap = Gap {
                        window: cut,
                        earliest: details.earliest,
                        reason: format!(
                            "pruned before this resumed run reached it: {} now holds data from {} UTC only (clamped away)",
                            self.channel,
                            format_time(details.earliest)
                        ),
                    };
                    tracing::info!(service = "sie", channel = %self.channel, gap = %gap.window, "gap: pruned before the resumed sync reached it");
                    report.gaps.push(gap);
                    record_gaps(&mut cp, &report.gaps);
                }
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
                let (records, bytes, attempts, missing) = self.stream_chunk(chunk).await?;
                report.refetches += u64::from(attempts.saturating_sub(1));
                let gap = if missing {
                    pruned_gap(self.sie, self.channel, chunk).await?
                } else {
                    None
                };
                self.complete_chunk(
                    &key,
                    &mut cp,
                    chunk,
                    records,
                    bytes,
                    gap,
                    done_before + i + 1,
                    total,
                    &mut report,
                )?;
            }
        }
        // Every chunk is in: mark the checkpoint complete, then publish the output.
        let len = self.sink.commit()?;
        cp.sink_len = len.or(cp.sink_len);
        record_gaps(&mut cp, &report.gaps);
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
            gaps = report.gaps.len(),
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
        gap: Option<Gap>,
        done: usize,
        total: usize,
        report: &mut SyncReport,
    ) -> Result<()> {
        let len = self.sink.commit()?;
        cp.sink_len = len;
        if let Some(g) = &gap {
            report.gaps.push(g.clone());
            record_gaps(cp, &report.gaps);
        }
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
                gap,
            });
        }
        Ok(())
    }

    /// Fetches one chunk straight into the sink, refetching it whole (after a
    /// rollback) when it fails in a way a retry could fix: (records, bytes,
    /// attempts, whether the service answered 404).
    async fn stream_chunk(&mut self, chunk: &Window) -> Result<(u64, u64, u32, bool)> {
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
        Ok((out.0, out.1, attempts, out.2))
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
                let mut b = sie
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
                    .await?;
                b.attempts = attempts;
                let gap = if b.missing {
                    pruned_gap(sie, channel, &chunk).await?
                } else {
                    None
                };
                Ok::<_, Error>((chunk, b, gap))
            })
            .buffered(self.concurrency);
        let mut i = 0;
        while let Some(r) = fetched.next().await {
            let (chunk, b, gap) = r?;
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
                gap,
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

/// After a 404 for `chunk`: reads `chdetails` again, and when the chunk starts
/// before the channel's `earliest` the 404 means "pruned", not "no data": a gap.
async fn pruned_gap(sie: &SieBatch, channel: Channel, chunk: &Window) -> Result<Option<Gap>> {
    let d = sie.channel_detail(channel).await?;
    if chunk.start() >= d.earliest {
        tracing::debug!(service = "sie", %channel, %chunk, "no data in the chunk (404)");
        return Ok(None);
    }
    tracing::info!(service = "sie", %channel, %chunk, earliest = %format_time(d.earliest), "gap: the chunk was pruned before it was fetched");
    Ok(Some(Gap {
        window: *chunk,
        earliest: d.earliest,
        reason: format!(
            "pruned before it was fetched: {channel} answered 404 and now holds data from {} UTC only",
            format_time(d.earliest)
        ),
    }))
}

/// One attempt at a chunk: every line goes to the sink (nothing committed
/// here): (records, bytes, whether the service answered 404).
async fn write_chunk<S: Sink + ?Sized>(
    sie: &SieBatch,
    channel: Channel,
    chunk: &Window,
    sink: &mut S,
) -> Result<(u64, u64, bool)> {
    let resp = open_chfetch(sie, channel, chunk, false).await?;
    let missing = resp.is_none();
    let mut reader = LineReader::new(
        Opened {
            resp,
            window: Some(*chunk),
            ctx: context(channel, chunk),
        },
        true,
    )
    .with_max_line(sie.core().max_line());
    let mut records = 0u64;
    let mut bytes = 0u64;
    while let Some(loc) = std::future::poll_fn(|cx| reader.poll_line(cx)).await? {
        let line = reader.line_str(loc)?;
        sink.write_record(line.as_bytes())?;
        records += 1;
        bytes += line.len() as u64 + 1;
    }
    Ok((records, bytes, missing))
}

/// One attempt at a chunk, held in memory (for concurrent syncs).
async fn buffer_chunk(sie: &SieBatch, channel: Channel, chunk: Window) -> Result<Buffered> {
    let resp = open_chfetch(sie, channel, &chunk, false).await?;
    let missing = resp.is_none();
    let mut reader = LineReader::new(
        Opened {
            resp,
            window: Some(chunk),
            ctx: context(channel, &chunk),
        },
        true,
    )
    .with_max_line(sie.core().max_line());
    let mut b = Buffered {
        data: Vec::new(),
        ends: Vec::new(),
        bytes: 0,
        attempts: 1,
        missing,
    };
    while let Some(loc) = std::future::poll_fn(|cx| reader.poll_line(cx)).await? {
        let line = reader.line_str(loc)?;
        if b.data.len() + line.len() > sie.core().max_body() {
            return Err(Error::protocol(
                Service::Sie,
                format!(
                    "{}: a chunk held in memory for a concurrent sync is larger than the limit of {} bytes; \
                     use a shorter chunk, sync with concurrency 1 (which streams to the sink), \
                     or raise the limit with ClientBuilder::max_body(bytes)",
                    context(channel, &chunk),
                    sie.core().max_body()
                ),
            ));
        }
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

impl SyncReport {
    fn write_gaps(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.gaps.len() {
            0 => Ok(()),
            1 => write!(
                f,
                "; 1 gap (pruned before it was fetched): {}",
                self.gaps[0].window
            ),
            n => write!(f, "; {n} gaps (pruned before they were fetched)"),
        }
    }
}

impl fmt::Display for SyncReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.already_complete {
            write!(f, "{} {}: already complete", self.channel, self.window)?;
            if self.published_leftover {
                f.write_str(" (published the output an interrupted run had left)")?;
            }
            return self.write_gaps(f);
        }
        write!(
            f,
            "{} {}: {} records ({} bytes) in {} chunks, {} refetched",
            self.channel, self.window, self.records, self.bytes, self.chunks, self.refetches
        )?;
        if let Some(r) = self.resumed_from {
            write!(f, ", resumed at {}", format_time(r))?;
        }
        self.write_gaps(f)
    }
}
