//! DefectDojo error bodies.
//!
//! Django REST framework answers errors in two shapes: `{"detail": "..."}`
//! (authentication, permission, not found, throttling) and, for validation
//! failures, a map of field errors (`{"title": ["This field is required."],
//! "severity": ["..."]}`), sometimes nested (`{"vulnerability_ids":
//! [{"vulnerability_id": ["..."]}]}`) or a bare list (`["..."]`) for errors that
//! belong to no field. Field maps become [`ApiErrorKind::Validation`] listing
//! every field; a bare list is filed under DRF's `non_field_errors`.

use std::collections::BTreeMap;

use http::HeaderMap;
use serde_json::Value;

use crate::config::parse_error_generic;
use crate::error::{excerpt, ApiError, ApiErrorKind, Service};

/// DRF's name for errors that belong to no field.
pub const NON_FIELD_ERRORS: &str = "non_field_errors";

/// Parses a DefectDojo error response into an [`ApiError`].
///
/// ```
/// use secops::{ApiErrorKind, Service};
/// let e = secops::defectdojo::parse_error(
///     Service::DefectDojo,
///     400,
///     &http::HeaderMap::new(),
///     br#"{"title": ["This field is required."], "severity": ["Invalid."]}"#,
/// );
/// let ApiErrorKind::Validation { fields } = &e.kind else { panic!() };
/// assert_eq!(fields.len(), 2);
/// ```
pub fn parse_error(service: Service, status: u16, headers: &HeaderMap, body: &[u8]) -> ApiError {
    let Ok(value) = serde_json::from_slice::<Value>(body) else {
        return parse_error_generic(service, status, headers, body);
    };
    let mut e = ApiError::new(service, status, ApiError::kind_for_status(status));
    e.request_id = headers
        .get("x-request-id")
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned);
    match &value {
        Value::Object(map) if map.get("detail").is_some_and(Value::is_string) => {
            e.message = map.get("detail").and_then(Value::as_str).map(str::to_owned);
            e.code = map.get("code").and_then(Value::as_str).map(str::to_owned);
        }
        Value::Object(map) if !map.is_empty() && (400..500).contains(&status) => {
            let mut fields = BTreeMap::new();
            for (k, v) in map {
                collect(k, v, &mut fields);
            }
            e.message = Some(format!(
                "invalid {}",
                fields.keys().cloned().collect::<Vec<_>>().join(", ")
            ));
            e.kind = ApiErrorKind::Validation { fields };
        }
        Value::Array(_) if (400..500).contains(&status) => {
            let mut fields = BTreeMap::new();
            collect(NON_FIELD_ERRORS, &value, &mut fields);
            e.message = fields.get(NON_FIELD_ERRORS).map(|m| m.join("; "));
            e.kind = ApiErrorKind::Validation { fields };
        }
        Value::String(s) => e.message = Some(s.clone()),
        _ => {
            if !body.is_empty() {
                e.message = Some(excerpt(body));
            }
        }
    }
    e
}

/// Flattens one field's errors: strings are messages, lists are walked,
/// nested maps give dotted names (`vulnerability_ids.0.vulnerability_id`).
fn collect(name: &str, value: &Value, out: &mut BTreeMap<String, Vec<String>>) {
    match value {
        Value::String(s) => out.entry(name.to_string()).or_default().push(s.clone()),
        Value::Array(items) => {
            let nested = items.iter().any(|i| i.is_object() || i.is_array());
            for (i, item) in items.iter().enumerate() {
                if nested && !item.is_string() {
                    collect(&format!("{name}.{i}"), item, out);
                } else {
                    collect(name, item, out);
                }
            }
        }
        Value::Object(map) => {
            for (k, v) in map {
                collect(&format!("{name}.{k}"), v, out);
            }
        }
        Value::Null => {}
        other => out
            .entry(name.to_string())
            .or_default()
            .push(other.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(status: u16, body: &str) -> ApiError {
        parse_error(
            Service::DefectDojo,
            status,
            &HeaderMap::new(),
            body.as_bytes(),
        )
    }

    #[test]
    fn detail_body() {
        let e = parse(401, r#"{"detail":"Invalid token."}"#);
        assert_eq!(e.kind, ApiErrorKind::Unauthorized);
        assert_eq!(e.message.as_deref(), Some("Invalid token."));
        let e = parse(404, r#"{"detail":"No Finding matches the given query."}"#);
        assert_eq!(e.kind, ApiErrorKind::NotFound);
    }

    #[test]
    fn field_map_lists_every_field() {
        let e = parse(
            400,
            r#"{"title":["This field is required."],"severity":["Bad.","Worse."],"vulnerability_ids":[{"vulnerability_id":["Too long."]}],"test":"Invalid pk."}"#,
        );
        let ApiErrorKind::Validation { fields } = &e.kind else {
            panic!("{e:?}")
        };
        assert_eq!(fields["title"], vec!["This field is required."]);
        assert_eq!(fields["severity"], vec!["Bad.", "Worse."]);
        assert_eq!(
            fields["vulnerability_ids.0.vulnerability_id"],
            vec!["Too long."]
        );
        assert_eq!(fields["test"], vec!["Invalid pk."]);
        assert_eq!(fields.len(), 4);
    }

    #[test]
    fn bare_list_is_non_field_errors() {
        let e = parse(400, r#"["Engagement not found"]"#);
        let ApiErrorKind::Validation { fields } = &e.kind else {
            panic!("{e:?}")
        };
        assert_eq!(fields[NON_FIELD_ERRORS], vec!["Engagement not found"]);
    }

    #[test]
    fn non_json_body_is_kept_as_message() {
        let e = parse(502, "<html>Bad Gateway</html>");
        assert_eq!(e.kind, ApiErrorKind::Server);
        assert!(e.message.unwrap().contains("Bad Gateway"));
    }
}
