//! What a listing remembers to hand each object out exactly once: the keys of
//! the objects delivered at the `added_after` boundary ([`Delivered`], kept in
//! checkpoints), the `next` tokens issued and spent ([`Book`]), and the
//! re-read point of a `date_added` ([`reread_from`]).

use std::collections::HashSet;

use serde::{Deserialize, Serialize};

use super::envelope::EnvelopeItem;
use crate::paging::Cursor;
use crate::taxii::stix;

/// The `(id, version)` pairs of one page's objects, remembered to drop the
/// objects a server re-reads at an `added_after` boundary.
///
/// Kept as one string, a line per object (`id`, then a tab and the version
/// when the object has one; `\`, tab and newline escaped), so that
/// remembering a page of a thousand objects, and checkpointing it, costs one
/// allocation instead of thousands. In a checkpoint it is that string; the
/// earlier form, an array of `[id, version]` pairs, is still read.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Boundary(pub(super) String);

impl Boundary {
    /// The keys of `items` (those that have one).
    pub(crate) fn of<T: EnvelopeItem>(items: &[T]) -> Boundary {
        let mut text = String::new();
        for (id, version) in items.iter().filter_map(T::dedupe_key) {
            push_key(&mut text, id, version);
        }
        Boundary(text)
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Drops the items whose key is in the boundary (the lookup set is built
    /// per call: it is only needed at a boundary).
    pub(super) fn retain<T: EnvelopeItem>(&self, items: &mut Vec<T>) {
        let set: HashSet<&str> = self.0.lines().collect();
        let mut line = String::new();
        items.retain(|it| {
            let Some((id, version)) = it.dedupe_key() else {
                return true;
            };
            line.clear();
            push_key(&mut line, id, version);
            !set.contains(line.trim_end_matches('\n'))
        });
    }
}

fn push_key(out: &mut String, id: &str, version: Option<&str>) {
    fn escaped(out: &mut String, s: &str) {
        if memchr::memchr3(b'\\', b'\t', b'\n', s.as_bytes()).is_none() {
            out.push_str(s);
            return;
        }
        for c in s.chars() {
            match c {
                '\\' => out.push_str("\\\\"),
                '\t' => out.push_str("\\t"),
                '\n' => out.push_str("\\n"),
                c => out.push(c),
            }
        }
    }
    escaped(out, id);
    if let Some(v) = version {
        out.push('\t');
        escaped(out, v);
    }
    out.push('\n');
}

impl Serialize for Boundary {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        s.serialize_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for Boundary {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Form {
            Text(String),
            Pairs(Vec<(String, Option<String>)>),
        }
        Ok(match Form::deserialize(d)? {
            Form::Text(t) => Boundary(t),
            Form::Pairs(pairs) => {
                let mut text = String::new();
                for (id, version) in &pairs {
                    push_key(&mut text, id, version.as_deref());
                }
                Boundary(text)
            }
        })
    }
}

/// The keys of the objects handed out that a re-read of the `added_after`
/// boundary may return again: those of the last page, and of the pages
/// before it while their `X-TAXII-Date-Added-Last` reaches the point a
/// re-read starts from ([`reread_from`]), so a group of objects sharing one
/// `date_added` across several pages is covered whole. Pages without the
/// header are all kept (their times are unknown).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct Delivered {
    /// The keys.
    #[serde(default)]
    pub(crate) boundary: Boundary,
    /// The latest `X-TAXII-Date-Added-Last` of the pages kept.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) boundary_at: Option<String>,
}

impl Delivered {
    /// Adds a page handed out: `last` is its `X-TAXII-Date-Added-Last`.
    pub(crate) fn add_page<T: EnvelopeItem>(&mut self, last: Option<&str>, items: &[T]) {
        self.add_keys(last, Boundary::of(items));
    }

    pub(super) fn add_keys(&mut self, last: Option<&str>, keys: Boundary) {
        let keep = match (last, self.boundary_at.as_deref()) {
            (Some(l), Some(at)) => !later(&reread_from(l), at),
            _ => true,
        };
        if keep {
            self.boundary.0.push_str(&keys.0);
        } else {
            self.boundary = keys;
        }
        if let Some(l) = last {
            if self.boundary_at.as_deref().is_none_or(|at| later(l, at)) {
                self.boundary_at = Some(l.to_string());
            }
        }
    }

    /// Drops the items already handed out; returns how many.
    pub(super) fn retain<T: EnvelopeItem>(&self, items: &mut Vec<T>) -> usize {
        if self.boundary.is_empty() {
            return 0;
        }
        let before = items.len();
        self.boundary.retain(items);
        before - items.len()
    }
}

/// What a listing remembers from page to page (shared by its fetches).
#[derive(Debug, Default)]
pub(super) struct Book {
    /// The `added_after` of the request that opened the current `next`
    /// session: later pages of the session repeat it.
    pub(super) session_after: Option<String>,
    /// The keys of the objects fetched from the point a re-read would start.
    pub(super) delivered: Delivered,
    /// The `next` tokens (as cursors carry them) this listing received.
    pub(super) issued: HashSet<String>,
    /// The `next` tokens already sent: a token is never sent twice.
    pub(super) spent: HashSet<String>,
    /// Where a fetch from the first cursor got to through pages that held
    /// only re-read objects: a retry of that fetch goes on from the second.
    pub(super) forward: Option<(Cursor, Cursor)>,
    /// Whether pages may still hold objects already handed out: from a
    /// request by `added_after` until a page ends after every object kept in
    /// `delivered` (pages come in `date_added` order).
    pub(super) rereading: bool,
}

/// Whether timestamp `a` is after `b` (text comparison when either does not parse).
pub(crate) fn later(a: &str, b: &str) -> bool {
    match (stix::parse_rfc3339(a), stix::parse_rfc3339(b)) {
        (Ok(x), Ok(y)) => x > y,
        _ => a != b,
    }
}

/// The `added_after` that re-reads every object added at `ts`: one unit of
/// its last written digit earlier (`…00.123456Z` → `…00.123455Z`), so that a
/// server that treats `added_after` as strictly greater returns the whole
/// group of objects sharing `ts` again, and one that treats it as inclusive
/// returns nothing older than that group. What was already handed out is
/// dropped by `(id, version)`. A value that does not parse is kept as is.
pub(crate) fn reread_from(ts: &str) -> String {
    let Ok(t) = stix::parse_rfc3339(ts) else {
        return ts.to_string();
    };
    let digits = ts
        .split_once('.')
        .map_or(0, |(_, f)| f.bytes().take_while(u8::is_ascii_digit).count())
        .min(9);
    let unit = 10i64.pow(9 - digits as u32);
    let back = t - chrono::Duration::nanoseconds(unit);
    if digits == 0 {
        return back.format("%Y-%m-%dT%H:%M:%SZ").to_string();
    }
    let mut s = back.format("%Y-%m-%dT%H:%M:%S%.9f").to_string();
    s.truncate(20 + digits);
    s.push('Z');
    s
}
