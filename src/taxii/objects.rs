//! Paged TAXII requests (objects, one object's versions, manifest, version
//! lists) on the shared [`Paginator`].
//!
//! Paging follows TAXII 2.1: while `more` is true, repeat the same query with
//! `next` when the server gave one, else with `added_after` = the
//! `X-TAXII-Date-Added-Last` response header. STIX bundles (SOC Defenders) have
//! no `more`: the client keeps asking with `added_after` until a page brings
//! nothing new. A page smaller than `limit` is normal (servers clamp it). A
//! `next` token the server rejects (expired sessions) is replaced by
//! `added_after` = the last `X-TAXII-Date-Added-Last` seen, so the listing
//! goes on without loss and without starting over. Objects re-read at an
//! `added_after` boundary are dropped by `(id, modified)`.

use std::collections::HashSet;
use std::fmt;
use std::marker::PhantomData;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

use bytes::Bytes;
use futures::future::BoxFuture;
use http::HeaderMap;
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;
use serde_json::Value;
use url::Url;

use super::stix::{self, Malformed, StixObject};
use super::{check_segment, decode, Collection, ManifestRecord};
use crate::error::{Error, Result, Service};
use crate::paging::{
    Background, Cursor, ItemStream, Page, PageSource, PageStream, Paginator, RawPage,
};

/// `X-TAXII-Date-Added-First` of a page's response, when present.
pub fn date_added_first(headers: &HeaderMap) -> Option<&str> {
    headers
        .get(super::DATE_ADDED_FIRST)
        .and_then(|v| v.to_str().ok())
}

/// `X-TAXII-Date-Added-Last` of a page's response, when present.
pub fn date_added_last(headers: &HeaderMap) -> Option<&str> {
    headers
        .get(super::DATE_ADDED_LAST)
        .and_then(|v| v.to_str().ok())
}

/// The filters of a request (what a checkpoint records as its identity).
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub(crate) struct Filter {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) added_after: Option<String>,
    #[serde(skip)]
    pub(crate) limit: Option<u32>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub(crate) match_id: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub(crate) match_type: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub(crate) match_version: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub(crate) match_spec_version: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) type_param: Option<String>,
}

impl Filter {
    /// The query without `limit` and `next`, with `added_after` as given.
    fn query(&self, added_after: Option<&str>) -> Vec<(String, String)> {
        let mut q = Vec::new();
        if let Some(a) = added_after {
            q.push(("added_after".to_string(), a.to_string()));
        }
        for (k, v) in [
            ("match[id]", &self.match_id),
            ("match[type]", &self.match_type),
            ("match[version]", &self.match_version),
            ("match[spec_version]", &self.match_spec_version),
        ] {
            if !v.is_empty() {
                q.push((k.to_string(), v.join(",")));
            }
        }
        if let Some(t) = &self.type_param {
            q.push(("type".to_string(), t.clone()));
        }
        q
    }
}

/// Checks a `match[version]` value: `first`, `last`, `all` or RFC 3339 timestamps, comma-separated.
pub(crate) fn check_version_filter(v: &str) -> Result<()> {
    for part in v.split(',') {
        let part = part.trim();
        if !matches!(part, "first" | "last" | "all") {
            stix::parse_rfc3339(part).map_err(|_| {
                Error::invalid_input(format!(
                    "match[version] {part:?}: use first, last, all or an RFC 3339 timestamp"
                ))
            })?;
        }
    }
    Ok(())
}

/// One page of a TAXII response body, as an [`EnvelopeItem`] parses it.
#[derive(Debug)]
pub struct ParsedPage<T> {
    /// `more`, when the body has it (bundles do not).
    pub more: Option<bool>,
    /// `next`, when present.
    pub next: Option<String>,
    /// Whether the body was a STIX bundle (SOC Defenders) rather than an envelope.
    pub bundle: bool,
    /// Items the server sent (before any malformed object was skipped).
    pub received: usize,
    /// The items.
    pub items: Vec<T>,
    /// Malformed objects skipped (index in the page, reason).
    pub skipped: Vec<(usize, String)>,
}

/// An item of a paged TAXII resource: STIX objects (`objects`), manifest
/// records (`objects`) or versions (`versions`).
pub trait EnvelopeItem: Sized + Send + 'static {
    /// Parses one response body.
    fn parse_page(body: Bytes, policy: Malformed, context: &str) -> Result<ParsedPage<Self>>;
    /// The `(id, version)` used to drop re-read objects at an `added_after` boundary.
    fn dedupe_key(&self) -> Option<(&str, Option<&str>)> {
        None
    }
}

/// A TAXII envelope or a STIX bundle, its `objects` read as `O`.
#[derive(Deserialize)]
#[serde(bound(deserialize = "'de: 'a, O: Deserialize<'de>"))]
struct Envelope<'a, O> {
    #[serde(rename = "type", borrow, default)]
    kind: Option<std::borrow::Cow<'a, str>>,
    #[serde(default)]
    more: Option<bool>,
    #[serde(default)]
    next: Option<Value>,
    #[serde(default)]
    objects: Option<O>,
}

fn next_token(v: Option<Value>) -> Option<String> {
    match v? {
        Value::String(s) if !s.is_empty() => Some(s),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

fn empty_to_object(body: Bytes) -> Bytes {
    if body.iter().all(u8::is_ascii_whitespace) {
        Bytes::from_static(b"{}")
    } else {
        body
    }
}

impl EnvelopeItem for StixObject {
    fn parse_page(body: Bytes, policy: Malformed, context: &str) -> Result<ParsedPage<Self>> {
        let body = empty_to_object(body);
        // The page's text, which its objects share (taken over from the body
        // without a copy when nothing else holds it; a str: parsed without
        // re-checking UTF-8 and sliced without copying).
        let page = Arc::new(
            String::from_utf8(Vec::from(body))
                .map_err(|e| Error::decode(Service::Taxii, e.utf8_error(), e.as_bytes()))?,
        );
        // One pass over the page when it is plain (as pages nearly always are);
        // otherwise, or on any error, `careful_page`, which says exactly what
        // is wrong.
        if let Ok(env) = serde_json::from_str::<Envelope<'_, Vec<stix::Seen<'_>>>>(&page) {
            if env.kind.as_deref().is_none_or(|k| k == "bundle") {
                let seen = env.objects.unwrap_or_default();
                let received = seen.len();
                if let Some(done) = stix::parse_seen(&page, seen, policy, context) {
                    let (items, skipped) = done?;
                    return Ok(ParsedPage {
                        more: env.more,
                        next: next_token(env.next),
                        bundle: env.kind.is_some(),
                        received,
                        items,
                        skipped,
                    });
                }
            }
        }
        careful_page(&page, policy, context)
    }

    fn dedupe_key(&self) -> Option<(&str, Option<&str>)> {
        Some(self.key_ref())
    }
}

/// A page of STIX objects parsed element by element (each object checked on
/// its own, so that the error names what is wrong).
fn careful_page(
    page: &Arc<String>,
    policy: Malformed,
    context: &str,
) -> Result<ParsedPage<StixObject>> {
    let body = page.as_bytes();
    let env: Envelope<'_, Vec<&RawValue>> =
        serde_json::from_str(page).map_err(|e| Error::decode(Service::Taxii, e, body))?;
    let bundle = env.kind.as_deref() == Some("bundle");
    if let Some(k) = env.kind.as_deref().filter(|k| *k != "bundle") {
        return Err(Error::decode(
            Service::Taxii,
            format!("expected a TAXII envelope or a STIX bundle, got a {k:?} object"),
            body,
        ));
    }
    let raw = env.objects.unwrap_or_default();
    let received = raw.len();
    let (items, skipped) = stix::parse_objects_in(page, raw, policy, context)?;
    Ok(ParsedPage {
        more: env.more,
        next: next_token(env.next),
        bundle,
        received,
        items,
        skipped,
    })
}

impl EnvelopeItem for ManifestRecord {
    fn parse_page(body: Bytes, _: Malformed, _: &str) -> Result<ParsedPage<Self>> {
        #[derive(Deserialize)]
        struct M {
            #[serde(default)]
            more: Option<bool>,
            #[serde(default)]
            next: Option<Value>,
            #[serde(default)]
            objects: Vec<ManifestRecord>,
        }
        let m: M = decode(&body)?;
        Ok(ParsedPage {
            more: m.more,
            next: next_token(m.next),
            bundle: false,
            received: m.objects.len(),
            items: m.objects,
            skipped: Vec::new(),
        })
    }
}

impl EnvelopeItem for String {
    fn parse_page(body: Bytes, _: Malformed, _: &str) -> Result<ParsedPage<Self>> {
        #[derive(Deserialize)]
        struct V {
            #[serde(default)]
            more: Option<bool>,
            #[serde(default)]
            next: Option<Value>,
            #[serde(default)]
            versions: Vec<String>,
        }
        let v: V = decode(&body)?;
        Ok(ParsedPage {
            more: v.more,
            next: next_token(v.next),
            bundle: false,
            received: v.versions.len(),
            items: v.versions,
            skipped: Vec::new(),
        })
    }
}

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

/// The `(id, version)` pairs of one page's objects, remembered to drop the
/// objects a server re-reads at an `added_after` boundary.
///
/// Kept as one string, a line per object (`id`, then a tab and the version
/// when the object has one; `\`, tab and newline escaped), so that
/// remembering a page of a thousand objects, and checkpointing it, costs one
/// allocation instead of thousands. In a checkpoint it is that string; the
/// earlier form, an array of `[id, version]` pairs, is still read.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Boundary(String);

impl Boundary {
    /// The keys of `items` (those that have one).
    pub(crate) fn of<T: EnvelopeItem>(items: &[T]) -> Boundary {
        let mut text = String::new();
        for (id, version) in items.iter().filter_map(T::dedupe_key) {
            push_key(&mut text, id, version);
        }
        Boundary(text)
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Drops the items whose key is in the boundary (the lookup set is built
    /// per call: it is only needed at a boundary).
    fn retain<T: EnvelopeItem>(&self, items: &mut Vec<T>) {
        let set: HashSet<&str> = self.0.lines().collect();
        let mut line = String::new();
        items.retain(|it| {
            let Some((id, version)) = it.dedupe_key() else {
                return true;
            };
            line.clear();
            push_key(&mut line, id, version);
            !set.contains(line.trim_end_matches('\n'))
        });
    }
}

fn push_key(out: &mut String, id: &str, version: Option<&str>) {
    fn escaped(out: &mut String, s: &str) {
        if memchr::memchr3(b'\\', b'\t', b'\n', s.as_bytes()).is_none() {
            out.push_str(s);
            return;
        }
        for c in s.chars() {
            match c {
                '\\' => out.push_str("\\\\"),
                '\t' => out.push_str("\\t"),
                '\n' => out.push_str("\\n"),
                c => out.push(c),
            }
        }
    }
    escaped(out, id);
    if let Some(v) = version {
        out.push('\t');
        escaped(out, v);
    }
    out.push('\n');
}

impl Serialize for Boundary {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        s.serialize_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for Boundary {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Form {
            Text(String),
            Pairs(Vec<(String, Option<String>)>),
        }
        Ok(match Form::deserialize(d)? {
            Form::Text(t) => Boundary(t),
            Form::Pairs(pairs) => {
                let mut text = String::new();
                for (id, version) in &pairs {
                    push_key(&mut text, id, version.as_deref());
                }
                Boundary(text)
            }
        })
    }
}

/// The keys of the objects handed out that a re-read of the `added_after`
/// boundary may return again: those of the last page, and of the pages
/// before it while their `X-TAXII-Date-Added-Last` reaches the point a
/// re-read starts from ([`reread_from`]), so a group of objects sharing one
/// `date_added` across several pages is covered whole. Pages without the
/// header are all kept (their times are unknown).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct Delivered {
    /// The keys.
    #[serde(default)]
    pub(crate) boundary: Boundary,
    /// The latest `X-TAXII-Date-Added-Last` of the pages kept.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) boundary_at: Option<String>,
}

impl Delivered {
    /// Adds a page handed out: `last` is its `X-TAXII-Date-Added-Last`.
    pub(crate) fn add_page<T: EnvelopeItem>(&mut self, last: Option<&str>, items: &[T]) {
        self.add_keys(last, Boundary::of(items));
    }

    fn add_keys(&mut self, last: Option<&str>, keys: Boundary) {
        let keep = match (last, self.boundary_at.as_deref()) {
            (Some(l), Some(at)) => !later(&reread_from(l), at),
            _ => true,
        };
        if keep {
            self.boundary.0.push_str(&keys.0);
        } else {
            self.boundary = keys;
        }
        if let Some(l) = last {
            if self.boundary_at.as_deref().is_none_or(|at| later(l, at)) {
                self.boundary_at = Some(l.to_string());
            }
        }
    }

    /// Drops the items already handed out; returns how many.
    fn retain<T: EnvelopeItem>(&self, items: &mut Vec<T>) -> usize {
        if self.boundary.is_empty() {
            return 0;
        }
        let before = items.len();
        self.boundary.retain(items);
        before - items.len()
    }
}

/// What a listing remembers from page to page (shared by its fetches).
#[derive(Debug, Default)]
struct Book {
    /// The `added_after` of the request that opened the current `next`
    /// session: later pages of the session repeat it.
    session_after: Option<String>,
    /// The keys of the objects fetched from the point a re-read would start.
    delivered: Delivered,
    /// The `next` tokens (as cursors carry them) this listing received.
    issued: HashSet<String>,
    /// The `next` tokens already sent: a token is never sent twice.
    spent: HashSet<String>,
    /// Where a fetch from the first cursor got to through pages that held
    /// only re-read objects: a retry of that fetch goes on from the second.
    forward: Option<(Cursor, Cursor)>,
    /// Whether pages may still hold objects already handed out: from a
    /// request by `added_after` until a page ends after every object kept in
    /// `delivered` (pages come in `date_added` order).
    rereading: bool,
}

/// The [`PageSource`] of a paged TAXII resource.
pub struct EnvelopeSource<T> {
    collection: Collection,
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
struct ReadAhead {
    allowed: AtomicBool,
    slot: Mutex<Option<Ahead>>,
}

type Response = (u16, HeaderMap, Bytes);

impl ReadAhead {
    /// Sends `query` to `url` now, in a task of its own, for a later
    /// [`take`](Self::take) (no-op without a tokio runtime).
    async fn send(&self, client: &super::Taxii, url: &Url, query: Vec<(String, String)>) {
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

/// The `next` token of an envelope whose `more` is true, read without parsing
/// the envelope, when both come before anything else in it (as servers
/// commonly write them; medallion sorts its keys). `None` in every other case,
/// and then nothing is read ahead.
fn next_before_items(body: &[u8]) -> Option<String> {
    let ws = |mut i: usize| {
        while body.get(i).is_some_and(u8::is_ascii_whitespace) {
            i += 1;
        }
        i
    };
    let mut i = ws(0);
    if body.get(i) != Some(&b'{') {
        return None;
    }
    let (mut more, mut next) = (false, None);
    loop {
        i = ws(i + 1);
        if body.get(i) != Some(&b'"') {
            break;
        }
        let end = i + 1 + memchr::memchr2(b'"', b'\\', body.get(i + 1..)?)?;
        let key = &body[i + 1..end];
        i = ws(end + 1);
        if body.get(i) != Some(&b':') || body[end] != b'"' {
            return None;
        }
        i = ws(i + 1);
        let rest = body.get(i..)?;
        match key {
            b"more" if rest.starts_with(b"true") => (more, i) = (true, i + 4),
            b"more" if rest.starts_with(b"false") => return None,
            b"next" if rest.first() == Some(&b'"') => {
                let len = memchr::memchr2(b'"', b'\\', &rest[1..])?;
                if rest[1 + len] != b'"' || len == 0 {
                    return None;
                }
                next = Some(std::str::from_utf8(&rest[1..1 + len]).ok()?.to_owned());
                i += len + 2;
            }
            b"next" => {
                let len = rest.iter().take_while(|b| b.is_ascii_digit()).count();
                let end = rest.get(len).copied().unwrap_or(b'}');
                if len == 0 || !(end == b',' || end == b'}' || end.is_ascii_whitespace()) {
                    return None;
                }
                next = Some(std::str::from_utf8(&rest[..len]).ok()?.to_owned());
                i += len;
            }
            _ => break,
        }
        i = ws(i);
        if body.get(i) != Some(&b',') {
            break;
        }
    }
    if more {
        next
    } else {
        None
    }
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
    fn book(&self) -> std::sync::MutexGuard<'_, Book> {
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
enum Sent {
    /// With a `next` token (the cursor's form, page mark included).
    Token(String),
    /// With `added_after` (or none: from the start).
    After(Option<String>),
}

/// A response read but not yet taken: nothing is remembered (keys, tokens,
/// counters) until [`EnvelopeSource::take`] accepts it.
struct Read<T> {
    items: Vec<T>,
    headers: HeaderMap,
    received: usize,
    skipped: usize,
    dropped: usize,
    keys: Boundary,
    /// `X-TAXII-Date-Added-Last`.
    last: Option<String>,
    next: Cursor,
    /// Set when the page cannot get past the `date_added` group it ends with.
    stall: Option<Stall>,
    /// Whether the page ends later than the re-read point it was asked from.
    advanced: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Stall {
    /// The page is full (or the server says more): a larger page may get past.
    Full,
    /// A bundle smaller than asked: the end, unless the server clamps pages.
    Short,
}

/// The largest page asked for to get past a group of objects sharing one
/// `date_added`.
const MAX_GROWN_LIMIT: u32 = 10_000;

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

    /// A page by `added_after`. When the page cannot get past the group of
    /// objects sharing its last `date_added`, asks again with a larger page;
    /// when that cannot help, stops with an error rather than skip the rest
    /// of the group.
    ///
    /// `instead_of_token`: the page replaces one a `next` token could not
    /// fetch. Its own token may fail the same way, so it must get past the
    /// group it starts in by itself.
    async fn by_time(
        &self,
        url: &Url,
        after: Option<String>,
        limit: u32,
        instead_of_token: bool,
    ) -> Result<RawPage<T>> {
        let client = &self.collection.taxii;
        let mut limit = limit;
        let mut grown_from: Option<usize> = None;
        let mut probed = false;
        let mut stalled_at: Option<String> = None;
        loop {
            let q = self.with_limit(self.filter.query(after.as_deref()), limit);
            let resp = match client.get_once(url.clone(), &q).await {
                Err(e) if grown_from.is_some() && matches!(e.status(), Some(400 | 413 | 422)) => {
                    return Err(self.tie_overflow(stalled_at.as_deref(), limit / 4, Some(&e)))
                }
                r => r?,
            };
            {
                let mut book = self.book();
                book.session_after = after.clone();
                book.rereading = after.is_some();
            }
            let read = self
                .read(resp, Sent::After(after.clone()), after.clone(), limit)
                .await?;
            let read = match read {
                // Not past its group: a larger page is needed.
                Read {
                    next: Cursor::Taxii { next: Some(_), .. },
                    last: Some(_),
                    advanced: false,
                    ..
                } if instead_of_token => Read {
                    stall: Some(Stall::Full),
                    ..read
                },
                read => read,
            };
            match read.stall {
                None => {}
                Some(Stall::Full) => {
                    if grown_from.is_some_and(|n| read.received <= n) || limit >= MAX_GROWN_LIMIT {
                        return Err(self.tie_overflow(
                            read.last.as_deref(),
                            read.received as u32,
                            None,
                        ));
                    }
                    grown_from = Some(read.received);
                    stalled_at = read.last.clone();
                    limit = limit.saturating_mul(4).min(MAX_GROWN_LIMIT);
                    tracing::debug!(
                        endpoint = %self.endpoint_name(),
                        added_after = after.as_deref().unwrap_or("(the start)"),
                        limit,
                        "the page ends inside a group of objects added at one time: asking for a larger page"
                    );
                    continue;
                }
                Some(Stall::Short) if !probed => {
                    // Is anything beyond the group? Servers that clamp pages
                    // below what was asked return a short page too.
                    probed = true;
                    let at = read.last.clone();
                    let q = self.with_limit(self.filter.query(at.as_deref()), 1);
                    let (_, headers, _) = client.get_once(url.clone(), &q).await?;
                    let beyond = match (date_added_last(&headers), at.as_deref()) {
                        (Some(l), Some(at)) => later(l, at),
                        _ => false,
                    };
                    if beyond {
                        // Ask again from the same place: a server that did not
                        // clamp now returns the newer objects too.
                        continue;
                    }
                    return Ok(self.take(Read {
                        next: Cursor::Done,
                        stall: None,
                        ..read
                    }));
                }
                Some(Stall::Short) => {
                    return Err(self.tie_overflow(
                        read.last.as_deref(),
                        read.received as u32,
                        None,
                    ));
                }
            }
            return Ok(self.take(read));
        }
    }

    fn tie_overflow(&self, at: Option<&str>, page: u32, cause: Option<&Error>) -> Error {
        let at = at.unwrap_or("(unknown)");
        let cause = cause.map_or(String::new(), |e| {
            format!(" (a larger page was refused: {e})")
        });
        Error::protocol(
            Service::Taxii,
            format!(
                "{}: more objects share date_added {at} than the server returns in one page ({page}){cause}; paging by added_after cannot get past them without skipping some, so the listing stops here (nothing was skipped)",
                self.endpoint_name()
            ),
        )
    }

    fn with_limit(&self, mut q: Vec<(String, String)>, limit: u32) -> Vec<(String, String)> {
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
    async fn read(
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
    fn take(&self, read: Read<T>) -> RawPage<T> {
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

    fn endpoint_name(&self) -> String {
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

/// The page size asked for when none is set (servers clamp it to their maximum;
/// SOC Defenders accepts up to 1000).
pub const DEFAULT_LIMIT: u32 = 1000;

/// Separates a server's `next` token from the page mark the client adds when
/// a server reuses one token for a whole session.
const TOKEN_MARK: char = '\u{1f}';

/// The token to send, and the page mark (0 when none).
fn split_token(t: &str) -> (&str, u64) {
    match t.rsplit_once(TOKEN_MARK) {
        Some((raw, n)) => (raw, n.parse().unwrap_or(0)),
        None => (t, 0),
    }
}

/// Whether timestamp `a` is after `b` (text comparison when either does not parse).
pub(crate) fn later(a: &str, b: &str) -> bool {
    match (stix::parse_rfc3339(a), stix::parse_rfc3339(b)) {
        (Ok(x), Ok(y)) => x > y,
        _ => a != b,
    }
}

/// The `added_after` that re-reads every object added at `ts`: one unit of
/// its last written digit earlier (`…00.123456Z` → `…00.123455Z`), so that a
/// server that treats `added_after` as strictly greater returns the whole
/// group of objects sharing `ts` again, and one that treats it as inclusive
/// returns nothing older than that group. What was already handed out is
/// dropped by `(id, version)`. A value that does not parse is kept as is.
pub(crate) fn reread_from(ts: &str) -> String {
    let Ok(t) = stix::parse_rfc3339(ts) else {
        return ts.to_string();
    };
    let digits = ts
        .split_once('.')
        .map_or(0, |(_, f)| f.bytes().take_while(u8::is_ascii_digit).count())
        .min(9);
    let unit = 10i64.pow(9 - digits as u32);
    let back = t - chrono::Duration::nanoseconds(unit);
    if digits == 0 {
        return back.format("%Y-%m-%dT%H:%M:%SZ").to_string();
    }
    let mut s = back.format("%Y-%m-%dT%H:%M:%S%.9f").to_string();
    s.truncate(20 + digits);
    s.push('Z');
    s
}

/// A paged TAXII request: set filters, then stream ([`pages`](Self::pages),
/// [`items`](Self::items)) or collect ([`all`](Self::all), [`first_page`](Self::first_page)).
///
/// Bad filters are reported as [`Error::InvalidInput`] by the first poll,
/// before any request is made.
pub struct ResourceRequest<T> {
    pub(crate) collection: Collection,
    suffix: String,
    pub(crate) filter: Filter,
    malformed: Malformed,
    invalid: Option<String>,
    _item: PhantomData<fn() -> T>,
}

/// `GET .../objects/` (or one object's versions).
pub type ObjectsRequest = ResourceRequest<StixObject>;

impl<T> fmt::Debug for ResourceRequest<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ResourceRequest")
            .field("collection", &self.collection.id)
            .field("suffix", &self.suffix)
            .field("filter", &self.filter)
            .field("malformed", &self.malformed)
            .finish()
    }
}

impl<T> Clone for ResourceRequest<T> {
    fn clone(&self) -> Self {
        ResourceRequest {
            collection: self.collection.clone(),
            suffix: self.suffix.clone(),
            filter: self.filter.clone(),
            malformed: self.malformed,
            invalid: self.invalid.clone(),
            _item: PhantomData,
        }
    }
}

impl ResourceRequest<StixObject> {
    pub(crate) fn new(collection: Collection) -> Self {
        Self::with_suffix(collection, "objects/".into(), None)
    }

    /// A delta poll with these filters; see [`Collection::poll`].
    ///
    /// ```no_run
    /// # async fn demo(taxii: secops::taxii::Taxii) -> secops::Result<()> {
    /// use futures::TryStreamExt;
    /// let store = secops::MemoryCheckpoints::new();
    /// let new: Vec<_> = taxii
    ///     .collection("soc-defenders-network")
    ///     .objects()
    ///     .match_version("all")
    ///     .limit(1000)
    ///     .poll(&store)
    ///     .try_collect()
    ///     .await?;
    /// # Ok(()) }
    /// ```
    pub fn poll<'a, S: crate::CheckpointStore + 'a>(self, store: S) -> super::DeltaPoll<'a> {
        super::DeltaPoll::new(self, Box::new(store))
    }

    /// A delta poll with these filters into a sink; see [`Collection::sync`].
    pub fn sync<'a>(
        self,
        sink: impl crate::Sink + 'a,
        store: impl crate::CheckpointStore + 'a,
    ) -> super::SyncBuilder<'a> {
        super::SyncBuilder::poll(self, sink, store)
    }

    pub(crate) fn for_object(collection: Collection, id: &str) -> Self {
        let invalid = stix::check_id(id).err().map(|e| e.to_string());
        Self::with_suffix(collection, format!("objects/{id}/"), invalid)
    }
}

impl ResourceRequest<ManifestRecord> {
    pub(crate) fn manifest(collection: Collection) -> Self {
        Self::with_suffix(collection, "manifest/".into(), None)
    }
}

impl ResourceRequest<String> {
    pub(crate) fn versions(collection: Collection, id: &str) -> Self {
        let invalid = stix::check_id(id).err().map(|e| e.to_string());
        Self::with_suffix(collection, format!("objects/{id}/versions/"), invalid)
    }
}

impl<T: EnvelopeItem> ResourceRequest<T> {
    fn with_suffix(collection: Collection, suffix: String, invalid: Option<String>) -> Self {
        let invalid = invalid.or_else(|| {
            check_segment("collection id", &collection.id)
                .err()
                .map(|e| e.to_string())
        });
        ResourceRequest {
            collection,
            suffix,
            filter: Filter::default(),
            malformed: Malformed::Fail,
            invalid,
            _item: PhantomData,
        }
    }

    fn fail(&mut self, e: Error) {
        if self.invalid.is_none() {
            self.invalid = Some(e.to_string());
        }
    }

    /// Only objects added after this RFC 3339 timestamp (exclusive).
    pub fn added_after(mut self, ts: impl AsRef<str>) -> Self {
        let ts = ts.as_ref().trim();
        match stix::parse_rfc3339(ts) {
            Ok(_) => self.filter.added_after = Some(ts.to_string()),
            Err(e) => self.fail(Error::invalid_input(format!("added_after: {e}"))),
        }
        self
    }

    /// Items per page to ask for (default [`DEFAULT_LIMIT`]; servers may send fewer).
    pub fn limit(mut self, n: u32) -> Self {
        if n == 0 {
            self.fail(Error::invalid_input("TAXII: limit must be at least 1"));
        } else {
            self.filter.limit = Some(n);
        }
        self
    }

    /// `match[id]` (repeat to add ids).
    pub fn match_id(mut self, id: impl AsRef<str>) -> Self {
        for id in id.as_ref().split(',') {
            match stix::check_id(id.trim()) {
                Ok(()) => self.filter.match_id.push(id.trim().to_string()),
                Err(e) => self.fail(e),
            }
        }
        self
    }

    /// `match[type]` (repeat to add types).
    pub fn match_type(mut self, t: impl AsRef<str>) -> Self {
        for t in t.as_ref().split(',') {
            if stix::is_valid_type(t.trim()) {
                self.filter.match_type.push(t.trim().to_string());
            } else {
                self.fail(Error::invalid_input(format!(
                    "match[type] {t:?} is not a valid STIX type"
                )));
            }
        }
        self
    }

    /// `match[version]`: `first`, `last` (the server's default), `all`, or timestamps.
    pub fn match_version(mut self, v: impl AsRef<str>) -> Self {
        match check_version_filter(v.as_ref()) {
            Ok(()) => self
                .filter
                .match_version
                .extend(v.as_ref().split(',').map(|s| s.trim().to_string())),
            Err(e) => self.fail(e),
        }
        self
    }

    /// `match[spec_version]` (e.g. `2.1`).
    pub fn match_spec_version(mut self, v: impl AsRef<str>) -> Self {
        for v in v.as_ref().split(',') {
            let v = v.trim();
            let ok = v.len() == 3
                && v.as_bytes()[1] == b'.'
                && v.as_bytes()[0].is_ascii_digit()
                && v.as_bytes()[2].is_ascii_digit();
            if ok {
                self.filter.match_spec_version.push(v.to_string());
            } else {
                self.fail(Error::invalid_input(format!(
                    "match[spec_version] {v:?}: expected a version such as 2.1"
                )));
            }
        }
        self
    }

    /// SOC Defenders' non-standard `type=` filter (e.g. `indicator`).
    pub fn type_filter(mut self, t: impl AsRef<str>) -> Self {
        let t = t.as_ref().trim();
        if stix::is_valid_type(t) {
            self.filter.type_param = Some(t.to_string());
        } else {
            self.fail(Error::invalid_input(format!(
                "type {t:?} is not a valid STIX type"
            )));
        }
        self
    }

    /// What to do with a malformed object in a page (default [`Malformed::Fail`]).
    pub fn on_malformed(mut self, policy: Malformed) -> Self {
        self.malformed = policy;
        self
    }

    /// The page source (for [`Paginator`]s built by hand).
    pub fn into_source(self) -> EnvelopeSource<T> {
        let book = Book {
            session_after: self.filter.added_after.clone(),
            ..Book::default()
        };
        EnvelopeSource {
            collection: self.collection,
            suffix: self.suffix,
            filter: self.filter,
            malformed: self.malformed,
            invalid: self.invalid,
            url: Arc::new(tokio::sync::OnceCell::new()),
            book: Arc::new(Mutex::new(book)),
            stats: StatsHandle::default(),
            ahead: Arc::default(),
            _item: PhantomData,
        }
    }

    /// A paginator with the client's retry policy and `limit` as the page size.
    /// It [prefetches](Paginator::prefetch): the next page downloads while the
    /// current one is used (TAXII pages can only be fetched one after another).
    pub fn into_paginator(self) -> Paginator<EnvelopeSource<T>> {
        let retry = self.collection.taxii.inner.core.retry.clone();
        let limit = self.filter.limit;
        let p = Paginator::new(self.into_source(), retry).prefetch(true);
        match limit {
            Some(l) => p.page_size(l),
            None => p,
        }
    }

    /// A lazy stream of pages (each with its `X-TAXII-Date-Added-*` headers:
    /// [`date_added_first`], [`date_added_last`]).
    pub fn pages(self) -> PageStream<T> {
        self.into_paginator().pages()
    }

    /// A lazy stream of items.
    pub fn items(self) -> ItemStream<T> {
        self.into_paginator().items()
    }

    /// The first page only.
    pub async fn first_page(self) -> Result<Page<T>> {
        use futures::StreamExt;
        match self
            .into_paginator()
            .prefetch(false)
            .max_items(u64::MAX)
            .pages()
            .next()
            .await
        {
            Some(p) => p,
            None => Err(Error::protocol(Service::Taxii, "no page was returned")),
        }
    }

    /// Every item of every page.
    pub async fn all(self) -> Result<Vec<T>> {
        use futures::TryStreamExt;
        self.items().try_collect().await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reread_steps_back_one_unit_of_the_last_written_digit() {
        assert_eq!(
            reread_from("2026-01-01T00:00:00.123456Z"),
            "2026-01-01T00:00:00.123455Z"
        );
        assert_eq!(
            reread_from("2026-01-01T00:00:00.000Z"),
            "2025-12-31T23:59:59.999Z"
        );
        assert_eq!(reread_from("2026-01-01T00:00:00Z"), "2025-12-31T23:59:59Z");
        assert_eq!(
            reread_from("2026-01-01T01:00:00.5+01:00"),
            "2026-01-01T00:00:00.4Z"
        );
        assert_eq!(reread_from("not a time"), "not a time");
    }

    #[test]
    fn delivered_keys_cover_a_group_across_pages() {
        let obj = |n: u32| {
            StixObject::from_json(&format!(
                "{{\"type\":\"tool\",\"id\":\"tool--8e2e2d2b-17d4-4cbf-938f-{n:012x}\",\"modified\":\"2026-01-01T00:00:00Z\"}}"
            ))
            .unwrap()
        };
        let mut d = Delivered::default();
        d.add_page(Some("2026-01-01T00:00:01.000000Z"), &[obj(1), obj(2)]);
        // The next page ends at the same time: both pages are kept.
        d.add_page(Some("2026-01-01T00:00:01.000000Z"), &[obj(3)]);
        assert_eq!(d.boundary.0.lines().count(), 3);
        // One microsecond later still reaches the group: kept.
        d.add_page(Some("2026-01-01T00:00:01.000001Z"), &[obj(4)]);
        assert_eq!(d.boundary.0.lines().count(), 4);
        // Later: only the new page can be re-read.
        d.add_page(Some("2026-01-01T00:00:02.000000Z"), &[obj(5)]);
        assert_eq!(d.boundary.0.lines().count(), 1);
        assert_eq!(
            d.boundary_at.as_deref(),
            Some("2026-01-01T00:00:02.000000Z")
        );
        // A page without the header: its times are unknown, so it is added.
        d.add_page(None, &[obj(6)]);
        assert_eq!(d.boundary.0.lines().count(), 2);
        let mut again = vec![obj(5), obj(6), obj(7)];
        assert_eq!(d.retain(&mut again), 2);
        assert_eq!(again.len(), 1);
    }

    #[test]
    fn tokens_marks_and_times() {
        assert_eq!(split_token("abc"), ("abc", 0));
        assert_eq!(split_token("abc\u{1f}3"), ("abc", 3));
        assert!(later("2026-01-01T00:00:01Z", "2026-01-01T00:00:00.999999Z"));
        assert!(!later("2026-01-01T00:00:00.000Z", "2026-01-01T00:00:00Z"));
        assert!(check_version_filter("first,last,all,2026-01-01T00:00:00Z").is_ok());
        assert!(check_version_filter("latest").is_err());
    }

    /// One element of a generated page: an object made of head properties
    /// (usually valid, sometimes not) and others, or something else.
    fn element() -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::prelude::*;
        let value = prop_oneof![
            6 => Just("\"indicator\"".to_string()),
            6 => any::<u64>().prop_map(|n| format!("\"indicator--8e2e2d2b-17d4-4cbf-938f-{:012x}\"", n & 0xffff_ffff_ffff)),
            3 => "[a-z0-9:. -]{0,12}".prop_map(|s| format!("{s:?}")),
            1 => Just("\"2026-05-16T08:21:30\\u002e1Z\"".to_string()),
            1 => Just("null".to_string()),
            1 => Just("17".to_string()),
            1 => Just("{\"a\": [1, \"}\"]}".to_string()),
        ];
        let key = prop_oneof![
            8 => prop::sample::select(vec!["type", "id", "spec_version", "created", "modified", "name", "pattern", "labels"]).prop_map(|k| format!("{k:?}")),
            1 => Just("\"i\\u0064\"".to_string()),
        ];
        let object = (prop::collection::vec((key, value), 0..9), any::<bool>()).prop_map(
            |(pairs, spaced)| {
                let sep = if spaced { " ,\n " } else { "," };
                let body: Vec<String> = pairs.iter().map(|(k, v)| format!("{k}:{v}")).collect();
                if spaced {
                    format!("{{ {} }}", body.join(sep))
                } else {
                    format!("{{{}}}", body.join(sep))
                }
            },
        );
        prop_oneof![
            12 => object,
            1 => Just("42".to_string()),
            1 => Just("[\"x\"]".to_string()),
            1 => Just("\"text\"".to_string()),
        ]
    }

    proptest::proptest! {
        /// The one-pass page parser reads exactly what the careful,
        /// element-by-element one reads (objects, heads, skips and errors).
        #[test]
        fn one_pass_pages_match_the_careful_path(
            elements in proptest::collection::vec(element(), 0..6),
            bundle in proptest::prelude::any::<bool>(),
            skip in proptest::prelude::any::<bool>(),
        ) {
            let objects = elements.join(", ");
            let text = if bundle {
                format!("{{\"type\":\"bundle\",\"id\":\"bundle--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f\",\"objects\":[{objects}]}}")
            } else {
                format!("{{\"more\":true,\"next\":\"t1\",\"objects\":[ {objects} ]}}")
            };
            let policy = if skip { Malformed::Skip } else { Malformed::Fail };
            let fast = StixObject::parse_page(Bytes::from(text.clone()), policy, "t");
            let careful = careful_page(&Arc::new(text.clone()), policy, "t");
            match (fast, careful) {
                (Ok(f), Ok(c)) => {
                    proptest::prop_assert_eq!((f.more, &f.next, f.bundle, f.received), (c.more, &c.next, c.bundle, c.received));
                    proptest::prop_assert_eq!(&f.skipped, &c.skipped);
                    let view = |o: &StixObject| (o.json().to_string(), o.object_type().to_string(), o.id().to_string(),
                        o.spec_version().map(str::to_string), o.created().map(str::to_string), o.modified().map(str::to_string));
                    let fv: Vec<_> = f.items.iter().map(view).collect();
                    let cv: Vec<_> = c.items.iter().map(view).collect();
                    proptest::prop_assert_eq!(fv, cv, "{}", text);
                }
                (Err(f), Err(c)) => proptest::prop_assert_eq!(f.to_string(), c.to_string()),
                (f, c) => proptest::prop_assert!(false, "{text}: one pass {:?}, careful {:?}", f.map(|p| p.items.len()), c.map(|p| p.items.len())),
            }
        }
    }

    #[test]
    fn next_token_read_ahead_of_the_envelope() {
        let t = |body: &str| next_before_items(body.as_bytes());
        assert_eq!(
            t(r#"{"more":true,"next":"abc","objects":[1]}"#).as_deref(),
            Some("abc")
        );
        assert_eq!(
            t(r#" { "next" : "abc" , "more" : true , "objects" : [] }"#).as_deref(),
            Some("abc")
        );
        assert_eq!(
            t(r#"{"more":true,"next":17,"objects":[]}"#).as_deref(),
            Some("17")
        );
        assert_eq!(t(r#"{"more":true,"next":"abc"}"#).as_deref(), Some("abc"));
        // Nothing to read ahead, or not read safely without a full parse.
        for body in [
            r#"{"more":false,"next":"abc","objects":[]}"#,
            r#"{"next":"abc","objects":[],"more":true}"#,
            r#"{"objects":[],"more":true,"next":"abc"}"#,
            r#"{"more":true,"next":"a\"b","objects":[]}"#,
            r#"{"more":true,"next":"","objects":[]}"#,
            r#"{"more":true,"next":1.5e3,"objects":[]}"#,
            r#"{"more":true,"next":null}"#,
            r#"{"m\u006fre":true,"next":"abc"}"#,
            r#"{"more":true,"objects":[]}"#,
            r#"{"more":true,"next":"abc"#,
            r#"{"more":tru"#,
            "[]",
            "",
        ] {
            assert_eq!(t(body), None, "{body}");
        }
    }

    #[test]
    fn boundaries_keep_exact_keys_and_read_the_earlier_form() {
        let obj = |id: &str, modified: Option<&str>| {
            let m = modified.map_or(String::new(), |m| format!(",\"modified\":{m:?}"));
            StixObject::from_json(&format!("{{\"type\":\"tool\",\"id\":\"tool--{id}\"{m}}}"))
                .unwrap()
        };
        const A: &str = "8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f";
        const B: &str = "8e2e2d2b-17d4-4cbf-938f-98ee46b3cd40";
        // Versions with the characters the text form escapes, and none.
        let page = vec![
            obj(A, Some("2026-01-01T00:00:00Z")),
            obj(A, Some("tab\there\\n")),
            obj(B, None),
        ];
        let b = Boundary::of(&page);
        assert_eq!(b.0.lines().count(), 3);
        // It survives a checkpoint, as one string.
        let text = serde_json::to_value(&b).unwrap();
        assert!(text.is_string());
        assert_eq!(serde_json::from_value::<Boundary>(text).unwrap(), b);
        // Only the same (id, version) pairs are dropped.
        let mut next = vec![
            obj(A, Some("2026-01-01T00:00:00Z")),
            obj(A, Some("tab\there\\n")),
            obj(A, Some("tab\there\n")),
            obj(A, Some("tab")),
            obj(A, None),
            obj(B, None),
            obj(B, Some("2026-01-01T00:00:00Z")),
        ];
        b.retain(&mut next);
        let left: Vec<_> = next.iter().map(|o| o.key()).collect();
        assert_eq!(
            left,
            vec![
                (format!("tool--{A}"), Some("tab\there\n".to_string())),
                (format!("tool--{A}"), Some("tab".to_string())),
                (format!("tool--{A}"), None),
                (
                    format!("tool--{B}"),
                    Some("2026-01-01T00:00:00Z".to_string())
                ),
            ]
        );
        // Checkpoints written before kept an array of pairs.
        let earlier = serde_json::json!([
            [format!("tool--{A}"), "2026-01-01T00:00:00Z"],
            [format!("tool--{B}"), null]
        ]);
        let e: Boundary = serde_json::from_value(earlier).unwrap();
        assert_eq!(e, Boundary::of(&[page[0].clone(), page[2].clone()]));
    }

    #[test]
    fn page_objects_read_their_own_part_and_detach() {
        let env = br#"{"objects":[{"type":"tool","id":"tool--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f","modified":"2026-01-01T00:00:00Z"}, {"type":"tool","id":"tool--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd40","name":"x"}]}"#;
        let p = StixObject::parse_page(Bytes::from_static(env), Malformed::Fail, "t").unwrap();
        let [a, b] = &p.items[..] else { panic!() };
        assert_eq!(
            b.json(),
            r#"{"type":"tool","id":"tool--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd40","name":"x"}"#
        );
        assert_eq!(a.modified(), Some("2026-01-01T00:00:00Z"));
        let d = a.detach();
        assert_eq!(
            (d.json(), d.id(), d.modified()),
            (a.json(), a.id(), a.modified())
        );
        drop(p);
        assert_eq!(d.object_type(), "tool");
    }

    #[test]
    fn envelopes_bundles_and_empty_bodies() {
        let p = StixObject::parse_page(Bytes::from_static(b"{}"), Malformed::Fail, "t").unwrap();
        assert_eq!((p.more, p.items.len(), p.bundle), (None, 0, false));
        let p = StixObject::parse_page(Bytes::from_static(b""), Malformed::Fail, "t").unwrap();
        assert!(p.items.is_empty());
        let env = br#"{"more":true,"next":17,"objects":[{"type":"tool","id":"tool--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f"}]}"#;
        let p = StixObject::parse_page(Bytes::from_static(env), Malformed::Fail, "t").unwrap();
        assert_eq!(
            (p.more, p.next.as_deref(), p.items.len()),
            (Some(true), Some("17"), 1)
        );
        let b = br#"{"type":"bundle","id":"bundle--12345678-1234-1234-1234-123456789abc","objects":[]}"#;
        assert!(
            StixObject::parse_page(Bytes::from_static(b), Malformed::Fail, "t")
                .unwrap()
                .bundle
        );
        let wrong =
            br#"{"type":"indicator","id":"indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f"}"#;
        assert!(StixObject::parse_page(Bytes::from_static(wrong), Malformed::Fail, "t").is_err());
        assert!(StixObject::parse_page(Bytes::from_static(b"[1]"), Malformed::Skip, "t").is_err());
        let mixed = br#"{"objects":[1,{"type":"tool","id":"tool--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f"},{"id":"x"}]}"#;
        let p = StixObject::parse_page(Bytes::from_static(mixed), Malformed::Skip, "t").unwrap();
        assert_eq!(p.items.len(), 1);
        assert_eq!(
            p.skipped.iter().map(|s| s.0).collect::<Vec<_>>(),
            vec![0, 2]
        );
        let v = String::parse_page(
            Bytes::from_static(br#"{"more":false,"versions":["a","b"]}"#),
            Malformed::Fail,
            "t",
        )
        .unwrap();
        assert_eq!(v.items, vec!["a", "b"]);
    }

    #[test]
    fn filter_query_order() {
        let f = Filter {
            added_after: Some("x".into()),
            limit: Some(5),
            match_id: vec!["a".into(), "b".into()],
            match_type: vec!["indicator".into()],
            match_version: vec!["all".into()],
            match_spec_version: vec!["2.1".into()],
            type_param: Some("indicator".into()),
        };
        let q = f.query(Some("2026-01-01T00:00:00Z"));
        let keys: Vec<&str> = q.iter().map(|(k, _)| k.as_str()).collect();
        assert_eq!(
            keys,
            vec![
                "added_after",
                "match[id]",
                "match[type]",
                "match[version]",
                "match[spec_version]",
                "type"
            ]
        );
        assert_eq!(q[1].1, "a,b");
        assert_eq!(q[0].1, "2026-01-01T00:00:00Z");
    }
}
