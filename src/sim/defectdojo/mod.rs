//! Simulated DefectDojo API v2 (nested under `/dojo`).
//!
//! What it does as DefectDojo does:
//! - token auth (`Authorization: Token <key>`; 401 `{"detail": ...}` otherwise);
//! - DRF limit/offset paging (default 25) with `count`, absolute `next` and
//!   `previous` URLs that keep the other query parameters;
//! - findings, tests, engagements, products, product types, test types,
//!   endpoints and users with deterministic data (`size` findings spread over
//!   24 tests), the documented filters and `o=` ordering (findings default to
//!   DefectDojo's model ordering: numerical severity, newest date, title);
//! - creates and partial updates with DRF field errors (`{"title": ["This
//!   field is required."]}`), finding close and notes;
//! - `import-scan` and `reimport-scan` (multipart) for the "Generic Findings
//!   Import" and "Trivy Scan" formats (other known scan types are read as the
//!   generic JSON format): import creates a test and its findings (and closes
//!   findings of earlier tests of the same type with `close_old_findings`);
//!   reimport creates new findings, leaves matching ones (reactivating closed
//!   ones unless `do_not_reactivate`), and closes findings missing from the
//!   scan unless `close_old_findings=false`; both can create the product
//!   type, product and engagement with `auto_create_context`, and answer with
//!   `test_id`, `engagement_id`, `product_id`, `product_type_id` and
//!   before/delta/after statistics.
//!
//! This file holds the shared state (the `Dojo` server and its `Db`), the
//! router, the token-auth middleware and the error answers; `seed` builds the
//! starting data, `paging` the listing machinery, `lists`, `objects` and
//! `findings` the resource routes, `check` DRF-style body validation, and
//! `scan` and `import` the scan uploads.

// Handlers return early with a ready HTTP response as their error value.
#![allow(clippy::result_large_err)]

mod check;
mod findings;
mod import;
mod lists;
mod objects;
mod paging;
mod scan;
mod seed;
#[cfg(test)]
mod tests;

use std::collections::{BTreeMap, HashMap};
use std::sync::{Arc, Mutex};

use axum::extract::{DefaultBodyLimit, Request, State};
use axum::http::StatusCode;
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use serde_json::{json, Map, Value};

use super::SimContext;
use findings::{add_note, close_finding, create_finding, get_notes, patch_finding};
use import::{import_scan, reimport_scan};
use lists::{
    list_endpoints, list_engagements, list_findings, list_product_types, list_products,
    list_test_types, list_tests, list_users,
};
use objects::{
    create_endpoint, create_engagement, create_product, create_product_type, create_test,
    get_engagement, get_finding, get_product, get_product_type, get_test, patch_engagement,
    patch_product,
};
use seed::seed_db;

type Obj = Map<String, Value>;
type Shared = Arc<Dojo>;

const SEVERITIES: [&str; 5] = ["Critical", "High", "Medium", "Low", "Info"];

struct Dojo {
    key: String,
    /// `http://127.0.0.1:PORT/dojo`, for absolute `next` URLs.
    base: String,
    db: Mutex<Db>,
}

#[derive(Default)]
struct Db {
    product_types: BTreeMap<i64, Obj>,
    products: BTreeMap<i64, Obj>,
    engagements: BTreeMap<i64, Obj>,
    tests: BTreeMap<i64, Obj>,
    test_types: BTreeMap<i64, Obj>,
    findings: BTreeMap<i64, Obj>,
    endpoints: BTreeMap<i64, Obj>,
    users: BTreeMap<i64, Obj>,
    notes: BTreeMap<i64, Obj>,
    next_id: HashMap<&'static str, i64>,
    /// Finding ids in the default ordering, for unfiltered listings; every
    /// change to a finding resets it (a real server answers such a listing
    /// from an index, not by sorting the table on each request).
    finding_order: Option<Vec<i64>>,
}

impl Db {
    fn new_id(&mut self, table: &'static str) -> i64 {
        let n = self.next_id.entry(table).or_insert(0);
        *n += 1;
        *n
    }
}

/// The DefectDojo routes, nested under the service's prefix.
pub fn router(ctx: &SimContext) -> Router {
    let state = Arc::new(Dojo {
        key: ctx.keys.defectdojo.clone(),
        base: format!("{}/dojo", ctx.origin),
        db: Mutex::new(seed_db(ctx.seed, ctx.size)),
    });
    Router::new()
        .route(
            "/api/v2/product_types/",
            get(list_product_types).post(create_product_type),
        )
        .route("/api/v2/product_types/{id}/", get(get_product_type))
        .route("/api/v2/products/", get(list_products).post(create_product))
        .route(
            "/api/v2/products/{id}/",
            get(get_product).patch(patch_product),
        )
        .route(
            "/api/v2/engagements/",
            get(list_engagements).post(create_engagement),
        )
        .route(
            "/api/v2/engagements/{id}/",
            get(get_engagement).patch(patch_engagement),
        )
        .route("/api/v2/tests/", get(list_tests).post(create_test))
        .route("/api/v2/tests/{id}/", get(get_test))
        .route("/api/v2/test_types/", get(list_test_types))
        .route("/api/v2/findings/", get(list_findings).post(create_finding))
        .route(
            "/api/v2/findings/{id}/",
            get(get_finding).patch(patch_finding),
        )
        .route("/api/v2/findings/{id}/close/", post(close_finding))
        .route(
            "/api/v2/findings/{id}/notes/",
            get(get_notes).post(add_note),
        )
        .route(
            "/api/v2/endpoints/",
            get(list_endpoints).post(create_endpoint),
        )
        .route("/api/v2/users/", get(list_users))
        .route("/api/v2/import-scan/", post(import_scan))
        .route("/api/v2/reimport-scan/", post(reimport_scan))
        .layer(DefaultBodyLimit::max(256 * 1024 * 1024))
        .fallback(not_found)
        .layer(middleware::from_fn_with_state(state.clone(), auth))
        .with_state(state)
}

fn detail(status: StatusCode, msg: &str) -> Response {
    (status, Json(json!({ "detail": msg }))).into_response()
}

fn field_errors(errors: BTreeMap<String, Vec<String>>) -> Response {
    (StatusCode::BAD_REQUEST, Json(json!(errors))).into_response()
}

fn one_error(field: &str, msg: impl Into<String>) -> Response {
    let mut m = BTreeMap::new();
    m.insert(field.to_string(), vec![msg.into()]);
    field_errors(m)
}

fn not_found_model(model: &str) -> Response {
    detail(
        StatusCode::NOT_FOUND,
        &format!("No {model} matches the given query."),
    )
}

async fn not_found() -> Response {
    detail(StatusCode::NOT_FOUND, "Not found.")
}

async fn auth(State(st): State<Shared>, req: Request, next: Next) -> Response {
    let header = req
        .headers()
        .get(axum::http::header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok());
    let unauthorized = |msg: &str| {
        let mut r = detail(StatusCode::UNAUTHORIZED, msg);
        r.headers_mut().insert(
            axum::http::header::WWW_AUTHENTICATE,
            axum::http::HeaderValue::from_static("Token"),
        );
        r
    };
    match header.and_then(|h| h.strip_prefix("Token ")) {
        None => unauthorized("Authentication credentials were not provided."),
        Some(k) if k.trim() == st.key => next.run(req).await,
        Some(_) => unauthorized("Invalid token."),
    }
}
