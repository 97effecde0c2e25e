//! Checkpoints (`secops::checkpoint`): atomic file writes, clear errors for
//! corrupt, foreign or future-version files, and key → file mapping.

use std::fs;
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use secops::checkpoint::{write_atomic, CHECKPOINT_VERSION};
use secops::{
    Checkpoint, CheckpointStore, Cursor, Error, FileCheckpoints, MemoryCheckpoints, Position,
    Service,
};

fn checkpoint(items: u64) -> Checkpoint {
    let mut cp = Checkpoint::new(
        Service::DefectDojo,
        "findings",
        serde_json::json!({"severity": "High", "active": true}),
    );
    cp.advance(
        Position {
            cursor: Cursor::Offset {
                offset: (items / 100 * 100).to_string(),
            },
            skip: items % 100,
        },
        items,
    );
    // Vary the size so that a torn write would show.
    cp.state = serde_json::json!({ "pad": "x".repeat((items % 7 * 3000) as usize) });
    cp
}

fn files_in(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    v.sort();
    v
}

#[test]
fn saves_round_trip_and_leave_no_temporary_files() {
    let dir = tempfile::tempdir().unwrap();
    let store = FileCheckpoints::new(dir.path().join("state")).unwrap();
    assert!(store.load("findings").unwrap().is_none());
    for n in [1, 150, 9999] {
        let cp = checkpoint(n);
        store.save("findings", &cp).unwrap();
        assert_eq!(store.load("findings").unwrap().unwrap(), cp);
    }
    assert_eq!(
        files_in(&dir.path().join("state")),
        vec!["findings.checkpoint.json"]
    );
    // The file is readable JSON with the version first-class.
    let v: serde_json::Value =
        serde_json::from_slice(&fs::read(store.path_for("findings")).unwrap()).unwrap();
    assert_eq!(v["version"], CHECKPOINT_VERSION);
    assert_eq!(v["service"], "defectdojo");
    assert_eq!(v["position"]["cursor"]["kind"], "offset");
    store.remove("findings").unwrap();
    store.remove("findings").unwrap();
    assert!(store.load("findings").unwrap().is_none());
}

#[test]
fn a_reader_never_sees_a_torn_checkpoint_while_another_thread_saves() {
    let dir = tempfile::tempdir().unwrap();
    let store = Arc::new(FileCheckpoints::new(dir.path()).unwrap());
    store.save("k", &checkpoint(0)).unwrap();
    // The writer saves 40 checkpoints of varying sizes; the reader loads
    // continuously until the writer is done.
    let done = Arc::new(AtomicBool::new(false));
    let writer = {
        let (store, done) = (store.clone(), done.clone());
        std::thread::spawn(move || {
            for n in 1..=40 {
                store.save("k", &checkpoint(n)).unwrap();
            }
            done.store(true, Ordering::SeqCst);
        })
    };
    let mut last = 0;
    let mut loads = 0;
    loop {
        let finished = done.load(Ordering::SeqCst);
        let cp = store
            .load("k")
            .expect("always a whole checkpoint")
            .expect("never missing");
        // Consistent and monotonic: the state matches the item count, which only grows.
        assert_eq!(
            cp,
            Checkpoint {
                saved_at: cp.saved_at.clone(),
                ..checkpoint(cp.items)
            }
        );
        assert!(cp.items >= last);
        last = cp.items;
        loads += 1;
        if finished {
            break;
        }
    }
    writer.join().unwrap();
    assert_eq!(last, 40, "the last load sees the last save");
    assert!(loads > 1);
    assert_eq!(files_in(dir.path()), vec!["k.checkpoint.json"]);
}

#[test]
fn a_crash_mid_save_leaves_the_previous_checkpoint() {
    let dir = tempfile::tempdir().unwrap();
    let store = FileCheckpoints::new(dir.path()).unwrap();
    let good = checkpoint(42);
    store.save("k", &good).unwrap();
    // What a writer killed before its rename leaves behind: a partial temporary file.
    fs::write(
        dir.path().join(".k.checkpoint.json.tmp-999-1"),
        b"{\"version\": 1, \"serv",
    )
    .unwrap();
    assert_eq!(store.load("k").unwrap().unwrap(), good);
    // The next save replaces the checkpoint normally.
    store.save("k", &checkpoint(43)).unwrap();
    assert_eq!(store.load("k").unwrap().unwrap().items, 43);
}

#[test]
fn write_atomic_replaces_whole_files_and_cleans_up_on_failure() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("out.json");
    write_atomic(&path, b"first").unwrap();
    write_atomic(&path, b"second, longer").unwrap();
    assert_eq!(fs::read(&path).unwrap(), b"second, longer");
    // Renaming over a directory fails: the temporary file is removed, the target untouched.
    let blocked = dir.path().join("blocked");
    fs::create_dir(&blocked).unwrap();
    fs::write(blocked.join("inside"), b"x").unwrap();
    assert!(write_atomic(&blocked, b"data").is_err());
    assert_eq!(files_in(dir.path()), vec!["blocked", "out.json"]);
}

fn load_error(contents: &str) -> (Error, String) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("sync-state.json");
    fs::write(&path, contents).unwrap();
    let err = FileCheckpoints::single(&path).load("any").unwrap_err();
    let msg = err.to_string();
    assert!(matches!(err, Error::Checkpoint { .. }), "{msg}");
    assert!(
        msg.contains("sync-state.json"),
        "the message names the file: {msg}"
    );
    (err, msg)
}

#[test]
fn corrupt_files_are_errors_naming_the_file_never_a_restart() {
    for bad in [
        "",
        "   \n",
        "{\"version\": 1, \"serv",
        "null",
        "[]",
        "{}",
        "\u{0}\u{1}garbage",
    ] {
        let (_, msg) = load_error(bad);
        assert!(
            msg.contains("corrupt") && msg.contains("delete it to start over"),
            "{bad:?}: {msg}"
        );
    }
    // A valid checkpoint with a field of the wrong type.
    let mut v = serde_json::to_value(checkpoint(5)).unwrap();
    v["position"]["skip"] = serde_json::json!("five");
    let (_, msg) = load_error(&v.to_string());
    assert!(msg.contains("corrupt"), "{msg}");
}

#[test]
fn the_format_version_is_checked() {
    let mut v = serde_json::to_value(checkpoint(5)).unwrap();
    v["version"] = serde_json::json!(CHECKPOINT_VERSION + 1);
    let (_, msg) = load_error(&v.to_string());
    assert!(
        msg.contains(&format!("format version {}", CHECKPOINT_VERSION + 1)),
        "{msg}"
    );
    // A checkpoint without a version is not silently taken as the current one.
    v.as_object_mut().unwrap().remove("version");
    let (_, msg) = load_error(&v.to_string());
    assert!(msg.contains("version"), "{msg}");
}

#[test]
fn a_checkpoint_for_another_listing_is_refused_with_its_location() {
    let dir = tempfile::tempdir().unwrap();
    let store = FileCheckpoints::new(dir.path()).unwrap();
    store.save("k", &checkpoint(10)).unwrap();
    let cp = store.load("k").unwrap().unwrap();
    let location = store.location("k");
    let filter = serde_json::json!({"severity": "High", "active": true});
    cp.ensure_matches(&location, Service::DefectDojo, "findings", &filter)
        .unwrap();
    for (service, endpoint, filter) in [
        (
            Service::DefectDojo,
            "findings",
            serde_json::json!({"severity": "Low", "active": true}),
        ),
        (Service::DefectDojo, "engagements", filter.clone()),
        (Service::Sandbox, "findings", filter.clone()),
    ] {
        let err = cp
            .ensure_matches(&location, service, endpoint, &filter)
            .unwrap_err();
        let msg = err.to_string();
        assert!(matches!(err, Error::Checkpoint { .. }));
        assert!(
            msg.contains("k.checkpoint.json") && msg.contains("remove it to start over"),
            "{msg}"
        );
    }
}

#[test]
fn distinct_keys_never_share_a_file() {
    let dir = tempfile::tempdir().unwrap();
    let store = FileCheckpoints::new(dir.path()).unwrap();
    let keys = [
        "a_b",
        "a/b",
        "a b",
        "a\\b",
        "../a_b",
        "dataleaks/credentials",
        "",
        ".",
    ];
    let paths: std::collections::HashSet<_> = keys.iter().map(|k| store.path_for(k)).collect();
    assert_eq!(paths.len(), keys.len(), "{paths:?}");
    for (i, k) in keys.iter().enumerate() {
        store.save(k, &checkpoint(i as u64)).unwrap();
    }
    for (i, k) in keys.iter().enumerate() {
        assert_eq!(store.load(k).unwrap().unwrap().items, i as u64, "{k:?}");
        // Every file stays inside the store's directory.
        assert_eq!(store.path_for(k).parent().unwrap(), dir.path());
    }
    // Plain keys keep readable names.
    assert!(store.path_for("a_b").ends_with("a_b.checkpoint.json"));
}

#[test]
fn memory_store_and_store_references_behave_the_same() {
    fn exercise(store: &dyn CheckpointStore) {
        assert!(store.load("x").unwrap().is_none());
        store.save("x", &checkpoint(3)).unwrap();
        assert_eq!(store.load("x").unwrap().unwrap().items, 3);
        store.remove("x").unwrap();
        assert!(store.load("x").unwrap().is_none());
    }
    let mem = MemoryCheckpoints::new();
    exercise(&mem);
    exercise(&&mem);
    assert_eq!(mem.location("x"), "memory:x");
    let dir = tempfile::tempdir().unwrap();
    exercise(&FileCheckpoints::new(dir.path()).unwrap());
}

#[test]
fn advance_tracks_items_and_completion() {
    let mut cp = Checkpoint::new(Service::Taxii, "collection", serde_json::Value::Null);
    assert_eq!(cp.position, Position::start());
    cp.advance(
        Position {
            cursor: Cursor::Page { page: 2 },
            skip: 0,
        },
        10,
    );
    cp.advance(
        Position {
            cursor: Cursor::Page { page: 3 },
            skip: 0,
        },
        10,
    );
    assert_eq!((cp.items, cp.complete), (20, false));
    cp.advance(
        Position {
            cursor: Cursor::Done,
            skip: 0,
        },
        5,
    );
    assert_eq!((cp.items, cp.complete), (25, true));
}
