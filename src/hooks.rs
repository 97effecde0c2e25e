//! Glue between progenitor-generated clients and the crate's core.
//!
//! Every generated client carries a [`Hooks`] value (progenitor's "inner
//! type"). Its `exec` hook runs each generated call the way the crate's own
//! calls run (see [`crate::retry`]): the success body is read whole, within
//! the client's [`max_body`](crate::ClientBuilder::max_body), *inside* the
//! retried exchange, so a body cut mid-way is fetched again like an error
//! status. A read (idempotent method) is retried on anything retryable; a
//! write only when the service certainly did not act on it (`429`, or a
//! connection that was never made). [`convert_error`] turns generated errors
//! into the crate's [`Error`].

use std::future::Future;
use std::sync::Mutex;

use crate::config::HttpCore;
use crate::error::{Error, Service};
use crate::retry::{is_idempotent, is_retryable_status, retry_after_from_headers, Decision};

/// State carried by each generated client: the service's HTTP core (its
/// retry policy decides how the client's calls are retried).
#[derive(Clone, Debug)]
pub struct Hooks {
    core: HttpCore,
}

impl Hooks {
    /// Hooks running calls on `core`.
    pub(crate) fn new(core: HttpCore) -> Self {
        Hooks { core }
    }

    /// The core the calls run on.
    pub(crate) fn core(&self) -> &HttpCore {
        &self.core
    }
}

/// Implements `ClientHooks<Hooks>` for a generated `Client` (see the
/// [module docs](self)); the optional second argument rewrites error
/// responses before the generated code parses them.
macro_rules! impl_retry_hooks {
    ($client:path) => {
        $crate::hooks::impl_retry_hooks!($client, |r: ::reqwest::Response| async { r });
    };
    ($client:path, $normalize:expr) => {
        impl ::progenitor_client::ClientHooks<$crate::hooks::Hooks> for $client {
            async fn exec(
                &self,
                request: ::reqwest::Request,
                info: &::progenitor_client::OperationInfo,
            ) -> ::reqwest::Result<::reqwest::Response> {
                $crate::hooks::exec(
                    ::progenitor_client::ClientInfo::inner(self),
                    ::progenitor_client::ClientInfo::client(self),
                    request,
                    info.operation_id,
                    $normalize,
                )
                .await
            }
        }
    };
}
pub(crate) use impl_retry_hooks;

/// An error the hooks hand through progenitor inside a response body (a
/// limit that tripped, a body still cut after the retries), taken back out by
/// [`convert_error`].
#[derive(Debug)]
struct Carried(Mutex<Option<Error>>);

impl std::fmt::Display for Carried {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.0.lock().ok().as_deref().and_then(Option::as_ref) {
            Some(e) => write!(f, "{e}"),
            None => f.write_str("the response body could not be read"),
        }
    }
}

impl std::error::Error for Carried {}

/// What one attempt of a generated call gave.
enum Attempt {
    /// A response: an error status as it came, or a success with its whole body.
    Answer(reqwest::Response),
    /// The request could not be sent.
    Send(reqwest::Error),
    /// The success body (of this status) could not be read whole.
    Read(http::StatusCode, Error),
}

/// Runs one generated call (see the [module docs](self)); `normalize`
/// rewrites an error response before the generated code parses it.
pub(crate) async fn exec<N, NF>(
    hooks: &Hooks,
    client: &reqwest::Client,
    mut request: reqwest::Request,
    operation: &str,
    normalize: N,
) -> reqwest::Result<reqwest::Response>
where
    N: Fn(reqwest::Response) -> NF,
    NF: Future<Output = reqwest::Response>,
{
    request.headers_mut().remove("api-version");
    let core = &hooks.core;
    let read = is_idempotent(request.method());
    // JSON answers are read whole inside the exchange; streamed ones (an
    // event stream, a download) are handed over as they come.
    let whole = request
        .headers()
        .get(http::header::ACCEPT)
        .is_some_and(|v| v.as_bytes().starts_with(b"application/json"));
    let outcome = if request.try_clone().is_none() {
        // A streamed request body cannot be sent twice.
        attempt(core, client, request, whole).await
    } else {
        core.retry_policy()
            .run(
                core.service(),
                operation,
                |_| attempt(core, client, request.try_clone().expect("clonable"), whole),
                |a: &Attempt| classify(a, read),
            )
            .await
    };
    match outcome {
        Attempt::Answer(resp) if resp.status().is_success() => Ok(resp),
        Attempt::Answer(resp) => Ok(normalize(resp).await),
        Attempt::Send(e) => Err(e),
        Attempt::Read(status, e) => Ok(carrying(status, e)),
    }
}

/// One attempt: the response, with a success body read whole when `whole`.
async fn attempt(
    core: &HttpCore,
    client: &reqwest::Client,
    req: reqwest::Request,
    whole: bool,
) -> Attempt {
    // Through the client's request budget and meter (see crate::budget).
    let resp = match core.gate().execute(client, req).await {
        Ok(r) => r,
        Err(e) => return Attempt::Send(e),
    };
    if !whole || !resp.status().is_success() {
        return Attempt::Answer(resp);
    }
    let (status, headers) = (resp.status(), resp.headers().clone());
    match core.read_body(resp).await {
        Ok(body) => {
            let mut out = http::Response::new(body);
            *out.status_mut() = status;
            *out.headers_mut() = headers;
            Attempt::Answer(reqwest::Response::from(out))
        }
        Err(e) => Attempt::Read(status, e),
    }
}

/// Whether an attempt is worth another: reads on anything retryable, writes
/// only when the service certainly did not act.
fn classify(a: &Attempt, read: bool) -> Decision {
    let retry = |after, status| Decision::Retry { after, status };
    match a {
        Attempt::Answer(resp) => {
            let status = resp.status().as_u16();
            let again = if read {
                is_retryable_status(status)
            } else {
                status == 429
            };
            if again {
                retry(retry_after_from_headers(status, resp.headers()), status)
            } else {
                Decision::Done
            }
        }
        Attempt::Send(e) if e.is_builder() || e.is_redirect() => Decision::Done,
        Attempt::Send(e) if read || e.is_connect() => retry(None, 0),
        Attempt::Send(_) => Decision::Done,
        Attempt::Read(_, e) if read && e.is_retryable() => retry(e.retry_after(), 0),
        Attempt::Read(..) => Decision::Done,
    }
}

/// A success response (of `status`, so that the generated code reads its
/// body) whose body fails with `e` when it is read.
fn carrying(status: http::StatusCode, e: Error) -> reqwest::Response {
    let carried = Carried(Mutex::new(Some(e)));
    let body = reqwest::Body::wrap_stream(futures::stream::once(async move {
        Err::<bytes::Bytes, Carried>(carried)
    }));
    let mut out = http::Response::new(body);
    *out.status_mut() = status;
    reqwest::Response::from(out)
}

/// The error the hooks carried through a body, if `e` holds one.
fn carried(e: &(dyn std::error::Error + 'static)) -> Option<Error> {
    let mut cur = Some(e);
    while let Some(c) = cur {
        if let Some(c) = c.downcast_ref::<Carried>() {
            return c.0.lock().ok()?.take();
        }
        cur = c.source();
    }
    None
}

/// Converts a generated client's error into the crate's [`Error`], parsing
/// error bodies with the service's own parser.
pub async fn convert_error<E: serde::Serialize>(
    core: &HttpCore,
    err: progenitor_client::Error<E>,
) -> Error {
    let service: Service = core.service();
    match err {
        progenitor_client::Error::InvalidRequest(m) => Error::invalid_input(m),
        progenitor_client::Error::Custom(m) => Error::invalid_input(m),
        progenitor_client::Error::ResponseBodyError(e) => {
            carried(&e).unwrap_or_else(|| Error::from_reqwest(service, e))
        }
        progenitor_client::Error::CommunicationError(e)
        | progenitor_client::Error::InvalidUpgrade(e) => Error::from_reqwest(service, e),
        progenitor_client::Error::ErrorResponse(rv) => {
            let status = rv.status().as_u16();
            let headers = rv.headers().clone();
            let body = serde_json::to_vec(&rv.into_inner()).unwrap_or_default();
            core.error_from_parts(status, &headers, &body).into()
        }
        progenitor_client::Error::InvalidResponsePayload(body, e) => {
            Error::decode(service, e, &body)
        }
        progenitor_client::Error::UnexpectedResponse(resp) => {
            let status = resp.status().as_u16();
            if resp.status().is_success() {
                return Error::protocol(service, format!("unexpected success status {status}"));
            }
            let headers = resp.headers().clone();
            let body = crate::config::read_limited(resp, 64 * 1024).await;
            core.error_from_parts(status, &headers, &body).into()
        }
    }
}
