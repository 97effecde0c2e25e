//! Recorded Future Sandbox: submit a file, follow it, read its reports, download
//! its network capture, search.
//!
//! With `SANDBOX_API_KEY` set this talks to the real service (`SANDBOX_URL` picks
//! `recordedfuture`, `tria.ge`, `private` or a base URL) and submits the file given
//! as the first argument; without it, it starts the embedded simulator and submits
//! a small generated file.
//!
//! ```sh
//! cargo run --example sandbox
//! SANDBOX_API_KEY=... cargo run --example sandbox -- ./suspicious.exe
//! ```

use std::time::Duration;

use futures::TryStreamExt;
use secops::sandbox::{Artifact, Sandbox, SubmitOptions, Subset};
use secops::sim::Simulator;
use secops::Service;

#[tokio::main]
async fn main() -> secops::Result<()> {
    let dir = std::env::temp_dir().join(format!("secops-sandbox-example-{}", std::process::id()));
    std::fs::create_dir_all(&dir).map_err(|e| secops::Error::io("creating a work directory", e))?;

    // A client for the real service, or for the embedded simulator.
    let (sandbox, _sim, file) = if std::env::var("SANDBOX_API_KEY").is_ok() {
        let file = std::env::args().nth(1).ok_or_else(|| {
            secops::Error::invalid_input("give the file to submit as the first argument")
        })?;
        (Sandbox::from_env()?, None, std::path::PathBuf::from(file))
    } else {
        let sim = Simulator::builder().seed(42).size(300).start().await?;
        println!(
            "no SANDBOX_API_KEY: using the simulator at {}",
            sim.url(Service::Sandbox)
        );
        let sandbox = Sandbox::builder()
            .base_url(sim.url(Service::Sandbox))
            .api_key(sim.key(Service::Sandbox))
            .build()?;
        let file = dir.join("invoice.exe");
        std::fs::write(&file, b"MZ\x90\x00 not really a program".repeat(4096))
            .map_err(|e| secops::Error::io("writing the demo file", e))?;
        (sandbox, Some(sim), file)
    };

    let profiles = sandbox.profiles().await?;
    println!(
        "{} profiles, e.g. {:?}",
        profiles.len(),
        profiles.first().map(|p| &p.name)
    );

    // Submit (streamed from disk) and follow the sample to the end.
    let sample = sandbox
        .submit_file(&file, SubmitOptions::new().user_tag("example:secops"))
        .await?;
    println!("submitted {} ({})", sample.id, sample.state());
    let done = sandbox
        .wait_for(&sample.id)
        .timeout(Duration::from_secs(30 * 60))
        .on_event(|s| println!("  now {}", s.state()))
        .await?;
    println!("{} ended {}", done.id, done.state());

    if done.state() == secops::sandbox::SampleStatus::Reported {
        let overview = sandbox.overview_report(&done.id).await?;
        if let Some(a) = &overview.analysis {
            println!(
                "score {:?}, family {:?}, tags {:?}",
                a.score, a.family, a.tags
            );
        }
        if let Some(task) = done.tasks.iter().find(|t| t.id.starts_with("behavioral")) {
            let pcap = dir.join("dump.pcap");
            let summary = sandbox
                .download(Artifact::pcap(&done.id, &task.id))
                .on_progress(|p| {
                    if p.total == Some(p.bytes) {
                        println!("  pcap: {} bytes", p.bytes);
                    }
                })
                .to_path(&pcap)
                .await?;
            println!("network capture of {} saved to {:?}", task.id, summary.path);
        }
    }

    // The public feed, and a search, as lazy streams.
    let recent: Vec<_> = sandbox
        .samples(Subset::Public)
        .page_size(50)
        .max_items(5)
        .items()
        .try_collect()
        .await?;
    for s in &recent {
        println!(
            "public {} {}",
            s.id,
            s.filename.as_deref().or(s.url.as_deref()).unwrap_or("?")
        );
    }
    let hits: Vec<_> = sandbox
        .search("family:emotet")
        .max_items(3)
        .items()
        .try_collect()
        .await?;
    println!("{} emotet samples (first 3)", hits.len());
    let _ = std::fs::remove_dir_all(&dir);
    Ok(())
}
