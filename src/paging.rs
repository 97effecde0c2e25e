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

use std::collections::HashSet;
use std::fmt;
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll};

use futures::future::BoxFuture;
use futures::stream::{BoxStream, Stream, StreamExt};
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
        /// The `added_after` filter for the next request (with a `next` token:
        /// where to resume if the server rejects the token).
        added_after: Option<String>,
        /// Pages fetched before this one in the listing. Keeps cursors distinct
        /// when a server hands out one `next` token for a whole session (as
        /// OASIS medallion does), so the repeat guard does not mistake it for a stall.
        #[serde(default)]
        seq: u64,
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
                    ..
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
                ..
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

    /// When the total is known from the first page, the cursors of every
    /// remaining page in order (used by [`Paginator::concurrency`]). `None`
    /// when the service cannot say.
    fn plan(
        &self,
        _first: &RawPage<Self::Item>,
        _first_cursor: &Cursor,
        _page_size: Option<u32>,
    ) -> Option<Vec<Cursor>> {
        None
    }
}

/// Builds the page and item streams of one listing.
pub struct Paginator<S: PageSource> {
    source: Arc<S>,
    retry: RetryPolicy,
    start: Position,
    page_size: Option<u32>,
    max_items: Option<u64>,
    concurrency: usize,
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
        }
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

    /// Starts at a saved position (from a checkpoint) instead of the beginning.
    pub fn resume_from(mut self, position: Position) -> Self {
        self.start = position;
        self
    }

    /// The source.
    pub fn source(&self) -> &S {
        &self.source
    }

    /// A lazy stream of pages.
    pub fn pages(self) -> PageStream<S::Item> {
        let progress = Arc::new(Mutex::new(self.start.clone()));
        let inner = if self.concurrency > 1 {
            concurrent_pages(self, progress.clone())
        } else {
            sequential_pages(self, progress.clone())
        };
        PageStream { inner, progress }
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

struct SeqState<S: PageSource> {
    source: Arc<S>,
    retry: RetryPolicy,
    cursor: Cursor,
    skip: u64,
    seen: HashSet<Cursor>,
    remaining: Option<u64>,
    page_size: Option<u32>,
    finished: bool,
}

async fn fetch_with_retry<S: PageSource>(
    source: &Arc<S>,
    retry: &RetryPolicy,
    cursor: &Cursor,
    page_size: Option<u32>,
) -> Result<RawPage<S::Item>> {
    let endpoint = source.endpoint();
    retry
        .retry(source.service(), &endpoint, true, |_| {
            source.fetch(cursor.clone(), page_size)
        })
        .await
}

fn guard<T>(
    service: Service,
    endpoint: &str,
    cursor: &Cursor,
    page: &RawPage<T>,
    seen: &HashSet<Cursor>,
) -> Result<()> {
    if page.items.is_empty() && !page.next.is_done() {
        return Err(Error::protocol(
            service,
            format!("{endpoint}: an empty page at {cursor} claims more (next {}); stopping instead of looping", page.next),
        ));
    }
    if !page.next.is_done() && (seen.contains(&page.next) || !page.next.advances_from(cursor)) {
        return Err(Error::protocol(
            service,
            format!("{endpoint}: the cursor does not advance ({cursor} → {}); stopping instead of looping", page.next),
        ));
    }
    Ok(())
}

fn cut<T>(items: &mut Vec<T>, skip: u64, remaining: &mut Option<u64>) {
    let skip = (skip as usize).min(items.len());
    items.drain(..skip);
    if let Some(r) = remaining {
        if (items.len() as u64) > *r {
            items.truncate(*r as usize);
        }
        *r -= items.len() as u64;
    }
}

fn sequential_pages<S: PageSource>(
    p: Paginator<S>,
    progress: Arc<Mutex<Position>>,
) -> BoxStream<'static, Result<Page<S::Item>>> {
    let state = SeqState {
        source: p.source,
        retry: p.retry,
        cursor: p.start.cursor,
        skip: p.start.skip,
        seen: HashSet::new(),
        remaining: p.max_items,
        page_size: p.page_size,
        finished: false,
    };
    futures::stream::unfold(state, move |mut st| {
        let progress = progress.clone();
        async move {
            if st.finished || st.cursor.is_done() || st.remaining == Some(0) {
                return None;
            }
            let service = st.source.service();
            let endpoint = st.source.endpoint();
            let raw = match fetch_with_retry(&st.source, &st.retry, &st.cursor, st.page_size).await
            {
                Ok(raw) => raw,
                Err(e) => {
                    st.finished = true;
                    return Some((Err(e), st));
                }
            };
            if let Err(e) = guard(service, &endpoint, &st.cursor, &raw, &st.seen) {
                st.finished = true;
                return Some((Err(e), st));
            }
            st.seen.insert(st.cursor.clone());
            let RawPage {
                mut items,
                next,
                headers,
                total,
            } = raw;
            let page_len = items.len() as u64;
            let skip = st.skip;
            cut(&mut items, skip, &mut st.remaining);
            let cursor = std::mem::replace(&mut st.cursor, next.clone());
            st.skip = 0;
            // Where the page stream resumes: after this page, unless max_items cut it short.
            let handed = skip + items.len() as u64;
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
            *progress.lock().expect("progress lock") = after;
            Some((
                Ok(Page {
                    items,
                    headers,
                    cursor,
                    next,
                    total,
                    skipped: skip.min(page_len),
                }),
                st,
            ))
        }
    })
    .boxed()
}

fn concurrent_pages<S: PageSource>(
    p: Paginator<S>,
    progress: Arc<Mutex<Position>>,
) -> BoxStream<'static, Result<Page<S::Item>>> {
    let source = p.source.clone();
    let retry = p.retry.clone();
    let concurrency = p.concurrency;
    let page_size = p.page_size;
    let max_items = p.max_items;
    let start = p.start.clone();
    let first = futures::stream::once(async move {
        let raw = fetch_with_retry(&source, &retry, &start.cursor, page_size).await;
        (raw, source, retry, start)
    });
    first
        .flat_map(move |(raw, source, retry, start)| {
            let raw = match raw {
                Ok(raw) => raw,
                Err(e) => return futures::stream::iter(vec![Err(e)]).boxed(),
            };
            let service = source.service();
            let endpoint = source.endpoint();
            if let Err(e) = guard(service, &endpoint, &start.cursor, &raw, &HashSet::new()) {
                return futures::stream::iter(vec![Err(e)]).boxed();
            }
            let plan = source.plan(&raw, &start.cursor, page_size);
            let Some(plan) = plan else {
                // Cannot plan: fall back to sequential paging from the second page.
                let rest = Paginator {
                    source: source.clone(),
                    retry: retry.clone(),
                    start: Position {
                        cursor: raw.next.clone(),
                        skip: 0,
                    },
                    page_size,
                    max_items: None,
                    concurrency: 1,
                };
                let first = Ok((start.cursor.clone(), raw));
                let rest =
                    sequential_pages(rest, Arc::new(Mutex::new(Position::start()))).map(|r| {
                        r.map(|p| {
                            let raw = RawPage {
                                items: p.items,
                                next: p.next,
                                headers: p.headers,
                                total: p.total,
                            };
                            (p.cursor, raw)
                        })
                    });
                return futures::stream::iter(vec![first]).chain(rest).boxed();
            };
            let first = Ok((start.cursor.clone(), raw));
            let rest = futures::stream::iter(plan)
                .map(move |cursor| {
                    let source = source.clone();
                    let retry = retry.clone();
                    async move {
                        let raw = fetch_with_retry(&source, &retry, &cursor, page_size).await?;
                        Ok((cursor, raw))
                    }
                })
                .buffered(concurrency);
            futures::stream::iter(vec![first]).chain(rest).boxed()
        })
        .scan(
            (p.start.skip, max_items, false),
            move |(skip, remaining, failed), r: Result<(Cursor, RawPage<S::Item>)>| {
                let progress = progress.clone();
                let out = if *failed || *remaining == Some(0) {
                    None
                } else {
                    match r {
                        Err(e) => {
                            *failed = true;
                            Some(Err(e))
                        }
                        Ok((cursor, raw)) => {
                            let RawPage {
                                mut items,
                                next,
                                headers,
                                total,
                            } = raw;
                            let page_len = items.len() as u64;
                            let s = std::mem::take(skip);
                            cut(&mut items, s, remaining);
                            let handed = s + items.len() as u64;
                            *progress.lock().expect("progress lock") = if handed < page_len {
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
                            Some(Ok(Page {
                                items,
                                headers,
                                cursor,
                                next,
                                total,
                                skipped: s.min(page_len),
                            }))
                        }
                    }
                };
                futures::future::ready(out)
            },
        )
        .boxed()
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
