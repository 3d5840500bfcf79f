//! The client: configuration, transport, authentication, retries and response classification.
//!
//! One job a file: `builder.rs` checks the settings and builds the client; `request.rs` builds
//! what a call sends (URL, header parameters, body); `dry_run.rs` shows it without sending it;
//! `send.rs` makes one attempt, authenticated;
//! `answer.rs` reads and classifies a whole answer; `stream.rs` hands a body over as a stream;
//! `call.rs` gives one call settings of its own.

use std::collections::HashSet;
use std::fmt;
use std::sync::{Arc, Mutex, OnceLock};
use std::time::Duration;

use tracing::Instrument;
use url::Url;

use crate::auth::AuthState;
use crate::binary::ByteStream;
use crate::error::{Error, ErrorBody};
use crate::operation::{Operation, OperationDescriptor};
pub use crate::response::{Response, ResponseMeta};
use crate::retry::{RetryHook, RetryPolicy};

mod answer;
mod builder;
mod call;
mod dry_run;
mod request;
mod send;
mod stream;

pub use dry_run::DryRun;

pub use crate::logging::MAX_LOGGED_BODY_BYTES;
pub use builder::{
    ClientBuilder, ATLAS_GOV_BASE_URL, DEFAULT_BASE_URL, DEFAULT_MAX_RESPONSE_BYTES, USER_AGENT,
};
pub use call::Call;

struct Inner {
    /// The HTTP client: the caller's, or the client's own, built at the first request
    /// ([`Client::http`]) so that building a client, or a dry run, reads no TLS roots.
    http: OnceLock<reqwest::Client>,
    /// What `execute_stream` sends with when `http` is the client's own: one like it without
    /// the request timeout (the call bounds the wait for the head itself), built at the first
    /// stream.
    stream_http: OnceLock<reqwest::Client>,
    connect_timeout: Duration,
    /// Whether `http` is the client's own, with the request timeout built in.
    own_http: bool,
    base: Url,
    token_url: Url,
    auth: AuthState,
    retry: RetryPolicy,
    /// Checked once when the client is built.
    user_agent: reqwest::header::HeaderValue,
    request_timeout: Duration,
    on_retry: Option<RetryHook>,
    max_response_bytes: usize,
    warned: Mutex<HashSet<(&'static str, Option<&'static str>)>>,
}

/// A client for the Atlas Administration API. Cheap to clone and share (`Clone + Send + Sync`):
/// clones share the connection pool, the digest challenge and the token cache. No global state.
/// [`Client::execute`] sends any generated operation.
#[derive(Clone)]
pub struct Client {
    inner: Arc<Inner>,
}

impl fmt::Debug for Client {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Client")
            .field("base_url", &self.inner.base.as_str())
            .field("auth", &self.inner.auth.describe())
            .field("retry", &self.inner.retry)
            .field("user_agent", &self.inner.user_agent)
            .finish_non_exhaustive()
    }
}

impl Client {
    /// A builder with the defaults.
    pub fn builder() -> ClientBuilder {
        ClientBuilder::default()
    }

    /// The base URL.
    pub fn base_url(&self) -> &Url {
        &self.inner.base
    }

    /// How many bearer tokens this client (and its clones) fetched; 0 for digest credentials.
    pub fn tokens_fetched(&self) -> u64 {
        match &self.inner.auth {
            AuthState::OAuth(o) => o.fetch_count(),
            _ => 0,
        }
    }

    /// The algorithm of the digest challenge the client reuses, once it has one.
    pub fn digest_algorithm(&self) -> Option<String> {
        match &self.inner.auth {
            AuthState::Digest(d) => d.algorithm(),
            _ => None,
        }
    }

    /// Calls operation `O` (one operation at one API version): validates, sends with retries,
    /// and decodes the answer. An error status whose body decodes as the operation's declared
    /// error type ([`Operation::Error`]) is [`Error::Api`], which keeps that body; any other
    /// error body is [`Error::Http`].
    ///
    /// A success body whose declared media type is not JSON (a gzip log, a CSV invoice) is not
    /// parsed: the operation's response type ([`Binary`](crate::Binary)) takes its bytes and
    /// media type as they came. [`Client::execute_stream`] reads such a body chunk by chunk.
    ///
    /// [`Client::call`] sends a call with its own deadline, attempt timeout, retries or
    /// headers. Dropping the future cancels the call, leaving nothing running (see
    /// [`Call`](Call#cancellation)).
    pub async fn execute<O: Operation>(
        &self,
        params: &O::Params,
        body: &O::Request,
    ) -> Result<Response<O::Response>, Error>
    where
        O::Error: ErrorBody,
    {
        let d = O::DESCRIPTOR;
        let call = self.prepare::<O>(params, body)?;
        let span = call_span(d);
        self.run::<O>(d, &call, &span)
            .instrument(span.clone())
            .await
    }

    /// Calls operation `O` as [`Client::execute`] does, but hands a success body over as a
    /// stream of chunks instead of reading it whole: for a large download (a log file). The
    /// request timeout and the retries apply to getting the response head; the body may then
    /// take as long as it takes, but a wait of more than the request timeout for its next chunk
    /// ends the stream with [`Error::Timeout`] (a reqwest client given with its own total
    /// timeout still applies that to the body). The client's `max_response_bytes` still holds: a body
    /// declared larger is [`Error::BodyTooLarge`] at once, and one that grows past it ends the
    /// stream with that error. An error status is read whole and decoded as `execute` decodes
    /// it. The response's `Content-Type` is in [`ResponseMeta::content_type`].
    pub async fn execute_stream<O: Operation>(
        &self,
        params: &O::Params,
        body: &O::Request,
    ) -> Result<Response<ByteStream>, Error>
    where
        O::Error: ErrorBody,
    {
        let d = O::DESCRIPTOR;
        let call = self.prepare::<O>(params, body)?;
        let span = call_span(d);
        self.run_stream::<O>(d, &call, &span)
            .instrument(span.clone())
            .await
    }
}

fn call_span(d: &OperationDescriptor) -> tracing::Span {
    tracing::info_span!(
        "atlas.call",
        operation = d.operation_id,
        version = d.version.unwrap_or("-"),
        method = d.method.as_str(),
        attempt = tracing::field::Empty,
        status = tracing::field::Empty,
    )
}
