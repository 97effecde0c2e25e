//! The agent (`secops run`) in process, on tokio's paused clock: hours of
//! schedule against the simulator with faults, compressed; a feed with a bad
//! key parked while the others deliver everything; reloads that add, remove
//! and change feeds; metrics equal to what the runs reported; no key in the
//! status page.
#![cfg(feature = "agent")]

use std::collections::{BTreeSet, HashMap};
use std::path::{Path, PathBuf};
use std::time::Duration;

use chrono::{DateTime, Utc};
use secops::agent::config::Config;
use secops::agent::{Agent, Clock, Control, Options};
use secops::defectdojo::{DefectDojo, FindingFilter};
use secops::sandbox::{Sandbox, SubmitOptions};
use secops::sie::{Channel, SieBatch, Window};
use secops::sim::sie::SieControl;
use secops::sim::{Faults, SimHandle, Simulator};
use secops::taxii::Taxii;
use secops::{MemoryCheckpoints, MemorySink, Service};
use tokio::sync::mpsc;

const INDICATORS: &str = "6d1f3a52-0c4b-4e8a-9b1d-5a0000000001";

fn env_of(sim: &SimHandle) -> HashMap<String, String> {
    [
        Service::Defendis,
        Service::Sandbox,
        Service::DefectDojo,
        Service::Sie,
        Service::Taxii,
    ]
    .into_iter()
    .map(|s| (s.key_env_var().to_string(), sim.key(s).to_string()))
    .chain([("WRONG_KEY".to_string(), "not-the-key-0000".to_string())])
    .collect()
}

fn services(sim: &SimHandle) -> String {
    format!(
        r#"
[services.defendis]
url = "{}"
[services.sie]
url = "{}"
rate = 50
[services.taxii]
url = "{}"
[services.defectdojo]
url = "{}"
[services.sandbox]
url = "{}"
rate = 50
"#,
        sim.url(Service::Defendis),
        sim.url(Service::Sie),
        sim.url(Service::Taxii),
        sim.url(Service::DefectDojo),
        sim.url(Service::Sandbox),
    )
}

const FEEDS: &str = r#"
[[feed]]
name = "creds"
service = "defendis"
dataset = "credentials"
value = "example.com"
every = "1h"
initial_lookback = "1500d"
page_size = 50
rotate_bytes = "64KiB"

[[feed]]
name = "nod"
service = "sie"
channel = 212
chunk = "5m"
every = "1m"
lag = "2m"
initial_lookback = "30m"
rotate_bytes = "32KiB"
rotate_age = "10m"

[[feed]]
name = "intel"
service = "taxii"
collection = "6d1f3a52-0c4b-4e8a-9b1d-5a0000000001"
every = "5m"
initial_lookback = "3650d"
page_size = 100

[[feed]]
name = "findings"
service = "defectdojo"
filter = { active = true }
every = "10m"
page_size = 40

[[feed]]
name = "samples"
service = "sandbox"
listing = "owned"
every = "3m"
initial_lookback = "3650d"
"#;

struct Setup {
    dir: tempfile::TempDir,
    sim: SimHandle,
    env: HashMap<String, String>,
}

impl Setup {
    async fn new(faults: Faults) -> Setup {
        let sim = Simulator::builder()
            .seed(5)
            .size(600)
            .faults(faults)
            .start()
            .await
            .unwrap();
        Setup {
            dir: tempfile::tempdir().unwrap(),
            env: env_of(&sim),
            sim,
        }
    }

    fn config(&self, feeds: &str) -> Config {
        let text = format!(
            "[agent]\nlisten = \"off\"\nshutdown_grace = \"5m\"\n{}{feeds}",
            services(&self.sim)
        );
        let path = self.dir.path().join("secops.toml");
        std::fs::write(&path, &text).unwrap();
        Config::parse(&path, &text, &self.env).unwrap()
    }

    fn agent(&self, config: Config, clock: Clock) -> Agent {
        let env = self.env.clone();
        Agent::with_env(config, Options::default().clock(clock), move |k| {
            env.get(k).cloned()
        })
    }

    fn out(&self, feed: &str) -> PathBuf {
        self.dir.path().join("out").join(feed)
    }
}

/// Every record a feed delivered: its published files in name order, then
/// what is still being written aside.
fn delivered(dir: &Path, feed: &str) -> (Vec<String>, usize) {
    let mut published: Vec<PathBuf> = std::fs::read_dir(dir)
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
    let aside = dir.join(format!(".{feed}.ndjson.partial"));
    if let Ok(text) = std::fs::read_to_string(aside) {
        lines.extend(text.lines().map(str::to_string));
    }
    (lines, published.len())
}

fn no_duplicates(feed: &str, lines: &[String]) -> BTreeSet<String> {
    let set: BTreeSet<String> = lines.iter().cloned().collect();
    assert_eq!(
        set.len(),
        lines.len(),
        "{feed}: a record was delivered twice"
    );
    set
}

fn lines_of(sink: &MemorySink) -> BTreeSet<String> {
    sink.records()
        .into_iter()
        .map(|r| String::from_utf8(r).unwrap())
        .collect()
}

/// The watermark in a feed's checkpoint.
fn watermark(state_dir: &Path, feed: &str) -> DateTime<Utc> {
    use secops::CheckpointStore;
    let cp = secops::FileCheckpoints::new(state_dir)
        .unwrap()
        .load(&format!("feed-{feed}"))
        .unwrap()
        .expect("a checkpoint");
    cp.state["watermark"].as_str().unwrap().parse().unwrap()
}

#[tokio::test(start_paused = true)]
async fn six_hours_with_faults_deliver_every_record_exactly_once() {
    let faults = Faults::none()
        .rate_limit_every(9)
        .server_errors(0.03)
        .drops(0.02);
    let s = Setup::new(Faults::none()).await;
    let sie_start = secops::sim::sie::control(&s.sim, &SieControl::default())
        .await
        .unwrap()
        .now();
    let sb = Sandbox::builder()
        .api_key(s.sim.key(Service::Sandbox))
        .base_url(s.sim.url(Service::Sandbox))
        .build()
        .unwrap();
    for i in 0..3 {
        sb.submit_url(&format!("https://before.example/{i}"), SubmitOptions::new())
            .await
            .unwrap();
    }
    s.sim.set_faults(faults.clone());
    let config = s.config(FEEDS);
    let state_dir = config.agent.state_dir.clone();
    let agent = s.agent(config, Clock::tokio(sie_start));
    let (tx, rx) = mpsc::channel(4);
    let run = tokio::spawn(agent.run(rx));
    for step in 0..36 {
        tokio::time::sleep(Duration::from_secs(600)).await;
        secops::sim::sie::control(
            &s.sim,
            &SieControl {
                advance_minutes: Some(10),
                ..SieControl::default()
            },
        )
        .await
        .unwrap();
        if step % 6 == 2 {
            // Submissions are not retried (a write): faults pause for them.
            s.sim.set_faults(Faults::none());
            sb.submit_url(
                &format!("https://during.example/{step}"),
                SubmitOptions::new(),
            )
            .await
            .unwrap();
            s.sim.set_faults(faults.clone());
        }
    }
    tx.send(Control::Stop).await.unwrap();
    let summary = run.await.unwrap().unwrap();
    for (name, f) in &summary.feeds {
        assert!(f.runs > 0, "{name} ran: {f:?}");
        assert!(!f.parked, "{name}: {f:?}");
        assert_eq!(f.gaps, 0, "{name}: {f:?}");
    }
    assert!(
        summary.feeds["nod"].runs >= 300,
        "{:?}",
        summary.feeds["nod"]
    );
    let faults = s.sim.fault_counts();
    assert!(faults.total() > 20, "faults were injected: {faults:?}");
    s.sim.set_faults(Faults::none());

    // Defendis: the days from the lookback to the watermark, as a one-off sync gets them.
    let (creds, files) = delivered(&s.out("creds"), "creds");
    assert!(files >= 2, "rotated by size: {files} files");
    let creds = no_duplicates("creds", &creds);
    let wm = watermark(&state_dir, "creds");
    let defendis = secops::defendis::Defendis::builder()
        .api_key(s.sim.key(Service::Defendis))
        .base_url(s.sim.url(Service::Defendis))
        .build()
        .unwrap();
    let mut one_off = MemorySink::new();
    let from = (sie_start - chrono::Duration::days(1500)).date_naive();
    defendis
        .sync_dataset(
            secops::defendis::Dataset::credentials("example.com"),
            Some(secops::defendis::DateWindow::new(from, wm.date_naive()).unwrap()),
            &mut one_off,
            MemoryCheckpoints::new(),
        )
        .await
        .unwrap();
    assert_eq!(creds, lines_of(&one_off), "creds");

    // SIE: every minute from the lookback to the watermark, once.
    let (nod, files) = delivered(&s.out("nod"), "nod");
    assert!(files >= 2, "rotated: {files} files");
    let nod = no_duplicates("nod", &nod);
    let wm = watermark(&state_dir, "nod");
    assert!(
        wm >= sie_start + chrono::Duration::hours(5),
        "the SIE feed kept up: watermark {wm}"
    );
    let sie = SieBatch::builder()
        .api_key(s.sim.key(Service::Sie))
        .base_url(s.sim.url(Service::Sie))
        .build()
        .unwrap();
    let mut one_off = MemorySink::new();
    let start = secops::sie::truncate_to_minute(sie_start - chrono::Duration::minutes(30));
    sie.sync_channel(
        Channel::new(212).unwrap(),
        Window::new(start, wm).unwrap(),
        &mut one_off,
        MemoryCheckpoints::new(),
    )
    .await
    .unwrap();
    assert_eq!(nod, lines_of(&one_off), "nod");

    // TAXII: the whole collection, once.
    let (intel, _) = delivered(&s.out("intel"), "intel");
    let intel = no_duplicates("intel", &intel);
    let taxii = Taxii::builder()
        .url(s.sim.url(Service::Taxii))
        .api_key(s.sim.key(Service::Taxii))
        .build()
        .unwrap();
    let mut one_off = MemorySink::new();
    taxii
        .collection(INDICATORS)
        .sync(&mut one_off, MemoryCheckpoints::new())
        .await
        .unwrap();
    assert_eq!(intel, lines_of(&one_off), "intel");

    // DefectDojo: every active finding, once.
    let (findings, _) = delivered(&s.out("findings"), "findings");
    let findings = no_duplicates("findings", &findings);
    let dd = DefectDojo::builder()
        .api_key(s.sim.key(Service::DefectDojo))
        .base_url(s.sim.url(Service::DefectDojo))
        .build()
        .unwrap();
    let mut one_off = MemorySink::new();
    dd.sync_findings(
        FindingFilter::new().active(true),
        &mut one_off,
        MemoryCheckpoints::new(),
    )
    .await
    .unwrap();
    assert_eq!(findings, lines_of(&one_off), "findings");

    // Sandbox: the samples submitted before and during the run, once each.
    let (samples, _) = delivered(&s.out("samples"), "samples");
    let samples = no_duplicates("samples", &samples);
    let ids: BTreeSet<String> = samples
        .iter()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).unwrap()["id"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    assert_eq!(ids.len(), 3 + 6, "{ids:?}");
}

#[tokio::test(start_paused = true)]
async fn a_feed_with_a_bad_key_is_parked_and_the_others_deliver() {
    let s = Setup::new(Faults::none()).await;
    let text = FEEDS.to_string();
    let mut config = s.config(&text);
    // The TAXII service with a wrong key: its feed parks.
    let path = config.path.clone();
    let full = std::fs::read_to_string(&path).unwrap().replace(
        "[services.taxii]\n",
        "[services.taxii]\nkey_env = \"WRONG_KEY\"\n",
    );
    config = Config::parse(&path, &full, &s.env).unwrap();
    let start = Utc::now();
    let agent = s.agent(config, Clock::tokio(start));
    let observer = agent.observer();
    let (tx, rx) = mpsc::channel(4);
    let run = tokio::spawn(agent.run(rx));
    tokio::time::sleep(Duration::from_secs(3600)).await;
    assert!(!observer.ready(), "a parked feed makes the agent not ready");
    let status = observer.status();
    let text = status.to_string();
    for key in s.env.values() {
        assert!(!text.contains(key.as_str()), "a key in /status");
    }
    let metrics = observer.metrics_text();
    for key in s.env.values() {
        assert!(!metrics.contains(key.as_str()), "a key in /metrics");
    }
    let intel = status["feeds"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["name"] == "intel")
        .unwrap()
        .clone();
    assert_eq!(intel["state"], "parked", "{intel}");
    let why = intel["last_error"]["message"].as_str().unwrap();
    assert!(
        why.contains("WRONG_KEY") && !why.contains("TAXII_API_KEY"),
        "the message names the variable this feed's key comes from: {why}"
    );
    let m = scrape(&metrics);
    let failed: f64 = m
        .iter()
        .filter(|(k, _)| {
            k.starts_with("secops_feed_runs_total{")
                && k.contains("feed=\"intel\"")
                && k.contains("outcome=\"failure\"")
        })
        .map(|(_, v)| *v)
        .sum();
    assert_eq!(
        failed, 1.0,
        "the failed run that parked the feed is counted"
    );
    tx.send(Control::Stop).await.unwrap();
    let summary = run.await.unwrap().unwrap();
    assert!(summary.feeds["intel"].parked);
    assert_eq!(summary.feeds["intel"].runs, 0);
    assert_eq!(
        summary.feeds["intel"].failures, 1,
        "parked after one failure, not retried"
    );
    for name in ["creds", "nod", "findings"] {
        let f = &summary.feeds[name];
        assert!(f.runs >= 1 && f.last_error.is_none(), "{name}: {f:?}");
    }
    assert!(summary.feeds["creds"].records > 0);
    assert!(summary.feeds["findings"].records > 0);
    assert!(!summary.all_ok());
}

/// Parses Prometheus text: `name{labels} value` → value.
fn scrape(text: &str) -> HashMap<String, f64> {
    text.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| {
            let (k, v) = l.rsplit_once(' ')?;
            Some((k.to_string(), v.parse().ok()?))
        })
        .collect()
}

fn metric(m: &HashMap<String, f64>, name: &str, feed: &str) -> f64 {
    m.iter()
        .filter(|(k, _)| {
            k.starts_with(&format!("{name}{{")) && k.contains(&format!("feed=\"{feed}\""))
        })
        .map(|(_, v)| *v)
        .sum()
}

#[tokio::test(start_paused = true)]
async fn metrics_equal_what_the_runs_reported_and_reload_adds_removes_and_changes_feeds() {
    let s = Setup::new(Faults::none()).await;
    let two = FEEDS
        .split("[[feed]]")
        .filter(|f| f.contains("\"creds\"") || f.contains("\"findings\""))
        .map(|f| format!("[[feed]]{f}"))
        .collect::<String>();
    let config = s.config(&two);
    let agent = s.agent(config, Clock::tokio(Utc::now()));
    let observer = agent.observer();
    let (tx, rx) = mpsc::channel(4);
    let run = tokio::spawn(agent.run(rx));
    tokio::time::sleep(Duration::from_secs(1800)).await;

    // Reload: creds removed, findings unchanged, intel added.
    let intel = FEEDS
        .split("[[feed]]")
        .find(|f| f.contains("\"intel\""))
        .unwrap();
    let findings = FEEDS
        .split("[[feed]]")
        .find(|f| f.contains("\"findings\""))
        .unwrap();
    let next = s.config(&format!("[[feed]]{findings}[[feed]]{intel}"));
    tx.send(Control::Reload(Box::new(next))).await.unwrap();
    tokio::time::sleep(Duration::from_secs(1800)).await;
    let status = observer.status();
    let names: Vec<&str> = status["feeds"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["findings", "intel"]);
    let m = scrape(&observer.metrics_text());
    tx.send(Control::Stop).await.unwrap();
    let summary = run.await.unwrap().unwrap();

    // The findings feed was not disturbed by the reload: one task, every run in it.
    let f = &summary.feeds["findings"];
    assert!(f.runs >= 6, "{f:?}");
    assert_eq!(
        metric(&m, "secops_feed_records_total", "findings"),
        f.records as f64
    );
    assert_eq!(
        metric(&m, "secops_feed_runs_total", "findings"),
        f.runs as f64,
        "{m:?}"
    );
    let (lines, _) = delivered(&s.out("findings"), "findings");
    assert_eq!(lines.len() as u64, f.records);
    // The removed feed kept its counters; the added one delivered.
    let creds = &summary.feeds["creds"];
    assert_eq!(
        metric(&m, "secops_feed_records_total", "creds"),
        creds.records as f64
    );
    let i = &summary.feeds["intel"];
    assert!(i.records > 0, "{i:?}");
    assert_eq!(
        metric(&m, "secops_feed_records_total", "intel"),
        i.records as f64
    );
    assert!(metric(&m, "secops_feed_requests_total", "intel") >= 1.0);
    assert!(metric(&m, "secops_feed_lag_seconds", "intel") >= 0.0);
}

#[tokio::test(start_paused = true)]
async fn a_second_agent_on_the_same_state_directory_is_refused() {
    let s = Setup::new(Faults::none()).await;
    let one = FEEDS
        .split("[[feed]]")
        .find(|f| f.contains("\"findings\""))
        .unwrap();
    let config = s.config(&format!("[[feed]]{one}"));
    let first = s.agent(config.clone(), Clock::tokio(Utc::now()));
    let (tx, rx) = mpsc::channel(4);
    let run = tokio::spawn(first.run(rx));
    tokio::time::sleep(Duration::from_secs(60)).await;
    let (_tx2, rx2) = mpsc::channel(4);
    let e = s
        .agent(config, Clock::tokio(Utc::now()))
        .run(rx2)
        .await
        .unwrap_err()
        .to_string();
    assert!(e.contains("another agent is running"), "{e}");
    tx.send(Control::Stop).await.unwrap();
    let summary = run.await.unwrap().unwrap();
    assert!(summary.feeds["findings"].records > 0);
}

#[tokio::test(start_paused = true)]
async fn sie_data_pruned_while_the_agent_was_down_is_one_reported_gap() {
    let s = Setup::new(Faults::none()).await;
    let nod = FEEDS
        .split("[[feed]]")
        .find(|f| f.contains("\"nod\""))
        .unwrap();
    let config = s.config(&format!("[[feed]]{nod}"));
    let status = secops::sim::sie::control(
        &s.sim,
        &SieControl {
            retention_minutes: Some(60),
            ..SieControl::default()
        },
    )
    .await
    .unwrap();
    let t0 = status.now();
    let (tx, rx) = mpsc::channel(4);
    let run = tokio::spawn(s.agent(config.clone(), Clock::tokio(t0)).run(rx));
    tokio::time::sleep(Duration::from_secs(300)).await;
    tx.send(Control::Stop).await.unwrap();
    let first = run.await.unwrap().unwrap();
    assert_eq!(first.feeds["nod"].gaps, 0);
    let before = watermark(&config.agent.state_dir, "nod");

    // Three hours down; the channel keeps one.
    secops::sim::sie::control(
        &s.sim,
        &SieControl {
            advance_minutes: Some(180),
            ..SieControl::default()
        },
    )
    .await
    .unwrap();
    let (tx, rx) = mpsc::channel(4);
    let clock = Clock::tokio(t0 + chrono::Duration::minutes(185));
    let run = tokio::spawn(s.agent(config.clone(), clock).run(rx));
    tokio::time::sleep(Duration::from_secs(600)).await;
    tx.send(Control::Stop).await.unwrap();
    let second = run.await.unwrap().unwrap();
    let f = &second.feeds["nod"];
    assert!(f.runs >= 5, "{f:?}");
    assert_eq!(f.gaps, 1, "one gap, counted once over several runs: {f:?}");
    assert!(second.has_gaps() && !second.all_ok());
    let after = watermark(&config.agent.state_dir, "nod");
    assert!(
        after > before + chrono::Duration::minutes(170),
        "{before} → {after}"
    );
}

#[test]
fn the_sample_configuration_is_valid_and_covers_every_service() {
    let env: HashMap<String, String> = [
        Service::Defendis,
        Service::Sandbox,
        Service::DefectDojo,
        Service::Sie,
        Service::Taxii,
    ]
    .into_iter()
    .map(|s| (s.key_env_var().to_string(), "k".to_string()))
    .collect();
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/agent.toml");
    let c = Config::load(&path, &env).unwrap();
    let services: BTreeSet<String> = c
        .feeds
        .iter()
        .map(|f| f.kind.service().to_string())
        .collect();
    assert_eq!(services.len(), 5, "{services:?}");
    assert_eq!(Agent::plan(&c).len(), 5);
}

#[tokio::test(start_paused = true)]
async fn a_waiting_feed_publishes_its_file_once_it_is_rotate_age_old() {
    let s = Setup::new(Faults::none()).await;
    let config = s.config(
        r#"
[[feed]]
name = "findings"
service = "defectdojo"
every = "1h"
jitter = "0s"
rotate_age = "5m"
"#,
    );
    let (tx, rx) = mpsc::channel(4);
    let run = tokio::spawn(s.agent(config, Clock::tokio(Utc::now())).run(rx));
    tokio::time::sleep(Duration::from_secs(60)).await;
    let (lines, published) = delivered(&s.out("findings"), "findings");
    assert!(!lines.is_empty(), "the first run delivered");
    assert_eq!(published, 0, "a minute old: still being written");
    tokio::time::sleep(Duration::from_secs(6 * 60)).await;
    let (again, published) = delivered(&s.out("findings"), "findings");
    assert_eq!(
        published, 1,
        "published at five minutes, long before the next run"
    );
    assert_eq!(again, lines);
    tx.send(Control::Stop).await.unwrap();
    assert_eq!(run.await.unwrap().unwrap().feeds["findings"].runs, 1);
}

#[tokio::test(start_paused = true)]
async fn a_feed_writes_its_format() {
    let s = Setup::new(Faults::none()).await;
    let config = s.config(
        r#"
[[feed]]
name = "nod"
service = "sie"
channel = 212
every = "1m"
initial_lookback = "10m"
format = "stix"

[[feed]]
name = "findings"
service = "defectdojo"
format = "ocsf"
"#,
    );
    let (tx, rx) = mpsc::channel(4);
    let run = tokio::spawn(s.agent(config, Clock::tokio(Utc::now())).run(rx));
    tokio::time::sleep(Duration::from_secs(120)).await;
    tx.send(Control::Stop).await.unwrap();
    let summary = run.await.unwrap().unwrap();
    let (nod, _) = delivered(&s.out("nod"), "nod");
    assert!(!nod.is_empty());
    let types: BTreeSet<String> = nod
        .iter()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).unwrap()["type"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    assert_eq!(
        types,
        BTreeSet::from(["indicator".to_string(), "domain-name".to_string()])
    );
    let (findings, _) = delivered(&s.out("findings"), "findings");
    assert_eq!(findings.len() as u64, summary.feeds["findings"].records);
    assert!(findings
        .iter()
        .all(|l| serde_json::from_str::<serde_json::Value>(l).unwrap()["class_uid"] == 2002));
}
