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
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll};

use futures::stream::{BoxStream, Stream, StreamExt};
use serde::{Deserialize, Serialize};

use super::objects::{date_added_last, reread_from, Delivered, ObjectsRequest, StatsHandle};
use super::stix::StixObject;
use crate::checkpoint::{Checkpoint, CheckpointStore};
use crate::error::{Error, Result, Service};
use crate::paging::{Cursor, Page, Paginator, Position};
use crate::sink::Sink;

type ProgressFn<'a> = Box<dyn FnMut(&SyncProgress) + Send + 'a>;

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

/// Progress of a [`Collection::sync`](super::Collection::sync), reported after each committed page.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct SyncProgress {
    /// Objects written in this run.
    pub objects: u64,
    /// Pages committed in this run.
    pub pages: u64,
    /// The watermark (`X-TAXII-Date-Added-Last` of the last page).
    pub watermark: Option<String>,
}

struct Shared {
    stats: PollStats,
    watermark: Option<String>,
    checkpoint: Option<Checkpoint>,
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
    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        self.inner.as_mut().poll_next(cx)
    }
}

impl<'a> DeltaPoll<'a> {
    pub(crate) fn new(request: ObjectsRequest, store: Box<dyn CheckpointStore + 'a>) -> Self {
        Self::build(request, store, None, None)
    }

    fn build(
        request: ObjectsRequest,
        store: Box<dyn CheckpointStore + 'a>,
        sink: Option<&'a mut dyn Sink>,
        progress: Option<ProgressFn<'a>>,
    ) -> Self {
        let shared = Arc::new(Mutex::new(Shared {
            stats: PollStats::default(),
            watermark: None,
            checkpoint: None,
        }));
        let st = State {
            request: Some(request),
            store,
            sink,
            progress,
            shared: shared.clone(),
            run: None,
        };
        let inner = futures::stream::unfold(st, |mut st| async move {
            match st.step().await {
                Ok(Some(obj)) => Some((Ok(obj), st)),
                Ok(None) => None,
                Err(e) => {
                    st.request = None;
                    st.run = None;
                    Some((Err(e), st))
                }
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

struct Run {
    key: String,
    checkpoint: Checkpoint,
    state: PollState,
    pages: crate::paging::PageStream<StixObject>,
    stats: StatsHandle,
    current: std::vec::IntoIter<StixObject>,
    /// The checkpoint to save once `current` is used up.
    pending: Option<Pending>,
    finished: bool,
    written: u64,
}

struct Pending {
    position: Position,
    items: u64,
    last: bool,
}

struct State<'a> {
    request: Option<ObjectsRequest>,
    store: Box<dyn CheckpointStore + 'a>,
    sink: Option<&'a mut dyn Sink>,
    progress: Option<ProgressFn<'a>>,
    shared: Arc<Mutex<Shared>>,
    run: Option<Run>,
}

impl State<'_> {
    async fn start(&mut self) -> Result<()> {
        let Some(request) = self.request.take() else {
            return Ok(());
        };
        let collection = request.collection.clone();
        let identity = serde_json::to_value(&request.filter).expect("filter serialises");
        let source = request.clone().into_source();
        let url = source.resolve_url().await?;
        let endpoint = url.to_string();
        let key = format!("taxii-poll:{endpoint}");
        let location = self.store.location(&key);
        let stored = self.store.load(&key)?;
        let mut request = request;
        let (checkpoint, state, start, resumed) = match stored {
            Some(cp) => {
                cp.ensure_matches(&location, Service::Taxii, &endpoint, &identity)?;
                let state: PollState = if cp.state.is_null() {
                    PollState::default()
                } else {
                    serde_json::from_value(cp.state.clone()).map_err(|e| Error::Checkpoint {
                        location: location.clone(),
                        message: format!("the TAXII poll state is not readable ({e}): remove the checkpoint to start over"),
                    })?
                };
                if cp.complete && self.publish_leftover(cp.sink_len)? {
                    // The previous run completed but a crash kept its output
                    // from being published: this run publishes it and ends
                    // (the next one polls from the watermark).
                    let mut sh = self.shared.lock().expect("poll lock");
                    sh.stats.resumed = true;
                    sh.watermark = state.watermark.clone();
                    sh.checkpoint = Some(cp);
                    return Ok(());
                }
                if cp.complete {
                    // A new run from the watermark.
                    let mut state = state;
                    // Re-read the watermark's group of objects (a server may add
                    // more at that very time); what was handed out is dropped.
                    let from = state
                        .watermark
                        .as_deref()
                        .map(reread_from)
                        .or(request.filter.added_after.clone());
                    state.run_added_after = from.clone();
                    request.filter.added_after = from;
                    (cp, state, Position::start(), false)
                } else {
                    // Finish the interrupted run with the same filters.
                    request.filter.added_after = state.run_added_after.clone();
                    let pos = cp.position.clone();
                    (cp, state, pos, true)
                }
            }
            None => {
                let cp = Checkpoint::new(Service::Taxii, endpoint.clone(), identity);
                let state = PollState {
                    watermark: None,
                    run_added_after: request.filter.added_after.clone(),
                    delivered: Delivered::default(),
                };
                (cp, state, Position::start(), false)
            }
        };
        let _ = collection;
        let committed = if resumed { checkpoint.sink_len } else { None };
        if let Some(sink) = self.sink.as_deref_mut() {
            sink.begin(committed)?;
        }
        let limit = request.filter.limit;
        let source = request.into_source();
        source.seed_delivered(state.delivered.clone());
        let stats = source.stats();
        let retry = collection_retry(&source);
        let mut paginator = Paginator::new(source, retry)
            .prefetch(true)
            .resume_from(start);
        if let Some(l) = limit {
            paginator = paginator.page_size(l);
        }
        {
            let mut sh = self.shared.lock().expect("poll lock");
            sh.stats.resumed = resumed;
            sh.watermark = state.watermark.clone();
            sh.checkpoint = Some(checkpoint.clone());
        }
        self.run = Some(Run {
            key,
            checkpoint,
            state,
            pages: paginator.pages(),
            stats,
            current: Vec::new().into_iter(),
            pending: None,
            finished: false,
            written: 0,
        });
        Ok(())
    }

    fn publish_leftover(&mut self, committed: Option<u64>) -> Result<bool> {
        match self.sink.as_deref_mut() {
            Some(sink) => sink.publish_completed(committed),
            None => Ok(false),
        }
    }

    async fn step(&mut self) -> Result<Option<StixObject>> {
        if self.request.is_some() {
            self.start().await?;
        }
        loop {
            let Some(run) = self.run.as_mut() else {
                return Ok(None);
            };
            if let Some(obj) = run.current.next() {
                if let Some(sink) = self.sink.as_deref_mut() {
                    write_object(sink, &obj)?;
                }
                run.written += 1;
                return Ok(Some(obj));
            }
            if let Some(p) = run.pending.take() {
                self.save(p)?;
                continue;
            }
            let run = self.run.as_mut().expect("run");
            if run.finished {
                self.run = None;
                return Ok(None);
            }
            match run.pages.next().await {
                None => run.finished = true,
                Some(Err(e)) => return Err(e),
                Some(Ok(page)) => self.take_page(page),
            }
        }
    }

    fn take_page(&mut self, page: Page<StixObject>) {
        let run = self.run.as_mut().expect("run");
        if let Some(last) = date_added_last(&page.headers) {
            let newer = match &run.state.watermark {
                Some(w) => super::objects::later(last, w),
                None => true,
            };
            if newer {
                run.state.watermark = Some(last.to_string());
            }
        }
        run.state
            .delivered
            .add_page(date_added_last(&page.headers), &page.items);
        let last = page.next.is_done();
        let position = if last {
            Position {
                cursor: match &run.state.watermark {
                    Some(w) => Cursor::Taxii {
                        next: None,
                        added_after: Some(w.clone()),
                    },
                    None => Cursor::Start,
                },
                skip: 0,
            }
        } else {
            Position {
                cursor: page.next.clone(),
                skip: 0,
            }
        };
        run.pending = Some(Pending {
            position,
            items: page.items.len() as u64,
            last,
        });
        run.current = page.items.into_iter();
        let mut sh = self.shared.lock().expect("poll lock");
        sh.stats.pages += 1;
    }

    fn save(&mut self, p: Pending) -> Result<()> {
        let run = self.run.as_mut().expect("run");
        let mut sink_len = None;
        if let Some(sink) = self.sink.as_deref_mut() {
            sink_len = sink.commit()?;
        }
        run.checkpoint.advance(p.position, p.items);
        run.checkpoint.complete = p.last;
        run.checkpoint.sink_len = sink_len;
        run.checkpoint.state = serde_json::to_value(&run.state).expect("state serialises");
        self.store.save(&run.key, &run.checkpoint)?;
        if p.last {
            // Published after the complete checkpoint is saved: a crash in
            // between is repaired by the next run (`publish_completed`).
            if let Some(sink) = self.sink.as_deref_mut() {
                sink.finish()?;
            }
        }
        let s = run.stats.get();
        let progress = {
            let mut sh = self.shared.lock().expect("poll lock");
            sh.stats.objects = run.written;
            sh.stats.checkpoints += 1;
            sh.stats.malformed_skipped = s.malformed_skipped;
            sh.stats.duplicates_dropped = s.duplicates_dropped;
            sh.stats.next_rejected = s.next_rejected;
            sh.stats.next_fallbacks = s.next_fallbacks;
            sh.watermark = run.state.watermark.clone();
            sh.checkpoint = Some(run.checkpoint.clone());
            SyncProgress {
                objects: run.written,
                pages: sh.stats.pages,
                watermark: run.state.watermark.clone(),
            }
        };
        if let Some(cb) = self.progress.as_mut() {
            cb(&progress);
        }
        Ok(())
    }
}

fn collection_retry(source: &super::ObjectsSource) -> crate::RetryPolicy {
    source.retry_policy()
}

/// Writes one object as an NDJSON line: its bytes as the server sent them,
/// minus any line breaks between tokens (JSON strings cannot hold raw ones).
fn write_object(sink: &mut dyn Sink, obj: &StixObject) -> Result<()> {
    let json = obj.json().as_bytes();
    if memchr::memchr2(b'\n', b'\r', json).is_none() {
        sink.write_record(json)
    } else {
        let flat: Vec<u8> = json
            .iter()
            .copied()
            .filter(|b| *b != b'\n' && *b != b'\r')
            .collect();
        sink.write_record(&flat)
    }
}

/// What a [`Collection::sync`](super::Collection::sync) did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct SyncReport {
    /// The counters of the run.
    pub stats: PollStats,
    /// The watermark after the run (the next run starts after it).
    pub watermark: Option<String>,
}

/// A delta poll written to a sink; `.await` it (or [`run`](Self::run)).
///
/// ```no_run
/// # async fn demo(taxii: secops::taxii::Taxii) -> secops::Result<()> {
/// use secops::{FileCheckpoints, NdjsonFile};
/// let store = FileCheckpoints::single("state/indicators.checkpoint.json");
/// let mut out = NdjsonFile::create("indicators.ndjson")?;
/// let report = taxii
///     .collection("soc-defenders-all")
///     .sync(&mut out, &store)
///     .progress(|p| eprintln!("{} objects", p.objects))
///     .await?;
/// println!("{} new objects, watermark {:?}", report.stats.objects, report.watermark);
/// # Ok(()) }
/// ```
pub struct SyncBuilder<'a> {
    request: ObjectsRequest,
    sink: &'a mut dyn Sink,
    store: &'a dyn CheckpointStore,
    progress: Option<ProgressFn<'a>>,
}

impl fmt::Debug for SyncBuilder<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SyncBuilder")
            .field("request", &self.request)
            .finish_non_exhaustive()
    }
}

impl<'a> SyncBuilder<'a> {
    pub(crate) fn new(
        request: ObjectsRequest,
        sink: &'a mut dyn Sink,
        store: &'a dyn CheckpointStore,
    ) -> Self {
        SyncBuilder {
            request,
            sink,
            store,
            progress: None,
        }
    }

    /// Changes the objects request (filters, page size, malformed policy).
    pub fn request(mut self, f: impl FnOnce(ObjectsRequest) -> ObjectsRequest) -> Self {
        self.request = f(self.request);
        self
    }

    /// Called after each page has been committed.
    pub fn progress(mut self, f: impl FnMut(&SyncProgress) + Send + 'a) -> Self {
        self.progress = Some(Box::new(f));
        self
    }

    /// Runs the sync to the end. Dropping the future stops it; the checkpoint
    /// then reflects the last committed page.
    pub async fn run(self) -> Result<SyncReport> {
        let mut poll = DeltaPoll::build(
            self.request,
            Box::new(self.store),
            Some(self.sink),
            self.progress,
        );
        while let Some(item) = poll.next().await {
            item?;
        }
        Ok(SyncReport {
            stats: poll.stats(),
            watermark: poll.watermark(),
        })
    }
}

impl<'a> std::future::IntoFuture for SyncBuilder<'a> {
    type Output = Result<SyncReport>;
    type IntoFuture = futures::future::BoxFuture<'a, Result<SyncReport>>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.run())
    }
}
