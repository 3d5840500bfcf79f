// @generated from mutant-of-oneof_discriminator.yaml by atlas-codegen; do not edit.
// Regenerate: cargo run -p atlas-codegen -- generate

/// `Bird`
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct Bird {
    /// `wingspan`.
    pub wingspan: ::std::option::Option<f64>,
}
impl ::serde::Serialize for Bird {
    fn serialize<__S: ::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> ::std::result::Result<__S::Ok, __S::Error> {
        crate::__codegen::encode_struct!(
            serializer, self, Bird { wingspan : optional("wingspan"), } "petType" =
            "bird"
        )
    }
}
#[allow(dead_code, non_camel_case_types)]
struct __BirdFields;
impl __BirdFields {
    fn deserialize<'de, __D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::std::result::Result<Bird, __D::Error> {
        crate::__codegen::decode_struct!(
            deserializer, Bird { wingspan : optional(0, "wingspan"), }
        )
    }
}
impl<'de> ::serde::Deserialize<'de> for Bird {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::std::result::Result<Self, __D::Error> {
        crate::__codegen::deserialize_tag_checked(
            deserializer,
            "petType",
            "bird",
            __BirdFields::deserialize,
        )
    }
}
impl Bird {
    /// Creates a value with every optional field unset.
    pub fn new() -> Self {
        Self {
            wingspan: ::std::option::Option::None,
        }
    }
    /// Sets `wingspan`.
    #[must_use]
    pub fn with_wingspan(mut self, value: f64) -> Self {
        self.wingspan = ::std::option::Option::Some(value);
        self
    }
}
impl crate::__codegen::Validate for Bird {
    fn collect_violations(
        &self,
        _at: &str,
        _out: &mut ::std::vec::Vec<crate::__codegen::Violation>,
    ) {}
}
/// `cat`
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[non_exhaustive]
pub struct Cat {
    /// `xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`.
    pub xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx: ::std::option::Option<
        bool,
    >,
}
impl ::serde::Serialize for Cat {
    fn serialize<__S: ::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> ::std::result::Result<__S::Ok, __S::Error> {
        crate::__codegen::encode_struct!(
            serializer, self, Cat {
            xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx :
            optional("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"),
            } "petType" = "cat"
        )
    }
}
#[allow(dead_code, non_camel_case_types)]
struct __CatFields;
impl __CatFields {
    fn deserialize<'de, __D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::std::result::Result<Cat, __D::Error> {
        crate::__codegen::decode_struct!(
            deserializer, Cat {
            xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx :
            optional(0,
            "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"),
            }
        )
    }
}
impl<'de> ::serde::Deserialize<'de> for Cat {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::std::result::Result<Self, __D::Error> {
        crate::__codegen::deserialize_tag_checked(
            deserializer,
            "petType",
            "cat",
            __CatFields::deserialize,
        )
    }
}
impl Cat {
    /// Creates a value with every optional field unset.
    pub fn new() -> Self {
        Self {
            xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx: ::std::option::Option::None,
        }
    }
    /// Sets `xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`.
    #[must_use]
    pub fn with_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx(
        mut self,
        value: bool,
    ) -> Self {
        self
            .xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx = ::std::option::Option::Some(
            value,
        );
        self
    }
}
impl crate::__codegen::Validate for Cat {
    fn collect_violations(
        &self,
        _at: &str,
        _out: &mut ::std::vec::Vec<crate::__codegen::Violation>,
    ) {}
}
/// `Dog`
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Dog {
    /// `barkVolume`.
    pub bark_volume: i32,
}
impl ::serde::Serialize for Dog {
    fn serialize<__S: ::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> ::std::result::Result<__S::Ok, __S::Error> {
        crate::__codegen::encode_struct!(
            serializer, self, Dog { bark_volume : required("barkVolume"), } "petType" =
            "dog"
        )
    }
}
#[allow(dead_code, non_camel_case_types)]
struct __DogFields;
impl __DogFields {
    fn deserialize<'de, __D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::std::result::Result<Dog, __D::Error> {
        crate::__codegen::decode_struct!(
            deserializer, Dog { bark_volume : required(0, "barkVolume"), }
        )
    }
}
impl<'de> ::serde::Deserialize<'de> for Dog {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::std::result::Result<Self, __D::Error> {
        crate::__codegen::deserialize_tag_checked(
            deserializer,
            "petType",
            "dog",
            __DogFields::deserialize,
        )
    }
}
impl Dog {
    /// Creates a value from its required fields (`barkVolume`); optional fields start unset.
    pub fn new(bark_volume: i32) -> Self {
        Self { bark_volume }
    }
}
impl crate::__codegen::Validate for Dog {
    fn collect_violations(
        &self,
        _at: &str,
        _out: &mut ::std::vec::Vec<crate::__codegen::Violation>,
    ) {}
}
/// `Pet`
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum Pet {
    /// `petType: cat`.
    Cat(Cat),
    /// `petType: dog`.
    Dog(Dog),
    /// `petType: bird`.
    Bird(Bird),
    /// A value whose tag this version of the crate does not know; the JSON is kept as received and re-serialized unchanged.
    Unknown(::serde_json::Value),
}
impl Pet {
    /// The `petType` of this value.
    pub fn pet_type(&self) -> &str {
        match self {
            Self::Cat(_) => "cat",
            Self::Dog(_) => "dog",
            Self::Bird(_) => "bird",
            Self::Unknown(value) => {
                value
                    .get("petType")
                    .and_then(::serde_json::Value::as_str)
                    .unwrap_or_default()
            }
        }
    }
}
impl ::std::convert::From<Cat> for Pet {
    fn from(value: Cat) -> Self {
        Self::Cat(value)
    }
}
impl ::std::convert::From<Dog> for Pet {
    fn from(value: Dog) -> Self {
        Self::Dog(value)
    }
}
impl ::std::convert::From<Bird> for Pet {
    fn from(value: Bird) -> Self {
        Self::Bird(value)
    }
}
impl ::serde::Serialize for Pet {
    fn serialize<__S: ::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> ::std::result::Result<__S::Ok, __S::Error> {
        match self {
            Self::Cat(value) => ::serde::Serialize::serialize(value, serializer),
            Self::Dog(value) => ::serde::Serialize::serialize(value, serializer),
            Self::Bird(value) => ::serde::Serialize::serialize(value, serializer),
            Self::Unknown(value) => ::serde::Serialize::serialize(value, serializer),
        }
    }
}
impl crate::__codegen::Tagged for Pet {
    const TAG: &'static str = "petType";
    fn decode_variant<'de, __D: ::serde::Deserializer<'de>>(
        tag: &str,
        object: __D,
    ) -> ::std::result::Result<Self, __D::Error> {
        match tag {
            "cat" => __CatFields::deserialize(object).map(Self::Cat),
            "dog" => __DogFields::deserialize(object).map(Self::Dog),
            "bird" => __BirdFields::deserialize(object).map(Self::Bird),
            _ => {
                <::serde_json::Value as ::serde::Deserialize>::deserialize(object)
                    .map(Self::Unknown)
            }
        }
    }
}
impl<'de> ::serde::Deserialize<'de> for Pet {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::std::result::Result<Self, __D::Error> {
        crate::__codegen::deserialize_tagged(deserializer)
    }
}
impl crate::__codegen::Validate for Pet {
    fn collect_violations(
        &self,
        at: &str,
        out: &mut ::std::vec::Vec<crate::__codegen::Violation>,
    ) {
        let _ = (at, &out);
        match self {
            Self::Cat(_) => {}
            Self::Dog(_) => {}
            Self::Bird(_) => {}
            Self::Unknown(_) => {}
        }
    }
}
/// The spec's operations: one module each, with a marker type per API version.
pub mod operations {
    /// `createPet`.
    ///
    /// `POST /pets`
    pub mod create_pet {
        /// Path and query parameters of `createPet`.
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
        /// `createPet` at API version 2024-05-30 (`application/vnd.atlas.2024-05-30+json`).
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
        pub struct V2024_05_30;
        impl crate::__codegen::Operation for V2024_05_30 {
            type Params = Params;
            type Request = super::super::Pet;
            type Response = super::super::Pet;
            type Error = ::serde_json::Value;
            const DESCRIPTOR: &'static crate::__codegen::OperationDescriptor = &crate::__codegen::OperationDescriptor {
                operation_id: "createPet",
                operation_id_override: ::std::option::Option::None,
                method: crate::__codegen::Method::Post,
                path: "/pets",
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
                        body: ::std::option::Option::Some("Pet"),
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
