//! Paged listings with typed filters.
//!
//! Every DefectDojo list endpoint answers `{count, next, previous, results}`
//! and pages with `limit`/`offset`; `next` is an absolute URL (or null) whose
//! `offset` becomes the next [`Cursor::Offset`]. A [`List`] holds one
//! endpoint's typed filter ([`FindingFilter`], [`ProductFilter`], ...) and
//! turns into the crate's [`Paginator`], so listings look the same as every
//! other service's:
//!
//! ```no_run
//! # async fn demo(dd: secops::defectdojo::DefectDojo) -> secops::Result<()> {
//! use futures::TryStreamExt;
//! use secops::defectdojo::Severity;
//! let mut findings = dd.findings().severity(Severity::High).active(true)
//!     .concurrency(6).items();
//! while let Some(f) = findings.try_next().await? {
//!     println!("{} {:?}", f.id, f.title);
//! }
//! # Ok(()) }
//! ```
//!
//! With [`List::concurrency`] above 1 the first page is fetched alone; its
//! `count` and the step between its offset and its `next` offset (the page size
//! the server really used, in case it clamps `limit`) give every remaining
//! offset, which are then fetched in parallel (bounded) and yielded in order.
//! Each page is retried on its own through the client's retry policy.

use std::fmt;
use std::sync::Arc;

use chrono::{DateTime, NaiveDate, Utc};
use futures::future::BoxFuture;
use futures::FutureExt;
use serde::{Deserialize, Serialize};

use super::generated::{self, types};
use super::DefectDojo;
use crate::config::HttpCore;
use crate::error::{Error, Result, Service};
use crate::paging::{
    Cursor, ItemStream, Page, PageSource, PageStream, Paginator, Plan, Position, RawPage,
};

/// The page size a [`List`] asks for unless told otherwise (DefectDojo's own default is 25).
pub const DEFAULT_PAGE_SIZE: u32 = 100;

/// One or more ids (or CWE numbers), sent comma-separated (`id=1,2,3`).
///
/// ```
/// use secops::defectdojo::Ids;
/// assert_eq!(Ids::from(7).0, vec![7]);
/// assert_eq!(Ids::from([1, 2]).0, vec![1, 2]);
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Ids(pub Vec<i64>);

impl From<i64> for Ids {
    fn from(v: i64) -> Self {
        Ids(vec![v])
    }
}
impl From<Vec<i64>> for Ids {
    fn from(v: Vec<i64>) -> Self {
        Ids(v)
    }
}
impl From<&[i64]> for Ids {
    fn from(v: &[i64]) -> Self {
        Ids(v.to_vec())
    }
}
impl<const N: usize> From<[i64; N]> for Ids {
    fn from(v: [i64; N]) -> Self {
        Ids(v.to_vec())
    }
}

/// One or more names (tags, ordering fields), sent comma-separated.
///
/// ```
/// use secops::defectdojo::Names;
/// assert_eq!(Names::from("ci").0, vec!["ci".to_string()]);
/// assert_eq!(Names::from(["-severity", "id"]).0.len(), 2);
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Names(pub Vec<String>);

impl From<&str> for Names {
    fn from(v: &str) -> Self {
        Names(vec![v.to_string()])
    }
}
impl From<String> for Names {
    fn from(v: String) -> Self {
        Names(vec![v])
    }
}
impl From<Vec<String>> for Names {
    fn from(v: Vec<String>) -> Self {
        Names(v)
    }
}
impl From<Vec<&str>> for Names {
    fn from(v: Vec<&str>) -> Self {
        Names(v.into_iter().map(str::to_owned).collect())
    }
}
impl<const N: usize> From<[&str; N]> for Names {
    fn from(v: [&str; N]) -> Self {
        Names(v.iter().map(|s| s.to_string()).collect())
    }
}

/// Turns a filter value into the generated client's parameter, and checks it.
pub(crate) trait ToParam {
    type Out;
    fn to_param(&self) -> Self::Out;
    fn check(&self, _endpoint: &str, _name: &str) -> Result<()> {
        Ok(())
    }
}

macro_rules! plain_param {
    ($($t:ty),*) => {$(
        impl ToParam for $t {
            type Out = $t;
            fn to_param(&self) -> $t {
                self.clone()
            }
        }
    )*};
}
plain_param!(bool, NaiveDate, DateTime<Utc>, types::EngagementStatus);

impl ToParam for i64 {
    type Out = i64;
    fn to_param(&self) -> i64 {
        *self
    }
    fn check(&self, endpoint: &str, name: &str) -> Result<()> {
        if *self <= 0 {
            return Err(Error::invalid_input(format!(
                "DefectDojo {endpoint}: filter `{name}` must be a positive number, got {self}"
            )));
        }
        Ok(())
    }
}

impl ToParam for String {
    type Out = String;
    fn to_param(&self) -> String {
        self.clone()
    }
    fn check(&self, endpoint: &str, name: &str) -> Result<()> {
        if self.trim().is_empty() {
            return Err(Error::invalid_input(format!(
                "DefectDojo {endpoint}: filter `{name}` is empty (leave it unset to match everything)"
            )));
        }
        Ok(())
    }
}

impl ToParam for types::Severity {
    type Out = String;
    fn to_param(&self) -> String {
        self.to_string()
    }
}

impl ToParam for Ids {
    type Out = String;
    fn to_param(&self) -> String {
        self.0
            .iter()
            .map(i64::to_string)
            .collect::<Vec<_>>()
            .join(",")
    }
    fn check(&self, endpoint: &str, name: &str) -> Result<()> {
        if self.0.is_empty() {
            return Err(Error::invalid_input(format!(
                "DefectDojo {endpoint}: filter `{name}` has no values"
            )));
        }
        if let Some(bad) = self.0.iter().find(|v| **v <= 0) {
            return Err(Error::invalid_input(format!(
                "DefectDojo {endpoint}: filter `{name}` takes positive numbers, got {bad}"
            )));
        }
        Ok(())
    }
}

impl ToParam for Names {
    type Out = String;
    fn to_param(&self) -> String {
        self.0.join(",")
    }
    fn check(&self, endpoint: &str, name: &str) -> Result<()> {
        if self.0.is_empty() {
            return Err(Error::invalid_input(format!(
                "DefectDojo {endpoint}: filter `{name}` has no values"
            )));
        }
        for v in &self.0 {
            if v.trim().is_empty() || v.contains(',') {
                return Err(Error::invalid_input(format!(
                    "DefectDojo {endpoint}: filter `{name}` value {v:?} is empty or contains a comma (values are sent comma-separated)"
                )));
            }
        }
        Ok(())
    }
}

/// One page of a listing as the generated client returned it.
#[doc(hidden)]
#[derive(Debug)]
pub struct Listing<T> {
    pub results: Vec<T>,
    pub count: i64,
    pub next: Option<String>,
}

/// A list endpoint's typed filter. Implemented by [`FindingFilter`],
/// [`ProductFilter`] and the other `*Filter` types of this module.
pub trait ListEndpoint: Clone + fmt::Debug + Serialize + Send + Sync + 'static {
    /// The records the endpoint lists.
    type Item: Send + 'static;

    /// The endpoint's name (`findings`), used in errors, logs and checkpoints.
    const ENDPOINT: &'static str;

    /// Checks the filter; a bad value is an [`Error::InvalidInput`] before any request.
    fn validate(&self) -> Result<()>;

    /// Fetches one page with the generated client (one attempt).
    #[doc(hidden)]
    fn fetch_page(
        &self,
        client: Arc<generated::Client>,
        offset: i64,
        limit: Option<i64>,
    ) -> BoxFuture<
        'static,
        std::result::Result<Listing<Self::Item>, generated::Error<types::ErrorBody>>,
    >;
}

macro_rules! dojo_filter {
    (
        $(#[$meta:meta])*
        $filter:ident => $item:ty, $endpoint:literal, $op:ident, validate = $validate:path {
            $( $(#[$fmeta:meta])* $field:ident : $fty:ty => $setter:ident ),* $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
        #[non_exhaustive]
        pub struct $filter {
            $(
                $(#[$fmeta])*
                #[serde(default, skip_serializing_if = "Option::is_none")]
                pub $field: Option<$fty>,
            )*
        }

        impl $filter {
            /// An empty filter (everything).
            pub fn new() -> Self {
                Self::default()
            }
            $(
                $(#[$fmeta])*
                pub fn $field(mut self, value: impl Into<$fty>) -> Self {
                    self.$field = Some(value.into());
                    self
                }
            )*
        }

        impl List<$filter> {
            $(
                $(#[$fmeta])*
                pub fn $field(mut self, value: impl Into<$fty>) -> Self {
                    self.filter.$field = Some(value.into());
                    self
                }
            )*
        }

        impl ListEndpoint for $filter {
            type Item = $item;
            const ENDPOINT: &'static str = $endpoint;

            fn validate(&self) -> Result<()> {
                $(
                    if let Some(v) = &self.$field {
                        ToParam::check(v, $endpoint, stringify!($field))?;
                    }
                )*
                $validate(self)
            }

            fn fetch_page(
                &self,
                client: Arc<generated::Client>,
                offset: i64,
                limit: Option<i64>,
            ) -> BoxFuture<'static, std::result::Result<Listing<Self::Item>, generated::Error<types::ErrorBody>>> {
                let filter = self.clone();
                async move {
                    let mut b = client.$op().offset(offset);
                    if let Some(l) = limit {
                        b = b.limit(l);
                    }
                    $(
                        if let Some(v) = &filter.$field {
                            b = b.$setter(ToParam::to_param(v));
                        }
                    )*
                    let page = b.send().await?.into_inner();
                    Ok(Listing { results: page.results, count: page.count, next: page.next })
                }
                .boxed()
            }
        }
    };
}

fn no_check<T>(_: &T) -> Result<()> {
    Ok(())
}

fn check_findings(f: &FindingFilter) -> Result<()> {
    if let (Some(a), Some(b)) = (f.discovered_after, f.discovered_before) {
        if a >= b {
            return Err(Error::invalid_input(format!(
                "DefectDojo findings: discovered_after ({a}) must be before discovered_before ({b}); both bounds are exclusive"
            )));
        }
    }
    if let (Some(a), Some(b)) = (f.mitigated_after, f.mitigated_before) {
        if a >= b {
            return Err(Error::invalid_input(format!(
                "DefectDojo findings: mitigated_after ({}) must be before mitigated_before ({}); both bounds are exclusive",
                a.to_rfc3339(),
                b.to_rfc3339()
            )));
        }
    }
    Ok(())
}

dojo_filter! {
    /// Filters of `GET /api/v2/findings/` (names as upstream; `engagement`,
    /// `product` and `product_type` are upstream's `test__engagement`,
    /// `test__engagement__product` and `test__engagement__product__prod_type`).
    FindingFilter => types::Finding, "findings", findings_list, validate = check_findings {
        /// Only these finding ids.
        id: Ids => id,
        /// Active or not.
        active: bool => active,
        /// Verified or not.
        verified: bool => verified,
        /// Duplicates or not.
        duplicate: bool => duplicate,
        /// False positives or not.
        false_p: bool => false_p,
        /// Mitigated or not.
        is_mitigated: bool => is_mitigated,
        /// Out of scope or not.
        out_of_scope: bool => out_of_scope,
        /// Risk accepted or not.
        risk_accepted: bool => risk_accepted,
        /// Under review or not.
        under_review: bool => under_review,
        /// One severity.
        severity: types::Severity => severity,
        /// CWE numbers.
        cwe: Ids => cwe,
        /// Title contains (case-insensitive).
        title: String => title,
        /// In this test.
        test: i64 => test,
        /// In these engagements.
        engagement: Ids => test_engagement,
        /// In these products.
        product: Ids => test_engagement_product,
        /// In these product types.
        product_type: Ids => test_engagement_product_prod_type,
        /// Carrying any of these tags.
        tags: Names => tags,
        /// Carrying none of these tags.
        not_tags: Names => not_tags,
        /// Component name.
        component_name: String => component_name,
        /// A vulnerability id (CVE...).
        vulnerability_id: String => vulnerability_id,
        /// The scanner's unique id.
        unique_id_from_tool: String => unique_id_from_tool,
        /// The deduplication hash.
        hash_code: String => hash_code,
        /// Discovered after this date (exclusive).
        discovered_after: NaiveDate => discovered_after,
        /// Discovered before this date (exclusive).
        discovered_before: NaiveDate => discovered_before,
        /// Mitigated after this time (exclusive).
        mitigated_after: DateTime<Utc> => mitigated_after,
        /// Mitigated before this time (exclusive).
        mitigated_before: DateTime<Utc> => mitigated_before,
        /// Ordering fields (`id`, `-severity`, ...), upstream's `o`.
        order_by: Names => o,
    }
}

dojo_filter! {
    /// Filters of `GET /api/v2/product_types/`.
    ProductTypeFilter => types::ProductType, "product_types", product_types_list, validate = no_check {
        /// One id.
        id: i64 => id,
        /// Name (exact on current servers; [`DefectDojo::ensure_context`] compares exactly anyway).
        name: String => name,
        /// Critical product types or not.
        critical_product: bool => critical_product,
        /// Key product types or not.
        key_product: bool => key_product,
    }
}

dojo_filter! {
    /// Filters of `GET /api/v2/products/`.
    ProductFilter => types::Product, "products", products_list, validate = no_check {
        /// Only these ids.
        id: Ids => id,
        /// Name contains (case-insensitive).
        name: String => name,
        /// Exact name.
        name_exact: String => name_exact,
        /// In these product types.
        product_type: Ids => prod_type,
        /// Carrying any of these tags.
        tags: Names => tags,
        /// Ordering fields, upstream's `o`.
        order_by: Names => o,
    }
}

dojo_filter! {
    /// Filters of `GET /api/v2/engagements/`.
    EngagementFilter => types::Engagement, "engagements", engagements_list, validate = no_check {
        /// One id.
        id: i64 => id,
        /// Name.
        name: String => name,
        /// In this product.
        product: i64 => product,
        /// In these product types (upstream's `product__prod_type`).
        product_type: Ids => product_prod_type,
        /// Status.
        status: types::EngagementStatus => status,
        /// Active or not.
        active: bool => active,
        /// Carrying any of these tags.
        tags: Names => tags,
        /// Ordering fields, upstream's `o`.
        order_by: Names => o,
    }
}

dojo_filter! {
    /// Filters of `GET /api/v2/tests/`.
    TestFilter => types::Test, "tests", tests_list, validate = no_check {
        /// One id.
        id: i64 => id,
        /// In this engagement.
        engagement: i64 => engagement,
        /// Of this test type.
        test_type: i64 => test_type,
        /// Title.
        title: String => title,
        /// Scan type name.
        scan_type: String => scan_type,
        /// Carrying any of these tags.
        tags: Names => tags,
        /// Ordering fields, upstream's `o`.
        order_by: Names => o,
    }
}

dojo_filter! {
    /// Filters of `GET /api/v2/test_types/` (the scanner names `scan_type` accepts).
    TestTypeFilter => types::TestType, "test_types", test_types_list, validate = no_check {
        /// Name.
        name: String => name,
    }
}

dojo_filter! {
    /// Filters of `GET /api/v2/endpoints/`.
    EndpointFilter => types::Endpoint, "endpoints", endpoints_list, validate = no_check {
        /// One id.
        id: i64 => id,
        /// Host name.
        host: String => host,
        /// Protocol (`https`...).
        protocol: String => protocol,
        /// Port.
        port: i64 => port,
        /// Path.
        path: String => path,
        /// In this product.
        product: i64 => product,
        /// Carrying any of these tags.
        tags: Names => tags,
        /// Ordering fields, upstream's `o`.
        order_by: Names => o,
    }
}

dojo_filter! {
    /// Filters of `GET /api/v2/users/`.
    UserFilter => types::User, "users", users_list, validate = no_check {
        /// One id.
        id: i64 => id,
        /// User name.
        username: String => username,
        /// E-mail address.
        email: String => email,
        /// Active users or not.
        is_active: bool => is_active,
        /// Superusers or not.
        is_superuser: bool => is_superuser,
        /// Ordering fields, upstream's `o`.
        order_by: Names => o,
    }
}

/// A listing to be paged: a filter plus paging settings. Built by
/// [`DefectDojo::findings`], [`DefectDojo::products`] and the other list
/// methods; nothing is fetched until a stream is polled.
#[derive(Clone)]
pub struct List<F: ListEndpoint> {
    dd: DefectDojo,
    pub(crate) filter: F,
    page_size: u32,
    concurrency: usize,
    max_items: Option<u64>,
    start: Option<Position>,
}

impl<F: ListEndpoint> fmt::Debug for List<F> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("List")
            .field("endpoint", &F::ENDPOINT)
            .field("filter", &self.filter)
            .field("page_size", &self.page_size)
            .field("concurrency", &self.concurrency)
            .field("max_items", &self.max_items)
            .finish()
    }
}

impl<F: ListEndpoint> List<F> {
    pub(crate) fn new(dd: DefectDojo, filter: F) -> Self {
        List {
            dd,
            filter,
            page_size: DEFAULT_PAGE_SIZE,
            concurrency: 1,
            max_items: None,
            start: None,
        }
    }

    /// Replaces the whole filter.
    pub fn filter(mut self, filter: F) -> Self {
        self.filter = filter;
        self
    }

    /// The filter so far.
    pub fn get_filter(&self) -> &F {
        &self.filter
    }

    /// Items per page to ask for (`limit`, default [`DEFAULT_PAGE_SIZE`]).
    pub fn page_size(mut self, n: u32) -> Self {
        self.page_size = n.max(1);
        self
    }

    /// Fetches up to `n` pages at once once the first page gave the total
    /// (`count`); items still come in order.
    pub fn concurrency(mut self, n: usize) -> Self {
        self.concurrency = n.max(1);
        self
    }

    /// Stops after `n` items in all.
    pub fn max_items(mut self, n: u64) -> Self {
        self.max_items = Some(n);
        self
    }

    /// Starts at a saved position (from [`ItemStream::position`] or a checkpoint).
    pub fn resume_from(mut self, position: Position) -> Self {
        self.start = Some(position);
        self
    }

    /// The crate's [`Paginator`] for this listing.
    pub fn into_paginator(self) -> Paginator<DojoSource<F>> {
        let source = DojoSource {
            core: self.dd.inner.core.clone(),
            client: self.dd.inner.once.clone(),
            filter: self.filter,
        };
        let mut p = Paginator::new(source, self.dd.inner.core.retry_policy().clone())
            .page_size(self.page_size)
            .concurrency(self.concurrency);
        if let Some(n) = self.max_items {
            p = p.max_items(n);
        }
        if let Some(pos) = self.start {
            p = p.resume_from(pos);
        }
        p
    }

    /// A lazy stream of pages.
    pub fn pages(self) -> PageStream<F::Item> {
        self.into_paginator().pages()
    }

    /// A lazy stream of items.
    pub fn items(self) -> ItemStream<F::Item> {
        self.into_paginator().items()
    }

    /// Collects every item (for small listings).
    pub async fn all(self) -> Result<Vec<F::Item>> {
        self.into_paginator().all().await
    }

    /// The first page only (its [`Page::total`] is the server's `count`).
    pub async fn first_page(self) -> Result<Page<F::Item>> {
        self.into_paginator().first_page().await
    }
}

/// The [`PageSource`] of a DefectDojo listing: one attempt per page through the
/// generated client; the [`Paginator`] retries.
pub struct DojoSource<F: ListEndpoint> {
    core: HttpCore,
    client: Arc<generated::Client>,
    filter: F,
}

impl<F: ListEndpoint> fmt::Debug for DojoSource<F> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("DojoSource")
            .field("endpoint", &F::ENDPOINT)
            .field("filter", &self.filter)
            .finish()
    }
}

impl<F: ListEndpoint> DojoSource<F> {
    pub(crate) fn new(dd: &DefectDojo, filter: F) -> Self {
        DojoSource {
            core: dd.inner.core.clone(),
            client: dd.inner.once.clone(),
            filter,
        }
    }

    /// The filter.
    pub fn filter(&self) -> &F {
        &self.filter
    }
}

/// The offset a cursor stands for.
pub(crate) fn cursor_offset(cursor: &Cursor, endpoint: &str) -> Result<i64> {
    match cursor {
        Cursor::Start => Ok(0),
        Cursor::Offset { offset } => {
            offset
                .parse::<i64>()
                .ok()
                .filter(|o| *o >= 0)
                .ok_or_else(|| {
                    Error::invalid_input(format!(
                "DefectDojo {endpoint}: offset {offset:?} in the resume position is not a number"
            ))
                })
        }
        other => Err(Error::invalid_input(format!(
            "DefectDojo {endpoint}: cannot resume from {other} (DefectDojo pages by offset)"
        ))),
    }
}

/// The cursor of the next page, from the absolute `next` URL DRF sends.
pub(crate) fn next_cursor(next: Option<&str>, endpoint: &str) -> Result<Cursor> {
    let Some(next) = next else {
        return Ok(Cursor::Done);
    };
    let url = url::Url::parse(next).map_err(|e| {
        Error::protocol(
            Service::DefectDojo,
            format!("{endpoint}: `next` is not an absolute URL ({e})"),
        )
    })?;
    let offset = url
        .query_pairs()
        .find(|(k, _)| k == "offset")
        .map(|(_, v)| v.into_owned())
        .ok_or_else(|| {
            Error::protocol(
                Service::DefectDojo,
                format!("{endpoint}: `next` has no offset parameter"),
            )
        })?;
    if offset.parse::<u64>().is_err() {
        return Err(Error::protocol(
            Service::DefectDojo,
            format!("{endpoint}: `next` has a non-numeric offset {offset:?}"),
        ));
    }
    Ok(Cursor::Offset { offset })
}

impl<F: ListEndpoint> DojoSource<F> {
    /// Fetches the page at `offset` (one attempt) with the raw listing.
    pub(crate) async fn fetch_at(
        &self,
        offset: i64,
        limit: Option<u32>,
    ) -> Result<Listing<F::Item>> {
        self.filter.validate()?;
        let result = self
            .filter
            .fetch_page(self.client.clone(), offset, limit.map(i64::from))
            .await;
        match result {
            Ok(l) => Ok(l),
            Err(e) => Err(crate::hooks::convert_error(&self.core, e).await),
        }
    }
}

impl<F: ListEndpoint> PageSource for DojoSource<F> {
    type Item = F::Item;

    fn service(&self) -> Service {
        Service::DefectDojo
    }

    fn endpoint(&self) -> String {
        F::ENDPOINT.to_string()
    }

    fn fetch(
        &self,
        cursor: Cursor,
        page_size: Option<u32>,
    ) -> BoxFuture<'static, Result<RawPage<Self::Item>>> {
        let this = DojoSource {
            core: self.core.clone(),
            client: self.client.clone(),
            filter: self.filter.clone(),
        };
        async move {
            let offset = cursor_offset(&cursor, F::ENDPOINT)?;
            let listing = this.fetch_at(offset, page_size).await?;
            let next = next_cursor(listing.next.as_deref(), F::ENDPOINT)?;
            Ok(RawPage {
                items: listing.results,
                next,
                headers: Default::default(),
                total: u64::try_from(listing.count).ok(),
            })
        }
        .boxed()
    }

    fn lazy_plan(
        &self,
        first: &RawPage<Self::Item>,
        first_cursor: &Cursor,
        _page_size: Option<u32>,
    ) -> Result<Option<Plan>> {
        let Ok(start) = cursor_offset(first_cursor, F::ENDPOINT) else {
            return Ok(None);
        };
        let Cursor::Offset { offset } = &first.next else {
            return Ok(Some(Plan::list([])));
        };
        let Ok(next) = offset.parse::<u64>() else {
            return Ok(None);
        };
        // The step the server really used (it may clamp `limit`).
        let Some(step) = next.checked_sub(start as u64).filter(|s| *s > 0) else {
            return Ok(None);
        };
        let Some(total) = first.total else {
            return Ok(None);
        };
        // Cursors are made as pages are handed out; an absurd `count` is refused.
        let pages = total.saturating_sub(next).div_ceil(step);
        crate::limits::check_page_count(Service::DefectDojo, F::ENDPOINT, pages)?;
        Ok(Some(Plan::offsets(next, step, total)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn next_url_gives_the_offset() {
        assert_eq!(next_cursor(None, "findings").unwrap(), Cursor::Done);
        assert_eq!(
            next_cursor(
                Some("https://dd.example.com/api/v2/findings/?active=true&limit=100&offset=200"),
                "findings"
            )
            .unwrap(),
            Cursor::Offset {
                offset: "200".into()
            }
        );
        assert!(matches!(
            next_cursor(Some("/api/v2/findings/?offset=2"), "findings"),
            Err(Error::Protocol { .. })
        ));
        assert!(matches!(
            next_cursor(Some("https://x/api/v2/findings/?limit=2"), "findings"),
            Err(Error::Protocol { .. })
        ));
    }

    #[test]
    fn filter_checks() {
        let f = FindingFilter::new().cwe(Ids(vec![79, 0]));
        assert!(matches!(f.validate(), Err(Error::InvalidInput { .. })));
        let f = FindingFilter::new().tags(["a,b"]);
        assert!(f.validate().unwrap_err().to_string().contains("comma"));
        let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        let f = FindingFilter::new()
            .discovered_after(d("2024-02-01"))
            .discovered_before(d("2024-01-01"));
        assert!(f
            .validate()
            .unwrap_err()
            .to_string()
            .contains("discovered_after"));
        let f = FindingFilter::new().test(0);
        assert!(f.validate().is_err());
        FindingFilter::new()
            .cwe([79, 89])
            .severity(types::Severity::High)
            .validate()
            .unwrap();
        assert_eq!(Ids::from([79, 89]).to_param(), "79,89");
    }

    #[test]
    fn filter_serializes_only_what_is_set() {
        let f = FindingFilter::new().active(true).engagement(3);
        assert_eq!(
            serde_json::to_value(&f).unwrap(),
            serde_json::json!({"active": true, "engagement": [3]})
        );
    }
}
