//! The narrowest crash window of every resumable sync: the "complete"
//! checkpoint is saved, and the process dies before the output file is renamed
//! into place. For each service the next run publishes the output it left
//! (identical to an uninterrupted run), sends no request to do so, and leaves
//! no `.partial` file behind.
#![cfg(all(
    feature = "sim",
    feature = "defendis",
    feature = "sandbox",
    feature = "defectdojo",
    feature = "sie",
    feature = "taxii"
))]

use std::path::{Path, PathBuf};
use std::time::Duration;

use futures::future::BoxFuture;
use futures::FutureExt;
use secops::defectdojo::{DefectDojo, FindingFilter};
use secops::defendis::{Dataset, Defendis};
use secops::sandbox::{Listing, Sandbox, Subset};
use secops::sie::{Channel, SieBatch, Window};
use secops::sim::{SimHandle, Simulator};
use secops::taxii::Taxii;
use secops::{Error, FileCheckpoints, NdjsonFile, Result, Service, Sink};

/// An [`NdjsonFile`] whose process "dies" in `finish`: everything is committed,
/// nothing is renamed into place.
struct DiesBeforePublish(NdjsonFile);

impl Sink for DiesBeforePublish {
    fn begin(&mut self, committed: Option<u64>) -> Result<()> {
        self.0.begin(committed)
    }
    fn write_record(&mut self, record: &[u8]) -> Result<()> {
        self.0.write_record(record)
    }
    fn commit(&mut self) -> Result<Option<u64>> {
        self.0.commit()
    }
    fn rollback(&mut self) -> Result<()> {
        self.0.rollback()
    }
    fn finish(&mut self) -> Result<()> {
        self.0.commit()?;
        Err(Error::invalid_input("killed before the rename"))
    }
}

/// One sync of a service into `sink`, with its checkpoints in the directory
/// given; returns the sync's report, printed with `{:?}`.
type Sync = Box<dyn Fn(Box<dyn Sink>, PathBuf) -> BoxFuture<'static, Result<String>>>;

fn partial(path: &Path) -> PathBuf {
    PathBuf::from(format!("{}.partial", path.display()))
}

/// Runs `sync` three times: uninterrupted (the reference), killed between the
/// complete checkpoint and the rename, then again with the same checkpoints.
/// Checks what each left and returns the third run's report, the output and
/// the state directory (for a further run); files go under `dir`.
async fn crash_and_recover(
    what: &str,
    sim: &SimHandle,
    sync: &Sync,
    dir: &Path,
) -> (String, PathBuf, PathBuf) {
    let reference = dir.join("reference.ndjson");
    let out = dir.join("out.ndjson");
    let state = dir.join("state");
    sync(
        Box::new(NdjsonFile::create(&reference).unwrap()),
        dir.join("ref"),
    )
    .await
    .unwrap();

    let killed = Box::new(DiesBeforePublish(NdjsonFile::create(&out).unwrap()));
    let e = sync(killed, state.clone())
        .await
        .expect_err("the run dies in finish");
    assert!(
        e.to_string().contains("killed before the rename"),
        "{what}: {e}"
    );
    assert!(!out.exists(), "{what}: nothing published by the killed run");
    assert!(partial(&out).exists(), "{what}: the partial file is there");

    let before = sim.fault_counts().requests;
    let report = sync(Box::new(NdjsonFile::create(&out).unwrap()), state.clone())
        .await
        .unwrap();
    assert!(out.exists(), "{what}: the next run published the output");
    assert!(!partial(&out).exists(), "{what}: no partial file is left");
    assert_eq!(
        std::fs::read(&out).unwrap(),
        std::fs::read(&reference).unwrap(),
        "{what}: the published output equals an uninterrupted run's"
    );
    assert_eq!(
        sim.fault_counts().requests,
        before,
        "{what}: publishing the leftover sent no request"
    );
    (report, out, state)
}

async fn sim() -> (SimHandle, tempfile::TempDir) {
    let sim = Simulator::builder().seed(31).start().await.unwrap();
    (sim, tempfile::tempdir().unwrap())
}

#[tokio::test]
async fn defendis_publishes_what_a_crash_left_unpublished() {
    let (sim, tmp) = sim().await;
    let client = Defendis::builder()
        .base_url(sim.url(Service::Defendis))
        .api_key(sim.key(Service::Defendis))
        .build()
        .unwrap();
    let sync: Sync = Box::new(move |mut sink, state| {
        let client = client.clone();
        async move {
            let store = FileCheckpoints::new(state)?;
            let dataset = Dataset::credentials("example.com");
            let r = client
                .sync_dataset(dataset, None, &mut *sink, &store)
                .page_size(25)
                .await?;
            Ok(format!("{r:?}"))
        }
        .boxed()
    });
    let (report, ..) = crash_and_recover("defendis", &sim, &sync, tmp.path()).await;
    assert!(
        report.contains("already_complete: true") && report.contains("published_leftover: true"),
        "{report}"
    );
}

#[tokio::test]
async fn sandbox_publishes_what_a_crash_left_unpublished() {
    let (sim, tmp) = sim().await;
    let client = Sandbox::builder()
        .base_url(sim.url(Service::Sandbox))
        .api_key(sim.key(Service::Sandbox))
        .build()
        .unwrap();
    let sync: Sync = Box::new(move |mut sink, state| {
        let client = client.clone();
        async move {
            let store = FileCheckpoints::new(state)?;
            let listing = Listing::Samples(Subset::Public);
            let r = client
                .sync_samples(listing, &mut *sink, &store)
                .page_size(40)
                .await?;
            Ok(format!("{r:?}"))
        }
        .boxed()
    });
    crash_and_recover("sandbox", &sim, &sync, tmp.path()).await;
}

#[tokio::test]
async fn defectdojo_publishes_what_a_crash_left_unpublished() {
    let (sim, tmp) = sim().await;
    let client = DefectDojo::builder()
        .url(sim.url(Service::DefectDojo))
        .token(sim.key(Service::DefectDojo))
        .build()
        .unwrap();
    let sync: Sync = Box::new(move |sink, state| {
        let client = client.clone();
        async move {
            let store = FileCheckpoints::new(state)?;
            let r = client
                .sync_findings(FindingFilter::new(), sink, &store)
                .page_size(100)
                .await?;
            Ok(format!("{r:?}"))
        }
        .boxed()
    });
    let (report, out, state) = crash_and_recover("defectdojo", &sim, &sync, tmp.path()).await;
    assert!(
        report.contains("records: 0") && report.contains("published_leftover: true"),
        "{report}"
    );
    // The run after that is incremental again: nothing new, an empty delta.
    let report = sync(Box::new(NdjsonFile::create(&out).unwrap()), state)
        .await
        .unwrap();
    assert!(
        report.contains("incremental: true") && report.contains("records: 0"),
        "{report}"
    );
}

#[tokio::test]
async fn sie_publishes_what_a_crash_left_unpublished() {
    let (sim, tmp) = sim().await;
    let client = SieBatch::builder()
        .base_url(sim.url(Service::Sie))
        .api_key(sim.key(Service::Sie))
        .build()
        .unwrap();
    let d = client
        .channel_detail(Channel::NEWLY_OBSERVED_DOMAINS)
        .await
        .unwrap();
    let end = secops::sie::truncate_to_minute(d.latest) - chrono::Duration::minutes(1);
    let window = Window::new(end - chrono::Duration::minutes(5), end).unwrap();
    let sync: Sync = Box::new(move |sink, state| {
        let client = client.clone();
        async move {
            let store = FileCheckpoints::new(state)?;
            let r = client
                .sync_channel(Channel::NEWLY_OBSERVED_DOMAINS, window, sink, store)
                .chunk(Duration::from_secs(60))
                .await?;
            assert!(
                !r.published_leftover || r.to_string().contains("published the output"),
                "the summary says so: {r}"
            );
            Ok(format!("{r:?}"))
        }
        .boxed()
    });
    let (report, ..) = crash_and_recover("sie", &sim, &sync, tmp.path()).await;
    assert!(
        report.contains("already_complete: true") && report.contains("published_leftover: true"),
        "{report}"
    );
}

#[tokio::test]
async fn taxii_publishes_what_a_crash_left_unpublished() {
    let (sim, tmp) = sim().await;
    let client = Taxii::builder()
        .url(sim.url(Service::Taxii))
        .basic_auth(sim.keys().taxii_user.clone(), sim.key(Service::Taxii))
        .build()
        .unwrap();
    let sync: Sync = Box::new(move |mut sink, state| {
        let collection = client.collection(secops::sim::taxii::INDICATORS);
        async move {
            let store = FileCheckpoints::new(state)?;
            let r = collection
                .sync(&mut *sink, &store)
                .request(|r| r.limit(200))
                .await?;
            Ok(format!("{r:?}"))
        }
        .boxed()
    });
    let (report, out, state) = crash_and_recover("taxii", &sim, &sync, tmp.path()).await;
    assert!(
        report.contains("objects: 0") && report.contains("resumed: true"),
        "{report}"
    );
    // The next run polls from the watermark: nothing new, an empty delta.
    let report = sync(Box::new(NdjsonFile::create(&out).unwrap()), state)
        .await
        .unwrap();
    assert!(
        report.contains("objects: 0") && report.contains("resumed: false"),
        "{report}"
    );
    assert!(std::fs::read(&out).unwrap().is_empty());
}
