// @generated from spec/atlas-api.yaml by atlas-codegen; do not edit.
// Regenerate: cargo build -p atlas-admin-api --features <tags>
// Warning: spec/atlas-api.yaml: /components/schemas/AccessListItemView/properties/ipAddress/pattern: warning: pattern "^((25[0-5]|(2[0-4]|1\\d|[1-9]|)\\d)(\\.(?!$)|$)){4}|([0-9a-f]{1,4}:){7}[0-9a-f]{1,4}$" is not checked locally: look-ahead is not supported by regex-lite
// Override applied from spec/overrides.yaml at /components/schemas/EventTypeForNdsGroup/type: An object cannot be a string; as published, the query parameters eventType and excludedEventType of listGroupEvents and listGroupActivityFeed are arrays of objects, which a query string cannot carry.
// Override applied from spec/overrides.yaml at /components/schemas/EventTypeForOrg/type: As for EventTypeForNdsGroup: the organisation events' eventType filters are strings.
// Override applied from spec/overrides.yaml at /components/schemas/BaseCloudProviderInstanceSize/type: An instance size such as "M40" is a string; an object type would refuse every answer that carries an auto-scaling boundary.
// Override applied from spec/overrides.yaml at /components/schemas/MatcherFieldView/type: An alert matcher's fieldName is one string.
// Override applied from spec/overrides.yaml at /components/schemas/DatabasePermittedNamespaceResource/required: A resource is either the cluster ({"cluster": true}) or a database with an optional collection, never all three; as published, no custom role Atlas returns would decode.
// Override applied from spec/overrides.yaml at /components/schemas/CloudAppUser/required: Atlas returns neither a user's mobile number nor a password (which the schema does not mark write-only); as published, every page of team users that Atlas returns is refused.
// Override applied from spec/overrides.yaml at /components/schemas/DefaultAlertConfigViewForNdsGroup/required: Older alert configurations have no event type; as published, one such configuration makes the whole page of a project's alert configurations fail to decode.
// Override applied from spec/overrides.yaml at /components/schemas/SearchMappings/properties/fields/additionalProperties: A field mapping is one definition or a list of them; as published, the list would be refused (or, read without care, its items taken for an object's fields).

/// `AccessListItemView`
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[non_exhaustive]
pub struct AccessListItemView {
    /// Range of IP addresses in Classless Inter-Domain Routing (CIDR) notation that found in this project's access list.
    pub cidr_block: ::std::option::Option<::std::string::String>,
    /// IP address included in the API access list.
    pub ip_address: ::std::option::Option<::std::string::String>,
}
impl ::serde::Serialize for AccessListItemView {
    fn serialize<__S: ::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> ::std::result::Result<__S::Ok, __S::Error> {
        crate::__codegen::encode_struct!(
            serializer, self, AccessListItemView { cidr_block : optional("cidrBlock"),
            ip_address : optional("ipAddress"), }
        )
    }
}
impl<'de> ::serde::Deserialize<'de> for AccessListItemView {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::std::result::Result<Self, __D::Error> {
        crate::__codegen::decode_struct!(
            deserializer, AccessListItemView { cidr_block : optional(0, "cidrBlock"),
            ip_address : optional(1, "ipAddress"), }
        )
    }
}
impl AccessListItemView {
    /// Creates a value with every optional field unset.
    pub fn new() -> Self {
        Self {
            cidr_block: ::std::option::Option::None,
            ip_address: ::std::option::Option::None,
        }
    }
    /// Sets `cidrBlock`.
    #[must_use]
    pub fn with_cidr_block(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.cidr_block = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `ipAddress`.
    #[must_use]
    pub fn with_ip_address(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.ip_address = ::std::option::Option::Some(value.into());
        self
    }
}
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
/// Details contained in one API key.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct ApiKey {
    /// List of network addresses granted access to this API using this API key.
    pub access_list: ::std::vec::Vec<AccessListItemView>,
    /// Unique 24-hexadecimal digit string that identifies this organization API key.
    pub id: ::std::string::String,
    /// Public API key value set for the specified organization API key.
    pub public_key: ::std::string::String,
    /// List that contains roles that the API key needs to have. All roles you provide must be valid for the specified project or organization. Each request must include a minimum of one valid role. The resource returns all project and organization roles assigned to the Cloud user.
    pub roles: ::std::vec::Vec<CloudAccessRoleAssignment>,
}
impl ::serde::Serialize for ApiKey {
    fn serialize<__S: ::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> ::std::result::Result<__S::Ok, __S::Error> {
        crate::__codegen::encode_struct!(
            serializer, self, ApiKey { access_list : required("accessList"), id :
            required("id"), public_key : required("publicKey"), roles :
            required("roles"), }
        )
    }
}
impl<'de> ::serde::Deserialize<'de> for ApiKey {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::std::result::Result<Self, __D::Error> {
        crate::__codegen::decode_struct!(
            deserializer, ApiKey { access_list : required(0, "accessList"), id :
            required(1, "id"), public_key : required(2, "publicKey"), roles : required(3,
            "roles"), }
        )
    }
}
impl ApiKey {
    /// Creates a value from its required fields (`accessList`, `id`, `publicKey`, `roles`); optional fields start unset.
    pub fn new(
        access_list: ::std::vec::Vec<AccessListItemView>,
        id: impl ::std::convert::Into<::std::string::String>,
        public_key: impl ::std::convert::Into<::std::string::String>,
        roles: ::std::vec::Vec<CloudAccessRoleAssignment>,
    ) -> Self {
        Self {
            access_list,
            id: id.into(),
            public_key: public_key.into(),
            roles,
        }
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
/// Role Assignment
///
/// MongoDB Cloud user's roles and the corresponding organization or project to which that role applies. Each role can apply to one organization or one project but not both.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[non_exhaustive]
pub struct CloudAccessRoleAssignment {
    /// Unique 24-hexadecimal digit string that identifies the project to which this role belongs. You can set a value for this parameter or `orgId` but not both in the same request.
    pub group_id: ::std::option::Option<::std::string::String>,
    /// Unique 24-hexadecimal digit string that identifies the organization to which this role belongs. You can set a value for this parameter or `groupId` but not both in the same request.
    pub org_id: ::std::option::Option<::std::string::String>,
    /// Human-readable label that identifies the collection of privileges that MongoDB Cloud grants a specific API key, MongoDB Cloud user, or MongoDB Cloud team. These roles include organization- and project-level roles.
    ///
    /// MongoDB Cloud User Roles: <https://www.mongodb.com/docs/atlas/reference/user-roles/>
    pub role_name: ::std::option::Option<::std::string::String>,
}
impl ::serde::Serialize for CloudAccessRoleAssignment {
    fn serialize<__S: ::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> ::std::result::Result<__S::Ok, __S::Error> {
        crate::__codegen::encode_struct!(
            serializer, self, CloudAccessRoleAssignment { group_id : optional("groupId"),
            org_id : optional("orgId"), role_name : optional("roleName"), }
        )
    }
}
impl<'de> ::serde::Deserialize<'de> for CloudAccessRoleAssignment {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::std::result::Result<Self, __D::Error> {
        crate::__codegen::decode_struct!(
            deserializer, CloudAccessRoleAssignment { group_id : optional(0, "groupId"),
            org_id : optional(1, "orgId"), role_name : optional(2, "roleName"), }
        )
    }
}
impl CloudAccessRoleAssignment {
    /// Creates a value with every optional field unset.
    pub fn new() -> Self {
        Self {
            group_id: ::std::option::Option::None,
            org_id: ::std::option::Option::None,
            role_name: ::std::option::Option::None,
        }
    }
    /// Sets `groupId`.
    #[must_use]
    pub fn with_group_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.group_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `orgId`.
    #[must_use]
    pub fn with_org_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.org_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `roleName`.
    #[must_use]
    pub fn with_role_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.role_name = ::std::option::Option::Some(value.into());
        self
    }
}
/// Control Plane IP Addresses
///
/// List of IP addresses in the Atlas control plane.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[non_exhaustive]
pub struct ControlPlaneIpAddresses {
    /// List of gateways, each representing a group of service-specific IP addresses that customers can add to their allow lists independently. Includes the Atlas Gateway (data plane) group when present.
    pub gateways: ::std::option::Option<::std::vec::Vec<Gateway>>,
    /// Inbound Control Plane IP Addresses By Cloud Provider
    ///
    /// List of inbound IP addresses to the Atlas control plane, categorized by cloud provider. If your application allows outbound HTTP requests only to specific IP addresses, you must allow access to the following IP addresses so that your API requests can reach the Atlas control plane.
    pub inbound: ::std::option::Option<InboundControlPlaneCloudProviderIpAddresses>,
    /// Outbound Control Plane IP Addresses By Cloud Provider
    ///
    /// List of outbound IP addresses from the Atlas control plane, categorized by cloud provider. If your network allows inbound HTTP requests only from specific IP addresses, you must allow access from the following IP addresses so that Atlas can communicate with your webhooks and KMS.
    pub outbound: ::std::option::Option<OutboundControlPlaneCloudProviderIpAddresses>,
}
impl ::serde::Serialize for ControlPlaneIpAddresses {
    fn serialize<__S: ::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> ::std::result::Result<__S::Ok, __S::Error> {
        crate::__codegen::encode_struct!(
            serializer, self, ControlPlaneIpAddresses { gateways : optional("gateways"),
            inbound : optional("inbound"), outbound : optional("outbound"), }
        )
    }
}
impl<'de> ::serde::Deserialize<'de> for ControlPlaneIpAddresses {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::std::result::Result<Self, __D::Error> {
        crate::__codegen::decode_struct!(
            deserializer, ControlPlaneIpAddresses { gateways : optional(0, "gateways"),
            inbound : optional(1, "inbound"), outbound : optional(2, "outbound"), }
        )
    }
}
impl ControlPlaneIpAddresses {
    /// Creates a value with every optional field unset.
    pub fn new() -> Self {
        Self {
            gateways: ::std::option::Option::None,
            inbound: ::std::option::Option::None,
            outbound: ::std::option::Option::None,
        }
    }
    /// Sets `gateways`.
    #[must_use]
    pub fn with_gateways(mut self, value: ::std::vec::Vec<Gateway>) -> Self {
        self.gateways = ::std::option::Option::Some(value);
        self
    }
    /// Sets `inbound`.
    #[must_use]
    pub fn with_inbound(
        mut self,
        value: InboundControlPlaneCloudProviderIpAddresses,
    ) -> Self {
        self.inbound = ::std::option::Option::Some(value);
        self
    }
    /// Sets `outbound`.
    #[must_use]
    pub fn with_outbound(
        mut self,
        value: OutboundControlPlaneCloudProviderIpAddresses,
    ) -> Self {
        self.outbound = ::std::option::Option::Some(value);
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
/// Gateway
///
/// Represents a service-specific gateway, such as the Atlas Gateway, with its IP addresses.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[non_exhaustive]
pub struct Gateway {
    /// Gateway IP Addresses
    ///
    /// IP addresses for a specific gateway, organized by direction and cloud provider.
    pub ips: ::std::option::Option<GatewayIpAddresses>,
    /// Name of the service that this gateway represents.
    pub name: ::std::option::Option<::std::string::String>,
}
impl ::serde::Serialize for Gateway {
    fn serialize<__S: ::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> ::std::result::Result<__S::Ok, __S::Error> {
        crate::__codegen::encode_struct!(
            serializer, self, Gateway { ips : optional("ips"), name : optional("name"), }
        )
    }
}
impl<'de> ::serde::Deserialize<'de> for Gateway {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::std::result::Result<Self, __D::Error> {
        crate::__codegen::decode_struct!(
            deserializer, Gateway { ips : optional(0, "ips"), name : optional(1, "name"),
            }
        )
    }
}
impl Gateway {
    /// Creates a value with every optional field unset.
    pub fn new() -> Self {
        Self {
            ips: ::std::option::Option::None,
            name: ::std::option::Option::None,
        }
    }
    /// Sets `ips`.
    #[must_use]
    pub fn with_ips(mut self, value: GatewayIpAddresses) -> Self {
        self.ips = ::std::option::Option::Some(value);
        self
    }
    /// Sets `name`.
    #[must_use]
    pub fn with_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.name = ::std::option::Option::Some(value.into());
        self
    }
}
/// Gateway IP Addresses
///
/// IP addresses for a specific gateway, organized by direction and cloud provider.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[non_exhaustive]
pub struct GatewayIpAddresses {
    /// Inbound Control Plane IP Addresses By Cloud Provider
    ///
    /// List of inbound IP addresses to the Atlas control plane, categorized by cloud provider. If your application allows outbound HTTP requests only to specific IP addresses, you must allow access to the following IP addresses so that your API requests can reach the Atlas control plane.
    pub inbound: ::std::option::Option<InboundControlPlaneCloudProviderIpAddresses>,
    /// Outbound Control Plane IP Addresses By Cloud Provider
    ///
    /// List of outbound IP addresses from the Atlas control plane, categorized by cloud provider. If your network allows inbound HTTP requests only from specific IP addresses, you must allow access from the following IP addresses so that Atlas can communicate with your webhooks and KMS.
    pub outbound: ::std::option::Option<OutboundControlPlaneCloudProviderIpAddresses>,
}
impl ::serde::Serialize for GatewayIpAddresses {
    fn serialize<__S: ::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> ::std::result::Result<__S::Ok, __S::Error> {
        crate::__codegen::encode_struct!(
            serializer, self, GatewayIpAddresses { inbound : optional("inbound"),
            outbound : optional("outbound"), }
        )
    }
}
impl<'de> ::serde::Deserialize<'de> for GatewayIpAddresses {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::std::result::Result<Self, __D::Error> {
        crate::__codegen::decode_struct!(
            deserializer, GatewayIpAddresses { inbound : optional(0, "inbound"), outbound
            : optional(1, "outbound"), }
        )
    }
}
impl GatewayIpAddresses {
    /// Creates a value with every optional field unset.
    pub fn new() -> Self {
        Self {
            inbound: ::std::option::Option::None,
            outbound: ::std::option::Option::None,
        }
    }
    /// Sets `inbound`.
    #[must_use]
    pub fn with_inbound(
        mut self,
        value: InboundControlPlaneCloudProviderIpAddresses,
    ) -> Self {
        self.inbound = ::std::option::Option::Some(value);
        self
    }
    /// Sets `outbound`.
    #[must_use]
    pub fn with_outbound(
        mut self,
        value: OutboundControlPlaneCloudProviderIpAddresses,
    ) -> Self {
        self.outbound = ::std::option::Option::Some(value);
        self
    }
}
/// Inbound Control Plane IP Addresses By Cloud Provider
///
/// List of inbound IP addresses to the Atlas control plane, categorized by cloud provider. If your application allows outbound HTTP requests only to specific IP addresses, you must allow access to the following IP addresses so that your API requests can reach the Atlas control plane.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[non_exhaustive]
pub struct InboundControlPlaneCloudProviderIpAddresses {
    /// Control plane IP addresses in AWS. Each key identifies an Amazon Web Services (AWS) region. Each value identifies control plane IP addresses in the AWS region.
    pub aws: ::std::option::Option<
        ::std::collections::BTreeMap<
            ::std::string::String,
            ::std::vec::Vec<::std::string::String>,
        >,
    >,
    /// Control plane IP addresses in Azure. Each key identifies an Azure region. Each value identifies control plane IP addresses in the Azure region.
    pub azure: ::std::option::Option<
        ::std::collections::BTreeMap<
            ::std::string::String,
            ::std::vec::Vec<::std::string::String>,
        >,
    >,
    /// Control plane IP addresses in GCP. Each key identifies a Google Cloud (GCP) region. Each value identifies control plane IP addresses in the GCP region.
    pub gcp: ::std::option::Option<
        ::std::collections::BTreeMap<
            ::std::string::String,
            ::std::vec::Vec<::std::string::String>,
        >,
    >,
}
impl ::serde::Serialize for InboundControlPlaneCloudProviderIpAddresses {
    fn serialize<__S: ::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> ::std::result::Result<__S::Ok, __S::Error> {
        crate::__codegen::encode_struct!(
            serializer, self, InboundControlPlaneCloudProviderIpAddresses { aws :
            optional("aws"), azure : optional("azure"), gcp : optional("gcp"), }
        )
    }
}
impl<'de> ::serde::Deserialize<'de> for InboundControlPlaneCloudProviderIpAddresses {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::std::result::Result<Self, __D::Error> {
        crate::__codegen::decode_struct!(
            deserializer, InboundControlPlaneCloudProviderIpAddresses { aws : optional(0,
            "aws"), azure : optional(1, "azure"), gcp : optional(2, "gcp"), }
        )
    }
}
impl InboundControlPlaneCloudProviderIpAddresses {
    /// Creates a value with every optional field unset.
    pub fn new() -> Self {
        Self {
            aws: ::std::option::Option::None,
            azure: ::std::option::Option::None,
            gcp: ::std::option::Option::None,
        }
    }
    /// Sets `aws`.
    #[must_use]
    pub fn with_aws(
        mut self,
        value: ::std::collections::BTreeMap<
            ::std::string::String,
            ::std::vec::Vec<::std::string::String>,
        >,
    ) -> Self {
        self.aws = ::std::option::Option::Some(value);
        self
    }
    /// Sets `azure`.
    #[must_use]
    pub fn with_azure(
        mut self,
        value: ::std::collections::BTreeMap<
            ::std::string::String,
            ::std::vec::Vec<::std::string::String>,
        >,
    ) -> Self {
        self.azure = ::std::option::Option::Some(value);
        self
    }
    /// Sets `gcp`.
    #[must_use]
    pub fn with_gcp(
        mut self,
        value: ::std::collections::BTreeMap<
            ::std::string::String,
            ::std::vec::Vec<::std::string::String>,
        >,
    ) -> Self {
        self.gcp = ::std::option::Option::Some(value);
        self
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
/// Outbound Control Plane IP Addresses By Cloud Provider
///
/// List of outbound IP addresses from the Atlas control plane, categorized by cloud provider. If your network allows inbound HTTP requests only from specific IP addresses, you must allow access from the following IP addresses so that Atlas can communicate with your webhooks and KMS.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[non_exhaustive]
pub struct OutboundControlPlaneCloudProviderIpAddresses {
    /// Control plane IP addresses in AWS. Each key identifies an Amazon Web Services (AWS) region. Each value identifies control plane IP addresses in the AWS region.
    pub aws: ::std::option::Option<
        ::std::collections::BTreeMap<
            ::std::string::String,
            ::std::vec::Vec<::std::string::String>,
        >,
    >,
    /// Control plane IP addresses in Azure. Each key identifies an Azure region. Each value identifies control plane IP addresses in the Azure region.
    pub azure: ::std::option::Option<
        ::std::collections::BTreeMap<
            ::std::string::String,
            ::std::vec::Vec<::std::string::String>,
        >,
    >,
    /// Control plane IP addresses in GCP. Each key identifies a Google Cloud (GCP) region. Each value identifies control plane IP addresses in the GCP region.
    pub gcp: ::std::option::Option<
        ::std::collections::BTreeMap<
            ::std::string::String,
            ::std::vec::Vec<::std::string::String>,
        >,
    >,
}
impl ::serde::Serialize for OutboundControlPlaneCloudProviderIpAddresses {
    fn serialize<__S: ::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> ::std::result::Result<__S::Ok, __S::Error> {
        crate::__codegen::encode_struct!(
            serializer, self, OutboundControlPlaneCloudProviderIpAddresses { aws :
            optional("aws"), azure : optional("azure"), gcp : optional("gcp"), }
        )
    }
}
impl<'de> ::serde::Deserialize<'de> for OutboundControlPlaneCloudProviderIpAddresses {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::std::result::Result<Self, __D::Error> {
        crate::__codegen::decode_struct!(
            deserializer, OutboundControlPlaneCloudProviderIpAddresses { aws :
            optional(0, "aws"), azure : optional(1, "azure"), gcp : optional(2, "gcp"), }
        )
    }
}
impl OutboundControlPlaneCloudProviderIpAddresses {
    /// Creates a value with every optional field unset.
    pub fn new() -> Self {
        Self {
            aws: ::std::option::Option::None,
            azure: ::std::option::Option::None,
            gcp: ::std::option::Option::None,
        }
    }
    /// Sets `aws`.
    #[must_use]
    pub fn with_aws(
        mut self,
        value: ::std::collections::BTreeMap<
            ::std::string::String,
            ::std::vec::Vec<::std::string::String>,
        >,
    ) -> Self {
        self.aws = ::std::option::Option::Some(value);
        self
    }
    /// Sets `azure`.
    #[must_use]
    pub fn with_azure(
        mut self,
        value: ::std::collections::BTreeMap<
            ::std::string::String,
            ::std::vec::Vec<::std::string::String>,
        >,
    ) -> Self {
        self.azure = ::std::option::Option::Some(value);
        self
    }
    /// Sets `gcp`.
    #[must_use]
    pub fn with_gcp(
        mut self,
        value: ::std::collections::BTreeMap<
            ::std::string::String,
            ::std::vec::Vec<::std::string::String>,
        >,
    ) -> Self {
        self.gcp = ::std::option::Option::Some(value);
        self
    }
}
/// `SystemStatus`
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct SystemStatus {
    /// Details contained in one API key.
    pub api_key: ::std::option::Option<ApiKey>,
    /// Human-readable label that identifies the service from which you requested this response.
    pub app_name: SystemStatusAppName,
    /// Unique 40-hexadecimal digit hash that identifies the latest git commit merged for this application.
    pub build: ::std::string::String,
    /// List of one or more Uniform Resource Locators (URLs) that point to API sub-resources, related API resources, or both. RFC 5988 outlines these relationships.
    ///
    /// Web Linking Specification (RFC 5988): <https://datatracker.ietf.org/doc/html/rfc5988>
    pub links: ::std::option::Option<::std::vec::Vec<Link>>,
    /// Flag that indicates whether someone enabled throttling on this service.
    pub throttling: bool,
}
impl ::serde::Serialize for SystemStatus {
    fn serialize<__S: ::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> ::std::result::Result<__S::Ok, __S::Error> {
        crate::__codegen::encode_struct!(
            serializer, self, SystemStatus { api_key : optional("apiKey"), app_name :
            required("appName"), build : required("build"), links : optional("links"),
            throttling : required("throttling"), }
        )
    }
}
impl<'de> ::serde::Deserialize<'de> for SystemStatus {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::std::result::Result<Self, __D::Error> {
        crate::__codegen::decode_struct!(
            deserializer, SystemStatus { api_key : optional(0, "apiKey"), app_name :
            required(1, "appName"), build : required(2, "build"), links : optional(3,
            "links"), throttling : required(4, "throttling"), }
        )
    }
}
impl SystemStatus {
    /// Creates a value from its required fields (`appName`, `build`, `throttling`); optional fields start unset.
    pub fn new(
        app_name: SystemStatusAppName,
        build: impl ::std::convert::Into<::std::string::String>,
        throttling: bool,
    ) -> Self {
        Self {
            api_key: ::std::option::Option::None,
            app_name,
            build: build.into(),
            links: ::std::option::Option::None,
            throttling,
        }
    }
    /// Sets `apiKey`.
    #[must_use]
    pub fn with_api_key(mut self, value: ApiKey) -> Self {
        self.api_key = ::std::option::Option::Some(value);
        self
    }
    /// Sets `links`.
    #[must_use]
    pub fn with_links(mut self, value: ::std::vec::Vec<Link>) -> Self {
        self.links = ::std::option::Option::Some(value);
        self
    }
}
/// Human-readable label that identifies the service from which you requested this response.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum SystemStatusAppName {
    /// `MongoDB Atlas`
    MongoDbAtlas,
    /// A value this version of the crate does not know, kept as received.
    Unknown(::std::string::String),
}
impl SystemStatusAppName {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::MongoDbAtlas => "MongoDB Atlas",
            Self::Unknown(value) => value.as_str(),
        }
    }
}
impl ::std::convert::From<&str> for SystemStatusAppName {
    fn from(value: &str) -> Self {
        match value {
            "MongoDB Atlas" => Self::MongoDbAtlas,
            _ => Self::Unknown(value.to_owned()),
        }
    }
}
impl ::std::fmt::Display for SystemStatusAppName {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for SystemStatusAppName {
    fn serialize<__S: ::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> ::std::result::Result<__S::Ok, __S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for SystemStatusAppName {
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
impl crate::__codegen::Validate for SystemStatusAppName {
    fn collect_violations(
        &self,
        _at: &str,
        _out: &mut ::std::vec::Vec<crate::__codegen::Violation>,
    ) {}
}
/// The spec's operations: one module each, with a marker type per API version.
pub mod operations {
    /// Return the Status of This MongoDB Application
    ///
    /// This resource returns information about the MongoDB application along with API key meta data.
    ///
    /// `GET /api/atlas/v2`
    ///
    /// Documentation: <https://mongodb.com/docs/atlas/reference/api-resources-spec/v2/#tag/Root/operation/getSystemStatus>
    pub mod get_system_status {
        /// Path and query parameters of `getSystemStatus`.
        #[derive(Debug, Clone, PartialEq, Eq, Default)]
        #[non_exhaustive]
        pub struct Params {
            /// Flag that indicates whether the response body should be in the prettyprint format.
            pub pretty: ::std::option::Option<bool>,
        }
        impl Params {
            /// Creates the parameters from the required ones; optional ones start unset.
            pub fn new() -> Self {
                Self {
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
                if let ::std::option::Option::Some(value) = &self.pretty {
                    query.push(("pretty", value.to_string()));
                }
                query
            }
        }
        /// `getSystemStatus` at API version 2023-01-01 (`application/vnd.atlas.2023-01-01+json`).
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
        pub struct V2023_01_01;
        impl crate::__codegen::Operation for V2023_01_01 {
            type Params = Params;
            type Request = crate::__codegen::NoBody;
            type Response = super::super::SystemStatus;
            type Error = super::super::ApiError;
            const DESCRIPTOR: &'static crate::__codegen::OperationDescriptor = &crate::__codegen::OperationDescriptor {
                operation_id: "getSystemStatus",
                operation_id_override: ::std::option::Option::None,
                method: crate::__codegen::Method::Get,
                path: "/api/atlas/v2",
                version: ::std::option::Option::Some("2023-01-01"),
                accept: "application/vnd.atlas.2023-01-01+json",
                content_type: ::std::option::Option::None,
                request_body_required: false,
                success_status: 200u16,
                sunset: ::std::option::Option::None,
                required_roles: &[],
                parameters: &[
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
                        body: ::std::option::Option::Some("SystemStatus"),
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
    /// Return All Control Plane IP Addresses
    ///
    /// Returns all control plane IP addresses.
    ///
    /// `GET /api/atlas/v2/unauth/controlPlaneIPAddresses`
    ///
    /// Documentation: <https://mongodb.com/docs/atlas/reference/api-resources-spec/v2/#tag/Root/operation/listControlPlaneIpAddresses>
    pub mod list_control_plane_ip_addresses {
        /// Path and query parameters of `listControlPlaneIpAddresses`.
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
        /// `listControlPlaneIpAddresses` at API version 2023-11-15 (`application/vnd.atlas.2023-11-15+json`).
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
        pub struct V2023_11_15;
        impl crate::__codegen::Operation for V2023_11_15 {
            type Params = Params;
            type Request = crate::__codegen::NoBody;
            type Response = super::super::ControlPlaneIpAddresses;
            type Error = super::super::ApiError;
            const DESCRIPTOR: &'static crate::__codegen::OperationDescriptor = &crate::__codegen::OperationDescriptor {
                operation_id: "listControlPlaneIpAddresses",
                operation_id_override: ::std::option::Option::Some(
                    "listControlPlaneAddresses",
                ),
                method: crate::__codegen::Method::Get,
                path: "/api/atlas/v2/unauth/controlPlaneIPAddresses",
                version: ::std::option::Option::Some("2023-11-15"),
                accept: "application/vnd.atlas.2023-11-15+json",
                content_type: ::std::option::Option::None,
                request_body_required: false,
                success_status: 200u16,
                sunset: ::std::option::Option::None,
                required_roles: &[],
                parameters: &[
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
                            "application/vnd.atlas.2023-11-15+json",
                        ),
                        body: ::std::option::Option::Some("ControlPlaneIpAddresses"),
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
        pub type Latest = V2023_11_15;
    }
    /// `listControlPlaneAddresses`: the operation's legacy name for [`list_control_plane_ip_addresses`].
    pub use list_control_plane_ip_addresses as list_control_plane_addresses;
}
