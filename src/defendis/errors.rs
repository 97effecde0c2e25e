//! Defendis error bodies → typed [`ApiErrorKind`]s.
//!
//! Every Defendis error body is `{error, message?}`; two carry more:
//!
//! - 403 billing: `{"error":"Enterprise billing access denied","reason":"payment_unpaid","status":"unpaid"}`
//!   → [`ApiErrorKind::BillingDenied`]; any other 403 means the value is outside
//!   the workspace's watchlist scope → [`ApiErrorKind::OutOfScope`];
//! - 409 quota: `{"error":"quota_domains_reached","metric":"domains","used":10,"limit":10,"requestedIncrement":1}`
//!   → [`ApiErrorKind::QuotaReached`]; any other 409 → [`ApiErrorKind::Conflict`].
//!
//! 401 (`Missing API key`, `Invalid or revoked API key`) → [`ApiErrorKind::Unauthorized`],
//! 429 → [`ApiErrorKind::RateLimited`] (after the retries), 5xx → [`ApiErrorKind::Server`].

use http::HeaderMap;
use serde_json::Value;

use crate::error::{excerpt, ApiError, ApiErrorKind, Service};

/// Parses a Defendis error response (the `ErrorParser` of the client's core).
pub fn parse_error(service: Service, status: u16, headers: &HeaderMap, body: &[u8]) -> ApiError {
    let mut e = ApiError::new(service, status, ApiError::kind_for_status(status));
    e.request_id = headers
        .get("x-request-id")
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned);
    let obj = match serde_json::from_slice::<Value>(body) {
        Ok(Value::Object(obj)) => obj,
        _ => {
            if !body.is_empty() {
                e.message = Some(excerpt(body));
            }
            if status == 403 {
                e.kind = ApiErrorKind::Forbidden;
            }
            return e;
        }
    };
    let text = |k: &str| obj.get(k).and_then(Value::as_str).map(str::to_owned);
    let number = |k: &str| {
        obj.get(k).and_then(|v| match v {
            Value::Number(n) => n.as_u64(),
            Value::String(s) => s.trim().parse().ok(),
            _ => None,
        })
    };
    e.code = text("error");
    e.message = text("message");
    if e.code.is_none() && e.message.is_none() {
        // Not the documented shape (a proxy, a mock): keep something readable.
        e.message = text("title")
            .or_else(|| text("detail"))
            .or_else(|| Some(excerpt(body)));
    }
    let code_lc = e.code.as_deref().unwrap_or_default().to_ascii_lowercase();
    match status {
        403 => {
            e.kind = if obj.contains_key("reason") || code_lc.contains("billing") {
                ApiErrorKind::BillingDenied {
                    reason: text("reason"),
                    status: text("status"),
                }
            } else {
                ApiErrorKind::OutOfScope
            };
        }
        409 if obj.contains_key("metric")
            || (code_lc.starts_with("quota_") && code_lc.ends_with("_reached")) =>
        {
            let metric = text("metric").or_else(|| {
                code_lc
                    .strip_prefix("quota_")
                    .and_then(|m| m.strip_suffix("_reached"))
                    .map(str::to_owned)
            });
            e.kind = ApiErrorKind::QuotaReached {
                metric,
                used: number("used"),
                limit: number("limit"),
            };
        }
        _ => {}
    }
    e
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(status: u16, body: &str) -> ApiError {
        parse_error(
            Service::Defendis,
            status,
            &HeaderMap::new(),
            body.as_bytes(),
        )
    }

    #[test]
    fn billing_scope_quota_and_auth() {
        let e = parse(
            403,
            r#"{"error":"Enterprise billing access denied","reason":"payment_unpaid","status":"unpaid"}"#,
        );
        assert_eq!(
            e.kind,
            ApiErrorKind::BillingDenied {
                reason: Some("payment_unpaid".into()),
                status: Some("unpaid".into())
            }
        );
        let e = parse(
            403,
            r#"{"error":"Forbidden","message":"Domain not in watchlist scope"}"#,
        );
        assert_eq!(e.kind, ApiErrorKind::OutOfScope);
        assert_eq!(e.message.as_deref(), Some("Domain not in watchlist scope"));
        let e = parse(
            409,
            r#"{"error":"quota_domains_reached","metric":"domains","used":10,"limit":10,"requestedIncrement":1}"#,
        );
        assert_eq!(
            e.kind,
            ApiErrorKind::QuotaReached {
                metric: Some("domains".into()),
                used: Some(10),
                limit: Some(10)
            }
        );
        let e = parse(409, r#"{"error":"quota_bins_reached"}"#);
        assert_eq!(
            e.kind,
            ApiErrorKind::QuotaReached {
                metric: Some("bins".into()),
                used: None,
                limit: None
            }
        );
        assert_eq!(
            parse(409, r#"{"error":"Entry already exists"}"#).kind,
            ApiErrorKind::Conflict
        );
        let e = parse(401, r#"{"error":"Invalid or revoked API key"}"#);
        assert_eq!(e.kind, ApiErrorKind::Unauthorized);
        assert_eq!(e.code.as_deref(), Some("Invalid or revoked API key"));
        assert_eq!(
            parse(429, r#"{"error":"Rate limit exceeded"}"#).kind,
            ApiErrorKind::RateLimited
        );
    }

    #[test]
    fn odd_bodies_stay_readable() {
        let e = parse(502, "<html>bad gateway</html>");
        assert_eq!(e.kind, ApiErrorKind::Server);
        assert!(e.message.unwrap().contains("bad gateway"));
        let e = parse(403, "");
        assert_eq!(e.kind, ApiErrorKind::Forbidden);
        let e = parse(400, r#"{"title":"Invalid request","detail":"x"}"#);
        assert_eq!(e.message.as_deref(), Some("Invalid request"));
    }
}
