//! DefectDojo tour: get-or-create a CI context, import and reimport a scan,
//! stream findings with parallel paging, and sync them to NDJSON with a
//! checkpoint.
//!
//! ```text
//! cargo run --example defectdojo                  # against the embedded simulator
//! DD_URL=https://dd.example.com DD_API_KEY=... cargo run --example defectdojo
//! ```
//!
//! Against a real instance it only reads (listing and sync into a temporary
//! directory) unless `DD_EXAMPLE_WRITE=1`, which also creates the context
//! "secops example" and imports two small scans there.

#[cfg(all(feature = "defectdojo", feature = "sim"))]
#[tokio::main]
async fn main() -> secops::Result<()> {
    use futures::TryStreamExt;
    use secops::defectdojo::{
        ContextSpec, DefectDojo, FindingFilter, ImportOptions, ReimportOptions, ScanType, Severity,
    };
    use secops::{FileCheckpoints, NdjsonFile, Service};

    // A real instance when DD_API_KEY is set, the simulator otherwise.
    let (dd, _sim, write) = if std::env::var("DD_API_KEY").is_ok_and(|k| !k.is_empty()) {
        let write = std::env::var("DD_EXAMPLE_WRITE").is_ok_and(|v| v == "1");
        (DefectDojo::from_env()?, None, write)
    } else {
        let sim = secops::sim::Simulator::builder().size(500).start().await?;
        let dd = DefectDojo::builder()
            .url(sim.url(Service::DefectDojo))
            .token(sim.key(Service::DefectDojo))
            .build()?;
        println!(
            "using the embedded simulator at {}",
            sim.url(Service::DefectDojo)
        );
        (dd, Some(sim), true)
    };
    let dir = std::env::temp_dir().join(format!("secops-dd-example-{}", std::process::id()));
    std::fs::create_dir_all(&dir)
        .map_err(|e| secops::Error::io("creating the example directory", e))?;

    if write {
        let ctx = dd
            .ensure_context(
                ContextSpec::new("secops example", "Example App", "CI main").build_id("1"),
            )
            .await?;
        println!(
            "context: product type {}, product {}, engagement {}",
            ctx.product_type_id, ctx.product_id, ctx.engagement_id
        );

        let scan = dir.join("scan.json");
        let findings = |titles: &[(&str, &str)]| {
            serde_json::json!({"findings": titles.iter().map(|(t, s)| serde_json::json!({
                "title": t, "severity": s, "description": format!("{t} found by the example"), "unique_id_from_tool": t
            })).collect::<Vec<_>>()})
        };
        let save = |v: serde_json::Value| {
            std::fs::write(&scan, v.to_string())
                .map_err(|e| secops::Error::io("writing the scan", e))
        };
        save(findings(&[
            ("Outdated openssl", "High"),
            ("Debug endpoint exposed", "Medium"),
            ("Verbose banner", "Info"),
        ]))?;
        let imported = dd
            .import_scan(
                ImportOptions::new(ScanType::GENERIC, &scan)
                    .engagement(ctx.engagement_id)
                    .minimum_severity(Severity::Low)
                    .tags(["ci", "example"]),
            )
            .await?;
        let test_id = imported.test_id.unwrap_or_default();
        println!("imported into test {test_id}");

        save(findings(&[
            ("Outdated openssl", "High"),
            ("Hard-coded token", "Critical"),
        ]))?;
        let r = dd
            .reimport_scan(ReimportOptions::new(ScanType::GENERIC, &scan).test(test_id))
            .await?;
        if let Some(delta) = r.statistics.and_then(|s| s.delta) {
            let n = |s: Option<secops::defectdojo::types::SeverityStatusStatistics>| {
                s.and_then(|s| s.total).and_then(|t| t.total).unwrap_or(0)
            };
            println!(
                "reimport: {} created, {} closed, {} untouched",
                n(delta.created),
                n(delta.closed),
                n(delta.untouched)
            );
        }
    }

    let page = dd.findings().active(true).page_size(1).first_page().await?;
    println!("{} active findings", page.total.unwrap_or(0));
    let mut high = dd
        .findings()
        .severity(Severity::High)
        .active(true)
        .concurrency(4)
        .max_items(5)
        .items();
    while let Some(f) = high.try_next().await? {
        println!(
            "  #{} {} ({})",
            f.id,
            f.title.unwrap_or_default(),
            f.component_name.unwrap_or_default()
        );
    }

    let store = FileCheckpoints::new(dir.join("state"))?;
    let out = dir.join("critical.ndjson");
    let report = dd
        .sync_findings(
            FindingFilter::new().severity(Severity::Critical),
            NdjsonFile::create(&out)?,
            &store,
        )
        .on_progress(|p| eprintln!("  synced {} findings ({} pages)", p.records, p.pages))
        .await?;
    println!(
        "{} critical findings written to {} (up to id {})",
        report.records,
        out.display(),
        report.detail.last_id
    );
    if _sim.is_some() {
        let _ = std::fs::remove_dir_all(&dir);
    }
    Ok(())
}

#[cfg(not(all(feature = "defectdojo", feature = "sim")))]
fn main() {
    eprintln!("this example needs the `defectdojo` and `sim` features");
}
