// @generated from mutant-of-keywords.yaml by atlas-codegen; do not edit.
// Regenerate: cargo run -p atlas-codegen -- generate

/// `Result`
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Result_ {
    /// `type`.
    pub type_: ::std::string::String,
    /// `option`.
    pub option: ::std::option::Option<Value>,
}
impl ::serde::Serialize for Result_ {
    fn serialize<__S: ::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> ::std::result::Result<__S::Ok, __S::Error> {
        crate::__codegen::encode_struct!(
            serializer, self, Result_ { type_ : required("type"), option :
            optional("option"), }
        )
    }
}
impl<'de> ::serde::Deserialize<'de> for Result_ {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::std::result::Result<Self, __D::Error> {
        crate::__codegen::decode_struct!(
            deserializer, Result_ { type_ : required(0, "type"), option : optional(1,
            "option"), }
        )
    }
}
impl Result_ {
    /// Creates a value from its required fields (`type`); optional fields start unset.
    pub fn new(type_: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            type_: type_.into(),
            option: ::std::option::Option::None,
        }
    }
    /// Sets `option`.
    #[must_use]
    pub fn with_option(mut self, value: Value) -> Self {
        self.option = ::std::option::Option::Some(value);
        self
    }
}
/// `Type`
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Type {
    /// `type`.
    pub type_: ::std::string::String,
    /// `self`.
    pub self_: ::std::string::String,
    /// `async`.
    pub async_: ::std::option::Option<bool>,
    /// `crate`.
    pub crate_: ::std::option::Option<::std::string::String>,
    /// `super`.
    pub super_: ::std::option::Option<::std::string::String>,
    /// `fn`.
    pub fn_: ::std::option::Option<::std::string::String>,
    /// `move`.
    pub move_: ::std::option::Option<i32>,
    /// `serializer`.
    pub serializer: ::std::option::Option<::std::string::String>,
    /// `Params`.
    pub params: ::std::option::Option<bool>,
}
impl ::serde::Serialize for Type {
    fn serialize<__S: ::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> ::std::result::Result<__S::Ok, __S::Error> {
        crate::__codegen::encode_struct!(
            serializer, self, Type { type_ : required("type"), self_ : required("self"),
            async_ : optional("async"), crate_ : optional("crate"), super_ :
            optional("super"), fn_ : optional("fn"), move_ : optional("move"), serializer
            : optional("serializer"), params : optional("Params"), }
        )
    }
}
impl<'de> ::serde::Deserialize<'de> for Type {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::std::result::Result<Self, __D::Error> {
        crate::__codegen::decode_struct!(
            deserializer, Type { type_ : required(0, "type"), self_ : required(1,
            "self"), async_ : optional(2, "async"), crate_ : optional(3, "crate"), super_
            : optional(4, "super"), fn_ : optional(5, "fn"), move_ : optional(6, "move"),
            serializer : optional(7, "serializer"), params : optional(8, "Params"), }
        )
    }
}
impl Type {
    /// Creates a value from its required fields (`type`, `self`); optional fields start unset.
    pub fn new(
        type_: impl ::std::convert::Into<::std::string::String>,
        self_: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            type_: type_.into(),
            self_: self_.into(),
            async_: ::std::option::Option::None,
            crate_: ::std::option::Option::None,
            super_: ::std::option::Option::None,
            fn_: ::std::option::Option::None,
            move_: ::std::option::Option::None,
            serializer: ::std::option::Option::None,
            params: ::std::option::Option::None,
        }
    }
    /// Sets `async`.
    #[must_use]
    pub fn with_async(mut self, value: bool) -> Self {
        self.async_ = ::std::option::Option::Some(value);
        self
    }
    /// Sets `crate`.
    #[must_use]
    pub fn with_crate(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.crate_ = ::std::option::Option::Some(value.into());
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
    /// Sets `fn`.
    #[must_use]
    pub fn with_fn(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.fn_ = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `move`.
    #[must_use]
    pub fn with_move(mut self, value: i32) -> Self {
        self.move_ = ::std::option::Option::Some(value);
        self
    }
    /// Sets `serializer`.
    #[must_use]
    pub fn with_serializer(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.serializer = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `Params`.
    #[must_use]
    pub fn with_params(mut self, value: bool) -> Self {
        self.params = ::std::option::Option::Some(value);
        self
    }
}
impl crate::__codegen::Validate for Type {
    fn collect_violations(
        &self,
        _at: &str,
        _out: &mut ::std::vec::Vec<crate::__codegen::Violation>,
    ) {}
}
/// `value`
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[non_exhaustive]
pub struct Value {
    /// `fn`.
    pub fn_: ::std::option::Option<::std::string::String>,
    /// `super`.
    pub super_: ::std::option::Option<bool>,
}
impl ::serde::Serialize for Value {
    fn serialize<__S: ::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> ::std::result::Result<__S::Ok, __S::Error> {
        crate::__codegen::encode_struct!(
            serializer, self, Value { fn_ : optional("fn"), super_ : optional("super"), }
        )
    }
}
impl<'de> ::serde::Deserialize<'de> for Value {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::std::result::Result<Self, __D::Error> {
        crate::__codegen::decode_struct!(
            deserializer, Value { fn_ : optional(0, "fn"), super_ : optional(1, "super"),
            }
        )
    }
}
impl Value {
    /// Creates a value with every optional field unset.
    pub fn new() -> Self {
        Self {
            fn_: ::std::option::Option::None,
            super_: ::std::option::Option::None,
        }
    }
    /// Sets `fn`.
    #[must_use]
    pub fn with_fn(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.fn_ = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `super`.
    #[must_use]
    pub fn with_super(mut self, value: bool) -> Self {
        self.super_ = ::std::option::Option::Some(value);
        self
    }
}
/// The spec's operations: one module each, with a marker type per API version.
pub mod operations {
    /// `match`.
    ///
    /// `POST /matches`
    pub mod match_ {
        /// Path and query parameters of `match`.
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
        /// `match` at API version 2024-05-30 (`application/vnd.atlas.2024-05-30+json`).
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
        pub struct V2024_05_30;
        impl crate::__codegen::Operation for V2024_05_30 {
            type Params = Params;
            type Request = super::super::Type;
            type Response = super::super::Result_;
            type Error = ::serde_json::Value;
            const DESCRIPTOR: &'static crate::__codegen::OperationDescriptor = &crate::__codegen::OperationDescriptor {
                operation_id: "match",
                operation_id_override: ::std::option::Option::None,
                method: crate::__codegen::Method::Post,
                path: "/matches",
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
                        body: ::std::option::Option::Some("Result_"),
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
