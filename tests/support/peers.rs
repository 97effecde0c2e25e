//! One harness for the external peers the contract and interop tests run
//! (Stoplight Prism and Redocly from npm, OASIS medallion from PyPI; installed
//! into `.peers/` by `scripts/peers.sh`, which `scripts/test.sh` runs).
//!
//! A test that needs a peer asks [`peer`]: without it the test is skipped
//! with a printed reason, unless `SECOPS_REQUIRE_PEERS=1` (set by `.ci/run`),
//! where a missing peer fails the test.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

/// Whether a missing peer must fail the test (`SECOPS_REQUIRE_PEERS=1`).
pub fn required() -> bool {
    std::env::var("SECOPS_REQUIRE_PEERS").as_deref() == Ok("1")
}

/// The peer's executable: `$var` when set, else `fallback` under the crate's
/// `.peers/`. `None` (after printing why) when it is missing; a panic instead
/// when peers are required.
pub fn peer(var: &str, fallback: &str, what: &str) -> Option<PathBuf> {
    let path = std::env::var_os(var)
        .filter(|p| !p.is_empty())
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            Path::new(env!("CARGO_MANIFEST_DIR"))
                .join(".peers")
                .join(fallback)
        });
    if path.exists() {
        return Some(path);
    }
    let why = format!(
        "{what} not found at {} (run `bash scripts/peers.sh`, or point {var} at it)",
        path.display()
    );
    assert!(!required(), "SECOPS_REQUIRE_PEERS=1 but {why}");
    println!("skipped: {why}");
    None
}

/// The upstream DefectDojo schema the contract tests check against:
/// `$SECOPS_DD_SCHEMA`, else `shared/reference/defectdojo-oas-2.57.2.json`
/// beside the checkout (read there, never copied into the project).
pub fn upstream_dojo_schema() -> PathBuf {
    if let Some(p) = std::env::var_os("SECOPS_DD_SCHEMA").filter(|p| !p.is_empty()) {
        return PathBuf::from(p);
    }
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    let rel = "shared/reference/defectdojo-oas-2.57.2.json";
    let near = manifest.join("..").join(rel);
    if near.exists() {
        near
    } else {
        manifest.join("../..").join(rel)
    }
}

/// A free loopback port.
pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// A Prism mock server; killed when dropped.
pub struct Prism {
    child: Child,
    /// Its base URL (`http://127.0.0.1:PORT`).
    pub url: String,
}

impl Drop for Prism {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Starts `prism mock --errors` on `spec` on a free loopback port, and
/// returns once it says it listens (its output is read, not slept on; the
/// rest of it is drained so that it never blocks on a full pipe).
pub fn start_prism(bin: &Path, spec: &Path) -> Prism {
    assert!(spec.exists(), "no spec for Prism at {}", spec.display());
    let port = free_port();
    let mut child = Command::new(bin)
        .args([
            "mock",
            "--errors",
            "-h",
            "127.0.0.1",
            "-p",
            &port.to_string(),
        ])
        .arg(spec)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("start prism");
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let mut seen = Vec::new();
    loop {
        match lines.next() {
            Some(Ok(line)) if line.contains("Prism is listening") => break,
            Some(Ok(line)) => seen.push(line),
            _ => panic!(
                "Prism exited before listening:\n{}",
                seen.iter()
                    .rev()
                    .take(20)
                    .cloned()
                    .collect::<Vec<_>>()
                    .join("\n")
            ),
        }
    }
    std::thread::spawn(move || for _ in lines {});
    Prism {
        child,
        url: format!("http://127.0.0.1:{port}"),
    }
}

/// A loopback HTTP proxy in front of a real peer at `upstream` (an origin)
/// that breaks off every `every`-th successful response to a request
/// `cut_if(method, path)` selects, after half its body, and rewrites the
/// upstream origin in bodies (TAXII discovery names absolute API roots).
/// Returns its origin and the number of responses cut so far.
pub async fn cutting_proxy(
    upstream: String,
    every: u64,
    cut_if: fn(&str, &str) -> bool,
) -> (String, Arc<AtomicU64>) {
    use axum::body::Body;
    use axum::extract::Request;
    use axum::response::Response;
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let origin = format!("http://{}", listener.local_addr().unwrap());
    let cuts = Arc::new(AtomicU64::new(0));
    let seen = Arc::new(AtomicU64::new(0));
    let client = reqwest::Client::new();
    let (up, me, cut_count) = (upstream.clone(), origin.clone(), cuts.clone());
    let app = axum::Router::new().fallback(move |req: Request| {
        let (client, up, me, cuts, seen) = (
            client.clone(),
            up.clone(),
            me.clone(),
            cut_count.clone(),
            seen.clone(),
        );
        async move {
            let (parts, body) = req.into_parts();
            let body = axum::body::to_bytes(body, usize::MAX).await.unwrap();
            let pq = parts.uri.path_and_query().map_or("/", |p| p.as_str());
            let mut fwd = client.request(parts.method.clone(), format!("{up}{pq}"));
            for (k, v) in &parts.headers {
                if k != "host" && k != "content-length" {
                    fwd = fwd.header(k, v);
                }
            }
            let resp = fwd.body(body).send().await.unwrap();
            let status = resp.status();
            let headers = resp.headers().clone();
            let bytes = resp.bytes().await.unwrap();
            let text = String::from_utf8_lossy(&bytes).replace(&up, &me);
            let cut = cut_if(parts.method.as_str(), parts.uri.path())
                && status.is_success()
                && (seen.fetch_add(1, Ordering::Relaxed) + 1) % every == 0;
            let mut b = Response::builder().status(status);
            for (k, v) in &headers {
                if k != "content-length" && k != "transfer-encoding" && k != "connection" {
                    b = b.header(k, v);
                }
            }
            let body = if cut {
                cuts.fetch_add(1, Ordering::Relaxed);
                let half = text.as_bytes()[..text.len() / 2].to_vec();
                // The first half goes out (with the headers) before the
                // connection breaks: the client sees a body cut mid-way.
                let head = futures::stream::once(async move {
                    Ok::<_, std::io::Error>(axum::body::Bytes::from(half))
                });
                let tail = futures::stream::once(async {
                    for _ in 0..8 {
                        tokio::task::yield_now().await;
                    }
                    Err(std::io::Error::other("cut by the test proxy"))
                });
                Body::from_stream(futures::StreamExt::chain(head, tail))
            } else {
                Body::from(text)
            };
            b.body(body).unwrap()
        }
    });
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    (origin, cuts)
}
