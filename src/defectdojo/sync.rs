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
//! [`SyncReport::rewinds`]). Ids already written are never written again.
//!
//! Limit: DefectDojo 2.57.2 has no "updated since" filter, so changes to
//! findings already copied (closed, re-rated) are not picked up by an
//! incremental run; start over with a new checkpoint key to refresh them.

use std::fmt;
use std::future::{Future, IntoFuture};
use std::pin::Pin;

use serde::{Deserialize, Serialize};

use super::list::{DojoSource, ListEndpoint};
use super::{DefectDojo, FindingFilter, Names};
use crate::checkpoint::{Checkpoint, CheckpointStore};
use crate::error::{Error, Result, Service};
use crate::paging::{Cursor, Position};
use crate::sink::Sink;

/// The checkpoint key used unless [`SyncFindings::key`] sets another.
pub const DEFAULT_KEY: &str = "defectdojo-findings";

/// Progress of a running sync, reported after each page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct SyncProgress {
    /// Findings written by this run so far.
    pub written: u64,
    /// Pages fetched by this run so far.
    pub pages: u64,
    /// The highest finding id written so far (across runs).
    pub last_id: i64,
    /// The server's count of matching findings (from the last page).
    pub total: Option<u64>,
}

/// What a sync did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct SyncReport {
    /// Findings written by this run.
    pub written: u64,
    /// Findings fetched again but not written (already written before).
    pub skipped: u64,
    /// Pages fetched.
    pub pages: u64,
    /// Times the sync stepped back because offsets had shifted.
    pub rewinds: u64,
    /// The highest finding id written (across runs; 0 if none yet).
    pub last_id: i64,
    /// Whether this run continued an interrupted one.
    pub resumed: bool,
    /// Whether this run only added findings newer than a previous complete run.
    pub incremental: bool,
}

#[derive(Debug, Clone, Copy, Default, Serialize, Deserialize)]
struct State {
    last_id: i64,
    offset: i64,
}

type ProgressFn<'a> = Box<dyn FnMut(&SyncProgress) + Send + 'a>;

/// A configured sync; `.await` it to run. See the [module docs](self).
#[must_use = "a sync does nothing until awaited"]
pub struct SyncFindings<'a, S, C: ?Sized> {
    dd: &'a DefectDojo,
    filter: FindingFilter,
    sink: S,
    store: &'a C,
    key: String,
    page_size: u32,
    progress: Option<ProgressFn<'a>>,
}

impl<S, C: ?Sized> fmt::Debug for SyncFindings<'_, S, C> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SyncFindings")
            .field("filter", &self.filter)
            .field("key", &self.key)
            .field("page_size", &self.page_size)
            .finish_non_exhaustive()
    }
}

impl<'a, S, C> SyncFindings<'a, S, C>
where
    S: Sink + 'a,
    C: CheckpointStore + ?Sized,
{
    /// The checkpoint key (default [`DEFAULT_KEY`]); one key per filter and output.
    pub fn key(mut self, key: impl Into<String>) -> Self {
        self.key = key.into();
        self
    }

    /// Findings per request (default 100, at least 2: pages overlap by one).
    pub fn page_size(mut self, n: u32) -> Self {
        self.page_size = n;
        self
    }

    /// Calls `f` after each page is written and checkpointed.
    pub fn with_progress(mut self, f: impl FnMut(&SyncProgress) + Send + 'a) -> Self {
        self.progress = Some(Box::new(f));
        self
    }

    async fn run(mut self) -> Result<SyncReport> {
        if self.filter.order_by.is_some() {
            return Err(Error::invalid_input(
                "DefectDojo sync_findings: leave order_by unset (the sync orders by id itself)",
            ));
        }
        if self.page_size < 2 {
            return Err(Error::invalid_input(format!(
                "DefectDojo sync_findings: page_size must be at least 2 (pages overlap by one finding), got {}",
                self.page_size
            )));
        }
        if self.key.trim().is_empty() {
            return Err(Error::invalid_input(
                "DefectDojo sync_findings: the checkpoint key is empty",
            ));
        }
        let filter = self.filter.clone().order_by(Names::from("id"));
        filter.validate()?;
        let filter_json = serde_json::to_value(&self.filter)
            .map_err(|e| Error::invalid_input(format!("DefectDojo sync_findings: filter: {e}")))?;
        let endpoint = FindingFilter::ENDPOINT;
        let location = self.store.location(&self.key);

        let mut report = SyncReport {
            written: 0,
            skipped: 0,
            pages: 0,
            rewinds: 0,
            last_id: 0,
            resumed: false,
            incremental: false,
        };
        let (mut cp, mut state) = match self.store.load(&self.key)? {
            None => {
                self.sink.begin(None)?;
                (
                    Checkpoint::new(Service::DefectDojo, endpoint, filter_json),
                    State::default(),
                )
            }
            Some(cp) => {
                cp.ensure_matches(&location, Service::DefectDojo, endpoint, &filter_json)?;
                let state: State =
                    serde_json::from_value(cp.state.clone()).map_err(|e| Error::Checkpoint {
                        location: location.clone(),
                        message: format!(
                            "its sync state is not readable ({e}); remove it to start over"
                        ),
                    })?;
                if cp.complete {
                    if self.sink.publish_completed(cp.sink_len)? {
                        // The previous run completed but a crash kept its
                        // output from being published: this run publishes it
                        // and ends; the next one continues incrementally.
                        report.resumed = true;
                        report.last_id = state.last_id;
                        return Ok(report);
                    }
                    report.incremental = true;
                    self.sink.begin(None)?;
                } else {
                    report.resumed = true;
                    self.sink.begin(cp.sink_len)?;
                }
                (cp, state)
            }
        };
        report.last_id = state.last_id;

        let source = DojoSource::new(self.dd, filter);
        let retry = self.dd.inner.core.retry_policy().clone();
        let limit = self.page_size;
        let mut offset = state.offset;
        loop {
            let listing = retry
                .retry(Service::DefectDojo, endpoint, true, |_| {
                    source.fetch_at(offset, Some(limit))
                })
                .await?;
            report.pages += 1;
            let items = listing.results;
            let first = items.first().map(|f| f.id);
            if state.last_id > 0 && offset > 0 && first.is_none_or(|id| id > state.last_id) {
                // Findings before this offset were deleted (or the page is past
                // the end): step back until the page overlaps what was written.
                report.rewinds += 1;
                offset = offset.saturating_sub(i64::from(limit) - 1).max(0);
                continue;
            }
            if items.windows(2).any(|w| w[0].id >= w[1].id) {
                self.sink.rollback()?;
                return Err(Error::protocol(
                    Service::DefectDojo,
                    format!("{endpoint}: the page at offset {offset} is not in id order although o=id was asked; stopping"),
                ));
            }
            let mut added = 0u64;
            let seen = state.last_id;
            for f in items.iter().filter(|f| f.id > seen) {
                let line = serde_json::to_vec(f)
                    .map_err(|e| Error::decode(Service::DefectDojo, e, b""))?;
                self.sink.write_record(&line)?;
                state.last_id = f.id;
                added += 1;
            }
            report.written += added;
            report.skipped += items.len() as u64 - added;
            report.last_id = state.last_id;
            let done = listing.next.is_none();
            if !done && items.len() < 2 {
                self.sink.rollback()?;
                return Err(Error::protocol(
                    Service::DefectDojo,
                    format!("{endpoint}: the server returned {} finding(s) at offset {offset} although more follow; pages must hold at least 2 for the overlap", items.len()),
                ));
            }
            // The next page starts on this page's last finding (the overlap).
            state.offset = (offset + items.len() as i64 - 1).max(0);
            let committed = self.sink.commit()?;
            let position = Position {
                cursor: if done {
                    Cursor::Done
                } else {
                    Cursor::Offset {
                        offset: state.offset.to_string(),
                    }
                },
                skip: 0,
            };
            cp.advance(position, added);
            cp.sink_len = committed;
            cp.state = serde_json::to_value(state).expect("plain numbers");
            self.store.save(&self.key, &cp)?;
            if let Some(p) = self.progress.as_mut() {
                p(&SyncProgress {
                    written: report.written,
                    pages: report.pages,
                    last_id: state.last_id,
                    total: u64::try_from(listing.count).ok(),
                });
            }
            if done {
                break;
            }
            offset = state.offset;
        }
        self.sink.finish()?;
        Ok(report)
    }
}

impl<'a, S, C> IntoFuture for SyncFindings<'a, S, C>
where
    S: Sink + 'a,
    C: CheckpointStore + ?Sized + 'a,
{
    type Output = Result<SyncReport>;
    type IntoFuture = Pin<Box<dyn Future<Output = Result<SyncReport>> + Send + 'a>>;

    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.run())
    }
}

impl DefectDojo {
    /// Copies the findings matching `filter` into `sink`, one JSON line each,
    /// resuming from and saving to `store` (see the [module docs](self)).
    ///
    /// ```no_run
    /// # async fn demo(dd: secops::defectdojo::DefectDojo) -> secops::Result<()> {
    /// use secops::{FileCheckpoints, NdjsonFile};
    /// use secops::defectdojo::FindingFilter;
    /// let store = FileCheckpoints::new("state/")?;
    /// let report = dd
    ///     .sync_findings(FindingFilter::new().active(true), NdjsonFile::create("findings.ndjson")?, &store)
    ///     .with_progress(|p| eprintln!("{} findings", p.written))
    ///     .await?;
    /// println!("{} new, up to id {}", report.written, report.last_id);
    /// # Ok(()) }
    /// ```
    pub fn sync_findings<'a, S, C>(
        &'a self,
        filter: FindingFilter,
        sink: S,
        store: &'a C,
    ) -> SyncFindings<'a, S, C>
    where
        S: Sink + 'a,
        C: CheckpointStore + ?Sized,
    {
        SyncFindings {
            dd: self,
            filter,
            sink,
            store,
            key: DEFAULT_KEY.to_string(),
            page_size: 100,
            progress: None,
        }
    }
}
