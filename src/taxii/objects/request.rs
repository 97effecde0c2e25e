//! The paged TAXII request ([`ResourceRequest`]): its filters, checked as they
//! are set, and the streams and collections it turns into.

use std::fmt;
use std::marker::PhantomData;

use serde::{Deserialize, Serialize};

use super::envelope::EnvelopeItem;
use super::source::EnvelopeSource;
use crate::error::{Error, Result};
use crate::paging::{ItemStream, Page, PageStream, Paginator};
use crate::taxii::stix::{self, Malformed, StixObject};
use crate::taxii::{check_segment, Collection, ManifestRecord};

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
    pub(super) fn query(&self, added_after: Option<&str>) -> Vec<(String, String)> {
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

/// The page size asked for when none is set (servers clamp it to their maximum;
/// SOC Defenders accepts up to 1000).
pub const DEFAULT_LIMIT: u32 = 1000;

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
    pub fn poll<'a, S: crate::CheckpointStore + 'a>(self, store: S) -> crate::taxii::DeltaPoll<'a> {
        crate::taxii::DeltaPoll::new(self, Box::new(store))
    }

    /// A delta poll with these filters into a sink; see [`Collection::sync`].
    pub fn sync<'a>(
        self,
        sink: impl crate::Sink + 'a,
        store: impl crate::CheckpointStore + 'a,
    ) -> crate::taxii::SyncBuilder<'a> {
        crate::taxii::SyncBuilder::poll(self, sink, store)
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

    /// Items per page: the same as [`limit`](Self::limit) (the TAXII name),
    /// under the name every listing of the crate uses.
    pub fn page_size(self, n: u32) -> Self {
        self.limit(n)
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
        EnvelopeSource::new(
            self.collection,
            self.suffix,
            self.filter,
            self.malformed,
            self.invalid,
        )
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
    /// [`date_added_first`](super::date_added_first), [`date_added_last`](super::date_added_last)).
    pub fn pages(self) -> PageStream<T> {
        self.into_paginator().pages()
    }

    /// A lazy stream of items.
    pub fn items(self) -> ItemStream<T> {
        self.into_paginator().items()
    }

    /// The first page only.
    pub async fn first_page(self) -> Result<Page<T>> {
        // `max_items` keeps the source from sending the next request ahead.
        self.into_paginator().max_items(u64::MAX).first_page().await
    }

    /// Every item of every page.
    pub async fn all(self) -> Result<Vec<T>> {
        self.into_paginator().all().await
    }
}
