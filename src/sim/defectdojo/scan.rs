//! What an `import-scan`/`reimport-scan` upload holds: the multipart form
//! reader, the scan types the simulator accepts, the scan-file parsers
//! ("Generic Findings Import" and "Trivy Scan"; other known types are read as
//! the generic format) and the checks common to both routes.

use std::collections::BTreeMap;

use axum::extract::Multipart;
use axum::http::StatusCode;
use axum::response::Response;
use chrono::NaiveDate;
use serde_json::Value;

use super::paging::parse_bool;
use super::seed::{hash_hex, sev_rank};
use super::{detail, field_errors, one_error, SEVERITIES};

pub(super) struct Upload {
    fields: Vec<(String, String)>,
    file: Option<(String, Vec<u8>)>,
}

impl Upload {
    pub(super) fn get(&self, k: &str) -> Option<&str> {
        self.fields
            .iter()
            .rev()
            .find(|(n, _)| n == k)
            .map(|(_, v)| v.as_str())
    }
    pub(super) fn all(&self, k: &str) -> Vec<String> {
        self.fields
            .iter()
            .filter(|(n, _)| n == k)
            .map(|(_, v)| v.clone())
            .collect()
    }
    pub(super) fn flag(&self, k: &str, default: bool) -> Result<bool, Response> {
        match self.get(k) {
            None | Some("") => Ok(default),
            Some(v) => parse_bool(v).ok_or_else(|| one_error(k, "Must be a valid boolean.")),
        }
    }
    pub(super) fn opt_flag(&self, k: &str) -> Result<Option<bool>, Response> {
        match self.get(k) {
            None | Some("") => Ok(None),
            Some(v) => parse_bool(v)
                .map(Some)
                .ok_or_else(|| one_error(k, "Must be a valid boolean.")),
        }
    }
    pub(super) fn int(&self, k: &str) -> Result<Option<i64>, Response> {
        match self.get(k) {
            None | Some("") => Ok(None),
            Some(v) => v
                .parse()
                .map(Some)
                .map_err(|_| one_error(k, "A valid integer is required.")),
        }
    }
}

pub(super) async fn read_upload(mut mp: Multipart) -> Result<Upload, Response> {
    let mut up = Upload {
        fields: Vec::new(),
        file: None,
    };
    loop {
        let field = match mp.next_field().await {
            Ok(Some(f)) => f,
            Ok(None) => break,
            Err(e) => {
                return Err(detail(
                    StatusCode::BAD_REQUEST,
                    &format!("Multipart form parse error - {e}"),
                ))
            }
        };
        let name = field.name().unwrap_or("").to_string();
        if name == "file" {
            let fname = field.file_name().unwrap_or("").to_string();
            let bytes = field.bytes().await.map_err(|e| {
                detail(
                    StatusCode::BAD_REQUEST,
                    &format!("Multipart form parse error - {e}"),
                )
            })?;
            up.file = Some((fname, bytes.to_vec()));
        } else {
            let text = field.text().await.map_err(|e| {
                detail(
                    StatusCode::BAD_REQUEST,
                    &format!("Multipart form parse error - {e}"),
                )
            })?;
            up.fields.push((name, text));
        }
    }
    Ok(up)
}

/// One finding read from a scan file.
pub(super) struct Parsed {
    pub(super) title: String,
    pub(super) severity: String,
    pub(super) description: String,
    pub(super) cwe: Option<i64>,
    pub(super) component: Option<String>,
    pub(super) version: Option<String>,
    pub(super) file_path: Option<String>,
    pub(super) line: Option<i64>,
    pub(super) unique: Option<String>,
    pub(super) vulnerability_ids: Vec<String>,
    pub(super) mitigation: Option<String>,
}

impl Parsed {
    pub(super) fn hash(&self) -> String {
        hash_hex(&format!(
            "{}|{}|{}|{}|{}",
            self.title,
            self.severity,
            self.component.as_deref().unwrap_or(""),
            self.version.as_deref().unwrap_or(""),
            self.unique.as_deref().unwrap_or("")
        ))
    }
}

fn norm_severity(s: &str) -> String {
    match s.to_ascii_lowercase().as_str() {
        "critical" => "Critical",
        "high" => "High",
        "medium" | "moderate" => "Medium",
        "low" => "Low",
        _ => "Info",
    }
    .to_string()
}

pub(super) fn parse_scan(scan_type: &str, bytes: &[u8]) -> Result<Vec<Parsed>, String> {
    let v: Value = serde_json::from_slice(bytes).map_err(|e| format!("not JSON: {e}"))?;
    let s = |o: &Value, k: &str| {
        o.get(k)
            .and_then(Value::as_str)
            .filter(|s| !s.is_empty())
            .map(str::to_owned)
    };
    if scan_type == "Trivy Scan" {
        let mut out = Vec::new();
        let results = v
            .get("Results")
            .and_then(Value::as_array)
            .ok_or("no Results array")?;
        for r in results {
            let target = s(r, "Target").unwrap_or_default();
            for vuln in r
                .get("Vulnerabilities")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
            {
                let id = s(vuln, "VulnerabilityID").unwrap_or_default();
                let pkg = s(vuln, "PkgName").unwrap_or_default();
                let ver = s(vuln, "InstalledVersion");
                out.push(Parsed {
                    title: format!("{id} {pkg} {}", ver.clone().unwrap_or_default())
                        .trim()
                        .to_string(),
                    severity: norm_severity(&s(vuln, "Severity").unwrap_or_default()),
                    description: s(vuln, "Description")
                        .or_else(|| s(vuln, "Title"))
                        .unwrap_or_else(|| id.clone()),
                    cwe: vuln
                        .get("CweIDs")
                        .and_then(Value::as_array)
                        .and_then(|a| a.first())
                        .and_then(Value::as_str)
                        .and_then(|c| c.trim_start_matches("CWE-").parse().ok()),
                    component: Some(pkg.clone()).filter(|p| !p.is_empty()),
                    version: ver,
                    file_path: Some(target.clone()).filter(|t| !t.is_empty()),
                    line: None,
                    unique: Some(format!("{id}:{pkg}")),
                    vulnerability_ids: if id.is_empty() {
                        vec![]
                    } else {
                        vec![id.clone()]
                    },
                    mitigation: s(vuln, "FixedVersion").map(|f| format!("Upgrade {pkg} to {f}")),
                });
            }
        }
        return Ok(out);
    }
    let findings = v
        .get("findings")
        .and_then(Value::as_array)
        .ok_or("no findings array (generic JSON format)")?;
    findings
        .iter()
        .map(|f| {
            let title = s(f, "title").ok_or("a finding has no title")?;
            Ok(Parsed {
                severity: norm_severity(&s(f, "severity").unwrap_or_default()),
                description: s(f, "description").unwrap_or_else(|| title.clone()),
                cwe: f.get("cwe").and_then(Value::as_i64),
                component: s(f, "component_name"),
                version: s(f, "component_version"),
                file_path: s(f, "file_path"),
                line: f.get("line").and_then(Value::as_i64),
                unique: s(f, "unique_id_from_tool"),
                vulnerability_ids: f
                    .get("vulnerability_ids")
                    .and_then(Value::as_array)
                    .map(|a| {
                        a.iter()
                            .filter_map(|v| v.as_str().map(str::to_owned))
                            .collect()
                    })
                    .unwrap_or_default(),
                mitigation: s(f, "mitigation"),
                title,
            })
        })
        .collect()
}

/// Every `scan_type` the simulated import and reimport accept: the names
/// DefectDojo 2.57.2 lists in its OpenAPI schema (any other is a 400 field
/// error, as there). Only "Generic Findings Import" and "Trivy Scan" have their
/// own parsers; the rest are read as the generic JSON format. The list is plain
/// data shared with the client (the simulator's checks are its own).
pub(super) const SCAN_TYPES: &[&str] = crate::defectdojo::ScanType::KNOWN;

/// Common checks of an upload; returns the scan type and the parsed findings above the minimum severity.
pub(super) fn check_upload(up: &Upload) -> Result<(String, Vec<Parsed>), Response> {
    let mut errors: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let scan_type = up.get("scan_type").unwrap_or("").to_string();
    if scan_type.is_empty() {
        errors.insert("scan_type".into(), vec!["This field is required.".into()]);
    } else if !SCAN_TYPES.contains(&scan_type.as_str()) {
        errors.insert(
            "scan_type".into(),
            vec![format!("\"{scan_type}\" is not a valid choice.")],
        );
    }
    if up.file.is_none() {
        errors.insert("file".into(), vec!["No file was submitted.".into()]);
    }
    if let Some(m) = up.get("minimum_severity") {
        if !SEVERITIES.contains(&m) {
            errors.insert(
                "minimum_severity".into(),
                vec![format!("\"{m}\" is not a valid choice.")],
            );
        }
    }
    if let Some(d) = up.get("scan_date") {
        if NaiveDate::parse_from_str(d, "%Y-%m-%d").is_err() {
            errors.insert(
                "scan_date".into(),
                vec!["Date has wrong format. Use one of these formats instead: YYYY-MM-DD.".into()],
            );
        }
    }
    if let Some(t) = up.all("tags").iter().find(|t| t.trim().is_empty()) {
        errors.insert("tags".into(), vec![format!("Invalid tag {t:?}.")]);
    }
    if !errors.is_empty() {
        return Err(field_errors(errors));
    }
    let (_, bytes) = up.file.as_ref().expect("checked");
    let parsed = parse_scan(&scan_type, bytes).map_err(|e| {
        one_error(
            "file",
            format!("The simulator cannot read this file as {scan_type}: {e}"),
        )
    })?;
    let min = sev_rank(up.get("minimum_severity").unwrap_or("Info"));
    let parsed = parsed
        .into_iter()
        .filter(|p| sev_rank(&p.severity) >= min)
        .collect();
    Ok((scan_type, parsed))
}
