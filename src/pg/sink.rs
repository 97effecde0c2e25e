//! Records into `secops_records`, committed with their checkpoint.

use std::borrow::Cow;
use std::sync::Arc;

use chrono::{DateTime, Utc};
use serde::Deserialize;

use super::lease::Fence;
use super::store::{commit, Batch};
use super::Database;
use crate::checkpoint::{Checkpoint, CheckpointStore};
use crate::error::{Error, Result};
use crate::normalize::{Format, Origin, RecordKind};
use crate::sink::Sink;

/// One record, ready for the table.
#[derive(Debug)]
pub(crate) struct Row {
    pub key: String,
    pub version: String,
    pub received_at: DateTime<Utc>,
    pub record: Vec<u8>,
    pub normalized: Option<Vec<u8>>,
}

/// The fields the natural keys come from.
#[derive(Deserialize)]
struct Keys<'a> {
    #[serde(default)]
    id: Option<serde_json::Value>,
    #[serde(default, borrow)]
    modified: Option<Cow<'a, str>>,
    #[serde(default, borrow)]
    time: Option<Cow<'a, str>>,
    #[serde(default, borrow)]
    message: Option<Message<'a>>,
}

#[derive(Deserialize)]
struct Message<'a> {
    #[serde(default, borrow)]
    domain: Option<Cow<'a, str>>,
}

/// The record's natural key and version in `secops_records` (unique per feed):
///
/// | Kind | `natural_key` | `version` |
/// |---|---|---|
/// | DefectDojo finding | `id` | empty |
/// | Defendis records | `id`; without one, `content:<UUIDv5 of the record's bytes>` | empty |
/// | Sandbox sample | `id` | empty |
/// | SIE newly observed domain | `<message.domain>\|<time>` | `content:<UUIDv5 of the record's bytes>` (two records of one domain and second are both kept) |
/// | TAXII object | the STIX `id` | `modified` (empty when absent): each version of an object is a row |
///
/// A record that is not a JSON object is an [`Error::Decode`].
pub fn natural_key(kind: RecordKind, record: &[u8]) -> Result<(String, String)> {
    let keys: Keys<'_> =
        serde_json::from_slice(record).map_err(|e| Error::decode(kind.service(), e, record))?;
    let id = match &keys.id {
        Some(serde_json::Value::String(s)) if !s.trim().is_empty() => Some(s.clone()),
        Some(serde_json::Value::Number(n)) => Some(n.to_string()),
        _ => None,
    };
    let content = || {
        format!(
            "content:{}",
            uuid::Uuid::new_v5(&crate::normalize::NAMESPACE, record).hyphenated()
        )
    };
    Ok(match kind {
        RecordKind::SieNewDomain => {
            let domain = keys
                .message
                .as_ref()
                .and_then(|m| m.domain.as_deref())
                .unwrap_or_default();
            (
                format!("{domain}|{}", keys.time.as_deref().unwrap_or_default()),
                content(),
            )
        }
        RecordKind::TaxiiObject => (
            id.unwrap_or_else(content),
            keys.modified.map(Cow::into_owned).unwrap_or_default(),
        ),
        _ => (id.unwrap_or_else(content), String::new()),
    })
}

/// A [`Sink`] writing a feed's records into `secops_records`: buffered per
/// page, and written with the checkpoint in one transaction by
/// [`commit_checkpoint`](Sink::commit_checkpoint) (the store passed must be
/// this database's [`PgCheckpoints`](super::PgCheckpoints)). A crash at any
/// point leaves both or neither: every record is in the table exactly once.
///
/// PostgreSQL cannot store the NUL character: a record holding one (`\u0000`
/// in its JSON) is stored with each NUL as the six characters `\u0000` (in
/// the record, its normalised form and its key), with a warning.
///
/// ```no_run
/// # async fn demo(dojo: secops::defectdojo::DefectDojo) -> secops::Result<()> {
/// use secops::pg::Database;
/// use secops::normalize::RecordKind;
/// let db = Database::connect(std::env::var("SECOPS_POSTGRES_URL").unwrap_or_default())?;
/// db.migrate().await?;
/// let sink = db.sink("findings", RecordKind::DefectDojoFinding);
/// dojo.sync_findings(Default::default(), sink, db.checkpoints())
///     .checkpoint_key("findings")
///     .await?;
/// # Ok(()) }
/// ```
pub struct PgSink {
    db: Database,
    feed: String,
    kind: RecordKind,
    format: Format,
    origin: Origin,
    fence: Option<Fence>,
    rows: Vec<Row>,
    committed: u64,
    duplicates: u64,
}

impl std::fmt::Debug for PgSink {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PgSink")
            .field("database", &self.db.location())
            .field("feed", &self.feed)
            .field("kind", &self.kind)
            .field("pending", &self.rows.len())
            .finish_non_exhaustive()
    }
}

impl PgSink {
    pub(crate) fn new(db: Database, feed: impl Into<String>, kind: RecordKind) -> Self {
        let feed = feed.into();
        PgSink {
            db,
            origin: Origin::feed(&feed),
            feed,
            kind,
            format: Format::Raw,
            fence: None,
            rows: Vec::new(),
            committed: 0,
            duplicates: 0,
        }
    }

    /// Also keeps each record's normalised form in `normalized`: the OCSF
    /// event, or the array of STIX objects ([`Format::Raw`]: none, the default).
    pub fn normalized(mut self, format: Format) -> Self {
        self.format = format;
        self
    }

    /// Commits only while `fence` holds (see [`Leases`](super::Leases)).
    pub fn fenced(mut self, fence: Fence) -> Self {
        self.fence = Some(fence);
        self
    }

    /// Rows written by this sink's commits.
    pub fn committed_rows(&self) -> u64 {
        self.committed
    }

    /// Rows skipped because the table had them already (the unique index's
    /// second guard; 0 unless something delivered a record twice).
    pub fn duplicates(&self) -> u64 {
        self.duplicates
    }

    fn normalize(&self, record: &[u8]) -> Result<Option<Vec<u8>>> {
        if self.format == Format::Raw {
            return Ok(None);
        }
        let lines = crate::normalize::normalize(self.kind, record, self.format, &self.origin)?;
        Ok(Some(match self.format {
            Format::Ocsf if lines.len() == 1 => lines.into_iter().next().expect("one"),
            _ => {
                let mut out =
                    Vec::with_capacity(lines.iter().map(|l| l.len() + 1).sum::<usize>() + 2);
                out.push(b'[');
                for (i, l) in lines.iter().enumerate() {
                    if i > 0 {
                        out.push(b',');
                    }
                    out.extend_from_slice(l);
                }
                out.push(b']');
                out
            }
        }))
    }

    fn take_batch(&mut self) -> Arc<Batch> {
        Arc::new(Batch {
            feed: self.feed.clone(),
            kind: self.kind.name().to_string(),
            rows: std::mem::take(&mut self.rows),
        })
    }

    fn check_store(&self, store: &dyn CheckpointStore, key: &str) -> Result<()> {
        let want = format!("{}#{key}", self.db.location());
        if store.location(key) != want {
            return Err(Error::invalid_input(format!(
                "PgSink commits its checkpoint in its own database ({}): use that database's checkpoints as the store, not {}",
                self.db.location(),
                store.location(key)
            )));
        }
        Ok(())
    }
}

/// The JSON document with each `\u0000` escape (a NUL character, which
/// neither `jsonb` nor `text` can hold) turned into an escaped backslash, so
/// the string keeps the six characters `\u0000`; `None` when there is none.
fn escape_nul(json: &[u8]) -> Option<Vec<u8>> {
    const NUL: &[u8] = b"\\u0000";
    if !json.windows(NUL.len()).any(|w| w == NUL) {
        return None;
    }
    let mut out = Vec::with_capacity(json.len() + 8);
    let mut i = 0;
    let mut found = false;
    while i < json.len() {
        if json[i] == b'\\' {
            if json[i..].starts_with(NUL) {
                out.extend_from_slice(b"\\\\u0000");
                found = true;
                i += NUL.len();
            } else {
                // An escape pair (`\\`, `\"`, `\n`…) is copied whole.
                out.extend_from_slice(&json[i..(i + 2).min(json.len())]);
                i += 2;
            }
        } else {
            out.push(json[i]);
            i += 1;
        }
    }
    found.then_some(out)
}

impl Sink for PgSink {
    fn begin(&mut self, _committed: Option<u64>) -> Result<()> {
        // Nothing to cut back: rows only exist with their checkpoint.
        self.rows.clear();
        Ok(())
    }

    fn begin_next(&mut self, committed: Option<u64>) -> Result<()> {
        self.begin(committed)
    }

    fn write_record(&mut self, record: &[u8]) -> Result<()> {
        let record = crate::sink::one_line(record);
        let (key, version) = natural_key(self.kind, &record)?;
        let normalized = self.normalize(&record)?;
        let (record, normalized, key, version) = match escape_nul(&record) {
            None => (record.into_owned(), normalized, key, version),
            Some(escaped) => {
                let key = key.replace('\0', "\\u0000");
                let version = version.replace('\0', "\\u0000");
                tracing::warn!(
                    feed = %self.feed,
                    key = %key.escape_debug(),
                    "the record holds NUL characters, which PostgreSQL cannot store: each is kept as the six characters \\u0000"
                );
                let normalized = normalized.map(|n| escape_nul(&n).unwrap_or(n));
                (escaped, normalized, key, version)
            }
        };
        self.rows.push(Row {
            key,
            version,
            received_at: Utc::now(),
            record,
            normalized,
        });
        Ok(())
    }

    /// Writes the pending rows in a transaction of their own (no
    /// checkpoint): for use without a checkpoint store. Syncs call
    /// [`commit_checkpoint`](Sink::commit_checkpoint) instead.
    fn commit(&mut self) -> Result<Option<u64>> {
        if self.rows.is_empty() {
            return Ok(None);
        }
        let batch = self.take_batch();
        let db = self.db.clone();
        let done = self.db.block_on(async move {
            db.with_client("writing records", move |mut c| {
                let batch = batch.clone();
                async move {
                    let tx = c.transaction().await?;
                    let n = super::store::copy_guarded(&tx, &batch).await?;
                    tx.commit().await?;
                    Ok(n)
                }
            })
            .await
        })?;
        self.committed += done.inserted;
        self.duplicates += done.duplicates;
        Ok(None)
    }

    fn rollback(&mut self) -> Result<()> {
        self.rows.clear();
        Ok(())
    }

    fn finish(&mut self) -> Result<()> {
        Ok(())
    }

    fn commit_checkpoint(
        &mut self,
        store: &dyn CheckpointStore,
        key: &str,
        checkpoint: &mut Checkpoint,
    ) -> Result<()> {
        self.check_store(store, key)?;
        checkpoint.sink_len = None;
        let batch = self.take_batch();
        let fut = commit(
            self.db.clone(),
            key.to_string(),
            checkpoint,
            self.fence.clone(),
            batch,
        )?;
        let done = self.db.block_on(fut)?;
        self.committed += done.inserted;
        self.duplicates += done.duplicates;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::escape_nul;

    fn escaped(json: &str) -> Option<String> {
        escape_nul(json.as_bytes()).map(|v| String::from_utf8(v).unwrap())
    }

    #[test]
    fn nul_escapes_become_six_characters_and_nothing_else_changes() {
        assert_eq!(escaped(r#"{"a":"x\"\\\n"}"#), None);
        // A backslash followed by `u0000` is text already, not a NUL.
        assert_eq!(escaped(r#"{"a":"\\u0000"}"#), None);
        assert_eq!(
            escaped(r#"{"a":"x\u0000y","b":"\\u0000","c":"\\\u0000"}"#).as_deref(),
            Some(r#"{"a":"x\\u0000y","b":"\\u0000","c":"\\\\u0000"}"#)
        );
        // The result is JSON whose strings hold the six characters instead.
        let v: serde_json::Value =
            serde_json::from_str(&escaped(r#"{"a":"x\u0000y"}"#).unwrap()).unwrap();
        assert_eq!(v["a"], "x\\u0000y");
    }
}
