//! Simulated Defendis: watchlists (the scope), Dataleaks, Exposure and
//! Ransomware, as `specs/defendis.yaml` describes them.
//!
//! - `GET /health` needs no key; every `/api/v1/*` call needs
//!   `Authorization: Bearer <key>`: none → 401 `Missing API key`, a wrong one →
//!   401 `Invalid or revoked API key`, [`UNPAID_KEY`] → 403 billing denied.
//! - The workspace starts with two watchlists ([`PRIMARY_WATCHLIST_ID`],
//!   [`BRANDS_WATCHLIST_ID`]) watching [`SCOPED_DOMAIN`], [`SECOND_DOMAIN`],
//!   [`SCOPED_BIN`], [`SCOPED_EMAIL`] (executive), [`SCOPED_KEYWORD`] (keyword
//!   and ransom) and [`SCOPED_ASSET`]. Dataset queries outside that scope get
//!   403; watchlist changes move the scope. Adding past [`DOMAIN_QUOTA`],
//!   [`KEYWORD_QUOTA`] or [`BIN_QUOTA`] gives 409 with the quota body.
//! - Records are deterministic from the seed, dated from [`DATA_START`] over two
//!   years in ascending order, filtered by the closed-open `fromDate`/`toDate`
//!   window, `search`, `sortOrder`; pages of `pageSize` (default
//!   [`DEFAULT_PAGE_SIZE`], capped at [`MAX_PAGE_SIZE`]) in the documented
//!   envelope. [`dataset_len`] tells how many records a dataset has.
//! - Records carry fields the spec does not model (as the real, additive API may).

// Handlers return a ready error `Response` as their `Err`: its size does not
// matter in a loopback simulator.
#![allow(clippy::result_large_err)]

use std::sync::{Arc, Mutex};

use axum::body::Bytes;
use axum::extract::{Path, RawQuery, Request, State};
use axum::http::StatusCode;
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post, put};
use axum::{Json, Router};
use chrono::{Days, NaiveDate};
use serde_json::{json, Map, Value};

use super::SimContext;

/// The domain watched by the primary watchlist, with the largest datasets.
pub const SCOPED_DOMAIN: &str = "example.com";
/// A second watched domain (small datasets).
pub const SECOND_DOMAIN: &str = "example.org";
/// A domain on no watchlist: Dataleaks/Exposure queries about it get 403.
pub const OUT_OF_SCOPE_DOMAIN: &str = "not-watched.example.net";
/// A watched executive e-mail address (its domain is watched too).
pub const SCOPED_EMAIL: &str = "jane.doe@example.com";
/// A watched payment-card BIN.
pub const SCOPED_BIN: &str = "457173";
/// A watched keyword (on the keyword and ransom watchlists).
pub const SCOPED_KEYWORD: &str = "acme";
/// A watched asset.
pub const SCOPED_ASSET: &str = "203.0.113.10";
/// The primary watchlist (domains, BIN, executive, asset).
pub const PRIMARY_WATCHLIST_ID: &str = "wl_primary";
/// The brands watchlist (keyword, ransom term).
pub const BRANDS_WATCHLIST_ID: &str = "wl_brands";
/// A key the simulator accepts but whose workspace's billing is unpaid (403).
pub const UNPAID_KEY: &str = "dfd_sim_unpaid_7c1e9b2d4a";
/// Domain entries allowed in the workspace (2 used at start).
pub const DOMAIN_QUOTA: u64 = 5;
/// Keyword entries allowed (1 used at start).
pub const KEYWORD_QUOTA: u64 = 5;
/// BIN entries allowed (1 used at start).
pub const BIN_QUOTA: u64 = 3;
/// Page size when none is asked for.
pub const DEFAULT_PAGE_SIZE: u64 = 50;
/// The largest page size served.
pub const MAX_PAGE_SIZE: u64 = 100;
/// The first day of the simulated data; records span 730 days from it.
pub const DATA_START: &str = "2023-01-01";
/// The ransomware groups of the simulated feed.
pub const RANSOMWARE_GROUPS: [&str; 6] =
    ["lockbit", "akira", "play", "blackbasta", "cl0p", "medusa"];

const SPAN_DAYS: u64 = 730;
const KINDS: [&str; 6] = ["assets", "domain", "bin", "executive", "keyword", "ransom"];

fn data_start() -> NaiveDate {
    NaiveDate::parse_from_str(DATA_START, "%Y-%m-%d").expect("valid constant")
}

fn fnv(seed: u64, parts: &[&str]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325 ^ seed;
    for p in parts {
        for b in p.bytes().chain(std::iter::once(0xff)) {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    }
    h
}

fn mix(mut x: u64) -> u64 {
    x = x.wrapping_add(0x9e37_79b9_7f4a_7c15);
    x = (x ^ (x >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^ (x >> 31)
}

/// The datasets the simulator serves.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SimDataset {
    /// `dataleaks/credentials` (key: domain).
    Credentials,
    /// `dataleaks/credentials/email` (key: e-mail).
    CredentialsByEmail,
    /// `dataleaks/documents` (key: domain).
    Documents,
    /// `dataleaks/paymentcards/bins` (key: BIN).
    PaymentCards,
    /// `exposure/assets` (key: domain).
    ExposureAssets,
    /// `ransomware/victims` (one global feed; key ignored).
    RansomwareVictims,
}

impl SimDataset {
    fn tag(self) -> &'static str {
        match self {
            SimDataset::Credentials => "cred",
            SimDataset::CredentialsByEmail => "mail",
            SimDataset::Documents => "doc",
            SimDataset::PaymentCards => "card",
            SimDataset::ExposureAssets => "expo",
            SimDataset::RansomwareVictims => "rans",
        }
    }

    fn sort_fields(self) -> &'static [&'static str] {
        match self {
            SimDataset::ExposureAssets => &["firstSeen", "lastSeen"],
            SimDataset::RansomwareVictims => &["publishedAt", "discoveredAt"],
            _ => &["leakDate", "discoveredAt"],
        }
    }
}

/// How many records a dataset has for `key` (before any filter), at data scale `size`.
pub fn dataset_len(seed: u64, size: usize, dataset: SimDataset, key: &str) -> usize {
    let key = key.to_ascii_lowercase();
    let small = |lo: u64, spread: u64| (lo + fnv(seed, &[dataset.tag(), &key]) % spread) as usize;
    match dataset {
        SimDataset::Credentials if key == SCOPED_DOMAIN => size,
        SimDataset::Credentials => small(10, 40),
        SimDataset::CredentialsByEmail => 5 + size / 50,
        SimDataset::Documents if key == SCOPED_DOMAIN => size / 4,
        SimDataset::Documents => small(5, 20),
        SimDataset::PaymentCards if key == SCOPED_BIN => size / 2,
        SimDataset::PaymentCards => small(10, 30),
        SimDataset::ExposureAssets if key == SCOPED_DOMAIN => size / 5,
        SimDataset::ExposureAssets => small(3, 15),
        SimDataset::RansomwareVictims => size,
    }
}

fn day_of(i: usize, n: usize) -> NaiveDate {
    let offset = (i as u64 * SPAN_DAYS) / (n.max(1) as u64);
    data_start() + Days::new(offset)
}

fn pick<'a>(x: u64, list: &[&'a str]) -> &'a str {
    list[(x % list.len() as u64) as usize]
}

/// Record `i` of `n` of a dataset for `key` (deterministic).
fn record(seed: u64, ds: SimDataset, key: &str, i: usize, n: usize) -> Value {
    let x = mix(fnv(seed, &[ds.tag(), key]) ^ (i as u64).wrapping_mul(0x2545_f491_4f6c_dd1d));
    let day = day_of(i, n);
    let date = day.to_string();
    let seen = format!(
        "{}T{:02}:{:02}:00Z",
        day + Days::new(1 + x % 3),
        (x >> 8) % 24,
        (x >> 16) % 60
    );
    let id = format!("{}_{:06x}{:06}", ds.tag(), (x >> 24) & 0xff_ffff, i);
    let ip = format!("198.51.100.{}", 1 + (x >> 32) % 250);
    match ds {
        SimDataset::Credentials | SimDataset::CredentialsByEmail => {
            let (email, user, domain) = if ds == SimDataset::CredentialsByEmail {
                let (u, d) = key.split_once('@').unwrap_or((key, ""));
                (key.to_string(), u.to_string(), d.to_string())
            } else {
                let users = [
                    "jane.doe",
                    "john.smith",
                    "a.martin",
                    "ops",
                    "it-support",
                    "m.garcia",
                    "l.chen",
                    "k.okafor",
                    "finance",
                    "s.nakamura",
                ];
                let mut u = pick(x, &users).to_string();
                if (x >> 40).is_multiple_of(3) {
                    u.push_str(&((x >> 44) % 100).to_string());
                }
                (format!("{u}@{key}"), u, key.to_string())
            };
            json!({
                "id": id,
                "email": email,
                "username": user,
                "domain": domain,
                "password": format!("{}******{}", pick(x >> 4, &["p", "S", "w", "2", "M"]), (x >> 12) % 10),
                "passwordType": pick(x >> 20, &["plaintext", "md5", "sha1", "bcrypt"]),
                "url": format!("https://{}.{}/login", pick(x >> 28, &["sso", "mail", "vpn", "portal"]), domain),
                "source": pick(x >> 36, &["stealer:redline", "stealer:lumma", "combolist", "breach:forum"]),
                "leakDate": date,
                "discoveredAt": seen,
                "malwareFamily": if (x >> 50).is_multiple_of(2) { Value::from("lumma") } else { Value::Null },
                "victimIp": ip,
                "country": pick(x >> 52, &["FR", "US", "DE", "MA", "GB", "BR"]),
            })
        }
        SimDataset::Documents => json!({
            "id": id,
            "domain": key,
            "fileName": format!("{}-{}.{}", pick(x, &["payroll", "contract", "invoice", "network-diagram", "hr-export"]), i, pick(x >> 8, &["pdf", "xlsx", "docx", "csv"])),
            "fileType": pick(x >> 8, &["pdf", "xlsx", "docx", "csv"]),
            "size": 10_000 + (x >> 16) % 5_000_000,
            "source": pick(x >> 36, &["ransomware-leak", "paste", "forum", "open-bucket"]),
            "url": format!("http://leak{}.onion/files/{}", (x >> 40) % 9, id),
            "leakDate": date,
            "discoveredAt": seen,
            "sha256": format!("{:016x}{:016x}{:016x}{:016x}", x, mix(x), mix(x ^ 1), mix(x ^ 2)),
        }),
        SimDataset::PaymentCards => json!({
            "id": id,
            "bin": key,
            "cardNumber": format!("{key}{}{:04}", "*".repeat(12 - key.len().min(12)), (x >> 8) % 10_000),
            "brand": if key.starts_with('4') { "VISA" } else { "MASTERCARD" },
            "issuer": "Example Bank",
            "country": pick(x >> 20, &["FR", "US", "MA", "ES"]),
            "expiry": format!("{:02}/{:02}", 1 + (x >> 24) % 12, 25 + (x >> 28) % 5),
            "source": pick(x >> 36, &["carding-shop", "stealer", "skimmer-dump"]),
            "leakDate": date,
            "discoveredAt": seen,
            "cvvPresent": (x >> 44).is_multiple_of(2),
        }),
        SimDataset::ExposureAssets => {
            let host = format!(
                "{}.{}",
                pick(
                    x,
                    &["vpn", "mail", "dev", "jenkins", "grafana", "www", "api"]
                ),
                key
            );
            let (port, service, product) = match (x >> 8) % 5 {
                0 => (443, "https", "nginx 1.18.0"),
                1 => (22, "ssh", "OpenSSH 7.4"),
                2 => (3389, "rdp", "Microsoft Terminal Services"),
                3 => (8080, "http", "Jenkins 2.319"),
                _ => (25, "smtp", "Postfix"),
            };
            let cves: Vec<String> = (0..(x >> 12) % 3)
                .map(|k| {
                    format!(
                        "CVE-{}-{:04}",
                        2019 + (x >> (16 + k)) % 5,
                        1000 + (x >> (20 + k)) % 9000
                    )
                })
                .collect();
            json!({
                "id": id,
                "domain": key,
                "host": host,
                "ip": ip,
                "port": port,
                "service": service,
                "product": product,
                "severity": if cves.is_empty() { "info" } else { pick(x >> 30, &["low", "medium", "high", "critical"]) },
                "cves": cves,
                "firstSeen": date,
                "lastSeen": seen,
                "tls": {"selfSigned": (x >> 40).is_multiple_of(4)},
            })
        }
        SimDataset::RansomwareVictims => {
            let group = pick(x, &RANSOMWARE_GROUPS);
            let victim = if i % 20 == 7 {
                format!(
                    "Acme {}",
                    pick(x >> 8, &["Logistics", "Holdings", "Retail", "Labs"])
                )
            } else {
                format!(
                    "{} {}",
                    pick(
                        x >> 8,
                        &[
                            "Northwind",
                            "Globex",
                            "Initech",
                            "Umbrella",
                            "Stark",
                            "Wayne",
                            "Tyrell"
                        ]
                    ),
                    pick(
                        x >> 16,
                        &["Industries", "Group", "Partners", "SA", "GmbH", "Ltd"]
                    )
                )
            };
            let slug: String = victim.to_ascii_lowercase().replace(' ', "-");
            json!({
                "id": id,
                "group": group,
                "victim": victim,
                "domain": format!("{slug}.example"),
                "country": pick(x >> 24, &["US", "FR", "DE", "IT", "BR", "MA"]),
                "sector": pick(x >> 32, &["manufacturing", "healthcare", "retail", "finance", "education"]),
                "postUrl": format!("http://{group}leaks.onion/post/{id}"),
                "publishedAt": date,
                "discoveredAt": seen,
                "description": format!("{victim} data published by {group}"),
            })
        }
    }
}

#[derive(Debug, Clone)]
struct WatchlistRec {
    id: String,
    name: String,
    description: Option<String>,
    created_at: String,
    updated_at: String,
}

#[derive(Debug, Clone)]
struct EntryRec {
    id: String,
    kind: &'static str,
    watchlist_id: String,
    value: String,
    description: Option<String>,
    created_at: String,
    updated_at: String,
}

#[derive(Debug)]
struct Workspace {
    watchlists: Vec<WatchlistRec>,
    entries: Vec<EntryRec>,
    next_id: u64,
}

impl Workspace {
    fn new() -> Self {
        let t = "2024-06-01T12:00:00Z".to_string();
        let wl = |id: &str, name: &str, d: &str| WatchlistRec {
            id: id.into(),
            name: name.into(),
            description: Some(d.into()),
            created_at: t.clone(),
            updated_at: t.clone(),
        };
        let mut ws = Workspace {
            watchlists: vec![
                wl(
                    PRIMARY_WATCHLIST_ID,
                    "Primary scope",
                    "Corporate domains, cards and people",
                ),
                wl(BRANDS_WATCHLIST_ID, "Brands", "Brand names on leak sites"),
            ],
            entries: Vec::new(),
            next_id: 1,
        };
        for (kind, wl, value) in [
            ("domain", PRIMARY_WATCHLIST_ID, SCOPED_DOMAIN),
            ("domain", PRIMARY_WATCHLIST_ID, SECOND_DOMAIN),
            ("bin", PRIMARY_WATCHLIST_ID, SCOPED_BIN),
            ("executive", PRIMARY_WATCHLIST_ID, SCOPED_EMAIL),
            ("assets", PRIMARY_WATCHLIST_ID, SCOPED_ASSET),
            ("keyword", BRANDS_WATCHLIST_ID, SCOPED_KEYWORD),
            ("ransom", BRANDS_WATCHLIST_ID, SCOPED_KEYWORD),
        ] {
            let id = ws.new_id("we");
            ws.entries.push(EntryRec {
                id,
                kind,
                watchlist_id: wl.into(),
                value: value.into(),
                description: None,
                created_at: t.clone(),
                updated_at: t.clone(),
            });
        }
        ws
    }

    fn new_id(&mut self, prefix: &str) -> String {
        let n = self.next_id;
        self.next_id += 1;
        format!("{prefix}_{n:04}")
    }

    fn now(&self) -> String {
        let base = chrono::DateTime::parse_from_rfc3339("2025-01-01T00:00:00Z").expect("valid");
        (base + chrono::Duration::seconds(self.next_id as i64))
            .with_timezone(&chrono::Utc)
            .to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
    }

    fn watched(&self, kinds: &[&str], value: &str, watchlist: Option<&str>) -> bool {
        self.entries.iter().any(|e| {
            kinds.contains(&e.kind)
                && e.value.eq_ignore_ascii_case(value.trim_end_matches('.'))
                && watchlist.is_none_or(|w| e.watchlist_id == w)
        })
    }

    fn count(&self, kind: &str) -> u64 {
        self.entries.iter().filter(|e| e.kind == kind).count() as u64
    }
}

fn quota_of(kind: &str) -> Option<(&'static str, u64)> {
    match kind {
        "domain" => Some(("domains", DOMAIN_QUOTA)),
        "keyword" => Some(("keywords", KEYWORD_QUOTA)),
        "bin" => Some(("bins", BIN_QUOTA)),
        _ => None,
    }
}

struct Sim {
    seed: u64,
    size: usize,
    key: String,
    ws: Mutex<Workspace>,
}

type Shared = Arc<Sim>;

fn error(status: StatusCode, error: &str, message: Option<String>) -> Response {
    let mut body = json!({ "error": error });
    if let Some(m) = message {
        body["message"] = Value::String(m);
    }
    (status, Json(body)).into_response()
}

fn bad_request(error_text: &str, message: impl Into<String>) -> Response {
    error(StatusCode::BAD_REQUEST, error_text, Some(message.into()))
}

fn out_of_scope(what: &str, value: &str) -> Response {
    error(
        StatusCode::FORBIDDEN,
        "Forbidden",
        Some(format!("{what} {value} is outside your watchlist scope")),
    )
}

/// The Defendis routes, nested under `/defendis` by the core.
pub fn router(ctx: &SimContext) -> Router {
    let sim: Shared = Arc::new(Sim {
        seed: ctx.seed,
        size: ctx.size,
        key: ctx.keys.defendis.clone(),
        ws: Mutex::new(Workspace::new()),
    });
    let mut api = Router::new()
        .route("/api/v1/watchlists", get(list_watchlists))
        .route("/api/v1/watchlists/create", post(create_watchlist))
        .route("/api/v1/watchlists/delete", post(delete_watchlists))
        .route("/api/v1/watchlists/stats", get(watchlist_stats))
        .route("/api/v1/watchlists/{id}", put(update_watchlist))
        .route(
            "/api/v1/dataleaks/credentials",
            get(|s, q| dataset(s, q, SimDataset::Credentials)),
        )
        .route(
            "/api/v1/dataleaks/credentials/email",
            get(|s, q| dataset(s, q, SimDataset::CredentialsByEmail)),
        )
        .route(
            "/api/v1/dataleaks/documents",
            get(|s, q| dataset(s, q, SimDataset::Documents)),
        )
        .route(
            "/api/v1/dataleaks/paymentcards/bins",
            get(|s, q| dataset(s, q, SimDataset::PaymentCards)),
        )
        .route("/api/v1/dataleaks/stats", get(dataleaks_stats))
        .route(
            "/api/v1/exposure/assets",
            get(|s, q| dataset(s, q, SimDataset::ExposureAssets)),
        )
        .route(
            "/api/v1/ransomware/victims",
            get(|s, q| dataset(s, q, SimDataset::RansomwareVictims)),
        );
    for kind in KINDS {
        api = api
            .route(
                &format!("/api/v1/watchlists/{kind}"),
                get(move |s, q| list_entries(s, q, kind)).post(move |s, b| add_entry(s, b, kind)),
            )
            .route(
                &format!("/api/v1/watchlists/{kind}/delete"),
                post(move |s, b| delete_entries(s, b, kind)),
            )
            .route(
                &format!("/api/v1/watchlists/{kind}/{{id}}"),
                put(move |s, p, b| update_entry(s, p, b, kind)),
            );
    }
    let api = api
        .layer(middleware::from_fn_with_state(sim.clone(), auth))
        .with_state(sim);
    Router::new()
        .route("/health", get(|| async { Json(json!({"status": "ok"})) }))
        .merge(api)
}

async fn auth(State(sim): State<Shared>, req: Request, next: Next) -> Response {
    let header = req
        .headers()
        .get(axum::http::header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    let Some(key) = header
        .strip_prefix("Bearer ")
        .map(str::trim)
        .filter(|k| !k.is_empty())
    else {
        return error(StatusCode::UNAUTHORIZED, "Missing API key", None);
    };
    if key == UNPAID_KEY {
        return (
            StatusCode::FORBIDDEN,
            Json(json!({
                "error": "Enterprise billing access denied",
                "reason": "payment_unpaid",
                "status": "unpaid"
            })),
        )
            .into_response();
    }
    if key != sim.key {
        return error(StatusCode::UNAUTHORIZED, "Invalid or revoked API key", None);
    }
    next.run(req).await
}

/// Query parameters, in order.
struct Params(Vec<(String, String)>);

impl Params {
    fn parse(raw: Option<String>) -> Result<Self, Response> {
        serde_urlencoded::from_str::<Vec<(String, String)>>(raw.as_deref().unwrap_or(""))
            .map(Params)
            .map_err(|_| bad_request("Invalid query string", "the query string cannot be decoded"))
    }

    fn get(&self, key: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }

    fn required(&self, key: &str) -> Result<&str, Response> {
        match self.get(key).map(str::trim) {
            Some(v) if !v.is_empty() => Ok(v),
            _ => Err(bad_request(
                &format!("Missing required parameter: {key}"),
                format!("{key} is required"),
            )),
        }
    }
}

/// The list parameters every paged endpoint takes.
struct ListParams {
    page: u64,
    page_size: u64,
    from: Option<NaiveDate>,
    to: Option<NaiveDate>,
    search: Option<String>,
    desc: bool,
    watchlist: Option<String>,
}

fn list_params(p: &Params, sort_fields: &[&str], window: bool) -> Result<ListParams, Response> {
    let number = |key: &str, default: u64| -> Result<u64, Response> {
        match p.get(key) {
            None => Ok(default),
            Some(v) => match v.parse::<u64>() {
                Ok(n) if n >= 1 => Ok(n),
                _ => Err(bad_request(
                    &format!("Invalid {key}"),
                    format!("{key} must be a positive integer"),
                )),
            },
        }
    };
    let date = |key: &str| -> Result<Option<NaiveDate>, Response> {
        match p.get(key) {
            None => Ok(None),
            Some(_) if !window => Ok(None),
            Some(v) => NaiveDate::parse_from_str(v, "%Y-%m-%d")
                .map(Some)
                .map_err(|_| bad_request(&format!("Invalid {key}"), "expected YYYY-MM-DD")),
        }
    };
    let page = number("page", 1)?;
    let page_size = number("pageSize", DEFAULT_PAGE_SIZE)?.min(MAX_PAGE_SIZE);
    let from = date("fromDate")?;
    let to = date("toDate")?;
    if let (Some(f), Some(t)) = (from, to) {
        if f >= t {
            return Err(bad_request(
                "Invalid date window",
                "fromDate must be before toDate (toDate is exclusive)",
            ));
        }
    }
    if let Some(s) = p.get("sortBy") {
        if !sort_fields.contains(&s) {
            return Err(bad_request(
                "Invalid sortBy",
                format!("sortBy must be one of {}", sort_fields.join(", ")),
            ));
        }
    }
    let desc = match p.get("sortOrder") {
        None | Some("asc") => false,
        Some("desc") => true,
        Some(_) => {
            return Err(bad_request(
                "Invalid sortOrder",
                "sortOrder must be asc or desc",
            ))
        }
    };
    Ok(ListParams {
        page,
        page_size,
        from,
        to,
        search: p
            .get("search")
            .map(str::to_ascii_lowercase)
            .filter(|s| !s.is_empty()),
        desc,
        watchlist: p.get("watchlistid").map(str::to_owned),
    })
}

/// The documented envelope around one page of `total` records.
fn envelope(data: Vec<Value>, lp: &ListParams, total: usize) -> Response {
    let total = total as u64;
    let total_pages = total.div_ceil(lp.page_size);
    let has_more = lp.page < total_pages;
    Json(json!({
        "data": data,
        "paging": {
            "currentPage": lp.page,
            "pageSize": lp.page_size,
            "totalRecords": total,
            "totalPages": total_pages,
            "hasMore": has_more,
            "nextPage": if has_more { Value::from(lp.page + 1) } else { Value::Null },
        }
    }))
    .into_response()
}

/// The record indices of `[lo, hi)` in the requested order, for one page.
fn page_indices(lp: &ListParams, ids: &[usize]) -> Vec<usize> {
    let start = ((lp.page - 1) * lp.page_size) as usize;
    let iter: Box<dyn Iterator<Item = &usize>> = if lp.desc {
        Box::new(ids.iter().rev())
    } else {
        Box::new(ids.iter())
    };
    iter.skip(start)
        .take(lp.page_size as usize)
        .copied()
        .collect()
}

fn partition(n: usize, pred: impl Fn(usize) -> bool) -> usize {
    let (mut lo, mut hi) = (0, n);
    while lo < hi {
        let mid = (lo + hi) / 2;
        if pred(mid) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    lo
}

fn matches_search(v: &Value, needle: &str) -> bool {
    match v {
        Value::String(s) => s.to_ascii_lowercase().contains(needle),
        Value::Object(m) => m.values().any(|x| matches_search(x, needle)),
        Value::Array(a) => a.iter().any(|x| matches_search(x, needle)),
        _ => false,
    }
}

/// Checks the scope; returns the dataset key (domain, e-mail, BIN, or "" for ransomware).
fn scoped_key(
    ws: &Workspace,
    p: &Params,
    ds: SimDataset,
    watchlist: Option<&str>,
) -> Result<String, Response> {
    if let Some(w) = watchlist {
        if !ws.watchlists.iter().any(|x| x.id == w) {
            return Err(error(
                StatusCode::NOT_FOUND,
                "Watchlist not found",
                Some(format!("no watchlist {w}")),
            ));
        }
    }
    match ds {
        SimDataset::Credentials | SimDataset::Documents | SimDataset::ExposureAssets => {
            let d = p.required("domain")?.to_ascii_lowercase();
            if !ws.watched(&["domain"], &d, watchlist) {
                return Err(out_of_scope("Domain", &d));
            }
            Ok(d)
        }
        SimDataset::CredentialsByEmail => {
            let e = p.required("email")?.to_ascii_lowercase();
            let Some((_, domain)) = e
                .split_once('@')
                .filter(|(l, d)| !l.is_empty() && d.contains('.'))
            else {
                return Err(bad_request("Invalid email", "expected local@domain"));
            };
            if !ws.watched(&["executive"], &e, watchlist)
                && !ws.watched(&["domain"], domain, watchlist)
            {
                return Err(out_of_scope("Email", &e));
            }
            Ok(e)
        }
        SimDataset::PaymentCards => {
            let b = p.required("bin")?;
            if !(6..=8).contains(&b.len()) || !b.bytes().all(|c| c.is_ascii_digit()) {
                return Err(bad_request("Invalid bin", "a BIN is 6 to 8 digits"));
            }
            if !ws.watched(&["bin"], b, watchlist) {
                return Err(out_of_scope("BIN", b));
            }
            Ok(b.to_string())
        }
        SimDataset::RansomwareVictims => {
            let group = p.get("group").filter(|g| !g.is_empty());
            let keyword = p.get("keyword").filter(|k| !k.is_empty());
            if group.is_none() && keyword.is_none() {
                return Err(bad_request(
                    "Missing required parameter: group or keyword",
                    "give a ransomware group, a watched keyword, or both",
                ));
            }
            if let Some(k) = keyword {
                if !ws.watched(&["ransom", "keyword"], k, watchlist) {
                    return Err(out_of_scope("Keyword", k));
                }
            }
            Ok(String::new())
        }
    }
}

async fn dataset(State(sim): State<Shared>, RawQuery(raw): RawQuery, ds: SimDataset) -> Response {
    let p = match Params::parse(raw) {
        Ok(p) => p,
        Err(r) => return r,
    };
    let lp = match list_params(&p, ds.sort_fields(), true) {
        Ok(lp) => lp,
        Err(r) => return r,
    };
    let key = {
        let ws = sim.ws.lock().expect("workspace lock");
        match scoped_key(&ws, &p, ds, lp.watchlist.as_deref()) {
            Ok(k) => k,
            Err(r) => return r,
        }
    };
    let n = dataset_len(sim.seed, sim.size, ds, &key);
    let lo = lp.from.map_or(0, |f| partition(n, |i| day_of(i, n) < f));
    let hi = lp.to.map_or(n, |t| partition(n, |i| day_of(i, n) < t));
    let gen = |i: usize| record(sim.seed, ds, &key, i, n);
    let group = p
        .get("group")
        .filter(|g| !g.is_empty())
        .map(str::to_ascii_lowercase);
    let keyword = p
        .get("keyword")
        .filter(|k| !k.is_empty())
        .map(str::to_ascii_lowercase);
    let needs_scan = lp.search.is_some() || group.is_some() || keyword.is_some();
    let ids: Vec<usize> = if needs_scan {
        (lo..hi)
            .filter(|&i| {
                let r = gen(i);
                lp.search.as_deref().is_none_or(|s| matches_search(&r, s))
                    && group
                        .as_deref()
                        .is_none_or(|g| r["group"].as_str() == Some(g))
                    && keyword.as_deref().is_none_or(|k| {
                        r["victim"]
                            .as_str()
                            .is_some_and(|v| v.to_ascii_lowercase().contains(k))
                    })
            })
            .collect()
    } else {
        (lo..hi).collect()
    };
    let data = page_indices(&lp, &ids).into_iter().map(gen).collect();
    envelope(data, &lp, ids.len())
}

async fn dataleaks_stats(State(sim): State<Shared>, RawQuery(raw): RawQuery) -> Response {
    let p = match Params::parse(raw) {
        Ok(p) => p,
        Err(r) => return r,
    };
    let lp = match list_params(&p, &[], true) {
        Ok(lp) => lp,
        Err(r) => return r,
    };
    let domain = {
        let ws = sim.ws.lock().expect("workspace lock");
        match scoped_key(&ws, &p, SimDataset::Credentials, lp.watchlist.as_deref()) {
            Ok(k) => k,
            Err(r) => return r,
        }
    };
    let count = |ds: SimDataset| {
        let n = dataset_len(sim.seed, sim.size, ds, &domain);
        let lo = lp.from.map_or(0, |f| partition(n, |i| day_of(i, n) < f));
        let hi = lp.to.map_or(n, |t| partition(n, |i| day_of(i, n) < t));
        (lo, hi, n)
    };
    let (clo, chi, cn) = count(SimDataset::Credentials);
    let (dlo, dhi, _) = count(SimDataset::Documents);
    let creds = chi.saturating_sub(clo);
    Json(json!({
        "data": {
            "domain": domain,
            "credentials": creds,
            "documents": dhi.saturating_sub(dlo),
            "emails": creds * 3 / 5,
            "lastLeakDate": if chi > clo { Value::from(day_of(chi - 1, cn).to_string()) } else { Value::Null },
            "bySource": {"stealer": creds / 2, "combolist": creds / 4, "breach": creds - creds / 2 - creds / 4},
        }
    }))
    .into_response()
}

fn watchlist_json(ws: &Workspace, w: &WatchlistRec) -> Value {
    json!({
        "id": w.id,
        "name": w.name,
        "description": w.description,
        "createdAt": w.created_at,
        "updatedAt": w.updated_at,
        "entryCount": ws.entries.iter().filter(|e| e.watchlist_id == w.id).count(),
    })
}

fn entry_json(e: &EntryRec) -> Value {
    json!({
        "id": e.id,
        "watchlistId": e.watchlist_id,
        "value": e.value,
        "kind": e.kind,
        "description": e.description,
        "createdAt": e.created_at,
        "updatedAt": e.updated_at,
    })
}

async fn list_watchlists(State(sim): State<Shared>, RawQuery(raw): RawQuery) -> Response {
    let p = match Params::parse(raw) {
        Ok(p) => p,
        Err(r) => return r,
    };
    let lp = match list_params(&p, &["name", "createdAt", "updatedAt"], false) {
        Ok(lp) => lp,
        Err(r) => return r,
    };
    let ws = sim.ws.lock().expect("workspace lock");
    let mut items: Vec<&WatchlistRec> = ws
        .watchlists
        .iter()
        .filter(|w| {
            lp.search
                .as_deref()
                .is_none_or(|s| w.name.to_ascii_lowercase().contains(s))
        })
        .collect();
    if p.get("sortBy") == Some("name") {
        items.sort_by(|a, b| a.name.cmp(&b.name));
    }
    let ids: Vec<usize> = (0..items.len()).collect();
    let data = page_indices(&lp, &ids)
        .into_iter()
        .map(|i| watchlist_json(&ws, items[i]))
        .collect();
    envelope(data, &lp, items.len())
}

fn parse_body(body: &Bytes) -> Result<Map<String, Value>, Response> {
    match serde_json::from_slice::<Value>(body) {
        Ok(Value::Object(m)) => Ok(m),
        _ => Err(bad_request(
            "Invalid JSON body",
            "the body must be a JSON object",
        )),
    }
}

fn string_field(
    m: &Map<String, Value>,
    key: &str,
    required: bool,
) -> Result<Option<String>, Response> {
    match m.get(key) {
        Some(Value::String(s)) if !s.trim().is_empty() => Ok(Some(s.clone())),
        None | Some(Value::Null) if !required => Ok(None),
        None | Some(Value::Null) => Err(bad_request(
            &format!("Missing required field: {key}"),
            format!("{key} is required"),
        )),
        _ => Err(bad_request(
            &format!("Invalid field: {key}"),
            format!("{key} must be a non-empty string"),
        )),
    }
}

fn description_field(m: &Map<String, Value>) -> Result<Option<Option<String>>, Response> {
    match m.get("description") {
        None => Ok(None),
        Some(Value::Null) => Ok(Some(None)),
        Some(Value::String(s)) => Ok(Some(Some(s.clone()))),
        Some(_) => Err(bad_request(
            "Invalid field: description",
            "description must be a string",
        )),
    }
}

async fn create_watchlist(State(sim): State<Shared>, body: Bytes) -> Response {
    let m = match parse_body(&body) {
        Ok(m) => m,
        Err(r) => return r,
    };
    let (name, description) = match (string_field(&m, "name", true), description_field(&m)) {
        (Ok(n), Ok(d)) => (n.unwrap_or_default(), d.flatten()),
        (Err(r), _) | (_, Err(r)) => return r,
    };
    let mut ws = sim.ws.lock().expect("workspace lock");
    let now = ws.now();
    let id = ws.new_id("wl");
    let w = WatchlistRec {
        id,
        name,
        description,
        created_at: now.clone(),
        updated_at: now,
    };
    ws.watchlists.push(w.clone());
    (
        StatusCode::CREATED,
        Json(json!({"data": watchlist_json(&ws, &w)})),
    )
        .into_response()
}

async fn update_watchlist(
    State(sim): State<Shared>,
    Path(id): Path<String>,
    body: Bytes,
) -> Response {
    let m = match parse_body(&body) {
        Ok(m) => m,
        Err(r) => return r,
    };
    let (name, description) = match (string_field(&m, "name", false), description_field(&m)) {
        (Ok(n), Ok(d)) => (n, d),
        (Err(r), _) | (_, Err(r)) => return r,
    };
    let mut ws = sim.ws.lock().expect("workspace lock");
    let now = ws.now();
    let Some(w) = ws.watchlists.iter_mut().find(|w| w.id == id) else {
        return error(
            StatusCode::NOT_FOUND,
            "Watchlist not found",
            Some(format!("no watchlist {id}")),
        );
    };
    if let Some(n) = name {
        w.name = n;
    }
    if let Some(d) = description {
        w.description = d;
    }
    w.updated_at = now;
    let w = w.clone();
    Json(json!({"data": watchlist_json(&ws, &w)})).into_response()
}

fn ids_field(body: &Bytes) -> Result<Vec<String>, Response> {
    let m = parse_body(body)?;
    match m.get("ids") {
        Some(Value::Array(a)) if !a.is_empty() => a
            .iter()
            .map(|v| match v {
                Value::String(s) if !s.is_empty() => Ok(s.clone()),
                _ => Err(bad_request(
                    "Invalid field: ids",
                    "ids must be non-empty strings",
                )),
            })
            .collect(),
        _ => Err(bad_request(
            "Missing required field: ids",
            "ids must be a non-empty array",
        )),
    }
}

async fn delete_watchlists(State(sim): State<Shared>, body: Bytes) -> Response {
    let ids = match ids_field(&body) {
        Ok(ids) => ids,
        Err(r) => return r,
    };
    let mut ws = sim.ws.lock().expect("workspace lock");
    let before = ws.watchlists.len();
    ws.watchlists.retain(|w| !ids.contains(&w.id));
    let count = before - ws.watchlists.len();
    ws.entries.retain(|e| !ids.contains(&e.watchlist_id));
    Json(json!({"data": {"count": count}})).into_response()
}

async fn watchlist_stats(State(sim): State<Shared>) -> Response {
    let ws = sim.ws.lock().expect("workspace lock");
    let entries: Map<String, Value> = KINDS
        .iter()
        .map(|k| (k.to_string(), Value::from(ws.count(k))))
        .collect();
    let quotas: Map<String, Value> = ["domain", "keyword", "bin"]
        .iter()
        .filter_map(|k| {
            quota_of(k).map(|(m, l)| (m.to_string(), json!({"used": ws.count(k), "limit": l})))
        })
        .collect();
    Json(json!({"data": {
        "watchlists": ws.watchlists.len(),
        "entries": entries,
        "quotas": quotas,
        "plan": "enterprise",
    }}))
    .into_response()
}

async fn list_entries(
    State(sim): State<Shared>,
    RawQuery(raw): RawQuery,
    kind: &'static str,
) -> Response {
    let p = match Params::parse(raw) {
        Ok(p) => p,
        Err(r) => return r,
    };
    let lp = match list_params(&p, &["value", "createdAt", "updatedAt"], false) {
        Ok(lp) => lp,
        Err(r) => return r,
    };
    let ws = sim.ws.lock().expect("workspace lock");
    if let Some(w) = &lp.watchlist {
        if !ws.watchlists.iter().any(|x| &x.id == w) {
            return error(
                StatusCode::NOT_FOUND,
                "Watchlist not found",
                Some(format!("no watchlist {w}")),
            );
        }
    }
    let mut items: Vec<&EntryRec> = ws
        .entries
        .iter()
        .filter(|e| e.kind == kind)
        .filter(|e| lp.watchlist.as_deref().is_none_or(|w| e.watchlist_id == w))
        .filter(|e| {
            lp.search
                .as_deref()
                .is_none_or(|s| e.value.to_ascii_lowercase().contains(s))
        })
        .collect();
    if p.get("sortBy") == Some("value") {
        items.sort_by(|a, b| a.value.cmp(&b.value));
    }
    let ids: Vec<usize> = (0..items.len()).collect();
    let data = page_indices(&lp, &ids)
        .into_iter()
        .map(|i| entry_json(items[i]))
        .collect();
    envelope(data, &lp, items.len())
}

fn check_value(kind: &str, value: &str) -> Result<String, Response> {
    let v = value.trim();
    match kind {
        "domain" => {
            let d = v.trim_end_matches('.').to_ascii_lowercase();
            if d.contains('.')
                && !d.contains('/')
                && !d.contains(' ')
                && !d.split('.').any(str::is_empty)
            {
                Ok(d)
            } else {
                Err(bad_request(
                    "Invalid domain",
                    format!("{v:?} is not a domain name"),
                ))
            }
        }
        "bin" if (6..=8).contains(&v.len()) && v.bytes().all(|b| b.is_ascii_digit()) => {
            Ok(v.into())
        }
        "bin" => Err(bad_request("Invalid bin", "a BIN is 6 to 8 digits")),
        _ => Ok(v.to_string()),
    }
}

async fn add_entry(State(sim): State<Shared>, body: Bytes, kind: &'static str) -> Response {
    let m = match parse_body(&body) {
        Ok(m) => m,
        Err(r) => return r,
    };
    let fields = (
        string_field(&m, "watchlistId", true),
        string_field(&m, "value", true),
        description_field(&m),
    );
    let (wl, value, description) = match fields {
        (Ok(w), Ok(v), Ok(d)) => (w.unwrap_or_default(), v.unwrap_or_default(), d.flatten()),
        (Err(r), _, _) | (_, Err(r), _) | (_, _, Err(r)) => return r,
    };
    let value = match check_value(kind, &value) {
        Ok(v) => v,
        Err(r) => return r,
    };
    let mut ws = sim.ws.lock().expect("workspace lock");
    if !ws.watchlists.iter().any(|w| w.id == wl) {
        return error(
            StatusCode::NOT_FOUND,
            "Watchlist not found",
            Some(format!("no watchlist {wl}")),
        );
    }
    if ws
        .entries
        .iter()
        .any(|e| e.kind == kind && e.watchlist_id == wl && e.value.eq_ignore_ascii_case(&value))
    {
        return error(
            StatusCode::CONFLICT,
            "Entry already exists",
            Some(format!("{value} is already on {wl}")),
        );
    }
    if let Some((metric, limit)) = quota_of(kind) {
        let used = ws.count(kind);
        if used + 1 > limit {
            return (
                StatusCode::CONFLICT,
                Json(json!({
                    "error": format!("quota_{metric}_reached"),
                    "metric": metric,
                    "used": used,
                    "limit": limit,
                    "requestedIncrement": 1,
                })),
            )
                .into_response();
        }
    }
    let now = ws.now();
    let id = ws.new_id("we");
    let e = EntryRec {
        id,
        kind,
        watchlist_id: wl,
        value,
        description,
        created_at: now.clone(),
        updated_at: now,
    };
    ws.entries.push(e.clone());
    (StatusCode::CREATED, Json(json!({"data": entry_json(&e)}))).into_response()
}

async fn update_entry(
    State(sim): State<Shared>,
    Path(id): Path<String>,
    body: Bytes,
    kind: &'static str,
) -> Response {
    let m = match parse_body(&body) {
        Ok(m) => m,
        Err(r) => return r,
    };
    let (value, description) = match (string_field(&m, "value", false), description_field(&m)) {
        (Ok(v), Ok(d)) => (v, d),
        (Err(r), _) | (_, Err(r)) => return r,
    };
    let value = match value.map(|v| check_value(kind, &v)).transpose() {
        Ok(v) => v,
        Err(r) => return r,
    };
    let mut ws = sim.ws.lock().expect("workspace lock");
    let now = ws.now();
    let Some(pos) = ws.entries.iter().position(|e| e.id == id && e.kind == kind) else {
        return error(
            StatusCode::NOT_FOUND,
            "Entry not found",
            Some(format!("no {kind} entry {id}")),
        );
    };
    if let Some(v) = &value {
        let wl = ws.entries[pos].watchlist_id.clone();
        if ws.entries.iter().any(|e| {
            e.id != id && e.kind == kind && e.watchlist_id == wl && e.value.eq_ignore_ascii_case(v)
        }) {
            return error(
                StatusCode::CONFLICT,
                "Entry already exists",
                Some(format!("{v} is already on {wl}")),
            );
        }
    }
    let e = &mut ws.entries[pos];
    if let Some(v) = value {
        e.value = v;
    }
    if let Some(d) = description {
        e.description = d;
    }
    e.updated_at = now;
    Json(json!({"data": entry_json(e)})).into_response()
}

async fn delete_entries(State(sim): State<Shared>, body: Bytes, kind: &'static str) -> Response {
    let ids = match ids_field(&body) {
        Ok(ids) => ids,
        Err(r) => return r,
    };
    let mut ws = sim.ws.lock().expect("workspace lock");
    let before = ws.entries.len();
    ws.entries
        .retain(|e| !(e.kind == kind && ids.contains(&e.id)));
    Json(json!({"data": {"count": before - ws.entries.len()}})).into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn records_are_deterministic_dated_and_unique() {
        let n = dataset_len(1, 1000, SimDataset::Credentials, SCOPED_DOMAIN);
        assert_eq!(n, 1000);
        let a: Vec<Value> = (0..n)
            .map(|i| record(1, SimDataset::Credentials, SCOPED_DOMAIN, i, n))
            .collect();
        let b = record(1, SimDataset::Credentials, SCOPED_DOMAIN, 10, n);
        assert_eq!(a[10], b);
        let ids: std::collections::HashSet<&str> =
            a.iter().map(|r| r["id"].as_str().unwrap()).collect();
        assert_eq!(ids.len(), n);
        let dates: Vec<&str> = a.iter().map(|r| r["leakDate"].as_str().unwrap()).collect();
        assert!(dates.windows(2).all(|w| w[0] <= w[1]));
        assert_eq!(dates[0], DATA_START);
        assert_ne!(record(2, SimDataset::Credentials, SCOPED_DOMAIN, 10, n), b);
    }

    #[test]
    fn partition_finds_window_bounds() {
        let n = 100;
        let f = NaiveDate::from_ymd_opt(2023, 7, 1).unwrap();
        let lo = partition(n, |i| day_of(i, n) < f);
        assert!(day_of(lo, n) >= f && (lo == 0 || day_of(lo - 1, n) < f));
    }
}
