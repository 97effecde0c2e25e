//! SIE syncs over data the service prunes: a chunk answered 404 after its
//! start fell before the channel's `earliest` is a gap, never "no data"; gaps
//! are checkpointed, so resumed and repeated runs still report them.
#![cfg(all(feature = "sie", feature = "sim"))]

use std::time::Duration;

use chrono::{DateTime, Utc};
use secops::sie::{format_time, Channel, Gap, SieBatch, SyncReport, Window};
use secops::sim::sie::{control, SieControl, SieData, SimWindow};
use secops::sim::{SimHandle, Simulator};
use secops::{
    CheckpointStore, Error, MemoryCheckpoints, MemorySink, NdjsonFile, RetryPolicy, Service, Sink,
};

const NOD: Channel = Channel::NEWLY_OBSERVED_DOMAINS;

async fn sim(seed: u64) -> SimHandle {
    Simulator::builder().seed(seed).start().await.unwrap()
}

fn client(sim: &SimHandle) -> SieBatch {
    SieBatch::builder()
        .api_key(sim.key(Service::Sie))
        .base_url(sim.url(Service::Sie))
        .retry(
            RetryPolicy::default()
                .max_attempts(5)
                .initial_backoff(Duration::ZERO)
                .max_backoff(Duration::ZERO),
        )
        .build()
        .unwrap()
}

/// The scenario every test uses: a one-hour window of six 10-minute chunks
/// `c[0..6]`, ending an hour before the simulator's clock.
struct Scenario {
    data: SieData,
    window: Window,
    c: Vec<Window>,
}

async fn scenario(sim: &SimHandle) -> Scenario {
    let st = control(
        sim,
        &SieControl {
            records_per_minute: Some(5),
            ..Default::default()
        },
    )
    .await
    .unwrap();
    let now = st.now();
    let window = Window::starting_at(now - chrono::Duration::minutes(120), 60).unwrap();
    let c = window.chunks(10);
    assert_eq!(c.len(), 6);
    Scenario {
        data: st.data(),
        window,
        c,
    }
}

/// The simulator's own window for the same minutes as `w`.
fn sim_window(w: &Window) -> SimWindow {
    SimWindow::new(w.start(), w.end())
}

fn t(time: DateTime<Utc>) -> String {
    format_time(time)
}

/// Prunes everything before `c[2].start + 5 min` (so c[1] wholly and c[2]
/// partly), once `after_fetches` more `chfetch` requests have been answered
/// (`None`: at once), and makes the rest of c[2] and all of c[4] hold no data.
async fn prune(sim: &SimHandle, s: &Scenario, after_fetches: Option<u32>) -> DateTime<Utc> {
    let earliest = s.c[2].start() + chrono::Duration::minutes(5);
    control(
        sim,
        &SieControl {
            prune_before: Some(t(earliest)),
            prune_after_fetches: after_fetches,
            no_data: Some(vec![
                [t(earliest), t(s.c[2].end())],
                [t(s.c[4].start()), t(s.c[4].end())],
            ]),
            ..Default::default()
        },
    )
    .await
    .unwrap();
    earliest
}

/// What the output must hold: chunks 0, 3 and 5.
fn expected(s: &Scenario) -> Vec<u8> {
    [0, 3, 5]
        .iter()
        .flat_map(|&i| s.data.body(NOD.number(), &sim_window(&s.c[i])))
        .collect()
}

/// What a memory sink holds, as NDJSON bytes.
fn held(sink: &MemorySink) -> Vec<u8> {
    sink.records()
        .into_iter()
        .flat_map(|mut r| {
            r.push(b'\n');
            r
        })
        .collect()
}

/// The window a gap covers.
fn gap_window(g: &Gap) -> Window {
    Window::new(g.start, g.end).unwrap()
}

fn gap_windows(r: &SyncReport) -> Vec<Window> {
    r.gaps.iter().map(gap_window).collect()
}

fn assert_gaps(gaps: &[Gap], s: &Scenario, earliest: DateTime<Utc>) {
    let windows: Vec<Window> = gaps.iter().map(gap_window).collect();
    assert_eq!(windows, vec![s.c[1], s.c[2]], "{gaps:#?}");
    for g in gaps {
        assert_eq!(g.earliest, Some(earliest));
        assert!(g.reason.contains("pruned"), "{}", g.reason);
        assert!(g.reason.contains(&t(earliest)), "{}", g.reason);
    }
}

#[tokio::test]
async fn data_pruned_during_a_sync_is_a_gap_and_no_data_is_not() {
    let sim = sim(21).await;
    let sie = client(&sim);
    let s = scenario(&sim).await;
    // The sync starts (its chdetails check passes), fetches c[0], and only
    // then does the service prune.
    let earliest = prune(&sim, &s, Some(1)).await;
    let st = control(&sim, &SieControl::default()).await.unwrap();
    assert_eq!(st.prune_before, None, "the prune waits for a fetch");

    let store = MemoryCheckpoints::new();
    let sink = MemorySink::new();
    let mut progress = Vec::new();
    let report = sie
        .sync_channel(NOD, s.window, sink.clone(), &store)
        .on_progress(|p| progress.push((p.detail.chunk, p.gap.clone())))
        .await
        .unwrap();

    assert_gaps(&report.gaps, &s, earliest);
    assert!(report.has_gaps());
    assert_eq!(report.pages, 6, "gaps do not stop the sync");
    assert_eq!(held(&sink), expected(&s));
    assert_eq!(
        report.records,
        [0, 3, 5]
            .iter()
            .map(|&i| s.data.records(NOD.number(), &sim_window(&s.c[i])))
            .sum::<u64>()
    );
    // Progress shows each gap with its chunk, and only there (c[4] is "no data").
    let flagged: Vec<Window> = progress
        .iter()
        .filter_map(|(c, g)| g.as_ref().map(|g| (c, g)))
        .map(|(c, g)| {
            assert_eq!(*c, gap_window(g));
            *c
        })
        .collect();
    assert_eq!(flagged, vec![s.c[1], s.c[2]]);
    assert_eq!(progress.len(), 6);
    let shown = report.to_string();
    assert!(shown.contains("2 gaps"), "{shown}");

    // The complete checkpoint keeps the gaps, and a second run reports them
    // without fetching anything.
    let key = format!(
        "sie-ch212-{}-{}",
        s.window.start().format("%Y%m%dT%H%M"),
        s.window.end().format("%Y%m%dT%H%M")
    );
    let cp = store.load(&key).unwrap().expect("a checkpoint");
    assert!(cp.complete);
    assert_eq!(cp.state["gaps"].as_array().map(Vec::len), Some(2), "{cp:?}");
    let fetches = sim.fault_counts().requests;
    let again = sie
        .sync_channel(NOD, s.window, MemorySink::new(), &store)
        .await
        .unwrap();
    assert!(again.already_complete);
    assert_gaps(&again.gaps, &s, earliest);
    assert_eq!(sim.fault_counts().requests, fetches, "nothing was sent");
}

#[tokio::test]
async fn a_window_without_pruning_has_no_gaps_even_with_404s() {
    let sim = sim(22).await;
    let sie = client(&sim);
    let s = scenario(&sim).await;
    // No data in c[1] and c[4], nothing pruned: 404s, but no gaps.
    control(
        &sim,
        &SieControl {
            no_data: Some(vec![
                [t(s.c[1].start()), t(s.c[1].end())],
                [t(s.c[4].start()), t(s.c[4].end())],
            ]),
            ..Default::default()
        },
    )
    .await
    .unwrap();
    let sink = MemorySink::new();
    let report = sie
        .sync_channel(NOD, s.window, sink.clone(), MemoryCheckpoints::new())
        .await
        .unwrap();
    assert!(report.gaps.is_empty(), "{:?}", report.gaps);
    assert!(!report.has_gaps());
    assert_eq!(report.pages, 6);
    let expected: Vec<u8> = [0, 2, 3, 5]
        .iter()
        .flat_map(|&i| s.data.body(NOD.number(), &sim_window(&s.c[i])))
        .collect();
    assert_eq!(held(&sink), expected);
}

#[tokio::test]
async fn pruned_before_an_unchecked_concurrent_sync_fetched_it() {
    let sim = sim(23).await;
    let sie = client(&sim);
    let s = scenario(&sim).await;
    let earliest = prune(&sim, &s, None).await;
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("nod.ndjson");
    let report = sie
        .sync_channel(
            NOD,
            s.window,
            NdjsonFile::create(&out).unwrap(),
            MemoryCheckpoints::new(),
        )
        .unchecked()
        .concurrency(3)
        .await
        .unwrap();
    // c[0] went too (pruned before it was fetched), c[4] is still "no data".
    let windows = gap_windows(&report);
    assert_eq!(windows, vec![s.c[0], s.c[1], s.c[2]], "{:#?}", report.gaps);
    assert!(report.gaps.iter().all(|g| g.earliest == Some(earliest)));
    let expected: Vec<u8> = [3, 5]
        .iter()
        .flat_map(|&i| s.data.body(NOD.number(), &sim_window(&s.c[i])))
        .collect();
    assert_eq!(std::fs::read(&out).unwrap(), expected);
}

/// A sink that fails once `limit` records have been written.
struct FailAfter {
    inner: MemorySink,
    written: u64,
    limit: u64,
}

impl Sink for FailAfter {
    fn begin(&mut self, committed: Option<u64>) -> secops::Result<()> {
        self.inner.begin(committed)
    }
    fn write_record(&mut self, record: &[u8]) -> secops::Result<()> {
        if self.written == self.limit {
            return Err(Error::io("writing", std::io::Error::other("disk full")));
        }
        self.written += 1;
        self.inner.write_record(record)
    }
    fn commit(&mut self) -> secops::Result<Option<u64>> {
        self.inner.commit()
    }
    fn rollback(&mut self) -> secops::Result<()> {
        self.inner.rollback()
    }
    fn finish(&mut self) -> secops::Result<()> {
        self.inner.finish()
    }
}

#[tokio::test]
async fn gaps_are_checkpointed_and_reported_by_the_resumed_run() {
    let sim = sim(24).await;
    let sie = client(&sim);
    let s = scenario(&sim).await;
    let earliest = prune(&sim, &s, Some(1)).await;
    let store = MemoryCheckpoints::new();
    let key = "gaps-resume";

    // 1. Fails in c[3], after finding the gaps c[1] and c[2].
    let sink = MemorySink::new();
    let failing = FailAfter {
        inner: sink.clone(),
        written: 0,
        limit: s.data.records(NOD.number(), &sim_window(&s.c[0])) + 1,
    };
    let e = sie
        .sync_channel(NOD, s.window, failing, &store)
        .checkpoint_key(key)
        .await
        .unwrap_err();
    assert!(e.to_string().contains("disk full"), "{e}");
    let cp = store.load(key).unwrap().expect("a checkpoint");
    assert!(!cp.complete);
    let in_checkpoint: Vec<Gap> = serde_json::from_value(cp.state["gaps"].clone()).unwrap();
    assert_gaps(&in_checkpoint, &s, earliest);

    // 2. Resumed at c[3]: this run finds no gap, and reports the earlier ones
    //    (the sink is cut back to what was committed, then written on).
    let report = sie
        .sync_channel(NOD, s.window, sink.clone(), &store)
        .checkpoint_key(key)
        .await
        .unwrap();
    assert_eq!(report.detail.resumed_from, Some(s.c[3].start()));
    assert_eq!(report.pages, 3);
    assert_gaps(&report.gaps, &s, earliest);
    assert_eq!(held(&sink), expected(&s));

    // 3. A checkpoint written before gaps existed (no state) still resumes, with no gaps.
    let mut old = cp.clone();
    old.state = serde_json::Value::Null;
    old.sink_len = None;
    store.save("old", &old).unwrap();
    let report = sie
        .sync_channel(NOD, s.window, MemorySink::new(), &store)
        .checkpoint_key("old")
        .await
        .unwrap();
    assert_eq!(report.detail.resumed_from, Some(s.c[3].start()));
    assert!(report.gaps.is_empty(), "{:?}", report.gaps);
}

#[tokio::test]
async fn a_resumed_run_that_clamps_away_pruned_data_records_a_gap() {
    let sim = sim(25).await;
    let sie = client(&sim);
    let s = scenario(&sim).await;
    let store = MemoryCheckpoints::new();
    let key = "gaps-clamp";
    // 1. Fails in c[1]: the checkpoint points at c[1].
    let sink = MemorySink::new();
    let failing = FailAfter {
        inner: sink.clone(),
        written: 0,
        limit: s.data.records(NOD.number(), &sim_window(&s.c[0])) + 1,
    };
    sie.sync_channel(NOD, s.window, failing, &store)
        .checkpoint_key(key)
        .await
        .unwrap_err();
    // 2. Everything before c[3] is pruned meanwhile.
    control(
        &sim,
        &SieControl {
            prune_before: Some(t(s.c[3].start())),
            ..Default::default()
        },
    )
    .await
    .unwrap();
    // Unclamped, the resumed run refuses the window (an error, not silence)...
    let e = sie
        .sync_channel(NOD, s.window, MemorySink::new(), &store)
        .checkpoint_key(key)
        .await
        .unwrap_err();
    assert!(matches!(e, Error::InvalidInput { .. }), "{e}");
    // ...and clamped, what it cuts away is a gap.
    let report = sie
        .sync_channel(NOD, s.window, sink.clone(), &store)
        .checkpoint_key(key)
        .clamp(true)
        .await
        .unwrap();
    let gap = Window::new(s.c[1].start(), s.c[3].start()).unwrap();
    assert_eq!(gap_windows(&report), vec![gap], "{:#?}", report.gaps);
    assert!(
        report.gaps[0].reason.contains("clamped"),
        "{:?}",
        report.gaps
    );
    let expected: Vec<u8> = [0, 3, 4, 5]
        .iter()
        .flat_map(|&i| s.data.body(NOD.number(), &sim_window(&s.c[i])))
        .collect();
    assert_eq!(held(&sink), expected);
    let cp = store.load(key).unwrap().unwrap();
    assert!(cp.complete);
    assert_eq!(cp.state["gaps"].as_array().map(Vec::len), Some(1));
}
