// @generated from spec/export-buckets.v2.yaml by atlas-codegen; do not edit.
// Regenerate: cargo run -p atlas-codegen -- generate
// Override applied from spec/overrides.yaml at /paths/~1api~1atlas~1v2~1groups~1{groupId}~1backup~1exportBuckets~1{exportBucketId}/patch/responses/200/content/application~1vnd.atlas.2024-05-30+json/schema/$ref: PATCH returns the bucket it updated, which may be an Azure or GCP bucket; those have no iamRoleId, so the published AWS-only response type cannot decode them. The provider enum DiskBackupSnapshotExportBucketResponse is used instead, as for GET at the same version.

static PATTERN_A_F0_9_24: crate::__codegen::Pattern = crate::__codegen::Pattern::new(
    "^([a-f0-9]{24})$",
);
/// `ApiError`
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct ApiError {
    /// Bad request detail.
    pub bad_request_detail: ::std::option::Option<BadRequestDetail>,
    /// Describes the specific conditions or reasons that cause each type of error.
    pub detail: ::std::option::Option<::std::string::String>,
    /// HTTP status code returned with this error.
    ///
    /// External documentation: <https://developer.mozilla.org/en-US/docs/Web/HTTP/Status>
    pub error: i32,
    /// Application error code returned with this error.
    pub error_code: ErrorCode,
    /// Parameters used to give more information about the error.
    pub parameters: ::std::option::Option<::std::vec::Vec<::serde_json::Value>>,
    /// Application error message returned with this error.
    pub reason: ::std::option::Option<::std::string::String>,
}
impl ::serde::Serialize for ApiError {
    fn serialize<__S: ::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> ::std::result::Result<__S::Ok, __S::Error> {
        crate::__codegen::encode_struct!(
            serializer, self, ApiError { bad_request_detail :
            optional("badRequestDetail"), detail : optional("detail"), error :
            required("error"), error_code : required("errorCode"), parameters :
            optional("parameters"), reason : optional("reason"), }
        )
    }
}
impl<'de> ::serde::Deserialize<'de> for ApiError {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::std::result::Result<Self, __D::Error> {
        crate::__codegen::decode_struct!(
            deserializer, ApiError { bad_request_detail : optional(0,
            "badRequestDetail"), detail : optional(1, "detail"), error : required(2,
            "error"), error_code : required(3, "errorCode"), parameters : optional(4,
            "parameters"), reason : optional(5, "reason"), }
        )
    }
}
impl ApiError {
    /// Creates a value from its required fields (`error`, `errorCode`); optional fields start unset.
    pub fn new(error: i32, error_code: ErrorCode) -> Self {
        Self {
            bad_request_detail: ::std::option::Option::None,
            detail: ::std::option::Option::None,
            error,
            error_code,
            parameters: ::std::option::Option::None,
            reason: ::std::option::Option::None,
        }
    }
    /// Sets `badRequestDetail`.
    #[must_use]
    pub fn with_bad_request_detail(mut self, value: BadRequestDetail) -> Self {
        self.bad_request_detail = ::std::option::Option::Some(value);
        self
    }
    /// Sets `detail`.
    #[must_use]
    pub fn with_detail(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.detail = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `parameters`.
    #[must_use]
    pub fn with_parameters(
        mut self,
        value: ::std::vec::Vec<::serde_json::Value>,
    ) -> Self {
        self.parameters = ::std::option::Option::Some(value);
        self
    }
    /// Sets `reason`.
    #[must_use]
    pub fn with_reason(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.reason = ::std::option::Option::Some(value.into());
        self
    }
}
/// Bad request detail.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[non_exhaustive]
pub struct BadRequestDetail {
    /// Describes all violations in a client request.
    pub fields: ::std::option::Option<::std::vec::Vec<FieldViolation>>,
}
impl ::serde::Serialize for BadRequestDetail {
    fn serialize<__S: ::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> ::std::result::Result<__S::Ok, __S::Error> {
        crate::__codegen::encode_struct!(
            serializer, self, BadRequestDetail { fields : optional("fields"), }
        )
    }
}
impl<'de> ::serde::Deserialize<'de> for BadRequestDetail {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::std::result::Result<Self, __D::Error> {
        crate::__codegen::decode_struct!(
            deserializer, BadRequestDetail { fields : optional(0, "fields"), }
        )
    }
}
impl BadRequestDetail {
    /// Creates a value with every optional field unset.
    pub fn new() -> Self {
        Self {
            fields: ::std::option::Option::None,
        }
    }
    /// Sets `fields`.
    #[must_use]
    pub fn with_fields(mut self, value: ::std::vec::Vec<FieldViolation>) -> Self {
        self.fields = ::std::option::Option::Some(value);
        self
    }
}
/// `DiskBackupSnapshotAWSExportBucketRequest`
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct DiskBackupSnapshotAwsExportBucketRequest {
    /// Human-readable label that identifies the AWS S3 Bucket that the role is authorized to export to.
    pub bucket_name: ::std::string::String,
    /// Unique 24-hexadecimal character string that identifies the Unified AWS Access role ID that MongoDB Cloud uses to access the AWS S3 bucket.
    ///
    /// Unified AWS Access role ID: <https://www.mongodb.com/docs/atlas/security/set-up-unified-aws-access/>
    pub iam_role_id: ::std::string::String,
    /// Indicates whether to do exports over PrivateLink as opposed to public IPs. Defaults to False.
    pub require_private_networking: ::std::option::Option<bool>,
}
impl ::serde::Serialize for DiskBackupSnapshotAwsExportBucketRequest {
    fn serialize<__S: ::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> ::std::result::Result<__S::Ok, __S::Error> {
        crate::__codegen::encode_struct!(
            serializer, self, DiskBackupSnapshotAwsExportBucketRequest { bucket_name :
            required("bucketName"), iam_role_id : required("iamRoleId"),
            require_private_networking : optional("requirePrivateNetworking"), }
            "cloudProvider" = "AWS"
        )
    }
}
#[allow(dead_code, non_camel_case_types)]
struct __DiskBackupSnapshotAwsExportBucketRequestFields;
impl __DiskBackupSnapshotAwsExportBucketRequestFields {
    fn deserialize<'de, __D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::std::result::Result<DiskBackupSnapshotAwsExportBucketRequest, __D::Error> {
        crate::__codegen::decode_struct!(
            deserializer, DiskBackupSnapshotAwsExportBucketRequest { bucket_name :
            required(0, "bucketName"), iam_role_id : required(1, "iamRoleId"),
            require_private_networking : optional(2, "requirePrivateNetworking"), }
        )
    }
}
impl<'de> ::serde::Deserialize<'de> for DiskBackupSnapshotAwsExportBucketRequest {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::std::result::Result<Self, __D::Error> {
        crate::__codegen::deserialize_tag_checked(
            deserializer,
            "cloudProvider",
            "AWS",
            __DiskBackupSnapshotAwsExportBucketRequestFields::deserialize,
        )
    }
}
impl DiskBackupSnapshotAwsExportBucketRequest {
    /// Creates a value from its required fields (`bucketName`, `iamRoleId`); optional fields start unset.
    pub fn new(
        bucket_name: impl ::std::convert::Into<::std::string::String>,
        iam_role_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            bucket_name: bucket_name.into(),
            iam_role_id: iam_role_id.into(),
            require_private_networking: ::std::option::Option::None,
        }
    }
    /// Sets `requirePrivateNetworking`.
    #[must_use]
    pub fn with_require_private_networking(mut self, value: bool) -> Self {
        self.require_private_networking = ::std::option::Option::Some(value);
        self
    }
}
impl crate::__codegen::Validate for DiskBackupSnapshotAwsExportBucketRequest {
    fn collect_violations(
        &self,
        at: &str,
        out: &mut ::std::vec::Vec<crate::__codegen::Violation>,
    ) {
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
        {
            let value = &self.iam_role_id;
            crate::__codegen::check_str(
                out,
                crate::__codegen::Location::Body,
                at,
                "/iamRoleId",
                value,
                &crate::__codegen::StrRule {
                    min_length: ::std::option::Option::None,
                    max_length: ::std::option::Option::None,
                    pattern: ::std::option::Option::Some(&PATTERN_A_F0_9_24),
                    uuid: false,
                },
            );
        }
    }
}
/// `DiskBackupSnapshotAWSExportBucketResponse`
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct DiskBackupSnapshotAwsExportBucketResponse {
    /// Unique 24-hexadecimal character string that identifies the Export Bucket.
    pub id: ::std::string::String,
    /// The name of the AWS S3 Bucket, Azure Storage Container, or Google Cloud Storage Bucket that Snapshots are exported to.
    pub bucket_name: ::std::string::String,
    /// Unique 24-hexadecimal character string that identifies the Unified AWS Access role ID that MongoDB Cloud uses to access the AWS S3 bucket.
    ///
    /// Unified AWS Access role ID: <https://www.mongodb.com/docs/atlas/security/set-up-unified-aws-access/>
    pub iam_role_id: ::std::string::String,
    /// List of one or more Uniform Resource Locators (URLs) that point to API sub-resources, related API resources, or both. RFC 5988 outlines these relationships.
    ///
    /// Web Linking Specification (RFC 5988): <https://datatracker.ietf.org/doc/html/rfc5988>
    pub links: ::std::option::Option<::std::vec::Vec<Link>>,
    /// AWS region for the export bucket. This is set by Atlas and is never user-supplied.
    pub region: ::std::option::Option<::std::string::String>,
    /// Indicates whether to use private link. User supplied.
    pub require_private_networking: ::std::option::Option<bool>,
}
impl ::serde::Serialize for DiskBackupSnapshotAwsExportBucketResponse {
    fn serialize<__S: ::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> ::std::result::Result<__S::Ok, __S::Error> {
        crate::__codegen::encode_struct!(
            serializer, self, DiskBackupSnapshotAwsExportBucketResponse { id :
            required("_id"), bucket_name : required("bucketName"), iam_role_id :
            required("iamRoleId"), links : optional("links"), region :
            optional("region"), require_private_networking :
            optional("requirePrivateNetworking"), } "cloudProvider" = "AWS"
        )
    }
}
#[allow(dead_code, non_camel_case_types)]
struct __DiskBackupSnapshotAwsExportBucketResponseFields;
impl __DiskBackupSnapshotAwsExportBucketResponseFields {
    fn deserialize<'de, __D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::std::result::Result<DiskBackupSnapshotAwsExportBucketResponse, __D::Error> {
        crate::__codegen::decode_struct!(
            deserializer, DiskBackupSnapshotAwsExportBucketResponse { id : required(0,
            "_id"), bucket_name : required(1, "bucketName"), iam_role_id : required(2,
            "iamRoleId"), links : optional(3, "links"), region : optional(4, "region"),
            require_private_networking : optional(5, "requirePrivateNetworking"), }
        )
    }
}
impl<'de> ::serde::Deserialize<'de> for DiskBackupSnapshotAwsExportBucketResponse {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::std::result::Result<Self, __D::Error> {
        crate::__codegen::deserialize_tag_checked(
            deserializer,
            "cloudProvider",
            "AWS",
            __DiskBackupSnapshotAwsExportBucketResponseFields::deserialize,
        )
    }
}
impl DiskBackupSnapshotAwsExportBucketResponse {
    /// Creates a value from its required fields (`_id`, `bucketName`, `iamRoleId`); optional fields start unset.
    pub fn new(
        id: impl ::std::convert::Into<::std::string::String>,
        bucket_name: impl ::std::convert::Into<::std::string::String>,
        iam_role_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            id: id.into(),
            bucket_name: bucket_name.into(),
            iam_role_id: iam_role_id.into(),
            links: ::std::option::Option::None,
            region: ::std::option::Option::None,
            require_private_networking: ::std::option::Option::None,
        }
    }
    /// Sets `links`.
    #[must_use]
    pub fn with_links(mut self, value: ::std::vec::Vec<Link>) -> Self {
        self.links = ::std::option::Option::Some(value);
        self
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
    /// Sets `requirePrivateNetworking`.
    #[must_use]
    pub fn with_require_private_networking(mut self, value: bool) -> Self {
        self.require_private_networking = ::std::option::Option::Some(value);
        self
    }
}
/// `DiskBackupSnapshotAzureExportBucketRequest`
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct DiskBackupSnapshotAzureExportBucketRequest {
    /// The name of the Azure Storage Container to export to. This can be omitted and computed from the `serviceUrl` if the `serviceUrl` includes a Azure Storage Container name. For example a `serviceUrl` of `https://examplestorageaccount.blob.core.windows.net/exportcontainer` will yield a computed `bucketName` of `exportcontainer`. If the `serviceUrl` does not include a Container name, this field is required.
    pub bucket_name: ::std::option::Option<::std::string::String>,
    /// Unique 24-hexadecimal digit string that identifies the Azure Cloud Provider Access Role that MongoDB Cloud uses to access the Azure Blob Storage Container.
    pub role_id: ::std::string::String,
    /// URL of the Azure Storage Account to export to. For example: `https://examplestorageaccount.blob.core.windows.net/exportcontainer`. Only standard endpoints (with `blob.core.windows.net`) are supported.
    pub service_url: ::std::string::String,
    /// UUID that identifies the Azure Active Directory Tenant ID. Deprecated: this field is ignored; the `tenantId` of the Cloud Provider Access role (from `roleId`) is used.
    #[deprecated]
    pub tenant_id: ::std::option::Option<::std::string::String>,
}
impl ::serde::Serialize for DiskBackupSnapshotAzureExportBucketRequest {
    #[allow(deprecated)]
    fn serialize<__S: ::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> ::std::result::Result<__S::Ok, __S::Error> {
        crate::__codegen::encode_struct!(
            serializer, self, DiskBackupSnapshotAzureExportBucketRequest { bucket_name :
            optional("bucketName"), role_id : required("roleId"), service_url :
            required("serviceUrl"), tenant_id : optional("tenantId"), } "cloudProvider" =
            "AZURE"
        )
    }
}
#[allow(dead_code, non_camel_case_types)]
struct __DiskBackupSnapshotAzureExportBucketRequestFields;
impl __DiskBackupSnapshotAzureExportBucketRequestFields {
    fn deserialize<'de, __D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::std::result::Result<DiskBackupSnapshotAzureExportBucketRequest, __D::Error> {
        crate::__codegen::decode_struct!(
            deserializer, DiskBackupSnapshotAzureExportBucketRequest { bucket_name :
            optional(0, "bucketName"), role_id : required(1, "roleId"), service_url :
            required(2, "serviceUrl"), tenant_id : optional(3, "tenantId"), }
        )
    }
}
impl<'de> ::serde::Deserialize<'de> for DiskBackupSnapshotAzureExportBucketRequest {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::std::result::Result<Self, __D::Error> {
        crate::__codegen::deserialize_tag_checked(
            deserializer,
            "cloudProvider",
            "AZURE",
            __DiskBackupSnapshotAzureExportBucketRequestFields::deserialize,
        )
    }
}
impl DiskBackupSnapshotAzureExportBucketRequest {
    /// Creates a value from its required fields (`roleId`, `serviceUrl`); optional fields start unset.
    #[allow(deprecated)]
    pub fn new(
        role_id: impl ::std::convert::Into<::std::string::String>,
        service_url: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            bucket_name: ::std::option::Option::None,
            role_id: role_id.into(),
            service_url: service_url.into(),
            tenant_id: ::std::option::Option::None,
        }
    }
    /// Sets `bucketName`.
    #[must_use]
    pub fn with_bucket_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.bucket_name = ::std::option::Option::Some(value.into());
        self
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
impl crate::__codegen::Validate for DiskBackupSnapshotAzureExportBucketRequest {
    #[allow(deprecated)]
    fn collect_violations(
        &self,
        at: &str,
        out: &mut ::std::vec::Vec<crate::__codegen::Violation>,
    ) {
        if let ::std::option::Option::Some(value) = &self.bucket_name {
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
            let value = &self.service_url;
            crate::__codegen::check_str(
                out,
                crate::__codegen::Location::Body,
                at,
                "/serviceUrl",
                value,
                &crate::__codegen::StrRule {
                    min_length: ::std::option::Option::Some(33usize),
                    max_length: ::std::option::Option::Some(2048usize),
                    pattern: ::std::option::Option::None,
                    uuid: false,
                },
            );
        }
        if let ::std::option::Option::Some(value) = &self.tenant_id {
            crate::__codegen::check_str(
                out,
                crate::__codegen::Location::Body,
                at,
                "/tenantId",
                value,
                &crate::__codegen::StrRule {
                    min_length: ::std::option::Option::None,
                    max_length: ::std::option::Option::None,
                    pattern: ::std::option::Option::None,
                    uuid: true,
                },
            );
        }
    }
}
/// `DiskBackupSnapshotAzureExportBucketResponse`
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct DiskBackupSnapshotAzureExportBucketResponse {
    /// Unique 24-hexadecimal character string that identifies the Export Bucket.
    pub id: ::std::string::String,
    /// The name of the AWS S3 Bucket, Azure Storage Container, or Google Cloud Storage Bucket that Snapshots are exported to.
    pub bucket_name: ::std::string::String,
    /// List of one or more Uniform Resource Locators (URLs) that point to API sub-resources, related API resources, or both. RFC 5988 outlines these relationships.
    ///
    /// Web Linking Specification (RFC 5988): <https://datatracker.ietf.org/doc/html/rfc5988>
    pub links: ::std::option::Option<::std::vec::Vec<Link>>,
    /// Unique 24-hexadecimal digit string that identifies the Azure Cloud Provider Access Role that MongoDB Cloud uses to access the Azure Blob Storage Container.
    pub role_id: ::std::string::String,
    /// URL of the Azure Storage Account to export to. Only standard endpoints (with `blob.core.windows.net`) are supported.
    pub service_url: ::std::string::String,
    /// UUID that identifies the Azure Active Directory Tenant ID used during exports.
    pub tenant_id: ::std::string::String,
}
impl ::serde::Serialize for DiskBackupSnapshotAzureExportBucketResponse {
    fn serialize<__S: ::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> ::std::result::Result<__S::Ok, __S::Error> {
        crate::__codegen::encode_struct!(
            serializer, self, DiskBackupSnapshotAzureExportBucketResponse { id :
            required("_id"), bucket_name : required("bucketName"), links :
            optional("links"), role_id : required("roleId"), service_url :
            required("serviceUrl"), tenant_id : required("tenantId"), } "cloudProvider" =
            "AZURE"
        )
    }
}
#[allow(dead_code, non_camel_case_types)]
struct __DiskBackupSnapshotAzureExportBucketResponseFields;
impl __DiskBackupSnapshotAzureExportBucketResponseFields {
    fn deserialize<'de, __D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::std::result::Result<DiskBackupSnapshotAzureExportBucketResponse, __D::Error> {
        crate::__codegen::decode_struct!(
            deserializer, DiskBackupSnapshotAzureExportBucketResponse { id : required(0,
            "_id"), bucket_name : required(1, "bucketName"), links : optional(2,
            "links"), role_id : required(3, "roleId"), service_url : required(4,
            "serviceUrl"), tenant_id : required(5, "tenantId"), }
        )
    }
}
impl<'de> ::serde::Deserialize<'de> for DiskBackupSnapshotAzureExportBucketResponse {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::std::result::Result<Self, __D::Error> {
        crate::__codegen::deserialize_tag_checked(
            deserializer,
            "cloudProvider",
            "AZURE",
            __DiskBackupSnapshotAzureExportBucketResponseFields::deserialize,
        )
    }
}
impl DiskBackupSnapshotAzureExportBucketResponse {
    /// Creates a value from its required fields (`_id`, `bucketName`, `roleId`, `serviceUrl`, `tenantId`); optional fields start unset.
    pub fn new(
        id: impl ::std::convert::Into<::std::string::String>,
        bucket_name: impl ::std::convert::Into<::std::string::String>,
        role_id: impl ::std::convert::Into<::std::string::String>,
        service_url: impl ::std::convert::Into<::std::string::String>,
        tenant_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            id: id.into(),
            bucket_name: bucket_name.into(),
            links: ::std::option::Option::None,
            role_id: role_id.into(),
            service_url: service_url.into(),
            tenant_id: tenant_id.into(),
        }
    }
    /// Sets `links`.
    #[must_use]
    pub fn with_links(mut self, value: ::std::vec::Vec<Link>) -> Self {
        self.links = ::std::option::Option::Some(value);
        self
    }
}
/// Disk backup snapshot Export Bucket Request.
#[derive(Debug, Clone, PartialEq, Eq, ::serde::Deserialize)]
#[serde(tag = "cloudProvider")]
#[non_exhaustive]
pub enum DiskBackupSnapshotExportBucketRequest {
    /// `cloudProvider: AWS`.
    #[serde(rename = "AWS")]
    Aws(DiskBackupSnapshotAwsExportBucketRequest),
    /// `cloudProvider: AZURE`.
    #[serde(rename = "AZURE")]
    Azure(DiskBackupSnapshotAzureExportBucketRequest),
    /// `cloudProvider: GCP`.
    #[serde(rename = "GCP")]
    Gcp(DiskBackupSnapshotGcpExportBucketRequest),
}
impl DiskBackupSnapshotExportBucketRequest {
    /// The `cloudProvider` of this value.
    pub fn cloud_provider(&self) -> &str {
        match self {
            Self::Aws(_) => "AWS",
            Self::Azure(_) => "AZURE",
            Self::Gcp(_) => "GCP",
        }
    }
}
impl ::std::convert::From<DiskBackupSnapshotAwsExportBucketRequest>
for DiskBackupSnapshotExportBucketRequest {
    fn from(value: DiskBackupSnapshotAwsExportBucketRequest) -> Self {
        Self::Aws(value)
    }
}
impl ::std::convert::From<DiskBackupSnapshotAzureExportBucketRequest>
for DiskBackupSnapshotExportBucketRequest {
    fn from(value: DiskBackupSnapshotAzureExportBucketRequest) -> Self {
        Self::Azure(value)
    }
}
impl ::std::convert::From<DiskBackupSnapshotGcpExportBucketRequest>
for DiskBackupSnapshotExportBucketRequest {
    fn from(value: DiskBackupSnapshotGcpExportBucketRequest) -> Self {
        Self::Gcp(value)
    }
}
impl ::serde::Serialize for DiskBackupSnapshotExportBucketRequest {
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
impl crate::__codegen::Validate for DiskBackupSnapshotExportBucketRequest {
    fn collect_violations(
        &self,
        at: &str,
        out: &mut ::std::vec::Vec<crate::__codegen::Violation>,
    ) {
        let _ = (at, &out);
        match self {
            Self::Aws(value) => {
                crate::__codegen::Validate::collect_violations(value, at, out)
            }
            Self::Azure(value) => {
                crate::__codegen::Validate::collect_violations(value, at, out)
            }
            Self::Gcp(value) => {
                crate::__codegen::Validate::collect_violations(value, at, out)
            }
        }
    }
}
/// Disk backup snapshot Export Bucket.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum DiskBackupSnapshotExportBucketResponse {
    /// `cloudProvider: AWS`.
    Aws(DiskBackupSnapshotAwsExportBucketResponse),
    /// `cloudProvider: AZURE`.
    Azure(DiskBackupSnapshotAzureExportBucketResponse),
    /// `cloudProvider: GCP`.
    Gcp(DiskBackupSnapshotGcpExportBucketResponse),
    /// A value whose tag this version of the crate does not know; the JSON is kept as received and re-serialized unchanged.
    Unknown(::serde_json::Value),
}
impl DiskBackupSnapshotExportBucketResponse {
    /// The `cloudProvider` of this value.
    pub fn cloud_provider(&self) -> &str {
        match self {
            Self::Aws(_) => "AWS",
            Self::Azure(_) => "AZURE",
            Self::Gcp(_) => "GCP",
            Self::Unknown(value) => {
                value
                    .get("cloudProvider")
                    .and_then(::serde_json::Value::as_str)
                    .unwrap_or_default()
            }
        }
    }
}
impl ::std::convert::From<DiskBackupSnapshotAwsExportBucketResponse>
for DiskBackupSnapshotExportBucketResponse {
    fn from(value: DiskBackupSnapshotAwsExportBucketResponse) -> Self {
        Self::Aws(value)
    }
}
impl ::std::convert::From<DiskBackupSnapshotAzureExportBucketResponse>
for DiskBackupSnapshotExportBucketResponse {
    fn from(value: DiskBackupSnapshotAzureExportBucketResponse) -> Self {
        Self::Azure(value)
    }
}
impl ::std::convert::From<DiskBackupSnapshotGcpExportBucketResponse>
for DiskBackupSnapshotExportBucketResponse {
    fn from(value: DiskBackupSnapshotGcpExportBucketResponse) -> Self {
        Self::Gcp(value)
    }
}
impl ::serde::Serialize for DiskBackupSnapshotExportBucketResponse {
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
impl crate::__codegen::Tagged for DiskBackupSnapshotExportBucketResponse {
    const TAG: &'static str = "cloudProvider";
    fn decode_variant<'de, __D: ::serde::Deserializer<'de>>(
        tag: &str,
        object: __D,
    ) -> ::std::result::Result<Self, __D::Error> {
        match tag {
            "AWS" => {
                __DiskBackupSnapshotAwsExportBucketResponseFields::deserialize(object)
                    .map(Self::Aws)
            }
            "AZURE" => {
                __DiskBackupSnapshotAzureExportBucketResponseFields::deserialize(object)
                    .map(Self::Azure)
            }
            "GCP" => {
                __DiskBackupSnapshotGcpExportBucketResponseFields::deserialize(object)
                    .map(Self::Gcp)
            }
            _ => {
                <::serde_json::Value as ::serde::Deserialize>::deserialize(object)
                    .map(Self::Unknown)
            }
        }
    }
}
impl<'de> ::serde::Deserialize<'de> for DiskBackupSnapshotExportBucketResponse {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::std::result::Result<Self, __D::Error> {
        crate::__codegen::deserialize_tagged(deserializer)
    }
}
/// `DiskBackupSnapshotGCPExportBucketRequest`
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct DiskBackupSnapshotGcpExportBucketRequest {
    /// Human-readable label that identifies the Google Cloud Storage Bucket that the role is authorized to export to.
    pub bucket_name: ::std::string::String,
    /// Unique 24-hexadecimal digit string that identifies the GCP Cloud Provider Access Role that MongoDB Cloud uses to access the Google Cloud Storage Bucket.
    pub role_id: ::std::string::String,
}
impl ::serde::Serialize for DiskBackupSnapshotGcpExportBucketRequest {
    fn serialize<__S: ::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> ::std::result::Result<__S::Ok, __S::Error> {
        crate::__codegen::encode_struct!(
            serializer, self, DiskBackupSnapshotGcpExportBucketRequest { bucket_name :
            required("bucketName"), role_id : required("roleId"), } "cloudProvider" =
            "GCP"
        )
    }
}
#[allow(dead_code, non_camel_case_types)]
struct __DiskBackupSnapshotGcpExportBucketRequestFields;
impl __DiskBackupSnapshotGcpExportBucketRequestFields {
    fn deserialize<'de, __D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::std::result::Result<DiskBackupSnapshotGcpExportBucketRequest, __D::Error> {
        crate::__codegen::decode_struct!(
            deserializer, DiskBackupSnapshotGcpExportBucketRequest { bucket_name :
            required(0, "bucketName"), role_id : required(1, "roleId"), }
        )
    }
}
impl<'de> ::serde::Deserialize<'de> for DiskBackupSnapshotGcpExportBucketRequest {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::std::result::Result<Self, __D::Error> {
        crate::__codegen::deserialize_tag_checked(
            deserializer,
            "cloudProvider",
            "GCP",
            __DiskBackupSnapshotGcpExportBucketRequestFields::deserialize,
        )
    }
}
impl DiskBackupSnapshotGcpExportBucketRequest {
    /// Creates a value from its required fields (`bucketName`, `roleId`); optional fields start unset.
    pub fn new(
        bucket_name: impl ::std::convert::Into<::std::string::String>,
        role_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            bucket_name: bucket_name.into(),
            role_id: role_id.into(),
        }
    }
}
impl crate::__codegen::Validate for DiskBackupSnapshotGcpExportBucketRequest {
    fn collect_violations(
        &self,
        at: &str,
        out: &mut ::std::vec::Vec<crate::__codegen::Violation>,
    ) {
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
    }
}
/// `DiskBackupSnapshotGCPExportBucketResponse`
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct DiskBackupSnapshotGcpExportBucketResponse {
    /// Unique 24-hexadecimal character string that identifies the Export Bucket.
    pub id: ::std::string::String,
    /// The name of the AWS S3 Bucket, Azure Storage Container, or Google Cloud Storage Bucket that Snapshots are exported to.
    pub bucket_name: ::std::string::String,
    /// List of one or more Uniform Resource Locators (URLs) that point to API sub-resources, related API resources, or both. RFC 5988 outlines these relationships.
    ///
    /// Web Linking Specification (RFC 5988): <https://datatracker.ietf.org/doc/html/rfc5988>
    pub links: ::std::option::Option<::std::vec::Vec<Link>>,
    /// Unique 24-hexadecimal digit string that identifies the GCP Cloud Provider Access Role that MongoDB Cloud uses to access the Google Cloud Storage Bucket.
    pub role_id: ::std::string::String,
}
impl ::serde::Serialize for DiskBackupSnapshotGcpExportBucketResponse {
    fn serialize<__S: ::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> ::std::result::Result<__S::Ok, __S::Error> {
        crate::__codegen::encode_struct!(
            serializer, self, DiskBackupSnapshotGcpExportBucketResponse { id :
            required("_id"), bucket_name : required("bucketName"), links :
            optional("links"), role_id : required("roleId"), } "cloudProvider" = "GCP"
        )
    }
}
#[allow(dead_code, non_camel_case_types)]
struct __DiskBackupSnapshotGcpExportBucketResponseFields;
impl __DiskBackupSnapshotGcpExportBucketResponseFields {
    fn deserialize<'de, __D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::std::result::Result<DiskBackupSnapshotGcpExportBucketResponse, __D::Error> {
        crate::__codegen::decode_struct!(
            deserializer, DiskBackupSnapshotGcpExportBucketResponse { id : required(0,
            "_id"), bucket_name : required(1, "bucketName"), links : optional(2,
            "links"), role_id : required(3, "roleId"), }
        )
    }
}
impl<'de> ::serde::Deserialize<'de> for DiskBackupSnapshotGcpExportBucketResponse {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::std::result::Result<Self, __D::Error> {
        crate::__codegen::deserialize_tag_checked(
            deserializer,
            "cloudProvider",
            "GCP",
            __DiskBackupSnapshotGcpExportBucketResponseFields::deserialize,
        )
    }
}
impl DiskBackupSnapshotGcpExportBucketResponse {
    /// Creates a value from its required fields (`_id`, `bucketName`, `roleId`); optional fields start unset.
    pub fn new(
        id: impl ::std::convert::Into<::std::string::String>,
        bucket_name: impl ::std::convert::Into<::std::string::String>,
        role_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            id: id.into(),
            bucket_name: bucket_name.into(),
            links: ::std::option::Option::None,
            role_id: role_id.into(),
        }
    }
    /// Sets `links`.
    #[must_use]
    pub fn with_links(mut self, value: ::std::vec::Vec<Link>) -> Self {
        self.links = ::std::option::Option::Some(value);
        self
    }
}
/// Application error code returned with this error.
///
/// Known values are those the spec's examples use; any other value is kept in the fallback variant.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ErrorCode {
    /// `VALIDATION_ERROR`
    ValidationError,
    /// `CANNOT_CHANGE_GROUP_NAME`
    CannotChangeGroupName,
    /// `UNEXPECTED_ERROR`
    UnexpectedError,
    /// `RESOURCE_NOT_FOUND`
    ResourceNotFound,
    /// `RATE_LIMITED`
    RateLimited,
    /// `NOT_ORG_GROUP_CREATOR`
    NotOrgGroupCreator,
    /// A value this version of the crate does not know, kept as received.
    Unknown(::std::string::String),
}
impl ErrorCode {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ValidationError => "VALIDATION_ERROR",
            Self::CannotChangeGroupName => "CANNOT_CHANGE_GROUP_NAME",
            Self::UnexpectedError => "UNEXPECTED_ERROR",
            Self::ResourceNotFound => "RESOURCE_NOT_FOUND",
            Self::RateLimited => "RATE_LIMITED",
            Self::NotOrgGroupCreator => "NOT_ORG_GROUP_CREATOR",
            Self::Unknown(value) => value.as_str(),
        }
    }
}
impl ::std::convert::From<&str> for ErrorCode {
    fn from(value: &str) -> Self {
        match value {
            "VALIDATION_ERROR" => Self::ValidationError,
            "CANNOT_CHANGE_GROUP_NAME" => Self::CannotChangeGroupName,
            "UNEXPECTED_ERROR" => Self::UnexpectedError,
            "RESOURCE_NOT_FOUND" => Self::ResourceNotFound,
            "RATE_LIMITED" => Self::RateLimited,
            "NOT_ORG_GROUP_CREATOR" => Self::NotOrgGroupCreator,
            _ => Self::Unknown(value.to_owned()),
        }
    }
}
impl ::std::fmt::Display for ErrorCode {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for ErrorCode {
    fn serialize<__S: ::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> ::std::result::Result<__S::Ok, __S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for ErrorCode {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::std::result::Result<Self, __D::Error> {
        let value = <::std::borrow::Cow<
            'de,
            str,
        > as ::serde::Deserialize>::deserialize(deserializer)?;
        ::std::result::Result::Ok(Self::from(&*value))
    }
}
impl crate::__codegen::Validate for ErrorCode {
    fn collect_violations(
        &self,
        _at: &str,
        _out: &mut ::std::vec::Vec<crate::__codegen::Violation>,
    ) {}
}
/// `FieldViolation`
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct FieldViolation {
    /// A description of why the request element is bad.
    pub description: ::std::string::String,
    /// A path that leads to a field in the request body.
    pub field: ::std::string::String,
}
impl ::serde::Serialize for FieldViolation {
    fn serialize<__S: ::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> ::std::result::Result<__S::Ok, __S::Error> {
        crate::__codegen::encode_struct!(
            serializer, self, FieldViolation { description : required("description"),
            field : required("field"), }
        )
    }
}
impl<'de> ::serde::Deserialize<'de> for FieldViolation {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::std::result::Result<Self, __D::Error> {
        crate::__codegen::decode_struct!(
            deserializer, FieldViolation { description : required(0, "description"),
            field : required(1, "field"), }
        )
    }
}
impl FieldViolation {
    /// Creates a value from its required fields (`description`, `field`); optional fields start unset.
    pub fn new(
        description: impl ::std::convert::Into<::std::string::String>,
        field: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            description: description.into(),
            field: field.into(),
        }
    }
}
/// `Link`
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[non_exhaustive]
pub struct Link {
    /// Uniform Resource Locator (URL) that points another API resource to which this response has some relationship. This URL often begins with `https://cloud.mongodb.com/api/atlas`.
    pub href: ::std::option::Option<::std::string::String>,
    /// Uniform Resource Locator (URL) that defines the semantic relationship between this resource and another API resource. This URL often begins with `https://cloud.mongodb.com/api/atlas`.
    pub rel: ::std::option::Option<::std::string::String>,
}
impl ::serde::Serialize for Link {
    fn serialize<__S: ::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> ::std::result::Result<__S::Ok, __S::Error> {
        crate::__codegen::encode_struct!(
            serializer, self, Link { href : optional("href"), rel : optional("rel"), }
        )
    }
}
impl<'de> ::serde::Deserialize<'de> for Link {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::std::result::Result<Self, __D::Error> {
        crate::__codegen::decode_struct!(
            deserializer, Link { href : optional(0, "href"), rel : optional(1, "rel"), }
        )
    }
}
impl Link {
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
/// `PaginatedBackupSnapshotExportBucketView`
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct PaginatedBackupSnapshotExportBucketView {
    /// List of one or more Uniform Resource Locators (URLs) that point to API sub-resources, related API resources, or both. RFC 5988 outlines these relationships.
    ///
    /// Web Linking Specification (RFC 5988): <https://datatracker.ietf.org/doc/html/rfc5988>
    pub links: ::std::option::Option<::std::vec::Vec<Link>>,
    /// List of returned documents that MongoDB Cloud provides when completing this request.
    pub results: ::std::vec::Vec<DiskBackupSnapshotAwsExportBucketResponse>,
    /// Total number of documents available. MongoDB Cloud omits this value if `includeCount` is set to `false`. The total number is an estimate and may not be exact.
    pub total_count: ::std::option::Option<i32>,
}
impl ::serde::Serialize for PaginatedBackupSnapshotExportBucketView {
    fn serialize<__S: ::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> ::std::result::Result<__S::Ok, __S::Error> {
        crate::__codegen::encode_struct!(
            serializer, self, PaginatedBackupSnapshotExportBucketView { links :
            optional("links"), results : required("results"), total_count :
            optional("totalCount"), }
        )
    }
}
impl<'de> ::serde::Deserialize<'de> for PaginatedBackupSnapshotExportBucketView {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::std::result::Result<Self, __D::Error> {
        crate::__codegen::decode_struct!(
            deserializer, PaginatedBackupSnapshotExportBucketView { links : optional(0,
            "links"), results : required(1, "results"), total_count : optional(2,
            "totalCount"), }
        )
    }
}
impl PaginatedBackupSnapshotExportBucketView {
    /// Creates a value from its required fields (`results`); optional fields start unset.
    pub fn new(
        results: ::std::vec::Vec<DiskBackupSnapshotAwsExportBucketResponse>,
    ) -> Self {
        Self {
            links: ::std::option::Option::None,
            results,
            total_count: ::std::option::Option::None,
        }
    }
    /// Sets `links`.
    #[must_use]
    pub fn with_links(mut self, value: ::std::vec::Vec<Link>) -> Self {
        self.links = ::std::option::Option::Some(value);
        self
    }
    /// Sets `totalCount`.
    #[must_use]
    pub fn with_total_count(mut self, value: i32) -> Self {
        self.total_count = ::std::option::Option::Some(value);
        self
    }
}
/// `PaginatedBackupSnapshotExportBucketsView`
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct PaginatedBackupSnapshotExportBucketsView {
    /// List of one or more Uniform Resource Locators (URLs) that point to API sub-resources, related API resources, or both. RFC 5988 outlines these relationships.
    ///
    /// Web Linking Specification (RFC 5988): <https://datatracker.ietf.org/doc/html/rfc5988>
    pub links: ::std::option::Option<::std::vec::Vec<Link>>,
    /// List of returned documents that MongoDB Cloud provides when completing this request.
    pub results: ::std::vec::Vec<DiskBackupSnapshotExportBucketResponse>,
    /// Total number of documents available. MongoDB Cloud omits this value if `includeCount` is set to `false`. The total number is an estimate and may not be exact.
    pub total_count: ::std::option::Option<i32>,
}
impl ::serde::Serialize for PaginatedBackupSnapshotExportBucketsView {
    fn serialize<__S: ::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> ::std::result::Result<__S::Ok, __S::Error> {
        crate::__codegen::encode_struct!(
            serializer, self, PaginatedBackupSnapshotExportBucketsView { links :
            optional("links"), results : required("results"), total_count :
            optional("totalCount"), }
        )
    }
}
impl<'de> ::serde::Deserialize<'de> for PaginatedBackupSnapshotExportBucketsView {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::std::result::Result<Self, __D::Error> {
        crate::__codegen::decode_struct!(
            deserializer, PaginatedBackupSnapshotExportBucketsView { links : optional(0,
            "links"), results : required(1, "results"), total_count : optional(2,
            "totalCount"), }
        )
    }
}
impl PaginatedBackupSnapshotExportBucketsView {
    /// Creates a value from its required fields (`results`); optional fields start unset.
    pub fn new(
        results: ::std::vec::Vec<DiskBackupSnapshotExportBucketResponse>,
    ) -> Self {
        Self {
            links: ::std::option::Option::None,
            results,
            total_count: ::std::option::Option::None,
        }
    }
    /// Sets `links`.
    #[must_use]
    pub fn with_links(mut self, value: ::std::vec::Vec<Link>) -> Self {
        self.links = ::std::option::Option::Some(value);
        self
    }
    /// Sets `totalCount`.
    #[must_use]
    pub fn with_total_count(mut self, value: i32) -> Self {
        self.total_count = ::std::option::Option::Some(value);
        self
    }
}
/// Request body to toggle the private-networking requirement for an existing export bucket.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct UpdateRequirePrivateNetworkingRequestView {
    /// True to require private networking; false to disable it.
    pub require_private_networking: bool,
}
impl ::serde::Serialize for UpdateRequirePrivateNetworkingRequestView {
    fn serialize<__S: ::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> ::std::result::Result<__S::Ok, __S::Error> {
        crate::__codegen::encode_struct!(
            serializer, self, UpdateRequirePrivateNetworkingRequestView {
            require_private_networking : required("requirePrivateNetworking"), }
        )
    }
}
impl<'de> ::serde::Deserialize<'de> for UpdateRequirePrivateNetworkingRequestView {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::std::result::Result<Self, __D::Error> {
        crate::__codegen::decode_struct!(
            deserializer, UpdateRequirePrivateNetworkingRequestView {
            require_private_networking : required(0, "requirePrivateNetworking"), }
        )
    }
}
impl UpdateRequirePrivateNetworkingRequestView {
    /// Creates a value from its required fields (`requirePrivateNetworking`); optional fields start unset.
    pub fn new(require_private_networking: bool) -> Self {
        Self { require_private_networking }
    }
}
impl crate::__codegen::Validate for UpdateRequirePrivateNetworkingRequestView {
    fn collect_violations(
        &self,
        _at: &str,
        _out: &mut ::std::vec::Vec<crate::__codegen::Violation>,
    ) {}
}
/// The spec's operations: one module each, with a marker type per API version.
pub mod operations {
    /// Return All Snapshot Export Buckets
    ///
    /// Returns all Export Buckets associated with the specified Project.
    ///
    /// `GET /api/atlas/v2/groups/{groupId}/backup/exportBuckets`
    ///
    /// Required roles: Project Read Only.
    ///
    /// Documentation: <https://mongodb.com/docs/atlas/reference/api-resources-spec/v2/#tag/Cloud-Backups/operation/listGroupBackupExportBuckets>
    pub mod list_group_backup_export_buckets {
        /// Path and query parameters of `listGroupBackupExportBuckets`.
        #[derive(Debug, Clone, PartialEq, Eq)]
        #[non_exhaustive]
        pub struct Params {
            /// Unique 24-hexadecimal digit string that identifies your project. Use the [/groups](#tag/Projects/operation/listProjects) endpoint to retrieve all projects to which the authenticated user has access.
            ///
            /// **NOTE**: Groups and projects are synonymous terms. Your group id is the same as your project id. For existing groups, your group/project id remains the same. The resource and corresponding endpoints use the term groups.
            pub group_id: ::std::string::String,
            /// Flag that indicates whether the response returns the total number of items (`totalCount`) in the response.
            pub include_count: ::std::option::Option<bool>,
            /// Number of items that the response returns per page.
            pub items_per_page: ::std::option::Option<i64>,
            /// Number of the page that displays the current set of the total objects that the response returns.
            pub page_num: ::std::option::Option<i64>,
            /// Flag that indicates whether the response body should be in the prettyprint format.
            pub pretty: ::std::option::Option<bool>,
        }
        impl Params {
            /// Creates the parameters from the required ones; optional ones start unset.
            pub fn new(
                group_id: impl ::std::convert::Into<::std::string::String>,
            ) -> Self {
                Self {
                    group_id: group_id.into(),
                    include_count: ::std::option::Option::None,
                    items_per_page: ::std::option::Option::None,
                    page_num: ::std::option::Option::None,
                    pretty: ::std::option::Option::None,
                }
            }
            /// Sets the `includeCount` query parameter.
            #[must_use]
            pub fn with_include_count(mut self, value: bool) -> Self {
                self.include_count = ::std::option::Option::Some(value);
                self
            }
            /// Sets the `itemsPerPage` query parameter.
            #[must_use]
            pub fn with_items_per_page(mut self, value: i64) -> Self {
                self.items_per_page = ::std::option::Option::Some(value);
                self
            }
            /// Sets the `pageNum` query parameter.
            #[must_use]
            pub fn with_page_num(mut self, value: i64) -> Self {
                self.page_num = ::std::option::Option::Some(value);
                self
            }
            /// Sets the `pretty` query parameter.
            #[must_use]
            pub fn with_pretty(mut self, value: bool) -> Self {
                self.pretty = ::std::option::Option::Some(value);
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
                if let ::std::option::Option::Some(value) = &self.items_per_page {
                    crate::__codegen::check_number(
                        out,
                        crate::__codegen::Location::Query,
                        "",
                        "itemsPerPage",
                        *value as f64,
                        ::std::option::Option::Some(1f64),
                        ::std::option::Option::Some(500f64),
                    );
                }
                if let ::std::option::Option::Some(value) = &self.page_num {
                    crate::__codegen::check_number(
                        out,
                        crate::__codegen::Location::Query,
                        "",
                        "pageNum",
                        *value as f64,
                        ::std::option::Option::Some(1f64),
                        ::std::option::Option::None,
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
                if let ::std::option::Option::Some(value) = &self.include_count {
                    query.push(("includeCount", value.to_string()));
                }
                if let ::std::option::Option::Some(value) = &self.items_per_page {
                    query.push(("itemsPerPage", value.to_string()));
                }
                if let ::std::option::Option::Some(value) = &self.page_num {
                    query.push(("pageNum", value.to_string()));
                }
                if let ::std::option::Option::Some(value) = &self.pretty {
                    query.push(("pretty", value.to_string()));
                }
                query
            }
        }
        /// `listGroupBackupExportBuckets` at API version 2023-01-01 (`application/vnd.atlas.2023-01-01+json`).
        ///
        /// Sunset: the server stops serving this version on 2027-07-01.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
        pub struct V2023_01_01;
        impl crate::__codegen::Operation for V2023_01_01 {
            type Params = Params;
            type Request = crate::__codegen::NoBody;
            type Response = super::super::PaginatedBackupSnapshotExportBucketView;
            type Error = super::super::ApiError;
            const DESCRIPTOR: &'static crate::__codegen::OperationDescriptor = &crate::__codegen::OperationDescriptor {
                operation_id: "listGroupBackupExportBuckets",
                operation_id_override: ::std::option::Option::Some("listExportBuckets"),
                method: crate::__codegen::Method::Get,
                path: "/api/atlas/v2/groups/{groupId}/backup/exportBuckets",
                version: ::std::option::Option::Some("2023-01-01"),
                accept: "application/vnd.atlas.2023-01-01+json",
                content_type: ::std::option::Option::None,
                request_body_required: false,
                success_status: 200u16,
                sunset: ::std::option::Option::Some("2027-07-01"),
                required_roles: &["Project Read Only"],
                parameters: &[
                    crate::__codegen::ParameterDescriptor {
                        name: "groupId",
                        location: crate::__codegen::ParameterLocation::Path,
                        required: true,
                        settable: true,
                        default: ::std::option::Option::None,
                    },
                    crate::__codegen::ParameterDescriptor {
                        name: "envelope",
                        location: crate::__codegen::ParameterLocation::Query,
                        required: false,
                        settable: false,
                        default: ::std::option::Option::Some("false"),
                    },
                    crate::__codegen::ParameterDescriptor {
                        name: "includeCount",
                        location: crate::__codegen::ParameterLocation::Query,
                        required: false,
                        settable: true,
                        default: ::std::option::Option::Some("true"),
                    },
                    crate::__codegen::ParameterDescriptor {
                        name: "itemsPerPage",
                        location: crate::__codegen::ParameterLocation::Query,
                        required: false,
                        settable: true,
                        default: ::std::option::Option::Some("100"),
                    },
                    crate::__codegen::ParameterDescriptor {
                        name: "pageNum",
                        location: crate::__codegen::ParameterLocation::Query,
                        required: false,
                        settable: true,
                        default: ::std::option::Option::Some("1"),
                    },
                    crate::__codegen::ParameterDescriptor {
                        name: "pretty",
                        location: crate::__codegen::ParameterLocation::Query,
                        required: false,
                        settable: true,
                        default: ::std::option::Option::Some("false"),
                    },
                ],
                responses: &[
                    crate::__codegen::ResponseDescriptor {
                        status: "200",
                        description: "OK",
                        media_type: ::std::option::Option::Some(
                            "application/vnd.atlas.2023-01-01+json",
                        ),
                        body: ::std::option::Option::Some(
                            "PaginatedBackupSnapshotExportBucketView",
                        ),
                        headers: &[
                            crate::__codegen::HeaderDescriptor {
                                name: "RateLimit-Limit",
                                description: "The maximum number of requests that a user can make within a specific time window.",
                            },
                            crate::__codegen::HeaderDescriptor {
                                name: "RateLimit-Remaining",
                                description: "The number of requests remaining in the current rate limit window before the limit is reached.",
                            },
                        ],
                    },
                    crate::__codegen::ResponseDescriptor {
                        status: "401",
                        description: "Unauthorized.",
                        media_type: ::std::option::Option::Some("application/json"),
                        body: ::std::option::Option::Some("ApiError"),
                        headers: &[],
                    },
                    crate::__codegen::ResponseDescriptor {
                        status: "403",
                        description: "Forbidden.",
                        media_type: ::std::option::Option::Some("application/json"),
                        body: ::std::option::Option::Some("ApiError"),
                        headers: &[],
                    },
                    crate::__codegen::ResponseDescriptor {
                        status: "404",
                        description: "Not Found.",
                        media_type: ::std::option::Option::Some("application/json"),
                        body: ::std::option::Option::Some("ApiError"),
                        headers: &[],
                    },
                    crate::__codegen::ResponseDescriptor {
                        status: "429",
                        description: "Too Many Requests.",
                        media_type: ::std::option::Option::Some("application/json"),
                        body: ::std::option::Option::Some("ApiError"),
                        headers: &[
                            crate::__codegen::HeaderDescriptor {
                                name: "RateLimit-Limit",
                                description: "The maximum number of requests that a user can make within a specific time window.",
                            },
                            crate::__codegen::HeaderDescriptor {
                                name: "RateLimit-Remaining",
                                description: "The number of requests remaining in the current rate limit window before the limit is reached.",
                            },
                            crate::__codegen::HeaderDescriptor {
                                name: "Retry-After",
                                description: "The minimum time you should wait, in seconds, before retrying the API request. This header might be returned for 429 or 503 error responses.",
                            },
                        ],
                    },
                    crate::__codegen::ResponseDescriptor {
                        status: "500",
                        description: "Internal Server Error.",
                        media_type: ::std::option::Option::Some("application/json"),
                        body: ::std::option::Option::Some("ApiError"),
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
        impl crate::__codegen::Paginated for V2023_01_01 {
            type Item = super::super::DiskBackupSnapshotAwsExportBucketResponse;
            const ITEMS_PER_PAGE: i64 = 500i64;
            fn set_page(params: &mut Params, page_num: i64, items_per_page: i64) {
                params.page_num = ::std::option::Option::Some(page_num);
                params.items_per_page = ::std::option::Option::Some(items_per_page);
            }
            fn into_items(response: Self::Response) -> ::std::vec::Vec<Self::Item> {
                response.results
            }
            fn total_count(response: &Self::Response) -> ::std::option::Option<u64> {
                response
                    .total_count
                    .map(|t| ::std::convert::TryFrom::try_from(t).unwrap_or(0u64))
            }
        }
        /// `listGroupBackupExportBuckets` at API version 2024-05-30 (`application/vnd.atlas.2024-05-30+json`).
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
        pub struct V2024_05_30;
        impl crate::__codegen::Operation for V2024_05_30 {
            type Params = Params;
            type Request = crate::__codegen::NoBody;
            type Response = super::super::PaginatedBackupSnapshotExportBucketsView;
            type Error = super::super::ApiError;
            const DESCRIPTOR: &'static crate::__codegen::OperationDescriptor = &crate::__codegen::OperationDescriptor {
                operation_id: "listGroupBackupExportBuckets",
                operation_id_override: ::std::option::Option::Some("listExportBuckets"),
                method: crate::__codegen::Method::Get,
                path: "/api/atlas/v2/groups/{groupId}/backup/exportBuckets",
                version: ::std::option::Option::Some("2024-05-30"),
                accept: "application/vnd.atlas.2024-05-30+json",
                content_type: ::std::option::Option::None,
                request_body_required: false,
                success_status: 200u16,
                sunset: ::std::option::Option::None,
                required_roles: &["Project Read Only"],
                parameters: &[
                    crate::__codegen::ParameterDescriptor {
                        name: "groupId",
                        location: crate::__codegen::ParameterLocation::Path,
                        required: true,
                        settable: true,
                        default: ::std::option::Option::None,
                    },
                    crate::__codegen::ParameterDescriptor {
                        name: "envelope",
                        location: crate::__codegen::ParameterLocation::Query,
                        required: false,
                        settable: false,
                        default: ::std::option::Option::Some("false"),
                    },
                    crate::__codegen::ParameterDescriptor {
                        name: "includeCount",
                        location: crate::__codegen::ParameterLocation::Query,
                        required: false,
                        settable: true,
                        default: ::std::option::Option::Some("true"),
                    },
                    crate::__codegen::ParameterDescriptor {
                        name: "itemsPerPage",
                        location: crate::__codegen::ParameterLocation::Query,
                        required: false,
                        settable: true,
                        default: ::std::option::Option::Some("100"),
                    },
                    crate::__codegen::ParameterDescriptor {
                        name: "pageNum",
                        location: crate::__codegen::ParameterLocation::Query,
                        required: false,
                        settable: true,
                        default: ::std::option::Option::Some("1"),
                    },
                    crate::__codegen::ParameterDescriptor {
                        name: "pretty",
                        location: crate::__codegen::ParameterLocation::Query,
                        required: false,
                        settable: true,
                        default: ::std::option::Option::Some("false"),
                    },
                ],
                responses: &[
                    crate::__codegen::ResponseDescriptor {
                        status: "200",
                        description: "OK",
                        media_type: ::std::option::Option::Some(
                            "application/vnd.atlas.2024-05-30+json",
                        ),
                        body: ::std::option::Option::Some(
                            "PaginatedBackupSnapshotExportBucketsView",
                        ),
                        headers: &[
                            crate::__codegen::HeaderDescriptor {
                                name: "RateLimit-Limit",
                                description: "The maximum number of requests that a user can make within a specific time window.",
                            },
                            crate::__codegen::HeaderDescriptor {
                                name: "RateLimit-Remaining",
                                description: "The number of requests remaining in the current rate limit window before the limit is reached.",
                            },
                        ],
                    },
                    crate::__codegen::ResponseDescriptor {
                        status: "401",
                        description: "Unauthorized.",
                        media_type: ::std::option::Option::Some("application/json"),
                        body: ::std::option::Option::Some("ApiError"),
                        headers: &[],
                    },
                    crate::__codegen::ResponseDescriptor {
                        status: "403",
                        description: "Forbidden.",
                        media_type: ::std::option::Option::Some("application/json"),
                        body: ::std::option::Option::Some("ApiError"),
                        headers: &[],
                    },
                    crate::__codegen::ResponseDescriptor {
                        status: "404",
                        description: "Not Found.",
                        media_type: ::std::option::Option::Some("application/json"),
                        body: ::std::option::Option::Some("ApiError"),
                        headers: &[],
                    },
                    crate::__codegen::ResponseDescriptor {
                        status: "429",
                        description: "Too Many Requests.",
                        media_type: ::std::option::Option::Some("application/json"),
                        body: ::std::option::Option::Some("ApiError"),
                        headers: &[
                            crate::__codegen::HeaderDescriptor {
                                name: "RateLimit-Limit",
                                description: "The maximum number of requests that a user can make within a specific time window.",
                            },
                            crate::__codegen::HeaderDescriptor {
                                name: "RateLimit-Remaining",
                                description: "The number of requests remaining in the current rate limit window before the limit is reached.",
                            },
                            crate::__codegen::HeaderDescriptor {
                                name: "Retry-After",
                                description: "The minimum time you should wait, in seconds, before retrying the API request. This header might be returned for 429 or 503 error responses.",
                            },
                        ],
                    },
                    crate::__codegen::ResponseDescriptor {
                        status: "500",
                        description: "Internal Server Error.",
                        media_type: ::std::option::Option::Some("application/json"),
                        body: ::std::option::Option::Some("ApiError"),
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
        impl crate::__codegen::Paginated for V2024_05_30 {
            type Item = super::super::DiskBackupSnapshotExportBucketResponse;
            const ITEMS_PER_PAGE: i64 = 500i64;
            fn set_page(params: &mut Params, page_num: i64, items_per_page: i64) {
                params.page_num = ::std::option::Option::Some(page_num);
                params.items_per_page = ::std::option::Option::Some(items_per_page);
            }
            fn into_items(response: Self::Response) -> ::std::vec::Vec<Self::Item> {
                response.results
            }
            fn total_count(response: &Self::Response) -> ::std::option::Option<u64> {
                response
                    .total_count
                    .map(|t| ::std::convert::TryFrom::try_from(t).unwrap_or(0u64))
            }
        }
        /// The newest version the spec declares for this operation.
        pub type Latest = V2024_05_30;
    }
    /// `listExportBuckets`: the operation's legacy name for [`list_group_backup_export_buckets`].
    pub use list_group_backup_export_buckets as list_export_buckets;
    /// Create One Snapshot Export Bucket
    ///
    /// Creates a Snapshot Export Bucket for an AWS S3 Bucket, Azure Blob Storage Container, or Google Cloud Storage Bucket. Once created, an snapshots can be exported to the Export Bucket and its referenced AWS S3 Bucket, Azure Blob Storage Container, or Google Cloud Storage Bucket.
    ///
    /// `POST /api/atlas/v2/groups/{groupId}/backup/exportBuckets`
    ///
    /// Required roles: Project Backup Manager.
    ///
    /// Documentation: <https://mongodb.com/docs/atlas/reference/api-resources-spec/v2/#tag/Cloud-Backups/operation/createGroupBackupExportBucket>
    pub mod create_group_backup_export_bucket {
        /// Path and query parameters of `createGroupBackupExportBucket`.
        #[derive(Debug, Clone, PartialEq, Eq)]
        #[non_exhaustive]
        pub struct Params {
            /// Unique 24-hexadecimal digit string that identifies your project. Use the [/groups](#tag/Projects/operation/listProjects) endpoint to retrieve all projects to which the authenticated user has access.
            ///
            /// **NOTE**: Groups and projects are synonymous terms. Your group id is the same as your project id. For existing groups, your group/project id remains the same. The resource and corresponding endpoints use the term groups.
            pub group_id: ::std::string::String,
            /// Flag that indicates whether the response body should be in the prettyprint format.
            pub pretty: ::std::option::Option<bool>,
        }
        impl Params {
            /// Creates the parameters from the required ones; optional ones start unset.
            pub fn new(
                group_id: impl ::std::convert::Into<::std::string::String>,
            ) -> Self {
                Self {
                    group_id: group_id.into(),
                    pretty: ::std::option::Option::None,
                }
            }
            /// Sets the `pretty` query parameter.
            #[must_use]
            pub fn with_pretty(mut self, value: bool) -> Self {
                self.pretty = ::std::option::Option::Some(value);
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
                if let ::std::option::Option::Some(value) = &self.pretty {
                    query.push(("pretty", value.to_string()));
                }
                query
            }
        }
        /// `createGroupBackupExportBucket` at API version 2023-01-01 (`application/vnd.atlas.2023-01-01+json`).
        ///
        /// Sunset: the server stops serving this version on 2027-07-01.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
        pub struct V2023_01_01;
        impl crate::__codegen::Operation for V2023_01_01 {
            type Params = Params;
            type Request = super::super::DiskBackupSnapshotAwsExportBucketRequest;
            type Response = super::super::DiskBackupSnapshotAwsExportBucketResponse;
            type Error = super::super::ApiError;
            const DESCRIPTOR: &'static crate::__codegen::OperationDescriptor = &crate::__codegen::OperationDescriptor {
                operation_id: "createGroupBackupExportBucket",
                operation_id_override: ::std::option::Option::Some("createExportBucket"),
                method: crate::__codegen::Method::Post,
                path: "/api/atlas/v2/groups/{groupId}/backup/exportBuckets",
                version: ::std::option::Option::Some("2023-01-01"),
                accept: "application/vnd.atlas.2023-01-01+json",
                content_type: ::std::option::Option::Some(
                    "application/vnd.atlas.2023-01-01+json",
                ),
                request_body_required: true,
                success_status: 200u16,
                sunset: ::std::option::Option::Some("2027-07-01"),
                required_roles: &["Project Backup Manager"],
                parameters: &[
                    crate::__codegen::ParameterDescriptor {
                        name: "groupId",
                        location: crate::__codegen::ParameterLocation::Path,
                        required: true,
                        settable: true,
                        default: ::std::option::Option::None,
                    },
                    crate::__codegen::ParameterDescriptor {
                        name: "envelope",
                        location: crate::__codegen::ParameterLocation::Query,
                        required: false,
                        settable: false,
                        default: ::std::option::Option::Some("false"),
                    },
                    crate::__codegen::ParameterDescriptor {
                        name: "pretty",
                        location: crate::__codegen::ParameterLocation::Query,
                        required: false,
                        settable: true,
                        default: ::std::option::Option::Some("false"),
                    },
                ],
                responses: &[
                    crate::__codegen::ResponseDescriptor {
                        status: "200",
                        description: "OK",
                        media_type: ::std::option::Option::Some(
                            "application/vnd.atlas.2023-01-01+json",
                        ),
                        body: ::std::option::Option::Some(
                            "DiskBackupSnapshotAwsExportBucketResponse",
                        ),
                        headers: &[
                            crate::__codegen::HeaderDescriptor {
                                name: "RateLimit-Limit",
                                description: "The maximum number of requests that a user can make within a specific time window.",
                            },
                            crate::__codegen::HeaderDescriptor {
                                name: "RateLimit-Remaining",
                                description: "The number of requests remaining in the current rate limit window before the limit is reached.",
                            },
                        ],
                    },
                    crate::__codegen::ResponseDescriptor {
                        status: "400",
                        description: "Bad Request.",
                        media_type: ::std::option::Option::Some("application/json"),
                        body: ::std::option::Option::Some("ApiError"),
                        headers: &[],
                    },
                    crate::__codegen::ResponseDescriptor {
                        status: "401",
                        description: "Unauthorized.",
                        media_type: ::std::option::Option::Some("application/json"),
                        body: ::std::option::Option::Some("ApiError"),
                        headers: &[],
                    },
                    crate::__codegen::ResponseDescriptor {
                        status: "403",
                        description: "Forbidden.",
                        media_type: ::std::option::Option::Some("application/json"),
                        body: ::std::option::Option::Some("ApiError"),
                        headers: &[],
                    },
                    crate::__codegen::ResponseDescriptor {
                        status: "404",
                        description: "Not Found.",
                        media_type: ::std::option::Option::Some("application/json"),
                        body: ::std::option::Option::Some("ApiError"),
                        headers: &[],
                    },
                    crate::__codegen::ResponseDescriptor {
                        status: "429",
                        description: "Too Many Requests.",
                        media_type: ::std::option::Option::Some("application/json"),
                        body: ::std::option::Option::Some("ApiError"),
                        headers: &[
                            crate::__codegen::HeaderDescriptor {
                                name: "RateLimit-Limit",
                                description: "The maximum number of requests that a user can make within a specific time window.",
                            },
                            crate::__codegen::HeaderDescriptor {
                                name: "RateLimit-Remaining",
                                description: "The number of requests remaining in the current rate limit window before the limit is reached.",
                            },
                            crate::__codegen::HeaderDescriptor {
                                name: "Retry-After",
                                description: "The minimum time you should wait, in seconds, before retrying the API request. This header might be returned for 429 or 503 error responses.",
                            },
                        ],
                    },
                    crate::__codegen::ResponseDescriptor {
                        status: "500",
                        description: "Internal Server Error.",
                        media_type: ::std::option::Option::Some("application/json"),
                        body: ::std::option::Option::Some("ApiError"),
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
        /// `createGroupBackupExportBucket` at API version 2024-05-30 (`application/vnd.atlas.2024-05-30+json`).
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
        pub struct V2024_05_30;
        impl crate::__codegen::Operation for V2024_05_30 {
            type Params = Params;
            type Request = super::super::DiskBackupSnapshotExportBucketRequest;
            type Response = super::super::DiskBackupSnapshotExportBucketResponse;
            type Error = super::super::ApiError;
            const DESCRIPTOR: &'static crate::__codegen::OperationDescriptor = &crate::__codegen::OperationDescriptor {
                operation_id: "createGroupBackupExportBucket",
                operation_id_override: ::std::option::Option::Some("createExportBucket"),
                method: crate::__codegen::Method::Post,
                path: "/api/atlas/v2/groups/{groupId}/backup/exportBuckets",
                version: ::std::option::Option::Some("2024-05-30"),
                accept: "application/vnd.atlas.2024-05-30+json",
                content_type: ::std::option::Option::Some(
                    "application/vnd.atlas.2024-05-30+json",
                ),
                request_body_required: true,
                success_status: 200u16,
                sunset: ::std::option::Option::None,
                required_roles: &["Project Backup Manager"],
                parameters: &[
                    crate::__codegen::ParameterDescriptor {
                        name: "groupId",
                        location: crate::__codegen::ParameterLocation::Path,
                        required: true,
                        settable: true,
                        default: ::std::option::Option::None,
                    },
                    crate::__codegen::ParameterDescriptor {
                        name: "envelope",
                        location: crate::__codegen::ParameterLocation::Query,
                        required: false,
                        settable: false,
                        default: ::std::option::Option::Some("false"),
                    },
                    crate::__codegen::ParameterDescriptor {
                        name: "pretty",
                        location: crate::__codegen::ParameterLocation::Query,
                        required: false,
                        settable: true,
                        default: ::std::option::Option::Some("false"),
                    },
                ],
                responses: &[
                    crate::__codegen::ResponseDescriptor {
                        status: "200",
                        description: "OK",
                        media_type: ::std::option::Option::Some(
                            "application/vnd.atlas.2024-05-30+json",
                        ),
                        body: ::std::option::Option::Some(
                            "DiskBackupSnapshotExportBucketResponse",
                        ),
                        headers: &[
                            crate::__codegen::HeaderDescriptor {
                                name: "RateLimit-Limit",
                                description: "The maximum number of requests that a user can make within a specific time window.",
                            },
                            crate::__codegen::HeaderDescriptor {
                                name: "RateLimit-Remaining",
                                description: "The number of requests remaining in the current rate limit window before the limit is reached.",
                            },
                        ],
                    },
                    crate::__codegen::ResponseDescriptor {
                        status: "400",
                        description: "Bad Request.",
                        media_type: ::std::option::Option::Some("application/json"),
                        body: ::std::option::Option::Some("ApiError"),
                        headers: &[],
                    },
                    crate::__codegen::ResponseDescriptor {
                        status: "401",
                        description: "Unauthorized.",
                        media_type: ::std::option::Option::Some("application/json"),
                        body: ::std::option::Option::Some("ApiError"),
                        headers: &[],
                    },
                    crate::__codegen::ResponseDescriptor {
                        status: "403",
                        description: "Forbidden.",
                        media_type: ::std::option::Option::Some("application/json"),
                        body: ::std::option::Option::Some("ApiError"),
                        headers: &[],
                    },
                    crate::__codegen::ResponseDescriptor {
                        status: "404",
                        description: "Not Found.",
                        media_type: ::std::option::Option::Some("application/json"),
                        body: ::std::option::Option::Some("ApiError"),
                        headers: &[],
                    },
                    crate::__codegen::ResponseDescriptor {
                        status: "429",
                        description: "Too Many Requests.",
                        media_type: ::std::option::Option::Some("application/json"),
                        body: ::std::option::Option::Some("ApiError"),
                        headers: &[
                            crate::__codegen::HeaderDescriptor {
                                name: "RateLimit-Limit",
                                description: "The maximum number of requests that a user can make within a specific time window.",
                            },
                            crate::__codegen::HeaderDescriptor {
                                name: "RateLimit-Remaining",
                                description: "The number of requests remaining in the current rate limit window before the limit is reached.",
                            },
                            crate::__codegen::HeaderDescriptor {
                                name: "Retry-After",
                                description: "The minimum time you should wait, in seconds, before retrying the API request. This header might be returned for 429 or 503 error responses.",
                            },
                        ],
                    },
                    crate::__codegen::ResponseDescriptor {
                        status: "500",
                        description: "Internal Server Error.",
                        media_type: ::std::option::Option::Some("application/json"),
                        body: ::std::option::Option::Some("ApiError"),
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
    /// `createExportBucket`: the operation's legacy name for [`create_group_backup_export_bucket`].
    pub use create_group_backup_export_bucket as create_export_bucket;
    /// Return One Snapshot Export Bucket
    ///
    /// Returns one Export Bucket associated with the specified Project.
    ///
    /// `GET /api/atlas/v2/groups/{groupId}/backup/exportBuckets/{exportBucketId}`
    ///
    /// Required roles: Project Read Only.
    ///
    /// Documentation: <https://mongodb.com/docs/atlas/reference/api-resources-spec/v2/#tag/Cloud-Backups/operation/getGroupBackupExportBucket>
    pub mod get_group_backup_export_bucket {
        /// Path and query parameters of `getGroupBackupExportBucket`.
        #[derive(Debug, Clone, PartialEq, Eq)]
        #[non_exhaustive]
        pub struct Params {
            /// Unique 24-hexadecimal digit string that identifies your project. Use the [/groups](#tag/Projects/operation/listProjects) endpoint to retrieve all projects to which the authenticated user has access.
            ///
            /// **NOTE**: Groups and projects are synonymous terms. Your group id is the same as your project id. For existing groups, your group/project id remains the same. The resource and corresponding endpoints use the term groups.
            pub group_id: ::std::string::String,
            /// Unique 24-hexadecimal character string that identifies the Export Bucket.
            pub export_bucket_id: ::std::string::String,
        }
        impl Params {
            /// Creates the parameters from the required ones; optional ones start unset.
            pub fn new(
                group_id: impl ::std::convert::Into<::std::string::String>,
                export_bucket_id: impl ::std::convert::Into<::std::string::String>,
            ) -> Self {
                Self {
                    group_id: group_id.into(),
                    export_bucket_id: export_bucket_id.into(),
                }
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
                {
                    let value = &self.export_bucket_id;
                    crate::__codegen::check_str(
                        out,
                        crate::__codegen::Location::Path,
                        "",
                        "exportBucketId",
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
            }
        }
        impl crate::__codegen::Params for Params {
            fn path_values(
                &self,
            ) -> ::std::vec::Vec<(&'static str, ::std::borrow::Cow<'_, str>)> {
                ::std::vec![
                    ("groupId", ::std::borrow::Cow::Borrowed(self.group_id.as_str())),
                    ("exportBucketId", ::std::borrow::Cow::Borrowed(self.export_bucket_id
                    .as_str())),
                ]
            }
            fn query_values(
                &self,
            ) -> ::std::vec::Vec<(&'static str, ::std::string::String)> {
                ::std::vec::Vec::new()
            }
        }
        /// `getGroupBackupExportBucket` at API version 2023-01-01 (`application/vnd.atlas.2023-01-01+json`).
        ///
        /// Sunset: the server stops serving this version on 2027-07-01.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
        pub struct V2023_01_01;
        impl crate::__codegen::Operation for V2023_01_01 {
            type Params = Params;
            type Request = crate::__codegen::NoBody;
            type Response = super::super::DiskBackupSnapshotAwsExportBucketResponse;
            type Error = super::super::ApiError;
            const DESCRIPTOR: &'static crate::__codegen::OperationDescriptor = &crate::__codegen::OperationDescriptor {
                operation_id: "getGroupBackupExportBucket",
                operation_id_override: ::std::option::Option::Some("getExportBucket"),
                method: crate::__codegen::Method::Get,
                path: "/api/atlas/v2/groups/{groupId}/backup/exportBuckets/{exportBucketId}",
                version: ::std::option::Option::Some("2023-01-01"),
                accept: "application/vnd.atlas.2023-01-01+json",
                content_type: ::std::option::Option::None,
                request_body_required: false,
                success_status: 200u16,
                sunset: ::std::option::Option::Some("2027-07-01"),
                required_roles: &["Project Read Only"],
                parameters: &[
                    crate::__codegen::ParameterDescriptor {
                        name: "groupId",
                        location: crate::__codegen::ParameterLocation::Path,
                        required: true,
                        settable: true,
                        default: ::std::option::Option::None,
                    },
                    crate::__codegen::ParameterDescriptor {
                        name: "exportBucketId",
                        location: crate::__codegen::ParameterLocation::Path,
                        required: true,
                        settable: true,
                        default: ::std::option::Option::None,
                    },
                    crate::__codegen::ParameterDescriptor {
                        name: "envelope",
                        location: crate::__codegen::ParameterLocation::Query,
                        required: false,
                        settable: false,
                        default: ::std::option::Option::Some("false"),
                    },
                ],
                responses: &[
                    crate::__codegen::ResponseDescriptor {
                        status: "200",
                        description: "OK",
                        media_type: ::std::option::Option::Some(
                            "application/vnd.atlas.2023-01-01+json",
                        ),
                        body: ::std::option::Option::Some(
                            "DiskBackupSnapshotAwsExportBucketResponse",
                        ),
                        headers: &[
                            crate::__codegen::HeaderDescriptor {
                                name: "RateLimit-Limit",
                                description: "The maximum number of requests that a user can make within a specific time window.",
                            },
                            crate::__codegen::HeaderDescriptor {
                                name: "RateLimit-Remaining",
                                description: "The number of requests remaining in the current rate limit window before the limit is reached.",
                            },
                        ],
                    },
                    crate::__codegen::ResponseDescriptor {
                        status: "401",
                        description: "Unauthorized.",
                        media_type: ::std::option::Option::Some("application/json"),
                        body: ::std::option::Option::Some("ApiError"),
                        headers: &[],
                    },
                    crate::__codegen::ResponseDescriptor {
                        status: "403",
                        description: "Forbidden.",
                        media_type: ::std::option::Option::Some("application/json"),
                        body: ::std::option::Option::Some("ApiError"),
                        headers: &[],
                    },
                    crate::__codegen::ResponseDescriptor {
                        status: "404",
                        description: "Not Found.",
                        media_type: ::std::option::Option::Some("application/json"),
                        body: ::std::option::Option::Some("ApiError"),
                        headers: &[],
                    },
                    crate::__codegen::ResponseDescriptor {
                        status: "429",
                        description: "Too Many Requests.",
                        media_type: ::std::option::Option::Some("application/json"),
                        body: ::std::option::Option::Some("ApiError"),
                        headers: &[
                            crate::__codegen::HeaderDescriptor {
                                name: "RateLimit-Limit",
                                description: "The maximum number of requests that a user can make within a specific time window.",
                            },
                            crate::__codegen::HeaderDescriptor {
                                name: "RateLimit-Remaining",
                                description: "The number of requests remaining in the current rate limit window before the limit is reached.",
                            },
                            crate::__codegen::HeaderDescriptor {
                                name: "Retry-After",
                                description: "The minimum time you should wait, in seconds, before retrying the API request. This header might be returned for 429 or 503 error responses.",
                            },
                        ],
                    },
                    crate::__codegen::ResponseDescriptor {
                        status: "500",
                        description: "Internal Server Error.",
                        media_type: ::std::option::Option::Some("application/json"),
                        body: ::std::option::Option::Some("ApiError"),
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
        /// `getGroupBackupExportBucket` at API version 2024-05-30 (`application/vnd.atlas.2024-05-30+json`).
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
        pub struct V2024_05_30;
        impl crate::__codegen::Operation for V2024_05_30 {
            type Params = Params;
            type Request = crate::__codegen::NoBody;
            type Response = super::super::DiskBackupSnapshotExportBucketResponse;
            type Error = super::super::ApiError;
            const DESCRIPTOR: &'static crate::__codegen::OperationDescriptor = &crate::__codegen::OperationDescriptor {
                operation_id: "getGroupBackupExportBucket",
                operation_id_override: ::std::option::Option::Some("getExportBucket"),
                method: crate::__codegen::Method::Get,
                path: "/api/atlas/v2/groups/{groupId}/backup/exportBuckets/{exportBucketId}",
                version: ::std::option::Option::Some("2024-05-30"),
                accept: "application/vnd.atlas.2024-05-30+json",
                content_type: ::std::option::Option::None,
                request_body_required: false,
                success_status: 200u16,
                sunset: ::std::option::Option::None,
                required_roles: &["Project Read Only"],
                parameters: &[
                    crate::__codegen::ParameterDescriptor {
                        name: "groupId",
                        location: crate::__codegen::ParameterLocation::Path,
                        required: true,
                        settable: true,
                        default: ::std::option::Option::None,
                    },
                    crate::__codegen::ParameterDescriptor {
                        name: "exportBucketId",
                        location: crate::__codegen::ParameterLocation::Path,
                        required: true,
                        settable: true,
                        default: ::std::option::Option::None,
                    },
                    crate::__codegen::ParameterDescriptor {
                        name: "envelope",
                        location: crate::__codegen::ParameterLocation::Query,
                        required: false,
                        settable: false,
                        default: ::std::option::Option::Some("false"),
                    },
                ],
                responses: &[
                    crate::__codegen::ResponseDescriptor {
                        status: "200",
                        description: "OK",
                        media_type: ::std::option::Option::Some(
                            "application/vnd.atlas.2024-05-30+json",
                        ),
                        body: ::std::option::Option::Some(
                            "DiskBackupSnapshotExportBucketResponse",
                        ),
                        headers: &[
                            crate::__codegen::HeaderDescriptor {
                                name: "RateLimit-Limit",
                                description: "The maximum number of requests that a user can make within a specific time window.",
                            },
                            crate::__codegen::HeaderDescriptor {
                                name: "RateLimit-Remaining",
                                description: "The number of requests remaining in the current rate limit window before the limit is reached.",
                            },
                        ],
                    },
                    crate::__codegen::ResponseDescriptor {
                        status: "401",
                        description: "Unauthorized.",
                        media_type: ::std::option::Option::Some("application/json"),
                        body: ::std::option::Option::Some("ApiError"),
                        headers: &[],
                    },
                    crate::__codegen::ResponseDescriptor {
                        status: "403",
                        description: "Forbidden.",
                        media_type: ::std::option::Option::Some("application/json"),
                        body: ::std::option::Option::Some("ApiError"),
                        headers: &[],
                    },
                    crate::__codegen::ResponseDescriptor {
                        status: "404",
                        description: "Not Found.",
                        media_type: ::std::option::Option::Some("application/json"),
                        body: ::std::option::Option::Some("ApiError"),
                        headers: &[],
                    },
                    crate::__codegen::ResponseDescriptor {
                        status: "429",
                        description: "Too Many Requests.",
                        media_type: ::std::option::Option::Some("application/json"),
                        body: ::std::option::Option::Some("ApiError"),
                        headers: &[
                            crate::__codegen::HeaderDescriptor {
                                name: "RateLimit-Limit",
                                description: "The maximum number of requests that a user can make within a specific time window.",
                            },
                            crate::__codegen::HeaderDescriptor {
                                name: "RateLimit-Remaining",
                                description: "The number of requests remaining in the current rate limit window before the limit is reached.",
                            },
                            crate::__codegen::HeaderDescriptor {
                                name: "Retry-After",
                                description: "The minimum time you should wait, in seconds, before retrying the API request. This header might be returned for 429 or 503 error responses.",
                            },
                        ],
                    },
                    crate::__codegen::ResponseDescriptor {
                        status: "500",
                        description: "Internal Server Error.",
                        media_type: ::std::option::Option::Some("application/json"),
                        body: ::std::option::Option::Some("ApiError"),
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
    /// `getExportBucket`: the operation's legacy name for [`get_group_backup_export_bucket`].
    pub use get_group_backup_export_bucket as get_export_bucket;
    /// Delete One Snapshot Export Bucket
    ///
    /// Deletes an Export Bucket. Auto export must be disabled on all clusters in this Project exporting to this Export Bucket before revoking access.
    ///
    /// `DELETE /api/atlas/v2/groups/{groupId}/backup/exportBuckets/{exportBucketId}`
    ///
    /// Required roles: Project Backup Manager.
    ///
    /// Documentation: <https://mongodb.com/docs/atlas/reference/api-resources-spec/v2/#tag/Cloud-Backups/operation/deleteGroupBackupExportBucket>
    pub mod delete_group_backup_export_bucket {
        /// Path and query parameters of `deleteGroupBackupExportBucket`.
        #[derive(Debug, Clone, PartialEq, Eq)]
        #[non_exhaustive]
        pub struct Params {
            /// Unique 24-hexadecimal digit string that identifies your project. Use the [/groups](#tag/Projects/operation/listProjects) endpoint to retrieve all projects to which the authenticated user has access.
            ///
            /// **NOTE**: Groups and projects are synonymous terms. Your group id is the same as your project id. For existing groups, your group/project id remains the same. The resource and corresponding endpoints use the term groups.
            pub group_id: ::std::string::String,
            /// Unique 24-hexadecimal character string that identifies the Export Bucket.
            pub export_bucket_id: ::std::string::String,
        }
        impl Params {
            /// Creates the parameters from the required ones; optional ones start unset.
            pub fn new(
                group_id: impl ::std::convert::Into<::std::string::String>,
                export_bucket_id: impl ::std::convert::Into<::std::string::String>,
            ) -> Self {
                Self {
                    group_id: group_id.into(),
                    export_bucket_id: export_bucket_id.into(),
                }
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
                {
                    let value = &self.export_bucket_id;
                    crate::__codegen::check_str(
                        out,
                        crate::__codegen::Location::Path,
                        "",
                        "exportBucketId",
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
            }
        }
        impl crate::__codegen::Params for Params {
            fn path_values(
                &self,
            ) -> ::std::vec::Vec<(&'static str, ::std::borrow::Cow<'_, str>)> {
                ::std::vec![
                    ("groupId", ::std::borrow::Cow::Borrowed(self.group_id.as_str())),
                    ("exportBucketId", ::std::borrow::Cow::Borrowed(self.export_bucket_id
                    .as_str())),
                ]
            }
            fn query_values(
                &self,
            ) -> ::std::vec::Vec<(&'static str, ::std::string::String)> {
                ::std::vec::Vec::new()
            }
        }
        /// `deleteGroupBackupExportBucket` at API version 2023-01-01 (`application/vnd.atlas.2023-01-01+json`).
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
        pub struct V2023_01_01;
        impl crate::__codegen::Operation for V2023_01_01 {
            type Params = Params;
            type Request = crate::__codegen::NoBody;
            type Response = crate::__codegen::NoContent;
            type Error = super::super::ApiError;
            const DESCRIPTOR: &'static crate::__codegen::OperationDescriptor = &crate::__codegen::OperationDescriptor {
                operation_id: "deleteGroupBackupExportBucket",
                operation_id_override: ::std::option::Option::Some("deleteExportBucket"),
                method: crate::__codegen::Method::Delete,
                path: "/api/atlas/v2/groups/{groupId}/backup/exportBuckets/{exportBucketId}",
                version: ::std::option::Option::Some("2023-01-01"),
                accept: "application/vnd.atlas.2023-01-01+json",
                content_type: ::std::option::Option::None,
                request_body_required: false,
                success_status: 204u16,
                sunset: ::std::option::Option::None,
                required_roles: &["Project Backup Manager"],
                parameters: &[
                    crate::__codegen::ParameterDescriptor {
                        name: "groupId",
                        location: crate::__codegen::ParameterLocation::Path,
                        required: true,
                        settable: true,
                        default: ::std::option::Option::None,
                    },
                    crate::__codegen::ParameterDescriptor {
                        name: "exportBucketId",
                        location: crate::__codegen::ParameterLocation::Path,
                        required: true,
                        settable: true,
                        default: ::std::option::Option::None,
                    },
                    crate::__codegen::ParameterDescriptor {
                        name: "envelope",
                        location: crate::__codegen::ParameterLocation::Query,
                        required: false,
                        settable: false,
                        default: ::std::option::Option::Some("false"),
                    },
                ],
                responses: &[
                    crate::__codegen::ResponseDescriptor {
                        status: "204",
                        description: "This endpoint does not return a response body.",
                        media_type: ::std::option::Option::Some(
                            "application/vnd.atlas.2023-01-01+json",
                        ),
                        body: ::std::option::Option::None,
                        headers: &[
                            crate::__codegen::HeaderDescriptor {
                                name: "RateLimit-Limit",
                                description: "The maximum number of requests that a user can make within a specific time window.",
                            },
                            crate::__codegen::HeaderDescriptor {
                                name: "RateLimit-Remaining",
                                description: "The number of requests remaining in the current rate limit window before the limit is reached.",
                            },
                        ],
                    },
                    crate::__codegen::ResponseDescriptor {
                        status: "400",
                        description: "Bad Request.",
                        media_type: ::std::option::Option::Some("application/json"),
                        body: ::std::option::Option::Some("ApiError"),
                        headers: &[],
                    },
                    crate::__codegen::ResponseDescriptor {
                        status: "401",
                        description: "Unauthorized.",
                        media_type: ::std::option::Option::Some("application/json"),
                        body: ::std::option::Option::Some("ApiError"),
                        headers: &[],
                    },
                    crate::__codegen::ResponseDescriptor {
                        status: "403",
                        description: "Forbidden.",
                        media_type: ::std::option::Option::Some("application/json"),
                        body: ::std::option::Option::Some("ApiError"),
                        headers: &[],
                    },
                    crate::__codegen::ResponseDescriptor {
                        status: "404",
                        description: "Not Found.",
                        media_type: ::std::option::Option::Some("application/json"),
                        body: ::std::option::Option::Some("ApiError"),
                        headers: &[],
                    },
                    crate::__codegen::ResponseDescriptor {
                        status: "429",
                        description: "Too Many Requests.",
                        media_type: ::std::option::Option::Some("application/json"),
                        body: ::std::option::Option::Some("ApiError"),
                        headers: &[
                            crate::__codegen::HeaderDescriptor {
                                name: "RateLimit-Limit",
                                description: "The maximum number of requests that a user can make within a specific time window.",
                            },
                            crate::__codegen::HeaderDescriptor {
                                name: "RateLimit-Remaining",
                                description: "The number of requests remaining in the current rate limit window before the limit is reached.",
                            },
                            crate::__codegen::HeaderDescriptor {
                                name: "Retry-After",
                                description: "The minimum time you should wait, in seconds, before retrying the API request. This header might be returned for 429 or 503 error responses.",
                            },
                        ],
                    },
                    crate::__codegen::ResponseDescriptor {
                        status: "500",
                        description: "Internal Server Error.",
                        media_type: ::std::option::Option::Some("application/json"),
                        body: ::std::option::Option::Some("ApiError"),
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
    /// `deleteExportBucket`: the operation's legacy name for [`delete_group_backup_export_bucket`].
    pub use delete_group_backup_export_bucket as delete_export_bucket;
    /// Update One Export Bucket Private Networking Settings
    ///
    /// Updates the private networking settings for one snapshot export bucket in the specified project.
    ///
    /// `PATCH /api/atlas/v2/groups/{groupId}/backup/exportBuckets/{exportBucketId}`
    ///
    /// Required roles: Project Backup Manager.
    ///
    /// Documentation: <https://mongodb.com/docs/atlas/reference/api-resources-spec/v2/#tag/Cloud-Backups/operation/updateGroupBackupExportBucket>
    ///
    /// Spec override from `spec/overrides.yaml` at `/paths/~1api~1atlas~1v2~1groups~1{groupId}~1backup~1exportBuckets~1{exportBucketId}/patch/responses/200/content/application~1vnd.atlas.2024-05-30+json/schema/$ref`: PATCH returns the bucket it updated, which may be an Azure or GCP bucket; those have no iamRoleId, so the published AWS-only response type cannot decode them. The provider enum DiskBackupSnapshotExportBucketResponse is used instead, as for GET at the same version.
    pub mod update_group_backup_export_bucket {
        /// Path and query parameters of `updateGroupBackupExportBucket`.
        #[derive(Debug, Clone, PartialEq, Eq)]
        #[non_exhaustive]
        pub struct Params {
            /// Unique 24-hexadecimal digit string that identifies your project. Use the [/groups](#tag/Projects/operation/listProjects) endpoint to retrieve all projects to which the authenticated user has access.
            ///
            /// **NOTE**: Groups and projects are synonymous terms. Your group id is the same as your project id. For existing groups, your group/project id remains the same. The resource and corresponding endpoints use the term groups.
            pub group_id: ::std::string::String,
            /// Unique 24-hexadecimal character string that identifies the snapshot export bucket.
            pub export_bucket_id: ::std::string::String,
            /// Flag that indicates whether the response body should be in the prettyprint format.
            pub pretty: ::std::option::Option<bool>,
        }
        impl Params {
            /// Creates the parameters from the required ones; optional ones start unset.
            pub fn new(
                group_id: impl ::std::convert::Into<::std::string::String>,
                export_bucket_id: impl ::std::convert::Into<::std::string::String>,
            ) -> Self {
                Self {
                    group_id: group_id.into(),
                    export_bucket_id: export_bucket_id.into(),
                    pretty: ::std::option::Option::None,
                }
            }
            /// Sets the `pretty` query parameter.
            #[must_use]
            pub fn with_pretty(mut self, value: bool) -> Self {
                self.pretty = ::std::option::Option::Some(value);
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
                {
                    let value = &self.export_bucket_id;
                    crate::__codegen::check_str(
                        out,
                        crate::__codegen::Location::Path,
                        "",
                        "exportBucketId",
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
            }
        }
        impl crate::__codegen::Params for Params {
            fn path_values(
                &self,
            ) -> ::std::vec::Vec<(&'static str, ::std::borrow::Cow<'_, str>)> {
                ::std::vec![
                    ("groupId", ::std::borrow::Cow::Borrowed(self.group_id.as_str())),
                    ("exportBucketId", ::std::borrow::Cow::Borrowed(self.export_bucket_id
                    .as_str())),
                ]
            }
            fn query_values(
                &self,
            ) -> ::std::vec::Vec<(&'static str, ::std::string::String)> {
                let mut query = ::std::vec::Vec::new();
                if let ::std::option::Option::Some(value) = &self.pretty {
                    query.push(("pretty", value.to_string()));
                }
                query
            }
        }
        /// `updateGroupBackupExportBucket` at API version 2024-05-30 (`application/vnd.atlas.2024-05-30+json`).
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
        pub struct V2024_05_30;
        impl crate::__codegen::Operation for V2024_05_30 {
            type Params = Params;
            type Request = super::super::UpdateRequirePrivateNetworkingRequestView;
            type Response = super::super::DiskBackupSnapshotExportBucketResponse;
            type Error = super::super::ApiError;
            const DESCRIPTOR: &'static crate::__codegen::OperationDescriptor = &crate::__codegen::OperationDescriptor {
                operation_id: "updateGroupBackupExportBucket",
                operation_id_override: ::std::option::Option::Some(
                    "updateBackupExportBucket",
                ),
                method: crate::__codegen::Method::Patch,
                path: "/api/atlas/v2/groups/{groupId}/backup/exportBuckets/{exportBucketId}",
                version: ::std::option::Option::Some("2024-05-30"),
                accept: "application/vnd.atlas.2024-05-30+json",
                content_type: ::std::option::Option::Some(
                    "application/vnd.atlas.2024-05-30+json",
                ),
                request_body_required: true,
                success_status: 200u16,
                sunset: ::std::option::Option::None,
                required_roles: &["Project Backup Manager"],
                parameters: &[
                    crate::__codegen::ParameterDescriptor {
                        name: "groupId",
                        location: crate::__codegen::ParameterLocation::Path,
                        required: true,
                        settable: true,
                        default: ::std::option::Option::None,
                    },
                    crate::__codegen::ParameterDescriptor {
                        name: "exportBucketId",
                        location: crate::__codegen::ParameterLocation::Path,
                        required: true,
                        settable: true,
                        default: ::std::option::Option::None,
                    },
                    crate::__codegen::ParameterDescriptor {
                        name: "envelope",
                        location: crate::__codegen::ParameterLocation::Query,
                        required: false,
                        settable: false,
                        default: ::std::option::Option::Some("false"),
                    },
                    crate::__codegen::ParameterDescriptor {
                        name: "pretty",
                        location: crate::__codegen::ParameterLocation::Query,
                        required: false,
                        settable: true,
                        default: ::std::option::Option::Some("false"),
                    },
                ],
                responses: &[
                    crate::__codegen::ResponseDescriptor {
                        status: "200",
                        description: "OK",
                        media_type: ::std::option::Option::Some(
                            "application/vnd.atlas.2024-05-30+json",
                        ),
                        body: ::std::option::Option::Some(
                            "DiskBackupSnapshotExportBucketResponse",
                        ),
                        headers: &[
                            crate::__codegen::HeaderDescriptor {
                                name: "RateLimit-Limit",
                                description: "The maximum number of requests that a user can make within a specific time window.",
                            },
                            crate::__codegen::HeaderDescriptor {
                                name: "RateLimit-Remaining",
                                description: "The number of requests remaining in the current rate limit window before the limit is reached.",
                            },
                        ],
                    },
                    crate::__codegen::ResponseDescriptor {
                        status: "400",
                        description: "Bad Request.",
                        media_type: ::std::option::Option::Some("application/json"),
                        body: ::std::option::Option::Some("ApiError"),
                        headers: &[],
                    },
                    crate::__codegen::ResponseDescriptor {
                        status: "401",
                        description: "Unauthorized.",
                        media_type: ::std::option::Option::Some("application/json"),
                        body: ::std::option::Option::Some("ApiError"),
                        headers: &[],
                    },
                    crate::__codegen::ResponseDescriptor {
                        status: "403",
                        description: "Forbidden.",
                        media_type: ::std::option::Option::Some("application/json"),
                        body: ::std::option::Option::Some("ApiError"),
                        headers: &[],
                    },
                    crate::__codegen::ResponseDescriptor {
                        status: "404",
                        description: "Not Found.",
                        media_type: ::std::option::Option::Some("application/json"),
                        body: ::std::option::Option::Some("ApiError"),
                        headers: &[],
                    },
                    crate::__codegen::ResponseDescriptor {
                        status: "429",
                        description: "Too Many Requests.",
                        media_type: ::std::option::Option::Some("application/json"),
                        body: ::std::option::Option::Some("ApiError"),
                        headers: &[
                            crate::__codegen::HeaderDescriptor {
                                name: "RateLimit-Limit",
                                description: "The maximum number of requests that a user can make within a specific time window.",
                            },
                            crate::__codegen::HeaderDescriptor {
                                name: "RateLimit-Remaining",
                                description: "The number of requests remaining in the current rate limit window before the limit is reached.",
                            },
                            crate::__codegen::HeaderDescriptor {
                                name: "Retry-After",
                                description: "The minimum time you should wait, in seconds, before retrying the API request. This header might be returned for 429 or 503 error responses.",
                            },
                        ],
                    },
                    crate::__codegen::ResponseDescriptor {
                        status: "500",
                        description: "Internal Server Error.",
                        media_type: ::std::option::Option::Some("application/json"),
                        body: ::std::option::Option::Some("ApiError"),
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
    /// `updateBackupExportBucket`: the operation's legacy name for [`update_group_backup_export_bucket`].
    pub use update_group_backup_export_bucket as update_backup_export_bucket;
}
