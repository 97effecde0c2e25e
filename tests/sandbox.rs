//! Recorded Future Sandbox: every operation against the simulator, the submit → wait →
//! report round trip, event-stream reconnection, downloads, error codes, resumable
//! export, simulator/spec agreement, and the Prism contract run.

use std::collections::HashSet;
use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use futures::TryStreamExt;
use secops::paging::Cursor;
use secops::sandbox::{
    Artifact, ErrorCode, FileSource, Listing, Network, ProfileInput, ProfileSelection,
    SampleStatus, Sandbox, SubmitOptions, Subset,
};
use secops::sim::{Faults, SimHandle, Simulator};
use secops::{ApiErrorKind, Error, MemoryCheckpoints, NdjsonFile, RetryPolicy, Service, Sink};

mod support;

fn fast_retry() -> RetryPolicy {
    RetryPolicy::default()
        .max_attempts(8)
        .initial_backoff(Duration::from_millis(1))
        .max_backoff(Duration::from_millis(4))
}

async fn sim(size: usize) -> SimHandle {
    Simulator::builder()
        .seed(7)
        .size(size)
        .start()
        .await
        .expect("simulator starts")
}

fn client(sim: &SimHandle) -> Sandbox {
    Sandbox::builder()
        .base_url(sim.url(Service::Sandbox))
        .api_key(sim.key(Service::Sandbox))
        .retry(fast_retry())
        .build()
        .expect("client builds")
}

fn write_file(dir: &Path, name: &str, len: usize) -> std::path::PathBuf {
    let path = dir.join(name);
    let data: Vec<u8> = (0..len).map(|i| (i * 31 % 251) as u8).collect();
    std::fs::write(&path, data).unwrap();
    path
}

fn code(e: &Error) -> Option<ErrorCode> {
    ErrorCode::of(e)
}

#[tokio::test]
async fn submit_wait_report_round_trip_covers_every_operation() {
    let sim = sim(20).await;
    let sb = client(&sim);
    let dir = tempfile::tempdir().unwrap();
    let path = write_file(dir.path(), "invoice.exe", 300_000);

    // Profiles: list, create, conflict, get by name, update, delete.
    let profiles = sb.profiles().await.unwrap();
    assert!(profiles.iter().any(|p| p.name == "windows10-2004-x64"));
    let mut input = ProfileInput::named("secops-test");
    input.tags = vec!["t1".into()];
    input.timeout = Some(60);
    input.network = Some("drop".into());
    let created = sb.create_profile(input.clone()).await.unwrap();
    assert_eq!(created.name, "secops-test");
    assert_eq!(created.timeout, Some(60));
    let dup = sb.create_profile(input).await.unwrap_err();
    assert_eq!(code(&dup), Some(ErrorCode::ProfileAlreadyExists));
    assert_eq!(dup.status(), Some(409));
    assert_eq!(sb.profile("secops-test").await.unwrap().id, created.id);
    let mut upd = ProfileInput::named("secops-test-2");
    upd.timeout = Some(90);
    let updated = sb.update_profile(&created.id, upd).await.unwrap();
    assert_eq!(
        (updated.name.as_str(), updated.timeout),
        ("secops-test-2", Some(90))
    );

    // Submit a file with typed options, then follow it to the end.
    let progress = Arc::new(AtomicU64::new(0));
    let p2 = progress.clone();
    let opts = SubmitOptions::new()
        .profile("secops-test-2")
        .timeout(Duration::from_secs(120))
        .network(Network::Internet)
        .user_tag("case:42")
        .on_progress(move |p| p2.store(p.bytes, Ordering::Relaxed));
    let sample = sb.submit_file(&path, opts).await.unwrap();
    assert_eq!(sample.state(), SampleStatus::Pending);
    assert_eq!(sample.filename.as_deref(), Some("invoice.exe"));
    assert_eq!(progress.load(Ordering::Relaxed), 300_000);

    let mut seen = Vec::new();
    let done = sb
        .wait_for(&sample.id)
        .timeout(Duration::from_secs(60))
        .on_event(|s| seen.push(s.state()))
        .await
        .unwrap();
    assert_eq!(done.state(), SampleStatus::Reported);
    assert!(done.completed.is_some());
    // The stream starts with the state at connection time (normally `pending`) and
    // then shows every later state, in order, once.
    let all = [
        SampleStatus::Pending,
        SampleStatus::StaticAnalysis,
        SampleStatus::Scheduled,
        SampleStatus::Running,
        SampleStatus::Processing,
        SampleStatus::Reported,
    ];
    assert!(all.ends_with(&seen) && seen.len() >= 2, "{seen:?}");

    // Reads of the finished sample.
    let got = sb.sample(&sample.id).await.unwrap();
    assert_eq!(got.state(), SampleStatus::Reported);
    assert!(got
        .tasks
        .iter()
        .all(|t| t.state() == Some(SampleStatus::Reported)));
    let summary = sb.summary(&sample.id).await.unwrap();
    assert_eq!(summary.sample, sample.id);
    assert!(summary.tasks.keys().any(|k| k.ends_with("behavioral1")));
    let overview = sb.overview_report(&sample.id).await.unwrap();
    let score = overview.analysis.as_ref().and_then(|a| a.score).unwrap();
    assert!((1..=10).contains(&score));
    assert!(!overview.extracted.is_empty());
    let stat = sb.static_report(&sample.id).await.unwrap();
    assert_eq!(stat.files[0].filename.as_deref(), Some("invoice.exe"));
    let triage = sb.triage_report(&sample.id, "behavioral1").await.unwrap();
    assert!(!triage.processes.is_empty());
    assert!(triage.network.unwrap().flows.len() >= 3);

    // Downloads: the sample comes back byte for byte; pcap and archive stream to disk.
    let mut back = Vec::new();
    let s = sb
        .download(Artifact::Sample(sample.id.clone()))
        .to_writer(&mut back)
        .await
        .unwrap();
    assert_eq!(s.bytes, 300_000);
    assert_eq!(back, std::fs::read(&path).unwrap());
    let pcap = dir.path().join("dump.pcap");
    let sum = sb
        .download(Artifact::pcap(&sample.id, "behavioral1"))
        .to_path(&pcap)
        .await
        .unwrap();
    let bytes = std::fs::read(&pcap).unwrap();
    assert_eq!(bytes.len() as u64, sum.bytes);
    assert_eq!(&bytes[..4], &[0xd4, 0xc3, 0xb2, 0xa1], "pcap magic");
    let archive = dir.path().join("archive.bin");
    assert!(
        sb.download(Artifact::Archive(sample.id.clone()))
            .to_path(&archive)
            .await
            .unwrap()
            .bytes
            > 0
    );
    let mut raw = Vec::new();
    sb.download(Artifact::OverviewReport(sample.id.clone()))
        .to_writer(&mut raw)
        .await
        .unwrap();
    let raw: serde_json::Value = serde_json::from_slice(&raw).unwrap();
    assert_eq!(raw["analysis"]["score"], serde_json::json!(score));

    // The new sample is listed as owned and found by search.
    let owned: Vec<_> = sb
        .samples(Subset::Owned)
        .items()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(owned.len(), 1);
    assert_eq!(owned[0].id, sample.id);
    let found: Vec<_> = sb.search("invoice").items().try_collect().await.unwrap();
    assert!(found.iter().any(|s| s.id == sample.id));

    // A URL submission, then deletes.
    let url_sample = sb
        .submit_url(
            "https://example.com/dropper",
            SubmitOptions::new().fetch(true),
        )
        .await
        .unwrap();
    assert_eq!(url_sample.kind.as_deref(), Some("fetch"));
    assert_eq!(
        url_sample.url.as_deref(),
        Some("https://example.com/dropper")
    );
    sb.delete_sample(&url_sample.id).await.unwrap();
    let gone = sb.sample(&url_sample.id).await.unwrap_err();
    assert_eq!(code(&gone), Some(ErrorCode::NotFound));
    assert_eq!(gone.api_kind(), Some(&ApiErrorKind::NotFound));
    sb.delete_profile("secops-test-2").await.unwrap();
    assert_eq!(
        code(&sb.profile("secops-test-2").await.unwrap_err()),
        Some(ErrorCode::NotFound)
    );
}

#[tokio::test]
async fn interactive_submission_waits_for_profiles_and_wait_for_times_out() {
    let sim = sim(5).await;
    let sb = client(&sim);
    let sample = sb
        .submit_url(
            "http://example.net/a.exe",
            SubmitOptions::new().interactive(true),
        )
        .await
        .unwrap();
    // The sample now waits for its profiles: with the clock paused, the overall
    // timeout of wait_for elapses at once.
    tokio::time::pause();
    let err = sb
        .wait_for(&sample.id)
        .timeout(Duration::from_secs(30))
        .await
        .unwrap_err();
    tokio::time::resume();
    match &err {
        Error::Timeout { message, .. } => {
            assert!(message.contains(&sample.id), "{message}");
            assert!(message.contains("within 30 s"), "{message}");
        }
        other => panic!("expected a timeout, got {other:?}"),
    }
    // The service holds it in static analysis.
    let mut events = sb.sample_events(&sample.id).unwrap();
    loop {
        let s = events.try_next().await.unwrap().unwrap();
        if s.state() == SampleStatus::StaticAnalysis {
            break;
        }
    }
    drop(events);
    sb.set_profiles(&sample.id, ProfileSelection::profiles(["android-11-x64"]))
        .await
        .unwrap();
    // Choosing twice is refused by the service.
    let again = sb
        .set_profiles(&sample.id, ProfileSelection::auto())
        .await
        .unwrap_err();
    assert_eq!(code(&again), Some(ErrorCode::Invalid));
    let done = sb.wait_for(&sample.id).await.unwrap();
    assert_eq!(done.state(), SampleStatus::Reported);
}

#[tokio::test]
async fn failing_sample_ends_failed() {
    let sim = sim(5).await;
    let sb = client(&sim);
    let dir = tempfile::tempdir().unwrap();
    let path = write_file(dir.path(), "will-fail.bin", 1000);
    let s = sb.submit_file(&path, SubmitOptions::new()).await.unwrap();
    let done = sb.wait_for(&s.id).await.unwrap();
    assert_eq!(done.state(), SampleStatus::Failed);
    assert!(done.is_terminal());
    let e = sb.overview_report(&s.id).await.unwrap_err();
    assert_eq!(code(&e), Some(ErrorCode::NotFound));
}

/// A loopback TCP proxy in front of the simulator whose i-th connection is cut
/// after `cuts[i]` response bytes (later connections pass everything): a network
/// that drops connections mid-body.
struct CutProxy {
    addr: std::net::SocketAddr,
    connections: Arc<AtomicU64>,
    task: tokio::task::JoinHandle<()>,
}

impl Drop for CutProxy {
    fn drop(&mut self) {
        self.task.abort();
    }
}

async fn cut_proxy(target: std::net::SocketAddr, cuts: Vec<usize>) -> CutProxy {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let connections = Arc::new(AtomicU64::new(0));
    let count = connections.clone();
    let task = tokio::spawn(async move {
        while let Ok((client, _)) = listener.accept().await {
            let i = count.fetch_add(1, Ordering::SeqCst) as usize;
            let mut left = cuts.get(i).copied().unwrap_or(usize::MAX);
            tokio::spawn(async move {
                let Ok(server) = tokio::net::TcpStream::connect(target).await else {
                    return;
                };
                let (mut cr, mut cw) = client.into_split();
                let (mut sr, mut sw) = server.into_split();
                let up = tokio::spawn(async move {
                    let _ = tokio::io::copy(&mut cr, &mut sw).await;
                });
                let mut buf = vec![0u8; 8192];
                while left > 0 {
                    let n = match sr.read(&mut buf).await {
                        Ok(0) | Err(_) => break,
                        Ok(n) => n,
                    };
                    let take = n.min(left);
                    if cw.write_all(&buf[..take]).await.is_err() {
                        break;
                    }
                    left -= take;
                }
                up.abort();
            });
        }
    });
    CutProxy {
        addr,
        connections,
        task,
    }
}

fn client_at(sim: &SimHandle, base: String) -> Sandbox {
    Sandbox::builder()
        .base_url(base)
        .api_key(sim.key(Service::Sandbox))
        .retry(fast_retry())
        .build()
        .unwrap()
}

#[tokio::test]
async fn event_stream_reconnects_after_dropped_connections() {
    let sim = sim(5).await;
    let sb = client(&sim);
    let dir = tempfile::tempdir().unwrap();
    let path = write_file(dir.path(), "a.exe", 1000);
    let s = sb.submit_file(&path, SubmitOptions::new()).await.unwrap();
    // The first connection drops inside the first line (every response is longer
    // than 200 bytes); the second one after about a line and a half, if the sample
    // is still running by then.
    let proxy = cut_proxy(sim.addr(), vec![200, 700]).await;
    let via = client_at(&sim, format!("http://{}/sandbox/api", proxy.addr));
    let mut events = via.sample_events(&s.id).unwrap();
    let mut states = Vec::new();
    while let Some(e) = events.try_next().await.unwrap() {
        states.push(e.state());
    }
    assert_eq!(states.last(), Some(&SampleStatus::Reported));
    // No state is repeated across the reconnects, and the order is the service's.
    let order = |s: &SampleStatus| {
        [
            SampleStatus::Pending,
            SampleStatus::StaticAnalysis,
            SampleStatus::Scheduled,
            SampleStatus::Running,
            SampleStatus::Processing,
            SampleStatus::Reported,
        ]
        .iter()
        .position(|x| x == s)
        .unwrap()
    };
    assert!(
        states.windows(2).all(|w| order(&w[0]) < order(&w[1])),
        "{states:?}"
    );
    assert!(
        events.reconnects() >= 1,
        "reconnects {}",
        events.reconnects()
    );
    assert_eq!(
        proxy.connections.load(Ordering::SeqCst),
        events.reconnects() + 1
    );

    // wait_for rides through the simulator's own faults too (cut and truncated bodies, 5xx).
    let s2 = sb.submit_file(&path, SubmitOptions::new()).await.unwrap();
    sim.set_faults(
        Faults::none()
            .truncations(0.5)
            .drops(0.3)
            .server_errors(0.1),
    );
    let done = sb.wait_for(&s2.id).await.unwrap();
    assert_eq!(done.state(), SampleStatus::Reported);
    let f = sim.fault_counts();
    assert!(f.truncated + f.dropped + f.server_errors > 0, "{f:?}");
}

#[tokio::test]
async fn account_events_follow_every_running_sample_until_done() {
    let sim = sim(5).await;
    let sb = client(&sim);
    let dir = tempfile::tempdir().unwrap();
    let ok = write_file(dir.path(), "ok.exe", 1000);
    let bad = write_file(dir.path(), "fail.exe", 1000);
    let a = sb.submit_file(&ok, SubmitOptions::new()).await.unwrap();
    let b = sb.submit_file(&bad, SubmitOptions::new()).await.unwrap();
    let events: Vec<_> = sb.account_events().try_collect().await.unwrap();
    let states = |id: &str| -> Vec<SampleStatus> {
        events
            .iter()
            .filter(|s| s.id == id)
            .map(|s| s.state())
            .collect()
    };
    let (sa, sb_) = (states(&a.id), states(&b.id));
    assert_eq!(sa.last(), Some(&SampleStatus::Reported), "{sa:?}");
    assert_eq!(sb_.last(), Some(&SampleStatus::Failed), "{sb_:?}");
    assert!(events.iter().all(|s| s.id == a.id || s.id == b.id));
    // Nothing left to follow: the next stream closes at once, empty.
    assert!(sb.account_events().try_next().await.unwrap().is_none());
}

#[tokio::test]
async fn paging_is_lazy_exact_and_opaque() {
    let sim = sim(450).await;
    let sb = client(&sim);
    let before = sim.fault_counts().requests;
    let mut pages = sb.samples(Subset::Public).page_size(200).pages();
    assert_eq!(
        sim.fault_counts().requests,
        before,
        "nothing fetched before polling"
    );
    let mut sizes = Vec::new();
    let mut ids = HashSet::new();
    let mut cursors = Vec::new();
    while let Some(page) = pages.try_next().await.unwrap() {
        sizes.push(page.items.len());
        for s in &page.items {
            assert!(ids.insert(s.id.clone()), "duplicate {}", s.id);
        }
        cursors.push(page.next.clone());
    }
    assert_eq!(sizes, vec![200, 200, 50]);
    assert_eq!(ids.len(), 450);
    // `next` is the opaque timestamp the server sent, passed back unchanged.
    match &cursors[0] {
        Cursor::Offset { offset } => {
            assert!(
                chrono::DateTime::parse_from_rfc3339(offset).is_ok(),
                "{offset}"
            )
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(cursors[2], Cursor::Done);
    assert_eq!(sim.fault_counts().requests - before, 3);

    // Search: every hit matches, and the hits are exactly the matching public samples.
    let hits: Vec<_> = sb
        .search("family:emotet")
        .page_size(7)
        .items()
        .try_collect()
        .await
        .unwrap();
    assert!(!hits.is_empty());
    let all: Vec<_> = sb
        .samples(Subset::Public)
        .page_size(200)
        .items()
        .try_collect()
        .await
        .unwrap();
    let expected = all
        .iter()
        .filter(|s| {
            s.filename
                .as_deref()
                .unwrap_or_default()
                .starts_with("emotet_")
                || s.url.as_deref().unwrap_or_default().contains("//emotet-")
        })
        .count();
    assert_eq!(hits.len(), expected);
    // Empty subsets give an empty listing, not an error.
    let owned: Vec<_> = sb.samples(Subset::Org).items().try_collect().await.unwrap();
    assert!(owned.is_empty());
    // Page sizes above the service's maximum are refused before any request.
    let n = sim.fault_counts().requests;
    let e = sb
        .samples(Subset::Public)
        .page_size(201)
        .items()
        .try_next()
        .await
        .unwrap_err();
    assert!(matches!(e, Error::InvalidInput { .. }), "{e}");
    assert_eq!(sim.fault_counts().requests, n);
}

/// Servers differ: an integer `next`, an empty `data` with a `next`, a null `data`.
#[tokio::test]
async fn paging_stops_on_empty_or_null_data_and_passes_integer_tokens_back() {
    use axum::extract::Query;
    use axum::routing::get;
    let offsets = Arc::new(Mutex::new(Vec::<Option<String>>::new()));
    let seen = offsets.clone();
    let app = axum::Router::new()
        .route(
            "/api/v0/samples",
            get(move |Query(q): Query<std::collections::HashMap<String, String>>| {
                let seen = seen.clone();
                async move {
                    let offset = q.get("offset").cloned();
                    seen.lock().unwrap().push(offset.clone());
                    axum::Json(match offset.as_deref() {
                        None => serde_json::json!({"data": [{"id": "s1", "status": "reported", "new_field": 1}], "next": 5}),
                        Some("5") => serde_json::json!({"data": [], "next": 9}),
                        Some(other) => panic!("unexpected offset {other}"),
                    })
                }
            }),
        )
        .route(
            "/api/v0/search",
            get(|| async { axum::Json(serde_json::json!({"data": null, "next": "x"})) }),
        );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let server = tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    let sb = Sandbox::builder()
        .base_url(format!("http://{addr}/api"))
        .api_key("k")
        .retry(fast_retry())
        .build()
        .unwrap();
    let items: Vec<_> = sb
        .samples(Subset::Owned)
        .items()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(items.len(), 1);
    assert_eq!(
        items[0].extra["new_field"],
        serde_json::json!(1),
        "unknown fields are kept"
    );
    assert_eq!(*offsets.lock().unwrap(), vec![None, Some("5".to_string())]);
    let none: Vec<_> = sb.search("x").items().try_collect().await.unwrap();
    assert!(none.is_empty());
    server.abort();
}

#[tokio::test]
async fn profiles_follow_paging_to_the_last_page() {
    let sim = sim(3).await;
    let sb = client(&sim);
    let before: Vec<String> = sb
        .profiles()
        .await
        .unwrap()
        .into_iter()
        .map(|p| p.name)
        .collect();
    // More profiles than the service's default page (50) holds.
    let mut created = Vec::new();
    for i in 0..60 {
        let name = format!("paged-{i:03}");
        sb.create_profile(ProfileInput::named(name.as_str()))
            .await
            .unwrap();
        created.push(name);
    }
    let mut want: Vec<String> = before
        .iter()
        .cloned()
        .chain(created.iter().cloned())
        .collect();
    assert!(want.len() > 50, "{}", want.len());

    // profiles() returns every page (two requests at the default page size).
    let requests = sim.fault_counts().requests;
    let mut all: Vec<String> = sb
        .profiles()
        .await
        .unwrap()
        .into_iter()
        .map(|p| p.name)
        .collect();
    assert_eq!(sim.fault_counts().requests - requests, 2, "two pages");
    assert!(
        all.contains(&created.last().unwrap().clone()),
        "the last page is read"
    );
    all.sort();
    want.sort();
    assert_eq!(all, want, "every profile once");

    // The paginator: small pages, each integer `next` passed back as the offset.
    let mut pages = sb.profile_listing().page_size(7).pages();
    let mut sizes = Vec::new();
    let mut paged = Vec::new();
    while let Some(page) = pages.try_next().await.unwrap() {
        sizes.push(page.items.len());
        paged.extend(page.items.into_iter().map(|p| p.name));
    }
    assert_eq!(sizes.len(), want.len().div_ceil(7), "{sizes:?}");
    assert!(
        sizes[..sizes.len() - 1].iter().all(|&n| n == 7),
        "{sizes:?}"
    );
    paged.sort();
    assert_eq!(paged, want);
    // A page size the service refuses is refused before any request.
    let requests = sim.fault_counts().requests;
    let e = sb
        .profile_listing()
        .page_size(201)
        .items()
        .try_next()
        .await
        .unwrap_err();
    assert!(matches!(e, Error::InvalidInput { .. }), "{e}");
    assert_eq!(sim.fault_counts().requests, requests);
}

#[tokio::test]
async fn paging_rides_through_faults() {
    let sim = Simulator::builder()
        .seed(11)
        .size(1000)
        .faults(Faults {
            rate_limit_every: Some(4),
            retry_after_secs: 0,
            server_error_rate: 0.1,
            drop_rate: 0.1,
            ..Faults::none()
        })
        .start()
        .await
        .unwrap();
    let sb = client(&sim);
    let items: Vec<_> = sb
        .samples(Subset::Public)
        .page_size(50)
        .items()
        .try_collect()
        .await
        .unwrap();
    let ids: HashSet<_> = items.iter().map(|s| s.id.clone()).collect();
    assert_eq!((items.len(), ids.len()), (1000, 1000));
    let f = sim.fault_counts();
    assert!(
        f.rate_limited > 0 && f.server_errors + f.dropped > 0,
        "{f:?}"
    );
}

/// A sink that fails after `fail_after` records (to kill an export half-way).
struct Flaky {
    inner: NdjsonFile,
    written: u64,
    fail_after: Option<u64>,
}

impl Sink for Flaky {
    fn begin(&mut self, committed: Option<u64>) -> secops::Result<()> {
        self.inner.begin(committed)
    }
    fn write_record(&mut self, record: &[u8]) -> secops::Result<()> {
        self.written += 1;
        if self.fail_after.is_some_and(|n| self.written > n) {
            return Err(Error::io("flaky sink", std::io::Error::other("disk full")));
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
async fn export_is_resumable_without_loss_or_duplicates() {
    let sim = sim(330).await;
    let sb = client(&sim);
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("public.ndjson");
    let store = MemoryCheckpoints::new();
    let mut first = Flaky {
        inner: NdjsonFile::create(&out).unwrap(),
        written: 0,
        fail_after: Some(125),
    };
    let e = sb
        .sync_samples(Listing::Samples(Subset::Public), &mut first, &store)
        .page_size(50)
        .await
        .unwrap_err();
    assert!(matches!(e, Error::Io { .. }), "{e}");
    assert!(
        !out.exists(),
        "no output under the final name before completion"
    );
    let mut second = Flaky {
        inner: NdjsonFile::create(&out).unwrap(),
        written: 0,
        fail_after: None,
    };
    let report = sb
        .sync_samples(Listing::Samples(Subset::Public), &mut second, &store)
        .page_size(50)
        .await
        .unwrap();
    assert!(report.resumed);
    assert_eq!(
        report.records,
        330 - 100,
        "two full pages were saved by the first run"
    );
    assert_eq!(report.total_records, 330);
    let text = std::fs::read_to_string(&out).unwrap();
    let got: Vec<String> = text
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).unwrap()["id"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    let want: Vec<String> = sb
        .samples(Subset::Public)
        .page_size(200)
        .items()
        .map_ok(|s| s.id)
        .try_collect()
        .await
        .unwrap();
    assert_eq!(got, want, "exactly the listing, in order");
    // A finished export is not repeated.
    let again = sb
        .sync_samples(Listing::Samples(Subset::Public), &mut second, &store)
        .page_size(50)
        .await
        .unwrap();
    assert_eq!((again.records, again.pages), (0, 0));
    // An empty query is refused before anything is read or written.
    let e = sb
        .sync_samples(Listing::Search(String::new()), &mut second, &store)
        .page_size(50)
        .await
        .unwrap_err();
    assert!(matches!(e, Error::InvalidInput { .. }));
}

#[tokio::test]
async fn downloads_resume_through_drops_and_never_leave_half_files() {
    let sim = sim(30).await;
    let sb = client(&sim);
    let dir = tempfile::tempdir().unwrap();
    // A preloaded public sample is reported: its pcap is available.
    let first = sb
        .samples(Subset::Public)
        .items()
        .try_next()
        .await
        .unwrap()
        .unwrap();
    let clean_path = dir.path().join("clean.pcap");
    sb.download(Artifact::pcap(&first.id, "behavioral1"))
        .to_path(&clean_path)
        .await
        .unwrap();
    let clean = std::fs::read(&clean_path).unwrap();

    // Through a network that drops the first connections mid-body: resumed with Range.
    let proxy = cut_proxy(sim.addr(), vec![30_000, 70_000]).await;
    let via = client_at(&sim, format!("http://{}/sandbox/api", proxy.addr));
    let calls = Arc::new(Mutex::new(Vec::new()));
    let c2 = calls.clone();
    let faulty_path = dir.path().join("faulty.pcap");
    let summary = via
        .download(Artifact::pcap(&first.id, "behavioral1"))
        .on_progress(move |p| c2.lock().unwrap().push(p))
        .to_path(&faulty_path)
        .await
        .unwrap();
    assert_eq!(summary.resumes, 2, "{summary:?}");
    assert_eq!(std::fs::read(&faulty_path).unwrap(), clean);
    {
        let calls = calls.lock().unwrap();
        assert_eq!(calls.last().unwrap().bytes, clean.len() as u64);
        assert!(calls.iter().all(|p| p.total == Some(clean.len() as u64)));
        // Progress never goes backwards across the two resumes.
        assert!(calls.windows(2).all(|w| w[0].bytes <= w[1].bytes));
    }
    // Resumed into a writer too (the simulator honours Range).
    let proxy2 = cut_proxy(sim.addr(), vec![50_000]).await;
    let via2 = client_at(&sim, format!("http://{}/sandbox/api", proxy2.addr));
    let mut buf = Vec::new();
    let s = via2
        .download(Artifact::pcap(&first.id, "behavioral1"))
        .to_writer(&mut buf)
        .await
        .unwrap();
    assert_eq!(buf, clean);
    assert_eq!(s.resumes, 1);
    // And through the simulator's own faults (cut responses are retried).
    sim.set_faults(Faults::none().drops(0.5));
    for _ in 0..12 {
        if sim.fault_counts().dropped > 0 {
            break;
        }
        let mut buf = Vec::new();
        sb.download(Artifact::pcap(&first.id, "behavioral1"))
            .to_writer(&mut buf)
            .await
            .unwrap();
        assert_eq!(buf, clean);
    }
    assert!(sim.fault_counts().dropped > 0, "{:?}", sim.fault_counts());
    sim.set_faults(Faults::none());

    // A failed download leaves neither the final file nor the partial one.
    let missing = dir.path().join("missing.pcap");
    let e = sb
        .download(Artifact::pcap(&first.id, "behavioral9"))
        .to_path(&missing)
        .await
        .unwrap_err();
    assert_eq!(code(&e), Some(ErrorCode::NotFound));
    assert!(!missing.exists());
    assert!(!dir.path().join("missing.pcap.partial").exists());
    let names: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    assert!(names.iter().all(|n| !n.ends_with(".partial")), "{names:?}");
}

#[tokio::test]
async fn error_codes_are_typed() {
    let sim = sim(5).await;
    let sb = client(&sim);
    // 401 with a wrong key; the key never shows.
    let bad = Sandbox::builder()
        .base_url(sim.url(Service::Sandbox))
        .api_key("sbx-wrong-key-0000")
        .retry(fast_retry())
        .build()
        .unwrap();
    let e = bad.profiles().await.unwrap_err();
    assert_eq!(code(&e), Some(ErrorCode::Unauthorized));
    assert_eq!(e.api_kind(), Some(&ApiErrorKind::Unauthorized));
    assert!(e.is_auth());
    let text = format!("{e} {e:?} {bad:?}");
    assert!(!text.contains("sbx-wrong-key-0000"), "{text}");
    assert!(text.contains("SANDBOX_API_KEY"), "{text}");
    // 404 NOT_FOUND with the documented message.
    let e = sb.sample("000000-nothing000").await.unwrap_err();
    assert_eq!(code(&e), Some(ErrorCode::NotFound));
    assert!(e.to_string().contains("No sample with ID"), "{e}");
    // 400 INVALID from the service (a search field it does not know).
    let e = sb
        .search("colour:blue")
        .items()
        .try_next()
        .await
        .unwrap_err();
    assert_eq!(code(&e), Some(ErrorCode::Invalid));
    assert_eq!(e.api_kind(), Some(&ApiErrorKind::BadRequest));
    // 400 BAD_REQUEST: a body that is not JSON (sent raw: the client never does this).
    let resp = sb
        .core()
        .http()
        .post(sb.core().url("v0/profiles").unwrap())
        .header("content-type", "application/json")
        .body("{not json")
        .send()
        .await
        .unwrap();
    let e = sb.core().check(resp).await.unwrap_err();
    assert_eq!(code(&e), Some(ErrorCode::BadRequest));
    // 405 METHOD_NOT_ALLOWED.
    let resp = sb
        .core()
        .http()
        .delete(sb.core().url("v0/search").unwrap())
        .send()
        .await
        .unwrap();
    let e = sb.core().check(resp).await.unwrap_err();
    assert_eq!(code(&e), Some(ErrorCode::MethodNotAllowed));
    assert_eq!(e.status(), Some(405));
    // 500 INTERNAL is retried, then reported.
    sim.set_faults(Faults::none().server_errors(1.0));
    let before = sim.fault_counts().server_errors;
    let e = sb.profiles().await.unwrap_err();
    assert!(e.is_retryable());
    assert_eq!(e.api_kind(), Some(&ApiErrorKind::Server));
    assert_eq!(
        sim.fault_counts().server_errors - before,
        8,
        "every attempt was used"
    );
    // 429 on a submission is retried (the service did not take it).
    sim.set_faults(Faults {
        rate_limit_every: Some(2),
        retry_after_secs: 0,
        ..Faults::none()
    });
    let s = sb
        .submit_url("https://example.org/x", SubmitOptions::new())
        .await
        .unwrap();
    assert!(!s.id.is_empty());
}

#[tokio::test]
async fn bad_input_is_rejected_before_any_request() {
    let sim = sim(5).await;
    let sb = client(&sim);
    let dir = tempfile::tempdir().unwrap();
    let n = sim.fault_counts().requests;
    let is_input = |r: Result<(), Error>| matches!(r, Err(Error::InvalidInput { .. }));
    assert!(is_input(sb.sample("").await.map(drop)));
    assert!(is_input(sb.sample("a/b").await.map(drop)));
    assert!(is_input(sb.delete_sample(" ").await));
    assert!(is_input(sb.triage_report("s", "").await.map(drop)));
    assert!(is_input(sb.summary("..").await.map(drop)));
    assert!(is_input(sb.search("  ").first_page().await.map(drop)));
    assert!(is_input(sb.sample_events("").map(drop)));
    assert!(is_input(sb.wait_for("").await.map(drop)));
    assert!(is_input(
        sb.set_profiles("s", ProfileSelection::profiles(Vec::<String>::new()))
            .await
    ));
    assert!(is_input(
        sb.create_profile(ProfileInput::named("")).await.map(drop)
    ));
    let mut p = ProfileInput::named("x");
    p.timeout = Some(0);
    assert!(is_input(sb.create_profile(p).await.map(drop)));
    assert!(is_input(
        sb.submit_url("ftp://example.com/x", SubmitOptions::new())
            .await
            .map(drop)
    ));
    assert!(is_input(
        sb.submit_url("not a url", SubmitOptions::new())
            .await
            .map(drop)
    ));
    assert!(is_input(
        sb.submit_url("https://x.test/", SubmitOptions::new().file_name("a"))
            .await
            .map(drop)
    ));
    assert!(is_input(
        sb.submit_file(dir.path().join("absent.exe"), SubmitOptions::new())
            .await
            .map(drop)
    ));
    assert!(is_input(
        sb.submit_file(dir.path(), SubmitOptions::new())
            .await
            .map(drop)
    ));
    let path = write_file(dir.path(), "ok.bin", 10);
    assert!(is_input(
        sb.submit_file(
            &path,
            SubmitOptions::new().timeout(Duration::from_millis(10))
        )
        .await
        .map(drop)
    ));
    assert!(is_input(
        sb.submit_file(&path, SubmitOptions::new().profile(""))
            .await
            .map(drop)
    ));
    assert!(is_input(
        sb.submit_file(FileSource::reader(&b"abc"[..], ""), SubmitOptions::new())
            .await
            .map(drop)
    ));
    assert!(is_input(
        sb.download(Artifact::task_file("s", "t", "a/b"))
            .to_writer(&mut Vec::new())
            .await
            .map(drop)
    ));
    assert!(is_input(
        sb.sync_samples(
            Listing::Samples(Subset::Owned),
            secops::MemorySink::new(),
            MemoryCheckpoints::new()
        )
        .page_size(500)
        .await
        .map(drop)
    ));
    assert!(is_input(Sandbox::builder().build().map(drop)));
    assert!(is_input(
        Sandbox::builder()
            .api_key("k")
            .base_url("ftp://x")
            .build()
            .map(drop)
    ));
    assert_eq!(sim.fault_counts().requests, n, "no request was sent");
    // A password is a secret: never in Debug.
    let o = SubmitOptions::new().password("infected-pw-123");
    assert!(!format!("{o:?}").contains("infected-pw-123"));
}

/// The only test of this binary that touches SANDBOX_API_KEY / SANDBOX_URL.
#[test]
fn from_env_reads_the_key_and_the_server() {
    std::env::remove_var("SANDBOX_API_KEY");
    std::env::remove_var("SANDBOX_URL");
    let e = Sandbox::from_env().unwrap_err();
    assert!(matches!(e, Error::InvalidInput { .. }));
    assert!(e.to_string().contains("SANDBOX_API_KEY"), "{e}");
    std::env::set_var("SANDBOX_API_KEY", "sbx-env-secret-42");
    let sb = Sandbox::from_env().unwrap();
    assert_eq!(
        sb.core().base().as_str(),
        "https://sandbox.recordedfuture.com/api/"
    );
    assert!(!format!("{sb:?}").contains("sbx-env-secret-42"));
    std::env::set_var("SANDBOX_URL", "private");
    assert_eq!(
        Sandbox::from_env().unwrap().core().base().as_str(),
        "https://private.tria.ge/api/"
    );
    std::env::set_var("SANDBOX_URL", "http://127.0.0.1:9/sandbox/api");
    assert_eq!(
        Sandbox::from_env().unwrap().core().base().as_str(),
        "http://127.0.0.1:9/sandbox/api/"
    );
    std::env::set_var("SANDBOX_URL", "somewhere");
    assert!(matches!(
        Sandbox::from_env(),
        Err(Error::InvalidInput { .. })
    ));
    std::env::remove_var("SANDBOX_API_KEY");
    std::env::remove_var("SANDBOX_URL");
}

#[tokio::test]
async fn submit_from_a_reader_streams_without_a_length() {
    let sim = sim(5).await;
    let sb = client(&sim);
    let data: Vec<u8> = (0..200_000u32).map(|i| (i % 7) as u8).collect();
    let reader = std::io::Cursor::new(data.clone());
    let s = sb
        .submit_file(
            FileSource::reader(reader, "stream.bin"),
            SubmitOptions::new(),
        )
        .await
        .unwrap();
    assert_eq!(s.filename.as_deref(), Some("stream.bin"));
    let mut back = Vec::new();
    sb.download(Artifact::Sample(s.id.clone()))
        .to_writer(&mut back)
        .await
        .unwrap();
    assert_eq!(back, data);
}

// ---------------------------------------------------------------------------
// Simulator / spec agreement: every JSON body the simulator produces validates
// against the response schema of `specs/sandbox.yaml`.

fn spec() -> serde_json::Value {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/specs/sandbox.yaml"))
        .unwrap();
    yaml_serde::from_str(&text).unwrap()
}

/// OpenAPI 3.0 schema → JSON Schema: `nullable` becomes a `null` alternative and
/// `#/components/schemas/X` refs point into `$defs`.
fn to_json_schema(v: &serde_json::Value) -> serde_json::Value {
    use serde_json::Value;
    match v {
        Value::Object(m) => {
            let mut out = serde_json::Map::new();
            for (k, val) in m {
                match k.as_str() {
                    "$ref" => {
                        let r = val
                            .as_str()
                            .unwrap()
                            .replace("#/components/schemas/", "#/$defs/");
                        out.insert(k.clone(), Value::String(r));
                    }
                    "nullable" | "example" | "x-secops-inferred" => {}
                    _ => {
                        out.insert(k.clone(), to_json_schema(val));
                    }
                }
            }
            if m.get("nullable") == Some(&Value::Bool(true)) {
                return serde_json::json!({"anyOf": [Value::Object(out), {"type": "null"}]});
            }
            Value::Object(out)
        }
        Value::Array(a) => Value::Array(a.iter().map(to_json_schema).collect()),
        other => other.clone(),
    }
}

fn validator(spec: &serde_json::Value, name: &str) -> jsonschema::Validator {
    let defs = to_json_schema(&spec["components"]["schemas"]);
    let schema = serde_json::json!({"$defs": defs, "$ref": format!("#/$defs/{name}")});
    jsonschema::validator_for(&schema).unwrap()
}

#[tokio::test]
async fn simulator_bodies_match_the_spec() {
    let spec = spec();
    let sim = sim(30).await;
    let sb = client(&sim);
    let http = sb.core().http().clone();
    let dir = tempfile::tempdir().unwrap();
    let path = write_file(dir.path(), "x.exe", 5000);
    let s = sb
        .submit_file(&path, SubmitOptions::new().profile("windows7-sp1-x64"))
        .await
        .unwrap();
    sb.wait_for(&s.id).await.unwrap();
    let id = &s.id;
    let checks: Vec<(String, &str)> = vec![
        (format!("v0/samples/{id}"), "Sample"),
        ("v0/samples?subset=public&limit=5".into(), "SamplePage"),
        ("v0/samples?subset=owned".into(), "SamplePage"),
        ("v0/search?query=family:emotet&limit=3".into(), "SamplePage"),
        (format!("v0/samples/{id}/summary"), "SampleSummary"),
        (format!("v1/samples/{id}/overview.json"), "OverviewReport"),
        (format!("v0/samples/{id}/reports/static"), "StaticReport"),
        (
            format!("v0/samples/{id}/behavioral1/report_triage.json"),
            "TriageReport",
        ),
        ("v0/profiles".into(), "ProfileList"),
        ("v0/profiles/ubuntu-22.04-amd64".into(), "Profile"),
        ("v0/samples/nope".into(), "Error"),
        ("v0/search?query=zzz:1".into(), "Error"),
    ];
    for (p, schema) in checks {
        let url = format!("{}/{}", sim.url(Service::Sandbox), p);
        let body: serde_json::Value = http.get(&url).send().await.unwrap().json().await.unwrap();
        let v = validator(&spec, schema);
        let errors: Vec<String> = v.iter_errors(&body).map(|e| e.to_string()).collect();
        assert!(errors.is_empty(), "{p} vs {schema}: {errors:?}\n{body}");
    }
    // Event lines are Sample objects.
    let url = format!("{}/v0/samples/{id}/events", sim.url(Service::Sandbox));
    let text = http.get(&url).send().await.unwrap().text().await.unwrap();
    let v = validator(&spec, "Sample");
    for line in text.lines() {
        let body: serde_json::Value = serde_json::from_str(line).unwrap();
        assert!(v.is_valid(&body), "{line}");
    }
}

// ---------------------------------------------------------------------------
// Contract: Stoplight Prism validates every request the client makes against
// `specs/sandbox.yaml` (with the hand-written multipart body added).

/// The spec Prism runs: the multipart form of `POST /v0/samples` joins the JSON one.
fn prism_spec(dir: &Path) -> std::path::PathBuf {
    let mut spec = spec();
    let body = spec["components"]["requestBodies"]["FileSubmission"]["content"]
        ["multipart/form-data"]
        .clone();
    let op = &mut spec["paths"]["/v0/samples"]["post"];
    assert_eq!(
        op["x-secops-multipart-body"],
        serde_json::json!("#/components/requestBodies/FileSubmission")
    );
    op["requestBody"]["content"]["multipart/form-data"] = body;
    let path = dir.join("sandbox-prism.json");
    std::fs::write(&path, serde_json::to_vec_pretty(&spec).unwrap()).unwrap();
    path
}

/// Fails on a request Prism rejected (422 validation, 401 auth, 400/415 shape).
fn accepted<T: std::fmt::Debug>(what: &str, r: Result<T, Error>) -> Option<T> {
    match r {
        Ok(v) => Some(v),
        Err(e) => {
            let status = e.status();
            assert!(
                !matches!(status, Some(400) | Some(401) | Some(415) | Some(422)),
                "Prism rejected {what}: {e}"
            );
            // Prism may invent a response body the typed decoder refuses; the
            // request itself was accepted.
            assert!(
                matches!(e, Error::Decode { .. } | Error::Protocol { .. }),
                "{what}: {e}"
            );
            eprintln!("note: {what}: accepted, but Prism's invented body did not decode: {e}");
            None
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn prism_validates_every_request() {
    let Some(bin) =
        support::peers::peer("SECOPS_PRISM", "node_modules/.bin/prism", "Stoplight Prism")
    else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let spec = prism_spec(dir.path());
    let prism = support::peers::start_prism(&bin, &spec);
    let sb = Sandbox::builder()
        .base_url(format!("{}/", prism.url))
        .api_key("prism-test-key")
        .retry(RetryPolicy::none())
        .build()
        .unwrap();
    let id = "240601-abcdefghij";
    accepted(
        "listSamples",
        sb.samples(Subset::Public)
            .page_size(5)
            .pages()
            .try_next()
            .await,
    );
    accepted(
        "searchSamples",
        sb.search("family:emotet")
            .page_size(5)
            .pages()
            .try_next()
            .await,
    );
    accepted("getSample", sb.sample(id).await);
    accepted("deleteSample", sb.delete_sample(id).await);
    accepted(
        "setSampleProfiles",
        sb.set_profiles(id, ProfileSelection::profiles(["w10"]))
            .await,
    );
    accepted("getSampleSummary", sb.summary(id).await);
    accepted("getOverviewReport", sb.overview_report(id).await);
    accepted("getStaticReport", sb.static_report(id).await);
    accepted("getTriageReport", sb.triage_report(id, "behavioral1").await);
    accepted("listProfiles", sb.profiles().await);
    let mut p = ProfileInput::named("p1");
    p.timeout = Some(30);
    accepted("createProfile", sb.create_profile(p.clone()).await);
    accepted("getProfile", sb.profile("p1").await);
    accepted("updateProfile", sb.update_profile("p1", p).await);
    accepted("deleteProfile", sb.delete_profile("p1").await);
    let opts = SubmitOptions::new()
        .profile("w10")
        .timeout(Duration::from_secs(60))
        .network(Network::Drop)
        .user_tag("a:b");
    accepted(
        "submitSampleUrl",
        sb.submit_url("https://example.com/x", opts.clone()).await,
    );
    let file = write_file(dir.path(), "f.exe", 4096);
    accepted(
        "submitSample (multipart)",
        sb.submit_file(&file, opts).await,
    );
    for a in [
        Artifact::Sample(id.into()),
        Artifact::Archive(id.into()),
        Artifact::pcap(id, "behavioral1"),
        Artifact::StaticReport(id.into()),
    ] {
        accepted(
            &format!("{a:?}"),
            sb.download(a.clone()).to_writer(&mut Vec::new()).await,
        );
    }
    // The event streams: the request is accepted (Prism cannot invent NDJSON).
    for path in [
        format!("v0/samples/{id}/events"),
        "v0/samples/events".to_string(),
    ] {
        let resp = sb
            .core()
            .http()
            .get(sb.core().url(&path).unwrap())
            .send()
            .await
            .unwrap();
        assert!(resp.status().is_success(), "{path}: {}", resp.status());
    }
    // And Prism does reject what the spec forbids: a multipart submission without its
    // `_json` part, a missing token, a limit over 200.
    let form = reqwest::multipart::Form::new().part(
        "file",
        reqwest::multipart::Part::bytes(vec![1u8, 2, 3])
            .file_name("x.bin")
            .mime_str("application/octet-stream")
            .unwrap(),
    );
    let fresh = reqwest::Client::new();
    let no_json = fresh
        .post(format!("{}/v0/samples", prism.url))
        .bearer_auth("prism-test-key")
        .multipart(form)
        .send()
        .await
        .unwrap();
    assert!(
        matches!(no_json.status().as_u16(), 400 | 422),
        "{}",
        no_json.status()
    );
    assert!(no_json.headers().get("sl-violations").is_some());
    let no_auth = reqwest::Client::new()
        .get(format!("{}/v0/profiles", prism.url))
        .send()
        .await
        .unwrap();
    assert_eq!(no_auth.status().as_u16(), 401);
    let too_big = fresh
        .get(format!("{}/v0/samples?limit=500", prism.url))
        .bearer_auth("prism-test-key")
        .send()
        .await
        .unwrap();
    // Prism answers a validation failure with the operation's 422 or, failing that, its 400.
    assert!(
        matches!(too_big.status().as_u16(), 400 | 422),
        "{}",
        too_big.status()
    );
    let violations = too_big
        .headers()
        .get("sl-violations")
        .map(|v| v.to_str().unwrap().to_string())
        .unwrap_or_default();
    assert!(violations.contains("limit"), "{violations:?}");
}

/// A real server (Prism serving `specs/sandbox.yaml`) behind a proxy that cuts
/// every second `GET /v0/samples/{id}` body mid-way: the generated client
/// fetches the exchange again instead of failing on the cut body.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn generated_calls_refetch_bodies_a_real_server_had_cut() {
    let Some(bin) =
        support::peers::peer("SECOPS_PRISM", "node_modules/.bin/prism", "Stoplight Prism")
    else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let spec = prism_spec(dir.path());
    let prism = support::peers::start_prism(&bin, &spec);
    let (proxy, cuts) = support::peers::cutting_proxy(prism.url.clone(), 2, |method, path| {
        method == "GET" && path.starts_with("/v0/samples/24")
    })
    .await;
    let sb = Sandbox::builder()
        .base_url(format!("{proxy}/"))
        .api_key("prism-test-key")
        .retry(
            RetryPolicy::default()
                .max_attempts(3)
                .initial_backoff(Duration::from_millis(1))
                .max_backoff(Duration::from_millis(2)),
        )
        .build()
        .unwrap();
    for _ in 0..6 {
        match sb.sample("240601-abcdefghij").await {
            Ok(s) => assert!(!s.id.is_empty()),
            // Prism may invent a body the typed decoder refuses; a cut body
            // would be a transport error instead.
            Err(e) => assert!(matches!(e, Error::Decode { .. }), "{e}"),
        }
    }
    // Responses 2, 4, .. 10 were cut: each call after the first had its
    // first answer cut and was answered whole on the retry.
    assert_eq!(
        cuts.load(Ordering::Relaxed),
        5,
        "every second response was cut"
    );
    assert_eq!(sb.core().retry_policy().stats().retries(), 5);
}
