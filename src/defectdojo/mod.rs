//! DefectDojo API v2: findings and their context (product types, products,
//! engagements, tests), scan imports, paged listings and an incremental sync.
//!
//! The typed calls come from `specs/defectdojo.yaml` through progenitor
//! ([`generated`]); this module adds what the generator cannot do:
//!
//! - [`DefectDojo`], built with [`DefectDojo::builder`] or
//!   [`DefectDojo::from_env`] (`DD_URL`, `DD_API_KEY`), authenticating with
//!   `Authorization: Token <key>`;
//! - paged streams for every list endpoint with typed filters ([`List`],
//!   [`FindingFilter`]...), optionally fetching pages in parallel;
//! - the multipart scan uploads [`DefectDojo::import_scan`] and
//!   [`DefectDojo::reimport_scan`], streamed from disk;
//! - [`DefectDojo::ensure_context`], a get-or-create of product type →
//!   product → engagement for CI pipelines;
//! - [`DefectDojo::sync_findings`], an incremental, resumable copy of findings
//!   into a [`Sink`](crate::Sink).
//!
//! ```no_run
//! # async fn demo() -> secops::Result<()> {
//! use futures::TryStreamExt;
//! use secops::defectdojo::{DefectDojo, ImportOptions, ScanType, Severity};
//!
//! let dd = DefectDojo::from_env()?; // DD_URL, DD_API_KEY
//! let ctx = dd.ensure_context(secops::defectdojo::ContextSpec::new("Web", "Shop", "CI main")).await?;
//! let imported = dd
//!     .import_scan(ImportOptions::new(ScanType::TRIVY, "trivy.json").engagement(ctx.engagement_id))
//!     .await?;
//! println!("test {:?}", imported.test_id);
//! let mut high = dd.findings().severity(Severity::High).active(true).concurrency(6).items();
//! while let Some(f) = high.try_next().await? {
//!     println!("{} {}", f.id, f.title.unwrap_or_default());
//! }
//! # Ok(()) }
//! ```
//!
//! Writes (POST, PATCH, multipart uploads) are never retried automatically:
//! a create or an import that timed out may have happened. GETs are retried by
//! the client's [`RetryPolicy`] (set with `.retry(..)` on the builder).

use std::fmt;
use std::sync::Arc;

use crate::config::{Auth, ClientBuilder, HttpCore};
use crate::error::{Error, Result, Service};
use crate::hooks::{convert_error, Hooks};
use crate::retry::RetryPolicy;
use crate::secret::Secret;

pub mod context;
mod error;
pub mod import;
pub mod list;
pub mod sync;

/// The client generated from `specs/defectdojo.yaml` (see `generated/defectdojo.rs`).
#[allow(missing_docs, clippy::all, unused)]
pub mod generated {
    include!(concat!(env!("OUT_DIR"), "/defectdojo.rs"));
}

crate::hooks::impl_retry_hooks!(generated::Client);

pub use context::{Context, ContextSpec};
pub use error::{parse_error, NON_FIELD_ERRORS};
pub use generated::types;
pub use import::{ImportOptions, ReimportOptions, ScanType};
pub use list::{
    DojoSource, EndpointFilter, EngagementFilter, FindingFilter, Ids, List, ListEndpoint, Names,
    ProductFilter, ProductTypeFilter, TestFilter, TestTypeFilter, UserFilter, DEFAULT_PAGE_SIZE,
};
pub use sync::{FindingsDetail, FindingsSource, SyncFindings, SyncProgress, SyncReport};
pub use types::{
    Endpoint, Engagement, EngagementStatus, EngagementType, Finding, GroupBy, Note, Product,
    ProductType, Severity, Test, TestType, User,
};

/// Environment variable with the instance URL.
pub const URL_ENV: &str = "DD_URL";
/// Environment variable with the API v2 token.
pub const KEY_ENV: &str = "DD_API_KEY";

/// A DefectDojo API v2 client. Cheap to clone (clones share connections).
#[derive(Clone)]
pub struct DefectDojo {
    pub(crate) inner: Arc<Inner>,
}

pub(crate) struct Inner {
    pub(crate) core: HttpCore,
    /// GETs retried by the policy; writes sent once.
    pub(crate) client: Arc<generated::Client>,
    /// One attempt per call, for page fetches (the paginator retries).
    pub(crate) once: Arc<generated::Client>,
}

impl fmt::Debug for DefectDojo {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("DefectDojo")
            .field(
                "base_url",
                &crate::secret::redact_url(self.inner.core.base()),
            )
            .field("retry", self.inner.core.retry_policy())
            .finish_non_exhaustive()
    }
}

impl ClientBuilder<DefectDojo> {
    /// The API v2 token (sent as `Authorization: Token <key>`).
    pub fn token(self, key: impl Into<Secret>) -> Self {
        self.api_key(key)
    }

    /// Builds the client. The URL (the instance root, e.g.
    /// `https://defectdojo.example.com`; a trailing `/api/v2` is accepted) and
    /// a token (or [`basic_auth`](ClientBuilder::basic_auth)) are required.
    pub fn build(self) -> Result<DefectDojo> {
        let cfg = &self.config;
        let Some(raw) = cfg.base_url.as_deref() else {
            return Err(Error::invalid_input(format!(
                "DefectDojo: no instance URL: call .url(..) or set {URL_ENV}"
            )));
        };
        if cfg.auth.is_none()
            && cfg
                .api_key
                .as_ref()
                .is_none_or(|k| k.expose().trim().is_empty())
        {
            return Err(Error::invalid_input(format!(
                "DefectDojo: no API token: call .token(..) or set {KEY_ENV} (the token is on <your instance>/api/key-v2)"
            )));
        }
        let mut config = cfg.clone();
        let trimmed = raw.trim().trim_end_matches('/');
        let root = trimmed
            .strip_suffix("/api/v2")
            .unwrap_or(trimmed)
            .to_string();
        config.base_url = Some(root);
        let core = HttpCore::new(Service::DefectDojo, &config, "", Auth::Token, parse_error)?;
        let base = core.base_trimmed();
        let client = generated::Client::new_with_client(
            &base,
            core.http().clone(),
            Hooks::new(core.clone()),
        );
        let mut once_core = core.clone();
        once_core.retry = RetryPolicy::none();
        let once =
            generated::Client::new_with_client(&base, core.http().clone(), Hooks::new(once_core));
        Ok(DefectDojo {
            inner: Arc::new(Inner {
                core,
                client: Arc::new(client),
                once: Arc::new(once),
            }),
        })
    }
}

fn check_id(what: &str, id: i64) -> Result<()> {
    if id <= 0 {
        return Err(Error::invalid_input(format!(
            "DefectDojo: {what} id must be a positive number, got {id}"
        )));
    }
    Ok(())
}

impl DefectDojo {
    /// A builder: `DefectDojo::builder().url(..).token(..).build()?`.
    pub fn builder() -> ClientBuilder<DefectDojo> {
        ClientBuilder::new()
    }

    /// A client from `DD_URL` and `DD_API_KEY`.
    pub fn from_env() -> Result<Self> {
        let url = std::env::var(URL_ENV)
            .ok()
            .filter(|v| !v.trim().is_empty())
            .ok_or_else(|| {
                Error::invalid_input(format!(
                    "environment variable {URL_ENV} is not set: export your DefectDojo URL there or use DefectDojo::builder()"
                ))
            })?;
        let key = Secret::from_env(KEY_ENV)?;
        Self::builder().url(url).token(key).build()
    }

    /// The generated client, for calls this wrapper does not cover: every
    /// operation of the spec, retried like this client's own calls (reads as
    /// a whole exchange, writes only when not received).
    pub fn generated(&self) -> &generated::Client {
        &self.inner.client
    }

    /// The HTTP core (base URL, retry policy, authenticated `reqwest` client).
    pub fn core(&self) -> &HttpCore {
        &self.inner.core
    }

    fn client(&self) -> &generated::Client {
        &self.inner.client
    }

    async fn run<T, F>(&self, fut: F) -> Result<T>
    where
        F: std::future::Future<
            Output = std::result::Result<
                progenitor_client::ResponseValue<T>,
                generated::Error<types::ErrorBody>,
            >,
        >,
    {
        match fut.await {
            Ok(v) => Ok(v.into_inner()),
            Err(e) => Err(convert_error(&self.inner.core, e).await),
        }
    }

    // ---- listings ----

    /// Product types (`GET /api/v2/product_types/`).
    pub fn product_types(&self) -> List<ProductTypeFilter> {
        List::new(self.clone(), ProductTypeFilter::default())
    }

    /// Products (`GET /api/v2/products/`).
    pub fn products(&self) -> List<ProductFilter> {
        List::new(self.clone(), ProductFilter::default())
    }

    /// Engagements (`GET /api/v2/engagements/`).
    pub fn engagements(&self) -> List<EngagementFilter> {
        List::new(self.clone(), EngagementFilter::default())
    }

    /// Tests (`GET /api/v2/tests/`).
    pub fn tests(&self) -> List<TestFilter> {
        List::new(self.clone(), TestFilter::default())
    }

    /// Test types, i.e. the scanner names the server knows (`GET /api/v2/test_types/`).
    pub fn test_types(&self) -> List<TestTypeFilter> {
        List::new(self.clone(), TestTypeFilter::default())
    }

    /// Findings (`GET /api/v2/findings/`).
    pub fn findings(&self) -> List<FindingFilter> {
        List::new(self.clone(), FindingFilter::default())
    }

    /// Endpoints (`GET /api/v2/endpoints/`).
    pub fn endpoints(&self) -> List<EndpointFilter> {
        List::new(self.clone(), EndpointFilter::default())
    }

    /// Users (`GET /api/v2/users/`).
    pub fn users(&self) -> List<UserFilter> {
        List::new(self.clone(), UserFilter::default())
    }

    // ---- product types ----

    /// One product type.
    pub async fn product_type(&self, id: i64) -> Result<ProductType> {
        check_id("product type", id)?;
        self.run(self.client().product_types_retrieve().id(id).send())
            .await
    }

    /// Creates a product type (`types::ProductTypeRequest::builder().name(..)`).
    pub async fn create_product_type<B>(&self, body: B) -> Result<ProductType>
    where
        B: TryInto<types::ProductTypeRequest>,
        B::Error: fmt::Display,
    {
        self.run(self.client().product_types_create().body(body).send())
            .await
    }

    // ---- products ----

    /// One product.
    pub async fn product(&self, id: i64) -> Result<Product> {
        check_id("product", id)?;
        self.run(self.client().products_retrieve().id(id).send())
            .await
    }

    /// Creates a product (`name`, `description` and `prod_type` are required).
    pub async fn create_product<B>(&self, body: B) -> Result<Product>
    where
        B: TryInto<types::ProductRequest>,
        B::Error: fmt::Display,
    {
        self.run(self.client().products_create().body(body).send())
            .await
    }

    /// Updates some fields of a product.
    pub async fn update_product<B>(&self, id: i64, patch: B) -> Result<Product>
    where
        B: TryInto<types::PatchedProductRequest>,
        B::Error: fmt::Display,
    {
        check_id("product", id)?;
        self.run(
            self.client()
                .products_partial_update()
                .id(id)
                .body(patch)
                .send(),
        )
        .await
    }

    // ---- engagements ----

    /// One engagement.
    pub async fn engagement(&self, id: i64) -> Result<Engagement> {
        check_id("engagement", id)?;
        self.run(self.client().engagements_retrieve().id(id).send())
            .await
    }

    /// Creates an engagement (`product`, `target_start` and `target_end` are required).
    pub async fn create_engagement<B>(&self, body: B) -> Result<Engagement>
    where
        B: TryInto<types::EngagementRequest>,
        B::Error: fmt::Display,
    {
        self.run(self.client().engagements_create().body(body).send())
            .await
    }

    /// Updates some fields of an engagement (status, dates, build id...).
    pub async fn update_engagement<B>(&self, id: i64, patch: B) -> Result<Engagement>
    where
        B: TryInto<types::PatchedEngagementRequest>,
        B::Error: fmt::Display,
    {
        check_id("engagement", id)?;
        self.run(
            self.client()
                .engagements_partial_update()
                .id(id)
                .body(patch)
                .send(),
        )
        .await
    }

    // ---- tests ----

    /// One test.
    pub async fn test(&self, id: i64) -> Result<Test> {
        check_id("test", id)?;
        self.run(self.client().tests_retrieve().id(id).send()).await
    }

    /// Creates a test (`engagement`, `test_type`, `target_start`, `target_end` are required).
    pub async fn create_test<B>(&self, body: B) -> Result<types::TestCreate>
    where
        B: TryInto<types::TestCreateRequest>,
        B::Error: fmt::Display,
    {
        self.run(self.client().tests_create().body(body).send())
            .await
    }

    // ---- findings ----

    /// One finding.
    pub async fn finding(&self, id: i64) -> Result<Finding> {
        check_id("finding", id)?;
        self.run(self.client().findings_retrieve().id(id).send())
            .await
    }

    /// Creates a finding. Takes a [`NewFinding`] (which fills the fields
    /// upstream requires) or a full `types::FindingCreateRequest`.
    pub async fn create_finding<B>(&self, body: B) -> Result<types::FindingCreate>
    where
        B: TryInto<types::FindingCreateRequest>,
        B::Error: fmt::Display,
    {
        let body: types::FindingCreateRequest = body
            .try_into()
            .map_err(|e| Error::invalid_input(format!("DefectDojo: bad finding: {e}")))?;
        check_id("test", body.test)?;
        if body.title.trim().is_empty() {
            return Err(Error::invalid_input("DefectDojo: a finding needs a title"));
        }
        if body.description.trim().is_empty() {
            return Err(Error::invalid_input(
                "DefectDojo: a finding needs a description (the server rejects an empty one)",
            ));
        }
        self.run(self.client().findings_create().body(body).send())
            .await
    }

    /// Updates some fields of a finding (`PATCH`).
    pub async fn update_finding<B>(&self, id: i64, patch: B) -> Result<Finding>
    where
        B: TryInto<types::PatchedFindingRequest>,
        B::Error: fmt::Display,
    {
        check_id("finding", id)?;
        self.run(
            self.client()
                .findings_partial_update()
                .id(id)
                .body(patch)
                .send(),
        )
        .await
    }

    /// Closes a finding (`POST /findings/{id}/close/`): mitigated by default;
    /// set `false_p`, `out_of_scope` or `duplicate` in the request for another reason.
    pub async fn close_finding<B>(&self, id: i64, request: B) -> Result<types::FindingClose>
    where
        B: TryInto<types::FindingCloseRequest>,
        B::Error: fmt::Display,
    {
        check_id("finding", id)?;
        self.run(
            self.client()
                .findings_close_create()
                .id(id)
                .body(request)
                .send(),
        )
        .await
    }

    /// A finding's notes (not paged upstream).
    pub async fn finding_notes(&self, id: i64) -> Result<Vec<Note>> {
        check_id("finding", id)?;
        let r: types::FindingToNotes = self
            .run(self.client().findings_notes_retrieve().id(id).send())
            .await?;
        Ok(r.notes)
    }

    /// Adds a note to a finding.
    pub async fn add_finding_note(
        &self,
        id: i64,
        entry: impl Into<String>,
        private: bool,
    ) -> Result<Note> {
        check_id("finding", id)?;
        let entry = entry.into();
        if entry.trim().is_empty() {
            return Err(Error::invalid_input("DefectDojo: a note needs some text"));
        }
        let body = types::AddNewNoteOptionRequest {
            entry,
            private: Some(private),
            note_type: None,
        };
        self.run(
            self.client()
                .findings_notes_create()
                .id(id)
                .body(body)
                .send(),
        )
        .await
    }

    // ---- endpoints ----

    /// Creates an endpoint.
    pub async fn create_endpoint<B>(&self, body: B) -> Result<Endpoint>
    where
        B: TryInto<types::EndpointRequest>,
        B::Error: fmt::Display,
    {
        self.run(self.client().endpoints_create().body(body).send())
            .await
    }
}

/// A new finding with the fields a person or a script usually sets; the rest
/// of what upstream requires is filled in (`numerical_severity` from the
/// severity, `found_by` empty, `active` true, `verified` false, the
/// description defaulting to the title).
///
/// ```
/// use secops::defectdojo::{NewFinding, Severity, types};
/// let req: types::FindingCreateRequest = NewFinding::new(3, "SQL injection in login", Severity::High)
///     .cwe(89)
///     .into();
/// assert_eq!(req.numerical_severity, "S1");
/// assert_eq!(req.description, "SQL injection in login");
/// ```
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct NewFinding {
    /// The test the finding belongs to.
    pub test: i64,
    /// Title.
    pub title: String,
    /// Severity.
    pub severity: Severity,
    /// Description (the title when unset).
    pub description: Option<String>,
    /// Active (default true).
    pub active: bool,
    /// Verified (default false).
    pub verified: bool,
    /// CWE number.
    pub cwe: Option<i64>,
    /// Mitigation.
    pub mitigation: Option<String>,
    /// Impact.
    pub impact: Option<String>,
    /// References.
    pub references: Option<String>,
    /// Component name.
    pub component_name: Option<String>,
    /// Component version.
    pub component_version: Option<String>,
    /// File path.
    pub file_path: Option<String>,
    /// Line.
    pub line: Option<i64>,
    /// The scanner's unique id.
    pub unique_id_from_tool: Option<String>,
    /// Vulnerability ids (CVE...).
    pub vulnerability_ids: Vec<String>,
    /// Tags.
    pub tags: Vec<String>,
    /// The date it was found.
    pub date: Option<chrono::NaiveDate>,
}

impl NewFinding {
    /// A finding for `test` with a title and a severity.
    pub fn new(test: i64, title: impl Into<String>, severity: Severity) -> Self {
        NewFinding {
            test,
            title: title.into(),
            severity,
            description: None,
            active: true,
            verified: false,
            cwe: None,
            mitigation: None,
            impact: None,
            references: None,
            component_name: None,
            component_version: None,
            file_path: None,
            line: None,
            unique_id_from_tool: None,
            vulnerability_ids: Vec::new(),
            tags: Vec::new(),
            date: None,
        }
    }

    /// Description.
    pub fn description(mut self, v: impl Into<String>) -> Self {
        self.description = Some(v.into());
        self
    }
    /// Active or not.
    pub fn active(mut self, v: bool) -> Self {
        self.active = v;
        self
    }
    /// Verified or not.
    pub fn verified(mut self, v: bool) -> Self {
        self.verified = v;
        self
    }
    /// CWE number.
    pub fn cwe(mut self, v: i64) -> Self {
        self.cwe = Some(v);
        self
    }
    /// Mitigation.
    pub fn mitigation(mut self, v: impl Into<String>) -> Self {
        self.mitigation = Some(v.into());
        self
    }
    /// Impact.
    pub fn impact(mut self, v: impl Into<String>) -> Self {
        self.impact = Some(v.into());
        self
    }
    /// References.
    pub fn references(mut self, v: impl Into<String>) -> Self {
        self.references = Some(v.into());
        self
    }
    /// Component name and version.
    pub fn component(mut self, name: impl Into<String>, version: impl Into<String>) -> Self {
        self.component_name = Some(name.into());
        self.component_version = Some(version.into());
        self
    }
    /// File path and line.
    pub fn location(mut self, file_path: impl Into<String>, line: i64) -> Self {
        self.file_path = Some(file_path.into());
        self.line = Some(line);
        self
    }
    /// The scanner's unique id (used for deduplication).
    pub fn unique_id_from_tool(mut self, v: impl Into<String>) -> Self {
        self.unique_id_from_tool = Some(v.into());
        self
    }
    /// Adds a vulnerability id (CVE...).
    pub fn vulnerability_id(mut self, v: impl Into<String>) -> Self {
        self.vulnerability_ids.push(v.into());
        self
    }
    /// Adds a tag.
    pub fn tag(mut self, v: impl Into<String>) -> Self {
        self.tags.push(v.into());
        self
    }
    /// The date it was found.
    pub fn date(mut self, v: chrono::NaiveDate) -> Self {
        self.date = Some(v);
        self
    }
}

/// DefectDojo's numerical severity (`S0` = Critical ... `S4` = Info).
pub fn numerical_severity(s: Severity) -> &'static str {
    match s {
        Severity::Critical => "S0",
        Severity::High => "S1",
        Severity::Medium => "S2",
        Severity::Low => "S3",
        Severity::Info => "S4",
    }
}

impl From<NewFinding> for types::FindingCreateRequest {
    fn from(n: NewFinding) -> Self {
        let description = n.description.unwrap_or_else(|| n.title.clone());
        let mut req: types::FindingCreateRequest = types::FindingCreateRequest::builder()
            .test(n.test)
            .title(n.title)
            .severity(n.severity.to_string())
            .numerical_severity(numerical_severity(n.severity).to_string())
            .description(description)
            .active(n.active)
            .verified(n.verified)
            .found_by(Vec::<i64>::new())
            .try_into()
            .expect("every required field is set");
        req.cwe = n.cwe;
        req.mitigation = n.mitigation;
        req.impact = n.impact;
        req.references = n.references;
        req.component_name = n.component_name;
        req.component_version = n.component_version;
        req.file_path = n.file_path;
        req.line = n.line;
        req.unique_id_from_tool = n.unique_id_from_tool;
        req.vulnerability_ids = n
            .vulnerability_ids
            .into_iter()
            .map(|v| types::VulnerabilityIdRequest {
                vulnerability_id: v,
            })
            .collect();
        req.tags = n.tags;
        req.date = n.date;
        req
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn build_requires_url_and_token_and_hides_the_token() {
        let err = DefectDojo::builder().token("k").build().unwrap_err();
        assert!(err.to_string().contains("DD_URL"), "{err}");
        let err = DefectDojo::builder()
            .url("http://127.0.0.1:1")
            .build()
            .unwrap_err();
        assert!(err.to_string().contains("DD_API_KEY"), "{err}");
        let dd = DefectDojo::builder()
            .url("http://127.0.0.1:1/api/v2/")
            .token("tok-secret-123")
            .build()
            .unwrap();
        assert_eq!(dd.core().base().as_str(), "http://127.0.0.1:1/");
        let dbg = format!("{dd:?} {:?}", dd.core());
        assert!(!dbg.contains("tok-secret-123"), "{dbg}");
    }

    #[test]
    fn numerical_severities() {
        assert_eq!(numerical_severity(Severity::Critical), "S0");
        assert_eq!(numerical_severity(Severity::Info), "S4");
    }
}
