//! TAXII 2.1: discover, list collections, delta-poll a collection twice with a
//! checkpoint, publish an indicator and wait for its status.
//!
//! With `TAXII_URL` (and `TAXII_API_KEY`, or `TAXII_USERNAME` + `TAXII_PASSWORD`)
//! set, it runs against that server (read-only unless `TAXII_PUBLISH_TO` names
//! a writable collection); otherwise against the embedded simulator.
//!
//! ```text
//! cargo run --example taxii
//! TAXII_URL=https://socdefenders.ai/api/taxii2/ TAXII_API_KEY=sk_live_... \
//!     TAXII_COLLECTION=soc-defenders-network cargo run --example taxii
//! ```

use std::time::Duration;

use futures::TryStreamExt;
use secops::taxii::stix::{Indicator, TypedObject};
use secops::taxii::Taxii;
use secops::{FileCheckpoints, Service};

#[tokio::main]
async fn main() -> secops::Result<()> {
    let mut _sim = None;
    let (taxii, collection, publish_to) = if std::env::var_os("TAXII_URL").is_some() {
        let collection = std::env::var("TAXII_COLLECTION").unwrap_or_default();
        (
            Taxii::from_env()?,
            collection,
            std::env::var("TAXII_PUBLISH_TO").ok(),
        )
    } else {
        let sim = secops::sim::Simulator::builder().size(2500).start().await?;
        println!(
            "no TAXII_URL: using the embedded simulator at {}",
            sim.origin()
        );
        let t = Taxii::builder()
            .url(sim.url(Service::Taxii))
            .basic_auth(sim.keys().taxii_user.clone(), sim.key(Service::Taxii))
            .build()?;
        _sim = Some(sim);
        (
            t,
            secops::sim::taxii::INDICATORS.to_string(),
            Some(secops::sim::taxii::INBOX.to_string()),
        )
    };

    let discovery = taxii.discover().await?;
    println!(
        "server: {} ({} API roots)",
        discovery.title,
        discovery.api_roots.len()
    );
    let collections = taxii.collections().await?;
    for c in &collections {
        println!(
            "  collection {} — {} (read {}, write {})",
            c.id, c.title, c.can_read, c.can_write
        );
    }
    let collection = if collection.is_empty() {
        collections
            .iter()
            .find(|c| c.can_read)
            .map(|c| c.id.clone())
            .unwrap_or_default()
    } else {
        collection
    };

    // Delta poll twice: the second run only fetches what was added since.
    let dir = std::env::temp_dir().join(format!("secops-taxii-example-{}", std::process::id()));
    let store = FileCheckpoints::new(&dir)?;
    for run in 1..=2 {
        let mut poll = taxii
            .collection(&collection)
            .objects()
            .limit(1000)
            .poll(&store);
        let mut by_type = std::collections::BTreeMap::<String, u64>::new();
        while let Some(obj) = poll.try_next().await? {
            *by_type.entry(obj.object_type().to_string()).or_default() += 1;
        }
        let s = poll.stats();
        println!(
            "poll run {run}: {} objects in {} pages, watermark {:?}, by type {by_type:?}",
            s.objects,
            s.pages,
            poll.watermark()
        );
    }

    // Typed access on demand.
    let first = taxii
        .collection(&collection)
        .objects()
        .limit(5)
        .first_page()
        .await?;
    for obj in &first.items {
        if let TypedObject::Indicator(ind) = obj.typed()? {
            println!("  indicator {} pattern {}", ind.common.id, ind.pattern);
        }
    }

    if let Some(target) = publish_to {
        let ind = Indicator::new("[domain-name:value = 'example-c2.invalid']")?.to_object()?;
        let inbox = taxii.collection(&target);
        let status = inbox.add_objects(&[ind]).await?;
        let done = inbox
            .wait_for_status(&status, Duration::from_millis(200), Duration::from_secs(30))
            .await?;
        println!(
            "published to {target}: status {} ({} added, {} failed)",
            done.status, done.success_count, done.failure_count
        );
    }
    let _ = std::fs::remove_dir_all(&dir);
    Ok(())
}
