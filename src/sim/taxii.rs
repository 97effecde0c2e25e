//! Simulated TAXII 2.1 servers: an OASIS-style one under `/taxii` and a
//! SOC-Defenders-style one under `/socdef`.
//!
//! **OASIS style** (discovery `/taxii/taxii2/`, API root `/taxii/api1/`):
//! HTTP Basic (`taxii_user` / the TAXII key) or Bearer; the
//! `{more, next, objects}` envelope; `next` tokens bound to the filters (a
//! changed filter or an unknown token gets 400, as medallion does);
//! `X-TAXII-Date-Added-First/Last` on every page; `limit` clamped to a
//! maximum page size; add objects → a `pending` status that completes after
//! two polls. Collections:
//!
//! | id | content |
//! |---|---|
//! | [`INDICATORS`] | `size` generated indicators (~600 bytes each), read-only |
//! | [`MIXED`] | every modelled STIX type, custom properties, an SCO, a custom object, and three versions of [`MULTI_VERSION_ID`], read-only |
//! | [`INBOX`] | empty, writable |
//!
//! **SOC Defenders style** (discovery `/socdef/api/taxii2/`, API root
//! `/socdef/api/taxii2/api/`): Bearer, `X-API-Key` or Basic with the key as
//! password; `objects/` answers a STIX **bundle** paged only through
//! `X-TAXII-Date-Added-Last` → `added_after`; non-standard `type=` filter;
//! `limit` at most 1000; errors `{error: {code, message, details, request_id}}`.
//! Collections [`SOC_ALL`], [`SOC_NETWORK`], [`SOC_HASHES`] (an identity, a
//! TLP marking and `size` indicators split between network and hash ones).
//!
//! **Control** (no auth): `POST /taxii/_sim/control` and `POST /socdef/_sim/control`
//! with any of `{"expire_next": true, "max_page_size": N|null, "next_tokens":
//! bool, "reuse_next": bool, "single_use_next": bool, "next_ttl_ms": N|null,
//! "content_type": "..."|null, "inclusive_added_after": bool, "tie_group": N,
//! "grow": {"collection": ID, "count": N}, "inject": {"collection": ID, "object": {..}}}`:
//! forget every `next` token (as when sessions expire), clamp pages harder,
//! keep one `next` token for a whole session whose cursor moves on each time
//! it is read (as medallion does: asking again with it returns the following
//! page), forget each token once used, let tokens expire N ms after they were
//! issued, page by headers only (`more` without `next`), answer another media
//! type, treat `added_after` as inclusive (both servers), give generated
//! objects one `date_added` per group of N (ties at page boundaries), accept
//! keys only in `X-API-Key` (`"x_api_key_only": true`, as SOC Defenders), add N
//! new indicators, or append any JSON (even malformed) as an object. Unknown
//! keys are refused (400). With `"collection": ID` the paging settings (and
//! `tie_group`) apply to that collection alone, starting from the server's.
//! The answer is the settings now (of the collection, when one is named). `secops sim
//! --taxii JSON` applies the same settings at start; responses cut mid-body
//! come from the simulator's faults (`drop=RATE`).

use std::collections::{HashMap, HashSet};
use std::sync::{Arc, Mutex, OnceLock};

use axum::body::{Body, Bytes};
use axum::extract::{Path, RawQuery, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::Router;
use serde_json::{json, Value};

use super::SimContext;

/// The OASIS-style server's API root name (`/taxii/api1/`).
pub const API_ROOT: &str = "api1";
/// The large read-only collection of generated indicators (`size` of them).
pub const INDICATORS: &str = "6d1f3a52-0c4b-4e8a-9b1d-5a0000000001";
/// The read-only collection with one object of every modelled type and three versions of [`MULTI_VERSION_ID`].
pub const MIXED: &str = "6d1f3a52-0c4b-4e8a-9b1d-5a0000000002";
/// The writable, initially empty collection.
pub const INBOX: &str = "6d1f3a52-0c4b-4e8a-9b1d-5a0000000003";
/// The object with three versions in [`MIXED`].
pub const MULTI_VERSION_ID: &str = "malware--0c7b5b88-8ff7-4a4d-aa9d-feb398cd0061";
/// SOC Defenders: every object.
pub const SOC_ALL: &str = "soc-defenders-all";
/// SOC Defenders: domain and IP indicators (plus the identity and marking).
pub const SOC_NETWORK: &str = "soc-defenders-network";
/// SOC Defenders: file hash indicators (plus the identity and marking).
pub const SOC_HASHES: &str = "soc-defenders-hashes";

const MEDIA: &str = "application/taxii+json;version=2.1";
const STIX_MEDIA: &str = "application/stix+json;version=2.1";
/// 2026-01-01T00:00:00Z in microseconds.
const BASE_US: i64 = 1_767_225_600_000_000;
const SOC_IDENTITY: &str = "identity--f8e75d96-8e4c-4b1a-9e3d-4f8a7b6c5d3e";
const TLP_GREEN: &str = "marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da";

fn ts_micros(us: i64) -> String {
    chrono::DateTime::from_timestamp_micros(us)
        .expect("in range")
        .format("%Y-%m-%dT%H:%M:%S%.6fZ")
        .to_string()
}

fn ts_millis(us: i64) -> String {
    chrono::DateTime::from_timestamp_micros(us)
        .expect("in range")
        .format("%Y-%m-%dT%H:%M:%S%.3fZ")
        .to_string()
}

fn parse_ts(s: &str) -> Option<i64> {
    chrono::DateTime::parse_from_rfc3339(s)
        .ok()
        .map(|d| d.timestamp_micros())
}

// ---------------------------------------------------------------------------
// Data
// ---------------------------------------------------------------------------

/// How the virtual part of a collection is generated.
#[derive(Clone, Copy, PartialEq)]
enum Gen {
    /// Plain indicators.
    Indicators,
    /// SOC Defenders: identity, marking, then indicators.
    Soc,
}

#[derive(Clone)]
struct Entry {
    date_added: i64,
    id: String,
    object_type: String,
    version: String,
    spec: String,
    json: Arc<str>,
}

struct Coll {
    info: Value,
    seed: u64,
    base: usize,
    gen: Gen,
    extra: Vec<Entry>,
    writable: bool,
    /// Whether every id has one version (skips version bookkeeping).
    unique_ids: bool,
    /// Generated objects rendered once, on first use (so that serving a page
    /// costs a copy, not a render: the server stays far faster than a client).
    rendered: Rendered,
    /// The `objects` arrays of pages of generated objects already served.
    pages: Pages,
    /// Generated objects share one `date_added` in groups of this many.
    tie: usize,
}

/// The `[...]` arrays of pages made only of generated objects (which never
/// change), by the entries they hold, up to [`Pages::MAX_BYTES`]: serving such
/// a page again sends the same bytes without copying them.
#[derive(Default)]
struct Pages {
    by_entries: HashMap<Vec<usize>, Bytes>,
    bytes: usize,
}

impl Pages {
    const MAX_BYTES: usize = 64 << 20;
}

/// A response body sent as its pieces, in order, without joining them (its
/// length is known, so it goes out with a Content-Length).
struct Pieces(std::collections::VecDeque<Bytes>);

impl http_body::Body for Pieces {
    type Data = Bytes;
    type Error = std::convert::Infallible;

    fn poll_frame(
        mut self: std::pin::Pin<&mut Self>,
        _: &mut std::task::Context<'_>,
    ) -> std::task::Poll<Option<Result<http_body::Frame<Bytes>, Self::Error>>> {
        std::task::Poll::Ready(self.0.pop_front().map(|b| Ok(http_body::Frame::data(b))))
    }

    fn is_end_stream(&self) -> bool {
        self.0.is_empty()
    }

    fn size_hint(&self) -> http_body::SizeHint {
        http_body::SizeHint::with_exact(self.0.iter().map(|b| b.len() as u64).sum())
    }
}

/// A lazily filled cache of the generated part of a collection.
#[derive(Default)]
struct Rendered(OnceLock<Box<[OnceLock<Arc<str>>]>>);

/// What a request sees of one entry.
struct Meta {
    date_added: i64,
    id: String,
    object_type: String,
    version: String,
    spec: String,
}

impl Coll {
    fn len(&self) -> usize {
        self.base + self.extra.len()
    }

    fn uuid_for(&self, i: usize) -> String {
        format!(
            "{:08x}-{:04x}-4{:03x}-8{:03x}-{:012x}",
            (self.seed as u32) ^ 0x6d1f_3a52,
            if self.gen == Gen::Soc { 0x50c } else { 0x1d1 },
            (i >> 48) & 0xfff,
            (self.seed >> 32) as u16 & 0xfff,
            i & 0xffff_ffff_ffff
        )
    }

    fn virtual_type(&self, i: usize) -> &'static str {
        match (self.gen, i) {
            (Gen::Soc, 0) => "identity",
            (Gen::Soc, 1) => "marking-definition",
            _ => "indicator",
        }
    }

    fn virtual_id(&self, i: usize) -> String {
        match (self.gen, i) {
            (Gen::Soc, 0) => SOC_IDENTITY.into(),
            (Gen::Soc, 1) => TLP_GREEN.into(),
            _ => format!("indicator--{}", self.uuid_for(i)),
        }
    }

    fn virtual_version(&self, i: usize) -> String {
        match (self.gen, i) {
            (Gen::Soc, 0) => "2026-05-17T10:30:00.000Z".into(),
            (Gen::Soc, 1) => "2017-01-20T00:00:00.000Z".into(),
            _ => ts_millis(BASE_US - 86_400_000_000 + i as i64 * 1000),
        }
    }

    fn meta(&self, i: usize) -> Meta {
        if i < self.base {
            Meta {
                date_added: BASE_US + (i / self.tie.max(1)) as i64 * 1000,
                id: self.virtual_id(i),
                object_type: self.virtual_type(i).into(),
                version: self.virtual_version(i),
                spec: "2.1".into(),
            }
        } else {
            let e = &self.extra[i - self.base];
            Meta {
                date_added: e.date_added,
                id: e.id.clone(),
                object_type: e.object_type.clone(),
                version: e.version.clone(),
                spec: e.spec.clone(),
            }
        }
    }

    /// The pattern kind of a generated indicator: 0 domain, 1 IPv4, 2 file hash.
    fn kind(&self, i: usize) -> Option<usize> {
        if i < self.base {
            match (self.gen, i) {
                (Gen::Soc, 0 | 1) => None,
                _ => Some(i % 3),
            }
        } else {
            let e = &self.extra[i - self.base];
            if e.json.contains("[file:hashes") {
                Some(2)
            } else if e.object_type == "indicator" {
                Some(0)
            } else {
                None
            }
        }
    }

    fn json(&self, i: usize) -> Arc<str> {
        if i < self.base {
            let cache = self
                .rendered
                .0
                .get_or_init(|| (0..self.base).map(|_| OnceLock::new()).collect());
            cache[i]
                .get_or_init(|| {
                    Arc::from(self.render(i, BASE_US - 86_400_000_000 + i as i64 * 1000))
                })
                .clone()
        } else {
            self.extra[i - self.base].json.clone()
        }
    }

    /// The `[...]` array of the objects at `idx` (kept when they are all
    /// generated ones: see [`Pages`]).
    fn objects_array(&mut self, idx: &[usize]) -> Bytes {
        let generated = idx.iter().all(|&i| i < self.base);
        if generated {
            if let Some(b) = self.pages.by_entries.get(idx) {
                return b.clone();
            }
        }
        let items: Vec<Arc<str>> = idx.iter().map(|&i| self.json(i)).collect();
        let b = Bytes::from(json_array(&items));
        if generated && self.pages.bytes + b.len() <= Pages::MAX_BYTES {
            self.pages.bytes += b.len();
            self.pages.by_entries.insert(idx.to_vec(), b.clone());
        }
        b
    }

    fn render(&self, i: usize, version_us: i64) -> String {
        match (self.gen, i) {
            (Gen::Soc, 0) => json!({
                "type": "identity", "spec_version": "2.1", "id": SOC_IDENTITY,
                "created": "2024-01-01T00:00:00.000Z", "modified": "2026-05-17T10:30:00.000Z",
                "name": "SOC Defenders", "identity_class": "organization"
            })
            .to_string(),
            (Gen::Soc, 1) => json!({
                "type": "marking-definition", "spec_version": "2.1", "id": TLP_GREEN,
                "created": "2017-01-20T00:00:00.000Z", "definition_type": "tlp",
                "name": "TLP:GREEN", "definition": {"tlp": "green"}
            })
            .to_string(),
            _ => indicator_json(
                &format!("indicator--{}", self.uuid_for(i)),
                i,
                &ts_millis(version_us),
                self.gen == Gen::Soc,
            ),
        }
    }

    /// Appends `count` new generated indicators, each added 1 ms after the last entry.
    fn grow(&mut self, count: usize) {
        for _ in 0..count {
            let i = self.len();
            let added = self.last_added() + 1000;
            let version = ts_millis(added - 500);
            let json = indicator_json(
                &format!("indicator--{}", self.uuid_for(i)),
                i,
                &version,
                self.gen == Gen::Soc,
            );
            self.extra.push(Entry {
                date_added: added,
                id: format!("indicator--{}", self.uuid_for(i)),
                object_type: "indicator".into(),
                version,
                spec: "2.1".into(),
                json: Arc::from(json),
            });
        }
    }

    fn last_added(&self) -> i64 {
        match self.extra.last() {
            Some(e) => e.date_added,
            None if self.base > 0 => self.meta(self.base - 1).date_added,
            None => BASE_US,
        }
    }

    /// The first index whose date added is after (or at, when `inclusive`) `t`.
    fn first_after(&self, t: i64, inclusive: bool) -> usize {
        let (mut lo, mut hi) = (0, self.len());
        while lo < hi {
            let mid = (lo + hi) / 2;
            let d = self.meta(mid).date_added;
            let before = if inclusive { d < t } else { d <= t };
            if before {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        lo
    }
}

fn indicator_json(id: &str, i: usize, version: &str, soc: bool) -> String {
    let (name, pattern, kind) = match i % 3 {
        0 => (
            format!("Malicious Domain - c2-{i}.example.com"),
            format!("[domain-name:value = 'c2-{i}.example.com']"),
            "c2",
        ),
        1 => (
            format!("Malicious IP - 198.51.{}.{}", (i / 256) % 256, i % 256),
            format!(
                "[ipv4-addr:value = '198.51.{}.{}']",
                (i / 256) % 256,
                i % 256
            ),
            "scanner",
        ),
        _ => (
            format!("Malicious file #{i}"),
            format!(
                "[file:hashes.'SHA-256' = '{:064x}']",
                (i as u128) * 0x9e37_79b9_7f4a_7c15
            ),
            "malware",
        ),
    };
    let created_by = if soc {
        SOC_IDENTITY.to_string()
    } else {
        "identity--6d1f3a52-0c4b-4e8a-9b1d-5a00000000aa".to_string()
    };
    format!(
        concat!(
            r#"{{"type":"indicator","spec_version":"2.1","id":"{id}","created":"{v}","modified":"{v}","#,
            r#""created_by_ref":"{cb}","object_marking_refs":["{tlp}"],"name":"{name}","#,
            r#""description":"Observed by the secops simulator in campaign {camp}; block at the perimeter.","#,
            r#""indicator_types":["malicious-activity"],"pattern":"{pattern}","pattern_type":"stix","#,
            r#""valid_from":"{v}","confidence":{conf},"labels":["{kind}","botnet"],"#,
            r#""x_secops_sim":{{"index":{i},"feed":"sim"}}}}"#
        ),
        id = id,
        v = version,
        cb = created_by,
        tlp = TLP_GREEN,
        name = name,
        camp = i % 17,
        pattern = pattern,
        conf = 50 + (i % 50),
        kind = kind,
        i = i,
    )
}

/// Whether `id` is a STIX 2.1 identifier, `type--UUID`: the type 3 to 250
/// characters of lowercase ASCII letters, digits and single hyphens (not at
/// either end), the UUID in its RFC 4122 text form (8-4-4-4-12 hex digits).
/// The simulator's own check, as a server would make it on `add objects`.
fn is_stix_id(id: &str) -> bool {
    const UUID_LEN: usize = 36;
    let Some(split) = id.len().checked_sub(UUID_LEN + 2) else {
        return false;
    };
    let (Some(ty), Some(sep), Some(uuid)) = (
        id.get(..split),
        id.get(split..split + 2),
        id.get(split + 2..),
    ) else {
        return false;
    };
    let type_ok = (3..=250).contains(&ty.len())
        && ty
            .bytes()
            .all(|b| matches!(b, b'a'..=b'z' | b'0'..=b'9' | b'-'))
        && !ty.starts_with('-')
        && !ty.ends_with('-')
        && !ty.contains("--");
    let uuid_ok = uuid.bytes().enumerate().all(|(i, b)| match i {
        8 | 13 | 18 | 23 => b == b'-',
        _ => b.is_ascii_hexdigit(),
    });
    sep == "--" && type_ok && uuid_ok
}

fn entry_from_value(v: &Value, date_added: i64) -> Entry {
    let s = |k: &str| v.get(k).and_then(Value::as_str).map(str::to_owned);
    let id = s("id").unwrap_or_default();
    let object_type = s("type").unwrap_or_default();
    let version = s("modified")
        .or_else(|| s("created"))
        .unwrap_or_else(|| ts_millis(date_added));
    let spec = s("spec_version").unwrap_or_else(|| {
        if v.get("created").is_none() && v.get("modified").is_none() {
            "2.1".into()
        } else {
            "2.0".into()
        }
    });
    Entry {
        date_added,
        id,
        object_type,
        version,
        spec,
        json: Arc::from(v.to_string()),
    }
}

/// The objects of the MIXED collection, in the order they were added.
fn mixed_objects() -> Vec<Value> {
    let id = |t: &str, n: u32| format!("{t}--0c7b5b88-8ff7-4a4d-aa9d-feb398cd{n:04x}");
    let v1 = "2026-02-01T10:00:00.000Z";
    vec![
        json!({"type":"identity","spec_version":"2.1","id":id("identity",1),"created":v1,"modified":v1,"name":"ACME CERT","identity_class":"organization","sectors":["technology"]}),
        json!({"type":"marking-definition","spec_version":"2.1","id":TLP_GREEN,"created":"2017-01-20T00:00:00.000Z","definition_type":"tlp","name":"TLP:GREEN","definition":{"tlp":"green"}}),
        json!({"type":"malware","spec_version":"2.1","id":MULTI_VERSION_ID,"created":v1,"modified":v1,"name":"Bad Rabbit","malware_types":["ransomware"],"is_family":true}),
        json!({"type":"attack-pattern","spec_version":"2.1","id":id("attack-pattern",3),"created":v1,"modified":v1,"name":"Spearphishing Attachment","external_references":[{"source_name":"mitre-attack","external_id":"T1566.001","url":"https://attack.mitre.org/techniques/T1566/001/"}],"kill_chain_phases":[{"kill_chain_name":"mitre-attack","phase_name":"initial-access"}]}),
        json!({"type":"campaign","spec_version":"2.1","id":id("campaign",4),"created":v1,"modified":v1,"name":"Operation Winter","first_seen":"2026-01-15T00:00:00Z","objective":"credential theft"}),
        json!({"type":"intrusion-set","spec_version":"2.1","id":id("intrusion-set",5),"created":v1,"modified":v1,"name":"Frosty Bear","aliases":["FB-1"],"resource_level":"government","primary_motivation":"organizational-gain"}),
        json!({"type":"threat-actor","spec_version":"2.1","id":id("threat-actor",6),"created":v1,"modified":v1,"name":"Evil Org","threat_actor_types":["crime-syndicate"],"sophistication":"expert"}),
        json!({"type":"tool","spec_version":"2.1","id":id("tool",7),"created":v1,"modified":v1,"name":"psexec","tool_types":["remote-access"],"tool_version":"2.4"}),
        json!({"type":"vulnerability","spec_version":"2.1","id":id("vulnerability",8),"created":v1,"modified":v1,"name":"CVE-2026-0001","external_references":[{"source_name":"cve","external_id":"CVE-2026-0001"}]}),
        json!({"type":"indicator","spec_version":"2.1","id":id("indicator",9),"created":"2026-02-01T10:00:00.123456Z","modified":"2026-02-01T10:00:00.123456Z","name":"Bad Rabbit dropper","pattern":"[file:hashes.MD5 = 'd41d8cd98f00b204e9800998ecf8427e']","pattern_type":"stix","valid_from":"2026-02-01T10:00:00Z","labels":["malware"],"confidence":90,"object_marking_refs":[TLP_GREEN],"x_acme_priority":"high","extensions":{"extension-definition--d83fce45-ef58-4c6c-a3f4-1fbc32e98c6e":{"extension_type":"property-extension","rank":5}}}),
        json!({"type":"relationship","spec_version":"2.1","id":id("relationship",10),"created":v1,"modified":v1,"relationship_type":"indicates","source_ref":id("indicator",9),"target_ref":MULTI_VERSION_ID}),
        json!({"type":"sighting","spec_version":"2.1","id":id("sighting",11),"created":v1,"modified":v1,"sighting_of_ref":id("indicator",9),"count":3,"where_sighted_refs":[id("identity",1)]}),
        json!({"type":"ipv4-addr","spec_version":"2.1","id":"ipv4-addr--ff26c055-6336-5bc5-b98d-13d6226742dd","value":"198.51.100.3"}),
        json!({"type":"observed-data","spec_version":"2.1","id":id("observed-data",13),"created":v1,"modified":v1,"first_observed":"2026-02-01T09:00:00Z","last_observed":"2026-02-01T09:05:00Z","number_observed":2,"object_refs":["ipv4-addr--ff26c055-6336-5bc5-b98d-13d6226742dd"]}),
        json!({"type":"report","spec_version":"2.1","id":id("report",14),"created":v1,"modified":v1,"name":"Bad Rabbit analysis","report_types":["malware"],"published":"2026-02-02T00:00:00Z","object_refs":[MULTI_VERSION_ID, id("indicator",9)]}),
        json!({"type":"note","spec_version":"2.1","id":id("note",15),"created":v1,"modified":v1,"abstract":"Triage","content":"Seen in two incidents.","authors":["analyst"],"object_refs":[id("report",14)]}),
        json!({"type":"x-acme-widget","spec_version":"2.1","id":id("x-acme-widget",16),"created":v1,"modified":v1,"x_acme_colour":"blue","x_acme_size":{"w":3,"h":4.5}}),
        json!({"type":"malware","spec_version":"2.1","id":MULTI_VERSION_ID,"created":v1,"modified":"2026-03-01T10:00:00.000Z","name":"Bad Rabbit","malware_types":["ransomware","worm"],"is_family":true}),
        json!({"type":"malware","spec_version":"2.1","id":MULTI_VERSION_ID,"created":v1,"modified":"2026-04-01T10:00:00.000Z","name":"Bad Rabbit","malware_types":["ransomware","worm"],"is_family":true,"aliases":["Diskcoder.D"]}),
    ]
}

// ---------------------------------------------------------------------------
// Requests
// ---------------------------------------------------------------------------

#[derive(Default)]
struct Params {
    added_after: Option<i64>,
    limit: Option<usize>,
    next: Option<String>,
    ids: Vec<String>,
    types: Vec<String>,
    versions: Vec<String>,
    specs: Vec<String>,
    /// The filters (without limit and next), canonical: what a token is bound to.
    signature: String,
}

fn parse_params(raw: Option<String>) -> Result<Params, String> {
    let pairs: Vec<(String, String)> =
        serde_urlencoded::from_str(raw.as_deref().unwrap_or("")).map_err(|e| e.to_string())?;
    let mut p = Params::default();
    let mut sig = Vec::new();
    let list = |v: &str| {
        v.split(',')
            .map(|s| s.trim().to_string())
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
    };
    for (k, v) in pairs {
        match k.as_str() {
            "limit" => {
                let n: usize = v.parse().map_err(|_| format!("bad limit {v:?}"))?;
                if n == 0 {
                    return Err("the limit parameter cannot be zero".into());
                }
                p.limit = Some(n);
                continue;
            }
            "next" => {
                p.next = Some(v);
                continue;
            }
            "added_after" => {
                p.added_after = Some(parse_ts(&v).ok_or_else(|| format!("bad added_after {v:?}"))?)
            }
            "match[id]" => p.ids = list(&v),
            "match[type]" | "type" => p.types.extend(list(&v)),
            "match[version]" => p.versions = list(&v),
            "match[spec_version]" => p.specs = list(&v),
            _ => {}
        }
        let mut vs = list(&v);
        vs.sort();
        sig.push(format!("{k}={}", vs.join(",")));
    }
    sig.sort();
    p.signature = sig.join("&");
    Ok(p)
}

/// Which indexes a request selects, in date-added order.
struct Selector<'a> {
    coll: &'a Coll,
    params: &'a Params,
    /// Allowed (id, version) pairs when versions are filtered; None = all.
    allowed: Option<HashSet<(String, String)>>,
    kind_filter: Option<fn(Option<usize>) -> bool>,
}

impl<'a> Selector<'a> {
    fn new(
        coll: &'a Coll,
        params: &'a Params,
        kind_filter: Option<fn(Option<usize>) -> bool>,
    ) -> Self {
        let versions: Vec<&str> = if params.versions.is_empty() {
            vec!["last"]
        } else {
            params.versions.iter().map(String::as_str).collect()
        };
        let allowed = if versions.contains(&"all") || coll.unique_ids {
            None
        } else {
            let mut first: HashMap<String, (i64, String)> = HashMap::new();
            let mut last: HashMap<String, (i64, String)> = HashMap::new();
            let mut set = HashSet::new();
            let explicit: Vec<i64> = versions.iter().filter_map(|v| parse_ts(v)).collect();
            for i in 0..coll.len() {
                let m = coll.meta(i);
                let t = parse_ts(&m.version).unwrap_or(m.date_added);
                let f = first.entry(m.id.clone()).or_insert((t, m.version.clone()));
                if t < f.0 {
                    *f = (t, m.version.clone());
                }
                let l = last.entry(m.id.clone()).or_insert((t, m.version.clone()));
                if t > l.0 {
                    *l = (t, m.version.clone());
                }
                if explicit.contains(&t) {
                    set.insert((m.id.clone(), m.version.clone()));
                }
            }
            if versions.contains(&"first") {
                set.extend(first.into_iter().map(|(id, (_, v))| (id, v)));
            }
            if versions.contains(&"last") {
                set.extend(last.into_iter().map(|(id, (_, v))| (id, v)));
            }
            Some(set)
        };
        Selector {
            coll,
            params,
            allowed,
            kind_filter,
        }
    }

    fn matches(&self, i: usize) -> bool {
        if let Some(f) = self.kind_filter {
            if !f(self.coll.kind(i)) {
                return false;
            }
        }
        let p = self.params;
        if p.ids.is_empty() && p.types.is_empty() && p.specs.is_empty() && self.allowed.is_none() {
            return true;
        }
        let m = self.coll.meta(i);
        (p.ids.is_empty() || p.ids.contains(&m.id))
            && (p.types.is_empty() || p.types.contains(&m.object_type))
            && (p.specs.is_empty() || p.specs.contains(&m.spec))
            && self
                .allowed
                .as_ref()
                .is_none_or(|a| a.contains(&(m.id.clone(), m.version.clone())))
    }

    /// Up to `limit` matching indexes from `start`, and whether more match after them
    /// (with the index to resume from).
    fn page(&self, start: usize, limit: usize) -> (Vec<usize>, Option<usize>) {
        let mut out = Vec::new();
        let mut i = start;
        while i < self.coll.len() {
            if self.matches(i) {
                if out.len() == limit {
                    return (out, Some(i));
                }
                out.push(i);
            }
            i += 1;
        }
        (out, None)
    }
}

// ---------------------------------------------------------------------------
// The OASIS-style server
// ---------------------------------------------------------------------------

#[derive(Clone)]
struct Control {
    reuse_next: bool,
    max_page_size: usize,
    next_tokens: bool,
    content_type: Option<String>,
    inclusive: bool,
    /// A token is forgotten once a request has used it.
    single_use: bool,
    /// Tokens expire this long after they were issued.
    next_ttl: Option<std::time::Duration>,
    /// Only `X-API-Key` is accepted (as the live SOC Defenders service does).
    x_api_key_only: bool,
}

impl Control {
    /// Applies the settings a control request names.
    fn apply(&mut self, v: &Value, soc: bool) {
        match v.get("max_page_size") {
            Some(Value::Number(n)) => self.max_page_size = n.as_u64().unwrap_or(1).max(1) as usize,
            Some(Value::Null) => self.max_page_size = if soc { 1000 } else { 10_000 },
            _ => {}
        }
        if let Some(b) = v.get("next_tokens").and_then(Value::as_bool) {
            self.next_tokens = b;
        }
        match v.get("content_type") {
            Some(Value::String(ct)) => self.content_type = Some(ct.clone()),
            Some(Value::Null) => self.content_type = None,
            _ => {}
        }
        if let Some(b) = v.get("reuse_next").and_then(Value::as_bool) {
            self.reuse_next = b;
        }
        if let Some(b) = v.get("inclusive_added_after").and_then(Value::as_bool) {
            self.inclusive = b;
        }
        if let Some(b) = v.get("x_api_key_only").and_then(Value::as_bool) {
            self.x_api_key_only = b;
        }
        if let Some(b) = v.get("single_use_next").and_then(Value::as_bool) {
            self.single_use = b;
        }
        match v.get("next_ttl_ms") {
            Some(Value::Number(n)) => {
                self.next_ttl = Some(std::time::Duration::from_millis(n.as_u64().unwrap_or(0)))
            }
            Some(Value::Null) => self.next_ttl = None,
            _ => {}
        }
    }

    fn to_json(&self) -> Value {
        json!({
            "max_page_size": self.max_page_size,
            "next_tokens": self.next_tokens,
            "content_type": self.content_type,
            "inclusive_added_after": self.inclusive,
            "reuse_next": self.reuse_next,
            "single_use_next": self.single_use,
            "next_ttl_ms": self.next_ttl.map(|d| d.as_millis() as u64),
            "x_api_key_only": self.x_api_key_only,
        })
    }
}

struct Token {
    collection: String,
    path: String,
    signature: String,
    resume: usize,
    issued: tokio::time::Instant,
}

struct StatusEntry {
    body: Value,
    polls_left: u32,
}

struct Server {
    ctx: SimContext,
    soc: bool,
    collections: HashMap<String, Coll>,
    tokens: HashMap<String, Token>,
    token_counter: u64,
    statuses: HashMap<String, StatusEntry>,
    status_counter: u64,
    control: Control,
    /// Paging behaviours set for one collection (else `control`'s).
    paging: HashMap<String, Control>,
}

type Shared = Arc<Mutex<Server>>;

fn oasis_info(id: &str, title: &str, writable: bool) -> Value {
    json!({"id": id, "title": title, "description": format!("{title} (secops simulator)"),
           "can_read": true, "can_write": writable, "media_types": [STIX_MEDIA]})
}

impl Server {
    fn oasis(ctx: &SimContext) -> Self {
        let mut collections = HashMap::new();
        collections.insert(
            INDICATORS.to_string(),
            Coll {
                info: oasis_info(INDICATORS, "Indicators", false),
                seed: ctx.seed,
                base: ctx.size,
                gen: Gen::Indicators,
                extra: Vec::new(),
                writable: false,
                unique_ids: true,
                rendered: Rendered::default(),
                pages: Pages::default(),
                tie: 1,
            },
        );
        let mut mixed = Coll {
            info: oasis_info(MIXED, "Mixed STIX", false),
            seed: ctx.seed,
            base: 0,
            gen: Gen::Indicators,
            extra: Vec::new(),
            writable: false,
            unique_ids: false,
            rendered: Rendered::default(),
            pages: Pages::default(),
            tie: 1,
        };
        for (k, v) in mixed_objects().iter().enumerate() {
            mixed.extra.push(entry_from_value(
                v,
                BASE_US + 3_600_000_000 + k as i64 * 1000,
            ));
        }
        collections.insert(MIXED.to_string(), mixed);
        collections.insert(
            INBOX.to_string(),
            Coll {
                info: oasis_info(INBOX, "Inbox", true),
                seed: ctx.seed,
                base: 0,
                gen: Gen::Indicators,
                extra: Vec::new(),
                writable: true,
                unique_ids: false,
                rendered: Rendered::default(),
                pages: Pages::default(),
                tie: 1,
            },
        );
        Server::with(ctx, false, collections)
    }

    fn socdef(ctx: &SimContext) -> Self {
        let mut collections = HashMap::new();
        for (id, title) in [
            (SOC_ALL, "SOC Defenders - all"),
            (SOC_NETWORK, "SOC Defenders - network"),
            (SOC_HASHES, "SOC Defenders - hashes"),
        ] {
            collections.insert(
                id.to_string(),
                Coll {
                    info: json!({"id": id, "title": title, "can_read": true, "can_write": false, "media_types": [STIX_MEDIA]}),
                    seed: ctx.seed,
                    base: ctx.size + 2,
                    gen: Gen::Soc,
                    extra: Vec::new(),
                    writable: false,
                    unique_ids: true,
                    rendered: Rendered::default(),
                    pages: Pages::default(),
                    tie: 1,
                },
            );
        }
        Server::with(ctx, true, collections)
    }

    fn with(ctx: &SimContext, soc: bool, collections: HashMap<String, Coll>) -> Self {
        Server {
            ctx: ctx.clone(),
            soc,
            collections,
            tokens: HashMap::new(),
            token_counter: 0,
            statuses: HashMap::new(),
            status_counter: 0,
            paging: HashMap::new(),
            control: Control {
                reuse_next: false,
                max_page_size: if soc { 1000 } else { 10_000 },
                next_tokens: true,
                content_type: None,
                inclusive: false,
                single_use: false,
                next_ttl: None,
                x_api_key_only: false,
            },
        }
    }

    fn error(&self, status: StatusCode, title: &str, description: &str) -> Response {
        let body = if self.soc {
            json!({"error": {"code": title, "message": description, "details": {}, "request_id": format!("req-{:08x}", self.token_counter)}})
        } else {
            json!({"title": title, "http_status": status.as_u16().to_string(), "description": description})
        };
        let mut r = (status, body.to_string()).into_response();
        r.headers_mut().insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static(if self.soc { "application/json" } else { MEDIA }),
        );
        if status == StatusCode::UNAUTHORIZED {
            r.headers_mut().insert(
                header::WWW_AUTHENTICATE,
                HeaderValue::from_static("Basic realm=\"taxii\""),
            );
        }
        r
    }

    fn ok(
        &self,
        status: StatusCode,
        body: impl Into<Body>,
        extra: Vec<(&'static str, String)>,
    ) -> Response {
        let mut r = (status, body.into()).into_response();
        let ct = self.control.content_type.clone().unwrap_or_else(|| {
            if self.soc {
                STIX_MEDIA.to_string()
            } else {
                MEDIA.to_string()
            }
        });
        let h = r.headers_mut();
        h.insert(
            header::CONTENT_TYPE,
            HeaderValue::from_str(&ct).unwrap_or(HeaderValue::from_static(MEDIA)),
        );
        if self.soc {
            h.insert("x-ratelimit-limit", HeaderValue::from_static("600"));
            h.insert("x-ratelimit-remaining", HeaderValue::from_static("599"));
        }
        for (k, v) in extra {
            if let Ok(v) = HeaderValue::from_str(&v) {
                h.insert(k, v);
            }
        }
        r
    }

    fn authorized(&self, headers: &HeaderMap) -> bool {
        let key = &self.ctx.keys.taxii;
        if let Some(v) = headers.get("x-api-key").and_then(|v| v.to_str().ok()) {
            return self.soc && v == key;
        }
        if self.control.x_api_key_only {
            return false;
        }
        let Some(auth) = headers
            .get(header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
        else {
            return false;
        };
        if let Some(token) = auth.strip_prefix("Bearer ") {
            return token == key;
        }
        if let Some(b64) = auth.strip_prefix("Basic ") {
            let Some(decoded) = base64_decode(b64.trim()) else {
                return false;
            };
            let Some((user, pass)) = decoded.split_once(':') else {
                return false;
            };
            return pass == key && (self.soc || user == self.ctx.keys.taxii_user);
        }
        false
    }

    fn check_accept(&self, headers: &HeaderMap) -> Option<Response> {
        let accept = headers
            .get(header::ACCEPT)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("");
        let ok = accept.split(',').any(|a| {
            let a = a.trim().replace(' ', "");
            a.starts_with("application/taxii+json")
                && (!a.contains("version=") || a.contains("version=2.1"))
                || a.starts_with("application/json")
                || a.starts_with("*/*")
                || (self.soc && a.starts_with("application/stix+json"))
        });
        (!ok).then(|| {
            self.error(
                StatusCode::NOT_ACCEPTABLE,
                "NotAcceptable",
                "Media type in the Accept header is invalid or not found",
            )
        })
    }

    fn new_token(
        &mut self,
        collection: &str,
        path: &str,
        signature: &str,
        resume: usize,
    ) -> String {
        self.token_counter += 1;
        let t = format!(
            "{:016x}{:08x}",
            self.ctx.seed.rotate_left(17),
            self.token_counter
        );
        self.tokens.insert(
            t.clone(),
            Token {
                collection: collection.to_string(),
                path: path.to_string(),
                signature: signature.to_string(),
                resume,
                issued: tokio::time::Instant::now(),
            },
        );
        t
    }

    /// The indexes of one page and the paging fields, for any paged resource.
    #[allow(clippy::result_large_err)]
    fn select(
        &mut self,
        cid: &str,
        path: &str,
        params: &Params,
        force_id: Option<&str>,
        all_versions: bool,
    ) -> Result<(Vec<usize>, bool, Option<String>), Response> {
        let signature = params.signature.clone();
        let soc = self.soc;
        let ctl = self
            .paging
            .get(cid)
            .cloned()
            .unwrap_or_else(|| self.control.clone());
        let inclusive = ctl.inclusive;
        let max = ctl.max_page_size;
        let limit = params.limit.unwrap_or(100).min(max);
        if soc && params.limit.is_some_and(|l| l > 1000) {
            return Err(self.error(
                StatusCode::BAD_REQUEST,
                "invalid_parameter",
                "limit must be between 1 and 1000",
            ));
        }
        if let (Some(t), Some(ttl)) = (&params.next, ctl.next_ttl) {
            if self
                .tokens
                .get(t)
                .is_some_and(|tok| tok.issued.elapsed() >= ttl)
            {
                self.tokens.remove(t);
            }
        }
        let start_from_token = match &params.next {
            Some(t) => match self.tokens.get(t) {
                Some(tok)
                    if tok.collection == cid
                        && tok.path == path
                        && tok.signature == params.signature =>
                {
                    Some(tok.resume)
                }
                Some(_) => {
                    return Err(self.error(
                        StatusCode::BAD_REQUEST,
                        "ProcessingError",
                        "The server did not understand the request or filter parameters: params changed over subsequent transaction",
                    ))
                }
                None => {
                    return Err(self.error(
                        StatusCode::BAD_REQUEST,
                        "ProcessingError",
                        "The server did not understand the request or filter parameters: 'next' not valid",
                    ))
                }
            },
            None => None,
        };
        let Some(coll) = self.collections.get(cid) else {
            return Err(self.error(
                StatusCode::NOT_FOUND,
                if soc { "not_found" } else { "ProcessingError" },
                &format!("Collection '{cid}' not found"),
            ));
        };
        let mut p2;
        let params = match force_id {
            Some(id) => {
                p2 = Params {
                    added_after: params.added_after,
                    limit: params.limit,
                    next: None,
                    ids: vec![id.to_string()],
                    types: Vec::new(),
                    versions: params.versions.clone(),
                    specs: params.specs.clone(),
                    signature: String::new(),
                };
                if all_versions {
                    p2.versions = vec!["all".into()];
                }
                &p2
            }
            None => params,
        };
        let kind_filter: Option<fn(Option<usize>) -> bool> = match cid {
            SOC_NETWORK => Some(|k| !matches!(k, Some(2))),
            SOC_HASHES => Some(|k| matches!(k, None | Some(2))),
            _ => None,
        };
        let sel = Selector::new(coll, params, kind_filter);
        let start = match (start_from_token, params.added_after) {
            (Some(s), _) => s,
            (None, Some(t)) => coll.first_after(t, inclusive),
            (None, None) => 0,
        };
        let (idx, more_at) = sel.page(start, limit);
        if let Some(t) = &params.next {
            if ctl.single_use && !ctl.reuse_next {
                self.tokens.remove(t);
            }
        }
        let next = match more_at {
            Some(at) if !soc && ctl.next_tokens => match &params.next {
                // One token for the whole session, as medallion does.
                Some(t) if ctl.reuse_next => {
                    let t = t.clone();
                    if let Some(tok) = self.tokens.get_mut(&t) {
                        tok.resume = at;
                    }
                    Some(t)
                }
                _ => Some(self.new_token(cid, path, &signature, at)),
            },
            _ => None,
        };
        Ok((idx, more_at.is_some(), next))
    }

    fn date_headers(&self, cid: &str, idx: &[usize]) -> Vec<(&'static str, String)> {
        let coll = &self.collections[cid];
        match (idx.first(), idx.last()) {
            (Some(f), Some(l)) => vec![
                (
                    "x-taxii-date-added-first",
                    ts_micros(coll.meta(*f).date_added),
                ),
                (
                    "x-taxii-date-added-last",
                    ts_micros(coll.meta(*l).date_added),
                ),
            ],
            _ => Vec::new(),
        }
    }
}

fn base64_decode(s: &str) -> Option<String> {
    let mut out = Vec::new();
    let mut buf = 0u32;
    let mut bits = 0;
    for c in s.bytes() {
        let v = match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'+' => 62,
            b'/' => 63,
            b'=' => break,
            _ => return None,
        } as u32;
        buf = (buf << 6) | v;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((buf >> bits) as u8);
            buf &= (1 << bits) - 1;
        }
    }
    String::from_utf8(out).ok()
}

fn envelope<S: AsRef<str>>(more: bool, next: Option<String>, key: &str, items: Vec<S>) -> String {
    if items.is_empty() && !more {
        return "{}".into();
    }
    let mut s = envelope_head(more, next, key);
    s.push_str(&json_array(&items));
    s.push('}');
    s
}

/// An envelope up to its items: `{"more":…,"next":…,"KEY":`.
fn envelope_head(more: bool, next: Option<String>, key: &str) -> String {
    let mut s = format!("{{\"more\":{more},");
    if let Some(n) = next {
        s.push_str(&format!("\"next\":{},", Value::String(n)));
    }
    s.push_str(&format!("\"{key}\":"));
    s
}

/// `[a,b,…]` of items that are JSON texts already.
fn json_array<S: AsRef<str>>(items: &[S]) -> String {
    let mut s =
        String::with_capacity(items.iter().map(|i| i.as_ref().len() + 1).sum::<usize>() + 2);
    s.push('[');
    for (k, it) in items.iter().enumerate() {
        if k > 0 {
            s.push(',');
        }
        s.push_str(it.as_ref());
    }
    s.push(']');
    s
}

/// The routes of the OASIS-style server, nested under `/taxii`.
pub fn router(ctx: &SimContext) -> Router {
    let shared: Shared = Arc::new(Mutex::new(Server::oasis(ctx)));
    Router::new()
        .route("/taxii2/", get(discovery))
        .route("/_sim/control", post(control))
        .route("/{root}/", get(api_root))
        .route("/{root}/collections/", get(collections))
        .route("/{root}/collections/{cid}/", get(collection))
        .route(
            "/{root}/collections/{cid}/objects/",
            get(objects).post(add_objects),
        )
        .route(
            "/{root}/collections/{cid}/objects/{oid}/",
            get(object).delete(delete_object),
        )
        .route(
            "/{root}/collections/{cid}/objects/{oid}/versions/",
            get(versions),
        )
        .route("/{root}/collections/{cid}/manifest/", get(manifest))
        .route("/{root}/status/{sid}/", get(status))
        .with_state(shared)
}

/// The routes of the SOC-Defenders-style server, nested under `/socdef`.
pub fn socdef_router(ctx: &SimContext) -> Router {
    let shared: Shared = Arc::new(Mutex::new(Server::socdef(ctx)));
    Router::new()
        .route("/api/taxii2/", get(discovery))
        .route("/_sim/control", post(control))
        .route("/api/taxii2/{root}/", get(api_root))
        .route("/api/taxii2/{root}/collections/", get(collections))
        .route("/api/taxii2/{root}/collections/{cid}/", get(collection))
        .route(
            "/api/taxii2/{root}/collections/{cid}/objects/",
            get(objects),
        )
        .with_state(shared)
}

fn root_name(s: &Server) -> &'static str {
    if s.soc {
        "api"
    } else {
        API_ROOT
    }
}

fn root_url(s: &Server) -> String {
    if s.soc {
        format!("{}/socdef/api/taxii2/api/", s.ctx.origin)
    } else {
        format!("{}/taxii/{API_ROOT}/", s.ctx.origin)
    }
}

macro_rules! guard {
    ($s:expr, $headers:expr) => {
        if !$s.authorized(&$headers) {
            return $s.error(
                StatusCode::UNAUTHORIZED,
                if $s.soc {
                    "unauthorized"
                } else {
                    "Unauthorized"
                },
                "Invalid or missing credentials",
            );
        }
        if let Some(r) = $s.check_accept(&$headers) {
            return r;
        }
    };
    ($s:expr, $headers:expr, $root:expr) => {
        guard!($s, $headers);
        if $root != root_name(&$s) {
            return $s.error(
                StatusCode::NOT_FOUND,
                if $s.soc {
                    "not_found"
                } else {
                    "ProcessingError"
                },
                &format!("API root '{}' information not found", $root),
            );
        }
    };
}

async fn discovery(State(sh): State<Shared>, headers: HeaderMap) -> Response {
    let s = sh.lock().expect("taxii sim lock");
    guard!(s, headers);
    let root = root_url(&s);
    let body = json!({
        "title": if s.soc { "SOC Defenders TAXII (simulated)" } else { "secops TAXII simulator" },
        "description": "A loopback TAXII 2.1 server for tests",
        "contact": "secops",
        "default": root,
        "api_roots": [root],
    });
    s.ok(StatusCode::OK, body.to_string(), Vec::new())
}

async fn api_root(
    State(sh): State<Shared>,
    Path(root): Path<String>,
    headers: HeaderMap,
) -> Response {
    let s = sh.lock().expect("taxii sim lock");
    guard!(s, headers, root);
    let body = json!({"title": "Simulated API root", "description": "secops simulator",
        "versions": [MEDIA], "max_content_length": 10_485_760});
    s.ok(StatusCode::OK, body.to_string(), Vec::new())
}

async fn collections(
    State(sh): State<Shared>,
    Path(root): Path<String>,
    headers: HeaderMap,
) -> Response {
    let s = sh.lock().expect("taxii sim lock");
    guard!(s, headers, root);
    let mut list: Vec<&Value> = s.collections.values().map(|c| &c.info).collect();
    list.sort_by(|a, b| a["id"].as_str().cmp(&b["id"].as_str()));
    s.ok(
        StatusCode::OK,
        json!({ "collections": list }).to_string(),
        Vec::new(),
    )
}

async fn collection(
    State(sh): State<Shared>,
    Path((root, cid)): Path<(String, String)>,
    headers: HeaderMap,
) -> Response {
    let s = sh.lock().expect("taxii sim lock");
    guard!(s, headers, root);
    match s.collections.get(&cid) {
        Some(c) => s.ok(StatusCode::OK, c.info.to_string(), Vec::new()),
        None => s.error(
            StatusCode::NOT_FOUND,
            if s.soc {
                "not_found"
            } else {
                "ProcessingError"
            },
            &format!("Collection '{cid}' not found"),
        ),
    }
}

async fn objects(
    State(sh): State<Shared>,
    Path((root, cid)): Path<(String, String)>,
    RawQuery(q): RawQuery,
    headers: HeaderMap,
) -> Response {
    let mut s = sh.lock().expect("taxii sim lock");
    guard!(s, headers, root);
    let params = match parse_params(q) {
        Ok(p) => p,
        Err(e) => return s.error(StatusCode::BAD_REQUEST, "ProcessingError", &e),
    };
    let (idx, more, next) = match s.select(&cid, "objects", &params, None, false) {
        Ok(x) => x,
        Err(r) => return r,
    };
    let array = s
        .collections
        .get_mut(&cid)
        .expect("selected")
        .objects_array(&idx);
    let coll = &s.collections[&cid];
    let dh = s.date_headers(&cid, &idx);
    let head = if s.soc {
        let head = format!(
            "{{\"type\":\"bundle\",\"id\":\"bundle--{}\",\"objects\":",
            coll.uuid_for(s.token_counter as usize + idx.len())
        );
        s.token_counter += 1;
        head
    } else if idx.is_empty() && !more {
        return s.ok(StatusCode::OK, "{}", dh);
    } else {
        envelope_head(more, next, "objects")
    };
    let pieces = [Bytes::from(head), array, Bytes::from_static(b"}")];
    s.ok(StatusCode::OK, Body::new(Pieces(pieces.into())), dh)
}

async fn object(
    State(sh): State<Shared>,
    Path((root, cid, oid)): Path<(String, String, String)>,
    RawQuery(q): RawQuery,
    headers: HeaderMap,
) -> Response {
    let mut s = sh.lock().expect("taxii sim lock");
    guard!(s, headers, root);
    let params = match parse_params(q) {
        Ok(p) => p,
        Err(e) => return s.error(StatusCode::BAD_REQUEST, "ProcessingError", &e),
    };
    let exists = s
        .collections
        .get(&cid)
        .is_some_and(|c| (0..c.len()).any(|i| c.meta(i).id == oid));
    if !exists {
        return s.error(
            StatusCode::NOT_FOUND,
            "ProcessingError",
            &format!("Object '{oid}' not found"),
        );
    }
    let path = format!("objects/{oid}");
    let (idx, more, next) = match s.select(&cid, &path, &params, Some(&oid), false) {
        Ok(x) => x,
        Err(r) => return r,
    };
    let coll = &s.collections[&cid];
    let items: Vec<Arc<str>> = idx.iter().map(|i| coll.json(*i)).collect();
    let dh = s.date_headers(&cid, &idx);
    s.ok(StatusCode::OK, envelope(more, next, "objects", items), dh)
}

async fn versions(
    State(sh): State<Shared>,
    Path((root, cid, oid)): Path<(String, String, String)>,
    RawQuery(q): RawQuery,
    headers: HeaderMap,
) -> Response {
    let mut s = sh.lock().expect("taxii sim lock");
    guard!(s, headers, root);
    let params = match parse_params(q) {
        Ok(p) => p,
        Err(e) => return s.error(StatusCode::BAD_REQUEST, "ProcessingError", &e),
    };
    let path = format!("versions/{oid}");
    let (idx, more, next) = match s.select(&cid, &path, &params, Some(&oid), true) {
        Ok(x) => x,
        Err(r) => return r,
    };
    if idx.is_empty() && params.next.is_none() {
        return s.error(
            StatusCode::NOT_FOUND,
            "ProcessingError",
            &format!("Object '{oid}' not found"),
        );
    }
    let coll = &s.collections[&cid];
    let items: Vec<String> = idx
        .iter()
        .map(|i| Value::String(coll.meta(*i).version).to_string())
        .collect();
    let dh = s.date_headers(&cid, &idx);
    s.ok(StatusCode::OK, envelope(more, next, "versions", items), dh)
}

async fn manifest(
    State(sh): State<Shared>,
    Path((root, cid)): Path<(String, String)>,
    RawQuery(q): RawQuery,
    headers: HeaderMap,
) -> Response {
    let mut s = sh.lock().expect("taxii sim lock");
    guard!(s, headers, root);
    let params = match parse_params(q) {
        Ok(p) => p,
        Err(e) => return s.error(StatusCode::BAD_REQUEST, "ProcessingError", &e),
    };
    let (idx, more, next) = match s.select(&cid, "manifest", &params, None, false) {
        Ok(x) => x,
        Err(r) => return r,
    };
    let coll = &s.collections[&cid];
    let items: Vec<String> = idx
        .iter()
        .map(|i| {
            let m = coll.meta(*i);
            json!({"id": m.id, "date_added": ts_micros(m.date_added), "version": m.version,
                   "media_type": format!("application/stix+json;version={}", m.spec)})
            .to_string()
        })
        .collect();
    let dh = s.date_headers(&cid, &idx);
    s.ok(StatusCode::OK, envelope(more, next, "objects", items), dh)
}

async fn add_objects(
    State(sh): State<Shared>,
    Path((root, cid)): Path<(String, String)>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let mut s = sh.lock().expect("taxii sim lock");
    guard!(s, headers, root);
    let ct = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .replace(' ', "");
    if !ct.starts_with("application/taxii+json") {
        return s.error(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "UnsupportedMediaType",
            "Media type in the Content-Type header is invalid or not found",
        );
    }
    let Some(coll) = s.collections.get(&cid) else {
        return s.error(
            StatusCode::NOT_FOUND,
            "ProcessingError",
            &format!("Collection '{cid}' not found"),
        );
    };
    if !coll.writable {
        return s.error(
            StatusCode::FORBIDDEN,
            "ProcessingError",
            &format!("Forbidden to write collection '{cid}'"),
        );
    }
    let env: Value = match serde_json::from_slice(&body) {
        Ok(v) => v,
        Err(e) => {
            return s.error(
                StatusCode::BAD_REQUEST,
                "ProcessingError",
                &format!("the body is not JSON: {e}"),
            )
        }
    };
    let Some(objs) = env.get("objects").and_then(Value::as_array) else {
        return s.error(
            StatusCode::UNPROCESSABLE_ENTITY,
            "ProcessingError",
            "the envelope has no objects array",
        );
    };
    let mut successes = Vec::new();
    let mut failures = Vec::new();
    let coll = s.collections.get_mut(&cid).expect("checked");
    let existing: HashSet<(String, String)> = (0..coll.len())
        .map(|i| {
            let m = coll.meta(i);
            (m.id, m.version)
        })
        .collect();
    for o in objs {
        let id = o
            .get("id")
            .and_then(Value::as_str)
            .unwrap_or("")
            .to_string();
        let t = o.get("type").and_then(Value::as_str).unwrap_or("");
        if !is_stix_id(&id) || !id.starts_with(&format!("{t}--")) {
            failures
                .push(json!({"id": id, "message": "not a STIX object with a valid type--uuid id"}));
            continue;
        }
        let added = coll.last_added() + 1000;
        let e = entry_from_value(o, added);
        if existing.contains(&(e.id.clone(), e.version.clone())) {
            failures.push(json!({"id": e.id, "version": e.version, "message": "Unable to process object: this version is already present"}));
            continue;
        }
        successes.push(json!({"id": e.id, "version": e.version}));
        coll.extra.push(e);
    }
    s.status_counter += 1;
    let sid = format!(
        "{:08x}-5a7a-4000-8000-{:012x}",
        s.ctx.seed as u32, s.status_counter
    );
    let total = successes.len() + failures.len();
    let body = json!({
        "id": sid, "status": "complete", "request_timestamp": ts_micros(BASE_US),
        "total_count": total, "success_count": successes.len(), "successes": successes,
        "failure_count": failures.len(), "failures": failures, "pending_count": 0,
    });
    let mut first = body.clone();
    let pending = first["success_count"].as_u64().unwrap_or(0);
    if pending > 0 {
        first["status"] = json!("pending");
        first["pending_count"] = json!(pending);
        first["pendings"] = first["successes"].take();
        first["success_count"] = json!(0);
        first.as_object_mut().expect("object").remove("successes");
    }
    s.statuses.insert(
        sid,
        StatusEntry {
            body,
            polls_left: if pending > 0 { 2 } else { 0 },
        },
    );
    s.ok(StatusCode::ACCEPTED, first.to_string(), Vec::new())
}

async fn delete_object(
    State(sh): State<Shared>,
    Path((root, cid, oid)): Path<(String, String, String)>,
    RawQuery(q): RawQuery,
    headers: HeaderMap,
) -> Response {
    let mut s = sh.lock().expect("taxii sim lock");
    guard!(s, headers, root);
    let params = match parse_params(q) {
        Ok(p) => p,
        Err(e) => return s.error(StatusCode::BAD_REQUEST, "ProcessingError", &e),
    };
    let Some(coll) = s.collections.get(&cid) else {
        return s.error(
            StatusCode::NOT_FOUND,
            "ProcessingError",
            &format!("Collection '{cid}' not found"),
        );
    };
    if !coll.writable {
        return s.error(
            StatusCode::FORBIDDEN,
            "ProcessingError",
            &format!("Forbidden to write collection '{cid}'"),
        );
    }
    let mut p = params;
    p.ids = vec![oid.clone()];
    if p.versions.is_empty() {
        p.versions = vec!["all".into()];
    }
    let doomed: HashSet<usize> = {
        let sel = Selector::new(coll, &p, None);
        (0..coll.len()).filter(|i| sel.matches(*i)).collect()
    };
    if doomed.is_empty() {
        return s.error(
            StatusCode::NOT_FOUND,
            "ProcessingError",
            &format!("Object '{oid}' not found"),
        );
    }
    let coll = s.collections.get_mut(&cid).expect("checked");
    let base = coll.base;
    let mut k = 0;
    coll.extra.retain(|_| {
        let keep = !doomed.contains(&(base + k));
        k += 1;
        keep
    });
    s.ok(StatusCode::OK, String::new(), Vec::new())
}

async fn status(
    State(sh): State<Shared>,
    Path((root, sid)): Path<(String, String)>,
    headers: HeaderMap,
) -> Response {
    let mut s = sh.lock().expect("taxii sim lock");
    guard!(s, headers, root);
    let Some(st) = s.statuses.get_mut(&sid) else {
        return s.error(
            StatusCode::NOT_FOUND,
            "ProcessingError",
            &format!("Status '{sid}' not found"),
        );
    };
    let body = if st.polls_left > 0 {
        st.polls_left -= 1;
        let mut b = st.body.clone();
        let n = b["success_count"].as_u64().unwrap_or(0);
        b["status"] = json!("pending");
        b["pending_count"] = json!(n);
        b["pendings"] = b["successes"].take();
        b["success_count"] = json!(0);
        b.as_object_mut().expect("object").remove("successes");
        b
    } else {
        st.body.clone()
    };
    s.ok(StatusCode::OK, body.to_string(), Vec::new())
}

async fn control(State(sh): State<Shared>, body: Bytes) -> Response {
    let mut s = sh.lock().expect("taxii sim lock");
    let v: Value = if body.is_empty() {
        json!({})
    } else {
        match serde_json::from_slice(&body) {
            Ok(v) => v,
            Err(e) => return (StatusCode::BAD_REQUEST, e.to_string()).into_response(),
        }
    };
    const KNOWN: [&str; 13] = [
        "x_api_key_only",
        "expire_next",
        "max_page_size",
        "next_tokens",
        "content_type",
        "reuse_next",
        "inclusive_added_after",
        "single_use_next",
        "next_ttl_ms",
        "tie_group",
        "grow",
        "inject",
        "collection",
    ];
    if let Some(unknown) = v
        .as_object()
        .and_then(|m| m.keys().find(|k| !KNOWN.contains(&k.as_str())))
    {
        return (
            StatusCode::BAD_REQUEST,
            format!("unknown control {unknown:?}; known: {}", KNOWN.join(", ")),
        )
            .into_response();
    }
    if v.get("expire_next").and_then(Value::as_bool) == Some(true) {
        s.tokens.clear();
    }
    // Paging behaviours: the server's, or one collection's with "collection".
    let scope = match v.get("collection").and_then(Value::as_str) {
        Some(cid) if !s.collections.contains_key(cid) => {
            return (StatusCode::NOT_FOUND, format!("no collection {cid}")).into_response()
        }
        Some(cid) => Some(cid.to_string()),
        None => None,
    };
    let soc = s.soc;
    let server = s.control.clone();
    let ctl = match &scope {
        Some(cid) => s.paging.entry(cid.clone()).or_insert(server),
        None => &mut s.control,
    };
    ctl.apply(&v, soc);
    if let Some(n) = v.get("tie_group").and_then(Value::as_u64) {
        let n = n.max(1) as usize;
        for (id, c) in s.collections.iter_mut() {
            if scope.as_deref().is_none_or(|cid| cid == id) {
                c.tie = n;
            }
        }
    }
    if let Some(g) = v.get("grow") {
        let cid = g["collection"].as_str().unwrap_or("").to_string();
        let n = g["count"].as_u64().unwrap_or(0) as usize;
        let ids: Vec<String> = if s.soc && s.collections.contains_key(&cid) {
            // The SOC collections are views of one feed: grow them together.
            vec![SOC_ALL.into(), SOC_NETWORK.into(), SOC_HASHES.into()]
        } else {
            vec![cid.clone()]
        };
        for id in ids {
            match s.collections.get_mut(&id) {
                Some(c) => c.grow(n),
                None => {
                    return (StatusCode::NOT_FOUND, format!("no collection {cid}")).into_response()
                }
            }
        }
    }
    if let Some(inj) = v.get("inject") {
        let cid = inj["collection"].as_str().unwrap_or("").to_string();
        let Some(c) = s.collections.get_mut(&cid) else {
            return (StatusCode::NOT_FOUND, format!("no collection {cid}")).into_response();
        };
        let added = c.last_added() + 1000;
        let mut e = entry_from_value(&inj["object"], added);
        e.json = Arc::from(inj["object"].to_string());
        c.extra.push(e);
        c.unique_ids = false;
    }
    let now = match &scope {
        Some(cid) => s.paging[cid].to_json(),
        None => s.control.to_json(),
    };
    let mut r = (StatusCode::OK, now.to_string()).into_response();
    r.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    r
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stix_ids_are_type_then_uuid() {
        for ok in [
            "indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f",
            "x-acme-thing--8E2E2D2B-17D4-4CBF-938F-98EE46B3CD3F",
            "abc--00000000-0000-0000-0000-000000000000",
            MULTI_VERSION_ID,
        ] {
            assert!(is_stix_id(ok), "{ok}");
        }
        for bad in [
            "",
            "indicator",
            "indicator--",
            "indicator-8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f",
            "indicator---8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f",
            "-indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f",
            "in--dicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f",
            "Indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f",
            "ab--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f",
            "indicator--8e2e2d2b17d4-4cbf-938f-98ee46b3cd3f0",
            "indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3g",
            "indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3",
            "indicatör--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f",
        ] {
            assert!(!is_stix_id(bad), "{bad}");
        }
        let long = format!("{}--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f", "a".repeat(250));
        assert!(is_stix_id(&long));
        let too_long = format!("{}--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f", "a".repeat(251));
        assert!(!is_stix_id(&too_long));
    }
}
