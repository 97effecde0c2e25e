//! Bundles, and the `objects` of a page (TAXII envelope or STIX bundle) parsed
//! into [`StixObject`]s: in one pass when the page is plain, else element by
//! element, with a [`Malformed`] policy for the objects that do not parse.

use std::fmt;
use std::sync::Arc;

use serde::de::{self, Deserializer};
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;

use super::object::Head;
use super::{malformed, Extra, Key, StixId, StixObject};
use crate::error::{Error, Result};

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
