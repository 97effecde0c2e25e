//! Recorded Future Sandbox (formerly Hatching Triage): submit, watch, report, search.
//!
//! ```no_run
//! # async fn demo() -> secops::Result<()> {
//! use std::time::Duration;
//! use futures::TryStreamExt;
//! use secops::sandbox::{Artifact, Preset, Sandbox, SubmitOptions, Subset};
//!
//! let sandbox = Sandbox::builder().preset(Preset::RecordedFuture).api_key("...").build()?;
//! let sample = sandbox
//!     .submit_file("invoice.exe", SubmitOptions::new().profile("win10v2004-20240611-en"))
//!     .await?;
//! let done = sandbox.wait_for(&sample.id).timeout(Duration::from_secs(900)).await?;
//! let overview = sandbox.overview_report(&done.id).await?;
//! println!("score {:?}", overview.analysis.and_then(|a| a.score));
//! sandbox.download(Artifact::pcap(&done.id, "behavioral1")).to_path("dump.pcap").await?;
//! let mut mine = sandbox.samples(Subset::Owned).page_size(200).items();
//! while let Some(s) = mine.try_next().await? {
//!     println!("{} {}", s.id, s.state());
//! }
//! # Ok(()) }
//! ```
//!
//! What is where:
//! - this module: the client, its builder ([`Preset`]s, bearer auth, the shared retry
//!   policy), single calls (samples, reports, profiles) and the typed error codes;
//! - [`listing`]: the paged streams (`samples`, `search`) and the
//!   resumable export into a [`Sink`](crate::Sink);
//! - [`submit`]: file (multipart, streamed from disk) and URL submissions;
//! - [`events`]: the NDJSON event streams ([`Sandbox::sample_events`],
//!   [`Sandbox::account_events`]) and [`Sandbox::wait_for`];
//! - [`download`]: streaming downloads with progress and atomic rename.
//!
//! The request and response types are generated from `specs/sandbox.yaml` and
//! re-exported from [`types`]; every one of them keeps the fields it does not model in
//! its `extra` map.

use std::fmt;
use std::future::Future;

use http::HeaderMap;
use progenitor_client::ResponseValue;

use crate::config::{normalize_base, parse_error_generic, ClientBuilder, HttpCore};
use crate::error::{ApiError, ApiErrorKind, Error, Result, Service};
use crate::retry::RetryPolicy;
use crate::secret::Secret;
use crate::Auth;

pub mod download;
pub mod events;
pub mod follow;
pub mod listing;
pub mod submit;

pub use download::{Artifact, Download, DownloadSummary, Progress};
pub use events::{AccountEvents, SampleEvents, WaitFor};
pub use follow::{Boundary, FollowDetail, FollowReport, FollowSamples};
pub use listing::{
    Listing, ProfileListing, SampleListing, SamplesDetail, SamplesSource, SyncReport,
};
pub use submit::{FileSource, Network, SubmitOptions};
pub use types::{
    OverviewReport, Profile, ProfileChoice, ProfileInput, ProfileSelection, Sample, SampleSummary,
    StaticReport, Subset, TriageReport,
};

/// The client generated from `specs/sandbox.yaml` (see `generated/sandbox.rs`).
#[allow(missing_docs, clippy::all, unused)]
pub mod generated {
    include!(concat!(env!("OUT_DIR"), "/sandbox.rs"));
}

crate::hooks::impl_retry_hooks!(generated::Client);

/// The request and response types (generated from the spec).
pub mod types {
    pub use super::generated::types::*;
}

/// The environment variable read by [`Sandbox::from_env`] for the key.
pub const KEY_ENV: &str = "SANDBOX_API_KEY";
/// The environment variable read by [`Sandbox::from_env`] for the server: a preset
/// name (`recordedfuture`, `tria.ge`, `private`) or a base URL.
pub const URL_ENV: &str = "SANDBOX_URL";
/// The largest page the service serves.
pub const MAX_PAGE_SIZE: u32 = 200;

/// The known deployments of the sandbox, plus any other base URL.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Preset {
    /// `https://sandbox.recordedfuture.com/api` (the default).
    RecordedFuture,
    /// The public cloud, `https://tria.ge/api`.
    Triage,
    /// The private cloud, `https://private.tria.ge/api`.
    PrivateTriage,
    /// Any other base URL (an on-premises instance, a proxy, the simulator).
    Custom(String),
}

impl Preset {
    /// The base URL.
    pub fn url(&self) -> &str {
        match self {
            Preset::RecordedFuture => "https://sandbox.recordedfuture.com/api",
            Preset::Triage => "https://tria.ge/api",
            Preset::PrivateTriage => "https://private.tria.ge/api",
            Preset::Custom(u) => u,
        }
    }

    /// Parses a preset name (`recordedfuture`, `rf`, `tria.ge`, `triage`, `private`,
    /// `private.tria.ge`) or an `http(s)://` URL.
    pub fn parse(s: &str) -> Result<Self> {
        let t = s.trim();
        match t.to_ascii_lowercase().as_str() {
            "recordedfuture" | "recorded-future" | "rf" => Ok(Preset::RecordedFuture),
            "tria.ge" | "triage" | "public" => Ok(Preset::Triage),
            "private" | "private.tria.ge" | "private-triage" => Ok(Preset::PrivateTriage),
            _ if t.starts_with("http://") || t.starts_with("https://") => {
                normalize_base(Service::Sandbox, t)?;
                Ok(Preset::Custom(t.to_string()))
            }
            _ => Err(Error::invalid_input(format!(
                "unknown sandbox server {t:?}: use recordedfuture, tria.ge, private or an https:// base URL"
            ))),
        }
    }
}

/// The documented error codes (`{"error": CODE}`), for matching.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum ErrorCode {
    /// 400 `BAD_REQUEST`: the request could not be decoded.
    BadRequest,
    /// 400 `INVALID`: a field has a value that is not allowed.
    Invalid,
    /// 401 `UNAUTHORIZED`: missing or invalid credentials.
    Unauthorized,
    /// 404 `NOT_FOUND`: no such object or endpoint.
    NotFound,
    /// 405 `METHOD_NOT_ALLOWED`.
    MethodNotAllowed,
    /// 409 `PROFILE_ALREADY_EXISTS`.
    ProfileAlreadyExists,
    /// 500 `INTERNAL`: retryable.
    Internal,
    /// Any other code.
    Other(String),
}

impl ErrorCode {
    /// Maps a code string.
    pub fn parse(code: &str) -> Self {
        match code {
            "BAD_REQUEST" => ErrorCode::BadRequest,
            "INVALID" => ErrorCode::Invalid,
            "UNAUTHORIZED" => ErrorCode::Unauthorized,
            "NOT_FOUND" => ErrorCode::NotFound,
            "METHOD_NOT_ALLOWED" => ErrorCode::MethodNotAllowed,
            "PROFILE_ALREADY_EXISTS" => ErrorCode::ProfileAlreadyExists,
            "INTERNAL" => ErrorCode::Internal,
            other => ErrorCode::Other(other.to_string()),
        }
    }

    /// The sandbox error code of an [`Error::Api`] from this service.
    pub fn of(error: &Error) -> Option<Self> {
        let api = error.api()?;
        if api.service != Service::Sandbox {
            return None;
        }
        api.code.as_deref().map(ErrorCode::parse)
    }
}

/// The status of a sample or task.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SampleStatus {
    /// Submitted, not yet looked at.
    Pending,
    /// Static analysis (an interactive submission waits here for its profiles).
    StaticAnalysis,
    /// Waiting for a machine.
    Scheduled,
    /// Running.
    Running,
    /// The analysis is being processed into reports.
    Processing,
    /// Done: the reports are available (terminal).
    Reported,
    /// The analysis failed (terminal).
    Failed,
    /// A status this client does not know.
    Other(String),
}

impl SampleStatus {
    /// Maps a status string.
    pub fn parse(s: &str) -> Self {
        match s {
            "pending" => SampleStatus::Pending,
            "static_analysis" => SampleStatus::StaticAnalysis,
            "scheduled" => SampleStatus::Scheduled,
            "running" => SampleStatus::Running,
            "processing" => SampleStatus::Processing,
            "reported" => SampleStatus::Reported,
            "failed" => SampleStatus::Failed,
            other => SampleStatus::Other(other.to_string()),
        }
    }

    /// The wire name.
    pub fn as_str(&self) -> &str {
        match self {
            SampleStatus::Pending => "pending",
            SampleStatus::StaticAnalysis => "static_analysis",
            SampleStatus::Scheduled => "scheduled",
            SampleStatus::Running => "running",
            SampleStatus::Processing => "processing",
            SampleStatus::Reported => "reported",
            SampleStatus::Failed => "failed",
            SampleStatus::Other(s) => s,
        }
    }

    /// `reported` or `failed`.
    pub fn is_terminal(&self) -> bool {
        matches!(self, SampleStatus::Reported | SampleStatus::Failed)
    }
}

impl fmt::Display for SampleStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl types::Sample {
    /// The sample's status, typed.
    pub fn state(&self) -> SampleStatus {
        SampleStatus::parse(&self.status.0)
    }

    /// Whether the sample reached `reported` or `failed`.
    pub fn is_terminal(&self) -> bool {
        self.state().is_terminal()
    }
}

impl types::TaskRef {
    /// The task's status, typed (`None` when the service did not say).
    pub fn state(&self) -> Option<SampleStatus> {
        self.status.as_ref().map(|s| SampleStatus::parse(&s.0))
    }
}

/// The Recorded Future Sandbox client. Cheap to clone.
#[derive(Clone)]
pub struct Sandbox {
    pub(crate) core: HttpCore,
    /// Generated client whose calls go through the retry policy.
    pub(crate) api: generated::Client,
    /// Generated client that makes single attempts (for page sources, whose
    /// retries are done by the paginator).
    pub(crate) once: generated::Client,
}

impl fmt::Debug for Sandbox {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Sandbox")
            .field("core", &self.core)
            .finish_non_exhaustive()
    }
}

impl ClientBuilder<Sandbox> {
    /// Selects a known deployment (or [`Preset::Custom`]); same as [`base_url`](Self::base_url).
    pub fn preset(self, preset: Preset) -> Self {
        let url = preset.url().to_string();
        self.base_url(url)
    }

    /// Builds the client. A key is required (or an explicit [`auth`](Self::auth)).
    pub fn build(self) -> Result<Sandbox> {
        let config = self.config;
        if config.auth.is_none() {
            match &config.api_key {
                None => {
                    return Err(Error::invalid_input(format!(
                        "Sandbox: no API key: call .api_key(..) or set {KEY_ENV}"
                    )))
                }
                Some(k) if k.expose().trim().is_empty() => {
                    return Err(Error::invalid_input("Sandbox: the API key is empty"))
                }
                _ => {}
            }
        }
        let core = HttpCore::new(
            Service::Sandbox,
            &config,
            Preset::RecordedFuture.url(),
            Auth::Bearer,
            parse_error,
        )?;
        Ok(Sandbox::from_core(core))
    }
}

/// Parses the sandbox's `{error, message?}` bodies and classifies the documented codes.
pub fn parse_error(service: Service, status: u16, headers: &HeaderMap, body: &[u8]) -> ApiError {
    let mut e = parse_error_generic(service, status, headers, body);
    if let Some(code) = e.code.as_deref() {
        e.kind = match ErrorCode::parse(code) {
            ErrorCode::BadRequest | ErrorCode::Invalid => ApiErrorKind::BadRequest,
            ErrorCode::Unauthorized => ApiErrorKind::Unauthorized,
            ErrorCode::NotFound => ApiErrorKind::NotFound,
            ErrorCode::ProfileAlreadyExists => ApiErrorKind::Conflict,
            ErrorCode::Internal => ApiErrorKind::Server,
            _ => e.kind,
        };
    }
    e
}

/// Checks an id that goes into a URL path (see [`crate::http::check_segment`]).
pub(crate) fn check_segment(what: &str, value: &str) -> Result<()> {
    crate::http::check_segment(Service::Sandbox, what, value)
}

impl Sandbox {
    /// A builder (key, preset or base URL, timeouts, retry policy).
    pub fn builder() -> ClientBuilder<Sandbox> {
        ClientBuilder::new()
    }

    /// A client from the environment: the key from `SANDBOX_API_KEY`, the server from
    /// `SANDBOX_URL` when set (a preset name or a base URL; default Recorded Future).
    pub fn from_env() -> Result<Sandbox> {
        let key = Secret::from_env(KEY_ENV)?;
        let mut b = Sandbox::builder().api_key(key);
        if let Ok(url) = std::env::var(URL_ENV) {
            if !url.trim().is_empty() {
                b = b.preset(Preset::parse(&url)?);
            }
        }
        b.build()
    }

    fn from_core(core: HttpCore) -> Sandbox {
        let base = core.base_trimmed();
        let api = generated::Client::new_with_client(
            &base,
            core.http().clone(),
            crate::hooks::Hooks::new(core.clone()),
        );
        let mut single = core.clone();
        single.retry = RetryPolicy::none();
        let once = generated::Client::new_with_client(
            &base,
            core.http().clone(),
            crate::hooks::Hooks::new(single),
        );
        Sandbox { core, api, once }
    }

    /// The HTTP core (base URL, authenticated client, retry policy).
    pub fn core(&self) -> &HttpCore {
        &self.core
    }

    /// The generated client, for calls this wrapper does not cover: every
    /// operation of the spec, retried like this client's own calls (reads as
    /// a whole exchange, writes only when not received).
    pub fn generated(&self) -> &generated::Client {
        &self.api
    }

    /// Runs a generated call and converts its error.
    pub(crate) async fn call<T, E, F>(&self, fut: F) -> Result<T>
    where
        E: serde::Serialize,
        F: Future<Output = std::result::Result<ResponseValue<T>, progenitor_client::Error<E>>>,
    {
        match fut.await {
            Ok(v) => Ok(v.into_inner()),
            Err(e) => Err(crate::hooks::convert_error(&self.core, e).await),
        }
    }

    /// One sample (`GET /v0/samples/{id}`).
    pub async fn sample(&self, sample_id: &str) -> Result<Sample> {
        check_segment("sample id", sample_id)?;
        self.call(self.api.get_sample().sample_id(sample_id).send())
            .await
    }

    /// Deletes a sample and its analyses (`DELETE /v0/samples/{id}`).
    pub async fn delete_sample(&self, sample_id: &str) -> Result<()> {
        check_segment("sample id", sample_id)?;
        self.call(self.api.delete_sample().sample_id(sample_id).send())
            .await
            .map(drop)
    }

    /// Chooses the profiles of an interactive submission (`POST /v0/samples/{id}/profile`).
    ///
    /// Sent once (a POST is not retried).
    pub async fn set_profiles(&self, sample_id: &str, selection: ProfileSelection) -> Result<()> {
        check_segment("sample id", sample_id)?;
        if !selection.auto.unwrap_or(false) && selection.profiles.is_empty() {
            return Err(Error::invalid_input(
                "Sandbox: choose at least one profile, or set auto",
            ));
        }
        for p in &selection.profiles {
            if p.profile.trim().is_empty() {
                return Err(Error::invalid_input("Sandbox: a profile name is empty"));
            }
        }
        self.call(
            self.api
                .set_sample_profiles()
                .sample_id(sample_id)
                .body(selection)
                .send(),
        )
        .await
        .map(drop)
    }

    /// A short summary of a sample and its tasks (`GET /v0/samples/{id}/summary`).
    pub async fn summary(&self, sample_id: &str) -> Result<SampleSummary> {
        check_segment("sample id", sample_id)?;
        self.call(self.api.get_sample_summary().sample_id(sample_id).send())
            .await
    }

    /// The overview report, v1 (`GET /v1/samples/{id}/overview.json`).
    pub async fn overview_report(&self, sample_id: &str) -> Result<OverviewReport> {
        check_segment("sample id", sample_id)?;
        self.call(self.api.get_overview_report().sample_id(sample_id).send())
            .await
    }

    /// The static report (`GET /v0/samples/{id}/reports/static`).
    pub async fn static_report(&self, sample_id: &str) -> Result<StaticReport> {
        check_segment("sample id", sample_id)?;
        self.call(self.api.get_static_report().sample_id(sample_id).send())
            .await
    }

    /// The dynamic report of one task (`GET /v0/samples/{id}/{task}/report_triage.json`).
    pub async fn triage_report(&self, sample_id: &str, task_id: &str) -> Result<TriageReport> {
        check_segment("sample id", sample_id)?;
        check_segment("task id", task_id)?;
        self.call(
            self.api
                .get_triage_report()
                .sample_id(sample_id)
                .task_id(task_id)
                .send(),
        )
        .await
    }

    /// All the account's analysis profiles (`GET /v0/profiles`, every page:
    /// see [`profile_listing`](Sandbox::profile_listing) to page them yourself).
    pub async fn profiles(&self) -> Result<Vec<Profile>> {
        use futures::TryStreamExt;
        self.profile_listing().items().try_collect().await
    }

    /// One profile, by id or name (`GET /v0/profiles/{id}`).
    pub async fn profile(&self, id_or_name: &str) -> Result<Profile> {
        check_segment("profile id", id_or_name)?;
        self.call(self.api.get_profile().profile_id(id_or_name).send())
            .await
    }

    /// Creates a profile (`POST /v0/profiles`); a taken name is a 409
    /// [`ErrorCode::ProfileAlreadyExists`]. Sent once.
    pub async fn create_profile(&self, profile: ProfileInput) -> Result<Profile> {
        check_profile(&profile)?;
        self.call(self.api.create_profile().body(profile).send())
            .await
    }

    /// Updates a profile (`PUT /v0/profiles/{id}`).
    pub async fn update_profile(&self, id_or_name: &str, profile: ProfileInput) -> Result<Profile> {
        check_segment("profile id", id_or_name)?;
        check_profile(&profile)?;
        self.call(
            self.api
                .update_profile()
                .profile_id(id_or_name)
                .body(profile)
                .send(),
        )
        .await
    }

    /// Deletes a profile (`DELETE /v0/profiles/{id}`).
    pub async fn delete_profile(&self, id_or_name: &str) -> Result<()> {
        check_segment("profile id", id_or_name)?;
        self.call(self.api.delete_profile().profile_id(id_or_name).send())
            .await
            .map(drop)
    }
}

fn check_profile(p: &ProfileInput) -> Result<()> {
    if p.name.trim().is_empty() {
        return Err(Error::invalid_input("Sandbox: the profile name is empty"));
    }
    if p.timeout.is_some_and(|t| t < 1) {
        return Err(Error::invalid_input(
            "Sandbox: a profile timeout is at least 1 second",
        ));
    }
    Ok(())
}

/// A [`ProfileInput`] with a name and nothing else.
impl ProfileInput {
    /// A profile input named `name`, with no tags, timeout or network set.
    pub fn named(name: impl Into<String>) -> Self {
        ProfileInput {
            name: name.into(),
            tags: Vec::new(),
            timeout: None,
            network: None,
            extra: Default::default(),
        }
    }
}

impl ProfileChoice {
    /// Run with profile `profile` (an id or a name).
    pub fn new(profile: impl Into<String>) -> Self {
        ProfileChoice {
            profile: profile.into(),
            pick: None,
            extra: Default::default(),
        }
    }
}

impl ProfileSelection {
    /// Let the sandbox choose.
    pub fn auto() -> Self {
        ProfileSelection {
            auto: Some(true),
            pick: Vec::new(),
            profiles: Vec::new(),
            extra: Default::default(),
        }
    }

    /// Run with these profiles (ids or names).
    pub fn profiles<I, S>(names: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        ProfileSelection {
            auto: None,
            pick: Vec::new(),
            profiles: names.into_iter().map(ProfileChoice::new).collect(),
            extra: Default::default(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn presets_and_parse() {
        assert_eq!(
            Preset::RecordedFuture.url(),
            "https://sandbox.recordedfuture.com/api"
        );
        assert_eq!(Preset::parse("tria.ge").unwrap(), Preset::Triage);
        assert_eq!(Preset::parse("PRIVATE").unwrap(), Preset::PrivateTriage);
        assert_eq!(
            Preset::parse("http://127.0.0.1:9/sandbox/api").unwrap(),
            Preset::Custom("http://127.0.0.1:9/sandbox/api".into())
        );
        assert!(matches!(
            Preset::parse("nope"),
            Err(Error::InvalidInput { .. })
        ));
    }

    #[test]
    fn build_needs_a_key_and_hides_it() {
        let e = Sandbox::builder().build().unwrap_err();
        assert!(e.to_string().contains(KEY_ENV), "{e}");
        let s = Sandbox::builder()
            .api_key("sbx-very-secret-1")
            .preset(Preset::Triage)
            .build()
            .unwrap();
        assert_eq!(s.core().base().as_str(), "https://tria.ge/api/");
        assert!(!format!("{s:?}").contains("sbx-very-secret-1"));
    }

    #[test]
    fn segments_are_checked() {
        assert!(check_segment("sample id", "200101-abc").is_ok());
        for bad in ["", "..", "a/b", "a b", "a\nb"] {
            assert!(
                matches!(
                    check_segment("sample id", bad),
                    Err(Error::InvalidInput { .. })
                ),
                "{bad:?}"
            );
        }
    }

    #[test]
    fn error_codes_classify() {
        let h = HeaderMap::new();
        let e = parse_error(
            Service::Sandbox,
            409,
            &h,
            br#"{"error":"PROFILE_ALREADY_EXISTS","message":"taken"}"#,
        );
        assert_eq!(e.kind, ApiErrorKind::Conflict);
        let err = Error::from(e);
        assert_eq!(ErrorCode::of(&err), Some(ErrorCode::ProfileAlreadyExists));
        let e = parse_error(Service::Sandbox, 400, &h, br#"{"error":"INVALID"}"#);
        assert_eq!(e.kind, ApiErrorKind::BadRequest);
        assert_eq!(
            ErrorCode::parse("WHATEVER"),
            ErrorCode::Other("WHATEVER".into())
        );
    }

    #[test]
    fn statuses() {
        for s in [
            "pending",
            "static_analysis",
            "scheduled",
            "running",
            "processing",
            "reported",
            "failed",
        ] {
            assert_eq!(SampleStatus::parse(s).as_str(), s);
        }
        assert!(SampleStatus::Reported.is_terminal() && SampleStatus::Failed.is_terminal());
        assert!(!SampleStatus::Running.is_terminal());
        assert_eq!(
            SampleStatus::parse("queued"),
            SampleStatus::Other("queued".into())
        );
    }
}
