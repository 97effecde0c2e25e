//! SIE Batch client against the loopback simulator.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Duration;

use futures::TryStreamExt;
use secops::sie::{Channel, NewDomain, SieBatch, Window};
use secops::sim::sie::{control, SieControl, SieData, SimWindow};
use secops::sim::{Faults, SimHandle, Simulator};
use secops::{
    ApiErrorKind, Error, FileCheckpoints, MemoryCheckpoints, NdjsonFile, RetryPolicy, Service, Sink,
};

const NOD: Channel = Channel::NEWLY_OBSERVED_DOMAINS;
const FQDN: Channel = Channel::NEWLY_OBSERVED_FQDNS;

/// Retries at once (no backoff waits), many times.
fn fast_retry() -> RetryPolicy {
    RetryPolicy::default()
        .max_attempts(30)
        .initial_backoff(Duration::ZERO)
        .max_backoff(Duration::ZERO)
}

async fn sim(seed: u64) -> SimHandle {
    Simulator::builder().seed(seed).start().await.unwrap()
}

fn client(sim: &SimHandle) -> SieBatch {
    SieBatch::builder()
        .api_key(sim.key(Service::Sie))
        .base_url(sim.url(Service::Sie))
        .retry(fast_retry())
        .build()
        .unwrap()
}

/// The simulator's data and a window of `minutes` ending `back` minutes before its clock.
async fn setup(sim: &SimHandle, rpm: u32) -> (SieData, chrono::DateTime<chrono::Utc>) {
    let st = control(
        sim,
        &SieControl {
            records_per_minute: Some(rpm),
            ..Default::default()
        },
    )
    .await
    .unwrap();
    (st.data(), st.now())
}

/// The simulator's own window for the same minutes as `w`.
fn sim_window(w: &Window) -> SimWindow {
    SimWindow::new(w.start(), w.end())
}

fn window_before(now: chrono::DateTime<chrono::Utc>, back: i64, minutes: u32) -> Window {
    Window::starting_at(now - chrono::Duration::minutes(back), minutes).unwrap()
}

fn assert_clean(text: &str, secrets: &[&str]) {
    for s in secrets {
        assert!(!text.contains(s), "a secret leaked into: {text}");
    }
}

#[tokio::test]
async fn bad_input_is_rejected_before_any_request() {
    let sim = sim(1).await;
    let sie = client(&sim);
    let before = sim.fault_counts().requests;

    for key in [
        "",
        "nope",
        "5b7e2a903c4d4e1f9a8b7c6d5e4f3a21",
        "5b7e2a90-3c4d-4e1f-9a8b-7c6d5e4f3a2",
    ] {
        let e = SieBatch::builder()
            .api_key(key)
            .base_url(sim.url(Service::Sie))
            .build()
            .unwrap_err();
        assert!(matches!(e, Error::InvalidInput { .. }), "{key:?}: {e}");
        if !key.is_empty() {
            assert_clean(&e.to_string(), &[key]);
        }
    }
    for n in [0, 256, -3] {
        let e = Channel::new(n).unwrap_err();
        assert!(e.to_string().contains("1 to 255"), "{e}");
    }
    let e = Window::parse("2026-01-01 12:30:00", "2026-01-01 12:00:00").unwrap_err();
    assert!(e.to_string().contains("not after its start"), "{e}");
    let e = Window::parse("2026-01-01 12:30:10", "2026-01-01 12:30:50").unwrap_err();
    assert!(e.to_string().contains("seconds"), "{e}");
    let e = Window::parse("2026-02-30 12:00:00", "2026-03-01 12:00:00").unwrap_err();
    assert!(matches!(e, Error::InvalidInput { .. }), "{e}");

    let e = sie.channel_details(&[]).await.unwrap_err();
    assert!(matches!(e, Error::InvalidInput { .. }), "{e}");
    let w = Window::parse("2026-01-01 12:00:00", "2026-01-01 12:10:00").unwrap();
    let e = sie
        .fetch_channel(Channel::new(204).unwrap(), w)
        .records()
        .await
        .unwrap_err();
    assert!(e.to_string().contains("lines() or chunks()"), "{e}");
    let store = MemoryCheckpoints::new();
    let e = sie
        .sync_channel(NOD, w, secops::MemorySink::new(), &store)
        .chunk(Duration::from_secs(90))
        .await
        .unwrap_err();
    assert!(e.to_string().contains("whole number of minutes"), "{e}");
    assert_eq!(sim.fault_counts().requests, before, "no request was sent");

    // A window outside what the channel holds: an input error (after one chdetails), unless clamped.
    let (_, now) = setup(&sim, 5).await;
    let old = window_before(now, 19 * 60, 30);
    let e = sie.fetch_channel(NOD, old).lines().await.unwrap_err();
    assert!(matches!(e, Error::InvalidInput { .. }), "{e}");
    assert!(e.to_string().contains("outside what ch212 holds"), "{e}");
    let future = window_before(now, -5, 10);
    let e = sie.fetch_channel(NOD, future).records().await.unwrap_err();
    assert!(matches!(e, Error::InvalidInput { .. }), "{e}");
    let e = sie.fetch_via_url(NOD, old, Vec::new()).await.unwrap_err();
    assert!(matches!(e, Error::InvalidInput { .. }), "{e}");
    assert_eq!(
        sim.fault_counts().requests,
        before + 3,
        "three chdetails (the simulator's control calls are not counted)"
    );
}

#[tokio::test]
async fn validate_details_and_nok_errors() {
    let sim = sim(2).await;
    let sie = client(&sim);
    let p = sie.validate().await.unwrap();
    assert_eq!(p.username.as_deref(), Some("sim-siebatch-customer"));
    assert!(p.has_channel(NOD) && p.has_channel(FQDN));
    assert_eq!(
        p.channels[&NOD].description.as_deref(),
        Some("Newly Observed Domains")
    );
    assert_eq!(p.extra["organisation"], "secops simulator");

    let (_, now) = setup(&sim, 20).await;
    let d = sie
        .channel_details(&[NOD, FQDN, NOD, Channel::new(204).unwrap()])
        .await
        .unwrap();
    assert_eq!(d.len(), 3);
    assert_eq!(d[&NOD].latest, now - chrono::Duration::seconds(1));
    assert_eq!(d[&NOD].earliest, now - chrono::Duration::hours(18));
    assert_eq!(d[&FQDN].earliest, now - chrono::Duration::hours(12));
    assert!(d[&NOD].is_ndjson() && d[&NOD].size > 0);
    let nmsg = &d[&Channel::new(204).unwrap()];
    assert_eq!(nmsg.mimetype, "application/octet-stream");
    assert!(!nmsg.is_ndjson());
    assert_eq!(d[&NOD].available().unwrap().end(), now);

    // A channel the key does not have: the NOK envelope, typed.
    let e = sie
        .channel_details(&[Channel::new(5).unwrap()])
        .await
        .unwrap_err();
    match e.api_kind() {
        Some(ApiErrorKind::SieNok {
            kind,
            parameter,
            reason,
        }) => {
            assert_eq!(kind, "invalid-parameters");
            assert_eq!(parameter.as_deref(), Some("channels"));
            assert!(reason.as_deref().unwrap().contains("not provisioned"));
        }
        other => panic!("{other:?}: {e}"),
    }
    assert_eq!(e.status(), Some(403));
    assert!(e.request_id().is_some_and(|id| id.len() == 36), "{e}");
    let w = window_before(now, 30, 10);
    let e = sie
        .fetch_channel(Channel::new(5).unwrap(), w)
        .unchecked()
        .lines()
        .await
        .unwrap_err();
    assert!(
        matches!(e.api_kind(), Some(ApiErrorKind::SieNok { parameter: Some(p), .. }) if p == "channel"),
        "{e}"
    );

    // A well-formed but wrong key: session-failure, an auth error, and the key never shows.
    let wrong = "0f0f0f0f-1111-4222-8333-444455556666";
    let bad = SieBatch::builder()
        .api_key(wrong)
        .base_url(sim.url(Service::Sie))
        .retry(fast_retry())
        .build()
        .unwrap();
    let e = bad.validate().await.unwrap_err();
    assert!(e.is_auth(), "{e}");
    assert!(
        matches!(e.api_kind(), Some(ApiErrorKind::SieNok { kind, .. }) if kind == "session-failure")
    );
    assert_clean(
        &format!("{e} {e:?} {bad:?}"),
        &[wrong, sim.key(Service::Sie)],
    );
    let e = bad
        .fetch_channel(NOD, w)
        .unchecked()
        .records()
        .await
        .unwrap_err();
    assert!(e.is_auth(), "{e}");
    assert_clean(&format!("{e} {e:?}"), &[wrong]);
}

#[tokio::test]
async fn fetched_window_content_is_exact() {
    let sim = sim(3).await;
    let sie = client(&sim);
    let (data, now) = setup(&sim, 40).await;
    // Seconds are dropped: this is the window 30 → 18 minutes before the clock.
    let w = Window::new(
        now - chrono::Duration::minutes(30) + chrono::Duration::seconds(42),
        now - chrono::Duration::minutes(18) + chrono::Duration::seconds(7),
    )
    .unwrap();
    assert_eq!(w.minutes(), 12);
    let expected = data.lines(FQDN.number(), &sim_window(&w));
    assert_eq!(
        expected.len() as u64,
        data.records(FQDN.number(), &sim_window(&w))
    );
    assert!(expected.len() > 300);

    // Raw lines, borrowed.
    let mut lines = sie.fetch_channel(FQDN, w).lines().await.unwrap();
    let mut got = Vec::new();
    while let Some(l) = lines.next_line().await.unwrap() {
        got.push(l.to_string());
    }
    assert_eq!(got, expected);
    assert_eq!(lines.records(), expected.len() as u64);
    assert_eq!(
        lines.bytes(),
        data.body(FQDN.number(), &sim_window(&w)).len() as u64
    );

    // Typed records, borrowed and owned, agree with the lines; unknown fields are kept.
    let mut records = sie.fetch_channel(FQDN, w).records().await.unwrap();
    let mut i = 0;
    let mut with_extra = 0;
    while let Some(r) = records.next_record().await.unwrap() {
        let want = NewDomain::parse(&expected[i]).unwrap();
        assert_eq!(r, want);
        assert_eq!(
            serde_json::to_string(&r).unwrap(),
            expected[i],
            "round trip is byte-exact"
        );
        let m = r.message.as_ref().unwrap();
        assert!(m
            .rrname
            .as_deref()
            .unwrap()
            .ends_with(m.domain.as_deref().unwrap()));
        with_extra += usize::from(!m.extra.is_empty());
        i += 1;
    }
    assert_eq!(i, expected.len());
    assert!(with_extra > 0, "the simulator sends some unmodelled fields");
    let owned: Vec<_> = sie
        .fetch_channel(FQDN, w)
        .records()
        .await
        .unwrap()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(owned.len(), expected.len());
    assert_eq!(
        owned.last().unwrap(),
        &NewDomain::parse(expected.last().unwrap()).unwrap()
    );
    let raw: Vec<_> = sie
        .fetch_channel(FQDN, w)
        .lines()
        .await
        .unwrap()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(raw.first().unwrap(), expected[0].as_bytes());

    // Pass-through to a writer: the exact body.
    let mut out = Vec::new();
    let n = sie.fetch_channel(FQDN, w).write_to(&mut out).await.unwrap();
    assert_eq!(n as usize, out.len());
    assert_eq!(out, data.body(FQDN.number(), &sim_window(&w)));

    // NMSG (octet-stream) as raw chunks; lines are refused.
    let ch204 = Channel::new(204).unwrap();
    let mut chunks = sie.fetch_channel(ch204, w).chunks().await.unwrap();
    let mut body = Vec::new();
    while let Some(c) = chunks.next_chunk().await.unwrap() {
        body.extend_from_slice(&c);
    }
    assert_eq!(body, data.body(ch204.number(), &sim_window(&w)));
    assert!(body.starts_with(b"NMSG"));
    let e = sie.fetch_channel(ch204, w).lines().await.unwrap_err();
    assert!(e.to_string().contains("not NDJSON"), "{e}");
    let e = sie
        .fetch_channel(ch204, w)
        .unchecked()
        .lines()
        .await
        .unwrap_err();
    assert!(e.to_string().contains("octet-stream"), "{e}");
}

#[tokio::test]
async fn no_data_is_empty_and_clamping_is_opt_in() {
    let sim = sim(4).await;
    let sie = client(&sim);
    let (data, now) = setup(&sim, 10).await;
    // Before the retention: the service says 404, which is an empty result.
    let old = window_before(now, 20 * 60, 15);
    let mut r = sie
        .fetch_channel(NOD, old)
        .unchecked()
        .records()
        .await
        .unwrap();
    assert!(r.next_record().await.unwrap().is_none());
    assert_eq!(r.records(), 0);
    let mut out = Vec::new();
    assert_eq!(
        sie.fetch_channel(NOD, old)
            .unchecked()
            .write_to(&mut out)
            .await
            .unwrap(),
        0
    );

    // Clamped: only the part the channel holds, and wholly outside gives nothing.
    let straddling = window_before(now, 10, 20);
    let e = sie
        .fetch_channel(NOD, straddling)
        .lines()
        .await
        .unwrap_err();
    assert!(matches!(e, Error::InvalidInput { .. }), "{e}");
    let mut lines = sie
        .fetch_channel(NOD, straddling)
        .clamp(true)
        .lines()
        .await
        .unwrap();
    let inside = window_before(now, 10, 10);
    assert_eq!(lines.window(), Some(inside));
    let mut n = 0;
    while lines.next_line().await.unwrap().is_some() {
        n += 1;
    }
    assert_eq!(n, data.records(NOD.number(), &sim_window(&inside)));
    let mut r = sie
        .fetch_channel(NOD, old)
        .clamp(true)
        .records()
        .await
        .unwrap();
    assert_eq!(r.window(), None);
    assert!(r.next_record().await.unwrap().is_none());
}

#[tokio::test]
async fn broken_streams_say_how_far_they_got() {
    let sim = sim(5).await;
    let sie = SieBatch::builder()
        .api_key(sim.key(Service::Sie))
        .base_url(sim.url(Service::Sie))
        .retry(RetryPolicy::none())
        .build()
        .unwrap();
    let (_, now) = setup(&sim, 200).await;
    let w = window_before(now, 60, 30);

    // A body that ends cleanly in the middle of a line.
    sim.set_faults(Faults::none().truncations(1.0));
    let mut r = sie
        .fetch_channel(NOD, w)
        .unchecked()
        .records()
        .await
        .unwrap();
    let mut n = 0u64;
    let e = loop {
        match r.next_record().await {
            Ok(Some(_)) => n += 1,
            Ok(None) => panic!("a truncated body must not end quietly"),
            Err(e) => break e,
        }
    };
    let msg = e.to_string();
    assert!(msg.contains("middle of a line"), "{msg}");
    assert!(
        msg.contains(&format!("after {n} complete records")),
        "{msg}"
    );
    assert!(e.is_retryable(), "a cut is worth fetching again");
    assert!(
        r.next_record().await.unwrap().is_none(),
        "the stream ends after the error"
    );
    assert_eq!(sim.fault_counts().truncated, 1);

    // A connection dropped mid-body.
    sim.set_faults(Faults::none());
    control(
        &sim,
        &SieControl {
            cut_next_fetches: Some(1),
            ..Default::default()
        },
    )
    .await
    .unwrap();
    let mut lines = sie.fetch_channel(NOD, w).unchecked().lines().await.unwrap();
    let mut n = 0u64;
    let e = loop {
        match lines.next_line().await {
            Ok(Some(_)) => n += 1,
            Ok(None) => panic!("a dropped connection must not end quietly"),
            Err(e) => break e,
        }
    };
    assert!(matches!(e, Error::Transport { .. }), "{e}");
    assert!(n > 0, "the cut comes after the first minute");
    assert!(
        e.to_string()
            .contains(&format!("after {n} complete records")),
        "{e}"
    );

    // A line that is not JSON (from a static loopback server).
    let body = "{\"time\":\"2026-01-01 00:00:01.5\"}\n{\"time\":\"2026-01-01 00:00:02.5\"}\nnot json at all\n{}\n";
    let url = static_server(body.as_bytes().to_vec(), "application/x-ndjson").await;
    let other = SieBatch::builder()
        .api_key(sim.key(Service::Sie))
        .base_url(url)
        .build()
        .unwrap();
    let mut r = other
        .fetch_channel(NOD, w)
        .unchecked()
        .records()
        .await
        .unwrap();
    assert!(r.next_record().await.unwrap().is_some());
    assert!(r.next_record().await.unwrap().is_some());
    let e = r.next_record().await.unwrap_err();
    assert!(matches!(e, Error::Decode { .. }), "{e}");
    let msg = e.to_string();
    assert!(
        msg.contains("line 3 is not a JSON record") && msg.contains("2 complete records before it"),
        "{msg}"
    );
    assert!(
        msg.contains("not json at all"),
        "the excerpt shows the line: {msg}"
    );
    let e = other
        .fetch_channel(NOD, w)
        .unchecked()
        .lines()
        .await
        .unwrap()
        .try_collect::<Vec<_>>()
        .await
        .unwrap_err();
    assert!(e.to_string().contains("line 3"), "{e}");
}

/// A loopback server that answers every request with `body`.
async fn static_server(body: Vec<u8>, content_type: &'static str) -> String {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move {
        while let Ok((mut sock, _)) = listener.accept().await {
            let body = body.clone();
            tokio::spawn(async move {
                let mut req = Vec::new();
                let mut buf = [0u8; 4096];
                // Read the head, then the declared body.
                loop {
                    let n = sock.read(&mut buf).await.unwrap_or(0);
                    if n == 0 {
                        return;
                    }
                    req.extend_from_slice(&buf[..n]);
                    if let Some(end) = req.windows(4).position(|w| w == b"\r\n\r\n") {
                        let head = String::from_utf8_lossy(&req[..end]).to_ascii_lowercase();
                        let len: usize = head
                            .lines()
                            .find_map(|l| l.strip_prefix("content-length:"))
                            .and_then(|v| v.trim().parse().ok())
                            .unwrap_or(0);
                        if req.len() >= end + 4 + len {
                            break;
                        }
                    }
                }
                let head = format!(
                    "HTTP/1.1 200 OK\r\ncontent-type: {content_type}\r\ncontent-length: {}\r\nconnection: close\r\n\r\n",
                    body.len()
                );
                let _ = sock.write_all(head.as_bytes()).await;
                let _ = sock.write_all(&body).await;
            });
        }
    });
    format!("http://{addr}/siebatchd/v1/")
}

/// A sink that fails (like a full disk) or crashes after `limit` records.
struct Failing {
    inner: NdjsonFile,
    written: Arc<AtomicU64>,
    limit: u64,
    crash: bool,
}

impl Sink for Failing {
    fn begin(&mut self, committed: Option<u64>) -> secops::Result<()> {
        self.inner.begin(committed)
    }
    fn write_record(&mut self, record: &[u8]) -> secops::Result<()> {
        if self.written.fetch_add(1, Ordering::SeqCst) == self.limit {
            if self.crash {
                panic!("simulated crash mid-chunk");
            }
            return Err(Error::io(
                "writing",
                std::io::Error::other("disk full (simulated)"),
            ));
        }
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
async fn sync_resumes_exactly_after_a_failure_and_a_crash() {
    let sim = sim(6).await;
    let sie = client(&sim);
    let (data, now) = setup(&sim, 30).await;
    let w = window_before(now, 90, 60);
    let expected = data.body(NOD.number(), &sim_window(&w));
    let per_chunk: Vec<u64> = w
        .chunks(10)
        .iter()
        .map(|c| data.records(NOD.number(), &sim_window(c)))
        .collect();
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("nod.ndjson");
    let store = FileCheckpoints::new(dir.path().join("state")).unwrap();

    // 1. The sink fails in the middle of the third chunk.
    let limit = per_chunk[0] + per_chunk[1] + per_chunk[2] / 2;
    let failing = Failing {
        inner: NdjsonFile::create(&out).unwrap(),
        written: Arc::new(AtomicU64::new(0)),
        limit,
        crash: false,
    };
    let e = sie.sync_channel(NOD, w, failing, &store).await.unwrap_err();
    assert!(e.to_string().contains("disk full"), "{e}");
    assert!(!out.exists(), "nothing under the final name before the end");

    // 2. Resumed, then crashed (a panic: nothing is rolled back) in the fifth chunk.
    let limit = per_chunk[2] + per_chunk[3] / 3;
    let crashing = Failing {
        inner: NdjsonFile::create(&out).unwrap(),
        written: Arc::new(AtomicU64::new(0)),
        limit,
        crash: true,
    };
    let (sie2, store2) = (sie.clone(), store.clone());
    let task = tokio::spawn(async move { sie2.sync_channel(NOD, w, crashing, &store2).await });
    assert!(task.await.unwrap_err().is_panic());
    let partial = std::fs::read(dir.path().join("nod.ndjson.partial")).unwrap();
    let committed: usize = (0..3).map(|i| per_chunk[i] as usize).sum();
    let committed_len = expected
        .split_inclusive(|b| *b == b'\n')
        .take(committed)
        .map(<[u8]>::len)
        .sum::<usize>();
    assert!(
        partial.len() > committed_len,
        "the crash left uncommitted lines on disk"
    );

    // 3. Resumed to the end: byte for byte the uninterrupted output.
    let mut seen = Vec::new();
    let report = sie
        .sync_channel(NOD, w, NdjsonFile::create(&out).unwrap(), &store)
        .on_progress(|p| seen.push((p.detail.chunks_done, p.detail.chunks_total)))
        .await
        .unwrap();
    assert_eq!(std::fs::read(&out).unwrap(), expected);
    assert_eq!(
        report.detail.resumed_from,
        Some(w.start() + chrono::Duration::minutes(30))
    );
    assert_eq!(report.pages, 3);
    assert_eq!(report.records, per_chunk[3..].iter().sum::<u64>());
    assert_eq!(
        report.total_records,
        data.records(NOD.number(), &sim_window(&w))
    );
    assert_eq!(seen, vec![(4, 6), (5, 6), (6, 6)]);
    assert!(!dir.path().join("nod.ndjson.partial").exists());

    // 4. Run again: the checkpoint says it is complete, and the output is untouched.
    let again = sie
        .sync_channel(NOD, w, NdjsonFile::create(&out).unwrap(), &store)
        .await
        .unwrap();
    assert!(again.already_complete);
    assert_eq!(std::fs::read(&out).unwrap(), expected);

    // A different window with the same checkpoint key is refused, not restarted.
    let other = window_before(now, 80, 30);
    let e = sie
        .sync_channel(
            NOD,
            other,
            NdjsonFile::create(dir.path().join("x")).unwrap(),
            &store,
        )
        .checkpoint_key(format!(
            "sie-ch212-{}-{}",
            w.start().format("%Y%m%dT%H%M"),
            w.end().format("%Y%m%dT%H%M")
        ))
        .await
        .unwrap_err();
    assert!(matches!(e, Error::Checkpoint { .. }), "{e}");
}

#[tokio::test]
async fn sync_refetches_cut_chunks_whole_sequential_and_concurrent() {
    for (seed, concurrency) in [(7u64, 1usize), (8, 3)] {
        let sim = sim(seed).await;
        let sie = client(&sim);
        let (data, now) = setup(&sim, 120).await;
        let w = window_before(now, 120, 70);
        let expected = data.body(FQDN.number(), &sim_window(&w));
        sim.set_faults(Faults {
            rate_limit_every: Some(5),
            retry_after_secs: 0,
            server_error_rate: 0.1,
            drop_rate: 0.25,
            truncate_rate: 0.25,
            latency: Duration::ZERO,
        });
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("fqdn.ndjson");
        let store = MemoryCheckpoints::new();
        let report = sie
            .sync_channel(FQDN, w, NdjsonFile::create(&out).unwrap(), &store)
            .concurrency(concurrency)
            .await
            .unwrap();
        let faults = sim.fault_counts();
        println!("concurrency {concurrency}: {report}; faults ridden through: {faults:?}");
        assert_eq!(
            std::fs::read(&out).unwrap(),
            expected,
            "concurrency {concurrency}"
        );
        assert_eq!(report.records, data.records(FQDN.number(), &sim_window(&w)));
        assert_eq!(report.pages, 7);
        assert!(faults.truncated + faults.dropped > 0, "{faults:?}");
        assert!(report.detail.refetches > 0, "{report:?}");
    }
}

#[tokio::test]
async fn presigned_urls_expire_resume_and_stay_secret() {
    let sim = sim(9).await;
    let sie = client(&sim);
    let (data, now) = setup(&sim, 50).await;
    let w = window_before(now, 40, 20);
    let expected = data.body(NOD.number(), &sim_window(&w));

    // A plain download, with progress.
    let url = sie.make_url(NOD, w).await.unwrap();
    let sig = url
        .expose()
        .split("X-Amz-Signature=")
        .nth(1)
        .unwrap()
        .to_string();
    assert!(!format!("{url:?}").contains(&sig));
    let mut out = Vec::new();
    let mut last = None;
    let rep = sie
        .download(&url, &mut out)
        .on_progress(|p| last = Some(*p))
        .await
        .unwrap();
    assert_eq!(out, expected);
    assert_eq!(rep.bytes, expected.len() as u64);
    assert_eq!(rep.total, Some(expected.len() as u64));
    assert_eq!(last.unwrap().bytes, expected.len() as u64);

    // Cut mid-body: the download resumes with a Range request, the output is exact.
    control(
        &sim,
        &SieControl {
            cut_next_downloads: Some(2),
            ..Default::default()
        },
    )
    .await
    .unwrap();
    let mut out = Vec::new();
    let rep = sie.download(&url, &mut out).await.unwrap();
    assert_eq!(out, expected);
    assert_eq!(rep.resumes, 2);

    // Expired (simulated time moves past its lifetime): a typed error without the URL.
    control(
        &sim,
        &SieControl {
            advance_minutes: Some(61),
            ..Default::default()
        },
    )
    .await
    .unwrap();
    let e = sie.download(&url, Vec::new()).await.unwrap_err();
    assert_eq!(e.api_kind(), Some(&ApiErrorKind::UrlExpired));
    assert_eq!(e.status(), Some(403));
    assert_clean(&format!("{e} {e:?}"), &[&sig, sim.key(Service::Sie)]);

    // fetch_via_url: the first URL is cut, then refused as expired (one use each);
    // a new URL is made and the download continues where it stopped.
    let w = window_before(now + chrono::Duration::minutes(61), 40, 20);
    let expected = data.body(NOD.number(), &sim_window(&w));
    let before = control(
        &sim,
        &SieControl {
            url_max_uses: Some(1),
            cut_next_downloads: Some(1),
            ..Default::default()
        },
    )
    .await
    .unwrap();
    let mut out = Vec::new();
    let rep = sie.fetch_via_url(NOD, w, &mut out).await.unwrap();
    assert_eq!(out, expected);
    assert_eq!(rep.urls_made, 2);
    let after = control(&sim, &SieControl::default()).await.unwrap();
    assert_eq!(after.makeurl_requests - before.makeurl_requests, 2);
    assert_eq!(
        after.download_requests - before.download_requests,
        3,
        "cut, refused, resumed"
    );

    // Outside the retention: makeurl succeeds, the download says NoSuchKey.
    control(
        &sim,
        &SieControl {
            url_max_uses: Some(0),
            ..Default::default()
        },
    )
    .await
    .unwrap();
    let old = window_before(now, 30 * 60, 10);
    let url = sie.make_url(NOD, old).await.unwrap();
    let e = sie.download(&url, Vec::new()).await.unwrap_err();
    assert_eq!(e.api_kind(), Some(&ApiErrorKind::OutsideRetention));
    assert_eq!(e.api().unwrap().code.as_deref(), Some("NoSuchKey"));
    assert!(e.to_string().contains("retention"), "{e}");
    assert_clean(
        &format!("{e} {e:?}"),
        &[url.expose().split('?').nth(1).unwrap()],
    );
}

#[tokio::test]
async fn window_pages_through_the_paginator_resume_exactly() {
    let sim = sim(10).await;
    let sie = client(&sim);
    let (data, now) = setup(&sim, 15).await;
    // Starts 20 minutes before the retention: those chunks are empty (404) and skipped.
    let w = Window::starting_at(
        now - chrono::Duration::hours(18) - chrono::Duration::minutes(20),
        55,
    )
    .unwrap();
    let inside = Window::new(now - chrono::Duration::hours(18), w.end()).unwrap();
    let expected = data.lines(NOD.number(), &sim_window(&inside));

    let pages: Vec<_> = sie
        .line_pages(NOD, w)
        .into_paginator()
        .pages()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(pages.len(), 4, "35 minutes of data in 10-minute chunks");
    assert!(pages.iter().all(|p| !p.items.is_empty()));
    let lines: Vec<String> = pages
        .iter()
        .flat_map(|p| {
            p.items
                .iter()
                .map(|b| String::from_utf8(b.to_vec()).unwrap())
        })
        .collect();
    assert_eq!(lines, expected);

    // Typed items, stopped part-way and resumed from the position: nothing lost or repeated.
    let mut items = sie.record_pages(NOD, w).into_paginator().items();
    let mut got = Vec::new();
    for _ in 0..(expected.len() / 2) {
        got.push(items.try_next().await.unwrap().unwrap());
    }
    let pos = items.position();
    drop(items);
    let rest: Vec<_> = sie
        .record_pages(NOD, w)
        .chunk(Duration::from_secs(600))
        .into_paginator()
        .resume_from(pos)
        .items()
        .try_collect()
        .await
        .unwrap();
    got.extend(rest);
    assert_eq!(got.len(), expected.len());
    for (g, e) in got.iter().zip(&expected) {
        assert_eq!(g, &NewDomain::parse(e).unwrap());
    }
    // Bad inputs: the input error is the stream's first item, then it ends;
    // `all()` and `first_page()` return it; no request is sent.
    let before = sim.fault_counts().requests;
    let mut bad = sie
        .record_pages(Channel::new(204).unwrap(), w)
        .into_paginator()
        .items();
    let e = bad.try_next().await.unwrap_err();
    assert!(matches!(e, Error::InvalidInput { .. }), "{e}");
    assert!(e.to_string().contains("newdomain"), "{e}");
    assert!(bad.try_next().await.unwrap().is_none());
    let mut bad = sie
        .line_pages(NOD, w)
        .chunk(Duration::from_secs(30))
        .into_paginator()
        .pages();
    let e = bad.try_next().await.unwrap_err();
    assert!(matches!(e, Error::InvalidInput { .. }), "{e}");
    assert!(e.to_string().contains("whole number of minutes"), "{e}");
    assert!(bad.try_next().await.unwrap().is_none());
    assert!(sie
        .line_pages(NOD, w)
        .chunk(Duration::from_secs(30))
        .into_paginator()
        .first_page()
        .await
        .is_err_and(|e| matches!(e, Error::InvalidInput { .. })));
    let e = sie
        .record_pages(Channel::new(204).unwrap(), w)
        .chunk(Duration::from_secs(30))
        .into_paginator()
        .all()
        .await
        .unwrap_err();
    assert!(
        e.to_string().contains("newdomain"),
        "the first error is kept: {e}"
    );
    assert_eq!(sim.fault_counts().requests, before, "no request was sent");
}
