//! `secops db`: the PostgreSQL schema of shared state (`[state]`).

use std::path::PathBuf;

use clap::{Args, Subcommand};
use secops::agent::config::{Config, ProcessEnv};
use secops::pg::Database;
use secops::secret::Secret;
use secops::Error;

use crate::common::{Global, Outcome};

/// `secops db` arguments.
#[derive(Args, Debug)]
pub struct DbArgs {
    #[command(subcommand)]
    command: DbCommand,
    /// The agent configuration whose `[state]` names the database.
    #[arg(
        long,
        short = 'c',
        value_name = "FILE",
        global = true,
        conflicts_with = "url_env"
    )]
    config: Option<PathBuf>,
    /// The environment variable holding the PostgreSQL URL (without --config).
    #[arg(
        long,
        value_name = "VAR",
        global = true,
        default_value = "SECOPS_POSTGRES_URL"
    )]
    url_env: String,
}

#[derive(Subcommand, Debug)]
enum DbCommand {
    /// Create or migrate the tables (idempotent; the agent also does it at start).
    Migrate,
    /// The schema version, table sizes, live agents and who holds which feed.
    Status,
}

/// Runs `secops db`.
pub async fn run(_global: &Global, args: DbArgs) -> secops::Result<Outcome> {
    let db = match &args.config {
        Some(path) => {
            let config = Config::load(path, &ProcessEnv)?;
            let Some(state) = config.state else {
                return Err(Error::invalid_input(format!(
                    "{}: no [state] section: the agent keeps its state in files",
                    path.display()
                )));
            };
            let mut b = Database::builder(state.url);
            if let Some(ca) = state.ca_file {
                b = b.ca_file(ca);
            }
            b.build()?
        }
        None => {
            let url = std::env::var(&args.url_env)
                .ok()
                .filter(|v| !v.trim().is_empty())
                .ok_or_else(|| {
                    Error::invalid_input(format!(
                        "the environment variable {} (the PostgreSQL URL) is not set; or give --config FILE",
                        args.url_env
                    ))
                })?;
            Database::connect(Secret::new(url))?
        }
    };
    match args.command {
        DbCommand::Migrate => {
            let before = db.migrate().await?;
            match before {
                Some(v) if v == secops::pg::SCHEMA_VERSION => {
                    println!("{}: schema already at version {v}", db.location())
                }
                Some(v) => println!(
                    "{}: schema migrated from version {v} to {}",
                    db.location(),
                    secops::pg::SCHEMA_VERSION
                ),
                None => println!(
                    "{}: schema created at version {}",
                    db.location(),
                    secops::pg::SCHEMA_VERSION
                ),
            }
        }
        DbCommand::Status => {
            let s = db.status().await?;
            match s.version {
                None => println!("{}: no secops schema (run `secops db migrate`)", s.location),
                Some(v) => {
                    let note = if v < secops::pg::SCHEMA_VERSION {
                        format!(
                            " (this secops writes version {}: run `secops db migrate`)",
                            secops::pg::SCHEMA_VERSION
                        )
                    } else {
                        String::new()
                    };
                    println!("{}: schema version {v}{note}", s.location);
                    println!(
                        "  checkpoints {}, records {}, leases {}, live agents {}",
                        s.checkpoints, s.records, s.leases, s.live_agents
                    );
                    for l in db.lease_table().await? {
                        println!(
                            "  lease {}: {} (generation {}, {})",
                            l.feed,
                            l.owner.as_deref().unwrap_or("free"),
                            l.generation,
                            match l.expires_in_s {
                                Some(s) if s >= 0.0 => format!("expires in {s:.1} s"),
                                Some(s) => format!("expired {:.1} s ago", -s),
                                None => "never claimed".into(),
                            }
                        );
                    }
                }
            }
        }
    }
    Ok(Outcome::Success)
}
