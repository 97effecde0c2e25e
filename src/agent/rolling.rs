//! A window listing made incremental: each run of a feed fetches the window
//! from where the last one ended up to `now − lag`, through the service's own
//! one-off sync ([`Source`]) for that window.
//!
//! The feed keeps one checkpoint. Its state holds the watermark (everything
//! before it was delivered), the window in progress with the inner source's
//! own state, and the gaps found; its position is the inner source's
//! position. So a run killed in the middle of a window resumes that window
//! where it stopped, with the same bounds, and the next window starts exactly
//! where the last one ended: nothing is fetched twice or skipped.

use std::future::Future;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::checkpoint::Checkpoint;
use crate::error::{Error, Result};
use crate::retry::RetryStats;
use crate::sync::{Gap, Identity, Options, Out, Source, Start, Step};

/// A listing fetched window after window.
pub(crate) trait Windows: Send {
    /// The one-off sync of one window.
    type Inner: Source;

    /// What the feed's checkpoint belongs to (the listing without its window).
    fn identity(&self) -> Identity;

    /// The next window from `from` (the watermark; `None` on the first run),
    /// `None` when there is nothing to fetch yet. May move the start later
    /// (the service pruned what lies before it): the part skipped is a gap.
    fn next_window(
        &mut self,
        from: Option<DateTime<Utc>>,
    ) -> impl Future<Output = Result<Option<NextWindow>>> + Send;

    /// The sync of `[start, end)`.
    fn source(&self, start: DateTime<Utc>, end: DateTime<Utc>) -> Result<Self::Inner>;

    /// The client's retry counter.
    fn retry_stats(&self) -> Option<RetryStats>;
}

/// A window to fetch, and what had to be skipped before it.
#[derive(Debug, Clone)]
pub(crate) struct NextWindow {
    pub start: DateTime<Utc>,
    pub end: DateTime<Utc>,
    pub gap: Option<Gap>,
}

/// What the feed's checkpoint keeps.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
struct State {
    /// Everything before this was delivered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    watermark: Option<DateTime<Utc>>,
    /// The window in progress.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    window: Option<(DateTime<Utc>, DateTime<Utc>)>,
    /// The inner source's state for the window in progress.
    #[serde(default, skip_serializing_if = "serde_json::Value::is_null")]
    inner: serde_json::Value,
    /// Gaps found so far (the most recent ones).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    gaps: Vec<Gap>,
}

/// Gaps kept in the checkpoint: the most recent ones.
const MAX_GAPS: usize = 100;

/// What a rolling run reports besides the core counters.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[non_exhaustive]
pub struct RollingDetail {
    /// The window fetched (or resumed) by this run.
    pub window: Option<(DateTime<Utc>, DateTime<Utc>)>,
    /// Everything before this is delivered.
    pub watermark: Option<DateTime<Utc>>,
    /// Gaps found by this run (the report's `gaps` also holds earlier ones).
    pub new_gaps: Vec<Gap>,
}

/// The feed's [`Source`]: windows one after another.
pub(crate) struct Rolling<W: Windows> {
    windows: W,
    options: Options,
    state: State,
    inner: Option<(W::Inner, Checkpoint)>,
    location: String,
    detail: RollingDetail,
}

impl<W: Windows> Rolling<W> {
    pub(crate) fn new(windows: W) -> Self {
        Rolling {
            windows,
            options: Options::default(),
            state: State::default(),
            inner: None,
            location: String::new(),
            detail: RollingDetail::default(),
        }
    }

    /// Prepares the inner sync of `[start, end)`, resumed at `checkpoint`'s
    /// position when `resume`.
    async fn open_window(
        &mut self,
        start: DateTime<Utc>,
        end: DateTime<Utc>,
        outer: &Checkpoint,
        resume: bool,
    ) -> Result<()> {
        let mut inner = self.windows.source(start, end)?;
        let id = inner.identity(self.options).await?;
        let mut cp = Checkpoint::new(id.service, id.endpoint, id.filter);
        let how = if resume {
            cp.position = outer.position.clone();
            cp.state = self.state.inner.clone();
            Start::Resumed
        } else {
            Start::Fresh
        };
        inner.start(&mut cp, how, &self.location).await?;
        self.state.window = Some((start, end));
        self.detail.window = Some((start, end));
        self.inner = Some((inner, cp));
        Ok(())
    }

    fn state_json(&self) -> serde_json::Value {
        serde_json::to_value(&self.state).expect("plain data")
    }
}

impl<W: Windows> Source for Rolling<W> {
    type Progress = ();
    type Detail = RollingDetail;
    const INCREMENTAL: bool = true;

    async fn identity(&mut self, options: Options) -> Result<Identity> {
        self.options = options;
        Ok(self.windows.identity())
    }

    async fn start(&mut self, cp: &mut Checkpoint, start: Start, location: &str) -> Result<()> {
        self.location = location.to_string();
        self.state = if cp.state.is_null() {
            State::default()
        } else {
            serde_json::from_value(cp.state.clone()).map_err(|e| Error::Checkpoint {
                location: location.to_string(),
                message: format!("its feed state does not read ({e}): remove it to start over"),
            })?
        };
        self.detail.watermark = self.state.watermark;
        if let (Start::Resumed, Some((s, e))) = (start, self.state.window) {
            return self.open_window(s, e, cp, true).await;
        }
        let Some(next) = self.windows.next_window(self.state.watermark).await? else {
            return Ok(());
        };
        if let Some(gap) = next.gap {
            self.detail.new_gaps.push(gap.clone());
            self.state.gaps.push(gap);
        }
        self.state.inner = serde_json::Value::Null;
        self.open_window(next.start, next.end, cp, false).await
    }

    async fn next(&mut self, out: &mut Out<'_>) -> Result<Option<Step<()>>> {
        let Some((inner, cp)) = self.inner.as_mut() else {
            return Ok(None);
        };
        let step = inner.next(out).await?;
        let (position, last, expected, gap) = match step {
            Some(s) => {
                if let Some(st) = s.state {
                    cp.state = st;
                }
                (s.position, s.last, s.expected, s.gap)
            }
            // The inner listing ended without marking a last step: the window
            // is done all the same (the watermark must move).
            None => (cp.position.clone(), true, None, None),
        };
        cp.advance(position.clone(), out.records());
        cp.complete = last;
        self.state.inner = cp.state.clone();
        if last {
            let (_, end) = self.state.window.take().expect("a window in progress");
            let (inner, _) = self.inner.take().expect("checked");
            let found = inner.gaps();
            self.detail.new_gaps.extend(found.iter().cloned());
            self.state.gaps.extend(found);
            let excess = self.state.gaps.len().saturating_sub(MAX_GAPS);
            self.state.gaps.drain(..excess);
            self.state.watermark = Some(end);
            self.state.inner = serde_json::Value::Null;
            self.detail.watermark = Some(end);
        }
        Ok(Some(
            Step::new(position, ())
                .last(last)
                .state(self.state_json())
                .expected(expected)
                .gap(gap),
        ))
    }

    fn gaps(&self) -> Vec<Gap> {
        let mut g = self.state.gaps.clone();
        if let Some((inner, _)) = &self.inner {
            g.extend(inner.gaps());
        }
        g
    }

    fn detail(&mut self) -> RollingDetail {
        self.detail.clone()
    }

    fn committed(&mut self, checkpoint: &Checkpoint) {
        if let Some((inner, cp)) = self.inner.as_mut() {
            cp.position = checkpoint.position.clone();
            inner.committed(cp);
        }
    }

    fn retry_stats(&self) -> Option<RetryStats> {
        self.windows.retry_stats()
    }
}
