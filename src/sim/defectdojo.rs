//! Simulated defectdojo routes (work in progress).

use axum::Router;

use super::SimContext;

/// The defectdojo routes, nested under the service's prefix.
pub fn router(_ctx: &SimContext) -> Router {
    Router::new()
}
