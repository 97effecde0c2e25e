//! SIE Batch tour: validate the key, read channel details, stream typed
//! records, sync a window resumably to a file, and fetch through a presigned URL.
//!
//! ```text
//! cargo run --example sie                      # against the embedded simulator
//! SIE_API_KEY=xxxxxxxx-... cargo run --example sie   # against the real service
//! ```
//!
//! With `SIE_API_KEY` set it talks to the real service (or `SIE_URL`);
//! otherwise it starts the simulator in-process. The key and presigned URLs
//! are never printed.

use std::time::Duration;

use secops::sie::{Channel, SieBatch};
use secops::{FileCheckpoints, NdjsonFile, Service};

#[tokio::main]
async fn main() -> secops::Result<()> {
    // 1. A client: from the environment, or against the embedded simulator.
    let mut _sim = None;
    let sie = if std::env::var_os("SIE_API_KEY").is_some() {
        SieBatch::from_env()?
    } else {
        let sim = secops::sim::Simulator::builder().start().await?;
        println!(
            "no SIE_API_KEY: using the simulator at {}",
            sim.url(Service::Sie)
        );
        let sie = SieBatch::builder()
            .api_key(sim.key(Service::Sie))
            .base_url(sim.url(Service::Sie))
            .build()?;
        _sim = Some(sim);
        sie
    };

    // 2. Who am I, and what may I fetch?
    let profile = sie.validate().await?;
    println!("user {}", profile.username.as_deref().unwrap_or("?"));
    for (ch, info) in &profile.channels {
        println!("  {ch}: {}", info.description.as_deref().unwrap_or(""));
    }

    // 3. What does the channel hold now?
    let ch = Channel::NEWLY_OBSERVED_DOMAINS;
    let details = sie.channel_detail(ch).await?;
    println!(
        "{ch}: {} → {} UTC, {} bytes, {}",
        secops::sie::format_time(details.earliest),
        secops::sie::format_time(details.latest),
        details.size,
        details.mimetype
    );

    // 4. Typed records of the last 30 minutes, streamed (constant memory).
    let window = details.last_minutes(30)?;
    let mut records = sie.fetch_channel(ch, window).records().await?;
    let mut shown = 0;
    while let Some(r) = records.next_record().await? {
        if shown < 3 {
            shown += 1;
            let m = r.message.as_ref();
            println!(
                "  {} {} {}",
                r.time.as_deref().unwrap_or("?"),
                r.domain().unwrap_or("?"),
                m.and_then(|m| m.rrtype.as_deref()).unwrap_or("?")
            );
        }
    }
    println!(
        "{} records ({} bytes) in {window}",
        records.records(),
        records.bytes()
    );

    // 5. A resumable sync of the same window in 10-minute chunks: run it again
    //    after a kill and it resumes at the first unfinished chunk.
    let dir = std::env::temp_dir().join(format!("secops-sie-example-{}", std::process::id()));
    let store = FileCheckpoints::new(dir.join("state"))?;
    let out = dir.join("nod.ndjson");
    let report = sie
        .sync_channel(ch, window, NdjsonFile::create(&out)?, &store)
        .chunk(Duration::from_secs(10 * 60))
        .on_progress(|p| {
            println!(
                "  chunk {}/{} done ({} records)",
                p.detail.chunks_done, p.detail.chunks_total, p.records
            )
        })
        .await?;
    println!("sync: {report} → {}", out.display());

    // 6. A presigned URL (a secret: only its redacted form is printed), downloaded.
    let last10 = details.last_minutes(10)?;
    let url = sie.make_url(ch, last10).await?;
    println!("presigned URL: {}", url.redacted());
    let mut body = Vec::new();
    let got = sie.fetch_via_url(ch, last10, &mut body).await?;
    println!(
        "downloaded {} bytes ({} lines)",
        got.bytes,
        body.iter().filter(|b| **b == b'\n').count()
    );

    let _ = std::fs::remove_dir_all(&dir);
    Ok(())
}
