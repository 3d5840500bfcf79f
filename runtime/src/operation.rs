//! Operation descriptors: everything the spec says about one operation at one API version.

use std::borrow::Cow;

use crate::validation::{Validate, Violation};

/// HTTP method.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Method {
    /// GET.
    Get,
    /// POST.
    Post,
    /// PUT.
    Put,
    /// PATCH.
    Patch,
    /// DELETE.
    Delete,
    /// HEAD.
    Head,
    /// OPTIONS.
    Options,
    /// TRACE.
    Trace,
}

impl Method {
    /// Upper-case name.
    pub fn as_str(self) -> &'static str {
        match self {
            Method::Get => "GET",
            Method::Post => "POST",
            Method::Put => "PUT",
            Method::Patch => "PATCH",
            Method::Delete => "DELETE",
            Method::Head => "HEAD",
            Method::Options => "OPTIONS",
            Method::Trace => "TRACE",
        }
    }
}

/// Where a parameter goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ParameterLocation {
    /// Path template.
    Path,
    /// Query string.
    Query,
    /// Header.
    Header,
}

/// A declared parameter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ParameterDescriptor {
    /// Wire name.
    pub name: &'static str,
    /// Location.
    pub location: ParameterLocation,
    /// Required.
    pub required: bool,
    /// Whether `Params` exposes it (`envelope` is declared but never set by this client).
    pub settable: bool,
    /// Default value as JSON text.
    pub default: Option<&'static str>,
}

/// A declared response header.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HeaderDescriptor {
    /// Header name.
    pub name: &'static str,
    /// Its description.
    pub description: &'static str,
}

/// A declared response.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ResponseDescriptor {
    /// Status (`"200"`, `"4XX"`, `"default"`).
    pub status: &'static str,
    /// Description.
    pub description: &'static str,
    /// Media type of the body.
    pub media_type: Option<&'static str>,
    /// Rust type of the body; `None` means no body.
    pub body: Option<&'static str>,
    /// Declared headers.
    pub headers: &'static [HeaderDescriptor],
}

/// One operation at one API version.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OperationDescriptor {
    /// `operationId`.
    pub operation_id: &'static str,
    /// `x-xgen-operation-id-override`: the legacy short name.
    pub operation_id_override: Option<&'static str>,
    /// HTTP method.
    pub method: Method,
    /// Path template with `{name}` placeholders.
    pub path: &'static str,
    /// API version date, for versioned media types.
    pub version: Option<&'static str>,
    /// `Accept` header value.
    pub accept: &'static str,
    /// `Content-Type` of the request body.
    pub content_type: Option<&'static str>,
    /// Whether the body is required.
    pub request_body_required: bool,
    /// Success status.
    pub success_status: u16,
    /// `x-sunset` of the success response.
    pub sunset: Option<&'static str>,
    /// Required roles (`x-rolesRequirements`).
    pub required_roles: &'static [&'static str],
    /// Parameters.
    pub parameters: &'static [ParameterDescriptor],
    /// Responses, in spec order.
    pub responses: &'static [ResponseDescriptor],
}

impl OperationDescriptor {
    /// The declared response for a status, falling back to `NXX` and `default`.
    pub fn response(&self, status: u16) -> Option<&'static ResponseDescriptor> {
        let exact = |r: &&ResponseDescriptor| r.status.parse::<u16>() == Ok(status);
        // `4XX`: the class digit, then `XX` in either case.
        let range = |r: &&ResponseDescriptor| match r.status.as_bytes() {
            [class, x1, x2] => {
                u16::from(class.wrapping_sub(b'0')) == status / 100
                    && x1.eq_ignore_ascii_case(&b'X')
                    && x2.eq_ignore_ascii_case(&b'X')
            }
            _ => false,
        };
        self.responses
            .iter()
            .find(exact)
            .or_else(|| self.responses.iter().find(range))
            .or_else(|| self.responses.iter().find(|r| r.status == "default"))
    }
}

/// Typed path, query and header parameters of an operation.
pub trait Params: Validate {
    /// `(name, value)` for each path parameter, unencoded.
    fn path_values(&self) -> Vec<(&'static str, Cow<'_, str>)>;
    /// `(name, value)` for each query parameter that is set, unencoded; an array or object
    /// parameter gives the pairs of its `style` (`k=a&k=b`, `k=a,b`, `k[p]=v`, ...).
    fn query_values(&self) -> Vec<(&'static str, String)>;
    /// `(name, value)` for each header parameter that is set, the value as sent (an array is
    /// comma-separated, an object `p1,v1,p2,v2` or, exploded, `p1=v1,p2=v2`). None by default:
    /// most operations declare no header parameters.
    fn header_values(&self) -> Vec<(&'static str, String)> {
        Vec::new()
    }
}

/// An operation at one API version. Each version is its own type, so a version the spec does not
/// declare for an operation cannot be named.
pub trait Operation {
    /// Path, query and header parameters.
    type Params: Params;
    /// Request body ([`NoBody`] when there is none).
    type Request: Validate + serde::Serialize;
    /// Success body ([`NoContent`] when there is none).
    type Response: serde::de::DeserializeOwned;
    /// Error body.
    type Error: serde::de::DeserializeOwned;
    /// What the spec says about it.
    const DESCRIPTOR: &'static OperationDescriptor;
    /// The crate the operation comes from, as a `User-Agent` product (`atlas-admin-api/0.1.0`):
    /// the client sends it after its own. Generated operations name the crate that includes
    /// them; `None` sends the client's `User-Agent` alone.
    const PRODUCT: Option<&'static str> = None;
}

/// The request type of operations without a body.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, serde::Serialize)]
pub struct NoBody;

/// Reads anything (a `null`, most often) as `NoBody`, so that code building requests from data
/// can treat every operation alike.
impl<'de> serde::Deserialize<'de> for NoBody {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        serde::de::IgnoredAny::deserialize(deserializer).map(|_| NoBody)
    }
}

impl Validate for NoBody {
    fn collect_violations(&self, _at: &str, _out: &mut Vec<Violation>) {}
}

/// The response type of operations whose success response has no body (a schemaless `204`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, serde::Serialize)]
pub struct NoContent;

impl<'de> serde::Deserialize<'de> for NoContent {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        serde::de::IgnoredAny::deserialize(deserializer).map(|_| NoContent)
    }
}
