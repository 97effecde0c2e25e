//! `secops defendis`: watchlists (the scope) and resumable dataset pulls.

use std::path::PathBuf;
use std::time::Instant;

use clap::{Args, Subcommand};
use futures::TryStreamExt;
use secops::defendis::{Dataset, DateWindow, Defendis, WatchlistKind};
use secops::{Error, Service};

use crate::common::{
    checkpoint_store, interrupted_error, json_err, push_sync_note, secs, until_interrupted,
    Counted, Global, Output,
};
use crate::conn::Conn;

/// `secops defendis ...`
#[derive(Args, Debug)]
pub struct DefendisArgs {
    #[command(flatten)]
    conn: Conn,
    #[command(subcommand)]
    command: DefendisCommand,
}

#[derive(Subcommand, Debug)]
enum DefendisCommand {
    /// List the watchlists (NDJSON), or with --kind the entries of one kind.
    Watchlists {
        /// assets, domain, bin, executive, keyword or ransom.
        #[arg(long, value_name = "KIND")]
        kind: Option<String>,
    },
    /// Pull a dataset as NDJSON: credentials, credentials-email, documents,
    /// paymentcards, exposure or ransomware (resumable with --checkpoint).
    Pull(Box<PullArgs>),
}

#[derive(Args, Debug)]
struct PullArgs {
    /// The dataset: credentials, credentials-email, documents, paymentcards, exposure, ransomware.
    dataset: String,
    /// The watched domain (credentials, documents, exposure).
    #[arg(long, value_name = "DOMAIN")]
    domain: Option<String>,
    /// The watched e-mail address (credentials-email).
    #[arg(long, value_name = "EMAIL")]
    email: Option<String>,
    /// The watched payment-card BIN (paymentcards).
    #[arg(long, value_name = "BIN")]
    bin: Option<String>,
    /// A ransomware group (ransomware).
    #[arg(long, value_name = "NAME")]
    group: Option<String>,
    /// A watched keyword (ransomware).
    #[arg(long, value_name = "WORD")]
    keyword: Option<String>,
    /// First day (YYYY-MM-DD, inclusive).
    #[arg(long, value_name = "DATE", requires = "to")]
    from: Option<String>,
    /// Day after the last (YYYY-MM-DD, exclusive).
    #[arg(long, value_name = "DATE", requires = "from")]
    to: Option<String>,
    /// Records per page.
    #[arg(long, value_name = "N")]
    page_size: Option<u32>,
    /// Pages fetched at once (records are still written in order).
    #[arg(long, value_name = "N", default_value_t = 1)]
    concurrency: usize,
    /// Save progress after each page; running the same command again resumes.
    #[arg(long, value_name = "FILE")]
    checkpoint: Option<PathBuf>,
    /// Write records to FILE (atomically) instead of stdout.
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
    #[command(flatten)]
    follow: crate::follow::FollowArgs,
    #[command(flatten)]
    format: crate::common::FormatArg,
}

impl PullArgs {
    fn dataset(&self) -> secops::Result<Dataset> {
        self.name_and_value().map(|(_, _, d)| d)
    }

    /// The dataset's name, its scope value and the dataset.
    fn name_and_value(&self) -> secops::Result<(String, String, Dataset)> {
        let name = self.dataset.trim().to_ascii_lowercase();
        let value = match name.as_str() {
            "ransomware" | "ransomware-victims" => match (&self.group, &self.keyword) {
                (Some(g), _) => format!("group:{g}"),
                (None, Some(k)) => format!("keyword:{k}"),
                (None, None) => {
                    return Err(Error::invalid_input(
                        "defendis pull ransomware needs --group NAME or --keyword WORD",
                    ))
                }
            },
            "credentials-email" | "credentials_email" | "email" => self
                .email
                .clone()
                .ok_or_else(|| Error::invalid_input("this dataset needs --email ADDRESS"))?,
            "paymentcards" | "payment-cards" | "payment_cards" | "bins" => self
                .bin
                .clone()
                .ok_or_else(|| Error::invalid_input("this dataset needs --bin BIN"))?,
            _ => self.domain.clone().unwrap_or_default(),
        };
        let dataset = Dataset::from_name(&name, &value)?;
        if value.is_empty() {
            return Err(Error::invalid_input(format!(
                "defendis pull {name} needs --domain DOMAIN"
            )));
        }
        Ok((name, value, dataset))
    }
}

/// Runs `secops defendis ...`.
pub async fn run(global: &Global, args: DefendisArgs) -> secops::Result<crate::common::Outcome> {
    let started = Instant::now();
    // Input first: nothing is sent for a bad dataset, value or window.
    let pull = match &args.command {
        DefendisCommand::Pull(p) => {
            let window = match (&p.from, &p.to) {
                (Some(f), Some(t)) => Some(DateWindow::parse(f, t)?),
                _ => None,
            };
            Some((p.dataset()?, window))
        }
        DefendisCommand::Watchlists { .. } => None,
    };
    let kind = match &args.command {
        DefendisCommand::Watchlists { kind: Some(k) } => Some(parse_kind(k)?),
        _ => None,
    };
    let target = args.conn.resolve(Service::Defendis).await?;
    if let DefendisCommand::Pull(p) = &args.command {
        if p.follow.follow {
            if p.from.is_some() || p.output.is_some() || p.checkpoint.is_some() {
                return Err(Error::invalid_input(
                    "--follow fetches rolling day windows into --out-dir (or stdout) with its checkpoint in --state-dir: drop --from/--to, -o and --checkpoint",
                ));
            }
            let (name, value, _) = p.name_and_value()?;
            let mut feed = format!(
                "dataset = {}\nvalue = {}\n",
                crate::follow::quote(&name),
                crate::follow::quote(&value)
            );
            if let Some(n) = p.page_size {
                feed.push_str(&format!("page_size = {n}\n"));
            }
            feed.push_str(&format!("format = \"{}\"\n", p.format.format));
            return p
                .follow
                .run(
                    Service::Defendis,
                    &format!("defendis-{}", sanitize(&name)),
                    &feed,
                    "",
                    &target,
                    args.conn.attempts,
                )
                .await;
        }
    }
    let defendis = target.apply(Defendis::builder()).build()?;
    match args.command {
        DefendisCommand::Watchlists { .. } => {
            let mut out = std::io::stdout().lock();
            use std::io::Write;
            match kind {
                None => {
                    let mut items = defendis.watchlists().list().items();
                    while let Some(w) = items.try_next().await? {
                        writeln!(out, "{}", serde_json::to_string(&w).map_err(json_err)?)
                            .map_err(|e| Error::io("writing to stdout", e))?;
                    }
                }
                Some(kind) => {
                    let mut items = defendis.watchlist_entries(kind).list().items();
                    while let Some(w) = items.try_next().await? {
                        writeln!(out, "{}", serde_json::to_string(&w).map_err(json_err)?)
                            .map_err(|e| Error::io("writing to stdout", e))?;
                    }
                }
            }
        }
        DefendisCommand::Pull(p) => {
            let (dataset, window) = pull.expect("parsed above");
            let kind = secops::normalize::RecordKind::of_dataset(&dataset);
            let mut sink = Counted::new(
                p.format.sink(Output::new(p.output.as_ref())?, kind),
                global,
                "records",
            );
            let store = checkpoint_store(p.checkpoint.as_ref());
            let store = &*store;
            let mut sync = defendis
                .sync_dataset(dataset.clone(), window, &mut sink, store)
                .concurrency(p.concurrency)
                .on_progress(|p| {
                    global.progress_event(
                        "defendis pull",
                        serde_json::json!({"pages": p.pages, "records": p.records}),
                    )
                });
            if let Some(n) = p.page_size {
                sync = sync.page_size(n);
            }
            let report = match until_interrupted(sync.run()).await? {
                Some(r) => r,
                None => return Err(interrupted_error()),
            };
            sink.done();
            let mut fields = vec![
                ("dataset", dataset.endpoint().into()),
                ("scope", dataset.scope_value().into()),
                ("records", report.records.into()),
                ("pages", report.pages.into()),
                ("resumed", report.resumed.into()),
                ("seconds", secs(started)),
                ("retries", target.retries().into()),
            ];
            if dataset.is_inferred() {
                fields.push((
                    "note",
                    "this dataset's path is inferred (not published by the vendor)".into(),
                ));
            }
            push_sync_note(&mut fields, &report, "pull");
            global.summary("defendis pull", &fields);
        }
    }
    Ok(crate::common::Outcome::Success)
}

fn parse_kind(k: &str) -> secops::Result<WatchlistKind> {
    let k = k.trim().to_ascii_lowercase();
    WatchlistKind::ALL
        .into_iter()
        .find(|w| w.as_str() == k)
        .ok_or_else(|| {
            Error::invalid_input(format!(
                "unknown watchlist kind {k:?}: use assets, domain, bin, executive, keyword or ransom"
            ))
        })
}

/// A feed name from free text.
fn sanitize(s: &str) -> String {
    s.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '-'
            }
        })
        .collect()
}
