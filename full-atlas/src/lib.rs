//! The whole MongoDB Atlas Administration API v2 (514 operations), generated at build time by
//! `atlas-codegen` from the SDK's transformed spec, unedited. A stress build of the generator.

#![deny(warnings)]

#[doc(hidden)]
mod __codegen {
    pub use atlas_export_buckets::__codegen::*;
}

include!(concat!(env!("OUT_DIR"), "/atlas.rs"));
