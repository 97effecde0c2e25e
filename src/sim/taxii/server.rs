//! The state of one simulated server (OASIS or SOC Defenders style): its
//! collections, `next` tokens and add-objects statuses; authentication and
//! `Accept` checks, error and success answers in either server's style, page
//! selection with `next` tokens, and envelope rendering.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use axum::body::Body;
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use serde_json::{json, Value};

use super::control::Control;
use super::data::{entry_from_value, mixed_objects, Coll, Gen, Pages, Rendered};
use super::request::{Params, Selector};
use super::{
    ts_micros, BASE_US, INBOX, INDICATORS, MEDIA, MIXED, SOC_ALL, SOC_HASHES, SOC_NETWORK,
    STIX_MEDIA,
};
use crate::sim::SimContext;

pub(super) struct Token {
    collection: String,
    path: String,
    signature: String,
    resume: usize,
    issued: tokio::time::Instant,
}

pub(super) struct StatusEntry {
    pub(super) body: Value,
    pub(super) polls_left: u32,
}

pub(super) struct Server {
    pub(super) ctx: SimContext,
    pub(super) soc: bool,
    pub(super) collections: HashMap<String, Coll>,
    pub(super) tokens: HashMap<String, Token>,
    pub(super) token_counter: u64,
    pub(super) statuses: HashMap<String, StatusEntry>,
    pub(super) status_counter: u64,
    pub(super) control: Control,
    /// Paging behaviours set for one collection (else `control`'s).
    pub(super) paging: HashMap<String, Control>,
}

pub(super) type Shared = Arc<Mutex<Server>>;

fn oasis_info(id: &str, title: &str, writable: bool) -> Value {
    json!({"id": id, "title": title, "description": format!("{title} (secops simulator)"),
           "can_read": true, "can_write": writable, "media_types": [STIX_MEDIA]})
}

impl Server {
    pub(super) fn oasis(ctx: &SimContext) -> Self {
        let mut collections = HashMap::new();
        collections.insert(
            INDICATORS.to_string(),
            Coll {
                info: oasis_info(INDICATORS, "Indicators", false),
                seed: ctx.seed,
                base: ctx.size,
                gen: Gen::Indicators,
                extra: Vec::new(),
                writable: false,
                unique_ids: true,
                rendered: Rendered::default(),
                pages: Pages::default(),
                tie: 1,
            },
        );
        let mut mixed = Coll {
            info: oasis_info(MIXED, "Mixed STIX", false),
            seed: ctx.seed,
            base: 0,
            gen: Gen::Indicators,
            extra: Vec::new(),
            writable: false,
            unique_ids: false,
            rendered: Rendered::default(),
            pages: Pages::default(),
            tie: 1,
        };
        for (k, v) in mixed_objects().iter().enumerate() {
            mixed.extra.push(entry_from_value(
                v,
                BASE_US + 3_600_000_000 + k as i64 * 1000,
            ));
        }
        collections.insert(MIXED.to_string(), mixed);
        collections.insert(
            INBOX.to_string(),
            Coll {
                info: oasis_info(INBOX, "Inbox", true),
                seed: ctx.seed,
                base: 0,
                gen: Gen::Indicators,
                extra: Vec::new(),
                writable: true,
                unique_ids: false,
                rendered: Rendered::default(),
                pages: Pages::default(),
                tie: 1,
            },
        );
        Server::with(ctx, false, collections)
    }

    pub(super) fn socdef(ctx: &SimContext) -> Self {
        let mut collections = HashMap::new();
        for (id, title) in [
            (SOC_ALL, "SOC Defenders - all"),
            (SOC_NETWORK, "SOC Defenders - network"),
            (SOC_HASHES, "SOC Defenders - hashes"),
        ] {
            collections.insert(
                id.to_string(),
                Coll {
                    info: json!({"id": id, "title": title, "can_read": true, "can_write": false, "media_types": [STIX_MEDIA]}),
                    seed: ctx.seed,
                    base: ctx.size + 2,
                    gen: Gen::Soc,
                    extra: Vec::new(),
                    writable: false,
                    unique_ids: true,
                    rendered: Rendered::default(),
                    pages: Pages::default(),
                    tie: 1,
                },
            );
        }
        Server::with(ctx, true, collections)
    }

    fn with(ctx: &SimContext, soc: bool, collections: HashMap<String, Coll>) -> Self {
        Server {
            ctx: ctx.clone(),
            soc,
            collections,
            tokens: HashMap::new(),
            token_counter: 0,
            statuses: HashMap::new(),
            status_counter: 0,
            paging: HashMap::new(),
            control: Control {
                reuse_next: false,
                max_page_size: if soc { 1000 } else { 10_000 },
                next_tokens: true,
                content_type: None,
                inclusive: false,
                single_use: false,
                next_ttl: None,
                x_api_key_only: false,
            },
        }
    }

    pub(super) fn error(&self, status: StatusCode, title: &str, description: &str) -> Response {
        let body = if self.soc {
            json!({"error": {"code": title, "message": description, "details": {}, "request_id": format!("req-{:08x}", self.token_counter)}})
        } else {
            json!({"title": title, "http_status": status.as_u16().to_string(), "description": description})
        };
        let mut r = (status, body.to_string()).into_response();
        r.headers_mut().insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static(if self.soc { "application/json" } else { MEDIA }),
        );
        if status == StatusCode::UNAUTHORIZED {
            r.headers_mut().insert(
                header::WWW_AUTHENTICATE,
                HeaderValue::from_static("Basic realm=\"taxii\""),
            );
        }
        r
    }

    pub(super) fn ok(
        &self,
        status: StatusCode,
        body: impl Into<Body>,
        extra: Vec<(&'static str, String)>,
    ) -> Response {
        let mut r = (status, body.into()).into_response();
        let ct = self.control.content_type.clone().unwrap_or_else(|| {
            if self.soc {
                STIX_MEDIA.to_string()
            } else {
                MEDIA.to_string()
            }
        });
        let h = r.headers_mut();
        h.insert(
            header::CONTENT_TYPE,
            HeaderValue::from_str(&ct).unwrap_or(HeaderValue::from_static(MEDIA)),
        );
        if self.soc {
            h.insert("x-ratelimit-limit", HeaderValue::from_static("600"));
            h.insert("x-ratelimit-remaining", HeaderValue::from_static("599"));
        }
        for (k, v) in extra {
            if let Ok(v) = HeaderValue::from_str(&v) {
                h.insert(k, v);
            }
        }
        r
    }

    pub(super) fn authorized(&self, headers: &HeaderMap) -> bool {
        let key = &self.ctx.keys.taxii;
        if let Some(v) = headers.get("x-api-key").and_then(|v| v.to_str().ok()) {
            return self.soc && v == key;
        }
        if self.control.x_api_key_only {
            return false;
        }
        let Some(auth) = headers
            .get(header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
        else {
            return false;
        };
        if let Some(token) = auth.strip_prefix("Bearer ") {
            return token == key;
        }
        if let Some(b64) = auth.strip_prefix("Basic ") {
            let Some(decoded) = base64_decode(b64.trim()) else {
                return false;
            };
            let Some((user, pass)) = decoded.split_once(':') else {
                return false;
            };
            return pass == key && (self.soc || user == self.ctx.keys.taxii_user);
        }
        false
    }

    pub(super) fn check_accept(&self, headers: &HeaderMap) -> Option<Response> {
        let accept = headers
            .get(header::ACCEPT)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("");
        let ok = accept.split(',').any(|a| {
            let a = a.trim().replace(' ', "");
            a.starts_with("application/taxii+json")
                && (!a.contains("version=") || a.contains("version=2.1"))
                || a.starts_with("application/json")
                || a.starts_with("*/*")
                || (self.soc && a.starts_with("application/stix+json"))
        });
        (!ok).then(|| {
            self.error(
                StatusCode::NOT_ACCEPTABLE,
                "NotAcceptable",
                "Media type in the Accept header is invalid or not found",
            )
        })
    }

    fn new_token(
        &mut self,
        collection: &str,
        path: &str,
        signature: &str,
        resume: usize,
    ) -> String {
        self.token_counter += 1;
        let t = format!(
            "{:016x}{:08x}",
            self.ctx.seed.rotate_left(17),
            self.token_counter
        );
        self.tokens.insert(
            t.clone(),
            Token {
                collection: collection.to_string(),
                path: path.to_string(),
                signature: signature.to_string(),
                resume,
                issued: tokio::time::Instant::now(),
            },
        );
        t
    }

    /// The indexes of one page and the paging fields, for any paged resource.
    #[allow(clippy::result_large_err)]
    pub(super) fn select(
        &mut self,
        cid: &str,
        path: &str,
        params: &Params,
        force_id: Option<&str>,
        all_versions: bool,
    ) -> Result<(Vec<usize>, bool, Option<String>), Response> {
        let signature = params.signature.clone();
        let soc = self.soc;
        let ctl = self
            .paging
            .get(cid)
            .cloned()
            .unwrap_or_else(|| self.control.clone());
        let inclusive = ctl.inclusive;
        let max = ctl.max_page_size;
        let limit = params.limit.unwrap_or(100).min(max);
        if soc && params.limit.is_some_and(|l| l > 1000) {
            return Err(self.error(
                StatusCode::BAD_REQUEST,
                "invalid_parameter",
                "limit must be between 1 and 1000",
            ));
        }
        if let (Some(t), Some(ttl)) = (&params.next, ctl.next_ttl) {
            if self
                .tokens
                .get(t)
                .is_some_and(|tok| tok.issued.elapsed() >= ttl)
            {
                self.tokens.remove(t);
            }
        }
        let start_from_token = match &params.next {
            Some(t) => match self.tokens.get(t) {
                Some(tok)
                    if tok.collection == cid
                        && tok.path == path
                        && tok.signature == params.signature =>
                {
                    Some(tok.resume)
                }
                Some(_) => {
                    return Err(self.error(
                        StatusCode::BAD_REQUEST,
                        "ProcessingError",
                        "The server did not understand the request or filter parameters: params changed over subsequent transaction",
                    ))
                }
                None => {
                    return Err(self.error(
                        StatusCode::BAD_REQUEST,
                        "ProcessingError",
                        "The server did not understand the request or filter parameters: 'next' not valid",
                    ))
                }
            },
            None => None,
        };
        let Some(coll) = self.collections.get(cid) else {
            return Err(self.error(
                StatusCode::NOT_FOUND,
                if soc { "not_found" } else { "ProcessingError" },
                &format!("Collection '{cid}' not found"),
            ));
        };
        let mut p2;
        let params = match force_id {
            Some(id) => {
                p2 = Params {
                    added_after: params.added_after,
                    limit: params.limit,
                    next: None,
                    ids: vec![id.to_string()],
                    types: Vec::new(),
                    versions: params.versions.clone(),
                    specs: params.specs.clone(),
                    signature: String::new(),
                };
                if all_versions {
                    p2.versions = vec!["all".into()];
                }
                &p2
            }
            None => params,
        };
        let kind_filter: Option<fn(Option<usize>) -> bool> = match cid {
            SOC_NETWORK => Some(|k| !matches!(k, Some(2))),
            SOC_HASHES => Some(|k| matches!(k, None | Some(2))),
            _ => None,
        };
        let sel = Selector::new(coll, params, kind_filter);
        let start = match (start_from_token, params.added_after) {
            (Some(s), _) => s,
            (None, Some(t)) => coll.first_after(t, inclusive),
            (None, None) => 0,
        };
        let (idx, more_at) = sel.page(start, limit);
        if let Some(t) = &params.next {
            if ctl.single_use && !ctl.reuse_next {
                self.tokens.remove(t);
            }
        }
        let next = match more_at {
            Some(at) if !soc && ctl.next_tokens => match &params.next {
                // One token for the whole session, as medallion does.
                Some(t) if ctl.reuse_next => {
                    let t = t.clone();
                    if let Some(tok) = self.tokens.get_mut(&t) {
                        tok.resume = at;
                    }
                    Some(t)
                }
                _ => Some(self.new_token(cid, path, &signature, at)),
            },
            _ => None,
        };
        Ok((idx, more_at.is_some(), next))
    }

    pub(super) fn date_headers(&self, cid: &str, idx: &[usize]) -> Vec<(&'static str, String)> {
        let coll = &self.collections[cid];
        match (idx.first(), idx.last()) {
            (Some(f), Some(l)) => vec![
                (
                    "x-taxii-date-added-first",
                    ts_micros(coll.meta(*f).date_added),
                ),
                (
                    "x-taxii-date-added-last",
                    ts_micros(coll.meta(*l).date_added),
                ),
            ],
            _ => Vec::new(),
        }
    }
}

fn base64_decode(s: &str) -> Option<String> {
    let mut out = Vec::new();
    let mut buf = 0u32;
    let mut bits = 0;
    for c in s.bytes() {
        let v = match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'+' => 62,
            b'/' => 63,
            b'=' => break,
            _ => return None,
        } as u32;
        buf = (buf << 6) | v;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((buf >> bits) as u8);
            buf &= (1 << bits) - 1;
        }
    }
    String::from_utf8(out).ok()
}

pub(super) fn envelope<S: AsRef<str>>(
    more: bool,
    next: Option<String>,
    key: &str,
    items: Vec<S>,
) -> String {
    if items.is_empty() && !more {
        return "{}".into();
    }
    let mut s = envelope_head(more, next, key);
    s.push_str(&json_array(&items));
    s.push('}');
    s
}

/// An envelope up to its items: `{"more":…,"next":…,"KEY":`.
pub(super) fn envelope_head(more: bool, next: Option<String>, key: &str) -> String {
    let mut s = format!("{{\"more\":{more},");
    if let Some(n) = next {
        s.push_str(&format!("\"next\":{},", Value::String(n)));
    }
    s.push_str(&format!("\"{key}\":"));
    s
}

/// `[a,b,…]` of items that are JSON texts already.
pub(super) fn json_array<S: AsRef<str>>(items: &[S]) -> String {
    let mut s =
        String::with_capacity(items.iter().map(|i| i.as_ref().len() + 1).sum::<usize>() + 2);
    s.push('[');
    for (k, it) in items.iter().enumerate() {
        if k > 0 {
            s.push(',');
        }
        s.push_str(it.as_ref());
    }
    s.push(']');
    s
}
