//! One list type for every paged Defendis endpoint.
//!
//! A [`List<T>`] carries the endpoint, the filters and the paging settings;
//! [`List::pages`] and [`List::items`] turn it into the crate's lazy streams
//! (through a [`Paginator`] over a [`ListSource`]), [`List::first_page`] fetches
//! one page and [`List::all`] every record. Filters are checked before any
//! request: bad ones are the first item of the stream.

use std::fmt;
use std::sync::{Arc, Mutex};

use chrono::NaiveDate;
use futures::future::BoxFuture;
use serde::de::DeserializeOwned;
use serde::Deserialize;

use super::generated::types::{self, Paging};
use super::window::{check_order, DateWindow};
use super::{check_bin, check_domain, check_email, check_id, check_text, withhold_body, Defendis};
use crate::error::{Error, Result, Service};
use crate::http::Resend;
use crate::paging::{
    Cursor, ItemStream, Page, PageSource, PageStream, Paginator, Plan, Position, RawPage,
};

/// The value a scoped endpoint is asked about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Scope {
    Domain(String),
    Email(String),
    Bin(String),
}

/// The filters of a list request.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Query {
    pub(crate) scope: Option<Scope>,
    pub(crate) group: Option<String>,
    pub(crate) keyword: Option<String>,
    pub(crate) from: Option<NaiveDate>,
    pub(crate) to: Option<NaiveDate>,
    pub(crate) search: Option<String>,
    pub(crate) sort_by: Option<String>,
    pub(crate) sort_order: Option<types::SortOrder>,
    pub(crate) watchlist_id: Option<String>,
    /// Raw lists only: the caller's own query pairs.
    pub(crate) extra: Vec<(String, String)>,
}

impl Query {
    /// The query pairs (without `page`/`pageSize`), in the spec's names.
    pub(crate) fn pairs(&self) -> Vec<(String, String)> {
        let mut out = Vec::new();
        match &self.scope {
            Some(Scope::Domain(v)) => out.push(("domain".into(), v.clone())),
            Some(Scope::Email(v)) => out.push(("email".into(), v.clone())),
            Some(Scope::Bin(v)) => out.push(("bin".into(), v.clone())),
            None => {}
        }
        let mut push = |k: &str, v: &Option<String>| {
            if let Some(v) = v {
                out.push((k.to_string(), v.clone()));
            }
        };
        push("group", &self.group);
        push("keyword", &self.keyword);
        push("fromDate", &self.from.map(|d| d.to_string()));
        push("toDate", &self.to.map(|d| d.to_string()));
        push("search", &self.search);
        push("sortBy", &self.sort_by);
        push("sortOrder", &self.sort_order.map(|o| o.to_string()));
        push("watchlistid", &self.watchlist_id);
        out.extend(self.extra.iter().cloned());
        out
    }

    /// The filter as stored in a checkpoint.
    pub(crate) fn to_json(&self) -> serde_json::Value {
        let map: serde_json::Map<String, serde_json::Value> = self
            .pairs()
            .into_iter()
            .map(|(k, v)| (k, serde_json::Value::String(v)))
            .collect();
        serde_json::Value::Object(map)
    }
}

/// What an endpoint requires and accepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Needs {
    Nothing,
    Domain,
    Email,
    Bin,
    GroupOrKeyword,
}

/// Fetches one page (one attempt) of a generated list operation.
pub(crate) type FetchFn<T> =
    fn(Defendis, Arc<Query>, u64, Option<u32>) -> BoxFuture<'static, Result<(Vec<T>, Paging)>>;

/// How a list fetches its pages.
pub(crate) enum Fetch<T> {
    /// A generated operation.
    Generated(FetchFn<T>),
    /// The escape hatch: a raw GET of a path.
    Raw(String),
}

impl<T> Clone for Fetch<T> {
    fn clone(&self) -> Self {
        match self {
            Fetch::Generated(f) => Fetch::Generated(*f),
            Fetch::Raw(p) => Fetch::Raw(p.clone()),
        }
    }
}

/// A typed list endpoint.
pub(crate) struct Endpoint<T> {
    pub(crate) name: &'static str,
    pub(crate) fetch: FetchFn<T>,
    pub(crate) needs: Needs,
    /// Accepts `fromDate`/`toDate`.
    pub(crate) window: bool,
    /// Accepts `watchlistid`.
    pub(crate) watchlist: bool,
}

/// A paged list request. Build it with the filter setters, then stream it
/// with [`pages`](Self::pages) / [`items`](Self::items), or fetch one page
/// with [`first_page`](Self::first_page), or all of it with [`all`](Self::all). Filters
/// are checked before any request: a bad one is the first item of the stream.
///
/// ```no_run
/// # async fn demo(defendis: secops::defendis::Defendis) -> secops::Result<()> {
/// use futures::TryStreamExt;
/// use secops::defendis::{DateWindow, SortOrder};
/// let mut pages = defendis
///     .dataleaks()
///     .documents("example.com")
///     .window(DateWindow::parse("2024-01-01", "2024-02-01")?)
///     .sort_order(SortOrder::Desc)
///     .page_size(100)
///     .pages();
/// while let Some(page) = pages.try_next().await? {
///     println!("{} documents, resume at {:?}", page.items.len(), page.next);
/// }
/// # Ok(()) }
/// ```
pub struct List<T> {
    client: Defendis,
    name: String,
    fetch: Fetch<T>,
    needs: Needs,
    window_ok: bool,
    watchlist_ok: bool,
    query: Query,
    page_size: Option<u32>,
    max_items: Option<u64>,
    concurrency: usize,
    start: Position,
    deferred: Option<String>,
}

impl<T> fmt::Debug for List<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("List")
            .field("endpoint", &self.name)
            .field("query", &self.query)
            .field("page_size", &self.page_size)
            .field("max_items", &self.max_items)
            .field("start", &self.start)
            .finish_non_exhaustive()
    }
}

impl<T: DeserializeOwned + Send + 'static> List<T> {
    pub(crate) fn new(client: Defendis, ep: Endpoint<T>, query: Query) -> Self {
        List {
            client,
            name: ep.name.to_string(),
            fetch: Fetch::Generated(ep.fetch),
            needs: ep.needs,
            window_ok: ep.window,
            watchlist_ok: ep.watchlist,
            query,
            page_size: None,
            max_items: None,
            concurrency: 1,
            start: Position::start(),
            deferred: None,
        }
    }

    pub(crate) fn raw(client: Defendis, path: &str, query: impl serde::Serialize) -> Self {
        let mut deferred = None;
        let p = path.trim();
        if p.is_empty() || p == "/" {
            deferred = Some("the path is empty".to_string());
        } else if p.contains("://") || p.starts_with("//") {
            deferred = Some(format!(
                "the path {p:?} is an absolute URL; give a path under the base URL (e.g. /api/v1/...)"
            ));
        } else if p.contains('?') || p.contains('#') {
            deferred = Some(format!(
                "the path {p:?} has a query; pass the query as the second argument"
            ));
        }
        let mut pairs: Vec<(String, String)> = Vec::new();
        match serde_urlencoded::to_string(&query) {
            Ok(s) => match serde_urlencoded::from_str::<Vec<(String, String)>>(&s) {
                Ok(p) => pairs = p,
                Err(e) => deferred = Some(format!("the query cannot be encoded: {e}")),
            },
            Err(e) => deferred = Some(format!("the query cannot be encoded: {e}")),
        }
        let mut page_size = None;
        let mut extra = Vec::new();
        for (k, v) in pairs {
            match k.as_str() {
                "page" => {
                    deferred = Some(
                        "do not put `page` in the query: the stream sets it (use resume_from to start later)"
                            .into(),
                    )
                }
                "pageSize" => match v.parse::<u32>() {
                    Ok(n) if n > 0 => page_size = Some(n),
                    _ => deferred = Some(format!("pageSize {v:?} is not a positive number")),
                },
                _ => extra.push((k, v)),
            }
        }
        List {
            client,
            name: p.trim_start_matches('/').to_string(),
            fetch: Fetch::Raw(format!("/{}", p.trim_start_matches('/'))),
            needs: Needs::Nothing,
            window_ok: true,
            watchlist_ok: true,
            query: Query {
                extra,
                ..Query::default()
            },
            page_size,
            max_items: None,
            concurrency: 1,
            start: Position::start(),
            deferred,
        }
    }

    /// A raw list of a known endpoint: its path, name, needs and filters.
    pub(crate) fn raw_endpoint(
        client: Defendis,
        path: &str,
        name: &str,
        needs: Needs,
        query: Query,
    ) -> Self {
        let mut list = List::raw(client, path, ());
        list.name = name.to_string();
        list.needs = needs;
        list.query = query;
        list
    }

    /// The date window `[from, to)` (`fromDate`, `toDate`).
    pub fn window(mut self, window: DateWindow) -> Self {
        self.query.from = Some(window.from());
        self.query.to = Some(window.to());
        self
    }

    /// Only records on or after `day` (`fromDate`, inclusive).
    pub fn from_date(mut self, day: NaiveDate) -> Self {
        self.query.from = Some(day);
        self
    }

    /// Only records before `day` (`toDate`, exclusive).
    pub fn to_date(mut self, day: NaiveDate) -> Self {
        self.query.to = Some(day);
        self
    }

    /// Free-text filter (`search`).
    pub fn search(mut self, text: impl Into<String>) -> Self {
        self.query.search = Some(text.into());
        self
    }

    /// The field to sort by (`sortBy`, endpoint-specific).
    pub fn sort_by(mut self, field: impl Into<String>) -> Self {
        self.query.sort_by = Some(field.into());
        self
    }

    /// The sort direction (`sortOrder`).
    pub fn sort_order(mut self, order: types::SortOrder) -> Self {
        self.query.sort_order = Some(order);
        self
    }

    /// Only the entries of one watchlist (`watchlistid`).
    pub fn watchlist_id(mut self, id: impl Into<String>) -> Self {
        self.query.watchlist_id = Some(id.into());
        self
    }

    /// Records per page to ask for (`pageSize`; the server may cap it).
    pub fn page_size(mut self, n: u32) -> Self {
        self.page_size = Some(n);
        if n == 0 {
            self.deferred = Some("pageSize must be at least 1".into());
        }
        self
    }

    /// Stops after `n` records in all.
    pub fn max_items(mut self, n: u64) -> Self {
        self.max_items = Some(n);
        self
    }

    /// Fetches up to `n` pages at once once the first page has told the
    /// total; records still come in order.
    pub fn concurrency(mut self, n: usize) -> Self {
        self.concurrency = n.max(1);
        self
    }

    /// Starts at a saved position (from [`ItemStream::position`] or a checkpoint).
    pub fn resume_from(mut self, position: Position) -> Self {
        self.start = position;
        self
    }

    /// The endpoint's name (`dataleaks/credentials`, or the raw path).
    pub fn endpoint(&self) -> &str {
        &self.name
    }

    pub(crate) fn query(&self) -> &Query {
        &self.query
    }

    pub(crate) fn query_mut(&mut self) -> &mut Query {
        &mut self.query
    }

    /// Checks the filters (before any request).
    pub fn validate(&self) -> Result<()> {
        let fail = |m: String| Err(Error::invalid_input(format!("Defendis {}: {m}", self.name)));
        if let Some(m) = &self.deferred {
            return fail(m.clone());
        }
        let q = &self.query;
        match (self.needs, &q.scope) {
            (Needs::Nothing | Needs::GroupOrKeyword, None) => {}
            (Needs::Domain, Some(Scope::Domain(d))) => check_domain(d)?,
            (Needs::Email, Some(Scope::Email(e))) => check_email(e)?,
            (Needs::Bin, Some(Scope::Bin(b))) => check_bin(b)?,
            (needs, scope) => return fail(format!("needs {needs:?}, got {scope:?}")),
        }
        if self.needs == Needs::GroupOrKeyword && q.group.is_none() && q.keyword.is_none() {
            return fail("give a ransomware group, a keyword, or both".into());
        }
        if let Some(g) = &q.group {
            check_text("group", g)?;
        }
        if let Some(k) = &q.keyword {
            check_text("keyword", k)?;
        }
        if (q.from.is_some() || q.to.is_some()) && !self.window_ok {
            return fail("this list takes no date window".into());
        }
        check_order(q.from, q.to)?;
        if let Some(w) = &q.watchlist_id {
            if !self.watchlist_ok {
                return fail("this list takes no watchlist id".into());
            }
            check_id("watchlist", w)?;
        }
        if let Some(s) = &q.search {
            check_text("search text", s)?;
        }
        if let Some(s) = &q.sort_by {
            check_text("sortBy field", s)?;
        }
        Ok(())
    }

    /// The source the paginator pulls from (the filters checked first).
    pub fn source(&self) -> Result<ListSource<T>> {
        self.validate()?;
        Ok(self.source_unchecked())
    }

    fn source_unchecked(&self) -> ListSource<T> {
        ListSource {
            client: self.client.clone(),
            name: self.name.clone(),
            fetch: self.fetch.clone(),
            query: Arc::new(self.query.clone()),
            total_pages: Arc::new(Mutex::new(None)),
        }
    }

    /// A [`Paginator`] with this list's settings; filters that do not pass
    /// [`validate`](Self::validate) make it yield that error first, before
    /// any request.
    pub fn paginator(&self) -> Paginator<ListSource<T>> {
        let mut p = Paginator::new(
            self.source_unchecked(),
            self.client.core().retry_policy().clone(),
        )
        .concurrency(self.concurrency)
        .resume_from(self.start.clone());
        if let Some(n) = self.page_size {
            p = p.page_size(n);
        }
        if let Some(n) = self.max_items {
            p = p.max_items(n);
        }
        match self.validate() {
            Ok(()) => p,
            Err(e) => p.refuse(e),
        }
    }

    /// A lazy stream of pages (nothing is fetched before it is polled; bad
    /// filters are its first item).
    pub fn pages(self) -> PageStream<T> {
        self.paginator().pages()
    }

    /// A lazy stream of records (bad filters are its first item).
    pub fn items(self) -> ItemStream<T> {
        self.paginator().items()
    }

    /// Fetches every record into memory (for small lists).
    pub async fn all(self) -> Result<Vec<T>> {
        self.paginator().all().await
    }

    /// Fetches one page: the first, or the one [`resume_from`](Self::resume_from)
    /// points at (an empty page when there is nothing).
    pub async fn first_page(self) -> Result<Page<T>> {
        self.paginator().first_page().await
    }
}

/// Where the next page starts after `paging`: [`Cursor::Done`] once
/// `hasMore` is false or `nextPage` is null.
pub(crate) fn next_cursor(paging: &Paging) -> Cursor {
    match (paging.has_more, paging.next_page) {
        (true, Some(n)) => Cursor::Page { page: n.get() },
        _ => Cursor::Done,
    }
}

/// The [`PageSource`] of a [`List`]: one attempt per page (the paginator retries).
pub struct ListSource<T> {
    client: Defendis,
    name: String,
    fetch: Fetch<T>,
    query: Arc<Query>,
    total_pages: Arc<Mutex<Option<u64>>>,
}

impl<T> fmt::Debug for ListSource<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ListSource")
            .field("endpoint", &self.name)
            .finish_non_exhaustive()
    }
}

fn page_number(service: Service, name: &str, cursor: &Cursor) -> Result<u64> {
    match cursor {
        Cursor::Start => Ok(1),
        Cursor::Page { page } if *page >= 1 => Ok(*page),
        other => Err(Error::protocol(
            service,
            format!("{name}: cannot fetch a page at {other} (Defendis pages by number from 1)"),
        )),
    }
}

#[derive(Deserialize)]
struct Envelope<T> {
    data: Vec<T>,
    paging: Paging,
}

async fn fetch_raw<T: DeserializeOwned>(
    client: Defendis,
    path: String,
    query: Arc<Query>,
    page: u64,
    page_size: Option<u32>,
) -> Result<(Vec<T>, Paging)> {
    let core = client.core();
    let url = core.url(&path)?;
    let mut pairs = query.pairs();
    pairs.push(("page".into(), page.to_string()));
    if let Some(n) = page_size {
        pairs.push(("pageSize".into(), n.to_string()));
    }
    let env: Envelope<T> = core
        .exchange(
            &path,
            Resend::Exchange,
            || async {
                core.build(
                    core.http()
                        .get(url.clone())
                        .header(http::header::ACCEPT, "application/json")
                        .query(&pairs),
                )
            },
            |a| {
                serde_json::from_slice(&a.body)
                    .map_err(|e| withhold_body(Error::decode(Service::Defendis, e, &a.body)))
            },
        )
        .await?;
    Ok((env.data, env.paging))
}

impl<T: DeserializeOwned + Send + 'static> PageSource for ListSource<T> {
    type Item = T;

    fn service(&self) -> Service {
        Service::Defendis
    }

    fn endpoint(&self) -> String {
        self.name.clone()
    }

    fn fetch(
        &self,
        cursor: Cursor,
        page_size: Option<u32>,
    ) -> BoxFuture<'static, Result<RawPage<T>>> {
        let page = page_number(Service::Defendis, &self.name, &cursor);
        let client = self.client.clone();
        let query = self.query.clone();
        let fetch = self.fetch.clone();
        let total_pages = self.total_pages.clone();
        Box::pin(async move {
            let page = page?;
            let (items, paging) = match fetch {
                Fetch::Generated(f) => f(client, query, page, page_size).await?,
                Fetch::Raw(path) => fetch_raw(client, path, query, page, page_size).await?,
            };
            *total_pages.lock().expect("total pages lock") = u64::try_from(paging.total_pages).ok();
            Ok(RawPage {
                items,
                next: next_cursor(&paging),
                headers: http::HeaderMap::new(),
                total: u64::try_from(paging.total_records).ok(),
            })
        })
    }

    fn lazy_plan(
        &self,
        first: &RawPage<T>,
        first_cursor: &Cursor,
        _page_size: Option<u32>,
    ) -> Result<Option<Plan>> {
        let Cursor::Page { page: next } = first.next else {
            return Ok(Some(Plan::list([])));
        };
        let current = match first_cursor {
            Cursor::Start => 1,
            Cursor::Page { page } => *page,
            _ => return Ok(None),
        };
        let Some(total) = *self.total_pages.lock().expect("total pages lock") else {
            return Ok(None);
        };
        // Only plan when the service pages the simple way (next = current + 1).
        if Some(next) != current.checked_add(1) || total < next {
            return Ok(None);
        }
        // Cursors are made as pages are handed out; an absurd total is refused.
        crate::limits::check_page_count(Service::Defendis, &self.endpoint(), total - next + 1)?;
        Ok(Some(Plan::pages(next, total)))
    }
}

/// Sets the optional filters of a generated list builder from a [`Query`].
macro_rules! apply_filters {
    ($b:ident, $q:ident; $($f:ident),*) => {
        $( $crate::defendis::list::apply_filters!(@one $b, $q, $f); )*
    };
    (@one $b:ident, $q:ident, search) => {
        if let Some(v) = &$q.search { $b = $b.search(v.clone()); }
    };
    (@one $b:ident, $q:ident, sort) => {
        if let Some(v) = &$q.sort_by { $b = $b.sort_by(v.clone()); }
        if let Some(v) = $q.sort_order { $b = $b.sort_order(v); }
    };
    (@one $b:ident, $q:ident, watchlist) => {
        if let Some(v) = &$q.watchlist_id { $b = $b.watchlistid(v.as_str()); }
    };
    (@one $b:ident, $q:ident, window) => {
        if let Some(v) = $q.from { $b = $b.from_date(v); }
        if let Some(v) = $q.to { $b = $b.to_date(v); }
    };
    (@one $b:ident, $q:ident, domain) => {
        if let Some($crate::defendis::list::Scope::Domain(v)) = &$q.scope { $b = $b.domain(v.as_str()); }
    };
    (@one $b:ident, $q:ident, email) => {
        if let Some($crate::defendis::list::Scope::Email(v)) = &$q.scope { $b = $b.email(v.clone()); }
    };
    (@one $b:ident, $q:ident, bin) => {
        if let Some($crate::defendis::list::Scope::Bin(v)) = &$q.scope { $b = $b.bin(v.as_str()); }
    };
    (@one $b:ident, $q:ident, group) => {
        if let Some(v) = &$q.group { $b = $b.group(v.as_str()); }
    };
    (@one $b:ident, $q:ident, keyword) => {
        if let Some(v) = &$q.keyword { $b = $b.keyword(v.as_str()); }
    };
}
pub(crate) use apply_filters;

/// Defines the one-attempt page fetch of a generated list operation.
macro_rules! list_fetch {
    ($fn_name:ident, $op:ident, $item:ty; $($f:ident),*) => {
        fn $fn_name(
            client: $crate::defendis::Defendis,
            query: ::std::sync::Arc<$crate::defendis::list::Query>,
            page: u64,
            page_size: Option<u32>,
        ) -> ::futures::future::BoxFuture<
            'static,
            $crate::Result<(Vec<$item>, $crate::defendis::generated::types::Paging)>,
        > {
            Box::pin(async move {
                let q = &*query;
                #[allow(unused_mut)]
                let mut b = client.once().$op().page(page);
                if let Some(n) = page_size {
                    b = b.page_size(u64::from(n));
                }
                $crate::defendis::list::apply_filters!(b, q; $($f),*);
                match b.send().await {
                    Ok(rv) => {
                        let env = rv.into_inner();
                        Ok((env.data, env.paging))
                    }
                    Err(e) => Err(client.convert(e).await),
                }
            })
        }
    };
}
pub(crate) use list_fetch;

#[cfg(test)]
mod tests {
    use super::*;
    use std::num::NonZeroU64;

    fn paging(has_more: bool, next: Option<u64>) -> Paging {
        Paging {
            current_page: 1,
            page_size: 50,
            total_records: 120,
            total_pages: 3,
            has_more,
            next_page: next.and_then(NonZeroU64::new),
        }
    }

    #[test]
    fn stops_on_has_more_false_or_null_next() {
        assert_eq!(
            next_cursor(&paging(true, Some(2))),
            Cursor::Page { page: 2 }
        );
        assert_eq!(next_cursor(&paging(false, Some(2))), Cursor::Done);
        assert_eq!(next_cursor(&paging(true, None)), Cursor::Done);
    }

    #[test]
    fn envelope_is_strict_and_records_loose() {
        let ok = r#"{"data":[{"id":"1","email":"a@x.com","new":{"k":1}}],
            "paging":{"currentPage":1,"pageSize":50,"totalRecords":1,"totalPages":1,"hasMore":false,"nextPage":null}}"#;
        let env: Envelope<types::LeakedCredential> = serde_json::from_str(ok).unwrap();
        assert_eq!(env.data[0].extra["new"], serde_json::json!({"k":1}));
        let missing_next = r#"{"data":[],"paging":{"currentPage":1,"pageSize":50,"totalRecords":0,"totalPages":0,"hasMore":false}}"#;
        assert!(serde_json::from_str::<Envelope<serde_json::Value>>(missing_next).is_err());
        let no_paging = r#"{"data":[]}"#;
        assert!(serde_json::from_str::<Envelope<serde_json::Value>>(no_paging).is_err());
    }
}
