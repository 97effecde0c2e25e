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

struct Case {
    dir: tempfile::TempDir,
}

impl Case {
    fn new() -> Self {
        Self {
            dir: tempfile::tempdir().unwrap(),
        }
    }
    fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }
    fn store(&self, name: &str) -> FileCheckpoints {
        FileCheckpoints::new(self.path(name)).unwrap()
    }
}

fn partial(path: &Path) -> PathBuf {
    PathBuf::from(format!("{}.partial", path.display()))
}

/// Checks the state the "crash" left and what the next run made of it.
fn check(what: &str, sim: &SimHandle, out: &Path, reference: &Path, requests_before: u64) {
    assert!(out.exists(), "{what}: the next run published the output");
    assert!(
        !partial(out).exists(),
        "{what}: no partial file is left behind"
    );
    assert_eq!(
        std::fs::read(out).unwrap(),
        std::fs::read(reference).unwrap(),
        "{what}: the published output equals an uninterrupted run's"
    );
    assert_eq!(
        sim.fault_counts().requests,
        requests_before,
        "{what}: publishing the leftover sent no request"
    );
}

fn crashed(what: &str, r: Result<impl std::fmt::Debug>, out: &Path) {
    let e = r.expect_err("the first run dies in finish");
    assert!(
        e.to_string().contains("killed before the rename"),
        "{what}: {e}"
    );
    assert!(!out.exists(), "{what}: nothing published by the killed run");
    assert!(partial(out).exists(), "{what}: the partial file is there");
}

async fn sim() -> SimHandle {
    Simulator::builder().seed(31).start().await.unwrap()
}

#[tokio::test]
async fn defendis_publishes_what_a_crash_left_unpublished() {
    let sim = sim().await;
    let client = Defendis::builder()
        .base_url(sim.url(Service::Defendis))
        .api_key(sim.key(Service::Defendis))
        .build()
        .unwrap();
    let case = Case::new();
    fn sync<'a>(
        client: &Defendis,
        sink: &'a mut dyn Sink,
        store: &'a FileCheckpoints,
    ) -> secops::defendis::DatasetSync<'a> {
        client
            .sync_dataset(Dataset::credentials("example.com"), None, sink, store)
            .page_size(25)
    }
    let reference = case.path("reference.ndjson");
    sync(
        &client,
        &mut NdjsonFile::create(&reference).unwrap(),
        &case.store("ref"),
    )
    .await
    .unwrap();
    let out = case.path("out.ndjson");
    let store = case.store("state");
    let r = sync(
        &client,
        &mut DiesBeforePublish(NdjsonFile::create(&out).unwrap()),
        &store,
    )
    .await;
    crashed("defendis", r, &out);
    let before = sim.fault_counts().requests;
    let report = sync(&client, &mut NdjsonFile::create(&out).unwrap(), &store)
        .await
        .unwrap();
    assert!(report.already_complete && report.published_leftover);
    check("defendis", &sim, &out, &reference, before);
}

#[tokio::test]
async fn sandbox_publishes_what_a_crash_left_unpublished() {
    let sim = sim().await;
    let client = Sandbox::builder()
        .base_url(sim.url(Service::Sandbox))
        .api_key(sim.key(Service::Sandbox))
        .build()
        .unwrap();
    let case = Case::new();
    let listing = || Listing::Samples(Subset::Public);
    let reference = case.path("reference.ndjson");
    client
        .sync_samples(
            listing(),
            40,
            &mut NdjsonFile::create(&reference).unwrap(),
            &case.store("ref"),
        )
        .await
        .unwrap();
    let out = case.path("out.ndjson");
    let store = case.store("state");
    let r = client
        .sync_samples(
            listing(),
            40,
            &mut DiesBeforePublish(NdjsonFile::create(&out).unwrap()),
            &store,
        )
        .await;
    crashed("sandbox", r, &out);
    let before = sim.fault_counts().requests;
    client
        .sync_samples(
            listing(),
            40,
            &mut NdjsonFile::create(&out).unwrap(),
            &store,
        )
        .await
        .unwrap();
    check("sandbox", &sim, &out, &reference, before);
}

#[tokio::test]
async fn defectdojo_publishes_what_a_crash_left_unpublished() {
    let sim = sim().await;
    let client = DefectDojo::builder()
        .url(sim.url(Service::DefectDojo))
        .token(sim.key(Service::DefectDojo))
        .build()
        .unwrap();
    let case = Case::new();
    let reference = case.path("reference.ndjson");
    client
        .sync_findings(
            FindingFilter::new(),
            NdjsonFile::create(&reference).unwrap(),
            &case.store("ref"),
        )
        .page_size(100)
        .await
        .unwrap();
    let out = case.path("out.ndjson");
    let store = case.store("state");
    let r = client
        .sync_findings(
            FindingFilter::new(),
            DiesBeforePublish(NdjsonFile::create(&out).unwrap()),
            &store,
        )
        .page_size(100)
        .await;
    crashed("defectdojo", r, &out);
    let before = sim.fault_counts().requests;
    let report = client
        .sync_findings(
            FindingFilter::new(),
            NdjsonFile::create(&out).unwrap(),
            &store,
        )
        .page_size(100)
        .await
        .unwrap();
    assert!(report.resumed && !report.incremental && report.written == 0);
    check("defectdojo", &sim, &out, &reference, before);
    // The run after that is incremental again: nothing new, an empty delta.
    let report = client
        .sync_findings(
            FindingFilter::new(),
            NdjsonFile::create(&out).unwrap(),
            &store,
        )
        .page_size(100)
        .await
        .unwrap();
    assert!(report.incremental && report.written == 0, "{report:?}");
}

#[tokio::test]
async fn sie_publishes_what_a_crash_left_unpublished() {
    let sim = sim().await;
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
    let case = Case::new();
    let reference = case.path("reference.ndjson");
    client
        .sync_channel(
            Channel::NEWLY_OBSERVED_DOMAINS,
            window,
            NdjsonFile::create(&reference).unwrap(),
            case.store("ref"),
        )
        .chunk(Duration::from_secs(60))
        .await
        .unwrap();
    let out = case.path("out.ndjson");
    let store = case.store("state");
    let r = client
        .sync_channel(
            Channel::NEWLY_OBSERVED_DOMAINS,
            window,
            DiesBeforePublish(NdjsonFile::create(&out).unwrap()),
            &store,
        )
        .chunk(Duration::from_secs(60))
        .await;
    crashed("sie", r, &out);
    let before = sim.fault_counts().requests;
    let report = client
        .sync_channel(
            Channel::NEWLY_OBSERVED_DOMAINS,
            window,
            NdjsonFile::create(&out).unwrap(),
            &store,
        )
        .chunk(Duration::from_secs(60))
        .await
        .unwrap();
    assert!(report.already_complete && report.published_leftover);
    assert!(report.to_string().contains("published the output"));
    check("sie", &sim, &out, &reference, before);
}

#[tokio::test]
async fn taxii_publishes_what_a_crash_left_unpublished() {
    let sim = sim().await;
    let client = Taxii::builder()
        .url(sim.url(Service::Taxii))
        .basic_auth(sim.keys().taxii_user.clone(), sim.key(Service::Taxii))
        .build()
        .unwrap();
    let collection = client.collection(secops::sim::taxii::INDICATORS);
    let case = Case::new();
    let reference = case.path("reference.ndjson");
    collection
        .sync(
            &mut NdjsonFile::create(&reference).unwrap(),
            &case.store("ref"),
        )
        .request(|r| r.limit(200))
        .await
        .unwrap();
    let out = case.path("out.ndjson");
    let store = case.store("state");
    let r = collection
        .sync(
            &mut DiesBeforePublish(NdjsonFile::create(&out).unwrap()),
            &store,
        )
        .request(|r| r.limit(200))
        .await;
    crashed("taxii", r, &out);
    let before = sim.fault_counts().requests;
    let stats = collection
        .sync(&mut NdjsonFile::create(&out).unwrap(), &store)
        .request(|r| r.limit(200))
        .await
        .unwrap();
    assert!(stats.stats.resumed && stats.stats.objects == 0, "{stats:?}");
    check("taxii", &sim, &out, &reference, before);
    // The next run polls from the watermark: nothing new, an empty delta.
    let stats = collection
        .sync(&mut NdjsonFile::create(&out).unwrap(), &store)
        .request(|r| r.limit(200))
        .await
        .unwrap();
    assert!(
        !stats.stats.resumed && stats.stats.objects == 0,
        "{stats:?}"
    );
    assert!(std::fs::read(&out).unwrap().is_empty());
}
