//! The one request sequence of the hand-written calls: build → execute →
//! check the status → read the body (capped) → decode, retried as a whole.
//!
//! Every hand-written call of the five services (Defendis raw pages, SIE
//! Batch calls, TAXII resources, Sandbox submissions, DefectDojo uploads)
//! goes through [`HttpCore::exchange`]; the generated clients' calls go
//! through the same retry policy in [`crate::hooks`]. When a request may be
//! sent again is said once, by a [`Resend`]:
//!
//! - a read ([`Resend::Exchange`]) is retried as a whole — status *and* body:
//!   a body cut mid-way is fetched again, never half-used;
//! - a write ([`Resend::Write`]) is sent again only when its classifier (one
//!   of the named write classifiers of [`crate::retry`]) says the service
//!   certainly did not act on it; once a success status has come back its
//!   body is read once, never by sending the write again.

use std::future::Future;

use http::HeaderMap;

use crate::config::HttpCore;
use crate::error::{Error, Result};
use crate::retry::{classify_result, Decision};

/// When a request may be sent again (see the [module docs](self)).
#[derive(Clone, Copy)]
pub(crate) enum Resend {
    /// A read: the whole exchange is retried on anything retryable.
    Exchange,
    /// One attempt: a caller retries around it (a paginator's page, the
    /// TAXII key-header fallback).
    Once,
    /// A write: sent again only when the classifier says so, on the outcome
    /// of sending it (the body is read once).
    Write(fn(&reqwest::Result<reqwest::Response>) -> Decision),
}

/// A response whose status was a success: its status, headers and whole body.
pub(crate) struct Answer {
    /// The status code.
    pub status: u16,
    /// The headers.
    pub headers: HeaderMap,
    /// The body, read whole (at most [`HttpCore::max_body`] bytes).
    pub body: bytes::Bytes,
}

impl HttpCore {
    /// Runs one call: `build` makes the request for each attempt (it may open
    /// files), the response's error status becomes an [`Error::Api`] parsed
    /// by the service's parser, the body is read whole within the client's
    /// limit, and `decode` turns it into the result. How the call is retried
    /// is said by `resend`. Every error is scrubbed of the client's secrets.
    pub(crate) async fn exchange<T, B, BF, D>(
        &self,
        operation: &str,
        resend: Resend,
        build: B,
        decode: D,
    ) -> Result<T>
    where
        B: Fn() -> BF,
        BF: Future<Output = Result<reqwest::Request>>,
        D: Fn(Answer) -> Result<T>,
    {
        let attempt = |resp: reqwest::Result<reqwest::Response>| async {
            let resp = resp.map_err(|e| Error::from_reqwest(self.service, e))?;
            let resp = self.check(resp).await?;
            let status = resp.status().as_u16();
            let headers = resp.headers().clone();
            let body = self.read_body(resp).await?;
            decode(Answer {
                status,
                headers,
                body,
            })
        };
        let out = match resend {
            Resend::Once => match build().await {
                Ok(req) => attempt(self.http.execute(req).await).await,
                Err(e) => Err(e),
            },
            Resend::Exchange => {
                self.retry
                    .run(
                        self.service,
                        operation,
                        |_| async {
                            let req = build().await?;
                            attempt(self.http.execute(req).await).await
                        },
                        classify_result,
                    )
                    .await
            }
            Resend::Write(classify) => {
                let sent = self
                    .retry
                    .run(
                        self.service,
                        operation,
                        |_| async {
                            let req = build().await?;
                            Ok(self.http.execute(req).await)
                        },
                        |o: &Result<reqwest::Result<reqwest::Response>>| match o {
                            Ok(r) => classify(r),
                            Err(_) => Decision::Done,
                        },
                    )
                    .await;
                match sent {
                    Ok(resp) => attempt(resp).await,
                    Err(e) => Err(e),
                }
            }
        };
        out.map_err(|e| self.scrub_error(e))
    }

    /// GET a JSON document under the base URL, retried as a whole (status,
    /// body and decode): the document and the response's headers.
    pub async fn get_json<T, Q>(
        &self,
        operation: &str,
        path: &str,
        query: &Q,
    ) -> Result<(T, HeaderMap)>
    where
        T: serde::de::DeserializeOwned,
        Q: serde::Serialize + ?Sized,
    {
        let url = self.url(path)?;
        self.exchange(
            operation,
            Resend::Exchange,
            || async { self.build(self.http.get(url.clone()).query(query)) },
            |a| Ok((self.decode_json(&a.body)?, a.headers)),
        )
        .await
    }

    /// [`exchange`](Self::exchange) with a JSON body decoded into `T`.
    pub(crate) async fn exchange_json<T, B, BF>(
        &self,
        operation: &str,
        resend: Resend,
        build: B,
    ) -> Result<T>
    where
        T: serde::de::DeserializeOwned,
        B: Fn() -> BF,
        BF: Future<Output = Result<reqwest::Request>>,
    {
        self.exchange(operation, resend, build, |a| self.decode_json(&a.body))
            .await
    }

    /// Decodes a JSON body; the error quotes the start of the body, scrubbed.
    pub(crate) fn decode_json<T: serde::de::DeserializeOwned>(&self, body: &[u8]) -> Result<T> {
        serde_json::from_slice(body)
            .map_err(|e| self.scrub_error(Error::decode(self.service, e, body)))
    }

    /// Builds a request, mapping a builder error to the crate's.
    pub(crate) fn build(&self, builder: reqwest::RequestBuilder) -> Result<reqwest::Request> {
        builder
            .build()
            .map_err(|e| Error::from_reqwest(self.service, e))
    }
}
