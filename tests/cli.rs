//! The `secops` CLI, driven as a user would: every subcommand against the
//! simulator, the documented exit codes, and interrupted-then-resumed fetches.
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

use assert_cmd::prelude::*;
use predicates::prelude::*;
use secops::sim::{Faults, SimHandle};
use secops::Service;

use support::{ndjson as lines, run_until_progress, Outcome, BIN};

struct Sim {
    _rt: tokio::runtime::Runtime,
    handle: SimHandle,
}

fn sim_with(faults: Faults) -> Sim {
    let (rt, handle) = support::sim_runtime(11, faults);
    Sim { _rt: rt, handle }
}

fn sim() -> Sim {
    sim_with(Faults::none())
}

impl Sim {
    /// `secops <service> --url .. --key ..` for a service of this simulator.
    fn cmd(&self, service: Service) -> Command {
        support::service_cmd(&self.handle, service)
    }

    fn requests(&self) -> u64 {
        self.handle.fault_counts().requests
    }
}

#[test]
fn help_documents_exit_codes_and_environment() {
    Command::new(BIN)
        .arg("--help")
        .assert()
        .success()
        .stdout(predicate::str::contains("Exit codes"))
        .stdout(predicate::str::contains("5  network error after retries"))
        .stdout(predicate::str::contains("6  completed with gaps"))
        .stdout(predicate::str::contains("SIE_API_KEY"));
}

#[test]
fn bad_input_exits_2_before_any_request() {
    let s = sim();
    let cases: Vec<Vec<&str>> = vec![
        vec![
            "fetch",
            "--channel",
            "0",
            "--from",
            "2026-01-01 00:00",
            "--to",
            "2026-01-01 01:00",
        ],
        vec![
            "fetch",
            "--channel",
            "256",
            "--from",
            "2026-01-01 00:00",
            "--to",
            "2026-01-01 01:00",
        ],
        vec![
            "fetch",
            "--channel",
            "212",
            "--from",
            "yesterday",
            "--to",
            "2026-01-01 01:00",
        ],
        vec![
            "fetch",
            "--channel",
            "212",
            "--from",
            "2026-01-01 02:00",
            "--to",
            "2026-01-01 01:00",
        ],
    ];
    for args in cases {
        s.cmd(Service::Sie)
            .args(&args)
            .assert()
            .code(2)
            .stderr(predicate::str::contains("invalid input"));
    }
    s.cmd(Service::Defendis)
        .args([
            "pull",
            "credentials",
            "--domain",
            "example.com",
            "--from",
            "2024-03-01",
            "--to",
            "2024-01-01",
        ])
        .assert()
        .code(2);
    s.cmd(Service::Defendis)
        .args(["pull", "nonsense", "--domain", "example.com"])
        .assert()
        .code(2);
    s.cmd(Service::Taxii)
        .args(["poll", "--collection", "x", "--added-after", "last tuesday"])
        .assert()
        .code(2);
    s.cmd(Service::DefectDojo)
        .args(["findings", "--severity", "apocalyptic"])
        .assert()
        .code(2);
    s.cmd(Service::Sandbox)
        .args(["submit", "/definitely/not/here.exe"])
        .assert()
        .code(2);
    // A SIE key that is not a UUID is refused before any request.
    Command::new(BIN)
        .args([
            "sie",
            "--url",
            &s.handle.url(Service::Sie),
            "--key",
            "not-a-uuid",
            "validate",
        ])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("UUID"))
        .stderr(predicate::str::contains("not-a-uuid").not());
    // Unknown flags are usage errors.
    Command::new(BIN).args(["sie", "--bogus"]).assert().code(2);
    assert_eq!(s.requests(), 0, "bad input must not reach the service");
}

#[test]
fn auth_failures_exit_3_without_echoing_the_key() {
    let s = sim();
    let wrong = "wrong-key-0123456789";
    Command::new(BIN)
        .args([
            "defendis",
            "--url",
            &s.handle.url(Service::Defendis),
            "--key",
            wrong,
            "watchlists",
        ])
        .assert()
        .code(3)
        .stderr(predicate::str::contains(wrong).not());
    Command::new(BIN)
        .args([
            "dojo",
            "--url",
            &s.handle.url(Service::DefectDojo),
            "--key",
            wrong,
            "findings",
        ])
        .assert()
        .code(3)
        .stderr(predicate::str::contains(wrong).not());
}

#[test]
fn other_api_errors_exit_4_and_network_errors_exit_5() {
    let s = sim();
    s.cmd(Service::Sandbox)
        .args(["report", "000000-nosuchsample"])
        .assert()
        .code(4);
    // Nothing listens on port 1: connection refused, after the retries.
    Command::new(BIN)
        .args([
            "defendis",
            "--url",
            "http://127.0.0.1:1",
            "--key",
            "k",
            "--attempts",
            "2",
            "watchlists",
        ])
        .assert()
        .code(5);
}

#[test]
fn defendis_watchlists_and_pull() {
    let s = sim();
    let out = s.cmd(Service::Defendis).arg("watchlists").output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(!lines(&out.stdout).is_empty());
    let out = s
        .cmd(Service::Defendis)
        .args(["watchlists", "--kind", "domain"])
        .output()
        .unwrap();
    let domains = lines(&out.stdout);
    assert!(
        domains.iter().any(|d| d["value"] == "example.com"),
        "{domains:?}"
    );

    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("creds.ndjson");
    s.cmd(Service::Defendis)
        .args([
            "pull",
            "credentials",
            "--domain",
            "example.com",
            "--page-size",
            "50",
            "-o",
        ])
        .arg(&file)
        .assert()
        .success();
    let records = lines(&std::fs::read(&file).unwrap());
    assert!(
        records.len() > 50,
        "several pages expected, got {}",
        records.len()
    );
    // Out of scope: a domain the workspace does not watch is a 403, an
    // authorisation failure → exit 3.
    s.cmd(Service::Defendis)
        .args(["pull", "credentials", "--domain", "not-watched.example.net"])
        .assert()
        .code(3)
        .stderr(predicate::str::contains("scope"));
}

#[test]
fn sandbox_submit_wait_list_search_report() {
    let s = sim();
    let dir = tempfile::tempdir().unwrap();
    let sample = dir.path().join("invoice.exe");
    std::fs::write(&sample, vec![0x4d; 10_000]).unwrap();
    let out = s
        .cmd(Service::Sandbox)
        .args(["submit", "--wait", "--tag", "case:42"])
        .arg(&sample)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v = lines(&out.stdout);
    assert_eq!(v[0]["status"], "reported");
    let id = v[0]["id"].as_str().unwrap().to_string();

    let out = s.cmd(Service::Sandbox).arg("samples").output().unwrap();
    assert!(lines(&out.stdout).iter().any(|x| x["id"] == id.as_str()));

    let out = s
        .cmd(Service::Sandbox)
        .args(["search", "invoice"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );

    let report = dir.path().join("overview.json");
    s.cmd(Service::Sandbox)
        .args(["report", &id, "-o"])
        .arg(&report)
        .assert()
        .success();
    let r: serde_json::Value = serde_json::from_slice(&std::fs::read(&report).unwrap()).unwrap();
    assert!(r.is_object());
    assert!(!Path::new(&format!("{}.partial", report.display())).exists());

    // --format: the report as a STIX bundle and an OCSF event, samples as OCSF.
    let out = s
        .cmd(Service::Sandbox)
        .args(["report", &id, "--format", "stix"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let bundle = &lines(&out.stdout)[0];
    assert_eq!(bundle["type"], "bundle");
    let objects = bundle["objects"].as_array().unwrap();
    assert!(
        objects.iter().any(|o| o["type"] == "malware-analysis"),
        "{bundle}"
    );
    let again = s
        .cmd(Service::Sandbox)
        .args(["report", &id, "--format", "stix"])
        .output()
        .unwrap();
    assert_eq!(out.stdout, again.stdout, "the same report, the same bundle");
    let out = s
        .cmd(Service::Sandbox)
        .args(["report", &id, "--format", "ocsf"])
        .output()
        .unwrap();
    assert_eq!(lines(&out.stdout)[0]["class_uid"], 2004);
    s.cmd(Service::Sandbox)
        .args(["report", &id, "--format", "stix", "--static"])
        .assert()
        .code(2);
    let out = s
        .cmd(Service::Sandbox)
        .args(["samples", "--format", "ocsf"])
        .output()
        .unwrap();
    let events = lines(&out.stdout);
    assert!(!events.is_empty() && events.iter().all(|e| e["class_uid"] == 2004));
}

#[test]
fn format_ocsf_and_stix_on_the_record_commands() {
    let s = sim();
    let out = s
        .cmd(Service::DefectDojo)
        .args(["findings", "--max", "30", "--format", "ocsf"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let events = lines(&out.stdout);
    assert_eq!(events.len(), 30);
    assert!(events
        .iter()
        .all(|e| e["class_uid"] == 2002 && e["metadata"]["version"] == "1.7.0"));
    let out = s
        .cmd(Service::Defendis)
        .args([
            "pull",
            "credentials",
            "--domain",
            "example.com",
            "--format",
            "stix",
        ])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let objects = lines(&out.stdout);
    assert!(objects.iter().any(|o| o["type"] == "observed-data"));
    assert!(
        !String::from_utf8_lossy(&out.stdout).contains("\"password\""),
        "no password in STIX"
    );
    let raw = s
        .cmd(Service::Taxii)
        .args([
            "poll",
            "--collection",
            "6d1f3a52-0c4b-4e8a-9b1d-5a0000000001",
        ])
        .output()
        .unwrap();
    let stix = s
        .cmd(Service::Taxii)
        .args([
            "poll",
            "--collection",
            "6d1f3a52-0c4b-4e8a-9b1d-5a0000000001",
            "--format",
            "stix",
        ])
        .output()
        .unwrap();
    assert_eq!(raw.stdout, stix.stdout, "STIX passes through byte for byte");
    // Channels without typed records, and --raw, refuse a format before any request.
    s.cmd(Service::Sie)
        .args([
            "fetch",
            "--channel",
            "204",
            "--from",
            "2026-01-01 00:00",
            "--to",
            "2026-01-01 00:10",
        ])
        .args(["--format", "stix"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("212 and 213"));
    s.cmd(Service::Sie)
        .args([
            "fetch",
            "--channel",
            "212",
            "--from",
            "2026-01-01 00:00",
            "--to",
            "2026-01-01 00:10",
        ])
        .args(["--raw", "--format", "ocsf"])
        .assert()
        .code(2);
    s.cmd(Service::DefectDojo)
        .args(["findings", "--format", "xml"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("raw, ocsf, stix"));
}

#[test]
fn sie_validate_channels_fetch_and_url() {
    let s = sim();
    let out = s.cmd(Service::Sie).arg("validate").output().unwrap();
    let v = lines(&out.stdout);
    assert!(v[0]["channels"].get("212").is_some(), "{v:?}");

    let out = s.cmd(Service::Sie).arg("channels").output().unwrap();
    let chans = lines(&out.stdout);
    let ch212 = chans
        .iter()
        .find(|c| c["channel"] == 212)
        .expect("channel 212");
    let latest = chrono::DateTime::parse_from_rfc3339(ch212["latest"].as_str().unwrap()).unwrap();
    let end = latest - chrono::Duration::minutes(5);
    let start = end - chrono::Duration::minutes(20);
    let (from, to) = (
        start.format("%Y-%m-%d %H:%M").to_string(),
        end.format("%Y-%m-%d %H:%M").to_string(),
    );

    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("nod.ndjson");
    s.cmd(Service::Sie)
        .args([
            "fetch",
            "--channel",
            "212",
            "--from",
            &from,
            "--to",
            &to,
            "--chunk",
            "5",
            "-o",
        ])
        .arg(&file)
        .assert()
        .success();
    let synced = std::fs::read(&file).unwrap();
    assert!(!lines(&synced).is_empty());

    // The raw pass-through gives the same bytes.
    let raw = dir.path().join("raw.ndjson");
    s.cmd(Service::Sie)
        .args([
            "fetch",
            "--channel",
            "212",
            "--from",
            &from,
            "--to",
            &to,
            "--raw",
            "-o",
        ])
        .arg(&raw)
        .assert()
        .success();
    assert_eq!(std::fs::read(&raw).unwrap(), synced);

    // A presigned URL is printed only on stdout, and downloads to the same bytes.
    let out = s
        .cmd(Service::Sie)
        .args(["url", "--channel", "212", "--from", &from, "--to", &to])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).starts_with("http"));
    let dl = dir.path().join("dl.ndjson");
    s.cmd(Service::Sie)
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
        .arg(&dl)
        .assert()
        .success();
    assert_eq!(std::fs::read(&dl).unwrap(), synced);
}

#[test]
fn sie_fetch_with_pruned_chunks_exits_6_and_names_the_gaps() {
    use secops::sim::sie::{control, SieControl, SimWindow};
    let sim_window = |w: &secops::sie::Window| SimWindow::new(w.start(), w.end());
    let s = sim();
    let st = s
        ._rt
        .block_on(control(
            &s.handle,
            &SieControl {
                records_per_minute: Some(5),
                ..Default::default()
            },
        ))
        .unwrap();
    let window =
        secops::sie::Window::starting_at(st.now() - chrono::Duration::minutes(120), 30).unwrap();
    let c = window.chunks(10);
    // The window passes the start-up check; the service prunes the first
    // chunk just before it is fetched.
    s._rt
        .block_on(control(
            &s.handle,
            &SieControl {
                prune_before: Some(secops::sie::format_time(c[1].start())),
                prune_after_fetches: Some(0),
                ..Default::default()
            },
        ))
        .unwrap();
    let (from, to) = (window.start_param(), window.end_param());
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("nod.ndjson");
    let ck = dir.path().join("nod.ck");
    let fetch = || {
        let mut cmd = s.cmd(Service::Sie);
        cmd.args([
            "fetch",
            "--channel",
            "212",
            "--from",
            &from,
            "--to",
            &to,
            "--chunk",
            "10",
            "-o",
        ])
        .arg(&file)
        .arg("--checkpoint")
        .arg(&ck);
        cmd
    };
    let out = fetch().arg("--json").output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(6), "completed with gaps: {stderr}");
    let events = lines(&out.stderr);
    let summary = events
        .iter()
        .find(|e| e.get("event").is_none())
        .expect("a JSON summary");
    let gaps = summary["gaps"].as_array().expect("gaps in the summary");
    assert_eq!(gaps.len(), 1, "{summary}");
    assert_eq!(gaps[0]["start"], c[0].start().to_rfc3339());
    assert_eq!(gaps[0]["end"], c[0].end().to_rfc3339());
    assert_eq!(gaps[0]["earliest"], c[1].start().to_rfc3339());
    let flagged: Vec<_> = events
        .iter()
        .filter(|e| e["event"] == "progress" && e.get("gap").is_some())
        .collect();
    assert_eq!(
        flagged.len(),
        1,
        "the gap's chunk is flagged in its progress event"
    );
    assert_eq!(flagged[0]["chunk_end"], c[0].end().to_rfc3339());
    // The output holds the other two chunks.
    let records = lines(&std::fs::read(&file).unwrap());
    let data = st.data();
    let want = data.records(
        secops::sie::Channel::NEWLY_OBSERVED_DOMAINS.number(),
        &sim_window(&c[1]),
    ) + data.records(
        secops::sie::Channel::NEWLY_OBSERVED_DOMAINS.number(),
        &sim_window(&c[2]),
    );
    assert_eq!(records.len() as u64, want);

    // Run again: the checkpoint says complete and still holds the gap; without
    // --json, the gap is printed as a warning on stderr (not a terminal here).
    let out = fetch().output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(6), "{stderr}");
    assert!(
        stderr.contains(&format!("warning: gap in ch212: {}", c[0])),
        "{stderr}"
    );
    // --quiet silences the warning, not the exit code.
    let out = fetch().arg("--quiet").output().unwrap();
    assert_eq!(out.status.code(), Some(6));
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn taxii_discover_collections_poll_push() {
    let s = sim();
    let out = s.cmd(Service::Taxii).arg("discover").output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(lines(&out.stdout)[0]["api_roots"].is_array());

    let out = s.cmd(Service::Taxii).arg("collections").output().unwrap();
    let cols = lines(&out.stdout);
    assert!(cols
        .iter()
        .any(|c| c["id"] == secops::sim::taxii::INDICATORS));

    let dir = tempfile::tempdir().unwrap();
    let ck = dir.path().join("ck.json");
    let first = dir.path().join("poll1.ndjson");
    s.cmd(Service::Taxii)
        .args([
            "poll",
            "--collection",
            secops::sim::taxii::INDICATORS,
            "--page-size",
            "100",
            "--checkpoint",
        ])
        .arg(&ck)
        .arg("-o")
        .arg(&first)
        .assert()
        .success();
    let n1 = lines(&std::fs::read(&first).unwrap()).len();
    assert!(n1 >= 100);
    // A second delta poll with the same checkpoint finds nothing new.
    let out = s
        .cmd(Service::Taxii)
        .args([
            "poll",
            "--collection",
            secops::sim::taxii::INDICATORS,
            "--checkpoint",
        ])
        .arg(&ck)
        .output()
        .unwrap();
    assert!(out.status.success());
    assert_eq!(lines(&out.stdout).len(), 0);

    // Push two indicators (as NDJSON) to the writable collection.
    let objs: Vec<String> = lines(&std::fs::read(&first).unwrap())
        .into_iter()
        .take(2)
        .map(|mut o| {
            let id = format!("indicator--{}", uuid_like(&o));
            o["id"] = serde_json::Value::String(id);
            o.to_string()
        })
        .collect();
    let push = dir.path().join("push.ndjson");
    std::fs::write(&push, objs.join("\n")).unwrap();
    let out = s
        .cmd(Service::Taxii)
        .args(["push", "--collection", secops::sim::taxii::INBOX])
        .arg(&push)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let status = &lines(&out.stdout)[0];
    assert_eq!(status["success_count"], 2, "{status}");
}

#[test]
fn sim_taxii_behaviours_are_checked_before_serving() {
    for bad in ["[1]", "{not json", r#"{"single_use":true}"#] {
        let out = Command::new(BIN)
            .args(["sim", "--taxii", bad])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{bad}");
        assert!(
            String::from_utf8_lossy(&out.stderr).contains("--taxii"),
            "{bad}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

#[test]
fn taxii_poll_all_versions_keeps_history() {
    let s = sim();
    let versions_of = |all: bool| {
        let mut c = s.cmd(Service::Taxii);
        c.args(["poll", "--collection", secops::sim::taxii::MIXED]);
        if all {
            c.arg("--all-versions");
        }
        let out = c.output().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        lines(&out.stdout)
            .iter()
            .filter(|o| o["id"] == secops::sim::taxii::MULTI_VERSION_ID)
            .map(|o| o["modified"].as_str().unwrap().to_string())
            .collect::<Vec<_>>()
    };
    assert_eq!(versions_of(false).len(), 1, "only the latest version");
    let all = versions_of(true);
    assert_eq!(all.len(), 3, "every version: {all:?}");
    let distinct: std::collections::HashSet<_> = all.iter().collect();
    assert_eq!(distinct.len(), 3);
}

fn uuid_like(o: &serde_json::Value) -> String {
    let id = o["id"].as_str().unwrap();
    let u = id.split("--").nth(1).unwrap();
    format!("aaaaaaaa{}", &u[8..])
}

#[test]
fn dojo_import_reimport_findings() {
    let s = sim();
    let dir = tempfile::tempdir().unwrap();
    let scan = |vulns: &[(&str, &str)]| {
        let v: Vec<serde_json::Value> = vulns
            .iter()
            .map(|(id, sev)| serde_json::json!({"VulnerabilityID": id, "PkgName": "pkg", "InstalledVersion": "1", "Severity": sev}))
            .collect();
        serde_json::json!({"Results": [{"Target": "img", "Vulnerabilities": v}]}).to_string()
    };
    let a = dir.path().join("a.json");
    let b = dir.path().join("b.json");
    std::fs::write(&a, scan(&[("CVE-1", "HIGH"), ("CVE-2", "LOW")])).unwrap();
    std::fs::write(&b, scan(&[("CVE-1", "HIGH"), ("CVE-3", "CRITICAL")])).unwrap();
    let out = s
        .cmd(Service::DefectDojo)
        .args([
            "import",
            "--scan-type",
            "Trivy Scan",
            "--product",
            "Shop",
            "--engagement",
            "CI",
            "--product-type",
            "Web",
            "--auto-create",
            "--file",
        ])
        .arg(&a)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let test = lines(&out.stdout)[0]["test_id"].as_i64().expect("test id");
    let out = s
        .cmd(Service::DefectDojo)
        .args([
            "reimport",
            "--scan-type",
            "Trivy Scan",
            "--test",
            &test.to_string(),
            "--file",
        ])
        .arg(&b)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let out = s
        .cmd(Service::DefectDojo)
        .args(["findings", "--test", &test.to_string()])
        .output()
        .unwrap();
    let findings = lines(&out.stdout);
    let active: Vec<_> = findings.iter().filter(|f| f["active"] == true).collect();
    assert_eq!(
        active.len(),
        2,
        "CVE-1 and CVE-3 stay active, CVE-2 is closed: {findings:?}"
    );
    // Import of an unknown file is an input error.
    s.cmd(Service::DefectDojo)
        .args([
            "import",
            "--scan-type",
            "Trivy Scan",
            "--engagement",
            "1",
            "--file",
            "/nope.json",
        ])
        .assert()
        .code(2);
}

fn interrupt_after(cmd: Command, after: usize, signal: &str) -> std::process::ExitStatus {
    match run_until_progress(cmd, after, signal) {
        Outcome::Stopped(status) => status,
        Outcome::Finished(_, stderr) => panic!("ended before it could be interrupted: {stderr}"),
    }
}

#[test]
fn sie_fetch_interrupted_then_resumed_gives_identical_output() {
    // 20 ms per request: 60 one-minute chunks take long enough to interrupt.
    let s = sim_with(Faults::none().latency(std::time::Duration::from_millis(20)));
    let out = s
        .cmd(Service::Sie)
        .args(["channels", "--channel", "212"])
        .output()
        .unwrap();
    let latest = lines(&out.stdout)[0]["latest"]
        .as_str()
        .unwrap()
        .to_string();
    let end = chrono::DateTime::parse_from_rfc3339(&latest).unwrap() - chrono::Duration::minutes(2);
    let start = end - chrono::Duration::minutes(60);
    let from = start.format("%Y-%m-%d %H:%M").to_string();
    let to = end.format("%Y-%m-%d %H:%M").to_string();
    let dir = tempfile::tempdir().unwrap();
    let reference = dir.path().join("reference.ndjson");
    let fetch = |out: &Path, ck: &Path| {
        let mut c = s.cmd(Service::Sie);
        c.args([
            "fetch",
            "--channel",
            "212",
            "--from",
            &from,
            "--to",
            &to,
            "--chunk",
            "1",
            "-o",
        ])
        .arg(out)
        .arg("--checkpoint")
        .arg(ck);
        c
    };
    fetch(&reference, &dir.path().join("ref.ck"))
        .assert()
        .success();

    let out = dir.path().join("out.ndjson");
    let ck = dir.path().join("out.ck");
    let status = interrupt_after(fetch(&out, &ck), 5, "-INT");
    assert_eq!(status.code(), Some(130), "Ctrl-C exits with 130");
    assert!(!out.exists(), "no half-written file under the final name");
    assert!(ck.exists(), "a checkpoint was left");
    serde_json::from_slice::<serde_json::Value>(&std::fs::read(&ck).unwrap())
        .expect("valid checkpoint");

    let resumed = fetch(&out, &ck).arg("--json").output().unwrap();
    assert!(
        resumed.status.success(),
        "{}",
        String::from_utf8_lossy(&resumed.stderr)
    );
    assert!(
        String::from_utf8_lossy(&resumed.stderr).contains("resumed from"),
        "the second run resumes: {}",
        String::from_utf8_lossy(&resumed.stderr)
    );
    assert_eq!(
        std::fs::read(&out).unwrap(),
        std::fs::read(&reference).unwrap()
    );
}

#[test]
fn taxii_poll_killed_then_resumed_gives_identical_output() {
    let s = sim_with(Faults::none().latency(std::time::Duration::from_millis(20)));
    let dir = tempfile::tempdir().unwrap();
    let poll = |out: &Path, ck: &Path| {
        let mut c = s.cmd(Service::Taxii);
        c.args([
            "poll",
            "--collection",
            secops::sim::taxii::INDICATORS,
            "--page-size",
            "20",
            "-o",
        ])
        .arg(out)
        .arg("--checkpoint")
        .arg(ck);
        c
    };
    let reference = dir.path().join("reference.ndjson");
    poll(&reference, &dir.path().join("ref.ck"))
        .assert()
        .success();
    let out = dir.path().join("out.ndjson");
    let ck = dir.path().join("out.ck");
    let status = interrupt_after(poll(&out, &ck), 4, "-KILL");
    assert!(!status.success());
    assert!(!out.exists(), "no half-written file under the final name");
    poll(&out, &ck).assert().success();
    assert_eq!(
        std::fs::read(&out).unwrap(),
        std::fs::read(&reference).unwrap()
    );
}

#[test]
fn plain_http_off_loopback_needs_insecure_http() {
    // Refused before any request (taxii.invalid does not resolve: exit 2, not 5).
    Command::new(BIN)
        .args([
            "taxii",
            "--url",
            "http://taxii.invalid/taxii2/",
            "--key",
            "k-cli-plain-http-1",
            "discover",
        ])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--insecure-http"))
        .stderr(predicate::str::contains("k-cli-plain-http-1").not());
    // Opted in: the request is made (and fails on the network: exit 5).
    Command::new(BIN)
        .args([
            "sie",
            "--url",
            "http://127.0.0.1:1/siebatchd/v1/",
            "--key",
            "5b7e2a90-3c4d-4e1f-9a8b-7c6d5e4f3a21",
            "--insecure-http",
            "--allow-origin",
            "https://dl.example",
            "--attempts",
            "1",
            "validate",
        ])
        .assert()
        .code(5);
}

/// `--follow`: the agent's machinery for one feed. It runs, publishes on
/// SIGTERM, exits 0; a second follow resumes from the checkpoint and adds
/// nothing twice; flags of the one-shot form are refused before anything runs.
#[test]
fn follow_runs_until_sigterm_then_resumes_without_duplicates() {
    use std::io::{BufRead, BufReader};
    use std::process::Stdio;
    let s = sim();
    let dir = tempfile::tempdir().unwrap();
    let (out, state) = (dir.path().join("out"), dir.path().join("state"));
    let follow = |extra: &[&str]| {
        let mut c = s.cmd(Service::Defendis);
        c.args([
            "-v",
            "pull",
            "credentials",
            "--domain",
            "example.com",
            "--follow",
        ])
        .args(["--lookback", "1500d", "--every", "1h"])
        .arg("--out-dir")
        .arg(&out)
        .arg("--state-dir")
        .arg(&state)
        .args(extra);
        c
    };
    for _ in 0..2 {
        let mut child = follow(&[])
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut stderr = BufReader::new(child.stderr.take().unwrap()).lines();
        let mut done = false;
        for line in stderr.by_ref() {
            if line.unwrap().contains("run done") {
                done = true;
                Command::new("kill")
                    .args(["-TERM", &child.id().to_string()])
                    .status()
                    .unwrap();
                break;
            }
        }
        assert!(done, "the feed ran");
        // Nobody reads stderr any more (a log collector gone): the lines the
        // stop still logs must not crash it.
        drop(stderr);
        let status = child.wait().unwrap();
        assert!(status.success(), "SIGTERM ends --follow with 0: {status:?}");
    }
    let mut files: Vec<_> = std::fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "ndjson"))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "published at SIGTERM");
    let mut all = Vec::new();
    for f in &files {
        all.extend(lines(&std::fs::read(f).unwrap()));
    }
    let ids: std::collections::BTreeSet<String> = all.iter().map(|r| r["id"].to_string()).collect();
    assert_eq!(
        ids.len(),
        all.len(),
        "no record twice across the two follows"
    );
    let one_shot = s
        .cmd(Service::Defendis)
        .args(["pull", "credentials", "--domain", "example.com"])
        .output()
        .unwrap();
    assert_eq!(all.len(), lines(&one_shot.stdout).len());

    follow(&["-o", "x.ndjson"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--follow"));
    s.cmd(Service::Sie)
        .args(["fetch", "--channel", "212"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--from"));
}
