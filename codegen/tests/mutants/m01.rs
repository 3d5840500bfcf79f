// @generated from mutant-of-discriminator_allof_cycle.yaml by atlas-codegen; do not edit.
// Regenerate: cargo run -p atlas-codegen -- generate
// Warning: mutant-of-discriminator_allof_cycle.yaml: /components/schemas/GcpBucketResponse/required: warning: required property "roleId" is not declared by the schema or its allOf members

/// `AwsBucketRequest`
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct AwsBucketRequest {
    /// `bucketName`.
    pub bucket_name: ::std::string::String,
    /// `iamRoleId`.
    pub iam_role_id: ::std::string::String,
}
impl ::serde::Serialize for AwsBucketRequest {
    fn serialize<__S: ::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> ::std::result::Result<__S::Ok, __S::Error> {
        crate::__codegen::encode_struct!(
            serializer, self, AwsBucketRequest { bucket_name : required("bucketName"),
            iam_role_id : required("iamRoleId"), } "provider" = "AWS"
        )
    }
}
#[allow(dead_code, non_camel_case_types)]
struct __AwsBucketRequestFields;
impl __AwsBucketRequestFields {
    fn deserialize<'de, __D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::std::result::Result<AwsBucketRequest, __D::Error> {
        crate::__codegen::decode_struct!(
            deserializer, AwsBucketRequest { bucket_name : required(0, "bucketName"),
            iam_role_id : required(1, "iamRoleId"), }
        )
    }
}
impl<'de> ::serde::Deserialize<'de> for AwsBucketRequest {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::std::result::Result<Self, __D::Error> {
        crate::__codegen::deserialize_tag_checked(
            deserializer,
            "provider",
            "AWS",
            __AwsBucketRequestFields::deserialize,
        )
    }
}
impl AwsBucketRequest {
    /// Creates a value from its required fields (`bucketName`, `iamRoleId`); optional fields start unset.
    pub fn new(
        bucket_name: impl ::std::convert::Into<::std::string::String>,
        iam_role_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            bucket_name: bucket_name.into(),
            iam_role_id: iam_role_id.into(),
        }
    }
}
impl crate::__codegen::Validate for AwsBucketRequest {
    fn collect_violations(
        &self,
        _at: &str,
        _out: &mut ::std::vec::Vec<crate::__codegen::Violation>,
    ) {}
}
/// Standalone variant (no allOf).
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct AwsBucketResponse {
    /// `_id`.
    pub id: ::std::string::String,
    /// `region`.
    pub region: ::std::option::Option<::std::string::String>,
}
impl ::serde::Serialize for AwsBucketResponse {
    fn serialize<__S: ::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> ::std::result::Result<__S::Ok, __S::Error> {
        crate::__codegen::encode_struct!(
            serializer, self, AwsBucketResponse { id : required("_id"), region :
            optional("region"), } "provider" = "AWS"
        )
    }
}
#[allow(dead_code, non_camel_case_types)]
struct __AwsBucketResponseFields;
impl __AwsBucketResponseFields {
    fn deserialize<'de, __D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::std::result::Result<AwsBucketResponse, __D::Error> {
        crate::__codegen::decode_struct!(
            deserializer, AwsBucketResponse { id : required(0, "_id"), region :
            optional(1, "region"), }
        )
    }
}
impl<'de> ::serde::Deserialize<'de> for AwsBucketResponse {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::std::result::Result<Self, __D::Error> {
        crate::__codegen::deserialize_tag_checked(
            deserializer,
            "provider",
            "AWS",
            __AwsBucketResponseFields::deserialize,
        )
    }
}
impl AwsBucketResponse {
    /// Creates a value from its required fields (`_id`); optional fields start unset.
    pub fn new(id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            id: id.into(),
            region: ::std::option::Option::None,
        }
    }
    /// Sets `region`.
    #[must_use]
    pub fn with_region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = ::std::option::Option::Some(value.into());
        self
    }
}
/// `AzureBucketRequest`
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct AzureBucketRequest {
    /// `serviceUrl`.
    pub service_url: ::std::string::String,
    /// `tenantId`.
    #[deprecated]
    pub tenant_id: ::std::option::Option<::std::string::String>,
}
impl ::serde::Serialize for AzureBucketRequest {
    #[allow(deprecated)]
    fn serialize<__S: ::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> ::std::result::Result<__S::Ok, __S::Error> {
        crate::__codegen::encode_struct!(
            serializer, self, AzureBucketRequest { service_url : required("serviceUrl"),
            tenant_id : optional("tenantId"), } "provider" = "AZURE"
        )
    }
}
#[allow(dead_code, non_camel_case_types)]
struct __AzureBucketRequestFields;
impl __AzureBucketRequestFields {
    fn deserialize<'de, __D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::std::result::Result<AzureBucketRequest, __D::Error> {
        crate::__codegen::decode_struct!(
            deserializer, AzureBucketRequest { service_url : required(0, "serviceUrl"),
            tenant_id : optional(1, "tenantId"), }
        )
    }
}
impl<'de> ::serde::Deserialize<'de> for AzureBucketRequest {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::std::result::Result<Self, __D::Error> {
        crate::__codegen::deserialize_tag_checked(
            deserializer,
            "provider",
            "AZURE",
            __AzureBucketRequestFields::deserialize,
        )
    }
}
impl AzureBucketRequest {
    /// Creates a value from its required fields (`serviceUrl`); optional fields start unset.
    #[allow(deprecated)]
    pub fn new(service_url: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            service_url: service_url.into(),
            tenant_id: ::std::option::Option::None,
        }
    }
    /// Sets `tenantId`.
    #[deprecated]
    #[allow(deprecated)]
    #[must_use]
    pub fn with_tenant_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.tenant_id = ::std::option::Option::Some(value.into());
        self
    }
}
impl crate::__codegen::Validate for AzureBucketRequest {
    #[allow(deprecated)]
    fn collect_violations(
        &self,
        _at: &str,
        _out: &mut ::std::vec::Vec<crate::__codegen::Violation>,
    ) {}
}
/// `AzureBucketResponse`
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct AzureBucketResponse {
    /// `_id`.
    pub id: ::std::string::String,
    /// `serviceUrl`.
    pub service_url: ::std::string::String,
}
impl ::serde::Serialize for AzureBucketResponse {
    fn serialize<__S: ::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> ::std::result::Result<__S::Ok, __S::Error> {
        crate::__codegen::encode_struct!(
            serializer, self, AzureBucketResponse { id : required("_id"), service_url :
            required("serviceUrl"), } "provider" = "AZURE"
        )
    }
}
#[allow(dead_code, non_camel_case_types)]
struct __AzureBucketResponseFields;
impl __AzureBucketResponseFields {
    fn deserialize<'de, __D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::std::result::Result<AzureBucketResponse, __D::Error> {
        crate::__codegen::decode_struct!(
            deserializer, AzureBucketResponse { id : required(0, "_id"), service_url :
            required(1, "serviceUrl"), }
        )
    }
}
impl<'de> ::serde::Deserialize<'de> for AzureBucketResponse {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::std::result::Result<Self, __D::Error> {
        crate::__codegen::deserialize_tag_checked(
            deserializer,
            "provider",
            "AZURE",
            __AzureBucketResponseFields::deserialize,
        )
    }
}
impl AzureBucketResponse {
    /// Creates a value from its required fields (`_id`, `serviceUrl`); optional fields start unset.
    pub fn new(
        id: impl ::std::convert::Into<::std::string::String>,
        service_url: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            id: id.into(),
            service_url: service_url.into(),
        }
    }
}
/// `BucketRequest`
#[derive(Debug, Clone, PartialEq, Eq, ::serde::Deserialize)]
#[serde(tag = "provider")]
#[non_exhaustive]
pub enum BucketRequest {
    /// `provider: AWS`.
    #[serde(rename = "AWS")]
    Aws(AwsBucketRequest),
    /// `provider: AZURE`.
    #[serde(rename = "AZURE")]
    Azure(AzureBucketRequest),
    /// `provider: GCP`.
    #[serde(rename = "GCP")]
    Gcp(GcpBucketRequest),
}
impl BucketRequest {
    /// The `provider` of this value.
    pub fn provider(&self) -> &str {
        match self {
            Self::Aws(_) => "AWS",
            Self::Azure(_) => "AZURE",
            Self::Gcp(_) => "GCP",
        }
    }
}
impl ::std::convert::From<AwsBucketRequest> for BucketRequest {
    fn from(value: AwsBucketRequest) -> Self {
        Self::Aws(value)
    }
}
impl ::std::convert::From<AzureBucketRequest> for BucketRequest {
    fn from(value: AzureBucketRequest) -> Self {
        Self::Azure(value)
    }
}
impl ::std::convert::From<GcpBucketRequest> for BucketRequest {
    fn from(value: GcpBucketRequest) -> Self {
        Self::Gcp(value)
    }
}
impl ::serde::Serialize for BucketRequest {
    fn serialize<__S: ::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> ::std::result::Result<__S::Ok, __S::Error> {
        match self {
            Self::Aws(value) => ::serde::Serialize::serialize(value, serializer),
            Self::Azure(value) => ::serde::Serialize::serialize(value, serializer),
            Self::Gcp(value) => ::serde::Serialize::serialize(value, serializer),
        }
    }
}
impl crate::__codegen::Validate for BucketRequest {
    fn collect_violations(
        &self,
        at: &str,
        out: &mut ::std::vec::Vec<crate::__codegen::Violation>,
    ) {
        let _ = (at, &out);
        match self {
            Self::Aws(_) => {}
            Self::Azure(_) => {}
            Self::Gcp(_) => {}
        }
    }
}
/// `BucketResponse`
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum BucketResponse {
    /// `provider: AWS`.
    Aws(AwsBucketResponse),
    /// `provider: AZURE`.
    Azure(AzureBucketResponse),
    /// `provider: GCP`.
    Gcp(GcpBucketResponse),
    /// A value whose tag this version of the crate does not know; the JSON is kept as received and re-serialized unchanged.
    Unknown(::serde_json::Value),
}
impl BucketResponse {
    /// The `provider` of this value.
    pub fn provider(&self) -> &str {
        match self {
            Self::Aws(_) => "AWS",
            Self::Azure(_) => "AZURE",
            Self::Gcp(_) => "GCP",
            Self::Unknown(value) => {
                value
                    .get("provider")
                    .and_then(::serde_json::Value::as_str)
                    .unwrap_or_default()
            }
        }
    }
}
impl ::std::convert::From<AwsBucketResponse> for BucketResponse {
    fn from(value: AwsBucketResponse) -> Self {
        Self::Aws(value)
    }
}
impl ::std::convert::From<AzureBucketResponse> for BucketResponse {
    fn from(value: AzureBucketResponse) -> Self {
        Self::Azure(value)
    }
}
impl ::std::convert::From<GcpBucketResponse> for BucketResponse {
    fn from(value: GcpBucketResponse) -> Self {
        Self::Gcp(value)
    }
}
impl ::serde::Serialize for BucketResponse {
    fn serialize<__S: ::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> ::std::result::Result<__S::Ok, __S::Error> {
        match self {
            Self::Aws(value) => ::serde::Serialize::serialize(value, serializer),
            Self::Azure(value) => ::serde::Serialize::serialize(value, serializer),
            Self::Gcp(value) => ::serde::Serialize::serialize(value, serializer),
            Self::Unknown(value) => ::serde::Serialize::serialize(value, serializer),
        }
    }
}
impl crate::__codegen::Tagged for BucketResponse {
    const TAG: &'static str = "provider";
    fn decode_variant<'de, __D: ::serde::Deserializer<'de>>(
        tag: &str,
        object: __D,
    ) -> ::std::result::Result<Self, __D::Error> {
        match tag {
            "AWS" => __AwsBucketResponseFields::deserialize(object).map(Self::Aws),
            "AZURE" => __AzureBucketResponseFields::deserialize(object).map(Self::Azure),
            "GCP" => __GcpBucketResponseFields::deserialize(object).map(Self::Gcp),
            _ => {
                <::serde_json::Value as ::serde::Deserialize>::deserialize(object)
                    .map(Self::Unknown)
            }
        }
    }
}
impl<'de> ::serde::Deserialize<'de> for BucketResponse {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::std::result::Result<Self, __D::Error> {
        crate::__codegen::deserialize_tagged(deserializer)
    }
}
/// `GcpBucketRequest`
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct GcpBucketRequest {
    /// `roleId`.
    pub role_id: ::std::string::String,
}
impl ::serde::Serialize for GcpBucketRequest {
    fn serialize<__S: ::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> ::std::result::Result<__S::Ok, __S::Error> {
        crate::__codegen::encode_struct!(
            serializer, self, GcpBucketRequest { role_id : required("roleId"), }
            "provider" = "GCP"
        )
    }
}
#[allow(dead_code, non_camel_case_types)]
struct __GcpBucketRequestFields;
impl __GcpBucketRequestFields {
    fn deserialize<'de, __D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::std::result::Result<GcpBucketRequest, __D::Error> {
        crate::__codegen::decode_struct!(
            deserializer, GcpBucketRequest { role_id : required(0, "roleId"), }
        )
    }
}
impl<'de> ::serde::Deserialize<'de> for GcpBucketRequest {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::std::result::Result<Self, __D::Error> {
        crate::__codegen::deserialize_tag_checked(
            deserializer,
            "provider",
            "GCP",
            __GcpBucketRequestFields::deserialize,
        )
    }
}
impl GcpBucketRequest {
    /// Creates a value from its required fields (`roleId`); optional fields start unset.
    pub fn new(role_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self { role_id: role_id.into() }
    }
}
impl crate::__codegen::Validate for GcpBucketRequest {
    fn collect_violations(
        &self,
        _at: &str,
        _out: &mut ::std::vec::Vec<crate::__codegen::Violation>,
    ) {}
}
/// `GcpBucketResponse`
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct GcpBucketResponse {
    /// `_id`.
    pub id: ::std::string::String,
    /// `r#type`.
    pub r_type: ::std::option::Option<::std::string::String>,
}
impl ::serde::Serialize for GcpBucketResponse {
    fn serialize<__S: ::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> ::std::result::Result<__S::Ok, __S::Error> {
        crate::__codegen::encode_struct!(
            serializer, self, GcpBucketResponse { id : required("_id"), r_type :
            optional("r#type"), } "provider" = "GCP"
        )
    }
}
#[allow(dead_code, non_camel_case_types)]
struct __GcpBucketResponseFields;
impl __GcpBucketResponseFields {
    fn deserialize<'de, __D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::std::result::Result<GcpBucketResponse, __D::Error> {
        crate::__codegen::decode_struct!(
            deserializer, GcpBucketResponse { id : required(0, "_id"), r_type :
            optional(1, "r#type"), }
        )
    }
}
impl<'de> ::serde::Deserialize<'de> for GcpBucketResponse {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::std::result::Result<Self, __D::Error> {
        crate::__codegen::deserialize_tag_checked(
            deserializer,
            "provider",
            "GCP",
            __GcpBucketResponseFields::deserialize,
        )
    }
}
impl GcpBucketResponse {
    /// Creates a value from its required fields (`_id`); optional fields start unset.
    pub fn new(id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            id: id.into(),
            r_type: ::std::option::Option::None,
        }
    }
    /// Sets `r#type`.
    #[must_use]
    pub fn with_r_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.r_type = ::std::option::Option::Some(value.into());
        self
    }
}
/// The spec's operations: one module each, with a marker type per API version.
pub mod operations {
    /// Create a bucket
    ///
    /// `POST /buckets`
    pub mod v2024_05_30 {
        /// Path and query parameters of `V2024_05_30`.
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
        /// `V2024_05_30` at API version 2024-05-30 (`application/vnd.atlas.2024-05-30+json`).
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
        pub struct V2024_05_30;
        impl crate::__codegen::Operation for V2024_05_30 {
            type Params = Params;
            type Request = super::super::BucketRequest;
            type Response = super::super::BucketResponse;
            type Error = ::serde_json::Value;
            const DESCRIPTOR: &'static crate::__codegen::OperationDescriptor = &crate::__codegen::OperationDescriptor {
                operation_id: "V2024_05_30",
                operation_id_override: ::std::option::Option::None,
                method: crate::__codegen::Method::Post,
                path: "/buckets",
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
                        body: ::std::option::Option::Some("BucketResponse"),
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
