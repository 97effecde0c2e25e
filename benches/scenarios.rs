//! Library-side scenarios for `scripts/bench.sh` (run by `benches/run.py`).
//! Each prints one JSON line with what it processed; run.py times it.
//!
//! ```text
//! scenarios taxii-typed DISCOVERY_URL USER KEY COLLECTION PAGE_SIZE
//! scenarios sie-typed SIE_URL KEY CHANNEL START END
//! scenarios dojo-paging DD_URL KEY CONCURRENCY
//! ```

use futures::TryStreamExt;
use secops::defectdojo::DefectDojo;
use secops::sie::{Channel, SieBatch, Window};
use secops::taxii::{Taxii, TypedObject};

fn arg(i: usize) -> String {
    std::env::args()
        .nth(i)
        .unwrap_or_else(|| panic!("missing argument {i}: see benches/scenarios.rs"))
}

async fn taxii_typed() -> secops::Result<serde_json::Value> {
    let taxii = Taxii::builder()
        .url(arg(2))
        .basic_auth(arg(3), arg(4))
        .build()?;
    let page: u32 = arg(6).parse().expect("page size");
    let mut items = taxii.collection(arg(5)).objects().limit(page).items();
    let (mut objects, mut indicators) = (0u64, 0u64);
    while let Some(obj) = items.try_next().await? {
        if let TypedObject::Indicator(i) = obj.typed()? {
            indicators += 1;
            std::hint::black_box(&i);
        }
        objects += 1;
    }
    Ok(serde_json::json!({"objects": objects, "indicators": indicators}))
}

async fn sie_typed() -> secops::Result<serde_json::Value> {
    let sie = SieBatch::builder()
        .base_url(arg(2))
        .api_key(arg(3))
        .build()?;
    let channel = Channel::new(arg(4).parse::<i64>().expect("channel"))?;
    let window = Window::parse(&arg(5), &arg(6))?;
    let mut records = sie
        .fetch_channel(channel, window)
        .unchecked()
        .records()
        .await?;
    let mut domains = 0u64;
    while let Some(r) = records.next_record().await? {
        if r.domain().is_some() {
            domains += 1;
        }
    }
    Ok(
        serde_json::json!({"records": records.records(), "bytes": records.bytes(), "domains": domains}),
    )
}

async fn dojo_paging() -> secops::Result<serde_json::Value> {
    let dd = DefectDojo::builder().url(arg(2)).token(arg(3)).build()?;
    let conc: usize = arg(4).parse().expect("concurrency");
    let mut items = dd.findings().page_size(100).concurrency(conc).items();
    let mut n = 0u64;
    while let Some(f) = items.try_next().await? {
        std::hint::black_box(&f);
        n += 1;
    }
    Ok(serde_json::json!({"findings": n}))
}

fn main() {
    let scenario = std::env::args().nth(1).unwrap_or_default();
    // `cargo bench` passes --bench; nothing to do then.
    if scenario.is_empty() || scenario == "--bench" {
        eprintln!("usage: see benches/scenarios.rs (run through scripts/bench.sh)");
        return;
    }
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("runtime");
    let result = rt.block_on(async {
        match scenario.as_str() {
            "taxii-typed" => taxii_typed().await,
            "sie-typed" => sie_typed().await,
            "dojo-paging" => dojo_paging().await,
            other => panic!("unknown scenario {other}"),
        }
    });
    match result {
        Ok(v) => println!("{v}"),
        Err(e) => {
            eprintln!("error: {e}");
            std::process::exit(1);
        }
    }
}
