// @generated from mutant-of-constraints.yaml by atlas-codegen; do not edit.
// Regenerate: cargo run -p atlas-codegen -- generate

static PATTERN_A_F0_9_24: crate::__codegen::Pattern = crate::__codegen::Pattern::new(
    "^([a-f0-9]{24})$",
);
/// `BucketRequest`
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct BucketRequest {
    /// `roleId`.
    pub role_id: ::std::string::String,
    /// `bucketName`.
    pub bucket_name: ::std::string::String,
    /// `retentionDays`.
    pub retention_days: ::std::option::Option<i32>,
    /// `sizeBytes`.
    pub size_bytes: ::std::option::Option<i64>,
    /// `limits`.
    pub limits: ::std::option::Option<BucketRequestLimits>,
    /// `tags`.
    pub tags: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}
impl ::serde::Serialize for BucketRequest {
    fn serialize<__S: ::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> ::std::result::Result<__S::Ok, __S::Error> {
        crate::__codegen::encode_struct!(
            serializer, self, BucketRequest { role_id : required("roleId"), bucket_name :
            required("bucketName"), retention_days : optional("retentionDays"),
            size_bytes : optional("sizeBytes"), limits : optional("limits"), tags :
            optional("tags"), }
        )
    }
}
impl<'de> ::serde::Deserialize<'de> for BucketRequest {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::std::result::Result<Self, __D::Error> {
        crate::__codegen::decode_struct!(
            deserializer, BucketRequest { role_id : required(0, "roleId"), bucket_name :
            required(1, "bucketName"), retention_days : optional(2, "retentionDays"),
            size_bytes : optional(3, "sizeBytes"), limits : optional(4, "limits"), tags :
            optional(5, "tags"), }
        )
    }
}
impl BucketRequest {
    /// Creates a value from its required fields (`roleId`, `bucketName`); optional fields start unset.
    pub fn new(
        role_id: impl ::std::convert::Into<::std::string::String>,
        bucket_name: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            role_id: role_id.into(),
            bucket_name: bucket_name.into(),
            retention_days: ::std::option::Option::None,
            size_bytes: ::std::option::Option::None,
            limits: ::std::option::Option::None,
            tags: ::std::option::Option::None,
        }
    }
    /// Sets `retentionDays`.
    #[must_use]
    pub fn with_retention_days(mut self, value: i32) -> Self {
        self.retention_days = ::std::option::Option::Some(value);
        self
    }
    /// Sets `sizeBytes`.
    #[must_use]
    pub fn with_size_bytes(mut self, value: i64) -> Self {
        self.size_bytes = ::std::option::Option::Some(value);
        self
    }
    /// Sets `limits`.
    #[must_use]
    pub fn with_limits(mut self, value: BucketRequestLimits) -> Self {
        self.limits = ::std::option::Option::Some(value);
        self
    }
    /// Sets `tags`.
    #[must_use]
    pub fn with_tags(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.tags = ::std::option::Option::Some(value);
        self
    }
}
impl crate::__codegen::Validate for BucketRequest {
    fn collect_violations(
        &self,
        at: &str,
        out: &mut ::std::vec::Vec<crate::__codegen::Violation>,
    ) {
        {
            let value = &self.role_id;
            crate::__codegen::check_str(
                out,
                crate::__codegen::Location::Body,
                at,
                "/roleId",
                value,
                &crate::__codegen::StrRule {
                    min_length: ::std::option::Option::None,
                    max_length: ::std::option::Option::None,
                    pattern: ::std::option::Option::Some(&PATTERN_A_F0_9_24),
                    uuid: false,
                },
            );
        }
        {
            let value = &self.bucket_name;
            crate::__codegen::check_str(
                out,
                crate::__codegen::Location::Body,
                at,
                "/bucketName",
                value,
                &crate::__codegen::StrRule {
                    min_length: ::std::option::Option::Some(3usize),
                    max_length: ::std::option::Option::Some(63usize),
                    pattern: ::std::option::Option::None,
                    uuid: false,
                },
            );
        }
        if let ::std::option::Option::Some(value) = &self.retention_days {
            crate::__codegen::check_number(
                out,
                crate::__codegen::Location::Body,
                at,
                "/retentionDays",
                *value as f64,
                ::std::option::Option::Some(1f64),
                ::std::option::Option::Some(365f64),
            );
        }
        if let ::std::option::Option::Some(value) = &self.size_bytes {
            crate::__codegen::check_number(
                out,
                crate::__codegen::Location::Body,
                at,
                "/sizeBytes",
                *value as f64,
                ::std::option::Option::Some(0f64),
                ::std::option::Option::None,
            );
        }
        if let ::std::option::Option::Some(value) = &self.limits {
            crate::__codegen::Validate::collect_violations(
                value,
                &::std::format!("{}{}", at, "/limits"),
                out,
            );
        }
        if let ::std::option::Option::Some(value) = &self.tags {
            for (index, item) in value.iter().enumerate() {
                let item_at = ::std::format!("{}{}/{}", at, "/tags", index);
                crate::__codegen::check_str(
                    out,
                    crate::__codegen::Location::Body,
                    &item_at,
                    "",
                    item,
                    &crate::__codegen::StrRule {
                        min_length: ::std::option::Option::Some(1usize),
                        max_length: ::std::option::Option::Some(32usize),
                        pattern: ::std::option::Option::None,
                        uuid: false,
                    },
                );
            }
        }
    }
}
/// `BucketRequestLimits`
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[non_exhaustive]
pub struct BucketRequestLimits {
    /// `label`.
    pub label: ::std::option::Option<::std::string::String>,
    /// `maxObjects`.
    pub max_objects: ::std::option::Option<i32>,
}
impl ::serde::Serialize for BucketRequestLimits {
    fn serialize<__S: ::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> ::std::result::Result<__S::Ok, __S::Error> {
        crate::__codegen::encode_struct!(
            serializer, self, BucketRequestLimits { label : optional("label"),
            max_objects : optional("maxObjects"), }
        )
    }
}
impl<'de> ::serde::Deserialize<'de> for BucketRequestLimits {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::std::result::Result<Self, __D::Error> {
        crate::__codegen::decode_struct!(
            deserializer, BucketRequestLimits { label : optional(0, "label"), max_objects
            : optional(1, "maxObjects"), }
        )
    }
}
impl BucketRequestLimits {
    /// Creates a value with every optional field unset.
    pub fn new() -> Self {
        Self {
            label: ::std::option::Option::None,
            max_objects: ::std::option::Option::None,
        }
    }
    /// Sets `label`.
    #[must_use]
    pub fn with_label(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.label = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `maxObjects`.
    #[must_use]
    pub fn with_max_objects(mut self, value: i32) -> Self {
        self.max_objects = ::std::option::Option::Some(value);
        self
    }
}
impl crate::__codegen::Validate for BucketRequestLimits {
    fn collect_violations(
        &self,
        at: &str,
        out: &mut ::std::vec::Vec<crate::__codegen::Violation>,
    ) {
        if let ::std::option::Option::Some(value) = &self.label {
            crate::__codegen::check_str(
                out,
                crate::__codegen::Location::Body,
                at,
                "/label",
                value,
                &crate::__codegen::StrRule {
                    min_length: ::std::option::Option::None,
                    max_length: ::std::option::Option::Some(16usize),
                    pattern: ::std::option::Option::None,
                    uuid: false,
                },
            );
        }
        if let ::std::option::Option::Some(value) = &self.max_objects {
            crate::__codegen::check_number(
                out,
                crate::__codegen::Location::Body,
                at,
                "/maxObjects",
                *value as f64,
                ::std::option::Option::Some(1f64),
                ::std::option::Option::Some(1000f64),
            );
        }
    }
}
/// The spec's operations: one module each, with a marker type per API version.
pub mod operations {
    /// `serializer`.
    ///
    /// `POST /groups/{groupId}/buckets`
    pub mod serializer {
        /// Path and query parameters of `serializer`.
        #[derive(Debug, Clone, PartialEq, Eq)]
        #[non_exhaustive]
        pub struct Params {
            /// `groupId`.
            pub group_id: ::std::string::String,
            /// `None`.
            pub none: ::std::option::Option<i64>,
        }
        impl Params {
            /// Creates the parameters from the required ones; optional ones start unset.
            pub fn new(
                group_id: impl ::std::convert::Into<::std::string::String>,
            ) -> Self {
                Self {
                    group_id: group_id.into(),
                    none: ::std::option::Option::None,
                }
            }
            /// Sets the `None` query parameter.
            #[must_use]
            pub fn with_none(mut self, value: i64) -> Self {
                self.none = ::std::option::Option::Some(value);
                self
            }
        }
        impl crate::__codegen::Validate for Params {
            fn collect_violations(
                &self,
                _at: &str,
                out: &mut ::std::vec::Vec<crate::__codegen::Violation>,
            ) {
                {
                    let value = &self.group_id;
                    crate::__codegen::check_str(
                        out,
                        crate::__codegen::Location::Path,
                        "",
                        "groupId",
                        value,
                        &crate::__codegen::StrRule {
                            min_length: ::std::option::Option::None,
                            max_length: ::std::option::Option::None,
                            pattern: ::std::option::Option::Some(
                                &super::super::PATTERN_A_F0_9_24,
                            ),
                            uuid: false,
                        },
                    );
                }
                if let ::std::option::Option::Some(value) = &self.none {
                    crate::__codegen::check_number(
                        out,
                        crate::__codegen::Location::Query,
                        "",
                        "None",
                        *value as f64,
                        ::std::option::Option::Some(1f64),
                        ::std::option::Option::Some(500f64),
                    );
                }
            }
        }
        impl crate::__codegen::Params for Params {
            fn path_values(
                &self,
            ) -> ::std::vec::Vec<(&'static str, ::std::borrow::Cow<'_, str>)> {
                ::std::vec![
                    ("groupId", ::std::borrow::Cow::Borrowed(self.group_id.as_str())),
                ]
            }
            fn query_values(
                &self,
            ) -> ::std::vec::Vec<(&'static str, ::std::string::String)> {
                let mut query = ::std::vec::Vec::new();
                if let ::std::option::Option::Some(value) = &self.none {
                    query.push(("None", value.to_string()));
                }
                query
            }
        }
        /// `serializer` at API version 2024-05-30 (`application/vnd.atlas.2024-05-30+json`).
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
        pub struct V2024_05_30;
        impl crate::__codegen::Operation for V2024_05_30 {
            type Params = Params;
            type Request = super::super::BucketRequest;
            type Response = crate::__codegen::NoContent;
            type Error = ::serde_json::Value;
            const DESCRIPTOR: &'static crate::__codegen::OperationDescriptor = &crate::__codegen::OperationDescriptor {
                operation_id: "serializer",
                operation_id_override: ::std::option::Option::None,
                method: crate::__codegen::Method::Post,
                path: "/groups/{groupId}/buckets",
                version: ::std::option::Option::Some("2024-05-30"),
                accept: "application/vnd.atlas.2024-05-30+json",
                content_type: ::std::option::Option::Some(
                    "application/vnd.atlas.2024-05-30+json",
                ),
                request_body_required: true,
                success_status: 204u16,
                sunset: ::std::option::Option::None,
                required_roles: &[],
                parameters: &[
                    crate::__codegen::ParameterDescriptor {
                        name: "groupId",
                        location: crate::__codegen::ParameterLocation::Path,
                        required: true,
                        settable: true,
                        default: ::std::option::Option::None,
                    },
                    crate::__codegen::ParameterDescriptor {
                        name: "None",
                        location: crate::__codegen::ParameterLocation::Query,
                        required: false,
                        settable: true,
                        default: ::std::option::Option::Some("100"),
                    },
                ],
                responses: &[
                    crate::__codegen::ResponseDescriptor {
                        status: "204",
                        description: "No body.",
                        media_type: ::std::option::Option::None,
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
        pub type Latest = V2024_05_30;
    }
}
