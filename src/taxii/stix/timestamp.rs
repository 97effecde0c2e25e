//! STIX/TAXII timestamps (RFC 3339), kept as the text they came in.

use std::fmt;
use std::str::FromStr;

use serde::de::{self, Deserializer};
use serde::{Deserialize, Serialize, Serializer};

use crate::error::{Error, Result};

/// A STIX/TAXII timestamp that keeps the text it came in, so its precision
/// (none, milliseconds, microseconds, nanoseconds) survives a round trip.
///
/// ```
/// use secops::taxii::stix::Timestamp;
/// let t: Timestamp = "2026-05-16T08:21:30.123456Z".parse()?;
/// assert_eq!(t.as_str(), "2026-05-16T08:21:30.123456Z");
/// assert_eq!(t.fraction_digits(), 6);
/// assert!("16/05/2026".parse::<Timestamp>().is_err());
/// # Ok::<(), secops::Error>(())
/// ```
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct Timestamp(pub(super) String);

impl Timestamp {
    /// Checks (RFC 3339) and wraps a timestamp.
    pub fn new(s: impl Into<String>) -> Result<Self> {
        let s = s.into();
        parse_rfc3339(&s)?;
        Ok(Timestamp(s))
    }

    /// A timestamp from a date-time, with microsecond precision (`...T..:..:..ssssssZ`).
    pub fn from_datetime(dt: chrono::DateTime<chrono::Utc>) -> Self {
        Timestamp(dt.to_rfc3339_opts(chrono::SecondsFormat::Micros, true))
    }

    /// The text as it came.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The instant (full precision kept, up to nanoseconds).
    pub fn to_datetime(&self) -> chrono::DateTime<chrono::Utc> {
        parse_rfc3339(&self.0).expect("checked when built")
    }

    /// Digits after the decimal point of the seconds (0 when there is none).
    pub fn fraction_digits(&self) -> usize {
        match self.0.find('.') {
            Some(dot) => self.0[dot + 1..]
                .bytes()
                .take_while(u8::is_ascii_digit)
                .count(),
            None => 0,
        }
    }
}

/// Parses an RFC 3339 timestamp, with a clear [`Error::InvalidInput`].
pub fn parse_rfc3339(s: &str) -> Result<chrono::DateTime<chrono::Utc>> {
    chrono::DateTime::parse_from_rfc3339(s)
        .map(|d| d.with_timezone(&chrono::Utc))
        .map_err(|e| {
            Error::invalid_input(format!(
                "{s:?} is not an RFC 3339 timestamp ({e}); expected e.g. 2026-05-16T00:00:00Z"
            ))
        })
}

impl FromStr for Timestamp {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self> {
        Timestamp::new(s)
    }
}

impl fmt::Display for Timestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl fmt::Debug for Timestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.0, f)
    }
}

impl PartialOrd for Timestamp {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Timestamp {
    /// Orders by instant, then by text (so equal instants written differently stay distinct).
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.to_datetime()
            .cmp(&other.to_datetime())
            .then_with(|| self.0.cmp(&other.0))
    }
}

impl Serialize for Timestamp {
    fn serialize<S: Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        s.serialize_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for Timestamp {
    fn deserialize<D: Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        parse_rfc3339(&s).map_err(de::Error::custom)?;
        Ok(Timestamp(s))
    }
}
