//! The crate's one error type.
//!
//! Every fallible call in `secops` returns [`Result<T>`](Result) with an
//! [`Error`], grouped by the phase in which the failure happened:
//!
//! | variant | meaning | retried by the client? |
//! |---|---|---|
//! | [`Error::InvalidInput`] | rejected before any request was sent | never |
//! | [`Error::Transport`] / [`Error::Timeout`] | the request did not complete | yes (idempotent calls) |
//! | [`Error::Api`] | the service answered with an error status | 408/425/429/5xx only |
//! | [`Error::Decode`] | the service answered, but not in the documented shape | no |
//! | [`Error::Protocol`] | the service broke a paging/stream contract | no |
//! | [`Error::Io`] / [`Error::Checkpoint`] | local files (outputs, checkpoints) | no |
//! | [`Error::Database`] | PostgreSQL (checkpoints, records, leases) | commits: yes, after reconnecting |
//! | [`Error::LeaseLost`] | another agent took the feed over (fencing) | never |
//!
//! Error messages never contain API keys or presigned URLs, and say what to do next.

use std::collections::BTreeMap;
use std::fmt;
use std::time::Duration;

/// `Result` with the crate's [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Boxed source error.
pub type BoxError = Box<dyn std::error::Error + Send + Sync + 'static>;

/// The service a request was made to.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum Service {
    /// Defendis threat exposure API.
    Defendis,
    /// Recorded Future Sandbox (formerly Hatching Triage).
    Sandbox,
    /// DefectDojo API v2.
    DefectDojo,
    /// DomainTools SIE Batch.
    Sie,
    /// A TAXII 2.1 server.
    Taxii,
}

impl Service {
    /// Short lowercase name (`defendis`, `sandbox`, `defectdojo`, `sie`, `taxii`).
    pub fn as_str(self) -> &'static str {
        match self {
            Service::Defendis => "defendis",
            Service::Sandbox => "sandbox",
            Service::DefectDojo => "defectdojo",
            Service::Sie => "sie",
            Service::Taxii => "taxii",
        }
    }

    /// The environment variable that conventionally holds this service's key.
    pub fn key_env_var(self) -> &'static str {
        match self {
            Service::Defendis => "DEFENDIS_API_KEY",
            Service::Sandbox => "SANDBOX_API_KEY",
            Service::DefectDojo => "DD_API_KEY",
            Service::Sie => "SIE_API_KEY",
            Service::Taxii => "TAXII_API_KEY",
        }
    }
}

impl fmt::Display for Service {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Service::Defendis => "Defendis",
            Service::Sandbox => "Sandbox",
            Service::DefectDojo => "DefectDojo",
            Service::Sie => "SIE Batch",
            Service::Taxii => "TAXII",
        })
    }
}

/// The crate's error type. See the [module docs](self) for the grouping.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// Bad input, rejected before any request was sent.
    #[error("invalid input: {message}")]
    InvalidInput {
        /// What is wrong and how to fix it.
        message: String,
    },

    /// The request could not be sent or the response could not be read
    /// (connection refused or reset, TLS, body cut mid-stream), after retries.
    #[error("{service}: network error: {message}")]
    Transport {
        /// The service called.
        service: Service,
        /// What failed (never contains a key or a presigned URL).
        message: String,
        /// The underlying error.
        #[source]
        source: Option<BoxError>,
    },

    /// The request timed out, or the retry deadline ran out.
    #[error("{service}: timed out: {message}")]
    Timeout {
        /// The service called.
        service: Service,
        /// What timed out.
        message: String,
    },

    /// The service answered with an error status.
    #[error(transparent)]
    Api(Box<ApiError>),

    /// The service answered successfully, but the body is not what the API documents.
    #[error("{service}: could not decode the response: {message} (body starts: {excerpt:?})")]
    Decode {
        /// The service called.
        service: Service,
        /// The decoder's message.
        message: String,
        /// The first bytes of the offending body (lossy UTF-8, at most 200 characters).
        excerpt: String,
    },

    /// The service broke a paging or streaming contract (a cursor that repeats,
    /// an empty page claiming more, a truncated NDJSON stream...).
    #[error("{service}: protocol error: {message}")]
    Protocol {
        /// The service called.
        service: Service,
        /// What was violated, and how far the stream got.
        message: String,
    },

    /// A local file could not be read or written.
    #[error("{context}: {source}")]
    Io {
        /// Which file and what was being done.
        context: String,
        /// The I/O error.
        #[source]
        source: std::io::Error,
    },

    /// A checkpoint could not be read, parsed or saved.
    #[error("checkpoint {location}: {message}")]
    Checkpoint {
        /// The file (or store key) of the checkpoint.
        location: String,
        /// What is wrong, and what to do.
        message: String,
    },

    /// PostgreSQL (checkpoints, records, leases) failed: the server refused a
    /// statement, or the connection was lost and did not come back in time.
    /// Never contains the connection URL's password.
    #[error("postgres {location}: {message}")]
    Database {
        /// The database (`postgres://host:port/dbname`, no user or password).
        location: String,
        /// What failed, and what to do.
        message: String,
        /// Whether trying again later could succeed (a lost connection, a
        /// server restarting), as opposed to a refusal (schema, permissions).
        retryable: bool,
    },

    /// Another agent holds the feed now (its lease expired while this agent
    /// was stalled): the commit was refused by fencing and nothing of it was
    /// written. The feed is given up, not retried.
    #[error("feed {feed}: {message}")]
    LeaseLost {
        /// The feed.
        feed: String,
        /// Who holds it now, and which lease generation this agent had.
        message: String,
    },
}

/// Detailed classification of an API error, for matching.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum ApiErrorKind {
    /// 400/422: the request was malformed.
    BadRequest,
    /// Field-level validation errors (DefectDojo's `{"field": ["message"]}` maps).
    Validation {
        /// Every field and its messages.
        fields: BTreeMap<String, Vec<String>>,
    },
    /// 401: missing, invalid or revoked key.
    Unauthorized,
    /// 403 without a more specific reason.
    Forbidden,
    /// 403 on Defendis: the value is outside the workspace's watchlist scope.
    OutOfScope,
    /// 403 on Defendis: enterprise billing denied.
    BillingDenied {
        /// The service's reason (e.g. `payment_unpaid`).
        reason: Option<String>,
        /// The billing status (e.g. `unpaid`).
        status: Option<String>,
    },
    /// 409 on Defendis: a workspace quota is reached.
    QuotaReached {
        /// The metric (`domains`, `keywords`, `bins`...).
        metric: Option<String>,
        /// How much is used.
        used: Option<u64>,
        /// The limit.
        limit: Option<u64>,
    },
    /// 404.
    NotFound,
    /// 409 (other than quotas).
    Conflict,
    /// 429, after the retries were used up.
    RateLimited,
    /// 5xx, after the retries were used up.
    Server,
    /// SIE Batch presigned URL expired (403): make a new one.
    UrlExpired,
    /// SIE Batch presigned URL points outside the retention window (404 `NoSuchKey`).
    OutsideRetention,
    /// An SIE Batch `NOK` envelope.
    SieNok {
        /// The hyphenated error type (`invalid-parameters`, `session-failure`...).
        kind: String,
        /// The offending parameter's name, for `invalid-parameters`.
        parameter: Option<String>,
        /// Why that parameter was rejected.
        reason: Option<String>,
    },
    /// Anything else.
    Other,
}

/// An error status from a service.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct ApiError {
    /// The service called.
    pub service: Service,
    /// The HTTP status.
    pub status: u16,
    /// The service's own error code (`error`, `type`, `title`...), when it gives one.
    pub code: Option<String>,
    /// The service's message, when it gives one (scrubbed of secrets).
    pub message: Option<String>,
    /// The request or log id, when the service gives one.
    pub request_id: Option<String>,
    /// `Retry-After`, when the service sent one.
    pub retry_after: Option<Duration>,
    /// Classification for matching.
    pub kind: ApiErrorKind,
}

impl ApiError {
    /// A new API error with no code, message or request id.
    pub fn new(service: Service, status: u16, kind: ApiErrorKind) -> Self {
        ApiError {
            service,
            status,
            code: None,
            message: None,
            request_id: None,
            retry_after: None,
            kind,
        }
    }

    /// The default classification of a bare status code.
    pub fn kind_for_status(status: u16) -> ApiErrorKind {
        match status {
            400 | 422 => ApiErrorKind::BadRequest,
            401 => ApiErrorKind::Unauthorized,
            403 => ApiErrorKind::Forbidden,
            404 => ApiErrorKind::NotFound,
            409 => ApiErrorKind::Conflict,
            429 => ApiErrorKind::RateLimited,
            500..=599 => ApiErrorKind::Server,
            _ => ApiErrorKind::Other,
        }
    }

    /// Whether a retry could succeed (408, 425, 429, 500, 502, 503, 504).
    pub fn is_retryable(&self) -> bool {
        crate::retry::is_retryable_status(self.status)
    }

    /// Replaces every occurrence of `secrets` (and any presigned signature)
    /// in every text the server gave: code, message, request id, field
    /// errors, SIE parameters and reasons, billing and quota details.
    pub fn scrub(&mut self, secrets: &[&crate::Secret]) {
        use crate::secret::scrub;
        let sc = |v: &mut String| *v = scrub(v, secrets);
        let sco = |v: &mut Option<String>| {
            if let Some(x) = v {
                *x = scrub(x, secrets);
            }
        };
        sco(&mut self.code);
        sco(&mut self.message);
        sco(&mut self.request_id);
        match &mut self.kind {
            ApiErrorKind::Validation { fields } => {
                *fields = std::mem::take(fields)
                    .into_iter()
                    .map(|(k, mut v)| {
                        v.iter_mut().for_each(sc);
                        (scrub(&k, secrets), v)
                    })
                    .collect();
            }
            ApiErrorKind::BillingDenied { reason, status } => {
                sco(reason);
                sco(status);
            }
            ApiErrorKind::QuotaReached { metric, .. } => sco(metric),
            ApiErrorKind::SieNok {
                kind,
                parameter,
                reason,
            } => {
                sc(kind);
                sco(parameter);
                sco(reason);
            }
            _ => {}
        }
    }

    fn hint(&self) -> String {
        match &self.kind {
            ApiErrorKind::Unauthorized => format!(
                "check the key (environment variable {}) and the base URL",
                self.service.key_env_var()
            ),
            ApiErrorKind::OutOfScope => {
                "the value is outside your watchlist scope: add it to a watchlist first".into()
            }
            ApiErrorKind::BillingDenied { .. } => {
                "the workspace's enterprise billing is not active: contact your account owner"
                    .into()
            }
            ApiErrorKind::QuotaReached { .. } => {
                "the workspace quota is reached: remove entries or raise the quota".into()
            }
            ApiErrorKind::RateLimited => {
                "rate limited after all retries: slow down or raise the retry policy's limits"
                    .into()
            }
            ApiErrorKind::Server => "the service failed after all retries: try again later".into(),
            ApiErrorKind::UrlExpired => "the presigned URL expired: make a new one".into(),
            ApiErrorKind::OutsideRetention => {
                "the window is outside the channel's retention: ask for a more recent window".into()
            }
            ApiErrorKind::Validation { .. } | ApiErrorKind::BadRequest => {
                "fix the request parameters".into()
            }
            ApiErrorKind::Forbidden => "the key lacks permission for this call".into(),
            ApiErrorKind::NotFound => "check the id or path".into(),
            ApiErrorKind::SieNok { .. } => "see the SIE error type and parameter".into(),
            _ => String::new(),
        }
    }
}

impl fmt::Display for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: HTTP {}", self.service, self.status)?;
        if let Some(c) = &self.code {
            write!(f, " {c}")?;
        }
        if let Some(m) = &self.message {
            if Some(m) != self.code.as_ref() {
                write!(f, ": {m}")?;
            }
        }
        match &self.kind {
            ApiErrorKind::Validation { fields } => {
                let list: Vec<String> = fields
                    .iter()
                    .map(|(k, v)| format!("{k}: {}", v.join("; ")))
                    .collect();
                write!(f, " [{}]", list.join(", "))?;
            }
            ApiErrorKind::QuotaReached {
                metric,
                used,
                limit,
            } => {
                write!(
                    f,
                    " (metric {}, used {}, limit {})",
                    metric.as_deref().unwrap_or("?"),
                    used.map(|u| u.to_string()).unwrap_or_else(|| "?".into()),
                    limit.map(|u| u.to_string()).unwrap_or_else(|| "?".into())
                )?;
            }
            ApiErrorKind::SieNok {
                kind,
                parameter,
                reason,
            } => {
                write!(f, " ({kind}")?;
                if let Some(p) = parameter {
                    write!(f, ", parameter {p}")?;
                }
                if let Some(r) = reason {
                    write!(f, ": {r}")?;
                }
                write!(f, ")")?;
            }
            _ => {}
        }
        if let Some(id) = &self.request_id {
            write!(f, " [request id {id}]")?;
        }
        let hint = self.hint();
        if !hint.is_empty() {
            write!(f, " — {hint}")?;
        }
        Ok(())
    }
}

impl std::error::Error for ApiError {}

impl From<ApiError> for Error {
    fn from(e: ApiError) -> Self {
        Error::Api(Box::new(e))
    }
}

impl Error {
    /// An [`Error::InvalidInput`].
    pub fn invalid_input(message: impl Into<String>) -> Self {
        Error::InvalidInput {
            message: message.into(),
        }
    }

    /// An [`Error::Protocol`].
    pub fn protocol(service: Service, message: impl Into<String>) -> Self {
        Error::Protocol {
            service,
            message: message.into(),
        }
    }

    /// An [`Error::Decode`] with an excerpt of the body.
    pub fn decode(service: Service, message: impl fmt::Display, body: &[u8]) -> Self {
        Error::Decode {
            service,
            message: message.to_string(),
            excerpt: excerpt(body),
        }
    }

    /// An [`Error::Io`].
    pub fn io(context: impl Into<String>, source: std::io::Error) -> Self {
        Error::Io {
            context: context.into(),
            source,
        }
    }

    /// A transport error from `reqwest`, with any URL stripped (URLs may carry
    /// presigned credentials).
    ///
    /// - a request that could not be built (a bad URL or header) →
    ///   [`Error::InvalidInput`] (nothing was sent);
    /// - an error status turned into an error (`error_for_status`) → [`Error::Api`];
    /// - a redirect loop or a refused redirect → [`Error::Protocol`];
    /// - a timeout (connect, read, total) → [`Error::Timeout`];
    /// - a body that fails to *parse* as JSON → [`Error::Decode`];
    /// - anything else, including a connection reset or cut in the middle of a
    ///   response body (which `reqwest` reports as a "decode" error while
    ///   reading the body) → [`Error::Transport`], which is retryable.
    pub fn from_reqwest(service: Service, e: reqwest::Error) -> Self {
        let e = e.without_url();
        if e.is_builder() {
            return Error::invalid_input(format!(
                "{service}: the request could not be built: {}",
                chain_message(&e)
            ));
        }
        if let (true, Some(status)) = (e.is_status(), e.status()) {
            let status = status.as_u16();
            return ApiError::new(service, status, ApiError::kind_for_status(status)).into();
        }
        if e.is_redirect() {
            return Error::protocol(service, chain_message(&e));
        }
        if e.is_timeout() {
            return Error::Timeout {
                service,
                message: chain_message(&e),
            };
        }
        if e.is_decode() && source_chain_has::<serde_json::Error>(&e) {
            return Error::Decode {
                service,
                message: e.to_string(),
                excerpt: String::new(),
            };
        }
        let message = chain_message(&e);
        Error::Transport {
            service,
            message,
            source: Some(Box::new(e)),
        }
    }

    /// The error with every occurrence of `secrets` (and any presigned
    /// signature) replaced by `[redacted]` in its texts: API error fields,
    /// decode excerpts, protocol and transport messages.
    pub fn scrubbed(self, secrets: &[&crate::Secret]) -> Self {
        use crate::secret::scrub;
        match self {
            Error::Api(mut e) => {
                e.scrub(secrets);
                Error::Api(e)
            }
            Error::Decode {
                service,
                message,
                excerpt,
            } => Error::Decode {
                service,
                message: scrub(&message, secrets),
                excerpt: scrub(&excerpt, secrets),
            },
            Error::Protocol { service, message } => Error::Protocol {
                service,
                message: scrub(&message, secrets),
            },
            Error::InvalidInput { message } => Error::InvalidInput {
                message: scrub(&message, secrets),
            },
            other => other,
        }
    }

    /// The HTTP status, for [`Error::Api`].
    pub fn status(&self) -> Option<u16> {
        match self {
            Error::Api(e) => Some(e.status),
            _ => None,
        }
    }

    /// The API error, if this is one.
    pub fn api(&self) -> Option<&ApiError> {
        match self {
            Error::Api(e) => Some(e),
            _ => None,
        }
    }

    /// The API error's classification, if this is one.
    pub fn api_kind(&self) -> Option<&ApiErrorKind> {
        self.api().map(|e| &e.kind)
    }

    /// The service's request/log id, when it gave one.
    pub fn request_id(&self) -> Option<&str> {
        self.api().and_then(|e| e.request_id.as_deref())
    }

    /// Whether retrying the same request could succeed: transport errors,
    /// timeouts, and API errors with status 408, 425, 429 or 5xx (502/503/504/500).
    pub fn is_retryable(&self) -> bool {
        match self {
            Error::Transport { .. } | Error::Timeout { .. } => true,
            Error::Api(e) => e.is_retryable(),
            Error::Database { retryable, .. } => *retryable,
            _ => false,
        }
    }

    /// The service's `Retry-After`, when it sent one.
    pub fn retry_after(&self) -> Option<Duration> {
        self.api().and_then(|e| e.retry_after)
    }

    /// Whether the error is an authentication or authorisation failure
    /// (401, 403, or an SIE `NOK` on the key).
    pub fn is_auth(&self) -> bool {
        match self.api_kind() {
            Some(ApiErrorKind::Unauthorized)
            | Some(ApiErrorKind::Forbidden)
            | Some(ApiErrorKind::OutOfScope)
            | Some(ApiErrorKind::BillingDenied { .. }) => true,
            Some(ApiErrorKind::SieNok { kind, .. }) => {
                kind == "missing-api-key" || kind == "session-failure" || kind == "invalid-api-key"
            }
            _ => false,
        }
    }
}

/// An error's message followed by its sources' (`a: b: c`), without repeats.
fn chain_message(e: &dyn std::error::Error) -> String {
    let mut message = e.to_string();
    let mut src = e.source();
    while let Some(s) = src {
        let text = s.to_string();
        if !message.ends_with(&text) {
            message.push_str(": ");
            message.push_str(&text);
        }
        src = s.source();
    }
    message
}

/// Whether `E` appears in the error's source chain.
fn source_chain_has<E: std::error::Error + 'static>(e: &(dyn std::error::Error + 'static)) -> bool {
    let mut cur = Some(e);
    while let Some(c) = cur {
        if c.is::<E>() {
            return true;
        }
        cur = c.source();
    }
    false
}

/// The first 200 characters of a body, lossy UTF-8, for error messages.
pub fn excerpt(body: &[u8]) -> String {
    let cut = &body[..body.len().min(400)];
    String::from_utf8_lossy(cut).chars().take(200).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_gives_hint_and_request_id() {
        let mut e = ApiError::new(Service::Defendis, 401, ApiErrorKind::Unauthorized);
        e.code = Some("Invalid or revoked API key".into());
        e.request_id = Some("r-1".into());
        let s = Error::from(e).to_string();
        assert!(s.contains("HTTP 401"), "{s}");
        assert!(s.contains("DEFENDIS_API_KEY"), "{s}");
        assert!(s.contains("r-1"), "{s}");
    }

    #[test]
    fn retryable_classification() {
        for (status, retry) in [
            (429, true),
            (503, true),
            (500, true),
            (400, false),
            (404, false),
        ] {
            let e = Error::from(ApiError::new(
                Service::Sandbox,
                status,
                ApiError::kind_for_status(status),
            ));
            assert_eq!(e.is_retryable(), retry, "{status}");
            assert_eq!(e.status(), Some(status));
        }
        assert!(!Error::invalid_input("x").is_retryable());
    }

    #[test]
    fn reqwest_errors_keep_their_class() {
        let e = reqwest::Client::new().get("not a url").build().unwrap_err();
        let err = Error::from_reqwest(Service::Sie, e);
        assert!(matches!(err, Error::InvalidInput { .. }), "{err:?}");
        assert!(!err.is_retryable());
        let e = serde_json::from_str::<u8>("x").unwrap_err();
        let err = Error::decode(Service::Sie, e, b"x");
        assert!(!err.is_retryable());
    }

    #[test]
    fn validation_lists_every_field() {
        let mut fields = BTreeMap::new();
        fields.insert("title".into(), vec!["This field is required.".into()]);
        fields.insert("severity".into(), vec!["bad".into()]);
        let e = Error::from(ApiError::new(
            Service::DefectDojo,
            400,
            ApiErrorKind::Validation { fields },
        ));
        let s = e.to_string();
        assert!(s.contains("title: This field is required.") && s.contains("severity: bad"));
    }
}
