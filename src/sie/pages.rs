//! A window as pages: one chunk of the window per page, through the crate's
//! [`Paginator`] — the same `.pages()` / `.items()` streams, resumable
//! [`Position`](crate::Position)s and retries as every other service.
//!
//! Each page holds one chunk's records in memory (10 minutes by default);
//! for constant memory whatever the window, stream with
//! [`SieBatch::fetch_channel`] or sync with [`SieBatch::sync_channel`].
//! A chunk with no data (404) does not end the listing: the page carries on
//! to the next chunk, so a page is empty only at the very end.

use std::future::poll_fn;
use std::time::Duration;

use bytes::Bytes;
use futures::future::BoxFuture;

use super::record::{NewDomain, NewDomainRecord};
use super::stream::{context, open_chfetch, LineReader, Opened};
use super::types::{Channel, Window};
use super::SieBatch;
use crate::error::{Error, Result, Service};
use crate::paging::{Cursor, PageSource, Paginator, RawPage};

/// How a line becomes an item.
type ParseLine<T> = fn(&LineReader, &str) -> Result<T>;

/// The [`PageSource`] of a window split into chunks; made by
/// [`SieBatch::record_pages`] and [`SieBatch::line_pages`].
pub struct WindowPages<T> {
    sie: SieBatch,
    channel: Channel,
    window: Window,
    chunk_minutes: u32,
    chunk_error: Option<String>,
    /// A channel without typed records ([`SieBatch::record_pages`]).
    channel_error: Option<String>,
    check_json: bool,
    parse: ParseLine<T>,
}

impl<T> std::fmt::Debug for WindowPages<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("WindowPages")
            .field("channel", &self.channel)
            .field("window", &self.window)
            .field("chunk_minutes", &self.chunk_minutes)
            .finish_non_exhaustive()
    }
}

fn parse_record(reader: &LineReader, line: &str) -> Result<NewDomainRecord> {
    NewDomain::parse(line)
        .map(NewDomain::into_owned)
        .map_err(|e| reader.bad_line(e, line.as_bytes()))
}

fn parse_line(_: &LineReader, line: &str) -> Result<Bytes> {
    Ok(Bytes::copy_from_slice(line.as_bytes()))
}

impl<T: Send + 'static> WindowPages<T> {
    /// The chunk (page) length: a whole number of minutes, at least one (default 10).
    pub fn chunk(mut self, length: Duration) -> Self {
        let secs = length.as_secs();
        if secs < 60 || !secs.is_multiple_of(60) || length.subsec_nanos() != 0 {
            self.chunk_error = Some(format!(
                "the SIE page length must be a whole number of minutes (at least one), not {length:?}"
            ));
        } else {
            self.chunk_minutes = u32::try_from(secs / 60).unwrap_or(u32::MAX);
            self.chunk_error = None;
        }
        self
    }

    /// The paginator over this source, retrying through the client's policy
    /// (a bad [`chunk`](Self::chunk) length, or a channel without typed
    /// records, is its first item, before any request).
    pub fn into_paginator(mut self) -> Paginator<Self> {
        let retry = self.sie.core.retry_policy().clone();
        let errors = [self.channel_error.take(), self.chunk_error.take()];
        errors
            .into_iter()
            .flatten()
            .fold(Paginator::new(self, retry), |p, e| {
                p.refuse(Error::invalid_input(e))
            })
    }
}

impl<T: Send + 'static> PageSource for WindowPages<T> {
    type Item = T;

    fn service(&self) -> Service {
        Service::Sie
    }

    fn endpoint(&self) -> String {
        format!("siebatch/chfetch/{}", self.channel)
    }

    fn fetch(
        &self,
        cursor: Cursor,
        _page_size: Option<u32>,
    ) -> BoxFuture<'static, Result<RawPage<T>>> {
        let sie = self.sie.clone();
        let (channel, window, minutes) = (self.channel, self.window, self.chunk_minutes);
        let (check_json, parse) = (self.check_json, self.parse);
        Box::pin(async move {
            let mut start = match &cursor {
                Cursor::Start => window.start(),
                Cursor::Time { time } => chrono::DateTime::parse_from_rfc3339(time)
                    .map_err(|e| {
                        Error::invalid_input(format!("SIE page cursor {time:?} is not a time: {e}"))
                    })?
                    .with_timezone(&chrono::Utc),
                other => {
                    return Err(Error::invalid_input(format!(
                        "SIE pages resume from a time, not from {other}"
                    )))
                }
            };
            loop {
                let Some(rest) = window.rest_from(start) else {
                    return Ok(page(Vec::new(), Cursor::Done));
                };
                let chunk = rest.chunks(minutes)[0];
                let resp = open_chfetch(&sie, channel, &chunk, false).await?;
                let mut reader = LineReader::new(
                    Opened {
                        resp,
                        window: Some(chunk),
                        ctx: context(channel, &chunk),
                    },
                    check_json,
                )
                .with_max_line(sie.core().max_line());
                let mut items = Vec::new();
                let (mut held, max) = (0usize, sie.core().max_body());
                while let Some(loc) = poll_fn(|cx| reader.poll_line(cx)).await? {
                    let line = reader.line_str(loc)?;
                    held += line.len();
                    if held > max {
                        return Err(Error::protocol(
                            Service::Sie,
                            format!(
                                "{}: a page (one chunk of the window) is larger than the limit of {max} bytes; \
                                 use shorter chunks, or raise the limit with ClientBuilder::max_body(bytes)",
                                context(channel, &chunk)
                            ),
                        ));
                    }
                    items.push(parse(&reader, line)?);
                }
                let next = if chunk.end() >= window.end() {
                    Cursor::Done
                } else {
                    Cursor::Time {
                        time: chunk.end().to_rfc3339(),
                    }
                };
                if !items.is_empty() || next.is_done() {
                    return Ok(page(items, next));
                }
                // An empty chunk: carry on, so that only the last page is empty.
                start = chunk.end();
            }
        })
    }
}

fn page<T>(items: Vec<T>, next: Cursor) -> RawPage<T> {
    RawPage {
        items,
        next,
        headers: http::HeaderMap::new(),
        total: None,
    }
}

impl SieBatch {
    /// The window of a newdomain channel (212, 213) as pages of typed records,
    /// one chunk (10 minutes by default) per page: `.into_paginator().items()`.
    /// The window is not checked against `chdetails` (a chunk outside the
    /// retention is simply empty). Another channel is an
    /// [`Error::InvalidInput`], the first item of the paginator's streams
    /// (before any request).
    pub fn record_pages(&self, channel: Channel, window: Window) -> WindowPages<NewDomainRecord> {
        let channel_error = (!channel.is_newdomain()).then(|| {
            format!(
                "typed records are for the newdomain channels (212, 213); page {channel} with line_pages()"
            )
        });
        WindowPages {
            sie: self.clone(),
            channel,
            window,
            chunk_minutes: 10,
            chunk_error: None,
            channel_error,
            check_json: false,
            parse: parse_record,
        }
    }

    /// The window of any NDJSON channel as pages of raw lines (each checked to be JSON).
    pub fn line_pages(&self, channel: Channel, window: Window) -> WindowPages<Bytes> {
        WindowPages {
            sie: self.clone(),
            channel,
            window,
            chunk_minutes: 10,
            chunk_error: None,
            channel_error: None,
            check_json: true,
            parse: parse_line,
        }
    }
}
