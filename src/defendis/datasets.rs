//! Datasets: Dataleaks (confirmed), Exposure and Ransomware (inferred paths).

use std::fmt;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::generated::types;
use super::list::{list_fetch, Endpoint, List, Needs, Query, Scope};
use super::window::{check_order, DateWindow};
use super::{check_id, Defendis};
use crate::error::Result;

list_fetch!(fetch_credentials, list_leaked_credentials, types::LeakedCredential;
    domain, search, sort, window, watchlist);
list_fetch!(fetch_credentials_by_email, list_leaked_credentials_by_email, types::LeakedCredential;
    email, search, sort, window, watchlist);
list_fetch!(fetch_documents, list_leaked_documents, types::LeakedDocument;
    domain, search, sort, window, watchlist);
list_fetch!(fetch_payment_cards, list_leaked_payment_cards, types::LeakedPaymentCard;
    bin, search, sort, window, watchlist);
list_fetch!(fetch_exposure_assets, list_exposure_assets, types::ExposureAsset;
    domain, search, sort, window, watchlist);
list_fetch!(fetch_ransomware_victims, list_ransomware_victims, types::RansomwareVictim;
    group, keyword, search, sort, window, watchlist);

fn dataset_list<T>(
    client: &Defendis,
    name: &'static str,
    fetch: super::list::FetchFn<T>,
    needs: Needs,
    scope: Option<Scope>,
) -> List<T>
where
    T: serde::de::DeserializeOwned + Send + 'static,
{
    List::new(
        client.clone(),
        Endpoint {
            name,
            fetch,
            needs,
            window: true,
            watchlist: true,
        },
        Query {
            scope,
            ..Query::default()
        },
    )
}

/// Dataleaks (see [`Defendis::dataleaks`]). Every query must stay within the
/// workspace's watchlist scope, else the service answers 403
/// ([`ApiErrorKind::OutOfScope`](crate::ApiErrorKind::OutOfScope)).
#[derive(Debug, Clone)]
pub struct Dataleaks {
    client: Defendis,
}

impl Dataleaks {
    pub(crate) fn new(client: Defendis) -> Self {
        Dataleaks { client }
    }

    /// `GET /api/v1/dataleaks/credentials?domain=`: leaked credentials of a watched domain.
    pub fn credentials(&self, domain: impl Into<String>) -> List<types::LeakedCredential> {
        dataset_list(
            &self.client,
            "dataleaks/credentials",
            fetch_credentials,
            Needs::Domain,
            Some(Scope::Domain(domain.into())),
        )
    }

    /// `GET /api/v1/dataleaks/credentials/email?email=`: leaked credentials of an address.
    pub fn credentials_by_email(&self, email: impl Into<String>) -> List<types::LeakedCredential> {
        dataset_list(
            &self.client,
            "dataleaks/credentials/email",
            fetch_credentials_by_email,
            Needs::Email,
            Some(Scope::Email(email.into())),
        )
    }

    /// `GET /api/v1/dataleaks/documents?domain=`: leaked documents of a watched domain.
    pub fn documents(&self, domain: impl Into<String>) -> List<types::LeakedDocument> {
        dataset_list(
            &self.client,
            "dataleaks/documents",
            fetch_documents,
            Needs::Domain,
            Some(Scope::Domain(domain.into())),
        )
    }

    /// `GET /api/v1/dataleaks/paymentcards/bins?bin=`: leaked cards of a watched BIN.
    pub fn payment_cards(&self, bin: impl Into<String>) -> List<types::LeakedPaymentCard> {
        dataset_list(
            &self.client,
            "dataleaks/paymentcards/bins",
            fetch_payment_cards,
            Needs::Bin,
            Some(Scope::Bin(bin.into())),
        )
    }

    /// `GET /api/v1/dataleaks/stats?domain=`: counts for a watched domain.
    pub fn stats(&self, domain: impl Into<String>) -> StatsRequest {
        StatsRequest {
            client: self.client.clone(),
            domain: domain.into(),
            from: None,
            to: None,
            watchlist_id: None,
        }
    }
}

/// A Dataleaks stats request (see [`Dataleaks::stats`]).
#[derive(Debug)]
#[must_use = "call .send().await"]
pub struct StatsRequest {
    client: Defendis,
    domain: String,
    from: Option<NaiveDate>,
    to: Option<NaiveDate>,
    watchlist_id: Option<String>,
}

impl StatsRequest {
    /// Counts within `[from, to)` only.
    pub fn window(mut self, window: DateWindow) -> Self {
        self.from = Some(window.from());
        self.to = Some(window.to());
        self
    }

    /// Counts from `day` (inclusive).
    pub fn from_date(mut self, day: NaiveDate) -> Self {
        self.from = Some(day);
        self
    }

    /// Counts before `day` (exclusive).
    pub fn to_date(mut self, day: NaiveDate) -> Self {
        self.to = Some(day);
        self
    }

    /// Within one watchlist's scope.
    pub fn watchlist_id(mut self, id: impl Into<String>) -> Self {
        self.watchlist_id = Some(id.into());
        self
    }

    /// Sends the request.
    pub async fn send(self) -> Result<types::DataleaksStats> {
        super::check_domain(&self.domain)?;
        check_order(self.from, self.to)?;
        if let Some(w) = &self.watchlist_id {
            check_id("watchlist", w)?;
        }
        let c = &self.client;
        let out = c
            .call({
                let mut b = c.api().get_dataleaks_stats().domain(self.domain.as_str());
                if let Some(d) = self.from {
                    b = b.from_date(d);
                }
                if let Some(d) = self.to {
                    b = b.to_date(d);
                }
                if let Some(w) = &self.watchlist_id {
                    b = b.watchlistid(w.as_str());
                }
                b.send()
            })
            .await?;
        Ok(out.data)
    }
}

/// Exposure (see [`Defendis::exposure`]). **Inferred**: the vendor does not
/// publish these paths; this follows its documented conventions.
#[derive(Debug, Clone)]
pub struct Exposure {
    client: Defendis,
}

impl Exposure {
    pub(crate) fn new(client: Defendis) -> Self {
        Exposure { client }
    }

    /// `GET /api/v1/exposure/assets?domain=` (inferred): exposed assets of a watched domain.
    pub fn assets(&self, domain: impl Into<String>) -> List<types::ExposureAsset> {
        dataset_list(
            &self.client,
            "exposure/assets",
            fetch_exposure_assets,
            Needs::Domain,
            Some(Scope::Domain(domain.into())),
        )
    }
}

/// Ransomware (see [`Defendis::ransomware`]). **Inferred**: the vendor does
/// not publish these paths; this follows its documented conventions.
#[derive(Debug, Clone)]
pub struct Ransomware {
    client: Defendis,
}

impl Ransomware {
    pub(crate) fn new(client: Defendis) -> Self {
        Ransomware { client }
    }

    /// `GET /api/v1/ransomware/victims` (inferred): victims (leak-site posts);
    /// set a [`group`](List::group) and/or a watched [`keyword`](List::keyword).
    pub fn victims(&self) -> List<types::RansomwareVictim> {
        dataset_list(
            &self.client,
            "ransomware/victims",
            fetch_ransomware_victims,
            Needs::GroupOrKeyword,
            None,
        )
    }

    /// Victims posted by one group.
    pub fn by_group(&self, group: impl Into<String>) -> List<types::RansomwareVictim> {
        self.victims().group(group)
    }

    /// Victims matching a watched keyword (ransom or keyword watchlist).
    pub fn by_keyword(&self, keyword: impl Into<String>) -> List<types::RansomwareVictim> {
        self.victims().keyword(keyword)
    }
}

impl List<types::RansomwareVictim> {
    /// Only the victims of this ransomware group (`group`).
    pub fn group(mut self, group: impl Into<String>) -> Self {
        self.query_mut().group = Some(group.into());
        self
    }

    /// Only the victims matching this watched keyword (`keyword`).
    pub fn keyword(mut self, keyword: impl Into<String>) -> Self {
        self.query_mut().keyword = Some(keyword.into());
        self
    }
}

/// A dataset that [`Defendis::sync_dataset`] can ingest.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "dataset", rename_all = "snake_case")]
#[non_exhaustive]
pub enum Dataset {
    /// Leaked credentials of a watched domain.
    Credentials {
        /// The domain.
        domain: String,
    },
    /// Leaked credentials of an e-mail address.
    CredentialsByEmail {
        /// The address.
        email: String,
    },
    /// Leaked documents of a watched domain.
    Documents {
        /// The domain.
        domain: String,
    },
    /// Leaked payment cards of a watched BIN.
    PaymentCards {
        /// The BIN.
        bin: String,
    },
    /// Exposed assets of a watched domain (inferred path).
    ExposureAssets {
        /// The domain.
        domain: String,
    },
    /// Ransomware victims by group and/or watched keyword (inferred path).
    RansomwareVictims {
        /// A group name.
        group: Option<String>,
        /// A watched keyword.
        keyword: Option<String>,
    },
}

impl Dataset {
    /// Every dataset name [`Dataset::from_name`] accepts.
    pub const NAMES: [&'static str; 6] = [
        "credentials",
        "credentials-email",
        "documents",
        "paymentcards",
        "exposure",
        "ransomware",
    ];

    /// Leaked credentials of a watched `domain`.
    pub fn credentials(domain: impl Into<String>) -> Self {
        Dataset::Credentials {
            domain: domain.into(),
        }
    }

    /// Leaked credentials of an e-mail address.
    pub fn credentials_by_email(email: impl Into<String>) -> Self {
        Dataset::CredentialsByEmail {
            email: email.into(),
        }
    }

    /// Leaked documents of a watched `domain`.
    pub fn documents(domain: impl Into<String>) -> Self {
        Dataset::Documents {
            domain: domain.into(),
        }
    }

    /// Leaked payment cards of a watched BIN.
    pub fn payment_cards(bin: impl Into<String>) -> Self {
        Dataset::PaymentCards { bin: bin.into() }
    }

    /// Exposed assets of a watched `domain` (inferred path).
    pub fn exposure_assets(domain: impl Into<String>) -> Self {
        Dataset::ExposureAssets {
            domain: domain.into(),
        }
    }

    /// Ransomware victims of a group (inferred path).
    pub fn ransomware_group(group: impl Into<String>) -> Self {
        Dataset::RansomwareVictims {
            group: Some(group.into()),
            keyword: None,
        }
    }

    /// Ransomware victims matching a watched keyword (inferred path).
    pub fn ransomware_keyword(keyword: impl Into<String>) -> Self {
        Dataset::RansomwareVictims {
            group: None,
            keyword: Some(keyword.into()),
        }
    }

    /// A dataset by its short name (see [`Dataset::NAMES`]) and its scoped
    /// value (a domain, an e-mail, a BIN, or a ransomware group/keyword:
    /// `group:NAME` or `keyword:WORD`, a bare value being a keyword).
    pub fn from_name(name: &str, value: &str) -> Result<Self> {
        let v = value.to_string();
        Ok(match name.trim().to_ascii_lowercase().as_str() {
            "credentials" => Dataset::Credentials { domain: v },
            "credentials-email" | "credentials_email" | "email" => {
                Dataset::CredentialsByEmail { email: v }
            }
            "documents" => Dataset::Documents { domain: v },
            "paymentcards" | "payment-cards" | "payment_cards" | "bins" => {
                Dataset::PaymentCards { bin: v }
            }
            "exposure" | "exposure-assets" => Dataset::ExposureAssets { domain: v },
            "ransomware" | "ransomware-victims" => match value.split_once(':') {
                Some(("group", g)) => Dataset::RansomwareVictims {
                    group: Some(g.to_string()),
                    keyword: None,
                },
                Some(("keyword", k)) => Dataset::RansomwareVictims {
                    group: None,
                    keyword: Some(k.to_string()),
                },
                _ => Dataset::RansomwareVictims {
                    group: None,
                    keyword: Some(v),
                },
            },
            other => {
                return Err(crate::Error::invalid_input(format!(
                    "Defendis: unknown dataset {other:?}: use one of {}",
                    Dataset::NAMES.join(", ")
                )))
            }
        })
    }

    /// The endpoint name (`dataleaks/credentials`, ...), used in checkpoints.
    pub fn endpoint(&self) -> &'static str {
        match self {
            Dataset::Credentials { .. } => "dataleaks/credentials",
            Dataset::CredentialsByEmail { .. } => "dataleaks/credentials/email",
            Dataset::Documents { .. } => "dataleaks/documents",
            Dataset::PaymentCards { .. } => "dataleaks/paymentcards/bins",
            Dataset::ExposureAssets { .. } => "exposure/assets",
            Dataset::RansomwareVictims { .. } => "ransomware/victims",
        }
    }

    /// The request path.
    pub fn path(&self) -> String {
        format!("/api/v1/{}", self.endpoint())
    }

    /// Whether the path is inferred (not published by the vendor).
    pub fn is_inferred(&self) -> bool {
        matches!(
            self,
            Dataset::ExposureAssets { .. } | Dataset::RansomwareVictims { .. }
        )
    }

    pub(crate) fn needs(&self) -> Needs {
        match self {
            Dataset::Credentials { .. }
            | Dataset::Documents { .. }
            | Dataset::ExposureAssets { .. } => Needs::Domain,
            Dataset::CredentialsByEmail { .. } => Needs::Email,
            Dataset::PaymentCards { .. } => Needs::Bin,
            Dataset::RansomwareVictims { .. } => Needs::GroupOrKeyword,
        }
    }

    pub(crate) fn query(&self) -> Query {
        let mut q = Query::default();
        match self {
            Dataset::Credentials { domain }
            | Dataset::Documents { domain }
            | Dataset::ExposureAssets { domain } => q.scope = Some(Scope::Domain(domain.clone())),
            Dataset::CredentialsByEmail { email } => q.scope = Some(Scope::Email(email.clone())),
            Dataset::PaymentCards { bin } => q.scope = Some(Scope::Bin(bin.clone())),
            Dataset::RansomwareVictims { group, keyword } => {
                q.group = group.clone();
                q.keyword = keyword.clone();
            }
        }
        q
    }

    /// The scoped value, for names and logs (`example.com`, `group:akira`...).
    pub fn scope_value(&self) -> String {
        match self {
            Dataset::Credentials { domain }
            | Dataset::Documents { domain }
            | Dataset::ExposureAssets { domain } => domain.clone(),
            Dataset::CredentialsByEmail { email } => email.clone(),
            Dataset::PaymentCards { bin } => bin.clone(),
            Dataset::RansomwareVictims { group, keyword } => {
                let mut parts = Vec::new();
                if let Some(g) = group {
                    parts.push(format!("group:{g}"));
                }
                if let Some(k) = keyword {
                    parts.push(format!("keyword:{k}"));
                }
                parts.join(",")
            }
        }
    }
}

impl fmt::Display for Dataset {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} ({})", self.endpoint(), self.scope_value())
    }
}

impl<T: serde::de::DeserializeOwned + Send + 'static> List<T> {
    /// A raw list over a dataset's path (records decoded as `T`, e.g. raw JSON).
    pub(crate) fn for_dataset(client: Defendis, dataset: &Dataset) -> Self {
        List::raw_endpoint(
            client,
            &dataset.path(),
            dataset.endpoint(),
            dataset.needs(),
            dataset.query(),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_parse() {
        assert_eq!(
            Dataset::from_name("credentials", "example.com").unwrap(),
            Dataset::credentials("example.com")
        );
        assert_eq!(
            Dataset::from_name("ransomware", "group:akira").unwrap(),
            Dataset::RansomwareVictims {
                group: Some("akira".into()),
                keyword: None
            }
        );
        assert!(Dataset::from_name("nope", "x").is_err());
        for n in Dataset::NAMES {
            assert!(Dataset::from_name(n, "x").is_ok(), "{n}");
        }
        assert!(Dataset::from_name("exposure", "x").unwrap().is_inferred());
        assert_eq!(
            Dataset::from_name("paymentcards", "457173").unwrap().path(),
            "/api/v1/dataleaks/paymentcards/bins"
        );
    }
}
