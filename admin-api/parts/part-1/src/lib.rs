//! Part of [`atlas-admin-api`](https://docs.rs/atlas-admin-api): depend on that crate, which
//! re-exports everything here at its root, and this part's operations in its `operations`
//! module.
//!
//! `atlas-admin-api-base`'s build script generates the whole API, split across crates so that
//! no one rustc holds all of it; each part crate compiles the types and operations of its tags
//! (that crate's `groups.txt`), and sees the shared types at its root. Every part crate has this
//! file.

#![cfg_attr(docsrs, feature(doc_cfg))]
// A union holds each shape by value, as the spec declares it.
#![allow(clippy::large_enum_variant)]
// Everything here is generated, and a generated function is as long as the spec makes it.
#![allow(clippy::too_many_lines)]

// The shared types, which this part's types and operations name as their own.
#[allow(unused_imports)]
use atlas_admin_api_base::*;
// What the operations' docs link to (`crate::Client`), as in `atlas-admin-api`.
#[allow(unused_imports)]
use atlas_client_runtime::Client;

/// Items the generated code reaches through one path, so that schema names cannot shadow them.
// Unused when the enabled tags put nothing in this part.
#[allow(unused_imports)]
mod __codegen {
    pub use atlas_client_runtime::__codegen::*;

    /// The product the operations name in the `User-Agent`: the crate users depend on, whose
    /// version every part shares. Unused when the enabled tags put no operation in this part.
    #[allow(dead_code)]
    pub const PRODUCT: &str = concat!("atlas-admin-api/", env!("CARGO_PKG_VERSION"));
}

include!(env!("ATLAS_ADMIN_API_PART"));

// The operations' declared error body, read into the runtime's open `ApiError` (`Error::Api`),
// where the build script generated it into this crate.
#[cfg(atlas_api_error)]
atlas_client_runtime::__impl_error_body!(ApiError);
