//! Part of [`atlas-admin-api`](https://docs.rs/atlas-admin-api): depend on that crate, which
//! re-exports everything here at its root.
//!
//! Its build script generates the whole API from the spec as MongoDB publishes it (for the tags
//! its features enable), split across crates so that no one rustc holds all of it. This crate
//! compiles the types that the operations of several part crates reach; each
//! `atlas-admin-api-part-N` compiles the types and operations of its tags (`groups.txt`).

#![cfg_attr(docsrs, feature(doc_cfg))]
// A union holds each shape by value, as the spec declares it.
#![allow(clippy::large_enum_variant)]
// Everything here is generated, and a generated function is as long as the spec makes it.
#![allow(clippy::too_many_lines)]

/// Items the generated code reaches through one path, so that schema names cannot shadow them.
// Unused when the enabled tags put nothing in this part.
#[allow(unused_imports)]
mod __codegen {
    pub use atlas_client_runtime::__codegen::*;
}

include!(concat!(env!("OUT_DIR"), "/shared.rs"));

// The operations' declared error body, read into the runtime's open `ApiError` (`Error::Api`),
// where the build script generated it into this crate.
#[cfg(atlas_api_error)]
atlas_client_runtime::__impl_error_body!(ApiError);
