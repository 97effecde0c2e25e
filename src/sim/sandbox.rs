//! Simulated sandbox routes (work in progress).

use axum::Router;

use super::SimContext;

/// The sandbox routes, nested under the service's prefix.
pub fn router(_ctx: &SimContext) -> Router {
    Router::new()
}
