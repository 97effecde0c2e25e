//! Records of all five services as **OCSF** events (schema 1.7.0) and
//! **STIX 2.1** objects: pure mappings, one per record kind.
//!
//! Every mapping keeps a link to its source (service, record id, feed) and
//! the record's own time fields, and makes deterministic STIX ids: UUIDv5
//! over [`NAMESPACE`] of `<service>|<kind>|<record id>|<object type>`, so the
//! same record always yields the same objects and re-runs create nothing new.
//!
//! The entry points: [`normalize`] maps one record (a JSON document as the
//! service sent it) of a [`RecordKind`] into lines of the wanted
//! [`Format`]; [`Normalizing`] wraps any [`Sink`] so that a sync writes
//! normalised records instead of raw ones (the CLI's `--format`, the agent's
//! per-feed `format`). [`ocsf`] and [`stix`] hold the typed mappings.

pub mod ocsf;
pub mod stix;

use std::fmt;
use std::str::FromStr;

use serde::de::DeserializeOwned;
use uuid::Uuid;

use crate::checkpoint::{Checkpoint, CheckpointStore};
use crate::error::{Error, Result, Service};
use crate::sink::Sink;

/// The OCSF schema version every event declares (`metadata.version`).
pub const OCSF_VERSION: &str = "1.7.0";

/// The UUIDv5 namespace of every STIX id this crate makes
/// (`2b1e3c52-7f0e-5d8a-9c4e-5ec095ec0905`, fixed: changing it would give
/// every object a new id).
pub const NAMESPACE: Uuid = Uuid::from_u128(0x2b1e_3c52_7f0e_5d8a_9c4e_5ec0_95ec_0905);

/// What to write.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Format {
    /// The records as the service sent them, byte for byte.
    #[default]
    Raw,
    /// OCSF events (one JSON object per line).
    Ocsf,
    /// STIX 2.1 objects (one JSON object per line; several per record).
    Stix,
}

impl FromStr for Format {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self> {
        match s.trim().to_ascii_lowercase().as_str() {
            "raw" => Ok(Format::Raw),
            "ocsf" => Ok(Format::Ocsf),
            "stix" => Ok(Format::Stix),
            other => Err(Error::invalid_input(format!(
                "format {other:?} is not one of raw, ocsf, stix"
            ))),
        }
    }
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Format::Raw => "raw",
            Format::Ocsf => "ocsf",
            Format::Stix => "stix",
        })
    }
}

/// The kinds of records the services write.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RecordKind {
    /// A DefectDojo finding (`defectdojo::types::Finding`).
    DefectDojoFinding,
    /// A Defendis leaked credential (`defendis::types::LeakedCredential`).
    DefendisCredential,
    /// A Defendis leaked document (`defendis::types::LeakedDocument`).
    DefendisDocument,
    /// A Defendis leaked payment card (`defendis::types::LeakedPaymentCard`).
    DefendisPaymentCard,
    /// A Defendis exposure asset (`defendis::types::ExposureAsset`).
    DefendisExposureAsset,
    /// A Defendis ransomware victim (`defendis::types::RansomwareVictim`).
    DefendisRansomwareVictim,
    /// A Sandbox sample (`sandbox::Sample`, from a listing or a submission).
    SandboxSample,
    /// A Sandbox overview report (`sandbox::OverviewReport`).
    SandboxReport,
    /// An SIE newly observed domain (`sie::NewDomainRecord`, channels 212/213).
    SieNewDomain,
    /// A STIX 2.1 object from a TAXII collection.
    TaxiiObject,
}

impl RecordKind {
    /// The service the records come from.
    pub fn service(self) -> Service {
        match self {
            RecordKind::DefectDojoFinding => Service::DefectDojo,
            RecordKind::DefendisCredential
            | RecordKind::DefendisDocument
            | RecordKind::DefendisPaymentCard
            | RecordKind::DefendisExposureAsset
            | RecordKind::DefendisRansomwareVictim => Service::Defendis,
            RecordKind::SandboxSample | RecordKind::SandboxReport => Service::Sandbox,
            RecordKind::SieNewDomain => Service::Sie,
            RecordKind::TaxiiObject => Service::Taxii,
        }
    }

    /// A short name (in STIX ids' seeds and in `x_secops_source`).
    pub fn name(self) -> &'static str {
        match self {
            RecordKind::DefectDojoFinding => "defectdojo.finding",
            RecordKind::DefendisCredential => "defendis.credential",
            RecordKind::DefendisDocument => "defendis.document",
            RecordKind::DefendisPaymentCard => "defendis.payment_card",
            RecordKind::DefendisExposureAsset => "defendis.exposure_asset",
            RecordKind::DefendisRansomwareVictim => "defendis.ransomware_victim",
            RecordKind::SandboxSample => "sandbox.sample",
            RecordKind::SandboxReport => "sandbox.report",
            RecordKind::SieNewDomain => "sie.newdomain",
            RecordKind::TaxiiObject => "taxii.object",
        }
    }

    /// The kind of a Defendis dataset's records.
    #[cfg(feature = "defendis")]
    pub fn of_dataset(dataset: &crate::defendis::Dataset) -> RecordKind {
        use crate::defendis::Dataset;
        match dataset {
            Dataset::Credentials { .. } | Dataset::CredentialsByEmail { .. } => {
                RecordKind::DefendisCredential
            }
            Dataset::Documents { .. } => RecordKind::DefendisDocument,
            Dataset::PaymentCards { .. } => RecordKind::DefendisPaymentCard,
            Dataset::ExposureAssets { .. } => RecordKind::DefendisExposureAsset,
            _ => RecordKind::DefendisRansomwareVictim,
        }
    }
}

/// Where a record came from: kept in every normalised object.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[non_exhaustive]
pub struct Origin {
    /// The agent's feed (or the CLI command) that fetched it.
    pub feed: Option<String>,
}

impl Origin {
    /// An origin naming a feed.
    pub fn feed(name: impl Into<String>) -> Self {
        Origin {
            feed: Some(name.into()),
        }
    }
}

/// The deterministic STIX id of the object of `stix_type` made from record
/// `record_id` of `kind`: `<stix_type>--<UUIDv5(NAMESPACE, "<service>|<kind>|<record id>|<stix_type>")>`.
pub fn stix_id(kind: RecordKind, record_id: &str, stix_type: &str) -> String {
    let seed = format!(
        "{}|{}|{record_id}|{stix_type}",
        kind.service().as_str(),
        kind.name()
    );
    format!(
        "{stix_type}--{}",
        Uuid::new_v5(&NAMESPACE, seed.as_bytes()).hyphenated()
    )
}

/// Maps one record (a JSON document as the service sent it) into lines of
/// `format`: the record itself for [`Format::Raw`], one OCSF event, or the
/// STIX objects it yields. A record the typed layer does not accept is an
/// [`Error::Decode`].
pub fn normalize(
    kind: RecordKind,
    record: &[u8],
    format: Format,
    origin: &Origin,
) -> Result<Vec<Vec<u8>>> {
    let values = match format {
        Format::Raw => return Ok(vec![record.to_vec()]),
        // The high-volume channel's records skip the generic value trees
        // (byte-identical output; tested against the generic mapping).
        Format::Stix if kind == RecordKind::SieNewDomain => {
            return stix::map_sie_bytes(record, origin)
        }
        Format::Ocsf if kind == RecordKind::SieNewDomain => {
            return ocsf::map_sie_bytes(record, origin)
        }
        // STIX already: byte for byte (once it is checked to be one object).
        Format::Stix if kind == RecordKind::TaxiiObject => {
            stix::map(kind, record, origin)?;
            return Ok(vec![record.to_vec()]);
        }
        Format::Ocsf => ocsf::map(kind, record, origin)?,
        Format::Stix => stix::map(kind, record, origin)?,
    };
    values
        .iter()
        .map(|v| serde_json::to_vec(v).map_err(|e| Error::decode(kind.service(), e, b"")))
        .collect()
}

/// Parses a time field as the services write it: RFC 3339,
/// `YYYY-MM-DD HH:MM:SS[.f]` or `YYYY-MM-DDTHH:MM:SS[.f]` (UTC),
/// `YYYY-MM-DD HH:MM`, a date (midnight UTC), or epoch seconds or
/// milliseconds. The one time parser of both mappings.
pub(crate) fn parse_time(s: &str) -> Option<chrono::DateTime<chrono::Utc>> {
    let t = s.trim();
    if t.is_empty() || t.len() > 64 {
        return None;
    }
    if let Ok(d) = chrono::DateTime::parse_from_rfc3339(t) {
        return Some(d.with_timezone(&chrono::Utc));
    }
    for fmt in [
        "%Y-%m-%d %H:%M:%S%.f",
        "%Y-%m-%dT%H:%M:%S%.f",
        "%Y-%m-%d %H:%M",
    ] {
        if let Ok(n) = chrono::NaiveDateTime::parse_from_str(t, fmt) {
            return Some(n.and_utc());
        }
    }
    if let Ok(d) = chrono::NaiveDate::parse_from_str(t, "%Y-%m-%d") {
        return d.and_hms_opt(0, 0, 0).map(|n| n.and_utc());
    }
    if (1..=16).contains(&t.len()) && t.bytes().all(|b| b.is_ascii_digit()) {
        let n: i64 = t.parse().ok()?;
        // Ten digits are seconds until the year 2286; more are milliseconds.
        return if n >= 100_000_000_000 {
            chrono::DateTime::from_timestamp_millis(n)
        } else {
            chrono::DateTime::from_timestamp(n, 0)
        };
    }
    None
}

/// Parses a record of `kind` into its typed form.
#[allow(dead_code)] // used by the mappings
pub(crate) fn parse<T: DeserializeOwned>(kind: RecordKind, record: &[u8]) -> Result<T> {
    serde_json::from_slice(record).map_err(|e| Error::decode(kind.service(), e, record))
}

/// A [`Sink`] that writes every record normalised into `format` to `inner`.
/// Everything else (commits, checkpoints, publishing) passes through, so a
/// sync into it keeps its exactly-once guarantee.
#[derive(Debug)]
pub struct Normalizing<S> {
    inner: S,
    kind: RecordKind,
    format: Format,
    origin: Origin,
}

impl<S: Sink> Normalizing<S> {
    /// Records of `kind` written to `inner` as `format`.
    pub fn new(inner: S, kind: RecordKind, format: Format, origin: Origin) -> Self {
        Normalizing {
            inner,
            kind,
            format,
            origin,
        }
    }

    /// The sink written to.
    pub fn into_inner(self) -> S {
        self.inner
    }

    /// The sink written to.
    pub fn get_ref(&self) -> &S {
        &self.inner
    }
}

impl<S: Sink> Sink for Normalizing<S> {
    fn begin(&mut self, committed: Option<u64>) -> Result<()> {
        self.inner.begin(committed)
    }
    fn begin_next(&mut self, committed: Option<u64>) -> Result<()> {
        self.inner.begin_next(committed)
    }
    fn write_record(&mut self, record: &[u8]) -> Result<()> {
        if self.format == Format::Raw {
            return self.inner.write_record(record);
        }
        for line in normalize(self.kind, record, self.format, &self.origin)? {
            self.inner.write_record(&line)?;
        }
        Ok(())
    }
    fn commit(&mut self) -> Result<Option<u64>> {
        self.inner.commit()
    }
    fn rollback(&mut self) -> Result<()> {
        self.inner.rollback()
    }
    fn finish(&mut self) -> Result<()> {
        self.inner.finish()
    }
    fn publish_completed(&mut self, committed: Option<u64>) -> Result<bool> {
        self.inner.publish_completed(committed)
    }
    fn commit_checkpoint(
        &mut self,
        store: &dyn CheckpointStore,
        key: &str,
        checkpoint: &mut Checkpoint,
    ) -> Result<()> {
        self.inner.commit_checkpoint(store, key, checkpoint)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_time_parser_for_every_form_the_services_write() {
        let t = |s: &str| parse_time(s).map(|d| d.to_rfc3339());
        assert_eq!(
            t("2026-12-04T10:20:30Z").as_deref(),
            Some("2026-12-04T10:20:30+00:00")
        );
        assert_eq!(
            t("2026-12-04 10:20:30.5").as_deref(),
            Some("2026-12-04T10:20:30.500+00:00")
        );
        assert_eq!(
            t("2026-12-04 10:20").as_deref(),
            Some("2026-12-04T10:20:00+00:00")
        );
        assert_eq!(
            t("2026-12-04").as_deref(),
            Some("2026-12-04T00:00:00+00:00")
        );
        assert_eq!(
            t("1764843630").as_deref(),
            Some("2025-12-04T10:20:30+00:00")
        );
        assert_eq!(
            t("1764843630000").as_deref(),
            Some("2025-12-04T10:20:30+00:00")
        );
        for bad in ["", "  ", "yesterday", "2026-13-01", &"9".repeat(70)] {
            assert_eq!(t(bad), None, "{bad:?}");
        }
    }
}
