//! `secops taxii`: discovery, collections, resumable delta polls, pushes.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use clap::{Args, Subcommand, ValueEnum};
use secops::taxii::{Bundle, StixObject, Taxii};
use secops::{Error, Secret, Service};

use crate::common::{
    checkpoint_store, interrupted_error, json_err, secs, until_interrupted, Counted, Global, Output,
};
use crate::conn::Conn;

/// `secops taxii ...`
#[derive(Args, Debug)]
pub struct TaxiiArgs {
    #[command(flatten)]
    conn: Conn,
    /// User name for HTTP Basic auth (the key is then the password) [default: $TAXII_USERNAME].
    #[arg(long, value_name = "USER", global = true)]
    user: Option<String>,
    /// How the key is sent when there is no --user (auto: Bearer, and X-API-Key
    /// if the server answers 401 to Bearer; `-v` says which one worked).
    #[arg(long, value_enum, default_value_t = KeyAuth::Auto, global = true)]
    auth: KeyAuth,
    /// API root to use (absolute, or relative to the discovery URL) [default: the
    /// discovery's default, or $TAXII_API_ROOT].
    #[arg(long, value_name = "URL", global = true)]
    api_root: Option<String>,
    #[command(subcommand)]
    command: TaxiiCommand,
}

#[derive(ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
enum KeyAuth {
    /// Bearer first, then X-API-Key once on a 401 from the same server.
    Auto,
    /// `Authorization: Bearer <key>`.
    Bearer,
    /// `X-API-Key: <key>` (SOC Defenders).
    XApiKey,
}

#[derive(Subcommand, Debug)]
enum TaxiiCommand {
    /// Print the discovery resource of URL (default: --url) and its API roots.
    Discover {
        /// The discovery URL (`https://host/taxii2/`).
        url: Option<String>,
    },
    /// List the API root's collections as NDJSON.
    Collections,
    /// Delta-poll a collection: objects added since the checkpoint, as NDJSON
    /// (byte for byte as the server sent them).
    Poll(PollArgs),
    /// Add STIX objects from FILE (a bundle, or NDJSON with one object per line)
    /// to a collection and wait for the status.
    Push {
        /// The file to push (a bundle, or one STIX object per line); `-` reads
        /// standard input, e.g. `secops sie fetch ... --format stix | secops taxii push --collection ID -`.
        file: PathBuf,
        /// Collection id.
        #[arg(long, value_name = "ID")]
        collection: String,
        /// Do not wait for the status to complete.
        #[arg(long)]
        no_wait: bool,
    },
}

#[derive(Args, Debug)]
struct PollArgs {
    /// Collection id.
    #[arg(long, value_name = "ID")]
    collection: String,
    /// Only objects added after this time (RFC 3339); ignored when resuming a checkpoint.
    #[arg(long, value_name = "TIME")]
    added_after: Option<String>,
    /// Only objects of these STIX types.
    #[arg(long = "type", value_name = "TYPE")]
    types: Vec<String>,
    /// Objects per page asked of the server.
    #[arg(long, value_name = "N")]
    page_size: Option<u32>,
    /// Every version of each object (`match[version]=all`), not only the latest:
    /// for consumers that keep history. Objects are told apart by (id, version)
    /// either way.
    #[arg(long)]
    all_versions: bool,
    /// Save progress after each page; the next run starts after it (resume or delta).
    #[arg(long, value_name = "FILE")]
    checkpoint: Option<PathBuf>,
    /// Write objects to FILE (atomically: FILE.partial until complete) instead of stdout.
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
    #[command(flatten)]
    follow: crate::follow::FollowArgs,
    #[command(flatten)]
    format: crate::common::FormatArg,
}

/// Builds the TAXII client from the shared flags and TAXII's own.
async fn client(
    args: &TaxiiArgs,
    url_override: Option<&str>,
) -> secops::Result<(Taxii, crate::conn::Target)> {
    let mut target = args.conn.resolve(Service::Taxii).await?;
    if let Some(u) = url_override {
        target.url = Some(u.to_string());
    }
    let env = |k: &str| std::env::var(k).ok().filter(|v| !v.trim().is_empty());
    let user = match &target.sim {
        Some(sim) => Some(sim.keys().taxii_user.clone()),
        None => args.user.clone().or_else(|| env("TAXII_USERNAME")),
    };
    let mut builder = target.apply_origins(Taxii::builder().retry(target.retry.clone()));
    if let Some(url) = &target.url {
        builder = builder.url(url.clone());
    }
    let key = match (&user, &target.key) {
        (Some(_), None) if target.sim.is_none() => env("TAXII_PASSWORD").map(Secret::new),
        (_, k) => k.clone(),
    };
    builder = match (user, key) {
        (Some(u), Some(k)) => builder.basic_auth(u, k),
        (Some(_), None) => {
            return Err(Error::invalid_input(
                "TAXII: --user needs a password: pass --key or set TAXII_PASSWORD",
            ))
        }
        (None, Some(k)) => match args.auth {
            KeyAuth::Auto => builder.api_key(k),
            KeyAuth::Bearer => builder.bearer(k),
            KeyAuth::XApiKey => builder.x_api_key(k),
        },
        (None, None) => builder,
    };
    let mut taxii = builder.build()?;
    if let Some(root) = args.api_root.clone().or_else(|| env("TAXII_API_ROOT")) {
        taxii = taxii.with_api_root(&root)?;
    }
    Ok((taxii, target))
}

/// Runs `secops taxii ...`.
pub async fn run(global: &Global, args: TaxiiArgs) -> secops::Result<crate::common::Outcome> {
    let started = Instant::now();
    let url_override = match &args.command {
        TaxiiCommand::Discover { url } => url.clone(),
        _ => None,
    };
    if let TaxiiCommand::Poll(p) = &args.command {
        if p.collection.trim().is_empty() {
            return Err(Error::invalid_input("--collection is empty"));
        }
        if let Some(t) = &p.added_after {
            secops::taxii::stix::parse_rfc3339(t)?;
        }
    }
    // Parse a push file before connecting: a bad file is an input error, nothing sent.
    let push_objects = match &args.command {
        TaxiiCommand::Push { file, .. } => Some(read_objects(file)?),
        _ => None,
    };
    if let TaxiiCommand::Poll(p) = &args.command {
        if p.follow.follow {
            return follow(&args, p).await;
        }
    }
    let (taxii, target) = client(&args, url_override.as_deref()).await?;
    match args.command {
        TaxiiCommand::Discover { .. } => {
            let d = taxii.discover().await?;
            println!("{}", serde_json::to_string(&d).map_err(json_err)?);
        }
        TaxiiCommand::Collections => {
            for c in taxii.collections().await? {
                println!("{}", serde_json::to_string(&c).map_err(json_err)?);
            }
        }
        TaxiiCommand::Poll(p) => {
            let collection = taxii.collection(p.collection.clone());
            let mut sink = Counted::new(
                p.format.sink(
                    Output::new(p.output.as_ref())?,
                    secops::normalize::RecordKind::TaxiiObject,
                ),
                global,
                "objects",
            );
            let store = checkpoint_store(p.checkpoint.as_ref());
            let store = &*store;
            let (added_after, types, page_size, all_versions) = (
                p.added_after.clone(),
                p.types.clone(),
                p.page_size,
                p.all_versions,
            );
            let sync = collection
                .sync(&mut sink, store)
                .on_progress(|p| {
                    global.progress_event(
                        "taxii poll",
                        serde_json::json!({"objects": p.records, "pages": p.pages}),
                    )
                })
                .request(move |mut r| {
                    if let Some(t) = &added_after {
                        r = r.added_after(t);
                    }
                    for t in &types {
                        r = r.match_type(t);
                    }
                    if let Some(n) = page_size {
                        r = r.limit(n);
                    }
                    if all_versions {
                        r = r.match_version("all");
                    }
                    r
                });
            let report = match until_interrupted(sync.run()).await? {
                Some(r) => r,
                None => return Err(interrupted_error()),
            };
            sink.done();
            global.summary(
                "taxii poll",
                &[
                    ("collection", p.collection.into()),
                    ("objects", report.detail.stats.objects.into()),
                    ("pages", report.detail.stats.pages.into()),
                    ("resumed", report.detail.stats.resumed.into()),
                    (
                        "duplicates_dropped",
                        report.detail.stats.duplicates_dropped.into(),
                    ),
                    (
                        "next_fallbacks",
                        (report.detail.stats.next_fallbacks + report.detail.stats.next_rejected)
                            .into(),
                    ),
                    (
                        "watermark",
                        report.detail.watermark.unwrap_or_default().into(),
                    ),
                    ("seconds", secs(started)),
                    ("retries", target.retries().into()),
                ],
            );
        }
        TaxiiCommand::Push {
            collection,
            no_wait,
            ..
        } => {
            let objects = push_objects.expect("read above");
            let c = taxii.collection(collection);
            let mut status = c.add_objects(&objects).await?;
            if !no_wait {
                status = c
                    .wait_for_status(&status, Duration::from_secs(1), Duration::from_secs(300))
                    .await?;
            }
            println!("{}", serde_json::to_string(&status).map_err(json_err)?);
            if status.failure_count > 0 {
                return Err(Error::Protocol {
                    service: Service::Taxii,
                    message: format!(
                        "{} of {} objects were refused (see the status on stdout)",
                        status.failure_count, status.total_count
                    ),
                });
            }
        }
    }
    Ok(crate::common::Outcome::Success)
}

/// Reads a bundle (`{"type":"bundle",...}`) or NDJSON objects.
fn read_objects(path: &PathBuf) -> secops::Result<Vec<StixObject>> {
    let text = if path.as_os_str() == "-" {
        let mut t = String::new();
        std::io::Read::read_to_string(&mut std::io::stdin(), &mut t)
            .map_err(|e| Error::io("reading standard input", e))?;
        t
    } else {
        std::fs::read_to_string(path)
            .map_err(|e| Error::io(format!("reading {}", path.display()), e))?
    };
    let trimmed = text.trim_start();
    let objects = if looks_like_bundle(trimmed) {
        Bundle::from_json(trimmed)?.objects
    } else {
        text.lines()
            .enumerate()
            .filter(|(_, l)| !l.trim().is_empty())
            .map(|(i, l)| {
                StixObject::from_json(l).map_err(|e| {
                    Error::invalid_input(format!("{} line {}: {e}", path.display(), i + 1))
                })
            })
            .collect::<secops::Result<Vec<_>>>()?
    };
    if objects.is_empty() {
        return Err(Error::invalid_input(format!(
            "{}: no STIX objects to push",
            path.display()
        )));
    }
    Ok(objects)
}

fn looks_like_bundle(text: &str) -> bool {
    serde_json::from_str::<serde_json::Value>(text)
        .ok()
        .and_then(|v| {
            v.get("type")
                .and_then(|t| t.as_str())
                .map(|t| t == "bundle")
        })
        .unwrap_or(false)
}

/// `taxii poll --follow`: the collection as one feed of the agent.
async fn follow(args: &TaxiiArgs, p: &PollArgs) -> secops::Result<crate::common::Outcome> {
    use crate::follow::quote;
    if p.added_after.is_some() || p.output.is_some() || p.checkpoint.is_some() || p.all_versions {
        return Err(Error::invalid_input(
            "--follow polls from the feed's own watermark into --out-dir (or stdout) with its checkpoint in --state-dir: drop --added-after (use --lookback), -o, --checkpoint and --all-versions",
        ));
    }
    let mut target = args.conn.resolve(Service::Taxii).await?;
    let env = |k: &str| std::env::var(k).ok().filter(|v| !v.trim().is_empty());
    let user = match &target.sim {
        Some(sim) => Some(sim.keys().taxii_user.clone()),
        None => args.user.clone().or_else(|| env("TAXII_USERNAME")),
    };
    if user.is_some() && target.sim.is_none() && target.key.is_none() {
        target.key = env("TAXII_PASSWORD").map(Secret::new);
    }
    let mut service = String::new();
    if let Some(u) = &user {
        if target.key.is_none() {
            return Err(Error::invalid_input(
                "TAXII: --user needs a password: pass --key or set TAXII_PASSWORD",
            ));
        }
        service.push_str(&format!("username = {}\n", quote(u)));
    }
    match args.auth {
        KeyAuth::Auto => {}
        KeyAuth::Bearer => service.push_str("auth = \"bearer\"\n"),
        KeyAuth::XApiKey => service.push_str("auth = \"x-api-key\"\n"),
    }
    if let Some(root) = args.api_root.clone().or_else(|| env("TAXII_API_ROOT")) {
        service.push_str(&format!("api_root = {}\n", quote(&root)));
    }
    let mut feed = format!("collection = {}\n", quote(&p.collection));
    if !p.types.is_empty() {
        let types: Vec<String> = p.types.iter().map(|t| quote(t)).collect();
        feed.push_str(&format!("types = [{}]\n", types.join(", ")));
    }
    if let Some(n) = p.page_size {
        feed.push_str(&format!("page_size = {n}\n"));
    }
    feed.push_str(&format!("format = \"{}\"\n", p.format.format));
    let name: String = format!("taxii-{}", p.collection)
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '-'
            }
        })
        .take(64)
        .collect();
    p.follow
        .run(
            Service::Taxii,
            &name,
            &feed,
            &service,
            &target,
            args.conn.attempts,
        )
        .await
}
