//! The TAXII 2.1 routes: discovery, API root, collections, objects (get, add,
//! delete), versions, manifest and status, each answered in the server's
//! style after the shared auth/Accept/API-root guard.

use std::collections::HashSet;
use std::sync::Arc;

use axum::body::{Body, Bytes};
use axum::extract::{Path, RawQuery, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::Response;
use serde_json::{json, Value};

use super::data::{entry_from_value, is_stix_id};
use super::request::{parse_params, Selector};
use super::server::{envelope, envelope_head, Server, Shared, StatusEntry};
use super::{ts_micros, API_ROOT, BASE_US, MEDIA};

fn root_name(s: &Server) -> &'static str {
    if s.soc {
        "api"
    } else {
        API_ROOT
    }
}

fn root_url(s: &Server) -> String {
    if s.soc {
        format!("{}/socdef/api/taxii2/api/", s.ctx.origin)
    } else {
        format!("{}/taxii/{API_ROOT}/", s.ctx.origin)
    }
}

/// A response body sent as its pieces, in order, without joining them (its
/// length is known, so it goes out with a Content-Length).
struct Pieces(std::collections::VecDeque<Bytes>);

impl http_body::Body for Pieces {
    type Data = Bytes;
    type Error = std::convert::Infallible;

    fn poll_frame(
        mut self: std::pin::Pin<&mut Self>,
        _: &mut std::task::Context<'_>,
    ) -> std::task::Poll<Option<Result<http_body::Frame<Bytes>, Self::Error>>> {
        std::task::Poll::Ready(self.0.pop_front().map(|b| Ok(http_body::Frame::data(b))))
    }

    fn is_end_stream(&self) -> bool {
        self.0.is_empty()
    }

    fn size_hint(&self) -> http_body::SizeHint {
        http_body::SizeHint::with_exact(self.0.iter().map(|b| b.len() as u64).sum())
    }
}

macro_rules! guard {
    ($s:expr, $headers:expr) => {
        if !$s.authorized(&$headers) {
            return $s.error(
                StatusCode::UNAUTHORIZED,
                if $s.soc {
                    "unauthorized"
                } else {
                    "Unauthorized"
                },
                "Invalid or missing credentials",
            );
        }
        if let Some(r) = $s.check_accept(&$headers) {
            return r;
        }
    };
    ($s:expr, $headers:expr, $root:expr) => {
        guard!($s, $headers);
        if $root != root_name(&$s) {
            return $s.error(
                StatusCode::NOT_FOUND,
                if $s.soc {
                    "not_found"
                } else {
                    "ProcessingError"
                },
                &format!("API root '{}' information not found", $root),
            );
        }
    };
}

pub(super) async fn discovery(State(sh): State<Shared>, headers: HeaderMap) -> Response {
    let s = sh.lock().expect("taxii sim lock");
    guard!(s, headers);
    let root = root_url(&s);
    let body = json!({
        "title": if s.soc { "SOC Defenders TAXII (simulated)" } else { "secops TAXII simulator" },
        "description": "A loopback TAXII 2.1 server for tests",
        "contact": "secops",
        "default": root,
        "api_roots": [root],
    });
    s.ok(StatusCode::OK, body.to_string(), Vec::new())
}

pub(super) async fn api_root(
    State(sh): State<Shared>,
    Path(root): Path<String>,
    headers: HeaderMap,
) -> Response {
    let s = sh.lock().expect("taxii sim lock");
    guard!(s, headers, root);
    let body = json!({"title": "Simulated API root", "description": "secops simulator",
        "versions": [MEDIA], "max_content_length": 10_485_760});
    s.ok(StatusCode::OK, body.to_string(), Vec::new())
}

pub(super) async fn collections(
    State(sh): State<Shared>,
    Path(root): Path<String>,
    headers: HeaderMap,
) -> Response {
    let s = sh.lock().expect("taxii sim lock");
    guard!(s, headers, root);
    let mut list: Vec<&Value> = s.collections.values().map(|c| &c.info).collect();
    list.sort_by(|a, b| a["id"].as_str().cmp(&b["id"].as_str()));
    s.ok(
        StatusCode::OK,
        json!({ "collections": list }).to_string(),
        Vec::new(),
    )
}

pub(super) async fn collection(
    State(sh): State<Shared>,
    Path((root, cid)): Path<(String, String)>,
    headers: HeaderMap,
) -> Response {
    let s = sh.lock().expect("taxii sim lock");
    guard!(s, headers, root);
    match s.collections.get(&cid) {
        Some(c) => s.ok(StatusCode::OK, c.info.to_string(), Vec::new()),
        None => s.error(
            StatusCode::NOT_FOUND,
            if s.soc {
                "not_found"
            } else {
                "ProcessingError"
            },
            &format!("Collection '{cid}' not found"),
        ),
    }
}

pub(super) async fn objects(
    State(sh): State<Shared>,
    Path((root, cid)): Path<(String, String)>,
    RawQuery(q): RawQuery,
    headers: HeaderMap,
) -> Response {
    let mut s = sh.lock().expect("taxii sim lock");
    guard!(s, headers, root);
    let params = match parse_params(q) {
        Ok(p) => p,
        Err(e) => return s.error(StatusCode::BAD_REQUEST, "ProcessingError", &e),
    };
    let (idx, more, next) = match s.select(&cid, "objects", &params, None, false) {
        Ok(x) => x,
        Err(r) => return r,
    };
    let array = s
        .collections
        .get_mut(&cid)
        .expect("selected")
        .objects_array(&idx);
    let coll = &s.collections[&cid];
    let dh = s.date_headers(&cid, &idx);
    let head = if s.soc {
        let head = format!(
            "{{\"type\":\"bundle\",\"id\":\"bundle--{}\",\"objects\":",
            coll.uuid_for(s.token_counter as usize + idx.len())
        );
        s.token_counter += 1;
        head
    } else if idx.is_empty() && !more {
        return s.ok(StatusCode::OK, "{}", dh);
    } else {
        envelope_head(more, next, "objects")
    };
    let pieces = [Bytes::from(head), array, Bytes::from_static(b"}")];
    s.ok(StatusCode::OK, Body::new(Pieces(pieces.into())), dh)
}

pub(super) async fn object(
    State(sh): State<Shared>,
    Path((root, cid, oid)): Path<(String, String, String)>,
    RawQuery(q): RawQuery,
    headers: HeaderMap,
) -> Response {
    let mut s = sh.lock().expect("taxii sim lock");
    guard!(s, headers, root);
    let params = match parse_params(q) {
        Ok(p) => p,
        Err(e) => return s.error(StatusCode::BAD_REQUEST, "ProcessingError", &e),
    };
    let exists = s
        .collections
        .get(&cid)
        .is_some_and(|c| (0..c.len()).any(|i| c.meta(i).id == oid));
    if !exists {
        return s.error(
            StatusCode::NOT_FOUND,
            "ProcessingError",
            &format!("Object '{oid}' not found"),
        );
    }
    let path = format!("objects/{oid}");
    let (idx, more, next) = match s.select(&cid, &path, &params, Some(&oid), false) {
        Ok(x) => x,
        Err(r) => return r,
    };
    let coll = &s.collections[&cid];
    let items: Vec<Arc<str>> = idx.iter().map(|i| coll.json(*i)).collect();
    let dh = s.date_headers(&cid, &idx);
    s.ok(StatusCode::OK, envelope(more, next, "objects", items), dh)
}

pub(super) async fn versions(
    State(sh): State<Shared>,
    Path((root, cid, oid)): Path<(String, String, String)>,
    RawQuery(q): RawQuery,
    headers: HeaderMap,
) -> Response {
    let mut s = sh.lock().expect("taxii sim lock");
    guard!(s, headers, root);
    let params = match parse_params(q) {
        Ok(p) => p,
        Err(e) => return s.error(StatusCode::BAD_REQUEST, "ProcessingError", &e),
    };
    let path = format!("versions/{oid}");
    let (idx, more, next) = match s.select(&cid, &path, &params, Some(&oid), true) {
        Ok(x) => x,
        Err(r) => return r,
    };
    if idx.is_empty() && params.next.is_none() {
        return s.error(
            StatusCode::NOT_FOUND,
            "ProcessingError",
            &format!("Object '{oid}' not found"),
        );
    }
    let coll = &s.collections[&cid];
    let items: Vec<String> = idx
        .iter()
        .map(|i| Value::String(coll.meta(*i).version).to_string())
        .collect();
    let dh = s.date_headers(&cid, &idx);
    s.ok(StatusCode::OK, envelope(more, next, "versions", items), dh)
}

pub(super) async fn manifest(
    State(sh): State<Shared>,
    Path((root, cid)): Path<(String, String)>,
    RawQuery(q): RawQuery,
    headers: HeaderMap,
) -> Response {
    let mut s = sh.lock().expect("taxii sim lock");
    guard!(s, headers, root);
    let params = match parse_params(q) {
        Ok(p) => p,
        Err(e) => return s.error(StatusCode::BAD_REQUEST, "ProcessingError", &e),
    };
    let (idx, more, next) = match s.select(&cid, "manifest", &params, None, false) {
        Ok(x) => x,
        Err(r) => return r,
    };
    let coll = &s.collections[&cid];
    let items: Vec<String> = idx
        .iter()
        .map(|i| {
            let m = coll.meta(*i);
            json!({"id": m.id, "date_added": ts_micros(m.date_added), "version": m.version,
                   "media_type": format!("application/stix+json;version={}", m.spec)})
            .to_string()
        })
        .collect();
    let dh = s.date_headers(&cid, &idx);
    s.ok(StatusCode::OK, envelope(more, next, "objects", items), dh)
}

pub(super) async fn add_objects(
    State(sh): State<Shared>,
    Path((root, cid)): Path<(String, String)>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let mut s = sh.lock().expect("taxii sim lock");
    guard!(s, headers, root);
    let ct = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .replace(' ', "");
    if !ct.starts_with("application/taxii+json") {
        return s.error(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "UnsupportedMediaType",
            "Media type in the Content-Type header is invalid or not found",
        );
    }
    let Some(coll) = s.collections.get(&cid) else {
        return s.error(
            StatusCode::NOT_FOUND,
            "ProcessingError",
            &format!("Collection '{cid}' not found"),
        );
    };
    if !coll.writable {
        return s.error(
            StatusCode::FORBIDDEN,
            "ProcessingError",
            &format!("Forbidden to write collection '{cid}'"),
        );
    }
    let env: Value = match serde_json::from_slice(&body) {
        Ok(v) => v,
        Err(e) => {
            return s.error(
                StatusCode::BAD_REQUEST,
                "ProcessingError",
                &format!("the body is not JSON: {e}"),
            )
        }
    };
    let Some(objs) = env.get("objects").and_then(Value::as_array) else {
        return s.error(
            StatusCode::UNPROCESSABLE_ENTITY,
            "ProcessingError",
            "the envelope has no objects array",
        );
    };
    let mut successes = Vec::new();
    let mut failures = Vec::new();
    let coll = s.collections.get_mut(&cid).expect("checked");
    let existing: HashSet<(String, String)> = (0..coll.len())
        .map(|i| {
            let m = coll.meta(i);
            (m.id, m.version)
        })
        .collect();
    for o in objs {
        let id = o
            .get("id")
            .and_then(Value::as_str)
            .unwrap_or("")
            .to_string();
        let t = o.get("type").and_then(Value::as_str).unwrap_or("");
        if !is_stix_id(&id) || !id.starts_with(&format!("{t}--")) {
            failures
                .push(json!({"id": id, "message": "not a STIX object with a valid type--uuid id"}));
            continue;
        }
        let added = coll.last_added() + 1000;
        let e = entry_from_value(o, added);
        if existing.contains(&(e.id.clone(), e.version.clone())) {
            failures.push(json!({"id": e.id, "version": e.version, "message": "Unable to process object: this version is already present"}));
            continue;
        }
        successes.push(json!({"id": e.id, "version": e.version}));
        coll.extra.push(e);
    }
    s.status_counter += 1;
    let sid = format!(
        "{:08x}-5a7a-4000-8000-{:012x}",
        s.ctx.seed as u32, s.status_counter
    );
    let total = successes.len() + failures.len();
    let body = json!({
        "id": sid, "status": "complete", "request_timestamp": ts_micros(BASE_US),
        "total_count": total, "success_count": successes.len(), "successes": successes,
        "failure_count": failures.len(), "failures": failures, "pending_count": 0,
    });
    let mut first = body.clone();
    let pending = first["success_count"].as_u64().unwrap_or(0);
    if pending > 0 {
        first["status"] = json!("pending");
        first["pending_count"] = json!(pending);
        first["pendings"] = first["successes"].take();
        first["success_count"] = json!(0);
        first.as_object_mut().expect("object").remove("successes");
    }
    s.statuses.insert(
        sid,
        StatusEntry {
            body,
            polls_left: if pending > 0 { 2 } else { 0 },
        },
    );
    s.ok(StatusCode::ACCEPTED, first.to_string(), Vec::new())
}

pub(super) async fn delete_object(
    State(sh): State<Shared>,
    Path((root, cid, oid)): Path<(String, String, String)>,
    RawQuery(q): RawQuery,
    headers: HeaderMap,
) -> Response {
    let mut s = sh.lock().expect("taxii sim lock");
    guard!(s, headers, root);
    let params = match parse_params(q) {
        Ok(p) => p,
        Err(e) => return s.error(StatusCode::BAD_REQUEST, "ProcessingError", &e),
    };
    let Some(coll) = s.collections.get(&cid) else {
        return s.error(
            StatusCode::NOT_FOUND,
            "ProcessingError",
            &format!("Collection '{cid}' not found"),
        );
    };
    if !coll.writable {
        return s.error(
            StatusCode::FORBIDDEN,
            "ProcessingError",
            &format!("Forbidden to write collection '{cid}'"),
        );
    }
    let mut p = params;
    p.ids = vec![oid.clone()];
    if p.versions.is_empty() {
        p.versions = vec!["all".into()];
    }
    let doomed: HashSet<usize> = {
        let sel = Selector::new(coll, &p, None);
        (0..coll.len()).filter(|i| sel.matches(*i)).collect()
    };
    if doomed.is_empty() {
        return s.error(
            StatusCode::NOT_FOUND,
            "ProcessingError",
            &format!("Object '{oid}' not found"),
        );
    }
    let coll = s.collections.get_mut(&cid).expect("checked");
    let base = coll.base;
    let mut k = 0;
    coll.extra.retain(|_| {
        let keep = !doomed.contains(&(base + k));
        k += 1;
        keep
    });
    s.ok(StatusCode::OK, String::new(), Vec::new())
}

pub(super) async fn status(
    State(sh): State<Shared>,
    Path((root, sid)): Path<(String, String)>,
    headers: HeaderMap,
) -> Response {
    let mut s = sh.lock().expect("taxii sim lock");
    guard!(s, headers, root);
    let Some(st) = s.statuses.get_mut(&sid) else {
        return s.error(
            StatusCode::NOT_FOUND,
            "ProcessingError",
            &format!("Status '{sid}' not found"),
        );
    };
    let body = if st.polls_left > 0 {
        st.polls_left -= 1;
        let mut b = st.body.clone();
        let n = b["success_count"].as_u64().unwrap_or(0);
        b["status"] = json!("pending");
        b["pending_count"] = json!(n);
        b["pendings"] = b["successes"].take();
        b["success_count"] = json!(0);
        b.as_object_mut().expect("object").remove("successes");
        b
    } else {
        st.body.clone()
    };
    s.ok(StatusCode::OK, body.to_string(), Vec::new())
}
