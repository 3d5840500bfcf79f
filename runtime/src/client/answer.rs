//! A whole answer: read within the client's limit, and classified (decoded as the operation's
//! success, or as its error).

use std::future::Future;

use futures_util::future::Either;

use super::request::Prepared;
use super::send::transport_error;
use super::Client;
use crate::error::{read_limited, Error, ErrorBody, ReadError};
use crate::operation::{Operation, OperationDescriptor};
use crate::response::{Response, ResponseMeta};
use crate::retry::{Failure, Retrier, Stop, Try, Wait};

impl Client {
    /// Warns, once per operation version, that the server calls it deprecated or past its
    /// sunset.
    pub(super) fn warn_deprecated(&self, d: &OperationDescriptor, meta: &ResponseMeta) {
        if !(meta.past_sunset || meta.deprecation.is_some() || meta.sunset.is_some()) {
            return;
        }
        let first = self
            .inner
            .warned
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .insert((d.operation_id, d.version));
        if first {
            tracing::warn!(
                operation = d.operation_id,
                version = d.version.unwrap_or("-"),
                spec_sunset = d.sunset.unwrap_or("-"),
                deprecation = meta.deprecation.as_deref().unwrap_or("-"),
                sunset = meta.sunset.as_deref().unwrap_or("-"),
                "this API version is deprecated or past its sunset date; move to a newer version"
            );
        }
    }

    /// One attempt of a call whose answer is read whole.
    async fn attempt<O: Operation>(
        &self,
        d: &'static OperationDescriptor,
        call: &Prepared,
        span: &tracing::Span,
        t: Try,
    ) -> Result<Response<O::Response>, Stop>
    where
        O::Error: ErrorBody,
    {
        let (resp, meta) = self.attempt_head(d, call, span, t, false).await?;
        let status = meta.status;
        let limit = self.inner.max_response_bytes;
        match read_limited(resp, limit).await {
            Ok(bytes) => {
                crate::logging::answer_body(status, t.number, &bytes);
                Ok(self.finish::<O>(d, meta, &bytes)?)
            }
            Err(ReadError::TooLarge) => Err(Stop::Fail(Error::BodyTooLarge { status, limit })),
            Err(ReadError::Transport(_)) if t.retries(Failure::Read) => Err(Stop::Retry(Wait {
                status: Some(status),
                retry_after: None,
            })),
            Err(ReadError::Transport(e)) => Err(Stop::Fail(transport_error(d, &e, t.number))),
        }
    }

    /// Sends `call` until an answer that is not retried comes back, within the call's
    /// deadline, and reads and classifies that answer.
    pub(super) async fn run<O: Operation>(
        &self,
        d: &'static OperationDescriptor,
        call: &Prepared,
        span: &tracing::Span,
    ) -> Result<Response<O::Response>, Error>
    where
        O::Error: ErrorBody,
    {
        let retrier = self.retrier(d, call);
        let attempts = retrier.run(|t| self.attempt::<O>(d, call, span, t));
        within_deadline(d, call, &retrier, attempts).await
    }

    /// Classifies an answer read whole: `O`'s success, or its error.
    pub(super) fn finish<O: Operation>(
        &self,
        d: &'static OperationDescriptor,
        meta: ResponseMeta,
        body: &[u8],
    ) -> Result<Response<O::Response>, Error>
    where
        O::Error: ErrorBody,
    {
        self.warn_deprecated(d, &meta);
        crate::decode::read::<O>(d, meta, body, crate::decode::declared_error::<O::Error>)
    }
}

/// `attempts`, the retry loop of `call`, ended by [`Error::Timeout`] should the call's deadline
/// pass first.
///
/// Not an `async fn`: that would keep `attempts` in its state beside the await that takes it, and
/// every call's state embeds this one. Without a deadline the loop is awaited as it is.
pub(super) fn within_deadline<'a, T: 'a>(
    d: &'a OperationDescriptor,
    call: &Prepared,
    retrier: &'a Retrier<'_>,
    attempts: impl Future<Output = Result<T, Error>> + 'a,
) -> impl Future<Output = Result<T, Error>> + 'a {
    let Some(deadline) = call.deadline else {
        return Either::Left(attempts);
    };
    // Boxed: the timer would add to the state of every call.
    let timed = Box::pin(tokio::time::timeout(deadline, attempts));
    Either::Right(async move {
        match timed.await {
            Ok(answer) => answer,
            Err(_) => Err(Error::Timeout {
                operation: d.operation_id,
                attempts: retrier.attempts(),
            }),
        }
    })
}
