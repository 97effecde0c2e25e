//! `chfetch` as a stream: typed records, raw lines or raw chunks, never
//! holding the body in memory.
//!
//! Lines are split with `memchr` straight out of the network buffers; only a
//! line that straddles two buffers is copied (into one reused buffer). The
//! lending calls ([`Records::next_record`], [`Lines::next_line`]) hand out
//! borrowed views and allocate nothing for the usual record; the `Stream`
//! impls hand out owned values.

use std::fmt;
use std::future::poll_fn;
use std::io::Write;
use std::pin::Pin;
use std::task::{ready, Context, Poll};

use bytes::Bytes;
use futures::stream::{BoxStream, Stream, StreamExt};

use super::record::{NewDomain, NewDomainRecord};
use super::types::{Channel, Window};
use super::SieBatch;
use crate::error::{Error, Result, Service};

/// The `chfetch` request for one channel and window; pick the form of the
/// answer with one of the async methods. Made by [`SieBatch::fetch_channel`].
///
/// A 404 (no data in the window) is an empty result, not an error.
#[derive(Debug)]
#[must_use = "a FetchChannel does nothing until records(), lines(), chunks() or write_to() is awaited"]
pub struct FetchChannel<'a> {
    sie: &'a SieBatch,
    channel: Channel,
    window: Window,
    clamp: bool,
    check: bool,
}

/// What the body will be read as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Want {
    Records,
    Lines,
    Bytes,
}

/// An opened `chfetch`: the response (none on 404) and the window fetched.
pub(crate) struct Opened {
    pub(crate) resp: Option<reqwest::Response>,
    pub(crate) window: Option<Window>,
    pub(crate) ctx: String,
}

fn content_type(resp: &reqwest::Response) -> String {
    resp.headers()
        .get(http::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_ascii_lowercase()
}

fn is_binary(ct: &str) -> bool {
    ct.contains("octet-stream") || ct.contains("nmsg")
}

pub(crate) fn context(channel: Channel, window: &Window) -> String {
    format!("chfetch {channel} {window}")
}

/// Sends `chfetch` for one window (through the retry policy when `retry`);
/// `None` when the service says 404 (no data).
pub(crate) async fn open_chfetch(
    sie: &SieBatch,
    channel: Channel,
    window: &Window,
    retry: bool,
) -> Result<Option<reqwest::Response>> {
    let params = serde_json::json!({
        "channel": channel.number(),
        "start_time": window.start_param(),
        "end_time": window.end_param(),
    });
    let req = sie.request("siebatch/chfetch", params)?;
    tracing::debug!(service = "sie", operation = "chfetch", %channel, %window, "fetching");
    let resp = if retry {
        sie.core.send_raw("chfetch", req, true).await?
    } else {
        sie.core
            .execute(req)
            .await
            .map_err(|e| Error::from_reqwest(Service::Sie, e))?
    };
    if resp.status() == http::StatusCode::NOT_FOUND {
        tracing::debug!(service = "sie", %channel, %window, "no data in the window (404)");
        return Ok(None);
    }
    sie.core.check(resp).await.map(Some)
}

impl<'a> FetchChannel<'a> {
    pub(crate) fn new(sie: &'a SieBatch, channel: Channel, window: Window) -> Self {
        FetchChannel {
            sie,
            channel,
            window,
            clamp: false,
            check: true,
        }
    }

    /// Cut the window to what the channel holds now instead of failing when
    /// it reaches outside `earliest`/`latest` (a window wholly outside gives
    /// an empty result).
    pub fn clamp(mut self, clamp: bool) -> Self {
        self.clamp = clamp;
        self
    }

    /// Skip the `chdetails` check of the window (one request fewer; a window
    /// outside the retention then simply comes back empty).
    pub fn unchecked(mut self) -> Self {
        self.check = false;
        self
    }

    async fn open(self, want: Want) -> Result<Opened> {
        if want == Want::Records && !self.channel.is_newdomain() {
            return Err(Error::invalid_input(format!(
                "typed records are for the newdomain channels (212, 213); read {} with lines() or chunks()",
                self.channel
            )));
        }
        let mut window = Some(self.window);
        if self.check {
            let (w, details) = self
                .sie
                .checked_window(self.channel, self.window, self.clamp)
                .await?;
            if want != Want::Bytes && !details.is_ndjson() {
                return Err(Error::invalid_input(format!(
                    "{} is {} (not NDJSON): read it with chunks() or write_to()",
                    self.channel, details.mimetype
                )));
            }
            window = w;
        }
        let ctx = context(self.channel, &window.unwrap_or(self.window));
        let Some(w) = window else {
            return Ok(Opened {
                resp: None,
                window,
                ctx,
            });
        };
        let resp = open_chfetch(self.sie, self.channel, &w, true).await?;
        if let Some(r) = &resp {
            let ct = content_type(r);
            if want != Want::Bytes && is_binary(&ct) {
                return Err(Error::protocol(
                    Service::Sie,
                    format!("{ctx}: the service sends {ct} (not NDJSON): read it with chunks() or write_to()"),
                ));
            }
        }
        Ok(Opened { resp, window, ctx })
    }

    /// Typed `newdomain` records (channels 212 and 213 only: other channels
    /// are an [`Error::InvalidInput`]; read them with [`lines`](Self::lines)).
    pub async fn records(self) -> Result<Records> {
        let max_line = self.sie.core().max_line();
        let o = self.open(Want::Records).await?;
        Ok(Records {
            inner: LineReader::new(o, false).with_max_line(max_line),
        })
    }

    /// Raw NDJSON lines (any NDJSON channel); each line is checked to be JSON.
    pub async fn lines(self) -> Result<Lines> {
        let max_line = self.sie.core().max_line();
        let o = self.open(Want::Lines).await?;
        Ok(Lines {
            inner: LineReader::new(o, true).with_max_line(max_line),
        })
    }

    /// The raw body as it arrives (any channel, NMSG included).
    pub async fn chunks(self) -> Result<Chunks> {
        let o = self.open(Want::Bytes).await?;
        let ndjson = o
            .resp
            .as_ref()
            .is_some_and(|r| content_type(r).contains("ndjson"));
        Ok(Chunks {
            window: o.window,
            ctx: o.ctx,
            ndjson,
            body: o.resp.map(|r| r.bytes_stream().boxed()),
            bytes: 0,
        })
    }

    /// Writes the raw body to `writer` and returns the bytes written (0 on 404).
    ///
    /// For an NDJSON body, one that does not end with a newline is an error
    /// (it was cut short).
    pub async fn write_to<W: Write>(self, mut writer: W) -> Result<u64> {
        let mut chunks = self.chunks().await?;
        let ndjson = chunks.ndjson;
        let mut last = b'\n';
        while let Some(chunk) = chunks.next_chunk().await? {
            writer
                .write_all(&chunk)
                .map_err(|e| Error::io(format!("{}: writing the body", chunks.ctx), e))?;
            last = *chunk.last().unwrap_or(&last);
        }
        writer
            .flush()
            .map_err(|e| Error::io(format!("{}: writing the body", chunks.ctx), e))?;
        if ndjson && last != b'\n' {
            return Err(Error::Transport {
                service: Service::Sie,
                message: format!(
                    "{}: the body ended in the middle of a line after {} bytes: it was cut short; fetch the window again",
                    chunks.ctx, chunks.bytes
                ),
                source: None,
            });
        }
        Ok(chunks.bytes)
    }
}

type BodyStream = BoxStream<'static, reqwest::Result<Bytes>>;

/// Where the line just found lies.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Loc {
    /// In the current network chunk.
    Chunk(usize, usize),
    /// In the carry buffer (it straddled chunks, or was the last unterminated line).
    Carry,
}

/// Splits a body into lines without holding it.
pub(crate) struct LineReader {
    body: Option<BodyStream>,
    chunk: Bytes,
    pos: usize,
    carry: Vec<u8>,
    carry_out: bool,
    eof: bool,
    // A Cell so that a borrowed line can still mark the stream failed.
    failed: std::cell::Cell<bool>,
    check_json: bool,
    /// The longest line accepted (see [`crate::ClientBuilder::max_line`]).
    max_line: usize,
    lines: u64,
    bytes: u64,
    received: u64,
    window: Option<Window>,
    ctx: String,
}

impl fmt::Debug for LineReader {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("LineReader")
            .field("ctx", &self.ctx)
            .field("lines", &self.lines)
            .field("bytes", &self.bytes)
            .finish_non_exhaustive()
    }
}

fn trim_cr(s: &[u8]) -> usize {
    if s.last() == Some(&b'\r') {
        s.len() - 1
    } else {
        s.len()
    }
}

impl LineReader {
    pub(crate) fn new(o: Opened, check_json: bool) -> Self {
        LineReader {
            body: o.resp.map(|r| r.bytes_stream().boxed()),
            chunk: Bytes::new(),
            pos: 0,
            carry: Vec::new(),
            carry_out: false,
            eof: false,
            failed: std::cell::Cell::new(false),
            check_json,
            max_line: crate::limits::DEFAULT_MAX_LINE,
            lines: 0,
            bytes: 0,
            received: 0,
            window: o.window,
            ctx: o.ctx,
        }
    }

    /// Sets the longest line accepted.
    pub(crate) fn with_max_line(mut self, max_line: usize) -> Self {
        self.max_line = max_line;
        self
    }

    fn line_too_long(&mut self) -> Poll<Result<Option<Loc>>> {
        let what = format!("{}: an NDJSON line {}", self.ctx, self.progress());
        self.carry = Vec::new();
        self.fail(crate::limits::line_too_long(
            Service::Sie,
            &what,
            self.max_line,
        ))
    }

    fn progress(&self) -> String {
        format!(
            "after {} complete records ({} bytes)",
            self.lines, self.bytes
        )
    }

    fn fail(&mut self, e: Error) -> Poll<Result<Option<Loc>>> {
        self.failed.set(true);
        self.body = None;
        Poll::Ready(Err(e))
    }

    /// Finds the next non-blank line.
    pub(crate) fn poll_line(&mut self, cx: &mut Context<'_>) -> Poll<Result<Option<Loc>>> {
        if self.carry_out {
            self.carry.clear();
            self.carry_out = false;
        }
        if self.failed.get() {
            self.body = None;
            return Poll::Ready(Ok(None));
        }
        loop {
            if self.pos < self.chunk.len() {
                let rest = &self.chunk[self.pos..];
                let found = memchr::memchr(b'\n', rest);
                if self.carry.len() + found.unwrap_or(rest.len()) > self.max_line {
                    return self.line_too_long();
                }
                match found {
                    Some(i) => {
                        let start = self.pos;
                        self.pos += i + 1;
                        self.bytes += i as u64 + 1;
                        if self.carry.is_empty() {
                            let len = trim_cr(&rest[..i]);
                            if len == 0 {
                                continue;
                            }
                            self.lines += 1;
                            return Poll::Ready(Ok(Some(Loc::Chunk(start, start + len))));
                        }
                        self.bytes += self.carry.len() as u64;
                        self.carry.extend_from_slice(&rest[..i]);
                        let len = trim_cr(&self.carry);
                        self.carry.truncate(len);
                        if len == 0 {
                            continue;
                        }
                        self.carry_out = true;
                        self.lines += 1;
                        return Poll::Ready(Ok(Some(Loc::Carry)));
                    }
                    None => {
                        self.carry.extend_from_slice(rest);
                        self.pos = self.chunk.len();
                    }
                }
            }
            if self.eof {
                if self.carry.iter().all(u8::is_ascii_whitespace) {
                    self.carry.clear();
                    return Poll::Ready(Ok(None));
                }
                // A last line without its newline: fine if it is a whole JSON
                // document, otherwise the body was cut short.
                let complete = std::str::from_utf8(&self.carry)
                    .ok()
                    .is_some_and(|s| serde_json::from_str::<serde::de::IgnoredAny>(s).is_ok());
                if complete {
                    self.bytes += self.carry.len() as u64;
                    self.lines += 1;
                    self.carry_out = true;
                    self.failed.set(true); // nothing follows
                    return Poll::Ready(Ok(Some(Loc::Carry)));
                }
                let e = Error::Transport {
                    service: Service::Sie,
                    message: format!(
                        "{}: the body ended in the middle of a line {}; the last {} bytes are an incomplete record: the download was cut short, fetch the window again",
                        self.ctx,
                        self.progress(),
                        self.carry.len()
                    ),
                    source: None,
                };
                self.carry.clear();
                return self.fail(e);
            }
            let Some(body) = self.body.as_mut() else {
                self.eof = true;
                continue;
            };
            match ready!(body.poll_next_unpin(cx)) {
                Some(Ok(b)) => {
                    self.received += b.len() as u64;
                    self.chunk = b;
                    self.pos = 0;
                }
                Some(Err(e)) => {
                    let e = Error::from_reqwest(Service::Sie, e);
                    let e = Error::Transport {
                        service: Service::Sie,
                        message: format!(
                            "{}: the connection failed {} plus {} bytes of a partial record: {e}; fetch the window again",
                            self.ctx,
                            self.progress(),
                            self.carry.len()
                        ),
                        source: Some(Box::new(e)),
                    };
                    return self.fail(e);
                }
                None => {
                    self.eof = true;
                    self.body = None;
                }
            }
        }
    }

    /// The bytes of a line found by [`poll_line`](Self::poll_line).
    pub(crate) fn line(&self, loc: Loc) -> &[u8] {
        match loc {
            Loc::Chunk(s, e) => &self.chunk[s..e],
            Loc::Carry => &self.carry,
        }
    }

    /// The line as an owned `Bytes` (no copy when it lies in one chunk).
    pub(crate) fn line_bytes(&self, loc: Loc) -> Bytes {
        match loc {
            Loc::Chunk(s, e) => self.chunk.slice(s..e),
            Loc::Carry => Bytes::copy_from_slice(&self.carry),
        }
    }

    pub(crate) fn bad_line(&self, why: impl fmt::Display, line: &[u8]) -> Error {
        Error::decode(
            Service::Sie,
            format!(
                "{}: line {} is not a JSON record ({why}) — the stream got this far: {}",
                self.ctx,
                self.lines,
                self.progress_before()
            ),
            line,
        )
    }

    fn progress_before(&self) -> String {
        format!(
            "{} complete records before it",
            self.lines.saturating_sub(1)
        )
    }

    /// The line as text, checked to be UTF-8 (and JSON when asked).
    pub(crate) fn line_str(&self, loc: Loc) -> Result<&str> {
        let line = self.line(loc);
        let r = match std::str::from_utf8(line) {
            Err(e) => Err(self.bad_line(e, line)),
            Ok(s) if self.check_json => match serde_json::from_str::<serde::de::IgnoredAny>(s) {
                Ok(_) => Ok(s),
                Err(e) => Err(self.bad_line(e, line)),
            },
            Ok(s) => Ok(s),
        };
        if r.is_err() {
            self.failed.set(true);
        }
        r
    }

    async fn next_loc(&mut self) -> Result<Option<Loc>> {
        poll_fn(|cx| self.poll_line(cx)).await
    }
}

/// Typed `newdomain` records from `chfetch`; see [`FetchChannel::records`].
///
/// Read them without allocating with [`next_record`](Self::next_record), or
/// as owned [`NewDomainRecord`]s through `Stream`.
#[derive(Debug)]
pub struct Records {
    inner: LineReader,
}

impl Records {
    /// The next record, borrowing from the network buffer (valid until the next call).
    pub async fn next_record(&mut self) -> Result<Option<NewDomain<'_>>> {
        let Some(loc) = self.inner.next_loc().await? else {
            return Ok(None);
        };
        self.parse(loc).map(Some)
    }

    #[inline]
    fn parse(&self, loc: Loc) -> Result<NewDomain<'_>> {
        let line = self.inner.line_str(loc)?;
        NewDomain::parse(line).map_err(|e| {
            self.inner.failed.set(true);
            self.inner.bad_line(e, line.as_bytes())
        })
    }

    /// Records handed out so far.
    pub fn records(&self) -> u64 {
        self.inner.lines
    }

    /// Bytes of the body consumed so far (complete lines).
    pub fn bytes(&self) -> u64 {
        self.inner.bytes
    }

    /// The window fetched (after clamping); `None` when clamping left nothing.
    pub fn window(&self) -> Option<Window> {
        self.inner.window
    }
}

impl Stream for Records {
    type Item = Result<NewDomainRecord>;
    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = &mut *self;
        match ready!(this.inner.poll_line(cx)) {
            Ok(None) => Poll::Ready(None),
            Err(e) => Poll::Ready(Some(Err(e))),
            Ok(Some(loc)) => Poll::Ready(Some(this.parse(loc).map(NewDomain::into_owned))),
        }
    }
}

/// Raw NDJSON lines from `chfetch`; see [`FetchChannel::lines`].
#[derive(Debug)]
pub struct Lines {
    inner: LineReader,
}

impl Lines {
    /// The next line (without its newline), borrowing from the network buffer.
    pub async fn next_line(&mut self) -> Result<Option<&str>> {
        let Some(loc) = self.inner.next_loc().await? else {
            return Ok(None);
        };
        self.inner.line_str(loc).map(Some)
    }

    /// Lines handed out so far.
    pub fn records(&self) -> u64 {
        self.inner.lines
    }

    /// Bytes of the body consumed so far (complete lines).
    pub fn bytes(&self) -> u64 {
        self.inner.bytes
    }

    /// The window fetched (after clamping); `None` when clamping left nothing.
    pub fn window(&self) -> Option<Window> {
        self.inner.window
    }
}

impl Stream for Lines {
    type Item = Result<Bytes>;
    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = &mut *self;
        match ready!(this.inner.poll_line(cx)) {
            Ok(None) => Poll::Ready(None),
            Err(e) => Poll::Ready(Some(Err(e))),
            Ok(Some(loc)) => Poll::Ready(Some(
                this.inner.line_str(loc).map(|_| this.inner.line_bytes(loc)),
            )),
        }
    }
}

/// The raw `chfetch` body as it arrives; see [`FetchChannel::chunks`].
pub struct Chunks {
    window: Option<Window>,
    ctx: String,
    ndjson: bool,
    body: Option<BodyStream>,
    bytes: u64,
}

impl fmt::Debug for Chunks {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Chunks")
            .field("ctx", &self.ctx)
            .field("bytes", &self.bytes)
            .finish_non_exhaustive()
    }
}

impl Chunks {
    /// The next piece of the body.
    pub async fn next_chunk(&mut self) -> Result<Option<Bytes>> {
        futures::StreamExt::next(self).await.transpose()
    }

    /// Bytes received so far.
    pub fn bytes(&self) -> u64 {
        self.bytes
    }

    /// The window fetched (after clamping); `None` when clamping left nothing.
    pub fn window(&self) -> Option<Window> {
        self.window
    }
}

impl Stream for Chunks {
    type Item = Result<Bytes>;
    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = &mut *self;
        let Some(body) = this.body.as_mut() else {
            return Poll::Ready(None);
        };
        match ready!(body.poll_next_unpin(cx)) {
            Some(Ok(b)) => {
                this.bytes += b.len() as u64;
                Poll::Ready(Some(Ok(b)))
            }
            Some(Err(e)) => {
                this.body = None;
                let e = Error::from_reqwest(Service::Sie, e);
                Poll::Ready(Some(Err(Error::Transport {
                    service: Service::Sie,
                    message: format!(
                        "{}: the connection failed after {} bytes: {e}; fetch the window again",
                        this.ctx, this.bytes
                    ),
                    source: Some(Box::new(e)),
                })))
            }
            None => {
                this.body = None;
                Poll::Ready(None)
            }
        }
    }
}
