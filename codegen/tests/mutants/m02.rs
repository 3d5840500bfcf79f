// @generated from mutant-of-enums.yaml by atlas-codegen; do not edit.
// Regenerate: cargo run -p atlas-codegen -- generate

/// `Job`
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Job {
    /// `priority`.
    pub priority: ::std::option::Option<Priority>,
    /// `status`.
    pub status: JobStatus,
}
impl ::serde::Serialize for Job {
    fn serialize<__S: ::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> ::std::result::Result<__S::Ok, __S::Error> {
        crate::__codegen::encode_struct!(
            serializer, self, Job { priority : optional("priority"), status :
            required("status"), }
        )
    }
}
impl<'de> ::serde::Deserialize<'de> for Job {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::std::result::Result<Self, __D::Error> {
        crate::__codegen::decode_struct!(
            deserializer, Job { priority : optional(0, "priority"), status : required(1,
            "status"), }
        )
    }
}
impl Job {
    /// Creates a value from its required fields (`status`); optional fields start unset.
    pub fn new(status: JobStatus) -> Self {
        Self {
            priority: ::std::option::Option::None,
            status,
        }
    }
    /// Sets `priority`.
    #[must_use]
    pub fn with_priority(mut self, value: Priority) -> Self {
        self.priority = ::std::option::Option::Some(value);
        self
    }
}
/// `JobStatus`
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum JobStatus {
    /// `in-progress`
    InProgress,
    /// `DONE`
    Done,
    /// `lower`
    Lower,
    /// `1x`
    V1x,
    /// `ErrorCode`
    ErrorCode,
    /// A value this version of the crate does not know, kept as received.
    Unknown(::std::string::String),
}
impl JobStatus {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::InProgress => "in-progress",
            Self::Done => "DONE",
            Self::Lower => "lower",
            Self::V1x => "1x",
            Self::ErrorCode => "ErrorCode",
            Self::Unknown(value) => value.as_str(),
        }
    }
}
impl ::std::convert::From<&str> for JobStatus {
    fn from(value: &str) -> Self {
        match value {
            "in-progress" => Self::InProgress,
            "DONE" => Self::Done,
            "lower" => Self::Lower,
            "1x" => Self::V1x,
            "ErrorCode" => Self::ErrorCode,
            _ => Self::Unknown(value.to_owned()),
        }
    }
}
impl ::std::fmt::Display for JobStatus {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for JobStatus {
    fn serialize<__S: ::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> ::std::result::Result<__S::Ok, __S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for JobStatus {
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
impl crate::__codegen::Validate for JobStatus {
    fn collect_violations(
        &self,
        _at: &str,
        _out: &mut ::std::vec::Vec<crate::__codegen::Violation>,
    ) {}
}
/// `OptionErrorCode`
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum OptionErrorCode {
    /// `1x`
    V1x,
    /// `2x`
    V2x,
    /// A value this version of the crate does not know, kept as received.
    Unknown(::std::string::String),
}
impl OptionErrorCode {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::V1x => "1x",
            Self::V2x => "2x",
            Self::Unknown(value) => value.as_str(),
        }
    }
}
impl ::std::convert::From<&str> for OptionErrorCode {
    fn from(value: &str) -> Self {
        match value {
            "1x" => Self::V1x,
            "2x" => Self::V2x,
            _ => Self::Unknown(value.to_owned()),
        }
    }
}
impl ::std::fmt::Display for OptionErrorCode {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for OptionErrorCode {
    fn serialize<__S: ::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> ::std::result::Result<__S::Ok, __S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for OptionErrorCode {
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
impl crate::__codegen::Validate for OptionErrorCode {
    fn collect_violations(
        &self,
        _at: &str,
        _out: &mut ::std::vec::Vec<crate::__codegen::Violation>,
    ) {}
}
/// `Option`
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Option_ {
    /// `priority`.
    pub priority: Priority,
    /// `ErrorCode`.
    pub error_code: ::std::option::Option<OptionErrorCode>,
}
impl ::serde::Serialize for Option_ {
    fn serialize<__S: ::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> ::std::result::Result<__S::Ok, __S::Error> {
        crate::__codegen::encode_struct!(
            serializer, self, Option_ { priority : required("priority"), error_code :
            optional("ErrorCode"), }
        )
    }
}
impl<'de> ::serde::Deserialize<'de> for Option_ {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::std::result::Result<Self, __D::Error> {
        crate::__codegen::decode_struct!(
            deserializer, Option_ { priority : required(0, "priority"), error_code :
            optional(1, "ErrorCode"), }
        )
    }
}
impl Option_ {
    /// Creates a value from its required fields (`priority`); optional fields start unset.
    pub fn new(priority: Priority) -> Self {
        Self {
            priority,
            error_code: ::std::option::Option::None,
        }
    }
    /// Sets `ErrorCode`.
    #[must_use]
    pub fn with_error_code(mut self, value: OptionErrorCode) -> Self {
        self.error_code = ::std::option::Option::Some(value);
        self
    }
}
impl crate::__codegen::Validate for Option_ {
    fn collect_violations(
        &self,
        _at: &str,
        _out: &mut ::std::vec::Vec<crate::__codegen::Violation>,
    ) {}
}
/// `Priority`
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Priority {
    /// `LOW`
    Low,
    /// `MEDIUM`
    Medium,
    /// `HIGH`
    High,
    /// A value this version of the crate does not know, kept as received.
    Unknown(::std::string::String),
}
impl Priority {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Low => "LOW",
            Self::Medium => "MEDIUM",
            Self::High => "HIGH",
            Self::Unknown(value) => value.as_str(),
        }
    }
}
impl ::std::convert::From<&str> for Priority {
    fn from(value: &str) -> Self {
        match value {
            "LOW" => Self::Low,
            "MEDIUM" => Self::Medium,
            "HIGH" => Self::High,
            _ => Self::Unknown(value.to_owned()),
        }
    }
}
impl ::std::fmt::Display for Priority {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for Priority {
    fn serialize<__S: ::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> ::std::result::Result<__S::Ok, __S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for Priority {
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
impl crate::__codegen::Validate for Priority {
    fn collect_violations(
        &self,
        _at: &str,
        _out: &mut ::std::vec::Vec<crate::__codegen::Violation>,
    ) {}
}
/// The spec's operations: one module each, with a marker type per API version.
pub mod operations {
    /// `createJob`.
    ///
    /// `POST /jobs`
    pub mod create_job {
        /// Path and query parameters of `createJob`.
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
        /// `createJob` at API version 2024-05-30 (`application/vnd.atlas.2024-05-30+json`).
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
        pub struct V2024_05_30;
        impl crate::__codegen::Operation for V2024_05_30 {
            type Params = Params;
            type Request = super::super::Option_;
            type Response = super::super::Job;
            type Error = ::serde_json::Value;
            const DESCRIPTOR: &'static crate::__codegen::OperationDescriptor = &crate::__codegen::OperationDescriptor {
                operation_id: "createJob",
                operation_id_override: ::std::option::Option::None,
                method: crate::__codegen::Method::Post,
                path: "/jobs",
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
                        body: ::std::option::Option::Some("Job"),
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
