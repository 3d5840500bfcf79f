//! The HTTP client: the runtime's (`atlas-client-runtime`), with this crate's export-bucket
//! operations on it ([`Client::export_buckets`], [`Client::export_buckets_v1`]).
//!
//! [`Client`] wraps the runtime's client, and [`ClientBuilder`] its builder, method for method;
//! [`Client::runtime`] (or `Deref`) reaches the runtime's client, which the clients generated
//! for the rest of the Atlas Administration API take, so one client serves both.

use std::ops::Deref;
use std::time::Duration;

pub use atlas_client_runtime::client::*;

use crate::auth::Credentials;
use crate::error::{Error, ErrorBody};
use crate::operation::Operation;
use crate::retry::{RetryEvent, RetryPolicy};
use crate::token_cache::TokenCache;

/// Builds a [`Client`]: the runtime's builder, whose `build` gives this crate's client.
#[derive(Debug, Default)]
pub struct ClientBuilder {
    inner: atlas_client_runtime::ClientBuilder,
}

impl ClientBuilder {
    /// The API's base URL (default `https://cloud.mongodb.com`).
    #[must_use]
    pub fn base_url(self, url: impl Into<String>) -> Self {
        self.map(|b| b.base_url(url))
    }

    /// The credentials (default: none, so every call is anonymous).
    #[must_use]
    pub fn credentials(self, credentials: Credentials) -> Self {
        self.map(|b| b.credentials(credentials))
    }

    /// Connect timeout (default 10 s). Ignored with a caller-supplied `reqwest::Client`.
    #[must_use]
    pub fn connect_timeout(self, d: Duration) -> Self {
        self.map(|b| b.connect_timeout(d))
    }

    /// Per-attempt request timeout (default 60 s).
    #[must_use]
    pub fn request_timeout(self, d: Duration) -> Self {
        self.map(|b| b.request_timeout(d))
    }

    /// The `User-Agent` (default `atlas-export-buckets/<version>`).
    #[must_use]
    pub fn user_agent(self, ua: impl Into<String>) -> Self {
        self.map(|b| b.user_agent(ua))
    }

    /// The retry policy (default [`RetryPolicy::default`]).
    #[must_use]
    pub fn retry_policy(self, policy: RetryPolicy) -> Self {
        self.map(|b| b.retry_policy(policy))
    }

    /// A caller-configured `reqwest::Client` (proxies, root certificates, pools).
    #[must_use]
    pub fn http_client(self, http: reqwest::Client) -> Self {
        self.map(|b| b.http_client(http))
    }

    /// Allows an `http://` base URL on a non-loopback host. Credentials then cross the network in
    /// the clear (digest protects the private key, not the bearer token).
    #[must_use]
    pub fn allow_insecure_http(self, allow: bool) -> Self {
        self.map(|b| b.allow_insecure_http(allow))
    }

    /// The largest response body the client reads (default 16 MiB); a larger one is
    /// [`Error::BodyTooLarge`], read no further than the limit.
    #[must_use]
    pub fn max_response_bytes(self, limit: usize) -> Self {
        self.map(|b| b.max_response_bytes(limit))
    }

    /// Where a service account's tokens are kept beyond this client (default: nowhere, so each
    /// new client fetches its own). The client asks `cache` before fetching a token, stores each
    /// token it fetches, and drops one that the server refuses. See
    /// [`FileTokenCache`](crate::token_cache::FileTokenCache), which keeps them on disk.
    #[must_use]
    pub fn token_cache(self, cache: impl TokenCache + 'static) -> Self {
        self.map(|b| b.token_cache(cache))
    }

    /// Called before each retry, with the attempt, status and wait (for metrics or logs).
    #[must_use]
    pub fn on_retry(self, hook: impl Fn(&RetryEvent) + Send + Sync + 'static) -> Self {
        self.map(|b| b.on_retry(hook))
    }

    /// Builds the client.
    pub fn build(self) -> Result<Client, Error> {
        self.inner.build().map(Client::from)
    }

    fn map(
        self,
        f: impl FnOnce(atlas_client_runtime::ClientBuilder) -> atlas_client_runtime::ClientBuilder,
    ) -> Self {
        ClientBuilder {
            inner: f(self.inner),
        }
    }
}

impl From<atlas_client_runtime::ClientBuilder> for ClientBuilder {
    fn from(inner: atlas_client_runtime::ClientBuilder) -> Self {
        ClientBuilder { inner }
    }
}

/// A client for the Atlas Administration API. Cheap to clone and share (`Clone + Send + Sync`):
/// clones share the connection pool, the digest challenge and the token cache. No global state.
///
/// ```
/// use atlas_export_buckets::{v2, Client, Credentials};
/// # use wiremock::{matchers::{method, path}, Mock, MockServer, ResponseTemplate};
/// # #[tokio::main(flavor = "current_thread")]
/// # async fn main() -> Result<(), atlas_export_buckets::Error> {
/// # let server = MockServer::start().await;
/// # Mock::given(method("POST")).and(path("/api/atlas/v2/groups/32b6e34b3d91647abb20e7b8/backup/exportBuckets"))
/// #     .respond_with(ResponseTemplate::new(200).insert_header("RateLimit-Remaining", "99").set_body_json(serde_json::json!({
/// #         "_id": "5f4d3c2b1a0f9e8d7c6b5a49", "bucketName": "export-bucket", "cloudProvider": "GCP",
/// #         "roleId": "668c5f0ed436263134491592"})))
/// #     .mount(&server).await;
/// # Mock::given(method("POST")).and(path("/api/oauth/token"))
/// #     .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!({"access_token": "t", "expires_in": 3600})))
/// #     .mount(&server).await;
/// # let base_url = server.uri();
/// // Real use: `.credentials(Credentials::from_env()?)` and the default base URL.
/// let client = Client::builder()
///     .base_url(base_url)
///     .credentials(Credentials::service_account("mdb_sa_id_...", "mdb_sa_sk_..."))
///     .build()?;
/// let created = client
///     .export_buckets()
///     .create(
///         "32b6e34b3d91647abb20e7b8",
///         v2::DiskBackupSnapshotGcpExportBucketRequest::new("export-bucket", "668c5f0ed436263134491592").into(),
///     )
///     .await?;
/// assert!(matches!(created.body, v2::DiskBackupSnapshotExportBucketResponse::Gcp(_)));
/// assert_eq!(created.meta.rate_limit_remaining, Some(99));
/// # Ok(())
/// # }
/// ```
#[derive(Debug, Clone)]
pub struct Client {
    inner: atlas_client_runtime::Client,
}

impl Client {
    /// A builder with the defaults.
    pub fn builder() -> ClientBuilder {
        ClientBuilder::default()
    }

    /// The base URL.
    pub fn base_url(&self) -> &url::Url {
        self.inner.base_url()
    }

    /// How many bearer tokens this client (and its clones) fetched; 0 for digest credentials.
    pub fn tokens_fetched(&self) -> u64 {
        self.inner.tokens_fetched()
    }

    /// The algorithm of the digest challenge the client reuses, once it has one.
    pub fn digest_algorithm(&self) -> Option<String> {
        self.inner.digest_algorithm()
    }

    /// Calls operation `O` (one operation at one API version): validates, sends with retries,
    /// and decodes the answer. An error status whose body decodes as the operation's declared
    /// error type ([`Operation::Error`]) is [`Error::Api`], which keeps that body; any other
    /// error body is [`Error::Http`]. Any generated operation works, this crate's or another
    /// generated crate's.
    pub async fn execute<O: Operation>(
        &self,
        params: &O::Params,
        body: &O::Request,
    ) -> Result<Response<O::Response>, Error>
    where
        O::Error: ErrorBody,
    {
        self.inner.execute::<O>(params, body).await
    }

    /// The runtime's client this one wraps (clones share its pool, digest challenge and tokens).
    pub fn runtime(&self) -> &atlas_client_runtime::Client {
        &self.inner
    }
}

impl From<atlas_client_runtime::Client> for Client {
    fn from(inner: atlas_client_runtime::Client) -> Self {
        Client { inner }
    }
}

impl From<Client> for atlas_client_runtime::Client {
    fn from(client: Client) -> Self {
        client.inner
    }
}

impl AsRef<atlas_client_runtime::Client> for Client {
    fn as_ref(&self) -> &atlas_client_runtime::Client {
        &self.inner
    }
}

impl Deref for Client {
    type Target = atlas_client_runtime::Client;

    fn deref(&self) -> &Self::Target {
        &self.inner
    }
}
