//! Paging by `added_after` past a group of objects that share one `date_added`:
//! a page that ends inside such a group is asked for again with a larger
//! `limit` (up to [`MAX_GROWN_LIMIT`]), a short bundle is probed for anything
//! beyond it, and when neither helps the listing stops with an error instead
//! of skipping part of the group.

use url::Url;

use super::book::later;
use super::date_added_last;
use super::envelope::EnvelopeItem;
use super::source::{EnvelopeSource, Read, Sent};
use crate::error::{Error, Result, Service};
use crate::paging::{Cursor, RawPage};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Stall {
    /// The page is full (or the server says more): a larger page may get past.
    Full,
    /// A bundle smaller than asked: the end, unless the server clamps pages.
    Short,
}

/// The largest page asked for to get past a group of objects sharing one
/// `date_added`.
const MAX_GROWN_LIMIT: u32 = 10_000;

impl<T: EnvelopeItem> EnvelopeSource<T> {
    /// A page by `added_after`. When the page cannot get past the group of
    /// objects sharing its last `date_added`, asks again with a larger page;
    /// when that cannot help, stops with an error rather than skip the rest
    /// of the group.
    ///
    /// `instead_of_token`: the page replaces one a `next` token could not
    /// fetch. Its own token may fail the same way, so it must get past the
    /// group it starts in by itself.
    pub(super) async fn by_time(
        &self,
        url: &Url,
        after: Option<String>,
        limit: u32,
        instead_of_token: bool,
    ) -> Result<RawPage<T>> {
        let mut limit = limit;
        let mut grown_from: Option<usize> = None;
        let mut probed = false;
        let mut stalled_at: Option<String> = None;
        loop {
            let q = self.with_limit(self.filter.query(after.as_deref()), limit);
            let resp = match self.get_by_time(url, &q).await {
                Err(e) if grown_from.is_some() && matches!(e.status(), Some(400 | 413 | 422)) => {
                    return Err(self.tie_overflow(stalled_at.as_deref(), limit / 4, Some(&e)))
                }
                r => r?,
            };
            {
                let mut book = self.book();
                book.session_after = after.clone();
                book.rereading = after.is_some();
            }
            let read = self
                .read(resp, Sent::After(after.clone()), after.clone(), limit)
                .await?;
            let read = match read {
                // Not past its group: a larger page is needed.
                Read {
                    next: Cursor::Taxii { next: Some(_), .. },
                    last: Some(_),
                    advanced: false,
                    ..
                } if instead_of_token => Read {
                    stall: Some(Stall::Full),
                    ..read
                },
                read => read,
            };
            match read.stall {
                None => {}
                Some(Stall::Full) => {
                    if grown_from.is_some_and(|n| read.received <= n) || limit >= MAX_GROWN_LIMIT {
                        return Err(self.tie_overflow(
                            read.last.as_deref(),
                            read.received as u32,
                            None,
                        ));
                    }
                    grown_from = Some(read.received);
                    stalled_at = read.last.clone();
                    limit = limit.saturating_mul(4).min(MAX_GROWN_LIMIT);
                    tracing::debug!(
                        endpoint = %self.endpoint_name(),
                        added_after = after.as_deref().unwrap_or("(the start)"),
                        limit,
                        "the page ends inside a group of objects added at one time: asking for a larger page"
                    );
                    continue;
                }
                Some(Stall::Short) if !probed => {
                    // Is anything beyond the group? Servers that clamp pages
                    // below what was asked return a short page too.
                    probed = true;
                    let at = read.last.clone();
                    let q = self.with_limit(self.filter.query(at.as_deref()), 1);
                    let (_, headers, _) = self.get_by_time(url, &q).await?;
                    let beyond = match (date_added_last(&headers), at.as_deref()) {
                        (Some(l), Some(at)) => later(l, at),
                        _ => false,
                    };
                    if beyond {
                        // Ask again from the same place: a server that did not
                        // clamp now returns the newer objects too.
                        continue;
                    }
                    return Ok(self.take(Read {
                        next: Cursor::Done,
                        stall: None,
                        ..read
                    }));
                }
                Some(Stall::Short) => {
                    return Err(self.tie_overflow(
                        read.last.as_deref(),
                        read.received as u32,
                        None,
                    ));
                }
            }
            return Ok(self.take(read));
        }
    }

    /// One request by `added_after` (no token in it), retried on its own
    /// like any read: a fetch that needs several such requests (a tie group,
    /// a probe) does not start over when one of them is cut.
    async fn get_by_time(
        &self,
        url: &Url,
        q: &[(String, String)],
    ) -> Result<super::source::Response> {
        let client = &self.collection.taxii;
        client
            .core()
            .retry_policy()
            .retry(Service::Taxii, &self.endpoint_name(), true, |_| {
                client.get_once(url.clone(), q)
            })
            .await
    }

    fn tie_overflow(&self, at: Option<&str>, page: u32, cause: Option<&Error>) -> Error {
        let at = at.unwrap_or("(unknown)");
        let cause = cause.map_or(String::new(), |e| {
            format!(" (a larger page was refused: {e})")
        });
        Error::protocol(
            Service::Taxii,
            format!(
                "{}: more objects share date_added {at} than the server returns in one page ({page}){cause}; paging by added_after cannot get past them without skipping some, so the listing stops here (nothing was skipped)",
                self.endpoint_name()
            ),
        )
    }
}
