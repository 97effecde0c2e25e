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
