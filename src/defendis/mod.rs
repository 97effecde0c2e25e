//! Defendis: watchlists (the authorisation scope), Dataleaks, Exposure and
//! Ransomware, with paged streams and resumable ingestion.
//!
//! The client wraps the one generated from `specs/defendis.yaml`
//! ([`generated`]): every operation of the spec is reachable through a typed
//! method here, with bearer auth, the shared [`RetryPolicy`],
//! typed errors and page-number paging.
//!
//! ```no_run
//! # async fn demo() -> secops::Result<()> {
//! use futures::TryStreamExt;
//! use secops::defendis::{DateWindow, Defendis};
//! let defendis = Defendis::from_env()?; // DEFENDIS_API_KEY (and DEFENDIS_URL to override the base URL)
//! let window = DateWindow::parse("2024-01-01", "2024-07-01")?;
//! let mut leaks = defendis.dataleaks().credentials("example.com").window(window).items();
//! while let Some(cred) = leaks.try_next().await? {
//!     println!("{:?} leaked on {:?}", cred.email, cred.leak_date);
//! }
//! # Ok(()) }
//! ```
//!
//! # Errors a user can match on
//!
//! | situation | [`ApiErrorKind`](crate::ApiErrorKind) |
//! |---|---|
//! | 401 missing / invalid / revoked key | `Unauthorized` |
//! | 403 value outside the watchlist scope | `OutOfScope` |
//! | 403 enterprise billing denied | `BillingDenied { reason, status }` |
//! | 409 workspace quota reached | `QuotaReached { metric, used, limit }` |
//! | 429 after the retries | `RateLimited` |
//!
//! Bad input (an empty id, a malformed domain, e-mail or BIN, a date window
//! whose `from` is not before its `to`) is an [`Error::InvalidInput`] before
//! any request is sent.
//!
//! # Retries
//!
//! GET and PUT calls are retried on 408/425/429/5xx and network errors (the
//! whole exchange, body included); POST writes (create, add, batch delete) are
//! retried only on 429, which the service sends before doing anything. Paged
//! streams retry each page.
//!
//! # Confirmed and inferred operations
//!
//! Every operation of the vendor's documentation is in the spec. The Exposure
//! and Ransomware paths are not published: [`Exposure::assets`] and
//! [`Ransomware::victims`] follow the documented conventions and are marked
//! `x-secops-inferred: true` in the spec. For any other path, use the escape
//! hatch [`Defendis::get_paged`], which gives the same paging, retries and
//! errors for any record type (`serde_json::Value` for untyped records).
//!
//! Leaked data is sensitive: the client never logs payloads, and decode errors
//! on Defendis bodies do not quote them.

mod datasets;
mod errors;
mod list;
mod sync;
mod watchlists;
mod window;

use std::future::Future;
use std::sync::Arc;

use http::HeaderMap;
use progenitor_client::ResponseValue;

use crate::config::{ClientBuilder, HttpCore};
use crate::error::{Error, Result, Service};
use crate::hooks::Hooks;
use crate::retry::RetryPolicy;
use crate::secret::Secret;
use crate::Auth;

pub use datasets::{Dataleaks, Dataset, Exposure, Ransomware, StatsRequest};
pub use errors::parse_error;
pub use list::{List, ListSource};
pub use sync::{DatasetDetail, DatasetSource, DatasetSync, SyncProgress, SyncReport};
pub use watchlists::{
    AddEntry, CreateWatchlist, UpdateEntry, UpdateWatchlist, WatchlistEntries, WatchlistKind,
    Watchlists,
};
pub use window::DateWindow;

/// The client generated from `specs/defendis.yaml` (see `generated/defendis.rs`).
///
/// [`Defendis::generated`] gives a ready instance (authenticated, retried
/// like the typed methods); prefer the typed methods of [`Defendis`], which
/// add paging and typed errors.
#[allow(missing_docs, clippy::all, unused, rustdoc::all)]
pub mod generated {
    include!(concat!(env!("OUT_DIR"), "/defendis.rs"));
}

/// The record and envelope types of the spec (generated). Records keep every
/// field the spec does not model in their `extra` map.
pub mod types {
    pub use super::generated::types::{
        CredentialList, DataleaksStats, DeleteCount, DocumentList, Error as ErrorBody,
        ExposureAsset, ExposureAssetList, Health, LeakedCredential, LeakedDocument,
        LeakedPaymentCard, Paging, PaymentCardList, QuotaUsage, RansomwareVictim,
        RansomwareVictimList, SortOrder, Watchlist, WatchlistEntry, WatchlistEntryCreate,
        WatchlistEntryList, WatchlistEntryUpdate, WatchlistList, WatchlistStats, WatchlistUpdate,
    };
    pub use super::generated::types::{WatchlistCreate, WatchlistResponse};
}

pub use types::SortOrder;

/// The public base URL.
pub const DEFAULT_BASE_URL: &str = "https://api.defendis.ai";
/// The environment variable holding the API key.
pub const KEY_ENV: &str = "DEFENDIS_API_KEY";
/// The environment variable that overrides the base URL (optional).
pub const URL_ENV: &str = "DEFENDIS_URL";

// Generated calls run through the shared hooks; an error body that is not
// the documented `{error, message?}` (a proxy's HTML page, an empty 429) is
// rewritten into that shape, so that the status survives instead of becoming
// a decode error.
crate::hooks::impl_retry_hooks!(generated::Client, normalize_error_response);

async fn normalize_error_response(resp: reqwest::Response) -> reqwest::Response {
    let status = resp.status();
    let mut headers = resp.headers().clone();
    let body = crate::config::read_limited(resp, 64 * 1024).await;
    let body = if serde_json::from_slice::<generated::types::Error>(&body).is_ok() {
        body
    } else {
        documented_error_body(status.as_u16(), &headers, &body)
    };
    headers.remove(http::header::CONTENT_LENGTH);
    headers.remove(http::header::CONTENT_ENCODING);
    headers.insert(
        http::header::CONTENT_TYPE,
        http::HeaderValue::from_static("application/json"),
    );
    let mut out = http::Response::new(body);
    *out.status_mut() = status;
    *out.headers_mut() = headers;
    reqwest::Response::from(out)
}

/// Rewrites any error body into `{error, message?, ..}`, keeping what it said.
fn documented_error_body(status: u16, headers: &HeaderMap, body: &[u8]) -> Vec<u8> {
    use serde_json::{Map, Value};
    let parsed = parse_error(Service::Defendis, status, headers, body);
    let mut out = Map::new();
    let reason = http::StatusCode::from_u16(status)
        .ok()
        .and_then(|s| s.canonical_reason())
        .unwrap_or("error");
    let error = parsed
        .code
        .clone()
        .or_else(|| parsed.message.clone())
        .unwrap_or_else(|| format!("HTTP {status} {reason}"));
    out.insert("error".into(), Value::String(error.clone()));
    if let Some(m) = parsed.message.filter(|m| *m != error) {
        out.insert("message".into(), Value::String(m));
    }
    if let Ok(Value::Object(orig)) = serde_json::from_slice::<Value>(body) {
        for (k, v) in orig {
            let keep = match k.as_str() {
                "error" | "message" => None,
                "reason" | "status" | "metric" => Some(match v {
                    Value::String(s) => Value::String(s),
                    other => Value::String(other.to_string()),
                }),
                "used" | "limit" | "requestedIncrement" => match &v {
                    Value::Number(n) if n.is_i64() => Some(v),
                    Value::String(s) => s.trim().parse::<i64>().ok().map(Value::from),
                    _ => None,
                },
                _ => Some(v),
            };
            if let Some(v) = keep {
                out.insert(k, v);
            }
        }
    }
    serde_json::to_vec(&Value::Object(out)).unwrap_or_default()
}

/// The Defendis client. Cheap to clone (shared state).
///
/// ```no_run
/// # fn demo() -> secops::Result<()> {
/// use secops::defendis::Defendis;
/// let defendis = Defendis::builder()
///     .api_key("dfd_...")
///     .base_url("https://api.defendis.ai")
///     .build()?;
/// # Ok(()) }
/// ```
#[derive(Clone)]
pub struct Defendis {
    inner: Arc<Inner>,
}

struct Inner {
    core: HttpCore,
    api: generated::Client,
    once: generated::Client,
}

impl std::fmt::Debug for Defendis {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Defendis")
            .field("core", &self.inner.core)
            .finish()
    }
}

impl ClientBuilder<Defendis> {
    /// Builds the client. Fails with [`Error::InvalidInput`] when no key (or
    /// other auth) was given, the key is empty, or the base URL is invalid.
    pub fn build(self) -> Result<Defendis> {
        let config = self.config;
        match (&config.auth, &config.api_key) {
            (Some(_), _) => {}
            (None, Some(k)) if !k.expose().trim().is_empty() => {}
            (None, Some(_)) => {
                return Err(Error::invalid_input(
                    "Defendis: the API key is empty: pass .api_key(..) or set DEFENDIS_API_KEY",
                ))
            }
            (None, None) => {
                return Err(Error::invalid_input(
                    "Defendis: no API key: pass .api_key(..) or set DEFENDIS_API_KEY",
                ))
            }
        }
        let core = HttpCore::new(
            Service::Defendis,
            &config,
            DEFAULT_BASE_URL,
            Auth::Bearer,
            parse_error,
        )?;
        // `api` retries whole exchanges (status *and* body) in its hooks;
        // `once` makes one attempt per call, for pages the paginator retries.
        let api = generated::Client::new_with_client(
            &core.base_trimmed(),
            core.http().clone(),
            Hooks::new(core.clone()),
        );
        let mut single = core.clone();
        single.retry = RetryPolicy::none();
        let once = generated::Client::new_with_client(
            &core.base_trimmed(),
            core.http().clone(),
            Hooks::new(single),
        );
        Ok(Defendis {
            inner: Arc::new(Inner { core, api, once }),
        })
    }
}

impl Defendis {
    /// A builder (key, base URL, timeouts, retry policy...).
    pub fn builder() -> ClientBuilder<Defendis> {
        ClientBuilder::new()
    }

    /// A client from the environment: the key from `DEFENDIS_API_KEY`, and
    /// the base URL from `DEFENDIS_URL` when set.
    pub fn from_env() -> Result<Self> {
        let mut b = Defendis::builder().api_key(Secret::from_env(KEY_ENV)?);
        if let Ok(url) = std::env::var(URL_ENV) {
            if !url.trim().is_empty() {
                b = b.base_url(url);
            }
        }
        b.build()
    }

    /// The HTTP core (base URL, authenticated `reqwest::Client`, retry policy).
    pub fn core(&self) -> &HttpCore {
        &self.inner.core
    }

    /// The generated client, for calls this wrapper does not cover: every
    /// operation of the spec, retried like this client's own calls (reads as
    /// a whole exchange, writes only when not received).
    pub fn generated(&self) -> &generated::Client {
        &self.inner.api
    }

    pub(crate) fn api(&self) -> &generated::Client {
        &self.inner.api
    }

    /// The generated client making one attempt per call (pages: the
    /// paginator retries them).
    pub(crate) fn once(&self) -> &generated::Client {
        &self.inner.once
    }

    /// `GET /health` (no authentication needed): `{"status":"ok"}`.
    pub async fn health(&self) -> Result<types::Health> {
        self.call(self.api().health().send()).await
    }

    /// Watchlists: list, create, update, batch delete, stats.
    pub fn watchlists(&self) -> Watchlists {
        Watchlists::new(self.clone())
    }

    /// The entries of one kind of watchlist (`assets`, `domain`, `bin`,
    /// `executive`, `keyword`, `ransom`): list, add, update, batch delete.
    pub fn watchlist_entries(&self, kind: WatchlistKind) -> WatchlistEntries {
        WatchlistEntries::new(self.clone(), kind)
    }

    /// Dataleaks: credentials (by domain or e-mail), documents, payment cards, stats.
    pub fn dataleaks(&self) -> Dataleaks {
        Dataleaks::new(self.clone())
    }

    /// Exposure (inferred paths).
    pub fn exposure(&self) -> Exposure {
        Exposure::new(self.clone())
    }

    /// Ransomware (inferred paths).
    pub fn ransomware(&self) -> Ransomware {
        Ransomware::new(self.clone())
    }

    /// The escape hatch: any page-number-paged GET path (`/api/v1/...`), with
    /// the same paging, retries and errors as the typed lists, decoding each
    /// record as `T` (`serde_json::Value` for untyped records).
    ///
    /// `query` is anything `serde_urlencoded` can serialise (pairs, a map, a
    /// struct); do not put `page` in it: the stream sets it. `pageSize` may be
    /// given there or with [`List::page_size`].
    ///
    /// ```no_run
    /// # async fn demo(defendis: secops::defendis::Defendis) -> secops::Result<()> {
    /// use futures::TryStreamExt;
    /// let posts: Vec<serde_json::Value> = defendis
    ///     .get_paged::<serde_json::Value>("/api/v1/ransomware/posts", &[("group", "akira")])
    ///     .items()
    ///     .try_collect()
    ///     .await?;
    /// # Ok(()) }
    /// ```
    pub fn get_paged<T>(&self, path: &str, query: impl serde::Serialize) -> List<T>
    where
        T: serde::de::DeserializeOwned + Send + 'static,
    {
        List::raw(self.clone(), path, query)
    }

    /// Runs one generated call (retried in the client's hooks: reads as a
    /// whole exchange, writes only when not received) and converts its error.
    pub(crate) async fn call<T, E, Fut>(&self, call: Fut) -> Result<T>
    where
        E: serde::Serialize,
        Fut: Future<Output = std::result::Result<ResponseValue<T>, progenitor_client::Error<E>>>,
    {
        match call.await {
            Ok(rv) => Ok(rv.into_inner()),
            Err(e) => Err(self.convert(e).await),
        }
    }

    /// Converts a generated error, withholding any body excerpt (Defendis
    /// bodies may carry leaked credentials).
    pub(crate) async fn convert<E: serde::Serialize>(
        &self,
        e: progenitor_client::Error<E>,
    ) -> Error {
        withhold_body(crate::hooks::convert_error(self.core(), e).await)
    }
}

/// Decode errors quote the start of the body; Defendis bodies may be leaked
/// credentials, so the quote is replaced.
pub(crate) fn withhold_body(e: Error) -> Error {
    match e {
        Error::Decode {
            service,
            message,
            excerpt,
        } if !excerpt.is_empty() => Error::Decode {
            service,
            message,
            excerpt: "[withheld: Defendis data may be sensitive]".into(),
        },
        other => other,
    }
}

/// Checks a watchlist or entry id (see [`crate::http::check_segment`]).
pub(crate) fn check_id(what: &str, id: &str) -> Result<()> {
    crate::http::check_segment(Service::Defendis, &format!("{what} id"), id)
}

/// Checks a domain name (`example.com`, no scheme, path or spaces).
pub(crate) fn check_domain(domain: &str) -> Result<()> {
    let bad = |why: &str| {
        Err(Error::invalid_input(format!(
            "Defendis: {domain:?} is not a domain name ({why}); give a bare name such as example.com"
        )))
    };
    let d = domain.trim_end_matches('.');
    if d.is_empty() {
        return bad("it is empty");
    }
    if d.len() > 253 {
        return bad("it is longer than 253 characters");
    }
    if d.contains("://") || d.contains('/') {
        return bad("it has a scheme or a path");
    }
    if !d.contains('.') {
        return bad("it has no dot");
    }
    for label in d.split('.') {
        if label.is_empty() || label.len() > 63 {
            return bad("a label is empty or longer than 63 characters");
        }
        if !label
            .chars()
            .all(|c| c.is_alphanumeric() || c == '-' || c == '_')
        {
            return bad("it has characters a domain cannot have");
        }
    }
    Ok(())
}

/// Checks an e-mail address (`local@domain`).
pub(crate) fn check_email(email: &str) -> Result<()> {
    match email.split_once('@') {
        Some((local, domain))
            if !local.is_empty()
                && !local.chars().any(char::is_whitespace)
                && !domain.contains('@')
                && check_domain(domain).is_ok() =>
        {
            Ok(())
        }
        _ => Err(Error::invalid_input(format!(
            "Defendis: {email:?} is not an e-mail address (local@domain)"
        ))),
    }
}

/// Checks a payment-card BIN (6 to 8 digits).
pub(crate) fn check_bin(bin: &str) -> Result<()> {
    if (6..=8).contains(&bin.len()) && bin.bytes().all(|b| b.is_ascii_digit()) {
        Ok(())
    } else {
        Err(Error::invalid_input(format!(
            "Defendis: {bin:?} is not a BIN (6 to 8 digits)"
        )))
    }
}

/// Checks an optional free-text value is not blank.
pub(crate) fn check_text(what: &str, value: &str) -> Result<()> {
    if value.trim().is_empty() {
        Err(Error::invalid_input(format!(
            "Defendis: the {what} is empty"
        )))
    } else {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn input_checks() {
        assert!(check_domain("example.com").is_ok());
        assert!(check_domain("sub.example.co.uk.").is_ok());
        for bad in ["", "example", "https://example.com", "exa mple.com", "a..b"] {
            assert!(
                matches!(check_domain(bad), Err(Error::InvalidInput { .. })),
                "{bad}"
            );
        }
        assert!(check_email("jane@example.com").is_ok());
        for bad in [
            "jane",
            "@example.com",
            "jane@",
            "jane@@example.com",
            "ja ne@x.com",
        ] {
            assert!(check_email(bad).is_err(), "{bad}");
        }
        assert!(check_bin("457173").is_ok() && check_bin("45717312").is_ok());
        for bad in ["", "12345", "123456789", "12a456"] {
            assert!(check_bin(bad).is_err(), "{bad}");
        }
        assert!(check_id("watchlist", " ").is_err());
        assert!(check_id("watchlist", "a/b").is_err());
        assert!(check_id("watchlist", "wl_1").is_ok());
    }

    #[test]
    fn build_needs_a_key_and_hides_it() {
        let e = Defendis::builder().build().unwrap_err();
        assert!(e.to_string().contains("DEFENDIS_API_KEY"), "{e}");
        let e = Defendis::builder().api_key("  ").build().unwrap_err();
        assert!(matches!(e, Error::InvalidInput { .. }));
        let c = Defendis::builder()
            .api_key("dfd_secret_value_123")
            .build()
            .unwrap();
        assert!(!format!("{c:?}").contains("dfd_secret_value_123"));
        assert_eq!(c.core().base().as_str(), "https://api.defendis.ai/");
    }

    #[test]
    fn odd_error_bodies_become_documented_ones() {
        let h = HeaderMap::new();
        let b = documented_error_body(502, &h, b"<html>Bad gateway</html>");
        let v: generated::types::Error = serde_json::from_slice(&b).unwrap();
        assert!(v.error.contains("Bad gateway"), "{}", v.error);
        let b = documented_error_body(429, &h, b"");
        let v: generated::types::Error = serde_json::from_slice(&b).unwrap();
        assert_eq!(v.error, "HTTP 429 Too Many Requests");
        let b = documented_error_body(
            409,
            &h,
            br#"{"message":"quota","metric":"domains","used":"10","limit":10,"x":1}"#,
        );
        let v: generated::types::Error = serde_json::from_slice(&b).unwrap();
        assert_eq!((v.used, v.limit), (Some(10), Some(10)));
        assert_eq!(v.extra.get("x"), Some(&serde_json::json!(1)));
    }

    proptest::proptest! {
        #[test]
        fn any_error_body_parses_and_normalises(
            status in 400u16..600,
            body in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..300),
        ) {
            let h = HeaderMap::new();
            let e = parse_error(Service::Defendis, status, &h, &body);
            proptest::prop_assert_eq!(e.status, status);
            let fixed = documented_error_body(status, &h, &body);
            proptest::prop_assert!(serde_json::from_slice::<generated::types::Error>(&fixed).is_ok());
        }

        #[test]
        fn any_json_error_object_keeps_its_kind(
            used in 0u64..1000,
            limit in 0u64..1000,
            metric in "[a-z]{1,12}",
            extra in "[a-zA-Z0-9 ]{0,20}",
        ) {
            let body = serde_json::json!({
                "error": format!("quota_{metric}_reached"),
                "used": used, "limit": limit, "metric": metric, "note": extra,
            });
            let e = parse_error(Service::Defendis, 409, &HeaderMap::new(), body.to_string().as_bytes());
            proptest::prop_assert_eq!(e.kind, crate::ApiErrorKind::QuotaReached {
                metric: Some(metric), used: Some(used), limit: Some(limit)
            });
        }
    }
}
