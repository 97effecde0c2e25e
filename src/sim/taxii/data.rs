//! The collections' contents: a collection is a generated part (indicators, or
//! SOC Defenders' identity, marking and indicators, rendered once on demand
//! from the seed) followed by added entries; here are the entry and collection
//! types, the generators, the fixed objects of the mixed collection, and the
//! STIX id check and entry building used when objects are added.

use std::collections::HashMap;
use std::sync::{Arc, OnceLock};

use axum::body::Bytes;
use serde_json::{json, Value};

use super::server::json_array;
use super::{ts_millis, BASE_US, MULTI_VERSION_ID, SOC_IDENTITY, TLP_GREEN};

/// How the virtual part of a collection is generated.
#[derive(Clone, Copy, PartialEq)]
pub(super) enum Gen {
    /// Plain indicators.
    Indicators,
    /// SOC Defenders: identity, marking, then indicators.
    Soc,
}

#[derive(Clone)]
pub(super) struct Entry {
    date_added: i64,
    pub(super) id: String,
    object_type: String,
    pub(super) version: String,
    spec: String,
    pub(super) json: Arc<str>,
}

pub(super) struct Coll {
    pub(super) info: Value,
    pub(super) seed: u64,
    pub(super) base: usize,
    pub(super) gen: Gen,
    pub(super) extra: Vec<Entry>,
    pub(super) writable: bool,
    /// Whether every id has one version (skips version bookkeeping).
    pub(super) unique_ids: bool,
    /// Generated objects rendered once, on first use (so that serving a page
    /// costs a copy, not a render: the server stays far faster than a client).
    pub(super) rendered: Rendered,
    /// The `objects` arrays of pages of generated objects already served.
    pub(super) pages: Pages,
    /// Generated objects share one `date_added` in groups of this many.
    pub(super) tie: usize,
}

/// The `[...]` arrays of pages made only of generated objects (which never
/// change), by the entries they hold, up to [`Pages::MAX_BYTES`]: serving such
/// a page again sends the same bytes without copying them.
#[derive(Default)]
pub(super) struct Pages {
    by_entries: HashMap<Vec<usize>, Bytes>,
    bytes: usize,
}

impl Pages {
    const MAX_BYTES: usize = 64 << 20;
}

/// A lazily filled cache of the generated part of a collection.
#[derive(Default)]
pub(super) struct Rendered(OnceLock<Box<[OnceLock<Arc<str>>]>>);

/// What a request sees of one entry.
pub(super) struct Meta {
    pub(super) date_added: i64,
    pub(super) id: String,
    pub(super) object_type: String,
    pub(super) version: String,
    pub(super) spec: String,
}

impl Coll {
    pub(super) fn len(&self) -> usize {
        self.base + self.extra.len()
    }

    pub(super) fn uuid_for(&self, i: usize) -> String {
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

    pub(super) fn meta(&self, i: usize) -> Meta {
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
    pub(super) fn kind(&self, i: usize) -> Option<usize> {
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

    pub(super) fn json(&self, i: usize) -> Arc<str> {
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
    pub(super) fn objects_array(&mut self, idx: &[usize]) -> Bytes {
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
    pub(super) fn grow(&mut self, count: usize) {
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

    pub(super) fn last_added(&self) -> i64 {
        match self.extra.last() {
            Some(e) => e.date_added,
            None if self.base > 0 => self.meta(self.base - 1).date_added,
            None => BASE_US,
        }
    }

    /// The first index whose date added is after (or at, when `inclusive`) `t`.
    pub(super) fn first_after(&self, t: i64, inclusive: bool) -> usize {
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
pub(super) fn is_stix_id(id: &str) -> bool {
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

pub(super) fn entry_from_value(v: &Value, date_added: i64) -> Entry {
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
pub(super) fn mixed_objects() -> Vec<Value> {
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
