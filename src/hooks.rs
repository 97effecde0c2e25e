//! Glue between progenitor-generated clients and the crate's core.
//!
//! Every generated client carries a [`Hooks`] value (progenitor's "inner
//! type"); [`impl_retry_hooks!`](crate::impl_retry_hooks) implements
//! `progenitor_client::ClientHooks` for it so that every generated call goes
//! through the shared [`RetryPolicy`](crate::RetryPolicy), and
//! [`convert_error`] turns generated errors into the crate's [`Error`].

use crate::config::HttpCore;
use crate::error::{Error, Service};

/// State carried by each generated client: the service's HTTP core.
#[derive(Clone, Debug)]
pub struct Hooks {
    /// The core the generated calls run on.
    pub core: HttpCore,
}

/// Implements `ClientHooks<Hooks>` for a generated `Client`: the request is
/// sent through the shared retry policy (idempotent methods only), and the
/// `api-version` header progenitor adds is removed.
#[macro_export]
#[doc(hidden)]
macro_rules! impl_retry_hooks {
    ($client:path) => {
        impl ::progenitor_client::ClientHooks<$crate::hooks::Hooks> for $client {
            async fn exec(
                &self,
                mut request: ::reqwest::Request,
                info: &::progenitor_client::OperationInfo,
            ) -> ::reqwest::Result<::reqwest::Response> {
                let hooks = ::progenitor_client::ClientInfo::inner(self);
                request.headers_mut().remove("api-version");
                hooks
                    .core
                    .retry_policy()
                    .send(
                        hooks.core.service(),
                        info.operation_id,
                        ::progenitor_client::ClientInfo::client(self),
                        request,
                        false,
                    )
                    .await
            }
        }
    };
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
        progenitor_client::Error::CommunicationError(e)
        | progenitor_client::Error::InvalidUpgrade(e)
        | progenitor_client::Error::ResponseBodyError(e) => Error::from_reqwest(service, e),
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
