//! Typed Rust bindings for the MongoDB Atlas Administration API's Snapshot Export Buckets
//! resource, generated at build time from the published OpenAPI spec (`spec/`), read as published.
//!
//! - [`v2`]: the versioned API (`/api/atlas/v2`), media types `2023-01-01` and `2024-05-30`, with
//!   provider enums for AWS S3, Azure Blob Storage and Google Cloud Storage.
//! - [`v1`]: the deprecated v1.0 API (`/api/atlas/v1.0`), AWS only.
//!
//! Request types are `#[non_exhaustive]`: build them with their generated `new(...)` constructors
//! and `with_*` setters, and check them with [`validation::Validate::validate`].
//!
//! ```
//! use atlas_export_buckets::v2;
//! use atlas_export_buckets::validation::Validate;
//!
//! let body = v2::DiskBackupSnapshotExportBucketRequest::from(
//!     v2::DiskBackupSnapshotAwsExportBucketRequest::new("export-bucket", "668c5f0ed436263134491592")
//!         .with_require_private_networking(true),
//! );
//! assert!(body.validate().is_ok());
//! assert_eq!(
//!     serde_json::to_value(&body).unwrap(),
//!     serde_json::json!({
//!         "cloudProvider": "AWS",
//!         "bucketName": "export-bucket",
//!         "iamRoleId": "668c5f0ed436263134491592",
//!         "requirePrivateNetworking": true
//!     })
//! );
//! ```
//!
//! Each API version of an operation is its own type under `v2::operations`, and
//! [`operation::Operation`] gives its request, response and error types and what the spec says
//! about it. PATCH exists only at 2024-05-30 and DELETE only at 2023-01-01, so the other
//! combinations cannot be named:
//!
//! ```compile_fail
//! use atlas_export_buckets::v2::operations::update_group_backup_export_bucket::V2023_01_01;
//! ```
//! ```compile_fail
//! use atlas_export_buckets::v2::operations::delete_group_backup_export_bucket::V2024_05_30;
//! ```
//! ```
//! use atlas_export_buckets::operation::Operation;
//! use atlas_export_buckets::v2::operations::update_group_backup_export_bucket::V2024_05_30;
//! assert_eq!(V2024_05_30::DESCRIPTOR.accept, "application/vnd.atlas.2024-05-30+json");
//! ```
//!
//! # Examples
//!
//! Each runs against real Atlas when `MONGODB_ATLAS_BASE_URL` and credentials are set, and against
//! the embedded fake otherwise (`cargo run --example NAME --features fake`). They ship in the
//! package, under `examples/`:
//!
//! - [`create_per_provider`](https://github.com/atlas-export-buckets/atlas-export-buckets/blob/main/examples/create_per_provider.rs):
//!   one bucket per provider with an API key (HTTP Digest), printed and deleted.
//! - [`service_account`](https://github.com/atlas-export-buckets/atlas-export-buckets/blob/main/examples/service_account.rs):
//!   OAuth2 client credentials, with the token cached and shared.
//! - [`stream_all`](https://github.com/atlas-export-buckets/atlas-export-buckets/blob/main/examples/stream_all.rs):
//!   every bucket of a project as a lazy stream of pages of 500.
//! - [`pin_version`](https://github.com/atlas-export-buckets/atlas-export-buckets/blob/main/examples/pin_version.rs):
//!   the AWS-only 2023-01-01 version, its `x-sunset`, and the generic
//!   [`Client::execute`](atlas_client_runtime::Client::execute).
//! - [`handle_errors`](https://github.com/atlas-export-buckets/atlas-export-buckets/blob/main/examples/handle_errors.rs):
//!   `RESOURCE_NOT_FOUND` and `VALIDATION_ERROR`, from Atlas and from local validation.
//! - [`retries_custom_client`](https://github.com/atlas-export-buckets/atlas-export-buckets/blob/main/examples/retries_custom_client.rs):
//!   a retry policy with a metrics hook, and a caller-supplied `reqwest::Client`.
//! - [`fake_in_tests`](https://github.com/atlas-export-buckets/atlas-export-buckets/blob/main/examples/fake_in_tests.rs):
//!   the fake Atlas server in your own tests, with injected faults (feature `fake`).
//!
//! The spec-derived text in this crate (the spec files and the docs generated from them) is
//! MongoDB's, under CC BY-NC-SA 3.0 US; see `spec/README.md`.

mod api_error_impls;
pub mod buckets;
pub mod client;
#[cfg(feature = "fake")]
pub mod fake;

// The runtime (client, auth, retries, response metadata, errors, validation) is the
// `atlas-client-runtime` crate, shared with every generated client; its modules keep their
// paths here.
#[cfg(feature = "fake")]
use atlas_client_runtime::strict;
pub use atlas_client_runtime::{
    auth, decode_response, error, operation, paginate, read_response, response, retry, token_cache,
    validation, Nullable,
};

pub use auth::Credentials;
pub use buckets::{Created, ExportBuckets, ExportBuckets2023, ExportBucketsV1, PageRequest};
pub use client::{Client, ClientBuilder};
pub use error::Error;
pub use response::{Response, ResponseMeta};
pub use retry::RetryPolicy;

/// The README's examples, compiled as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;

/// Items the generated code reaches through one path, so that schema names cannot shadow them:
/// the runtime's.
#[doc(hidden)]
pub mod __codegen {
    pub use atlas_client_runtime::__codegen::*;
}

/// The versioned v2 API, generated from `spec/export-buckets.v2.yaml` (overrides from
/// `spec/overrides.yaml` applied). The checked-in copy is `generated/v2.rs`.
pub mod v2 {
    include!(concat!(env!("OUT_DIR"), "/v2.rs"));
}

/// The deprecated v1.0 API (AWS only, `application/json`), generated from
/// `spec/export-buckets.v1.yaml`. The checked-in copy is `generated/v1.rs`.
pub mod v1 {
    include!(concat!(env!("OUT_DIR"), "/v1.rs"));
}
