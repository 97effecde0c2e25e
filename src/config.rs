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

use http::{HeaderMap, HeaderName, HeaderValue};
use url::Url;

use crate::error::{excerpt, ApiError, ApiErrorKind, Error, Result, Service};
use crate::origin::OriginPolicy;
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
    fn apply(&self, headers: &mut HeaderMap) -> Result<()> {
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
    /// body ends the call with [`Error::Protocol`]. Streamed downloads are not limited.
    pub fn max_body(mut self, bytes: usize) -> Self {
        self.config.max_body = bytes;
        self
    }

    /// The longest NDJSON or event-stream line, in bytes (default
    /// [`DEFAULT_MAX_LINE`](crate::limits::DEFAULT_MAX_LINE), 16 MiB); a longer
    /// line ends the stream with [`Error::Protocol`].
    pub fn max_line(mut self, bytes: usize) -> Self {
        self.config.max_line = bytes;
        self
    }

    /// The configuration so far.
    pub fn config(&self) -> &ClientConfig {
        &self.config
    }
}

/// Parses a service's error body into an [`ApiError`].
pub type ErrorParser = fn(Service, u16, &HeaderMap, &[u8]) -> ApiError;

/// The HTTP core a service client is built on: base URL, an authenticated
/// `reqwest::Client`, the retry policy and the service's error parser.
#[derive(Clone)]
pub struct HttpCore {
    pub(crate) service: Service,
    pub(crate) base: Url,
    pub(crate) http: reqwest::Client,
    pub(crate) retry: RetryPolicy,
    pub(crate) parse_error: ErrorParser,
    pub(crate) key: Option<Secret>,
    /// Every secret the client holds (key, password, encoded Basic
    /// credentials), scrubbed from whatever a server sends back.
    pub(crate) secrets: Vec<Secret>,
    pub(crate) origins: OriginPolicy,
    pub(crate) max_body: usize,
    pub(crate) max_line: usize,
}

impl fmt::Debug for HttpCore {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("HttpCore")
            .field("service", &self.service)
            .field("base", &crate::secret::redact_url(&self.base))
            .field("retry", &self.retry)
            .field("key", &self.key)
            .field("origins", &self.origins)
            .finish_non_exhaustive()
    }
}

/// Makes sure a base URL ends with `/`, so relative paths join under it.
pub fn normalize_base(service: Service, raw: &str) -> Result<Url> {
    let mut s = raw.trim().to_string();
    if !s.ends_with('/') {
        s.push('/');
    }
    let url = Url::parse(&s).map_err(|e| {
        Error::invalid_input(format!(
            "{service}: base URL {raw:?} is not a valid URL: {e}"
        ))
    })?;
    if url.scheme() != "http" && url.scheme() != "https" {
        return Err(Error::invalid_input(format!(
            "{service}: base URL must be http or https, got {}",
            url.scheme()
        )));
    }
    Ok(url)
}

impl HttpCore {
    /// Builds the core from a configuration.
    ///
    /// `default_base` is the service's public base URL; `default_auth` turns
    /// the configured key into the service's auth scheme (ignored when the
    /// builder set [`ClientBuilder::auth`]).
    pub fn new(
        service: Service,
        config: &ClientConfig,
        default_base: &str,
        default_auth: impl FnOnce(Secret) -> Auth,
        parse_error: ErrorParser,
    ) -> Result<Self> {
        let base = normalize_base(service, config.base_url.as_deref().unwrap_or(default_base))?;
        let auth = match (&config.auth, &config.api_key) {
            (Some(a), _) => a.clone(),
            (None, Some(k)) => default_auth(k.clone()),
            (None, None) => Auth::None,
        };
        let allowed = config
            .allowed_origins
            .iter()
            .map(|o| crate::origin::parse_origin(service, o))
            .collect::<Result<Vec<_>>>()?;
        let authenticated = !matches!(auth, Auth::None) || config.api_key.is_some();
        let origins = OriginPolicy::new(
            service,
            base.clone(),
            allowed,
            authenticated,
            config.allow_insecure_http,
        );
        origins.check_http(&base, "base URL")?;
        let mut headers = HeaderMap::new();
        auth.apply(&mut headers)?;
        headers.insert(http::header::USER_AGENT, user_agent(config)?);
        let http = build_reqwest(config, headers, origins.redirect_policy())?;
        let mut secrets = auth_secrets(&auth);
        if let Some(k) = &config.api_key {
            secrets.push(k.clone());
            secrets.push(Secret::new(k.expose().trim()));
        }
        Ok(HttpCore {
            service,
            base,
            http,
            retry: config.retry.clone(),
            parse_error,
            key: config.api_key.clone(),
            secrets,
            origins,
            max_body: config.max_body,
            max_line: config.max_line,
        })
    }

    /// A client without credentials for URLs that carry their own (presigned
    /// downloads): it follows redirects to other origins, but never from
    /// `https` to `http`, never to plain http off loopback without the
    /// opt-in, and never sends `Referer`.
    pub(crate) fn unauthenticated_client(&self, config: &ClientConfig) -> Result<reqwest::Client> {
        let mut headers = HeaderMap::new();
        headers.insert(http::header::USER_AGENT, user_agent(config)?);
        build_reqwest(
            config,
            headers,
            self.origins.unauthenticated().redirect_policy(),
        )
    }

    /// The origin rules of this client.
    pub fn origin_policy(&self) -> &OriginPolicy {
        &self.origins
    }

    /// Scrubs every secret the client holds (and presigned signatures) from
    /// the text fields of an error.
    pub fn scrub_error(&self, e: Error) -> Error {
        e.scrubbed(&self.secret_refs())
    }

    pub(crate) fn secret_refs(&self) -> Vec<&Secret> {
        self.secrets.iter().collect()
    }

    /// The service.
    pub fn service(&self) -> Service {
        self.service
    }

    /// The base URL (ends with `/`).
    pub fn base(&self) -> &Url {
        &self.base
    }

    /// The base URL without its trailing slash (what generated clients expect).
    pub fn base_trimmed(&self) -> String {
        self.base.as_str().trim_end_matches('/').to_string()
    }

    /// The underlying `reqwest::Client` (authenticated).
    pub fn http(&self) -> &reqwest::Client {
        &self.http
    }

    /// The retry policy.
    pub fn retry_policy(&self) -> &RetryPolicy {
        &self.retry
    }

    /// The largest whole response body read into memory (see [`ClientBuilder::max_body`]).
    pub fn max_body(&self) -> usize {
        self.max_body
    }

    /// The longest NDJSON or event line (see [`ClientBuilder::max_line`]).
    pub fn max_line(&self) -> usize {
        self.max_line
    }

    /// Reads a whole success body, capped at [`max_body`](Self::max_body).
    pub async fn read_body(&self, resp: reqwest::Response) -> Result<bytes::Bytes> {
        crate::limits::read_body(self.service, resp, self.max_body).await
    }

    /// The configured key, if any.
    pub fn key(&self) -> Option<&Secret> {
        self.key.as_ref()
    }

    /// Joins a relative path (`api/v1/watchlists`) under the base URL.
    pub fn url(&self, path: &str) -> Result<Url> {
        self.base
            .join(path.trim_start_matches('/'))
            .map_err(|e| Error::invalid_input(format!("{}: bad path {path:?}: {e}", self.service)))
    }

    /// Sends a request through the retry policy; transport failures become
    /// [`Error::Transport`]/[`Error::Timeout`], error statuses are returned as
    /// responses (see [`check`](Self::check)).
    pub(crate) async fn send_raw(
        &self,
        operation: &str,
        request: reqwest::Request,
        opt_in: bool,
    ) -> Result<reqwest::Response> {
        self.retry
            .send(self.service, operation, &self.http, request, opt_in)
            .await
            .map_err(|e| Error::from_reqwest(self.service, e))
    }

    /// Sends a request through the retry policy and turns an error status into
    /// an [`Error::Api`] parsed by the service's error parser.
    pub async fn send(
        &self,
        operation: &str,
        request: reqwest::Request,
        opt_in: bool,
    ) -> Result<reqwest::Response> {
        let resp = self.send_raw(operation, request, opt_in).await?;
        self.check(resp).await
    }

    /// Passes a success response through; turns an error status into an [`Error::Api`].
    pub async fn check(&self, resp: reqwest::Response) -> Result<reqwest::Response> {
        if resp.status().is_success() {
            return Ok(resp);
        }
        let status = resp.status().as_u16();
        let headers = resp.headers().clone();
        let body = read_limited(resp, 64 * 1024).await;
        Err(self.error_from_parts(status, &headers, &body).into())
    }

    /// Builds the [`ApiError`] for an error response's parts (secrets scrubbed).
    pub fn error_from_parts(&self, status: u16, headers: &HeaderMap, body: &[u8]) -> ApiError {
        let mut e = (self.parse_error)(self.service, status, headers, body);
        if e.retry_after.is_none() {
            e.retry_after = crate::retry::retry_after_from_headers(status, headers);
        }
        e.scrub(&self.secret_refs());
        e
    }
}

/// Reads at most `limit` bytes of a body (for error messages); errors give what was read.
pub async fn read_limited(mut resp: reqwest::Response, limit: usize) -> Vec<u8> {
    let mut out = Vec::new();
    while let Ok(Some(chunk)) = resp.chunk().await {
        let room = limit.saturating_sub(out.len());
        out.extend_from_slice(&chunk[..chunk.len().min(room)]);
        if out.len() >= limit {
            break;
        }
    }
    out
}

fn user_agent(config: &ClientConfig) -> Result<HeaderValue> {
    HeaderValue::from_str(&config.user_agent)
        .map_err(|_| Error::invalid_input("the user agent is not a valid header value"))
}

/// Every secret an auth scheme holds, as a server could echo it: the key or
/// password, and the encoded `user:password` of Basic.
fn auth_secrets(auth: &Auth) -> Vec<Secret> {
    match auth {
        Auth::Bearer(k) | Auth::Token(k) | Auth::Header { key: k, .. } => vec![k.clone()],
        Auth::Basic { username, password } => vec![
            password.clone(),
            Secret::new(base64_lite::encode(
                format!("{username}:{}", password.expose()).as_bytes(),
            )),
        ],
        Auth::None => Vec::new(),
    }
}

/// Builds a `reqwest::Client`: never sends `Referer`, follows redirects only
/// as `redirect` (an [`OriginPolicy`]) allows.
fn build_reqwest(
    config: &ClientConfig,
    headers: HeaderMap,
    redirect: reqwest::redirect::Policy,
) -> Result<reqwest::Client> {
    let mut b = reqwest::Client::builder()
        .default_headers(headers)
        .redirect(redirect)
        .referer(false)
        .connect_timeout(config.connect_timeout)
        .read_timeout(config.read_timeout)
        .pool_idle_timeout(Duration::from_secs(60));
    if let Some(t) = config.timeout {
        b = b.timeout(t);
    }
    if let Some(p) = &config.proxy {
        let proxy = reqwest::Proxy::all(p.expose())
            .map_err(|_| Error::invalid_input("the proxy URL is not valid"))?;
        b = b.proxy(proxy);
    }
    b.build().map_err(|e| {
        Error::invalid_input(format!(
            "could not build the HTTP client: {}",
            e.without_url()
        ))
    })
}

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
mod base64_lite {
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
