//! Secrets never show: not in the `Debug` of a builder, a configuration or an
//! HTTP core, not in a request (transport) error, not in an error built from
//! a failed response — even when the server echoes the key back.

use std::time::Duration;

use secops::config::{parse_error_generic, HttpCore};
use secops::{ApiErrorKind, Auth, ClientBuilder, Error, RetryPolicy, Secret, Service};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;

const KEY: &str = "sk-test-4c1f9e0b7a2d";
const PROXY_PW: &str = "proxy-pw-77aa";
const URL_PW: &str = "url-pw-31bd";

fn assert_clean(what: &str, text: &str) {
    for s in [KEY, PROXY_PW, URL_PW, "sig-5e5e"] {
        assert!(!text.contains(s), "{what} shows a secret ({s}): {text}");
    }
}

struct Svc;

fn builder(base: &str) -> ClientBuilder<Svc> {
    ClientBuilder::new()
        .api_key(KEY)
        .base_url(base)
        .proxy(format!("http://user:{PROXY_PW}@127.0.0.1:9"))
        .retry(RetryPolicy::none())
        .timeout(Duration::from_secs(5))
}

fn core(base: &str, proxy: bool) -> HttpCore {
    let mut b = builder(base);
    if !proxy {
        b = ClientBuilder::new()
            .api_key(KEY)
            .base_url(base)
            .retry(RetryPolicy::none())
            .timeout(Duration::from_secs(5));
    }
    HttpCore::new(
        Service::Defendis,
        b.config(),
        "https://x.invalid",
        Auth::Bearer,
        parse_error_generic,
    )
    .unwrap()
}

#[test]
fn debug_of_builders_configs_and_cores_is_redacted() {
    let base = format!("https://bob:{URL_PW}@api.example/v1?token=sig-5e5e");
    let b = builder(&base);
    assert_clean("ClientBuilder", &format!("{b:?}"));
    assert_clean("ClientConfig", &format!("{:?}", b.config()));
    let c = core(&base, true);
    assert_clean("HttpCore", &format!("{c:?} {:?}", c.http()));
    // The useful parts are still there.
    let d = format!("{c:?}");
    assert!(
        d.contains("api.example/v1") && d.contains("Defendis"),
        "{d}"
    );
    // Every Auth form.
    for auth in [
        Auth::Bearer(Secret::new(KEY)),
        Auth::Token(Secret::new(KEY)),
        Auth::Basic {
            username: "u".into(),
            password: Secret::new(KEY),
        },
        Auth::Header {
            name: http::HeaderName::from_static("x-api-key"),
            key: Secret::new(KEY),
        },
    ] {
        assert_clean("Auth", &format!("{auth:?}"));
        let b = ClientBuilder::<Svc>::new().auth(auth);
        let c = HttpCore::new(
            Service::Taxii,
            b.config(),
            "https://t.example",
            Auth::Bearer,
            parse_error_generic,
        )
        .unwrap();
        assert_clean("HttpCore", &format!("{c:?} {:?}", c.http()));
    }
    // An unparseable base URL is not shown at all.
    let b = ClientBuilder::<Svc>::new().base_url(format!("::{KEY}::"));
    assert_clean("ClientBuilder", &format!("{b:?}"));
}

#[tokio::test]
async fn a_request_error_does_not_show_the_key_or_the_query() {
    // A port with nothing listening.
    let port = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap().port()
    };
    let c = core(&format!("http://127.0.0.1:{port}/"), false);
    let req = c
        .http()
        .get(format!(
            "http://127.0.0.1:{port}/download?X-Amz-Signature=sig-5e5e&key={KEY}"
        ))
        .build()
        .unwrap();
    let err = c.send("download", req, false).await.unwrap_err();
    assert!(matches!(err, Error::Transport { .. }), "{err:?}");
    assert_clean("Transport error", &format!("{err} {err:?}"));
    let mut source = std::error::Error::source(&err);
    while let Some(s) = source {
        assert_clean("error source", &format!("{s} {s:?}"));
        source = s.source();
    }
}

/// Answers every request with 401 and a body that echoes the request's
/// Authorization header, as a careless server might.
async fn echoing_server() -> String {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}/", listener.local_addr().unwrap());
    tokio::spawn(async move {
        while let Ok((mut conn, _)) = listener.accept().await {
            let mut buf = vec![0u8; 8192];
            let mut len = 0;
            while !buf[..len].windows(4).any(|w| w == b"\r\n\r\n") {
                let n = conn.read(&mut buf[len..]).await.unwrap_or(0);
                if n == 0 {
                    break;
                }
                len += n;
            }
            let head = String::from_utf8_lossy(&buf[..len]).to_string();
            let auth = head
                .lines()
                .find_map(|l| {
                    l.strip_prefix("authorization: ")
                        .or_else(|| l.strip_prefix("Authorization: "))
                })
                .unwrap_or("")
                .to_string();
            let body = serde_json::json!({"error": "Unauthorized", "message": format!("invalid credentials: {auth}")}).to_string();
            let resp = format!(
                "HTTP/1.1 401 Unauthorized\r\ncontent-type: application/json\r\nx-request-id: req-123\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
                body.len()
            );
            let _ = conn.write_all(resp.as_bytes()).await;
        }
    });
    url
}

#[tokio::test]
async fn a_failed_response_error_is_scrubbed_and_says_what_to_do() {
    let base = echoing_server().await;
    let c = core(&base, false);
    let req = c.http().get(c.url("watchlists").unwrap()).build().unwrap();
    let err = c.send("list_watchlists", req, false).await.unwrap_err();
    let text = format!("{err} {err:?}");
    assert_clean("API error", &text);
    // The server did echo it: the scrubbing is what kept it out.
    assert!(
        text.contains("invalid credentials: Bearer [redacted]"),
        "{text}"
    );
    assert_eq!(err.status(), Some(401));
    assert_eq!(err.api_kind(), Some(&ApiErrorKind::Unauthorized));
    assert_eq!(err.request_id(), Some("req-123"));
    assert!(err.is_auth() && !err.is_retryable());
    assert!(err.to_string().contains("DEFENDIS_API_KEY"), "{err}");
}
