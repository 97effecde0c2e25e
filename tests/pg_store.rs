//! `secops::pg` against a real PostgreSQL server (started by the harness on a
//! temporary directory and a free loopback port): the schema, checkpoints,
//! the sink's one transaction with its checkpoint, fencing, the unique
//! index's second guard, and what errors say.
#![cfg(feature = "postgres")]

mod support;

use std::time::Duration;

use secops::checkpoint::{Checkpoint, CheckpointStore};
use secops::defectdojo::{DefectDojo, FindingFilter};
use secops::normalize::{Format, RecordKind};
use secops::pg::{natural_key, Database, Fence};
use secops::sim::{Faults, Simulator};
use secops::sink::Sink;
use secops::{Error, MemoryCheckpoints, MemorySink, Service};
use support::postgres::PgServer;

fn count(pg: &PgServer, sql: &str) -> i64 {
    pg.psql(sql).trim().parse().unwrap()
}

async fn db(pg: &PgServer) -> Database {
    let db = Database::builder(pg.url())
        .retry_for(Duration::from_secs(20))
        .build()
        .unwrap();
    db.migrate().await.unwrap();
    db
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn migrate_is_idempotent_and_concurrent_agents_agree() {
    let Some(pg) = PgServer::start() else { return };
    let a = Database::connect(pg.url()).unwrap();
    let b = Database::connect(pg.url()).unwrap();
    let status = a.status().await.unwrap();
    assert_eq!(status.version, None, "nothing before the first migration");
    // Two agents starting together: one creates, the other finds it done.
    let (ra, rb) = tokio::join!(a.migrate(), b.migrate());
    let mut found = [ra.unwrap(), rb.unwrap()];
    found.sort();
    assert_eq!(found, [None, Some(secops::pg::SCHEMA_VERSION)]);
    assert_eq!(a.migrate().await.unwrap(), Some(secops::pg::SCHEMA_VERSION));
    // One row per version applied.
    assert_eq!(
        count(&pg, "SELECT count(*) FROM secops_schema"),
        i64::from(secops::pg::SCHEMA_VERSION)
    );
    let s = a.status().await.unwrap();
    assert_eq!(s.version, Some(secops::pg::SCHEMA_VERSION));
    assert_eq!((s.checkpoints, s.records, s.leases), (0, 0, 0));
    // A database at version 1 (before `secops_agents.instance`) is brought
    // up to date, its rows kept.
    pg.psql("INSERT INTO secops_agents (agent, host, expires_at) VALUES ('old', 'h', now())");
    pg.psql("ALTER TABLE secops_agents DROP COLUMN instance");
    pg.psql("DELETE FROM secops_schema WHERE version > 1");
    assert_eq!(a.migrate().await.unwrap(), Some(1));
    assert_eq!(
        pg.psql("SELECT agent || ' ' || (instance IS NULL) FROM secops_agents"),
        "old true"
    );
    assert_eq!(
        a.status().await.unwrap().version,
        Some(secops::pg::SCHEMA_VERSION)
    );
    // A newer schema than this build knows is refused, not used.
    pg.psql("INSERT INTO secops_schema (version) VALUES (99)");
    let e = a.migrate().await.unwrap_err();
    assert!(
        e.to_string().contains("newer than this secops knows"),
        "{e}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn checkpoints_round_trip_and_name_the_database_without_credentials() {
    let Some(pg) = PgServer::start() else { return };
    let db = db(&pg).await;
    let store = db.checkpoints();
    assert!(store.load("k").unwrap().is_none());
    let mut cp = Checkpoint::new(
        Service::Taxii,
        "collections/x/objects",
        serde_json::json!({"a": 1}),
    );
    cp.items = 7;
    store.save("k", &cp).unwrap();
    assert_eq!(store.load("k").unwrap().unwrap(), cp);
    cp.items = 9;
    store.save("k", &cp).unwrap();
    assert_eq!(store.load("k").unwrap().unwrap().items, 9);
    let loc = store.location("k");
    assert_eq!(loc, format!("postgres://127.0.0.1:{}/secops#k", pg.port()));
    store.remove("k").unwrap();
    assert!(store.load("k").unwrap().is_none());
    // A row that is not a checkpoint is a clear error, never a fresh start.
    pg.psql("INSERT INTO secops_checkpoints (key, checkpoint) VALUES ('bad', '{\"x\": 1}')");
    let e = store.load("bad").unwrap_err();
    assert!(matches!(e, Error::Checkpoint { .. }), "{e:?}");
    assert!(e.to_string().contains("not a secops checkpoint"), "{e}");
    // The synchronous calls work outside any runtime too.
    let s2 = store.clone();
    std::thread::spawn(move || {
        assert!(s2.load("k").unwrap().is_none());
    })
    .join()
    .unwrap();
}

#[tokio::test(flavor = "current_thread")]
async fn an_unmigrated_database_says_to_migrate() {
    let Some(pg) = PgServer::start() else { return };
    let db = Database::connect(pg.url()).unwrap();
    // From a current-thread runtime too: the statements run on the database's thread.
    let e = db.checkpoints().load("k").unwrap_err();
    let msg = e.to_string();
    assert!(msg.contains("secops db migrate"), "{msg}");
    assert!(!e.is_retryable());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn passwords_never_appear_in_errors_or_debug() {
    let Some(pg) = PgServer::start() else { return };
    pg.psql("ALTER ROLE secops PASSWORD 'right-horse-battery'");
    pg.psql("CREATE ROLE app LOGIN PASSWORD 'app-pass-123'");
    pg.require_password("app");
    // Bad URLs are refused before anything is sent, without echoing them.
    let e = Database::connect("postgres://u:s3cr3t-w0rd@127.0.0.1:1/x?bogus_option=1").unwrap_err();
    assert!(!e.to_string().contains("s3cr3t-w0rd"), "{e}");
    // A wrong password: the server's refusal, without the password.
    let url = format!(
        "postgres://app:wrong-pass-456@127.0.0.1:{}/secops",
        pg.port()
    );
    let db = Database::builder(url.as_str())
        .retry_for(Duration::from_secs(2))
        .build()
        .unwrap();
    let dbg = format!("{db:?} {:?}", db.checkpoints());
    assert!(!dbg.contains("wrong-pass-456"), "{dbg}");
    let e = db.migrate().await.unwrap_err();
    let text = format!("{e} {e:?}");
    assert!(!text.contains("wrong-pass-456"), "{text}");
    assert!(text.contains(&format!("127.0.0.1:{}", pg.port())), "{text}");
    assert!(text.contains("password authentication failed"), "{text}");
    // A refusal does not mend by itself: not retried for `retry_for`.
    assert!(!e.is_retryable(), "{e:?}");
    // The right password gets in (nothing is migrated yet).
    let right = Database::builder(format!(
        "postgres://app:app-pass-123@127.0.0.1:{}/secops",
        pg.port()
    ))
    .build()
    .unwrap();
    assert_eq!(right.status().await.unwrap().version, None);
    // Nothing listening: retried, then a retryable error naming the database only.
    let port = support::peers::free_port();
    let db = Database::builder(format!(
        "postgres://app:app-pass-123@127.0.0.1:{port}/secops"
    ))
    .retry_for(Duration::from_millis(300))
    .connect_timeout(Duration::from_secs(1))
    .build()
    .unwrap();
    let e = db.migrate().await.unwrap_err();
    assert!(e.is_retryable(), "{e:?}");
    let text = format!("{e} {e:?}");
    assert!(!text.contains("app-pass-123"), "{text}");
    assert!(text.contains("cannot connect"), "{text}");
}

/// DefectDojo findings synced into the table: rows and checkpoint agree,
/// a second run adds nothing, the natural keys are the finding ids.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_sync_into_the_table_writes_every_record_once_with_its_checkpoint() {
    let Some(pg) = PgServer::start() else { return };
    let db = db(&pg).await;
    let sim = Simulator::builder()
        .seed(7)
        .faults(Faults {
            rate_limit_every: Some(5),
            retry_after_secs: 0,
            server_error_rate: 0.05,
            ..Faults::none()
        })
        .start()
        .await
        .unwrap();
    let dd = DefectDojo::builder()
        .base_url(sim.url(Service::DefectDojo))
        .api_key(sim.key(Service::DefectDojo))
        .build()
        .unwrap();
    let expected = MemorySink::new();
    dd.sync_findings(
        FindingFilter::default(),
        expected.clone(),
        MemoryCheckpoints::new(),
    )
    .page_size(40)
    .await
    .unwrap();
    let expected = expected.records();
    assert!(expected.len() > 100);

    let sink = db
        .sink("findings", RecordKind::DefectDojoFinding)
        .normalized(Format::Ocsf);
    let report = dd
        .sync_findings(FindingFilter::default(), sink, db.checkpoints())
        .checkpoint_key("feed-findings")
        .page_size(40)
        .await
        .unwrap();
    assert_eq!(report.records as usize, expected.len());
    let rows = count(
        &pg,
        "SELECT count(*) FROM secops_records WHERE feed = 'findings'",
    );
    assert_eq!(rows as usize, expected.len());
    let cp = db.checkpoints().load("feed-findings").unwrap().unwrap();
    assert_eq!(cp.items as i64, rows, "checkpoint and table agree");
    assert!(cp.sink_len.is_none());
    // Keys are the finding ids; every row has its OCSF event.
    let mut want: Vec<String> = expected
        .iter()
        .map(|r| natural_key(RecordKind::DefectDojoFinding, r).unwrap().0)
        .collect();
    want.sort();
    let got = pg.psql(
        "SELECT natural_key FROM secops_records WHERE feed = 'findings' ORDER BY natural_key",
    );
    let got: Vec<&str> = got.lines().collect();
    assert_eq!(got, want);
    assert_eq!(
        count(
            &pg,
            "SELECT count(*) FROM secops_records WHERE normalized->>'class_uid' = '2002'"
        ),
        rows
    );
    assert_eq!(
        count(
            &pg,
            "SELECT count(*) FROM secops_records WHERE (record->>'id')::text <> natural_key"
        ),
        0
    );
    // Incremental: nothing new, nothing written again.
    let again = dd
        .sync_findings(
            FindingFilter::default(),
            db.sink("findings", RecordKind::DefectDojoFinding),
            db.checkpoints(),
        )
        .checkpoint_key("feed-findings")
        .page_size(40)
        .await
        .unwrap();
    assert_eq!(again.records, 0);
    assert_eq!(count(&pg, "SELECT count(*) FROM secops_records"), rows);
}

fn batch(sink: &mut impl Sink, records: &[&str]) {
    for r in records {
        sink.write_record(r.as_bytes()).unwrap();
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_commit_under_a_lost_lease_is_refused_and_writes_nothing() {
    let Some(pg) = PgServer::start() else { return };
    let db = db(&pg).await;
    let a = db.leases("agent-a", Duration::from_secs(30));
    let feeds = vec!["intel".to_string()];
    let none = Default::default();
    a.tick(&feeds, &none, false, true).await.unwrap();
    let out = a.tick(&feeds, &none, false, false).await.unwrap();
    assert_eq!(out.claimed.len(), 1);
    let fence = out.claimed[0].clone();
    assert_eq!((fence.owner.as_str(), fence.generation), ("agent-a", 1));

    let store = db.checkpoints().fenced(fence.clone());
    let mut sink = db
        .sink("intel", RecordKind::TaxiiObject)
        .fenced(fence.clone());
    let mut cp = Checkpoint::new(Service::Taxii, "objects", serde_json::Value::Null);
    sink.begin(None).unwrap();
    batch(
        &mut sink,
        &[r#"{"type":"indicator","id":"indicator--1","modified":"2026-01-01T00:00:00Z"}"#],
    );
    cp.items = 1;
    sink.commit_checkpoint(&store, "feed-intel", &mut cp)
        .unwrap();

    // Agent A stalls; its lease expires; B takes the feed (generation 2).
    pg.psql("UPDATE secops_leases SET expires_at = now() - interval '1 second'");
    pg.psql("UPDATE secops_agents SET expires_at = now() - interval '1 second'");
    let b = db.leases("agent-b", Duration::from_secs(30));
    let out = b.tick(&feeds, &none, false, false).await.unwrap();
    assert_eq!(
        out.claimed,
        vec![Fence {
            feed: "intel".into(),
            owner: "agent-b".into(),
            generation: 2
        }]
    );

    // A wakes up and commits its next page: refused, nothing written.
    batch(
        &mut sink,
        &[r#"{"type":"indicator","id":"indicator--2","modified":"2026-01-01T00:00:00Z"}"#],
    );
    cp.items = 2;
    let e = sink
        .commit_checkpoint(&store, "feed-intel", &mut cp)
        .unwrap_err();
    match &e {
        Error::LeaseLost { feed, message } => {
            assert_eq!(feed, "intel");
            assert!(message.contains("held by agent-b"), "{message}");
            assert!(message.contains("generation 2"), "{message}");
        }
        other => panic!("expected LeaseLost, got {other:?}"),
    }
    assert!(!e.is_retryable());
    assert_eq!(count(&pg, "SELECT count(*) FROM secops_records"), 1);
    assert_eq!(
        db.checkpoints().load("feed-intel").unwrap().unwrap().items,
        1
    );
    // A plain save under the old fence is refused as well.
    assert!(matches!(
        store.save("feed-intel", &cp),
        Err(Error::LeaseLost { .. })
    ));
    // A's tick says the lease is lost.
    let held = [("intel".to_string(), 1i64)].into_iter().collect();
    let out = a.tick(&feeds, &held, false, false).await.unwrap();
    assert_eq!(out.lost, vec!["intel".to_string()]);
    assert!(out.claimed.is_empty());
}

/// Two live processes under one agent id would take each other's leases at
/// every tick: the id is refused on another host, and a newer process on
/// the same host (a restart after a crash) takes it over from the older,
/// which is then refused and leaves nothing behind.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn one_agent_id_is_one_process() {
    let Some(pg) = PgServer::start() else { return };
    let db = db(&pg).await;
    let feeds = vec!["intel".to_string()];
    let none = Default::default();
    let lease = Duration::from_secs(30);
    let old = db.leases("collector", lease);
    old.tick(&feeds, &none, false, true).await.unwrap();
    let out = old.tick(&feeds, &none, false, false).await.unwrap();
    assert_eq!(out.claimed.len(), 1);
    let held = [("intel".to_string(), out.claimed[0].generation)]
        .into_iter()
        .collect();

    // The id is live on another machine: refused at once, nothing taken.
    pg.psql("UPDATE secops_agents SET host = 'machine-b'");
    let e = db
        .leases("collector", lease)
        .tick(&feeds, &none, false, false)
        .await
        .unwrap_err();
    assert!(matches!(e, Error::InvalidInput { .. }), "{e:?}");
    let m = e.to_string();
    assert!(
        m.contains("agent_id collector is in use") && m.contains("machine-b"),
        "{m}"
    );
    assert_eq!(pg.psql("SELECT generation FROM secops_leases"), "1");
    // The older process goes on as before.
    let out = old.tick(&feeds, &held, false, false).await.unwrap();
    assert!(out.lost.is_empty(), "{out:?}");

    // On this host, a new process takes the id over (a restart after a
    // crash must not wait for the lease) and its own leases with it.
    pg.psql(&format!(
        "UPDATE secops_agents SET host = '{}'",
        secops::pg::hostname()
    ));
    let new = db.leases("collector", lease);
    let out = new.tick(&feeds, &none, false, false).await.unwrap();
    assert_eq!(out.claimed.len(), 1);
    assert_eq!(out.claimed[0].generation, 2);
    // The older one is told, and its leaving takes nothing from the newer.
    let e = old.tick(&feeds, &held, false, false).await.unwrap_err();
    assert!(
        e.to_string().contains("in use by another running agent"),
        "{e}"
    );
    old.leave().await.unwrap();
    assert_eq!(
        pg.psql("SELECT owner || ' ' || generation FROM secops_leases"),
        "collector 2"
    );
    assert_eq!(count(&pg, "SELECT count(*) FROM secops_agents"), 1);
    // An expired registration on another host is taken over.
    pg.psql(
        "UPDATE secops_agents SET host = 'machine-c', expires_at = now() - interval '1 second'",
    );
    let third = db.leases("collector", lease);
    third.tick(&feeds, &none, false, true).await.unwrap();
    // Leaving as the id's current process releases its leases.
    third.leave().await.unwrap();
    assert_eq!(count(&pg, "SELECT count(*) FROM secops_agents"), 0);
    assert_eq!(
        pg.psql("SELECT coalesce(owner, 'free') FROM secops_leases"),
        "free"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn rows_already_there_are_skipped_and_counted_not_written_twice() {
    let Some(pg) = PgServer::start() else { return };
    let db = db(&pg).await;
    let store = db.checkpoints();
    let mut sink = db.sink("intel", RecordKind::TaxiiObject);
    let mut cp = Checkpoint::new(Service::Taxii, "objects", serde_json::Value::Null);
    let one = r#"{"type":"indicator","id":"indicator--1","modified":"2026-01-01T00:00:00Z"}"#;
    let one_v2 = r#"{"type":"indicator","id":"indicator--1","modified":"2026-02-01T00:00:00Z"}"#;
    let two = r#"{"type":"indicator","id":"indicator--2","modified":"2026-01-01T00:00:00Z"}"#;
    sink.begin(None).unwrap();
    batch(&mut sink, &[one]);
    sink.commit_checkpoint(&store, "k", &mut cp).unwrap();
    // The same version again (as a double delivery would), a new version, a new object.
    batch(&mut sink, &[one, one_v2, two, two]);
    sink.commit_checkpoint(&store, "k", &mut cp).unwrap();
    assert_eq!(sink.duplicates(), 2);
    assert_eq!(sink.committed_rows(), 3);
    assert_eq!(count(&pg, "SELECT count(*) FROM secops_records"), 3);
    assert_eq!(
        pg.psql("SELECT natural_key || ' ' || version FROM secops_records ORDER BY seq"),
        "indicator--1 2026-01-01T00:00:00Z\nindicator--1 2026-02-01T00:00:00Z\nindicator--2 2026-01-01T00:00:00Z"
    );
    // A store of another database is refused before anything is written.
    let files = MemoryCheckpoints::new();
    batch(&mut sink, &[two]);
    let e = sink.commit_checkpoint(&files, "k", &mut cp).unwrap_err();
    assert!(e.to_string().contains("in its own database"), "{e}");
    // NUL characters, which neither jsonb nor text can hold, are kept as the
    // six characters `\u0000` instead of failing the feed's every commit.
    batch(
        &mut sink,
        &[
            r#"{"type":"note","id":"note--1\u0000","content":"a\u0000b","modified":"2026-01-01T00:00:00Z"}"#,
        ],
    );
    sink.commit_checkpoint(&store, "k", &mut cp).unwrap();
    assert_eq!(
        pg.psql("SELECT natural_key || ' ' || (record->>'content') FROM secops_records WHERE natural_key LIKE 'note%'"),
        r"note--1\u0000 a\u0000b"
    );
    // Not JSON: a decode error naming the service, at write time.
    assert!(matches!(
        sink.write_record(b"not json"),
        Err(Error::Decode { .. })
    ));
}

#[test]
fn natural_keys_per_kind() {
    let k = |kind, r: &str| natural_key(kind, r.as_bytes()).unwrap();
    assert_eq!(
        k(RecordKind::DefectDojoFinding, r#"{"id": 42, "title": "x"}"#),
        ("42".into(), String::new())
    );
    assert_eq!(
        k(RecordKind::SandboxSample, r#"{"id": "260101-abc"}"#).0,
        "260101-abc"
    );
    assert_eq!(
        k(
            RecordKind::TaxiiObject,
            r#"{"id": "indicator--1", "modified": "2026-01-01T00:00:00Z"}"#
        ),
        ("indicator--1".into(), "2026-01-01T00:00:00Z".into())
    );
    // SIE: domain and time, the content telling apart two records of one second.
    let a = k(
        RecordKind::SieNewDomain,
        r#"{"time":"2026-01-01 00:00:01","message":{"domain":"a.example.","rrtype":"A"}}"#,
    );
    let b = k(
        RecordKind::SieNewDomain,
        r#"{"time":"2026-01-01 00:00:01","message":{"domain":"a.example.","rrtype":"NS"}}"#,
    );
    assert_eq!(a.0, "a.example.|2026-01-01 00:00:01");
    assert_eq!(a.0, b.0);
    assert_ne!(a.1, b.1);
    // Defendis without an id: a content key, the same for the same bytes.
    let c1 = k(
        RecordKind::DefendisCredential,
        r#"{"email":"a@example.com"}"#,
    );
    let c2 = k(
        RecordKind::DefendisCredential,
        r#"{"email":"a@example.com"}"#,
    );
    assert!(c1.0.starts_with("content:"));
    assert_eq!(c1, c2);
    assert!(natural_key(RecordKind::TaxiiObject, b"[1,2]").is_err());
}

/// A loopback proxy to the server that, once, lets a `COMMIT` through,
/// waits for the server's answer, and then cuts the client off without
/// passing the answer on: the commit happened, the client cannot know.
async fn proxy_losing_one_commit_answer(
    server_port: u16,
) -> (u16, std::sync::Arc<std::sync::atomic::AtomicBool>) {
    use std::sync::atomic::{AtomicBool, Ordering};
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    let cut = std::sync::Arc::new(AtomicBool::new(false));
    let cut2 = cut.clone();
    tokio::spawn(async move {
        loop {
            let (client, _) = listener.accept().await.unwrap();
            let server = tokio::net::TcpStream::connect(("127.0.0.1", server_port))
                .await
                .unwrap();
            let cut = cut2.clone();
            tokio::spawn(async move {
                let (mut cr, mut cw) = client.into_split();
                let (mut sr, mut sw) = server.into_split();
                let armed = std::sync::Arc::new(AtomicBool::new(false));
                let armed2 = armed.clone();
                let up = tokio::spawn(async move {
                    let mut buf = vec![0u8; 64 << 10];
                    loop {
                        let n = match cr.read(&mut buf).await {
                            Ok(0) | Err(_) => break,
                            Ok(n) => n,
                        };
                        if buf[..n].windows(7).any(|w| w == b"COMMIT\0") {
                            armed2.store(true, Ordering::SeqCst);
                        }
                        if sw.write_all(&buf[..n]).await.is_err() {
                            break;
                        }
                    }
                });
                let mut buf = vec![0u8; 64 << 10];
                loop {
                    let n = match sr.read(&mut buf).await {
                        Ok(0) | Err(_) => break,
                        Ok(n) => n,
                    };
                    if armed.load(Ordering::SeqCst) && !cut.swap(true, Ordering::SeqCst) {
                        // The server answered the COMMIT: drop it, and the connection.
                        up.abort();
                        return;
                    }
                    if cw.write_all(&buf[..n]).await.is_err() {
                        break;
                    }
                }
                up.abort();
            });
        }
    });
    (port, cut)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_commit_whose_answer_is_lost_is_resolved_by_reading_the_checkpoint_back() {
    let Some(pg) = PgServer::start() else { return };
    db(&pg).await; // migrated, directly
    let (port, cut) = proxy_losing_one_commit_answer(pg.port()).await;
    let db = Database::builder(format!("postgres://secops@127.0.0.1:{port}/secops"))
        .retry_for(Duration::from_secs(20))
        .build()
        .unwrap();
    let store = db.checkpoints();
    let mut sink = db.sink("intel", RecordKind::TaxiiObject);
    let mut cp = Checkpoint::new(Service::Taxii, "objects", serde_json::Value::Null);
    sink.begin(None).unwrap();
    let records: Vec<String> = (0..50)
        .map(|i| {
            format!(
                r#"{{"type":"indicator","id":"indicator--{i}","modified":"2026-01-01T00:00:00Z"}}"#
            )
        })
        .collect();
    for r in &records {
        sink.write_record(r.as_bytes()).unwrap();
    }
    cp.items = 50;
    let s = tokio::task::spawn_blocking(move || {
        sink.commit_checkpoint(&store, "k", &mut cp).map(|()| sink)
    })
    .await
    .unwrap()
    .unwrap();
    assert!(
        cut.load(std::sync::atomic::Ordering::SeqCst),
        "the proxy cut the COMMIT's answer"
    );
    // The retry found its commit_id and did not write the page again (the
    // unique index would otherwise have had to skip 50 rows).
    assert_eq!(s.duplicates(), 0);
    assert_eq!(s.committed_rows(), 50);
    assert_eq!(count(&pg, "SELECT count(*) FROM secops_records"), 50);
    assert_eq!(db.checkpoints().load("k").unwrap().unwrap().items, 50);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn tls_with_the_servers_ca_works_and_an_unknown_certificate_is_refused_at_once() {
    let Some(pg) = PgServer::start_tls() else {
        return;
    };
    let url = format!("{}?sslmode=require", pg.url());
    let db = Database::builder(url.as_str())
        .ca_file(pg.ca_file())
        .build()
        .unwrap();
    db.migrate().await.unwrap();
    db.checkpoints()
        .save(
            "k",
            &Checkpoint::new(Service::Sie, "x", serde_json::Value::Null),
        )
        .unwrap();
    // The server saw the connection encrypted.
    assert_ne!(
        pg.psql("SELECT count(*) FROM pg_stat_ssl s JOIN pg_stat_activity a USING (pid) WHERE s.ssl AND a.application_name = 'secops'"),
        "0"
    );
    // Without the CA (the platform's roots only): refused, not retried for minutes.
    let untrusting = Database::builder(url.as_str())
        .retry_for(Duration::from_secs(60))
        .build()
        .unwrap();
    let e = untrusting.migrate().await.unwrap_err();
    assert!(!e.is_retryable(), "{e:?}");
    let msg = e.to_string();
    assert!(
        msg.contains("cannot connect") && msg.to_lowercase().contains("certificate"),
        "{msg}"
    );
    // A CA file that is not PEM: a clear error before connecting.
    let bogus = pg.dir().join("bogus.pem");
    std::fs::write(&bogus, "not a certificate").unwrap();
    let e = Database::builder(url.as_str())
        .ca_file(&bogus)
        .build()
        .unwrap_err();
    assert!(e.to_string().contains("holds no certificate"), "{e}");
}
