//! The intermediate representation: plain data that lowering produces, analysis annotates and emit
//! prints. Every Rust name in it is final.

use crate::diagnostics::Diagnostic;
use crate::parse::AppliedOverride;

/// The whole lowered spec.
#[derive(Debug, Clone)]
pub struct Model {
    /// Spec file name as given to `generate`.
    pub spec_file: String,
    /// `info.title`.
    pub title: String,
    /// `info.version`.
    pub version: String,
    /// Overrides applied before lowering.
    pub overrides: Vec<AppliedOverride>,
    /// Types, sorted by Rust name.
    pub types: Vec<TypeDef>,
    /// Distinct regex patterns, each a `static` of the output.
    pub patterns: Vec<PatternDef>,
    /// Operations in spec order.
    pub operations: Vec<OperationDef>,
    /// The tags of the operations, in the order the operations use them first.
    pub tags: Vec<TagDef>,
    /// Warnings (nothing fatal).
    pub warnings: Vec<Diagnostic>,
}

/// How a Rust type refers to another.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TypeRef {
    /// `String`.
    String,
    /// `bool`.
    Bool,
    /// `i32`.
    I32,
    /// `i64`.
    I64,
    /// `f64`.
    F64,
    /// Untyped JSON.
    Json,
    /// A body that is not JSON (a gzip file, a CSV document), kept as bytes with its media
    /// type: the runtime's `Binary`. Only a success response's body is typed so.
    Binary,
    /// A generated type, by Rust name.
    Named(String),
    /// `Vec<T>`.
    Vec(Box<TypeRef>),
    /// `BTreeMap<String, T>`.
    Map(Box<TypeRef>),
}

/// Which way a type travels.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Dir {
    /// Sent to the server.
    pub request: bool,
    /// Received from the server.
    pub response: bool,
}

impl Dir {
    /// Sent only.
    pub const REQUEST: Dir = Dir {
        request: true,
        response: false,
    };
    /// Received only.
    pub const RESPONSE: Dir = Dir {
        request: false,
        response: true,
    };
    /// Both directions of `self` and `o`.
    pub fn union(self, o: Dir) -> Dir {
        Dir {
            request: self.request || o.request,
            response: self.response || o.response,
        }
    }
    /// Sent and received.
    pub fn both(self) -> bool {
        self.request && self.response
    }

    /// Whether a property marked `readOnly` / `writeOnly` is part of a type used this way: a
    /// request-only type drops `readOnly` properties, a response-only type drops `writeOnly` ones,
    /// and a type used both ways keeps them all. Generation and the diff share this rule.
    pub fn carries(self, read_only: bool, write_only: bool) -> bool {
        (self.response || !read_only) && (self.request || !write_only)
    }

    /// Whether a property that the schema lists in `required` is required in a type used this
    /// way: a `readOnly` or `writeOnly` property of a type used both ways never is (one side never
    /// sees it).
    pub fn requires(self, declared: bool, read_only: bool, write_only: bool) -> bool {
        declared && !(self.both() && (read_only || write_only))
    }
}

/// Checks that become `validate()` code.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Constraints {
    /// Static name of the pattern.
    pub pattern: Option<String>,
    /// The pattern text, for messages.
    pub pattern_text: Option<String>,
    /// `minLength`.
    pub min_length: Option<usize>,
    /// `maxLength`.
    pub max_length: Option<usize>,
    /// `minimum`.
    pub minimum: Option<f64>,
    /// `maximum`.
    pub maximum: Option<f64>,
    /// `minItems`.
    pub min_items: Option<usize>,
    /// `maxItems`.
    pub max_items: Option<usize>,
    /// `format: uuid`.
    pub uuid: bool,
    /// Constraints on array items.
    pub items: Option<Box<Constraints>>,
}

impl Constraints {
    /// Whether any check applies.
    pub fn is_empty(&self) -> bool {
        self.pattern.is_none()
            && self.min_length.is_none()
            && self.max_length.is_none()
            && self.minimum.is_none()
            && self.maximum.is_none()
            && self.min_items.is_none()
            && self.max_items.is_none()
            && !self.uuid
            && self.items.as_ref().is_none_or(|c| c.is_empty())
    }
}

/// A `static` regex pattern.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PatternDef {
    /// Rust name of the static (`PATTERN_...`).
    pub name: String,
    /// The pattern text.
    pub pattern: String,
}

/// A struct field.
#[derive(Debug, Clone)]
pub struct Field {
    /// JSON name.
    pub wire: String,
    /// Rust name.
    pub rust: String,
    /// Name of its `with_*` setter.
    pub setter: String,
    /// JSON pointer of the property.
    pub pointer: String,
    /// Doc lines.
    pub docs: Vec<String>,
    /// Type (without the `Option`).
    pub ty: TypeRef,
    /// Required on the wire.
    pub required: bool,
    /// `deprecated: true`.
    pub deprecated: bool,
    /// `readOnly` in a type that travels both ways: no constructor argument or setter.
    pub read_only: bool,
    /// Checks.
    pub constraints: Constraints,
    /// Held in a `Box` because the type contains itself through this field.
    pub boxed: bool,
    /// `#[serde(flatten)]`: the field holds the `oneOf` or `anyOf` alternatives merged into the
    /// object (an untagged enum), whose properties sit beside the struct's own on the wire.
    /// Always required; `wire` is the keyword, not a JSON key.
    pub flatten: bool,
    /// Optional and `nullable` in a type only sent: held as `Option<Nullable<T>>`, so that a
    /// request can send an explicit `null` (absent is `None`, `null` is `Some(Nullable::Null)`).
    pub sends_null: bool,
}

/// A generated type.
#[derive(Debug, Clone)]
pub struct TypeDef {
    /// Rust name.
    pub name: String,
    /// What the analyses found ([`crate::analysis`]); all `false` until they run.
    pub traits: Derived,
    /// Doc lines.
    pub docs: Vec<String>,
    /// Where it came from.
    pub pointer: String,
    /// Direction(s) of use.
    pub dir: Dir,
    /// What it is.
    pub kind: TypeKind,
}

/// Facts the analyses compute over the whole model, for emit to print.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Derived {
    /// Every value it holds allows `Eq`.
    pub eq: bool,
    /// Its request-side `validate()` has something to check.
    pub validates: bool,
    /// An alias that names itself (`type A = Vec<A>`, which Rust refuses): emitted as a
    /// transparent newtype instead.
    pub newtype: bool,
}

/// One value of a string enum.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EnumValue {
    /// The value on the wire.
    pub wire: String,
    /// Rust variant name.
    pub rust: String,
}

/// One variant of an enum tagged by a property.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TagVariant {
    /// The tag value on the wire.
    pub tag: String,
    /// Rust variant name.
    pub rust: String,
    /// Rust name of the struct the variant holds.
    pub target: String,
    /// JSON pointer of the mapping entry (or `oneOf` member) it came from.
    pub pointer: String,
}

/// One variant of an untagged union.
#[derive(Debug, Clone, PartialEq)]
pub struct UntaggedVariant {
    /// Rust variant name.
    pub rust: String,
    /// What it holds.
    pub ty: TypeRef,
    /// JSON pointer of the `oneOf` member.
    pub pointer: String,
    /// Held in a `Box` because the enum contains itself through this variant.
    pub boxed: bool,
}

/// The tag a discriminator variant struct writes, and how it is decoded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StructTag {
    /// Tag property (JSON name).
    pub property: String,
    /// Tag value.
    pub value: String,
    /// Rust name of the private serde `remote` mirror that carries the derived decoder.
    pub mirror: String,
}

/// The shape of a generated type.
#[derive(Debug, Clone)]
pub enum TypeKind {
    /// A struct.
    Struct {
        /// Fields in spec order.
        fields: Vec<Field>,
        /// The tag written when this struct is a discriminator variant.
        tag: Option<StructTag>,
    },
    /// A string enum with an `Unknown(String)` fallback.
    StringEnum {
        /// Known values.
        values: Vec<EnumValue>,
        /// Name of the fallback variant.
        unknown: String,
    },
    /// An enum tagged by a property.
    Tagged {
        /// Tag property (JSON name).
        property: String,
        /// Rust name of the tag accessor.
        accessor: String,
        /// Variants, in mapping order.
        variants: Vec<TagVariant>,
        /// The fallback variant unknown tags decode to (response types only): its Rust name.
        unknown: Option<String>,
    },
    /// A `oneOf` without discriminator.
    Untagged {
        /// Variants, in `oneOf` order.
        variants: Vec<UntaggedVariant>,
    },
    /// A named schema that is not an object: a type alias.
    Alias(TypeRef),
}

/// Where a parameter goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParamLocation {
    /// In the path template.
    Path,
    /// In the query string.
    Query,
    /// In a header.
    Header,
}

impl ParamLocation {
    /// The runtime's `ParameterLocation` variant.
    pub fn variant(self) -> &'static str {
        match self {
            ParamLocation::Path => "Path",
            ParamLocation::Query => "Query",
            ParamLocation::Header => "Header",
        }
    }
}

/// How a parameter's array or object value is written (OpenAPI `style` with `explode`). A
/// scalar is written the same way in every style.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParamStyle {
    /// `form` with `explode: true`, the query default: an array as one pair per item
    /// (`k=a&k=b`), an object as one pair per set property (`p1=v1&p2=v2`).
    FormExploded,
    /// `form` with `explode: false`: `k=a,b`, an object as `k=p1,v1,p2,v2`.
    Form,
    /// `spaceDelimited` (arrays): `k=a b`.
    SpaceDelimited,
    /// `pipeDelimited` (arrays): `k=a|b`.
    PipeDelimited,
    /// `deepObject` (objects): `k[p1]=v1&k[p2]=v2`.
    DeepObject,
    /// `simple` with `explode: false`, the header and path default: `a,b`, an object as
    /// `p1,v1,p2,v2`.
    Simple,
    /// `simple` with `explode: true`: `a,b`, an object as `p1=v1,p2=v2`.
    SimpleExploded,
}

impl ParamStyle {
    /// The style's name in the spec, with its `explode` where that tells two apart.
    pub fn describe(self) -> &'static str {
        match self {
            ParamStyle::FormExploded => "form (explode: true)",
            ParamStyle::Form => "form (explode: false)",
            ParamStyle::SpaceDelimited => "spaceDelimited",
            ParamStyle::PipeDelimited => "pipeDelimited",
            ParamStyle::DeepObject => "deepObject",
            ParamStyle::Simple => "simple (explode: false)",
            ParamStyle::SimpleExploded => "simple (explode: true)",
        }
    }
}

/// Whether a value of type `ty` is written as one scalar in a parameter: a string, number or
/// boolean, a string enum (its wire value), or an alias of one. `lookup` finds a generated type by
/// its Rust name.
pub fn is_param_scalar<'m>(lookup: &impl Fn(&str) -> Option<&'m TypeDef>, ty: &TypeRef) -> bool {
    let mut ty = ty;
    // Alias chains are short; the bound only guards against a cycle.
    for _ in 0..32 {
        match ty {
            TypeRef::String | TypeRef::Bool | TypeRef::I32 | TypeRef::I64 | TypeRef::F64 => {
                return true
            }
            TypeRef::Named(n) => match lookup(n).map(|t| &t.kind) {
                Some(TypeKind::StringEnum { .. }) => return true,
                Some(TypeKind::Alias(next)) => ty = next,
                _ => return false,
            },
            _ => return false,
        }
    }
    false
}

/// The fields of the struct a parameter of type `ty` is, through aliases; `None` when `ty` is no
/// struct, or one with a discriminator tag.
pub fn param_struct_fields<'m>(
    lookup: &impl Fn(&str) -> Option<&'m TypeDef>,
    ty: &TypeRef,
) -> Option<&'m [Field]> {
    let mut ty = ty;
    for _ in 0..32 {
        let TypeRef::Named(n) = ty else {
            return None;
        };
        match &lookup(n)?.kind {
            TypeKind::Struct { fields, tag: None } => return Some(fields),
            TypeKind::Alias(next) => ty = next,
            _ => return None,
        }
    }
    None
}

/// An operation parameter.
#[derive(Debug, Clone)]
pub struct ParamDef {
    /// Wire name.
    pub wire: String,
    /// Rust name.
    pub rust: String,
    /// Name of its `with_*` setter.
    pub setter: String,
    /// JSON pointer of the parameter.
    pub pointer: String,
    /// Location.
    pub location: ParamLocation,
    /// Required.
    pub required: bool,
    /// Type: a scalar; in the query and headers also an array of scalars, or a generated
    /// struct whose fields are scalars or string enums.
    pub ty: TypeRef,
    /// How an array or object value is written.
    pub style: ParamStyle,
    /// Checks.
    pub constraints: Constraints,
    /// Doc lines.
    pub docs: Vec<String>,
    /// Default value as JSON text.
    pub default: Option<String>,
    /// Known to the descriptor but not settable by users.
    pub hidden: bool,
    /// `description`, as the spec spells it (for a command line's help).
    pub description: String,
    /// The spec's example value (the parameter's, else its schema's), as JSON text.
    pub example: Option<String>,
    /// The string values its schema (an array's item schema) lists in `enum`: shown in a command
    /// line's help and checked there (the parameter's type is `String`).
    pub allowed: Vec<String>,
}

/// One declared response.
#[derive(Debug, Clone)]
pub struct ResponseDef {
    /// Status code (`"200"`, `"4XX"`, `"default"`).
    pub status: String,
    /// Description.
    pub description: String,
    /// Media type of the body, if any.
    pub media_type: Option<String>,
    /// Body type, if any.
    pub body: Option<TypeRef>,
    /// Declared headers.
    pub headers: Vec<HeaderDef>,
}

/// A declared response header.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HeaderDef {
    /// Header name.
    pub name: String,
    /// Its description.
    pub description: String,
}

/// One (operation, version) pair.
#[derive(Debug, Clone)]
pub struct VersionDef {
    /// Marker type name (`V2024_05_30`).
    pub type_name: String,
    /// Another media type of a version that has a JSON one (a CSV beside the JSON): its own
    /// marker (`V2023_01_01Csv`), never `Latest`.
    pub alternative: bool,
    /// Version date, if the media type is versioned.
    pub version: Option<String>,
    /// `Accept` media type.
    pub accept: String,
    /// `Content-Type` of the request body.
    pub content_type: Option<String>,
    /// Request body type.
    pub request: Option<TypeRef>,
    /// Request body required.
    pub request_required: bool,
    /// Success response type (`None`: no body).
    pub response: Option<TypeRef>,
    /// Success status.
    pub success_status: u16,
    /// `x-sunset`.
    pub sunset: Option<String>,
    /// All declared responses for this version.
    pub responses: Vec<ResponseDef>,
    /// How its pages are asked for and read, when it is a list ([`crate::analysis`]).
    pub pagination: Option<Pagination>,
}

/// A list operation's pages: the `pageNum` and `itemsPerPage` query parameters that ask for
/// one, and the `results` and `totalCount` fields of the object that answers.
#[derive(Debug, Clone, PartialEq)]
pub struct Pagination {
    /// The `pageNum` parameter.
    pub page_num: PageSlot,
    /// The `itemsPerPage` parameter.
    pub items_per_page: PageSlot,
    /// The page size to ask for: `itemsPerPage`'s maximum, else its default, else 100.
    pub page_size: i64,
    /// The `results` field (`ty` is the item type).
    pub results: PageSlot,
    /// The `totalCount` field.
    pub total_count: PageSlot,
}

/// A parameter or field that pagination reads or writes.
#[derive(Debug, Clone, PartialEq)]
pub struct PageSlot {
    /// Rust name.
    pub rust: String,
    /// Its type (`i32` or `i64`; for `results`, the item type).
    pub ty: TypeRef,
    /// Required (so not an `Option`).
    pub required: bool,
}

/// An operation.
#[derive(Debug, Clone)]
pub struct OperationDef {
    /// `operationId`.
    pub id: String,
    /// `x-xgen-operation-id-override`.
    pub override_id: Option<String>,
    /// Rust module name.
    pub module: String,
    /// Rust module alias from the override name, when it is free.
    pub alias: Option<String>,
    /// HTTP method.
    pub method: HttpMethod,
    /// Path template.
    pub path: String,
    /// `tags`, as the spec spells them.
    pub tags: Vec<String>,
    /// `summary` made safe for one line of docs ([`crate::docs::text`]).
    pub summary: Option<String>,
    /// Doc lines.
    pub docs: Vec<String>,
    /// `summary`, `description`, `x-xgen-docs-url` and `deprecated` as the spec spells them,
    /// for a command line's help (the operation index's `OperationInfo`).
    pub text: OperationText,
    /// Required roles.
    pub roles: Vec<String>,
    /// Parameters (path first, then query).
    pub params: Vec<ParamDef>,
    /// Versions, oldest first.
    pub versions: Vec<VersionDef>,
    /// Error body type.
    pub error: Option<TypeRef>,
    /// JSON pointer of the operation.
    pub pointer: String,
}

/// What the spec says of an operation in words, as it spells it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OperationText {
    /// `summary` (empty when absent).
    pub summary: String,
    /// `description` (empty when absent).
    pub description: String,
    /// `x-xgen-docs-url`.
    pub docs_url: Option<String>,
    /// `deprecated`.
    pub deprecated: bool,
}

/// A tag of the spec's operations.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TagDef {
    /// The name, as the spec spells it.
    pub name: String,
    /// Its cargo feature name ([`crate::feature_name`]).
    pub feature: String,
    /// Rust module name.
    pub module: String,
    /// Doc lines: the description of the spec's `tags` entry, and its `externalDocs`.
    pub docs: Vec<String>,
}

/// An HTTP method an OpenAPI path item can declare.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum HttpMethod {
    /// `GET`.
    Get,
    /// `PUT`.
    Put,
    /// `POST`.
    Post,
    /// `DELETE`.
    Delete,
    /// `OPTIONS`.
    Options,
    /// `HEAD`.
    Head,
    /// `PATCH`.
    Patch,
    /// `TRACE`.
    Trace,
}

impl HttpMethod {
    /// The method of a path item key (`get`, `post`, ...), if it is one.
    pub fn from_key(key: &str) -> Option<HttpMethod> {
        Some(match key {
            "get" => HttpMethod::Get,
            "put" => HttpMethod::Put,
            "post" => HttpMethod::Post,
            "delete" => HttpMethod::Delete,
            "options" => HttpMethod::Options,
            "head" => HttpMethod::Head,
            "patch" => HttpMethod::Patch,
            "trace" => HttpMethod::Trace,
            _ => return None,
        })
    }

    /// Upper case, as on the wire.
    pub fn as_str(self) -> &'static str {
        match self {
            HttpMethod::Get => "GET",
            HttpMethod::Put => "PUT",
            HttpMethod::Post => "POST",
            HttpMethod::Delete => "DELETE",
            HttpMethod::Options => "OPTIONS",
            HttpMethod::Head => "HEAD",
            HttpMethod::Patch => "PATCH",
            HttpMethod::Trace => "TRACE",
        }
    }

    /// The runtime's `Method` variant.
    pub fn variant(self) -> &'static str {
        match self {
            HttpMethod::Get => "Get",
            HttpMethod::Put => "Put",
            HttpMethod::Post => "Post",
            HttpMethod::Delete => "Delete",
            HttpMethod::Options => "Options",
            HttpMethod::Head => "Head",
            HttpMethod::Patch => "Patch",
            HttpMethod::Trace => "Trace",
        }
    }
}
