//! Simulated TAXII routes (work in progress).

use axum::Router;

use super::SimContext;

/// The OASIS-style TAXII server, nested under `/taxii`.
pub fn router(_ctx: &SimContext) -> Router {
    Router::new()
}

/// The SOC-Defenders-style TAXII server, nested under `/socdef`.
pub fn socdef_router(_ctx: &SimContext) -> Router {
    Router::new()
}
