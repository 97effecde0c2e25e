//! `secops sie`: SIE Batch channel details, fetches and presigned URLs.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use clap::{Args, Subcommand};
use secops::sie::{Channel, SieBatch, Window};
use secops::Service;
use std::future::IntoFuture;

use crate::common::{
    checkpoint_store, interrupted_error, push_sync_note, secs, until_interrupted, Counted, Global,
    Outcome, Output, RawOutput,
};
use crate::conn::Conn;

/// `secops sie ...`
#[derive(Args, Debug)]
pub struct SieArgs {
    #[command(flatten)]
    conn: Conn,
    #[command(subcommand)]
    command: SieCommand,
}

#[derive(Subcommand, Debug)]
enum SieCommand {
    /// Check the key and list the provisioned channels (one JSON object on stdout).
    Validate,
    /// Channel details (earliest, latest, size, media type) as NDJSON, one line per channel.
    Channels {
        /// Channels to describe (default: every provisioned channel).
        #[arg(long = "channel", value_name = "N")]
        channels: Vec<i64>,
    },
    /// Fetch a channel window as NDJSON (resumable with --checkpoint).
    ///
    /// A chunk the service answers 404 for although it starts before the
    /// channel's earliest data was pruned before it could be fetched: a gap.
    /// The fetch goes on, prints each gap on stderr (and lists them under
    /// "gaps" in the --json summary), and exits with 6 (completed with gaps).
    Fetch(FetchArgs),
    /// Make a presigned URL for a window; with --download, download it.
    Url {
        #[command(flatten)]
        window: WindowArgs,
        /// Download the URL's content to FILE (atomically; resumes after cuts)
        /// instead of printing the URL.
        #[arg(long, value_name = "FILE")]
        download: Option<PathBuf>,
    },
}

#[derive(Args, Debug)]
struct WindowArgs {
    /// Channel number (1-255), e.g. 212 (newly observed domains).
    #[arg(long, value_name = "N")]
    channel: i64,
    /// Window start, UTC: RFC 3339 or `YYYY-MM-DD HH:MM[:SS]` (seconds are ignored
    /// by the service). Required, except with `fetch --follow`.
    #[arg(long, value_name = "TIME")]
    from: Option<String>,
    /// Window end (exclusive), same forms as --from. Required, except with `fetch --follow`.
    #[arg(long, value_name = "TIME")]
    to: Option<String>,
    /// Cut the window to what the channel holds instead of failing.
    #[arg(long)]
    clamp: bool,
}

impl WindowArgs {
    fn parse(&self) -> secops::Result<(Channel, Window)> {
        let channel = Channel::new(self.channel)?;
        let (Some(from), Some(to)) = (&self.from, &self.to) else {
            return Err(secops::Error::invalid_input(
                "the window needs --from TIME and --to TIME (or, for fetch, --follow)",
            ));
        };
        let window = Window::parse(from, to)?;
        Ok((channel, window))
    }
}

#[derive(Args, Debug)]
struct FetchArgs {
    #[command(flatten)]
    window: WindowArgs,
    /// Write records to FILE (atomically: FILE.partial until complete) instead of stdout.
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
    #[command(flatten)]
    follow: crate::follow::FollowArgs,
    #[command(flatten)]
    format: crate::common::FormatArg,
    /// Save progress to FILE after each chunk; running the same command again resumes.
    #[arg(long, value_name = "FILE")]
    checkpoint: Option<PathBuf>,
    /// Chunks fetched at once (chunks are still written in order).
    #[arg(long, value_name = "N", default_value_t = 1)]
    concurrency: usize,
    /// Chunk length in minutes (the unit of checkpointing and retrying).
    #[arg(long, value_name = "MIN", default_value_t = 10)]
    chunk: u32,
    /// Write the body exactly as received, in one request (fastest; no per-line
    /// checks, no checkpoint).
    #[arg(long, conflicts_with_all = ["checkpoint", "concurrency"])]
    raw: bool,
}

impl SieArgs {
    /// `fetch --raw`: one `chfetch` body written as it arrives (the CLI runs it on
    /// a current-thread runtime).
    pub fn single_stream(&self) -> bool {
        matches!(&self.command, SieCommand::Fetch(f) if f.raw)
    }
}

/// Runs `secops sie ...`.
pub async fn run(global: &Global, args: SieArgs) -> secops::Result<Outcome> {
    // Input is checked before anything is started or sent.
    if let SieCommand::Fetch(f) = &args.command {
        if f.follow.follow {
            return follow(&args, f).await;
        }
    }
    let parsed = match &args.command {
        SieCommand::Fetch(f) => Some(f.window.parse()?),
        SieCommand::Url { window, .. } => Some(window.parse()?),
        SieCommand::Channels { channels } => {
            for c in channels {
                Channel::new(*c)?;
            }
            None
        }
        SieCommand::Validate => None,
    };
    let target = args.conn.resolve(Service::Sie).await?;
    let sie = target.apply(SieBatch::builder()).build()?;
    let started = Instant::now();
    match args.command {
        SieCommand::Validate => {
            let profile = sie.validate().await?;
            let channels: serde_json::Map<String, serde_json::Value> = profile
                .channels
                .iter()
                .map(|(c, p)| (c.number().to_string(), p.description.clone().into()))
                .collect();
            let v = serde_json::json!({"username": profile.username, "channels": channels});
            println!("{v}");
        }
        SieCommand::Channels { channels } => {
            let channels: Vec<Channel> = if channels.is_empty() {
                sie.validate().await?.channels.keys().copied().collect()
            } else {
                channels
                    .into_iter()
                    .map(Channel::new)
                    .collect::<secops::Result<_>>()?
            };
            let details = sie.channel_details(&channels).await?;
            for d in details.values() {
                let v = serde_json::json!({
                    "channel": d.channel.number(),
                    "earliest": d.earliest.to_rfc3339(),
                    "latest": d.latest.to_rfc3339(),
                    "size": d.size,
                    "mimetype": d.mimetype,
                });
                println!("{v}");
            }
        }
        SieCommand::Fetch(f) => {
            let (channel, window) = parsed.expect("parsed above");
            return fetch(global, &sie, channel, window, f, started).await;
        }
        SieCommand::Url {
            window: w,
            download,
        } => {
            let (channel, window) = parsed.expect("parsed above");
            match download {
                None => {
                    let url = sie.make_url(channel, window).await?;
                    // The URL is the command's output: printed to stdout only, never logged.
                    println!("{}", url.expose());
                }
                Some(path) => {
                    let mut out = RawOutput::new(Some(&path))?;
                    let report = until_interrupted(
                        sie.fetch_via_url(channel, window, &mut out)
                            .clamp(w.clamp)
                            .run(),
                    )
                    .await?;
                    let Some(report) = report else {
                        return Err(interrupted_error());
                    };
                    out.finish()?;
                    global.summary(
                        "sie url --download",
                        &[
                            ("file", path.display().to_string().into()),
                            ("bytes", report.bytes.into()),
                            ("seconds", secs(started)),
                        ],
                    );
                }
            }
        }
    }
    Ok(Outcome::Success)
}

async fn fetch(
    global: &Global,
    sie: &SieBatch,
    channel: Channel,
    window: Window,
    f: FetchArgs,
    started: Instant,
) -> secops::Result<Outcome> {
    if f.raw {
        if f.format.format != secops::normalize::Format::Raw {
            return Err(secops::Error::invalid_input(
                "--raw passes the service's body through: it cannot be combined with --format",
            ));
        }
        let mut out = RawOutput::new(f.output.as_ref())?;
        let fetch = sie.fetch_channel(channel, window).clamp(f.window.clamp);
        let bytes = match until_interrupted(fetch.write_to(&mut out)).await? {
            Some(b) => b,
            None => return Err(interrupted_error()),
        };
        out.finish()?;
        global.summary(
            "sie fetch --raw",
            &[
                ("channel", channel.number().into()),
                ("bytes", bytes.into()),
                ("seconds", secs(started)),
                (
                    "retries",
                    sie.core().retry_policy().stats().retries().into(),
                ),
            ],
        );
        return Ok(Outcome::Success);
    }
    if f.format.format != secops::normalize::Format::Raw && !channel.is_newdomain() {
        return Err(secops::Error::invalid_input(format!(
            "{channel} has no typed records: only channels 212 and 213 (newly observed domains) can be written as {}",
            f.format.format
        )));
    }
    let sink = Counted::new(
        f.format.sink(
            Output::new(f.output.as_ref())?,
            secops::normalize::RecordKind::SieNewDomain,
        ),
        global,
        "records",
    );
    let chunk = Duration::from_secs(u64::from(f.chunk.max(1)) * 60);
    let store = checkpoint_store(f.checkpoint.as_ref());
    let sync = sie
        .sync_channel(channel, window, sink, &*store)
        .chunk(chunk)
        .concurrency(f.concurrency)
        .clamp(f.window.clamp)
        .on_progress(|p| progress(global, p));
    let report = until_interrupted(sync.into_future()).await?;
    let Some(report) = report else {
        return Err(interrupted_error());
    };
    let mut fields = vec![
        ("channel", channel.number().into()),
        ("records", report.records.into()),
        ("bytes", report.bytes.into()),
        ("chunks", report.pages.into()),
        ("refetched chunks", report.detail.refetches.into()),
        ("seconds", secs(started)),
        (
            "retries",
            sie.core().retry_policy().stats().retries().into(),
        ),
    ];
    let noted = push_sync_note(&mut fields, &report, "window");
    if let (false, Some(from)) = (noted, report.detail.resumed_from) {
        fields.push(("resumed from", from.to_rfc3339().into()));
    }
    if !report.has_gaps() {
        global.summary("sie fetch", &fields);
        return Ok(Outcome::Success);
    }
    if global.json {
        let gaps: Vec<serde_json::Value> = report.gaps.iter().map(gap_json).collect();
        fields.push(("gaps", gaps.into()));
    } else {
        fields.push((
            "gaps",
            format!(
                "{} (pruned before they were fetched: see above)",
                report.gaps.len()
            )
            .into(),
        ));
        // Gaps are shown even when stderr is not a terminal (like errors):
        // the output is incomplete and nothing can fetch it any more.
        if !global.quiet {
            for g in &report.gaps {
                eprintln!("warning: gap in {channel}: {g}");
            }
        }
    }
    global.summary("sie fetch", &fields);
    Ok(Outcome::CompletedWithGaps)
}

fn gap_json(g: &secops::sie::Gap) -> serde_json::Value {
    serde_json::json!({
        "start": g.start.to_rfc3339(),
        "end": g.end.to_rfc3339(),
        "earliest": g.earliest.map(|t| t.to_rfc3339()),
        "reason": g.reason,
    })
}

fn progress(global: &Global, p: &secops::sie::SyncProgress) {
    let mut event = serde_json::json!({
        "chunk_end": p.detail.chunk.end().to_rfc3339(),
        "chunks_done": p.detail.chunks_done,
        "chunks_total": p.detail.chunks_total,
        "records": p.records,
    });
    if let Some(g) = &p.gap {
        event["gap"] = gap_json(g);
    }
    global.progress_event("sie fetch", event);
}

/// `sie fetch --follow`: the channel as one feed of the agent, following
/// `now − 2 min` (never past the channel's `latest`).
async fn follow(args: &SieArgs, f: &FetchArgs) -> secops::Result<Outcome> {
    let channel = Channel::new(f.window.channel)?;
    if f.window.from.is_some()
        || f.window.to.is_some()
        || f.output.is_some()
        || f.checkpoint.is_some()
        || f.raw
    {
        return Err(secops::Error::invalid_input(
            "--follow fetches from the feed's own watermark into --out-dir (or stdout) with its checkpoint in --state-dir: drop --from/--to (use --lookback), -o, --checkpoint and --raw",
        ));
    }
    let target = args.conn.resolve(Service::Sie).await?;
    let feed = format!(
        "channel = {}\nchunk = \"{}m\"\nformat = \"{}\"\n",
        channel.number(),
        f.chunk.max(1),
        f.format.format
    );
    f.follow
        .run(
            Service::Sie,
            &format!("sie-ch{}", channel.number()),
            &feed,
            "",
            &target,
            args.conn.attempts,
        )
        .await
}
