//! Simulated defendis routes (work in progress).

use axum::Router;

use super::SimContext;

/// The defendis routes, nested under the service's prefix.
pub fn router(_ctx: &SimContext) -> Router {
    Router::new()
}
