//! Secrets never leak: the demo with debug tracing, presigned-URL downloads and
//! failing commands print no API key and no presigned URL, anywhere.
#![cfg(all(
    feature = "cli",
    feature = "defendis",
    feature = "sandbox",
    feature = "defectdojo",
    feature = "sie",
    feature = "taxii"
))]

mod support;

use std::path::Path;
use std::process::Command;

use secops::sim::{SimKeys, Simulator};
use secops::Service;
use support::BIN;

/// Every secret the simulator hands out, and the parts of a presigned URL that
/// must stay private.
fn secrets() -> Vec<String> {
    let k = SimKeys::default();
    vec![k.defendis, k.sandbox, k.defectdojo, k.sie, k.taxii]
}

fn assert_clean(what: &str, text: &str, extra: &[String]) {
    for s in secrets().iter().chain(extra) {
        assert!(
            !text.contains(s.as_str()),
            "{what} contains a secret ({} chars starting {:?})",
            s.len(),
            &s[..4.min(s.len())]
        );
    }
    for marker in ["X-Amz-Signature", "X-Amz-Credential"] {
        assert!(
            !text.contains(marker),
            "{what} contains a presigned URL ({marker})"
        );
    }
}

fn scan_dir(dir: &Path, extra: &[String]) -> usize {
    let mut n = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let p = entry.unwrap().path();
        if p.is_dir() {
            n += scan_dir(&p, extra);
        } else {
            let bytes = std::fs::read(&p).unwrap();
            assert_clean(
                &p.display().to_string(),
                &String::from_utf8_lossy(&bytes),
                extra,
            );
            n += 1;
        }
    }
    n
}

#[test]
fn demo_with_debug_tracing_leaks_no_key() {
    let dir = tempfile::tempdir().unwrap();
    let out_dir = dir.path().join("demo");
    let out = Command::new(BIN)
        .args(["-vv", "demo", "--dir"])
        .arg(&out_dir)
        .env("SECOPS_LOG", "debug")
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "demo failed: {stderr}");
    assert!(
        stderr.lines().count() > 20,
        "debug tracing was on: {stderr}"
    );
    assert_clean("demo stdout", &stdout, &[]);
    assert_clean("demo stderr", &stderr, &[]);
    let files = scan_dir(&out_dir, &[]);
    assert!(files >= 7, "the demo wrote its files ({files})");
}

#[test]
fn presigned_urls_and_failures_leak_nothing() {
    let rt = tokio::runtime::Runtime::new().unwrap();
    let sim = rt.block_on(Simulator::builder().start()).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let details = rt
        .block_on(
            secops::sie::SieBatch::builder()
                .base_url(sim.url(Service::Sie))
                .api_key(sim.key(Service::Sie))
                .build()
                .unwrap()
                .channel_detail(secops::sie::Channel::NEWLY_OBSERVED_DOMAINS),
        )
        .unwrap();
    let end = secops::sie::truncate_to_minute(details.latest) - chrono::Duration::minutes(1);
    let from = (end - chrono::Duration::minutes(10))
        .format("%Y-%m-%d %H:%M")
        .to_string();
    let to = end.format("%Y-%m-%d %H:%M").to_string();
    let file = dir.path().join("dl.ndjson");
    let out = Command::new(BIN)
        .args([
            "-vv",
            "sie",
            "--url",
            &sim.url(Service::Sie),
            "--key",
            sim.key(Service::Sie),
        ])
        .args([
            "url",
            "--channel",
            "212",
            "--from",
            &from,
            "--to",
            &to,
            "--download",
        ])
        .arg(&file)
        .env("SECOPS_LOG", "trace")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_clean(
        "sie url --download stderr",
        &String::from_utf8_lossy(&out.stderr),
        &[],
    );
    assert_clean(
        "sie url --download stdout",
        &String::from_utf8_lossy(&out.stdout),
        &[],
    );

    // Failures: a wrong key, an expired-looking URL, a dead server — with traces on.
    let wrong = "00000000-dead-beef-0000-000000000000".to_string();
    for args in [
        vec![
            "sie",
            "--url",
            &sim.url(Service::Sie),
            "--key",
            &wrong,
            "validate",
        ],
        vec![
            "defendis",
            "--url",
            &sim.url(Service::Defendis),
            "--key",
            &wrong,
            "watchlists",
        ],
        vec![
            "dojo",
            "--url",
            "http://user:hunter2pass@127.0.0.1:1/",
            "--key",
            &wrong,
            "--attempts",
            "1",
            "findings",
        ],
        vec![
            "taxii",
            "--url",
            &sim.url(Service::Taxii),
            "--user",
            "analyst",
            "--key",
            &wrong,
            "collections",
        ],
    ] {
        let out = Command::new(BIN)
            .arg("-vv")
            .args(&args)
            .env("SECOPS_LOG", "trace")
            .output()
            .unwrap();
        assert!(!out.status.success(), "{args:?} should fail");
        let extra = [wrong.clone(), "hunter2pass".to_string()];
        assert_clean(
            &format!("{args:?} stderr"),
            &String::from_utf8_lossy(&out.stderr),
            &extra,
        );
        assert_clean(
            &format!("{args:?} stdout"),
            &String::from_utf8_lossy(&out.stdout),
            &extra,
        );
    }
    drop(sim);
}
