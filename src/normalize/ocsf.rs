//! Records as **OCSF 1.7.0** events: one event per record.
//!
//! [`map`] parses a record of a [`RecordKind`] with the crate's typed layer
//! and builds one event of the class that fits it. A record the typed layer
//! does not accept is an [`Error::Decode`]; any record it accepts maps
//! (missing optional fields, non-ASCII text, huge values), and the same record
//! always gives the same bytes: nothing depends on the clock, the host or a
//! random number.
//!
//! # Classes
//!
//! | Record kind | OCSF class (`class_uid`) | Why |
//! |---|---|---|
//! | DefectDojo finding | Vulnerability Finding (2002) | a weakness found by a scanner, with CVE/CWE, component, file and a lifecycle (active, mitigated, false positive) — what the class is for |
//! | Defendis credential, document, payment card | Data Security Finding (2006) | sensitive data of the organisation found where it should not be: the class for DLP-style detections of data, with `data_security` (category, detection system) |
//! | Defendis exposure asset | Detection Finding (2004) | an internet-facing service seen from outside, *sometimes* with CVEs: Detection Finding takes the asset (`resources`, `evidences`) and optional `vulnerabilities`, so every record fits one class; Vulnerability Finding would require CVEs that half of them lack |
//! | Defendis ransomware victim | Detection Finding (2004) | a leak-site post naming a victim: a detection (with `malware` = the ransomware, `evidences` = the post). Incident Finding (2005) is for the incident workflow of one's own incidents and requires an assignee |
//! | Sandbox sample, Sandbox overview report | Detection Finding (2004) | an analysed file or URL, with the verdict (`malware`, score → `severity_id`/`confidence_id`) and the file's hashes as evidence |
//! | SIE newly observed domain | OSINT Inventory Info (5021) | OCSF 1.7 has a class for threat-intelligence data collected from feeds: the domain becomes an `osint` indicator (type Domain) with its DNS answers. A new domain is intelligence, not a detection |
//! | TAXII (STIX) indicator and other intelligence objects | OSINT Inventory Info (5021) | the same class, built for indicators from TIPs and feeds: value, type, pattern, confidence, TLP, validity |
//!
//! # What every event carries
//!
//! | OCSF attribute | Value |
//! |---|---|
//! | `class_uid`, `category_uid`, `activity_id`, `type_uid` | the class (category × 1000 + class), the activity below, `class_uid × 100 + activity_id`; with their captions in `class_name`, `category_name`, `activity_name`, `type_name` |
//! | `severity_id`, `severity` | per kind below; a source severity the table does not know is 99 (Other) with the source's text in `severity` |
//! | `time` | the record's own time (per kind below, first present and parseable field); a record with no time at all gets `0` and the tag `secops.time_field = none` (see below) |
//! | `metadata.version` | `1.7.0` |
//! | `metadata.product` | the service: `{name, vendor_name}` — `DefectDojo`/`DefectDojo`, `Defendis`/`Defendis` (with `feature.name` Dataleaks, Exposure or Ransomware), `Recorded Future Sandbox`/`Recorded Future`, `SIE Batch`/`DomainTools`, and `TAXII 2.1`/`OASIS` (the protocol: a STIX object does not say whose server sent it; its producer, `created_by_ref`, is kept in `unmapped.taxii`) |
//! | `metadata.uid` | the event's id: a UUIDv5 over [`NAMESPACE`] of the kind and the record's content (the same record, the same id; a changed record, a new id) |
//! | `metadata.original_event_uid` | the record's own id (finding id, leak id, sample id, STIX id), when it has one |
//! | `metadata.original_time` | the text of the time field `time` was taken from |
//! | `metadata.log_name`, `metadata.log_provider` | the record kind (`defectdojo.finding`...) and `secops` |
//! | `metadata.tags` | `secops.service`, `secops.kind`, `secops.record_id` (the record's id, else the content id), `secops.feed` (the [`Origin`]'s feed, when set), `secops.time_field` (the field `time` came from, or `none`) |
//! | `observables` | the record's indicators (hostnames, IPs, hashes, URLs, e-mail addresses, CVE/CWE ids, file names) |
//! | `unmapped` | a few source fields with no OCSF attribute, under the service's name |
//!
//! Times are parsed from RFC 3339, `YYYY-MM-DD HH:MM:SS[.f]` (UTC),
//! `YYYY-MM-DD` (midnight UTC) and epoch seconds or milliseconds. A record
//! with no usable time at all cannot be given a true one without the clock,
//! which would make the output depend on when it ran: such events say
//! `time: 0` and `secops.time_field: none`, so that they can be found and
//! fixed (`metadata.original_time` keeps an unparseable time's text).
//!
//! Not mapped, anywhere: fields the typed records do not model (their
//! `extra`; for leak records they may hold more secrets, and their meaning is
//! not documented), except the few named below; `raw_data` (the raw format
//! already keeps the record byte for byte). Nothing is logged.
//!
//! # DefectDojo finding → Vulnerability Finding (2002)
//!
//! | Finding field | OCSF attribute |
//! |---|---|
//! | `id` | `finding_info.uid`, `metadata.original_event_uid` |
//! | `unique_id_from_tool` | `finding_info.uid_alt` |
//! | `title` (else `DefectDojo finding <id>`) | `finding_info.title`, `message`, `vulnerabilities[].title` |
//! | `description` | `finding_info.desc` |
//! | `created`, `updated`, `date` | `finding_info.created_time`, `.modified_time`, `.first_seen_time`, `vulnerabilities[].first_seen_time` |
//! | `updated` → `last_status_update` → `created` → `date` → `mitigated` | `time` |
//! | `severity` (Critical/High/Medium/Low/Info, any case; else `numerical_severity` S0–S4) | `severity_id` 5/4/3/2/1, `severity`; `vulnerabilities[].severity` (the text) |
//! | `active`, `is_mitigated`/`mitigated`, `false_p`, `risk_accepted`, `out_of_scope`, `duplicate`, `under_review` | `activity_id` (3 Close when inactive, mitigated or a false positive; 2 Update when `updated` is after `created`; else 1 Create), `status_id`/`status` (false positive, risk accepted, out of scope, duplicate → 3 Suppressed; mitigated → 4 Resolved; inactive → 99 `Inactive`; under review → 2 In Progress; active → 1 New), `status_detail` = `display_status` |
//! | `vulnerability_ids[]`: a `CVE-…` | one `vulnerabilities[]` each, with `cve.uid` (and `cve.related_cwes[]`, `cve.cvss[]`, `cve.epss`) |
//! | `vulnerability_ids[]`: anything else (GHSA, vendor ids) | one `vulnerabilities[]` each, with `advisory.uid` (and `advisory.related_cwes[]`) |
//! | `cwe` (no id at all) | `vulnerabilities[0].cwe.uid` = `CWE-<n>` |
//! | neither ids nor CWE | `vulnerabilities[0].advisory.uid` = `vuln_id_from_tool`, else `unique_id_from_tool`, else `DefectDojo-<id>` (OCSF requires exactly one of advisory/cve/cwe per vulnerability) |
//! | `cvssv3`/`cvssv3_score`, `cvssv4`/`cvssv4_score` | `cve.cvss[]` (`version` from the vector, else 3.0/4.0; `base_score`, `vector_string`) |
//! | `epss_score`, `epss_percentile` | `cve.epss.score` (as text), `.percentile` |
//! | `references` (one per line), `url` | `vulnerabilities[].references[]` |
//! | `mitigation` | `vulnerabilities[].remediation.desc` |
//! | `fix_available`, `known_exploited` (when true) | `vulnerabilities[].is_fix_available`, `.is_exploit_available` |
//! | `component_name` + `component_version`, `fix_version` | `vulnerabilities[].affected_packages[]` (`name`, `version`, `fixed_in_version`) |
//! | `file_path` (else `sast_source_file_path`), `line` | `vulnerabilities[].affected_code[]` (`file.path`, `file.name`, `start_line`) |
//! | `endpoints[]`, `component_name`/`version`, `service` | `resources[]` (role Affected: `uid` = endpoint id, or `name`/`version`) |
//! | `tags[]` | `finding_info.tags[]` (`name` = `defectdojo.tags`, `values`) |
//! | `test`, `hash_code`, `numerical_severity`, `verified`, `static_finding`, `dynamic_finding`, `sla_expiration_date`, `kev_date`, `planned_remediation_date`, `vuln_id_from_tool`, `scanner_confidence`, `found_by`, `reporter`, `impact`, `severity_justification`; CVSS and EPSS of a finding without a CVE | `unmapped.defectdojo` |
//!
//! Not mapped: `notes` (may be private, and long), `param`, `payload`,
//! `request_response` (may hold tokens or attack strings), the JIRA fields.
//!
//! # Defendis
//!
//! Leaked secrets stay secret: **a password is never copied** — only whether
//! one was present and its stated type (`password_present`,
//! `password_type`); a **card number is masked** to its first six and last
//! four digits (the PCI DSS display rule) whatever the source gives, and
//! shorter numbers to their last four; `cvv`-like fields are never read.
//!
//! ## Credential → Data Security Finding (2006)
//!
//! | Field | OCSF attribute |
//! |---|---|
//! | `id` | `finding_info.uid` |
//! | `email`, `username`, `domain` | `finding_info.title` (`Leaked credential for <email>`), `resources[0].name`, `resources[0].owner` (`name`, `email_addr` when it is an e-mail address, `domain`) |
//! | `password` | **not copied**: `resources[0].data.password_present` |
//! | `passwordType` | `resources[0].data.password_type`; `severity_id` 4 High (plaintext or no type), 3 Medium (hashed), 2 Low (no password) |
//! | `url` | `resources[0].data.login_url` |
//! | `source` | `finding_info.data_sources[]` |
//! | `discoveredAt` → `leakDate` | `time`; `finding_info.created_time`, `finding_info.first_seen_time` |
//! | — | `data_security.category_id` 6 Security, `detection_system_id` 99 `Defendis Dataleaks`; `is_alert` true; activity 1 Create, status 1 New |
//!
//! ## Document → Data Security Finding (2006)
//!
//! | Field | OCSF attribute |
//! |---|---|
//! | `fileName` (else the URL's last segment, else the id) | `file.name`, `finding_info.title` |
//! | `fileType`, `size`, `url` | `file.ext`, `file.size`, `data_security.src_url` |
//! | `sha256`/`sha1`/`md5` (not in the typed record, read when present and hex) | `file.hashes[]` |
//! | `domain` | `resources[0].name` (type Domain) |
//! | `source`, `discoveredAt` → `leakDate` | as for credentials; `severity_id` 3 Medium; `data_security.category_id` 0 Unknown (the content is not known) |
//!
//! ## Payment card → Data Security Finding (2006)
//!
//! | Field | OCSF attribute |
//! |---|---|
//! | `cardNumber` | **masked** (see above): `resources[0].name`, `finding_info.title` |
//! | `bin`, `brand`, `issuer`, `country`, `expiry` | `resources[0].data` |
//! | `source`, `discoveredAt` → `leakDate` | as for credentials; `severity_id` 4 High; `data_security.category_id` 3 Financial |
//!
//! ## Exposure asset → Detection Finding (2004)
//!
//! | Field | OCSF attribute |
//! |---|---|
//! | `id` | `finding_info.uid` |
//! | `host`, `ip`, `port`, `service`, `domain` | `evidences[0].dst_endpoint` (`hostname`, `ip` when valid, `port` when 0–65535, `svc_name`, `domain`), `resources[0]` (`name`, `hostname`, `ip`) |
//! | `product` | `evidences[0].data.product`, `resources[0].data.product` |
//! | `cves[]` | `vulnerabilities[]` (`cve.uid`, `severity`) |
//! | `severity` (critical/high/medium/low/info) | `severity_id`; `is_alert` when High or Critical |
//! | `firstSeen`, `lastSeen` | `finding_info.first_seen_time`, `.last_seen_time`; `time` = `lastSeen` → `firstSeen` |
//!
//! ## Ransomware victim → Detection Finding (2004)
//!
//! | Field | OCSF attribute |
//! |---|---|
//! | `group` | `malware[0]` (`name`, `classification_ids` [10 Ransomware]): OCSF 1.7's Detection Finding has no threat-actor attribute, and the groups name their ransomware |
//! | `victim`, `domain`, `country`, `sector` | `resources[0]` (`name`, `hostname` = domain, `data.country`, `data.sector`), `finding_info.title` |
//! | `postUrl` | `evidences[0].url.url_string`, `finding_info.src_url` |
//! | `description` (not in the typed record, read when a string) | `finding_info.desc` |
//! | `publishedAt`, `discoveredAt` | `finding_info.first_seen_time`, `.created_time`; `time` = `discoveredAt` → `publishedAt` |
//! | — | `severity_id` 4 High, `is_alert` true |
//!
//! # Sandbox
//!
//! The score (1–10: 10 known bad, 8–9 likely malicious, 6–7 suspicious, 1–5
//! no or little concern) sets `severity_id` (10 → 5 Critical, 8–9 → 4 High,
//! 6–7 → 3 Medium, 3–5 → 2 Low, 1–2 → 1 Informational), `confidence_id`
//! (≥ 8 → 3 High, 6–7 → 2 Medium, else 1 Low: how sure the sandbox is that
//! the sample is malicious), `confidence_score` (the score as given) and
//! `is_alert` (≥ 8).
//!
//! ## Sample → Detection Finding (2004)
//!
//! | Field | OCSF attribute |
//! |---|---|
//! | `id` | `finding_info.uid` |
//! | `filename` (kind `file`) / `url` (kind `url`, `fetch`) | `evidences[0].file.name` / `evidences[0].url.url_string`; `finding_info.title` |
//! | `status` | `status_detail` (a sample carries no verdict: `severity_id` 0 Unknown) |
//! | `submitted`, `completed` | `finding_info.created_time`, `.modified_time`; `time` = `completed` → `submitted` |
//! | `kind`, `private`, `tasks[]` | `unmapped.sandbox` |
//!
//! ## Overview report → Detection Finding (2004)
//!
//! | Field | OCSF attribute |
//! |---|---|
//! | `sample.id` (else `sample.sha256`) | `finding_info.uid` |
//! | `analysis.score` (else `sample.score`, else the highest target or task score) | `severity_id`, `confidence_id`, `confidence_score`, `is_alert` (above) |
//! | `analysis.family[]`, `targets[].family[]` | `malware[]` (`name`, `provider`); `finding_info.title` |
//! | `analysis.tags[]`, `targets[].tags[]` (`stealer`, `rat`, `ransomware`...) | `malware[].classification_ids` (STIX malware types and the sandbox's aliases; 0 Unknown when none is known) |
//! | `sample.target`/`filename`, `size`, `md5`, `sha1`, `sha256`, `sha512` | `evidences[0].file` (`name`, `size`, `hashes[]` with `algorithm_id` 1 MD5, 2 SHA-1, 3 SHA-256, 4 SHA-512; non-hex values are left out) |
//! | `targets[].iocs` `ips`, `domains`, `urls` | `evidences[]` (`dst_endpoint.ip`, `dst_endpoint.hostname`/`domain`, `url.url_string`) |
//! | `signatures[]`, `targets[].signatures[]` (`name`, `desc`) | `finding_info.related_analytics[]` (type 1 Rule) |
//! | `sample.created`, `sample.completed` | `finding_info.created_time`, `.modified_time`; `time` = `completed` → `created` |
//! | `version`, `sample.ssdeep` | `unmapped.sandbox` (an ssdeep digest is not hex, which OCSF's `file_hash_t` requires) |
//!
//! Not mapped: `extracted[]` (malware configurations: loosely typed, may hold
//! credentials), `tasks[]`.
//!
//! # SIE newly observed domain → OSINT Inventory Info (5021)
//!
//! | Field | OCSF attribute |
//! |---|---|
//! | `message.domain` (else `rrname`; final dot removed) | `osint[0].value` (`type_id` 2 Domain), `observables[]` (Hostname) |
//! | `message.rrname` (when not the domain) | `osint[0].subdomains[]` |
//! | `message.rdata[]`, `rrtype`, `rrclass` | `osint[0].answers[]` (`rdata`, `type`, `class`); A/AAAA addresses also `observables[]` (IP Address) |
//! | `time` → `message.time_seen` | `time`; `time_seen` also `osint[0].created_time` |
//! | `source`, `vname`, `mname`, `bailiwick`, `keys`, `new_rr` | `unmapped.sie` |
//! | — | `activity_id` 2 Collect, `severity_id` 1 Informational, `osint[0].category` `Newly Observed Domain`, `osint[0].vendor_name` DomainTools |
//!
//! A record with neither domain nor `rrname` still gives an event (its
//! `osint[0]` has `type_id` 0 Unknown and an empty value), so that every
//! record is counted and traceable.
//!
//! # TAXII object (STIX 2.1) → OSINT Inventory Info (5021)
//!
//! | STIX property | OCSF attribute |
//! |---|---|
//! | `id` | `osint[0].uid`, `metadata.original_event_uid` |
//! | `pattern` (a single `[type:property = 'value']` comparison) | `osint[0].value` and `type_id`: `domain-name` 2 Domain, `ipv4-addr`/`ipv6-addr` 1 IP Address, `url` 5 URL, `file:hashes` 4 Hash, `file:name` 11 File, `email-addr` 9 Email Address, `email-message` 8 Email, `x509-certificate` 7 Digital Certificate, `windows-registry-key` 12 Registry Key, `process:command_line` 14 Command Line, a `User-Agent` header 6 User Agent; any other type 99 Other |
//! | `pattern` (anything else: several comparisons, other pattern languages) | `osint[0].value` = the pattern, `type_id` 99 Other |
//! | `pattern`, `pattern_type` | `osint[0].detection_pattern`, `detection_pattern_type_id` (stix 1, pcre 2, sigma 3, snort 4, suricata 5, yara 6, else 99) |
//! | `name` (else `Indicator <value>`), `description`, `indicator_types[]` | `message`; `osint[0].desc`; `osint[0].category` (joined) |
//! | `confidence` (0–100) | `osint[0].confidence_id` (1–29 Low, 30–69 Medium, 70–100 High, 0 → 99 `None`) |
//! | `labels[]`, `external_references[].url` | `osint[0].labels[]`, `osint[0].references[]` |
//! | `object_marking_refs` (the four STIX TLP markings) | `osint[0].labels[]` (`TLP:WHITE`, `TLP:GREEN`, `TLP:AMBER`, `TLP:RED`): OCSF's `osint.tlp` is a string enum that pydantic-ocsf 3.0 types as an integer, rejecting every value |
//! | `created`, `modified`, `valid_until` | `osint[0].created_time`, `.modified_time`, `.expiration_time`; `time` = `modified` → `created` → `valid_from` |
//! | `created_by_ref`, `spec_version` | `unmapped.taxii` |
//!
//! Other modelled intelligence becomes one `osint` entry too, its `value`
//! the object's name: `malware` (`type_id` 99, `malware[]` with
//! `classification_ids` from `malware_types`), `vulnerability` (10
//! Vulnerability, `vulnerabilities[]` with the CVE, else an advisory),
//! `threat-actor` (`threat_actor`), `campaign` (`campaign`), `intrusion-set`
//! (`intrusion_sets`), `attack-pattern` (`attacks[]` with the ATT&CK
//! technique or sub-technique id), `tool`. An object of these types whose
//! typed view does not fit (e.g. an indicator without `pattern`) still maps,
//! from its name and id, with `type_id` 99.
//!
//! Every other type maps to **no event** (an empty list, which the
//! [`Normalizing`](super::Normalizing) sink writes as nothing):
//! `relationship`, `sighting`, `report`, `note`, `identity`,
//! `marking-definition`, `observed-data`, `grouping` describe or connect
//! intelligence rather than being it; the cyber observables (`ipv4-addr`,
//! `domain-name`, `file`...) have no time, confidence or verdict of their own
//! — they are what indicators, sightings and observed data point to; custom
//! `x-*` objects have no known meaning.

use std::collections::BTreeSet;
use std::net::IpAddr;

use chrono::{DateTime, NaiveDate, Utc};

use super::parse_time;
use serde_json::{json, Map, Value};
use uuid::Uuid;

use super::{parse, Origin, RecordKind, NAMESPACE, OCSF_VERSION};
use crate::defectdojo::types::Finding;
use crate::defendis::types::{
    ExposureAsset, LeakedCredential, LeakedDocument, LeakedPaymentCard, RansomwareVictim,
};
use crate::error::{Error, Result};
use crate::sandbox::{OverviewReport, Sample};
use crate::sie::{NewDomain, NewDomainMessage};
use crate::taxii::stix::{Common, Indicator, StixObject, TypedObject};

/// Maps one record of `kind` (a JSON document as the service sent it) into
/// its OCSF 1.7.0 event: one event, or none for the STIX types that carry no
/// indicator (see the module docs). A record the typed layer does not accept
/// is an [`Error::Decode`].
pub fn map(kind: RecordKind, record: &[u8], origin: &Origin) -> Result<Vec<Value>> {
    let event = match kind {
        RecordKind::DefectDojoFinding => defectdojo_finding(&parse(kind, record)?, origin),
        RecordKind::DefendisCredential => defendis_credential(&parse(kind, record)?, origin),
        RecordKind::DefendisDocument => defendis_document(&parse(kind, record)?, origin),
        RecordKind::DefendisPaymentCard => defendis_card(&parse(kind, record)?, origin),
        RecordKind::DefendisExposureAsset => defendis_asset(&parse(kind, record)?, origin),
        RecordKind::DefendisRansomwareVictim => defendis_victim(&parse(kind, record)?, origin),
        RecordKind::SandboxSample => sandbox_sample(&parse(kind, record)?, origin),
        RecordKind::SandboxReport => sandbox_report(&parse(kind, record)?, origin),
        RecordKind::SieNewDomain => {
            let text = utf8(kind, record)?;
            let rec = NewDomain::parse(text)
                .map_err(|e| Error::decode(kind.service(), e, record))?
                .into_owned();
            sie_newdomain(&rec, origin)
        }
        RecordKind::TaxiiObject => {
            let text = utf8(kind, record)?;
            let obj = StixObject::from_json(text)
                .map_err(|e| Error::decode(kind.service(), e, record))?;
            match taxii_object(&obj, origin) {
                Some(event) => event,
                None => return Ok(Vec::new()),
            }
        }
    };
    Ok(vec![event])
}

fn utf8(kind: RecordKind, record: &[u8]) -> Result<&str> {
    std::str::from_utf8(record).map_err(|e| Error::decode(kind.service(), e, record))
}

// ---------------------------------------------------------------------------
// Classes, captions and the event skeleton
// ---------------------------------------------------------------------------

/// An OCSF event class.
struct Class {
    uid: u32,
    name: &'static str,
    category: u32,
    category_name: &'static str,
}

const VULNERABILITY_FINDING: Class = Class {
    uid: 2002,
    name: "Vulnerability Finding",
    category: 2,
    category_name: "Findings",
};
const DETECTION_FINDING: Class = Class {
    uid: 2004,
    name: "Detection Finding",
    category: 2,
    category_name: "Findings",
};
const DATA_SECURITY_FINDING: Class = Class {
    uid: 2006,
    name: "Data Security Finding",
    category: 2,
    category_name: "Findings",
};
const OSINT_INVENTORY_INFO: Class = Class {
    uid: 5021,
    name: "OSINT Inventory Info",
    category: 5,
    category_name: "Discovery",
};

impl Class {
    fn activity_name(&self, id: u8) -> &'static str {
        match (self.category, id) {
            (2, 1) => "Create",
            (2, 2) => "Update",
            (2, 3) => "Close",
            (5, 1) => "Log",
            (5, 2) => "Collect",
            _ => "Other",
        }
    }
}

/// A normalized severity, and the source's text when it is 99 (Other).
#[derive(Debug, Clone, PartialEq)]
struct Severity {
    id: u8,
    other: Option<String>,
}

impl Severity {
    const UNKNOWN: Severity = Severity::id(0);
    const INFORMATIONAL: Severity = Severity::id(1);
    const LOW: Severity = Severity::id(2);
    const MEDIUM: Severity = Severity::id(3);
    const HIGH: Severity = Severity::id(4);

    const fn id(id: u8) -> Severity {
        Severity { id, other: None }
    }

    /// A severity word (`Critical`, `high`, `Info`...): known words map,
    /// anything else is 99 (Other) keeping the text; blank is Unknown.
    fn from_word(word: Option<&str>) -> Severity {
        let Some(w) = word.map(str::trim).filter(|w| !w.is_empty()) else {
            return Severity::UNKNOWN;
        };
        match w.to_ascii_lowercase().as_str() {
            "info" | "informational" | "information" | "none" => Severity::id(1),
            "low" => Severity::id(2),
            "medium" | "moderate" => Severity::id(3),
            "high" => Severity::id(4),
            "critical" => Severity::id(5),
            _ => Severity {
                id: 99,
                other: Some(w.to_string()),
            },
        }
    }

    /// A sandbox score (1–10).
    fn from_score(score: Option<i64>) -> Severity {
        match score {
            Some(10..) => Severity::id(5),
            Some(8..=9) => Severity::id(4),
            Some(6..=7) => Severity::id(3),
            Some(3..=5) => Severity::id(2),
            Some(1..=2) => Severity::id(1),
            _ => Severity::UNKNOWN,
        }
    }

    fn caption(&self) -> String {
        match self.id {
            0 => "Unknown".into(),
            1 => "Informational".into(),
            2 => "Low".into(),
            3 => "Medium".into(),
            4 => "High".into(),
            5 => "Critical".into(),
            6 => "Fatal".into(),
            _ => self.other.clone().unwrap_or_else(|| "Other".into()),
        }
    }
}

/// Where `time` came from.
#[derive(Debug, Default)]
struct When {
    ms: Option<i64>,
    field: Option<&'static str>,
    text: Option<String>,
}

/// A candidate time field of a record.
enum At<'a> {
    Text(&'a str),
    Time(DateTime<Utc>),
    Date(NaiveDate),
}

/// The first candidate that is present and parses; the text of the first
/// present one when none parses.
fn when(candidates: Vec<(&'static str, Option<At<'_>>)>) -> When {
    let mut first_text = None;
    for (field, at) in candidates {
        let Some(at) = at else { continue };
        let (ms, text) = match at {
            At::Text(t) => (parse_time(t).map(|d| d.timestamp_millis()), t.to_string()),
            At::Time(d) => (
                Some(d.timestamp_millis()),
                d.to_rfc3339_opts(chrono::SecondsFormat::AutoSi, true),
            ),
            At::Date(d) => (
                d.and_hms_opt(0, 0, 0)
                    .map(|n| n.and_utc().timestamp_millis()),
                d.to_string(),
            ),
        };
        if let Some(ms) = ms {
            return When {
                ms: Some(ms),
                field: Some(field),
                text: Some(text),
            };
        }
        if first_text.is_none() && !text.trim().is_empty() {
            first_text = Some(text);
        }
    }
    When {
        text: first_text,
        ..When::default()
    }
}

fn text_at(s: &Option<String>) -> Option<At<'_>> {
    s.as_deref().map(At::Text)
}

fn ms_of_text(s: Option<&str>) -> Option<i64> {
    s.and_then(parse_time).map(|d| d.timestamp_millis())
}

fn ms_of(d: Option<&DateTime<Utc>>) -> Option<i64> {
    d.map(DateTime::timestamp_millis)
}

fn ms_of_date(d: Option<&NaiveDate>) -> Option<i64> {
    d.and_then(|d| d.and_hms_opt(0, 0, 0))
        .map(|n| n.and_utc().timestamp_millis())
}

/// The source of an event: what the record is and says about itself.
struct Source<'a> {
    kind: RecordKind,
    origin: &'a Origin,
    /// The record's own id, when it has one.
    id: Option<String>,
    /// The content id: UUIDv5 over the kind and the record's canonical JSON.
    content: String,
}

impl<'a> Source<'a> {
    fn new<T: serde::Serialize>(
        kind: RecordKind,
        origin: &'a Origin,
        id: Option<&str>,
        typed: &T,
    ) -> Self {
        // The typed record re-serialised is canonical (struct order, sorted
        // maps): the same record gives the same id whatever its whitespace.
        let bytes = serde_json::to_vec(typed).unwrap_or_default();
        let mut seed = Vec::with_capacity(bytes.len() + 32);
        seed.extend_from_slice(b"ocsf|");
        seed.extend_from_slice(kind.name().as_bytes());
        seed.push(b'|');
        seed.extend_from_slice(&bytes);
        Source {
            kind,
            origin,
            id: id
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(str::to_string),
            content: Uuid::new_v5(&NAMESPACE, &seed).hyphenated().to_string(),
        }
    }

    /// The record's id, else its content id.
    fn record_id(&self) -> String {
        self.id.clone().unwrap_or_else(|| self.content.clone())
    }
}

fn product(name: &str, vendor: &str, feature: Option<&str>) -> Value {
    let mut p = Obj::new().s("name", name).s("vendor_name", vendor);
    if let Some(f) = feature {
        p = p.v("feature", json!({ "name": f }));
    }
    p.build()
}

/// The skeleton every event shares (see the module docs).
fn event(
    class: &Class,
    activity: u8,
    severity: &Severity,
    when: &When,
    src: &Source<'_>,
    product: Value,
) -> Map<String, Value> {
    let mut tags = vec![
        tag("secops.service", src.kind.service().as_str()),
        tag("secops.kind", src.kind.name()),
        tag("secops.record_id", &src.record_id()),
    ];
    if let Some(feed) = src.origin.feed.as_deref().filter(|f| !f.is_empty()) {
        tags.push(tag("secops.feed", feed));
    }
    tags.push(tag("secops.time_field", when.field.unwrap_or("none")));
    let metadata = Obj::new()
        .s("version", OCSF_VERSION)
        .v("product", product)
        .s("uid", &src.content)
        .opt_s("original_event_uid", src.id.as_deref())
        .opt_s("original_time", when.text.as_deref())
        .s("log_name", src.kind.name())
        .s("log_provider", "secops")
        .v("tags", Value::Array(tags))
        .build();
    let mut m = Map::new();
    m.insert("activity_id".into(), activity.into());
    m.insert("activity_name".into(), class.activity_name(activity).into());
    m.insert("category_uid".into(), class.category.into());
    m.insert("category_name".into(), class.category_name.into());
    m.insert("class_uid".into(), class.uid.into());
    m.insert("class_name".into(), class.name.into());
    m.insert(
        "type_uid".into(),
        (u64::from(class.uid) * 100 + u64::from(activity)).into(),
    );
    m.insert(
        "type_name".into(),
        format!("{}: {}", class.name, class.activity_name(activity)).into(),
    );
    m.insert("severity_id".into(), severity.id.into());
    m.insert("severity".into(), severity.caption().into());
    m.insert("time".into(), when.ms.unwrap_or(0).into());
    m.insert("metadata".into(), metadata);
    m
}

fn tag(name: &str, value: &str) -> Value {
    json!({ "name": name, "value": value })
}

/// Inserts `value` under `key` unless it is empty (an empty string, array or
/// object says nothing and some consumers choke on it).
fn put(m: &mut Map<String, Value>, key: &str, value: Value) {
    let empty = match &value {
        Value::Null => true,
        Value::String(s) => s.trim().is_empty(),
        Value::Array(a) => a.is_empty(),
        Value::Object(o) => o.is_empty(),
        _ => false,
    };
    if !empty {
        m.insert(key.to_string(), value);
    }
}

/// A small builder of JSON objects that leaves out absent and empty values.
struct Obj(Map<String, Value>);

impl Obj {
    fn new() -> Self {
        Obj(Map::new())
    }
    fn v(mut self, key: &str, value: Value) -> Self {
        put(&mut self.0, key, value);
        self
    }
    fn opt(self, key: &str, value: Option<Value>) -> Self {
        match value {
            Some(v) => self.v(key, v),
            None => self,
        }
    }
    fn s(self, key: &str, value: &str) -> Self {
        self.v(key, Value::String(value.to_string()))
    }
    fn opt_s(self, key: &str, value: Option<&str>) -> Self {
        match value {
            Some(s) => self.s(key, s),
            None => self,
        }
    }
    fn opt_i(self, key: &str, value: Option<i64>) -> Self {
        self.opt(key, value.map(Value::from))
    }
    fn opt_b(self, key: &str, value: Option<bool>) -> Self {
        self.opt(key, value.map(Value::from))
    }
    fn strs<'s>(self, key: &str, values: impl IntoIterator<Item = &'s str>) -> Self {
        let v: Vec<Value> = values
            .into_iter()
            .filter(|s| !s.trim().is_empty())
            .map(|s| Value::String(s.to_string()))
            .collect();
        self.v(key, Value::Array(v))
    }
    fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
    fn build(self) -> Value {
        Value::Object(self.0)
    }
    fn into_map(self) -> Map<String, Value> {
        self.0
    }
}

/// The `observables` of an event, each (type, value) once.
#[derive(Default)]
struct Observables {
    seen: BTreeSet<(u8, String)>,
    list: Vec<Value>,
}

impl Observables {
    fn add(&mut self, name: &str, type_id: u8, value: &str) {
        let value = value.trim();
        if value.is_empty() || !self.seen.insert((type_id, value.to_string())) {
            return;
        }
        let caption = match type_id {
            1 => "Hostname",
            2 => "IP Address",
            4 => "User Name",
            5 => "Email Address",
            6 => "URL String",
            7 => "File Name",
            8 => "Hash",
            12 => "Subnet",
            13 => "Command Line",
            16 => "HTTP User-Agent",
            17 => "CWE ID",
            18 => "CVE ID",
            44 => "Advisory ID",
            45 => "File Path",
            _ => "Other",
        };
        self.list.push(json!({
            "name": name,
            "type_id": type_id,
            "type": caption,
            "value": value,
        }));
    }

    fn into_value(self) -> Value {
        Value::Array(self.list)
    }
}

// ---------------------------------------------------------------------------
// Values OCSF constrains
// ---------------------------------------------------------------------------

/// An IP address as OCSF's `ip_t` wants it (canonical text), or `None`.
fn ip(s: &str) -> Option<String> {
    s.trim()
        .parse::<IpAddr>()
        .ok()
        .map(|a| a.to_string())
        .filter(|t| t.len() <= 40)
}

/// Whether `s` is an e-mail address by OCSF's `email_t` pattern.
fn is_email(s: &str) -> bool {
    let Some((local, domain)) = s.split_once('@') else {
        return false;
    };
    let local_ok = !local.is_empty()
        && local
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"!#$%&'*+,-./=?^_`{|}~".contains(&b));
    let Some((first, rest)) = domain.split_once('.') else {
        return false;
    };
    let label = |b: u8| b.is_ascii_alphanumeric() || b == b'-';
    local_ok
        && !first.is_empty()
        && first.bytes().all(label)
        && !rest.is_empty()
        && rest.bytes().all(|b| label(b) || b == b'.')
}

/// Whether `s` is a hex digest (OCSF's `file_hash_t`).
fn is_hex(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_hexdigit())
}

/// A `fingerprint` object, when the value is hex.
fn fingerprint(algorithm_id: u8, value: Option<&str>) -> Option<Value> {
    let v = value.map(str::trim).filter(|v| is_hex(v))?;
    let caption = match algorithm_id {
        1 => "MD5",
        2 => "SHA-1",
        3 => "SHA-256",
        4 => "SHA-512",
        _ => "Other",
    };
    Some(json!({ "algorithm_id": algorithm_id, "algorithm": caption, "value": v }))
}

/// An `integer_t` (32 bits) value, or `None`.
fn int32(n: Option<i64>) -> Option<i64> {
    n.filter(|n| i32::try_from(*n).is_ok())
}

/// A `port_t` value, or `None`.
fn port(n: Option<i64>) -> Option<i64> {
    n.filter(|n| (0..=65_535).contains(n))
}

/// A name without its final dot (`example.net.` → `example.net`).
fn undot(s: &str) -> &str {
    let t = s.trim();
    t.strip_suffix('.').filter(|t| !t.is_empty()).unwrap_or(t)
}

/// The last segment of a path or URL (`/a/b.pdf?x` → `b.pdf`).
fn last_segment(s: &str) -> Option<&str> {
    let s = s.split(['?', '#']).next().unwrap_or(s);
    s.rsplit(['/', '\\'])
        .map(str::trim)
        .find(|p| !p.is_empty() && !p.ends_with(':'))
}

/// A `file` object: `name` (required) and `type_id` 1 Regular File.
fn file(name: &str) -> Obj {
    Obj::new()
        .s("name", name)
        .v("type_id", 1.into())
        .s("type", "Regular File")
}

fn cve_id(s: &str) -> Option<String> {
    let t = s.trim();
    let up = t.to_ascii_uppercase();
    let rest = up.strip_prefix("CVE-")?;
    let (year, num) = rest.split_once('-')?;
    (year.len() == 4
        && year.bytes().all(|b| b.is_ascii_digit())
        && !num.is_empty()
        && num.bytes().all(|b| b.is_ascii_digit()))
    .then_some(up)
}

/// A `resource_details` object with role 3 (Affected).
fn affected() -> Obj {
    Obj::new().v("role_id", 3.into()).s("role", "Affected")
}

/// The `status_id`/`status` pair of a finding (1 New ... 6 Deleted, 99 Other).
fn finding_status(m: &mut Map<String, Value>, id: u8, other: &str) {
    let caption = match id {
        1 => "New",
        2 => "In Progress",
        3 => "Suppressed",
        4 => "Resolved",
        5 => "Archived",
        6 => "Deleted",
        _ => other,
    };
    m.insert("status_id".into(), id.into());
    m.insert("status".into(), caption.into());
}

fn confidence_caption(id: u8) -> &'static str {
    match id {
        1 => "Low",
        2 => "Medium",
        3 => "High",
        0 => "Unknown",
        _ => "Other",
    }
}

/// A malware classification (STIX malware types, and the sandbox's aliases).
fn malware_class(tag: &str) -> Option<(u8, &'static str)> {
    Some(match tag.trim().to_ascii_lowercase().as_str() {
        "adware" => (1, "Adware"),
        "backdoor" => (2, "Backdoor"),
        "bot" | "botnet" => (3, "Bot"),
        "bootkit" => (4, "Bootkit"),
        "ddos" => (5, "DDOS"),
        "downloader" | "loader" => (6, "Downloader"),
        "dropper" => (7, "Dropper"),
        "exploit-kit" | "exploit" | "exploitkit" => (8, "Exploit-Kit"),
        "keylogger" => (9, "Keylogger"),
        "ransomware" => (10, "Ransomware"),
        "remote-access-trojan" | "rat" => (11, "Remote-Access-Trojan"),
        "resource-exploitation" | "miner" | "cryptominer" | "coinminer" => {
            (13, "Resource-Exploitation")
        }
        "rogue-security-software" => (14, "Rogue-Security-Software"),
        "rootkit" => (15, "Rootkit"),
        "screen-capture" => (16, "Screen-Capture"),
        "spyware" | "stealer" | "infostealer" => (17, "Spyware"),
        "trojan" | "banker" => (18, "Trojan"),
        "virus" => (19, "Virus"),
        "webshell" => (20, "Webshell"),
        "wiper" => (21, "Wiper"),
        "worm" => (22, "Worm"),
        _ => return None,
    })
}

/// A `malware` object: `classification_ids` (required) from `tags`, 0
/// Unknown when none is known.
fn malware<'t>(name: &str, tags: impl IntoIterator<Item = &'t str>, provider: &str) -> Value {
    let classes: BTreeSet<(u8, &'static str)> =
        tags.into_iter().filter_map(malware_class).collect();
    let (ids, captions): (Vec<Value>, Vec<Value>) = if classes.is_empty() {
        (vec![0.into()], vec!["Unknown".into()])
    } else {
        classes
            .into_iter()
            .map(|(id, c)| (Value::from(id), Value::from(c)))
            .unzip()
    };
    Obj::new()
        .s("name", name)
        .v("classification_ids", Value::Array(ids))
        .v("classifications", Value::Array(captions))
        .s("provider", provider)
        .build()
}

// ---------------------------------------------------------------------------
// DefectDojo
// ---------------------------------------------------------------------------

fn defectdojo_finding(f: &Finding, origin: &Origin) -> Value {
    let id = f.id.to_string();
    let src = Source::new(RecordKind::DefectDojoFinding, origin, Some(&id), f);
    let w = when(vec![
        ("updated", f.updated.map(At::Time)),
        ("last_status_update", f.last_status_update.map(At::Time)),
        ("created", f.created.map(At::Time)),
        ("date", f.date.map(At::Date)),
        ("mitigated", f.mitigated.map(At::Time)),
    ]);
    let mitigated = f.is_mitigated == Some(true) || f.mitigated.is_some();
    let false_p = f.false_p == Some(true);
    let activity = if f.active == Some(false) || mitigated || false_p {
        3
    } else if matches!((f.created, f.updated), (Some(c), Some(u)) if u > c) {
        2
    } else {
        1
    };
    let mut severity = Severity::from_word(f.severity.as_deref());
    if severity == Severity::UNKNOWN {
        severity = match f.numerical_severity.as_deref().map(str::trim) {
            Some("S0") => Severity::id(5),
            Some("S1") => Severity::id(4),
            Some("S2") => Severity::id(3),
            Some("S3") => Severity::id(2),
            Some("S4") => Severity::id(1),
            _ => Severity::UNKNOWN,
        };
    }
    let mut ev = event(
        &VULNERABILITY_FINDING,
        activity,
        &severity,
        &w,
        &src,
        product("DefectDojo", "DefectDojo", None),
    );
    let mut obs = Observables::default();

    let title = f
        .title
        .as_deref()
        .filter(|t| !t.trim().is_empty())
        .map(str::to_string)
        .unwrap_or_else(|| format!("DefectDojo finding {id}"));
    let tags = Obj::new()
        .s("name", "defectdojo.tags")
        .strs("values", f.tags.iter().map(String::as_str));
    let tags = if tags.0.contains_key("values") {
        vec![tags.build()]
    } else {
        Vec::new()
    };
    let info = Obj::new()
        .s("uid", &id)
        .opt_s("uid_alt", f.unique_id_from_tool.as_deref())
        .s("title", &title)
        .opt_s("desc", f.description.as_deref())
        .opt_i("created_time", ms_of(f.created.as_ref()))
        .opt_i("modified_time", ms_of(f.updated.as_ref()))
        .opt_i("first_seen_time", ms_of_date(f.date.as_ref()))
        .v("tags", Value::Array(tags))
        .build();
    put(&mut ev, "finding_info", info);
    put(&mut ev, "message", Value::String(title.clone()));

    // Status.
    let status = if false_p {
        Some((3, ""))
    } else if mitigated {
        Some((4, ""))
    } else if f.risk_accepted == Some(true)
        || f.out_of_scope == Some(true)
        || f.duplicate == Some(true)
    {
        Some((3, ""))
    } else if f.active == Some(false) {
        Some((99, "Inactive"))
    } else if f.under_review == Some(true) || f.under_defect_review == Some(true) {
        Some((2, ""))
    } else if f.active == Some(true) {
        Some((1, ""))
    } else {
        None
    };
    if let Some((sid, other)) = status {
        finding_status(&mut ev, sid, other);
    }
    if let Some(d) = f.display_status.as_deref() {
        put(&mut ev, "status_detail", d.into());
    }

    // What every vulnerability entry shares.
    let cwe = f.cwe.filter(|c| *c > 0).map(|c| format!("CWE-{c}"));
    let mut references: Vec<&str> = f
        .references
        .as_deref()
        .unwrap_or("")
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    if let Some(u) = f.url.as_deref() {
        references.push(u);
    }
    let mut packages = Vec::new();
    if let (Some(name), Some(version)) = (
        f.component_name.as_deref().filter(|s| !s.trim().is_empty()),
        f.component_version
            .as_deref()
            .filter(|s| !s.trim().is_empty()),
    ) {
        packages.push(
            Obj::new()
                .s("name", name)
                .s("version", version)
                .opt_s("fixed_in_version", f.fix_version.as_deref())
                .build(),
        );
    }
    let mut code = Vec::new();
    let path = f
        .file_path
        .as_deref()
        .filter(|p| !p.trim().is_empty())
        .map(|p| (p, int32(f.line).filter(|l| *l > 0)))
        .or_else(|| {
            f.sast_source_file_path
                .as_deref()
                .filter(|p| !p.trim().is_empty())
                .map(|p| (p, int32(f.sast_source_line).filter(|l| *l > 0)))
        });
    if let Some((p, line)) = path {
        let name = last_segment(p).unwrap_or(p);
        code.push(
            Obj::new()
                .v("file", file(name).s("path", p).build())
                .opt_i("start_line", line)
                .build(),
        );
        obs.add("vulnerabilities.affected_code.file.path", 45, p);
    }
    let common = Obj::new()
        .s("title", &title)
        .opt_s("severity", f.severity.as_deref())
        .strs("references", references.iter().copied())
        .opt(
            "remediation",
            f.mitigation
                .as_deref()
                .filter(|m| !m.trim().is_empty())
                .map(|m| json!({ "desc": m })),
        )
        .v("affected_packages", Value::Array(packages))
        .v("affected_code", Value::Array(code))
        .opt_b("is_fix_available", f.fix_available)
        // Not being known exploited does not say no exploit exists.
        .opt_b("is_exploit_available", f.known_exploited.filter(|k| *k))
        .opt_i("first_seen_time", ms_of_date(f.date.as_ref()))
        .into_map();

    let mut cvss = Vec::new();
    for (vector, score, default_version) in [
        (f.cvssv3.as_deref(), f.cvssv3_score, "3.0"),
        (f.cvssv4.as_deref(), f.cvssv4_score, "4.0"),
    ] {
        let Some(score) = score else { continue };
        let version = vector
            .and_then(|v| v.trim().strip_prefix("CVSS:"))
            .and_then(|v| v.split('/').next())
            .filter(|v| !v.is_empty())
            .unwrap_or(default_version);
        cvss.push(
            Obj::new()
                .s("version", version)
                .v("base_score", json!(score))
                .opt_s("vector_string", vector)
                .build(),
        );
    }
    let epss = f.epss_score.map(|s| {
        Obj::new()
            .s("score", &s.to_string())
            .opt("percentile", f.epss_percentile.map(|p| json!(p)))
            .build()
    });

    let mut vulns = Vec::new();
    let mut seen = BTreeSet::new();
    let mut cve_used = false;
    for raw in f
        .vulnerability_ids
        .iter()
        .filter_map(|v| v.vulnerability_id.as_deref())
    {
        let raw = raw.trim();
        if raw.is_empty() || !seen.insert(raw.to_ascii_uppercase()) {
            continue;
        }
        let mut v = common.clone();
        if let Some(cve) = cve_id(raw) {
            obs.add("vulnerabilities.cve.uid", 18, &cve);
            let c = Obj::new()
                .s("uid", &cve)
                .v(
                    "related_cwes",
                    Value::Array(cwe.iter().map(|c| json!({ "uid": c })).collect()),
                )
                .v("cvss", Value::Array(cvss.clone()))
                .opt("epss", epss.clone())
                .build();
            cve_used = true;
            v.insert("cve".into(), c);
        } else {
            obs.add("vulnerabilities.advisory.uid", 44, raw);
            let a = Obj::new()
                .s("uid", raw)
                .v(
                    "related_cwes",
                    Value::Array(cwe.iter().map(|c| json!({ "uid": c })).collect()),
                )
                .build();
            v.insert("advisory".into(), a);
        }
        vulns.push(Value::Object(v));
    }
    if vulns.is_empty() {
        let mut v = common.clone();
        if let Some(c) = cwe.as_deref() {
            v.insert("cwe".into(), json!({ "uid": c }));
        } else {
            let uid = [&f.vuln_id_from_tool, &f.unique_id_from_tool]
                .into_iter()
                .flatten()
                .map(|s| s.trim())
                .find(|s| !s.is_empty())
                .map(str::to_string)
                .unwrap_or_else(|| format!("DefectDojo-{id}"));
            v.insert("advisory".into(), json!({ "uid": uid, "title": title }));
        }
        vulns.push(Value::Object(v));
    }
    if let Some(c) = cwe.as_deref() {
        obs.add("vulnerabilities.cwe.uid", 17, c);
    }
    ev.insert("vulnerabilities".into(), Value::Array(vulns));

    // Affected resources.
    let mut resources: Vec<Value> = f
        .endpoints
        .iter()
        .map(|e| {
            affected()
                .s("uid", &e.to_string())
                .s("type", "DefectDojo Endpoint")
                .build()
        })
        .collect();
    if let Some(name) = f.component_name.as_deref().filter(|s| !s.trim().is_empty()) {
        resources.push(
            affected()
                .s("name", name)
                .opt_s("version", f.component_version.as_deref())
                .s("type", "Software Component")
                .build(),
        );
    }
    if let Some(service) = f.service.as_deref().filter(|s| !s.trim().is_empty()) {
        resources.push(affected().s("name", service).s("type", "Service").build());
    }
    put(&mut ev, "resources", Value::Array(resources));

    let mut un = Obj::new()
        .opt_i("test", f.test)
        .opt_s("hash_code", f.hash_code.as_deref())
        .opt_s("numerical_severity", f.numerical_severity.as_deref())
        .opt_b("verified", f.verified)
        .opt_b("static_finding", f.static_finding)
        .opt_b("dynamic_finding", f.dynamic_finding)
        .opt_s(
            "sla_expiration_date",
            f.sla_expiration_date.map(|d| d.to_string()).as_deref(),
        )
        .opt_s("kev_date", f.kev_date.map(|d| d.to_string()).as_deref())
        .opt_s(
            "planned_remediation_date",
            f.planned_remediation_date.map(|d| d.to_string()).as_deref(),
        )
        .opt_s("vuln_id_from_tool", f.vuln_id_from_tool.as_deref())
        .opt_i("scanner_confidence", f.scanner_confidence)
        .v("found_by", json!(f.found_by))
        .opt_i("reporter", f.reporter)
        .opt_s("impact", f.impact.as_deref())
        .opt_s(
            "severity_justification",
            f.severity_justification.as_deref(),
        );
    if !cve_used {
        un = un.v("cvss", Value::Array(cvss)).opt("epss", epss);
    }
    put(&mut ev, "observables", obs.into_value());
    put(&mut ev, "unmapped", json!({ "defectdojo": un.build() }));
    Value::Object(ev)
}

// ---------------------------------------------------------------------------
// Defendis
// ---------------------------------------------------------------------------

fn defendis_product(feature: &str) -> Value {
    product("Defendis", "Defendis", Some(feature))
}

/// `data_security` of a leak: its category and the detecting service.
fn leak_data_security(category_id: u8, src_url: Option<&str>) -> Value {
    let category = match category_id {
        3 => "Financial",
        6 => "Security",
        _ => "Unknown",
    };
    Obj::new()
        .v("category_id", category_id.into())
        .s("category", category)
        .v("detection_system_id", 99.into())
        .s("detection_system", "Defendis Dataleaks")
        .opt_s("src_url", src_url)
        .build()
}

/// The finding_info of a leak record.
fn leak_info(
    src: &Source<'_>,
    title: &str,
    kind_caption: &str,
    discovered: Option<&str>,
    leaked: Option<&str>,
    source: Option<&str>,
) -> Value {
    Obj::new()
        .s("uid", &src.record_id())
        .s("title", title)
        .strs("types", [kind_caption])
        .strs("data_sources", source)
        .opt_i("created_time", ms_of_text(discovered))
        .opt_i("first_seen_time", ms_of_text(leaked))
        .build()
}

fn nonblank(s: &Option<String>) -> Option<&str> {
    s.as_deref().map(str::trim).filter(|s| !s.is_empty())
}

fn finish_leak(mut ev: Map<String, Value>, info: Value, title: &str) -> Value {
    put(&mut ev, "finding_info", info);
    put(&mut ev, "message", title.into());
    ev.insert("is_alert".into(), true.into());
    finding_status(&mut ev, 1, "");
    Value::Object(ev)
}

fn defendis_credential(c: &LeakedCredential, origin: &Origin) -> Value {
    let src = Source::new(RecordKind::DefendisCredential, origin, c.id.as_deref(), c);
    let w = when(vec![
        ("discoveredAt", text_at(&c.discovered_at)),
        ("leakDate", text_at(&c.leak_date)),
    ]);
    let email = nonblank(&c.email);
    let username = nonblank(&c.username);
    let domain = nonblank(&c.domain);
    let password_present = nonblank(&c.password).is_some();
    let ptype = nonblank(&c.password_type);
    let severity = if !password_present {
        Severity::LOW
    } else {
        match ptype.map(str::to_ascii_lowercase).as_deref() {
            None | Some("plaintext" | "plain" | "cleartext" | "clear") => Severity::HIGH,
            Some(_) => Severity::MEDIUM,
        }
    };
    let mut ev = event(
        &DATA_SECURITY_FINDING,
        1,
        &severity,
        &w,
        &src,
        defendis_product("Dataleaks"),
    );
    let who = email.or(username).or(domain);
    let title = match who {
        Some(w) => format!("Leaked credential for {w}"),
        None => "Leaked credential".to_string(),
    };
    let mut obs = Observables::default();
    let owner_name = username.or(email);
    let owner = owner_name.map(|n| {
        Obj::new()
            .s("name", n)
            .opt_s("email_addr", email.filter(|e| is_email(e)))
            .opt_s("domain", domain)
            .build()
    });
    if let Some(u) = username {
        obs.add("resources.owner.name", 4, u);
    }
    if let Some(e) = email.filter(|e| is_email(e)) {
        obs.add("resources.owner.email_addr", 5, e);
    }
    let data = Obj::new()
        .v("password_present", password_present.into())
        .opt_s("password_type", ptype)
        .opt_s("login_url", nonblank(&c.url))
        .build();
    let name = who
        .or(nonblank(&c.url))
        .map(str::to_string)
        .unwrap_or_else(|| src.record_id());
    let resource = affected()
        .s("name", &name)
        .s("type", "User Credential")
        .opt("owner", owner)
        .v("data", data)
        .build();
    ev.insert("resources".into(), json!([resource]));
    ev.insert("data_security".into(), leak_data_security(6, None));
    put(&mut ev, "observables", obs.into_value());
    let info = leak_info(
        &src,
        &title,
        "Leaked Credential",
        c.discovered_at.as_deref(),
        c.leak_date.as_deref(),
        nonblank(&c.source),
    );
    finish_leak(ev, info, &title)
}

fn defendis_document(d: &LeakedDocument, origin: &Origin) -> Value {
    let src = Source::new(RecordKind::DefendisDocument, origin, d.id.as_deref(), d);
    let w = when(vec![
        ("discoveredAt", text_at(&d.discovered_at)),
        ("leakDate", text_at(&d.leak_date)),
    ]);
    let mut ev = event(
        &DATA_SECURITY_FINDING,
        1,
        &Severity::MEDIUM,
        &w,
        &src,
        defendis_product("Dataleaks"),
    );
    let name = nonblank(&d.file_name)
        .or_else(|| nonblank(&d.url).and_then(last_segment))
        .map(str::to_string)
        .unwrap_or_else(|| src.record_id());
    let title = format!("Leaked document {name}");
    let extra_text = |k: &str| d.extra.get(k).and_then(Value::as_str);
    let hashes: Vec<Value> = [
        (1, extra_text("md5")),
        (2, extra_text("sha1")),
        (3, extra_text("sha256")),
        (4, extra_text("sha512")),
    ]
    .into_iter()
    .filter_map(|(alg, v)| fingerprint(alg, v))
    .collect();
    let mut obs = Observables::default();
    obs.add("file.name", 7, &name);
    for h in &hashes {
        if let Some(v) = h["value"].as_str() {
            obs.add("file.hashes.value", 8, v);
        }
    }
    let f = file(&name)
        .opt_s(
            "ext",
            nonblank(&d.file_type).map(|t| t.trim_start_matches('.')),
        )
        .opt_i("size", d.size.filter(|s| *s >= 0))
        .v("hashes", Value::Array(hashes))
        .build();
    ev.insert("file".into(), f);
    if let Some(dom) = nonblank(&d.domain) {
        ev.insert(
            "resources".into(),
            json!([affected().s("name", dom).s("type", "Domain").build()]),
        );
        obs.add("resources.name", 1, dom);
    }
    ev.insert(
        "data_security".into(),
        leak_data_security(0, nonblank(&d.url)),
    );
    put(&mut ev, "observables", obs.into_value());
    let info = leak_info(
        &src,
        &title,
        "Leaked Document",
        d.discovered_at.as_deref(),
        d.leak_date.as_deref(),
        nonblank(&d.source),
    );
    finish_leak(ev, info, &title)
}

/// A card number masked to its first six and last four digits (shorter
/// numbers: the last four), whatever the source gave.
fn mask_card(number: &str) -> String {
    let chars: Vec<char> = number
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .collect();
    let n = chars.len();
    chars
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let keep = (n >= 13 && i < 6) || (n > 4 && i >= n - 4);
            if keep && c.is_ascii_digit() {
                *c
            } else {
                '*'
            }
        })
        .collect()
}

fn defendis_card(c: &LeakedPaymentCard, origin: &Origin) -> Value {
    let src = Source::new(RecordKind::DefendisPaymentCard, origin, c.id.as_deref(), c);
    let w = when(vec![
        ("discoveredAt", text_at(&c.discovered_at)),
        ("leakDate", text_at(&c.leak_date)),
    ]);
    let mut ev = event(
        &DATA_SECURITY_FINDING,
        1,
        &Severity::HIGH,
        &w,
        &src,
        defendis_product("Dataleaks"),
    );
    let masked = nonblank(&c.card_number).map(mask_card);
    let bin = nonblank(&c.bin);
    let title = match (&masked, bin) {
        (Some(m), _) => format!("Leaked payment card {m}"),
        (None, Some(b)) => format!("Leaked payment card of BIN {b}"),
        (None, None) => "Leaked payment card".to_string(),
    };
    let name = masked
        .clone()
        .or_else(|| bin.map(|b| format!("BIN {b}")))
        .unwrap_or_else(|| src.record_id());
    let data = Obj::new()
        .opt_s("bin", bin)
        .opt_s("brand", nonblank(&c.brand))
        .opt_s("issuer", nonblank(&c.issuer))
        .opt_s("country", nonblank(&c.country))
        .opt_s("expiry", nonblank(&c.expiry))
        .build();
    ev.insert(
        "resources".into(),
        json!([affected()
            .s("name", &name)
            .s("type", "Payment Card")
            .v("data", data)
            .build()]),
    );
    ev.insert("data_security".into(), leak_data_security(3, None));
    let info = leak_info(
        &src,
        &title,
        "Leaked Payment Card",
        c.discovered_at.as_deref(),
        c.leak_date.as_deref(),
        nonblank(&c.source),
    );
    finish_leak(ev, info, &title)
}

fn defendis_asset(a: &ExposureAsset, origin: &Origin) -> Value {
    let src = Source::new(
        RecordKind::DefendisExposureAsset,
        origin,
        a.id.as_deref(),
        a,
    );
    let w = when(vec![
        ("lastSeen", text_at(&a.last_seen)),
        ("firstSeen", text_at(&a.first_seen)),
    ]);
    let severity = Severity::from_word(a.severity.as_deref());
    let mut ev = event(
        &DETECTION_FINDING,
        1,
        &severity,
        &w,
        &src,
        defendis_product("Exposure"),
    );
    let host = nonblank(&a.host);
    let addr = nonblank(&a.ip).and_then(ip);
    let domain = nonblank(&a.domain);
    let service = nonblank(&a.service);
    let p = port(a.port);
    let prod = nonblank(&a.product);
    let mut obs = Observables::default();
    if let Some(h) = host {
        obs.add("resources.hostname", 1, h);
    }
    if let Some(i) = &addr {
        obs.add("resources.ip", 2, i);
    }
    let endpoint = Obj::new()
        .opt_s("hostname", host)
        .opt_s("ip", addr.as_deref())
        .opt_i("port", p)
        .opt_s("svc_name", service)
        .opt_s("domain", domain);
    if !endpoint.is_empty() {
        let evidence = Obj::new()
            .v("dst_endpoint", endpoint.build())
            .opt("data", prod.map(|p| json!({ "product": p })))
            .build();
        ev.insert("evidences".into(), json!([evidence]));
    }
    let target = match (host.or(addr.as_deref()).or(domain), p) {
        (Some(h), Some(p)) => format!("{h}:{p}"),
        (Some(h), None) => h.to_string(),
        (None, Some(p)) => format!("port {p}"),
        (None, None) => src.record_id(),
    };
    let title = match service {
        Some(s) => format!("Exposed {s} service on {target}"),
        None => format!("Exposed service on {target}"),
    };
    let rname = host
        .or(addr.as_deref())
        .or(domain)
        .map(str::to_string)
        .unwrap_or_else(|| src.record_id());
    let rdata = Obj::new()
        .opt_i("port", a.port)
        .opt_s("service", service)
        .opt_s("product", prod)
        .build();
    let resource = affected()
        .s("name", &rname)
        .s("type", "Internet-facing Asset")
        .opt_s("hostname", host)
        .opt_s("ip", addr.as_deref())
        .v("data", rdata)
        .build();
    ev.insert("resources".into(), json!([resource]));
    let mut seen = BTreeSet::new();
    let vulns: Vec<Value> = a
        .cves
        .iter()
        .filter_map(|c| {
            let t = c.trim();
            (!t.is_empty() && seen.insert(t.to_ascii_uppercase())).then_some(t)
        })
        .map(|c| {
            obs.add("vulnerabilities.cve.uid", 18, c);
            Obj::new()
                .v("cve", json!({ "uid": c }))
                .opt_s("severity", nonblank(&a.severity))
                .build()
        })
        .collect();
    put(&mut ev, "vulnerabilities", Value::Array(vulns));
    let info = Obj::new()
        .s("uid", &src.record_id())
        .s("title", &title)
        .strs("types", ["Exposure"])
        .opt_i("first_seen_time", ms_of_text(a.first_seen.as_deref()))
        .opt_i("last_seen_time", ms_of_text(a.last_seen.as_deref()))
        .build();
    ev.insert("finding_info".into(), info);
    put(&mut ev, "message", title.into());
    ev.insert("is_alert".into(), matches!(severity.id, 4 | 5).into());
    finding_status(&mut ev, 1, "");
    put(&mut ev, "observables", obs.into_value());
    Value::Object(ev)
}

fn defendis_victim(v: &RansomwareVictim, origin: &Origin) -> Value {
    let src = Source::new(
        RecordKind::DefendisRansomwareVictim,
        origin,
        v.id.as_deref(),
        v,
    );
    let w = when(vec![
        ("discoveredAt", text_at(&v.discovered_at)),
        ("publishedAt", text_at(&v.published_at)),
    ]);
    let mut ev = event(
        &DETECTION_FINDING,
        1,
        &Severity::HIGH,
        &w,
        &src,
        defendis_product("Ransomware"),
    );
    let group = nonblank(&v.group);
    let victim = nonblank(&v.victim);
    let domain = nonblank(&v.domain);
    let post = nonblank(&v.post_url);
    let mut obs = Observables::default();
    let who = victim.or(domain).unwrap_or("an unnamed victim");
    let title = match group {
        Some(g) => format!("{who} listed by the {g} ransomware group"),
        None => format!("{who} listed on a ransomware leak site"),
    };
    if let Some(g) = group {
        ev.insert(
            "malware".into(),
            json!([malware(g, ["ransomware"], "Defendis")]),
        );
    }
    let rname = victim
        .or(domain)
        .map(str::to_string)
        .unwrap_or_else(|| src.record_id());
    let data = Obj::new()
        .opt_s("country", nonblank(&v.country))
        .opt_s("sector", nonblank(&v.sector))
        .build();
    let resource = affected()
        .s("name", &rname)
        .s("type", "Organization")
        .opt_s("hostname", domain)
        .v("data", data)
        .build();
    ev.insert("resources".into(), json!([resource]));
    if let Some(d) = domain {
        obs.add("resources.hostname", 1, d);
    }
    if let Some(u) = post {
        ev.insert("evidences".into(), json!([{ "url": { "url_string": u } }]));
        obs.add("evidences.url.url_string", 6, u);
    }
    let info = Obj::new()
        .s("uid", &src.record_id())
        .s("title", &title)
        .opt_s("desc", v.extra.get("description").and_then(Value::as_str))
        .strs("types", ["Ransomware Victim"])
        .opt_s("src_url", post)
        .opt_i("created_time", ms_of_text(v.discovered_at.as_deref()))
        .opt_i("first_seen_time", ms_of_text(v.published_at.as_deref()))
        .build();
    ev.insert("finding_info".into(), info);
    put(&mut ev, "message", title.into());
    ev.insert("is_alert".into(), true.into());
    finding_status(&mut ev, 1, "");
    put(&mut ev, "observables", obs.into_value());
    Value::Object(ev)
}

// ---------------------------------------------------------------------------
// Sandbox
// ---------------------------------------------------------------------------

fn sandbox_product() -> Value {
    product("Recorded Future Sandbox", "Recorded Future", None)
}

fn sandbox_sample(s: &Sample, origin: &Origin) -> Value {
    let src = Source::new(RecordKind::SandboxSample, origin, Some(&s.id), s);
    let w = when(vec![
        ("completed", s.completed.map(At::Time)),
        ("submitted", s.submitted.map(At::Time)),
    ]);
    let mut ev = event(
        &DETECTION_FINDING,
        1,
        &Severity::UNKNOWN,
        &w,
        &src,
        sandbox_product(),
    );
    let mut obs = Observables::default();
    let filename = nonblank(&s.filename);
    let url = nonblank(&s.url);
    let is_url = matches!(s.kind.as_deref().map(str::trim), Some("url" | "fetch"));
    let evidence = match (is_url, filename, url) {
        (false, Some(f), _) | (true, Some(f), None) => {
            obs.add("evidences.file.name", 7, f);
            Some(json!({ "file": file(f).build() }))
        }
        (_, _, Some(u)) => {
            obs.add("evidences.url.url_string", 6, u);
            Some(json!({ "url": { "url_string": u } }))
        }
        (_, None, None) => None,
    };
    if let Some(e) = evidence {
        ev.insert("evidences".into(), json!([e]));
    }
    let target = filename.or(url).unwrap_or(s.id.as_str());
    let title = format!("Sandbox analysis of {target}");
    let info = Obj::new()
        .s("uid", &src.record_id())
        .s("title", &title)
        .strs("types", ["Sandbox Analysis"])
        .opt_i("created_time", ms_of(s.submitted.as_ref()))
        .opt_i("modified_time", ms_of(s.completed.as_ref()))
        .build();
    ev.insert("finding_info".into(), info);
    put(&mut ev, "message", title.into());
    put(&mut ev, "status_detail", s.status.0.as_str().into());
    let tasks: Vec<Value> = s
        .tasks
        .iter()
        .map(|t| {
            Obj::new()
                .s("id", &t.id)
                .opt_s("status", t.status.as_ref().map(|s| s.0.as_str()))
                .opt_s("target", t.target.as_deref())
                .build()
        })
        .collect();
    let un = Obj::new()
        .s("status", &s.status.0)
        .opt_s("kind", s.kind.as_deref())
        .opt_b("private", s.private)
        .v("tasks", Value::Array(tasks))
        .build();
    put(&mut ev, "unmapped", json!({ "sandbox": un }));
    put(&mut ev, "observables", obs.into_value());
    Value::Object(ev)
}

fn sandbox_report(r: &OverviewReport, origin: &Origin) -> Value {
    let sample = r.sample.as_ref();
    let id = sample.and_then(|s| nonblank(&s.id).or(nonblank(&s.sha256)));
    let src = Source::new(RecordKind::SandboxReport, origin, id, r);
    let w = when(vec![
        (
            "sample.completed",
            sample.and_then(|s| s.completed).map(At::Time),
        ),
        (
            "sample.created",
            sample.and_then(|s| s.created).map(At::Time),
        ),
    ]);
    let score = r
        .analysis
        .as_ref()
        .and_then(|a| a.score)
        .or_else(|| sample.and_then(|s| s.score))
        .or_else(|| r.targets.iter().filter_map(|t| t.score).max())
        .or_else(|| r.tasks.iter().filter_map(|t| t.score).max())
        .map(i64::from);
    let severity = Severity::from_score(score);
    let mut ev = event(
        &DETECTION_FINDING,
        1,
        &severity,
        &w,
        &src,
        sandbox_product(),
    );
    let mut obs = Observables::default();

    // Families and their classifications.
    let mut tags: Vec<&str> = Vec::new();
    let mut families: Vec<&str> = Vec::new();
    if let Some(a) = &r.analysis {
        tags.extend(a.tags.iter().map(String::as_str));
        families.extend(a.family.iter().map(String::as_str));
    }
    for t in &r.targets {
        tags.extend(t.tags.iter().map(String::as_str));
        families.extend(t.family.iter().map(String::as_str));
    }
    let mut seen = BTreeSet::new();
    let families: Vec<&str> = families
        .into_iter()
        .map(str::trim)
        .filter(|f| !f.is_empty() && seen.insert(f.to_lowercase()))
        .collect();
    let classes: Vec<&str> = tags.iter().copied().filter(|t| !t.contains(':')).collect();
    let malware_list: Vec<Value> = families
        .iter()
        .map(|f| malware(f, classes.iter().copied(), "Recorded Future Sandbox"))
        .collect();
    put(&mut ev, "malware", Value::Array(malware_list));

    // The sample file, then the indicators the analysis found.
    let target = sample
        .and_then(|s| nonblank(&s.target).or(nonblank(&s.filename)))
        .or_else(|| r.targets.iter().find_map(|t| nonblank(&t.target)));
    let mut evidences = Vec::new();
    if let Some(s) = sample {
        let sha256 =
            nonblank(&s.sha256).or_else(|| r.targets.iter().find_map(|t| nonblank(&t.sha256)));
        let name = target
            .or(sha256)
            .or(nonblank(&s.id))
            .map(str::to_string)
            .unwrap_or_else(|| src.record_id());
        let hashes: Vec<Value> = [
            (1, nonblank(&s.md5)),
            (2, nonblank(&s.sha1)),
            (3, sha256),
            (4, nonblank(&s.sha512)),
        ]
        .into_iter()
        .filter_map(|(alg, v)| fingerprint(alg, v))
        .collect();
        for h in &hashes {
            if let Some(v) = h["value"].as_str() {
                obs.add("evidences.file.hashes.value", 8, v);
            }
        }
        obs.add("evidences.file.name", 7, &name);
        let f = file(&name)
            .opt_i("size", s.size.filter(|n| *n >= 0))
            .v("hashes", Value::Array(hashes))
            .build();
        evidences.push(json!({ "file": f }));
    }
    let mut seen = BTreeSet::new();
    for t in &r.targets {
        let Some(iocs) = &t.iocs else { continue };
        for i in &iocs.ips {
            if let Some(a) = ip(i) {
                if seen.insert(("ip", a.clone())) {
                    obs.add("evidences.dst_endpoint.ip", 2, &a);
                    evidences.push(json!({ "dst_endpoint": { "ip": a } }));
                }
            }
        }
        for d in &iocs.domains {
            let d = undot(d);
            if !d.is_empty() && seen.insert(("domain", d.to_string())) {
                obs.add("evidences.dst_endpoint.hostname", 1, d);
                evidences.push(json!({ "dst_endpoint": { "hostname": d, "domain": d } }));
            }
        }
        for u in &iocs.urls {
            let u = u.trim();
            if !u.is_empty() && seen.insert(("url", u.to_string())) {
                obs.add("evidences.url.url_string", 6, u);
                evidences.push(json!({ "url": { "url_string": u } }));
            }
        }
    }
    put(&mut ev, "evidences", Value::Array(evidences));

    // Signatures as the analytics that fired.
    let mut seen = BTreeSet::new();
    let analytics: Vec<Value> = r
        .signatures
        .iter()
        .chain(r.targets.iter().flat_map(|t| t.signatures.iter()))
        .filter_map(|s| {
            let name = nonblank(&s.name)?;
            seen.insert(name.to_string()).then(|| {
                Obj::new()
                    .s("name", name)
                    .opt_s("desc", nonblank(&s.desc))
                    .v("type_id", 1.into())
                    .s("type", "Rule")
                    .build()
            })
        })
        .collect();

    let shown = target.or(id).unwrap_or("a sample");
    let title = match families.first() {
        Some(f) => format!("{f} detected in {shown}"),
        None => format!("Sandbox analysis of {shown}"),
    };
    let info = Obj::new()
        .s("uid", &src.record_id())
        .s("title", &title)
        .strs("types", ["Sandbox Analysis"])
        .opt_i(
            "created_time",
            ms_of(sample.and_then(|s| s.created.as_ref())),
        )
        .opt_i(
            "modified_time",
            ms_of(sample.and_then(|s| s.completed.as_ref())),
        )
        .v("related_analytics", Value::Array(analytics))
        .build();
    ev.insert("finding_info".into(), info);
    put(&mut ev, "message", title.into());
    if let Some(sc) = score {
        let cid = match sc {
            8.. => 3,
            6..=7 => 2,
            _ => 1,
        };
        ev.insert("confidence_id".into(), cid.into());
        ev.insert("confidence".into(), confidence_caption(cid).into());
        if let Some(sc) = int32(Some(sc)) {
            ev.insert("confidence_score".into(), sc.into());
        }
        ev.insert("is_alert".into(), (sc >= 8).into());
    }
    finding_status(&mut ev, 1, "");
    let un = Obj::new()
        .opt_s("report_version", nonblank(&r.version))
        .opt_s("ssdeep", sample.and_then(|s| nonblank(&s.ssdeep)))
        .build();
    put(&mut ev, "unmapped", json!({ "sandbox": un }));
    put(&mut ev, "observables", obs.into_value());
    Value::Object(ev)
}

// ---------------------------------------------------------------------------
// SIE
// ---------------------------------------------------------------------------

/// An SIE message's names as both SIE mappings use them: domain and rrname
/// (trailing dot dropped, blank ones none), rrtype and rrclass (trimmed).
type SieNames<'a> = (
    Option<&'a str>,
    Option<&'a str>,
    Option<&'a str>,
    Option<&'a str>,
);

fn sie_names<'a>(msg: Option<&'a NewDomainMessage<'_>>) -> SieNames<'a> {
    let name = |n: Option<&'a str>| n.map(undot).filter(|d| !d.is_empty());
    (
        name(msg.and_then(|m| m.domain.as_deref())),
        name(msg.and_then(|m| m.rrname.as_deref())),
        msg.and_then(|m| m.rrtype.as_deref()).map(str::trim),
        msg.and_then(|m| m.rrclass.as_deref()).map(str::trim),
    )
}

fn sie_newdomain(r: &NewDomain<'static>, origin: &Origin) -> Value {
    let src = Source::new(RecordKind::SieNewDomain, origin, None, r);
    let msg = r.message.as_ref();
    let seen = msg.and_then(|m| m.time_seen.as_deref());
    let w = when(vec![
        ("time", r.time.as_deref().map(At::Text)),
        ("message.time_seen", seen.map(At::Text)),
    ]);
    let mut ev = event(
        &OSINT_INVENTORY_INFO,
        2,
        &Severity::INFORMATIONAL,
        &w,
        &src,
        product("SIE Batch", "DomainTools", None),
    );
    let mut obs = Observables::default();
    let (domain, rrname, rrtype, rrclass) = sie_names(msg);
    let value = domain.or(rrname);
    let answers: Vec<Value> = msg
        .and_then(|m| m.rdata.as_ref())
        .into_iter()
        .flatten()
        .filter(|d| !d.trim().is_empty())
        .map(|d| {
            if matches!(rrtype, Some("A" | "AAAA")) {
                if let Some(a) = ip(d) {
                    obs.add("osint.answers.rdata", 2, &a);
                }
            }
            Obj::new()
                .s("rdata", d)
                .opt_s("type", rrtype)
                .opt_s("class", rrclass)
                .build()
        })
        .collect();
    let subdomains: Vec<&str> = match (domain, rrname) {
        (Some(d), Some(n)) if !n.eq_ignore_ascii_case(d) => vec![n],
        _ => Vec::new(),
    };
    let (type_id, type_label) = if value.is_some() {
        (2, "Domain")
    } else {
        (0, "Unknown")
    };
    if let Some(v) = value {
        obs.add("osint.value", 1, v);
    }
    let mut o = Obj::new()
        .v("type_id", type_id.into())
        .s("type", type_label)
        .s("category", "Newly Observed Domain")
        .s("vendor_name", "DomainTools")
        .opt_i("created_time", ms_of_text(seen))
        .strs("subdomains", subdomains)
        .v("answers", Value::Array(answers))
        .into_map();
    // `value` is required: present (empty) even when the record names nothing.
    o.insert("value".into(), value.unwrap_or("").into());
    ev.insert("osint".into(), json!([o]));
    let strs = |v: Option<&Vec<std::borrow::Cow<'static, str>>>| {
        Value::Array(
            v.into_iter()
                .flatten()
                .map(|s| Value::String(s.to_string()))
                .collect(),
        )
    };
    let un = Obj::new()
        .opt_s("source", r.source.as_deref())
        .opt_s("vname", r.vname.as_deref())
        .opt_s("mname", r.mname.as_deref())
        .opt_s("bailiwick", msg.and_then(|m| m.bailiwick.as_deref()))
        .v("keys", strs(msg.and_then(|m| m.keys.as_ref())))
        .v("new_rr", strs(msg.and_then(|m| m.new_rr.as_ref())))
        .build();
    put(&mut ev, "unmapped", json!({ "sie": un }));
    put(&mut ev, "observables", obs.into_value());
    put(
        &mut ev,
        "message",
        value
            .map(|v| format!("Newly observed domain {v}"))
            .unwrap_or_default()
            .into(),
    );
    Value::Object(ev)
}

/// The SIE fast path: the bytes of [`map`]`(RecordKind::SieNewDomain, ..)`'s
/// event, `serde_json::to_vec` of its `Value`, but written from borrowed
/// structs (fields in the alphabetical order a `Value` map has).
pub(crate) fn map_sie_bytes(record: &[u8], origin: &Origin) -> Result<Vec<Vec<u8>>> {
    let kind = RecordKind::SieNewDomain;
    let text = utf8(kind, record)?;
    let rec = NewDomain::parse(text).map_err(|e| Error::decode(kind.service(), e, record))?;
    let bytes =
        sie_newdomain_bytes(&rec, origin).map_err(|e| Error::decode(kind.service(), e, b""))?;
    Ok(vec![bytes])
}

fn cow_strs<'a>(v: Option<&'a Vec<std::borrow::Cow<'_, str>>>) -> Vec<&'a str> {
    v.into_iter().flatten().map(|s| s.as_ref()).collect()
}

fn nonblank_str(s: Option<&str>) -> Option<&str> {
    s.filter(|s| !s.trim().is_empty())
}

#[derive(serde::Serialize)]
struct FastTag<'a> {
    name: &'static str,
    value: &'a str,
}

#[derive(serde::Serialize)]
struct FastProduct {
    name: &'static str,
    vendor_name: &'static str,
}

#[derive(serde::Serialize)]
struct FastMetadata<'a> {
    log_name: &'static str,
    log_provider: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    original_time: Option<&'a str>,
    product: FastProduct,
    tags: Vec<FastTag<'a>>,
    uid: &'a str,
    version: &'static str,
}

#[derive(serde::Serialize)]
struct FastObservable<'a> {
    name: &'static str,
    #[serde(rename = "type")]
    type_: &'static str,
    type_id: u8,
    value: &'a str,
}

#[derive(serde::Serialize)]
struct FastAnswer<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    class: Option<&'a str>,
    rdata: &'a str,
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    type_: Option<&'a str>,
}

#[derive(serde::Serialize)]
struct FastOsint<'a> {
    #[serde(skip_serializing_if = "Vec::is_empty")]
    answers: Vec<FastAnswer<'a>>,
    category: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    created_time: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    subdomains: Option<[&'a str; 1]>,
    #[serde(rename = "type")]
    type_: &'static str,
    type_id: u8,
    value: &'a str,
    vendor_name: &'static str,
}

#[derive(serde::Serialize)]
struct FastSie<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    bailiwick: Option<&'a str>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    keys: Vec<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    mname: Option<&'a str>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    new_rr: Vec<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    source: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    vname: Option<&'a str>,
}

#[derive(serde::Serialize)]
struct FastUnmapped<'a> {
    sie: FastSie<'a>,
}

#[derive(serde::Serialize)]
struct FastEvent<'a> {
    activity_id: u8,
    activity_name: &'static str,
    category_name: &'static str,
    category_uid: u32,
    class_name: &'static str,
    class_uid: u32,
    #[serde(skip_serializing_if = "Option::is_none")]
    message: Option<&'a str>,
    metadata: FastMetadata<'a>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    observables: Vec<FastObservable<'a>>,
    osint: [FastOsint<'a>; 1],
    severity: &'a str,
    severity_id: u8,
    time: i64,
    type_name: &'a str,
    type_uid: u64,
    unmapped: FastUnmapped<'a>,
}

fn sie_newdomain_bytes(r: &NewDomain<'_>, origin: &Origin) -> serde_json::Result<Vec<u8>> {
    let kind = RecordKind::SieNewDomain;
    let src = Source::new(kind, origin, None, r);
    let class = &OSINT_INVENTORY_INFO;
    let activity = 2u8;
    let severity = &Severity::INFORMATIONAL;
    let msg = r.message.as_ref();
    let seen = msg.and_then(|m| m.time_seen.as_deref());
    let w = when(vec![
        ("time", r.time.as_deref().map(At::Text)),
        ("message.time_seen", seen.map(At::Text)),
    ]);
    let (domain, rrname, rrtype, rrclass) = sie_names(msg);
    let value = domain.or(rrname);

    // Observables, each (type, value) once: answers' addresses, then the value.
    let mut ips: Vec<String> = Vec::new();
    let mut answers = Vec::new();
    for d in msg.and_then(|m| m.rdata.as_ref()).into_iter().flatten() {
        if d.trim().is_empty() {
            continue;
        }
        if matches!(rrtype, Some("A" | "AAAA")) {
            if let Some(a) = ip(d) {
                ips.push(a);
            }
        }
        answers.push(FastAnswer {
            class: nonblank_str(rrclass),
            rdata: d,
            type_: nonblank_str(rrtype),
        });
    }
    let mut observables: Vec<FastObservable<'_>> = Vec::new();
    for a in &ips {
        let v = a.trim();
        if !v.is_empty() && !observables.iter().any(|o| o.type_id == 2 && o.value == v) {
            observables.push(FastObservable {
                name: "osint.answers.rdata",
                type_: "IP Address",
                type_id: 2,
                value: v,
            });
        }
    }
    if let Some(v) = value.map(str::trim).filter(|v| !v.is_empty()) {
        observables.push(FastObservable {
            name: "osint.value",
            type_: "Hostname",
            type_id: 1,
            value: v,
        });
    }
    let subdomains = match (domain, rrname) {
        (Some(d), Some(n)) if !n.eq_ignore_ascii_case(d) && !n.trim().is_empty() => Some([n]),
        _ => None,
    };
    let (type_id, type_label) = if value.is_some() {
        (2, "Domain")
    } else {
        (0, "Unknown")
    };

    let record_id = src.record_id();
    let mut tags = vec![
        FastTag {
            name: "secops.service",
            value: kind.service().as_str(),
        },
        FastTag {
            name: "secops.kind",
            value: kind.name(),
        },
        FastTag {
            name: "secops.record_id",
            value: &record_id,
        },
    ];
    if let Some(feed) = origin.feed.as_deref().filter(|f| !f.is_empty()) {
        tags.push(FastTag {
            name: "secops.feed",
            value: feed,
        });
    }
    tags.push(FastTag {
        name: "secops.time_field",
        value: w.field.unwrap_or("none"),
    });
    let type_name = format!("{}: {}", class.name, class.activity_name(activity));
    let caption = severity.caption();
    let message = value.map(|v| format!("Newly observed domain {v}"));
    let ev = FastEvent {
        activity_id: activity,
        activity_name: class.activity_name(activity),
        category_name: class.category_name,
        category_uid: class.category,
        class_name: class.name,
        class_uid: class.uid,
        message: message.as_deref(),
        metadata: FastMetadata {
            log_name: kind.name(),
            log_provider: "secops",
            original_time: nonblank_str(w.text.as_deref()),
            product: FastProduct {
                name: "SIE Batch",
                vendor_name: "DomainTools",
            },
            tags,
            uid: &src.content,
            version: OCSF_VERSION,
        },
        observables,
        osint: [FastOsint {
            answers,
            category: "Newly Observed Domain",
            created_time: ms_of_text(seen),
            subdomains,
            type_: type_label,
            type_id,
            value: value.unwrap_or(""),
            vendor_name: "DomainTools",
        }],
        severity: &caption,
        severity_id: severity.id,
        time: w.ms.unwrap_or(0),
        type_name: &type_name,
        type_uid: u64::from(class.uid) * 100 + u64::from(activity),
        unmapped: FastUnmapped {
            sie: FastSie {
                bailiwick: nonblank_str(msg.and_then(|m| m.bailiwick.as_deref())),
                keys: cow_strs(msg.and_then(|m| m.keys.as_ref())),
                mname: nonblank_str(r.mname.as_deref()),
                new_rr: cow_strs(msg.and_then(|m| m.new_rr.as_ref())),
                source: nonblank_str(r.source.as_deref()),
                vname: nonblank_str(r.vname.as_deref()),
            },
        },
    };
    let mut buf = Vec::with_capacity(1536);
    serde_json::to_writer(&mut buf, &ev)?;
    Ok(buf)
}

// ---------------------------------------------------------------------------
// TAXII / STIX
// ---------------------------------------------------------------------------

/// The TLP of the four STIX 2.1 TLP marking definitions (their fixed ids).
fn tlp(marking: &str) -> Option<&'static str> {
    Some(match marking {
        "marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9" => "TLP:WHITE",
        "marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da" => "TLP:GREEN",
        "marking-definition--f88d31f6-486f-44da-b317-01333bde0b82" => "TLP:AMBER",
        "marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed" => "TLP:RED",
        _ => return None,
    })
}

/// The osint type of an indicator value: `(type_id, caption)`.
fn osint_type(id: u8) -> &'static str {
    match id {
        1 => "IP Address",
        2 => "Domain",
        3 => "Hostname",
        4 => "Hash",
        5 => "URL",
        6 => "User Agent",
        7 => "Digital Certificate",
        8 => "Email",
        9 => "Email Address",
        10 => "Vulnerability",
        11 => "File",
        12 => "Registry Key",
        13 => "Registry Value",
        14 => "Command Line",
        0 => "Unknown",
        _ => "Other",
    }
}

/// The single comparison `[object:path = 'value']` of a STIX pattern, or
/// `None` when the pattern is anything more.
fn single_comparison(pattern: &str) -> Option<(String, String)> {
    let inner = pattern.trim().strip_prefix('[')?.strip_suffix(']')?.trim();
    let (path, rest) = inner.split_once('=')?;
    let path = path.trim();
    if path.is_empty() || path.contains(char::is_whitespace) || !path.contains(':') {
        return None;
    }
    let rest = rest.trim().strip_prefix('\'')?;
    let mut value = String::new();
    let mut chars = rest.chars();
    loop {
        match chars.next()? {
            '\\' => value.push(chars.next()?),
            '\'' => break,
            c => value.push(c),
        }
    }
    chars
        .as_str()
        .trim()
        .is_empty()
        .then(|| (path.to_string(), value))
}

/// The osint `type_id` of a STIX object path (`domain-name:value`...).
fn type_of_path(path: &str) -> (u8, String) {
    let (object, property) = path.split_once(':').unwrap_or((path, ""));
    let id = match object {
        "domain-name" => 2,
        "ipv4-addr" | "ipv6-addr" => 1,
        "url" => 5,
        "email-addr" => 9,
        "email-message" => 8,
        "x509-certificate" => 7,
        "windows-registry-key" => 12,
        "file" if property.starts_with("hashes") => 4,
        "file" if property == "name" => 11,
        "process" if property == "command_line" => 14,
        "network-traffic" if property.to_ascii_lowercase().contains("user-agent") => 6,
        _ => 99,
    };
    let caption = if id == 99 {
        object.to_string()
    } else {
        osint_type(id).to_string()
    };
    (id, caption)
}

/// Observable of an osint value.
fn osint_observable(obs: &mut Observables, type_id: u8, value: &str) {
    match type_id {
        1 => match ip(value) {
            Some(a) => obs.add("osint.value", 2, &a),
            None if value.contains('/') => obs.add("osint.value", 12, value),
            None => {}
        },
        2 | 3 => obs.add("osint.value", 1, value),
        4 if is_hex(value) => obs.add("osint.value", 8, value),
        5 => obs.add("osint.value", 6, value),
        6 => obs.add("osint.value", 16, value),
        9 => obs.add("osint.value", 5, value),
        11 => obs.add("osint.value", 7, value),
        14 => obs.add("osint.value", 13, value),
        _ => {}
    }
}

/// The osint properties every STIX domain object gives.
fn osint_common(o: Obj, c: &Common) -> Obj {
    let tlp = c
        .object_marking_refs
        .iter()
        .flatten()
        .find_map(|m| tlp(m.as_str()));
    let confidence = c.confidence.map(|n| match n {
        0 => (99, "None"),
        1..=29 => (1, "Low"),
        30..=69 => (2, "Medium"),
        _ => (3, "High"),
    });
    // OCSF's `osint.tlp` is a string enum, which pydantic-ocsf 3.0 types as
    // an integer (rejecting every value): the TLP goes in `labels` instead.
    let labels = c.labels.iter().flatten().map(String::as_str).chain(tlp);
    o.s("uid", c.id.as_str())
        .opt_i(
            "created_time",
            c.created
                .as_ref()
                .map(|t| t.to_datetime().timestamp_millis()),
        )
        .opt_i(
            "modified_time",
            c.modified
                .as_ref()
                .map(|t| t.to_datetime().timestamp_millis()),
        )
        .opt("confidence_id", confidence.map(|(id, _)| id.into()))
        .opt_s("confidence", confidence.map(|(_, l)| l))
        .strs("labels", labels)
        .strs(
            "references",
            c.external_references
                .iter()
                .flatten()
                .filter_map(|r| r.url.as_deref()),
        )
}

fn taxii_object(obj: &StixObject, origin: &Origin) -> Option<Value> {
    let kind = RecordKind::TaxiiObject;
    let src = Source::new(kind, origin, Some(obj.id()), &obj.to_value());
    let typed = obj.typed().ok();
    let mut obs = Observables::default();
    let name_of = |c: Option<&String>| -> String {
        c.map(|s| s.trim())
            .filter(|s| !s.is_empty())
            .unwrap_or(obj.id())
            .to_string()
    };
    let (osint, valid_from, title) = match (obj.object_type(), &typed) {
        ("indicator", Some(TypedObject::Indicator(i))) => {
            let (o, title) = indicator(i, &mut obs);
            (o, Some(i.valid_from.as_str().to_string()), title)
        }
        ("malware", Some(TypedObject::Malware(m))) => {
            let name = name_of(m.name.as_ref());
            let mw = malware(
                &name,
                m.malware_types.iter().flatten().map(String::as_str),
                "STIX",
            );
            let o = osint_common(sdo(99, "Malware", &name), &m.common)
                .opt_s("desc", m.description.as_deref())
                .v("malware", json!([mw]));
            (o, None, format!("Malware {name}"))
        }
        ("vulnerability", Some(TypedObject::Vulnerability(v))) => {
            let name = name_of(v.name.as_ref());
            let cve = std::iter::once(name.as_str())
                .chain(
                    v.common
                        .external_references
                        .iter()
                        .flatten()
                        .filter_map(|r| r.external_id.as_deref()),
                )
                .find_map(cve_id);
            let vuln = match &cve {
                Some(c) => {
                    obs.add("osint.vulnerabilities.cve.uid", 18, c);
                    json!({ "cve": { "uid": c } })
                }
                None => json!({ "advisory": { "uid": name } }),
            };
            let o = osint_common(sdo(10, "Vulnerability", &name), &v.common)
                .opt_s("desc", v.description.as_deref())
                .v("vulnerabilities", json!([vuln]));
            (o, None, format!("Vulnerability {name}"))
        }
        ("threat-actor", Some(TypedObject::ThreatActor(t))) => {
            let name = name_of(t.name.as_ref());
            let o = osint_common(sdo(99, "Threat Actor", &name), &t.common)
                .opt_s("desc", t.description.as_deref())
                .v("threat_actor", json!({ "name": name }));
            (o, None, format!("Threat actor {name}"))
        }
        ("campaign", Some(TypedObject::Campaign(c))) => {
            let name = name_of(c.name.as_ref());
            let o = osint_common(sdo(99, "Campaign", &name), &c.common)
                .opt_s("desc", c.description.as_deref())
                .v("campaign", json!({ "name": name }));
            (o, None, format!("Campaign {name}"))
        }
        ("intrusion-set", Some(TypedObject::IntrusionSet(s))) => {
            let name = name_of(s.name.as_ref());
            let o = osint_common(sdo(99, "Intrusion Set", &name), &s.common)
                .opt_s("desc", s.description.as_deref())
                .strs("intrusion_sets", [name.as_str()]);
            (o, None, format!("Intrusion set {name}"))
        }
        ("attack-pattern", Some(TypedObject::AttackPattern(a))) => {
            let name = name_of(a.name.as_ref());
            let technique = a
                .common
                .external_references
                .iter()
                .flatten()
                .filter(|r| r.source_name.trim().eq_ignore_ascii_case("mitre-attack"))
                .find_map(|r| nonblank(&r.external_id));
            let attack = match technique {
                Some(t) if t.contains('.') => json!({
                    "technique": { "uid": t.split('.').next().unwrap_or(t) },
                    "sub_technique": { "uid": t, "name": name },
                }),
                Some(t) => json!({ "technique": { "uid": t, "name": name } }),
                None => json!({ "technique": { "name": name } }),
            };
            let o = osint_common(sdo(99, "Attack Pattern", &name), &a.common)
                .opt_s("desc", a.description.as_deref())
                .v("attacks", json!([attack]));
            (o, None, format!("Attack pattern {name}"))
        }
        ("tool", Some(TypedObject::Tool(t))) => {
            let name = name_of(t.name.as_ref());
            let o = osint_common(sdo(99, "Tool", &name), &t.common)
                .opt_s("desc", t.description.as_deref());
            (o, None, format!("Tool {name}"))
        }
        (t, None) if FALLBACK_TYPES.contains(&t) => {
            // A modelled type whose typed view does not fit (a required
            // property missing): what every STIX object has still maps.
            let name = obj
                .get("name")
                .and_then(|v| v.as_str().map(str::to_string))
                .filter(|n| !n.trim().is_empty())
                .unwrap_or_else(|| obj.id().to_string());
            let o = sdo(99, t, &name).s("uid", obj.id()).opt_i(
                "created_time",
                obj.created().and_then(|t| ms_of_text(Some(t))),
            );
            (o, None, format!("{t} {name}"))
        }
        _ => return None,
    };
    let w = when(vec![
        ("modified", obj.modified().map(At::Text)),
        ("created", obj.created().map(At::Text)),
        ("valid_from", valid_from.as_deref().map(At::Text)),
    ]);
    let mut ev = event(
        &OSINT_INVENTORY_INFO,
        2,
        &Severity::UNKNOWN,
        &w,
        &src,
        product("TAXII 2.1", "OASIS", None),
    );
    ev.insert("osint".into(), json!([osint.build()]));
    put(&mut ev, "message", title.into());
    let created_by = obj.get("created_by_ref");
    let un = Obj::new()
        .s("type", obj.object_type())
        .opt_s("spec_version", obj.spec_version())
        .opt("created_by_ref", created_by.filter(Value::is_string))
        .build();
    put(&mut ev, "unmapped", json!({ "taxii": un }));
    put(&mut ev, "observables", obs.into_value());
    Some(Value::Object(ev))
}

/// The STIX types that map to an event.
const FALLBACK_TYPES: [&str; 8] = [
    "indicator",
    "malware",
    "vulnerability",
    "threat-actor",
    "campaign",
    "intrusion-set",
    "attack-pattern",
    "tool",
];

/// An osint entry for a domain object: `type_id`, its caption (or the STIX
/// type for 99), and the object's name as the value.
fn sdo(type_id: u8, caption: &str, value: &str) -> Obj {
    Obj::new()
        .v("type_id", type_id.into())
        .s("type", caption)
        .s("value", value)
}

fn indicator(i: &Indicator, obs: &mut Observables) -> (Obj, String) {
    let pattern_type = i.pattern_type.trim().to_ascii_lowercase();
    let (ptype_id, ptype_label) = match pattern_type.as_str() {
        "stix" => (1, "STIX"),
        "pcre" => (2, "PCRE"),
        "sigma" => (3, "SIGMA"),
        "snort" => (4, "Snort"),
        "suricata" => (5, "Suricata"),
        "yara" => (6, "YARA"),
        _ => (99, i.pattern_type.trim()),
    };
    let single = (ptype_id == 1)
        .then(|| single_comparison(&i.pattern))
        .flatten();
    let (type_id, type_label, value) = match &single {
        Some((path, value)) if !value.trim().is_empty() => {
            let (id, caption) = type_of_path(path);
            (id, caption, value.trim().to_string())
        }
        _ => (
            99,
            if ptype_id == 1 {
                "STIX Pattern".to_string()
            } else {
                format!("{} pattern", i.pattern_type.trim())
            },
            i.pattern.clone(),
        ),
    };
    osint_observable(obs, type_id, &value);
    let name = nonblank(&i.name);
    let title = match name {
        Some(n) => n.to_string(),
        None => format!("Indicator {value}"),
    };
    let o = Obj::new()
        .v("type_id", type_id.into())
        .s("type", &type_label)
        .v("value", Value::String(value));
    let o = osint_common(o, &i.common)
        .opt_s("desc", i.description.as_deref())
        .opt_s(
            "category",
            i.indicator_types.as_ref().map(|t| t.join(", ")).as_deref(),
        )
        .s("detection_pattern", &i.pattern)
        .v("detection_pattern_type_id", ptype_id.into())
        .opt_s(
            "detection_pattern_type",
            Some(ptype_label).filter(|l| !l.is_empty()),
        )
        .opt_i(
            "expiration_time",
            i.valid_until
                .as_ref()
                .map(|t| t.to_datetime().timestamp_millis()),
        );
    (o, title)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sie_fast_path_is_byte_identical_to_value_mapping() {
        let origins = [
            Origin::default(),
            Origin::feed("fe\"ed\\ü"),
            Origin::feed(""),
        ];
        let mut compared = 0;
        for rec in crate::normalize::stix::tests::sie_records() {
            for origin in &origins {
                compared +=
                    crate::normalize::stix::tests::same_bytes(&rec, origin, map, map_sie_bytes);
            }
        }
        // The records reach every optional part of the event.
        let all: String = crate::normalize::stix::tests::sie_records()
            .iter()
            .flat_map(|r| map_sie_bytes(r.as_bytes(), &origins[1]).unwrap())
            .map(|b| String::from_utf8(b).unwrap())
            .collect();
        for part in [
            "\"osint.answers.rdata\"",
            "\"subdomains\"",
            "\"keys\"",
            "\"mname\"",
            "\"original_time\"",
            "\"created_time\"",
            "\"value\":\"\"",
            "\"class\"",
            "secops.feed",
        ] {
            assert!(all.contains(part), "{part}");
        }
        assert!(compared > 1000, "{compared}");
        assert!(map_sie_bytes(b"not json", &Origin::default()).is_err());
        assert!(map_sie_bytes(b"\xff", &Origin::default()).is_err());
    }

    #[test]
    fn card_numbers_are_masked_whatever_the_source_gives() {
        assert_eq!(mask_card("4571731234562529"), "457173******2529");
        assert_eq!(mask_card("457173******2529"), "457173******2529");
        assert_eq!(mask_card("4571 7312 3456 2529"), "457173******2529");
        assert_eq!(mask_card("12345678"), "****5678");
        assert_eq!(mask_card("1234"), "****");
    }

    #[test]
    fn single_comparisons_are_read_and_anything_else_is_not() {
        assert_eq!(
            single_comparison("[domain-name:value = 'c2.example.com']"),
            Some(("domain-name:value".into(), "c2.example.com".into()))
        );
        assert_eq!(
            single_comparison(r"[file:name = 'it\'s.exe']"),
            Some(("file:name".into(), "it's.exe".into()))
        );
        assert_eq!(
            single_comparison("[file:hashes.'SHA-256' = 'ab']").map(|p| p.0),
            Some("file:hashes.'SHA-256'".into())
        );
        assert_eq!(
            single_comparison("[ipv4-addr:value = '1.2.3.4'] OR [ipv4-addr:value = '5.6.7.8']"),
            None
        );
        assert_eq!(single_comparison("[a:b = 'x' AND c:d = 'y']"), None);
    }

    #[test]
    fn times_of_every_format_the_services_use() {
        let ms = |s| parse_time(s).map(|d| d.timestamp_millis());
        assert_eq!(ms("1970-01-02"), Some(86_400_000));
        assert_eq!(ms("1970-01-01T00:00:01Z"), Some(1000));
        assert_eq!(ms("1970-01-01 00:00:01.5"), Some(1500));
        assert_eq!(ms("86400"), Some(86_400_000));
        assert_eq!(ms("1700000000000"), Some(1_700_000_000_000));
        assert_eq!(ms("yesterday"), None);
        assert_eq!(ms(""), None);
    }

    #[test]
    fn email_check_follows_ocsf_email_t() {
        assert!(is_email("jane.doe@example.com"));
        assert!(!is_email("jane@localhost"));
        assert!(!is_email("jané@example.com"));
        assert!(!is_email("@example.com"));
    }
}
