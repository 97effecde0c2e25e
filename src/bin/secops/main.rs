//! `secops`: the command-line tool.
//!
//! Exit codes: 0 success, 2 bad usage or input, 3 authentication or
//! authorisation, 4 other API error, 5 network error after retries, 6
//! completed with gaps (see [`common::Outcome`]), 130 interrupted.

use std::process::ExitCode;

use clap::{Parser, Subcommand};

mod common;
#[allow(dead_code)] // used as the service subcommands land
mod conn;
mod db_cmd;
mod defendis_cmd;
mod demo;
mod dojo_cmd;
mod follow;
mod run_cmd;
mod sandbox_cmd;
mod sie_cmd;
mod sim_cmd;
mod taxii_cmd;

use common::{exit_code_for, Global, Outcome};

const AFTER_HELP: &str = "\
Keys come from the environment (DEFENDIS_API_KEY, SANDBOX_API_KEY, DD_URL + DD_API_KEY,
SIE_API_KEY, TAXII_API_KEY) or from --key; --url points a command at a real service
(without it, commands that need a service say so).

Records are written as NDJSON to stdout, or atomically to -o FILE. Human summaries and
progress bars go to stderr, only when it is a terminal; --quiet silences them, --json
prints the summary as JSON on stderr for scripts. -v enables logs (keys and presigned
URLs are never logged).

Exit codes:
  0  success
  2  bad usage or input (nothing was sent)
  3  authentication or authorisation failed
  4  other API error
  5  network error after retries
  6  completed with gaps: the command ran to its end but some data it was asked
     for could not be fetched (e.g. SIE data pruned before it was fetched); the
     missing windows are printed on stderr and listed in the --json summary
  130  interrupted (Ctrl-C or SIGTERM); run the same command again to resume";

/// Typed, resumable clients for Defendis, Recorded Future Sandbox, DefectDojo,
/// SIE Batch and TAXII 2.1, and a simulator of all five.
#[derive(Parser, Debug)]
#[command(name = "secops", version, about, after_help = AFTER_HELP)]
struct Cli {
    #[command(flatten)]
    global: Global,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Serve all five simulated services on loopback and print their URLs and keys.
    Sim(sim_cmd::SimArgs),
    /// Run the whole flow across all five services against the embedded simulator.
    Demo(demo::DemoArgs),
    /// DomainTools SIE Batch: validate, channels, fetch (resumable), url.
    Sie(sie_cmd::SieArgs),
    /// DefectDojo: import/reimport scans, list findings.
    Dojo(dojo_cmd::DojoArgs),
    /// Recorded Future Sandbox: submit (and wait), samples, search, report.
    Sandbox(sandbox_cmd::SandboxArgs),
    /// Defendis: watchlists and resumable dataset pulls.
    Defendis(defendis_cmd::DefendisArgs),
    /// TAXII 2.1: discover, collections, poll (delta, resumable), push.
    Taxii(taxii_cmd::TaxiiArgs),
    /// The ingestion agent: run the feeds of a configuration file on their schedule.
    Run(run_cmd::RunArgs),
    /// PostgreSQL shared state: migrate the schema, show its status and leases.
    Db(db_cmd::DbArgs),
}

impl Command {
    /// Whether the command moves one HTTP body to one output and nothing else
    /// (see the runtime choice in `main`).
    fn single_stream(&self) -> bool {
        match self {
            Command::Sie(args) => args.single_stream(),
            _ => false,
        }
    }
}

/// A client command streams pages of up to a few MiB through memory, one after
/// another. glibc's defaults suit it badly: each worker thread gets its own
/// arena, and the memory a page used is handed back to the kernel as soon as it
/// is freed, only to be faulted in again (zeroed) for the next page. One arena,
/// and freed memory kept up to 8 MiB, measured 9 % faster for `taxii poll` at a
/// lower peak RSS (17–18 MiB instead of 18–21). `secops sim` (a server with
/// many concurrent connections) keeps the defaults.
fn tune_allocator() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: mallopt only sets allocator parameters; it is called before the
    // runtime's threads exist, and an unsupported parameter is just refused
    // (its return value is not needed).
    unsafe {
        libc::mallopt(libc::M_ARENA_MAX, 1);
        libc::mallopt(libc::M_MMAP_THRESHOLD, 4 << 20);
        libc::mallopt(libc::M_TRIM_THRESHOLD, 8 << 20);
    }
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            let _ = e.print();
            return ExitCode::from(code);
        }
    };
    match &cli.command {
        Command::Run(args) => args.init_tracing(&cli.global),
        _ => cli.global.init_tracing(),
    }
    if !matches!(cli.command, Command::Sim(_)) {
        tune_allocator();
    }
    // Commands that pass one body through to one file run on a current-thread
    // runtime: the connection and the writes then share one thread, as in
    // `curl -o`, instead of handing every network chunk to another thread.
    // Everything else keeps the multi-thread runtime (measured faster for the
    // paged and concurrent commands).
    // TAXII pages can only come one after another: one worker (the connection,
    // the read-ahead and the parsing of the next page) beside the main thread
    // (writing this page) measured 7 % faster than two workers competing for
    // the cores with the server.
    let mut builder = if cli.command.single_stream() {
        tokio::runtime::Builder::new_current_thread()
    } else {
        let mut b = tokio::runtime::Builder::new_multi_thread();
        if matches!(cli.command, Command::Taxii(_)) {
            b.worker_threads(1);
        }
        b
    };
    let runtime = match builder.enable_all().build() {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("error: cannot start the async runtime: {e}");
            return ExitCode::from(1);
        }
    };
    let result = runtime.block_on(async {
        match cli.command {
            Command::Sim(args) => sim_cmd::run(&cli.global, args).await.map(Outcome::from),
            Command::Demo(args) => demo::run(&cli.global, args).await.map(Outcome::from),
            Command::Sie(args) => sie_cmd::run(&cli.global, args).await,
            Command::Dojo(args) => dojo_cmd::run(&cli.global, args).await.map(Outcome::from),
            Command::Sandbox(args) => sandbox_cmd::run(&cli.global, args).await.map(Outcome::from),
            Command::Defendis(args) => defendis_cmd::run(&cli.global, args).await,
            Command::Taxii(args) => taxii_cmd::run(&cli.global, args).await,
            Command::Run(args) => run_cmd::run(&cli.global, args).await,
            Command::Db(args) => db_cmd::run(&cli.global, args).await,
        }
    });
    match result {
        Ok(outcome) => ExitCode::from(outcome.exit_code()),
        Err(_) if common::INTERRUPTED.load(std::sync::atomic::Ordering::SeqCst) => {
            eprintln!("interrupted: the checkpoint (if any) holds the last completed step and the output stays in FILE.partial; run the same command again to resume");
            ExitCode::from(130)
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::from(exit_code_for(&e))
        }
    }
}
