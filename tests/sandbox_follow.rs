//! Recorded Future Sandbox: following a listing (`Sandbox::follow_samples`)
//! against the simulator. Every sample is delivered once over any number of
//! runs: the first run delivers all (or what `since` allows), later runs only
//! what is new, a run killed part-way is finished by the next one, and
//! samples that share their `submitted` time at the boundary are neither lost
//! nor repeated.

use std::collections::HashMap;
use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Duration;

use chrono::{DateTime, Utc};
use secops::sandbox::{Listing, Sample, Sandbox, SubmitOptions, Subset};
use secops::sim::{SimHandle, Simulator};
use secops::{
    Checkpoint, CheckpointStore, Error, FileCheckpoints, MemoryCheckpoints, MemorySink, NdjsonFile,
    Result, RetryPolicy, Service, Sink,
};

const KEY: &str = "sandbox.samples.owned.follow";

async fn sim() -> SimHandle {
    Simulator::builder()
        .seed(11)
        .size(5)
        .start()
        .await
        .expect("simulator starts")
}

fn client(sim: &SimHandle) -> Sandbox {
    Sandbox::builder()
        .base_url(sim.url(Service::Sandbox))
        .api_key(sim.key(Service::Sandbox))
        .retry(
            RetryPolicy::default()
                .max_attempts(4)
                .initial_backoff(Duration::from_millis(1))
                .max_backoff(Duration::from_millis(2)),
        )
        .build()
        .expect("client builds")
}

fn owned() -> Listing {
    Listing::Samples(Subset::Owned)
}

/// Submits `n` URL samples named after `tag`, oldest first.
async fn submit(sb: &Sandbox, tag: &str, n: usize) -> Vec<Sample> {
    let mut out = Vec::new();
    for i in 0..n {
        let url = format!("https://{tag}-{i}.example/gate");
        out.push(sb.submit_url(&url, SubmitOptions::new()).await.unwrap());
    }
    out
}

/// Gives every following submission the `submitted` time `at` (the
/// simulator's test control; `None` goes back to the clock).
async fn submitted_at(sim: &SimHandle, at: Option<&str>) {
    let r = reqwest::Client::new()
        .post(format!("{}/_sim/control", sim.url(Service::Sandbox)))
        .json(&serde_json::json!({ "submitted_at": at }))
        .send()
        .await
        .unwrap();
    assert!(r.status().is_success(), "control: {}", r.status());
}

fn ids_of(samples: &[Sample]) -> Vec<String> {
    samples.iter().map(|s| s.id.clone()).collect()
}

/// Newest first, as the listing (and so each run) delivers them.
fn newest_first(samples: &[Sample]) -> Vec<String> {
    let mut ids = ids_of(samples);
    ids.reverse();
    ids
}

fn sink_ids(sink: &MemorySink) -> Vec<String> {
    sink.json()
        .iter()
        .map(|v| v["id"].as_str().expect("a sample id").to_string())
        .collect()
}

fn file_ids(path: &Path) -> Vec<String> {
    std::fs::read_to_string(path)
        .unwrap()
        .lines()
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).unwrap();
            v["id"].as_str().expect("a sample id").to_string()
        })
        .collect()
}

/// Every id over all runs, with how many times it was delivered.
fn counts<'a>(runs: impl IntoIterator<Item = &'a Vec<String>>) -> HashMap<String, usize> {
    let mut m = HashMap::new();
    for id in runs.into_iter().flatten() {
        *m.entry(id.clone()).or_insert(0) += 1;
    }
    m
}

fn state(store: &dyn CheckpointStore) -> (Checkpoint, serde_json::Value) {
    let cp = store.load(KEY).unwrap().expect("a checkpoint");
    let state = cp.state.clone();
    (cp, state)
}

fn time(v: &serde_json::Value) -> DateTime<Utc> {
    serde_json::from_value(v.clone()).expect("an RFC 3339 time")
}

#[tokio::test]
async fn runs_deliver_everything_then_only_what_is_new_then_nothing() {
    let sim = sim().await;
    let sb = client(&sim);
    let dir = tempfile::tempdir().unwrap();
    let store = FileCheckpoints::new(dir.path().join("state")).unwrap();
    let out = dir.path().join("new.ndjson");

    let first = submit(&sb, "first", 7).await;
    let r1 = sb
        .follow_samples(owned(), NdjsonFile::create(&out).unwrap(), &store)
        .page_size(3)
        .await
        .unwrap();
    assert_eq!(file_ids(&out), newest_first(&first));
    assert_eq!((r1.records, r1.pages, r1.total_records), (7, 3, 7));
    assert!(!r1.incremental && !r1.resumed && !r1.already_complete);
    assert_eq!(r1.key, KEY);
    let b = r1.detail.boundary.clone().expect("a boundary after a run");
    assert_eq!(Some(b.submitted), first[6].submitted);
    assert_eq!(b.ids.iter().collect::<Vec<_>>(), [&first[6].id]);
    assert_eq!(r1.detail.listing, owned());
    assert_eq!((r1.detail.since, r1.detail.undated), (None, 0));

    let more = submit(&sb, "more", 3).await;
    let r2 = sb
        .follow_samples(owned(), NdjsonFile::create(&out).unwrap(), &store)
        .page_size(3)
        .await
        .unwrap();
    assert_eq!(file_ids(&out), newest_first(&more));
    assert!(r2.incremental && !r2.resumed);
    assert_eq!((r2.records, r2.total_records), (3, 10));
    // The run stopped at the first page's fourth sample: the old boundary.
    assert_eq!(r2.pages, 2);
    assert_eq!(
        r2.detail.boundary.map(|b| b.submitted),
        more[2].submitted,
        "the boundary moves to the newest sample"
    );

    let r3 = sb
        .follow_samples(owned(), NdjsonFile::create(&out).unwrap(), &store)
        .page_size(3)
        .await
        .unwrap();
    assert!(r3.incremental);
    assert_eq!((r3.records, r3.pages, r3.total_records), (0, 1, 10));
    assert!(file_ids(&out).is_empty());
    assert!(r3.to_string().contains("incremental"), "{r3}");
}

#[tokio::test]
async fn a_run_killed_mid_way_resumes_and_every_sample_arrives_once() {
    let sim = sim().await;
    let sb = client(&sim);
    let store = MemoryCheckpoints::new();

    let old = submit(&sb, "old", 4).await;
    let sink1 = MemorySink::new();
    sb.follow_samples(owned(), sink1.clone(), &store)
        .await
        .unwrap();
    let old_boundary = state(&store).1["boundary"].clone();
    assert_eq!(Some(time(&old_boundary["submitted"])), old[3].submitted);

    // Run 2 is killed (its future dropped) once its second page is saved.
    let fresh = submit(&sb, "fresh", 9).await;
    let sink2 = MemorySink::new();
    let (tx, rx) = tokio::sync::oneshot::channel::<()>();
    let mut tx = Some(tx);
    let job = sb
        .follow_samples(owned(), sink2.clone(), &store)
        .page_size(2)
        .on_progress(move |p| {
            if p.pages == 2 {
                if let Some(tx) = tx.take() {
                    let _ = tx.send(());
                }
            }
        })
        .run();
    tokio::select! {
        biased;
        _ = rx => {}
        r = job => panic!("the run ended before it was killed: {r:?}"),
    }
    let (cp, st) = state(&store);
    assert!(!cp.complete);
    assert_eq!(cp.items, 4 + 4);
    assert_eq!(sink_ids(&sink2), newest_first(&fresh)[..4].to_vec());
    // The old boundary still decides; this run's newest waits as "pending".
    assert_eq!(st["boundary"], old_boundary);
    assert_eq!(Some(time(&st["pending"]["submitted"])), fresh[8].submitted);
    assert_eq!(st["pending"]["ids"], serde_json::json!([fresh[8].id]));
    assert_eq!(Some(time(&st["reached"]["submitted"])), fresh[5].submitted);

    // Samples submitted while the run was down are above its pending
    // boundary: the resumed run leaves them to the next one.
    let during = submit(&sb, "during", 2).await;
    let r3 = sb
        .follow_samples(owned(), sink2.clone(), &store)
        .page_size(2)
        .await
        .unwrap();
    assert!(r3.resumed && !r3.incremental);
    assert_eq!(r3.records, 5);
    assert_eq!(sink_ids(&sink2), newest_first(&fresh));
    assert_eq!(
        r3.detail.boundary.map(|b| b.submitted),
        fresh[8].submitted,
        "the pending boundary, now complete"
    );
    let st = state(&store).1;
    assert!(
        st.get("pending").is_none() && st.get("reached").is_none(),
        "{st}"
    );

    let sink4 = MemorySink::new();
    let r4 = sb
        .follow_samples(owned(), sink4.clone(), &store)
        .page_size(2)
        .await
        .unwrap();
    assert!(r4.incremental);
    assert_eq!(sink_ids(&sink4), newest_first(&during));

    let runs = [sink_ids(&sink1), sink_ids(&sink2), sink_ids(&sink4)];
    let seen = counts(&runs);
    let all: Vec<_> = ids_of(&old)
        .into_iter()
        .chain(ids_of(&fresh))
        .chain(ids_of(&during))
        .collect();
    assert_eq!(seen.len(), all.len());
    for id in &all {
        assert_eq!(seen.get(id), Some(&1), "{id} delivered once");
    }
}

/// A sink that fails on its `fail_at`-th record written (counting from 1
/// over the whole test), and passes everything else to an NDJSON file.
struct Failing {
    inner: NdjsonFile,
    writes: Arc<AtomicU64>,
    fail_at: u64,
}

impl Sink for Failing {
    fn begin(&mut self, committed: Option<u64>) -> Result<()> {
        self.inner.begin(committed)
    }
    fn write_record(&mut self, record: &[u8]) -> Result<()> {
        if self.writes.fetch_add(1, Ordering::SeqCst) + 1 == self.fail_at {
            return Err(Error::invalid_input("disk full (injected)"));
        }
        self.inner.write_record(record)
    }
    fn commit(&mut self) -> Result<Option<u64>> {
        self.inner.commit()
    }
    fn rollback(&mut self) -> Result<()> {
        self.inner.rollback()
    }
    fn finish(&mut self) -> Result<()> {
        self.inner.finish()
    }
    fn publish_completed(&mut self, committed: Option<u64>) -> Result<bool> {
        self.inner.publish_completed(committed)
    }
    fn commit_checkpoint(
        &mut self,
        store: &dyn CheckpointStore,
        key: &str,
        checkpoint: &mut Checkpoint,
    ) -> Result<()> {
        self.inner.commit_checkpoint(store, key, checkpoint)
    }
}

#[tokio::test]
async fn a_sink_failing_mid_page_loses_and_repeats_nothing() {
    let sim = sim().await;
    let sb = client(&sim);
    let dir = tempfile::tempdir().unwrap();
    let store = FileCheckpoints::new(dir.path().join("state")).unwrap();
    let out = dir.path().join("new.ndjson");
    let writes = Arc::new(AtomicU64::new(0));
    let failing = |fail_at| Failing {
        inner: NdjsonFile::create(&out).unwrap(),
        writes: writes.clone(),
        fail_at,
    };

    let first = submit(&sb, "a", 3).await;
    sb.follow_samples(owned(), failing(0), &store)
        .await
        .unwrap();
    assert_eq!(file_ids(&out), newest_first(&first));

    // Fails on the second record of run 2's third page (run 1 wrote 3).
    let second = submit(&sb, "b", 8).await;
    let e = sb
        .follow_samples(owned(), failing(3 + 6 + 2), &store)
        .page_size(3)
        .await
        .unwrap_err();
    assert!(e.to_string().contains("injected"), "{e}");
    let (cp, st) = state(&store);
    assert_eq!((cp.complete, cp.items), (false, 3 + 6));
    assert!(st.get("pending").is_some(), "{st}");

    let r = sb
        .follow_samples(owned(), failing(0), &store)
        .page_size(3)
        .await
        .unwrap();
    assert!(r.resumed);
    assert_eq!(r.records, 2);
    assert_eq!(file_ids(&out), newest_first(&second));
    let r = sb
        .follow_samples(owned(), failing(0), &store)
        .await
        .unwrap();
    assert_eq!((r.records, r.total_records), (0, 11));
}

#[tokio::test]
async fn ties_at_the_boundary_are_neither_lost_nor_duplicated() {
    let sim = sim().await;
    let sb = client(&sim);
    let store = MemoryCheckpoints::new();
    // Pages large enough to hold a whole group of ties: the simulator's
    // `next` is a time, so a page cannot end inside a group (the samples
    // left in it would be skipped by the listing itself).
    let run = |sink: MemorySink| sb.follow_samples(owned(), sink, &store).page_size(10);

    submitted_at(&sim, Some("2025-03-01T10:00:00.000001Z")).await;
    let mut older = submit(&sb, "older-a", 1).await;
    submitted_at(&sim, Some("2025-03-01T10:00:01Z")).await;
    older.extend(submit(&sb, "older-b", 1).await);
    submitted_at(&sim, Some("2025-03-01T10:00:05.000002Z")).await;
    let ties = submit(&sb, "tie", 3).await;
    let s1 = MemorySink::new();
    let r1 = run(s1.clone()).await.unwrap();
    assert_eq!(r1.records, 5);
    let b = r1.detail.boundary.unwrap();
    assert_eq!(b.submitted, ties[0].submitted.unwrap());
    let mut tie_ids = ids_of(&ties);
    tie_ids.sort();
    assert_eq!(b.ids.iter().cloned().collect::<Vec<_>>(), tie_ids);

    // More samples arrive at the very same time: only they are new.
    let late = submit(&sb, "late", 2).await;
    let s2 = MemorySink::new();
    let r2 = run(s2.clone()).await.unwrap();
    assert!(r2.incremental);
    let mut got = sink_ids(&s2);
    got.sort();
    let mut want = ids_of(&late);
    want.sort();
    assert_eq!(got, want);
    assert_eq!(r2.detail.boundary.unwrap().ids.len(), 5);

    let s3 = MemorySink::new();
    assert_eq!(run(s3.clone()).await.unwrap().records, 0);

    // A newer sample and one more tie at the old time: both new.
    submitted_at(&sim, Some("2025-03-01T10:00:09Z")).await;
    let newer = submit(&sb, "newer", 1).await;
    submitted_at(&sim, Some("2025-03-01T10:00:05.000002Z")).await;
    let again = submit(&sb, "again", 1).await;
    let s4 = MemorySink::new();
    let r4 = run(s4.clone()).await.unwrap();
    let mut got = sink_ids(&s4);
    got.sort();
    let mut want = vec![newer[0].id.clone(), again[0].id.clone()];
    want.sort();
    assert_eq!(got, want);
    let b = r4.detail.boundary.unwrap();
    assert_eq!((b.submitted, b.ids.len()), (newer[0].submitted.unwrap(), 1));

    let runs = [s1, s2, s3, s4].map(|s| sink_ids(&s));
    let seen = counts(&runs);
    assert_eq!(seen.len(), 2 + 3 + 2 + 1 + 1);
    assert!(seen.values().all(|n| *n == 1), "{seen:?}");
    assert!(ids_of(&older).iter().all(|id| seen.contains_key(id)));
    submitted_at(&sim, None).await;
}

#[tokio::test]
async fn since_limits_the_first_run_and_stays_for_later_ones() {
    let sim = sim().await;
    let sb = client(&sim);
    let store = MemoryCheckpoints::new();

    let five = submit(&sb, "s", 5).await;
    let since = five[2].submitted.unwrap();
    let s1 = MemorySink::new();
    let r1 = sb
        .follow_samples(owned(), s1.clone(), &store)
        .since(Some(since))
        .page_size(2)
        .await
        .unwrap();
    assert_eq!(sink_ids(&s1), newest_first(&five[2..]), "at or after since");
    assert_eq!(r1.detail.since, Some(since));
    assert_eq!(time(&state(&store).1["since"]), since);

    // A later `since` (an agent passes now - lookback on every start) does
    // not change what the checkpoint decides.
    let two = submit(&sb, "t", 2).await;
    let s2 = MemorySink::new();
    let r2 = sb
        .follow_samples(owned(), s2.clone(), &store)
        .since(None)
        .await
        .unwrap();
    assert_eq!(sink_ids(&s2), newest_first(&two));
    assert_eq!(r2.detail.since, Some(since));

    // A first run with nothing at or after `since` delivers nothing and
    // keeps `since` for the next run.
    let other = MemoryCheckpoints::new();
    let after = two[1].submitted.unwrap() + chrono::Duration::microseconds(1);
    let s3 = MemorySink::new();
    let r3 = sb
        .follow_samples(owned(), s3.clone(), &other)
        .since(Some(after))
        .await
        .unwrap();
    assert_eq!((r3.records, r3.detail.boundary), (0, None));
    let one = submit(&sb, "u", 1).await;
    let s4 = MemorySink::new();
    sb.follow_samples(owned(), s4.clone(), &other)
        .await
        .unwrap();
    assert_eq!(sink_ids(&s4), ids_of(&one));
}

#[tokio::test]
async fn following_and_exporting_the_same_listing_keep_separate_checkpoints() {
    let sim = sim().await;
    let sb = client(&sim);
    let store = MemoryCheckpoints::new();
    submit(&sb, "x", 2).await;
    let export = sb
        .sync_samples(owned(), MemorySink::new(), &store)
        .await
        .unwrap();
    let follow = sb
        .follow_samples(owned(), MemorySink::new(), &store)
        .await
        .unwrap();
    assert_eq!((export.records, follow.records), (2, 2));
    assert_ne!(export.key, follow.key);
    // The export's checkpoint is not a follow's.
    let e = sb
        .follow_samples(owned(), MemorySink::new(), &store)
        .checkpoint_key(export.key.clone())
        .await
        .unwrap_err();
    assert!(matches!(e, Error::Checkpoint { .. }), "{e}");
}

#[tokio::test]
async fn bad_inputs_are_refused_before_any_request() {
    let sim = sim().await;
    let sb = client(&sim);
    let store = MemoryCheckpoints::new();
    for n in [0, 201] {
        let e = sb
            .follow_samples(owned(), MemorySink::new(), &store)
            .page_size(n)
            .await
            .unwrap_err();
        assert!(matches!(e, Error::InvalidInput { .. }), "{e}");
    }
    let e = sb
        .follow_samples(Listing::Search(" ".into()), MemorySink::new(), &store)
        .await
        .unwrap_err();
    assert!(matches!(e, Error::InvalidInput { .. }), "{e}");
    assert_eq!(sim.fault_counts().requests, 0);
    assert!(store.load(KEY).unwrap().is_none());
}
