//! One pagination mechanism for every service.
//!
//! Each service describes *how to fetch one page* by implementing
//! [`PageSource`]; a [`Paginator`] turns that into the same lazy streams for
//! every service:
//!
//! - [`Paginator::pages`] → [`PageStream`]: a stream of [`Page`]s, each with its
//!   items, the response headers that matter and the cursor to resume after it;
//! - [`Paginator::items`] → [`ItemStream`]: a stream of items, whose
//!   [`position`](ItemStream::position) is always the exact place after the last
//!   item handed out (what a [`Checkpoint`](crate::Checkpoint) stores).
//!
//! Cursor kinds ([`Cursor`]): page number (Defendis: stop on `hasMore == false`
//! or `nextPage == null`), opaque offset (Sandbox: stop on null `next` or empty
//! `data`; DefectDojo: numeric `offset` read from the absolute `next` URL), and
//! TAXII (`next` with the same filters, else `added_after` from
//! `X-TAXII-Date-Added-Last` while `more` is true).
//!
//! Every listing reads the same: its builder methods cannot fail, and bad
//! input (an empty search, a zero page size, a bad filter) is the first and
//! only item of [`pages`](Paginator::pages) / [`items`](Paginator::items),
//! yielded before any request ([`Paginator::refuse`]);
//! [`all`](Paginator::all) and [`first_page`](Paginator::first_page) return it.
//!
//! Nothing is fetched before the stream is polled. Each page is fetched through
//! the shared [`RetryPolicy`]; a page that finally fails ends the stream with
//! that error while the last good position stays readable.
//!
//! Guards: a cursor that repeats (or goes backwards), or an empty page that
//! claims more, ends the stream with [`Error::Protocol`] naming the service and
//! the cursor — never an infinite loop.
//!
//! Where the total is known from the first page, [`Paginator::concurrency`]
//! fetches the remaining pages in parallel (bounded) and still yields them in order.

use std::collections::{HashSet, VecDeque};
use std::fmt;
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll};

use futures::future::BoxFuture;
use futures::stream::{BoxStream, FuturesOrdered, Stream, StreamExt};
use http::HeaderMap;
use serde::{Deserialize, Serialize};

use crate::error::{Error, Result, Service};
use crate::retry::RetryPolicy;

/// Where a page starts. Serialisable, so that it can be stored in a checkpoint.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[non_exhaustive]
pub enum Cursor {
    /// The first page.
    Start,
    /// A page number (Defendis, 1-based).
    Page {
        /// The page number.
        page: u64,
    },
    /// An offset: opaque for Sandbox (`next` passed back unchanged), numeric for DefectDojo.
    Offset {
        /// The offset, as the service gave it.
        offset: String,
    },
    /// TAXII: a `next` token, or an `added_after` timestamp when there is none.
    Taxii {
        /// The server's `next` token.
        next: Option<String>,
        /// The `added_after` filter for the next request.
        added_after: Option<String>,
    },
    /// A point in time (SIE Batch windows are fetched chunk by chunk from here).
    Time {
        /// RFC 3339 UTC timestamp.
        time: String,
    },
    /// Nothing is left.
    Done,
}

impl Cursor {
    /// Whether the listing is finished.
    pub fn is_done(&self) -> bool {
        matches!(self, Cursor::Done)
    }

    /// Whether `self` (the next cursor) moves forward from `prev`.
    ///
    /// Page numbers must grow, TAXII `added_after` must not go backwards, and
    /// SIE times must grow; opaque offsets only have to differ.
    pub fn advances_from(&self, prev: &Cursor) -> bool {
        match (prev, self) {
            (_, Cursor::Done) => true,
            (a, b) if a == b => false,
            (Cursor::Page { page: a }, Cursor::Page { page: b }) => b > a,
            (Cursor::Start, Cursor::Page { page }) => *page > 1,
            (
                Cursor::Taxii {
                    added_after: Some(a),
                    ..
                },
                Cursor::Taxii {
                    next: None,
                    added_after: Some(b),
                },
            ) => match (parse_time(a), parse_time(b)) {
                (Some(a), Some(b)) => b > a,
                _ => a != b,
            },
            (Cursor::Time { time: a }, Cursor::Time { time: b }) => {
                match (parse_time(a), parse_time(b)) {
                    (Some(a), Some(b)) => b > a,
                    _ => a != b,
                }
            }
            _ => true,
        }
    }
}

fn parse_time(s: &str) -> Option<chrono::DateTime<chrono::Utc>> {
    chrono::DateTime::parse_from_rfc3339(s)
        .ok()
        .map(|d| d.with_timezone(&chrono::Utc))
}

impl fmt::Display for Cursor {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Cursor::Start => f.write_str("start"),
            Cursor::Page { page } => write!(f, "page {page}"),
            Cursor::Offset { offset } => write!(f, "offset {offset}"),
            Cursor::Taxii { next: Some(n), .. } => write!(f, "next {n}"),
            Cursor::Taxii {
                next: None,
                added_after: Some(a),
            } => write!(f, "added_after {a}"),
            Cursor::Taxii { .. } => f.write_str("start"),
            Cursor::Time { time } => write!(f, "time {time}"),
            Cursor::Done => f.write_str("done"),
        }
    }
}

/// The exact place after the last item handed out: the page it came from, and
/// how many of that page's items were already handed out.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Position {
    /// The page the next item comes from.
    pub cursor: Cursor,
    /// Items of that page already handed out.
    pub skip: u64,
}

impl Position {
    /// The start of a listing.
    pub fn start() -> Self {
        Position {
            cursor: Cursor::Start,
            skip: 0,
        }
    }
}

/// The cursors of the pages after the first, generated one at a time as the
/// walk hands them out, so that a listing of a million pages costs no more
/// memory than one of ten (see [`PageSource::lazy_plan`]).
#[derive(Debug, Clone)]
pub struct Plan(PlanKind);

#[derive(Debug, Clone)]
enum PlanKind {
    List(VecDeque<Cursor>),
    /// Page numbers `next..=last`.
    Pages {
        next: u64,
        last: u64,
    },
    /// Offsets `next, next + step, ...` below `end`.
    Offsets {
        next: u64,
        step: u64,
        end: u64,
    },
}

impl Plan {
    /// A plan of the given cursors.
    pub fn list(cursors: impl IntoIterator<Item = Cursor>) -> Self {
        Plan(PlanKind::List(cursors.into_iter().collect()))
    }

    /// Page numbers `first..=last` ([`Cursor::Page`]).
    pub fn pages(first: u64, last: u64) -> Self {
        Plan(PlanKind::Pages { next: first, last })
    }

    /// Numeric offsets `first, first + step, ...` below `end` ([`Cursor::Offset`]).
    /// A zero `step` gives an empty plan.
    pub fn offsets(first: u64, step: u64, end: u64) -> Self {
        let end = if step == 0 { first } else { end };
        Plan(PlanKind::Offsets {
            next: first,
            step: step.max(1),
            end,
        })
    }

    /// The cursors left.
    pub fn remaining(&self) -> u64 {
        match &self.0 {
            PlanKind::List(l) => l.len() as u64,
            PlanKind::Pages { next, last } => {
                last.checked_sub(*next).map_or(0, |n| n.saturating_add(1))
            }
            PlanKind::Offsets { next, step, end } => end.saturating_sub(*next).div_ceil(*step),
        }
    }

    /// The rest of the plan from `cursor` on; `None` when the plan does not hold it.
    fn starting_at(self, cursor: &Cursor) -> Option<Plan> {
        match (self.0, cursor) {
            (PlanKind::List(mut l), c) => {
                let at = l.iter().position(|x| x == c)?;
                l.drain(..at);
                Some(Plan(PlanKind::List(l)))
            }
            (PlanKind::Pages { next, last }, Cursor::Page { page })
                if (next..=last).contains(page) =>
            {
                Some(Plan::pages(*page, last))
            }
            (PlanKind::Offsets { next, step, end }, Cursor::Offset { offset }) => {
                let at: u64 = offset.parse().ok()?;
                (at >= next && at < end && (at - next).is_multiple_of(step))
                    .then(|| Plan::offsets(at, step, end))
            }
            _ => None,
        }
    }
}

impl Iterator for Plan {
    type Item = Cursor;

    fn next(&mut self) -> Option<Cursor> {
        match &mut self.0 {
            PlanKind::List(l) => l.pop_front(),
            PlanKind::Pages { next, last } => {
                if *next > *last {
                    return None;
                }
                let page = *next;
                match next.checked_add(1) {
                    Some(n) => *next = n,
                    // At `u64::MAX` the plan is over (no overflow).
                    None => (*next, *last) = (1, 0),
                }
                Some(Cursor::Page { page })
            }
            PlanKind::Offsets { next, step, end } => {
                if *next >= *end {
                    return None;
                }
                let at = *next;
                *next = next.checked_add(*step).unwrap_or(*end);
                Some(Cursor::Offset {
                    offset: at.to_string(),
                })
            }
        }
    }
}

/// One page as a [`PageSource`] returns it.
#[derive(Debug, Clone)]
pub struct RawPage<T> {
    /// The page's items, in order.
    pub items: Vec<T>,
    /// Where the next page starts ([`Cursor::Done`] after the last).
    pub next: Cursor,
    /// The response headers that matter (e.g. `X-TAXII-Date-Added-Last`).
    pub headers: HeaderMap,
    /// The total number of items, when the service says.
    pub total: Option<u64>,
}

/// One page handed to the user.
#[derive(Debug, Clone)]
pub struct Page<T> {
    /// The items (after any resume skip and `max_items` cut).
    pub items: Vec<T>,
    /// The response headers that matter.
    pub headers: HeaderMap,
    /// Where this page started.
    pub cursor: Cursor,
    /// Where to resume after this page.
    pub next: Cursor,
    /// The total number of items, when the service says.
    pub total: Option<u64>,
    /// Items at the start of this page that were skipped because a resume
    /// position said they had already been handed out.
    pub skipped: u64,
}

/// How one service fetches one page. Implemented by each service module.
pub trait PageSource: Send + Sync + 'static {
    /// The item type.
    type Item: Send + 'static;

    /// The service, for errors and retries.
    fn service(&self) -> Service;

    /// The endpoint or dataset name, for errors, logs and checkpoints.
    fn endpoint(&self) -> String;

    /// Fetches the page starting at `cursor` ([`Cursor::Start`] for the first).
    fn fetch(
        &self,
        cursor: Cursor,
        page_size: Option<u32>,
    ) -> BoxFuture<'static, Result<RawPage<Self::Item>>>;

    /// When the total is known from the first page, the cursors of the pages
    /// that follow it, in order (used by [`Paginator::concurrency`]). `None`
    /// when the service cannot say.
    ///
    /// `first` was fetched at `first_cursor`, which is not the start of the
    /// listing when a walk resumes: a plan may still list every page from the
    /// start; entries before `first.next` are ignored, and a plan without
    /// `first.next` is not used. Each planned page is checked when it arrives:
    /// its cursor must be the `next` the previous page announced, otherwise
    /// the stream ends with [`Error::Protocol`].
    fn plan(
        &self,
        _first: &RawPage<Self::Item>,
        _first_cursor: &Cursor,
        _page_size: Option<u32>,
    ) -> Option<Vec<Cursor>> {
        None
    }

    /// The plan the walk uses: by default [`plan`](Self::plan)'s list. Sources
    /// that know the total override it to generate the cursors lazily
    /// ([`Plan::pages`], [`Plan::offsets`]) and to refuse an absurd total
    /// (see [`crate::limits::check_page_count`]) with [`Error::Protocol`],
    /// which ends the stream.
    fn lazy_plan(
        &self,
        first: &RawPage<Self::Item>,
        first_cursor: &Cursor,
        page_size: Option<u32>,
    ) -> Result<Option<Plan>> {
        Ok(self.plan(first, first_cursor, page_size).map(Plan::list))
    }

    /// Told once, when a walk starts, whether the source may read ahead: send
    /// the request for the following page as soon as a response names it,
    /// before the walk asks for it (so that the server prepares it while this
    /// page is parsed). Allowed only when the paginator
    /// [prefetches](Paginator::prefetch), walks one page at a time and has no
    /// [`max_items`](Paginator::max_items); a stream dropped early may then have
    /// sent one request it never used. The default ignores it.
    fn read_ahead(&self, _allowed: bool) {}
}

/// Builds the page and item streams of one listing.
pub struct Paginator<S: PageSource> {
    source: Arc<S>,
    retry: RetryPolicy,
    start: Position,
    page_size: Option<u32>,
    max_items: Option<u64>,
    concurrency: usize,
    prefetch: bool,
    /// An input error found while the listing was built: the streams yield
    /// it first, before any request.
    refused: Option<Error>,
}

impl<S: PageSource> fmt::Debug for Paginator<S> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Paginator")
            .field("service", &self.source.service())
            .field("endpoint", &self.source.endpoint())
            .field("start", &self.start)
            .field("page_size", &self.page_size)
            .field("max_items", &self.max_items)
            .field("concurrency", &self.concurrency)
            .field("prefetch", &self.prefetch)
            .finish()
    }
}

impl<S: PageSource> Paginator<S> {
    /// A paginator over `source`, retrying each page with `retry`.
    pub fn new(source: S, retry: RetryPolicy) -> Self {
        Paginator {
            source: Arc::new(source),
            retry,
            start: Position::start(),
            page_size: None,
            max_items: None,
            concurrency: 1,
            prefetch: false,
            refused: None,
        }
    }

    /// Refuses the listing with `error` (bad input found while it was built):
    /// [`pages`](Self::pages) and [`items`](Self::items) yield it as their
    /// only item, before any request; the first error refused is kept.
    pub fn refuse(mut self, error: Error) -> Self {
        self.refused.get_or_insert(error);
        self
    }

    /// Items per page to ask for (the server may return fewer).
    pub fn page_size(mut self, n: u32) -> Self {
        self.page_size = Some(n.max(1));
        self
    }

    /// Stops after `n` items in all.
    pub fn max_items(mut self, n: u64) -> Self {
        self.max_items = Some(n);
        self
    }

    /// Fetches up to `n` pages at once when the total is known from the first
    /// page; items still come in order. Ignored where the service cannot plan.
    pub fn concurrency(mut self, n: usize) -> Self {
        self.concurrency = n.max(1);
        self
    }

    /// Fetches the next page in the background (a task on the current tokio
    /// runtime) while the caller works through the current one, so that
    /// receiving and decoding a page overlaps with whatever the caller does
    /// with the previous one. The first page is still fetched only when the
    /// stream is first polled, pages are still handed out in order with the
    /// same guards and positions, and a fetch still in flight is cancelled
    /// when the stream is dropped; the cost is at most one page fetched that
    /// a caller who stops early never reads. Without a tokio runtime this
    /// changes nothing.
    pub fn prefetch(mut self, on: bool) -> Self {
        self.prefetch = on;
        self
    }

    /// Starts at a saved position (from a checkpoint) instead of the beginning.
    pub fn resume_from(mut self, position: Position) -> Self {
        self.start = position;
        self
    }

    /// The source.
    pub fn source(&self) -> &S {
        &self.source
    }

    /// The retry policy each page is fetched with.
    pub fn retry_policy(&self) -> &RetryPolicy {
        &self.retry
    }

    /// Replaces the retry policy each page is fetched with.
    pub fn with_retry_policy(mut self, retry: RetryPolicy) -> Self {
        self.retry = retry;
        self
    }

    /// A lazy stream of pages. A listing refused for bad input yields that
    /// error first (and nothing else), before any request.
    pub fn pages(mut self) -> PageStream<S::Item> {
        if let Some(e) = self.refused.take() {
            return PageStream {
                inner: futures::stream::once(async move { Err(e) }).boxed(),
                progress: Arc::new(Mutex::new(self.start)),
            };
        }
        let progress = Arc::new(Mutex::new(self.start.clone()));
        let inner = Walk::new(self, progress.clone()).boxed();
        PageStream { inner, progress }
    }

    /// Every item of every page, in order (for listings that fit in memory).
    pub async fn all(self) -> Result<Vec<S::Item>> {
        use futures::TryStreamExt;
        self.items().try_collect().await
    }

    /// The first page only: an empty page (total 0) when the listing is
    /// empty, never an error for it. No page after it is fetched.
    pub async fn first_page(self) -> Result<Page<S::Item>> {
        use futures::TryStreamExt;
        let mut pages = self.concurrency(1).prefetch(false).pages();
        match pages.try_next().await? {
            Some(p) => Ok(p),
            None => Ok(Page {
                items: Vec::new(),
                headers: Default::default(),
                cursor: Cursor::Start,
                next: Cursor::Done,
                total: Some(0),
                skipped: 0,
            }),
        }
    }

    /// A lazy stream of items.
    pub fn items(self) -> ItemStream<S::Item> {
        let pages = self.pages();
        ItemStream {
            progress: pages.progress.clone(),
            pages,
            current: None,
        }
    }
}

/// One fetch in flight: the cursor it was asked for, and its outcome.
type Fetch<T> = BoxFuture<'static, (Cursor, Result<RawPage<T>>)>;

/// A fetch running as its own task; aborted when dropped (a dropped stream
/// leaves nothing running).
pub(crate) struct Background<T>(pub(crate) tokio::task::JoinHandle<T>);

impl<T> Drop for Background<T> {
    fn drop(&mut self) {
        self.0.abort();
    }
}

impl<T> std::future::Future for Background<T> {
    type Output = std::result::Result<T, tokio::task::JoinError>;
    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        Pin::new(&mut self.0).poll(cx)
    }
}

/// The single state machine behind [`PageStream`] (sequential and concurrent).
///
/// It keeps *the cursor of the next page to hand out*: in sequential mode it
/// fetches exactly that page, one at a time, when polled; in concurrent mode
/// (after the first page, when the source can [`plan`](PageSource::plan)) it
/// keeps up to `concurrency` planned pages in flight and hands them out in
/// order, checking that each planned cursor is the `next` the previous page
/// announced — so a wrong plan is a protocol error, never a silent gap or
/// duplicate. Either way every page goes through the same guards, trimming
/// and progress bookkeeping.
struct Walk<S: PageSource> {
    source: Arc<S>,
    retry: RetryPolicy,
    service: Service,
    endpoint: String,
    page_size: Option<u32>,
    concurrency: usize,
    prefetch: bool,
    /// Where the next page handed out starts.
    cursor: Cursor,
    /// Items of that page to drop (they were handed out before a resume).
    skip: u64,
    /// Items left under `max_items`.
    remaining: Option<u64>,
    /// Cursors already fetched (a repeat means the service loops).
    seen: HashSet<Cursor>,
    /// Planned cursors not yet requested (`None`: sequential).
    planned: Option<Plan>,
    /// Whether the source was already asked for a plan.
    plan_asked: bool,
    /// Items per full page, from the first page (to avoid fetching planned
    /// pages beyond `max_items`).
    per_page: u64,
    in_flight: FuturesOrdered<Fetch<S::Item>>,
    finished: bool,
    progress: Arc<Mutex<Position>>,
}

impl<S: PageSource> Walk<S> {
    fn new(p: Paginator<S>, progress: Arc<Mutex<Position>>) -> Self {
        p.source
            .read_ahead(p.prefetch && p.max_items.is_none() && p.concurrency <= 1);
        let service = p.source.service();
        let endpoint = p.source.endpoint();
        Walk {
            service,
            endpoint,
            page_size: p.page_size,
            concurrency: p.concurrency,
            prefetch: p.prefetch,
            cursor: p.start.cursor,
            skip: p.start.skip,
            remaining: p.max_items,
            seen: HashSet::new(),
            planned: None,
            plan_asked: false,
            per_page: 0,
            in_flight: FuturesOrdered::new(),
            finished: false,
            progress,
            source: p.source,
            retry: p.retry,
        }
    }

    fn fetch(&self, cursor: Cursor) -> Fetch<S::Item> {
        let source = self.source.clone();
        let retry = self.retry.clone();
        let endpoint = self.endpoint.clone();
        let page_size = self.page_size;
        let fetch = async move {
            let service = source.service();
            let out = retry
                .retry(service, &endpoint, true, |_| {
                    source.fetch(cursor.clone(), page_size)
                })
                .await;
            (cursor, out)
        };
        match tokio::runtime::Handle::try_current() {
            Ok(rt) if self.prefetch => {
                let task = Background(rt.spawn(fetch));
                let (service, endpoint) = (self.service, self.endpoint.clone());
                Box::pin(async move {
                    match task.await {
                        Ok(done) => done,
                        Err(e) => {
                            let msg = format!("{endpoint}: the page fetch task failed: {e}");
                            (Cursor::Done, Err(Error::protocol(service, msg)))
                        }
                    }
                })
            }
            _ => Box::pin(fetch),
        }
    }

    /// Starts the fetches the current mode allows.
    fn schedule(&mut self) {
        match &mut self.planned {
            None => {
                if self.in_flight.is_empty() && !self.cursor.is_done() {
                    let f = self.fetch(self.cursor.clone());
                    self.in_flight.push_back(f);
                }
            }
            Some(_) => {
                while self.in_flight.len() < self.concurrency {
                    // Enough pages in flight to cover `max_items`: fetch no more.
                    if let Some(r) = self.remaining {
                        let covered = (self.in_flight.len() as u64).saturating_mul(self.per_page);
                        if covered >= r.saturating_add(self.skip) {
                            break;
                        }
                    }
                    let Some(next) = self.planned.as_mut().and_then(Plan::next) else {
                        break;
                    };
                    let f = self.fetch(next);
                    self.in_flight.push_back(f);
                }
                if self.in_flight.is_empty() && !self.cursor.is_done() {
                    // The plan is used up but the service says there is more
                    // (the listing grew): carry on one page at a time.
                    self.planned = None;
                    let f = self.fetch(self.cursor.clone());
                    self.in_flight.push_back(f);
                }
            }
        }
    }

    fn fail(&mut self, e: Error) -> Option<Result<Page<S::Item>>> {
        self.finished = true;
        self.in_flight = FuturesOrdered::new();
        Some(Err(e))
    }

    /// Checks a fetched page against the contract, then trims it and moves on.
    fn accept(&mut self, cursor: Cursor, raw: RawPage<S::Item>) -> Option<Result<Page<S::Item>>> {
        if cursor != self.cursor {
            let msg = format!(
                "{}: the planned page at {cursor} is not the one the previous page announced ({}); stopping rather than skipping or repeating items",
                self.endpoint, self.cursor
            );
            return self.fail(Error::protocol(self.service, msg));
        }
        if raw.items.is_empty() && !raw.next.is_done() {
            let msg = format!(
                "{}: an empty page at {cursor} claims more (next {}); stopping instead of looping",
                self.endpoint, raw.next
            );
            return self.fail(Error::protocol(self.service, msg));
        }
        if !raw.next.advances_from(&cursor) {
            let msg = format!(
                "{}: the cursor does not advance ({cursor} → {}); stopping instead of looping",
                self.endpoint, raw.next
            );
            return self.fail(Error::protocol(self.service, msg));
        }
        self.seen.insert(cursor.clone());
        if !raw.next.is_done() && self.seen.contains(&raw.next) {
            let msg = format!(
                "{}: the cursor repeats ({cursor} → {}, already fetched); stopping instead of looping",
                self.endpoint, raw.next
            );
            return self.fail(Error::protocol(self.service, msg));
        }
        if self.concurrency > 1 && !self.plan_asked {
            self.plan_asked = true;
            self.per_page = raw.items.len() as u64;
            if !raw.next.is_done() {
                // A plan may list the whole listing even when this walk resumed
                // part-way: start it at the page this one announced. A plan that
                // does not contain that page is not used at all.
                self.planned = match self.source.lazy_plan(&raw, &cursor, self.page_size) {
                    Ok(plan) => plan.and_then(|plan| plan.starting_at(&raw.next)),
                    Err(e) => return self.fail(e),
                };
                if self.planned.is_none() {
                    tracing::debug!(
                        service = self.service.as_str(),
                        endpoint = %self.endpoint,
                        "no usable page plan: fetching one page at a time"
                    );
                }
            }
        }
        let RawPage {
            mut items,
            next,
            headers,
            total,
        } = raw;
        let page_len = items.len() as u64;
        let skip = std::mem::take(&mut self.skip).min(page_len);
        items.drain(..skip as usize);
        if let Some(r) = &mut self.remaining {
            if items.len() as u64 > *r {
                items.truncate(*r as usize);
            }
            *r -= items.len() as u64;
        }
        let handed = skip + items.len() as u64;
        // Where to resume: after this page, or inside it when `max_items` cut it.
        let after = if handed < page_len {
            Position {
                cursor: cursor.clone(),
                skip: handed,
            }
        } else {
            Position {
                cursor: next.clone(),
                skip: 0,
            }
        };
        *self.progress.lock().expect("progress lock") = after;
        self.cursor = next.clone();
        if self.cursor.is_done() || self.remaining == Some(0) {
            // Pages fetched ahead (beyond the end or `max_items`) are dropped.
            self.finished = true;
            self.in_flight = FuturesOrdered::new();
        } else if self.prefetch {
            // Start the next page now: it downloads while this one is used.
            self.schedule();
        }
        Some(Ok(Page {
            items,
            headers,
            cursor,
            next,
            total,
            skipped: skip,
        }))
    }
}

impl<S: PageSource> Stream for Walk<S> {
    type Item = Result<Page<S::Item>>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = &mut *self;
        if this.finished || this.cursor.is_done() || this.remaining == Some(0) {
            this.finished = true;
            return Poll::Ready(None);
        }
        this.schedule();
        match this.in_flight.poll_next_unpin(cx) {
            Poll::Pending => Poll::Pending,
            Poll::Ready(None) => {
                this.finished = true;
                Poll::Ready(None)
            }
            Poll::Ready(Some((_, Err(e)))) => Poll::Ready(this.fail(e)),
            Poll::Ready(Some((cursor, Ok(raw)))) => Poll::Ready(this.accept(cursor, raw)),
        }
    }
}

/// A lazy stream of pages; see [`Paginator::pages`].
pub struct PageStream<T> {
    inner: BoxStream<'static, Result<Page<T>>>,
    progress: Arc<Mutex<Position>>,
}

impl<T> PageStream<T> {
    /// Where to resume after the last page handed out (the last good cursor,
    /// still readable after an error).
    pub fn position(&self) -> Position {
        self.progress.lock().expect("progress lock").clone()
    }
}

impl<T> fmt::Debug for PageStream<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("PageStream")
            .field("position", &self.position())
            .finish()
    }
}

impl<T> Stream for PageStream<T> {
    type Item = Result<Page<T>>;
    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        self.inner.as_mut().poll_next(cx)
    }
}

/// A lazy stream of items; see [`Paginator::items`].
pub struct ItemStream<T> {
    pages: PageStream<T>,
    progress: Arc<Mutex<Position>>,
    current: Option<(Cursor, u64, std::vec::IntoIter<T>, Cursor, HeaderMap)>,
}

impl<T> fmt::Debug for ItemStream<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ItemStream")
            .field("position", &self.position())
            .finish()
    }
}

impl<T> ItemStream<T> {
    /// The exact place after the last item handed out: resuming there yields
    /// the next item, with no loss and no duplicate.
    pub fn position(&self) -> Position {
        match &self.current {
            Some((cursor, handed, rest, _, _)) if rest.len() > 0 => Position {
                cursor: cursor.clone(),
                skip: *handed,
            },
            // The page is used up: resume where the page stream says (after the
            // page, or inside it when `max_items` cut it short).
            _ => self.progress.lock().expect("progress lock").clone(),
        }
    }

    /// The headers of the page the last item came from.
    pub fn page_headers(&self) -> Option<&HeaderMap> {
        self.current.as_ref().map(|c| &c.4)
    }
}

impl<T> Unpin for ItemStream<T> {}

impl<T> Stream for ItemStream<T> {
    type Item = Result<T>;
    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        loop {
            if let Some((_, handed, rest, _, _)) = self.current.as_mut() {
                if let Some(item) = rest.next() {
                    *handed += 1;
                    return Poll::Ready(Some(Ok(item)));
                }
            }
            match self.pages.inner.as_mut().poll_next(cx) {
                Poll::Pending => return Poll::Pending,
                Poll::Ready(None) => return Poll::Ready(None),
                Poll::Ready(Some(Err(e))) => return Poll::Ready(Some(Err(e))),
                Poll::Ready(Some(Ok(page))) => {
                    // `handed` counts from the page start: items skipped on resume count as handed.
                    self.current = Some((
                        page.cursor,
                        page.skipped,
                        page.items.into_iter(),
                        page.next,
                        page.headers,
                    ));
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use futures::TryStreamExt;
    use std::sync::atomic::{AtomicUsize, Ordering};

    /// A source that counts its fetches (and lists one item).
    struct Counting(Arc<AtomicUsize>);

    impl PageSource for Counting {
        type Item = u32;
        fn service(&self) -> Service {
            Service::Defendis
        }
        fn endpoint(&self) -> String {
            "counting".into()
        }
        fn fetch(&self, _: Cursor, _: Option<u32>) -> BoxFuture<'static, Result<RawPage<u32>>> {
            self.0.fetch_add(1, Ordering::SeqCst);
            Box::pin(async {
                Ok(RawPage {
                    items: vec![1],
                    next: Cursor::Done,
                    headers: HeaderMap::new(),
                    total: Some(1),
                })
            })
        }
    }

    fn refused(fetches: &Arc<AtomicUsize>) -> Paginator<Counting> {
        Paginator::new(Counting(fetches.clone()), RetryPolicy::default())
            .refuse(Error::invalid_input("bad input"))
            .refuse(Error::invalid_input("a later one"))
    }

    #[tokio::test]
    async fn a_refused_listing_yields_its_error_only_and_fetches_nothing() {
        let fetches = Arc::new(AtomicUsize::new(0));
        let mut items = refused(&fetches).items();
        let e = items.try_next().await.unwrap_err();
        assert!(matches!(e, Error::InvalidInput { .. }), "{e}");
        assert!(
            e.to_string().contains("bad input"),
            "the first error is kept: {e}"
        );
        assert!(items.try_next().await.unwrap().is_none());
        assert_eq!(items.position(), Position::start());
        let mut pages = refused(&fetches).concurrency(4).prefetch(true).pages();
        assert!(pages.try_next().await.is_err());
        assert!(pages.try_next().await.unwrap().is_none());
        assert!(refused(&fetches).all().await.is_err());
        assert!(refused(&fetches).first_page().await.is_err());
        assert_eq!(fetches.load(Ordering::SeqCst), 0, "no request was sent");
        // Not refused: the same source is fetched.
        let ok = Paginator::new(Counting(fetches.clone()), RetryPolicy::default());
        assert_eq!(ok.all().await.unwrap(), vec![1]);
        assert_eq!(fetches.load(Ordering::SeqCst), 1);
    }
}
