//! The shared retry policy (`secops::retry`) against a scripted loopback
//! HTTP server. Waiting tests run with paused tokio time: the elapsed times
//! asserted are virtual (the clock jumps over each backoff), never wall-clock.

use std::collections::VecDeque;
use std::io::Write as _;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime};

use secops::config::{parse_error_generic, HttpCore};
use secops::retry::{classify_result, Decision};
use secops::{ApiError, ApiErrorKind, Auth, ClientBuilder, Error, RetryPolicy, Service};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;
use tokio::time::Instant;

/// One scripted answer.
#[derive(Clone, Debug)]
enum Reply {
    /// A status, extra headers and a body.
    Status(u16, Vec<(&'static str, String)>, &'static str),
    /// Close the connection without answering.
    Close,
    /// Announce a 100-byte body, send 10 bytes and close.
    CutBody,
}

fn status(code: u16) -> Reply {
    Reply::Status(code, vec![], "{}")
}

fn retry_after(code: u16, value: impl Into<String>) -> Reply {
    Reply::Status(code, vec![("retry-after", value.into())], "{}")
}

fn ok() -> Reply {
    Reply::Status(200, vec![], r#"{"ok":true}"#)
}

#[derive(Default)]
struct Server {
    script: Mutex<VecDeque<Reply>>,
    /// Request lines (method and path) in the order received.
    requests: Mutex<Vec<String>>,
    hits: AtomicUsize,
}

impl Server {
    fn hits(&self) -> usize {
        self.hits.load(Ordering::SeqCst)
    }
}

/// Serves `script` in order (the last reply repeats), one request per connection.
async fn serve(script: Vec<Reply>) -> (String, Arc<Server>) {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let server = Arc::new(Server {
        script: Mutex::new(script.into()),
        ..Server::default()
    });
    let s = server.clone();
    tokio::spawn(async move {
        loop {
            let Ok((mut conn, _)) = listener.accept().await else {
                return;
            };
            let s = s.clone();
            tokio::spawn(async move {
                let mut buf = Vec::new();
                let mut chunk = [0u8; 4096];
                let head_end = loop {
                    let n = conn.read(&mut chunk).await.unwrap_or(0);
                    if n == 0 {
                        return;
                    }
                    buf.extend_from_slice(&chunk[..n]);
                    if let Some(i) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
                        break i + 4;
                    }
                };
                let head = String::from_utf8_lossy(&buf[..head_end]).to_string();
                let len: usize = head
                    .lines()
                    .find_map(|l| {
                        let (k, v) = l.split_once(':')?;
                        k.eq_ignore_ascii_case("content-length")
                            .then(|| v.trim().parse().ok())?
                    })
                    .unwrap_or(0);
                while buf.len() < head_end + len {
                    let n = conn.read(&mut chunk).await.unwrap_or(0);
                    if n == 0 {
                        break;
                    }
                    buf.extend_from_slice(&chunk[..n]);
                }
                s.requests
                    .lock()
                    .unwrap()
                    .push(head.lines().next().unwrap_or_default().to_string());
                s.hits.fetch_add(1, Ordering::SeqCst);
                let reply = {
                    let mut script = s.script.lock().unwrap();
                    if script.len() > 1 {
                        script.pop_front().unwrap()
                    } else {
                        script.front().cloned().unwrap_or_else(ok)
                    }
                };
                let mut out = Vec::new();
                match reply {
                    Reply::Close => return,
                    Reply::CutBody => {
                        out.extend_from_slice(
                            b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 100\r\nconnection: close\r\n\r\n{\"items\":[",
                        );
                    }
                    Reply::Status(code, headers, body) => {
                        write!(out, "HTTP/1.1 {code} X\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n", body.len()).unwrap();
                        for (k, v) in headers {
                            write!(out, "{k}: {v}\r\n").unwrap();
                        }
                        out.extend_from_slice(b"\r\n");
                        out.extend_from_slice(body.as_bytes());
                    }
                }
                let _ = conn.write_all(&out).await;
                let _ = conn.shutdown().await;
            });
        }
    });
    (url, server)
}

/// A client without timeouts: under paused time a pending timeout could fire
/// while the loopback server is answering.
fn client() -> reqwest::Client {
    reqwest::Client::builder().build().unwrap()
}

fn policy() -> RetryPolicy {
    RetryPolicy::default()
        .max_attempts(6)
        .initial_backoff(Duration::from_millis(100))
        .max_backoff(Duration::from_secs(2))
        .deadline(Duration::from_secs(600))
}

async fn get(policy: &RetryPolicy, url: &str) -> reqwest::Response {
    let req = client().get(format!("{url}/items")).build().unwrap();
    policy
        .send(Service::Sandbox, "list_items", &client(), req, false)
        .await
        .unwrap()
}

#[tokio::test(start_paused = true)]
async fn retry_after_in_seconds_is_honoured() {
    let (url, server) = serve(vec![retry_after(429, "7"), ok()]).await;
    let p = policy();
    let t0 = Instant::now();
    let resp = get(&p, &url).await;
    let waited = t0.elapsed();
    assert_eq!(resp.status(), 200);
    assert_eq!(server.hits(), 2);
    assert_eq!(p.stats().retries(), 1);
    // The server's 7 s, not the policy's 100 ms backoff (and not capped by max_backoff).
    assert!(
        waited >= Duration::from_secs(7) && waited < Duration::from_millis(7500),
        "{waited:?}"
    );
}

#[tokio::test(start_paused = true)]
async fn retry_after_as_an_http_date_is_honoured() {
    let when = httpdate::fmt_http_date(SystemTime::now() + Duration::from_secs(30));
    let (url, server) = serve(vec![retry_after(503, when), ok()]).await;
    let p = policy();
    let t0 = Instant::now();
    assert_eq!(get(&p, &url).await.status(), 200);
    let waited = t0.elapsed();
    assert_eq!(server.hits(), 2);
    // HTTP dates have one-second resolution.
    assert!(
        waited >= Duration::from_secs(28) && waited <= Duration::from_secs(30),
        "{waited:?}"
    );
}

#[tokio::test(start_paused = true)]
async fn retry_after_is_ignored_on_statuses_other_than_429_and_503() {
    let (url, server) = serve(vec![retry_after(500, "60"), ok()]).await;
    let p = policy();
    let t0 = Instant::now();
    assert_eq!(get(&p, &url).await.status(), 200);
    assert_eq!(server.hits(), 2);
    // The backoff (≤ 100 ms), not 60 s.
    assert!(
        t0.elapsed() <= Duration::from_millis(100),
        "{:?}",
        t0.elapsed()
    );
}

#[tokio::test(start_paused = true)]
async fn backoff_is_jittered_and_bounded_by_the_exponential_ceiling() {
    // Four failures, then success: ceilings 100 + 200 + 400 + 800 ms.
    let mut waits = Vec::new();
    for _ in 0..8 {
        let (url, server) = serve(vec![
            status(500),
            status(502),
            status(504),
            status(408),
            ok(),
        ])
        .await;
        let p = policy();
        let t0 = Instant::now();
        assert_eq!(get(&p, &url).await.status(), 200);
        let waited = t0.elapsed();
        assert_eq!(server.hits(), 5);
        assert_eq!(p.stats().retries(), 4);
        assert!(waited <= Duration::from_millis(1500), "{waited:?}");
        waits.push(waited);
    }
    // Full jitter: the waits differ from run to run.
    waits.sort();
    waits.dedup();
    assert!(waits.len() > 1, "no jitter: {waits:?}");

    // The ceiling grows exponentially and stops at max_backoff; samples stay under it.
    let p = policy();
    let ceilings: Vec<_> = (1..=7).map(|r| p.backoff_ceiling(r).as_millis()).collect();
    assert_eq!(ceilings, vec![100, 200, 400, 800, 1600, 2000, 2000]);
    let samples: Vec<_> = (0..2000).map(|_| p.backoff(3)).collect();
    assert!(samples.iter().all(|d| *d <= Duration::from_millis(400)));
    let mean = samples.iter().sum::<Duration>() / samples.len() as u32;
    assert!(
        mean > Duration::from_millis(150) && mean < Duration::from_millis(250),
        "{mean:?}"
    );
}

#[tokio::test(start_paused = true)]
async fn attempts_stop_at_max_attempts_and_return_the_last_response() {
    let (url, server) = serve(vec![status(503)]).await;
    let p = policy().max_attempts(3);
    let resp = get(&p, &url).await;
    assert_eq!(resp.status(), 503);
    assert_eq!(server.hits(), 3);
    assert_eq!(p.stats().retries(), 2);
}

#[tokio::test(start_paused = true)]
async fn the_deadline_is_never_crossed() {
    // Retry-After 5 s each time, deadline 12 s: attempts at 0, 5, 10; a third wait would end at 15.
    let (url, server) = serve(vec![retry_after(429, "5")]).await;
    let p = policy().max_attempts(100).deadline(Duration::from_secs(12));
    let t0 = Instant::now();
    let resp = get(&p, &url).await;
    let waited = t0.elapsed();
    assert_eq!(resp.status(), 429);
    assert_eq!(server.hits(), 3);
    assert!(
        waited >= Duration::from_secs(10) && waited < Duration::from_millis(10500),
        "{waited:?}"
    );
}

#[tokio::test(start_paused = true)]
async fn a_huge_retry_after_saturates_instead_of_overflowing() {
    for value in ["18446744073709551615", "99999999999"] {
        let (url, server) = serve(vec![retry_after(429, value), ok()]).await;
        let p = policy().deadline(Duration::from_secs(60));
        let t0 = Instant::now();
        let resp = get(&p, &url).await;
        // Waiting would cross the deadline: the 429 is returned at once.
        assert_eq!(resp.status(), 429);
        assert_eq!(server.hits(), 1);
        assert_eq!(t0.elapsed(), Duration::ZERO);
    }
    // Deadline arithmetic with enormous settings does not panic either.
    let p = RetryPolicy::default()
        .initial_backoff(Duration::MAX)
        .max_backoff(Duration::MAX)
        .deadline(Duration::MAX);
    assert_eq!(p.backoff_ceiling(40), Duration::MAX);
}

#[tokio::test(start_paused = true)]
async fn client_errors_are_not_retried() {
    for code in [400u16, 401, 403, 404, 409, 410, 422, 501] {
        let (url, server) = serve(vec![status(code), ok()]).await;
        let p = policy();
        assert_eq!(get(&p, &url).await.status(), code);
        assert_eq!(server.hits(), 1, "{code}");
        assert_eq!(p.stats().retries(), 0);
    }
}

#[tokio::test(start_paused = true)]
async fn only_idempotent_methods_are_retried_unless_the_call_opts_in() {
    for (method, opt_in, hits) in [
        (reqwest::Method::POST, false, 1),
        (reqwest::Method::PATCH, false, 1),
        (reqwest::Method::POST, true, 2),
        (reqwest::Method::PUT, false, 2),
        (reqwest::Method::DELETE, false, 2),
        (reqwest::Method::HEAD, false, 2),
        (reqwest::Method::OPTIONS, false, 2),
    ] {
        let (url, server) = serve(vec![status(503), ok()]).await;
        let p = policy();
        let req = client()
            .request(method.clone(), format!("{url}/x"))
            .body("{\"a\":1}")
            .build()
            .unwrap();
        let resp = p
            .send(Service::Sie, "op", &client(), req, opt_in)
            .await
            .unwrap();
        assert_eq!(server.hits(), hits, "{method} opt_in={opt_in}");
        assert_eq!(resp.status(), if hits == 1 { 503 } else { 200 });
        // Every attempt re-sent the whole request.
        assert!(server
            .requests
            .lock()
            .unwrap()
            .iter()
            .all(|l| l.starts_with(method.as_str())));
    }
}

#[tokio::test(start_paused = true)]
async fn a_body_that_cannot_be_cloned_is_sent_once() {
    let (url, server) = serve(vec![status(503), ok()]).await;
    let p = policy();
    let stream = futures::stream::iter(vec![Ok::<_, std::io::Error>(bytes::Bytes::from_static(
        b"abc",
    ))]);
    let req = client()
        .put(format!("{url}/upload"))
        .body(reqwest::Body::wrap_stream(stream))
        .build()
        .unwrap();
    let resp = p
        .send(Service::Sandbox, "upload", &client(), req, true)
        .await
        .unwrap();
    assert_eq!(resp.status(), 503);
    assert_eq!(server.hits(), 1);
}

#[tokio::test(start_paused = true)]
async fn connection_errors_are_retried() {
    let (url, server) = serve(vec![Reply::Close, Reply::Close, ok()]).await;
    let p = policy();
    assert_eq!(get(&p, &url).await.status(), 200);
    assert_eq!(server.hits(), 3);
    assert_eq!(p.stats().retries(), 2);
}

#[tokio::test]
async fn a_body_cut_mid_stream_is_a_retryable_transport_error() {
    // Real time, but no real waiting: zero backoff.
    let (url, server) = serve(vec![Reply::CutBody, Reply::CutBody, ok()]).await;
    let cfg = ClientBuilder::<()>::new()
        .base_url(&url)
        .api_key("k-123456")
        .retry(policy().initial_backoff(Duration::ZERO))
        .config()
        .clone();
    let core = HttpCore::new(
        Service::Sandbox,
        &cfg,
        "https://x.invalid",
        Auth::Bearer,
        parse_error_generic,
    )
    .unwrap();
    // One attempt = request + body read + decode; the cut body is retried.
    let (v, _) = core
        .get_json::<serde_json::Value, _>("list_items", "items", &[("limit", "10")])
        .await
        .unwrap();
    assert_eq!(v["ok"], true);
    assert_eq!(server.hits(), 3);
    assert_eq!(core.retry_policy().stats().retries(), 2);

    // Without retries the error is the Transport one.
    let (url, _server) = serve(vec![Reply::CutBody]).await;
    let resp = client().get(format!("{url}/items")).send().await.unwrap();
    let err = Error::from_reqwest(Service::Sandbox, resp.bytes().await.unwrap_err());
    assert!(matches!(err, Error::Transport { .. }), "{err:?}");
    assert!(err.is_retryable());
    // While a body that is complete but not JSON is a (non-retryable) decode error.
    let (url, _server) = serve(vec![Reply::Status(200, vec![], "not json")]).await;
    let resp = client().get(format!("{url}/items")).send().await.unwrap();
    let err = Error::from_reqwest(
        Service::Sandbox,
        resp.json::<serde_json::Value>().await.unwrap_err(),
    );
    assert!(matches!(err, Error::Decode { .. }), "{err:?}");
    assert!(!err.is_retryable());
}

#[tokio::test(start_paused = true)]
async fn hand_written_flows_retry_crate_errors_and_honour_their_retry_after() {
    let p = policy();
    let mut calls = 0;
    let t0 = Instant::now();
    let out: secops::Result<u32> = p
        .retry(Service::Defendis, "export", true, |attempt| {
            calls += 1;
            async move {
                if attempt < 3 {
                    let mut e = ApiError::new(Service::Defendis, 429, ApiErrorKind::RateLimited);
                    e.retry_after = Some(Duration::from_secs(4));
                    Err(e.into())
                } else {
                    Ok(attempt)
                }
            }
        })
        .await;
    assert_eq!(out.unwrap(), 3);
    assert_eq!(calls, 3);
    let waited = t0.elapsed();
    assert!(
        waited >= Duration::from_secs(8) && waited < Duration::from_millis(8500),
        "{waited:?}"
    );

    // Non-retryable crate errors are handed back at once.
    let mut calls = 0;
    let out: secops::Result<()> = p
        .retry(Service::Defendis, "export", true, |_| {
            calls += 1;
            async { Err(Error::invalid_input("bad")) }
        })
        .await;
    assert!(out.is_err());
    assert_eq!(calls, 1);
    assert_eq!(
        classify_result::<()>(&Err(Error::invalid_input("x"))),
        Decision::Done
    );
}

/// A `MakeWriter` collecting tracing output in memory.
#[derive(Clone, Default)]
struct Captured(Arc<Mutex<Vec<u8>>>);

impl std::io::Write for Captured {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl<'a> tracing_subscriber::fmt::MakeWriter<'a> for Captured {
    type Writer = Captured;
    fn make_writer(&'a self) -> Self::Writer {
        self.clone()
    }
}

#[tokio::test(start_paused = true)]
async fn each_retry_is_traced_without_urls_or_keys() {
    // A global subscriber: a thread-scoped one races with the other tests of
    // this binary over tracing's per-callsite interest cache. Other tests log
    // into it too; only this test's lines (operation `fetch_channel`) are checked.
    let logs = Captured::default();
    let subscriber = tracing_subscriber::fmt()
        .with_writer(logs.clone())
        .with_max_level(tracing::Level::TRACE)
        .with_ansi(false)
        .finish();
    tracing::subscriber::set_global_default(subscriber).expect("the only global subscriber");

    let (url, server) = serve(vec![
        retry_after(429, "2"),
        status(503),
        retry_after(429, "100"),
    ])
    .await;
    let secret = "sk-live-9f8e7d6c5b4a";
    let mut auth = reqwest::header::HeaderValue::from_str(&format!("Bearer {secret}")).unwrap();
    auth.set_sensitive(true);
    let req = client()
        .get(format!(
            "{url}/download?X-Amz-Signature=presigned-sig-0042&key={secret}"
        ))
        .header(reqwest::header::AUTHORIZATION, auth)
        .build()
        .unwrap();
    let p = policy().deadline(Duration::from_secs(30));
    let resp = p
        .send(Service::Sie, "fetch_channel", &client(), req, false)
        .await
        .unwrap();
    assert_eq!(resp.status(), 429);
    assert_eq!(server.hits(), 3);

    let all = String::from_utf8(logs.0.lock().unwrap().clone()).unwrap();
    let text: String = all
        .lines()
        .filter(|l| l.contains("fetch_channel"))
        .map(|l| format!("{l}\n"))
        .collect();
    // One event per retry, with status and attempt, and one for giving up at the deadline.
    assert_eq!(text.matches(": retrying").count(), 2, "{text}");
    assert!(
        text.contains("status=429") && text.contains("status=503"),
        "{text}"
    );
    assert!(
        text.contains("attempt=1") && text.contains("attempt=2"),
        "{text}"
    );
    assert!(text.contains("delay_ms=2000"), "{text}");
    assert!(text.contains("deadline"), "{text}");
    assert!(text.contains("fetch_channel"), "{text}");
    // No key or presigned signature anywhere (hyper's own TRACE lines included)...
    for leak in [secret, "presigned-sig-0042", "X-Amz-Signature"] {
        assert!(!all.contains(leak), "{leak} leaked into the logs: {all}");
    }
    // ...and the crate's own events do not even name the host or path.
    let ours: String = all.lines().filter(|l| l.contains(" secops::")).collect();
    assert!(!ours.is_empty());
    for leak in ["127.0.0.1", "/download"] {
        assert!(!ours.contains(leak), "{leak} in the crate's logs: {ours}");
    }
}
