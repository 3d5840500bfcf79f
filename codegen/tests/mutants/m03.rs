// @generated from mutant-of-error_model.yaml by atlas-codegen; do not edit.
// Regenerate: cargo run -p atlas-codegen -- generate
// Warning: mutant-of-error_model.yaml: /components/schemas/ApiError/required: warning: required property "errorCode" is not declared by the schema or its allOf members

/// `ApiError`
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct ApiError {
    /// `error`.
    pub error: i32,
    /// `detail`.
    pub detail: ::std::option::Option<::std::string::String>,
    /// `reason`.
    pub reason: ::std::option::Option<::std::string::String>,
    /// `parameters`.
    pub parameters: ::std::option::Option<::std::vec::Vec<::serde_json::Value>>,
    /// `super`.
    pub super_: ::std::option::Option<::std::string::String>,
    /// `Unknown`.
    pub unknown: ::std::option::Option<None_>,
}
impl ::serde::Serialize for ApiError {
    fn serialize<__S: ::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> ::std::result::Result<__S::Ok, __S::Error> {
        crate::__codegen::encode_struct!(
            serializer, self, ApiError { error : required("error"), detail :
            optional("detail"), reason : optional("reason"), parameters :
            optional("parameters"), super_ : optional("super"), unknown :
            optional("Unknown"), }
        )
    }
}
impl<'de> ::serde::Deserialize<'de> for ApiError {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::std::result::Result<Self, __D::Error> {
        crate::__codegen::decode_struct!(
            deserializer, ApiError { error : required(0, "error"), detail : optional(1,
            "detail"), reason : optional(2, "reason"), parameters : optional(3,
            "parameters"), super_ : optional(4, "super"), unknown : optional(5,
            "Unknown"), }
        )
    }
}
impl ApiError {
    /// Creates a value from its required fields (`error`); optional fields start unset.
    pub fn new(error: i32) -> Self {
        Self {
            error,
            detail: ::std::option::Option::None,
            reason: ::std::option::Option::None,
            parameters: ::std::option::Option::None,
            super_: ::std::option::Option::None,
            unknown: ::std::option::Option::None,
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
    /// Sets `super`.
    #[must_use]
    pub fn with_super(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.super_ = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `Unknown`.
    #[must_use]
    pub fn with_unknown(mut self, value: None_) -> Self {
        self.unknown = ::std::option::Option::Some(value);
        self
    }
}
/// `FieldViolation`
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct FieldViolation {
    /// `description`.
    pub description: ::std::string::String,
    /// `field`.
    pub field: ::std::string::String,
}
impl ::serde::Serialize for FieldViolation {
    fn serialize<__S: ::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> ::std::result::Result<__S::Ok, __S::Error> {
        crate::__codegen::encode_struct!(
            serializer, self, FieldViolation { description : required("description"),
            field : required("field"), }
        )
    }
}
impl<'de> ::serde::Deserialize<'de> for FieldViolation {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::std::result::Result<Self, __D::Error> {
        crate::__codegen::decode_struct!(
            deserializer, FieldViolation { description : required(0, "description"),
            field : required(1, "field"), }
        )
    }
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
/// `None`
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[non_exhaustive]
pub struct None_ {
    /// `fields`.
    pub fields: ::std::option::Option<::std::vec::Vec<FieldViolation>>,
}
impl ::serde::Serialize for None_ {
    fn serialize<__S: ::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> ::std::result::Result<__S::Ok, __S::Error> {
        crate::__codegen::encode_struct!(
            serializer, self, None_ { fields : optional("fields"), }
        )
    }
}
impl<'de> ::serde::Deserialize<'de> for None_ {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::std::result::Result<Self, __D::Error> {
        crate::__codegen::decode_struct!(
            deserializer, None_ { fields : optional(0, "fields"), }
        )
    }
}
impl None_ {
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
/// `Widget`
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[non_exhaustive]
pub struct Widget {
    /// `name`.
    pub name: ::std::option::Option<::std::string::String>,
}
impl ::serde::Serialize for Widget {
    fn serialize<__S: ::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> ::std::result::Result<__S::Ok, __S::Error> {
        crate::__codegen::encode_struct!(
            serializer, self, Widget { name : optional("name"), }
        )
    }
}
impl<'de> ::serde::Deserialize<'de> for Widget {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::std::result::Result<Self, __D::Error> {
        crate::__codegen::decode_struct!(
            deserializer, Widget { name : optional(0, "name"), }
        )
    }
}
impl Widget {
    /// Creates a value with every optional field unset.
    pub fn new() -> Self {
        Self {
            name: ::std::option::Option::None,
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
            const PRODUCT: ::std::option::Option<&'static str> = ::std::option::Option::Some(
                ::std::concat!(
                    ::std::env!("CARGO_PKG_NAME"), "/", ::std::env!("CARGO_PKG_VERSION")
                ),
            );
        }
        /// The newest version the spec declares for this operation.
        pub type Latest = V2024_05_30;
    }
}
