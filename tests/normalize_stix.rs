//! The STIX 2.1 mappings (`secops::normalize::stix`): records of every kind
//! pulled from the embedded simulator and odd hand-made ones, every object
//! checked by the OASIS `stix2-validator` (and every indicator pattern by
//! `stix2-patterns`), SCO ids recomputed by the STIX 2.1 §2.9 rule in Python,
//! determinism, secrets, recorded output, and properties over arbitrary SIE
//! records and DefectDojo findings.
#![cfg(all(feature = "normalize", feature = "sim"))]

mod support;

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use futures::{StreamExt, TryStreamExt};
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};
use secops::defectdojo::DefectDojo;
use secops::defendis::Defendis;
use secops::normalize::{normalize, stix, stix_id, Format, Origin, RecordKind};
use secops::sandbox::{Artifact, Sandbox, Subset};
use secops::sim::defendis::{
    RANSOMWARE_GROUPS, SCOPED_BIN, SCOPED_DOMAIN, SCOPED_EMAIL, SCOPED_KEYWORD,
};
use secops::sim::sie::{SieData, SimWindow};
use secops::sim::taxii::{INDICATORS, MIXED};
use secops::sim::Simulator;
use secops::taxii::Taxii;
use secops::{Error, RetryPolicy, Service};
use serde_json::{json, Value};

const ALL_KINDS: [RecordKind; 10] = [
    RecordKind::DefectDojoFinding,
    RecordKind::DefendisCredential,
    RecordKind::DefendisDocument,
    RecordKind::DefendisPaymentCard,
    RecordKind::DefendisExposureAsset,
    RecordKind::DefendisRansomwareVictim,
    RecordKind::SandboxSample,
    RecordKind::SandboxReport,
    RecordKind::SieNewDomain,
    RecordKind::TaxiiObject,
];

fn kind_named(name: &str) -> RecordKind {
    ALL_KINDS
        .into_iter()
        .find(|k| k.name() == name)
        .unwrap_or_else(|| panic!("no kind {name}"))
}

fn feed() -> Origin {
    Origin::feed("test-feed")
}

/// Maps a record, twice: both runs must give the same bytes.
fn map_twice(kind: RecordKind, record: &[u8]) -> Vec<Value> {
    let a = stix::map(kind, record, &feed()).unwrap_or_else(|e| {
        panic!(
            "{} record does not map: {e}\n{}",
            kind.name(),
            String::from_utf8_lossy(&record[..record.len().min(2000)])
        )
    });
    let b = stix::map(kind, record, &feed()).unwrap();
    assert_eq!(
        serde_json::to_vec(&a).unwrap(),
        serde_json::to_vec(&b).unwrap(),
        "{} mapping is not deterministic",
        kind.name()
    );
    a
}

fn is_sco(o: &Value) -> bool {
    matches!(
        o["type"].as_str(),
        Some(
            "domain-name"
                | "ipv4-addr"
                | "ipv6-addr"
                | "url"
                | "email-addr"
                | "user-account"
                | "file"
                | "software"
        )
    )
}

fn types(objects: &[Value]) -> BTreeSet<String> {
    objects
        .iter()
        .map(|o| o["type"].as_str().unwrap().to_string())
        .collect()
}

// ---------------------------------------------------------------------------
// The peers
// ---------------------------------------------------------------------------

struct Peers {
    validator: PathBuf,
    patterns: PathBuf,
    python: PathBuf,
}

fn peers() -> Option<Peers> {
    let validator = support::peers::peer(
        "SECOPS_STIX2_VALIDATOR",
        "validators/bin/stix2_validator",
        "OASIS stix2-validator",
    )?;
    let patterns = support::peers::peer(
        "SECOPS_STIX2_PATTERNS",
        "validators/bin/validate-patterns",
        "OASIS stix2-patterns validator",
    )?;
    let python = support::peers::peer(
        "SECOPS_STIX2_PYTHON",
        "validators/bin/python",
        "the validators' Python",
    )?;
    Some(Peers {
        validator,
        patterns,
        python,
    })
}

/// What the validator said about one bundle.
#[derive(Debug, Default)]
struct Verdict {
    objects: usize,
    /// `(object id, code, line)` of every warning.
    warnings: Vec<(String, String, String)>,
}

impl Verdict {
    fn count(&self, code: &str) -> usize {
        self.warnings.iter().filter(|w| w.1 == code).count()
    }
}

/// The observables among `objects`. Property tests check only these for one
/// content per id: arbitrary records can share an SIE record id (the same
/// domain at the same time) with different details, which real channels
/// rarely send (see the module docs' record ids).
fn scos(objects: &[Value]) -> Vec<Value> {
    objects.iter().filter(|o| is_sco(o)).cloned().collect()
}

/// The objects once each: an id may come back (one SCO from two records) but
/// then its content must be the same.
fn distinct(objects: &[Value]) -> Vec<Value> {
    let mut seen: HashMap<(String, String), &Value> = HashMap::new();
    let mut out = Vec::new();
    for o in objects {
        let key = (
            o["id"].as_str().unwrap().to_string(),
            o["modified"].as_str().unwrap_or_default().to_string(),
        );
        match seen.get(&key) {
            Some(prev) => assert_eq!(
                *prev, o,
                "two objects with id {} and one version differ",
                key.0
            ),
            None => {
                seen.insert(key, o);
                out.push(o.clone());
            }
        }
    }
    out
}

/// Runs the OASIS validator (default strictness) on one bundle of `objects`:
/// it must say valid. `ours` tells which objects this crate made: on them
/// only the expected warnings are allowed (103: SDO ids are UUIDv5 on
/// purpose; 401: `x_secops_*` properties without an extension definition).
fn validate(p: &Peers, objects: &[Value], ours: impl Fn(&str) -> bool) -> Verdict {
    let objects = distinct(objects);
    let bundle = json!({
        "type": "bundle",
        "id": format!("bundle--{}", uuid::Uuid::new_v4()),
        "objects": objects,
    });
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bundle.json");
    std::fs::write(&path, serde_json::to_vec(&bundle).unwrap()).unwrap();
    // `-v`: the errors are only named in verbose mode.
    let out = Command::new(&p.validator)
        .arg("-v")
        .arg(&path)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    let excerpt = || {
        stdout
            .lines()
            .filter(|l| !l.contains("[!] Warning:"))
            .take(60)
            .collect::<Vec<_>>()
            .join("\n")
    };
    let valid =
        out.status.success() && stdout.contains("[+] STIX JSON: Valid") && !stdout.contains("[X]");
    if !valid {
        // Kept for a look: the validator's verbose mode names every error.
        let kept =
            std::env::temp_dir().join(format!("secops-stix-rejected-{}.json", std::process::id()));
        std::fs::copy(&path, &kept).unwrap();
        panic!(
            "stix2-validator rejects the bundle ({}), kept at {}:\n{}\n{stderr}",
            out.status,
            kept.display(),
            excerpt()
        );
    }
    let mut verdict = Verdict {
        objects: objects.len(),
        ..Default::default()
    };
    let mut unexpected = Vec::new();
    for line in stdout.lines().filter(|l| l.contains("[!] Warning:")) {
        let rest = line.split("[!] Warning:").nth(1).unwrap_or_default().trim();
        let id = rest.split(':').next().unwrap_or_default().to_string();
        let code = rest
            .split('{')
            .nth(1)
            .and_then(|r| r.split('}').next())
            .unwrap_or_default()
            .to_string();
        let expected = match code.as_str() {
            "103" => !id.starts_with("bundle--"),
            "401" => rest.contains("'x_secops_"),
            _ => false,
        };
        if ours(&id) && !expected {
            unexpected.push(line.to_string());
        }
        verdict.warnings.push((id, code, line.to_string()));
    }
    assert!(
        unexpected.is_empty(),
        "unexpected validator warnings:\n{}",
        unexpected.join("\n")
    );
    verdict
}

/// Runs `stix2-patterns`' validator on every pattern (those with a line
/// break cannot go in its line-per-pattern file; the bundle validation
/// checks them). Returns how many it passed.
fn validate_patterns(p: &Peers, patterns: &[String]) -> usize {
    let lines: Vec<&String> = patterns
        .iter()
        .filter(|x| {
            !x.contains([
                '\n', '\r', '\u{85}', '\u{2028}', '\u{2029}', '\u{b}', '\u{c}',
            ])
        })
        .collect();
    if lines.is_empty() {
        return 0;
    }
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("patterns.txt");
    let mut text = String::new();
    for l in &lines {
        text.push_str(l);
        text.push('\n');
    }
    std::fs::write(&path, text).unwrap();
    let out = Command::new(&p.patterns)
        .args(["-v", "2.1", "-f"])
        .arg(&path)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    let number = |label: &str| -> usize {
        stdout
            .lines()
            .find_map(|l| l.trim().strip_prefix(label))
            .and_then(|r| r.split_whitespace().next())
            .and_then(|n| n.parse().ok())
            .unwrap_or_else(|| panic!("no {label} in:\n{stdout}"))
    };
    let failures: Vec<&str> = stdout.lines().filter(|l| l.starts_with("FAIL:")).collect();
    assert!(
        failures.is_empty() && number("FAILED:") == 0,
        "stix2-patterns rejects patterns:\n{}",
        failures.join("\n")
    );
    assert_eq!(number("PASSED:"), lines.len(), "{stdout}");
    lines.len()
}

/// Recomputes every SCO's id in Python by STIX 2.1 §2.9 (the rule python
/// `stix2` follows): UUIDv5 over the SCO namespace of the sorted, compact
/// JSON of the ID contributing properties, one hash chosen MD5, SHA-1,
/// SHA-256, SHA-512.
const SCO_IDS_PY: &str = r#"
import json, sys, uuid
NS = uuid.UUID("00abedb4-aa42-466c-9c01-fed23315a9b7")
PROPS = {"file": ["hashes", "name", "extensions", "parent_directory_ref"],
         "user-account": ["account_type", "user_id", "account_login"],
         "software": ["name", "cpe", "swid", "vendor", "version"]}
bad = 0
n = 0
for line in sys.stdin:
    o = json.loads(line)
    c = {k: o[k] for k in PROPS.get(o["type"], ["value"]) if k in o}
    if "hashes" in c:
        h = c["hashes"]
        k = next((k for k in ["MD5", "SHA-1", "SHA-256", "SHA-512"] if k in h), next(iter(h)))
        c["hashes"] = {k: h[k]}
    want = "%s--%s" % (o["type"], uuid.uuid5(NS, json.dumps(c, sort_keys=True, separators=(",", ":"), ensure_ascii=False)))
    n += 1
    if want != o["id"]:
        bad += 1
        print("MISMATCH", o["id"], want, line.strip()[:300])
print("CHECKED", n)
"#;

fn check_sco_ids(p: &Peers, objects: &[Value]) -> usize {
    let scos: Vec<&Value> = objects.iter().filter(|o| is_sco(o)).collect();
    let mut input = String::new();
    for o in &scos {
        input.push_str(&serde_json::to_string(o).unwrap());
        input.push('\n');
    }
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("scos.jsonl");
    std::fs::write(&path, input).unwrap();
    let out = Command::new(&p.python)
        .args(["-c", SCO_IDS_PY])
        .stdin(std::fs::File::open(&path).unwrap())
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success() && !stdout.contains("MISMATCH"),
        "SCO ids differ from STIX 2.1 §2.9:\n{stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        stdout.contains(&format!("CHECKED {}", scos.len())),
        "{stdout}"
    );
    scos.len()
}

fn patterns(objects: &[Value]) -> Vec<String> {
    objects
        .iter()
        .filter_map(|o| o["pattern"].as_str().map(str::to_string))
        .collect()
}

// ---------------------------------------------------------------------------
// Records from the simulator
// ---------------------------------------------------------------------------

fn fast_retry() -> RetryPolicy {
    RetryPolicy::default()
        .max_attempts(8)
        .initial_backoff(Duration::from_millis(1))
        .max_backoff(Duration::from_millis(4))
}

/// Records of every kind, as the simulator serves them.
async fn simulator_records() -> Vec<(RecordKind, Vec<u8>)> {
    let sim = Simulator::builder()
        .seed(31)
        .size(150)
        .start()
        .await
        .unwrap();
    let mut out: Vec<(RecordKind, Vec<u8>)> = Vec::new();
    let mut push = |kind: RecordKind, items: Vec<Vec<u8>>| {
        assert!(!items.is_empty(), "no {} records", kind.name());
        out.extend(items.into_iter().map(|r| (kind, r)));
    };
    fn bytes<T: serde::Serialize>(items: Vec<T>) -> Vec<Vec<u8>> {
        items
            .iter()
            .map(|i| serde_json::to_vec(i).unwrap())
            .collect()
    }

    // DefectDojo findings (a third name a CVE).
    let dd = DefectDojo::builder()
        .url(sim.url(Service::DefectDojo))
        .token(sim.key(Service::DefectDojo))
        .retry(fast_retry())
        .build()
        .unwrap();
    let findings = dd
        .findings()
        .page_size(100)
        .max_items(150)
        .all()
        .await
        .unwrap();
    push(RecordKind::DefectDojoFinding, bytes(findings));

    // Defendis: every dataset.
    let df = Defendis::builder()
        .api_key(sim.key(Service::Defendis))
        .base_url(sim.url(Service::Defendis))
        .retry(fast_retry())
        .build()
        .unwrap();
    let leaks = df.dataleaks();
    let mut creds = bytes(
        leaks
            .credentials(SCOPED_DOMAIN)
            .max_items(40)
            .all()
            .await
            .unwrap(),
    );
    creds.extend(bytes(
        leaks
            .credentials_by_email(SCOPED_EMAIL)
            .max_items(10)
            .all()
            .await
            .unwrap(),
    ));
    push(RecordKind::DefendisCredential, creds);
    push(
        RecordKind::DefendisDocument,
        bytes(
            leaks
                .documents(SCOPED_DOMAIN)
                .max_items(40)
                .all()
                .await
                .unwrap(),
        ),
    );
    push(
        RecordKind::DefendisPaymentCard,
        bytes(
            leaks
                .payment_cards(SCOPED_BIN)
                .max_items(30)
                .all()
                .await
                .unwrap(),
        ),
    );
    push(
        RecordKind::DefendisExposureAsset,
        bytes(
            df.exposure()
                .assets(SCOPED_DOMAIN)
                .max_items(40)
                .all()
                .await
                .unwrap(),
        ),
    );
    let mut victims = bytes(
        df.ransomware()
            .victims()
            .group(RANSOMWARE_GROUPS[0])
            .max_items(30)
            .all()
            .await
            .unwrap(),
    );
    victims.extend(bytes(
        df.ransomware()
            .by_keyword(SCOPED_KEYWORD)
            .max_items(20)
            .all()
            .await
            .unwrap(),
    ));
    push(RecordKind::DefendisRansomwareVictim, victims);

    // Sandbox: listed samples, and the overview reports of some, raw.
    let sb = Sandbox::builder()
        .base_url(sim.url(Service::Sandbox))
        .api_key(sim.key(Service::Sandbox))
        .retry(fast_retry())
        .build()
        .unwrap();
    let samples: Vec<_> = sb
        .samples(Subset::Public)
        .max_items(30)
        .all()
        .await
        .unwrap();
    let mut reports = Vec::new();
    for s in samples.iter().take(15) {
        let mut raw = Vec::new();
        sb.download(Artifact::OverviewReport(s.id.clone()))
            .to_writer(&mut raw)
            .await
            .unwrap();
        reports.push(raw);
    }
    push(RecordKind::SandboxSample, bytes(samples));
    push(RecordKind::SandboxReport, reports);

    // SIE: both channels, a few minutes, the lines exactly as served.
    let data = SieData::new(31, 40);
    let start = chrono::DateTime::parse_from_rfc3339("2026-03-01T12:00:00Z")
        .unwrap()
        .with_timezone(&chrono::Utc);
    let window = SimWindow::new(start, start + chrono::Duration::minutes(3));
    for ch in [212, 213] {
        push(
            RecordKind::SieNewDomain,
            data.lines(ch, &window)
                .into_iter()
                .map(String::into_bytes)
                .collect(),
        );
    }

    // TAXII: objects of two collections, byte for byte.
    let tx = Taxii::builder()
        .url(sim.url(Service::Taxii))
        .basic_auth(sim.keys().taxii_user.clone(), sim.key(Service::Taxii))
        .retry(fast_retry())
        .build()
        .unwrap();
    for col in [INDICATORS, MIXED] {
        let objs: Vec<_> = tx
            .collection(col)
            .objects()
            .limit(100)
            .items()
            .take(60)
            .try_collect()
            .await
            .unwrap();
        push(
            RecordKind::TaxiiObject,
            objs.iter().map(|o| o.json().as_bytes().to_vec()).collect(),
        );
    }
    out
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn simulator_records_of_every_kind_map_to_valid_stix() {
    // A record can come twice (two queries find it): keep it once.
    let mut seen = BTreeSet::new();
    let records: Vec<(RecordKind, Vec<u8>)> = simulator_records()
        .await
        .into_iter()
        .filter(|(k, r)| seen.insert((k.name(), r.clone())))
        .collect();
    let mut per_kind: BTreeMap<&str, (usize, usize, BTreeSet<String>)> = BTreeMap::new();
    let mut all = Vec::new();
    let mut ours = BTreeSet::new();
    let mut main_ids: HashMap<RecordKind, BTreeSet<String>> = HashMap::new();
    for (kind, record) in &records {
        let objects = map_twice(*kind, record);
        let entry = per_kind.entry(kind.name()).or_default();
        entry.0 += 1;
        entry.1 += objects.len();
        entry.2.extend(types(&objects));
        match kind {
            RecordKind::TaxiiObject => {
                // Passed through: the very object that came in.
                assert_eq!(objects.len(), 1);
                let input: Value = serde_json::from_slice(record).unwrap();
                assert_eq!(objects[0], input);
            }
            _ => {
                for o in &objects {
                    ours.insert(o["id"].as_str().unwrap().to_string());
                    check_object(*kind, o);
                }
                // Distinct records give distinct objects: the first SDO
                // made from each record is new.
                if let Some(sdo) = objects.iter().find(|o| !is_sco(o)) {
                    let id = sdo["id"].as_str().unwrap().to_string();
                    assert!(
                        main_ids.entry(*kind).or_default().insert(id.clone()),
                        "two {} records give {id}",
                        kind.name()
                    );
                }
            }
        }
        all.extend(objects);
    }
    // What each kind maps to.
    let expect: [(&str, &[&str]); 10] = [
        ("defectdojo.finding", &["vulnerability"]),
        (
            "defendis.credential",
            &[
                "observed-data",
                "email-addr",
                "user-account",
                "domain-name",
                "url",
            ],
        ),
        (
            "defendis.document",
            &["observed-data", "file", "url", "domain-name"],
        ),
        ("defendis.payment_card", &["incident"]),
        (
            "defendis.exposure_asset",
            &["observed-data", "domain-name", "ipv4-addr", "software"],
        ),
        (
            "defendis.ransomware_victim",
            &[
                "report",
                "identity",
                "intrusion-set",
                "location",
                "relationship",
                "domain-name",
                "url",
            ],
        ),
        ("sandbox.sample", &["malware-analysis"]),
        (
            "sandbox.report",
            &[
                "malware-analysis",
                "file",
                "malware",
                "relationship",
                "domain-name",
                "ipv4-addr",
                "url",
            ],
        ),
        ("sie.newdomain", &["indicator", "domain-name"]),
        ("taxii.object", &["indicator"]),
    ];
    for (kind, want) in expect {
        let (records, _, got) = &per_kind[kind];
        for t in want {
            assert!(
                got.contains(*t),
                "{kind} ({records} records) made no {t}: {got:?}"
            );
        }
    }

    let Some(p) = peers() else { return };
    let verdict = validate(&p, &all, |id| ours.contains(id));
    let made: Vec<Value> = all
        .iter()
        .filter(|o| ours.contains(o["id"].as_str().unwrap()))
        .cloned()
        .collect();
    let scos = check_sco_ids(&p, &distinct(&scos(&made)));
    let pats = patterns(&all);
    let passed = validate_patterns(&p, &pats);
    println!("records and objects per kind:");
    for (kind, (records, objects, t)) in &per_kind {
        println!("  {kind}: {records} records -> {objects} objects {t:?}");
    }
    println!(
        "stix2-validator: {} distinct objects valid; warnings: {} x 103 (UUIDv5 SDO ids), {} x 401 (x_secops_* without extension definition), {} other (TAXII objects passed through); \
         {scos} SCO ids match STIX 2.1 §2.9; stix2-patterns: {passed}/{} patterns pass",
        verdict.objects,
        verdict.count("103"),
        verdict.count("401"),
        verdict.warnings.len() - verdict.count("103") - verdict.count("401"),
        pats.len(),
    );
}

/// What holds for every object made (not passed through).
fn check_object(kind: RecordKind, o: &Value) {
    let id = o["id"].as_str().unwrap();
    let ty = o["type"].as_str().unwrap();
    assert!(id.starts_with(&format!("{ty}--")), "{id}");
    assert_eq!(o["spec_version"], "2.1", "{id}");
    if is_sco(o) {
        assert!(
            o.get("x_secops_source").is_none(),
            "{id} (SCO) has provenance"
        );
        return;
    }
    let src = &o["x_secops_source"];
    assert_eq!(src["service"], kind.service().as_str(), "{id}");
    assert_eq!(src["kind"], kind.name(), "{id}");
    assert_eq!(src["feed"], "test-feed", "{id}");
    let record_id = src["record_id"].as_str().unwrap();
    assert!(!record_id.is_empty(), "{id}");
    for t in ["created", "modified"] {
        let s = o[t].as_str().unwrap();
        assert!(
            s.len() == 24 && s.ends_with('Z') && s.as_bytes()[19] == b'.',
            "{id} {t} = {s}"
        );
    }
    assert!(o["modified"].as_str() >= o["created"].as_str(), "{id}");
    // The main object's id is the documented one.
    let main = match kind {
        RecordKind::DefendisCredential
        | RecordKind::DefendisDocument
        | RecordKind::DefendisExposureAsset => Some("observed-data"),
        RecordKind::DefendisPaymentCard => Some("incident"),
        RecordKind::DefendisRansomwareVictim => Some("report"),
        RecordKind::SandboxSample | RecordKind::SandboxReport => Some("malware-analysis"),
        RecordKind::SieNewDomain => Some("indicator"),
        _ => None,
    };
    if main == Some(ty) {
        assert_eq!(id, stix_id(kind, record_id, ty));
    }
}

// ---------------------------------------------------------------------------
// Odd records
// ---------------------------------------------------------------------------

fn base_finding() -> Value {
    json!({
        "id": 4242,
        "title": "SQL injection in checkout",
        "severity": "High",
        "description": "User input reaches a query.",
        "cwe": 89,
        "created": "2024-03-01T10:00:00.123456Z",
        "updated": "2024-03-02T11:00:00Z",
        "date": "2024-03-01",
        "vulnerability_ids": [{"vulnerability_id": "CVE-2024-12345"}],
        "active": true,
        "verified": false,
        "test": 3,
        "tags": ["pci"]
    })
}

fn sie_line(domain: Value, time: Value) -> Vec<u8> {
    serde_json::to_vec(&json!({
        "time": time,
        "vname": "SIE",
        "mname": "newdomain",
        "source": "a1ba02cf",
        "message": {
            "domain": domain,
            "time_seen": "2026-03-01 12:00:01",
            "rrname": "www.example.net.",
            "rrclass": "IN",
            "rrtype": "A",
            "rdata": ["192.0.2.1"]
        }
    }))
    .unwrap()
}

/// Hand-made records for the corners: `(kind, record, what to expect)`.
fn odd_records() -> Vec<(RecordKind, Vec<u8>, &'static str)> {
    let v = |kind, value: Value, note| (kind, serde_json::to_vec(&value).unwrap(), note);
    let mut out = Vec::new();

    // DefectDojo.
    let mut huge = base_finding();
    huge["description"] = json!("é\"\\\u{0}<script>".repeat(1 << 17)); // > 1 MB
    huge["id"] = json!(1);
    out.push(v(RecordKind::DefectDojoFinding, huge, "1 MB description"));
    let mut many = base_finding();
    many["id"] = json!(2);
    many["vulnerability_ids"] = json!([
        {"vulnerability_id": "cve-2023-0001"},
        {"vulnerability_id": " CVE-2023-0001 "},
        {"vulnerability_id": "GHSA-abcd-efgh-ijkl"},
        {"vulnerability_id": "CVE-2021-44228"},
        {"vulnerability_id": null},
        {"vulnerability_id": "nonsense"}
    ]);
    many["cwe"] = json!(0);
    many["title"] = json!("Ünïcödé 漢字 title");
    out.push(v(RecordKind::DefectDojoFinding, many, "several CVEs"));
    out.push(v(
        RecordKind::DefectDojoFinding,
        json!({"id": 3, "cve": "CVE-2019-0708"}),
        "legacy cve, nothing else",
    ));
    out.push(v(
        RecordKind::DefectDojoFinding,
        json!({"id": 4, "created": "9999-12-31T23:59:59.999999Z", "updated": "1970-01-01T00:00:00Z", "vuln_id_from_tool": "CVE-2020-1472"}),
        "updated before created",
    ));

    // Defendis: empty and odd records of every dataset.
    for kind in [
        RecordKind::DefendisCredential,
        RecordKind::DefendisDocument,
        RecordKind::DefendisPaymentCard,
        RecordKind::DefendisExposureAsset,
        RecordKind::DefendisRansomwareVictim,
    ] {
        out.push(v(kind, json!({}), "no fields at all"));
    }
    out.push(v(
        RecordKind::DefendisCredential,
        json!({
            "email": "jöhn.dœ@exämple.com",
            "username": "jöhn ' \" \\ dœ",
            "domain": "EXÄMPLE.com.",
            "url": "not a url at all",
            "password": "Hunter2-SECRET-do-not-copy",
            "passwordType": "plaintext",
            "leakDate": "garbage",
            "discoveredAt": "2024-13-45",
        }),
        "no id, unparseable times, non-ASCII",
    ));
    out.push(v(
        RecordKind::DefendisCredential,
        json!({
            "id": "c-late",
            "email": "a@b.example",
            "url": "android://com.example.app/",
            "leakDate": "2025-06-01T00:00:00+02:00",
            "discoveredAt": "2024-01-01",
        }),
        "discovered before leaked",
    ));
    out.push(v(
        RecordKind::DefendisDocument,
        json!({
            "id": "d-odd",
            "fileName": "rapport financier 2024 – ünï.pdf",
            "size": -5,
            "sha256": "NOT-A-HASH",
            "md5": "D41D8CD98F00B204E9800998ECF8427E",
            "url": "http://leak.onion/a b",
            "domain": "_dmarc.example.com",
        }),
        "bad hash, bad size, bad url, underscore domain",
    ));
    out.push(v(
        RecordKind::DefendisPaymentCard,
        json!({
            "id": "p-pan",
            "bin": "4571731234567890",
            "cardNumber": "4571731234567890",
            "expiry": "12/29",
            "brand": "VISA",
            "issuer": "Bänk ' of \\ Tests",
            "country": "FR",
        }),
        "a full card number in the bin field",
    ));
    out.push(v(
        RecordKind::DefendisExposureAsset,
        json!({
            "id": "e-v6",
            "host": "xn--bcher-kva.example",
            "domain": "пример.испытание",
            "ip": "2001:db8::1",
            "port": 443,
            "cves": ["CVE-2024-3400", "cve-2024-3400", "not-a-cve"],
            "firstSeen": "2024-05-01",
            "lastSeen": "2024-04-01",
        }),
        "IPv6, IDN, last before first",
    ));
    out.push(v(
        RecordKind::DefendisExposureAsset,
        json!({"id": "e-none", "ip": "999.1.1.1", "host": "bad host", "cves": ["CVE-2024-1"]}),
        "nothing usable",
    ));
    out.push(v(
        RecordKind::DefendisRansomwareVictim,
        json!({
            "id": "r-odd",
            "victim": "Société Générale d'Essai \"SA\"",
            "group": "lockbit3",
            "country": "France",
            "sector": "Finance",
            "publishedAt": "2024-02-30",
            "postUrl": "http://lockbitapt.onion/post/1",
        }),
        "long country, bad date, mapped sector",
    ));
    out.push(v(
        RecordKind::DefendisRansomwareVictim,
        json!({"id": "r-group-only", "group": "akira", "sector": "bakery"}),
        "a group without a victim",
    ));

    // Sandbox.
    out.push(v(
        RecordKind::SandboxSample,
        json!({"id": "260301-url", "status": "pending", "kind": "url", "url": "http://evil.example/gate.php?a=1", "tasks": []}),
        "a URL sample, pending",
    ));
    out.push(v(
        RecordKind::SandboxSample,
        json!({"id": "260301-score", "status": "reported", "kind": "file", "filename": "ünï ' \\.exe", "tasks": [], "submitted": "2026-03-01T10:00:00Z", "completed": "2026-03-01T09:00:00Z", "score": 7}),
        "completed before submitted, a score",
    ));
    out.push(v(RecordKind::SandboxReport, json!({}), "an empty report"));
    out.push(v(
        RecordKind::SandboxReport,
        json!({
            "sample": {"id": "260301-x", "target": "x.exe", "md5": "00112233445566778899AABBCCDDEEFF", "sha256": "short", "ssdeep": "3:abc:def", "size": 10},
            "analysis": {"score": 10, "family": ["Emotet", "emotet", " "], "tags": ["family:emotet", "rat", "banker", "rat"]},
            "targets": [{"sha256": "aa".repeat(32), "target": "inner.dll", "iocs": {"domains": ["c2.example", "bad domain"], "ips": ["192.0.2.7", "::ffff:1.2.3.4", "2001:db8::7"], "urls": ["http://c2.example/x", "ftp:/?"]}}]
        }),
        "bad hashes, duplicate families, odd IOCs",
    ));

    // SIE.
    for (domain, note) in [
        (json!("it's\\a.example."), "quote and backslash"),
        (json!("''\\\\'"), "only quotes and backslashes"),
        (json!("bücher.example."), "a U-label"),
        (json!("xn--bcher-kva.example."), "an A-label"),
        (json!("😀.ws."), "an emoji"),
        (json!("EXAMPLE.COM."), "upper case"),
        (json!("a\nb.example"), "a line break"),
        (json!("."), "the root"),
        (json!(null), "no domain: the rrname"),
    ] {
        out.push((
            RecordKind::SieNewDomain,
            sie_line(domain, json!("2026-03-01 12:00:00.123456789")),
            note,
        ));
    }
    out.push((
        RecordKind::SieNewDomain,
        sie_line(json!("no-time.example."), json!(null)),
        "no time",
    ));
    out.push((
        RecordKind::SieNewDomain,
        b"{\"message\":{\"rrname\":\"only-rrname.example.\"}}".to_vec(),
        "only an rrname",
    ));
    out.push((RecordKind::SieNewDomain, b"{}".to_vec(), "nothing"));
    out
}

#[test]
fn odd_records_map_to_valid_stix() {
    let mut all = Vec::new();
    let mut ours = BTreeSet::new();
    for (kind, record, note) in odd_records() {
        let objects = map_twice(kind, &record);
        println!(
            "{} ({note}): {:?}",
            kind.name(),
            objects
                .iter()
                .map(|o| o["type"].as_str().unwrap())
                .collect::<Vec<_>>()
        );
        for o in &objects {
            check_object(kind, o);
            ours.insert(o["id"].as_str().unwrap().to_string());
        }
        all.extend(objects);
    }
    // Spot checks.
    let by_type = |t: &str| -> Vec<&Value> { all.iter().filter(|o| o["type"] == t).collect() };
    let vulns = by_type("vulnerability");
    let names: BTreeSet<&str> = vulns.iter().map(|v| v["name"].as_str().unwrap()).collect();
    for cve in [
        "CVE-2024-12345",
        "CVE-2023-0001",
        "CVE-2021-44228",
        "CVE-2019-0708",
        "CVE-2020-1472",
    ] {
        assert!(names.contains(cve), "{cve} missing: {names:?}");
    }
    assert!(vulns
        .iter()
        .any(|v| v["description"].as_str().map_or(0, str::len) > 1_000_000));
    let ghsa = vulns
        .iter()
        .find(|v| v["name"] == "CVE-2021-44228")
        .unwrap();
    assert!(ghsa["external_references"]
        .as_array()
        .unwrap()
        .contains(&json!({"source_name": "ghsa", "external_id": "GHSA-abcd-efgh-ijkl"})));
    let sql = vulns
        .iter()
        .find(|v| v["name"] == "CVE-2024-12345")
        .unwrap();
    assert!(sql["external_references"]
        .as_array()
        .unwrap()
        .contains(&json!({"source_name": "cwe", "external_id": "CWE-89"})));
    let patterns = patterns(&all);
    assert!(patterns.contains(&r"[domain-name:value = 'it\'s\\a.example']".to_string()));
    assert!(patterns.contains(&r"[domain-name:value = '\'\'\\\\\'']".to_string()));
    let domains: BTreeSet<&str> = by_type("domain-name")
        .iter()
        .map(|d| d["value"].as_str().unwrap())
        .collect();
    for d in [
        "bücher.example",
        "xn--bcher-kva.example",
        "example.com",
        "пример.испытание",
        "only-rrname.example",
    ] {
        assert!(domains.contains(d), "{d} missing: {domains:?}");
    }
    for d in ["_dmarc.example.com", "😀.ws", "it's\\a.example"] {
        assert!(!domains.contains(d), "{d} is no host name");
    }
    let hashes: Vec<&Value> = by_type("file").iter().map(|f| &f["hashes"]).collect();
    assert!(hashes.contains(&&json!({"MD5": "d41d8cd98f00b204e9800998ecf8427e"})));
    let malware = by_type("malware");
    assert_eq!(malware.len(), 1, "Emotet once: {malware:?}");
    assert_eq!(malware[0]["malware_types"], json!(["remote-access-trojan"]));
    assert!(by_type("ipv6-addr")
        .iter()
        .any(|a| a["value"] == "2001:db8::1"));

    let Some(p) = peers() else { return };
    let verdict = validate(&p, &all, |id| ours.contains(id));
    check_sco_ids(&p, &distinct(&all));
    validate_patterns(&p, &patterns);
    println!(
        "odd records: {} objects valid, {} warnings (103/401 only)",
        verdict.objects,
        verdict.warnings.len()
    );
}

#[test]
fn secrets_never_reach_stix() {
    let cred = json!({
        "id": "c1", "email": "jane@example.com", "username": "jane",
        "password": "Hunter2-SECRET-do-not-copy", "passwordType": "plaintext",
        "domain": "example.com", "leakDate": "2024-01-01",
    });
    let card = json!({
        "id": "p1", "bin": "457173", "cardNumber": "457173******9876",
        "expiry": "11/28", "cvv": "123", "brand": "VISA",
    });
    let pan = json!({"id": "p2", "bin": "4571739999999876", "cardNumber": "4571739999999876"});
    for (kind, record, secrets) in [
        (
            RecordKind::DefendisCredential,
            cred,
            &["Hunter2-SECRET-do-not-copy"][..],
        ),
        (
            RecordKind::DefendisPaymentCard,
            card,
            &["9876", "11/28", "\"123\""][..],
        ),
        (
            RecordKind::DefendisPaymentCard,
            pan,
            &["4571739999999876", "9999", "9876"][..],
        ),
    ] {
        let out = serde_json::to_string(&map_twice(kind, record.to_string().as_bytes())).unwrap();
        for s in secrets {
            assert!(!out.contains(s), "{s} reached STIX: {out}");
        }
    }
    let cred = stix::map(
        RecordKind::DefendisCredential,
        br#"{"id":"c2","email":"a@example.com","password":"x"}"#,
        &Origin::default(),
    )
    .unwrap();
    let od = cred.iter().find(|o| o["type"] == "observed-data").unwrap();
    assert_eq!(od["x_secops_leak"]["password_present"], true);
    assert!(
        od["x_secops_source"].get("feed").is_none(),
        "no feed, no key"
    );
}

#[test]
fn records_that_are_not_their_kind_are_decode_errors() {
    for kind in ALL_KINDS {
        for bad in [&b"[1,2,3]"[..], b"\"text\"", b"{", b"", b"\xff\xfe"] {
            match stix::map(kind, bad, &feed()) {
                Err(Error::Decode { service, .. }) => assert_eq!(service, kind.service()),
                other => panic!(
                    "{} {:?}: {other:?}",
                    kind.name(),
                    String::from_utf8_lossy(bad)
                ),
            }
        }
    }
    for (kind, bad) in [
        (RecordKind::DefectDojoFinding, &br#"{"title":"no id"}"#[..]),
        (RecordKind::DefectDojoFinding, br#"{"id":"x"}"#),
        (RecordKind::SandboxSample, br#"{"status":"reported"}"#),
        (RecordKind::DefendisPaymentCard, br#"{"bin":457173}"#),
        (RecordKind::SieNewDomain, br#"{"message":{"domain":7}}"#),
        (RecordKind::TaxiiObject, br#"{"type":"indicator"}"#),
        (
            RecordKind::TaxiiObject,
            br#"{"type":"indicator","id":"malware--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f"}"#,
        ),
    ] {
        assert!(
            matches!(stix::map(kind, bad, &feed()), Err(Error::Decode { .. })),
            "{} {}",
            kind.name(),
            String::from_utf8_lossy(bad)
        );
    }
}

#[test]
fn ids_follow_the_record_not_the_run_or_the_feed() {
    let finding = base_finding().to_string();
    let a = stix::map(RecordKind::DefectDojoFinding, finding.as_bytes(), &feed()).unwrap();
    let b = stix::map(
        RecordKind::DefectDojoFinding,
        finding.as_bytes(),
        &Origin::feed("other"),
    )
    .unwrap();
    assert_eq!(a[0]["id"], b[0]["id"]);
    assert_ne!(a, b, "the feed is recorded");
    assert_eq!(
        a[0]["id"],
        stix_id(
            RecordKind::DefectDojoFinding,
            "4242|CVE-2024-12345",
            "vulnerability"
        )
    );
    // Another finding naming the same CVE: another vulnerability object.
    let mut other = base_finding();
    other["id"] = json!(4243);
    let c = stix::map(
        RecordKind::DefectDojoFinding,
        other.to_string().as_bytes(),
        &feed(),
    )
    .unwrap();
    assert_ne!(a[0]["id"], c[0]["id"]);
    // No CVE: nothing.
    let mut none = base_finding();
    none["vulnerability_ids"] = json!([{"vulnerability_id": "GHSA-xxxx-yyyy-zzzz"}]);
    assert!(stix::map(
        RecordKind::DefectDojoFinding,
        none.to_string().as_bytes(),
        &feed()
    )
    .unwrap()
    .is_empty());
    // A Defendis record without an id: the same content, the same ids, in
    // whatever key order it comes.
    let x = stix::map(
        RecordKind::DefendisCredential,
        br#"{"email":"a@example.com","domain":"example.com"}"#,
        &feed(),
    )
    .unwrap();
    let y = stix::map(
        RecordKind::DefendisCredential,
        br#"{"domain":"example.com", "email":"a@example.com"}"#,
        &feed(),
    )
    .unwrap();
    assert_eq!(x, y);
    assert!(x[2]["x_secops_source"]["record_id"]
        .as_str()
        .unwrap()
        .starts_with("content:"));
    // SCOs are the same whatever record made them.
    let z = stix::map(
        RecordKind::DefendisExposureAsset,
        br#"{"id":"e1","domain":"example.com"}"#,
        &feed(),
    )
    .unwrap();
    let dom = |v: &[Value]| {
        v.iter()
            .find(|o| o["type"] == "domain-name")
            .unwrap()
            .clone()
    };
    assert_eq!(dom(&x), dom(&z));
    assert_eq!(
        dom(&x)["id"],
        // uuid5(00abedb4-..., '{"value":"example.com"}')
        "domain-name--bedb4899-d24b-5401-bc86-8f6b4cc18ec7"
    );
}

#[test]
fn normalize_writes_one_line_per_object() {
    let rec = sie_line(json!("example.net."), json!("2026-03-01 12:00:00.5"));
    let lines = normalize(RecordKind::SieNewDomain, &rec, Format::Stix, &feed()).unwrap();
    let objects = stix::map(RecordKind::SieNewDomain, &rec, &feed()).unwrap();
    assert_eq!(lines.len(), objects.len());
    for (l, o) in lines.iter().zip(&objects) {
        assert_eq!(&serde_json::from_slice::<Value>(l).unwrap(), o);
        assert!(!l.contains(&b'\n'));
    }
    let ind = objects.iter().find(|o| o["type"] == "indicator").unwrap();
    assert_eq!(ind["valid_from"], "2026-03-01T12:00:00.500Z");
    assert_eq!(ind["pattern"], "[domain-name:value = 'example.net']");
    assert_eq!(
        ind["x_secops_source"]["times"]["time"],
        "2026-03-01 12:00:00.5"
    );
}

// ---------------------------------------------------------------------------
// Recorded output: ids and bytes must not drift between versions
// ---------------------------------------------------------------------------

const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/normalize");

/// `stix_records.jsonl` holds `{"kind", "record"}` lines; `stix_expected.jsonl`
/// the objects each maps to (one line per record, a JSON array). Re-record
/// with `SECOPS_BLESS=1` after a deliberate change (and say so in the
/// changelog: every id that changes is a new object downstream).
#[test]
fn fixtures_map_to_the_recorded_objects() {
    let dir = Path::new(FIXTURES);
    let input = std::fs::read_to_string(dir.join("stix_records.jsonl")).unwrap();
    let mut got = String::new();
    for line in input.lines().filter(|l| !l.trim().is_empty()) {
        let v: Value = serde_json::from_str(line).unwrap();
        let kind = kind_named(v["kind"].as_str().unwrap());
        let record = match &v["record"] {
            Value::String(s) if kind == RecordKind::SieNewDomain => s.clone().into_bytes(),
            other => serde_json::to_vec(other).unwrap(),
        };
        let objects = stix::map(kind, &record, &Origin::feed("fixtures")).unwrap();
        got.push_str(&serde_json::to_string(&objects).unwrap());
        got.push('\n');
    }
    let expected_path = dir.join("stix_expected.jsonl");
    if std::env::var("SECOPS_BLESS").as_deref() == Ok("1") {
        std::fs::write(&expected_path, &got).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&expected_path).unwrap();
    for (i, (g, e)) in got.lines().zip(expected.lines()).enumerate() {
        assert_eq!(
            g,
            e,
            "record {} of stix_records.jsonl maps differently",
            i + 1
        );
    }
    assert_eq!(got.lines().count(), expected.lines().count());
    if let Some(p) = peers() {
        let all: Vec<Value> = got
            .lines()
            .flat_map(|l| serde_json::from_str::<Vec<Value>>(l).unwrap())
            .collect();
        // The TAXII object is someone else's: its warnings are its own.
        let ours = |id: &str| !id.starts_with("indicator--8e2e2d2b-");
        validate(&p, &all, ours);
        let made: Vec<Value> = all
            .iter()
            .filter(|o| ours(o["id"].as_str().unwrap()))
            .cloned()
            .collect();
        check_sco_ids(&p, &distinct(&scos(&made)));
        validate_patterns(&p, &patterns(&all));
    }
}

// ---------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------

/// Domain strings: anything, with quotes, backslashes and non-ASCII often.
fn domain_strategy() -> impl Strategy<Value = String> {
    prop_oneof![
        ".{0,40}",
        "[a-z0-9'\\\\.\\-é漢]{0,30}",
        "([a-z0-9\\-]{1,12}\\.){1,3}[a-z]{2,6}\\.?",
        "[\\x00-\\x7f]{0,20}",
    ]
}

fn time_strategy() -> impl Strategy<Value = Option<String>> {
    prop_oneof![
        Just(None),
        ".{0,30}".prop_map(Some),
        (0i64..4_000_000_000, 0u32..1_000_000_000).prop_map(|(s, n)| {
            chrono::DateTime::from_timestamp(s, n)
                .map(|t| t.format("%Y-%m-%d %H:%M:%S%.9f").to_string())
        }),
    ]
}

/// Unescapes the string literal of `[domain-name:value = '...']`: every `'`
/// and `\` inside must be escaped by a `\`, and nothing else may be.
fn unescape_pattern(pattern: &str) -> Option<String> {
    let inner = pattern
        .strip_prefix("[domain-name:value = '")?
        .strip_suffix("']")?;
    let mut out = String::new();
    let mut chars = inner.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => match chars.next()? {
                e @ ('\'' | '\\') => out.push(e),
                _ => return None,
            },
            '\'' => return None,
            c => out.push(c),
        }
    }
    Some(out)
}

#[test]
fn arbitrary_sie_records_map_and_their_patterns_are_valid() {
    let strategy = (
        prop::option::of(domain_strategy()),
        time_strategy(),
        time_strategy(),
        prop::option::of(".{0,20}"),
        prop::option::of(prop::collection::vec(".{0,20}", 0..4)),
    );
    let mut runner = TestRunner::new(Config {
        cases: 512,
        failure_persistence: None,
        ..Config::default()
    });
    let sample = std::cell::RefCell::new(Vec::new());
    runner
        .run(&strategy, |(domain, time, seen, rrtype, rdata)| {
            let line = serde_json::to_vec(&json!({
                "time": time, "vname": "SIE", "mname": "newdomain",
                "message": {"domain": domain, "time_seen": seen, "rrtype": rrtype, "rdata": rdata}
            }))
            .unwrap();
            let objects = stix::map(RecordKind::SieNewDomain, &line, &feed())
                .map_err(|e| TestCaseError::fail(format!("{e}")))?;
            let again = stix::map(RecordKind::SieNewDomain, &line, &feed()).unwrap();
            prop_assert_eq!(&objects, &again);
            let want = domain
                .as_deref()
                .map(str::trim)
                .map(|d| d.strip_suffix('.').unwrap_or(d).to_lowercase());
            match want.filter(|d| !d.is_empty()) {
                None => prop_assert!(objects.is_empty()),
                Some(d) => {
                    let ind = objects.iter().find(|o| o["type"] == "indicator").unwrap();
                    let pattern = ind["pattern"].as_str().unwrap();
                    prop_assert_eq!(unescape_pattern(pattern), Some(d.clone()), "{}", pattern);
                    if let Some(sco) = objects.iter().find(|o| o["type"] == "domain-name") {
                        prop_assert_eq!(sco["value"].as_str(), Some(d.as_str()));
                    }
                    let mut s = sample.borrow_mut();
                    if s.len() < 400 {
                        s.extend(objects);
                    }
                }
            }
            Ok(())
        })
        .unwrap();
    let sample = sample.into_inner();
    assert!(sample.len() > 100, "{}", sample.len());
    let Some(p) = peers() else { return };
    let verdict = validate(&p, &sample, |_| true);
    check_sco_ids(&p, &distinct(&scos(&sample)));
    let n = validate_patterns(&p, &patterns(&sample));
    println!(
        "SIE property sample: {} objects valid; {n} patterns pass stix2-patterns",
        verdict.objects
    );
}

/// A valid finding with its fields randomised (some to values of the wrong
/// type, which the typed layer must refuse).
fn finding_strategy() -> impl Strategy<Value = Value> {
    let text = prop_oneof![
        Just(Value::Null),
        ".{0,60}".prop_map(Value::from),
        (".{0,8}", 0usize..5000).prop_map(|(s, n)| Value::from(s.repeat(n))),
    ];
    let vuln_id = prop_oneof![
        "CVE-[0-9]{4}-[0-9]{4,7}".prop_map(Value::from),
        "(?i)cve-[0-9]{2,5}-[0-9]{1,8}".prop_map(Value::from),
        ".{0,20}".prop_map(Value::from),
        Just(Value::Null),
    ];
    let time = prop_oneof![
        Just(Value::Null),
        (-62_000_000_000i64..253_402_300_799, 0u32..1_000_000_000).prop_map(|(s, n)| {
            chrono::DateTime::from_timestamp(s, n)
                .map(|t| Value::from(t.to_rfc3339()))
                .unwrap_or(Value::Null)
        }),
        ".{0,12}".prop_map(Value::from),
    ];
    (
        any::<i64>(),
        text.clone(),
        text,
        prop::collection::vec(vuln_id, 0..5),
        prop_oneof![Just(Value::Null), any::<i64>().prop_map(Value::from)],
        time.clone(),
        time,
        prop_oneof![
            Just(Value::Null),
            any::<f64>()
                .prop_filter("finite", |f| f.is_finite())
                .prop_map(Value::from)
        ],
        prop::collection::vec(".{0,10}", 0..3),
        prop_oneof![
            Just(Value::Null),
            ".{0,10}".prop_map(Value::from),
            Just(json!(5))
        ],
    )
        .prop_map(
            |(id, title, description, ids, cwe, created, updated, epss, tags, cve)| {
                let mut f = base_finding();
                f["id"] = json!(id);
                f["title"] = title;
                f["description"] = description;
                f["vulnerability_ids"] = Value::Array(
                    ids.into_iter()
                        .map(|v| json!({ "vulnerability_id": v }))
                        .collect(),
                );
                f["cwe"] = cwe;
                f["created"] = created;
                f["updated"] = updated;
                f["epss_score"] = epss;
                f["tags"] = json!(tags);
                f["cve"] = cve;
                f
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, .. ProptestConfig::default() })]

    /// A finding the typed layer accepts always maps (one vulnerability per
    /// distinct CVE); one it refuses is a decode error.
    #[test]
    fn arbitrary_findings_map_or_are_refused(f in finding_strategy()) {
        let bytes = serde_json::to_vec(&f).unwrap();
        let typed = serde_json::from_slice::<secops::defectdojo::types::Finding>(&bytes);
        let mapped = stix::map(RecordKind::DefectDojoFinding, &bytes, &feed());
        match (typed, mapped) {
            (Ok(t), Ok(objects)) => {
                let mut cves: Vec<String> = t
                    .vulnerability_ids
                    .iter()
                    .filter_map(|v| v.vulnerability_id.clone())
                    .chain(t.extra.get("cve").and_then(Value::as_str).map(str::to_string))
                    .map(|c| c.trim().to_ascii_uppercase())
                    .filter(|c| {
                        // The STIX schema's rule: CVE-\d{4}-(0\d{3}|[1-9]\d{3,})
                        let p: Vec<&str> = c.splitn(3, '-').collect();
                        p.len() == 3 && p[0] == "CVE" && p[1].len() == 4
                            && p[1].bytes().all(|b| b.is_ascii_digit())
                            && p[2].bytes().all(|b| b.is_ascii_digit())
                            && (p[2].len() == 4 || p[2].len() > 4 && !p[2].starts_with('0'))
                    })
                    .collect();
                cves.dedup();
                let names: BTreeSet<&str> = objects.iter().map(|o| o["name"].as_str().unwrap()).collect();
                let want: BTreeSet<&str> = cves.iter().map(String::as_str).collect();
                prop_assert_eq!(names, want);
                for o in &objects {
                    prop_assert_eq!(&o["type"], "vulnerability");
                    prop_assert!(o["modified"].as_str() >= o["created"].as_str());
                    prop_assert_eq!(&o["description"], &f["description"].as_str().filter(|d| !d.is_empty()).map_or(Value::Null, Value::from));
                }
            }
            (Err(_), Err(Error::Decode { .. })) => {}
            (t, m) => prop_assert!(false, "typed {:?} but mapped {:?}", t.map(|_| ()), m.map(|_| ())),
        }
    }
}

#[test]
fn a_sample_of_arbitrary_findings_is_valid_stix() {
    let mut runner = TestRunner::new(Config {
        cases: 200,
        failure_persistence: None,
        ..Config::default()
    });
    let sample = std::cell::RefCell::new(Vec::new());
    runner
        .run(&finding_strategy(), |f| {
            if let Ok(objects) = stix::map(
                RecordKind::DefectDojoFinding,
                f.to_string().as_bytes(),
                &feed(),
            ) {
                sample.borrow_mut().extend(objects);
            }
            Ok(())
        })
        .unwrap();
    let sample = sample.into_inner();
    assert!(!sample.is_empty());
    let Some(p) = peers() else { return };
    let verdict = validate(&p, &sample, |_| true);
    println!("finding property sample: {} objects valid", verdict.objects);
}

/// Observables from arbitrary strings: whatever the mapping lets through as
/// a `url`, `email-addr`, `domain-name` or IP address, the validator accepts.
#[test]
fn observables_made_from_arbitrary_strings_are_valid_stix() {
    let uri_ish = prop_oneof![
        "[a-zA-Z][a-zA-Z0-9+.-]{0,5}:(//)?[a-zA-Z0-9:@/?#%._~!$&'()*+,;=\\[\\] -]{0,30}",
        "https?://[a-z0-9.-]{1,12}(:[0-9]{0,5})?(/[a-zA-Z0-9%._~-]{0,8}){0,3}(\\?[a-z=&%0-9]{0,10})?",
        ".{0,20}",
    ];
    let email_ish = prop_oneof![
        "[a-zA-Z0-9_.+-]{0,8}@[a-zA-Z0-9.-]{0,12}",
        "[a-zA-Z0-9é_.+ -]{0,8}@?[a-zA-Z0-9é._-]{0,12}",
        ".{0,16}",
    ];
    let host_ish = prop_oneof![
        "([a-zA-Z0-9-]{1,10}\\.){0,3}[a-zA-Z0-9-]{1,10}\\.?",
        "(xn--[a-z0-9-]{1,12}\\.)?[a-zäöüßéçøåœłšžčřяжлзβγδ-]{1,10}\\.[a-zа-я]{2,4}",
        ".{0,20}",
    ];
    let ip_ish = prop_oneof![
        "[0-9]{1,3}\\.[0-9]{1,3}\\.[0-9]{1,3}\\.[0-9]{1,3}",
        "((25[0-5]|2[0-4][0-9]|1?[0-9]{1,2})\\.){3}(25[0-5]|2[0-4][0-9]|1?[0-9]{1,2})",
        "([0-9a-fA-F]{1,4}:){1,7}[0-9a-fA-F]{1,4}",
        "([0-9a-f]{1,4}:){0,3}:([0-9a-f]{1,4}:){0,3}[0-9a-f]{0,4}",
        "[0-9a-fA-F:.]{2,30}",
        ".{0,12}",
    ];
    let mut runner = TestRunner::new(Config {
        cases: 300,
        failure_persistence: None,
        ..Config::default()
    });
    let sample = std::cell::RefCell::new(Vec::new());
    let n = std::cell::Cell::new(0u32);
    runner
        .run(
            &(uri_ish, email_ish, host_ish.clone(), host_ish, ip_ish),
            |(url, email, host, domain, ip)| {
                n.set(n.get() + 1);
                let cred = json!({"id": format!("c{}", n.get()), "url": url, "email": email, "domain": domain, "username": host});
                let asset = json!({"id": format!("e{}", n.get()), "host": host, "domain": domain, "ip": ip, "product": url});
                let mut s = sample.borrow_mut();
                s.extend(map_twice(RecordKind::DefendisCredential, cred.to_string().as_bytes()));
                s.extend(map_twice(RecordKind::DefendisExposureAsset, asset.to_string().as_bytes()));
                Ok(())
            },
        )
        .unwrap();
    let sample = sample.into_inner();
    let made = |t: &str| sample.iter().filter(|o| o["type"] == t).count();
    for t in ["url", "email-addr", "domain-name", "ipv4-addr", "ipv6-addr"] {
        assert!(made(t) > 3, "only {} {t} made", made(t));
    }
    let Some(p) = peers() else { return };
    let verdict = validate(&p, &sample, |_| true);
    check_sco_ids(&p, &distinct(&scos(&sample)));
    println!(
        "observables from arbitrary strings: {} objects valid ({} url, {} email-addr, {} domain-name, {} ipv4-addr, {} ipv6-addr)",
        verdict.objects,
        made("url"),
        made("email-addr"),
        made("domain-name"),
        made("ipv4-addr"),
        made("ipv6-addr")
    );
}
