//! Hostile servers and careless hands: credentials go only to the configured
//! origin. Two loopback servers on different ports (or `localhost` against
//! `127.0.0.1`) stand for two hosts; what the second one received is checked.

#![cfg(all(
    feature = "sim",
    feature = "taxii",
    feature = "sie",
    feature = "defectdojo"
))]

use std::sync::{Arc, Mutex};

use axum::body::Body;
use axum::extract::Request;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Router;
use secops::defectdojo::{types, DefectDojo};
use secops::sie::{PresignedUrl, SieBatch};
use secops::taxii::Taxii;
use secops::{Error, RetryPolicy};

const KEY: &str = "xk-hostile-origin-key-4f1c9";
const SIE_KEY: &str = "5b7e2a90-3c4d-4e1f-9a8b-7c6d5e4f3a21";
const PASSWORD: &str = "pw-basic-secret-7d2e";
const SIG: &str = "SIGSECRETa1b2c3d4e5";
const CRED: &str = "AKIACREDSECRET99";

/// One request as a server saw it.
#[derive(Clone, Debug)]
struct Seen {
    method: String,
    path: String,
    headers: HeaderMap,
    body: Vec<u8>,
}

type Log = Arc<Mutex<Vec<Seen>>>;

/// A loopback server on `host` answering every request with `reply`; returns
/// its origin (`http://host:port`) and what it received.
async fn server(
    host: &str,
    reply: impl Fn(&Seen) -> Response + Send + Sync + 'static,
) -> (String, Log) {
    let listener = tokio::net::TcpListener::bind((host, 0)).await.unwrap();
    let port = listener.local_addr().unwrap().port();
    let log: Log = Arc::default();
    let reply = Arc::new(reply);
    let seen_log = log.clone();
    let app = Router::new().fallback(move |req: Request| {
        let reply = reply.clone();
        let log = seen_log.clone();
        async move {
            let (parts, body) = req.into_parts();
            let body = axum::body::to_bytes(body, 1 << 20).await.unwrap().to_vec();
            let seen = Seen {
                method: parts.method.to_string(),
                path: parts.uri.to_string(),
                headers: parts.headers,
                body,
            };
            let resp = reply(&seen);
            log.lock().unwrap().push(seen);
            resp
        }
    });
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    let shown = if host.contains(':') {
        format!("[{host}]")
    } else {
        host.to_string()
    };
    (format!("http://{shown}:{port}"), log)
}

fn redirect(status: u16, to: String) -> impl Fn(&Seen) -> Response + Send + Sync + 'static {
    move |_| {
        Response::builder()
            .status(status)
            .header("location", to.clone())
            .body(Body::empty())
            .unwrap()
    }
}

fn json(status: u16, v: serde_json::Value) -> impl Fn(&Seen) -> Response + Send + Sync + 'static {
    move |_| (StatusCode::from_u16(status).unwrap(), axum::Json(v.clone())).into_response()
}

fn once() -> RetryPolicy {
    RetryPolicy::default().max_attempts(1)
}

/// `http://127.0.0.1:1234` → `127.0.0.1:1234`: how the error names a host.
fn host(origin: &str) -> &str {
    origin.trim_start_matches("http://")
}

/// Neither `Display` nor `Debug` of `e` contains any of `secrets`.
fn assert_clean(e: &Error, secrets: &[&str]) {
    let shown = format!("{e} || {e:?}");
    for s in secrets {
        assert!(!shown.contains(s), "{s:?} leaked: {shown}");
    }
}

fn saw_any(log: &Log, needle: &str) -> bool {
    log.lock().unwrap().iter().any(|s| {
        String::from_utf8_lossy(&s.body).contains(needle)
            || s.path.contains(needle)
            || s.headers
                .values()
                .any(|v| String::from_utf8_lossy(v.as_bytes()).contains(needle))
    })
}

fn discovery(roots: &[String]) -> serde_json::Value {
    serde_json::json!({"title": "d", "api_roots": roots})
}

// 1. TAXII X-API-Key: a 302 to another host does not take the key there.
#[tokio::test]
async fn taxii_x_api_key_is_not_sent_across_a_redirect() {
    let (b, b_log) = server("127.0.0.1", json(200, discovery(&[]))).await;
    let (a, a_log) = server("127.0.0.1", redirect(302, format!("{b}/taxii2/"))).await;
    let taxii = Taxii::builder()
        .url(format!("{a}/taxii2/"))
        .x_api_key(KEY)
        .retry(once())
        .build()
        .unwrap();
    let err = taxii.discover().await.unwrap_err();
    assert!(matches!(err, Error::Protocol { .. }), "{err:?}");
    let msg = err.to_string();
    assert!(msg.contains(host(&a)) && msg.contains(host(&b)), "{msg}");
    assert!(msg.contains("allow_origin"), "{msg}");
    assert_clean(&err, &[KEY]);
    assert!(saw_any(&a_log, KEY), "the configured origin got the key");
    assert!(!saw_any(&b_log, KEY), "the other origin got the key");
    assert!(b_log.lock().unwrap().is_empty());

    // Allowed explicitly: followed, and the key goes there.
    let taxii = Taxii::builder()
        .url(format!("{a}/taxii2/"))
        .x_api_key(KEY)
        .allow_origin(b.clone())
        .retry(once())
        .build()
        .unwrap();
    taxii.discover().await.unwrap();
    assert!(saw_any(&b_log, KEY));

    // The auto mode (Bearer, then X-API-Key on 401) is refused the same way.
    let (c, c_log) = server("127.0.0.1", json(200, discovery(&[]))).await;
    let (d, _) = server("127.0.0.1", redirect(307, format!("{c}/taxii2/"))).await;
    let taxii = Taxii::builder()
        .url(format!("{d}/taxii2/"))
        .api_key(KEY)
        .retry(once())
        .build()
        .unwrap();
    let err = taxii.discover().await.unwrap_err();
    assert_clean(&err, &[KEY]);
    assert!(c_log.lock().unwrap().is_empty());
}

// 2. SIE Batch: a 307/308 on validate does not re-post the body with `apikey`.
#[tokio::test]
async fn sie_body_with_the_key_is_not_reposted_across_a_redirect() {
    for status in [307, 308, 302] {
        let (b, b_log) = server("127.0.0.1", json(200, serde_json::json!({"_status": "OK"}))).await;
        let (a, a_log) = server(
            "127.0.0.1",
            redirect(status, format!("{b}/siebatchd/v1/validate")),
        )
        .await;
        let sie = SieBatch::builder()
            .api_key(SIE_KEY)
            .base_url(format!("{a}/siebatchd/v1/"))
            .retry(once())
            .build()
            .unwrap();
        let err = sie.validate().await.unwrap_err();
        let msg = err.to_string();
        assert!(
            msg.contains(host(&a)) && msg.contains(host(&b)),
            "{status}: {msg}"
        );
        assert_clean(&err, &[SIE_KEY]);
        assert_eq!(a_log.lock().unwrap()[0].method, "POST");
        assert!(saw_any(&a_log, SIE_KEY));
        assert!(b_log.lock().unwrap().is_empty(), "{status}");
        assert!(!saw_any(&b_log, "apikey"));
    }
}

// 3. TAXII discovery naming an API root on another origin: nothing is sent there.
#[tokio::test]
async fn taxii_discovered_api_root_on_another_origin_is_refused() {
    let collections = serde_json::json!({"collections": []});
    for basic in [false, true] {
        let (b, b_log) = server("127.0.0.1", json(200, collections.clone())).await;
        let root = format!("{b}/api1/");
        let (a, a_log) = server("127.0.0.1", json(200, discovery(&[root]))).await;
        let builder = Taxii::builder().url(format!("{a}/taxii2/")).retry(once());
        let builder = if basic {
            builder.basic_auth("alice", PASSWORD)
        } else {
            builder.bearer(KEY)
        };
        let taxii = builder.clone().build().unwrap();
        let err = taxii.collections().await.unwrap_err();
        assert!(matches!(err, Error::InvalidInput { .. }), "{err:?}");
        let msg = err.to_string();
        assert!(msg.contains(host(&a)) && msg.contains(host(&b)), "{msg}");
        assert_clean(&err, &[KEY, PASSWORD]);
        assert_eq!(a_log.lock().unwrap().len(), 1, "the discovery only");
        assert!(b_log.lock().unwrap().is_empty());

        // Allowed explicitly: the root is used.
        let taxii = builder.allow_origin(b.clone()).build().unwrap();
        assert!(taxii.collections().await.unwrap().is_empty());
        assert!(b_log.lock().unwrap()[0]
            .headers
            .contains_key("authorization"));
    }

    // Same port, another host name (localhost vs 127.0.0.1), or another
    // scheme: other origins, refused before any request.
    let (a, a_log) = server("127.0.0.1", |_| StatusCode::NOT_FOUND.into_response()).await;
    let port = a.rsplit(':').next().unwrap().to_string();
    for root in [
        format!("http://localhost:{port}/api1/"),
        format!("https://127.0.0.1:{port}/api1/"),
    ] {
        let (d, _) = server(
            "127.0.0.1",
            json(200, discovery(std::slice::from_ref(&root))),
        )
        .await;
        let taxii = Taxii::builder()
            .url(format!("{d}/taxii2/"))
            .bearer(KEY)
            .retry(once())
            .build()
            .unwrap();
        let err = taxii.collections().await.unwrap_err();
        assert!(matches!(err, Error::InvalidInput { .. }), "{root}: {err:?}");
        assert!(err.to_string().contains(host(&d)), "{err}");
    }
    assert!(a_log.lock().unwrap().is_empty());

    // A root the user names is trusted (no discovery involved).
    let (b, b_log) = server("127.0.0.1", json(200, collections)).await;
    let taxii = Taxii::builder()
        .url("http://127.0.0.1:9/taxii2/")
        .bearer(KEY)
        .retry(once())
        .build()
        .unwrap()
        .with_api_root(&format!("{b}/api1/"))
        .unwrap();
    taxii.collections().await.unwrap();
    assert_eq!(b_log.lock().unwrap().len(), 1);
}

// 4. A presigned download answering 302 to another host: followed, without
// Referer (which carried the signature).
#[tokio::test]
async fn presigned_redirect_is_followed_without_referer() {
    let (b, b_log) = server("127.0.0.1", |_| "line 1\nline 2\n".into_response()).await;
    let (a, a_log) = server("127.0.0.1", redirect(302, format!("{b}/bucket/obj"))).await;
    let sie = SieBatch::builder()
        .api_key(SIE_KEY)
        .base_url(format!("{a}/siebatchd/v1/"))
        .retry(once())
        .build()
        .unwrap();
    let url = PresignedUrl::parse(format!(
        "{a}/range/ch212/x?X-Amz-Credential={CRED}&X-Amz-Signature={SIG}"
    ))
    .unwrap();
    let mut out = Vec::new();
    let report = sie.download(&url, &mut out).await.unwrap();
    assert_eq!(out, b"line 1\nline 2\n");
    assert_eq!(report.bytes, 14);
    let seen = b_log.lock().unwrap().clone();
    assert_eq!(seen.len(), 1);
    assert!(!seen[0].headers.contains_key("referer"), "{seen:?}");
    assert!(!saw_any(&b_log, SIG) && !saw_any(&b_log, SIE_KEY));
    assert!(!a_log.lock().unwrap()[0].headers.contains_key("referer"));

    // To plain http off loopback: refused, naming both hosts, the signature never shown.
    let (c, _) = server(
        "127.0.0.1",
        redirect(302, "http://dl.example.invalid/obj".into()),
    )
    .await;
    let url = PresignedUrl::parse(format!("{c}/range/x?X-Amz-Signature={SIG}")).unwrap();
    let err = sie.download(&url, Vec::new()).await.unwrap_err();
    let msg = err.to_string();
    assert!(
        msg.contains(host(&c)) && msg.contains("dl.example.invalid"),
        "{msg}"
    );
    assert_clean(&err, &[SIG, SIE_KEY]);
}

// 5. Plain http to a host that is not loopback needs the opt-in.
#[tokio::test]
async fn plain_http_off_loopback_needs_the_opt_in() {
    let e = Taxii::builder()
        .url("http://taxii.example/taxii2/")
        .bearer(KEY)
        .build()
        .unwrap_err();
    assert!(matches!(e, Error::InvalidInput { .. }), "{e:?}");
    assert!(e.to_string().contains("allow_insecure_http"), "{e}");
    assert_clean(&e, &[KEY]);
    let e = SieBatch::builder()
        .api_key(SIE_KEY)
        .base_url("http://batch.example/siebatchd/v1/")
        .build()
        .unwrap_err();
    assert!(e.to_string().contains("--insecure-http"), "{e}");
    assert!(DefectDojo::builder()
        .url("http://dojo.example/")
        .token(KEY)
        .build()
        .is_err());
    // Opted in, or loopback: accepted.
    Taxii::builder()
        .url("http://taxii.example/taxii2/")
        .allow_insecure_http(true)
        .build()
        .unwrap();
    for ok in [
        "http://127.0.0.1:1/taxii2/",
        "http://127.3.2.1:1/taxii2/",
        "http://localhost:1/taxii2/",
        "http://[::1]:1/taxii2/",
        "https://taxii.example/taxii2/",
    ] {
        Taxii::builder().url(ok).bearer(KEY).build().unwrap();
    }
    // An explicit API root over plain http, off loopback.
    let t = Taxii::builder()
        .url("https://taxii.example/taxii2/")
        .build()
        .unwrap();
    assert!(t.api_root_at("http://taxii.example/api1/").is_err());

    // A presigned URL over plain http, off loopback: refused before any request.
    let sie = SieBatch::builder()
        .api_key(SIE_KEY)
        .base_url("http://127.0.0.1:9/siebatchd/v1/")
        .retry(once())
        .build()
        .unwrap();
    let url =
        PresignedUrl::parse(format!("http://dl.example.invalid/x?X-Amz-Signature={SIG}")).unwrap();
    let e = sie.download(&url, Vec::new()).await.unwrap_err();
    assert!(matches!(e, Error::InvalidInput { .. }), "{e:?}");
    assert!(e.to_string().contains("dl.example.invalid"), "{e}");
    assert_clean(&e, &[SIG]);
}

// 13. Whatever a server echoes back, no secret the client holds shows in the error.
#[tokio::test]
async fn echoed_secrets_are_scrubbed_from_every_error_field() {
    // TAXII Basic: the password and the encoded credentials.
    let basic = "YWxpY2U6cHctYmFzaWMtc2VjcmV0LTdkMmU="; // alice:pw-basic-secret-7d2e
    let (a, _) = server(
        "127.0.0.1",
        json(
            401,
            serde_json::json!({"title": format!("Unauthorized {PASSWORD}"),
                "description": format!("wrong password {PASSWORD} (Basic {basic})")}),
        ),
    )
    .await;
    let taxii = Taxii::builder()
        .url(format!("{a}/taxii2/"))
        .basic_auth("alice", PASSWORD)
        .retry(once())
        .build()
        .unwrap();
    let err = taxii.discover().await.unwrap_err();
    assert_eq!(err.status(), Some(401));
    assert!(err.to_string().contains("wrong password"), "{err}");
    assert_clean(&err, &[PASSWORD, basic]);

    // TAXII X-API-Key echoed in code, message, details and request id.
    let (a, _) = server(
        "127.0.0.1",
        json(
            403,
            serde_json::json!({"error": {"code": format!("bad_key_{KEY}"),
                "message": format!("key {KEY} refused"), "details": {"key": KEY},
                "request_id": KEY}}),
        ),
    )
    .await;
    let taxii = Taxii::builder()
        .url(format!("{a}/taxii2/"))
        .x_api_key(KEY)
        .retry(once())
        .build()
        .unwrap();
    let err = taxii.discover().await.unwrap_err();
    assert_clean(&err, &[KEY]);

    // SIE: the key echoed in the message, the detail and `invalid_parameters.reason`.
    let (a, _) = server(
        "127.0.0.1",
        json(
            403,
            serde_json::json!({"_status": "NOK", "_message": format!("key {SIE_KEY} invalid"),
                "detail": format!("apikey={SIE_KEY}"), "status": 403, "logid": "l-1",
                "type": "invalid-parameters",
                "invalid_parameters": {"name": "apikey", "reason": format!("{SIE_KEY} is not provisioned")}}),
        ),
    )
    .await;
    let sie = SieBatch::builder()
        .api_key(SIE_KEY)
        .base_url(format!("{a}/siebatchd/v1/"))
        .retry(once())
        .build()
        .unwrap();
    let err = sie.validate().await.unwrap_err();
    assert!(err.to_string().contains("is not provisioned"), "{err}");
    assert_clean(&err, &[SIE_KEY]);

    // DefectDojo: the token echoed in field errors (names and messages).
    let (a, _) = server(
        "127.0.0.1",
        json(
            400,
            serde_json::json!({"name": [format!("token {KEY} may not create")], KEY: ["echoed"]}),
        ),
    )
    .await;
    let dd = DefectDojo::builder()
        .url(format!("{a}/"))
        .token(KEY)
        .retry(once())
        .build()
        .unwrap();
    let err = dd
        .create_product(
            types::ProductRequest::builder()
                .name("Shop")
                .description("d")
                .prod_type(1),
        )
        .await
        .unwrap_err();
    assert_eq!(err.status(), Some(400));
    assert!(err.to_string().contains("may not create"), "{err}");
    assert_clean(&err, &[KEY]);

    // A presigned URL's signature and credential echoed by the storage server.
    let (a, _) = server("127.0.0.1", move |_| {
        (
            StatusCode::FORBIDDEN,
            format!(
                "<?xml version=\"1.0\"?><Error><Code>SignatureDoesNotMatch</Code><Message>signature {SIG} for {CRED} does not match; got X-Amz-Signature=other-sig-value</Message></Error>"
            ),
        )
            .into_response()
    })
    .await;
    let url = PresignedUrl::parse(format!(
        "{a}/range/x?X-Amz-Credential={CRED}&X-Amz-Signature={SIG}"
    ))
    .unwrap();
    let err = sie.download(&url, Vec::new()).await.unwrap_err();
    assert_eq!(err.status(), Some(403));
    assert!(err.to_string().contains("does not match"), "{err}");
    assert_clean(&err, &[SIG, CRED, "other-sig-value"]);
}
