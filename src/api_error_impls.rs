//! The generated error bodies of this crate's two APIs, read into the runtime's open `ApiError`.

atlas_client_runtime::__impl_error_body!(crate::v2::ApiError);
atlas_client_runtime::__impl_error_body!(crate::v1::ApiError);
