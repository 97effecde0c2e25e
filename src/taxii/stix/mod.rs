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
//!
//! The parts: [`StixId`] and [`Timestamp`] (`id`, `timestamp`), the
//! raw-preserving [`StixObject`] (`object`), the typed views (`typed`), and
//! bundles and the `objects` of a page (`page`).

use std::fmt;

use serde::de::{self, Deserializer};
use serde::Deserialize;
use serde_json::{Map, Value};

use crate::error::Error;

mod id;
mod object;
mod page;
mod timestamp;
mod typed;

pub use id::{check_id, is_valid_type, StixId};
pub use object::StixObject;
pub use page::{parse_objects, Bundle, Malformed, Skipped};
pub(crate) use page::{parse_objects_in, parse_seen, Seen};
pub use timestamp::{parse_rfc3339, Timestamp};
pub use typed::{
    AttackPattern, Campaign, Common, ExternalReference, GranularMarking, Identity, Indicator,
    IntrusionSet, KillChainPhase, Malware, MarkingDefinition, Note, ObservedData, Relationship,
    Report, Sighting, StixType, ThreatActor, Tool, TypedObject, Vulnerability,
};

/// Unknown and custom properties of a typed object, in the order they came.
pub type Extra = Map<String, Value>;

/// Why a JSON value is not a usable STIX object.
fn malformed(why: impl fmt::Display) -> Error {
    Error::invalid_input(format!("malformed STIX object: {why}"))
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

#[allow(dead_code)]
fn _assert_send_sync() {
    fn is<T: Send + Sync>() {}
    is::<StixObject>();
    is::<Bundle>();
    is::<TypedObject>();
}
