//! The whole MongoDB Atlas Administration API v2 as a typed Rust client, generated at build time
//! by `atlas-codegen` from the spec **as MongoDB publishes it** (vendored byte for byte in
//! `spec/atlas-api.yaml`, with the corrections of `spec/overrides.yaml`; see `spec/README.md`).
//!
//! **One cargo feature per spec tag**, none by default: a crate that enables `cloud-backups`
//! compiles that tag's operations and the types they reach, nothing else; `all` enables every
//! tag with a stable operation. `preview` adds the preview API (each `Preview` version, and the
//! operations that exist only in preview); `all` never turns it on. Each operation is a module
//! of [`operations`], named by its `operationId` (the legacy name the Go SDK and the Atlas CLI
//! use is an alias), with a marker type per API version (`V2023_01_01`, ...) and `Latest`, the
//! newest stable one; the runtime's client ([`Client::execute`]) sends any of them. Enums keep
//! an `Unknown` fallback, and discriminated unions are tagged enums.
//!
//! Answers are read as Atlas sends them: a 2xx the operation does not declare is read with its
//! success type ([`ResponseMeta::read_as`]), members the spec lacks are named in
//! [`ResponseMeta::unknown_fields`], and [`decode_response`] is the same reading for an answer
//! you hold (a recorded one, in a test).
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
//! `atlas-export-buckets`' client hands this runtime client out (`Client::runtime()`), so both
//! crates can be used with one client.

// A union holds each shape by value, as the spec declares it (a text search index beside a
// vector search index, say): a `Box` in one variant would tell users nothing about the API.
#![allow(clippy::large_enum_variant)]

pub use atlas_client_runtime::operation::{NoBody, NoContent, Operation};
pub use atlas_client_runtime::{
    auth, decode_response, error, operation, paginate, read_response, response, retry, token_cache,
    validation, Binary, ByteStream, Client, ClientBuilder, Credentials, Error, Paginated, Response,
    ResponseMeta, RetryPolicy,
};

/// Items the generated code reaches through one path, so that schema names cannot shadow them.
#[doc(hidden)]
pub mod __codegen {
    pub use atlas_client_runtime::__codegen::*;
}

include!(concat!(env!("OUT_DIR"), "/atlas.rs"));

// The operations' declared error body, read into the runtime's open `ApiError` (`Error::Api`).
// The build script sets the cfg when the enabled tags generate it.
#[cfg(atlas_api_error)]
atlas_client_runtime::__impl_error_body!(ApiError);
