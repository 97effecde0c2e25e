//! The shared transport: the HTTP core every client is built on
//! ([`HttpCore`]: base URL, authenticated `reqwest` client, origin policy,
//! retry policy, error parser, limits) and the one request sequence of the
//! hand-written calls: build → execute → check the status → read the body
//! (capped) → decode, retried as a whole.
//!
//! Every hand-written call of the five services (Defendis raw pages, SIE
//! Batch calls, TAXII resources, Sandbox submissions, DefectDojo uploads)
//! goes through [`HttpCore::exchange`]; the generated clients' calls go
//! through the same retry policy in [`crate::hooks`]. When a request may be
//! sent again is said once, by a [`Resend`]:
//!
//! - a read ([`Resend::Exchange`]) is retried as a whole — status *and* body:
//!   a body cut mid-way is fetched again, never half-used;
//! - a write ([`Resend::Write`]) is sent again only when its classifier (one
//!   of the named write classifiers of [`crate::retry`]) says the service
//!   certainly did not act on it; once a success status has come back its
//!   body is read once, never by sending the write again.

use std::collections::HashMap;
use std::fmt;
use std::future::Future;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use http::{HeaderMap, HeaderValue};
use url::Url;

use crate::budget::Gate;
use crate::config::{base64_lite, Auth, ClientConfig};
use crate::error::{ApiError, Error, Result, Service};
use crate::origin::OriginPolicy;
use crate::retry::{classify_result, Decision, RetryPolicy};
use crate::secret::Secret;

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
    /// The request budget and meter every request passes (see
    /// [`crate::budget`]); clones of the core share them.
    pub(crate) gate: Gate,
}

impl fmt::Debug for HttpCore {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("HttpCore")
            .field("service", &self.service)
            .field("base", &crate::secret::redact_url(&self.base))
            .field("retry", &self.retry)
            .field("key", &self.key)
            .field("origins", &self.origins)
            .field("budget", &self.gate.budget)
            .field("meter", &self.gate.meter)
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
    /// builder set [`ClientBuilder::auth`](crate::ClientBuilder::auth)).
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
        let http = match &config.connections {
            Some(shared) => shared.get_or_build(
                transport_key(service, config, &headers, &origins, "authenticated"),
                || build_reqwest(config, headers.clone(), origins.redirect_policy()),
            )?,
            None => build_reqwest(config, headers, origins.redirect_policy())?,
        };
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
            gate: Gate {
                budget: config.budget.clone(),
                meter: config.meter.clone(),
            },
        })
    }

    /// A client without credentials for URLs that carry their own (presigned
    /// downloads): it follows redirects to other origins, but never from
    /// `https` to `http`, never to plain http off loopback without the
    /// opt-in, and never sends `Referer`.
    pub(crate) fn unauthenticated_client(&self, config: &ClientConfig) -> Result<reqwest::Client> {
        let mut headers = HeaderMap::new();
        headers.insert(http::header::USER_AGENT, user_agent(config)?);
        let origins = self.origins.unauthenticated();
        match &config.connections {
            Some(shared) => shared.get_or_build(
                transport_key(self.service, config, &headers, &origins, "unauthenticated"),
                || build_reqwest(config, headers.clone(), origins.redirect_policy()),
            ),
            None => build_reqwest(config, headers, origins.redirect_policy()),
        }
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

    /// The underlying `reqwest::Client` (authenticated). Requests sent on it
    /// directly bypass the request budget and meter: send them with
    /// [`execute`](Self::execute).
    pub fn http(&self) -> &reqwest::Client {
        &self.http
    }

    /// The retry policy.
    pub fn retry_policy(&self) -> &RetryPolicy {
        &self.retry
    }

    /// The largest whole response body read into memory (see [`ClientBuilder::max_body`](crate::ClientBuilder::max_body)).
    pub fn max_body(&self) -> usize {
        self.max_body
    }

    /// The longest NDJSON or event line (see [`ClientBuilder::max_line`](crate::ClientBuilder::max_line)).
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

    /// The request budget, if the client was given one
    /// ([`ClientBuilder::budget`](crate::ClientBuilder::budget)).
    pub fn budget(&self) -> Option<&crate::budget::RequestBudget> {
        self.gate.budget.as_ref()
    }

    /// The request meter, if the client was given one
    /// ([`ClientBuilder::meter`](crate::ClientBuilder::meter)).
    pub fn meter(&self) -> Option<&crate::budget::RequestMeter> {
        self.gate.meter.as_ref()
    }

    /// What every request of this client passes (budget and meter).
    pub(crate) fn gate(&self) -> &Gate {
        &self.gate
    }

    /// Sends one request (no retry) on the authenticated client, through the
    /// client's request budget and meter (see [`crate::budget`]). Send
    /// through here rather than [`http`](Self::http)`().execute(..)`, which
    /// bypasses them.
    pub async fn execute(&self, request: reqwest::Request) -> reqwest::Result<reqwest::Response> {
        self.gate.execute(&self.http, request).await
    }

    /// Sends a request through the retry policy (as
    /// [`RetryPolicy::send`](crate::RetryPolicy::send) does, each attempt
    /// through the client's gate); transport failures become
    /// [`Error::Transport`]/[`Error::Timeout`], error statuses are returned as
    /// responses (see [`check`](Self::check)).
    pub(crate) async fn send_raw(
        &self,
        operation: &str,
        request: reqwest::Request,
        opt_in: bool,
    ) -> Result<reqwest::Response> {
        let retryable = opt_in || crate::retry::is_idempotent(request.method());
        let out = if !retryable || request.try_clone().is_none() {
            self.execute(request).await
        } else {
            self.retry
                .run(
                    self.service,
                    operation,
                    |_| self.execute(request.try_clone().expect("checked clonable above")),
                    crate::retry::classify_response,
                )
                .await
        };
        out.map_err(|e| Error::from_reqwest(self.service, e))
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

/// HTTP clients shared between clients built with the same transport
/// settings (see [`ClientBuilder::share_connections`](crate::ClientBuilder::share_connections)).
/// Cheap to clone; the clients live as long as the handle.
#[derive(Clone, Default)]
pub struct SharedConnections(Arc<Mutex<HashMap<u64, reqwest::Client>>>);

impl fmt::Debug for SharedConnections {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let n = self.0.lock().map_or(0, |m| m.len());
        f.debug_struct("SharedConnections")
            .field("pools", &n)
            .finish()
    }
}

impl SharedConnections {
    /// An empty set of shared pools.
    pub fn new() -> Self {
        Self::default()
    }

    /// How many distinct HTTP clients (connection pools) it holds.
    pub fn pools(&self) -> usize {
        self.0.lock().map_or(0, |m| m.len())
    }

    fn get_or_build(
        &self,
        key: u64,
        build: impl FnOnce() -> Result<reqwest::Client>,
    ) -> Result<reqwest::Client> {
        let mut map = self.0.lock().expect("shared connections");
        if let Some(c) = map.get(&key) {
            return Ok(c.clone());
        }
        let c = build()?;
        map.insert(key, c.clone());
        Ok(c)
    }
}

/// Everything a `reqwest::Client` is built from, hashed (in memory only:
/// the credentials in the headers never leave the process).
fn transport_key(
    service: Service,
    config: &ClientConfig,
    headers: &HeaderMap,
    origins: &OriginPolicy,
    which: &str,
) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    (service.as_str(), which, format!("{origins:?}")).hash(&mut h);
    let mut hs: Vec<(&str, &[u8])> = headers
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_bytes()))
        .collect();
    hs.sort();
    hs.hash(&mut h);
    (
        config.connect_timeout,
        config.read_timeout,
        config.timeout,
        config.proxy.as_ref().map(|p| p.expose().to_string()),
    )
        .hash(&mut h);
    h.finish()
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

/// When a request may be sent again (see the [module docs](self)).
#[derive(Clone, Copy)]
pub(crate) enum Resend {
    /// A read: the whole exchange is retried on anything retryable.
    Exchange,
    /// One attempt: a caller retries around it (a paginator's page, the
    /// TAXII key-header fallback).
    Once,
    /// A write: sent again only when the classifier says so, on the outcome
    /// of sending it (the body is read once).
    Write(fn(&reqwest::Result<reqwest::Response>) -> Decision),
}

/// A response whose status was a success: its status, headers and whole body.
pub(crate) struct Answer {
    /// The status code.
    pub status: u16,
    /// The headers.
    pub headers: HeaderMap,
    /// The body, read whole (at most [`HttpCore::max_body`] bytes).
    pub body: bytes::Bytes,
}

impl HttpCore {
    /// Runs one call: `build` makes the request for each attempt (it may open
    /// files), the response's error status becomes an [`Error::Api`] parsed
    /// by the service's parser, the body is read whole within the client's
    /// limit, and `decode` turns it into the result. How the call is retried
    /// is said by `resend`. Every error is scrubbed of the client's secrets.
    pub(crate) async fn exchange<T, B, BF, D>(
        &self,
        operation: &str,
        resend: Resend,
        build: B,
        decode: D,
    ) -> Result<T>
    where
        B: Fn() -> BF,
        BF: Future<Output = Result<reqwest::Request>>,
        D: Fn(Answer) -> Result<T>,
    {
        let attempt = |resp: reqwest::Result<reqwest::Response>| async {
            let resp = resp.map_err(|e| Error::from_reqwest(self.service, e))?;
            let resp = self.check(resp).await?;
            let status = resp.status().as_u16();
            let headers = resp.headers().clone();
            let body = self.read_body(resp).await?;
            decode(Answer {
                status,
                headers,
                body,
            })
        };
        let out = match resend {
            Resend::Once => match build().await {
                Ok(req) => attempt(self.execute(req).await).await,
                Err(e) => Err(e),
            },
            Resend::Exchange => {
                self.retry
                    .run(
                        self.service,
                        operation,
                        |_| async {
                            let req = build().await?;
                            attempt(self.execute(req).await).await
                        },
                        classify_result,
                    )
                    .await
            }
            Resend::Write(classify) => {
                let sent = self
                    .retry
                    .run(
                        self.service,
                        operation,
                        |_| async {
                            let req = build().await?;
                            Ok(self.execute(req).await)
                        },
                        |o: &Result<reqwest::Result<reqwest::Response>>| match o {
                            Ok(r) => classify(r),
                            Err(_) => Decision::Done,
                        },
                    )
                    .await;
                match sent {
                    Ok(resp) => attempt(resp).await,
                    Err(e) => Err(e),
                }
            }
        };
        out.map_err(|e| self.scrub_error(e))
    }

    /// GET a JSON document under the base URL, retried as a whole (status,
    /// body and decode): the document and the response's headers.
    pub async fn get_json<T, Q>(
        &self,
        operation: &str,
        path: &str,
        query: &Q,
    ) -> Result<(T, HeaderMap)>
    where
        T: serde::de::DeserializeOwned,
        Q: serde::Serialize + ?Sized,
    {
        let url = self.url(path)?;
        self.exchange(
            operation,
            Resend::Exchange,
            || async { self.build(self.http.get(url.clone()).query(query)) },
            |a| Ok((self.decode_json(&a.body)?, a.headers)),
        )
        .await
    }

    /// [`exchange`](Self::exchange) with a JSON body decoded into `T`.
    pub(crate) async fn exchange_json<T, B, BF>(
        &self,
        operation: &str,
        resend: Resend,
        build: B,
    ) -> Result<T>
    where
        T: serde::de::DeserializeOwned,
        B: Fn() -> BF,
        BF: Future<Output = Result<reqwest::Request>>,
    {
        self.exchange(operation, resend, build, |a| self.decode_json(&a.body))
            .await
    }

    /// Decodes a JSON body; the error quotes the start of the body, scrubbed.
    pub(crate) fn decode_json<T: serde::de::DeserializeOwned>(&self, body: &[u8]) -> Result<T> {
        serde_json::from_slice(body)
            .map_err(|e| self.scrub_error(Error::decode(self.service, e, body)))
    }

    /// Builds a request, mapping a builder error to the crate's.
    pub(crate) fn build(&self, builder: reqwest::RequestBuilder) -> Result<reqwest::Request> {
        builder
            .build()
            .map_err(|e| Error::from_reqwest(self.service, e))
    }
}

/// Checks a value that goes into a URL path as one segment (an id, a name):
/// not empty, not `.` or `..`, and no `/`, `\\`, `?`, `#`, `%`, whitespace or
/// control character, so it can neither leave its segment nor change the
/// request. The one rule for every service.
pub(crate) fn check_segment(service: Service, what: &str, value: &str) -> Result<()> {
    if value.trim().is_empty() {
        return Err(Error::invalid_input(format!(
            "{service}: the {what} is empty"
        )));
    }
    if value == "." || value == ".." {
        return Err(Error::invalid_input(format!(
            "{service}: the {what} {value:?} is not an id"
        )));
    }
    if value
        .chars()
        .any(|c| matches!(c, '/' | '\\' | '?' | '#' | '%') || c.is_whitespace() || c.is_control())
    {
        return Err(Error::invalid_input(format!(
            "{service}: the {what} {value:?} contains a character not allowed in a URL path segment (/ \\ ? # %, a space or a control character)"
        )));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clients_with_the_same_transport_share_one_pool() {
        let shared = SharedConnections::new();
        let make = |key: &str, url: &str| {
            let c = ClientConfig {
                base_url: Some(url.into()),
                api_key: Some(Secret::new(key)),
                connections: Some(shared.clone()),
                ..ClientConfig::default()
            };
            HttpCore::new(
                Service::Defendis,
                &c,
                "https://x.example/",
                Auth::Bearer,
                crate::config::parse_error_generic,
            )
            .unwrap()
        };
        let _a = make("key-one", "https://a.example/api");
        let _b = make("key-one", "https://a.example/api");
        assert_eq!(shared.pools(), 1, "same settings: one pool");
        let _c = make("key-two", "https://a.example/api");
        assert_eq!(shared.pools(), 2, "another key: another pool");
        let _d = make("key-one", "https://b.example/api");
        assert_eq!(shared.pools(), 3, "another origin: another pool");
        assert!(!format!("{shared:?}").contains("key-one"));
    }

    #[test]
    fn path_segments_follow_one_rule() {
        for ok in ["abc", "241126-xyz", "a.b", "wl_1", "indicator--8e1f3a52"] {
            check_segment(Service::Sandbox, "id", ok).unwrap();
        }
        for (bad, says) in [
            ("", "is empty"),
            ("  ", "is empty"),
            (".", "is not an id"),
            ("..", "is not an id"),
            ("a/b", "not allowed"),
            ("a\\b", "not allowed"),
            ("a?b=1", "not allowed"),
            ("a#b", "not allowed"),
            ("%2e%2e", "not allowed"),
            ("a b", "not allowed"),
            ("a\u{7}", "not allowed"),
        ] {
            let e = check_segment(Service::Taxii, "collection id", bad).unwrap_err();
            assert!(matches!(e, Error::InvalidInput { .. }), "{bad:?}: {e}");
            let m = e.to_string();
            assert!(
                m.contains("TAXII") && m.contains("collection id") && m.contains(says),
                "{bad:?}: {m}"
            );
        }
    }

    /// `send_raw` (the retried raw sends: Sandbox downloads, SIE `chfetch`)
    /// passes every attempt through the gate, like `exchange` and the hooks.
    #[cfg(feature = "sim")]
    #[tokio::test(start_paused = true)]
    async fn send_raw_passes_every_attempt_through_the_gate() {
        use crate::budget::{RequestBudget, RequestMeter};
        use crate::config::{parse_error_generic, ClientBuilder};
        use crate::sim::{Faults, Simulator};

        struct Dummy;
        let route = axum::Router::new().route("/gate-test", axum::routing::get(|| async { "ok" }));
        let sim = Simulator::builder()
            .extra_routes(route)
            .faults(Faults::none().rate_limit_every(2))
            .start()
            .await
            .unwrap();
        let (budget, meter) = (RequestBudget::new(50.0, 5).unwrap(), RequestMeter::new());
        let b = ClientBuilder::<Dummy>::new()
            .base_url(sim.origin())
            .retry(RetryPolicy::default().initial_backoff(Duration::ZERO))
            .budget(budget.clone())
            .meter(meter.clone());
        let core = HttpCore::new(
            Service::Sandbox,
            &b.config,
            "",
            |_| Auth::None,
            parse_error_generic,
        )
        .unwrap();
        for _ in 0..2 {
            let req = core
                .http()
                .get(core.url("gate-test").unwrap())
                .build()
                .unwrap();
            let resp = core.send_raw("gate-test", req, false).await.unwrap();
            assert_eq!(resp.status(), 200);
        }
        // Request 2 got a 429 and was retried: three attempts, one throttled.
        assert_eq!(sim.fault_counts().requests, 3);
        assert_eq!((meter.requests(), meter.throttled()), (3, 1));
        assert_eq!(budget.throttled(), 1);
        assert_eq!(budget.rate(), 25.0);
    }
}
