//! Paged TAXII requests (objects, one object's versions, manifest, version
//! lists) on the shared [`Paginator`](crate::paging::Paginator).
//!
//! Paging follows TAXII 2.1: while `more` is true, repeat the same query with
//! `next` when the server gave one, else with `added_after` = the
//! `X-TAXII-Date-Added-Last` response header. STIX bundles (SOC Defenders) have
//! no `more`: the client keeps asking with `added_after` until a page brings
//! nothing new. A page smaller than `limit` is normal (servers clamp it). A
//! `next` token the server rejects (expired sessions) is replaced by
//! `added_after` = the last `X-TAXII-Date-Added-Last` seen, so the listing
//! goes on without loss and without starting over. Objects re-read at an
//! `added_after` boundary are dropped by `(id, modified)`.
//!
//! The parts: the request and its filters (`request`), the page source that
//! fetches and pages (`source`), getting past a group of objects that share one
//! `date_added` (`ties`), what a listing remembers to hand each object out once
//! (`book`), and the parsing of a response body (`envelope`).

use http::HeaderMap;

mod book;
mod envelope;
mod request;
mod source;
#[cfg(test)]
mod tests;
mod ties;

pub(crate) use book::{later, reread_from, Delivered};
pub use envelope::{EnvelopeItem, ParsedPage};
pub(crate) use request::check_version_filter;
pub use request::{ObjectsRequest, ResourceRequest, DEFAULT_LIMIT};
pub use source::{
    EnvelopeSource, ManifestSource, ObjectsSource, ObjectsStats, StatsHandle, VersionsSource,
};

/// `X-TAXII-Date-Added-First` of a page's response, when present.
pub fn date_added_first(headers: &HeaderMap) -> Option<&str> {
    headers
        .get(super::DATE_ADDED_FIRST)
        .and_then(|v| v.to_str().ok())
}

/// `X-TAXII-Date-Added-Last` of a page's response, when present.
pub fn date_added_last(headers: &HeaderMap) -> Option<&str> {
    headers
        .get(super::DATE_ADDED_LAST)
        .and_then(|v| v.to_str().ok())
}
