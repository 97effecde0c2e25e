//! The simulator's control settings (paging behaviours, media type, key
//! placement, token lifetime) and the unauthenticated control route
//! `POST /_sim/control` that changes them, grows collections and injects
//! objects.

use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::State;
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use serde_json::{json, Value};

use super::data::entry_from_value;
use super::server::Shared;
use super::{SOC_ALL, SOC_HASHES, SOC_NETWORK};

#[derive(Clone)]
pub(super) struct Control {
    pub(super) reuse_next: bool,
    pub(super) max_page_size: usize,
    pub(super) next_tokens: bool,
    pub(super) content_type: Option<String>,
    pub(super) inclusive: bool,
    /// A token is forgotten once a request has used it.
    pub(super) single_use: bool,
    /// Tokens expire this long after they were issued.
    pub(super) next_ttl: Option<std::time::Duration>,
    /// Only `X-API-Key` is accepted (as the live SOC Defenders service does).
    pub(super) x_api_key_only: bool,
}

impl Control {
    /// Applies the settings a control request names.
    fn apply(&mut self, v: &Value, soc: bool) {
        match v.get("max_page_size") {
            Some(Value::Number(n)) => self.max_page_size = n.as_u64().unwrap_or(1).max(1) as usize,
            Some(Value::Null) => self.max_page_size = if soc { 1000 } else { 10_000 },
            _ => {}
        }
        if let Some(b) = v.get("next_tokens").and_then(Value::as_bool) {
            self.next_tokens = b;
        }
        match v.get("content_type") {
            Some(Value::String(ct)) => self.content_type = Some(ct.clone()),
            Some(Value::Null) => self.content_type = None,
            _ => {}
        }
        if let Some(b) = v.get("reuse_next").and_then(Value::as_bool) {
            self.reuse_next = b;
        }
        if let Some(b) = v.get("inclusive_added_after").and_then(Value::as_bool) {
            self.inclusive = b;
        }
        if let Some(b) = v.get("x_api_key_only").and_then(Value::as_bool) {
            self.x_api_key_only = b;
        }
        if let Some(b) = v.get("single_use_next").and_then(Value::as_bool) {
            self.single_use = b;
        }
        match v.get("next_ttl_ms") {
            Some(Value::Number(n)) => {
                self.next_ttl = Some(std::time::Duration::from_millis(n.as_u64().unwrap_or(0)))
            }
            Some(Value::Null) => self.next_ttl = None,
            _ => {}
        }
    }

    fn to_json(&self) -> Value {
        json!({
            "max_page_size": self.max_page_size,
            "next_tokens": self.next_tokens,
            "content_type": self.content_type,
            "inclusive_added_after": self.inclusive,
            "reuse_next": self.reuse_next,
            "single_use_next": self.single_use,
            "next_ttl_ms": self.next_ttl.map(|d| d.as_millis() as u64),
            "x_api_key_only": self.x_api_key_only,
        })
    }
}

pub(super) async fn control(State(sh): State<Shared>, body: Bytes) -> Response {
    let mut s = sh.lock().expect("taxii sim lock");
    let v: Value = if body.is_empty() {
        json!({})
    } else {
        match serde_json::from_slice(&body) {
            Ok(v) => v,
            Err(e) => return (StatusCode::BAD_REQUEST, e.to_string()).into_response(),
        }
    };
    const KNOWN: [&str; 13] = [
        "x_api_key_only",
        "expire_next",
        "max_page_size",
        "next_tokens",
        "content_type",
        "reuse_next",
        "inclusive_added_after",
        "single_use_next",
        "next_ttl_ms",
        "tie_group",
        "grow",
        "inject",
        "collection",
    ];
    if let Some(unknown) = v
        .as_object()
        .and_then(|m| m.keys().find(|k| !KNOWN.contains(&k.as_str())))
    {
        return (
            StatusCode::BAD_REQUEST,
            format!("unknown control {unknown:?}; known: {}", KNOWN.join(", ")),
        )
            .into_response();
    }
    if v.get("expire_next").and_then(Value::as_bool) == Some(true) {
        s.tokens.clear();
    }
    // Paging behaviours: the server's, or one collection's with "collection".
    let scope = match v.get("collection").and_then(Value::as_str) {
        Some(cid) if !s.collections.contains_key(cid) => {
            return (StatusCode::NOT_FOUND, format!("no collection {cid}")).into_response()
        }
        Some(cid) => Some(cid.to_string()),
        None => None,
    };
    let soc = s.soc;
    let server = s.control.clone();
    let ctl = match &scope {
        Some(cid) => s.paging.entry(cid.clone()).or_insert(server),
        None => &mut s.control,
    };
    ctl.apply(&v, soc);
    if let Some(n) = v.get("tie_group").and_then(Value::as_u64) {
        let n = n.max(1) as usize;
        for (id, c) in s.collections.iter_mut() {
            if scope.as_deref().is_none_or(|cid| cid == id) {
                c.tie = n;
            }
        }
    }
    if let Some(g) = v.get("grow") {
        let cid = g["collection"].as_str().unwrap_or("").to_string();
        let n = g["count"].as_u64().unwrap_or(0) as usize;
        let ids: Vec<String> = if s.soc && s.collections.contains_key(&cid) {
            // The SOC collections are views of one feed: grow them together.
            vec![SOC_ALL.into(), SOC_NETWORK.into(), SOC_HASHES.into()]
        } else {
            vec![cid.clone()]
        };
        for id in ids {
            match s.collections.get_mut(&id) {
                Some(c) => c.grow(n),
                None => {
                    return (StatusCode::NOT_FOUND, format!("no collection {cid}")).into_response()
                }
            }
        }
    }
    if let Some(inj) = v.get("inject") {
        let cid = inj["collection"].as_str().unwrap_or("").to_string();
        let Some(c) = s.collections.get_mut(&cid) else {
            return (StatusCode::NOT_FOUND, format!("no collection {cid}")).into_response();
        };
        let added = c.last_added() + 1000;
        let mut e = entry_from_value(&inj["object"], added);
        e.json = Arc::from(inj["object"].to_string());
        c.extra.push(e);
        c.unique_ids = false;
    }
    let now = match &scope {
        Some(cid) => s.paging[cid].to_json(),
        None => s.control.to_json(),
    };
    let mut r = (StatusCode::OK, now.to_string()).into_response();
    r.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    r
}
