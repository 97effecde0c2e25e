//! Resumable checkpoints.
//!
//! A [`Checkpoint`] records, for one listing or sync, the service, the
//! endpoint or dataset, the filter (window, domain, collection...) and the exact
//! [`Position`] after the last item handed to the sink, plus the sink's
//! committed length when the sink is a file.
//!
//! # The guarantee
//!
//! A [`Position`] is *the place after the last item handed out*: the cursor of
//! the page that item came from and how many of that page's items were handed
//! out (or the next page's cursor and `skip = 0` once the page is used up).
//! [`ItemStream::position`](crate::paging::ItemStream::position) and
//! [`PageStream::position`](crate::paging::PageStream::position) give it at
//! any point, also after the stream failed (it is then the last good one).
//! A paginator started with [`resume_from`](crate::Paginator::resume_from)
//! at that position re-fetches that page, drops the `skip` items already
//! handed out, and continues; so, provided the service returns the same items
//! for the same cursor:
//!
//! - **no loss**: every item after the stored position is handed out again;
//! - **no duplicate** among items handed out before the stored position.
//!
//! What happens to items handed out *after* the last save depends on the
//! order the flow follows. The flows that take a [`CheckpointStore`]
//! (`sync_dataset`, `sync_channel`, `poll_collection`...) do, for each page
//! (or SIE chunk): write its items to the sink, make the sink durable
//! ([`Sink::commit`](crate::sink::Sink::commit)), then save the checkpoint.
//! If the process dies:
//!
//! - before the commit: the page's items may be partly written, and they are
//!   written again after the resume;
//! - between the commit and the save: the page is durable but the checkpoint
//!   still points before it, so it is written again after the resume;
//! - after the save: nothing is repeated.
//!
//! So at most **one page (or chunk) — the one being processed when the
//! process died — is delivered twice**, and never more. For a file sink even
//! that duplicate is removed: the checkpoint stores the sink's committed
//! length ([`Checkpoint::sink_len`]), and the sink is cut back to it before
//! writing resumes ([`Sink::begin`](crate::sink::Sink::begin)), so the output
//! file holds every item exactly once. Hand-written loops get the same
//! guarantee by following the same order (write, commit, then save the
//! position).
//!
//! The last step is the same in every flow: the checkpoint saying the sync is
//! complete is saved first, and only then is the output published
//! ([`Sink::finish`](crate::sink::Sink::finish), the rename of `FILE.partial`
//! to `FILE`). A crash between the two leaves a complete checkpoint beside an
//! unpublished file; the next run sees the complete checkpoint, publishes that
//! file ([`Sink::publish_completed`](crate::sink::Sink::publish_completed))
//! without sending a request, and ends.
//!
//! A resumed listing must use the same filter: [`Checkpoint::ensure_matches`]
//! refuses a checkpoint written for another service, endpoint or filter.
//! [`Checkpoint::version`] is checked on load ([`CHECKPOINT_VERSION`]).
//!
//! # Storage
//!
//! [`FileCheckpoints`] writes atomically (temporary file in the same
//! directory, created new with mode `0600` on unix, fsync, rename over the old
//! file, fsync of the directory), so a
//! crash mid-save leaves the previous checkpoint intact, never a torn, corrupt
//! or empty one, and a concurrent reader sees either the old or the new
//! checkpoint. A file that is corrupt anyway (edited by hand, disk damage) or
//! of another format version gives an [`Error::Checkpoint`] naming the file —
//! never a silent restart from zero. [`MemoryCheckpoints`] keeps them in
//! memory (tests; not durable).

use std::collections::HashMap;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result, Service};
use crate::paging::{Cursor, Position};

/// The checkpoint format version.
pub const CHECKPOINT_VERSION: u32 = 1;

/// Where a listing or sync stopped.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Checkpoint {
    /// Format version ([`CHECKPOINT_VERSION`]).
    pub version: u32,
    /// The service.
    pub service: Service,
    /// The endpoint, dataset, channel or collection.
    pub endpoint: String,
    /// The filter the listing ran with (window, domain, ...). Resuming with a
    /// different filter is refused.
    pub filter: serde_json::Value,
    /// The exact position after the last item handed to the sink.
    pub position: Position,
    /// The sink's committed length in bytes, for file sinks.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sink_len: Option<u64>,
    /// Items handed out so far over all runs.
    #[serde(default)]
    pub items: u64,
    /// Whether the listing finished.
    #[serde(default)]
    pub complete: bool,
    /// Flow-specific state (e.g. the TAXII (id, modified) pairs at the boundary).
    #[serde(default, skip_serializing_if = "serde_json::Value::is_null")]
    pub state: serde_json::Value,
    /// When it was saved (RFC 3339).
    pub saved_at: String,
}

impl Checkpoint {
    /// A checkpoint at the start of a listing.
    pub fn new(service: Service, endpoint: impl Into<String>, filter: serde_json::Value) -> Self {
        Checkpoint {
            version: CHECKPOINT_VERSION,
            service,
            endpoint: endpoint.into(),
            filter,
            position: Position::start(),
            sink_len: None,
            items: 0,
            complete: false,
            state: serde_json::Value::Null,
            saved_at: now(),
        }
    }

    /// Whether this checkpoint belongs to the same listing (service, endpoint, filter).
    pub fn matches(&self, service: Service, endpoint: &str, filter: &serde_json::Value) -> bool {
        self.service == service && self.endpoint == endpoint && &self.filter == filter
    }

    /// Checks that a stored checkpoint belongs to this listing; a mismatch is an
    /// error (never a silent restart from zero).
    pub fn ensure_matches(
        &self,
        location: &str,
        service: Service,
        endpoint: &str,
        filter: &serde_json::Value,
    ) -> Result<()> {
        if self.matches(service, endpoint, filter) {
            return Ok(());
        }
        Err(Error::Checkpoint {
            location: location.to_string(),
            message: format!(
                "it was written for {} {} with filter {}, not {} {} with filter {}: use another checkpoint, or remove it to start over",
                self.service, self.endpoint, self.filter, service, endpoint, filter
            ),
        })
    }

    /// Reads the flow-specific [`state`](Self::state) (its default when there
    /// is none). Unreadable state is an [`Error::Checkpoint`] naming
    /// `location`, never a silent restart.
    pub fn read_state<T: serde::de::DeserializeOwned + Default>(
        &self,
        location: &str,
    ) -> Result<T> {
        if self.state.is_null() {
            return Ok(T::default());
        }
        serde_json::from_value(self.state.clone()).map_err(|e| Error::Checkpoint {
            location: location.to_string(),
            message: format!(
                "its {} sync state is not readable ({e}): restore it, or remove it to start over",
                self.service
            ),
        })
    }

    /// Moves the checkpoint to `position` and stamps the time.
    pub fn advance(&mut self, position: Position, items_added: u64) {
        self.position = position;
        self.items += items_added;
        self.complete = self.position.cursor == Cursor::Done;
        self.saved_at = now();
    }
}

fn now() -> String {
    chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
}

/// Where checkpoints are kept. Implementations must save atomically.
pub trait CheckpointStore: Send + Sync {
    /// Loads the checkpoint under `key`, `None` when there is none.
    fn load(&self, key: &str) -> Result<Option<Checkpoint>>;
    /// Saves (replaces) the checkpoint under `key`, atomically.
    fn save(&self, key: &str, checkpoint: &Checkpoint) -> Result<()>;
    /// Removes the checkpoint under `key`.
    fn remove(&self, key: &str) -> Result<()>;
    /// A human-readable location for `key`, for error messages.
    fn location(&self, key: &str) -> String;
}

/// Forwards every [`CheckpointStore`] method through a pointer type.
macro_rules! forward_store {
    ($($ty:ty),*) => {$(
        impl<T: CheckpointStore + ?Sized> CheckpointStore for $ty {
            fn load(&self, key: &str) -> Result<Option<Checkpoint>> {
                (**self).load(key)
            }
            fn save(&self, key: &str, checkpoint: &Checkpoint) -> Result<()> {
                (**self).save(key, checkpoint)
            }
            fn remove(&self, key: &str) -> Result<()> {
                (**self).remove(key)
            }
            fn location(&self, key: &str) -> String {
                (**self).location(key)
            }
        }
    )*};
}

forward_store!(&T, Box<T>);

/// Checkpoints kept in memory (tests, short-lived processes).
#[derive(Debug, Default)]
pub struct MemoryCheckpoints {
    map: Mutex<HashMap<String, Checkpoint>>,
}

impl MemoryCheckpoints {
    /// An empty store.
    pub fn new() -> Self {
        Self::default()
    }
}

impl CheckpointStore for MemoryCheckpoints {
    fn load(&self, key: &str) -> Result<Option<Checkpoint>> {
        Ok(self.map.lock().expect("store lock").get(key).cloned())
    }
    fn save(&self, key: &str, checkpoint: &Checkpoint) -> Result<()> {
        self.map
            .lock()
            .expect("store lock")
            .insert(key.to_string(), checkpoint.clone());
        Ok(())
    }
    fn remove(&self, key: &str) -> Result<()> {
        self.map.lock().expect("store lock").remove(key);
        Ok(())
    }
    fn location(&self, key: &str) -> String {
        format!("memory:{key}")
    }
}

/// Checkpoints kept as JSON files, written atomically.
///
/// [`FileCheckpoints::new`] keeps one file per key in a directory;
/// [`FileCheckpoints::single`] keeps one checkpoint in one file (what the CLI's
/// `--checkpoint FILE` uses), whatever the key.
#[derive(Debug, Clone)]
pub struct FileCheckpoints {
    dir: PathBuf,
    single: Option<PathBuf>,
}

impl FileCheckpoints {
    /// A store of one file per key under `dir` (created if missing).
    pub fn new(dir: impl AsRef<Path>) -> Result<Self> {
        let dir = dir.as_ref().to_path_buf();
        fs::create_dir_all(&dir).map_err(|e| {
            Error::io(
                format!("creating checkpoint directory {}", dir.display()),
                e,
            )
        })?;
        Ok(FileCheckpoints { dir, single: None })
    }

    /// A store that keeps one checkpoint in `file`.
    pub fn single(file: impl AsRef<Path>) -> Self {
        let file = file.as_ref().to_path_buf();
        let dir = file
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .map(Path::to_path_buf)
            .unwrap_or_else(|| PathBuf::from("."));
        FileCheckpoints {
            dir,
            single: Some(file),
        }
    }

    /// The file that holds `key`: `<key>.checkpoint.json` when the key is
    /// made of ASCII letters, digits, `-`, `_` and `.` only; otherwise the key
    /// with those other characters replaced by `_`, plus a short hash of the
    /// original key, so that distinct keys (`a/b`, `a_b`) never share a file.
    pub fn path_for(&self, key: &str) -> PathBuf {
        if let Some(f) = &self.single {
            return f.clone();
        }
        let plain = |c: char| c.is_ascii_alphanumeric() || c == '-' || c == '_' || c == '.';
        let name = if !key.is_empty() && key.chars().all(plain) && !key.starts_with('.') {
            key.to_string()
        } else {
            let safe: String = key
                .chars()
                .map(|c| if plain(c) { c } else { '_' })
                .collect();
            format!("{safe}-{:08x}", fnv1a(key.as_bytes()) as u32)
        };
        self.dir.join(format!("{name}.checkpoint.json"))
    }
}

/// FNV-1a (64-bit): a stable hash for file names (not `std`'s, which may change).
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// Writes `bytes` to `path` atomically: temporary file in the same directory,
/// fsync, rename over `path`, fsync of the directory.
///
/// The temporary file is created new (`O_EXCL`, which does not follow a
/// symbolic link) with mode `0600` on unix, whatever the umask, so `path`
/// ends up `0600` too; a symbolic link at `path` itself is replaced by the
/// rename, never written through.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    fs::create_dir_all(dir)?;
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("file");
    let tmp = dir.join(format!(
        ".{name}.tmp-{}-{}",
        std::process::id(),
        fastrand::u32(..)
    ));
    let result = (|| {
        // A new file (`O_EXCL`: never through a link planted at the name),
        // mode 0600 on unix: checkpoints can name what was pulled.
        let mut o = fs::OpenOptions::new();
        o.write(true).create_new(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            o.mode(crate::sink::PRIVATE_MODE);
        }
        let mut f = o.open(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        drop(f);
        fs::rename(&tmp, path)?;
        if let Ok(d) = fs::File::open(dir) {
            let _ = d.sync_all();
        }
        Ok(())
    })();
    if result.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    result
}

impl CheckpointStore for FileCheckpoints {
    fn load(&self, key: &str) -> Result<Option<Checkpoint>> {
        let path = self.path_for(key);
        let bytes = match fs::read(&path) {
            Ok(b) => b,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(e) => {
                return Err(Error::io(
                    format!("reading checkpoint {}", path.display()),
                    e,
                ))
            }
        };
        let corrupt = |why: String| {
            Error::Checkpoint {
            location: path.display().to_string(),
            message: format!("{why}: the file is corrupt; restore it, or delete it to start over from the beginning"),
        }
        };
        if bytes.iter().all(u8::is_ascii_whitespace) {
            return Err(corrupt("it is empty".into()));
        }
        let cp: Checkpoint = serde_json::from_slice(&bytes).map_err(|e| corrupt(e.to_string()))?;
        if cp.version != CHECKPOINT_VERSION {
            return Err(Error::Checkpoint {
                location: path.display().to_string(),
                message: format!(
                    "format version {} is not supported (expected {CHECKPOINT_VERSION})",
                    cp.version
                ),
            });
        }
        Ok(Some(cp))
    }

    fn save(&self, key: &str, checkpoint: &Checkpoint) -> Result<()> {
        let path = self.path_for(key);
        let mut bytes = serde_json::to_vec_pretty(checkpoint).map_err(|e| Error::Checkpoint {
            location: path.display().to_string(),
            message: e.to_string(),
        })?;
        bytes.push(b'\n');
        write_atomic(&path, &bytes)
            .map_err(|e| Error::io(format!("saving checkpoint {}", path.display()), e))
    }

    fn remove(&self, key: &str) -> Result<()> {
        let path = self.path_for(key);
        match fs::remove_file(&path) {
            Ok(()) => Ok(()),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
            Err(e) => Err(Error::io(
                format!("removing checkpoint {}", path.display()),
                e,
            )),
        }
    }

    fn location(&self, key: &str) -> String {
        self.path_for(key).display().to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Checkpoint {
        let mut cp = Checkpoint::new(
            Service::Defendis,
            "dataleaks/credentials",
            serde_json::json!({"domain": "example.com"}),
        );
        cp.advance(
            Position {
                cursor: Cursor::Page { page: 3 },
                skip: 7,
            },
            107,
        );
        cp
    }

    #[test]
    fn file_store_round_trip_and_single_file() {
        let dir = tempfile::tempdir().unwrap();
        let store = FileCheckpoints::new(dir.path().join("state")).unwrap();
        assert!(store.load("k/1").unwrap().is_none());
        let cp = sample();
        store.save("k/1", &cp).unwrap();
        assert_eq!(store.load("k/1").unwrap().unwrap(), cp);
        // No temporary files are left behind.
        let names: Vec<_> = fs::read_dir(dir.path().join("state"))
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names.len(), 1, "{names:?}");
        store.remove("k/1").unwrap();
        assert!(store.load("k/1").unwrap().is_none());

        let single = FileCheckpoints::single(dir.path().join("one.json"));
        single.save("anything", &cp).unwrap();
        assert_eq!(single.load("other").unwrap().unwrap(), cp);
    }

    #[test]
    fn corrupt_or_empty_file_is_a_clear_error() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("cp.json");
        let store = FileCheckpoints::single(&path);
        for bad in ["", "{\"version\": 1, \"serv", "null"] {
            fs::write(&path, bad).unwrap();
            let err = store.load("k").unwrap_err();
            let msg = err.to_string();
            assert!(matches!(err, Error::Checkpoint { .. }), "{msg}");
            assert!(msg.contains("cp.json") && msg.contains("corrupt"), "{msg}");
        }
    }

    #[test]
    fn mismatched_filter_is_refused() {
        let cp = sample();
        let err = cp
            .ensure_matches(
                "x",
                Service::Defendis,
                "dataleaks/credentials",
                &serde_json::json!({"domain": "other.com"}),
            )
            .unwrap_err();
        assert!(err.to_string().contains("other.com"));
        cp.ensure_matches(
            "x",
            Service::Defendis,
            "dataleaks/credentials",
            &serde_json::json!({"domain": "example.com"}),
        )
        .unwrap();
    }
}
