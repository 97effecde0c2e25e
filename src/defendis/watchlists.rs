//! Watchlists: the workspace's authorisation scope.
//!
//! [`Watchlists`] lists, creates, updates and batch-deletes watchlists and
//! reads their stats and quotas; [`WatchlistEntries`] does the same for the
//! entries of one [`WatchlistKind`] (`assets`, `domain`, `bin`, `executive`,
//! `keyword`, `ransom`). Adding an entry past a workspace quota gives
//! [`ApiErrorKind::QuotaReached`](crate::ApiErrorKind::QuotaReached).

use std::fmt;
use std::str::FromStr;

use serde_json::{Map, Value};

use super::generated::types;
use super::list::{list_fetch, Endpoint, List, Needs, Query};
use super::{check_bin, check_domain, check_email, check_id, check_text, Defendis};
use crate::error::{Error, Result};

/// The kinds of per-kind watchlists.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum WatchlistKind {
    /// IP addresses, hosts and other assets (`/watchlists/assets`).
    Assets,
    /// Domains (`/watchlists/domain`): the scope of Dataleaks and Exposure queries.
    Domain,
    /// Payment-card BINs (`/watchlists/bin`).
    Bin,
    /// Executives (`/watchlists/executive`).
    Executive,
    /// Keywords (`/watchlists/keyword`).
    Keyword,
    /// Ransomware watch terms (`/watchlists/ransom`).
    Ransom,
}

impl WatchlistKind {
    /// Every kind, in the vendor's order.
    pub const ALL: [WatchlistKind; 6] = [
        WatchlistKind::Assets,
        WatchlistKind::Domain,
        WatchlistKind::Bin,
        WatchlistKind::Executive,
        WatchlistKind::Keyword,
        WatchlistKind::Ransom,
    ];

    /// The path segment (`assets`, `domain`, ...).
    pub fn as_str(self) -> &'static str {
        match self {
            WatchlistKind::Assets => "assets",
            WatchlistKind::Domain => "domain",
            WatchlistKind::Bin => "bin",
            WatchlistKind::Executive => "executive",
            WatchlistKind::Keyword => "keyword",
            WatchlistKind::Ransom => "ransom",
        }
    }

    /// Checks a value for this kind (a domain, a BIN, non-empty text).
    pub fn check_value(self, value: &str) -> Result<()> {
        match self {
            WatchlistKind::Domain => check_domain(value),
            WatchlistKind::Bin => check_bin(value),
            WatchlistKind::Executive if value.contains('@') => check_email(value),
            _ => check_text(&format!("{} value", self.as_str()), value),
        }
    }
}

impl fmt::Display for WatchlistKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for WatchlistKind {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self> {
        WatchlistKind::ALL
            .into_iter()
            .find(|k| k.as_str().eq_ignore_ascii_case(s.trim()))
            .ok_or_else(|| {
                Error::invalid_input(format!(
                    "Defendis: unknown watchlist kind {s:?}: use assets, domain, bin, executive, keyword or ransom"
                ))
            })
    }
}

fn check_ids<I, S>(ids: I) -> Result<Vec<String>>
where
    I: IntoIterator<Item = S>,
    S: Into<String>,
{
    let ids: Vec<String> = ids.into_iter().map(Into::into).collect();
    if ids.is_empty() {
        return Err(Error::invalid_input(
            "Defendis: a batch delete needs at least one id",
        ));
    }
    for id in &ids {
        check_id("entry", id)?;
    }
    Ok(ids)
}

list_fetch!(fetch_watchlists, list_watchlists, types::Watchlist; search, sort);

/// Watchlists (see [`Defendis::watchlists`]).
#[derive(Debug, Clone)]
pub struct Watchlists {
    client: Defendis,
}

impl Watchlists {
    pub(crate) fn new(client: Defendis) -> Self {
        Watchlists { client }
    }

    /// `GET /api/v1/watchlists` as a paged list.
    pub fn list(&self) -> List<types::Watchlist> {
        List::new(
            self.client.clone(),
            Endpoint {
                name: "watchlists",
                fetch: fetch_watchlists,
                needs: Needs::Nothing,
                window: false,
                watchlist: false,
            },
            Query::default(),
        )
    }

    /// `POST /api/v1/watchlists/create`.
    pub fn create(&self, name: impl Into<String>) -> CreateWatchlist {
        CreateWatchlist {
            client: self.client.clone(),
            name: name.into(),
            description: None,
            extra: Map::new(),
        }
    }

    /// `PUT /api/v1/watchlists/{id}`.
    pub fn update(&self, id: impl Into<String>) -> UpdateWatchlist {
        UpdateWatchlist {
            client: self.client.clone(),
            id: id.into(),
            name: None,
            description: None,
            extra: Map::new(),
        }
    }

    /// `POST /api/v1/watchlists/delete` (`{ids:[..]}`): deletes watchlists
    /// (and their entries); returns how many were deleted.
    pub async fn delete<I, S>(&self, ids: I) -> Result<u64>
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        let body = types::DeleteRequest {
            ids: check_ids(ids)?,
        };
        let c = &self.client;
        let out = c
            .call(c.api().delete_watchlists().body(body.clone()).send())
            .await?;
        Ok(u64::try_from(out.data.count).unwrap_or(0))
    }

    /// `GET /api/v1/watchlists/stats`: counts per kind and quota usage.
    pub async fn stats(&self) -> Result<types::WatchlistStats> {
        let c = &self.client;
        let out = c.call(c.api().get_watchlist_stats().send()).await?;
        Ok(out.data)
    }
}

/// A watchlist to create (see [`Watchlists::create`]).
#[derive(Debug)]
#[must_use = "call .send().await"]
pub struct CreateWatchlist {
    client: Defendis,
    name: String,
    description: Option<String>,
    extra: Map<String, Value>,
}

impl CreateWatchlist {
    /// A description.
    pub fn description(mut self, text: impl Into<String>) -> Self {
        self.description = Some(text.into());
        self
    }

    /// Any other body field the API takes.
    pub fn field(mut self, key: impl Into<String>, value: impl Into<Value>) -> Self {
        self.extra.insert(key.into(), value.into());
        self
    }

    /// Sends the request (not retried except on 429: a create is not idempotent).
    pub async fn send(self) -> Result<types::Watchlist> {
        check_text("watchlist name", &self.name)?;
        let body = types::WatchlistCreate {
            name: self.name,
            description: self.description,
            extra: self.extra,
        };
        let c = &self.client;
        let out = c
            .call(c.api().create_watchlist().body(body.clone()).send())
            .await?;
        Ok(out.data)
    }
}

/// Changes to a watchlist (see [`Watchlists::update`]).
#[derive(Debug)]
#[must_use = "call .send().await"]
pub struct UpdateWatchlist {
    client: Defendis,
    id: String,
    name: Option<String>,
    description: Option<String>,
    extra: Map<String, Value>,
}

impl UpdateWatchlist {
    /// A new name.
    pub fn name(mut self, name: impl Into<String>) -> Self {
        self.name = Some(name.into());
        self
    }

    /// A new description.
    pub fn description(mut self, text: impl Into<String>) -> Self {
        self.description = Some(text.into());
        self
    }

    /// Any other body field the API takes.
    pub fn field(mut self, key: impl Into<String>, value: impl Into<Value>) -> Self {
        self.extra.insert(key.into(), value.into());
        self
    }

    /// Sends the request (a PUT: retried like a GET).
    pub async fn send(self) -> Result<types::Watchlist> {
        check_id("watchlist", &self.id)?;
        if let Some(n) = &self.name {
            check_text("watchlist name", n)?;
        }
        if self.name.is_none() && self.description.is_none() && self.extra.is_empty() {
            return Err(Error::invalid_input(
                "Defendis: nothing to update: set a name, a description or a field",
            ));
        }
        let body = types::WatchlistUpdate {
            name: self.name,
            description: self.description,
            extra: self.extra,
        };
        let c = &self.client;
        let id = self.id.as_str();
        let out = c
            .call(c.api().update_watchlist().id(id).body(body.clone()).send())
            .await?;
        Ok(out.data)
    }
}

list_fetch!(fetch_assets, list_asset_watchlist, types::WatchlistEntry; search, sort, watchlist);
list_fetch!(fetch_domain, list_domain_watchlist, types::WatchlistEntry; search, sort, watchlist);
list_fetch!(fetch_bin, list_bin_watchlist, types::WatchlistEntry; search, sort, watchlist);
list_fetch!(fetch_executive, list_executive_watchlist, types::WatchlistEntry; search, sort, watchlist);
list_fetch!(fetch_keyword, list_keyword_watchlist, types::WatchlistEntry; search, sort, watchlist);
list_fetch!(fetch_ransom, list_ransom_watchlist, types::WatchlistEntry; search, sort, watchlist);

/// Runs one generated per-kind call (`$op_<kind>`) through [`Defendis::call`].
macro_rules! per_kind {
    ($kind:expr, $c:expr, $idempotent:expr, |$b:ident| $build:expr,
     [$assets:ident, $domain:ident, $bin:ident, $executive:ident, $keyword:ident, $ransom:ident]) => {
        match $kind {
            WatchlistKind::Assets => per_kind!(@call $c, $idempotent, $assets, |$b| $build),
            WatchlistKind::Domain => per_kind!(@call $c, $idempotent, $domain, |$b| $build),
            WatchlistKind::Bin => per_kind!(@call $c, $idempotent, $bin, |$b| $build),
            WatchlistKind::Executive => per_kind!(@call $c, $idempotent, $executive, |$b| $build),
            WatchlistKind::Keyword => per_kind!(@call $c, $idempotent, $keyword, |$b| $build),
            WatchlistKind::Ransom => per_kind!(@call $c, $idempotent, $ransom, |$b| $build),
        }
    };
    (@call $c:expr, $idempotent:expr, $op:ident, |$b:ident| $build:expr) => {
        $c.call({
            let $b = $c.api().$op();
            $build.send()
        })
        .await
    };
}

/// The entries of one kind of watchlist (see [`Defendis::watchlist_entries`]).
#[derive(Debug, Clone)]
pub struct WatchlistEntries {
    client: Defendis,
    kind: WatchlistKind,
}

impl WatchlistEntries {
    pub(crate) fn new(client: Defendis, kind: WatchlistKind) -> Self {
        WatchlistEntries { client, kind }
    }

    /// The kind.
    pub fn kind(&self) -> WatchlistKind {
        self.kind
    }

    /// `GET /api/v1/watchlists/<kind>` as a paged list (filter with
    /// [`List::watchlist_id`], [`List::search`], ...).
    pub fn list(&self) -> List<types::WatchlistEntry> {
        let (name, fetch): (&'static str, super::list::FetchFn<types::WatchlistEntry>) =
            match self.kind {
                WatchlistKind::Assets => ("watchlists/assets", fetch_assets),
                WatchlistKind::Domain => ("watchlists/domain", fetch_domain),
                WatchlistKind::Bin => ("watchlists/bin", fetch_bin),
                WatchlistKind::Executive => ("watchlists/executive", fetch_executive),
                WatchlistKind::Keyword => ("watchlists/keyword", fetch_keyword),
                WatchlistKind::Ransom => ("watchlists/ransom", fetch_ransom),
            };
        List::new(
            self.client.clone(),
            Endpoint {
                name,
                fetch,
                needs: Needs::Nothing,
                window: false,
                watchlist: true,
            },
            Query::default(),
        )
    }

    /// `POST /api/v1/watchlists/<kind>`: adds `value` to the watchlist `watchlist_id`.
    pub fn add(&self, watchlist_id: impl Into<String>, value: impl Into<String>) -> AddEntry {
        AddEntry {
            client: self.client.clone(),
            kind: self.kind,
            watchlist_id: watchlist_id.into(),
            value: value.into(),
            description: None,
            extra: Map::new(),
        }
    }

    /// `PUT /api/v1/watchlists/<kind>/{id}`.
    pub fn update(&self, id: impl Into<String>) -> UpdateEntry {
        UpdateEntry {
            client: self.client.clone(),
            kind: self.kind,
            id: id.into(),
            value: None,
            description: None,
            extra: Map::new(),
        }
    }

    /// `POST /api/v1/watchlists/<kind>/delete` (`{ids:[..]}`); returns how many were deleted.
    pub async fn delete<I, S>(&self, ids: I) -> Result<u64>
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        let body = types::DeleteRequest {
            ids: check_ids(ids)?,
        };
        let c = &self.client;
        let out = per_kind!(
            self.kind,
            c,
            false,
            |b| b.body(body.clone()),
            [
                delete_asset_watchlist_entries,
                delete_domain_watchlist_entries,
                delete_bin_watchlist_entries,
                delete_executive_watchlist_entries,
                delete_keyword_watchlist_entries,
                delete_ransom_watchlist_entries
            ]
        )?;
        Ok(u64::try_from(out.data.count).unwrap_or(0))
    }
}

/// An entry to add (see [`WatchlistEntries::add`]).
#[derive(Debug)]
#[must_use = "call .send().await"]
pub struct AddEntry {
    client: Defendis,
    kind: WatchlistKind,
    watchlist_id: String,
    value: String,
    description: Option<String>,
    extra: Map<String, Value>,
}

impl AddEntry {
    /// A description.
    pub fn description(mut self, text: impl Into<String>) -> Self {
        self.description = Some(text.into());
        self
    }

    /// Any other body field the API takes.
    pub fn field(mut self, key: impl Into<String>, value: impl Into<Value>) -> Self {
        self.extra.insert(key.into(), value.into());
        self
    }

    /// Sends the request (not retried except on 429). A full quota gives
    /// [`ApiErrorKind::QuotaReached`](crate::ApiErrorKind::QuotaReached).
    pub async fn send(self) -> Result<types::WatchlistEntry> {
        check_id("watchlist", &self.watchlist_id)?;
        self.kind.check_value(&self.value)?;
        let body = types::WatchlistEntryCreate {
            watchlist_id: self.watchlist_id,
            value: self.value,
            description: self.description,
            extra: self.extra,
        };
        let c = &self.client;
        let out = per_kind!(
            self.kind,
            c,
            false,
            |b| b.body(body.clone()),
            [
                add_asset_watchlist_entry,
                add_domain_watchlist_entry,
                add_bin_watchlist_entry,
                add_executive_watchlist_entry,
                add_keyword_watchlist_entry,
                add_ransom_watchlist_entry
            ]
        )?;
        Ok(out.data)
    }
}

/// Changes to an entry (see [`WatchlistEntries::update`]).
#[derive(Debug)]
#[must_use = "call .send().await"]
pub struct UpdateEntry {
    client: Defendis,
    kind: WatchlistKind,
    id: String,
    value: Option<String>,
    description: Option<String>,
    extra: Map<String, Value>,
}

impl UpdateEntry {
    /// A new value.
    pub fn value(mut self, value: impl Into<String>) -> Self {
        self.value = Some(value.into());
        self
    }

    /// A new description.
    pub fn description(mut self, text: impl Into<String>) -> Self {
        self.description = Some(text.into());
        self
    }

    /// Any other body field the API takes.
    pub fn field(mut self, key: impl Into<String>, value: impl Into<Value>) -> Self {
        self.extra.insert(key.into(), value.into());
        self
    }

    /// Sends the request (a PUT: retried like a GET).
    pub async fn send(self) -> Result<types::WatchlistEntry> {
        check_id("entry", &self.id)?;
        if let Some(v) = &self.value {
            self.kind.check_value(v)?;
        }
        if self.value.is_none() && self.description.is_none() && self.extra.is_empty() {
            return Err(Error::invalid_input(
                "Defendis: nothing to update: set a value, a description or a field",
            ));
        }
        let body = types::WatchlistEntryUpdate {
            value: self.value,
            description: self.description,
            extra: self.extra,
        };
        let c = &self.client;
        let id = self.id.as_str();
        let out = per_kind!(
            self.kind,
            c,
            true,
            |b| b.id(id).body(body.clone()),
            [
                update_asset_watchlist_entry,
                update_domain_watchlist_entry,
                update_bin_watchlist_entry,
                update_executive_watchlist_entry,
                update_keyword_watchlist_entry,
                update_ransom_watchlist_entry
            ]
        )?;
        Ok(out.data)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_round_trip_and_check_values() {
        for k in WatchlistKind::ALL {
            assert_eq!(k.as_str().parse::<WatchlistKind>().unwrap(), k);
        }
        assert!("domains".parse::<WatchlistKind>().is_err());
        assert!(WatchlistKind::Domain.check_value("example.com").is_ok());
        assert!(WatchlistKind::Domain.check_value("not a domain").is_err());
        assert!(WatchlistKind::Bin.check_value("4571").is_err());
        assert!(WatchlistKind::Keyword.check_value(" ").is_err());
        assert!(WatchlistKind::Executive.check_value("jane@").is_err());
        assert!(WatchlistKind::Executive.check_value("Jane Doe").is_ok());
    }

    #[test]
    fn batch_delete_needs_ids() {
        assert!(check_ids(Vec::<String>::new()).is_err());
        assert!(check_ids(["a", ""]).is_err());
        assert_eq!(check_ids(["a", "b"]).unwrap(), vec!["a", "b"]);
    }
}
