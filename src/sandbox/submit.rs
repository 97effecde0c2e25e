//! Submissions: files (multipart, streamed) and URLs.
//!
//! A file submission is `POST /v0/samples` as `multipart/form-data` with a `_json`
//! part (the options) and a `file` part. The generator has no multipart support, so
//! this call is written by hand on the same HTTP core. The file is streamed from disk
//! (or from any [`AsyncRead`]) in 64 KiB chunks and never held in memory.
//!
//! Retries: a submission is not idempotent (a repeat could create a second sample),
//! so it is retried only when the service certainly did not take it: a 429 or 503
//! answer, or a connection that could not be opened. A file given by path is
//! re-opened for each attempt; a reader is sent once.
//!
//! ```no_run
//! # async fn demo(sandbox: secops::sandbox::Sandbox) -> secops::Result<()> {
//! use std::time::Duration;
//! use secops::sandbox::{Network, SubmitOptions};
//! let opts = SubmitOptions::new()
//!     .profile("win10v2004-20240611-en")
//!     .password("infected")
//!     .timeout(Duration::from_secs(300))
//!     .network(Network::Drop)
//!     .user_tag("case:4711");
//! let sample = sandbox.submit_file("/tmp/invoice.zip", opts).await?;
//! let by_url = sandbox.submit_url("https://example.com/payload", Default::default()).await?;
//! # Ok(()) }
//! ```

use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use futures::StreamExt;
use tokio::io::AsyncRead;

use super::download::Progress;
use super::{Sample, Sandbox};
use crate::error::{Error, Result};
use crate::http::Resend;
use crate::retry::{write_not_received, write_once};
use crate::secret::Secret;

/// The bytes read from the file per chunk.
const CHUNK: usize = 64 * 1024;

/// The network an analysis runs with.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Network {
    /// Full internet access (`internet`).
    Internet,
    /// No network: every connection is dropped (`drop`).
    Drop,
    /// Through Tor (`tor`).
    Tor,
    /// Another network option of the account.
    Other(String),
}

impl Network {
    /// The wire name.
    pub fn as_str(&self) -> &str {
        match self {
            Network::Internet => "internet",
            Network::Drop => "drop",
            Network::Tor => "tor",
            Network::Other(s) => s,
        }
    }
}

/// A progress callback (bytes done, total when known).
pub type ProgressFn = Arc<dyn Fn(Progress) + Send + Sync>;

/// The options of a submission (the `_json` part, or the JSON body of a URL).
#[derive(Clone, Default)]
pub struct SubmitOptions {
    interactive: bool,
    profiles: Vec<(String, Option<String>)>,
    password: Option<Secret>,
    timeout: Option<Duration>,
    network: Option<Network>,
    user_tags: Vec<String>,
    file_name: Option<String>,
    fetch: bool,
    progress: Option<ProgressFn>,
}

impl fmt::Debug for SubmitOptions {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SubmitOptions")
            .field("interactive", &self.interactive)
            .field("profiles", &self.profiles)
            .field("password", &self.password)
            .field("timeout", &self.timeout)
            .field("network", &self.network)
            .field("user_tags", &self.user_tags)
            .field("file_name", &self.file_name)
            .field("fetch", &self.fetch)
            .finish_non_exhaustive()
    }
}

impl SubmitOptions {
    /// Default options: not interactive, the account's default profiles.
    pub fn new() -> Self {
        Self::default()
    }

    /// Interactive: the sample stops after static analysis until profiles are
    /// chosen with [`Sandbox::set_profiles`].
    pub fn interactive(mut self, yes: bool) -> Self {
        self.interactive = yes;
        self
    }

    /// Runs with this profile (id or name); call again for more.
    pub fn profile(mut self, profile: impl Into<String>) -> Self {
        self.profiles.push((profile.into(), None));
        self
    }

    /// Runs `pick` (a file inside the submitted archive) with this profile.
    pub fn profile_for(mut self, profile: impl Into<String>, pick: impl Into<String>) -> Self {
        self.profiles.push((profile.into(), Some(pick.into())));
        self
    }

    /// The archive's password. Kept as a secret: never in `Debug` or errors.
    pub fn password(mut self, password: impl Into<Secret>) -> Self {
        self.password = Some(password.into());
        self
    }

    /// The analysis time (whole seconds, at least 1).
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = Some(timeout);
        self
    }

    /// The network.
    pub fn network(mut self, network: Network) -> Self {
        self.network = Some(network);
        self
    }

    /// A user tag (e.g. `case:4711`); call again for more.
    pub fn user_tag(mut self, tag: impl Into<String>) -> Self {
        self.user_tags.push(tag.into());
        self
    }

    /// The file name to submit under (default: the path's file name).
    pub fn file_name(mut self, name: impl Into<String>) -> Self {
        self.file_name = Some(name.into());
        self
    }

    /// For [`Sandbox::submit_url`]: let the sandbox fetch the URL and analyse what it
    /// serves (`kind: fetch`) instead of opening it in a browser (`kind: url`).
    pub fn fetch(mut self, yes: bool) -> Self {
        self.fetch = yes;
        self
    }

    /// Calls `f` as the upload advances.
    pub fn on_progress(mut self, f: impl Fn(Progress) + Send + Sync + 'static) -> Self {
        self.progress = Some(Arc::new(f));
        self
    }

    fn check(&self) -> Result<()> {
        for (p, pick) in &self.profiles {
            if p.trim().is_empty() {
                return Err(Error::invalid_input("Sandbox: a profile name is empty"));
            }
            if pick.as_deref().is_some_and(|s| s.trim().is_empty()) {
                return Err(Error::invalid_input(format!(
                    "Sandbox: the file picked for profile {p:?} is empty"
                )));
            }
        }
        if let Some(t) = self.timeout {
            if t.as_secs() < 1 {
                return Err(Error::invalid_input(
                    "Sandbox: the analysis timeout is at least 1 second",
                ));
            }
        }
        if let Some(Network::Other(n)) = &self.network {
            if n.trim().is_empty() {
                return Err(Error::invalid_input("Sandbox: the network name is empty"));
            }
        }
        for t in &self.user_tags {
            if t.trim().is_empty() {
                return Err(Error::invalid_input("Sandbox: a user tag is empty"));
            }
        }
        Ok(())
    }

    /// The JSON document (`_json` part or URL body) for these options.
    fn document(&self, kind: &str, url: Option<&str>) -> serde_json::Value {
        let mut doc = serde_json::Map::new();
        doc.insert("kind".into(), kind.into());
        if let Some(u) = url {
            doc.insert("url".into(), u.into());
        }
        if self.interactive {
            doc.insert("interactive".into(), true.into());
        }
        if !self.profiles.is_empty() {
            let profiles: Vec<serde_json::Value> = self
                .profiles
                .iter()
                .map(|(p, pick)| match pick {
                    Some(pick) => serde_json::json!({"profile": p, "pick": pick}),
                    None => serde_json::json!({ "profile": p }),
                })
                .collect();
            doc.insert("profiles".into(), profiles.into());
        }
        if let Some(pw) = &self.password {
            doc.insert("password".into(), pw.expose().into());
        }
        let mut defaults = serde_json::Map::new();
        if let Some(t) = self.timeout {
            defaults.insert("timeout".into(), t.as_secs().into());
        }
        if let Some(n) = &self.network {
            defaults.insert("network".into(), n.as_str().into());
        }
        if !defaults.is_empty() {
            doc.insert("defaults".into(), defaults.into());
        }
        if !self.user_tags.is_empty() {
            doc.insert("user_tags".into(), self.user_tags.clone().into());
        }
        serde_json::Value::Object(doc)
    }
}

/// What to upload: a file on disk (re-opened for each attempt) or a reader (sent once).
pub enum FileSource {
    /// A file on disk.
    Path(PathBuf),
    /// Any reader, with the name to submit it under and its length when known.
    Reader {
        /// The bytes.
        reader: Box<dyn AsyncRead + Send + Unpin>,
        /// The file name to submit it under.
        name: String,
        /// The length, when known (sent as the part's length; else chunked).
        len: Option<u64>,
    },
}

impl fmt::Debug for FileSource {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FileSource::Path(p) => f.debug_tuple("Path").field(p).finish(),
            FileSource::Reader { name, len, .. } => f
                .debug_struct("Reader")
                .field("name", name)
                .field("len", len)
                .finish_non_exhaustive(),
        }
    }
}

impl FileSource {
    /// A reader, submitted as `name`.
    pub fn reader(
        reader: impl AsyncRead + Send + Unpin + 'static,
        name: impl Into<String>,
    ) -> Self {
        FileSource::Reader {
            reader: Box::new(reader),
            name: name.into(),
            len: None,
        }
    }

    /// Sets the length of a reader source (ignored for paths).
    pub fn with_len(mut self, n: u64) -> Self {
        if let FileSource::Reader { len, .. } = &mut self {
            *len = Some(n);
        }
        self
    }
}

impl From<PathBuf> for FileSource {
    fn from(p: PathBuf) -> Self {
        FileSource::Path(p)
    }
}

impl From<&Path> for FileSource {
    fn from(p: &Path) -> Self {
        FileSource::Path(p.to_path_buf())
    }
}

impl From<&PathBuf> for FileSource {
    fn from(p: &PathBuf) -> Self {
        FileSource::Path(p.clone())
    }
}

impl From<&str> for FileSource {
    fn from(p: &str) -> Self {
        FileSource::Path(PathBuf::from(p))
    }
}

impl From<String> for FileSource {
    fn from(p: String) -> Self {
        FileSource::Path(PathBuf::from(p))
    }
}

fn check_name(name: &str) -> Result<()> {
    if name.trim().is_empty() {
        return Err(Error::invalid_input("Sandbox: the file name is empty"));
    }
    if name.chars().any(|c| c.is_control() || c == '"') {
        return Err(Error::invalid_input(format!(
            "Sandbox: the file name {name:?} contains a quote or a control character"
        )));
    }
    Ok(())
}

/// Counts uploaded bytes and reports progress.
#[derive(Clone)]
struct Meter {
    done: Arc<AtomicU64>,
    total: Option<u64>,
    progress: Option<ProgressFn>,
}

impl Meter {
    fn add(&self, n: usize) {
        let done = self.done.fetch_add(n as u64, Ordering::Relaxed) + n as u64;
        if let Some(p) = &self.progress {
            p(Progress {
                bytes: done,
                total: self.total,
            });
        }
    }
}

fn part_from_reader<R: AsyncRead + Send + 'static>(
    reader: R,
    name: &str,
    len: Option<u64>,
    meter: Meter,
) -> Result<reqwest::multipart::Part> {
    let stream = tokio_util::io::ReaderStream::with_capacity(reader, CHUNK).map(move |r| {
        if let Ok(chunk) = &r {
            meter.add(chunk.len());
        }
        r
    });
    let body = reqwest::Body::wrap_stream(stream);
    let part = match len {
        Some(n) => reqwest::multipart::Part::stream_with_length(body, n),
        None => reqwest::multipart::Part::stream(body),
    };
    part.file_name(name.to_string())
        .mime_str("application/octet-stream")
        .map_err(|e| Error::invalid_input(format!("Sandbox: bad MIME type: {e}")))
}

impl Sandbox {
    /// Submits a file (`POST /v0/samples`, multipart), streaming it from disk or from
    /// a reader without holding it in memory. Returns the new sample (usually
    /// `pending`); follow it with [`wait_for`](Sandbox::wait_for).
    pub async fn submit_file(
        &self,
        source: impl Into<FileSource>,
        options: SubmitOptions,
    ) -> Result<Sample> {
        options.check()?;
        let json = serde_json::to_string(&options.document("file", None)).map_err(|e| {
            Error::invalid_input(format!("Sandbox: cannot encode the options: {e}"))
        })?;
        let url = self.core.url("v0/samples")?;
        match source.into() {
            FileSource::Path(path) => {
                let meta = tokio::fs::metadata(&path).await.map_err(|e| {
                    Error::invalid_input(format!(
                        "Sandbox: cannot read the file to submit {}: {e}",
                        path.display()
                    ))
                })?;
                if !meta.is_file() {
                    return Err(Error::invalid_input(format!(
                        "Sandbox: {} is not a regular file",
                        path.display()
                    )));
                }
                let name = match &options.file_name {
                    Some(n) => n.clone(),
                    None => path
                        .file_name()
                        .map(|n| n.to_string_lossy().into_owned())
                        .unwrap_or_default(),
                };
                check_name(&name)?;
                let len = meta.len();
                // Each attempt opens the file again (a resend streams it anew).
                self.core
                    .exchange_json("submit_file", Resend::Write(write_not_received), || {
                        let meter = Meter {
                            done: Arc::new(AtomicU64::new(0)),
                            total: Some(len),
                            progress: options.progress.clone(),
                        };
                        let (path, name, json, url) = (&path, &name, &json, &url);
                        async move {
                            let file = tokio::fs::File::open(path)
                                .await
                                .map_err(|e| Error::io(format!("opening {}", path.display()), e))?;
                            let part = part_from_reader(file, name, Some(len), meter)?;
                            let form = reqwest::multipart::Form::new()
                                .text("_json", json.clone())
                                .part("file", part);
                            self.core
                                .build(self.core.http().post(url.clone()).multipart(form))
                        }
                    })
                    .await
            }
            FileSource::Reader { reader, name, len } => {
                let name = options.file_name.clone().unwrap_or(name);
                check_name(&name)?;
                let meter = Meter {
                    done: Arc::new(AtomicU64::new(0)),
                    total: len,
                    progress: options.progress.clone(),
                };
                let part = part_from_reader(reader, &name, len, meter)?;
                let form = reqwest::multipart::Form::new()
                    .text("_json", json)
                    .part("file", part);
                // A reader cannot be rewound: the request is sent once.
                let request = Mutex::new(Some(
                    self.core.build(self.core.http().post(url).multipart(form)),
                ));
                self.core
                    .exchange_json("submit_file", Resend::Write(write_once), || {
                        let taken = request.lock().expect("request lock").take();
                        async move {
                            taken.unwrap_or_else(|| {
                                Err(Error::invalid_input("Sandbox: the upload was already sent"))
                            })
                        }
                    })
                    .await
            }
        }
    }

    /// Submits a URL (`POST /v0/samples`, JSON `{kind: "url"|"fetch", url, ..}`).
    ///
    /// The URL must be absolute `http(s)`; `options.fetch(true)` makes the sandbox
    /// download it and analyse the download.
    pub async fn submit_url(&self, url: &str, options: SubmitOptions) -> Result<Sample> {
        options.check()?;
        let parsed = url::Url::parse(url.trim()).map_err(|e| {
            Error::invalid_input(format!("Sandbox: the URL to submit is not valid: {e}"))
        })?;
        if parsed.scheme() != "http" && parsed.scheme() != "https" {
            return Err(Error::invalid_input(format!(
                "Sandbox: only http and https URLs can be submitted, not {}",
                parsed.scheme()
            )));
        }
        if options.file_name.is_some() {
            return Err(Error::invalid_input(
                "Sandbox: file_name applies to file submissions only",
            ));
        }
        let kind = if options.fetch { "fetch" } else { "url" };
        let body = serde_json::to_vec(&options.document(kind, Some(url.trim()))).map_err(|e| {
            Error::invalid_input(format!("Sandbox: cannot encode the options: {e}"))
        })?;
        let target = self.core.url("v0/samples")?;
        self.core
            .exchange_json("submit_url", Resend::Write(write_not_received), || async {
                self.core.build(
                    self.core
                        .http()
                        .post(target.clone())
                        .header(http::header::CONTENT_TYPE, "application/json")
                        .body(body.clone()),
                )
            })
            .await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn document_has_the_documented_shape() {
        let o = SubmitOptions::new()
            .interactive(true)
            .profile("win10")
            .profile_for("win7", "inner.exe")
            .password("infected")
            .timeout(Duration::from_secs(120))
            .network(Network::Tor)
            .user_tag("case:1");
        let d = o.document("file", None);
        assert_eq!(
            d,
            serde_json::json!({
                "kind": "file", "interactive": true,
                "profiles": [{"profile": "win10"}, {"profile": "win7", "pick": "inner.exe"}],
                "password": "infected",
                "defaults": {"timeout": 120, "network": "tor"},
                "user_tags": ["case:1"]
            })
        );
        assert!(!format!("{o:?}").contains("infected"));
        let d = SubmitOptions::new().document("url", Some("https://x.test/"));
        assert_eq!(
            d,
            serde_json::json!({"kind": "url", "url": "https://x.test/"})
        );
    }

    #[test]
    fn bad_options_are_input_errors() {
        for o in [
            SubmitOptions::new().profile(" "),
            SubmitOptions::new().timeout(Duration::from_millis(500)),
            SubmitOptions::new().user_tag(""),
            SubmitOptions::new().network(Network::Other(String::new())),
            SubmitOptions::new().profile_for("w", ""),
        ] {
            assert!(
                matches!(o.check(), Err(Error::InvalidInput { .. })),
                "{o:?}"
            );
        }
        assert!(check_name("a\"b").is_err() && check_name("").is_err());
    }
}
