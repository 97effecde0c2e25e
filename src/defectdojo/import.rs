//! `import-scan` and `reimport-scan`: multipart uploads written by hand
//! (the generator does not produce multipart calls).
//!
//! The scan file is streamed from disk in chunks (never read whole into
//! memory) with its length announced, every documented field is typed, tags
//! go out as repeated `tags` fields, and the 201 answer is decoded into
//! [`types::ImportScan`] / [`types::ReImportScan`] (`test_id`,
//! `engagement_id`, `product_id`, `product_type_id`, `statistics`).
//!
//! **Not retried by default.** An import that timed out or got a 5xx may have
//! been stored: sending it again would create a second test (import) or
//! apply the same scan twice (reimport). Call
//! [`ImportOptions::retry_on_failure`] to opt in, e.g. when the server sits
//! behind a proxy that answers 502/503 before the request reaches DefectDojo;
//! each attempt then reopens the file and rebuilds the form.
//!
//! ```no_run
//! # async fn demo(dd: secops::defectdojo::DefectDojo) -> secops::Result<()> {
//! use secops::defectdojo::{ReimportOptions, ScanType, Severity};
//! let r = dd
//!     .reimport_scan(
//!         ReimportOptions::new(ScanType::TRIVY, "trivy.json")
//!             .product_name("Shop")
//!             .engagement_name("CI main")
//!             .auto_create_context(true)
//!             .minimum_severity(Severity::Low)
//!             .tag("ci")
//!             .tag("main"),
//!     )
//!     .await?;
//! println!("test {:?}, engagement {:?}", r.test_id, r.engagement_id);
//! # Ok(()) }
//! ```

use std::borrow::Cow;
use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

use chrono::NaiveDate;
use futures::StreamExt;
use serde::de::DeserializeOwned;

use super::types::{self, GroupBy, Severity};
use super::DefectDojo;
use crate::error::{Error, Result};
use crate::http::Resend;

/// A scanner name for `scan_type` (`"Trivy Scan"`, `"ZAP Scan"`...).
///
/// Any name is accepted, so that parsers added by newer DefectDojo releases
/// work; [`ScanType::KNOWN`] lists the 224 names of DefectDojo 2.57.2 and
/// the constants below name common ones. [`DefectDojo::test_types`] lists
/// what a given server knows.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct ScanType(Cow<'static, str>);

impl fmt::Debug for ScanType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.0, f)
    }
}

impl fmt::Display for ScanType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl From<&str> for ScanType {
    fn from(s: &str) -> Self {
        ScanType(Cow::Owned(s.to_string()))
    }
}

impl From<String> for ScanType {
    fn from(s: String) -> Self {
        ScanType(Cow::Owned(s))
    }
}

impl From<&ScanType> for ScanType {
    fn from(s: &ScanType) -> Self {
        s.clone()
    }
}

impl ScanType {
    /// Trivy (JSON).
    pub const TRIVY: ScanType = ScanType(Cow::Borrowed("Trivy Scan"));
    /// DefectDojo's generic format (JSON `{"findings": [...]}` or CSV).
    pub const GENERIC: ScanType = ScanType(Cow::Borrowed("Generic Findings Import"));
    /// Semgrep (JSON).
    pub const SEMGREP: ScanType = ScanType(Cow::Borrowed("Semgrep JSON Report"));
    /// Bandit (JSON).
    pub const BANDIT: ScanType = ScanType(Cow::Borrowed("Bandit Scan"));
    /// OWASP Dependency-Check (XML).
    pub const DEPENDENCY_CHECK: ScanType = ScanType(Cow::Borrowed("Dependency Check Scan"));
    /// Snyk (JSON).
    pub const SNYK: ScanType = ScanType(Cow::Borrowed("Snyk Scan"));
    /// Snyk Code (JSON).
    pub const SNYK_CODE: ScanType = ScanType(Cow::Borrowed("Snyk Code Scan"));
    /// SonarQube (JSON/HTML).
    pub const SONARQUBE: ScanType = ScanType(Cow::Borrowed("SonarQube Scan"));
    /// Checkmarx (XML).
    pub const CHECKMARX: ScanType = ScanType(Cow::Borrowed("Checkmarx Scan"));
    /// Burp REST API (JSON).
    pub const BURP_REST_API: ScanType = ScanType(Cow::Borrowed("Burp REST API"));
    /// OWASP ZAP (XML/JSON).
    pub const ZAP: ScanType = ScanType(Cow::Borrowed("ZAP Scan"));
    /// Tenable / Nessus (CSV/XML).
    pub const TENABLE: ScanType = ScanType(Cow::Borrowed("Tenable Scan"));
    /// Qualys (XML).
    pub const QUALYS: ScanType = ScanType(Cow::Borrowed("Qualys Scan"));
    /// Gitleaks (JSON).
    pub const GITLEAKS: ScanType = ScanType(Cow::Borrowed("Gitleaks Scan"));
    /// Trufflehog (JSON).
    pub const TRUFFLEHOG: ScanType = ScanType(Cow::Borrowed("Trufflehog Scan"));
    /// Checkov (JSON).
    pub const CHECKOV: ScanType = ScanType(Cow::Borrowed("Checkov Scan"));
    /// kube-bench (JSON).
    pub const KUBE_BENCH: ScanType = ScanType(Cow::Borrowed("kube-bench Scan"));
    /// AWS Security Hub (JSON).
    pub const AWS_SECURITY_HUB: ScanType = ScanType(Cow::Borrowed("AWS Security Hub Scan"));
    /// SARIF (JSON).
    pub const SARIF: ScanType = ScanType(Cow::Borrowed("SARIF"));
    /// Anchore Grype (JSON).
    pub const GRYPE: ScanType = ScanType(Cow::Borrowed("Anchore Grype"));
    /// Nuclei (JSON lines).
    pub const NUCLEI: ScanType = ScanType(Cow::Borrowed("Nuclei Scan"));
    /// npm audit, npm 7 and later (JSON).
    pub const NPM_AUDIT: ScanType = ScanType(Cow::Borrowed("NPM Audit v7+ Scan"));
    /// OSV-Scanner (JSON).
    pub const OSV: ScanType = ScanType(Cow::Borrowed("OSV Scan"));
    /// CycloneDX SBOM with vulnerabilities (JSON/XML).
    pub const CYCLONEDX: ScanType = ScanType(Cow::Borrowed("CycloneDX Scan"));

    /// The name sent as `scan_type`.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Whether DefectDojo 2.57.2 knows this name.
    pub fn is_known(&self) -> bool {
        Self::KNOWN.contains(&self.as_str())
    }

    /// Every `scan_type` DefectDojo 2.57.2 accepts (from its OpenAPI schema).
    pub const KNOWN: &'static [&'static str] = &[
        "Acunetix Scan",
        "Anchore Engine Scan",
        "Anchore Enterprise Policy Check",
        "Anchore Grype",
        "Anchore Grype detailed",
        "AnchoreCTL Policies Report",
        "AnchoreCTL Vuln Report",
        "AppCheck Web Application Scanner",
        "AppSpider Scan",
        "Aqua Scan",
        "Arachni Scan",
        "AuditJS Scan",
        "AWS Inspector2 Scan",
        "AWS Prowler Scan",
        "AWS Prowler V3",
        "AWS Security Finding Format (ASFF) Scan",
        "AWS Security Hub Scan",
        "Azure Security Center Recommendations Scan",
        "Bandit Scan",
        "Bearer CLI",
        "BlackDuck API",
        "Blackduck Binary Analysis",
        "Blackduck Component Risk",
        "Blackduck Hub Scan",
        "Brakeman Scan",
        "Bugcrowd API Import",
        "BugCrowd Scan",
        "Bundler-Audit Scan",
        "Burp Dastardly Scan",
        "Burp Enterprise Scan",
        "Burp REST API",
        "Burp Scan",
        "Burp GraphQL API",
        "Burp Suite DAST Scan",
        "CargoAudit Scan",
        "Checkmarx CxFlow SAST",
        "Checkmarx One Scan",
        "Checkmarx OSA",
        "Checkmarx Scan",
        "Checkmarx Scan detailed",
        "Checkov Scan",
        "Chef Inspect Log",
        "Choctaw Hog Scan",
        "Clair Scan",
        "Cloudflare Insights",
        "Cloudsploit Scan",
        "Cobalt.io API Import",
        "Cobalt.io Scan",
        "Codechecker Report native",
        "Contrast Scan",
        "Coverity API",
        "Coverity Scan JSON Report",
        "Crashtest Security JSON File",
        "Crashtest Security XML File",
        "CredScan Scan",
        "Crunch42 Scan",
        "Cyberwatch scan (Galeax)",
        "CycloneDX Scan",
        "Cycognito Scan",
        "DawnScanner Scan",
        "Deepfence Threatmapper Report",
        "Dependency Check Scan",
        "Dependency Track Finding Packaging Format (FPF) Export",
        "Detect-secrets Scan",
        "docker-bench-security Scan",
        "Dockle Scan",
        "DrHeader JSON Importer",
        "DSOP Scan",
        "Duroc Hog Scan",
        "Edgescan Scan",
        "ESLint Scan",
        "Essex Hog Scan",
        "Fortify Scan",
        "Generic Findings Import",
        "Ggshield Scan",
        "Github SAST Scan",
        "Github Secrets Detection Report Scan",
        "Github Vulnerability Scan",
        "GitLab API Fuzzing Report Scan",
        "GitLab Container Scan",
        "GitLab DAST Report",
        "GitLab Dependency Scanning Report",
        "GitLab SAST Report",
        "GitLab Secret Detection Report",
        "Gitleaks Scan",
        "Google Cloud Artifact Vulnerability Scan",
        "Gosec Scanner",
        "Gottingen Hog Scan",
        "Govulncheck Scanner",
        "HackerOne Cases",
        "Hadolint Dockerfile check",
        "Harbor Vulnerability Scan",
        "HCL AppScan on Cloud SAST XML",
        "HCLAppScan XML",
        "Horusec Scan",
        "Humble Json Importer",
        "HuskyCI Report",
        "Hydra Scan",
        "IBM AppScan DAST",
        "Immuniweb Scan",
        "IntSights Report",
        "Invicti Scan",
        "IriusRisk Threats Scan",
        "JFrog Xray API Summary Artifact Scan",
        "JFrog Xray On Demand Binary Scan",
        "JFrog Xray Scan",
        "JFrog Xray Unified Scan",
        "KICS Scan",
        "Kiuwan SCA Scan",
        "Kiuwan Scan",
        "KrakenD Audit Scan",
        "kube-bench Scan",
        "Kubeaudit Scan",
        "KubeHunter Scan",
        "Kubescape JSON Importer",
        "Legitify Scan",
        "Mayhem SARIF Report",
        "Mend Scan",
        "Meterian Scan",
        "Microfocus Webinspect Scan",
        "MobSF Scan",
        "Mobsfscan Scan",
        "MobSF Scorecard Scan",
        "Mozilla Observatory Scan",
        "MSDefender Parser",
        "n0s1 Scanner",
        "Nancy Scan",
        "Netsparker Scan",
        "NeuVector (compliance)",
        "NeuVector (REST)",
        "Nexpose Scan",
        "Nikto Scan",
        "Nmap Scan",
        "Node Security Platform Scan",
        "Nosey Parker Scan",
        "NPM Audit Scan",
        "NPM Audit v7+ Scan",
        "Nuclei Scan",
        "OpenReports",
        "Openscap Vulnerability Scan",
        "OpenVAS Parser",
        "OpenVAS Parser v2",
        "Orca Security Alerts",
        "ORT evaluated model Importer",
        "OssIndex Devaudit SCA Scan Importer",
        "OSV Scan",
        "Outpost24 Scan",
        "PHP Security Audit v2",
        "PHP Symfony Security Check",
        "PingCastle",
        "pip-audit Scan",
        "PMD Scan",
        "Popeye Scan",
        "Progpilot Scan",
        "Prowler Scan",
        "PTART Report",
        "PWN SAST",
        "Qualys Hacker Guardian Scan",
        "Qualys Infrastructure Scan (WebGUI XML)",
        "Qualys Scan",
        "Qualys Webapp Scan",
        "Rapplex Scan",
        "Red Hat Satellite",
        "Retire.js Scan",
        "ReversingLabs Spectra Assure",
        "Risk Recon API Importer",
        "Rubocop Scan",
        "Rusty Hog Scan",
        "SARIF",
        "Scantist Scan",
        "Scout Suite Scan",
        "Semgrep JSON Report",
        "Semgrep Pro JSON Report",
        "SKF Scan",
        "Snyk Code Scan",
        "Snyk Issue API Scan",
        "Snyk Scan",
        "Solar Appscreener Scan",
        "SonarQube API Import",
        "SonarQube Scan",
        "SonarQube Scan detailed",
        "Sonatype Application Scan",
        "SpotBugs Scan",
        "SSH Audit Importer",
        "SSL Labs Scan",
        "Sslscan",
        "Sslyze Scan",
        "SSLyze Scan (JSON)",
        "StackHawk HawkScan",
        "Sysdig CLI Report",
        "Sysdig Vulnerability Report",
        "Talisman Scan",
        "Tenable Scan",
        "Terrascan Scan",
        "Testssl Scan",
        "TFSec Scan",
        "Threagile risks report",
        "ThreatComposer Scan",
        "Trivy Operator Scan",
        "Trivy Scan",
        "Trufflehog Scan",
        "Trufflehog3 Scan",
        "Trustwave Fusion API Scan",
        "Trustwave Scan (CSV)",
        "Twistlock Image Scan",
        "VCG Scan",
        "Veracode Scan",
        "Veracode SourceClear Scan",
        "Vulners",
        "Wapiti Scan",
        "Wazuh",
        "WFuzz JSON report",
        "Whispers Scan",
        "WhiteHat Sentinel",
        "Wiz Scan",
        "Wizcli Dir Scan",
        "Wizcli IaC Scan",
        "Wizcli Img Scan",
        "Wpscan",
        "Xanitizer Scan",
        "Xeol Parser",
        "Yarn Audit Scan",
        "ZAP Scan",
        "Zora Parser",
    ];
}

/// Upload progress: `(bytes sent, file size)`.
pub type ProgressFn = Arc<dyn Fn(u64, u64) + Send + Sync>;

/// What import and reimport have in common.
#[derive(Clone, Default)]
struct Common {
    scan_type: Option<ScanType>,
    file: PathBuf,
    file_name: Option<String>,
    text: Vec<(&'static str, String)>,
    tags: Vec<String>,
    retry: bool,
    progress: Option<ProgressFn>,
}

impl fmt::Debug for Common {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ScanUpload")
            .field("scan_type", &self.scan_type)
            .field("file", &self.file)
            .field("file_name", &self.file_name)
            .field("fields", &self.text)
            .field("tags", &self.tags)
            .field("retry", &self.retry)
            .finish()
    }
}

impl Common {
    fn new(scan_type: ScanType, file: PathBuf) -> Self {
        Common {
            scan_type: Some(scan_type),
            file,
            ..Default::default()
        }
    }

    fn set(&mut self, name: &'static str, value: String) {
        self.text.retain(|(k, _)| *k != name);
        self.text.push((name, value));
    }

    fn get(&self, name: &str) -> Option<&str> {
        self.text
            .iter()
            .find(|(k, _)| *k == name)
            .map(|(_, v)| v.as_str())
    }

    fn check(&self, op: &str) -> Result<()> {
        let scan_type = self.scan_type.as_ref().map(ScanType::as_str).unwrap_or("");
        if scan_type.trim().is_empty() {
            return Err(Error::invalid_input(format!(
                "DefectDojo {op}: scan_type is empty (e.g. ScanType::TRIVY)"
            )));
        }
        for (k, v) in &self.text {
            if v.trim().is_empty() {
                return Err(Error::invalid_input(format!(
                    "DefectDojo {op}: `{k}` is empty (leave it unset instead)"
                )));
            }
            if matches!(
                *k,
                "engagement" | "test" | "lead" | "endpoint_to_add" | "api_scan_configuration"
            ) && v.parse::<i64>().map_or(true, |n| n <= 0)
            {
                return Err(Error::invalid_input(format!(
                    "DefectDojo {op}: `{k}` must be a positive id, got {v}"
                )));
            }
        }
        if let Some(t) = self.tags.iter().find(|t| t.trim().is_empty()) {
            return Err(Error::invalid_input(format!(
                "DefectDojo {op}: empty tag {t:?}"
            )));
        }
        if let Some(n) = &self.file_name {
            if n.trim().is_empty() || n.contains(['/', '\\', '"', '\r', '\n']) {
                return Err(Error::invalid_input(format!(
                    "DefectDojo {op}: file name {n:?} is empty or has a path separator, quote or newline"
                )));
            }
        }
        match std::fs::metadata(&self.file) {
            Ok(m) if m.is_file() => Ok(()),
            Ok(_) => Err(Error::invalid_input(format!(
                "DefectDojo {op}: scan file {} is not a regular file",
                self.file.display()
            ))),
            Err(e) => Err(Error::invalid_input(format!(
                "DefectDojo {op}: cannot read scan file {}: {e}",
                self.file.display()
            ))),
        }
    }

    fn upload_name(&self) -> String {
        self.file_name.clone().unwrap_or_else(|| {
            self.file
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_else(|| "scan".into())
        })
    }

    /// The multipart text fields in the order they are sent (`scan_type` first,
    /// then the options, then one `tags` field per tag).
    fn fields(&self) -> Vec<(&'static str, String)> {
        let mut out = vec![(
            "scan_type",
            self.scan_type
                .as_ref()
                .map(|s| s.as_str().to_string())
                .unwrap_or_default(),
        )];
        out.extend(self.text.iter().cloned());
        out.extend(self.tags.iter().map(|t| ("tags", t.clone())));
        out
    }
}

fn bool_str(v: bool) -> String {
    if v { "true" } else { "false" }.to_string()
}

macro_rules! common_setters {
    ($ty:ident) => {
        impl $ty {
            /// The name the file is uploaded under (default: its file name on disk).
            pub fn file_name(mut self, name: impl Into<String>) -> Self {
                self.common.file_name = Some(name.into());
                self
            }
            /// Product type name (with `auto_create_context`, created when missing).
            pub fn product_type_name(mut self, v: impl Into<String>) -> Self {
                self.common.set("product_type_name", v.into());
                self
            }
            /// Product name (finds the engagement together with `engagement_name`).
            pub fn product_name(mut self, v: impl Into<String>) -> Self {
                self.common.set("product_name", v.into());
                self
            }
            /// Engagement name.
            pub fn engagement_name(mut self, v: impl Into<String>) -> Self {
                self.common.set("engagement_name", v.into());
                self
            }
            /// End date of an engagement created by `auto_create_context`.
            pub fn engagement_end_date(mut self, v: NaiveDate) -> Self {
                self.common.set("engagement_end_date", v.to_string());
                self
            }
            /// Title of the test.
            pub fn test_title(mut self, v: impl Into<String>) -> Self {
                self.common.set("test_title", v.into());
                self
            }
            /// Create the product type, product and engagement named above when missing.
            pub fn auto_create_context(mut self, v: bool) -> Self {
                self.common.set("auto_create_context", bool_str(v));
                self
            }
            /// Deduplicate within the engagement only (for a created engagement).
            pub fn deduplication_on_engagement(mut self, v: bool) -> Self {
                self.common.set("deduplication_on_engagement", bool_str(v));
                self
            }
            /// The scan's date (default: today on the server).
            pub fn scan_date(mut self, v: NaiveDate) -> Self {
                self.common.set("scan_date", v.to_string());
                self
            }
            /// Findings below this severity are dropped (server default `Info`).
            pub fn minimum_severity(mut self, v: Severity) -> Self {
                self.common.set("minimum_severity", v.to_string());
                self
            }
            /// Mark the findings active (or not); unset, the scan's own status is kept.
            pub fn active(mut self, v: bool) -> Self {
                self.common.set("active", bool_str(v));
                self
            }
            /// Mark the findings verified (or not).
            pub fn verified(mut self, v: bool) -> Self {
                self.common.set("verified", bool_str(v));
                self
            }
            /// Attach this endpoint id to every finding.
            pub fn endpoint_to_add(mut self, v: i64) -> Self {
                self.common.set("endpoint_to_add", v.to_string());
                self
            }
            /// The lead (user id) of a created test.
            pub fn lead(mut self, v: i64) -> Self {
                self.common.set("lead", v.to_string());
                self
            }
            /// Push the findings to Jira.
            pub fn push_to_jira(mut self, v: bool) -> Self {
                self.common.set("push_to_jira", bool_str(v));
                self
            }
            /// Environment name (`Development`, `Production`...).
            pub fn environment(mut self, v: impl Into<String>) -> Self {
                self.common.set("environment", v.into());
                self
            }
            /// Version of the scanned software.
            pub fn version(mut self, v: impl Into<String>) -> Self {
                self.common.set("version", v.into());
                self
            }
            /// CI build id.
            pub fn build_id(mut self, v: impl Into<String>) -> Self {
                self.common.set("build_id", v.into());
                self
            }
            /// Branch or tag.
            pub fn branch_tag(mut self, v: impl Into<String>) -> Self {
                self.common.set("branch_tag", v.into());
                self
            }
            /// Commit hash.
            pub fn commit_hash(mut self, v: impl Into<String>) -> Self {
                self.common.set("commit_hash", v.into());
                self
            }
            /// Repository URL (for a created engagement).
            pub fn source_code_management_uri(mut self, v: impl Into<String>) -> Self {
                self.common.set("source_code_management_uri", v.into());
                self
            }
            /// API scan configuration id.
            pub fn api_scan_configuration(mut self, v: i64) -> Self {
                self.common.set("api_scan_configuration", v.to_string());
                self
            }
            /// Service name, stored on every finding.
            pub fn service(mut self, v: impl Into<String>) -> Self {
                self.common.set("service", v.into());
                self
            }
            /// Group findings by this field.
            pub fn group_by(mut self, v: GroupBy) -> Self {
                self.common.set("group_by", v.to_string());
                self
            }
            /// With `group_by`: make groups of one finding too (server default true).
            pub fn create_finding_groups_for_all_findings(mut self, v: bool) -> Self {
                self.common
                    .set("create_finding_groups_for_all_findings", bool_str(v));
                self
            }
            /// Apply the tags to the findings too.
            pub fn apply_tags_to_findings(mut self, v: bool) -> Self {
                self.common.set("apply_tags_to_findings", bool_str(v));
                self
            }
            /// Apply the tags to the endpoints too.
            pub fn apply_tags_to_endpoints(mut self, v: bool) -> Self {
                self.common.set("apply_tags_to_endpoints", bool_str(v));
                self
            }
            /// Adds a tag (sent as one more `tags` field).
            pub fn tag(mut self, v: impl Into<String>) -> Self {
                self.common.tags.push(v.into());
                self
            }
            /// Adds tags.
            pub fn tags<I, S>(mut self, tags: I) -> Self
            where
                I: IntoIterator<Item = S>,
                S: Into<String>,
            {
                self.common.tags.extend(tags.into_iter().map(Into::into));
                self
            }
            /// Close findings of the same scan type that this scan no longer reports.
            pub fn close_old_findings(mut self, v: bool) -> Self {
                self.common.set("close_old_findings", bool_str(v));
                self
            }
            /// With `close_old_findings`: look across the whole product, not just the engagement.
            pub fn close_old_findings_product_scope(mut self, v: bool) -> Self {
                self.common
                    .set("close_old_findings_product_scope", bool_str(v));
                self
            }
            /// Retry the upload on 429, 5xx and network errors (off by default:
            /// an upload that failed late may have been stored, see the module docs).
            pub fn retry_on_failure(mut self, v: bool) -> Self {
                self.common.retry = v;
                self
            }
            /// Calls `f(sent, size)` as the file is read for sending.
            pub fn on_progress(mut self, f: impl Fn(u64, u64) + Send + Sync + 'static) -> Self {
                self.common.progress = Some(Arc::new(f));
                self
            }
            /// The multipart text fields this upload sends, in order (the file part aside).
            pub fn form_fields(&self) -> Vec<(&'static str, String)> {
                self.common.fields()
            }
        }
    };
}

/// The options of [`DefectDojo::import_scan`] (`POST /api/v2/import-scan/`):
/// a new test in an engagement, given by id or by product and engagement names.
#[derive(Debug, Clone)]
pub struct ImportOptions {
    common: Common,
}

impl ImportOptions {
    /// Import `file` as `scan_type`.
    pub fn new(scan_type: impl Into<ScanType>, file: impl AsRef<Path>) -> Self {
        ImportOptions {
            common: Common::new(scan_type.into(), file.as_ref().to_path_buf()),
        }
    }

    /// The engagement to import into.
    pub fn engagement(mut self, id: i64) -> Self {
        self.common.set("engagement", id.to_string());
        self
    }

    fn check(&self) -> Result<()> {
        self.common.check("import_scan")?;
        let c = &self.common;
        if c.get("engagement").is_none()
            && (c.get("product_name").is_none() || c.get("engagement_name").is_none())
        {
            return Err(Error::invalid_input(
                "DefectDojo import_scan: give an engagement id, or product_name and engagement_name (with auto_create_context(true) to create them)",
            ));
        }
        Ok(())
    }
}
common_setters!(ImportOptions);

/// The options of [`DefectDojo::reimport_scan`] (`POST /api/v2/reimport-scan/`):
/// the scan is matched against an existing test; new findings are created,
/// matching ones updated (and reactivated unless `do_not_reactivate`), and
/// findings missing from the scan are closed unless `close_old_findings(false)`.
#[derive(Debug, Clone)]
pub struct ReimportOptions {
    common: Common,
}

impl ReimportOptions {
    /// Reimport `file` as `scan_type`.
    pub fn new(scan_type: impl Into<ScanType>, file: impl AsRef<Path>) -> Self {
        ReimportOptions {
            common: Common::new(scan_type.into(), file.as_ref().to_path_buf()),
        }
    }

    /// The test to reimport into (otherwise found by product, engagement,
    /// scan type and test title).
    pub fn test(mut self, id: i64) -> Self {
        self.common.set("test", id.to_string());
        self
    }

    /// Leave closed findings closed even if the scan reports them again.
    pub fn do_not_reactivate(mut self, v: bool) -> Self {
        self.common.set("do_not_reactivate", bool_str(v));
        self
    }

    fn check(&self) -> Result<()> {
        self.common.check("reimport_scan")?;
        let c = &self.common;
        if c.get("test").is_none()
            && (c.get("product_name").is_none() || c.get("engagement_name").is_none())
        {
            return Err(Error::invalid_input(
                "DefectDojo reimport_scan: give a test id, or product_name and engagement_name (the test is found by scan type and test title)",
            ));
        }
        Ok(())
    }
}
common_setters!(ReimportOptions);

impl DefectDojo {
    /// Imports a scan into a new test (`POST /api/v2/import-scan/`, multipart).
    ///
    /// Sent once unless [`ImportOptions::retry_on_failure`] (see the module docs).
    pub async fn import_scan(&self, options: ImportOptions) -> Result<types::ImportScan> {
        options.check()?;
        self.upload("api/v2/import-scan/", "import_scan", &options.common)
            .await
    }

    /// Reimports a scan into an existing test (`POST /api/v2/reimport-scan/`, multipart).
    ///
    /// Sent once unless [`ReimportOptions::retry_on_failure`]: a reimport is not idempotent.
    pub async fn reimport_scan(&self, options: ReimportOptions) -> Result<types::ReImportScan> {
        options.check()?;
        self.upload("api/v2/reimport-scan/", "reimport_scan", &options.common)
            .await
    }

    async fn upload<T: DeserializeOwned>(&self, path: &str, op: &str, c: &Common) -> Result<T> {
        let core = &self.inner.core;
        let url = core.url(path)?;
        // An import is a write: sent once, unless the caller opted in to
        // retrying it as a whole (`retry(true)`).
        let resend = if c.retry {
            Resend::Exchange
        } else {
            Resend::Write(crate::retry::write_once)
        };
        core.exchange_json(op, resend, || async {
            let form = build_form(c).await?;
            core.build(
                core.http()
                    .post(url.clone())
                    .header(http::header::ACCEPT, "application/json")
                    .multipart(form),
            )
        })
        .await
    }
}

/// Builds the form: the text fields, then the file as a stream of chunks with
/// its length (so that `Content-Length` is known and no chunked upload is needed).
async fn build_form(c: &Common) -> Result<reqwest::multipart::Form> {
    let file = tokio::fs::File::open(&c.file)
        .await
        .map_err(|e| Error::io(format!("opening scan file {}", c.file.display()), e))?;
    let size = file
        .metadata()
        .await
        .map_err(|e| Error::io(format!("reading scan file {}", c.file.display()), e))?
        .len();
    let sent = Arc::new(AtomicU64::new(0));
    let progress = c.progress.clone();
    let stream =
        tokio_util::io::ReaderStream::with_capacity(file, 64 * 1024).inspect(move |chunk| {
            if let (Ok(chunk), Some(p)) = (chunk, &progress) {
                let now =
                    sent.fetch_add(chunk.len() as u64, Ordering::Relaxed) + chunk.len() as u64;
                p(now, size);
            }
        });
    let part =
        reqwest::multipart::Part::stream_with_length(reqwest::Body::wrap_stream(stream), size)
            .file_name(c.upload_name())
            .mime_str("application/octet-stream")
            .map_err(|e| Error::invalid_input(format!("bad MIME type: {e}")))?;
    let mut form = reqwest::multipart::Form::new();
    for (k, v) in c.fields() {
        form = form.text(k, v);
    }
    Ok(form.part("file", part))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_names_and_constants() {
        assert_eq!(ScanType::KNOWN.len(), 224);
        for s in [
            ScanType::TRIVY,
            ScanType::GENERIC,
            ScanType::SEMGREP,
            ScanType::BANDIT,
            ScanType::DEPENDENCY_CHECK,
            ScanType::SNYK,
            ScanType::SNYK_CODE,
            ScanType::SONARQUBE,
            ScanType::CHECKMARX,
            ScanType::BURP_REST_API,
            ScanType::ZAP,
            ScanType::TENABLE,
            ScanType::QUALYS,
            ScanType::GITLEAKS,
            ScanType::TRUFFLEHOG,
            ScanType::CHECKOV,
            ScanType::KUBE_BENCH,
            ScanType::AWS_SECURITY_HUB,
            ScanType::SARIF,
            ScanType::GRYPE,
            ScanType::NUCLEI,
            ScanType::NPM_AUDIT,
            ScanType::OSV,
            ScanType::CYCLONEDX,
        ] {
            assert!(s.is_known(), "{s}");
        }
        assert!(!ScanType::from("My Parser").is_known());
    }

    #[test]
    fn fields_in_order_with_repeated_tags() {
        let o = ImportOptions::new(ScanType::TRIVY, "x.json")
            .engagement(3)
            .minimum_severity(Severity::Medium)
            .active(true)
            .tag("ci")
            .tags(["main", "nightly"])
            .active(false);
        assert_eq!(
            o.form_fields(),
            vec![
                ("scan_type", "Trivy Scan".to_string()),
                ("engagement", "3".to_string()),
                ("minimum_severity", "Medium".to_string()),
                ("active", "false".to_string()),
                ("tags", "ci".to_string()),
                ("tags", "main".to_string()),
                ("tags", "nightly".to_string()),
            ]
        );
    }
}
