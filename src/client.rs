//! The HTTP client: the runtime's (`atlas-client-runtime`), with this crate's export-bucket
//! operations on it ([`Client::export_buckets`], [`Client::export_buckets_v1`]).
//!
//! [`Client`] wraps the runtime's client, and [`ClientBuilder`] is the runtime's builder, set to
//! build this crate's client. The runtime client's methods
//! ([`execute`](atlas_client_runtime::Client::execute),
//! [`call`](atlas_client_runtime::Client::call),
//! [`base_url`](atlas_client_runtime::Client::base_url), ...) are reached through `Deref`, or
//! through [`Client::runtime`], which the clients generated for the rest of the Atlas
//! Administration API take, so one client serves both.

use std::ops::Deref;

pub use atlas_client_runtime::client::*;

/// Builds a [`Client`]: the runtime's builder, whose `build` gives this crate's client.
pub type ClientBuilder = atlas_client_runtime::ClientBuilder<Client>;

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
