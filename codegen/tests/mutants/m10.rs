// @generated from mutant-of-renames.yaml by atlas-codegen; do not edit.
// Regenerate: cargo run -p atlas-codegen -- generate

/// `tag`
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Tag {
    /// `_id`.
    pub id: ::std::string::String,
    /// `camelCase`.
    pub camel_case: ::std::option::Option<::std::string::String>,
    /// `kebab-name`.
    pub kebab_name: ::std::string::String,
    /// `UPPER`.
    pub upper: ::std::option::Option<i32>,
    /// `1stPlace`.
    pub n_1st_place: bool,
    /// `with space`.
    pub with_space: ::std::option::Option<::std::string::String>,
    /// `Some`.
    pub some: ::std::option::Option<::std::string::String>,
    /// `value`.
    pub value: ::std::option::Option<::std::string::String>,
}
impl ::serde::Serialize for Tag {
    fn serialize<__S: ::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> ::std::result::Result<__S::Ok, __S::Error> {
        crate::__codegen::encode_struct!(
            serializer, self, Tag { id : required("_id"), camel_case :
            optional("camelCase"), kebab_name : required("kebab-name"), upper :
            optional("UPPER"), n_1st_place : required("1stPlace"), with_space :
            optional("with space"), some : optional("Some"), value : optional("value"), }
        )
    }
}
impl<'de> ::serde::Deserialize<'de> for Tag {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::std::result::Result<Self, __D::Error> {
        crate::__codegen::decode_struct!(
            deserializer, Tag { id : required(0, "_id"), camel_case : optional(1,
            "camelCase"), kebab_name : required(2, "kebab-name"), upper : optional(3,
            "UPPER"), n_1st_place : required(4, "1stPlace"), with_space : optional(5,
            "with space"), some : optional(6, "Some"), value : optional(7, "value"), }
        )
    }
}
impl Tag {
    /// Creates a value from its required fields (`_id`, `kebab-name`, `1stPlace`); optional fields start unset.
    pub fn new(
        id: impl ::std::convert::Into<::std::string::String>,
        kebab_name: impl ::std::convert::Into<::std::string::String>,
        n_1st_place: bool,
    ) -> Self {
        Self {
            id: id.into(),
            camel_case: ::std::option::Option::None,
            kebab_name: kebab_name.into(),
            upper: ::std::option::Option::None,
            n_1st_place,
            with_space: ::std::option::Option::None,
            some: ::std::option::Option::None,
            value: ::std::option::Option::None,
        }
    }
    /// Sets `camelCase`.
    #[must_use]
    pub fn with_camel_case(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.camel_case = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `UPPER`.
    #[must_use]
    pub fn with_upper(mut self, value: i32) -> Self {
        self.upper = ::std::option::Option::Some(value);
        self
    }
    /// Sets `with space`.
    #[must_use]
    pub fn with_with_space(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.with_space = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `Some`.
    #[must_use]
    pub fn with_some(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.some = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `value`.
    #[must_use]
    pub fn with_value(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.value = ::std::option::Option::Some(value.into());
        self
    }
}
impl crate::__codegen::Validate for Tag {
    fn collect_violations(
        &self,
        _at: &str,
        _out: &mut ::std::vec::Vec<crate::__codegen::Violation>,
    ) {}
}
/// The spec's operations: one module each, with a marker type per API version.
pub mod operations {
    /// `putRecord`.
    ///
    /// `PUT /records`
    pub mod put_record {
        /// Path and query parameters of `putRecord`.
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
        /// `putRecord` at API version 2024-05-30 (`application/vnd.atlas.2024-05-30+json`).
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
        pub struct V2024_05_30;
        impl crate::__codegen::Operation for V2024_05_30 {
            type Params = Params;
            type Request = super::super::Tag;
            type Response = super::super::Tag;
            type Error = ::serde_json::Value;
            const DESCRIPTOR: &'static crate::__codegen::OperationDescriptor = &crate::__codegen::OperationDescriptor {
                operation_id: "putRecord",
                operation_id_override: ::std::option::Option::None,
                method: crate::__codegen::Method::Put,
                path: "/records",
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
                        body: ::std::option::Option::Some("Tag"),
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
