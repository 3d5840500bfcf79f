// @generated from mutant-of-error_model.yaml by atlas-codegen; do not edit.
// Regenerate: cargo run -p atlas-codegen -- generate

/// `ApiError`
#[derive(Debug, Clone, PartialEq, Eq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ApiError {
    /// `error`.
    pub error: i32,
    /// `errorCode`.
    #[serde(rename = "errorCode")]
    pub error_code: ErrorCode,
    /// `detail`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub detail: ::std::option::Option<::std::string::String>,
    /// `reason`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub reason: ::std::option::Option<::std::string::String>,
    /// `parameters`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub parameters: ::std::option::Option<::std::vec::Vec<::serde_json::Value>>,
    /// `1st`.
    #[serde(
        rename = "1st",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub n_1st: ::std::option::Option<BadRequestDetail>,
    /// ``.
    #[serde(
        rename = "",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub n: ::std::option::Option<::std::string::String>,
}
impl ApiError {
    /// Creates a value from its required fields (`error`, `errorCode`); optional fields start unset.
    pub fn new(error: i32, error_code: ErrorCode) -> Self {
        Self {
            error,
            error_code,
            detail: ::std::option::Option::None,
            reason: ::std::option::Option::None,
            parameters: ::std::option::Option::None,
            n_1st: ::std::option::Option::None,
            n: ::std::option::Option::None,
        }
    }
    /// Sets `detail`.
    #[must_use]
    pub fn with_detail(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.detail = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `reason`.
    #[must_use]
    pub fn with_reason(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.reason = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `parameters`.
    #[must_use]
    pub fn with_parameters(
        mut self,
        value: ::std::vec::Vec<::serde_json::Value>,
    ) -> Self {
        self.parameters = ::std::option::Option::Some(value);
        self
    }
    /// Sets `1st`.
    #[must_use]
    pub fn with_n_1st(mut self, value: BadRequestDetail) -> Self {
        self.n_1st = ::std::option::Option::Some(value);
        self
    }
    /// Sets ``.
    #[must_use]
    pub fn with_n(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.n = ::std::option::Option::Some(value.into());
        self
    }
}
/// `BadRequestDetail`
#[derive(Debug, Clone, PartialEq, Eq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct BadRequestDetail {
    /// `fields`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub fields: ::std::option::Option<::std::vec::Vec<FieldViolation>>,
}
impl BadRequestDetail {
    /// Creates a value with every optional field unset.
    pub fn new() -> Self {
        Self {
            fields: ::std::option::Option::None,
        }
    }
    /// Sets `fields`.
    #[must_use]
    pub fn with_fields(mut self, value: ::std::vec::Vec<FieldViolation>) -> Self {
        self.fields = ::std::option::Option::Some(value);
        self
    }
}
/// Values of `errorCode`.
///
/// Known values are those the spec's examples use; any other value is kept in the fallback variant.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ErrorCode {
    /// `VALIDATION_ERROR`
    ValidationError,
    /// `RESOURCE_NOT_FOUND`
    ResourceNotFound,
    /// A value this version of the crate does not know, kept as received.
    Unknown(::std::string::String),
}
impl ErrorCode {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ValidationError => "VALIDATION_ERROR",
            Self::ResourceNotFound => "RESOURCE_NOT_FOUND",
            Self::Unknown(value) => value.as_str(),
        }
    }
}
impl ::std::convert::From<&str> for ErrorCode {
    fn from(value: &str) -> Self {
        match value {
            "VALIDATION_ERROR" => Self::ValidationError,
            "RESOURCE_NOT_FOUND" => Self::ResourceNotFound,
            _ => Self::Unknown(value.to_owned()),
        }
    }
}
impl ::std::fmt::Display for ErrorCode {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for ErrorCode {
    fn serialize<__S: ::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> ::std::result::Result<__S::Ok, __S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for ErrorCode {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::std::result::Result<Self, __D::Error> {
        let value = <::std::borrow::Cow<
            'de,
            str,
        > as ::serde::Deserialize>::deserialize(deserializer)?;
        ::std::result::Result::Ok(Self::from(&*value))
    }
}
impl crate::__codegen::Validate for ErrorCode {
    fn collect_violations(
        &self,
        _at: &str,
        _out: &mut ::std::vec::Vec<crate::__codegen::Violation>,
    ) {}
}
/// `FieldViolation`
#[derive(Debug, Clone, PartialEq, Eq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct FieldViolation {
    /// `description`.
    pub description: ::std::string::String,
    /// `field`.
    pub field: ::std::string::String,
}
impl FieldViolation {
    /// Creates a value from its required fields (`description`, `field`); optional fields start unset.
    pub fn new(
        description: impl ::std::convert::Into<::std::string::String>,
        field: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            description: description.into(),
            field: field.into(),
        }
    }
}
/// `Widget`
#[derive(Debug, Clone, PartialEq, Eq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct Widget {
    /// `name`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    /// `None`.
    #[serde(
        rename = "None",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub none: ::std::option::Option<::std::string::String>,
}
impl Widget {
    /// Creates a value with every optional field unset.
    pub fn new() -> Self {
        Self {
            name: ::std::option::Option::None,
            none: ::std::option::Option::None,
        }
    }
    /// Sets `name`.
    #[must_use]
    pub fn with_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `None`.
    #[must_use]
    pub fn with_none(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.none = ::std::option::Option::Some(value.into());
        self
    }
}
/// The spec's operations: one module each, with a marker type per API version.
pub mod operations {
    /// `getWidget`.
    ///
    /// `GET /widgets/{widgetId}`
    pub mod get_widget {
        /// Path and query parameters of `getWidget`.
        #[derive(Debug, Clone, PartialEq, Eq)]
        #[non_exhaustive]
        pub struct Params {
            /// `widgetId`.
            pub widget_id: ::std::string::String,
        }
        impl Params {
            /// Creates the parameters from the required ones; optional ones start unset.
            pub fn new(
                widget_id: impl ::std::convert::Into<::std::string::String>,
            ) -> Self {
                Self {
                    widget_id: widget_id.into(),
                }
            }
        }
        impl crate::__codegen::Validate for Params {
            fn collect_violations(
                &self,
                _at: &str,
                _out: &mut ::std::vec::Vec<crate::__codegen::Violation>,
            ) {}
        }
        impl crate::__codegen::Params for Params {
            fn path_values(
                &self,
            ) -> ::std::vec::Vec<(&'static str, ::std::borrow::Cow<'_, str>)> {
                ::std::vec![
                    ("widgetId", ::std::borrow::Cow::Borrowed(self.widget_id.as_str())),
                ]
            }
            fn query_values(
                &self,
            ) -> ::std::vec::Vec<(&'static str, ::std::string::String)> {
                ::std::vec::Vec::new()
            }
        }
        /// `getWidget` at API version 2024-05-30 (`application/vnd.atlas.2024-05-30+json`).
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
        pub struct V2024_05_30;
        impl crate::__codegen::Operation for V2024_05_30 {
            type Params = Params;
            type Request = crate::__codegen::NoBody;
            type Response = super::super::Widget;
            type Error = super::super::ApiError;
            const DESCRIPTOR: &'static crate::__codegen::OperationDescriptor = &crate::__codegen::OperationDescriptor {
                operation_id: "getWidget",
                operation_id_override: ::std::option::Option::None,
                method: crate::__codegen::Method::Get,
                path: "/widgets/{widgetId}",
                version: ::std::option::Option::Some("2024-05-30"),
                accept: "application/vnd.atlas.2024-05-30+json",
                content_type: ::std::option::Option::None,
                request_body_required: false,
                success_status: 200u16,
                sunset: ::std::option::Option::None,
                required_roles: &[],
                parameters: &[
                    crate::__codegen::ParameterDescriptor {
                        name: "widgetId",
                        location: crate::__codegen::ParameterLocation::Path,
                        required: true,
                        settable: true,
                        default: ::std::option::Option::None,
                    },
                ],
                responses: &[
                    crate::__codegen::ResponseDescriptor {
                        status: "200",
                        description: "OK",
                        media_type: ::std::option::Option::Some(
                            "application/vnd.atlas.2024-05-30+json",
                        ),
                        body: ::std::option::Option::Some("Widget"),
                        headers: &[],
                    },
                    crate::__codegen::ResponseDescriptor {
                        status: "400",
                        description: "Bad Request.",
                        media_type: ::std::option::Option::Some("application/json"),
                        body: ::std::option::Option::Some("ApiError"),
                        headers: &[],
                    },
                    crate::__codegen::ResponseDescriptor {
                        status: "404",
                        description: "Not Found.",
                        media_type: ::std::option::Option::Some("application/json"),
                        body: ::std::option::Option::Some("ApiError"),
                        headers: &[],
                    },
                ],
            };
        }
        /// The newest version the spec declares for this operation.
        pub type Latest = V2024_05_30;
    }
}
