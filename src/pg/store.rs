//! Checkpoints in `secops_checkpoints`, and the one commit transaction that
//! writes a page's records with its checkpoint.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use tokio_postgres::binary_copy::BinaryCopyInWriter;
use tokio_postgres::types::{ToSql, Type};

use super::lease::Fence;
use super::sink::Row;
use super::{Database, DbFailure};
use crate::checkpoint::{Checkpoint, CheckpointStore};
use crate::error::{Error, Result};

/// A [`CheckpointStore`] in PostgreSQL (`secops_checkpoints`). With a
/// [`Fence`] every save is refused once another agent holds the feed.
#[derive(Debug, Clone)]
pub struct PgCheckpoints {
    db: Database,
    fence: Option<Fence>,
}

impl PgCheckpoints {
    pub(crate) fn new(db: Database) -> Self {
        PgCheckpoints { db, fence: None }
    }

    /// Saves only while `fence` holds (see [`Leases`](super::Leases)).
    pub fn fenced(mut self, fence: Fence) -> Self {
        self.fence = Some(fence);
        self
    }

    /// The database.
    pub fn database(&self) -> &Database {
        &self.db
    }

    /// Loads the checkpoint under `key` (async).
    pub async fn load_async(&self, key: &str) -> Result<Option<Checkpoint>> {
        let k = key.to_string();
        let value = self
            .db
            .with_client("loading a checkpoint", move |c| {
                let k = k.clone();
                async move {
                    let row = c
                        .query_opt(
                            "SELECT checkpoint FROM secops_checkpoints WHERE key = $1",
                            &[&k],
                        )
                        .await?;
                    Ok(row.map(|r| r.get::<_, serde_json::Value>(0)))
                }
            })
            .await
            .map_err(|e| missing_schema(e, &self.db))?;
        match value {
            None => Ok(None),
            Some(v) => serde_json::from_value(v)
                .map(Some)
                .map_err(|e| Error::Checkpoint {
                    location: self.location(key),
                    message: format!(
                        "it is not a secops checkpoint ({e}): restore it, or delete its row to start over"
                    ),
                }),
        }
    }
}

/// A missing table means the schema was never migrated: say so.
fn missing_schema(e: Error, db: &Database) -> Error {
    match &e {
        Error::Database { message, .. } if message.contains("(42P01)") => db.failed(
            format!("{message}: the schema is missing; run `secops db migrate` (the agent migrates it at start)"),
            false,
        ),
        _ => e,
    }
}

impl CheckpointStore for PgCheckpoints {
    fn load(&self, key: &str) -> Result<Option<Checkpoint>> {
        let this = self.clone();
        let key = key.to_string();
        self.db.block_on(async move { this.load_async(&key).await })
    }

    fn save(&self, key: &str, checkpoint: &Checkpoint) -> Result<()> {
        self.db.block_on(commit(
            self.db.clone(),
            key.to_string(),
            checkpoint,
            self.fence.clone(),
            Arc::new(Batch::default()),
        )?)?;
        Ok(())
    }

    fn remove(&self, key: &str) -> Result<()> {
        let k = key.to_string();
        let db = self.db.clone();
        self.db.block_on(async move {
            db.with_client("removing a checkpoint", move |c| {
                let k = k.clone();
                async move {
                    c.execute("DELETE FROM secops_checkpoints WHERE key = $1", &[&k])
                        .await
                }
            })
            .await
            .map(drop)
        })
    }

    fn location(&self, key: &str) -> String {
        format!("{}#{key}", self.db.location())
    }
}

/// A page's rows for one feed.
#[derive(Debug, Default)]
pub(crate) struct Batch {
    pub feed: String,
    pub kind: String,
    pub rows: Vec<Row>,
}

/// What a commit wrote.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Committed {
    /// Rows inserted.
    pub inserted: u64,
    /// Rows already in the table (same feed, natural key and version): not
    /// written again.
    pub duplicates: u64,
}

enum Outcome {
    Done(Committed),
    Fenced {
        owner: Option<String>,
        generation: i64,
    },
}

/// The commit transaction: the fence checked under a row lock, the rows
/// copied in, the checkpoint upserted with a fresh `commit_id`; retried after
/// a lost connection, and an attempt whose outcome is unknown is resolved by
/// reading the checkpoint's `commit_id` back.
pub(crate) fn commit(
    db: Database,
    key: String,
    checkpoint: &Checkpoint,
    fence: Option<Fence>,
    batch: Arc<Batch>,
) -> Result<impl std::future::Future<Output = Result<Committed>> + Send + 'static> {
    let cp = serde_json::to_value(checkpoint).map_err(|e| Error::Checkpoint {
        location: format!("{}#{key}", db.location()),
        message: format!("cannot be serialised: {e}"),
    })?;
    Ok(async move {
        let commit_id = uuid::Uuid::new_v4();
        let tried = Arc::new(AtomicBool::new(false));
        let (k, f, b) = (key.clone(), fence.clone(), batch.clone());
        let outcome = db
            .with_client("committing a page and its checkpoint", move |mut c| {
                let (key, fence, batch, cp, tried) =
                    (k.clone(), f.clone(), b.clone(), cp.clone(), tried.clone());
                async move {
                    if tried.swap(true, Ordering::SeqCst) {
                        // An earlier attempt failed: if its COMMIT went
                        // through after all, its commit_id is there.
                        let row = c
                            .query_opt(
                                "SELECT commit_id FROM secops_checkpoints WHERE key = $1",
                                &[&key],
                            )
                            .await?;
                        if row.and_then(|r| r.get::<_, Option<uuid::Uuid>>(0)) == Some(commit_id)
                        {
                            return Ok(Outcome::Done(Committed {
                                inserted: batch.rows.len() as u64,
                                duplicates: 0,
                            }));
                        }
                    }
                    let mut guard = false;
                    loop {
                        let tx = c.transaction().await?;
                        let generation = match &fence {
                            None => None,
                            Some(f) => {
                                let row = tx
                                    .query_opt(
                                        "SELECT owner, generation FROM secops_leases WHERE feed = $1 FOR UPDATE",
                                        &[&f.feed],
                                    )
                                    .await?;
                                let (owner, generation): (Option<String>, i64) = match row {
                                    Some(r) => (r.get(0), r.get(1)),
                                    None => (None, 0),
                                };
                                if owner.as_deref() != Some(f.owner.as_str())
                                    || generation != f.generation
                                {
                                    return Ok(Outcome::Fenced { owner, generation });
                                }
                                Some(generation)
                            }
                        };
                        let written = if batch.rows.is_empty() {
                            Ok(Committed::default())
                        } else if guard {
                            copy_guarded(&tx, &batch).await
                        } else {
                            copy_rows(&tx, &batch, "secops_records").await.map(|n| Committed {
                                inserted: n,
                                duplicates: 0,
                            })
                        };
                        let written = match written {
                            Ok(w) => w,
                            Err(e) if !guard && DbFailure::from_pg(&e).unique_violation => {
                                // Some row is there already: a second guard
                                // against a double delivery. Go again, skipping
                                // what is there.
                                drop(tx);
                                guard = true;
                                continue;
                            }
                            Err(e) => return Err(e),
                        };
                        tx.execute(
                            "INSERT INTO secops_checkpoints (key, checkpoint, commit_id, generation, saved_at) \
                             VALUES ($1, $2, $3, $4, now()) \
                             ON CONFLICT (key) DO UPDATE SET checkpoint = EXCLUDED.checkpoint, \
                             commit_id = EXCLUDED.commit_id, generation = EXCLUDED.generation, saved_at = now()",
                            &[&key, &cp, &commit_id, &generation],
                        )
                        .await?;
                        tx.commit().await?;
                        return Ok(Outcome::Done(written));
                    }
                }
            })
            .await
            .map_err(|e| missing_schema(e, &db))?;
        match outcome {
            Outcome::Done(c) => {
                if c.duplicates > 0 {
                    tracing::warn!(
                        feed = %batch.feed,
                        duplicates = c.duplicates,
                        "rows already in secops_records were not written again"
                    );
                }
                Ok(c)
            }
            Outcome::Fenced { owner, generation } => {
                let f = fence.expect("fenced only with a fence");
                Err(Error::LeaseLost {
                    message: format!(
                        "the lease is now {} (generation {generation}; this agent {} had generation {}): the commit was refused and nothing of it was written",
                        owner.map_or_else(|| "free".to_string(), |o| format!("held by {o}")),
                        f.owner,
                        f.generation
                    ),
                    feed: f.feed,
                })
            }
        }
    })
}

const COLUMNS: [Type; 7] = [
    Type::TEXT,
    Type::TEXT,
    Type::TEXT,
    Type::TEXT,
    Type::TIMESTAMPTZ,
    Type::JSONB,
    Type::JSONB,
];

/// Binary `COPY` of the batch into `table`.
async fn copy_rows(
    tx: &tokio_postgres::Transaction<'_>,
    batch: &Batch,
    table: &str,
) -> std::result::Result<u64, tokio_postgres::Error> {
    let sink = tx
        .copy_in(&format!(
            "COPY {table} (feed, kind, natural_key, version, received_at, record, normalized) FROM STDIN (FORMAT binary)"
        ))
        .await?;
    let writer = BinaryCopyInWriter::new(sink, &COLUMNS);
    futures::pin_mut!(writer);
    for r in &batch.rows {
        let record = RawJsonb(&r.record);
        let normalized = r.normalized.as_deref().map(RawJsonb);
        let values: [&(dyn ToSql + Sync); 7] = [
            &batch.feed,
            &batch.kind,
            &r.key,
            &r.version,
            &r.received_at,
            &record,
            &normalized,
        ];
        writer.as_mut().write(&values).await?;
    }
    writer.finish().await
}

/// The rows through a temporary table, skipping those already there.
pub(crate) async fn copy_guarded(
    tx: &tokio_postgres::Transaction<'_>,
    batch: &Batch,
) -> std::result::Result<Committed, tokio_postgres::Error> {
    tx.batch_execute(
        "CREATE TEMP TABLE IF NOT EXISTS secops_incoming (feed text, kind text, natural_key text, version text, \
         received_at timestamptz, record jsonb, normalized jsonb) ON COMMIT DELETE ROWS",
    )
    .await?;
    copy_rows(tx, batch, "secops_incoming").await?;
    let inserted = tx
        .execute(
            "INSERT INTO secops_records (feed, kind, natural_key, version, received_at, record, normalized) \
             SELECT feed, kind, natural_key, version, received_at, record, normalized FROM secops_incoming \
             ON CONFLICT (feed, natural_key, version) DO NOTHING",
            &[],
        )
        .await?;
    tx.batch_execute("TRUNCATE secops_incoming").await?;
    Ok(Committed {
        inserted,
        duplicates: batch.rows.len() as u64 - inserted,
    })
}

/// A JSON document as bytes, sent as `jsonb` without being parsed again.
#[derive(Debug)]
struct RawJsonb<'a>(&'a [u8]);

impl ToSql for RawJsonb<'_> {
    fn to_sql(
        &self,
        ty: &Type,
        out: &mut bytes::BytesMut,
    ) -> std::result::Result<tokio_postgres::types::IsNull, Box<dyn std::error::Error + Sync + Send>>
    {
        if *ty == Type::JSONB {
            out.extend_from_slice(&[1]);
        }
        out.extend_from_slice(self.0);
        Ok(tokio_postgres::types::IsNull::No)
    }

    fn accepts(ty: &Type) -> bool {
        *ty == Type::JSONB || *ty == Type::JSON
    }

    tokio_postgres::types::to_sql_checked!();
}
