//! The sync driver with a source and a sink written here: the seam a
//! database sink uses (records and checkpoint committed together through
//! `Sink::commit_checkpoint`) delivers every record exactly once across
//! failures, and a custom `Source` runs like the services' own.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use secops::paging::{Cursor, Position};
use secops::sync::{Identity, Options, Out, Source, Start, Step};
use secops::{Checkpoint, CheckpointStore, Error, Result, Service, Sink, SyncJob};

/// One "database": committed records and checkpoints, changed together.
#[derive(Default)]
struct Db {
    records: Vec<Vec<u8>>,
    checkpoints: HashMap<String, Checkpoint>,
    commits: u64,
}

/// A sink whose commit writes the step's records and the checkpoint in one
/// transaction (here: under one lock); nothing is kept on failure.
struct TxSink {
    db: Arc<Mutex<Db>>,
    pending: Vec<Vec<u8>>,
}

impl Sink for TxSink {
    fn begin(&mut self, _committed: Option<u64>) -> Result<()> {
        self.pending.clear();
        Ok(())
    }
    fn write_record(&mut self, record: &[u8]) -> Result<()> {
        self.pending.push(record.to_vec());
        Ok(())
    }
    fn commit(&mut self) -> Result<Option<u64>> {
        unreachable!("the driver commits through commit_checkpoint")
    }
    fn rollback(&mut self) -> Result<()> {
        self.pending.clear();
        Ok(())
    }
    fn finish(&mut self) -> Result<()> {
        Ok(())
    }
    fn commit_checkpoint(
        &mut self,
        _store: &dyn CheckpointStore,
        key: &str,
        checkpoint: &mut Checkpoint,
    ) -> Result<()> {
        let mut db = self.db.lock().unwrap();
        db.records.append(&mut self.pending);
        db.checkpoints.insert(key.to_string(), checkpoint.clone());
        db.commits += 1;
        Ok(())
    }
}

/// The checkpoints of the same database.
struct TxStore(Arc<Mutex<Db>>);

impl CheckpointStore for TxStore {
    fn load(&self, key: &str) -> Result<Option<Checkpoint>> {
        Ok(self.0.lock().unwrap().checkpoints.get(key).cloned())
    }
    fn save(&self, _key: &str, _checkpoint: &Checkpoint) -> Result<()> {
        unreachable!("saved with the records by the sink")
    }
    fn remove(&self, key: &str) -> Result<()> {
        self.0.lock().unwrap().checkpoints.remove(key);
        Ok(())
    }
    fn location(&self, key: &str) -> String {
        format!("db:{key}")
    }
}

/// Records 0..total in pages of `page`; fails once when asked for `fail_at`.
struct Numbers {
    total: u64,
    page: u64,
    next: u64,
    fail_at: Option<u64>,
}

impl Source for Numbers {
    type Progress = ();
    type Detail = u64;

    async fn identity(&mut self, options: Options) -> Result<Identity> {
        if let Some(n) = options.page_size {
            self.page = u64::from(n);
        }
        Ok(Identity {
            service: Service::Defendis,
            endpoint: "numbers".into(),
            filter: serde_json::json!({ "total": self.total }),
            default_key: "numbers".into(),
        })
    }

    async fn start(&mut self, cp: &mut Checkpoint, start: Start, _location: &str) -> Result<()> {
        self.next = match (&cp.position.cursor, start) {
            (Cursor::Offset { offset }, Start::Resumed) => offset.parse().unwrap(),
            _ => 0,
        };
        Ok(())
    }

    async fn next(&mut self, out: &mut Out<'_>) -> Result<Option<Step<()>>> {
        if self.next >= self.total {
            return Ok(None);
        }
        let end = (self.next + self.page).min(self.total);
        for i in self.next..end {
            out.write(format!("{{\"n\":{i}}}").as_bytes())?;
            if self.fail_at == Some(i) {
                self.fail_at = None;
                return Err(Error::invalid_input("failing mid-page on purpose"));
            }
        }
        self.next = end;
        let cursor = if end == self.total {
            Cursor::Done
        } else {
            Cursor::Offset {
                offset: end.to_string(),
            }
        };
        Ok(Some(Step::new(Position { cursor, skip: 0 }, ())))
    }

    fn detail(&mut self) -> u64 {
        self.next
    }
}

fn job(db: &Arc<Mutex<Db>>, fail_at: Option<u64>) -> SyncJob<'static, Numbers> {
    let source = Numbers {
        total: 95,
        page: 10,
        next: 0,
        fail_at,
    };
    let sink = TxSink {
        db: db.clone(),
        pending: Vec::new(),
    };
    SyncJob::new(source, sink, TxStore(db.clone())).page_size(10)
}

#[tokio::test]
async fn a_transactional_sink_gets_every_record_once_across_failures() {
    let db = Arc::new(Mutex::new(Db::default()));
    // Fails in the middle of the fourth page: three pages are committed, the
    // fourth page's records are rolled back with it.
    let e = job(&db, Some(37)).await.unwrap_err();
    assert!(e.to_string().contains("on purpose"), "{e}");
    {
        let d = db.lock().unwrap();
        assert_eq!(d.records.len(), 30);
        assert_eq!(d.commits, 3);
        let cp = &d.checkpoints["numbers"];
        assert_eq!(cp.items, 30);
        assert!(!cp.complete);
    }
    // The next run resumes after page three and finishes.
    let mut progress = Vec::new();
    let report = job(&db, None)
        .on_progress(|p| progress.push((p.pages, p.records, p.total_records)))
        .await
        .unwrap();
    assert!(report.resumed && !report.already_complete);
    assert_eq!((report.records, report.total_records), (65, 95));
    assert_eq!(report.detail, 95);
    assert_eq!(progress.first(), Some(&(1, 10, 40)));
    assert_eq!(progress.last(), Some(&(7, 65, 95)));
    {
        let d = db.lock().unwrap();
        let got: Vec<u64> = d
            .records
            .iter()
            .map(|r| {
                serde_json::from_slice::<serde_json::Value>(r).unwrap()["n"]
                    .as_u64()
                    .unwrap()
            })
            .collect();
        assert_eq!(
            got,
            (0..95).collect::<Vec<_>>(),
            "every record exactly once, in order"
        );
        assert!(d.checkpoints["numbers"].complete);
    }
    // A third run finds the listing complete and fetches nothing.
    let again = job(&db, None).await.unwrap();
    assert!(again.already_complete && again.records == 0);
    assert_eq!(db.lock().unwrap().records.len(), 95);
}

#[tokio::test]
async fn a_checkpoint_of_another_listing_is_refused_not_restarted() {
    let db = Arc::new(Mutex::new(Db::default()));
    job(&db, None).await.unwrap();
    let other = Numbers {
        total: 50,
        page: 10,
        next: 0,
        fail_at: None,
    };
    let sink = TxSink {
        db: db.clone(),
        pending: Vec::new(),
    };
    let e = SyncJob::new(other, sink, TxStore(db.clone()))
        .await
        .unwrap_err();
    assert!(matches!(e, Error::Checkpoint { .. }), "{e}");
    assert!(e.to_string().contains("db:numbers"), "{e}");
    assert_eq!(db.lock().unwrap().records.len(), 95, "nothing written");
}

#[tokio::test]
async fn an_empty_checkpoint_key_is_refused_before_anything() {
    let db = Arc::new(Mutex::new(Db::default()));
    let e = job(&db, None).checkpoint_key("  ").await.unwrap_err();
    assert!(matches!(e, Error::InvalidInput { .. }), "{e}");
    assert!(e.to_string().contains("checkpoint key is empty"), "{e}");
    let d = db.lock().unwrap();
    assert!(d.records.is_empty() && d.checkpoints.is_empty() && d.commits == 0);
}
