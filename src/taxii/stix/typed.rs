//! Typed views of STIX objects ([`TypedObject`], [`Indicator`], [`Malware`], ...),
//! each built in one pass over the object's JSON, unknown properties kept.

use std::fmt;

use serde::de::{self, Deserializer};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::{malformed, Extra, Key, StixId, StixObject, Timestamp};
use crate::error::Result;

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
            pub(super) fn from_object(obj: &StixObject) -> Result<Self> {
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
