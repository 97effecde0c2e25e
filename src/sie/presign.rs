//! Presigned URLs (`makeurl`) and their downloads.
//!
//! A presigned URL carries credentials in its query string: [`PresignedUrl`]
//! keeps it as a [`Secret`] and shows only its redacted form (no query) in
//! `Debug`, errors and logs. Downloading it answers 403 once it has expired
//! ([`ApiErrorKind::UrlExpired`]: make a new one — [`FetchViaUrl`] does) and
//! 404 `NoSuchKey` for a window outside the channel's retention
//! ([`ApiErrorKind::OutsideRetention`]).
//!
//! Downloads stream to a `std::io::Write` chunk by chunk (constant memory),
//! report progress, and after a cut resume where they stopped with a `Range`
//! request (if the server ignores `Range`, the bytes already written are
//! skipped instead).

use std::fmt;
use std::future::{Future, IntoFuture};
use std::io::Write;
use std::pin::Pin;

use futures::StreamExt;
use url::Url;

use super::error::xml_tag;
use super::types::{Channel, Window};
use super::SieBatch;
use crate::error::{ApiErrorKind, Error, Result, Service};
use crate::retry::classify_result;
use crate::secret::{redact_url, Secret};

/// A presigned download URL (a secret: its query string carries credentials).
///
/// ```
/// use secops::sie::PresignedUrl;
/// let url = PresignedUrl::parse("https://dl.example/range/ch212/x?X-Amz-Signature=abc123")?;
/// assert!(!format!("{url:?}").contains("abc123"));
/// assert_eq!(url.redacted(), "https://dl.example/range/ch212/x?[redacted]");
/// # Ok::<(), secops::Error>(())
/// ```
#[derive(Clone)]
pub struct PresignedUrl {
    secret: Secret,
    parsed: Url,
    channel: Option<Channel>,
    window: Option<Window>,
}

impl fmt::Debug for PresignedUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("PresignedUrl")
            .field("url", &self.redacted())
            .field("channel", &self.channel)
            .field("window", &self.window)
            .finish()
    }
}

impl PresignedUrl {
    /// A presigned URL you got elsewhere (e.g. shared by a colleague). Must be
    /// http(s); the error never repeats the URL.
    pub fn parse(url: impl Into<Secret>) -> Result<Self> {
        let secret: Secret = url.into();
        let parsed = Url::parse(secret.expose().trim())
            .ok()
            .filter(|u| u.scheme() == "http" || u.scheme() == "https")
            .ok_or_else(|| Error::invalid_input("the presigned URL is not an http(s) URL"))?;
        Ok(PresignedUrl {
            secret,
            parsed,
            channel: None,
            window: None,
        })
    }

    pub(crate) fn for_window(url: &str, channel: Channel, window: Window) -> Result<Self> {
        let mut u = PresignedUrl::parse(url).map_err(|_| {
            Error::protocol(
                Service::Sie,
                "makeurl answered with a url that is not http(s)",
            )
        })?;
        u.channel = Some(channel);
        u.window = Some(window);
        Ok(u)
    }

    /// The URL itself. Reveal it only to hand it to someone who should have it.
    pub fn expose(&self) -> &str {
        self.secret.expose()
    }

    /// What of the URL is secret, as a server could echo it: the whole URL,
    /// its query string and each query value.
    pub(crate) fn secrets(&self) -> Vec<Secret> {
        let mut out = vec![self.secret.clone(), Secret::new(self.parsed.as_str())];
        if let Some(q) = self.parsed.query() {
            out.push(Secret::new(q));
            for part in q.split('&') {
                if let Some((_, v)) = part.split_once('=') {
                    out.push(Secret::new(v));
                }
            }
            for (_, v) in self.parsed.query_pairs() {
                out.push(Secret::new(v.into_owned()));
            }
        }
        out.retain(|s| s.expose().len() >= 6);
        out
    }

    /// The URL without its query string (safe to log).
    pub fn redacted(&self) -> String {
        redact_url(&self.parsed)
    }

    /// The channel it was made for, when made by [`SieBatch::make_url`].
    pub fn channel(&self) -> Option<Channel> {
        self.channel
    }

    /// The window it was made for, when made by [`SieBatch::make_url`].
    pub fn window(&self) -> Option<Window> {
        self.window
    }
}

/// Progress of a download.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct DownloadProgress {
    /// Bytes written so far (counting any resume offset).
    pub bytes: u64,
    /// The full size, when the server says.
    pub total: Option<u64>,
}

/// What a download did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct DownloadReport {
    /// Bytes in the output (counting any resume offset).
    pub bytes: u64,
    /// Bytes written by this call.
    pub written: u64,
    /// The full size, when the server said.
    pub total: Option<u64>,
    /// Times the download resumed after a cut.
    pub resumes: u32,
    /// Presigned URLs made (by [`FetchViaUrl`]; 0 for [`Download`]).
    pub urls_made: u32,
}

type ProgressFn<'a> = Box<dyn FnMut(&DownloadProgress) + Send + 'a>;

/// The state carried across attempts.
struct DlState<'a, W> {
    writer: W,
    offset: u64,
    start_offset: u64,
    total: Option<u64>,
    resumes: u32,
    attempts: u32,
    progress: Option<ProgressFn<'a>>,
}

/// Downloads a presigned URL; made by [`SieBatch::download`], run by `.await`.
#[must_use = "a download does nothing until awaited"]
pub struct Download<'a, W: Write + Send + 'a> {
    sie: &'a SieBatch,
    url: &'a PresignedUrl,
    state: DlState<'a, W>,
}

impl<W: Write + Send> fmt::Debug for Download<'_, W> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Download")
            .field("url", self.url)
            .field("offset", &self.state.offset)
            .finish_non_exhaustive()
    }
}

fn new_state<'a, W>(writer: W) -> DlState<'a, W> {
    DlState {
        writer,
        offset: 0,
        start_offset: 0,
        total: None,
        resumes: 0,
        attempts: 0,
        progress: None,
    }
}

impl<'a, W: Write + Send + 'a> Download<'a, W> {
    pub(crate) fn new(sie: &'a SieBatch, url: &'a PresignedUrl, writer: W) -> Self {
        Download {
            sie,
            url,
            state: new_state(writer),
        }
    }

    /// The writer already holds the first `offset` bytes: fetch from there.
    pub fn resume_from(mut self, offset: u64) -> Self {
        self.state.offset = offset;
        self.state.start_offset = offset;
        self
    }

    /// Called after each piece written.
    pub fn on_progress(mut self, f: impl FnMut(&DownloadProgress) + Send + 'a) -> Self {
        self.state.progress = Some(Box::new(f));
        self
    }

    /// Runs the download (what `.await` does).
    pub async fn run(mut self) -> Result<DownloadReport> {
        download_resuming(self.sie, self.url, &mut self.state).await?;
        Ok(report(&self.state, 0))
    }
}

impl<'a, W: Write + Send + 'a> IntoFuture for Download<'a, W> {
    type Output = Result<DownloadReport>;
    type IntoFuture = Pin<Box<dyn Future<Output = Result<DownloadReport>> + Send + 'a>>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.run())
    }
}

fn report<W>(s: &DlState<'_, W>, urls_made: u32) -> DownloadReport {
    DownloadReport {
        bytes: s.offset,
        written: s.offset - s.start_offset,
        total: s.total,
        resumes: s.resumes,
        urls_made,
    }
}

/// Makes a presigned URL and downloads it, making a new one whenever it
/// expires and continuing where the last one stopped; made by
/// [`SieBatch::fetch_via_url`], run by `.await`.
#[must_use = "a fetch does nothing until awaited"]
pub struct FetchViaUrl<'a, W: Write + Send + 'a> {
    sie: &'a SieBatch,
    channel: Channel,
    window: Window,
    clamp: bool,
    check: bool,
    state: DlState<'a, W>,
}

impl<W: Write + Send> fmt::Debug for FetchViaUrl<'_, W> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("FetchViaUrl")
            .field("channel", &self.channel)
            .field("window", &self.window)
            .finish_non_exhaustive()
    }
}

/// Consecutive expired URLs (with no byte downloaded in between) before giving up.
const MAX_FRUITLESS_URLS: u32 = 3;

impl<'a, W: Write + Send + 'a> FetchViaUrl<'a, W> {
    pub(crate) fn new(sie: &'a SieBatch, channel: Channel, window: Window, writer: W) -> Self {
        FetchViaUrl {
            sie,
            channel,
            window,
            clamp: false,
            check: true,
            state: new_state(writer),
        }
    }

    /// Cut the window to what the channel holds instead of failing.
    pub fn clamp(mut self, clamp: bool) -> Self {
        self.clamp = clamp;
        self
    }

    /// Skip the `chdetails` check of the window.
    pub fn unchecked(mut self) -> Self {
        self.check = false;
        self
    }

    /// Called after each piece written.
    pub fn on_progress(mut self, f: impl FnMut(&DownloadProgress) + Send + 'a) -> Self {
        self.state.progress = Some(Box::new(f));
        self
    }

    /// Runs the fetch (what `.await` does).
    pub async fn run(mut self) -> Result<DownloadReport> {
        let mut window = Some(self.window);
        if self.check {
            window = self
                .sie
                .checked_window(self.channel, self.window, self.clamp)
                .await?
                .0;
        }
        let Some(window) = window else {
            return Ok(report(&self.state, 0));
        };
        let mut urls_made = 0u32;
        let mut fruitless = 0u32;
        loop {
            let url = self.sie.make_url(self.channel, window).await?;
            urls_made += 1;
            let before = self.state.offset;
            match download_resuming(self.sie, &url, &mut self.state).await {
                Ok(()) => return Ok(report(&self.state, urls_made)),
                Err(e) if matches!(e.api_kind(), Some(ApiErrorKind::UrlExpired)) => {
                    fruitless = if self.state.offset > before {
                        0
                    } else {
                        fruitless + 1
                    };
                    if fruitless >= MAX_FRUITLESS_URLS {
                        return Err(e);
                    }
                    tracing::info!(
                        service = "sie",
                        channel = %self.channel,
                        bytes = self.state.offset,
                        "the presigned URL expired: making a new one and continuing"
                    );
                    if self.state.offset > 0 {
                        self.state.resumes += 1;
                    }
                }
                Err(e) => return Err(e),
            }
        }
    }
}

impl<'a, W: Write + Send + 'a> IntoFuture for FetchViaUrl<'a, W> {
    type Output = Result<DownloadReport>;
    type IntoFuture = Pin<Box<dyn Future<Output = Result<DownloadReport>> + Send + 'a>>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.run())
    }
}

/// Downloads through the retry policy; a retry budget is renewed whenever an
/// attempt made progress, so a long download survives any number of cuts as
/// long as each resume gets further.
async fn download_resuming<W: Write + Send>(
    sie: &SieBatch,
    url: &PresignedUrl,
    state: &mut DlState<'_, W>,
) -> Result<()> {
    loop {
        let before = state.offset;
        let cell = tokio::sync::Mutex::new(&mut *state);
        let r = sie
            .core
            .retry_policy()
            .run(
                Service::Sie,
                "download",
                |_| {
                    let cell = &cell;
                    async move {
                        let mut st = cell.lock().await;
                        get_once(sie, url, &mut st).await
                    }
                },
                classify_result,
            )
            .await;
        match r {
            Err(e) if e.is_retryable() && state.offset > before => {
                tracing::debug!(
                    service = "sie",
                    bytes = state.offset,
                    "download cut again after progress: renewing the retry budget"
                );
                continue;
            }
            other => return other,
        }
    }
}

fn download_error(
    sie: &SieBatch,
    url: &PresignedUrl,
    status: u16,
    headers: &http::HeaderMap,
    body: &[u8],
) -> Error {
    let mut e = sie.core.error_from_parts(status, headers, body);
    let secrets = url.secrets();
    e.scrub(&secrets.iter().collect::<Vec<_>>());
    match status {
        403 => {
            e.kind = ApiErrorKind::UrlExpired;
            e.code = e.code.or_else(|| Some("AccessDenied".into()));
        }
        404 => {
            e.kind = ApiErrorKind::OutsideRetention;
            e.code = xml_tag(body, "Code")
                .or(e.code)
                .or_else(|| Some("NoSuchKey".into()));
        }
        _ => {}
    }
    Error::from(e)
}

/// `bytes START-END/TOTAL` → (START, TOTAL).
fn content_range(headers: &http::HeaderMap) -> Option<(u64, Option<u64>)> {
    let v = headers.get(http::header::CONTENT_RANGE)?.to_str().ok()?;
    let rest = v.trim().strip_prefix("bytes ")?;
    let (range, total) = rest.split_once('/')?;
    let start = range.split_once('-')?.0.trim().parse().ok()?;
    Some((start, total.trim().parse().ok()))
}

/// One GET of the presigned URL from `state.offset`.
async fn get_once<W: Write>(
    sie: &SieBatch,
    url: &PresignedUrl,
    state: &mut DlState<'_, W>,
) -> Result<()> {
    state.attempts += 1;
    if state.attempts > 1 && state.offset > 0 {
        state.resumes += 1;
    }
    sie.core
        .origin_policy()
        .check_http(&url.parsed, "presigned URL")?;
    let mut req = sie.download.get(url.expose());
    if state.offset > 0 {
        req = req.header(http::header::RANGE, format!("bytes={}-", state.offset));
    }
    let resp = req
        .send()
        .await
        .map_err(|e| Error::from_reqwest(Service::Sie, e))?;
    let status = resp.status().as_u16();
    let headers = resp.headers().clone();
    let mut skip;
    match status {
        200 => {
            skip = state.offset;
            state.total = resp.content_length().or(state.total);
        }
        206 => {
            let Some((start, total)) = content_range(&headers) else {
                return Err(Error::protocol(
                    Service::Sie,
                    "download: a 206 answer without a Content-Range",
                ));
            };
            if start > state.offset {
                return Err(Error::protocol(
                    Service::Sie,
                    format!(
                        "download: asked for bytes from {} but got them from {start}",
                        state.offset
                    ),
                ));
            }
            skip = state.offset - start;
            state.total = total.or(state.total);
        }
        416 if state.offset > 0 => {
            // Nothing left past the offset: the previous attempt had it all.
            let total = headers
                .get(http::header::CONTENT_RANGE)
                .and_then(|v| v.to_str().ok())
                .and_then(|v| v.rsplit('/').next())
                .and_then(|t| t.trim().parse::<u64>().ok());
            if total.is_none_or(|t| t == state.offset) {
                state.total = Some(state.offset);
                return Ok(());
            }
            let body = crate::config::read_limited(resp, 16 * 1024).await;
            return Err(download_error(sie, url, status, &headers, &body));
        }
        _ => {
            let body = crate::config::read_limited(resp, 16 * 1024).await;
            return Err(download_error(sie, url, status, &headers, &body));
        }
    }
    let mut body = resp.bytes_stream();
    while let Some(chunk) = body.next().await {
        let chunk = chunk.map_err(|e| {
            let e = Error::from_reqwest(Service::Sie, e);
            Error::Transport {
                service: Service::Sie,
                message: format!(
                    "download {}: the connection failed after {} bytes: {e}",
                    url.redacted(),
                    state.offset
                ),
                source: Some(Box::new(e)),
            }
        })?;
        let mut piece = &chunk[..];
        if skip > 0 {
            let n = (skip as usize).min(piece.len());
            piece = &piece[n..];
            skip -= n as u64;
        }
        if piece.is_empty() {
            continue;
        }
        state
            .writer
            .write_all(piece)
            .map_err(|e| Error::io("download: writing the output", e))?;
        state.offset += piece.len() as u64;
        if let Some(p) = state.progress.as_mut() {
            p(&DownloadProgress {
                bytes: state.offset,
                total: state.total,
            });
        }
    }
    state
        .writer
        .flush()
        .map_err(|e| Error::io("download: writing the output", e))?;
    if let Some(total) = state.total {
        if state.offset < total {
            return Err(Error::Transport {
                service: Service::Sie,
                message: format!(
                    "download {}: the body ended after {} of {total} bytes",
                    url.redacted(),
                    state.offset
                ),
                source: None,
            });
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn url_is_secret_and_checked() {
        let u = PresignedUrl::parse(
            "https://h.example/range/ch213/a.b?X-Amz-Credential=KEYID&X-Amz-Signature=SIG",
        )
        .unwrap();
        let dbg = format!("{u:?}");
        assert!(!dbg.contains("KEYID") && !dbg.contains("SIG"), "{dbg}");
        assert!(u.expose().contains("SIG"));
        let e = PresignedUrl::parse("ftp://h.example/x?sig=SECRETSIG").unwrap_err();
        assert!(!e.to_string().contains("SECRETSIG"));
        assert!(PresignedUrl::parse("not a url").is_err());
    }

    #[test]
    fn content_range_forms() {
        let mut h = http::HeaderMap::new();
        h.insert(
            http::header::CONTENT_RANGE,
            "bytes 100-199/200".parse().unwrap(),
        );
        assert_eq!(content_range(&h), Some((100, Some(200))));
        h.insert(http::header::CONTENT_RANGE, "bytes 5-9/*".parse().unwrap());
        assert_eq!(content_range(&h), Some((5, None)));
        h.insert(http::header::CONTENT_RANGE, "bytes */200".parse().unwrap());
        assert_eq!(content_range(&h), None);
    }
}
