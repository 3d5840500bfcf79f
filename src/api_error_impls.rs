//! The generated error bodies of this crate's two APIs, read into the open [`ApiError`].

use std::any::Any;

use crate::error::{ApiError, BadRequestDetail, ErrorBody, FieldViolation};
use crate::{v1, v2};

/// `ErrorBody` for an API's generated `ApiError`: the two share the shape of Atlas's error body.
macro_rules! error_body {
    ($api:ident) => {
        impl ErrorBody for $api::ApiError {
            fn to_api_error(&self) -> ApiError {
                let mut open = ApiError::new(self.error, self.error_code.as_str());
                open.detail = self.detail.clone();
                open.reason = self.reason.clone();
                open.parameters = self.parameters.clone();
                open.bad_request_detail = self.bad_request_detail.as_ref().map(|b| {
                    let mut detail = BadRequestDetail::new();
                    detail.fields = b.fields.as_ref().map(|fields| {
                        fields
                            .iter()
                            .map(|v| FieldViolation::new(v.description.as_str(), v.field.as_str()))
                            .collect()
                    });
                    detail
                });
                open
            }

            fn typed_code(&self) -> &(dyn Any + Send + Sync) {
                &self.error_code
            }
        }
    };
}

error_body!(v2);
error_body!(v1);
