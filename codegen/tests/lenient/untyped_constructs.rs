// @generated from codegen/tests/lenient/untyped_constructs.yaml by atlas-codegen; do not edit.
// Regenerate: cargo run -p atlas-codegen -- generate
// Warning: codegen/tests/lenient/untyped_constructs.yaml: /components/schemas/Item/properties/owner: warning: unsupported dangling $ref "#/components/schemas/Missing": typed as `serde_json::Value`
// Warning: codegen/tests/lenient/untyped_constructs.yaml: /components/schemas/Item/required: warning: required property "extra" is not declared by the schema or its allOf members; generated as an optional `serde_json::Value` field
// Warning: codegen/tests/lenient/untyped_constructs.yaml: /components/schemas/Item/properties/size: warning: unsupported `anyOf` beside properties, `allOf` or `oneOf`: typed as `serde_json::Value`
// Warning: codegen/tests/lenient/untyped_constructs.yaml: /components/schemas/Item/properties/label: warning: unsupported `not`: typed as `serde_json::Value`
// Warning: codegen/tests/lenient/untyped_constructs.yaml: /components/schemas/Item/properties/shape/allOf/1/oneOf/0: warning: unsupported `oneOf` inside an object composed with `allOf`, with an alternative that is not an object (only object alternatives merge into the object): the alternatives are left out of the struct
// Warning: codegen/tests/lenient/untyped_constructs.yaml: /paths/~1ping/post/responses: warning: unsupported an operation with no declared responses: it answers no body: any 2xx status reads as `NoContent`
// Warning: codegen/tests/lenient/untyped_constructs.yaml: /paths/~1items/get: warning: no operationId; the operation is named `get_items` from its method and path
// Warning: codegen/tests/lenient/untyped_constructs.yaml: /paths/~1items/get/parameters/0: warning: unsupported a cookie parameter: the parameter is left out
// Warning: codegen/tests/lenient/untyped_constructs.yaml: /paths/~1items/get/parameters/1: warning: unsupported a parameter with `content`: the parameter is left out

/// `Item`
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Item {
    /// `name`.
    pub name: ::std::string::String,
    /// `size`.
    pub size: ::std::option::Option<::serde_json::Value>,
    /// `label`.
    pub label: ::std::option::Option<::serde_json::Value>,
    /// `shape`.
    pub shape: ::std::option::Option<ItemShape>,
    /// `extra`: listed in `required` but not declared by the schema.
    pub extra: ::std::option::Option<::serde_json::Value>,
}
impl ::serde::Serialize for Item {
    fn serialize<__S: ::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> ::std::result::Result<__S::Ok, __S::Error> {
        crate::__codegen::encode_struct!(
            serializer, self, Item { name : required("name"), size : optional("size"),
            label : optional("label"), shape : optional("shape"), extra :
            optional("extra"), }
        )
    }
}
impl<'de> ::serde::Deserialize<'de> for Item {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::std::result::Result<Self, __D::Error> {
        crate::__codegen::decode_struct!(
            deserializer, Item { name : required(0, "name"), size : optional(1, "size"),
            label : optional(2, "label"), shape : optional(3, "shape"), extra :
            optional(4, "extra"), }
        )
    }
}
impl Item {
    /// Creates a value from its required fields (`name`); optional fields start unset.
    pub fn new(name: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            name: name.into(),
            size: ::std::option::Option::None,
            label: ::std::option::Option::None,
            shape: ::std::option::Option::None,
            extra: ::std::option::Option::None,
        }
    }
    /// Sets `size`.
    #[must_use]
    pub fn with_size(mut self, value: ::serde_json::Value) -> Self {
        self.size = ::std::option::Option::Some(value);
        self
    }
    /// Sets `label`.
    #[must_use]
    pub fn with_label(mut self, value: ::serde_json::Value) -> Self {
        self.label = ::std::option::Option::Some(value);
        self
    }
    /// Sets `shape`.
    #[must_use]
    pub fn with_shape(mut self, value: ItemShape) -> Self {
        self.shape = ::std::option::Option::Some(value);
        self
    }
    /// Sets `extra`.
    #[must_use]
    pub fn with_extra(mut self, value: ::serde_json::Value) -> Self {
        self.extra = ::std::option::Option::Some(value);
        self
    }
}
/// `ItemShape`
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[non_exhaustive]
pub struct ItemShape {
    /// `color`.
    pub color: ::std::option::Option<::std::string::String>,
}
impl ::serde::Serialize for ItemShape {
    fn serialize<__S: ::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> ::std::result::Result<__S::Ok, __S::Error> {
        crate::__codegen::encode_struct!(
            serializer, self, ItemShape { color : optional("color"), }
        )
    }
}
impl<'de> ::serde::Deserialize<'de> for ItemShape {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::std::result::Result<Self, __D::Error> {
        crate::__codegen::decode_struct!(
            deserializer, ItemShape { color : optional(0, "color"), }
        )
    }
}
impl ItemShape {
    /// Creates a value with every optional field unset.
    pub fn new() -> Self {
        Self {
            color: ::std::option::Option::None,
        }
    }
    /// Sets `color`.
    #[must_use]
    pub fn with_color(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.color = ::std::option::Option::Some(value.into());
        self
    }
}
/// The spec's operations: one module each, with a marker type per API version.
pub mod operations {
    /// `ping`.
    ///
    /// `POST /ping`
    pub mod ping {
        /// Path and query parameters of `ping`.
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
        /// `ping` at `application/json`.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
        pub struct V1_0;
        impl crate::__codegen::Operation for V1_0 {
            type Params = Params;
            type Request = crate::__codegen::NoBody;
            type Response = crate::__codegen::NoContent;
            type Error = ::serde_json::Value;
            const DESCRIPTOR: &'static crate::__codegen::OperationDescriptor = &crate::__codegen::OperationDescriptor {
                operation_id: "ping",
                operation_id_override: ::std::option::Option::None,
                method: crate::__codegen::Method::Post,
                path: "/ping",
                version: ::std::option::Option::None,
                accept: "application/json",
                content_type: ::std::option::Option::None,
                request_body_required: false,
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
        pub type Latest = V1_0;
    }
    /// `get_items`.
    ///
    /// `GET /items`
    pub mod get_items {
        /// Path and query parameters of `get_items`.
        #[derive(Debug, Clone, PartialEq, Eq, Default)]
        #[non_exhaustive]
        pub struct Params {
            /// `page`.
            pub page: ::std::option::Option<i32>,
        }
        impl Params {
            /// Creates the parameters from the required ones; optional ones start unset.
            pub fn new() -> Self {
                Self {
                    page: ::std::option::Option::None,
                }
            }
            /// Sets the `page` query parameter.
            #[must_use]
            pub fn with_page(mut self, value: i32) -> Self {
                self.page = ::std::option::Option::Some(value);
                self
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
                let mut query = ::std::vec::Vec::new();
                if let ::std::option::Option::Some(value) = &self.page {
                    query.push(("page", value.to_string()));
                }
                query
            }
        }
        /// `get_items` at `application/json`.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
        pub struct V1_0;
        impl crate::__codegen::Operation for V1_0 {
            type Params = Params;
            type Request = crate::__codegen::NoBody;
            type Response = ::std::vec::Vec<super::super::Item>;
            type Error = ::serde_json::Value;
            const DESCRIPTOR: &'static crate::__codegen::OperationDescriptor = &crate::__codegen::OperationDescriptor {
                operation_id: "get_items",
                operation_id_override: ::std::option::Option::None,
                method: crate::__codegen::Method::Get,
                path: "/items",
                version: ::std::option::Option::None,
                accept: "application/json",
                content_type: ::std::option::Option::None,
                request_body_required: false,
                success_status: 200u16,
                sunset: ::std::option::Option::None,
                required_roles: &[],
                parameters: &[
                    crate::__codegen::ParameterDescriptor {
                        name: "page",
                        location: crate::__codegen::ParameterLocation::Query,
                        required: false,
                        settable: true,
                        default: ::std::option::Option::None,
                    },
                ],
                responses: &[
                    crate::__codegen::ResponseDescriptor {
                        status: "200",
                        description: "OK",
                        media_type: ::std::option::Option::Some("application/json"),
                        body: ::std::option::Option::Some("::std::vec::Vec<Item>"),
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
        pub type Latest = V1_0;
    }
}
