// @generated from specs/sandbox.yaml by build.rs (progenitor + prettyplease). Do not edit: change the spec and run `SECOPS_REGENERATE=1 cargo build`.
#[allow(unused_imports)]
pub use progenitor_client::{ByteStream, ClientInfo, Error, ResponseValue};
#[allow(unused_imports)]
use progenitor_client::{encode_path, ClientHooks, OperationInfo, RequestBuilderExt};
/// Types used as operation parameters and responses.
#[allow(clippy::all)]
pub mod types {
    ///The score, families and tags of an analysis. INFERRED: the vendor pages we work from list the report paths, not the reports' fields; these names are assumed (unknown fields are kept).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct Analysis {
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub family: ::std::vec::Vec<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub score: ::std::option::Option<i32>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub tags: ::std::vec::Vec<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl Analysis {
        pub fn builder() -> builder::Analysis {
            Default::default()
        }
    }
    ///`Defaults`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct Defaults {
        ///`internet`, `drop`, `tor`... (the account's network options).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub network: ::std::option::Option<::std::string::String>,
        ///Analysis time, seconds.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub timeout: ::std::option::Option<::std::num::NonZeroU64>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl Defaults {
        pub fn builder() -> builder::Defaults {
            Default::default()
        }
    }
    ///`DeleteProfileProfileId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct DeleteProfileProfileId(::std::string::String);
    impl ::std::ops::Deref for DeleteProfileProfileId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<DeleteProfileProfileId> for ::std::string::String {
        fn from(value: DeleteProfileProfileId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for DeleteProfileProfileId {
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
    impl ::std::convert::TryFrom<&str> for DeleteProfileProfileId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for DeleteProfileProfileId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for DeleteProfileProfileId {
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
    ///`DeleteSampleSampleId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct DeleteSampleSampleId(::std::string::String);
    impl ::std::ops::Deref for DeleteSampleSampleId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<DeleteSampleSampleId> for ::std::string::String {
        fn from(value: DeleteSampleSampleId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for DeleteSampleSampleId {
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
    impl ::std::convert::TryFrom<&str> for DeleteSampleSampleId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for DeleteSampleSampleId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for DeleteSampleSampleId {
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
    ///`DownloadArchiveSampleId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct DownloadArchiveSampleId(::std::string::String);
    impl ::std::ops::Deref for DownloadArchiveSampleId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<DownloadArchiveSampleId> for ::std::string::String {
        fn from(value: DownloadArchiveSampleId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for DownloadArchiveSampleId {
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
    impl ::std::convert::TryFrom<&str> for DownloadArchiveSampleId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for DownloadArchiveSampleId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for DownloadArchiveSampleId {
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
    ///`DownloadSampleSampleId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct DownloadSampleSampleId(::std::string::String);
    impl ::std::ops::Deref for DownloadSampleSampleId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<DownloadSampleSampleId> for ::std::string::String {
        fn from(value: DownloadSampleSampleId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for DownloadSampleSampleId {
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
    impl ::std::convert::TryFrom<&str> for DownloadSampleSampleId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for DownloadSampleSampleId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for DownloadSampleSampleId {
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
    ///`DownloadTaskFileFileName`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct DownloadTaskFileFileName(::std::string::String);
    impl ::std::ops::Deref for DownloadTaskFileFileName {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<DownloadTaskFileFileName> for ::std::string::String {
        fn from(value: DownloadTaskFileFileName) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for DownloadTaskFileFileName {
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
    impl ::std::convert::TryFrom<&str> for DownloadTaskFileFileName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for DownloadTaskFileFileName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for DownloadTaskFileFileName {
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
    ///`DownloadTaskFileSampleId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct DownloadTaskFileSampleId(::std::string::String);
    impl ::std::ops::Deref for DownloadTaskFileSampleId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<DownloadTaskFileSampleId> for ::std::string::String {
        fn from(value: DownloadTaskFileSampleId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for DownloadTaskFileSampleId {
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
    impl ::std::convert::TryFrom<&str> for DownloadTaskFileSampleId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for DownloadTaskFileSampleId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for DownloadTaskFileSampleId {
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
    ///`DownloadTaskFileTaskId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct DownloadTaskFileTaskId(::std::string::String);
    impl ::std::ops::Deref for DownloadTaskFileTaskId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<DownloadTaskFileTaskId> for ::std::string::String {
        fn from(value: DownloadTaskFileTaskId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for DownloadTaskFileTaskId {
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
    impl ::std::convert::TryFrom<&str> for DownloadTaskFileTaskId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for DownloadTaskFileTaskId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for DownloadTaskFileTaskId {
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
    ///The empty object returned by calls that have no data.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(transparent)]
    pub struct Empty(pub ::serde_json::Map<::std::string::String, ::serde_json::Value>);
    impl ::std::ops::Deref for Empty {
        type Target = ::serde_json::Map<::std::string::String, ::serde_json::Value>;
        fn deref(
            &self,
        ) -> &::serde_json::Map<::std::string::String, ::serde_json::Value> {
            &self.0
        }
    }
    impl ::std::convert::From<Empty>
    for ::serde_json::Map<::std::string::String, ::serde_json::Value> {
        fn from(value: Empty) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<
        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    > for Empty {
        fn from(
            value: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        ) -> Self {
            Self(value)
        }
    }
    /**An error. `error` is a code: `BAD_REQUEST` or `INVALID` (400), `UNAUTHORIZED`
(401), `NOT_FOUND` (404), `METHOD_NOT_ALLOWED` (405), `PROFILE_ALREADY_EXISTS`
(409), `INTERNAL` (500, retryable); other codes may appear.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct Error {
        pub error: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub message: ::std::option::Option<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl Error {
        pub fn builder() -> builder::Error {
            Default::default()
        }
    }
    ///A file's identity (the sample, a target, or a file inside an archive). INFERRED: the vendor pages we work from list the report paths, not the reports' fields; these names are assumed (unknown fields are kept).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct FileInfo {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub completed: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub created: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub filename: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub md5: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub score: ::std::option::Option<i32>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub sha1: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub sha256: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub sha512: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub size: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub ssdeep: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub target: ::std::option::Option<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl FileInfo {
        pub fn builder() -> builder::FileInfo {
            Default::default()
        }
    }
    ///The `_json` part of a multipart file submission.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct FileSubmission {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub defaults: ::std::option::Option<Defaults>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub interactive: ::std::option::Option<bool>,
        pub kind: FileSubmissionKind,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub password: ::std::option::Option<::std::string::String>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub profiles: ::std::vec::Vec<ProfileChoice>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub user_tags: ::std::vec::Vec<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl FileSubmission {
        pub fn builder() -> builder::FileSubmission {
            Default::default()
        }
    }
    ///`FileSubmissionKind`
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
    pub enum FileSubmissionKind {
        #[serde(rename = "file")]
        File,
    }
    impl ::std::fmt::Display for FileSubmissionKind {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::File => f.write_str("file"),
            }
        }
    }
    impl ::std::str::FromStr for FileSubmissionKind {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "file" => Ok(Self::File),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for FileSubmissionKind {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for FileSubmissionKind {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`GetOverviewReportSampleId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct GetOverviewReportSampleId(::std::string::String);
    impl ::std::ops::Deref for GetOverviewReportSampleId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<GetOverviewReportSampleId> for ::std::string::String {
        fn from(value: GetOverviewReportSampleId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for GetOverviewReportSampleId {
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
    impl ::std::convert::TryFrom<&str> for GetOverviewReportSampleId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for GetOverviewReportSampleId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for GetOverviewReportSampleId {
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
    ///`GetProfileProfileId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct GetProfileProfileId(::std::string::String);
    impl ::std::ops::Deref for GetProfileProfileId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<GetProfileProfileId> for ::std::string::String {
        fn from(value: GetProfileProfileId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for GetProfileProfileId {
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
    impl ::std::convert::TryFrom<&str> for GetProfileProfileId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for GetProfileProfileId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for GetProfileProfileId {
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
    ///`GetSampleSampleId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct GetSampleSampleId(::std::string::String);
    impl ::std::ops::Deref for GetSampleSampleId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<GetSampleSampleId> for ::std::string::String {
        fn from(value: GetSampleSampleId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for GetSampleSampleId {
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
    impl ::std::convert::TryFrom<&str> for GetSampleSampleId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for GetSampleSampleId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for GetSampleSampleId {
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
    ///`GetSampleSummarySampleId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct GetSampleSummarySampleId(::std::string::String);
    impl ::std::ops::Deref for GetSampleSummarySampleId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<GetSampleSummarySampleId> for ::std::string::String {
        fn from(value: GetSampleSummarySampleId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for GetSampleSummarySampleId {
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
    impl ::std::convert::TryFrom<&str> for GetSampleSummarySampleId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for GetSampleSummarySampleId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for GetSampleSummarySampleId {
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
    ///`GetStaticReportSampleId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct GetStaticReportSampleId(::std::string::String);
    impl ::std::ops::Deref for GetStaticReportSampleId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<GetStaticReportSampleId> for ::std::string::String {
        fn from(value: GetStaticReportSampleId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for GetStaticReportSampleId {
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
    impl ::std::convert::TryFrom<&str> for GetStaticReportSampleId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for GetStaticReportSampleId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for GetStaticReportSampleId {
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
    ///`GetTriageReportSampleId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct GetTriageReportSampleId(::std::string::String);
    impl ::std::ops::Deref for GetTriageReportSampleId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<GetTriageReportSampleId> for ::std::string::String {
        fn from(value: GetTriageReportSampleId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for GetTriageReportSampleId {
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
    impl ::std::convert::TryFrom<&str> for GetTriageReportSampleId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for GetTriageReportSampleId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for GetTriageReportSampleId {
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
    ///`GetTriageReportTaskId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct GetTriageReportTaskId(::std::string::String);
    impl ::std::ops::Deref for GetTriageReportTaskId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<GetTriageReportTaskId> for ::std::string::String {
        fn from(value: GetTriageReportTaskId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for GetTriageReportTaskId {
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
    impl ::std::convert::TryFrom<&str> for GetTriageReportTaskId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for GetTriageReportTaskId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for GetTriageReportTaskId {
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
    ///Indicators of compromise of a target. INFERRED: the vendor pages we work from list the report paths, not the reports' fields; these names are assumed (unknown fields are kept).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct Iocs {
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub domains: ::std::vec::Vec<::std::string::String>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub ips: ::std::vec::Vec<::std::string::String>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub urls: ::std::vec::Vec<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl Iocs {
        pub fn builder() -> builder::Iocs {
            Default::default()
        }
    }
    ///The network activity of a dynamic analysis. INFERRED: the vendor pages we work from list the report paths, not the reports' fields; these names are assumed (unknown fields are kept).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct Network {
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub flows: ::std::vec::Vec<NetworkFlow>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub requests: ::std::vec::Vec<
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl Network {
        pub fn builder() -> builder::Network {
            Default::default()
        }
    }
    ///A network flow of a dynamic analysis. INFERRED: the vendor pages we work from list the report paths, not the reports' fields; these names are assumed (unknown fields are kept).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct NetworkFlow {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub domain: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub dst: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<i32>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub proto: ::std::option::Option<::std::string::String>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub protocols: ::std::vec::Vec<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub src: ::std::option::Option<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl NetworkFlow {
        pub fn builder() -> builder::NetworkFlow {
            Default::default()
        }
    }
    /**The `offset` of the next page, passed back unchanged: opaque, a timestamp string
on one server and an integer on another; absent or null on the last page.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(untagged)]
    pub enum NextToken {
        Variant0(::std::option::Option<::std::string::String>),
        Variant1(i64),
    }
    impl ::std::convert::From<::std::option::Option<::std::string::String>>
    for NextToken {
        fn from(value: ::std::option::Option<::std::string::String>) -> Self {
            Self::Variant0(value)
        }
    }
    impl ::std::convert::From<i64> for NextToken {
        fn from(value: i64) -> Self {
            Self::Variant1(value)
        }
    }
    ///The overview report (v1). INFERRED: the vendor pages we work from list the report paths, not the reports' fields; these names are assumed (unknown fields are kept).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct OverviewReport {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub analysis: ::std::option::Option<Analysis>,
        ///Extracted malware configurations, dropper and credential data (loosely typed).
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub extracted: ::std::vec::Vec<
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub sample: ::std::option::Option<FileInfo>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub signatures: ::std::vec::Vec<Signature>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub targets: ::std::vec::Vec<OverviewTarget>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub tasks: ::std::vec::Vec<OverviewTask>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub version: ::std::option::Option<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl OverviewReport {
        pub fn builder() -> builder::OverviewReport {
            Default::default()
        }
    }
    ///One analysed target in the overview report. INFERRED: the vendor pages we work from list the report paths, not the reports' fields; these names are assumed (unknown fields are kept).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct OverviewTarget {
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub family: ::std::vec::Vec<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub iocs: ::std::option::Option<Iocs>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub score: ::std::option::Option<i32>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub sha256: ::std::option::Option<::std::string::String>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub signatures: ::std::vec::Vec<Signature>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub tags: ::std::vec::Vec<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub target: ::std::option::Option<::std::string::String>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub tasks: ::std::vec::Vec<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl OverviewTarget {
        pub fn builder() -> builder::OverviewTarget {
            Default::default()
        }
    }
    ///One task in the overview report. INFERRED: the vendor pages we work from list the report paths, not the reports' fields; these names are assumed (unknown fields are kept).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct OverviewTask {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub kind: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub platform: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub score: ::std::option::Option<i32>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<Status>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub tags: ::std::vec::Vec<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub target: ::std::option::Option<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl OverviewTask {
        pub fn builder() -> builder::OverviewTask {
            Default::default()
        }
    }
    ///A process of a dynamic analysis. INFERRED: the vendor pages we work from list the report paths, not the reports' fields; these names are assumed (unknown fields are kept).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct Process {
        ///The command line (a string, or a list of arguments on some platforms).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub cmd: ::std::option::Option<::serde_json::Value>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub image: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub pid: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub ppid: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub procid: ::std::option::Option<i32>,
        ///Milliseconds since the start of the analysis.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub started: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub terminated: ::std::option::Option<i64>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl Process {
        pub fn builder() -> builder::Process {
            Default::default()
        }
    }
    ///An analysis profile. INFERRED: the profile paths are documented, not the profile's fields; these names, and `id` and `name` being required, are assumed.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct Profile {
        pub id: ::std::string::String,
        pub name: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub network: ::std::option::Option<::std::string::String>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub tags: ::std::vec::Vec<::std::string::String>,
        ///Analysis time, seconds.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub timeout: ::std::option::Option<i64>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl Profile {
        pub fn builder() -> builder::Profile {
            Default::default()
        }
    }
    ///`ProfileChoice`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ProfileChoice {
        ///The file of an archive to run with this profile.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub pick: ::std::option::Option<::std::string::String>,
        ///The profile's id or name.
        pub profile: ::std::string::String,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl ProfileChoice {
        pub fn builder() -> builder::ProfileChoice {
            Default::default()
        }
    }
    ///A new or changed profile. INFERRED: the body is not documented; these fields, and `name` being required, are assumed.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ProfileInput {
        ///Not empty.
        pub name: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub network: ::std::option::Option<::std::string::String>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub tags: ::std::vec::Vec<::std::string::String>,
        ///Analysis time, seconds (at least 1).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub timeout: ::std::option::Option<i64>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl ProfileInput {
        pub fn builder() -> builder::ProfileInput {
            Default::default()
        }
    }
    ///`ProfileList`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ProfileList {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub data: ::std::option::Option<::std::vec::Vec<Profile>>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub next: ::std::option::Option<NextToken>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl ProfileList {
        pub fn builder() -> builder::ProfileList {
            Default::default()
        }
    }
    ///The profiles of an interactive submission. INFERRED: the body of `POST /v0/samples/{id}/profile` is not documented; `{auto?, pick?, profiles?}` is assumed.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ProfileSelection {
        ///Let the sandbox pick the profiles.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub auto: ::std::option::Option<bool>,
        ///The files of an archive to analyse.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub pick: ::std::vec::Vec<::std::string::String>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub profiles: ::std::vec::Vec<ProfileChoice>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl ProfileSelection {
        pub fn builder() -> builder::ProfileSelection {
            Default::default()
        }
    }
    ///`Sample`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct Sample {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub completed: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub filename: ::std::option::Option<::std::string::String>,
        pub id: ::std::string::String,
        ///`file`, `url` or `fetch`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub kind: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub private: ::std::option::Option<bool>,
        pub status: Status,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub submitted: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub tasks: ::std::vec::Vec<TaskRef>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub url: ::std::option::Option<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl Sample {
        pub fn builder() -> builder::Sample {
            Default::default()
        }
    }
    ///`SamplePage`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct SamplePage {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub data: ::std::option::Option<::std::vec::Vec<Sample>>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub next: ::std::option::Option<NextToken>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl SamplePage {
        pub fn builder() -> builder::SamplePage {
            Default::default()
        }
    }
    ///A short summary of a sample and its tasks. INFERRED: the vendor pages we work from list the path, not the fields; these names, and `sample` and `status` being required, are assumed (unknown fields are kept).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct SampleSummary {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub completed: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub created: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub kind: ::std::option::Option<::std::string::String>,
        ///The sample's id.
        pub sample: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub score: ::std::option::Option<i32>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub sha256: ::std::option::Option<::std::string::String>,
        pub status: Status,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub target: ::std::option::Option<::std::string::String>,
        ///The tasks, by task id.
        #[serde(
            default,
            skip_serializing_if = ":: std :: collections :: HashMap::is_empty"
        )]
        pub tasks: ::std::collections::HashMap<::std::string::String, TaskSummary>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl SampleSummary {
        pub fn builder() -> builder::SampleSummary {
            Default::default()
        }
    }
    ///`SearchSamplesQuery`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct SearchSamplesQuery(::std::string::String);
    impl ::std::ops::Deref for SearchSamplesQuery {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<SearchSamplesQuery> for ::std::string::String {
        fn from(value: SearchSamplesQuery) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for SearchSamplesQuery {
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
    impl ::std::convert::TryFrom<&str> for SearchSamplesQuery {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for SearchSamplesQuery {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for SearchSamplesQuery {
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
    ///`SetSampleProfilesSampleId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct SetSampleProfilesSampleId(::std::string::String);
    impl ::std::ops::Deref for SetSampleProfilesSampleId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<SetSampleProfilesSampleId> for ::std::string::String {
        fn from(value: SetSampleProfilesSampleId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for SetSampleProfilesSampleId {
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
    impl ::std::convert::TryFrom<&str> for SetSampleProfilesSampleId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for SetSampleProfilesSampleId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for SetSampleProfilesSampleId {
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
    ///A signature that matched. INFERRED: the vendor pages we work from list the report paths, not the reports' fields; these names are assumed (unknown fields are kept).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct Signature {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub desc: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub score: ::std::option::Option<i32>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub tags: ::std::vec::Vec<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl Signature {
        pub fn builder() -> builder::Signature {
            Default::default()
        }
    }
    ///One file seen by the static analysis. INFERRED: the vendor pages we work from list the report paths, not the reports' fields; these names are assumed (unknown fields are kept).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct StaticFile {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub depth: ::std::option::Option<i32>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub exts: ::std::vec::Vec<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub filename: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub filesize: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub kind: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub md5: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub selected: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub sha1: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub sha256: ::std::option::Option<::std::string::String>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub tags: ::std::vec::Vec<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl StaticFile {
        pub fn builder() -> builder::StaticFile {
            Default::default()
        }
    }
    ///The static analysis report. INFERRED: the vendor pages we work from list the report paths, not the reports' fields; these names are assumed (unknown fields are kept).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct StaticReport {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub analysis: ::std::option::Option<Analysis>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub error_count: ::std::option::Option<i32>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub files: ::std::vec::Vec<StaticFile>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub sample: ::std::option::Option<FileInfo>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub signatures: ::std::vec::Vec<Signature>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub task: ::std::option::Option<FileInfo>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub unpack_count: ::std::option::Option<i32>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub version: ::std::option::Option<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl StaticReport {
        pub fn builder() -> builder::StaticReport {
            Default::default()
        }
    }
    /**`pending`, `static_analysis`, `scheduled`, `running`, `processing`, `reported`
(terminal) or `failed` (terminal). Kept as a string so that a new status does
not break decoding; the client maps it to `SampleStatus`.
*/
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    #[serde(transparent)]
    pub struct Status(pub ::std::string::String);
    impl ::std::ops::Deref for Status {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<Status> for ::std::string::String {
        fn from(value: Status) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<::std::string::String> for Status {
        fn from(value: ::std::string::String) -> Self {
            Self(value)
        }
    }
    impl ::std::fmt::Display for Status {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            self.0.fmt(f)
        }
    }
    impl ::std::str::FromStr for Status {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self(value.to_string()))
        }
    }
    ///`StreamSampleEventsSampleId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct StreamSampleEventsSampleId(::std::string::String);
    impl ::std::ops::Deref for StreamSampleEventsSampleId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<StreamSampleEventsSampleId> for ::std::string::String {
        fn from(value: StreamSampleEventsSampleId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for StreamSampleEventsSampleId {
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
    impl ::std::convert::TryFrom<&str> for StreamSampleEventsSampleId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for StreamSampleEventsSampleId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for StreamSampleEventsSampleId {
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
    ///`Subset`
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
    pub enum Subset {
        #[serde(rename = "owned")]
        Owned,
        #[serde(rename = "public")]
        Public,
        #[serde(rename = "org")]
        Org,
    }
    impl ::std::fmt::Display for Subset {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Owned => f.write_str("owned"),
                Self::Public => f.write_str("public"),
                Self::Org => f.write_str("org"),
            }
        }
    }
    impl ::std::str::FromStr for Subset {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "owned" => Ok(Self::Owned),
                "public" => Ok(Self::Public),
                "org" => Ok(Self::Org),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for Subset {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for Subset {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///A task of a sample. INFERRED: `{id, status}` is documented; `target` is assumed.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct TaskRef {
        pub id: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<Status>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub target: ::std::option::Option<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl TaskRef {
        pub fn builder() -> builder::TaskRef {
            Default::default()
        }
    }
    ///One task in a sample summary. INFERRED: the vendor pages we work from list the report paths, not the reports' fields; these names are assumed (unknown fields are kept).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct TaskSummary {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub backend: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub kind: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub platform: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub resource: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub score: ::std::option::Option<i32>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<Status>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub tags: ::std::vec::Vec<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub target: ::std::option::Option<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl TaskSummary {
        pub fn builder() -> builder::TaskSummary {
            Default::default()
        }
    }
    ///The dynamic analysis (triage) report of one task. INFERRED: the vendor pages we work from list the report paths, not the reports' fields; these names are assumed (unknown fields are kept).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct TriageReport {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub analysis: ::std::option::Option<Analysis>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub extracted: ::std::vec::Vec<
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub network: ::std::option::Option<Network>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub processes: ::std::vec::Vec<Process>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub sample: ::std::option::Option<FileInfo>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub signatures: ::std::vec::Vec<Signature>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub task: ::std::option::Option<FileInfo>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub version: ::std::option::Option<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl TriageReport {
        pub fn builder() -> builder::TriageReport {
            Default::default()
        }
    }
    ///`UpdateProfileProfileId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct UpdateProfileProfileId(::std::string::String);
    impl ::std::ops::Deref for UpdateProfileProfileId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<UpdateProfileProfileId> for ::std::string::String {
        fn from(value: UpdateProfileProfileId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for UpdateProfileProfileId {
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
    impl ::std::convert::TryFrom<&str> for UpdateProfileProfileId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for UpdateProfileProfileId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for UpdateProfileProfileId {
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
    ///`UrlSubmission`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct UrlSubmission {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub defaults: ::std::option::Option<Defaults>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub interactive: ::std::option::Option<bool>,
        pub kind: UrlSubmissionKind,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub password: ::std::option::Option<::std::string::String>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub profiles: ::std::vec::Vec<ProfileChoice>,
        ///An absolute http(s) URL.
        pub url: ::std::string::String,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub user_tags: ::std::vec::Vec<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl UrlSubmission {
        pub fn builder() -> builder::UrlSubmission {
            Default::default()
        }
    }
    ///`UrlSubmissionKind`
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
    pub enum UrlSubmissionKind {
        #[serde(rename = "url")]
        Url,
        #[serde(rename = "fetch")]
        Fetch,
    }
    impl ::std::fmt::Display for UrlSubmissionKind {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Url => f.write_str("url"),
                Self::Fetch => f.write_str("fetch"),
            }
        }
    }
    impl ::std::str::FromStr for UrlSubmissionKind {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "url" => Ok(Self::Url),
                "fetch" => Ok(Self::Fetch),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for UrlSubmissionKind {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for UrlSubmissionKind {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    /// Types for composing complex structures.
    pub mod builder {
        #[derive(Clone, Debug)]
        pub struct Analysis {
            family: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            score: ::std::result::Result<
                ::std::option::Option<i32>,
                ::std::string::String,
            >,
            tags: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Analysis {
            fn default() -> Self {
                Self {
                    family: Ok(Default::default()),
                    score: Ok(Default::default()),
                    tags: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl Analysis {
            pub fn family<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.family = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for family: {e}")
                    });
                self
            }
            pub fn score<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i32>>,
                T::Error: ::std::fmt::Display,
            {
                self.score = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for score: {e}")
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
        impl ::std::convert::TryFrom<Analysis> for super::Analysis {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Analysis,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    family: value.family?,
                    score: value.score?,
                    tags: value.tags?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::Analysis> for Analysis {
            fn from(value: super::Analysis) -> Self {
                Self {
                    family: Ok(value.family),
                    score: Ok(value.score),
                    tags: Ok(value.tags),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Defaults {
            network: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            timeout: ::std::result::Result<
                ::std::option::Option<::std::num::NonZeroU64>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Defaults {
            fn default() -> Self {
                Self {
                    network: Ok(Default::default()),
                    timeout: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl Defaults {
            pub fn network<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.network = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for network: {e}")
                    });
                self
            }
            pub fn timeout<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::num::NonZeroU64>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.timeout = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for timeout: {e}")
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
        impl ::std::convert::TryFrom<Defaults> for super::Defaults {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Defaults,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    network: value.network?,
                    timeout: value.timeout?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::Defaults> for Defaults {
            fn from(value: super::Defaults) -> Self {
                Self {
                    network: Ok(value.network),
                    timeout: Ok(value.timeout),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Error {
            error: ::std::result::Result<::std::string::String, ::std::string::String>,
            message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
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
                    message: Ok(Default::default()),
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
                    message: value.message?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::Error> for Error {
            fn from(value: super::Error) -> Self {
                Self {
                    error: Ok(value.error),
                    message: Ok(value.message),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct FileInfo {
            completed: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            created: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            filename: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            md5: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            score: ::std::result::Result<
                ::std::option::Option<i32>,
                ::std::string::String,
            >,
            sha1: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            sha256: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            sha512: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            size: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            ssdeep: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            target: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for FileInfo {
            fn default() -> Self {
                Self {
                    completed: Ok(Default::default()),
                    created: Ok(Default::default()),
                    filename: Ok(Default::default()),
                    id: Ok(Default::default()),
                    md5: Ok(Default::default()),
                    score: Ok(Default::default()),
                    sha1: Ok(Default::default()),
                    sha256: Ok(Default::default()),
                    sha512: Ok(Default::default()),
                    size: Ok(Default::default()),
                    ssdeep: Ok(Default::default()),
                    target: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl FileInfo {
            pub fn completed<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.completed = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for completed: {e}")
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
            pub fn filename<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.filename = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for filename: {e}")
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
            pub fn md5<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.md5 = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for md5: {e}")
                    });
                self
            }
            pub fn score<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i32>>,
                T::Error: ::std::fmt::Display,
            {
                self.score = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for score: {e}")
                    });
                self
            }
            pub fn sha1<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.sha1 = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for sha1: {e}")
                    });
                self
            }
            pub fn sha256<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.sha256 = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for sha256: {e}")
                    });
                self
            }
            pub fn sha512<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.sha512 = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for sha512: {e}")
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
            pub fn ssdeep<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.ssdeep = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for ssdeep: {e}")
                    });
                self
            }
            pub fn target<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.target = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for target: {e}")
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
        impl ::std::convert::TryFrom<FileInfo> for super::FileInfo {
            type Error = super::error::ConversionError;
            fn try_from(
                value: FileInfo,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    completed: value.completed?,
                    created: value.created?,
                    filename: value.filename?,
                    id: value.id?,
                    md5: value.md5?,
                    score: value.score?,
                    sha1: value.sha1?,
                    sha256: value.sha256?,
                    sha512: value.sha512?,
                    size: value.size?,
                    ssdeep: value.ssdeep?,
                    target: value.target?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::FileInfo> for FileInfo {
            fn from(value: super::FileInfo) -> Self {
                Self {
                    completed: Ok(value.completed),
                    created: Ok(value.created),
                    filename: Ok(value.filename),
                    id: Ok(value.id),
                    md5: Ok(value.md5),
                    score: Ok(value.score),
                    sha1: Ok(value.sha1),
                    sha256: Ok(value.sha256),
                    sha512: Ok(value.sha512),
                    size: Ok(value.size),
                    ssdeep: Ok(value.ssdeep),
                    target: Ok(value.target),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct FileSubmission {
            defaults: ::std::result::Result<
                ::std::option::Option<super::Defaults>,
                ::std::string::String,
            >,
            interactive: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            kind: ::std::result::Result<
                super::FileSubmissionKind,
                ::std::string::String,
            >,
            password: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            profiles: ::std::result::Result<
                ::std::vec::Vec<super::ProfileChoice>,
                ::std::string::String,
            >,
            user_tags: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for FileSubmission {
            fn default() -> Self {
                Self {
                    defaults: Ok(Default::default()),
                    interactive: Ok(Default::default()),
                    kind: Err("no value supplied for kind".to_string()),
                    password: Ok(Default::default()),
                    profiles: Ok(Default::default()),
                    user_tags: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl FileSubmission {
            pub fn defaults<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Defaults>>,
                T::Error: ::std::fmt::Display,
            {
                self.defaults = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for defaults: {e}")
                    });
                self
            }
            pub fn interactive<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.interactive = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for interactive: {e}")
                    });
                self
            }
            pub fn kind<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::FileSubmissionKind>,
                T::Error: ::std::fmt::Display,
            {
                self.kind = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for kind: {e}")
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
            pub fn profiles<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::ProfileChoice>>,
                T::Error: ::std::fmt::Display,
            {
                self.profiles = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for profiles: {e}")
                    });
                self
            }
            pub fn user_tags<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.user_tags = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for user_tags: {e}")
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
        impl ::std::convert::TryFrom<FileSubmission> for super::FileSubmission {
            type Error = super::error::ConversionError;
            fn try_from(
                value: FileSubmission,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    defaults: value.defaults?,
                    interactive: value.interactive?,
                    kind: value.kind?,
                    password: value.password?,
                    profiles: value.profiles?,
                    user_tags: value.user_tags?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::FileSubmission> for FileSubmission {
            fn from(value: super::FileSubmission) -> Self {
                Self {
                    defaults: Ok(value.defaults),
                    interactive: Ok(value.interactive),
                    kind: Ok(value.kind),
                    password: Ok(value.password),
                    profiles: Ok(value.profiles),
                    user_tags: Ok(value.user_tags),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Iocs {
            domains: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            ips: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            urls: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Iocs {
            fn default() -> Self {
                Self {
                    domains: Ok(Default::default()),
                    ips: Ok(Default::default()),
                    urls: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl Iocs {
            pub fn domains<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.domains = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for domains: {e}")
                    });
                self
            }
            pub fn ips<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.ips = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for ips: {e}")
                    });
                self
            }
            pub fn urls<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.urls = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for urls: {e}")
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
        impl ::std::convert::TryFrom<Iocs> for super::Iocs {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Iocs,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    domains: value.domains?,
                    ips: value.ips?,
                    urls: value.urls?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::Iocs> for Iocs {
            fn from(value: super::Iocs) -> Self {
                Self {
                    domains: Ok(value.domains),
                    ips: Ok(value.ips),
                    urls: Ok(value.urls),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Network {
            flows: ::std::result::Result<
                ::std::vec::Vec<super::NetworkFlow>,
                ::std::string::String,
            >,
            requests: ::std::result::Result<
                ::std::vec::Vec<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Network {
            fn default() -> Self {
                Self {
                    flows: Ok(Default::default()),
                    requests: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl Network {
            pub fn flows<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::NetworkFlow>>,
                T::Error: ::std::fmt::Display,
            {
                self.flows = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for flows: {e}")
                    });
                self
            }
            pub fn requests<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::vec::Vec<
                        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.requests = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for requests: {e}")
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
        impl ::std::convert::TryFrom<Network> for super::Network {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Network,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    flows: value.flows?,
                    requests: value.requests?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::Network> for Network {
            fn from(value: super::Network) -> Self {
                Self {
                    flows: Ok(value.flows),
                    requests: Ok(value.requests),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct NetworkFlow {
            domain: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            dst: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::option::Option<i32>, ::std::string::String>,
            proto: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            protocols: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            src: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for NetworkFlow {
            fn default() -> Self {
                Self {
                    domain: Ok(Default::default()),
                    dst: Ok(Default::default()),
                    id: Ok(Default::default()),
                    proto: Ok(Default::default()),
                    protocols: Ok(Default::default()),
                    src: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl NetworkFlow {
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
            pub fn dst<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.dst = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for dst: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i32>>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn proto<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.proto = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for proto: {e}")
                    });
                self
            }
            pub fn protocols<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.protocols = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for protocols: {e}")
                    });
                self
            }
            pub fn src<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.src = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for src: {e}")
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
        impl ::std::convert::TryFrom<NetworkFlow> for super::NetworkFlow {
            type Error = super::error::ConversionError;
            fn try_from(
                value: NetworkFlow,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    domain: value.domain?,
                    dst: value.dst?,
                    id: value.id?,
                    proto: value.proto?,
                    protocols: value.protocols?,
                    src: value.src?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::NetworkFlow> for NetworkFlow {
            fn from(value: super::NetworkFlow) -> Self {
                Self {
                    domain: Ok(value.domain),
                    dst: Ok(value.dst),
                    id: Ok(value.id),
                    proto: Ok(value.proto),
                    protocols: Ok(value.protocols),
                    src: Ok(value.src),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct OverviewReport {
            analysis: ::std::result::Result<
                ::std::option::Option<super::Analysis>,
                ::std::string::String,
            >,
            extracted: ::std::result::Result<
                ::std::vec::Vec<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                ::std::string::String,
            >,
            sample: ::std::result::Result<
                ::std::option::Option<super::FileInfo>,
                ::std::string::String,
            >,
            signatures: ::std::result::Result<
                ::std::vec::Vec<super::Signature>,
                ::std::string::String,
            >,
            targets: ::std::result::Result<
                ::std::vec::Vec<super::OverviewTarget>,
                ::std::string::String,
            >,
            tasks: ::std::result::Result<
                ::std::vec::Vec<super::OverviewTask>,
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
        impl ::std::default::Default for OverviewReport {
            fn default() -> Self {
                Self {
                    analysis: Ok(Default::default()),
                    extracted: Ok(Default::default()),
                    sample: Ok(Default::default()),
                    signatures: Ok(Default::default()),
                    targets: Ok(Default::default()),
                    tasks: Ok(Default::default()),
                    version: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl OverviewReport {
            pub fn analysis<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Analysis>>,
                T::Error: ::std::fmt::Display,
            {
                self.analysis = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for analysis: {e}")
                    });
                self
            }
            pub fn extracted<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::vec::Vec<
                        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extracted = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extracted: {e}")
                    });
                self
            }
            pub fn sample<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::FileInfo>>,
                T::Error: ::std::fmt::Display,
            {
                self.sample = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for sample: {e}")
                    });
                self
            }
            pub fn signatures<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Signature>>,
                T::Error: ::std::fmt::Display,
            {
                self.signatures = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for signatures: {e}")
                    });
                self
            }
            pub fn targets<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::OverviewTarget>>,
                T::Error: ::std::fmt::Display,
            {
                self.targets = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for targets: {e}")
                    });
                self
            }
            pub fn tasks<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::OverviewTask>>,
                T::Error: ::std::fmt::Display,
            {
                self.tasks = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for tasks: {e}")
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
        impl ::std::convert::TryFrom<OverviewReport> for super::OverviewReport {
            type Error = super::error::ConversionError;
            fn try_from(
                value: OverviewReport,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    analysis: value.analysis?,
                    extracted: value.extracted?,
                    sample: value.sample?,
                    signatures: value.signatures?,
                    targets: value.targets?,
                    tasks: value.tasks?,
                    version: value.version?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::OverviewReport> for OverviewReport {
            fn from(value: super::OverviewReport) -> Self {
                Self {
                    analysis: Ok(value.analysis),
                    extracted: Ok(value.extracted),
                    sample: Ok(value.sample),
                    signatures: Ok(value.signatures),
                    targets: Ok(value.targets),
                    tasks: Ok(value.tasks),
                    version: Ok(value.version),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct OverviewTarget {
            family: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            iocs: ::std::result::Result<
                ::std::option::Option<super::Iocs>,
                ::std::string::String,
            >,
            score: ::std::result::Result<
                ::std::option::Option<i32>,
                ::std::string::String,
            >,
            sha256: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            signatures: ::std::result::Result<
                ::std::vec::Vec<super::Signature>,
                ::std::string::String,
            >,
            tags: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            target: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            tasks: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for OverviewTarget {
            fn default() -> Self {
                Self {
                    family: Ok(Default::default()),
                    iocs: Ok(Default::default()),
                    score: Ok(Default::default()),
                    sha256: Ok(Default::default()),
                    signatures: Ok(Default::default()),
                    tags: Ok(Default::default()),
                    target: Ok(Default::default()),
                    tasks: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl OverviewTarget {
            pub fn family<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.family = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for family: {e}")
                    });
                self
            }
            pub fn iocs<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Iocs>>,
                T::Error: ::std::fmt::Display,
            {
                self.iocs = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for iocs: {e}")
                    });
                self
            }
            pub fn score<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i32>>,
                T::Error: ::std::fmt::Display,
            {
                self.score = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for score: {e}")
                    });
                self
            }
            pub fn sha256<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.sha256 = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for sha256: {e}")
                    });
                self
            }
            pub fn signatures<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Signature>>,
                T::Error: ::std::fmt::Display,
            {
                self.signatures = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for signatures: {e}")
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
            pub fn target<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.target = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for target: {e}")
                    });
                self
            }
            pub fn tasks<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.tasks = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for tasks: {e}")
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
        impl ::std::convert::TryFrom<OverviewTarget> for super::OverviewTarget {
            type Error = super::error::ConversionError;
            fn try_from(
                value: OverviewTarget,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    family: value.family?,
                    iocs: value.iocs?,
                    score: value.score?,
                    sha256: value.sha256?,
                    signatures: value.signatures?,
                    tags: value.tags?,
                    target: value.target?,
                    tasks: value.tasks?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::OverviewTarget> for OverviewTarget {
            fn from(value: super::OverviewTarget) -> Self {
                Self {
                    family: Ok(value.family),
                    iocs: Ok(value.iocs),
                    score: Ok(value.score),
                    sha256: Ok(value.sha256),
                    signatures: Ok(value.signatures),
                    tags: Ok(value.tags),
                    target: Ok(value.target),
                    tasks: Ok(value.tasks),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct OverviewTask {
            kind: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            platform: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            score: ::std::result::Result<
                ::std::option::Option<i32>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                ::std::option::Option<super::Status>,
                ::std::string::String,
            >,
            tags: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            target: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for OverviewTask {
            fn default() -> Self {
                Self {
                    kind: Ok(Default::default()),
                    name: Ok(Default::default()),
                    platform: Ok(Default::default()),
                    score: Ok(Default::default()),
                    status: Ok(Default::default()),
                    tags: Ok(Default::default()),
                    target: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl OverviewTask {
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
            pub fn score<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i32>>,
                T::Error: ::std::fmt::Display,
            {
                self.score = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for score: {e}")
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Status>>,
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
            pub fn target<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.target = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for target: {e}")
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
        impl ::std::convert::TryFrom<OverviewTask> for super::OverviewTask {
            type Error = super::error::ConversionError;
            fn try_from(
                value: OverviewTask,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    kind: value.kind?,
                    name: value.name?,
                    platform: value.platform?,
                    score: value.score?,
                    status: value.status?,
                    tags: value.tags?,
                    target: value.target?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::OverviewTask> for OverviewTask {
            fn from(value: super::OverviewTask) -> Self {
                Self {
                    kind: Ok(value.kind),
                    name: Ok(value.name),
                    platform: Ok(value.platform),
                    score: Ok(value.score),
                    status: Ok(value.status),
                    tags: Ok(value.tags),
                    target: Ok(value.target),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Process {
            cmd: ::std::result::Result<
                ::std::option::Option<::serde_json::Value>,
                ::std::string::String,
            >,
            image: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            pid: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            ppid: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            procid: ::std::result::Result<
                ::std::option::Option<i32>,
                ::std::string::String,
            >,
            started: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            terminated: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Process {
            fn default() -> Self {
                Self {
                    cmd: Ok(Default::default()),
                    image: Ok(Default::default()),
                    pid: Ok(Default::default()),
                    ppid: Ok(Default::default()),
                    procid: Ok(Default::default()),
                    started: Ok(Default::default()),
                    terminated: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl Process {
            pub fn cmd<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::serde_json::Value>>,
                T::Error: ::std::fmt::Display,
            {
                self.cmd = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for cmd: {e}")
                    });
                self
            }
            pub fn image<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.image = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for image: {e}")
                    });
                self
            }
            pub fn pid<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.pid = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for pid: {e}")
                    });
                self
            }
            pub fn ppid<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.ppid = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for ppid: {e}")
                    });
                self
            }
            pub fn procid<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i32>>,
                T::Error: ::std::fmt::Display,
            {
                self.procid = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for procid: {e}")
                    });
                self
            }
            pub fn started<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.started = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for started: {e}")
                    });
                self
            }
            pub fn terminated<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.terminated = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for terminated: {e}")
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
        impl ::std::convert::TryFrom<Process> for super::Process {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Process,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    cmd: value.cmd?,
                    image: value.image?,
                    pid: value.pid?,
                    ppid: value.ppid?,
                    procid: value.procid?,
                    started: value.started?,
                    terminated: value.terminated?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::Process> for Process {
            fn from(value: super::Process) -> Self {
                Self {
                    cmd: Ok(value.cmd),
                    image: Ok(value.image),
                    pid: Ok(value.pid),
                    ppid: Ok(value.ppid),
                    procid: Ok(value.procid),
                    started: Ok(value.started),
                    terminated: Ok(value.terminated),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Profile {
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            network: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            tags: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            timeout: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Profile {
            fn default() -> Self {
                Self {
                    id: Err("no value supplied for id".to_string()),
                    name: Err("no value supplied for name".to_string()),
                    network: Ok(Default::default()),
                    tags: Ok(Default::default()),
                    timeout: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl Profile {
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
            pub fn network<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.network = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for network: {e}")
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
            pub fn timeout<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.timeout = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for timeout: {e}")
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
        impl ::std::convert::TryFrom<Profile> for super::Profile {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Profile,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    id: value.id?,
                    name: value.name?,
                    network: value.network?,
                    tags: value.tags?,
                    timeout: value.timeout?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::Profile> for Profile {
            fn from(value: super::Profile) -> Self {
                Self {
                    id: Ok(value.id),
                    name: Ok(value.name),
                    network: Ok(value.network),
                    tags: Ok(value.tags),
                    timeout: Ok(value.timeout),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ProfileChoice {
            pick: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            profile: ::std::result::Result<::std::string::String, ::std::string::String>,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ProfileChoice {
            fn default() -> Self {
                Self {
                    pick: Ok(Default::default()),
                    profile: Err("no value supplied for profile".to_string()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl ProfileChoice {
            pub fn pick<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.pick = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for pick: {e}")
                    });
                self
            }
            pub fn profile<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.profile = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for profile: {e}")
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
        impl ::std::convert::TryFrom<ProfileChoice> for super::ProfileChoice {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ProfileChoice,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    pick: value.pick?,
                    profile: value.profile?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::ProfileChoice> for ProfileChoice {
            fn from(value: super::ProfileChoice) -> Self {
                Self {
                    pick: Ok(value.pick),
                    profile: Ok(value.profile),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ProfileInput {
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            network: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            tags: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            timeout: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ProfileInput {
            fn default() -> Self {
                Self {
                    name: Err("no value supplied for name".to_string()),
                    network: Ok(Default::default()),
                    tags: Ok(Default::default()),
                    timeout: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl ProfileInput {
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
            pub fn network<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.network = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for network: {e}")
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
            pub fn timeout<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.timeout = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for timeout: {e}")
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
        impl ::std::convert::TryFrom<ProfileInput> for super::ProfileInput {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ProfileInput,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    name: value.name?,
                    network: value.network?,
                    tags: value.tags?,
                    timeout: value.timeout?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::ProfileInput> for ProfileInput {
            fn from(value: super::ProfileInput) -> Self {
                Self {
                    name: Ok(value.name),
                    network: Ok(value.network),
                    tags: Ok(value.tags),
                    timeout: Ok(value.timeout),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ProfileList {
            data: ::std::result::Result<
                ::std::option::Option<::std::vec::Vec<super::Profile>>,
                ::std::string::String,
            >,
            next: ::std::result::Result<
                ::std::option::Option<super::NextToken>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ProfileList {
            fn default() -> Self {
                Self {
                    data: Ok(Default::default()),
                    next: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl ProfileList {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::vec::Vec<super::Profile>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn next<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::NextToken>>,
                T::Error: ::std::fmt::Display,
            {
                self.next = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for next: {e}")
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
        impl ::std::convert::TryFrom<ProfileList> for super::ProfileList {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ProfileList,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    next: value.next?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::ProfileList> for ProfileList {
            fn from(value: super::ProfileList) -> Self {
                Self {
                    data: Ok(value.data),
                    next: Ok(value.next),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ProfileSelection {
            auto: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            pick: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            profiles: ::std::result::Result<
                ::std::vec::Vec<super::ProfileChoice>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ProfileSelection {
            fn default() -> Self {
                Self {
                    auto: Ok(Default::default()),
                    pick: Ok(Default::default()),
                    profiles: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl ProfileSelection {
            pub fn auto<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.auto = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for auto: {e}")
                    });
                self
            }
            pub fn pick<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.pick = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for pick: {e}")
                    });
                self
            }
            pub fn profiles<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::ProfileChoice>>,
                T::Error: ::std::fmt::Display,
            {
                self.profiles = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for profiles: {e}")
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
        impl ::std::convert::TryFrom<ProfileSelection> for super::ProfileSelection {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ProfileSelection,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    auto: value.auto?,
                    pick: value.pick?,
                    profiles: value.profiles?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::ProfileSelection> for ProfileSelection {
            fn from(value: super::ProfileSelection) -> Self {
                Self {
                    auto: Ok(value.auto),
                    pick: Ok(value.pick),
                    profiles: Ok(value.profiles),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Sample {
            completed: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            filename: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            kind: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            private: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            status: ::std::result::Result<super::Status, ::std::string::String>,
            submitted: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            tasks: ::std::result::Result<
                ::std::vec::Vec<super::TaskRef>,
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
        impl ::std::default::Default for Sample {
            fn default() -> Self {
                Self {
                    completed: Ok(Default::default()),
                    filename: Ok(Default::default()),
                    id: Err("no value supplied for id".to_string()),
                    kind: Ok(Default::default()),
                    private: Ok(Default::default()),
                    status: Err("no value supplied for status".to_string()),
                    submitted: Ok(Default::default()),
                    tasks: Ok(Default::default()),
                    url: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl Sample {
            pub fn completed<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.completed = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for completed: {e}")
                    });
                self
            }
            pub fn filename<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.filename = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for filename: {e}")
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
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Status>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
            pub fn submitted<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.submitted = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for submitted: {e}")
                    });
                self
            }
            pub fn tasks<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::TaskRef>>,
                T::Error: ::std::fmt::Display,
            {
                self.tasks = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for tasks: {e}")
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
        impl ::std::convert::TryFrom<Sample> for super::Sample {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Sample,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    completed: value.completed?,
                    filename: value.filename?,
                    id: value.id?,
                    kind: value.kind?,
                    private: value.private?,
                    status: value.status?,
                    submitted: value.submitted?,
                    tasks: value.tasks?,
                    url: value.url?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::Sample> for Sample {
            fn from(value: super::Sample) -> Self {
                Self {
                    completed: Ok(value.completed),
                    filename: Ok(value.filename),
                    id: Ok(value.id),
                    kind: Ok(value.kind),
                    private: Ok(value.private),
                    status: Ok(value.status),
                    submitted: Ok(value.submitted),
                    tasks: Ok(value.tasks),
                    url: Ok(value.url),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SamplePage {
            data: ::std::result::Result<
                ::std::option::Option<::std::vec::Vec<super::Sample>>,
                ::std::string::String,
            >,
            next: ::std::result::Result<
                ::std::option::Option<super::NextToken>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for SamplePage {
            fn default() -> Self {
                Self {
                    data: Ok(Default::default()),
                    next: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl SamplePage {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::vec::Vec<super::Sample>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn next<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::NextToken>>,
                T::Error: ::std::fmt::Display,
            {
                self.next = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for next: {e}")
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
        impl ::std::convert::TryFrom<SamplePage> for super::SamplePage {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SamplePage,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    next: value.next?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::SamplePage> for SamplePage {
            fn from(value: super::SamplePage) -> Self {
                Self {
                    data: Ok(value.data),
                    next: Ok(value.next),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SampleSummary {
            completed: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            created: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            kind: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            sample: ::std::result::Result<::std::string::String, ::std::string::String>,
            score: ::std::result::Result<
                ::std::option::Option<i32>,
                ::std::string::String,
            >,
            sha256: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            status: ::std::result::Result<super::Status, ::std::string::String>,
            target: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            tasks: ::std::result::Result<
                ::std::collections::HashMap<::std::string::String, super::TaskSummary>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for SampleSummary {
            fn default() -> Self {
                Self {
                    completed: Ok(Default::default()),
                    created: Ok(Default::default()),
                    kind: Ok(Default::default()),
                    sample: Err("no value supplied for sample".to_string()),
                    score: Ok(Default::default()),
                    sha256: Ok(Default::default()),
                    status: Err("no value supplied for status".to_string()),
                    target: Ok(Default::default()),
                    tasks: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl SampleSummary {
            pub fn completed<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.completed = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for completed: {e}")
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
            pub fn sample<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.sample = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for sample: {e}")
                    });
                self
            }
            pub fn score<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i32>>,
                T::Error: ::std::fmt::Display,
            {
                self.score = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for score: {e}")
                    });
                self
            }
            pub fn sha256<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.sha256 = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for sha256: {e}")
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Status>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
            pub fn target<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.target = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for target: {e}")
                    });
                self
            }
            pub fn tasks<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::collections::HashMap<
                        ::std::string::String,
                        super::TaskSummary,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.tasks = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for tasks: {e}")
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
        impl ::std::convert::TryFrom<SampleSummary> for super::SampleSummary {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SampleSummary,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    completed: value.completed?,
                    created: value.created?,
                    kind: value.kind?,
                    sample: value.sample?,
                    score: value.score?,
                    sha256: value.sha256?,
                    status: value.status?,
                    target: value.target?,
                    tasks: value.tasks?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::SampleSummary> for SampleSummary {
            fn from(value: super::SampleSummary) -> Self {
                Self {
                    completed: Ok(value.completed),
                    created: Ok(value.created),
                    kind: Ok(value.kind),
                    sample: Ok(value.sample),
                    score: Ok(value.score),
                    sha256: Ok(value.sha256),
                    status: Ok(value.status),
                    target: Ok(value.target),
                    tasks: Ok(value.tasks),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Signature {
            desc: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            score: ::std::result::Result<
                ::std::option::Option<i32>,
                ::std::string::String,
            >,
            tags: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Signature {
            fn default() -> Self {
                Self {
                    desc: Ok(Default::default()),
                    name: Ok(Default::default()),
                    score: Ok(Default::default()),
                    tags: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl Signature {
            pub fn desc<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.desc = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for desc: {e}")
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
            pub fn score<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i32>>,
                T::Error: ::std::fmt::Display,
            {
                self.score = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for score: {e}")
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
        impl ::std::convert::TryFrom<Signature> for super::Signature {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Signature,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    desc: value.desc?,
                    name: value.name?,
                    score: value.score?,
                    tags: value.tags?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::Signature> for Signature {
            fn from(value: super::Signature) -> Self {
                Self {
                    desc: Ok(value.desc),
                    name: Ok(value.name),
                    score: Ok(value.score),
                    tags: Ok(value.tags),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct StaticFile {
            depth: ::std::result::Result<
                ::std::option::Option<i32>,
                ::std::string::String,
            >,
            exts: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            filename: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            filesize: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            kind: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            md5: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            selected: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            sha1: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            sha256: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            tags: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for StaticFile {
            fn default() -> Self {
                Self {
                    depth: Ok(Default::default()),
                    exts: Ok(Default::default()),
                    filename: Ok(Default::default()),
                    filesize: Ok(Default::default()),
                    kind: Ok(Default::default()),
                    md5: Ok(Default::default()),
                    selected: Ok(Default::default()),
                    sha1: Ok(Default::default()),
                    sha256: Ok(Default::default()),
                    tags: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl StaticFile {
            pub fn depth<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i32>>,
                T::Error: ::std::fmt::Display,
            {
                self.depth = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for depth: {e}")
                    });
                self
            }
            pub fn exts<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.exts = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for exts: {e}")
                    });
                self
            }
            pub fn filename<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.filename = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for filename: {e}")
                    });
                self
            }
            pub fn filesize<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.filesize = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for filesize: {e}")
                    });
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
            pub fn md5<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.md5 = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for md5: {e}")
                    });
                self
            }
            pub fn selected<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.selected = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for selected: {e}")
                    });
                self
            }
            pub fn sha1<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.sha1 = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for sha1: {e}")
                    });
                self
            }
            pub fn sha256<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.sha256 = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for sha256: {e}")
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
        impl ::std::convert::TryFrom<StaticFile> for super::StaticFile {
            type Error = super::error::ConversionError;
            fn try_from(
                value: StaticFile,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    depth: value.depth?,
                    exts: value.exts?,
                    filename: value.filename?,
                    filesize: value.filesize?,
                    kind: value.kind?,
                    md5: value.md5?,
                    selected: value.selected?,
                    sha1: value.sha1?,
                    sha256: value.sha256?,
                    tags: value.tags?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::StaticFile> for StaticFile {
            fn from(value: super::StaticFile) -> Self {
                Self {
                    depth: Ok(value.depth),
                    exts: Ok(value.exts),
                    filename: Ok(value.filename),
                    filesize: Ok(value.filesize),
                    kind: Ok(value.kind),
                    md5: Ok(value.md5),
                    selected: Ok(value.selected),
                    sha1: Ok(value.sha1),
                    sha256: Ok(value.sha256),
                    tags: Ok(value.tags),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct StaticReport {
            analysis: ::std::result::Result<
                ::std::option::Option<super::Analysis>,
                ::std::string::String,
            >,
            error_count: ::std::result::Result<
                ::std::option::Option<i32>,
                ::std::string::String,
            >,
            files: ::std::result::Result<
                ::std::vec::Vec<super::StaticFile>,
                ::std::string::String,
            >,
            sample: ::std::result::Result<
                ::std::option::Option<super::FileInfo>,
                ::std::string::String,
            >,
            signatures: ::std::result::Result<
                ::std::vec::Vec<super::Signature>,
                ::std::string::String,
            >,
            task: ::std::result::Result<
                ::std::option::Option<super::FileInfo>,
                ::std::string::String,
            >,
            unpack_count: ::std::result::Result<
                ::std::option::Option<i32>,
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
        impl ::std::default::Default for StaticReport {
            fn default() -> Self {
                Self {
                    analysis: Ok(Default::default()),
                    error_count: Ok(Default::default()),
                    files: Ok(Default::default()),
                    sample: Ok(Default::default()),
                    signatures: Ok(Default::default()),
                    task: Ok(Default::default()),
                    unpack_count: Ok(Default::default()),
                    version: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl StaticReport {
            pub fn analysis<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Analysis>>,
                T::Error: ::std::fmt::Display,
            {
                self.analysis = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for analysis: {e}")
                    });
                self
            }
            pub fn error_count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i32>>,
                T::Error: ::std::fmt::Display,
            {
                self.error_count = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for error_count: {e}")
                    });
                self
            }
            pub fn files<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::StaticFile>>,
                T::Error: ::std::fmt::Display,
            {
                self.files = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for files: {e}")
                    });
                self
            }
            pub fn sample<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::FileInfo>>,
                T::Error: ::std::fmt::Display,
            {
                self.sample = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for sample: {e}")
                    });
                self
            }
            pub fn signatures<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Signature>>,
                T::Error: ::std::fmt::Display,
            {
                self.signatures = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for signatures: {e}")
                    });
                self
            }
            pub fn task<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::FileInfo>>,
                T::Error: ::std::fmt::Display,
            {
                self.task = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for task: {e}")
                    });
                self
            }
            pub fn unpack_count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i32>>,
                T::Error: ::std::fmt::Display,
            {
                self.unpack_count = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for unpack_count: {e}")
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
        impl ::std::convert::TryFrom<StaticReport> for super::StaticReport {
            type Error = super::error::ConversionError;
            fn try_from(
                value: StaticReport,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    analysis: value.analysis?,
                    error_count: value.error_count?,
                    files: value.files?,
                    sample: value.sample?,
                    signatures: value.signatures?,
                    task: value.task?,
                    unpack_count: value.unpack_count?,
                    version: value.version?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::StaticReport> for StaticReport {
            fn from(value: super::StaticReport) -> Self {
                Self {
                    analysis: Ok(value.analysis),
                    error_count: Ok(value.error_count),
                    files: Ok(value.files),
                    sample: Ok(value.sample),
                    signatures: Ok(value.signatures),
                    task: Ok(value.task),
                    unpack_count: Ok(value.unpack_count),
                    version: Ok(value.version),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct TaskRef {
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            status: ::std::result::Result<
                ::std::option::Option<super::Status>,
                ::std::string::String,
            >,
            target: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for TaskRef {
            fn default() -> Self {
                Self {
                    id: Err("no value supplied for id".to_string()),
                    status: Ok(Default::default()),
                    target: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl TaskRef {
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
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Status>>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
            pub fn target<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.target = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for target: {e}")
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
        impl ::std::convert::TryFrom<TaskRef> for super::TaskRef {
            type Error = super::error::ConversionError;
            fn try_from(
                value: TaskRef,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    id: value.id?,
                    status: value.status?,
                    target: value.target?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::TaskRef> for TaskRef {
            fn from(value: super::TaskRef) -> Self {
                Self {
                    id: Ok(value.id),
                    status: Ok(value.status),
                    target: Ok(value.target),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct TaskSummary {
            backend: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            kind: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            platform: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            resource: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            score: ::std::result::Result<
                ::std::option::Option<i32>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                ::std::option::Option<super::Status>,
                ::std::string::String,
            >,
            tags: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            target: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for TaskSummary {
            fn default() -> Self {
                Self {
                    backend: Ok(Default::default()),
                    kind: Ok(Default::default()),
                    platform: Ok(Default::default()),
                    resource: Ok(Default::default()),
                    score: Ok(Default::default()),
                    status: Ok(Default::default()),
                    tags: Ok(Default::default()),
                    target: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl TaskSummary {
            pub fn backend<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.backend = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for backend: {e}")
                    });
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
            pub fn resource<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.resource = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for resource: {e}")
                    });
                self
            }
            pub fn score<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i32>>,
                T::Error: ::std::fmt::Display,
            {
                self.score = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for score: {e}")
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Status>>,
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
            pub fn target<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.target = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for target: {e}")
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
        impl ::std::convert::TryFrom<TaskSummary> for super::TaskSummary {
            type Error = super::error::ConversionError;
            fn try_from(
                value: TaskSummary,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    backend: value.backend?,
                    kind: value.kind?,
                    platform: value.platform?,
                    resource: value.resource?,
                    score: value.score?,
                    status: value.status?,
                    tags: value.tags?,
                    target: value.target?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::TaskSummary> for TaskSummary {
            fn from(value: super::TaskSummary) -> Self {
                Self {
                    backend: Ok(value.backend),
                    kind: Ok(value.kind),
                    platform: Ok(value.platform),
                    resource: Ok(value.resource),
                    score: Ok(value.score),
                    status: Ok(value.status),
                    tags: Ok(value.tags),
                    target: Ok(value.target),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct TriageReport {
            analysis: ::std::result::Result<
                ::std::option::Option<super::Analysis>,
                ::std::string::String,
            >,
            extracted: ::std::result::Result<
                ::std::vec::Vec<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                ::std::string::String,
            >,
            network: ::std::result::Result<
                ::std::option::Option<super::Network>,
                ::std::string::String,
            >,
            processes: ::std::result::Result<
                ::std::vec::Vec<super::Process>,
                ::std::string::String,
            >,
            sample: ::std::result::Result<
                ::std::option::Option<super::FileInfo>,
                ::std::string::String,
            >,
            signatures: ::std::result::Result<
                ::std::vec::Vec<super::Signature>,
                ::std::string::String,
            >,
            task: ::std::result::Result<
                ::std::option::Option<super::FileInfo>,
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
        impl ::std::default::Default for TriageReport {
            fn default() -> Self {
                Self {
                    analysis: Ok(Default::default()),
                    extracted: Ok(Default::default()),
                    network: Ok(Default::default()),
                    processes: Ok(Default::default()),
                    sample: Ok(Default::default()),
                    signatures: Ok(Default::default()),
                    task: Ok(Default::default()),
                    version: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl TriageReport {
            pub fn analysis<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Analysis>>,
                T::Error: ::std::fmt::Display,
            {
                self.analysis = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for analysis: {e}")
                    });
                self
            }
            pub fn extracted<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::vec::Vec<
                        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extracted = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extracted: {e}")
                    });
                self
            }
            pub fn network<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Network>>,
                T::Error: ::std::fmt::Display,
            {
                self.network = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for network: {e}")
                    });
                self
            }
            pub fn processes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Process>>,
                T::Error: ::std::fmt::Display,
            {
                self.processes = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for processes: {e}")
                    });
                self
            }
            pub fn sample<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::FileInfo>>,
                T::Error: ::std::fmt::Display,
            {
                self.sample = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for sample: {e}")
                    });
                self
            }
            pub fn signatures<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Signature>>,
                T::Error: ::std::fmt::Display,
            {
                self.signatures = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for signatures: {e}")
                    });
                self
            }
            pub fn task<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::FileInfo>>,
                T::Error: ::std::fmt::Display,
            {
                self.task = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for task: {e}")
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
        impl ::std::convert::TryFrom<TriageReport> for super::TriageReport {
            type Error = super::error::ConversionError;
            fn try_from(
                value: TriageReport,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    analysis: value.analysis?,
                    extracted: value.extracted?,
                    network: value.network?,
                    processes: value.processes?,
                    sample: value.sample?,
                    signatures: value.signatures?,
                    task: value.task?,
                    version: value.version?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::TriageReport> for TriageReport {
            fn from(value: super::TriageReport) -> Self {
                Self {
                    analysis: Ok(value.analysis),
                    extracted: Ok(value.extracted),
                    network: Ok(value.network),
                    processes: Ok(value.processes),
                    sample: Ok(value.sample),
                    signatures: Ok(value.signatures),
                    task: Ok(value.task),
                    version: Ok(value.version),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct UrlSubmission {
            defaults: ::std::result::Result<
                ::std::option::Option<super::Defaults>,
                ::std::string::String,
            >,
            interactive: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            kind: ::std::result::Result<super::UrlSubmissionKind, ::std::string::String>,
            password: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            profiles: ::std::result::Result<
                ::std::vec::Vec<super::ProfileChoice>,
                ::std::string::String,
            >,
            url: ::std::result::Result<::std::string::String, ::std::string::String>,
            user_tags: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for UrlSubmission {
            fn default() -> Self {
                Self {
                    defaults: Ok(Default::default()),
                    interactive: Ok(Default::default()),
                    kind: Err("no value supplied for kind".to_string()),
                    password: Ok(Default::default()),
                    profiles: Ok(Default::default()),
                    url: Err("no value supplied for url".to_string()),
                    user_tags: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl UrlSubmission {
            pub fn defaults<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Defaults>>,
                T::Error: ::std::fmt::Display,
            {
                self.defaults = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for defaults: {e}")
                    });
                self
            }
            pub fn interactive<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.interactive = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for interactive: {e}")
                    });
                self
            }
            pub fn kind<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::UrlSubmissionKind>,
                T::Error: ::std::fmt::Display,
            {
                self.kind = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for kind: {e}")
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
            pub fn profiles<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::ProfileChoice>>,
                T::Error: ::std::fmt::Display,
            {
                self.profiles = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for profiles: {e}")
                    });
                self
            }
            pub fn url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for url: {e}")
                    });
                self
            }
            pub fn user_tags<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.user_tags = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for user_tags: {e}")
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
        impl ::std::convert::TryFrom<UrlSubmission> for super::UrlSubmission {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UrlSubmission,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    defaults: value.defaults?,
                    interactive: value.interactive?,
                    kind: value.kind?,
                    password: value.password?,
                    profiles: value.profiles?,
                    url: value.url?,
                    user_tags: value.user_tags?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::UrlSubmission> for UrlSubmission {
            fn from(value: super::UrlSubmission) -> Self {
                Self {
                    defaults: Ok(value.defaults),
                    interactive: Ok(value.interactive),
                    kind: Ok(value.kind),
                    password: Ok(value.password),
                    profiles: Ok(value.profiles),
                    url: Ok(value.url),
                    user_tags: Ok(value.user_tags),
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
/**Client for Recorded Future Sandbox API

The Recorded Future Sandbox API (formerly Hatching Triage), as far as its public
documentation describes it. Base URLs: `https://sandbox.recordedfuture.com/api`,
`https://tria.ge/api`, `https://private.tria.ge/api`; paths carry `/v0` (the overview
report `/v1`).

Conventions (from the vendor's conventions page): object keys are case-sensitive;
single objects are the root element; arrays come in `data`; endpoints with no data
return `{}`; timestamps are UTC RFC 3339; new fields may appear at any time (every
object here keeps the fields it does not model); errors are `{error, message?}`.

Pagination: `limit` (default 50, at most 200) and `offset`; a page is
`{data: [...] | null, next}`; pass `next` back unchanged as `offset` (it is opaque:
a timestamp string on one server, an integer on another); stop when `next` is
absent or null, or `data` is empty or null.

Not generated: `POST /v0/samples` with a file is `multipart/form-data` (a `_json`
part holding a `FileSubmission` document plus a `file` part). The generator cannot
produce multipart calls, so the operation below declares the JSON (URL) form and the
multipart form is described in `components.requestBodies.FileSubmission` and written
by hand in `src/sandbox/submit.rs`; the contract test adds it to the operation
before running Prism.

Operations whose exact shape is not in the public documentation carry
`x-secops-inferred: true`; so do the parameters and schemas whose content the
vendor's pages we work from (`shared/SERVICES.md` §2) do not confirm, with the
reason in their description after `INFERRED:`.


Version: 0*/
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
        "0"
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
    /**The analysis profiles of the account, a page at a time

Paged like every other list (`limit`, `offset` = the previous page's `next`);
the vendor does not document paging for this path, so it is inferred from that
convention. A server that does not page answers with every profile and no
`next`, which ends the listing the same way.


Sends a `GET` request to `/v0/profiles`

Arguments:
- `limit`: Items per page (default 50, at most 200).
- `offset`: The previous page's `next`, passed back unchanged (opaque).
```ignore
let response = client.list_profiles()
    .limit(limit)
    .offset(offset)
    .send()
    .await;
```*/
    pub fn list_profiles(&self) -> builder::ListProfiles<'_> {
        builder::ListProfiles::new(self)
    }
    /**Create a profile (409 `PROFILE_ALREADY_EXISTS` when the name is taken)

Sends a `POST` request to `/v0/profiles`

```ignore
let response = client.create_profile()
    .body(body)
    .send()
    .await;
```*/
    pub fn create_profile(&self) -> builder::CreateProfile<'_> {
        builder::CreateProfile::new(self)
    }
    /**One profile, by id or name

Sends a `GET` request to `/v0/profiles/{profileID}`

Arguments:
- `profile_id`: The profile's id or name.
```ignore
let response = client.get_profile()
    .profile_id(profile_id)
    .send()
    .await;
```*/
    pub fn get_profile(&self) -> builder::GetProfile<'_> {
        builder::GetProfile::new(self)
    }
    /**Update a profile

Sends a `PUT` request to `/v0/profiles/{profileID}`

Arguments:
- `profile_id`: The profile's id or name.
- `body`
```ignore
let response = client.update_profile()
    .profile_id(profile_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn update_profile(&self) -> builder::UpdateProfile<'_> {
        builder::UpdateProfile::new(self)
    }
    /**Delete a profile

Sends a `DELETE` request to `/v0/profiles/{profileID}`

Arguments:
- `profile_id`: The profile's id or name.
```ignore
let response = client.delete_profile()
    .profile_id(profile_id)
    .send()
    .await;
```*/
    pub fn delete_profile(&self) -> builder::DeleteProfile<'_> {
        builder::DeleteProfile::new(self)
    }
    /**List samples (owned, public or the organisation's), paginated

Sends a `GET` request to `/v0/samples`

Arguments:
- `limit`: Items per page (default 50, at most 200).
- `offset`: The previous page's `next`, passed back unchanged (opaque).
- `subset`: Which samples to list (`owned` when omitted). INFERRED: the values are documented, the default is not.
```ignore
let response = client.list_samples()
    .limit(limit)
    .offset(offset)
    .subset(subset)
    .send()
    .await;
```*/
    pub fn list_samples(&self) -> builder::ListSamples<'_> {
        builder::ListSamples::new(self)
    }
    /**Submit a URL to analyse (`kind` `url`) or to fetch and analyse (`kind` `fetch`)

The file form of this call is `multipart/form-data` (see
`components.requestBodies.FileSubmission`) and is written by hand.


Sends a `POST` request to `/v0/samples`

```ignore
let response = client.submit_sample_url()
    .body(body)
    .send()
    .await;
```*/
    pub fn submit_sample_url(&self) -> builder::SubmitSampleUrl<'_> {
        builder::SubmitSampleUrl::new(self)
    }
    /**Status updates of the user's running samples, as NDJSON Sample objects

The stream closes when the samples it follows reach a terminal status.

Sends a `GET` request to `/v0/samples/events`

```ignore
let response = client.stream_events()
    .send()
    .await;
```*/
    pub fn stream_events(&self) -> builder::StreamEvents<'_> {
        builder::StreamEvents::new(self)
    }
    /**One sample

Sends a `GET` request to `/v0/samples/{sampleID}`

Arguments:
- `sample_id`: The sample's id (e.g. `200101-abcdefgh12` or a UUID).
```ignore
let response = client.get_sample()
    .sample_id(sample_id)
    .send()
    .await;
```*/
    pub fn get_sample(&self) -> builder::GetSample<'_> {
        builder::GetSample::new(self)
    }
    /**Delete a sample and its analyses

Sends a `DELETE` request to `/v0/samples/{sampleID}`

Arguments:
- `sample_id`: The sample's id (e.g. `200101-abcdefgh12` or a UUID).
```ignore
let response = client.delete_sample()
    .sample_id(sample_id)
    .send()
    .await;
```*/
    pub fn delete_sample(&self) -> builder::DeleteSample<'_> {
        builder::DeleteSample::new(self)
    }
    /**An archive of the sample's analysis files, as bytes

Sends a `GET` request to `/v0/samples/{sampleID}/archive`

Arguments:
- `sample_id`: The sample's id (e.g. `200101-abcdefgh12` or a UUID).
```ignore
let response = client.download_archive()
    .sample_id(sample_id)
    .send()
    .await;
```*/
    pub fn download_archive(&self) -> builder::DownloadArchive<'_> {
        builder::DownloadArchive::new(self)
    }
    /**Status updates of one sample, as NDJSON Sample objects

The stream closes when the sample reaches a terminal status (`reported` or `failed`).

Sends a `GET` request to `/v0/samples/{sampleID}/events`

Arguments:
- `sample_id`: The sample's id (e.g. `200101-abcdefgh12` or a UUID).
```ignore
let response = client.stream_sample_events()
    .sample_id(sample_id)
    .send()
    .await;
```*/
    pub fn stream_sample_events(&self) -> builder::StreamSampleEvents<'_> {
        builder::StreamSampleEvents::new(self)
    }
    /**Choose the profiles of an interactive submission (waiting in `static_analysis`)

Sends a `POST` request to `/v0/samples/{sampleID}/profile`

Arguments:
- `sample_id`: The sample's id (e.g. `200101-abcdefgh12` or a UUID).
- `body`
```ignore
let response = client.set_sample_profiles()
    .sample_id(sample_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn set_sample_profiles(&self) -> builder::SetSampleProfiles<'_> {
        builder::SetSampleProfiles::new(self)
    }
    /**The static analysis report of a sample

Sends a `GET` request to `/v0/samples/{sampleID}/reports/static`

Arguments:
- `sample_id`: The sample's id (e.g. `200101-abcdefgh12` or a UUID).
```ignore
let response = client.get_static_report()
    .sample_id(sample_id)
    .send()
    .await;
```*/
    pub fn get_static_report(&self) -> builder::GetStaticReport<'_> {
        builder::GetStaticReport::new(self)
    }
    /**The submitted file, as bytes

Sends a `GET` request to `/v0/samples/{sampleID}/sample`

Arguments:
- `sample_id`: The sample's id (e.g. `200101-abcdefgh12` or a UUID).
```ignore
let response = client.download_sample()
    .sample_id(sample_id)
    .send()
    .await;
```*/
    pub fn download_sample(&self) -> builder::DownloadSample<'_> {
        builder::DownloadSample::new(self)
    }
    /**A short summary of a sample and its tasks

Sends a `GET` request to `/v0/samples/{sampleID}/summary`

Arguments:
- `sample_id`: The sample's id (e.g. `200101-abcdefgh12` or a UUID).
```ignore
let response = client.get_sample_summary()
    .sample_id(sample_id)
    .send()
    .await;
```*/
    pub fn get_sample_summary(&self) -> builder::GetSampleSummary<'_> {
        builder::GetSampleSummary::new(self)
    }
    /**The dynamic analysis (triage) report of one task

Sends a `GET` request to `/v0/samples/{sampleID}/{taskID}/report_triage.json`

Arguments:
- `sample_id`: The sample's id (e.g. `200101-abcdefgh12` or a UUID).
- `task_id`: A task of the sample (e.g. `behavioral1`).
```ignore
let response = client.get_triage_report()
    .sample_id(sample_id)
    .task_id(task_id)
    .send()
    .await;
```*/
    pub fn get_triage_report(&self) -> builder::GetTriageReport<'_> {
        builder::GetTriageReport::new(self)
    }
    /**One file of a task (network capture, memory dump, dropped file), as bytes

Sends a `GET` request to `/v0/samples/{sampleID}/{taskID}/{fileName}`

Arguments:
- `sample_id`: The sample's id (e.g. `200101-abcdefgh12` or a UUID).
- `task_id`: A task of the sample (e.g. `behavioral1`).
- `file_name`: A task file, e.g. `dump.pcap`, `dump.pcapng`, or a dumped file's name.
```ignore
let response = client.download_task_file()
    .sample_id(sample_id)
    .task_id(task_id)
    .file_name(file_name)
    .send()
    .await;
```*/
    pub fn download_task_file(&self) -> builder::DownloadTaskFile<'_> {
        builder::DownloadTaskFile::new(self)
    }
    /**Search samples with the sandbox's query language, paginated

Sends a `GET` request to `/v0/search`

Arguments:
- `limit`: Items per page (default 50, at most 200).
- `offset`: The previous page's `next`, passed back unchanged (opaque).
- `query`: The search query (e.g. `family:emotet`, `sha256:...`, `tag:ransomware`).
```ignore
let response = client.search_samples()
    .limit(limit)
    .offset(offset)
    .query(query)
    .send()
    .await;
```*/
    pub fn search_samples(&self) -> builder::SearchSamples<'_> {
        builder::SearchSamples::new(self)
    }
    /**The overview report (v1) of a reported sample

Sends a `GET` request to `/v1/samples/{sampleID}/overview.json`

Arguments:
- `sample_id`: The sample's id (e.g. `200101-abcdefgh12` or a UUID).
```ignore
let response = client.get_overview_report()
    .sample_id(sample_id)
    .send()
    .await;
```*/
    pub fn get_overview_report(&self) -> builder::GetOverviewReport<'_> {
        builder::GetOverviewReport::new(self)
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
    /**Builder for [`Client::list_profiles`]

[`Client::list_profiles`]: super::Client::list_profiles*/
    #[derive(Debug, Clone)]
    pub struct ListProfiles<'a> {
        client: &'a super::Client,
        limit: Result<Option<::std::num::NonZeroU32>, String>,
        offset: Result<Option<::std::string::String>, String>,
    }
    impl<'a> ListProfiles<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                limit: Ok(None),
                offset: Ok(None),
            }
        }
        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU32>,
        {
            self.limit = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU32` for limit failed"
                        .to_string()
                });
            self
        }
        pub fn offset<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.offset = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for offset failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/v0/profiles`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ProfileList>, Error<types::Error>> {
            let Self { client, limit, offset } = self;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let offset = offset.map_err(Error::InvalidRequest)?;
            let url = format!("{}/v0/profiles", client.baseurl,);
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
                .query(&progenitor_client::QueryParam::new("offset", &offset))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_profiles",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                401u16 => {
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
    /**Builder for [`Client::create_profile`]

[`Client::create_profile`]: super::Client::create_profile*/
    #[derive(Debug, Clone)]
    pub struct CreateProfile<'a> {
        client: &'a super::Client,
        body: Result<types::builder::ProfileInput, String>,
    }
    impl<'a> CreateProfile<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ProfileInput>,
            <V as std::convert::TryInto<types::ProfileInput>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `ProfileInput` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::ProfileInput,
            ) -> types::builder::ProfileInput,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/v0/profiles`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::Profile>, Error<types::Error>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::ProfileInput::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/v0/profiles", client.baseurl,);
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
                operation_id: "create_profile",
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
                409u16 => {
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
    /**Builder for [`Client::get_profile`]

[`Client::get_profile`]: super::Client::get_profile*/
    #[derive(Debug, Clone)]
    pub struct GetProfile<'a> {
        client: &'a super::Client,
        profile_id: Result<types::GetProfileProfileId, String>,
    }
    impl<'a> GetProfile<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                profile_id: Err("profile_id was not initialized".to_string()),
            }
        }
        pub fn profile_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::GetProfileProfileId>,
        {
            self.profile_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `GetProfileProfileId` for profile_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/v0/profiles/{profileID}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::Profile>, Error<types::Error>> {
            let Self { client, profile_id } = self;
            let profile_id = profile_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v0/profiles/{}", client.baseurl, encode_path(& profile_id
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
                operation_id: "get_profile",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                401u16 => {
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
    /**Builder for [`Client::update_profile`]

[`Client::update_profile`]: super::Client::update_profile*/
    #[derive(Debug, Clone)]
    pub struct UpdateProfile<'a> {
        client: &'a super::Client,
        profile_id: Result<types::UpdateProfileProfileId, String>,
        body: Result<types::builder::ProfileInput, String>,
    }
    impl<'a> UpdateProfile<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                profile_id: Err("profile_id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn profile_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::UpdateProfileProfileId>,
        {
            self.profile_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `UpdateProfileProfileId` for profile_id failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ProfileInput>,
            <V as std::convert::TryInto<types::ProfileInput>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `ProfileInput` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::ProfileInput,
            ) -> types::builder::ProfileInput,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `PUT` request to `/v0/profiles/{profileID}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::Profile>, Error<types::Error>> {
            let Self { client, profile_id, body } = self;
            let profile_id = profile_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::ProfileInput::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v0/profiles/{}", client.baseurl, encode_path(& profile_id
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
                operation_id: "update_profile",
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
    /**Builder for [`Client::delete_profile`]

[`Client::delete_profile`]: super::Client::delete_profile*/
    #[derive(Debug, Clone)]
    pub struct DeleteProfile<'a> {
        client: &'a super::Client,
        profile_id: Result<types::DeleteProfileProfileId, String>,
    }
    impl<'a> DeleteProfile<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                profile_id: Err("profile_id was not initialized".to_string()),
            }
        }
        pub fn profile_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::DeleteProfileProfileId>,
        {
            self.profile_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `DeleteProfileProfileId` for profile_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `DELETE` request to `/v0/profiles/{profileID}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::Empty>, Error<types::Error>> {
            let Self { client, profile_id } = self;
            let profile_id = profile_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v0/profiles/{}", client.baseurl, encode_path(& profile_id
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
                .delete(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "delete_profile",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                401u16 => {
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
    /**Builder for [`Client::list_samples`]

[`Client::list_samples`]: super::Client::list_samples*/
    #[derive(Debug, Clone)]
    pub struct ListSamples<'a> {
        client: &'a super::Client,
        limit: Result<Option<::std::num::NonZeroU32>, String>,
        offset: Result<Option<::std::string::String>, String>,
        subset: Result<Option<types::Subset>, String>,
    }
    impl<'a> ListSamples<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                limit: Ok(None),
                offset: Ok(None),
                subset: Ok(None),
            }
        }
        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU32>,
        {
            self.limit = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU32` for limit failed"
                        .to_string()
                });
            self
        }
        pub fn offset<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.offset = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for offset failed"
                        .to_string()
                });
            self
        }
        pub fn subset<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::Subset>,
        {
            self.subset = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `Subset` for subset failed".to_string());
            self
        }
        ///Sends a `GET` request to `/v0/samples`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::SamplePage>, Error<types::Error>> {
            let Self { client, limit, offset, subset } = self;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let offset = offset.map_err(Error::InvalidRequest)?;
            let subset = subset.map_err(Error::InvalidRequest)?;
            let url = format!("{}/v0/samples", client.baseurl,);
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
                .query(&progenitor_client::QueryParam::new("offset", &offset))
                .query(&progenitor_client::QueryParam::new("subset", &subset))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_samples",
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
    /**Builder for [`Client::submit_sample_url`]

[`Client::submit_sample_url`]: super::Client::submit_sample_url*/
    #[derive(Debug, Clone)]
    pub struct SubmitSampleUrl<'a> {
        client: &'a super::Client,
        body: Result<types::builder::UrlSubmission, String>,
    }
    impl<'a> SubmitSampleUrl<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::UrlSubmission>,
            <V as std::convert::TryInto<types::UrlSubmission>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `UrlSubmission` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::UrlSubmission,
            ) -> types::builder::UrlSubmission,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/v0/samples`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::Sample>, Error<types::Error>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::UrlSubmission::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/v0/samples", client.baseurl,);
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
                operation_id: "submit_sample_url",
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
    /**Builder for [`Client::stream_events`]

[`Client::stream_events`]: super::Client::stream_events*/
    #[derive(Debug, Clone)]
    pub struct StreamEvents<'a> {
        client: &'a super::Client,
    }
    impl<'a> StreamEvents<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }
        ///Sends a `GET` request to `/v0/samples/events`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<ByteStream>, Error<types::Error>> {
            let Self { client } = self;
            let url = format!("{}/v0/samples/events", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client.client.get(url).headers(header_map).build()?;
            let info = OperationInfo {
                operation_id: "stream_events",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => Ok(ResponseValue::stream(response)),
                401u16 => {
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
    /**Builder for [`Client::get_sample`]

[`Client::get_sample`]: super::Client::get_sample*/
    #[derive(Debug, Clone)]
    pub struct GetSample<'a> {
        client: &'a super::Client,
        sample_id: Result<types::GetSampleSampleId, String>,
    }
    impl<'a> GetSample<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                sample_id: Err("sample_id was not initialized".to_string()),
            }
        }
        pub fn sample_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::GetSampleSampleId>,
        {
            self.sample_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `GetSampleSampleId` for sample_id failed".to_string()
                });
            self
        }
        ///Sends a `GET` request to `/v0/samples/{sampleID}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::Sample>, Error<types::Error>> {
            let Self { client, sample_id } = self;
            let sample_id = sample_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v0/samples/{}", client.baseurl, encode_path(& sample_id.to_string()),
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
                operation_id: "get_sample",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                401u16 => {
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
    /**Builder for [`Client::delete_sample`]

[`Client::delete_sample`]: super::Client::delete_sample*/
    #[derive(Debug, Clone)]
    pub struct DeleteSample<'a> {
        client: &'a super::Client,
        sample_id: Result<types::DeleteSampleSampleId, String>,
    }
    impl<'a> DeleteSample<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                sample_id: Err("sample_id was not initialized".to_string()),
            }
        }
        pub fn sample_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::DeleteSampleSampleId>,
        {
            self.sample_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `DeleteSampleSampleId` for sample_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `DELETE` request to `/v0/samples/{sampleID}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::Empty>, Error<types::Error>> {
            let Self { client, sample_id } = self;
            let sample_id = sample_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v0/samples/{}", client.baseurl, encode_path(& sample_id.to_string()),
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
                .delete(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "delete_sample",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                401u16 => {
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
    /**Builder for [`Client::download_archive`]

[`Client::download_archive`]: super::Client::download_archive*/
    #[derive(Debug, Clone)]
    pub struct DownloadArchive<'a> {
        client: &'a super::Client,
        sample_id: Result<types::DownloadArchiveSampleId, String>,
    }
    impl<'a> DownloadArchive<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                sample_id: Err("sample_id was not initialized".to_string()),
            }
        }
        pub fn sample_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::DownloadArchiveSampleId>,
        {
            self.sample_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `DownloadArchiveSampleId` for sample_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/v0/samples/{sampleID}/archive`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<ByteStream>, Error<types::Error>> {
            let Self { client, sample_id } = self;
            let sample_id = sample_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v0/samples/{}/archive", client.baseurl, encode_path(& sample_id
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
            let mut request = client.client.get(url).headers(header_map).build()?;
            let info = OperationInfo {
                operation_id: "download_archive",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => Ok(ResponseValue::stream(response)),
                401u16 => {
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
    /**Builder for [`Client::stream_sample_events`]

[`Client::stream_sample_events`]: super::Client::stream_sample_events*/
    #[derive(Debug, Clone)]
    pub struct StreamSampleEvents<'a> {
        client: &'a super::Client,
        sample_id: Result<types::StreamSampleEventsSampleId, String>,
    }
    impl<'a> StreamSampleEvents<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                sample_id: Err("sample_id was not initialized".to_string()),
            }
        }
        pub fn sample_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::StreamSampleEventsSampleId>,
        {
            self.sample_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `StreamSampleEventsSampleId` for sample_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/v0/samples/{sampleID}/events`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<ByteStream>, Error<types::Error>> {
            let Self { client, sample_id } = self;
            let sample_id = sample_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v0/samples/{}/events", client.baseurl, encode_path(& sample_id
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
            let mut request = client.client.get(url).headers(header_map).build()?;
            let info = OperationInfo {
                operation_id: "stream_sample_events",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => Ok(ResponseValue::stream(response)),
                401u16 => {
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
    /**Builder for [`Client::set_sample_profiles`]

[`Client::set_sample_profiles`]: super::Client::set_sample_profiles*/
    #[derive(Debug, Clone)]
    pub struct SetSampleProfiles<'a> {
        client: &'a super::Client,
        sample_id: Result<types::SetSampleProfilesSampleId, String>,
        body: Result<types::builder::ProfileSelection, String>,
    }
    impl<'a> SetSampleProfiles<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                sample_id: Err("sample_id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn sample_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::SetSampleProfilesSampleId>,
        {
            self.sample_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `SetSampleProfilesSampleId` for sample_id failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ProfileSelection>,
            <V as std::convert::TryInto<
                types::ProfileSelection,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `ProfileSelection` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::ProfileSelection,
            ) -> types::builder::ProfileSelection,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/v0/samples/{sampleID}/profile`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::Empty>, Error<types::Error>> {
            let Self { client, sample_id, body } = self;
            let sample_id = sample_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::ProfileSelection::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v0/samples/{}/profile", client.baseurl, encode_path(& sample_id
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
                operation_id: "set_sample_profiles",
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
                404u16 => {
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
    /**Builder for [`Client::get_static_report`]

[`Client::get_static_report`]: super::Client::get_static_report*/
    #[derive(Debug, Clone)]
    pub struct GetStaticReport<'a> {
        client: &'a super::Client,
        sample_id: Result<types::GetStaticReportSampleId, String>,
    }
    impl<'a> GetStaticReport<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                sample_id: Err("sample_id was not initialized".to_string()),
            }
        }
        pub fn sample_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::GetStaticReportSampleId>,
        {
            self.sample_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `GetStaticReportSampleId` for sample_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/v0/samples/{sampleID}/reports/static`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::StaticReport>, Error<types::Error>> {
            let Self { client, sample_id } = self;
            let sample_id = sample_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v0/samples/{}/reports/static", client.baseurl, encode_path(&
                sample_id.to_string()),
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
                operation_id: "get_static_report",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                401u16 => {
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
    /**Builder for [`Client::download_sample`]

[`Client::download_sample`]: super::Client::download_sample*/
    #[derive(Debug, Clone)]
    pub struct DownloadSample<'a> {
        client: &'a super::Client,
        sample_id: Result<types::DownloadSampleSampleId, String>,
    }
    impl<'a> DownloadSample<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                sample_id: Err("sample_id was not initialized".to_string()),
            }
        }
        pub fn sample_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::DownloadSampleSampleId>,
        {
            self.sample_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `DownloadSampleSampleId` for sample_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/v0/samples/{sampleID}/sample`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<ByteStream>, Error<types::Error>> {
            let Self { client, sample_id } = self;
            let sample_id = sample_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v0/samples/{}/sample", client.baseurl, encode_path(& sample_id
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
            let mut request = client.client.get(url).headers(header_map).build()?;
            let info = OperationInfo {
                operation_id: "download_sample",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => Ok(ResponseValue::stream(response)),
                401u16 => {
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
    /**Builder for [`Client::get_sample_summary`]

[`Client::get_sample_summary`]: super::Client::get_sample_summary*/
    #[derive(Debug, Clone)]
    pub struct GetSampleSummary<'a> {
        client: &'a super::Client,
        sample_id: Result<types::GetSampleSummarySampleId, String>,
    }
    impl<'a> GetSampleSummary<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                sample_id: Err("sample_id was not initialized".to_string()),
            }
        }
        pub fn sample_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::GetSampleSummarySampleId>,
        {
            self.sample_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `GetSampleSummarySampleId` for sample_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/v0/samples/{sampleID}/summary`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::SampleSummary>, Error<types::Error>> {
            let Self { client, sample_id } = self;
            let sample_id = sample_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v0/samples/{}/summary", client.baseurl, encode_path(& sample_id
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
                operation_id: "get_sample_summary",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                401u16 => {
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
    /**Builder for [`Client::get_triage_report`]

[`Client::get_triage_report`]: super::Client::get_triage_report*/
    #[derive(Debug, Clone)]
    pub struct GetTriageReport<'a> {
        client: &'a super::Client,
        sample_id: Result<types::GetTriageReportSampleId, String>,
        task_id: Result<types::GetTriageReportTaskId, String>,
    }
    impl<'a> GetTriageReport<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                sample_id: Err("sample_id was not initialized".to_string()),
                task_id: Err("task_id was not initialized".to_string()),
            }
        }
        pub fn sample_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::GetTriageReportSampleId>,
        {
            self.sample_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `GetTriageReportSampleId` for sample_id failed"
                        .to_string()
                });
            self
        }
        pub fn task_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::GetTriageReportTaskId>,
        {
            self.task_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `GetTriageReportTaskId` for task_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/v0/samples/{sampleID}/{taskID}/report_triage.json`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::TriageReport>, Error<types::Error>> {
            let Self { client, sample_id, task_id } = self;
            let sample_id = sample_id.map_err(Error::InvalidRequest)?;
            let task_id = task_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v0/samples/{}/{}/report_triage.json", client.baseurl, encode_path(&
                sample_id.to_string()), encode_path(& task_id.to_string()),
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
                operation_id: "get_triage_report",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                401u16 => {
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
    /**Builder for [`Client::download_task_file`]

[`Client::download_task_file`]: super::Client::download_task_file*/
    #[derive(Debug, Clone)]
    pub struct DownloadTaskFile<'a> {
        client: &'a super::Client,
        sample_id: Result<types::DownloadTaskFileSampleId, String>,
        task_id: Result<types::DownloadTaskFileTaskId, String>,
        file_name: Result<types::DownloadTaskFileFileName, String>,
    }
    impl<'a> DownloadTaskFile<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                sample_id: Err("sample_id was not initialized".to_string()),
                task_id: Err("task_id was not initialized".to_string()),
                file_name: Err("file_name was not initialized".to_string()),
            }
        }
        pub fn sample_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::DownloadTaskFileSampleId>,
        {
            self.sample_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `DownloadTaskFileSampleId` for sample_id failed"
                        .to_string()
                });
            self
        }
        pub fn task_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::DownloadTaskFileTaskId>,
        {
            self.task_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `DownloadTaskFileTaskId` for task_id failed"
                        .to_string()
                });
            self
        }
        pub fn file_name<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::DownloadTaskFileFileName>,
        {
            self.file_name = value
                .try_into()
                .map_err(|_| {
                    "conversion to `DownloadTaskFileFileName` for file_name failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/v0/samples/{sampleID}/{taskID}/{fileName}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<ByteStream>, Error<types::Error>> {
            let Self { client, sample_id, task_id, file_name } = self;
            let sample_id = sample_id.map_err(Error::InvalidRequest)?;
            let task_id = task_id.map_err(Error::InvalidRequest)?;
            let file_name = file_name.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v0/samples/{}/{}/{}", client.baseurl, encode_path(& sample_id
                .to_string()), encode_path(& task_id.to_string()), encode_path(&
                file_name.to_string()),
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
            let mut request = client.client.get(url).headers(header_map).build()?;
            let info = OperationInfo {
                operation_id: "download_task_file",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => Ok(ResponseValue::stream(response)),
                401u16 => {
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
    /**Builder for [`Client::search_samples`]

[`Client::search_samples`]: super::Client::search_samples*/
    #[derive(Debug, Clone)]
    pub struct SearchSamples<'a> {
        client: &'a super::Client,
        limit: Result<Option<::std::num::NonZeroU32>, String>,
        offset: Result<Option<::std::string::String>, String>,
        query: Result<types::SearchSamplesQuery, String>,
    }
    impl<'a> SearchSamples<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                limit: Ok(None),
                offset: Ok(None),
                query: Err("query was not initialized".to_string()),
            }
        }
        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU32>,
        {
            self.limit = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU32` for limit failed"
                        .to_string()
                });
            self
        }
        pub fn offset<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.offset = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for offset failed"
                        .to_string()
                });
            self
        }
        pub fn query<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::SearchSamplesQuery>,
        {
            self.query = value
                .try_into()
                .map_err(|_| {
                    "conversion to `SearchSamplesQuery` for query failed".to_string()
                });
            self
        }
        ///Sends a `GET` request to `/v0/search`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::SamplePage>, Error<types::Error>> {
            let Self { client, limit, offset, query } = self;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let offset = offset.map_err(Error::InvalidRequest)?;
            let query = query.map_err(Error::InvalidRequest)?;
            let url = format!("{}/v0/search", client.baseurl,);
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
                .query(&progenitor_client::QueryParam::new("offset", &offset))
                .query(&progenitor_client::QueryParam::new("query", &query))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "search_samples",
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
    /**Builder for [`Client::get_overview_report`]

[`Client::get_overview_report`]: super::Client::get_overview_report*/
    #[derive(Debug, Clone)]
    pub struct GetOverviewReport<'a> {
        client: &'a super::Client,
        sample_id: Result<types::GetOverviewReportSampleId, String>,
    }
    impl<'a> GetOverviewReport<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                sample_id: Err("sample_id was not initialized".to_string()),
            }
        }
        pub fn sample_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::GetOverviewReportSampleId>,
        {
            self.sample_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `GetOverviewReportSampleId` for sample_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/v1/samples/{sampleID}/overview.json`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::OverviewReport>, Error<types::Error>> {
            let Self { client, sample_id } = self;
            let sample_id = sample_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v1/samples/{}/overview.json", client.baseurl, encode_path(& sample_id
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
                operation_id: "get_overview_report",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                401u16 => {
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
