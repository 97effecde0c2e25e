//! A faithful loopback simulator of the five services (feature `sim`).
//!
//! One axum server on `127.0.0.1` serves every service under its own prefix,
//! with deterministic data (from a seed and a size), per-service API keys (a
//! wrong key gets the service's own 401/403 body), and fault injection that is
//! deterministic from the seed and counted, so that tests can assert the
//! client rode through every fault.
//!
//! ```no_run
//! # async fn demo() -> secops::Result<()> {
//! use secops::sim::{Faults, Simulator};
//! use secops::Service;
//! let sim = Simulator::builder().seed(7).faults(Faults::default().rate_limit_every(10)).start().await?;
//! println!("Defendis at {} with key {}", sim.url(Service::Defendis), sim.key(Service::Defendis));
//! # Ok(()) }
//! ```
//!
//! | service | prefix | base URL to give the client |
//! |---|---|---|
//! | Defendis | `/defendis` | `http://127.0.0.1:PORT/defendis` |
//! | Sandbox | `/sandbox/api` | `http://127.0.0.1:PORT/sandbox/api` |
//! | DefectDojo | `/dojo` | `http://127.0.0.1:PORT/dojo` |
//! | SIE Batch | `/sie/siebatchd/v1` | `http://127.0.0.1:PORT/sie/siebatchd/v1/` |
//! | TAXII 2.1 (OASIS style) | `/taxii` | discovery at `http://127.0.0.1:PORT/taxii/taxii2/` |
//! | TAXII (SOC Defenders style) | `/socdef` | discovery at `http://127.0.0.1:PORT/socdef/api/taxii2/` |

use std::net::SocketAddr;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, RwLock};
use std::time::Duration;

use axum::body::{Body, Bytes};
use axum::extract::{Request, State};
use axum::http::{HeaderValue, StatusCode};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::Router;
use futures::StreamExt;

use crate::error::{Error, Result, Service};

#[cfg(feature = "defectdojo")]
pub mod defectdojo;
#[cfg(feature = "defendis")]
pub mod defendis;
#[cfg(feature = "sandbox")]
pub mod sandbox;
#[cfg(feature = "sie")]
pub mod sie;
#[cfg(feature = "taxii")]
pub mod taxii;

/// The demo keys the simulator accepts.
#[derive(Clone, PartialEq, Eq)]
pub struct SimKeys {
    /// Defendis bearer key.
    pub defendis: String,
    /// Sandbox bearer key.
    pub sandbox: String,
    /// DefectDojo token.
    pub defectdojo: String,
    /// SIE Batch API key (UUID).
    pub sie: String,
    /// TAXII API key (Bearer or `X-API-Key`), also the Basic password.
    pub taxii: String,
    /// TAXII Basic user name.
    pub taxii_user: String,
}

impl std::fmt::Debug for SimKeys {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SimKeys([redacted])")
    }
}

impl Default for SimKeys {
    fn default() -> Self {
        SimKeys {
            defendis: "dfd_sim_4f3c2a19b7e84d0c9a6e".into(),
            sandbox: "sbx_sim_8b1d6e2f0a4c4e7db3f1".into(),
            defectdojo: "0c9e4f2b7a1d8e3c6b5a49f0e1d2c3b4a5968778".into(),
            sie: "5b7e2a90-3c4d-4e1f-9a8b-7c6d5e4f3a21".into(),
            taxii: "tx_sim_2d9f7c1e5b3a4f6e8d0c".into(),
            taxii_user: "analyst".into(),
        }
    }
}

impl SimKeys {
    /// The key of a service.
    pub fn get(&self, service: Service) -> &str {
        match service {
            Service::Defendis => &self.defendis,
            Service::Sandbox => &self.sandbox,
            Service::DefectDojo => &self.defectdojo,
            Service::Sie => &self.sie,
            Service::Taxii => &self.taxii,
        }
    }
}

/// Fault injection settings. Every fault is deterministic from the seed and counted.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Faults {
    /// Every Nth request gets a 429 with `Retry-After`.
    pub rate_limit_every: Option<u64>,
    /// The `Retry-After` seconds sent with injected 429s and 503s (0 = retry at once;
    /// [`Faults::all`] uses 1).
    pub retry_after_secs: u64,
    /// Share (0..1) of requests that get a 500, 502 or 503.
    pub server_error_rate: f64,
    /// Share (0..1) of responses whose connection is dropped mid-body.
    pub drop_rate: f64,
    /// Share (0..1) of NDJSON responses that end cleanly in the middle of a line.
    pub truncate_rate: f64,
    /// Latency added to every request.
    pub latency: Duration,
}

impl Faults {
    /// No faults.
    pub fn none() -> Self {
        Faults::default()
    }

    /// Every kind of fault at a moderate rate (429 every 7th request, 5 % 5xx,
    /// 5 % dropped connections, 5 % truncated NDJSON, 1 ms latency).
    pub fn all() -> Self {
        Faults {
            rate_limit_every: Some(7),
            retry_after_secs: 1,
            server_error_rate: 0.05,
            drop_rate: 0.05,
            truncate_rate: 0.05,
            latency: Duration::from_millis(1),
        }
    }

    /// Every Nth request gets a 429.
    pub fn rate_limit_every(mut self, n: u64) -> Self {
        self.rate_limit_every = Some(n.max(1));
        self
    }

    /// Share of 5xx answers.
    pub fn server_errors(mut self, rate: f64) -> Self {
        self.server_error_rate = rate;
        self
    }

    /// Share of connections dropped mid-body.
    pub fn drops(mut self, rate: f64) -> Self {
        self.drop_rate = rate;
        self
    }

    /// Share of NDJSON bodies truncated mid-line.
    pub fn truncations(mut self, rate: f64) -> Self {
        self.truncate_rate = rate;
        self
    }

    /// Latency added to each request.
    pub fn latency(mut self, d: Duration) -> Self {
        self.latency = d;
        self
    }

    /// Parses the CLI form: comma-separated `429=N`, `5xx=RATE`, `drop=RATE`,
    /// `truncate=RATE`, `latency=MS`, `retry-after=SECS`, or `all` / `none`.
    pub fn parse(s: &str) -> Result<Self> {
        let mut f = Faults::none();
        for part in s.split(',').map(str::trim).filter(|p| !p.is_empty()) {
            if part == "all" {
                f = Faults::all();
                continue;
            }
            if part == "none" {
                f = Faults::none();
                continue;
            }
            let (k, v) = part.split_once('=').ok_or_else(|| {
                Error::invalid_input(format!("fault {part:?}: expected KEY=VALUE"))
            })?;
            let bad = || Error::invalid_input(format!("fault {part:?}: bad value"));
            let rate = |v: &str| -> Result<f64> {
                let r: f64 = v.parse().map_err(|_| bad())?;
                if (0.0..=1.0).contains(&r) {
                    Ok(r)
                } else {
                    Err(Error::invalid_input(format!(
                        "fault {part:?}: a rate is between 0 and 1"
                    )))
                }
            };
            match k {
                "429" => f = f.rate_limit_every(v.parse().map_err(|_| bad())?),
                "retry-after" => f.retry_after_secs = v.parse().map_err(|_| bad())?,
                "5xx" => f.server_error_rate = rate(v)?,
                "drop" => f.drop_rate = rate(v)?,
                "truncate" => f.truncate_rate = rate(v)?,
                "latency" => f.latency = Duration::from_millis(v.parse().map_err(|_| bad())?),
                _ => {
                    return Err(Error::invalid_input(format!(
                        "unknown fault {k:?}: use 429, 5xx, drop, truncate, latency, all or none"
                    )))
                }
            }
        }
        Ok(f)
    }
}

/// How many faults of each kind were injected.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct FaultCounts {
    /// Requests served (faulted or not).
    pub requests: u64,
    /// Injected 429s.
    pub rate_limited: u64,
    /// Injected 5xx.
    pub server_errors: u64,
    /// Connections dropped mid-body.
    pub dropped: u64,
    /// NDJSON bodies truncated mid-line.
    pub truncated: u64,
}

impl FaultCounts {
    /// Injected faults of every kind.
    pub fn total(&self) -> u64 {
        self.rate_limited + self.server_errors + self.dropped + self.truncated
    }
}

#[derive(Debug, Default)]
struct Counters {
    requests: AtomicU64,
    rate_limited: AtomicU64,
    server_errors: AtomicU64,
    dropped: AtomicU64,
    truncated: AtomicU64,
}

/// What each service's routes get from the core.
#[derive(Clone, Debug)]
pub struct SimContext {
    /// The seed for deterministic data.
    pub seed: u64,
    /// The scale of the generated data (records per dataset, objects per collection...).
    pub size: usize,
    /// The accepted keys.
    pub keys: SimKeys,
    /// The server's own origin, e.g. `http://127.0.0.1:PORT` (for absolute URLs in bodies).
    pub origin: String,
}

/// Starts a [`Simulator`].
#[derive(Debug, Clone)]
pub struct SimulatorBuilder {
    seed: u64,
    size: usize,
    faults: Faults,
    keys: SimKeys,
    port: u16,
    extra: Option<Router>,
}

/// The simulator entry point.
#[derive(Debug)]
pub struct Simulator;

impl Simulator {
    /// A builder with seed 1, size 1000, no faults, the default keys, a random port.
    pub fn builder() -> SimulatorBuilder {
        SimulatorBuilder {
            seed: 1,
            size: 1000,
            faults: Faults::none(),
            keys: SimKeys::default(),
            port: 0,
            extra: None,
        }
    }
}

impl SimulatorBuilder {
    /// The seed for data and faults.
    pub fn seed(mut self, seed: u64) -> Self {
        self.seed = seed;
        self
    }
    /// The data scale.
    pub fn size(mut self, size: usize) -> Self {
        self.size = size;
        self
    }
    /// The faults to inject.
    pub fn faults(mut self, faults: Faults) -> Self {
        self.faults = faults;
        self
    }
    /// The keys to accept.
    pub fn keys(mut self, keys: SimKeys) -> Self {
        self.keys = keys;
        self
    }
    /// The port (0 for a random free port).
    pub fn port(mut self, port: u16) -> Self {
        self.port = port;
        self
    }

    /// Extra routes served next to the services' (merged at the root, behind
    /// the same fault injection and counters). For tests that need an
    /// endpoint of their own, e.g. a paged listing with a known shape.
    pub fn extra_routes(mut self, routes: Router) -> Self {
        self.extra = Some(match self.extra.take() {
            Some(prev) => prev.merge(routes),
            None => routes,
        });
        self
    }

    /// Binds `127.0.0.1:port` and serves in the background of the current tokio runtime.
    pub async fn start(self) -> Result<SimHandle> {
        let listener = tokio::net::TcpListener::bind(("127.0.0.1", self.port))
            .await
            .map_err(|e| Error::io(format!("binding 127.0.0.1:{}", self.port), e))?;
        let addr = listener
            .local_addr()
            .map_err(|e| Error::io("reading the bound address", e))?;
        let origin = format!("http://{addr}");
        let ctx = SimContext {
            seed: self.seed,
            size: self.size,
            keys: self.keys.clone(),
            origin: origin.clone(),
        };
        let shared = Arc::new(Shared {
            faults: RwLock::new(self.faults),
            counters: Counters::default(),
            rng: Mutex::new(fastrand::Rng::with_seed(self.seed ^ 0x005E_C0F5)),
        });
        let mut app = service_routes(&ctx);
        if let Some(extra) = self.extra {
            app = app.merge(extra);
        }
        let app = app.layer(middleware::from_fn_with_state(
            shared.clone(),
            inject_faults,
        ));
        // No Nagle delay: a response written in pieces (a small head, then a
        // large body) must not wait for the client's delayed ACK.
        let listener = axum::serve::ListenerExt::tap_io(listener, |tcp| {
            let _ = tcp.set_nodelay(true);
        });
        let (tx, rx) = tokio::sync::oneshot::channel::<()>();
        let task = tokio::spawn(async move {
            let _ = axum::serve(listener, app)
                .with_graceful_shutdown(async {
                    let _ = rx.await;
                })
                .await;
        });
        Ok(SimHandle {
            addr,
            origin,
            keys: self.keys,
            shared,
            shutdown: Some(tx),
            task: Some(task),
        })
    }
}

#[allow(unused_mut, unused_variables)]
fn service_routes(ctx: &SimContext) -> Router {
    let mut app = Router::new();
    #[cfg(feature = "defendis")]
    {
        app = app.nest("/defendis", defendis::router(ctx));
    }
    #[cfg(feature = "sandbox")]
    {
        app = app.nest("/sandbox/api", sandbox::router(ctx));
    }
    #[cfg(feature = "defectdojo")]
    {
        app = app.nest("/dojo", defectdojo::router(ctx));
    }
    #[cfg(feature = "sie")]
    {
        app = app.nest("/sie", sie::router(ctx));
    }
    #[cfg(feature = "taxii")]
    {
        app = app
            .nest("/taxii", taxii::router(ctx))
            .nest("/socdef", taxii::socdef_router(ctx));
    }
    app
}

struct Shared {
    faults: RwLock<Faults>,
    counters: Counters,
    rng: Mutex<fastrand::Rng>,
}

/// A running simulator. Dropping it stops the server.
pub struct SimHandle {
    addr: SocketAddr,
    origin: String,
    keys: SimKeys,
    shared: Arc<Shared>,
    shutdown: Option<tokio::sync::oneshot::Sender<()>>,
    task: Option<tokio::task::JoinHandle<()>>,
}

impl std::fmt::Debug for SimHandle {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SimHandle")
            .field("addr", &self.addr)
            .finish_non_exhaustive()
    }
}

impl SimHandle {
    /// The bound address.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// `http://127.0.0.1:PORT`.
    pub fn origin(&self) -> &str {
        &self.origin
    }

    /// The base URL to give a service's client builder.
    pub fn url(&self, service: Service) -> String {
        match service {
            Service::Defendis => format!("{}/defendis", self.origin),
            Service::Sandbox => format!("{}/sandbox/api", self.origin),
            Service::DefectDojo => format!("{}/dojo", self.origin),
            Service::Sie => format!("{}/sie/siebatchd/v1/", self.origin),
            Service::Taxii => format!("{}/taxii/taxii2/", self.origin),
        }
    }

    /// The discovery URL of the SOC-Defenders-style TAXII server.
    pub fn socdef_url(&self) -> String {
        format!("{}/socdef/api/taxii2/", self.origin)
    }

    /// The key the simulator accepts for a service.
    pub fn key(&self, service: Service) -> &str {
        self.keys.get(service)
    }

    /// All the accepted keys.
    pub fn keys(&self) -> &SimKeys {
        &self.keys
    }

    /// Faults injected so far.
    pub fn fault_counts(&self) -> FaultCounts {
        let c = &self.shared.counters;
        FaultCounts {
            requests: c.requests.load(Ordering::Relaxed),
            rate_limited: c.rate_limited.load(Ordering::Relaxed),
            server_errors: c.server_errors.load(Ordering::Relaxed),
            dropped: c.dropped.load(Ordering::Relaxed),
            truncated: c.truncated.load(Ordering::Relaxed),
        }
    }

    /// Changes the faults from now on.
    pub fn set_faults(&self, faults: Faults) {
        *self.shared.faults.write().expect("faults lock") = faults;
    }

    /// Stops the server and waits for it.
    pub async fn shutdown(mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
        if let Some(t) = self.task.take() {
            let _ = t.await;
        }
    }
}

impl Drop for SimHandle {
    fn drop(&mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
        if let Some(t) = self.task.take() {
            t.abort();
        }
    }
}

fn service_of(path: &str) -> Service {
    let first = path.trim_start_matches('/').split('/').next().unwrap_or("");
    match first {
        "defendis" => Service::Defendis,
        "sandbox" => Service::Sandbox,
        "dojo" => Service::DefectDojo,
        "sie" => Service::Sie,
        _ => Service::Taxii,
    }
}

/// The body a service sends with an injected error status.
fn fault_response(service: Service, path: &str, status: StatusCode, retry_after: u64) -> Response {
    let code = status.as_u16();
    let body = match service {
        Service::Defendis => {
            serde_json::json!({"error": if code == 429 { "Rate limit exceeded" } else { "Internal server error" }})
        }
        Service::Sandbox => {
            serde_json::json!({"error": if code == 429 { "TOO_MANY_REQUESTS" } else { "INTERNAL" }, "message": "simulated fault"})
        }
        Service::DefectDojo => {
            serde_json::json!({"detail": if code == 429 { "Request was throttled." } else { "A server error occurred." }})
        }
        Service::Sie => {
            serde_json::json!({"_status": "NOK", "_message": "simulated fault", "status": code, "type": if code == 429 { "rate-limited" } else { "internal-error" }, "logid": "00000000-0000-4000-8000-000000000000"})
        }
        Service::Taxii if path.starts_with("/socdef") => {
            serde_json::json!({"error": {"code": if code == 429 { "rate_limited" } else { "internal_error" }, "message": "simulated fault", "details": {}, "request_id": "sim-fault"}})
        }
        Service::Taxii => {
            serde_json::json!({"title": "simulated fault", "http_status": code.to_string(), "description": "injected by the simulator"})
        }
    };
    let mut resp = (status, axum::Json(body)).into_response();
    if code == 429 || code == 503 {
        resp.headers_mut().insert(
            "retry-after",
            HeaderValue::from_str(&retry_after.to_string()).expect("digits"),
        );
    }
    if code == 429 && path.starts_with("/socdef") {
        let h = resp.headers_mut();
        h.insert("x-ratelimit-limit", HeaderValue::from_static("60"));
        h.insert("x-ratelimit-remaining", HeaderValue::from_static("0"));
        h.insert(
            "x-ratelimit-reset",
            HeaderValue::from_str(&retry_after.to_string()).expect("digits"),
        );
    }
    resp
}

enum Plan {
    Pass,
    Status(StatusCode),
    Drop(u64),
    Truncate,
}

async fn inject_faults(State(shared): State<Arc<Shared>>, req: Request, next: Next) -> Response {
    // The simulators' own control routes are not the service: never faulted or counted.
    if req.uri().path().contains("/_sim/") {
        return next.run(req).await;
    }
    let n = shared.counters.requests.fetch_add(1, Ordering::Relaxed) + 1;
    let faults = shared.faults.read().expect("faults lock").clone();
    let path = req.uri().path().to_string();
    let service = service_of(&path);
    if !faults.latency.is_zero() {
        tokio::time::sleep(faults.latency).await;
    }
    let plan = {
        let mut rng = shared.rng.lock().expect("rng lock");
        let (r_err, r_drop, r_trunc, which, cut) = (
            rng.f64(),
            rng.f64(),
            rng.f64(),
            rng.u8(0..3),
            rng.u64(1..4096),
        );
        if faults.rate_limit_every.is_some_and(|every| n % every == 0) {
            Plan::Status(StatusCode::TOO_MANY_REQUESTS)
        } else if r_err < faults.server_error_rate {
            Plan::Status(match which {
                0 => StatusCode::INTERNAL_SERVER_ERROR,
                1 => StatusCode::BAD_GATEWAY,
                _ => StatusCode::SERVICE_UNAVAILABLE,
            })
        } else if r_drop < faults.drop_rate {
            Plan::Drop(cut)
        } else if r_trunc < faults.truncate_rate {
            Plan::Truncate
        } else {
            Plan::Pass
        }
    };
    match plan {
        Plan::Pass => next.run(req).await,
        Plan::Status(status) => {
            if status == StatusCode::TOO_MANY_REQUESTS {
                shared.counters.rate_limited.fetch_add(1, Ordering::Relaxed);
            } else {
                shared
                    .counters
                    .server_errors
                    .fetch_add(1, Ordering::Relaxed);
            }
            fault_response(service, &path, status, faults.retry_after_secs)
        }
        Plan::Drop(cut) => {
            let resp = next.run(req).await;
            if !resp.status().is_success() {
                return resp;
            }
            shared.counters.dropped.fetch_add(1, Ordering::Relaxed);
            let (mut parts, body) = resp.into_parts();
            parts.headers.remove(axum::http::header::CONTENT_LENGTH);
            Response::from_parts(parts, Body::from_stream(cut_body(body, cut)))
        }
        Plan::Truncate => {
            let resp = next.run(req).await;
            let is_ndjson = resp
                .headers()
                .get(axum::http::header::CONTENT_TYPE)
                .and_then(|v| v.to_str().ok())
                .is_some_and(|ct| ct.contains("ndjson"));
            if !resp.status().is_success() || !is_ndjson {
                return resp;
            }
            shared.counters.truncated.fetch_add(1, Ordering::Relaxed);
            let (mut parts, body) = resp.into_parts();
            parts.headers.remove(axum::http::header::CONTENT_LENGTH);
            Response::from_parts(parts, Body::from_stream(truncate_mid_line(body)))
        }
    }
}

type BodyStream = futures::stream::BoxStream<'static, std::result::Result<Bytes, std::io::Error>>;

/// Passes at most `cut` bytes (at most half of the first chunk), then fails
/// the stream so that the connection is dropped mid-body: the client gets the
/// status and headers, then a body read error (a retryable transport error).
fn cut_body(body: Body, cut: u64) -> BodyStream {
    let drop_err = || std::io::Error::other("simulated connection drop");
    futures::stream::unfold(
        (body.into_data_stream(), 0u64, 0u8),
        move |(mut s, sent, phase)| async move {
            match phase {
                1 => {
                    // Let the server flush the headers and the partial body
                    // first, so the client sees a response cut mid-body rather
                    // than no response at all.
                    tokio::task::yield_now().await;
                    Some((Err(drop_err()), (s, sent, 2)))
                }
                2 => None,
                _ => match s.next().await {
                    Some(Ok(chunk)) => {
                        let len = chunk.len() as u64;
                        let room = cut.saturating_sub(sent);
                        let limit = if sent == 0 { room.min(len / 2) } else { room };
                        if len <= limit {
                            Some((Ok(chunk), (s, sent + len, 0)))
                        } else {
                            Some((Ok(chunk.slice(..limit as usize)), (s, sent + limit, 1)))
                        }
                    }
                    Some(Err(e)) => Some((Err(std::io::Error::other(e)), (s, sent, 2))),
                    None => Some((Err(drop_err()), (s, sent, 2))),
                },
            }
        },
    )
    .boxed()
}

/// Ends an NDJSON body cleanly in the middle of a line of its first chunk.
fn truncate_mid_line(body: Body) -> BodyStream {
    futures::stream::unfold(
        (body.into_data_stream(), false),
        |(mut s, done)| async move {
            if done {
                return None;
            }
            match s.next().await {
                Some(Ok(chunk)) => {
                    let len = chunk.len();
                    // Keep whole lines up to the last newline but one, plus half of the next line.
                    let cut = match chunk[..len.saturating_sub(1)]
                        .iter()
                        .rposition(|b| *b == b'\n')
                    {
                        Some(nl) if nl + 2 < len => nl + 1 + (len - nl - 1) / 2,
                        _ => (len / 2).max(1).min(len),
                    };
                    Some((Ok(chunk.slice(..cut)), (s, true)))
                }
                Some(Err(e)) => Some((Err(std::io::Error::other(e)), (s, true))),
                None => None,
            }
        },
    )
    .boxed()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn faults_parse() {
        let f = Faults::parse("429=5,5xx=0.1,drop=0.2,truncate=0.3,latency=20").unwrap();
        assert_eq!(f.rate_limit_every, Some(5));
        assert_eq!(f.server_error_rate, 0.1);
        assert_eq!(f.drop_rate, 0.2);
        assert_eq!(f.truncate_rate, 0.3);
        assert_eq!(f.latency, Duration::from_millis(20));
        assert_eq!(Faults::parse("all").unwrap(), Faults::all());
        assert!(Faults::parse("5xx=2").is_err());
        assert!(Faults::parse("bogus=1").is_err());
        assert!(Faults::parse("429").is_err());
    }
}
