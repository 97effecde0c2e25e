//! Resumable ingestion of one dataset into a [`Sink`].
//!
//! [`Defendis::sync_dataset`] pulls a dataset page by page and, for each page,
//! writes its records to the sink (one NDJSON line each, passed through
//! byte for byte as the service sent them), makes the sink durable, then saves
//! the checkpoint — so that a run killed at any point resumes exactly after
//! the last saved page (see [`checkpoint`](crate::checkpoint) for the
//! guarantee). The checkpoint stores the dataset, its scoped value, the date
//! window and the page size; resuming with a different one is refused.

use std::fmt;
use std::future::IntoFuture;

use futures::future::BoxFuture;
use futures::TryStreamExt;
use serde_json::value::RawValue;

use super::datasets::Dataset;
use super::list::List;
use super::window::DateWindow;
use super::Defendis;
use crate::checkpoint::{Checkpoint, CheckpointStore};
use crate::error::{Error, Result, Service};
use crate::paging::{Cursor, Position};
use crate::sink::Sink;

/// Progress after each page written and checkpointed.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct SyncProgress {
    /// Pages written by this run.
    pub pages: u64,
    /// Records written by this run.
    pub records: u64,
    /// Records written over every run of this sync.
    pub total_records: u64,
    /// The dataset's size as the service reported it (`totalRecords`).
    pub expected: Option<u64>,
    /// Where the sync resumes now.
    pub position: Position,
}

/// What a sync did.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct SyncReport {
    /// The dataset.
    pub dataset: Dataset,
    /// The window, if any.
    pub window: Option<DateWindow>,
    /// The checkpoint key.
    pub checkpoint_key: String,
    /// Pages written by this run.
    pub pages: u64,
    /// Records written by this run.
    pub records: u64,
    /// Records over every run of this sync.
    pub total_records: u64,
    /// Whether this run resumed from a checkpoint.
    pub resumed: bool,
    /// Whether the checkpoint said the sync had already completed (nothing was done).
    pub already_complete: bool,
    /// The checkpoint said complete but a crash had kept the output from being
    /// published (renamed into place); this run published it.
    pub published_leftover: bool,
    /// Retries ridden through by this client during the run.
    pub retries: u64,
}

type ProgressFn<'a> = Box<dyn FnMut(&SyncProgress) + Send + 'a>;

/// A dataset sync, ready to run (see [`Defendis::sync_dataset`]). Await it
/// (or call [`run`](Self::run)). Dropping the future cancels it; the
/// checkpoint then stays at the last page written.
#[must_use = "a sync does nothing until awaited"]
pub struct DatasetSync<'a> {
    client: Defendis,
    dataset: Dataset,
    window: Option<DateWindow>,
    sink: &'a mut dyn Sink,
    store: &'a dyn CheckpointStore,
    key: Option<String>,
    page_size: Option<u32>,
    concurrency: usize,
    progress: Option<ProgressFn<'a>>,
}

impl fmt::Debug for DatasetSync<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("DatasetSync")
            .field("dataset", &self.dataset)
            .field("window", &self.window)
            .field("key", &self.key)
            .field("page_size", &self.page_size)
            .finish_non_exhaustive()
    }
}

impl Defendis {
    /// Resumable ingestion of `dataset` (within `window`, if given) into
    /// `sink`, checkpointed in `store` after every page.
    ///
    /// Run it again with the same arguments after a failure or a kill: it
    /// resumes after the last page written, and a file sink
    /// ([`NdjsonFile`](crate::NdjsonFile)) ends up byte-identical to an
    /// uninterrupted run.
    ///
    /// ```no_run
    /// # async fn demo(defendis: secops::defendis::Defendis) -> secops::Result<()> {
    /// use secops::defendis::{DateWindow, Dataset};
    /// use secops::{FileCheckpoints, NdjsonFile};
    /// let store = FileCheckpoints::new("state/")?;
    /// let mut out = NdjsonFile::create("credentials.ndjson")?;
    /// let window = DateWindow::parse("2024-01-01", "2024-07-01")?;
    /// let report = defendis
    ///     .sync_dataset(Dataset::credentials("example.com"), Some(window), &mut out, &store)
    ///     .page_size(100)
    ///     .await?;
    /// println!("{} records ({} retries)", report.records, report.retries);
    /// # Ok(()) }
    /// ```
    pub fn sync_dataset<'a>(
        &self,
        dataset: Dataset,
        window: Option<DateWindow>,
        sink: &'a mut dyn Sink,
        store: &'a dyn CheckpointStore,
    ) -> DatasetSync<'a> {
        DatasetSync {
            client: self.clone(),
            dataset,
            window,
            sink,
            store,
            key: None,
            page_size: None,
            concurrency: 1,
            progress: None,
        }
    }
}

impl<'a> DatasetSync<'a> {
    /// Records per page (part of the checkpoint: resume with the same size).
    pub fn page_size(mut self, n: u32) -> Self {
        self.page_size = Some(n);
        self
    }

    /// The checkpoint key (default: derived from the dataset, value and window).
    pub fn checkpoint_key(mut self, key: impl Into<String>) -> Self {
        self.key = Some(key.into());
        self
    }

    /// Fetches up to `n` pages at once (records are still written in order).
    pub fn concurrency(mut self, n: usize) -> Self {
        self.concurrency = n.max(1);
        self
    }

    /// Called after each page is written and checkpointed.
    pub fn on_progress(mut self, f: impl FnMut(&SyncProgress) + Send + 'a) -> Self {
        self.progress = Some(Box::new(f));
        self
    }

    /// The checkpoint key this sync uses.
    pub fn key(&self) -> String {
        self.key.clone().unwrap_or_else(|| {
            let window = self
                .window
                .map(|w| format!("{}_{}", w.from(), w.to()))
                .unwrap_or_else(|| "all".into());
            format!(
                "defendis-{}-{}-{}",
                self.dataset.endpoint().replace('/', "-"),
                self.dataset.scope_value(),
                window
            )
        })
    }

    /// Runs the sync.
    pub async fn run(self) -> Result<SyncReport> {
        let key = self.key();
        let DatasetSync {
            client,
            dataset,
            window,
            sink,
            store,
            page_size,
            concurrency,
            mut progress,
            ..
        } = self;
        let mut list: List<Box<RawValue>> =
            List::for_dataset(client.clone(), &dataset).concurrency(concurrency);
        if let Some(w) = window {
            list = list.window(w);
        }
        if let Some(n) = page_size {
            list = list.page_size(n);
        }
        list.validate()?;
        let endpoint = dataset.endpoint();
        let filter = serde_json::json!({
            "query": list.query().to_json(),
            "pageSize": page_size,
        });
        let location = store.location(&key);
        let retries_before = client.core().retry_policy().stats().retries();
        let (mut cp, resumed) = match store.load(&key)? {
            Some(cp) => {
                cp.ensure_matches(&location, Service::Defendis, endpoint, &filter)?;
                (cp, true)
            }
            None => (Checkpoint::new(Service::Defendis, endpoint, filter), false),
        };
        let mut report = SyncReport {
            dataset: dataset.clone(),
            window,
            checkpoint_key: key.clone(),
            pages: 0,
            records: 0,
            total_records: cp.items,
            resumed,
            already_complete: cp.complete,
            published_leftover: false,
            retries: 0,
        };
        if cp.complete {
            report.published_leftover = sink.publish_completed(cp.sink_len)?;
            return Ok(report);
        }
        sink.begin(if resumed { cp.sink_len } else { None })?;
        let mut pages = list.resume_from(cp.position.clone()).pages()?;
        let mut finished = false;
        loop {
            let page = match pages.try_next().await {
                Ok(Some(page)) => page,
                Ok(None) => break,
                Err(e) => {
                    sink.rollback()?;
                    return Err(e);
                }
            };
            for record in &page.items {
                write_record(sink, record)?;
            }
            let n = page.items.len() as u64;
            let last = page.next.is_done();
            let sink_len = sink.commit()?;
            cp.advance(pages.position(), n);
            cp.sink_len = sink_len;
            store.save(&key, &cp)?;
            if last {
                // Published after the complete checkpoint is saved: a crash in
                // between is repaired by the next run (`publish_completed`).
                sink.finish()?;
                finished = true;
            }
            report.pages += 1;
            report.records += n;
            report.total_records = cp.items;
            if let Some(f) = progress.as_mut() {
                f(&SyncProgress {
                    pages: report.pages,
                    records: report.records,
                    total_records: cp.items,
                    expected: page.total,
                    position: cp.position.clone(),
                });
            }
        }
        if !finished {
            cp.sink_len = sink.commit()?.or(cp.sink_len);
            cp.advance(
                Position {
                    cursor: Cursor::Done,
                    skip: 0,
                },
                0,
            );
            store.save(&key, &cp)?;
            sink.finish()?;
        }
        report.retries = client.core().retry_policy().stats().retries() - retries_before;
        Ok(report)
    }
}

impl<'a> IntoFuture for DatasetSync<'a> {
    type Output = Result<SyncReport>;
    type IntoFuture = BoxFuture<'a, Result<SyncReport>>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.run())
    }
}

/// Writes one record as one NDJSON line: the service's bytes as they came,
/// unless the record spans lines (then compacted).
fn write_record(sink: &mut dyn Sink, record: &RawValue) -> Result<()> {
    let raw = record.get();
    if raw.contains(['\n', '\r']) {
        let value: serde_json::Value =
            serde_json::from_str(raw).map_err(|e| Error::decode(Service::Defendis, e, b""))?;
        let compact =
            serde_json::to_vec(&value).map_err(|e| Error::decode(Service::Defendis, e, b""))?;
        sink.write_record(&compact)
    } else {
        sink.write_record(raw.as_bytes())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sink::MemorySink;

    #[test]
    fn records_pass_through_or_are_compacted() {
        let mut sink = MemorySink::new();
        let exact: Box<RawValue> = serde_json::from_str(r#"{"b":1,  "a":"x"}"#).unwrap();
        let multi: Box<RawValue> = serde_json::from_str("{\n \"a\": 1\n}").unwrap();
        write_record(&mut sink, &exact).unwrap();
        write_record(&mut sink, &multi).unwrap();
        let recs = sink.records();
        assert_eq!(recs[0], br#"{"b":1,  "a":"x"}"#.to_vec());
        assert_eq!(recs[1], br#"{"a":1}"#.to_vec());
    }
}
