//! How every service subcommand finds its service: the same flags and
//! environment variables for all five.

use clap::Args;
use secops::sim::{SimHandle, Simulator};
use secops::{ClientBuilder, RetryPolicy, Secret, Service};

/// Connection flags shared by every service subcommand.
#[derive(Args, Debug, Clone, Default)]
pub struct Conn {
    /// Base URL of the service [default: the vendor's public URL, or $<SERVICE>_URL].
    #[arg(long, value_name = "URL", global = true)]
    pub url: Option<String>,
    /// API key [default: the service's environment variable]. Prefer the variable:
    /// command-line flags are visible to other local users.
    #[arg(long, value_name = "KEY", global = true, value_parser = secret_arg)]
    pub key: Option<Secret>,
    /// Run against the embedded simulator (started in-process) instead of a real service.
    #[arg(long, global = true, conflicts_with_all = ["url", "key"])]
    pub sim: bool,
    /// Attempts per request, the first included (the shared retry policy).
    #[arg(long, value_name = "N", default_value_t = 5, global = true)]
    pub attempts: u32,
    /// Allow plain http to a host that is not loopback (keys and data travel unencrypted).
    #[arg(long, global = true)]
    pub insecure_http: bool,
    /// Also send credentials to this origin (https://host[:port]): follow redirects
    /// to it, accept TAXII API roots on it. Repeat for several.
    #[arg(long, value_name = "ORIGIN", global = true)]
    pub allow_origin: Vec<String>,
}

/// Parses a secret flag (`--key`, `--password`) straight into a [`Secret`], so
/// that `Debug` of the parsed arguments never shows it.
pub fn secret_arg(value: &str) -> Result<Secret, String> {
    if value.trim().is_empty() {
        return Err("empty".into());
    }
    Ok(Secret::new(value))
}

/// The environment variable holding a service's base URL.
pub fn url_env_var(service: Service) -> &'static str {
    match service {
        Service::Defendis => "DEFENDIS_URL",
        Service::Sandbox => "SANDBOX_URL",
        Service::DefectDojo => "DD_URL",
        Service::Sie => "SIE_URL",
        Service::Taxii => "TAXII_URL",
        _ => "SECOPS_URL",
    }
}

/// A resolved target: where to send requests and with which key. Keeps the
/// embedded simulator (if any) alive as long as it lives.
pub struct Target {
    /// Base URL, if not the vendor's default.
    pub url: Option<String>,
    /// The key, if one was given.
    pub key: Option<Secret>,
    /// The retry policy (its stats count the retries ridden through).
    pub retry: RetryPolicy,
    /// The embedded simulator, with `--sim`.
    pub sim: Option<SimHandle>,
    /// `--insecure-http`.
    pub insecure_http: bool,
    /// `--allow-origin`.
    pub allow_origins: Vec<String>,
}

impl Conn {
    /// Resolves flags, then environment variables, then `--sim`.
    pub async fn resolve(&self, service: Service) -> secops::Result<Target> {
        let retry = RetryPolicy::default().max_attempts(self.attempts.max(1));
        if self.sim {
            let sim = Simulator::builder().start().await?;
            return Ok(Target {
                url: Some(sim.url(service)),
                key: Some(Secret::new(sim.key(service).to_string())),
                retry,
                sim: Some(sim),
                insecure_http: self.insecure_http,
                allow_origins: self.allow_origin.clone(),
            });
        }
        let env = |name: &str| std::env::var(name).ok().filter(|v| !v.trim().is_empty());
        Ok(Target {
            url: self.url.clone().or_else(|| env(url_env_var(service))),
            key: self
                .key
                .clone()
                .or_else(|| env(service.key_env_var()).map(Secret::new)),
            retry,
            sim: None,
            insecure_http: self.insecure_http,
            allow_origins: self.allow_origin.clone(),
        })
    }
}

impl Target {
    /// Applies the target to a service's builder.
    pub fn apply<C>(&self, mut builder: ClientBuilder<C>) -> ClientBuilder<C> {
        if let Some(url) = &self.url {
            builder = builder.base_url(url.clone());
        }
        if let Some(key) = &self.key {
            builder = builder.api_key(key.clone());
        }
        self.apply_origins(builder).retry(self.retry.clone())
    }

    /// Applies `--insecure-http` and `--allow-origin` to a service's builder.
    pub fn apply_origins<C>(&self, mut builder: ClientBuilder<C>) -> ClientBuilder<C> {
        for o in &self.allow_origins {
            builder = builder.allow_origin(o.clone());
        }
        builder.allow_insecure_http(self.insecure_http)
    }

    /// Retries made so far by clients built from this target.
    pub fn retries(&self) -> u64 {
        self.retry.stats().retries()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::Parser;

    #[derive(Parser, Debug)]
    struct Args {
        #[command(flatten)]
        conn: Conn,
    }

    #[test]
    fn parsed_keys_are_secret_in_debug() {
        let a = Args::try_parse_from(["x", "--key", "k-very-secret-123"]).unwrap();
        assert_eq!(a.conn.key.as_ref().unwrap().expose(), "k-very-secret-123");
        assert!(!format!("{a:?}").contains("k-very-secret-123"));
        assert!(
            Args::try_parse_from(["x", "--key", " "]).is_err(),
            "an empty key is refused"
        );
    }

    #[tokio::test]
    async fn origin_flags_reach_the_builder() {
        let a = Args::try_parse_from([
            "x",
            "--url",
            "http://taxii.example/taxii2/",
            "--insecure-http",
            "--allow-origin",
            "https://b.example",
            "--allow-origin",
            "https://c.example:8443",
        ])
        .unwrap();
        let t = a.conn.resolve(Service::Taxii).await.unwrap();
        let b = t.apply(ClientBuilder::<()>::new());
        assert!(b.config().allow_insecure_http());
        assert_eq!(
            b.config().allowed_origins(),
            ["https://b.example", "https://c.example:8443"]
        );
    }
}
