//! Resumable ingestion of one dataset into a [`Sink`].
//!
//! [`Defendis::sync_dataset`] pulls a dataset page by page and, for each page,
//! writes its records to the sink (one NDJSON line each, passed through
//! byte for byte as the service sent them), makes the sink durable, then saves
//! the checkpoint — so that a run killed at any point resumes exactly after
//! the last saved page (see [`checkpoint`](crate::checkpoint) for the
//! guarantee). The checkpoint stores the dataset, its scoped value, the date
//! window and the page size; resuming with a different one is refused.

use serde_json::value::RawValue;

use super::datasets::Dataset;
use super::list::List;
use super::window::DateWindow;
use super::Defendis;
use crate::checkpoint::{Checkpoint, CheckpointStore};
use crate::error::{Result, Service};
use crate::paging::PageStream;
use crate::retry::RetryStats;
use crate::sink::Sink;
use crate::sync::{page_step, Identity, Options, Out, Source, Start, Step, SyncJob};

/// What a dataset sync reports besides the core counters
/// ([`SyncReport::detail`](crate::SyncReport::detail)).
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct DatasetDetail {
    /// The dataset.
    pub dataset: Dataset,
    /// The window, if any.
    pub window: Option<DateWindow>,
}

/// What [`Defendis::sync_dataset`] did.
pub type SyncReport = crate::SyncReport<DatasetDetail>;
/// Progress of [`Defendis::sync_dataset`], after each page.
pub type SyncProgress = crate::SyncProgress<()>;
/// A dataset sync, ready to run (see [`Defendis::sync_dataset`]).
pub type DatasetSync<'a> = SyncJob<'a, DatasetSource>;

/// The [`Source`] of a dataset sync: the dataset's pages, records written as
/// the service sent them.
pub struct DatasetSource {
    client: Defendis,
    dataset: Dataset,
    window: Option<DateWindow>,
    list: Option<List<Box<RawValue>>>,
    pages: Option<PageStream<Box<RawValue>>>,
}

impl std::fmt::Debug for DatasetSource {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DatasetSource")
            .field("dataset", &self.dataset)
            .field("window", &self.window)
            .finish_non_exhaustive()
    }
}

impl Defendis {
    /// Resumable ingestion of `dataset` (within `window`, if given) into
    /// `sink`, checkpointed in `store` after every page (see [`crate::sync`]).
    ///
    /// Run it again with the same arguments after a failure or a kill: it
    /// resumes after the last page written, and a file sink
    /// ([`NdjsonFile`](crate::NdjsonFile)) ends up byte-identical to an
    /// uninterrupted run. The checkpoint key defaults to
    /// `defendis-<endpoint>-<value>-<window>`; the page size is part of the
    /// checkpoint.
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
        sink: impl Sink + 'a,
        store: impl CheckpointStore + 'a,
    ) -> DatasetSync<'a> {
        SyncJob::new(
            DatasetSource {
                client: self.clone(),
                dataset,
                window,
                list: None,
                pages: None,
            },
            sink,
            store,
        )
    }
}

impl Source for DatasetSource {
    type Progress = ();
    type Detail = DatasetDetail;

    async fn identity(&mut self, options: Options) -> Result<Identity> {
        let mut list: List<Box<RawValue>> =
            List::for_dataset(self.client.clone(), &self.dataset).concurrency(options.concurrency);
        if let Some(w) = self.window {
            list = list.window(w);
        }
        if let Some(n) = options.page_size {
            list = list.page_size(n);
        }
        list.validate()?;
        let filter = serde_json::json!({
            "query": list.query().to_json(),
            "pageSize": options.page_size,
        });
        self.list = Some(list);
        let window = self
            .window
            .map(|w| format!("{}_{}", w.from(), w.to()))
            .unwrap_or_else(|| "all".into());
        Ok(Identity {
            service: Service::Defendis,
            endpoint: self.dataset.endpoint().to_string(),
            filter,
            default_key: format!(
                "defendis-{}-{}-{}",
                self.dataset.endpoint().replace('/', "-"),
                self.dataset.scope_value(),
                window
            ),
        })
    }

    async fn start(
        &mut self,
        checkpoint: &mut Checkpoint,
        _start: Start,
        _location: &str,
    ) -> Result<()> {
        if let Some(list) = self.list.take() {
            self.pages = Some(list.resume_from(checkpoint.position.clone()).pages());
        }
        Ok(())
    }

    async fn next(&mut self, out: &mut Out<'_>) -> Result<Option<Step<()>>> {
        let pages = self.pages.as_mut().expect("started");
        page_step(pages, out, |out, record| out.write_raw(record.get())).await
    }

    fn detail(&mut self) -> DatasetDetail {
        DatasetDetail {
            dataset: self.dataset.clone(),
            window: self.window,
        }
    }

    fn retry_stats(&self) -> Option<RetryStats> {
        Some(self.client.core().retry_policy().stats().clone())
    }
}
