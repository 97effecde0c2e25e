//! The raw-preserving [`StixObject`]: the exact JSON text of one object, with
//! its head properties (`type`, `id`, `spec_version`, `created`, `modified`)
//! read when it is built.

use std::fmt;
use std::str::FromStr;
use std::sync::Arc;

use serde::de::{self, Deserializer};
use serde::{Deserialize, Serialize, Serializer};
use serde_json::value::RawValue;
use serde_json::{Map, Value};

use super::id::{check_id, is_hyphenated_uuid, is_valid_type};
use super::malformed;
use super::typed::{StixType, TypedObject};
use crate::error::{Error, Result};

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
pub(super) struct Head<'a> {
    #[serde(rename = "type", borrow, default)]
    pub(super) object_type: Option<std::borrow::Cow<'a, str>>,
    #[serde(borrow, default)]
    pub(super) id: Option<std::borrow::Cow<'a, str>>,
    #[serde(borrow, default)]
    pub(super) spec_version: Option<std::borrow::Cow<'a, str>>,
    #[serde(borrow, default)]
    pub(super) created: Option<std::borrow::Cow<'a, str>>,
    #[serde(borrow, default)]
    pub(super) modified: Option<std::borrow::Cow<'a, str>>,
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
    pub(super) fn from_head(
        text: Arc<String>,
        range: std::ops::Range<usize>,
        head: Head<'_>,
    ) -> Result<Self> {
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

    /// The object as a specific typed view (e.g. [`Indicator`](super::Indicator)).
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
