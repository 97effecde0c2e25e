//! Simulated SIE Batch (`/sie/siebatchd/v1/...`), with presigned downloads
//! (`/sie/dl/range/...`) and a control route (`POST /sie/_sim/control`).
//!
//! - `validate`, `siebatch/chdetails`, `siebatch/chfetch`, `siebatch/makeurl`:
//!   JSON `POST`s with `apikey` in the body, the `NOK` envelopes (403
//!   `missing-api-key`, `session-failure`, `invalid-parameters` with the
//!   offending parameter and a `logid`), 404 when a window holds no data.
//! - Channels 212 and 213 produce realistic `newdomain` NDJSON records, and
//!   channel 204 an NMSG-like octet-stream, **deterministically per minute**
//!   from the seed: any window's content is known exactly ([`SieData`]).
//! - The clock is frozen at the minute the simulator started (the control
//!   route moves it); each channel holds the minutes `[now - retention, now)`
//!   (18 h for 212, 12 h for the others).
//! - Pruning can be modelled: [`SieControl::prune_before`] moves every
//!   channel's `earliest` forward (at once, or after a number of further
//!   `chfetch` requests, i.e. while a client's sync is running), and
//!   [`SieControl::no_data`] marks windows in which the channels hold no
//!   records (a `chfetch` of only such minutes is a 404, as for pruned ones).
//! - Presigned URLs expire after `url_ttl_secs` of simulated time or after
//!   `url_max_uses` downloads (403), give 404 `NoSuchKey` outside the
//!   retention, answer `Range` requests, and can be cut mid-body on demand.
//!
//! Records per minute default to `size / 50` (20 for the default size), each
//! minute varying by ±25 % around it. Generated minutes are kept in memory (up
//! to 1.5 GiB; see [`SieControl::cache_bodies`]) so that repeated fetches of a
//! big window cost the server almost nothing.

use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

use axum::body::{Body, Bytes};
use axum::extract::{Path, RawQuery, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use axum::Router;
use chrono::{DateTime, Datelike, NaiveDateTime, TimeZone, Timelike, Utc};
use serde::{Deserialize, Serialize};
use serde_json::json;

use super::{SimContext, SimHandle};
use crate::error::{Error, Result, Service};

/// The most generated body bytes the simulator keeps in memory.
const CACHE_LIMIT: u64 = 1536 << 20;

/// The channels the simulator serves: (number, description, mimetype, retention minutes).
const CHANNELS: &[(u8, &str, &str, u32)] = &[
    (
        204,
        "Passive DNS (NMSG, simulated)",
        "application/octet-stream",
        12 * 60,
    ),
    (
        212,
        "Newly Observed Domains",
        "application/x-ndjson",
        18 * 60,
    ),
    (
        213,
        "Newly Observed Fully Qualified Domain Names",
        "application/x-ndjson",
        12 * 60,
    ),
];

fn channel_info(ch: i64) -> Option<(u8, &'static str, &'static str, u32)> {
    CHANNELS.iter().copied().find(|c| i64::from(c.0) == ch)
}

// ---------------------------------------------------------------- data

/// The simulator's deterministic channel data: the same seed and rate give
/// the same bytes for any minute, whatever the window that asks for it.
///
/// ```
/// use secops::sim::sie::{SieData, SimWindow};
/// let data = SieData::new(1, 20);
/// let w = SimWindow::parse("2026-01-01 12:00:00", "2026-01-01 12:03:00")?;
/// let lines = data.lines(212, &w);
/// assert_eq!(lines.len() as u64, data.records(212, &w));
/// assert!(lines[0].contains("\"mname\":\"newdomain\""));
/// # Ok::<(), String>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SieData {
    seed: u64,
    records_per_minute: u32,
}

#[inline]
fn mix(mut z: u64) -> u64 {
    z = z.wrapping_add(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

const SYLLABLES: [&str; 32] = [
    "ka", "zo", "mi", "tor", "lex", "ar", "bel", "cor", "dan", "el", "fin", "gra", "hol", "is",
    "jet", "kin", "lum", "mar", "nov", "ox", "pix", "qua", "ret", "sol", "tek", "ul", "vex", "wir",
    "xan", "yel", "zen", "bit",
];
const TLDS: [&str; 16] = [
    "com", "com", "com", "net", "org", "info", "xyz", "online", "shop", "top", "io", "site",
    "store", "app", "de", "co.uk",
];
const HOSTS: [&str; 8] = ["www.", "mail.", "api.", "", "shop.", "cdn.", "login.", "m."];
const SOURCES: [&str; 4] = ["a1ba02cf", "7d3e91b0", "c40f5a12", "0e8b6d77"];
const NS: [&str; 4] = [
    "ns1.dnsprovider.example.",
    "ns2.dnsprovider.example.",
    "a.ns.hosting.example.",
    "b.ns.hosting.example.",
];

fn push_num(out: &mut Vec<u8>, mut n: u64, width: usize) {
    let mut buf = [b'0'; 20];
    let mut i = buf.len();
    while n > 0 || buf.len() - i < width {
        i -= 1;
        buf[i] = b'0' + (n % 10) as u8;
        n /= 10;
    }
    out.extend_from_slice(&buf[i..]);
}

fn minute_index(t: DateTime<Utc>) -> i64 {
    t.timestamp().div_euclid(60)
}

/// How the service writes times (UTC).
const TIME_FORMAT: &str = "%Y-%m-%d %H:%M:%S";

/// A time as the service writes it (`YYYY-MM-DD HH:MM:SS`, UTC).
fn format_time(t: DateTime<Utc>) -> String {
    t.format(TIME_FORMAT).to_string()
}

/// A time sent to the control route: `YYYY-MM-DD HH:MM:SS[.fff]`,
/// `YYYY-MM-DD HH:MM` (both UTC) or RFC 3339.
fn parse_time(s: &str) -> std::result::Result<DateTime<Utc>, String> {
    let t = s.trim();
    NaiveDateTime::parse_from_str(t, "%Y-%m-%d %H:%M:%S%.f")
        .or_else(|_| NaiveDateTime::parse_from_str(t, "%Y-%m-%d %H:%M"))
        .map(|n| Utc.from_utc_datetime(&n))
        .or_else(|_| DateTime::parse_from_rfc3339(t).map(|d| d.with_timezone(&Utc)))
        .map_err(|_| {
            format!(
                "invalid input: {s:?} is not a time: use \"YYYY-MM-DD HH:MM:SS\" (UTC) or RFC 3339"
            )
        })
}

/// The start of the minute holding `t`.
fn truncate_to_minute(t: DateTime<Utc>) -> DateTime<Utc> {
    t.with_nanosecond(0)
        .and_then(|t| t.with_second(0))
        .expect("zero seconds are always valid")
}

/// A stretch of simulated channel data: the minutes from the one holding
/// `start` (inclusive) to the one holding `end` (exclusive). The simulator's
/// own window type: it checks nothing, an `end` not after `start` is simply
/// empty.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct SimWindow {
    /// The first minute (seconds are ignored).
    pub start: DateTime<Utc>,
    /// The minute after the last one (seconds are ignored).
    pub end: DateTime<Utc>,
}

impl SimWindow {
    /// The minutes `[start, end)`.
    pub fn new(start: DateTime<Utc>, end: DateTime<Utc>) -> Self {
        SimWindow { start, end }
    }

    /// A window from two times written as the service writes them
    /// (`YYYY-MM-DD HH:MM:SS` or `YYYY-MM-DD HH:MM`, UTC).
    pub fn parse(start: &str, end: &str) -> std::result::Result<Self, String> {
        let minute = |s: &str| {
            parse_minute(s).map(|m| Utc.timestamp_opt(m * 60, 0).single().unwrap_or_default())
        };
        Ok(SimWindow::new(minute(start)?, minute(end)?))
    }

    /// The minute indexes (minutes since the epoch) of the window.
    fn minutes(&self) -> std::ops::Range<i64> {
        minute_index(self.start)..minute_index(self.end)
    }
}

impl From<(DateTime<Utc>, DateTime<Utc>)> for SimWindow {
    fn from((start, end): (DateTime<Utc>, DateTime<Utc>)) -> Self {
        SimWindow::new(start, end)
    }
}

/// A minute index as the service writes times (`YYYY-MM-DD HH:MM:SS`).
fn format_minute(minute: i64) -> String {
    Utc.timestamp_opt(minute * 60, 0)
        .single()
        .unwrap_or_default()
        .format("%Y-%m-%d %H:%M:%S")
        .to_string()
}

/// The minute of a control time (`YYYY-MM-DD HH:MM[:SS]`, UTC; seconds dropped).
fn parse_minute(s: &str) -> std::result::Result<i64, String> {
    let t = s.trim();
    NaiveDateTime::parse_from_str(t, "%Y-%m-%d %H:%M:%S")
        .or_else(|_| NaiveDateTime::parse_from_str(t, "%Y-%m-%d %H:%M"))
        .map(|n| minute_index(Utc.from_utc_datetime(&n)))
        .map_err(|_| format!("{s:?} is not a time: use \"YYYY-MM-DD HH:MM:SS\" (UTC)"))
}

fn minute_prefix(minute: i64) -> Vec<u8> {
    let t = Utc
        .timestamp_opt(minute * 60, 0)
        .single()
        .unwrap_or_default();
    let mut p = Vec::with_capacity(17);
    push_num(&mut p, t.year().max(0) as u64, 4);
    p.push(b'-');
    push_num(&mut p, u64::from(t.month()), 2);
    p.push(b'-');
    push_num(&mut p, u64::from(t.day()), 2);
    p.push(b' ');
    push_num(&mut p, u64::from(t.hour()), 2);
    p.push(b':');
    push_num(&mut p, u64::from(t.minute()), 2);
    p.push(b':');
    p
}

impl SieData {
    /// Data for `seed` at about `records_per_minute` records a minute.
    pub fn new(seed: u64, records_per_minute: u32) -> Self {
        SieData {
            seed,
            records_per_minute: records_per_minute.max(1),
        }
    }

    /// The average records per minute.
    pub fn records_per_minute(&self) -> u32 {
        self.records_per_minute
    }

    fn hash(&self, ch: u8, minute: i64, i: u64) -> u64 {
        let key = (u64::from(ch) << 56) ^ ((i & 0x3FFF_FFFF) << 26) ^ (minute as u64 & 0x3FF_FFFF);
        mix(self.seed ^ mix(key))
    }

    /// Records in one minute of a channel (the rate ±25 %).
    pub fn count(&self, channel: u8, minute: i64) -> u64 {
        let r = u64::from(self.records_per_minute);
        let h = self.hash(channel, minute, 0x3FFF_FFFF);
        r - r / 4 + h % (r / 2 + 1)
    }

    /// Appends one minute of a channel's body (the minute starting at `minute × 60 s`).
    pub fn write_minute(&self, channel: u8, minute: i64, out: &mut Vec<u8>) {
        let n = self.count(channel, minute);
        if channel == 212 || channel == 213 {
            let prefix = minute_prefix(minute);
            out.reserve(n as usize * 330);
            for i in 0..n {
                self.write_record(channel, minute, i, n, &prefix, out);
            }
        } else {
            // NMSG-like: a small header and deterministic binary payloads.
            out.extend_from_slice(b"NMSG\x00\x02");
            let len = n * 180;
            out.extend_from_slice(&(len as u32).to_be_bytes());
            let mut x = self.hash(channel, minute, 1);
            let mut left = len;
            while left > 0 {
                x = mix(x);
                let b = x.to_le_bytes();
                let k = left.min(8) as usize;
                out.extend_from_slice(&b[..k]);
                left -= k as u64;
            }
        }
    }

    fn write_record(&self, ch: u8, minute: i64, i: u64, n: u64, prefix: &[u8], out: &mut Vec<u8>) {
        let h = self.hash(ch, minute, i);
        let h2 = mix(h);
        let slot = 60_000_000_000 / n;
        let ns = i * slot + h % slot;
        let (sec, nanos) = (ns / 1_000_000_000, ns % 1_000_000_000);
        let tld = TLDS[(h2 & 15) as usize];
        out.extend_from_slice(b"{\"time\":\"");
        out.extend_from_slice(prefix);
        push_num(out, sec, 2);
        out.push(b'.');
        push_num(out, nanos, 9);
        out.extend_from_slice(b"\",\"vname\":\"SIE\",\"mname\":\"newdomain\",\"source\":\"");
        out.extend_from_slice(SOURCES[((h2 >> 4) & 3) as usize].as_bytes());
        out.extend_from_slice(b"\",\"message\":{\"domain\":\"");
        let label_start = out.len();
        let syl = 2 + ((h2 >> 6) % 2) as usize;
        for k in 0..syl {
            out.extend_from_slice(SYLLABLES[((h2 >> (8 + 5 * k)) & 31) as usize].as_bytes());
        }
        if (h2 >> 24) & 3 == 0 {
            push_num(out, (h2 >> 26) % 1000, 1);
        }
        out.push(b'.');
        out.extend_from_slice(tld.as_bytes());
        out.push(b'.');
        let domain = out[label_start..].to_vec();
        out.extend_from_slice(b"\",\"time_seen\":\"");
        out.extend_from_slice(prefix);
        push_num(out, sec, 2);
        out.extend_from_slice(b"\",\"bailiwick\":\"");
        out.extend_from_slice(tld.as_bytes());
        out.extend_from_slice(b".\",\"rrname\":\"");
        if ch == 213 {
            out.extend_from_slice(HOSTS[((h2 >> 36) & 7) as usize].as_bytes());
        }
        out.extend_from_slice(&domain);
        out.extend_from_slice(b"\",\"rrclass\":\"IN\",\"rrtype\":\"");
        let a = |out: &mut Vec<u8>, x: u64| {
            out.extend_from_slice(match x % 3 {
                0 => b"192.0.2.",
                1 => b"198.51.100.",
                _ => b"203.0.113.",
            });
            push_num(out, 1 + (x >> 2) % 254, 1);
        };
        match (h2 >> 40) % 8 {
            0..=2 => {
                out.extend_from_slice(b"A\",\"rdata\":[\"");
                a(out, h2 >> 44);
                out.extend_from_slice(b"\"]");
            }
            3 => {
                out.extend_from_slice(b"A\",\"rdata\":[\"");
                a(out, h2 >> 44);
                out.extend_from_slice(b"\",\"");
                a(out, h2 >> 52);
                out.extend_from_slice(b"\"]");
            }
            4 | 5 => {
                let k = ((h2 >> 44) & 1) as usize * 2;
                out.extend_from_slice(b"NS\",\"rdata\":[\"");
                out.extend_from_slice(NS[k].as_bytes());
                out.extend_from_slice(b"\",\"");
                out.extend_from_slice(NS[k + 1].as_bytes());
                out.extend_from_slice(b"\"]");
            }
            6 => {
                out.extend_from_slice(b"AAAA\",\"rdata\":[\"2001:db8::");
                push_num(out, (h2 >> 44) % 9999 + 1, 1);
                out.extend_from_slice(b"\"]");
            }
            _ => {
                out.extend_from_slice(b"TXT\",\"rdata\":[\"\\\"v=spf1 -all\\\"\"]");
            }
        }
        out.extend_from_slice(b",\"keys\":[],\"new_rr\":[]");
        if h2 >> 58 == 0 {
            // An occasional field the clients do not model (they must keep it).
            out.extend_from_slice(b",\"x_sim_note\":{\"registrar\":\"sim\",\"score\":");
            push_num(out, (h >> 20) % 100, 1);
            out.push(b'}');
        }
        out.extend_from_slice(b"}}\n");
    }

    /// The body channel number `channel` sends for `window` (every minute of
    /// it; the simulator sends only the minutes inside the channel's retention).
    pub fn body(&self, channel: u8, window: &SimWindow) -> Vec<u8> {
        let mut out = Vec::new();
        for m in window.minutes() {
            self.write_minute(channel, m, &mut out);
        }
        out
    }

    /// The NDJSON lines of `window` (without newlines).
    pub fn lines(&self, channel: u8, window: &SimWindow) -> Vec<String> {
        String::from_utf8(self.body(channel, window))
            .expect("generated records are UTF-8")
            .lines()
            .map(str::to_owned)
            .collect()
    }

    /// How many records `window` holds.
    pub fn records(&self, channel: u8, window: &SimWindow) -> u64 {
        window.minutes().map(|m| self.count(channel, m)).sum()
    }
}

// ---------------------------------------------------------------- control

/// Settings sent to `POST /sie/_sim/control` (every field optional).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct SieControl {
    /// Sets the clock (`YYYY-MM-DD HH:MM:SS`, truncated to the minute).
    pub now: Option<String>,
    /// Moves the clock by this many minutes.
    pub advance_minutes: Option<i64>,
    /// Average records per minute.
    pub records_per_minute: Option<u32>,
    /// Retention of every channel, in minutes.
    pub retention_minutes: Option<u32>,
    /// Lifetime of presigned URLs in simulated seconds.
    pub url_ttl_secs: Option<u64>,
    /// Downloads allowed per presigned URL (0 = no limit).
    pub url_max_uses: Option<u32>,
    /// How many of the next downloads to cut mid-body.
    pub cut_next_downloads: Option<u32>,
    /// Keep generated minutes in memory (up to 1.5 GiB) and serve them from
    /// there, so that a benchmark measures the client, not the generator.
    /// On by default; `false` turns it off and empties the cache.
    pub cache_bodies: Option<bool>,
    /// How many of the next `chfetch` bodies to cut mid-body.
    pub cut_next_fetches: Option<u32>,
    /// Where to cut downloads and fetches (bytes into the body; default: half-way
    /// for downloads, after the first minute for fetches).
    pub cut_at: Option<u64>,
    /// Prunes every channel: its `earliest` becomes at least this time
    /// (`YYYY-MM-DD HH:MM:SS`, truncated to the minute; the retention still
    /// applies), as if the service had dropped the data before it. An empty
    /// string removes the prune.
    pub prune_before: Option<String>,
    /// With `prune_before`: the prune takes effect only after this many more
    /// `chfetch` requests have been answered (data pruned while a sync runs).
    pub prune_after_fetches: Option<u32>,
    /// Windows (`[start, end)`, each `YYYY-MM-DD HH:MM:SS`) in which the
    /// channels hold no records; replaces the previous list (`[]` clears it).
    pub no_data: Option<Vec<[String; 2]>>,
}

/// The simulator's SIE state, as the control route reports it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct SieSimStatus {
    /// The seed of the data.
    pub seed: u64,
    /// The clock (`YYYY-MM-DD HH:MM:SS`).
    pub now: String,
    /// Average records per minute.
    pub records_per_minute: u32,
    /// Retention override in minutes (`None`: 18 h for 212, 12 h for the others).
    pub retention_minutes: Option<u32>,
    /// Lifetime of presigned URLs.
    pub url_ttl_secs: u64,
    /// Downloads allowed per presigned URL (0 = no limit).
    pub url_max_uses: u32,
    /// `chfetch` requests served.
    pub chfetch_requests: u64,
    /// `makeurl` requests served.
    pub makeurl_requests: u64,
    /// Presigned downloads served (any status).
    pub download_requests: u64,
    /// The prune in effect (`earliest` is at least this time), if any.
    #[serde(default)]
    pub prune_before: Option<String>,
    /// A prune waiting for more `chfetch` requests: (requests left, time).
    #[serde(default)]
    pub pending_prune: Option<(u32, String)>,
}

impl SieSimStatus {
    /// The data generator of this simulator.
    pub fn data(&self) -> SieData {
        SieData::new(self.seed, self.records_per_minute)
    }

    /// The clock.
    pub fn now(&self) -> DateTime<Utc> {
        parse_time(&self.now).expect("the simulator formats its clock")
    }
}

/// Changes the simulated SIE service (through its control route) and returns its state.
pub async fn control(sim: &SimHandle, settings: &SieControl) -> Result<SieSimStatus> {
    let url = format!("{}/sie/_sim/control", sim.origin());
    let resp = reqwest::Client::new()
        .post(url)
        .json(settings)
        .send()
        .await
        .map_err(|e| Error::from_reqwest(Service::Sie, e))?;
    let status = resp.status();
    let body = resp
        .bytes()
        .await
        .map_err(|e| Error::from_reqwest(Service::Sie, e))?;
    if !status.is_success() {
        return Err(Error::invalid_input(format!(
            "sim control refused: {}",
            String::from_utf8_lossy(&body)
        )));
    }
    serde_json::from_slice(&body).map_err(|e| Error::decode(Service::Sie, e, &body))
}

// ---------------------------------------------------------------- server

struct Clock {
    now: DateTime<Utc>,
    rpm: u32,
    retention: Option<u32>,
    url_ttl: u64,
    url_max_uses: u32,
    cut_next: u32,
    cut_fetches: u32,
    cut_at: Option<u64>,
    cache: bool,
    uses: HashMap<String, u32>,
    /// The prune: no channel holds minutes before this one.
    floor: Option<i64>,
    /// A prune to apply after this many more `chfetch` requests.
    pending_prune: Option<(u32, i64)>,
    /// Minutes `[start, end)` in which the channels hold no records.
    quiet: Vec<(i64, i64)>,
}

struct SieState {
    seed: u64,
    key: String,
    origin: String,
    clock: Mutex<Clock>,
    lens: Mutex<HashMap<(u8, i64, u32), u64>>,
    bodies: Mutex<HashMap<(u8, i64, u32), Bytes>>,
    cached: AtomicU64,
    chfetch: AtomicU64,
    makeurl: AtomicU64,
    downloads: AtomicU64,
    logids: AtomicU64,
}

type Shared = Arc<SieState>;

// The handlers answer a bad request with the error response itself.
#[allow(clippy::result_large_err)]
impl SieState {
    fn status(&self) -> SieSimStatus {
        let c = self.clock.lock().expect("clock");
        SieSimStatus {
            seed: self.seed,
            now: format_time(c.now),
            records_per_minute: c.rpm,
            retention_minutes: c.retention,
            url_ttl_secs: c.url_ttl,
            url_max_uses: c.url_max_uses,
            chfetch_requests: self.chfetch.load(Ordering::Relaxed),
            makeurl_requests: self.makeurl.load(Ordering::Relaxed),
            download_requests: self.downloads.load(Ordering::Relaxed),
            prune_before: c.floor.map(format_minute),
            pending_prune: c.pending_prune.map(|(n, m)| (n, format_minute(m))),
        }
    }

    /// Applies a pending prune once its `chfetch` requests have been answered;
    /// called as each `chfetch` arrives.
    fn count_fetch_for_prune(&self) {
        let mut c = self.clock.lock().expect("clock");
        match c.pending_prune {
            Some((0, m)) => {
                c.floor = Some(m);
                c.pending_prune = None;
            }
            Some((n, m)) => c.pending_prune = Some((n - 1, m)),
            None => {}
        }
    }

    /// Whether the channels hold no records in `minute`.
    fn is_quiet(&self, minute: i64) -> bool {
        let c = self.clock.lock().expect("clock");
        c.quiet.iter().any(|(a, b)| (*a..*b).contains(&minute))
    }

    fn logid(&self) -> String {
        let n = self.logids.fetch_add(1, Ordering::Relaxed);
        let h = mix(self.seed ^ n);
        format!(
            "{:08x}-{:04x}-4{:03x}-8{:03x}-{:012x}",
            h >> 32,
            (h >> 16) & 0xffff,
            h & 0xfff,
            (h >> 12) & 0xfff,
            mix(h) & 0xffff_ffff_ffff
        )
    }

    fn nok(
        &self,
        status: StatusCode,
        kind: &str,
        message: &str,
        invalid: Option<(&str, &str)>,
    ) -> Response {
        let mut body = json!({
            "_status": "NOK",
            "_message": message,
            "status": status.as_u16(),
            "type": kind,
            "logid": self.logid(),
        });
        if let Some((name, reason)) = invalid {
            body["invalid_parameters"] = json!({"name": name, "reason": reason});
        }
        (status, axum::Json(body)).into_response()
    }

    fn invalid(&self, name: &str, reason: &str) -> Response {
        self.nok(
            StatusCode::FORBIDDEN,
            "invalid-parameters",
            &format!("invalid parameter {name}: {reason}"),
            Some((name, reason)),
        )
    }

    /// Parses the body and checks the key; the parsed object on success.
    fn auth(
        &self,
        body: &[u8],
    ) -> std::result::Result<serde_json::Map<String, serde_json::Value>, Response> {
        let Ok(serde_json::Value::Object(map)) = serde_json::from_slice::<serde_json::Value>(body)
        else {
            return Err(self.nok(
                StatusCode::FORBIDDEN,
                "invalid-parameters",
                "the request body must be a JSON object",
                Some(("body", "should be a JSON object")),
            ));
        };
        match map.get("apikey") {
            None | Some(serde_json::Value::Null) => Err(self.nok(
                StatusCode::FORBIDDEN,
                "missing-api-key",
                "API key not present",
                None,
            )),
            Some(serde_json::Value::String(k)) if *k == self.key => Ok(map),
            Some(_) => Err(self.nok(
                StatusCode::FORBIDDEN,
                "session-failure",
                "Unable to establish a session: the API key is not valid",
                None,
            )),
        }
    }

    fn retention(&self, ch: u8) -> u32 {
        let c = self.clock.lock().expect("clock");
        c.retention
            .unwrap_or_else(|| channel_info(i64::from(ch)).map_or(12 * 60, |i| i.3))
    }

    /// (earliest minute, now minute) of a channel: data exists for `[earliest, now)`.
    fn span(&self, ch: u8) -> (i64, i64) {
        let (now, floor) = {
            let c = self.clock.lock().expect("clock");
            (minute_index(c.now), c.floor)
        };
        let earliest = (now - i64::from(self.retention(ch))).max(floor.unwrap_or(i64::MIN));
        (earliest.min(now), now)
    }

    fn data(&self) -> SieData {
        SieData::new(self.seed, self.clock.lock().expect("clock").rpm)
    }

    fn channel_param(
        &self,
        map: &serde_json::Map<String, serde_json::Value>,
    ) -> std::result::Result<u8, Response> {
        let Some(v) = map.get("channel") else {
            return Err(self.invalid("channel", "is required"));
        };
        let Some(n) = v.as_i64() else {
            return Err(self.invalid("channel", "should be an integer"));
        };
        if !(1..=255).contains(&n) {
            return Err(self.invalid("channel", "valid channels are 1-255"));
        }
        channel_info(n)
            .map(|c| c.0)
            .ok_or_else(|| self.invalid("channel", "channel not provisioned for this API key"))
    }

    fn window_param(
        &self,
        map: &serde_json::Map<String, serde_json::Value>,
    ) -> std::result::Result<(i64, i64), Response> {
        let get = |k: &str| -> std::result::Result<i64, Response> {
            let s = map
                .get(k)
                .and_then(|v| v.as_str())
                .ok_or_else(|| self.invalid(k, "is required, as \"YYYY-mm-dd HH:MM:SS\""))?;
            let t = NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M:%S")
                .map_err(|_| self.invalid(k, "should be \"YYYY-mm-dd HH:MM:SS\" in UTC"))?;
            Ok(minute_index(Utc.from_utc_datetime(&t)))
        };
        let start = get("start_time")?;
        let end = get("end_time")?;
        if end <= start {
            return Err(self.invalid(
                "end_time",
                "should be after start_time (seconds are ignored)",
            ));
        }
        Ok((start, end))
    }

    fn minute_len(&self, data: &SieData, ch: u8, minute: i64) -> u64 {
        if self.is_quiet(minute) {
            return 0;
        }
        let key = (ch, minute, data.records_per_minute);
        if let Some(n) = self.lens.lock().expect("lens").get(&key) {
            return *n;
        }
        let mut v = Vec::new();
        data.write_minute(ch, minute, &mut v);
        let n = v.len() as u64;
        self.lens.lock().expect("lens").insert(key, n);
        n
    }

    /// One minute of a channel's body, from the cache when caching is on.
    fn minute_bytes(&self, data: &SieData, ch: u8, minute: i64) -> Bytes {
        if self.is_quiet(minute) {
            return Bytes::new();
        }
        let cache = self.clock.lock().expect("clock").cache;
        let key = (ch, minute, data.records_per_minute);
        if cache {
            if let Some(b) = self.bodies.lock().expect("bodies").get(&key) {
                return b.clone();
            }
        }
        let mut v = Vec::new();
        data.write_minute(ch, minute, &mut v);
        let b = Bytes::from(v);
        if cache {
            let mut bodies = self.bodies.lock().expect("bodies");
            let held: u64 = self.cached.load(Ordering::Relaxed);
            if held + b.len() as u64 <= CACHE_LIMIT {
                self.cached.fetch_add(b.len() as u64, Ordering::Relaxed);
                bodies.insert(key, b.clone());
            }
        }
        b
    }
}

/// A body that generates `minutes` of a channel lazily, skipping the first `skip` bytes
/// and dropping the connection after `cut` bytes.
fn minutes_body(
    state: Shared,
    data: SieData,
    ch: u8,
    minutes: std::ops::Range<i64>,
    skip: u64,
    cut: Option<u64>,
) -> Body {
    // Phase 0: sending; 1: cut (the error comes next); 2: over.
    let stream = futures::stream::unfold(
        (minutes, skip, 0u64, 0u8),
        move |(mut minutes, mut skip, mut sent, phase)| {
            let state = state.clone();
            async move {
                match phase {
                    2 => return None,
                    1 => {
                        // Let the server flush what was sent before the connection drops,
                        // so that the client really sees a cut mid-body.
                        for _ in 0..4 {
                            tokio::task::yield_now().await;
                        }
                        let e = std::io::Error::other("simulated connection drop");
                        return Some((Err(e), (minutes, skip, sent, 2)));
                    }
                    _ => {}
                }
                let m = minutes.next()?;
                let mut bytes = state.minute_bytes(&data, ch, m);
                if skip > 0 {
                    let k = (skip as usize).min(bytes.len());
                    bytes = bytes.slice(k..);
                    skip -= k as u64;
                }
                if let Some(cut) = cut {
                    if sent + bytes.len() as u64 >= cut {
                        let keep = (cut - sent) as usize;
                        return Some((Ok(bytes.slice(..keep)), (minutes, skip, cut, 1)));
                    }
                }
                sent += bytes.len() as u64;
                Some((Ok(bytes), (minutes, skip, sent, 0)))
            }
        },
    );
    Body::from_stream(stream)
}

async fn validate(State(s): State<Shared>, body: Bytes) -> Response {
    if let Err(r) = s.auth(&body) {
        return r;
    }
    let mut chans = serde_json::Map::new();
    for (n, desc, _, _) in CHANNELS {
        chans.insert(format!("ch{n}"), json!({"description": desc}));
    }
    axum::Json(json!({
        "profile": {"username": "sim-siebatch-customer", "siebatch": chans, "organisation": "secops simulator"},
        "_status": "OK",
        "_message": "",
    }))
    .into_response()
}

async fn chdetails(State(s): State<Shared>, body: Bytes) -> Response {
    let map = match s.auth(&body) {
        Ok(m) => m,
        Err(r) => return r,
    };
    let Some(list) = map.get("channels").and_then(|c| c.as_array()) else {
        return s.invalid("channels", "should be a list of channel numbers");
    };
    if list.is_empty() {
        return s.invalid("channels", "should list at least one channel");
    }
    let data = s.data();
    let mut out = serde_json::Map::new();
    for v in list {
        let Some(n) = v.as_i64() else {
            return s.invalid("channels", "should be an integer but received a string");
        };
        if !(1..=255).contains(&n) {
            return s.invalid("channels", "valid channels are 1-255");
        }
        let Some((ch, _, mime, _)) = channel_info(n) else {
            return s.invalid("channels", "channel not provisioned for this API key");
        };
        let (earliest, now) = s.span(ch);
        let size: u64 = (earliest..now).map(|m| data.count(ch, m) * 300).sum();
        let t = |m: i64| Utc.timestamp_opt(m * 60, 0).single().unwrap_or_default();
        out.insert(
            format!("ch{ch}"),
            json!({
                "earliest": format_time(t(earliest)),
                "latest": format_time(t(now) - chrono::Duration::seconds(1)),
                "size": size,
                "mimetype": mime,
            }),
        );
    }
    axum::Json(json!({"channels": out, "_status": "OK", "_message": ""})).into_response()
}

async fn chfetch(State(s): State<Shared>, body: Bytes) -> Response {
    s.chfetch.fetch_add(1, Ordering::Relaxed);
    s.count_fetch_for_prune();
    let map = match s.auth(&body) {
        Ok(m) => m,
        Err(r) => return r,
    };
    let ch = match s.channel_param(&map) {
        Ok(c) => c,
        Err(r) => return r,
    };
    let (start, end) = match s.window_param(&map) {
        Ok(w) => w,
        Err(r) => return r,
    };
    let (earliest, now) = s.span(ch);
    let (lo, hi) = (start.max(earliest), end.min(now));
    if hi <= lo || (lo..hi).all(|m| s.is_quiet(m)) {
        return s.nok(
            StatusCode::NOT_FOUND,
            "no-data",
            "no data is available for the requested time range",
            None,
        );
    }
    let mime = channel_info(i64::from(ch)).map_or("application/octet-stream", |c| c.2);
    let data = s.data();
    let cut = {
        let mut c = s.clock.lock().expect("clock");
        if c.cut_fetches > 0 {
            c.cut_fetches -= 1;
            Some(c.cut_at)
        } else {
            None
        }
    };
    // (minute_len takes the clock's lock itself: not while it is held.)
    let cut = cut.map(|at| at.unwrap_or_else(|| s.minute_len(&data, ch, lo) + 1));
    let mut resp = minutes_body(s.clone(), data, ch, lo..hi, 0, cut).into_response();
    resp.headers_mut()
        .insert(header::CONTENT_TYPE, HeaderValue::from_static(mime));
    resp.headers_mut().insert(
        header::CONTENT_DISPOSITION,
        HeaderValue::from_str(&format!("attachment; filename=\"ch{ch}-{lo}-{hi}\""))
            .expect("ascii"),
    );
    resp
}

fn signature(seed: u64, path: &str, credential: &str, issued: i64, ttl: u64) -> String {
    let mut h = mix(seed ^ 0x5EC0_95EE);
    for b in path.bytes().chain(credential.bytes()) {
        h = mix(h ^ u64::from(b));
    }
    h = mix(h ^ issued as u64);
    h = mix(h ^ ttl);
    let mut out = String::with_capacity(64);
    for _ in 0..4 {
        h = mix(h);
        out.push_str(&format!("{h:016x}"));
    }
    out
}

fn range_name(start: i64, end: i64) -> String {
    let f = |m: i64| {
        Utc.timestamp_opt(m * 60, 0)
            .single()
            .unwrap_or_default()
            .format("%Y%m%d.%H%M")
            .to_string()
    };
    format!("{}.{}", f(start), f(end))
}

fn parse_range_name(name: &str) -> Option<(i64, i64)> {
    let parts: Vec<&str> = name.split('.').collect();
    if parts.len() != 4 {
        return None;
    }
    let p = |d: &str, t: &str| {
        NaiveDateTime::parse_from_str(&format!("{d}{t}"), "%Y%m%d%H%M")
            .ok()
            .map(|n| minute_index(Utc.from_utc_datetime(&n)))
    };
    Some((p(parts[0], parts[1])?, p(parts[2], parts[3])?))
}

async fn makeurl(State(s): State<Shared>, body: Bytes) -> Response {
    s.makeurl.fetch_add(1, Ordering::Relaxed);
    let map = match s.auth(&body) {
        Ok(m) => m,
        Err(r) => return r,
    };
    let ch = match s.channel_param(&map) {
        Ok(c) => c,
        Err(r) => return r,
    };
    let (start, end) = match s.window_param(&map) {
        Ok(w) => w,
        Err(r) => return r,
    };
    let (issued, ttl) = {
        let c = s.clock.lock().expect("clock");
        (c.now.timestamp(), c.url_ttl)
    };
    let path = format!("/sie/dl/range/ch{ch}/{}", range_name(start, end));
    let date = Utc
        .timestamp_opt(issued, 0)
        .single()
        .unwrap_or_default()
        .format("%Y%m%dT%H%M%SZ");
    // Each URL gets its own access key id, so no two URLs are alike.
    let serial = s.makeurl.load(Ordering::Relaxed);
    let credential = format!(
        "SIMAKIA{:08X}{serial:06}/{}/us-east-1/s3/aws4_request",
        mix(s.seed) as u32,
        &date.to_string()[..8]
    );
    let sig = signature(s.seed, &path, &credential, issued, ttl);
    let url = format!(
        "{}{path}?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential={}&X-Amz-Date={date}&X-Amz-Expires={ttl}&X-Amz-SignedHeaders=host&X-Amz-Signature={sig}",
        s.origin,
        credential.replace('/', "%2F"),
    );
    axum::Json(json!({"_status": "OK", "_message": "", "url": url})).into_response()
}

fn s3_error(status: StatusCode, code: &str, message: &str) -> Response {
    let body = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>{code}</Code><Message>{message}</Message><RequestId>SIM0000000000000</RequestId></Error>"
    );
    let mut r = (status, body).into_response();
    r.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/xml"),
    );
    r
}

async fn download(
    State(s): State<Shared>,
    Path((chname, range)): Path<(String, String)>,
    RawQuery(query): RawQuery,
    headers: HeaderMap,
) -> Response {
    s.downloads.fetch_add(1, Ordering::Relaxed);
    let q: HashMap<String, String> =
        serde_urlencoded::from_str(query.as_deref().unwrap_or("")).unwrap_or_default();
    let (Some(sig), Some(credential), Some(date), Some(ttl)) = (
        q.get("X-Amz-Signature"),
        q.get("X-Amz-Credential"),
        q.get("X-Amz-Date"),
        q.get("X-Amz-Expires").and_then(|t| t.parse::<u64>().ok()),
    ) else {
        return s3_error(
            StatusCode::FORBIDDEN,
            "AccessDenied",
            "Query-string authentication requires the X-Amz parameters",
        );
    };
    let Some(issued) = NaiveDateTime::parse_from_str(date, "%Y%m%dT%H%M%SZ")
        .ok()
        .map(|n| Utc.from_utc_datetime(&n).timestamp())
    else {
        return s3_error(
            StatusCode::FORBIDDEN,
            "AccessDenied",
            "X-Amz-Date is not valid",
        );
    };
    let path = format!("/sie/dl/range/{chname}/{range}");
    if *sig != signature(s.seed, &path, credential, issued, ttl) {
        return s3_error(
            StatusCode::FORBIDDEN,
            "SignatureDoesNotMatch",
            "The request signature we calculated does not match the signature you provided",
        );
    }
    let (expired, cut) = {
        let mut c = s.clock.lock().expect("clock");
        let uses = {
            let u = c.uses.entry(sig.clone()).or_insert(0);
            *u += 1;
            *u
        };
        let expired = c.now.timestamp() > issued + ttl as i64
            || (c.url_max_uses > 0 && uses > c.url_max_uses);
        let cut = if !expired && c.cut_next > 0 {
            c.cut_next -= 1;
            Some(c.cut_at)
        } else {
            None
        };
        (expired, cut)
    };
    if expired {
        return s3_error(
            StatusCode::FORBIDDEN,
            "AccessDenied",
            "Request has expired: unable to authenticate",
        );
    }
    let (Some(ch), Some((start, end))) = (
        chname
            .strip_prefix("ch")
            .and_then(|n| n.parse::<i64>().ok())
            .and_then(channel_info)
            .map(|c| c.0),
        parse_range_name(&range),
    ) else {
        return s3_error(
            StatusCode::NOT_FOUND,
            "NoSuchKey",
            "The specified key does not exist.",
        );
    };
    let (earliest, now) = s.span(ch);
    if start < earliest || start >= now || end <= start {
        return s3_error(
            StatusCode::NOT_FOUND,
            "NoSuchKey",
            "The specified key does not exist.",
        );
    }
    let end = end.min(now);
    let data = s.data();
    let total: u64 = (start..end).map(|m| s.minute_len(&data, ch, m)).sum();
    let from = headers
        .get(header::RANGE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.trim().strip_prefix("bytes="))
        .and_then(|v| v.strip_suffix('-'))
        .and_then(|v| v.parse::<u64>().ok());
    let mime = channel_info(i64::from(ch)).map_or("application/octet-stream", |c| c.2);
    if let Some(from) = from {
        if from >= total {
            let mut r = StatusCode::RANGE_NOT_SATISFIABLE.into_response();
            r.headers_mut().insert(
                header::CONTENT_RANGE,
                HeaderValue::from_str(&format!("bytes */{total}")).expect("ascii"),
            );
            return r;
        }
    }
    let skip = from.unwrap_or(0);
    let cut = cut.map(|c| c.unwrap_or((total - skip) / 2).min(total - skip));
    let mut r = minutes_body(s.clone(), data, ch, start..end, skip, cut).into_response();
    let h = r.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static(mime));
    h.insert(header::ACCEPT_RANGES, HeaderValue::from_static("bytes"));
    h.insert(
        header::CONTENT_LENGTH,
        HeaderValue::from_str(&(total - skip).to_string()).expect("digits"),
    );
    if from.is_some() {
        *r.status_mut() = StatusCode::PARTIAL_CONTENT;
        r.headers_mut().insert(
            header::CONTENT_RANGE,
            HeaderValue::from_str(&format!("bytes {skip}-{}/{total}", total - 1)).expect("ascii"),
        );
    }
    r
}

async fn control_get(State(s): State<Shared>) -> Response {
    axum::Json(s.status()).into_response()
}

async fn control_post(State(s): State<Shared>, body: Bytes) -> Response {
    let c: SieControl = match serde_json::from_slice(&body) {
        Ok(c) => c,
        Err(e) => {
            return (StatusCode::BAD_REQUEST, format!("bad control body: {e}")).into_response()
        }
    };
    {
        let mut clock = s.clock.lock().expect("clock");
        if let Some(now) = &c.now {
            match parse_time(now) {
                Ok(t) => clock.now = truncate_to_minute(t),
                Err(e) => return (StatusCode::BAD_REQUEST, e).into_response(),
            }
        }
        if let Some(m) = c.advance_minutes {
            clock.now += chrono::Duration::minutes(m);
        }
        if let Some(r) = c.records_per_minute {
            clock.rpm = r.max(1);
        }
        if let Some(r) = c.retention_minutes {
            clock.retention = Some(r.max(1));
        }
        if let Some(t) = c.url_ttl_secs {
            clock.url_ttl = t;
        }
        if let Some(u) = c.url_max_uses {
            clock.url_max_uses = u;
        }
        if let Some(n) = c.cut_next_downloads {
            clock.cut_next = n;
        }
        if let Some(n) = c.cut_next_fetches {
            clock.cut_fetches = n;
        }
        if c.cut_at.is_some() {
            clock.cut_at = c.cut_at;
        }
        match c.prune_before.as_deref().map(str::trim) {
            None => {}
            Some("") => {
                clock.floor = None;
                clock.pending_prune = None;
            }
            Some(t) => match parse_minute(t) {
                Ok(m) => match c.prune_after_fetches {
                    Some(n) => clock.pending_prune = Some((n, m)),
                    None => {
                        clock.floor = Some(m);
                        clock.pending_prune = None;
                    }
                },
                Err(e) => return (StatusCode::BAD_REQUEST, e).into_response(),
            },
        }
        if let Some(windows) = &c.no_data {
            let mut quiet = Vec::with_capacity(windows.len());
            for [a, b] in windows {
                match (parse_minute(a), parse_minute(b)) {
                    (Ok(a), Ok(b)) => quiet.push((a, b)),
                    (Err(e), _) | (_, Err(e)) => {
                        return (StatusCode::BAD_REQUEST, e).into_response()
                    }
                }
            }
            clock.quiet = quiet;
        }
        if let Some(on) = c.cache_bodies {
            clock.cache = on;
            if !on {
                s.bodies.lock().expect("bodies").clear();
                s.cached.store(0, Ordering::Relaxed);
            }
        }
    }
    axum::Json(s.status()).into_response()
}

/// The SIE routes, nested under `/sie`.
pub fn router(ctx: &SimContext) -> Router {
    let state = Arc::new(SieState {
        seed: ctx.seed,
        key: ctx.keys.sie.clone(),
        origin: ctx.origin.clone(),
        clock: Mutex::new(Clock {
            now: truncate_to_minute(Utc::now()),
            rpm: u32::try_from(ctx.size / 50).unwrap_or(u32::MAX).max(1),
            retention: None,
            url_ttl: 3600,
            url_max_uses: 0,
            cut_next: 0,
            cut_fetches: 0,
            cut_at: None,
            cache: true,
            uses: HashMap::new(),
            floor: None,
            pending_prune: None,
            quiet: Vec::new(),
        }),
        lens: Mutex::new(HashMap::new()),
        bodies: Mutex::new(HashMap::new()),
        cached: AtomicU64::new(0),
        chfetch: AtomicU64::new(0),
        makeurl: AtomicU64::new(0),
        downloads: AtomicU64::new(0),
        logids: AtomicU64::new(0),
    });
    Router::new()
        .route("/siebatchd/v1/validate", post(validate))
        .route("/siebatchd/v1/siebatch/chdetails", post(chdetails))
        .route("/siebatchd/v1/siebatch/chfetch", post(chfetch))
        .route("/siebatchd/v1/siebatch/makeurl", post(makeurl))
        .route("/dl/range/{channel}/{range}", axum::routing::get(download))
        .route("/_sim/control", post(control_post).get(control_get))
        .with_state(state)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn records_are_deterministic_valid_and_ordered() {
        const FQDN: u8 = 213;
        let d = SieData::new(7, 40);
        let w = SimWindow::parse("2026-03-01 00:00:00", "2026-03-01 00:05:00").unwrap();
        let a = d.body(FQDN, &w);
        assert_eq!(a, d.body(FQDN, &w));
        let mut last = String::new();
        let mut n = 0;
        for line in std::str::from_utf8(&a).unwrap().lines() {
            // Checked with plain JSON, not the client's parser.
            let r: serde_json::Value = serde_json::from_str(line).unwrap();
            assert_eq!(r["mname"], "newdomain");
            let t = r["time"].as_str().unwrap().to_string();
            assert!(t > last, "{t} after {last}");
            assert!(t.starts_with("2026-03-01 00:0"), "{t}");
            let domain = r["message"]["domain"].as_str().unwrap();
            assert!(domain.ends_with('.'), "{domain}");
            assert!(r["message"]["rrname"].as_str().unwrap().ends_with(domain));
            last = t;
            n += 1;
        }
        assert_eq!(n, d.records(FQDN, &w));
        // A window is the concatenation of its minutes.
        let w1 = SimWindow::parse("2026-03-01 00:00:00", "2026-03-01 00:02:00").unwrap();
        let w2 = SimWindow::parse("2026-03-01 00:02:00", "2026-03-01 00:05:00").unwrap();
        let mut joined = d.body(FQDN, &w1);
        joined.extend(d.body(FQDN, &w2));
        assert_eq!(joined, a);
    }

    #[test]
    fn range_names_round_trip() {
        let (a, b) = (minute_index(Utc::now()), minute_index(Utc::now()) + 61);
        assert_eq!(parse_range_name(&range_name(a, b)), Some((a, b)));
        assert_eq!(parse_range_name("junk"), None);
    }
}
