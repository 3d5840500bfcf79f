//! What a command line or a help page shows of an operation, whatever its version: its tag,
//! summary, docs URL and parameters with their kinds, allowed values and descriptions. The
//! generator writes one [`OperationInfo`] per operation with the operation index, and
//! `__visit_operations` shows it to [`OperationVisitor::operation`](crate::visit::OperationVisitor::operation)
//! before the operation's versions.
//!
//! Every text here is the spec's, as published: a program that prints it to a terminal escapes
//! it first.

use crate::operation::ParameterLocation;

/// One operation, all its versions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OperationInfo {
    /// `operationId`.
    pub operation_id: &'static str,
    /// `x-xgen-operation-id-override`: the short name the Atlas CLI uses.
    pub operation_id_override: Option<&'static str>,
    /// The first of its `tags`, as the spec spells it (`""` when it has none).
    pub tag: &'static str,
    /// `summary` (`""` when it has none).
    pub summary: &'static str,
    /// `description` (`""` when it has none).
    pub description: &'static str,
    /// `x-xgen-docs-url`: MongoDB's page for it.
    pub docs_url: Option<&'static str>,
    /// Whether the spec marks it `deprecated`.
    pub deprecated: bool,
    /// The parameters a caller can set, path parameters first.
    pub parameters: &'static [ParameterInfo],
}

/// One parameter a caller can set.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ParameterInfo {
    /// Wire name (`groupId`).
    pub name: &'static str,
    /// Where it goes.
    pub location: ParameterLocation,
    /// Whether a call needs it.
    pub required: bool,
    /// What its value is.
    pub kind: ValueKind,
    /// Whether it is an array of such values (given once per item).
    pub repeated: bool,
    /// The values an enum parameter declares (empty otherwise).
    pub allowed: &'static [&'static str],
    /// `description` (`""` when it has none).
    pub description: &'static str,
    /// Its default, as JSON text.
    pub default: Option<&'static str>,
    /// The spec's example value, as JSON text.
    pub example: Option<&'static str>,
}

/// The kind of a parameter's value (of each item, for an array).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ValueKind {
    /// Text (an enum's value too).
    String,
    /// A whole number.
    Integer,
    /// A number.
    Number,
    /// `true` or `false`.
    Boolean,
    /// A JSON object (a `deepObject` parameter).
    Object,
}

impl ValueKind {
    /// Its name in help text.
    pub fn as_str(self) -> &'static str {
        match self {
            ValueKind::String => "string",
            ValueKind::Integer => "integer",
            ValueKind::Number => "number",
            ValueKind::Boolean => "boolean",
            ValueKind::Object => "object",
        }
    }
}
