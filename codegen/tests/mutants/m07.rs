// @generated from mutant-of-nested_collections.yaml by atlas-codegen; do not edit.
// Regenerate: cargo run -p atlas-codegen -- generate

/// `Cell`
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Cell {
    /// `value`.
    pub value: ::std::string::String,
}
impl ::serde::Serialize for Cell {
    fn serialize<__S: ::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> ::std::result::Result<__S::Ok, __S::Error> {
        crate::__codegen::encode_struct!(
            serializer, self, Cell { value : required("value"), }
        )
    }
}
impl<'de> ::serde::Deserialize<'de> for Cell {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::std::result::Result<Self, __D::Error> {
        crate::__codegen::decode_struct!(
            deserializer, Cell { value : required(0, "value"), }
        )
    }
}
impl Cell {
    /// Creates a value from its required fields (`value`); optional fields start unset.
    pub fn new(value: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self { value: value.into() }
    }
}
impl crate::__codegen::Validate for Cell {
    fn collect_violations(
        &self,
        _at: &str,
        _out: &mut ::std::vec::Vec<crate::__codegen::Violation>,
    ) {}
}
/// `Grid`
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Grid {
    /// `rows`.
    pub rows: ::std::vec::Vec<::std::vec::Vec<::std::string::String>>,
    /// `counts`.
    pub counts: ::std::collections::BTreeMap<::std::string::String, i64>,
    /// `layers`.
    pub layers: ::std::vec::Vec<
        ::std::collections::BTreeMap<::std::string::String, Cell>,
    >,
    /// `labels`.
    pub labels: ::std::option::Option<
        ::std::collections::BTreeMap<::std::string::String, ::std::string::String>,
    >,
    /// `Some`.
    pub some: ::std::option::Option<
        ::std::collections::BTreeMap<::std::string::String, i64>,
    >,
}
impl ::serde::Serialize for Grid {
    fn serialize<__S: ::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> ::std::result::Result<__S::Ok, __S::Error> {
        crate::__codegen::encode_struct!(
            serializer, self, Grid { rows : required("rows"), counts :
            required("counts"), layers : required("layers"), labels : optional("labels"),
            some : optional("Some"), }
        )
    }
}
impl<'de> ::serde::Deserialize<'de> for Grid {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::std::result::Result<Self, __D::Error> {
        crate::__codegen::decode_struct!(
            deserializer, Grid { rows : required(0, "rows"), counts : required(1,
            "counts"), layers : required(2, "layers"), labels : optional(3, "labels"),
            some : optional(4, "Some"), }
        )
    }
}
impl Grid {
    /// Creates a value from its required fields (`rows`, `counts`, `layers`); optional fields start unset.
    pub fn new(
        rows: ::std::vec::Vec<::std::vec::Vec<::std::string::String>>,
        counts: ::std::collections::BTreeMap<::std::string::String, i64>,
        layers: ::std::vec::Vec<
            ::std::collections::BTreeMap<::std::string::String, Cell>,
        >,
    ) -> Self {
        Self {
            rows,
            counts,
            layers,
            labels: ::std::option::Option::None,
            some: ::std::option::Option::None,
        }
    }
    /// Sets `labels`.
    #[must_use]
    pub fn with_labels(
        mut self,
        value: ::std::collections::BTreeMap<::std::string::String, ::std::string::String>,
    ) -> Self {
        self.labels = ::std::option::Option::Some(value);
        self
    }
    /// Sets `Some`.
    #[must_use]
    pub fn with_some(
        mut self,
        value: ::std::collections::BTreeMap<::std::string::String, i64>,
    ) -> Self {
        self.some = ::std::option::Option::Some(value);
        self
    }
}
impl crate::__codegen::Validate for Grid {
    fn collect_violations(
        &self,
        _at: &str,
        _out: &mut ::std::vec::Vec<crate::__codegen::Violation>,
    ) {}
}
/// The spec's operations: one module each, with a marker type per API version.
pub mod operations {
    /// `createGrid`.
    ///
    /// `POST /grids`
    pub mod create_grid {
        /// Path and query parameters of `createGrid`.
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
        /// `createGrid` at API version 2024-05-30 (`application/vnd.atlas.2024-05-30+json`).
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
        pub struct V2024_05_30;
        impl crate::__codegen::Operation for V2024_05_30 {
            type Params = Params;
            type Request = super::super::Grid;
            type Response = crate::__codegen::NoContent;
            type Error = ::serde_json::Value;
            const DESCRIPTOR: &'static crate::__codegen::OperationDescriptor = &crate::__codegen::OperationDescriptor {
                operation_id: "createGrid",
                operation_id_override: ::std::option::Option::None,
                method: crate::__codegen::Method::Post,
                path: "/grids",
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
                responses: &[],
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
