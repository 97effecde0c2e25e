//! `secops sim`: serve the simulator in the foreground.

use clap::Args;
use secops::sim::{Faults, Simulator};
use secops::{Error, Service};

use crate::common::{interrupted, Global};

/// Arguments of `secops sim`.
#[derive(Args, Debug)]
pub struct SimArgs {
    /// Port to listen on (127.0.0.1); 0 picks a free one.
    #[arg(long, default_value_t = 0)]
    port: u16,
    /// Seed for the generated data and the injected faults.
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// Records per dataset / objects per collection.
    #[arg(long, default_value_t = 1000)]
    size: usize,
    /// Faults to inject: comma-separated 429=N, 5xx=RATE, drop=RATE, truncate=RATE,
    /// latency=MS, or `all`.
    #[arg(long, default_value = "none")]
    faults: String,
    /// TAXII server behaviours, as the JSON the simulators' control route takes
    /// (applied to both TAXII servers), e.g.
    /// '{"single_use_next":true,"next_ttl_ms":2000,"tie_group":7,"inclusive_added_after":true}'.
    /// Keys: single_use_next, reuse_next (medallion-style advancing tokens),
    /// next_ttl_ms, next_tokens (false: paging by X-TAXII-Date-Added-Last only),
    /// inclusive_added_after, tie_group, max_page_size, x_api_key_only; with
    /// "collection": ID they apply to that collection only. Cut responses:
    /// --faults drop=RATE.
    #[arg(long, value_name = "JSON")]
    taxii: Option<String>,
}

/// Runs the simulator until Ctrl-C.
pub async fn run(global: &Global, args: SimArgs) -> secops::Result<()> {
    let faults = Faults::parse(&args.faults)?;
    let taxii = match &args.taxii {
        Some(text) => match serde_json::from_str::<serde_json::Value>(text) {
            Ok(v) if v.is_object() => Some(v),
            Ok(_) => return Err(Error::invalid_input("--taxii: expected a JSON object")),
            Err(e) => return Err(Error::invalid_input(format!("--taxii: not JSON: {e}"))),
        },
        None => None,
    };
    let sim = Simulator::builder()
        .seed(args.seed)
        .size(args.size)
        .faults(faults)
        .port(args.port)
        .start()
        .await?;
    if let Some(body) = &taxii {
        // Both TAXII servers; with "collection", the one that has it.
        let mut refusals = Vec::new();
        for prefix in ["taxii", "socdef"] {
            let r = reqwest::Client::new()
                .post(format!("{}/{prefix}/_sim/control", sim.origin()))
                .json(body)
                .send()
                .await
                .map_err(|e| Error::from_reqwest(Service::Taxii, e))?;
            if !r.status().is_success() {
                refusals.push(r.text().await.unwrap_or_default());
            }
        }
        let scoped = body.get("collection").is_some();
        if (!scoped && !refusals.is_empty()) || refusals.len() == 2 {
            return Err(Error::invalid_input(format!("--taxii: {}", refusals[0])));
        }
    }
    // The URLs and demo keys go to stdout: they are the command's output.
    let services = [
        (Service::Defendis, "DEFENDIS_API_KEY"),
        (Service::Sandbox, "SANDBOX_API_KEY"),
        (Service::DefectDojo, "DD_API_KEY"),
        (Service::Sie, "SIE_API_KEY"),
        (Service::Taxii, "TAXII_API_KEY"),
    ];
    println!(
        "secops simulator on {} (seed {}, size {})",
        sim.origin(),
        args.seed,
        args.size
    );
    for (svc, var) in services {
        println!(
            "{:<12} {:<48} {var}={}",
            svc.as_str(),
            sim.url(svc),
            sim.key(svc)
        );
    }
    println!(
        "{:<12} {:<48} TAXII_API_KEY={} (X-API-Key)",
        "taxii-socdef",
        sim.socdef_url(),
        sim.key(Service::Taxii)
    );
    println!("TAXII Basic user: {}", sim.keys().taxii_user);
    println!("DD_URL={}", sim.url(Service::DefectDojo));
    interrupted().await;
    let counts = sim.fault_counts();
    global.summary(
        "simulator stopped",
        &[
            ("requests", counts.requests.into()),
            ("faults injected", counts.total().into()),
        ],
    );
    sim.shutdown().await;
    Ok(())
}
