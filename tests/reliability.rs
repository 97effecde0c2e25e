//! Reliability: for each service a full sync through every kind of fault
//! delivers every record exactly once and in order; 16 concurrent syncs sharing
//! one client under a rate limit lose nothing.
#![cfg(all(
    feature = "sim",
    feature = "defendis",
    feature = "sandbox",
    feature = "defectdojo",
    feature = "sie",
    feature = "taxii"
))]

use std::time::Duration;

use futures::TryStreamExt;
use secops::defectdojo::DefectDojo;
use secops::defendis::{Dataset, Defendis};
use secops::sandbox::{Listing, Sandbox, Subset};
use secops::sie::{Channel, SieBatch, Window};
use secops::sim::{Faults, SimHandle, Simulator};
use secops::taxii::Taxii;
use secops::{MemoryCheckpoints, MemorySink, RetryPolicy, Service};

/// Every fault kind at once; Retry-After 0 so that no test waits real seconds.
fn every_fault() -> Faults {
    Faults {
        rate_limit_every: Some(6),
        retry_after_secs: 0,
        server_error_rate: 0.06,
        drop_rate: 0.05,
        truncate_rate: 0.05,
        latency: Duration::from_millis(1),
    }
}

fn fast_retry() -> RetryPolicy {
    RetryPolicy::default()
        .max_attempts(12)
        .initial_backoff(Duration::from_millis(1))
        .max_backoff(Duration::from_millis(20))
}

async fn start(seed: u64) -> SimHandle {
    Simulator::builder().seed(seed).start().await.unwrap()
}

/// Runs `sync` without faults (the reference), then with every fault on, and
/// checks that the records are identical, in the same order.
async fn compare<F, Fut>(sim: &SimHandle, what: &str, sync: F)
where
    F: Fn() -> Fut,
    Fut: std::future::Future<Output = secops::Result<(Vec<Vec<u8>>, u64)>>,
{
    sim.set_faults(Faults::none());
    let (reference, _) = sync().await.unwrap();
    assert!(reference.len() > 10, "{what}: the reference has records");
    let before = sim.fault_counts();
    sim.set_faults(every_fault());
    let (faulted, retries) = sync().await.unwrap_or_else(|e| panic!("{what}: {e}"));
    sim.set_faults(Faults::none());
    let after = sim.fault_counts();
    let faults = after.total() - before.total();
    println!(
        "{what}: {} records, {faults} faults ridden through (429: {}, 5xx: {}, dropped: {}, truncated: {}), {retries} retries",
        faulted.len(),
        after.rate_limited - before.rate_limited,
        after.server_errors - before.server_errors,
        after.dropped - before.dropped,
        after.truncated - before.truncated,
    );
    assert!(faults > 0, "{what}: faults were injected");
    assert!(retries > 0, "{what}: retries happened");
    assert_eq!(
        faulted.len(),
        reference.len(),
        "{what}: same number of records"
    );
    assert!(
        faulted == reference,
        "{what}: same records in the same order"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn defendis_sync_through_every_fault() {
    let sim = start(21).await;
    compare(&sim, "defendis credentials", || async {
        let retry = fast_retry();
        let client = Defendis::builder()
            .base_url(sim.url(Service::Defendis))
            .api_key(sim.key(Service::Defendis))
            .retry(retry.clone())
            .build()?;
        let mut sink = MemorySink::new();
        let store = MemoryCheckpoints::new();
        client
            .sync_dataset(Dataset::credentials("example.com"), None, &mut sink, &store)
            .page_size(25)
            .await?;
        Ok((sink.records(), retry.stats().retries()))
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sandbox_listing_through_every_fault() {
    let sim = start(22).await;
    compare(&sim, "sandbox public samples", || async {
        let retry = fast_retry();
        let client = Sandbox::builder()
            .base_url(sim.url(Service::Sandbox))
            .api_key(sim.key(Service::Sandbox))
            .retry(retry.clone())
            .build()?;
        let mut sink = MemorySink::new();
        let store = MemoryCheckpoints::new();
        client
            .sync_samples(Listing::Samples(Subset::Public), &mut sink, &store)
            .page_size(20)
            .await?;
        Ok((sink.records(), retry.stats().retries()))
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn defectdojo_paging_through_every_fault() {
    let sim = start(23).await;
    compare(&sim, "defectdojo findings (concurrency 4)", || async {
        let retry = fast_retry();
        let client = DefectDojo::builder()
            .url(sim.url(Service::DefectDojo))
            .token(sim.key(Service::DefectDojo))
            .retry(retry.clone())
            .build()?;
        let items: Vec<_> = client
            .findings()
            .page_size(50)
            .concurrency(4)
            .items()
            .try_collect()
            .await?;
        let records = items
            .iter()
            .map(|f| serde_json::to_vec(f).unwrap())
            .collect();
        Ok((records, retry.stats().retries()))
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sie_sync_through_every_fault() {
    let sim = start(24).await;
    let probe = SieBatch::builder()
        .base_url(sim.url(Service::Sie))
        .api_key(sim.key(Service::Sie))
        .build()
        .unwrap();
    let d = probe
        .channel_detail(Channel::NEWLY_OBSERVED_DOMAINS)
        .await
        .unwrap();
    let end = secops::sie::truncate_to_minute(d.latest) - chrono::Duration::minutes(1);
    let window = Window::new(end - chrono::Duration::minutes(90), end).unwrap();
    compare(&sim, "sie channel 212, 90 minutes", || async {
        let retry = fast_retry();
        let client = SieBatch::builder()
            .base_url(sim.url(Service::Sie))
            .api_key(sim.key(Service::Sie))
            .retry(retry.clone())
            .build()?;
        let sink = MemorySink::new();
        let report = client
            .sync_channel(
                Channel::NEWLY_OBSERVED_DOMAINS,
                window,
                sink.clone(),
                MemoryCheckpoints::new(),
            )
            .chunk(Duration::from_secs(60))
            .await?;
        Ok((
            sink.records(),
            retry.stats().retries() + report.detail.refetches,
        ))
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn taxii_sync_through_every_fault() {
    let sim = start(25).await;
    compare(&sim, "taxii indicators", || async {
        let retry = fast_retry();
        let client = Taxii::builder()
            .url(sim.url(Service::Taxii))
            .basic_auth(sim.keys().taxii_user.clone(), sim.key(Service::Taxii))
            .retry(retry.clone())
            .build()?;
        let mut sink = MemorySink::new();
        let store = MemoryCheckpoints::new();
        client
            .collection(secops::sim::taxii::INDICATORS)
            .sync(&mut sink, &store)
            .request(|r| r.limit(50))
            .await?;
        Ok((sink.records(), retry.stats().retries()))
    })
    .await;
}

/// 16 syncs at once on one shared client, against a rate limit: nothing lost.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sixteen_concurrent_syncs_share_one_client_under_a_rate_limit() {
    let sim = start(26).await;
    let retry = fast_retry();
    let taxii = Taxii::builder()
        .url(sim.url(Service::Taxii))
        .basic_auth(sim.keys().taxii_user.clone(), sim.key(Service::Taxii))
        .retry(retry.clone())
        .build()
        .unwrap();
    let defendis = Defendis::builder()
        .base_url(sim.url(Service::Defendis))
        .api_key(sim.key(Service::Defendis))
        .retry(retry.clone())
        .build()
        .unwrap();
    let reference_taxii: Vec<String> = taxii
        .collection(secops::sim::taxii::INDICATORS)
        .objects()
        .limit(100)
        .items()
        .map_ok(|o| o.id().to_string())
        .try_collect()
        .await
        .unwrap();
    let mut reference_defendis = MemorySink::new();
    defendis
        .sync_dataset(
            Dataset::credentials("example.com"),
            None,
            &mut reference_defendis,
            MemoryCheckpoints::new(),
        )
        .page_size(50)
        .await
        .unwrap();
    let reference_defendis = reference_defendis.records();

    sim.set_faults(Faults {
        rate_limit_every: Some(4),
        retry_after_secs: 0,
        ..Faults::none()
    });
    let before = sim.fault_counts().rate_limited;
    let mut tasks = Vec::new();
    for i in 0..16 {
        let taxii = taxii.clone();
        let defendis = defendis.clone();
        tasks.push(tokio::spawn(async move {
            if i % 2 == 0 {
                let ids: Vec<String> = taxii
                    .collection(secops::sim::taxii::INDICATORS)
                    .objects()
                    .limit(100)
                    .items()
                    .map_ok(|o| o.id().to_string())
                    .try_collect()
                    .await?;
                Ok::<_, secops::Error>((i, ids.len(), ids.join("\n").into_bytes()))
            } else {
                let mut sink = MemorySink::new();
                defendis
                    .sync_dataset(
                        Dataset::credentials("example.com"),
                        None,
                        &mut sink,
                        MemoryCheckpoints::new(),
                    )
                    .page_size(50)
                    .await?;
                let recs = sink.records();
                Ok((i, recs.len(), recs.concat()))
            }
        }));
    }
    for t in tasks {
        let (i, n, bytes) = t.await.unwrap().unwrap();
        if i % 2 == 0 {
            assert_eq!(n, reference_taxii.len(), "sync {i}");
            assert_eq!(bytes, reference_taxii.join("\n").into_bytes(), "sync {i}");
        } else {
            assert_eq!(n, reference_defendis.len(), "sync {i}");
            assert_eq!(bytes, reference_defendis.concat(), "sync {i}");
        }
    }
    let limited = sim.fault_counts().rate_limited - before;
    println!(
        "16 concurrent syncs: {limited} rate-limit answers ridden through, {} retries",
        retry.stats().retries()
    );
    assert!(limited > 16, "the rate limit was hit ({limited})");
}

/// Single calls through the generated clients (typed methods and the
/// `generated()` escape hatch) retry the whole exchange: a body cut mid-way is
/// fetched again, on all three OpenAPI services.
#[tokio::test]
async fn generated_calls_refetch_bodies_cut_mid_way() {
    let sim = start(41).await;
    let sb = Sandbox::builder()
        .url(sim.url(Service::Sandbox))
        .api_key(sim.key(Service::Sandbox))
        .retry(fast_retry())
        .build()
        .unwrap();
    let dd = DefectDojo::builder()
        .url(sim.url(Service::DefectDojo))
        .token(sim.key(Service::DefectDojo))
        .retry(fast_retry())
        .build()
        .unwrap();
    let df = Defendis::builder()
        .url(sim.url(Service::Defendis))
        .api_key(sim.key(Service::Defendis))
        .retry(fast_retry())
        .build()
        .unwrap();
    let sample = sb.samples(Subset::Public).first_page().await.unwrap().items[0]
        .id
        .clone();
    let finding = dd.findings().first_page().await.unwrap().items[0].id;
    let want = (
        sb.sample(&sample).await.unwrap(),
        dd.finding(finding).await.unwrap(),
    );
    sim.set_faults(Faults {
        drop_rate: 0.4,
        ..Faults::none()
    });
    let before = sim.fault_counts().dropped;
    for _ in 0..15 {
        assert_eq!(sb.sample(&sample).await.unwrap(), want.0);
        assert_eq!(dd.finding(finding).await.unwrap(), want.1);
        let raw = dd
            .generated()
            .findings_retrieve()
            .id(finding)
            .send()
            .await
            .unwrap()
            .into_inner();
        assert_eq!(raw.id, finding);
        df.health().await.unwrap();
    }
    sim.set_faults(Faults::none());
    assert!(
        sim.fault_counts().dropped > before + 5,
        "bodies were cut: {:?}",
        sim.fault_counts()
    );
}
