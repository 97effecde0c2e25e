//! Interop with OASIS's reference TAXII 2.1 server, medallion (PyPI), and the
//! same assertions against the simulator.
//!
//! medallion comes from `$SECOPS_MEDALLION` (its `medallion` script, or a
//! Python that has it installed), else `.peers/venv/bin/medallion`
//! (`bash scripts/peers.sh` installs it). When it is missing the medallion
//! test is skipped with a note, and FAILS when `SECOPS_REQUIRE_PEERS=1`.
//!
//! The test writes medallion's data file (memory backend) and configuration
//! (HTTP Basic, `max_page_size` 7) and starts it on a free loopback port.

use std::collections::{BTreeMap, HashSet};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::sync::atomic::Ordering;
use std::time::Duration;

use futures::TryStreamExt;
use secops::sim::taxii::INBOX;
use secops::sim::Simulator;
use secops::taxii::stix::{Indicator, StixObject};
use secops::taxii::Taxii;
use secops::{ApiErrorKind, MemoryCheckpoints, RetryPolicy, Service};
use serde_json::{json, Value};

mod support;

const PAGE_CAP: usize = 7;
const COLLECTION: &str = "91a7b528-80eb-42ed-a74d-c6fbd5a26116";
const MULTI: &str = "malware--31b940d4-6f7f-459a-80ea-9c1f17b58abc";
const VARIED: &str = include_str!("resources/taxii/varied.json");
/// The one user of the medallion servers the tests start.
const USER: &str = "analyst";
const PASSWORD: &str = "interop-pass-9d1c";

fn fast_retry() -> RetryPolicy {
    RetryPolicy::default()
        .max_attempts(4)
        .initial_backoff(Duration::from_millis(1))
        .max_backoff(Duration::from_millis(4))
}

/// A client of the medallion server (or a proxy in front of it) at `url`.
fn medallion_client(url: &str, retry: RetryPolicy) -> Taxii {
    Taxii::builder()
        .url(url)
        .basic_auth(USER, PASSWORD)
        .retry(retry)
        .build()
        .unwrap()
}

/// The objects both servers are loaded with, in the order they were added:
/// the varied fixture (less its SCO), 30 indicators, and two more versions of [`MULTI`].
fn loaded() -> Vec<Value> {
    let mut out: Vec<Value> = serde_json::from_str::<Vec<Value>>(VARIED)
        .unwrap()
        .into_iter()
        .filter(|o| o.get("modified").is_some() || o["type"] == "marking-definition")
        .collect();
    for i in 0..30 {
        out.push(json!({
            "type": "indicator", "spec_version": "2.1",
            "id": format!("indicator--7e1f3a52-0c4b-4e8a-9b1d-5a{i:010x}"),
            "created": "2026-03-01T00:00:00.000Z", "modified": "2026-03-01T00:00:00.000Z",
            "pattern": format!("[domain-name:value = 'bad-{i}.example.org']"),
            "pattern_type": "stix", "valid_from": "2026-03-01T00:00:00Z",
            "x_interop_index": i
        }));
    }
    let mut v = out
        .iter()
        .find(|o| o["id"] == MULTI)
        .cloned()
        .expect("the fixture has the malware");
    for m in ["2026-02-02T00:00:00.000Z", "2026-03-02T00:00:00.000Z"] {
        v["modified"] = json!(m);
        out.push(v.clone());
    }
    out
}

fn key(v: &Value) -> (String, String) {
    let s = |k: &str| v.get(k).and_then(Value::as_str).unwrap_or("").to_string();
    let ver = if v.get("modified").is_some() {
        s("modified")
    } else {
        s("created")
    };
    (s("id"), ver)
}

fn as_map(objs: &[StixObject]) -> BTreeMap<(String, String), Value> {
    objs.iter()
        .map(|o| {
            let v = o.to_value();
            (key(&v), v)
        })
        .collect()
}

fn latest(objs: &[Value]) -> BTreeMap<(String, String), Value> {
    let mut by_id: BTreeMap<String, &Value> = BTreeMap::new();
    for o in objs {
        let (id, ver) = key(o);
        match by_id.get(&id) {
            Some(prev) if key(prev).1 >= ver => {}
            _ => {
                by_id.insert(id, o);
            }
        }
    }
    by_id.values().map(|v| (key(v), (*v).clone())).collect()
}

/// The assertions both servers must pass, on a collection loaded with [`loaded`].
async fn interop(t: &Taxii, collection: &str, server: &str) {
    let loaded = loaded();
    let d = t.discover().await.unwrap();
    assert!(
        !d.api_roots.is_empty(),
        "{server}: discovery lists API roots"
    );
    let cols = t.collections().await.unwrap();
    let info = cols
        .iter()
        .find(|c| c.id == collection)
        .unwrap_or_else(|| panic!("{server}: collection listed"));
    assert!(info.can_read && info.can_write, "{server}");
    let c = t.collection(collection);

    // Full pull (every version) matches the loaded objects exactly, page by page.
    let pages: Vec<_> = c
        .objects()
        .match_version("all")
        .limit(100)
        .pages()
        .try_collect()
        .await
        .unwrap();
    assert!(
        pages.len() >= loaded.len() / PAGE_CAP,
        "{server}: {} pages",
        pages.len()
    );
    assert!(pages.iter().all(|p| p.items.len() <= PAGE_CAP), "{server}");
    let all: Vec<StixObject> = pages.into_iter().flat_map(|p| p.items).collect();
    assert_eq!(all.len(), loaded.len(), "{server}: full pull count");
    let expected: BTreeMap<_, _> = loaded.iter().map(|v| (key(v), v.clone())).collect();
    assert_eq!(as_map(&all), expected, "{server}: full pull content");

    // The default (latest versions) and the versions of one object.
    let latest_pull = c.objects().all().await.unwrap();
    assert_eq!(as_map(&latest_pull), latest(&loaded), "{server}: latest");
    let versions = c.versions(MULTI).all().await.unwrap();
    let mut sorted = versions.clone();
    sorted.sort();
    assert_eq!(
        sorted,
        vec![
            "2026-01-02T00:00:00.000Z",
            "2026-02-02T00:00:00.000Z",
            "2026-03-02T00:00:00.000Z"
        ],
        "{server}: versions"
    );
    let every = c.object(MULTI).match_version("all").all().await.unwrap();
    assert_eq!(every.len(), 3, "{server}: match[version]=all on one object");
    let only_last = c.object(MULTI).all().await.unwrap();
    assert_eq!(only_last.len(), 1, "{server}");
    assert_eq!(only_last[0].modified(), Some("2026-03-02T00:00:00.000Z"));

    // Delta poll: the first run gets everything.
    let store = MemoryCheckpoints::new();
    let run1: Vec<StixObject> = c
        .objects()
        .match_version("all")
        .poll(&store)
        .try_collect()
        .await
        .unwrap();
    assert_eq!(as_map(&run1), expected, "{server}: first delta run");

    // Publish 20 objects in one request; wait for the status.
    let new: Vec<StixObject> = (0..20)
        .map(|i| {
            let mut ind = Indicator::new(format!("[ipv4-addr:value = '203.0.113.{i}']")).unwrap();
            ind.name = Some(format!("published {i}"));
            ind.extra.insert("x_published_by".into(), json!("secops"));
            ind.to_object().unwrap()
        })
        .collect();
    let status = c.add_objects(&new).await.unwrap();
    assert_eq!(status.total_count, 20, "{server}");
    let done = c
        .wait_for_status(&status, Duration::ZERO, Duration::from_secs(60))
        .await
        .unwrap();
    assert_eq!(
        (done.status.as_str(), done.success_count, done.failure_count),
        ("complete", 20, 0),
        "{server}"
    );

    // The next delta runs: only the new objects, then nothing.
    let run2: Vec<StixObject> = c
        .objects()
        .match_version("all")
        .poll(&store)
        .try_collect()
        .await
        .unwrap();
    let new_ids: HashSet<&str> = new.iter().map(StixObject::id).collect();
    let got: HashSet<&str> = run2.iter().map(StixObject::id).collect();
    assert_eq!(
        (run2.len(), got),
        (20, new_ids.clone()),
        "{server}: second run"
    );
    let run3: Vec<StixObject> = c
        .objects()
        .match_version("all")
        .poll(&store)
        .try_collect()
        .await
        .unwrap();
    assert!(run3.is_empty(), "{server}: third run got {}", run3.len());

    // Read back, manifest, delete.
    let back = c.object(new[3].id()).all().await.unwrap();
    assert_eq!(back[0].to_value(), new[3].to_value(), "{server}: read back");
    let manifest = c.manifest().match_version("all").all().await.unwrap();
    assert_eq!(manifest.len(), loaded.len() + 20, "{server}: manifest");
    assert!(manifest.iter().any(|m| m.id == MULTI));
    c.delete_object(new[5].id(), None).await.unwrap();
    let err = c.object(new[5].id()).all().await.unwrap_err();
    assert_eq!(
        err.api_kind(),
        Some(&ApiErrorKind::NotFound),
        "{server}: {err}"
    );
}

// --- medallion -------------------------------------------------------------

struct Medallion {
    child: Child,
    url: String,
    log: PathBuf,
    _dir: tempfile::TempDir,
}

impl Drop for Medallion {
    fn drop(&mut self) {
        if std::thread::panicking() {
            let log = std::fs::read_to_string(&self.log).unwrap_or_default();
            let tail: Vec<&str> = log.lines().rev().take(40).collect();
            eprintln!("--- medallion log (last lines) ---");
            for l in tail.iter().rev() {
                eprintln!("{l}");
            }
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The medallion command, or `None` (after a note) when it is not installed.
fn medallion_command() -> Option<Command> {
    let path = support::peers::peer("SECOPS_MEDALLION", "venv/bin/medallion", "OASIS medallion")?;
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
    let mut cmd = Command::new(&path);
    if name.starts_with("python") {
        cmd.args(["-m", "medallion.scripts.run"]);
    }
    Some(cmd)
}

async fn start_medallion(cmd: Command) -> Medallion {
    start_medallion_with(cmd, loaded(), 1).await
}

/// medallion loaded with `loaded`, whose objects share one `date_added` in
/// groups of `tie`.
async fn start_medallion_with(mut cmd: Command, loaded: Vec<Value>, tie: usize) -> Medallion {
    let dir = tempfile::tempdir().unwrap();
    let port = support::peers::free_port();
    let origin = format!("http://127.0.0.1:{port}");
    let manifest: Vec<Value> = loaded
        .iter()
        .enumerate()
        .map(|(i, o)| {
            let i = i / tie;
            json!({
                "id": o["id"],
                "date_added": format!("2026-04-01T00:00:{:02}.{:06}Z", i / 1000, (i % 1000) * 1000),
                "version": key(o).1,
                "media_type": "application/stix+json;version=2.1",
            })
        })
        .collect();
    let data = json!({
        "/discovery": {
            "title": "secops interop", "description": "medallion for the secops tests",
            "default": format!("{origin}/api1/"), "api_roots": [format!("{origin}/api1/")]
        },
        "api1": {
            "information": {"title": "api1", "description": "interop",
                "versions": ["application/taxii+json;version=2.1"], "max_content_length": 10_485_760},
            "status": [],
            "collections": [{
                "id": COLLECTION, "title": "interop", "description": "loaded by the test",
                "can_read": true, "can_write": true,
                "media_types": ["application/stix+json;version=2.1"],
                "objects": loaded, "manifest": manifest
            }]
        }
    });
    let data_path = dir.path().join("data.json");
    std::fs::write(&data_path, data.to_string()).unwrap();
    let conf = json!({
        "backend": {"module": "medallion.backends.memory_backend", "module_class": "MemoryBackend",
                    "filename": data_path, "session_timeout": 30, "check_interval": 10},
        "users": {USER: PASSWORD},
        "taxii": {"max_page_size": PAGE_CAP}
    });
    let conf_path = dir.path().join("medallion.json");
    std::fs::write(&conf_path, conf.to_string()).unwrap();
    let log = dir.path().join("medallion.log");
    let out = std::fs::File::create(&log).unwrap();
    let child = cmd
        .args(["--host", "127.0.0.1", "--port", &port.to_string()])
        .arg(&conf_path)
        .stdout(Stdio::from(out.try_clone().unwrap()))
        .stderr(Stdio::from(out))
        .spawn()
        .expect("starting medallion");
    let mut m = Medallion {
        child,
        url: format!("{origin}/taxii2/"),
        log,
        _dir: dir,
    };
    // Readiness: wait until the port accepts connections (medallion needs ~1 s).
    for _ in 0..300 {
        if let Some(status) = m.child.try_wait().unwrap() {
            panic!(
                "medallion exited ({status}): {}",
                std::fs::read_to_string(&m.log).unwrap_or_default()
            );
        }
        if tokio::net::TcpStream::connect(("127.0.0.1", port))
            .await
            .is_ok()
        {
            return m;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let _ = m.child.kill();
    panic!(
        "medallion did not listen on {port}: {}",
        std::fs::read_to_string(&m.log).unwrap_or_default()
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn medallion_interop() {
    let Some(cmd) = medallion_command() else {
        return;
    };
    let m = start_medallion(cmd).await;
    let t = medallion_client(&m.url, fast_retry());
    interop(&t, COLLECTION, "medallion").await;
    // A wrong password is a clear 401, and medallion's error shape is understood.
    let wrong = Taxii::builder()
        .url(&m.url)
        .basic_auth(USER, "nope")
        .retry(fast_retry())
        .build()
        .unwrap();
    let err = wrong.collections().await.unwrap_err();
    assert_eq!(err.api_kind(), Some(&ApiErrorKind::Unauthorized), "{err}");
    // A rejected next token: medallion says 400 with its {title, description}.
    let e = reqwest::Client::new()
        .get(format!(
            "{}api1/collections/{COLLECTION}/objects/?next=bogus&limit=5",
            m.url.trim_end_matches("taxii2/")
        ))
        .basic_auth(USER, Some(PASSWORD))
        .header("accept", secops::taxii::MEDIA_TYPE)
        .send()
        .await
        .unwrap();
    assert_eq!(e.status(), 400);
    let body: Value = e.json().await.unwrap();
    assert!(body["description"].as_str().unwrap().contains("next"));
}

// --- medallion behind a proxy that cuts responses mid-body ------------------

/// medallion's `next` tokens are single-use: reading one moves its session on.
/// With every fourth objects response cut mid-body, and groups of objects
/// sharing one `date_added` across its 7-object pages, a delta poll still
/// delivers every object exactly once (a token is never sent twice: a cut page
/// is read again from `added_after`).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn medallion_behind_a_cutting_proxy_delivers_exactly_once() {
    let Some(cmd) = medallion_command() else {
        return;
    };
    let objects: Vec<Value> = (0..104)
        .map(|i| {
            json!({
                "type": "indicator", "spec_version": "2.1",
                "id": format!("indicator--8e1f3a52-0c4b-4e8a-9b1d-5a{i:010x}"),
                "created": "2026-03-01T00:00:00.000Z", "modified": "2026-03-01T00:00:00.000Z",
                "pattern": format!("[domain-name:value = 'cut-{i}.example.org']"),
                "pattern_type": "stix", "valid_from": "2026-03-01T00:00:00Z"
            })
        })
        .collect();
    let m = start_medallion_with(cmd, objects.clone(), 5).await;
    let upstream = m.url.trim_end_matches("/taxii2/").to_string();
    let (proxy, cuts) = support::peers::cutting_proxy(upstream, 4, |method, path| {
        method == "GET" && path.ends_with("/objects/")
    })
    .await;
    let t = medallion_client(&format!("{proxy}/taxii2/"), fast_retry().max_attempts(6));
    let store = MemoryCheckpoints::new();
    let mut poll = t.collection(COLLECTION).objects().limit(7).poll(&store);
    let mut seen: BTreeMap<String, u32> = BTreeMap::new();
    while let Some(o) = poll.try_next().await.unwrap() {
        *seen.entry(o.id().to_string()).or_default() += 1;
    }
    let stats = poll.stats();
    drop(poll);
    let twice: Vec<_> = seen.iter().filter(|(_, n)| **n > 1).collect();
    assert!(twice.is_empty(), "delivered twice: {twice:?}");
    assert_eq!(seen.len(), objects.len(), "objects lost ({stats:?})");
    assert!(cuts.load(Ordering::Relaxed) > 0, "the proxy cut nothing");
    assert!(
        stats.next_fallbacks > 0,
        "cut pages should be read again from added_after: {stats:?}"
    );
    // The next run finds nothing new.
    let again: Vec<StixObject> = t
        .collection(COLLECTION)
        .objects()
        .limit(7)
        .poll(&store)
        .try_collect()
        .await
        .unwrap();
    assert!(
        again.is_empty(),
        "a second run re-delivered {}",
        again.len()
    );
}

#[tokio::test]
async fn simulator_meets_the_same_assertions() {
    let sim = Simulator::builder().size(10).start().await.unwrap();
    let r = reqwest::Client::new()
        .post(format!("{}/taxii/_sim/control", sim.origin()))
        .json(&json!({"max_page_size": PAGE_CAP, "reuse_next": true}))
        .send()
        .await
        .unwrap();
    assert!(r.status().is_success());
    let t = Taxii::builder()
        .url(sim.url(Service::Taxii))
        .basic_auth(sim.keys().taxii_user.clone(), sim.key(Service::Taxii))
        .retry(fast_retry())
        .build()
        .unwrap();
    let objs: Vec<StixObject> = loaded()
        .iter()
        .map(|v| StixObject::from_serialize(v).unwrap())
        .collect();
    let st = t.collection(INBOX).add_objects(&objs).await.unwrap();
    assert_eq!(st.total_count as usize, objs.len());
    interop(&t, INBOX, "simulator").await;
}

/// `secops sie fetch --format stix | secops taxii push --collection ID -`:
/// newly observed domains published, as STIX indicators, to medallion and to
/// the simulator's inbox; every indicator arrives. Fetching again gives the
/// same objects with the same ids (a re-run creates nothing new).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sie_domains_piped_as_stix_into_medallion_and_the_simulator() {
    use std::io::Write;
    let Some(cmd) = medallion_command() else {
        return;
    };
    let m = start_medallion(cmd).await;
    let sim = Simulator::builder().seed(3).start().await.unwrap();
    let now = secops::sim::sie::control(&sim, &Default::default())
        .await
        .unwrap()
        .now();
    let (from, to) = (
        now - chrono::Duration::minutes(6),
        now - chrono::Duration::minutes(3),
    );
    let fmt = |t: chrono::DateTime<chrono::Utc>| t.format("%Y-%m-%d %H:%M").to_string();
    let fetch = || {
        support::service_cmd(&sim, Service::Sie)
            .args([
                "fetch",
                "--channel",
                "212",
                "--from",
                &fmt(from),
                "--to",
                &fmt(to),
            ])
            .args(["--format", "stix"])
            .output()
            .unwrap()
    };
    let first = tokio::task::block_in_place(fetch);
    assert!(
        first.status.success(),
        "{}",
        String::from_utf8_lossy(&first.stderr)
    );
    let again = tokio::task::block_in_place(fetch);
    assert_eq!(
        first.stdout, again.stdout,
        "the same records, the same objects"
    );
    let lines: Vec<Value> = support::ndjson(&first.stdout);
    let indicators: HashSet<String> = lines
        .iter()
        .filter(|o| o["type"] == "indicator")
        .map(|o| o["id"].as_str().unwrap().to_string())
        .collect();
    assert!(indicators.len() > 10, "{} indicators", indicators.len());

    let push = |mut c: Command, collection: &str| {
        let mut child = c
            .args(["push", "--collection", collection, "-"])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        child
            .stdin
            .take()
            .unwrap()
            .write_all(&first.stdout)
            .unwrap();
        let out = child.wait_with_output().unwrap();
        assert!(
            out.status.success(),
            "{} {}",
            String::from_utf8_lossy(&out.stderr),
            String::from_utf8_lossy(&out.stdout)
                .chars()
                .take(1500)
                .collect::<String>()
        );
    };
    let medallion = medallion_client(&m.url, fast_retry());
    let simulator = Taxii::builder()
        .url(sim.url(Service::Taxii))
        .basic_auth(sim.keys().taxii_user.clone(), sim.key(Service::Taxii))
        .retry(fast_retry())
        .build()
        .unwrap();
    for (server, client, collection) in [
        ("medallion", &medallion, COLLECTION),
        ("simulator", &simulator, INBOX),
    ] {
        let cmd = if server == "medallion" {
            let mut c = Command::new(support::BIN);
            c.env_clear()
                .env("PATH", std::env::var_os("PATH").unwrap_or_default());
            c.args(["taxii", "--url", &m.url, "--user", USER, "--key", PASSWORD]);
            c
        } else {
            support::service_cmd(&sim, Service::Taxii)
        };
        tokio::task::block_in_place(|| push(cmd, collection));
        let all: Vec<StixObject> = client
            .collection(collection)
            .objects()
            .limit(5)
            .items()
            .try_collect()
            .await
            .unwrap();
        let ids: HashSet<String> = all.iter().map(|o| o.id().to_string()).collect();
        for id in &indicators {
            assert!(ids.contains(id), "{server}: {id} arrived");
        }
    }
}

/// The agent's TAXII feed against medallion, the reference server (pages of
/// 7): a first run delivers the collection, a run after new objects were
/// added delivers only those, and the feed's files hold every object once.
#[cfg(feature = "agent")]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_agent_delivers_a_medallion_collection_exactly_once() {
    use secops::agent::config::Config;
    use secops::agent::{Agent, Options};
    let Some(cmd) = medallion_command() else {
        return;
    };
    let m = start_medallion(cmd).await;
    let dir = tempfile::tempdir().unwrap();
    let text = format!(
        "[agent]\nlisten = \"off\"\n[services.taxii]\nurl = \"{}\"\nusername = \"analyst\"\nkey_env = \"MEDALLION_PASSWORD\"\ninsecure_http = true\n[[feed]]\nname = \"interop\"\nservice = \"taxii\"\ncollection = \"{COLLECTION}\"\ninitial_lookback = \"3650d\"\nrotate_bytes = \"2KiB\"\n",
        m.url
    );
    let path = dir.path().join("secops.toml");
    let env: std::collections::HashMap<String, String> =
        [("MEDALLION_PASSWORD".to_string(), PASSWORD.to_string())].into();
    let run_once = || async {
        let config = Config::parse(&path, &text, &env).unwrap();
        let (_tx, rx) = tokio::sync::mpsc::channel(1);
        let pass = PASSWORD;
        Agent::with_env(config, Options::default().once(true), move |k| {
            (k == "MEDALLION_PASSWORD").then(|| pass.to_string())
        })
        .run(rx)
        .await
        .unwrap()
    };
    let first = run_once().await;
    assert!(first.all_ok(), "{first:?}");
    let medallion = medallion_client(&m.url, fast_retry());
    let fresh: Vec<StixObject> = (0..5)
        .map(|i| {
            StixObject::from_serialize(&json!({
                "type": "indicator", "spec_version": "2.1",
                "id": format!("indicator--0b8c1f5e-6a39-4c3e-9d0c-5a1b2c3d4e5{i}"),
                "created": "2026-05-01T00:00:00.000Z", "modified": "2026-05-01T00:00:00.000Z",
                "pattern": format!("[domain-name:value = 'new{i}.example']"),
                "pattern_type": "stix", "valid_from": "2026-05-01T00:00:00Z"
            }))
            .unwrap()
        })
        .collect();
    medallion
        .collection(COLLECTION)
        .add_objects(&fresh)
        .await
        .unwrap();
    let second = run_once().await;
    assert_eq!(second.feeds["interop"].records, 5, "{second:?}");

    let out = dir.path().join("out").join("interop");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "ndjson"))
        .collect();
    files.sort();
    assert!(files.len() >= 2, "rotated and published: {files:?}");
    let mut seen = HashSet::new();
    let mut n = 0;
    for f in &files {
        for line in std::fs::read_to_string(f).unwrap().lines() {
            let v: Value = serde_json::from_str(line).unwrap();
            assert!(seen.insert(key(&v)), "{:?} delivered twice", key(&v));
            n += 1;
        }
    }
    let all: Vec<StixObject> = medallion
        .collection(COLLECTION)
        .objects()
        .items()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(n as u64, first.feeds["interop"].records + 5);
    let ids: HashSet<&str> = seen.iter().map(|(id, _)| id.as_str()).collect();
    let want: HashSet<&str> = all.iter().map(|o| o.id()).collect();
    assert_eq!(ids, want, "every object of the collection, once");
    for o in &fresh {
        assert!(
            seen.iter().any(|(id, _)| id == o.id()),
            "{} delivered",
            o.id()
        );
    }
}
