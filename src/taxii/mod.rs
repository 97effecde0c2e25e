//! TAXII 2.1 client and STIX 2.1 objects (feature `taxii`).
//!
//! Hand-written (TAXII is not an OpenAPI service). It speaks the OASIS
//! standard (`application/taxii+json;version=2.1`, the `{more, next, objects}`
//! envelope) and the SOC Defenders variant (STIX bundles paged only through
//! `X-TAXII-Date-Added-Last`, `X-API-Key`, a non-standard `type=` filter)
//! transparently.
//!
//! ```no_run
//! # async fn demo() -> secops::Result<()> {
//! use futures::TryStreamExt;
//! use secops::taxii::Taxii;
//! use secops::FileCheckpoints;
//!
//! let taxii = Taxii::builder()
//!     .url("https://socdefenders.ai/api/taxii2/")   // the discovery URL
//!     .api_key("sk_live_...")                         // Bearer (X-API-Key: .x_api_key(..))
//!     .build()?;
//! let store = FileCheckpoints::new("state/")?;
//! let mut poll = taxii.collection("soc-defenders-network").poll(&store); // resumes where it stopped
//! while let Some(obj) = poll.try_next().await? {
//!     println!("{} {}", obj.object_type(), obj.id());
//! }
//! # Ok(()) }
//! ```
//!
//! | call | request |
//! |---|---|
//! | [`Taxii::discover`] | `GET {discovery}` |
//! | [`ApiRoot::information`] | `GET {root}/` |
//! | [`ApiRoot::collections`] | `GET {root}/collections/` |
//! | [`Collection::info`] | `GET {root}/collections/{id}/` |
//! | [`Collection::objects`] | `GET .../objects/` (paged) |
//! | [`Collection::add_objects`] | `POST .../objects/` → [`Status`] |
//! | [`Collection::object`] | `GET .../objects/{object-id}/` (paged) |
//! | [`Collection::delete_object`] | `DELETE .../objects/{object-id}/` |
//! | [`Collection::versions`] | `GET .../objects/{object-id}/versions/` (paged) |
//! | [`Collection::manifest`] | `GET .../manifest/` (paged) |
//! | [`ApiRoot::status`], [`ApiRoot::wait_for_status`] | `GET {root}/status/{id}/` |
//! | [`Collection::poll`], [`Taxii::poll_collection`] | delta poll with a checkpoint |
//! | [`Collection::sync`] | delta poll into a [`Sink`](crate::Sink) |

use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use http::{HeaderMap, HeaderName};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use url::Url;

use crate::config::{parse_error_generic, ClientBuilder, HttpCore};
use crate::error::{ApiError, Error, Result, Service};
use crate::http::Resend;
use crate::secret::Secret;
use crate::Auth;

mod objects;
mod poll;
pub mod stix;

pub use objects::{
    date_added_first, date_added_last, EnvelopeItem, EnvelopeSource, ManifestSource,
    ObjectsRequest, ObjectsSource, ObjectsStats, ParsedPage, ResourceRequest, StatsHandle,
    VersionsSource, DEFAULT_LIMIT,
};
pub use poll::{
    DeltaPoll, PollDetail, PollProgress, PollSource, PollStats, SyncBuilder, SyncProgress,
    SyncReport,
};
pub use stix::{Bundle, Malformed, StixId, StixObject, Timestamp, TypedObject};

/// The TAXII 2.1 media type, sent in `Accept` and `Content-Type`.
pub const MEDIA_TYPE: &str = "application/taxii+json;version=2.1";
/// The STIX 2.1 media type.
pub const STIX_MEDIA_TYPE: &str = "application/stix+json;version=2.1";
/// The response header with the date added of the first object of a page.
pub const DATE_ADDED_FIRST: &str = "x-taxii-date-added-first";
/// The response header with the date added of the last object of a page (the
/// delta-poll checkpoint).
pub const DATE_ADDED_LAST: &str = "x-taxii-date-added-last";
/// The SOC Defenders discovery URL.
pub const SOCDEFENDERS_URL: &str = "https://socdefenders.ai/api/taxii2/";

/// A TAXII 2.1 client. Cheap to clone (clones share connections).
///
/// The base URL given to the builder is the server's *discovery* URL
/// (`https://host/taxii2/`). The API root used by [`Taxii::collection`] is the
/// one set by [`Taxii::with_api_root`] (or `TAXII_API_ROOT`), else the
/// discovery's `default`, else its first API root (fetched once and kept).
#[derive(Clone)]
pub struct Taxii {
    pub(crate) inner: Arc<Inner>,
}

pub(crate) struct Inner {
    pub(crate) core: HttpCore,
    pub(crate) api_root: tokio::sync::OnceCell<Url>,
    /// The key sent in the other documented header, when the key was given
    /// without saying which (`api_key`): Bearer first, `X-API-Key` after a
    /// 401 from the discovery server's origin.
    pub(crate) other: Option<Arc<KeyHeader>>,
}

/// The second way of sending a key, and whether it is the one in use.
pub(crate) struct KeyHeader {
    core: HttpCore,
    /// Switched to `core` (it was accepted).
    active: std::sync::atomic::AtomicBool,
    /// The switch was tried (it is tried once).
    tried: std::sync::atomic::AtomicBool,
}

impl fmt::Debug for Taxii {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Taxii")
            .field("discovery", &self.inner.core.base().as_str())
            .field("api_root", &self.inner.api_root.get().map(Url::as_str))
            .field("core", &self.inner.core)
            .finish()
    }
}

impl ClientBuilder<Taxii> {
    /// `Authorization: Bearer <key>` (what [`api_key`](ClientBuilder::api_key) does by default).
    pub fn bearer(self, key: impl Into<Secret>) -> Self {
        self.auth(Auth::Bearer(key.into()))
    }

    /// The key in an `X-API-Key` header (SOC Defenders).
    pub fn x_api_key(self, key: impl Into<Secret>) -> Self {
        self.auth(Auth::Header {
            name: HeaderName::from_static("x-api-key"),
            key: key.into(),
        })
    }

    /// SOC Defenders' discovery URL ([`SOCDEFENDERS_URL`]).
    pub fn socdefenders(self) -> Self {
        self.base_url(SOCDEFENDERS_URL)
    }

    /// Builds the client. Needs a URL (there is no public default TAXII server).
    pub fn build(self) -> Result<Taxii> {
        if self.config.base_url.is_none() {
            return Err(Error::invalid_input(
                "TAXII: no server URL: call .url(\"https://host/taxii2/\") (the discovery URL) or set TAXII_URL",
            ));
        }
        let core = HttpCore::new(
            Service::Taxii,
            &self.config,
            "",
            Auth::Bearer,
            parse_taxii_error,
        )?;
        // A key given without a scheme: servers differ (OASIS ones take
        // Bearer, SOC Defenders X-API-Key), so the other header is kept ready.
        let other = match (&self.config.auth, &self.config.api_key) {
            (None, Some(_)) => Some(Arc::new(KeyHeader {
                core: HttpCore::new(
                    Service::Taxii,
                    &self.config,
                    "",
                    |key| Auth::Header {
                        name: HeaderName::from_static("x-api-key"),
                        key,
                    },
                    parse_taxii_error,
                )?,
                active: Default::default(),
                tried: Default::default(),
            })),
            _ => None,
        };
        Ok(Taxii {
            inner: Arc::new(Inner {
                core,
                api_root: tokio::sync::OnceCell::new(),
                other,
            }),
        })
    }
}

/// Parses TAXII error bodies: OASIS `{title, http_status, description}`, SOC
/// Defenders `{error: {code, message, details, request_id}}`; on 429 without
/// `Retry-After`, `X-RateLimit-Reset` gives the wait.
pub fn parse_taxii_error(
    service: Service,
    status: u16,
    headers: &HeaderMap,
    body: &[u8],
) -> ApiError {
    let mut e = parse_error_generic(service, status, headers, body);
    if let Ok(v) = serde_json::from_slice::<Value>(body) {
        if let Some(details) = v.pointer("/error/details").filter(|d| match d {
            Value::Object(m) => !m.is_empty(),
            Value::Null => false,
            _ => true,
        }) {
            let m = e.message.take().unwrap_or_default();
            e.message = Some(format!("{m} (details: {details})"));
        }
    }
    if status == 429 && headers.get(http::header::RETRY_AFTER).is_none() {
        e.retry_after = rate_limit_reset(headers, std::time::SystemTime::now());
    }
    e
}

/// The wait an `X-RateLimit-Reset` header asks for: delta seconds, or (for
/// values that look like one) a Unix time in seconds.
pub fn rate_limit_reset(headers: &HeaderMap, now: std::time::SystemTime) -> Option<Duration> {
    let v: u64 = headers
        .get("x-ratelimit-reset")?
        .to_str()
        .ok()?
        .trim()
        .parse()
        .ok()?;
    if v > 1_000_000_000 {
        let now = now.duration_since(std::time::UNIX_EPOCH).ok()?.as_secs();
        Some(Duration::from_secs(v.saturating_sub(now)))
    } else {
        Some(Duration::from_secs(v))
    }
}

impl Taxii {
    /// A builder (set at least `.url(discovery_url)`).
    pub fn builder() -> ClientBuilder<Taxii> {
        ClientBuilder::new()
    }

    /// A client from the environment: `TAXII_URL` (discovery URL, required),
    /// then `TAXII_USERNAME` + `TAXII_PASSWORD` for Basic auth, else
    /// `TAXII_API_KEY` sent as Bearer, or as `X-API-Key` when the server
    /// answers 401 to Bearer (`TAXII_AUTH=bearer` or `x-api-key` fixes the
    /// header); `TAXII_API_ROOT` picks the API root.
    pub fn from_env() -> Result<Taxii> {
        let var = |k: &str| std::env::var(k).ok().filter(|v| !v.trim().is_empty());
        let url = var("TAXII_URL").ok_or_else(|| {
            Error::invalid_input("environment variable TAXII_URL is not set: export the server's discovery URL (https://host/taxii2/)")
        })?;
        let mut b = Taxii::builder().url(url);
        if let Some(user) = var("TAXII_USERNAME") {
            b = b.basic_auth(user, Secret::from_env("TAXII_PASSWORD")?);
        } else {
            let key = Secret::from_env("TAXII_API_KEY")?;
            b = match var("TAXII_AUTH")
                .as_deref()
                .map(str::to_ascii_lowercase)
                .as_deref()
            {
                Some("x-api-key") => b.x_api_key(key),
                Some("bearer") => b.bearer(key),
                None | Some("auto") => b.api_key(key),
                Some(other) => {
                    return Err(Error::invalid_input(format!(
                        "TAXII_AUTH={other:?}: use auto, bearer or x-api-key"
                    )))
                }
            };
        }
        let t = b.build()?;
        match var("TAXII_API_ROOT") {
            Some(root) => t.with_api_root(&root),
            None => Ok(t),
        }
    }

    /// Uses `url` (absolute, or relative to the discovery URL) as the default
    /// API root. Naming it yourself trusts it: it may be on another origin than
    /// the discovery URL (a root the discovery names on another origin is
    /// refused unless allowed with [`ClientBuilder::allow_origin`]).
    pub fn with_api_root(self, url: &str) -> Result<Taxii> {
        let root = self.resolve_root(url)?;
        let inner = Inner {
            core: self.inner.core.clone(),
            api_root: tokio::sync::OnceCell::new_with(Some(root)),
            other: self.inner.other.clone(),
        };
        Ok(Taxii {
            inner: Arc::new(inner),
        })
    }

    /// The discovery URL.
    pub fn discovery_url(&self) -> &Url {
        self.inner.core.base()
    }

    fn resolve_root(&self, url: &str) -> Result<Url> {
        let url = url.trim();
        if url.is_empty() {
            return Err(Error::invalid_input("TAXII: the API root URL is empty"));
        }
        let mut u = self.discovery_url().join(url).map_err(|e| {
            Error::invalid_input(format!("TAXII: API root {url:?} is not a valid URL: {e}"))
        })?;
        if !u.path().ends_with('/') {
            let p = format!("{}/", u.path());
            u.set_path(&p);
        }
        self.inner.core.origin_policy().check_http(&u, "API root")?;
        Ok(u)
    }

    /// `GET` the discovery resource.
    pub async fn discover(&self) -> Result<Discovery> {
        let url = self.discovery_url().clone();
        self.get_resource("discovery", url, &[]).await
    }

    /// The default API root (see [`Taxii`]), discovered once and kept.
    pub async fn api_root(&self) -> Result<ApiRoot> {
        let url = self.default_root_url().await?;
        Ok(ApiRoot {
            taxii: self.clone(),
            url,
        })
    }

    /// A handle on the API root at `url` (absolute, or relative to the discovery URL). No request.
    pub fn api_root_at(&self, url: &str) -> Result<ApiRoot> {
        Ok(ApiRoot {
            taxii: self.clone(),
            url: self.resolve_root(url)?,
        })
    }

    pub(crate) async fn default_root_url(&self) -> Result<Url> {
        self.inner
            .api_root
            .get_or_try_init(|| async {
                let d = self.discover().await?;
                let pick = d.default.clone().or_else(|| d.api_roots.first().cloned());
                let Some(pick) = pick else {
                    return Err(Error::protocol(
                        Service::Taxii,
                        "the discovery resource lists no API root: set one with Taxii::with_api_root",
                    ));
                };
                let root = self.resolve_root(&pick)?;
                // The discovery server does not get to send the credentials
                // elsewhere: another origin must be allowed explicitly.
                self.inner.core.origin_policy().check_target(
                    &root,
                    self.discovery_url(),
                    "API root",
                )?;
                Ok(root)
            })
            .await
            .cloned()
    }

    /// The collections of the default API root.
    pub async fn collections(&self) -> Result<Vec<CollectionInfo>> {
        self.api_root().await?.collections().await
    }

    /// A handle on collection `id` of the default API root (no request is made
    /// until it is used; a bad id is reported by its first call).
    pub fn collection(&self, id: impl Into<String>) -> Collection {
        Collection {
            taxii: self.clone(),
            root: None,
            id: id.into(),
        }
    }

    /// A delta poll of `collection` (an id on the default API root) that
    /// resumes from, and saves to, `store`; see [`Collection::poll`].
    pub fn poll_collection<'a, S: crate::CheckpointStore + 'a>(
        &self,
        collection: impl Into<String>,
        store: S,
    ) -> DeltaPoll<'a> {
        self.collection(collection).poll(store)
    }

    /// GET a JSON resource, with retries covering the fetch and the decode.
    pub(crate) async fn get_resource<T: serde::de::DeserializeOwned>(
        &self,
        operation: &str,
        url: Url,
        query: &[(String, String)],
    ) -> Result<T> {
        let core = self.core();
        core.retry
            .retry(Service::Taxii, operation, true, |_| {
                let url = url.clone();
                async move {
                    let (_, _, body) = self.get_once(url, query).await?;
                    decode(&body).map_err(|e| core.scrub_error(e))
                }
            })
            .await
    }

    /// The HTTP core in use (with the key header the server accepted).
    pub(crate) fn core(&self) -> &HttpCore {
        use std::sync::atomic::Ordering;
        match &self.inner.other {
            Some(o) if o.active.load(Ordering::Relaxed) => &o.core,
            _ => &self.inner.core,
        }
    }

    /// One GET attempt: status-checked, content-type-checked body and headers.
    ///
    /// When the key was given without a scheme and the discovery server's
    /// origin answers 401, the other documented header is tried once; the one
    /// that works is kept (and logged).
    pub(crate) async fn get_once(
        &self,
        url: Url,
        query: &[(String, String)],
    ) -> Result<(u16, HeaderMap, bytes::Bytes)> {
        use std::sync::atomic::Ordering;
        let first = self.get_with(self.core(), url.clone(), query).await;
        let other = match (&first, &self.inner.other) {
            (Err(e), Some(o))
                if e.status() == Some(401)
                    && url.origin() == self.discovery_url().origin()
                    && !o.tried.swap(true, Ordering::Relaxed) =>
            {
                o
            }
            _ => return first,
        };
        let (now, then) = if other.active.load(Ordering::Relaxed) {
            ("Authorization: Bearer", "X-API-Key")
        } else {
            ("X-API-Key", "Authorization: Bearer")
        };
        let core = if other.active.load(Ordering::Relaxed) {
            &self.inner.core
        } else {
            &other.core
        };
        match self.get_with(core, url, query).await {
            Ok(r) => {
                other
                    .active
                    .store(!other.active.load(Ordering::Relaxed), Ordering::Relaxed);
                tracing::info!(
                    service = "taxii",
                    "the server refused the key in {then} (401) and accepted it in {now}: using {now}"
                );
                Ok(r)
            }
            Err(_) => first,
        }
    }

    async fn get_with(
        &self,
        core: &HttpCore,
        url: Url,
        query: &[(String, String)],
    ) -> Result<(u16, HeaderMap, bytes::Bytes)> {
        core.exchange(
            "get",
            Resend::Once,
            || async {
                core.build(
                    core.http
                        .get(url.clone())
                        .query(query)
                        .header(http::header::ACCEPT, MEDIA_TYPE),
                )
            },
            |a| {
                check_content_type(&a.headers)?;
                Ok((a.status, a.headers, a.body))
            },
        )
        .await
    }
}

/// Accepts `application/taxii+json`, `application/stix+json`,
/// `application/json` (any parameters), or no content type.
pub(crate) fn check_content_type(headers: &HeaderMap) -> Result<()> {
    let Some(ct) = headers.get(http::header::CONTENT_TYPE) else {
        return Ok(());
    };
    let ct = ct.to_str().unwrap_or("").to_ascii_lowercase();
    let essence = ct.split(';').next().unwrap_or("").trim();
    if essence.is_empty() || essence.ends_with("json") {
        return Ok(());
    }
    Err(Error::Decode {
        service: Service::Taxii,
        message: format!(
            "expected {MEDIA_TYPE} (or application/json), got {essence}: is the URL a TAXII endpoint?"
        ),
        excerpt: String::new(),
    })
}

pub(crate) fn decode<T: serde::de::DeserializeOwned>(body: &[u8]) -> Result<T> {
    // Some servers answer `{}` or an empty body for an empty resource.
    let body: &[u8] = if body.iter().all(u8::is_ascii_whitespace) {
        b"{}"
    } else {
        body
    };
    serde_json::from_slice(body).map_err(|e| Error::decode(Service::Taxii, e, body))
}

/// Checks a value that goes into a URL path (see [`crate::http::check_segment`]).
pub(crate) fn check_segment(what: &str, value: &str) -> Result<()> {
    crate::http::check_segment(Service::Taxii, what, value)
}

// ---------------------------------------------------------------------------
// API roots and collections
// ---------------------------------------------------------------------------

/// A handle on an API root.
#[derive(Clone, Debug)]
pub struct ApiRoot {
    taxii: Taxii,
    url: Url,
}

impl ApiRoot {
    /// The API root's URL (ends with `/`).
    pub fn url(&self) -> &Url {
        &self.url
    }

    /// `GET {root}/`.
    pub async fn information(&self) -> Result<ApiRootInfo> {
        self.taxii
            .get_resource("api_root", self.url.clone(), &[])
            .await
    }

    /// `GET {root}/collections/` (an empty list when the server lists none).
    pub async fn collections(&self) -> Result<Vec<CollectionInfo>> {
        let url = join(&self.url, "collections/")?;
        let c: Collections = self.taxii.get_resource("collections", url, &[]).await?;
        Ok(c.collections)
    }

    /// A handle on one collection (no request).
    pub fn collection(&self, id: impl Into<String>) -> Collection {
        Collection {
            taxii: self.taxii.clone(),
            root: Some(self.url.clone()),
            id: id.into(),
        }
    }

    /// `GET {root}/status/{id}/`.
    pub async fn status(&self, id: &str) -> Result<Status> {
        check_segment("status id", id)?;
        let url = join(&self.url, &format!("status/{id}/"))?;
        self.taxii.get_resource("status", url, &[]).await
    }

    /// Polls `status/{id}/` every `interval` until it is final (`complete`),
    /// or fails with [`Error::Timeout`] after `timeout`.
    pub async fn wait_for_status(
        &self,
        id: &str,
        interval: Duration,
        timeout: Duration,
    ) -> Result<Status> {
        check_segment("status id", id)?;
        let start = tokio::time::Instant::now();
        loop {
            let s = self.status(id).await?;
            if s.is_final() {
                return Ok(s);
            }
            if start.elapsed() + interval > timeout {
                return Err(Error::Timeout {
                    service: Service::Taxii,
                    message: format!(
                        "status {id} still {:?} after {:?} ({} of {} pending)",
                        s.status, timeout, s.pending_count, s.total_count
                    ),
                });
            }
            tokio::time::sleep(interval).await;
        }
    }
}

fn join(base: &Url, rel: &str) -> Result<Url> {
    base.join(rel)
        .map_err(|e| Error::invalid_input(format!("TAXII: bad path {rel:?}: {e}")))
}

/// A handle on a collection. No request is made until a method is called.
#[derive(Clone, Debug)]
pub struct Collection {
    pub(crate) taxii: Taxii,
    pub(crate) root: Option<Url>,
    pub(crate) id: String,
}

impl Collection {
    /// The collection id.
    pub fn id(&self) -> &str {
        &self.id
    }

    /// The client.
    pub fn client(&self) -> &Taxii {
        &self.taxii
    }

    /// `{root}/collections/{id}/` (discovers the default API root when needed).
    pub async fn url(&self) -> Result<Url> {
        check_segment("collection id", &self.id)?;
        let root = match &self.root {
            Some(r) => r.clone(),
            None => self.taxii.default_root_url().await?,
        };
        join(&root, &format!("collections/{}/", self.id))
    }

    /// The API root this collection belongs to.
    pub async fn api_root(&self) -> Result<ApiRoot> {
        let url = match &self.root {
            Some(r) => r.clone(),
            None => self.taxii.default_root_url().await?,
        };
        Ok(ApiRoot {
            taxii: self.taxii.clone(),
            url,
        })
    }

    /// `GET {root}/collections/{id}/`.
    pub async fn info(&self) -> Result<CollectionInfo> {
        let url = self.url().await?;
        self.taxii.get_resource("collection", url, &[]).await
    }

    /// The objects of the collection (paged): `GET .../objects/`.
    pub fn objects(&self) -> ObjectsRequest {
        ObjectsRequest::new(self.clone())
    }

    /// The versions of one object (paged): `GET .../objects/{id}/` (all
    /// versions with `.match_version("all")`).
    pub fn object(&self, id: &str) -> ObjectsRequest {
        ObjectsRequest::for_object(self.clone(), id)
    }

    /// The manifest (paged): `GET .../manifest/`.
    pub fn manifest(&self) -> ResourceRequest<ManifestRecord> {
        ResourceRequest::manifest(self.clone())
    }

    /// The version list of one object (paged): `GET .../objects/{id}/versions/`.
    pub fn versions(&self, id: &str) -> ResourceRequest<String> {
        ResourceRequest::versions(self.clone(), id)
    }

    /// `DELETE .../objects/{id}/`, optionally only some versions
    /// (`match[version]`: `first`, `last`, `all` or timestamps).
    pub async fn delete_object(&self, id: &str, versions: Option<&str>) -> Result<()> {
        stix::check_id(id)?;
        let mut query = Vec::new();
        if let Some(v) = versions {
            objects::check_version_filter(v)?;
            query.push(("match[version]".to_string(), v.to_string()));
        }
        let url = join(&self.url().await?, &format!("objects/{id}/"))?;
        let core = self.taxii.core();
        let req = core
            .http
            .delete(url)
            .query(&query)
            .header(http::header::ACCEPT, MEDIA_TYPE)
            .build()
            .map_err(|e| Error::from_reqwest(Service::Taxii, e))?;
        core.send("delete_object", req, false).await?;
        Ok(())
    }

    /// `POST .../objects/`: publishes objects in a TAXII envelope; returns the
    /// server's [`Status`] (often `pending`: see [`Collection::wait_for_status`]).
    ///
    /// Retried like a read: STIX objects are identified by `(id, modified)`, so
    /// a replayed add cannot create a second copy (servers report it as a failure).
    pub async fn add_objects(&self, objects: &[StixObject]) -> Result<Status> {
        if objects.is_empty() {
            return Err(Error::invalid_input(
                "TAXII: add_objects needs at least one object",
            ));
        }
        #[derive(Serialize)]
        struct Envelope<'a> {
            objects: &'a [StixObject],
        }
        let body = serde_json::to_vec(&Envelope { objects })
            .map_err(|e| Error::invalid_input(format!("TAXII: cannot serialise objects: {e}")))?;
        let url = join(&self.url().await?, "objects/")?;
        let core = self.taxii.core();
        let body = bytes::Bytes::from(body);
        core.exchange(
            "add_objects",
            Resend::Exchange,
            || async {
                core.build(
                    core.http
                        .post(url.clone())
                        .header(http::header::ACCEPT, MEDIA_TYPE)
                        .header(http::header::CONTENT_TYPE, MEDIA_TYPE)
                        .body(body.clone()),
                )
            },
            |a| {
                check_content_type(&a.headers)?;
                decode::<Status>(&a.body)
            },
        )
        .await
    }

    /// Publishes a bundle's objects (see [`add_objects`](Self::add_objects)).
    pub async fn add_bundle(&self, bundle: &Bundle) -> Result<Status> {
        self.add_objects(&bundle.objects).await
    }

    /// Polls a status until it is final; see [`ApiRoot::wait_for_status`].
    pub async fn wait_for_status(
        &self,
        status: &Status,
        interval: Duration,
        timeout: Duration,
    ) -> Result<Status> {
        if status.is_final() {
            return Ok(status.clone());
        }
        self.api_root()
            .await?
            .wait_for_status(&status.id, interval, timeout)
            .await
    }

    /// A delta poll: a stream of the objects added since the last run, which
    /// resumes from the checkpoint in `store` and saves it after each page has
    /// been handed out. See [`DeltaPoll`].
    pub fn poll<'a, S: crate::CheckpointStore + 'a>(&self, store: S) -> DeltaPoll<'a> {
        DeltaPoll::new(self.objects(), Box::new(store))
    }

    /// A delta poll written to a sink (NDJSON, one object per line, byte for
    /// byte as the server sent it) with a checkpoint, on the
    /// [sync driver](crate::sync); key `taxii-poll:<objects URL>` unless set.
    ///
    /// ```no_run
    /// # async fn demo(taxii: secops::taxii::Taxii) -> secops::Result<()> {
    /// use secops::{FileCheckpoints, NdjsonFile};
    /// let store = FileCheckpoints::single("state/indicators.checkpoint.json");
    /// let mut out = NdjsonFile::create("indicators.ndjson")?;
    /// let report = taxii
    ///     .collection("soc-defenders-all")
    ///     .sync(&mut out, &store)
    ///     .on_progress(|p| eprintln!("{} objects", p.records))
    ///     .await?;
    /// println!("{} new objects, watermark {:?}", report.records, report.detail.watermark);
    /// # Ok(()) }
    /// ```
    pub fn sync<'a>(
        &self,
        sink: impl crate::Sink + 'a,
        store: impl crate::CheckpointStore + 'a,
    ) -> SyncBuilder<'a> {
        SyncBuilder::poll(self.objects(), sink, store)
    }
}

// ---------------------------------------------------------------------------
// Resources
// ---------------------------------------------------------------------------

/// The discovery resource.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Discovery {
    /// Title.
    #[serde(default)]
    pub title: String,
    /// Description.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Contact.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact: Option<String>,
    /// The default API root (URL).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default: Option<String>,
    /// The API roots (URLs, absolute or relative).
    #[serde(default)]
    pub api_roots: Vec<String>,
    /// Any other property.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// An API root's information.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct ApiRootInfo {
    /// Title.
    #[serde(default)]
    pub title: String,
    /// Description.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Supported TAXII versions (media types).
    #[serde(default)]
    pub versions: Vec<String>,
    /// The largest request body accepted, in bytes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_content_length: Option<u64>,
    /// Any other property.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

#[derive(Deserialize)]
struct Collections {
    #[serde(default)]
    collections: Vec<CollectionInfo>,
}

/// A collection's description.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct CollectionInfo {
    /// The id.
    pub id: String,
    /// Title.
    #[serde(default)]
    pub title: String,
    /// Description.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Alias.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub alias: Option<String>,
    /// Whether objects can be read.
    #[serde(default)]
    pub can_read: bool,
    /// Whether objects can be added.
    #[serde(default)]
    pub can_write: bool,
    /// Media types of the objects.
    #[serde(default)]
    pub media_types: Vec<String>,
    /// Any other property.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// One manifest entry.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct ManifestRecord {
    /// The object id.
    pub id: String,
    /// When this version was added to the collection.
    pub date_added: String,
    /// The version (`modified`).
    pub version: String,
    /// The media type.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub media_type: Option<String>,
    /// Any other property.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// A status resource (the outcome of an add).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Status {
    /// The status id.
    pub id: String,
    /// `pending` or `complete`.
    pub status: String,
    /// When the request was received.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub request_timestamp: Option<String>,
    /// Objects in the request.
    #[serde(default)]
    pub total_count: u64,
    /// Objects added.
    #[serde(default)]
    pub success_count: u64,
    /// Details of the successes.
    #[serde(default)]
    pub successes: Vec<StatusDetail>,
    /// Objects refused.
    #[serde(default)]
    pub failure_count: u64,
    /// Details of the failures.
    #[serde(default)]
    pub failures: Vec<StatusDetail>,
    /// Objects still being processed.
    #[serde(default)]
    pub pending_count: u64,
    /// Details of the pending objects.
    #[serde(default)]
    pub pendings: Vec<StatusDetail>,
    /// Any other property.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

impl Status {
    /// Whether the status is final (`complete`, or nothing left pending).
    pub fn is_final(&self) -> bool {
        self.status == "complete" || (self.status != "pending" && self.pending_count == 0)
    }
}

/// One object in a [`Status`].
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct StatusDetail {
    /// The object id.
    pub id: String,
    /// The object version.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
    /// A message (why it failed).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn error_shapes_and_rate_limit_reset() {
        let mut h = HeaderMap::new();
        let e = parse_taxii_error(
            Service::Taxii,
            400,
            &h,
            br#"{"title":"ProcessingError","http_status":"400","description":"'next' not valid."}"#,
        );
        assert_eq!(e.code.as_deref(), Some("ProcessingError"));
        assert_eq!(e.message.as_deref(), Some("'next' not valid."));
        h.insert("x-ratelimit-reset", "7".parse().unwrap());
        let e = parse_taxii_error(
            Service::Taxii,
            429,
            &h,
            br#"{"error":{"code":"rate_limited","message":"slow down","details":{"limit":60},"request_id":"r-1"}}"#,
        );
        assert_eq!(e.retry_after, Some(Duration::from_secs(7)));
        assert_eq!(e.request_id.as_deref(), Some("r-1"));
        assert!(e.message.as_deref().unwrap().contains("\"limit\":60"));
        let now = std::time::UNIX_EPOCH + Duration::from_secs(1_800_000_000);
        h.insert("x-ratelimit-reset", "1800000012".parse().unwrap());
        assert_eq!(rate_limit_reset(&h, now), Some(Duration::from_secs(12)));
        h.insert(http::header::RETRY_AFTER, "3".parse().unwrap());
        let e = parse_taxii_error(Service::Taxii, 429, &h, b"");
        assert_eq!(e.retry_after, None, "Retry-After is left to the core");
    }

    #[test]
    fn content_types() {
        let mut h = HeaderMap::new();
        assert!(check_content_type(&h).is_ok());
        for ok in [
            MEDIA_TYPE,
            "application/json; charset=utf-8",
            STIX_MEDIA_TYPE,
            "application/vnd.oasis.taxii+json",
        ] {
            h.insert(http::header::CONTENT_TYPE, ok.parse().unwrap());
            assert!(check_content_type(&h).is_ok(), "{ok}");
        }
        h.insert(http::header::CONTENT_TYPE, "text/html".parse().unwrap());
        assert!(check_content_type(&h).is_err());
    }

    #[test]
    fn segments_and_status() {
        assert!(check_segment("collection id", "soc-defenders-all").is_ok());
        for bad in ["", " ", "a/b", "a?b", "a#b", "a b", "%2e%2e"] {
            assert!(check_segment("collection id", bad).is_err(), "{bad:?}");
        }
        let s: Status = serde_json::from_str(
            r#"{"id":"s1","status":"pending","total_count":2,"pending_count":2}"#,
        )
        .unwrap();
        assert!(!s.is_final());
        let s: Status = serde_json::from_str(r#"{"id":"s1","status":"complete"}"#).unwrap();
        assert!(s.is_final());
    }

    #[test]
    fn builder_needs_a_url_and_resolves_api_roots() {
        assert!(matches!(
            Taxii::builder().api_key("k").build(),
            Err(Error::InvalidInput { .. })
        ));
        let t = Taxii::builder()
            .url("https://taxii.example/taxii2/")
            .build()
            .unwrap();
        assert_eq!(
            t.api_root_at("/api1").unwrap().url().as_str(),
            "https://taxii.example/api1/"
        );
        assert_eq!(
            t.api_root_at("https://other.example/root/")
                .unwrap()
                .url()
                .as_str(),
            "https://other.example/root/"
        );
        assert!(t.api_root_at("").is_err());
        let soc = Taxii::builder().socdefenders().build().unwrap();
        assert_eq!(soc.discovery_url().as_str(), SOCDEFENDERS_URL);
    }
}
