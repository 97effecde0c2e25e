//! Where resumable syncs write their records.
//!
//! A [`Sink`] receives records (one JSON document each, written as one NDJSON
//! line), makes them durable on [`commit`](Sink::commit), can drop what was
//! written since the last commit ([`rollback`](Sink::rollback)), and can cut
//! itself back to a committed length stored in a checkpoint
//! ([`begin`](Sink::begin)) — which is what makes resumed file output free of
//! duplicates (see [`checkpoint`](crate::checkpoint)).
//!
//! [`NdjsonFile`] writes to `<path>.partial` and renames it to `<path>` only
//! when the sync completes ([`finish`](Sink::finish)), so a killed run never
//! leaves a half-written file under the final name. [`MemorySink`] keeps
//! records in memory (tests, small pulls).
//!
//! # File safety
//!
//! Output files can hold what the services return — leaked credentials
//! among them — so [`NdjsonFile`] (and every other file the crate writes
//! records or state to: checkpoints, downloads) goes through
//! [`open_private`]: a new file is created with mode `0600` (on unix,
//! whatever the umask) and `O_EXCL`, which never follows a symbolic link, and
//! an existing one (the `.partial` of an interrupted run, reused to resume) is
//! opened with `O_NOFOLLOW` and must be a regular file with no other hard
//! link; a symbolic link, a hard-linked file, a FIFO or a device in its place
//! is refused with an [`Error::Io`] naming the path, and left untouched.

use std::fs::{self, File, OpenOptions};
use std::io::{BufWriter, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use crate::checkpoint::{Checkpoint, CheckpointStore};
use crate::error::{Error, Result};

/// The mode of the files the crate creates (on unix): owner read and write only.
pub const PRIVATE_MODE: u32 = 0o600;

/// Opens `path` for writing records or state, without ever writing through
/// a link planted in its place.
///
/// - No file at `path`: creates it with `O_CREAT | O_EXCL` (which does not
///   follow a symbolic link) and, on unix, mode `0600` whatever the umask.
/// - A regular file with no other hard link (e.g. the `.partial` of an
///   interrupted run): opens it with `O_NOFOLLOW`, narrows its mode to
///   `0600`, and empties it when `truncate` is set.
/// - Anything else — a symbolic link (even one pointing to a regular file),
///   a file with other hard links, a directory, a FIFO, a device — is refused
///   with an [`Error::Io`] naming `path`; it is left as it is.
///
/// The file is opened write-only, positioned at its start.
pub fn open_private(path: &Path, truncate: bool) -> Result<File> {
    let refuse = |what: &str| {
        Error::io(
            format!("opening {}", path.display()),
            std::io::Error::new(
                std::io::ErrorKind::InvalidInput,
                format!(
                    "it is {what}: refusing to write through it (records can hold credentials); remove it if it is not yours, and run again"
                ),
            ),
        )
    };
    let failed = |e: std::io::Error| Error::io(format!("opening {}", path.display()), e);
    match fs::symlink_metadata(path) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            let mut o = OpenOptions::new();
            o.write(true).create_new(true);
            #[cfg(unix)]
            {
                use std::os::unix::fs::OpenOptionsExt;
                o.mode(PRIVATE_MODE);
            }
            return o.open(path).map_err(|e| {
                if e.kind() == std::io::ErrorKind::AlreadyExists {
                    refuse("a file that appeared while it was being created (another process?)")
                } else {
                    failed(e)
                }
            });
        }
        Err(e) => return Err(failed(e)),
        Ok(m) if m.file_type().is_symlink() => return Err(refuse("a symbolic link")),
        Ok(m) if !m.is_file() => return Err(refuse("not a regular file")),
        Ok(_) => {}
    }
    let mut o = OpenOptions::new();
    o.write(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        o.custom_flags(libc::O_NOFOLLOW);
    }
    let file = o.open(path).map_err(|e| {
        #[cfg(unix)]
        if e.raw_os_error() == Some(libc::ELOOP) {
            return refuse("a symbolic link");
        }
        failed(e)
    })?;
    let meta = file.metadata().map_err(failed)?;
    if !meta.is_file() {
        return Err(refuse("not a regular file"));
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::{MetadataExt, PermissionsExt};
        if meta.nlink() > 1 {
            return Err(refuse("a file with other hard links"));
        }
        if meta.mode() & 0o7777 != PRIVATE_MODE {
            file.set_permissions(fs::Permissions::from_mode(PRIVATE_MODE))
                .map_err(failed)?;
        }
    }
    if truncate {
        file.set_len(0).map_err(failed)?;
    }
    Ok(file)
}

/// A destination for records.
pub trait Sink: Send {
    /// Prepares for writing. `committed` is the length stored in the checkpoint
    /// being resumed (`None` on a fresh start, which empties the sink).
    fn begin(&mut self, committed: Option<u64>) -> Result<()>;
    /// Prepares for a new run of an incremental sync (DefectDojo findings,
    /// TAXII delta polls) that starts after a complete one; `committed` is
    /// the length stored in that complete checkpoint.
    ///
    /// The default begins afresh ([`begin(None)`](Sink::begin)): a sink that
    /// writes each run to its own output (a file renamed into place by
    /// [`finish`](Sink::finish)) starts a new one. A sink that appends every
    /// run to one stream (the agent's rotating files,
    /// `agent::rotate::RotatingNdjson`) overrides it to go on from
    /// `committed`, cutting off what a crashed run wrote past it.
    fn begin_next(&mut self, committed: Option<u64>) -> Result<()> {
        let _ = committed;
        self.begin(None)
    }
    /// Writes one record: a JSON document without its trailing newline.
    fn write_record(&mut self, record: &[u8]) -> Result<()>;
    /// Makes everything written so far durable; returns the committed length
    /// to store in the checkpoint (`None` if the sink cannot be cut back).
    fn commit(&mut self) -> Result<Option<u64>>;
    /// Drops everything written since the last commit.
    fn rollback(&mut self) -> Result<()>;
    /// The sync completed: publish the output (e.g. rename into place).
    ///
    /// Syncs save their "complete" checkpoint first and call `finish` after
    /// it, so a crash in between leaves a complete checkpoint beside output
    /// that was never published; the next run repairs that with
    /// [`publish_completed`](Sink::publish_completed).
    fn finish(&mut self) -> Result<()>;
    /// Called instead of [`begin`](Sink::begin) when the checkpoint says the
    /// sync already completed, with the length it committed: publishes output
    /// that a crash left unpublished between that checkpoint and
    /// [`finish`](Sink::finish). Returns whether it published anything (the
    /// default publishes nothing: sinks without a separate publish step).
    fn publish_completed(&mut self, committed: Option<u64>) -> Result<bool> {
        let _ = committed;
        Ok(false)
    }
    /// Makes what was written since the last commit durable and saves
    /// `checkpoint` under `key`, so that the two agree after a crash at any
    /// point. The default commits the sink, records its committed length in
    /// the checkpoint ([`Checkpoint::sink_len`]) and then saves it: a crash in
    /// between leaves records past the saved length, which the next run cuts
    /// off ([`begin`](Sink::begin)). A sink that stores records and
    /// checkpoints in one database overrides this to write both in one
    /// transaction.
    fn commit_checkpoint(
        &mut self,
        store: &dyn CheckpointStore,
        key: &str,
        checkpoint: &mut Checkpoint,
    ) -> Result<()> {
        let committed = self.commit()?;
        checkpoint.sink_len = committed.or(checkpoint.sink_len);
        store.save(key, checkpoint)
    }
}

/// Forwards every [`Sink`] method through a pointer type.
macro_rules! forward_sink {
    ($($ty:ty),*) => {$(
        impl<S: Sink + ?Sized> Sink for $ty {
            fn begin(&mut self, committed: Option<u64>) -> Result<()> {
                (**self).begin(committed)
            }
            fn begin_next(&mut self, committed: Option<u64>) -> Result<()> {
                (**self).begin_next(committed)
            }
            fn write_record(&mut self, record: &[u8]) -> Result<()> {
                (**self).write_record(record)
            }
            fn commit(&mut self) -> Result<Option<u64>> {
                (**self).commit()
            }
            fn rollback(&mut self) -> Result<()> {
                (**self).rollback()
            }
            fn finish(&mut self) -> Result<()> {
                (**self).finish()
            }
            fn publish_completed(&mut self, committed: Option<u64>) -> Result<bool> {
                (**self).publish_completed(committed)
            }
            fn commit_checkpoint(
                &mut self,
                store: &dyn CheckpointStore,
                key: &str,
                checkpoint: &mut Checkpoint,
            ) -> Result<()> {
                (**self).commit_checkpoint(store, key, checkpoint)
            }
        }
    )*};
}

forward_sink!(Box<S>, &mut S);

/// NDJSON output to a file, written as `<path>.partial` until the sync completes.
#[derive(Debug)]
pub struct NdjsonFile {
    path: PathBuf,
    partial: PathBuf,
    out: Option<BufWriter<File>>,
    written: u64,
    committed: u64,
    records: u64,
}

impl NdjsonFile {
    /// A sink that will write `path` (through `path.partial`).
    ///
    /// Nothing is opened until [`Sink::begin`].
    pub fn create(path: impl AsRef<Path>) -> Result<Self> {
        let path = path.as_ref().to_path_buf();
        let mut partial = path.clone().into_os_string();
        partial.push(".partial");
        Ok(NdjsonFile {
            path,
            partial: PathBuf::from(partial),
            out: None,
            written: 0,
            committed: 0,
            records: 0,
        })
    }

    /// The final path.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The path written until the sync completes.
    pub fn partial_path(&self) -> &Path {
        &self.partial
    }

    /// Records written by this process.
    pub fn records(&self) -> u64 {
        self.records
    }

    /// Bytes in the file (committed or not).
    pub fn bytes(&self) -> u64 {
        self.written
    }

    fn io(&self, what: &str, e: std::io::Error) -> Error {
        Error::io(format!("{what} {}", self.partial.display()), e)
    }

    fn file(&mut self) -> Result<&mut BufWriter<File>> {
        if self.out.is_none() {
            self.begin(None)?;
        }
        Ok(self.out.as_mut().expect("opened by begin"))
    }

    fn cut_to(&mut self, len: u64) -> Result<()> {
        let mut out = self.out.take().expect("open");
        out.flush().map_err(|e| self.io("writing", e))?;
        let file = out
            .into_inner()
            .map_err(|e| self.io("writing", e.into_error()))?;
        file.set_len(len).map_err(|e| self.io("truncating", e))?;
        let mut file = file;
        file.seek(SeekFrom::Start(len))
            .map_err(|e| self.io("seeking", e))?;
        self.out = Some(BufWriter::with_capacity(256 * 1024, file));
        self.written = len;
        Ok(())
    }
}

impl NdjsonFile {
    fn rename_into_place(&self) -> Result<()> {
        fs::rename(&self.partial, &self.path).map_err(|e| self.io("renaming into place", e))?;
        if let Some(dir) = self.path.parent().filter(|p| !p.as_os_str().is_empty()) {
            if let Ok(d) = File::open(dir) {
                let _ = d.sync_all();
            }
        }
        Ok(())
    }
}

impl Sink for NdjsonFile {
    fn begin(&mut self, committed: Option<u64>) -> Result<()> {
        if let Some(dir) = self.partial.parent().filter(|p| !p.as_os_str().is_empty()) {
            fs::create_dir_all(dir).map_err(|e| self.io("creating the directory of", e))?;
        }
        let file = open_private(&self.partial, false)?;
        let len = file.metadata().map_err(|e| self.io("reading", e))?.len();
        let target = match committed {
            None => 0,
            Some(c) if c <= len => c,
            Some(c) => {
                return Err(Error::Checkpoint {
                    location: self.partial.display().to_string(),
                    message: format!(
                        "the checkpoint says {c} bytes were written, but the file has only {len}: it was changed or replaced; remove both to start over"
                    ),
                })
            }
        };
        self.out = Some(BufWriter::with_capacity(256 * 1024, file));
        self.cut_to(target)?;
        self.committed = target;
        Ok(())
    }

    fn write_record(&mut self, record: &[u8]) -> Result<()> {
        let record = one_line(record);
        let record = &record[..];
        let out = self.file()?;
        let r = out.write_all(record).and_then(|_| out.write_all(b"\n"));
        r.map_err(|e| self.io("writing", e))?;
        self.written += record.len() as u64 + 1;
        self.records += 1;
        Ok(())
    }

    fn commit(&mut self) -> Result<Option<u64>> {
        let out = self.file()?;
        let r = out.flush().and_then(|_| out.get_ref().sync_data());
        r.map_err(|e| self.io("syncing", e))?;
        self.committed = self.written;
        Ok(Some(self.committed))
    }

    fn rollback(&mut self) -> Result<()> {
        if self.out.is_some() {
            let c = self.committed;
            self.cut_to(c)?;
        }
        Ok(())
    }

    fn finish(&mut self) -> Result<()> {
        self.commit()?;
        self.out = None;
        self.rename_into_place()
    }

    fn publish_completed(&mut self, committed: Option<u64>) -> Result<bool> {
        // Published already (or removed by the user since): nothing to do.
        if self.path.exists() || fs::symlink_metadata(&self.partial).is_err() {
            return Ok(false);
        }
        let file = open_private(&self.partial, false)?;
        let len = file.metadata().map_err(|e| self.io("reading", e))?.len();
        match committed {
            Some(c) if c > len => {
                return Err(Error::Checkpoint {
                    location: self.partial.display().to_string(),
                    message: format!(
                        "the checkpoint says the sync completed with {c} bytes, but the file has only {len}: it was changed or replaced; remove both to start over"
                    ),
                })
            }
            Some(c) if c < len => {
                // Bytes past the completed length were never committed.
                file.set_len(c).map_err(|e| self.io("truncating", e))?;
                file.sync_data().map_err(|e| self.io("syncing", e))?;
            }
            _ => {}
        }
        drop(file);
        self.rename_into_place()?;
        tracing::info!(
            path = %self.path.display(),
            "published the output of a sync that completed before a crash"
        );
        Ok(true)
    }
}

/// A record as one NDJSON line (without its newline).
///
/// A record kept as the server's raw bytes may be pretty-printed. In valid
/// JSON a raw CR or LF byte can only be whitespace (inside strings they are
/// escaped), so turning them into spaces keeps the document and makes it one
/// line.
pub(crate) fn one_line(record: &[u8]) -> std::borrow::Cow<'_, [u8]> {
    if memchr::memchr2(b'\n', b'\r', record).is_some() {
        record
            .iter()
            .map(|b| if matches!(b, b'\n' | b'\r') { b' ' } else { *b })
            .collect::<Vec<u8>>()
            .into()
    } else {
        record.into()
    }
}

/// Records kept in memory. Clones share the same records.
#[derive(Debug, Clone, Default)]
pub struct MemorySink {
    inner: Arc<Mutex<MemoryState>>,
}

#[derive(Debug, Default)]
struct MemoryState {
    records: Vec<Vec<u8>>,
    committed: usize,
    finished: bool,
}

impl MemorySink {
    /// An empty sink.
    pub fn new() -> Self {
        Self::default()
    }

    /// The records written so far (committed or not).
    pub fn records(&self) -> Vec<Vec<u8>> {
        self.inner.lock().expect("sink lock").records.clone()
    }

    /// The records parsed as JSON.
    pub fn json(&self) -> Vec<serde_json::Value> {
        self.records()
            .iter()
            .map(|r| serde_json::from_slice(r).expect("sink records are JSON"))
            .collect()
    }

    /// Whether [`Sink::finish`] was called.
    pub fn is_finished(&self) -> bool {
        self.inner.lock().expect("sink lock").finished
    }
}

impl Sink for MemorySink {
    fn begin(&mut self, committed: Option<u64>) -> Result<()> {
        let mut st = self.inner.lock().expect("sink lock");
        let keep = committed.unwrap_or(0) as usize;
        if keep > st.records.len() {
            return Err(Error::Checkpoint {
                location: "memory sink".into(),
                message: format!(
                    "the checkpoint says {keep} records were written, but the sink has {}",
                    st.records.len()
                ),
            });
        }
        st.records.truncate(keep);
        st.committed = keep;
        Ok(())
    }
    fn write_record(&mut self, record: &[u8]) -> Result<()> {
        self.inner
            .lock()
            .expect("sink lock")
            .records
            .push(record.to_vec());
        Ok(())
    }
    fn commit(&mut self) -> Result<Option<u64>> {
        let mut st = self.inner.lock().expect("sink lock");
        st.committed = st.records.len();
        Ok(Some(st.committed as u64))
    }
    fn rollback(&mut self) -> Result<()> {
        let mut st = self.inner.lock().expect("sink lock");
        let c = st.committed;
        st.records.truncate(c);
        Ok(())
    }
    fn finish(&mut self) -> Result<()> {
        self.commit()?;
        self.inner.lock().expect("sink lock").finished = true;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ndjson_file_commit_rollback_resume_finish() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("out.ndjson");
        let mut s = NdjsonFile::create(&path).unwrap();
        s.begin(None).unwrap();
        s.write_record(br#"{"a":1}"#).unwrap();
        let c1 = s.commit().unwrap().unwrap();
        s.write_record(br#"{"a":2}"#).unwrap();
        s.rollback().unwrap();
        s.write_record(br#"{"a":3}"#).unwrap();
        drop(s); // "killed": uncommitted {"a":3} may or may not be on disk
        assert!(!path.exists(), "no file under the final name before finish");

        let mut s = NdjsonFile::create(&path).unwrap();
        s.begin(Some(c1)).unwrap();
        s.write_record(br#"{"a":4}"#).unwrap();
        s.finish().unwrap();
        assert_eq!(fs::read_to_string(&path).unwrap(), "{\"a\":1}\n{\"a\":4}\n");
        assert!(!s.partial_path().exists());
    }

    #[test]
    fn pretty_printed_records_become_one_line() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("p.ndjson");
        let mut s = NdjsonFile::create(&path).unwrap();
        s.write_record(b"{\r\n  \"a\": \"x\\ny\",\n  \"b\": 1\n}")
            .unwrap();
        s.write_record(br#"{"c":2}"#).unwrap();
        s.finish().unwrap();
        let text = fs::read_to_string(&path).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), 2, "{text}");
        let v: serde_json::Value = serde_json::from_str(lines[0]).unwrap();
        assert_eq!(v["a"], "x\ny");
        assert_eq!(v["b"], 1);
    }

    #[test]
    fn publish_completed_renames_cuts_and_refuses_short_files() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("o.ndjson");
        let mut s = NdjsonFile::create(&path).unwrap();
        // Nothing there: nothing to publish.
        assert!(!s.publish_completed(Some(0)).unwrap());
        s.begin(None).unwrap();
        s.write_record(b"{\"a\":1}").unwrap();
        let len = s.commit().unwrap();
        s.write_record(b"{\"uncommitted\":2}").unwrap();
        s.out.as_mut().unwrap().flush().unwrap();
        s.out = None; // the process dies here
                      // The checkpoint recorded more than the file holds: refused, kept.
        let mut next = NdjsonFile::create(&path).unwrap();
        let err = next.publish_completed(Some(1000)).unwrap_err();
        assert!(err.to_string().contains("only"), "{err}");
        assert!(next.partial_path().exists() && !path.exists());
        // The committed length: bytes past it are cut, the file is published.
        assert!(next.publish_completed(len).unwrap());
        assert_eq!(fs::read(&path).unwrap(), b"{\"a\":1}\n");
        assert!(!next.partial_path().exists());
        // Published already: a second call does nothing.
        assert!(!next.publish_completed(len).unwrap());
    }

    #[test]
    fn resume_past_end_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let mut s = NdjsonFile::create(dir.path().join("o.ndjson")).unwrap();
        let err = s.begin(Some(10)).unwrap_err();
        assert!(err.to_string().contains("only 0"), "{err}");
    }

    #[test]
    fn memory_sink_semantics() {
        let mut m = MemorySink::new();
        m.begin(None).unwrap();
        m.write_record(b"1").unwrap();
        m.commit().unwrap();
        m.write_record(b"2").unwrap();
        m.rollback().unwrap();
        assert_eq!(m.records(), vec![b"1".to_vec()]);
        m.begin(Some(0)).unwrap();
        assert!(m.records().is_empty());
    }
}
