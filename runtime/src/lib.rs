//! The hand-written runtime of the clients `atlas-codegen` generates for the MongoDB Atlas
//! Administration API: the HTTP [`Client`] (authentication, retries, timeouts, versioned media
//! types), response metadata, typed errors, request validation, and the items generated code
//! reaches through [`__codegen`].
//!
//! A generated crate (`atlas-export-buckets`, or any crate whose build script runs the generator)
//! depends on this one and re-exports what its users need. Operations are types implementing
//! [`operation::Operation`]; [`Client::execute`] sends any of them:
//!
//! ```no_run
//! # async fn run() -> Result<(), atlas_client_runtime::Error> {
//! use atlas_client_runtime::{Client, Credentials};
//!
//! let client = Client::builder()
//!     .credentials(Credentials::service_account("mdb_sa_id_...", "mdb_sa_sk_..."))
//!     .build()?;
//! # let _ = client;
//! # Ok(())
//! # }
//! ```
//!
//! A success body whose declared media type is not JSON (a gzip log download, a CSV invoice) is
//! a [`Binary`]: the bytes as sent, with their media type. [`Client::execute_stream`] hands a
//! large body over as a [`ByteStream`] instead. [`Client::paginate`] streams every item of a list
//! operation, one implementing [`Paginated`] (the generator writes it for each list).

mod api_error;
pub mod auth;
mod binary;
pub mod catalog;
pub mod client;
mod decode;
pub mod error;
mod fields;
mod logging;
mod nullable;
pub mod operation;
pub mod paginate;
pub mod response;
pub mod retry;
#[doc(hidden)]
pub mod strict;
mod tagged;
#[cfg(feature = "testing")]
pub mod testing;
pub mod token_cache;
pub mod validation;
mod visit;

pub use auth::Credentials;
pub use binary::{Binary, ByteStream};
pub use client::{Client, ClientBuilder};
pub use decode::{decode_response, read_response};
pub use error::Error;
pub use nullable::Nullable;
pub use paginate::Paginated;
pub use response::{Response, ResponseMeta};
pub use retry::RetryPolicy;

/// Items the generated code reaches through one path, so that schema names cannot shadow them.
#[doc(hidden)]
pub mod __codegen {
    pub use crate::__decode_struct as decode_struct;
    pub use crate::__encode_struct as encode_struct;
    pub use crate::binary::Binary;
    pub use crate::catalog::{OperationInfo, ParameterInfo, ValueKind};
    pub use crate::error::{ApiError, BadRequestDetail, ErrorBody, ErrorCode, FieldViolation};
    pub use crate::fields::{next_field, optional, required, skip_field, FieldKey};
    pub use crate::nullable::{deserialize_present, Nullable};
    pub use crate::operation::{
        HeaderDescriptor, Method, NoBody, NoContent, Operation, OperationDescriptor,
        ParameterDescriptor, ParameterLocation, Params, ResponseDescriptor,
    };
    pub use crate::paginate::Paginated;
    pub use crate::tagged::{
        deserialize_tag_checked, deserialize_tagged, serialize_with_tag, TagChecked, Tagged,
    };
    pub use crate::validation::{
        check_items, check_number, check_str, Location, Pattern, StrRule, Validate, Violation,
    };
    pub use crate::visit::OperationVisitor;
}

/// `ErrorBody` for a generated `ApiError` with Atlas's error-body shape (`error`, `errorCode` as
/// the generated `ErrorCode` enum, `detail`, `reason`, `parameters`, `badRequestDetail.fields`):
/// `__impl_error_body!(path::to::ApiError)`. Generated crates call it for their error body.
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_error_body {
    ($body:ty) => {
        impl $crate::error::ErrorBody for $body {
            fn to_api_error(&self) -> $crate::error::ApiError {
                let mut open = $crate::error::ApiError::new(self.error, self.error_code.as_str());
                open.detail = self.detail.clone();
                open.reason = self.reason.clone();
                open.parameters = self.parameters.clone();
                open.bad_request_detail = self.bad_request_detail.as_ref().map(|b| {
                    let mut detail = $crate::error::BadRequestDetail::new();
                    detail.fields = b.fields.as_ref().map(|fields| {
                        fields
                            .iter()
                            .map(|v| {
                                $crate::error::FieldViolation::new(
                                    v.description.as_str(),
                                    v.field.as_str(),
                                )
                            })
                            .collect()
                    });
                    detail
                });
                open
            }

            fn typed_code(&self) -> &(dyn ::std::any::Any + Send + Sync) {
                &self.error_code
            }
        }
    };
}
