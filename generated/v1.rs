// @generated from spec/export-buckets.v1.yaml by atlas-codegen; do not edit.
// Regenerate: cargo run -p atlas-codegen -- generate

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
    /// Human-readable label that identifies the cloud provider.
    pub cloud_provider: DiskBackupSnapshotAwsExportBucketRequestCloudProvider,
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
            required("bucketName"), cloud_provider : required("cloudProvider"),
            iam_role_id : required("iamRoleId"), require_private_networking :
            optional("requirePrivateNetworking"), }
        )
    }
}
impl<'de> ::serde::Deserialize<'de> for DiskBackupSnapshotAwsExportBucketRequest {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::std::result::Result<Self, __D::Error> {
        crate::__codegen::decode_struct!(
            deserializer, DiskBackupSnapshotAwsExportBucketRequest { bucket_name :
            required(0, "bucketName"), cloud_provider : required(1, "cloudProvider"),
            iam_role_id : required(2, "iamRoleId"), require_private_networking :
            optional(3, "requirePrivateNetworking"), }
        )
    }
}
impl DiskBackupSnapshotAwsExportBucketRequest {
    /// Creates a value from its required fields (`bucketName`, `cloudProvider`, `iamRoleId`); optional fields start unset.
    pub fn new(
        bucket_name: impl ::std::convert::Into<::std::string::String>,
        cloud_provider: DiskBackupSnapshotAwsExportBucketRequestCloudProvider,
        iam_role_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            bucket_name: bucket_name.into(),
            cloud_provider,
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
/// Human-readable label that identifies the cloud provider.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum DiskBackupSnapshotAwsExportBucketRequestCloudProvider {
    /// `AWS`
    Aws,
    /// `AZURE`
    Azure,
    /// `GCP`
    Gcp,
    /// A value this version of the crate does not know, kept as received.
    Unknown(::std::string::String),
}
impl DiskBackupSnapshotAwsExportBucketRequestCloudProvider {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Aws => "AWS",
            Self::Azure => "AZURE",
            Self::Gcp => "GCP",
            Self::Unknown(value) => value.as_str(),
        }
    }
}
impl ::std::convert::From<&str>
for DiskBackupSnapshotAwsExportBucketRequestCloudProvider {
    fn from(value: &str) -> Self {
        match value {
            "AWS" => Self::Aws,
            "AZURE" => Self::Azure,
            "GCP" => Self::Gcp,
            _ => Self::Unknown(value.to_owned()),
        }
    }
}
impl ::std::fmt::Display for DiskBackupSnapshotAwsExportBucketRequestCloudProvider {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for DiskBackupSnapshotAwsExportBucketRequestCloudProvider {
    fn serialize<__S: ::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> ::std::result::Result<__S::Ok, __S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de>
for DiskBackupSnapshotAwsExportBucketRequestCloudProvider {
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
impl crate::__codegen::Validate
for DiskBackupSnapshotAwsExportBucketRequestCloudProvider {
    fn collect_violations(
        &self,
        _at: &str,
        _out: &mut ::std::vec::Vec<crate::__codegen::Violation>,
    ) {}
}
/// `DiskBackupSnapshotAWSExportBucketResponse`
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct DiskBackupSnapshotAwsExportBucketResponse {
    /// Unique 24-hexadecimal character string that identifies the Export Bucket.
    pub id: ::std::string::String,
    /// The name of the AWS S3 Bucket, Azure Storage Container, or Google Cloud Storage Bucket that Snapshots are exported to.
    pub bucket_name: ::std::string::String,
    /// Human-readable label that identifies the cloud provider.
    pub cloud_provider: DiskBackupSnapshotAwsExportBucketResponseCloudProvider,
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
            required("_id"), bucket_name : required("bucketName"), cloud_provider :
            required("cloudProvider"), iam_role_id : required("iamRoleId"), links :
            optional("links"), region : optional("region"), require_private_networking :
            optional("requirePrivateNetworking"), }
        )
    }
}
impl<'de> ::serde::Deserialize<'de> for DiskBackupSnapshotAwsExportBucketResponse {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::std::result::Result<Self, __D::Error> {
        crate::__codegen::decode_struct!(
            deserializer, DiskBackupSnapshotAwsExportBucketResponse { id : required(0,
            "_id"), bucket_name : required(1, "bucketName"), cloud_provider : required(2,
            "cloudProvider"), iam_role_id : required(3, "iamRoleId"), links : optional(4,
            "links"), region : optional(5, "region"), require_private_networking :
            optional(6, "requirePrivateNetworking"), }
        )
    }
}
impl DiskBackupSnapshotAwsExportBucketResponse {
    /// Creates a value from its required fields (`_id`, `bucketName`, `cloudProvider`, `iamRoleId`); optional fields start unset.
    pub fn new(
        id: impl ::std::convert::Into<::std::string::String>,
        bucket_name: impl ::std::convert::Into<::std::string::String>,
        cloud_provider: DiskBackupSnapshotAwsExportBucketResponseCloudProvider,
        iam_role_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            id: id.into(),
            bucket_name: bucket_name.into(),
            cloud_provider,
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
/// Human-readable label that identifies the cloud provider.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum DiskBackupSnapshotAwsExportBucketResponseCloudProvider {
    /// `AWS`
    Aws,
    /// `AZURE`
    Azure,
    /// `GCP`
    Gcp,
    /// A value this version of the crate does not know, kept as received.
    Unknown(::std::string::String),
}
impl DiskBackupSnapshotAwsExportBucketResponseCloudProvider {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Aws => "AWS",
            Self::Azure => "AZURE",
            Self::Gcp => "GCP",
            Self::Unknown(value) => value.as_str(),
        }
    }
}
impl ::std::convert::From<&str>
for DiskBackupSnapshotAwsExportBucketResponseCloudProvider {
    fn from(value: &str) -> Self {
        match value {
            "AWS" => Self::Aws,
            "AZURE" => Self::Azure,
            "GCP" => Self::Gcp,
            _ => Self::Unknown(value.to_owned()),
        }
    }
}
impl ::std::fmt::Display for DiskBackupSnapshotAwsExportBucketResponseCloudProvider {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for DiskBackupSnapshotAwsExportBucketResponseCloudProvider {
    fn serialize<__S: ::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> ::std::result::Result<__S::Ok, __S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de>
for DiskBackupSnapshotAwsExportBucketResponseCloudProvider {
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
impl crate::__codegen::Validate
for DiskBackupSnapshotAwsExportBucketResponseCloudProvider {
    fn collect_violations(
        &self,
        _at: &str,
        _out: &mut ::std::vec::Vec<crate::__codegen::Violation>,
    ) {}
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
/// The spec's operations: one module each, with a marker type per API version.
pub mod operations {
    /// Return All Snapshot Export Buckets
    ///
    /// Returns all Export Buckets associated with the specified project.
    ///
    /// `GET /api/atlas/v1.0/groups/{groupId}/backup/exportBuckets`
    ///
    /// Required roles: Project Read Only.
    ///
    /// Documentation: <https://mongodb.com/docs/atlas/reference/api-resources-spec/v1/#tag/Cloud-Backups/operation/listExportBuckets>
    pub mod list_export_buckets {
        /// Path and query parameters of `listExportBuckets`.
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
        /// `listExportBuckets` at `application/json`.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
        pub struct V1_0;
        impl crate::__codegen::Operation for V1_0 {
            type Params = Params;
            type Request = crate::__codegen::NoBody;
            type Response = super::super::PaginatedBackupSnapshotExportBucketView;
            type Error = super::super::ApiError;
            const DESCRIPTOR: &'static crate::__codegen::OperationDescriptor = &crate::__codegen::OperationDescriptor {
                operation_id: "listExportBuckets",
                operation_id_override: ::std::option::Option::None,
                method: crate::__codegen::Method::Get,
                path: "/api/atlas/v1.0/groups/{groupId}/backup/exportBuckets",
                version: ::std::option::Option::None,
                accept: "application/json",
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
                        media_type: ::std::option::Option::Some("application/json"),
                        body: ::std::option::Option::Some(
                            "PaginatedBackupSnapshotExportBucketView",
                        ),
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
        impl crate::__codegen::Paginated for V1_0 {
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
        /// The newest version the spec declares for this operation.
        pub type Latest = V1_0;
    }
    /// Create One Snapshot Export Bucket
    ///
    /// Creates an Export Bucket for a given AWS S3 Bucket. Once created, snapshots can be exported to the Export Bucket and its referenced AWS S3 Bucket.
    ///
    /// `POST /api/atlas/v1.0/groups/{groupId}/backup/exportBuckets`
    ///
    /// Required roles: Project Backup Manager.
    ///
    /// Documentation: <https://mongodb.com/docs/atlas/reference/api-resources-spec/v1/#tag/Cloud-Backups/operation/createExportBucket>
    pub mod create_export_bucket {
        /// Path and query parameters of `createExportBucket`.
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
        /// `createExportBucket` at `application/json`.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
        pub struct V1_0;
        impl crate::__codegen::Operation for V1_0 {
            type Params = Params;
            type Request = super::super::DiskBackupSnapshotAwsExportBucketRequest;
            type Response = super::super::DiskBackupSnapshotAwsExportBucketResponse;
            type Error = super::super::ApiError;
            const DESCRIPTOR: &'static crate::__codegen::OperationDescriptor = &crate::__codegen::OperationDescriptor {
                operation_id: "createExportBucket",
                operation_id_override: ::std::option::Option::None,
                method: crate::__codegen::Method::Post,
                path: "/api/atlas/v1.0/groups/{groupId}/backup/exportBuckets",
                version: ::std::option::Option::None,
                accept: "application/json",
                content_type: ::std::option::Option::Some("application/json"),
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
                        media_type: ::std::option::Option::Some("application/json"),
                        body: ::std::option::Option::Some(
                            "DiskBackupSnapshotAwsExportBucketResponse",
                        ),
                        headers: &[],
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
        pub type Latest = V1_0;
    }
    /// Return One Snapshot Export Bucket
    ///
    /// Returns one Export Bucket associated with the specified Project.
    ///
    /// `GET /api/atlas/v1.0/groups/{groupId}/backup/exportBuckets/{exportBucketId}`
    ///
    /// Required roles: Project Read Only.
    ///
    /// Documentation: <https://mongodb.com/docs/atlas/reference/api-resources-spec/v1/#tag/Cloud-Backups/operation/getExportBucket>
    pub mod get_export_bucket {
        /// Path and query parameters of `getExportBucket`.
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
        /// `getExportBucket` at `application/json`.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
        pub struct V1_0;
        impl crate::__codegen::Operation for V1_0 {
            type Params = Params;
            type Request = crate::__codegen::NoBody;
            type Response = super::super::DiskBackupSnapshotAwsExportBucketResponse;
            type Error = super::super::ApiError;
            const DESCRIPTOR: &'static crate::__codegen::OperationDescriptor = &crate::__codegen::OperationDescriptor {
                operation_id: "getExportBucket",
                operation_id_override: ::std::option::Option::None,
                method: crate::__codegen::Method::Get,
                path: "/api/atlas/v1.0/groups/{groupId}/backup/exportBuckets/{exportBucketId}",
                version: ::std::option::Option::None,
                accept: "application/json",
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
                        media_type: ::std::option::Option::Some("application/json"),
                        body: ::std::option::Option::Some(
                            "DiskBackupSnapshotAwsExportBucketResponse",
                        ),
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
        pub type Latest = V1_0;
    }
    /// Delete One Snapshot Export Bucket
    ///
    /// Deletes an Export Bucket. Auto export must be disabled on all clusters in this Project exporting to this Export Bucket before revoking access.
    ///
    /// `DELETE /api/atlas/v1.0/groups/{groupId}/backup/exportBuckets/{exportBucketId}`
    ///
    /// Required roles: Project Backup Manager.
    ///
    /// Documentation: <https://mongodb.com/docs/atlas/reference/api-resources-spec/v1/#tag/Cloud-Backups/operation/deleteExportBucket>
    pub mod delete_export_bucket {
        /// Path and query parameters of `deleteExportBucket`.
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
        /// `deleteExportBucket` at `application/json`.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
        pub struct V1_0;
        impl crate::__codegen::Operation for V1_0 {
            type Params = Params;
            type Request = crate::__codegen::NoBody;
            type Response = crate::__codegen::NoContent;
            type Error = super::super::ApiError;
            const DESCRIPTOR: &'static crate::__codegen::OperationDescriptor = &crate::__codegen::OperationDescriptor {
                operation_id: "deleteExportBucket",
                operation_id_override: ::std::option::Option::None,
                method: crate::__codegen::Method::Delete,
                path: "/api/atlas/v1.0/groups/{groupId}/backup/exportBuckets/{exportBucketId}",
                version: ::std::option::Option::None,
                accept: "application/json",
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
                        media_type: ::std::option::Option::None,
                        body: ::std::option::Option::None,
                        headers: &[],
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
        pub type Latest = V1_0;
    }
}
