// @generated from spec/atlas-api.yaml by atlas-codegen; do not edit.
// Regenerate: cargo build -p atlas-admin-api --features <tags>
// Warning: spec/atlas-api.yaml: /paths/~1api~1atlas~1v2~1rateLimits/get/parameters/7/schema/pattern: warning: pattern "^((25[0-5]|(2[0-4]|1\\d|[1-9]|)\\d)(\\.(?!$)|$)){4}|([0-9a-f]{1,4}:){7}[0-9a-f]{1,4}$" is not checked locally: look-ahead is not supported by regex-lite
// Warning: spec/atlas-api.yaml: /paths/~1api~1atlas~1v2~1rateLimits~1{endpointSetId}/get/parameters/6/schema/pattern: warning: pattern "^((25[0-5]|(2[0-4]|1\\d|[1-9]|)\\d)(\\.(?!$)|$)){4}|([0-9a-f]{1,4}:){7}[0-9a-f]{1,4}$" is not checked locally: look-ahead is not supported by regex-lite
// Override applied from spec/overrides.yaml at /components/schemas/EventTypeForNdsGroup/type: An object cannot be a string; as published, the query parameters eventType and excludedEventType of listGroupEvents and listGroupActivityFeed are arrays of objects, which a query string cannot carry.
// Override applied from spec/overrides.yaml at /components/schemas/EventTypeForOrg/type: As for EventTypeForNdsGroup: the organisation events' eventType filters are strings.
// Override applied from spec/overrides.yaml at /components/schemas/BaseCloudProviderInstanceSize/type: An instance size such as "M40" is a string; an object type would refuse every answer that carries an auto-scaling boundary.
// Override applied from spec/overrides.yaml at /components/schemas/MatcherFieldView/type: An alert matcher's fieldName is one string.
// Override applied from spec/overrides.yaml at /components/schemas/DatabasePermittedNamespaceResource/required: A resource is either the cluster ({"cluster": true}) or a database with an optional collection, never all three; as published, no custom role Atlas returns would decode.
// Override applied from spec/overrides.yaml at /components/schemas/CloudAppUser/required: Atlas returns neither a user's mobile number nor a password (which the schema does not mark write-only); as published, every page of team users that Atlas returns is refused.
// Override applied from spec/overrides.yaml at /components/schemas/DefaultAlertConfigViewForNdsGroup/required: Older alert configurations have no event type; as published, one such configuration makes the whole page of a project's alert configurations fail to decode.
// Override applied from spec/overrides.yaml at /components/schemas/SearchMappings/properties/fields/additionalProperties: A field mapping is one definition or a list of them; as published, the list would be refused (or, read without care, its items taken for an object's fields).

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
/// Application error code returned with this error.
///
/// Known values are those the spec's examples use; any other value is kept in the fallback variant.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ErrorCode {
    /// `VALIDATION_ERROR`
    ValidationError,
    /// `CANNOT_DELETE_ORG_ACTIVE_LIVE_MIGRATION_ATLAS_ORG_LINK`
    CannotDeleteOrgActiveLiveMigrationAtlasOrgLink,
    /// `CANNOT_CHANGE_GROUP_NAME`
    CannotChangeGroupName,
    /// `VERSION_GONE`
    VersionGone,
    /// `UNEXPECTED_ERROR`
    UnexpectedError,
    /// `ATLAS_BACKUP_CANCEL_SHARD_RESTORE_JOB_NOT_ALLOWED`
    AtlasBackupCancelShardRestoreJobNotAllowed,
    /// `RESOURCE_NOT_FOUND`
    ResourceNotFound,
    /// `NO_PAYMENT_INFORMATION_FOUND`
    NoPaymentInformationFound,
    /// `SERVICE_UNAVAILABLE`
    ServiceUnavailable,
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
            Self::CannotDeleteOrgActiveLiveMigrationAtlasOrgLink => {
                "CANNOT_DELETE_ORG_ACTIVE_LIVE_MIGRATION_ATLAS_ORG_LINK"
            }
            Self::CannotChangeGroupName => "CANNOT_CHANGE_GROUP_NAME",
            Self::VersionGone => "VERSION_GONE",
            Self::UnexpectedError => "UNEXPECTED_ERROR",
            Self::AtlasBackupCancelShardRestoreJobNotAllowed => {
                "ATLAS_BACKUP_CANCEL_SHARD_RESTORE_JOB_NOT_ALLOWED"
            }
            Self::ResourceNotFound => "RESOURCE_NOT_FOUND",
            Self::NoPaymentInformationFound => "NO_PAYMENT_INFORMATION_FOUND",
            Self::ServiceUnavailable => "SERVICE_UNAVAILABLE",
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
            "CANNOT_DELETE_ORG_ACTIVE_LIVE_MIGRATION_ATLAS_ORG_LINK" => {
                Self::CannotDeleteOrgActiveLiveMigrationAtlasOrgLink
            }
            "CANNOT_CHANGE_GROUP_NAME" => Self::CannotChangeGroupName,
            "VERSION_GONE" => Self::VersionGone,
            "UNEXPECTED_ERROR" => Self::UnexpectedError,
            "ATLAS_BACKUP_CANCEL_SHARD_RESTORE_JOB_NOT_ALLOWED" => {
                Self::AtlasBackupCancelShardRestoreJobNotAllowed
            }
            "RESOURCE_NOT_FOUND" => Self::ResourceNotFound,
            "NO_PAYMENT_INFORMATION_FOUND" => Self::NoPaymentInformationFound,
            "SERVICE_UNAVAILABLE" => Self::ServiceUnavailable,
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
/// A list of rate limit endpoint sets.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct PaginatedRateLimitEndpointSets {
    /// List of one or more Uniform Resource Locators (URLs) that point to API sub-resources, related API resources, or both. RFC 5988 outlines these relationships.
    ///
    /// Web Linking Specification (RFC 5988): <https://datatracker.ietf.org/doc/html/rfc5988>
    pub links: ::std::option::Option<::std::vec::Vec<Link>>,
    /// List of returned documents that MongoDB Cloud provides when completing this request.
    pub results: ::std::vec::Vec<RateLimitEndpointSetResponse>,
    /// Total number of documents available. MongoDB Cloud omits this value if `includeCount` is set to `false`. The total number is an estimate and may not be exact.
    pub total_count: ::std::option::Option<i32>,
}
impl ::serde::Serialize for PaginatedRateLimitEndpointSets {
    fn serialize<__S: ::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> ::std::result::Result<__S::Ok, __S::Error> {
        crate::__codegen::encode_struct!(
            serializer, self, PaginatedRateLimitEndpointSets { links : optional("links"),
            results : required("results"), total_count : optional("totalCount"), }
        )
    }
}
impl<'de> ::serde::Deserialize<'de> for PaginatedRateLimitEndpointSets {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::std::result::Result<Self, __D::Error> {
        crate::__codegen::decode_struct!(
            deserializer, PaginatedRateLimitEndpointSets { links : optional(0, "links"),
            results : required(1, "results"), total_count : optional(2, "totalCount"), }
        )
    }
}
impl PaginatedRateLimitEndpointSets {
    /// Creates a value from its required fields (`results`); optional fields start unset.
    pub fn new(results: ::std::vec::Vec<RateLimitEndpointSetResponse>) -> Self {
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
/// The rate limit capacity for the endpoint set.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[non_exhaustive]
pub struct RateLimitEndpointSetCapacity {
    /// The default request capacity of the endpoint set. Returned if there is a capacity override set for the requested entity.
    pub default_value: ::std::option::Option<i64>,
    /// The applied request capacity of the endpoint set.
    pub value: ::std::option::Option<i64>,
}
impl ::serde::Serialize for RateLimitEndpointSetCapacity {
    fn serialize<__S: ::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> ::std::result::Result<__S::Ok, __S::Error> {
        crate::__codegen::encode_struct!(
            serializer, self, RateLimitEndpointSetCapacity { default_value :
            optional("defaultValue"), value : optional("value"), }
        )
    }
}
impl<'de> ::serde::Deserialize<'de> for RateLimitEndpointSetCapacity {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::std::result::Result<Self, __D::Error> {
        crate::__codegen::decode_struct!(
            deserializer, RateLimitEndpointSetCapacity { default_value : optional(0,
            "defaultValue"), value : optional(1, "value"), }
        )
    }
}
impl RateLimitEndpointSetCapacity {
    /// Creates a value with every optional field unset.
    pub fn new() -> Self {
        Self {
            default_value: ::std::option::Option::None,
            value: ::std::option::Option::None,
        }
    }
    /// Sets `defaultValue`.
    #[must_use]
    pub fn with_default_value(mut self, value: i64) -> Self {
        self.default_value = ::std::option::Option::Some(value);
        self
    }
    /// Sets `value`.
    #[must_use]
    pub fn with_value(mut self, value: i64) -> Self {
        self.value = ::std::option::Option::Some(value);
        self
    }
}
/// `RateLimitEndpointSetEndpoint`
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[non_exhaustive]
pub struct RateLimitEndpointSetEndpoint {
    /// The HTTP method of the endpoint.
    pub method: ::std::option::Option<RateLimitEndpointSetEndpointMethod>,
    /// The URL path of the endpoint.
    pub path: ::std::option::Option<::std::string::String>,
}
impl ::serde::Serialize for RateLimitEndpointSetEndpoint {
    fn serialize<__S: ::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> ::std::result::Result<__S::Ok, __S::Error> {
        crate::__codegen::encode_struct!(
            serializer, self, RateLimitEndpointSetEndpoint { method : optional("method"),
            path : optional("path"), }
        )
    }
}
impl<'de> ::serde::Deserialize<'de> for RateLimitEndpointSetEndpoint {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::std::result::Result<Self, __D::Error> {
        crate::__codegen::decode_struct!(
            deserializer, RateLimitEndpointSetEndpoint { method : optional(0, "method"),
            path : optional(1, "path"), }
        )
    }
}
impl RateLimitEndpointSetEndpoint {
    /// Creates a value with every optional field unset.
    pub fn new() -> Self {
        Self {
            method: ::std::option::Option::None,
            path: ::std::option::Option::None,
        }
    }
    /// Sets `method`.
    #[must_use]
    pub fn with_method(mut self, value: RateLimitEndpointSetEndpointMethod) -> Self {
        self.method = ::std::option::Option::Some(value);
        self
    }
    /// Sets `path`.
    #[must_use]
    pub fn with_path(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.path = ::std::option::Option::Some(value.into());
        self
    }
}
/// The HTTP method of the endpoint.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum RateLimitEndpointSetEndpointMethod {
    /// `GET`
    Get,
    /// `POST`
    Post,
    /// `PUT`
    Put,
    /// `DELETE`
    Delete,
    /// `PATCH`
    Patch,
    /// A value this version of the crate does not know, kept as received.
    Unknown(::std::string::String),
}
impl RateLimitEndpointSetEndpointMethod {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Get => "GET",
            Self::Post => "POST",
            Self::Put => "PUT",
            Self::Delete => "DELETE",
            Self::Patch => "PATCH",
            Self::Unknown(value) => value.as_str(),
        }
    }
}
impl ::std::convert::From<&str> for RateLimitEndpointSetEndpointMethod {
    fn from(value: &str) -> Self {
        match value {
            "GET" => Self::Get,
            "POST" => Self::Post,
            "PUT" => Self::Put,
            "DELETE" => Self::Delete,
            "PATCH" => Self::Patch,
            _ => Self::Unknown(value.to_owned()),
        }
    }
}
impl ::std::fmt::Display for RateLimitEndpointSetEndpointMethod {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for RateLimitEndpointSetEndpointMethod {
    fn serialize<__S: ::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> ::std::result::Result<__S::Ok, __S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for RateLimitEndpointSetEndpointMethod {
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
impl crate::__codegen::Validate for RateLimitEndpointSetEndpointMethod {
    fn collect_violations(
        &self,
        _at: &str,
        _out: &mut ::std::vec::Vec<crate::__codegen::Violation>,
    ) {}
}
/// The rate limit refill duration for the endpoint set.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[non_exhaustive]
pub struct RateLimitEndpointSetRefillDurationSeconds {
    /// The default rate limit refill duration, in seconds, of the endpoint set. Returned if there is a rate limit refill duration override set for the requested entity.
    pub default_value: ::std::option::Option<i64>,
    /// The applied rate limit refill duration of the endpoint set.
    pub value: ::std::option::Option<i64>,
}
impl ::serde::Serialize for RateLimitEndpointSetRefillDurationSeconds {
    fn serialize<__S: ::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> ::std::result::Result<__S::Ok, __S::Error> {
        crate::__codegen::encode_struct!(
            serializer, self, RateLimitEndpointSetRefillDurationSeconds { default_value :
            optional("defaultValue"), value : optional("value"), }
        )
    }
}
impl<'de> ::serde::Deserialize<'de> for RateLimitEndpointSetRefillDurationSeconds {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::std::result::Result<Self, __D::Error> {
        crate::__codegen::decode_struct!(
            deserializer, RateLimitEndpointSetRefillDurationSeconds { default_value :
            optional(0, "defaultValue"), value : optional(1, "value"), }
        )
    }
}
impl RateLimitEndpointSetRefillDurationSeconds {
    /// Creates a value with every optional field unset.
    pub fn new() -> Self {
        Self {
            default_value: ::std::option::Option::None,
            value: ::std::option::Option::None,
        }
    }
    /// Sets `defaultValue`.
    #[must_use]
    pub fn with_default_value(mut self, value: i64) -> Self {
        self.default_value = ::std::option::Option::Some(value);
        self
    }
    /// Sets `value`.
    #[must_use]
    pub fn with_value(mut self, value: i64) -> Self {
        self.value = ::std::option::Option::Some(value);
        self
    }
}
/// The rate limit refill rate for the endpoint set.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[non_exhaustive]
pub struct RateLimitEndpointSetRefillRate {
    /// The default rate limit refill rate of the endpoint set. Returned if there is a rate limit refill rate override set for the requested entity.
    pub default_value: ::std::option::Option<i64>,
    /// The applied rate limit refill rate of the endpoint set.
    pub value: ::std::option::Option<i64>,
}
impl ::serde::Serialize for RateLimitEndpointSetRefillRate {
    fn serialize<__S: ::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> ::std::result::Result<__S::Ok, __S::Error> {
        crate::__codegen::encode_struct!(
            serializer, self, RateLimitEndpointSetRefillRate { default_value :
            optional("defaultValue"), value : optional("value"), }
        )
    }
}
impl<'de> ::serde::Deserialize<'de> for RateLimitEndpointSetRefillRate {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::std::result::Result<Self, __D::Error> {
        crate::__codegen::decode_struct!(
            deserializer, RateLimitEndpointSetRefillRate { default_value : optional(0,
            "defaultValue"), value : optional(1, "value"), }
        )
    }
}
impl RateLimitEndpointSetRefillRate {
    /// Creates a value with every optional field unset.
    pub fn new() -> Self {
        Self {
            default_value: ::std::option::Option::None,
            value: ::std::option::Option::None,
        }
    }
    /// Sets `defaultValue`.
    #[must_use]
    pub fn with_default_value(mut self, value: i64) -> Self {
        self.default_value = ::std::option::Option::Some(value);
        self
    }
    /// Sets `value`.
    #[must_use]
    pub fn with_value(mut self, value: i64) -> Self {
        self.value = ::std::option::Option::Some(value);
        self
    }
}
/// `RateLimitEndpointSetResponse`
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[non_exhaustive]
pub struct RateLimitEndpointSetResponse {
    /// The rate limit capacity for the endpoint set.
    pub capacity: ::std::option::Option<RateLimitEndpointSetCapacity>,
    /// The ID of the endpoint set.
    pub endpoint_set_id: ::std::option::Option<::std::string::String>,
    /// The endpoint set name.
    pub endpoint_set_name: ::std::option::Option<::std::string::String>,
    /// A list of endpoints associated with the specified endpoint set.
    pub endpoints: ::std::option::Option<::std::vec::Vec<RateLimitEndpointSetEndpoint>>,
    /// The rate limit refill duration for the endpoint set.
    pub refill_duration_seconds: ::std::option::Option<
        RateLimitEndpointSetRefillDurationSeconds,
    >,
    /// The rate limit refill rate for the endpoint set.
    pub refill_rate: ::std::option::Option<RateLimitEndpointSetRefillRate>,
    /// The scope of the endpoint set.
    pub scope: ::std::option::Option<RateLimitEndpointSetResponseScope>,
}
impl ::serde::Serialize for RateLimitEndpointSetResponse {
    fn serialize<__S: ::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> ::std::result::Result<__S::Ok, __S::Error> {
        crate::__codegen::encode_struct!(
            serializer, self, RateLimitEndpointSetResponse { capacity :
            optional("capacity"), endpoint_set_id : optional("endpointSetId"),
            endpoint_set_name : optional("endpointSetName"), endpoints :
            optional("endpoints"), refill_duration_seconds :
            optional("refillDurationSeconds"), refill_rate : optional("refillRate"),
            scope : optional("scope"), }
        )
    }
}
impl<'de> ::serde::Deserialize<'de> for RateLimitEndpointSetResponse {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::std::result::Result<Self, __D::Error> {
        crate::__codegen::decode_struct!(
            deserializer, RateLimitEndpointSetResponse { capacity : optional(0,
            "capacity"), endpoint_set_id : optional(1, "endpointSetId"),
            endpoint_set_name : optional(2, "endpointSetName"), endpoints : optional(3,
            "endpoints"), refill_duration_seconds : optional(4, "refillDurationSeconds"),
            refill_rate : optional(5, "refillRate"), scope : optional(6, "scope"), }
        )
    }
}
impl RateLimitEndpointSetResponse {
    /// Creates a value with every optional field unset.
    pub fn new() -> Self {
        Self {
            capacity: ::std::option::Option::None,
            endpoint_set_id: ::std::option::Option::None,
            endpoint_set_name: ::std::option::Option::None,
            endpoints: ::std::option::Option::None,
            refill_duration_seconds: ::std::option::Option::None,
            refill_rate: ::std::option::Option::None,
            scope: ::std::option::Option::None,
        }
    }
    /// Sets `capacity`.
    #[must_use]
    pub fn with_capacity(mut self, value: RateLimitEndpointSetCapacity) -> Self {
        self.capacity = ::std::option::Option::Some(value);
        self
    }
    /// Sets `endpointSetId`.
    #[must_use]
    pub fn with_endpoint_set_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.endpoint_set_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `endpointSetName`.
    #[must_use]
    pub fn with_endpoint_set_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.endpoint_set_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `endpoints`.
    #[must_use]
    pub fn with_endpoints(
        mut self,
        value: ::std::vec::Vec<RateLimitEndpointSetEndpoint>,
    ) -> Self {
        self.endpoints = ::std::option::Option::Some(value);
        self
    }
    /// Sets `refillDurationSeconds`.
    #[must_use]
    pub fn with_refill_duration_seconds(
        mut self,
        value: RateLimitEndpointSetRefillDurationSeconds,
    ) -> Self {
        self.refill_duration_seconds = ::std::option::Option::Some(value);
        self
    }
    /// Sets `refillRate`.
    #[must_use]
    pub fn with_refill_rate(mut self, value: RateLimitEndpointSetRefillRate) -> Self {
        self.refill_rate = ::std::option::Option::Some(value);
        self
    }
    /// Sets `scope`.
    #[must_use]
    pub fn with_scope(mut self, value: RateLimitEndpointSetResponseScope) -> Self {
        self.scope = ::std::option::Option::Some(value);
        self
    }
}
/// The scope of the endpoint set.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum RateLimitEndpointSetResponseScope {
    /// `IP`
    Ip,
    /// `GROUP`
    Group,
    /// `ORGANIZATION`
    Organization,
    /// `USER`
    User,
    /// A value this version of the crate does not know, kept as received.
    Unknown(::std::string::String),
}
impl RateLimitEndpointSetResponseScope {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Ip => "IP",
            Self::Group => "GROUP",
            Self::Organization => "ORGANIZATION",
            Self::User => "USER",
            Self::Unknown(value) => value.as_str(),
        }
    }
}
impl ::std::convert::From<&str> for RateLimitEndpointSetResponseScope {
    fn from(value: &str) -> Self {
        match value {
            "IP" => Self::Ip,
            "GROUP" => Self::Group,
            "ORGANIZATION" => Self::Organization,
            "USER" => Self::User,
            _ => Self::Unknown(value.to_owned()),
        }
    }
}
impl ::std::fmt::Display for RateLimitEndpointSetResponseScope {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for RateLimitEndpointSetResponseScope {
    fn serialize<__S: ::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> ::std::result::Result<__S::Ok, __S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for RateLimitEndpointSetResponseScope {
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
impl crate::__codegen::Validate for RateLimitEndpointSetResponseScope {
    fn collect_violations(
        &self,
        _at: &str,
        _out: &mut ::std::vec::Vec<crate::__codegen::Violation>,
    ) {}
}
/// The spec's operations: one module each, with a marker type per API version.
pub mod operations {
    /// Return All Rate Limits
    ///
    /// Get all rate limits for all v2 Atlas Administration API endpoint sets.
    ///
    /// `GET /api/atlas/v2/rateLimits`
    ///
    /// Documentation: <https://mongodb.com/docs/atlas/reference/api-resources-spec/v2/#tag/Rate-Limiting/operation/listRateLimits>
    pub mod list_rate_limits {
        /// Path and query parameters of `listRateLimits`.
        #[derive(Debug, Clone, PartialEq, Eq, Default)]
        #[non_exhaustive]
        pub struct Params {
            /// Number of items that the response returns per page.
            pub items_per_page: ::std::option::Option<i64>,
            /// Number of the page that displays the current set of the total objects that the response returns.
            pub page_num: ::std::option::Option<i64>,
            /// Flag that indicates whether the response body should be in the prettyprint format.
            pub pretty: ::std::option::Option<bool>,
            /// Unique 24-hexadecimal digit string that identifies the Atlas Project to request rate limits for. When this parameter is provided, only group scoped endpoint sets are returned and the limits returned are applicable to the specified project. The requesting user must have the Project Read Only role for the specified project.
            pub group_id: ::std::option::Option<::std::string::String>,
            /// Unique 24-hexadecimal digit string that identifies the Atlas Organization to request rate limits for. When this parameter is provided, only organization scoped endpoint sets are returned and the limits returned are applicable to the specified organization. The requesting user must have the Organization Read Only role for the specified organization.
            pub org_id: ::std::option::Option<::std::string::String>,
            /// A string that identifies the Atlas user to request rate limits for. The ID can for example be the Service Account Client ID or the API Public Key. When this parameter is provided, only user scoped endpoint sets are returned and the limits returned are applicable to the specified user. The requesting user must be the same as the specified user.
            pub user_id: ::std::option::Option<::std::string::String>,
            /// An IP address to request rate limits for. When this parameter is provided, only IP scoped endpoint sets are returned and the limits returned are applicable to the specified IP address. The requesting user must have the same IP address as the one provided in the request.
            pub ip_address: ::std::option::Option<::std::string::String>,
            /// Filters the returned endpoint sets by the provided endpoint set name. Multiple names may be provided, for example `/rateLimits?name=Name1&name=Name2`. For names that use spaces, replace the space with its URL-encoded value (`%20`).
            pub name: ::std::option::Option<::std::string::String>,
            /// Filters the returned endpoint sets by the provided endpoint path. Multiple paths may be provided, for example `/rateLimits?endpointPath=%2Fapi%2Fatlas%2Fv2%2Fclusters&endpointPath=%2Fapi%2Fatlas%2Fv2%2Fgroups%2F%7BgroupId%7D%2F`. Replace `/`, `{` and `}` with their URL-encoded values (`%2F`, `%7B` and `%7D` respectively).
            pub endpoint_path: ::std::option::Option<::std::string::String>,
        }
        impl Params {
            /// Creates the parameters from the required ones; optional ones start unset.
            pub fn new() -> Self {
                Self {
                    items_per_page: ::std::option::Option::None,
                    page_num: ::std::option::Option::None,
                    pretty: ::std::option::Option::None,
                    group_id: ::std::option::Option::None,
                    org_id: ::std::option::Option::None,
                    user_id: ::std::option::Option::None,
                    ip_address: ::std::option::Option::None,
                    name: ::std::option::Option::None,
                    endpoint_path: ::std::option::Option::None,
                }
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
            /// Sets the `groupId` query parameter.
            #[must_use]
            pub fn with_group_id(
                mut self,
                value: impl ::std::convert::Into<::std::string::String>,
            ) -> Self {
                self.group_id = ::std::option::Option::Some(value.into());
                self
            }
            /// Sets the `orgId` query parameter.
            #[must_use]
            pub fn with_org_id(
                mut self,
                value: impl ::std::convert::Into<::std::string::String>,
            ) -> Self {
                self.org_id = ::std::option::Option::Some(value.into());
                self
            }
            /// Sets the `userId` query parameter.
            #[must_use]
            pub fn with_user_id(
                mut self,
                value: impl ::std::convert::Into<::std::string::String>,
            ) -> Self {
                self.user_id = ::std::option::Option::Some(value.into());
                self
            }
            /// Sets the `ipAddress` query parameter.
            #[must_use]
            pub fn with_ip_address(
                mut self,
                value: impl ::std::convert::Into<::std::string::String>,
            ) -> Self {
                self.ip_address = ::std::option::Option::Some(value.into());
                self
            }
            /// Sets the `name` query parameter.
            #[must_use]
            pub fn with_name(
                mut self,
                value: impl ::std::convert::Into<::std::string::String>,
            ) -> Self {
                self.name = ::std::option::Option::Some(value.into());
                self
            }
            /// Sets the `endpointPath` query parameter.
            #[must_use]
            pub fn with_endpoint_path(
                mut self,
                value: impl ::std::convert::Into<::std::string::String>,
            ) -> Self {
                self.endpoint_path = ::std::option::Option::Some(value.into());
                self
            }
        }
        impl crate::__codegen::Validate for Params {
            fn collect_violations(
                &self,
                _at: &str,
                out: &mut ::std::vec::Vec<crate::__codegen::Violation>,
            ) {
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
                if let ::std::option::Option::Some(value) = &self.group_id {
                    crate::__codegen::check_str(
                        out,
                        crate::__codegen::Location::Query,
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
                if let ::std::option::Option::Some(value) = &self.org_id {
                    crate::__codegen::check_str(
                        out,
                        crate::__codegen::Location::Query,
                        "",
                        "orgId",
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
                ::std::vec![]
            }
            fn query_values(
                &self,
            ) -> ::std::vec::Vec<(&'static str, ::std::string::String)> {
                let mut query = ::std::vec::Vec::new();
                if let ::std::option::Option::Some(value) = &self.items_per_page {
                    query.push(("itemsPerPage", value.to_string()));
                }
                if let ::std::option::Option::Some(value) = &self.page_num {
                    query.push(("pageNum", value.to_string()));
                }
                if let ::std::option::Option::Some(value) = &self.pretty {
                    query.push(("pretty", value.to_string()));
                }
                if let ::std::option::Option::Some(value) = &self.group_id {
                    query.push(("groupId", value.clone()));
                }
                if let ::std::option::Option::Some(value) = &self.org_id {
                    query.push(("orgId", value.clone()));
                }
                if let ::std::option::Option::Some(value) = &self.user_id {
                    query.push(("userId", value.clone()));
                }
                if let ::std::option::Option::Some(value) = &self.ip_address {
                    query.push(("ipAddress", value.clone()));
                }
                if let ::std::option::Option::Some(value) = &self.name {
                    query.push(("name", value.clone()));
                }
                if let ::std::option::Option::Some(value) = &self.endpoint_path {
                    query.push(("endpointPath", value.clone()));
                }
                query
            }
        }
        /// `listRateLimits` at API version 2025-03-12 (`application/vnd.atlas.2025-03-12+json`).
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
        pub struct V2025_03_12;
        impl crate::__codegen::Operation for V2025_03_12 {
            type Params = Params;
            type Request = crate::__codegen::NoBody;
            type Response = super::super::PaginatedRateLimitEndpointSets;
            type Error = super::super::ApiError;
            const DESCRIPTOR: &'static crate::__codegen::OperationDescriptor = &crate::__codegen::OperationDescriptor {
                operation_id: "listRateLimits",
                operation_id_override: ::std::option::Option::None,
                method: crate::__codegen::Method::Get,
                path: "/api/atlas/v2/rateLimits",
                version: ::std::option::Option::Some("2025-03-12"),
                accept: "application/vnd.atlas.2025-03-12+json",
                content_type: ::std::option::Option::None,
                request_body_required: false,
                success_status: 200u16,
                sunset: ::std::option::Option::None,
                required_roles: &[],
                parameters: &[
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
                    crate::__codegen::ParameterDescriptor {
                        name: "envelope",
                        location: crate::__codegen::ParameterLocation::Query,
                        required: false,
                        settable: false,
                        default: ::std::option::Option::Some("false"),
                    },
                    crate::__codegen::ParameterDescriptor {
                        name: "groupId",
                        location: crate::__codegen::ParameterLocation::Query,
                        required: false,
                        settable: true,
                        default: ::std::option::Option::None,
                    },
                    crate::__codegen::ParameterDescriptor {
                        name: "orgId",
                        location: crate::__codegen::ParameterLocation::Query,
                        required: false,
                        settable: true,
                        default: ::std::option::Option::None,
                    },
                    crate::__codegen::ParameterDescriptor {
                        name: "userId",
                        location: crate::__codegen::ParameterLocation::Query,
                        required: false,
                        settable: true,
                        default: ::std::option::Option::None,
                    },
                    crate::__codegen::ParameterDescriptor {
                        name: "ipAddress",
                        location: crate::__codegen::ParameterLocation::Query,
                        required: false,
                        settable: true,
                        default: ::std::option::Option::None,
                    },
                    crate::__codegen::ParameterDescriptor {
                        name: "name",
                        location: crate::__codegen::ParameterLocation::Query,
                        required: false,
                        settable: true,
                        default: ::std::option::Option::None,
                    },
                    crate::__codegen::ParameterDescriptor {
                        name: "endpointPath",
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
                        media_type: ::std::option::Option::Some(
                            "application/vnd.atlas.2025-03-12+json",
                        ),
                        body: ::std::option::Option::Some(
                            "PaginatedRateLimitEndpointSets",
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
        impl crate::__codegen::Paginated for V2025_03_12 {
            type Item = super::super::RateLimitEndpointSetResponse;
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
        pub type Latest = V2025_03_12;
    }
    /// Return One Rate Limit
    ///
    /// Get one rate limit endpoint set.
    ///
    /// `GET /api/atlas/v2/rateLimits/{endpointSetId}`
    ///
    /// Documentation: <https://mongodb.com/docs/atlas/reference/api-resources-spec/v2/#tag/Rate-Limiting/operation/getRateLimit>
    pub mod get_rate_limit {
        /// Path and query parameters of `getRateLimit`.
        #[derive(Debug, Clone, PartialEq, Eq)]
        #[non_exhaustive]
        pub struct Params {
            /// The ID of the rate limit endpoint set.
            pub endpoint_set_id: ::std::string::String,
            /// Flag that indicates whether the response body should be in the prettyprint format.
            pub pretty: ::std::option::Option<bool>,
            /// Unique 24-hexadecimal digit string that identifies the Atlas Project to request rate limits for. When this parameter is provided, the limits returned are applicable to the specified project. The requesting user must have the Project Read Only role for the specified project.
            pub group_id: ::std::option::Option<::std::string::String>,
            /// Unique 24-hexadecimal digit string that identifies the Atlas Organization to request rate limits for. When this parameter is provided, the limits returned are applicable to the specified organization. The requesting user must have the Organization Read Only role for the specified organization.
            pub org_id: ::std::option::Option<::std::string::String>,
            /// A string that identifies the Atlas user to request rate limits for. The ID can for example be the Service Account Client ID or the API Public Key. When this parameter is provided, the limits returned are applicable to the specified  user. The requesting user must be the same as the specified user.
            pub user_id: ::std::option::Option<::std::string::String>,
            /// An IP address to request rate limits for. When this parameter is provided, the limits returned are applicable to the specified IP address. The requesting user must have the same IP address as the one provided in the request.
            pub ip_address: ::std::option::Option<::std::string::String>,
        }
        impl Params {
            /// Creates the parameters from the required ones; optional ones start unset.
            pub fn new(
                endpoint_set_id: impl ::std::convert::Into<::std::string::String>,
            ) -> Self {
                Self {
                    endpoint_set_id: endpoint_set_id.into(),
                    pretty: ::std::option::Option::None,
                    group_id: ::std::option::Option::None,
                    org_id: ::std::option::Option::None,
                    user_id: ::std::option::Option::None,
                    ip_address: ::std::option::Option::None,
                }
            }
            /// Sets the `pretty` query parameter.
            #[must_use]
            pub fn with_pretty(mut self, value: bool) -> Self {
                self.pretty = ::std::option::Option::Some(value);
                self
            }
            /// Sets the `groupId` query parameter.
            #[must_use]
            pub fn with_group_id(
                mut self,
                value: impl ::std::convert::Into<::std::string::String>,
            ) -> Self {
                self.group_id = ::std::option::Option::Some(value.into());
                self
            }
            /// Sets the `orgId` query parameter.
            #[must_use]
            pub fn with_org_id(
                mut self,
                value: impl ::std::convert::Into<::std::string::String>,
            ) -> Self {
                self.org_id = ::std::option::Option::Some(value.into());
                self
            }
            /// Sets the `userId` query parameter.
            #[must_use]
            pub fn with_user_id(
                mut self,
                value: impl ::std::convert::Into<::std::string::String>,
            ) -> Self {
                self.user_id = ::std::option::Option::Some(value.into());
                self
            }
            /// Sets the `ipAddress` query parameter.
            #[must_use]
            pub fn with_ip_address(
                mut self,
                value: impl ::std::convert::Into<::std::string::String>,
            ) -> Self {
                self.ip_address = ::std::option::Option::Some(value.into());
                self
            }
        }
        impl crate::__codegen::Validate for Params {
            fn collect_violations(
                &self,
                _at: &str,
                out: &mut ::std::vec::Vec<crate::__codegen::Violation>,
            ) {
                if let ::std::option::Option::Some(value) = &self.group_id {
                    crate::__codegen::check_str(
                        out,
                        crate::__codegen::Location::Query,
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
                if let ::std::option::Option::Some(value) = &self.org_id {
                    crate::__codegen::check_str(
                        out,
                        crate::__codegen::Location::Query,
                        "",
                        "orgId",
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
                    ("endpointSetId", ::std::borrow::Cow::Borrowed(self.endpoint_set_id
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
                if let ::std::option::Option::Some(value) = &self.group_id {
                    query.push(("groupId", value.clone()));
                }
                if let ::std::option::Option::Some(value) = &self.org_id {
                    query.push(("orgId", value.clone()));
                }
                if let ::std::option::Option::Some(value) = &self.user_id {
                    query.push(("userId", value.clone()));
                }
                if let ::std::option::Option::Some(value) = &self.ip_address {
                    query.push(("ipAddress", value.clone()));
                }
                query
            }
        }
        /// `getRateLimit` at API version 2025-03-12 (`application/vnd.atlas.2025-03-12+json`).
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
        pub struct V2025_03_12;
        impl crate::__codegen::Operation for V2025_03_12 {
            type Params = Params;
            type Request = crate::__codegen::NoBody;
            type Response = super::super::RateLimitEndpointSetResponse;
            type Error = super::super::ApiError;
            const DESCRIPTOR: &'static crate::__codegen::OperationDescriptor = &crate::__codegen::OperationDescriptor {
                operation_id: "getRateLimit",
                operation_id_override: ::std::option::Option::None,
                method: crate::__codegen::Method::Get,
                path: "/api/atlas/v2/rateLimits/{endpointSetId}",
                version: ::std::option::Option::Some("2025-03-12"),
                accept: "application/vnd.atlas.2025-03-12+json",
                content_type: ::std::option::Option::None,
                request_body_required: false,
                success_status: 200u16,
                sunset: ::std::option::Option::None,
                required_roles: &[],
                parameters: &[
                    crate::__codegen::ParameterDescriptor {
                        name: "endpointSetId",
                        location: crate::__codegen::ParameterLocation::Path,
                        required: true,
                        settable: true,
                        default: ::std::option::Option::None,
                    },
                    crate::__codegen::ParameterDescriptor {
                        name: "pretty",
                        location: crate::__codegen::ParameterLocation::Query,
                        required: false,
                        settable: true,
                        default: ::std::option::Option::Some("false"),
                    },
                    crate::__codegen::ParameterDescriptor {
                        name: "envelope",
                        location: crate::__codegen::ParameterLocation::Query,
                        required: false,
                        settable: false,
                        default: ::std::option::Option::Some("false"),
                    },
                    crate::__codegen::ParameterDescriptor {
                        name: "groupId",
                        location: crate::__codegen::ParameterLocation::Query,
                        required: false,
                        settable: true,
                        default: ::std::option::Option::None,
                    },
                    crate::__codegen::ParameterDescriptor {
                        name: "orgId",
                        location: crate::__codegen::ParameterLocation::Query,
                        required: false,
                        settable: true,
                        default: ::std::option::Option::None,
                    },
                    crate::__codegen::ParameterDescriptor {
                        name: "userId",
                        location: crate::__codegen::ParameterLocation::Query,
                        required: false,
                        settable: true,
                        default: ::std::option::Option::None,
                    },
                    crate::__codegen::ParameterDescriptor {
                        name: "ipAddress",
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
                        media_type: ::std::option::Option::Some(
                            "application/vnd.atlas.2025-03-12+json",
                        ),
                        body: ::std::option::Option::Some(
                            "RateLimitEndpointSetResponse",
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
        pub type Latest = V2025_03_12;
    }
}
