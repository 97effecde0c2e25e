//! Incremental, resumable copy of findings into a [`Sink`].
//!
//! [`DefectDojo::sync_findings`] lists the findings matching a filter in id
//! order (`o=id`) and writes each one as a JSON line. After every page it makes
//! the sink durable and then saves a [`Checkpoint`] holding the page offset and
//! the highest id written, so that:
//!
//! - a run that is interrupted (error, crash, the future dropped) resumes
//!   where it stopped, with no loss and no duplicate in a file sink;
//! - a run started after a *complete* one writes only the findings created
//!   since (ids above the stored one) into a fresh output — an incremental
//!   sync.
//!
//! Offsets shift when findings are deleted between two requests. Every page
//! therefore overlaps the previous one by one finding: if the first finding of
//! a page is not one already written, findings before it moved down and the
//! sync steps back until it finds the overlap again (counted in
//! [`FindingsDetail::rewinds`]). Ids already written are never written again.
//!
//! Limit: DefectDojo 2.57.2 has no "updated since" filter, so changes to
//! findings already copied (closed, re-rated) are not picked up by an
//! incremental run; start over with a new checkpoint key to refresh them.

use serde::{Deserialize, Serialize};

use super::list::{DojoSource, ListEndpoint};
use super::{DefectDojo, FindingFilter, Names};
use crate::checkpoint::{Checkpoint, CheckpointStore};
use crate::error::{Error, Result, Service};
use crate::paging::{Cursor, Position};
use crate::retry::RetryStats;
use crate::sink::Sink;
use crate::sync::{Identity, Options, Out, Source, Start, Step, SyncJob};

/// The checkpoint key used unless [`SyncJob::checkpoint_key`] sets another.
pub const DEFAULT_KEY: &str = "defectdojo-findings";

/// The default findings per request.
pub const DEFAULT_PAGE_SIZE: u32 = 100;

/// What a findings sync reports besides the core counters, in its progress
/// ([`SyncProgress::detail`](crate::SyncProgress::detail)) and at the end
/// ([`SyncReport::detail`](crate::SyncReport::detail)).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct FindingsDetail {
    /// The highest finding id written (across runs; 0 if none yet).
    pub last_id: i64,
    /// Findings fetched again but not written (already written before).
    pub skipped: u64,
    /// Times the sync stepped back because offsets had shifted.
    pub rewinds: u64,
    /// Requests sent (pages, rewinds included).
    pub requests: u64,
}

/// What [`DefectDojo::sync_findings`] did.
pub type SyncReport = crate::SyncReport<FindingsDetail>;
/// Progress of [`DefectDojo::sync_findings`], after each page.
pub type SyncProgress = crate::SyncProgress<FindingsDetail>;
/// A findings sync, ready to run (see [`DefectDojo::sync_findings`]).
pub type SyncFindings<'a> = SyncJob<'a, FindingsSource>;

#[derive(Debug, Clone, Copy, Default, Serialize, Deserialize)]
struct State {
    last_id: i64,
    offset: i64,
}

/// The [`Source`] of [`DefectDojo::sync_findings`] (see the [module docs](self)).
pub struct FindingsSource {
    dd: DefectDojo,
    filter: FindingFilter,
    limit: u32,
    state: State,
    offset: i64,
    done: bool,
    detail: FindingsDetail,
}

impl std::fmt::Debug for FindingsSource {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("FindingsSource")
            .field("filter", &self.filter)
            .field("limit", &self.limit)
            .finish_non_exhaustive()
    }
}

impl Source for FindingsSource {
    type Progress = FindingsDetail;
    type Detail = FindingsDetail;
    const INCREMENTAL: bool = true;

    async fn identity(&mut self, options: Options) -> Result<Identity> {
        if self.filter.order_by.is_some() {
            return Err(Error::invalid_input(
                "DefectDojo sync_findings: leave order_by unset (the sync orders by id itself)",
            ));
        }
        self.limit = options.page_size.unwrap_or(DEFAULT_PAGE_SIZE);
        if self.limit < 2 {
            return Err(Error::invalid_input(format!(
                "DefectDojo sync_findings: page_size must be at least 2 (pages overlap by one finding), got {}",
                self.limit
            )));
        }
        self.filter.clone().order_by(Names::from("id")).validate()?;
        let filter = serde_json::to_value(&self.filter)
            .map_err(|e| Error::invalid_input(format!("DefectDojo sync_findings: filter: {e}")))?;
        Ok(Identity {
            service: Service::DefectDojo,
            endpoint: FindingFilter::ENDPOINT.to_string(),
            filter,
            default_key: DEFAULT_KEY.to_string(),
        })
    }

    async fn start(
        &mut self,
        checkpoint: &mut Checkpoint,
        start: Start,
        location: &str,
    ) -> Result<()> {
        if start != Start::Fresh {
            self.state = checkpoint.read_state(location)?;
        }
        self.offset = self.state.offset;
        self.detail.last_id = self.state.last_id;
        Ok(())
    }

    async fn next(&mut self, out: &mut Out<'_>) -> Result<Option<Step<FindingsDetail>>> {
        if self.done {
            return Ok(None);
        }
        let endpoint = FindingFilter::ENDPOINT;
        let source = DojoSource::new(&self.dd, self.filter.clone().order_by(Names::from("id")));
        let retry = self.dd.inner.core.retry_policy().clone();
        let limit = self.limit;
        loop {
            let offset = self.offset;
            let listing = retry
                .retry(Service::DefectDojo, endpoint, true, |_| {
                    source.fetch_at(offset, Some(limit))
                })
                .await?;
            self.detail.requests += 1;
            let items = listing.results;
            let first = items.first().map(|f| f.id);
            let seen = self.state.last_id;
            if seen > 0 && offset > 0 && first.is_none_or(|id| id > seen) {
                // Findings before this offset were deleted (or the page is past
                // the end): step back until the page overlaps what was written.
                self.detail.rewinds += 1;
                self.offset = offset.saturating_sub(i64::from(limit) - 1).max(0);
                continue;
            }
            if items.windows(2).any(|w| w[0].id >= w[1].id) {
                return Err(Error::protocol(
                    Service::DefectDojo,
                    format!("{endpoint}: the page at offset {offset} is not in id order although o=id was asked; stopping"),
                ));
            }
            for f in items.iter().filter(|f| f.id > seen) {
                out.write_json(Service::DefectDojo, f)?;
                self.state.last_id = f.id;
            }
            self.detail.skipped += items.len() as u64 - out.records();
            self.detail.last_id = self.state.last_id;
            let done = listing.next.is_none();
            if !done && items.len() < 2 {
                return Err(Error::protocol(
                    Service::DefectDojo,
                    format!("{endpoint}: the server returned {} finding(s) at offset {offset} although more follow; pages must hold at least 2 for the overlap", items.len()),
                ));
            }
            // The next page starts on this page's last finding (the overlap).
            self.state.offset = (offset + items.len() as i64 - 1).max(0);
            self.offset = self.state.offset;
            self.done = done;
            let cursor = if done {
                Cursor::Done
            } else {
                Cursor::Offset {
                    offset: self.state.offset.to_string(),
                }
            };
            return Ok(Some(
                Step::new(Position { cursor, skip: 0 }, self.detail)
                    .state(serde_json::to_value(self.state).expect("plain numbers"))
                    .expected(u64::try_from(listing.count).ok()),
            ));
        }
    }

    fn detail(&mut self) -> FindingsDetail {
        self.detail
    }

    fn retry_stats(&self) -> Option<RetryStats> {
        Some(self.dd.inner.core.retry_policy().stats().clone())
    }
}

impl DefectDojo {
    /// Copies the findings matching `filter` into `sink`, one JSON line each,
    /// resuming from and saving to `store` (see the [module docs](self) and
    /// [`crate::sync`]). Key: [`DEFAULT_KEY`] unless set (one key per filter
    /// and output); page size: [`DEFAULT_PAGE_SIZE`] unless set, at least 2.
    ///
    /// ```no_run
    /// # async fn demo(dd: secops::defectdojo::DefectDojo) -> secops::Result<()> {
    /// use secops::{FileCheckpoints, NdjsonFile};
    /// use secops::defectdojo::FindingFilter;
    /// let store = FileCheckpoints::new("state/")?;
    /// let report = dd
    ///     .sync_findings(FindingFilter::new().active(true), NdjsonFile::create("findings.ndjson")?, &store)
    ///     .on_progress(|p| eprintln!("{} findings", p.records))
    ///     .await?;
    /// println!("{} new, up to id {}", report.records, report.detail.last_id);
    /// # Ok(()) }
    /// ```
    pub fn sync_findings<'a>(
        &self,
        filter: FindingFilter,
        sink: impl Sink + 'a,
        store: impl CheckpointStore + 'a,
    ) -> SyncFindings<'a> {
        SyncJob::new(
            FindingsSource {
                dd: self.clone(),
                filter,
                limit: DEFAULT_PAGE_SIZE,
                state: State::default(),
                offset: 0,
                done: false,
                detail: FindingsDetail::default(),
            },
            sink,
            store,
        )
    }
}
