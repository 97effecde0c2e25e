//! `--follow`: one command's listing run as one feed of the agent, again and
//! again, until Ctrl-C or SIGTERM.

use std::path::PathBuf;

use clap::Args;
use secops::agent::config::Config;
use secops::agent::{Agent, Control, Options};
use secops::{Error, Secret, Service};
use tokio::sync::mpsc;

use crate::common::Outcome;
use crate::conn::Target;

/// The variable name the feed's key is handed over under (never read from
/// the environment: the command resolved the key already).
const KEY_VAR: &str = "SECOPS_FOLLOW_KEY";

/// Flags of `--follow`.
#[derive(Args, Debug, Clone, Default)]
pub struct FollowArgs {
    /// Keep following: run again every --every, each run resuming from the
    /// checkpoint, until Ctrl-C or SIGTERM (which finish the page in flight).
    /// The agent's machinery (`secops run`) for this one feed.
    #[arg(long)]
    pub follow: bool,
    /// With --follow: how often [default: SIE 1m, Defendis 1h, TAXII 5m].
    #[arg(long, value_name = "DURATION", requires = "follow")]
    pub every: Option<String>,
    /// With --follow: how far back the first run reaches [default: 1d].
    #[arg(long, value_name = "DURATION", requires = "follow")]
    pub lookback: Option<String>,
    /// With --follow: the feed's checkpoint directory [default: ./secops-follow].
    #[arg(long, value_name = "DIR", requires = "follow")]
    pub state_dir: Option<PathBuf>,
    /// With --follow: write NDJSON files rotated into DIR (each published
    /// atomically) instead of stdout (at least once).
    #[arg(long, value_name = "DIR", requires = "follow")]
    pub out_dir: Option<PathBuf>,
}

/// A TOML string.
pub fn quote(s: &str) -> String {
    toml::Value::String(s.to_string()).to_string()
}

impl FollowArgs {
    /// Runs `feed` (the `[[feed]]` keys of the listing, as TOML lines) of
    /// `service` at `target` until stopped. `service_lines` adds keys to the
    /// `[services.<name>]` table (TAXII's user name, API root).
    pub async fn run(
        &self,
        service: Service,
        name: &str,
        feed: &str,
        service_lines: &str,
        target: &Target,
        attempts: u32,
    ) -> secops::Result<Outcome> {
        let state_dir = self
            .state_dir
            .clone()
            .unwrap_or_else(|| PathBuf::from("secops-follow"));
        let cwd =
            std::env::current_dir().map_err(|e| Error::io("reading the current directory", e))?;
        let abs = |p: &PathBuf| {
            if p.is_absolute() {
                p.clone()
            } else {
                cwd.join(p)
            }
        };
        let service_name = service.as_str();
        let mut text = format!(
            "[agent]\nlisten = \"off\"\nstate_dir = {}\n",
            quote(&abs(&state_dir).to_string_lossy())
        );
        text.push_str(&format!("[services.{service_name}]\n"));
        if let Some(url) = &target.url {
            text.push_str(&format!("url = {}\n", quote(url)));
        }
        if target.key.is_some() {
            text.push_str(&format!("key_env = \"{KEY_VAR}\"\n"));
        }
        text.push_str(&format!("attempts = {}\n", attempts.max(1)));
        text.push_str(&format!("insecure_http = {}\n", target.insecure_http));
        let origins: Vec<String> = target.allow_origins.iter().map(|o| quote(o)).collect();
        text.push_str(&format!("allow_origins = [{}]\n", origins.join(", ")));
        text.push_str(service_lines);
        text.push_str(&format!(
            "[[feed]]\nname = {}\nservice = \"{service_name}\"\n{feed}",
            quote(name)
        ));
        if let Some(e) = &self.every {
            text.push_str(&format!("every = {}\n", quote(e)));
        }
        if let Some(l) = &self.lookback {
            text.push_str(&format!("initial_lookback = {}\n", quote(l)));
        }
        match &self.out_dir {
            Some(d) => text.push_str(&format!("dir = {}\n", quote(&abs(d).to_string_lossy()))),
            None => text.push_str("sink = \"stdout\"\n"),
        }
        let key: Option<Secret> = target.key.clone();
        let lookup = move |k: &str| {
            if k == KEY_VAR {
                key.as_ref().map(|s| s.expose().to_string())
            } else {
                std::env::var(k).ok().filter(|v| !v.trim().is_empty())
            }
        };
        let config = Config::parse(&cwd.join("--follow"), &text, &FnEnv(lookup.clone()))?;
        let agent = Agent::with_env(
            config,
            Options::default().first_delay(std::time::Duration::ZERO),
            lookup,
        );
        let (tx, rx) = mpsc::channel(2);
        let stop = tokio::spawn(async move {
            crate::common::interrupted().await;
            let _ = tx.send(Control::Stop).await;
        });
        let summary = agent.run(rx).await;
        stop.abort();
        let summary = summary?;
        let f = summary.feeds.values().next().cloned().unwrap_or_default();
        if f.gaps > 0 {
            return Ok(Outcome::CompletedWithGaps);
        }
        if f.parked || f.last_error.is_some() {
            eprintln!(
                "error: {}",
                f.last_error.as_deref().unwrap_or("the feed failed")
            );
            return Ok(Outcome::FeedsFailed { parked: f.parked });
        }
        Ok(Outcome::Success)
    }
}

/// The configuration check's view of the one key.
struct FnEnv<F>(F);

impl<F: Fn(&str) -> Option<String>> secops::agent::config::Env for FnEnv<F> {
    fn var(&self, name: &str) -> Option<String> {
        (self.0)(name)
    }
}
