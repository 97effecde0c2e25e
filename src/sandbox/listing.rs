//! Paged listings (`samples`, `search`, `profiles`) and the resumable export of samples.
//!
//! The sandbox pages with `limit` (at most [`MAX_PAGE_SIZE`]) and an opaque `offset`:
//! each page is `{data, next}`, and `next` is passed back unchanged as the next
//! `offset` ([`Cursor::Offset`]). A listing stops when `next` is absent or null, or
//! when `data` is empty or null. `next` is a timestamp string on one server and an
//! integer on another: both are kept as the string the server sent.
//!
//! ```no_run
//! # async fn demo(sandbox: secops::sandbox::Sandbox) -> secops::Result<()> {
//! use futures::TryStreamExt;
//! use secops::sandbox::Subset;
//! let mut pages = sandbox.samples(Subset::Public).page_size(100).pages();
//! while let Some(page) = pages.try_next().await? {
//!     println!("{} samples, resume at {:?}", page.items.len(), pages.position());
//! }
//! let hits: Vec<_> = sandbox.search("family:emotet").max_items(500).items().try_collect().await?;
//! # Ok(()) }
//! ```

use futures::future::BoxFuture;
use serde_json::Value;

use super::types::NextToken;
use super::{generated, Profile, Sample, Sandbox, Subset, MAX_PAGE_SIZE};
use crate::checkpoint::{Checkpoint, CheckpointStore};
use crate::error::{Error, Result, Service};
use crate::paging::{Cursor, PageSource, PageStream, Paginator, RawPage};
use crate::retry::RetryStats;
use crate::sink::Sink;
use crate::sync::{page_step, Identity, Options, Out, Source, Start, Step, SyncJob};

/// What to list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Listing {
    /// `GET /v0/samples?subset=..`.
    Samples(Subset),
    /// `GET /v0/search?query=..`.
    Search(String),
}

impl Listing {
    /// The endpoint, for errors, logs and checkpoints.
    pub fn endpoint(&self) -> &'static str {
        match self {
            Listing::Samples(_) => "v0/samples",
            Listing::Search(_) => "v0/search",
        }
    }

    /// The filter, as stored in a checkpoint.
    pub fn filter(&self) -> Value {
        match self {
            Listing::Samples(s) => serde_json::json!({ "subset": s.to_string() }),
            Listing::Search(q) => serde_json::json!({ "query": q }),
        }
    }

    /// The checkpoint key of this listing (`sandbox.samples.owned`, `sandbox.search.<hash>`).
    pub fn checkpoint_key(&self) -> String {
        match self {
            Listing::Samples(s) => format!("sandbox.samples.{s}"),
            Listing::Search(q) => format!("sandbox.search.{:016x}", fnv1a(q.as_bytes())),
        }
    }

    fn check(&self) -> Result<()> {
        if let Listing::Search(q) = self {
            if q.trim().is_empty() {
                return Err(Error::invalid_input("Sandbox: the search query is empty"));
            }
        }
        Ok(())
    }
}

fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// The [`PageSource`] of a sample listing: one attempt per page (the
/// [`Paginator`] retries).
#[derive(Clone)]
pub struct SampleListing {
    api: generated::Client,
    listing: Listing,
}

impl std::fmt::Debug for SampleListing {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SampleListing")
            .field("listing", &self.listing)
            .finish_non_exhaustive()
    }
}

impl SampleListing {
    /// What is listed.
    pub fn listing(&self) -> &Listing {
        &self.listing
    }
}

/// Turns the service's `next` into a cursor: absent, null or empty means done.
pub(crate) fn next_cursor(next: Option<&NextToken>) -> Cursor {
    match next {
        None | Some(NextToken::Variant0(None)) => Cursor::Done,
        Some(NextToken::Variant0(Some(s))) if s.is_empty() => Cursor::Done,
        Some(NextToken::Variant0(Some(s))) => Cursor::Offset { offset: s.clone() },
        Some(NextToken::Variant1(n)) => Cursor::Offset {
            offset: n.to_string(),
        },
    }
}

/// What a page request asks for: nothing (the listing is done) or the page at
/// an offset (`None`: the first page). A page size outside 1..=[`MAX_PAGE_SIZE`]
/// or a cursor of another kind is an [`Error::InvalidInput`].
fn page_offset(cursor: Cursor, page_size: Option<u32>) -> Result<Option<Option<String>>> {
    if let Some(n) = page_size {
        if n == 0 || n > MAX_PAGE_SIZE {
            return Err(Error::invalid_input(format!(
                "Sandbox: page size {n} is out of range: the service serves 1 to {MAX_PAGE_SIZE} items a page"
            )));
        }
    }
    match cursor {
        Cursor::Start => Ok(Some(None)),
        Cursor::Offset { offset } => Ok(Some(Some(offset))),
        Cursor::Done => Ok(None),
        other => Err(Error::invalid_input(format!(
            "Sandbox: a {other} cursor does not apply to sandbox listings (they page by offset)"
        ))),
    }
}

/// A page of a listing: done when `data` is empty or null, else `next`.
fn raw_page<T>(
    data: Option<Vec<T>>,
    next: Option<&NextToken>,
    headers: http::HeaderMap,
) -> RawPage<T> {
    let items = data.unwrap_or_default();
    let next = if items.is_empty() {
        Cursor::Done
    } else {
        next_cursor(next)
    };
    RawPage {
        items,
        next,
        headers,
        total: None,
    }
}

fn done<T>() -> RawPage<T> {
    RawPage {
        items: Vec::new(),
        next: Cursor::Done,
        headers: Default::default(),
        total: None,
    }
}

impl PageSource for SampleListing {
    type Item = Sample;

    fn service(&self) -> Service {
        Service::Sandbox
    }

    fn endpoint(&self) -> String {
        self.listing.endpoint().to_string()
    }

    fn fetch(
        &self,
        cursor: Cursor,
        page_size: Option<u32>,
    ) -> BoxFuture<'static, Result<RawPage<Sample>>> {
        let api = self.api.clone();
        let listing = self.listing.clone();
        Box::pin(async move {
            let Some(offset) = page_offset(cursor, page_size)? else {
                return Ok(done());
            };
            let hooks = progenitor_client::ClientInfo::inner(&api).core().clone();
            let result = match &listing {
                Listing::Samples(subset) => {
                    let mut b = api.list_samples().subset(*subset);
                    if let Some(n) = page_size {
                        b = b.limit(n);
                    }
                    if let Some(o) = offset {
                        b = b.offset(o);
                    }
                    b.send().await
                }
                Listing::Search(q) => {
                    let mut b = api.search_samples().query(q.as_str());
                    if let Some(n) = page_size {
                        b = b.limit(n);
                    }
                    if let Some(o) = offset {
                        b = b.offset(o);
                    }
                    b.send().await
                }
            };
            let resp = match result {
                Ok(r) => r,
                Err(e) => return Err(crate::hooks::convert_error(&hooks, e).await),
            };
            let headers = resp.headers().clone();
            let page = resp.into_inner();
            Ok(raw_page(page.data, page.next.as_ref(), headers))
        })
    }
}

/// The [`PageSource`] of the account's profiles (`GET /v0/profiles`): one
/// attempt per page (the [`Paginator`] retries). Made by [`Sandbox::profile_listing`].
#[derive(Clone)]
pub struct ProfileListing {
    api: generated::Client,
}

impl std::fmt::Debug for ProfileListing {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ProfileListing").finish_non_exhaustive()
    }
}

impl PageSource for ProfileListing {
    type Item = Profile;

    fn service(&self) -> Service {
        Service::Sandbox
    }

    fn endpoint(&self) -> String {
        "v0/profiles".to_string()
    }

    fn fetch(
        &self,
        cursor: Cursor,
        page_size: Option<u32>,
    ) -> BoxFuture<'static, Result<RawPage<Profile>>> {
        let api = self.api.clone();
        Box::pin(async move {
            let Some(offset) = page_offset(cursor, page_size)? else {
                return Ok(done());
            };
            let hooks = progenitor_client::ClientInfo::inner(&api).core().clone();
            let mut b = api.list_profiles();
            if let Some(n) = page_size {
                b = b.limit(n);
            }
            if let Some(o) = offset {
                b = b.offset(o);
            }
            let resp = match b.send().await {
                Ok(r) => r,
                Err(e) => return Err(crate::hooks::convert_error(&hooks, e).await),
            };
            let headers = resp.headers().clone();
            let page = resp.into_inner();
            Ok(raw_page(page.data, page.next.as_ref(), headers))
        })
    }
}

/// What [`Sandbox::sync_samples`] reports besides the core counters
/// ([`SyncReport::detail`](crate::SyncReport::detail)).
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct SamplesDetail {
    /// The listing exported.
    pub listing: Listing,
}

/// What [`Sandbox::sync_samples`] did.
pub type SyncReport = crate::SyncReport<SamplesDetail>;

/// The [`Source`] of [`Sandbox::sync_samples`]: the listing's pages, one
/// sample per record.
pub struct SamplesSource {
    sandbox: Sandbox,
    listing: Listing,
    page_size: Option<u32>,
    pages: Option<PageStream<Sample>>,
}

impl std::fmt::Debug for SamplesSource {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SamplesSource")
            .field("listing", &self.listing)
            .field("page_size", &self.page_size)
            .finish_non_exhaustive()
    }
}

impl Source for SamplesSource {
    type Progress = ();
    type Detail = SamplesDetail;

    async fn identity(&mut self, options: Options) -> Result<Identity> {
        self.listing.check()?;
        if let Some(n) = options.page_size {
            if n == 0 || n > MAX_PAGE_SIZE {
                return Err(Error::invalid_input(format!(
                    "Sandbox: page size {n} is out of range (1 to {MAX_PAGE_SIZE})"
                )));
            }
        }
        self.page_size = options.page_size;
        Ok(Identity {
            service: Service::Sandbox,
            endpoint: self.listing.endpoint().to_string(),
            filter: self.listing.filter(),
            default_key: self.listing.checkpoint_key(),
        })
    }

    async fn start(
        &mut self,
        checkpoint: &mut Checkpoint,
        _start: Start,
        _location: &str,
    ) -> Result<()> {
        let mut paginator = self
            .sandbox
            .listing_unchecked(self.listing.clone())
            .resume_from(checkpoint.position.clone());
        if let Some(n) = self.page_size {
            paginator = paginator.page_size(n);
        }
        self.pages = Some(paginator.pages());
        Ok(())
    }

    async fn next(&mut self, out: &mut Out<'_>) -> Result<Option<Step<()>>> {
        let pages = self.pages.as_mut().expect("started");
        page_step(pages, out, |out, sample| {
            out.write_json(Service::Sandbox, sample)
        })
        .await
    }

    fn detail(&mut self) -> SamplesDetail {
        SamplesDetail {
            listing: self.listing.clone(),
        }
    }

    fn retry_stats(&self) -> Option<RetryStats> {
        Some(self.sandbox.core.retry_policy().stats().clone())
    }
}

impl Sandbox {
    /// The samples of a subset (`owned`, `public`, `org`), as a lazy paginator.
    pub fn samples(&self, subset: Subset) -> Paginator<SampleListing> {
        self.listing_unchecked(Listing::Samples(subset))
    }

    /// The samples matching a search query (e.g. `family:emotet`, `sha256:...`).
    ///
    /// An empty query is an [`Error::InvalidInput`], the first item of the
    /// streams (before any request).
    pub fn search(&self, query: &str) -> Paginator<SampleListing> {
        self.listing(Listing::Search(query.to_string()))
    }

    /// The account's analysis profiles (`GET /v0/profiles`), as a lazy
    /// paginator that follows `next` like the sample listings;
    /// [`profiles`](Sandbox::profiles) collects them all.
    pub fn profile_listing(&self) -> Paginator<ProfileListing> {
        Paginator::new(
            ProfileListing {
                api: self.once.clone(),
            },
            self.core.retry_policy().clone(),
        )
    }

    /// Any [`Listing`], as a lazy paginator.
    pub fn listing(&self, listing: Listing) -> Paginator<SampleListing> {
        match listing.check() {
            Ok(()) => self.listing_unchecked(listing),
            Err(e) => self.listing_unchecked(listing).refuse(e),
        }
    }

    fn listing_unchecked(&self, listing: Listing) -> Paginator<SampleListing> {
        Paginator::new(
            SampleListing {
                api: self.once.clone(),
                listing,
            },
            self.core.retry_policy().clone(),
        )
    }

    /// Exports a listing into `sink` (one sample per NDJSON record), resumably
    /// (see [`crate::sync`]).
    ///
    /// After each page is written, the sink is committed and the checkpoint saved
    /// (key: [`Listing::checkpoint_key`] unless set); a later call with the same store resumes
    /// right after the last saved page. A finished export is not repeated:
    /// remove its checkpoint to start over. Page size: 1 to [`MAX_PAGE_SIZE`]
    /// (default: the server's).
    ///
    /// ```no_run
    /// # async fn demo(sandbox: secops::sandbox::Sandbox) -> secops::Result<()> {
    /// use secops::sandbox::{Listing, Subset};
    /// use secops::{FileCheckpoints, NdjsonFile};
    /// let store = FileCheckpoints::new("state/")?;
    /// let report = sandbox
    ///     .sync_samples(Listing::Samples(Subset::Owned), NdjsonFile::create("samples.ndjson")?, &store)
    ///     .page_size(50)
    ///     .await?;
    /// println!("{report}");
    /// # Ok(()) }
    /// ```
    pub fn sync_samples<'a>(
        &self,
        listing: Listing,
        sink: impl Sink + 'a,
        store: impl CheckpointStore + 'a,
    ) -> SyncJob<'a, SamplesSource> {
        SyncJob::new(
            SamplesSource {
                sandbox: self.clone(),
                listing,
                page_size: None,
                pages: None,
            },
            sink,
            store,
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn next_tokens() {
        let parse = |v: serde_json::Value| -> Cursor {
            let page: super::super::types::SamplePage = serde_json::from_value(v).unwrap();
            next_cursor(page.next.as_ref())
        };
        assert_eq!(parse(serde_json::json!({"data": []})), Cursor::Done);
        assert_eq!(parse(serde_json::json!({"next": null})), Cursor::Done);
        assert_eq!(
            parse(serde_json::json!({"next": "2024-01-02T03:04:05.123456Z"})),
            Cursor::Offset {
                offset: "2024-01-02T03:04:05.123456Z".into()
            }
        );
        assert_eq!(
            parse(serde_json::json!({"next": 150})),
            Cursor::Offset {
                offset: "150".into()
            }
        );
        assert!(serde_json::from_value::<super::super::types::SamplePage>(
            serde_json::json!({"next": {"x": 1}})
        )
        .is_err());
    }

    #[test]
    fn checkpoint_keys_are_stable_and_distinct() {
        let a = Listing::Search("family:emotet".into()).checkpoint_key();
        let b = Listing::Search("family:qakbot".into()).checkpoint_key();
        assert_ne!(a, b);
        assert_eq!(a, Listing::Search("family:emotet".into()).checkpoint_key());
        assert_eq!(
            Listing::Samples(Subset::Owned).checkpoint_key(),
            "sandbox.samples.owned"
        );
    }
}
