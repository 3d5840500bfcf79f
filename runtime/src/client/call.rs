//! [`Call`]: one call with its own deadline, attempt timeout, retries and headers.

use std::fmt;
use std::marker::PhantomData;
use std::time::Duration;

use reqwest::header::{HeaderName, HeaderValue};
use tracing::Instrument;

use super::request::{sendable_header, Prepared};
use super::{call_span, Client};
use crate::binary::ByteStream;
use crate::error::{Error, ErrorBody};
use crate::operation::Operation;
use crate::response::Response;
use crate::validation::{ValidationError, Violation};

/// A call of operation `O` with settings of its own, made by [`Client::call`] and sent by
/// [`send`](Call::send) or [`send_stream`](Call::send_stream). A setting the call does not give
/// is the client's.
///
/// ```no_run
/// # use atlas_client_runtime::{Client, Error};
/// # use atlas_client_runtime::operation::Operation;
/// # use atlas_client_runtime::error::ErrorBody;
/// # async fn run<O: Operation>(client: &Client, params: &O::Params, body: &O::Request) -> Result<(), Error>
/// # where O::Error: ErrorBody {
/// use std::time::Duration;
///
/// let answer = client
///     .call::<O>(params, body)
///     .deadline(Duration::from_secs(10))
///     .attempt_timeout(Duration::from_secs(3))
///     .retries(2)
///     .header("X-Request-Id", "6f1c0e2a")
///     .send()
///     .await?;
/// # let _ = answer;
/// # Ok(())
/// # }
/// ```
///
/// # Cancellation
///
/// Dropping the future of `send` or `send_stream` before it completes (a `select!` that takes
/// another branch, a `timeout` around it) cancels the call: the connection of an attempt in
/// flight is closed, a wait before a retry ends, and no further attempt is made. The call runs
/// nothing in the background. (A token request it started is cancelled the same way; another
/// call waiting for that token then makes its own.)
#[must_use = "a call does nothing until it is sent"]
pub struct Call<'a, O: Operation> {
    client: &'a Client,
    params: &'a O::Params,
    body: &'a O::Request,
    deadline: Option<Duration>,
    attempt_timeout: Option<Duration>,
    retries: Option<u32>,
    headers: Vec<(HeaderName, HeaderValue)>,
    refused: Vec<Violation>,
    operation: PhantomData<fn() -> O>,
}

impl<O: Operation> fmt::Debug for Call<'_, O> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Call")
            .field("operation", &O::DESCRIPTOR.operation_id)
            .field("deadline", &self.deadline)
            .field("attempt_timeout", &self.attempt_timeout)
            .field("retries", &self.retries)
            .field("headers", &self.headers)
            .finish_non_exhaustive()
    }
}

impl Client {
    /// A call of operation `O` whose deadline, attempt timeout, retries and extra headers can
    /// be set for it alone; [`Call::send`] sends it. Without any setting it is
    /// [`Client::execute`].
    pub fn call<'a, O: Operation>(
        &'a self,
        params: &'a O::Params,
        body: &'a O::Request,
    ) -> Call<'a, O> {
        Call {
            client: self,
            params,
            body,
            deadline: None,
            attempt_timeout: None,
            retries: None,
            headers: Vec::new(),
            refused: Vec::new(),
            operation: PhantomData,
        }
    }
}

impl<'a, O: Operation> Call<'a, O> {
    /// The longest the whole call may take, every attempt and every wait between them
    /// included, counted from when the call is first awaited (default: no bound beyond the
    /// attempts'). Once it passes, the call ends with [`Error::Timeout`]. For
    /// [`send_stream`](Call::send_stream) it bounds getting the answer's head, not reading
    /// the stream.
    pub fn deadline(mut self, deadline: Duration) -> Self {
        self.deadline = Some(deadline);
        self
    }

    /// The longest one attempt may take, its body included (default: the client's
    /// [`request_timeout`](super::ClientBuilder::request_timeout)). An attempt that takes
    /// longer is retried as a timeout is, and the last one is [`Error::Timeout`]. For
    /// [`send_stream`](Call::send_stream) it bounds the wait for the head and for each chunk.
    pub fn attempt_timeout(mut self, timeout: Duration) -> Self {
        self.attempt_timeout = Some(timeout);
        self
    }

    /// How many times the call is tried again after its first attempt, at most (default: the
    /// client's [`RetryPolicy`](crate::RetryPolicy), less its first attempt); 0 tries it once.
    /// A token request made for the call is held to the same count. What is retried, and how
    /// long the waits are, is still the policy's.
    pub fn retries(mut self, retries: u32) -> Self {
        self.retries = Some(retries);
        self
    }

    /// A header sent on each attempt, after the operation's header parameters. A header the
    /// client sets itself (`Authorization`, `Accept`, `Content-Type`, `User-Agent`), a name that
    /// is not a header name, or a value that is not visible ASCII, spaces and tabs is refused:
    /// sending the call is then [`Error::Validation`], whose violation (at
    /// [`Location::Header`](crate::validation::Location::Header)) names it, and nothing is
    /// sent.
    pub fn header(mut self, name: &str, value: &str) -> Self {
        match sendable_header(name, value) {
            Ok(header) => self.headers.push(header),
            Err(violation) => self.refused.push(violation),
        }
        self
    }

    /// Sends the call as [`Client::execute`] does, with its settings.
    pub async fn send(self) -> Result<Response<O::Response>, Error>
    where
        O::Error: ErrorBody,
    {
        let d = O::DESCRIPTOR;
        let client = self.client;
        let call = self.prepare()?;
        let span = call_span(d);
        client
            .run::<O>(d, &call, &span)
            .instrument(span.clone())
            .await
    }

    /// Sends the call as [`Client::execute_stream`] does, with its settings.
    pub async fn send_stream(self) -> Result<Response<ByteStream>, Error>
    where
        O::Error: ErrorBody,
    {
        let d = O::DESCRIPTOR;
        let client = self.client;
        let call = self.prepare()?;
        let span = call_span(d);
        client
            .run_stream::<O>(d, &call, &span)
            .instrument(span.clone())
            .await
    }

    /// What the call sends, checked, with its settings.
    fn prepare(self) -> Result<Prepared, Error> {
        if !self.refused.is_empty() {
            return Err(Error::Validation(ValidationError {
                violations: self.refused,
            }));
        }
        let mut call = self.client.prepare::<O>(self.params, self.body)?;
        call.headers.extend(self.headers);
        call.deadline = self.deadline;
        call.attempt_timeout = self.attempt_timeout;
        if let Some(retries) = self.retries {
            call.max_attempts = retries.saturating_add(1);
        }
        Ok(call)
    }
}
