//! Crash and resume: the CLI is killed with SIGKILL at random points (several
//! seeds) during an SIE fetch and a TAXII poll; every resumed run ends with
//! output identical to an uninterrupted run, and no checkpoint or output file
//! is ever corrupt or published half-written.
#![cfg(all(feature = "cli", feature = "sie", feature = "taxii"))]

mod support;

use std::path::Path;
use std::process::Command;
use std::time::Duration;

use secops::sim::{Faults, SimHandle};
use secops::Service;
use support::{run_until_progress, Outcome, BIN};

/// Runs `cmd`; kills it with SIGKILL after `kill_after` progress events.
/// Returns true when the command ran to completion (successfully).
fn run_or_kill(cmd: Command, kill_after: usize) -> bool {
    match run_until_progress(cmd, kill_after, "-KILL") {
        Outcome::Stopped(_) => false,
        Outcome::Finished(status, stderr) => {
            assert!(status.success(), "the run failed: {stderr}");
            true
        }
    }
}

/// Checks what a killed run left behind: no final file, a parseable checkpoint.
fn check_leftovers(out: &Path, ck: &Path) {
    assert!(
        !out.exists(),
        "a killed run never publishes {}",
        out.display()
    );
    if ck.exists() {
        let bytes = std::fs::read(ck).unwrap();
        serde_json::from_slice::<serde_json::Value>(&bytes)
            .unwrap_or_else(|e| panic!("corrupt checkpoint {}: {e}", ck.display()));
    }
    // No temporary checkpoint files are left lying around as the checkpoint.
    let partial = format!("{}.partial", out.display());
    if Path::new(&partial).exists() {
        let text = std::fs::read_to_string(&partial).unwrap();
        // Whatever is in the partial file beyond the last commit is cut on resume;
        // what is there must at least be UTF-8 NDJSON-ish bytes.
        assert!(text.is_empty() || text.contains('{'));
    }
}

fn crash_until_done(make: &dyn Fn(&Path, &Path) -> Command, dir: &Path, seed: u64) -> Vec<u8> {
    let mut rng = fastrand::Rng::with_seed(seed);
    let out = dir.join(format!("out-{seed}.ndjson"));
    let ck = dir.join(format!("out-{seed}.checkpoint"));
    let mut kills = 0;
    for _ in 0..40 {
        let kill_after = rng.usize(1..=6);
        if run_or_kill(make(&out, &ck), kill_after) {
            assert!(kills > 0, "seed {seed}: the command was never killed");
            println!("seed {seed}: completed after {kills} kills");
            return std::fs::read(&out).unwrap();
        }
        kills += 1;
        if out.exists() {
            // Killed right after the last page: the output was already published,
            // and then the checkpoint must say the sync is complete.
            let v: serde_json::Value =
                serde_json::from_slice(&std::fs::read(&ck).unwrap()).unwrap();
            assert_eq!(
                v["complete"], true,
                "seed {seed}: published but not complete: {v}"
            );
            println!("seed {seed}: completed (killed after the last page) after {kills} kills");
            return std::fs::read(&out).unwrap();
        }
        check_leftovers(&out, &ck);
    }
    panic!("seed {seed}: did not complete after 40 runs");
}

fn sim() -> (tokio::runtime::Runtime, SimHandle) {
    support::sim_runtime(5, Faults::none().latency(Duration::from_millis(10)))
}

#[test]
fn sie_fetch_survives_sigkill_at_random_points() {
    let (rt, sim) = sim();
    let client = secops::sie::SieBatch::builder()
        .base_url(sim.url(Service::Sie))
        .api_key(sim.key(Service::Sie))
        .build()
        .unwrap();
    let d = rt
        .block_on(client.channel_detail(secops::sie::Channel::NEWLY_OBSERVED_DOMAINS))
        .unwrap();
    let end = secops::sie::truncate_to_minute(d.latest) - chrono::Duration::minutes(2);
    let from = (end - chrono::Duration::minutes(40))
        .format("%Y-%m-%d %H:%M")
        .to_string();
    let to = end.format("%Y-%m-%d %H:%M").to_string();
    let make = |out: &Path, ck: &Path| {
        let mut c = Command::new(BIN);
        c.args([
            "sie",
            "--url",
            &sim.url(Service::Sie),
            "--key",
            sim.key(Service::Sie),
        ])
        .args([
            "fetch",
            "--channel",
            "212",
            "--from",
            &from,
            "--to",
            &to,
            "--chunk",
            "1",
        ])
        .arg("-o")
        .arg(out)
        .arg("--checkpoint")
        .arg(ck);
        c
    };
    let dir = tempfile::tempdir().unwrap();
    let reference = dir.path().join("reference.ndjson");
    assert!(run_or_kill(
        make(&reference, &dir.path().join("ref.ck")),
        usize::MAX
    ));
    let reference = std::fs::read(&reference).unwrap();
    for seed in [1, 2, 3] {
        let got = crash_until_done(&make, dir.path(), seed);
        assert!(got == reference, "seed {seed}: resumed output differs");
    }
}

#[test]
fn taxii_poll_survives_sigkill_at_random_points() {
    let (_rt, sim) = sim();
    let make = |out: &Path, ck: &Path| {
        let mut c = Command::new(BIN);
        c.args([
            "taxii",
            "--url",
            &sim.url(Service::Taxii),
            "--key",
            sim.key(Service::Taxii),
        ])
        .args(["--user", &sim.keys().taxii_user])
        .args([
            "poll",
            "--collection",
            secops::sim::taxii::INDICATORS,
            "--page-size",
            "25",
        ])
        .arg("-o")
        .arg(out)
        .arg("--checkpoint")
        .arg(ck);
        c
    };
    let dir = tempfile::tempdir().unwrap();
    let reference = dir.path().join("reference.ndjson");
    assert!(run_or_kill(
        make(&reference, &dir.path().join("ref.ck")),
        usize::MAX
    ));
    let reference = std::fs::read(&reference).unwrap();
    for seed in [4, 5, 6] {
        let got = crash_until_done(&make, dir.path(), seed);
        assert!(got == reference, "seed {seed}: resumed output differs");
    }
}
