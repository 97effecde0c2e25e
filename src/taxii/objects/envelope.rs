//! Response bodies of paged TAXII resources: the `{more, next, objects}`
//! envelope, a STIX bundle (SOC Defenders), manifests and version lists, parsed
//! into a [`ParsedPage`]; and the `next` token read ahead of a full parse.

use std::sync::Arc;

use bytes::Bytes;
use serde::Deserialize;
use serde_json::value::RawValue;
use serde_json::Value;

use crate::error::{Error, Result, Service};
use crate::taxii::stix::{self, Malformed, StixObject};
use crate::taxii::{decode, ManifestRecord};

/// One page of a TAXII response body, as an [`EnvelopeItem`] parses it.
#[derive(Debug)]
pub struct ParsedPage<T> {
    /// `more`, when the body has it (bundles do not).
    pub more: Option<bool>,
    /// `next`, when present.
    pub next: Option<String>,
    /// Whether the body was a STIX bundle (SOC Defenders) rather than an envelope.
    pub bundle: bool,
    /// Items the server sent (before any malformed object was skipped).
    pub received: usize,
    /// The items.
    pub items: Vec<T>,
    /// Malformed objects skipped (index in the page, reason).
    pub skipped: Vec<(usize, String)>,
}

/// An item of a paged TAXII resource: STIX objects (`objects`), manifest
/// records (`objects`) or versions (`versions`).
pub trait EnvelopeItem: Sized + Send + 'static {
    /// Parses one response body.
    fn parse_page(body: Bytes, policy: Malformed, context: &str) -> Result<ParsedPage<Self>>;
    /// The `(id, version)` used to drop re-read objects at an `added_after` boundary.
    fn dedupe_key(&self) -> Option<(&str, Option<&str>)> {
        None
    }
}

/// A TAXII envelope or a STIX bundle, its `objects` read as `O`.
#[derive(Deserialize)]
#[serde(bound(deserialize = "'de: 'a, O: Deserialize<'de>"))]
struct Envelope<'a, O> {
    #[serde(rename = "type", borrow, default)]
    kind: Option<std::borrow::Cow<'a, str>>,
    #[serde(default)]
    more: Option<bool>,
    #[serde(default)]
    next: Option<Value>,
    #[serde(default)]
    objects: Option<O>,
}

fn next_token(v: Option<Value>) -> Option<String> {
    match v? {
        Value::String(s) if !s.is_empty() => Some(s),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

fn empty_to_object(body: Bytes) -> Bytes {
    if body.iter().all(u8::is_ascii_whitespace) {
        Bytes::from_static(b"{}")
    } else {
        body
    }
}

impl EnvelopeItem for StixObject {
    fn parse_page(body: Bytes, policy: Malformed, context: &str) -> Result<ParsedPage<Self>> {
        let body = empty_to_object(body);
        // The page's text, which its objects share (taken over from the body
        // without a copy when nothing else holds it; a str: parsed without
        // re-checking UTF-8 and sliced without copying).
        let page = Arc::new(
            String::from_utf8(Vec::from(body))
                .map_err(|e| Error::decode(Service::Taxii, e.utf8_error(), e.as_bytes()))?,
        );
        // One pass over the page when it is plain (as pages nearly always are);
        // otherwise, or on any error, `careful_page`, which says exactly what
        // is wrong.
        if let Ok(env) = serde_json::from_str::<Envelope<'_, Vec<stix::Seen<'_>>>>(&page) {
            if env.kind.as_deref().is_none_or(|k| k == "bundle") {
                let seen = env.objects.unwrap_or_default();
                let received = seen.len();
                if let Some(done) = stix::parse_seen(&page, seen, policy, context) {
                    let (items, skipped) = done?;
                    return Ok(ParsedPage {
                        more: env.more,
                        next: next_token(env.next),
                        bundle: env.kind.is_some(),
                        received,
                        items,
                        skipped,
                    });
                }
            }
        }
        careful_page(&page, policy, context)
    }

    fn dedupe_key(&self) -> Option<(&str, Option<&str>)> {
        Some(self.key_ref())
    }
}

/// A page of STIX objects parsed element by element (each object checked on
/// its own, so that the error names what is wrong).
pub(super) fn careful_page(
    page: &Arc<String>,
    policy: Malformed,
    context: &str,
) -> Result<ParsedPage<StixObject>> {
    let body = page.as_bytes();
    let env: Envelope<'_, Vec<&RawValue>> =
        serde_json::from_str(page).map_err(|e| Error::decode(Service::Taxii, e, body))?;
    let bundle = env.kind.as_deref() == Some("bundle");
    if let Some(k) = env.kind.as_deref().filter(|k| *k != "bundle") {
        return Err(Error::decode(
            Service::Taxii,
            format!("expected a TAXII envelope or a STIX bundle, got a {k:?} object"),
            body,
        ));
    }
    let raw = env.objects.unwrap_or_default();
    let received = raw.len();
    let (items, skipped) = stix::parse_objects_in(page, raw, policy, context)?;
    Ok(ParsedPage {
        more: env.more,
        next: next_token(env.next),
        bundle,
        received,
        items,
        skipped,
    })
}

impl EnvelopeItem for ManifestRecord {
    fn parse_page(body: Bytes, _: Malformed, _: &str) -> Result<ParsedPage<Self>> {
        #[derive(Deserialize)]
        struct M {
            #[serde(default)]
            more: Option<bool>,
            #[serde(default)]
            next: Option<Value>,
            #[serde(default)]
            objects: Vec<ManifestRecord>,
        }
        let m: M = decode(&body)?;
        Ok(ParsedPage {
            more: m.more,
            next: next_token(m.next),
            bundle: false,
            received: m.objects.len(),
            items: m.objects,
            skipped: Vec::new(),
        })
    }
}

impl EnvelopeItem for String {
    fn parse_page(body: Bytes, _: Malformed, _: &str) -> Result<ParsedPage<Self>> {
        #[derive(Deserialize)]
        struct V {
            #[serde(default)]
            more: Option<bool>,
            #[serde(default)]
            next: Option<Value>,
            #[serde(default)]
            versions: Vec<String>,
        }
        let v: V = decode(&body)?;
        Ok(ParsedPage {
            more: v.more,
            next: next_token(v.next),
            bundle: false,
            received: v.versions.len(),
            items: v.versions,
            skipped: Vec::new(),
        })
    }
}

/// The `next` token of an envelope whose `more` is true, read without parsing
/// the envelope, when both come before anything else in it (as servers
/// commonly write them; medallion sorts its keys). `None` in every other case,
/// and then nothing is read ahead.
pub(super) fn next_before_items(body: &[u8]) -> Option<String> {
    let ws = |mut i: usize| {
        while body.get(i).is_some_and(u8::is_ascii_whitespace) {
            i += 1;
        }
        i
    };
    let mut i = ws(0);
    if body.get(i) != Some(&b'{') {
        return None;
    }
    let (mut more, mut next) = (false, None);
    loop {
        i = ws(i + 1);
        if body.get(i) != Some(&b'"') {
            break;
        }
        let end = i + 1 + memchr::memchr2(b'"', b'\\', body.get(i + 1..)?)?;
        let key = &body[i + 1..end];
        i = ws(end + 1);
        if body.get(i) != Some(&b':') || body[end] != b'"' {
            return None;
        }
        i = ws(i + 1);
        let rest = body.get(i..)?;
        match key {
            b"more" if rest.starts_with(b"true") => (more, i) = (true, i + 4),
            b"more" if rest.starts_with(b"false") => return None,
            b"next" if rest.first() == Some(&b'"') => {
                let len = memchr::memchr2(b'"', b'\\', &rest[1..])?;
                if rest[1 + len] != b'"' || len == 0 {
                    return None;
                }
                next = Some(std::str::from_utf8(&rest[1..1 + len]).ok()?.to_owned());
                i += len + 2;
            }
            b"next" => {
                let len = rest.iter().take_while(|b| b.is_ascii_digit()).count();
                let end = rest.get(len).copied().unwrap_or(b'}');
                if len == 0 || !(end == b',' || end == b'}' || end.is_ascii_whitespace()) {
                    return None;
                }
                next = Some(std::str::from_utf8(&rest[..len]).ok()?.to_owned());
                i += len;
            }
            _ => break,
        }
        i = ws(i);
        if body.get(i) != Some(&b',') {
            break;
        }
    }
    if more {
        next
    } else {
        None
    }
}
