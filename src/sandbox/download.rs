//! Streaming downloads: samples, archives, task files (pcaps, dumps) and raw reports.
//!
//! Every download streams chunk by chunk into any [`AsyncWrite`] or into a file, in
//! constant memory, reporting [`Progress`] as it goes. A file is written as
//! `<path>.partial` in the same directory, synced, and renamed to `<path>` only when
//! complete: a failed, cancelled (dropped) or killed download never leaves a half
//! file under the final name (the `.partial` file is removed on failure or drop).
//!
//! A connection that drops mid-body is resumed with `Range: bytes=N-` when the server
//! answers `206`; a server that answers `200` again restarts a file download from
//! zero, and fails a writer download (a writer cannot be rewound).
//!
//! ```no_run
//! # async fn demo(sandbox: secops::sandbox::Sandbox) -> secops::Result<()> {
//! use secops::sandbox::Artifact;
//! let summary = sandbox
//!     .download(Artifact::pcap("240101-abcdef1234", "behavioral1"))
//!     .on_progress(|p| eprintln!("{} / {:?} bytes", p.bytes, p.total))
//!     .to_path("dump.pcap")
//!     .await?;
//! let mut out = tokio::io::stdout();
//! sandbox.download(Artifact::OverviewReport("240101-abcdef1234".into())).to_writer(&mut out).await?;
//! # Ok(()) }
//! ```

use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use futures::StreamExt;
use tokio::io::{AsyncSeekExt, AsyncWrite, AsyncWriteExt};
use url::Url;

use super::{check_segment, Sandbox};
use crate::error::{Error, Result, Service};

/// How far a transfer got.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Progress {
    /// Bytes transferred so far.
    pub bytes: u64,
    /// The total, when the server said.
    pub total: Option<u64>,
}

impl Progress {
    /// The fraction done (0.0..=1.0), when the total is known.
    pub fn fraction(&self) -> Option<f64> {
        self.total
            .filter(|t| *t > 0)
            .map(|t| (self.bytes as f64 / t as f64).min(1.0))
    }
}

/// Something to download.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Artifact {
    /// The submitted file (`/v0/samples/{id}/sample`).
    Sample(String),
    /// The archive of the analysis files (`/v0/samples/{id}/archive`).
    Archive(String),
    /// A task file, e.g. `dump.pcap` (`/v0/samples/{id}/{task}/{file}`).
    TaskFile {
        /// The sample.
        sample: String,
        /// The task (e.g. `behavioral1`).
        task: String,
        /// The file name.
        file: String,
    },
    /// The overview report as raw JSON (`/v1/samples/{id}/overview.json`).
    OverviewReport(String),
    /// The static report as raw JSON (`/v0/samples/{id}/reports/static`).
    StaticReport(String),
    /// A task's dynamic report as raw JSON (`/v0/samples/{id}/{task}/report_triage.json`).
    TriageReport {
        /// The sample.
        sample: String,
        /// The task.
        task: String,
    },
}

impl Artifact {
    /// A task's network capture, `dump.pcap`.
    pub fn pcap(sample: impl Into<String>, task: impl Into<String>) -> Self {
        Self::task_file(sample, task, "dump.pcap")
    }

    /// A task's network capture in pcapng form, `dump.pcapng`.
    pub fn pcapng(sample: impl Into<String>, task: impl Into<String>) -> Self {
        Self::task_file(sample, task, "dump.pcapng")
    }

    /// Any task file.
    pub fn task_file(
        sample: impl Into<String>,
        task: impl Into<String>,
        file: impl Into<String>,
    ) -> Self {
        Artifact::TaskFile {
            sample: sample.into(),
            task: task.into(),
            file: file.into(),
        }
    }

    /// The path segments under the base URL (checked).
    fn segments(&self) -> Result<Vec<&str>> {
        let segs = match self {
            Artifact::Sample(id) => {
                check_segment("sample id", id)?;
                vec!["v0", "samples", id, "sample"]
            }
            Artifact::Archive(id) => {
                check_segment("sample id", id)?;
                vec!["v0", "samples", id, "archive"]
            }
            Artifact::TaskFile { sample, task, file } => {
                check_segment("sample id", sample)?;
                check_segment("task id", task)?;
                check_segment("file name", file)?;
                vec!["v0", "samples", sample, task, file]
            }
            Artifact::OverviewReport(id) => {
                check_segment("sample id", id)?;
                vec!["v1", "samples", id, "overview.json"]
            }
            Artifact::StaticReport(id) => {
                check_segment("sample id", id)?;
                vec!["v0", "samples", id, "reports", "static"]
            }
            Artifact::TriageReport { sample, task } => {
                check_segment("sample id", sample)?;
                check_segment("task id", task)?;
                vec!["v0", "samples", sample, task, "report_triage.json"]
            }
        };
        Ok(segs)
    }

    fn operation(&self) -> &'static str {
        match self {
            Artifact::Sample(_) => "download_sample",
            Artifact::Archive(_) => "download_archive",
            Artifact::TaskFile { .. } => "download_task_file",
            Artifact::OverviewReport(_) => "get_overview_report",
            Artifact::StaticReport(_) => "get_static_report",
            Artifact::TriageReport { .. } => "get_triage_report",
        }
    }
}

/// What a finished download wrote.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct DownloadSummary {
    /// Bytes written.
    pub bytes: u64,
    /// The final path (for [`Download::to_path`]).
    pub path: Option<PathBuf>,
    /// Connections resumed or restarted after a drop.
    pub resumes: u32,
}

type ProgressFn = Arc<dyn Fn(Progress) + Send + Sync>;

/// A download to start; see [`Sandbox::download`].
#[must_use = "a Download does nothing until to_writer or to_path is awaited"]
pub struct Download<'a> {
    sandbox: &'a Sandbox,
    artifact: Artifact,
    progress: Option<ProgressFn>,
}

impl fmt::Debug for Download<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Download")
            .field("artifact", &self.artifact)
            .finish_non_exhaustive()
    }
}

/// Where the bytes go: a writer (append only) or our own file (can restart).
enum Target<'w, W: ?Sized> {
    Writer(&'w mut W),
    File(&'w mut tokio::fs::File),
}

impl<W: AsyncWrite + Unpin + ?Sized> Target<'_, W> {
    async fn write_all(&mut self, b: &[u8]) -> std::io::Result<()> {
        match self {
            Target::Writer(w) => w.write_all(b).await,
            Target::File(f) => f.write_all(b).await,
        }
    }

    async fn flush(&mut self) -> std::io::Result<()> {
        match self {
            Target::Writer(w) => w.flush().await,
            Target::File(f) => f.flush().await,
        }
    }

    /// Empties the target to restart from zero; false when it cannot.
    async fn rewind(&mut self) -> std::io::Result<bool> {
        match self {
            Target::Writer(_) => Ok(false),
            Target::File(f) => {
                f.flush().await?;
                f.set_len(0).await?;
                f.seek(std::io::SeekFrom::Start(0)).await?;
                Ok(true)
            }
        }
    }
}

/// Removes the `.partial` file unless the download completed.
struct PartialGuard {
    path: Option<PathBuf>,
}

impl Drop for PartialGuard {
    fn drop(&mut self) {
        if let Some(p) = self.path.take() {
            let _ = std::fs::remove_file(p);
        }
    }
}

fn partial_path(path: &Path) -> PathBuf {
    let mut s = path.as_os_str().to_os_string();
    s.push(".partial");
    PathBuf::from(s)
}

/// `Content-Range: bytes START-END/TOTAL` → (START, TOTAL).
fn content_range(headers: &http::HeaderMap) -> Option<(u64, Option<u64>)> {
    let v = headers.get(http::header::CONTENT_RANGE)?.to_str().ok()?;
    let rest = v.strip_prefix("bytes ")?;
    let (range, total) = rest.split_once('/')?;
    let (start, _) = range.split_once('-')?;
    Some((start.trim().parse().ok()?, total.trim().parse().ok()))
}

impl<'a> Download<'a> {
    /// Calls `f` after each chunk.
    pub fn on_progress(mut self, f: impl Fn(Progress) + Send + Sync + 'static) -> Self {
        self.progress = Some(Arc::new(f));
        self
    }

    fn url(&self) -> Result<Url> {
        let segs = self.artifact.segments()?;
        let mut url = self.sandbox.core.base().clone();
        url.path_segments_mut()
            .map_err(|_| Error::invalid_input("Sandbox: the base URL cannot take a path"))?
            .pop_if_empty()
            .extend(segs);
        Ok(url)
    }

    /// Streams the artifact into `writer`; returns the bytes written.
    pub async fn to_writer<W>(self, writer: &mut W) -> Result<DownloadSummary>
    where
        W: AsyncWrite + Unpin + ?Sized,
    {
        let url = self.url()?;
        let mut target = Target::Writer(writer);
        let (bytes, resumes) = self.transfer(url, &mut target).await?;
        Ok(DownloadSummary {
            bytes,
            path: None,
            resumes,
        })
    }

    /// Streams the artifact into `path` through `<path>.partial`, renamed into place
    /// only when complete. The parent directory must exist.
    ///
    /// The file is created with mode `0600` (on unix), and a symbolic link
    /// (or any other non-regular file) at `<path>.partial` is refused, not
    /// followed: see [`open_private`](crate::sink::open_private).
    pub async fn to_path(self, path: impl AsRef<Path>) -> Result<DownloadSummary> {
        let url = self.url()?;
        let path = path.as_ref().to_path_buf();
        if path.file_name().is_none() {
            return Err(Error::invalid_input(format!(
                "Sandbox: {} is not a file path",
                path.display()
            )));
        }
        let partial = partial_path(&path);
        // Mode 0600, never through a link planted at the `.partial` name
        // (refused, and left in place: the guard is armed only after this).
        let mut file = tokio::fs::File::from_std(crate::sink::open_private(&partial, true)?);
        let mut guard = PartialGuard {
            path: Some(partial.clone()),
        };
        let (bytes, resumes) = {
            let mut target: Target<'_, tokio::fs::File> = Target::File(&mut file);
            self.transfer(url, &mut target).await?
        };
        file.sync_all()
            .await
            .map_err(|e| Error::io(format!("syncing {}", partial.display()), e))?;
        drop(file);
        tokio::fs::rename(&partial, &path).await.map_err(|e| {
            Error::io(
                format!("renaming {} to {}", partial.display(), path.display()),
                e,
            )
        })?;
        guard.path = None;
        Ok(DownloadSummary {
            bytes,
            path: Some(path),
            resumes,
        })
    }

    async fn transfer<W>(&self, url: Url, target: &mut Target<'_, W>) -> Result<(u64, u32)>
    where
        W: AsyncWrite + Unpin + ?Sized,
    {
        let core = &self.sandbox.core;
        let service = Service::Sandbox;
        let op = self.artifact.operation();
        let policy = core.retry_policy().clone();
        let io_err = |e: std::io::Error| Error::io("writing the download", e);
        let mut written = 0u64;
        let mut failures = 0u32;
        let mut resumes = 0u32;
        loop {
            let mut req = core.http().get(url.clone());
            if written > 0 {
                req = req.header(http::header::RANGE, format!("bytes={written}-"));
            }
            let req = req.build().map_err(|e| Error::from_reqwest(service, e))?;
            let resp = core.send(op, req, false).await?;
            let status = resp.status().as_u16();
            let mut total = None;
            if written > 0 {
                match (status, content_range(resp.headers())) {
                    (206, Some((start, t))) if start == written => total = t,
                    (200, _) => {
                        if !target.rewind().await.map_err(io_err)? {
                            return Err(Error::protocol(
                                service,
                                format!(
                                    "the connection dropped after {written} bytes and the server cannot resume (it ignored the Range request); download to a path to restart automatically"
                                ),
                            ));
                        }
                        written = 0;
                    }
                    _ => {
                        return Err(Error::protocol(
                            service,
                            format!("resuming at byte {written}: unexpected answer {status}"),
                        ))
                    }
                }
            }
            if total.is_none() {
                total = resp.content_length().map(|n| n + written);
            }
            let mut body = resp.bytes_stream();
            let mut lost: Option<Error> = None;
            let before = written;
            while let Some(chunk) = body.next().await {
                match chunk {
                    Ok(c) => {
                        target.write_all(&c).await.map_err(io_err)?;
                        written += c.len() as u64;
                        if let Some(p) = &self.progress {
                            p(Progress {
                                bytes: written,
                                total,
                            });
                        }
                    }
                    Err(e) => {
                        lost = Some(Error::from_reqwest(service, e));
                        break;
                    }
                }
            }
            if lost.is_none() {
                match total {
                    Some(t) if written < t => {
                        lost = Some(Error::protocol(
                            service,
                            format!("the body ended after {written} of {t} bytes"),
                        ))
                    }
                    _ => {
                        target.flush().await.map_err(io_err)?;
                        return Ok((written, resumes));
                    }
                }
            }
            let err = lost.expect("set above");
            if written > before {
                failures = 0;
            }
            failures += 1;
            if failures >= policy.get_max_attempts() {
                return Err(err);
            }
            let delay = policy.backoff(failures);
            tracing::warn!(
                service = "sandbox",
                operation = op,
                bytes = written,
                delay_ms = delay.as_millis() as u64,
                "download interrupted; resuming"
            );
            resumes += 1;
            tokio::time::sleep(delay).await;
        }
    }
}

impl Sandbox {
    /// Starts a download of `artifact`; finish it with [`Download::to_path`] or
    /// [`Download::to_writer`].
    pub fn download(&self, artifact: Artifact) -> Download<'_> {
        Download {
            sandbox: self,
            artifact,
            progress: None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn content_range_parses() {
        let mut h = http::HeaderMap::new();
        h.insert(
            http::header::CONTENT_RANGE,
            "bytes 100-199/1000".parse().unwrap(),
        );
        assert_eq!(content_range(&h), Some((100, Some(1000))));
        h.insert(http::header::CONTENT_RANGE, "bytes 5-9/*".parse().unwrap());
        assert_eq!(content_range(&h), Some((5, None)));
    }

    #[test]
    fn artifacts_check_their_ids() {
        assert!(Artifact::pcap("s1", "behavioral1").segments().is_ok());
        for a in [
            Artifact::Sample(String::new()),
            Artifact::task_file("s1", "t/1", "f"),
            Artifact::task_file("s1", "t1", ".."),
        ] {
            assert!(
                matches!(a.segments(), Err(Error::InvalidInput { .. })),
                "{a:?}"
            );
        }
        assert_eq!(
            Progress {
                bytes: 5,
                total: Some(10)
            }
            .fraction(),
            Some(0.5)
        );
    }
}
