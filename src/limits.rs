//! Bounds on what a server can make a client hold in memory.
//!
//! A hostile or broken server can send a body that never ends, an NDJSON line
//! without a newline, or a page count of 10^15. Every whole-body read of the
//! crate goes through [`read_body`], which stops as soon as the body passes the
//! client's limit ([`ClientBuilder::max_body`](crate::ClientBuilder::max_body),
//! default [`DEFAULT_MAX_BODY`]); line readers stop at
//! [`ClientBuilder::max_line`](crate::ClientBuilder::max_line) (default
//! [`DEFAULT_MAX_LINE`]); page plans refuse totals above [`MAX_PLANNED_PAGES`]
//! pages. Each bound ends the call with an [`Error::Protocol`] that names the
//! service, the limit and how to raise it.

use bytes::{Bytes, BytesMut};

use crate::error::{Error, Result, Service};

/// The default largest whole response body read into memory: 64 MiB.
pub const DEFAULT_MAX_BODY: usize = 64 * 1024 * 1024;

/// The default longest NDJSON or event-stream line: 16 MiB.
pub const DEFAULT_MAX_LINE: usize = 16 * 1024 * 1024;

/// The most pages a listing may claim before a page plan is refused as absurd
/// (10 million).
pub const MAX_PLANNED_PAGES: u64 = 10_000_000;

/// A byte count for messages: `1048576 bytes (1 MiB)`.
fn show(n: usize) -> String {
    const MIB: usize = 1024 * 1024;
    if n >= MIB && n.is_multiple_of(MIB) {
        format!("{n} bytes ({} MiB)", n / MIB)
    } else if n >= 1024 && n.is_multiple_of(1024) {
        format!("{n} bytes ({} KiB)", n / 1024)
    } else {
        format!("{n} bytes")
    }
}

/// The error for a body larger than `max` bytes.
pub fn body_too_large(service: Service, max: usize) -> Error {
    Error::protocol(
        service,
        format!(
            "the response body is larger than the limit of {}; stopped reading it. \
             If the service really sends bodies this large, raise the limit with \
             ClientBuilder::max_body(bytes)",
            show(max)
        ),
    )
}

/// The error for a line longer than `max` bytes; `what` says where (e.g. `"channel 212 …: an NDJSON line"`).
pub fn line_too_long(service: Service, what: &str, max: usize) -> Error {
    Error::protocol(
        service,
        format!(
            "{what} is longer than the limit of {} without a newline; stopped reading. \
             If the service really sends lines this long, raise the limit with \
             ClientBuilder::max_line(bytes)",
            show(max)
        ),
    )
}

/// Reads a whole response body, failing with [`Error::Protocol`] as soon as it
/// passes `max` bytes (a declared `Content-Length` above `max` fails before
/// anything is read). Never buffers more than `max` bytes.
pub async fn read_body(service: Service, mut resp: reqwest::Response, max: usize) -> Result<Bytes> {
    if resp.content_length().is_some_and(|n| n > max as u64) {
        return Err(body_too_large(service, max));
    }
    let mut out = BytesMut::new();
    while let Some(chunk) = resp
        .chunk()
        .await
        .map_err(|e| Error::from_reqwest(service, e))?
    {
        if chunk.len() > max - out.len() {
            return Err(body_too_large(service, max));
        }
        if out.is_empty() && resp.content_length() == Some(chunk.len() as u64) {
            // The whole body in one chunk: no copy.
            return Ok(chunk);
        }
        out.extend_from_slice(&chunk);
    }
    Ok(out.freeze())
}

/// The number of pages a listing of `total` items claims at `per_page` items a
/// page, refused with [`Error::Protocol`] when it is above [`MAX_PLANNED_PAGES`].
pub fn check_page_count(service: Service, endpoint: &str, pages: u64) -> Result<u64> {
    if pages > MAX_PLANNED_PAGES {
        return Err(Error::protocol(
            service,
            format!(
                "{endpoint}: the service claims {pages} pages, more than the {MAX_PLANNED_PAGES} \
                 a listing may plausibly hold; refusing to plan them (fetch with concurrency 1 \
                 to follow the service's next links instead)"
            ),
        ));
    }
    Ok(pages)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_name_the_limit_and_the_setter() {
        let e = body_too_large(Service::Taxii, 1024 * 1024).to_string();
        assert!(
            e.contains("1048576 bytes (1 MiB)") && e.contains("max_body"),
            "{e}"
        );
        let e = line_too_long(Service::Sie, "an NDJSON line", 100).to_string();
        assert!(e.contains("100 bytes") && e.contains("max_line"), "{e}");
        assert!(check_page_count(Service::DefectDojo, "findings", 10_000_000).is_ok());
        assert!(check_page_count(Service::DefectDojo, "findings", 10_000_001).is_err());
    }
}
