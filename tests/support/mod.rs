//! Helpers shared by the CLI-driving tests.
#![allow(dead_code)] // each test file uses a part

pub mod child;
pub mod peers;
pub mod postgres;

use std::io::{BufRead, BufReader};
use std::process::{Command, ExitStatus, Stdio};

use secops::sim::{Faults, SimHandle, Simulator};
use secops::Service;

/// The `secops` binary under test.
pub const BIN: &str = env!("CARGO_BIN_EXE_secops");

/// A simulator on its own runtime, for tests that drive the CLI as a process.
pub fn sim_runtime(seed: u64, faults: Faults) -> (tokio::runtime::Runtime, SimHandle) {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    let sim = rt
        .block_on(Simulator::builder().seed(seed).faults(faults).start())
        .unwrap();
    (rt, sim)
}

/// Parses NDJSON output (every non-empty line must be JSON).
pub fn ndjson(out: &[u8]) -> Vec<serde_json::Value> {
    String::from_utf8_lossy(out)
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("not JSON: {l}: {e}")))
        .collect()
}

/// How a run driven by [`run_until_progress`] ended.
pub enum Outcome {
    /// Stopped with the signal after the wanted number of progress events.
    Stopped(ExitStatus),
    /// Ran to its end first (its status, and the non-progress lines of stderr).
    Finished(ExitStatus, String),
}

/// Runs `cmd --json`, follows its progress events on stderr (no sleeping:
/// blocking reads), and sends `signal` (`-INT`, `-KILL`...) after `after` of them.
pub fn run_until_progress(mut cmd: Command, after: usize, signal: &str) -> Outcome {
    let mut child = cmd
        .arg("--json")
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let stderr = child.stderr.take().unwrap();
    let mut seen = 0;
    let mut other = Vec::new();
    for line in BufReader::new(stderr).lines() {
        let line = line.unwrap();
        if line.contains("\"event\":\"progress\"") {
            seen += 1;
            if seen == after {
                Command::new("kill")
                    .args([signal, &child.id().to_string()])
                    .status()
                    .unwrap();
                return Outcome::Stopped(child.wait().unwrap());
            }
        } else {
            other.push(line);
        }
    }
    Outcome::Finished(child.wait().unwrap(), other.join("\n"))
}

/// Sets simulated TAXII server behaviours: `POST {origin}/{prefix}/_sim/control`
/// (`prefix` is `taxii` or `socdef`), asserting the simulator accepted them.
pub async fn taxii_control(sim: &SimHandle, prefix: &str, body: serde_json::Value) {
    let r = reqwest::Client::new()
        .post(format!("{}/{prefix}/_sim/control", sim.origin()))
        .json(&body)
        .send()
        .await
        .unwrap();
    assert!(r.status().is_success(), "control {body}: {}", r.status());
}

/// `secops <service> --url .. --key ..` (and `--user` for TAXII) for a service
/// of the simulator `sim`, with a clean environment (only `PATH`).
pub fn service_cmd(sim: &SimHandle, service: Service) -> Command {
    let mut c = Command::new(BIN);
    let name = match service {
        Service::Defendis => "defendis",
        Service::Sandbox => "sandbox",
        Service::DefectDojo => "dojo",
        Service::Sie => "sie",
        _ => "taxii",
    };
    c.env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .arg(name)
        .arg("--url")
        .arg(sim.url(service))
        .arg("--key")
        .arg(sim.key(service));
    if service == Service::Taxii {
        c.arg("--user").arg(&sim.keys().taxii_user);
    }
    c
}
