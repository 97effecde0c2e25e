//! `secops run` driven as a process, as an operator would: SIGKILL at random
//! points then a restart (every record exactly once), SIGTERM in the middle
//! of a page, SIGHUP reloads (added, removed, refused), the status endpoint,
//! `--check` offline, JSON logs. The simulator runs in this process on its own
//! runtime; the agent talks to it over loopback.
//!
//! Nothing here sleeps to wait: the tests follow the child's stderr line by
//! line (a reader thread and a channel; the 60 s bound on each line is only a
//! guard against a hung child), and every child is killed on every path.
#![cfg(all(unix, feature = "cli", feature = "agent"))]

#[cfg(feature = "postgres")]
#[path = "agent_cli/pg.rs"]
mod pg;
mod support;

use std::collections::BTreeSet;
use std::future::IntoFuture;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use chrono::{DateTime, NaiveTime, Utc};
use secops::defectdojo::{DefectDojo, FindingFilter};
use secops::defendis::{Dataset, DateWindow, Defendis};
use secops::sim::{Faults, SimHandle, Simulator};
use secops::taxii::Taxii;
use secops::{CheckpointStore, MemoryCheckpoints, MemorySink, Service};
use support::child::{field, is, kill_at_page, Agent};

const BIN: &str = env!("CARGO_BIN_EXE_secops");
const INDICATORS: &str = "6d1f3a52-0c4b-4e8a-9b1d-5a0000000001";
const ALL: [Service; 5] = [
    Service::Defendis,
    Service::Sandbox,
    Service::DefectDojo,
    Service::Sie,
    Service::Taxii,
];

// ---------------------------------------------------------------------------
// The simulator, the configuration, the child
// ---------------------------------------------------------------------------

/// The simulator on a runtime of its own (the tests themselves block on the
/// child's output).
struct Sim {
    rt: tokio::runtime::Runtime,
    handle: SimHandle,
}

fn sim(seed: u64, size: usize, faults: Faults) -> Sim {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    let handle = rt
        .block_on(
            Simulator::builder()
                .seed(seed)
                .size(size)
                .faults(faults)
                .start(),
        )
        .unwrap();
    Sim { rt, handle }
}

impl Sim {
    /// Every key the simulator accepts (none may ever be printed).
    fn keys(&self) -> Vec<String> {
        ALL.iter()
            .map(|s| self.handle.key(*s).to_string())
            .collect()
    }

    /// `[services.<name>]` for `services`, pointed at this simulator, with a
    /// budget that does not slow the tests down.
    fn services(&self, services: &[Service]) -> String {
        services_at(services, |s| self.handle.url(s))
    }

    /// `secops <args>` with only `PATH` and the simulator's keys in its
    /// environment.
    fn cmd(&self) -> Command {
        let mut c = Command::new(BIN);
        c.env_clear()
            .env("PATH", std::env::var("PATH").unwrap_or_default());
        for s in ALL {
            c.env(s.key_env_var(), self.handle.key(s));
        }
        c
    }
}

fn service_name(s: Service) -> &'static str {
    match s {
        Service::Defendis => "defendis",
        Service::Sandbox => "sandbox",
        Service::DefectDojo => "defectdojo",
        Service::Sie => "sie",
        _ => "taxii",
    }
}

fn services_at(services: &[Service], url: impl Fn(Service) -> String) -> String {
    services
        .iter()
        .map(|s| {
            format!(
                "[services.{}]\nurl = \"{}\"\nrate = 1000\nburst = 100\n",
                service_name(*s),
                url(*s)
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}

const CREDS: &str = r#"
[[feed]]
name = "creds"
service = "defendis"
dataset = "credentials"
value = "example.com"
initial_lookback = "1500d"
page_size = 20
rotate_bytes = "16KiB"
"#;

const FINDINGS: &str = r#"
[[feed]]
name = "findings"
service = "defectdojo"
filter = { active = true }
page_size = 25
rotate_bytes = "16KiB"
"#;

const INTEL: &str = r#"
[[feed]]
name = "intel"
service = "taxii"
collection = "6d1f3a52-0c4b-4e8a-9b1d-5a0000000001"
initial_lookback = "3650d"
page_size = 50
rotate_bytes = "16KiB"
"#;

/// A feed that runs at start, then idles for an hour.
fn hourly(feed: &str) -> String {
    format!("{}\nevery = \"1h\"\njitter = \"0s\"\n", feed.trim_end())
}

/// Writes `dir/agent.toml`: `[agent]` (state and output under `dir`,
/// `listen` as given), then `rest`.
fn write_config(dir: &Path, listen: &str, rest: &str) -> PathBuf {
    let path = dir.join("agent.toml");
    let text = format!(
        "[agent]\nstate_dir = \"state\"\nout_dir = \"out\"\nlisten = \"{listen}\"\nshutdown_grace = \"5m\"\n\n{rest}"
    );
    std::fs::write(&path, text).unwrap();
    path
}

// ---------------------------------------------------------------------------
// What was delivered, what a one-off fetch returns
// ---------------------------------------------------------------------------

/// Every record of a feed: its published files in name order, then what is
/// still aside; asserts that no published file ends mid-line.
fn delivered(out: &Path, feed: &str) -> Vec<String> {
    let dir = out.join(feed);
    let mut published: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map(|d| d.map(|e| e.unwrap().path()).collect())
        .unwrap_or_default();
    published.retain(|p| {
        let n = p.file_name().unwrap().to_string_lossy().to_string();
        n.starts_with(&format!("{feed}-")) && n.ends_with(".ndjson")
    });
    published.sort();
    let mut lines = Vec::new();
    for p in &published {
        let text = std::fs::read_to_string(p).unwrap();
        assert!(
            text.is_empty() || text.ends_with('\n'),
            "{p:?} ends mid-line"
        );
        lines.extend(text.lines().map(str::to_string));
    }
    if let Ok(text) = std::fs::read_to_string(dir.join(format!(".{feed}.ndjson.partial"))) {
        lines.extend(text.lines().map(str::to_string));
    }
    lines
}

fn published_files(out: &Path, feed: &str) -> usize {
    std::fs::read_dir(out.join(feed))
        .map(|d| {
            d.filter(|e| {
                let n = e
                    .as_ref()
                    .unwrap()
                    .file_name()
                    .to_string_lossy()
                    .to_string();
                n.starts_with(&format!("{feed}-")) && n.ends_with(".ndjson")
            })
            .count()
        })
        .unwrap_or(0)
}

/// Asserts that a stopped feed left nothing aside: everything it delivered
/// is in published files, for the shipper.
fn nothing_aside(out: &Path, feed: &str) {
    let aside = out.join(feed).join(format!(".{feed}.ndjson.partial"));
    let len = std::fs::metadata(&aside).map_or(0, |m| m.len());
    assert_eq!(
        len, 0,
        "{feed}: {len} bytes still aside after the agent stopped"
    );
}

fn no_duplicates(feed: &str, lines: &[String]) -> BTreeSet<String> {
    let set: BTreeSet<String> = lines.iter().cloned().collect();
    assert_eq!(
        set.len(),
        lines.len(),
        "{feed}: {} records delivered twice",
        lines.len() - set.len()
    );
    set
}

fn lines_of(sink: &MemorySink) -> BTreeSet<String> {
    sink.records()
        .into_iter()
        .map(|r| String::from_utf8(r).unwrap())
        .collect()
}

fn checkpoint(state: &Path, feed: &str) -> secops::Checkpoint {
    secops::FileCheckpoints::new(state)
        .unwrap()
        .load(&format!("feed-{feed}"))
        .unwrap()
        .expect("a checkpoint")
}

fn midnight(t: DateTime<Utc>) -> DateTime<Utc> {
    t.date_naive().and_time(NaiveTime::MIN).and_utc()
}

impl Sim {
    /// Defendis credentials of example.com in `[from, to)`, fetched in one go.
    fn one_off_creds(&self, from: DateTime<Utc>, to: DateTime<Utc>) -> BTreeSet<String> {
        let h = &self.handle;
        let client = Defendis::builder()
            .api_key(h.key(Service::Defendis))
            .base_url(h.url(Service::Defendis))
            .build()
            .unwrap();
        let mut sink = MemorySink::new();
        self.rt
            .block_on(
                client
                    .sync_dataset(
                        Dataset::credentials("example.com"),
                        Some(DateWindow::new(from.date_naive(), to.date_naive()).unwrap()),
                        &mut sink,
                        MemoryCheckpoints::new(),
                    )
                    .into_future(),
            )
            .unwrap();
        lines_of(&sink)
    }

    /// The active DefectDojo findings, fetched in one go.
    fn one_off_findings(&self) -> BTreeSet<String> {
        let h = &self.handle;
        let dd = DefectDojo::builder()
            .api_key(h.key(Service::DefectDojo))
            .base_url(h.url(Service::DefectDojo))
            .build()
            .unwrap();
        let mut sink = MemorySink::new();
        self.rt
            .block_on(
                dd.sync_findings(
                    FindingFilter::new().active(true),
                    &mut sink,
                    MemoryCheckpoints::new(),
                )
                .into_future(),
            )
            .unwrap();
        lines_of(&sink)
    }

    /// The TAXII indicators collection, fetched in one go.
    fn one_off_intel(&self) -> BTreeSet<String> {
        let h = &self.handle;
        let taxii = Taxii::builder()
            .url(h.url(Service::Taxii))
            .api_key(h.key(Service::Taxii))
            .build()
            .unwrap();
        let mut sink = MemorySink::new();
        self.rt
            .block_on(
                taxii
                    .collection(INDICATORS)
                    .sync(&mut sink, MemoryCheckpoints::new())
                    .into_future(),
            )
            .unwrap();
        lines_of(&sink)
    }
}

// ---------------------------------------------------------------------------
// The tests
// ---------------------------------------------------------------------------

#[test]
fn kill_9_at_random_points_then_restart_delivers_every_record_exactly_once() {
    let s = sim(3, 3000, Faults::none());
    let dir = tempfile::tempdir().unwrap();
    let config = write_config(
        dir.path(),
        "off",
        &format!(
            "{}\n{CREDS}{FINDINGS}{INTEL}",
            s.services(&[Service::Defendis, Service::DefectDojo, Service::Taxii])
        ),
    );
    let started = Utc::now();
    let mut rng = fastrand::Rng::with_seed(0x5ec0_9a11);
    let (mut kills, mut completed) = (0, 0);
    let mut at = Vec::new();
    for _ in 0..20 {
        let k = rng.usize(1..30);
        let mut agent = Agent::spawn(
            s.cmd()
                .args(["-v", "run", "--once", "--config"])
                .arg(&config),
        );
        if kill_at_page(&mut agent, k) {
            kills += 1;
            at.push(k);
        } else {
            completed += 1;
        }
    }
    eprintln!(
        "SIGKILLed {kills} runs (after {at:?} committed pages); {completed} ran to their end"
    );
    assert!(kills >= 15, "only {kills} runs were killed mid-way");

    // One last run to its end.
    let mut agent = Agent::spawn(
        s.cmd()
            .args(["-v", "run", "--once", "--config"])
            .arg(&config),
    );
    let status = agent.finish();
    assert!(status.success(), "{status:?}:\n{}", agent.text());
    for feed in ["creds", "findings", "intel"] {
        assert!(
            agent.log.iter().any(|l| is(l, "run done", feed)),
            "{feed} ran:\n{}",
            agent.text()
        );
    }
    drop(agent);

    let out = dir.path().join("out");
    let state = dir.path().join("state");

    for feed in ["creds", "findings", "intel"] {
        nothing_aside(&out, feed);
    }

    // Defendis: whole days from midnight(now − 1500d) to the last midnight.
    let creds = delivered(&out, "creds");
    assert!(published_files(&out, "creds") >= 2, "rotated by size");
    let creds = no_duplicates("creds", &creds);
    let wm: DateTime<Utc> = checkpoint(&state, "creds").state["watermark"]
        .as_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!(
        wm == midnight(started) || wm == midnight(Utc::now()),
        "the window ends at the last midnight: {wm}"
    );
    let from = midnight(started - chrono::Duration::days(1500));
    assert_eq!(creds, s.one_off_creds(from, wm), "creds");
    assert!(!creds.is_empty());

    // DefectDojo: the active findings.
    let findings = delivered(&out, "findings");
    let findings = no_duplicates("findings", &findings);
    assert_eq!(findings, s.one_off_findings(), "findings");

    // TAXII: the whole collection.
    let intel = delivered(&out, "intel");
    let intel = no_duplicates("intel", &intel);
    assert_eq!(intel, s.one_off_intel(), "intel");
}

#[test]
fn sigterm_mid_page_exits_0_with_that_page_committed() {
    let s = sim(4, 1000, Faults::none().latency(Duration::from_millis(200)));
    let dir = tempfile::tempdir().unwrap();
    let config = write_config(
        dir.path(),
        "off",
        &format!(
            "{}\n{}",
            s.services(&[Service::DefectDojo]),
            hourly(FINDINGS)
        ),
    );
    let mut agent = Agent::spawn(s.cmd().args(["-v", "run", "--config"]).arg(&config));
    agent.wait_for("the first page", |l| is(l, "page committed", "findings"));
    // The next page is in flight (200 ms of latency): stop now.
    agent.signal(libc::SIGTERM);
    let status = agent.finish();
    assert_eq!(status.code(), Some(0), "{status:?}:\n{}", agent.text());
    let log = agent.log.clone();
    let text = agent.text();
    drop(agent);

    let done = log
        .iter()
        .find(|l| is(l, "run done", "findings"))
        .unwrap_or_else(|| panic!("no run done:\n{text}"));
    assert_eq!(field(done, "stopped"), Some("true"), "{done}");
    let sigterm = log
        .iter()
        .position(|l| l.contains("SIGTERM"))
        .unwrap_or_else(|| panic!("SIGTERM logged:\n{text}"));
    let pages: Vec<u64> = log
        .iter()
        .filter(|l| is(l, "page committed", "findings"))
        .map(|l| field(l, "records").unwrap().parse().unwrap())
        .collect();
    let after = log[sigterm..]
        .iter()
        .filter(|l| l.contains("page committed"))
        .count();
    assert!(
        after <= 2,
        "{after} pages committed after SIGTERM: it should stop after the page in flight\n{text}"
    );
    let committed: u64 = pages.iter().sum();
    assert_eq!(
        field(done, "records").unwrap().parse::<u64>().unwrap(),
        committed,
        "{done}"
    );

    let out = dir.path().join("out");
    let state = dir.path().join("state");
    let first = delivered(&out, "findings");
    let cp = checkpoint(&state, "findings");
    assert!(!cp.complete, "stopped mid-listing: {cp:?}");
    assert!(cp.items > 0);
    assert_eq!(
        first.len() as u64,
        cp.items,
        "the files hold what the checkpoint counts"
    );
    assert_eq!(
        cp.items, committed,
        "every page logged as committed is in the files"
    );
    no_duplicates("findings", &first);
    nothing_aside(&out, "findings");

    // A second run completes the listing: nothing twice, nothing missing.
    let mut agent = Agent::spawn(s.cmd().args(["run", "--once", "--config"]).arg(&config));
    let status = agent.finish();
    assert!(status.success(), "{status:?}:\n{}", agent.text());
    drop(agent);
    let all = delivered(&out, "findings");
    assert!(all.len() > first.len());
    assert_eq!(
        &all[..first.len()],
        &first[..],
        "the first run's records stay first"
    );
    let all = no_duplicates("findings", &all);
    assert_eq!(all, s.one_off_findings());
    assert!(checkpoint(&state, "findings").complete);
}

#[test]
fn sighup_adds_removes_and_refuses_a_broken_file() {
    let s = sim(5, 300, Faults::none());
    let dir = tempfile::tempdir().unwrap();
    let services = s.services(&[Service::Defendis, Service::DefectDojo, Service::Taxii]);
    let a = hourly(&FINDINGS.replace("\"findings\"", "\"a\""));
    let b = hourly(&CREDS.replace("\"creds\"", "\"b\""));
    let c = hourly(&INTEL.replace("\"intel\"", "\"c\""));
    let config = write_config(dir.path(), "off", &format!("{services}\n{a}\n{b}"));
    let mut agent = Agent::spawn(s.cmd().args(["run", "--config"]).arg(&config));
    let mut done = BTreeSet::new();
    while done.len() < 2 {
        let line = agent.wait_for("runs of a and b", |l| l.contains("run done"));
        done.insert(field(&line, "feed").unwrap().to_string());
    }
    assert_eq!(done, BTreeSet::from(["a".to_string(), "b".to_string()]));
    let out = dir.path().join("out");
    let a_before = delivered(&out, "a");
    assert!(!a_before.is_empty());

    // a removed, b unchanged (it moves in the file), c added.
    let before_reload = agent.log.len();
    write_config(dir.path(), "off", &format!("{services}\n{c}\n{b}"));
    agent.signal(libc::SIGHUP);
    agent.wait_for("the reload", |l| {
        l.contains("SIGHUP: configuration reloaded")
    });
    agent.wait_for("c's run", |l| is(l, "run done", "c"));

    // A broken file is refused; the running configuration stays.
    let config_text = std::fs::read_to_string(&config).unwrap();
    std::fs::write(
        &config,
        config_text.replace("every = \"1h\"", "every = \"soon\""),
    )
    .unwrap();
    agent.signal(libc::SIGHUP);
    let refused = agent.wait_for("the refusal", |l| {
        l.contains("the configuration is refused")
    });
    assert!(refused.contains("soon"), "the refusal says why: {refused}");
    agent.signal(libc::SIGTERM);
    let status = agent.finish();
    let text = agent.text();
    assert_eq!(status.code(), Some(0), "{status:?}:\n{text}");

    let after: Vec<&String> = agent.log[before_reload..].iter().collect();
    assert!(
        after.iter().any(|l| is(l, "stopping (removed", "a")),
        "a stopped:\n{text}"
    );
    assert!(
        !after.iter().any(|l| field(l, "feed") == Some("b")
            && (l.contains("run done") || l.contains("restarting") || l.contains("started"))),
        "b is unchanged: it must not restart or run again:\n{text}"
    );
    assert_eq!(
        agent.log.iter().filter(|l| is(l, "run done", "b")).count(),
        1,
        "{text}"
    );
    assert_eq!(
        agent.log.iter().filter(|l| is(l, "run done", "c")).count(),
        1,
        "{text}"
    );
    // No run of anything after the refused reload.
    let refused_at = agent
        .log
        .iter()
        .position(|l| l.contains("the configuration is refused"))
        .unwrap();
    assert!(
        !agent.log[refused_at..]
            .iter()
            .any(|l| l.contains("run done") || l.contains("started")),
        "{text}"
    );
    for feed in ["a", "b", "c"] {
        assert!(
            agent.log.iter().any(|l| is(l, "feed summary", feed)),
            "{feed} in the summary:\n{text}"
        );
    }
    drop(agent);

    // a's output is intact (and published when it stopped); b and c delivered
    // what one-off fetches return.
    let a_after = delivered(&out, "a");
    assert_eq!(a_after, a_before, "a's records");
    no_duplicates("a", &a_after);
    assert_eq!(
        a_after.iter().cloned().collect::<BTreeSet<_>>(),
        s.one_off_findings()
    );
    assert!(published_files(&out, "a") >= 1);
    let c_lines = no_duplicates("c", &delivered(&out, "c"));
    assert_eq!(c_lines, s.one_off_intel());
    let b_lines = no_duplicates("b", &delivered(&out, "b"));
    assert!(!b_lines.is_empty());
    for feed in ["a", "b", "c"] {
        nothing_aside(&out, feed);
    }
}

#[test]
fn status_metrics_and_logs_never_show_a_key() {
    const WRONG: &str = "tx_wrong_9d8c7b6a5f4e3d2c1b0a";
    let s = sim(6, 300, Faults::none());
    let dir = tempfile::tempdir().unwrap();
    // The TAXII service reads its key from INTEL_KEY, which holds a wrong key.
    let services = s
        .services(&[Service::Defendis, Service::DefectDojo, Service::Taxii])
        .replace(
            "[services.taxii]\n",
            "[services.taxii]\nkey_env = \"INTEL_KEY\"\n",
        );
    let config = write_config(
        dir.path(),
        "127.0.0.1:0",
        &format!(
            "{services}\n{}\n{}\n{}",
            hourly(CREDS),
            hourly(FINDINGS),
            hourly(INTEL)
        ),
    );
    let mut agent = Agent::spawn(
        s.cmd()
            .env("INTEL_KEY", WRONG)
            .args(["-v", "run", "--config"])
            .arg(&config),
    );
    let endpoint = agent.wait_for("the status endpoint", |l| l.contains("status endpoint"));
    let addr = field(&endpoint, "address")
        .unwrap_or_else(|| panic!("no address in {endpoint}"))
        .to_string();
    assert!(addr.starts_with("127.0.0.1:"), "{addr}");
    assert_ne!(addr, "127.0.0.1:0", "the bound address is logged");
    let mut pending: BTreeSet<&str> = ["creds", "findings", "intel"].into();
    while !pending.is_empty() {
        let line = agent.wait_for("the runs", |l| {
            l.contains("run done") || (l.contains("parked") && l.contains("ERROR"))
        });
        let feed = field(&line, "feed").unwrap();
        if feed == "intel" {
            assert!(line.contains("parked"), "{line}");
        } else {
            assert!(line.contains("run done"), "{line}");
        }
        pending.remove(feed);
    }

    let http = reqwest::Client::builder().no_proxy().build().unwrap();
    let get = |path: &str| {
        s.rt.block_on(async {
            let r = http
                .get(format!("http://{addr}{path}"))
                .send()
                .await
                .unwrap();
            let code = r.status().as_u16();
            (code, r.text().await.unwrap())
        })
    };
    let (code, healthz) = get("/healthz");
    assert_eq!(code, 200, "{healthz}");
    let (code, readyz) = get("/readyz");
    assert_eq!(code, 503, "a parked feed: not ready: {readyz}");
    assert!(readyz.contains("intel"), "{readyz}");
    let (code, status) = get("/status");
    assert_eq!(code, 200);
    let json: serde_json::Value = serde_json::from_str(&status).unwrap();
    let state = |name: &str| {
        json["feeds"]
            .as_array()
            .unwrap()
            .iter()
            .find(|f| f["name"] == name)
            .unwrap_or_else(|| panic!("{name} in {json}"))["state"]
            .clone()
    };
    assert_eq!(state("intel"), "parked", "{json}");
    assert_eq!(state("creds"), "idle", "{json}");
    assert_eq!(state("findings"), "idle", "{json}");
    assert_eq!(json["agent"]["ready"], false);
    let (code, metrics) = get("/metrics");
    assert_eq!(code, 200);
    assert!(
        metrics.lines().any(|l| l.starts_with("secops_feed_parked{")
            && l.contains("intel")
            && l.ends_with(" 1")),
        "{metrics}"
    );

    agent.signal(libc::SIGTERM);
    let status_code = agent.finish();
    let text = agent.text();
    assert_eq!(
        status_code.code(),
        Some(3),
        "a parked feed: exit 3:\n{text}"
    );
    drop(agent);

    for feed in ["creds", "findings"] {
        nothing_aside(&dir.path().join("out"), feed);
    }
    let mut secrets = s.keys();
    secrets.push(WRONG.to_string());
    for (what, body) in [
        ("the logs", &text),
        ("/status", &status),
        ("/metrics", &metrics),
        ("/readyz", &readyz),
    ] {
        for key in &secrets {
            assert!(!body.contains(key.as_str()), "a key in {what}");
            // Nor a recognisable part of one.
            assert!(
                !body.contains(&key[key.len() - 12..]),
                "part of a key in {what}"
            );
        }
    }
}

#[test]
fn check_prints_the_plan_and_refuses_a_missing_key_offline() {
    // The services' URLs point at a listener that must never see a connection.
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    listener.set_nonblocking(true).unwrap();
    let origin = format!("http://{}", listener.local_addr().unwrap());
    let dir = tempfile::tempdir().unwrap();
    let services = services_at(
        &[Service::Defendis, Service::DefectDojo, Service::Taxii],
        |s| format!("{origin}/{}", service_name(s)),
    );
    let config = write_config(
        dir.path(),
        "127.0.0.1:0",
        &format!("{services}\n{CREDS}\n{FINDINGS}\n{INTEL}"),
    );
    let keys = |c: &mut Command| {
        c.env_clear()
            .env("PATH", std::env::var("PATH").unwrap_or_default())
            .env("DEFENDIS_API_KEY", "dfd_check_1111")
            .env("TAXII_API_KEY", "tx_check_2222");
    };

    let mut c = Command::new(BIN);
    keys(&mut c);
    let out = c
        .env("DD_API_KEY", "dd_check_3333")
        .args(["run", "--check", "--config"])
        .arg(&config)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout).to_string();
    let stderr = String::from_utf8_lossy(&out.stderr).to_string();
    assert_eq!(out.status.code(), Some(0), "{stdout}\n{stderr}");
    for feed in ["creds", "findings", "intel"] {
        assert!(
            stdout
                .lines()
                .any(|l| l.trim_start().starts_with(&format!("{feed}:"))),
            "{feed} in the plan:\n{stdout}"
        );
    }
    assert!(stdout.contains("3 feeds"), "{stdout}");
    for key in ["dfd_check_1111", "tx_check_2222", "dd_check_3333"] {
        assert!(!stdout.contains(key) && !stderr.contains(key));
    }

    // DD_API_KEY unset: refused, naming the variable.
    let mut c = Command::new(BIN);
    keys(&mut c);
    let out = c
        .args(["run", "--check", "--config"])
        .arg(&config)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr).to_string();
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("DD_API_KEY"), "{stderr}");
    // Blank is unset too.
    let mut c = Command::new(BIN);
    keys(&mut c);
    let out = c
        .env("DD_API_KEY", "  ")
        .args(["run", "--check", "--config"])
        .arg(&config)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr).to_string();
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("DD_API_KEY"), "{stderr}");

    // A syntax error: named by file, line and column.
    let text = std::fs::read_to_string(&config).unwrap();
    let broken = text.replace("page_size = 25", "page_size = = 25");
    let line = broken.lines().position(|l| l.contains("= = 25")).unwrap() + 1;
    std::fs::write(&config, &broken).unwrap();
    let mut c = Command::new(BIN);
    keys(&mut c);
    let out = c
        .env("DD_API_KEY", "dd_check_3333")
        .args(["run", "--check", "--config"])
        .arg(&config)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr).to_string();
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    let at = format!("{}:{line}:", config.display());
    let col = stderr
        .split(&at)
        .nth(1)
        .unwrap_or_else(|| panic!("{at} in {stderr}"));
    let col: String = col.chars().take_while(char::is_ascii_digit).collect();
    assert!(
        col.parse::<usize>().is_ok_and(|c| c >= 1),
        "file:line:col in {stderr}"
    );

    // Nothing was sent.
    match listener.accept() {
        Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => {}
        other => panic!("--check connected to a service: {other:?}"),
    }
    assert!(!dir.path().join("out").exists(), "--check wrote output");
}

#[test]
fn json_logs_are_one_object_per_line() {
    let s = sim(7, 200, Faults::none());
    let dir = tempfile::tempdir().unwrap();
    let config = write_config(
        dir.path(),
        "off",
        &format!(
            "{}\n{CREDS}\n{FINDINGS}",
            s.services(&[Service::Defendis, Service::DefectDojo])
        ),
    );
    let mut agent = Agent::spawn(
        s.cmd()
            .args(["-v", "run", "--once", "--log-format", "json", "--config"])
            .arg(&config),
    );
    let status = agent.finish();
    let text = agent.text();
    assert!(status.success(), "{status:?}:\n{text}");
    drop(agent);
    let mut runs = BTreeSet::new();
    let mut pages = 0;
    for line in text.lines() {
        let v: serde_json::Value = serde_json::from_str(line)
            .unwrap_or_else(|e| panic!("not one JSON object: {line:?}: {e}"));
        assert!(v.is_object(), "{line}");
        assert!(v["level"].is_string() && v["message"].is_string(), "{line}");
        let message = v["message"].as_str().unwrap();
        if ["run done", "page committed", "feed summary"].contains(&message) {
            let feed = v["feed"]
                .as_str()
                .unwrap_or_else(|| panic!("no feed in {line}"));
            assert!(["creds", "findings"].contains(&feed), "{line}");
            if message == "run done" {
                assert!(v["records"].as_u64().is_some_and(|n| n > 0), "{line}");
                runs.insert(feed.to_string());
            }
            if message == "page committed" {
                pages += 1;
            }
        }
    }
    assert_eq!(runs.len(), 2, "a run done line per feed:\n{text}");
    for feed in ["creds", "findings"] {
        nothing_aside(&dir.path().join("out"), feed);
    }
    assert!(pages > 0, "-v logs committed pages:\n{text}");
}
