//! The one sync driver: every service's resumable sync is a [`Source`] run by
//! [`SyncJob`].
//!
//! A sync copies a listing (pages, SIE chunks, TAXII pages) into a [`Sink`],
//! saving a [`Checkpoint`] after every step, so that a run killed at any
//! point resumes exactly after the last step saved. The driver owns that
//! protocol, the same for all five services:
//!
//! 1. **load** the checkpoint under the sync's key and check that it belongs
//!    to the same listing (service, endpoint, filter): a mismatch is an error,
//!    never a silent restart;
//! 2. a **complete** checkpoint: publish the output a crash may have left
//!    unpublished ([`Sink::publish_completed`]); then either stop (a one-off
//!    export) or start a new, incremental run from the stored state (DefectDojo
//!    findings, TAXII delta polls);
//! 3. **begin** the sink (cut back to the committed length when resuming;
//!    [`Sink::begin_next`] for an incremental run, which a sink appending
//!    every run to one stream uses to go on from the complete checkpoint);
//! 4. for every step: the source **writes** its records, the driver
//!    **commits** the sink and **saves** the checkpoint (in that order, or in
//!    one transaction: [`Sink::commit_checkpoint`]), then reports progress;
//!    a failed step is **rolled back**;
//! 5. **finish**: the complete checkpoint is saved first, then the output is
//!    published ([`Sink::finish`]); a crash in between is repaired by step 2.
//!
//! Every service's sync is built the same way: a builder from the client
//! (`sync_dataset`, `sync_findings`, `sync_samples`, `sync_channel`,
//! `Collection::sync`) taking the sink and the checkpoint store (by value or
//! by reference: `&mut NdjsonFile` and `&FileCheckpoints` work), with
//! [`checkpoint_key`](SyncJob::checkpoint_key), [`on_progress`](SyncJob::on_progress)
//! and [`page_size`](SyncJob::page_size), run by `.await`, returning one
//! [`SyncReport`] whose [`detail`](SyncReport::detail) holds what is particular
//! to the service.
//!
//! ```no_run
//! # async fn demo(defendis: secops::defendis::Defendis) -> secops::Result<()> {
//! use secops::defendis::Dataset;
//! use secops::{FileCheckpoints, NdjsonFile};
//! let store = FileCheckpoints::new("state/")?;
//! let report = defendis
//!     .sync_dataset(Dataset::credentials("example.com"), None, NdjsonFile::create("creds.ndjson")?, &store)
//!     .page_size(100)
//!     .on_progress(|p| eprintln!("{} records", p.records))
//!     .await?;
//! println!("{report}");
//! # Ok(()) }
//! ```

use std::fmt;
use std::future::{Future, IntoFuture};

use chrono::{DateTime, Utc};
use futures::future::BoxFuture;
use serde::{Deserialize, Serialize};

use crate::checkpoint::{Checkpoint, CheckpointStore};
use crate::error::{Error, Result, Service};
use crate::paging::{Cursor, Position};
use crate::retry::RetryStats;
use crate::sink::Sink;

/// A part of a listing that could not be fetched any more (the service
/// pruned it before the sync got to it). The output holds nothing for it.
///
/// Gaps are kept in the checkpoint, so every later run of the same sync
/// reports them too, and the CLI exits with a distinct code when a run
/// completed with gaps.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Gap {
    /// Start of the part not fetched (inclusive).
    pub start: DateTime<Utc>,
    /// End of the part not fetched (exclusive).
    pub end: DateTime<Utc>,
    /// The oldest data the service still held when the gap was found.
    pub earliest: Option<DateTime<Utc>>,
    /// Why it is a gap, for people.
    pub reason: String,
}

impl Gap {
    /// A gap over `start..end`.
    pub fn new(
        start: DateTime<Utc>,
        end: DateTime<Utc>,
        earliest: Option<DateTime<Utc>>,
        reason: impl Into<String>,
    ) -> Self {
        Gap {
            start,
            end,
            earliest,
            reason: reason.into(),
        }
    }
}

impl fmt::Display for Gap {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} → {} UTC: {}",
            self.start.format("%Y-%m-%d %H:%M:%S"),
            self.end.format("%Y-%m-%d %H:%M:%S"),
            self.reason
        )
    }
}

/// What a sync did: the same core for every service, plus the service's
/// own [`detail`](Self::detail).
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct SyncReport<D> {
    /// The checkpoint key.
    pub key: String,
    /// Steps (pages, or SIE chunks) written and checkpointed by this run.
    pub pages: u64,
    /// Records written by this run.
    pub records: u64,
    /// Bytes written by this run (records and their newlines).
    pub bytes: u64,
    /// Records written over every run of this sync.
    pub total_records: u64,
    /// This run continued an interrupted one.
    pub resumed: bool,
    /// This run started after a complete one and wrote only what is new
    /// (DefectDojo findings, TAXII delta polls).
    pub incremental: bool,
    /// The checkpoint said the sync had already completed and the source is
    /// not incremental: nothing was fetched.
    pub already_complete: bool,
    /// A crash had kept a completed run's output from being published
    /// (renamed into place); this run published it and fetched nothing.
    pub published_leftover: bool,
    /// Retries ridden through by the client during this run.
    pub retries: u64,
    /// Parts that could not be fetched any more, found by this run or an
    /// earlier run of the same sync (see [`Gap`]). Empty when the output is complete.
    pub gaps: Vec<Gap>,
    /// What is particular to the service.
    pub detail: D,
}

impl<D> SyncReport<D> {
    /// Whether parts of the listing could not be fetched (see [`gaps`](Self::gaps)).
    pub fn has_gaps(&self) -> bool {
        !self.gaps.is_empty()
    }
}

impl<D> fmt::Display for SyncReport<D> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.published_leftover {
            return write!(
                f,
                "{}: published the output an interrupted run had left",
                self.key
            );
        }
        if self.already_complete {
            return write!(f, "{}: already complete", self.key);
        }
        write!(
            f,
            "{}: {} records in {} pages ({} in all)",
            self.key, self.records, self.pages, self.total_records
        )?;
        if self.resumed {
            f.write_str(", resumed")?;
        }
        if self.incremental {
            f.write_str(", incremental")?;
        }
        if self.retries > 0 {
            write!(f, ", {} retries", self.retries)?;
        }
        if !self.gaps.is_empty() {
            write!(f, ", {} gaps:", self.gaps.len())?;
            for g in &self.gaps {
                write!(f, " [{g}]")?;
            }
        }
        Ok(())
    }
}

/// Progress after each step written and checkpointed.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct SyncProgress<P> {
    /// Steps written by this run.
    pub pages: u64,
    /// Records written by this run.
    pub records: u64,
    /// Bytes written by this run.
    pub bytes: u64,
    /// Records written over every run of this sync.
    pub total_records: u64,
    /// How many records the service said the listing holds, when it says.
    pub expected: Option<u64>,
    /// Where the sync resumes now.
    pub position: Position,
    /// The step was a gap.
    pub gap: Option<Gap>,
    /// What is particular to the service.
    pub detail: P,
}

/// What a sync's checkpoint belongs to: a stored checkpoint for another
/// service, endpoint or filter is refused.
#[derive(Debug, Clone)]
pub struct Identity {
    /// The service.
    pub service: Service,
    /// The endpoint, dataset, channel or collection.
    pub endpoint: String,
    /// The filter (window, scope, page size...).
    pub filter: serde_json::Value,
    /// The checkpoint key used when the caller sets none.
    pub default_key: String,
}

/// How a run starts, from its stored checkpoint.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Start {
    /// No checkpoint: from the beginning.
    Fresh,
    /// An interrupted run: from the checkpoint's position.
    Resumed,
    /// The checkpoint is complete and the source is incremental: a new run
    /// from the stored state.
    Incremental,
    /// The checkpoint is complete and the source is not incremental: nothing
    /// will be fetched (the source may still read its state for the report).
    Complete,
}

/// Options every sync has, set on [`SyncJob`] and handed to [`Source::start`].
#[derive(Debug, Clone, Copy, Default)]
#[non_exhaustive]
pub struct Options {
    /// Items per page (`None`: the source's default).
    pub page_size: Option<u32>,
    /// Pages (or chunks) fetched at once; records are still written in order.
    pub concurrency: usize,
}

/// One step a source took: its records are written, this says where the
/// listing goes on from.
#[derive(Debug)]
#[non_exhaustive]
pub struct Step<P> {
    /// Where the next step starts ([`Cursor::Done`] when this was the last).
    pub position: Position,
    /// This was the last step (also when `position` is not `Done`: TAXII
    /// keeps its watermark in the position of a complete run).
    pub last: bool,
    /// The source's state to keep in the checkpoint (`None`: unchanged).
    pub state: Option<serde_json::Value>,
    /// How many records the service said the listing holds.
    pub expected: Option<u64>,
    /// The step found a gap.
    pub gap: Option<Gap>,
    /// What the progress callback gets besides the core counters.
    pub detail: P,
}

impl<P> Step<P> {
    /// A step that goes on at `position` (the last one when it is `Done`).
    pub fn new(position: Position, detail: P) -> Self {
        Step {
            last: position.cursor.is_done(),
            position,
            state: None,
            expected: None,
            gap: None,
            detail,
        }
    }

    /// Marks this step as the last one.
    pub fn last(mut self, last: bool) -> Self {
        self.last = last;
        self
    }

    /// The source's state to keep in the checkpoint.
    pub fn state(mut self, state: serde_json::Value) -> Self {
        self.state = Some(state);
        self
    }

    /// How many records the listing holds.
    pub fn expected(mut self, n: Option<u64>) -> Self {
        self.expected = n;
        self
    }

    /// The step found a gap.
    pub fn gap(mut self, gap: Option<Gap>) -> Self {
        self.gap = gap;
        self
    }
}

/// Where a source writes the records of the step in flight.
pub struct Out<'s> {
    sink: &'s mut dyn Sink,
    records: u64,
    bytes: u64,
}

impl fmt::Debug for Out<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Out")
            .field("records", &self.records)
            .field("bytes", &self.bytes)
            .finish_non_exhaustive()
    }
}

impl<'s> Out<'s> {
    /// A writer into `sink` for one step.
    pub(crate) fn new(sink: &'s mut dyn Sink) -> Self {
        Out {
            sink,
            records: 0,
            bytes: 0,
        }
    }

    /// Writes one record: a JSON document on one line, without its newline.
    pub fn write(&mut self, record: &[u8]) -> Result<()> {
        self.sink.write_record(record)?;
        self.records += 1;
        self.bytes += record.len() as u64 + 1;
        Ok(())
    }

    /// Writes one JSON document as the service sent it, byte for byte,
    /// unless it spans lines: then the line breaks between its tokens are
    /// dropped (JSON strings cannot hold raw ones, so nothing else changes).
    pub fn write_raw(&mut self, json: &str) -> Result<()> {
        let bytes = json.as_bytes();
        if memchr::memchr2(b'\n', b'\r', bytes).is_none() {
            self.write(bytes)
        } else {
            let flat: Vec<u8> = bytes
                .iter()
                .copied()
                .filter(|b| *b != b'\n' && *b != b'\r')
                .collect();
            self.write(&flat)
        }
    }

    /// Writes a typed record as compact JSON.
    pub fn write_json<T: Serialize + ?Sized>(&mut self, service: Service, value: &T) -> Result<()> {
        let line = serde_json::to_vec(value).map_err(|e| Error::decode(service, e, b""))?;
        self.write(&line)
    }

    /// Drops what this step wrote so far (to fetch the step again).
    pub fn rollback(&mut self) -> Result<()> {
        self.sink.rollback()?;
        self.records = 0;
        self.bytes = 0;
        Ok(())
    }

    /// Records written by this step so far.
    pub fn records(&self) -> u64 {
        self.records
    }

    /// Bytes written by this step so far.
    pub fn bytes(&self) -> u64 {
        self.bytes
    }
}

/// One service's listing as the driver runs it: where its checkpoint
/// belongs, how it starts from one, and its steps.
pub trait Source: Send {
    /// What a progress callback gets besides the core counters.
    type Progress: Send;
    /// What the report holds besides the core counters.
    type Detail: Send;

    /// Whether a run after a complete one starts a new, incremental run
    /// ([`Start::Incremental`]) instead of doing nothing ([`Start::Complete`]).
    const INCREMENTAL: bool = false;

    /// Checks the inputs and the options (before any request when possible)
    /// and says what the checkpoint belongs to.
    fn identity(&mut self, options: Options) -> impl Future<Output = Result<Identity>> + Send;

    /// Prepares the run from the stored checkpoint (a new one when `start` is
    /// [`Start::Fresh`]): reads the source's state from it, may amend its
    /// state or position (saved with the first step), and may add gaps.
    /// Called before the sink is begun; for [`Start::Complete`] it is the
    /// last call before [`detail`](Self::detail).
    /// `location` names the checkpoint in errors.
    fn start(
        &mut self,
        checkpoint: &mut Checkpoint,
        start: Start,
        location: &str,
    ) -> impl Future<Output = Result<()>> + Send;

    /// Fetches the next step and writes its records to `out`; `None` when
    /// the listing is finished.
    fn next(
        &mut self,
        out: &mut Out<'_>,
    ) -> impl Future<Output = Result<Option<Step<Self::Progress>>>> + Send;

    /// The gaps known so far (from the checkpoint and this run).
    fn gaps(&self) -> Vec<Gap> {
        Vec::new()
    }

    /// The report's detail, at the end of the run.
    fn detail(&mut self) -> Self::Detail;

    /// Called after each checkpoint is saved (a step's, or the final one).
    fn committed(&mut self, checkpoint: &Checkpoint) {
        let _ = checkpoint;
    }

    /// The client's retry counter (for [`SyncReport::retries`]).
    fn retry_stats(&self) -> Option<RetryStats> {
        None
    }
}

/// The step of a paginated listing: the next page, each item written with
/// `write`, the position after it (`None` when the listing is finished).
pub(crate) async fn page_step<T: Send>(
    pages: &mut crate::paging::PageStream<T>,
    out: &mut Out<'_>,
    mut write: impl FnMut(&mut Out<'_>, &T) -> Result<()>,
) -> Result<Option<Step<()>>> {
    use futures::TryStreamExt;
    let Some(page) = pages.try_next().await? else {
        return Ok(None);
    };
    for item in &page.items {
        write(out, item)?;
    }
    Ok(Some(
        Step::new(pages.position(), ())
            .last(page.next.is_done())
            .expected(page.total),
    ))
}

type ProgressFn<'a, P> = Box<dyn FnMut(&SyncProgress<P>) + Send + 'a>;

/// A sync, ready to run: the source, the sink, the checkpoint store and the
/// options every sync has. Await it (or call [`run`](Self::run)). Dropping the
/// future cancels it; the checkpoint then stays at the last step written.
#[must_use = "a sync does nothing until awaited"]
pub struct SyncJob<'a, S: Source> {
    pub(crate) source: S,
    sink: Box<dyn Sink + 'a>,
    store: Box<dyn CheckpointStore + 'a>,
    key: Option<String>,
    options: Options,
    progress: Option<ProgressFn<'a, S::Progress>>,
}

impl<S: Source + fmt::Debug> fmt::Debug for SyncJob<'_, S> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SyncJob")
            .field("source", &self.source)
            .field("key", &self.key)
            .field("options", &self.options)
            .finish_non_exhaustive()
    }
}

impl<'a, S: Source + 'a> SyncJob<'a, S> {
    /// A sync of `source` into `sink`, checkpointed in `store`.
    pub fn new(source: S, sink: impl Sink + 'a, store: impl CheckpointStore + 'a) -> Self {
        SyncJob {
            source,
            sink: Box::new(sink),
            store: Box::new(store),
            key: None,
            options: Options {
                page_size: None,
                concurrency: 1,
            },
            progress: None,
        }
    }

    /// The checkpoint key (default: derived from what is synced; one key per
    /// listing and output).
    pub fn checkpoint_key(mut self, key: impl Into<String>) -> Self {
        self.key = Some(key.into());
        self
    }

    /// Items per page (part of the checkpoint where it decides the
    /// positions: resume with the same size).
    pub fn page_size(mut self, n: u32) -> Self {
        self.options.page_size = Some(n);
        self
    }

    /// Fetches up to `n` pages (or chunks) at once where the service allows
    /// it (default 1); records are still written, committed and checkpointed
    /// in order.
    pub fn concurrency(mut self, n: usize) -> Self {
        self.options.concurrency = n.max(1);
        self
    }

    /// Called after each step is written and checkpointed.
    pub fn on_progress(mut self, f: impl FnMut(&SyncProgress<S::Progress>) + Send + 'a) -> Self {
        self.progress = Some(Box::new(f));
        self
    }

    /// Runs the sync (what `.await` does).
    pub async fn run(self) -> Result<SyncReport<S::Detail>> {
        let mut session = match self.open().await? {
            Opened::Done(report) => return Ok(report),
            Opened::Running(session) => session,
        };
        while session.fetch().await? {
            if session.commit()? {
                break;
            }
        }
        session.complete()
    }

    /// Loads and checks the checkpoint and prepares the source and the sink:
    /// a run that has nothing to fetch ends here with its report.
    pub(crate) async fn open(self) -> Result<Opened<'a, S>> {
        let SyncJob {
            mut source,
            sink,
            store,
            key,
            options,
            progress,
        } = self;
        let identity = source.identity(options).await?;
        let key = key.unwrap_or(identity.default_key);
        if key.trim().is_empty() {
            return Err(Error::invalid_input(format!(
                "{} sync: the checkpoint key is empty",
                identity.service
            )));
        }
        let location = store.location(&key);
        let stats = source.retry_stats();
        let retries_before = stats.as_ref().map_or(0, RetryStats::retries);
        let stored = store.load(&key)?;
        if let Some(cp) = &stored {
            cp.ensure_matches(
                &location,
                identity.service,
                &identity.endpoint,
                &identity.filter,
            )?;
        }
        let start = match &stored {
            None => Start::Fresh,
            Some(cp) if !cp.complete => Start::Resumed,
            Some(_) if S::INCREMENTAL => Start::Incremental,
            Some(_) => Start::Complete,
        };
        let cp = stored.unwrap_or_else(|| {
            Checkpoint::new(identity.service, &identity.endpoint, identity.filter)
        });
        let report = SyncReport {
            key: key.clone(),
            pages: 0,
            records: 0,
            bytes: 0,
            total_records: cp.items,
            resumed: start == Start::Resumed,
            incremental: start == Start::Incremental,
            already_complete: start == Start::Complete,
            published_leftover: false,
            retries: 0,
            gaps: Vec::new(),
            detail: (),
        };
        let mut session = Session {
            source,
            sink,
            store,
            key,
            cp,
            report,
            progress,
            stats,
            retries_before,
            pending: None,
        };
        let cp = &mut session.cp;
        if matches!(start, Start::Complete | Start::Incremental) {
            // A crash after the complete checkpoint may have kept the output
            // from being published: this run publishes it and ends (the next
            // run goes on incrementally).
            if session.sink.publish_completed(cp.sink_len)? {
                session.report.published_leftover = true;
                session.report.incremental = false;
                session.source.start(cp, Start::Complete, &location).await?;
                return Ok(Opened::Done(session.report()));
            }
        }
        session.source.start(cp, start, &location).await?;
        if start == Start::Complete {
            return Ok(Opened::Done(session.report()));
        }
        match start {
            Start::Resumed => session.sink.begin(cp.sink_len)?,
            // A new run after a complete one: a sink that appends every run
            // to one stream goes on from the complete checkpoint's length.
            Start::Incremental => session.sink.begin_next(cp.sink_len)?,
            // Fresh (a complete, non-incremental run returned above).
            Start::Fresh | Start::Complete => session.sink.begin(None)?,
        }
        Ok(Opened::Running(Box::new(session)))
    }
}

/// What [`SyncJob::open`] found.
pub(crate) enum Opened<'a, S: Source> {
    /// Nothing to fetch: the report.
    Done(SyncReport<S::Detail>),
    /// The sink is begun; fetch and commit steps.
    Running(Box<Session<'a, S>>),
}

/// A sync in progress, step by step: [`fetch`](Self::fetch) writes a step's
/// records, [`commit`](Self::commit) makes them durable with the checkpoint,
/// [`complete`](Self::complete) ends the run. A delta poll hands a step's
/// records out between the two.
pub(crate) struct Session<'a, S: Source> {
    source: S,
    sink: Box<dyn Sink + 'a>,
    store: Box<dyn CheckpointStore + 'a>,
    key: String,
    cp: Checkpoint,
    report: SyncReport<()>,
    progress: Option<ProgressFn<'a, S::Progress>>,
    stats: Option<RetryStats>,
    retries_before: u64,
    pending: Option<(Step<S::Progress>, u64, u64)>,
}

impl<S: Source> Session<'_, S> {
    /// The source.
    pub(crate) fn source_mut(&mut self) -> &mut S {
        &mut self.source
    }

    /// Whether a fetched step waits for its commit.
    pub(crate) fn has_pending(&self) -> bool {
        self.pending.is_some()
    }

    /// Fetches the next step and writes its records (not yet committed):
    /// `false` when the listing is finished. A failed step is rolled back.
    pub(crate) async fn fetch(&mut self) -> Result<bool> {
        debug_assert!(self.pending.is_none(), "commit the step first");
        let mut out = Out::new(&mut *self.sink);
        match self.source.next(&mut out).await {
            Ok(Some(step)) => {
                let (records, bytes) = (out.records, out.bytes);
                self.pending = Some((step, records, bytes));
                Ok(true)
            }
            Ok(None) => Ok(false),
            Err(e) => {
                // What the failed step wrote is dropped; the checkpoint
                // stays at the last step saved.
                self.sink.rollback()?;
                Err(e)
            }
        }
    }

    /// Commits the fetched step with its checkpoint and reports progress:
    /// whether it was the last.
    pub(crate) fn commit(&mut self) -> Result<bool> {
        let Some((step, records, bytes)) = self.pending.take() else {
            return Ok(false);
        };
        let cp = &mut self.cp;
        cp.advance(step.position, records);
        cp.complete = step.last;
        if let Some(state) = step.state {
            cp.state = state;
        }
        self.sink
            .commit_checkpoint(&*self.store, &self.key, &mut self.cp)?;
        self.source.committed(&self.cp);
        let report = &mut self.report;
        report.pages += 1;
        report.records += records;
        report.bytes += bytes;
        report.total_records = self.cp.items;
        if let Some(f) = self.progress.as_mut() {
            f(&SyncProgress {
                pages: report.pages,
                records: report.records,
                bytes: report.bytes,
                total_records: self.cp.items,
                expected: step.expected,
                position: self.cp.position.clone(),
                gap: step.gap,
                detail: step.detail,
            });
        }
        Ok(step.last)
    }

    /// Ends the run: the complete checkpoint is saved, then the output is
    /// published.
    pub(crate) fn complete(mut self) -> Result<SyncReport<S::Detail>> {
        if !self.cp.complete {
            self.cp.advance(
                Position {
                    cursor: Cursor::Done,
                    skip: 0,
                },
                0,
            );
            self.sink
                .commit_checkpoint(&*self.store, &self.key, &mut self.cp)?;
            self.source.committed(&self.cp);
        }
        // Published after the complete checkpoint is saved: a crash in
        // between is repaired by the next run (`publish_completed`).
        self.sink.finish()?;
        Ok(self.report())
    }

    /// The report so far.
    pub(crate) fn report(mut self) -> SyncReport<S::Detail> {
        let r = self.report;
        let retries = self.stats.as_ref().map_or(0, RetryStats::retries) - self.retries_before;
        SyncReport {
            key: r.key,
            pages: r.pages,
            records: r.records,
            bytes: r.bytes,
            total_records: r.total_records,
            resumed: r.resumed,
            incremental: r.incremental,
            already_complete: r.already_complete,
            published_leftover: r.published_leftover,
            retries,
            gaps: self.source.gaps(),
            detail: self.source.detail(),
        }
    }
}

impl<'a, S: Source + 'a> IntoFuture for SyncJob<'a, S>
where
    S::Detail: 'a,
{
    type Output = Result<SyncReport<S::Detail>>;
    type IntoFuture = BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.run())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sink::MemorySink;

    #[test]
    fn records_pass_through_byte_for_byte_or_lose_only_line_breaks() {
        let mut sink = MemorySink::new();
        sink.begin(None).unwrap();
        let mut out = Out::new(&mut sink);
        out.write_raw(r#"{"b":1,  "a":"x"}"#).unwrap();
        out.write_raw("{\n \"a\": 1\r\n}").unwrap();
        out.write_json(Service::Defendis, &serde_json::json!({"c": [1]}))
            .unwrap();
        assert_eq!((out.records(), out.bytes()), (3, 18 + 10 + 10));
        let recs = sink.records();
        assert_eq!(recs[0], br#"{"b":1,  "a":"x"}"#.to_vec());
        assert_eq!(recs[1], br#"{ "a": 1}"#.to_vec());
        assert_eq!(recs[2], br#"{"c":[1]}"#.to_vec());
    }
}
