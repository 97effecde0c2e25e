//! The [`PageSource`] of a paged TAXII resource ([`EnvelopeSource`]): fetches a
//! page by `next` token or by `added_after`, falls back from a rejected or
//! already-spent token, reads the next page ahead, and counts what it did
//! ([`ObjectsStats`]).

use std::fmt;
use std::marker::PhantomData;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

use bytes::Bytes;
use futures::future::BoxFuture;
use http::HeaderMap;
use url::Url;

use super::book::{later, reread_from, Book, Boundary, Delivered};
use super::date_added_last;
use super::envelope::{next_before_items, EnvelopeItem};
use super::request::{Filter, DEFAULT_LIMIT};
use super::ties::Stall;
use crate::error::{Error, Result, Service};
use crate::paging::{Background, Cursor, PageSource, RawPage};
use crate::taxii::stix::{Malformed, StixObject};
use crate::taxii::{Collection, ManifestRecord};

/// Counters of one listing, shared by a source and its [`StatsHandle`]s.
#[derive(Debug, Default)]
struct Counters {
    pages: AtomicU64,
    objects: AtomicU64,
    malformed_skipped: AtomicU64,
    duplicates_dropped: AtomicU64,
    next_rejected: AtomicU64,
    next_fallbacks: AtomicU64,
}

/// What a listing did so far.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct ObjectsStats {
    /// Pages fetched.
    pub pages: u64,
    /// Items handed to the paginator.
    pub objects: u64,
    /// Malformed objects skipped (with [`Malformed::Skip`]).
    pub malformed_skipped: u64,
    /// Objects dropped because they were re-read at an `added_after` boundary.
    pub duplicates_dropped: u64,
    /// `next` tokens the server rejected (the listing resumed from `added_after`).
    pub next_rejected: u64,
    /// Pages fetched by `added_after` instead of a `next` token because the
    /// token had already been sent once (a request that failed after it may
    /// have reached the server) or came from an earlier run.
    pub next_fallbacks: u64,
}

/// A handle on a listing's [`ObjectsStats`], readable while it runs.
#[derive(Debug, Clone, Default)]
pub struct StatsHandle(Arc<Counters>);

impl StatsHandle {
    /// The counters now.
    pub fn get(&self) -> ObjectsStats {
        let c = &self.0;
        ObjectsStats {
            pages: c.pages.load(Ordering::Relaxed),
            objects: c.objects.load(Ordering::Relaxed),
            malformed_skipped: c.malformed_skipped.load(Ordering::Relaxed),
            duplicates_dropped: c.duplicates_dropped.load(Ordering::Relaxed),
            next_rejected: c.next_rejected.load(Ordering::Relaxed),
            next_fallbacks: c.next_fallbacks.load(Ordering::Relaxed),
        }
    }
}

/// The [`PageSource`] of a paged TAXII resource.
pub struct EnvelopeSource<T> {
    pub(super) collection: Collection,
    suffix: String,
    pub(crate) filter: Filter,
    malformed: Malformed,
    invalid: Option<String>,
    url: Arc<tokio::sync::OnceCell<Url>>,
    book: Arc<Mutex<Book>>,
    stats: StatsHandle,
    ahead: Arc<ReadAhead>,
    _item: PhantomData<fn() -> T>,
}

/// The request for the next page, sent as soon as a response names its
/// `next` token ([`PageSource::read_ahead`]).
#[derive(Default)]
pub(super) struct ReadAhead {
    allowed: AtomicBool,
    slot: Mutex<Option<Ahead>>,
}

pub(super) type Response = (u16, HeaderMap, Bytes);

impl ReadAhead {
    /// Sends `query` to `url` now, in a task of its own, for a later
    /// [`take`](Self::take) (no-op without a tokio runtime).
    async fn send(&self, client: &crate::taxii::Taxii, url: &Url, query: Vec<(String, String)>) {
        let Ok(rt) = tokio::runtime::Handle::try_current() else {
            return;
        };
        let (client, u, q) = (client.clone(), url.clone(), query.clone());
        let task = Background(rt.spawn(async move { client.get_once(u, &q).await }));
        *self.slot.lock().expect("read-ahead lock") = Some(Ahead {
            url: url.clone(),
            query,
            task,
        });
        // Let the request go out before the caller goes on (a task spawned
        // here waits behind the current one on the same worker).
        tokio::task::yield_now().await;
    }

    /// The request sent ahead, when it is exactly this one; any other is
    /// dropped (which aborts it).
    fn take(&self, url: &Url, query: &[(String, String)]) -> Option<Background<Result<Response>>> {
        match self.slot.lock().expect("read-ahead lock").take() {
            Some(a) if a.url == *url && a.query == query => Some(a.task),
            _ => None,
        }
    }
}

/// A request sent ahead: its URL and query, and the task awaiting its response
/// (aborted when dropped unused).
struct Ahead {
    url: Url,
    query: Vec<(String, String)>,
    task: Background<Result<Response>>,
}

/// The source of `GET .../objects/` (and `.../objects/{id}/`).
pub type ObjectsSource = EnvelopeSource<StixObject>;
/// The source of `GET .../manifest/`.
pub type ManifestSource = EnvelopeSource<ManifestRecord>;
/// The source of `GET .../objects/{id}/versions/`.
pub type VersionsSource = EnvelopeSource<String>;

impl<T> fmt::Debug for EnvelopeSource<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("EnvelopeSource")
            .field("collection", &self.collection.id)
            .field("suffix", &self.suffix)
            .field("filter", &self.filter)
            .finish_non_exhaustive()
    }
}

impl<T> EnvelopeSource<T> {
    /// A source for `suffix` of `collection`, before its first page.
    pub(super) fn new(
        collection: Collection,
        suffix: String,
        filter: Filter,
        malformed: Malformed,
        invalid: Option<String>,
    ) -> Self {
        let book = Book {
            session_after: filter.added_after.clone(),
            ..Book::default()
        };
        EnvelopeSource {
            collection,
            suffix,
            filter,
            malformed,
            invalid,
            url: Arc::new(tokio::sync::OnceCell::new()),
            book: Arc::new(Mutex::new(book)),
            stats: StatsHandle::default(),
            ahead: Arc::default(),
            _item: PhantomData,
        }
    }

    pub(super) fn book(&self) -> std::sync::MutexGuard<'_, Book> {
        self.book.lock().expect("listing lock")
    }

    /// The client's retry policy.
    pub fn retry_policy(&self) -> crate::RetryPolicy {
        self.collection.taxii.inner.core.retry.clone()
    }

    /// The listing's counters (keep the handle: the paginator takes the source).
    pub fn stats(&self) -> StatsHandle {
        self.stats.clone()
    }

    /// Seeds the keys of the objects a previous run handed out last, so that
    /// the objects its re-read of the `added_after` boundary returns are dropped.
    pub(crate) fn seed_delivered(&self, delivered: Delivered) {
        self.book().delivered = delivered;
    }

    /// The URL of the resource (discovers the API root when needed).
    pub async fn resolve_url(&self) -> Result<Url> {
        if let Some(msg) = &self.invalid {
            return Err(Error::invalid_input(msg.clone()));
        }
        let collection = self.collection.clone();
        let suffix = self.suffix.clone();
        self.url
            .get_or_try_init(|| async move {
                let base = collection.url().await?;
                base.join(&suffix)
                    .map_err(|e| Error::invalid_input(format!("TAXII: bad path {suffix:?}: {e}")))
            })
            .await
            .cloned()
    }
}

/// Whether an error answers a `next` token the server does not (or no
/// longer) know.
fn is_rejected_token(e: &Error) -> bool {
    matches!(e.status(), Some(400 | 404 | 410 | 422))
}

/// How the request of a page was made.
pub(super) enum Sent {
    /// With a `next` token (the cursor's form, page mark included).
    Token(String),
    /// With `added_after` (or none: from the start).
    After(Option<String>),
}

/// A response read but not yet taken: nothing is remembered (keys, tokens,
/// counters) until [`EnvelopeSource::take`] accepts it.
pub(super) struct Read<T> {
    pub(super) items: Vec<T>,
    pub(super) headers: HeaderMap,
    pub(super) received: usize,
    pub(super) skipped: usize,
    pub(super) dropped: usize,
    pub(super) keys: Boundary,
    /// `X-TAXII-Date-Added-Last`.
    pub(super) last: Option<String>,
    pub(super) next: Cursor,
    /// Set when the page cannot get past the `date_added` group it ends with.
    pub(super) stall: Option<Stall>,
    /// Whether the page ends later than the re-read point it was asked from.
    pub(super) advanced: bool,
}

impl<T: EnvelopeItem> PageSource for EnvelopeSource<T> {
    type Item = T;

    fn service(&self) -> Service {
        Service::Taxii
    }

    fn endpoint(&self) -> String {
        format!("collection {} {}", self.collection.id, self.suffix)
    }

    fn fetch(
        &self,
        cursor: Cursor,
        page_size: Option<u32>,
    ) -> BoxFuture<'static, Result<RawPage<T>>> {
        let this = EnvelopeSource::<T> {
            collection: self.collection.clone(),
            suffix: self.suffix.clone(),
            filter: self.filter.clone(),
            malformed: self.malformed,
            invalid: self.invalid.clone(),
            url: self.url.clone(),
            book: self.book.clone(),
            stats: self.stats.clone(),
            ahead: self.ahead.clone(),
            _item: PhantomData,
        };
        Box::pin(async move { this.fetch_page(cursor, page_size).await })
    }

    fn read_ahead(&self, allowed: bool) {
        self.ahead.allowed.store(allowed, Ordering::Relaxed);
        if !allowed {
            self.ahead.slot.lock().expect("read-ahead lock").take();
        }
    }
}

impl<T: EnvelopeItem> EnvelopeSource<T> {
    /// One page from `cursor`. Pages whose every object was already handed
    /// out (a re-read boundary) are passed over here, so that the paginator
    /// never sees an empty page that claims more.
    async fn fetch_page(&self, cursor: Cursor, page_size: Option<u32>) -> Result<RawPage<T>> {
        let url = self.resolve_url().await?;
        let limit = page_size
            .or(self.filter.limit)
            .unwrap_or(DEFAULT_LIMIT)
            .max(1);
        let asked = cursor.clone();
        let mut cursor = match &self.book().forward {
            Some((from, to)) if *from == asked => to.clone(),
            _ => cursor,
        };
        let mut empty = 0u32;
        loop {
            let page = self.fetch_one(&url, cursor.clone(), limit).await?;
            if page.items.is_empty() && !page.next.is_done() {
                empty += 1;
                if empty > 1000 || !page.next.advances_from(&cursor) {
                    return Err(Error::protocol(
                        Service::Taxii,
                        format!(
                            "{}: only re-read objects at {cursor} and the listing does not advance (→ {}); stopping instead of looping",
                            self.endpoint_name(),
                            page.next
                        ),
                    ));
                }
                cursor = page.next;
                self.book().forward = Some((asked.clone(), cursor.clone()));
                continue;
            }
            return Ok(page);
        }
    }

    async fn fetch_one(&self, url: &Url, cursor: Cursor, limit: u32) -> Result<RawPage<T>> {
        let (token, after) = match cursor {
            Cursor::Start => (None, self.filter.added_after.clone()),
            Cursor::Taxii {
                next: Some(token),
                added_after,
            } => (Some(token), added_after),
            Cursor::Taxii {
                next: None,
                added_after,
            } => (
                None,
                added_after.or_else(|| self.filter.added_after.clone()),
            ),
            Cursor::Done => {
                return Ok(RawPage {
                    items: Vec::new(),
                    next: Cursor::Done,
                    headers: HeaderMap::new(),
                    total: None,
                })
            }
            other => {
                return Err(Error::invalid_input(format!(
                    "TAXII: cannot resume a listing from a {other} cursor (not a TAXII cursor)"
                )))
            }
        };
        if let Some(token) = token {
            match self.by_token(url, &token, limit).await {
                Some(Ok(resp)) => {
                    let read = self
                        .read(resp, Sent::Token(token.clone()), after.clone(), limit)
                        .await?;
                    return Ok(self.take(read));
                }
                Some(Err(e)) if is_rejected_token(&e) => {
                    self.stats.0.next_rejected.fetch_add(1, Ordering::Relaxed);
                    tracing::warn!(
                        endpoint = %self.endpoint_name(),
                        status = e.status().unwrap_or(0),
                        added_after = after.as_deref().unwrap_or("(the start)"),
                        "the server rejected the next token; continuing from added_after"
                    );
                }
                // The request may have reached the server, and the token with
                // it: the retry that follows continues from `added_after`.
                Some(Err(e)) => return Err(e),
                None => {
                    self.stats.0.next_fallbacks.fetch_add(1, Ordering::Relaxed);
                    tracing::debug!(
                        endpoint = %self.endpoint_name(),
                        added_after = after.as_deref().unwrap_or("(the start)"),
                        "the next token was already sent once (or comes from an earlier run): continuing from added_after"
                    );
                }
            }
            // Continue from the last page received whole (the cursor's
            // `added_after`), or else from the run's own start.
            let after = after.or_else(|| self.filter.added_after.clone());
            return self.by_time(url, after, limit, true).await;
        }
        self.by_time(url, after, limit, false).await
    }

    /// Sends a `next` request, unless its token was already sent or was not
    /// received by this listing (`None`). The answer of a request sent ahead
    /// for this token is used when there is one.
    async fn by_token(&self, url: &Url, token: &str, limit: u32) -> Option<Result<Response>> {
        let q = self.next_query(split_token(token).0, limit);
        if let Some(task) = self.ahead.take(url, &q) {
            return Some(task.await.unwrap_or_else(|e| {
                Err(Error::protocol(
                    Service::Taxii,
                    format!(
                        "{}: the read-ahead request failed: {e}",
                        self.endpoint_name()
                    ),
                ))
            }));
        }
        {
            let mut book = self.book();
            if !book.issued.contains(token) || !book.spent.insert(token.to_string()) {
                return None;
            }
        }
        Some(self.collection.taxii.get_once(url.clone(), &q).await)
    }

    pub(super) fn with_limit(
        &self,
        mut q: Vec<(String, String)>,
        limit: u32,
    ) -> Vec<(String, String)> {
        // Always send a limit: some servers (medallion) fail a `next` request without one.
        q.push(("limit".to_string(), limit.to_string()));
        q
    }

    /// A `next` request: the filters of the request that opened the session, plus the token.
    fn next_query(&self, raw_token: &str, limit: u32) -> Vec<(String, String)> {
        let session = self.book().session_after.clone();
        let mut q = self.with_limit(self.filter.query(session.as_deref()), limit);
        q.push(("next".to_string(), raw_token.to_string()));
        q
    }

    /// Parses a response, drops what was already fetched (after an
    /// `added_after` request) and works out the next cursor. `fallback` is
    /// where the listing continues when a token fails.
    pub(super) async fn read(
        &self,
        resp: Response,
        sent: Sent,
        fallback: Option<String>,
        limit: u32,
    ) -> Result<Read<T>> {
        let (_, headers, body) = resp;
        if self.ahead.allowed.load(Ordering::Relaxed) {
            // The request the next fetch will send, sent now so that the
            // server prepares that page while this one is parsed.
            if let (Some(raw), Some(url)) = (next_before_items(&body), self.url.get()) {
                self.send_ahead(url, &sent, &raw, limit).await;
            }
        }
        let context = match &sent {
            Sent::Token(t) => format!("{} page at next {}", self.endpoint_name(), split_token(t).0),
            Sent::After(Some(a)) => format!("{} page at added_after {a}", self.endpoint_name()),
            Sent::After(None) => format!("{} page at start", self.endpoint_name()),
        };
        let parsed = T::parse_page(body, self.malformed, &context)?;
        let received = parsed.received;
        let skipped = parsed.skipped.len();
        let mut items = parsed.items;
        let last = date_added_last(&headers).map(str::to_owned);
        let dropped = {
            let book = self.book();
            if book.rereading {
                book.delivered.retain(&mut items)
            } else {
                0
            }
        };
        let keys = Boundary::of(&items);
        let used_after = match &sent {
            Sent::After(a) => a.clone(),
            Sent::Token(_) => None,
        };
        let resume = last.as_deref().map(reread_from);
        let fallback = resume.clone().or(fallback);
        let advanced = match (&resume, &used_after) {
            (Some(r), Some(u)) => later(r, u),
            (Some(_), None) => true,
            (None, _) => false,
        };
        let mut stall = None;
        let next = match (parsed.more, parsed.next) {
            (Some(true), Some(token)) => Cursor::Taxii {
                next: Some(cursor_token(&sent, token)),
                added_after: fallback,
            },
            (Some(true), None) => match resume {
                Some(r) if advanced => Cursor::Taxii {
                    next: None,
                    added_after: Some(r),
                },
                Some(_) => {
                    stall = Some(Stall::Full);
                    Cursor::Done
                }
                None => {
                    return Err(Error::protocol(
                        Service::Taxii,
                        format!(
                            "{}: the server says more=true but sent neither next nor X-TAXII-Date-Added-Last, so the listing cannot continue",
                            self.endpoint_name()
                        ),
                    ))
                }
            },
            // A bundle has no `more`: keep asking from the last date added
            // (re-reading its group) until a page brings nothing new.
            (None, _) if parsed.bundle && received > 0 => match resume {
                Some(r) if advanced => Cursor::Taxii {
                    next: None,
                    added_after: Some(r),
                },
                Some(_) => {
                    stall = Some(if received >= limit as usize {
                        Stall::Full
                    } else {
                        Stall::Short
                    });
                    Cursor::Done
                }
                None => {
                    tracing::warn!(
                        endpoint = %self.endpoint_name(),
                        "a bundle without X-TAXII-Date-Added-Last: cannot page further"
                    );
                    Cursor::Done
                }
            },
            _ => Cursor::Done,
        };
        Ok(Read {
            items,
            headers,
            received,
            skipped,
            dropped,
            keys,
            last,
            next,
            stall,
            advanced,
        })
    }

    /// Accepts a page: remembers its keys and its `next` token, counts it.
    pub(super) fn take(&self, read: Read<T>) -> RawPage<T> {
        {
            let mut book = self.book();
            if book.rereading {
                if let (Some(l), Some(at)) = (&read.last, &book.delivered.boundary_at) {
                    if later(l, at) {
                        book.rereading = false;
                    }
                }
            }
            book.delivered.add_keys(read.last.as_deref(), read.keys);
            if let Cursor::Taxii { next: Some(t), .. } = &read.next {
                book.issued.insert(t.clone());
            }
        }
        let c = &self.stats.0;
        c.malformed_skipped
            .fetch_add(read.skipped as u64, Ordering::Relaxed);
        c.duplicates_dropped
            .fetch_add(read.dropped as u64, Ordering::Relaxed);
        c.pages.fetch_add(1, Ordering::Relaxed);
        c.objects
            .fetch_add(read.items.len() as u64, Ordering::Relaxed);
        RawPage {
            items: read.items,
            next: read.next,
            headers: read.headers,
            total: None,
        }
    }

    /// Sends the request for the page after this one now (read-ahead), so that
    /// the server prepares it while this one is parsed. Its token counts as
    /// sent from here on.
    async fn send_ahead(&self, url: &Url, sent: &Sent, raw: &str, limit: u32) {
        let token = cursor_token(sent, raw.to_string());
        {
            let mut book = self.book();
            if !book.spent.insert(token.clone()) {
                return;
            }
            book.issued.insert(token);
        }
        let q = self.next_query(raw, limit);
        self.ahead.send(&self.collection.taxii, url, q).await;
    }

    pub(super) fn endpoint_name(&self) -> String {
        format!("collection {} {}", self.collection.id, self.suffix)
    }
}

/// The form a `next` token takes in a cursor: as the server sent it, or with
/// a page mark when the server keeps one token for a whole session (medallion
/// does), so that the paginator's repeat guard sees the listing advance. The
/// mark is never sent.
fn cursor_token(sent: &Sent, token: String) -> String {
    match sent {
        Sent::Token(prev) => {
            let (raw, n) = split_token(prev);
            if raw == token {
                format!("{token}{TOKEN_MARK}{}", n + 1)
            } else {
                token
            }
        }
        Sent::After(_) => token,
    }
}

/// Separates a server's `next` token from the page mark the client adds when
/// a server reuses one token for a whole session.
const TOKEN_MARK: char = '\u{1f}';

/// The token to send, and the page mark (0 when none).
pub(super) fn split_token(t: &str) -> (&str, u64) {
    match t.rsplit_once(TOKEN_MARK) {
        Some((raw, n)) => (raw, n.parse().unwrap_or(0)),
        None => (t, 0),
    }
}
