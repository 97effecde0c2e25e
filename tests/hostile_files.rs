//! Careless hands and hostile neighbours on the local disk: files that can
//! hold records (leaked credentials) or state are created `0600` whatever the
//! umask, never written through a symbolic link (or hard link) planted at
//! `FILE.partial`, and `secops demo` deletes only what it wrote itself.
#![cfg(all(
    unix,
    feature = "cli",
    feature = "defendis",
    feature = "sandbox",
    feature = "sie",
    feature = "taxii"
))]

mod support;

use std::os::unix::fs::{symlink, MetadataExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use futures::TryStreamExt;
use secops::checkpoint::{Checkpoint, CheckpointStore, FileCheckpoints};
use secops::sandbox::{Artifact, Sandbox, Subset};
use secops::sim::{Faults, SimHandle, Simulator};
use secops::{Error, NdjsonFile, Service, Sink};

use support::{ndjson, BIN};

/// Every test here runs with umask 022 (what made the files 0644 before), so
/// a `0600` below is the crate's doing, not the environment's. The umask is
/// process-wide and inherited by the CLI; all tests set the same value.
fn umask_022() {
    // SAFETY: umask only swaps the process's file-creation mask.
    unsafe {
        libc::umask(0o022);
    }
}

fn mode(p: &Path) -> u32 {
    std::fs::symlink_metadata(p).unwrap().permissions().mode() & 0o777
}

fn partial_of(p: &Path) -> PathBuf {
    let mut s = p.as_os_str().to_os_string();
    s.push(".partial");
    PathBuf::from(s)
}

const UNTOUCHED: &str = "a file outside the output directory\n";

/// A file outside `dir` that a planted link points to.
fn victim(outside: &Path) -> PathBuf {
    let v = outside.join("victim.txt");
    std::fs::write(&v, UNTOUCHED).unwrap();
    v
}

fn assert_untouched(victim: &Path) {
    assert_eq!(std::fs::read_to_string(victim).unwrap(), UNTOUCHED);
    assert_eq!(
        std::fs::metadata(victim).unwrap().nlink(),
        1,
        "no new links"
    );
}

fn assert_refused(e: &Error, path: &Path, what: &str) {
    let msg = e.to_string();
    assert!(matches!(e, Error::Io { .. }), "{e:?}");
    assert!(msg.contains(&path.display().to_string()), "{msg}");
    assert!(msg.contains(what), "{msg}");
}

struct Sim {
    _rt: tokio::runtime::Runtime,
    handle: SimHandle,
}

fn sim() -> Sim {
    let (rt, handle) = support::sim_runtime(5, Faults::none());
    Sim { _rt: rt, handle }
}

impl Sim {
    fn cmd(&self, service: Service, args: &[&str]) -> Command {
        let mut c = support::service_cmd(&self.handle, service);
        c.args(args);
        c
    }

    fn pull(&self, out: &Path, checkpoint: &Path) -> Output {
        let mut c = self.cmd(
            Service::Defendis,
            &[
                "pull",
                "credentials",
                "--domain",
                "example.com",
                "--page-size",
                "50",
            ],
        );
        c.arg("-o").arg(out).arg("--checkpoint").arg(checkpoint);
        c.output().unwrap()
    }

    /// A `--from`/`--to` window of 20 minutes the SIE simulator has data for.
    fn sie_window(&self) -> (String, String) {
        let out = self.cmd(Service::Sie, &["channels"]).output().unwrap();
        let chans = ndjson(&out.stdout);
        let ch = chans.iter().find(|c| c["channel"] == 212).unwrap();
        let latest = chrono::DateTime::parse_from_rfc3339(ch["latest"].as_str().unwrap()).unwrap();
        let end = latest - chrono::Duration::minutes(5);
        let start = end - chrono::Duration::minutes(20);
        (
            start.format("%Y-%m-%d %H:%M").to_string(),
            end.format("%Y-%m-%d %H:%M").to_string(),
        )
    }
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[test]
fn pull_refuses_a_symlink_planted_at_the_partial_file() {
    umask_022();
    let s = sim();
    let outside = tempfile::tempdir().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let v = victim(outside.path());
    let missing = outside.path().join("created-through-the-link.txt");
    // A link to an existing file, and a dangling one (O_CREAT would follow it
    // and create its target).
    for (i, target) in [&v, &missing].into_iter().enumerate() {
        let out = dir.path().join(format!("creds{i}.ndjson"));
        let partial = partial_of(&out);
        symlink(target, &partial).unwrap();
        let o = s.pull(&out, &dir.path().join(format!("cp{i}.json")));
        let err = stderr(&o);
        assert_eq!(o.status.code(), Some(2), "{err}");
        assert!(
            err.contains(&partial.display().to_string()) && err.contains("symbolic link"),
            "{err}"
        );
        assert!(!err.contains(s.handle.key(Service::Defendis)), "{err}");
        assert!(!out.exists(), "nothing published");
        assert!(
            std::fs::symlink_metadata(&partial)
                .unwrap()
                .file_type()
                .is_symlink(),
            "the planted link is left as it is"
        );
    }
    assert_untouched(&v);
    assert!(!missing.exists(), "nothing created through a dangling link");

    // Once the link is gone, the same command writes a real file.
    let out = dir.path().join("creds0.ndjson");
    std::fs::remove_file(partial_of(&out)).unwrap();
    let o = s.pull(&out, &dir.path().join("cp0.json"));
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(ndjson(&std::fs::read(&out).unwrap()).len() > 50);
    assert!(std::fs::symlink_metadata(&out).unwrap().is_file());
    assert_untouched(&v);
}

#[test]
fn pull_output_and_checkpoint_are_0600_whatever_the_umask() {
    umask_022();
    let s = sim();
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("creds.ndjson");
    let cp = dir.path().join("creds.checkpoint.json");
    let o = s.pull(&out, &cp);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(mode(&out), 0o600);
    assert_eq!(mode(&cp), 0o600);
    // No temporary file left beside them.
    let mut names: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    names.sort();
    assert_eq!(names, ["creds.checkpoint.json", "creds.ndjson"]);

    // A checkpoint path that is a symbolic link: the save replaces the link,
    // it never writes through it.
    let outside = tempfile::tempdir().unwrap();
    let v = victim(outside.path());
    let cp2 = dir.path().join("linked.checkpoint.json");
    symlink(&v, &cp2).unwrap();
    let store = FileCheckpoints::single(&cp2);
    let c = Checkpoint::new(Service::Defendis, "x", serde_json::json!({}));
    store.save("k", &c).unwrap();
    assert_untouched(&v);
    assert!(std::fs::symlink_metadata(&cp2).unwrap().is_file());
    assert_eq!(mode(&cp2), 0o600);
    assert_eq!(store.load("k").unwrap().unwrap(), c);

    // One file per key in a directory: 0600 too.
    let store = FileCheckpoints::new(dir.path().join("state")).unwrap();
    store.save("taxii/coll", &c).unwrap();
    assert_eq!(mode(&store.path_for("taxii/coll")), 0o600);
}

#[test]
fn sink_partial_is_0600_and_a_stale_one_is_narrowed_on_resume() {
    umask_022();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("o.ndjson");
    let mut s = NdjsonFile::create(&path).unwrap();
    s.begin(None).unwrap();
    s.write_record(br#"{"a":1}"#).unwrap();
    let committed = s.commit().unwrap();
    assert_eq!(mode(s.partial_path()), 0o600);
    drop(s);

    // A `.partial` left by an older version (0644) and resumed: same bytes,
    // narrowed to 0600.
    std::fs::set_permissions(partial_of(&path), std::fs::Permissions::from_mode(0o644)).unwrap();
    let mut s = NdjsonFile::create(&path).unwrap();
    s.begin(committed).unwrap();
    assert_eq!(mode(s.partial_path()), 0o600);
    s.write_record(br#"{"a":2}"#).unwrap();
    s.finish().unwrap();
    assert_eq!(std::fs::read(&path).unwrap(), b"{\"a\":1}\n{\"a\":2}\n");
    assert_eq!(mode(&path), 0o600);
}

#[test]
fn sink_refuses_links_and_special_files_at_the_partial_name() {
    umask_022();
    let outside = tempfile::tempdir().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let v = victim(outside.path());
    let path = dir.path().join("o.ndjson");
    let partial = partial_of(&path);

    // A symbolic link: refused on a fresh start and on a resume alike.
    symlink(&v, &partial).unwrap();
    for committed in [None, Some(0)] {
        let mut s = NdjsonFile::create(&path).unwrap();
        assert_refused(&s.begin(committed).unwrap_err(), &partial, "symbolic link");
        // Writing without begin opens it the same way.
        let e = s.write_record(b"{}").unwrap_err();
        assert_refused(&e, &partial, "symbolic link");
    }
    // Publishing a "completed" sync does not rename the link into place.
    let mut s = NdjsonFile::create(&path).unwrap();
    let e = s.publish_completed(Some(0)).unwrap_err();
    assert_refused(&e, &partial, "symbolic link");
    assert!(
        std::fs::symlink_metadata(&path).is_err(),
        "nothing published"
    );
    assert_untouched(&v);
    std::fs::remove_file(&partial).unwrap();

    // A hard link to a file elsewhere (same file system): refused, not truncated.
    let hard = dir.path().join("elsewhere.txt");
    std::fs::write(&hard, UNTOUCHED).unwrap();
    std::fs::hard_link(&hard, &partial).unwrap();
    let mut s = NdjsonFile::create(&path).unwrap();
    assert_refused(&s.begin(None).unwrap_err(), &partial, "hard link");
    assert_eq!(std::fs::read_to_string(&hard).unwrap(), UNTOUCHED);
    std::fs::remove_file(&partial).unwrap();

    // A directory or a FIFO: refused (a FIFO would block the writer).
    std::fs::create_dir(&partial).unwrap();
    let mut s = NdjsonFile::create(&path).unwrap();
    assert_refused(&s.begin(None).unwrap_err(), &partial, "not a regular file");
    std::fs::remove_dir(&partial).unwrap();
    let c = std::ffi::CString::new(partial.as_os_str().to_str().unwrap()).unwrap();
    // SAFETY: a valid NUL-terminated path.
    assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0);
    let mut s = NdjsonFile::create(&path).unwrap();
    assert_refused(&s.begin(None).unwrap_err(), &partial, "not a regular file");
}

#[test]
fn sie_raw_output_refuses_a_planted_link_and_is_0600() {
    umask_022();
    let s = sim();
    let (from, to) = s.sie_window();
    let outside = tempfile::tempdir().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let v = victim(outside.path());
    let out = dir.path().join("raw.ndjson");
    let raw = |out: &Path| {
        let mut c = s.cmd(
            Service::Sie,
            &[
                "fetch",
                "--channel",
                "212",
                "--from",
                &from,
                "--to",
                &to,
                "--raw",
            ],
        );
        c.arg("-o").arg(out);
        c.output().unwrap()
    };
    symlink(&v, partial_of(&out)).unwrap();
    let o = raw(&out);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(stderr(&o).contains("symbolic link"), "{}", stderr(&o));
    assert_untouched(&v);
    assert!(!out.exists());

    std::fs::remove_file(partial_of(&out)).unwrap();
    let o = raw(&out);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(!ndjson(&std::fs::read(&out).unwrap()).is_empty());
    assert_eq!(mode(&out), 0o600);
}

#[test]
fn sandbox_download_refuses_a_planted_link_and_is_0600() {
    umask_022();
    let rt = tokio::runtime::Runtime::new().unwrap();
    rt.block_on(async {
        let sim = Simulator::builder().seed(3).start().await.unwrap();
        let sb = Sandbox::builder()
            .base_url(sim.url(Service::Sandbox))
            .api_key(sim.key(Service::Sandbox))
            .build()
            .unwrap();
        let first = sb
            .samples(Subset::Public)
            .items()
            .try_next()
            .await
            .unwrap()
            .unwrap();
        let outside = tempfile::tempdir().unwrap();
        let dir = tempfile::tempdir().unwrap();
        let v = victim(outside.path());
        let path = dir.path().join("dump.pcap");
        let partial = partial_of(&path);
        symlink(&v, &partial).unwrap();
        let e = sb
            .download(Artifact::pcap(&first.id, "behavioral1"))
            .to_path(&path)
            .await
            .unwrap_err();
        assert_refused(&e, &partial, "symbolic link");
        assert_untouched(&v);
        assert!(std::fs::symlink_metadata(&partial).is_ok(), "left as it is");
        assert!(!path.exists());

        std::fs::remove_file(&partial).unwrap();
        let sum = sb
            .download(Artifact::pcap(&first.id, "behavioral1"))
            .to_path(&path)
            .await
            .unwrap();
        assert!(sum.bytes > 0);
        assert_eq!(mode(&path), 0o600);
        sim.shutdown().await;
    });
}

fn demo(dir: &Path) -> Output {
    Command::new(BIN)
        .args(["--quiet", "demo", "--dir"])
        .arg(dir)
        .output()
        .unwrap()
}

#[test]
fn demo_refuses_a_directory_it_did_not_write() {
    let dir = tempfile::tempdir().unwrap();
    let mine = dir.path().join("notes.txt");
    std::fs::write(&mine, "mine\n").unwrap();
    let o = demo(dir.path());
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(2), "{err}");
    assert!(
        err.contains(".secops-demo") && err.contains("nothing was deleted"),
        "{err}"
    );
    assert_eq!(std::fs::read_to_string(&mine).unwrap(), "mine\n");
    let names: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
    assert_eq!(names.len(), 1, "nothing written either: {names:?}");

    // A file where the directory should be: refused, left as it is.
    let o = demo(&mine);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert_eq!(std::fs::read_to_string(&mine).unwrap(), "mine\n");
}

#[test]
fn demo_runs_twice_in_its_own_directory_and_deletes_only_its_files() {
    umask_022();
    // An existing empty directory is taken (and marked).
    let dir = tempfile::tempdir().unwrap();
    let o = demo(dir.path());
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(dir.path().join(".secops-demo").is_file());
    let creds = dir.path().join("defendis-credentials.ndjson");
    let first = std::fs::read(&creds).unwrap();
    assert!(!first.is_empty());
    for e in std::fs::read_dir(dir.path()).unwrap() {
        let p = e.unwrap().path();
        if p.is_file() && p.file_name().unwrap() != ".secops-demo" {
            assert_eq!(mode(&p), 0o600, "{}", p.display());
        }
    }
    let state = dir.path().join("state");
    let checkpoints: Vec<_> = std::fs::read_dir(&state)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert!(!checkpoints.is_empty());
    for p in &checkpoints {
        assert_eq!(mode(p), 0o600, "{}", p.display());
    }

    // The user's own files in the demo's directory survive a second run,
    // which starts over (checkpoints removed: the same records again).
    let keep = dir.path().join("my-notes.txt");
    let keep_state = state.join("README");
    std::fs::write(&keep, "mine\n").unwrap();
    std::fs::write(&keep_state, "mine\n").unwrap();
    let o = demo(dir.path());
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(std::fs::read(&creds).unwrap(), first);
    assert_eq!(std::fs::read_to_string(&keep).unwrap(), "mine\n");
    assert_eq!(std::fs::read_to_string(&keep_state).unwrap(), "mine\n");
}
