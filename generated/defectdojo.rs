// @generated from specs/defectdojo.yaml by build.rs (progenitor + prettyplease). Do not edit: change the spec and run `SECOPS_REGENERATE=1 cargo build`.
#[allow(unused_imports)]
pub use progenitor_client::{ByteStream, ClientInfo, Error, ResponseValue};
#[allow(unused_imports)]
use progenitor_client::{encode_path, ClientHooks, OperationInfo, RequestBuilderExt};
/// Types used as operation parameters and responses.
#[allow(clippy::all)]
pub mod types {
    ///`AddNewNoteOptionRequest`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct AddNewNoteOptionRequest {
        pub entry: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub note_type: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub private: ::std::option::Option<bool>,
    }
    impl AddNewNoteOptionRequest {
        pub fn builder() -> builder::AddNewNoteOptionRequest {
            Default::default()
        }
    }
    ///`BusinessCriticality`
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
    pub enum BusinessCriticality {
        #[serde(rename = "very high")]
        VeryHigh,
        #[serde(rename = "high")]
        High,
        #[serde(rename = "medium")]
        Medium,
        #[serde(rename = "low")]
        Low,
        #[serde(rename = "very low")]
        VeryLow,
        #[serde(rename = "none")]
        None,
    }
    impl ::std::fmt::Display for BusinessCriticality {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::VeryHigh => f.write_str("very high"),
                Self::High => f.write_str("high"),
                Self::Medium => f.write_str("medium"),
                Self::Low => f.write_str("low"),
                Self::VeryLow => f.write_str("very low"),
                Self::None => f.write_str("none"),
            }
        }
    }
    impl ::std::str::FromStr for BusinessCriticality {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "very high" => Ok(Self::VeryHigh),
                "high" => Ok(Self::High),
                "medium" => Ok(Self::Medium),
                "low" => Ok(Self::Low),
                "very low" => Ok(Self::VeryLow),
                "none" => Ok(Self::None),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for BusinessCriticality {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for BusinessCriticality {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`DeltaStatistics`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct DeltaStatistics {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub closed: ::std::option::Option<SeverityStatusStatistics>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub created: ::std::option::Option<SeverityStatusStatistics>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub reactivated: ::std::option::Option<SeverityStatusStatistics>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub untouched: ::std::option::Option<SeverityStatusStatistics>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl DeltaStatistics {
        pub fn builder() -> builder::DeltaStatistics {
            Default::default()
        }
    }
    ///`Endpoint`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct Endpoint {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub active_finding_count: ::std::option::Option<i64>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub endpoint_params: ::std::vec::Vec<i64>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub findings: ::std::vec::Vec<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub fragment: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub host: ::std::option::Option<::std::string::String>,
        pub id: i64,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub path: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub port: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub product: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub protocol: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub query: ::std::option::Option<::std::string::String>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub tags: ::std::vec::Vec<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub userinfo: ::std::option::Option<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl Endpoint {
        pub fn builder() -> builder::Endpoint {
            Default::default()
        }
    }
    ///`EndpointRequest`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct EndpointRequest {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub fragment: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub host: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub path: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub port: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub product: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub protocol: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub query: ::std::option::Option<::std::string::String>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub tags: ::std::vec::Vec<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub userinfo: ::std::option::Option<::std::string::String>,
    }
    impl EndpointRequest {
        pub fn builder() -> builder::EndpointRequest {
            Default::default()
        }
    }
    ///`Engagement`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct Engagement {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub active: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub api_test: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub branch_tag: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub build_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub check_list: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub commit_hash: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub created: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub deduplication_on_engagement: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub done_testing: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub engagement_type: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub first_contacted: ::std::option::Option<::chrono::naive::NaiveDate>,
        pub id: i64,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub lead: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub pen_test: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub product: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub progress: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub reason: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub requester: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub source_code_management_uri: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<::std::string::String>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub tags: ::std::vec::Vec<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub target_end: ::std::option::Option<::chrono::naive::NaiveDate>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub target_start: ::std::option::Option<::chrono::naive::NaiveDate>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub test_strategy: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub threat_model: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub tracker: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub updated: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub version: ::std::option::Option<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl Engagement {
        pub fn builder() -> builder::Engagement {
            Default::default()
        }
    }
    ///`EngagementRequest`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct EngagementRequest {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub api_test: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub branch_tag: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub build_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub check_list: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub commit_hash: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub deduplication_on_engagement: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub engagement_type: ::std::option::Option<EngagementType>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub first_contacted: ::std::option::Option<::chrono::naive::NaiveDate>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub lead: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub pen_test: ::std::option::Option<bool>,
        pub product: i64,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub reason: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub requester: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub source_code_management_uri: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<EngagementStatus>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub tags: ::std::vec::Vec<::std::string::String>,
        pub target_end: ::chrono::naive::NaiveDate,
        pub target_start: ::chrono::naive::NaiveDate,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub test_strategy: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub threat_model: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub tracker: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub version: ::std::option::Option<::std::string::String>,
    }
    impl EngagementRequest {
        pub fn builder() -> builder::EngagementRequest {
            Default::default()
        }
    }
    ///`EngagementStatus`
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
    pub enum EngagementStatus {
        #[serde(rename = "Not Started")]
        NotStarted,
        Blocked,
        Cancelled,
        Completed,
        #[serde(rename = "In Progress")]
        InProgress,
        #[serde(rename = "On Hold")]
        OnHold,
        Scheduled,
        #[serde(rename = "Waiting for Resource")]
        WaitingForResource,
    }
    impl ::std::fmt::Display for EngagementStatus {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::NotStarted => f.write_str("Not Started"),
                Self::Blocked => f.write_str("Blocked"),
                Self::Cancelled => f.write_str("Cancelled"),
                Self::Completed => f.write_str("Completed"),
                Self::InProgress => f.write_str("In Progress"),
                Self::OnHold => f.write_str("On Hold"),
                Self::Scheduled => f.write_str("Scheduled"),
                Self::WaitingForResource => f.write_str("Waiting for Resource"),
            }
        }
    }
    impl ::std::str::FromStr for EngagementStatus {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "Not Started" => Ok(Self::NotStarted),
                "Blocked" => Ok(Self::Blocked),
                "Cancelled" => Ok(Self::Cancelled),
                "Completed" => Ok(Self::Completed),
                "In Progress" => Ok(Self::InProgress),
                "On Hold" => Ok(Self::OnHold),
                "Scheduled" => Ok(Self::Scheduled),
                "Waiting for Resource" => Ok(Self::WaitingForResource),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for EngagementStatus {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for EngagementStatus {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`EngagementType`
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
    pub enum EngagementType {
        Interactive,
        #[serde(rename = "CI/CD")]
        CiCd,
    }
    impl ::std::fmt::Display for EngagementType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Interactive => f.write_str("Interactive"),
                Self::CiCd => f.write_str("CI/CD"),
            }
        }
    }
    impl ::std::str::FromStr for EngagementType {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "Interactive" => Ok(Self::Interactive),
                "CI/CD" => Ok(Self::CiCd),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for EngagementType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for EngagementType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`ErrorBody`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ErrorBody {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub detail: ::std::option::Option<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl ErrorBody {
        pub fn builder() -> builder::ErrorBody {
            Default::default()
        }
    }
    ///`Finding`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct Finding {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub active: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub age: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub component_name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub component_version: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub created: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub cvssv3: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub cvssv3_score: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub cvssv4: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub cvssv4_score: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub cwe: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub date: ::std::option::Option<::chrono::naive::NaiveDate>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub defect_review_requested_by: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub display_status: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub duplicate: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub duplicate_finding: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub dynamic_finding: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub effort_for_fixing: ::std::option::Option<::std::string::String>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub endpoints: ::std::vec::Vec<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub epss_percentile: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub epss_score: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub false_p: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub file_path: ::std::option::Option<::std::string::String>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub files: ::std::vec::Vec<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub fix_available: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub fix_version: ::std::option::Option<::std::string::String>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub found_by: ::std::vec::Vec<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub hash_code: ::std::option::Option<::std::string::String>,
        pub id: i64,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub impact: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub is_mitigated: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub jira_change: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub jira_creation: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub kev_date: ::std::option::Option<::chrono::naive::NaiveDate>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub known_exploited: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub last_reviewed: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub last_reviewed_by: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub last_status_update: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub line: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub mitigated: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub mitigated_by: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub mitigation: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub nb_occurences: ::std::option::Option<i64>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub notes: ::std::vec::Vec<Note>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub numerical_severity: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub out_of_scope: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub param: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub payload: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub planned_remediation_date: ::std::option::Option<::chrono::naive::NaiveDate>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub planned_remediation_version: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub publish_date: ::std::option::Option<::chrono::naive::NaiveDate>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub push_to_jira: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub ransomware_used: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub references: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub reporter: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub review_requested_by: ::std::option::Option<i64>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub reviewers: ::std::vec::Vec<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub risk_accepted: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub sast_sink_object: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub sast_source_file_path: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub sast_source_line: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub sast_source_object: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub scanner_confidence: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub service: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub severity: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub severity_justification: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub sla_days_remaining: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub sla_expiration_date: ::std::option::Option<::chrono::naive::NaiveDate>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub sla_start_date: ::std::option::Option<::chrono::naive::NaiveDate>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub sonarqube_issue: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub static_finding: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub steps_to_reproduce: ::std::option::Option<::std::string::String>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub tags: ::std::vec::Vec<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub test: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub thread_id: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub title: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub under_defect_review: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub under_review: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub unique_id_from_tool: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub updated: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub url: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub verified: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub vuln_id_from_tool: ::std::option::Option<::std::string::String>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub vulnerability_ids: ::std::vec::Vec<VulnerabilityId>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl Finding {
        pub fn builder() -> builder::Finding {
            Default::default()
        }
    }
    ///`FindingClose`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct FindingClose {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub duplicate: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub false_p: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub is_mitigated: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub mitigated: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub mitigated_by: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub note: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub note_type: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub out_of_scope: ::std::option::Option<bool>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl FindingClose {
        pub fn builder() -> builder::FindingClose {
            Default::default()
        }
    }
    ///`FindingCloseRequest`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct FindingCloseRequest {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub duplicate: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub false_p: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub is_mitigated: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub mitigated: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub mitigated_by: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub note: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub note_type: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub out_of_scope: ::std::option::Option<bool>,
    }
    impl FindingCloseRequest {
        pub fn builder() -> builder::FindingCloseRequest {
            Default::default()
        }
    }
    ///`FindingCreate`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct FindingCreate {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub active: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub component_name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub component_version: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub created: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub cvssv3: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub cvssv3_score: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub cvssv4: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub cvssv4_score: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub cwe: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub date: ::std::option::Option<::chrono::naive::NaiveDate>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub duplicate: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub dynamic_finding: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub effort_for_fixing: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub epss_percentile: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub epss_score: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub false_p: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub file_path: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub fix_available: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub fix_version: ::std::option::Option<::std::string::String>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub found_by: ::std::vec::Vec<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub hash_code: ::std::option::Option<::std::string::String>,
        pub id: i64,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub impact: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub is_mitigated: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub kev_date: ::std::option::Option<::chrono::naive::NaiveDate>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub known_exploited: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub line: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub mitigated: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub mitigated_by: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub mitigation: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub nb_occurences: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub numerical_severity: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub out_of_scope: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub planned_remediation_date: ::std::option::Option<::chrono::naive::NaiveDate>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub planned_remediation_version: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub publish_date: ::std::option::Option<::chrono::naive::NaiveDate>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub push_to_jira: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub ransomware_used: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub references: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub reporter: ::std::option::Option<i64>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub reviewers: ::std::vec::Vec<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub risk_accepted: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub sast_sink_object: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub sast_source_file_path: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub sast_source_line: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub sast_source_object: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub service: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub severity: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub severity_justification: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub static_finding: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub steps_to_reproduce: ::std::option::Option<::std::string::String>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub tags: ::std::vec::Vec<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub test: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub title: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub under_review: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub unique_id_from_tool: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub updated: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub verified: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub vuln_id_from_tool: ::std::option::Option<::std::string::String>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub vulnerability_ids: ::std::vec::Vec<VulnerabilityId>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl FindingCreate {
        pub fn builder() -> builder::FindingCreate {
            Default::default()
        }
    }
    ///`FindingCreateRequest`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct FindingCreateRequest {
        pub active: bool,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub component_name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub component_version: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub cvssv3: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub cvssv3_score: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub cvssv4: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub cvssv4_score: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub cwe: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub date: ::std::option::Option<::chrono::naive::NaiveDate>,
        pub description: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub duplicate: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub dynamic_finding: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub effort_for_fixing: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub epss_percentile: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub epss_score: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub false_p: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub file_path: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub fix_available: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub fix_version: ::std::option::Option<::std::string::String>,
        pub found_by: ::std::vec::Vec<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub impact: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub is_mitigated: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub kev_date: ::std::option::Option<::chrono::naive::NaiveDate>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub known_exploited: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub line: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub mitigated: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub mitigated_by: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub mitigation: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub nb_occurences: ::std::option::Option<i64>,
        pub numerical_severity: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub out_of_scope: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub planned_remediation_date: ::std::option::Option<::chrono::naive::NaiveDate>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub planned_remediation_version: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub publish_date: ::std::option::Option<::chrono::naive::NaiveDate>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub push_to_jira: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub ransomware_used: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub references: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub reporter: ::std::option::Option<i64>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub reviewers: ::std::vec::Vec<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub risk_accepted: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub sast_sink_object: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub sast_source_file_path: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub sast_source_line: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub sast_source_object: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub service: ::std::option::Option<::std::string::String>,
        pub severity: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub severity_justification: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub static_finding: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub steps_to_reproduce: ::std::option::Option<::std::string::String>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub tags: ::std::vec::Vec<::std::string::String>,
        pub test: i64,
        pub title: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub under_review: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub unique_id_from_tool: ::std::option::Option<::std::string::String>,
        pub verified: bool,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub vuln_id_from_tool: ::std::option::Option<::std::string::String>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub vulnerability_ids: ::std::vec::Vec<VulnerabilityIdRequest>,
    }
    impl FindingCreateRequest {
        pub fn builder() -> builder::FindingCreateRequest {
            Default::default()
        }
    }
    ///`FindingToNotes`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct FindingToNotes {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub finding_id: ::std::option::Option<i64>,
        pub notes: ::std::vec::Vec<Note>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl FindingToNotes {
        pub fn builder() -> builder::FindingToNotes {
            Default::default()
        }
    }
    ///`GroupBy`
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
    pub enum GroupBy {
        #[serde(rename = "component_name")]
        ComponentName,
        #[serde(rename = "component_name+component_version")]
        ComponentNameComponentVersion,
        #[serde(rename = "file_path")]
        FilePath,
        #[serde(rename = "finding_title")]
        FindingTitle,
        #[serde(rename = "vuln_id_from_tool")]
        VulnIdFromTool,
    }
    impl ::std::fmt::Display for GroupBy {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::ComponentName => f.write_str("component_name"),
                Self::ComponentNameComponentVersion => {
                    f.write_str("component_name+component_version")
                }
                Self::FilePath => f.write_str("file_path"),
                Self::FindingTitle => f.write_str("finding_title"),
                Self::VulnIdFromTool => f.write_str("vuln_id_from_tool"),
            }
        }
    }
    impl ::std::str::FromStr for GroupBy {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "component_name" => Ok(Self::ComponentName),
                "component_name+component_version" => {
                    Ok(Self::ComponentNameComponentVersion)
                }
                "file_path" => Ok(Self::FilePath),
                "finding_title" => Ok(Self::FindingTitle),
                "vuln_id_from_tool" => Ok(Self::VulnIdFromTool),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for GroupBy {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for GroupBy {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`ImportScan`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ImportScan {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub active: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub branch_tag: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub build_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub close_old_findings: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub commit_hash: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub engagement: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub engagement_id: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub engagement_name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub minimum_severity: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub product_id: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub product_name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub product_type_id: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub product_type_name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub scan_date: ::std::option::Option<::chrono::naive::NaiveDate>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub scan_type: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub statistics: ::std::option::Option<ImportStatistics>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub tags: ::std::vec::Vec<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub test: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub test_id: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub test_title: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub verified: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub version: ::std::option::Option<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl ImportScan {
        pub fn builder() -> builder::ImportScan {
            Default::default()
        }
    }
    ///`ImportScanRequest`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ImportScanRequest {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub active: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub api_scan_configuration: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub apply_tags_to_endpoints: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub apply_tags_to_findings: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub auto_create_context: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub branch_tag: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub build_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub close_old_findings: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub close_old_findings_product_scope: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub commit_hash: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub create_finding_groups_for_all_findings: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub deduplication_on_engagement: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub endpoint_to_add: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub engagement: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub engagement_end_date: ::std::option::Option<::chrono::naive::NaiveDate>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub engagement_name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub environment: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub file: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub group_by: ::std::option::Option<GroupBy>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub lead: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub minimum_severity: ::std::option::Option<Severity>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub product_name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub product_type_name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub push_to_jira: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub scan_date: ::std::option::Option<::chrono::naive::NaiveDate>,
        pub scan_type: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub service: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub source_code_management_uri: ::std::option::Option<::std::string::String>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub tags: ::std::vec::Vec<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub test_title: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub verified: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub version: ::std::option::Option<::std::string::String>,
    }
    impl ImportScanRequest {
        pub fn builder() -> builder::ImportScanRequest {
            Default::default()
        }
    }
    ///`ImportStatistics`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ImportStatistics {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub after: ::std::option::Option<SeverityStatusStatistics>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub before: ::std::option::Option<SeverityStatusStatistics>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub delta: ::std::option::Option<DeltaStatistics>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl ImportStatistics {
        pub fn builder() -> builder::ImportStatistics {
            Default::default()
        }
    }
    ///`Lifecycle`
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
    pub enum Lifecycle {
        #[serde(rename = "construction")]
        Construction,
        #[serde(rename = "production")]
        Production,
        #[serde(rename = "retirement")]
        Retirement,
    }
    impl ::std::fmt::Display for Lifecycle {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Construction => f.write_str("construction"),
                Self::Production => f.write_str("production"),
                Self::Retirement => f.write_str("retirement"),
            }
        }
    }
    impl ::std::str::FromStr for Lifecycle {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "construction" => Ok(Self::Construction),
                "production" => Ok(Self::Production),
                "retirement" => Ok(Self::Retirement),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for Lifecycle {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for Lifecycle {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`Note`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct Note {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub author: ::std::option::Option<UserStub>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub date: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub edit_time: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub edited: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub editor: ::std::option::Option<UserStub>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub entry: ::std::option::Option<::std::string::String>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub history: ::std::vec::Vec<NoteHistory>,
        pub id: i64,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub note_type: ::std::option::Option<NoteType>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub private: ::std::option::Option<bool>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl Note {
        pub fn builder() -> builder::Note {
            Default::default()
        }
    }
    ///`NoteHistory`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct NoteHistory {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub current_editor: ::std::option::Option<UserStub>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub data: ::std::option::Option<::std::string::String>,
        pub id: i64,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub note_type: ::std::option::Option<NoteType>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub time: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl NoteHistory {
        pub fn builder() -> builder::NoteHistory {
            Default::default()
        }
    }
    ///`NoteType`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct NoteType {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        pub id: i64,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub is_active: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub is_mandatory: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub is_single: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl NoteType {
        pub fn builder() -> builder::NoteType {
            Default::default()
        }
    }
    ///`Origin`
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
    pub enum Origin {
        #[serde(rename = "third party library")]
        ThirdPartyLibrary,
        #[serde(rename = "purchased")]
        Purchased,
        #[serde(rename = "contractor")]
        Contractor,
        #[serde(rename = "internal")]
        Internal,
        #[serde(rename = "open source")]
        OpenSource,
        #[serde(rename = "outsourced")]
        Outsourced,
    }
    impl ::std::fmt::Display for Origin {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::ThirdPartyLibrary => f.write_str("third party library"),
                Self::Purchased => f.write_str("purchased"),
                Self::Contractor => f.write_str("contractor"),
                Self::Internal => f.write_str("internal"),
                Self::OpenSource => f.write_str("open source"),
                Self::Outsourced => f.write_str("outsourced"),
            }
        }
    }
    impl ::std::str::FromStr for Origin {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "third party library" => Ok(Self::ThirdPartyLibrary),
                "purchased" => Ok(Self::Purchased),
                "contractor" => Ok(Self::Contractor),
                "internal" => Ok(Self::Internal),
                "open source" => Ok(Self::OpenSource),
                "outsourced" => Ok(Self::Outsourced),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for Origin {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for Origin {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`PaginatedEndpointList`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct PaginatedEndpointList {
        pub count: i64,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub next: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub previous: ::std::option::Option<::std::string::String>,
        pub results: ::std::vec::Vec<Endpoint>,
    }
    impl PaginatedEndpointList {
        pub fn builder() -> builder::PaginatedEndpointList {
            Default::default()
        }
    }
    ///`PaginatedEngagementList`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct PaginatedEngagementList {
        pub count: i64,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub next: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub previous: ::std::option::Option<::std::string::String>,
        pub results: ::std::vec::Vec<Engagement>,
    }
    impl PaginatedEngagementList {
        pub fn builder() -> builder::PaginatedEngagementList {
            Default::default()
        }
    }
    ///`PaginatedFindingList`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct PaginatedFindingList {
        pub count: i64,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub next: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub previous: ::std::option::Option<::std::string::String>,
        pub results: ::std::vec::Vec<Finding>,
    }
    impl PaginatedFindingList {
        pub fn builder() -> builder::PaginatedFindingList {
            Default::default()
        }
    }
    ///`PaginatedProductList`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct PaginatedProductList {
        pub count: i64,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub next: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub previous: ::std::option::Option<::std::string::String>,
        pub results: ::std::vec::Vec<Product>,
    }
    impl PaginatedProductList {
        pub fn builder() -> builder::PaginatedProductList {
            Default::default()
        }
    }
    ///`PaginatedProductTypeList`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct PaginatedProductTypeList {
        pub count: i64,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub next: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub previous: ::std::option::Option<::std::string::String>,
        pub results: ::std::vec::Vec<ProductType>,
    }
    impl PaginatedProductTypeList {
        pub fn builder() -> builder::PaginatedProductTypeList {
            Default::default()
        }
    }
    ///`PaginatedTestList`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct PaginatedTestList {
        pub count: i64,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub next: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub previous: ::std::option::Option<::std::string::String>,
        pub results: ::std::vec::Vec<Test>,
    }
    impl PaginatedTestList {
        pub fn builder() -> builder::PaginatedTestList {
            Default::default()
        }
    }
    ///`PaginatedTestTypeList`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct PaginatedTestTypeList {
        pub count: i64,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub next: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub previous: ::std::option::Option<::std::string::String>,
        pub results: ::std::vec::Vec<TestType>,
    }
    impl PaginatedTestTypeList {
        pub fn builder() -> builder::PaginatedTestTypeList {
            Default::default()
        }
    }
    ///`PaginatedUserList`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct PaginatedUserList {
        pub count: i64,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub next: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub previous: ::std::option::Option<::std::string::String>,
        pub results: ::std::vec::Vec<User>,
    }
    impl PaginatedUserList {
        pub fn builder() -> builder::PaginatedUserList {
            Default::default()
        }
    }
    ///`PatchedEngagementRequest`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct PatchedEngagementRequest {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub api_test: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub branch_tag: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub build_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub check_list: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub commit_hash: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub deduplication_on_engagement: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub engagement_type: ::std::option::Option<EngagementType>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub first_contacted: ::std::option::Option<::chrono::naive::NaiveDate>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub lead: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub pen_test: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub product: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub reason: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub requester: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub source_code_management_uri: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<EngagementStatus>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub tags: ::std::vec::Vec<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub target_end: ::std::option::Option<::chrono::naive::NaiveDate>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub target_start: ::std::option::Option<::chrono::naive::NaiveDate>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub test_strategy: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub threat_model: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub tracker: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub version: ::std::option::Option<::std::string::String>,
    }
    impl PatchedEngagementRequest {
        pub fn builder() -> builder::PatchedEngagementRequest {
            Default::default()
        }
    }
    ///`PatchedFindingRequest`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct PatchedFindingRequest {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub active: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub component_name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub component_version: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub cvssv3: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub cvssv3_score: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub cvssv4: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub cvssv4_score: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub cwe: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub date: ::std::option::Option<::chrono::naive::NaiveDate>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub duplicate: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub dynamic_finding: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub effort_for_fixing: ::std::option::Option<::std::string::String>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub endpoints: ::std::vec::Vec<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub epss_percentile: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub epss_score: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub false_p: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub file_path: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub fix_available: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub fix_version: ::std::option::Option<::std::string::String>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub found_by: ::std::vec::Vec<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub impact: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub is_mitigated: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub kev_date: ::std::option::Option<::chrono::naive::NaiveDate>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub known_exploited: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub line: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub mitigated: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub mitigated_by: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub mitigation: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub nb_occurences: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub numerical_severity: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub out_of_scope: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub planned_remediation_date: ::std::option::Option<::chrono::naive::NaiveDate>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub planned_remediation_version: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub publish_date: ::std::option::Option<::chrono::naive::NaiveDate>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub push_to_jira: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub ransomware_used: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub references: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub reporter: ::std::option::Option<i64>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub reviewers: ::std::vec::Vec<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub risk_accepted: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub sast_sink_object: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub sast_source_file_path: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub sast_source_line: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub sast_source_object: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub service: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub severity: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub severity_justification: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub static_finding: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub steps_to_reproduce: ::std::option::Option<::std::string::String>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub tags: ::std::vec::Vec<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub title: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub under_review: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub unique_id_from_tool: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub verified: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub vuln_id_from_tool: ::std::option::Option<::std::string::String>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub vulnerability_ids: ::std::vec::Vec<VulnerabilityIdRequest>,
    }
    impl PatchedFindingRequest {
        pub fn builder() -> builder::PatchedFindingRequest {
            Default::default()
        }
    }
    ///`PatchedProductRequest`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct PatchedProductRequest {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub business_criticality: ::std::option::Option<BusinessCriticality>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub disable_sla_breach_notifications: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub enable_full_risk_acceptance: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub enable_product_tag_inheritance: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub enable_simple_risk_acceptance: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub external_audience: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub internet_accessible: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub lifecycle: ::std::option::Option<Lifecycle>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub origin: ::std::option::Option<Origin>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub platform: ::std::option::Option<Platform>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub prod_numeric_grade: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub prod_type: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub product_manager: ::std::option::Option<i64>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub regulations: ::std::vec::Vec<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub sla_configuration: ::std::option::Option<i64>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub tags: ::std::vec::Vec<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub team_manager: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub technical_contact: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub user_records: ::std::option::Option<i64>,
    }
    impl PatchedProductRequest {
        pub fn builder() -> builder::PatchedProductRequest {
            Default::default()
        }
    }
    ///`Platform`
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
    pub enum Platform {
        #[serde(rename = "web service")]
        WebService,
        #[serde(rename = "desktop")]
        Desktop,
        #[serde(rename = "iot")]
        Iot,
        #[serde(rename = "mobile")]
        Mobile,
        #[serde(rename = "web")]
        Web,
    }
    impl ::std::fmt::Display for Platform {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::WebService => f.write_str("web service"),
                Self::Desktop => f.write_str("desktop"),
                Self::Iot => f.write_str("iot"),
                Self::Mobile => f.write_str("mobile"),
                Self::Web => f.write_str("web"),
            }
        }
    }
    impl ::std::str::FromStr for Platform {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "web service" => Ok(Self::WebService),
                "desktop" => Ok(Self::Desktop),
                "iot" => Ok(Self::Iot),
                "mobile" => Ok(Self::Mobile),
                "web" => Ok(Self::Web),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for Platform {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for Platform {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`Product`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct Product {
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub authorization_groups: ::std::vec::Vec<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub business_criticality: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub created: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub disable_sla_breach_notifications: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub enable_full_risk_acceptance: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub enable_product_tag_inheritance: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub enable_simple_risk_acceptance: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub external_audience: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub findings_count: ::std::option::Option<i64>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub findings_list: ::std::vec::Vec<i64>,
        pub id: i64,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub internet_accessible: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub lifecycle: ::std::option::Option<::std::string::String>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub members: ::std::vec::Vec<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub origin: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub platform: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub prod_numeric_grade: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub prod_type: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub product_manager: ::std::option::Option<i64>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub regulations: ::std::vec::Vec<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub sla_configuration: ::std::option::Option<i64>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub tags: ::std::vec::Vec<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub team_manager: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub technical_contact: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub user_records: ::std::option::Option<i64>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl Product {
        pub fn builder() -> builder::Product {
            Default::default()
        }
    }
    ///`ProductRequest`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ProductRequest {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub business_criticality: ::std::option::Option<BusinessCriticality>,
        pub description: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub disable_sla_breach_notifications: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub enable_full_risk_acceptance: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub enable_product_tag_inheritance: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub enable_simple_risk_acceptance: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub external_audience: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub internet_accessible: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub lifecycle: ::std::option::Option<Lifecycle>,
        pub name: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub origin: ::std::option::Option<Origin>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub platform: ::std::option::Option<Platform>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub prod_numeric_grade: ::std::option::Option<i64>,
        pub prod_type: i64,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub product_manager: ::std::option::Option<i64>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub regulations: ::std::vec::Vec<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub sla_configuration: ::std::option::Option<i64>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub tags: ::std::vec::Vec<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub team_manager: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub technical_contact: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub user_records: ::std::option::Option<i64>,
    }
    impl ProductRequest {
        pub fn builder() -> builder::ProductRequest {
            Default::default()
        }
    }
    ///`ProductType`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ProductType {
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub authorization_groups: ::std::vec::Vec<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub created: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub critical_product: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        pub id: i64,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub key_product: ::std::option::Option<bool>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub members: ::std::vec::Vec<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub updated: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl ProductType {
        pub fn builder() -> builder::ProductType {
            Default::default()
        }
    }
    ///`ProductTypeRequest`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ProductTypeRequest {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub critical_product: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub key_product: ::std::option::Option<bool>,
        pub name: ::std::string::String,
    }
    impl ProductTypeRequest {
        pub fn builder() -> builder::ProductTypeRequest {
            Default::default()
        }
    }
    ///`ReImportScan`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ReImportScan {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub active: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub branch_tag: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub build_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub close_old_findings: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub commit_hash: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub do_not_reactivate: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub engagement_id: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub engagement_name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub minimum_severity: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub product_id: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub product_name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub product_type_id: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub product_type_name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub scan_date: ::std::option::Option<::chrono::naive::NaiveDate>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub scan_type: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub statistics: ::std::option::Option<ImportStatistics>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub tags: ::std::vec::Vec<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub test: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub test_id: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub test_title: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub verified: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub version: ::std::option::Option<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl ReImportScan {
        pub fn builder() -> builder::ReImportScan {
            Default::default()
        }
    }
    ///`ReImportScanRequest`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ReImportScanRequest {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub active: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub api_scan_configuration: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub apply_tags_to_endpoints: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub apply_tags_to_findings: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub auto_create_context: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub branch_tag: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub build_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub close_old_findings: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub close_old_findings_product_scope: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub commit_hash: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub create_finding_groups_for_all_findings: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub deduplication_on_engagement: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub do_not_reactivate: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub endpoint_to_add: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub engagement_end_date: ::std::option::Option<::chrono::naive::NaiveDate>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub engagement_name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub environment: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub file: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub group_by: ::std::option::Option<GroupBy>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub lead: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub minimum_severity: ::std::option::Option<Severity>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub product_name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub product_type_name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub push_to_jira: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub scan_date: ::std::option::Option<::chrono::naive::NaiveDate>,
        pub scan_type: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub service: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub source_code_management_uri: ::std::option::Option<::std::string::String>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub tags: ::std::vec::Vec<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub test: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub test_title: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub verified: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub version: ::std::option::Option<::std::string::String>,
    }
    impl ReImportScanRequest {
        pub fn builder() -> builder::ReImportScanRequest {
            Default::default()
        }
    }
    ///`Severity`
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
    pub enum Severity {
        Info,
        Low,
        Medium,
        High,
        Critical,
    }
    impl ::std::fmt::Display for Severity {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Info => f.write_str("Info"),
                Self::Low => f.write_str("Low"),
                Self::Medium => f.write_str("Medium"),
                Self::High => f.write_str("High"),
                Self::Critical => f.write_str("Critical"),
            }
        }
    }
    impl ::std::str::FromStr for Severity {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "Info" => Ok(Self::Info),
                "Low" => Ok(Self::Low),
                "Medium" => Ok(Self::Medium),
                "High" => Ok(Self::High),
                "Critical" => Ok(Self::Critical),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for Severity {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for Severity {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`SeverityStatusStatistics`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct SeverityStatusStatistics {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub critical: ::std::option::Option<StatusStatistics>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub high: ::std::option::Option<StatusStatistics>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub info: ::std::option::Option<StatusStatistics>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub low: ::std::option::Option<StatusStatistics>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub medium: ::std::option::Option<StatusStatistics>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub total: ::std::option::Option<StatusStatistics>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl SeverityStatusStatistics {
        pub fn builder() -> builder::SeverityStatusStatistics {
            Default::default()
        }
    }
    ///`StatusStatistics`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct StatusStatistics {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub active: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub duplicate: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub false_p: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub is_mitigated: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub out_of_scope: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub risk_accepted: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub total: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub verified: ::std::option::Option<i64>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl StatusStatistics {
        pub fn builder() -> builder::StatusStatistics {
            Default::default()
        }
    }
    ///`Test`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct Test {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub branch_tag: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub build_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub commit_hash: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub created: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub engagement: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub environment: ::std::option::Option<i64>,
        pub id: i64,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub lead: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub percent_complete: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub scan_type: ::std::option::Option<::std::string::String>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub tags: ::std::vec::Vec<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub target_end: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub target_start: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub test_type: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub test_type_name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub title: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub updated: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub version: ::std::option::Option<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl Test {
        pub fn builder() -> builder::Test {
            Default::default()
        }
    }
    ///`TestCreate`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct TestCreate {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub branch_tag: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub build_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub commit_hash: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub created: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub engagement: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub environment: ::std::option::Option<i64>,
        pub id: i64,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub lead: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub percent_complete: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub scan_type: ::std::option::Option<::std::string::String>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub tags: ::std::vec::Vec<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub target_end: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub target_start: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub test_type: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub title: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub updated: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub version: ::std::option::Option<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl TestCreate {
        pub fn builder() -> builder::TestCreate {
            Default::default()
        }
    }
    ///`TestCreateRequest`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct TestCreateRequest {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub branch_tag: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub build_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub commit_hash: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        pub engagement: i64,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub environment: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub lead: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub percent_complete: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub scan_type: ::std::option::Option<::std::string::String>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub tags: ::std::vec::Vec<::std::string::String>,
        pub target_end: ::chrono::DateTime<::chrono::offset::Utc>,
        pub target_start: ::chrono::DateTime<::chrono::offset::Utc>,
        pub test_type: i64,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub title: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub version: ::std::option::Option<::std::string::String>,
    }
    impl TestCreateRequest {
        pub fn builder() -> builder::TestCreateRequest {
            Default::default()
        }
    }
    ///`TestType`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct TestType {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub active: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub dynamic_tool: ::std::option::Option<bool>,
        pub id: i64,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub static_tool: ::std::option::Option<bool>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl TestType {
        pub fn builder() -> builder::TestType {
            Default::default()
        }
    }
    ///`User`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct User {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub date_joined: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub email: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub first_name: ::std::option::Option<::std::string::String>,
        pub id: i64,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub is_active: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub is_superuser: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub last_login: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub last_name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub username: ::std::option::Option<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl User {
        pub fn builder() -> builder::User {
            Default::default()
        }
    }
    ///`UserStub`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct UserStub {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub first_name: ::std::option::Option<::std::string::String>,
        pub id: i64,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub last_name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub username: ::std::option::Option<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl UserStub {
        pub fn builder() -> builder::UserStub {
            Default::default()
        }
    }
    ///`VulnerabilityId`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct VulnerabilityId {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub vulnerability_id: ::std::option::Option<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl VulnerabilityId {
        pub fn builder() -> builder::VulnerabilityId {
            Default::default()
        }
    }
    ///`VulnerabilityIdRequest`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct VulnerabilityIdRequest {
        pub vulnerability_id: ::std::string::String,
    }
    impl VulnerabilityIdRequest {
        pub fn builder() -> builder::VulnerabilityIdRequest {
            Default::default()
        }
    }
    /// Types for composing complex structures.
    pub mod builder {
        #[derive(Clone, Debug)]
        pub struct AddNewNoteOptionRequest {
            entry: ::std::result::Result<::std::string::String, ::std::string::String>,
            note_type: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            private: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for AddNewNoteOptionRequest {
            fn default() -> Self {
                Self {
                    entry: Err("no value supplied for entry".to_string()),
                    note_type: Ok(Default::default()),
                    private: Ok(Default::default()),
                }
            }
        }
        impl AddNewNoteOptionRequest {
            pub fn entry<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.entry = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for entry: {e}")
                    });
                self
            }
            pub fn note_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.note_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for note_type: {e}")
                    });
                self
            }
            pub fn private<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.private = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for private: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<AddNewNoteOptionRequest>
        for super::AddNewNoteOptionRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AddNewNoteOptionRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    entry: value.entry?,
                    note_type: value.note_type?,
                    private: value.private?,
                })
            }
        }
        impl ::std::convert::From<super::AddNewNoteOptionRequest>
        for AddNewNoteOptionRequest {
            fn from(value: super::AddNewNoteOptionRequest) -> Self {
                Self {
                    entry: Ok(value.entry),
                    note_type: Ok(value.note_type),
                    private: Ok(value.private),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct DeltaStatistics {
            closed: ::std::result::Result<
                ::std::option::Option<super::SeverityStatusStatistics>,
                ::std::string::String,
            >,
            created: ::std::result::Result<
                ::std::option::Option<super::SeverityStatusStatistics>,
                ::std::string::String,
            >,
            reactivated: ::std::result::Result<
                ::std::option::Option<super::SeverityStatusStatistics>,
                ::std::string::String,
            >,
            untouched: ::std::result::Result<
                ::std::option::Option<super::SeverityStatusStatistics>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for DeltaStatistics {
            fn default() -> Self {
                Self {
                    closed: Ok(Default::default()),
                    created: Ok(Default::default()),
                    reactivated: Ok(Default::default()),
                    untouched: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl DeltaStatistics {
            pub fn closed<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::SeverityStatusStatistics>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.closed = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for closed: {e}")
                    });
                self
            }
            pub fn created<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::SeverityStatusStatistics>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.created = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created: {e}")
                    });
                self
            }
            pub fn reactivated<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::SeverityStatusStatistics>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.reactivated = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for reactivated: {e}")
                    });
                self
            }
            pub fn untouched<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::SeverityStatusStatistics>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.untouched = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for untouched: {e}")
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
        impl ::std::convert::TryFrom<DeltaStatistics> for super::DeltaStatistics {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DeltaStatistics,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    closed: value.closed?,
                    created: value.created?,
                    reactivated: value.reactivated?,
                    untouched: value.untouched?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::DeltaStatistics> for DeltaStatistics {
            fn from(value: super::DeltaStatistics) -> Self {
                Self {
                    closed: Ok(value.closed),
                    created: Ok(value.created),
                    reactivated: Ok(value.reactivated),
                    untouched: Ok(value.untouched),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Endpoint {
            active_finding_count: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            endpoint_params: ::std::result::Result<
                ::std::vec::Vec<i64>,
                ::std::string::String,
            >,
            findings: ::std::result::Result<::std::vec::Vec<i64>, ::std::string::String>,
            fragment: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            host: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            id: ::std::result::Result<i64, ::std::string::String>,
            path: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            port: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            product: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            protocol: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            query: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            tags: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            userinfo: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Endpoint {
            fn default() -> Self {
                Self {
                    active_finding_count: Ok(Default::default()),
                    endpoint_params: Ok(Default::default()),
                    findings: Ok(Default::default()),
                    fragment: Ok(Default::default()),
                    host: Ok(Default::default()),
                    id: Err("no value supplied for id".to_string()),
                    path: Ok(Default::default()),
                    port: Ok(Default::default()),
                    product: Ok(Default::default()),
                    protocol: Ok(Default::default()),
                    query: Ok(Default::default()),
                    tags: Ok(Default::default()),
                    userinfo: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl Endpoint {
            pub fn active_finding_count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.active_finding_count = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for active_finding_count: {e}"
                        )
                    });
                self
            }
            pub fn endpoint_params<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.endpoint_params = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for endpoint_params: {e}"
                        )
                    });
                self
            }
            pub fn findings<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.findings = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for findings: {e}")
                    });
                self
            }
            pub fn fragment<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.fragment = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for fragment: {e}")
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
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn path<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.path = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for path: {e}")
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
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.product = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for product: {e}")
                    });
                self
            }
            pub fn protocol<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.protocol = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for protocol: {e}")
                    });
                self
            }
            pub fn query<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.query = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for query: {e}")
                    });
                self
            }
            pub fn tags<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.tags = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for tags: {e}")
                    });
                self
            }
            pub fn userinfo<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.userinfo = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for userinfo: {e}")
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
        impl ::std::convert::TryFrom<Endpoint> for super::Endpoint {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Endpoint,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    active_finding_count: value.active_finding_count?,
                    endpoint_params: value.endpoint_params?,
                    findings: value.findings?,
                    fragment: value.fragment?,
                    host: value.host?,
                    id: value.id?,
                    path: value.path?,
                    port: value.port?,
                    product: value.product?,
                    protocol: value.protocol?,
                    query: value.query?,
                    tags: value.tags?,
                    userinfo: value.userinfo?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::Endpoint> for Endpoint {
            fn from(value: super::Endpoint) -> Self {
                Self {
                    active_finding_count: Ok(value.active_finding_count),
                    endpoint_params: Ok(value.endpoint_params),
                    findings: Ok(value.findings),
                    fragment: Ok(value.fragment),
                    host: Ok(value.host),
                    id: Ok(value.id),
                    path: Ok(value.path),
                    port: Ok(value.port),
                    product: Ok(value.product),
                    protocol: Ok(value.protocol),
                    query: Ok(value.query),
                    tags: Ok(value.tags),
                    userinfo: Ok(value.userinfo),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct EndpointRequest {
            fragment: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            host: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            path: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            port: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            product: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            protocol: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            query: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            tags: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            userinfo: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for EndpointRequest {
            fn default() -> Self {
                Self {
                    fragment: Ok(Default::default()),
                    host: Ok(Default::default()),
                    path: Ok(Default::default()),
                    port: Ok(Default::default()),
                    product: Ok(Default::default()),
                    protocol: Ok(Default::default()),
                    query: Ok(Default::default()),
                    tags: Ok(Default::default()),
                    userinfo: Ok(Default::default()),
                }
            }
        }
        impl EndpointRequest {
            pub fn fragment<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.fragment = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for fragment: {e}")
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
            pub fn path<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.path = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for path: {e}")
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
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.product = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for product: {e}")
                    });
                self
            }
            pub fn protocol<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.protocol = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for protocol: {e}")
                    });
                self
            }
            pub fn query<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.query = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for query: {e}")
                    });
                self
            }
            pub fn tags<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.tags = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for tags: {e}")
                    });
                self
            }
            pub fn userinfo<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.userinfo = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for userinfo: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<EndpointRequest> for super::EndpointRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: EndpointRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    fragment: value.fragment?,
                    host: value.host?,
                    path: value.path?,
                    port: value.port?,
                    product: value.product?,
                    protocol: value.protocol?,
                    query: value.query?,
                    tags: value.tags?,
                    userinfo: value.userinfo?,
                })
            }
        }
        impl ::std::convert::From<super::EndpointRequest> for EndpointRequest {
            fn from(value: super::EndpointRequest) -> Self {
                Self {
                    fragment: Ok(value.fragment),
                    host: Ok(value.host),
                    path: Ok(value.path),
                    port: Ok(value.port),
                    product: Ok(value.product),
                    protocol: Ok(value.protocol),
                    query: Ok(value.query),
                    tags: Ok(value.tags),
                    userinfo: Ok(value.userinfo),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Engagement {
            active: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            api_test: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            branch_tag: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            build_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            check_list: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            commit_hash: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            created: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            deduplication_on_engagement: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            done_testing: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            engagement_type: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            first_contacted: ::std::result::Result<
                ::std::option::Option<::chrono::naive::NaiveDate>,
                ::std::string::String,
            >,
            id: ::std::result::Result<i64, ::std::string::String>,
            lead: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            pen_test: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            product: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            progress: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            reason: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            requester: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            source_code_management_uri: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            tags: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            target_end: ::std::result::Result<
                ::std::option::Option<::chrono::naive::NaiveDate>,
                ::std::string::String,
            >,
            target_start: ::std::result::Result<
                ::std::option::Option<::chrono::naive::NaiveDate>,
                ::std::string::String,
            >,
            test_strategy: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            threat_model: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            tracker: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            updated: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            version: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Engagement {
            fn default() -> Self {
                Self {
                    active: Ok(Default::default()),
                    api_test: Ok(Default::default()),
                    branch_tag: Ok(Default::default()),
                    build_id: Ok(Default::default()),
                    check_list: Ok(Default::default()),
                    commit_hash: Ok(Default::default()),
                    created: Ok(Default::default()),
                    deduplication_on_engagement: Ok(Default::default()),
                    description: Ok(Default::default()),
                    done_testing: Ok(Default::default()),
                    engagement_type: Ok(Default::default()),
                    first_contacted: Ok(Default::default()),
                    id: Err("no value supplied for id".to_string()),
                    lead: Ok(Default::default()),
                    name: Ok(Default::default()),
                    pen_test: Ok(Default::default()),
                    product: Ok(Default::default()),
                    progress: Ok(Default::default()),
                    reason: Ok(Default::default()),
                    requester: Ok(Default::default()),
                    source_code_management_uri: Ok(Default::default()),
                    status: Ok(Default::default()),
                    tags: Ok(Default::default()),
                    target_end: Ok(Default::default()),
                    target_start: Ok(Default::default()),
                    test_strategy: Ok(Default::default()),
                    threat_model: Ok(Default::default()),
                    tracker: Ok(Default::default()),
                    updated: Ok(Default::default()),
                    version: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl Engagement {
            pub fn active<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.active = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for active: {e}")
                    });
                self
            }
            pub fn api_test<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.api_test = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for api_test: {e}")
                    });
                self
            }
            pub fn branch_tag<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.branch_tag = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for branch_tag: {e}")
                    });
                self
            }
            pub fn build_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.build_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for build_id: {e}")
                    });
                self
            }
            pub fn check_list<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.check_list = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for check_list: {e}")
                    });
                self
            }
            pub fn commit_hash<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.commit_hash = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for commit_hash: {e}")
                    });
                self
            }
            pub fn created<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.created = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created: {e}")
                    });
                self
            }
            pub fn deduplication_on_engagement<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.deduplication_on_engagement = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for deduplication_on_engagement: {e}"
                        )
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
            pub fn done_testing<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.done_testing = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for done_testing: {e}")
                    });
                self
            }
            pub fn engagement_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.engagement_type = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for engagement_type: {e}"
                        )
                    });
                self
            }
            pub fn first_contacted<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::naive::NaiveDate>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.first_contacted = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for first_contacted: {e}"
                        )
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn lead<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.lead = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for lead: {e}")
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
            pub fn pen_test<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.pen_test = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for pen_test: {e}")
                    });
                self
            }
            pub fn product<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.product = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for product: {e}")
                    });
                self
            }
            pub fn progress<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.progress = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for progress: {e}")
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
            pub fn requester<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.requester = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for requester: {e}")
                    });
                self
            }
            pub fn source_code_management_uri<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.source_code_management_uri = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for source_code_management_uri: {e}"
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
            pub fn tags<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.tags = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for tags: {e}")
                    });
                self
            }
            pub fn target_end<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::naive::NaiveDate>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.target_end = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for target_end: {e}")
                    });
                self
            }
            pub fn target_start<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::naive::NaiveDate>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.target_start = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for target_start: {e}")
                    });
                self
            }
            pub fn test_strategy<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.test_strategy = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for test_strategy: {e}")
                    });
                self
            }
            pub fn threat_model<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.threat_model = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for threat_model: {e}")
                    });
                self
            }
            pub fn tracker<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.tracker = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for tracker: {e}")
                    });
                self
            }
            pub fn updated<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.updated = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for updated: {e}")
                    });
                self
            }
            pub fn version<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.version = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for version: {e}")
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
        impl ::std::convert::TryFrom<Engagement> for super::Engagement {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Engagement,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    active: value.active?,
                    api_test: value.api_test?,
                    branch_tag: value.branch_tag?,
                    build_id: value.build_id?,
                    check_list: value.check_list?,
                    commit_hash: value.commit_hash?,
                    created: value.created?,
                    deduplication_on_engagement: value.deduplication_on_engagement?,
                    description: value.description?,
                    done_testing: value.done_testing?,
                    engagement_type: value.engagement_type?,
                    first_contacted: value.first_contacted?,
                    id: value.id?,
                    lead: value.lead?,
                    name: value.name?,
                    pen_test: value.pen_test?,
                    product: value.product?,
                    progress: value.progress?,
                    reason: value.reason?,
                    requester: value.requester?,
                    source_code_management_uri: value.source_code_management_uri?,
                    status: value.status?,
                    tags: value.tags?,
                    target_end: value.target_end?,
                    target_start: value.target_start?,
                    test_strategy: value.test_strategy?,
                    threat_model: value.threat_model?,
                    tracker: value.tracker?,
                    updated: value.updated?,
                    version: value.version?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::Engagement> for Engagement {
            fn from(value: super::Engagement) -> Self {
                Self {
                    active: Ok(value.active),
                    api_test: Ok(value.api_test),
                    branch_tag: Ok(value.branch_tag),
                    build_id: Ok(value.build_id),
                    check_list: Ok(value.check_list),
                    commit_hash: Ok(value.commit_hash),
                    created: Ok(value.created),
                    deduplication_on_engagement: Ok(value.deduplication_on_engagement),
                    description: Ok(value.description),
                    done_testing: Ok(value.done_testing),
                    engagement_type: Ok(value.engagement_type),
                    first_contacted: Ok(value.first_contacted),
                    id: Ok(value.id),
                    lead: Ok(value.lead),
                    name: Ok(value.name),
                    pen_test: Ok(value.pen_test),
                    product: Ok(value.product),
                    progress: Ok(value.progress),
                    reason: Ok(value.reason),
                    requester: Ok(value.requester),
                    source_code_management_uri: Ok(value.source_code_management_uri),
                    status: Ok(value.status),
                    tags: Ok(value.tags),
                    target_end: Ok(value.target_end),
                    target_start: Ok(value.target_start),
                    test_strategy: Ok(value.test_strategy),
                    threat_model: Ok(value.threat_model),
                    tracker: Ok(value.tracker),
                    updated: Ok(value.updated),
                    version: Ok(value.version),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct EngagementRequest {
            api_test: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            branch_tag: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            build_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            check_list: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            commit_hash: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            deduplication_on_engagement: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            engagement_type: ::std::result::Result<
                ::std::option::Option<super::EngagementType>,
                ::std::string::String,
            >,
            first_contacted: ::std::result::Result<
                ::std::option::Option<::chrono::naive::NaiveDate>,
                ::std::string::String,
            >,
            lead: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            pen_test: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            product: ::std::result::Result<i64, ::std::string::String>,
            reason: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            requester: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            source_code_management_uri: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                ::std::option::Option<super::EngagementStatus>,
                ::std::string::String,
            >,
            tags: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            target_end: ::std::result::Result<
                ::chrono::naive::NaiveDate,
                ::std::string::String,
            >,
            target_start: ::std::result::Result<
                ::chrono::naive::NaiveDate,
                ::std::string::String,
            >,
            test_strategy: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            threat_model: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            tracker: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            version: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for EngagementRequest {
            fn default() -> Self {
                Self {
                    api_test: Ok(Default::default()),
                    branch_tag: Ok(Default::default()),
                    build_id: Ok(Default::default()),
                    check_list: Ok(Default::default()),
                    commit_hash: Ok(Default::default()),
                    deduplication_on_engagement: Ok(Default::default()),
                    description: Ok(Default::default()),
                    engagement_type: Ok(Default::default()),
                    first_contacted: Ok(Default::default()),
                    lead: Ok(Default::default()),
                    name: Ok(Default::default()),
                    pen_test: Ok(Default::default()),
                    product: Err("no value supplied for product".to_string()),
                    reason: Ok(Default::default()),
                    requester: Ok(Default::default()),
                    source_code_management_uri: Ok(Default::default()),
                    status: Ok(Default::default()),
                    tags: Ok(Default::default()),
                    target_end: Err("no value supplied for target_end".to_string()),
                    target_start: Err("no value supplied for target_start".to_string()),
                    test_strategy: Ok(Default::default()),
                    threat_model: Ok(Default::default()),
                    tracker: Ok(Default::default()),
                    version: Ok(Default::default()),
                }
            }
        }
        impl EngagementRequest {
            pub fn api_test<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.api_test = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for api_test: {e}")
                    });
                self
            }
            pub fn branch_tag<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.branch_tag = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for branch_tag: {e}")
                    });
                self
            }
            pub fn build_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.build_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for build_id: {e}")
                    });
                self
            }
            pub fn check_list<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.check_list = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for check_list: {e}")
                    });
                self
            }
            pub fn commit_hash<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.commit_hash = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for commit_hash: {e}")
                    });
                self
            }
            pub fn deduplication_on_engagement<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.deduplication_on_engagement = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for deduplication_on_engagement: {e}"
                        )
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
            pub fn engagement_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::EngagementType>>,
                T::Error: ::std::fmt::Display,
            {
                self.engagement_type = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for engagement_type: {e}"
                        )
                    });
                self
            }
            pub fn first_contacted<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::naive::NaiveDate>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.first_contacted = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for first_contacted: {e}"
                        )
                    });
                self
            }
            pub fn lead<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.lead = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for lead: {e}")
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
            pub fn pen_test<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.pen_test = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for pen_test: {e}")
                    });
                self
            }
            pub fn product<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.product = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for product: {e}")
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
            pub fn requester<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.requester = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for requester: {e}")
                    });
                self
            }
            pub fn source_code_management_uri<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.source_code_management_uri = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for source_code_management_uri: {e}"
                        )
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::EngagementStatus>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
            pub fn tags<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.tags = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for tags: {e}")
                    });
                self
            }
            pub fn target_end<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::naive::NaiveDate>,
                T::Error: ::std::fmt::Display,
            {
                self.target_end = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for target_end: {e}")
                    });
                self
            }
            pub fn target_start<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::naive::NaiveDate>,
                T::Error: ::std::fmt::Display,
            {
                self.target_start = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for target_start: {e}")
                    });
                self
            }
            pub fn test_strategy<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.test_strategy = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for test_strategy: {e}")
                    });
                self
            }
            pub fn threat_model<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.threat_model = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for threat_model: {e}")
                    });
                self
            }
            pub fn tracker<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.tracker = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for tracker: {e}")
                    });
                self
            }
            pub fn version<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.version = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for version: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<EngagementRequest> for super::EngagementRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: EngagementRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    api_test: value.api_test?,
                    branch_tag: value.branch_tag?,
                    build_id: value.build_id?,
                    check_list: value.check_list?,
                    commit_hash: value.commit_hash?,
                    deduplication_on_engagement: value.deduplication_on_engagement?,
                    description: value.description?,
                    engagement_type: value.engagement_type?,
                    first_contacted: value.first_contacted?,
                    lead: value.lead?,
                    name: value.name?,
                    pen_test: value.pen_test?,
                    product: value.product?,
                    reason: value.reason?,
                    requester: value.requester?,
                    source_code_management_uri: value.source_code_management_uri?,
                    status: value.status?,
                    tags: value.tags?,
                    target_end: value.target_end?,
                    target_start: value.target_start?,
                    test_strategy: value.test_strategy?,
                    threat_model: value.threat_model?,
                    tracker: value.tracker?,
                    version: value.version?,
                })
            }
        }
        impl ::std::convert::From<super::EngagementRequest> for EngagementRequest {
            fn from(value: super::EngagementRequest) -> Self {
                Self {
                    api_test: Ok(value.api_test),
                    branch_tag: Ok(value.branch_tag),
                    build_id: Ok(value.build_id),
                    check_list: Ok(value.check_list),
                    commit_hash: Ok(value.commit_hash),
                    deduplication_on_engagement: Ok(value.deduplication_on_engagement),
                    description: Ok(value.description),
                    engagement_type: Ok(value.engagement_type),
                    first_contacted: Ok(value.first_contacted),
                    lead: Ok(value.lead),
                    name: Ok(value.name),
                    pen_test: Ok(value.pen_test),
                    product: Ok(value.product),
                    reason: Ok(value.reason),
                    requester: Ok(value.requester),
                    source_code_management_uri: Ok(value.source_code_management_uri),
                    status: Ok(value.status),
                    tags: Ok(value.tags),
                    target_end: Ok(value.target_end),
                    target_start: Ok(value.target_start),
                    test_strategy: Ok(value.test_strategy),
                    threat_model: Ok(value.threat_model),
                    tracker: Ok(value.tracker),
                    version: Ok(value.version),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ErrorBody {
            detail: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ErrorBody {
            fn default() -> Self {
                Self {
                    detail: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl ErrorBody {
            pub fn detail<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.detail = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for detail: {e}")
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
        impl ::std::convert::TryFrom<ErrorBody> for super::ErrorBody {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ErrorBody,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    detail: value.detail?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::ErrorBody> for ErrorBody {
            fn from(value: super::ErrorBody) -> Self {
                Self {
                    detail: Ok(value.detail),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Finding {
            active: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            age: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            component_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            component_version: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            created: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            cvssv3: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            cvssv3_score: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
            cvssv4: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            cvssv4_score: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
            cwe: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            date: ::std::result::Result<
                ::std::option::Option<::chrono::naive::NaiveDate>,
                ::std::string::String,
            >,
            defect_review_requested_by: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            display_status: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            duplicate: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            duplicate_finding: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            dynamic_finding: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            effort_for_fixing: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            endpoints: ::std::result::Result<
                ::std::vec::Vec<i64>,
                ::std::string::String,
            >,
            epss_percentile: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
            epss_score: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
            false_p: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            file_path: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            files: ::std::result::Result<::std::vec::Vec<i64>, ::std::string::String>,
            fix_available: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            fix_version: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            found_by: ::std::result::Result<::std::vec::Vec<i64>, ::std::string::String>,
            hash_code: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            id: ::std::result::Result<i64, ::std::string::String>,
            impact: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            is_mitigated: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            jira_change: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            jira_creation: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            kev_date: ::std::result::Result<
                ::std::option::Option<::chrono::naive::NaiveDate>,
                ::std::string::String,
            >,
            known_exploited: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            last_reviewed: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            last_reviewed_by: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            last_status_update: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            line: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            mitigated: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            mitigated_by: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            mitigation: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            nb_occurences: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            notes: ::std::result::Result<
                ::std::vec::Vec<super::Note>,
                ::std::string::String,
            >,
            numerical_severity: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            out_of_scope: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            param: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            payload: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            planned_remediation_date: ::std::result::Result<
                ::std::option::Option<::chrono::naive::NaiveDate>,
                ::std::string::String,
            >,
            planned_remediation_version: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            publish_date: ::std::result::Result<
                ::std::option::Option<::chrono::naive::NaiveDate>,
                ::std::string::String,
            >,
            push_to_jira: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            ransomware_used: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            references: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            reporter: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            review_requested_by: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            reviewers: ::std::result::Result<
                ::std::vec::Vec<i64>,
                ::std::string::String,
            >,
            risk_accepted: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            sast_sink_object: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            sast_source_file_path: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            sast_source_line: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            sast_source_object: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            scanner_confidence: ::std::result::Result<
                ::std::option::Option<i64>,
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
            severity_justification: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            sla_days_remaining: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            sla_expiration_date: ::std::result::Result<
                ::std::option::Option<::chrono::naive::NaiveDate>,
                ::std::string::String,
            >,
            sla_start_date: ::std::result::Result<
                ::std::option::Option<::chrono::naive::NaiveDate>,
                ::std::string::String,
            >,
            sonarqube_issue: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            static_finding: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            steps_to_reproduce: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            tags: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            test: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            thread_id: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            title: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            under_defect_review: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            under_review: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            unique_id_from_tool: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            updated: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            verified: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            vuln_id_from_tool: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            vulnerability_ids: ::std::result::Result<
                ::std::vec::Vec<super::VulnerabilityId>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Finding {
            fn default() -> Self {
                Self {
                    active: Ok(Default::default()),
                    age: Ok(Default::default()),
                    component_name: Ok(Default::default()),
                    component_version: Ok(Default::default()),
                    created: Ok(Default::default()),
                    cvssv3: Ok(Default::default()),
                    cvssv3_score: Ok(Default::default()),
                    cvssv4: Ok(Default::default()),
                    cvssv4_score: Ok(Default::default()),
                    cwe: Ok(Default::default()),
                    date: Ok(Default::default()),
                    defect_review_requested_by: Ok(Default::default()),
                    description: Ok(Default::default()),
                    display_status: Ok(Default::default()),
                    duplicate: Ok(Default::default()),
                    duplicate_finding: Ok(Default::default()),
                    dynamic_finding: Ok(Default::default()),
                    effort_for_fixing: Ok(Default::default()),
                    endpoints: Ok(Default::default()),
                    epss_percentile: Ok(Default::default()),
                    epss_score: Ok(Default::default()),
                    false_p: Ok(Default::default()),
                    file_path: Ok(Default::default()),
                    files: Ok(Default::default()),
                    fix_available: Ok(Default::default()),
                    fix_version: Ok(Default::default()),
                    found_by: Ok(Default::default()),
                    hash_code: Ok(Default::default()),
                    id: Err("no value supplied for id".to_string()),
                    impact: Ok(Default::default()),
                    is_mitigated: Ok(Default::default()),
                    jira_change: Ok(Default::default()),
                    jira_creation: Ok(Default::default()),
                    kev_date: Ok(Default::default()),
                    known_exploited: Ok(Default::default()),
                    last_reviewed: Ok(Default::default()),
                    last_reviewed_by: Ok(Default::default()),
                    last_status_update: Ok(Default::default()),
                    line: Ok(Default::default()),
                    mitigated: Ok(Default::default()),
                    mitigated_by: Ok(Default::default()),
                    mitigation: Ok(Default::default()),
                    nb_occurences: Ok(Default::default()),
                    notes: Ok(Default::default()),
                    numerical_severity: Ok(Default::default()),
                    out_of_scope: Ok(Default::default()),
                    param: Ok(Default::default()),
                    payload: Ok(Default::default()),
                    planned_remediation_date: Ok(Default::default()),
                    planned_remediation_version: Ok(Default::default()),
                    publish_date: Ok(Default::default()),
                    push_to_jira: Ok(Default::default()),
                    ransomware_used: Ok(Default::default()),
                    references: Ok(Default::default()),
                    reporter: Ok(Default::default()),
                    review_requested_by: Ok(Default::default()),
                    reviewers: Ok(Default::default()),
                    risk_accepted: Ok(Default::default()),
                    sast_sink_object: Ok(Default::default()),
                    sast_source_file_path: Ok(Default::default()),
                    sast_source_line: Ok(Default::default()),
                    sast_source_object: Ok(Default::default()),
                    scanner_confidence: Ok(Default::default()),
                    service: Ok(Default::default()),
                    severity: Ok(Default::default()),
                    severity_justification: Ok(Default::default()),
                    sla_days_remaining: Ok(Default::default()),
                    sla_expiration_date: Ok(Default::default()),
                    sla_start_date: Ok(Default::default()),
                    sonarqube_issue: Ok(Default::default()),
                    static_finding: Ok(Default::default()),
                    steps_to_reproduce: Ok(Default::default()),
                    tags: Ok(Default::default()),
                    test: Ok(Default::default()),
                    thread_id: Ok(Default::default()),
                    title: Ok(Default::default()),
                    under_defect_review: Ok(Default::default()),
                    under_review: Ok(Default::default()),
                    unique_id_from_tool: Ok(Default::default()),
                    updated: Ok(Default::default()),
                    url: Ok(Default::default()),
                    verified: Ok(Default::default()),
                    vuln_id_from_tool: Ok(Default::default()),
                    vulnerability_ids: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl Finding {
            pub fn active<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.active = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for active: {e}")
                    });
                self
            }
            pub fn age<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.age = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for age: {e}")
                    });
                self
            }
            pub fn component_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.component_name = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for component_name: {e}"
                        )
                    });
                self
            }
            pub fn component_version<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.component_version = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for component_version: {e}"
                        )
                    });
                self
            }
            pub fn created<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.created = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created: {e}")
                    });
                self
            }
            pub fn cvssv3<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.cvssv3 = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for cvssv3: {e}")
                    });
                self
            }
            pub fn cvssv3_score<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<f64>>,
                T::Error: ::std::fmt::Display,
            {
                self.cvssv3_score = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for cvssv3_score: {e}")
                    });
                self
            }
            pub fn cvssv4<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.cvssv4 = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for cvssv4: {e}")
                    });
                self
            }
            pub fn cvssv4_score<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<f64>>,
                T::Error: ::std::fmt::Display,
            {
                self.cvssv4_score = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for cvssv4_score: {e}")
                    });
                self
            }
            pub fn cwe<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.cwe = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for cwe: {e}")
                    });
                self
            }
            pub fn date<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::naive::NaiveDate>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.date = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for date: {e}")
                    });
                self
            }
            pub fn defect_review_requested_by<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.defect_review_requested_by = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for defect_review_requested_by: {e}"
                        )
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
            pub fn display_status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.display_status = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for display_status: {e}"
                        )
                    });
                self
            }
            pub fn duplicate<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.duplicate = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for duplicate: {e}")
                    });
                self
            }
            pub fn duplicate_finding<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.duplicate_finding = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for duplicate_finding: {e}"
                        )
                    });
                self
            }
            pub fn dynamic_finding<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.dynamic_finding = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for dynamic_finding: {e}"
                        )
                    });
                self
            }
            pub fn effort_for_fixing<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.effort_for_fixing = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for effort_for_fixing: {e}"
                        )
                    });
                self
            }
            pub fn endpoints<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.endpoints = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for endpoints: {e}")
                    });
                self
            }
            pub fn epss_percentile<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<f64>>,
                T::Error: ::std::fmt::Display,
            {
                self.epss_percentile = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for epss_percentile: {e}"
                        )
                    });
                self
            }
            pub fn epss_score<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<f64>>,
                T::Error: ::std::fmt::Display,
            {
                self.epss_score = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for epss_score: {e}")
                    });
                self
            }
            pub fn false_p<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.false_p = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for false_p: {e}")
                    });
                self
            }
            pub fn file_path<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.file_path = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for file_path: {e}")
                    });
                self
            }
            pub fn files<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.files = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for files: {e}")
                    });
                self
            }
            pub fn fix_available<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.fix_available = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for fix_available: {e}")
                    });
                self
            }
            pub fn fix_version<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.fix_version = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for fix_version: {e}")
                    });
                self
            }
            pub fn found_by<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.found_by = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for found_by: {e}")
                    });
                self
            }
            pub fn hash_code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.hash_code = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for hash_code: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn impact<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.impact = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for impact: {e}")
                    });
                self
            }
            pub fn is_mitigated<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.is_mitigated = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for is_mitigated: {e}")
                    });
                self
            }
            pub fn jira_change<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.jira_change = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for jira_change: {e}")
                    });
                self
            }
            pub fn jira_creation<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.jira_creation = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for jira_creation: {e}")
                    });
                self
            }
            pub fn kev_date<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::naive::NaiveDate>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.kev_date = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for kev_date: {e}")
                    });
                self
            }
            pub fn known_exploited<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.known_exploited = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for known_exploited: {e}"
                        )
                    });
                self
            }
            pub fn last_reviewed<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.last_reviewed = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for last_reviewed: {e}")
                    });
                self
            }
            pub fn last_reviewed_by<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.last_reviewed_by = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for last_reviewed_by: {e}"
                        )
                    });
                self
            }
            pub fn last_status_update<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.last_status_update = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for last_status_update: {e}"
                        )
                    });
                self
            }
            pub fn line<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.line = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for line: {e}")
                    });
                self
            }
            pub fn mitigated<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.mitigated = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for mitigated: {e}")
                    });
                self
            }
            pub fn mitigated_by<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.mitigated_by = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for mitigated_by: {e}")
                    });
                self
            }
            pub fn mitigation<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.mitigation = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for mitigation: {e}")
                    });
                self
            }
            pub fn nb_occurences<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.nb_occurences = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for nb_occurences: {e}")
                    });
                self
            }
            pub fn notes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Note>>,
                T::Error: ::std::fmt::Display,
            {
                self.notes = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for notes: {e}")
                    });
                self
            }
            pub fn numerical_severity<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.numerical_severity = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for numerical_severity: {e}"
                        )
                    });
                self
            }
            pub fn out_of_scope<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.out_of_scope = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for out_of_scope: {e}")
                    });
                self
            }
            pub fn param<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.param = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for param: {e}")
                    });
                self
            }
            pub fn payload<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.payload = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for payload: {e}")
                    });
                self
            }
            pub fn planned_remediation_date<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::naive::NaiveDate>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.planned_remediation_date = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for planned_remediation_date: {e}"
                        )
                    });
                self
            }
            pub fn planned_remediation_version<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.planned_remediation_version = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for planned_remediation_version: {e}"
                        )
                    });
                self
            }
            pub fn publish_date<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::naive::NaiveDate>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.publish_date = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for publish_date: {e}")
                    });
                self
            }
            pub fn push_to_jira<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.push_to_jira = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for push_to_jira: {e}")
                    });
                self
            }
            pub fn ransomware_used<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.ransomware_used = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for ransomware_used: {e}"
                        )
                    });
                self
            }
            pub fn references<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.references = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for references: {e}")
                    });
                self
            }
            pub fn reporter<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.reporter = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for reporter: {e}")
                    });
                self
            }
            pub fn review_requested_by<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.review_requested_by = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for review_requested_by: {e}"
                        )
                    });
                self
            }
            pub fn reviewers<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.reviewers = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for reviewers: {e}")
                    });
                self
            }
            pub fn risk_accepted<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.risk_accepted = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for risk_accepted: {e}")
                    });
                self
            }
            pub fn sast_sink_object<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.sast_sink_object = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for sast_sink_object: {e}"
                        )
                    });
                self
            }
            pub fn sast_source_file_path<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.sast_source_file_path = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for sast_source_file_path: {e}"
                        )
                    });
                self
            }
            pub fn sast_source_line<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.sast_source_line = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for sast_source_line: {e}"
                        )
                    });
                self
            }
            pub fn sast_source_object<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.sast_source_object = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for sast_source_object: {e}"
                        )
                    });
                self
            }
            pub fn scanner_confidence<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.scanner_confidence = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for scanner_confidence: {e}"
                        )
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
            pub fn severity_justification<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.severity_justification = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for severity_justification: {e}"
                        )
                    });
                self
            }
            pub fn sla_days_remaining<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.sla_days_remaining = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for sla_days_remaining: {e}"
                        )
                    });
                self
            }
            pub fn sla_expiration_date<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::naive::NaiveDate>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.sla_expiration_date = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for sla_expiration_date: {e}"
                        )
                    });
                self
            }
            pub fn sla_start_date<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::naive::NaiveDate>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.sla_start_date = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for sla_start_date: {e}"
                        )
                    });
                self
            }
            pub fn sonarqube_issue<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.sonarqube_issue = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for sonarqube_issue: {e}"
                        )
                    });
                self
            }
            pub fn static_finding<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.static_finding = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for static_finding: {e}"
                        )
                    });
                self
            }
            pub fn steps_to_reproduce<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.steps_to_reproduce = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for steps_to_reproduce: {e}"
                        )
                    });
                self
            }
            pub fn tags<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.tags = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for tags: {e}")
                    });
                self
            }
            pub fn test<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.test = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for test: {e}")
                    });
                self
            }
            pub fn thread_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.thread_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for thread_id: {e}")
                    });
                self
            }
            pub fn title<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.title = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for title: {e}")
                    });
                self
            }
            pub fn under_defect_review<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.under_defect_review = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for under_defect_review: {e}"
                        )
                    });
                self
            }
            pub fn under_review<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.under_review = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for under_review: {e}")
                    });
                self
            }
            pub fn unique_id_from_tool<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.unique_id_from_tool = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for unique_id_from_tool: {e}"
                        )
                    });
                self
            }
            pub fn updated<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.updated = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for updated: {e}")
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
            pub fn verified<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.verified = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for verified: {e}")
                    });
                self
            }
            pub fn vuln_id_from_tool<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.vuln_id_from_tool = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for vuln_id_from_tool: {e}"
                        )
                    });
                self
            }
            pub fn vulnerability_ids<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::VulnerabilityId>>,
                T::Error: ::std::fmt::Display,
            {
                self.vulnerability_ids = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for vulnerability_ids: {e}"
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
        impl ::std::convert::TryFrom<Finding> for super::Finding {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Finding,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    active: value.active?,
                    age: value.age?,
                    component_name: value.component_name?,
                    component_version: value.component_version?,
                    created: value.created?,
                    cvssv3: value.cvssv3?,
                    cvssv3_score: value.cvssv3_score?,
                    cvssv4: value.cvssv4?,
                    cvssv4_score: value.cvssv4_score?,
                    cwe: value.cwe?,
                    date: value.date?,
                    defect_review_requested_by: value.defect_review_requested_by?,
                    description: value.description?,
                    display_status: value.display_status?,
                    duplicate: value.duplicate?,
                    duplicate_finding: value.duplicate_finding?,
                    dynamic_finding: value.dynamic_finding?,
                    effort_for_fixing: value.effort_for_fixing?,
                    endpoints: value.endpoints?,
                    epss_percentile: value.epss_percentile?,
                    epss_score: value.epss_score?,
                    false_p: value.false_p?,
                    file_path: value.file_path?,
                    files: value.files?,
                    fix_available: value.fix_available?,
                    fix_version: value.fix_version?,
                    found_by: value.found_by?,
                    hash_code: value.hash_code?,
                    id: value.id?,
                    impact: value.impact?,
                    is_mitigated: value.is_mitigated?,
                    jira_change: value.jira_change?,
                    jira_creation: value.jira_creation?,
                    kev_date: value.kev_date?,
                    known_exploited: value.known_exploited?,
                    last_reviewed: value.last_reviewed?,
                    last_reviewed_by: value.last_reviewed_by?,
                    last_status_update: value.last_status_update?,
                    line: value.line?,
                    mitigated: value.mitigated?,
                    mitigated_by: value.mitigated_by?,
                    mitigation: value.mitigation?,
                    nb_occurences: value.nb_occurences?,
                    notes: value.notes?,
                    numerical_severity: value.numerical_severity?,
                    out_of_scope: value.out_of_scope?,
                    param: value.param?,
                    payload: value.payload?,
                    planned_remediation_date: value.planned_remediation_date?,
                    planned_remediation_version: value.planned_remediation_version?,
                    publish_date: value.publish_date?,
                    push_to_jira: value.push_to_jira?,
                    ransomware_used: value.ransomware_used?,
                    references: value.references?,
                    reporter: value.reporter?,
                    review_requested_by: value.review_requested_by?,
                    reviewers: value.reviewers?,
                    risk_accepted: value.risk_accepted?,
                    sast_sink_object: value.sast_sink_object?,
                    sast_source_file_path: value.sast_source_file_path?,
                    sast_source_line: value.sast_source_line?,
                    sast_source_object: value.sast_source_object?,
                    scanner_confidence: value.scanner_confidence?,
                    service: value.service?,
                    severity: value.severity?,
                    severity_justification: value.severity_justification?,
                    sla_days_remaining: value.sla_days_remaining?,
                    sla_expiration_date: value.sla_expiration_date?,
                    sla_start_date: value.sla_start_date?,
                    sonarqube_issue: value.sonarqube_issue?,
                    static_finding: value.static_finding?,
                    steps_to_reproduce: value.steps_to_reproduce?,
                    tags: value.tags?,
                    test: value.test?,
                    thread_id: value.thread_id?,
                    title: value.title?,
                    under_defect_review: value.under_defect_review?,
                    under_review: value.under_review?,
                    unique_id_from_tool: value.unique_id_from_tool?,
                    updated: value.updated?,
                    url: value.url?,
                    verified: value.verified?,
                    vuln_id_from_tool: value.vuln_id_from_tool?,
                    vulnerability_ids: value.vulnerability_ids?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::Finding> for Finding {
            fn from(value: super::Finding) -> Self {
                Self {
                    active: Ok(value.active),
                    age: Ok(value.age),
                    component_name: Ok(value.component_name),
                    component_version: Ok(value.component_version),
                    created: Ok(value.created),
                    cvssv3: Ok(value.cvssv3),
                    cvssv3_score: Ok(value.cvssv3_score),
                    cvssv4: Ok(value.cvssv4),
                    cvssv4_score: Ok(value.cvssv4_score),
                    cwe: Ok(value.cwe),
                    date: Ok(value.date),
                    defect_review_requested_by: Ok(value.defect_review_requested_by),
                    description: Ok(value.description),
                    display_status: Ok(value.display_status),
                    duplicate: Ok(value.duplicate),
                    duplicate_finding: Ok(value.duplicate_finding),
                    dynamic_finding: Ok(value.dynamic_finding),
                    effort_for_fixing: Ok(value.effort_for_fixing),
                    endpoints: Ok(value.endpoints),
                    epss_percentile: Ok(value.epss_percentile),
                    epss_score: Ok(value.epss_score),
                    false_p: Ok(value.false_p),
                    file_path: Ok(value.file_path),
                    files: Ok(value.files),
                    fix_available: Ok(value.fix_available),
                    fix_version: Ok(value.fix_version),
                    found_by: Ok(value.found_by),
                    hash_code: Ok(value.hash_code),
                    id: Ok(value.id),
                    impact: Ok(value.impact),
                    is_mitigated: Ok(value.is_mitigated),
                    jira_change: Ok(value.jira_change),
                    jira_creation: Ok(value.jira_creation),
                    kev_date: Ok(value.kev_date),
                    known_exploited: Ok(value.known_exploited),
                    last_reviewed: Ok(value.last_reviewed),
                    last_reviewed_by: Ok(value.last_reviewed_by),
                    last_status_update: Ok(value.last_status_update),
                    line: Ok(value.line),
                    mitigated: Ok(value.mitigated),
                    mitigated_by: Ok(value.mitigated_by),
                    mitigation: Ok(value.mitigation),
                    nb_occurences: Ok(value.nb_occurences),
                    notes: Ok(value.notes),
                    numerical_severity: Ok(value.numerical_severity),
                    out_of_scope: Ok(value.out_of_scope),
                    param: Ok(value.param),
                    payload: Ok(value.payload),
                    planned_remediation_date: Ok(value.planned_remediation_date),
                    planned_remediation_version: Ok(value.planned_remediation_version),
                    publish_date: Ok(value.publish_date),
                    push_to_jira: Ok(value.push_to_jira),
                    ransomware_used: Ok(value.ransomware_used),
                    references: Ok(value.references),
                    reporter: Ok(value.reporter),
                    review_requested_by: Ok(value.review_requested_by),
                    reviewers: Ok(value.reviewers),
                    risk_accepted: Ok(value.risk_accepted),
                    sast_sink_object: Ok(value.sast_sink_object),
                    sast_source_file_path: Ok(value.sast_source_file_path),
                    sast_source_line: Ok(value.sast_source_line),
                    sast_source_object: Ok(value.sast_source_object),
                    scanner_confidence: Ok(value.scanner_confidence),
                    service: Ok(value.service),
                    severity: Ok(value.severity),
                    severity_justification: Ok(value.severity_justification),
                    sla_days_remaining: Ok(value.sla_days_remaining),
                    sla_expiration_date: Ok(value.sla_expiration_date),
                    sla_start_date: Ok(value.sla_start_date),
                    sonarqube_issue: Ok(value.sonarqube_issue),
                    static_finding: Ok(value.static_finding),
                    steps_to_reproduce: Ok(value.steps_to_reproduce),
                    tags: Ok(value.tags),
                    test: Ok(value.test),
                    thread_id: Ok(value.thread_id),
                    title: Ok(value.title),
                    under_defect_review: Ok(value.under_defect_review),
                    under_review: Ok(value.under_review),
                    unique_id_from_tool: Ok(value.unique_id_from_tool),
                    updated: Ok(value.updated),
                    url: Ok(value.url),
                    verified: Ok(value.verified),
                    vuln_id_from_tool: Ok(value.vuln_id_from_tool),
                    vulnerability_ids: Ok(value.vulnerability_ids),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct FindingClose {
            duplicate: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            false_p: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            is_mitigated: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            mitigated: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            mitigated_by: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            note: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            note_type: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            out_of_scope: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for FindingClose {
            fn default() -> Self {
                Self {
                    duplicate: Ok(Default::default()),
                    false_p: Ok(Default::default()),
                    is_mitigated: Ok(Default::default()),
                    mitigated: Ok(Default::default()),
                    mitigated_by: Ok(Default::default()),
                    note: Ok(Default::default()),
                    note_type: Ok(Default::default()),
                    out_of_scope: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl FindingClose {
            pub fn duplicate<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.duplicate = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for duplicate: {e}")
                    });
                self
            }
            pub fn false_p<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.false_p = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for false_p: {e}")
                    });
                self
            }
            pub fn is_mitigated<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.is_mitigated = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for is_mitigated: {e}")
                    });
                self
            }
            pub fn mitigated<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.mitigated = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for mitigated: {e}")
                    });
                self
            }
            pub fn mitigated_by<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.mitigated_by = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for mitigated_by: {e}")
                    });
                self
            }
            pub fn note<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.note = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for note: {e}")
                    });
                self
            }
            pub fn note_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.note_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for note_type: {e}")
                    });
                self
            }
            pub fn out_of_scope<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.out_of_scope = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for out_of_scope: {e}")
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
        impl ::std::convert::TryFrom<FindingClose> for super::FindingClose {
            type Error = super::error::ConversionError;
            fn try_from(
                value: FindingClose,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    duplicate: value.duplicate?,
                    false_p: value.false_p?,
                    is_mitigated: value.is_mitigated?,
                    mitigated: value.mitigated?,
                    mitigated_by: value.mitigated_by?,
                    note: value.note?,
                    note_type: value.note_type?,
                    out_of_scope: value.out_of_scope?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::FindingClose> for FindingClose {
            fn from(value: super::FindingClose) -> Self {
                Self {
                    duplicate: Ok(value.duplicate),
                    false_p: Ok(value.false_p),
                    is_mitigated: Ok(value.is_mitigated),
                    mitigated: Ok(value.mitigated),
                    mitigated_by: Ok(value.mitigated_by),
                    note: Ok(value.note),
                    note_type: Ok(value.note_type),
                    out_of_scope: Ok(value.out_of_scope),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct FindingCloseRequest {
            duplicate: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            false_p: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            is_mitigated: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            mitigated: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            mitigated_by: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            note: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            note_type: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            out_of_scope: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for FindingCloseRequest {
            fn default() -> Self {
                Self {
                    duplicate: Ok(Default::default()),
                    false_p: Ok(Default::default()),
                    is_mitigated: Ok(Default::default()),
                    mitigated: Ok(Default::default()),
                    mitigated_by: Ok(Default::default()),
                    note: Ok(Default::default()),
                    note_type: Ok(Default::default()),
                    out_of_scope: Ok(Default::default()),
                }
            }
        }
        impl FindingCloseRequest {
            pub fn duplicate<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.duplicate = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for duplicate: {e}")
                    });
                self
            }
            pub fn false_p<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.false_p = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for false_p: {e}")
                    });
                self
            }
            pub fn is_mitigated<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.is_mitigated = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for is_mitigated: {e}")
                    });
                self
            }
            pub fn mitigated<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.mitigated = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for mitigated: {e}")
                    });
                self
            }
            pub fn mitigated_by<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.mitigated_by = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for mitigated_by: {e}")
                    });
                self
            }
            pub fn note<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.note = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for note: {e}")
                    });
                self
            }
            pub fn note_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.note_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for note_type: {e}")
                    });
                self
            }
            pub fn out_of_scope<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.out_of_scope = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for out_of_scope: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<FindingCloseRequest>
        for super::FindingCloseRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: FindingCloseRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    duplicate: value.duplicate?,
                    false_p: value.false_p?,
                    is_mitigated: value.is_mitigated?,
                    mitigated: value.mitigated?,
                    mitigated_by: value.mitigated_by?,
                    note: value.note?,
                    note_type: value.note_type?,
                    out_of_scope: value.out_of_scope?,
                })
            }
        }
        impl ::std::convert::From<super::FindingCloseRequest> for FindingCloseRequest {
            fn from(value: super::FindingCloseRequest) -> Self {
                Self {
                    duplicate: Ok(value.duplicate),
                    false_p: Ok(value.false_p),
                    is_mitigated: Ok(value.is_mitigated),
                    mitigated: Ok(value.mitigated),
                    mitigated_by: Ok(value.mitigated_by),
                    note: Ok(value.note),
                    note_type: Ok(value.note_type),
                    out_of_scope: Ok(value.out_of_scope),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct FindingCreate {
            active: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            component_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            component_version: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            created: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            cvssv3: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            cvssv3_score: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
            cvssv4: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            cvssv4_score: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
            cwe: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            date: ::std::result::Result<
                ::std::option::Option<::chrono::naive::NaiveDate>,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            duplicate: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            dynamic_finding: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            effort_for_fixing: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            epss_percentile: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
            epss_score: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
            false_p: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            file_path: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            fix_available: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            fix_version: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            found_by: ::std::result::Result<::std::vec::Vec<i64>, ::std::string::String>,
            hash_code: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            id: ::std::result::Result<i64, ::std::string::String>,
            impact: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            is_mitigated: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            kev_date: ::std::result::Result<
                ::std::option::Option<::chrono::naive::NaiveDate>,
                ::std::string::String,
            >,
            known_exploited: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            line: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            mitigated: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            mitigated_by: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            mitigation: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            nb_occurences: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            numerical_severity: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            out_of_scope: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            planned_remediation_date: ::std::result::Result<
                ::std::option::Option<::chrono::naive::NaiveDate>,
                ::std::string::String,
            >,
            planned_remediation_version: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            publish_date: ::std::result::Result<
                ::std::option::Option<::chrono::naive::NaiveDate>,
                ::std::string::String,
            >,
            push_to_jira: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            ransomware_used: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            references: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            reporter: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            reviewers: ::std::result::Result<
                ::std::vec::Vec<i64>,
                ::std::string::String,
            >,
            risk_accepted: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            sast_sink_object: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            sast_source_file_path: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            sast_source_line: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            sast_source_object: ::std::result::Result<
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
            severity_justification: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            static_finding: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            steps_to_reproduce: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            tags: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            test: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            title: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            under_review: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            unique_id_from_tool: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            updated: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            verified: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            vuln_id_from_tool: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            vulnerability_ids: ::std::result::Result<
                ::std::vec::Vec<super::VulnerabilityId>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for FindingCreate {
            fn default() -> Self {
                Self {
                    active: Ok(Default::default()),
                    component_name: Ok(Default::default()),
                    component_version: Ok(Default::default()),
                    created: Ok(Default::default()),
                    cvssv3: Ok(Default::default()),
                    cvssv3_score: Ok(Default::default()),
                    cvssv4: Ok(Default::default()),
                    cvssv4_score: Ok(Default::default()),
                    cwe: Ok(Default::default()),
                    date: Ok(Default::default()),
                    description: Ok(Default::default()),
                    duplicate: Ok(Default::default()),
                    dynamic_finding: Ok(Default::default()),
                    effort_for_fixing: Ok(Default::default()),
                    epss_percentile: Ok(Default::default()),
                    epss_score: Ok(Default::default()),
                    false_p: Ok(Default::default()),
                    file_path: Ok(Default::default()),
                    fix_available: Ok(Default::default()),
                    fix_version: Ok(Default::default()),
                    found_by: Ok(Default::default()),
                    hash_code: Ok(Default::default()),
                    id: Err("no value supplied for id".to_string()),
                    impact: Ok(Default::default()),
                    is_mitigated: Ok(Default::default()),
                    kev_date: Ok(Default::default()),
                    known_exploited: Ok(Default::default()),
                    line: Ok(Default::default()),
                    mitigated: Ok(Default::default()),
                    mitigated_by: Ok(Default::default()),
                    mitigation: Ok(Default::default()),
                    nb_occurences: Ok(Default::default()),
                    numerical_severity: Ok(Default::default()),
                    out_of_scope: Ok(Default::default()),
                    planned_remediation_date: Ok(Default::default()),
                    planned_remediation_version: Ok(Default::default()),
                    publish_date: Ok(Default::default()),
                    push_to_jira: Ok(Default::default()),
                    ransomware_used: Ok(Default::default()),
                    references: Ok(Default::default()),
                    reporter: Ok(Default::default()),
                    reviewers: Ok(Default::default()),
                    risk_accepted: Ok(Default::default()),
                    sast_sink_object: Ok(Default::default()),
                    sast_source_file_path: Ok(Default::default()),
                    sast_source_line: Ok(Default::default()),
                    sast_source_object: Ok(Default::default()),
                    service: Ok(Default::default()),
                    severity: Ok(Default::default()),
                    severity_justification: Ok(Default::default()),
                    static_finding: Ok(Default::default()),
                    steps_to_reproduce: Ok(Default::default()),
                    tags: Ok(Default::default()),
                    test: Ok(Default::default()),
                    title: Ok(Default::default()),
                    under_review: Ok(Default::default()),
                    unique_id_from_tool: Ok(Default::default()),
                    updated: Ok(Default::default()),
                    verified: Ok(Default::default()),
                    vuln_id_from_tool: Ok(Default::default()),
                    vulnerability_ids: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl FindingCreate {
            pub fn active<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.active = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for active: {e}")
                    });
                self
            }
            pub fn component_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.component_name = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for component_name: {e}"
                        )
                    });
                self
            }
            pub fn component_version<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.component_version = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for component_version: {e}"
                        )
                    });
                self
            }
            pub fn created<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.created = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created: {e}")
                    });
                self
            }
            pub fn cvssv3<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.cvssv3 = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for cvssv3: {e}")
                    });
                self
            }
            pub fn cvssv3_score<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<f64>>,
                T::Error: ::std::fmt::Display,
            {
                self.cvssv3_score = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for cvssv3_score: {e}")
                    });
                self
            }
            pub fn cvssv4<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.cvssv4 = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for cvssv4: {e}")
                    });
                self
            }
            pub fn cvssv4_score<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<f64>>,
                T::Error: ::std::fmt::Display,
            {
                self.cvssv4_score = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for cvssv4_score: {e}")
                    });
                self
            }
            pub fn cwe<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.cwe = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for cwe: {e}")
                    });
                self
            }
            pub fn date<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::naive::NaiveDate>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.date = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for date: {e}")
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
            pub fn duplicate<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.duplicate = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for duplicate: {e}")
                    });
                self
            }
            pub fn dynamic_finding<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.dynamic_finding = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for dynamic_finding: {e}"
                        )
                    });
                self
            }
            pub fn effort_for_fixing<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.effort_for_fixing = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for effort_for_fixing: {e}"
                        )
                    });
                self
            }
            pub fn epss_percentile<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<f64>>,
                T::Error: ::std::fmt::Display,
            {
                self.epss_percentile = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for epss_percentile: {e}"
                        )
                    });
                self
            }
            pub fn epss_score<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<f64>>,
                T::Error: ::std::fmt::Display,
            {
                self.epss_score = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for epss_score: {e}")
                    });
                self
            }
            pub fn false_p<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.false_p = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for false_p: {e}")
                    });
                self
            }
            pub fn file_path<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.file_path = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for file_path: {e}")
                    });
                self
            }
            pub fn fix_available<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.fix_available = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for fix_available: {e}")
                    });
                self
            }
            pub fn fix_version<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.fix_version = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for fix_version: {e}")
                    });
                self
            }
            pub fn found_by<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.found_by = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for found_by: {e}")
                    });
                self
            }
            pub fn hash_code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.hash_code = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for hash_code: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn impact<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.impact = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for impact: {e}")
                    });
                self
            }
            pub fn is_mitigated<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.is_mitigated = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for is_mitigated: {e}")
                    });
                self
            }
            pub fn kev_date<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::naive::NaiveDate>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.kev_date = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for kev_date: {e}")
                    });
                self
            }
            pub fn known_exploited<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.known_exploited = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for known_exploited: {e}"
                        )
                    });
                self
            }
            pub fn line<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.line = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for line: {e}")
                    });
                self
            }
            pub fn mitigated<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.mitigated = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for mitigated: {e}")
                    });
                self
            }
            pub fn mitigated_by<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.mitigated_by = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for mitigated_by: {e}")
                    });
                self
            }
            pub fn mitigation<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.mitigation = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for mitigation: {e}")
                    });
                self
            }
            pub fn nb_occurences<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.nb_occurences = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for nb_occurences: {e}")
                    });
                self
            }
            pub fn numerical_severity<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.numerical_severity = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for numerical_severity: {e}"
                        )
                    });
                self
            }
            pub fn out_of_scope<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.out_of_scope = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for out_of_scope: {e}")
                    });
                self
            }
            pub fn planned_remediation_date<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::naive::NaiveDate>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.planned_remediation_date = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for planned_remediation_date: {e}"
                        )
                    });
                self
            }
            pub fn planned_remediation_version<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.planned_remediation_version = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for planned_remediation_version: {e}"
                        )
                    });
                self
            }
            pub fn publish_date<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::naive::NaiveDate>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.publish_date = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for publish_date: {e}")
                    });
                self
            }
            pub fn push_to_jira<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.push_to_jira = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for push_to_jira: {e}")
                    });
                self
            }
            pub fn ransomware_used<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.ransomware_used = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for ransomware_used: {e}"
                        )
                    });
                self
            }
            pub fn references<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.references = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for references: {e}")
                    });
                self
            }
            pub fn reporter<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.reporter = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for reporter: {e}")
                    });
                self
            }
            pub fn reviewers<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.reviewers = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for reviewers: {e}")
                    });
                self
            }
            pub fn risk_accepted<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.risk_accepted = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for risk_accepted: {e}")
                    });
                self
            }
            pub fn sast_sink_object<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.sast_sink_object = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for sast_sink_object: {e}"
                        )
                    });
                self
            }
            pub fn sast_source_file_path<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.sast_source_file_path = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for sast_source_file_path: {e}"
                        )
                    });
                self
            }
            pub fn sast_source_line<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.sast_source_line = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for sast_source_line: {e}"
                        )
                    });
                self
            }
            pub fn sast_source_object<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.sast_source_object = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for sast_source_object: {e}"
                        )
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
            pub fn severity_justification<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.severity_justification = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for severity_justification: {e}"
                        )
                    });
                self
            }
            pub fn static_finding<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.static_finding = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for static_finding: {e}"
                        )
                    });
                self
            }
            pub fn steps_to_reproduce<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.steps_to_reproduce = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for steps_to_reproduce: {e}"
                        )
                    });
                self
            }
            pub fn tags<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.tags = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for tags: {e}")
                    });
                self
            }
            pub fn test<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.test = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for test: {e}")
                    });
                self
            }
            pub fn title<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.title = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for title: {e}")
                    });
                self
            }
            pub fn under_review<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.under_review = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for under_review: {e}")
                    });
                self
            }
            pub fn unique_id_from_tool<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.unique_id_from_tool = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for unique_id_from_tool: {e}"
                        )
                    });
                self
            }
            pub fn updated<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.updated = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for updated: {e}")
                    });
                self
            }
            pub fn verified<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.verified = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for verified: {e}")
                    });
                self
            }
            pub fn vuln_id_from_tool<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.vuln_id_from_tool = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for vuln_id_from_tool: {e}"
                        )
                    });
                self
            }
            pub fn vulnerability_ids<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::VulnerabilityId>>,
                T::Error: ::std::fmt::Display,
            {
                self.vulnerability_ids = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for vulnerability_ids: {e}"
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
        impl ::std::convert::TryFrom<FindingCreate> for super::FindingCreate {
            type Error = super::error::ConversionError;
            fn try_from(
                value: FindingCreate,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    active: value.active?,
                    component_name: value.component_name?,
                    component_version: value.component_version?,
                    created: value.created?,
                    cvssv3: value.cvssv3?,
                    cvssv3_score: value.cvssv3_score?,
                    cvssv4: value.cvssv4?,
                    cvssv4_score: value.cvssv4_score?,
                    cwe: value.cwe?,
                    date: value.date?,
                    description: value.description?,
                    duplicate: value.duplicate?,
                    dynamic_finding: value.dynamic_finding?,
                    effort_for_fixing: value.effort_for_fixing?,
                    epss_percentile: value.epss_percentile?,
                    epss_score: value.epss_score?,
                    false_p: value.false_p?,
                    file_path: value.file_path?,
                    fix_available: value.fix_available?,
                    fix_version: value.fix_version?,
                    found_by: value.found_by?,
                    hash_code: value.hash_code?,
                    id: value.id?,
                    impact: value.impact?,
                    is_mitigated: value.is_mitigated?,
                    kev_date: value.kev_date?,
                    known_exploited: value.known_exploited?,
                    line: value.line?,
                    mitigated: value.mitigated?,
                    mitigated_by: value.mitigated_by?,
                    mitigation: value.mitigation?,
                    nb_occurences: value.nb_occurences?,
                    numerical_severity: value.numerical_severity?,
                    out_of_scope: value.out_of_scope?,
                    planned_remediation_date: value.planned_remediation_date?,
                    planned_remediation_version: value.planned_remediation_version?,
                    publish_date: value.publish_date?,
                    push_to_jira: value.push_to_jira?,
                    ransomware_used: value.ransomware_used?,
                    references: value.references?,
                    reporter: value.reporter?,
                    reviewers: value.reviewers?,
                    risk_accepted: value.risk_accepted?,
                    sast_sink_object: value.sast_sink_object?,
                    sast_source_file_path: value.sast_source_file_path?,
                    sast_source_line: value.sast_source_line?,
                    sast_source_object: value.sast_source_object?,
                    service: value.service?,
                    severity: value.severity?,
                    severity_justification: value.severity_justification?,
                    static_finding: value.static_finding?,
                    steps_to_reproduce: value.steps_to_reproduce?,
                    tags: value.tags?,
                    test: value.test?,
                    title: value.title?,
                    under_review: value.under_review?,
                    unique_id_from_tool: value.unique_id_from_tool?,
                    updated: value.updated?,
                    verified: value.verified?,
                    vuln_id_from_tool: value.vuln_id_from_tool?,
                    vulnerability_ids: value.vulnerability_ids?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::FindingCreate> for FindingCreate {
            fn from(value: super::FindingCreate) -> Self {
                Self {
                    active: Ok(value.active),
                    component_name: Ok(value.component_name),
                    component_version: Ok(value.component_version),
                    created: Ok(value.created),
                    cvssv3: Ok(value.cvssv3),
                    cvssv3_score: Ok(value.cvssv3_score),
                    cvssv4: Ok(value.cvssv4),
                    cvssv4_score: Ok(value.cvssv4_score),
                    cwe: Ok(value.cwe),
                    date: Ok(value.date),
                    description: Ok(value.description),
                    duplicate: Ok(value.duplicate),
                    dynamic_finding: Ok(value.dynamic_finding),
                    effort_for_fixing: Ok(value.effort_for_fixing),
                    epss_percentile: Ok(value.epss_percentile),
                    epss_score: Ok(value.epss_score),
                    false_p: Ok(value.false_p),
                    file_path: Ok(value.file_path),
                    fix_available: Ok(value.fix_available),
                    fix_version: Ok(value.fix_version),
                    found_by: Ok(value.found_by),
                    hash_code: Ok(value.hash_code),
                    id: Ok(value.id),
                    impact: Ok(value.impact),
                    is_mitigated: Ok(value.is_mitigated),
                    kev_date: Ok(value.kev_date),
                    known_exploited: Ok(value.known_exploited),
                    line: Ok(value.line),
                    mitigated: Ok(value.mitigated),
                    mitigated_by: Ok(value.mitigated_by),
                    mitigation: Ok(value.mitigation),
                    nb_occurences: Ok(value.nb_occurences),
                    numerical_severity: Ok(value.numerical_severity),
                    out_of_scope: Ok(value.out_of_scope),
                    planned_remediation_date: Ok(value.planned_remediation_date),
                    planned_remediation_version: Ok(value.planned_remediation_version),
                    publish_date: Ok(value.publish_date),
                    push_to_jira: Ok(value.push_to_jira),
                    ransomware_used: Ok(value.ransomware_used),
                    references: Ok(value.references),
                    reporter: Ok(value.reporter),
                    reviewers: Ok(value.reviewers),
                    risk_accepted: Ok(value.risk_accepted),
                    sast_sink_object: Ok(value.sast_sink_object),
                    sast_source_file_path: Ok(value.sast_source_file_path),
                    sast_source_line: Ok(value.sast_source_line),
                    sast_source_object: Ok(value.sast_source_object),
                    service: Ok(value.service),
                    severity: Ok(value.severity),
                    severity_justification: Ok(value.severity_justification),
                    static_finding: Ok(value.static_finding),
                    steps_to_reproduce: Ok(value.steps_to_reproduce),
                    tags: Ok(value.tags),
                    test: Ok(value.test),
                    title: Ok(value.title),
                    under_review: Ok(value.under_review),
                    unique_id_from_tool: Ok(value.unique_id_from_tool),
                    updated: Ok(value.updated),
                    verified: Ok(value.verified),
                    vuln_id_from_tool: Ok(value.vuln_id_from_tool),
                    vulnerability_ids: Ok(value.vulnerability_ids),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct FindingCreateRequest {
            active: ::std::result::Result<bool, ::std::string::String>,
            component_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            component_version: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            cvssv3: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            cvssv3_score: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
            cvssv4: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            cvssv4_score: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
            cwe: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            date: ::std::result::Result<
                ::std::option::Option<::chrono::naive::NaiveDate>,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            duplicate: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            dynamic_finding: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            effort_for_fixing: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            epss_percentile: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
            epss_score: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
            false_p: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            file_path: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            fix_available: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            fix_version: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            found_by: ::std::result::Result<::std::vec::Vec<i64>, ::std::string::String>,
            impact: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            is_mitigated: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            kev_date: ::std::result::Result<
                ::std::option::Option<::chrono::naive::NaiveDate>,
                ::std::string::String,
            >,
            known_exploited: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            line: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            mitigated: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            mitigated_by: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            mitigation: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            nb_occurences: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            numerical_severity: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            out_of_scope: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            planned_remediation_date: ::std::result::Result<
                ::std::option::Option<::chrono::naive::NaiveDate>,
                ::std::string::String,
            >,
            planned_remediation_version: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            publish_date: ::std::result::Result<
                ::std::option::Option<::chrono::naive::NaiveDate>,
                ::std::string::String,
            >,
            push_to_jira: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            ransomware_used: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            references: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            reporter: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            reviewers: ::std::result::Result<
                ::std::vec::Vec<i64>,
                ::std::string::String,
            >,
            risk_accepted: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            sast_sink_object: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            sast_source_file_path: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            sast_source_line: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            sast_source_object: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            service: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            severity: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            severity_justification: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            static_finding: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            steps_to_reproduce: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            tags: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            test: ::std::result::Result<i64, ::std::string::String>,
            title: ::std::result::Result<::std::string::String, ::std::string::String>,
            under_review: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            unique_id_from_tool: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            verified: ::std::result::Result<bool, ::std::string::String>,
            vuln_id_from_tool: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            vulnerability_ids: ::std::result::Result<
                ::std::vec::Vec<super::VulnerabilityIdRequest>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for FindingCreateRequest {
            fn default() -> Self {
                Self {
                    active: Err("no value supplied for active".to_string()),
                    component_name: Ok(Default::default()),
                    component_version: Ok(Default::default()),
                    cvssv3: Ok(Default::default()),
                    cvssv3_score: Ok(Default::default()),
                    cvssv4: Ok(Default::default()),
                    cvssv4_score: Ok(Default::default()),
                    cwe: Ok(Default::default()),
                    date: Ok(Default::default()),
                    description: Err("no value supplied for description".to_string()),
                    duplicate: Ok(Default::default()),
                    dynamic_finding: Ok(Default::default()),
                    effort_for_fixing: Ok(Default::default()),
                    epss_percentile: Ok(Default::default()),
                    epss_score: Ok(Default::default()),
                    false_p: Ok(Default::default()),
                    file_path: Ok(Default::default()),
                    fix_available: Ok(Default::default()),
                    fix_version: Ok(Default::default()),
                    found_by: Err("no value supplied for found_by".to_string()),
                    impact: Ok(Default::default()),
                    is_mitigated: Ok(Default::default()),
                    kev_date: Ok(Default::default()),
                    known_exploited: Ok(Default::default()),
                    line: Ok(Default::default()),
                    mitigated: Ok(Default::default()),
                    mitigated_by: Ok(Default::default()),
                    mitigation: Ok(Default::default()),
                    nb_occurences: Ok(Default::default()),
                    numerical_severity: Err(
                        "no value supplied for numerical_severity".to_string(),
                    ),
                    out_of_scope: Ok(Default::default()),
                    planned_remediation_date: Ok(Default::default()),
                    planned_remediation_version: Ok(Default::default()),
                    publish_date: Ok(Default::default()),
                    push_to_jira: Ok(Default::default()),
                    ransomware_used: Ok(Default::default()),
                    references: Ok(Default::default()),
                    reporter: Ok(Default::default()),
                    reviewers: Ok(Default::default()),
                    risk_accepted: Ok(Default::default()),
                    sast_sink_object: Ok(Default::default()),
                    sast_source_file_path: Ok(Default::default()),
                    sast_source_line: Ok(Default::default()),
                    sast_source_object: Ok(Default::default()),
                    service: Ok(Default::default()),
                    severity: Err("no value supplied for severity".to_string()),
                    severity_justification: Ok(Default::default()),
                    static_finding: Ok(Default::default()),
                    steps_to_reproduce: Ok(Default::default()),
                    tags: Ok(Default::default()),
                    test: Err("no value supplied for test".to_string()),
                    title: Err("no value supplied for title".to_string()),
                    under_review: Ok(Default::default()),
                    unique_id_from_tool: Ok(Default::default()),
                    verified: Err("no value supplied for verified".to_string()),
                    vuln_id_from_tool: Ok(Default::default()),
                    vulnerability_ids: Ok(Default::default()),
                }
            }
        }
        impl FindingCreateRequest {
            pub fn active<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.active = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for active: {e}")
                    });
                self
            }
            pub fn component_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.component_name = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for component_name: {e}"
                        )
                    });
                self
            }
            pub fn component_version<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.component_version = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for component_version: {e}"
                        )
                    });
                self
            }
            pub fn cvssv3<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.cvssv3 = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for cvssv3: {e}")
                    });
                self
            }
            pub fn cvssv3_score<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<f64>>,
                T::Error: ::std::fmt::Display,
            {
                self.cvssv3_score = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for cvssv3_score: {e}")
                    });
                self
            }
            pub fn cvssv4<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.cvssv4 = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for cvssv4: {e}")
                    });
                self
            }
            pub fn cvssv4_score<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<f64>>,
                T::Error: ::std::fmt::Display,
            {
                self.cvssv4_score = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for cvssv4_score: {e}")
                    });
                self
            }
            pub fn cwe<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.cwe = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for cwe: {e}")
                    });
                self
            }
            pub fn date<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::naive::NaiveDate>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.date = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for date: {e}")
                    });
                self
            }
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for description: {e}")
                    });
                self
            }
            pub fn duplicate<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.duplicate = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for duplicate: {e}")
                    });
                self
            }
            pub fn dynamic_finding<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.dynamic_finding = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for dynamic_finding: {e}"
                        )
                    });
                self
            }
            pub fn effort_for_fixing<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.effort_for_fixing = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for effort_for_fixing: {e}"
                        )
                    });
                self
            }
            pub fn epss_percentile<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<f64>>,
                T::Error: ::std::fmt::Display,
            {
                self.epss_percentile = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for epss_percentile: {e}"
                        )
                    });
                self
            }
            pub fn epss_score<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<f64>>,
                T::Error: ::std::fmt::Display,
            {
                self.epss_score = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for epss_score: {e}")
                    });
                self
            }
            pub fn false_p<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.false_p = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for false_p: {e}")
                    });
                self
            }
            pub fn file_path<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.file_path = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for file_path: {e}")
                    });
                self
            }
            pub fn fix_available<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.fix_available = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for fix_available: {e}")
                    });
                self
            }
            pub fn fix_version<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.fix_version = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for fix_version: {e}")
                    });
                self
            }
            pub fn found_by<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.found_by = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for found_by: {e}")
                    });
                self
            }
            pub fn impact<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.impact = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for impact: {e}")
                    });
                self
            }
            pub fn is_mitigated<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.is_mitigated = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for is_mitigated: {e}")
                    });
                self
            }
            pub fn kev_date<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::naive::NaiveDate>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.kev_date = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for kev_date: {e}")
                    });
                self
            }
            pub fn known_exploited<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.known_exploited = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for known_exploited: {e}"
                        )
                    });
                self
            }
            pub fn line<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.line = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for line: {e}")
                    });
                self
            }
            pub fn mitigated<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.mitigated = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for mitigated: {e}")
                    });
                self
            }
            pub fn mitigated_by<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.mitigated_by = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for mitigated_by: {e}")
                    });
                self
            }
            pub fn mitigation<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.mitigation = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for mitigation: {e}")
                    });
                self
            }
            pub fn nb_occurences<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.nb_occurences = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for nb_occurences: {e}")
                    });
                self
            }
            pub fn numerical_severity<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.numerical_severity = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for numerical_severity: {e}"
                        )
                    });
                self
            }
            pub fn out_of_scope<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.out_of_scope = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for out_of_scope: {e}")
                    });
                self
            }
            pub fn planned_remediation_date<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::naive::NaiveDate>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.planned_remediation_date = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for planned_remediation_date: {e}"
                        )
                    });
                self
            }
            pub fn planned_remediation_version<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.planned_remediation_version = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for planned_remediation_version: {e}"
                        )
                    });
                self
            }
            pub fn publish_date<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::naive::NaiveDate>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.publish_date = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for publish_date: {e}")
                    });
                self
            }
            pub fn push_to_jira<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.push_to_jira = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for push_to_jira: {e}")
                    });
                self
            }
            pub fn ransomware_used<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.ransomware_used = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for ransomware_used: {e}"
                        )
                    });
                self
            }
            pub fn references<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.references = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for references: {e}")
                    });
                self
            }
            pub fn reporter<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.reporter = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for reporter: {e}")
                    });
                self
            }
            pub fn reviewers<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.reviewers = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for reviewers: {e}")
                    });
                self
            }
            pub fn risk_accepted<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.risk_accepted = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for risk_accepted: {e}")
                    });
                self
            }
            pub fn sast_sink_object<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.sast_sink_object = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for sast_sink_object: {e}"
                        )
                    });
                self
            }
            pub fn sast_source_file_path<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.sast_source_file_path = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for sast_source_file_path: {e}"
                        )
                    });
                self
            }
            pub fn sast_source_line<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.sast_source_line = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for sast_source_line: {e}"
                        )
                    });
                self
            }
            pub fn sast_source_object<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.sast_source_object = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for sast_source_object: {e}"
                        )
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
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.severity = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for severity: {e}")
                    });
                self
            }
            pub fn severity_justification<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.severity_justification = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for severity_justification: {e}"
                        )
                    });
                self
            }
            pub fn static_finding<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.static_finding = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for static_finding: {e}"
                        )
                    });
                self
            }
            pub fn steps_to_reproduce<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.steps_to_reproduce = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for steps_to_reproduce: {e}"
                        )
                    });
                self
            }
            pub fn tags<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.tags = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for tags: {e}")
                    });
                self
            }
            pub fn test<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.test = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for test: {e}")
                    });
                self
            }
            pub fn title<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.title = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for title: {e}")
                    });
                self
            }
            pub fn under_review<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.under_review = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for under_review: {e}")
                    });
                self
            }
            pub fn unique_id_from_tool<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.unique_id_from_tool = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for unique_id_from_tool: {e}"
                        )
                    });
                self
            }
            pub fn verified<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.verified = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for verified: {e}")
                    });
                self
            }
            pub fn vuln_id_from_tool<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.vuln_id_from_tool = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for vuln_id_from_tool: {e}"
                        )
                    });
                self
            }
            pub fn vulnerability_ids<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::vec::Vec<super::VulnerabilityIdRequest>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.vulnerability_ids = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for vulnerability_ids: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<FindingCreateRequest>
        for super::FindingCreateRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: FindingCreateRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    active: value.active?,
                    component_name: value.component_name?,
                    component_version: value.component_version?,
                    cvssv3: value.cvssv3?,
                    cvssv3_score: value.cvssv3_score?,
                    cvssv4: value.cvssv4?,
                    cvssv4_score: value.cvssv4_score?,
                    cwe: value.cwe?,
                    date: value.date?,
                    description: value.description?,
                    duplicate: value.duplicate?,
                    dynamic_finding: value.dynamic_finding?,
                    effort_for_fixing: value.effort_for_fixing?,
                    epss_percentile: value.epss_percentile?,
                    epss_score: value.epss_score?,
                    false_p: value.false_p?,
                    file_path: value.file_path?,
                    fix_available: value.fix_available?,
                    fix_version: value.fix_version?,
                    found_by: value.found_by?,
                    impact: value.impact?,
                    is_mitigated: value.is_mitigated?,
                    kev_date: value.kev_date?,
                    known_exploited: value.known_exploited?,
                    line: value.line?,
                    mitigated: value.mitigated?,
                    mitigated_by: value.mitigated_by?,
                    mitigation: value.mitigation?,
                    nb_occurences: value.nb_occurences?,
                    numerical_severity: value.numerical_severity?,
                    out_of_scope: value.out_of_scope?,
                    planned_remediation_date: value.planned_remediation_date?,
                    planned_remediation_version: value.planned_remediation_version?,
                    publish_date: value.publish_date?,
                    push_to_jira: value.push_to_jira?,
                    ransomware_used: value.ransomware_used?,
                    references: value.references?,
                    reporter: value.reporter?,
                    reviewers: value.reviewers?,
                    risk_accepted: value.risk_accepted?,
                    sast_sink_object: value.sast_sink_object?,
                    sast_source_file_path: value.sast_source_file_path?,
                    sast_source_line: value.sast_source_line?,
                    sast_source_object: value.sast_source_object?,
                    service: value.service?,
                    severity: value.severity?,
                    severity_justification: value.severity_justification?,
                    static_finding: value.static_finding?,
                    steps_to_reproduce: value.steps_to_reproduce?,
                    tags: value.tags?,
                    test: value.test?,
                    title: value.title?,
                    under_review: value.under_review?,
                    unique_id_from_tool: value.unique_id_from_tool?,
                    verified: value.verified?,
                    vuln_id_from_tool: value.vuln_id_from_tool?,
                    vulnerability_ids: value.vulnerability_ids?,
                })
            }
        }
        impl ::std::convert::From<super::FindingCreateRequest> for FindingCreateRequest {
            fn from(value: super::FindingCreateRequest) -> Self {
                Self {
                    active: Ok(value.active),
                    component_name: Ok(value.component_name),
                    component_version: Ok(value.component_version),
                    cvssv3: Ok(value.cvssv3),
                    cvssv3_score: Ok(value.cvssv3_score),
                    cvssv4: Ok(value.cvssv4),
                    cvssv4_score: Ok(value.cvssv4_score),
                    cwe: Ok(value.cwe),
                    date: Ok(value.date),
                    description: Ok(value.description),
                    duplicate: Ok(value.duplicate),
                    dynamic_finding: Ok(value.dynamic_finding),
                    effort_for_fixing: Ok(value.effort_for_fixing),
                    epss_percentile: Ok(value.epss_percentile),
                    epss_score: Ok(value.epss_score),
                    false_p: Ok(value.false_p),
                    file_path: Ok(value.file_path),
                    fix_available: Ok(value.fix_available),
                    fix_version: Ok(value.fix_version),
                    found_by: Ok(value.found_by),
                    impact: Ok(value.impact),
                    is_mitigated: Ok(value.is_mitigated),
                    kev_date: Ok(value.kev_date),
                    known_exploited: Ok(value.known_exploited),
                    line: Ok(value.line),
                    mitigated: Ok(value.mitigated),
                    mitigated_by: Ok(value.mitigated_by),
                    mitigation: Ok(value.mitigation),
                    nb_occurences: Ok(value.nb_occurences),
                    numerical_severity: Ok(value.numerical_severity),
                    out_of_scope: Ok(value.out_of_scope),
                    planned_remediation_date: Ok(value.planned_remediation_date),
                    planned_remediation_version: Ok(value.planned_remediation_version),
                    publish_date: Ok(value.publish_date),
                    push_to_jira: Ok(value.push_to_jira),
                    ransomware_used: Ok(value.ransomware_used),
                    references: Ok(value.references),
                    reporter: Ok(value.reporter),
                    reviewers: Ok(value.reviewers),
                    risk_accepted: Ok(value.risk_accepted),
                    sast_sink_object: Ok(value.sast_sink_object),
                    sast_source_file_path: Ok(value.sast_source_file_path),
                    sast_source_line: Ok(value.sast_source_line),
                    sast_source_object: Ok(value.sast_source_object),
                    service: Ok(value.service),
                    severity: Ok(value.severity),
                    severity_justification: Ok(value.severity_justification),
                    static_finding: Ok(value.static_finding),
                    steps_to_reproduce: Ok(value.steps_to_reproduce),
                    tags: Ok(value.tags),
                    test: Ok(value.test),
                    title: Ok(value.title),
                    under_review: Ok(value.under_review),
                    unique_id_from_tool: Ok(value.unique_id_from_tool),
                    verified: Ok(value.verified),
                    vuln_id_from_tool: Ok(value.vuln_id_from_tool),
                    vulnerability_ids: Ok(value.vulnerability_ids),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct FindingToNotes {
            finding_id: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            notes: ::std::result::Result<
                ::std::vec::Vec<super::Note>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for FindingToNotes {
            fn default() -> Self {
                Self {
                    finding_id: Ok(Default::default()),
                    notes: Err("no value supplied for notes".to_string()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl FindingToNotes {
            pub fn finding_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.finding_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for finding_id: {e}")
                    });
                self
            }
            pub fn notes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Note>>,
                T::Error: ::std::fmt::Display,
            {
                self.notes = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for notes: {e}")
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
        impl ::std::convert::TryFrom<FindingToNotes> for super::FindingToNotes {
            type Error = super::error::ConversionError;
            fn try_from(
                value: FindingToNotes,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    finding_id: value.finding_id?,
                    notes: value.notes?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::FindingToNotes> for FindingToNotes {
            fn from(value: super::FindingToNotes) -> Self {
                Self {
                    finding_id: Ok(value.finding_id),
                    notes: Ok(value.notes),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ImportScan {
            active: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            branch_tag: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            build_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            close_old_findings: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            commit_hash: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            engagement: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            engagement_id: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            engagement_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            minimum_severity: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            product_id: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            product_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            product_type_id: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            product_type_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            scan_date: ::std::result::Result<
                ::std::option::Option<::chrono::naive::NaiveDate>,
                ::std::string::String,
            >,
            scan_type: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            statistics: ::std::result::Result<
                ::std::option::Option<super::ImportStatistics>,
                ::std::string::String,
            >,
            tags: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            test: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            test_id: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            test_title: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            verified: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            version: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ImportScan {
            fn default() -> Self {
                Self {
                    active: Ok(Default::default()),
                    branch_tag: Ok(Default::default()),
                    build_id: Ok(Default::default()),
                    close_old_findings: Ok(Default::default()),
                    commit_hash: Ok(Default::default()),
                    engagement: Ok(Default::default()),
                    engagement_id: Ok(Default::default()),
                    engagement_name: Ok(Default::default()),
                    minimum_severity: Ok(Default::default()),
                    product_id: Ok(Default::default()),
                    product_name: Ok(Default::default()),
                    product_type_id: Ok(Default::default()),
                    product_type_name: Ok(Default::default()),
                    scan_date: Ok(Default::default()),
                    scan_type: Ok(Default::default()),
                    statistics: Ok(Default::default()),
                    tags: Ok(Default::default()),
                    test: Ok(Default::default()),
                    test_id: Ok(Default::default()),
                    test_title: Ok(Default::default()),
                    verified: Ok(Default::default()),
                    version: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl ImportScan {
            pub fn active<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.active = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for active: {e}")
                    });
                self
            }
            pub fn branch_tag<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.branch_tag = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for branch_tag: {e}")
                    });
                self
            }
            pub fn build_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.build_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for build_id: {e}")
                    });
                self
            }
            pub fn close_old_findings<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.close_old_findings = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for close_old_findings: {e}"
                        )
                    });
                self
            }
            pub fn commit_hash<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.commit_hash = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for commit_hash: {e}")
                    });
                self
            }
            pub fn engagement<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.engagement = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for engagement: {e}")
                    });
                self
            }
            pub fn engagement_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.engagement_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for engagement_id: {e}")
                    });
                self
            }
            pub fn engagement_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.engagement_name = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for engagement_name: {e}"
                        )
                    });
                self
            }
            pub fn minimum_severity<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.minimum_severity = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for minimum_severity: {e}"
                        )
                    });
                self
            }
            pub fn product_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.product_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for product_id: {e}")
                    });
                self
            }
            pub fn product_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.product_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for product_name: {e}")
                    });
                self
            }
            pub fn product_type_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.product_type_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for product_type_id: {e}"
                        )
                    });
                self
            }
            pub fn product_type_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.product_type_name = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for product_type_name: {e}"
                        )
                    });
                self
            }
            pub fn scan_date<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::naive::NaiveDate>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.scan_date = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for scan_date: {e}")
                    });
                self
            }
            pub fn scan_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.scan_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for scan_type: {e}")
                    });
                self
            }
            pub fn statistics<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::ImportStatistics>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.statistics = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for statistics: {e}")
                    });
                self
            }
            pub fn tags<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.tags = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for tags: {e}")
                    });
                self
            }
            pub fn test<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.test = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for test: {e}")
                    });
                self
            }
            pub fn test_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.test_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for test_id: {e}")
                    });
                self
            }
            pub fn test_title<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.test_title = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for test_title: {e}")
                    });
                self
            }
            pub fn verified<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.verified = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for verified: {e}")
                    });
                self
            }
            pub fn version<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.version = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for version: {e}")
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
        impl ::std::convert::TryFrom<ImportScan> for super::ImportScan {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ImportScan,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    active: value.active?,
                    branch_tag: value.branch_tag?,
                    build_id: value.build_id?,
                    close_old_findings: value.close_old_findings?,
                    commit_hash: value.commit_hash?,
                    engagement: value.engagement?,
                    engagement_id: value.engagement_id?,
                    engagement_name: value.engagement_name?,
                    minimum_severity: value.minimum_severity?,
                    product_id: value.product_id?,
                    product_name: value.product_name?,
                    product_type_id: value.product_type_id?,
                    product_type_name: value.product_type_name?,
                    scan_date: value.scan_date?,
                    scan_type: value.scan_type?,
                    statistics: value.statistics?,
                    tags: value.tags?,
                    test: value.test?,
                    test_id: value.test_id?,
                    test_title: value.test_title?,
                    verified: value.verified?,
                    version: value.version?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::ImportScan> for ImportScan {
            fn from(value: super::ImportScan) -> Self {
                Self {
                    active: Ok(value.active),
                    branch_tag: Ok(value.branch_tag),
                    build_id: Ok(value.build_id),
                    close_old_findings: Ok(value.close_old_findings),
                    commit_hash: Ok(value.commit_hash),
                    engagement: Ok(value.engagement),
                    engagement_id: Ok(value.engagement_id),
                    engagement_name: Ok(value.engagement_name),
                    minimum_severity: Ok(value.minimum_severity),
                    product_id: Ok(value.product_id),
                    product_name: Ok(value.product_name),
                    product_type_id: Ok(value.product_type_id),
                    product_type_name: Ok(value.product_type_name),
                    scan_date: Ok(value.scan_date),
                    scan_type: Ok(value.scan_type),
                    statistics: Ok(value.statistics),
                    tags: Ok(value.tags),
                    test: Ok(value.test),
                    test_id: Ok(value.test_id),
                    test_title: Ok(value.test_title),
                    verified: Ok(value.verified),
                    version: Ok(value.version),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ImportScanRequest {
            active: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            api_scan_configuration: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            apply_tags_to_endpoints: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            apply_tags_to_findings: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            auto_create_context: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            branch_tag: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            build_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            close_old_findings: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            close_old_findings_product_scope: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            commit_hash: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            create_finding_groups_for_all_findings: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            deduplication_on_engagement: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            endpoint_to_add: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            engagement: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            engagement_end_date: ::std::result::Result<
                ::std::option::Option<::chrono::naive::NaiveDate>,
                ::std::string::String,
            >,
            engagement_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            environment: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            file: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            group_by: ::std::result::Result<
                ::std::option::Option<super::GroupBy>,
                ::std::string::String,
            >,
            lead: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            minimum_severity: ::std::result::Result<
                ::std::option::Option<super::Severity>,
                ::std::string::String,
            >,
            product_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            product_type_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            push_to_jira: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            scan_date: ::std::result::Result<
                ::std::option::Option<::chrono::naive::NaiveDate>,
                ::std::string::String,
            >,
            scan_type: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            service: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            source_code_management_uri: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            tags: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            test_title: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            verified: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            version: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ImportScanRequest {
            fn default() -> Self {
                Self {
                    active: Ok(Default::default()),
                    api_scan_configuration: Ok(Default::default()),
                    apply_tags_to_endpoints: Ok(Default::default()),
                    apply_tags_to_findings: Ok(Default::default()),
                    auto_create_context: Ok(Default::default()),
                    branch_tag: Ok(Default::default()),
                    build_id: Ok(Default::default()),
                    close_old_findings: Ok(Default::default()),
                    close_old_findings_product_scope: Ok(Default::default()),
                    commit_hash: Ok(Default::default()),
                    create_finding_groups_for_all_findings: Ok(Default::default()),
                    deduplication_on_engagement: Ok(Default::default()),
                    endpoint_to_add: Ok(Default::default()),
                    engagement: Ok(Default::default()),
                    engagement_end_date: Ok(Default::default()),
                    engagement_name: Ok(Default::default()),
                    environment: Ok(Default::default()),
                    file: Ok(Default::default()),
                    group_by: Ok(Default::default()),
                    lead: Ok(Default::default()),
                    minimum_severity: Ok(Default::default()),
                    product_name: Ok(Default::default()),
                    product_type_name: Ok(Default::default()),
                    push_to_jira: Ok(Default::default()),
                    scan_date: Ok(Default::default()),
                    scan_type: Err("no value supplied for scan_type".to_string()),
                    service: Ok(Default::default()),
                    source_code_management_uri: Ok(Default::default()),
                    tags: Ok(Default::default()),
                    test_title: Ok(Default::default()),
                    verified: Ok(Default::default()),
                    version: Ok(Default::default()),
                }
            }
        }
        impl ImportScanRequest {
            pub fn active<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.active = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for active: {e}")
                    });
                self
            }
            pub fn api_scan_configuration<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.api_scan_configuration = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for api_scan_configuration: {e}"
                        )
                    });
                self
            }
            pub fn apply_tags_to_endpoints<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.apply_tags_to_endpoints = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for apply_tags_to_endpoints: {e}"
                        )
                    });
                self
            }
            pub fn apply_tags_to_findings<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.apply_tags_to_findings = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for apply_tags_to_findings: {e}"
                        )
                    });
                self
            }
            pub fn auto_create_context<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.auto_create_context = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for auto_create_context: {e}"
                        )
                    });
                self
            }
            pub fn branch_tag<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.branch_tag = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for branch_tag: {e}")
                    });
                self
            }
            pub fn build_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.build_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for build_id: {e}")
                    });
                self
            }
            pub fn close_old_findings<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.close_old_findings = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for close_old_findings: {e}"
                        )
                    });
                self
            }
            pub fn close_old_findings_product_scope<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.close_old_findings_product_scope = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for close_old_findings_product_scope: {e}"
                        )
                    });
                self
            }
            pub fn commit_hash<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.commit_hash = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for commit_hash: {e}")
                    });
                self
            }
            pub fn create_finding_groups_for_all_findings<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.create_finding_groups_for_all_findings = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for create_finding_groups_for_all_findings: {e}"
                        )
                    });
                self
            }
            pub fn deduplication_on_engagement<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.deduplication_on_engagement = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for deduplication_on_engagement: {e}"
                        )
                    });
                self
            }
            pub fn endpoint_to_add<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.endpoint_to_add = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for endpoint_to_add: {e}"
                        )
                    });
                self
            }
            pub fn engagement<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.engagement = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for engagement: {e}")
                    });
                self
            }
            pub fn engagement_end_date<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::naive::NaiveDate>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.engagement_end_date = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for engagement_end_date: {e}"
                        )
                    });
                self
            }
            pub fn engagement_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.engagement_name = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for engagement_name: {e}"
                        )
                    });
                self
            }
            pub fn environment<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.environment = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for environment: {e}")
                    });
                self
            }
            pub fn file<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.file = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for file: {e}")
                    });
                self
            }
            pub fn group_by<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::GroupBy>>,
                T::Error: ::std::fmt::Display,
            {
                self.group_by = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for group_by: {e}")
                    });
                self
            }
            pub fn lead<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.lead = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for lead: {e}")
                    });
                self
            }
            pub fn minimum_severity<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Severity>>,
                T::Error: ::std::fmt::Display,
            {
                self.minimum_severity = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for minimum_severity: {e}"
                        )
                    });
                self
            }
            pub fn product_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.product_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for product_name: {e}")
                    });
                self
            }
            pub fn product_type_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.product_type_name = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for product_type_name: {e}"
                        )
                    });
                self
            }
            pub fn push_to_jira<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.push_to_jira = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for push_to_jira: {e}")
                    });
                self
            }
            pub fn scan_date<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::naive::NaiveDate>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.scan_date = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for scan_date: {e}")
                    });
                self
            }
            pub fn scan_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.scan_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for scan_type: {e}")
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
            pub fn source_code_management_uri<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.source_code_management_uri = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for source_code_management_uri: {e}"
                        )
                    });
                self
            }
            pub fn tags<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.tags = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for tags: {e}")
                    });
                self
            }
            pub fn test_title<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.test_title = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for test_title: {e}")
                    });
                self
            }
            pub fn verified<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.verified = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for verified: {e}")
                    });
                self
            }
            pub fn version<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.version = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for version: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ImportScanRequest> for super::ImportScanRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ImportScanRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    active: value.active?,
                    api_scan_configuration: value.api_scan_configuration?,
                    apply_tags_to_endpoints: value.apply_tags_to_endpoints?,
                    apply_tags_to_findings: value.apply_tags_to_findings?,
                    auto_create_context: value.auto_create_context?,
                    branch_tag: value.branch_tag?,
                    build_id: value.build_id?,
                    close_old_findings: value.close_old_findings?,
                    close_old_findings_product_scope: value
                        .close_old_findings_product_scope?,
                    commit_hash: value.commit_hash?,
                    create_finding_groups_for_all_findings: value
                        .create_finding_groups_for_all_findings?,
                    deduplication_on_engagement: value.deduplication_on_engagement?,
                    endpoint_to_add: value.endpoint_to_add?,
                    engagement: value.engagement?,
                    engagement_end_date: value.engagement_end_date?,
                    engagement_name: value.engagement_name?,
                    environment: value.environment?,
                    file: value.file?,
                    group_by: value.group_by?,
                    lead: value.lead?,
                    minimum_severity: value.minimum_severity?,
                    product_name: value.product_name?,
                    product_type_name: value.product_type_name?,
                    push_to_jira: value.push_to_jira?,
                    scan_date: value.scan_date?,
                    scan_type: value.scan_type?,
                    service: value.service?,
                    source_code_management_uri: value.source_code_management_uri?,
                    tags: value.tags?,
                    test_title: value.test_title?,
                    verified: value.verified?,
                    version: value.version?,
                })
            }
        }
        impl ::std::convert::From<super::ImportScanRequest> for ImportScanRequest {
            fn from(value: super::ImportScanRequest) -> Self {
                Self {
                    active: Ok(value.active),
                    api_scan_configuration: Ok(value.api_scan_configuration),
                    apply_tags_to_endpoints: Ok(value.apply_tags_to_endpoints),
                    apply_tags_to_findings: Ok(value.apply_tags_to_findings),
                    auto_create_context: Ok(value.auto_create_context),
                    branch_tag: Ok(value.branch_tag),
                    build_id: Ok(value.build_id),
                    close_old_findings: Ok(value.close_old_findings),
                    close_old_findings_product_scope: Ok(
                        value.close_old_findings_product_scope,
                    ),
                    commit_hash: Ok(value.commit_hash),
                    create_finding_groups_for_all_findings: Ok(
                        value.create_finding_groups_for_all_findings,
                    ),
                    deduplication_on_engagement: Ok(value.deduplication_on_engagement),
                    endpoint_to_add: Ok(value.endpoint_to_add),
                    engagement: Ok(value.engagement),
                    engagement_end_date: Ok(value.engagement_end_date),
                    engagement_name: Ok(value.engagement_name),
                    environment: Ok(value.environment),
                    file: Ok(value.file),
                    group_by: Ok(value.group_by),
                    lead: Ok(value.lead),
                    minimum_severity: Ok(value.minimum_severity),
                    product_name: Ok(value.product_name),
                    product_type_name: Ok(value.product_type_name),
                    push_to_jira: Ok(value.push_to_jira),
                    scan_date: Ok(value.scan_date),
                    scan_type: Ok(value.scan_type),
                    service: Ok(value.service),
                    source_code_management_uri: Ok(value.source_code_management_uri),
                    tags: Ok(value.tags),
                    test_title: Ok(value.test_title),
                    verified: Ok(value.verified),
                    version: Ok(value.version),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ImportStatistics {
            after: ::std::result::Result<
                ::std::option::Option<super::SeverityStatusStatistics>,
                ::std::string::String,
            >,
            before: ::std::result::Result<
                ::std::option::Option<super::SeverityStatusStatistics>,
                ::std::string::String,
            >,
            delta: ::std::result::Result<
                ::std::option::Option<super::DeltaStatistics>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ImportStatistics {
            fn default() -> Self {
                Self {
                    after: Ok(Default::default()),
                    before: Ok(Default::default()),
                    delta: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl ImportStatistics {
            pub fn after<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::SeverityStatusStatistics>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.after = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for after: {e}")
                    });
                self
            }
            pub fn before<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::SeverityStatusStatistics>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.before = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for before: {e}")
                    });
                self
            }
            pub fn delta<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::DeltaStatistics>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.delta = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for delta: {e}")
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
        impl ::std::convert::TryFrom<ImportStatistics> for super::ImportStatistics {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ImportStatistics,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    after: value.after?,
                    before: value.before?,
                    delta: value.delta?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::ImportStatistics> for ImportStatistics {
            fn from(value: super::ImportStatistics) -> Self {
                Self {
                    after: Ok(value.after),
                    before: Ok(value.before),
                    delta: Ok(value.delta),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Note {
            author: ::std::result::Result<
                ::std::option::Option<super::UserStub>,
                ::std::string::String,
            >,
            date: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            edit_time: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            edited: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            editor: ::std::result::Result<
                ::std::option::Option<super::UserStub>,
                ::std::string::String,
            >,
            entry: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            history: ::std::result::Result<
                ::std::vec::Vec<super::NoteHistory>,
                ::std::string::String,
            >,
            id: ::std::result::Result<i64, ::std::string::String>,
            note_type: ::std::result::Result<
                ::std::option::Option<super::NoteType>,
                ::std::string::String,
            >,
            private: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Note {
            fn default() -> Self {
                Self {
                    author: Ok(Default::default()),
                    date: Ok(Default::default()),
                    edit_time: Ok(Default::default()),
                    edited: Ok(Default::default()),
                    editor: Ok(Default::default()),
                    entry: Ok(Default::default()),
                    history: Ok(Default::default()),
                    id: Err("no value supplied for id".to_string()),
                    note_type: Ok(Default::default()),
                    private: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl Note {
            pub fn author<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::UserStub>>,
                T::Error: ::std::fmt::Display,
            {
                self.author = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for author: {e}")
                    });
                self
            }
            pub fn date<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.date = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for date: {e}")
                    });
                self
            }
            pub fn edit_time<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.edit_time = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for edit_time: {e}")
                    });
                self
            }
            pub fn edited<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.edited = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for edited: {e}")
                    });
                self
            }
            pub fn editor<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::UserStub>>,
                T::Error: ::std::fmt::Display,
            {
                self.editor = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for editor: {e}")
                    });
                self
            }
            pub fn entry<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.entry = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for entry: {e}")
                    });
                self
            }
            pub fn history<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::NoteHistory>>,
                T::Error: ::std::fmt::Display,
            {
                self.history = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for history: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn note_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::NoteType>>,
                T::Error: ::std::fmt::Display,
            {
                self.note_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for note_type: {e}")
                    });
                self
            }
            pub fn private<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.private = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for private: {e}")
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
        impl ::std::convert::TryFrom<Note> for super::Note {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Note,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    author: value.author?,
                    date: value.date?,
                    edit_time: value.edit_time?,
                    edited: value.edited?,
                    editor: value.editor?,
                    entry: value.entry?,
                    history: value.history?,
                    id: value.id?,
                    note_type: value.note_type?,
                    private: value.private?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::Note> for Note {
            fn from(value: super::Note) -> Self {
                Self {
                    author: Ok(value.author),
                    date: Ok(value.date),
                    edit_time: Ok(value.edit_time),
                    edited: Ok(value.edited),
                    editor: Ok(value.editor),
                    entry: Ok(value.entry),
                    history: Ok(value.history),
                    id: Ok(value.id),
                    note_type: Ok(value.note_type),
                    private: Ok(value.private),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct NoteHistory {
            current_editor: ::std::result::Result<
                ::std::option::Option<super::UserStub>,
                ::std::string::String,
            >,
            data: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            id: ::std::result::Result<i64, ::std::string::String>,
            note_type: ::std::result::Result<
                ::std::option::Option<super::NoteType>,
                ::std::string::String,
            >,
            time: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for NoteHistory {
            fn default() -> Self {
                Self {
                    current_editor: Ok(Default::default()),
                    data: Ok(Default::default()),
                    id: Err("no value supplied for id".to_string()),
                    note_type: Ok(Default::default()),
                    time: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl NoteHistory {
            pub fn current_editor<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::UserStub>>,
                T::Error: ::std::fmt::Display,
            {
                self.current_editor = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for current_editor: {e}"
                        )
                    });
                self
            }
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn note_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::NoteType>>,
                T::Error: ::std::fmt::Display,
            {
                self.note_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for note_type: {e}")
                    });
                self
            }
            pub fn time<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.time = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for time: {e}")
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
        impl ::std::convert::TryFrom<NoteHistory> for super::NoteHistory {
            type Error = super::error::ConversionError;
            fn try_from(
                value: NoteHistory,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    current_editor: value.current_editor?,
                    data: value.data?,
                    id: value.id?,
                    note_type: value.note_type?,
                    time: value.time?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::NoteHistory> for NoteHistory {
            fn from(value: super::NoteHistory) -> Self {
                Self {
                    current_editor: Ok(value.current_editor),
                    data: Ok(value.data),
                    id: Ok(value.id),
                    note_type: Ok(value.note_type),
                    time: Ok(value.time),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct NoteType {
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            id: ::std::result::Result<i64, ::std::string::String>,
            is_active: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            is_mandatory: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            is_single: ::std::result::Result<
                ::std::option::Option<bool>,
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
        impl ::std::default::Default for NoteType {
            fn default() -> Self {
                Self {
                    description: Ok(Default::default()),
                    id: Err("no value supplied for id".to_string()),
                    is_active: Ok(Default::default()),
                    is_mandatory: Ok(Default::default()),
                    is_single: Ok(Default::default()),
                    name: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl NoteType {
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
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn is_active<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.is_active = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for is_active: {e}")
                    });
                self
            }
            pub fn is_mandatory<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.is_mandatory = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for is_mandatory: {e}")
                    });
                self
            }
            pub fn is_single<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.is_single = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for is_single: {e}")
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
        impl ::std::convert::TryFrom<NoteType> for super::NoteType {
            type Error = super::error::ConversionError;
            fn try_from(
                value: NoteType,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    description: value.description?,
                    id: value.id?,
                    is_active: value.is_active?,
                    is_mandatory: value.is_mandatory?,
                    is_single: value.is_single?,
                    name: value.name?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::NoteType> for NoteType {
            fn from(value: super::NoteType) -> Self {
                Self {
                    description: Ok(value.description),
                    id: Ok(value.id),
                    is_active: Ok(value.is_active),
                    is_mandatory: Ok(value.is_mandatory),
                    is_single: Ok(value.is_single),
                    name: Ok(value.name),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PaginatedEndpointList {
            count: ::std::result::Result<i64, ::std::string::String>,
            next: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            previous: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            results: ::std::result::Result<
                ::std::vec::Vec<super::Endpoint>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for PaginatedEndpointList {
            fn default() -> Self {
                Self {
                    count: Err("no value supplied for count".to_string()),
                    next: Ok(Default::default()),
                    previous: Ok(Default::default()),
                    results: Err("no value supplied for results".to_string()),
                }
            }
        }
        impl PaginatedEndpointList {
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
            pub fn next<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.next = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for next: {e}")
                    });
                self
            }
            pub fn previous<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.previous = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for previous: {e}")
                    });
                self
            }
            pub fn results<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Endpoint>>,
                T::Error: ::std::fmt::Display,
            {
                self.results = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for results: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<PaginatedEndpointList>
        for super::PaginatedEndpointList {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PaginatedEndpointList,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    count: value.count?,
                    next: value.next?,
                    previous: value.previous?,
                    results: value.results?,
                })
            }
        }
        impl ::std::convert::From<super::PaginatedEndpointList>
        for PaginatedEndpointList {
            fn from(value: super::PaginatedEndpointList) -> Self {
                Self {
                    count: Ok(value.count),
                    next: Ok(value.next),
                    previous: Ok(value.previous),
                    results: Ok(value.results),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PaginatedEngagementList {
            count: ::std::result::Result<i64, ::std::string::String>,
            next: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            previous: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            results: ::std::result::Result<
                ::std::vec::Vec<super::Engagement>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for PaginatedEngagementList {
            fn default() -> Self {
                Self {
                    count: Err("no value supplied for count".to_string()),
                    next: Ok(Default::default()),
                    previous: Ok(Default::default()),
                    results: Err("no value supplied for results".to_string()),
                }
            }
        }
        impl PaginatedEngagementList {
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
            pub fn next<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.next = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for next: {e}")
                    });
                self
            }
            pub fn previous<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.previous = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for previous: {e}")
                    });
                self
            }
            pub fn results<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Engagement>>,
                T::Error: ::std::fmt::Display,
            {
                self.results = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for results: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<PaginatedEngagementList>
        for super::PaginatedEngagementList {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PaginatedEngagementList,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    count: value.count?,
                    next: value.next?,
                    previous: value.previous?,
                    results: value.results?,
                })
            }
        }
        impl ::std::convert::From<super::PaginatedEngagementList>
        for PaginatedEngagementList {
            fn from(value: super::PaginatedEngagementList) -> Self {
                Self {
                    count: Ok(value.count),
                    next: Ok(value.next),
                    previous: Ok(value.previous),
                    results: Ok(value.results),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PaginatedFindingList {
            count: ::std::result::Result<i64, ::std::string::String>,
            next: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            previous: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            results: ::std::result::Result<
                ::std::vec::Vec<super::Finding>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for PaginatedFindingList {
            fn default() -> Self {
                Self {
                    count: Err("no value supplied for count".to_string()),
                    next: Ok(Default::default()),
                    previous: Ok(Default::default()),
                    results: Err("no value supplied for results".to_string()),
                }
            }
        }
        impl PaginatedFindingList {
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
            pub fn next<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.next = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for next: {e}")
                    });
                self
            }
            pub fn previous<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.previous = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for previous: {e}")
                    });
                self
            }
            pub fn results<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Finding>>,
                T::Error: ::std::fmt::Display,
            {
                self.results = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for results: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<PaginatedFindingList>
        for super::PaginatedFindingList {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PaginatedFindingList,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    count: value.count?,
                    next: value.next?,
                    previous: value.previous?,
                    results: value.results?,
                })
            }
        }
        impl ::std::convert::From<super::PaginatedFindingList> for PaginatedFindingList {
            fn from(value: super::PaginatedFindingList) -> Self {
                Self {
                    count: Ok(value.count),
                    next: Ok(value.next),
                    previous: Ok(value.previous),
                    results: Ok(value.results),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PaginatedProductList {
            count: ::std::result::Result<i64, ::std::string::String>,
            next: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            previous: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            results: ::std::result::Result<
                ::std::vec::Vec<super::Product>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for PaginatedProductList {
            fn default() -> Self {
                Self {
                    count: Err("no value supplied for count".to_string()),
                    next: Ok(Default::default()),
                    previous: Ok(Default::default()),
                    results: Err("no value supplied for results".to_string()),
                }
            }
        }
        impl PaginatedProductList {
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
            pub fn next<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.next = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for next: {e}")
                    });
                self
            }
            pub fn previous<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.previous = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for previous: {e}")
                    });
                self
            }
            pub fn results<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Product>>,
                T::Error: ::std::fmt::Display,
            {
                self.results = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for results: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<PaginatedProductList>
        for super::PaginatedProductList {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PaginatedProductList,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    count: value.count?,
                    next: value.next?,
                    previous: value.previous?,
                    results: value.results?,
                })
            }
        }
        impl ::std::convert::From<super::PaginatedProductList> for PaginatedProductList {
            fn from(value: super::PaginatedProductList) -> Self {
                Self {
                    count: Ok(value.count),
                    next: Ok(value.next),
                    previous: Ok(value.previous),
                    results: Ok(value.results),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PaginatedProductTypeList {
            count: ::std::result::Result<i64, ::std::string::String>,
            next: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            previous: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            results: ::std::result::Result<
                ::std::vec::Vec<super::ProductType>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for PaginatedProductTypeList {
            fn default() -> Self {
                Self {
                    count: Err("no value supplied for count".to_string()),
                    next: Ok(Default::default()),
                    previous: Ok(Default::default()),
                    results: Err("no value supplied for results".to_string()),
                }
            }
        }
        impl PaginatedProductTypeList {
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
            pub fn next<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.next = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for next: {e}")
                    });
                self
            }
            pub fn previous<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.previous = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for previous: {e}")
                    });
                self
            }
            pub fn results<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::ProductType>>,
                T::Error: ::std::fmt::Display,
            {
                self.results = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for results: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<PaginatedProductTypeList>
        for super::PaginatedProductTypeList {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PaginatedProductTypeList,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    count: value.count?,
                    next: value.next?,
                    previous: value.previous?,
                    results: value.results?,
                })
            }
        }
        impl ::std::convert::From<super::PaginatedProductTypeList>
        for PaginatedProductTypeList {
            fn from(value: super::PaginatedProductTypeList) -> Self {
                Self {
                    count: Ok(value.count),
                    next: Ok(value.next),
                    previous: Ok(value.previous),
                    results: Ok(value.results),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PaginatedTestList {
            count: ::std::result::Result<i64, ::std::string::String>,
            next: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            previous: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            results: ::std::result::Result<
                ::std::vec::Vec<super::Test>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for PaginatedTestList {
            fn default() -> Self {
                Self {
                    count: Err("no value supplied for count".to_string()),
                    next: Ok(Default::default()),
                    previous: Ok(Default::default()),
                    results: Err("no value supplied for results".to_string()),
                }
            }
        }
        impl PaginatedTestList {
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
            pub fn next<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.next = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for next: {e}")
                    });
                self
            }
            pub fn previous<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.previous = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for previous: {e}")
                    });
                self
            }
            pub fn results<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Test>>,
                T::Error: ::std::fmt::Display,
            {
                self.results = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for results: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<PaginatedTestList> for super::PaginatedTestList {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PaginatedTestList,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    count: value.count?,
                    next: value.next?,
                    previous: value.previous?,
                    results: value.results?,
                })
            }
        }
        impl ::std::convert::From<super::PaginatedTestList> for PaginatedTestList {
            fn from(value: super::PaginatedTestList) -> Self {
                Self {
                    count: Ok(value.count),
                    next: Ok(value.next),
                    previous: Ok(value.previous),
                    results: Ok(value.results),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PaginatedTestTypeList {
            count: ::std::result::Result<i64, ::std::string::String>,
            next: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            previous: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            results: ::std::result::Result<
                ::std::vec::Vec<super::TestType>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for PaginatedTestTypeList {
            fn default() -> Self {
                Self {
                    count: Err("no value supplied for count".to_string()),
                    next: Ok(Default::default()),
                    previous: Ok(Default::default()),
                    results: Err("no value supplied for results".to_string()),
                }
            }
        }
        impl PaginatedTestTypeList {
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
            pub fn next<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.next = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for next: {e}")
                    });
                self
            }
            pub fn previous<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.previous = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for previous: {e}")
                    });
                self
            }
            pub fn results<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::TestType>>,
                T::Error: ::std::fmt::Display,
            {
                self.results = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for results: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<PaginatedTestTypeList>
        for super::PaginatedTestTypeList {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PaginatedTestTypeList,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    count: value.count?,
                    next: value.next?,
                    previous: value.previous?,
                    results: value.results?,
                })
            }
        }
        impl ::std::convert::From<super::PaginatedTestTypeList>
        for PaginatedTestTypeList {
            fn from(value: super::PaginatedTestTypeList) -> Self {
                Self {
                    count: Ok(value.count),
                    next: Ok(value.next),
                    previous: Ok(value.previous),
                    results: Ok(value.results),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PaginatedUserList {
            count: ::std::result::Result<i64, ::std::string::String>,
            next: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            previous: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            results: ::std::result::Result<
                ::std::vec::Vec<super::User>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for PaginatedUserList {
            fn default() -> Self {
                Self {
                    count: Err("no value supplied for count".to_string()),
                    next: Ok(Default::default()),
                    previous: Ok(Default::default()),
                    results: Err("no value supplied for results".to_string()),
                }
            }
        }
        impl PaginatedUserList {
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
            pub fn next<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.next = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for next: {e}")
                    });
                self
            }
            pub fn previous<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.previous = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for previous: {e}")
                    });
                self
            }
            pub fn results<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::User>>,
                T::Error: ::std::fmt::Display,
            {
                self.results = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for results: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<PaginatedUserList> for super::PaginatedUserList {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PaginatedUserList,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    count: value.count?,
                    next: value.next?,
                    previous: value.previous?,
                    results: value.results?,
                })
            }
        }
        impl ::std::convert::From<super::PaginatedUserList> for PaginatedUserList {
            fn from(value: super::PaginatedUserList) -> Self {
                Self {
                    count: Ok(value.count),
                    next: Ok(value.next),
                    previous: Ok(value.previous),
                    results: Ok(value.results),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PatchedEngagementRequest {
            api_test: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            branch_tag: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            build_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            check_list: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            commit_hash: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            deduplication_on_engagement: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            engagement_type: ::std::result::Result<
                ::std::option::Option<super::EngagementType>,
                ::std::string::String,
            >,
            first_contacted: ::std::result::Result<
                ::std::option::Option<::chrono::naive::NaiveDate>,
                ::std::string::String,
            >,
            lead: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            pen_test: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            product: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            reason: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            requester: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            source_code_management_uri: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                ::std::option::Option<super::EngagementStatus>,
                ::std::string::String,
            >,
            tags: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            target_end: ::std::result::Result<
                ::std::option::Option<::chrono::naive::NaiveDate>,
                ::std::string::String,
            >,
            target_start: ::std::result::Result<
                ::std::option::Option<::chrono::naive::NaiveDate>,
                ::std::string::String,
            >,
            test_strategy: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            threat_model: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            tracker: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            version: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for PatchedEngagementRequest {
            fn default() -> Self {
                Self {
                    api_test: Ok(Default::default()),
                    branch_tag: Ok(Default::default()),
                    build_id: Ok(Default::default()),
                    check_list: Ok(Default::default()),
                    commit_hash: Ok(Default::default()),
                    deduplication_on_engagement: Ok(Default::default()),
                    description: Ok(Default::default()),
                    engagement_type: Ok(Default::default()),
                    first_contacted: Ok(Default::default()),
                    lead: Ok(Default::default()),
                    name: Ok(Default::default()),
                    pen_test: Ok(Default::default()),
                    product: Ok(Default::default()),
                    reason: Ok(Default::default()),
                    requester: Ok(Default::default()),
                    source_code_management_uri: Ok(Default::default()),
                    status: Ok(Default::default()),
                    tags: Ok(Default::default()),
                    target_end: Ok(Default::default()),
                    target_start: Ok(Default::default()),
                    test_strategy: Ok(Default::default()),
                    threat_model: Ok(Default::default()),
                    tracker: Ok(Default::default()),
                    version: Ok(Default::default()),
                }
            }
        }
        impl PatchedEngagementRequest {
            pub fn api_test<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.api_test = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for api_test: {e}")
                    });
                self
            }
            pub fn branch_tag<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.branch_tag = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for branch_tag: {e}")
                    });
                self
            }
            pub fn build_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.build_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for build_id: {e}")
                    });
                self
            }
            pub fn check_list<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.check_list = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for check_list: {e}")
                    });
                self
            }
            pub fn commit_hash<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.commit_hash = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for commit_hash: {e}")
                    });
                self
            }
            pub fn deduplication_on_engagement<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.deduplication_on_engagement = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for deduplication_on_engagement: {e}"
                        )
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
            pub fn engagement_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::EngagementType>>,
                T::Error: ::std::fmt::Display,
            {
                self.engagement_type = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for engagement_type: {e}"
                        )
                    });
                self
            }
            pub fn first_contacted<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::naive::NaiveDate>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.first_contacted = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for first_contacted: {e}"
                        )
                    });
                self
            }
            pub fn lead<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.lead = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for lead: {e}")
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
            pub fn pen_test<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.pen_test = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for pen_test: {e}")
                    });
                self
            }
            pub fn product<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.product = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for product: {e}")
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
            pub fn requester<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.requester = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for requester: {e}")
                    });
                self
            }
            pub fn source_code_management_uri<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.source_code_management_uri = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for source_code_management_uri: {e}"
                        )
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::EngagementStatus>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
            pub fn tags<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.tags = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for tags: {e}")
                    });
                self
            }
            pub fn target_end<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::naive::NaiveDate>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.target_end = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for target_end: {e}")
                    });
                self
            }
            pub fn target_start<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::naive::NaiveDate>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.target_start = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for target_start: {e}")
                    });
                self
            }
            pub fn test_strategy<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.test_strategy = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for test_strategy: {e}")
                    });
                self
            }
            pub fn threat_model<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.threat_model = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for threat_model: {e}")
                    });
                self
            }
            pub fn tracker<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.tracker = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for tracker: {e}")
                    });
                self
            }
            pub fn version<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.version = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for version: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<PatchedEngagementRequest>
        for super::PatchedEngagementRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PatchedEngagementRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    api_test: value.api_test?,
                    branch_tag: value.branch_tag?,
                    build_id: value.build_id?,
                    check_list: value.check_list?,
                    commit_hash: value.commit_hash?,
                    deduplication_on_engagement: value.deduplication_on_engagement?,
                    description: value.description?,
                    engagement_type: value.engagement_type?,
                    first_contacted: value.first_contacted?,
                    lead: value.lead?,
                    name: value.name?,
                    pen_test: value.pen_test?,
                    product: value.product?,
                    reason: value.reason?,
                    requester: value.requester?,
                    source_code_management_uri: value.source_code_management_uri?,
                    status: value.status?,
                    tags: value.tags?,
                    target_end: value.target_end?,
                    target_start: value.target_start?,
                    test_strategy: value.test_strategy?,
                    threat_model: value.threat_model?,
                    tracker: value.tracker?,
                    version: value.version?,
                })
            }
        }
        impl ::std::convert::From<super::PatchedEngagementRequest>
        for PatchedEngagementRequest {
            fn from(value: super::PatchedEngagementRequest) -> Self {
                Self {
                    api_test: Ok(value.api_test),
                    branch_tag: Ok(value.branch_tag),
                    build_id: Ok(value.build_id),
                    check_list: Ok(value.check_list),
                    commit_hash: Ok(value.commit_hash),
                    deduplication_on_engagement: Ok(value.deduplication_on_engagement),
                    description: Ok(value.description),
                    engagement_type: Ok(value.engagement_type),
                    first_contacted: Ok(value.first_contacted),
                    lead: Ok(value.lead),
                    name: Ok(value.name),
                    pen_test: Ok(value.pen_test),
                    product: Ok(value.product),
                    reason: Ok(value.reason),
                    requester: Ok(value.requester),
                    source_code_management_uri: Ok(value.source_code_management_uri),
                    status: Ok(value.status),
                    tags: Ok(value.tags),
                    target_end: Ok(value.target_end),
                    target_start: Ok(value.target_start),
                    test_strategy: Ok(value.test_strategy),
                    threat_model: Ok(value.threat_model),
                    tracker: Ok(value.tracker),
                    version: Ok(value.version),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PatchedFindingRequest {
            active: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            component_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            component_version: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            cvssv3: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            cvssv3_score: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
            cvssv4: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            cvssv4_score: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
            cwe: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            date: ::std::result::Result<
                ::std::option::Option<::chrono::naive::NaiveDate>,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            duplicate: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            dynamic_finding: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            effort_for_fixing: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            endpoints: ::std::result::Result<
                ::std::vec::Vec<i64>,
                ::std::string::String,
            >,
            epss_percentile: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
            epss_score: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
            false_p: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            file_path: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            fix_available: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            fix_version: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            found_by: ::std::result::Result<::std::vec::Vec<i64>, ::std::string::String>,
            impact: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            is_mitigated: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            kev_date: ::std::result::Result<
                ::std::option::Option<::chrono::naive::NaiveDate>,
                ::std::string::String,
            >,
            known_exploited: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            line: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            mitigated: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            mitigated_by: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            mitigation: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            nb_occurences: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            numerical_severity: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            out_of_scope: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            planned_remediation_date: ::std::result::Result<
                ::std::option::Option<::chrono::naive::NaiveDate>,
                ::std::string::String,
            >,
            planned_remediation_version: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            publish_date: ::std::result::Result<
                ::std::option::Option<::chrono::naive::NaiveDate>,
                ::std::string::String,
            >,
            push_to_jira: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            ransomware_used: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            references: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            reporter: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            reviewers: ::std::result::Result<
                ::std::vec::Vec<i64>,
                ::std::string::String,
            >,
            risk_accepted: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            sast_sink_object: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            sast_source_file_path: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            sast_source_line: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            sast_source_object: ::std::result::Result<
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
            severity_justification: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            static_finding: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            steps_to_reproduce: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            tags: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            title: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            under_review: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            unique_id_from_tool: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            verified: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            vuln_id_from_tool: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            vulnerability_ids: ::std::result::Result<
                ::std::vec::Vec<super::VulnerabilityIdRequest>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for PatchedFindingRequest {
            fn default() -> Self {
                Self {
                    active: Ok(Default::default()),
                    component_name: Ok(Default::default()),
                    component_version: Ok(Default::default()),
                    cvssv3: Ok(Default::default()),
                    cvssv3_score: Ok(Default::default()),
                    cvssv4: Ok(Default::default()),
                    cvssv4_score: Ok(Default::default()),
                    cwe: Ok(Default::default()),
                    date: Ok(Default::default()),
                    description: Ok(Default::default()),
                    duplicate: Ok(Default::default()),
                    dynamic_finding: Ok(Default::default()),
                    effort_for_fixing: Ok(Default::default()),
                    endpoints: Ok(Default::default()),
                    epss_percentile: Ok(Default::default()),
                    epss_score: Ok(Default::default()),
                    false_p: Ok(Default::default()),
                    file_path: Ok(Default::default()),
                    fix_available: Ok(Default::default()),
                    fix_version: Ok(Default::default()),
                    found_by: Ok(Default::default()),
                    impact: Ok(Default::default()),
                    is_mitigated: Ok(Default::default()),
                    kev_date: Ok(Default::default()),
                    known_exploited: Ok(Default::default()),
                    line: Ok(Default::default()),
                    mitigated: Ok(Default::default()),
                    mitigated_by: Ok(Default::default()),
                    mitigation: Ok(Default::default()),
                    nb_occurences: Ok(Default::default()),
                    numerical_severity: Ok(Default::default()),
                    out_of_scope: Ok(Default::default()),
                    planned_remediation_date: Ok(Default::default()),
                    planned_remediation_version: Ok(Default::default()),
                    publish_date: Ok(Default::default()),
                    push_to_jira: Ok(Default::default()),
                    ransomware_used: Ok(Default::default()),
                    references: Ok(Default::default()),
                    reporter: Ok(Default::default()),
                    reviewers: Ok(Default::default()),
                    risk_accepted: Ok(Default::default()),
                    sast_sink_object: Ok(Default::default()),
                    sast_source_file_path: Ok(Default::default()),
                    sast_source_line: Ok(Default::default()),
                    sast_source_object: Ok(Default::default()),
                    service: Ok(Default::default()),
                    severity: Ok(Default::default()),
                    severity_justification: Ok(Default::default()),
                    static_finding: Ok(Default::default()),
                    steps_to_reproduce: Ok(Default::default()),
                    tags: Ok(Default::default()),
                    title: Ok(Default::default()),
                    under_review: Ok(Default::default()),
                    unique_id_from_tool: Ok(Default::default()),
                    verified: Ok(Default::default()),
                    vuln_id_from_tool: Ok(Default::default()),
                    vulnerability_ids: Ok(Default::default()),
                }
            }
        }
        impl PatchedFindingRequest {
            pub fn active<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.active = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for active: {e}")
                    });
                self
            }
            pub fn component_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.component_name = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for component_name: {e}"
                        )
                    });
                self
            }
            pub fn component_version<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.component_version = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for component_version: {e}"
                        )
                    });
                self
            }
            pub fn cvssv3<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.cvssv3 = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for cvssv3: {e}")
                    });
                self
            }
            pub fn cvssv3_score<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<f64>>,
                T::Error: ::std::fmt::Display,
            {
                self.cvssv3_score = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for cvssv3_score: {e}")
                    });
                self
            }
            pub fn cvssv4<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.cvssv4 = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for cvssv4: {e}")
                    });
                self
            }
            pub fn cvssv4_score<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<f64>>,
                T::Error: ::std::fmt::Display,
            {
                self.cvssv4_score = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for cvssv4_score: {e}")
                    });
                self
            }
            pub fn cwe<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.cwe = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for cwe: {e}")
                    });
                self
            }
            pub fn date<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::naive::NaiveDate>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.date = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for date: {e}")
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
            pub fn duplicate<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.duplicate = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for duplicate: {e}")
                    });
                self
            }
            pub fn dynamic_finding<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.dynamic_finding = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for dynamic_finding: {e}"
                        )
                    });
                self
            }
            pub fn effort_for_fixing<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.effort_for_fixing = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for effort_for_fixing: {e}"
                        )
                    });
                self
            }
            pub fn endpoints<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.endpoints = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for endpoints: {e}")
                    });
                self
            }
            pub fn epss_percentile<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<f64>>,
                T::Error: ::std::fmt::Display,
            {
                self.epss_percentile = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for epss_percentile: {e}"
                        )
                    });
                self
            }
            pub fn epss_score<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<f64>>,
                T::Error: ::std::fmt::Display,
            {
                self.epss_score = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for epss_score: {e}")
                    });
                self
            }
            pub fn false_p<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.false_p = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for false_p: {e}")
                    });
                self
            }
            pub fn file_path<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.file_path = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for file_path: {e}")
                    });
                self
            }
            pub fn fix_available<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.fix_available = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for fix_available: {e}")
                    });
                self
            }
            pub fn fix_version<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.fix_version = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for fix_version: {e}")
                    });
                self
            }
            pub fn found_by<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.found_by = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for found_by: {e}")
                    });
                self
            }
            pub fn impact<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.impact = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for impact: {e}")
                    });
                self
            }
            pub fn is_mitigated<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.is_mitigated = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for is_mitigated: {e}")
                    });
                self
            }
            pub fn kev_date<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::naive::NaiveDate>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.kev_date = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for kev_date: {e}")
                    });
                self
            }
            pub fn known_exploited<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.known_exploited = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for known_exploited: {e}"
                        )
                    });
                self
            }
            pub fn line<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.line = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for line: {e}")
                    });
                self
            }
            pub fn mitigated<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.mitigated = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for mitigated: {e}")
                    });
                self
            }
            pub fn mitigated_by<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.mitigated_by = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for mitigated_by: {e}")
                    });
                self
            }
            pub fn mitigation<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.mitigation = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for mitigation: {e}")
                    });
                self
            }
            pub fn nb_occurences<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.nb_occurences = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for nb_occurences: {e}")
                    });
                self
            }
            pub fn numerical_severity<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.numerical_severity = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for numerical_severity: {e}"
                        )
                    });
                self
            }
            pub fn out_of_scope<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.out_of_scope = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for out_of_scope: {e}")
                    });
                self
            }
            pub fn planned_remediation_date<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::naive::NaiveDate>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.planned_remediation_date = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for planned_remediation_date: {e}"
                        )
                    });
                self
            }
            pub fn planned_remediation_version<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.planned_remediation_version = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for planned_remediation_version: {e}"
                        )
                    });
                self
            }
            pub fn publish_date<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::naive::NaiveDate>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.publish_date = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for publish_date: {e}")
                    });
                self
            }
            pub fn push_to_jira<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.push_to_jira = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for push_to_jira: {e}")
                    });
                self
            }
            pub fn ransomware_used<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.ransomware_used = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for ransomware_used: {e}"
                        )
                    });
                self
            }
            pub fn references<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.references = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for references: {e}")
                    });
                self
            }
            pub fn reporter<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.reporter = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for reporter: {e}")
                    });
                self
            }
            pub fn reviewers<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.reviewers = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for reviewers: {e}")
                    });
                self
            }
            pub fn risk_accepted<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.risk_accepted = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for risk_accepted: {e}")
                    });
                self
            }
            pub fn sast_sink_object<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.sast_sink_object = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for sast_sink_object: {e}"
                        )
                    });
                self
            }
            pub fn sast_source_file_path<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.sast_source_file_path = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for sast_source_file_path: {e}"
                        )
                    });
                self
            }
            pub fn sast_source_line<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.sast_source_line = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for sast_source_line: {e}"
                        )
                    });
                self
            }
            pub fn sast_source_object<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.sast_source_object = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for sast_source_object: {e}"
                        )
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
            pub fn severity_justification<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.severity_justification = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for severity_justification: {e}"
                        )
                    });
                self
            }
            pub fn static_finding<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.static_finding = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for static_finding: {e}"
                        )
                    });
                self
            }
            pub fn steps_to_reproduce<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.steps_to_reproduce = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for steps_to_reproduce: {e}"
                        )
                    });
                self
            }
            pub fn tags<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.tags = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for tags: {e}")
                    });
                self
            }
            pub fn title<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.title = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for title: {e}")
                    });
                self
            }
            pub fn under_review<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.under_review = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for under_review: {e}")
                    });
                self
            }
            pub fn unique_id_from_tool<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.unique_id_from_tool = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for unique_id_from_tool: {e}"
                        )
                    });
                self
            }
            pub fn verified<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.verified = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for verified: {e}")
                    });
                self
            }
            pub fn vuln_id_from_tool<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.vuln_id_from_tool = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for vuln_id_from_tool: {e}"
                        )
                    });
                self
            }
            pub fn vulnerability_ids<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::vec::Vec<super::VulnerabilityIdRequest>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.vulnerability_ids = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for vulnerability_ids: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<PatchedFindingRequest>
        for super::PatchedFindingRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PatchedFindingRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    active: value.active?,
                    component_name: value.component_name?,
                    component_version: value.component_version?,
                    cvssv3: value.cvssv3?,
                    cvssv3_score: value.cvssv3_score?,
                    cvssv4: value.cvssv4?,
                    cvssv4_score: value.cvssv4_score?,
                    cwe: value.cwe?,
                    date: value.date?,
                    description: value.description?,
                    duplicate: value.duplicate?,
                    dynamic_finding: value.dynamic_finding?,
                    effort_for_fixing: value.effort_for_fixing?,
                    endpoints: value.endpoints?,
                    epss_percentile: value.epss_percentile?,
                    epss_score: value.epss_score?,
                    false_p: value.false_p?,
                    file_path: value.file_path?,
                    fix_available: value.fix_available?,
                    fix_version: value.fix_version?,
                    found_by: value.found_by?,
                    impact: value.impact?,
                    is_mitigated: value.is_mitigated?,
                    kev_date: value.kev_date?,
                    known_exploited: value.known_exploited?,
                    line: value.line?,
                    mitigated: value.mitigated?,
                    mitigated_by: value.mitigated_by?,
                    mitigation: value.mitigation?,
                    nb_occurences: value.nb_occurences?,
                    numerical_severity: value.numerical_severity?,
                    out_of_scope: value.out_of_scope?,
                    planned_remediation_date: value.planned_remediation_date?,
                    planned_remediation_version: value.planned_remediation_version?,
                    publish_date: value.publish_date?,
                    push_to_jira: value.push_to_jira?,
                    ransomware_used: value.ransomware_used?,
                    references: value.references?,
                    reporter: value.reporter?,
                    reviewers: value.reviewers?,
                    risk_accepted: value.risk_accepted?,
                    sast_sink_object: value.sast_sink_object?,
                    sast_source_file_path: value.sast_source_file_path?,
                    sast_source_line: value.sast_source_line?,
                    sast_source_object: value.sast_source_object?,
                    service: value.service?,
                    severity: value.severity?,
                    severity_justification: value.severity_justification?,
                    static_finding: value.static_finding?,
                    steps_to_reproduce: value.steps_to_reproduce?,
                    tags: value.tags?,
                    title: value.title?,
                    under_review: value.under_review?,
                    unique_id_from_tool: value.unique_id_from_tool?,
                    verified: value.verified?,
                    vuln_id_from_tool: value.vuln_id_from_tool?,
                    vulnerability_ids: value.vulnerability_ids?,
                })
            }
        }
        impl ::std::convert::From<super::PatchedFindingRequest>
        for PatchedFindingRequest {
            fn from(value: super::PatchedFindingRequest) -> Self {
                Self {
                    active: Ok(value.active),
                    component_name: Ok(value.component_name),
                    component_version: Ok(value.component_version),
                    cvssv3: Ok(value.cvssv3),
                    cvssv3_score: Ok(value.cvssv3_score),
                    cvssv4: Ok(value.cvssv4),
                    cvssv4_score: Ok(value.cvssv4_score),
                    cwe: Ok(value.cwe),
                    date: Ok(value.date),
                    description: Ok(value.description),
                    duplicate: Ok(value.duplicate),
                    dynamic_finding: Ok(value.dynamic_finding),
                    effort_for_fixing: Ok(value.effort_for_fixing),
                    endpoints: Ok(value.endpoints),
                    epss_percentile: Ok(value.epss_percentile),
                    epss_score: Ok(value.epss_score),
                    false_p: Ok(value.false_p),
                    file_path: Ok(value.file_path),
                    fix_available: Ok(value.fix_available),
                    fix_version: Ok(value.fix_version),
                    found_by: Ok(value.found_by),
                    impact: Ok(value.impact),
                    is_mitigated: Ok(value.is_mitigated),
                    kev_date: Ok(value.kev_date),
                    known_exploited: Ok(value.known_exploited),
                    line: Ok(value.line),
                    mitigated: Ok(value.mitigated),
                    mitigated_by: Ok(value.mitigated_by),
                    mitigation: Ok(value.mitigation),
                    nb_occurences: Ok(value.nb_occurences),
                    numerical_severity: Ok(value.numerical_severity),
                    out_of_scope: Ok(value.out_of_scope),
                    planned_remediation_date: Ok(value.planned_remediation_date),
                    planned_remediation_version: Ok(value.planned_remediation_version),
                    publish_date: Ok(value.publish_date),
                    push_to_jira: Ok(value.push_to_jira),
                    ransomware_used: Ok(value.ransomware_used),
                    references: Ok(value.references),
                    reporter: Ok(value.reporter),
                    reviewers: Ok(value.reviewers),
                    risk_accepted: Ok(value.risk_accepted),
                    sast_sink_object: Ok(value.sast_sink_object),
                    sast_source_file_path: Ok(value.sast_source_file_path),
                    sast_source_line: Ok(value.sast_source_line),
                    sast_source_object: Ok(value.sast_source_object),
                    service: Ok(value.service),
                    severity: Ok(value.severity),
                    severity_justification: Ok(value.severity_justification),
                    static_finding: Ok(value.static_finding),
                    steps_to_reproduce: Ok(value.steps_to_reproduce),
                    tags: Ok(value.tags),
                    title: Ok(value.title),
                    under_review: Ok(value.under_review),
                    unique_id_from_tool: Ok(value.unique_id_from_tool),
                    verified: Ok(value.verified),
                    vuln_id_from_tool: Ok(value.vuln_id_from_tool),
                    vulnerability_ids: Ok(value.vulnerability_ids),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PatchedProductRequest {
            business_criticality: ::std::result::Result<
                ::std::option::Option<super::BusinessCriticality>,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            disable_sla_breach_notifications: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            enable_full_risk_acceptance: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            enable_product_tag_inheritance: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            enable_simple_risk_acceptance: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            external_audience: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            internet_accessible: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            lifecycle: ::std::result::Result<
                ::std::option::Option<super::Lifecycle>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            origin: ::std::result::Result<
                ::std::option::Option<super::Origin>,
                ::std::string::String,
            >,
            platform: ::std::result::Result<
                ::std::option::Option<super::Platform>,
                ::std::string::String,
            >,
            prod_numeric_grade: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            prod_type: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            product_manager: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            regulations: ::std::result::Result<
                ::std::vec::Vec<i64>,
                ::std::string::String,
            >,
            sla_configuration: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            tags: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            team_manager: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            technical_contact: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            user_records: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for PatchedProductRequest {
            fn default() -> Self {
                Self {
                    business_criticality: Ok(Default::default()),
                    description: Ok(Default::default()),
                    disable_sla_breach_notifications: Ok(Default::default()),
                    enable_full_risk_acceptance: Ok(Default::default()),
                    enable_product_tag_inheritance: Ok(Default::default()),
                    enable_simple_risk_acceptance: Ok(Default::default()),
                    external_audience: Ok(Default::default()),
                    internet_accessible: Ok(Default::default()),
                    lifecycle: Ok(Default::default()),
                    name: Ok(Default::default()),
                    origin: Ok(Default::default()),
                    platform: Ok(Default::default()),
                    prod_numeric_grade: Ok(Default::default()),
                    prod_type: Ok(Default::default()),
                    product_manager: Ok(Default::default()),
                    regulations: Ok(Default::default()),
                    sla_configuration: Ok(Default::default()),
                    tags: Ok(Default::default()),
                    team_manager: Ok(Default::default()),
                    technical_contact: Ok(Default::default()),
                    user_records: Ok(Default::default()),
                }
            }
        }
        impl PatchedProductRequest {
            pub fn business_criticality<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::BusinessCriticality>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.business_criticality = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for business_criticality: {e}"
                        )
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
            pub fn disable_sla_breach_notifications<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.disable_sla_breach_notifications = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for disable_sla_breach_notifications: {e}"
                        )
                    });
                self
            }
            pub fn enable_full_risk_acceptance<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.enable_full_risk_acceptance = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for enable_full_risk_acceptance: {e}"
                        )
                    });
                self
            }
            pub fn enable_product_tag_inheritance<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.enable_product_tag_inheritance = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for enable_product_tag_inheritance: {e}"
                        )
                    });
                self
            }
            pub fn enable_simple_risk_acceptance<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.enable_simple_risk_acceptance = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for enable_simple_risk_acceptance: {e}"
                        )
                    });
                self
            }
            pub fn external_audience<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.external_audience = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for external_audience: {e}"
                        )
                    });
                self
            }
            pub fn internet_accessible<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.internet_accessible = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for internet_accessible: {e}"
                        )
                    });
                self
            }
            pub fn lifecycle<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Lifecycle>>,
                T::Error: ::std::fmt::Display,
            {
                self.lifecycle = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for lifecycle: {e}")
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
            pub fn origin<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Origin>>,
                T::Error: ::std::fmt::Display,
            {
                self.origin = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for origin: {e}")
                    });
                self
            }
            pub fn platform<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Platform>>,
                T::Error: ::std::fmt::Display,
            {
                self.platform = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for platform: {e}")
                    });
                self
            }
            pub fn prod_numeric_grade<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.prod_numeric_grade = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for prod_numeric_grade: {e}"
                        )
                    });
                self
            }
            pub fn prod_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.prod_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for prod_type: {e}")
                    });
                self
            }
            pub fn product_manager<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.product_manager = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for product_manager: {e}"
                        )
                    });
                self
            }
            pub fn regulations<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.regulations = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for regulations: {e}")
                    });
                self
            }
            pub fn sla_configuration<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.sla_configuration = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for sla_configuration: {e}"
                        )
                    });
                self
            }
            pub fn tags<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.tags = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for tags: {e}")
                    });
                self
            }
            pub fn team_manager<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.team_manager = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for team_manager: {e}")
                    });
                self
            }
            pub fn technical_contact<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.technical_contact = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for technical_contact: {e}"
                        )
                    });
                self
            }
            pub fn user_records<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.user_records = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for user_records: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<PatchedProductRequest>
        for super::PatchedProductRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PatchedProductRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    business_criticality: value.business_criticality?,
                    description: value.description?,
                    disable_sla_breach_notifications: value
                        .disable_sla_breach_notifications?,
                    enable_full_risk_acceptance: value.enable_full_risk_acceptance?,
                    enable_product_tag_inheritance: value
                        .enable_product_tag_inheritance?,
                    enable_simple_risk_acceptance: value.enable_simple_risk_acceptance?,
                    external_audience: value.external_audience?,
                    internet_accessible: value.internet_accessible?,
                    lifecycle: value.lifecycle?,
                    name: value.name?,
                    origin: value.origin?,
                    platform: value.platform?,
                    prod_numeric_grade: value.prod_numeric_grade?,
                    prod_type: value.prod_type?,
                    product_manager: value.product_manager?,
                    regulations: value.regulations?,
                    sla_configuration: value.sla_configuration?,
                    tags: value.tags?,
                    team_manager: value.team_manager?,
                    technical_contact: value.technical_contact?,
                    user_records: value.user_records?,
                })
            }
        }
        impl ::std::convert::From<super::PatchedProductRequest>
        for PatchedProductRequest {
            fn from(value: super::PatchedProductRequest) -> Self {
                Self {
                    business_criticality: Ok(value.business_criticality),
                    description: Ok(value.description),
                    disable_sla_breach_notifications: Ok(
                        value.disable_sla_breach_notifications,
                    ),
                    enable_full_risk_acceptance: Ok(value.enable_full_risk_acceptance),
                    enable_product_tag_inheritance: Ok(
                        value.enable_product_tag_inheritance,
                    ),
                    enable_simple_risk_acceptance: Ok(
                        value.enable_simple_risk_acceptance,
                    ),
                    external_audience: Ok(value.external_audience),
                    internet_accessible: Ok(value.internet_accessible),
                    lifecycle: Ok(value.lifecycle),
                    name: Ok(value.name),
                    origin: Ok(value.origin),
                    platform: Ok(value.platform),
                    prod_numeric_grade: Ok(value.prod_numeric_grade),
                    prod_type: Ok(value.prod_type),
                    product_manager: Ok(value.product_manager),
                    regulations: Ok(value.regulations),
                    sla_configuration: Ok(value.sla_configuration),
                    tags: Ok(value.tags),
                    team_manager: Ok(value.team_manager),
                    technical_contact: Ok(value.technical_contact),
                    user_records: Ok(value.user_records),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Product {
            authorization_groups: ::std::result::Result<
                ::std::vec::Vec<i64>,
                ::std::string::String,
            >,
            business_criticality: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            created: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            disable_sla_breach_notifications: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            enable_full_risk_acceptance: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            enable_product_tag_inheritance: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            enable_simple_risk_acceptance: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            external_audience: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            findings_count: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            findings_list: ::std::result::Result<
                ::std::vec::Vec<i64>,
                ::std::string::String,
            >,
            id: ::std::result::Result<i64, ::std::string::String>,
            internet_accessible: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            lifecycle: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            members: ::std::result::Result<::std::vec::Vec<i64>, ::std::string::String>,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            origin: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            platform: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            prod_numeric_grade: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            prod_type: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            product_manager: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            regulations: ::std::result::Result<
                ::std::vec::Vec<i64>,
                ::std::string::String,
            >,
            sla_configuration: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            tags: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            team_manager: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            technical_contact: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            user_records: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Product {
            fn default() -> Self {
                Self {
                    authorization_groups: Ok(Default::default()),
                    business_criticality: Ok(Default::default()),
                    created: Ok(Default::default()),
                    description: Ok(Default::default()),
                    disable_sla_breach_notifications: Ok(Default::default()),
                    enable_full_risk_acceptance: Ok(Default::default()),
                    enable_product_tag_inheritance: Ok(Default::default()),
                    enable_simple_risk_acceptance: Ok(Default::default()),
                    external_audience: Ok(Default::default()),
                    findings_count: Ok(Default::default()),
                    findings_list: Ok(Default::default()),
                    id: Err("no value supplied for id".to_string()),
                    internet_accessible: Ok(Default::default()),
                    lifecycle: Ok(Default::default()),
                    members: Ok(Default::default()),
                    name: Ok(Default::default()),
                    origin: Ok(Default::default()),
                    platform: Ok(Default::default()),
                    prod_numeric_grade: Ok(Default::default()),
                    prod_type: Ok(Default::default()),
                    product_manager: Ok(Default::default()),
                    regulations: Ok(Default::default()),
                    sla_configuration: Ok(Default::default()),
                    tags: Ok(Default::default()),
                    team_manager: Ok(Default::default()),
                    technical_contact: Ok(Default::default()),
                    user_records: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl Product {
            pub fn authorization_groups<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.authorization_groups = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for authorization_groups: {e}"
                        )
                    });
                self
            }
            pub fn business_criticality<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.business_criticality = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for business_criticality: {e}"
                        )
                    });
                self
            }
            pub fn created<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.created = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created: {e}")
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
            pub fn disable_sla_breach_notifications<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.disable_sla_breach_notifications = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for disable_sla_breach_notifications: {e}"
                        )
                    });
                self
            }
            pub fn enable_full_risk_acceptance<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.enable_full_risk_acceptance = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for enable_full_risk_acceptance: {e}"
                        )
                    });
                self
            }
            pub fn enable_product_tag_inheritance<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.enable_product_tag_inheritance = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for enable_product_tag_inheritance: {e}"
                        )
                    });
                self
            }
            pub fn enable_simple_risk_acceptance<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.enable_simple_risk_acceptance = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for enable_simple_risk_acceptance: {e}"
                        )
                    });
                self
            }
            pub fn external_audience<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.external_audience = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for external_audience: {e}"
                        )
                    });
                self
            }
            pub fn findings_count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.findings_count = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for findings_count: {e}"
                        )
                    });
                self
            }
            pub fn findings_list<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.findings_list = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for findings_list: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn internet_accessible<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.internet_accessible = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for internet_accessible: {e}"
                        )
                    });
                self
            }
            pub fn lifecycle<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.lifecycle = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for lifecycle: {e}")
                    });
                self
            }
            pub fn members<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.members = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for members: {e}")
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
            pub fn origin<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.origin = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for origin: {e}")
                    });
                self
            }
            pub fn platform<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.platform = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for platform: {e}")
                    });
                self
            }
            pub fn prod_numeric_grade<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.prod_numeric_grade = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for prod_numeric_grade: {e}"
                        )
                    });
                self
            }
            pub fn prod_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.prod_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for prod_type: {e}")
                    });
                self
            }
            pub fn product_manager<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.product_manager = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for product_manager: {e}"
                        )
                    });
                self
            }
            pub fn regulations<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.regulations = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for regulations: {e}")
                    });
                self
            }
            pub fn sla_configuration<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.sla_configuration = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for sla_configuration: {e}"
                        )
                    });
                self
            }
            pub fn tags<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.tags = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for tags: {e}")
                    });
                self
            }
            pub fn team_manager<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.team_manager = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for team_manager: {e}")
                    });
                self
            }
            pub fn technical_contact<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.technical_contact = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for technical_contact: {e}"
                        )
                    });
                self
            }
            pub fn user_records<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.user_records = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for user_records: {e}")
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
        impl ::std::convert::TryFrom<Product> for super::Product {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Product,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    authorization_groups: value.authorization_groups?,
                    business_criticality: value.business_criticality?,
                    created: value.created?,
                    description: value.description?,
                    disable_sla_breach_notifications: value
                        .disable_sla_breach_notifications?,
                    enable_full_risk_acceptance: value.enable_full_risk_acceptance?,
                    enable_product_tag_inheritance: value
                        .enable_product_tag_inheritance?,
                    enable_simple_risk_acceptance: value.enable_simple_risk_acceptance?,
                    external_audience: value.external_audience?,
                    findings_count: value.findings_count?,
                    findings_list: value.findings_list?,
                    id: value.id?,
                    internet_accessible: value.internet_accessible?,
                    lifecycle: value.lifecycle?,
                    members: value.members?,
                    name: value.name?,
                    origin: value.origin?,
                    platform: value.platform?,
                    prod_numeric_grade: value.prod_numeric_grade?,
                    prod_type: value.prod_type?,
                    product_manager: value.product_manager?,
                    regulations: value.regulations?,
                    sla_configuration: value.sla_configuration?,
                    tags: value.tags?,
                    team_manager: value.team_manager?,
                    technical_contact: value.technical_contact?,
                    user_records: value.user_records?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::Product> for Product {
            fn from(value: super::Product) -> Self {
                Self {
                    authorization_groups: Ok(value.authorization_groups),
                    business_criticality: Ok(value.business_criticality),
                    created: Ok(value.created),
                    description: Ok(value.description),
                    disable_sla_breach_notifications: Ok(
                        value.disable_sla_breach_notifications,
                    ),
                    enable_full_risk_acceptance: Ok(value.enable_full_risk_acceptance),
                    enable_product_tag_inheritance: Ok(
                        value.enable_product_tag_inheritance,
                    ),
                    enable_simple_risk_acceptance: Ok(
                        value.enable_simple_risk_acceptance,
                    ),
                    external_audience: Ok(value.external_audience),
                    findings_count: Ok(value.findings_count),
                    findings_list: Ok(value.findings_list),
                    id: Ok(value.id),
                    internet_accessible: Ok(value.internet_accessible),
                    lifecycle: Ok(value.lifecycle),
                    members: Ok(value.members),
                    name: Ok(value.name),
                    origin: Ok(value.origin),
                    platform: Ok(value.platform),
                    prod_numeric_grade: Ok(value.prod_numeric_grade),
                    prod_type: Ok(value.prod_type),
                    product_manager: Ok(value.product_manager),
                    regulations: Ok(value.regulations),
                    sla_configuration: Ok(value.sla_configuration),
                    tags: Ok(value.tags),
                    team_manager: Ok(value.team_manager),
                    technical_contact: Ok(value.technical_contact),
                    user_records: Ok(value.user_records),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ProductRequest {
            business_criticality: ::std::result::Result<
                ::std::option::Option<super::BusinessCriticality>,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            disable_sla_breach_notifications: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            enable_full_risk_acceptance: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            enable_product_tag_inheritance: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            enable_simple_risk_acceptance: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            external_audience: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            internet_accessible: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            lifecycle: ::std::result::Result<
                ::std::option::Option<super::Lifecycle>,
                ::std::string::String,
            >,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            origin: ::std::result::Result<
                ::std::option::Option<super::Origin>,
                ::std::string::String,
            >,
            platform: ::std::result::Result<
                ::std::option::Option<super::Platform>,
                ::std::string::String,
            >,
            prod_numeric_grade: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            prod_type: ::std::result::Result<i64, ::std::string::String>,
            product_manager: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            regulations: ::std::result::Result<
                ::std::vec::Vec<i64>,
                ::std::string::String,
            >,
            sla_configuration: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            tags: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            team_manager: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            technical_contact: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            user_records: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ProductRequest {
            fn default() -> Self {
                Self {
                    business_criticality: Ok(Default::default()),
                    description: Err("no value supplied for description".to_string()),
                    disable_sla_breach_notifications: Ok(Default::default()),
                    enable_full_risk_acceptance: Ok(Default::default()),
                    enable_product_tag_inheritance: Ok(Default::default()),
                    enable_simple_risk_acceptance: Ok(Default::default()),
                    external_audience: Ok(Default::default()),
                    internet_accessible: Ok(Default::default()),
                    lifecycle: Ok(Default::default()),
                    name: Err("no value supplied for name".to_string()),
                    origin: Ok(Default::default()),
                    platform: Ok(Default::default()),
                    prod_numeric_grade: Ok(Default::default()),
                    prod_type: Err("no value supplied for prod_type".to_string()),
                    product_manager: Ok(Default::default()),
                    regulations: Ok(Default::default()),
                    sla_configuration: Ok(Default::default()),
                    tags: Ok(Default::default()),
                    team_manager: Ok(Default::default()),
                    technical_contact: Ok(Default::default()),
                    user_records: Ok(Default::default()),
                }
            }
        }
        impl ProductRequest {
            pub fn business_criticality<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::BusinessCriticality>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.business_criticality = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for business_criticality: {e}"
                        )
                    });
                self
            }
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for description: {e}")
                    });
                self
            }
            pub fn disable_sla_breach_notifications<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.disable_sla_breach_notifications = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for disable_sla_breach_notifications: {e}"
                        )
                    });
                self
            }
            pub fn enable_full_risk_acceptance<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.enable_full_risk_acceptance = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for enable_full_risk_acceptance: {e}"
                        )
                    });
                self
            }
            pub fn enable_product_tag_inheritance<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.enable_product_tag_inheritance = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for enable_product_tag_inheritance: {e}"
                        )
                    });
                self
            }
            pub fn enable_simple_risk_acceptance<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.enable_simple_risk_acceptance = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for enable_simple_risk_acceptance: {e}"
                        )
                    });
                self
            }
            pub fn external_audience<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.external_audience = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for external_audience: {e}"
                        )
                    });
                self
            }
            pub fn internet_accessible<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.internet_accessible = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for internet_accessible: {e}"
                        )
                    });
                self
            }
            pub fn lifecycle<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Lifecycle>>,
                T::Error: ::std::fmt::Display,
            {
                self.lifecycle = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for lifecycle: {e}")
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
            pub fn origin<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Origin>>,
                T::Error: ::std::fmt::Display,
            {
                self.origin = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for origin: {e}")
                    });
                self
            }
            pub fn platform<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Platform>>,
                T::Error: ::std::fmt::Display,
            {
                self.platform = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for platform: {e}")
                    });
                self
            }
            pub fn prod_numeric_grade<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.prod_numeric_grade = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for prod_numeric_grade: {e}"
                        )
                    });
                self
            }
            pub fn prod_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.prod_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for prod_type: {e}")
                    });
                self
            }
            pub fn product_manager<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.product_manager = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for product_manager: {e}"
                        )
                    });
                self
            }
            pub fn regulations<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.regulations = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for regulations: {e}")
                    });
                self
            }
            pub fn sla_configuration<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.sla_configuration = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for sla_configuration: {e}"
                        )
                    });
                self
            }
            pub fn tags<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.tags = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for tags: {e}")
                    });
                self
            }
            pub fn team_manager<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.team_manager = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for team_manager: {e}")
                    });
                self
            }
            pub fn technical_contact<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.technical_contact = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for technical_contact: {e}"
                        )
                    });
                self
            }
            pub fn user_records<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.user_records = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for user_records: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ProductRequest> for super::ProductRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ProductRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    business_criticality: value.business_criticality?,
                    description: value.description?,
                    disable_sla_breach_notifications: value
                        .disable_sla_breach_notifications?,
                    enable_full_risk_acceptance: value.enable_full_risk_acceptance?,
                    enable_product_tag_inheritance: value
                        .enable_product_tag_inheritance?,
                    enable_simple_risk_acceptance: value.enable_simple_risk_acceptance?,
                    external_audience: value.external_audience?,
                    internet_accessible: value.internet_accessible?,
                    lifecycle: value.lifecycle?,
                    name: value.name?,
                    origin: value.origin?,
                    platform: value.platform?,
                    prod_numeric_grade: value.prod_numeric_grade?,
                    prod_type: value.prod_type?,
                    product_manager: value.product_manager?,
                    regulations: value.regulations?,
                    sla_configuration: value.sla_configuration?,
                    tags: value.tags?,
                    team_manager: value.team_manager?,
                    technical_contact: value.technical_contact?,
                    user_records: value.user_records?,
                })
            }
        }
        impl ::std::convert::From<super::ProductRequest> for ProductRequest {
            fn from(value: super::ProductRequest) -> Self {
                Self {
                    business_criticality: Ok(value.business_criticality),
                    description: Ok(value.description),
                    disable_sla_breach_notifications: Ok(
                        value.disable_sla_breach_notifications,
                    ),
                    enable_full_risk_acceptance: Ok(value.enable_full_risk_acceptance),
                    enable_product_tag_inheritance: Ok(
                        value.enable_product_tag_inheritance,
                    ),
                    enable_simple_risk_acceptance: Ok(
                        value.enable_simple_risk_acceptance,
                    ),
                    external_audience: Ok(value.external_audience),
                    internet_accessible: Ok(value.internet_accessible),
                    lifecycle: Ok(value.lifecycle),
                    name: Ok(value.name),
                    origin: Ok(value.origin),
                    platform: Ok(value.platform),
                    prod_numeric_grade: Ok(value.prod_numeric_grade),
                    prod_type: Ok(value.prod_type),
                    product_manager: Ok(value.product_manager),
                    regulations: Ok(value.regulations),
                    sla_configuration: Ok(value.sla_configuration),
                    tags: Ok(value.tags),
                    team_manager: Ok(value.team_manager),
                    technical_contact: Ok(value.technical_contact),
                    user_records: Ok(value.user_records),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ProductType {
            authorization_groups: ::std::result::Result<
                ::std::vec::Vec<i64>,
                ::std::string::String,
            >,
            created: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            critical_product: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            id: ::std::result::Result<i64, ::std::string::String>,
            key_product: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            members: ::std::result::Result<::std::vec::Vec<i64>, ::std::string::String>,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            updated: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ProductType {
            fn default() -> Self {
                Self {
                    authorization_groups: Ok(Default::default()),
                    created: Ok(Default::default()),
                    critical_product: Ok(Default::default()),
                    description: Ok(Default::default()),
                    id: Err("no value supplied for id".to_string()),
                    key_product: Ok(Default::default()),
                    members: Ok(Default::default()),
                    name: Ok(Default::default()),
                    updated: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl ProductType {
            pub fn authorization_groups<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.authorization_groups = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for authorization_groups: {e}"
                        )
                    });
                self
            }
            pub fn created<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.created = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created: {e}")
                    });
                self
            }
            pub fn critical_product<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.critical_product = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for critical_product: {e}"
                        )
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
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn key_product<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.key_product = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for key_product: {e}")
                    });
                self
            }
            pub fn members<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.members = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for members: {e}")
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
            pub fn updated<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.updated = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for updated: {e}")
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
        impl ::std::convert::TryFrom<ProductType> for super::ProductType {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ProductType,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    authorization_groups: value.authorization_groups?,
                    created: value.created?,
                    critical_product: value.critical_product?,
                    description: value.description?,
                    id: value.id?,
                    key_product: value.key_product?,
                    members: value.members?,
                    name: value.name?,
                    updated: value.updated?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::ProductType> for ProductType {
            fn from(value: super::ProductType) -> Self {
                Self {
                    authorization_groups: Ok(value.authorization_groups),
                    created: Ok(value.created),
                    critical_product: Ok(value.critical_product),
                    description: Ok(value.description),
                    id: Ok(value.id),
                    key_product: Ok(value.key_product),
                    members: Ok(value.members),
                    name: Ok(value.name),
                    updated: Ok(value.updated),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ProductTypeRequest {
            critical_product: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            key_product: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for ProductTypeRequest {
            fn default() -> Self {
                Self {
                    critical_product: Ok(Default::default()),
                    description: Ok(Default::default()),
                    key_product: Ok(Default::default()),
                    name: Err("no value supplied for name".to_string()),
                }
            }
        }
        impl ProductTypeRequest {
            pub fn critical_product<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.critical_product = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for critical_product: {e}"
                        )
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
            pub fn key_product<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.key_product = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for key_product: {e}")
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
        }
        impl ::std::convert::TryFrom<ProductTypeRequest> for super::ProductTypeRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ProductTypeRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    critical_product: value.critical_product?,
                    description: value.description?,
                    key_product: value.key_product?,
                    name: value.name?,
                })
            }
        }
        impl ::std::convert::From<super::ProductTypeRequest> for ProductTypeRequest {
            fn from(value: super::ProductTypeRequest) -> Self {
                Self {
                    critical_product: Ok(value.critical_product),
                    description: Ok(value.description),
                    key_product: Ok(value.key_product),
                    name: Ok(value.name),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ReImportScan {
            active: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            branch_tag: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            build_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            close_old_findings: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            commit_hash: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            do_not_reactivate: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            engagement_id: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            engagement_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            minimum_severity: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            product_id: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            product_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            product_type_id: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            product_type_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            scan_date: ::std::result::Result<
                ::std::option::Option<::chrono::naive::NaiveDate>,
                ::std::string::String,
            >,
            scan_type: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            statistics: ::std::result::Result<
                ::std::option::Option<super::ImportStatistics>,
                ::std::string::String,
            >,
            tags: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            test: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            test_id: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            test_title: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            verified: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            version: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ReImportScan {
            fn default() -> Self {
                Self {
                    active: Ok(Default::default()),
                    branch_tag: Ok(Default::default()),
                    build_id: Ok(Default::default()),
                    close_old_findings: Ok(Default::default()),
                    commit_hash: Ok(Default::default()),
                    do_not_reactivate: Ok(Default::default()),
                    engagement_id: Ok(Default::default()),
                    engagement_name: Ok(Default::default()),
                    minimum_severity: Ok(Default::default()),
                    product_id: Ok(Default::default()),
                    product_name: Ok(Default::default()),
                    product_type_id: Ok(Default::default()),
                    product_type_name: Ok(Default::default()),
                    scan_date: Ok(Default::default()),
                    scan_type: Ok(Default::default()),
                    statistics: Ok(Default::default()),
                    tags: Ok(Default::default()),
                    test: Ok(Default::default()),
                    test_id: Ok(Default::default()),
                    test_title: Ok(Default::default()),
                    verified: Ok(Default::default()),
                    version: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl ReImportScan {
            pub fn active<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.active = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for active: {e}")
                    });
                self
            }
            pub fn branch_tag<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.branch_tag = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for branch_tag: {e}")
                    });
                self
            }
            pub fn build_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.build_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for build_id: {e}")
                    });
                self
            }
            pub fn close_old_findings<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.close_old_findings = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for close_old_findings: {e}"
                        )
                    });
                self
            }
            pub fn commit_hash<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.commit_hash = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for commit_hash: {e}")
                    });
                self
            }
            pub fn do_not_reactivate<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.do_not_reactivate = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for do_not_reactivate: {e}"
                        )
                    });
                self
            }
            pub fn engagement_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.engagement_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for engagement_id: {e}")
                    });
                self
            }
            pub fn engagement_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.engagement_name = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for engagement_name: {e}"
                        )
                    });
                self
            }
            pub fn minimum_severity<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.minimum_severity = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for minimum_severity: {e}"
                        )
                    });
                self
            }
            pub fn product_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.product_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for product_id: {e}")
                    });
                self
            }
            pub fn product_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.product_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for product_name: {e}")
                    });
                self
            }
            pub fn product_type_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.product_type_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for product_type_id: {e}"
                        )
                    });
                self
            }
            pub fn product_type_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.product_type_name = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for product_type_name: {e}"
                        )
                    });
                self
            }
            pub fn scan_date<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::naive::NaiveDate>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.scan_date = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for scan_date: {e}")
                    });
                self
            }
            pub fn scan_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.scan_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for scan_type: {e}")
                    });
                self
            }
            pub fn statistics<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::ImportStatistics>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.statistics = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for statistics: {e}")
                    });
                self
            }
            pub fn tags<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.tags = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for tags: {e}")
                    });
                self
            }
            pub fn test<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.test = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for test: {e}")
                    });
                self
            }
            pub fn test_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.test_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for test_id: {e}")
                    });
                self
            }
            pub fn test_title<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.test_title = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for test_title: {e}")
                    });
                self
            }
            pub fn verified<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.verified = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for verified: {e}")
                    });
                self
            }
            pub fn version<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.version = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for version: {e}")
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
        impl ::std::convert::TryFrom<ReImportScan> for super::ReImportScan {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ReImportScan,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    active: value.active?,
                    branch_tag: value.branch_tag?,
                    build_id: value.build_id?,
                    close_old_findings: value.close_old_findings?,
                    commit_hash: value.commit_hash?,
                    do_not_reactivate: value.do_not_reactivate?,
                    engagement_id: value.engagement_id?,
                    engagement_name: value.engagement_name?,
                    minimum_severity: value.minimum_severity?,
                    product_id: value.product_id?,
                    product_name: value.product_name?,
                    product_type_id: value.product_type_id?,
                    product_type_name: value.product_type_name?,
                    scan_date: value.scan_date?,
                    scan_type: value.scan_type?,
                    statistics: value.statistics?,
                    tags: value.tags?,
                    test: value.test?,
                    test_id: value.test_id?,
                    test_title: value.test_title?,
                    verified: value.verified?,
                    version: value.version?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::ReImportScan> for ReImportScan {
            fn from(value: super::ReImportScan) -> Self {
                Self {
                    active: Ok(value.active),
                    branch_tag: Ok(value.branch_tag),
                    build_id: Ok(value.build_id),
                    close_old_findings: Ok(value.close_old_findings),
                    commit_hash: Ok(value.commit_hash),
                    do_not_reactivate: Ok(value.do_not_reactivate),
                    engagement_id: Ok(value.engagement_id),
                    engagement_name: Ok(value.engagement_name),
                    minimum_severity: Ok(value.minimum_severity),
                    product_id: Ok(value.product_id),
                    product_name: Ok(value.product_name),
                    product_type_id: Ok(value.product_type_id),
                    product_type_name: Ok(value.product_type_name),
                    scan_date: Ok(value.scan_date),
                    scan_type: Ok(value.scan_type),
                    statistics: Ok(value.statistics),
                    tags: Ok(value.tags),
                    test: Ok(value.test),
                    test_id: Ok(value.test_id),
                    test_title: Ok(value.test_title),
                    verified: Ok(value.verified),
                    version: Ok(value.version),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ReImportScanRequest {
            active: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            api_scan_configuration: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            apply_tags_to_endpoints: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            apply_tags_to_findings: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            auto_create_context: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            branch_tag: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            build_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            close_old_findings: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            close_old_findings_product_scope: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            commit_hash: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            create_finding_groups_for_all_findings: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            deduplication_on_engagement: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            do_not_reactivate: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            endpoint_to_add: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            engagement_end_date: ::std::result::Result<
                ::std::option::Option<::chrono::naive::NaiveDate>,
                ::std::string::String,
            >,
            engagement_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            environment: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            file: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            group_by: ::std::result::Result<
                ::std::option::Option<super::GroupBy>,
                ::std::string::String,
            >,
            lead: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            minimum_severity: ::std::result::Result<
                ::std::option::Option<super::Severity>,
                ::std::string::String,
            >,
            product_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            product_type_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            push_to_jira: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            scan_date: ::std::result::Result<
                ::std::option::Option<::chrono::naive::NaiveDate>,
                ::std::string::String,
            >,
            scan_type: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            service: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            source_code_management_uri: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            tags: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            test: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            test_title: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            verified: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            version: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ReImportScanRequest {
            fn default() -> Self {
                Self {
                    active: Ok(Default::default()),
                    api_scan_configuration: Ok(Default::default()),
                    apply_tags_to_endpoints: Ok(Default::default()),
                    apply_tags_to_findings: Ok(Default::default()),
                    auto_create_context: Ok(Default::default()),
                    branch_tag: Ok(Default::default()),
                    build_id: Ok(Default::default()),
                    close_old_findings: Ok(Default::default()),
                    close_old_findings_product_scope: Ok(Default::default()),
                    commit_hash: Ok(Default::default()),
                    create_finding_groups_for_all_findings: Ok(Default::default()),
                    deduplication_on_engagement: Ok(Default::default()),
                    do_not_reactivate: Ok(Default::default()),
                    endpoint_to_add: Ok(Default::default()),
                    engagement_end_date: Ok(Default::default()),
                    engagement_name: Ok(Default::default()),
                    environment: Ok(Default::default()),
                    file: Ok(Default::default()),
                    group_by: Ok(Default::default()),
                    lead: Ok(Default::default()),
                    minimum_severity: Ok(Default::default()),
                    product_name: Ok(Default::default()),
                    product_type_name: Ok(Default::default()),
                    push_to_jira: Ok(Default::default()),
                    scan_date: Ok(Default::default()),
                    scan_type: Err("no value supplied for scan_type".to_string()),
                    service: Ok(Default::default()),
                    source_code_management_uri: Ok(Default::default()),
                    tags: Ok(Default::default()),
                    test: Ok(Default::default()),
                    test_title: Ok(Default::default()),
                    verified: Ok(Default::default()),
                    version: Ok(Default::default()),
                }
            }
        }
        impl ReImportScanRequest {
            pub fn active<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.active = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for active: {e}")
                    });
                self
            }
            pub fn api_scan_configuration<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.api_scan_configuration = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for api_scan_configuration: {e}"
                        )
                    });
                self
            }
            pub fn apply_tags_to_endpoints<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.apply_tags_to_endpoints = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for apply_tags_to_endpoints: {e}"
                        )
                    });
                self
            }
            pub fn apply_tags_to_findings<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.apply_tags_to_findings = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for apply_tags_to_findings: {e}"
                        )
                    });
                self
            }
            pub fn auto_create_context<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.auto_create_context = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for auto_create_context: {e}"
                        )
                    });
                self
            }
            pub fn branch_tag<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.branch_tag = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for branch_tag: {e}")
                    });
                self
            }
            pub fn build_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.build_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for build_id: {e}")
                    });
                self
            }
            pub fn close_old_findings<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.close_old_findings = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for close_old_findings: {e}"
                        )
                    });
                self
            }
            pub fn close_old_findings_product_scope<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.close_old_findings_product_scope = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for close_old_findings_product_scope: {e}"
                        )
                    });
                self
            }
            pub fn commit_hash<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.commit_hash = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for commit_hash: {e}")
                    });
                self
            }
            pub fn create_finding_groups_for_all_findings<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.create_finding_groups_for_all_findings = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for create_finding_groups_for_all_findings: {e}"
                        )
                    });
                self
            }
            pub fn deduplication_on_engagement<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.deduplication_on_engagement = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for deduplication_on_engagement: {e}"
                        )
                    });
                self
            }
            pub fn do_not_reactivate<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.do_not_reactivate = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for do_not_reactivate: {e}"
                        )
                    });
                self
            }
            pub fn endpoint_to_add<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.endpoint_to_add = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for endpoint_to_add: {e}"
                        )
                    });
                self
            }
            pub fn engagement_end_date<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::naive::NaiveDate>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.engagement_end_date = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for engagement_end_date: {e}"
                        )
                    });
                self
            }
            pub fn engagement_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.engagement_name = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for engagement_name: {e}"
                        )
                    });
                self
            }
            pub fn environment<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.environment = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for environment: {e}")
                    });
                self
            }
            pub fn file<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.file = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for file: {e}")
                    });
                self
            }
            pub fn group_by<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::GroupBy>>,
                T::Error: ::std::fmt::Display,
            {
                self.group_by = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for group_by: {e}")
                    });
                self
            }
            pub fn lead<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.lead = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for lead: {e}")
                    });
                self
            }
            pub fn minimum_severity<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Severity>>,
                T::Error: ::std::fmt::Display,
            {
                self.minimum_severity = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for minimum_severity: {e}"
                        )
                    });
                self
            }
            pub fn product_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.product_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for product_name: {e}")
                    });
                self
            }
            pub fn product_type_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.product_type_name = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for product_type_name: {e}"
                        )
                    });
                self
            }
            pub fn push_to_jira<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.push_to_jira = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for push_to_jira: {e}")
                    });
                self
            }
            pub fn scan_date<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::naive::NaiveDate>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.scan_date = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for scan_date: {e}")
                    });
                self
            }
            pub fn scan_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.scan_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for scan_type: {e}")
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
            pub fn source_code_management_uri<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.source_code_management_uri = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for source_code_management_uri: {e}"
                        )
                    });
                self
            }
            pub fn tags<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.tags = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for tags: {e}")
                    });
                self
            }
            pub fn test<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.test = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for test: {e}")
                    });
                self
            }
            pub fn test_title<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.test_title = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for test_title: {e}")
                    });
                self
            }
            pub fn verified<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.verified = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for verified: {e}")
                    });
                self
            }
            pub fn version<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.version = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for version: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ReImportScanRequest>
        for super::ReImportScanRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ReImportScanRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    active: value.active?,
                    api_scan_configuration: value.api_scan_configuration?,
                    apply_tags_to_endpoints: value.apply_tags_to_endpoints?,
                    apply_tags_to_findings: value.apply_tags_to_findings?,
                    auto_create_context: value.auto_create_context?,
                    branch_tag: value.branch_tag?,
                    build_id: value.build_id?,
                    close_old_findings: value.close_old_findings?,
                    close_old_findings_product_scope: value
                        .close_old_findings_product_scope?,
                    commit_hash: value.commit_hash?,
                    create_finding_groups_for_all_findings: value
                        .create_finding_groups_for_all_findings?,
                    deduplication_on_engagement: value.deduplication_on_engagement?,
                    do_not_reactivate: value.do_not_reactivate?,
                    endpoint_to_add: value.endpoint_to_add?,
                    engagement_end_date: value.engagement_end_date?,
                    engagement_name: value.engagement_name?,
                    environment: value.environment?,
                    file: value.file?,
                    group_by: value.group_by?,
                    lead: value.lead?,
                    minimum_severity: value.minimum_severity?,
                    product_name: value.product_name?,
                    product_type_name: value.product_type_name?,
                    push_to_jira: value.push_to_jira?,
                    scan_date: value.scan_date?,
                    scan_type: value.scan_type?,
                    service: value.service?,
                    source_code_management_uri: value.source_code_management_uri?,
                    tags: value.tags?,
                    test: value.test?,
                    test_title: value.test_title?,
                    verified: value.verified?,
                    version: value.version?,
                })
            }
        }
        impl ::std::convert::From<super::ReImportScanRequest> for ReImportScanRequest {
            fn from(value: super::ReImportScanRequest) -> Self {
                Self {
                    active: Ok(value.active),
                    api_scan_configuration: Ok(value.api_scan_configuration),
                    apply_tags_to_endpoints: Ok(value.apply_tags_to_endpoints),
                    apply_tags_to_findings: Ok(value.apply_tags_to_findings),
                    auto_create_context: Ok(value.auto_create_context),
                    branch_tag: Ok(value.branch_tag),
                    build_id: Ok(value.build_id),
                    close_old_findings: Ok(value.close_old_findings),
                    close_old_findings_product_scope: Ok(
                        value.close_old_findings_product_scope,
                    ),
                    commit_hash: Ok(value.commit_hash),
                    create_finding_groups_for_all_findings: Ok(
                        value.create_finding_groups_for_all_findings,
                    ),
                    deduplication_on_engagement: Ok(value.deduplication_on_engagement),
                    do_not_reactivate: Ok(value.do_not_reactivate),
                    endpoint_to_add: Ok(value.endpoint_to_add),
                    engagement_end_date: Ok(value.engagement_end_date),
                    engagement_name: Ok(value.engagement_name),
                    environment: Ok(value.environment),
                    file: Ok(value.file),
                    group_by: Ok(value.group_by),
                    lead: Ok(value.lead),
                    minimum_severity: Ok(value.minimum_severity),
                    product_name: Ok(value.product_name),
                    product_type_name: Ok(value.product_type_name),
                    push_to_jira: Ok(value.push_to_jira),
                    scan_date: Ok(value.scan_date),
                    scan_type: Ok(value.scan_type),
                    service: Ok(value.service),
                    source_code_management_uri: Ok(value.source_code_management_uri),
                    tags: Ok(value.tags),
                    test: Ok(value.test),
                    test_title: Ok(value.test_title),
                    verified: Ok(value.verified),
                    version: Ok(value.version),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SeverityStatusStatistics {
            critical: ::std::result::Result<
                ::std::option::Option<super::StatusStatistics>,
                ::std::string::String,
            >,
            high: ::std::result::Result<
                ::std::option::Option<super::StatusStatistics>,
                ::std::string::String,
            >,
            info: ::std::result::Result<
                ::std::option::Option<super::StatusStatistics>,
                ::std::string::String,
            >,
            low: ::std::result::Result<
                ::std::option::Option<super::StatusStatistics>,
                ::std::string::String,
            >,
            medium: ::std::result::Result<
                ::std::option::Option<super::StatusStatistics>,
                ::std::string::String,
            >,
            total: ::std::result::Result<
                ::std::option::Option<super::StatusStatistics>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for SeverityStatusStatistics {
            fn default() -> Self {
                Self {
                    critical: Ok(Default::default()),
                    high: Ok(Default::default()),
                    info: Ok(Default::default()),
                    low: Ok(Default::default()),
                    medium: Ok(Default::default()),
                    total: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl SeverityStatusStatistics {
            pub fn critical<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::StatusStatistics>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.critical = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for critical: {e}")
                    });
                self
            }
            pub fn high<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::StatusStatistics>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.high = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for high: {e}")
                    });
                self
            }
            pub fn info<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::StatusStatistics>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.info = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for info: {e}")
                    });
                self
            }
            pub fn low<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::StatusStatistics>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.low = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for low: {e}")
                    });
                self
            }
            pub fn medium<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::StatusStatistics>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.medium = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for medium: {e}")
                    });
                self
            }
            pub fn total<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::StatusStatistics>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.total = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for total: {e}")
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
        impl ::std::convert::TryFrom<SeverityStatusStatistics>
        for super::SeverityStatusStatistics {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SeverityStatusStatistics,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    critical: value.critical?,
                    high: value.high?,
                    info: value.info?,
                    low: value.low?,
                    medium: value.medium?,
                    total: value.total?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::SeverityStatusStatistics>
        for SeverityStatusStatistics {
            fn from(value: super::SeverityStatusStatistics) -> Self {
                Self {
                    critical: Ok(value.critical),
                    high: Ok(value.high),
                    info: Ok(value.info),
                    low: Ok(value.low),
                    medium: Ok(value.medium),
                    total: Ok(value.total),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct StatusStatistics {
            active: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            duplicate: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            false_p: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            is_mitigated: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            out_of_scope: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            risk_accepted: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            total: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            verified: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for StatusStatistics {
            fn default() -> Self {
                Self {
                    active: Ok(Default::default()),
                    duplicate: Ok(Default::default()),
                    false_p: Ok(Default::default()),
                    is_mitigated: Ok(Default::default()),
                    out_of_scope: Ok(Default::default()),
                    risk_accepted: Ok(Default::default()),
                    total: Ok(Default::default()),
                    verified: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl StatusStatistics {
            pub fn active<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.active = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for active: {e}")
                    });
                self
            }
            pub fn duplicate<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.duplicate = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for duplicate: {e}")
                    });
                self
            }
            pub fn false_p<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.false_p = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for false_p: {e}")
                    });
                self
            }
            pub fn is_mitigated<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.is_mitigated = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for is_mitigated: {e}")
                    });
                self
            }
            pub fn out_of_scope<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.out_of_scope = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for out_of_scope: {e}")
                    });
                self
            }
            pub fn risk_accepted<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.risk_accepted = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for risk_accepted: {e}")
                    });
                self
            }
            pub fn total<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.total = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for total: {e}")
                    });
                self
            }
            pub fn verified<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.verified = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for verified: {e}")
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
        impl ::std::convert::TryFrom<StatusStatistics> for super::StatusStatistics {
            type Error = super::error::ConversionError;
            fn try_from(
                value: StatusStatistics,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    active: value.active?,
                    duplicate: value.duplicate?,
                    false_p: value.false_p?,
                    is_mitigated: value.is_mitigated?,
                    out_of_scope: value.out_of_scope?,
                    risk_accepted: value.risk_accepted?,
                    total: value.total?,
                    verified: value.verified?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::StatusStatistics> for StatusStatistics {
            fn from(value: super::StatusStatistics) -> Self {
                Self {
                    active: Ok(value.active),
                    duplicate: Ok(value.duplicate),
                    false_p: Ok(value.false_p),
                    is_mitigated: Ok(value.is_mitigated),
                    out_of_scope: Ok(value.out_of_scope),
                    risk_accepted: Ok(value.risk_accepted),
                    total: Ok(value.total),
                    verified: Ok(value.verified),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Test {
            branch_tag: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            build_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            commit_hash: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            created: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            engagement: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            environment: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            id: ::std::result::Result<i64, ::std::string::String>,
            lead: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            percent_complete: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            scan_type: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            tags: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            target_end: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            target_start: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            test_type: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            test_type_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            title: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            updated: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            version: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Test {
            fn default() -> Self {
                Self {
                    branch_tag: Ok(Default::default()),
                    build_id: Ok(Default::default()),
                    commit_hash: Ok(Default::default()),
                    created: Ok(Default::default()),
                    description: Ok(Default::default()),
                    engagement: Ok(Default::default()),
                    environment: Ok(Default::default()),
                    id: Err("no value supplied for id".to_string()),
                    lead: Ok(Default::default()),
                    percent_complete: Ok(Default::default()),
                    scan_type: Ok(Default::default()),
                    tags: Ok(Default::default()),
                    target_end: Ok(Default::default()),
                    target_start: Ok(Default::default()),
                    test_type: Ok(Default::default()),
                    test_type_name: Ok(Default::default()),
                    title: Ok(Default::default()),
                    updated: Ok(Default::default()),
                    version: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl Test {
            pub fn branch_tag<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.branch_tag = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for branch_tag: {e}")
                    });
                self
            }
            pub fn build_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.build_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for build_id: {e}")
                    });
                self
            }
            pub fn commit_hash<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.commit_hash = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for commit_hash: {e}")
                    });
                self
            }
            pub fn created<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.created = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created: {e}")
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
            pub fn engagement<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.engagement = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for engagement: {e}")
                    });
                self
            }
            pub fn environment<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.environment = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for environment: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn lead<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.lead = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for lead: {e}")
                    });
                self
            }
            pub fn percent_complete<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.percent_complete = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for percent_complete: {e}"
                        )
                    });
                self
            }
            pub fn scan_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.scan_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for scan_type: {e}")
                    });
                self
            }
            pub fn tags<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.tags = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for tags: {e}")
                    });
                self
            }
            pub fn target_end<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.target_end = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for target_end: {e}")
                    });
                self
            }
            pub fn target_start<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.target_start = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for target_start: {e}")
                    });
                self
            }
            pub fn test_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.test_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for test_type: {e}")
                    });
                self
            }
            pub fn test_type_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.test_type_name = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for test_type_name: {e}"
                        )
                    });
                self
            }
            pub fn title<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.title = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for title: {e}")
                    });
                self
            }
            pub fn updated<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.updated = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for updated: {e}")
                    });
                self
            }
            pub fn version<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.version = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for version: {e}")
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
        impl ::std::convert::TryFrom<Test> for super::Test {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Test,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    branch_tag: value.branch_tag?,
                    build_id: value.build_id?,
                    commit_hash: value.commit_hash?,
                    created: value.created?,
                    description: value.description?,
                    engagement: value.engagement?,
                    environment: value.environment?,
                    id: value.id?,
                    lead: value.lead?,
                    percent_complete: value.percent_complete?,
                    scan_type: value.scan_type?,
                    tags: value.tags?,
                    target_end: value.target_end?,
                    target_start: value.target_start?,
                    test_type: value.test_type?,
                    test_type_name: value.test_type_name?,
                    title: value.title?,
                    updated: value.updated?,
                    version: value.version?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::Test> for Test {
            fn from(value: super::Test) -> Self {
                Self {
                    branch_tag: Ok(value.branch_tag),
                    build_id: Ok(value.build_id),
                    commit_hash: Ok(value.commit_hash),
                    created: Ok(value.created),
                    description: Ok(value.description),
                    engagement: Ok(value.engagement),
                    environment: Ok(value.environment),
                    id: Ok(value.id),
                    lead: Ok(value.lead),
                    percent_complete: Ok(value.percent_complete),
                    scan_type: Ok(value.scan_type),
                    tags: Ok(value.tags),
                    target_end: Ok(value.target_end),
                    target_start: Ok(value.target_start),
                    test_type: Ok(value.test_type),
                    test_type_name: Ok(value.test_type_name),
                    title: Ok(value.title),
                    updated: Ok(value.updated),
                    version: Ok(value.version),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct TestCreate {
            branch_tag: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            build_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            commit_hash: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            created: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            engagement: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            environment: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            id: ::std::result::Result<i64, ::std::string::String>,
            lead: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            percent_complete: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            scan_type: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            tags: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            target_end: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            target_start: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            test_type: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            title: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            updated: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            version: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for TestCreate {
            fn default() -> Self {
                Self {
                    branch_tag: Ok(Default::default()),
                    build_id: Ok(Default::default()),
                    commit_hash: Ok(Default::default()),
                    created: Ok(Default::default()),
                    description: Ok(Default::default()),
                    engagement: Ok(Default::default()),
                    environment: Ok(Default::default()),
                    id: Err("no value supplied for id".to_string()),
                    lead: Ok(Default::default()),
                    percent_complete: Ok(Default::default()),
                    scan_type: Ok(Default::default()),
                    tags: Ok(Default::default()),
                    target_end: Ok(Default::default()),
                    target_start: Ok(Default::default()),
                    test_type: Ok(Default::default()),
                    title: Ok(Default::default()),
                    updated: Ok(Default::default()),
                    version: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl TestCreate {
            pub fn branch_tag<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.branch_tag = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for branch_tag: {e}")
                    });
                self
            }
            pub fn build_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.build_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for build_id: {e}")
                    });
                self
            }
            pub fn commit_hash<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.commit_hash = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for commit_hash: {e}")
                    });
                self
            }
            pub fn created<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.created = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created: {e}")
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
            pub fn engagement<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.engagement = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for engagement: {e}")
                    });
                self
            }
            pub fn environment<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.environment = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for environment: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn lead<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.lead = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for lead: {e}")
                    });
                self
            }
            pub fn percent_complete<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.percent_complete = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for percent_complete: {e}"
                        )
                    });
                self
            }
            pub fn scan_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.scan_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for scan_type: {e}")
                    });
                self
            }
            pub fn tags<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.tags = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for tags: {e}")
                    });
                self
            }
            pub fn target_end<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.target_end = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for target_end: {e}")
                    });
                self
            }
            pub fn target_start<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.target_start = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for target_start: {e}")
                    });
                self
            }
            pub fn test_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.test_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for test_type: {e}")
                    });
                self
            }
            pub fn title<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.title = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for title: {e}")
                    });
                self
            }
            pub fn updated<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.updated = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for updated: {e}")
                    });
                self
            }
            pub fn version<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.version = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for version: {e}")
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
        impl ::std::convert::TryFrom<TestCreate> for super::TestCreate {
            type Error = super::error::ConversionError;
            fn try_from(
                value: TestCreate,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    branch_tag: value.branch_tag?,
                    build_id: value.build_id?,
                    commit_hash: value.commit_hash?,
                    created: value.created?,
                    description: value.description?,
                    engagement: value.engagement?,
                    environment: value.environment?,
                    id: value.id?,
                    lead: value.lead?,
                    percent_complete: value.percent_complete?,
                    scan_type: value.scan_type?,
                    tags: value.tags?,
                    target_end: value.target_end?,
                    target_start: value.target_start?,
                    test_type: value.test_type?,
                    title: value.title?,
                    updated: value.updated?,
                    version: value.version?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::TestCreate> for TestCreate {
            fn from(value: super::TestCreate) -> Self {
                Self {
                    branch_tag: Ok(value.branch_tag),
                    build_id: Ok(value.build_id),
                    commit_hash: Ok(value.commit_hash),
                    created: Ok(value.created),
                    description: Ok(value.description),
                    engagement: Ok(value.engagement),
                    environment: Ok(value.environment),
                    id: Ok(value.id),
                    lead: Ok(value.lead),
                    percent_complete: Ok(value.percent_complete),
                    scan_type: Ok(value.scan_type),
                    tags: Ok(value.tags),
                    target_end: Ok(value.target_end),
                    target_start: Ok(value.target_start),
                    test_type: Ok(value.test_type),
                    title: Ok(value.title),
                    updated: Ok(value.updated),
                    version: Ok(value.version),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct TestCreateRequest {
            branch_tag: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            build_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            commit_hash: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            engagement: ::std::result::Result<i64, ::std::string::String>,
            environment: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            lead: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            percent_complete: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            scan_type: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            tags: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            target_end: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            target_start: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            test_type: ::std::result::Result<i64, ::std::string::String>,
            title: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            version: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for TestCreateRequest {
            fn default() -> Self {
                Self {
                    branch_tag: Ok(Default::default()),
                    build_id: Ok(Default::default()),
                    commit_hash: Ok(Default::default()),
                    description: Ok(Default::default()),
                    engagement: Err("no value supplied for engagement".to_string()),
                    environment: Ok(Default::default()),
                    lead: Ok(Default::default()),
                    percent_complete: Ok(Default::default()),
                    scan_type: Ok(Default::default()),
                    tags: Ok(Default::default()),
                    target_end: Err("no value supplied for target_end".to_string()),
                    target_start: Err("no value supplied for target_start".to_string()),
                    test_type: Err("no value supplied for test_type".to_string()),
                    title: Ok(Default::default()),
                    version: Ok(Default::default()),
                }
            }
        }
        impl TestCreateRequest {
            pub fn branch_tag<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.branch_tag = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for branch_tag: {e}")
                    });
                self
            }
            pub fn build_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.build_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for build_id: {e}")
                    });
                self
            }
            pub fn commit_hash<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.commit_hash = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for commit_hash: {e}")
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
            pub fn engagement<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.engagement = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for engagement: {e}")
                    });
                self
            }
            pub fn environment<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.environment = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for environment: {e}")
                    });
                self
            }
            pub fn lead<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.lead = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for lead: {e}")
                    });
                self
            }
            pub fn percent_complete<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.percent_complete = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for percent_complete: {e}"
                        )
                    });
                self
            }
            pub fn scan_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.scan_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for scan_type: {e}")
                    });
                self
            }
            pub fn tags<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.tags = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for tags: {e}")
                    });
                self
            }
            pub fn target_end<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.target_end = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for target_end: {e}")
                    });
                self
            }
            pub fn target_start<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.target_start = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for target_start: {e}")
                    });
                self
            }
            pub fn test_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.test_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for test_type: {e}")
                    });
                self
            }
            pub fn title<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.title = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for title: {e}")
                    });
                self
            }
            pub fn version<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.version = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for version: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<TestCreateRequest> for super::TestCreateRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: TestCreateRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    branch_tag: value.branch_tag?,
                    build_id: value.build_id?,
                    commit_hash: value.commit_hash?,
                    description: value.description?,
                    engagement: value.engagement?,
                    environment: value.environment?,
                    lead: value.lead?,
                    percent_complete: value.percent_complete?,
                    scan_type: value.scan_type?,
                    tags: value.tags?,
                    target_end: value.target_end?,
                    target_start: value.target_start?,
                    test_type: value.test_type?,
                    title: value.title?,
                    version: value.version?,
                })
            }
        }
        impl ::std::convert::From<super::TestCreateRequest> for TestCreateRequest {
            fn from(value: super::TestCreateRequest) -> Self {
                Self {
                    branch_tag: Ok(value.branch_tag),
                    build_id: Ok(value.build_id),
                    commit_hash: Ok(value.commit_hash),
                    description: Ok(value.description),
                    engagement: Ok(value.engagement),
                    environment: Ok(value.environment),
                    lead: Ok(value.lead),
                    percent_complete: Ok(value.percent_complete),
                    scan_type: Ok(value.scan_type),
                    tags: Ok(value.tags),
                    target_end: Ok(value.target_end),
                    target_start: Ok(value.target_start),
                    test_type: Ok(value.test_type),
                    title: Ok(value.title),
                    version: Ok(value.version),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct TestType {
            active: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            dynamic_tool: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            id: ::std::result::Result<i64, ::std::string::String>,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            static_tool: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for TestType {
            fn default() -> Self {
                Self {
                    active: Ok(Default::default()),
                    dynamic_tool: Ok(Default::default()),
                    id: Err("no value supplied for id".to_string()),
                    name: Ok(Default::default()),
                    static_tool: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl TestType {
            pub fn active<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.active = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for active: {e}")
                    });
                self
            }
            pub fn dynamic_tool<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.dynamic_tool = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for dynamic_tool: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
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
            pub fn static_tool<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.static_tool = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for static_tool: {e}")
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
        impl ::std::convert::TryFrom<TestType> for super::TestType {
            type Error = super::error::ConversionError;
            fn try_from(
                value: TestType,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    active: value.active?,
                    dynamic_tool: value.dynamic_tool?,
                    id: value.id?,
                    name: value.name?,
                    static_tool: value.static_tool?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::TestType> for TestType {
            fn from(value: super::TestType) -> Self {
                Self {
                    active: Ok(value.active),
                    dynamic_tool: Ok(value.dynamic_tool),
                    id: Ok(value.id),
                    name: Ok(value.name),
                    static_tool: Ok(value.static_tool),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct User {
            date_joined: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            email: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            first_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            id: ::std::result::Result<i64, ::std::string::String>,
            is_active: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            is_superuser: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            last_login: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            last_name: ::std::result::Result<
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
        impl ::std::default::Default for User {
            fn default() -> Self {
                Self {
                    date_joined: Ok(Default::default()),
                    email: Ok(Default::default()),
                    first_name: Ok(Default::default()),
                    id: Err("no value supplied for id".to_string()),
                    is_active: Ok(Default::default()),
                    is_superuser: Ok(Default::default()),
                    last_login: Ok(Default::default()),
                    last_name: Ok(Default::default()),
                    username: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl User {
            pub fn date_joined<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.date_joined = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for date_joined: {e}")
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
            pub fn first_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.first_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for first_name: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn is_active<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.is_active = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for is_active: {e}")
                    });
                self
            }
            pub fn is_superuser<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.is_superuser = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for is_superuser: {e}")
                    });
                self
            }
            pub fn last_login<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.last_login = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for last_login: {e}")
                    });
                self
            }
            pub fn last_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.last_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for last_name: {e}")
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
        impl ::std::convert::TryFrom<User> for super::User {
            type Error = super::error::ConversionError;
            fn try_from(
                value: User,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    date_joined: value.date_joined?,
                    email: value.email?,
                    first_name: value.first_name?,
                    id: value.id?,
                    is_active: value.is_active?,
                    is_superuser: value.is_superuser?,
                    last_login: value.last_login?,
                    last_name: value.last_name?,
                    username: value.username?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::User> for User {
            fn from(value: super::User) -> Self {
                Self {
                    date_joined: Ok(value.date_joined),
                    email: Ok(value.email),
                    first_name: Ok(value.first_name),
                    id: Ok(value.id),
                    is_active: Ok(value.is_active),
                    is_superuser: Ok(value.is_superuser),
                    last_login: Ok(value.last_login),
                    last_name: Ok(value.last_name),
                    username: Ok(value.username),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct UserStub {
            first_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            id: ::std::result::Result<i64, ::std::string::String>,
            last_name: ::std::result::Result<
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
        impl ::std::default::Default for UserStub {
            fn default() -> Self {
                Self {
                    first_name: Ok(Default::default()),
                    id: Err("no value supplied for id".to_string()),
                    last_name: Ok(Default::default()),
                    username: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl UserStub {
            pub fn first_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.first_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for first_name: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn last_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.last_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for last_name: {e}")
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
        impl ::std::convert::TryFrom<UserStub> for super::UserStub {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UserStub,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    first_name: value.first_name?,
                    id: value.id?,
                    last_name: value.last_name?,
                    username: value.username?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::UserStub> for UserStub {
            fn from(value: super::UserStub) -> Self {
                Self {
                    first_name: Ok(value.first_name),
                    id: Ok(value.id),
                    last_name: Ok(value.last_name),
                    username: Ok(value.username),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct VulnerabilityId {
            vulnerability_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for VulnerabilityId {
            fn default() -> Self {
                Self {
                    vulnerability_id: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl VulnerabilityId {
            pub fn vulnerability_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.vulnerability_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for vulnerability_id: {e}"
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
        impl ::std::convert::TryFrom<VulnerabilityId> for super::VulnerabilityId {
            type Error = super::error::ConversionError;
            fn try_from(
                value: VulnerabilityId,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    vulnerability_id: value.vulnerability_id?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::VulnerabilityId> for VulnerabilityId {
            fn from(value: super::VulnerabilityId) -> Self {
                Self {
                    vulnerability_id: Ok(value.vulnerability_id),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct VulnerabilityIdRequest {
            vulnerability_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for VulnerabilityIdRequest {
            fn default() -> Self {
                Self {
                    vulnerability_id: Err(
                        "no value supplied for vulnerability_id".to_string(),
                    ),
                }
            }
        }
        impl VulnerabilityIdRequest {
            pub fn vulnerability_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.vulnerability_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for vulnerability_id: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<VulnerabilityIdRequest>
        for super::VulnerabilityIdRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: VulnerabilityIdRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    vulnerability_id: value.vulnerability_id?,
                })
            }
        }
        impl ::std::convert::From<super::VulnerabilityIdRequest>
        for VulnerabilityIdRequest {
            fn from(value: super::VulnerabilityIdRequest) -> Self {
                Self {
                    vulnerability_id: Ok(value.vulnerability_id),
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
/**Client for DefectDojo API v2 (secops subset)

The subset of the DefectDojo API v2 used by secops: product types, products, engagements, tests, test types, findings (with notes and close), endpoints and users. Authentication: `Authorization: Token <key>`.

Version: 2.57.2*/
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
        "2.57.2"
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
    /**List endpoints (limit/offset paging)

Sends a `GET` request to `/api/v2/endpoints/`

Arguments:
- `host`
- `id`
- `limit`: Number of results to return per page.
- `o`: Ordering, comma-separated.
- `offset`: The initial index from which to return the results.
- `path`
- `port`
- `product`
- `protocol`
- `tags`: Comma-separated values (upstream: an array sent with explode=false).
```ignore
let response = client.endpoints_list()
    .host(host)
    .id(id)
    .limit(limit)
    .o(o)
    .offset(offset)
    .path(path)
    .port(port)
    .product(product)
    .protocol(protocol)
    .tags(tags)
    .send()
    .await;
```*/
    pub fn endpoints_list(&self) -> builder::EndpointsList<'_> {
        builder::EndpointsList::new(self)
    }
    /**Create an endpoint

Sends a `POST` request to `/api/v2/endpoints/`

```ignore
let response = client.endpoints_create()
    .body(body)
    .send()
    .await;
```*/
    pub fn endpoints_create(&self) -> builder::EndpointsCreate<'_> {
        builder::EndpointsCreate::new(self)
    }
    /**List engagements (limit/offset paging)

Sends a `GET` request to `/api/v2/engagements/`

Arguments:
- `active`
- `id`
- `limit`: Number of results to return per page.
- `name`
- `o`: Ordering, comma-separated.
- `offset`: The initial index from which to return the results.
- `product`
- `product_prod_type`: Comma-separated values (upstream: an array sent with explode=false).
- `status`
- `tags`: Comma-separated values (upstream: an array sent with explode=false).
```ignore
let response = client.engagements_list()
    .active(active)
    .id(id)
    .limit(limit)
    .name(name)
    .o(o)
    .offset(offset)
    .product(product)
    .product_prod_type(product_prod_type)
    .status(status)
    .tags(tags)
    .send()
    .await;
```*/
    pub fn engagements_list(&self) -> builder::EngagementsList<'_> {
        builder::EngagementsList::new(self)
    }
    /**Create an engagement

Sends a `POST` request to `/api/v2/engagements/`

```ignore
let response = client.engagements_create()
    .body(body)
    .send()
    .await;
```*/
    pub fn engagements_create(&self) -> builder::EngagementsCreate<'_> {
        builder::EngagementsCreate::new(self)
    }
    /**Get an engagement

Sends a `GET` request to `/api/v2/engagements/{id}/`

```ignore
let response = client.engagements_retrieve()
    .id(id)
    .send()
    .await;
```*/
    pub fn engagements_retrieve(&self) -> builder::EngagementsRetrieve<'_> {
        builder::EngagementsRetrieve::new(self)
    }
    /**Update some fields of an engagement

Sends a `PATCH` request to `/api/v2/engagements/{id}/`

```ignore
let response = client.engagements_partial_update()
    .id(id)
    .body(body)
    .send()
    .await;
```*/
    pub fn engagements_partial_update(&self) -> builder::EngagementsPartialUpdate<'_> {
        builder::EngagementsPartialUpdate::new(self)
    }
    /**List findings (limit/offset paging)

Sends a `GET` request to `/api/v2/findings/`

Arguments:
- `active`
- `component_name`
- `cwe`: Comma-separated values (upstream: an array sent with explode=false).
- `discovered_after`
- `discovered_before`
- `duplicate`
- `false_p`
- `hash_code`
- `id`: Comma-separated values (upstream: an array sent with explode=false).
- `is_mitigated`
- `limit`: Number of results to return per page.
- `mitigated_after`
- `mitigated_before`
- `not_tags`: Comma-separated values (upstream: an array sent with explode=false).
- `o`: Ordering, comma-separated (e.g. `id`, `-severity`).
- `offset`: The initial index from which to return the results.
- `out_of_scope`
- `risk_accepted`
- `severity`: Critical, High, Medium, Low or Info.
- `tags`: Comma-separated values (upstream: an array sent with explode=false).
- `test`
- `test_engagement`: Comma-separated values (upstream: an array sent with explode=false).
- `test_engagement_product`: Comma-separated values (upstream: an array sent with explode=false).
- `test_engagement_product_prod_type`: Comma-separated values (upstream: an array sent with explode=false).
- `title`: Title contains (case-insensitive).
- `under_review`
- `unique_id_from_tool`
- `verified`
- `vulnerability_id`
```ignore
let response = client.findings_list()
    .active(active)
    .component_name(component_name)
    .cwe(cwe)
    .discovered_after(discovered_after)
    .discovered_before(discovered_before)
    .duplicate(duplicate)
    .false_p(false_p)
    .hash_code(hash_code)
    .id(id)
    .is_mitigated(is_mitigated)
    .limit(limit)
    .mitigated_after(mitigated_after)
    .mitigated_before(mitigated_before)
    .not_tags(not_tags)
    .o(o)
    .offset(offset)
    .out_of_scope(out_of_scope)
    .risk_accepted(risk_accepted)
    .severity(severity)
    .tags(tags)
    .test(test)
    .test_engagement(test_engagement)
    .test_engagement_product(test_engagement_product)
    .test_engagement_product_prod_type(test_engagement_product_prod_type)
    .title(title)
    .under_review(under_review)
    .unique_id_from_tool(unique_id_from_tool)
    .verified(verified)
    .vulnerability_id(vulnerability_id)
    .send()
    .await;
```*/
    pub fn findings_list(&self) -> builder::FindingsList<'_> {
        builder::FindingsList::new(self)
    }
    /**Create a finding

Sends a `POST` request to `/api/v2/findings/`

```ignore
let response = client.findings_create()
    .body(body)
    .send()
    .await;
```*/
    pub fn findings_create(&self) -> builder::FindingsCreate<'_> {
        builder::FindingsCreate::new(self)
    }
    /**Get a finding

Sends a `GET` request to `/api/v2/findings/{id}/`

```ignore
let response = client.findings_retrieve()
    .id(id)
    .send()
    .await;
```*/
    pub fn findings_retrieve(&self) -> builder::FindingsRetrieve<'_> {
        builder::FindingsRetrieve::new(self)
    }
    /**Update some fields of a finding

Sends a `PATCH` request to `/api/v2/findings/{id}/`

```ignore
let response = client.findings_partial_update()
    .id(id)
    .body(body)
    .send()
    .await;
```*/
    pub fn findings_partial_update(&self) -> builder::FindingsPartialUpdate<'_> {
        builder::FindingsPartialUpdate::new(self)
    }
    /**Close a finding (mitigated, false positive, out of scope or duplicate)

Sends a `POST` request to `/api/v2/findings/{id}/close/`

```ignore
let response = client.findings_close_create()
    .id(id)
    .body(body)
    .send()
    .await;
```*/
    pub fn findings_close_create(&self) -> builder::FindingsCloseCreate<'_> {
        builder::FindingsCloseCreate::new(self)
    }
    /**A finding's notes (not paged)

Sends a `GET` request to `/api/v2/findings/{id}/notes/`

```ignore
let response = client.findings_notes_retrieve()
    .id(id)
    .send()
    .await;
```*/
    pub fn findings_notes_retrieve(&self) -> builder::FindingsNotesRetrieve<'_> {
        builder::FindingsNotesRetrieve::new(self)
    }
    /**Add a note to a finding

Sends a `POST` request to `/api/v2/findings/{id}/notes/`

```ignore
let response = client.findings_notes_create()
    .id(id)
    .body(body)
    .send()
    .await;
```*/
    pub fn findings_notes_create(&self) -> builder::FindingsNotesCreate<'_> {
        builder::FindingsNotesCreate::new(self)
    }
    /**List product types (limit/offset paging)

Sends a `GET` request to `/api/v2/product_types/`

Arguments:
- `critical_product`
- `id`
- `key_product`
- `limit`: Number of results to return per page.
- `name`
- `offset`: The initial index from which to return the results.
```ignore
let response = client.product_types_list()
    .critical_product(critical_product)
    .id(id)
    .key_product(key_product)
    .limit(limit)
    .name(name)
    .offset(offset)
    .send()
    .await;
```*/
    pub fn product_types_list(&self) -> builder::ProductTypesList<'_> {
        builder::ProductTypesList::new(self)
    }
    /**Create a product type

Sends a `POST` request to `/api/v2/product_types/`

```ignore
let response = client.product_types_create()
    .body(body)
    .send()
    .await;
```*/
    pub fn product_types_create(&self) -> builder::ProductTypesCreate<'_> {
        builder::ProductTypesCreate::new(self)
    }
    /**Get a product type

Sends a `GET` request to `/api/v2/product_types/{id}/`

```ignore
let response = client.product_types_retrieve()
    .id(id)
    .send()
    .await;
```*/
    pub fn product_types_retrieve(&self) -> builder::ProductTypesRetrieve<'_> {
        builder::ProductTypesRetrieve::new(self)
    }
    /**List products (limit/offset paging)

Sends a `GET` request to `/api/v2/products/`

Arguments:
- `id`: Comma-separated values (upstream: an array sent with explode=false).
- `limit`: Number of results to return per page.
- `name`: Name contains (case-insensitive).
- `name_exact`
- `o`: Ordering, comma-separated (e.g. `name,-id`).
- `offset`: The initial index from which to return the results.
- `prod_type`: Comma-separated values (upstream: an array sent with explode=false).
- `tags`: Comma-separated values (upstream: an array sent with explode=false).
```ignore
let response = client.products_list()
    .id(id)
    .limit(limit)
    .name(name)
    .name_exact(name_exact)
    .o(o)
    .offset(offset)
    .prod_type(prod_type)
    .tags(tags)
    .send()
    .await;
```*/
    pub fn products_list(&self) -> builder::ProductsList<'_> {
        builder::ProductsList::new(self)
    }
    /**Create a product

Sends a `POST` request to `/api/v2/products/`

```ignore
let response = client.products_create()
    .body(body)
    .send()
    .await;
```*/
    pub fn products_create(&self) -> builder::ProductsCreate<'_> {
        builder::ProductsCreate::new(self)
    }
    /**Get a product

Sends a `GET` request to `/api/v2/products/{id}/`

```ignore
let response = client.products_retrieve()
    .id(id)
    .send()
    .await;
```*/
    pub fn products_retrieve(&self) -> builder::ProductsRetrieve<'_> {
        builder::ProductsRetrieve::new(self)
    }
    /**Update some fields of a product

Sends a `PATCH` request to `/api/v2/products/{id}/`

```ignore
let response = client.products_partial_update()
    .id(id)
    .body(body)
    .send()
    .await;
```*/
    pub fn products_partial_update(&self) -> builder::ProductsPartialUpdate<'_> {
        builder::ProductsPartialUpdate::new(self)
    }
    /**List test types (limit/offset paging)

Sends a `GET` request to `/api/v2/test_types/`

Arguments:
- `limit`: Number of results to return per page.
- `name`
- `offset`: The initial index from which to return the results.
```ignore
let response = client.test_types_list()
    .limit(limit)
    .name(name)
    .offset(offset)
    .send()
    .await;
```*/
    pub fn test_types_list(&self) -> builder::TestTypesList<'_> {
        builder::TestTypesList::new(self)
    }
    /**List tests (limit/offset paging)

Sends a `GET` request to `/api/v2/tests/`

Arguments:
- `engagement`
- `id`
- `limit`: Number of results to return per page.
- `o`: Ordering, comma-separated.
- `offset`: The initial index from which to return the results.
- `scan_type`
- `tags`: Comma-separated values (upstream: an array sent with explode=false).
- `test_type`
- `title`
```ignore
let response = client.tests_list()
    .engagement(engagement)
    .id(id)
    .limit(limit)
    .o(o)
    .offset(offset)
    .scan_type(scan_type)
    .tags(tags)
    .test_type(test_type)
    .title(title)
    .send()
    .await;
```*/
    pub fn tests_list(&self) -> builder::TestsList<'_> {
        builder::TestsList::new(self)
    }
    /**Create a test

Sends a `POST` request to `/api/v2/tests/`

```ignore
let response = client.tests_create()
    .body(body)
    .send()
    .await;
```*/
    pub fn tests_create(&self) -> builder::TestsCreate<'_> {
        builder::TestsCreate::new(self)
    }
    /**Get a test

Sends a `GET` request to `/api/v2/tests/{id}/`

```ignore
let response = client.tests_retrieve()
    .id(id)
    .send()
    .await;
```*/
    pub fn tests_retrieve(&self) -> builder::TestsRetrieve<'_> {
        builder::TestsRetrieve::new(self)
    }
    /**List users (limit/offset paging)

Sends a `GET` request to `/api/v2/users/`

Arguments:
- `email`
- `id`
- `is_active`
- `is_superuser`
- `limit`: Number of results to return per page.
- `o`: Ordering, comma-separated.
- `offset`: The initial index from which to return the results.
- `username`
```ignore
let response = client.users_list()
    .email(email)
    .id(id)
    .is_active(is_active)
    .is_superuser(is_superuser)
    .limit(limit)
    .o(o)
    .offset(offset)
    .username(username)
    .send()
    .await;
```*/
    pub fn users_list(&self) -> builder::UsersList<'_> {
        builder::UsersList::new(self)
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
    /**Builder for [`Client::endpoints_list`]

[`Client::endpoints_list`]: super::Client::endpoints_list*/
    #[derive(Debug, Clone)]
    pub struct EndpointsList<'a> {
        client: &'a super::Client,
        host: Result<Option<::std::string::String>, String>,
        id: Result<Option<i64>, String>,
        limit: Result<Option<i64>, String>,
        o: Result<Option<::std::string::String>, String>,
        offset: Result<Option<i64>, String>,
        path: Result<Option<::std::string::String>, String>,
        port: Result<Option<i64>, String>,
        product: Result<Option<i64>, String>,
        protocol: Result<Option<::std::string::String>, String>,
        tags: Result<Option<::std::string::String>, String>,
    }
    impl<'a> EndpointsList<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                host: Ok(None),
                id: Ok(None),
                limit: Ok(None),
                o: Ok(None),
                offset: Ok(None),
                path: Ok(None),
                port: Ok(None),
                product: Ok(None),
                protocol: Ok(None),
                tags: Ok(None),
            }
        }
        pub fn host<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.host = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for host failed"
                        .to_string()
                });
            self
        }
        pub fn id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.id = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for id failed".to_string());
            self
        }
        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.limit = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for limit failed".to_string());
            self
        }
        pub fn o<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.o = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for o failed".to_string()
                });
            self
        }
        pub fn offset<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.offset = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for offset failed".to_string());
            self
        }
        pub fn path<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.path = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for path failed"
                        .to_string()
                });
            self
        }
        pub fn port<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.port = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for port failed".to_string());
            self
        }
        pub fn product<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.product = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for product failed".to_string());
            self
        }
        pub fn protocol<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.protocol = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for protocol failed"
                        .to_string()
                });
            self
        }
        pub fn tags<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.tags = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for tags failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/api/v2/endpoints/`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::PaginatedEndpointList>,
            Error<types::ErrorBody>,
        > {
            let Self {
                client,
                host,
                id,
                limit,
                o,
                offset,
                path,
                port,
                product,
                protocol,
                tags,
            } = self;
            let host = host.map_err(Error::InvalidRequest)?;
            let id = id.map_err(Error::InvalidRequest)?;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let o = o.map_err(Error::InvalidRequest)?;
            let offset = offset.map_err(Error::InvalidRequest)?;
            let path = path.map_err(Error::InvalidRequest)?;
            let port = port.map_err(Error::InvalidRequest)?;
            let product = product.map_err(Error::InvalidRequest)?;
            let protocol = protocol.map_err(Error::InvalidRequest)?;
            let tags = tags.map_err(Error::InvalidRequest)?;
            let url = format!("{}/api/v2/endpoints/", client.baseurl,);
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
                .query(&progenitor_client::QueryParam::new("host", &host))
                .query(&progenitor_client::QueryParam::new("id", &id))
                .query(&progenitor_client::QueryParam::new("limit", &limit))
                .query(&progenitor_client::QueryParam::new("o", &o))
                .query(&progenitor_client::QueryParam::new("offset", &offset))
                .query(&progenitor_client::QueryParam::new("path", &path))
                .query(&progenitor_client::QueryParam::new("port", &port))
                .query(&progenitor_client::QueryParam::new("product", &product))
                .query(&progenitor_client::QueryParam::new("protocol", &protocol))
                .query(&progenitor_client::QueryParam::new("tags", &tags))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "endpoints_list",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
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
    /**Builder for [`Client::endpoints_create`]

[`Client::endpoints_create`]: super::Client::endpoints_create*/
    #[derive(Debug, Clone)]
    pub struct EndpointsCreate<'a> {
        client: &'a super::Client,
        body: Result<types::builder::EndpointRequest, String>,
    }
    impl<'a> EndpointsCreate<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::EndpointRequest>,
            <V as std::convert::TryInto<
                types::EndpointRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `EndpointRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::EndpointRequest,
            ) -> types::builder::EndpointRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/api/v2/endpoints/`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::Endpoint>, Error<types::ErrorBody>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::EndpointRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/api/v2/endpoints/", client.baseurl,);
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
                operation_id: "endpoints_create",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                201u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
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
    /**Builder for [`Client::engagements_list`]

[`Client::engagements_list`]: super::Client::engagements_list*/
    #[derive(Debug, Clone)]
    pub struct EngagementsList<'a> {
        client: &'a super::Client,
        active: Result<Option<bool>, String>,
        id: Result<Option<i64>, String>,
        limit: Result<Option<i64>, String>,
        name: Result<Option<::std::string::String>, String>,
        o: Result<Option<::std::string::String>, String>,
        offset: Result<Option<i64>, String>,
        product: Result<Option<i64>, String>,
        product_prod_type: Result<Option<::std::string::String>, String>,
        status: Result<Option<types::EngagementStatus>, String>,
        tags: Result<Option<::std::string::String>, String>,
    }
    impl<'a> EngagementsList<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                active: Ok(None),
                id: Ok(None),
                limit: Ok(None),
                name: Ok(None),
                o: Ok(None),
                offset: Ok(None),
                product: Ok(None),
                product_prod_type: Ok(None),
                status: Ok(None),
                tags: Ok(None),
            }
        }
        pub fn active<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.active = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for active failed".to_string());
            self
        }
        pub fn id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.id = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for id failed".to_string());
            self
        }
        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.limit = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for limit failed".to_string());
            self
        }
        pub fn name<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.name = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for name failed"
                        .to_string()
                });
            self
        }
        pub fn o<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.o = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for o failed".to_string()
                });
            self
        }
        pub fn offset<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.offset = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for offset failed".to_string());
            self
        }
        pub fn product<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.product = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for product failed".to_string());
            self
        }
        pub fn product_prod_type<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.product_prod_type = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for product_prod_type failed"
                        .to_string()
                });
            self
        }
        pub fn status<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::EngagementStatus>,
        {
            self.status = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `EngagementStatus` for status failed".to_string()
                });
            self
        }
        pub fn tags<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.tags = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for tags failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/api/v2/engagements/`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::PaginatedEngagementList>,
            Error<types::ErrorBody>,
        > {
            let Self {
                client,
                active,
                id,
                limit,
                name,
                o,
                offset,
                product,
                product_prod_type,
                status,
                tags,
            } = self;
            let active = active.map_err(Error::InvalidRequest)?;
            let id = id.map_err(Error::InvalidRequest)?;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let name = name.map_err(Error::InvalidRequest)?;
            let o = o.map_err(Error::InvalidRequest)?;
            let offset = offset.map_err(Error::InvalidRequest)?;
            let product = product.map_err(Error::InvalidRequest)?;
            let product_prod_type = product_prod_type.map_err(Error::InvalidRequest)?;
            let status = status.map_err(Error::InvalidRequest)?;
            let tags = tags.map_err(Error::InvalidRequest)?;
            let url = format!("{}/api/v2/engagements/", client.baseurl,);
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
                .query(&progenitor_client::QueryParam::new("active", &active))
                .query(&progenitor_client::QueryParam::new("id", &id))
                .query(&progenitor_client::QueryParam::new("limit", &limit))
                .query(&progenitor_client::QueryParam::new("name", &name))
                .query(&progenitor_client::QueryParam::new("o", &o))
                .query(&progenitor_client::QueryParam::new("offset", &offset))
                .query(&progenitor_client::QueryParam::new("product", &product))
                .query(
                    &progenitor_client::QueryParam::new(
                        "product__prod_type",
                        &product_prod_type,
                    ),
                )
                .query(&progenitor_client::QueryParam::new("status", &status))
                .query(&progenitor_client::QueryParam::new("tags", &tags))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "engagements_list",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
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
    /**Builder for [`Client::engagements_create`]

[`Client::engagements_create`]: super::Client::engagements_create*/
    #[derive(Debug, Clone)]
    pub struct EngagementsCreate<'a> {
        client: &'a super::Client,
        body: Result<types::builder::EngagementRequest, String>,
    }
    impl<'a> EngagementsCreate<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::EngagementRequest>,
            <V as std::convert::TryInto<
                types::EngagementRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `EngagementRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::EngagementRequest,
            ) -> types::builder::EngagementRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/api/v2/engagements/`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::Engagement>, Error<types::ErrorBody>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::EngagementRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/api/v2/engagements/", client.baseurl,);
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
                operation_id: "engagements_create",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                201u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
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
    /**Builder for [`Client::engagements_retrieve`]

[`Client::engagements_retrieve`]: super::Client::engagements_retrieve*/
    #[derive(Debug, Clone)]
    pub struct EngagementsRetrieve<'a> {
        client: &'a super::Client,
        id: Result<i64, String>,
    }
    impl<'a> EngagementsRetrieve<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
            }
        }
        pub fn id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.id = value
                .try_into()
                .map_err(|_| "conversion to `i64` for id failed".to_string());
            self
        }
        ///Sends a `GET` request to `/api/v2/engagements/{id}/`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::Engagement>, Error<types::ErrorBody>> {
            let Self { client, id } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v2/engagements/{}/", client.baseurl, encode_path(& id
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
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "engagements_retrieve",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
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
    /**Builder for [`Client::engagements_partial_update`]

[`Client::engagements_partial_update`]: super::Client::engagements_partial_update*/
    #[derive(Debug, Clone)]
    pub struct EngagementsPartialUpdate<'a> {
        client: &'a super::Client,
        id: Result<i64, String>,
        body: Result<types::builder::PatchedEngagementRequest, String>,
    }
    impl<'a> EngagementsPartialUpdate<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.id = value
                .try_into()
                .map_err(|_| "conversion to `i64` for id failed".to_string());
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::PatchedEngagementRequest>,
            <V as std::convert::TryInto<
                types::PatchedEngagementRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `PatchedEngagementRequest` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::PatchedEngagementRequest,
            ) -> types::builder::PatchedEngagementRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `PATCH` request to `/api/v2/engagements/{id}/`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::Engagement>, Error<types::ErrorBody>> {
            let Self { client, id, body } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::PatchedEngagementRequest::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v2/engagements/{}/", client.baseurl, encode_path(& id
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
                .patch(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "engagements_partial_update",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
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
    /**Builder for [`Client::findings_list`]

[`Client::findings_list`]: super::Client::findings_list*/
    #[derive(Debug, Clone)]
    pub struct FindingsList<'a> {
        client: &'a super::Client,
        active: Result<Option<bool>, String>,
        component_name: Result<Option<::std::string::String>, String>,
        cwe: Result<Option<::std::string::String>, String>,
        discovered_after: Result<Option<::chrono::naive::NaiveDate>, String>,
        discovered_before: Result<Option<::chrono::naive::NaiveDate>, String>,
        duplicate: Result<Option<bool>, String>,
        false_p: Result<Option<bool>, String>,
        hash_code: Result<Option<::std::string::String>, String>,
        id: Result<Option<::std::string::String>, String>,
        is_mitigated: Result<Option<bool>, String>,
        limit: Result<Option<i64>, String>,
        mitigated_after: Result<
            Option<::chrono::DateTime<::chrono::offset::Utc>>,
            String,
        >,
        mitigated_before: Result<
            Option<::chrono::DateTime<::chrono::offset::Utc>>,
            String,
        >,
        not_tags: Result<Option<::std::string::String>, String>,
        o: Result<Option<::std::string::String>, String>,
        offset: Result<Option<i64>, String>,
        out_of_scope: Result<Option<bool>, String>,
        risk_accepted: Result<Option<bool>, String>,
        severity: Result<Option<::std::string::String>, String>,
        tags: Result<Option<::std::string::String>, String>,
        test: Result<Option<i64>, String>,
        test_engagement: Result<Option<::std::string::String>, String>,
        test_engagement_product: Result<Option<::std::string::String>, String>,
        test_engagement_product_prod_type: Result<Option<::std::string::String>, String>,
        title: Result<Option<::std::string::String>, String>,
        under_review: Result<Option<bool>, String>,
        unique_id_from_tool: Result<Option<::std::string::String>, String>,
        verified: Result<Option<bool>, String>,
        vulnerability_id: Result<Option<::std::string::String>, String>,
    }
    impl<'a> FindingsList<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                active: Ok(None),
                component_name: Ok(None),
                cwe: Ok(None),
                discovered_after: Ok(None),
                discovered_before: Ok(None),
                duplicate: Ok(None),
                false_p: Ok(None),
                hash_code: Ok(None),
                id: Ok(None),
                is_mitigated: Ok(None),
                limit: Ok(None),
                mitigated_after: Ok(None),
                mitigated_before: Ok(None),
                not_tags: Ok(None),
                o: Ok(None),
                offset: Ok(None),
                out_of_scope: Ok(None),
                risk_accepted: Ok(None),
                severity: Ok(None),
                tags: Ok(None),
                test: Ok(None),
                test_engagement: Ok(None),
                test_engagement_product: Ok(None),
                test_engagement_product_prod_type: Ok(None),
                title: Ok(None),
                under_review: Ok(None),
                unique_id_from_tool: Ok(None),
                verified: Ok(None),
                vulnerability_id: Ok(None),
            }
        }
        pub fn active<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.active = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for active failed".to_string());
            self
        }
        pub fn component_name<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.component_name = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for component_name failed"
                        .to_string()
                });
            self
        }
        pub fn cwe<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.cwe = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for cwe failed"
                        .to_string()
                });
            self
        }
        pub fn discovered_after<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::chrono::naive::NaiveDate>,
        {
            self.discovered_after = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: chrono :: naive :: NaiveDate` for discovered_after failed"
                        .to_string()
                });
            self
        }
        pub fn discovered_before<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::chrono::naive::NaiveDate>,
        {
            self.discovered_before = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: chrono :: naive :: NaiveDate` for discovered_before failed"
                        .to_string()
                });
            self
        }
        pub fn duplicate<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.duplicate = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for duplicate failed".to_string());
            self
        }
        pub fn false_p<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.false_p = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for false_p failed".to_string());
            self
        }
        pub fn hash_code<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.hash_code = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for hash_code failed"
                        .to_string()
                });
            self
        }
        pub fn id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for id failed"
                        .to_string()
                });
            self
        }
        pub fn is_mitigated<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.is_mitigated = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for is_mitigated failed".to_string());
            self
        }
        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.limit = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for limit failed".to_string());
            self
        }
        pub fn mitigated_after<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
        {
            self.mitigated_after = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: chrono :: DateTime < :: chrono :: offset :: Utc >` for mitigated_after failed"
                        .to_string()
                });
            self
        }
        pub fn mitigated_before<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
        {
            self.mitigated_before = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: chrono :: DateTime < :: chrono :: offset :: Utc >` for mitigated_before failed"
                        .to_string()
                });
            self
        }
        pub fn not_tags<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.not_tags = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for not_tags failed"
                        .to_string()
                });
            self
        }
        pub fn o<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.o = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for o failed".to_string()
                });
            self
        }
        pub fn offset<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.offset = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for offset failed".to_string());
            self
        }
        pub fn out_of_scope<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.out_of_scope = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for out_of_scope failed".to_string());
            self
        }
        pub fn risk_accepted<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.risk_accepted = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `bool` for risk_accepted failed".to_string()
                });
            self
        }
        pub fn severity<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.severity = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for severity failed"
                        .to_string()
                });
            self
        }
        pub fn tags<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.tags = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for tags failed"
                        .to_string()
                });
            self
        }
        pub fn test<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.test = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for test failed".to_string());
            self
        }
        pub fn test_engagement<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.test_engagement = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for test_engagement failed"
                        .to_string()
                });
            self
        }
        pub fn test_engagement_product<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.test_engagement_product = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for test_engagement_product failed"
                        .to_string()
                });
            self
        }
        pub fn test_engagement_product_prod_type<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.test_engagement_product_prod_type = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for test_engagement_product_prod_type failed"
                        .to_string()
                });
            self
        }
        pub fn title<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.title = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for title failed"
                        .to_string()
                });
            self
        }
        pub fn under_review<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.under_review = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for under_review failed".to_string());
            self
        }
        pub fn unique_id_from_tool<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.unique_id_from_tool = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for unique_id_from_tool failed"
                        .to_string()
                });
            self
        }
        pub fn verified<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.verified = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for verified failed".to_string());
            self
        }
        pub fn vulnerability_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.vulnerability_id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for vulnerability_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/api/v2/findings/`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::PaginatedFindingList>,
            Error<types::ErrorBody>,
        > {
            let Self {
                client,
                active,
                component_name,
                cwe,
                discovered_after,
                discovered_before,
                duplicate,
                false_p,
                hash_code,
                id,
                is_mitigated,
                limit,
                mitigated_after,
                mitigated_before,
                not_tags,
                o,
                offset,
                out_of_scope,
                risk_accepted,
                severity,
                tags,
                test,
                test_engagement,
                test_engagement_product,
                test_engagement_product_prod_type,
                title,
                under_review,
                unique_id_from_tool,
                verified,
                vulnerability_id,
            } = self;
            let active = active.map_err(Error::InvalidRequest)?;
            let component_name = component_name.map_err(Error::InvalidRequest)?;
            let cwe = cwe.map_err(Error::InvalidRequest)?;
            let discovered_after = discovered_after.map_err(Error::InvalidRequest)?;
            let discovered_before = discovered_before.map_err(Error::InvalidRequest)?;
            let duplicate = duplicate.map_err(Error::InvalidRequest)?;
            let false_p = false_p.map_err(Error::InvalidRequest)?;
            let hash_code = hash_code.map_err(Error::InvalidRequest)?;
            let id = id.map_err(Error::InvalidRequest)?;
            let is_mitigated = is_mitigated.map_err(Error::InvalidRequest)?;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let mitigated_after = mitigated_after.map_err(Error::InvalidRequest)?;
            let mitigated_before = mitigated_before.map_err(Error::InvalidRequest)?;
            let not_tags = not_tags.map_err(Error::InvalidRequest)?;
            let o = o.map_err(Error::InvalidRequest)?;
            let offset = offset.map_err(Error::InvalidRequest)?;
            let out_of_scope = out_of_scope.map_err(Error::InvalidRequest)?;
            let risk_accepted = risk_accepted.map_err(Error::InvalidRequest)?;
            let severity = severity.map_err(Error::InvalidRequest)?;
            let tags = tags.map_err(Error::InvalidRequest)?;
            let test = test.map_err(Error::InvalidRequest)?;
            let test_engagement = test_engagement.map_err(Error::InvalidRequest)?;
            let test_engagement_product = test_engagement_product
                .map_err(Error::InvalidRequest)?;
            let test_engagement_product_prod_type = test_engagement_product_prod_type
                .map_err(Error::InvalidRequest)?;
            let title = title.map_err(Error::InvalidRequest)?;
            let under_review = under_review.map_err(Error::InvalidRequest)?;
            let unique_id_from_tool = unique_id_from_tool
                .map_err(Error::InvalidRequest)?;
            let verified = verified.map_err(Error::InvalidRequest)?;
            let vulnerability_id = vulnerability_id.map_err(Error::InvalidRequest)?;
            let url = format!("{}/api/v2/findings/", client.baseurl,);
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
                .query(&progenitor_client::QueryParam::new("active", &active))
                .query(
                    &progenitor_client::QueryParam::new(
                        "component_name",
                        &component_name,
                    ),
                )
                .query(&progenitor_client::QueryParam::new("cwe", &cwe))
                .query(
                    &progenitor_client::QueryParam::new(
                        "discovered_after",
                        &discovered_after,
                    ),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "discovered_before",
                        &discovered_before,
                    ),
                )
                .query(&progenitor_client::QueryParam::new("duplicate", &duplicate))
                .query(&progenitor_client::QueryParam::new("false_p", &false_p))
                .query(&progenitor_client::QueryParam::new("hash_code", &hash_code))
                .query(&progenitor_client::QueryParam::new("id", &id))
                .query(
                    &progenitor_client::QueryParam::new("is_mitigated", &is_mitigated),
                )
                .query(&progenitor_client::QueryParam::new("limit", &limit))
                .query(
                    &progenitor_client::QueryParam::new(
                        "mitigated_after",
                        &mitigated_after,
                    ),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "mitigated_before",
                        &mitigated_before,
                    ),
                )
                .query(&progenitor_client::QueryParam::new("not_tags", &not_tags))
                .query(&progenitor_client::QueryParam::new("o", &o))
                .query(&progenitor_client::QueryParam::new("offset", &offset))
                .query(
                    &progenitor_client::QueryParam::new("out_of_scope", &out_of_scope),
                )
                .query(
                    &progenitor_client::QueryParam::new("risk_accepted", &risk_accepted),
                )
                .query(&progenitor_client::QueryParam::new("severity", &severity))
                .query(&progenitor_client::QueryParam::new("tags", &tags))
                .query(&progenitor_client::QueryParam::new("test", &test))
                .query(
                    &progenitor_client::QueryParam::new(
                        "test__engagement",
                        &test_engagement,
                    ),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "test__engagement__product",
                        &test_engagement_product,
                    ),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "test__engagement__product__prod_type",
                        &test_engagement_product_prod_type,
                    ),
                )
                .query(&progenitor_client::QueryParam::new("title", &title))
                .query(
                    &progenitor_client::QueryParam::new("under_review", &under_review),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "unique_id_from_tool",
                        &unique_id_from_tool,
                    ),
                )
                .query(&progenitor_client::QueryParam::new("verified", &verified))
                .query(
                    &progenitor_client::QueryParam::new(
                        "vulnerability_id",
                        &vulnerability_id,
                    ),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "findings_list",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
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
    /**Builder for [`Client::findings_create`]

[`Client::findings_create`]: super::Client::findings_create*/
    #[derive(Debug, Clone)]
    pub struct FindingsCreate<'a> {
        client: &'a super::Client,
        body: Result<types::builder::FindingCreateRequest, String>,
    }
    impl<'a> FindingsCreate<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::FindingCreateRequest>,
            <V as std::convert::TryInto<
                types::FindingCreateRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `FindingCreateRequest` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::FindingCreateRequest,
            ) -> types::builder::FindingCreateRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/api/v2/findings/`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::FindingCreate>, Error<types::ErrorBody>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::FindingCreateRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/api/v2/findings/", client.baseurl,);
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
                operation_id: "findings_create",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                201u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
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
    /**Builder for [`Client::findings_retrieve`]

[`Client::findings_retrieve`]: super::Client::findings_retrieve*/
    #[derive(Debug, Clone)]
    pub struct FindingsRetrieve<'a> {
        client: &'a super::Client,
        id: Result<i64, String>,
    }
    impl<'a> FindingsRetrieve<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
            }
        }
        pub fn id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.id = value
                .try_into()
                .map_err(|_| "conversion to `i64` for id failed".to_string());
            self
        }
        ///Sends a `GET` request to `/api/v2/findings/{id}/`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::Finding>, Error<types::ErrorBody>> {
            let Self { client, id } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v2/findings/{}/", client.baseurl, encode_path(& id.to_string()),
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
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "findings_retrieve",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
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
    /**Builder for [`Client::findings_partial_update`]

[`Client::findings_partial_update`]: super::Client::findings_partial_update*/
    #[derive(Debug, Clone)]
    pub struct FindingsPartialUpdate<'a> {
        client: &'a super::Client,
        id: Result<i64, String>,
        body: Result<types::builder::PatchedFindingRequest, String>,
    }
    impl<'a> FindingsPartialUpdate<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.id = value
                .try_into()
                .map_err(|_| "conversion to `i64` for id failed".to_string());
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::PatchedFindingRequest>,
            <V as std::convert::TryInto<
                types::PatchedFindingRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `PatchedFindingRequest` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::PatchedFindingRequest,
            ) -> types::builder::PatchedFindingRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `PATCH` request to `/api/v2/findings/{id}/`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::Finding>, Error<types::ErrorBody>> {
            let Self { client, id, body } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::PatchedFindingRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v2/findings/{}/", client.baseurl, encode_path(& id.to_string()),
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
                .patch(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "findings_partial_update",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
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
    /**Builder for [`Client::findings_close_create`]

[`Client::findings_close_create`]: super::Client::findings_close_create*/
    #[derive(Debug, Clone)]
    pub struct FindingsCloseCreate<'a> {
        client: &'a super::Client,
        id: Result<i64, String>,
        body: Result<types::builder::FindingCloseRequest, String>,
    }
    impl<'a> FindingsCloseCreate<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.id = value
                .try_into()
                .map_err(|_| "conversion to `i64` for id failed".to_string());
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::FindingCloseRequest>,
            <V as std::convert::TryInto<
                types::FindingCloseRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `FindingCloseRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::FindingCloseRequest,
            ) -> types::builder::FindingCloseRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/api/v2/findings/{id}/close/`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::FindingClose>, Error<types::ErrorBody>> {
            let Self { client, id, body } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::FindingCloseRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v2/findings/{}/close/", client.baseurl, encode_path(& id
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
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "findings_close_create",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
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
    /**Builder for [`Client::findings_notes_retrieve`]

[`Client::findings_notes_retrieve`]: super::Client::findings_notes_retrieve*/
    #[derive(Debug, Clone)]
    pub struct FindingsNotesRetrieve<'a> {
        client: &'a super::Client,
        id: Result<i64, String>,
    }
    impl<'a> FindingsNotesRetrieve<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
            }
        }
        pub fn id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.id = value
                .try_into()
                .map_err(|_| "conversion to `i64` for id failed".to_string());
            self
        }
        ///Sends a `GET` request to `/api/v2/findings/{id}/notes/`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::FindingToNotes>, Error<types::ErrorBody>> {
            let Self { client, id } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v2/findings/{}/notes/", client.baseurl, encode_path(& id
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
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "findings_notes_retrieve",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
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
    /**Builder for [`Client::findings_notes_create`]

[`Client::findings_notes_create`]: super::Client::findings_notes_create*/
    #[derive(Debug, Clone)]
    pub struct FindingsNotesCreate<'a> {
        client: &'a super::Client,
        id: Result<i64, String>,
        body: Result<types::builder::AddNewNoteOptionRequest, String>,
    }
    impl<'a> FindingsNotesCreate<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.id = value
                .try_into()
                .map_err(|_| "conversion to `i64` for id failed".to_string());
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::AddNewNoteOptionRequest>,
            <V as std::convert::TryInto<
                types::AddNewNoteOptionRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `AddNewNoteOptionRequest` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::AddNewNoteOptionRequest,
            ) -> types::builder::AddNewNoteOptionRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/api/v2/findings/{id}/notes/`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::Note>, Error<types::ErrorBody>> {
            let Self { client, id, body } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::AddNewNoteOptionRequest::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v2/findings/{}/notes/", client.baseurl, encode_path(& id
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
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "findings_notes_create",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                201u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
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
    /**Builder for [`Client::product_types_list`]

[`Client::product_types_list`]: super::Client::product_types_list*/
    #[derive(Debug, Clone)]
    pub struct ProductTypesList<'a> {
        client: &'a super::Client,
        critical_product: Result<Option<bool>, String>,
        id: Result<Option<i64>, String>,
        key_product: Result<Option<bool>, String>,
        limit: Result<Option<i64>, String>,
        name: Result<Option<::std::string::String>, String>,
        offset: Result<Option<i64>, String>,
    }
    impl<'a> ProductTypesList<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                critical_product: Ok(None),
                id: Ok(None),
                key_product: Ok(None),
                limit: Ok(None),
                name: Ok(None),
                offset: Ok(None),
            }
        }
        pub fn critical_product<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.critical_product = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `bool` for critical_product failed".to_string()
                });
            self
        }
        pub fn id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.id = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for id failed".to_string());
            self
        }
        pub fn key_product<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.key_product = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for key_product failed".to_string());
            self
        }
        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.limit = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for limit failed".to_string());
            self
        }
        pub fn name<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.name = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for name failed"
                        .to_string()
                });
            self
        }
        pub fn offset<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.offset = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for offset failed".to_string());
            self
        }
        ///Sends a `GET` request to `/api/v2/product_types/`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::PaginatedProductTypeList>,
            Error<types::ErrorBody>,
        > {
            let Self {
                client,
                critical_product,
                id,
                key_product,
                limit,
                name,
                offset,
            } = self;
            let critical_product = critical_product.map_err(Error::InvalidRequest)?;
            let id = id.map_err(Error::InvalidRequest)?;
            let key_product = key_product.map_err(Error::InvalidRequest)?;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let name = name.map_err(Error::InvalidRequest)?;
            let offset = offset.map_err(Error::InvalidRequest)?;
            let url = format!("{}/api/v2/product_types/", client.baseurl,);
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
                .query(
                    &progenitor_client::QueryParam::new(
                        "critical_product",
                        &critical_product,
                    ),
                )
                .query(&progenitor_client::QueryParam::new("id", &id))
                .query(&progenitor_client::QueryParam::new("key_product", &key_product))
                .query(&progenitor_client::QueryParam::new("limit", &limit))
                .query(&progenitor_client::QueryParam::new("name", &name))
                .query(&progenitor_client::QueryParam::new("offset", &offset))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "product_types_list",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
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
    /**Builder for [`Client::product_types_create`]

[`Client::product_types_create`]: super::Client::product_types_create*/
    #[derive(Debug, Clone)]
    pub struct ProductTypesCreate<'a> {
        client: &'a super::Client,
        body: Result<types::builder::ProductTypeRequest, String>,
    }
    impl<'a> ProductTypesCreate<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ProductTypeRequest>,
            <V as std::convert::TryInto<
                types::ProductTypeRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `ProductTypeRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::ProductTypeRequest,
            ) -> types::builder::ProductTypeRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/api/v2/product_types/`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ProductType>, Error<types::ErrorBody>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::ProductTypeRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/api/v2/product_types/", client.baseurl,);
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
                operation_id: "product_types_create",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                201u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
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
    /**Builder for [`Client::product_types_retrieve`]

[`Client::product_types_retrieve`]: super::Client::product_types_retrieve*/
    #[derive(Debug, Clone)]
    pub struct ProductTypesRetrieve<'a> {
        client: &'a super::Client,
        id: Result<i64, String>,
    }
    impl<'a> ProductTypesRetrieve<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
            }
        }
        pub fn id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.id = value
                .try_into()
                .map_err(|_| "conversion to `i64` for id failed".to_string());
            self
        }
        ///Sends a `GET` request to `/api/v2/product_types/{id}/`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ProductType>, Error<types::ErrorBody>> {
            let Self { client, id } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v2/product_types/{}/", client.baseurl, encode_path(& id
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
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "product_types_retrieve",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
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
    /**Builder for [`Client::products_list`]

[`Client::products_list`]: super::Client::products_list*/
    #[derive(Debug, Clone)]
    pub struct ProductsList<'a> {
        client: &'a super::Client,
        id: Result<Option<::std::string::String>, String>,
        limit: Result<Option<i64>, String>,
        name: Result<Option<::std::string::String>, String>,
        name_exact: Result<Option<::std::string::String>, String>,
        o: Result<Option<::std::string::String>, String>,
        offset: Result<Option<i64>, String>,
        prod_type: Result<Option<::std::string::String>, String>,
        tags: Result<Option<::std::string::String>, String>,
    }
    impl<'a> ProductsList<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Ok(None),
                limit: Ok(None),
                name: Ok(None),
                name_exact: Ok(None),
                o: Ok(None),
                offset: Ok(None),
                prod_type: Ok(None),
                tags: Ok(None),
            }
        }
        pub fn id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for id failed"
                        .to_string()
                });
            self
        }
        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.limit = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for limit failed".to_string());
            self
        }
        pub fn name<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.name = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for name failed"
                        .to_string()
                });
            self
        }
        pub fn name_exact<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.name_exact = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for name_exact failed"
                        .to_string()
                });
            self
        }
        pub fn o<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.o = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for o failed".to_string()
                });
            self
        }
        pub fn offset<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.offset = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for offset failed".to_string());
            self
        }
        pub fn prod_type<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.prod_type = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for prod_type failed"
                        .to_string()
                });
            self
        }
        pub fn tags<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.tags = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for tags failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/api/v2/products/`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::PaginatedProductList>,
            Error<types::ErrorBody>,
        > {
            let Self {
                client,
                id,
                limit,
                name,
                name_exact,
                o,
                offset,
                prod_type,
                tags,
            } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let name = name.map_err(Error::InvalidRequest)?;
            let name_exact = name_exact.map_err(Error::InvalidRequest)?;
            let o = o.map_err(Error::InvalidRequest)?;
            let offset = offset.map_err(Error::InvalidRequest)?;
            let prod_type = prod_type.map_err(Error::InvalidRequest)?;
            let tags = tags.map_err(Error::InvalidRequest)?;
            let url = format!("{}/api/v2/products/", client.baseurl,);
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
                .query(&progenitor_client::QueryParam::new("id", &id))
                .query(&progenitor_client::QueryParam::new("limit", &limit))
                .query(&progenitor_client::QueryParam::new("name", &name))
                .query(&progenitor_client::QueryParam::new("name_exact", &name_exact))
                .query(&progenitor_client::QueryParam::new("o", &o))
                .query(&progenitor_client::QueryParam::new("offset", &offset))
                .query(&progenitor_client::QueryParam::new("prod_type", &prod_type))
                .query(&progenitor_client::QueryParam::new("tags", &tags))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "products_list",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
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
    /**Builder for [`Client::products_create`]

[`Client::products_create`]: super::Client::products_create*/
    #[derive(Debug, Clone)]
    pub struct ProductsCreate<'a> {
        client: &'a super::Client,
        body: Result<types::builder::ProductRequest, String>,
    }
    impl<'a> ProductsCreate<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ProductRequest>,
            <V as std::convert::TryInto<
                types::ProductRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `ProductRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::ProductRequest,
            ) -> types::builder::ProductRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/api/v2/products/`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::Product>, Error<types::ErrorBody>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::ProductRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/api/v2/products/", client.baseurl,);
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
                operation_id: "products_create",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                201u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
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
    /**Builder for [`Client::products_retrieve`]

[`Client::products_retrieve`]: super::Client::products_retrieve*/
    #[derive(Debug, Clone)]
    pub struct ProductsRetrieve<'a> {
        client: &'a super::Client,
        id: Result<i64, String>,
    }
    impl<'a> ProductsRetrieve<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
            }
        }
        pub fn id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.id = value
                .try_into()
                .map_err(|_| "conversion to `i64` for id failed".to_string());
            self
        }
        ///Sends a `GET` request to `/api/v2/products/{id}/`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::Product>, Error<types::ErrorBody>> {
            let Self { client, id } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v2/products/{}/", client.baseurl, encode_path(& id.to_string()),
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
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "products_retrieve",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
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
    /**Builder for [`Client::products_partial_update`]

[`Client::products_partial_update`]: super::Client::products_partial_update*/
    #[derive(Debug, Clone)]
    pub struct ProductsPartialUpdate<'a> {
        client: &'a super::Client,
        id: Result<i64, String>,
        body: Result<types::builder::PatchedProductRequest, String>,
    }
    impl<'a> ProductsPartialUpdate<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.id = value
                .try_into()
                .map_err(|_| "conversion to `i64` for id failed".to_string());
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::PatchedProductRequest>,
            <V as std::convert::TryInto<
                types::PatchedProductRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `PatchedProductRequest` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::PatchedProductRequest,
            ) -> types::builder::PatchedProductRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `PATCH` request to `/api/v2/products/{id}/`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::Product>, Error<types::ErrorBody>> {
            let Self { client, id, body } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::PatchedProductRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v2/products/{}/", client.baseurl, encode_path(& id.to_string()),
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
                .patch(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "products_partial_update",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
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
    /**Builder for [`Client::test_types_list`]

[`Client::test_types_list`]: super::Client::test_types_list*/
    #[derive(Debug, Clone)]
    pub struct TestTypesList<'a> {
        client: &'a super::Client,
        limit: Result<Option<i64>, String>,
        name: Result<Option<::std::string::String>, String>,
        offset: Result<Option<i64>, String>,
    }
    impl<'a> TestTypesList<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                limit: Ok(None),
                name: Ok(None),
                offset: Ok(None),
            }
        }
        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.limit = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for limit failed".to_string());
            self
        }
        pub fn name<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.name = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for name failed"
                        .to_string()
                });
            self
        }
        pub fn offset<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.offset = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for offset failed".to_string());
            self
        }
        ///Sends a `GET` request to `/api/v2/test_types/`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::PaginatedTestTypeList>,
            Error<types::ErrorBody>,
        > {
            let Self { client, limit, name, offset } = self;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let name = name.map_err(Error::InvalidRequest)?;
            let offset = offset.map_err(Error::InvalidRequest)?;
            let url = format!("{}/api/v2/test_types/", client.baseurl,);
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
                .query(&progenitor_client::QueryParam::new("limit", &limit))
                .query(&progenitor_client::QueryParam::new("name", &name))
                .query(&progenitor_client::QueryParam::new("offset", &offset))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "test_types_list",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
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
    /**Builder for [`Client::tests_list`]

[`Client::tests_list`]: super::Client::tests_list*/
    #[derive(Debug, Clone)]
    pub struct TestsList<'a> {
        client: &'a super::Client,
        engagement: Result<Option<i64>, String>,
        id: Result<Option<i64>, String>,
        limit: Result<Option<i64>, String>,
        o: Result<Option<::std::string::String>, String>,
        offset: Result<Option<i64>, String>,
        scan_type: Result<Option<::std::string::String>, String>,
        tags: Result<Option<::std::string::String>, String>,
        test_type: Result<Option<i64>, String>,
        title: Result<Option<::std::string::String>, String>,
    }
    impl<'a> TestsList<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                engagement: Ok(None),
                id: Ok(None),
                limit: Ok(None),
                o: Ok(None),
                offset: Ok(None),
                scan_type: Ok(None),
                tags: Ok(None),
                test_type: Ok(None),
                title: Ok(None),
            }
        }
        pub fn engagement<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.engagement = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for engagement failed".to_string());
            self
        }
        pub fn id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.id = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for id failed".to_string());
            self
        }
        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.limit = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for limit failed".to_string());
            self
        }
        pub fn o<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.o = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for o failed".to_string()
                });
            self
        }
        pub fn offset<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.offset = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for offset failed".to_string());
            self
        }
        pub fn scan_type<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.scan_type = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for scan_type failed"
                        .to_string()
                });
            self
        }
        pub fn tags<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.tags = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for tags failed"
                        .to_string()
                });
            self
        }
        pub fn test_type<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.test_type = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for test_type failed".to_string());
            self
        }
        pub fn title<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.title = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for title failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/api/v2/tests/`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::PaginatedTestList>, Error<types::ErrorBody>> {
            let Self {
                client,
                engagement,
                id,
                limit,
                o,
                offset,
                scan_type,
                tags,
                test_type,
                title,
            } = self;
            let engagement = engagement.map_err(Error::InvalidRequest)?;
            let id = id.map_err(Error::InvalidRequest)?;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let o = o.map_err(Error::InvalidRequest)?;
            let offset = offset.map_err(Error::InvalidRequest)?;
            let scan_type = scan_type.map_err(Error::InvalidRequest)?;
            let tags = tags.map_err(Error::InvalidRequest)?;
            let test_type = test_type.map_err(Error::InvalidRequest)?;
            let title = title.map_err(Error::InvalidRequest)?;
            let url = format!("{}/api/v2/tests/", client.baseurl,);
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
                .query(&progenitor_client::QueryParam::new("engagement", &engagement))
                .query(&progenitor_client::QueryParam::new("id", &id))
                .query(&progenitor_client::QueryParam::new("limit", &limit))
                .query(&progenitor_client::QueryParam::new("o", &o))
                .query(&progenitor_client::QueryParam::new("offset", &offset))
                .query(&progenitor_client::QueryParam::new("scan_type", &scan_type))
                .query(&progenitor_client::QueryParam::new("tags", &tags))
                .query(&progenitor_client::QueryParam::new("test_type", &test_type))
                .query(&progenitor_client::QueryParam::new("title", &title))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "tests_list",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
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
    /**Builder for [`Client::tests_create`]

[`Client::tests_create`]: super::Client::tests_create*/
    #[derive(Debug, Clone)]
    pub struct TestsCreate<'a> {
        client: &'a super::Client,
        body: Result<types::builder::TestCreateRequest, String>,
    }
    impl<'a> TestsCreate<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::TestCreateRequest>,
            <V as std::convert::TryInto<
                types::TestCreateRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `TestCreateRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::TestCreateRequest,
            ) -> types::builder::TestCreateRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/api/v2/tests/`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::TestCreate>, Error<types::ErrorBody>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::TestCreateRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/api/v2/tests/", client.baseurl,);
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
                operation_id: "tests_create",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                201u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
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
    /**Builder for [`Client::tests_retrieve`]

[`Client::tests_retrieve`]: super::Client::tests_retrieve*/
    #[derive(Debug, Clone)]
    pub struct TestsRetrieve<'a> {
        client: &'a super::Client,
        id: Result<i64, String>,
    }
    impl<'a> TestsRetrieve<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
            }
        }
        pub fn id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.id = value
                .try_into()
                .map_err(|_| "conversion to `i64` for id failed".to_string());
            self
        }
        ///Sends a `GET` request to `/api/v2/tests/{id}/`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::Test>, Error<types::ErrorBody>> {
            let Self { client, id } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v2/tests/{}/", client.baseurl, encode_path(& id.to_string()),
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
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "tests_retrieve",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
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
    /**Builder for [`Client::users_list`]

[`Client::users_list`]: super::Client::users_list*/
    #[derive(Debug, Clone)]
    pub struct UsersList<'a> {
        client: &'a super::Client,
        email: Result<Option<::std::string::String>, String>,
        id: Result<Option<i64>, String>,
        is_active: Result<Option<bool>, String>,
        is_superuser: Result<Option<bool>, String>,
        limit: Result<Option<i64>, String>,
        o: Result<Option<::std::string::String>, String>,
        offset: Result<Option<i64>, String>,
        username: Result<Option<::std::string::String>, String>,
    }
    impl<'a> UsersList<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                email: Ok(None),
                id: Ok(None),
                is_active: Ok(None),
                is_superuser: Ok(None),
                limit: Ok(None),
                o: Ok(None),
                offset: Ok(None),
                username: Ok(None),
            }
        }
        pub fn email<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.email = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for email failed"
                        .to_string()
                });
            self
        }
        pub fn id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.id = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for id failed".to_string());
            self
        }
        pub fn is_active<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.is_active = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for is_active failed".to_string());
            self
        }
        pub fn is_superuser<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.is_superuser = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for is_superuser failed".to_string());
            self
        }
        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.limit = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for limit failed".to_string());
            self
        }
        pub fn o<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.o = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for o failed".to_string()
                });
            self
        }
        pub fn offset<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.offset = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for offset failed".to_string());
            self
        }
        pub fn username<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.username = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for username failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/api/v2/users/`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::PaginatedUserList>, Error<types::ErrorBody>> {
            let Self {
                client,
                email,
                id,
                is_active,
                is_superuser,
                limit,
                o,
                offset,
                username,
            } = self;
            let email = email.map_err(Error::InvalidRequest)?;
            let id = id.map_err(Error::InvalidRequest)?;
            let is_active = is_active.map_err(Error::InvalidRequest)?;
            let is_superuser = is_superuser.map_err(Error::InvalidRequest)?;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let o = o.map_err(Error::InvalidRequest)?;
            let offset = offset.map_err(Error::InvalidRequest)?;
            let username = username.map_err(Error::InvalidRequest)?;
            let url = format!("{}/api/v2/users/", client.baseurl,);
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
                .query(&progenitor_client::QueryParam::new("id", &id))
                .query(&progenitor_client::QueryParam::new("is_active", &is_active))
                .query(
                    &progenitor_client::QueryParam::new("is_superuser", &is_superuser),
                )
                .query(&progenitor_client::QueryParam::new("limit", &limit))
                .query(&progenitor_client::QueryParam::new("o", &o))
                .query(&progenitor_client::QueryParam::new("offset", &offset))
                .query(&progenitor_client::QueryParam::new("username", &username))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "users_list",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
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
