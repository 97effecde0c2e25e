//! Simulated TAXII 2.1 servers: an OASIS-style one under `/taxii` and a
//! SOC-Defenders-style one under `/socdef`.
//!
//! **OASIS style** (discovery `/taxii/taxii2/`, API root `/taxii/api1/`):
//! HTTP Basic (`taxii_user` / the TAXII key) or Bearer; the
//! `{more, next, objects}` envelope; `next` tokens bound to the filters (a
//! changed filter or an unknown token gets 400, as medallion does);
//! `X-TAXII-Date-Added-First/Last` on every page; `limit` clamped to a
//! maximum page size; add objects → a `pending` status that completes after
//! two polls. Collections:
//!
//! | id | content |
//! |---|---|
//! | [`INDICATORS`] | `size` generated indicators (~600 bytes each), read-only |
//! | [`MIXED`] | every modelled STIX type, custom properties, an SCO, a custom object, and three versions of [`MULTI_VERSION_ID`], read-only |
//! | [`INBOX`] | empty, writable |
//!
//! **SOC Defenders style** (discovery `/socdef/api/taxii2/`, API root
//! `/socdef/api/taxii2/api/`): Bearer, `X-API-Key` or Basic with the key as
//! password; `objects/` answers a STIX **bundle** paged only through
//! `X-TAXII-Date-Added-Last` → `added_after`; non-standard `type=` filter;
//! `limit` at most 1000; errors `{error: {code, message, details, request_id}}`.
//! Collections [`SOC_ALL`], [`SOC_NETWORK`], [`SOC_HASHES`] (an identity, a
//! TLP marking and `size` indicators split between network and hash ones).
//!
//! **Control** (no auth): `POST /taxii/_sim/control` and `POST /socdef/_sim/control`
//! with any of `{"expire_next": true, "max_page_size": N|null, "next_tokens":
//! bool, "reuse_next": bool, "single_use_next": bool, "next_ttl_ms": N|null,
//! "content_type": "..."|null, "inclusive_added_after": bool, "tie_group": N,
//! "grow": {"collection": ID, "count": N}, "inject": {"collection": ID, "object": {..}}}`:
//! forget every `next` token (as when sessions expire), clamp pages harder,
//! keep one `next` token for a whole session whose cursor moves on each time
//! it is read (as medallion does: asking again with it returns the following
//! page), forget each token once used, let tokens expire N ms after they were
//! issued, page by headers only (`more` without `next`), answer another media
//! type, treat `added_after` as inclusive (both servers), give generated
//! objects one `date_added` per group of N (ties at page boundaries), accept
//! keys only in `X-API-Key` (`"x_api_key_only": true`, as SOC Defenders), add N
//! new indicators, or append any JSON (even malformed) as an object. Unknown
//! keys are refused (400). With `"collection": ID` the paging settings (and
//! `tie_group`) apply to that collection alone, starting from the server's.
//! The answer is the settings now (of the collection, when one is named). `secops sim
//! --taxii JSON` applies the same settings at start; responses cut mid-body
//! come from the simulator's faults (`drop=RATE`).
//!
//! This file holds the public collection ids, the shared constants and
//! timestamp helpers, and the two routers; `data` holds the collections'
//! contents, `request` the query parameters and entry selection, `server` a
//! server's state and answers, `handlers` the TAXII routes and `control` the
//! control settings and route.

mod control;
mod data;
mod handlers;
mod request;
mod server;
#[cfg(test)]
mod tests;

use std::sync::{Arc, Mutex};

use axum::routing::{get, post};
use axum::Router;

use super::SimContext;
use control::control;
use handlers::{
    add_objects, api_root, collection, collections, delete_object, discovery, manifest, object,
    objects, status, versions,
};
use server::{Server, Shared};

/// The OASIS-style server's API root name (`/taxii/api1/`).
pub const API_ROOT: &str = "api1";
/// The large read-only collection of generated indicators (`size` of them).
pub const INDICATORS: &str = "6d1f3a52-0c4b-4e8a-9b1d-5a0000000001";
/// The read-only collection with one object of every modelled type and three versions of [`MULTI_VERSION_ID`].
pub const MIXED: &str = "6d1f3a52-0c4b-4e8a-9b1d-5a0000000002";
/// The writable, initially empty collection.
pub const INBOX: &str = "6d1f3a52-0c4b-4e8a-9b1d-5a0000000003";
/// The object with three versions in [`MIXED`].
pub const MULTI_VERSION_ID: &str = "malware--0c7b5b88-8ff7-4a4d-aa9d-feb398cd0061";
/// SOC Defenders: every object.
pub const SOC_ALL: &str = "soc-defenders-all";
/// SOC Defenders: domain and IP indicators (plus the identity and marking).
pub const SOC_NETWORK: &str = "soc-defenders-network";
/// SOC Defenders: file hash indicators (plus the identity and marking).
pub const SOC_HASHES: &str = "soc-defenders-hashes";

const MEDIA: &str = "application/taxii+json;version=2.1";
const STIX_MEDIA: &str = "application/stix+json;version=2.1";
/// 2026-01-01T00:00:00Z in microseconds.
const BASE_US: i64 = 1_767_225_600_000_000;
const SOC_IDENTITY: &str = "identity--f8e75d96-8e4c-4b1a-9e3d-4f8a7b6c5d3e";
const TLP_GREEN: &str = "marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da";

fn ts_micros(us: i64) -> String {
    chrono::DateTime::from_timestamp_micros(us)
        .expect("in range")
        .format("%Y-%m-%dT%H:%M:%S%.6fZ")
        .to_string()
}

fn ts_millis(us: i64) -> String {
    chrono::DateTime::from_timestamp_micros(us)
        .expect("in range")
        .format("%Y-%m-%dT%H:%M:%S%.3fZ")
        .to_string()
}

fn parse_ts(s: &str) -> Option<i64> {
    chrono::DateTime::parse_from_rfc3339(s)
        .ok()
        .map(|d| d.timestamp_micros())
}

/// The routes of the OASIS-style server, nested under `/taxii`.
pub fn router(ctx: &SimContext) -> Router {
    let shared: Shared = Arc::new(Mutex::new(Server::oasis(ctx)));
    Router::new()
        .route("/taxii2/", get(discovery))
        .route("/_sim/control", post(control))
        .route("/{root}/", get(api_root))
        .route("/{root}/collections/", get(collections))
        .route("/{root}/collections/{cid}/", get(collection))
        .route(
            "/{root}/collections/{cid}/objects/",
            get(objects).post(add_objects),
        )
        .route(
            "/{root}/collections/{cid}/objects/{oid}/",
            get(object).delete(delete_object),
        )
        .route(
            "/{root}/collections/{cid}/objects/{oid}/versions/",
            get(versions),
        )
        .route("/{root}/collections/{cid}/manifest/", get(manifest))
        .route("/{root}/status/{sid}/", get(status))
        .with_state(shared)
}

/// The routes of the SOC-Defenders-style server, nested under `/socdef`.
pub fn socdef_router(ctx: &SimContext) -> Router {
    let shared: Shared = Arc::new(Mutex::new(Server::socdef(ctx)));
    Router::new()
        .route("/api/taxii2/", get(discovery))
        .route("/_sim/control", post(control))
        .route("/api/taxii2/{root}/", get(api_root))
        .route("/api/taxii2/{root}/collections/", get(collections))
        .route("/api/taxii2/{root}/collections/{cid}/", get(collection))
        .route(
            "/api/taxii2/{root}/collections/{cid}/objects/",
            get(objects),
        )
        .with_state(shared)
}
