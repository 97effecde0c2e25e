//! `secops sandbox`: submit (and wait), list, search, reports.

use std::future::IntoFuture;
use std::path::PathBuf;
use std::time::{Duration, Instant};

use clap::{Args, Subcommand};
use futures::TryStreamExt;
use secops::sandbox::{Artifact, Network, Sandbox, SubmitOptions, Subset};
use secops::{Error, Service};

use crate::common::{interrupted_error, json_err, secs, until_interrupted, Global};
use crate::conn::Conn;

/// `secops sandbox ...`
#[derive(Args, Debug)]
pub struct SandboxArgs {
    #[command(flatten)]
    conn: Conn,
    #[command(subcommand)]
    command: SandboxCommand,
}

#[derive(Subcommand, Debug)]
enum SandboxCommand {
    /// Submit a file (streamed from disk) or a URL; prints the sample as JSON.
    Submit(SubmitArgs),
    /// List samples (NDJSON).
    Samples {
        /// owned, public or org.
        #[arg(long, default_value = "owned")]
        subset: String,
        /// Stop after N samples.
        #[arg(long, value_name = "N")]
        max: Option<u64>,
        #[command(flatten)]
        format: crate::common::FormatArg,
    },
    /// Search samples (NDJSON), e.g. `family:emotet` or `sha256:...`.
    Search {
        /// The query.
        query: String,
        /// Stop after N samples.
        #[arg(long, value_name = "N")]
        max: Option<u64>,
        #[command(flatten)]
        format: crate::common::FormatArg,
    },
    /// A sample's overview report as JSON (or the static report, or a task's report).
    Report {
        /// The sample id.
        id: String,
        /// The static report instead of the overview.
        #[arg(long, conflicts_with = "task")]
        r#static: bool,
        /// A task's dynamic (triage) report, e.g. behavioral1.
        #[arg(long, value_name = "TASK")]
        task: Option<String>,
        /// Write the report to FILE (streamed, atomically) instead of stdout.
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
        /// The overview report as it came (raw), as one OCSF event (ocsf), or as
        /// a STIX 2.1 bundle of the analysis, its file and malware (stix).
        #[arg(long, value_name = "FORMAT", default_value = "raw", value_parser = crate::common::parse_format)]
        format: secops::normalize::Format,
    },
}

#[derive(Args, Debug)]
struct SubmitArgs {
    /// The file to submit.
    #[arg(required_unless_present = "url", conflicts_with = "url")]
    file: Option<PathBuf>,
    /// A URL to submit (analysed as a URL, or fetched with --fetch).
    #[arg(long, value_name = "URL")]
    url: Option<String>,
    /// Download the URL and analyse the file instead of the URL.
    #[arg(long, requires = "url")]
    fetch: bool,
    /// Wait for the analysis to end (reported or failed) and print the final sample.
    #[arg(long)]
    wait: bool,
    /// How long --wait waits, in seconds.
    #[arg(long, value_name = "SECS", default_value_t = 900)]
    wait_timeout: u64,
    /// Analysis profile(s) to use (default: automatic).
    #[arg(long = "profile", value_name = "NAME")]
    profiles: Vec<String>,
    /// Archive password.
    #[arg(long, value_name = "PASSWORD")]
    #[arg(value_parser = crate::conn::secret_arg)]
    password: Option<secops::Secret>,
    /// Analysis duration in seconds.
    #[arg(long, value_name = "SECS")]
    timeout: Option<u64>,
    /// Network: internet, drop, tor, or an account-specific option.
    #[arg(long, value_name = "NET")]
    network: Option<String>,
    /// User tags (key:value).
    #[arg(long = "tag", value_name = "TAG")]
    tags: Vec<String>,
    /// Interactive analysis.
    #[arg(long)]
    interactive: bool,
}

impl SubmitArgs {
    fn options(&self) -> SubmitOptions {
        let mut o = SubmitOptions::new().interactive(self.interactive);
        for p in &self.profiles {
            o = o.profile(p.clone());
        }
        if let Some(p) = &self.password {
            o = o.password(p.clone());
        }
        if let Some(t) = self.timeout {
            o = o.timeout(Duration::from_secs(t));
        }
        if let Some(n) = &self.network {
            o = o.network(match n.as_str() {
                "internet" => Network::Internet,
                "drop" => Network::Drop,
                "tor" => Network::Tor,
                other => Network::Other(other.to_string()),
            });
        }
        for t in &self.tags {
            o = o.user_tag(t.clone());
        }
        if self.fetch {
            o = o.fetch(true);
        }
        o
    }
}

/// Runs `secops sandbox ...`.
pub async fn run(global: &Global, args: SandboxArgs) -> secops::Result<()> {
    let started = Instant::now();
    // Input checks before anything is sent.
    match &args.command {
        SandboxCommand::Submit(s) => {
            if let Some(f) = &s.file {
                let meta = std::fs::metadata(f)
                    .map_err(|e| Error::invalid_input(format!("{}: {e}", f.display())))?;
                if !meta.is_file() {
                    return Err(Error::invalid_input(format!(
                        "{} is not a file",
                        f.display()
                    )));
                }
            }
        }
        SandboxCommand::Report { id, .. } if id.trim().is_empty() => {
            return Err(Error::invalid_input("the sample id is empty"));
        }
        SandboxCommand::Search { query, .. } if query.trim().is_empty() => {
            return Err(Error::invalid_input("the search query is empty"));
        }
        _ => {}
    }
    let subset = match &args.command {
        SandboxCommand::Samples { subset, .. } => Some(subset.parse::<Subset>().map_err(|_| {
            Error::invalid_input(format!(
                "unknown subset {subset:?}: use owned, public or org"
            ))
        })?),
        _ => None,
    };
    let target = args.conn.resolve(Service::Sandbox).await?;
    let sandbox = target.apply(Sandbox::builder()).build()?;
    match args.command {
        SandboxCommand::Submit(s) => {
            let options = s.options();
            let sample = match (&s.file, &s.url) {
                (Some(f), _) => sandbox.submit_file(f.clone(), options).await?,
                (None, Some(u)) => sandbox.submit_url(u, options).await?,
                (None, None) => unreachable!("clap requires a file or --url"),
            };
            let sample = if s.wait {
                let human = global.human();
                let wait = sandbox
                    .wait_for(&sample.id)
                    .timeout(Duration::from_secs(s.wait_timeout))
                    .on_event(move |e| {
                        if human {
                            eprintln!("  {} {}", e.id, e.state());
                        }
                    });
                match until_interrupted(wait.into_future()).await? {
                    Some(s) => s,
                    None => return Err(interrupted_error()),
                }
            } else {
                sample
            };
            println!("{}", serde_json::to_string(&sample).map_err(json_err)?);
            global.summary(
                "sandbox submit",
                &[
                    ("sample", sample.id.clone().into()),
                    ("status", sample.state().as_str().into()),
                    ("seconds", secs(started)),
                    ("retries", target.retries().into()),
                ],
            );
        }
        SandboxCommand::Samples { max, format, .. } => {
            let mut p = sandbox.samples(subset.expect("parsed above"));
            if let Some(n) = max {
                p = p.max_items(n);
            }
            print_all(p.items(), format).await?;
        }
        SandboxCommand::Search { query, max, format } => {
            let mut p = sandbox.search(&query);
            if let Some(n) = max {
                p = p.max_items(n);
            }
            print_all(p.items(), format).await?;
        }
        SandboxCommand::Report {
            id,
            r#static,
            task,
            output,
            format,
        } if format != secops::normalize::Format::Raw => {
            if r#static || task.is_some() || output.is_some() {
                return Err(Error::invalid_input(
                    "--format ocsf|stix maps the overview report to stdout: drop --static, --task and -o",
                ));
            }
            let report = sandbox.overview_report(&id).await?;
            let record = serde_json::to_vec(&report).map_err(json_err)?;
            let kind = secops::normalize::RecordKind::SandboxReport;
            let lines = secops::normalize::normalize(kind, &record, format, &Default::default())?;
            let mut out = std::io::stdout().lock();
            use std::io::Write;
            let text = if format == secops::normalize::Format::Stix {
                let objects: Vec<serde_json::Value> = lines
                    .iter()
                    .map(|l| serde_json::from_slice(l).map_err(json_err))
                    .collect::<secops::Result<_>>()?;
                let bundle = serde_json::json!({
                    "type": "bundle",
                    "id": secops::normalize::stix_id(kind, &id, "bundle"),
                    "objects": objects,
                });
                serde_json::to_vec(&bundle).map_err(json_err)?
            } else {
                lines.join(&b'\n')
            };
            out.write_all(&text)
                .and_then(|()| out.write_all(b"\n"))
                .and_then(|()| out.flush())
                .map_err(|e| Error::io("writing to stdout", e))?;
        }
        SandboxCommand::Report {
            id,
            r#static,
            task,
            output,
            ..
        } => {
            let artifact = match (&task, r#static) {
                (Some(t), _) => Artifact::TriageReport {
                    sample: id.clone(),
                    task: t.clone(),
                },
                (None, true) => Artifact::StaticReport(id.clone()),
                (None, false) => Artifact::OverviewReport(id.clone()),
            };
            match output {
                Some(path) => {
                    let summary = sandbox.download(artifact).to_path(&path).await?;
                    global.summary(
                        "sandbox report",
                        &[
                            ("file", path.display().to_string().into()),
                            ("bytes", summary.bytes.into()),
                            ("seconds", secs(started)),
                        ],
                    );
                }
                None => {
                    let mut out = tokio::io::stdout();
                    sandbox.download(artifact).to_writer(&mut out).await?;
                    use tokio::io::AsyncWriteExt;
                    out.write_all(b"\n")
                        .await
                        .map_err(|e| Error::io("writing to stdout", e))?;
                    out.flush()
                        .await
                        .map_err(|e| Error::io("writing to stdout", e))?;
                }
            }
        }
    }
    Ok(())
}

async fn print_all<T: serde::Serialize>(
    mut items: impl futures::Stream<Item = secops::Result<T>> + Unpin,
    format: crate::common::FormatArg,
) -> secops::Result<()> {
    use std::io::Write;
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    while let Some(item) = items.try_next().await? {
        let record = serde_json::to_vec(&item).map_err(json_err)?;
        format.write(
            &mut out,
            secops::normalize::RecordKind::SandboxSample,
            &record,
        )?;
    }
    out.flush().map_err(|e| Error::io("writing to stdout", e))
}
