// @generated from specs/defendis.yaml by build.rs (progenitor + prettyplease). Do not edit: change the spec and run `SECOPS_REGENERATE=1 cargo build`.
#[allow(unused_imports)]
pub use progenitor_client::{ByteStream, ClientInfo, Error, ResponseValue};
#[allow(unused_imports)]
use progenitor_client::{encode_path, ClientHooks, OperationInfo, RequestBuilderExt};
/// Types used as operation parameters and responses.
#[allow(clippy::all)]
pub mod types {
    ///A page of leaked credentials.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct CredentialList {
        pub data: ::std::vec::Vec<LeakedCredential>,
        pub paging: Paging,
    }
    impl CredentialList {
        pub fn builder() -> builder::CredentialList {
            Default::default()
        }
    }
    ///Dataleak counts for a domain (modelled loosely). INFERRED: the vendor does not document this body; the field names are assumed.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct DataleaksStats {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub credentials: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub documents: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub domain: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub emails: ::std::option::Option<i64>,
        #[serde(
            rename = "lastLeakDate",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub last_leak_date: ::std::option::Option<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl DataleaksStats {
        pub fn builder() -> builder::DataleaksStats {
            Default::default()
        }
    }
    ///`{data: DataleaksStats}`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct DataleaksStatsResponse {
        pub data: DataleaksStats,
    }
    impl DataleaksStatsResponse {
        pub fn builder() -> builder::DataleaksStatsResponse {
            Default::default()
        }
    }
    ///How many were deleted.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct DeleteCount {
        pub count: i64,
    }
    impl DeleteCount {
        pub fn builder() -> builder::DeleteCount {
            Default::default()
        }
    }
    ///Batch delete.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct DeleteRequest {
        pub ids: ::std::vec::Vec<::std::string::String>,
    }
    impl DeleteRequest {
        pub fn builder() -> builder::DeleteRequest {
            Default::default()
        }
    }
    ///`{data:{count}}`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct DeleteResponse {
        pub data: DeleteCount,
    }
    impl DeleteResponse {
        pub fn builder() -> builder::DeleteResponse {
            Default::default()
        }
    }
    ///A page of leaked documents.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct DocumentList {
        pub data: ::std::vec::Vec<LeakedDocument>,
        pub paging: Paging,
    }
    impl DocumentList {
        pub fn builder() -> builder::DocumentList {
            Default::default()
        }
    }
    ///Every error: `{error, message?}`, with the extra fields of billing (403) and quota (409) errors.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct Error {
        ///What went wrong (e.g. `Invalid or revoked API key`, `quota_domains_reached`).
        pub error: ::std::string::String,
        ///409 quota: the limit.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub limit: ::std::option::Option<i64>,
        ///Details, when given.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub message: ::std::option::Option<::std::string::String>,
        ///409 quota: the metric (`domains`, `keywords`, `bins`).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub metric: ::std::option::Option<::std::string::String>,
        ///403 billing: why access is denied (e.g. `payment_unpaid`).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub reason: ::std::option::Option<::std::string::String>,
        ///409 quota: how much the request asked for.
        #[serde(
            rename = "requestedIncrement",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub requested_increment: ::std::option::Option<i64>,
        ///403 billing: the billing status (e.g. `unpaid`).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<::std::string::String>,
        ///409 quota: how much is used.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub used: ::std::option::Option<i64>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl Error {
        pub fn builder() -> builder::Error {
            Default::default()
        }
    }
    ///An exposed asset. Modelled loosely; unmodelled fields kept. INFERRED: the Exposure records are not public; these field names are assumed.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ExposureAsset {
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub cves: ::std::vec::Vec<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub domain: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "firstSeen",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub first_seen: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub host: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub ip: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "lastSeen",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub last_seen: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub port: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub product: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub service: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub severity: ::std::option::Option<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl ExposureAsset {
        pub fn builder() -> builder::ExposureAsset {
            Default::default()
        }
    }
    ///A page of exposed assets.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ExposureAssetList {
        pub data: ::std::vec::Vec<ExposureAsset>,
        pub paging: Paging,
    }
    impl ExposureAssetList {
        pub fn builder() -> builder::ExposureAssetList {
            Default::default()
        }
    }
    ///`GET /health`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct Health {
        pub status: ::std::string::String,
    }
    impl Health {
        pub fn builder() -> builder::Health {
            Default::default()
        }
    }
    ///A leaked credential (sensitive: never log it). Modelled loosely; unmodelled fields kept. INFERRED: the vendor does not document record fields; these names are assumed.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct LeakedCredential {
        #[serde(
            rename = "discoveredAt",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub discovered_at: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub domain: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub email: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        ///When it leaked (`YYYY-MM-DD` or a timestamp).
        #[serde(
            rename = "leakDate",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub leak_date: ::std::option::Option<::std::string::String>,
        ///As the service gives it (often masked).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub password: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "passwordType",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub password_type: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub source: ::std::option::Option<::std::string::String>,
        ///Where the credential was used.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub url: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub username: ::std::option::Option<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl LeakedCredential {
        pub fn builder() -> builder::LeakedCredential {
            Default::default()
        }
    }
    ///A leaked document. Modelled loosely; unmodelled fields kept. INFERRED: the vendor does not document record fields; these names are assumed.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct LeakedDocument {
        #[serde(
            rename = "discoveredAt",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub discovered_at: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub domain: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "fileName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub file_name: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "fileType",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub file_type: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "leakDate",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub leak_date: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub size: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub source: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub url: ::std::option::Option<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl LeakedDocument {
        pub fn builder() -> builder::LeakedDocument {
            Default::default()
        }
    }
    ///A leaked payment card (sensitive). Modelled loosely; unmodelled fields kept. INFERRED: the vendor does not document record fields; these names are assumed.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct LeakedPaymentCard {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub bin: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub brand: ::std::option::Option<::std::string::String>,
        ///As the service gives it (usually masked).
        #[serde(
            rename = "cardNumber",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub card_number: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub country: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "discoveredAt",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub discovered_at: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub expiry: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub issuer: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "leakDate",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub leak_date: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub source: ::std::option::Option<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl LeakedPaymentCard {
        pub fn builder() -> builder::LeakedPaymentCard {
            Default::default()
        }
    }
    ///`ListLeakedPaymentCardsBin`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ListLeakedPaymentCardsBin(::std::string::String);
    impl ::std::ops::Deref for ListLeakedPaymentCardsBin {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ListLeakedPaymentCardsBin> for ::std::string::String {
        fn from(value: ListLeakedPaymentCardsBin) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ListLeakedPaymentCardsBin {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
            { ::regress::Regex::new("^[0-9]{6,8}$").unwrap() });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^[0-9]{6,8}$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for ListLeakedPaymentCardsBin {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ListLeakedPaymentCardsBin {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ListLeakedPaymentCardsBin {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///A non-empty string.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct NonEmptyString(::std::string::String);
    impl ::std::ops::Deref for NonEmptyString {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<NonEmptyString> for ::std::string::String {
        fn from(value: NonEmptyString) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for NonEmptyString {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for NonEmptyString {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for NonEmptyString {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for NonEmptyString {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///Page-number paging: continue until `hasMore` is false or `nextPage` is null.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct Paging {
        #[serde(rename = "currentPage")]
        pub current_page: i64,
        #[serde(rename = "hasMore")]
        pub has_more: bool,
        #[serde(
            rename = "nextPage",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub next_page: ::std::option::Option<::std::num::NonZeroU64>,
        #[serde(rename = "pageSize")]
        pub page_size: i64,
        #[serde(rename = "totalPages")]
        pub total_pages: i64,
        #[serde(rename = "totalRecords")]
        pub total_records: i64,
    }
    impl Paging {
        pub fn builder() -> builder::Paging {
            Default::default()
        }
    }
    ///A page of leaked payment cards.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct PaymentCardList {
        pub data: ::std::vec::Vec<LeakedPaymentCard>,
        pub paging: Paging,
    }
    impl PaymentCardList {
        pub fn builder() -> builder::PaymentCardList {
            Default::default()
        }
    }
    ///Usage of one quota. INFERRED: assumed from the 409 quota error's `used` and `limit`; the stats body is not documented.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct QuotaUsage {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub limit: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub used: ::std::option::Option<i64>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl QuotaUsage {
        pub fn builder() -> builder::QuotaUsage {
            Default::default()
        }
    }
    ///A ransomware victim / leak-site post. Modelled loosely; unmodelled fields kept. INFERRED: the Ransomware records are not public; these field names are assumed.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct RansomwareVictim {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub country: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "discoveredAt",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub discovered_at: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub domain: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub group: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "postUrl",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub post_url: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "publishedAt",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub published_at: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub sector: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub victim: ::std::option::Option<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl RansomwareVictim {
        pub fn builder() -> builder::RansomwareVictim {
            Default::default()
        }
    }
    ///A page of ransomware victims.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct RansomwareVictimList {
        pub data: ::std::vec::Vec<RansomwareVictim>,
        pub paging: Paging,
    }
    impl RansomwareVictimList {
        pub fn builder() -> builder::RansomwareVictimList {
            Default::default()
        }
    }
    ///Sort direction. INFERRED: the vendor names `sortOrder` but not its values; `asc` and `desc` are assumed.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    pub enum SortOrder {
        #[serde(rename = "asc")]
        Asc,
        #[serde(rename = "desc")]
        Desc,
    }
    impl ::std::fmt::Display for SortOrder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Asc => f.write_str("asc"),
                Self::Desc => f.write_str("desc"),
            }
        }
    }
    impl ::std::str::FromStr for SortOrder {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "asc" => Ok(Self::Asc),
                "desc" => Ok(Self::Desc),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for SortOrder {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for SortOrder {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///A watchlist, modelled loosely (unmodelled fields kept). INFERRED: the vendor does not document record fields; these names, and `id` being required, are assumed.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct Watchlist {
        ///Creation time as the service writes it.
        #[serde(
            rename = "createdAt",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub created_at: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        pub id: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        ///Last update time as the service writes it.
        #[serde(
            rename = "updatedAt",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub updated_at: ::std::option::Option<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl Watchlist {
        pub fn builder() -> builder::Watchlist {
            Default::default()
        }
    }
    ///A new watchlist. INFERRED: the vendor does not document write bodies; `{name, description?}` is assumed.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct WatchlistCreate {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        pub name: ::std::string::String,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl WatchlistCreate {
        pub fn builder() -> builder::WatchlistCreate {
            Default::default()
        }
    }
    ///An entry of a per-kind watchlist (domain, BIN, keyword...), modelled loosely. INFERRED: the vendor does not document record fields; these names, and `id` being required, are assumed.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct WatchlistEntry {
        #[serde(
            rename = "createdAt",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub created_at: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        pub id: ::std::string::String,
        ///The watchlist kind (`assets`, `domain`, `bin`, `executive`, `keyword`, `ransom`).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub kind: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "updatedAt",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub updated_at: ::std::option::Option<::std::string::String>,
        ///The watched value (a domain, a BIN, a keyword...).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub value: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "watchlistId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub watchlist_id: ::std::option::Option<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl WatchlistEntry {
        pub fn builder() -> builder::WatchlistEntry {
            Default::default()
        }
    }
    ///A new entry. INFERRED: the vendor does not document write bodies; `{watchlistId, value, description?}` is assumed.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct WatchlistEntryCreate {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        pub value: ::std::string::String,
        #[serde(rename = "watchlistId")]
        pub watchlist_id: ::std::string::String,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl WatchlistEntryCreate {
        pub fn builder() -> builder::WatchlistEntryCreate {
            Default::default()
        }
    }
    ///A page of watchlist entries.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct WatchlistEntryList {
        pub data: ::std::vec::Vec<WatchlistEntry>,
        pub paging: Paging,
    }
    impl WatchlistEntryList {
        pub fn builder() -> builder::WatchlistEntryList {
            Default::default()
        }
    }
    ///`{data: WatchlistEntry}`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct WatchlistEntryResponse {
        pub data: WatchlistEntry,
    }
    impl WatchlistEntryResponse {
        pub fn builder() -> builder::WatchlistEntryResponse {
            Default::default()
        }
    }
    ///Fields to change on an entry. INFERRED: the vendor does not document write bodies; `{value?, description?}` is assumed.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct WatchlistEntryUpdate {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub value: ::std::option::Option<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl WatchlistEntryUpdate {
        pub fn builder() -> builder::WatchlistEntryUpdate {
            Default::default()
        }
    }
    ///A page of watchlists.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct WatchlistList {
        pub data: ::std::vec::Vec<Watchlist>,
        pub paging: Paging,
    }
    impl WatchlistList {
        pub fn builder() -> builder::WatchlistList {
            Default::default()
        }
    }
    ///`{data: Watchlist}`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct WatchlistResponse {
        pub data: Watchlist,
    }
    impl WatchlistResponse {
        pub fn builder() -> builder::WatchlistResponse {
            Default::default()
        }
    }
    ///Watchlist counts and quotas (modelled loosely). INFERRED: the vendor does not document this body; the field names are assumed.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct WatchlistStats {
        ///Entries per kind.
        #[serde(
            default,
            skip_serializing_if = ":: std :: collections :: HashMap::is_empty"
        )]
        pub entries: ::std::collections::HashMap<::std::string::String, i64>,
        ///Quota usage per metric (`domains`, `keywords`, `bins`).
        #[serde(
            default,
            skip_serializing_if = ":: std :: collections :: HashMap::is_empty"
        )]
        pub quotas: ::std::collections::HashMap<::std::string::String, QuotaUsage>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub watchlists: ::std::option::Option<i64>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl WatchlistStats {
        pub fn builder() -> builder::WatchlistStats {
            Default::default()
        }
    }
    ///`{data: WatchlistStats}`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct WatchlistStatsResponse {
        pub data: WatchlistStats,
    }
    impl WatchlistStatsResponse {
        pub fn builder() -> builder::WatchlistStatsResponse {
            Default::default()
        }
    }
    ///Fields to change on a watchlist. INFERRED: the vendor does not document write bodies; `{name?, description?}` is assumed.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct WatchlistUpdate {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl WatchlistUpdate {
        pub fn builder() -> builder::WatchlistUpdate {
            Default::default()
        }
    }
    /// Types for composing complex structures.
    pub mod builder {
        #[derive(Clone, Debug)]
        pub struct CredentialList {
            data: ::std::result::Result<
                ::std::vec::Vec<super::LeakedCredential>,
                ::std::string::String,
            >,
            paging: ::std::result::Result<super::Paging, ::std::string::String>,
        }
        impl ::std::default::Default for CredentialList {
            fn default() -> Self {
                Self {
                    data: Err("no value supplied for data".to_string()),
                    paging: Err("no value supplied for paging".to_string()),
                }
            }
        }
        impl CredentialList {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::LeakedCredential>>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn paging<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Paging>,
                T::Error: ::std::fmt::Display,
            {
                self.paging = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for paging: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CredentialList> for super::CredentialList {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CredentialList,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    paging: value.paging?,
                })
            }
        }
        impl ::std::convert::From<super::CredentialList> for CredentialList {
            fn from(value: super::CredentialList) -> Self {
                Self {
                    data: Ok(value.data),
                    paging: Ok(value.paging),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct DataleaksStats {
            credentials: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            documents: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            domain: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            emails: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            last_leak_date: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for DataleaksStats {
            fn default() -> Self {
                Self {
                    credentials: Ok(Default::default()),
                    documents: Ok(Default::default()),
                    domain: Ok(Default::default()),
                    emails: Ok(Default::default()),
                    last_leak_date: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl DataleaksStats {
            pub fn credentials<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.credentials = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for credentials: {e}")
                    });
                self
            }
            pub fn documents<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.documents = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for documents: {e}")
                    });
                self
            }
            pub fn domain<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.domain = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for domain: {e}")
                    });
                self
            }
            pub fn emails<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.emails = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for emails: {e}")
                    });
                self
            }
            pub fn last_leak_date<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.last_leak_date = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for last_leak_date: {e}"
                        )
                    });
                self
            }
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<DataleaksStats> for super::DataleaksStats {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DataleaksStats,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    credentials: value.credentials?,
                    documents: value.documents?,
                    domain: value.domain?,
                    emails: value.emails?,
                    last_leak_date: value.last_leak_date?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::DataleaksStats> for DataleaksStats {
            fn from(value: super::DataleaksStats) -> Self {
                Self {
                    credentials: Ok(value.credentials),
                    documents: Ok(value.documents),
                    domain: Ok(value.domain),
                    emails: Ok(value.emails),
                    last_leak_date: Ok(value.last_leak_date),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct DataleaksStatsResponse {
            data: ::std::result::Result<super::DataleaksStats, ::std::string::String>,
        }
        impl ::std::default::Default for DataleaksStatsResponse {
            fn default() -> Self {
                Self {
                    data: Err("no value supplied for data".to_string()),
                }
            }
        }
        impl DataleaksStatsResponse {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::DataleaksStats>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<DataleaksStatsResponse>
        for super::DataleaksStatsResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DataleaksStatsResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { data: value.data? })
            }
        }
        impl ::std::convert::From<super::DataleaksStatsResponse>
        for DataleaksStatsResponse {
            fn from(value: super::DataleaksStatsResponse) -> Self {
                Self { data: Ok(value.data) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct DeleteCount {
            count: ::std::result::Result<i64, ::std::string::String>,
        }
        impl ::std::default::Default for DeleteCount {
            fn default() -> Self {
                Self {
                    count: Err("no value supplied for count".to_string()),
                }
            }
        }
        impl DeleteCount {
            pub fn count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.count = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for count: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<DeleteCount> for super::DeleteCount {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DeleteCount,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { count: value.count? })
            }
        }
        impl ::std::convert::From<super::DeleteCount> for DeleteCount {
            fn from(value: super::DeleteCount) -> Self {
                Self { count: Ok(value.count) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct DeleteRequest {
            ids: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for DeleteRequest {
            fn default() -> Self {
                Self {
                    ids: Err("no value supplied for ids".to_string()),
                }
            }
        }
        impl DeleteRequest {
            pub fn ids<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.ids = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for ids: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<DeleteRequest> for super::DeleteRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DeleteRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { ids: value.ids? })
            }
        }
        impl ::std::convert::From<super::DeleteRequest> for DeleteRequest {
            fn from(value: super::DeleteRequest) -> Self {
                Self { ids: Ok(value.ids) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct DeleteResponse {
            data: ::std::result::Result<super::DeleteCount, ::std::string::String>,
        }
        impl ::std::default::Default for DeleteResponse {
            fn default() -> Self {
                Self {
                    data: Err("no value supplied for data".to_string()),
                }
            }
        }
        impl DeleteResponse {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::DeleteCount>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<DeleteResponse> for super::DeleteResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DeleteResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { data: value.data? })
            }
        }
        impl ::std::convert::From<super::DeleteResponse> for DeleteResponse {
            fn from(value: super::DeleteResponse) -> Self {
                Self { data: Ok(value.data) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct DocumentList {
            data: ::std::result::Result<
                ::std::vec::Vec<super::LeakedDocument>,
                ::std::string::String,
            >,
            paging: ::std::result::Result<super::Paging, ::std::string::String>,
        }
        impl ::std::default::Default for DocumentList {
            fn default() -> Self {
                Self {
                    data: Err("no value supplied for data".to_string()),
                    paging: Err("no value supplied for paging".to_string()),
                }
            }
        }
        impl DocumentList {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::LeakedDocument>>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn paging<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Paging>,
                T::Error: ::std::fmt::Display,
            {
                self.paging = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for paging: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<DocumentList> for super::DocumentList {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DocumentList,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    paging: value.paging?,
                })
            }
        }
        impl ::std::convert::From<super::DocumentList> for DocumentList {
            fn from(value: super::DocumentList) -> Self {
                Self {
                    data: Ok(value.data),
                    paging: Ok(value.paging),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Error {
            error: ::std::result::Result<::std::string::String, ::std::string::String>,
            limit: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            metric: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            reason: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            requested_increment: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            used: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Error {
            fn default() -> Self {
                Self {
                    error: Err("no value supplied for error".to_string()),
                    limit: Ok(Default::default()),
                    message: Ok(Default::default()),
                    metric: Ok(Default::default()),
                    reason: Ok(Default::default()),
                    requested_increment: Ok(Default::default()),
                    status: Ok(Default::default()),
                    used: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl Error {
            pub fn error<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.error = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for error: {e}")
                    });
                self
            }
            pub fn limit<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.limit = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for limit: {e}")
                    });
                self
            }
            pub fn message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.message = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for message: {e}")
                    });
                self
            }
            pub fn metric<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.metric = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for metric: {e}")
                    });
                self
            }
            pub fn reason<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.reason = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for reason: {e}")
                    });
                self
            }
            pub fn requested_increment<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.requested_increment = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for requested_increment: {e}"
                        )
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
            pub fn used<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.used = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for used: {e}")
                    });
                self
            }
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Error> for super::Error {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Error,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    error: value.error?,
                    limit: value.limit?,
                    message: value.message?,
                    metric: value.metric?,
                    reason: value.reason?,
                    requested_increment: value.requested_increment?,
                    status: value.status?,
                    used: value.used?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::Error> for Error {
            fn from(value: super::Error) -> Self {
                Self {
                    error: Ok(value.error),
                    limit: Ok(value.limit),
                    message: Ok(value.message),
                    metric: Ok(value.metric),
                    reason: Ok(value.reason),
                    requested_increment: Ok(value.requested_increment),
                    status: Ok(value.status),
                    used: Ok(value.used),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ExposureAsset {
            cves: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            domain: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            first_seen: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            host: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            ip: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            last_seen: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            port: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            product: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            service: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            severity: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ExposureAsset {
            fn default() -> Self {
                Self {
                    cves: Ok(Default::default()),
                    domain: Ok(Default::default()),
                    first_seen: Ok(Default::default()),
                    host: Ok(Default::default()),
                    id: Ok(Default::default()),
                    ip: Ok(Default::default()),
                    last_seen: Ok(Default::default()),
                    port: Ok(Default::default()),
                    product: Ok(Default::default()),
                    service: Ok(Default::default()),
                    severity: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl ExposureAsset {
            pub fn cves<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.cves = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for cves: {e}")
                    });
                self
            }
            pub fn domain<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.domain = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for domain: {e}")
                    });
                self
            }
            pub fn first_seen<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.first_seen = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for first_seen: {e}")
                    });
                self
            }
            pub fn host<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.host = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for host: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn ip<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.ip = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for ip: {e}"));
                self
            }
            pub fn last_seen<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.last_seen = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for last_seen: {e}")
                    });
                self
            }
            pub fn port<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.port = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for port: {e}")
                    });
                self
            }
            pub fn product<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.product = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for product: {e}")
                    });
                self
            }
            pub fn service<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.service = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for service: {e}")
                    });
                self
            }
            pub fn severity<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.severity = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for severity: {e}")
                    });
                self
            }
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ExposureAsset> for super::ExposureAsset {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ExposureAsset,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    cves: value.cves?,
                    domain: value.domain?,
                    first_seen: value.first_seen?,
                    host: value.host?,
                    id: value.id?,
                    ip: value.ip?,
                    last_seen: value.last_seen?,
                    port: value.port?,
                    product: value.product?,
                    service: value.service?,
                    severity: value.severity?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::ExposureAsset> for ExposureAsset {
            fn from(value: super::ExposureAsset) -> Self {
                Self {
                    cves: Ok(value.cves),
                    domain: Ok(value.domain),
                    first_seen: Ok(value.first_seen),
                    host: Ok(value.host),
                    id: Ok(value.id),
                    ip: Ok(value.ip),
                    last_seen: Ok(value.last_seen),
                    port: Ok(value.port),
                    product: Ok(value.product),
                    service: Ok(value.service),
                    severity: Ok(value.severity),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ExposureAssetList {
            data: ::std::result::Result<
                ::std::vec::Vec<super::ExposureAsset>,
                ::std::string::String,
            >,
            paging: ::std::result::Result<super::Paging, ::std::string::String>,
        }
        impl ::std::default::Default for ExposureAssetList {
            fn default() -> Self {
                Self {
                    data: Err("no value supplied for data".to_string()),
                    paging: Err("no value supplied for paging".to_string()),
                }
            }
        }
        impl ExposureAssetList {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::ExposureAsset>>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn paging<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Paging>,
                T::Error: ::std::fmt::Display,
            {
                self.paging = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for paging: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ExposureAssetList> for super::ExposureAssetList {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ExposureAssetList,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    paging: value.paging?,
                })
            }
        }
        impl ::std::convert::From<super::ExposureAssetList> for ExposureAssetList {
            fn from(value: super::ExposureAssetList) -> Self {
                Self {
                    data: Ok(value.data),
                    paging: Ok(value.paging),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Health {
            status: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for Health {
            fn default() -> Self {
                Self {
                    status: Err("no value supplied for status".to_string()),
                }
            }
        }
        impl Health {
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Health> for super::Health {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Health,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { status: value.status? })
            }
        }
        impl ::std::convert::From<super::Health> for Health {
            fn from(value: super::Health) -> Self {
                Self { status: Ok(value.status) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct LeakedCredential {
            discovered_at: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            domain: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            email: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            leak_date: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            password: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            password_type: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            source: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            username: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for LeakedCredential {
            fn default() -> Self {
                Self {
                    discovered_at: Ok(Default::default()),
                    domain: Ok(Default::default()),
                    email: Ok(Default::default()),
                    id: Ok(Default::default()),
                    leak_date: Ok(Default::default()),
                    password: Ok(Default::default()),
                    password_type: Ok(Default::default()),
                    source: Ok(Default::default()),
                    url: Ok(Default::default()),
                    username: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl LeakedCredential {
            pub fn discovered_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.discovered_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for discovered_at: {e}")
                    });
                self
            }
            pub fn domain<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.domain = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for domain: {e}")
                    });
                self
            }
            pub fn email<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.email = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for email: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn leak_date<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.leak_date = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for leak_date: {e}")
                    });
                self
            }
            pub fn password<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.password = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for password: {e}")
                    });
                self
            }
            pub fn password_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.password_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for password_type: {e}")
                    });
                self
            }
            pub fn source<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.source = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for source: {e}")
                    });
                self
            }
            pub fn url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for url: {e}")
                    });
                self
            }
            pub fn username<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.username = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for username: {e}")
                    });
                self
            }
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<LeakedCredential> for super::LeakedCredential {
            type Error = super::error::ConversionError;
            fn try_from(
                value: LeakedCredential,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    discovered_at: value.discovered_at?,
                    domain: value.domain?,
                    email: value.email?,
                    id: value.id?,
                    leak_date: value.leak_date?,
                    password: value.password?,
                    password_type: value.password_type?,
                    source: value.source?,
                    url: value.url?,
                    username: value.username?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::LeakedCredential> for LeakedCredential {
            fn from(value: super::LeakedCredential) -> Self {
                Self {
                    discovered_at: Ok(value.discovered_at),
                    domain: Ok(value.domain),
                    email: Ok(value.email),
                    id: Ok(value.id),
                    leak_date: Ok(value.leak_date),
                    password: Ok(value.password),
                    password_type: Ok(value.password_type),
                    source: Ok(value.source),
                    url: Ok(value.url),
                    username: Ok(value.username),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct LeakedDocument {
            discovered_at: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            domain: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            file_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            file_type: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            leak_date: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            size: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            source: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for LeakedDocument {
            fn default() -> Self {
                Self {
                    discovered_at: Ok(Default::default()),
                    domain: Ok(Default::default()),
                    file_name: Ok(Default::default()),
                    file_type: Ok(Default::default()),
                    id: Ok(Default::default()),
                    leak_date: Ok(Default::default()),
                    size: Ok(Default::default()),
                    source: Ok(Default::default()),
                    url: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl LeakedDocument {
            pub fn discovered_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.discovered_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for discovered_at: {e}")
                    });
                self
            }
            pub fn domain<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.domain = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for domain: {e}")
                    });
                self
            }
            pub fn file_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.file_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for file_name: {e}")
                    });
                self
            }
            pub fn file_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.file_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for file_type: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn leak_date<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.leak_date = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for leak_date: {e}")
                    });
                self
            }
            pub fn size<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.size = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for size: {e}")
                    });
                self
            }
            pub fn source<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.source = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for source: {e}")
                    });
                self
            }
            pub fn url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for url: {e}")
                    });
                self
            }
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<LeakedDocument> for super::LeakedDocument {
            type Error = super::error::ConversionError;
            fn try_from(
                value: LeakedDocument,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    discovered_at: value.discovered_at?,
                    domain: value.domain?,
                    file_name: value.file_name?,
                    file_type: value.file_type?,
                    id: value.id?,
                    leak_date: value.leak_date?,
                    size: value.size?,
                    source: value.source?,
                    url: value.url?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::LeakedDocument> for LeakedDocument {
            fn from(value: super::LeakedDocument) -> Self {
                Self {
                    discovered_at: Ok(value.discovered_at),
                    domain: Ok(value.domain),
                    file_name: Ok(value.file_name),
                    file_type: Ok(value.file_type),
                    id: Ok(value.id),
                    leak_date: Ok(value.leak_date),
                    size: Ok(value.size),
                    source: Ok(value.source),
                    url: Ok(value.url),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct LeakedPaymentCard {
            bin: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            brand: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            card_number: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            country: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            discovered_at: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            expiry: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            issuer: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            leak_date: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            source: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for LeakedPaymentCard {
            fn default() -> Self {
                Self {
                    bin: Ok(Default::default()),
                    brand: Ok(Default::default()),
                    card_number: Ok(Default::default()),
                    country: Ok(Default::default()),
                    discovered_at: Ok(Default::default()),
                    expiry: Ok(Default::default()),
                    id: Ok(Default::default()),
                    issuer: Ok(Default::default()),
                    leak_date: Ok(Default::default()),
                    source: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl LeakedPaymentCard {
            pub fn bin<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.bin = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for bin: {e}")
                    });
                self
            }
            pub fn brand<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.brand = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for brand: {e}")
                    });
                self
            }
            pub fn card_number<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.card_number = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for card_number: {e}")
                    });
                self
            }
            pub fn country<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.country = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for country: {e}")
                    });
                self
            }
            pub fn discovered_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.discovered_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for discovered_at: {e}")
                    });
                self
            }
            pub fn expiry<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.expiry = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for expiry: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn issuer<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.issuer = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for issuer: {e}")
                    });
                self
            }
            pub fn leak_date<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.leak_date = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for leak_date: {e}")
                    });
                self
            }
            pub fn source<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.source = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for source: {e}")
                    });
                self
            }
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<LeakedPaymentCard> for super::LeakedPaymentCard {
            type Error = super::error::ConversionError;
            fn try_from(
                value: LeakedPaymentCard,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    bin: value.bin?,
                    brand: value.brand?,
                    card_number: value.card_number?,
                    country: value.country?,
                    discovered_at: value.discovered_at?,
                    expiry: value.expiry?,
                    id: value.id?,
                    issuer: value.issuer?,
                    leak_date: value.leak_date?,
                    source: value.source?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::LeakedPaymentCard> for LeakedPaymentCard {
            fn from(value: super::LeakedPaymentCard) -> Self {
                Self {
                    bin: Ok(value.bin),
                    brand: Ok(value.brand),
                    card_number: Ok(value.card_number),
                    country: Ok(value.country),
                    discovered_at: Ok(value.discovered_at),
                    expiry: Ok(value.expiry),
                    id: Ok(value.id),
                    issuer: Ok(value.issuer),
                    leak_date: Ok(value.leak_date),
                    source: Ok(value.source),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Paging {
            current_page: ::std::result::Result<i64, ::std::string::String>,
            has_more: ::std::result::Result<bool, ::std::string::String>,
            next_page: ::std::result::Result<
                ::std::option::Option<::std::num::NonZeroU64>,
                ::std::string::String,
            >,
            page_size: ::std::result::Result<i64, ::std::string::String>,
            total_pages: ::std::result::Result<i64, ::std::string::String>,
            total_records: ::std::result::Result<i64, ::std::string::String>,
        }
        impl ::std::default::Default for Paging {
            fn default() -> Self {
                Self {
                    current_page: Err("no value supplied for current_page".to_string()),
                    has_more: Err("no value supplied for has_more".to_string()),
                    next_page: Err("no value supplied for next_page".to_string()),
                    page_size: Err("no value supplied for page_size".to_string()),
                    total_pages: Err("no value supplied for total_pages".to_string()),
                    total_records: Err("no value supplied for total_records".to_string()),
                }
            }
        }
        impl Paging {
            pub fn current_page<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.current_page = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for current_page: {e}")
                    });
                self
            }
            pub fn has_more<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.has_more = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for has_more: {e}")
                    });
                self
            }
            pub fn next_page<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::num::NonZeroU64>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.next_page = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for next_page: {e}")
                    });
                self
            }
            pub fn page_size<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.page_size = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for page_size: {e}")
                    });
                self
            }
            pub fn total_pages<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.total_pages = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for total_pages: {e}")
                    });
                self
            }
            pub fn total_records<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.total_records = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for total_records: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Paging> for super::Paging {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Paging,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    current_page: value.current_page?,
                    has_more: value.has_more?,
                    next_page: value.next_page?,
                    page_size: value.page_size?,
                    total_pages: value.total_pages?,
                    total_records: value.total_records?,
                })
            }
        }
        impl ::std::convert::From<super::Paging> for Paging {
            fn from(value: super::Paging) -> Self {
                Self {
                    current_page: Ok(value.current_page),
                    has_more: Ok(value.has_more),
                    next_page: Ok(value.next_page),
                    page_size: Ok(value.page_size),
                    total_pages: Ok(value.total_pages),
                    total_records: Ok(value.total_records),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PaymentCardList {
            data: ::std::result::Result<
                ::std::vec::Vec<super::LeakedPaymentCard>,
                ::std::string::String,
            >,
            paging: ::std::result::Result<super::Paging, ::std::string::String>,
        }
        impl ::std::default::Default for PaymentCardList {
            fn default() -> Self {
                Self {
                    data: Err("no value supplied for data".to_string()),
                    paging: Err("no value supplied for paging".to_string()),
                }
            }
        }
        impl PaymentCardList {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::LeakedPaymentCard>>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn paging<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Paging>,
                T::Error: ::std::fmt::Display,
            {
                self.paging = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for paging: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<PaymentCardList> for super::PaymentCardList {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PaymentCardList,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    paging: value.paging?,
                })
            }
        }
        impl ::std::convert::From<super::PaymentCardList> for PaymentCardList {
            fn from(value: super::PaymentCardList) -> Self {
                Self {
                    data: Ok(value.data),
                    paging: Ok(value.paging),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct QuotaUsage {
            limit: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            used: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for QuotaUsage {
            fn default() -> Self {
                Self {
                    limit: Ok(Default::default()),
                    used: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl QuotaUsage {
            pub fn limit<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.limit = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for limit: {e}")
                    });
                self
            }
            pub fn used<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.used = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for used: {e}")
                    });
                self
            }
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<QuotaUsage> for super::QuotaUsage {
            type Error = super::error::ConversionError;
            fn try_from(
                value: QuotaUsage,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    limit: value.limit?,
                    used: value.used?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::QuotaUsage> for QuotaUsage {
            fn from(value: super::QuotaUsage) -> Self {
                Self {
                    limit: Ok(value.limit),
                    used: Ok(value.used),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct RansomwareVictim {
            country: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            discovered_at: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            domain: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            group: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            post_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            published_at: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            sector: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            victim: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for RansomwareVictim {
            fn default() -> Self {
                Self {
                    country: Ok(Default::default()),
                    discovered_at: Ok(Default::default()),
                    domain: Ok(Default::default()),
                    group: Ok(Default::default()),
                    id: Ok(Default::default()),
                    post_url: Ok(Default::default()),
                    published_at: Ok(Default::default()),
                    sector: Ok(Default::default()),
                    victim: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl RansomwareVictim {
            pub fn country<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.country = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for country: {e}")
                    });
                self
            }
            pub fn discovered_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.discovered_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for discovered_at: {e}")
                    });
                self
            }
            pub fn domain<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.domain = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for domain: {e}")
                    });
                self
            }
            pub fn group<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.group = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for group: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn post_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.post_url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for post_url: {e}")
                    });
                self
            }
            pub fn published_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.published_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for published_at: {e}")
                    });
                self
            }
            pub fn sector<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.sector = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for sector: {e}")
                    });
                self
            }
            pub fn victim<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.victim = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for victim: {e}")
                    });
                self
            }
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<RansomwareVictim> for super::RansomwareVictim {
            type Error = super::error::ConversionError;
            fn try_from(
                value: RansomwareVictim,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    country: value.country?,
                    discovered_at: value.discovered_at?,
                    domain: value.domain?,
                    group: value.group?,
                    id: value.id?,
                    post_url: value.post_url?,
                    published_at: value.published_at?,
                    sector: value.sector?,
                    victim: value.victim?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::RansomwareVictim> for RansomwareVictim {
            fn from(value: super::RansomwareVictim) -> Self {
                Self {
                    country: Ok(value.country),
                    discovered_at: Ok(value.discovered_at),
                    domain: Ok(value.domain),
                    group: Ok(value.group),
                    id: Ok(value.id),
                    post_url: Ok(value.post_url),
                    published_at: Ok(value.published_at),
                    sector: Ok(value.sector),
                    victim: Ok(value.victim),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct RansomwareVictimList {
            data: ::std::result::Result<
                ::std::vec::Vec<super::RansomwareVictim>,
                ::std::string::String,
            >,
            paging: ::std::result::Result<super::Paging, ::std::string::String>,
        }
        impl ::std::default::Default for RansomwareVictimList {
            fn default() -> Self {
                Self {
                    data: Err("no value supplied for data".to_string()),
                    paging: Err("no value supplied for paging".to_string()),
                }
            }
        }
        impl RansomwareVictimList {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::RansomwareVictim>>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn paging<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Paging>,
                T::Error: ::std::fmt::Display,
            {
                self.paging = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for paging: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<RansomwareVictimList>
        for super::RansomwareVictimList {
            type Error = super::error::ConversionError;
            fn try_from(
                value: RansomwareVictimList,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    paging: value.paging?,
                })
            }
        }
        impl ::std::convert::From<super::RansomwareVictimList> for RansomwareVictimList {
            fn from(value: super::RansomwareVictimList) -> Self {
                Self {
                    data: Ok(value.data),
                    paging: Ok(value.paging),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Watchlist {
            created_at: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            updated_at: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Watchlist {
            fn default() -> Self {
                Self {
                    created_at: Ok(Default::default()),
                    description: Ok(Default::default()),
                    id: Err("no value supplied for id".to_string()),
                    name: Ok(Default::default()),
                    updated_at: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl Watchlist {
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for description: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn updated_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.updated_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for updated_at: {e}")
                    });
                self
            }
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Watchlist> for super::Watchlist {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Watchlist,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    created_at: value.created_at?,
                    description: value.description?,
                    id: value.id?,
                    name: value.name?,
                    updated_at: value.updated_at?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::Watchlist> for Watchlist {
            fn from(value: super::Watchlist) -> Self {
                Self {
                    created_at: Ok(value.created_at),
                    description: Ok(value.description),
                    id: Ok(value.id),
                    name: Ok(value.name),
                    updated_at: Ok(value.updated_at),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct WatchlistCreate {
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for WatchlistCreate {
            fn default() -> Self {
                Self {
                    description: Ok(Default::default()),
                    name: Err("no value supplied for name".to_string()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl WatchlistCreate {
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for description: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<WatchlistCreate> for super::WatchlistCreate {
            type Error = super::error::ConversionError;
            fn try_from(
                value: WatchlistCreate,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    description: value.description?,
                    name: value.name?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::WatchlistCreate> for WatchlistCreate {
            fn from(value: super::WatchlistCreate) -> Self {
                Self {
                    description: Ok(value.description),
                    name: Ok(value.name),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct WatchlistEntry {
            created_at: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            kind: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            updated_at: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            value: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            watchlist_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for WatchlistEntry {
            fn default() -> Self {
                Self {
                    created_at: Ok(Default::default()),
                    description: Ok(Default::default()),
                    id: Err("no value supplied for id".to_string()),
                    kind: Ok(Default::default()),
                    updated_at: Ok(Default::default()),
                    value: Ok(Default::default()),
                    watchlist_id: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl WatchlistEntry {
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for description: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn kind<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.kind = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for kind: {e}")
                    });
                self
            }
            pub fn updated_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.updated_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for updated_at: {e}")
                    });
                self
            }
            pub fn value<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.value = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for value: {e}")
                    });
                self
            }
            pub fn watchlist_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.watchlist_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for watchlist_id: {e}")
                    });
                self
            }
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<WatchlistEntry> for super::WatchlistEntry {
            type Error = super::error::ConversionError;
            fn try_from(
                value: WatchlistEntry,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    created_at: value.created_at?,
                    description: value.description?,
                    id: value.id?,
                    kind: value.kind?,
                    updated_at: value.updated_at?,
                    value: value.value?,
                    watchlist_id: value.watchlist_id?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::WatchlistEntry> for WatchlistEntry {
            fn from(value: super::WatchlistEntry) -> Self {
                Self {
                    created_at: Ok(value.created_at),
                    description: Ok(value.description),
                    id: Ok(value.id),
                    kind: Ok(value.kind),
                    updated_at: Ok(value.updated_at),
                    value: Ok(value.value),
                    watchlist_id: Ok(value.watchlist_id),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct WatchlistEntryCreate {
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            value: ::std::result::Result<::std::string::String, ::std::string::String>,
            watchlist_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for WatchlistEntryCreate {
            fn default() -> Self {
                Self {
                    description: Ok(Default::default()),
                    value: Err("no value supplied for value".to_string()),
                    watchlist_id: Err("no value supplied for watchlist_id".to_string()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl WatchlistEntryCreate {
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for description: {e}")
                    });
                self
            }
            pub fn value<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.value = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for value: {e}")
                    });
                self
            }
            pub fn watchlist_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.watchlist_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for watchlist_id: {e}")
                    });
                self
            }
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<WatchlistEntryCreate>
        for super::WatchlistEntryCreate {
            type Error = super::error::ConversionError;
            fn try_from(
                value: WatchlistEntryCreate,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    description: value.description?,
                    value: value.value?,
                    watchlist_id: value.watchlist_id?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::WatchlistEntryCreate> for WatchlistEntryCreate {
            fn from(value: super::WatchlistEntryCreate) -> Self {
                Self {
                    description: Ok(value.description),
                    value: Ok(value.value),
                    watchlist_id: Ok(value.watchlist_id),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct WatchlistEntryList {
            data: ::std::result::Result<
                ::std::vec::Vec<super::WatchlistEntry>,
                ::std::string::String,
            >,
            paging: ::std::result::Result<super::Paging, ::std::string::String>,
        }
        impl ::std::default::Default for WatchlistEntryList {
            fn default() -> Self {
                Self {
                    data: Err("no value supplied for data".to_string()),
                    paging: Err("no value supplied for paging".to_string()),
                }
            }
        }
        impl WatchlistEntryList {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::WatchlistEntry>>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn paging<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Paging>,
                T::Error: ::std::fmt::Display,
            {
                self.paging = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for paging: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<WatchlistEntryList> for super::WatchlistEntryList {
            type Error = super::error::ConversionError;
            fn try_from(
                value: WatchlistEntryList,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    paging: value.paging?,
                })
            }
        }
        impl ::std::convert::From<super::WatchlistEntryList> for WatchlistEntryList {
            fn from(value: super::WatchlistEntryList) -> Self {
                Self {
                    data: Ok(value.data),
                    paging: Ok(value.paging),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct WatchlistEntryResponse {
            data: ::std::result::Result<super::WatchlistEntry, ::std::string::String>,
        }
        impl ::std::default::Default for WatchlistEntryResponse {
            fn default() -> Self {
                Self {
                    data: Err("no value supplied for data".to_string()),
                }
            }
        }
        impl WatchlistEntryResponse {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::WatchlistEntry>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<WatchlistEntryResponse>
        for super::WatchlistEntryResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: WatchlistEntryResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { data: value.data? })
            }
        }
        impl ::std::convert::From<super::WatchlistEntryResponse>
        for WatchlistEntryResponse {
            fn from(value: super::WatchlistEntryResponse) -> Self {
                Self { data: Ok(value.data) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct WatchlistEntryUpdate {
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            value: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for WatchlistEntryUpdate {
            fn default() -> Self {
                Self {
                    description: Ok(Default::default()),
                    value: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl WatchlistEntryUpdate {
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for description: {e}")
                    });
                self
            }
            pub fn value<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.value = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for value: {e}")
                    });
                self
            }
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<WatchlistEntryUpdate>
        for super::WatchlistEntryUpdate {
            type Error = super::error::ConversionError;
            fn try_from(
                value: WatchlistEntryUpdate,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    description: value.description?,
                    value: value.value?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::WatchlistEntryUpdate> for WatchlistEntryUpdate {
            fn from(value: super::WatchlistEntryUpdate) -> Self {
                Self {
                    description: Ok(value.description),
                    value: Ok(value.value),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct WatchlistList {
            data: ::std::result::Result<
                ::std::vec::Vec<super::Watchlist>,
                ::std::string::String,
            >,
            paging: ::std::result::Result<super::Paging, ::std::string::String>,
        }
        impl ::std::default::Default for WatchlistList {
            fn default() -> Self {
                Self {
                    data: Err("no value supplied for data".to_string()),
                    paging: Err("no value supplied for paging".to_string()),
                }
            }
        }
        impl WatchlistList {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Watchlist>>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn paging<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Paging>,
                T::Error: ::std::fmt::Display,
            {
                self.paging = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for paging: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<WatchlistList> for super::WatchlistList {
            type Error = super::error::ConversionError;
            fn try_from(
                value: WatchlistList,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    paging: value.paging?,
                })
            }
        }
        impl ::std::convert::From<super::WatchlistList> for WatchlistList {
            fn from(value: super::WatchlistList) -> Self {
                Self {
                    data: Ok(value.data),
                    paging: Ok(value.paging),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct WatchlistResponse {
            data: ::std::result::Result<super::Watchlist, ::std::string::String>,
        }
        impl ::std::default::Default for WatchlistResponse {
            fn default() -> Self {
                Self {
                    data: Err("no value supplied for data".to_string()),
                }
            }
        }
        impl WatchlistResponse {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Watchlist>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<WatchlistResponse> for super::WatchlistResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: WatchlistResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { data: value.data? })
            }
        }
        impl ::std::convert::From<super::WatchlistResponse> for WatchlistResponse {
            fn from(value: super::WatchlistResponse) -> Self {
                Self { data: Ok(value.data) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct WatchlistStats {
            entries: ::std::result::Result<
                ::std::collections::HashMap<::std::string::String, i64>,
                ::std::string::String,
            >,
            quotas: ::std::result::Result<
                ::std::collections::HashMap<::std::string::String, super::QuotaUsage>,
                ::std::string::String,
            >,
            watchlists: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for WatchlistStats {
            fn default() -> Self {
                Self {
                    entries: Ok(Default::default()),
                    quotas: Ok(Default::default()),
                    watchlists: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl WatchlistStats {
            pub fn entries<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::collections::HashMap<::std::string::String, i64>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.entries = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for entries: {e}")
                    });
                self
            }
            pub fn quotas<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::collections::HashMap<::std::string::String, super::QuotaUsage>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.quotas = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for quotas: {e}")
                    });
                self
            }
            pub fn watchlists<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.watchlists = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for watchlists: {e}")
                    });
                self
            }
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<WatchlistStats> for super::WatchlistStats {
            type Error = super::error::ConversionError;
            fn try_from(
                value: WatchlistStats,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    entries: value.entries?,
                    quotas: value.quotas?,
                    watchlists: value.watchlists?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::WatchlistStats> for WatchlistStats {
            fn from(value: super::WatchlistStats) -> Self {
                Self {
                    entries: Ok(value.entries),
                    quotas: Ok(value.quotas),
                    watchlists: Ok(value.watchlists),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct WatchlistStatsResponse {
            data: ::std::result::Result<super::WatchlistStats, ::std::string::String>,
        }
        impl ::std::default::Default for WatchlistStatsResponse {
            fn default() -> Self {
                Self {
                    data: Err("no value supplied for data".to_string()),
                }
            }
        }
        impl WatchlistStatsResponse {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::WatchlistStats>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<WatchlistStatsResponse>
        for super::WatchlistStatsResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: WatchlistStatsResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { data: value.data? })
            }
        }
        impl ::std::convert::From<super::WatchlistStatsResponse>
        for WatchlistStatsResponse {
            fn from(value: super::WatchlistStatsResponse) -> Self {
                Self { data: Ok(value.data) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct WatchlistUpdate {
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for WatchlistUpdate {
            fn default() -> Self {
                Self {
                    description: Ok(Default::default()),
                    name: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl WatchlistUpdate {
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for description: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<WatchlistUpdate> for super::WatchlistUpdate {
            type Error = super::error::ConversionError;
            fn try_from(
                value: WatchlistUpdate,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    description: value.description?,
                    name: value.name?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::WatchlistUpdate> for WatchlistUpdate {
            fn from(value: super::WatchlistUpdate) -> Self {
                Self {
                    description: Ok(value.description),
                    name: Ok(value.name),
                    extra: Ok(value.extra),
                }
            }
        }
    }
    /// Error types.
    pub mod error {
        /// Error from a `TryFrom` or `FromStr` implementation.
        pub struct ConversionError(::std::borrow::Cow<'static, str>);
        impl ::std::error::Error for ConversionError {}
        impl ::std::fmt::Display for ConversionError {
            fn fmt(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> Result<(), ::std::fmt::Error> {
                ::std::fmt::Display::fmt(&self.0, f)
            }
        }
        impl ::std::fmt::Debug for ConversionError {
            fn fmt(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> Result<(), ::std::fmt::Error> {
                ::std::fmt::Debug::fmt(&self.0, f)
            }
        }
        impl From<&'static str> for ConversionError {
            fn from(value: &'static str) -> Self {
                Self(value.into())
            }
        }
        impl From<String> for ConversionError {
            fn from(value: String) -> Self {
                Self(value.into())
            }
        }
    }
}
#[derive(Clone, Debug)]
#[doc = "Client for Defendis API\n\nThreat exposure data (Dataleaks, Exposure, Ransomware) scoped by watchlists.\n\nWritten by the secops project from the vendor's public documentation (see `shared/SERVICES.md` §1). Operations marked `x-secops-inferred: true` are not published by the vendor and follow its documented conventions. Record bodies are not documented: envelopes are modelled strictly, records loosely (unknown fields are kept). Parameters, schemas, request bodies and responses that the vendor's pages do not confirm also carry `x-secops-inferred: true`, with the reason in their description.\n\nConventions: bearer auth on `/api/v1/*`; list envelope `{data, paging}`; page-number paging from `page=1` until `paging.hasMore` is false or `paging.nextPage` is null; date windows `fromDate` (inclusive) / `toDate` (exclusive) as `YYYY-MM-DD`.\n\nVersion: 1.0.0"]
pub struct Client {
    pub(crate) baseurl: String,
    pub(crate) client: reqwest::Client,
    pub(crate) inner: crate::hooks::Hooks,
}
impl Client {
    /// Create a new client.
    ///
    /// `baseurl` is the base URL provided to the internal
    /// `reqwest::Client`, and should include a scheme and hostname,
    /// as well as port and a path stem if applicable.
    pub fn new(baseurl: &str, inner: crate::hooks::Hooks) -> Self {
        #[cfg(not(target_arch = "wasm32"))]
        let client = {
            let dur = ::std::time::Duration::from_secs(15u64);
            reqwest::ClientBuilder::new().connect_timeout(dur).timeout(dur)
        };
        #[cfg(target_arch = "wasm32")]
        let client = reqwest::ClientBuilder::new();
        Self::new_with_client(baseurl, client.build().unwrap(), inner)
    }
    /// Construct a new client with an existing `reqwest::Client`,
    /// allowing more control over its configuration.
    ///
    /// `baseurl` is the base URL provided to the internal
    /// `reqwest::Client`, and should include a scheme and hostname,
    /// as well as port and a path stem if applicable.
    pub fn new_with_client(
        baseurl: &str,
        client: reqwest::Client,
        inner: crate::hooks::Hooks,
    ) -> Self {
        Self {
            baseurl: baseurl.to_string(),
            client,
            inner,
        }
    }
}
impl ClientInfo<crate::hooks::Hooks> for Client {
    fn api_version() -> &'static str {
        "1.0.0"
    }
    fn baseurl(&self) -> &str {
        self.baseurl.as_str()
    }
    fn client(&self) -> &reqwest::Client {
        &self.client
    }
    fn inner(&self) -> &crate::hooks::Hooks {
        &self.inner
    }
}
impl ClientHooks<crate::hooks::Hooks> for &Client {}
impl Client {
    /**Leaked credentials of a domain

The domain must be on one of your watchlists (else 403).

Sends a `GET` request to `/api/v1/dataleaks/credentials`

Arguments:
- `domain`: A domain on one of your watchlists.
- `from_date`: Start of the window, inclusive (`YYYY-MM-DD`). INFERRED: the name and format are documented, but not which endpoints accept it.
- `page`: The page to return, from 1.
- `page_size`: Records per page (the server may cap it). INFERRED: the vendor documents `paging.pageSize` in responses, not the name of the request parameter.
- `search`: Free-text filter (endpoint-specific). INFERRED: the name is documented, but not which endpoints accept it (every list here declares it).
- `sort_by`: The field to sort by (endpoint-specific). INFERRED: the name is documented, but not which endpoints accept it (every list here declares it) nor the field names.
- `sort_order`: Sort direction. INFERRED: the name is documented, but not which endpoints accept it (every list here declares it) nor its values (see `SortOrder`).
- `to_date`: End of the window, exclusive (`YYYY-MM-DD`). INFERRED: the name and format are documented, but not which endpoints accept it.
- `watchlistid`: Restrict to the entries of one watchlist. INFERRED: the vendor says many list endpoints take it, but not which ones (every list here declares it).
```ignore
let response = client.list_leaked_credentials()
    .domain(domain)
    .from_date(from_date)
    .page(page)
    .page_size(page_size)
    .search(search)
    .sort_by(sort_by)
    .sort_order(sort_order)
    .to_date(to_date)
    .watchlistid(watchlistid)
    .send()
    .await;
```*/
    pub fn list_leaked_credentials(&self) -> builder::ListLeakedCredentials<'_> {
        builder::ListLeakedCredentials::new(self)
    }
    /**Leaked credentials of an e-mail address

The address (or its domain) must be within your watchlist scope (else 403).

Sends a `GET` request to `/api/v1/dataleaks/credentials/email`

Arguments:
- `email`: An e-mail address within your watchlist scope.
- `from_date`: Start of the window, inclusive (`YYYY-MM-DD`). INFERRED: the name and format are documented, but not which endpoints accept it.
- `page`: The page to return, from 1.
- `page_size`: Records per page (the server may cap it). INFERRED: the vendor documents `paging.pageSize` in responses, not the name of the request parameter.
- `search`: Free-text filter (endpoint-specific). INFERRED: the name is documented, but not which endpoints accept it (every list here declares it).
- `sort_by`: The field to sort by (endpoint-specific). INFERRED: the name is documented, but not which endpoints accept it (every list here declares it) nor the field names.
- `sort_order`: Sort direction. INFERRED: the name is documented, but not which endpoints accept it (every list here declares it) nor its values (see `SortOrder`).
- `to_date`: End of the window, exclusive (`YYYY-MM-DD`). INFERRED: the name and format are documented, but not which endpoints accept it.
- `watchlistid`: Restrict to the entries of one watchlist. INFERRED: the vendor says many list endpoints take it, but not which ones (every list here declares it).
```ignore
let response = client.list_leaked_credentials_by_email()
    .email(email)
    .from_date(from_date)
    .page(page)
    .page_size(page_size)
    .search(search)
    .sort_by(sort_by)
    .sort_order(sort_order)
    .to_date(to_date)
    .watchlistid(watchlistid)
    .send()
    .await;
```*/
    pub fn list_leaked_credentials_by_email(
        &self,
    ) -> builder::ListLeakedCredentialsByEmail<'_> {
        builder::ListLeakedCredentialsByEmail::new(self)
    }
    /**Leaked documents of a domain

The domain must be on one of your watchlists (else 403).

Sends a `GET` request to `/api/v1/dataleaks/documents`

Arguments:
- `domain`: A domain on one of your watchlists.
- `from_date`: Start of the window, inclusive (`YYYY-MM-DD`). INFERRED: the name and format are documented, but not which endpoints accept it.
- `page`: The page to return, from 1.
- `page_size`: Records per page (the server may cap it). INFERRED: the vendor documents `paging.pageSize` in responses, not the name of the request parameter.
- `search`: Free-text filter (endpoint-specific). INFERRED: the name is documented, but not which endpoints accept it (every list here declares it).
- `sort_by`: The field to sort by (endpoint-specific). INFERRED: the name is documented, but not which endpoints accept it (every list here declares it) nor the field names.
- `sort_order`: Sort direction. INFERRED: the name is documented, but not which endpoints accept it (every list here declares it) nor its values (see `SortOrder`).
- `to_date`: End of the window, exclusive (`YYYY-MM-DD`). INFERRED: the name and format are documented, but not which endpoints accept it.
- `watchlistid`: Restrict to the entries of one watchlist. INFERRED: the vendor says many list endpoints take it, but not which ones (every list here declares it).
```ignore
let response = client.list_leaked_documents()
    .domain(domain)
    .from_date(from_date)
    .page(page)
    .page_size(page_size)
    .search(search)
    .sort_by(sort_by)
    .sort_order(sort_order)
    .to_date(to_date)
    .watchlistid(watchlistid)
    .send()
    .await;
```*/
    pub fn list_leaked_documents(&self) -> builder::ListLeakedDocuments<'_> {
        builder::ListLeakedDocuments::new(self)
    }
    /**Leaked payment cards of a BIN

The BIN must be on one of your watchlists (else 403).

Sends a `GET` request to `/api/v1/dataleaks/paymentcards/bins`

Arguments:
- `bin`: A payment-card BIN on one of your watchlists. INFERRED: the vendor does not document the format; 6 to 8 digits (the ISO/IEC 7812 lengths) is assumed.
- `from_date`: Start of the window, inclusive (`YYYY-MM-DD`). INFERRED: the name and format are documented, but not which endpoints accept it.
- `page`: The page to return, from 1.
- `page_size`: Records per page (the server may cap it). INFERRED: the vendor documents `paging.pageSize` in responses, not the name of the request parameter.
- `search`: Free-text filter (endpoint-specific). INFERRED: the name is documented, but not which endpoints accept it (every list here declares it).
- `sort_by`: The field to sort by (endpoint-specific). INFERRED: the name is documented, but not which endpoints accept it (every list here declares it) nor the field names.
- `sort_order`: Sort direction. INFERRED: the name is documented, but not which endpoints accept it (every list here declares it) nor its values (see `SortOrder`).
- `to_date`: End of the window, exclusive (`YYYY-MM-DD`). INFERRED: the name and format are documented, but not which endpoints accept it.
- `watchlistid`: Restrict to the entries of one watchlist. INFERRED: the vendor says many list endpoints take it, but not which ones (every list here declares it).
```ignore
let response = client.list_leaked_payment_cards()
    .bin(bin)
    .from_date(from_date)
    .page(page)
    .page_size(page_size)
    .search(search)
    .sort_by(sort_by)
    .sort_order(sort_order)
    .to_date(to_date)
    .watchlistid(watchlistid)
    .send()
    .await;
```*/
    pub fn list_leaked_payment_cards(&self) -> builder::ListLeakedPaymentCards<'_> {
        builder::ListLeakedPaymentCards::new(self)
    }
    /**Dataleak statistics of a domain

The domain must be on one of your watchlists (else 403).

Sends a `GET` request to `/api/v1/dataleaks/stats`

Arguments:
- `domain`: A domain on one of your watchlists.
- `from_date`: Start of the window, inclusive (`YYYY-MM-DD`). INFERRED: the name and format are documented, but not which endpoints accept it.
- `to_date`: End of the window, exclusive (`YYYY-MM-DD`). INFERRED: the name and format are documented, but not which endpoints accept it.
- `watchlistid`: Restrict to the entries of one watchlist. INFERRED: the vendor says many list endpoints take it, but not which ones (every list here declares it).
```ignore
let response = client.get_dataleaks_stats()
    .domain(domain)
    .from_date(from_date)
    .to_date(to_date)
    .watchlistid(watchlistid)
    .send()
    .await;
```*/
    pub fn get_dataleaks_stats(&self) -> builder::GetDataleaksStats<'_> {
        builder::GetDataleaksStats::new(self)
    }
    /**Exposed assets of a domain (inferred)

INFERRED: the vendor does not publish the Exposure paths. This operation follows the documented conventions (scoped `domain`, page-number paging, closed-open date window) and may differ from the real API; use `get_paged` for another path.

Sends a `GET` request to `/api/v1/exposure/assets`

Arguments:
- `domain`: A domain on one of your watchlists.
- `from_date`: Start of the window, inclusive (`YYYY-MM-DD`). INFERRED: the name and format are documented, but not which endpoints accept it.
- `page`: The page to return, from 1.
- `page_size`: Records per page (the server may cap it). INFERRED: the vendor documents `paging.pageSize` in responses, not the name of the request parameter.
- `search`: Free-text filter (endpoint-specific). INFERRED: the name is documented, but not which endpoints accept it (every list here declares it).
- `sort_by`: The field to sort by (endpoint-specific). INFERRED: the name is documented, but not which endpoints accept it (every list here declares it) nor the field names.
- `sort_order`: Sort direction. INFERRED: the name is documented, but not which endpoints accept it (every list here declares it) nor its values (see `SortOrder`).
- `to_date`: End of the window, exclusive (`YYYY-MM-DD`). INFERRED: the name and format are documented, but not which endpoints accept it.
- `watchlistid`: Restrict to the entries of one watchlist. INFERRED: the vendor says many list endpoints take it, but not which ones (every list here declares it).
```ignore
let response = client.list_exposure_assets()
    .domain(domain)
    .from_date(from_date)
    .page(page)
    .page_size(page_size)
    .search(search)
    .sort_by(sort_by)
    .sort_order(sort_order)
    .to_date(to_date)
    .watchlistid(watchlistid)
    .send()
    .await;
```*/
    pub fn list_exposure_assets(&self) -> builder::ListExposureAssets<'_> {
        builder::ListExposureAssets::new(self)
    }
    /**Ransomware victims by group or keyword (inferred)

INFERRED: the vendor does not publish the Ransomware paths. Give `group` (a public group name) and/or `keyword` (which must be on a ransom or keyword watchlist, else 403). Follows the documented conventions and may differ from the real API; use `get_paged` for another path.

Sends a `GET` request to `/api/v1/ransomware/victims`

Arguments:
- `from_date`: Start of the window, inclusive (`YYYY-MM-DD`). INFERRED: the name and format are documented, but not which endpoints accept it.
- `group`: A ransomware group name. INFERRED: a parameter of the inferred Ransomware path.
- `keyword`: A watched keyword. INFERRED: a parameter of the inferred Ransomware path.
- `page`: The page to return, from 1.
- `page_size`: Records per page (the server may cap it). INFERRED: the vendor documents `paging.pageSize` in responses, not the name of the request parameter.
- `search`: Free-text filter (endpoint-specific). INFERRED: the name is documented, but not which endpoints accept it (every list here declares it).
- `sort_by`: The field to sort by (endpoint-specific). INFERRED: the name is documented, but not which endpoints accept it (every list here declares it) nor the field names.
- `sort_order`: Sort direction. INFERRED: the name is documented, but not which endpoints accept it (every list here declares it) nor its values (see `SortOrder`).
- `to_date`: End of the window, exclusive (`YYYY-MM-DD`). INFERRED: the name and format are documented, but not which endpoints accept it.
- `watchlistid`: Restrict to the entries of one watchlist. INFERRED: the vendor says many list endpoints take it, but not which ones (every list here declares it).
```ignore
let response = client.list_ransomware_victims()
    .from_date(from_date)
    .group(group)
    .keyword(keyword)
    .page(page)
    .page_size(page_size)
    .search(search)
    .sort_by(sort_by)
    .sort_order(sort_order)
    .to_date(to_date)
    .watchlistid(watchlistid)
    .send()
    .await;
```*/
    pub fn list_ransomware_victims(&self) -> builder::ListRansomwareVictims<'_> {
        builder::ListRansomwareVictims::new(self)
    }
    /**List watchlists

Sends a `GET` request to `/api/v1/watchlists`

Arguments:
- `page`: The page to return, from 1.
- `page_size`: Records per page (the server may cap it). INFERRED: the vendor documents `paging.pageSize` in responses, not the name of the request parameter.
- `search`: Free-text filter (endpoint-specific). INFERRED: the name is documented, but not which endpoints accept it (every list here declares it).
- `sort_by`: The field to sort by (endpoint-specific). INFERRED: the name is documented, but not which endpoints accept it (every list here declares it) nor the field names.
- `sort_order`: Sort direction. INFERRED: the name is documented, but not which endpoints accept it (every list here declares it) nor its values (see `SortOrder`).
```ignore
let response = client.list_watchlists()
    .page(page)
    .page_size(page_size)
    .search(search)
    .sort_by(sort_by)
    .sort_order(sort_order)
    .send()
    .await;
```*/
    pub fn list_watchlists(&self) -> builder::ListWatchlists<'_> {
        builder::ListWatchlists::new(self)
    }
    /**List assets watchlist entries

Entries of the `assets` kind: IP addresses, hosts and other assets.

Sends a `GET` request to `/api/v1/watchlists/assets`

Arguments:
- `page`: The page to return, from 1.
- `page_size`: Records per page (the server may cap it). INFERRED: the vendor documents `paging.pageSize` in responses, not the name of the request parameter.
- `search`: Free-text filter (endpoint-specific). INFERRED: the name is documented, but not which endpoints accept it (every list here declares it).
- `sort_by`: The field to sort by (endpoint-specific). INFERRED: the name is documented, but not which endpoints accept it (every list here declares it) nor the field names.
- `sort_order`: Sort direction. INFERRED: the name is documented, but not which endpoints accept it (every list here declares it) nor its values (see `SortOrder`).
- `watchlistid`: Restrict to the entries of one watchlist. INFERRED: the vendor says many list endpoints take it, but not which ones (every list here declares it).
```ignore
let response = client.list_asset_watchlist()
    .page(page)
    .page_size(page_size)
    .search(search)
    .sort_by(sort_by)
    .sort_order(sort_order)
    .watchlistid(watchlistid)
    .send()
    .await;
```*/
    pub fn list_asset_watchlist(&self) -> builder::ListAssetWatchlist<'_> {
        builder::ListAssetWatchlist::new(self)
    }
    /**Add a assets watchlist entry

Adds one of IP addresses, hosts and other assets to a watchlist. Returns 409 when the workspace quota is reached.

Sends a `POST` request to `/api/v1/watchlists/assets`

```ignore
let response = client.add_asset_watchlist_entry()
    .body(body)
    .send()
    .await;
```*/
    pub fn add_asset_watchlist_entry(&self) -> builder::AddAssetWatchlistEntry<'_> {
        builder::AddAssetWatchlistEntry::new(self)
    }
    /**Delete assets watchlist entries in batch

Sends a `POST` request to `/api/v1/watchlists/assets/delete`

Arguments:
- `body`: INFERRED: the vendor documents the `{ids}` body of `POST /api/v1/watchlists/delete` only; this one is assumed to be the same.
```ignore
let response = client.delete_asset_watchlist_entries()
    .body(body)
    .send()
    .await;
```*/
    pub fn delete_asset_watchlist_entries(
        &self,
    ) -> builder::DeleteAssetWatchlistEntries<'_> {
        builder::DeleteAssetWatchlistEntries::new(self)
    }
    /**Update a assets watchlist entry

Sends a `PUT` request to `/api/v1/watchlists/assets/{id}`

Arguments:
- `id`: The id.
- `body`
```ignore
let response = client.update_asset_watchlist_entry()
    .id(id)
    .body(body)
    .send()
    .await;
```*/
    pub fn update_asset_watchlist_entry(
        &self,
    ) -> builder::UpdateAssetWatchlistEntry<'_> {
        builder::UpdateAssetWatchlistEntry::new(self)
    }
    /**List bin watchlist entries

Entries of the `bin` kind: payment-card BINs (6 to 8 digits).

Sends a `GET` request to `/api/v1/watchlists/bin`

Arguments:
- `page`: The page to return, from 1.
- `page_size`: Records per page (the server may cap it). INFERRED: the vendor documents `paging.pageSize` in responses, not the name of the request parameter.
- `search`: Free-text filter (endpoint-specific). INFERRED: the name is documented, but not which endpoints accept it (every list here declares it).
- `sort_by`: The field to sort by (endpoint-specific). INFERRED: the name is documented, but not which endpoints accept it (every list here declares it) nor the field names.
- `sort_order`: Sort direction. INFERRED: the name is documented, but not which endpoints accept it (every list here declares it) nor its values (see `SortOrder`).
- `watchlistid`: Restrict to the entries of one watchlist. INFERRED: the vendor says many list endpoints take it, but not which ones (every list here declares it).
```ignore
let response = client.list_bin_watchlist()
    .page(page)
    .page_size(page_size)
    .search(search)
    .sort_by(sort_by)
    .sort_order(sort_order)
    .watchlistid(watchlistid)
    .send()
    .await;
```*/
    pub fn list_bin_watchlist(&self) -> builder::ListBinWatchlist<'_> {
        builder::ListBinWatchlist::new(self)
    }
    /**Add a bin watchlist entry

Adds one of payment-card BINs (6 to 8 digits) to a watchlist. Returns 409 when the workspace quota is reached.

Sends a `POST` request to `/api/v1/watchlists/bin`

```ignore
let response = client.add_bin_watchlist_entry()
    .body(body)
    .send()
    .await;
```*/
    pub fn add_bin_watchlist_entry(&self) -> builder::AddBinWatchlistEntry<'_> {
        builder::AddBinWatchlistEntry::new(self)
    }
    /**Delete bin watchlist entries in batch

Sends a `POST` request to `/api/v1/watchlists/bin/delete`

Arguments:
- `body`: INFERRED: the vendor documents the `{ids}` body of `POST /api/v1/watchlists/delete` only; this one is assumed to be the same.
```ignore
let response = client.delete_bin_watchlist_entries()
    .body(body)
    .send()
    .await;
```*/
    pub fn delete_bin_watchlist_entries(
        &self,
    ) -> builder::DeleteBinWatchlistEntries<'_> {
        builder::DeleteBinWatchlistEntries::new(self)
    }
    /**Update a bin watchlist entry

Sends a `PUT` request to `/api/v1/watchlists/bin/{id}`

Arguments:
- `id`: The id.
- `body`
```ignore
let response = client.update_bin_watchlist_entry()
    .id(id)
    .body(body)
    .send()
    .await;
```*/
    pub fn update_bin_watchlist_entry(&self) -> builder::UpdateBinWatchlistEntry<'_> {
        builder::UpdateBinWatchlistEntry::new(self)
    }
    /**Create a watchlist

Sends a `POST` request to `/api/v1/watchlists/create`

```ignore
let response = client.create_watchlist()
    .body(body)
    .send()
    .await;
```*/
    pub fn create_watchlist(&self) -> builder::CreateWatchlist<'_> {
        builder::CreateWatchlist::new(self)
    }
    /**Delete watchlists in batch

Deleting a watchlist also deletes its entries.

Sends a `POST` request to `/api/v1/watchlists/delete`

```ignore
let response = client.delete_watchlists()
    .body(body)
    .send()
    .await;
```*/
    pub fn delete_watchlists(&self) -> builder::DeleteWatchlists<'_> {
        builder::DeleteWatchlists::new(self)
    }
    /**List domain watchlist entries

Entries of the `domain` kind: domains.

Sends a `GET` request to `/api/v1/watchlists/domain`

Arguments:
- `page`: The page to return, from 1.
- `page_size`: Records per page (the server may cap it). INFERRED: the vendor documents `paging.pageSize` in responses, not the name of the request parameter.
- `search`: Free-text filter (endpoint-specific). INFERRED: the name is documented, but not which endpoints accept it (every list here declares it).
- `sort_by`: The field to sort by (endpoint-specific). INFERRED: the name is documented, but not which endpoints accept it (every list here declares it) nor the field names.
- `sort_order`: Sort direction. INFERRED: the name is documented, but not which endpoints accept it (every list here declares it) nor its values (see `SortOrder`).
- `watchlistid`: Restrict to the entries of one watchlist. INFERRED: the vendor says many list endpoints take it, but not which ones (every list here declares it).
```ignore
let response = client.list_domain_watchlist()
    .page(page)
    .page_size(page_size)
    .search(search)
    .sort_by(sort_by)
    .sort_order(sort_order)
    .watchlistid(watchlistid)
    .send()
    .await;
```*/
    pub fn list_domain_watchlist(&self) -> builder::ListDomainWatchlist<'_> {
        builder::ListDomainWatchlist::new(self)
    }
    /**Add a domain watchlist entry

Adds one of domains to a watchlist. Returns 409 when the workspace quota is reached.

Sends a `POST` request to `/api/v1/watchlists/domain`

```ignore
let response = client.add_domain_watchlist_entry()
    .body(body)
    .send()
    .await;
```*/
    pub fn add_domain_watchlist_entry(&self) -> builder::AddDomainWatchlistEntry<'_> {
        builder::AddDomainWatchlistEntry::new(self)
    }
    /**Delete domain watchlist entries in batch

Sends a `POST` request to `/api/v1/watchlists/domain/delete`

Arguments:
- `body`: INFERRED: the vendor documents the `{ids}` body of `POST /api/v1/watchlists/delete` only; this one is assumed to be the same.
```ignore
let response = client.delete_domain_watchlist_entries()
    .body(body)
    .send()
    .await;
```*/
    pub fn delete_domain_watchlist_entries(
        &self,
    ) -> builder::DeleteDomainWatchlistEntries<'_> {
        builder::DeleteDomainWatchlistEntries::new(self)
    }
    /**Update a domain watchlist entry

Sends a `PUT` request to `/api/v1/watchlists/domain/{id}`

Arguments:
- `id`: The id.
- `body`
```ignore
let response = client.update_domain_watchlist_entry()
    .id(id)
    .body(body)
    .send()
    .await;
```*/
    pub fn update_domain_watchlist_entry(
        &self,
    ) -> builder::UpdateDomainWatchlistEntry<'_> {
        builder::UpdateDomainWatchlistEntry::new(self)
    }
    /**List executive watchlist entries

Entries of the `executive` kind: executives (names or e-mail addresses).

Sends a `GET` request to `/api/v1/watchlists/executive`

Arguments:
- `page`: The page to return, from 1.
- `page_size`: Records per page (the server may cap it). INFERRED: the vendor documents `paging.pageSize` in responses, not the name of the request parameter.
- `search`: Free-text filter (endpoint-specific). INFERRED: the name is documented, but not which endpoints accept it (every list here declares it).
- `sort_by`: The field to sort by (endpoint-specific). INFERRED: the name is documented, but not which endpoints accept it (every list here declares it) nor the field names.
- `sort_order`: Sort direction. INFERRED: the name is documented, but not which endpoints accept it (every list here declares it) nor its values (see `SortOrder`).
- `watchlistid`: Restrict to the entries of one watchlist. INFERRED: the vendor says many list endpoints take it, but not which ones (every list here declares it).
```ignore
let response = client.list_executive_watchlist()
    .page(page)
    .page_size(page_size)
    .search(search)
    .sort_by(sort_by)
    .sort_order(sort_order)
    .watchlistid(watchlistid)
    .send()
    .await;
```*/
    pub fn list_executive_watchlist(&self) -> builder::ListExecutiveWatchlist<'_> {
        builder::ListExecutiveWatchlist::new(self)
    }
    /**Add a executive watchlist entry

Adds one of executives (names or e-mail addresses) to a watchlist. Returns 409 when the workspace quota is reached.

Sends a `POST` request to `/api/v1/watchlists/executive`

```ignore
let response = client.add_executive_watchlist_entry()
    .body(body)
    .send()
    .await;
```*/
    pub fn add_executive_watchlist_entry(
        &self,
    ) -> builder::AddExecutiveWatchlistEntry<'_> {
        builder::AddExecutiveWatchlistEntry::new(self)
    }
    /**Delete executive watchlist entries in batch

Sends a `POST` request to `/api/v1/watchlists/executive/delete`

Arguments:
- `body`: INFERRED: the vendor documents the `{ids}` body of `POST /api/v1/watchlists/delete` only; this one is assumed to be the same.
```ignore
let response = client.delete_executive_watchlist_entries()
    .body(body)
    .send()
    .await;
```*/
    pub fn delete_executive_watchlist_entries(
        &self,
    ) -> builder::DeleteExecutiveWatchlistEntries<'_> {
        builder::DeleteExecutiveWatchlistEntries::new(self)
    }
    /**Update a executive watchlist entry

Sends a `PUT` request to `/api/v1/watchlists/executive/{id}`

Arguments:
- `id`: The id.
- `body`
```ignore
let response = client.update_executive_watchlist_entry()
    .id(id)
    .body(body)
    .send()
    .await;
```*/
    pub fn update_executive_watchlist_entry(
        &self,
    ) -> builder::UpdateExecutiveWatchlistEntry<'_> {
        builder::UpdateExecutiveWatchlistEntry::new(self)
    }
    /**List keyword watchlist entries

Entries of the `keyword` kind: keywords.

Sends a `GET` request to `/api/v1/watchlists/keyword`

Arguments:
- `page`: The page to return, from 1.
- `page_size`: Records per page (the server may cap it). INFERRED: the vendor documents `paging.pageSize` in responses, not the name of the request parameter.
- `search`: Free-text filter (endpoint-specific). INFERRED: the name is documented, but not which endpoints accept it (every list here declares it).
- `sort_by`: The field to sort by (endpoint-specific). INFERRED: the name is documented, but not which endpoints accept it (every list here declares it) nor the field names.
- `sort_order`: Sort direction. INFERRED: the name is documented, but not which endpoints accept it (every list here declares it) nor its values (see `SortOrder`).
- `watchlistid`: Restrict to the entries of one watchlist. INFERRED: the vendor says many list endpoints take it, but not which ones (every list here declares it).
```ignore
let response = client.list_keyword_watchlist()
    .page(page)
    .page_size(page_size)
    .search(search)
    .sort_by(sort_by)
    .sort_order(sort_order)
    .watchlistid(watchlistid)
    .send()
    .await;
```*/
    pub fn list_keyword_watchlist(&self) -> builder::ListKeywordWatchlist<'_> {
        builder::ListKeywordWatchlist::new(self)
    }
    /**Add a keyword watchlist entry

Adds one of keywords to a watchlist. Returns 409 when the workspace quota is reached.

Sends a `POST` request to `/api/v1/watchlists/keyword`

```ignore
let response = client.add_keyword_watchlist_entry()
    .body(body)
    .send()
    .await;
```*/
    pub fn add_keyword_watchlist_entry(&self) -> builder::AddKeywordWatchlistEntry<'_> {
        builder::AddKeywordWatchlistEntry::new(self)
    }
    /**Delete keyword watchlist entries in batch

Sends a `POST` request to `/api/v1/watchlists/keyword/delete`

Arguments:
- `body`: INFERRED: the vendor documents the `{ids}` body of `POST /api/v1/watchlists/delete` only; this one is assumed to be the same.
```ignore
let response = client.delete_keyword_watchlist_entries()
    .body(body)
    .send()
    .await;
```*/
    pub fn delete_keyword_watchlist_entries(
        &self,
    ) -> builder::DeleteKeywordWatchlistEntries<'_> {
        builder::DeleteKeywordWatchlistEntries::new(self)
    }
    /**Update a keyword watchlist entry

Sends a `PUT` request to `/api/v1/watchlists/keyword/{id}`

Arguments:
- `id`: The id.
- `body`
```ignore
let response = client.update_keyword_watchlist_entry()
    .id(id)
    .body(body)
    .send()
    .await;
```*/
    pub fn update_keyword_watchlist_entry(
        &self,
    ) -> builder::UpdateKeywordWatchlistEntry<'_> {
        builder::UpdateKeywordWatchlistEntry::new(self)
    }
    /**List ransom watchlist entries

Entries of the `ransom` kind: ransomware watch terms (company names, brands).

Sends a `GET` request to `/api/v1/watchlists/ransom`

Arguments:
- `page`: The page to return, from 1.
- `page_size`: Records per page (the server may cap it). INFERRED: the vendor documents `paging.pageSize` in responses, not the name of the request parameter.
- `search`: Free-text filter (endpoint-specific). INFERRED: the name is documented, but not which endpoints accept it (every list here declares it).
- `sort_by`: The field to sort by (endpoint-specific). INFERRED: the name is documented, but not which endpoints accept it (every list here declares it) nor the field names.
- `sort_order`: Sort direction. INFERRED: the name is documented, but not which endpoints accept it (every list here declares it) nor its values (see `SortOrder`).
- `watchlistid`: Restrict to the entries of one watchlist. INFERRED: the vendor says many list endpoints take it, but not which ones (every list here declares it).
```ignore
let response = client.list_ransom_watchlist()
    .page(page)
    .page_size(page_size)
    .search(search)
    .sort_by(sort_by)
    .sort_order(sort_order)
    .watchlistid(watchlistid)
    .send()
    .await;
```*/
    pub fn list_ransom_watchlist(&self) -> builder::ListRansomWatchlist<'_> {
        builder::ListRansomWatchlist::new(self)
    }
    /**Add a ransom watchlist entry

Adds one of ransomware watch terms (company names, brands) to a watchlist. Returns 409 when the workspace quota is reached.

Sends a `POST` request to `/api/v1/watchlists/ransom`

```ignore
let response = client.add_ransom_watchlist_entry()
    .body(body)
    .send()
    .await;
```*/
    pub fn add_ransom_watchlist_entry(&self) -> builder::AddRansomWatchlistEntry<'_> {
        builder::AddRansomWatchlistEntry::new(self)
    }
    /**Delete ransom watchlist entries in batch

Sends a `POST` request to `/api/v1/watchlists/ransom/delete`

Arguments:
- `body`: INFERRED: the vendor documents the `{ids}` body of `POST /api/v1/watchlists/delete` only; this one is assumed to be the same.
```ignore
let response = client.delete_ransom_watchlist_entries()
    .body(body)
    .send()
    .await;
```*/
    pub fn delete_ransom_watchlist_entries(
        &self,
    ) -> builder::DeleteRansomWatchlistEntries<'_> {
        builder::DeleteRansomWatchlistEntries::new(self)
    }
    /**Update a ransom watchlist entry

Sends a `PUT` request to `/api/v1/watchlists/ransom/{id}`

Arguments:
- `id`: The id.
- `body`
```ignore
let response = client.update_ransom_watchlist_entry()
    .id(id)
    .body(body)
    .send()
    .await;
```*/
    pub fn update_ransom_watchlist_entry(
        &self,
    ) -> builder::UpdateRansomWatchlistEntry<'_> {
        builder::UpdateRansomWatchlistEntry::new(self)
    }
    /**Watchlist statistics and quotas

Sends a `GET` request to `/api/v1/watchlists/stats`

```ignore
let response = client.get_watchlist_stats()
    .send()
    .await;
```*/
    pub fn get_watchlist_stats(&self) -> builder::GetWatchlistStats<'_> {
        builder::GetWatchlistStats::new(self)
    }
    /**Update a watchlist

Sends a `PUT` request to `/api/v1/watchlists/{id}`

Arguments:
- `id`: The id.
- `body`
```ignore
let response = client.update_watchlist()
    .id(id)
    .body(body)
    .send()
    .await;
```*/
    pub fn update_watchlist(&self) -> builder::UpdateWatchlist<'_> {
        builder::UpdateWatchlist::new(self)
    }
    /**Check connectivity

No authentication. Returns `{"status":"ok"}`.

Sends a `GET` request to `/health`

```ignore
let response = client.health()
    .send()
    .await;
```*/
    pub fn health(&self) -> builder::Health<'_> {
        builder::Health::new(self)
    }
}
/// Types for composing operation parameters.
#[allow(clippy::all)]
pub mod builder {
    use super::types;
    #[allow(unused_imports)]
    use super::{
        encode_path, ByteStream, ClientInfo, ClientHooks, Error, OperationInfo,
        RequestBuilderExt, ResponseValue,
    };
    /**Builder for [`Client::list_leaked_credentials`]

[`Client::list_leaked_credentials`]: super::Client::list_leaked_credentials*/
    #[derive(Debug, Clone)]
    pub struct ListLeakedCredentials<'a> {
        client: &'a super::Client,
        domain: Result<types::NonEmptyString, String>,
        from_date: Result<Option<::chrono::naive::NaiveDate>, String>,
        page: Result<Option<::std::num::NonZeroU64>, String>,
        page_size: Result<Option<::std::num::NonZeroU64>, String>,
        search: Result<Option<::std::string::String>, String>,
        sort_by: Result<Option<::std::string::String>, String>,
        sort_order: Result<Option<types::SortOrder>, String>,
        to_date: Result<Option<::chrono::naive::NaiveDate>, String>,
        watchlistid: Result<Option<types::NonEmptyString>, String>,
    }
    impl<'a> ListLeakedCredentials<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                domain: Err("domain was not initialized".to_string()),
                from_date: Ok(None),
                page: Ok(None),
                page_size: Ok(None),
                search: Ok(None),
                sort_by: Ok(None),
                sort_order: Ok(None),
                to_date: Ok(None),
                watchlistid: Ok(None),
            }
        }
        pub fn domain<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::NonEmptyString>,
        {
            self.domain = value
                .try_into()
                .map_err(|_| {
                    "conversion to `NonEmptyString` for domain failed".to_string()
                });
            self
        }
        pub fn from_date<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::chrono::naive::NaiveDate>,
        {
            self.from_date = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: chrono :: naive :: NaiveDate` for from_date failed"
                        .to_string()
                });
            self
        }
        pub fn page<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU64>,
        {
            self.page = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU64` for page failed"
                        .to_string()
                });
            self
        }
        pub fn page_size<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU64>,
        {
            self.page_size = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU64` for page_size failed"
                        .to_string()
                });
            self
        }
        pub fn search<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.search = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for search failed"
                        .to_string()
                });
            self
        }
        pub fn sort_by<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.sort_by = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for sort_by failed"
                        .to_string()
                });
            self
        }
        pub fn sort_order<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::SortOrder>,
        {
            self.sort_order = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `SortOrder` for sort_order failed".to_string()
                });
            self
        }
        pub fn to_date<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::chrono::naive::NaiveDate>,
        {
            self.to_date = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: chrono :: naive :: NaiveDate` for to_date failed"
                        .to_string()
                });
            self
        }
        pub fn watchlistid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::NonEmptyString>,
        {
            self.watchlistid = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `NonEmptyString` for watchlistid failed".to_string()
                });
            self
        }
        ///Sends a `GET` request to `/api/v1/dataleaks/credentials`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::CredentialList>, Error<types::Error>> {
            let Self {
                client,
                domain,
                from_date,
                page,
                page_size,
                search,
                sort_by,
                sort_order,
                to_date,
                watchlistid,
            } = self;
            let domain = domain.map_err(Error::InvalidRequest)?;
            let from_date = from_date.map_err(Error::InvalidRequest)?;
            let page = page.map_err(Error::InvalidRequest)?;
            let page_size = page_size.map_err(Error::InvalidRequest)?;
            let search = search.map_err(Error::InvalidRequest)?;
            let sort_by = sort_by.map_err(Error::InvalidRequest)?;
            let sort_order = sort_order.map_err(Error::InvalidRequest)?;
            let to_date = to_date.map_err(Error::InvalidRequest)?;
            let watchlistid = watchlistid.map_err(Error::InvalidRequest)?;
            let url = format!("{}/api/v1/dataleaks/credentials", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("domain", &domain))
                .query(&progenitor_client::QueryParam::new("fromDate", &from_date))
                .query(&progenitor_client::QueryParam::new("page", &page))
                .query(&progenitor_client::QueryParam::new("pageSize", &page_size))
                .query(&progenitor_client::QueryParam::new("search", &search))
                .query(&progenitor_client::QueryParam::new("sortBy", &sort_by))
                .query(&progenitor_client::QueryParam::new("sortOrder", &sort_order))
                .query(&progenitor_client::QueryParam::new("toDate", &to_date))
                .query(&progenitor_client::QueryParam::new("watchlistid", &watchlistid))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_leaked_credentials",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::list_leaked_credentials_by_email`]

[`Client::list_leaked_credentials_by_email`]: super::Client::list_leaked_credentials_by_email*/
    #[derive(Debug, Clone)]
    pub struct ListLeakedCredentialsByEmail<'a> {
        client: &'a super::Client,
        email: Result<::std::string::String, String>,
        from_date: Result<Option<::chrono::naive::NaiveDate>, String>,
        page: Result<Option<::std::num::NonZeroU64>, String>,
        page_size: Result<Option<::std::num::NonZeroU64>, String>,
        search: Result<Option<::std::string::String>, String>,
        sort_by: Result<Option<::std::string::String>, String>,
        sort_order: Result<Option<types::SortOrder>, String>,
        to_date: Result<Option<::chrono::naive::NaiveDate>, String>,
        watchlistid: Result<Option<types::NonEmptyString>, String>,
    }
    impl<'a> ListLeakedCredentialsByEmail<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                email: Err("email was not initialized".to_string()),
                from_date: Ok(None),
                page: Ok(None),
                page_size: Ok(None),
                search: Ok(None),
                sort_by: Ok(None),
                sort_order: Ok(None),
                to_date: Ok(None),
                watchlistid: Ok(None),
            }
        }
        pub fn email<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.email = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for email failed"
                        .to_string()
                });
            self
        }
        pub fn from_date<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::chrono::naive::NaiveDate>,
        {
            self.from_date = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: chrono :: naive :: NaiveDate` for from_date failed"
                        .to_string()
                });
            self
        }
        pub fn page<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU64>,
        {
            self.page = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU64` for page failed"
                        .to_string()
                });
            self
        }
        pub fn page_size<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU64>,
        {
            self.page_size = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU64` for page_size failed"
                        .to_string()
                });
            self
        }
        pub fn search<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.search = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for search failed"
                        .to_string()
                });
            self
        }
        pub fn sort_by<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.sort_by = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for sort_by failed"
                        .to_string()
                });
            self
        }
        pub fn sort_order<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::SortOrder>,
        {
            self.sort_order = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `SortOrder` for sort_order failed".to_string()
                });
            self
        }
        pub fn to_date<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::chrono::naive::NaiveDate>,
        {
            self.to_date = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: chrono :: naive :: NaiveDate` for to_date failed"
                        .to_string()
                });
            self
        }
        pub fn watchlistid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::NonEmptyString>,
        {
            self.watchlistid = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `NonEmptyString` for watchlistid failed".to_string()
                });
            self
        }
        ///Sends a `GET` request to `/api/v1/dataleaks/credentials/email`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::CredentialList>, Error<types::Error>> {
            let Self {
                client,
                email,
                from_date,
                page,
                page_size,
                search,
                sort_by,
                sort_order,
                to_date,
                watchlistid,
            } = self;
            let email = email.map_err(Error::InvalidRequest)?;
            let from_date = from_date.map_err(Error::InvalidRequest)?;
            let page = page.map_err(Error::InvalidRequest)?;
            let page_size = page_size.map_err(Error::InvalidRequest)?;
            let search = search.map_err(Error::InvalidRequest)?;
            let sort_by = sort_by.map_err(Error::InvalidRequest)?;
            let sort_order = sort_order.map_err(Error::InvalidRequest)?;
            let to_date = to_date.map_err(Error::InvalidRequest)?;
            let watchlistid = watchlistid.map_err(Error::InvalidRequest)?;
            let url = format!("{}/api/v1/dataleaks/credentials/email", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("email", &email))
                .query(&progenitor_client::QueryParam::new("fromDate", &from_date))
                .query(&progenitor_client::QueryParam::new("page", &page))
                .query(&progenitor_client::QueryParam::new("pageSize", &page_size))
                .query(&progenitor_client::QueryParam::new("search", &search))
                .query(&progenitor_client::QueryParam::new("sortBy", &sort_by))
                .query(&progenitor_client::QueryParam::new("sortOrder", &sort_order))
                .query(&progenitor_client::QueryParam::new("toDate", &to_date))
                .query(&progenitor_client::QueryParam::new("watchlistid", &watchlistid))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_leaked_credentials_by_email",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::list_leaked_documents`]

[`Client::list_leaked_documents`]: super::Client::list_leaked_documents*/
    #[derive(Debug, Clone)]
    pub struct ListLeakedDocuments<'a> {
        client: &'a super::Client,
        domain: Result<types::NonEmptyString, String>,
        from_date: Result<Option<::chrono::naive::NaiveDate>, String>,
        page: Result<Option<::std::num::NonZeroU64>, String>,
        page_size: Result<Option<::std::num::NonZeroU64>, String>,
        search: Result<Option<::std::string::String>, String>,
        sort_by: Result<Option<::std::string::String>, String>,
        sort_order: Result<Option<types::SortOrder>, String>,
        to_date: Result<Option<::chrono::naive::NaiveDate>, String>,
        watchlistid: Result<Option<types::NonEmptyString>, String>,
    }
    impl<'a> ListLeakedDocuments<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                domain: Err("domain was not initialized".to_string()),
                from_date: Ok(None),
                page: Ok(None),
                page_size: Ok(None),
                search: Ok(None),
                sort_by: Ok(None),
                sort_order: Ok(None),
                to_date: Ok(None),
                watchlistid: Ok(None),
            }
        }
        pub fn domain<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::NonEmptyString>,
        {
            self.domain = value
                .try_into()
                .map_err(|_| {
                    "conversion to `NonEmptyString` for domain failed".to_string()
                });
            self
        }
        pub fn from_date<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::chrono::naive::NaiveDate>,
        {
            self.from_date = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: chrono :: naive :: NaiveDate` for from_date failed"
                        .to_string()
                });
            self
        }
        pub fn page<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU64>,
        {
            self.page = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU64` for page failed"
                        .to_string()
                });
            self
        }
        pub fn page_size<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU64>,
        {
            self.page_size = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU64` for page_size failed"
                        .to_string()
                });
            self
        }
        pub fn search<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.search = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for search failed"
                        .to_string()
                });
            self
        }
        pub fn sort_by<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.sort_by = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for sort_by failed"
                        .to_string()
                });
            self
        }
        pub fn sort_order<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::SortOrder>,
        {
            self.sort_order = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `SortOrder` for sort_order failed".to_string()
                });
            self
        }
        pub fn to_date<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::chrono::naive::NaiveDate>,
        {
            self.to_date = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: chrono :: naive :: NaiveDate` for to_date failed"
                        .to_string()
                });
            self
        }
        pub fn watchlistid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::NonEmptyString>,
        {
            self.watchlistid = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `NonEmptyString` for watchlistid failed".to_string()
                });
            self
        }
        ///Sends a `GET` request to `/api/v1/dataleaks/documents`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::DocumentList>, Error<types::Error>> {
            let Self {
                client,
                domain,
                from_date,
                page,
                page_size,
                search,
                sort_by,
                sort_order,
                to_date,
                watchlistid,
            } = self;
            let domain = domain.map_err(Error::InvalidRequest)?;
            let from_date = from_date.map_err(Error::InvalidRequest)?;
            let page = page.map_err(Error::InvalidRequest)?;
            let page_size = page_size.map_err(Error::InvalidRequest)?;
            let search = search.map_err(Error::InvalidRequest)?;
            let sort_by = sort_by.map_err(Error::InvalidRequest)?;
            let sort_order = sort_order.map_err(Error::InvalidRequest)?;
            let to_date = to_date.map_err(Error::InvalidRequest)?;
            let watchlistid = watchlistid.map_err(Error::InvalidRequest)?;
            let url = format!("{}/api/v1/dataleaks/documents", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("domain", &domain))
                .query(&progenitor_client::QueryParam::new("fromDate", &from_date))
                .query(&progenitor_client::QueryParam::new("page", &page))
                .query(&progenitor_client::QueryParam::new("pageSize", &page_size))
                .query(&progenitor_client::QueryParam::new("search", &search))
                .query(&progenitor_client::QueryParam::new("sortBy", &sort_by))
                .query(&progenitor_client::QueryParam::new("sortOrder", &sort_order))
                .query(&progenitor_client::QueryParam::new("toDate", &to_date))
                .query(&progenitor_client::QueryParam::new("watchlistid", &watchlistid))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_leaked_documents",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::list_leaked_payment_cards`]

[`Client::list_leaked_payment_cards`]: super::Client::list_leaked_payment_cards*/
    #[derive(Debug, Clone)]
    pub struct ListLeakedPaymentCards<'a> {
        client: &'a super::Client,
        bin: Result<types::ListLeakedPaymentCardsBin, String>,
        from_date: Result<Option<::chrono::naive::NaiveDate>, String>,
        page: Result<Option<::std::num::NonZeroU64>, String>,
        page_size: Result<Option<::std::num::NonZeroU64>, String>,
        search: Result<Option<::std::string::String>, String>,
        sort_by: Result<Option<::std::string::String>, String>,
        sort_order: Result<Option<types::SortOrder>, String>,
        to_date: Result<Option<::chrono::naive::NaiveDate>, String>,
        watchlistid: Result<Option<types::NonEmptyString>, String>,
    }
    impl<'a> ListLeakedPaymentCards<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                bin: Err("bin was not initialized".to_string()),
                from_date: Ok(None),
                page: Ok(None),
                page_size: Ok(None),
                search: Ok(None),
                sort_by: Ok(None),
                sort_order: Ok(None),
                to_date: Ok(None),
                watchlistid: Ok(None),
            }
        }
        pub fn bin<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ListLeakedPaymentCardsBin>,
        {
            self.bin = value
                .try_into()
                .map_err(|_| {
                    "conversion to `ListLeakedPaymentCardsBin` for bin failed"
                        .to_string()
                });
            self
        }
        pub fn from_date<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::chrono::naive::NaiveDate>,
        {
            self.from_date = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: chrono :: naive :: NaiveDate` for from_date failed"
                        .to_string()
                });
            self
        }
        pub fn page<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU64>,
        {
            self.page = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU64` for page failed"
                        .to_string()
                });
            self
        }
        pub fn page_size<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU64>,
        {
            self.page_size = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU64` for page_size failed"
                        .to_string()
                });
            self
        }
        pub fn search<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.search = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for search failed"
                        .to_string()
                });
            self
        }
        pub fn sort_by<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.sort_by = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for sort_by failed"
                        .to_string()
                });
            self
        }
        pub fn sort_order<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::SortOrder>,
        {
            self.sort_order = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `SortOrder` for sort_order failed".to_string()
                });
            self
        }
        pub fn to_date<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::chrono::naive::NaiveDate>,
        {
            self.to_date = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: chrono :: naive :: NaiveDate` for to_date failed"
                        .to_string()
                });
            self
        }
        pub fn watchlistid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::NonEmptyString>,
        {
            self.watchlistid = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `NonEmptyString` for watchlistid failed".to_string()
                });
            self
        }
        ///Sends a `GET` request to `/api/v1/dataleaks/paymentcards/bins`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::PaymentCardList>, Error<types::Error>> {
            let Self {
                client,
                bin,
                from_date,
                page,
                page_size,
                search,
                sort_by,
                sort_order,
                to_date,
                watchlistid,
            } = self;
            let bin = bin.map_err(Error::InvalidRequest)?;
            let from_date = from_date.map_err(Error::InvalidRequest)?;
            let page = page.map_err(Error::InvalidRequest)?;
            let page_size = page_size.map_err(Error::InvalidRequest)?;
            let search = search.map_err(Error::InvalidRequest)?;
            let sort_by = sort_by.map_err(Error::InvalidRequest)?;
            let sort_order = sort_order.map_err(Error::InvalidRequest)?;
            let to_date = to_date.map_err(Error::InvalidRequest)?;
            let watchlistid = watchlistid.map_err(Error::InvalidRequest)?;
            let url = format!("{}/api/v1/dataleaks/paymentcards/bins", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("bin", &bin))
                .query(&progenitor_client::QueryParam::new("fromDate", &from_date))
                .query(&progenitor_client::QueryParam::new("page", &page))
                .query(&progenitor_client::QueryParam::new("pageSize", &page_size))
                .query(&progenitor_client::QueryParam::new("search", &search))
                .query(&progenitor_client::QueryParam::new("sortBy", &sort_by))
                .query(&progenitor_client::QueryParam::new("sortOrder", &sort_order))
                .query(&progenitor_client::QueryParam::new("toDate", &to_date))
                .query(&progenitor_client::QueryParam::new("watchlistid", &watchlistid))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_leaked_payment_cards",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::get_dataleaks_stats`]

[`Client::get_dataleaks_stats`]: super::Client::get_dataleaks_stats*/
    #[derive(Debug, Clone)]
    pub struct GetDataleaksStats<'a> {
        client: &'a super::Client,
        domain: Result<types::NonEmptyString, String>,
        from_date: Result<Option<::chrono::naive::NaiveDate>, String>,
        to_date: Result<Option<::chrono::naive::NaiveDate>, String>,
        watchlistid: Result<Option<types::NonEmptyString>, String>,
    }
    impl<'a> GetDataleaksStats<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                domain: Err("domain was not initialized".to_string()),
                from_date: Ok(None),
                to_date: Ok(None),
                watchlistid: Ok(None),
            }
        }
        pub fn domain<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::NonEmptyString>,
        {
            self.domain = value
                .try_into()
                .map_err(|_| {
                    "conversion to `NonEmptyString` for domain failed".to_string()
                });
            self
        }
        pub fn from_date<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::chrono::naive::NaiveDate>,
        {
            self.from_date = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: chrono :: naive :: NaiveDate` for from_date failed"
                        .to_string()
                });
            self
        }
        pub fn to_date<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::chrono::naive::NaiveDate>,
        {
            self.to_date = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: chrono :: naive :: NaiveDate` for to_date failed"
                        .to_string()
                });
            self
        }
        pub fn watchlistid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::NonEmptyString>,
        {
            self.watchlistid = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `NonEmptyString` for watchlistid failed".to_string()
                });
            self
        }
        ///Sends a `GET` request to `/api/v1/dataleaks/stats`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::DataleaksStatsResponse>, Error<types::Error>> {
            let Self { client, domain, from_date, to_date, watchlistid } = self;
            let domain = domain.map_err(Error::InvalidRequest)?;
            let from_date = from_date.map_err(Error::InvalidRequest)?;
            let to_date = to_date.map_err(Error::InvalidRequest)?;
            let watchlistid = watchlistid.map_err(Error::InvalidRequest)?;
            let url = format!("{}/api/v1/dataleaks/stats", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("domain", &domain))
                .query(&progenitor_client::QueryParam::new("fromDate", &from_date))
                .query(&progenitor_client::QueryParam::new("toDate", &to_date))
                .query(&progenitor_client::QueryParam::new("watchlistid", &watchlistid))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_dataleaks_stats",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::list_exposure_assets`]

[`Client::list_exposure_assets`]: super::Client::list_exposure_assets*/
    #[derive(Debug, Clone)]
    pub struct ListExposureAssets<'a> {
        client: &'a super::Client,
        domain: Result<types::NonEmptyString, String>,
        from_date: Result<Option<::chrono::naive::NaiveDate>, String>,
        page: Result<Option<::std::num::NonZeroU64>, String>,
        page_size: Result<Option<::std::num::NonZeroU64>, String>,
        search: Result<Option<::std::string::String>, String>,
        sort_by: Result<Option<::std::string::String>, String>,
        sort_order: Result<Option<types::SortOrder>, String>,
        to_date: Result<Option<::chrono::naive::NaiveDate>, String>,
        watchlistid: Result<Option<types::NonEmptyString>, String>,
    }
    impl<'a> ListExposureAssets<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                domain: Err("domain was not initialized".to_string()),
                from_date: Ok(None),
                page: Ok(None),
                page_size: Ok(None),
                search: Ok(None),
                sort_by: Ok(None),
                sort_order: Ok(None),
                to_date: Ok(None),
                watchlistid: Ok(None),
            }
        }
        pub fn domain<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::NonEmptyString>,
        {
            self.domain = value
                .try_into()
                .map_err(|_| {
                    "conversion to `NonEmptyString` for domain failed".to_string()
                });
            self
        }
        pub fn from_date<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::chrono::naive::NaiveDate>,
        {
            self.from_date = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: chrono :: naive :: NaiveDate` for from_date failed"
                        .to_string()
                });
            self
        }
        pub fn page<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU64>,
        {
            self.page = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU64` for page failed"
                        .to_string()
                });
            self
        }
        pub fn page_size<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU64>,
        {
            self.page_size = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU64` for page_size failed"
                        .to_string()
                });
            self
        }
        pub fn search<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.search = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for search failed"
                        .to_string()
                });
            self
        }
        pub fn sort_by<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.sort_by = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for sort_by failed"
                        .to_string()
                });
            self
        }
        pub fn sort_order<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::SortOrder>,
        {
            self.sort_order = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `SortOrder` for sort_order failed".to_string()
                });
            self
        }
        pub fn to_date<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::chrono::naive::NaiveDate>,
        {
            self.to_date = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: chrono :: naive :: NaiveDate` for to_date failed"
                        .to_string()
                });
            self
        }
        pub fn watchlistid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::NonEmptyString>,
        {
            self.watchlistid = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `NonEmptyString` for watchlistid failed".to_string()
                });
            self
        }
        ///Sends a `GET` request to `/api/v1/exposure/assets`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ExposureAssetList>, Error<types::Error>> {
            let Self {
                client,
                domain,
                from_date,
                page,
                page_size,
                search,
                sort_by,
                sort_order,
                to_date,
                watchlistid,
            } = self;
            let domain = domain.map_err(Error::InvalidRequest)?;
            let from_date = from_date.map_err(Error::InvalidRequest)?;
            let page = page.map_err(Error::InvalidRequest)?;
            let page_size = page_size.map_err(Error::InvalidRequest)?;
            let search = search.map_err(Error::InvalidRequest)?;
            let sort_by = sort_by.map_err(Error::InvalidRequest)?;
            let sort_order = sort_order.map_err(Error::InvalidRequest)?;
            let to_date = to_date.map_err(Error::InvalidRequest)?;
            let watchlistid = watchlistid.map_err(Error::InvalidRequest)?;
            let url = format!("{}/api/v1/exposure/assets", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("domain", &domain))
                .query(&progenitor_client::QueryParam::new("fromDate", &from_date))
                .query(&progenitor_client::QueryParam::new("page", &page))
                .query(&progenitor_client::QueryParam::new("pageSize", &page_size))
                .query(&progenitor_client::QueryParam::new("search", &search))
                .query(&progenitor_client::QueryParam::new("sortBy", &sort_by))
                .query(&progenitor_client::QueryParam::new("sortOrder", &sort_order))
                .query(&progenitor_client::QueryParam::new("toDate", &to_date))
                .query(&progenitor_client::QueryParam::new("watchlistid", &watchlistid))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_exposure_assets",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::list_ransomware_victims`]

[`Client::list_ransomware_victims`]: super::Client::list_ransomware_victims*/
    #[derive(Debug, Clone)]
    pub struct ListRansomwareVictims<'a> {
        client: &'a super::Client,
        from_date: Result<Option<::chrono::naive::NaiveDate>, String>,
        group: Result<Option<types::NonEmptyString>, String>,
        keyword: Result<Option<types::NonEmptyString>, String>,
        page: Result<Option<::std::num::NonZeroU64>, String>,
        page_size: Result<Option<::std::num::NonZeroU64>, String>,
        search: Result<Option<::std::string::String>, String>,
        sort_by: Result<Option<::std::string::String>, String>,
        sort_order: Result<Option<types::SortOrder>, String>,
        to_date: Result<Option<::chrono::naive::NaiveDate>, String>,
        watchlistid: Result<Option<types::NonEmptyString>, String>,
    }
    impl<'a> ListRansomwareVictims<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                from_date: Ok(None),
                group: Ok(None),
                keyword: Ok(None),
                page: Ok(None),
                page_size: Ok(None),
                search: Ok(None),
                sort_by: Ok(None),
                sort_order: Ok(None),
                to_date: Ok(None),
                watchlistid: Ok(None),
            }
        }
        pub fn from_date<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::chrono::naive::NaiveDate>,
        {
            self.from_date = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: chrono :: naive :: NaiveDate` for from_date failed"
                        .to_string()
                });
            self
        }
        pub fn group<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::NonEmptyString>,
        {
            self.group = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `NonEmptyString` for group failed".to_string()
                });
            self
        }
        pub fn keyword<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::NonEmptyString>,
        {
            self.keyword = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `NonEmptyString` for keyword failed".to_string()
                });
            self
        }
        pub fn page<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU64>,
        {
            self.page = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU64` for page failed"
                        .to_string()
                });
            self
        }
        pub fn page_size<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU64>,
        {
            self.page_size = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU64` for page_size failed"
                        .to_string()
                });
            self
        }
        pub fn search<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.search = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for search failed"
                        .to_string()
                });
            self
        }
        pub fn sort_by<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.sort_by = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for sort_by failed"
                        .to_string()
                });
            self
        }
        pub fn sort_order<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::SortOrder>,
        {
            self.sort_order = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `SortOrder` for sort_order failed".to_string()
                });
            self
        }
        pub fn to_date<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::chrono::naive::NaiveDate>,
        {
            self.to_date = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: chrono :: naive :: NaiveDate` for to_date failed"
                        .to_string()
                });
            self
        }
        pub fn watchlistid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::NonEmptyString>,
        {
            self.watchlistid = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `NonEmptyString` for watchlistid failed".to_string()
                });
            self
        }
        ///Sends a `GET` request to `/api/v1/ransomware/victims`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::RansomwareVictimList>, Error<types::Error>> {
            let Self {
                client,
                from_date,
                group,
                keyword,
                page,
                page_size,
                search,
                sort_by,
                sort_order,
                to_date,
                watchlistid,
            } = self;
            let from_date = from_date.map_err(Error::InvalidRequest)?;
            let group = group.map_err(Error::InvalidRequest)?;
            let keyword = keyword.map_err(Error::InvalidRequest)?;
            let page = page.map_err(Error::InvalidRequest)?;
            let page_size = page_size.map_err(Error::InvalidRequest)?;
            let search = search.map_err(Error::InvalidRequest)?;
            let sort_by = sort_by.map_err(Error::InvalidRequest)?;
            let sort_order = sort_order.map_err(Error::InvalidRequest)?;
            let to_date = to_date.map_err(Error::InvalidRequest)?;
            let watchlistid = watchlistid.map_err(Error::InvalidRequest)?;
            let url = format!("{}/api/v1/ransomware/victims", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("fromDate", &from_date))
                .query(&progenitor_client::QueryParam::new("group", &group))
                .query(&progenitor_client::QueryParam::new("keyword", &keyword))
                .query(&progenitor_client::QueryParam::new("page", &page))
                .query(&progenitor_client::QueryParam::new("pageSize", &page_size))
                .query(&progenitor_client::QueryParam::new("search", &search))
                .query(&progenitor_client::QueryParam::new("sortBy", &sort_by))
                .query(&progenitor_client::QueryParam::new("sortOrder", &sort_order))
                .query(&progenitor_client::QueryParam::new("toDate", &to_date))
                .query(&progenitor_client::QueryParam::new("watchlistid", &watchlistid))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_ransomware_victims",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::list_watchlists`]

[`Client::list_watchlists`]: super::Client::list_watchlists*/
    #[derive(Debug, Clone)]
    pub struct ListWatchlists<'a> {
        client: &'a super::Client,
        page: Result<Option<::std::num::NonZeroU64>, String>,
        page_size: Result<Option<::std::num::NonZeroU64>, String>,
        search: Result<Option<::std::string::String>, String>,
        sort_by: Result<Option<::std::string::String>, String>,
        sort_order: Result<Option<types::SortOrder>, String>,
    }
    impl<'a> ListWatchlists<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                page: Ok(None),
                page_size: Ok(None),
                search: Ok(None),
                sort_by: Ok(None),
                sort_order: Ok(None),
            }
        }
        pub fn page<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU64>,
        {
            self.page = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU64` for page failed"
                        .to_string()
                });
            self
        }
        pub fn page_size<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU64>,
        {
            self.page_size = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU64` for page_size failed"
                        .to_string()
                });
            self
        }
        pub fn search<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.search = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for search failed"
                        .to_string()
                });
            self
        }
        pub fn sort_by<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.sort_by = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for sort_by failed"
                        .to_string()
                });
            self
        }
        pub fn sort_order<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::SortOrder>,
        {
            self.sort_order = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `SortOrder` for sort_order failed".to_string()
                });
            self
        }
        ///Sends a `GET` request to `/api/v1/watchlists`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::WatchlistList>, Error<types::Error>> {
            let Self { client, page, page_size, search, sort_by, sort_order } = self;
            let page = page.map_err(Error::InvalidRequest)?;
            let page_size = page_size.map_err(Error::InvalidRequest)?;
            let search = search.map_err(Error::InvalidRequest)?;
            let sort_by = sort_by.map_err(Error::InvalidRequest)?;
            let sort_order = sort_order.map_err(Error::InvalidRequest)?;
            let url = format!("{}/api/v1/watchlists", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("page", &page))
                .query(&progenitor_client::QueryParam::new("pageSize", &page_size))
                .query(&progenitor_client::QueryParam::new("search", &search))
                .query(&progenitor_client::QueryParam::new("sortBy", &sort_by))
                .query(&progenitor_client::QueryParam::new("sortOrder", &sort_order))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_watchlists",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::list_asset_watchlist`]

[`Client::list_asset_watchlist`]: super::Client::list_asset_watchlist*/
    #[derive(Debug, Clone)]
    pub struct ListAssetWatchlist<'a> {
        client: &'a super::Client,
        page: Result<Option<::std::num::NonZeroU64>, String>,
        page_size: Result<Option<::std::num::NonZeroU64>, String>,
        search: Result<Option<::std::string::String>, String>,
        sort_by: Result<Option<::std::string::String>, String>,
        sort_order: Result<Option<types::SortOrder>, String>,
        watchlistid: Result<Option<types::NonEmptyString>, String>,
    }
    impl<'a> ListAssetWatchlist<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                page: Ok(None),
                page_size: Ok(None),
                search: Ok(None),
                sort_by: Ok(None),
                sort_order: Ok(None),
                watchlistid: Ok(None),
            }
        }
        pub fn page<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU64>,
        {
            self.page = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU64` for page failed"
                        .to_string()
                });
            self
        }
        pub fn page_size<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU64>,
        {
            self.page_size = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU64` for page_size failed"
                        .to_string()
                });
            self
        }
        pub fn search<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.search = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for search failed"
                        .to_string()
                });
            self
        }
        pub fn sort_by<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.sort_by = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for sort_by failed"
                        .to_string()
                });
            self
        }
        pub fn sort_order<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::SortOrder>,
        {
            self.sort_order = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `SortOrder` for sort_order failed".to_string()
                });
            self
        }
        pub fn watchlistid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::NonEmptyString>,
        {
            self.watchlistid = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `NonEmptyString` for watchlistid failed".to_string()
                });
            self
        }
        ///Sends a `GET` request to `/api/v1/watchlists/assets`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::WatchlistEntryList>, Error<types::Error>> {
            let Self {
                client,
                page,
                page_size,
                search,
                sort_by,
                sort_order,
                watchlistid,
            } = self;
            let page = page.map_err(Error::InvalidRequest)?;
            let page_size = page_size.map_err(Error::InvalidRequest)?;
            let search = search.map_err(Error::InvalidRequest)?;
            let sort_by = sort_by.map_err(Error::InvalidRequest)?;
            let sort_order = sort_order.map_err(Error::InvalidRequest)?;
            let watchlistid = watchlistid.map_err(Error::InvalidRequest)?;
            let url = format!("{}/api/v1/watchlists/assets", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("page", &page))
                .query(&progenitor_client::QueryParam::new("pageSize", &page_size))
                .query(&progenitor_client::QueryParam::new("search", &search))
                .query(&progenitor_client::QueryParam::new("sortBy", &sort_by))
                .query(&progenitor_client::QueryParam::new("sortOrder", &sort_order))
                .query(&progenitor_client::QueryParam::new("watchlistid", &watchlistid))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_asset_watchlist",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::add_asset_watchlist_entry`]

[`Client::add_asset_watchlist_entry`]: super::Client::add_asset_watchlist_entry*/
    #[derive(Debug, Clone)]
    pub struct AddAssetWatchlistEntry<'a> {
        client: &'a super::Client,
        body: Result<types::builder::WatchlistEntryCreate, String>,
    }
    impl<'a> AddAssetWatchlistEntry<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::WatchlistEntryCreate>,
            <V as std::convert::TryInto<
                types::WatchlistEntryCreate,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `WatchlistEntryCreate` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::WatchlistEntryCreate,
            ) -> types::builder::WatchlistEntryCreate,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/api/v1/watchlists/assets`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::WatchlistEntryResponse>, Error<types::Error>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::WatchlistEntryCreate::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/api/v1/watchlists/assets", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "add_asset_watchlist_entry",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                201u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                409u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::delete_asset_watchlist_entries`]

[`Client::delete_asset_watchlist_entries`]: super::Client::delete_asset_watchlist_entries*/
    #[derive(Debug, Clone)]
    pub struct DeleteAssetWatchlistEntries<'a> {
        client: &'a super::Client,
        body: Result<types::builder::DeleteRequest, String>,
    }
    impl<'a> DeleteAssetWatchlistEntries<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::DeleteRequest>,
            <V as std::convert::TryInto<types::DeleteRequest>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `DeleteRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::DeleteRequest,
            ) -> types::builder::DeleteRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/api/v1/watchlists/assets/delete`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::DeleteResponse>, Error<types::Error>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::DeleteRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/api/v1/watchlists/assets/delete", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "delete_asset_watchlist_entries",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::update_asset_watchlist_entry`]

[`Client::update_asset_watchlist_entry`]: super::Client::update_asset_watchlist_entry*/
    #[derive(Debug, Clone)]
    pub struct UpdateAssetWatchlistEntry<'a> {
        client: &'a super::Client,
        id: Result<types::NonEmptyString, String>,
        body: Result<types::builder::WatchlistEntryUpdate, String>,
    }
    impl<'a> UpdateAssetWatchlistEntry<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::NonEmptyString>,
        {
            self.id = value
                .try_into()
                .map_err(|_| "conversion to `NonEmptyString` for id failed".to_string());
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::WatchlistEntryUpdate>,
            <V as std::convert::TryInto<
                types::WatchlistEntryUpdate,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `WatchlistEntryUpdate` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::WatchlistEntryUpdate,
            ) -> types::builder::WatchlistEntryUpdate,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `PUT` request to `/api/v1/watchlists/assets/{id}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::WatchlistEntryResponse>, Error<types::Error>> {
            let Self { client, id, body } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::WatchlistEntryUpdate::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v1/watchlists/assets/{}", client.baseurl, encode_path(& id
                .to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .put(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "update_asset_watchlist_entry",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                409u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::list_bin_watchlist`]

[`Client::list_bin_watchlist`]: super::Client::list_bin_watchlist*/
    #[derive(Debug, Clone)]
    pub struct ListBinWatchlist<'a> {
        client: &'a super::Client,
        page: Result<Option<::std::num::NonZeroU64>, String>,
        page_size: Result<Option<::std::num::NonZeroU64>, String>,
        search: Result<Option<::std::string::String>, String>,
        sort_by: Result<Option<::std::string::String>, String>,
        sort_order: Result<Option<types::SortOrder>, String>,
        watchlistid: Result<Option<types::NonEmptyString>, String>,
    }
    impl<'a> ListBinWatchlist<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                page: Ok(None),
                page_size: Ok(None),
                search: Ok(None),
                sort_by: Ok(None),
                sort_order: Ok(None),
                watchlistid: Ok(None),
            }
        }
        pub fn page<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU64>,
        {
            self.page = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU64` for page failed"
                        .to_string()
                });
            self
        }
        pub fn page_size<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU64>,
        {
            self.page_size = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU64` for page_size failed"
                        .to_string()
                });
            self
        }
        pub fn search<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.search = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for search failed"
                        .to_string()
                });
            self
        }
        pub fn sort_by<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.sort_by = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for sort_by failed"
                        .to_string()
                });
            self
        }
        pub fn sort_order<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::SortOrder>,
        {
            self.sort_order = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `SortOrder` for sort_order failed".to_string()
                });
            self
        }
        pub fn watchlistid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::NonEmptyString>,
        {
            self.watchlistid = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `NonEmptyString` for watchlistid failed".to_string()
                });
            self
        }
        ///Sends a `GET` request to `/api/v1/watchlists/bin`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::WatchlistEntryList>, Error<types::Error>> {
            let Self {
                client,
                page,
                page_size,
                search,
                sort_by,
                sort_order,
                watchlistid,
            } = self;
            let page = page.map_err(Error::InvalidRequest)?;
            let page_size = page_size.map_err(Error::InvalidRequest)?;
            let search = search.map_err(Error::InvalidRequest)?;
            let sort_by = sort_by.map_err(Error::InvalidRequest)?;
            let sort_order = sort_order.map_err(Error::InvalidRequest)?;
            let watchlistid = watchlistid.map_err(Error::InvalidRequest)?;
            let url = format!("{}/api/v1/watchlists/bin", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("page", &page))
                .query(&progenitor_client::QueryParam::new("pageSize", &page_size))
                .query(&progenitor_client::QueryParam::new("search", &search))
                .query(&progenitor_client::QueryParam::new("sortBy", &sort_by))
                .query(&progenitor_client::QueryParam::new("sortOrder", &sort_order))
                .query(&progenitor_client::QueryParam::new("watchlistid", &watchlistid))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_bin_watchlist",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::add_bin_watchlist_entry`]

[`Client::add_bin_watchlist_entry`]: super::Client::add_bin_watchlist_entry*/
    #[derive(Debug, Clone)]
    pub struct AddBinWatchlistEntry<'a> {
        client: &'a super::Client,
        body: Result<types::builder::WatchlistEntryCreate, String>,
    }
    impl<'a> AddBinWatchlistEntry<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::WatchlistEntryCreate>,
            <V as std::convert::TryInto<
                types::WatchlistEntryCreate,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `WatchlistEntryCreate` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::WatchlistEntryCreate,
            ) -> types::builder::WatchlistEntryCreate,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/api/v1/watchlists/bin`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::WatchlistEntryResponse>, Error<types::Error>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::WatchlistEntryCreate::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/api/v1/watchlists/bin", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "add_bin_watchlist_entry",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                201u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                409u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::delete_bin_watchlist_entries`]

[`Client::delete_bin_watchlist_entries`]: super::Client::delete_bin_watchlist_entries*/
    #[derive(Debug, Clone)]
    pub struct DeleteBinWatchlistEntries<'a> {
        client: &'a super::Client,
        body: Result<types::builder::DeleteRequest, String>,
    }
    impl<'a> DeleteBinWatchlistEntries<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::DeleteRequest>,
            <V as std::convert::TryInto<types::DeleteRequest>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `DeleteRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::DeleteRequest,
            ) -> types::builder::DeleteRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/api/v1/watchlists/bin/delete`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::DeleteResponse>, Error<types::Error>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::DeleteRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/api/v1/watchlists/bin/delete", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "delete_bin_watchlist_entries",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::update_bin_watchlist_entry`]

[`Client::update_bin_watchlist_entry`]: super::Client::update_bin_watchlist_entry*/
    #[derive(Debug, Clone)]
    pub struct UpdateBinWatchlistEntry<'a> {
        client: &'a super::Client,
        id: Result<types::NonEmptyString, String>,
        body: Result<types::builder::WatchlistEntryUpdate, String>,
    }
    impl<'a> UpdateBinWatchlistEntry<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::NonEmptyString>,
        {
            self.id = value
                .try_into()
                .map_err(|_| "conversion to `NonEmptyString` for id failed".to_string());
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::WatchlistEntryUpdate>,
            <V as std::convert::TryInto<
                types::WatchlistEntryUpdate,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `WatchlistEntryUpdate` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::WatchlistEntryUpdate,
            ) -> types::builder::WatchlistEntryUpdate,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `PUT` request to `/api/v1/watchlists/bin/{id}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::WatchlistEntryResponse>, Error<types::Error>> {
            let Self { client, id, body } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::WatchlistEntryUpdate::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v1/watchlists/bin/{}", client.baseurl, encode_path(& id
                .to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .put(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "update_bin_watchlist_entry",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                409u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::create_watchlist`]

[`Client::create_watchlist`]: super::Client::create_watchlist*/
    #[derive(Debug, Clone)]
    pub struct CreateWatchlist<'a> {
        client: &'a super::Client,
        body: Result<types::builder::WatchlistCreate, String>,
    }
    impl<'a> CreateWatchlist<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::WatchlistCreate>,
            <V as std::convert::TryInto<
                types::WatchlistCreate,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `WatchlistCreate` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::WatchlistCreate,
            ) -> types::builder::WatchlistCreate,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/api/v1/watchlists/create`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::WatchlistResponse>, Error<types::Error>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::WatchlistCreate::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/api/v1/watchlists/create", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "create_watchlist",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                201u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                409u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::delete_watchlists`]

[`Client::delete_watchlists`]: super::Client::delete_watchlists*/
    #[derive(Debug, Clone)]
    pub struct DeleteWatchlists<'a> {
        client: &'a super::Client,
        body: Result<types::builder::DeleteRequest, String>,
    }
    impl<'a> DeleteWatchlists<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::DeleteRequest>,
            <V as std::convert::TryInto<types::DeleteRequest>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `DeleteRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::DeleteRequest,
            ) -> types::builder::DeleteRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/api/v1/watchlists/delete`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::DeleteResponse>, Error<types::Error>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::DeleteRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/api/v1/watchlists/delete", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "delete_watchlists",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::list_domain_watchlist`]

[`Client::list_domain_watchlist`]: super::Client::list_domain_watchlist*/
    #[derive(Debug, Clone)]
    pub struct ListDomainWatchlist<'a> {
        client: &'a super::Client,
        page: Result<Option<::std::num::NonZeroU64>, String>,
        page_size: Result<Option<::std::num::NonZeroU64>, String>,
        search: Result<Option<::std::string::String>, String>,
        sort_by: Result<Option<::std::string::String>, String>,
        sort_order: Result<Option<types::SortOrder>, String>,
        watchlistid: Result<Option<types::NonEmptyString>, String>,
    }
    impl<'a> ListDomainWatchlist<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                page: Ok(None),
                page_size: Ok(None),
                search: Ok(None),
                sort_by: Ok(None),
                sort_order: Ok(None),
                watchlistid: Ok(None),
            }
        }
        pub fn page<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU64>,
        {
            self.page = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU64` for page failed"
                        .to_string()
                });
            self
        }
        pub fn page_size<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU64>,
        {
            self.page_size = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU64` for page_size failed"
                        .to_string()
                });
            self
        }
        pub fn search<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.search = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for search failed"
                        .to_string()
                });
            self
        }
        pub fn sort_by<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.sort_by = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for sort_by failed"
                        .to_string()
                });
            self
        }
        pub fn sort_order<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::SortOrder>,
        {
            self.sort_order = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `SortOrder` for sort_order failed".to_string()
                });
            self
        }
        pub fn watchlistid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::NonEmptyString>,
        {
            self.watchlistid = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `NonEmptyString` for watchlistid failed".to_string()
                });
            self
        }
        ///Sends a `GET` request to `/api/v1/watchlists/domain`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::WatchlistEntryList>, Error<types::Error>> {
            let Self {
                client,
                page,
                page_size,
                search,
                sort_by,
                sort_order,
                watchlistid,
            } = self;
            let page = page.map_err(Error::InvalidRequest)?;
            let page_size = page_size.map_err(Error::InvalidRequest)?;
            let search = search.map_err(Error::InvalidRequest)?;
            let sort_by = sort_by.map_err(Error::InvalidRequest)?;
            let sort_order = sort_order.map_err(Error::InvalidRequest)?;
            let watchlistid = watchlistid.map_err(Error::InvalidRequest)?;
            let url = format!("{}/api/v1/watchlists/domain", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("page", &page))
                .query(&progenitor_client::QueryParam::new("pageSize", &page_size))
                .query(&progenitor_client::QueryParam::new("search", &search))
                .query(&progenitor_client::QueryParam::new("sortBy", &sort_by))
                .query(&progenitor_client::QueryParam::new("sortOrder", &sort_order))
                .query(&progenitor_client::QueryParam::new("watchlistid", &watchlistid))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_domain_watchlist",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::add_domain_watchlist_entry`]

[`Client::add_domain_watchlist_entry`]: super::Client::add_domain_watchlist_entry*/
    #[derive(Debug, Clone)]
    pub struct AddDomainWatchlistEntry<'a> {
        client: &'a super::Client,
        body: Result<types::builder::WatchlistEntryCreate, String>,
    }
    impl<'a> AddDomainWatchlistEntry<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::WatchlistEntryCreate>,
            <V as std::convert::TryInto<
                types::WatchlistEntryCreate,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `WatchlistEntryCreate` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::WatchlistEntryCreate,
            ) -> types::builder::WatchlistEntryCreate,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/api/v1/watchlists/domain`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::WatchlistEntryResponse>, Error<types::Error>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::WatchlistEntryCreate::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/api/v1/watchlists/domain", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "add_domain_watchlist_entry",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                201u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                409u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::delete_domain_watchlist_entries`]

[`Client::delete_domain_watchlist_entries`]: super::Client::delete_domain_watchlist_entries*/
    #[derive(Debug, Clone)]
    pub struct DeleteDomainWatchlistEntries<'a> {
        client: &'a super::Client,
        body: Result<types::builder::DeleteRequest, String>,
    }
    impl<'a> DeleteDomainWatchlistEntries<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::DeleteRequest>,
            <V as std::convert::TryInto<types::DeleteRequest>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `DeleteRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::DeleteRequest,
            ) -> types::builder::DeleteRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/api/v1/watchlists/domain/delete`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::DeleteResponse>, Error<types::Error>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::DeleteRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/api/v1/watchlists/domain/delete", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "delete_domain_watchlist_entries",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::update_domain_watchlist_entry`]

[`Client::update_domain_watchlist_entry`]: super::Client::update_domain_watchlist_entry*/
    #[derive(Debug, Clone)]
    pub struct UpdateDomainWatchlistEntry<'a> {
        client: &'a super::Client,
        id: Result<types::NonEmptyString, String>,
        body: Result<types::builder::WatchlistEntryUpdate, String>,
    }
    impl<'a> UpdateDomainWatchlistEntry<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::NonEmptyString>,
        {
            self.id = value
                .try_into()
                .map_err(|_| "conversion to `NonEmptyString` for id failed".to_string());
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::WatchlistEntryUpdate>,
            <V as std::convert::TryInto<
                types::WatchlistEntryUpdate,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `WatchlistEntryUpdate` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::WatchlistEntryUpdate,
            ) -> types::builder::WatchlistEntryUpdate,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `PUT` request to `/api/v1/watchlists/domain/{id}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::WatchlistEntryResponse>, Error<types::Error>> {
            let Self { client, id, body } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::WatchlistEntryUpdate::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v1/watchlists/domain/{}", client.baseurl, encode_path(& id
                .to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .put(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "update_domain_watchlist_entry",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                409u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::list_executive_watchlist`]

[`Client::list_executive_watchlist`]: super::Client::list_executive_watchlist*/
    #[derive(Debug, Clone)]
    pub struct ListExecutiveWatchlist<'a> {
        client: &'a super::Client,
        page: Result<Option<::std::num::NonZeroU64>, String>,
        page_size: Result<Option<::std::num::NonZeroU64>, String>,
        search: Result<Option<::std::string::String>, String>,
        sort_by: Result<Option<::std::string::String>, String>,
        sort_order: Result<Option<types::SortOrder>, String>,
        watchlistid: Result<Option<types::NonEmptyString>, String>,
    }
    impl<'a> ListExecutiveWatchlist<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                page: Ok(None),
                page_size: Ok(None),
                search: Ok(None),
                sort_by: Ok(None),
                sort_order: Ok(None),
                watchlistid: Ok(None),
            }
        }
        pub fn page<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU64>,
        {
            self.page = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU64` for page failed"
                        .to_string()
                });
            self
        }
        pub fn page_size<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU64>,
        {
            self.page_size = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU64` for page_size failed"
                        .to_string()
                });
            self
        }
        pub fn search<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.search = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for search failed"
                        .to_string()
                });
            self
        }
        pub fn sort_by<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.sort_by = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for sort_by failed"
                        .to_string()
                });
            self
        }
        pub fn sort_order<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::SortOrder>,
        {
            self.sort_order = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `SortOrder` for sort_order failed".to_string()
                });
            self
        }
        pub fn watchlistid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::NonEmptyString>,
        {
            self.watchlistid = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `NonEmptyString` for watchlistid failed".to_string()
                });
            self
        }
        ///Sends a `GET` request to `/api/v1/watchlists/executive`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::WatchlistEntryList>, Error<types::Error>> {
            let Self {
                client,
                page,
                page_size,
                search,
                sort_by,
                sort_order,
                watchlistid,
            } = self;
            let page = page.map_err(Error::InvalidRequest)?;
            let page_size = page_size.map_err(Error::InvalidRequest)?;
            let search = search.map_err(Error::InvalidRequest)?;
            let sort_by = sort_by.map_err(Error::InvalidRequest)?;
            let sort_order = sort_order.map_err(Error::InvalidRequest)?;
            let watchlistid = watchlistid.map_err(Error::InvalidRequest)?;
            let url = format!("{}/api/v1/watchlists/executive", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("page", &page))
                .query(&progenitor_client::QueryParam::new("pageSize", &page_size))
                .query(&progenitor_client::QueryParam::new("search", &search))
                .query(&progenitor_client::QueryParam::new("sortBy", &sort_by))
                .query(&progenitor_client::QueryParam::new("sortOrder", &sort_order))
                .query(&progenitor_client::QueryParam::new("watchlistid", &watchlistid))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_executive_watchlist",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::add_executive_watchlist_entry`]

[`Client::add_executive_watchlist_entry`]: super::Client::add_executive_watchlist_entry*/
    #[derive(Debug, Clone)]
    pub struct AddExecutiveWatchlistEntry<'a> {
        client: &'a super::Client,
        body: Result<types::builder::WatchlistEntryCreate, String>,
    }
    impl<'a> AddExecutiveWatchlistEntry<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::WatchlistEntryCreate>,
            <V as std::convert::TryInto<
                types::WatchlistEntryCreate,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `WatchlistEntryCreate` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::WatchlistEntryCreate,
            ) -> types::builder::WatchlistEntryCreate,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/api/v1/watchlists/executive`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::WatchlistEntryResponse>, Error<types::Error>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::WatchlistEntryCreate::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/api/v1/watchlists/executive", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "add_executive_watchlist_entry",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                201u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                409u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::delete_executive_watchlist_entries`]

[`Client::delete_executive_watchlist_entries`]: super::Client::delete_executive_watchlist_entries*/
    #[derive(Debug, Clone)]
    pub struct DeleteExecutiveWatchlistEntries<'a> {
        client: &'a super::Client,
        body: Result<types::builder::DeleteRequest, String>,
    }
    impl<'a> DeleteExecutiveWatchlistEntries<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::DeleteRequest>,
            <V as std::convert::TryInto<types::DeleteRequest>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `DeleteRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::DeleteRequest,
            ) -> types::builder::DeleteRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/api/v1/watchlists/executive/delete`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::DeleteResponse>, Error<types::Error>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::DeleteRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/api/v1/watchlists/executive/delete", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "delete_executive_watchlist_entries",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::update_executive_watchlist_entry`]

[`Client::update_executive_watchlist_entry`]: super::Client::update_executive_watchlist_entry*/
    #[derive(Debug, Clone)]
    pub struct UpdateExecutiveWatchlistEntry<'a> {
        client: &'a super::Client,
        id: Result<types::NonEmptyString, String>,
        body: Result<types::builder::WatchlistEntryUpdate, String>,
    }
    impl<'a> UpdateExecutiveWatchlistEntry<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::NonEmptyString>,
        {
            self.id = value
                .try_into()
                .map_err(|_| "conversion to `NonEmptyString` for id failed".to_string());
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::WatchlistEntryUpdate>,
            <V as std::convert::TryInto<
                types::WatchlistEntryUpdate,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `WatchlistEntryUpdate` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::WatchlistEntryUpdate,
            ) -> types::builder::WatchlistEntryUpdate,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `PUT` request to `/api/v1/watchlists/executive/{id}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::WatchlistEntryResponse>, Error<types::Error>> {
            let Self { client, id, body } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::WatchlistEntryUpdate::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v1/watchlists/executive/{}", client.baseurl, encode_path(& id
                .to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .put(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "update_executive_watchlist_entry",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                409u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::list_keyword_watchlist`]

[`Client::list_keyword_watchlist`]: super::Client::list_keyword_watchlist*/
    #[derive(Debug, Clone)]
    pub struct ListKeywordWatchlist<'a> {
        client: &'a super::Client,
        page: Result<Option<::std::num::NonZeroU64>, String>,
        page_size: Result<Option<::std::num::NonZeroU64>, String>,
        search: Result<Option<::std::string::String>, String>,
        sort_by: Result<Option<::std::string::String>, String>,
        sort_order: Result<Option<types::SortOrder>, String>,
        watchlistid: Result<Option<types::NonEmptyString>, String>,
    }
    impl<'a> ListKeywordWatchlist<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                page: Ok(None),
                page_size: Ok(None),
                search: Ok(None),
                sort_by: Ok(None),
                sort_order: Ok(None),
                watchlistid: Ok(None),
            }
        }
        pub fn page<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU64>,
        {
            self.page = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU64` for page failed"
                        .to_string()
                });
            self
        }
        pub fn page_size<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU64>,
        {
            self.page_size = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU64` for page_size failed"
                        .to_string()
                });
            self
        }
        pub fn search<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.search = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for search failed"
                        .to_string()
                });
            self
        }
        pub fn sort_by<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.sort_by = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for sort_by failed"
                        .to_string()
                });
            self
        }
        pub fn sort_order<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::SortOrder>,
        {
            self.sort_order = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `SortOrder` for sort_order failed".to_string()
                });
            self
        }
        pub fn watchlistid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::NonEmptyString>,
        {
            self.watchlistid = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `NonEmptyString` for watchlistid failed".to_string()
                });
            self
        }
        ///Sends a `GET` request to `/api/v1/watchlists/keyword`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::WatchlistEntryList>, Error<types::Error>> {
            let Self {
                client,
                page,
                page_size,
                search,
                sort_by,
                sort_order,
                watchlistid,
            } = self;
            let page = page.map_err(Error::InvalidRequest)?;
            let page_size = page_size.map_err(Error::InvalidRequest)?;
            let search = search.map_err(Error::InvalidRequest)?;
            let sort_by = sort_by.map_err(Error::InvalidRequest)?;
            let sort_order = sort_order.map_err(Error::InvalidRequest)?;
            let watchlistid = watchlistid.map_err(Error::InvalidRequest)?;
            let url = format!("{}/api/v1/watchlists/keyword", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("page", &page))
                .query(&progenitor_client::QueryParam::new("pageSize", &page_size))
                .query(&progenitor_client::QueryParam::new("search", &search))
                .query(&progenitor_client::QueryParam::new("sortBy", &sort_by))
                .query(&progenitor_client::QueryParam::new("sortOrder", &sort_order))
                .query(&progenitor_client::QueryParam::new("watchlistid", &watchlistid))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_keyword_watchlist",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::add_keyword_watchlist_entry`]

[`Client::add_keyword_watchlist_entry`]: super::Client::add_keyword_watchlist_entry*/
    #[derive(Debug, Clone)]
    pub struct AddKeywordWatchlistEntry<'a> {
        client: &'a super::Client,
        body: Result<types::builder::WatchlistEntryCreate, String>,
    }
    impl<'a> AddKeywordWatchlistEntry<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::WatchlistEntryCreate>,
            <V as std::convert::TryInto<
                types::WatchlistEntryCreate,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `WatchlistEntryCreate` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::WatchlistEntryCreate,
            ) -> types::builder::WatchlistEntryCreate,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/api/v1/watchlists/keyword`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::WatchlistEntryResponse>, Error<types::Error>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::WatchlistEntryCreate::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/api/v1/watchlists/keyword", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "add_keyword_watchlist_entry",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                201u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                409u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::delete_keyword_watchlist_entries`]

[`Client::delete_keyword_watchlist_entries`]: super::Client::delete_keyword_watchlist_entries*/
    #[derive(Debug, Clone)]
    pub struct DeleteKeywordWatchlistEntries<'a> {
        client: &'a super::Client,
        body: Result<types::builder::DeleteRequest, String>,
    }
    impl<'a> DeleteKeywordWatchlistEntries<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::DeleteRequest>,
            <V as std::convert::TryInto<types::DeleteRequest>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `DeleteRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::DeleteRequest,
            ) -> types::builder::DeleteRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/api/v1/watchlists/keyword/delete`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::DeleteResponse>, Error<types::Error>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::DeleteRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/api/v1/watchlists/keyword/delete", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "delete_keyword_watchlist_entries",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::update_keyword_watchlist_entry`]

[`Client::update_keyword_watchlist_entry`]: super::Client::update_keyword_watchlist_entry*/
    #[derive(Debug, Clone)]
    pub struct UpdateKeywordWatchlistEntry<'a> {
        client: &'a super::Client,
        id: Result<types::NonEmptyString, String>,
        body: Result<types::builder::WatchlistEntryUpdate, String>,
    }
    impl<'a> UpdateKeywordWatchlistEntry<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::NonEmptyString>,
        {
            self.id = value
                .try_into()
                .map_err(|_| "conversion to `NonEmptyString` for id failed".to_string());
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::WatchlistEntryUpdate>,
            <V as std::convert::TryInto<
                types::WatchlistEntryUpdate,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `WatchlistEntryUpdate` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::WatchlistEntryUpdate,
            ) -> types::builder::WatchlistEntryUpdate,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `PUT` request to `/api/v1/watchlists/keyword/{id}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::WatchlistEntryResponse>, Error<types::Error>> {
            let Self { client, id, body } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::WatchlistEntryUpdate::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v1/watchlists/keyword/{}", client.baseurl, encode_path(& id
                .to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .put(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "update_keyword_watchlist_entry",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                409u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::list_ransom_watchlist`]

[`Client::list_ransom_watchlist`]: super::Client::list_ransom_watchlist*/
    #[derive(Debug, Clone)]
    pub struct ListRansomWatchlist<'a> {
        client: &'a super::Client,
        page: Result<Option<::std::num::NonZeroU64>, String>,
        page_size: Result<Option<::std::num::NonZeroU64>, String>,
        search: Result<Option<::std::string::String>, String>,
        sort_by: Result<Option<::std::string::String>, String>,
        sort_order: Result<Option<types::SortOrder>, String>,
        watchlistid: Result<Option<types::NonEmptyString>, String>,
    }
    impl<'a> ListRansomWatchlist<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                page: Ok(None),
                page_size: Ok(None),
                search: Ok(None),
                sort_by: Ok(None),
                sort_order: Ok(None),
                watchlistid: Ok(None),
            }
        }
        pub fn page<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU64>,
        {
            self.page = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU64` for page failed"
                        .to_string()
                });
            self
        }
        pub fn page_size<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU64>,
        {
            self.page_size = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU64` for page_size failed"
                        .to_string()
                });
            self
        }
        pub fn search<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.search = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for search failed"
                        .to_string()
                });
            self
        }
        pub fn sort_by<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.sort_by = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for sort_by failed"
                        .to_string()
                });
            self
        }
        pub fn sort_order<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::SortOrder>,
        {
            self.sort_order = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `SortOrder` for sort_order failed".to_string()
                });
            self
        }
        pub fn watchlistid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::NonEmptyString>,
        {
            self.watchlistid = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `NonEmptyString` for watchlistid failed".to_string()
                });
            self
        }
        ///Sends a `GET` request to `/api/v1/watchlists/ransom`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::WatchlistEntryList>, Error<types::Error>> {
            let Self {
                client,
                page,
                page_size,
                search,
                sort_by,
                sort_order,
                watchlistid,
            } = self;
            let page = page.map_err(Error::InvalidRequest)?;
            let page_size = page_size.map_err(Error::InvalidRequest)?;
            let search = search.map_err(Error::InvalidRequest)?;
            let sort_by = sort_by.map_err(Error::InvalidRequest)?;
            let sort_order = sort_order.map_err(Error::InvalidRequest)?;
            let watchlistid = watchlistid.map_err(Error::InvalidRequest)?;
            let url = format!("{}/api/v1/watchlists/ransom", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("page", &page))
                .query(&progenitor_client::QueryParam::new("pageSize", &page_size))
                .query(&progenitor_client::QueryParam::new("search", &search))
                .query(&progenitor_client::QueryParam::new("sortBy", &sort_by))
                .query(&progenitor_client::QueryParam::new("sortOrder", &sort_order))
                .query(&progenitor_client::QueryParam::new("watchlistid", &watchlistid))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_ransom_watchlist",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::add_ransom_watchlist_entry`]

[`Client::add_ransom_watchlist_entry`]: super::Client::add_ransom_watchlist_entry*/
    #[derive(Debug, Clone)]
    pub struct AddRansomWatchlistEntry<'a> {
        client: &'a super::Client,
        body: Result<types::builder::WatchlistEntryCreate, String>,
    }
    impl<'a> AddRansomWatchlistEntry<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::WatchlistEntryCreate>,
            <V as std::convert::TryInto<
                types::WatchlistEntryCreate,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `WatchlistEntryCreate` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::WatchlistEntryCreate,
            ) -> types::builder::WatchlistEntryCreate,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/api/v1/watchlists/ransom`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::WatchlistEntryResponse>, Error<types::Error>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::WatchlistEntryCreate::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/api/v1/watchlists/ransom", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "add_ransom_watchlist_entry",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                201u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                409u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::delete_ransom_watchlist_entries`]

[`Client::delete_ransom_watchlist_entries`]: super::Client::delete_ransom_watchlist_entries*/
    #[derive(Debug, Clone)]
    pub struct DeleteRansomWatchlistEntries<'a> {
        client: &'a super::Client,
        body: Result<types::builder::DeleteRequest, String>,
    }
    impl<'a> DeleteRansomWatchlistEntries<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::DeleteRequest>,
            <V as std::convert::TryInto<types::DeleteRequest>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `DeleteRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::DeleteRequest,
            ) -> types::builder::DeleteRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/api/v1/watchlists/ransom/delete`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::DeleteResponse>, Error<types::Error>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::DeleteRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/api/v1/watchlists/ransom/delete", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "delete_ransom_watchlist_entries",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::update_ransom_watchlist_entry`]

[`Client::update_ransom_watchlist_entry`]: super::Client::update_ransom_watchlist_entry*/
    #[derive(Debug, Clone)]
    pub struct UpdateRansomWatchlistEntry<'a> {
        client: &'a super::Client,
        id: Result<types::NonEmptyString, String>,
        body: Result<types::builder::WatchlistEntryUpdate, String>,
    }
    impl<'a> UpdateRansomWatchlistEntry<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::NonEmptyString>,
        {
            self.id = value
                .try_into()
                .map_err(|_| "conversion to `NonEmptyString` for id failed".to_string());
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::WatchlistEntryUpdate>,
            <V as std::convert::TryInto<
                types::WatchlistEntryUpdate,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `WatchlistEntryUpdate` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::WatchlistEntryUpdate,
            ) -> types::builder::WatchlistEntryUpdate,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `PUT` request to `/api/v1/watchlists/ransom/{id}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::WatchlistEntryResponse>, Error<types::Error>> {
            let Self { client, id, body } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::WatchlistEntryUpdate::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v1/watchlists/ransom/{}", client.baseurl, encode_path(& id
                .to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .put(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "update_ransom_watchlist_entry",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                409u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::get_watchlist_stats`]

[`Client::get_watchlist_stats`]: super::Client::get_watchlist_stats*/
    #[derive(Debug, Clone)]
    pub struct GetWatchlistStats<'a> {
        client: &'a super::Client,
    }
    impl<'a> GetWatchlistStats<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }
        ///Sends a `GET` request to `/api/v1/watchlists/stats`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::WatchlistStatsResponse>, Error<types::Error>> {
            let Self { client } = self;
            let url = format!("{}/api/v1/watchlists/stats", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_watchlist_stats",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::update_watchlist`]

[`Client::update_watchlist`]: super::Client::update_watchlist*/
    #[derive(Debug, Clone)]
    pub struct UpdateWatchlist<'a> {
        client: &'a super::Client,
        id: Result<types::NonEmptyString, String>,
        body: Result<types::builder::WatchlistUpdate, String>,
    }
    impl<'a> UpdateWatchlist<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::NonEmptyString>,
        {
            self.id = value
                .try_into()
                .map_err(|_| "conversion to `NonEmptyString` for id failed".to_string());
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::WatchlistUpdate>,
            <V as std::convert::TryInto<
                types::WatchlistUpdate,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `WatchlistUpdate` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::WatchlistUpdate,
            ) -> types::builder::WatchlistUpdate,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `PUT` request to `/api/v1/watchlists/{id}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::WatchlistResponse>, Error<types::Error>> {
            let Self { client, id, body } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::WatchlistUpdate::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v1/watchlists/{}", client.baseurl, encode_path(& id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .put(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "update_watchlist",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::health`]

[`Client::health`]: super::Client::health*/
    #[derive(Debug, Clone)]
    pub struct Health<'a> {
        client: &'a super::Client,
    }
    impl<'a> Health<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }
        ///Sends a `GET` request to `/health`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::Health>, Error<types::Error>> {
            let Self { client } = self;
            let url = format!("{}/health", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "health",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
}
/// Items consumers will typically use such as the Client.
pub mod prelude {
    pub use self::super::Client;
}
