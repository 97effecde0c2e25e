//! Simulated Recorded Future Sandbox, under `/sandbox/api`.
//!
//! - Bearer auth with the simulator's sandbox key (else 401 `UNAUTHORIZED`); unknown
//!   paths give 404 `NOT_FOUND`, wrong methods 405 `METHOD_NOT_ALLOWED`, bad bodies
//!   400 `BAD_REQUEST` / `INVALID`, a taken profile name 409 `PROFILE_ALREADY_EXISTS`.
//! - `size` public samples, deterministic from the seed (all `reported`), plus the
//!   samples submitted through the API (`owned`, also listed under `org`).
//! - Submissions move through `pending → static_analysis → scheduled → running →
//!   processing → reported` on a schedule drawn from the seed (45–135 ms in all, on the
//!   tokio clock). A file or URL whose name contains `fail`
//!   ends `failed` after `running`. An interactive submission waits in
//!   `static_analysis` until its profiles are chosen.
//! - Paging newest first; `next` is an opaque RFC 3339 timestamp (the `submitted`
//!   time of the page's last sample), omitted when nothing follows. Profiles page
//!   in creation order with an integer `next` (the other kind servers send).
//! - Event streams send the current state, then each change, as NDJSON, and close at
//!   a terminal status.
//! - Uploaded files are streamed to a temporary directory (never held in memory) and
//!   served back with `Range` support, as are the generated pcaps and archives.
//! - **Control** (no auth, no such route on the real service): `POST
//!   /sandbox/api/_sim/control` with `{"submitted_at": "<RFC 3339>"|null}` gives
//!   every following submission that exact `submitted` time (samples that tie,
//!   which the real clock almost never produces) until it is set back to `null`;
//!   the answer is the current control. Unknown keys are refused (400).

// Handlers return ready-made error responses; their size does not matter here.
#![allow(clippy::result_large_err, clippy::type_complexity)]

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::body::{Body, Bytes};
use axum::extract::{DefaultBodyLimit, Multipart, Path, Query, Request, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use chrono::{DateTime, SecondsFormat, TimeZone, Utc};
use futures::StreamExt;
use serde_json::{json, Value};
use tokio::io::{AsyncReadExt, AsyncSeekExt, AsyncWriteExt};
use tokio::time::Instant;

use super::SimContext;

const FAMILIES: &[(&str, &str)] = &[
    ("emotet", "banker"),
    ("qakbot", "banker"),
    ("asyncrat", "rat"),
    ("redline", "stealer"),
    ("lockbit", "ransomware"),
    ("formbook", "stealer"),
    ("agenttesla", "keylogger"),
    ("cobaltstrike", "backdoor"),
];
const EXTS: &[&str] = &["exe", "dll", "docm", "zip", "js", "lnk"];
const ORDER: &[&str] = &[
    "pending",
    "static_analysis",
    "scheduled",
    "running",
    "processing",
];
/// Size of a generated pcap.
const PCAP_LEN: u64 = 192 * 1024 + 17;
/// Size of a generated archive.
const ARCHIVE_LEN: u64 = 96 * 1024 + 5;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Owner {
    Public,
    Owned,
}

#[derive(Debug)]
struct StoredFile {
    path: PathBuf,
    len: u64,
    hash: u64,
}

#[derive(Debug)]
struct SimSample {
    id: String,
    owner: Owner,
    kind: &'static str,
    filename: Option<String>,
    url: Option<String>,
    private: bool,
    submitted: DateTime<Utc>,
    /// When the schedule started (tokio clock); `None` for preloaded samples (done).
    start: Option<Instant>,
    /// Stage durations: pending, static_analysis, scheduled, running, processing.
    durations: [Duration; 5],
    interactive: bool,
    /// When the profiles of an interactive sample were chosen.
    chosen_at: Option<Instant>,
    fail: bool,
    profiles: Vec<String>,
    family: &'static str,
    category: &'static str,
    score: u32,
    sha256: String,
    file: Option<StoredFile>,
    user_tags: Vec<String>,
}

impl SimSample {
    /// `(start instant, status)` of each known stage; the last is terminal when known.
    fn timeline(&self) -> Vec<(Instant, &'static str)> {
        let Some(t0) = self.start else {
            return Vec::new();
        };
        let d = self.durations;
        let mut out = vec![(t0, "pending"), (t0 + d[0], "static_analysis")];
        let mut t = t0 + d[0] + d[1];
        if self.interactive {
            match self.chosen_at {
                Some(c) => t = c.max(t),
                None => return out,
            }
        }
        out.push((t, "scheduled"));
        t += d[2];
        out.push((t, "running"));
        t += d[3];
        if self.fail {
            out.push((t, "failed"));
            return out;
        }
        out.push((t, "processing"));
        t += d[4];
        out.push((t, "reported"));
        out
    }

    fn status_at(&self, now: Instant) -> &'static str {
        if self.start.is_none() {
            return "reported";
        }
        self.timeline()
            .iter()
            .rev()
            .find(|(at, _)| *at <= now)
            .map(|(_, s)| *s)
            .unwrap_or("pending")
    }

    fn next_change(&self, now: Instant) -> Option<Instant> {
        self.timeline()
            .into_iter()
            .map(|(at, _)| at)
            .find(|at| *at > now)
    }

    fn completed(&self, now: Instant) -> Option<DateTime<Utc>> {
        match self.start {
            None => Some(self.submitted + chrono::Duration::seconds(140)),
            Some(t0) => {
                let tl = self.timeline();
                let (at, s) = *tl.last()?;
                if (s == "reported" || s == "failed") && at <= now {
                    let d = at.duration_since(t0);
                    Some(self.submitted + chrono::Duration::from_std(d).unwrap_or_default())
                } else {
                    None
                }
            }
        }
    }

    fn behavioral_tasks(&self) -> Vec<String> {
        let n = if self.profiles.is_empty() {
            1
        } else {
            self.profiles.len()
        };
        (1..=n).map(|i| format!("behavioral{i}")).collect()
    }

    fn target(&self) -> String {
        self.filename
            .clone()
            .or_else(|| self.url.clone())
            .unwrap_or_default()
    }

    fn task_status(&self, status: &str, task: &str) -> &'static str {
        let rank = |s: &str| ORDER.iter().position(|x| *x == s).unwrap_or(ORDER.len());
        if task == "static1" {
            return if rank(status) >= 2 {
                "reported"
            } else {
                "pending"
            };
        }
        match status {
            "pending" | "static_analysis" | "scheduled" => "pending",
            "running" => "running",
            "processing" => "processing",
            "failed" => "failed",
            _ => "reported",
        }
    }

    fn to_json(&self, now: Instant) -> Value {
        let status = self.status_at(now);
        let mut tasks = vec![
            json!({"id": "static1", "status": self.task_status(status, "static1"), "target": self.target()}),
        ];
        for t in self.behavioral_tasks() {
            tasks.push(
                json!({"id": t, "status": self.task_status(status, &t), "target": self.target()}),
            );
        }
        let mut v = json!({
            "id": self.id,
            "status": status,
            "kind": self.kind,
            "private": self.private,
            "tasks": tasks,
            "submitted": ts(self.submitted),
        });
        if let Some(f) = &self.filename {
            v["filename"] = json!(f);
        }
        if let Some(u) = &self.url {
            v["url"] = json!(u);
        }
        if let Some(c) = self.completed(now) {
            v["completed"] = json!(ts(c));
        }
        v
    }
}

fn ts(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Micros, true)
}

#[derive(Debug, Clone)]
struct SimProfile {
    id: String,
    name: String,
    tags: Vec<String>,
    timeout: i64,
    network: String,
}

impl SimProfile {
    fn to_json(&self) -> Value {
        json!({"id": self.id, "name": self.name, "tags": self.tags, "timeout": self.timeout, "network": self.network})
    }
}

#[derive(Debug)]
struct Inner {
    samples: BTreeMap<String, SimSample>,
    profiles: Vec<SimProfile>,
    rng: fastrand::Rng,
    last_submitted: DateTime<Utc>,
    /// The `submitted` time every submission gets (control `submitted_at`).
    submitted_at: Option<DateTime<Utc>>,
}

#[derive(Debug)]
struct SimState {
    seed: u64,
    key: String,
    dir: PathBuf,
    inner: Mutex<Inner>,
    changed: tokio::sync::watch::Sender<u64>,
}

impl Drop for SimState {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

type Shared = Arc<SimState>;

fn err(status: StatusCode, code: &str, message: impl Into<String>) -> Response {
    (
        status,
        Json(json!({"error": code, "message": message.into()})),
    )
        .into_response()
}

fn not_found(id: &str) -> Response {
    err(
        StatusCode::NOT_FOUND,
        "NOT_FOUND",
        format!("No sample with ID `{id}`"),
    )
}

fn invalid(message: impl Into<String>) -> Response {
    err(StatusCode::BAD_REQUEST, "INVALID", message)
}

fn bad_request(message: impl Into<String>) -> Response {
    err(StatusCode::BAD_REQUEST, "BAD_REQUEST", message)
}

fn splitmix(mut x: u64) -> u64 {
    x = x.wrapping_add(0x9E37_79B9_7F4A_7C15);
    x = (x ^ (x >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    x ^ (x >> 31)
}

fn fnv(bytes: &[u8], mut h: u64) -> u64 {
    for b in bytes {
        h = (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3);
    }
    h
}

fn hex64(seed: u64) -> String {
    (0..4)
        .map(|i| format!("{:016x}", splitmix(seed ^ (i as u64) << 56)))
        .collect()
}

fn sample_id(rng: &mut fastrand::Rng, at: DateTime<Utc>) -> String {
    const ALPHA: &[u8] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let tail: String = (0..10)
        .map(|_| ALPHA[rng.usize(0..ALPHA.len())] as char)
        .collect();
    format!("{}-{tail}", at.format("%y%m%d"))
}

fn durations(rng: &mut fastrand::Rng) -> [Duration; 5] {
    let ms = |rng: &mut fastrand::Rng, lo: u64, hi: u64| Duration::from_millis(rng.u64(lo..hi));
    [
        ms(rng, 5, 15),
        ms(rng, 10, 30),
        ms(rng, 5, 15),
        ms(rng, 20, 60),
        ms(rng, 5, 15),
    ]
}

/// The sandbox routes, nested under `/sandbox/api`.
pub fn router(ctx: &SimContext) -> Router {
    let mut rng = fastrand::Rng::with_seed(ctx.seed ^ 0x5A4D_B0C5);
    let base = Utc
        .with_ymd_and_hms(2024, 6, 1, 12, 0, 0)
        .single()
        .expect("valid date")
        + chrono::Duration::seconds((ctx.seed % 86_400) as i64);
    let mut samples = BTreeMap::new();
    for i in 0..ctx.size {
        let submitted = base
            - chrono::Duration::seconds(37 * i as i64)
            - chrono::Duration::milliseconds(rng.i64(0..1000));
        let id = sample_id(&mut rng, submitted);
        let (family, category) = FAMILIES[rng.usize(0..FAMILIES.len())];
        let is_url = rng.u8(0..10) < 2;
        let hexname = format!("{:06x}", rng.u32(0..0xFF_FFFF));
        let s = SimSample {
            id: id.clone(),
            owner: Owner::Public,
            kind: if is_url { "url" } else { "file" },
            filename: (!is_url)
                .then(|| format!("{family}_{hexname}.{}", EXTS[rng.usize(0..EXTS.len())])),
            url: is_url.then(|| format!("http://{family}-{hexname}.example/gate.php")),
            private: false,
            submitted,
            start: None,
            durations: [Duration::ZERO; 5],
            interactive: false,
            chosen_at: None,
            fail: false,
            profiles: Vec::new(),
            family,
            category,
            score: rng.u32(1..=10),
            sha256: hex64(splitmix(ctx.seed ^ i as u64)),
            file: None,
            user_tags: Vec::new(),
        };
        samples.insert(id, s);
    }
    let profiles = [
        ("windows10-2004-x64", "windows", 150, "internet"),
        ("windows7-sp1-x64", "windows", 150, "internet"),
        ("ubuntu-22.04-amd64", "linux", 120, "drop"),
        ("android-11-x64", "android", 180, "internet"),
    ]
    .iter()
    .enumerate()
    .map(|(i, (name, tag, timeout, net))| SimProfile {
        id: format!(
            "{:08x}-0000-4000-8000-{:012x}",
            i + 1,
            splitmix(ctx.seed + i as u64) & 0xFFFF_FFFF_FFFF
        ),
        name: name.to_string(),
        tags: vec![tag.to_string()],
        timeout: *timeout,
        network: net.to_string(),
    })
    .collect();
    let dir = std::env::temp_dir().join(format!(
        "secops-sim-sandbox-{}-{:016x}",
        std::process::id(),
        fastrand::u64(..)
    ));
    let (changed, _) = tokio::sync::watch::channel(0u64);
    let state: Shared = Arc::new(SimState {
        seed: ctx.seed,
        key: ctx.keys.sandbox.clone(),
        dir,
        inner: Mutex::new(Inner {
            samples,
            profiles,
            rng,
            last_submitted: Utc::now(),
            submitted_at: None,
        }),
        changed,
    });
    Router::new()
        .route("/v0/samples", get(list_samples).post(submit))
        .route("/v0/samples/events", get(all_events))
        .route("/v0/samples/{id}", get(get_sample).delete(delete_sample))
        .route("/v0/samples/{id}/profile", post(set_profile))
        .route("/v0/samples/{id}/summary", get(summary))
        .route("/v0/samples/{id}/events", get(sample_events))
        .route("/v0/samples/{id}/sample", get(download_sample))
        .route("/v0/samples/{id}/archive", get(download_archive))
        .route("/v0/samples/{id}/reports/static", get(static_report))
        .route("/v0/samples/{id}/{task}/{file}", get(task_file))
        .route("/v1/samples/{id}/overview.json", get(overview))
        .route("/v0/search", get(search))
        .route("/v0/profiles", get(list_profiles).post(create_profile))
        .route(
            "/v0/profiles/{id}",
            get(get_profile).put(update_profile).delete(delete_profile),
        )
        .route_layer(middleware::from_fn_with_state(state.clone(), auth))
        .route("/_sim/control", post(control))
        .fallback(|| async { err(StatusCode::NOT_FOUND, "NOT_FOUND", "non-existing endpoint") })
        .method_not_allowed_fallback(|| async {
            err(
                StatusCode::METHOD_NOT_ALLOWED,
                "METHOD_NOT_ALLOWED",
                "method not allowed for this endpoint",
            )
        })
        .layer(DefaultBodyLimit::disable())
        .with_state(state)
}

/// `POST /_sim/control`: test settings (see the module docs).
async fn control(State(st): State<Shared>, body: Bytes) -> Response {
    let v: Value = if body.is_empty() {
        json!({})
    } else {
        match serde_json::from_slice(&body) {
            Ok(v) => v,
            Err(e) => return bad_request(format!("the control is not JSON: {e}")),
        }
    };
    let Some(obj) = v.as_object() else {
        return bad_request("the control is not a JSON object");
    };
    if let Some(unknown) = obj.keys().find(|k| k.as_str() != "submitted_at") {
        return invalid(format!("unknown control {unknown:?}; known: submitted_at"));
    }
    let mut inner = st.inner.lock().expect("sim lock");
    match obj.get("submitted_at") {
        None => {}
        Some(Value::Null) => inner.submitted_at = None,
        Some(Value::String(t)) => match DateTime::parse_from_rfc3339(t) {
            Ok(t) => inner.submitted_at = Some(t.with_timezone(&Utc)),
            Err(_) => return invalid(format!("submitted_at {t:?} is not an RFC 3339 time")),
        },
        Some(_) => return invalid("submitted_at is an RFC 3339 time or null"),
    }
    Json(json!({ "submitted_at": inner.submitted_at.map(ts) })).into_response()
}

async fn auth(State(st): State<Shared>, req: Request, next: Next) -> Response {
    let ok = req
        .headers()
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .is_some_and(|k| k == st.key);
    if !ok {
        return err(
            StatusCode::UNAUTHORIZED,
            "UNAUTHORIZED",
            "missing or invalid credentials",
        );
    }
    next.run(req).await
}

#[derive(serde::Deserialize)]
struct PageQuery {
    subset: Option<String>,
    query: Option<String>,
    limit: Option<String>,
    offset: Option<String>,
}

fn page(
    st: &SimState,
    q: &PageQuery,
    keep: impl Fn(&SimSample) -> bool,
) -> std::result::Result<Value, Response> {
    let limit: usize = match &q.limit {
        None => 50,
        Some(l) => match l.parse::<usize>() {
            Ok(n) if (1..=200).contains(&n) => n,
            _ => return Err(invalid(format!("limit {l:?} is not between 1 and 200"))),
        },
    };
    let before = match &q.offset {
        None => None,
        Some(o) => match DateTime::parse_from_rfc3339(o) {
            Ok(t) => Some(t.with_timezone(&Utc)),
            Err(_) => return Err(invalid(format!("offset {o:?} is not valid"))),
        },
    };
    let now = Instant::now();
    let inner = st.inner.lock().expect("sim lock");
    let mut rows: Vec<&SimSample> = inner
        .samples
        .values()
        .filter(|s| keep(s))
        .filter(|s| before.is_none_or(|b| s.submitted < b))
        .collect();
    rows.sort_by(|a, b| b.submitted.cmp(&a.submitted).then(b.id.cmp(&a.id)));
    let more = rows.len() > limit;
    rows.truncate(limit);
    let data: Vec<Value> = rows.iter().map(|s| s.to_json(now)).collect();
    let mut body = json!({ "data": data });
    if more {
        if let Some(last) = rows.last() {
            body["next"] = json!(ts(last.submitted));
        }
    }
    Ok(body)
}

async fn list_samples(State(st): State<Shared>, Query(q): Query<PageQuery>) -> Response {
    let subset = q.subset.clone().unwrap_or_else(|| "owned".into());
    let owner = match subset.as_str() {
        "owned" | "org" => Owner::Owned,
        "public" => Owner::Public,
        other => return invalid(format!("unknown subset {other:?}: owned, public or org")),
    };
    match page(&st, &q, |s| s.owner == owner) {
        Ok(v) => Json(v).into_response(),
        Err(r) => r,
    }
}

const SEARCH_FIELDS: &[&str] = &["family", "tag", "sha256", "kind", "id", "score"];

/// The field of a `key:value` term the service does not know (URLs are bare words).
fn unknown_field(term: &str) -> Option<String> {
    let (k, _) = term.split_once(':')?;
    let k = k.to_ascii_lowercase();
    let is_url = k == "http" || k == "https";
    (!is_url && !SEARCH_FIELDS.contains(&k.as_str())).then_some(k)
}

/// One search term: `key:value` or a bare word (matched against the target).
fn matches_term(s: &SimSample, term: &str) -> bool {
    let lower = term.to_ascii_lowercase();
    match lower.split_once(':') {
        Some(("family", v)) => s.family == v,
        Some(("tag", v)) => s.category == v || s.family == v || s.user_tags.iter().any(|t| t == v),
        Some(("sha256", v)) => s.sha256 == v,
        Some(("kind", v)) => s.kind == v,
        Some(("id", v)) => s.id == v,
        Some(("score", v)) => v.parse::<u32>().map(|n| s.score >= n).unwrap_or(false),
        _ => s.target().to_ascii_lowercase().contains(&lower),
    }
}

async fn search(State(st): State<Shared>, Query(q): Query<PageQuery>) -> Response {
    let query = q.query.clone().unwrap_or_default();
    let terms: Vec<&str> = query.split_whitespace().collect();
    if terms.is_empty() {
        return invalid("the query is empty");
    }
    if let Some(bad) = terms.iter().find_map(|t| unknown_field(t)) {
        return invalid(format!("unknown search field {bad:?}"));
    }
    match page(&st, &q, |s| terms.iter().all(|t| matches_term(s, t))) {
        Ok(v) => Json(v).into_response(),
        Err(r) => r,
    }
}

/// The options of a submission, as the sandbox reads them.
struct Submission {
    kind: &'static str,
    url: Option<String>,
    interactive: bool,
    profiles: Vec<String>,
    user_tags: Vec<String>,
}

fn read_options(
    st: &SimState,
    doc: &Value,
    file: bool,
) -> std::result::Result<Submission, Response> {
    let Some(obj) = doc.as_object() else {
        return Err(bad_request("the submission is not a JSON object"));
    };
    let kind = match obj.get("kind").and_then(Value::as_str) {
        Some("file") if file => "file",
        Some("url") if !file => "url",
        Some("fetch") if !file => "fetch",
        Some("file") => {
            return Err(invalid(
                "kind `file` needs a multipart request with a file part",
            ))
        }
        Some(k) if file => return Err(invalid(format!("kind {k:?} cannot carry a file"))),
        Some(k) => return Err(invalid(format!("unknown kind {k:?}"))),
        None => return Err(invalid("`kind` is required")),
    };
    let url = if file {
        None
    } else {
        let u = obj.get("url").and_then(Value::as_str).unwrap_or_default();
        if !(u.starts_with("http://") || u.starts_with("https://")) {
            return Err(invalid("`url` must be an http(s) URL"));
        }
        Some(u.to_string())
    };
    let interactive = match obj.get("interactive") {
        None | Some(Value::Null) => false,
        Some(Value::Bool(b)) => *b,
        Some(_) => return Err(invalid("`interactive` must be a boolean")),
    };
    let mut profiles = Vec::new();
    if let Some(list) = obj.get("profiles") {
        let Some(list) = list.as_array() else {
            return Err(invalid("`profiles` must be an array"));
        };
        let inner = st.inner.lock().expect("sim lock");
        for p in list {
            let Some(name) = p.get("profile").and_then(Value::as_str) else {
                return Err(invalid("each profile needs `profile`"));
            };
            if !inner
                .profiles
                .iter()
                .any(|x| x.id == name || x.name == name)
            {
                return Err(invalid(format!("unknown profile {name:?}")));
            }
            profiles.push(name.to_string());
        }
    }
    if let Some(d) = obj.get("defaults") {
        if let Some(t) = d.get("timeout") {
            if t.as_i64().is_none_or(|t| t < 1) {
                return Err(invalid(
                    "`defaults.timeout` must be a positive number of seconds",
                ));
            }
        }
        if let Some(n) = d.get("network") {
            if n.as_str().is_none_or(str::is_empty) {
                return Err(invalid("`defaults.network` must be a network name"));
            }
        }
    }
    let user_tags = match obj.get("user_tags") {
        None => Vec::new(),
        Some(Value::Array(a)) if a.iter().all(|t| t.as_str().is_some_and(|s| !s.is_empty())) => a
            .iter()
            .filter_map(|t| t.as_str().map(str::to_owned))
            .collect(),
        Some(_) => return Err(invalid("`user_tags` must be non-empty strings")),
    };
    Ok(Submission {
        kind,
        url,
        interactive,
        profiles,
        user_tags,
    })
}

fn create_sample(
    st: &SimState,
    sub: Submission,
    filename: Option<String>,
    file: Option<StoredFile>,
) -> Value {
    let now = Instant::now();
    let mut inner = st.inner.lock().expect("sim lock");
    let submitted = match inner.submitted_at {
        Some(at) => at,
        None => Utc::now().max(inner.last_submitted + chrono::Duration::microseconds(1)),
    };
    inner.last_submitted = inner.last_submitted.max(submitted);
    let id = sample_id(&mut inner.rng, submitted);
    let durations = durations(&mut inner.rng);
    let name = filename
        .clone()
        .or_else(|| sub.url.clone())
        .unwrap_or_default();
    let fail = name.to_ascii_lowercase().contains("fail");
    let (family, category) =
        FAMILIES[(fnv(name.as_bytes(), st.seed) % FAMILIES.len() as u64) as usize];
    let hash = file
        .as_ref()
        .map(|f| f.hash)
        .unwrap_or_else(|| fnv(name.as_bytes(), 7));
    let s = SimSample {
        id: id.clone(),
        owner: Owner::Owned,
        kind: sub.kind,
        filename,
        url: sub.url,
        private: true,
        submitted,
        start: Some(now),
        durations,
        interactive: sub.interactive,
        chosen_at: None,
        fail,
        profiles: sub.profiles,
        family,
        category,
        score: (hash % 10) as u32 + 1,
        sha256: hex64(hash),
        file,
        user_tags: sub.user_tags,
    };
    let v = s.to_json(now);
    inner.samples.insert(id, s);
    drop(inner);
    st.changed.send_modify(|n| *n += 1);
    v
}

async fn submit(State(st): State<Shared>, headers: HeaderMap, req: Request) -> Response {
    let ct = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_ascii_lowercase();
    if ct.starts_with("application/json") {
        let body = match axum::body::to_bytes(req.into_body(), 1 << 20).await {
            Ok(b) => b,
            Err(_) => return bad_request("the body could not be read"),
        };
        let doc: Value = match serde_json::from_slice(&body) {
            Ok(v) => v,
            Err(e) => return bad_request(format!("the body is not JSON: {e}")),
        };
        let sub = match read_options(&st, &doc, false) {
            Ok(s) => s,
            Err(r) => return r,
        };
        return Json(create_sample(&st, sub, None, None)).into_response();
    }
    if !ct.starts_with("multipart/form-data") {
        return bad_request("expected multipart/form-data or application/json");
    }
    let mut mp = match <Multipart as axum::extract::FromRequest<()>>::from_request(req, &()).await {
        Ok(m) => m,
        Err(_) => return bad_request("the multipart body could not be decoded"),
    };
    let mut doc: Option<Value> = None;
    let mut stored: Option<(String, StoredFile)> = None;
    loop {
        let field = match mp.next_field().await {
            Ok(Some(f)) => f,
            Ok(None) => break,
            Err(e) => return bad_request(format!("the multipart body could not be decoded: {e}")),
        };
        match field.name() {
            Some("_json") => {
                let text = match field.bytes().await {
                    Ok(b) => b,
                    Err(_) => return bad_request("the `_json` part could not be read"),
                };
                match serde_json::from_slice(&text) {
                    Ok(v) => doc = Some(v),
                    Err(e) => return bad_request(format!("the `_json` part is not JSON: {e}")),
                }
            }
            Some("file") => {
                let name = field.file_name().unwrap_or("file").to_string();
                match store_upload(&st, field).await {
                    Ok(f) => stored = Some((name, f)),
                    Err(r) => return r,
                }
            }
            _ => {}
        }
    }
    let Some(doc) = doc else {
        if let Some((_, f)) = stored {
            let _ = tokio::fs::remove_file(&f.path).await;
        }
        return bad_request("the `_json` part is missing");
    };
    let sub = match read_options(&st, &doc, true) {
        Ok(s) => s,
        Err(r) => {
            if let Some((_, f)) = stored {
                let _ = tokio::fs::remove_file(&f.path).await;
            }
            return r;
        }
    };
    let Some((name, file)) = stored else {
        return invalid("the `file` part is missing");
    };
    Json(create_sample(&st, sub, Some(name), Some(file))).into_response()
}

/// Streams an uploaded part to a file, hashing it on the way (constant memory).
async fn store_upload(
    st: &SimState,
    mut field: axum::extract::multipart::Field<'_>,
) -> std::result::Result<StoredFile, Response> {
    let internal = |m: String| err(StatusCode::INTERNAL_SERVER_ERROR, "INTERNAL", m);
    tokio::fs::create_dir_all(&st.dir)
        .await
        .map_err(|e| internal(format!("storage: {e}")))?;
    let path = st.dir.join(format!("upload-{:016x}", fastrand::u64(..)));
    let mut out = tokio::fs::File::create(&path)
        .await
        .map_err(|e| internal(format!("storage: {e}")))?;
    let mut len = 0u64;
    let mut hash = 0xcbf2_9ce4_8422_2325u64;
    loop {
        match field.chunk().await {
            Ok(Some(chunk)) => {
                len += chunk.len() as u64;
                hash = fnv(&chunk, hash);
                out.write_all(&chunk)
                    .await
                    .map_err(|e| internal(format!("storage: {e}")))?;
            }
            Ok(None) => break,
            Err(_) => {
                let _ = tokio::fs::remove_file(&path).await;
                return Err(bad_request("the file part was cut short"));
            }
        }
    }
    out.flush()
        .await
        .map_err(|e| internal(format!("storage: {e}")))?;
    Ok(StoredFile { path, len, hash })
}

fn with_sample<T>(st: &SimState, id: &str, f: impl FnOnce(&SimSample, Instant) -> T) -> Option<T> {
    let inner = st.inner.lock().expect("sim lock");
    inner.samples.get(id).map(|s| f(s, Instant::now()))
}

async fn get_sample(State(st): State<Shared>, Path(id): Path<String>) -> Response {
    match with_sample(&st, &id, |s, now| s.to_json(now)) {
        Some(v) => Json(v).into_response(),
        None => not_found(&id),
    }
}

async fn delete_sample(State(st): State<Shared>, Path(id): Path<String>) -> Response {
    let removed = st.inner.lock().expect("sim lock").samples.remove(&id);
    match removed {
        Some(s) => {
            if let Some(f) = s.file {
                let _ = tokio::fs::remove_file(&f.path).await;
            }
            st.changed.send_modify(|n| *n += 1);
            Json(json!({})).into_response()
        }
        None => not_found(&id),
    }
}

async fn set_profile(State(st): State<Shared>, Path(id): Path<String>, body: Bytes) -> Response {
    let doc: Value = match serde_json::from_slice(&body) {
        Ok(v) => v,
        Err(e) => return bad_request(format!("the body is not JSON: {e}")),
    };
    let auto = doc.get("auto").and_then(Value::as_bool).unwrap_or(false);
    let mut chosen = Vec::new();
    if let Some(list) = doc.get("profiles").and_then(Value::as_array) {
        for p in list {
            match p.get("profile").and_then(Value::as_str) {
                Some(n) if !n.is_empty() => chosen.push(n.to_string()),
                _ => return invalid("each profile needs `profile`"),
            }
        }
    }
    if !auto && chosen.is_empty() {
        return invalid("choose profiles or set `auto`");
    }
    let now = Instant::now();
    let mut inner = st.inner.lock().expect("sim lock");
    for n in &chosen {
        if !inner.profiles.iter().any(|x| &x.id == n || &x.name == n) {
            return invalid(format!("unknown profile {n:?}"));
        }
    }
    let Some(s) = inner.samples.get_mut(&id) else {
        return not_found(&id);
    };
    if !s.interactive || s.chosen_at.is_some() {
        return invalid("the sample is not waiting for a profile selection");
    }
    if s.status_at(now) != "static_analysis" {
        return invalid("the sample has not finished its static analysis yet");
    }
    s.chosen_at = Some(now);
    if !chosen.is_empty() {
        s.profiles = chosen;
    }
    drop(inner);
    st.changed.send_modify(|n| *n += 1);
    Json(json!({})).into_response()
}

async fn summary(State(st): State<Shared>, Path(id): Path<String>) -> Response {
    let v = with_sample(&st, &id, |s, now| {
        let status = s.status_at(now);
        let done = status == "reported";
        let mut tasks = serde_json::Map::new();
        tasks.insert(
            format!("{}-static1", s.id),
            json!({"kind": "static", "status": s.task_status(status, "static1"), "target": s.target(), "tags": [], "score": 1}),
        );
        for (i, t) in s.behavioral_tasks().iter().enumerate() {
            let mut task = json!({
                "kind": "behavioral", "status": s.task_status(status, t), "target": s.target(),
                "backend": "sim", "resource": "win10v2004", "platform": "windows10-2004_x64",
                "tags": if done { json!([format!("family:{}", s.family), s.category]) } else { json!([]) },
            });
            if done {
                task["score"] = json!(s.score);
            }
            task["queue_id"] = json!(i + 1);
            tasks.insert(format!("{}-{t}", s.id), task);
        }
        let mut v = json!({
            "sample": s.id, "status": status, "kind": s.kind, "target": s.target(),
            "sha256": s.sha256, "created": ts(s.submitted), "tasks": tasks,
        });
        if done {
            v["score"] = json!(s.score);
        }
        if let Some(c) = s.completed(now) {
            v["completed"] = json!(ts(c));
        }
        v
    });
    match v {
        Some(v) => Json(v).into_response(),
        None => not_found(&id),
    }
}

fn file_info(s: &SimSample, now: Instant) -> Value {
    let mut v = json!({
        "id": s.id, "target": s.target(), "size": s.file.as_ref().map(|f| f.len).unwrap_or(0),
        "md5": &s.sha256[..32], "sha1": &s.sha256[..40], "sha256": s.sha256,
        "created": ts(s.submitted), "score": s.score,
    });
    if let Some(c) = s.completed(now) {
        v["completed"] = json!(ts(c));
    }
    v
}

fn signatures(s: &SimSample) -> Value {
    json!([
        {"name": format!("{} payload detected", s.family), "score": s.score, "tags": [format!("family:{}", s.family)], "desc": "matches a known family"},
        {"name": "Suspicious use of SetWindowsHookEx", "score": 3, "tags": [], "desc": "hooks keyboard input"},
    ])
}

fn c2(s: &SimSample) -> Vec<String> {
    (0..3)
        .map(|i| {
            let h = splitmix(fnv(s.sha256.as_bytes(), i));
            format!("{}.{}.{}.{}:{}", 192, 0, 2, h % 250 + 1, 443 + i * 1000)
        })
        .collect()
}

async fn overview(State(st): State<Shared>, Path(id): Path<String>) -> Response {
    let v = with_sample(&st, &id, |s, now| {
        if s.status_at(now) != "reported" {
            return Err(err(
                StatusCode::NOT_FOUND,
                "NOT_FOUND",
                format!(
                    "the overview of `{}` is not available: the sample is not reported",
                    s.id
                ),
            ));
        }
        let tags = json!([format!("family:{}", s.family), s.category]);
        let tasks: Vec<Value> = std::iter::once(json!({"name": "static1", "kind": "static", "status": "reported", "score": 1, "tags": [], "target": s.target()}))
            .chain(s.behavioral_tasks().iter().map(|t| json!({"name": t, "kind": "behavioral", "status": "reported", "score": s.score, "tags": tags, "target": s.target(), "platform": "windows10-2004_x64"})))
            .collect();
        let iocs = json!({"urls": [format!("http://{}.example/gate.php", s.family)], "domains": [format!("{}.example", s.family)], "ips": c2(s).iter().map(|a| a.split(':').next().unwrap_or_default().to_string()).collect::<Vec<_>>()});
        Ok(json!({
            "version": "0.3.0",
            "sample": file_info(s, now),
            "tasks": tasks,
            "analysis": {"score": s.score, "family": [s.family], "tags": tags},
            "targets": [{"target": s.target(), "tasks": s.behavioral_tasks(), "score": s.score, "sha256": s.sha256, "tags": tags, "family": [s.family], "signatures": signatures(s), "iocs": iocs}],
            "signatures": signatures(s),
            "extracted": [{"tasks": s.behavioral_tasks(), "config": {"family": s.family, "c2": c2(s), "botnet": format!("{:x}", fnv(s.id.as_bytes(), 1) & 0xFFFF)}}],
        }))
    });
    match v {
        Some(Ok(v)) => Json(v).into_response(),
        Some(Err(r)) => r,
        None => not_found(&id),
    }
}

async fn static_report(State(st): State<Shared>, Path(id): Path<String>) -> Response {
    let v = with_sample(&st, &id, |s, now| {
        let status = s.status_at(now);
        if status == "pending" || status == "static_analysis" {
            return Err(err(
                StatusCode::NOT_FOUND,
                "NOT_FOUND",
                format!("the static report of `{}` is not ready", s.id),
            ));
        }
        Ok(json!({
            "version": "0.3.0",
            "sample": {"id": s.id, "target": s.target(), "size": s.file.as_ref().map(|f| f.len).unwrap_or(0), "created": ts(s.submitted)},
            "task": {"target": s.target(), "sha256": s.sha256},
            "analysis": {"score": 1, "tags": []},
            "signatures": [],
            "files": [{"filename": s.target(), "filesize": s.file.as_ref().map(|f| f.len).unwrap_or(0), "md5": &s.sha256[..32], "sha1": &s.sha256[..40], "sha256": s.sha256, "depth": 0, "kind": s.kind, "selected": true, "tags": [], "exts": []}],
            "unpack_count": 1,
            "error_count": 0,
        }))
    });
    match v {
        Some(Ok(v)) => Json(v).into_response(),
        Some(Err(r)) => r,
        None => not_found(&id),
    }
}

fn triage_report(s: &SimSample, task: &str, now: Instant) -> Value {
    let procs: Vec<Value> = (0..4)
        .map(|i| json!({"procid": i + 1, "pid": 1000 + 4 * i, "ppid": if i == 0 { 600 } else { 1000 + 4 * (i - 1) }, "image": format!("C:\\Users\\Admin\\AppData\\Local\\Temp\\{}", s.target()), "cmd": format!("\"{}\" /run {i}", s.target()), "started": 100 * i}))
        .collect();
    let flows: Vec<Value> = c2(s)
        .iter()
        .enumerate()
        .map(|(i, a)| json!({"id": i + 1, "proto": "tcp", "src": "10.127.0.10:49700", "dst": a, "domain": format!("{}.example", s.family), "protocols": ["tls"]}))
        .collect();
    json!({
        "version": "0.3.0",
        "sample": file_info(s, now),
        "task": {"id": task, "target": s.target(), "sha256": s.sha256},
        "analysis": {"score": s.score, "family": [s.family], "tags": [format!("family:{}", s.family), s.category]},
        "processes": procs,
        "signatures": signatures(s),
        "network": {"flows": flows, "requests": [{"flow": 1, "dns_request": {"domains": [format!("{}.example", s.family)]}}]},
        "extracted": [{"config": {"family": s.family, "c2": c2(s)}}],
    })
}

/// The body of a generated file: position-addressable pseudo-random bytes.
fn generated_bytes(seed: u64, key: u64, start: u64, end: u64) -> Body {
    let stream = futures::stream::unfold(start, move |pos| async move {
        if pos >= end {
            return None;
        }
        let stop = (pos + 16 * 1024).min(end);
        let mut buf = Vec::with_capacity((stop - pos) as usize);
        for p in pos..stop {
            let word = splitmix(seed ^ key ^ (p / 8));
            buf.push((word >> ((p % 8) * 8)) as u8);
        }
        Some((Ok::<_, std::io::Error>(Bytes::from(buf)), stop))
    });
    Body::from_stream(stream)
}

/// `Range: bytes=N-` → N.
fn range_start(headers: &HeaderMap) -> Option<u64> {
    let v = headers.get(header::RANGE)?.to_str().ok()?;
    let rest = v.strip_prefix("bytes=")?;
    let (start, end) = rest.split_once('-')?;
    if !end.is_empty() {
        return None;
    }
    start.parse().ok()
}

/// A 200, or a 206 for `Range: bytes=N-`, or a 416.
fn ranged(headers: &HeaderMap, len: u64, body: impl FnOnce(u64) -> Body) -> Response {
    let (status, start) = match range_start(headers) {
        Some(n) if n < len => (StatusCode::PARTIAL_CONTENT, n),
        Some(_) => {
            let mut r = err(
                StatusCode::RANGE_NOT_SATISFIABLE,
                "INVALID",
                "range not satisfiable",
            );
            r.headers_mut().insert(
                header::CONTENT_RANGE,
                HeaderValue::from_str(&format!("bytes */{len}")).expect("ascii"),
            );
            return r;
        }
        None => (StatusCode::OK, 0),
    };
    let mut r = Response::new(body(start));
    *r.status_mut() = status;
    let h = r.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/octet-stream"),
    );
    h.insert(header::ACCEPT_RANGES, HeaderValue::from_static("bytes"));
    h.insert(header::CONTENT_LENGTH, HeaderValue::from(len - start));
    if status == StatusCode::PARTIAL_CONTENT {
        h.insert(
            header::CONTENT_RANGE,
            HeaderValue::from_str(&format!("bytes {start}-{}/{len}", len - 1)).expect("ascii"),
        );
    }
    r
}

async fn download_sample(
    State(st): State<Shared>,
    Path(id): Path<String>,
    headers: HeaderMap,
) -> Response {
    let info = with_sample(&st, &id, |s, _| {
        (
            s.file.as_ref().map(|f| (f.path.clone(), f.len)),
            s.kind,
            s.sha256.clone(),
        )
    });
    let Some((file, kind, sha)) = info else {
        return not_found(&id);
    };
    match file {
        Some((path, len)) => {
            let start = range_start(&headers).unwrap_or(0);
            let mut f = match tokio::fs::File::open(&path).await {
                Ok(f) => f,
                Err(e) => {
                    return err(
                        StatusCode::INTERNAL_SERVER_ERROR,
                        "INTERNAL",
                        format!("storage: {e}"),
                    )
                }
            };
            if start > 0 && start < len && f.seek(std::io::SeekFrom::Start(start)).await.is_err() {
                return err(
                    StatusCode::INTERNAL_SERVER_ERROR,
                    "INTERNAL",
                    "storage: seek failed",
                );
            }
            ranged(&headers, len, move |_| {
                Body::from_stream(tokio_util::io::ReaderStream::with_capacity(
                    f.take(len - start.min(len)),
                    64 * 1024,
                ))
            })
        }
        None if kind == "file" => {
            // A preloaded public sample: generated bytes.
            let key = fnv(sha.as_bytes(), 3);
            let len = 20 * 1024 + key % 4096;
            ranged(&headers, len, move |start| {
                generated_bytes(st.seed, key, start, len)
            })
        }
        None => err(
            StatusCode::NOT_FOUND,
            "NOT_FOUND",
            format!("sample `{id}` is a URL: it has no file"),
        ),
    }
}

async fn download_archive(
    State(st): State<Shared>,
    Path(id): Path<String>,
    headers: HeaderMap,
) -> Response {
    let info = with_sample(&st, &id, |s, now| {
        (s.status_at(now), fnv(s.sha256.as_bytes(), 5))
    });
    match info {
        None => not_found(&id),
        Some((status, _)) if status != "reported" && status != "failed" => err(
            StatusCode::NOT_FOUND,
            "NOT_FOUND",
            format!("the archive of `{id}` is not available until the analysis ends"),
        ),
        Some((_, key)) => {
            let seed = st.seed;
            ranged(&headers, ARCHIVE_LEN, move |start| {
                generated_bytes(seed, key, start, ARCHIVE_LEN)
            })
        }
    }
}

async fn task_file(
    State(st): State<Shared>,
    Path((id, task, file)): Path<(String, String, String)>,
    headers: HeaderMap,
) -> Response {
    let info = with_sample(&st, &id, |s, now| {
        let status = s.status_at(now);
        let known = s.behavioral_tasks().contains(&task);
        if !known {
            return Err(err(
                StatusCode::NOT_FOUND,
                "NOT_FOUND",
                format!("sample `{}` has no task `{task}`", s.id),
            ));
        }
        if status != "reported" {
            return Err(err(
                StatusCode::NOT_FOUND,
                "NOT_FOUND",
                format!("task `{task}` of `{}` is not reported", s.id),
            ));
        }
        Ok((
            triage_report(s, &task, now),
            fnv(s.sha256.as_bytes(), fnv(task.as_bytes(), 11)),
        ))
    });
    let (report, key) = match info {
        None => return not_found(&id),
        Some(Err(r)) => return r,
        Some(Ok(x)) => x,
    };
    match file.as_str() {
        "report_triage.json" => Json(report).into_response(),
        "dump.pcap" | "dump.pcapng" => {
            let seed = st.seed;
            let mut r = ranged(&headers, PCAP_LEN, move |start| {
                // A classic pcap global header, then generated "packets".
                const HEADER: [u8; 24] = [
                    0xd4, 0xc3, 0xb2, 0xa1, 2, 0, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff, 0, 0,
                    1, 0, 0, 0,
                ];
                if start < 24 {
                    let head = Bytes::copy_from_slice(&HEADER[start as usize..]);
                    let rest = generated_bytes(seed, key, 24, PCAP_LEN).into_data_stream();
                    Body::from_stream(
                        futures::stream::once(async move { Ok::<_, axum::Error>(head) })
                            .chain(rest),
                    )
                } else {
                    generated_bytes(seed, key, start, PCAP_LEN)
                }
            });
            r.headers_mut().insert(
                header::CONTENT_TYPE,
                HeaderValue::from_static("application/vnd.tcpdump.pcap"),
            );
            r
        }
        other => err(
            StatusCode::NOT_FOUND,
            "NOT_FOUND",
            format!("task `{task}` has no file `{other}`"),
        ),
    }
}

fn ndjson_line(v: &Value) -> Bytes {
    let mut line = serde_json::to_vec(v).expect("json");
    line.push(b'\n');
    Bytes::from(line)
}

fn ndjson_response(stream: impl futures::Stream<Item = Bytes> + Send + 'static) -> Response {
    let mut r = Response::new(Body::from_stream(stream.map(Ok::<_, std::io::Error>)));
    r.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/x-ndjson"),
    );
    r
}

async fn sample_events(State(st): State<Shared>, Path(id): Path<String>) -> Response {
    if with_sample(&st, &id, |_, _| ()).is_none() {
        return not_found(&id);
    }
    let rx = st.changed.subscribe();
    // The current state first, then every later state in order (each one as it was
    // when it began), closing after a terminal one.
    let state = (
        st,
        id,
        rx,
        None::<Instant>,
        std::collections::VecDeque::<Bytes>::new(),
        false,
    );
    let stream = futures::stream::unfold(
        state,
        |(st, id, mut rx, mut shown, mut queue, mut done)| async move {
            loop {
                if let Some(line) = queue.pop_front() {
                    return Some((line, (st, id, rx, shown, queue, done)));
                }
                if done {
                    return None;
                }
                if shown.is_some() {
                    let next = with_sample(&st, &id, |s, now| s.next_change(now))?;
                    match next {
                        Some(at) => tokio::select! {
                            _ = tokio::time::sleep_until(at) => {}
                            _ = rx.changed() => {}
                        },
                        None => {
                            if rx.changed().await.is_err() {
                                return None;
                            }
                        }
                    }
                }
                let (lines, last, terminal) = with_sample(&st, &id, |s, now| {
                    let mut lines = Vec::new();
                    let mut last = shown;
                    match shown {
                        // A new connection: the state as it is now.
                        None => {
                            lines.push(ndjson_line(&s.to_json(now)));
                            last = Some(now);
                        }
                        // Every stage that began since the last one shown.
                        Some(prev) => {
                            for (at, _) in s.timeline() {
                                if at > prev && at <= now {
                                    lines.push(ndjson_line(&s.to_json(at)));
                                    last = Some(at);
                                }
                            }
                        }
                    }
                    let status = s.status_at(now);
                    (lines, last, status == "reported" || status == "failed")
                })?;
                shown = last;
                queue.extend(lines);
                done = terminal;
            }
        },
    );
    ndjson_response(stream)
}

async fn all_events(State(st): State<Shared>) -> Response {
    let rx = st.changed.subscribe();
    let tracked: Vec<String> = {
        let now = Instant::now();
        let inner = st.inner.lock().expect("sim lock");
        inner
            .samples
            .values()
            .filter(|s| s.owner == Owner::Owned)
            .filter(|s| {
                let status = s.status_at(now);
                status != "reported" && status != "failed"
            })
            .map(|s| s.id.clone())
            .collect()
    };
    let last: BTreeMap<String, String> = BTreeMap::new();
    let stream = futures::stream::unfold(
        (
            st,
            tracked,
            last,
            rx,
            std::collections::VecDeque::<Bytes>::new(),
        ),
        |(st, tracked, mut last, mut rx, mut queue)| async move {
            loop {
                if let Some(line) = queue.pop_front() {
                    return Some((line, (st, tracked, last, rx, queue)));
                }
                let now = Instant::now();
                let mut next: Option<Instant> = None;
                let mut open = 0;
                {
                    let inner = st.inner.lock().expect("sim lock");
                    for id in &tracked {
                        let Some(s) = inner.samples.get(id) else {
                            continue;
                        };
                        let status = s.status_at(now);
                        if last.get(id).map(String::as_str) != Some(status) {
                            last.insert(id.clone(), status.to_string());
                            queue.push_back(ndjson_line(&s.to_json(now)));
                        }
                        if status != "reported" && status != "failed" {
                            open += 1;
                            if let Some(at) = s.next_change(now) {
                                next = Some(next.map_or(at, |n: Instant| n.min(at)));
                            }
                        }
                    }
                }
                if !queue.is_empty() {
                    continue;
                }
                if open == 0 {
                    return None;
                }
                match next {
                    Some(at) => tokio::select! {
                        _ = tokio::time::sleep_until(at) => {}
                        _ = rx.changed() => {}
                    },
                    None => {
                        if rx.changed().await.is_err() {
                            return None;
                        }
                    }
                }
            }
        },
    );
    ndjson_response(stream)
}

/// `GET /v0/profiles`, paged like the other lists (`limit` 1–200, default
/// 50) but with an integer `next` (the index of the next profile), as some
/// servers send: the client must pass either kind back unchanged as `offset`.
async fn list_profiles(State(st): State<Shared>, Query(q): Query<PageQuery>) -> Response {
    let limit: usize = match &q.limit {
        None => 50,
        Some(l) => match l.parse::<usize>() {
            Ok(n) if (1..=200).contains(&n) => n,
            _ => return invalid(format!("limit {l:?} is not between 1 and 200")),
        },
    };
    let from: usize = match &q.offset {
        None => 0,
        Some(o) => match o.parse::<usize>() {
            Ok(n) => n,
            Err(_) => return invalid(format!("offset {o:?} is not valid")),
        },
    };
    let inner = st.inner.lock().expect("sim lock");
    let data: Vec<Value> = inner
        .profiles
        .iter()
        .skip(from)
        .take(limit)
        .map(SimProfile::to_json)
        .collect();
    let mut body = json!({ "data": data });
    let next = from.saturating_add(limit);
    if next < inner.profiles.len() {
        body["next"] = json!(next);
    }
    Json(body).into_response()
}

fn read_profile(
    body: &[u8],
) -> std::result::Result<(String, Vec<String>, Option<i64>, Option<String>), Response> {
    let doc: Value = serde_json::from_slice(body)
        .map_err(|e| bad_request(format!("the body is not JSON: {e}")))?;
    let name = doc
        .get("name")
        .and_then(Value::as_str)
        .unwrap_or_default()
        .trim()
        .to_string();
    if name.is_empty() {
        return Err(invalid("`name` is required"));
    }
    let tags = match doc.get("tags") {
        None => Vec::new(),
        Some(Value::Array(a)) => a
            .iter()
            .filter_map(|t| t.as_str().map(str::to_owned))
            .collect(),
        Some(_) => return Err(invalid("`tags` must be an array of strings")),
    };
    let timeout = match doc.get("timeout") {
        None => None,
        Some(t) => match t.as_i64() {
            Some(n) if n >= 1 => Some(n),
            _ => return Err(invalid("`timeout` must be a positive number of seconds")),
        },
    };
    let network = doc
        .get("network")
        .and_then(Value::as_str)
        .map(str::to_owned);
    Ok((name, tags, timeout, network))
}

async fn create_profile(State(st): State<Shared>, body: Bytes) -> Response {
    let (name, tags, timeout, network) = match read_profile(&body) {
        Ok(x) => x,
        Err(r) => return r,
    };
    let mut inner = st.inner.lock().expect("sim lock");
    if inner.profiles.iter().any(|p| p.name == name) {
        return err(
            StatusCode::CONFLICT,
            "PROFILE_ALREADY_EXISTS",
            format!("a profile named `{name}` already exists"),
        );
    }
    let n = inner.rng.u64(..);
    let p = SimProfile {
        id: format!(
            "{:08x}-{:04x}-4{:03x}-8{:03x}-{:012x}",
            n >> 32,
            n & 0xFFFF,
            (n >> 16) & 0xFFF,
            (n >> 28) & 0xFFF,
            splitmix(n) & 0xFFFF_FFFF_FFFF
        ),
        name,
        tags,
        timeout: timeout.unwrap_or(150),
        network: network.unwrap_or_else(|| "internet".into()),
    };
    inner.profiles.push(p.clone());
    Json(p.to_json()).into_response()
}

fn profile_not_found(id: &str) -> Response {
    err(
        StatusCode::NOT_FOUND,
        "NOT_FOUND",
        format!("No profile with ID or name `{id}`"),
    )
}

async fn get_profile(State(st): State<Shared>, Path(id): Path<String>) -> Response {
    let inner = st.inner.lock().expect("sim lock");
    match inner.profiles.iter().find(|p| p.id == id || p.name == id) {
        Some(p) => Json(p.to_json()).into_response(),
        None => profile_not_found(&id),
    }
}

async fn update_profile(State(st): State<Shared>, Path(id): Path<String>, body: Bytes) -> Response {
    let (name, tags, timeout, network) = match read_profile(&body) {
        Ok(x) => x,
        Err(r) => return r,
    };
    let mut inner = st.inner.lock().expect("sim lock");
    let Some(idx) = inner
        .profiles
        .iter()
        .position(|p| p.id == id || p.name == id)
    else {
        return profile_not_found(&id);
    };
    if inner
        .profiles
        .iter()
        .enumerate()
        .any(|(i, p)| i != idx && p.name == name)
    {
        return err(
            StatusCode::CONFLICT,
            "PROFILE_ALREADY_EXISTS",
            format!("a profile named `{name}` already exists"),
        );
    }
    let p = &mut inner.profiles[idx];
    p.name = name;
    p.tags = tags;
    if let Some(t) = timeout {
        p.timeout = t;
    }
    if let Some(n) = network {
        p.network = n;
    }
    Json(p.to_json()).into_response()
}

async fn delete_profile(State(st): State<Shared>, Path(id): Path<String>) -> Response {
    let mut inner = st.inner.lock().expect("sim lock");
    let before = inner.profiles.len();
    inner.profiles.retain(|p| p.id != id && p.name != id);
    if inner.profiles.len() == before {
        return profile_not_found(&id);
    }
    Json(json!({})).into_response()
}
