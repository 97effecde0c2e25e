//! One feed's records as NDJSON files rotated by size and age, for a log
//! shipper (Filebeat, Vector...) tailing a directory.
//!
//! [`RotatingNdjson`] is the [`Sink`] of the long-running agent. Every run of
//! a feed appends to one stream, cut into files:
//!
//! | file | what |
//! |---|---|
//! | `<dir>/<prefix>-<seq>.ndjson` | a published file: complete, never written again (`seq` from 1, ten digits, so name order is publication order) |
//! | `<dir>/.<prefix>.ndjson.partial` | the file being written ("aside"); a dot file, so shippers' `*.ndjson` globs skip it |
//! | `<dir>/.<prefix>.offset` | the feed's metadata (JSON): bytes published so far, next `seq`, when the aside file got its first committed record, and a publication in progress |
//!
//! A file is published by renaming the aside file into the directory, so a
//! shipper never sees half a file. The stream's length — the offset the sink
//! reports from [`commit`](Sink::commit) and the driver stores in
//! [`Checkpoint::sink_len`] — is *global*: the bytes of every file published
//! so far plus the committed bytes of the aside file. The published total is
//! kept in the metadata file, not found by listing the directory, so a
//! shipper or an operator may delete published files once they are shipped.
//!
//! # Rotation
//!
//! The aside file is published when it holds at least
//! [`max_bytes`](Rotation::max_bytes), or when its first committed record is
//! [`max_age`](Rotation::max_age) old. That is checked after each checkpoint
//! is saved ([`commit_checkpoint`](Sink::commit_checkpoint)), when a run
//! begins and when it finishes, and whenever the caller asks
//! ([`rotate_if_due`](RotatingNdjson::rotate_if_due): an agent keeping one
//! sink per feed calls it on a timer between runs, and
//! [`rotate_now`](RotatingNdjson::rotate_now) at shutdown). Files can exceed
//! `max_bytes` by up to one step's records (a page, a chunk): a step is never
//! split across files.
//!
//! **Only bytes covered by a saved checkpoint are ever published.** A run
//! re-fetches what follows its checkpoint; bytes published past it would be
//! delivered twice. So rotation happens after the checkpoint is saved, never
//! between the commit and the save, and a sink that was committed
//! ([`commit`](Sink::commit)) but whose checkpoint was not saved through
//! [`commit_checkpoint`](Sink::commit_checkpoint) publishes nothing.
//!
//! # Crash safety
//!
//! After a kill at any point, the published files of the feed (in name
//! order, plus those a shipper removed) followed by the aside file, once the
//! next run has begun from the saved checkpoint, hold every committed record
//! exactly once. The argument:
//!
//! - Records are appended to the aside file only; a commit makes them
//!   durable (fsync) before the checkpoint holding the new global offset is
//!   saved. [`begin`](Sink::begin) cuts the aside file to
//!   `checkpoint − published`, dropping what a crashed run wrote or committed
//!   past the checkpoint: the run re-fetches exactly that.
//! - Publishing is: fsync the aside file; save the metadata with an *intent*
//!   ("publishing `seq` N of L bytes"); rename the aside file to
//!   `<prefix>-N.ndjson`; fsync the directory; save the metadata with
//!   `published += L`, `next = N + 1` and no intent. Every metadata save is
//!   atomic (temporary file, fsync, rename, directory fsync).
//! - On begin, an intent is settled from the one fact the rename changes:
//!   if the aside file is still there, the rename did not happen and the
//!   intent is dropped; if it is gone, the rename happened (nothing else
//!   removes it) and the L bytes are counted as published, whether
//!   `<prefix>-N.ndjson` is still there or a shipper already removed it.
//!   A file of another length under that name is refused, never counted.
//! - A new aside file is only created after the metadata no longer holds an
//!   intent, so "aside file present" is never ambiguous.
//! - Before a rename, the target name must be free: a published file is
//!   never replaced. A checkpoint older than the published bytes, or an aside
//!   file shorter than the checkpoint says, is refused with
//!   [`Error::Checkpoint`] (a restored backup, a removed file): that would
//!   duplicate or lose records.
//!
//! One process writes one feed (`dir` and `prefix`) at a time; the sink takes
//! no lock.

use std::fmt;
use std::fs::{self, File};
use std::io::{BufWriter, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use serde::{Deserialize, Serialize};

use crate::checkpoint::{write_atomic, Checkpoint, CheckpointStore};
use crate::error::{Error, Result};
use crate::sink::{one_line, open_private, Sink};

/// When the file being written is published.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rotation {
    /// Publish once the file holds at least this many committed bytes
    /// (default 64 MiB).
    pub max_bytes: u64,
    /// Publish once the file's first committed record is this old
    /// (default 5 minutes).
    pub max_age: Duration,
}

impl Default for Rotation {
    fn default() -> Self {
        Rotation {
            max_bytes: 64 * 1024 * 1024,
            max_age: Duration::from_secs(5 * 60),
        }
    }
}

/// The time source of a [`RotatingNdjson`] (for the age of the aside file).
pub type Clock = Arc<dyn Fn() -> SystemTime + Send + Sync>;

/// The metadata file's format version.
const META_VERSION: u32 = 1;

/// The largest sequence number that keeps ten digits (name order).
const MAX_SEQ: u64 = 9_999_999_999;

/// What `.<prefix>.offset` holds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
struct Meta {
    version: u32,
    /// Bytes of every file published so far (also those removed since).
    published_bytes: u64,
    /// The `seq` of the next file published.
    next_seq: u64,
    /// When the aside file got its first committed record (ms since the epoch).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    aside_born_ms: Option<u64>,
    /// A publication under way: the aside file is being renamed to `seq`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    publishing: Option<Publishing>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
struct Publishing {
    seq: u64,
    len: u64,
}

/// Where a test makes the sink fail, as if the process died there.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(not(test), allow(dead_code))]
enum Failpoint {
    /// In `commit_checkpoint`: committed, checkpoint not saved.
    BeforeSave,
    /// In `commit_checkpoint`: checkpoint saved, rotation not checked.
    BeforeRotate,
    /// Publishing: intent saved, not renamed.
    AfterIntent,
    /// Publishing: renamed, metadata not updated.
    AfterRename,
}

/// The state of a begun sink.
struct Open {
    /// The aside file (`None` until the first write after a publication or
    /// a finish).
    out: Option<BufWriter<File>>,
    /// The metadata as saved.
    meta: Meta,
    /// Bytes in the aside file.
    written: u64,
    /// Committed bytes of the aside file.
    committed: u64,
    /// The global offset of the last checkpoint saved (or begun from):
    /// nothing past it is published.
    checkpointed: u64,
}

/// A [`Sink`] writing one feed's records as NDJSON files rotated by size
/// and age, each published atomically. See the [module docs](self).
pub struct RotatingNdjson {
    dir: PathBuf,
    prefix: String,
    policy: Rotation,
    aside: PathBuf,
    meta_path: PathBuf,
    clock: Clock,
    /// `None`: not begun, or an error left the state unknown (begin again).
    open: Option<Open>,
    #[cfg(test)]
    fail: Option<Failpoint>,
}

impl fmt::Debug for RotatingNdjson {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut d = f.debug_struct("RotatingNdjson");
        d.field("dir", &self.dir)
            .field("prefix", &self.prefix)
            .field("policy", &self.policy)
            .field("begun", &self.open.is_some());
        if let Some(o) = &self.open {
            d.field("published_bytes", &o.meta.published_bytes)
                .field("next_seq", &o.meta.next_seq)
                .field("aside_written", &o.written)
                .field("aside_committed", &o.committed)
                .field("checkpointed", &o.checkpointed);
        }
        d.finish_non_exhaustive()
    }
}

fn millis(t: SystemTime) -> u64 {
    t.duration_since(UNIX_EPOCH)
        .map_or(0, |d| u64::try_from(d.as_millis()).unwrap_or(u64::MAX))
}

impl RotatingNdjson {
    /// A sink writing the feed `prefix` into `dir` (created, mode `0700` on
    /// unix, if missing).
    ///
    /// `prefix` names the files: ASCII letters, digits, `.`, `_` and `-`,
    /// not starting with `.`, at most 200 characters. Nothing else is opened
    /// until [`Sink::begin`] (or [`Sink::begin_next`]).
    pub fn new(dir: impl AsRef<Path>, prefix: &str, policy: Rotation) -> Result<Self> {
        let plain = |c: char| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-');
        if prefix.is_empty()
            || prefix.len() > 200
            || prefix.starts_with('.')
            || !prefix.chars().all(plain)
        {
            return Err(Error::invalid_input(format!(
                "rotating output: the feed name {prefix:?} cannot name files: use 1 to 200 ASCII letters, digits, '.', '_' or '-', not starting with '.'"
            )));
        }
        let dir = dir.as_ref().to_path_buf();
        if !dir.is_dir() {
            let mut b = fs::DirBuilder::new();
            b.recursive(true);
            #[cfg(unix)]
            {
                use std::os::unix::fs::DirBuilderExt;
                b.mode(0o700);
            }
            b.create(&dir)
                .map_err(|e| Error::io(format!("creating the directory {}", dir.display()), e))?;
        }
        Ok(RotatingNdjson {
            aside: dir.join(format!(".{prefix}.ndjson.partial")),
            meta_path: dir.join(format!(".{prefix}.offset")),
            dir,
            prefix: prefix.to_string(),
            policy,
            clock: Arc::new(SystemTime::now),
            open: None,
            #[cfg(test)]
            fail: None,
        })
    }

    /// Uses `clock` instead of the system clock to tell the age of the file
    /// being written (tests, simulations).
    pub fn with_clock(mut self, clock: Clock) -> Self {
        self.clock = clock;
        self
    }

    /// The directory of the feed's files.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The feed name the files are named after.
    pub fn prefix(&self) -> &str {
        &self.prefix
    }

    /// When files are published.
    pub fn policy(&self) -> Rotation {
        self.policy
    }

    /// The file being written, published by the next rotation:
    /// `<dir>/.<prefix>.ndjson.partial`.
    pub fn aside_path(&self) -> &Path {
        &self.aside
    }

    /// The published files of the feed still in the directory, in
    /// publication order.
    pub fn published(&self) -> Result<Vec<PathBuf>> {
        Ok(self.scan()?.into_iter().map(|(_, p, _)| p).collect())
    }

    /// Publishes the file being written if it is due (see [`Rotation`]):
    /// whether it published one. Only data covered by the last saved
    /// checkpoint is published; a sink not begun publishes nothing.
    pub fn rotate_if_due(&mut self) -> Result<bool> {
        let now = millis((self.clock)());
        let Some(o) = &self.open else {
            return Ok(false);
        };
        let age_due = o.meta.aside_born_ms.is_some_and(|born| {
            u128::from(now.saturating_sub(born)) >= self.policy.max_age.as_millis()
        });
        if o.committed >= self.policy.max_bytes || age_due {
            self.publish()
        } else {
            Ok(false)
        }
    }

    /// Publishes the file being written now, whatever its size and age (at
    /// shutdown, say): whether it published one. Nothing is published when
    /// the file is empty, or holds bytes the last saved checkpoint does not
    /// cover (a run in progress: commit its step through
    /// [`Sink::commit_checkpoint`] first), or the sink is not begun.
    pub fn rotate_now(&mut self) -> Result<bool> {
        self.publish()
    }

    fn published_path(&self, seq: u64) -> PathBuf {
        self.dir.join(format!("{}-{seq:010}.ndjson", self.prefix))
    }

    /// The published files in the directory: `(seq, path, bytes)`, by `seq`.
    fn scan(&self) -> Result<Vec<(u64, PathBuf, u64)>> {
        let entries = fs::read_dir(&self.dir).map_err(|e| io_err("listing", &self.dir, e))?;
        let head = format!("{}-", self.prefix);
        let mut found = Vec::new();
        for entry in entries {
            let entry = entry.map_err(|e| io_err("listing", &self.dir, e))?;
            let name = entry.file_name();
            let Some(name) = name.to_str() else { continue };
            let Some(digits) = name
                .strip_prefix(&head)
                .and_then(|r| r.strip_suffix(".ndjson"))
            else {
                continue;
            };
            if digits.len() != 10 || !digits.bytes().all(|b| b.is_ascii_digit()) {
                continue;
            }
            let meta = entry
                .metadata()
                .map_err(|e| io_err("reading", &entry.path(), e))?;
            if meta.is_file() {
                found.push((
                    digits.parse().expect("ten digits"),
                    entry.path(),
                    meta.len(),
                ));
            }
        }
        found.sort();
        Ok(found)
    }

    fn corrupt(&self, message: String) -> Error {
        Error::Checkpoint {
            location: self.meta_path.display().to_string(),
            message,
        }
    }

    /// The metadata; from the files in the directory when there is none yet.
    fn load_meta(&self) -> Result<Meta> {
        match fs::symlink_metadata(&self.meta_path) {
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                let files = self.scan()?;
                return Ok(Meta {
                    version: META_VERSION,
                    published_bytes: files.iter().map(|f| f.2).sum(),
                    next_seq: files.last().map_or(1, |f| f.0 + 1),
                    aside_born_ms: None,
                    publishing: None,
                });
            }
            Err(e) => return Err(io_err("reading", &self.meta_path, e)),
            Ok(m) if !m.is_file() => {
                return Err(self.corrupt(
                    "it is not a regular file (a link?): remove it if it is not yours".into(),
                ))
            }
            Ok(_) => {}
        }
        let bytes = fs::read(&self.meta_path).map_err(|e| io_err("reading", &self.meta_path, e))?;
        let meta: Meta = serde_json::from_slice(&bytes).map_err(|e| {
            self.corrupt(format!(
                "the rotating output's metadata is corrupt ({e}): restore it, or remove it to count the published files in the directory again"
            ))
        })?;
        if meta.version != META_VERSION {
            return Err(self.corrupt(format!(
                "format version {} is not supported (expected {META_VERSION})",
                meta.version
            )));
        }
        Ok(meta)
    }

    fn save_meta(&self, meta: &Meta) -> Result<()> {
        let mut bytes = serde_json::to_vec(meta).expect("metadata serializes");
        bytes.push(b'\n');
        write_atomic(&self.meta_path, &bytes).map_err(|e| io_err("saving", &self.meta_path, e))
    }

    /// Settles a publication a crash interrupted (see the module docs).
    fn recover(&self, meta: &mut Meta) -> Result<()> {
        let Some(p) = meta.publishing else {
            return Ok(());
        };
        let aside_there = match fs::symlink_metadata(&self.aside) {
            Ok(_) => true,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => false,
            Err(e) => return Err(io_err("reading", &self.aside, e)),
        };
        if aside_there {
            // Not renamed: the aside file is still the one being written.
            meta.publishing = None;
        } else {
            let target = self.published_path(p.seq);
            match fs::symlink_metadata(&target) {
                Ok(m) if !m.is_file() || m.len() != p.len => {
                    return Err(self.corrupt(format!(
                        "it records the publication of {} ({} bytes), but that name holds {} bytes (or is not a file): it was changed; restore it, or remove the feed's files to start over",
                        target.display(),
                        p.len,
                        m.len()
                    )))
                }
                Ok(_) => {}
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                    tracing::info!(
                        path = %target.display(),
                        "counted a published file a crash left uncounted (removed since, by a shipper?)"
                    );
                }
                Err(e) => return Err(io_err("reading", &target, e)),
            }
            meta.published_bytes += p.len;
            meta.next_seq = p.seq + 1;
            meta.publishing = None;
            meta.aside_born_ms = None;
        }
        self.save_meta(meta)
    }

    fn start(&mut self, committed: Option<u64>) -> Result<()> {
        self.open = None;
        let mut meta = self.load_meta()?;
        let saved = meta.clone();
        self.recover(&mut meta)?;
        let published = meta.published_bytes;
        let file = match committed {
            None => {
                // No checkpoint: whatever is aside was never checkpointed.
                match fs::symlink_metadata(&self.aside) {
                    Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                    _ => {
                        // Refuses a link or a special file in its place.
                        drop(open_private(&self.aside, false)?);
                        fs::remove_file(&self.aside)
                            .map_err(|e| io_err("removing", &self.aside, e))?;
                    }
                }
                None
            }
            Some(n) => {
                let file = open_private(&self.aside, false)?;
                let len = file
                    .metadata()
                    .map_err(|e| io_err("reading", &self.aside, e))?
                    .len();
                let feed = &self.prefix;
                let loss = |why: String| Error::Checkpoint {
                    location: self.aside.display().to_string(),
                    message: format!(
                        "the checkpoint says {n} bytes were written to feed {feed}, but {why}: \
                         records would be lost or duplicated; restore the files, or remove the \
                         checkpoint to start over"
                    ),
                };
                if n < published {
                    return Err(loss(format!(
                        "{published} bytes were already published (is the checkpoint older than the files?)"
                    )));
                }
                let keep = n - published;
                if keep > len {
                    return Err(loss(format!(
                        "{published} bytes were published and the file being written has only {len}"
                    )));
                }
                if keep < len {
                    // What a crashed run wrote past its checkpoint.
                    file.set_len(keep)
                        .and_then(|_| file.sync_all())
                        .map_err(|e| io_err("truncating", &self.aside, e))?;
                }
                Some((file, keep))
            }
        };
        let keep = file.as_ref().map_or(0, |f| f.1);
        if keep == 0 {
            meta.aside_born_ms = None;
        } else if meta.aside_born_ms.is_none() {
            // A crash came before the birth was saved: count from now.
            meta.aside_born_ms = Some(millis((self.clock)()));
        }
        if meta != saved || !self.meta_path.exists() {
            self.save_meta(&meta)?;
        }
        let out = match file {
            Some((mut f, keep)) => {
                f.seek(SeekFrom::Start(keep))
                    .map_err(|e| io_err("seeking", &self.aside, e))?;
                Some(BufWriter::with_capacity(256 * 1024, f))
            }
            None => None,
        };
        self.open = Some(Open {
            out,
            meta,
            written: keep,
            committed: keep,
            checkpointed: published + keep,
        });
        self.rotate_if_due()?;
        Ok(())
    }

    fn state(&mut self) -> Result<&mut Open> {
        match self.open.as_mut() {
            Some(o) => Ok(o),
            None => Err(Error::io(
                format!("writing {}", self.aside.display()),
                std::io::Error::other(
                    "the rotating output is not begun, or an earlier error left it in an unknown state: begin it again",
                ),
            )),
        }
    }

    /// The aside file, opened (created) if needed, positioned at its end.
    fn out(&mut self) -> Result<&mut BufWriter<File>> {
        let written = self.state()?.written;
        if self.state()?.out.is_none() {
            let aside = &self.aside;
            let mut f = open_private(aside, false)?;
            let len = f
                .metadata()
                .map_err(|e| Error::io(format!("reading {}", aside.display()), e))?
                .len();
            if len != written {
                let e = Error::io(
                    format!("reopening {}", aside.display()),
                    std::io::Error::other(format!(
                        "it holds {len} bytes, not the {written} written: it was changed; begin again"
                    )),
                );
                self.open = None;
                return Err(e);
            }
            f.seek(SeekFrom::Start(len))
                .map_err(|e| Error::io(format!("seeking {}", aside.display()), e))?;
            self.state()?.out = Some(BufWriter::with_capacity(256 * 1024, f));
        }
        Ok(self.state()?.out.as_mut().expect("opened"))
    }

    /// Flushes and syncs the aside file, if open.
    fn sync(&mut self, all: bool) -> Result<()> {
        let aside = self.aside.clone();
        let o = self.state()?;
        if let Some(out) = o.out.as_mut() {
            let r = out.flush().and_then(|_| {
                if all {
                    out.get_ref().sync_all()
                } else {
                    out.get_ref().sync_data()
                }
            });
            r.map_err(|e| Error::io(format!("syncing {}", aside.display()), e))?;
        }
        Ok(())
    }

    /// Publishes the aside file if it holds checkpointed data only; on an
    /// error the state is unknown until the next begin.
    fn publish(&mut self) -> Result<bool> {
        let r = self.publish_inner();
        if r.is_err() {
            self.open = None;
        }
        r
    }

    fn publish_inner(&mut self) -> Result<bool> {
        let Some(o) = &self.open else {
            return Ok(false);
        };
        if o.committed == 0
            || o.written != o.committed
            || o.meta.published_bytes + o.committed != o.checkpointed
        {
            return Ok(false);
        }
        let (seq, len, mut meta) = (o.meta.next_seq, o.committed, o.meta.clone());
        if seq > MAX_SEQ {
            return Err(self.corrupt(format!(
                "feed {} reached the last file number ({MAX_SEQ}): move its files away and remove this file",
                self.prefix
            )));
        }
        let target = self.published_path(seq);
        match fs::symlink_metadata(&target) {
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(io_err("reading", &target, e)),
            Ok(_) => {
                return Err(self.corrupt(format!(
                    "the next file to publish, {}, exists already: the metadata is older than the files (restored?); never replacing a published file",
                    target.display()
                )))
            }
        }
        self.sync(true)?;
        meta.publishing = Some(Publishing { seq, len });
        self.save_meta(&meta)?;
        if let Some(o) = self.open.as_mut() {
            o.out = None;
        }
        self.failpoint(Failpoint::AfterIntent)?;
        fs::rename(&self.aside, &target).map_err(|e| io_err("publishing", &self.aside, e))?;
        self.failpoint(Failpoint::AfterRename)?;
        sync_dir(&self.dir)?;
        meta.publishing = None;
        meta.published_bytes += len;
        meta.next_seq = seq + 1;
        meta.aside_born_ms = None;
        self.save_meta(&meta)?;
        let o = self.open.as_mut().expect("begun");
        o.meta = meta;
        o.written = 0;
        o.committed = 0;
        tracing::debug!(path = %target.display(), bytes = len, "published");
        Ok(true)
    }

    #[cfg(test)]
    fn failpoint(&mut self, point: Failpoint) -> Result<()> {
        if self.fail == Some(point) {
            self.fail = None;
            return Err(Error::io(
                format!("failpoint {point:?}"),
                std::io::Error::other("simulated crash"),
            ));
        }
        Ok(())
    }

    #[cfg(not(test))]
    #[inline(always)]
    fn failpoint(&mut self, _point: Failpoint) -> Result<()> {
        Ok(())
    }
}

fn io_err(what: &str, path: &Path, e: std::io::Error) -> Error {
    Error::io(format!("{what} {}", path.display()), e)
}

/// Makes a rename in `dir` durable.
fn sync_dir(dir: &Path) -> Result<()> {
    #[cfg(unix)]
    File::open(dir)
        .and_then(|d| d.sync_all())
        .map_err(|e| Error::io(format!("syncing the directory {}", dir.display()), e))?;
    #[cfg(not(unix))]
    let _ = dir;
    Ok(())
}

impl Sink for RotatingNdjson {
    /// Begins from the checkpoint's global offset: recovers an interrupted
    /// publication, cuts the file being written to what the checkpoint
    /// covers (`None`: removes it; published files are kept and numbering
    /// goes on), then publishes it if due.
    fn begin(&mut self, committed: Option<u64>) -> Result<()> {
        self.start(committed)
    }

    /// The same as [`begin`](Self::begin): every run appends to the one
    /// stream.
    fn begin_next(&mut self, committed: Option<u64>) -> Result<()> {
        self.start(committed)
    }

    fn write_record(&mut self, record: &[u8]) -> Result<()> {
        let record = one_line(record);
        let aside = self.aside.clone();
        let out = self.out()?;
        if let Err(e) = out.write_all(&record).and_then(|_| out.write_all(b"\n")) {
            // Part of the line may be in the file: begin again to cut it.
            self.open = None;
            return Err(Error::io(format!("writing {}", aside.display()), e));
        }
        self.state()?.written += record.len() as u64 + 1;
        Ok(())
    }

    /// Flushes and syncs the file being written; returns the global offset.
    fn commit(&mut self) -> Result<Option<u64>> {
        self.sync(false)?;
        let now = millis((self.clock)());
        let o = self.state()?;
        o.committed = o.written;
        let offset = o.meta.published_bytes + o.committed;
        if o.committed > 0 && o.meta.aside_born_ms.is_none() {
            let mut meta = o.meta.clone();
            meta.aside_born_ms = Some(now);
            self.save_meta(&meta)?;
            self.state()?.meta = meta;
        }
        Ok(Some(offset))
    }

    fn rollback(&mut self) -> Result<()> {
        let aside = self.aside.clone();
        let Some(o) = self.open.as_mut() else {
            return Ok(());
        };
        if o.written == o.committed {
            return Ok(());
        }
        let cut = |o: &mut Open| -> std::io::Result<()> {
            if let Some(out) = o.out.as_mut() {
                out.flush()?;
                let f = out.get_mut();
                f.set_len(o.committed)?;
                f.seek(SeekFrom::Start(o.committed))?;
            }
            o.written = o.committed;
            Ok(())
        };
        if let Err(e) = cut(o) {
            self.open = None;
            return Err(Error::io(format!("truncating {}", aside.display()), e));
        }
        Ok(())
    }

    /// Commits, publishes the file being written if due (never just because
    /// the run ended), and closes it.
    fn finish(&mut self) -> Result<()> {
        if self.open.is_none() {
            return Ok(());
        }
        self.commit()?;
        self.rotate_if_due()?;
        if let Some(o) = self.open.as_mut() {
            o.out = None;
        }
        Ok(())
    }

    /// Commits, saves the checkpoint with the global offset, then publishes
    /// the file being written if due.
    fn commit_checkpoint(
        &mut self,
        store: &dyn CheckpointStore,
        key: &str,
        checkpoint: &mut Checkpoint,
    ) -> Result<()> {
        let committed = self.commit()?;
        checkpoint.sink_len = committed;
        self.failpoint(Failpoint::BeforeSave)?;
        store.save(key, checkpoint)?;
        if let (Some(o), Some(c)) = (self.open.as_mut(), committed) {
            o.checkpointed = c;
        }
        self.failpoint(Failpoint::BeforeRotate)?;
        self.rotate_if_due()?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checkpoint::MemoryCheckpoints;
    use crate::error::Service;
    use crate::paging::{Cursor, Position};
    use std::collections::HashMap;
    use std::sync::atomic::{AtomicU64, Ordering};

    const KEY: &str = "feed";

    fn clock() -> (Arc<AtomicU64>, Clock) {
        let ms = Arc::new(AtomicU64::new(1_700_000_000_000));
        let c = ms.clone();
        (
            ms,
            Arc::new(move || UNIX_EPOCH + Duration::from_millis(c.load(Ordering::SeqCst))),
        )
    }

    fn sink(dir: &Path, max_bytes: u64, clock: &Clock) -> RotatingNdjson {
        let policy = Rotation {
            max_bytes,
            max_age: Duration::from_secs(60),
        };
        RotatingNdjson::new(dir, "feed", policy)
            .unwrap()
            .with_clock(clock.clone())
    }

    fn checkpoint() -> Checkpoint {
        Checkpoint::new(Service::Taxii, "feed", serde_json::json!({}))
    }

    /// Published files (in name order) then the aside file.
    fn contents(s: &RotatingNdjson) -> Vec<u8> {
        let mut all = Vec::new();
        for p in s.published().unwrap() {
            all.extend(fs::read(p).unwrap());
        }
        if let Ok(b) = fs::read(s.aside_path()) {
            all.extend(b);
        }
        all
    }

    fn published_text(s: &RotatingNdjson) -> Vec<String> {
        s.published()
            .unwrap()
            .iter()
            .map(|p| fs::read_to_string(p).unwrap())
            .collect()
    }

    #[test]
    fn commit_rollback_rotation_by_size_and_the_global_offset() {
        let dir = tempfile::tempdir().unwrap();
        let (_, c) = clock();
        let store = MemoryCheckpoints::new();
        let mut s = sink(dir.path(), 16, &c);
        let mut cp = checkpoint();
        s.begin(None).unwrap();
        s.write_record(b"{\"a\":1}").unwrap(); // 8 bytes
        s.commit_checkpoint(&store, KEY, &mut cp).unwrap();
        assert_eq!(cp.sink_len, Some(8));
        assert!(s.published().unwrap().is_empty(), "8 < 16: not due");
        s.write_record(b"{\"b\":2}").unwrap();
        s.rollback().unwrap();
        s.write_record(b"{\"c\":\n3}").unwrap(); // made one line
        s.commit_checkpoint(&store, KEY, &mut cp).unwrap();
        assert_eq!(cp.sink_len, Some(17));
        assert_eq!(
            published_text(&s),
            vec!["{\"a\":1}\n{\"c\": 3}\n".to_string()]
        );
        assert_eq!(fs::read(s.aside_path()).ok(), None, "created on next write");
        s.write_record(b"{\"d\":4}").unwrap();
        assert_eq!(s.commit().unwrap(), Some(25), "global: 17 published + 8");
        let names: Vec<String> = s
            .published()
            .unwrap()
            .iter()
            .map(|p| p.file_name().unwrap().to_str().unwrap().to_string())
            .collect();
        assert_eq!(names, vec!["feed-0000000001.ndjson"]);
        s.write_record(b"{\"e\":5}").unwrap();
        s.commit_checkpoint(&store, KEY, &mut cp).unwrap();
        assert_eq!(cp.sink_len, Some(33));
        assert_eq!(s.published().unwrap().len(), 2);
        assert_eq!(store.load(KEY).unwrap().unwrap().sink_len, Some(33));
        // The offset survives a new sink (from the metadata).
        let mut again = sink(dir.path(), 16, &c);
        again.begin_next(Some(33)).unwrap();
        again.write_record(b"{}").unwrap();
        assert_eq!(again.commit().unwrap(), Some(36));
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            for p in again.published().unwrap() {
                let mode = fs::metadata(p).unwrap().permissions().mode();
                assert_eq!(mode & 0o777, 0o600);
            }
        }
    }

    #[test]
    fn rotation_by_injected_age_after_the_first_committed_record() {
        let dir = tempfile::tempdir().unwrap();
        let (now, c) = clock();
        let store = MemoryCheckpoints::new();
        let mut s = sink(dir.path(), 1 << 20, &c);
        let mut cp = checkpoint();
        s.begin(None).unwrap();
        // Nothing aside: never due, however old.
        now.fetch_add(3_600_000, Ordering::SeqCst);
        assert!(!s.rotate_if_due().unwrap());
        s.write_record(b"1").unwrap();
        now.fetch_add(30_000, Ordering::SeqCst); // written, not committed: no birth yet
        s.commit_checkpoint(&store, KEY, &mut cp).unwrap();
        now.fetch_add(59_999, Ordering::SeqCst);
        s.write_record(b"2").unwrap();
        s.commit_checkpoint(&store, KEY, &mut cp).unwrap();
        assert!(s.published().unwrap().is_empty(), "59.999 s old");
        now.fetch_add(1, Ordering::SeqCst);
        assert!(s.rotate_if_due().unwrap());
        assert_eq!(published_text(&s), vec!["1\n2\n".to_string()]);
        // The birth is kept in the metadata: a new sink sees the age too.
        s.write_record(b"3").unwrap();
        s.commit_checkpoint(&store, KEY, &mut cp).unwrap();
        s.finish().unwrap();
        assert_eq!(s.published().unwrap().len(), 1, "finish: not due");
        now.fetch_add(60_000, Ordering::SeqCst);
        let mut next = sink(dir.path(), 1 << 20, &c);
        next.begin_next(cp.sink_len).unwrap();
        assert_eq!(published_text(&next), vec!["1\n2\n", "3\n"]);
    }

    #[test]
    fn begin_cuts_what_a_crashed_run_wrote_past_the_checkpoint() {
        let dir = tempfile::tempdir().unwrap();
        let (_, c) = clock();
        let store = MemoryCheckpoints::new();
        let mut s = sink(dir.path(), 4, &c);
        let mut cp = checkpoint();
        s.begin(None).unwrap();
        s.write_record(b"\"one\"").unwrap();
        s.commit_checkpoint(&store, KEY, &mut cp).unwrap(); // published
        s.write_record(b"\"two\"").unwrap();
        s.commit().unwrap(); // committed, checkpoint never saved
        s.write_record(b"\"three\"").unwrap(); // not even committed
        assert!(!s.rotate_now().unwrap(), "past the checkpoint: kept aside");
        drop(s);
        let mut s = sink(dir.path(), 4, &c);
        s.begin(cp.sink_len).unwrap();
        assert_eq!(contents(&s), b"\"one\"\n");
        s.write_record(b"\"two\"").unwrap();
        s.commit_checkpoint(&store, KEY, &mut cp).unwrap();
        assert_eq!(contents(&s), b"\"one\"\n\"two\"\n");
        assert_eq!(s.published().unwrap().len(), 2);
    }

    #[test]
    fn a_resume_that_would_lose_or_duplicate_records_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let (_, c) = clock();
        let store = MemoryCheckpoints::new();
        let mut s = sink(dir.path(), 1000, &c);
        let mut cp = checkpoint();
        s.begin(None).unwrap();
        s.write_record(b"12345").unwrap();
        s.commit_checkpoint(&store, KEY, &mut cp).unwrap();
        // More than the aside file holds.
        let mut t = sink(dir.path(), 1000, &c);
        let e = t.begin(Some(7)).unwrap_err();
        assert!(matches!(e, Error::Checkpoint { .. }), "{e}");
        assert!(e.to_string().contains("has only 6"), "{e}");
        assert_eq!(
            fs::read(s.aside_path()).unwrap(),
            b"12345\n",
            "left as it is"
        );
        assert!(t.write_record(b"1").is_err(), "not begun");
        // Older than what was published.
        assert!(s.rotate_now().unwrap());
        let e = t.begin(Some(3)).unwrap_err();
        assert!(e.to_string().contains("already published"), "{e}");
        // A fresh start keeps what was published and goes on numbering.
        t.begin(None).unwrap();
        t.write_record(b"6").unwrap();
        assert_eq!(t.commit().unwrap(), Some(8));
        t.commit_checkpoint(&store, KEY, &mut cp).unwrap();
        assert!(t.rotate_now().unwrap());
        let names: Vec<_> = t.published().unwrap();
        assert!(names[1].ends_with("feed-0000000002.ndjson"), "{names:?}");
    }

    #[test]
    fn begin_none_drops_what_no_checkpoint_covers() {
        let dir = tempfile::tempdir().unwrap();
        let (_, c) = clock();
        let mut s = sink(dir.path(), 1000, &c);
        s.begin(None).unwrap();
        s.write_record(b"1").unwrap();
        s.commit().unwrap();
        s.finish().unwrap();
        assert!(!s.rotate_now().unwrap(), "never checkpointed");
        let mut s = sink(dir.path(), 1000, &c);
        s.begin(None).unwrap();
        assert!(!s.aside_path().exists());
        assert_eq!(s.commit().unwrap(), Some(0));
    }

    #[test]
    fn an_interrupted_publication_is_settled_on_begin() {
        for (point, shipped) in [
            (Failpoint::AfterIntent, false),
            (Failpoint::AfterRename, false),
            (Failpoint::AfterRename, true),
        ] {
            let dir = tempfile::tempdir().unwrap();
            let (_, c) = clock();
            let store = MemoryCheckpoints::new();
            let mut s = sink(dir.path(), 4, &c);
            let mut cp = checkpoint();
            s.begin(None).unwrap();
            s.write_record(b"\"a\"").unwrap();
            s.commit_checkpoint(&store, KEY, &mut cp).unwrap();
            s.write_record(b"\"bb\"").unwrap();
            s.fail = Some(point);
            let e = s.commit_checkpoint(&store, KEY, &mut cp).unwrap_err();
            assert!(e.to_string().contains("simulated"), "{e}");
            assert!(s.write_record(b"x").is_err(), "unknown state until begun");
            drop(s);
            let files = RotatingNdjson::new(dir.path(), "feed", Rotation::default())
                .unwrap()
                .published()
                .unwrap();
            assert_eq!(
                files.len(),
                1 + usize::from(point == Failpoint::AfterRename)
            );
            if shipped {
                fs::remove_file(files.last().unwrap()).unwrap();
            }
            let mut s = sink(dir.path(), 4, &c);
            s.begin(cp.sink_len).unwrap();
            let mut expect = b"\"a\"\n\"bb\"\n".to_vec();
            if shipped {
                expect.truncate(4);
            }
            assert_eq!(contents(&s), expect, "{point:?}");
            s.write_record(b"\"c\"").unwrap();
            assert_eq!(s.commit().unwrap(), Some(9 + 4), "{point:?}");
            s.commit_checkpoint(&store, KEY, &mut cp).unwrap();
            let last = s.published().unwrap().pop().unwrap();
            assert!(last.ends_with("feed-0000000003.ndjson"), "{last:?}");
        }
    }

    #[cfg(unix)]
    #[test]
    fn names_and_links_are_checked() {
        let dir = tempfile::tempdir().unwrap();
        for bad in ["", ".hidden", "a/b", "a b", "é"] {
            assert!(RotatingNdjson::new(dir.path(), bad, Rotation::default()).is_err());
        }
        let (_, c) = clock();
        let sub = dir.path().join("new/out");
        let mut s = sink(&sub, 4, &c);
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(
            fs::metadata(&sub).unwrap().permissions().mode() & 0o777,
            0o700
        );
        let victim = dir.path().join("victim");
        fs::write(&victim, b"keep").unwrap();
        std::os::unix::fs::symlink(&victim, s.aside_path()).unwrap();
        assert!(s.begin(Some(0)).is_err());
        assert!(s.begin(None).is_err());
        assert_eq!(fs::read(&victim).unwrap(), b"keep");
        assert!(format!("{s:?}").contains("RotatingNdjson"));
    }

    /// The records of step `i` of the simulated listing.
    fn step_records(i: u64) -> Vec<Vec<u8>> {
        (0..1 + i % 4)
            .map(|j| {
                format!(
                    "{{\"s\":{i},\"j\":{j},\"p\":\"{}\"}}",
                    "x".repeat(((i * 7 + j) % 13) as usize)
                )
                .into_bytes()
            })
            .collect()
    }

    fn expected(steps: u64) -> Vec<u8> {
        let mut v = Vec::new();
        for i in 0..steps {
            for r in step_records(i) {
                v.extend(r);
                v.push(b'\n');
            }
        }
        v
    }

    fn saved_steps(store: &MemoryCheckpoints) -> u64 {
        store
            .load(KEY)
            .unwrap()
            .map_or(0, |cp| cp.state["steps"].as_u64().unwrap())
    }

    /// Published (and shipped) files: a prefix of the checkpointed records.
    fn published_bytes(dir: &Path, shipped: &[u8]) -> Vec<u8> {
        let mut v = shipped.to_vec();
        let probe = RotatingNdjson::new(dir, "feed", Rotation::default()).unwrap();
        for p in probe.published().unwrap() {
            v.extend(fs::read(p).unwrap());
        }
        v
    }

    #[test]
    fn random_crashes_keep_every_checkpointed_record_exactly_once() {
        let points = [
            Failpoint::BeforeSave,
            Failpoint::BeforeRotate,
            Failpoint::AfterIntent,
            Failpoint::AfterRename,
        ];
        let mut fired: HashMap<String, u32> = HashMap::new();
        for seed in 0..40u64 {
            let mut rng = fastrand::Rng::with_seed(seed);
            let dir = tempfile::tempdir().unwrap();
            let (now, c) = clock();
            let store = MemoryCheckpoints::new();
            // What a shipper read and removed.
            let mut shipped = Vec::new();
            let mut runs = 0;
            while saved_steps(&store) < 60 {
                runs += 1;
                assert!(runs < 500, "seed {seed}: no progress");
                // A shipper removes the oldest published file, sometimes.
                if rng.u8(..5) == 0 {
                    let probe =
                        RotatingNdjson::new(dir.path(), "feed", Rotation::default()).unwrap();
                    if let Some(p) = probe.published().unwrap().first() {
                        shipped.extend(fs::read(p).unwrap());
                        fs::remove_file(p).unwrap();
                    }
                }
                let policy = Rotation {
                    max_bytes: rng.u64(30..300),
                    max_age: Duration::from_millis(2_000),
                };
                let mut s = RotatingNdjson::new(dir.path(), "feed", policy)
                    .unwrap()
                    .with_clock(c.clone());
                let stored = store.load(KEY).unwrap();
                let mut step = saved_steps(&store);
                if rng.u8(..6) == 0 {
                    s.fail = Some(points[rng.usize(2..4)]); // a rotation in begin
                }
                let begun = match &stored {
                    None => s.begin(None),
                    Some(cp) if rng.bool() => s.begin(cp.sink_len),
                    Some(cp) => s.begin_next(cp.sink_len),
                };
                if let Err(e) = begun {
                    assert!(e.to_string().contains("simulated"), "seed {seed}: {e}");
                    *fired.entry(e.to_string()).or_default() += 1;
                    continue; // crashed in begin
                }
                s.fail = None;
                // Begun from the checkpoint: every checkpointed record once.
                let mut all = shipped.clone();
                all.extend(contents(&s));
                assert_eq!(
                    String::from_utf8_lossy(&all),
                    String::from_utf8_lossy(&expected(step)),
                    "seed {seed}, run {runs}"
                );
                let mut cp = stored.unwrap_or_else(checkpoint);
                'run: for _ in 0..rng.u32(0..10) {
                    now.fetch_add(rng.u64(0..900), Ordering::SeqCst);
                    let recs = step_records(step);
                    if rng.u8(..8) == 0 {
                        // A failed step: written in part, rolled back.
                        s.write_record(&recs[0]).unwrap();
                        s.rollback().unwrap();
                    }
                    for r in &recs {
                        if rng.u8(..25) == 0 {
                            break 'run; // killed mid-step
                        }
                        s.write_record(r).unwrap();
                    }
                    if rng.u8(..5) == 0 {
                        s.fail = Some(points[rng.usize(..points.len())]);
                    }
                    cp.state = serde_json::json!({ "steps": step + 1 });
                    cp.advance(
                        Position {
                            cursor: Cursor::Page { page: step + 1 },
                            skip: 0,
                        },
                        recs.len() as u64,
                    );
                    match s.commit_checkpoint(&store, KEY, &mut cp) {
                        Ok(()) => {
                            s.fail = None;
                            step += 1;
                            let mut all = shipped.clone();
                            all.extend(contents(&s));
                            assert_eq!(all, expected(step), "seed {seed}");
                        }
                        Err(e) => {
                            assert!(e.to_string().contains("simulated"), "seed {seed}: {e}");
                            *fired.entry(e.to_string()).or_default() += 1;
                            break 'run;
                        }
                    }
                }
                match rng.u8(..4) {
                    0 => {
                        s.finish().unwrap();
                    }
                    1 => {
                        if rng.bool() {
                            now.fetch_add(5_000, Ordering::SeqCst);
                        }
                        s.fail = Some(points[rng.usize(2..4)]);
                        if let Err(e) = s.rotate_now() {
                            *fired.entry(e.to_string()).or_default() += 1;
                        }
                    }
                    _ => {} // killed
                }
                drop(s);
                // Never published past the saved checkpoint.
                let published = published_bytes(dir.path(), &shipped);
                let saved = expected(saved_steps(&store));
                assert!(saved.starts_with(&published), "seed {seed}, run {runs}");
            }
            // A last begin settles everything: exactly once, in order.
            let mut s = sink(dir.path(), 1 << 20, &c);
            s.begin(store.load(KEY).unwrap().unwrap().sink_len).unwrap();
            let mut all = shipped.clone();
            all.extend(contents(&s));
            assert_eq!(all, expected(saved_steps(&store)), "seed {seed}");
        }
        for p in points {
            let name = format!("{p:?}");
            let n: u32 = fired
                .iter()
                .filter(|(k, _)| k.contains(&name))
                .map(|(_, v)| v)
                .sum();
            assert!(n >= 3, "failpoint {name} fired {n} times: {fired:?}");
        }
    }

    mod driver {
        use super::*;
        use crate::sync::{Identity, Options, Out, Source, Start, Step};
        use crate::SyncJob;

        /// An incremental feed: each run lists `per_run` new records after
        /// the last one seen (kept in the checkpoint's state), in pages of 2.
        struct Feed {
            next: u64,
            end: u64,
            per_run: u64,
            fail_at: Option<u64>,
        }

        impl Source for Feed {
            type Progress = ();
            type Detail = ();
            const INCREMENTAL: bool = true;

            async fn identity(&mut self, _options: Options) -> Result<Identity> {
                Ok(Identity {
                    service: Service::DefectDojo,
                    endpoint: "feed".into(),
                    filter: serde_json::json!({}),
                    default_key: KEY.into(),
                })
            }

            async fn start(&mut self, cp: &mut Checkpoint, start: Start, _: &str) -> Result<()> {
                self.next = cp.state["next"].as_u64().unwrap_or(0);
                self.end = match start {
                    Start::Resumed => cp.state["end"].as_u64().unwrap(),
                    _ => self.next + self.per_run,
                };
                Ok(())
            }

            async fn next(&mut self, out: &mut Out<'_>) -> Result<Option<Step<()>>> {
                if self.next >= self.end {
                    return Ok(None);
                }
                let stop = (self.next + 2).min(self.end);
                for i in self.next..stop {
                    out.write(format!("{{\"n\":{i}}}").as_bytes())?;
                    if self.fail_at == Some(i) {
                        return Err(Error::invalid_input("failing on purpose"));
                    }
                }
                self.next = stop;
                let cursor = if stop == self.end {
                    Cursor::Done
                } else {
                    Cursor::Page { page: stop }
                };
                Ok(Some(Step::new(Position { cursor, skip: 0 }, ()).state(
                    serde_json::json!({ "next": stop, "end": self.end }),
                )))
            }

            fn detail(&mut self) {}
        }

        fn feed(per_run: u64, fail_at: Option<u64>) -> Feed {
            Feed {
                next: 0,
                end: 0,
                per_run,
                fail_at,
            }
        }

        #[tokio::test]
        async fn incremental_runs_of_the_sync_driver_keep_appending() {
            let dir = tempfile::tempdir().unwrap();
            let (_, c) = clock();
            let store = MemoryCheckpoints::new();
            // One sink kept across runs (the agent's way)...
            let mut kept = sink(dir.path(), 50, &c);
            let r = SyncJob::new(feed(5, None), &mut kept, &store)
                .await
                .unwrap();
            assert!(!r.incremental && r.records == 5);
            // 40 bytes < 50: the run's records stay aside (finish does not
            // publish them), and the next run goes on after them.
            assert_eq!(fs::metadata(kept.aside_path()).unwrap().len(), 40);
            assert!(kept.published().unwrap().is_empty());
            let r = SyncJob::new(feed(5, None), &mut kept, &store)
                .await
                .unwrap();
            assert!(r.incremental && r.records == 5, "{r}");
            // ...or a new one per run; a run failing mid-way resumes.
            let e = SyncJob::new(feed(5, Some(12)), sink(dir.path(), 50, &c), &store)
                .await
                .unwrap_err();
            assert!(e.to_string().contains("on purpose"), "{e}");
            let r = SyncJob::new(feed(5, None), sink(dir.path(), 50, &c), &store)
                .await
                .unwrap();
            assert!(r.resumed && r.records == 3, "{r}");
            for _ in 0..3 {
                let r = SyncJob::new(feed(5, None), sink(dir.path(), 50, &c), &store)
                    .await
                    .unwrap();
                assert!(r.incremental, "{r}");
            }
            let s = sink(dir.path(), 50, &c);
            assert!(s.published().unwrap().len() >= 3, "rotated by size");
            let text = String::from_utf8(contents(&s)).unwrap();
            let got: Vec<u64> = text
                .lines()
                .map(|l| {
                    serde_json::from_str::<serde_json::Value>(l).unwrap()["n"]
                        .as_u64()
                        .unwrap()
                })
                .collect();
            assert_eq!(
                got,
                (0..30).collect::<Vec<_>>(),
                "every record once, in order"
            );
            let cp = store.load(KEY).unwrap().unwrap();
            assert_eq!(cp.sink_len, Some(text.len() as u64));
        }
    }
}
