//! Listing machinery shared by every collection route: query parsing, DRF
//! limit/offset paging with absolute `next`/`previous` URLs, the typed
//! query-parameter filters and `o=` ordering.

use std::collections::{BTreeMap, HashSet};

use axum::http::Uri;
use axum::response::{IntoResponse, Response};
use axum::Json;
use chrono::{DateTime, NaiveDate};
use serde::Serialize;
use serde_json::Value;

use super::{one_error, Db, Dojo, Obj};

type Query = Vec<(String, String)>;

pub(super) fn parse_query(uri: &Uri) -> Query {
    url::form_urlencoded::parse(uri.query().unwrap_or("").as_bytes())
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect()
}

pub(super) fn q<'a>(query: &'a Query, name: &str) -> Option<&'a str> {
    // Django's QueryDict.get returns the last value.
    query
        .iter()
        .rev()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.as_str())
}

/// DRF LimitOffsetPagination: `count`, absolute `next`/`previous` keeping the other parameters.
/// The `limit` and `offset` of a list request (DRF defaults).
pub(super) fn page_bounds(query: &Query) -> (usize, usize) {
    let limit = q(query, "limit")
        .and_then(|v| v.parse::<usize>().ok())
        .filter(|v| *v > 0)
        .unwrap_or(25);
    let offset = q(query, "offset")
        .and_then(|v| v.parse::<usize>().ok())
        .unwrap_or(0);
    (limit, offset)
}

pub(super) fn paginate(st: &Dojo, uri: &Uri, query: &Query, items: Vec<&Obj>) -> Response {
    let (limit, offset) = page_bounds(query);
    let count = items.len();
    let page = items.into_iter().skip(offset).take(limit).collect();
    paginate_page(st, uri, query, count, page)
}

/// One page of a list of `count` items: `page` holds the items at `offset..offset+limit`.
pub(super) fn paginate_page(
    st: &Dojo,
    uri: &Uri,
    query: &Query,
    count: usize,
    page: Vec<&Obj>,
) -> Response {
    let (limit, offset) = page_bounds(query);
    let link = |off: Option<usize>| -> String {
        let mut ser = url::form_urlencoded::Serializer::new(String::new());
        let mut has_limit = false;
        let mut has_offset = false;
        for (k, v) in query {
            match k.as_str() {
                "limit" => {
                    if !has_limit {
                        ser.append_pair("limit", &limit.to_string());
                        has_limit = true;
                    }
                }
                "offset" => {
                    if let (Some(o), false) = (off, has_offset) {
                        ser.append_pair("offset", &o.to_string());
                    }
                    has_offset = true;
                }
                _ => {
                    ser.append_pair(k, v);
                }
            }
        }
        if !has_limit {
            ser.append_pair("limit", &limit.to_string());
        }
        if let (Some(o), false) = (off, has_offset) {
            ser.append_pair("offset", &o.to_string());
        }
        format!("{}{}?{}", st.base, uri.path(), ser.finish())
    };
    let next = (offset + limit < count).then(|| link(Some(offset + limit)));
    let previous = (offset > 0).then(|| {
        let p = offset.saturating_sub(limit);
        link(if p == 0 { None } else { Some(p) })
    });
    // Serialised straight from the stored objects (no copy of each page).
    #[derive(Serialize)]
    struct ListPage<'a> {
        count: usize,
        next: Option<String>,
        previous: Option<String>,
        results: Vec<&'a Obj>,
    }
    Json(ListPage {
        count,
        next,
        previous,
        results: page,
    })
    .into_response()
}

#[derive(Clone, Copy)]
pub(super) enum Kind {
    Bool,
    Int,
    IntIn,
    Str,
    /// A value out of a fixed set (a model field with choices): anything else
    /// is a 400, as django-filter's ChoiceFilter answers.
    Choice(&'static [&'static str]),
    IContains,
    TagsAny,
    TagsNone,
    DateGt,
    DateLt,
    TimeGt,
    TimeLt,
}

pub(super) fn parse_bool(v: &str) -> Option<bool> {
    match v {
        "true" | "True" | "1" => Some(true),
        "false" | "False" | "0" => Some(false),
        _ => None,
    }
}

pub(super) fn ints(v: &str) -> Option<Vec<i64>> {
    v.split(',')
        .filter(|s| !s.is_empty())
        .map(|s| s.trim().parse().ok())
        .collect()
}

/// Applies `(param, field, kind)` filters; a value that does not parse is a 400 like django-filter's.
pub(super) fn apply_filters(
    items: &mut Vec<&Obj>,
    query: &Query,
    specs: &[(&str, &str, Kind)],
) -> Result<(), Response> {
    for (param, field, kind) in specs {
        let Some(v) = q(query, param) else { continue };
        if v.is_empty() {
            continue;
        }
        let bad = |m: &str| one_error(param, m);
        match kind {
            Kind::Bool => {
                let b = parse_bool(v).ok_or_else(|| bad("Select a valid choice."))?;
                items.retain(|o| o.get(*field).and_then(Value::as_bool).unwrap_or(false) == b);
            }
            Kind::Int => {
                let n: i64 = v.parse().map_err(|_| bad("Enter a number."))?;
                items.retain(|o| o.get(*field).and_then(Value::as_i64) == Some(n));
            }
            Kind::IntIn => {
                let set: HashSet<i64> = ints(v)
                    .ok_or_else(|| bad("Enter a number."))?
                    .into_iter()
                    .collect();
                items.retain(|o| {
                    o.get(*field)
                        .and_then(Value::as_i64)
                        .is_some_and(|n| set.contains(&n))
                });
            }
            Kind::Str => items.retain(|o| o.get(*field).and_then(Value::as_str) == Some(v)),
            Kind::Choice(choices) => {
                if !choices.contains(&v) {
                    return Err(bad(&format!(
                        "Select a valid choice. {v} is not one of the available choices."
                    )));
                }
                items.retain(|o| o.get(*field).and_then(Value::as_str) == Some(v));
            }
            Kind::IContains => {
                let needle = v.to_lowercase();
                items.retain(|o| {
                    o.get(*field)
                        .and_then(Value::as_str)
                        .is_some_and(|s| s.to_lowercase().contains(&needle))
                });
            }
            Kind::TagsAny | Kind::TagsNone => {
                let want: HashSet<&str> = v.split(',').map(str::trim).collect();
                let any = matches!(kind, Kind::TagsAny);
                items.retain(|o| {
                    let has = o.get(*field).and_then(Value::as_array).is_some_and(|tags| {
                        tags.iter()
                            .any(|t| t.as_str().is_some_and(|t| want.contains(t)))
                    });
                    has == any
                });
            }
            Kind::DateGt | Kind::DateLt => {
                let d = NaiveDate::parse_from_str(v, "%Y-%m-%d")
                    .map_err(|_| bad("Enter a valid date."))?;
                let gt = matches!(kind, Kind::DateGt);
                items.retain(|o| {
                    o.get(*field)
                        .and_then(Value::as_str)
                        .and_then(|s| NaiveDate::parse_from_str(s, "%Y-%m-%d").ok())
                        .is_some_and(|x| if gt { x > d } else { x < d })
                });
            }
            Kind::TimeGt | Kind::TimeLt => {
                // Django's DateTimeField also takes a bare date (midnight).
                let t = DateTime::parse_from_rfc3339(v)
                    .ok()
                    .or_else(|| {
                        NaiveDate::parse_from_str(v, "%Y-%m-%d")
                            .ok()
                            .and_then(|d| d.and_hms_opt(0, 0, 0))
                            .map(|t| t.and_utc().fixed_offset())
                    })
                    .ok_or_else(|| bad("Enter a valid date/time."))?;
                let gt = matches!(kind, Kind::TimeGt);
                items.retain(|o| {
                    o.get(*field)
                        .and_then(Value::as_str)
                        .and_then(|s| DateTime::parse_from_rfc3339(s).ok())
                        .is_some_and(|x| if gt { x > t } else { x < t })
                });
            }
        }
    }
    Ok(())
}

/// `o=field,-field` ordering; unknown fields are a 400 as in django-filter.
pub(super) fn apply_ordering(
    items: &mut [&Obj],
    query: &Query,
    allowed: &[&str],
) -> Result<(), Response> {
    let Some(o) = q(query, "o") else {
        return Ok(());
    };
    let keys: Vec<(String, bool)> = o
        .split(',')
        .filter(|s| !s.is_empty())
        .map(|s| match s.strip_prefix('-') {
            Some(f) => (f.to_string(), true),
            None => (s.to_string(), false),
        })
        .collect();
    for (k, _) in &keys {
        if !allowed.contains(&k.as_str()) {
            return Err(one_error(
                "o",
                format!("Select a valid choice. {k} is not one of the available choices."),
            ));
        }
    }
    items.sort_by(|a, b| {
        for (k, desc) in &keys {
            let ord = cmp_values(a.get(k), b.get(k));
            let ord = if *desc { ord.reverse() } else { ord };
            if ord != std::cmp::Ordering::Equal {
                return ord;
            }
        }
        std::cmp::Ordering::Equal
    });
    Ok(())
}

fn cmp_values(a: Option<&Value>, b: Option<&Value>) -> std::cmp::Ordering {
    match (a, b) {
        (Some(Value::Number(x)), Some(Value::Number(y))) => x
            .as_f64()
            .unwrap_or(0.0)
            .partial_cmp(&y.as_f64().unwrap_or(0.0))
            .unwrap_or(std::cmp::Ordering::Equal),
        (Some(Value::String(x)), Some(Value::String(y))) => x.cmp(y),
        (Some(Value::Bool(x)), Some(Value::Bool(y))) => x.cmp(y),
        (Some(Value::Null) | None, Some(Value::Null) | None) => std::cmp::Ordering::Equal,
        (Some(Value::Null) | None, _) => std::cmp::Ordering::Less,
        (_, Some(Value::Null) | None) => std::cmp::Ordering::Greater,
        _ => std::cmp::Ordering::Equal,
    }
}

pub(super) fn list_of(
    st: &Dojo,
    uri: &Uri,
    table: impl Fn(&Db) -> &BTreeMap<i64, Obj>,
    specs: &[(&str, &str, Kind)],
    order: &[&str],
) -> Response {
    let query = parse_query(uri);
    let db = st.db.lock().expect("db lock");
    let mut items: Vec<&Obj> = table(&db).values().collect();
    if let Err(r) = apply_filters(&mut items, &query, specs) {
        return r;
    }
    if let Err(r) = apply_ordering(&mut items, &query, order) {
        return r;
    }
    paginate(st, uri, &query, items)
}
