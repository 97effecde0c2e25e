//! STIX 2.1 objects.
//!
//! A [`StixObject`] keeps the exact JSON text it was parsed from, so writing it
//! back (to a sink, to another TAXII server) gives the same bytes, with every
//! unknown and custom (`x_*`, `extensions`) property. Only the properties every
//! flow needs (`type`, `id`, `spec_version`, `created`, `modified`) are parsed
//! up front; the typed views ([`StixObject::typed`], [`StixObject::to_typed`])
//! are built on demand.
//!
//! ```
//! use secops::taxii::stix::{StixObject, TypedObject};
//! let raw = r#"{"type":"indicator","spec_version":"2.1","id":"indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f","created":"2026-05-16T08:21:30Z","modified":"2026-05-16T08:21:30.123456Z","pattern":"[domain-name:value = 'c2.example.com']","pattern_type":"stix","valid_from":"2026-05-16T08:21:30Z","x_acme_score":7}"#;
//! let obj = StixObject::from_json(raw)?;
//! assert_eq!(obj.object_type(), "indicator");
//! assert_eq!(serde_json::to_string(&obj).unwrap(), raw); // byte for byte
//! let TypedObject::Indicator(ind) = obj.typed()? else { unreachable!() };
//! assert_eq!(ind.pattern, "[domain-name:value = 'c2.example.com']");
//! assert_eq!(ind.common.modified.unwrap().as_str(), "2026-05-16T08:21:30.123456Z");
//! assert_eq!(ind.extra["x_acme_score"], 7);
//! # Ok::<(), secops::Error>(())
//! ```
//!
//! Objects whose type is not modelled parse as [`TypedObject::Other`], never as
//! an error. An object is *malformed* (an error) only when it is not a JSON
//! object, lacks `type` or `id`, or its id is not `type--uuid` with the object's
//! own type.

use std::fmt;
use std::str::FromStr;
use std::sync::Arc;

use serde::de::{self, Deserializer};
use serde::{Deserialize, Serialize, Serializer};
use serde_json::value::RawValue;
use serde_json::{Map, Value};

use crate::error::{Error, Result};

/// Unknown and custom properties of a typed object, in the order they came.
pub type Extra = Map<String, Value>;

// ---------------------------------------------------------------------------
// Identifiers and timestamps
// ---------------------------------------------------------------------------

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

fn is_hyphenated_uuid(u: &str) -> bool {
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
pub struct Timestamp(String);

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

// ---------------------------------------------------------------------------
// The raw-preserving object
// ---------------------------------------------------------------------------

/// One STIX object, kept as the exact JSON it came in.
///
/// Serialising it writes those bytes back unchanged. `type`, `id`,
/// `spec_version`, `created` and `modified` are parsed when it is built; the
/// rest on demand ([`typed`](Self::typed), [`to_typed`](Self::to_typed),
/// [`get`](Self::get), [`to_value`](Self::to_value)).
///
/// The objects of one TAXII page share that page's text: building them costs no
/// copy and cloning one costs a reference count, but an object keeps its whole
/// page in memory while it lives (call [`detach`](Self::detach) to keep a few
/// objects of many pages).
#[derive(Clone)]
pub struct StixObject {
    /// The text the object is a part of (the whole response body, or the object
    /// alone), and where the object is in it.
    text: Arc<String>,
    start: usize,
    end: usize,
    object_type: Field,
    id: Field,
    spec_version: Option<Field>,
    created: Option<Field>,
    modified: Option<Field>,
}

/// A string property of the object: where it is in the object's text, or its
/// unescaped value when the text has escapes in it.
#[derive(Clone)]
enum Field {
    At(u32, u32),
    Owned(Box<str>),
}

impl Field {
    /// `value` borrowed from `object` (whose text starts at `base`) is kept as a
    /// position; an unescaped copy as itself.
    fn new(object: &str, value: std::borrow::Cow<'_, str>) -> Field {
        if let std::borrow::Cow::Borrowed(v) = &value {
            let at = (v.as_ptr() as usize).wrapping_sub(object.as_ptr() as usize);
            if let (Some(end), Ok(start)) = (at.checked_add(v.len()), u32::try_from(at)) {
                if end <= object.len() {
                    if let Ok(end) = u32::try_from(end) {
                        return Field::At(start, end);
                    }
                }
            }
        }
        Field::Owned(value.into_owned().into_boxed_str())
    }

    fn get<'a>(&'a self, object: &'a str) -> &'a str {
        match self {
            Field::At(s, e) => &object[*s as usize..*e as usize],
            Field::Owned(v) => v,
        }
    }
}

#[derive(Deserialize)]
struct Head<'a> {
    #[serde(rename = "type", borrow, default)]
    object_type: Option<std::borrow::Cow<'a, str>>,
    #[serde(borrow, default)]
    id: Option<std::borrow::Cow<'a, str>>,
    #[serde(borrow, default)]
    spec_version: Option<std::borrow::Cow<'a, str>>,
    #[serde(borrow, default)]
    created: Option<std::borrow::Cow<'a, str>>,
    #[serde(borrow, default)]
    modified: Option<std::borrow::Cow<'a, str>>,
}

/// Why a JSON value is not a usable STIX object.
fn malformed(why: impl fmt::Display) -> Error {
    Error::invalid_input(format!("malformed STIX object: {why}"))
}

impl StixObject {
    /// Parses one object from its JSON text (kept as is).
    pub fn from_json(json: &str) -> Result<Self> {
        let checked: &RawValue = serde_json::from_str(json).map_err(malformed)?;
        let len = checked.get().len();
        Self::from_text(Arc::new(checked.get().to_owned()), 0..len)
    }

    /// Parses one object from raw JSON (kept as is). Fails when the value is not
    /// an object, lacks a string `type` or `id`, or the id is not `type--uuid`
    /// of its own type.
    pub fn from_raw(raw: Box<RawValue>) -> Result<Self> {
        let text: Box<str> = raw.into();
        let len = text.len();
        Self::from_text(Arc::new(text.into()), 0..len)
    }

    /// Parses the object at `range` of `text` (a page of objects, or one
    /// object), sharing `text` instead of copying the object out of it. That
    /// part of `text` must already be known to be valid JSON.
    pub(crate) fn from_text(text: Arc<String>, range: std::ops::Range<usize>) -> Result<Self> {
        let object = text
            .get(range.clone())
            .ok_or_else(|| malformed("the object is not where its page says"))?;
        if !object.trim_start().starts_with('{') {
            return Err(malformed("not a JSON object"));
        }
        let head: Head<'_> = serde_json::from_str(object).map_err(malformed)?;
        Self::from_head(text.clone(), range, head)
    }

    /// The object at `range` of `text`, whose head properties (borrowed from
    /// that range, or unescaped copies) have been read: checks them.
    fn from_head(text: Arc<String>, range: std::ops::Range<usize>, head: Head<'_>) -> Result<Self> {
        let object = text
            .get(range.clone())
            .ok_or_else(|| malformed("the object is not where its page says"))?;
        let object_type = head
            .object_type
            .ok_or_else(|| malformed("no \"type\" property"))?;
        let id = head.id.ok_or_else(|| malformed("no \"id\" property"))?;
        // The usual case first: `type--uuid` of its own, valid type.
        let own = id
            .strip_prefix(&*object_type)
            .and_then(|rest| rest.strip_prefix("--"))
            .is_some_and(|uuid| is_hyphenated_uuid(uuid) && is_valid_type(&object_type));
        if !own {
            check_id(&id).map_err(|e| malformed(e.to_string()))?;
            return Err(malformed(format!(
                "id {id:?} does not start with its type {object_type:?}"
            )));
        }
        let field = |v| Field::new(object, v);
        let (object_type, id) = (field(object_type), field(id));
        let spec_version = head.spec_version.map(field);
        let created = head.created.map(field);
        let modified = head.modified.map(field);
        Ok(StixObject {
            start: range.start,
            end: range.end,
            object_type,
            id,
            spec_version,
            created,
            modified,
            text,
        })
    }

    /// The same object holding only its own text (not the page it came in).
    pub fn detach(&self) -> StixObject {
        if self.start == 0 && self.end == self.text.len() {
            return self.clone();
        }
        StixObject {
            text: Arc::new(self.json().to_owned()),
            start: 0,
            end: self.end - self.start,
            ..self.clone()
        }
    }

    /// Serialises a value (a typed object, a `serde_json::Value`) and parses it.
    pub fn from_serialize<T: Serialize>(value: &T) -> Result<Self> {
        let text = serde_json::to_string(value).map_err(malformed)?;
        Self::from_json(&text)
    }

    /// The `type` property.
    pub fn object_type(&self) -> &str {
        self.object_type.get(self.json())
    }

    /// The `id` property (checked: `type--uuid`).
    pub fn id(&self) -> &str {
        self.id.get(self.json())
    }

    /// `spec_version`, when present.
    pub fn spec_version(&self) -> Option<&str> {
        let json = self.json();
        self.spec_version.as_ref().map(|f| f.get(json))
    }

    /// `created`, when present (text as it came).
    pub fn created(&self) -> Option<&str> {
        let json = self.json();
        self.created.as_ref().map(|f| f.get(json))
    }

    /// `modified`, when present (text as it came).
    pub fn modified(&self) -> Option<&str> {
        let json = self.json();
        self.modified.as_ref().map(|f| f.get(json))
    }

    /// The version TAXII uses for this object: `modified`, else `created`.
    pub fn version(&self) -> Option<&str> {
        self.modified().or_else(|| self.created())
    }

    /// The object's identity for de-duplication: `(id, modified)`.
    pub fn key(&self) -> (String, Option<String>) {
        let (id, version) = self.key_ref();
        (id.to_owned(), version.map(str::to_owned))
    }

    /// [`key`](Self::key), borrowed.
    pub fn key_ref(&self) -> (&str, Option<&str>) {
        (self.id(), self.version())
    }

    /// The exact JSON text, as a [`RawValue`] (a copy).
    pub fn to_raw(&self) -> Box<RawValue> {
        RawValue::from_string(self.json().to_owned()).expect("checked JSON")
    }

    /// The exact JSON text, as a string.
    pub fn json(&self) -> &str {
        &self.text[self.start..self.end]
    }

    /// One top-level property, parsed.
    pub fn get(&self, property: &str) -> Option<Value> {
        let map: Map<String, Value> = serde_json::from_str(self.json()).ok()?;
        map.get(property).cloned()
    }

    /// The whole object as a `serde_json::Value`.
    pub fn to_value(&self) -> Value {
        serde_json::from_str(self.json()).expect("checked JSON")
    }

    /// The typed view: one of the modelled types, or [`TypedObject::Other`].
    ///
    /// Fails only when an object of a modelled type does not fit its model
    /// (a required property missing or of the wrong kind, a bad timestamp or
    /// reference).
    pub fn typed(&self) -> Result<TypedObject> {
        TypedObject::from_object(self)
    }

    /// The object as a specific typed view (e.g. [`Indicator`]).
    pub fn to_typed<T: StixType>(&self) -> Result<T> {
        if self.object_type() != T::TYPE {
            return Err(Error::invalid_input(format!(
                "{} is a {}, not a {}",
                self.id(),
                self.object_type(),
                T::TYPE
            )));
        }
        serde_json::from_str(self.json()).map_err(|e| {
            malformed(format!(
                "{} does not fit the {} model: {e}",
                self.id(),
                T::TYPE
            ))
        })
    }
}

impl fmt::Debug for StixObject {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("StixObject")
            .field("type", &self.object_type())
            .field("id", &self.id())
            .field("modified", &self.modified())
            .finish_non_exhaustive()
    }
}

impl PartialEq for StixObject {
    /// Two objects are equal when their JSON text is the same.
    fn eq(&self, other: &Self) -> bool {
        self.json() == other.json()
    }
}

impl Serialize for StixObject {
    fn serialize<S: Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        let raw: &RawValue =
            serde_json::from_str(self.json()).map_err(serde::ser::Error::custom)?;
        raw.serialize(s)
    }
}

impl<'de> Deserialize<'de> for StixObject {
    fn deserialize<D: Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        let raw = Box::<RawValue>::deserialize(d)?;
        StixObject::from_raw(raw).map_err(de::Error::custom)
    }
}

impl FromStr for StixObject {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self> {
        StixObject::from_json(s)
    }
}

// ---------------------------------------------------------------------------
// Bundles
// ---------------------------------------------------------------------------

/// A STIX bundle: `{"type": "bundle", "id": "bundle--…", "objects": [...]}`.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Bundle {
    /// Always `bundle`.
    #[serde(rename = "type")]
    pub bundle_type: String,
    /// `bundle--uuid`.
    pub id: StixId,
    /// The objects (each kept byte for byte).
    #[serde(default)]
    pub objects: Vec<StixObject>,
    /// Any other property.
    #[serde(flatten)]
    pub extra: Extra,
}

impl Bundle {
    /// A new bundle with a random id.
    pub fn new(objects: Vec<StixObject>) -> Self {
        Bundle {
            bundle_type: "bundle".into(),
            id: StixId::generate("bundle").expect("valid type"),
            objects,
            extra: Extra::new(),
        }
    }

    /// Parses a bundle, failing on the first malformed object.
    pub fn from_json(json: &str) -> Result<Self> {
        let b: Bundle = serde_json::from_str(json).map_err(malformed)?;
        if b.bundle_type != "bundle" {
            return Err(malformed(format!(
                "expected type \"bundle\", got {:?}",
                b.bundle_type
            )));
        }
        Ok(b)
    }
}

// ---------------------------------------------------------------------------
// Typed views
// ---------------------------------------------------------------------------

/// A modelled STIX type (implemented by [`Indicator`], [`Malware`], ...).
pub trait StixType: serde::de::DeserializeOwned + Serialize {
    /// The STIX `type` name.
    const TYPE: &'static str;
}

/// An external reference (`external_references`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ExternalReference {
    /// The source (e.g. `mitre-attack`, `cve`).
    pub source_name: String,
    /// A description.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// A URL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Hashes of the URL's content.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hashes: Option<Map<String, Value>>,
    /// The id in the source (e.g. `T1566`, `CVE-2026-0001`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub external_id: Option<String>,
    /// Any other property.
    #[serde(flatten)]
    pub extra: Extra,
}

/// A kill chain phase (`kill_chain_phases`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct KillChainPhase {
    /// The kill chain (e.g. `mitre-attack`, `lockheed-martin-cyber-kill-chain`).
    pub kill_chain_name: String,
    /// The phase.
    pub phase_name: String,
    /// Any other property.
    #[serde(flatten)]
    pub extra: Extra,
}

/// A granular marking (`granular_markings`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GranularMarking {
    /// The language tag, for language markings.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lang: Option<String>,
    /// The marking definition.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub marking_ref: Option<StixId>,
    /// The selectors.
    #[serde(default)]
    pub selectors: Vec<String>,
    /// Any other property.
    #[serde(flatten)]
    pub extra: Extra,
}

/// The properties common to STIX domain and relationship objects.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Common {
    /// `type`.
    #[serde(rename = "type")]
    pub object_type: String,
    /// `spec_version` (`2.1`; absent on STIX 2.0 content).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub spec_version: Option<String>,
    /// `id`.
    pub id: StixId,
    /// `created`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created: Option<Timestamp>,
    /// `modified` (absent on marking definitions).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub modified: Option<Timestamp>,
    /// `created_by_ref`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_by_ref: Option<StixId>,
    /// `revoked`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub revoked: Option<bool>,
    /// `labels`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub labels: Option<Vec<String>>,
    /// `confidence` (0–100).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub confidence: Option<u8>,
    /// `lang`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lang: Option<String>,
    /// `external_references`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub external_references: Option<Vec<ExternalReference>>,
    /// `object_marking_refs`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object_marking_refs: Option<Vec<StixId>>,
    /// `granular_markings`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub granular_markings: Option<Vec<GranularMarking>>,
    /// `extensions` (kept as JSON: each extension defines its own shape).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extensions: Option<Map<String, Value>>,
}

impl Common {
    /// Common properties for a new object of `object_type`, with a random id and
    /// `created` = `modified` = now (millisecond precision).
    pub fn new(object_type: &str) -> Result<Self> {
        let now = chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, true);
        Ok(Common {
            object_type: object_type.to_owned(),
            spec_version: Some("2.1".into()),
            id: StixId::generate(object_type)?,
            created: Some(Timestamp(now.clone())),
            modified: Some(Timestamp(now)),
            created_by_ref: None,
            revoked: None,
            labels: None,
            confidence: None,
            lang: None,
            external_references: None,
            object_marking_refs: None,
            granular_markings: None,
            extensions: None,
        })
    }
}

/// The JSON name of a field: its `as "name"` rename, else its Rust name.
macro_rules! field_name {
    ($field:ident) => {
        stringify!($field)
    };
    ($field:ident $rename:literal) => {
        $rename
    };
}

/// What a typed field becomes when the object lacks it: `None` for optional
/// fields, a "missing field" error for required ones.
trait Missing: Sized {
    fn missing<E: de::Error>(name: &'static str) -> std::result::Result<Self, E>;
}

impl<T> Missing for Option<T> {
    fn missing<E: de::Error>(_: &'static str) -> std::result::Result<Self, E> {
        Ok(None)
    }
}

macro_rules! required {
    ($($t:ty),*) => {$(
        impl Missing for $t {
            fn missing<E: de::Error>(name: &'static str) -> std::result::Result<Self, E> {
                Err(E::missing_field(name))
            }
        }
    )*};
}
required!(String, StixId, Timestamp);

/// Slots for the fields of one typed object while its JSON is read, so that a
/// typed view is built in one pass over the object (no buffering of the whole
/// object, which `#[serde(flatten)]` would do).
macro_rules! field_slots {
    ($slots:ident { $( $field:ident $(as $rename:literal)? : $fty:ty ),* $(,)? }) => {
        #[derive(Default)]
        #[allow(clippy::option_option)]
        struct $slots {
            $( $field: Option<$fty>, )*
        }

        impl $slots {
            /// Reads the value of `key` when it is one of these fields.
            fn take<'de, A: de::MapAccess<'de>>(
                &mut self,
                key: &str,
                map: &mut A,
            ) -> std::result::Result<bool, A::Error> {
                match key {
                    $(
                        field_name!($field $($rename)?) => {
                            if self.$field.is_some() {
                                return Err(de::Error::duplicate_field(field_name!($field $($rename)?)));
                            }
                            self.$field = Some(map.next_value()?);
                            Ok(true)
                        }
                    )*
                    _ => Ok(false),
                }
            }
        }
    };
}

field_slots!(CommonSlots {
    object_type as "type": String,
    spec_version: Option<String>,
    id: StixId,
    created: Option<Timestamp>,
    modified: Option<Timestamp>,
    created_by_ref: Option<StixId>,
    revoked: Option<bool>,
    labels: Option<Vec<String>>,
    confidence: Option<u8>,
    lang: Option<String>,
    external_references: Option<Vec<ExternalReference>>,
    object_marking_refs: Option<Vec<StixId>>,
    granular_markings: Option<Vec<GranularMarking>>,
    extensions: Option<Map<String, Value>>,
});

impl CommonSlots {
    fn finish<E: de::Error>(self) -> std::result::Result<Common, E> {
        fn get<T: Missing, E: de::Error>(
            v: Option<T>,
            name: &'static str,
        ) -> std::result::Result<T, E> {
            match v {
                Some(v) => Ok(v),
                None => T::missing(name),
            }
        }
        Ok(Common {
            object_type: get(self.object_type, "type")?,
            spec_version: get(self.spec_version, "spec_version")?,
            id: get(self.id, "id")?,
            created: get(self.created, "created")?,
            modified: get(self.modified, "modified")?,
            created_by_ref: get(self.created_by_ref, "created_by_ref")?,
            revoked: get(self.revoked, "revoked")?,
            labels: get(self.labels, "labels")?,
            confidence: get(self.confidence, "confidence")?,
            lang: get(self.lang, "lang")?,
            external_references: get(self.external_references, "external_references")?,
            object_marking_refs: get(self.object_marking_refs, "object_marking_refs")?,
            granular_markings: get(self.granular_markings, "granular_markings")?,
            extensions: get(self.extensions, "extensions")?,
        })
    }
}

/// An object key, borrowed from the input when it has no escapes.
struct Key<'de>(std::borrow::Cow<'de, str>);

impl<'de> Deserialize<'de> for Key<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        struct V;
        impl<'de> de::Visitor<'de> for V {
            type Value = Key<'de>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a property name")
            }
            fn visit_borrowed_str<E: de::Error>(
                self,
                v: &'de str,
            ) -> std::result::Result<Key<'de>, E> {
                Ok(Key(std::borrow::Cow::Borrowed(v)))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> std::result::Result<Key<'de>, E> {
                Ok(Key(std::borrow::Cow::Owned(v.to_owned())))
            }
            fn visit_string<E: de::Error>(self, v: String) -> std::result::Result<Key<'de>, E> {
                Ok(Key(std::borrow::Cow::Owned(v)))
            }
        }
        d.deserialize_str(V)
    }
}

macro_rules! stix_types {
    ($(
        $(#[$doc:meta])*
        $name:ident = $type_name:literal {
            $( $(#[$fdoc:meta])* $field:ident $(as $rename:literal)? : $fty:ty ),* $(,)?
        }
    )*) => {
        $(
            $(#[$doc])*
            #[derive(Debug, Clone, PartialEq, Serialize)]
            pub struct $name {
                /// The common properties.
                #[serde(flatten)]
                pub common: Common,
                $(
                    $(#[$fdoc])*
                    $(#[serde(rename = $rename)])?
                    #[serde(skip_serializing_if = "Skip::skip")]
                    pub $field: $fty,
                )*
                /// Unknown and custom (`x_*`) properties, kept as they came.
                #[serde(flatten)]
                pub extra: Extra,
            }

            impl StixType for $name {
                const TYPE: &'static str = $type_name;
            }

            impl<'de> Deserialize<'de> for $name {
                fn deserialize<D: Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
                    field_slots!(Own { $( $field $(as $rename)? : $fty ),* });
                    struct V;
                    impl<'de> de::Visitor<'de> for V {
                        type Value = $name;
                        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                            write!(f, "a STIX {} object", $type_name)
                        }
                        fn visit_map<A: de::MapAccess<'de>>(
                            self,
                            mut map: A,
                        ) -> std::result::Result<$name, A::Error> {
                            let mut common = CommonSlots::default();
                            let mut own = Own::default();
                            let mut extra = Extra::new();
                            while let Some(Key(key)) = map.next_key()? {
                                if common.take(&key, &mut map)? || own.take(&key, &mut map)? {
                                    continue;
                                }
                                let value: Value = map.next_value()?;
                                extra.insert(key.into_owned(), value);
                            }
                            Ok($name {
                                common: common.finish()?,
                                $(
                                    $field: match own.$field {
                                        Some(v) => v,
                                        None => Missing::missing(field_name!($field $($rename)?))?,
                                    },
                                )*
                                extra,
                            })
                        }
                    }
                    d.deserialize_map(V)
                }
            }
        )*

        /// The typed view of a STIX object.
        #[derive(Debug, Clone, PartialEq)]
        #[non_exhaustive]
        pub enum TypedObject {
            $(
                #[doc = concat!("`", $type_name, "`.")]
                $name($name),
            )*
            /// Any type not modelled here (SCOs, custom `x-*` objects, new types),
            /// as JSON.
            Other(Map<String, Value>),
        }

        impl TypedObject {
            fn from_object(obj: &StixObject) -> Result<Self> {
                match obj.object_type() {
                    $( $type_name => Ok(TypedObject::$name(obj.to_typed()?)), )*
                    _ => {
                        let map: Map<String, Value> = serde_json::from_str(obj.json())
                            .map_err(malformed)?;
                        Ok(TypedObject::Other(map))
                    }
                }
            }

            /// The object's type name.
            pub fn object_type(&self) -> &str {
                match self {
                    $( TypedObject::$name(_) => $type_name, )*
                    TypedObject::Other(m) => m.get("type").and_then(Value::as_str).unwrap_or(""),
                }
            }

            /// The object back as a raw-preserving [`StixObject`] (serialised anew).
            pub fn to_object(&self) -> Result<StixObject> {
                match self {
                    $( TypedObject::$name(v) => StixObject::from_serialize(v), )*
                    TypedObject::Other(m) => StixObject::from_serialize(m),
                }
            }
        }
    };
}

/// Skips a typed field on output when it was absent on input.
trait Skip {
    fn skip(&self) -> bool;
}

impl<T> Skip for Option<T> {
    fn skip(&self) -> bool {
        self.is_none()
    }
}

impl Skip for String {
    fn skip(&self) -> bool {
        false
    }
}

impl Skip for StixId {
    fn skip(&self) -> bool {
        false
    }
}

impl Skip for Timestamp {
    fn skip(&self) -> bool {
        false
    }
}

type Strings = Option<Vec<String>>;
type Refs = Option<Vec<StixId>>;
type Phases = Option<Vec<KillChainPhase>>;
type Ts = Option<Timestamp>;
type Text = Option<String>;

// Required properties are plain types (their absence makes the typed view
// fail); everything else is optional so that lenient real-world content fits.
stix_types! {
    /// `indicator`: a pattern that detects suspicious or malicious activity.
    Indicator = "indicator" {
        /// `name`.
        name: Text,
        /// `description`.
        description: Text,
        /// `indicator_types` (open vocabulary).
        indicator_types: Strings,
        /// `pattern` (required).
        pattern: String,
        /// `pattern_type` (required; `stix`, `sigma`, `snort`, `yara`...).
        pattern_type: String,
        /// `pattern_version`.
        pattern_version: Text,
        /// `valid_from` (required).
        valid_from: Timestamp,
        /// `valid_until`.
        valid_until: Ts,
        /// `kill_chain_phases`.
        kill_chain_phases: Phases,
    }

    /// `malware`.
    Malware = "malware" {
        /// `name`.
        name: Text,
        /// `description`.
        description: Text,
        /// `malware_types`.
        malware_types: Strings,
        /// `is_family` (required in 2.1; absent in some 2.0 content).
        is_family: Option<bool>,
        /// `aliases`.
        aliases: Strings,
        /// `kill_chain_phases`.
        kill_chain_phases: Phases,
        /// `first_seen`.
        first_seen: Ts,
        /// `last_seen`.
        last_seen: Ts,
        /// `operating_system_refs`.
        operating_system_refs: Refs,
        /// `architecture_execution_envs`.
        architecture_execution_envs: Strings,
        /// `implementation_languages`.
        implementation_languages: Strings,
        /// `capabilities`.
        capabilities: Strings,
        /// `sample_refs`.
        sample_refs: Refs,
    }

    /// `identity`: an individual, organisation or group.
    Identity = "identity" {
        /// `name` (required).
        name: String,
        /// `description`.
        description: Text,
        /// `roles`.
        roles: Strings,
        /// `identity_class`.
        identity_class: Text,
        /// `sectors`.
        sectors: Strings,
        /// `contact_information`.
        contact_information: Text,
    }

    /// `marking-definition` (TLP, statements, extension-defined markings).
    MarkingDefinition = "marking-definition" {
        /// `name`.
        name: Text,
        /// `definition_type` (deprecated in 2.1, still common).
        definition_type: Text,
        /// `definition` (deprecated in 2.1, still common).
        definition: Option<Value>,
    }

    /// `relationship`: links two objects.
    Relationship = "relationship" {
        /// `relationship_type` (required; `indicates`, `uses`...).
        relationship_type: String,
        /// `description`.
        description: Text,
        /// `source_ref` (required).
        source_ref: StixId,
        /// `target_ref` (required).
        target_ref: StixId,
        /// `start_time`.
        start_time: Ts,
        /// `stop_time`.
        stop_time: Ts,
    }

    /// `sighting`: something was seen.
    Sighting = "sighting" {
        /// `description`.
        description: Text,
        /// `first_seen`.
        first_seen: Ts,
        /// `last_seen`.
        last_seen: Ts,
        /// `count`.
        count: Option<u64>,
        /// `sighting_of_ref` (required).
        sighting_of_ref: StixId,
        /// `observed_data_refs`.
        observed_data_refs: Refs,
        /// `where_sighted_refs`.
        where_sighted_refs: Refs,
        /// `summary`.
        summary: Option<bool>,
    }

    /// `attack-pattern`: a TTP.
    AttackPattern = "attack-pattern" {
        /// `name`.
        name: Text,
        /// `description`.
        description: Text,
        /// `aliases`.
        aliases: Strings,
        /// `kill_chain_phases`.
        kill_chain_phases: Phases,
    }

    /// `campaign`.
    Campaign = "campaign" {
        /// `name`.
        name: Text,
        /// `description`.
        description: Text,
        /// `aliases`.
        aliases: Strings,
        /// `first_seen`.
        first_seen: Ts,
        /// `last_seen`.
        last_seen: Ts,
        /// `objective`.
        objective: Text,
    }

    /// `intrusion-set`.
    IntrusionSet = "intrusion-set" {
        /// `name`.
        name: Text,
        /// `description`.
        description: Text,
        /// `aliases`.
        aliases: Strings,
        /// `first_seen`.
        first_seen: Ts,
        /// `last_seen`.
        last_seen: Ts,
        /// `goals`.
        goals: Strings,
        /// `resource_level`.
        resource_level: Text,
        /// `primary_motivation`.
        primary_motivation: Text,
        /// `secondary_motivations`.
        secondary_motivations: Strings,
    }

    /// `threat-actor`.
    ThreatActor = "threat-actor" {
        /// `name`.
        name: Text,
        /// `description`.
        description: Text,
        /// `threat_actor_types`.
        threat_actor_types: Strings,
        /// `aliases`.
        aliases: Strings,
        /// `first_seen`.
        first_seen: Ts,
        /// `last_seen`.
        last_seen: Ts,
        /// `roles`.
        roles: Strings,
        /// `goals`.
        goals: Strings,
        /// `sophistication`.
        sophistication: Text,
        /// `resource_level`.
        resource_level: Text,
        /// `primary_motivation`.
        primary_motivation: Text,
        /// `secondary_motivations`.
        secondary_motivations: Strings,
        /// `personal_motivations`.
        personal_motivations: Strings,
    }

    /// `tool`: legitimate software used by attackers.
    Tool = "tool" {
        /// `name`.
        name: Text,
        /// `description`.
        description: Text,
        /// `tool_types`.
        tool_types: Strings,
        /// `aliases`.
        aliases: Strings,
        /// `kill_chain_phases`.
        kill_chain_phases: Phases,
        /// `tool_version`.
        tool_version: Text,
    }

    /// `vulnerability`.
    Vulnerability = "vulnerability" {
        /// `name`.
        name: Text,
        /// `description`.
        description: Text,
    }

    /// `observed-data`.
    ObservedData = "observed-data" {
        /// `first_observed`.
        first_observed: Ts,
        /// `last_observed`.
        last_observed: Ts,
        /// `number_observed`.
        number_observed: Option<u64>,
        /// `objects` (deprecated in 2.1), as JSON.
        objects: Option<Map<String, Value>>,
        /// `object_refs`.
        object_refs: Refs,
    }

    /// `report`.
    Report = "report" {
        /// `name`.
        name: Text,
        /// `description`.
        description: Text,
        /// `report_types`.
        report_types: Strings,
        /// `published`.
        published: Ts,
        /// `object_refs`.
        object_refs: Refs,
    }

    /// `note`.
    Note = "note" {
        /// `abstract`.
        abstract_text as "abstract": Text,
        /// `content`.
        content: Text,
        /// `authors`.
        authors: Strings,
        /// `object_refs`.
        object_refs: Refs,
    }
}

impl Indicator {
    /// A new STIX-pattern indicator, valid from now.
    ///
    /// ```
    /// use secops::taxii::stix::Indicator;
    /// let ind = Indicator::new("[ipv4-addr:value = '198.51.100.7']")?;
    /// let obj = ind.to_object()?;
    /// assert_eq!(obj.object_type(), "indicator");
    /// # Ok::<(), secops::Error>(())
    /// ```
    pub fn new(pattern: impl Into<String>) -> Result<Self> {
        let common = Common::new("indicator")?;
        let valid_from = common.created.clone().expect("set by Common::new");
        Ok(Indicator {
            common,
            name: None,
            description: None,
            indicator_types: None,
            pattern: pattern.into(),
            pattern_type: "stix".into(),
            pattern_version: None,
            valid_from,
            valid_until: None,
            kill_chain_phases: None,
            extra: Extra::new(),
        })
    }

    /// As a raw-preserving object (to publish it).
    pub fn to_object(&self) -> Result<StixObject> {
        StixObject::from_serialize(self)
    }
}

/// What to do with a malformed object inside a page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[non_exhaustive]
pub enum Malformed {
    /// End the stream with an error naming the page and the object's index (default).
    #[default]
    Fail,
    /// Skip it, with a `tracing` warning naming the page and index; counted.
    Skip,
}

/// Malformed objects skipped in a page: (index, reason).
pub type Skipped = Vec<(usize, String)>;

/// One element of a page's `objects`, read in the single serde pass over
/// the page: its property names and each value's exact text, from which
/// [`parse_seen`] reads its place in the page and its head properties (no
/// second pass over the object). `plain` is false when something needs the
/// careful path: an escaped property name, a head property twice, an empty
/// object.
pub(crate) struct Seen<'a> {
    first_key: Option<&'a str>,
    last_value: Option<&'a RawValue>,
    head: [Option<&'a RawValue>; 5],
    plain: bool,
}

impl<'de: 'a, 'a> Deserialize<'de> for Seen<'a> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        struct V<'a>(std::marker::PhantomData<&'a ()>);
        impl<'de: 'a, 'a> de::Visitor<'de> for V<'a> {
            type Value = Seen<'a>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a STIX object")
            }
            fn visit_map<A: de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> std::result::Result<Seen<'a>, A::Error> {
                let mut seen = Seen {
                    first_key: None,
                    last_value: None,
                    head: [None; 5],
                    plain: true,
                };
                let mut first = true;
                while let Some(Key(key)) = map.next_key::<Key<'de>>()? {
                    let value: &'de RawValue = map.next_value()?;
                    let key = match key {
                        std::borrow::Cow::Borrowed(k) => k,
                        std::borrow::Cow::Owned(_) => {
                            seen.plain = false;
                            continue;
                        }
                    };
                    if first {
                        seen.first_key = Some(key);
                        first = false;
                    }
                    seen.last_value = Some(value);
                    let slot = match key {
                        "type" => 0,
                        "id" => 1,
                        "spec_version" => 2,
                        "created" => 3,
                        "modified" => 4,
                        _ => continue,
                    };
                    if seen.head[slot].replace(value).is_some() {
                        seen.plain = false;
                    }
                }
                if first {
                    seen.plain = false;
                }
                Ok(seen)
            }
        }
        d.deserialize_map(V(std::marker::PhantomData))
    }
}

/// The objects of a page read as [`Seen`] elements, or `None` when an element
/// needs the careful path (then the caller parses the page element by element).
pub(crate) fn parse_seen(
    page: &Arc<String>,
    seen: Vec<Seen<'_>>,
    policy: Malformed,
    context: &str,
) -> Option<Result<(Vec<StixObject>, Skipped)>> {
    let received = seen.len();
    let base = page.as_ptr() as usize;
    let bytes = page.as_bytes();
    let at = |p: *const u8| (p as usize).checked_sub(base).filter(|&o| o <= bytes.len());
    let mut parsed = Vec::with_capacity(received);
    for el in &seen {
        if !el.plain {
            return None;
        }
        // `{` before the first name (and its quote), `}` after the last value.
        let quote = at(el.first_key?.as_ptr())?.checked_sub(1)?;
        let start = bytes[..quote]
            .iter()
            .rposition(|b| !b.is_ascii_whitespace())?;
        let last = el.last_value?.get();
        let after = at(last.as_ptr())? + last.len();
        let end = after
            + bytes[after..]
                .iter()
                .position(|b| !b.is_ascii_whitespace())?;
        if bytes[start] != b'{' || bytes[end] != b'}' {
            return None;
        }
        // Head values: plain strings (or null); anything else the careful way.
        let mut head = [const { None }; 5];
        for (slot, raw) in head.iter_mut().zip(el.head) {
            let Some(raw) = raw else { continue };
            let t = raw.get();
            if t == "null" {
                continue;
            }
            let inner = t.strip_prefix('"')?.strip_suffix('"')?;
            if inner.contains('\\') {
                return None;
            }
            *slot = Some(std::borrow::Cow::Borrowed(inner));
        }
        let [object_type, id, spec_version, created, modified] = head;
        let head = Head {
            object_type,
            id,
            spec_version,
            created,
            modified,
        };
        let range = start..end + 1;
        parsed.push((
            range.clone(),
            StixObject::from_head(page.clone(), range, head),
        ));
    }
    let results = parsed
        .into_iter()
        .map(|(range, r)| (page.get(range).unwrap_or(""), r));
    Some(collect_each(results, policy, context))
}

/// Parses the elements of an `objects` array one by one, so that a malformed
/// object is reported with its index instead of failing the whole page.
///
/// Returns the objects and the indexes (with reasons) of the ones skipped.
pub fn parse_objects(
    raw: Vec<&RawValue>,
    policy: Malformed,
    context: &str,
) -> Result<(Vec<StixObject>, Skipped)> {
    parse_each(raw, policy, context, |r| StixObject::from_json(r.get()))
}

/// [`parse_objects`] for elements borrowed from `page`: the objects share the
/// page's text instead of each copying its own out of it.
pub(crate) fn parse_objects_in(
    page: &Arc<String>,
    raw: Vec<&RawValue>,
    policy: Malformed,
    context: &str,
) -> Result<(Vec<StixObject>, Skipped)> {
    let base = page.as_ptr() as usize;
    parse_each(raw, policy, context, |r| {
        let start = (r.get().as_ptr() as usize).wrapping_sub(base);
        let range = start..start.wrapping_add(r.get().len());
        if range.end <= page.len() && range.start <= range.end {
            StixObject::from_text(page.clone(), range)
        } else {
            StixObject::from_json(r.get())
        }
    })
}

fn parse_each(
    raw: Vec<&RawValue>,
    policy: Malformed,
    context: &str,
    parse: impl Fn(&RawValue) -> Result<StixObject>,
) -> Result<(Vec<StixObject>, Skipped)> {
    collect_each(
        raw.into_iter().map(|r| (r.get(), parse(r))),
        policy,
        context,
    )
}

/// Applies `policy` to parsed elements (their text, for error excerpts).
fn collect_each<'t>(
    parsed: impl ExactSizeIterator<Item = (&'t str, Result<StixObject>)>,
    policy: Malformed,
    context: &str,
) -> Result<(Vec<StixObject>, Skipped)> {
    let mut out = Vec::with_capacity(parsed.len());
    let mut skipped = Vec::new();
    for (i, (text, parsed)) in parsed.enumerate() {
        match parsed {
            Ok(o) => out.push(o),
            Err(e) => {
                let why = e.to_string();
                match policy {
                    Malformed::Fail => {
                        return Err(Error::Decode {
                            service: crate::Service::Taxii,
                            message: format!(
                                "{context}: object #{i} is malformed: {why}; use on_malformed(Malformed::Skip) to skip such objects with a warning"
                            ),
                            excerpt: crate::error::excerpt(text.as_bytes()),
                        })
                    }
                    Malformed::Skip => {
                        tracing::warn!(index = i, context, reason = %why, "skipping a malformed STIX object");
                        skipped.push((i, why));
                    }
                }
            }
        }
    }
    Ok((out, skipped))
}

#[allow(dead_code)]
fn _assert_send_sync() {
    fn is<T: Send + Sync>() {}
    is::<StixObject>();
    is::<Bundle>();
    is::<TypedObject>();
}
