//! What a request asks for: the query parameters (`added_after`, `limit`,
//! `next`, `match[...]` filters) and the `Selector` that picks a collection's
//! entries (id, type, version and spec-version filters) for objects, manifest
//! and versions requests.

use std::collections::{HashMap, HashSet};

use super::data::Coll;
use super::parse_ts;

#[derive(Default)]
pub(super) struct Params {
    pub(super) added_after: Option<i64>,
    pub(super) limit: Option<usize>,
    pub(super) next: Option<String>,
    pub(super) ids: Vec<String>,
    pub(super) types: Vec<String>,
    pub(super) versions: Vec<String>,
    pub(super) specs: Vec<String>,
    /// The filters (without limit and next), canonical: what a token is bound to.
    pub(super) signature: String,
}

pub(super) fn parse_params(raw: Option<String>) -> Result<Params, String> {
    let pairs: Vec<(String, String)> =
        serde_urlencoded::from_str(raw.as_deref().unwrap_or("")).map_err(|e| e.to_string())?;
    let mut p = Params::default();
    let mut sig = Vec::new();
    let list = |v: &str| {
        v.split(',')
            .map(|s| s.trim().to_string())
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
    };
    for (k, v) in pairs {
        match k.as_str() {
            "limit" => {
                let n: usize = v.parse().map_err(|_| format!("bad limit {v:?}"))?;
                if n == 0 {
                    return Err("the limit parameter cannot be zero".into());
                }
                p.limit = Some(n);
                continue;
            }
            "next" => {
                p.next = Some(v);
                continue;
            }
            "added_after" => {
                p.added_after = Some(parse_ts(&v).ok_or_else(|| format!("bad added_after {v:?}"))?)
            }
            "match[id]" => p.ids = list(&v),
            "match[type]" | "type" => p.types.extend(list(&v)),
            "match[version]" => p.versions = list(&v),
            "match[spec_version]" => p.specs = list(&v),
            _ => {}
        }
        let mut vs = list(&v);
        vs.sort();
        sig.push(format!("{k}={}", vs.join(",")));
    }
    sig.sort();
    p.signature = sig.join("&");
    Ok(p)
}

/// Which indexes a request selects, in date-added order.
pub(super) struct Selector<'a> {
    coll: &'a Coll,
    params: &'a Params,
    /// Allowed (id, version) pairs when versions are filtered; None = all.
    allowed: Option<HashSet<(String, String)>>,
    kind_filter: Option<fn(Option<usize>) -> bool>,
}

impl<'a> Selector<'a> {
    pub(super) fn new(
        coll: &'a Coll,
        params: &'a Params,
        kind_filter: Option<fn(Option<usize>) -> bool>,
    ) -> Self {
        let versions: Vec<&str> = if params.versions.is_empty() {
            vec!["last"]
        } else {
            params.versions.iter().map(String::as_str).collect()
        };
        let allowed = if versions.contains(&"all") || coll.unique_ids {
            None
        } else {
            let mut first: HashMap<String, (i64, String)> = HashMap::new();
            let mut last: HashMap<String, (i64, String)> = HashMap::new();
            let mut set = HashSet::new();
            let explicit: Vec<i64> = versions.iter().filter_map(|v| parse_ts(v)).collect();
            for i in 0..coll.len() {
                let m = coll.meta(i);
                let t = parse_ts(&m.version).unwrap_or(m.date_added);
                let f = first.entry(m.id.clone()).or_insert((t, m.version.clone()));
                if t < f.0 {
                    *f = (t, m.version.clone());
                }
                let l = last.entry(m.id.clone()).or_insert((t, m.version.clone()));
                if t > l.0 {
                    *l = (t, m.version.clone());
                }
                if explicit.contains(&t) {
                    set.insert((m.id.clone(), m.version.clone()));
                }
            }
            if versions.contains(&"first") {
                set.extend(first.into_iter().map(|(id, (_, v))| (id, v)));
            }
            if versions.contains(&"last") {
                set.extend(last.into_iter().map(|(id, (_, v))| (id, v)));
            }
            Some(set)
        };
        Selector {
            coll,
            params,
            allowed,
            kind_filter,
        }
    }

    pub(super) fn matches(&self, i: usize) -> bool {
        if let Some(f) = self.kind_filter {
            if !f(self.coll.kind(i)) {
                return false;
            }
        }
        let p = self.params;
        if p.ids.is_empty() && p.types.is_empty() && p.specs.is_empty() && self.allowed.is_none() {
            return true;
        }
        let m = self.coll.meta(i);
        (p.ids.is_empty() || p.ids.contains(&m.id))
            && (p.types.is_empty() || p.types.contains(&m.object_type))
            && (p.specs.is_empty() || p.specs.contains(&m.spec))
            && self
                .allowed
                .as_ref()
                .is_none_or(|a| a.contains(&(m.id.clone(), m.version.clone())))
    }

    /// Up to `limit` matching indexes from `start`, and whether more match after them
    /// (with the index to resume from).
    pub(super) fn page(&self, start: usize, limit: usize) -> (Vec<usize>, Option<usize>) {
        let mut out = Vec::new();
        let mut i = start;
        while i < self.coll.len() {
            if self.matches(i) {
                if out.len() == limit {
                    return (out, Some(i));
                }
                out.push(i);
            }
            i += 1;
        }
        (out, None)
    }
}
