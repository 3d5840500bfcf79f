//! Test doubles for any operation: [`MockAtlas`], an in-process HTTP server that answers the
//! operations a test registers with typed values, and records the calls it receives.
//!
//! The client under test is the real [`Client`], so its authentication, retries, timeouts and
//! decoding all run: the mock hands out credentials it verifies (an API key answered by HTTP
//! Digest, a service account exchanged for a token at the client's token endpoint, an access
//! token), and sends each answer as Atlas would, in the operation's media type.
//!
//! A test registers what an operation version answers with [`MockAtlas::on`]: a value of the
//! operation's response type, an [`ApiError`](crate::error::ApiError) (or the operation's declared
//! error body), a bare status, or raw bytes, each sent at once or after a delay; further answers
//! follow in order (a `503`, then a value), the last one repeating. A request is matched by the
//! method and path template of a registered operation's descriptor, and by the version its
//! `Accept` header asks for. A request that matches no registration is answered `404` (`406`
//! when only other versions of its operation are registered), with an Atlas error body naming the
//! request, and is kept in [`MockAtlas::unmatched`].
//!
//! [`MockAtlas::calls`] returns what the client sent for one operation version: method, path
//! parameters, query, headers, and the body, raw or read back as the operation's request type.
//!
//! ```ignore
//! use atlas_admin_api::operations::list_group_backup_export_buckets as list;
//! use atlas_admin_api::testing::MockAtlas;
//! use atlas_admin_api::{error::ApiError, NoBody};
//!
//! let mock = MockAtlas::start().await?;
//! mock.on::<list::V2024_05_30>()
//!     .respond_error(ApiError::new(503, "SERVICE_UNAVAILABLE"))
//!     .then_respond(page);
//! let client = mock.client_builder().build()?;
//! let answer = client
//!     .execute::<list::V2024_05_30>(&list::Params::new(GROUP).with_items_per_page(5), &NoBody)
//!     .await?;
//! let calls = mock.calls::<list::V2024_05_30>();
//! assert_eq!(calls.len(), 2, "the 503 was retried");
//! assert_eq!(calls[1].path_param("groupId"), Some(GROUP));
//! assert_eq!(calls[1].query("itemsPerPage"), Some("5"));
//! ```
//!
//! Everything is bounded so that a test cannot hang on the mock: a request body larger than
//! [`MAX_REQUEST_BODY_BYTES`] is answered `413` unread, a request head that takes longer than
//! [`HEADER_READ_TIMEOUT`] ends its connection, and at most [`MAX_RECORDED`] calls are kept. The
//! server stops, and its connections close, when the [`MockAtlas`] is dropped.

mod answer;
mod call;
mod credentials;
mod server;

use std::marker::PhantomData;
use std::net::SocketAddr;
use std::sync::Arc;

pub use answer::{Answers, On};
pub use call::{Call, Unmatched};
pub use server::{HEADER_READ_TIMEOUT, MAX_RECORDED, MAX_REQUEST_BODY_BYTES};

use crate::auth::Credentials;
use crate::client::ClientBuilder;
use crate::operation::Operation;
use crate::Client;
use server::State;

/// An in-process Atlas that answers the operations a test registers, on a local port; it stops
/// when dropped.
///
/// It needs a Tokio runtime with a timer (`#[tokio::test]` gives one): it serves on tasks of the
/// runtime it was started on.
pub struct MockAtlas {
    state: Arc<State>,
    address: SocketAddr,
    base_url: String,
    server: tokio::task::JoinHandle<()>,
}

impl MockAtlas {
    /// Starts a mock on a free port of `127.0.0.1`, with nothing registered.
    pub async fn start() -> std::io::Result<Self> {
        let listener = tokio::net::TcpListener::bind(("127.0.0.1", 0)).await?;
        let address = listener.local_addr()?;
        let state = Arc::new(State::new());
        let server = tokio::spawn(server::serve(listener, state.clone()));
        Ok(MockAtlas {
            state,
            address,
            base_url: format!("http://{address}"),
            server,
        })
    }

    /// The base URL to give the client (`http://127.0.0.1:<port>`).
    pub fn base_url(&self) -> &str {
        &self.base_url
    }

    /// The address the mock listens on.
    pub fn address(&self) -> SocketAddr {
        self.address
    }

    /// An API key this mock accepts through HTTP Digest: the first request of a client is
    /// answered `401` with a challenge, and the answer to it is verified.
    pub fn digest_credentials(&self) -> Credentials {
        self.state.keys.digest()
    }

    /// A service account this mock accepts: its token endpoint (`/api/oauth/token`) issues a
    /// bearer token for it, which the operations then accept.
    pub fn service_account_credentials(&self) -> Credentials {
        self.state.keys.service_account()
    }

    /// An access token this mock accepts as a bearer.
    pub fn access_token_credentials(&self) -> Credentials {
        self.state.keys.access_token()
    }

    /// A client builder aimed at this mock, with [`digest_credentials`](Self::digest_credentials):
    /// set anything else (credentials, retry policy, timeouts) on it, then build.
    pub fn client_builder(&self) -> ClientBuilder {
        Client::builder()
            .base_url(self.base_url.as_str())
            .credentials(self.digest_credentials())
    }

    /// How many bearer tokens the token endpoint issued.
    pub fn tokens_issued(&self) -> u64 {
        self.state.keys.tokens_issued()
    }

    /// Registers what operation `O` (one operation at one API version) answers, replacing what
    /// it answered before.
    pub fn on<O: Operation>(&self) -> On<'_, O> {
        On::new(&self.state)
    }

    /// The calls of operation `O` the mock answered, oldest first (requests refused for their
    /// credentials are not calls).
    pub fn calls<O: Operation>(&self) -> Vec<Call<O>> {
        self.state
            .calls(O::DESCRIPTOR)
            .into_iter()
            .map(|(received, status)| Call {
                received,
                status,
                operation: PhantomData,
            })
            .collect()
    }

    /// The requests no registered operation answered, oldest first.
    pub fn unmatched(&self) -> Vec<Unmatched> {
        self.state.unmatched()
    }

    /// Forgets the calls and unmatched requests recorded so far; the registrations stay.
    pub fn clear_calls(&self) {
        self.state.clear_calls();
    }
}

impl std::fmt::Debug for MockAtlas {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("MockAtlas")
            .field("base_url", &self.base_url)
            .finish_non_exhaustive()
    }
}

impl Drop for MockAtlas {
    fn drop(&mut self) {
        self.server.abort();
    }
}
