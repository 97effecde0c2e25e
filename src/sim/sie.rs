//! Simulated sie routes (work in progress).

use axum::Router;

use super::SimContext;

/// The sie routes, nested under the service's prefix.
pub fn router(_ctx: &SimContext) -> Router {
    Router::new()
}
