// @generated from mutant-of-multi_version.yaml by atlas-codegen; do not edit.
// Regenerate: cargo run -p atlas-codegen -- generate

/// `BucketPatch`
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[non_exhaustive]
pub struct BucketPatch {
    /// `private`.
    pub private: ::std::option::Option<bool>,
}
impl ::serde::Serialize for BucketPatch {
    fn serialize<__S: ::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> ::std::result::Result<__S::Ok, __S::Error> {
        crate::__codegen::encode_struct!(
            serializer, self, BucketPatch { private : optional("private"), }
        )
    }
}
impl<'de> ::serde::Deserialize<'de> for BucketPatch {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::std::result::Result<Self, __D::Error> {
        crate::__codegen::decode_struct!(
            deserializer, BucketPatch { private : optional(0, "private"), }
        )
    }
}
impl BucketPatch {
    /// Creates a value with every optional field unset.
    pub fn new() -> Self {
        Self {
            private: ::std::option::Option::None,
        }
    }
    /// Sets `private`.
    #[must_use]
    pub fn with_private(mut self, value: bool) -> Self {
        self.private = ::std::option::Option::Some(value);
        self
    }
}
impl crate::__codegen::Validate for BucketPatch {
    fn collect_violations(
        &self,
        _at: &str,
        _out: &mut ::std::vec::Vec<crate::__codegen::Violation>,
    ) {}
}
/// `BucketV1`
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct BucketV1 {
    /// `name`.
    pub name: ::std::string::String,
}
impl ::serde::Serialize for BucketV1 {
    fn serialize<__S: ::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> ::std::result::Result<__S::Ok, __S::Error> {
        crate::__codegen::encode_struct!(
            serializer, self, BucketV1 { name : required("name"), }
        )
    }
}
impl<'de> ::serde::Deserialize<'de> for BucketV1 {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::std::result::Result<Self, __D::Error> {
        crate::__codegen::decode_struct!(
            deserializer, BucketV1 { name : required(0, "name"), }
        )
    }
}
impl BucketV1 {
    /// Creates a value from its required fields (`name`); optional fields start unset.
    pub fn new(name: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self { name: name.into() }
    }
}
impl crate::__codegen::Validate for BucketV1 {
    fn collect_violations(
        &self,
        _at: &str,
        _out: &mut ::std::vec::Vec<crate::__codegen::Violation>,
    ) {}
}
/// `BucketV2`
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct BucketV2 {
    /// `name`.
    pub name: ::std::string::String,
    /// `private`.
    pub private: bool,
}
impl ::serde::Serialize for BucketV2 {
    fn serialize<__S: ::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> ::std::result::Result<__S::Ok, __S::Error> {
        crate::__codegen::encode_struct!(
            serializer, self, BucketV2 { name : required("name"), private :
            required("private"), }
        )
    }
}
impl<'de> ::serde::Deserialize<'de> for BucketV2 {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::std::result::Result<Self, __D::Error> {
        crate::__codegen::decode_struct!(
            deserializer, BucketV2 { name : required(0, "name"), private : required(1,
            "private"), }
        )
    }
}
impl BucketV2 {
    /// Creates a value from its required fields (`name`, `private`); optional fields start unset.
    pub fn new(
        name: impl ::std::convert::Into<::std::string::String>,
        private: bool,
    ) -> Self {
        Self { name: name.into(), private }
    }
}
impl crate::__codegen::Validate for BucketV2 {
    fn collect_violations(
        &self,
        _at: &str,
        _out: &mut ::std::vec::Vec<crate::__codegen::Violation>,
    ) {}
}
/// The spec's operations: one module each, with a marker type per API version.
pub mod operations {
    /// `getGroupBucket`.
    ///
    /// `GET /buckets/{bucketId}`
    pub mod get_group_bucket {
        /// Path and query parameters of `getGroupBucket`.
        #[derive(Debug, Clone, PartialEq, Eq)]
        #[non_exhaustive]
        pub struct Params {
            /// `bucketId`.
            pub bucket_id: ::std::string::String,
        }
        impl Params {
            /// Creates the parameters from the required ones; optional ones start unset.
            pub fn new(
                bucket_id: impl ::std::convert::Into<::std::string::String>,
            ) -> Self {
                Self {
                    bucket_id: bucket_id.into(),
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
                    ("bucketId", ::std::borrow::Cow::Borrowed(self.bucket_id.as_str())),
                ]
            }
            fn query_values(
                &self,
            ) -> ::std::vec::Vec<(&'static str, ::std::string::String)> {
                ::std::vec::Vec::new()
            }
        }
        /// `getGroupBucket` at API version 2023-01-01 (`application/vnd.atlas.2023-01-01+json`).
        ///
        /// Sunset: the server stops serving this version on 2027-07-01.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
        pub struct V2023_01_01;
        impl crate::__codegen::Operation for V2023_01_01 {
            type Params = Params;
            type Request = crate::__codegen::NoBody;
            type Response = super::super::BucketV1;
            type Error = ::serde_json::Value;
            const DESCRIPTOR: &'static crate::__codegen::OperationDescriptor = &crate::__codegen::OperationDescriptor {
                operation_id: "getGroupBucket",
                operation_id_override: ::std::option::Option::Some("getBucket"),
                method: crate::__codegen::Method::Get,
                path: "/buckets/{bucketId}",
                version: ::std::option::Option::Some("2023-01-01"),
                accept: "application/vnd.atlas.2023-01-01+json",
                content_type: ::std::option::Option::None,
                request_body_required: false,
                success_status: 200u16,
                sunset: ::std::option::Option::Some("2027-07-01"),
                required_roles: &[],
                parameters: &[
                    crate::__codegen::ParameterDescriptor {
                        name: "bucketId",
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
                            "application/vnd.atlas.2023-01-01+json",
                        ),
                        body: ::std::option::Option::Some("BucketV1"),
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
        /// `getGroupBucket` at API version 2024-05-30 (`application/vnd.atlas.2024-05-30+json`).
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
        pub struct V2024_05_30;
        impl crate::__codegen::Operation for V2024_05_30 {
            type Params = Params;
            type Request = crate::__codegen::NoBody;
            type Response = super::super::BucketV2;
            type Error = ::serde_json::Value;
            const DESCRIPTOR: &'static crate::__codegen::OperationDescriptor = &crate::__codegen::OperationDescriptor {
                operation_id: "getGroupBucket",
                operation_id_override: ::std::option::Option::Some("getBucket"),
                method: crate::__codegen::Method::Get,
                path: "/buckets/{bucketId}",
                version: ::std::option::Option::Some("2024-05-30"),
                accept: "application/vnd.atlas.2024-05-30+json",
                content_type: ::std::option::Option::None,
                request_body_required: false,
                success_status: 200u16,
                sunset: ::std::option::Option::None,
                required_roles: &[],
                parameters: &[
                    crate::__codegen::ParameterDescriptor {
                        name: "bucketId",
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
                        body: ::std::option::Option::Some("BucketV2"),
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
    /// `getBucket`: the operation's legacy name for [`get_group_bucket`].
    pub use get_group_bucket as get_bucket;
    /// `42`.
    ///
    /// `POST /buckets/{bucketId}`
    pub mod n_42 {
        /// Path and query parameters of `42`.
        #[derive(Debug, Clone, PartialEq, Eq)]
        #[non_exhaustive]
        pub struct Params {
            /// `bucketId`.
            pub bucket_id: ::std::string::String,
        }
        impl Params {
            /// Creates the parameters from the required ones; optional ones start unset.
            pub fn new(
                bucket_id: impl ::std::convert::Into<::std::string::String>,
            ) -> Self {
                Self {
                    bucket_id: bucket_id.into(),
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
                    ("bucketId", ::std::borrow::Cow::Borrowed(self.bucket_id.as_str())),
                ]
            }
            fn query_values(
                &self,
            ) -> ::std::vec::Vec<(&'static str, ::std::string::String)> {
                ::std::vec::Vec::new()
            }
        }
        /// `42` at API version 2023-01-01 (`application/vnd.atlas.2023-01-01+json`).
        ///
        /// Sunset: the server stops serving this version on 2027-07-01.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
        pub struct V2023_01_01;
        impl crate::__codegen::Operation for V2023_01_01 {
            type Params = Params;
            type Request = super::super::BucketV1;
            type Response = super::super::BucketV1;
            type Error = ::serde_json::Value;
            const DESCRIPTOR: &'static crate::__codegen::OperationDescriptor = &crate::__codegen::OperationDescriptor {
                operation_id: "42",
                operation_id_override: ::std::option::Option::None,
                method: crate::__codegen::Method::Post,
                path: "/buckets/{bucketId}",
                version: ::std::option::Option::Some("2023-01-01"),
                accept: "application/vnd.atlas.2023-01-01+json",
                content_type: ::std::option::Option::Some(
                    "application/vnd.atlas.2023-01-01+json",
                ),
                request_body_required: true,
                success_status: 200u16,
                sunset: ::std::option::Option::Some("2027-07-01"),
                required_roles: &[],
                parameters: &[
                    crate::__codegen::ParameterDescriptor {
                        name: "bucketId",
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
                            "application/vnd.atlas.2023-01-01+json",
                        ),
                        body: ::std::option::Option::Some("BucketV1"),
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
        /// `42` at API version 2024-05-30 (`application/vnd.atlas.2024-05-30+json`).
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
        pub struct V2024_05_30;
        impl crate::__codegen::Operation for V2024_05_30 {
            type Params = Params;
            type Request = super::super::BucketV2;
            type Response = super::super::BucketV2;
            type Error = ::serde_json::Value;
            const DESCRIPTOR: &'static crate::__codegen::OperationDescriptor = &crate::__codegen::OperationDescriptor {
                operation_id: "42",
                operation_id_override: ::std::option::Option::None,
                method: crate::__codegen::Method::Post,
                path: "/buckets/{bucketId}",
                version: ::std::option::Option::Some("2024-05-30"),
                accept: "application/vnd.atlas.2024-05-30+json",
                content_type: ::std::option::Option::Some(
                    "application/vnd.atlas.2024-05-30+json",
                ),
                request_body_required: true,
                success_status: 200u16,
                sunset: ::std::option::Option::None,
                required_roles: &[],
                parameters: &[
                    crate::__codegen::ParameterDescriptor {
                        name: "bucketId",
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
                        body: ::std::option::Option::Some("BucketV2"),
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
    /// `deleteBucket`.
    ///
    /// `DELETE /buckets/{bucketId}`
    pub mod delete_bucket {
        /// Path and query parameters of `deleteBucket`.
        #[derive(Debug, Clone, PartialEq, Eq)]
        #[non_exhaustive]
        pub struct Params {
            /// `bucketId`.
            pub bucket_id: ::std::string::String,
        }
        impl Params {
            /// Creates the parameters from the required ones; optional ones start unset.
            pub fn new(
                bucket_id: impl ::std::convert::Into<::std::string::String>,
            ) -> Self {
                Self {
                    bucket_id: bucket_id.into(),
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
                    ("bucketId", ::std::borrow::Cow::Borrowed(self.bucket_id.as_str())),
                ]
            }
            fn query_values(
                &self,
            ) -> ::std::vec::Vec<(&'static str, ::std::string::String)> {
                ::std::vec::Vec::new()
            }
        }
        /// `deleteBucket` at API version 2023-01-01 (`application/vnd.atlas.2023-01-01+json`).
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
        pub struct V2023_01_01;
        impl crate::__codegen::Operation for V2023_01_01 {
            type Params = Params;
            type Request = crate::__codegen::NoBody;
            type Response = crate::__codegen::NoContent;
            type Error = ::serde_json::Value;
            const DESCRIPTOR: &'static crate::__codegen::OperationDescriptor = &crate::__codegen::OperationDescriptor {
                operation_id: "deleteBucket",
                operation_id_override: ::std::option::Option::None,
                method: crate::__codegen::Method::Delete,
                path: "/buckets/{bucketId}",
                version: ::std::option::Option::Some("2023-01-01"),
                accept: "application/vnd.atlas.2023-01-01+json",
                content_type: ::std::option::Option::None,
                request_body_required: false,
                success_status: 204u16,
                sunset: ::std::option::Option::None,
                required_roles: &[],
                parameters: &[
                    crate::__codegen::ParameterDescriptor {
                        name: "bucketId",
                        location: crate::__codegen::ParameterLocation::Path,
                        required: true,
                        settable: true,
                        default: ::std::option::Option::None,
                    },
                ],
                responses: &[
                    crate::__codegen::ResponseDescriptor {
                        status: "204",
                        description: "No body.",
                        media_type: ::std::option::Option::Some(
                            "application/vnd.atlas.2023-01-01+json",
                        ),
                        body: ::std::option::Option::None,
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
        pub type Latest = V2023_01_01;
    }
    /// `größe`.
    ///
    /// `PATCH /buckets/{bucketId}`
    pub mod grosse {
        /// Path and query parameters of `größe`.
        #[derive(Debug, Clone, PartialEq, Eq)]
        #[non_exhaustive]
        pub struct Params {
            /// `bucketId`.
            pub bucket_id: ::std::string::String,
        }
        impl Params {
            /// Creates the parameters from the required ones; optional ones start unset.
            pub fn new(
                bucket_id: impl ::std::convert::Into<::std::string::String>,
            ) -> Self {
                Self {
                    bucket_id: bucket_id.into(),
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
                    ("bucketId", ::std::borrow::Cow::Borrowed(self.bucket_id.as_str())),
                ]
            }
            fn query_values(
                &self,
            ) -> ::std::vec::Vec<(&'static str, ::std::string::String)> {
                ::std::vec::Vec::new()
            }
        }
        /// `größe` at API version 2024-05-30 (`application/vnd.atlas.2024-05-30+json`).
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
        pub struct V2024_05_30;
        impl crate::__codegen::Operation for V2024_05_30 {
            type Params = Params;
            type Request = super::super::BucketPatch;
            type Response = super::super::BucketV2;
            type Error = ::serde_json::Value;
            const DESCRIPTOR: &'static crate::__codegen::OperationDescriptor = &crate::__codegen::OperationDescriptor {
                operation_id: "größe",
                operation_id_override: ::std::option::Option::None,
                method: crate::__codegen::Method::Patch,
                path: "/buckets/{bucketId}",
                version: ::std::option::Option::Some("2024-05-30"),
                accept: "application/vnd.atlas.2024-05-30+json",
                content_type: ::std::option::Option::Some(
                    "application/vnd.atlas.2024-05-30+json",
                ),
                request_body_required: true,
                success_status: 200u16,
                sunset: ::std::option::Option::None,
                required_roles: &[],
                parameters: &[
                    crate::__codegen::ParameterDescriptor {
                        name: "bucketId",
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
                        body: ::std::option::Option::Some("BucketV2"),
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
