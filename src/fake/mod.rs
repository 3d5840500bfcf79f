//! An in-process fake of the Atlas Administration API for this resource (feature `fake`), so code
//! can be tested without an Atlas account.
//!
//! It serves the 5 v2 operations and the 4 v1.0 operations from an in-memory store, speaks digest
//! (`realm="MMS Public API"`, `qop=auth`, real verification) and OAuth client credentials, answers
//! in the media type that was asked for (`406` for an undeclared version), validates requests with
//! the generated types, decoded strictly (`400 VALIDATION_ERROR` with `badRequestDetail` for a
//! missing `cloudProvider`, a `null` field or a broken constraint), paginates, and sends
//! `RateLimit-*` headers. Faults can be injected for the next requests.
//!
//! Beyond the export buckets, it serves what exporting a snapshot to one takes (the `Cloud
//! Backups` operations `listBackupSnapshots`, `createBackupExport`, `getBackupExport` and
//! `listBackupExports`, at `2023-01-01`): the clusters and snapshots seeded with
//! [`FakeConfig::with_cluster`], and export jobs whose `state` advances on each read of the job
//! (`Queued`, then `InProgress`, then `Successful`; see [`FakeConfig::with_export_job_reads`]).
//!
//! What it holds is bounded, so it can be left running (the CLI's `serve`) and reached by any
//! client: a request is authenticated from its headers before its body is read, and a body is
//! read only up to [`FakeConfig::max_body_bytes`] (`413` beyond); it serves at most
//! [`FakeConfig::max_connections`] connections at a time, closes one whose request head takes
//! longer than [`FakeConfig::header_read_timeout`], keeps the last
//! [`FakeConfig::max_logged_requests`] requests for [`FakeAtlas::requests`], and forgets a
//! digest nonce after [`FakeConfig::nonce_ttl`] (keeping at most [`FakeConfig::max_nonces`]).
//! What clients store (buckets, export jobs) and the bearer tokens it issues are kept as long as
//! it runs (tokens until they expire).
//!
//! ```
//! # #[tokio::main(flavor = "current_thread")]
//! # async fn main() -> Result<(), Box<dyn std::error::Error>> {
//! use atlas_export_buckets::fake::FakeAtlas;
//! use atlas_export_buckets::{v2, Client};
//!
//! let fake = FakeAtlas::start().await?;
//! let client = Client::builder().base_url(fake.base_url()).credentials(fake.digest_credentials()).build()?;
//! let group = "32b6e34b3d91647abb20e7b8";
//! client.export_buckets()
//!     .create(group, v2::DiskBackupSnapshotGcpExportBucketRequest::new("my-bucket", "668c5f0ed436263134491592").into())
//!     .await?;
//! assert_eq!(fake.bucket_count(group), 1);
//! # Ok(()) }
//! ```

mod backups;
mod reply;
mod server;

use std::collections::{BTreeMap, VecDeque};
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use crate::auth::Credentials;

pub use server::Fault;

/// Demo API public key.
pub const DEMO_PUBLIC_KEY: &str = "demo-public-key";
/// Demo API private key (a fake's credential, printed by `serve`).
pub const DEMO_PRIVATE_KEY: &str = "demo-private-key";
/// Demo service-account client id.
pub const DEMO_CLIENT_ID: &str = "mdb_sa_id_demo";
/// Demo service-account client secret (a fake's credential, printed by `serve`).
pub const DEMO_CLIENT_SECRET: &str = "mdb_sa_sk_demo";

/// Digest hash the fake asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DigestAlgorithm {
    /// `MD5` (what Atlas sends).
    Md5,
    /// `SHA-256`.
    Sha256,
}

/// How the fake is set up.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct FakeConfig {
    /// Accepted digest public key.
    pub public_key: String,
    /// Accepted digest private key.
    pub private_key: String,
    /// Accepted service-account client id.
    pub client_id: String,
    /// Accepted service-account client secret.
    pub client_secret: String,
    /// Lifetime of issued bearer tokens.
    pub token_ttl: Duration,
    /// Lifetime of digest nonces (after which the fake answers `stale=true`).
    pub nonce_ttl: Duration,
    /// Digest algorithm.
    pub digest_algorithm: DigestAlgorithm,
    /// `RateLimit-Limit` per minute.
    pub rate_limit: u64,
    /// Clusters whose backups it serves (none by default).
    pub clusters: Vec<FakeCluster>,
    /// How many reads of an export job answer `InProgress` before it is `Successful`.
    pub export_job_reads: u32,
    /// The largest request body read, in bytes (1 MiB by default); a larger one is answered
    /// `413 PAYLOAD_TOO_LARGE` without being read to its end (a `Content-Length` above it,
    /// before any of it). The token endpoint reads at most 1 KiB (or this, if smaller).
    pub max_body_bytes: usize,
    /// How many requests [`FakeAtlas::requests`] keeps: the most recent ones (10,000 by
    /// default; 0 keeps none).
    pub max_logged_requests: usize,
    /// How many digest nonces are remembered at most (10,000 by default, at least 1): beyond
    /// it, the oldest is forgotten (a client answering it is sent a `stale=true` challenge, as
    /// after [`FakeConfig::nonce_ttl`]).
    pub max_nonces: usize,
    /// How long a connection may take to send a request's head (request line and headers),
    /// from its opening or the end of the previous answer: then it is closed (10 s by default).
    /// An idle keep-alive connection is closed after it too. A timeout over a year counts as a
    /// year.
    pub header_read_timeout: Duration,
    /// How many connections are served at a time (512 by default, at least 1); further ones
    /// wait, unaccepted, until one ends.
    pub max_connections: usize,
}

/// A cluster whose backups the fake serves: its project, its name and its snapshots.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct FakeCluster {
    /// The project (`groupId`, 24 hexadecimal digits).
    pub group_id: String,
    /// The cluster's name (`clusterName`).
    pub name: String,
    /// Its snapshots, all `completed`.
    pub snapshots: Vec<FakeSnapshot>,
}

impl FakeCluster {
    /// A cluster without snapshots.
    pub fn new(group_id: impl Into<String>, name: impl Into<String>) -> Self {
        FakeCluster {
            group_id: group_id.into(),
            name: name.into(),
            snapshots: Vec::new(),
        }
    }

    /// Adds a snapshot: its `id` (24 hexadecimal digits) and `createdAt` (ISO 8601 in UTC, as
    /// Atlas writes it: `2026-01-31T02:00:00Z`).
    #[must_use]
    pub fn with_snapshot(mut self, id: impl Into<String>, created_at: impl Into<String>) -> Self {
        self.snapshots.push(FakeSnapshot {
            id: id.into(),
            created_at: created_at.into(),
        });
        self
    }
}

/// A snapshot of a [`FakeCluster`].
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct FakeSnapshot {
    /// `id`: 24 hexadecimal digits.
    pub id: String,
    /// `createdAt`: ISO 8601 in UTC.
    pub created_at: String,
}

impl Default for FakeConfig {
    fn default() -> Self {
        FakeConfig {
            public_key: DEMO_PUBLIC_KEY.to_owned(),
            private_key: DEMO_PRIVATE_KEY.to_owned(),
            client_id: DEMO_CLIENT_ID.to_owned(),
            client_secret: DEMO_CLIENT_SECRET.to_owned(),
            token_ttl: Duration::from_secs(3600),
            nonce_ttl: Duration::from_secs(300),
            digest_algorithm: DigestAlgorithm::Md5,
            rate_limit: 100,
            clusters: Vec::new(),
            export_job_reads: 2,
            max_body_bytes: 1024 * 1024,
            max_logged_requests: 10_000,
            max_nonces: 10_000,
            header_read_timeout: Duration::from_secs(10),
            max_connections: 512,
        }
    }
}

impl FakeConfig {
    /// The demo credentials and defaults.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets the digest key pair.
    #[must_use]
    pub fn with_api_key(
        mut self,
        public_key: impl Into<String>,
        private_key: impl Into<String>,
    ) -> Self {
        self.public_key = public_key.into();
        self.private_key = private_key.into();
        self
    }
    /// Sets the service account.
    #[must_use]
    pub fn with_service_account(
        mut self,
        id: impl Into<String>,
        secret: impl Into<String>,
    ) -> Self {
        self.client_id = id.into();
        self.client_secret = secret.into();
        self
    }
    /// Sets the token lifetime.
    #[must_use]
    pub fn with_token_ttl(mut self, ttl: Duration) -> Self {
        self.token_ttl = ttl;
        self
    }
    /// Sets the nonce lifetime.
    #[must_use]
    pub fn with_nonce_ttl(mut self, ttl: Duration) -> Self {
        self.nonce_ttl = ttl;
        self
    }
    /// Sets the digest algorithm.
    #[must_use]
    pub fn with_digest_algorithm(mut self, a: DigestAlgorithm) -> Self {
        self.digest_algorithm = a;
        self
    }
    /// Adds a cluster whose snapshots can be listed and exported.
    #[must_use]
    pub fn with_cluster(mut self, cluster: FakeCluster) -> Self {
        self.clusters.push(cluster);
        self
    }
    /// Sets how many reads (`getBackupExport`) of an export job answer `InProgress` before it is
    /// `Successful` (2 by default; the create answers `Queued`). `u32::MAX`: a job never finishes.
    #[must_use]
    pub fn with_export_job_reads(mut self, reads: u32) -> Self {
        self.export_job_reads = reads;
        self
    }
    /// Sets the largest request body read ([`FakeConfig::max_body_bytes`]).
    #[must_use]
    pub fn with_max_body_bytes(mut self, bytes: usize) -> Self {
        self.max_body_bytes = bytes;
        self
    }
    /// Sets how many requests are kept ([`FakeConfig::max_logged_requests`]).
    #[must_use]
    pub fn with_max_logged_requests(mut self, n: usize) -> Self {
        self.max_logged_requests = n;
        self
    }
    /// Sets how many digest nonces are remembered ([`FakeConfig::max_nonces`]).
    #[must_use]
    pub fn with_max_nonces(mut self, n: usize) -> Self {
        self.max_nonces = n;
        self
    }
    /// Sets the header read timeout ([`FakeConfig::header_read_timeout`]).
    #[must_use]
    pub fn with_header_read_timeout(mut self, timeout: Duration) -> Self {
        self.header_read_timeout = timeout;
        self
    }
    /// Sets how many connections are served at a time ([`FakeConfig::max_connections`]).
    #[must_use]
    pub fn with_max_connections(mut self, n: usize) -> Self {
        self.max_connections = n;
        self
    }
}

/// One request the fake received.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Recorded {
    /// Method (its first 64 bytes).
    pub method: String,
    /// Path and query (their first 2,048 bytes).
    pub uri: String,
    /// `Accept` header (its first 1,024 bytes).
    pub accept: Option<String>,
    /// Status answered (0 when the connection was dropped).
    pub status: u16,
}

/// A running fake. Dropping it stops the server.
pub struct FakeAtlas {
    addr: SocketAddr,
    state: Arc<server::State>,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
}

impl std::fmt::Debug for FakeAtlas {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("FakeAtlas")
            .field("addr", &self.addr)
            .finish_non_exhaustive()
    }
}

impl FakeAtlas {
    /// Starts on an ephemeral loopback port with the demo credentials.
    pub async fn start() -> std::io::Result<Self> {
        Self::start_with(FakeConfig::default(), SocketAddr::from(([127, 0, 0, 1], 0))).await
    }

    /// Starts with a configuration on an address.
    pub async fn start_with(config: FakeConfig, addr: SocketAddr) -> std::io::Result<Self> {
        let listener = tokio::net::TcpListener::bind(addr).await?;
        let addr = listener.local_addr()?;
        let state = Arc::new(server::State::new(config));
        let (stop, stopped) = tokio::sync::oneshot::channel();
        tokio::spawn(server::serve(listener, state.clone(), stopped));
        Ok(FakeAtlas {
            addr,
            state,
            stop: Some(stop),
        })
    }

    /// The address it listens on.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// `http://127.0.0.1:<port>`.
    pub fn base_url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// The accepted API key as digest credentials.
    pub fn digest_credentials(&self) -> Credentials {
        Credentials::digest(
            &self.state.config.public_key,
            &self.state.config.private_key,
        )
    }

    /// The accepted service account.
    pub fn service_account_credentials(&self) -> Credentials {
        Credentials::service_account(
            &self.state.config.client_id,
            &self.state.config.client_secret,
        )
    }

    /// Makes the next `n` requests (of any kind) fail with `fault`.
    pub fn inject(&self, fault: Fault, n: usize) {
        let mut q = self.state.faults.lock().unwrap_or_else(|p| p.into_inner());
        q.extend(std::iter::repeat_n(fault, n));
    }

    /// The requests received so far, oldest first: the last [`FakeConfig::max_logged_requests`]
    /// of them.
    pub fn requests(&self) -> Vec<Recorded> {
        self.state
            .log
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .iter()
            .cloned()
            .collect()
    }

    /// Serves one connection over any byte stream (an in-memory `tokio::io::duplex`, say), as
    /// if it had been accepted on [`FakeAtlas::addr`]: same state, limits and timeouts; it counts
    /// among [`FakeConfig::max_connections`] (waiting for a free place first). Returns when the
    /// connection ends.
    pub async fn serve_connection<I>(&self, io: I)
    where
        I: tokio::io::AsyncRead + tokio::io::AsyncWrite + Unpin + Send + 'static,
    {
        let Ok(permit) = self.state.connections.clone().acquire_owned().await else {
            return;
        };
        server::connection(self.state.clone(), io, permit).await;
    }

    /// How many buckets a project has.
    pub fn bucket_count(&self, group_id: &str) -> usize {
        self.state
            .store
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .get(group_id)
            .map_or(0, BTreeMap::len)
    }

    /// How many export jobs a cluster has.
    pub fn export_job_count(&self, group_id: &str, cluster_name: &str) -> usize {
        self.state
            .exports
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .get(&(group_id.to_owned(), cluster_name.to_owned()))
            .map_or(0, BTreeMap::len)
    }

    /// Accepts `token` as a bearer for `ttl`, as if Atlas had issued it to a user (the Atlas
    /// CLI's `atlas auth login`). It counts among [`FakeAtlas::tokens_issued`].
    pub fn accept_bearer_token(&self, token: impl Into<String>, ttl: Duration) {
        self.state.issue_token(token.into(), ttl);
    }

    /// Tokens issued so far (expired ones included).
    pub fn tokens_issued(&self) -> usize {
        self.state
            .tokens
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .issued()
    }

    /// Stops the server.
    pub fn stop(mut self) {
        if let Some(s) = self.stop.take() {
            let _ = s.send(());
        }
    }
}

impl Drop for FakeAtlas {
    fn drop(&mut self) {
        if let Some(s) = self.stop.take() {
            let _ = s.send(());
        }
    }
}

pub(crate) type Faults = Mutex<VecDeque<Fault>>;
