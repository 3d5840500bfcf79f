// @generated from mutant-of-untagged_oneof.yaml by atlas-codegen; do not edit.
// Regenerate: cargo run -p atlas-codegen -- generate
// Warning: mutant-of-untagged_oneof.yaml: /components/schemas/UrlTarget/required: warning: required property "url" is not declared by the schema or its allOf members

/// `HostTarget`
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct HostTarget {
    /// `hostname`.
    pub hostname: ::std::string::String,
    /// `port`.
    pub port: i32,
}
impl ::serde::Serialize for HostTarget {
    fn serialize<__S: ::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> ::std::result::Result<__S::Ok, __S::Error> {
        crate::__codegen::encode_struct!(
            serializer, self, HostTarget { hostname : required("hostname"), port :
            required("port"), }
        )
    }
}
impl<'de> ::serde::Deserialize<'de> for HostTarget {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::std::result::Result<Self, __D::Error> {
        crate::__codegen::decode_struct!(
            deserializer, HostTarget { hostname : required(0, "hostname"), port :
            required(1, "port"), }
        )
    }
}
impl HostTarget {
    /// Creates a value from its required fields (`hostname`, `port`); optional fields start unset.
    pub fn new(
        hostname: impl ::std::convert::Into<::std::string::String>,
        port: i32,
    ) -> Self {
        Self {
            hostname: hostname.into(),
            port,
        }
    }
}
impl crate::__codegen::Validate for HostTarget {
    fn collect_violations(
        &self,
        _at: &str,
        _out: &mut ::std::vec::Vec<crate::__codegen::Violation>,
    ) {}
}
/// `Target`
#[derive(Debug, Clone, PartialEq, Eq, ::serde::Serialize, ::serde::Deserialize)]
#[serde(untagged)]
pub enum Target {
    /// The `UrlTarget` form.
    UrlTarget(UrlTarget),
    /// The `HostTarget` form.
    HostTarget(HostTarget),
}
impl crate::__codegen::Validate for Target {
    fn collect_violations(
        &self,
        at: &str,
        out: &mut ::std::vec::Vec<crate::__codegen::Violation>,
    ) {
        let _ = (at, &out);
        match self {
            Self::UrlTarget(_) => {}
            Self::HostTarget(_) => {}
        }
    }
}
/// `UrlTarget`
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[non_exhaustive]
pub struct UrlTarget {
    /// `timeoutSecs`.
    pub timeout_secs: ::std::option::Option<i32>,
    /// `A_B`.
    pub a_b: ::std::option::Option<::std::string::String>,
}
impl ::serde::Serialize for UrlTarget {
    fn serialize<__S: ::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> ::std::result::Result<__S::Ok, __S::Error> {
        crate::__codegen::encode_struct!(
            serializer, self, UrlTarget { timeout_secs : optional("timeoutSecs"), a_b :
            optional("A_B"), }
        )
    }
}
impl<'de> ::serde::Deserialize<'de> for UrlTarget {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::std::result::Result<Self, __D::Error> {
        crate::__codegen::decode_struct!(
            deserializer, UrlTarget { timeout_secs : optional(0, "timeoutSecs"), a_b :
            optional(1, "A_B"), }
        )
    }
}
impl UrlTarget {
    /// Creates a value with every optional field unset.
    pub fn new() -> Self {
        Self {
            timeout_secs: ::std::option::Option::None,
            a_b: ::std::option::Option::None,
        }
    }
    /// Sets `timeoutSecs`.
    #[must_use]
    pub fn with_timeout_secs(mut self, value: i32) -> Self {
        self.timeout_secs = ::std::option::Option::Some(value);
        self
    }
    /// Sets `A_B`.
    #[must_use]
    pub fn with_a_b(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.a_b = ::std::option::Option::Some(value.into());
        self
    }
}
impl crate::__codegen::Validate for UrlTarget {
    fn collect_violations(
        &self,
        _at: &str,
        _out: &mut ::std::vec::Vec<crate::__codegen::Violation>,
    ) {}
}
/// The spec's operations: one module each, with a marker type per API version.
pub mod operations {
    /// `createTarget`.
    ///
    /// `POST /targets`
    pub mod create_target {
        /// Path and query parameters of `createTarget`.
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
        /// `createTarget` at API version 2024-05-30 (`application/vnd.atlas.2024-05-30+json`).
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
        pub struct V2024_05_30;
        impl crate::__codegen::Operation for V2024_05_30 {
            type Params = Params;
            type Request = super::super::Target;
            type Response = super::super::Target;
            type Error = ::serde_json::Value;
            const DESCRIPTOR: &'static crate::__codegen::OperationDescriptor = &crate::__codegen::OperationDescriptor {
                operation_id: "createTarget",
                operation_id_override: ::std::option::Option::None,
                method: crate::__codegen::Method::Post,
                path: "/targets",
                version: ::std::option::Option::Some("2024-05-30"),
                accept: "application/vnd.atlas.2024-05-30+json",
                content_type: ::std::option::Option::Some(
                    "application/vnd.atlas.2024-05-30+json",
                ),
                request_body_required: true,
                success_status: 200u16,
                sunset: ::std::option::Option::None,
                required_roles: &[],
                parameters: &[],
                responses: &[
                    crate::__codegen::ResponseDescriptor {
                        status: "200",
                        description: "OK",
                        media_type: ::std::option::Option::Some(
                            "application/vnd.atlas.2024-05-30+json",
                        ),
                        body: ::std::option::Option::Some("Target"),
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
