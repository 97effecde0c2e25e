//! SIE Batch error bodies: the `NOK` envelope and the presigned-download errors.

use http::HeaderMap;

use crate::error::{excerpt, ApiError, ApiErrorKind, Service};

/// Parses an SIE Batch error body into an [`ApiError`].
///
/// The `NOK` envelope (`{_status:"NOK", _message, status, type,
/// invalid_parameters?:{name,reason}, detail?, logid}`) becomes
/// [`ApiErrorKind::SieNok`] carrying the type, the parameter and its reason,
/// with the `logid` as the request id. Other bodies are classified by status.
/// Whether the error is retried depends on the HTTP status only (429/5xx).
pub fn parse_error(service: Service, status: u16, _headers: &HeaderMap, body: &[u8]) -> ApiError {
    let mut e = ApiError::new(service, status, ApiError::kind_for_status(status));
    let Ok(serde_json::Value::Object(v)) = serde_json::from_slice::<serde_json::Value>(body) else {
        if let Some(code) = xml_tag(body, "Code") {
            e.message = xml_tag(body, "Message").or_else(|| Some(code.clone()));
            e.code = Some(code);
        } else if !body.is_empty() {
            e.message = Some(excerpt(body));
        }
        return e;
    };
    let s = |k: &str| {
        v.get(k)
            .and_then(|x| x.as_str())
            .filter(|x| !x.is_empty())
            .map(str::to_owned)
    };
    let kind = s("type");
    let (parameter, reason) = match v.get("invalid_parameters") {
        Some(serde_json::Value::Object(p)) => (str_of(p.get("name")), str_of(p.get("reason"))),
        Some(serde_json::Value::Array(list)) => {
            let first = list.first().and_then(|x| x.as_object());
            (
                first.and_then(|p| str_of(p.get("name"))),
                first.and_then(|p| str_of(p.get("reason"))),
            )
        }
        _ => (None, None),
    };
    e.message = match (s("_message"), s("detail")) {
        (Some(m), Some(d)) if m != d => Some(format!("{m} ({d})")),
        (Some(m), _) => Some(m),
        (None, d) => d.or_else(|| s("message")),
    };
    e.request_id = s("logid");
    if let Some(kind) = kind {
        e.code = Some(kind.clone());
        e.kind = ApiErrorKind::SieNok {
            kind,
            parameter,
            reason,
        };
    } else if s("_status").as_deref() == Some("NOK") {
        e.kind = ApiErrorKind::SieNok {
            kind: "unknown".into(),
            parameter,
            reason,
        };
    }
    e
}

fn str_of(v: Option<&serde_json::Value>) -> Option<String> {
    match v? {
        serde_json::Value::String(s) => Some(s.clone()),
        serde_json::Value::Null => None,
        other => Some(other.to_string()),
    }
}

/// The text of the first `<tag>...</tag>` in an S3-style XML error body.
pub(crate) fn xml_tag(body: &[u8], tag: &str) -> Option<String> {
    let text = std::str::from_utf8(body).ok()?;
    let open = format!("<{tag}>");
    let start = text.find(&open)? + open.len();
    let end = text[start..].find(&format!("</{tag}>"))? + start;
    Some(text[start..end].trim().to_string()).filter(|s| !s.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nok_envelopes() {
        let h = HeaderMap::new();
        let e = parse_error(
            Service::Sie,
            403,
            &h,
            br#"{"_message":"bad channel","_status":"NOK","logid":"l-9","status":403,"type":"invalid-parameters","invalid_parameters":{"name":"channels","reason":"should be an integer but received a string"}}"#,
        );
        assert_eq!(e.request_id.as_deref(), Some("l-9"));
        assert_eq!(
            e.kind,
            ApiErrorKind::SieNok {
                kind: "invalid-parameters".into(),
                parameter: Some("channels".into()),
                reason: Some("should be an integer but received a string".into()),
            }
        );
        let s = crate::Error::from(e).to_string();
        assert!(
            s.contains("invalid-parameters")
                && s.contains("parameter channels")
                && s.contains("l-9"),
            "{s}"
        );

        let e = parse_error(
            Service::Sie,
            403,
            &h,
            br#"{"_message":"API key not present","_status":"NOK","logid":"x","status":403,"type":"missing-api-key"}"#,
        );
        assert!(crate::Error::from(e).is_auth());
        let e = parse_error(
            Service::Sie,
            429,
            &h,
            br#"{"_status":"NOK","_message":"slow down","type":"rate-limited"}"#,
        );
        assert!(e.is_retryable());
    }

    #[test]
    fn s3_errors_and_garbage() {
        let h = HeaderMap::new();
        let e = parse_error(
            Service::Sie,
            404,
            &h,
            b"<?xml version=\"1.0\"?><Error><Code>NoSuchKey</Code><Message>The specified key does not exist.</Message></Error>",
        );
        assert_eq!(e.code.as_deref(), Some("NoSuchKey"));
        assert_eq!(
            e.message.as_deref(),
            Some("The specified key does not exist.")
        );
        let e = parse_error(Service::Sie, 502, &h, b"<html>bad gateway</html>");
        assert_eq!(e.kind, ApiErrorKind::Server);
        assert!(e.message.unwrap().contains("bad gateway"));
    }
}
