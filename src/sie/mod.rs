//! DomainTools SIE Batch (feature `sie`): channel details, constant-memory
//! NDJSON fetches, presigned URLs and resumable windowed syncs.
//!
//! SIE Batch is not an OpenAPI service: this client is written by hand from the
//! public API reference. Every call is a JSON `POST` under
//! `https://batch.sie-remote.net/siebatchd/v1/` whose body carries `apikey`; the
//! key must be a UUID (`xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx`), is checked when
//! the client is built, and never appears in `Debug`, errors or logs.
//!
//! ```no_run
//! # async fn demo() -> secops::Result<()> {
//! use futures::TryStreamExt;
//! use secops::sie::{Channel, SieBatch, Window};
//! use secops::{FileCheckpoints, NdjsonFile};
//!
//! let sie = SieBatch::from_env()?; // SIE_API_KEY (and SIE_URL to point elsewhere)
//! let details = sie.channel_details(&[Channel::NEWLY_OBSERVED_DOMAINS]).await?;
//! let latest = details[&Channel::NEWLY_OBSERVED_DOMAINS].latest;
//! let window = Window::new(latest - chrono::Duration::minutes(30), latest)?;
//!
//! // Typed records, streamed (the body is never held in memory).
//! let mut records = sie.fetch_channel(Channel::NEWLY_OBSERVED_DOMAINS, window).records().await?;
//! while let Some(r) = records.next_record().await? {
//!     println!("{}", r.domain().unwrap_or("?"));
//! }
//!
//! // A resumable sync to a file, 10-minute chunks, checkpointed after each.
//! let store = FileCheckpoints::new("state/")?;
//! let report = sie
//!     .sync_channel(Channel::NEWLY_OBSERVED_FQDNS, window, NdjsonFile::create("nod.ndjson")?, &store)
//!     .await?;
//! println!("{} records", report.records);
//! # Ok(()) }
//! ```
//!
//! # Times
//! Windows ([`Window`]) are UTC and half-open (`[start, end)`). The service
//! ignores seconds, so the client truncates both ends to the minute itself;
//! the window you read back is the one fetched. Before fetching, the window
//! is checked against the channel's `earliest`/`latest` ([`ChannelDetails`]):
//! a window outside them is an [`Error::InvalidInput`] unless you ask the
//! client to [`clamp`](FetchChannel::clamp) it.
//!
//! # What is confirmed and what is inferred
//! The endpoints, bodies, the `NOK` envelope and the 403/404 answers of
//! presigned URLs are from the vendor's reference. Inferred (easy to change,
//! in this module only): windows are half-open; `latest` is rounded up to the
//! minute when checking a window; `keys` and `new_rr` are lists of strings; a
//! presigned URL accepts `Range` requests (as S3 does) — if it does not, the
//! client skips the bytes it already has instead.

mod error;
mod pages;
mod presign;
mod record;
mod stream;
mod sync;
mod types;

use std::collections::BTreeMap;

use serde_json::json;

pub use self::error::parse_error;
pub use self::pages::WindowPages;
pub use self::presign::{Download, DownloadProgress, DownloadReport, FetchViaUrl, PresignedUrl};
pub use self::record::{Extra, NewDomain, NewDomainMessage, NewDomainRecord};
pub use self::stream::{Chunks, FetchChannel, Lines, Records};
pub use self::sync::{
    ChannelDetail, ChannelSource, ChunkProgress, Gap, SyncChannel, SyncProgress, SyncReport,
};
pub use self::types::{
    format_time, parse_time, truncate_to_minute, Channel, ChannelDetails, Profile,
    ProvisionedChannel, Window, TIME_FORMAT,
};

use crate::config::{Auth, ClientBuilder, HttpCore};
use crate::error::{Error, Result, Service};
use crate::http::Resend;
use crate::secret::Secret;

/// The public SIE Batch base URL.
pub const DEFAULT_BASE_URL: &str = "https://batch.sie-remote.net/siebatchd/v1/";

/// The environment variable read for an alternative base URL by [`SieBatch::from_env`].
pub const URL_ENV_VAR: &str = "SIE_URL";

/// The SIE Batch client. Cheap to clone (clones share the connection pool).
#[derive(Clone, Debug)]
pub struct SieBatch {
    core: HttpCore,
    key: Secret,
    /// For presigned URLs: no credentials, redirects followed to any origin
    /// (never https → http), no `Referer`.
    download: reqwest::Client,
}

/// Whether `key` is a hyphenated UUID (`8-4-4-4-12` hex digits).
fn is_uuid(key: &str) -> bool {
    key.len() == 36 && uuid::Uuid::try_parse(key).is_ok()
}

impl ClientBuilder<SieBatch> {
    /// Builds the client. The key must be set and be a UUID; the base URL
    /// (default [`DEFAULT_BASE_URL`]) must be http(s). Nothing is sent.
    pub fn build(self) -> Result<SieBatch> {
        let key = self.config.api_key.clone().ok_or_else(|| {
            Error::invalid_input("SIE Batch needs an API key: call .api_key(..) or set SIE_API_KEY")
        })?;
        if !is_uuid(key.expose().trim()) {
            return Err(Error::invalid_input(
                "the SIE Batch API key is not a UUID (expected xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx): check SIE_API_KEY",
            ));
        }
        let key = Secret::new(key.expose().trim());
        let core = HttpCore::new(
            Service::Sie,
            &self.config,
            DEFAULT_BASE_URL,
            |_| Auth::None,
            parse_error,
        )?;
        let download = core.unauthenticated_client(&self.config)?;
        Ok(SieBatch {
            core,
            key,
            download,
        })
    }
}

impl SieBatch {
    /// A builder: `SieBatch::builder().api_key(key).build()?`.
    pub fn builder() -> ClientBuilder<SieBatch> {
        ClientBuilder::new()
    }

    /// A client from the environment: `SIE_API_KEY` (required) and `SIE_URL` (optional).
    pub fn from_env() -> Result<Self> {
        let mut b = Self::builder().api_key(Secret::from_env(Service::Sie.key_env_var())?);
        if let Ok(url) = std::env::var(URL_ENV_VAR) {
            if !url.trim().is_empty() {
                b = b.base_url(url);
            }
        }
        b.build()
    }

    /// The HTTP core (base URL, retry policy).
    pub fn core(&self) -> &HttpCore {
        &self.core
    }

    /// The JSON body of a call: `apikey` plus the call's parameters.
    fn body(&self, params: serde_json::Value) -> Vec<u8> {
        let mut body = match params {
            serde_json::Value::Object(m) => m,
            _ => serde_json::Map::new(),
        };
        body.insert("apikey".into(), self.key.expose().into());
        serde_json::to_vec(&body).expect("a JSON map serialises")
    }

    /// Builds one `POST` (not sent).
    fn request(&self, path: &str, params: serde_json::Value) -> Result<reqwest::Request> {
        let url = self.core.url(path)?;
        self.core
            .http()
            .post(url)
            .header(http::header::CONTENT_TYPE, "application/json")
            .body(self.body(params))
            .build()
            .map_err(|e| Error::from_reqwest(Service::Sie, e))
    }

    /// A JSON call, retried as a whole (send and decode) through the retry
    /// policy: every SIE call reads, so retrying the `POST` is safe.
    async fn call(
        &self,
        operation: &str,
        path: &str,
        params: serde_json::Value,
    ) -> Result<serde_json::Value> {
        tracing::debug!(service = "sie", operation, "calling");
        self.core
            .exchange(
                operation,
                Resend::Exchange,
                || async { self.request(path, params.clone()) },
                |a| {
                    let v: serde_json::Value = serde_json::from_slice(&a.body)
                        .map_err(|e| self.decode_error(operation, e, &a.body))?;
                    if v.get("_status").and_then(|s| s.as_str()) == Some("NOK") {
                        return Err(self
                            .core
                            .error_from_parts(a.status, &a.headers, &a.body)
                            .into());
                    }
                    Ok(v)
                },
            )
            .await
    }

    fn decode_error(&self, operation: &str, e: impl std::fmt::Display, body: &[u8]) -> Error {
        let excerpt = crate::secret::scrub(&crate::error::excerpt(body), &[&self.key]);
        Error::Decode {
            service: Service::Sie,
            message: format!("{operation}: {e}"),
            excerpt,
        }
    }

    /// Checks the key: `validate` → the user's profile and provisioned channels.
    pub async fn validate(&self) -> Result<Profile> {
        let v = self.call("validate", "validate", json!({})).await?;
        let mut profile = match v.get("profile") {
            Some(serde_json::Value::Object(p)) => p.clone(),
            _ => {
                return Err(self.decode_error(
                    "validate",
                    "the answer has no profile",
                    v.to_string().as_bytes(),
                ))
            }
        };
        let username = match profile.remove("username") {
            Some(serde_json::Value::String(u)) => Some(u),
            _ => None,
        };
        let mut channels = BTreeMap::new();
        if let Some(serde_json::Value::Object(chs)) = profile.remove("siebatch") {
            for (name, info) in chs {
                let Ok(ch) = name.parse::<Channel>() else {
                    tracing::debug!(service = "sie", name = %name, "skipping a profile entry that is not a channel");
                    continue;
                };
                let info: ProvisionedChannel = serde_json::from_value(info)
                    .map_err(|e| self.decode_error("validate", e, name.as_bytes()))?;
                channels.insert(ch, info);
            }
        }
        Ok(Profile {
            username,
            channels,
            extra: profile,
        })
    }

    /// `chdetails`: the moving window of data available for each channel.
    ///
    /// An empty list is an [`Error::InvalidInput`]; duplicates are sent once.
    pub async fn channel_details(
        &self,
        channels: &[Channel],
    ) -> Result<BTreeMap<Channel, ChannelDetails>> {
        if channels.is_empty() {
            return Err(Error::invalid_input(
                "channel_details needs at least one channel",
            ));
        }
        let mut list: Vec<u8> = channels.iter().map(|c| c.number()).collect();
        list.sort_unstable();
        list.dedup();
        let v = self
            .call(
                "chdetails",
                "siebatch/chdetails",
                json!({ "channels": list }),
            )
            .await?;
        let Some(serde_json::Value::Object(chs)) = v.get("channels") else {
            return Err(self.decode_error(
                "chdetails",
                "the answer has no channels",
                v.to_string().as_bytes(),
            ));
        };
        let mut out = BTreeMap::new();
        for (name, d) in chs {
            let Ok(channel) = name.parse::<Channel>() else {
                continue;
            };
            let serde_json::Value::Object(mut d) = d.clone() else {
                return Err(self.decode_error(
                    "chdetails",
                    format!("{name} is not an object"),
                    d.to_string().as_bytes(),
                ));
            };
            let mut time = |k: &str| -> Result<chrono::DateTime<chrono::Utc>> {
                let raw = d.remove(k);
                raw.as_ref()
                    .and_then(|x| x.as_str())
                    .and_then(|x| parse_time(x).ok())
                    .ok_or_else(|| {
                        self.decode_error(
                            "chdetails",
                            format!("{name}.{k} is missing or not a time"),
                            raw.map(|r| r.to_string()).unwrap_or_default().as_bytes(),
                        )
                    })
            };
            let earliest = time("earliest")?;
            let latest = time("latest")?;
            let size = d.remove("size").and_then(|s| s.as_u64()).unwrap_or(0);
            let mimetype = match d.remove("mimetype") {
                Some(serde_json::Value::String(m)) => m,
                _ => "application/x-ndjson".into(),
            };
            out.insert(
                channel,
                ChannelDetails {
                    channel,
                    earliest,
                    latest,
                    size,
                    mimetype,
                    extra: d,
                },
            );
        }
        Ok(out)
    }

    /// The details of one channel; a channel the service does not describe is
    /// an [`Error::InvalidInput`] (it is probably not provisioned for the key).
    pub async fn channel_detail(&self, channel: Channel) -> Result<ChannelDetails> {
        self.channel_details(&[channel])
            .await?
            .remove(&channel)
            .ok_or_else(|| {
                Error::invalid_input(format!(
                    "SIE Batch gave no details for {channel}: is it provisioned for this key? (see validate())"
                ))
            })
    }

    /// Streams `chfetch` for `channel` over `window`; pick the form with
    /// [`records`](FetchChannel::records) (typed `newdomain`),
    /// [`lines`](FetchChannel::lines) (raw NDJSON lines, any channel),
    /// [`chunks`](FetchChannel::chunks) (raw bytes, e.g. NMSG) or
    /// [`write_to`](FetchChannel::write_to).
    pub fn fetch_channel(&self, channel: Channel, window: Window) -> FetchChannel<'_> {
        FetchChannel::new(self, channel, window)
    }

    /// `makeurl`: a presigned URL for `window` of `channel` (a secret: it
    /// carries credentials). The service makes it even for a window outside
    /// the retention; the download then fails with
    /// [`ApiErrorKind::OutsideRetention`](crate::ApiErrorKind::OutsideRetention).
    pub async fn make_url(&self, channel: Channel, window: Window) -> Result<PresignedUrl> {
        let v = self
            .call(
                "makeurl",
                "siebatch/makeurl",
                json!({
                    "channel": channel.number(),
                    "start_time": window.start_param(),
                    "end_time": window.end_param(),
                }),
            )
            .await?;
        let Some(url) = v.get("url").and_then(|u| u.as_str()) else {
            return Err(self.decode_error("makeurl", "the answer has no url", b""));
        };
        PresignedUrl::for_window(url, channel, window)
    }

    /// Downloads a presigned URL into `writer`, resuming after a cut; see [`Download`].
    pub fn download<'a, W: std::io::Write + Send + 'a>(
        &'a self,
        url: &'a PresignedUrl,
        writer: W,
    ) -> Download<'a, W> {
        Download::new(self, url, writer)
    }

    /// Makes a presigned URL for the window and downloads it into `writer`,
    /// making a new URL whenever one expires; see [`FetchViaUrl`].
    pub fn fetch_via_url<'a, W: std::io::Write + Send + 'a>(
        &'a self,
        channel: Channel,
        window: Window,
        writer: W,
    ) -> FetchViaUrl<'a, W> {
        FetchViaUrl::new(self, channel, window, writer)
    }

    /// Checks `window` against the channel's details: an input error when it
    /// lies outside `earliest`/`latest` unless `clamp`, in which case the part
    /// inside (or `None`).
    pub(crate) async fn checked_window(
        &self,
        channel: Channel,
        window: Window,
        clamp: bool,
    ) -> Result<(Option<Window>, ChannelDetails)> {
        let d = self.channel_detail(channel).await?;
        if window.within(d.earliest, d.latest) {
            return Ok((Some(window), d));
        }
        if clamp {
            return Ok((window.clamp(d.earliest, d.latest), d));
        }
        Err(Error::invalid_input(format!(
            "the window {window} lies outside what {channel} holds now ({} → {} UTC): ask for a window inside it, or opt in to clamping",
            format_time(d.earliest),
            format_time(d.latest)
        )))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn key_must_be_a_uuid_and_never_shows() {
        for bad in [
            "",
            "not-a-key",
            "5b7e2a903c4d4e1f9a8b7c6d5e4f3a21",
            "{5b7e2a90-3c4d-4e1f-9a8b-7c6d5e4f3a21}",
        ] {
            let e = SieBatch::builder().api_key(bad).build().unwrap_err();
            assert!(matches!(e, Error::InvalidInput { .. }), "{bad}: {e}");
            if !bad.is_empty() {
                assert!(!e.to_string().contains(bad), "{e}");
            }
        }
        let e = SieBatch::builder().build().unwrap_err();
        assert!(e.to_string().contains("SIE_API_KEY"), "{e}");
        let key = "5b7e2a90-3c4d-4e1f-9a8b-7c6d5e4f3a21";
        let sie = SieBatch::builder().api_key(key).build().unwrap();
        assert!(!format!("{sie:?}").contains(key));
        assert!(String::from_utf8(sie.body(json!({"channel": 212})))
            .unwrap()
            .contains(key));
    }
}
