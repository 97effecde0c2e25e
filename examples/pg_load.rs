//! Loads SIE records (NDJSON) into `secops_records` through [`PgSink`], a
//! page at a time, each page committed with its checkpoint — what the agent
//! does — and prints rows per second. `scripts/bench-pg.sh` runs it beside
//! `psql \copy` of the same rows.
//!
//! ```text
//! SECOPS_POSTGRES_URL=postgres://... cargo run --release --example pg_load -- load FILE [PAGE]
//! cargo run --release --example pg_load -- csv FILE OUT.csv   # the same rows, for psql \copy
//! ```
//!
//! [`PgSink`]: secops::pg::PgSink

use std::io::{BufRead, Write};
use std::time::Instant;

use secops::checkpoint::Checkpoint;
use secops::normalize::RecordKind;
use secops::pg::{natural_key, Database};
use secops::sink::Sink;
use secops::Service;

fn lines(path: &str) -> Vec<Vec<u8>> {
    let f = std::io::BufReader::new(std::fs::File::open(path).expect("the NDJSON file"));
    f.split(b'\n')
        .map(|l| l.expect("readable"))
        .filter(|l| !l.is_empty())
        .collect()
}

/// CSV field: quoted, quotes doubled.
fn csv(out: &mut Vec<u8>, s: &[u8]) {
    out.push(b'"');
    for &b in s {
        if b == b'"' {
            out.push(b'"');
        }
        out.push(b);
    }
    out.push(b'"');
}

#[tokio::main]
async fn main() -> secops::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("csv") => {
            let records = lines(&args[1]);
            let now = chrono::Utc::now().to_rfc3339();
            let mut out = Vec::new();
            for r in &records {
                let (k, v) = natural_key(RecordKind::SieNewDomain, r)?;
                out.extend_from_slice(b"bench,sie.newdomain,");
                csv(&mut out, k.as_bytes());
                out.push(b',');
                csv(&mut out, v.as_bytes());
                out.push(b',');
                out.extend_from_slice(now.as_bytes());
                out.push(b',');
                csv(&mut out, r);
                out.push(b'\n');
            }
            std::fs::File::create(&args[2])
                .and_then(|mut f| f.write_all(&out))
                .expect("the CSV file");
        }
        Some("load") => {
            let records = lines(&args[1]);
            let page: usize = args
                .get(2)
                .map_or(1000, |p| p.parse().expect("a page size"));
            let url = std::env::var("SECOPS_POSTGRES_URL").expect("SECOPS_POSTGRES_URL");
            let db = Database::connect(url)?;
            db.migrate().await?;
            let result = tokio::task::spawn_blocking(move || -> secops::Result<(usize, f64)> {
                let store = db.checkpoints();
                let mut sink = db.sink("bench", RecordKind::SieNewDomain);
                let mut cp = Checkpoint::new(Service::Sie, "bench", serde_json::Value::Null);
                sink.begin(None)?;
                let started = Instant::now();
                for chunk in records.chunks(page) {
                    for r in chunk {
                        sink.write_record(r)?;
                    }
                    cp.items += chunk.len() as u64;
                    sink.commit_checkpoint(&store, "bench", &mut cp)?;
                }
                Ok((records.len(), started.elapsed().as_secs_f64()))
            })
            .await
            .expect("the load")?;
            println!(
                "{{\"rows\": {}, \"secs\": {:.4}, \"rows_per_s\": {:.0}}}",
                result.0,
                result.1,
                result.0 as f64 / result.1
            );
        }
        _ => {
            let _ = writeln!(
                std::io::stderr(),
                "usage: pg_load load FILE [PAGE] | pg_load csv FILE OUT.csv"
            );
            std::process::exit(2);
        }
    }
    Ok(())
}
