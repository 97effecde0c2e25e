//! STIX identifiers (`type--uuid`) and type names, checked when built or parsed.

use std::fmt;
use std::str::FromStr;

use serde::de::{self, Deserializer};
use serde::{Deserialize, Serialize, Serializer};

use crate::error::{Error, Result};

/// Whether `t` is a valid STIX type name: 3–250 characters of `a-z`, `0-9`
/// and `-`, no leading or trailing hyphen, no `--`.
pub fn is_valid_type(t: &str) -> bool {
    (3..=250).contains(&t.len())
        && t.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !t.starts_with('-')
        && !t.ends_with('-')
        && !t.contains("--")
}

pub(super) fn is_hyphenated_uuid(u: &str) -> bool {
    let b = u.as_bytes();
    b.len() == 36
        && b.iter().enumerate().all(|(i, c)| match i {
            8 | 13 | 18 | 23 => *c == b'-',
            _ => c.is_ascii_hexdigit(),
        })
}

/// A STIX identifier, `type--uuid` (checked when it is built or parsed).
///
/// ```
/// use secops::taxii::stix::StixId;
/// let id: StixId = "malware--31b940d4-6f7f-459a-80ea-9c1f17b58abc".parse()?;
/// assert_eq!(id.object_type(), "malware");
/// assert!("malware--not-a-uuid".parse::<StixId>().is_err());
/// # Ok::<(), secops::Error>(())
/// ```
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct StixId(String);

impl StixId {
    /// Checks and wraps an identifier.
    pub fn new(id: impl Into<String>) -> Result<Self> {
        let id = id.into();
        check_id(&id)?;
        Ok(StixId(id))
    }

    /// A new random identifier of type `object_type`.
    pub fn generate(object_type: &str) -> Result<Self> {
        if !is_valid_type(object_type) {
            return Err(Error::invalid_input(format!(
                "{object_type:?} is not a valid STIX type (3–250 characters of a-z, 0-9 and -)"
            )));
        }
        Ok(StixId(format!("{object_type}--{}", uuid::Uuid::new_v4())))
    }

    /// The type part (before `--`).
    pub fn object_type(&self) -> &str {
        self.0.split_once("--").map(|(t, _)| t).unwrap_or("")
    }

    /// The UUID part (after `--`).
    pub fn uuid(&self) -> &str {
        self.0.split_once("--").map(|(_, u)| u).unwrap_or("")
    }

    /// The identifier.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Checks that `id` is `type--uuid` (RFC 4122 text form).
pub fn check_id(id: &str) -> Result<()> {
    let bad = |why: &str| {
        Err(Error::invalid_input(format!(
            "{id:?} is not a STIX identifier: {why} (expected type--uuid, e.g. indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f)"
        )))
    };
    let Some((t, u)) = id.split_once("--") else {
        return bad("no \"--\"");
    };
    if !is_valid_type(t) {
        return bad("the type part is not a valid STIX type");
    }
    if !is_hyphenated_uuid(u) {
        return bad("the part after \"--\" is not a UUID");
    }
    Ok(())
}

impl FromStr for StixId {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self> {
        StixId::new(s)
    }
}

impl fmt::Display for StixId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl fmt::Debug for StixId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.0, f)
    }
}

impl AsRef<str> for StixId {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl Serialize for StixId {
    fn serialize<S: Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        s.serialize_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for StixId {
    fn deserialize<D: Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        check_id(&s).map_err(de::Error::custom)?;
        Ok(StixId(s))
    }
}
