//! The whole MongoDB Atlas Administration API v2 as a typed Rust client, generated at build time
//! by `atlas-codegen` from the spec **as MongoDB publishes it** (vendored byte for byte in
//! `spec/atlas-api.yaml`, with the corrections of `spec/overrides.yaml`; see `spec/README.md`).
//!
//! **One cargo feature per spec tag**, none by default: a crate that enables `cloud-backups`
//! compiles that tag's operations and the types they reach, nothing else; `all` enables every
//! tag with a stable operation. `preview` adds the preview API (each `Preview` version, and the
//! operations that exist only in preview); `all` never turns it on. On docs.rs, built with `all`
//! and `preview`, each item names the features it needs.
//!
//! Each operation is a module of [`operations`], named by its `operationId` (the legacy name the
//! Go SDK and the Atlas CLI use is an alias), with a marker type per API version (`V2023_01_01`,
//! ...) and `Latest`, the newest stable one; its page lists the versions, their sunset dates and
//! the documentation page, and shows a call. [`tags`] groups the same modules by tag
//! (`atlas_admin_api::tags::cloud_backups::list_group_backup_export_buckets`), each with the
//! tag's description. Enums keep an `Unknown` fallback, and discriminated unions are tagged
//! enums.
//!
//! # The first call
//!
//! A [`Client`] sends any operation version with [`Client::execute`]: the path and query
//! parameters in the operation's `Params` (required ones in `Params::new`, optional ones through
//! its `with_*` setters), and the request body, [`NoBody`] for none.
//!
//! ```no_run
//! # #[cfg(feature = "cloud-backups")]
//! # async fn run() -> Result<(), atlas_admin_api::Error> {
//! use atlas_admin_api::operations::list_group_backup_export_buckets as list;
//! use atlas_admin_api::{Client, Credentials, NoBody};
//!
//! let client = Client::builder()
//!     .credentials(Credentials::from_env()?)
//!     .build()?;
//! let page = client
//!     .execute::<list::Latest>(&list::Params::new("32b6e34b3d91647abb20e7b8"), &NoBody)
//!     .await?;
//! println!("{} buckets", page.body.total_count.unwrap_or_default());
//! # Ok(())
//! # }
//! ```
//!
//! Answers are read as Atlas sends them: a 2xx the operation does not declare is read with its
//! success type ([`ResponseMeta::read_as`]), members the spec lacks are named in
//! [`ResponseMeta::unknown_fields`], and [`decode_response`] is the same reading for an answer
//! you hold (a recorded one, in a test).
//!
//! # Versions
//!
//! Atlas serves each version of an operation under its own media type. `Latest` is the newest
//! stable version the spec declares, and moves to a newer one when the spec does: a marker such
//! as `V2023_01_01` keeps a call, and its types, on one version. Each marker's
//! [`Operation::DESCRIPTOR`] holds its media type and the sunset date the spec gives, and the
//! client logs a `tracing` warning when Atlas answers that a version is deprecated or past its
//! sunset.
//!
//! ```no_run
//! # #[cfg(feature = "cloud-backups")]
//! # async fn run(client: atlas_admin_api::Client) -> Result<(), atlas_admin_api::Error> {
//! use atlas_admin_api::operations::list_group_backup_export_buckets as list;
//! use atlas_admin_api::{NoBody, Operation};
//!
//! let params = list::Params::new("32b6e34b3d91647abb20e7b8");
//! let page = client.execute::<list::V2023_01_01>(&params, &NoBody).await?;
//! let version = <list::V2023_01_01 as Operation>::DESCRIPTOR;
//! println!("{} (sunset: {:?})", version.accept, version.sunset);
//! # let _ = page;
//! # Ok(())
//! # }
//! ```
//!
//! # Paging
//!
//! The list operations (query parameters `pageNum` and `itemsPerPage`, an answer with `results`
//! and `totalCount`) implement [`Paginated`], and [`Client::paginate`] streams every item of
//! one, fetching a page when the items before it are taken (with `futures-util`'s
//! `TryStreamExt`, say):
//!
//! ```no_run
//! # #[cfg(feature = "cloud-backups")]
//! # async fn run(client: atlas_admin_api::Client) -> Result<(), atlas_admin_api::Error> {
//! use atlas_admin_api::tags::cloud_backups::list_group_backup_export_buckets as list;
//! use futures_util::TryStreamExt;
//!
//! let buckets: Vec<_> = client
//!     .paginate::<list::Latest>(list::Params::new("32b6e34b3d91647abb20e7b8"))
//!     .try_collect()
//!     .await?;
//! println!("{} buckets", buckets.len());
//! # Ok(())
//! # }
//! ```
//!
//! # Binary answers
//!
//! The success bodies that are not JSON (gzip log downloads, CSV invoices) answer with
//! [`Binary`]: the bytes as sent, and their media type. [`Client::execute_stream`] hands a large
//! body over chunk by chunk instead, as a [`ByteStream`].
//!
//! ```no_run
//! # #[cfg(feature = "invoices")]
//! # async fn run(client: atlas_admin_api::Client) -> Result<(), atlas_admin_api::Error> {
//! use atlas_admin_api::operations::get_org_invoice_csv as csv;
//! use atlas_admin_api::NoBody;
//! use futures_util::TryStreamExt;
//!
//! let params = csv::Params::new("32b6e34b3d91647abb20e7b8", "32b6e34b3d91647abb20e7b9");
//! let invoice = client.execute::<csv::Latest>(&params, &NoBody).await?.body;
//! println!("{} bytes of {:?}", invoice.len(), invoice.media_type());
//!
//! let mut chunks = client.execute_stream::<csv::Latest>(&params, &NoBody).await?.body;
//! while let Some(chunk) = chunks.try_next().await? {
//!     println!("{} more bytes", chunk.len());
//! }
//! # Ok(())
//! # }
//! ```
//!
//! # Errors
//!
//! Every call answers [`Error`]. An error status whose body is Atlas's error body is
//! [`Error::Api`]: its [`error::ApiError`] holds the `errorCode`, the `detail` and the other
//! members, and [`error::ApiError::body`] the body as the operation declares it. A request that
//! breaks the spec's constraints is [`Error::Validation`], and is not sent.
//!
//! ```no_run
//! # #[cfg(feature = "cloud-backups")]
//! # async fn run(client: atlas_admin_api::Client) -> Result<(), atlas_admin_api::Error> {
//! use atlas_admin_api::operations::get_group_backup_export_bucket as get;
//! use atlas_admin_api::{Error, NoBody};
//!
//! let params = get::Params::new("32b6e34b3d91647abb20e7b8", "32b6e34b3d91647abb20e7b9");
//! match client.execute::<get::Latest>(&params, &NoBody).await {
//!     Ok(bucket) => println!("{:?}", bucket.body),
//!     Err(Error::Api { status: 404, error, .. }) => {
//!         let detail = error.detail.as_deref().unwrap_or_default();
//!         println!("no such bucket ({}): {detail}", error.error_code);
//!     }
//!     Err(other) => return Err(other),
//! }
//! # Ok(())
//! # }
//! ```
//!
//! `atlas-export-buckets`' client hands this runtime client out (`Client::runtime()`), so both
//! crates can be used with one client.

#![cfg_attr(docsrs, feature(doc_cfg))]
// A union holds each shape by value, as the spec declares it (a text search index beside a
// vector search index, say): a `Box` in one variant would tell users nothing about the API.
#![allow(clippy::large_enum_variant)]
// Everything below the re-exports is generated, and a generated function is as long as the spec
// makes it: `__visit_operations` has a line per operation version, and a union's hand-made
// (de)serializer an arm per variant (379 alert and metric types). This crate writes no function
// of its own.
#![allow(clippy::too_many_lines)]

pub use atlas_client_runtime::operation::{NoBody, NoContent, Operation};
pub use atlas_client_runtime::{
    auth, client, decode_response, error, operation, paginate, read_response, response, retry,
    token_cache, validation, Binary, ByteStream, Client, ClientBuilder, Credentials, Error,
    Nullable, Paginated, Response, ResponseMeta, RetryPolicy,
};

/// An in-process mock Atlas that answers any operation with typed values, for tests (feature
/// `testing`).
#[cfg(feature = "testing")]
pub use atlas_client_runtime::testing;

/// Items the generated code reaches through one path, so that schema names cannot shadow them.
#[doc(hidden)]
pub mod __codegen {
    pub use atlas_client_runtime::__codegen::*;
}

// The generated API, split across crates so that no one rustc holds all of it (see `Cargo.toml`):
// every type and operation at the same path as if this crate held them. A part that the enabled
// tags leave empty has nothing to re-export.
#[allow(unused_imports)]
pub use atlas_admin_api_base::*;
#[allow(unused_imports)]
pub use atlas_admin_api_part_1::*;
#[allow(unused_imports)]
pub use atlas_admin_api_part_2::*;
#[allow(unused_imports)]
pub use atlas_admin_api_part_3::*;
#[allow(unused_imports)]
pub use atlas_admin_api_part_4::*;

/// The spec's operations: one module each, with a marker type per API version.
#[allow(unused_imports)]
pub mod operations {
    pub use atlas_admin_api_part_1::operations::*;
    pub use atlas_admin_api_part_2::operations::*;
    pub use atlas_admin_api_part_3::operations::*;
    pub use atlas_admin_api_part_4::operations::*;
}

// The `tags` module, and the operation index with its feature.
include!(env!("ATLAS_ADMIN_API_TOP"));
