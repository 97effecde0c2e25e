//! `secops run` with `[state] postgres`, against a real PostgreSQL server
//! (the harness starts one per test) and the in-process simulator: SIGKILL
//! at random points, three agents sharing thirty feeds and one of them
//! killed, an agent stopped past its lease (SIGSTOP) and woken, and the
//! server restarted mid-run. Every record must be in `secops_records`
//! exactly once, each feed's checkpoint must count exactly its rows, and
//! the unique index's second guard must never have had to skip a row.
//! Nothing sleeps: the tests follow the agents' log lines.

use std::collections::{BTreeMap, BTreeSet};
use std::time::Instant;

use secops::normalize::RecordKind;
use secops::pg::natural_key;

use super::support::child::kill_at_page;
use super::support::postgres::PgServer;
use super::*;

/// A feed for a file sink, as a feed for the database.
fn to_pg(feed: &str) -> String {
    feed.replace("rotate_bytes = \"16KiB\"\n", "")
}

/// `[state]` for the database, with `lease` and (optionally) a fixed agent id.
fn state(lease: &str, agent_id: Option<&str>) -> String {
    let mut s = format!("[state]\npostgres = \"env:SECOPS_POSTGRES_URL\"\nlease = \"{lease}\"\n");
    if let Some(a) = agent_id {
        s.push_str(&format!("agent_id = \"{a}\"\n"));
    }
    s
}

/// Writes a configuration under `dir/name.toml` (its own state directory).
fn write_pg_config(dir: &Path, name: &str, rest: &str) -> PathBuf {
    write_pg_config_listening(dir, name, "off", rest)
}

/// Writes the configuration of an agent `agent_id` with one hourly TAXII
/// feed (`intel`) and the given lease.
fn intel_agent_config(dir: &Path, s: &Sim, name: &str, lease: &str, agent_id: &str) -> PathBuf {
    let services = s.services(&[Service::Taxii]);
    let feed = hourly(&to_pg(INTEL));
    write_pg_config(
        dir,
        name,
        &format!("{}{services}\n{feed}", state(lease, Some(agent_id))),
    )
}

fn write_pg_config_listening(dir: &Path, name: &str, listen: &str, rest: &str) -> PathBuf {
    let path = dir.join(format!("{name}.toml"));
    let text = format!(
        "[agent]\nstate_dir = \"state-{name}\"\nlisten = \"{listen}\"\nshutdown_grace = \"5m\"\n\n{rest}"
    );
    std::fs::write(&path, text).unwrap();
    path
}

fn pg_cmd(s: &Sim, pg: &PgServer, config: &Path) -> Command {
    let mut c = s.cmd();
    c.env("SECOPS_POSTGRES_URL", pg.url())
        .args(["-v", "run", "--config"])
        .arg(config);
    c
}

/// The natural keys (`key version`) of `records` of `kind`.
fn keys_of(kind: RecordKind, records: &BTreeSet<String>) -> BTreeSet<String> {
    records
        .iter()
        .map(|r| {
            let (k, v) = natural_key(kind, r.as_bytes()).unwrap();
            format!("{k} v={v}")
        })
        .collect()
}

/// The natural keys in the table for `feed`.
fn table_keys(pg: &PgServer, feed: &str) -> BTreeSet<String> {
    let out = pg.psql(&format!(
        "SELECT natural_key || ' v=' || version FROM secops_records WHERE feed = '{feed}'"
    ));
    out.lines().map(|l| l.to_string()).collect()
}

/// Every checkpoint's item count equals its feed's rows (both are written
/// in one transaction); returns the rows per feed.
fn checkpoints_agree_with_rows(pg: &PgServer) -> BTreeMap<String, i64> {
    let out = pg.psql(
        "SELECT c.key, (c.checkpoint->>'items')::bigint, \
         (SELECT count(*) FROM secops_records r WHERE 'feed-' || r.feed = c.key) \
         FROM secops_checkpoints c ORDER BY c.key",
    );
    let mut rows = BTreeMap::new();
    for line in out.lines() {
        let f: Vec<&str> = line.split('|').collect();
        assert_eq!(
            f[1], f[2],
            "checkpoint {} counts {} items, the table holds {} rows",
            f[0], f[1], f[2]
        );
        rows.insert(
            f[0].trim_start_matches("feed-").to_string(),
            f[2].parse().unwrap(),
        );
    }
    rows
}

fn guard_never_fired(logs: &[&Agent]) {
    for a in logs {
        assert!(
            !a.log.iter().any(|l| l.contains("were not written again")),
            "the unique index had to skip rows (a record was delivered twice):\n{}",
            a.text()
        );
    }
}

#[test]
fn pg_kill_9_at_random_points_keeps_table_and_checkpoints_in_step() {
    let Some(pg) = PgServer::start() else { return };
    let s = sim(
        13,
        3000,
        Faults {
            rate_limit_every: Some(9),
            retry_after_secs: 0,
            server_error_rate: 0.03,
            ..Faults::none()
        },
    );
    let dir = tempfile::tempdir().unwrap();
    let config = write_pg_config(
        dir.path(),
        "solo",
        &format!(
            "{}{}\n{}{}{}",
            state("30s", Some("solo")),
            s.services(&[Service::Defendis, Service::DefectDojo, Service::Taxii]),
            to_pg(CREDS),
            to_pg(FINDINGS),
            to_pg(INTEL)
        ),
    );
    let started = Utc::now();
    let mut rng = fastrand::Rng::with_seed(0x9e5_0c0a);
    let (mut kills, mut at) = (0, Vec::new());
    for _ in 0..20 {
        let k = rng.usize(1..25);
        let mut agent = Agent::spawn(pg_cmd(&s, &pg, &config).arg("--once"));
        if kill_at_page(&mut agent, k) {
            kills += 1;
            at.push(k);
        }
        guard_never_fired(&[&agent]);
        // After every kill: each checkpoint counts exactly its rows.
        checkpoints_agree_with_rows(&pg);
    }
    eprintln!("postgres: SIGKILLed {kills} runs (after {at:?} committed pages)");
    assert!(kills >= 15, "only {kills} runs were killed mid-way");
    let mut agent = Agent::spawn(pg_cmd(&s, &pg, &config).arg("--once"));
    let status = agent.finish();
    assert!(status.success(), "{status:?}:\n{}", agent.text());
    guard_never_fired(&[&agent]);
    let rows = checkpoints_agree_with_rows(&pg);

    let wm: DateTime<Utc> = pg
        .psql("SELECT checkpoint->'state'->>'watermark' FROM secops_checkpoints WHERE key = 'feed-creds'")
        .parse()
        .unwrap();
    let from = midnight(started - chrono::Duration::days(1500));
    let creds = keys_of(RecordKind::DefendisCredential, &s.one_off_creds(from, wm));
    assert!(!creds.is_empty());
    assert_eq!(table_keys(&pg, "creds"), creds, "creds");
    assert_eq!(rows["creds"] as usize, creds.len());
    let findings = keys_of(RecordKind::DefectDojoFinding, &s.one_off_findings());
    assert_eq!(table_keys(&pg, "findings"), findings, "findings");
    assert_eq!(rows["findings"] as usize, findings.len());
    let intel = keys_of(RecordKind::TaxiiObject, &s.one_off_intel());
    assert_eq!(table_keys(&pg, "intel"), intel, "intel");
    assert_eq!(rows["intel"] as usize, intel.len());
    // Every lease was given back at the end of the last run.
    assert_eq!(
        pg.psql("SELECT count(*) FROM secops_leases WHERE owner IS NOT NULL"),
        "0"
    );
}

/// A feed's net holding from an agent's log: claims minus hand-overs and losses.
fn holding(a: &Agent) -> BTreeSet<String> {
    let mut held = BTreeSet::new();
    for l in &a.log {
        let Some(feed) = field(l, "feed") else {
            continue;
        };
        if l.contains(" claimed feed=") {
            held.insert(feed.to_string());
        } else if l.contains("handing the feed over") || l.contains("lease lost") {
            held.remove(feed);
        }
    }
    held
}

/// Reads `a`'s log until it holds `n` feeds.
fn until_holding(a: &mut Agent, n: usize) {
    while holding(a).len() != n {
        if a.next_line().is_none() {
            panic!(
                "the agent exited holding {} feeds:\n{}",
                holding(a).len(),
                a.text()
            );
        }
    }
}

/// Reads `a`'s log until every feed of `feeds` has a `run done` line after `from`.
fn until_runs_done(a: &mut Agent, feeds: &BTreeSet<String>, from: usize) {
    loop {
        let done: BTreeSet<&str> = a.log[from.min(a.log.len())..]
            .iter()
            .filter(|l| l.contains("run done"))
            .filter_map(|l| field(l, "feed"))
            .collect();
        if feeds.iter().all(|f| done.contains(f.as_str())) {
            return;
        }
        if a.next_line().is_none() {
            panic!("the agent exited before its runs ended:\n{}", a.text());
        }
    }
}

fn owners(pg: &PgServer) -> BTreeMap<String, usize> {
    let mut m = BTreeMap::new();
    for o in pg
        .psql("SELECT coalesce(owner, '-') FROM secops_leases")
        .lines()
    {
        *m.entry(o.to_string()).or_default() += 1;
    }
    m
}

#[test]
fn three_agents_share_thirty_feeds_and_take_over_from_a_killed_one() {
    let Some(pg) = PgServer::start() else { return };
    let s = sim(21, 1000, Faults::none().latency(Duration::from_millis(15)));
    let dir = tempfile::tempdir().unwrap();
    let mut feeds = String::new();
    let mut kinds = BTreeMap::new();
    for i in 0..30 {
        let (base, kind) = match i % 3 {
            0 => (INTEL, RecordKind::TaxiiObject),
            1 => (FINDINGS, RecordKind::DefectDojoFinding),
            _ => (CREDS, RecordKind::DefendisCredential),
        };
        let name = format!("f{i:02}");
        let feed = to_pg(base)
            .replace("name = \"intel\"", &format!("name = \"{name}\""))
            .replace("name = \"findings\"", &format!("name = \"{name}\""))
            .replace("name = \"creds\"", &format!("name = \"{name}\""));
        feeds.push_str(&hourly(&feed));
        kinds.insert(name, kind);
    }
    let lease = Duration::from_secs(3);
    let services = s.services(&[Service::Defendis, Service::DefectDojo, Service::Taxii]);
    let configs: Vec<PathBuf> = ["a1", "a2", "a3"]
        .iter()
        .map(|id| {
            write_pg_config(
                dir.path(),
                id,
                &format!("{}{services}\n{feeds}", state("3s", Some(id))),
            )
        })
        .collect();
    let started = Utc::now();
    let mut agents: Vec<Agent> = configs
        .iter()
        .map(|c| Agent::spawn(&mut pg_cmd(&s, &pg, c)))
        .collect();
    for a in agents.iter_mut() {
        until_holding(a, 10);
    }
    let balance = owners(&pg);
    assert_eq!(
        balance,
        [("a1", 10), ("a2", 10), ("a3", 10)]
            .into_iter()
            .map(|(a, n)| (a.to_string(), n))
            .collect::<BTreeMap<_, _>>(),
        "balanced within one feed"
    );
    // Every feed is held by one agent: the three holdings are disjoint.
    let held: Vec<BTreeSet<String>> = agents.iter().map(holding).collect();
    assert_eq!(held.iter().map(BTreeSet::len).sum::<usize>(), 30);
    assert_eq!(held.iter().flatten().collect::<BTreeSet<_>>().len(), 30);

    // a3 dies in the middle of its runs.
    let victim = agents.pop().unwrap();
    let mut victim = victim;
    let mut pages = 0;
    while pages < 5 {
        let l = victim.next_line().expect("a3 runs");
        if l.contains("page committed") {
            pages += 1;
        }
    }
    victim.kill();
    let killed_at = Instant::now();
    let orphans = holding(&victim);
    // The survivors take its feeds once the lease has expired.
    let marks: Vec<usize> = agents.iter().map(|a| a.log.len()).collect();
    let mut last_claim = killed_at;
    for a in agents.iter_mut() {
        until_holding(a, 15);
        last_claim = last_claim.max(Instant::now());
    }
    let takeover = last_claim - killed_at;
    eprintln!(
        "postgres: a3 killed holding {} feeds; the survivors held all of them {:.2} s later (lease {:?})",
        orphans.len(),
        takeover.as_secs_f64(),
        lease
    );
    let now_held: BTreeSet<String> = agents.iter().flat_map(holding).collect();
    assert!(orphans.iter().all(|f| now_held.contains(f)));
    assert_eq!(
        owners(&pg).values().copied().collect::<Vec<_>>(),
        vec![15, 15],
        "{:?}",
        owners(&pg)
    );
    // Every survivor finishes the runs of what it holds (a3's resumed from its checkpoints).
    for (a, from) in agents.iter_mut().zip(marks) {
        let mine = holding(a);
        let first: BTreeSet<String> = mine
            .iter()
            .filter(|f| !orphans.contains(*f))
            .cloned()
            .collect();
        until_runs_done(a, &first, 0);
        let taken: BTreeSet<String> = mine.intersection(&orphans).cloned().collect();
        until_runs_done(a, &taken, from);
    }
    for a in agents.iter_mut() {
        a.signal(libc::SIGTERM);
        let status = a.finish();
        assert_eq!(status.code(), Some(0), "{status:?}:\n{}", a.text());
    }
    let mut all: Vec<&Agent> = agents.iter().collect();
    all.push(&victim);
    guard_never_fired(&all);
    // Generations: each claim of a feed got a new one; none was claimed twice
    // with the same generation (one holder at a time).
    let mut claims: BTreeMap<String, Vec<i64>> = BTreeMap::new();
    for a in &all {
        for l in a.log.iter().filter(|l| l.contains(" claimed feed=")) {
            claims
                .entry(field(l, "feed").unwrap().to_string())
                .or_default()
                .push(
                    field(l, "generation")
                        .unwrap_or_else(|| panic!("no generation in {l:?}"))
                        .parse()
                        .unwrap(),
                );
        }
    }
    for (feed, gens) in &claims {
        let distinct: BTreeSet<_> = gens.iter().collect();
        assert_eq!(
            distinct.len(),
            gens.len(),
            "{feed}: a generation claimed twice: {gens:?}"
        );
    }

    let rows = checkpoints_agree_with_rows(&pg);
    let wm: DateTime<Utc> = pg
        .psql("SELECT checkpoint->'state'->>'watermark' FROM secops_checkpoints WHERE key = 'feed-f02'")
        .parse()
        .unwrap();
    let from = midnight(started - chrono::Duration::days(1500));
    let expected: std::collections::HashMap<RecordKind, BTreeSet<String>> = [
        (
            RecordKind::TaxiiObject,
            keys_of(RecordKind::TaxiiObject, &s.one_off_intel()),
        ),
        (
            RecordKind::DefectDojoFinding,
            keys_of(RecordKind::DefectDojoFinding, &s.one_off_findings()),
        ),
        (
            RecordKind::DefendisCredential,
            keys_of(RecordKind::DefendisCredential, &s.one_off_creds(from, wm)),
        ),
    ]
    .into_iter()
    .collect();
    for (feed, kind) in &kinds {
        assert_eq!(&table_keys(&pg, feed), &expected[kind], "{feed}");
        assert_eq!(rows[feed] as usize, expected[kind].len(), "{feed}");
    }
    assert_eq!(
        pg.psql("SELECT count(*) FROM secops_leases WHERE owner IS NOT NULL"),
        "0"
    );
}

#[test]
fn an_agent_stopped_past_its_lease_cannot_commit_when_it_wakes() {
    let Some(pg) = PgServer::start() else { return };
    let s = sim(22, 1000, Faults::none().latency(Duration::from_millis(150)));
    let dir = tempfile::tempdir().unwrap();
    // The zombie sorts after the other agent: once both are live, the feed's
    // fair share is the other's.
    let zombie_cfg = intel_agent_config(dir.path(), &s, "zombie", "2s", "z-zombie");
    let other_cfg = intel_agent_config(dir.path(), &s, "other", "2s", "b-other");
    let mut zombie = Agent::spawn(&mut pg_cmd(&s, &pg, &zombie_cfg));
    zombie.wait_for("its claim", |l| l.contains(" claimed feed=intel"));
    let mut n = 0;
    while n < 2 {
        if is(
            &zombie.wait_for("a page", |l| l.contains("page committed")),
            "page committed",
            "intel",
        ) {
            n += 1;
        }
    }
    zombie.signal(libc::SIGSTOP);
    let mut other = Agent::spawn(&mut pg_cmd(&s, &pg, &other_cfg));
    let claim = other.wait_for("the take-over", |l| l.contains(" claimed feed=intel"));
    assert_eq!(field(&claim, "generation"), Some("2"), "{claim}");
    other.wait_for("a page of the new owner", |l| {
        is(l, "page committed", "intel")
    });
    let woke_at = zombie.log.len();
    zombie.signal(libc::SIGCONT);
    let lost = zombie.wait_for("the lease lost", |l| l.contains("lease lost"));
    other.wait_for("the new owner's run", |l| is(l, "run done", "intel"));
    // Read the zombie's log until it has given the feed up.
    while !zombie.log[woke_at..]
        .iter()
        .any(|l| l.contains("giving the feed up") || l.contains("stopping it here"))
    {
        zombie.next_line().expect("the zombie runs");
    }
    let after: Vec<&String> = zombie.log[woke_at..]
        .iter()
        .filter(|l| l.contains("page committed"))
        .collect();
    assert!(
        after.is_empty(),
        "the zombie committed after waking: {after:?}"
    );
    let refused = zombie.log[woke_at..]
        .iter()
        .any(|l| l.contains("giving the feed up"));
    eprintln!(
        "postgres: the woken agent {} ({lost})",
        if refused {
            "had its commit refused by fencing"
        } else {
            "saw the lease lost at its tick before committing"
        }
    );
    for a in [&mut zombie, &mut other] {
        a.signal(libc::SIGTERM);
        let status = a.finish();
        assert_eq!(status.code(), Some(0), "{status:?}:\n{}", a.text());
    }
    guard_never_fired(&[&zombie, &other]);
    let rows = checkpoints_agree_with_rows(&pg);
    let intel = keys_of(RecordKind::TaxiiObject, &s.one_off_intel());
    assert_eq!(table_keys(&pg, "intel"), intel);
    assert_eq!(rows["intel"] as usize, intel.len());
    assert_eq!(
        pg.psql("SELECT generation FROM secops_checkpoints WHERE key = 'feed-intel'"),
        "2",
        "the last commit was the new owner's"
    );
}

#[test]
fn a_postgres_restart_mid_run_is_ridden_through_exactly_once() {
    let Some(pg) = PgServer::start() else { return };
    let s = sim(23, 1000, Faults::none().latency(Duration::from_millis(60)));
    let dir = tempfile::tempdir().unwrap();
    let config = write_pg_config_listening(
        dir.path(),
        "one",
        "127.0.0.1:0",
        &format!(
            "{}{}\n{}{}",
            state("10s", None),
            s.services(&[Service::DefectDojo, Service::Taxii]),
            hourly(&to_pg(FINDINGS)),
            hourly(&to_pg(INTEL))
        ),
    );
    // A password in the URL (trust authentication ignores it): never printed.
    const PASSWORD: &str = "pw-never-shown-7f3a";
    let url = pg.url().replace("secops@", &format!("secops:{PASSWORD}@"));
    let mut agent = Agent::spawn(pg_cmd(&s, &pg, &config).env("SECOPS_POSTGRES_URL", &url));
    let endpoint = agent.wait_for("the status endpoint", |l| l.contains("status endpoint"));
    let addr = field(&endpoint, "address").unwrap().to_string();
    let mut n = 0;
    while n < 3 {
        if agent
            .wait_for("pages", |l| l.contains("page committed"))
            .contains("page committed")
        {
            n += 1;
        }
    }
    pg.restart();
    let mut done = BTreeSet::new();
    while done.len() < 2 {
        let l = agent.wait_for("the runs' end", |l| l.contains("run done"));
        done.insert(field(&l, "feed").unwrap().to_string());
    }
    // /status shows who holds which feed.
    let http = reqwest::Client::builder().no_proxy().build().unwrap();
    let status = s.rt.block_on(async {
        http.get(format!("http://{addr}/status"))
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap()
    });
    let json: serde_json::Value = serde_json::from_str(&status).unwrap();
    let cluster = &json["cluster"];
    let me = cluster["agent"].as_str().unwrap().to_string();
    assert_eq!(
        cluster["live_agents"],
        serde_json::json!([me.clone()]),
        "{status}"
    );
    let leases = cluster["leases"].as_array().unwrap();
    assert_eq!(leases.len(), 2, "{status}");
    for l in leases {
        assert_eq!(l["owner"], serde_json::json!(me), "{status}");
        assert!(l["generation"].as_i64().unwrap() >= 1, "{status}");
    }
    assert!(!status.contains(PASSWORD));
    agent.signal(libc::SIGTERM);
    let status = agent.finish();
    assert_eq!(status.code(), Some(0), "{status:?}:\n{}", agent.text());
    assert!(!agent.text().contains(PASSWORD), "{}", agent.text());
    guard_never_fired(&[&agent]);
    let rows = checkpoints_agree_with_rows(&pg);
    let findings = keys_of(RecordKind::DefectDojoFinding, &s.one_off_findings());
    assert_eq!(table_keys(&pg, "findings"), findings);
    assert_eq!(rows["findings"] as usize, findings.len());
    let intel = keys_of(RecordKind::TaxiiObject, &s.one_off_intel());
    assert_eq!(table_keys(&pg, "intel"), intel);
    assert_eq!(rows["intel"] as usize, intel.len());
    let retried = agent.log.iter().filter(|l| l.contains("retrying")).count();
    eprintln!("postgres: {retried} statements retried across the restart");
    assert!(
        retried > 0,
        "the restart was not noticed:\n{}",
        agent.text()
    );
    // Neither run failed: the commits were retried across the restart.
    assert!(
        !agent.log.iter().any(|l| l.contains("run failed")),
        "{}",
        agent.text()
    );
}

#[test]
fn db_commands_and_once_with_shared_state() {
    let Some(pg) = PgServer::start() else { return };
    let s = sim(24, 300, Faults::none());
    let dir = tempfile::tempdir().unwrap();
    let db = |args: &[&str]| {
        let out = s
            .cmd()
            .env("SECOPS_POSTGRES_URL", pg.url())
            .arg("db")
            .args(args)
            .output()
            .unwrap();
        let text = format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        (out.status.code(), text)
    };
    let (code, text) = db(&["status"]);
    assert_eq!(code, Some(0), "{text}");
    assert!(text.contains("no secops schema"), "{text}");
    let (code, text) = db(&["migrate"]);
    assert_eq!(code, Some(0), "{text}");
    let v = secops::pg::SCHEMA_VERSION;
    assert!(
        text.contains(&format!("schema created at version {v}")),
        "{text}"
    );
    let (_, text) = db(&["migrate"]);
    assert!(text.contains(&format!("already at version {v}")), "{text}");
    let (code, text) = db(&["status", "--url-env", "NOT_SET_ANYWHERE"]);
    assert_eq!(code, Some(2), "{text}");
    assert!(
        text.contains("NOT_SET_ANYWHERE") && text.contains("not set"),
        "{text}"
    );

    // An agent holds the feed; a `--once` run with another id cannot claim it:
    // it says so and does not exit 0.
    let holder = intel_agent_config(dir.path(), &s, "holder", "30s", "holder");
    let once = intel_agent_config(dir.path(), &s, "once", "30s", "once");
    let mut agent = Agent::spawn(&mut pg_cmd(&s, &pg, &holder));
    agent.wait_for("the holder's run", |l| is(l, "run done", "intel"));
    let (_, text) = db(&["status"]);
    assert!(text.contains("lease intel: holder (generation 1"), "{text}");
    let out = pg_cmd(&s, &pg, &once).arg("--once").output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(4), "{err}");
    assert!(err.contains("held by agent holder"), "{err}");
    // Once the holder has stopped (and released its lease), `--once` runs it.
    agent.signal(libc::SIGTERM);
    assert_eq!(agent.finish().code(), Some(0), "{}", agent.text());
    let out = pg_cmd(&s, &pg, &once).arg("--once").output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{err}");
    assert!(err.contains("claimed feed=intel generation=2"), "{err}");
    assert_eq!(
        pg.psql("SELECT count(*) FROM secops_leases WHERE owner IS NOT NULL"),
        "0"
    );
    checkpoints_agree_with_rows(&pg);
}

/// The same `agent_id` on two processes (a configuration copied with its
/// id): the newer takes the id over and the older stops with a clear error
/// (exit 2) instead of the two taking each other's leases at every tick.
#[test]
fn a_second_process_under_one_agent_id_stops_the_first_with_a_clear_error() {
    let Some(pg) = PgServer::start() else { return };
    let s = sim(25, 300, Faults::none());
    let dir = tempfile::tempdir().unwrap();
    let first = intel_agent_config(dir.path(), &s, "first", "3s", "collector");
    let second = intel_agent_config(dir.path(), &s, "second", "3s", "collector");
    let mut a = Agent::spawn(&mut pg_cmd(&s, &pg, &first));
    a.wait_for("the first's run", |l| is(l, "run done", "intel"));
    let mut b = Agent::spawn(&mut pg_cmd(&s, &pg, &second));
    let status = a.finish();
    assert_eq!(status.code(), Some(2), "{}", a.text());
    assert!(
        a.text()
            .contains("agent_id collector is in use by another running agent"),
        "{}",
        a.text()
    );
    // The newer one holds the feed, under a new generation.
    b.wait_for("its claim", |l| l.contains(" claimed feed=intel"));
    assert_eq!(
        pg.psql("SELECT owner || ' ' || generation FROM secops_leases"),
        "collector 2"
    );
    b.wait_for("its run", |l| is(l, "run done", "intel"));
    b.signal(libc::SIGTERM);
    assert_eq!(b.finish().code(), Some(0), "{}", b.text());
    guard_never_fired(&[&a, &b]);
    checkpoints_agree_with_rows(&pg);
}

/// SIGHUP with shared state: an added feed is claimed through its lease, a
/// removed one is stopped and its lease released at once; a changed
/// `[state]` is said to wait for a restart.
#[test]
fn sighup_with_shared_state_claims_added_feeds_and_releases_removed_ones() {
    let Some(pg) = PgServer::start() else { return };
    let s = sim(26, 300, Faults::none());
    let dir = tempfile::tempdir().unwrap();
    let services = s.services(&[Service::DefectDojo, Service::Taxii]);
    let intel = hourly(&to_pg(INTEL));
    let findings = hourly(&to_pg(FINDINGS));
    let config = write_pg_config(
        dir.path(),
        "hup",
        &format!("{}{services}\n{intel}", state("3s", Some("hup"))),
    );
    let mut agent = Agent::spawn(&mut pg_cmd(&s, &pg, &config));
    agent.wait_for("intel's run", |l| is(l, "run done", "intel"));
    // intel removed, findings added, the lease time changed.
    write_pg_config(
        dir.path(),
        "hup",
        &format!("{}{services}\n{findings}", state("4s", Some("hup"))),
    );
    agent.signal(libc::SIGHUP);
    agent.wait_for("the [state] warning", |l| {
        l.contains("[state] changed: it takes effect when the agent restarts")
    });
    agent.wait_for("intel stopped", |l| is(l, "stopping (removed", "intel"));
    agent.wait_for("findings claimed", |l| l.contains(" claimed feed=findings"));
    agent.wait_for("findings' run", |l| is(l, "run done", "findings"));
    assert_eq!(
        pg.psql("SELECT feed || ' ' || coalesce(owner, 'free') FROM secops_leases ORDER BY feed"),
        "findings hup\nintel free"
    );
    agent.signal(libc::SIGTERM);
    assert_eq!(agent.finish().code(), Some(0), "{}", agent.text());
    guard_never_fired(&[&agent]);
    checkpoints_agree_with_rows(&pg);
}
