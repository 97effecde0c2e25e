//! Get-or-create of the context a CI pipeline imports into: product type →
//! product → engagement, by name.
//!
//! Names are compared exactly (the list filters are used to narrow the search,
//! whatever their matching rule on a given server). When two pipelines race to
//! create the same product type or product, the loser's create is refused by
//! the server's uniqueness check; the helper then looks the name up again and
//! uses the winner's record.

use chrono::{Days, NaiveDate, Utc};

use super::types::{self, EngagementStatus, EngagementType};
use super::DefectDojo;
use crate::error::{ApiErrorKind, Error, Result};

/// What [`DefectDojo::ensure_context`] finds or creates.
///
/// ```
/// use secops::defectdojo::ContextSpec;
/// let spec = ContextSpec::new("Web Applications", "Shop", "CI main")
///     .build_id("1234")
///     .commit_hash("9f1c2e")
///     .branch_tag("main");
/// assert_eq!(spec.engagement, "CI main");
/// ```
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ContextSpec {
    /// Product type name.
    pub product_type: String,
    /// Product name.
    pub product: String,
    /// Engagement name (within the product).
    pub engagement: String,
    /// Description of a created product (DefectDojo requires one).
    pub product_description: String,
    /// Type of a created engagement (default `CI/CD`).
    pub engagement_type: EngagementType,
    /// Status of a created engagement (default `In Progress`).
    pub engagement_status: EngagementStatus,
    /// Start of a created engagement (default today, UTC).
    pub target_start: Option<NaiveDate>,
    /// End of a created engagement (default start + 365 days).
    pub target_end: Option<NaiveDate>,
    /// Build id of a created engagement.
    pub build_id: Option<String>,
    /// Commit hash of a created engagement.
    pub commit_hash: Option<String>,
    /// Branch or tag of a created engagement.
    pub branch_tag: Option<String>,
}

impl ContextSpec {
    /// Product type, product and engagement names.
    pub fn new(
        product_type: impl Into<String>,
        product: impl Into<String>,
        engagement: impl Into<String>,
    ) -> Self {
        ContextSpec {
            product_type: product_type.into(),
            product: product.into(),
            engagement: engagement.into(),
            product_description: "Created by secops".into(),
            engagement_type: EngagementType::CiCd,
            engagement_status: EngagementStatus::InProgress,
            target_start: None,
            target_end: None,
            build_id: None,
            commit_hash: None,
            branch_tag: None,
        }
    }

    /// Description of a created product.
    pub fn product_description(mut self, v: impl Into<String>) -> Self {
        self.product_description = v.into();
        self
    }
    /// Type of a created engagement.
    pub fn engagement_type(mut self, v: EngagementType) -> Self {
        self.engagement_type = v;
        self
    }
    /// Status of a created engagement.
    pub fn engagement_status(mut self, v: EngagementStatus) -> Self {
        self.engagement_status = v;
        self
    }
    /// Dates of a created engagement.
    pub fn dates(mut self, start: NaiveDate, end: NaiveDate) -> Self {
        self.target_start = Some(start);
        self.target_end = Some(end);
        self
    }
    /// Build id of a created engagement.
    pub fn build_id(mut self, v: impl Into<String>) -> Self {
        self.build_id = Some(v.into());
        self
    }
    /// Commit hash of a created engagement.
    pub fn commit_hash(mut self, v: impl Into<String>) -> Self {
        self.commit_hash = Some(v.into());
        self
    }
    /// Branch or tag of a created engagement.
    pub fn branch_tag(mut self, v: impl Into<String>) -> Self {
        self.branch_tag = Some(v.into());
        self
    }

    fn check(&self) -> Result<(NaiveDate, NaiveDate)> {
        for (what, v) in [
            ("product type", &self.product_type),
            ("product", &self.product),
            ("engagement", &self.engagement),
            ("product description", &self.product_description),
        ] {
            if v.trim().is_empty() {
                return Err(Error::invalid_input(format!(
                    "DefectDojo ensure_context: the {what} name is empty"
                )));
            }
        }
        let start = self.target_start.unwrap_or_else(|| Utc::now().date_naive());
        let end = match self.target_end {
            Some(e) => e,
            None => start.checked_add_days(Days::new(365)).unwrap_or(start),
        };
        if end < start {
            return Err(Error::invalid_input(format!(
                "DefectDojo ensure_context: the engagement ends ({end}) before it starts ({start})"
            )));
        }
        Ok((start, end))
    }
}

/// The ids [`DefectDojo::ensure_context`] resolved, and what it created.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct Context {
    /// Product type id.
    pub product_type_id: i64,
    /// Product id.
    pub product_id: i64,
    /// Engagement id.
    pub engagement_id: i64,
    /// Whether the product type was created by this call.
    pub created_product_type: bool,
    /// Whether the product was created by this call.
    pub created_product: bool,
    /// Whether the engagement was created by this call.
    pub created_engagement: bool,
}

/// Whether a create failed because the name is taken (a concurrent create won).
fn name_taken(e: &Error) -> bool {
    matches!(e.api_kind(), Some(ApiErrorKind::Validation { fields }) if fields.contains_key("name"))
}

impl DefectDojo {
    /// Finds the product type, product and engagement by name, creating
    /// whatever is missing, and returns their ids.
    ///
    /// ```no_run
    /// # async fn demo(dd: secops::defectdojo::DefectDojo) -> secops::Result<()> {
    /// use secops::defectdojo::{ContextSpec, ImportOptions, ScanType};
    /// let ctx = dd.ensure_context(ContextSpec::new("Web", "Shop", "CI main")).await?;
    /// dd.import_scan(ImportOptions::new(ScanType::SEMGREP, "semgrep.json").engagement(ctx.engagement_id))
    ///     .await?;
    /// # Ok(()) }
    /// ```
    pub async fn ensure_context(&self, spec: ContextSpec) -> Result<Context> {
        let (start, end) = spec.check()?;

        let (product_type_id, created_product_type) =
            match self.find_product_type(&spec.product_type).await? {
                Some(id) => (id, false),
                None => {
                    let body = types::ProductTypeRequest {
                        name: spec.product_type.clone(),
                        description: None,
                        critical_product: None,
                        key_product: None,
                    };
                    match self.create_product_type(body).await {
                        Ok(pt) => (pt.id, true),
                        Err(e) if name_taken(&e) => {
                            match self.find_product_type(&spec.product_type).await? {
                                Some(id) => (id, false),
                                None => return Err(e),
                            }
                        }
                        Err(e) => return Err(e),
                    }
                }
            };

        let (product_id, created_product) = match self.find_product(&spec.product).await? {
            Some(p) => {
                if p.1 != Some(product_type_id) {
                    tracing::warn!(
                        product = spec.product.as_str(),
                        "the product exists under another product type; using it as it is"
                    );
                }
                (p.0, false)
            }
            None => {
                let body = types::ProductRequest::builder()
                    .name(spec.product.clone())
                    .description(spec.product_description.clone())
                    .prod_type(product_type_id);
                match self.create_product(body).await {
                    Ok(p) => (p.id, true),
                    Err(e) if name_taken(&e) => match self.find_product(&spec.product).await? {
                        Some(p) => (p.0, false),
                        None => return Err(e),
                    },
                    Err(e) => return Err(e),
                }
            }
        };

        let (engagement_id, created_engagement) = match self
            .find_engagement(product_id, &spec.engagement)
            .await?
        {
            Some(id) => (id, false),
            None => {
                let mut body: types::EngagementRequest = types::EngagementRequest::builder()
                    .name(Some(spec.engagement.clone()))
                    .product(product_id)
                    .target_start(start)
                    .target_end(end)
                    .try_into()
                    .map_err(|e| Error::invalid_input(format!("DefectDojo ensure_context: {e}")))?;
                body.engagement_type = Some(spec.engagement_type);
                body.status = Some(spec.engagement_status);
                body.build_id = spec.build_id.clone();
                body.commit_hash = spec.commit_hash.clone();
                body.branch_tag = spec.branch_tag.clone();
                let e = self.create_engagement(body).await?;
                (e.id, true)
            }
        };

        Ok(Context {
            product_type_id,
            product_id,
            engagement_id,
            created_product_type,
            created_product,
            created_engagement,
        })
    }

    async fn find_product_type(&self, name: &str) -> Result<Option<i64>> {
        let all = self.product_types().name(name).all().await?;
        Ok(all
            .into_iter()
            .find(|pt| pt.name.as_deref() == Some(name))
            .map(|pt| pt.id))
    }

    /// The product's id and product type.
    async fn find_product(&self, name: &str) -> Result<Option<(i64, Option<i64>)>> {
        let all = self.products().name_exact(name).all().await?;
        Ok(all
            .into_iter()
            .find(|p| p.name.as_deref() == Some(name))
            .map(|p| (p.id, p.prod_type)))
    }

    async fn find_engagement(&self, product: i64, name: &str) -> Result<Option<i64>> {
        let all = self.engagements().product(product).name(name).all().await?;
        Ok(all
            .into_iter()
            .filter(|e| e.name.as_deref() == Some(name))
            .min_by_key(|e| e.id)
            .map(|e| e.id))
    }
}
