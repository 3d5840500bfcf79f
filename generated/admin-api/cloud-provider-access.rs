// @generated from spec/atlas-api.yaml by atlas-codegen; do not edit.
// Regenerate: cargo build -p atlas-admin-api --features <tags>
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
/// Object that contains the identifying characteristics of the Amazon Web Services (AWS) Key Management Service (KMS). This field always returns a null value.
pub type ApiAtlasCloudProviderAccessFeatureUsageFeatureIdView = ::std::collections::BTreeMap<
    ::std::string::String,
    ::serde_json::Value,
>;
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
/// Details that describe the Atlas log integration linked to this cloud provider access role.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[non_exhaustive]
pub struct CloudProviderAccessAtlasLogIntegrationFeatureUsage {
    /// Identifying characteristics about the Atlas log integration linked to this cloud provider access role.
    pub feature_id: ::std::option::Option<
        CloudProviderAccessFeatureUsageAtlasLogIntegrationFeatureId,
    >,
}
impl ::serde::Serialize for CloudProviderAccessAtlasLogIntegrationFeatureUsage {
    fn serialize<__S: ::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> ::std::result::Result<__S::Ok, __S::Error> {
        crate::__codegen::encode_struct!(
            serializer, self, CloudProviderAccessAtlasLogIntegrationFeatureUsage {
            feature_id : optional("featureId"), } "featureType" = "ATLAS_LOG_INTEGRATION"
        )
    }
}
#[allow(dead_code, non_camel_case_types)]
struct __CloudProviderAccessAtlasLogIntegrationFeatureUsageFields;
impl __CloudProviderAccessAtlasLogIntegrationFeatureUsageFields {
    fn deserialize<'de, __D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::std::result::Result<
        CloudProviderAccessAtlasLogIntegrationFeatureUsage,
        __D::Error,
    > {
        crate::__codegen::decode_struct!(
            deserializer, CloudProviderAccessAtlasLogIntegrationFeatureUsage { feature_id
            : optional(0, "featureId"), }
        )
    }
}
impl<'de> ::serde::Deserialize<'de>
for CloudProviderAccessAtlasLogIntegrationFeatureUsage {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::std::result::Result<Self, __D::Error> {
        crate::__codegen::deserialize_tag_checked(
            deserializer,
            "featureType",
            "ATLAS_LOG_INTEGRATION",
            __CloudProviderAccessAtlasLogIntegrationFeatureUsageFields::deserialize,
        )
    }
}
impl CloudProviderAccessAtlasLogIntegrationFeatureUsage {
    /// Creates a value with every optional field unset.
    pub fn new() -> Self {
        Self {
            feature_id: ::std::option::Option::None,
        }
    }
    /// Sets `featureId`.
    #[must_use]
    pub fn with_feature_id(
        mut self,
        value: CloudProviderAccessFeatureUsageAtlasLogIntegrationFeatureId,
    ) -> Self {
        self.feature_id = ::std::option::Option::Some(value);
        self
    }
}
/// Details that describe the features linked to the Amazon Web Services (AWS) Identity and Access Management (IAM) role.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[non_exhaustive]
pub struct CloudProviderAccessAwsiamRole {
    /// Amazon Resource Name that identifies the Amazon Web Services (AWS) user account that MongoDB Cloud uses when it assumes the Identity and Access Management (IAM) role.
    pub atlas_aws_account_arn: ::std::option::Option<::std::string::String>,
    /// Unique external ID that MongoDB Cloud uses when it assumes the IAM role in your Amazon Web Services (AWS) account.
    pub atlas_assumed_role_external_id: ::std::option::Option<::std::string::String>,
    /// Date and time when someone authorized this role for the specified cloud service provider. This parameter expresses its value in the ISO 8601 timestamp format in UTC.
    pub authorized_date: ::std::option::Option<::std::string::String>,
    /// Date and time when someone created this role for the specified cloud service provider. This parameter expresses its value in the ISO 8601 timestamp format in UTC.
    pub created_date: ::std::option::Option<::std::string::String>,
    /// List that contains application features associated with this Amazon Web Services (AWS) Identity and Access Management (IAM) role.
    pub feature_usages: ::std::option::Option<
        ::std::vec::Vec<CloudProviderAccessFeatureUsage>,
    >,
    /// Amazon Resource Name (ARN) that identifies the Amazon Web Services (AWS) Identity and Access Management (IAM) role that MongoDB Cloud assumes when it accesses resources in your AWS account.
    pub iam_assumed_role_arn: ::std::option::Option<::std::string::String>,
    /// Unique 24-hexadecimal digit string that identifies the role.
    pub role_id: ::std::option::Option<::std::string::String>,
}
impl ::serde::Serialize for CloudProviderAccessAwsiamRole {
    fn serialize<__S: ::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> ::std::result::Result<__S::Ok, __S::Error> {
        crate::__codegen::encode_struct!(
            serializer, self, CloudProviderAccessAwsiamRole { atlas_aws_account_arn :
            optional("atlasAWSAccountArn"), atlas_assumed_role_external_id :
            optional("atlasAssumedRoleExternalId"), authorized_date :
            optional("authorizedDate"), created_date : optional("createdDate"),
            feature_usages : optional("featureUsages"), iam_assumed_role_arn :
            optional("iamAssumedRoleArn"), role_id : optional("roleId"), } "providerName"
            = "AWS"
        )
    }
}
#[allow(dead_code, non_camel_case_types)]
struct __CloudProviderAccessAwsiamRoleFields;
impl __CloudProviderAccessAwsiamRoleFields {
    fn deserialize<'de, __D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::std::result::Result<CloudProviderAccessAwsiamRole, __D::Error> {
        crate::__codegen::decode_struct!(
            deserializer, CloudProviderAccessAwsiamRole { atlas_aws_account_arn :
            optional(0, "atlasAWSAccountArn"), atlas_assumed_role_external_id :
            optional(1, "atlasAssumedRoleExternalId"), authorized_date : optional(2,
            "authorizedDate"), created_date : optional(3, "createdDate"), feature_usages
            : optional(4, "featureUsages"), iam_assumed_role_arn : optional(5,
            "iamAssumedRoleArn"), role_id : optional(6, "roleId"), }
        )
    }
}
impl<'de> ::serde::Deserialize<'de> for CloudProviderAccessAwsiamRole {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::std::result::Result<Self, __D::Error> {
        crate::__codegen::deserialize_tag_checked(
            deserializer,
            "providerName",
            "AWS",
            __CloudProviderAccessAwsiamRoleFields::deserialize,
        )
    }
}
impl CloudProviderAccessAwsiamRole {
    /// Creates a value with every optional field unset.
    pub fn new() -> Self {
        Self {
            atlas_aws_account_arn: ::std::option::Option::None,
            atlas_assumed_role_external_id: ::std::option::Option::None,
            authorized_date: ::std::option::Option::None,
            created_date: ::std::option::Option::None,
            feature_usages: ::std::option::Option::None,
            iam_assumed_role_arn: ::std::option::Option::None,
            role_id: ::std::option::Option::None,
        }
    }
    /// Sets `atlasAWSAccountArn`.
    #[must_use]
    pub fn with_atlas_aws_account_arn(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.atlas_aws_account_arn = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `atlasAssumedRoleExternalId`.
    #[must_use]
    pub fn with_atlas_assumed_role_external_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.atlas_assumed_role_external_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `authorizedDate`.
    #[must_use]
    pub fn with_authorized_date(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.authorized_date = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `createdDate`.
    #[must_use]
    pub fn with_created_date(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.created_date = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `featureUsages`.
    #[must_use]
    pub fn with_feature_usages(
        mut self,
        value: ::std::vec::Vec<CloudProviderAccessFeatureUsage>,
    ) -> Self {
        self.feature_usages = ::std::option::Option::Some(value);
        self
    }
    /// Sets `iamAssumedRoleArn`.
    #[must_use]
    pub fn with_iam_assumed_role_arn(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.iam_assumed_role_arn = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `roleId`.
    #[must_use]
    pub fn with_role_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.role_id = ::std::option::Option::Some(value.into());
        self
    }
}
/// Details that describe the features linked to the Amazon Web Services (AWS) Identity and Access Management (IAM) role.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[non_exhaustive]
pub struct CloudProviderAccessAwsiamRoleRequest {}
impl ::serde::Serialize for CloudProviderAccessAwsiamRoleRequest {
    fn serialize<__S: ::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> ::std::result::Result<__S::Ok, __S::Error> {
        crate::__codegen::encode_struct!(
            serializer, self, CloudProviderAccessAwsiamRoleRequest {} "providerName" =
            "AWS"
        )
    }
}
#[allow(dead_code, non_camel_case_types)]
struct __CloudProviderAccessAwsiamRoleRequestFields;
impl __CloudProviderAccessAwsiamRoleRequestFields {
    fn deserialize<'de, __D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::std::result::Result<CloudProviderAccessAwsiamRoleRequest, __D::Error> {
        crate::__codegen::decode_struct!(
            deserializer, CloudProviderAccessAwsiamRoleRequest {}
        )
    }
}
impl<'de> ::serde::Deserialize<'de> for CloudProviderAccessAwsiamRoleRequest {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::std::result::Result<Self, __D::Error> {
        crate::__codegen::deserialize_tag_checked(
            deserializer,
            "providerName",
            "AWS",
            __CloudProviderAccessAwsiamRoleRequestFields::deserialize,
        )
    }
}
impl CloudProviderAccessAwsiamRoleRequest {
    /// Creates a value with every optional field unset.
    pub fn new() -> Self {
        Self {}
    }
}
impl crate::__codegen::Validate for CloudProviderAccessAwsiamRoleRequest {
    fn collect_violations(
        &self,
        _at: &str,
        _out: &mut ::std::vec::Vec<crate::__codegen::Violation>,
    ) {}
}
/// Details that describe the features linked to the Amazon Web Services (AWS) Identity and Access Management (IAM) role.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[non_exhaustive]
pub struct CloudProviderAccessAwsiamRoleRequestUpdate {
    /// Amazon Resource Name (ARN) that identifies the Amazon Web Services (AWS) Identity and Access Management (IAM) role that MongoDB Cloud assumes when it accesses resources in your AWS account.
    pub iam_assumed_role_arn: ::std::option::Option<::std::string::String>,
}
impl ::serde::Serialize for CloudProviderAccessAwsiamRoleRequestUpdate {
    fn serialize<__S: ::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> ::std::result::Result<__S::Ok, __S::Error> {
        crate::__codegen::encode_struct!(
            serializer, self, CloudProviderAccessAwsiamRoleRequestUpdate {
            iam_assumed_role_arn : optional("iamAssumedRoleArn"), } "providerName" =
            "AWS"
        )
    }
}
#[allow(dead_code, non_camel_case_types)]
struct __CloudProviderAccessAwsiamRoleRequestUpdateFields;
impl __CloudProviderAccessAwsiamRoleRequestUpdateFields {
    fn deserialize<'de, __D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::std::result::Result<CloudProviderAccessAwsiamRoleRequestUpdate, __D::Error> {
        crate::__codegen::decode_struct!(
            deserializer, CloudProviderAccessAwsiamRoleRequestUpdate {
            iam_assumed_role_arn : optional(0, "iamAssumedRoleArn"), }
        )
    }
}
impl<'de> ::serde::Deserialize<'de> for CloudProviderAccessAwsiamRoleRequestUpdate {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::std::result::Result<Self, __D::Error> {
        crate::__codegen::deserialize_tag_checked(
            deserializer,
            "providerName",
            "AWS",
            __CloudProviderAccessAwsiamRoleRequestUpdateFields::deserialize,
        )
    }
}
impl CloudProviderAccessAwsiamRoleRequestUpdate {
    /// Creates a value with every optional field unset.
    pub fn new() -> Self {
        Self {
            iam_assumed_role_arn: ::std::option::Option::None,
        }
    }
    /// Sets `iamAssumedRoleArn`.
    #[must_use]
    pub fn with_iam_assumed_role_arn(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.iam_assumed_role_arn = ::std::option::Option::Some(value.into());
        self
    }
}
impl crate::__codegen::Validate for CloudProviderAccessAwsiamRoleRequestUpdate {
    fn collect_violations(
        &self,
        at: &str,
        out: &mut ::std::vec::Vec<crate::__codegen::Violation>,
    ) {
        if let ::std::option::Option::Some(value) = &self.iam_assumed_role_arn {
            crate::__codegen::check_str(
                out,
                crate::__codegen::Location::Body,
                at,
                "/iamAssumedRoleArn",
                value,
                &crate::__codegen::StrRule {
                    min_length: ::std::option::Option::Some(20usize),
                    max_length: ::std::option::Option::Some(2048usize),
                    pattern: ::std::option::Option::None,
                    uuid: false,
                },
            );
        }
    }
}
/// Details that describe the features linked to the Azure Service Principal.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[non_exhaustive]
pub struct CloudProviderAccessAzureServicePrincipal {
    /// Unique 24-hexadecimal digit string that identifies the role.
    pub id: ::std::option::Option<::std::string::String>,
    /// Azure Active Directory Application ID of Atlas. This field is optional and will be derived from the Azure subscription if not provided.
    pub atlas_azure_app_id: ::std::option::Option<::std::string::String>,
    /// Date and time when this Azure Service Principal was created. This parameter expresses its value in the ISO 8601 timestamp format in UTC.
    pub created_date: ::std::option::Option<::std::string::String>,
    /// List that contains application features associated with this Azure Service Principal.
    pub feature_usages: ::std::option::Option<
        ::std::vec::Vec<CloudProviderAccessFeatureUsage>,
    >,
    /// Date and time when this Azure Service Principal was last updated. This parameter expresses its value in the ISO 8601 timestamp format in UTC.
    pub last_updated_date: ::std::option::Option<::std::string::String>,
    /// UUID string that identifies the Azure Service Principal.
    pub service_principal_id: ::std::option::Option<::std::string::String>,
    /// UUID String that identifies the Azure Active Directory Tenant ID.
    pub tenant_id: ::std::option::Option<::std::string::String>,
}
impl ::serde::Serialize for CloudProviderAccessAzureServicePrincipal {
    fn serialize<__S: ::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> ::std::result::Result<__S::Ok, __S::Error> {
        crate::__codegen::encode_struct!(
            serializer, self, CloudProviderAccessAzureServicePrincipal { id :
            optional("_id"), atlas_azure_app_id : optional("atlasAzureAppId"),
            created_date : optional("createdDate"), feature_usages :
            optional("featureUsages"), last_updated_date : optional("lastUpdatedDate"),
            service_principal_id : optional("servicePrincipalId"), tenant_id :
            optional("tenantId"), } "providerName" = "AZURE"
        )
    }
}
#[allow(dead_code, non_camel_case_types)]
struct __CloudProviderAccessAzureServicePrincipalFields;
impl __CloudProviderAccessAzureServicePrincipalFields {
    fn deserialize<'de, __D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::std::result::Result<CloudProviderAccessAzureServicePrincipal, __D::Error> {
        crate::__codegen::decode_struct!(
            deserializer, CloudProviderAccessAzureServicePrincipal { id : optional(0,
            "_id"), atlas_azure_app_id : optional(1, "atlasAzureAppId"), created_date :
            optional(2, "createdDate"), feature_usages : optional(3, "featureUsages"),
            last_updated_date : optional(4, "lastUpdatedDate"), service_principal_id :
            optional(5, "servicePrincipalId"), tenant_id : optional(6, "tenantId"), }
        )
    }
}
impl<'de> ::serde::Deserialize<'de> for CloudProviderAccessAzureServicePrincipal {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::std::result::Result<Self, __D::Error> {
        crate::__codegen::deserialize_tag_checked(
            deserializer,
            "providerName",
            "AZURE",
            __CloudProviderAccessAzureServicePrincipalFields::deserialize,
        )
    }
}
impl CloudProviderAccessAzureServicePrincipal {
    /// Creates a value with every optional field unset.
    pub fn new() -> Self {
        Self {
            id: ::std::option::Option::None,
            atlas_azure_app_id: ::std::option::Option::None,
            created_date: ::std::option::Option::None,
            feature_usages: ::std::option::Option::None,
            last_updated_date: ::std::option::Option::None,
            service_principal_id: ::std::option::Option::None,
            tenant_id: ::std::option::Option::None,
        }
    }
    /// Sets `_id`.
    #[must_use]
    pub fn with_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `atlasAzureAppId`.
    #[must_use]
    pub fn with_atlas_azure_app_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.atlas_azure_app_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `createdDate`.
    #[must_use]
    pub fn with_created_date(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.created_date = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `featureUsages`.
    #[must_use]
    pub fn with_feature_usages(
        mut self,
        value: ::std::vec::Vec<CloudProviderAccessFeatureUsage>,
    ) -> Self {
        self.feature_usages = ::std::option::Option::Some(value);
        self
    }
    /// Sets `lastUpdatedDate`.
    #[must_use]
    pub fn with_last_updated_date(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.last_updated_date = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `servicePrincipalId`.
    #[must_use]
    pub fn with_service_principal_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.service_principal_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `tenantId`.
    #[must_use]
    pub fn with_tenant_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.tenant_id = ::std::option::Option::Some(value.into());
        self
    }
}
/// Details that describe the features linked to the Azure Service Principal.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[non_exhaustive]
pub struct CloudProviderAccessAzureServicePrincipalRequest {
    /// Azure Active Directory Application ID of Atlas. This field is optional and will be derived from the Azure subscription if not provided.
    pub atlas_azure_app_id: ::std::option::Option<::std::string::String>,
    /// UUID string that identifies the Azure Service Principal.
    pub service_principal_id: ::std::option::Option<::std::string::String>,
    /// UUID String that identifies the Azure Active Directory Tenant ID.
    pub tenant_id: ::std::option::Option<::std::string::String>,
}
impl ::serde::Serialize for CloudProviderAccessAzureServicePrincipalRequest {
    fn serialize<__S: ::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> ::std::result::Result<__S::Ok, __S::Error> {
        crate::__codegen::encode_struct!(
            serializer, self, CloudProviderAccessAzureServicePrincipalRequest {
            atlas_azure_app_id : optional("atlasAzureAppId"), service_principal_id :
            optional("servicePrincipalId"), tenant_id : optional("tenantId"), }
            "providerName" = "AZURE"
        )
    }
}
#[allow(dead_code, non_camel_case_types)]
struct __CloudProviderAccessAzureServicePrincipalRequestFields;
impl __CloudProviderAccessAzureServicePrincipalRequestFields {
    fn deserialize<'de, __D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::std::result::Result<
        CloudProviderAccessAzureServicePrincipalRequest,
        __D::Error,
    > {
        crate::__codegen::decode_struct!(
            deserializer, CloudProviderAccessAzureServicePrincipalRequest {
            atlas_azure_app_id : optional(0, "atlasAzureAppId"), service_principal_id :
            optional(1, "servicePrincipalId"), tenant_id : optional(2, "tenantId"), }
        )
    }
}
impl<'de> ::serde::Deserialize<'de> for CloudProviderAccessAzureServicePrincipalRequest {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::std::result::Result<Self, __D::Error> {
        crate::__codegen::deserialize_tag_checked(
            deserializer,
            "providerName",
            "AZURE",
            __CloudProviderAccessAzureServicePrincipalRequestFields::deserialize,
        )
    }
}
impl CloudProviderAccessAzureServicePrincipalRequest {
    /// Creates a value with every optional field unset.
    pub fn new() -> Self {
        Self {
            atlas_azure_app_id: ::std::option::Option::None,
            service_principal_id: ::std::option::Option::None,
            tenant_id: ::std::option::Option::None,
        }
    }
    /// Sets `atlasAzureAppId`.
    #[must_use]
    pub fn with_atlas_azure_app_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.atlas_azure_app_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `servicePrincipalId`.
    #[must_use]
    pub fn with_service_principal_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.service_principal_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `tenantId`.
    #[must_use]
    pub fn with_tenant_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.tenant_id = ::std::option::Option::Some(value.into());
        self
    }
}
impl crate::__codegen::Validate for CloudProviderAccessAzureServicePrincipalRequest {
    fn collect_violations(
        &self,
        at: &str,
        out: &mut ::std::vec::Vec<crate::__codegen::Violation>,
    ) {
        if let ::std::option::Option::Some(value) = &self.atlas_azure_app_id {
            crate::__codegen::check_str(
                out,
                crate::__codegen::Location::Body,
                at,
                "/atlasAzureAppId",
                value,
                &crate::__codegen::StrRule {
                    min_length: ::std::option::Option::None,
                    max_length: ::std::option::Option::None,
                    pattern: ::std::option::Option::None,
                    uuid: true,
                },
            );
        }
        if let ::std::option::Option::Some(value) = &self.service_principal_id {
            crate::__codegen::check_str(
                out,
                crate::__codegen::Location::Body,
                at,
                "/servicePrincipalId",
                value,
                &crate::__codegen::StrRule {
                    min_length: ::std::option::Option::None,
                    max_length: ::std::option::Option::None,
                    pattern: ::std::option::Option::None,
                    uuid: true,
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
/// Details that describe the features linked to the Azure Service Principal.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[non_exhaustive]
pub struct CloudProviderAccessAzureServicePrincipalRequestUpdate {
    /// Azure Active Directory Application ID of Atlas. This field is optional and will be derived from the Azure subscription if not provided.
    pub atlas_azure_app_id: ::std::option::Option<::std::string::String>,
    /// UUID string that identifies the Azure Service Principal.
    pub service_principal_id: ::std::option::Option<::std::string::String>,
    /// UUID String that identifies the Azure Active Directory Tenant ID.
    pub tenant_id: ::std::option::Option<::std::string::String>,
}
impl ::serde::Serialize for CloudProviderAccessAzureServicePrincipalRequestUpdate {
    fn serialize<__S: ::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> ::std::result::Result<__S::Ok, __S::Error> {
        crate::__codegen::encode_struct!(
            serializer, self, CloudProviderAccessAzureServicePrincipalRequestUpdate {
            atlas_azure_app_id : optional("atlasAzureAppId"), service_principal_id :
            optional("servicePrincipalId"), tenant_id : optional("tenantId"), }
            "providerName" = "AZURE"
        )
    }
}
#[allow(dead_code, non_camel_case_types)]
struct __CloudProviderAccessAzureServicePrincipalRequestUpdateFields;
impl __CloudProviderAccessAzureServicePrincipalRequestUpdateFields {
    fn deserialize<'de, __D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::std::result::Result<
        CloudProviderAccessAzureServicePrincipalRequestUpdate,
        __D::Error,
    > {
        crate::__codegen::decode_struct!(
            deserializer, CloudProviderAccessAzureServicePrincipalRequestUpdate {
            atlas_azure_app_id : optional(0, "atlasAzureAppId"), service_principal_id :
            optional(1, "servicePrincipalId"), tenant_id : optional(2, "tenantId"), }
        )
    }
}
impl<'de> ::serde::Deserialize<'de>
for CloudProviderAccessAzureServicePrincipalRequestUpdate {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::std::result::Result<Self, __D::Error> {
        crate::__codegen::deserialize_tag_checked(
            deserializer,
            "providerName",
            "AZURE",
            __CloudProviderAccessAzureServicePrincipalRequestUpdateFields::deserialize,
        )
    }
}
impl CloudProviderAccessAzureServicePrincipalRequestUpdate {
    /// Creates a value with every optional field unset.
    pub fn new() -> Self {
        Self {
            atlas_azure_app_id: ::std::option::Option::None,
            service_principal_id: ::std::option::Option::None,
            tenant_id: ::std::option::Option::None,
        }
    }
    /// Sets `atlasAzureAppId`.
    #[must_use]
    pub fn with_atlas_azure_app_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.atlas_azure_app_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `servicePrincipalId`.
    #[must_use]
    pub fn with_service_principal_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.service_principal_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `tenantId`.
    #[must_use]
    pub fn with_tenant_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.tenant_id = ::std::option::Option::Some(value.into());
        self
    }
}
impl crate::__codegen::Validate
for CloudProviderAccessAzureServicePrincipalRequestUpdate {
    fn collect_violations(
        &self,
        at: &str,
        out: &mut ::std::vec::Vec<crate::__codegen::Violation>,
    ) {
        if let ::std::option::Option::Some(value) = &self.atlas_azure_app_id {
            crate::__codegen::check_str(
                out,
                crate::__codegen::Location::Body,
                at,
                "/atlasAzureAppId",
                value,
                &crate::__codegen::StrRule {
                    min_length: ::std::option::Option::None,
                    max_length: ::std::option::Option::None,
                    pattern: ::std::option::Option::None,
                    uuid: true,
                },
            );
        }
        if let ::std::option::Option::Some(value) = &self.service_principal_id {
            crate::__codegen::check_str(
                out,
                crate::__codegen::Location::Body,
                at,
                "/servicePrincipalId",
                value,
                &crate::__codegen::StrRule {
                    min_length: ::std::option::Option::None,
                    max_length: ::std::option::Option::None,
                    pattern: ::std::option::Option::None,
                    uuid: true,
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
/// Details that describe the Atlas Data Lakes linked to this Amazon Web Services (AWS) Identity and Access Management (IAM) role.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[non_exhaustive]
pub struct CloudProviderAccessDataLakeFeatureUsage {
    /// Identifying characteristics about the data lake linked to this Amazon Web Services (AWS) Identity and Access Management (IAM) role.
    pub feature_id: ::std::option::Option<
        CloudProviderAccessFeatureUsageDataLakeFeatureId,
    >,
}
impl ::serde::Serialize for CloudProviderAccessDataLakeFeatureUsage {
    fn serialize<__S: ::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> ::std::result::Result<__S::Ok, __S::Error> {
        crate::__codegen::encode_struct!(
            serializer, self, CloudProviderAccessDataLakeFeatureUsage { feature_id :
            optional("featureId"), } "featureType" = "ATLAS_DATA_LAKE"
        )
    }
}
#[allow(dead_code, non_camel_case_types)]
struct __CloudProviderAccessDataLakeFeatureUsageFields;
impl __CloudProviderAccessDataLakeFeatureUsageFields {
    fn deserialize<'de, __D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::std::result::Result<CloudProviderAccessDataLakeFeatureUsage, __D::Error> {
        crate::__codegen::decode_struct!(
            deserializer, CloudProviderAccessDataLakeFeatureUsage { feature_id :
            optional(0, "featureId"), }
        )
    }
}
impl<'de> ::serde::Deserialize<'de> for CloudProviderAccessDataLakeFeatureUsage {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::std::result::Result<Self, __D::Error> {
        crate::__codegen::deserialize_tag_checked(
            deserializer,
            "featureType",
            "ATLAS_DATA_LAKE",
            __CloudProviderAccessDataLakeFeatureUsageFields::deserialize,
        )
    }
}
impl CloudProviderAccessDataLakeFeatureUsage {
    /// Creates a value with every optional field unset.
    pub fn new() -> Self {
        Self {
            feature_id: ::std::option::Option::None,
        }
    }
    /// Sets `featureId`.
    #[must_use]
    pub fn with_feature_id(
        mut self,
        value: CloudProviderAccessFeatureUsageDataLakeFeatureId,
    ) -> Self {
        self.feature_id = ::std::option::Option::Some(value);
        self
    }
}
/// Details that describe the Key Management Service (KMS) linked to this Amazon Web Services (AWS) Identity and Access Management (IAM) role.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[non_exhaustive]
pub struct CloudProviderAccessEncryptionAtRestFeatureUsage {
    /// Object that contains the identifying characteristics of the Amazon Web Services (AWS) Key Management Service (KMS). This field always returns a null value.
    pub feature_id: ::std::option::Option<
        ApiAtlasCloudProviderAccessFeatureUsageFeatureIdView,
    >,
}
impl ::serde::Serialize for CloudProviderAccessEncryptionAtRestFeatureUsage {
    fn serialize<__S: ::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> ::std::result::Result<__S::Ok, __S::Error> {
        crate::__codegen::encode_struct!(
            serializer, self, CloudProviderAccessEncryptionAtRestFeatureUsage {
            feature_id : optional("featureId"), } "featureType" = "ENCRYPTION_AT_REST"
        )
    }
}
#[allow(dead_code, non_camel_case_types)]
struct __CloudProviderAccessEncryptionAtRestFeatureUsageFields;
impl __CloudProviderAccessEncryptionAtRestFeatureUsageFields {
    fn deserialize<'de, __D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::std::result::Result<
        CloudProviderAccessEncryptionAtRestFeatureUsage,
        __D::Error,
    > {
        crate::__codegen::decode_struct!(
            deserializer, CloudProviderAccessEncryptionAtRestFeatureUsage { feature_id :
            optional(0, "featureId"), }
        )
    }
}
impl<'de> ::serde::Deserialize<'de> for CloudProviderAccessEncryptionAtRestFeatureUsage {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::std::result::Result<Self, __D::Error> {
        crate::__codegen::deserialize_tag_checked(
            deserializer,
            "featureType",
            "ENCRYPTION_AT_REST",
            __CloudProviderAccessEncryptionAtRestFeatureUsageFields::deserialize,
        )
    }
}
impl CloudProviderAccessEncryptionAtRestFeatureUsage {
    /// Creates a value with every optional field unset.
    pub fn new() -> Self {
        Self {
            feature_id: ::std::option::Option::None,
        }
    }
    /// Sets `featureId`.
    #[must_use]
    pub fn with_feature_id(
        mut self,
        value: ApiAtlasCloudProviderAccessFeatureUsageFeatureIdView,
    ) -> Self {
        self.feature_id = ::std::option::Option::Some(value);
        self
    }
}
/// Details that describe the Amazon Web Services (AWS) Simple Storage Service (S3) export buckets linked to this AWS Identity and Access Management (IAM) role.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[non_exhaustive]
pub struct CloudProviderAccessExportSnapshotFeatureUsage {
    /// Identifying characteristics about the Amazon Web Services (AWS) Simple Storage Service (S3) export bucket linked to this AWS Identity and Access Management (IAM) role.
    pub feature_id: ::std::option::Option<
        CloudProviderAccessFeatureUsageExportSnapshotFeatureId,
    >,
}
impl ::serde::Serialize for CloudProviderAccessExportSnapshotFeatureUsage {
    fn serialize<__S: ::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> ::std::result::Result<__S::Ok, __S::Error> {
        crate::__codegen::encode_struct!(
            serializer, self, CloudProviderAccessExportSnapshotFeatureUsage { feature_id
            : optional("featureId"), } "featureType" = "EXPORT_SNAPSHOT"
        )
    }
}
#[allow(dead_code, non_camel_case_types)]
struct __CloudProviderAccessExportSnapshotFeatureUsageFields;
impl __CloudProviderAccessExportSnapshotFeatureUsageFields {
    fn deserialize<'de, __D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::std::result::Result<
        CloudProviderAccessExportSnapshotFeatureUsage,
        __D::Error,
    > {
        crate::__codegen::decode_struct!(
            deserializer, CloudProviderAccessExportSnapshotFeatureUsage { feature_id :
            optional(0, "featureId"), }
        )
    }
}
impl<'de> ::serde::Deserialize<'de> for CloudProviderAccessExportSnapshotFeatureUsage {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::std::result::Result<Self, __D::Error> {
        crate::__codegen::deserialize_tag_checked(
            deserializer,
            "featureType",
            "EXPORT_SNAPSHOT",
            __CloudProviderAccessExportSnapshotFeatureUsageFields::deserialize,
        )
    }
}
impl CloudProviderAccessExportSnapshotFeatureUsage {
    /// Creates a value with every optional field unset.
    pub fn new() -> Self {
        Self {
            feature_id: ::std::option::Option::None,
        }
    }
    /// Sets `featureId`.
    #[must_use]
    pub fn with_feature_id(
        mut self,
        value: CloudProviderAccessFeatureUsageExportSnapshotFeatureId,
    ) -> Self {
        self.feature_id = ::std::option::Option::Some(value);
        self
    }
}
/// MongoDB Cloud features associated with this Amazon Web Services (AWS) Identity and Access Management (IAM) role.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum CloudProviderAccessFeatureUsage {
    /// `featureType: ATLAS_DATA_LAKE`.
    AtlasDataLake(CloudProviderAccessDataLakeFeatureUsage),
    /// `featureType: ATLAS_LOG_INTEGRATION`.
    AtlasLogIntegration(CloudProviderAccessAtlasLogIntegrationFeatureUsage),
    /// `featureType: ENCRYPTION_AT_REST`.
    EncryptionAtRest(CloudProviderAccessEncryptionAtRestFeatureUsage),
    /// `featureType: EXPORT_SNAPSHOT`.
    ExportSnapshot(CloudProviderAccessExportSnapshotFeatureUsage),
    /// `featureType: PUSH_BASED_LOG_EXPORT`.
    PushBasedLogExport(CloudProviderAccessPushBasedLogExportFeatureUsage),
    /// A value whose tag this version of the crate does not know; the JSON is kept as received and re-serialized unchanged.
    Unknown(::serde_json::Value),
}
impl CloudProviderAccessFeatureUsage {
    /// The `featureType` of this value.
    pub fn feature_type(&self) -> &str {
        match self {
            Self::AtlasDataLake(_) => "ATLAS_DATA_LAKE",
            Self::AtlasLogIntegration(_) => "ATLAS_LOG_INTEGRATION",
            Self::EncryptionAtRest(_) => "ENCRYPTION_AT_REST",
            Self::ExportSnapshot(_) => "EXPORT_SNAPSHOT",
            Self::PushBasedLogExport(_) => "PUSH_BASED_LOG_EXPORT",
            Self::Unknown(value) => {
                value
                    .get("featureType")
                    .and_then(::serde_json::Value::as_str)
                    .unwrap_or_default()
            }
        }
    }
}
impl ::std::convert::From<CloudProviderAccessDataLakeFeatureUsage>
for CloudProviderAccessFeatureUsage {
    fn from(value: CloudProviderAccessDataLakeFeatureUsage) -> Self {
        Self::AtlasDataLake(value)
    }
}
impl ::std::convert::From<CloudProviderAccessAtlasLogIntegrationFeatureUsage>
for CloudProviderAccessFeatureUsage {
    fn from(value: CloudProviderAccessAtlasLogIntegrationFeatureUsage) -> Self {
        Self::AtlasLogIntegration(value)
    }
}
impl ::std::convert::From<CloudProviderAccessEncryptionAtRestFeatureUsage>
for CloudProviderAccessFeatureUsage {
    fn from(value: CloudProviderAccessEncryptionAtRestFeatureUsage) -> Self {
        Self::EncryptionAtRest(value)
    }
}
impl ::std::convert::From<CloudProviderAccessExportSnapshotFeatureUsage>
for CloudProviderAccessFeatureUsage {
    fn from(value: CloudProviderAccessExportSnapshotFeatureUsage) -> Self {
        Self::ExportSnapshot(value)
    }
}
impl ::std::convert::From<CloudProviderAccessPushBasedLogExportFeatureUsage>
for CloudProviderAccessFeatureUsage {
    fn from(value: CloudProviderAccessPushBasedLogExportFeatureUsage) -> Self {
        Self::PushBasedLogExport(value)
    }
}
impl ::serde::Serialize for CloudProviderAccessFeatureUsage {
    fn serialize<__S: ::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> ::std::result::Result<__S::Ok, __S::Error> {
        match self {
            Self::AtlasDataLake(value) => {
                ::serde::Serialize::serialize(value, serializer)
            }
            Self::AtlasLogIntegration(value) => {
                ::serde::Serialize::serialize(value, serializer)
            }
            Self::EncryptionAtRest(value) => {
                ::serde::Serialize::serialize(value, serializer)
            }
            Self::ExportSnapshot(value) => {
                ::serde::Serialize::serialize(value, serializer)
            }
            Self::PushBasedLogExport(value) => {
                ::serde::Serialize::serialize(value, serializer)
            }
            Self::Unknown(value) => ::serde::Serialize::serialize(value, serializer),
        }
    }
}
impl crate::__codegen::Tagged for CloudProviderAccessFeatureUsage {
    const TAG: &'static str = "featureType";
    fn decode_variant<'de, __D: ::serde::Deserializer<'de>>(
        tag: &str,
        object: __D,
    ) -> ::std::result::Result<Self, __D::Error> {
        match tag {
            "ATLAS_DATA_LAKE" => {
                __CloudProviderAccessDataLakeFeatureUsageFields::deserialize(object)
                    .map(Self::AtlasDataLake)
            }
            "ATLAS_LOG_INTEGRATION" => {
                __CloudProviderAccessAtlasLogIntegrationFeatureUsageFields::deserialize(
                        object,
                    )
                    .map(Self::AtlasLogIntegration)
            }
            "ENCRYPTION_AT_REST" => {
                __CloudProviderAccessEncryptionAtRestFeatureUsageFields::deserialize(
                        object,
                    )
                    .map(Self::EncryptionAtRest)
            }
            "EXPORT_SNAPSHOT" => {
                __CloudProviderAccessExportSnapshotFeatureUsageFields::deserialize(
                        object,
                    )
                    .map(Self::ExportSnapshot)
            }
            "PUSH_BASED_LOG_EXPORT" => {
                __CloudProviderAccessPushBasedLogExportFeatureUsageFields::deserialize(
                        object,
                    )
                    .map(Self::PushBasedLogExport)
            }
            _ => {
                <::serde_json::Value as ::serde::Deserialize>::deserialize(object)
                    .map(Self::Unknown)
            }
        }
    }
}
impl<'de> ::serde::Deserialize<'de> for CloudProviderAccessFeatureUsage {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::std::result::Result<Self, __D::Error> {
        crate::__codegen::deserialize_tagged(deserializer)
    }
}
/// Identifying characteristics about the Atlas log integration linked to this cloud provider access role.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[non_exhaustive]
pub struct CloudProviderAccessFeatureUsageAtlasLogIntegrationFeatureId {
    /// Unique 24-hexadecimal digit string that identifies the Atlas log integration configuration.
    pub config_id: ::std::option::Option<::std::string::String>,
    /// Unique 24-hexadecimal digit string that identifies your project.
    pub group_id: ::std::option::Option<::std::string::String>,
    /// Human-readable label that identifies the sink, such as an S3/GCS bucket or Azure container name.
    pub sink_name: ::std::option::Option<::std::string::String>,
}
impl ::serde::Serialize for CloudProviderAccessFeatureUsageAtlasLogIntegrationFeatureId {
    fn serialize<__S: ::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> ::std::result::Result<__S::Ok, __S::Error> {
        crate::__codegen::encode_struct!(
            serializer, self, CloudProviderAccessFeatureUsageAtlasLogIntegrationFeatureId
            { config_id : optional("configId"), group_id : optional("groupId"), sink_name
            : optional("sinkName"), }
        )
    }
}
impl<'de> ::serde::Deserialize<'de>
for CloudProviderAccessFeatureUsageAtlasLogIntegrationFeatureId {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::std::result::Result<Self, __D::Error> {
        crate::__codegen::decode_struct!(
            deserializer, CloudProviderAccessFeatureUsageAtlasLogIntegrationFeatureId {
            config_id : optional(0, "configId"), group_id : optional(1, "groupId"),
            sink_name : optional(2, "sinkName"), }
        )
    }
}
impl CloudProviderAccessFeatureUsageAtlasLogIntegrationFeatureId {
    /// Creates a value with every optional field unset.
    pub fn new() -> Self {
        Self {
            config_id: ::std::option::Option::None,
            group_id: ::std::option::Option::None,
            sink_name: ::std::option::Option::None,
        }
    }
    /// Sets `configId`.
    #[must_use]
    pub fn with_config_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.config_id = ::std::option::Option::Some(value.into());
        self
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
    /// Sets `sinkName`.
    #[must_use]
    pub fn with_sink_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.sink_name = ::std::option::Option::Some(value.into());
        self
    }
}
/// Identifying characteristics about the data lake linked to this Amazon Web Services (AWS) Identity and Access Management (IAM) role.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[non_exhaustive]
pub struct CloudProviderAccessFeatureUsageDataLakeFeatureId {
    /// Unique 24-hexadecimal digit string that identifies your project.
    pub group_id: ::std::option::Option<::std::string::String>,
    /// Human-readable label that identifies the data lake.
    pub name: ::std::option::Option<::std::string::String>,
}
impl ::serde::Serialize for CloudProviderAccessFeatureUsageDataLakeFeatureId {
    fn serialize<__S: ::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> ::std::result::Result<__S::Ok, __S::Error> {
        crate::__codegen::encode_struct!(
            serializer, self, CloudProviderAccessFeatureUsageDataLakeFeatureId { group_id
            : optional("groupId"), name : optional("name"), }
        )
    }
}
impl<'de> ::serde::Deserialize<'de>
for CloudProviderAccessFeatureUsageDataLakeFeatureId {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::std::result::Result<Self, __D::Error> {
        crate::__codegen::decode_struct!(
            deserializer, CloudProviderAccessFeatureUsageDataLakeFeatureId { group_id :
            optional(0, "groupId"), name : optional(1, "name"), }
        )
    }
}
impl CloudProviderAccessFeatureUsageDataLakeFeatureId {
    /// Creates a value with every optional field unset.
    pub fn new() -> Self {
        Self {
            group_id: ::std::option::Option::None,
            name: ::std::option::Option::None,
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
/// Identifying characteristics about the Amazon Web Services (AWS) Simple Storage Service (S3) export bucket linked to this AWS Identity and Access Management (IAM) role.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[non_exhaustive]
pub struct CloudProviderAccessFeatureUsageExportSnapshotFeatureId {
    /// Unique 24-hexadecimal digit string that identifies the AWS S3 bucket to which you export your snapshots.
    pub export_bucket_id: ::std::option::Option<::std::string::String>,
    /// Unique 24-hexadecimal digit string that identifies your project.
    pub group_id: ::std::option::Option<::std::string::String>,
}
impl ::serde::Serialize for CloudProviderAccessFeatureUsageExportSnapshotFeatureId {
    fn serialize<__S: ::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> ::std::result::Result<__S::Ok, __S::Error> {
        crate::__codegen::encode_struct!(
            serializer, self, CloudProviderAccessFeatureUsageExportSnapshotFeatureId {
            export_bucket_id : optional("exportBucketId"), group_id :
            optional("groupId"), }
        )
    }
}
impl<'de> ::serde::Deserialize<'de>
for CloudProviderAccessFeatureUsageExportSnapshotFeatureId {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::std::result::Result<Self, __D::Error> {
        crate::__codegen::decode_struct!(
            deserializer, CloudProviderAccessFeatureUsageExportSnapshotFeatureId {
            export_bucket_id : optional(0, "exportBucketId"), group_id : optional(1,
            "groupId"), }
        )
    }
}
impl CloudProviderAccessFeatureUsageExportSnapshotFeatureId {
    /// Creates a value with every optional field unset.
    pub fn new() -> Self {
        Self {
            export_bucket_id: ::std::option::Option::None,
            group_id: ::std::option::Option::None,
        }
    }
    /// Sets `exportBucketId`.
    #[must_use]
    pub fn with_export_bucket_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.export_bucket_id = ::std::option::Option::Some(value.into());
        self
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
}
/// Identifying characteristics about the Amazon Web Services (AWS) Simple Storage Service (S3) export bucket linked to this AWS Identity and Access Management (IAM) role.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[non_exhaustive]
pub struct CloudProviderAccessFeatureUsagePushBasedLogExportFeatureId {
    /// Name of the AWS S3 bucket to which your logs will be exported to.
    pub bucket_name: ::std::option::Option<::std::string::String>,
    /// Unique 24-hexadecimal digit string that identifies your project.
    pub group_id: ::std::option::Option<::std::string::String>,
}
impl ::serde::Serialize for CloudProviderAccessFeatureUsagePushBasedLogExportFeatureId {
    fn serialize<__S: ::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> ::std::result::Result<__S::Ok, __S::Error> {
        crate::__codegen::encode_struct!(
            serializer, self, CloudProviderAccessFeatureUsagePushBasedLogExportFeatureId
            { bucket_name : optional("bucketName"), group_id : optional("groupId"), }
        )
    }
}
impl<'de> ::serde::Deserialize<'de>
for CloudProviderAccessFeatureUsagePushBasedLogExportFeatureId {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::std::result::Result<Self, __D::Error> {
        crate::__codegen::decode_struct!(
            deserializer, CloudProviderAccessFeatureUsagePushBasedLogExportFeatureId {
            bucket_name : optional(0, "bucketName"), group_id : optional(1, "groupId"), }
        )
    }
}
impl CloudProviderAccessFeatureUsagePushBasedLogExportFeatureId {
    /// Creates a value with every optional field unset.
    pub fn new() -> Self {
        Self {
            bucket_name: ::std::option::Option::None,
            group_id: ::std::option::Option::None,
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
    /// Sets `groupId`.
    #[must_use]
    pub fn with_group_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.group_id = ::std::option::Option::Some(value.into());
        self
    }
}
/// Details that describe the features linked to the GCP Service Account.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[non_exhaustive]
pub struct CloudProviderAccessGcpServiceAccount {
    /// Date and time when this Google Service Account was created. This parameter expresses its value in the ISO 8601 timestamp format in UTC.
    pub created_date: ::std::option::Option<::std::string::String>,
    /// List that contains application features associated with this Google Service Account.
    pub feature_usages: ::std::option::Option<
        ::std::vec::Vec<CloudProviderAccessFeatureUsage>,
    >,
    /// Email address for the Google Service Account created by Atlas.
    pub gcp_service_account_for_atlas: ::std::option::Option<::std::string::String>,
    /// Unique 24-hexadecimal digit string that identifies the role.
    pub role_id: ::std::option::Option<::std::string::String>,
    /// Provision status of the service account.
    pub status: ::std::option::Option<CloudProviderAccessGcpServiceAccountStatus>,
}
impl ::serde::Serialize for CloudProviderAccessGcpServiceAccount {
    fn serialize<__S: ::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> ::std::result::Result<__S::Ok, __S::Error> {
        crate::__codegen::encode_struct!(
            serializer, self, CloudProviderAccessGcpServiceAccount { created_date :
            optional("createdDate"), feature_usages : optional("featureUsages"),
            gcp_service_account_for_atlas : optional("gcpServiceAccountForAtlas"),
            role_id : optional("roleId"), status : optional("status"), } "providerName" =
            "GCP"
        )
    }
}
#[allow(dead_code, non_camel_case_types)]
struct __CloudProviderAccessGcpServiceAccountFields;
impl __CloudProviderAccessGcpServiceAccountFields {
    fn deserialize<'de, __D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::std::result::Result<CloudProviderAccessGcpServiceAccount, __D::Error> {
        crate::__codegen::decode_struct!(
            deserializer, CloudProviderAccessGcpServiceAccount { created_date :
            optional(0, "createdDate"), feature_usages : optional(1, "featureUsages"),
            gcp_service_account_for_atlas : optional(2, "gcpServiceAccountForAtlas"),
            role_id : optional(3, "roleId"), status : optional(4, "status"), }
        )
    }
}
impl<'de> ::serde::Deserialize<'de> for CloudProviderAccessGcpServiceAccount {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::std::result::Result<Self, __D::Error> {
        crate::__codegen::deserialize_tag_checked(
            deserializer,
            "providerName",
            "GCP",
            __CloudProviderAccessGcpServiceAccountFields::deserialize,
        )
    }
}
impl CloudProviderAccessGcpServiceAccount {
    /// Creates a value with every optional field unset.
    pub fn new() -> Self {
        Self {
            created_date: ::std::option::Option::None,
            feature_usages: ::std::option::Option::None,
            gcp_service_account_for_atlas: ::std::option::Option::None,
            role_id: ::std::option::Option::None,
            status: ::std::option::Option::None,
        }
    }
    /// Sets `createdDate`.
    #[must_use]
    pub fn with_created_date(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.created_date = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `featureUsages`.
    #[must_use]
    pub fn with_feature_usages(
        mut self,
        value: ::std::vec::Vec<CloudProviderAccessFeatureUsage>,
    ) -> Self {
        self.feature_usages = ::std::option::Option::Some(value);
        self
    }
    /// Sets `gcpServiceAccountForAtlas`.
    #[must_use]
    pub fn with_gcp_service_account_for_atlas(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.gcp_service_account_for_atlas = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `roleId`.
    #[must_use]
    pub fn with_role_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.role_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `status`.
    #[must_use]
    pub fn with_status(
        mut self,
        value: CloudProviderAccessGcpServiceAccountStatus,
    ) -> Self {
        self.status = ::std::option::Option::Some(value);
        self
    }
}
/// Details that describe the features linked to the GCP Service Account.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[non_exhaustive]
pub struct CloudProviderAccessGcpServiceAccountRequest {}
impl ::serde::Serialize for CloudProviderAccessGcpServiceAccountRequest {
    fn serialize<__S: ::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> ::std::result::Result<__S::Ok, __S::Error> {
        crate::__codegen::encode_struct!(
            serializer, self, CloudProviderAccessGcpServiceAccountRequest {}
            "providerName" = "GCP"
        )
    }
}
#[allow(dead_code, non_camel_case_types)]
struct __CloudProviderAccessGcpServiceAccountRequestFields;
impl __CloudProviderAccessGcpServiceAccountRequestFields {
    fn deserialize<'de, __D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::std::result::Result<CloudProviderAccessGcpServiceAccountRequest, __D::Error> {
        crate::__codegen::decode_struct!(
            deserializer, CloudProviderAccessGcpServiceAccountRequest {}
        )
    }
}
impl<'de> ::serde::Deserialize<'de> for CloudProviderAccessGcpServiceAccountRequest {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::std::result::Result<Self, __D::Error> {
        crate::__codegen::deserialize_tag_checked(
            deserializer,
            "providerName",
            "GCP",
            __CloudProviderAccessGcpServiceAccountRequestFields::deserialize,
        )
    }
}
impl CloudProviderAccessGcpServiceAccountRequest {
    /// Creates a value with every optional field unset.
    pub fn new() -> Self {
        Self {}
    }
}
impl crate::__codegen::Validate for CloudProviderAccessGcpServiceAccountRequest {
    fn collect_violations(
        &self,
        _at: &str,
        _out: &mut ::std::vec::Vec<crate::__codegen::Violation>,
    ) {}
}
/// Details that describe the features linked to the GCP Service Account.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[non_exhaustive]
pub struct CloudProviderAccessGcpServiceAccountRequestUpdate {}
impl ::serde::Serialize for CloudProviderAccessGcpServiceAccountRequestUpdate {
    fn serialize<__S: ::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> ::std::result::Result<__S::Ok, __S::Error> {
        crate::__codegen::encode_struct!(
            serializer, self, CloudProviderAccessGcpServiceAccountRequestUpdate {}
            "providerName" = "GCP"
        )
    }
}
#[allow(dead_code, non_camel_case_types)]
struct __CloudProviderAccessGcpServiceAccountRequestUpdateFields;
impl __CloudProviderAccessGcpServiceAccountRequestUpdateFields {
    fn deserialize<'de, __D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::std::result::Result<
        CloudProviderAccessGcpServiceAccountRequestUpdate,
        __D::Error,
    > {
        crate::__codegen::decode_struct!(
            deserializer, CloudProviderAccessGcpServiceAccountRequestUpdate {}
        )
    }
}
impl<'de> ::serde::Deserialize<'de>
for CloudProviderAccessGcpServiceAccountRequestUpdate {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::std::result::Result<Self, __D::Error> {
        crate::__codegen::deserialize_tag_checked(
            deserializer,
            "providerName",
            "GCP",
            __CloudProviderAccessGcpServiceAccountRequestUpdateFields::deserialize,
        )
    }
}
impl CloudProviderAccessGcpServiceAccountRequestUpdate {
    /// Creates a value with every optional field unset.
    pub fn new() -> Self {
        Self {}
    }
}
impl crate::__codegen::Validate for CloudProviderAccessGcpServiceAccountRequestUpdate {
    fn collect_violations(
        &self,
        _at: &str,
        _out: &mut ::std::vec::Vec<crate::__codegen::Violation>,
    ) {}
}
/// Provision status of the service account.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum CloudProviderAccessGcpServiceAccountStatus {
    /// `IN_PROGRESS`
    InProgress,
    /// `COMPLETE`
    Complete,
    /// `FAILED`
    Failed,
    /// `NOT_INITIATED`
    NotInitiated,
    /// A value this version of the crate does not know, kept as received.
    Unknown(::std::string::String),
}
impl CloudProviderAccessGcpServiceAccountStatus {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::InProgress => "IN_PROGRESS",
            Self::Complete => "COMPLETE",
            Self::Failed => "FAILED",
            Self::NotInitiated => "NOT_INITIATED",
            Self::Unknown(value) => value.as_str(),
        }
    }
}
impl ::std::convert::From<&str> for CloudProviderAccessGcpServiceAccountStatus {
    fn from(value: &str) -> Self {
        match value {
            "IN_PROGRESS" => Self::InProgress,
            "COMPLETE" => Self::Complete,
            "FAILED" => Self::Failed,
            "NOT_INITIATED" => Self::NotInitiated,
            _ => Self::Unknown(value.to_owned()),
        }
    }
}
impl ::std::fmt::Display for CloudProviderAccessGcpServiceAccountStatus {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for CloudProviderAccessGcpServiceAccountStatus {
    fn serialize<__S: ::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> ::std::result::Result<__S::Ok, __S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for CloudProviderAccessGcpServiceAccountStatus {
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
impl crate::__codegen::Validate for CloudProviderAccessGcpServiceAccountStatus {
    fn collect_violations(
        &self,
        _at: &str,
        _out: &mut ::std::vec::Vec<crate::__codegen::Violation>,
    ) {}
}
/// Details that describe the Amazon Web Services (AWS) Simple Storage Service (S3) export buckets linked to this AWS Identity and Access Management (IAM) role.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[non_exhaustive]
pub struct CloudProviderAccessPushBasedLogExportFeatureUsage {
    /// Identifying characteristics about the Amazon Web Services (AWS) Simple Storage Service (S3) export bucket linked to this AWS Identity and Access Management (IAM) role.
    pub feature_id: ::std::option::Option<
        CloudProviderAccessFeatureUsagePushBasedLogExportFeatureId,
    >,
}
impl ::serde::Serialize for CloudProviderAccessPushBasedLogExportFeatureUsage {
    fn serialize<__S: ::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> ::std::result::Result<__S::Ok, __S::Error> {
        crate::__codegen::encode_struct!(
            serializer, self, CloudProviderAccessPushBasedLogExportFeatureUsage {
            feature_id : optional("featureId"), } "featureType" = "PUSH_BASED_LOG_EXPORT"
        )
    }
}
#[allow(dead_code, non_camel_case_types)]
struct __CloudProviderAccessPushBasedLogExportFeatureUsageFields;
impl __CloudProviderAccessPushBasedLogExportFeatureUsageFields {
    fn deserialize<'de, __D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::std::result::Result<
        CloudProviderAccessPushBasedLogExportFeatureUsage,
        __D::Error,
    > {
        crate::__codegen::decode_struct!(
            deserializer, CloudProviderAccessPushBasedLogExportFeatureUsage { feature_id
            : optional(0, "featureId"), }
        )
    }
}
impl<'de> ::serde::Deserialize<'de>
for CloudProviderAccessPushBasedLogExportFeatureUsage {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::std::result::Result<Self, __D::Error> {
        crate::__codegen::deserialize_tag_checked(
            deserializer,
            "featureType",
            "PUSH_BASED_LOG_EXPORT",
            __CloudProviderAccessPushBasedLogExportFeatureUsageFields::deserialize,
        )
    }
}
impl CloudProviderAccessPushBasedLogExportFeatureUsage {
    /// Creates a value with every optional field unset.
    pub fn new() -> Self {
        Self {
            feature_id: ::std::option::Option::None,
        }
    }
    /// Sets `featureId`.
    #[must_use]
    pub fn with_feature_id(
        mut self,
        value: CloudProviderAccessFeatureUsagePushBasedLogExportFeatureId,
    ) -> Self {
        self.feature_id = ::std::option::Option::Some(value);
        self
    }
}
/// Cloud provider access role.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum CloudProviderAccessRole {
    /// `providerName: AWS`.
    Aws(CloudProviderAccessAwsiamRole),
    /// `providerName: AZURE`.
    Azure(CloudProviderAccessAzureServicePrincipal),
    /// `providerName: GCP`.
    Gcp(CloudProviderAccessGcpServiceAccount),
    /// A value whose tag this version of the crate does not know; the JSON is kept as received and re-serialized unchanged.
    Unknown(::serde_json::Value),
}
impl CloudProviderAccessRole {
    /// The `providerName` of this value.
    pub fn provider_name(&self) -> &str {
        match self {
            Self::Aws(_) => "AWS",
            Self::Azure(_) => "AZURE",
            Self::Gcp(_) => "GCP",
            Self::Unknown(value) => {
                value
                    .get("providerName")
                    .and_then(::serde_json::Value::as_str)
                    .unwrap_or_default()
            }
        }
    }
}
impl ::std::convert::From<CloudProviderAccessAwsiamRole> for CloudProviderAccessRole {
    fn from(value: CloudProviderAccessAwsiamRole) -> Self {
        Self::Aws(value)
    }
}
impl ::std::convert::From<CloudProviderAccessAzureServicePrincipal>
for CloudProviderAccessRole {
    fn from(value: CloudProviderAccessAzureServicePrincipal) -> Self {
        Self::Azure(value)
    }
}
impl ::std::convert::From<CloudProviderAccessGcpServiceAccount>
for CloudProviderAccessRole {
    fn from(value: CloudProviderAccessGcpServiceAccount) -> Self {
        Self::Gcp(value)
    }
}
impl ::serde::Serialize for CloudProviderAccessRole {
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
impl crate::__codegen::Tagged for CloudProviderAccessRole {
    const TAG: &'static str = "providerName";
    fn decode_variant<'de, __D: ::serde::Deserializer<'de>>(
        tag: &str,
        object: __D,
    ) -> ::std::result::Result<Self, __D::Error> {
        match tag {
            "AWS" => {
                __CloudProviderAccessAwsiamRoleFields::deserialize(object).map(Self::Aws)
            }
            "AZURE" => {
                __CloudProviderAccessAzureServicePrincipalFields::deserialize(object)
                    .map(Self::Azure)
            }
            "GCP" => {
                __CloudProviderAccessGcpServiceAccountFields::deserialize(object)
                    .map(Self::Gcp)
            }
            _ => {
                <::serde_json::Value as ::serde::Deserialize>::deserialize(object)
                    .map(Self::Unknown)
            }
        }
    }
}
impl<'de> ::serde::Deserialize<'de> for CloudProviderAccessRole {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::std::result::Result<Self, __D::Error> {
        crate::__codegen::deserialize_tagged(deserializer)
    }
}
/// Cloud provider access role.
#[derive(Debug, Clone, PartialEq, Eq, ::serde::Deserialize)]
#[serde(tag = "providerName")]
#[non_exhaustive]
pub enum CloudProviderAccessRoleRequest {
    /// `providerName: AWS`.
    #[serde(rename = "AWS")]
    Aws(CloudProviderAccessAwsiamRoleRequest),
    /// `providerName: AZURE`.
    #[serde(rename = "AZURE")]
    Azure(CloudProviderAccessAzureServicePrincipalRequest),
    /// `providerName: GCP`.
    #[serde(rename = "GCP")]
    Gcp(CloudProviderAccessGcpServiceAccountRequest),
}
impl CloudProviderAccessRoleRequest {
    /// The `providerName` of this value.
    pub fn provider_name(&self) -> &str {
        match self {
            Self::Aws(_) => "AWS",
            Self::Azure(_) => "AZURE",
            Self::Gcp(_) => "GCP",
        }
    }
}
impl ::std::convert::From<CloudProviderAccessAwsiamRoleRequest>
for CloudProviderAccessRoleRequest {
    fn from(value: CloudProviderAccessAwsiamRoleRequest) -> Self {
        Self::Aws(value)
    }
}
impl ::std::convert::From<CloudProviderAccessAzureServicePrincipalRequest>
for CloudProviderAccessRoleRequest {
    fn from(value: CloudProviderAccessAzureServicePrincipalRequest) -> Self {
        Self::Azure(value)
    }
}
impl ::std::convert::From<CloudProviderAccessGcpServiceAccountRequest>
for CloudProviderAccessRoleRequest {
    fn from(value: CloudProviderAccessGcpServiceAccountRequest) -> Self {
        Self::Gcp(value)
    }
}
impl ::serde::Serialize for CloudProviderAccessRoleRequest {
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
impl crate::__codegen::Validate for CloudProviderAccessRoleRequest {
    fn collect_violations(
        &self,
        at: &str,
        out: &mut ::std::vec::Vec<crate::__codegen::Violation>,
    ) {
        let _ = (at, &out);
        match self {
            Self::Aws(_) => {}
            Self::Azure(value) => {
                crate::__codegen::Validate::collect_violations(value, at, out)
            }
            Self::Gcp(_) => {}
        }
    }
}
/// Cloud provider access role.
#[derive(Debug, Clone, PartialEq, Eq, ::serde::Deserialize)]
#[serde(tag = "providerName")]
#[non_exhaustive]
pub enum CloudProviderAccessRoleRequestUpdate {
    /// `providerName: AWS`.
    #[serde(rename = "AWS")]
    Aws(CloudProviderAccessAwsiamRoleRequestUpdate),
    /// `providerName: AZURE`.
    #[serde(rename = "AZURE")]
    Azure(CloudProviderAccessAzureServicePrincipalRequestUpdate),
    /// `providerName: GCP`.
    #[serde(rename = "GCP")]
    Gcp(CloudProviderAccessGcpServiceAccountRequestUpdate),
}
impl CloudProviderAccessRoleRequestUpdate {
    /// The `providerName` of this value.
    pub fn provider_name(&self) -> &str {
        match self {
            Self::Aws(_) => "AWS",
            Self::Azure(_) => "AZURE",
            Self::Gcp(_) => "GCP",
        }
    }
}
impl ::std::convert::From<CloudProviderAccessAwsiamRoleRequestUpdate>
for CloudProviderAccessRoleRequestUpdate {
    fn from(value: CloudProviderAccessAwsiamRoleRequestUpdate) -> Self {
        Self::Aws(value)
    }
}
impl ::std::convert::From<CloudProviderAccessAzureServicePrincipalRequestUpdate>
for CloudProviderAccessRoleRequestUpdate {
    fn from(value: CloudProviderAccessAzureServicePrincipalRequestUpdate) -> Self {
        Self::Azure(value)
    }
}
impl ::std::convert::From<CloudProviderAccessGcpServiceAccountRequestUpdate>
for CloudProviderAccessRoleRequestUpdate {
    fn from(value: CloudProviderAccessGcpServiceAccountRequestUpdate) -> Self {
        Self::Gcp(value)
    }
}
impl ::serde::Serialize for CloudProviderAccessRoleRequestUpdate {
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
impl crate::__codegen::Validate for CloudProviderAccessRoleRequestUpdate {
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
            Self::Gcp(_) => {}
        }
    }
}
/// `CloudProviderAccessRoles`
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[non_exhaustive]
pub struct CloudProviderAccessRoles {
    /// List that contains the Amazon Web Services (AWS) IAM roles registered and authorized with MongoDB Cloud.
    pub aws_iam_roles: ::std::option::Option<
        ::std::vec::Vec<CloudProviderAccessAwsiamRole>,
    >,
    /// List that contains the Azure Service Principals registered with MongoDB Cloud.
    pub azure_service_principals: ::std::option::Option<
        ::std::vec::Vec<CloudProviderAccessAzureServicePrincipal>,
    >,
    /// List that contains the Google Service Accounts registered and authorized with MongoDB Cloud.
    pub gcp_service_accounts: ::std::option::Option<
        ::std::vec::Vec<CloudProviderAccessGcpServiceAccount>,
    >,
}
impl ::serde::Serialize for CloudProviderAccessRoles {
    fn serialize<__S: ::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> ::std::result::Result<__S::Ok, __S::Error> {
        crate::__codegen::encode_struct!(
            serializer, self, CloudProviderAccessRoles { aws_iam_roles :
            optional("awsIamRoles"), azure_service_principals :
            optional("azureServicePrincipals"), gcp_service_accounts :
            optional("gcpServiceAccounts"), }
        )
    }
}
impl<'de> ::serde::Deserialize<'de> for CloudProviderAccessRoles {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::std::result::Result<Self, __D::Error> {
        crate::__codegen::decode_struct!(
            deserializer, CloudProviderAccessRoles { aws_iam_roles : optional(0,
            "awsIamRoles"), azure_service_principals : optional(1,
            "azureServicePrincipals"), gcp_service_accounts : optional(2,
            "gcpServiceAccounts"), }
        )
    }
}
impl CloudProviderAccessRoles {
    /// Creates a value with every optional field unset.
    pub fn new() -> Self {
        Self {
            aws_iam_roles: ::std::option::Option::None,
            azure_service_principals: ::std::option::Option::None,
            gcp_service_accounts: ::std::option::Option::None,
        }
    }
    /// Sets `awsIamRoles`.
    #[must_use]
    pub fn with_aws_iam_roles(
        mut self,
        value: ::std::vec::Vec<CloudProviderAccessAwsiamRole>,
    ) -> Self {
        self.aws_iam_roles = ::std::option::Option::Some(value);
        self
    }
    /// Sets `azureServicePrincipals`.
    #[must_use]
    pub fn with_azure_service_principals(
        mut self,
        value: ::std::vec::Vec<CloudProviderAccessAzureServicePrincipal>,
    ) -> Self {
        self.azure_service_principals = ::std::option::Option::Some(value);
        self
    }
    /// Sets `gcpServiceAccounts`.
    #[must_use]
    pub fn with_gcp_service_accounts(
        mut self,
        value: ::std::vec::Vec<CloudProviderAccessGcpServiceAccount>,
    ) -> Self {
        self.gcp_service_accounts = ::std::option::Option::Some(value);
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
/// The spec's operations: one module each, with a marker type per API version.
pub mod operations {
    /// Return All Cloud Provider Access Roles
    ///
    /// Returns all cloud provider access roles with access to the specified project.
    ///
    /// `GET /api/atlas/v2/groups/{groupId}/cloudProviderAccess`
    ///
    /// Required roles: Project Read Only.
    ///
    /// Documentation: <https://mongodb.com/docs/atlas/reference/api-resources-spec/v2/#tag/Cloud-Provider-Access/operation/listGroupCloudProviderAccess>
    pub mod list_group_cloud_provider_access {
        /// Path and query parameters of `listGroupCloudProviderAccess`.
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
        /// `listGroupCloudProviderAccess` at API version 2023-01-01 (`application/vnd.atlas.2023-01-01+json`).
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
        pub struct V2023_01_01;
        impl crate::__codegen::Operation for V2023_01_01 {
            type Params = Params;
            type Request = crate::__codegen::NoBody;
            type Response = super::super::CloudProviderAccessRoles;
            type Error = super::super::ApiError;
            const DESCRIPTOR: &'static crate::__codegen::OperationDescriptor = &crate::__codegen::OperationDescriptor {
                operation_id: "listGroupCloudProviderAccess",
                operation_id_override: ::std::option::Option::Some(
                    "listCloudProviderAccess",
                ),
                method: crate::__codegen::Method::Get,
                path: "/api/atlas/v2/groups/{groupId}/cloudProviderAccess",
                version: ::std::option::Option::Some("2023-01-01"),
                accept: "application/vnd.atlas.2023-01-01+json",
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
                        body: ::std::option::Option::Some("CloudProviderAccessRoles"),
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
        pub type Latest = V2023_01_01;
    }
    /// `listCloudProviderAccess`: the operation's legacy name for [`list_group_cloud_provider_access`].
    pub use list_group_cloud_provider_access as list_cloud_provider_access;
    /// Create One Cloud Provider Access Role
    ///
    /// Creates one access role for the specified cloud provider. Some MongoDB Cloud features use these cloud provider access roles for authentication. For the GCP provider, if the project folder is not yet provisioned, Atlas will now create the role asynchronously. An intermediate role with status `IN_PROGRESS` will be returned, and the final service account will be provisioned. Once the GCP project is set up, subsequent requests will create the service account synchronously.
    ///
    /// `POST /api/atlas/v2/groups/{groupId}/cloudProviderAccess`
    ///
    /// Required roles: Project Owner.
    ///
    /// Documentation: <https://mongodb.com/docs/atlas/reference/api-resources-spec/v2/#tag/Cloud-Provider-Access/operation/createGroupCloudProviderAccess>
    pub mod create_group_cloud_provider_access {
        /// Path and query parameters of `createGroupCloudProviderAccess`.
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
        /// `createGroupCloudProviderAccess` at API version 2023-01-01 (`application/vnd.atlas.2023-01-01+json`).
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
        pub struct V2023_01_01;
        impl crate::__codegen::Operation for V2023_01_01 {
            type Params = Params;
            type Request = super::super::CloudProviderAccessRoleRequest;
            type Response = super::super::CloudProviderAccessRole;
            type Error = super::super::ApiError;
            const DESCRIPTOR: &'static crate::__codegen::OperationDescriptor = &crate::__codegen::OperationDescriptor {
                operation_id: "createGroupCloudProviderAccess",
                operation_id_override: ::std::option::Option::Some(
                    "createCloudProviderAccess",
                ),
                method: crate::__codegen::Method::Post,
                path: "/api/atlas/v2/groups/{groupId}/cloudProviderAccess",
                version: ::std::option::Option::Some("2023-01-01"),
                accept: "application/vnd.atlas.2023-01-01+json",
                content_type: ::std::option::Option::Some(
                    "application/vnd.atlas.2023-01-01+json",
                ),
                request_body_required: true,
                success_status: 200u16,
                sunset: ::std::option::Option::None,
                required_roles: &["Project Owner"],
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
                        body: ::std::option::Option::Some("CloudProviderAccessRole"),
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
        pub type Latest = V2023_01_01;
    }
    /// `createCloudProviderAccess`: the operation's legacy name for [`create_group_cloud_provider_access`].
    pub use create_group_cloud_provider_access as create_cloud_provider_access;
    /// Deauthorize One Cloud Provider Access Role
    ///
    /// Revokes access to the specified project for the specified access role.
    ///
    /// `DELETE /api/atlas/v2/groups/{groupId}/cloudProviderAccess/{cloudProvider}/{roleId}`
    ///
    /// Required roles: Project Owner.
    ///
    /// Documentation: <https://mongodb.com/docs/atlas/reference/api-resources-spec/v2/#tag/Cloud-Provider-Access/operation/deauthorizeGroupCloudProviderAccessRole>
    pub mod deauthorize_group_cloud_provider_access_role {
        /// Path and query parameters of `deauthorizeGroupCloudProviderAccessRole`.
        #[derive(Debug, Clone, PartialEq, Eq)]
        #[non_exhaustive]
        pub struct Params {
            /// Unique 24-hexadecimal digit string that identifies your project. Use the [/groups](#tag/Projects/operation/listProjects) endpoint to retrieve all projects to which the authenticated user has access.
            ///
            /// **NOTE**: Groups and projects are synonymous terms. Your group id is the same as your project id. For existing groups, your group/project id remains the same. The resource and corresponding endpoints use the term groups.
            pub group_id: ::std::string::String,
            /// Human-readable label that identifies the cloud provider of the role to deauthorize.
            pub cloud_provider: ::std::string::String,
            /// Unique 24-hexadecimal digit string that identifies the role.
            pub role_id: ::std::string::String,
            /// Flag that indicates whether the response body should be in the prettyprint format.
            pub pretty: ::std::option::Option<bool>,
        }
        impl Params {
            /// Creates the parameters from the required ones; optional ones start unset.
            pub fn new(
                group_id: impl ::std::convert::Into<::std::string::String>,
                cloud_provider: impl ::std::convert::Into<::std::string::String>,
                role_id: impl ::std::convert::Into<::std::string::String>,
            ) -> Self {
                Self {
                    group_id: group_id.into(),
                    cloud_provider: cloud_provider.into(),
                    role_id: role_id.into(),
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
                    let value = &self.role_id;
                    crate::__codegen::check_str(
                        out,
                        crate::__codegen::Location::Path,
                        "",
                        "roleId",
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
                    ("cloudProvider", ::std::borrow::Cow::Borrowed(self.cloud_provider
                    .as_str())), ("roleId", ::std::borrow::Cow::Borrowed(self.role_id
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
        /// `deauthorizeGroupCloudProviderAccessRole` at API version 2023-01-01 (`application/vnd.atlas.2023-01-01+json`).
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
        pub struct V2023_01_01;
        impl crate::__codegen::Operation for V2023_01_01 {
            type Params = Params;
            type Request = crate::__codegen::NoBody;
            type Response = crate::__codegen::NoContent;
            type Error = super::super::ApiError;
            const DESCRIPTOR: &'static crate::__codegen::OperationDescriptor = &crate::__codegen::OperationDescriptor {
                operation_id: "deauthorizeGroupCloudProviderAccessRole",
                operation_id_override: ::std::option::Option::Some(
                    "deauthorizeProviderAccessRole",
                ),
                method: crate::__codegen::Method::Delete,
                path: "/api/atlas/v2/groups/{groupId}/cloudProviderAccess/{cloudProvider}/{roleId}",
                version: ::std::option::Option::Some("2023-01-01"),
                accept: "application/vnd.atlas.2023-01-01+json",
                content_type: ::std::option::Option::None,
                request_body_required: false,
                success_status: 204u16,
                sunset: ::std::option::Option::None,
                required_roles: &["Project Owner"],
                parameters: &[
                    crate::__codegen::ParameterDescriptor {
                        name: "groupId",
                        location: crate::__codegen::ParameterLocation::Path,
                        required: true,
                        settable: true,
                        default: ::std::option::Option::None,
                    },
                    crate::__codegen::ParameterDescriptor {
                        name: "cloudProvider",
                        location: crate::__codegen::ParameterLocation::Path,
                        required: true,
                        settable: true,
                        default: ::std::option::Option::None,
                    },
                    crate::__codegen::ParameterDescriptor {
                        name: "roleId",
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
                        status: "204",
                        description: "No Content",
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
    /// `deauthorizeProviderAccessRole`: the operation's legacy name for [`deauthorize_group_cloud_provider_access_role`].
    pub use deauthorize_group_cloud_provider_access_role as deauthorize_provider_access_role;
    /// Return One Cloud Provider Access Role
    ///
    /// Returns the access role with the specified id and with access to the specified project.
    ///
    /// `GET /api/atlas/v2/groups/{groupId}/cloudProviderAccess/{roleId}`
    ///
    /// Required roles: Project Read Only.
    ///
    /// Documentation: <https://mongodb.com/docs/atlas/reference/api-resources-spec/v2/#tag/Cloud-Provider-Access/operation/getGroupCloudProviderAccess>
    pub mod get_group_cloud_provider_access {
        /// Path and query parameters of `getGroupCloudProviderAccess`.
        #[derive(Debug, Clone, PartialEq, Eq)]
        #[non_exhaustive]
        pub struct Params {
            /// Unique 24-hexadecimal digit string that identifies your project. Use the [/groups](#tag/Projects/operation/listProjects) endpoint to retrieve all projects to which the authenticated user has access.
            ///
            /// **NOTE**: Groups and projects are synonymous terms. Your group id is the same as your project id. For existing groups, your group/project id remains the same. The resource and corresponding endpoints use the term groups.
            pub group_id: ::std::string::String,
            /// Unique 24-hexadecimal digit string that identifies the role.
            pub role_id: ::std::string::String,
            /// Flag that indicates whether the response body should be in the prettyprint format.
            pub pretty: ::std::option::Option<bool>,
        }
        impl Params {
            /// Creates the parameters from the required ones; optional ones start unset.
            pub fn new(
                group_id: impl ::std::convert::Into<::std::string::String>,
                role_id: impl ::std::convert::Into<::std::string::String>,
            ) -> Self {
                Self {
                    group_id: group_id.into(),
                    role_id: role_id.into(),
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
                    let value = &self.role_id;
                    crate::__codegen::check_str(
                        out,
                        crate::__codegen::Location::Path,
                        "",
                        "roleId",
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
                    ("roleId", ::std::borrow::Cow::Borrowed(self.role_id.as_str())),
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
        /// `getGroupCloudProviderAccess` at API version 2023-01-01 (`application/vnd.atlas.2023-01-01+json`).
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
        pub struct V2023_01_01;
        impl crate::__codegen::Operation for V2023_01_01 {
            type Params = Params;
            type Request = crate::__codegen::NoBody;
            type Response = super::super::CloudProviderAccessRole;
            type Error = super::super::ApiError;
            const DESCRIPTOR: &'static crate::__codegen::OperationDescriptor = &crate::__codegen::OperationDescriptor {
                operation_id: "getGroupCloudProviderAccess",
                operation_id_override: ::std::option::Option::Some(
                    "getCloudProviderAccess",
                ),
                method: crate::__codegen::Method::Get,
                path: "/api/atlas/v2/groups/{groupId}/cloudProviderAccess/{roleId}",
                version: ::std::option::Option::Some("2023-01-01"),
                accept: "application/vnd.atlas.2023-01-01+json",
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
                        name: "roleId",
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
                        body: ::std::option::Option::Some("CloudProviderAccessRole"),
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
        pub type Latest = V2023_01_01;
    }
    /// `getCloudProviderAccess`: the operation's legacy name for [`get_group_cloud_provider_access`].
    pub use get_group_cloud_provider_access as get_cloud_provider_access;
    /// Authorize One Cloud Provider Access Role
    ///
    /// Grants access to the specified project for the specified access role. This API endpoint is one step in a procedure to create unified access for MongoDB Cloud services. This is not required for GCP service account access.
    ///
    /// `PATCH /api/atlas/v2/groups/{groupId}/cloudProviderAccess/{roleId}`
    ///
    /// Required roles: Project Owner.
    ///
    /// Documentation: <https://mongodb.com/docs/atlas/reference/api-resources-spec/v2/#tag/Cloud-Provider-Access/operation/authorizeGroupCloudProviderAccessRole>
    pub mod authorize_group_cloud_provider_access_role {
        /// Path and query parameters of `authorizeGroupCloudProviderAccessRole`.
        #[derive(Debug, Clone, PartialEq, Eq)]
        #[non_exhaustive]
        pub struct Params {
            /// Unique 24-hexadecimal digit string that identifies your project. Use the [/groups](#tag/Projects/operation/listProjects) endpoint to retrieve all projects to which the authenticated user has access.
            ///
            /// **NOTE**: Groups and projects are synonymous terms. Your group id is the same as your project id. For existing groups, your group/project id remains the same. The resource and corresponding endpoints use the term groups.
            pub group_id: ::std::string::String,
            /// Unique 24-hexadecimal digit string that identifies the role.
            pub role_id: ::std::string::String,
            /// Flag that indicates whether the response body should be in the prettyprint format.
            pub pretty: ::std::option::Option<bool>,
        }
        impl Params {
            /// Creates the parameters from the required ones; optional ones start unset.
            pub fn new(
                group_id: impl ::std::convert::Into<::std::string::String>,
                role_id: impl ::std::convert::Into<::std::string::String>,
            ) -> Self {
                Self {
                    group_id: group_id.into(),
                    role_id: role_id.into(),
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
                    let value = &self.role_id;
                    crate::__codegen::check_str(
                        out,
                        crate::__codegen::Location::Path,
                        "",
                        "roleId",
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
                    ("roleId", ::std::borrow::Cow::Borrowed(self.role_id.as_str())),
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
        /// `authorizeGroupCloudProviderAccessRole` at API version 2023-01-01 (`application/vnd.atlas.2023-01-01+json`).
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
        pub struct V2023_01_01;
        impl crate::__codegen::Operation for V2023_01_01 {
            type Params = Params;
            type Request = super::super::CloudProviderAccessRoleRequestUpdate;
            type Response = super::super::CloudProviderAccessRole;
            type Error = super::super::ApiError;
            const DESCRIPTOR: &'static crate::__codegen::OperationDescriptor = &crate::__codegen::OperationDescriptor {
                operation_id: "authorizeGroupCloudProviderAccessRole",
                operation_id_override: ::std::option::Option::Some(
                    "authorizeProviderAccessRole",
                ),
                method: crate::__codegen::Method::Patch,
                path: "/api/atlas/v2/groups/{groupId}/cloudProviderAccess/{roleId}",
                version: ::std::option::Option::Some("2023-01-01"),
                accept: "application/vnd.atlas.2023-01-01+json",
                content_type: ::std::option::Option::Some(
                    "application/vnd.atlas.2023-01-01+json",
                ),
                request_body_required: true,
                success_status: 200u16,
                sunset: ::std::option::Option::None,
                required_roles: &["Project Owner"],
                parameters: &[
                    crate::__codegen::ParameterDescriptor {
                        name: "groupId",
                        location: crate::__codegen::ParameterLocation::Path,
                        required: true,
                        settable: true,
                        default: ::std::option::Option::None,
                    },
                    crate::__codegen::ParameterDescriptor {
                        name: "roleId",
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
                        body: ::std::option::Option::Some("CloudProviderAccessRole"),
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
                        status: "409",
                        description: "Conflict.",
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
    /// `authorizeProviderAccessRole`: the operation's legacy name for [`authorize_group_cloud_provider_access_role`].
    pub use authorize_group_cloud_provider_access_role as authorize_provider_access_role;
}
