//! `secops demo`: the whole flow across all five services against the embedded
//! simulator, with rate limits and server errors injected on the reads.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use clap::Args;
use futures::TryStreamExt;
use secops::defectdojo::{DefectDojo, ImportOptions, ReimportOptions};
use secops::defendis::{Dataset, Defendis, WatchlistKind};
use secops::sandbox::{Artifact, Sandbox, SubmitOptions};
use secops::sie::{Channel, SieBatch, Window};
use secops::sim::{Faults, SimHandle, Simulator};
use secops::taxii::Taxii;
use secops::{Error, FileCheckpoints, NdjsonFile, RetryPolicy, Service};

use crate::common::Global;

/// Arguments of `secops demo`.
#[derive(Args, Debug)]
pub struct DemoArgs {
    /// Directory for the NDJSON output and checkpoints: created if missing;
    /// an existing one must be empty or an earlier demo's (it holds a
    /// `.secops-demo` marker), whose files are replaced. Nothing else in it
    /// is ever deleted.
    #[arg(long, value_name = "DIR", default_value = "secops-demo")]
    dir: PathBuf,
    /// Faults injected while reading (the writes run without faults: they are
    /// not retried automatically, by design).
    #[arg(
        long,
        default_value = "429=9,5xx=0.04,drop=0.02,truncate=0.02,retry-after=0"
    )]
    faults: String,
    /// Seed of the simulated data and faults.
    #[arg(long, default_value_t = 7)]
    seed: u64,
}

/// The marker file that says a directory is the demo's own.
const MARKER: &str = ".secops-demo";

/// The files the demo writes in its directory (each also as `NAME.partial`
/// while it is written), besides the checkpoints in [`STATE`].
const FILES: &[&str] = &[
    "defendis-credentials.ndjson",
    "sample.bin",
    "sandbox-overview.json",
    "sie-ch212.ndjson",
    "taxii-indicators-poll1.ndjson",
    "taxii-indicators-poll2.ndjson",
    "trivy-monday.json",
    "trivy-tuesday.json",
    "dojo-findings.ndjson",
];

/// The subdirectory of the checkpoints (`*.checkpoint.json`).
const STATE: &str = "state";

fn refuse(dir: &Path, why: &str) -> Error {
    Error::invalid_input(format!(
        "secops demo: {} {why}: nothing was deleted; pass --dir with a new or empty directory",
        dir.display()
    ))
}

/// Makes `dir` ready for a run, deleting only what an earlier demo wrote:
/// a missing directory is created, an empty one is taken; one holding the
/// marker has the demo's own files (by name) and checkpoints removed; any
/// other is refused before anything is deleted.
fn prepare_dir(dir: &Path) -> secops::Result<()> {
    let io =
        |what: &str, p: &Path, e: std::io::Error| Error::io(format!("{what} {}", p.display()), e);
    let meta = match std::fs::metadata(dir) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
        Err(e) => return Err(io("reading", dir, e)),
        Ok(m) => Some(m),
    };
    let marker = dir.join(MARKER);
    match meta {
        None => {}
        Some(m) if !m.is_dir() => return Err(refuse(dir, "is not a directory")),
        Some(_) => {
            if std::fs::symlink_metadata(&marker).is_ok_and(|m| m.is_file()) {
                return clean_dir(dir);
            }
            let mut entries = std::fs::read_dir(dir).map_err(|e| io("reading", dir, e))?;
            if entries.next().is_some() {
                return Err(refuse(
                    dir,
                    &format!(
                        "is not empty and was not written by secops demo (no {MARKER} file in it)"
                    ),
                ));
            }
        }
    }
    std::fs::create_dir_all(dir).map_err(|e| io("creating", dir, e))?;
    write_file(
        &marker,
        b"This directory is secops demo's: a new run deletes only the files it wrote here.\n",
    )
}

/// Removes the files an earlier demo wrote in `dir` (its own names only).
fn clean_dir(dir: &Path) -> secops::Result<()> {
    let remove = |p: &Path| match std::fs::remove_file(p) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => {
            Err(Error::io(format!("removing {}", p.display()), e))
        }
        _ => Ok(()),
    };
    for name in FILES {
        remove(&dir.join(name))?;
        remove(&dir.join(format!("{name}.partial")))?;
    }
    let state = dir.join(STATE);
    match std::fs::symlink_metadata(&state) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(Error::io(format!("reading {}", state.display()), e)),
        Ok(m) if !m.is_dir() => return Err(refuse(&state, "is not a directory")),
        Ok(_) => {}
    }
    let entries = std::fs::read_dir(&state)
        .map_err(|e| Error::io(format!("reading {}", state.display()), e))?;
    for entry in entries {
        let entry = entry.map_err(|e| Error::io(format!("reading {}", state.display()), e))?;
        let name = entry.file_name();
        let name = name.to_string_lossy();
        // Checkpoints, and the temporary files of a save cut short.
        let own = name.ends_with(".checkpoint.json")
            || (name.starts_with('.') && name.contains(".checkpoint.json.tmp-"));
        if own {
            remove(&entry.path())?;
        }
    }
    Ok(())
}

/// The path of one of the demo's [`FILES`] in `dir`.
fn own_file(dir: &Path, name: &str) -> PathBuf {
    debug_assert!(FILES.contains(&name), "{name} is missing from FILES");
    dir.join(name)
}

/// Writes a new file of the demo (mode 0600, never through a link).
fn write_file(p: &Path, bytes: &[u8]) -> secops::Result<()> {
    let mut f = secops::sink::open_private(p, true)?;
    f.write_all(bytes)
        .map_err(|e| Error::io(format!("writing {}", p.display()), e))
}

/// One line of the summary table.
struct Step {
    service: &'static str,
    what: String,
    records: u64,
    bytes: u64,
    elapsed: Duration,
    retries: u64,
    file: String,
}

/// A retry policy quick enough for a demo, with its own retry counter.
fn policy() -> RetryPolicy {
    RetryPolicy::default()
        .max_attempts(8)
        .initial_backoff(Duration::from_millis(5))
        .max_backoff(Duration::from_millis(100))
}

fn file_size(p: &Path) -> u64 {
    std::fs::metadata(p).map(|m| m.len()).unwrap_or(0)
}

fn display(p: &Path) -> String {
    p.display().to_string()
}

/// Runs the demo.
pub async fn run(global: &Global, args: DemoArgs) -> secops::Result<()> {
    let faults = Faults::parse(&args.faults)?;
    prepare_dir(&args.dir)?;
    let state = args.dir.join(STATE);
    std::fs::create_dir_all(&state)
        .map_err(|e| Error::io(format!("creating {}", state.display()), e))?;
    let sim = Simulator::builder()
        .seed(args.seed)
        .faults(faults.clone())
        .start()
        .await?;
    if !global.quiet {
        eprintln!(
            "secops demo: simulator of all five services on {} (faults on reads: {})",
            sim.origin(),
            args.faults
        );
    }
    let started = Instant::now();
    let mut steps = Vec::new();
    steps.extend(defendis(&sim, &args.dir, &state).await?);
    steps.extend(sandbox(&sim, &args.dir, &faults).await?);
    steps.extend(sie(&sim, &args.dir, &state).await?);
    steps.extend(taxii(&sim, &args.dir, &state).await?);
    steps.extend(dojo(&sim, &args.dir, &faults).await?);
    let counts = sim.fault_counts();
    let total = started.elapsed();

    let mut out = std::io::stdout().lock();
    let w = |e: std::io::Error| Error::io("writing to stdout", e);
    if global.json {
        let rows: Vec<serde_json::Value> = steps
            .iter()
            .map(|s| {
                serde_json::json!({
                    "service": s.service, "step": s.what, "records": s.records,
                    "bytes": s.bytes, "seconds": s.elapsed.as_secs_f64(),
                    "retries": s.retries, "file": s.file,
                })
            })
            .collect();
        let v = serde_json::json!({
            "steps": rows,
            "faults_injected": counts.total(),
            "requests": counts.requests,
            "seconds": total.as_secs_f64(),
        });
        writeln!(out, "{v}").map_err(w)?;
        return Ok(());
    }
    writeln!(
        out,
        "\n{:<10} {:<38} {:>8} {:>11} {:>8} {:>7}  output",
        "service", "step", "records", "bytes", "time", "retries"
    )
    .map_err(w)?;
    writeln!(out, "{}", "-".repeat(110)).map_err(w)?;
    for s in &steps {
        writeln!(
            out,
            "{:<10} {:<38} {:>8} {:>11} {:>7.2}s {:>7}  {}",
            s.service,
            s.what,
            s.records,
            s.bytes,
            s.elapsed.as_secs_f64(),
            s.retries,
            s.file
        )
        .map_err(w)?;
    }
    writeln!(out, "{}", "-".repeat(110)).map_err(w)?;
    let retries: u64 = steps.iter().map(|s| s.retries).sum();
    writeln!(
        out,
        "{} requests, {} faults injected (429: {}, 5xx: {}, dropped: {}, truncated: {}), {} retries, {:.2}s in all",
        counts.requests,
        counts.total(),
        counts.rate_limited,
        counts.server_errors,
        counts.dropped,
        counts.truncated,
        retries,
        total.as_secs_f64()
    )
    .map_err(w)?;
    writeln!(
        out,
        "NDJSON and checkpoints are in {}/ ; run again any time (the demo replaces only its own files there).",
        args.dir.display()
    )
    .map_err(w)?;
    sim.shutdown().await;
    Ok(())
}

async fn defendis(sim: &SimHandle, dir: &Path, state: &Path) -> secops::Result<Vec<Step>> {
    let retry = policy();
    let client = Defendis::builder()
        .base_url(sim.url(Service::Defendis))
        .api_key(sim.key(Service::Defendis))
        .retry(retry.clone())
        .build()?;
    let t = Instant::now();
    // The watchlists are the scope: find the domain watched, then pull its leaks.
    let watchlists = client.watchlists().list().all().await?;
    let domains = client
        .watchlist_entries(WatchlistKind::Domain)
        .list()
        .all()
        .await?;
    let domain = serde_json::to_value(domains.first().ok_or_else(|| {
        Error::invalid_input("the simulated Defendis workspace watches no domain")
    })?)
    .ok()
    .and_then(|v| v.get("value").and_then(|d| d.as_str()).map(str::to_owned))
    .unwrap_or_else(|| secops::sim::defendis::SCOPED_DOMAIN.to_string());
    let scope = Step {
        service: "defendis",
        what: format!(
            "scope: {} watchlists, {} domains",
            watchlists.len(),
            domains.len()
        ),
        records: (watchlists.len() + domains.len()) as u64,
        bytes: 0,
        elapsed: t.elapsed(),
        retries: retry.stats().retries(),
        file: "-".into(),
    };
    let t = Instant::now();
    let before = retry.stats().retries();
    let path = own_file(dir, "defendis-credentials.ndjson");
    let mut sink = NdjsonFile::create(&path)?;
    let store = FileCheckpoints::new(state)?;
    let report = client
        .sync_dataset(Dataset::credentials(&domain), None, &mut sink, &store)
        .page_size(100)
        .await?;
    Ok(vec![
        scope,
        Step {
            service: "defendis",
            what: format!("pull leaked credentials of {domain}"),
            records: report.records,
            bytes: file_size(&path),
            elapsed: t.elapsed(),
            retries: retry.stats().retries() - before,
            file: display(&path),
        },
    ])
}

async fn sandbox(sim: &SimHandle, dir: &Path, faults: &Faults) -> secops::Result<Vec<Step>> {
    let retry = policy();
    let client = Sandbox::builder()
        .base_url(sim.url(Service::Sandbox))
        .api_key(sim.key(Service::Sandbox))
        .retry(retry.clone())
        .build()?;
    let t = Instant::now();
    let sample_path = own_file(dir, "sample.bin");
    let mut bytes = b"MZ\x90\x00secops demo sample\n".to_vec();
    bytes.resize(256 * 1024, 0x41);
    write_file(&sample_path, &bytes)?;
    // Uploads are not retried automatically: submit without faults.
    sim.set_faults(Faults::none());
    let sample = client
        .submit_file(
            sample_path.clone(),
            SubmitOptions::new().user_tag("demo:secops"),
        )
        .await;
    sim.set_faults(faults.clone());
    let sample = sample?;
    let done = client
        .wait_for(&sample.id)
        .timeout(Duration::from_secs(120))
        .await?;
    let report_path = own_file(dir, "sandbox-overview.json");
    let summary = client
        .download(Artifact::OverviewReport(done.id.clone()))
        .to_path(&report_path)
        .await?;
    Ok(vec![Step {
        service: "sandbox",
        what: format!("submit, wait ({}), report", done.state().as_str()),
        records: 1,
        bytes: summary.bytes,
        elapsed: t.elapsed(),
        retries: retry.stats().retries(),
        file: display(&report_path),
    }])
}

async fn sie(sim: &SimHandle, dir: &Path, state: &Path) -> secops::Result<Vec<Step>> {
    let retry = policy();
    let client = SieBatch::builder()
        .base_url(sim.url(Service::Sie))
        .api_key(sim.key(Service::Sie))
        .retry(retry.clone())
        .build()?;
    let t = Instant::now();
    let channel = Channel::NEWLY_OBSERVED_DOMAINS;
    let details = client.channel_detail(channel).await?;
    let end = secops::sie::truncate_to_minute(details.latest);
    let window = Window::new(end - chrono::Duration::minutes(60), end)?;
    let path = own_file(dir, "sie-ch212.ndjson");
    let report = client
        .sync_channel(
            channel,
            window,
            NdjsonFile::create(&path)?,
            FileCheckpoints::new(state)?,
        )
        .chunk(Duration::from_secs(600))
        .await?;
    Ok(vec![Step {
        service: "sie",
        what: "fetch ch212, last hour (6 chunks)".into(),
        records: report.records,
        bytes: report.bytes,
        elapsed: t.elapsed(),
        retries: retry.stats().retries(),
        file: display(&path),
    }])
}

async fn taxii(sim: &SimHandle, dir: &Path, state: &Path) -> secops::Result<Vec<Step>> {
    let collection = secops::sim::taxii::INDICATORS;
    let retry = policy();
    let client = Taxii::builder()
        .url(sim.url(Service::Taxii))
        .basic_auth(sim.keys().taxii_user.clone(), sim.key(Service::Taxii))
        .retry(retry.clone())
        .build()?;
    let store = FileCheckpoints::new(state)?;
    let mut steps = Vec::new();
    for round in 1..=2 {
        if round == 2 {
            // New intelligence arrives between the polls.
            reqwest::Client::new()
                .post(format!("{}/taxii/_sim/control", sim.origin()))
                .json(&serde_json::json!({"grow": {"collection": collection, "count": 25}}))
                .send()
                .await
                .and_then(|r| r.error_for_status())
                .map_err(|e| Error::invalid_input(format!("simulator control: {e}")))?;
        }
        let t = Instant::now();
        let before = retry.stats().retries();
        let path = own_file(dir, &format!("taxii-indicators-poll{round}.ndjson"));
        let mut sink = NdjsonFile::create(&path)?;
        let report = client
            .collection(collection)
            .sync(&mut sink, &store)
            .request(|r| r.limit(200))
            .await?;
        steps.push(Step {
            service: "taxii",
            what: if round == 1 {
                "delta poll 1: everything".into()
            } else {
                "delta poll 2: only what is new".into()
            },
            records: report.records,
            bytes: file_size(&path),
            elapsed: t.elapsed(),
            retries: retry.stats().retries() - before,
            file: display(&path),
        });
    }
    Ok(steps)
}

fn trivy(vulns: &[(&str, &str, &str, &str)]) -> String {
    let v: Vec<serde_json::Value> = vulns
        .iter()
        .map(|(id, pkg, ver, sev)| {
            serde_json::json!({"VulnerabilityID": id, "PkgName": pkg, "InstalledVersion": ver,
                "Severity": sev, "Title": format!("{id} in {pkg}")})
        })
        .collect();
    serde_json::json!({"SchemaVersion": 2, "ArtifactName": "shop:latest",
        "Results": [{"Target": "shop (debian 12)", "Vulnerabilities": v}]})
    .to_string()
}

async fn dojo(sim: &SimHandle, dir: &Path, faults: &Faults) -> secops::Result<Vec<Step>> {
    let retry = policy();
    let client = DefectDojo::builder()
        .url(sim.url(Service::DefectDojo))
        .token(sim.key(Service::DefectDojo))
        .retry(retry.clone())
        .build()?;
    let first = own_file(dir, "trivy-monday.json");
    let second = own_file(dir, "trivy-tuesday.json");
    let write = |p: &Path, s: String| write_file(p, s.as_bytes());
    write(
        &first,
        trivy(&[
            ("CVE-2024-0001", "openssl", "3.0.1", "HIGH"),
            ("CVE-2024-0002", "zlib", "1.2.11", "MEDIUM"),
            ("CVE-2024-0003", "curl", "7.88.0", "CRITICAL"),
        ]),
    )?;
    write(
        &second,
        trivy(&[
            ("CVE-2024-0001", "openssl", "3.0.1", "HIGH"),
            ("CVE-2024-0003", "curl", "7.88.0", "CRITICAL"),
            ("CVE-2024-0004", "libxml2", "2.9.14", "LOW"),
        ]),
    )?;
    let t = Instant::now();
    // Imports are not retried automatically (an import that timed out may have
    // happened): run them without faults.
    sim.set_faults(Faults::none());
    let imported = client
        .import_scan(
            ImportOptions::new("Trivy Scan", &first)
                .product_type_name("Web")
                .product_name("Shop")
                .engagement_name("CI main")
                .auto_create_context(true),
        )
        .await;
    let imported = match imported {
        Ok(i) => i,
        Err(e) => {
            sim.set_faults(faults.clone());
            return Err(e);
        }
    };
    let test = imported
        .test_id
        .or(imported.test)
        .ok_or_else(|| Error::Protocol {
            service: Service::DefectDojo,
            message: "import-scan answered without a test id".into(),
        })?;
    let reimported = client
        .reimport_scan(ReimportOptions::new("Trivy Scan", &second).test(test))
        .await;
    sim.set_faults(faults.clone());
    reimported?;
    let import_step = Step {
        service: "dojo",
        what: format!("import + reimport a Trivy scan (test {test})"),
        records: 2,
        bytes: file_size(&first) + file_size(&second),
        elapsed: t.elapsed(),
        retries: retry.stats().retries(),
        file: display(&second),
    };
    let t = Instant::now();
    let before = retry.stats().retries();
    let path = own_file(dir, "dojo-findings.ndjson");
    let mut sink = NdjsonFile::create(&path)?;
    let mut items = client.findings().page_size(100).concurrency(4).items();
    let mut n = 0u64;
    use secops::Sink;
    sink.begin(None)?;
    while let Some(f) = items.try_next().await? {
        let line = serde_json::to_vec(&f)
            .map_err(|e| Error::invalid_input(format!("encoding a finding: {e}")))?;
        sink.write_record(&line)?;
        n += 1;
    }
    sink.commit()?;
    sink.finish()?;
    Ok(vec![
        import_step,
        Step {
            service: "dojo",
            what: "list all findings (4 pages at once)".into(),
            records: n,
            bytes: file_size(&path),
            elapsed: t.elapsed(),
            retries: retry.stats().retries() - before,
            file: display(&path),
        },
    ])
}
