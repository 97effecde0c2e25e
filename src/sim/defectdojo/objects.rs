//! Single-object routes other than findings: `GET` by id for every resource,
//! and the creates and partial updates of product types, products,
//! engagements, tests and endpoints, with their field checks.

use std::collections::BTreeMap;

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use chrono::NaiveDate;
use serde_json::{json, Value};

use super::check::{json_body, merge, Check};
use super::seed::{engagement_obj, now, obj, test_obj};
use super::{not_found_model, Db, Dojo, Obj, Shared};

fn get_from(
    st: &Dojo,
    id: &str,
    model: &str,
    table: impl Fn(&Db) -> &BTreeMap<i64, Obj>,
) -> Response {
    let db = st.db.lock().expect("db lock");
    match id.parse::<i64>().ok().and_then(|id| table(&db).get(&id)) {
        Some(o) => Json(Value::Object(o.clone())).into_response(),
        None => not_found_model(model),
    }
}

pub(super) async fn get_product_type(State(st): State<Shared>, Path(id): Path<String>) -> Response {
    get_from(&st, &id, "Product_Type", |db| &db.product_types)
}
pub(super) async fn get_product(State(st): State<Shared>, Path(id): Path<String>) -> Response {
    get_from(&st, &id, "Product", |db| &db.products)
}
pub(super) async fn get_engagement(State(st): State<Shared>, Path(id): Path<String>) -> Response {
    get_from(&st, &id, "Engagement", |db| &db.engagements)
}
pub(super) async fn get_test(State(st): State<Shared>, Path(id): Path<String>) -> Response {
    get_from(&st, &id, "Test", |db| &db.tests)
}
pub(super) async fn get_finding(State(st): State<Shared>, Path(id): Path<String>) -> Response {
    get_from(&st, &id, "Finding", |db| &db.findings)
}

pub(super) const ENGAGEMENT_STATUS: [&str; 8] = [
    "Not Started",
    "Blocked",
    "Cancelled",
    "Completed",
    "In Progress",
    "On Hold",
    "Scheduled",
    "Waiting for Resource",
];

pub(super) async fn create_product_type(
    State(st): State<Shared>,
    body: axum::body::Bytes,
) -> Response {
    let body = match json_body(&body) {
        Ok(b) => b,
        Err(r) => return r,
    };
    let mut db = st.db.lock().expect("db lock");
    let mut c = Check::new(&body, false);
    c.required(&["name"]);
    c.string("name", 255, false);
    c.boolean("critical_product");
    c.boolean("key_product");
    if let Some(n) = body.get("name").and_then(Value::as_str) {
        if db
            .product_types
            .values()
            .any(|p| p["name"].as_str() == Some(n))
        {
            c.err("name", "product type with this name already exists.");
        }
    }
    if let Err(r) = c.done() {
        return r;
    }
    let id = db.new_id("product_types");
    let t = now();
    let mut o = obj(
        json!({"id": id, "name": null, "description": null, "critical_product": false, "key_product": false, "members": [1], "authorization_groups": [], "created": t, "updated": t}),
    );
    merge(
        &mut o,
        &body,
        &["name", "description", "critical_product", "key_product"],
    );
    db.product_types.insert(id, o.clone());
    (StatusCode::CREATED, Json(Value::Object(o))).into_response()
}

const PRODUCT_FIELDS: [&str; 20] = [
    "name",
    "description",
    "prod_type",
    "tags",
    "business_criticality",
    "platform",
    "lifecycle",
    "origin",
    "user_records",
    "external_audience",
    "internet_accessible",
    "enable_product_tag_inheritance",
    "enable_simple_risk_acceptance",
    "enable_full_risk_acceptance",
    "disable_sla_breach_notifications",
    "product_manager",
    "technical_contact",
    "team_manager",
    "sla_configuration",
    "regulations",
];

fn check_product(c: &mut Check<'_>, db: &Db, own_id: Option<i64>) {
    c.required(&["name", "description", "prod_type"]);
    c.string("name", 255, false);
    c.string("description", 4000, false);
    c.pk("prod_type", |id| db.product_types.contains_key(&id));
    c.tags("tags");
    c.choice(
        "business_criticality",
        &["very high", "high", "medium", "low", "very low", "none", ""],
    );
    c.choice(
        "platform",
        &["web service", "desktop", "iot", "mobile", "web", ""],
    );
    c.choice(
        "lifecycle",
        &["construction", "production", "retirement", ""],
    );
    c.choice(
        "origin",
        &[
            "third party library",
            "purchased",
            "contractor",
            "internal",
            "open source",
            "outsourced",
            "",
        ],
    );
    if let Some(n) = c.body.get("name").and_then(Value::as_str) {
        if db
            .products
            .iter()
            .any(|(id, p)| Some(*id) != own_id && p["name"].as_str() == Some(n))
        {
            c.err("name", "product with this name already exists.");
        }
    }
}

pub(super) async fn create_product(State(st): State<Shared>, body: axum::body::Bytes) -> Response {
    let body = match json_body(&body) {
        Ok(b) => b,
        Err(r) => return r,
    };
    let mut db = st.db.lock().expect("db lock");
    let mut c = Check::new(&body, false);
    check_product(&mut c, &db, None);
    if let Err(r) = c.done() {
        return r;
    }
    let id = db.new_id("products");
    let o = new_product(id, &body);
    db.products.insert(id, o.clone());
    (StatusCode::CREATED, Json(Value::Object(o))).into_response()
}

pub(super) fn new_product(id: i64, body: &Obj) -> Obj {
    let mut o = obj(json!({
        "id": id, "findings_count": 0, "findings_list": [], "tags": [], "product_meta": [],
        "created": now(), "business_criticality": null, "platform": null, "lifecycle": null,
        "origin": null, "user_records": null, "revenue": null, "external_audience": false,
        "internet_accessible": false, "enable_product_tag_inheritance": false,
        "enable_simple_risk_acceptance": false, "enable_full_risk_acceptance": true,
        "disable_sla_breach_notifications": false, "product_manager": null,
        "technical_contact": null, "team_manager": null, "sla_configuration": 1,
        "members": [1], "authorization_groups": [], "regulations": [], "prod_numeric_grade": null,
    }));
    merge(&mut o, body, &PRODUCT_FIELDS);
    o
}

pub(super) async fn patch_product(
    State(st): State<Shared>,
    Path(id): Path<String>,
    body: axum::body::Bytes,
) -> Response {
    let body = match json_body(&body) {
        Ok(b) => b,
        Err(r) => return r,
    };
    let mut db = st.db.lock().expect("db lock");
    let Some(id) = id
        .parse::<i64>()
        .ok()
        .filter(|id| db.products.contains_key(id))
    else {
        return not_found_model("Product");
    };
    let mut c = Check::new(&body, true);
    check_product(&mut c, &db, Some(id));
    if let Err(r) = c.done() {
        return r;
    }
    let p = db.products.get_mut(&id).expect("checked");
    merge(p, &body, &PRODUCT_FIELDS);
    Json(Value::Object(p.clone())).into_response()
}

const ENGAGEMENT_FIELDS: [&str; 24] = [
    "tags",
    "name",
    "description",
    "version",
    "first_contacted",
    "target_start",
    "target_end",
    "reason",
    "tracker",
    "test_strategy",
    "threat_model",
    "api_test",
    "pen_test",
    "check_list",
    "status",
    "engagement_type",
    "build_id",
    "commit_hash",
    "branch_tag",
    "source_code_management_uri",
    "deduplication_on_engagement",
    "lead",
    "requester",
    "product",
];

fn check_engagement(c: &mut Check<'_>, db: &Db, existing: Option<&Obj>) {
    c.required(&["product", "target_start", "target_end"]);
    c.pk("product", |id| db.products.contains_key(&id));
    c.date("target_start");
    c.date("target_end");
    c.date("first_contacted");
    c.choice("status", &ENGAGEMENT_STATUS);
    c.choice("engagement_type", &["Interactive", "CI/CD"]);
    c.string("name", 300, true);
    c.tags("tags");
    let get = |f: &str| {
        c.body
            .get(f)
            .or_else(|| existing.and_then(|e| e.get(f)))
            .and_then(Value::as_str)
            .and_then(|s| NaiveDate::parse_from_str(s, "%Y-%m-%d").ok())
    };
    if let (Some(s), Some(e)) = (get("target_start"), get("target_end")) {
        if e < s {
            c.err(
                "non_field_errors",
                "Your target start date exceeds your target end date",
            );
        }
    }
}

pub(super) async fn create_engagement(
    State(st): State<Shared>,
    body: axum::body::Bytes,
) -> Response {
    let body = match json_body(&body) {
        Ok(b) => b,
        Err(r) => return r,
    };
    let mut db = st.db.lock().expect("db lock");
    let mut c = Check::new(&body, false);
    check_engagement(&mut c, &db, None);
    if let Err(r) = c.done() {
        return r;
    }
    let id = db.new_id("engagements");
    let product = body["product"].as_i64().unwrap_or(0);
    let mut o = engagement_obj(
        id,
        product,
        "",
        "",
        "",
        "Interactive",
        "Not Started",
        &now(),
    );
    o.insert("name".into(), Value::Null);
    merge(&mut o, &body, &ENGAGEMENT_FIELDS);
    let active = o
        .get("status")
        .and_then(Value::as_str)
        .is_none_or(|s| s != "Completed" && s != "Cancelled");
    o.insert("active".into(), json!(active));
    db.engagements.insert(id, o.clone());
    (StatusCode::CREATED, Json(Value::Object(o))).into_response()
}

pub(super) async fn patch_engagement(
    State(st): State<Shared>,
    Path(id): Path<String>,
    body: axum::body::Bytes,
) -> Response {
    let body = match json_body(&body) {
        Ok(b) => b,
        Err(r) => return r,
    };
    let mut db = st.db.lock().expect("db lock");
    let Some(id) = id
        .parse::<i64>()
        .ok()
        .filter(|id| db.engagements.contains_key(id))
    else {
        return not_found_model("Engagement");
    };
    let existing = db.engagements[&id].clone();
    let mut c = Check::new(&body, true);
    check_engagement(&mut c, &db, Some(&existing));
    if let Err(r) = c.done() {
        return r;
    }
    let e = db.engagements.get_mut(&id).expect("checked");
    merge(e, &body, &ENGAGEMENT_FIELDS);
    let active = e
        .get("status")
        .and_then(Value::as_str)
        .is_none_or(|s| s != "Completed" && s != "Cancelled");
    e.insert("active".into(), json!(active));
    e.insert("updated".into(), json!(now()));
    Json(Value::Object(e.clone())).into_response()
}

pub(super) async fn create_test(State(st): State<Shared>, body: axum::body::Bytes) -> Response {
    let body = match json_body(&body) {
        Ok(b) => b,
        Err(r) => return r,
    };
    let mut db = st.db.lock().expect("db lock");
    let mut c = Check::new(&body, false);
    c.required(&["engagement", "test_type", "target_start", "target_end"]);
    c.pk("engagement", |id| db.engagements.contains_key(&id));
    c.pk("test_type", |id| db.test_types.contains_key(&id));
    c.datetime("target_start");
    c.datetime("target_end");
    c.tags("tags");
    if let Err(r) = c.done() {
        return r;
    }
    let id = db.new_id("tests");
    let tt = body["test_type"].as_i64().unwrap_or(0);
    let name = db.test_types[&tt]["name"]
        .as_str()
        .unwrap_or("")
        .to_string();
    let mut o = test_obj(
        id,
        body["engagement"].as_i64().unwrap_or(0),
        tt,
        &name,
        None,
        &now(),
        &[],
    );
    merge(
        &mut o,
        &body,
        &[
            "engagement",
            "test_type",
            "title",
            "description",
            "scan_type",
            "target_start",
            "target_end",
            "percent_complete",
            "version",
            "build_id",
            "commit_hash",
            "branch_tag",
            "lead",
            "environment",
            "tags",
        ],
    );
    db.tests.insert(id, o.clone());
    o.remove("test_type_name");
    o.remove("finding_groups");
    (StatusCode::CREATED, Json(Value::Object(o))).into_response()
}

pub(super) async fn create_endpoint(State(st): State<Shared>, body: axum::body::Bytes) -> Response {
    let body = match json_body(&body) {
        Ok(b) => b,
        Err(r) => return r,
    };
    let mut db = st.db.lock().expect("db lock");
    let mut c = Check::new(&body, false);
    c.pk("product", |id| db.products.contains_key(&id));
    c.string("host", 500, true);
    c.string("protocol", 20, true);
    c.tags("tags");
    if body.get("host").is_none_or(Value::is_null) && body.get("path").is_none_or(Value::is_null) {
        c.err("non_field_errors", "Host or path must be set.");
    }
    if let Err(r) = c.done() {
        return r;
    }
    let id = db.new_id("endpoints");
    let mut o = obj(json!({
        "id": id, "tags": [], "protocol": null, "userinfo": null, "host": null, "port": null, "path": null,
        "query": null, "fragment": null, "product": null, "active_finding_count": 0,
        "endpoint_params": [], "findings": [],
    }));
    merge(
        &mut o,
        &body,
        &[
            "protocol", "userinfo", "host", "port", "path", "query", "fragment", "product", "tags",
        ],
    );
    db.endpoints.insert(id, o.clone());
    (StatusCode::CREATED, Json(Value::Object(o))).into_response()
}
