//! A success body handed over as a stream of chunks ([`Client::execute_stream`]).

use super::answer::within_deadline;
use super::request::Prepared;
use super::send::transport_error;
use super::Client;
use crate::binary::ByteStream;
use crate::error::{excerpt, read_limited, Error, ErrorBody, ReadError};
use crate::operation::{Operation, OperationDescriptor};
use crate::response::Response;

impl Client {
    /// Sends `call` until an answer that is not retried comes back, within the call's
    /// deadline, and hands a success body over as a stream; an error is read whole.
    pub(super) async fn run_stream<O: Operation>(
        &self,
        d: &'static OperationDescriptor,
        call: &Prepared,
        span: &tracing::Span,
    ) -> Result<Response<ByteStream>, Error>
    where
        O::Error: ErrorBody,
    {
        let limit = self.inner.max_response_bytes;
        let timeout = call.attempt_timeout.unwrap_or(self.inner.request_timeout);
        let retrier = self.retrier(d, call);
        let heads = retrier.run(|t| self.attempt_head(d, call, span, t, true));
        let (resp, mut meta) = within_deadline(d, call, &retrier, heads).await?;
        let attempts = retrier.attempts();
        let status = meta.status;
        // A 2xx the operation does not declare streams as its success (as `execute` reads it).
        let success = (200..=299).contains(&status)
            && crate::decode::success_response(d, &mut meta).is_some();
        if !success {
            // Read whole (within the attempt timeout) and classified as `execute` does: an
            // error, never a success.
            let read = tokio::time::timeout(timeout, read_limited(resp, limit));
            let bytes = match read.await {
                Ok(Ok(b)) => {
                    crate::logging::answer_body(status, attempts, &b);
                    b
                }
                Ok(Err(ReadError::TooLarge)) => return Err(Error::BodyTooLarge { status, limit }),
                Ok(Err(ReadError::Transport(e))) => return Err(transport_error(d, &e, attempts)),
                Err(_) => {
                    return Err(Error::Timeout {
                        operation: d.operation_id,
                        attempts,
                    })
                }
            };
            return match self.finish::<O>(d, meta, &bytes) {
                Err(e) => Err(e),
                Ok(r) => Err(Error::UndeclaredStatus {
                    status,
                    excerpt: excerpt(&bytes),
                    meta: Box::new(r.meta),
                }),
            };
        }
        self.warn_deprecated(d, &meta);
        if resp.content_length().is_some_and(|n| n > limit as u64) {
            return Err(Error::BodyTooLarge { status, limit });
        }
        // However long the whole body takes, a stall longer than the attempt timeout ends it.
        let idle = timeout;
        let chunks = futures_util::stream::unfold(Some((resp, 0usize)), move |state| async move {
            let (mut resp, read) = state?;
            let Ok(next) = tokio::time::timeout(idle, resp.chunk()).await else {
                let timeout = Error::Timeout {
                    operation: d.operation_id,
                    attempts,
                };
                return Some((Err(timeout), None));
            };
            match next {
                Ok(None) => None,
                Ok(Some(chunk)) if read + chunk.len() > limit => {
                    Some((Err(Error::BodyTooLarge { status, limit }), None))
                }
                Ok(Some(chunk)) => {
                    let read = read + chunk.len();
                    Some((Ok(chunk), Some((resp, read))))
                }
                Err(e) => Some((Err(transport_error(d, &e, attempts)), None)),
            }
        });
        Ok(Response {
            body: ByteStream::new(chunks),
            meta,
        })
    }
}
