//! Following a sample listing: each run delivers only the samples that no
//! earlier run delivered ([`Sandbox::follow_samples`]).
//!
//! [`Sandbox::sync_samples`] exports a listing once. An agent that polls the
//! sandbox on a schedule wants each sample once instead, whatever the number
//! of runs and however they end. The listings (`/v0/samples`, `/v0/search`)
//! come newest first, so a run walks pages from the newest sample down and
//! stops at the first sample an earlier run already covered.
//!
//! # What a run delivers
//!
//! The checkpoint keeps a **boundary**: the `submitted` time of the newest
//! sample the last complete run saw, plus the ids of the samples at exactly
//! that time (the ties: the time alone cannot tell a sample delivered from one
//! that arrived later at the same time). A sample is **new** when it was
//! submitted after the boundary, or at the boundary's time with an id not in
//! its tie set. The first sample submitted before the boundary ends the run:
//! everything after it in the listing is older still.
//!
//! - **First run** (no checkpoint): without a boundary every sample is new,
//!   unless [`since`](SyncJob::since) is set: then samples submitted before it
//!   are not delivered, by this run or any later one (the time is kept in the
//!   checkpoint; a later `since` is ignored, so an agent may pass
//!   `now - lookback` on every start).
//! - **The boundary moves only when a run completes.** The newest sample a run
//!   sees (the head of its first page, and the ties at that time) is saved as
//!   the run's **pending** boundary with its first step, while the previous
//!   boundary stays the stop condition. A run killed part-way resumes at the
//!   page after the last one saved, still stopping at the old boundary; when it
//!   completes, the pending boundary becomes the boundary.
//! - **Samples submitted while a run pages** land at the head of the listing,
//!   above the pending boundary: this run does not see them (it pages down from
//!   where it started), the next run delivers them.
//! - **A sample without `submitted`** cannot be placed in time. It is treated
//!   as new, never skipped: it is delivered the first time a run walks over it,
//!   and its id is kept in the checkpoint so that later runs walking over it
//!   again do not deliver it twice. It neither moves the boundary nor stops a
//!   run. [`FollowDetail::undated`] counts them.
//! - **A sample seen twice in one run** (a server whose `next` is an integer
//!   offset shifts its pages when samples arrive at the head) is delivered
//!   once: a run also keeps how far down it has reached and skips what is
//!   above it.
//!
//! This relies on the listing being ordered by `submitted`, newest first,
//! as the service documents. A sample that appears later with a `submitted`
//! time before the boundary (clock skew on the server) is not delivered. And
//! a run sees what the listing serves: a server whose `next` is a time (the
//! simulator's is) skips the rest of a group of ties that a page boundary
//! cuts, before any run can see them; larger pages make that rarer.
//!
//! # Checkpoint state
//!
//! [`Checkpoint::state`] holds (absent fields are empty):
//!
//! ```json
//! {
//!   "since": "2024-06-01T00:00:00Z",
//!   "boundary": {"submitted": "2024-06-02T10:00:00.000001Z", "ids": ["240602-abc"]},
//!   "pending":  {"submitted": "2024-06-02T11:30:00.000002Z", "ids": ["240602-xyz"]},
//!   "reached":  {"submitted": "2024-06-02T11:00:00.000003Z", "ids": ["240602-klm"]},
//!   "undated": ["240602-nod"]
//! }
//! ```
//!
//! `boundary` is the last complete run's; `pending` and `reached` (the newest
//! and the oldest point the run in progress has walked) exist only while a
//! run is unfinished.
//!
//! ```no_run
//! # async fn demo(sandbox: secops::sandbox::Sandbox) -> secops::Result<()> {
//! use secops::sandbox::{Listing, Subset};
//! use secops::{FileCheckpoints, NdjsonFile};
//! let store = FileCheckpoints::new("state/")?;
//! let since = chrono::Utc::now() - chrono::Duration::hours(24);
//! let report = sandbox
//!     .follow_samples(Listing::Samples(Subset::Owned), NdjsonFile::create("new.ndjson")?, &store)
//!     .since(since)
//!     .page_size(100)
//!     .await?;
//! println!("{report}; boundary {:?}", report.detail.boundary);
//! # Ok(()) }
//! ```

use std::collections::BTreeSet;

use chrono::{DateTime, Utc};
use futures::TryStreamExt;
use serde::{Deserialize, Serialize};

use super::listing::Listing;
use super::{Sample, Sandbox, MAX_PAGE_SIZE};
use crate::checkpoint::{Checkpoint, CheckpointStore};
use crate::error::{Error, Result, Service};
use crate::paging::{Cursor, PageStream, Position};
use crate::retry::RetryStats;
use crate::sink::Sink;
use crate::sync::{Identity, Options, Out, Source, Start, Step, SyncJob};

/// A point in a listing's time order: a `submitted` time and the ids of the
/// samples at exactly that time that are on the delivered side of it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Boundary {
    /// The time.
    pub submitted: DateTime<Utc>,
    /// The samples at that time already walked over.
    #[serde(default)]
    pub ids: BTreeSet<String>,
}

impl Boundary {
    fn at(submitted: DateTime<Utc>, id: &str) -> Self {
        Boundary {
            submitted,
            ids: BTreeSet::from([id.to_string()]),
        }
    }

    /// The later of two boundaries; at the same time, both tie sets.
    fn merge(mut self, other: Boundary) -> Boundary {
        if other.submitted > self.submitted {
            return other;
        }
        if other.submitted == self.submitted {
            self.ids.extend(other.ids);
        }
        self
    }
}

/// What the checkpoint keeps between runs (see the module docs).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
struct FollowState {
    /// Samples submitted before this are never delivered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    since: Option<DateTime<Utc>>,
    /// The newest point the last complete run saw.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    boundary: Option<Boundary>,
    /// The newest point the run in progress saw (the next boundary).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pending: Option<Boundary>,
    /// The oldest point the run in progress walked down to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    reached: Option<Boundary>,
    /// Samples without `submitted` already delivered.
    #[serde(default, skip_serializing_if = "BTreeSet::is_empty")]
    undated: BTreeSet<String>,
}

/// What a run makes of one sample of the listing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Seen {
    /// Not delivered before: write it.
    New,
    /// At the boundary and in its tie set, or undated and delivered before.
    Known,
    /// Already walked over by this run (the listing shifted under it).
    Repeat,
    /// Before the boundary (or `since`): this and everything after it are done.
    Older,
}

impl FollowState {
    /// Classifies the next sample of the listing and records it as walked.
    fn observe(&mut self, id: &str, submitted: Option<DateTime<Utc>>) -> Seen {
        let Some(t) = submitted else {
            return if self.undated.insert(id.to_string()) {
                Seen::New
            } else {
                Seen::Known
            };
        };
        if let Some(r) = &self.reached {
            if t > r.submitted || (t == r.submitted && r.ids.contains(id)) {
                return Seen::Repeat;
            }
        }
        if self.since.is_some_and(|s| t < s)
            || self.boundary.as_ref().is_some_and(|b| t < b.submitted)
        {
            return Seen::Older;
        }
        // Newest first: the first sample walked is the pending boundary, and
        // only its ties can join it (anything newer was a `Repeat`).
        match &mut self.pending {
            None => self.pending = Some(Boundary::at(t, id)),
            Some(p) if p.submitted == t => {
                p.ids.insert(id.to_string());
            }
            Some(_) => {}
        }
        match &mut self.reached {
            Some(r) if r.submitted == t => {
                r.ids.insert(id.to_string());
            }
            _ => self.reached = Some(Boundary::at(t, id)),
        }
        let known = self
            .boundary
            .as_ref()
            .is_some_and(|b| b.submitted == t && b.ids.contains(id));
        if known {
            Seen::Known
        } else {
            Seen::New
        }
    }

    /// The run is complete: its pending boundary becomes the boundary.
    fn complete_run(&mut self) {
        if let Some(p) = self.pending.take() {
            self.boundary = Some(match self.boundary.take() {
                Some(b) => b.merge(p),
                None => p,
            });
        }
        self.reached = None;
    }
}

/// What [`Sandbox::follow_samples`] reports besides the core counters
/// ([`SyncReport::detail`](crate::SyncReport::detail)).
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct FollowDetail {
    /// The listing followed.
    pub listing: Listing,
    /// The boundary after this run: the newest sample seen by the last
    /// complete run and its ties (`None` until a run has seen a sample).
    pub boundary: Option<Boundary>,
    /// Samples submitted before this are never delivered (the first run's
    /// [`since`](SyncJob::since), as kept in the checkpoint).
    pub since: Option<DateTime<Utc>>,
    /// Samples without a `submitted` time this run delivered.
    pub undated: u64,
}

/// What [`Sandbox::follow_samples`] did.
pub type FollowReport = crate::SyncReport<FollowDetail>;

/// The incremental [`Source`] of [`Sandbox::follow_samples`]: the listing's
/// pages from the newest sample down to the boundary, one new sample per record.
pub struct FollowSamples {
    sandbox: Sandbox,
    listing: Listing,
    since: Option<DateTime<Utc>>,
    page_size: Option<u32>,
    pages: Option<PageStream<Sample>>,
    state: FollowState,
    done: bool,
    undated: u64,
}

impl std::fmt::Debug for FollowSamples {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("FollowSamples")
            .field("listing", &self.listing)
            .field("since", &self.since)
            .field("page_size", &self.page_size)
            .finish_non_exhaustive()
    }
}

impl Source for FollowSamples {
    type Progress = ();
    type Detail = FollowDetail;

    const INCREMENTAL: bool = true;

    async fn identity(&mut self, options: Options) -> Result<Identity> {
        if let Listing::Search(q) = &self.listing {
            if q.trim().is_empty() {
                return Err(Error::invalid_input("Sandbox: the search query is empty"));
            }
        }
        if let Some(n) = options.page_size {
            if n == 0 || n > MAX_PAGE_SIZE {
                return Err(Error::invalid_input(format!(
                    "Sandbox: page size {n} is out of range (1 to {MAX_PAGE_SIZE})"
                )));
            }
        }
        self.page_size = options.page_size;
        let mut filter = self.listing.filter();
        // Not the checkpoint of an export of the same listing.
        if let Some(m) = filter.as_object_mut() {
            m.insert("follow".into(), serde_json::Value::Bool(true));
        }
        Ok(Identity {
            service: Service::Sandbox,
            endpoint: self.listing.endpoint().to_string(),
            filter,
            default_key: format!("{}.follow", self.listing.checkpoint_key()),
        })
    }

    async fn start(
        &mut self,
        checkpoint: &mut Checkpoint,
        start: Start,
        location: &str,
    ) -> Result<()> {
        let mut state: FollowState = match start {
            Start::Fresh => FollowState {
                since: self.since,
                ..FollowState::default()
            },
            _ => checkpoint.read_state(location)?,
        };
        let position = match start {
            Start::Complete => {
                self.state = state;
                self.done = true;
                return Ok(());
            }
            Start::Incremental => {
                // A complete run left no run in progress; start from the head.
                state.complete_run();
                Position::start()
            }
            Start::Resumed => checkpoint.position.clone(),
            Start::Fresh => Position::start(),
        };
        let mut paginator = self
            .sandbox
            .listing(self.listing.clone())
            .resume_from(position);
        if let Some(n) = self.page_size {
            paginator = paginator.page_size(n);
        }
        self.pages = Some(paginator.pages());
        self.state = state;
        Ok(())
    }

    async fn next(&mut self, out: &mut Out<'_>) -> Result<Option<Step<()>>> {
        if self.done {
            return Ok(None);
        }
        let pages = self.pages.as_mut().expect("started");
        let page = pages.try_next().await?;
        // Changed on a copy: a step that fails leaves the state as saved.
        let mut state = self.state.clone();
        let mut older = false;
        let mut undated = 0;
        for sample in page.iter().flat_map(|p| &p.items) {
            match state.observe(&sample.id, sample.submitted) {
                Seen::New => {
                    out.write_json(Service::Sandbox, sample)?;
                    undated += u64::from(sample.submitted.is_none());
                }
                Seen::Known | Seen::Repeat => {}
                Seen::Older => {
                    older = true;
                    break;
                }
            }
        }
        let last = older || page.as_ref().is_none_or(|p| p.next.is_done());
        let position = if last {
            state.complete_run();
            Position {
                cursor: Cursor::Done,
                skip: 0,
            }
        } else {
            pages.position()
        };
        let saved = serde_json::to_value(&state)
            .map_err(|e| Error::decode(Service::Sandbox, format!("follow state: {e}"), b""))?;
        self.state = state;
        self.done = last;
        self.undated += undated;
        Ok(Some(Step::new(position, ()).last(last).state(saved)))
    }

    fn detail(&mut self) -> FollowDetail {
        FollowDetail {
            listing: self.listing.clone(),
            boundary: self.state.boundary.clone(),
            since: self.state.since,
            undated: self.undated,
        }
    }

    fn retry_stats(&self) -> Option<RetryStats> {
        Some(self.sandbox.core.retry_policy().stats().clone())
    }
}

impl SyncJob<'_, FollowSamples> {
    /// Limits the first run (no checkpoint yet) to samples submitted at or
    /// after `since` (e.g. `now - lookback`; a time or an `Option`); `None`:
    /// the whole listing. Kept
    /// in the checkpoint: later runs, and a resumed first run, use the stored
    /// value and ignore this one.
    pub fn since(mut self, since: impl Into<Option<DateTime<Utc>>>) -> Self {
        self.source.since = since.into();
        self
    }
}

impl Sandbox {
    /// Follows a listing: each run writes into `sink` (one sample per NDJSON
    /// record) only the samples no earlier run delivered, resumably (see
    /// [`crate::sync`] and [`follow`](self) for what "new" means, ties,
    /// samples arriving during a run and samples without a time).
    ///
    /// The checkpoint (key: [`Listing::checkpoint_key`] plus `.follow`, unless
    /// set) is saved after each page; a run killed part-way is finished by
    /// the next call, and a call after a complete run is a new, incremental
    /// run ([`SyncReport::incremental`](crate::SyncReport::incremental)).
    /// Like every incremental sync, a new run begins the sink anew: give each
    /// run its own output (an [`NdjsonFile`](crate::NdjsonFile) then holds
    /// that run's samples), or a sink that appends every run to one stream.
    /// Page size: 1 to [`MAX_PAGE_SIZE`] (default: the server's).
    ///
    /// ```no_run
    /// # async fn demo(sandbox: secops::sandbox::Sandbox) -> secops::Result<()> {
    /// use secops::sandbox::{Listing, Subset};
    /// use secops::{MemoryCheckpoints, MemorySink};
    /// let store = MemoryCheckpoints::new();
    /// let listing = Listing::Samples(Subset::Owned);
    /// let first = sandbox.follow_samples(listing.clone(), MemorySink::new(), &store).await?;
    /// let again = sandbox.follow_samples(listing, MemorySink::new(), &store).await?;
    /// assert!(again.incremental);
    /// println!("{} then {} new samples", first.records, again.records);
    /// # Ok(()) }
    /// ```
    pub fn follow_samples<'a>(
        &self,
        listing: Listing,
        sink: impl Sink + 'a,
        store: impl CheckpointStore + 'a,
    ) -> SyncJob<'a, FollowSamples> {
        SyncJob::new(
            FollowSamples {
                sandbox: self.clone(),
                listing,
                since: None,
                page_size: None,
                pages: None,
                state: FollowState::default(),
                done: false,
                undated: 0,
            },
            sink,
            store,
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: u32) -> DateTime<Utc> {
        DateTime::from_timestamp(1_700_000_000 + i64::from(s), 0).unwrap()
    }

    /// Walks one run over `listing` (newest first): the ids written, and
    /// whether it stopped before the end.
    fn run(state: &mut FollowState, listing: &[(&str, Option<u32>)]) -> (Vec<String>, bool) {
        let mut out = Vec::new();
        let mut stopped = false;
        for (id, s) in listing {
            match state.observe(id, s.map(t)) {
                Seen::New => out.push(id.to_string()),
                Seen::Known | Seen::Repeat => {}
                Seen::Older => {
                    stopped = true;
                    break;
                }
            }
        }
        state.complete_run();
        (out, stopped)
    }

    #[test]
    fn each_sample_once_with_ties_at_the_boundary() {
        let mut st = FollowState::default();
        let (out, _) = run(&mut st, &[("c", Some(5)), ("b", Some(5)), ("a", Some(4))]);
        assert_eq!(out, ["c", "b", "a"]);
        let b = st.boundary.clone().unwrap();
        assert_eq!((b.submitted, b.ids.len()), (t(5), 2));
        // A late tie at the boundary's time, and a newer sample.
        let (out, stopped) = run(
            &mut st,
            &[
                ("e", Some(6)),
                ("d", Some(5)),
                ("c", Some(5)),
                ("b", Some(5)),
                ("a", Some(4)),
            ],
        );
        assert_eq!((out, stopped), (vec!["e".to_string(), "d".into()], true));
        let (out, _) = run(&mut st, &[("e", Some(6)), ("d", Some(5))]);
        assert!(out.is_empty());
        assert_eq!(st.boundary.as_ref().unwrap().submitted, t(6));
    }

    #[test]
    fn a_run_cut_in_a_tie_group_keeps_the_old_boundary_until_complete() {
        let mut st = FollowState::default();
        run(&mut st, &[("a", Some(1))]);
        // Run 2, first page: two of three ties at 3.
        for (id, s) in [("z", 3), ("y", 3)] {
            assert_eq!(st.observe(id, Some(t(s))), Seen::New);
        }
        let saved = serde_json::to_value(&st).unwrap();
        assert_eq!(saved["boundary"]["submitted"], serde_json::json!(t(1)));
        assert_eq!(saved["pending"]["ids"], serde_json::json!(["y", "z"]));
        // Resumed from the saved state: the rest of the group, then the old boundary.
        let mut st: FollowState = serde_json::from_value(saved).unwrap();
        let (out, stopped) = run(&mut st, &[("x", Some(3)), ("w", Some(2)), ("a", Some(1))]);
        assert_eq!((out, stopped), (vec!["x".to_string(), "w".into()], false));
        let b = st.boundary.unwrap();
        assert_eq!(b.submitted, t(3));
        assert_eq!(b.ids.into_iter().collect::<Vec<_>>(), ["x", "y", "z"]);
        assert!(st.pending.is_none() && st.reached.is_none());
    }

    #[test]
    fn a_shifted_listing_repeats_nothing_in_one_run() {
        let mut st = FollowState::default();
        // Page 2 of an integer-offset listing after two samples arrived at
        // the head: it starts again with the last two samples of page 1.
        let (out, _) = run(
            &mut st,
            &[
                ("d", Some(4)),
                ("c", Some(3)),
                ("b", Some(2)),
                ("c", Some(3)),
                ("b", Some(2)),
                ("a", Some(1)),
            ],
        );
        assert_eq!(out, ["d", "c", "b", "a"]);
    }

    #[test]
    fn undated_samples_are_delivered_once_and_move_nothing() {
        let mut st = FollowState::default();
        let (out, _) = run(&mut st, &[("u", None), ("b", Some(2)), ("a", Some(1))]);
        assert_eq!(out, ["u", "b", "a"]);
        assert_eq!(st.boundary.as_ref().unwrap().submitted, t(2));
        let (out, stopped) = run(&mut st, &[("c", Some(3)), ("u", None), ("b", Some(2))]);
        assert_eq!((out, stopped), (vec!["c".to_string()], false));
        let (out, stopped) = run(&mut st, &[("v", None), ("c", Some(3)), ("b", Some(2))]);
        assert_eq!((out, stopped), (vec!["v".to_string()], true));
    }

    #[test]
    fn since_is_a_floor_for_every_run() {
        let mut st = FollowState {
            since: Some(t(2)),
            ..FollowState::default()
        };
        let (out, stopped) = run(&mut st, &[("a", Some(1))]);
        assert_eq!((out.len(), stopped, st.boundary.is_none()), (0, true, true));
        let (out, _) = run(&mut st, &[("c", Some(3)), ("b", Some(2)), ("a", Some(1))]);
        assert_eq!(out, ["c", "b"]);
    }
}
