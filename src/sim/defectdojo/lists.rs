//! The `GET` list routes of every resource (product types, products,
//! engagements, tests, test types, endpoints, users and findings), with each
//! resource's filters and orderings, and findings' default model ordering.

use std::collections::{HashMap, HashSet};

use axum::extract::State;
use axum::http::Uri;
use axum::response::Response;
use serde_json::Value;

use super::objects::ENGAGEMENT_STATUS;
use super::paging::{
    apply_filters, apply_ordering, ints, list_of, page_bounds, paginate, paginate_page,
    parse_query, q, Kind,
};
use super::{one_error, Obj, Shared};

pub(super) async fn list_product_types(State(st): State<Shared>, uri: Uri) -> Response {
    list_of(
        &st,
        &uri,
        |db| &db.product_types,
        &[
            ("id", "id", Kind::Int),
            ("name", "name", Kind::Str),
            ("critical_product", "critical_product", Kind::Bool),
            ("key_product", "key_product", Kind::Bool),
        ],
        &["id", "name"],
    )
}

pub(super) async fn list_products(State(st): State<Shared>, uri: Uri) -> Response {
    list_of(
        &st,
        &uri,
        |db| &db.products,
        &[
            ("id", "id", Kind::IntIn),
            ("name", "name", Kind::IContains),
            ("name_exact", "name", Kind::Str),
            ("prod_type", "prod_type", Kind::IntIn),
            ("tags", "tags", Kind::TagsAny),
        ],
        &["id", "name", "created", "prod_type"],
    )
}

pub(super) async fn list_engagements(State(st): State<Shared>, uri: Uri) -> Response {
    let query = parse_query(&uri);
    // product__prod_type goes through the product.
    let pt_filter = match q(&query, "product__prod_type").map(ints) {
        Some(None) => return one_error("product__prod_type", "Enter a number."),
        Some(Some(v)) => Some(v),
        None => None,
    };
    let db = st.db.lock().expect("db lock");
    let mut items: Vec<&Obj> = {
        db.engagements
            .values()
            .filter(|e| {
                pt_filter.as_ref().is_none_or(|pts| {
                    e.get("product")
                        .and_then(Value::as_i64)
                        .and_then(|p| db.products.get(&p))
                        .and_then(|p| p.get("prod_type"))
                        .and_then(Value::as_i64)
                        .is_some_and(|pt| pts.contains(&pt))
                })
            })
            .collect()
    };
    let specs = [
        ("id", "id", Kind::Int),
        ("name", "name", Kind::Str),
        ("product", "product", Kind::Int),
        ("status", "status", Kind::Choice(&ENGAGEMENT_STATUS)),
        ("active", "active", Kind::Bool),
        ("tags", "tags", Kind::TagsAny),
    ];
    if let Err(r) = apply_filters(&mut items, &query, &specs) {
        return r;
    }
    if let Err(r) = apply_ordering(
        &mut items,
        &query,
        &[
            "id",
            "name",
            "target_start",
            "target_end",
            "product",
            "status",
        ],
    ) {
        return r;
    }
    paginate(&st, &uri, &query, items)
}

pub(super) async fn list_tests(State(st): State<Shared>, uri: Uri) -> Response {
    list_of(
        &st,
        &uri,
        |db| &db.tests,
        &[
            ("id", "id", Kind::Int),
            ("engagement", "engagement", Kind::Int),
            ("test_type", "test_type", Kind::Int),
            ("title", "title", Kind::Str),
            ("scan_type", "scan_type", Kind::Str),
            ("tags", "tags", Kind::TagsAny),
        ],
        &["id", "title", "target_start", "engagement", "test_type"],
    )
}

pub(super) async fn list_test_types(State(st): State<Shared>, uri: Uri) -> Response {
    list_of(
        &st,
        &uri,
        |db| &db.test_types,
        &[("name", "name", Kind::Str)],
        &["id", "name"],
    )
}

pub(super) async fn list_endpoints(State(st): State<Shared>, uri: Uri) -> Response {
    list_of(
        &st,
        &uri,
        |db| &db.endpoints,
        &[
            ("id", "id", Kind::Int),
            ("host", "host", Kind::Str),
            ("protocol", "protocol", Kind::Str),
            ("port", "port", Kind::Int),
            ("path", "path", Kind::Str),
            ("product", "product", Kind::Int),
            ("tags", "tags", Kind::TagsAny),
        ],
        &["id", "host", "product"],
    )
}

pub(super) async fn list_users(State(st): State<Shared>, uri: Uri) -> Response {
    list_of(
        &st,
        &uri,
        |db| &db.users,
        &[
            ("id", "id", Kind::Int),
            ("username", "username", Kind::Str),
            ("email", "email", Kind::Str),
            ("is_active", "is_active", Kind::Bool),
            ("is_superuser", "is_superuser", Kind::Bool),
        ],
        &[
            "id",
            "username",
            "email",
            "first_name",
            "last_name",
            "last_login",
            "is_active",
            "is_superuser",
            "date_joined",
        ],
    )
}

const FINDING_ORDER: [&str; 14] = [
    "id",
    "active",
    "component_name",
    "created",
    "cwe",
    "date",
    "duplicate",
    "false_p",
    "is_mitigated",
    "last_status_update",
    "numerical_severity",
    "severity",
    "title",
    "verified",
];

/// DefectDojo's model ordering: numerical severity, newest first, title (id breaks ties).
fn sort_findings(items: &mut [&Obj]) {
    items.sort_by_cached_key(|f| {
        let s = |k: &str| f.get(k).and_then(Value::as_str).unwrap_or("").to_string();
        (
            s("numerical_severity"),
            std::cmp::Reverse(s("date")),
            s("title"),
            f.get("id").and_then(Value::as_i64).unwrap_or(0),
        )
    });
}

pub(super) async fn list_findings(State(st): State<Shared>, uri: Uri) -> Response {
    let query = parse_query(&uri);
    let mut rel: HashMap<&str, HashSet<i64>> = HashMap::new();
    for p in [
        "test__engagement",
        "test__engagement__product",
        "test__engagement__product__prod_type",
    ] {
        if let Some(v) = q(&query, p).filter(|v| !v.is_empty()) {
            match ints(v) {
                Some(ids) => {
                    rel.insert(p, ids.into_iter().collect());
                }
                None => return one_error(p, "Enter a number."),
            }
        }
    }
    let vuln = q(&query, "vulnerability_id").map(str::to_owned);
    let mut db = st.db.lock().expect("db lock");
    if query.iter().all(|(k, _)| k == "limit" || k == "offset") {
        // Unfiltered, default order: served from the cached ordering.
        if db.finding_order.is_none() {
            let mut all: Vec<&Obj> = db.findings.values().collect();
            sort_findings(&mut all);
            let order = all
                .iter()
                .filter_map(|f| f.get("id").and_then(Value::as_i64))
                .collect();
            db.finding_order = Some(order);
        }
        let db = &*db;
        let order = db.finding_order.as_deref().unwrap_or_default();
        let (limit, offset) = page_bounds(&query);
        let page = order
            .iter()
            .skip(offset)
            .take(limit)
            .filter_map(|id| db.findings.get(id))
            .collect();
        return paginate_page(&st, &uri, &query, order.len(), page);
    }
    if q(&query, "o") == Some("id")
        && query
            .iter()
            .all(|(k, _)| k == "limit" || k == "offset" || k == "o")
    {
        // Unfiltered, by id: the store's own order (what an index on the
        // primary key gives a real server), without sorting every finding.
        let db = &*db;
        let (limit, offset) = page_bounds(&query);
        let page = db.findings.values().skip(offset).take(limit).collect();
        return paginate_page(&st, &uri, &query, db.findings.len(), page);
    }
    let db = &*db;
    let mut items: Vec<&Obj> = {
        db.findings
            .values()
            .filter(|f| {
                if rel.is_empty() {
                    return true;
                }
                let test = f
                    .get("test")
                    .and_then(Value::as_i64)
                    .and_then(|t| db.tests.get(&t));
                let eng = test
                    .and_then(|t| t.get("engagement"))
                    .and_then(Value::as_i64);
                let prod = eng
                    .and_then(|e| db.engagements.get(&e))
                    .and_then(|e| e.get("product"))
                    .and_then(Value::as_i64);
                let pt = prod
                    .and_then(|p| db.products.get(&p))
                    .and_then(|p| p.get("prod_type"))
                    .and_then(Value::as_i64);
                [
                    ("test__engagement", eng),
                    ("test__engagement__product", prod),
                    ("test__engagement__product__prod_type", pt),
                ]
                .iter()
                .all(|(p, v)| {
                    rel.get(p)
                        .is_none_or(|set| v.is_some_and(|v| set.contains(&v)))
                })
            })
            .filter(|f| {
                vuln.as_deref().is_none_or(|want| {
                    f.get("vulnerability_ids")
                        .and_then(Value::as_array)
                        .is_some_and(|ids| {
                            ids.iter()
                                .any(|i| i["vulnerability_id"].as_str() == Some(want))
                        })
                })
            })
            .collect()
    };
    let specs = [
        ("id", "id", Kind::IntIn),
        ("active", "active", Kind::Bool),
        ("verified", "verified", Kind::Bool),
        ("duplicate", "duplicate", Kind::Bool),
        ("false_p", "false_p", Kind::Bool),
        ("is_mitigated", "is_mitigated", Kind::Bool),
        ("out_of_scope", "out_of_scope", Kind::Bool),
        ("risk_accepted", "risk_accepted", Kind::Bool),
        ("under_review", "under_review", Kind::Bool),
        ("severity", "severity", Kind::Str),
        ("cwe", "cwe", Kind::IntIn),
        ("title", "title", Kind::IContains),
        ("test", "test", Kind::Int),
        ("tags", "tags", Kind::TagsAny),
        ("not_tags", "tags", Kind::TagsNone),
        ("component_name", "component_name", Kind::Str),
        ("unique_id_from_tool", "unique_id_from_tool", Kind::Str),
        ("hash_code", "hash_code", Kind::Str),
        ("discovered_after", "date", Kind::DateGt),
        ("discovered_before", "date", Kind::DateLt),
        ("mitigated_after", "mitigated", Kind::TimeGt),
        ("mitigated_before", "mitigated", Kind::TimeLt),
    ];
    if let Err(r) = apply_filters(&mut items, &query, &specs) {
        return r;
    }
    sort_findings(&mut items);
    if let Err(r) = apply_ordering(&mut items, &query, &FINDING_ORDER) {
        return r;
    }
    paginate(&st, &uri, &query, items)
}
