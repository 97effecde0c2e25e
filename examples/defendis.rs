//! Defendis in a few lines: check the scope, read a window of leaked
//! credentials, then sync a dataset to NDJSON with a checkpoint.
//!
//! ```text
//! cargo run --example defendis                 # against the embedded simulator
//! DEFENDIS_API_KEY=... cargo run --example defendis -- yourdomain.com
//! ```

#[cfg(all(feature = "defendis", feature = "sim"))]
#[tokio::main]
async fn main() -> secops::Result<()> {
    use futures::TryStreamExt;
    use secops::defendis::{Dataset, DateWindow, Defendis, SortOrder};
    use secops::sim::{defendis::SCOPED_DOMAIN, Simulator};
    use secops::{FileCheckpoints, NdjsonFile, Service};

    // The real service when a key is set, else the embedded simulator.
    let (defendis, domain, _sim) = if std::env::var_os("DEFENDIS_API_KEY").is_some() {
        let domain = std::env::args().nth(1).ok_or_else(|| {
            secops::Error::invalid_input(
                "give a watched domain: cargo run --example defendis -- example.com",
            )
        })?;
        (Defendis::from_env()?, domain, None)
    } else {
        let sim = Simulator::builder().start().await?;
        let client = Defendis::builder()
            .api_key(sim.key(Service::Defendis))
            .base_url(sim.url(Service::Defendis))
            .build()?;
        eprintln!(
            "no DEFENDIS_API_KEY: using the simulator at {}",
            sim.url(Service::Defendis)
        );
        (client, SCOPED_DOMAIN.to_string(), Some(sim))
    };

    println!("health: {}", defendis.health().await?.status);
    let stats = defendis.watchlists().stats().await?;
    for (metric, q) in &stats.quotas {
        println!("quota {metric}: {:?} of {:?}", q.used, q.limit);
    }

    let window = DateWindow::parse("2024-01-01", "2024-04-01")?;
    let mut latest = defendis
        .dataleaks()
        .credentials(&domain)
        .window(window)
        .sort_order(SortOrder::Desc)
        .max_items(5)
        .items();
    while let Some(cred) = latest.try_next().await? {
        // Leaked data is sensitive: print only what is needed.
        println!(
            "{} leaked {}",
            cred.email.as_deref().unwrap_or("?"),
            cred.leak_date.as_deref().unwrap_or("?")
        );
    }

    let dir = std::env::temp_dir().join("secops-defendis-example");
    let store = FileCheckpoints::new(dir.join("state"))?;
    let mut out = NdjsonFile::create(dir.join("credentials.ndjson"))?;
    let report = defendis
        .sync_dataset(
            Dataset::credentials(&domain),
            Some(window),
            &mut out,
            &store,
        )
        .page_size(100)
        .await?;
    println!(
        "synced {} records in {} pages to {} (resumed: {}, already complete: {})",
        report.records,
        report.pages,
        out.path().display(),
        report.resumed,
        report.already_complete
    );
    Ok(())
}

#[cfg(not(all(feature = "defendis", feature = "sim")))]
fn main() {
    eprintln!("this example needs the `defendis` and `sim` features");
}
