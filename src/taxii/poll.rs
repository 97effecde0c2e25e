//! Delta polling with checkpoints, and syncing a collection into a sink.
//!
//! A delta poll remembers, per collection and filter, the highest
//! `X-TAXII-Date-Added-Last` it has handed out (the *watermark*), the cursor of
//! an unfinished run, and the `(id, modified)` pairs of the last page. Each run
//! starts from the watermark (`added_after`), so repeated runs fetch only what
//! was added since; the pairs drop objects that a server re-reads at that
//! boundary.
//!
//! The checkpoint is saved after each page has been handed out (for
//! [`Collection::sync`](super::Collection::sync): written to the sink and
//! committed), never before. After a crash, the next run re-delivers at most
//! the page that was being handed out (and, with a file sink, cuts it off the
//! file first, so the output has no duplicate).

use std::fmt;
use std::sync::{Arc, Mutex};

use futures::stream::{BoxStream, Stream, StreamExt};
use serde::{Deserialize, Serialize};

use super::objects::{date_added_last, reread_from, Delivered, ObjectsRequest, StatsHandle};
use super::stix::StixObject;
use crate::checkpoint::{Checkpoint, CheckpointStore};
use crate::error::{Result, Service};
use crate::paging::{Cursor, PageStream, Paginator, Position};
use crate::retry::RetryStats;
use crate::sink::Sink;
use crate::sync::{Identity, Opened, Options, Out, Session, Source, Start, Step, SyncJob};

/// Flow state kept in the checkpoint's `state`.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
struct PollState {
    /// The highest `X-TAXII-Date-Added-Last` handed out.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    watermark: Option<String>,
    /// The `added_after` the current run started with (its `next` tokens belong to it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    run_added_after: Option<String>,
    /// `(id, modified)` of the objects a re-read of the watermark may return again.
    #[serde(flatten)]
    delivered: Delivered,
}

/// What a delta poll did in this run.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct PollStats {
    /// Objects handed out.
    pub objects: u64,
    /// Pages handed out.
    pub pages: u64,
    /// Checkpoints saved.
    pub checkpoints: u64,
    /// Malformed objects skipped.
    pub malformed_skipped: u64,
    /// Objects dropped as re-reads of the `added_after` boundary.
    pub duplicates_dropped: u64,
    /// `next` tokens the server rejected (resumed from `added_after`).
    pub next_rejected: u64,
    /// Pages fetched by `added_after` because their `next` token had already
    /// been sent once (a failed request) or came from an earlier run: a token
    /// is never sent twice.
    pub next_fallbacks: u64,
    /// Whether this run resumed an unfinished one.
    pub resumed: bool,
}

/// What a collection sync's progress holds besides the core counters
/// ([`SyncProgress::detail`](crate::SyncProgress::detail)).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct PollProgress {
    /// The watermark (`X-TAXII-Date-Added-Last` of the last page).
    pub watermark: Option<String>,
}

/// What a collection sync reports besides the core counters
/// ([`SyncReport::detail`](crate::SyncReport::detail)).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct PollDetail {
    /// The counters of the run.
    pub stats: PollStats,
    /// The watermark after the run (the next run starts after it).
    pub watermark: Option<String>,
}

/// What a [`Collection::sync`](super::Collection::sync) did.
pub type SyncReport = crate::SyncReport<PollDetail>;
/// Progress of a [`Collection::sync`](super::Collection::sync), after each committed page.
pub type SyncProgress = crate::SyncProgress<PollProgress>;
/// A delta poll written to a sink, ready to run (see
/// [`Collection::sync`](super::Collection::sync)).
pub type SyncBuilder<'a> = SyncJob<'a, PollSource>;

#[derive(Default)]
struct Shared {
    stats: PollStats,
    watermark: Option<String>,
    checkpoint: Option<Checkpoint>,
}

/// The [`Source`] of a delta poll: the collection's pages from the
/// watermark, incremental (each run after a complete one polls what was
/// added since). See [`DeltaPoll`].
pub struct PollSource {
    request: ObjectsRequest,
    state: PollState,
    pages: Option<PageStream<StixObject>>,
    stats: Option<StatsHandle>,
    retry: Option<RetryStats>,
    /// Keep each page's objects for a [`DeltaPoll`] to hand out.
    keep: bool,
    page: Vec<StixObject>,
    pending: u64,
    shared: Arc<Mutex<Shared>>,
}

impl fmt::Debug for PollSource {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("PollSource")
            .field("request", &self.request)
            .finish_non_exhaustive()
    }
}

impl PollSource {
    fn new(request: ObjectsRequest, keep: bool) -> Self {
        PollSource {
            request,
            state: PollState::default(),
            pages: None,
            stats: None,
            retry: None,
            keep,
            page: Vec::new(),
            pending: 0,
            shared: Arc::default(),
        }
    }

    fn shared(&self) -> std::sync::MutexGuard<'_, Shared> {
        self.shared.lock().expect("poll lock")
    }
}

impl Source for PollSource {
    type Progress = PollProgress;
    type Detail = PollDetail;
    const INCREMENTAL: bool = true;

    async fn identity(&mut self, options: Options) -> Result<Identity> {
        if let Some(n) = options.page_size {
            self.request.filter.limit = Some(n);
        }
        let filter = serde_json::to_value(&self.request.filter).expect("filter serialises");
        let source = self.request.clone().into_source();
        self.retry = Some(source.retry_policy().stats().clone());
        let endpoint = source.resolve_url().await?.to_string();
        Ok(Identity {
            service: Service::Taxii,
            default_key: format!("taxii-poll:{endpoint}"),
            endpoint,
            filter,
        })
    }

    async fn start(&mut self, cp: &mut Checkpoint, start: Start, location: &str) -> Result<()> {
        let mut request = self.request.clone();
        let mut state: PollState = match start {
            Start::Fresh => PollState {
                run_added_after: request.filter.added_after.clone(),
                ..PollState::default()
            },
            _ => cp.read_state(location)?,
        };
        let position = match start {
            Start::Complete => {
                // The previous run completed but a crash kept its output from
                // being published: this run only publishes it (the next one
                // polls from the watermark).
                let mut sh = self.shared();
                sh.stats.resumed = true;
                sh.watermark = state.watermark;
                sh.checkpoint = Some(cp.clone());
                return Ok(());
            }
            Start::Incremental => {
                // A new run from the watermark, re-reading the watermark's
                // group of objects (a server may add more at that very time);
                // what was handed out is dropped.
                let from = state
                    .watermark
                    .as_deref()
                    .map(reread_from)
                    .or(request.filter.added_after.clone());
                state.run_added_after = from.clone();
                request.filter.added_after = from;
                Position::start()
            }
            Start::Resumed => {
                // Finish the interrupted run with the same filters.
                request.filter.added_after = state.run_added_after.clone();
                cp.position.clone()
            }
            Start::Fresh => Position::start(),
        };
        let limit = request.filter.limit;
        let source = request.into_source();
        source.seed_delivered(state.delivered.clone());
        self.stats = Some(source.stats());
        let retry = source.retry_policy();
        let mut paginator = Paginator::new(source, retry)
            .prefetch(true)
            .resume_from(position);
        if let Some(l) = limit {
            paginator = paginator.page_size(l);
        }
        self.pages = Some(paginator.pages());
        {
            let mut sh = self.shared();
            sh.stats.resumed = start == Start::Resumed;
            sh.watermark = state.watermark.clone();
            sh.checkpoint = Some(cp.clone());
        }
        self.state = state;
        Ok(())
    }

    async fn next(&mut self, out: &mut Out<'_>) -> Result<Option<Step<PollProgress>>> {
        let pages = self.pages.as_mut().expect("started");
        let Some(page) = pages.next().await.transpose()? else {
            return Ok(None);
        };
        let state = &mut self.state;
        if let Some(last) = date_added_last(&page.headers) {
            let newer = match &state.watermark {
                Some(w) => super::objects::later(last, w),
                None => true,
            };
            if newer {
                state.watermark = Some(last.to_string());
            }
        }
        state
            .delivered
            .add_page(date_added_last(&page.headers), &page.items);
        let last = page.next.is_done();
        let cursor = match (&state.watermark, last) {
            (_, false) => page.next.clone(),
            (Some(w), true) => Cursor::Taxii {
                next: None,
                added_after: Some(w.clone()),
            },
            (None, true) => Cursor::Start,
        };
        for obj in &page.items {
            out.write_raw(obj.json())?;
        }
        let step = Step::new(
            Position { cursor, skip: 0 },
            PollProgress {
                watermark: state.watermark.clone(),
            },
        )
        .last(last)
        .state(serde_json::to_value(&*state).expect("state serialises"));
        self.pending = page.items.len() as u64;
        if self.keep {
            self.page = page.items;
        }
        self.shared().stats.pages += 1;
        Ok(Some(step))
    }

    fn committed(&mut self, checkpoint: &Checkpoint) {
        let counters = self.stats.as_ref().map(StatsHandle::get);
        let pending = std::mem::take(&mut self.pending);
        let watermark = self.state.watermark.clone();
        let mut sh = self.shared();
        sh.stats.objects += pending;
        sh.stats.checkpoints += 1;
        if let Some(s) = counters {
            sh.stats.malformed_skipped = s.malformed_skipped;
            sh.stats.duplicates_dropped = s.duplicates_dropped;
            sh.stats.next_rejected = s.next_rejected;
            sh.stats.next_fallbacks = s.next_fallbacks;
        }
        sh.watermark = watermark;
        sh.checkpoint = Some(checkpoint.clone());
    }

    fn detail(&mut self) -> PollDetail {
        let sh = self.shared();
        PollDetail {
            stats: sh.stats,
            watermark: sh.watermark.clone(),
        }
    }

    fn retry_stats(&self) -> Option<RetryStats> {
        self.retry.clone()
    }
}

impl<'a> SyncJob<'a, PollSource> {
    /// A delta poll of `request` into `sink`, checkpointed in `store`.
    pub(crate) fn poll(
        request: ObjectsRequest,
        sink: impl Sink + 'a,
        store: impl CheckpointStore + 'a,
    ) -> Self {
        SyncJob::new(PollSource::new(request, false), sink, store)
    }

    /// Changes the objects request (filters, page size, malformed policy).
    pub fn request(mut self, f: impl FnOnce(ObjectsRequest) -> ObjectsRequest) -> Self {
        self.source.request = f(self.source.request.clone());
        self
    }
}

/// A delta poll of a collection: a stream of [`StixObject`]s.
///
/// It remembers, per collection and filter, the highest
/// `X-TAXII-Date-Added-Last` handed out (the *watermark*), the cursor of an
/// unfinished run, and the `(id, modified)` pairs of the last page. Each run
/// starts from the watermark (`added_after`), so repeated runs fetch only what
/// was added since; the pairs drop objects a server re-reads at that boundary.
/// The checkpoint is saved after each page has been handed out, never before:
/// after a crash the next run re-delivers at most the page being handed out.
/// It runs on the [sync driver](crate::sync) like every sync, with the
/// objects handed to the caller instead of a sink.
///
/// Built by [`Collection::poll`](super::Collection::poll) or
/// [`Taxii::poll_collection`](super::Taxii::poll_collection). Lazy: nothing
/// is loaded or fetched before the first poll.
pub struct DeltaPoll<'a> {
    inner: BoxStream<'a, Result<StixObject>>,
    shared: Arc<Mutex<Shared>>,
}

impl fmt::Debug for DeltaPoll<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("DeltaPoll")
            .field("stats", &self.stats())
            .finish_non_exhaustive()
    }
}

impl Stream for DeltaPoll<'_> {
    type Item = Result<StixObject>;
    fn poll_next(
        mut self: std::pin::Pin<&mut Self>,
        cx: &mut std::task::Context<'_>,
    ) -> std::task::Poll<Option<Self::Item>> {
        self.inner.as_mut().poll_next(cx)
    }
}

/// Where a [`DeltaPoll`] is.
enum Walk<'a> {
    Unopened(Box<SyncJob<'a, PollSource>>),
    Open(Box<Session<'a, PollSource>>, std::vec::IntoIter<StixObject>),
    Ended,
}

impl Walk<'_> {
    /// The next object to hand out. A page's checkpoint is committed when
    /// the caller asks for the object after its last one.
    async fn step(&mut self) -> Result<Option<StixObject>> {
        loop {
            match std::mem::replace(self, Walk::Ended) {
                Walk::Ended => return Ok(None),
                Walk::Unopened(job) => match (*job).open().await? {
                    Opened::Done(_) => return Ok(None),
                    Opened::Running(session) => {
                        *self = Walk::Open(session, Vec::new().into_iter());
                    }
                },
                Walk::Open(mut session, mut current) => {
                    if let Some(obj) = current.next() {
                        *self = Walk::Open(session, current);
                        return Ok(Some(obj));
                    }
                    if session.has_pending() {
                        if session.commit()? {
                            session.complete()?;
                            return Ok(None);
                        }
                    } else if !session.fetch().await? {
                        session.complete()?;
                        return Ok(None);
                    }
                    let page = std::mem::take(&mut session.source_mut().page);
                    *self = Walk::Open(session, page.into_iter());
                }
            }
        }
    }
}

/// A sink that keeps nothing: a [`DeltaPoll`] hands its objects to the caller.
struct Discard;

impl Sink for Discard {
    fn begin(&mut self, _committed: Option<u64>) -> Result<()> {
        Ok(())
    }
    fn write_record(&mut self, _record: &[u8]) -> Result<()> {
        Ok(())
    }
    fn commit(&mut self) -> Result<Option<u64>> {
        Ok(None)
    }
    fn rollback(&mut self) -> Result<()> {
        Ok(())
    }
    fn finish(&mut self) -> Result<()> {
        Ok(())
    }
}

impl<'a> DeltaPoll<'a> {
    pub(crate) fn new(request: ObjectsRequest, store: Box<dyn CheckpointStore + 'a>) -> Self {
        let source = PollSource::new(request, true);
        let shared = source.shared.clone();
        let walk = Walk::Unopened(Box::new(SyncJob::new(source, Discard, store)));
        let inner = futures::stream::unfold(walk, |mut walk| async move {
            match walk.step().await {
                Ok(Some(obj)) => Some((Ok(obj), walk)),
                Ok(None) => None,
                // One error, then the stream ends.
                Err(e) => Some((Err(e), Walk::Ended)),
            }
        })
        .boxed();
        DeltaPoll { inner, shared }
    }

    /// What this run did so far.
    pub fn stats(&self) -> PollStats {
        self.shared.lock().expect("poll lock").stats
    }

    /// The watermark so far (the `X-TAXII-Date-Added-Last` of the last page handed out).
    pub fn watermark(&self) -> Option<String> {
        self.shared.lock().expect("poll lock").watermark.clone()
    }

    /// The last checkpoint saved (or loaded).
    pub fn checkpoint(&self) -> Option<Checkpoint> {
        self.shared.lock().expect("poll lock").checkpoint.clone()
    }
}
