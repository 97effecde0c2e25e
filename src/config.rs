//! The client configuration every service uses the same way.
//!
//! Every service client is built through a [`ClientBuilder`]:
//!
//! ```no_run
//! # #[cfg(feature = "sie")] {
//! use std::time::Duration;
//! use secops::{RetryPolicy, sie::SieBatch};
//! let sie = SieBatch::builder()
//!     .api_key("3f2504e0-4f89-41d3-9a0c-0305e82c3301")
//!     .base_url("https://batch.sie-remote.net/siebatchd/v1/")
//!     .timeout(Duration::from_secs(30))
//!     .retry(RetryPolicy::default().max_attempts(8))
//!     .build()?;
//! # }
//! # Ok::<(), secops::Error>(())
//! ```
//!
//! The same setters exist for `Defendis`, `Sandbox`, `DefectDojo` and `Taxii`;
//! each service adds a few of its own (presets, auth schemes) on its
//! `ClientBuilder<ServiceClient>`.

use std::fmt;
use std::marker::PhantomData;
use std::time::Duration;

use http::{HeaderMap, HeaderName};
use url::Url;

use crate::budget::{RequestBudget, RequestMeter};
use crate::error::{excerpt, ApiError, ApiErrorKind, Result, Service};
use crate::retry::RetryPolicy;
use crate::secret::Secret;

/// The `User-Agent` sent by default: `secops/<version>`.
pub const USER_AGENT: &str = concat!("secops/", env!("CARGO_PKG_VERSION"));

/// How requests authenticate.
#[derive(Clone, Debug)]
#[non_exhaustive]
pub enum Auth {
    /// `Authorization: Bearer <key>`.
    Bearer(Secret),
    /// `Authorization: Token <key>` (DefectDojo).
    Token(Secret),
    /// HTTP Basic.
    Basic {
        /// User name.
        username: String,
        /// Password.
        password: Secret,
    },
    /// The key in a custom header (e.g. `X-API-Key`).
    Header {
        /// Header name.
        name: HeaderName,
        /// The key.
        key: Secret,
    },
    /// No auth header (SIE Batch puts the key in the body).
    None,
}

impl Auth {
    pub(crate) fn apply(&self, headers: &mut HeaderMap) -> Result<()> {
        use base64_lite::encode;
        match self {
            Auth::Bearer(k) => {
                headers.insert(http::header::AUTHORIZATION, k.header_value("Bearer ")?);
            }
            Auth::Token(k) => {
                headers.insert(http::header::AUTHORIZATION, k.header_value("Token ")?);
            }
            Auth::Basic { username, password } => {
                let raw = Secret::new(encode(
                    format!("{username}:{}", password.expose()).as_bytes(),
                ));
                headers.insert(http::header::AUTHORIZATION, raw.header_value("Basic ")?);
            }
            Auth::Header { name, key } => {
                headers.insert(name.clone(), key.header_value("")?);
            }
            Auth::None => {}
        }
        Ok(())
    }
}

/// Settings shared by every service client.
#[derive(Clone)]
pub struct ClientConfig {
    pub(crate) base_url: Option<String>,
    pub(crate) api_key: Option<Secret>,
    pub(crate) auth: Option<Auth>,
    pub(crate) timeout: Option<Duration>,
    pub(crate) connect_timeout: Duration,
    pub(crate) read_timeout: Duration,
    pub(crate) user_agent: String,
    pub(crate) proxy: Option<Secret>,
    pub(crate) retry: RetryPolicy,
    pub(crate) allowed_origins: Vec<String>,
    pub(crate) allow_insecure_http: bool,
    pub(crate) max_body: usize,
    pub(crate) max_line: usize,
    pub(crate) budget: Option<RequestBudget>,
    pub(crate) meter: Option<RequestMeter>,
    pub(crate) connections: Option<crate::http::SharedConnections>,
}

impl ClientConfig {
    /// The origins allowed besides the base URL's ([`ClientBuilder::allow_origin`]).
    pub fn allowed_origins(&self) -> &[String] {
        &self.allowed_origins
    }

    /// Whether plain http to non-loopback hosts is allowed ([`ClientBuilder::allow_insecure_http`]).
    pub fn allow_insecure_http(&self) -> bool {
        self.allow_insecure_http
    }

    /// The shared request budget ([`ClientBuilder::budget`]).
    pub fn budget(&self) -> Option<&RequestBudget> {
        self.budget.as_ref()
    }

    /// The request meter ([`ClientBuilder::meter`]).
    pub fn meter(&self) -> Option<&RequestMeter> {
        self.meter.as_ref()
    }
}

impl Default for ClientConfig {
    fn default() -> Self {
        ClientConfig {
            base_url: None,
            api_key: None,
            auth: None,
            timeout: None,
            connect_timeout: Duration::from_secs(10),
            read_timeout: Duration::from_secs(120),
            user_agent: USER_AGENT.to_string(),
            proxy: None,
            retry: RetryPolicy::default(),
            allowed_origins: Vec::new(),
            allow_insecure_http: false,
            max_body: crate::limits::DEFAULT_MAX_BODY,
            max_line: crate::limits::DEFAULT_MAX_LINE,
            budget: None,
            meter: None,
            connections: None,
        }
    }
}

impl fmt::Debug for ClientConfig {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ClientConfig")
            .field("base_url", &self.base_url.as_deref().map(redact_base))
            .field("api_key", &self.api_key)
            .field("auth", &self.auth)
            .field("timeout", &self.timeout)
            .field("connect_timeout", &self.connect_timeout)
            .field("read_timeout", &self.read_timeout)
            .field("user_agent", &self.user_agent)
            .field("proxy", &self.proxy)
            .field("retry", &self.retry)
            .field(
                "allowed_origins",
                &self
                    .allowed_origins
                    .iter()
                    .map(|o| redact_base(o))
                    .collect::<Vec<_>>(),
            )
            .field("allow_insecure_http", &self.allow_insecure_http)
            .field("max_body", &self.max_body)
            .field("max_line", &self.max_line)
            .field("budget", &self.budget)
            .field("meter", &self.meter)
            .finish_non_exhaustive()
    }
}

/// A base URL as `Debug` may show it: user info and query removed (they may
/// carry credentials); an unparseable value is not shown at all.
fn redact_base(raw: &str) -> String {
    match Url::parse(raw.trim()) {
        Ok(u) => crate::secret::redact_url(&u),
        Err(_) => "[unparseable URL]".to_string(),
    }
}

/// Builder for a service client `C` (`Defendis`, `Sandbox`, `DefectDojo`, `SieBatch`, `Taxii`).
///
/// The setters here are the same for every service; `build()` is provided by
/// each service and checks what it needs (a key, a URL) before any request.
pub struct ClientBuilder<C> {
    pub(crate) config: ClientConfig,
    _client: PhantomData<fn() -> C>,
}

impl<C> fmt::Debug for ClientBuilder<C> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ClientBuilder")
            .field("config", &self.config)
            .finish()
    }
}

impl<C> Default for ClientBuilder<C> {
    fn default() -> Self {
        ClientBuilder {
            config: ClientConfig::default(),
            _client: PhantomData,
        }
    }
}

impl<C> Clone for ClientBuilder<C> {
    fn clone(&self) -> Self {
        ClientBuilder {
            config: self.config.clone(),
            _client: PhantomData,
        }
    }
}

impl<C> ClientBuilder<C> {
    /// A builder with the defaults (no key, the service's public base URL).
    pub fn new() -> Self {
        Self::default()
    }

    /// The API key or token. Its value never appears in `Debug`, errors or logs.
    pub fn api_key(mut self, key: impl Into<Secret>) -> Self {
        self.config.api_key = Some(key.into());
        self
    }

    /// The base URL (to reach the simulator, a proxy or a private instance).
    pub fn base_url(mut self, url: impl Into<String>) -> Self {
        self.config.base_url = Some(url.into());
        self
    }

    /// Alias of [`base_url`](Self::base_url).
    pub fn url(self, url: impl Into<String>) -> Self {
        self.base_url(url)
    }

    /// Overrides how requests authenticate (by default each service uses its own scheme with the key).
    pub fn auth(mut self, auth: Auth) -> Self {
        self.config.auth = Some(auth);
        self
    }

    /// HTTP Basic credentials.
    pub fn basic_auth(mut self, username: impl Into<String>, password: impl Into<Secret>) -> Self {
        self.config.auth = Some(Auth::Basic {
            username: username.into(),
            password: password.into(),
        });
        self
    }

    /// A total timeout per request, body included. Unset by default, because
    /// downloads may take hours; the read timeout guards against stalls.
    pub fn timeout(mut self, d: Duration) -> Self {
        self.config.timeout = Some(d);
        self
    }

    /// The connect timeout (default 10 s).
    pub fn connect_timeout(mut self, d: Duration) -> Self {
        self.config.connect_timeout = d;
        self
    }

    /// The longest wait for the next bytes of a response (default 120 s).
    pub fn read_timeout(mut self, d: Duration) -> Self {
        self.config.read_timeout = d;
        self
    }

    /// The `User-Agent` (default `secops/<version>`).
    pub fn user_agent(mut self, ua: impl Into<String>) -> Self {
        self.config.user_agent = ua.into();
        self
    }

    /// An HTTP(S) proxy URL (may carry credentials: it is kept as a secret).
    pub fn proxy(mut self, url: impl Into<Secret>) -> Self {
        self.config.proxy = Some(url.into());
        self
    }

    /// The retry policy (default: [`RetryPolicy::default`]).
    pub fn retry(mut self, policy: RetryPolicy) -> Self {
        self.config.retry = policy;
        self
    }

    /// Allows credentials to go to another origin (`https://host[:port]`)
    /// besides the base URL's: redirects to it are followed, and a TAXII
    /// discovery may name API roots on it. Call once per origin.
    ///
    /// By default an authenticated client refuses a redirect to another
    /// origin (reqwest would re-send custom key headers, and 307/308 re-post
    /// SIE Batch's body with its `apikey`), and TAXII refuses API roots on
    /// another origin than the discovery URL. See [`crate::origin`].
    pub fn allow_origin(mut self, origin: impl Into<String>) -> Self {
        self.config.allowed_origins.push(origin.into());
        self
    }

    /// Allows plain `http` to hosts that are not loopback (off by default:
    /// keys and data would travel unencrypted). Loopback (`127.0.0.0/8`,
    /// `::1`, `localhost`) is always allowed. A redirect from `https` to
    /// `http` is refused even so.
    pub fn allow_insecure_http(mut self, allow: bool) -> Self {
        self.config.allow_insecure_http = allow;
        self
    }

    /// The largest whole response body read into memory, in bytes (default
    /// [`DEFAULT_MAX_BODY`](crate::limits::DEFAULT_MAX_BODY), 64 MiB); a larger
    /// body ends the call with [`Error::Protocol`](crate::Error::Protocol). Streamed downloads are not limited.
    pub fn max_body(mut self, bytes: usize) -> Self {
        self.config.max_body = bytes;
        self
    }

    /// The longest NDJSON or event-stream line, in bytes (default
    /// [`DEFAULT_MAX_LINE`](crate::limits::DEFAULT_MAX_LINE), 16 MiB); a longer
    /// line ends the stream with [`Error::Protocol`](crate::Error::Protocol).
    pub fn max_line(mut self, bytes: usize) -> Self {
        self.config.max_line = bytes;
        self
    }

    /// A request budget shared with other clients (those that talk to the
    /// same service on the same host): every request of this client, each
    /// retry included, waits for one of its tokens, and every answer adapts
    /// its rate (see [`crate::budget`]). None by default.
    pub fn budget(mut self, budget: RequestBudget) -> Self {
        self.config.budget = Some(budget);
        self
    }

    /// A meter counting this client's requests (each attempt) and throttling
    /// answers (see [`crate::budget`]). Give each feed its own to report
    /// requests per feed. None by default.
    pub fn meter(mut self, meter: RequestMeter) -> Self {
        self.config.meter = Some(meter);
        self
    }

    /// Shares HTTP connections (and the TLS roots loaded for them) with every
    /// other client given the same [`SharedConnections`]
    /// and built with the same transport settings: same service, base URL,
    /// credentials, origins, timeouts and proxy. Each client keeps its own
    /// retry counter, meter and limits. Many clients of one service (the
    /// agent's feeds) then cost one connection pool. Not shared by default.
    pub fn share_connections(mut self, shared: SharedConnections) -> Self {
        self.config.connections = Some(shared);
        self
    }

    /// The configuration so far.
    pub fn config(&self) -> &ClientConfig {
        &self.config
    }
}

pub use crate::http::{normalize_base, read_limited, ErrorParser, HttpCore, SharedConnections};

/// A generic error-body parser: understands `{error, message}`, `{detail}`,
/// `{title, description}`, `{error: {code, message, request_id}}` and
/// `{_status: "NOK", ...}` well enough for a readable message.
pub fn parse_error_generic(
    service: Service,
    status: u16,
    headers: &HeaderMap,
    body: &[u8],
) -> ApiError {
    let mut e = ApiError::new(service, status, ApiError::kind_for_status(status));
    e.request_id = headers
        .get("x-request-id")
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned);
    let Ok(v) = serde_json::from_slice::<serde_json::Value>(body) else {
        if !body.is_empty() {
            e.message = Some(excerpt(body));
        }
        return e;
    };
    let s = |v: &serde_json::Value, k: &str| v.get(k).and_then(|x| x.as_str()).map(str::to_owned);
    match v.get("error") {
        Some(serde_json::Value::Object(inner)) => {
            let inner = serde_json::Value::Object(inner.clone());
            e.code = s(&inner, "code");
            e.message = s(&inner, "message");
            e.request_id = s(&inner, "request_id").or(e.request_id);
        }
        Some(serde_json::Value::String(code)) => {
            e.code = Some(code.clone());
            e.message = s(&v, "message");
        }
        _ => {
            e.code = s(&v, "type").or_else(|| s(&v, "title"));
            e.message = s(&v, "_message")
                .filter(|m| !m.is_empty())
                .or_else(|| s(&v, "detail"))
                .or_else(|| s(&v, "description"))
                .or_else(|| s(&v, "message"));
            e.request_id = s(&v, "logid").or(e.request_id);
        }
    }
    if matches!(e.kind, ApiErrorKind::Other) && e.code.is_none() && e.message.is_none() {
        e.message = Some(excerpt(body));
    }
    e
}

/// Minimal standard base64 (for Basic auth), to avoid a crate for twenty lines.
pub(crate) mod base64_lite {
    const TABLE: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    pub fn encode(input: &[u8]) -> String {
        let mut out = String::with_capacity(input.len().div_ceil(3) * 4);
        for chunk in input.chunks(3) {
            let b = [
                chunk[0],
                *chunk.get(1).unwrap_or(&0),
                *chunk.get(2).unwrap_or(&0),
            ];
            let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
            for i in 0..4 {
                if i <= chunk.len() {
                    out.push(TABLE[((n >> (18 - 6 * i)) & 63) as usize] as char);
                } else {
                    out.push('=');
                }
            }
        }
        out
    }

    #[cfg(test)]
    mod tests {
        #[test]
        fn rfc4648_vectors() {
            for (i, o) in [
                ("", ""),
                ("f", "Zg=="),
                ("fo", "Zm8="),
                ("foo", "Zm9v"),
                ("foob", "Zm9vYg=="),
                ("fooba", "Zm9vYmE="),
                ("foobar", "Zm9vYmFy"),
            ] {
                assert_eq!(super::encode(i.as_bytes()), o);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::Error;

    struct Dummy;

    #[test]
    fn builder_debug_hides_key_and_proxy_credentials() {
        let b = ClientBuilder::<Dummy>::new()
            .api_key("super-secret-key-1")
            .proxy("http://u:proxypass@127.0.0.1:3128")
            .base_url("https://bob:urlpass@h.example/api?token=qtoken")
            .basic_auth("alice", "pw-secret-2");
        let s = format!("{b:?}");
        assert!(
            !s.contains("super-secret-key-1")
                && !s.contains("proxypass")
                && !s.contains("pw-secret-2")
                && !s.contains("urlpass")
                && !s.contains("qtoken"),
            "{s}"
        );
        assert!(s.contains("alice") && s.contains("h.example/api"), "{s}");
    }

    #[test]
    fn core_debug_hides_key() {
        let cfg = ClientBuilder::<Dummy>::new()
            .api_key("super-secret-key-1")
            .config
            .clone();
        let core = HttpCore::new(
            Service::Defendis,
            &cfg,
            "https://api.defendis.ai",
            Auth::Bearer,
            parse_error_generic,
        )
        .unwrap();
        let s = format!("{core:?} {:?}", core.http());
        assert!(!s.contains("super-secret-key-1"), "{s}");
        assert_eq!(
            core.url("api/v1/watchlists").unwrap().as_str(),
            "https://api.defendis.ai/api/v1/watchlists"
        );
        assert_eq!(core.base_trimmed(), "https://api.defendis.ai");
    }

    #[test]
    fn core_debug_with_budget_and_meter_hides_key() {
        let budget = RequestBudget::new(10.0, 5).unwrap();
        let meter = RequestMeter::new();
        let b = ClientBuilder::<Dummy>::new()
            .api_key("super-secret-key-1")
            .budget(budget.clone())
            .meter(meter.clone());
        let core = HttpCore::new(
            Service::Defendis,
            &b.config,
            "https://api.defendis.ai",
            Auth::Bearer,
            parse_error_generic,
        )
        .unwrap();
        let s = format!("{core:?} {b:?}");
        assert!(!s.contains("super-secret-key-1"), "{s}");
        assert!(
            s.contains("RequestBudget") && s.contains("configured_rate: 10.0"),
            "{s}"
        );
        assert!(
            s.contains("RequestMeter") && s.contains("requests: 0"),
            "{s}"
        );
        // Clones of the core share the budget and the meter.
        assert!(core.clone().budget().is_some() && core.meter().is_some());
    }

    #[test]
    fn bad_base_urls_are_input_errors() {
        assert!(matches!(
            normalize_base(Service::Taxii, "not a url"),
            Err(Error::InvalidInput { .. })
        ));
        assert!(matches!(
            normalize_base(Service::Taxii, "ftp://x/"),
            Err(Error::InvalidInput { .. })
        ));
    }

    #[test]
    fn generic_error_shapes() {
        let h = HeaderMap::new();
        let e = parse_error_generic(
            Service::Sandbox,
            404,
            &h,
            br#"{"error":"NOT_FOUND","message":"No sample"}"#,
        );
        assert_eq!(e.code.as_deref(), Some("NOT_FOUND"));
        assert_eq!(e.message.as_deref(), Some("No sample"));
        let e = parse_error_generic(
            Service::Taxii,
            429,
            &h,
            br#"{"error":{"code":"rate_limited","message":"slow","request_id":"r9"}}"#,
        );
        assert_eq!(e.request_id.as_deref(), Some("r9"));
        assert_eq!(e.kind, ApiErrorKind::RateLimited);
        let e = parse_error_generic(Service::Sie, 403, &h, br#"{"_status":"NOK","_message":"API key not present","type":"missing-api-key","logid":"l1"}"#);
        assert_eq!(e.code.as_deref(), Some("missing-api-key"));
        assert_eq!(e.request_id.as_deref(), Some("l1"));
    }
}
