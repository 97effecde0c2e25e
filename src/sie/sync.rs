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

use std::time::Duration;

use chrono::{DateTime, Utc};
use futures::stream::{self, BoxStream, StreamExt};
use serde::Deserialize;

use super::stream::{context, open_chfetch, LineReader, Opened};
use super::types::{format_time, truncate_to_minute, Channel, Window};
use super::SieBatch;
use crate::checkpoint::{Checkpoint, CheckpointStore};
use crate::error::{Error, Result, Service};
use crate::paging::{Cursor, Position};
use crate::retry::{classify_result, Decision, RetryStats};
use crate::sink::Sink;
use crate::sync::{Identity, Options, Out, Source, Start, Step, SyncJob};

pub use crate::sync::Gap;

/// The default chunk length.
pub const DEFAULT_CHUNK: Duration = Duration::from_secs(600);

/// The key of the gaps in [`Checkpoint::state`].
const GAPS_STATE: &str = "gaps";

/// A gap as checkpoints written before the sync driver stored it.
#[derive(Deserialize)]
struct OldGap {
    window: Window,
    earliest: DateTime<Utc>,
    reason: String,
}

/// The gaps recorded in a checkpoint (none in checkpoints written before gaps existed).
fn stored_gaps(cp: &Checkpoint, location: &str) -> Result<Vec<Gap>> {
    let v = match cp.state.get(GAPS_STATE) {
        None | Some(serde_json::Value::Null) => return Ok(Vec::new()),
        Some(v) => v,
    };
    if let Ok(gaps) = serde_json::from_value::<Vec<Gap>>(v.clone()) {
        return Ok(gaps);
    }
    serde_json::from_value::<Vec<OldGap>>(v.clone())
        .map(|old| {
            old.into_iter()
                .map(|g| window_gap(&g.window, g.earliest, g.reason))
                .collect()
        })
        .map_err(|e| Error::Checkpoint {
            location: location.to_string(),
            message: format!(
                "its recorded gaps cannot be read ({e}): restore it, or remove it to start over"
            ),
        })
}

/// The checkpoint state holding `gaps`.
fn gaps_state(gaps: &[Gap]) -> serde_json::Value {
    serde_json::json!({ GAPS_STATE: gaps })
}

/// A gap over `window`.
fn window_gap(window: &Window, earliest: DateTime<Utc>, reason: String) -> Gap {
    Gap::new(window.start(), window.end(), Some(earliest), reason)
}

/// What a channel sync's progress holds besides the core counters
/// ([`SyncProgress::detail`](crate::SyncProgress::detail)), after each chunk.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct ChunkProgress {
    /// The chunk just completed.
    pub chunk: Window,
    /// Chunks completed (this run and earlier runs).
    pub chunks_done: usize,
    /// Chunks in the whole window.
    pub chunks_total: usize,
}

/// What a channel sync reports besides the core counters
/// ([`SyncReport::detail`](crate::SyncReport::detail)).
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct ChannelDetail {
    /// The channel.
    pub channel: Channel,
    /// The window asked for.
    pub window: Window,
    /// The window actually fetched by this run (after resuming and clamping).
    pub fetched: Option<Window>,
    /// Where this run resumed, when a checkpoint was found.
    pub resumed_from: Option<DateTime<Utc>>,
    /// Chunks that had to be refetched (after a cut, a drop or a retryable error).
    pub refetches: u64,
}

/// What [`SieBatch::sync_channel`] did; its chunks are the report's `pages`.
pub type SyncReport = crate::SyncReport<ChannelDetail>;
/// Progress of [`SieBatch::sync_channel`], after each completed chunk (gaps
/// included: [`SyncProgress::gap`](crate::SyncProgress::gap)).
pub type SyncProgress = crate::SyncProgress<ChunkProgress>;
/// A channel sync, ready to run (see [`SieBatch::sync_channel`]).
pub type SyncChannel<'a> = SyncJob<'a, ChannelSource>;

/// One chunk fetched whole into memory (concurrent mode).
struct Buffered {
    data: Vec<u8>,
    ends: Vec<usize>,
    /// The service answered 404.
    missing: bool,
}

/// A chunk fetched ahead: its window, its lines, the attempts it took, its gap.
type Fetched = Result<(Window, Buffered, u32, Option<Gap>)>;

/// The [`Source`] of [`SieBatch::sync_channel`]: the window in chunks.
pub struct ChannelSource {
    sie: SieBatch,
    channel: Channel,
    window: Window,
    chunk_minutes: u32,
    chunk_error: Option<String>,
    concurrency: usize,
    clamp: bool,
    check: bool,
    chunks: std::vec::IntoIter<Window>,
    fetched: Option<BoxStream<'static, Fetched>>,
    done: usize,
    total: usize,
    gaps: Vec<Gap>,
    detail: ChannelDetail,
}

impl std::fmt::Debug for ChannelSource {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ChannelSource")
            .field("channel", &self.channel)
            .field("window", &self.window)
            .field("chunk_minutes", &self.chunk_minutes)
            .field("concurrency", &self.concurrency)
            .field("clamp", &self.clamp)
            .finish_non_exhaustive()
    }
}

impl SieBatch {
    /// A resumable, chunked sync of `window` of `channel` into `sink`, with a
    /// checkpoint in `store` after each completed chunk (see [`crate::sync`]).
    /// Key: `sie-ch<N>-<start>-<end>` unless set.
    ///
    /// For each chunk (10 minutes by default) the records are written in
    /// order, then committed with the checkpoint, so a failure or a kill
    /// resumes at the first unfinished chunk with nothing lost and nothing
    /// duplicated. A chunk that fails mid-body is refetched whole, after its
    /// partial output is rolled back. A chunk answered 404 is checked against
    /// the channel's `earliest`: one pruned before it was fetched is a
    /// [`Gap`] (listed in the report and the checkpoint), not "no data".
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
    ///     .on_progress(|p| eprintln!("{}/{} chunks", p.detail.chunks_done, p.detail.chunks_total))
    ///     .await?;
    /// # Ok(()) }
    /// ```
    pub fn sync_channel<'a>(
        &self,
        channel: Channel,
        window: Window,
        sink: impl Sink + 'a,
        store: impl CheckpointStore + 'a,
    ) -> SyncChannel<'a> {
        SyncJob::new(
            ChannelSource {
                sie: self.clone(),
                channel,
                window,
                chunk_minutes: (DEFAULT_CHUNK.as_secs() / 60) as u32,
                chunk_error: None,
                concurrency: 1,
                clamp: false,
                check: true,
                chunks: Vec::new().into_iter(),
                fetched: None,
                done: 0,
                total: 0,
                gaps: Vec::new(),
                detail: ChannelDetail {
                    channel,
                    window,
                    fetched: None,
                    resumed_from: None,
                    refetches: 0,
                },
            },
            sink,
            store,
        )
    }
}

impl SyncJob<'_, ChannelSource> {
    /// The chunk length: a whole number of minutes, at least one (default 10 minutes).
    pub fn chunk(mut self, length: Duration) -> Self {
        let secs = length.as_secs();
        let source = &mut self.source;
        if secs < 60 || !secs.is_multiple_of(60) || length.subsec_nanos() != 0 {
            source.chunk_error = Some(format!(
                "the SIE sync chunk must be a whole number of minutes (at least one), not {length:?}"
            ));
        } else {
            source.chunk_minutes = u32::try_from(secs / 60).unwrap_or(u32::MAX);
            source.chunk_error = None;
        }
        self
    }

    /// Cut the window to what the channel holds instead of failing when it
    /// reaches outside `earliest`/`latest`.
    pub fn clamp(mut self, clamp: bool) -> Self {
        self.source.clamp = clamp;
        self
    }

    /// Skip the `chdetails` check of the remaining window. (A chunk answered
    /// 404 still costs one `chdetails`, to tell a [`Gap`] from "no data".)
    pub fn unchecked(mut self) -> Self {
        self.source.check = false;
        self
    }
}

impl Source for ChannelSource {
    type Progress = ChunkProgress;
    type Detail = ChannelDetail;

    async fn identity(&mut self, options: Options) -> Result<Identity> {
        if let Some(e) = self.chunk_error.take() {
            return Err(Error::invalid_input(e));
        }
        // Chunks fetched ahead are held in memory until their turn, so
        // memory grows with the concurrency × the chunk's size.
        self.concurrency = options.concurrency.max(1);
        Ok(Identity {
            service: Service::Sie,
            endpoint: format!("siebatch/chfetch/{}", self.channel),
            filter: serde_json::json!({
                "channel": self.channel.number(),
                "start": self.window.start_param(),
                "end": self.window.end_param(),
            }),
            default_key: format!(
                "sie-ch{}-{}-{}",
                self.channel.number(),
                self.window.start().format("%Y%m%dT%H%M"),
                self.window.end().format("%Y%m%dT%H%M")
            ),
        })
    }

    async fn start(&mut self, cp: &mut Checkpoint, start: Start, location: &str) -> Result<()> {
        self.gaps = stored_gaps(cp, location)?;
        if start == Start::Complete {
            return Ok(());
        }
        let resumed = start == Start::Resumed;
        let resume_at = match (&cp.position.cursor, resumed) {
            (Cursor::Time { time }, true) => {
                let t = chrono::DateTime::parse_from_rfc3339(time)
                    .map_err(|e| Error::Checkpoint {
                        location: location.to_string(),
                        message: format!(
                            "its position {time:?} is not a time ({e}): remove it to start over"
                        ),
                    })?
                    .with_timezone(&Utc);
                self.detail.resumed_from = Some(t);
                t
            }
            _ => self.window.start(),
        };
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
            if resumed && w.start() < floor {
                let cut_end = checked.map_or(w.end(), |c| c.start()).min(floor);
                if let Ok(cut) = Window::new(w.start(), cut_end) {
                    let gap = window_gap(
                        &cut,
                        details.earliest,
                        format!(
                            "pruned before this resumed run reached it: {} now holds data from {} UTC only (clamped away)",
                            self.channel,
                            format_time(details.earliest)
                        ),
                    );
                    tracing::info!(service = "sie", channel = %self.channel, gap = %cut, "gap: pruned before the resumed sync reached it");
                    self.gaps.push(gap);
                    cp.state = gaps_state(&self.gaps);
                }
            }
            remaining = checked;
        }
        self.detail.fetched = remaining;
        let chunks = remaining
            .map(|w| w.chunks(self.chunk_minutes))
            .unwrap_or_default();
        self.done = if resumed {
            self.window
                .chunks(self.chunk_minutes)
                .iter()
                .filter(|c| c.end() <= resume_at)
                .count()
        } else {
            0
        };
        self.total = self.done + chunks.len();
        tracing::info!(
            service = "sie",
            channel = %self.channel,
            window = %self.window,
            chunks = chunks.len(),
            resumed,
            "sync starting"
        );
        if self.concurrency > 1 && chunks.len() > 1 {
            self.fetched = Some(fetch_ahead(
                self.sie.clone(),
                self.channel,
                chunks,
                self.concurrency,
            ));
        } else {
            self.chunks = chunks.into_iter();
        }
        Ok(())
    }

    async fn next(&mut self, out: &mut Out<'_>) -> Result<Option<Step<ChunkProgress>>> {
        let (chunk, attempts, gap) = if let Some(fetched) = self.fetched.as_mut() {
            let Some(r) = fetched.next().await else {
                return Ok(None);
            };
            let (chunk, b, attempts, gap) = r?;
            let mut start = 0;
            for &end in &b.ends {
                out.write(&b.data[start..end])?;
                start = end;
            }
            (chunk, attempts, gap)
        } else {
            let Some(chunk) = self.chunks.next() else {
                return Ok(None);
            };
            let (attempts, missing) = stream_chunk(&self.sie, self.channel, &chunk, out).await?;
            let gap = if missing {
                pruned_gap(&self.sie, self.channel, &chunk).await?
            } else {
                None
            };
            (chunk, attempts, gap)
        };
        self.detail.refetches += u64::from(attempts.saturating_sub(1));
        self.done += 1;
        let mut step = Step::new(
            Position {
                cursor: Cursor::Time {
                    time: chunk.end().to_rfc3339(),
                },
                skip: 0,
            },
            ChunkProgress {
                chunk,
                chunks_done: self.done,
                chunks_total: self.total,
            },
        );
        if let Some(g) = &gap {
            self.gaps.push(g.clone());
            step = step.state(gaps_state(&self.gaps));
        }
        tracing::debug!(service = "sie", chunk = %chunk, records = out.records(), "chunk fetched");
        Ok(Some(step.gap(gap)))
    }

    fn gaps(&self) -> Vec<Gap> {
        self.gaps.clone()
    }

    fn detail(&mut self) -> ChannelDetail {
        tracing::info!(
            service = "sie",
            channel = %self.channel,
            refetches = self.detail.refetches,
            gaps = self.gaps.len(),
            "sync done"
        );
        self.detail.clone()
    }

    fn retry_stats(&self) -> Option<RetryStats> {
        Some(self.sie.core.retry_policy().stats().clone())
    }
}

/// Fetches one chunk straight into `out`, refetching it whole (after a
/// rollback) when it fails in a way a retry could fix: (attempts, whether
/// the service answered 404).
async fn stream_chunk(
    sie: &SieBatch,
    channel: Channel,
    chunk: &Window,
    out: &mut Out<'_>,
) -> Result<(u32, bool)> {
    let out = tokio::sync::Mutex::new(out);
    let (missing, attempts) = refetched(sie, || async {
        let mut out = out.lock().await;
        let r = write_chunk(sie, channel, chunk, &mut out).await;
        if r.is_err() {
            out.rollback()?;
        }
        r
    })
    .await?;
    Ok((attempts, missing))
}

/// Runs one chunk's `attempt` through the retry policy, refetching it on
/// anything a retry could fix: what it gave, and how many attempts it took.
async fn refetched<T, F, Fut>(sie: &SieBatch, attempt: F) -> Result<(T, u32)>
where
    F: Fn() -> Fut,
    Fut: std::future::Future<Output = Result<T>>,
{
    let mut attempts = 0u32;
    let out = sie
        .core
        .retry_policy()
        .run(
            Service::Sie,
            "chfetch",
            |_| {
                attempts += 1;
                attempt()
            },
            refetch_decision,
        )
        .await?;
    Ok((out, attempts))
}

/// Fetches up to `n` chunks at once, each whole into memory, handed out in order.
fn fetch_ahead(
    sie: SieBatch,
    channel: Channel,
    chunks: Vec<Window>,
    n: usize,
) -> BoxStream<'static, Fetched> {
    stream::iter(chunks)
        .map(move |chunk| {
            let sie = sie.clone();
            async move {
                let (b, attempts) = refetched(&sie, || buffer_chunk(&sie, channel, chunk)).await?;
                let gap = if b.missing {
                    pruned_gap(&sie, channel, &chunk).await?
                } else {
                    None
                };
                Ok((chunk, b, attempts, gap))
            }
        })
        .buffered(n)
        .boxed()
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
    Ok(Some(window_gap(
        chunk,
        d.earliest,
        format!(
            "pruned before it was fetched: {channel} answered 404 and now holds data from {} UTC only",
            format_time(d.earliest)
        ),
    )))
}

/// One attempt at a chunk: every line goes to `out` (nothing committed
/// here): whether the service answered 404.
async fn write_chunk(
    sie: &SieBatch,
    channel: Channel,
    chunk: &Window,
    out: &mut Out<'_>,
) -> Result<bool> {
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
    while let Some(loc) = std::future::poll_fn(|cx| reader.poll_line(cx)).await? {
        let line = reader.line_str(loc)?;
        out.write(line.as_bytes())?;
    }
    Ok(missing)
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
    }
    Ok(b)
}
