//! One attempt of a call: the request sent with its `Authorization`, a `401` answered once
//! (a digest challenge, or a refused token replaced), and the head that comes back, or why none
//! counts.

use reqwest::header::HeaderValue;
use url::Position;

use super::builder::own_http_builder;
use super::request::Prepared;
use super::Client;
use crate::auth::{AttemptError, First, Request, TokenEndpoint};
use crate::error::{describe, Error};
use crate::logging::{Bodies, Exchange};
use crate::operation::{Method, OperationDescriptor};
use crate::response::{response_meta, ResponseMeta};
use crate::retry::{Failure, Retrier, RetryKind, Stop, Try, Wait};

impl Client {
    /// Sends the call's request once, with `auth` as its `Authorization`. Not `streamed`: the
    /// call's attempt timeout, else the client's request timeout, bounds the whole request.
    async fn raw(
        &self,
        d: &OperationDescriptor,
        call: &Prepared,
        attempt: u32,
        auth: Option<HeaderValue>,
        streamed: bool,
    ) -> Result<reqwest::Response, reqwest::Error> {
        let method = match d.method {
            Method::Get => reqwest::Method::GET,
            Method::Post => reqwest::Method::POST,
            Method::Put => reqwest::Method::PUT,
            Method::Patch => reqwest::Method::PATCH,
            Method::Delete => reqwest::Method::DELETE,
            Method::Head => reqwest::Method::HEAD,
            Method::Options => reqwest::Method::OPTIONS,
            Method::Trace => reqwest::Method::TRACE,
        };
        let inner = &self.inner;
        let http = if streamed && inner.own_http {
            inner.stream_http.get_or_init(|| {
                own_http_builder(inner.connect_timeout)
                    .build()
                    // The same settings built `http` already; should they not build again, the
                    // stream is bounded by the request timeout as a whole.
                    .unwrap_or_else(|_| call.http.clone())
            })
        } else {
            &call.http
        };
        let mut req = http
            .request(method, call.url.clone())
            .header(reqwest::header::ACCEPT, d.accept)
            .header(reqwest::header::USER_AGENT, call.user_agent.clone());
        if !streamed {
            // The client's own `http` has the request timeout built in; a caller's gets it here.
            match call.attempt_timeout {
                Some(t) => req = req.timeout(t),
                None if !inner.own_http => req = req.timeout(inner.request_timeout),
                None => {}
            }
        }
        if let (Some(ct), Some(b)) = (d.content_type, &call.body) {
            req = req
                .header(reqwest::header::CONTENT_TYPE, ct)
                .body(b.to_vec());
        }
        if let Some(value) = auth {
            req = req.header(reqwest::header::AUTHORIZATION, value);
        }
        // Header parameters and a call's headers never name the headers set above
        // (`sendable_header` refuses them).
        for (name, value) in &call.headers {
            req = req.header(name.clone(), value.clone());
        }
        let request = req.build()?;
        let exchange = Exchange::start(&request, attempt, Bodies::Shown);
        let sent = http.execute(request).await;
        exchange.answered(d.method.as_str(), &call.url, &sent);
        sent
    }

    /// One attempt, with authentication. Not `streamed`: the request timeout bounds the whole
    /// request, body included. `streamed`: the caller bounds the wait for the head itself.
    async fn send_authed(
        &self,
        d: &OperationDescriptor,
        call: &Prepared,
        attempt: u32,
        streamed: bool,
    ) -> Result<reqwest::Response, AttemptError> {
        let auth = &self.inner.auth;
        // The send is awaited here, not inside a future of the authentication's: see
        // `AuthState::first`. Fetching a token and answering a `401` are boxed, being rare,
        // and what only they need is made there, not kept across the send.
        let First { header, on_refusal } = match auth.first(&signed(d, call)) {
            Ok(first) => first,
            Err(account) => Box::pin(account.fetch_first(&self.token_endpoint(d, call))).await?,
        };
        let resp = self.raw(d, call, attempt, header, streamed).await?;
        if resp.status().as_u16() != 401 {
            return Ok(resp);
        }
        Box::pin(async move {
            let send = |auth| self.raw(d, call, attempt, auth, streamed);
            let request = signed(d, call);
            auth.refused(
                &self.token_endpoint(d, call),
                &request,
                on_refusal,
                resp,
                &send,
            )
            .await
        })
        .await
    }

    /// Where and how a service account's token is fetched for `call`.
    fn token_endpoint<'a>(
        &'a self,
        d: &OperationDescriptor,
        call: &'a Prepared,
    ) -> TokenEndpoint<'a> {
        let inner = &self.inner;
        TokenEndpoint {
            http: &call.http,
            url: &inner.token_url,
            policy: &inner.retry,
            max_attempts: call.max_attempts,
            hook: inner.on_retry.as_ref(),
            operation: d.operation_id,
            user_agent: &inner.user_agent,
            // The client's own `http` has the request timeout built in; a caller's gets it here.
            timeout: (!inner.own_http).then_some(inner.request_timeout),
        }
    }

    /// The retry loop of a call of `d`: the client's policy with the call's attempts, the
    /// client's hook, and `d`'s idempotence.
    pub(super) fn retrier(&self, d: &'static OperationDescriptor, call: &Prepared) -> Retrier<'_> {
        Retrier::new(&self.inner.retry, d.operation_id, RetryKind::Call)
            .max_attempts(call.max_attempts)
            .hook(self.inner.on_retry.as_ref())
            .idempotent(!matches!(d.method, Method::Post))
    }

    /// One attempt up to the answer's head: the head and its metadata, unless the attempt is
    /// to be retried or ends the call. `streamed`: the body is to be streamed, so the attempt
    /// timeout bounds the wait for the head only.
    pub(super) async fn attempt_head(
        &self,
        d: &'static OperationDescriptor,
        call: &Prepared,
        span: &tracing::Span,
        t: Try,
        streamed: bool,
    ) -> Result<(reqwest::Response, ResponseMeta), Stop> {
        span.record("attempt", t.number);
        let sent = if streamed {
            let send = self.send_authed(d, call, t.number, true);
            let timeout = call.attempt_timeout.unwrap_or(self.inner.request_timeout);
            // Boxed: the timer would add to the state of every call, streamed or not.
            match Box::pin(tokio::time::timeout(timeout, send)).await {
                Ok(sent) => sent,
                Err(_) if t.retries(Failure::Elapsed) => return Err(Stop::Retry(Wait::default())),
                Err(_) => {
                    return Err(Stop::Fail(Error::Timeout {
                        operation: d.operation_id,
                        attempts: t.number,
                    }))
                }
            }
        } else {
            self.send_authed(d, call, t.number, false).await
        };
        let resp = match sent {
            Ok(resp) => resp,
            Err(AttemptError::Fatal(e)) => return Err(Stop::Fail(e)),
            Err(AttemptError::Transport(e)) if t.retries(Failure::Send(&e)) => {
                return Err(Stop::Retry(Wait::default()))
            }
            Err(AttemptError::Transport(e)) => {
                return Err(Stop::Fail(transport_error(d, &e, t.number)))
            }
        };
        let status = resp.status().as_u16();
        span.record("status", status);
        let meta = response_meta(d, status, resp.headers(), t.number);
        if t.retries(Failure::Status(status)) {
            return Err(Stop::Retry(Wait {
                status: Some(status),
                retry_after: meta.retry_after,
            }));
        }
        Ok((resp, meta))
    }
}

/// What a digest answer signs of a call's request.
fn signed<'a>(d: &OperationDescriptor, call: &'a Prepared) -> Request<'a> {
    Request {
        method: d.method.as_str(),
        uri: &call.url[Position::BeforePath..],
        body: call.body.as_deref().unwrap_or_default(),
    }
}

pub(super) fn transport_error(d: &OperationDescriptor, e: &reqwest::Error, attempts: u32) -> Error {
    if e.is_timeout() {
        Error::Timeout {
            operation: d.operation_id,
            attempts,
        }
    } else if e.is_connect() {
        Error::Connect {
            operation: d.operation_id,
            attempts,
            message: describe(e),
        }
    } else {
        Error::Transport {
            operation: d.operation_id,
            attempts,
            message: describe(e),
        }
    }
}
