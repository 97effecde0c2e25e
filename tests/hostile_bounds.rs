//! Hostile servers: bodies that never end, lines without a newline, absurd page
//! counts and `Retry-After` of 31 years. Each one must end with a clear error
//! naming the limit, stopped by the limit (never by memory or wall time).
//!
//! The servers are raw HTTP/1.1 on loopback (tokio `TcpListener`).

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Duration;

use futures::{StreamExt, TryStreamExt};
use secops::defectdojo::DefectDojo;
use secops::limits::{DEFAULT_MAX_BODY, DEFAULT_MAX_LINE, MAX_PLANNED_PAGES};
use secops::retry::MAX_SERVER_WAIT;
use secops::sandbox::Sandbox;
use secops::sie::{Channel, SieBatch, Window};
use secops::sim::Simulator;
use secops::taxii::Taxii;
use secops::{Error, RetryPolicy, Service};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

const MIB: usize = 1024 * 1024;
const SIE_KEY: &str = "3f2504e0-4f89-41d3-9a0c-0305e82c3301";

/// What the server answers to every request.
#[derive(Clone)]
enum Reply {
    /// A whole response.
    Fixed {
        status: u16,
        headers: Vec<(&'static str, String)>,
        body: Vec<u8>,
    },
    /// `prefix`, then `repeat` over and over until the client goes away
    /// (no `Content-Length`: the body would end with the connection).
    Endless {
        content_type: &'static str,
        prefix: Vec<u8>,
        repeat: Vec<u8>,
    },
}

struct Server {
    base: String,
    /// Body bytes written to clients.
    sent: Arc<AtomicU64>,
    /// Requests answered.
    requests: Arc<AtomicU64>,
    task: tokio::task::JoinHandle<()>,
}

impl Drop for Server {
    fn drop(&mut self) {
        self.task.abort();
    }
}

async fn serve(reply: Reply) -> Server {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let sent = Arc::new(AtomicU64::new(0));
    let requests = Arc::new(AtomicU64::new(0));
    let (s, r) = (sent.clone(), requests.clone());
    let task = tokio::spawn(async move {
        loop {
            let Ok((conn, _)) = listener.accept().await else {
                return;
            };
            let (reply, s, r) = (reply.clone(), s.clone(), r.clone());
            tokio::spawn(async move {
                let _ = answer(conn, reply, s, r).await;
            });
        }
    });
    Server {
        base,
        sent,
        requests,
        task,
    }
}

/// Reads one request (head and `Content-Length` body), writes the reply, closes.
async fn answer(
    mut conn: TcpStream,
    reply: Reply,
    sent: Arc<AtomicU64>,
    requests: Arc<AtomicU64>,
) -> std::io::Result<()> {
    let mut buf = Vec::new();
    let mut tmp = [0u8; 4096];
    let head_end = loop {
        let n = conn.read(&mut tmp).await?;
        if n == 0 {
            return Ok(());
        }
        buf.extend_from_slice(&tmp[..n]);
        if let Some(i) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
            break i + 4;
        }
    };
    let head = String::from_utf8_lossy(&buf[..head_end]).to_ascii_lowercase();
    let len: usize = head
        .lines()
        .find_map(|l| l.strip_prefix("content-length:"))
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or(0);
    while buf.len() < head_end + len {
        let n = conn.read(&mut tmp).await?;
        if n == 0 {
            break;
        }
        buf.extend_from_slice(&tmp[..n]);
    }
    requests.fetch_add(1, Ordering::Relaxed);
    match reply {
        Reply::Fixed {
            status,
            headers,
            body,
        } => {
            let mut out = format!(
                "HTTP/1.1 {status} X\r\ncontent-length: {}\r\nconnection: close\r\n",
                body.len()
            );
            for (k, v) in headers {
                out.push_str(&format!("{k}: {v}\r\n"));
            }
            out.push_str("\r\n");
            conn.write_all(out.as_bytes()).await?;
            conn.write_all(&body).await?;
            sent.fetch_add(body.len() as u64, Ordering::Relaxed);
            conn.shutdown().await
        }
        Reply::Endless {
            content_type,
            prefix,
            repeat,
        } => {
            let head = format!(
                "HTTP/1.1 200 OK\r\ncontent-type: {content_type}\r\nconnection: close\r\n\r\n"
            );
            conn.write_all(head.as_bytes()).await?;
            conn.write_all(&prefix).await?;
            sent.fetch_add(prefix.len() as u64, Ordering::Relaxed);
            let block = repeat.repeat((64 * 1024 / repeat.len()).max(1));
            loop {
                // Fails once the client has given up and closed the connection.
                conn.write_all(&block).await?;
                sent.fetch_add(block.len() as u64, Ordering::Relaxed);
            }
        }
    }
}

fn protocol_message(e: &Error) -> &str {
    match e {
        Error::Protocol { message, .. } => message,
        other => panic!("expected a protocol error, got {other:?}"),
    }
}

#[test]
fn defaults_are_generous_and_documented() {
    assert_eq!(DEFAULT_MAX_BODY, 64 * MIB);
    assert_eq!(DEFAULT_MAX_LINE, 16 * MIB);
    assert_eq!(MAX_PLANNED_PAGES, 10_000_000);
    let b = Taxii::builder().max_body(MIB).max_line(2 * MIB);
    let s = format!("{b:?}");
    assert!(
        s.contains("max_body: 1048576") && s.contains("max_line: 2097152"),
        "{s}"
    );
}

#[tokio::test]
async fn an_endless_taxii_objects_body_stops_at_the_limit() {
    let server = serve(Reply::Endless {
        content_type: "application/taxii+json;version=2.1",
        prefix: br#"{"more":false,"objects":["#.to_vec(),
        repeat: br#"{"type":"indicator","spec_version":"2.1","id":"indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f","created":"2026-01-01T00:00:00.000Z","modified":"2026-01-01T00:00:00.000Z","pattern":"[ipv4-addr:value = '10.0.0.1']","pattern_type":"stix","valid_from":"2026-01-01T00:00:00Z"},"#.to_vec(),
    })
    .await;
    let taxii = Taxii::builder()
        .url(format!("{}/taxii2/", server.base))
        .retry(RetryPolicy::none())
        .max_body(MIB)
        .build()
        .unwrap()
        .with_api_root("/api1/")
        .unwrap();
    let e = taxii
        .collection("c1")
        .objects()
        .items()
        .try_collect::<Vec<_>>()
        .await
        .unwrap_err();
    assert_eq!(server.requests.load(Ordering::Relaxed), 1);
    let m = protocol_message(&e);
    assert!(
        m.contains("1048576 bytes (1 MiB)") && m.contains("max_body"),
        "{e}"
    );
    assert!(e.to_string().starts_with("TAXII:"), "{e}");
    // The server got past the limit: it was the limit that stopped the read.
    assert!(server.sent.load(Ordering::Relaxed) > MIB as u64);
}

#[tokio::test]
async fn a_declared_length_above_the_limit_fails_before_reading() {
    let server = serve(Reply::Fixed {
        status: 200,
        headers: vec![("content-type", "application/taxii+json;version=2.1".into())],
        body: vec![b' '; 200 * 1024],
    })
    .await;
    let taxii = Taxii::builder()
        .url(format!("{}/taxii2/", server.base))
        .retry(RetryPolicy::none())
        .max_body(64 * 1024)
        .build()
        .unwrap()
        .with_api_root("/api1/")
        .unwrap();
    let e = taxii
        .api_root()
        .await
        .unwrap()
        .status("s1")
        .await
        .unwrap_err();
    assert!(protocol_message(&e).contains("65536 bytes (64 KiB)"), "{e}");
}

#[tokio::test]
async fn an_sie_line_without_newline_stops_at_max_line() {
    let server = serve(Reply::Endless {
        content_type: "application/x-ndjson",
        prefix: br#"{"domain":""#.to_vec(),
        repeat: b"a".repeat(4096),
    })
    .await;
    let sie = SieBatch::builder()
        .url(format!("{}/", server.base))
        .api_key(SIE_KEY)
        .retry(RetryPolicy::none())
        .max_line(256 * 1024)
        .build()
        .unwrap();
    let w = Window::parse("2026-01-01 12:00:00", "2026-01-01 12:10:00").unwrap();
    let mut lines = sie
        .fetch_channel(Channel::NEWLY_OBSERVED_FQDNS, w)
        .unchecked()
        .lines()
        .await
        .unwrap();
    let e = lines.next_line().await.unwrap_err();
    let m = protocol_message(&e);
    assert!(
        m.contains("262144 bytes (256 KiB)") && m.contains("max_line") && m.contains("NDJSON line"),
        "{e}"
    );
    assert!(server.sent.load(Ordering::Relaxed) > 256 * 1024);
    // The reader is finished after the error.
    assert!(lines.next_line().await.unwrap().is_none());
}

#[tokio::test]
async fn a_huge_non_json_sie_answer_stops_at_max_body() {
    let server = serve(Reply::Endless {
        content_type: "application/json",
        prefix: b"<html>".to_vec(),
        repeat: b"not json ".to_vec(),
    })
    .await;
    let sie = SieBatch::builder()
        .url(format!("{}/", server.base))
        .api_key(SIE_KEY)
        .retry(RetryPolicy::none())
        .max_body(512 * 1024)
        .build()
        .unwrap();
    let e = sie
        .channel_detail(Channel::NEWLY_OBSERVED_DOMAINS)
        .await
        .unwrap_err();
    assert!(protocol_message(&e).contains("512 KiB"), "{e}");
    assert!(e.to_string().starts_with("SIE Batch:"), "{e}");
}

#[tokio::test]
async fn a_defectdojo_count_of_a_quadrillion_is_a_protocol_error() {
    // A real finding from the simulator, so that the page decodes.
    let sim = Simulator::builder().size(3).start().await.unwrap();
    let page: serde_json::Value = reqwest::Client::new()
        .get(format!(
            "{}/api/v2/findings/?limit=1",
            sim.url(Service::DefectDojo).trim_end_matches('/')
        ))
        .header(
            "authorization",
            format!("Token {}", sim.key(Service::DefectDojo)),
        )
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let finding = page["results"][0].clone();
    assert!(finding.is_object(), "{page}");

    // The hostile server's address is needed in `next`: bind first.
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    drop(listener);
    let body = serde_json::json!({
        "count": 1_000_000_000_000_000u64,
        "next": format!("http://{addr}/api/v2/findings/?limit=1&offset=1"),
        "previous": null,
        "results": [finding],
    });
    let server = serve_at(
        addr,
        Reply::Fixed {
            status: 200,
            headers: vec![("content-type", "application/json".into())],
            body: serde_json::to_vec(&body).unwrap(),
        },
    )
    .await;
    let dd = DefectDojo::builder()
        .url(format!("{}/", server.base))
        .token("t0ken")
        .retry(RetryPolicy::none())
        .build()
        .unwrap();
    let e = dd
        .findings()
        .page_size(1)
        .concurrency(2)
        .items()
        .try_collect::<Vec<_>>()
        .await
        .unwrap_err();
    let m = protocol_message(&e);
    assert!(
        m.contains("999999999999999 pages") && m.contains("10000000"),
        "{e}"
    );
    // Only the first page was asked for: nothing was planned.
    assert_eq!(server.requests.load(Ordering::Relaxed), 1);
}

/// [`serve`] on a given address (bound just before).
async fn serve_at(addr: std::net::SocketAddr, reply: Reply) -> Server {
    let listener = TcpListener::bind(addr).await.unwrap();
    let base = format!("http://{addr}");
    let sent = Arc::new(AtomicU64::new(0));
    let requests = Arc::new(AtomicU64::new(0));
    let (s, r) = (sent.clone(), requests.clone());
    let task = tokio::spawn(async move {
        while let Ok((conn, _)) = listener.accept().await {
            let (reply, s, r) = (reply.clone(), s.clone(), r.clone());
            tokio::spawn(async move {
                let _ = answer(conn, reply, s, r).await;
            });
        }
    });
    Server {
        base,
        sent,
        requests,
        task,
    }
}

#[tokio::test]
async fn a_sandbox_retry_after_of_31_years_is_not_slept() {
    let server = serve(Reply::Fixed {
        status: 429,
        headers: vec![
            ("content-type", "application/json".into()),
            ("retry-after", "999999999".into()),
        ],
        body: br#"{"error":"RATE_LIMITED","message":"slow down"}"#.to_vec(),
    })
    .await;
    let sandbox = Sandbox::builder()
        .base_url(format!("{}/", server.base))
        .api_key("k")
        // The default deadline (5 minutes); few attempts, tiny backoffs.
        .retry(
            RetryPolicy::default()
                .max_attempts(3)
                .initial_backoff(Duration::from_millis(1))
                .max_backoff(Duration::from_millis(2)),
        )
        .build()
        .unwrap();
    let started = std::time::Instant::now();
    let mut events = sandbox.sample_events("260101-abcdefgh").unwrap();
    let e = events.next().await.unwrap().unwrap_err();
    assert_eq!(e.status(), Some(429), "{e}");
    assert_eq!(e.retry_after(), Some(Duration::from_secs(999_999_999)));
    assert!(events.next().await.is_none());
    // Refused at once rather than slept: no reconnect was attempted.
    assert_eq!(events.reconnects(), 0);
    assert!(started.elapsed() < Duration::from_secs(60));
}

#[test]
fn server_waits_are_capped_by_the_policy() {
    let years = Some(Duration::from_secs(999_999_999));
    // With a deadline: a wait that would cross it is refused.
    let p = RetryPolicy::default().deadline(Duration::from_secs(300));
    assert_eq!(p.wait_before(1, years, Duration::ZERO), None);
    assert_eq!(
        p.wait_before(1, Some(Duration::from_secs(10)), Duration::from_secs(100)),
        Some(Duration::from_secs(10))
    );
    assert_eq!(
        p.wait_before(1, Some(Duration::from_secs(10)), Duration::from_secs(295)),
        None
    );
    // Without one: capped at an hour (or max_backoff, if larger).
    let p = RetryPolicy::default().deadline(None);
    assert_eq!(
        p.wait_before(1, years, Duration::ZERO),
        Some(MAX_SERVER_WAIT)
    );
    let p = p.max_backoff(Duration::from_secs(7200));
    assert_eq!(
        p.wait_before(1, years, Duration::ZERO),
        Some(Duration::from_secs(7200))
    );
    // Backoffs stay under max_backoff.
    let p = RetryPolicy::default().max_backoff(Duration::from_millis(5));
    assert!(p.wait_before(9, None, Duration::ZERO).unwrap() <= Duration::from_millis(5));
}

#[tokio::test]
async fn an_endless_sandbox_event_line_stops_at_max_line() {
    let server = serve(Reply::Endless {
        content_type: "application/x-ndjson",
        prefix: br#"{"id":""#.to_vec(),
        repeat: b"x".repeat(1024),
    })
    .await;
    let sandbox = Sandbox::builder()
        .base_url(format!("{}/", server.base))
        .api_key("k")
        .retry(RetryPolicy::none())
        .max_line(128 * 1024)
        .build()
        .unwrap();
    let e = sandbox
        .account_events()
        .try_collect::<Vec<_>>()
        .await
        .unwrap_err();
    let m = protocol_message(&e);
    assert!(
        m.contains("event line") && m.contains("131072 bytes (128 KiB)") && m.contains("max_line"),
        "{e}"
    );
}

#[test]
fn plans_make_their_cursors_lazily() {
    use secops::paging::{Cursor, Plan};
    let off = |o: u64| Cursor::Offset {
        offset: o.to_string(),
    };
    let p = Plan::offsets(10, 10, 35);
    assert_eq!(p.remaining(), 3);
    assert_eq!(p.collect::<Vec<_>>(), vec![off(10), off(20), off(30)]);
    // A huge plan costs nothing until it is walked, and never overflows.
    let mut p = Plan::offsets(u64::MAX - 1, 1 << 40, u64::MAX);
    assert_eq!(p.remaining(), 1);
    assert_eq!(p.next(), Some(off(u64::MAX - 1)));
    assert_eq!(p.next(), None);
    let p = Plan::pages(2, u64::MAX);
    assert_eq!(p.remaining(), u64::MAX - 1);
    let mut p = Plan::pages(u64::MAX, u64::MAX);
    assert_eq!(p.next(), Some(Cursor::Page { page: u64::MAX }));
    assert_eq!(p.next(), None);
    assert_eq!(Plan::offsets(0, 0, 100).count(), 0);
}

/// A generated call (Sandbox `GET /v0/samples/{id}`) whose JSON body never
/// ends stops at the client's `max_body`, with the limit named.
#[tokio::test]
async fn an_endless_generated_call_body_stops_at_the_limit() {
    let server = serve(Reply::Endless {
        content_type: "application/json",
        prefix: br#"{"id":"x","status":"reported","filename":""#.to_vec(),
        repeat: b"a".to_vec(),
    })
    .await;
    let sb = Sandbox::builder()
        .url(format!("{}/api", server.base))
        .api_key("k-0123456789")
        .max_body(MIB)
        .build()
        .unwrap();
    let e = sb.sample("x").await.unwrap_err();
    assert!(protocol_message(&e).contains("max_body"), "{e}");
    assert_eq!(server.requests.load(Ordering::Relaxed), 1, "not retried");
    let sent = server.sent.load(Ordering::Relaxed) as usize;
    assert!(
        sent < 64 * MIB,
        "the limit stopped the read: {sent} bytes sent"
    );
}
