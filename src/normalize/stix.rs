//! Records as **STIX 2.1** objects.
//!
//! [`map`] turns one record of a [`RecordKind`] into the STIX objects a CTI
//! analyst expects from it: SDOs (`vulnerability`, `observed-data`,
//! `malware-analysis`, `indicator`, ...), the SCOs they point at, and the
//! relationships between them. The same record always gives byte-identical
//! objects: nothing depends on the clock or on the order of runs.
//!
//! # Conventions
//!
//! - **Ids.** SDOs and SROs: [`stix_id`]`(kind, seed, type)` (UUIDv5), where the
//!   seed is the record id for the record's main object and `<record id>|<role>`
//!   for the others (roles below). SCOs: the id STIX 2.1 §2.9 prescribes,
//!   UUIDv5 over the SCO namespace `00abedb4-aa42-466c-9c01-fed23315a9b7` of the
//!   canonical JSON of the type's ID contributing properties (one hash, chosen
//!   MD5, SHA-1, SHA-256, SHA-512 in that order), so `example.com` is one
//!   `domain-name` whichever record, service or tool (python `stix2`, OpenCTI)
//!   made it.
//! - **Provenance.** Every SDO and SRO carries `x_secops_source`:
//!   `{service, kind, record_id, feed?, times?}` — `feed` is [`Origin::feed`]
//!   (left out when there is none), `times` the record's own time fields under
//!   their source names, as the record gave them (times the typed layer has
//!   already parsed: in RFC 3339). SCOs carry no
//!   provenance and only their intrinsic properties: one SCO id stands for one
//!   observable whatever record it came from, so it must always have the same
//!   content; its provenance is the SDO that refers to it.
//! - **Times.** STIX timestamps are UTC with millisecond precision
//!   (`2024-01-02T03:04:05.678Z`), years clamped to 0001–9999. `created` and
//!   `modified` come from the record's times (table below); a record without
//!   any usable time gets `1970-01-01T00:00:00.000Z` (fixed, never the clock).
//!   `modified` is never before `created`, `last_observed` never before
//!   `first_observed`.
//! - **Text** is copied as is (any length, any Unicode); nothing is truncated.
//! - **Observables are only emitted when STIX accepts their value**: a
//!   `domain-name` only for a host name the STIX schema's `idn-hostname`
//!   accepts (ASCII letters, digits and hyphens, or IDN labels in Latin,
//!   Greek or Cyrillic lower case, as U-labels or `xn--` A-labels; names are
//!   lower-cased and lose a trailing dot); a `url` only for an RFC 3986 URI;
//!   an `ipv4-addr`/`ipv6-addr` only for an address; an `email-addr` only for
//!   an ASCII `local@domain.tld`; hashes only when they are hex of the right
//!   length (lower-cased); a `file` only with a hash (a name-only `file` would
//!   make every `invoice.exe` one object). A value that fails is left out,
//!   never "repaired".
//! - **Secrets are never emitted**: no password (not even masked), no card
//!   number (not even masked), no expiry date, no CVV. Fields the typed layer
//!   does not model (`extra`) are not copied either: for leak data nobody can
//!   vouch for what they hold.
//! - A record that does not parse as its kind is an
//!   [`Error::Decode`]. Any record that parses maps
//!   without error and without panic (possibly to no objects, as listed).
//!
//! # Record ids
//!
//! | Kind | Record id |
//! |---|---|
//! | `defectdojo.finding` | the finding's `id` |
//! | `defendis.*` | the record's `id`; when it has none (or an empty one), `content:<UUIDv5 over NAMESPACE of the record's canonical JSON>` |
//! | `sandbox.sample` | the sample's `id` |
//! | `sandbox.report` | `sample.id`; else the first target's `sha256`; else `content:<UUIDv5 ...>` |
//! | `sie.newdomain` | `<message.domain>\|<time>`, both as the record gave them (empty when absent) |
//! | `taxii.object` | none: the object is passed through |
//!
//! # Mappings
//!
//! ## DefectDojo finding → `vulnerability` (one per CVE)
//!
//! A finding yields one `vulnerability` per distinct CVE it names; a finding
//! without a CVE yields **no objects** (a finding is an internal scanner
//! result, not threat intelligence: only the CVE is shareable).
//!
//! | Source | STIX |
//! |---|---|
//! | `vulnerability_ids[].vulnerability_id`, legacy `cve`, `vuln_id_from_tool` matching `CVE-YYYY-NNNN…` (upper-cased, de-duplicated) | one `vulnerability` each: `name`, `external_references[] {source_name: "cve", external_id}`; id seed `<finding id>\|<CVE>` |
//! | `cwe` (when > 0) | `external_references[] {source_name: "cwe", external_id: "CWE-<n>"}` |
//! | other `vulnerability_ids` (`GHSA-…`, …) | `external_references[] {source_name: <prefix, lower case>, external_id}` |
//! | `description` | `description` (whole) |
//! | `created` (else `date`) | `created` |
//! | `updated` (else `last_status_update`, else `created`) | `modified` |
//! | `title`, `severity`, `cvssv3`, `cvssv3_score`, `cvssv4`, `cvssv4_score`, `epss_score`, `epss_percentile`, `known_exploited`, `component_name`, `component_version`, `active`, `verified`, `false_p`, `is_mitigated`, `tags` | `x_secops_finding` |
//! | `created`, `updated`, `date`, `last_status_update`, `mitigated`, `publish_date`, `kev_date` | `x_secops_source.times` |
//!
//! Not mapped: the finding's product/engagement/test context, endpoints,
//! file paths, steps, mitigation and notes (internal to the organisation, not
//! properties of the CVE); `references` and `url` (free text of unknown shape).
//!
//! ## Defendis leaked credential → `observed-data` + SCOs
//!
//! | Source | STIX |
//! |---|---|
//! | `email` | `email-addr` {`value`} |
//! | `username` | `user-account` {`account_login`} |
//! | `domain` | `domain-name` {`value`} |
//! | `url` | `url` {`value`} |
//! | — | `observed-data`: `object_refs` = the SCOs above, `number_observed` 1, `labels` `["leaked-credential"]` |
//! | `leakDate` (else `discoveredAt`) | `first_observed` |
//! | `discoveredAt` (else `leakDate`) | `last_observed`, `created`, `modified` |
//! | `source`, `passwordType`, whether `password` is non-empty | `x_secops_leak` {`source`, `password_type`, `password_present`} |
//! | `leakDate`, `discoveredAt` | `x_secops_source.times` |
//!
//! Not mapped: `password` (never, not even masked: a STIX bundle is shared
//! far and wide; `password_present` says whether one leaked). The SCOs are not
//! linked to each other (`belongs_to_ref`): SCO content must not depend on
//! the record. No usable observable → no objects.
//!
//! ## Defendis leaked document → `observed-data` + SCOs
//!
//! | Source | STIX |
//! |---|---|
//! | `fileName`, `size`, hex `md5`/`sha1`/`sha256`/`sha512` (unmodelled fields, read for hashes only) | `file` {`hashes`, `name`, `size`} when there is a hash; else `fileName` goes to `x_secops_leak.file_name` |
//! | `url` | `url` {`value`} |
//! | `domain` | `domain-name` {`value`} |
//! | — | `observed-data` as for credentials, `labels` `["leaked-document"]` |
//! | `leakDate` / `discoveredAt` | `first_observed` / `last_observed`, `created`, `modified` (as for credentials) |
//! | `source`, `fileType` | `x_secops_leak` {`source`, `file_type`} |
//!
//! No usable observable → no objects.
//!
//! ## Defendis leaked payment card → `incident`
//!
//! STIX 2.1 has no payment-card observable, so a leaked card is an
//! `incident` (what it is for the issuer watching its BIN).
//!
//! | Source | STIX |
//! |---|---|
//! | `bin` (6–8 digits; a longer digit string is cut to its first 6) | `name` "Leaked payment card (BIN …)", `description`, `x_secops_card.bin` |
//! | `brand`, `issuer`, `country` | `x_secops_card` {`brand`, `issuer`, `country`}, `description` |
//! | `source` | `x_secops_leak.source` |
//! | `discoveredAt` (else `leakDate`) | `created`, `modified` |
//! | `leakDate`, `discoveredAt` | `x_secops_source.times` |
//! | — | `labels` `["leaked-payment-card"]` |
//!
//! Not mapped: `cardNumber` and `expiry` (never, not even masked).
//!
//! ## Defendis exposure asset → `observed-data` + SCOs
//!
//! | Source | STIX |
//! |---|---|
//! | `host`, `domain` (when different) | `domain-name` {`value`} |
//! | `ip` | `ipv4-addr` / `ipv6-addr` {`value`} |
//! | `product` | `software` {`name`} |
//! | `cves[]` (CVE-shaped) | `external_references[] {source_name: "cve", external_id}` of the `observed-data` |
//! | `port`, `service`, `severity` | `x_secops_exposure` |
//! | `firstSeen` (else `lastSeen`) | `first_observed`, `created` |
//! | `lastSeen` (else `firstSeen`) | `last_observed`, `modified` |
//! | — | `observed-data`, `number_observed` 1, `labels` `["exposed-asset"]` |
//!
//! Not mapped as `network-traffic`: an exposure is a listening service, not
//! a flow (STIX would want a source port); port and service stay in
//! `x_secops_exposure`. No usable observable → no objects.
//!
//! ## Defendis ransomware victim → `identity`, `intrusion-set`, `location`, SCOs, `report`
//!
//! | Source | STIX |
//! |---|---|
//! | `victim` (else `domain`) | `identity` {`name`, `identity_class` "organization"}; role `victim` |
//! | `sector` | `identity.sectors` when it maps onto the industry-sector vocabulary (`finance` → `financial-services`, …), else `x_secops_victim.sector` |
//! | `country` (ISO 3166-1 alpha-2) | `location` {`country`} + `relationship` `located-at` (identity → location); roles `country`, `located-at` |
//! | `group` | `intrusion-set` {`name`} + `relationship` `targets` (intrusion-set → identity); roles `group`, `targets` |
//! | `domain` | `domain-name` {`value`} |
//! | `postUrl` | `url` {`value`} |
//! | — | `report` {`name`, `description`, `report_types` `["threat-report"]`, `labels` `["ransomware-victim"]`, `object_refs` = all of the above}; the main object |
//! | `publishedAt` (else `discoveredAt`) | `report.published` |
//! | `discoveredAt` (else `publishedAt`) | `created`, `modified` |
//! | `publishedAt`, `discoveredAt` | `x_secops_source.times` |
//!
//! A record with none of victim, domain, group or post URL yields no objects.
//!
//! ## Sandbox sample → `malware-analysis` (+ `url`)
//!
//! | Source | STIX |
//! |---|---|
//! | — | `malware-analysis` {`product` "recorded-future-sandbox"} (the spec wants product names lower case with dashes) |
//! | `score` (unmodelled field, when a listing carries it) | `result`: ≥ 8 `malicious`, 6–7 `suspicious`, 1–5 `benign`, none `unknown` |
//! | `submitted` | `submitted`, `created` |
//! | `completed` | `analysis_ended`, `modified` |
//! | `url` (url/fetch samples) | `url` SCO in `analysis_sco_refs` (`sample_ref` may only name a file, artifact or network-traffic) |
//! | `status`, `kind`, `filename`, `score` | `x_secops_sandbox` |
//! | `submitted`, `completed` | `x_secops_source.times` |
//!
//! A listed file sample has no hashes, so no `file` SCO (its name stays in
//! `x_secops_sandbox.filename`); the overview report has them.
//!
//! ## Sandbox overview report → `malware-analysis`, `file`, `malware`, IOCs
//!
//! | Source | STIX |
//! |---|---|
//! | `sample.{md5,sha1,sha256,sha512,ssdeep}`, `sample.filename` (else `sample.target`), `sample.size` | `file` {`hashes` (`MD5`, `SHA-1`, `SHA-256`, `SHA-512`, `SSDEEP`), `name`, `size`}; `sample_ref` (a URL sample without hashes: its `url`, in `analysis_sco_refs`) |
//! | `analysis.score` (else the highest target score, else `sample.score`) | `result` (as above), `x_secops_sandbox.score` |
//! | `analysis.family`, `targets[].family` | `result_name` (the first); one `malware` {`name`, `is_family` true, `sample_refs`, `malware_types` from tags in the vocabulary} each + `relationship` `characterizes` (malware-analysis → malware); roles `family:<name>`, `characterizes:<name>` |
//! | `analysis.tags` | `labels` |
//! | `targets[].sha256`, `targets[].target` (when not the sample) | `file` {`hashes` {`SHA-256`}, `name`} in `analysis_sco_refs` |
//! | `targets[].iocs.{domains,ips,urls}` | `domain-name`, `ipv4-addr`/`ipv6-addr`, `url` in `analysis_sco_refs` |
//! | `sample.created` | `submitted`, `created` |
//! | `sample.completed` | `analysis_ended`, `modified` |
//! | `signatures[].{name,score}`, `version` | `x_secops_sandbox` |
//! | `sample.created`, `sample.completed` | `x_secops_source.times` (as `sample_created`, `sample_completed`) |
//!
//! Not mapped: `extracted` (malware configurations: C2 lists, botnet ids —
//! loosely typed, possibly credentials), per-task details.
//!
//! ## SIE newly observed domain → `indicator` + `domain-name`
//!
//! | Source | STIX |
//! |---|---|
//! | `message.domain` (else `message.rrname`), lower-cased, trailing dot removed | `indicator.pattern` `[domain-name:value = '<domain>']` (`'` and `\` escaped as `\'`, `\\`), `pattern_type` "stix", `pattern_version` "2.1", `name`; `domain-name` {`value`} when it is a host name |
//! | `time` (else `message.time_seen`) | `valid_from`, `created`, `modified` |
//! | — | `indicator_types` `["anomalous-activity"]` (new, not known bad), `description` |
//! | `message.{rrname,rrtype,rrclass,bailiwick,rdata}`, `source` | `x_secops_dns` |
//! | `time`, `message.time_seen` | `x_secops_source.times` |
//!
//! A record without a domain (or with an empty one) yields no objects. The
//! indicator and the SCO are not joined by a relationship: the pattern names
//! the domain (and one more object per record would cost a third more output
//! on a channel that streams millions of records).
//!
//! ## TAXII object → itself
//!
//! A STIX object read from a TAXII collection is passed through unchanged: no
//! `x_secops_source` is added, since changing an object without changing its
//! `modified` would make two different objects of one version.

use std::collections::BTreeSet;

use chrono::{DateTime, Datelike, NaiveDate, TimeZone, Utc};
use serde_json::{json, Map, Value};
use uuid::Uuid;

use super::{parse, stix_id, Origin, RecordKind, NAMESPACE};
use crate::defectdojo::types::Finding;
use crate::defendis::types::{
    ExposureAsset, LeakedCredential, LeakedDocument, LeakedPaymentCard, RansomwareVictim,
};
use crate::error::{Error, Result};
use crate::sandbox::types::{FileInfo, OverviewReport, Sample};
use crate::sie::NewDomain;
use crate::taxii::StixObject;

/// The namespace of STIX 2.1 SCO ids (STIX 2.1 §2.9).
pub const SCO_NAMESPACE: Uuid = Uuid::from_u128(0x00ab_edb4_aa42_466c_9c01_fed2_3315_a9b7);

/// The `product` of every `malware-analysis` made from Sandbox records.
pub const SANDBOX_PRODUCT: &str = "recorded-future-sandbox";

/// The time of objects made from a record without a usable time.
const NO_TIME: &str = "1970-01-01T00:00:00.000Z";

/// Maps one record of `kind` (a JSON document as the service sent it) into
/// STIX 2.1 objects (see the module docs for each kind's mapping).
pub fn map(kind: RecordKind, record: &[u8], origin: &Origin) -> Result<Vec<Value>> {
    match kind {
        RecordKind::DefectDojoFinding => Ok(finding(&parse(kind, record)?, origin)),
        RecordKind::DefendisCredential => {
            let r: LeakedCredential = parse(kind, record)?;
            let id = defendis_id(r.id.as_deref(), &r);
            Ok(credential(&r, Ctx::new(kind, id, origin)))
        }
        RecordKind::DefendisDocument => {
            let r: LeakedDocument = parse(kind, record)?;
            let id = defendis_id(r.id.as_deref(), &r);
            Ok(document(&r, Ctx::new(kind, id, origin)))
        }
        RecordKind::DefendisPaymentCard => {
            let r: LeakedPaymentCard = parse(kind, record)?;
            let id = defendis_id(r.id.as_deref(), &r);
            Ok(payment_card(&r, Ctx::new(kind, id, origin)))
        }
        RecordKind::DefendisExposureAsset => {
            let r: ExposureAsset = parse(kind, record)?;
            let id = defendis_id(r.id.as_deref(), &r);
            Ok(exposure(&r, Ctx::new(kind, id, origin)))
        }
        RecordKind::DefendisRansomwareVictim => {
            let r: RansomwareVictim = parse(kind, record)?;
            let id = defendis_id(r.id.as_deref(), &r);
            Ok(ransomware(&r, Ctx::new(kind, id, origin)))
        }
        RecordKind::SandboxSample => Ok(sample(&parse(kind, record)?, origin)),
        RecordKind::SandboxReport => Ok(report(&parse(kind, record)?, origin)),
        RecordKind::SieNewDomain => {
            let line = std::str::from_utf8(record)
                .map_err(|e| Error::decode(kind.service(), e, record))?;
            let rec =
                NewDomain::parse(line).map_err(|e| Error::decode(kind.service(), e, record))?;
            Ok(newdomain(&rec, origin))
        }
        RecordKind::TaxiiObject => Ok(vec![parse::<StixObject>(kind, record)?.to_value()]),
    }
}

// ---------------------------------------------------------------------------
// Building blocks
// ---------------------------------------------------------------------------

/// One record being mapped: what every SDO made from it shares.
struct Ctx<'a> {
    kind: RecordKind,
    record_id: String,
    origin: &'a Origin,
    /// The record's time fields, as it gave them.
    times: Map<String, Value>,
}

impl<'a> Ctx<'a> {
    fn new(kind: RecordKind, record_id: String, origin: &'a Origin) -> Self {
        Ctx {
            kind,
            record_id,
            origin,
            times: Map::new(),
        }
    }

    /// Keeps a time field of the record (when present) in `x_secops_source.times`.
    fn time(&mut self, name: &str, raw: Option<String>) {
        if let Some(raw) = raw {
            self.times.insert(name.to_string(), Value::String(raw));
        }
    }

    /// The id of this record's object of `stix_type`: `role` tells apart
    /// several objects of one type (`None` for the main one).
    fn id(&self, stix_type: &str, role: Option<&str>) -> String {
        match role {
            None => stix_id(self.kind, &self.record_id, stix_type),
            Some(r) => stix_id(self.kind, &format!("{}|{r}", self.record_id), stix_type),
        }
    }

    fn source(&self) -> Value {
        let mut m = Map::new();
        m.insert("service".into(), json!(self.kind.service().as_str()));
        m.insert("kind".into(), json!(self.kind.name()));
        m.insert("record_id".into(), json!(self.record_id));
        if let Some(feed) = &self.origin.feed {
            m.insert("feed".into(), json!(feed));
        }
        if !self.times.is_empty() {
            m.insert("times".into(), Value::Object(self.times.clone()));
        }
        Value::Object(m)
    }

    /// The common properties of an SDO or SRO; `modified` is raised to
    /// `created` when it is earlier.
    fn sdo(
        &self,
        stix_type: &str,
        role: Option<&str>,
        created: Option<DateTime<Utc>>,
        modified: Option<DateTime<Utc>>,
    ) -> Map<String, Value> {
        let created_s = stamp(created);
        let modified_s = match (created, modified) {
            (Some(c), Some(m)) if m > c => stamp(Some(m)),
            _ => created_s.clone(),
        };
        let mut m = Map::new();
        m.insert("type".into(), json!(stix_type));
        m.insert("spec_version".into(), json!("2.1"));
        m.insert("id".into(), json!(self.id(stix_type, role)));
        m.insert("created".into(), json!(created_s));
        m.insert("modified".into(), json!(modified_s));
        m.insert("x_secops_source".into(), self.source());
        m
    }

    /// A relationship `source --type--> target`.
    fn relationship(
        &self,
        role: &str,
        relationship_type: &str,
        source: &str,
        target: &str,
        created: Option<DateTime<Utc>>,
        modified: Option<DateTime<Utc>>,
    ) -> Value {
        let mut m = self.sdo("relationship", Some(role), created, modified);
        m.insert("relationship_type".into(), json!(relationship_type));
        m.insert("source_ref".into(), json!(source));
        m.insert("target_ref".into(), json!(target));
        Value::Object(m)
    }
}

/// A STIX timestamp (UTC, milliseconds, year 0001–9999); [`NO_TIME`] for none.
fn stamp(t: Option<DateTime<Utc>>) -> String {
    let Some(t) = t else {
        return NO_TIME.to_string();
    };
    let t = if t.year() < 1 {
        Utc.with_ymd_and_hms(1, 1, 1, 0, 0, 0).single().unwrap_or(t)
    } else if t.year() > 9999 {
        Utc.with_ymd_and_hms(9999, 12, 31, 23, 59, 59)
            .single()
            .map(|x| x + chrono::Duration::milliseconds(999))
            .unwrap_or(t)
    } else {
        t
    };
    t.format("%Y-%m-%dT%H:%M:%S%.3fZ").to_string()
}

/// A time field as the services write it (see [`super::parse_time`]).
fn loose_time(s: &str) -> Option<DateTime<Utc>> {
    super::parse_time(s)
}

fn midnight(d: NaiveDate) -> DateTime<Utc> {
    Utc.from_utc_datetime(&d.and_time(chrono::NaiveTime::MIN))
}

/// RFC 3339 text of a typed time (for `x_secops_source.times`).
fn rfc3339(t: &DateTime<Utc>) -> String {
    t.to_rfc3339_opts(chrono::SecondsFormat::AutoSi, true)
}

/// A non-blank string, trimmed.
fn text(s: Option<&str>) -> Option<&str> {
    s.map(str::trim).filter(|s| !s.is_empty())
}

/// The record id of a Defendis record: its `id`, else a hash of its content.
fn defendis_id<T: serde::Serialize>(id: Option<&str>, record: &T) -> String {
    match id.filter(|i| !i.is_empty()) {
        Some(i) => i.to_string(),
        None => content_id(record),
    }
}

/// `content:<UUIDv5 over NAMESPACE of the record's canonical JSON>`.
fn content_id<T: serde::Serialize>(record: &T) -> String {
    let value = serde_json::to_value(record).unwrap_or(Value::Null);
    let mut canonical = String::new();
    write_canonical(&value, &mut canonical);
    format!(
        "content:{}",
        Uuid::new_v5(&NAMESPACE, canonical.as_bytes()).hyphenated()
    )
}

/// Writes `v` as compact JSON with every object's keys sorted (whatever
/// order the map keeps them in): RFC 8785 for the strings and integers the
/// ids are made of.
fn write_canonical(v: &Value, out: &mut String) {
    match v {
        Value::Object(m) => {
            let mut keys: Vec<&String> = m.keys().collect();
            keys.sort();
            out.push('{');
            for (i, k) in keys.into_iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                out.push_str(&Value::String(k.clone()).to_string());
                out.push(':');
                write_canonical(&m[k], out);
            }
            out.push('}');
        }
        Value::Array(a) => {
            out.push('[');
            for (i, x) in a.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_canonical(x, out);
            }
            out.push(']');
        }
        other => out.push_str(&other.to_string()),
    }
}

/// The observables of one record, in the order they were first made, each once.
#[derive(Default)]
struct Scos {
    objects: Vec<Value>,
    ids: BTreeSet<String>,
}

impl Scos {
    /// Adds an SCO of `stix_type` made of its ID contributing properties
    /// `id_props` alone. Returns its id.
    fn add(&mut self, stix_type: &str, id_props: Map<String, Value>) -> String {
        let id = sco_id(stix_type, &id_props);
        if self.ids.insert(id.clone()) {
            let mut m = Map::new();
            m.insert("type".into(), json!(stix_type));
            m.insert("spec_version".into(), json!("2.1"));
            m.insert("id".into(), json!(id));
            m.extend(id_props);
            self.objects.push(Value::Object(m));
        }
        id
    }

    fn value(&mut self, stix_type: &str, value: &str) -> String {
        let mut p = Map::new();
        p.insert("value".into(), json!(value));
        self.add(stix_type, p)
    }

    /// A `domain-name` when `raw` is a host name STIX accepts.
    fn domain(&mut self, raw: Option<&str>) -> Option<String> {
        let d = domain_value(text(raw)?)?;
        is_host_name(&d).then(|| self.value("domain-name", &d))
    }

    /// A `url` when `raw` is an RFC 3986 URI.
    fn url(&mut self, raw: Option<&str>) -> Option<String> {
        let u = text(raw)?;
        is_uri(u).then(|| self.value("url", u))
    }

    /// An `ipv4-addr` or `ipv6-addr` when `raw` is an address.
    fn ip(&mut self, raw: Option<&str>) -> Option<String> {
        match text(raw)?.parse::<std::net::IpAddr>().ok()? {
            std::net::IpAddr::V4(a) => Some(self.value("ipv4-addr", &a.to_string())),
            std::net::IpAddr::V6(a) => {
                let s = a.to_string();
                // The STIX schema's IPv6 pattern has no embedded-IPv4 forms.
                (!s.contains('.')).then(|| self.value("ipv6-addr", &s))
            }
        }
    }

    /// An `email-addr` when `raw` is an ASCII `local@domain.tld` (the
    /// validator's rule: `[A-Za-z0-9_.+-]+@[A-Za-z0-9-]+\.[A-Za-z0-9.-]+`).
    fn email(&mut self, raw: Option<&str>) -> Option<String> {
        let e = text(raw)?;
        let (local, domain) = e.split_once('@')?;
        let local_ok = !local.is_empty()
            && local
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"_.+-".contains(&b));
        let domain_ok = domain
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'.')
            && domain
                .find('.')
                .is_some_and(|dot| dot > 0 && dot + 1 < domain.len());
        (local_ok && domain_ok).then(|| self.value("email-addr", e))
    }

    /// A `file` with `hashes` (STIX algorithm names) and a name; `None`
    /// without a well-formed hash. The id uses one hash ([`one_hash`]) and
    /// the name; the content keeps every hash.
    fn file(
        &mut self,
        hashes: &[(&str, Option<&str>)],
        name: Option<&str>,
        size: Option<i64>,
    ) -> Option<String> {
        let hashes = hash_map(hashes);
        if hashes.is_empty() {
            return None;
        }
        let name = text(name);
        let mut id_props = Map::new();
        if let Some(one) = one_hash(&hashes) {
            id_props.insert("hashes".into(), one);
        }
        if let Some(n) = name {
            id_props.insert("name".into(), json!(n));
        }
        let id = sco_id("file", &id_props);
        if self.ids.insert(id.clone()) {
            let mut m = Map::new();
            m.insert("type".into(), json!("file"));
            m.insert("spec_version".into(), json!("2.1"));
            m.insert("id".into(), json!(id));
            m.extend(id_props);
            if !hashes.is_empty() {
                m.insert("hashes".into(), Value::Object(hashes));
            }
            if let Some(s) = size.filter(|s| *s >= 0) {
                m.insert("size".into(), json!(s));
            }
            self.objects.push(Value::Object(m));
        }
        Some(id)
    }
}

/// The id STIX 2.1 §2.9 gives an SCO of `stix_type` whose ID contributing
/// properties are `id_props`: UUIDv5 over [`SCO_NAMESPACE`] of their
/// canonical JSON.
fn sco_id(stix_type: &str, id_props: &Map<String, Value>) -> String {
    let mut canonical = String::new();
    write_canonical(&Value::Object(id_props.clone()), &mut canonical);
    format!(
        "{stix_type}--{}",
        Uuid::new_v5(&SCO_NAMESPACE, canonical.as_bytes()).hyphenated()
    )
}

/// The hashes of `raw` (STIX algorithm name, value) that are well formed,
/// hex lower-cased.
fn hash_map(raw: &[(&str, Option<&str>)]) -> Map<String, Value> {
    let mut m = Map::new();
    for (algo, value) in raw {
        let Some(v) = text(*value) else { continue };
        let ok = match *algo {
            "MD5" => is_hex(v, 32),
            "SHA-1" => is_hex(v, 40),
            "SHA-256" => is_hex(v, 64),
            "SHA-512" => is_hex(v, 128),
            "SSDEEP" => {
                v.len() <= 128
                    && v.bytes()
                        .all(|b| b.is_ascii_alphanumeric() || b"/+:.".contains(&b))
            }
            _ => false,
        };
        if ok && !m.contains_key(*algo) {
            let v = if *algo == "SSDEEP" {
                v.to_string()
            } else {
                v.to_ascii_lowercase()
            };
            m.insert((*algo).to_string(), json!(v));
        }
    }
    m
}

fn is_hex(s: &str, len: usize) -> bool {
    s.len() == len && s.bytes().all(|b| b.is_ascii_hexdigit())
}

/// The one hash an SCO id uses (STIX 2.1 §2.9: MD5, SHA-1, SHA-256, SHA-512).
fn one_hash(hashes: &Map<String, Value>) -> Option<Value> {
    ["MD5", "SHA-1", "SHA-256", "SHA-512"]
        .iter()
        .find_map(|k| hashes.get(*k).map(|v| json!({ *k: v })))
        .or_else(|| {
            hashes
                .iter()
                .next()
                .map(|(k, v)| Value::Object(Map::from_iter([(k.clone(), v.clone())])))
        })
}

/// A CVE id (`CVE-YYYY-NNNN…`) in upper case, if `s` is one.
fn cve(s: &str) -> Option<String> {
    let c = s.trim().to_ascii_uppercase();
    let rest = c.strip_prefix("CVE-")?;
    let (year, num) = rest.split_once('-')?;
    // CVE numbers have four digits, or more without a leading zero.
    let ok = year.len() == 4
        && year.bytes().all(|b| b.is_ascii_digit())
        && (num.len() == 4 || num.len() > 4 && !num.starts_with('0'))
        && num.bytes().all(|b| b.is_ascii_digit());
    ok.then_some(c)
}

/// The non-blank `items`, trimmed, each once, in order.
fn labels<'a>(items: impl IntoIterator<Item = &'a String>) -> Vec<String> {
    let mut seen = BTreeSet::new();
    items
        .into_iter()
        .filter_map(|s| text(Some(s.as_str())))
        .filter(|s| seen.insert(s.to_string()))
        .map(str::to_string)
        .collect()
}

/// Puts `value` under `key` when it is not null.
fn put(m: &mut Map<String, Value>, key: &str, value: Value) {
    if !value.is_null() {
        m.insert(key.to_string(), value);
    }
}

// ---------------------------------------------------------------------------
// Host names and URIs STIX accepts
// ---------------------------------------------------------------------------

/// A domain as STIX carries it: lower case, without the trailing root dot.
fn domain_value(raw: &str) -> Option<String> {
    let d = raw.trim();
    let d = d.strip_suffix('.').unwrap_or(d);
    let d = d.to_lowercase();
    (!d.is_empty()).then_some(d)
}

/// Whether `d` is a host name the STIX schema (`idn-hostname`, checked by
/// IDNA 2008) accepts. Conservative: IDN labels may only hold Latin, Greek
/// and Cyrillic lower-case letters besides ASCII letters, digits and hyphens.
fn is_host_name(d: &str) -> bool {
    let mut total = 0usize;
    for label in d.split('.') {
        let Some(ascii_len) = label_ascii_len(label) else {
            return false;
        };
        total += ascii_len + 1;
    }
    total > 1 && total - 1 <= 253
}

/// The length of `label` as an A-label, if it is a valid label.
fn label_ascii_len(label: &str) -> Option<usize> {
    // An A-label is at most 63 bytes, and never shorter than its U-label
    // (which keeps the punycode work small whatever the input).
    if label.is_empty() || label.len() > 63 * 4 || label.chars().nth(63).is_some() {
        return None;
    }
    if label.is_ascii() {
        if let Some(puny) = label.strip_prefix("xn--") {
            let u = punycode_decode(puny)?;
            let ok = u.iter().any(|c| !c.is_ascii())
                && u_label_ok(&u)
                && punycode_encode(&u).as_deref() == Some(puny);
            return (ok && label.len() <= 63).then_some(label.len());
        }
        let chars: Vec<char> = label.chars().collect();
        return (label.len() <= 63 && u_label_ok(&chars)).then_some(label.len());
    }
    let chars: Vec<char> = label.chars().collect();
    if !u_label_ok(&chars) {
        return None;
    }
    let a = 4 + punycode_encode(&chars)?.len();
    (a <= 63).then_some(a)
}

/// IDNA 2008 rules on a label's characters and hyphens (conservatively).
fn u_label_ok(chars: &[char]) -> bool {
    let hyphens_ok = chars.first() != Some(&'-')
        && chars.last() != Some(&'-')
        && !(chars.get(2) == Some(&'-') && chars.get(3) == Some(&'-'));
    hyphens_ok && chars.iter().all(|c| idn_char_ok(*c))
}

fn idn_char_ok(c: char) -> bool {
    let u = c as u32;
    c.is_ascii_lowercase()
        || c.is_ascii_digit()
        || c == '-'
        || (0xDF..=0xFF).contains(&u) && u != 0xF7
        || (0x0101..=0x012F).contains(&u) && u % 2 == 1
        || matches!(
            u,
            0x0131
                | 0x0135
                | 0x0137
                | 0x0138
                | 0x013A
                | 0x013C
                | 0x013E
                | 0x0142
                | 0x0144
                | 0x0146
                | 0x0148
                | 0x017A
                | 0x017C
                | 0x017E
        )
        || (0x014B..=0x0177).contains(&u) && u % 2 == 1
        || (0x03AC..=0x03CE).contains(&u)
        || (0x0430..=0x045F).contains(&u)
}

// Punycode (RFC 3492), from the `idna` crate `url` already uses.
use idna::punycode::{decode as punycode_decode, encode as punycode_encode};

/// Whether `s` is a URI by RFC 3986 (absolute, ASCII; IP-literal hosts are
/// refused, conservatively).
fn is_uri(s: &str) -> bool {
    fn unreserved(b: u8) -> bool {
        b.is_ascii_alphanumeric() || b"-._~".contains(&b)
    }
    fn sub_delim(b: u8) -> bool {
        b"!$&'()*+,;=".contains(&b)
    }
    /// Every byte is `ok`, or a `%` with two hex digits.
    fn run(s: &[u8], ok: impl Fn(u8) -> bool) -> bool {
        let mut i = 0;
        while i < s.len() {
            if s[i] == b'%' {
                if !(i + 2 < s.len()
                    && s[i + 1].is_ascii_hexdigit()
                    && s[i + 2].is_ascii_hexdigit())
                {
                    return false;
                }
                i += 3;
            } else if ok(s[i]) {
                i += 1;
            } else {
                return false;
            }
        }
        true
    }
    let pchar = |b: u8| unreserved(b) || sub_delim(b) || b == b':' || b == b'@';
    let b = s.as_bytes();
    let Some(colon) = b.iter().position(|c| *c == b':') else {
        return false;
    };
    let (scheme, rest) = (&b[..colon], &b[colon + 1..]);
    let scheme_ok = scheme.first().is_some_and(u8::is_ascii_alphabetic)
        && scheme
            .iter()
            .all(|c| c.is_ascii_alphanumeric() || b"+-.".contains(c));
    if !scheme_ok {
        return false;
    }
    let (rest, fragment) = match rest.iter().position(|c| *c == b'#') {
        Some(i) => (&rest[..i], Some(&rest[i + 1..])),
        None => (rest, None),
    };
    let (hier, query) = match rest.iter().position(|c| *c == b'?') {
        Some(i) => (&rest[..i], Some(&rest[i + 1..])),
        None => (rest, None),
    };
    let qf_ok = |x: &[u8]| run(x, |c| pchar(c) || c == b'/' || c == b'?');
    if !query.is_none_or(qf_ok) || !fragment.is_none_or(qf_ok) {
        return false;
    }
    let path = if let Some(after) = hier.strip_prefix(b"//") {
        let end = after.iter().position(|c| *c == b'/').unwrap_or(after.len());
        let (authority, path) = (&after[..end], &after[end..]);
        let (userinfo, hostport) = match authority.iter().position(|c| *c == b'@') {
            Some(i) => (Some(&authority[..i]), &authority[i + 1..]),
            None => (None, authority),
        };
        if !userinfo.is_none_or(|u| run(u, |c| unreserved(c) || sub_delim(c) || c == b':')) {
            return false;
        }
        let (host, port) = match hostport.iter().rposition(|c| *c == b':') {
            Some(i) => (&hostport[..i], &hostport[i + 1..]),
            None => (hostport, &hostport[hostport.len()..]),
        };
        if !port.iter().all(u8::is_ascii_digit) || !run(host, |c| unreserved(c) || sub_delim(c)) {
            return false;
        }
        path
    } else {
        hier
    };
    run(path, |c| pchar(c) || c == b'/')
}

/// A string literal of a STIX pattern: `'` and `\` escaped.
pub fn pattern_literal(value: &str) -> String {
    let mut s = String::with_capacity(value.len() + 2);
    s.push('\'');
    for c in value.chars() {
        if c == '\'' || c == '\\' {
            s.push('\\');
        }
        s.push(c);
    }
    s.push('\'');
    s
}

// ---------------------------------------------------------------------------
// DefectDojo
// ---------------------------------------------------------------------------

fn finding(f: &Finding, origin: &Origin) -> Vec<Value> {
    let mut cves: Vec<String> = Vec::new();
    let mut others: Vec<(String, String)> = Vec::new();
    let legacy = f.extra.get("cve").and_then(Value::as_str);
    let candidates = f
        .vulnerability_ids
        .iter()
        .filter_map(|v| v.vulnerability_id.as_deref())
        .map(|v| (v, true))
        .chain(legacy.map(|v| (v, false)))
        .chain(f.vuln_id_from_tool.as_deref().map(|v| (v, false)));
    for (v, listed) in candidates {
        if let Some(c) = cve(v) {
            if !cves.contains(&c) {
                cves.push(c);
            }
        } else if let (true, Some(v)) = (listed, text(Some(v))) {
            let prefix: String = v
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric())
                .collect::<String>()
                .to_ascii_lowercase();
            // `cve`/`capec` sources must carry well-formed ids: a malformed
            // one is dropped rather than mislabelled.
            let reserved = prefix == "cve" || prefix == "capec";
            if !prefix.is_empty() && !reserved && !others.iter().any(|(_, x)| x == v) {
                others.push((prefix, v.to_string()));
            }
        }
    }
    if cves.is_empty() {
        return Vec::new();
    }

    let mut ctx = Ctx::new(RecordKind::DefectDojoFinding, f.id.to_string(), origin);
    ctx.time("created", f.created.as_ref().map(rfc3339));
    ctx.time("updated", f.updated.as_ref().map(rfc3339));
    ctx.time("date", f.date.map(|d| d.to_string()));
    ctx.time(
        "last_status_update",
        f.last_status_update.as_ref().map(rfc3339),
    );
    ctx.time("mitigated", f.mitigated.as_ref().map(rfc3339));
    ctx.time("publish_date", f.publish_date.map(|d| d.to_string()));
    ctx.time("kev_date", f.kev_date.map(|d| d.to_string()));
    let created = f.created.or(f.date.map(midnight));
    let modified = f.updated.or(f.last_status_update).or(created);

    let mut extra = Map::new();
    put(&mut extra, "title", json!(f.title));
    put(&mut extra, "severity", json!(f.severity));
    put(&mut extra, "cvssv3", json!(f.cvssv3));
    put(&mut extra, "cvssv3_score", json!(f.cvssv3_score));
    put(&mut extra, "cvssv4", json!(f.cvssv4));
    put(&mut extra, "cvssv4_score", json!(f.cvssv4_score));
    put(&mut extra, "epss_score", json!(f.epss_score));
    put(&mut extra, "epss_percentile", json!(f.epss_percentile));
    put(&mut extra, "known_exploited", json!(f.known_exploited));
    put(&mut extra, "component_name", json!(f.component_name));
    put(&mut extra, "component_version", json!(f.component_version));
    put(&mut extra, "active", json!(f.active));
    put(&mut extra, "verified", json!(f.verified));
    put(&mut extra, "false_p", json!(f.false_p));
    put(&mut extra, "is_mitigated", json!(f.is_mitigated));
    if !f.tags.is_empty() {
        extra.insert("tags".into(), json!(f.tags));
    }

    cves.iter()
        .map(|c| {
            let mut v = ctx.sdo("vulnerability", Some(c), created, modified);
            v.insert("name".into(), json!(c));
            if let Some(d) = f.description.as_deref().filter(|d| !d.is_empty()) {
                v.insert("description".into(), json!(d));
            }
            let mut refs = vec![json!({"source_name": "cve", "external_id": c})];
            if let Some(cwe) = f.cwe.filter(|n| *n > 0) {
                refs.push(json!({"source_name": "cwe", "external_id": format!("CWE-{cwe}")}));
            }
            for (source, id) in &others {
                refs.push(json!({"source_name": source, "external_id": id}));
            }
            v.insert("external_references".into(), Value::Array(refs));
            if !extra.is_empty() {
                v.insert("x_secops_finding".into(), Value::Object(extra.clone()));
            }
            Value::Object(v)
        })
        .collect()
}

// ---------------------------------------------------------------------------
// Defendis
// ---------------------------------------------------------------------------

/// `observed-data` over `refs` (none: no objects), with the SCOs first.
#[allow(clippy::too_many_arguments)]
fn observed(
    ctx: &Ctx<'_>,
    scos: Scos,
    refs: Vec<String>,
    first: Option<DateTime<Utc>>,
    last: Option<DateTime<Utc>>,
    created: Option<DateTime<Utc>>,
    modified: Option<DateTime<Utc>>,
    label: &str,
    extra: Vec<(&str, Value)>,
) -> Vec<Value> {
    if refs.is_empty() {
        return Vec::new();
    }
    let (first, last) = match (first, last) {
        (Some(a), Some(b)) if b < a => (Some(b), Some(a)),
        (a, b) => (a.or(b), b.or(a)),
    };
    let mut o = ctx.sdo("observed-data", None, created, modified);
    o.insert("first_observed".into(), json!(stamp(first)));
    o.insert("last_observed".into(), json!(stamp(last)));
    o.insert("number_observed".into(), json!(1));
    o.insert("object_refs".into(), json!(refs));
    o.insert("labels".into(), json!([label]));
    for (k, v) in extra {
        match &v {
            Value::Object(m) if m.is_empty() => {}
            Value::Array(a) if a.is_empty() => {}
            _ => {
                o.insert(k.to_string(), v);
            }
        }
    }
    let mut out = scos.objects;
    out.push(Value::Object(o));
    out
}

fn credential(r: &LeakedCredential, mut ctx: Ctx<'_>) -> Vec<Value> {
    ctx.time("leakDate", r.leak_date.clone());
    ctx.time("discoveredAt", r.discovered_at.clone());
    let leak = r.leak_date.as_deref().and_then(loose_time);
    let seen = r.discovered_at.as_deref().and_then(loose_time);
    let mut scos = Scos::default();
    let mut refs = Vec::new();
    refs.extend(scos.email(r.email.as_deref()));
    if let Some(login) = text(r.username.as_deref()) {
        let mut p = Map::new();
        p.insert("account_login".into(), json!(login));
        refs.push(scos.add("user-account", p));
    }
    refs.extend(scos.domain(r.domain.as_deref()));
    refs.extend(scos.url(r.url.as_deref()));
    let mut leak_info = Map::new();
    put(&mut leak_info, "source", json!(text(r.source.as_deref())));
    put(
        &mut leak_info,
        "password_type",
        json!(text(r.password_type.as_deref())),
    );
    leak_info.insert(
        "password_present".into(),
        json!(r.password.as_deref().is_some_and(|p| !p.is_empty())),
    );
    let created = seen.or(leak);
    observed(
        &ctx,
        scos,
        refs,
        leak.or(seen),
        seen.or(leak),
        created,
        created,
        "leaked-credential",
        vec![("x_secops_leak", Value::Object(leak_info))],
    )
}

fn document(r: &LeakedDocument, mut ctx: Ctx<'_>) -> Vec<Value> {
    ctx.time("leakDate", r.leak_date.clone());
    ctx.time("discoveredAt", r.discovered_at.clone());
    let leak = r.leak_date.as_deref().and_then(loose_time);
    let seen = r.discovered_at.as_deref().and_then(loose_time);
    let hash = |k: &str| r.extra.get(k).and_then(Value::as_str);
    let mut scos = Scos::default();
    let mut refs = Vec::new();
    let file = scos.file(
        &[
            ("MD5", hash("md5")),
            ("SHA-1", hash("sha1")),
            ("SHA-256", hash("sha256")),
            ("SHA-512", hash("sha512")),
        ],
        r.file_name.as_deref(),
        r.size,
    );
    let unfiled_name = file
        .is_none()
        .then(|| text(r.file_name.as_deref()))
        .flatten();
    refs.extend(file);
    refs.extend(scos.url(r.url.as_deref()));
    refs.extend(scos.domain(r.domain.as_deref()));
    let mut leak_info = Map::new();
    put(&mut leak_info, "source", json!(text(r.source.as_deref())));
    put(
        &mut leak_info,
        "file_type",
        json!(text(r.file_type.as_deref())),
    );
    put(&mut leak_info, "file_name", json!(unfiled_name));
    let created = seen.or(leak);
    observed(
        &ctx,
        scos,
        refs,
        leak.or(seen),
        seen.or(leak),
        created,
        created,
        "leaked-document",
        vec![("x_secops_leak", Value::Object(leak_info))],
    )
}

/// The BIN to show: 6–8 digits as given, a longer digit string cut to 6 (it
/// may be a card number), anything else nothing.
fn safe_bin(bin: Option<&str>) -> Option<String> {
    let b: String = text(bin)?.chars().filter(|c| *c != ' ').collect();
    if !b.bytes().all(|c| c.is_ascii_digit()) || b.len() < 6 {
        return None;
    }
    Some(if b.len() <= 8 { b } else { b[..6].to_string() })
}

fn payment_card(r: &LeakedPaymentCard, mut ctx: Ctx<'_>) -> Vec<Value> {
    ctx.time("leakDate", r.leak_date.clone());
    ctx.time("discoveredAt", r.discovered_at.clone());
    let leak = r.leak_date.as_deref().and_then(loose_time);
    let seen = r.discovered_at.as_deref().and_then(loose_time);
    let bin = safe_bin(r.bin.as_deref());
    let brand = text(r.brand.as_deref());
    let issuer = text(r.issuer.as_deref());
    let country = text(r.country.as_deref());
    let source = text(r.source.as_deref());
    let created = seen.or(leak);
    let mut o = ctx.sdo("incident", None, created, created);
    o.insert(
        "name".into(),
        json!(match &bin {
            Some(b) => format!("Leaked payment card (BIN {b})"),
            None => "Leaked payment card".to_string(),
        }),
    );
    let mut what: Vec<String> = Vec::new();
    what.extend(bin.as_ref().map(|b| format!("BIN {b}")));
    what.extend(brand.map(str::to_string));
    what.extend(issuer.map(|i| format!("issued by {i}")));
    what.extend(country.map(|c| format!("country {c}")));
    let mut description = "A payment card".to_string();
    if !what.is_empty() {
        description.push_str(&format!(" ({})", what.join(", ")));
    }
    description.push_str(" was found leaked");
    if let Some(s) = source {
        description.push_str(&format!(" (source: {s})"));
    }
    description.push_str(". Neither the card number nor its expiry is reproduced.");
    o.insert("description".into(), json!(description));
    o.insert("labels".into(), json!(["leaked-payment-card"]));
    let mut card = Map::new();
    put(&mut card, "bin", json!(bin));
    put(&mut card, "brand", json!(brand));
    put(&mut card, "issuer", json!(issuer));
    put(&mut card, "country", json!(country));
    if !card.is_empty() {
        o.insert("x_secops_card".into(), Value::Object(card));
    }
    if let Some(s) = source {
        o.insert("x_secops_leak".into(), json!({ "source": s }));
    }
    vec![Value::Object(o)]
}

fn exposure(r: &ExposureAsset, mut ctx: Ctx<'_>) -> Vec<Value> {
    ctx.time("firstSeen", r.first_seen.clone());
    ctx.time("lastSeen", r.last_seen.clone());
    let first = r.first_seen.as_deref().and_then(loose_time);
    let last = r.last_seen.as_deref().and_then(loose_time);
    let mut scos = Scos::default();
    let mut refs: Vec<String> = Vec::new();
    let push = |refs: &mut Vec<String>, id: Option<String>| {
        if let Some(id) = id.filter(|i| !refs.contains(i)) {
            refs.push(id);
        }
    };
    push(&mut refs, scos.domain(r.host.as_deref()));
    push(&mut refs, scos.domain(r.domain.as_deref()));
    push(&mut refs, scos.ip(r.ip.as_deref()));
    if let Some(p) = text(r.product.as_deref()) {
        let mut m = Map::new();
        m.insert("name".into(), json!(p));
        push(&mut refs, Some(scos.add("software", m)));
    }
    let mut seen_cves = BTreeSet::new();
    let cve_refs: Vec<Value> = r
        .cves
        .iter()
        .filter_map(|c| cve(c))
        .filter(|c| seen_cves.insert(c.clone()))
        .map(|c| json!({"source_name": "cve", "external_id": c}))
        .collect();
    let mut info = Map::new();
    put(&mut info, "port", json!(r.port));
    put(&mut info, "service", json!(text(r.service.as_deref())));
    put(&mut info, "severity", json!(text(r.severity.as_deref())));
    let created = first.or(last);
    observed(
        &ctx,
        scos,
        refs,
        first.or(last),
        last.or(first),
        created,
        last.or(first),
        "exposed-asset",
        vec![
            ("external_references", Value::Array(cve_refs)),
            ("x_secops_exposure", Value::Object(info)),
        ],
    )
}

/// `sector` in the industry-sector vocabulary, if it maps onto it.
fn industry_sector(sector: &str) -> Option<&'static str> {
    const OV: [&str; 34] = [
        "agriculture",
        "aerospace",
        "automotive",
        "chemical",
        "commercial",
        "communications",
        "construction",
        "defense",
        "education",
        "energy",
        "entertainment",
        "financial-services",
        "government",
        "emergency-services",
        "government-local",
        "government-national",
        "government-public-services",
        "government-regional",
        "healthcare",
        "hospitality-leisure",
        "infrastructure",
        "dams",
        "nuclear",
        "water",
        "insurance",
        "manufacturing",
        "mining",
        "non-profit",
        "pharmaceuticals",
        "retail",
        "technology",
        "telecommunications",
        "transportation",
        "utilities",
    ];
    let s: String = sector
        .trim()
        .to_lowercase()
        .chars()
        .map(|c| if c == ' ' || c == '_' { '-' } else { c })
        .collect();
    if let Some(v) = OV.iter().find(|v| **v == s) {
        return Some(v);
    }
    Some(match s.as_str() {
        "finance" | "financial" | "banking" | "bank" | "financial-service" => "financial-services",
        "health" | "health-care" | "hospital" | "medical" => "healthcare",
        "tech" | "it" | "information-technology" | "software" => "technology",
        "telecom" | "telecoms" | "telco" => "telecommunications",
        "transport" | "logistics" => "transportation",
        "pharma" | "pharmaceutical" => "pharmaceuticals",
        "public-sector" | "public-administration" => "government",
        "hospitality" | "leisure" | "tourism" => "hospitality-leisure",
        "nonprofit" | "ngo" | "non-profit-organization" => "non-profit",
        "education-and-research" | "higher-education" | "university" => "education",
        "media" => "entertainment",
        "oil-and-gas" | "oil-&-gas" => "energy",
        _ => return None,
    })
}

fn ransomware(r: &RansomwareVictim, mut ctx: Ctx<'_>) -> Vec<Value> {
    ctx.time("publishedAt", r.published_at.clone());
    ctx.time("discoveredAt", r.discovered_at.clone());
    let published = r.published_at.as_deref().and_then(loose_time);
    let seen = r.discovered_at.as_deref().and_then(loose_time);
    let created = seen.or(published);
    let victim = text(r.victim.as_deref()).or(text(r.domain.as_deref()));
    let group = text(r.group.as_deref());

    let mut scos = Scos::default();
    let mut refs: Vec<String> = Vec::new();
    let mut sdos: Vec<Value> = Vec::new();

    let identity = victim.map(|name| {
        let mut o = ctx.sdo("identity", Some("victim"), created, created);
        o.insert("name".into(), json!(name));
        o.insert("identity_class".into(), json!("organization"));
        if let Some(s) = text(r.sector.as_deref()) {
            match industry_sector(s) {
                Some(v) => {
                    o.insert("sectors".into(), json!([v]));
                }
                None => {
                    o.insert("x_secops_victim".into(), json!({ "sector": s }));
                }
            }
        }
        let id = ctx.id("identity", Some("victim"));
        sdos.push(Value::Object(o));
        id
    });
    if let Some(identity) = &identity {
        refs.push(identity.clone());
        let country = text(r.country.as_deref())
            .filter(|c| c.len() == 2 && c.bytes().all(|b| b.is_ascii_alphabetic()))
            .map(str::to_ascii_uppercase);
        if let Some(c) = country {
            let mut o = ctx.sdo("location", Some("country"), created, created);
            o.insert("country".into(), json!(c));
            let loc = ctx.id("location", Some("country"));
            sdos.push(Value::Object(o));
            let rel =
                ctx.relationship("located-at", "located-at", identity, &loc, created, created);
            refs.push(loc);
            refs.push(ctx.id("relationship", Some("located-at")));
            sdos.push(rel);
        }
    }
    if let Some(g) = group {
        let mut o = ctx.sdo("intrusion-set", Some("group"), created, created);
        o.insert("name".into(), json!(g));
        let set = ctx.id("intrusion-set", Some("group"));
        sdos.push(Value::Object(o));
        refs.push(set.clone());
        if let Some(identity) = &identity {
            sdos.push(ctx.relationship("targets", "targets", &set, identity, created, created));
            refs.push(ctx.id("relationship", Some("targets")));
        }
    }
    refs.extend(scos.domain(r.domain.as_deref()));
    refs.extend(scos.url(r.post_url.as_deref()));
    if refs.is_empty() {
        return Vec::new();
    }

    let mut o = ctx.sdo("report", None, created, created);
    let who = victim.unwrap_or("an unnamed organisation");
    o.insert(
        "name".into(),
        json!(match group {
            Some(g) => format!("Ransomware leak-site post: {who} ({g})"),
            None => format!("Ransomware leak-site post: {who}"),
        }),
    );
    o.insert(
        "description".into(),
        json!(match group {
            Some(g) => format!("{who} was listed as a victim on the leak site of {g}."),
            None => format!("{who} was listed as a victim on a ransomware leak site."),
        }),
    );
    o.insert("report_types".into(), json!(["threat-report"]));
    o.insert("labels".into(), json!(["ransomware-victim"]));
    o.insert("published".into(), json!(stamp(published.or(seen))));
    o.insert("object_refs".into(), json!(refs));

    let mut out = scos.objects;
    out.extend(sdos);
    out.push(Value::Object(o));
    out
}

// ---------------------------------------------------------------------------
// Sandbox
// ---------------------------------------------------------------------------

/// The `malware-result` of a Sandbox score (1–10).
fn result(score: Option<i64>) -> &'static str {
    match score {
        Some(s) if s >= 8 => "malicious",
        Some(6..=7) => "suspicious",
        Some(1..=5) => "benign",
        _ => "unknown",
    }
}

fn sample(s: &Sample, origin: &Origin) -> Vec<Value> {
    let mut ctx = Ctx::new(RecordKind::SandboxSample, s.id.clone(), origin);
    ctx.time("submitted", s.submitted.as_ref().map(rfc3339));
    ctx.time("completed", s.completed.as_ref().map(rfc3339));
    let mut scos = Scos::default();
    // `sample_ref` takes a file, artifact or network-traffic only: a URL
    // sample's URL is what the analysis looked at.
    let url = scos.url(s.url.as_deref());
    let score = s.extra.get("score").and_then(Value::as_i64);
    let mut o = ctx.sdo("malware-analysis", None, s.submitted, s.completed);
    o.insert("product".into(), json!(SANDBOX_PRODUCT));
    o.insert("result".into(), json!(result(score)));
    if let Some(t) = s.submitted {
        o.insert("submitted".into(), json!(stamp(Some(t))));
    }
    if let Some(t) = s.completed {
        o.insert("analysis_ended".into(), json!(stamp(Some(t))));
    }
    if let Some(u) = url {
        o.insert("analysis_sco_refs".into(), json!([u]));
    }
    let mut info = Map::new();
    put(&mut info, "status", json!(s.status.0));
    put(&mut info, "kind", json!(text(s.kind.as_deref())));
    put(&mut info, "filename", json!(text(s.filename.as_deref())));
    put(&mut info, "score", json!(score));
    o.insert("x_secops_sandbox".into(), Value::Object(info));
    let mut out = scos.objects;
    out.push(Value::Object(o));
    out
}

/// The `malware-type` vocabulary words among `tags`.
fn malware_types(tags: &[String]) -> Vec<&'static str> {
    const OV: [&str; 22] = [
        "adware",
        "backdoor",
        "bot",
        "bootkit",
        "ddos",
        "downloader",
        "dropper",
        "exploit-kit",
        "keylogger",
        "ransomware",
        "remote-access-trojan",
        "resource-exploitation",
        "rogue-security-software",
        "rootkit",
        "screen-capture",
        "spyware",
        "trojan",
        "unknown",
        "virus",
        "webshell",
        "wiper",
        "worm",
    ];
    let mut out: Vec<&'static str> = Vec::new();
    for t in tags {
        let t = t.trim().to_ascii_lowercase();
        let word = match t.as_str() {
            "rat" => Some("remote-access-trojan"),
            "loader" => Some("downloader"),
            "miner" => Some("resource-exploitation"),
            other => OV.iter().find(|v| **v == other).copied(),
        };
        if let Some(w) = word.filter(|w| !out.contains(w)) {
            out.push(w);
        }
    }
    out
}

fn file_hashes(f: &FileInfo) -> [(&'static str, Option<&str>); 5] {
    [
        ("MD5", f.md5.as_deref()),
        ("SHA-1", f.sha1.as_deref()),
        ("SHA-256", f.sha256.as_deref()),
        ("SHA-512", f.sha512.as_deref()),
        ("SSDEEP", f.ssdeep.as_deref()),
    ]
}

fn report(r: &OverviewReport, origin: &Origin) -> Vec<Value> {
    let record_id = r
        .sample
        .as_ref()
        .and_then(|s| text(s.id.as_deref()))
        .map(str::to_string)
        .or_else(|| {
            r.targets
                .iter()
                .find_map(|t| text(t.sha256.as_deref()))
                .map(str::to_string)
        })
        .unwrap_or_else(|| content_id(r));
    let mut ctx = Ctx::new(RecordKind::SandboxReport, record_id, origin);
    let submitted = r.sample.as_ref().and_then(|s| s.created);
    let completed = r.sample.as_ref().and_then(|s| s.completed);
    ctx.time("sample_created", submitted.as_ref().map(rfc3339));
    ctx.time("sample_completed", completed.as_ref().map(rfc3339));

    let mut scos = Scos::default();
    // The sample: its file (with hashes), else its URL.
    let mut sample_ref = None;
    let mut sample_url = None;
    let mut sample_sha256 = None;
    if let Some(s) = &r.sample {
        let hashes = file_hashes(s);
        if !hash_map(&hashes).is_empty() {
            let name = text(s.filename.as_deref()).or(text(s.target.as_deref()));
            sample_ref = scos.file(&hashes, name, s.size);
            sample_sha256 = s.sha256.as_deref().map(str::to_ascii_lowercase);
        } else {
            // A URL sample: `sample_ref` cannot name a `url`.
            sample_url = scos.url(s.target.as_deref());
        }
    }
    let mut analysis_refs: Vec<String> = sample_url.into_iter().collect();
    let add = |refs: &mut Vec<String>, id: Option<String>| {
        if let Some(id) = id.filter(|i| !refs.contains(i) && Some(i) != sample_ref.as_ref()) {
            refs.push(id);
        }
    };
    for t in &r.targets {
        let sha = t.sha256.as_deref().map(str::to_ascii_lowercase);
        if sha.is_some() && sha != sample_sha256 {
            let id = scos.file(&[("SHA-256", sha.as_deref())], t.target.as_deref(), None);
            add(&mut analysis_refs, id);
        }
        if let Some(iocs) = &t.iocs {
            for d in &iocs.domains {
                add(&mut analysis_refs, scos.domain(Some(d)));
            }
            for ip in &iocs.ips {
                add(&mut analysis_refs, scos.ip(Some(ip)));
            }
            for u in &iocs.urls {
                add(&mut analysis_refs, scos.url(Some(u)));
            }
        }
    }

    let score = r
        .analysis
        .as_ref()
        .and_then(|a| a.score)
        .or_else(|| r.targets.iter().filter_map(|t| t.score).max())
        .or_else(|| r.sample.as_ref().and_then(|s| s.score))
        .map(i64::from);
    let mut families: Vec<String> = Vec::new();
    let all_families = r
        .analysis
        .iter()
        .flat_map(|a| a.family.iter())
        .chain(r.targets.iter().flat_map(|t| t.family.iter()));
    for f in all_families {
        if let Some(f) = text(Some(f)) {
            if !families.iter().any(|x| x.eq_ignore_ascii_case(f)) {
                families.push(f.to_string());
            }
        }
    }
    let tags: Vec<String> = r
        .analysis
        .as_ref()
        .map(|a| a.tags.clone())
        .unwrap_or_default();

    let mut ma = ctx.sdo("malware-analysis", None, submitted, completed);
    let analysis_id = ctx.id("malware-analysis", None);
    ma.insert("product".into(), json!(SANDBOX_PRODUCT));
    ma.insert("result".into(), json!(result(score)));
    if let Some(f) = families.first() {
        ma.insert("result_name".into(), json!(f));
    }
    if let Some(t) = submitted {
        ma.insert("submitted".into(), json!(stamp(Some(t))));
    }
    if let Some(t) = completed {
        ma.insert("analysis_ended".into(), json!(stamp(Some(t))));
    }
    if let Some(s) = &sample_ref {
        ma.insert("sample_ref".into(), json!(s));
    }
    if !analysis_refs.is_empty() {
        ma.insert("analysis_sco_refs".into(), json!(analysis_refs));
    }
    let labels = labels(&tags);
    if !labels.is_empty() {
        ma.insert("labels".into(), json!(labels));
    }
    let mut info = Map::new();
    put(&mut info, "score", json!(score));
    put(&mut info, "version", json!(text(r.version.as_deref())));
    let signatures: Vec<Value> = r
        .signatures
        .iter()
        .filter(|s| text(s.name.as_deref()).is_some())
        .map(|s| {
            let mut m = Map::new();
            put(&mut m, "name", json!(text(s.name.as_deref())));
            put(&mut m, "score", json!(s.score));
            Value::Object(m)
        })
        .collect();
    if !signatures.is_empty() {
        info.insert("signatures".into(), Value::Array(signatures));
    }
    if !info.is_empty() {
        ma.insert("x_secops_sandbox".into(), Value::Object(info));
    }

    let mut sdos = vec![Value::Object(ma)];
    let types = malware_types(&tags);
    for f in &families {
        let role = format!("family:{}", f.to_lowercase());
        let mut m = ctx.sdo("malware", Some(&role), submitted, completed);
        m.insert("name".into(), json!(f));
        m.insert("is_family".into(), json!(true));
        if !types.is_empty() {
            m.insert("malware_types".into(), json!(types));
        }
        if let Some(s) = &sample_ref {
            if s.starts_with("file--") {
                m.insert("sample_refs".into(), json!([s]));
            }
        }
        let malware_id = ctx.id("malware", Some(&role));
        sdos.push(Value::Object(m));
        sdos.push(ctx.relationship(
            &format!("characterizes:{}", f.to_lowercase()),
            "characterizes",
            &analysis_id,
            &malware_id,
            submitted,
            completed,
        ));
    }
    let mut out = scos.objects;
    out.extend(sdos);
    out
}

// ---------------------------------------------------------------------------
// SIE
// ---------------------------------------------------------------------------

/// An SIE record's domain (its `domain`, else its `rrname`) as an indicator
/// names it, and the record id (`<domain as sent>|<time>`): both mappings'.
fn sie_domain_and_id(rec: &NewDomain<'_>) -> Option<(String, String)> {
    let msg = rec.message.as_ref();
    let domain = msg
        .and_then(|m| text(m.domain.as_deref()))
        .or_else(|| msg.and_then(|m| text(m.rrname.as_deref())))
        .and_then(domain_value)?;
    let sent = msg.and_then(|m| m.domain.as_deref()).unwrap_or_default();
    let time = rec.time.as_deref().unwrap_or_default();
    let mut record_id = String::with_capacity(sent.len() + time.len() + 1);
    record_id.push_str(sent);
    record_id.push('|');
    record_id.push_str(time);
    Some((domain, record_id))
}

/// The indicator's name and description for a newly observed `domain`.
fn sie_indicator_text(domain: &str, seen: Option<DateTime<Utc>>) -> (String, String) {
    let mut description =
        format!("The domain {domain} was newly observed in passive DNS (DomainTools SIE)");
    if let Some(t) = seen {
        description.push_str(", first seen ");
        description.push_str(&stamp(Some(t)));
    }
    description.push_str(". New is not known bad: treat it as a signal, not a verdict.");
    (format!("Newly observed domain {domain}"), description)
}

fn newdomain(rec: &NewDomain<'_>, origin: &Origin) -> Vec<Value> {
    let msg = rec.message.as_ref();
    let Some((domain, record_id)) = sie_domain_and_id(rec) else {
        return Vec::new();
    };
    let mut ctx = Ctx::new(RecordKind::SieNewDomain, record_id, origin);
    ctx.time("time", rec.time.as_deref().map(str::to_string));
    ctx.time(
        "time_seen",
        msg.and_then(|m| m.time_seen.as_deref()).map(str::to_string),
    );
    let seen = msg.and_then(|m| m.seen_at());
    let at = rec.observed_at().or(seen);

    let mut scos = Scos::default();
    if is_host_name(&domain) {
        scos.value("domain-name", &domain);
    }
    let mut o = ctx.sdo("indicator", None, at, at);
    let (name, description) = sie_indicator_text(&domain, seen);
    o.insert("name".into(), json!(name));
    o.insert("description".into(), json!(description));
    o.insert("indicator_types".into(), json!(["anomalous-activity"]));
    o.insert(
        "pattern".into(),
        json!(format!(
            "[domain-name:value = {}]",
            pattern_literal(&domain)
        )),
    );
    o.insert("pattern_type".into(), json!("stix"));
    o.insert("pattern_version".into(), json!("2.1"));
    o.insert("valid_from".into(), json!(stamp(at)));
    let mut dns = Map::new();
    if let Some(m) = msg {
        put(&mut dns, "rrname", json!(m.rrname.as_deref()));
        put(&mut dns, "rrtype", json!(m.rrtype.as_deref()));
        put(&mut dns, "rrclass", json!(m.rrclass.as_deref()));
        put(&mut dns, "bailiwick", json!(m.bailiwick.as_deref()));
        if let Some(rdata) = &m.rdata {
            dns.insert(
                "rdata".into(),
                json!(rdata.iter().map(|r| r.as_ref()).collect::<Vec<&str>>()),
            );
        }
    }
    put(&mut dns, "source", json!(rec.source.as_deref()));
    if !dns.is_empty() {
        o.insert("x_secops_dns".into(), Value::Object(dns));
    }
    let mut out = scos.objects;
    out.push(Value::Object(o));
    out
}

/// The SIE fast path: the bytes of [`map`]`(RecordKind::SieNewDomain, ..)`'s
/// objects, each `serde_json::to_vec` of its `Value`, but written from
/// borrowed structs (fields in the alphabetical order a `Value` map has).
pub(crate) fn map_sie_bytes(record: &[u8], origin: &Origin) -> Result<Vec<Vec<u8>>> {
    let kind = RecordKind::SieNewDomain;
    let line = std::str::from_utf8(record).map_err(|e| Error::decode(kind.service(), e, record))?;
    let rec = NewDomain::parse(line).map_err(|e| Error::decode(kind.service(), e, record))?;
    newdomain_bytes(&rec, origin).map_err(|e| Error::decode(kind.service(), e, b""))
}

#[derive(serde::Serialize)]
struct FastTimes<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    time: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    time_seen: Option<&'a str>,
}

#[derive(serde::Serialize)]
struct FastSource<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    feed: Option<&'a str>,
    kind: &'static str,
    record_id: &'a str,
    service: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    times: Option<FastTimes<'a>>,
}

#[derive(serde::Serialize)]
struct FastDns<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    bailiwick: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    rdata: Option<Vec<&'a str>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    rrclass: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    rrname: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    rrtype: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    source: Option<&'a str>,
}

#[derive(serde::Serialize)]
struct FastIndicator<'a> {
    created: &'a str,
    description: &'a str,
    id: &'a str,
    indicator_types: [&'static str; 1],
    modified: &'a str,
    name: &'a str,
    pattern: &'a str,
    pattern_type: &'static str,
    pattern_version: &'static str,
    spec_version: &'static str,
    #[serde(rename = "type")]
    type_: &'static str,
    valid_from: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    x_secops_dns: Option<FastDns<'a>>,
    x_secops_source: FastSource<'a>,
}

#[derive(serde::Serialize)]
struct FastSco<'a> {
    id: &'a str,
    spec_version: &'static str,
    #[serde(rename = "type")]
    type_: &'static str,
    value: &'a str,
}

fn newdomain_bytes(
    rec: &NewDomain<'_>,
    origin: &Origin,
) -> std::result::Result<Vec<Vec<u8>>, serde_json::Error> {
    let msg = rec.message.as_ref();
    let Some((domain, record_id)) = sie_domain_and_id(rec) else {
        return Ok(Vec::new());
    };
    let time = rec.time.as_deref();
    let time_seen = msg.and_then(|m| m.time_seen.as_deref());
    let seen = msg.and_then(|m| m.seen_at());
    let at = rec.observed_at().or(seen);
    let at_s = stamp(at);

    let mut out = Vec::with_capacity(2);
    if is_host_name(&domain) {
        let mut p = Map::new();
        p.insert("value".into(), Value::String(domain.clone()));
        let id = sco_id("domain-name", &p);
        out.push(serde_json::to_vec(&FastSco {
            id: &id,
            spec_version: "2.1",
            type_: "domain-name",
            value: &domain,
        })?);
    }
    let id = stix_id(RecordKind::SieNewDomain, &record_id, "indicator");
    let (name, description) = sie_indicator_text(&domain, seen);
    let pattern = format!("[domain-name:value = {}]", pattern_literal(&domain));
    let dns = FastDns {
        bailiwick: msg.and_then(|m| m.bailiwick.as_deref()),
        rdata: msg
            .and_then(|m| m.rdata.as_ref())
            .map(|r| r.iter().map(|x| x.as_ref()).collect()),
        rrclass: msg.and_then(|m| m.rrclass.as_deref()),
        rrname: msg.and_then(|m| m.rrname.as_deref()),
        rrtype: msg.and_then(|m| m.rrtype.as_deref()),
        source: rec.source.as_deref(),
    };
    let dns_empty = dns.bailiwick.is_none()
        && dns.rdata.is_none()
        && dns.rrclass.is_none()
        && dns.rrname.is_none()
        && dns.rrtype.is_none()
        && dns.source.is_none();
    let times = (time.is_some() || time_seen.is_some()).then_some(FastTimes { time, time_seen });
    let ind = FastIndicator {
        created: &at_s,
        description: &description,
        id: &id,
        indicator_types: ["anomalous-activity"],
        modified: &at_s,
        name: &name,
        pattern: &pattern,
        pattern_type: "stix",
        pattern_version: "2.1",
        spec_version: "2.1",
        type_: "indicator",
        valid_from: &at_s,
        x_secops_dns: (!dns_empty).then_some(dns),
        x_secops_source: FastSource {
            feed: origin.feed.as_deref(),
            kind: RecordKind::SieNewDomain.name(),
            record_id: &record_id,
            service: RecordKind::SieNewDomain.service().as_str(),
            times,
        },
    };
    let mut buf = Vec::with_capacity(1024);
    serde_json::to_writer(&mut buf, &ind)?;
    out.push(buf);
    Ok(out)
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// A mapping to values (the reference).
    pub(crate) type GenericMap =
        fn(RecordKind, &[u8], &Origin) -> crate::error::Result<Vec<serde_json::Value>>;
    /// A mapping straight to bytes (the fast path).
    pub(crate) type FastMap = fn(&[u8], &Origin) -> crate::error::Result<Vec<Vec<u8>>>;

    /// Asserts that the fast path gives the generic mapping's bytes for
    /// `rec`; the number of lines compared.
    pub(crate) fn same_bytes(rec: &str, origin: &Origin, map: GenericMap, fast: FastMap) -> usize {
        let reference: Vec<Vec<u8>> = map(RecordKind::SieNewDomain, rec.as_bytes(), origin)
            .unwrap()
            .iter()
            .map(|v| serde_json::to_vec(v).unwrap())
            .collect();
        let fast = fast(rec.as_bytes(), origin).unwrap();
        let text = |v: &[Vec<u8>]| {
            v.iter()
                .map(|b| String::from_utf8_lossy(b).into_owned())
                .collect::<Vec<_>>()
        };
        assert_eq!(text(&fast), text(&reference), "{rec}");
        reference.len()
    }

    /// SIE records of many shapes: unicode, quotes, backslashes, missing
    /// fields, rrname-only, blank, bad times, nulls.
    pub(crate) fn sie_records() -> Vec<String> {
        let domains: [Option<&str>; 12] = [
            None,
            Some("example.net."),
            Some("Bücher.DE."),
            Some("пример.испытание"),
            Some("a'b\\c.com"),
            Some("quo\"te.example"),
            Some("  "),
            Some(""),
            Some("😀.ws"),
            Some("xn--bcher-kva.example"),
            Some("tab\there.\u{7f}\u{1}.com"),
            Some("_dmarc.example.com."),
        ];
        let rrnames: [Option<&str>; 3] = [None, Some("www.Example.ORG."), Some("x\\\"y.")];
        let times: [Option<&str>; 5] = [
            None,
            Some("2018-04-03 22:21:55.897547006"),
            Some("garbage"),
            Some("99999-01-01 00:00:00"),
            Some(""),
        ];
        let seens: [Option<&str>; 3] = [None, Some("2018-04-03 22:00:00"), Some("bad")];
        let mut out = Vec::new();
        let mut n = 0usize;
        for d in domains {
            for r in rrnames {
                for t in times {
                    for ts in seens {
                        n += 1;
                        let mut msg = serde_json::Map::new();
                        let mut rec = serde_json::Map::new();
                        if let Some(d) = d {
                            msg.insert("domain".into(), json!(d));
                        }
                        if let Some(r) = r {
                            msg.insert("rrname".into(), json!(r));
                        }
                        if let Some(ts) = ts {
                            msg.insert("time_seen".into(), json!(ts));
                        }
                        if n.is_multiple_of(2) {
                            msg.insert("rrtype".into(), json!("A"));
                            msg.insert("rrclass".into(), json!("IN"));
                        }
                        if n.is_multiple_of(3) {
                            msg.insert(
                                "rdata".into(),
                                json!(["192.0.2.1", "é\"\\/", " ", "192.0.2.1", "2001:DB8::1"]),
                            );
                        }
                        if n.is_multiple_of(11) {
                            msg.insert("rrtype".into(), json!(" AAAA "));
                            msg.insert("rrclass".into(), json!(" "));
                        }
                        if n.is_multiple_of(6) {
                            msg.insert("keys".into(), json!(["k1", " "]));
                            msg.insert("new_rr".into(), json!([]));
                        }
                        if n.is_multiple_of(8) {
                            rec.insert("mname".into(), json!("newdomain"));
                            rec.insert("vname".into(), json!(" "));
                        }
                        if n.is_multiple_of(5) {
                            msg.insert("bailiwick".into(), json!("net."));
                            msg.insert("x_new".into(), json!(1));
                        }
                        if let Some(t) = t {
                            rec.insert("time".into(), json!(t));
                        }
                        rec.entry("vname").or_insert(json!("SIE"));
                        if n.is_multiple_of(4) {
                            rec.insert("source".into(), json!("a1b2\u{2028}"));
                        }
                        if !n.is_multiple_of(7) {
                            rec.insert("message".into(), Value::Object(msg));
                        }
                        out.push(Value::Object(rec).to_string());
                    }
                }
            }
        }
        out.push(r#"{"message":{"domain":null,"rrname":"only.rrname.example."}}"#.into());
        out.push(r#"{"time":null,"message":{"domain":"esc\u00e9\ud83d\ude00.com"}}"#.into());
        out.push("{}".into());
        out
    }

    #[test]
    fn sie_fast_path_is_byte_identical_to_value_mapping() {
        let origins = [Origin::default(), Origin::feed("fe\"ed\\ü")];
        let mut compared = 0;
        for rec in sie_records() {
            for origin in &origins {
                compared +=
                    crate::normalize::stix::tests::same_bytes(&rec, origin, map, map_sie_bytes);
            }
        }
        assert!(compared > 1000, "{compared}");
        assert!(map_sie_bytes(b"not json", &Origin::default()).is_err());
        assert!(map_sie_bytes(b"\xff", &Origin::default()).is_err());
    }

    #[test]
    fn punycode_round_trips_rfc_samples() {
        let b: Vec<char> = "bücher".chars().collect();
        assert_eq!(punycode_encode(&b).as_deref(), Some("bcher-kva"));
        assert_eq!(punycode_decode("bcher-kva"), Some(b));
        let ru: Vec<char> = "пример".chars().collect();
        assert_eq!(punycode_encode(&ru).as_deref(), Some("e1afmkfd"));
        assert_eq!(punycode_decode("e1afmkfd"), Some(ru));
    }

    #[test]
    fn host_names_like_idna_2008() {
        for ok in [
            "example.com",
            "a-b.example",
            "xn--bcher-kva.example",
            "bücher.de",
            "пример.испытание",
            "1.2.3.4",
            "localhost",
        ] {
            assert!(is_host_name(ok), "{ok}");
        }
        for bad in [
            "",
            "ab--cd.com",
            "_dmarc.example.com",
            "-a.com",
            "a-.com",
            "a..b",
            "xn--zz.com",
            "😀.ws",
            "a'b.com",
            "Ünï.example",
        ] {
            assert!(!is_host_name(bad), "{bad}");
        }
        assert!(is_host_name(&"a".repeat(63)));
        assert!(!is_host_name(&"a".repeat(64)));
        assert!(!is_host_name(&format!("a.{}", "b.".repeat(126))));
    }

    #[test]
    fn uris_like_rfc_3986() {
        for ok in [
            "https://sso.example.com/login",
            "http://leak1.onion/files/x?y=1#z",
            "android://com.example.app/",
            "mailto:a@example.com",
            "http://user:pw@host:8080/p%20q",
        ] {
            assert!(is_uri(ok), "{ok}");
        }
        for bad in [
            "sso.example.com/login",
            "http://a b.com/",
            "http://ünï.example/x",
            "http://a:b:c/",
            "http://[::1]/",
            "http://x/%zz",
            "http://x/%a",
            "1http://x",
            "",
        ] {
            assert!(!is_uri(bad), "{bad}");
        }
    }

    #[test]
    fn pattern_literals_escape_quote_and_backslash() {
        assert_eq!(pattern_literal(r"a'b\c"), r"'a\'b\\c'");
    }

    #[test]
    fn stamps_clamp_and_keep_milliseconds() {
        let t = Utc.with_ymd_and_hms(2024, 1, 2, 3, 4, 5).single().unwrap()
            + chrono::Duration::microseconds(678_901);
        assert_eq!(stamp(Some(t)), "2024-01-02T03:04:05.678Z");
        assert_eq!(stamp(None), NO_TIME);
        let far = Utc.with_ymd_and_hms(20000, 1, 1, 0, 0, 0).single().unwrap();
        assert_eq!(stamp(Some(far)), "9999-12-31T23:59:59.999Z");
    }

    #[test]
    fn bins_never_show_a_card_number() {
        assert_eq!(safe_bin(Some("457173")).as_deref(), Some("457173"));
        assert_eq!(
            safe_bin(Some("4571731234567890")).as_deref(),
            Some("457173")
        );
        assert_eq!(safe_bin(Some("4571**")), None);
        assert_eq!(safe_bin(Some("ünï")), None);
    }
}
