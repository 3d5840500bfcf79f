// @generated from mutant-of-headers.yaml by atlas-codegen; do not edit.
// Regenerate: cargo run -p atlas-codegen -- generate
// Warning: mutant-of-headers.yaml: /components/schemas/Quota/required: warning: required property "used" is not declared by the schema or its allOf members

/// `ApiError`
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct ApiError {
    /// `error`.
    pub error: i32,
    /// `errorCode`.
    pub error_code: ErrorCode,
}
impl ::serde::Serialize for ApiError {
    fn serialize<__S: ::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> ::std::result::Result<__S::Ok, __S::Error> {
        crate::__codegen::encode_struct!(
            serializer, self, ApiError { error : required("error"), error_code :
            required("errorCode"), }
        )
    }
}
impl<'de> ::serde::Deserialize<'de> for ApiError {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::std::result::Result<Self, __D::Error> {
        crate::__codegen::decode_struct!(
            deserializer, ApiError { error : required(0, "error"), error_code :
            required(1, "errorCode"), }
        )
    }
}
impl ApiError {
    /// Creates a value from its required fields (`error`, `errorCode`); optional fields start unset.
    pub fn new(error: i32, error_code: ErrorCode) -> Self {
        Self { error, error_code }
    }
}
/// Values of `errorCode`.
///
/// Known values are those the spec's examples use; any other value is kept in the fallback variant.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ErrorCode {
    /// A value this version of the crate does not know, kept as received.
    Unknown(::std::string::String),
}
impl ErrorCode {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Unknown(value) => value.as_str(),
        }
    }
}
impl ::std::convert::From<&str> for ErrorCode {
    fn from(value: &str) -> Self {
        Self::Unknown(value.to_owned())
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
/// `Quota`
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[non_exhaustive]
pub struct Quota {
    /// `item`.
    pub item: ::std::option::Option<i64>,
}
impl ::serde::Serialize for Quota {
    fn serialize<__S: ::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> ::std::result::Result<__S::Ok, __S::Error> {
        crate::__codegen::encode_struct!(
            serializer, self, Quota { item : optional("item"), }
        )
    }
}
impl<'de> ::serde::Deserialize<'de> for Quota {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::std::result::Result<Self, __D::Error> {
        crate::__codegen::decode_struct!(
            deserializer, Quota { item : optional(0, "item"), }
        )
    }
}
impl Quota {
    /// Creates a value with every optional field unset.
    pub fn new() -> Self {
        Self {
            item: ::std::option::Option::None,
        }
    }
    /// Sets `item`.
    #[must_use]
    pub fn with_item(mut self, value: i64) -> Self {
        self.item = ::std::option::Option::Some(value);
        self
    }
}
/// The spec's operations: one module each, with a marker type per API version.
pub mod operations {
    /// `listQuotas`.
    ///
    /// `GET /quotas`
    pub mod list_quotas {
        /// Path and query parameters of `listQuotas`.
        #[derive(Debug, Clone, PartialEq, Eq, Default)]
        #[non_exhaustive]
        pub struct Params {}
        impl Params {
            /// Creates the parameters from the required ones; optional ones start unset.
            pub fn new() -> Self {
                Self {}
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
                ::std::vec![]
            }
            fn query_values(
                &self,
            ) -> ::std::vec::Vec<(&'static str, ::std::string::String)> {
                ::std::vec::Vec::new()
            }
        }
        /// `listQuotas` at API version 2024-05-30 (`application/vnd.atlas.2023-01-01+json`).
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
        pub struct V2024_05_30;
        impl crate::__codegen::Operation for V2024_05_30 {
            type Params = Params;
            type Request = crate::__codegen::NoBody;
            type Response = super::super::Quota;
            type Error = super::super::ApiError;
            const DESCRIPTOR: &'static crate::__codegen::OperationDescriptor = &crate::__codegen::OperationDescriptor {
                operation_id: "listQuotas",
                operation_id_override: ::std::option::Option::None,
                method: crate::__codegen::Method::Get,
                path: "/quotas",
                version: ::std::option::Option::Some("2024-05-30"),
                accept: "application/vnd.atlas.2023-01-01+json",
                content_type: ::std::option::Option::None,
                request_body_required: false,
                success_status: 200u16,
                sunset: ::std::option::Option::None,
                required_roles: &[],
                parameters: &[],
                responses: &[
                    crate::__codegen::ResponseDescriptor {
                        status: "200",
                        description: "OK",
                        media_type: ::std::option::Option::Some(
                            "application/vnd.atlas.2023-01-01+json",
                        ),
                        body: ::std::option::Option::Some("Quota"),
                        headers: &[
                            crate::__codegen::HeaderDescriptor {
                                name: "RateLimit-Limit",
                                description: "Max requests per window.",
                            },
                            crate::__codegen::HeaderDescriptor {
                                name: "RateLimit-Remaining",
                                description: "Requests left in window.",
                            },
                        ],
                    },
                    crate::__codegen::ResponseDescriptor {
                        status: "429",
                        description: "Too Many Requests.",
                        media_type: ::std::option::Option::Some("application/json"),
                        body: ::std::option::Option::Some("ApiError"),
                        headers: &[
                            crate::__codegen::HeaderDescriptor {
                                name: "RateLimit-Limit",
                                description: "Max requests per window.",
                            },
                            crate::__codegen::HeaderDescriptor {
                                name: "RateLimit-Remaining",
                                description: "Requests left in window.",
                            },
                            crate::__codegen::HeaderDescriptor {
                                name: "Retry-After",
                                description: "Seconds to wait.",
                            },
                        ],
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
