// @generated from mutant-of-read_only.yaml by atlas-codegen; do not edit.
// Regenerate: cargo run -p atlas-codegen -- generate
// Warning: mutant-of-read_only.yaml: /components/schemas/UserResponse/required: warning: required property "id" is not declared by the schema or its allOf members

/// `a.b`
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[non_exhaustive]
pub struct AB {
    /// `href`.
    pub href: ::std::option::Option<::std::string::String>,
    /// `rel`.
    pub rel: ::std::option::Option<::std::string::String>,
}
impl ::serde::Serialize for AB {
    fn serialize<__S: ::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> ::std::result::Result<__S::Ok, __S::Error> {
        crate::__codegen::encode_struct!(
            serializer, self, AB { href : optional("href"), rel : optional("rel"), }
        )
    }
}
impl<'de> ::serde::Deserialize<'de> for AB {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::std::result::Result<Self, __D::Error> {
        crate::__codegen::decode_struct!(
            deserializer, AB { href : optional(0, "href"), rel : optional(1, "rel"), }
        )
    }
}
impl AB {
    /// Creates a value with every optional field unset.
    pub fn new() -> Self {
        Self {
            href: ::std::option::Option::None,
            rel: ::std::option::Option::None,
        }
    }
    /// Sets `href`.
    #[must_use]
    pub fn with_href(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.href = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `rel`.
    #[must_use]
    pub fn with_rel(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.rel = ::std::option::Option::Some(value.into());
        self
    }
}
/// `Params`
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Params {
    /// `username`.
    pub username: ::std::string::String,
    /// `password`.
    pub password: ::std::string::String,
}
impl ::serde::Serialize for Params {
    fn serialize<__S: ::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> ::std::result::Result<__S::Ok, __S::Error> {
        crate::__codegen::encode_struct!(
            serializer, self, Params { username : required("username"), password :
            required("password"), }
        )
    }
}
impl<'de> ::serde::Deserialize<'de> for Params {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::std::result::Result<Self, __D::Error> {
        crate::__codegen::decode_struct!(
            deserializer, Params { username : required(0, "username"), password :
            required(1, "password"), }
        )
    }
}
impl Params {
    /// Creates a value from its required fields (`username`, `password`); optional fields start unset.
    pub fn new(
        username: impl ::std::convert::Into<::std::string::String>,
        password: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            username: username.into(),
            password: password.into(),
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
/// `UserResponse`
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct UserResponse {
    /// `username`.
    pub username: ::std::string::String,
    /// `createdAt`.
    pub created_at: ::std::option::Option<::std::string::String>,
    /// `links`.
    pub links: ::std::option::Option<::std::vec::Vec<AB>>,
    /// `名称`.
    pub ming_cheng: ::std::option::Option<::std::string::String>,
}
impl ::serde::Serialize for UserResponse {
    fn serialize<__S: ::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> ::std::result::Result<__S::Ok, __S::Error> {
        crate::__codegen::encode_struct!(
            serializer, self, UserResponse { username : required("username"), created_at
            : optional("createdAt"), links : optional("links"), ming_cheng :
            optional("名称"), }
        )
    }
}
impl<'de> ::serde::Deserialize<'de> for UserResponse {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::std::result::Result<Self, __D::Error> {
        crate::__codegen::decode_struct!(
            deserializer, UserResponse { username : required(0, "username"), created_at :
            optional(1, "createdAt"), links : optional(2, "links"), ming_cheng :
            optional(3, "名称"), }
        )
    }
}
impl UserResponse {
    /// Creates a value from its required fields (`username`); optional fields start unset.
    pub fn new(username: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            username: username.into(),
            created_at: ::std::option::Option::None,
            links: ::std::option::Option::None,
            ming_cheng: ::std::option::Option::None,
        }
    }
    /// Sets `createdAt`.
    #[must_use]
    pub fn with_created_at(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.created_at = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `links`.
    #[must_use]
    pub fn with_links(mut self, value: ::std::vec::Vec<AB>) -> Self {
        self.links = ::std::option::Option::Some(value);
        self
    }
    /// Sets `名称`.
    #[must_use]
    pub fn with_ming_cheng(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.ming_cheng = ::std::option::Option::Some(value.into());
        self
    }
}
/// The spec's operations: one module each, with a marker type per API version.
pub mod operations {
    /// `createUser`.
    ///
    /// `POST /users`
    pub mod create_user {
        /// Path and query parameters of `createUser`.
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
        /// `createUser` at API version 2024-05-30 (`application/vnd.atlas.2024-05-30+json`).
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
        pub struct V2024_05_30;
        impl crate::__codegen::Operation for V2024_05_30 {
            type Params = Params;
            type Request = super::super::Params;
            type Response = super::super::UserResponse;
            type Error = ::serde_json::Value;
            const DESCRIPTOR: &'static crate::__codegen::OperationDescriptor = &crate::__codegen::OperationDescriptor {
                operation_id: "createUser",
                operation_id_override: ::std::option::Option::None,
                method: crate::__codegen::Method::Post,
                path: "/users",
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
                        body: ::std::option::Option::Some("UserResponse"),
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
