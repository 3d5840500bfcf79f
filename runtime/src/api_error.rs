//! The error body Atlas sends with an error status, owned by the runtime: open to any error code,
//! and carrying the body as the operation declared it.

use std::any::Any;
use std::borrow::Cow;
use std::fmt;
use std::sync::Arc;

/// An Atlas application error code (`errorCode`), kept as sent: any code is one, known or not.
///
/// The typed code of an operation's declared error body (`v2::ErrorCode`, say) is reached through
/// [`crate::Error::error_code`] or [`ApiError::typed_error_code`].
#[derive(
    Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
#[serde(transparent)]
pub struct ErrorCode(Cow<'static, str>);

impl ErrorCode {
    /// `RESOURCE_NOT_FOUND`.
    pub const RESOURCE_NOT_FOUND: ErrorCode = ErrorCode(Cow::Borrowed("RESOURCE_NOT_FOUND"));
    /// `VALIDATION_ERROR`.
    pub const VALIDATION_ERROR: ErrorCode = ErrorCode(Cow::Borrowed("VALIDATION_ERROR"));

    /// A code from its wire form.
    pub fn new(code: impl Into<String>) -> Self {
        ErrorCode(Cow::Owned(code.into()))
    }

    /// The code as it appears on the wire.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for ErrorCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl From<&str> for ErrorCode {
    fn from(code: &str) -> Self {
        ErrorCode::new(code)
    }
}

impl From<String> for ErrorCode {
    fn from(code: String) -> Self {
        ErrorCode::new(code)
    }
}

impl PartialEq<str> for ErrorCode {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for ErrorCode {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl PartialEq<ErrorCode> for str {
    fn eq(&self, other: &ErrorCode) -> bool {
        self == other.as_str()
    }
}

impl PartialEq<ErrorCode> for &str {
    fn eq(&self, other: &ErrorCode) -> bool {
        *self == other.as_str()
    }
}

/// One request element Atlas found wrong.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct FieldViolation {
    /// A description of why the request element is bad.
    pub description: String,
    /// A path that leads to a field in the request body.
    pub field: String,
}

impl FieldViolation {
    /// A violation of `field`, described.
    pub fn new(description: impl Into<String>, field: impl Into<String>) -> Self {
        FieldViolation {
            description: description.into(),
            field: field.into(),
        }
    }
}

/// What was wrong with a bad request.
#[derive(Debug, Clone, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct BadRequestDetail {
    /// Every violation in the request.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fields: Option<Vec<FieldViolation>>,
}

impl BadRequestDetail {
    /// No violation listed.
    pub fn new() -> Self {
        Self::default()
    }

    /// Sets `fields`.
    #[must_use]
    pub fn with_fields(mut self, fields: Vec<FieldViolation>) -> Self {
        self.fields = Some(fields);
        self
    }
}

/// An Atlas error body (`error`, `errorCode`, `detail`, ...), with any error code.
///
/// The client decodes an error response as the operation's declared error type
/// ([`crate::operation::Operation::Error`]), which it keeps: [`ApiError::body`] returns it typed
/// (`v2::ApiError` for the v2 operations). The fields here are read from it. Deserializing an
/// `ApiError` directly reads the fields alone, and keeps no declared body.
#[derive(Clone, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ApiError {
    /// Details of a bad request.
    #[serde(
        rename = "badRequestDetail",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub bad_request_detail: Option<BadRequestDetail>,
    /// The conditions or reasons of this error.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
    /// The HTTP status Atlas gives in the body.
    pub error: i32,
    /// The application error code.
    #[serde(rename = "errorCode")]
    pub error_code: ErrorCode,
    /// Parameters that tell more about the error.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parameters: Option<Vec<serde_json::Value>>,
    /// The application error message.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// The body as the operation declared it.
    #[serde(skip)]
    declared: Option<Arc<dyn Declared>>,
}

impl ApiError {
    /// A body from its required fields; the others start unset.
    pub fn new(error: i32, error_code: impl Into<ErrorCode>) -> Self {
        ApiError {
            bad_request_detail: None,
            detail: None,
            error,
            error_code: error_code.into(),
            parameters: None,
            reason: None,
            declared: None,
        }
    }

    /// Sets `badRequestDetail`.
    #[must_use]
    pub fn with_bad_request_detail(mut self, value: BadRequestDetail) -> Self {
        self.bad_request_detail = Some(value);
        self
    }

    /// Sets `detail`.
    #[must_use]
    pub fn with_detail(mut self, value: impl Into<String>) -> Self {
        self.detail = Some(value.into());
        self
    }

    /// Sets `parameters`.
    #[must_use]
    pub fn with_parameters(mut self, value: Vec<serde_json::Value>) -> Self {
        self.parameters = Some(value);
        self
    }

    /// Sets `reason`.
    #[must_use]
    pub fn with_reason(mut self, value: impl Into<String>) -> Self {
        self.reason = Some(value.into());
        self
    }

    /// The open form of a declared error body, which keeps the body itself.
    pub fn from_body<B: ErrorBody>(body: B) -> Self {
        let mut open = body.to_api_error();
        open.declared = Some(Arc::new(body));
        open
    }

    /// The body as the operation declared it, when it is a `T` (`v2::ApiError` for the v2
    /// operations, `v1::ApiError` for the v1.0 ones).
    pub fn body<T: Any>(&self) -> Option<&T> {
        self.declared.as_deref()?.as_any().downcast_ref()
    }

    /// The error code as a `C`: the declared body's typed code (`v2::ErrorCode` for the v2
    /// operations), or this open [`ErrorCode`].
    pub fn typed_error_code<C: Any>(&self) -> Option<&C> {
        let typed = self.declared.as_deref().map(Declared::code);
        typed
            .and_then(|c| c.downcast_ref())
            .or_else(|| (&self.error_code as &dyn Any).downcast_ref())
    }
}

impl fmt::Debug for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut s = f.debug_struct("ApiError");
        s.field("error", &self.error)
            .field("error_code", &self.error_code)
            .field("detail", &self.detail)
            .field("reason", &self.reason)
            .field("parameters", &self.parameters)
            .field("bad_request_detail", &self.bad_request_detail);
        if let Some(d) = &self.declared {
            s.field("declared_as", &d.type_name());
        }
        s.finish()
    }
}

/// An operation's declared error type, as the client keeps it: its fields in the open
/// [`ApiError`], and its typed error code.
///
/// [`crate::Client::execute`] calls operations whose [`crate::operation::Operation::Error`]
/// implements it.
pub trait ErrorBody: Any + Send + Sync + std::panic::RefUnwindSafe {
    /// The fields of this body, in the open form (with no declared body).
    fn to_api_error(&self) -> ApiError;
    /// The body's error code in its own type (`v2::ErrorCode`, say), which
    /// [`ApiError::typed_error_code`] hands out.
    fn typed_code(&self) -> &(dyn Any + Send + Sync);
}

impl ErrorBody for ApiError {
    fn to_api_error(&self) -> ApiError {
        ApiError {
            declared: None,
            ..self.clone()
        }
    }

    fn typed_code(&self) -> &(dyn Any + Send + Sync) {
        &self.error_code
    }
}

/// The error body of an operation whose error responses declare different schemas (the
/// generator types it as JSON): the members with the shape of Atlas's error body (`error`,
/// `errorCode`, `detail`, `reason`, `parameters`, `badRequestDetail`) fill the open form, an
/// absent `error` being `0` and an absent `errorCode` empty; [`ApiError::body`] returns the
/// whole JSON, and the typed code is the `errorCode` member as JSON.
impl ErrorBody for serde_json::Value {
    fn to_api_error(&self) -> ApiError {
        if let Ok(open) = serde_json::from_value::<ApiError>(self.clone()) {
            return open;
        }
        let text = |name: &str| self.get(name).and_then(serde_json::Value::as_str);
        let status = self
            .get("error")
            .and_then(serde_json::Value::as_i64)
            .and_then(|s| i32::try_from(s).ok())
            .unwrap_or(0);
        let mut open = ApiError::new(status, text("errorCode").unwrap_or_default());
        open.detail = text("detail").map(str::to_owned);
        open.reason = text("reason").map(str::to_owned);
        open
    }

    fn typed_code(&self) -> &(dyn Any + Send + Sync) {
        self.get("errorCode").unwrap_or(&serde_json::Value::Null)
    }
}

/// A declared body behind a pointer, reached by its type.
trait Declared: Send + Sync + std::panic::RefUnwindSafe {
    fn as_any(&self) -> &dyn Any;
    fn code(&self) -> &dyn Any;
    fn type_name(&self) -> &'static str;
}

impl<B: ErrorBody> Declared for B {
    fn as_any(&self) -> &dyn Any {
        self
    }

    fn code(&self) -> &dyn Any {
        self.typed_code()
    }

    fn type_name(&self) -> &'static str {
        std::any::type_name::<B>()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_json_error_body_fills_the_open_form_and_is_kept_whole() {
        let body = serde_json::json!({
            "error": 400,
            "errorCode": "INVALID_POLICY",
            "detail": "the policy does not parse",
            "invalidPolicies": [{"id": "p1"}],
        });
        let open = ApiError::from_body(body.clone());
        assert_eq!(open.error, 400);
        assert_eq!(open.error_code.as_str(), "INVALID_POLICY");
        assert_eq!(open.detail.as_deref(), Some("the policy does not parse"));
        assert_eq!(open.body::<serde_json::Value>(), Some(&body));
        assert_eq!(
            open.typed_error_code::<serde_json::Value>(),
            Some(&serde_json::json!("INVALID_POLICY"))
        );
    }

    #[test]
    fn a_json_error_body_of_another_shape_still_reads() {
        let body = serde_json::json!({"errorType": "INVALID", "reason": "bad"});
        let open = ApiError::from_body(body);
        assert_eq!((open.error, open.error_code.as_str()), (0, ""));
        assert_eq!(open.reason.as_deref(), Some("bad"));
    }
}
