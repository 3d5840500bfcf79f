//! Pass 2: the `openapiv3` document -> a plain intermediate model.
//!
//! Every Rust name is decided here (through [`crate::naming`]); emit only prints.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use heck::ToUpperCamelCase;
use indexmap::IndexMap;
use openapiv3::{
    AdditionalProperties, OpenAPI, Parameter, ParameterSchemaOrContent, ReferenceOr, Schema,
    SchemaData, SchemaKind, StatusCode, Type, VariantOrUnknownOrEmpty,
};
use serde_json::Value;

use crate::diagnostics::{escape_pointer_token as esc, Ctxt, Diagnostic, Diagnostics};
use crate::naming;
use crate::parse::{AppliedOverride, Parsed};
use crate::Settings;

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
    /// Distinct regex patterns: (static name, pattern).
    pub patterns: Vec<(String, String)>,
    /// Operations in spec order.
    pub operations: Vec<OperationDef>,
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
    /// A generated type, by Rust name.
    Named(String),
    /// `Vec<T>`.
    Vec(Box<TypeRef>),
    /// `BTreeMap<String, T>`.
    Map(Box<TypeRef>),
}

impl TypeRef {
    fn allows_eq(&self, types: &HashMap<String, bool>) -> bool {
        match self {
            TypeRef::F64 => false,
            TypeRef::Named(n) => types.get(n).copied().unwrap_or(true),
            TypeRef::Vec(t) | TypeRef::Map(t) => t.allows_eq(types),
            _ => true,
        }
    }
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
    const REQUEST: Dir = Dir {
        request: true,
        response: false,
    };
    const RESPONSE: Dir = Dir {
        request: false,
        response: true,
    };
    fn union(self, o: Dir) -> Dir {
        Dir {
            request: self.request || o.request,
            response: self.response || o.response,
        }
    }
    fn both(self) -> bool {
        self.request && self.response
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

/// A struct field.
#[derive(Debug, Clone)]
pub struct Field {
    /// JSON name.
    pub wire: String,
    /// Rust name.
    pub rust: String,
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
}

/// A generated type.
#[derive(Debug, Clone)]
pub struct TypeDef {
    /// Rust name.
    pub name: String,
    /// Doc lines.
    pub docs: Vec<String>,
    /// Where it came from.
    pub pointer: String,
    /// Direction(s) of use.
    pub dir: Dir,
    /// What it is.
    pub kind: TypeKind,
}

/// The shape of a generated type.
#[derive(Debug, Clone)]
pub enum TypeKind {
    /// A struct.
    Struct {
        /// Fields in spec order.
        fields: Vec<Field>,
        /// `(property, value)` written as a tag when this struct is a discriminator variant.
        tag: Option<(String, String)>,
    },
    /// A string enum with an `Unknown(String)` fallback.
    StringEnum {
        /// `(wire value, variant name)`.
        values: Vec<(String, String)>,
        /// Name of the fallback variant.
        unknown: String,
    },
    /// An enum tagged by a property.
    Tagged {
        /// Tag property (JSON name).
        property: String,
        /// Rust name of the tag accessor.
        accessor: String,
        /// `(tag value, variant name, struct name)`.
        variants: Vec<(String, String, String)>,
        /// Whether unknown tags decode to an `Unknown` variant (response types).
        open: bool,
    },
    /// A `oneOf` without discriminator.
    Untagged {
        /// `(variant name, type)`.
        variants: Vec<(String, TypeRef)>,
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

/// An operation parameter.
#[derive(Debug, Clone)]
pub struct ParamDef {
    /// Wire name.
    pub wire: String,
    /// Rust name.
    pub rust: String,
    /// Location.
    pub location: ParamLocation,
    /// Required.
    pub required: bool,
    /// Scalar type.
    pub ty: TypeRef,
    /// Checks.
    pub constraints: Constraints,
    /// Doc lines.
    pub docs: Vec<String>,
    /// Default value as JSON text.
    pub default: Option<String>,
    /// Known to the descriptor but not settable by users.
    pub hidden: bool,
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
    /// Declared headers: (name, description).
    pub headers: Vec<(String, String)>,
}

/// One (operation, version) pair.
#[derive(Debug, Clone)]
pub struct VersionDef {
    /// Marker type name (`V2024_05_30`).
    pub type_name: String,
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
    /// HTTP method, upper case.
    pub method: String,
    /// Path template.
    pub path: String,
    /// Doc lines.
    pub docs: Vec<String>,
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

#[derive(Clone, Copy)]
enum SRef<'a> {
    Ref(&'a str),
    Inline(&'a Schema),
}

impl<'a> From<&'a ReferenceOr<Schema>> for SRef<'a> {
    fn from(r: &'a ReferenceOr<Schema>) -> Self {
        match r {
            ReferenceOr::Reference { reference } => SRef::Ref(reference),
            ReferenceOr::Item(s) => SRef::Inline(s),
        }
    }
}

impl<'a> From<&'a ReferenceOr<Box<Schema>>> for SRef<'a> {
    fn from(r: &'a ReferenceOr<Box<Schema>>) -> Self {
        match r {
            ReferenceOr::Reference { reference } => SRef::Ref(reference),
            ReferenceOr::Item(s) => SRef::Inline(s),
        }
    }
}

/// A flattened view of any schema kind.
#[derive(Default)]
struct View<'a> {
    typ: Option<&'a str>,
    properties: Vec<(&'a str, SRef<'a>)>,
    required: Vec<&'a str>,
    additional: Option<Option<SRef<'a>>>,
    items: Option<SRef<'a>>,
    all_of: Vec<SRef<'a>>,
    one_of: Vec<SRef<'a>>,
    any_of: bool,
    not: bool,
    enumeration: Vec<Value>,
    format: Option<String>,
    pattern: Option<&'a str>,
    min_length: Option<usize>,
    max_length: Option<usize>,
    minimum: Option<f64>,
    maximum: Option<f64>,
    min_items: Option<usize>,
    max_items: Option<usize>,
}

fn fmt_of<T: std::fmt::Debug>(f: &VariantOrUnknownOrEmpty<T>) -> Option<String> {
    match f {
        VariantOrUnknownOrEmpty::Item(i) => {
            let s = format!("{i:?}");
            Some(match s.as_str() {
                "DateTime" => "date-time".to_owned(),
                other => other.to_lowercase(),
            })
        }
        VariantOrUnknownOrEmpty::Unknown(s) => Some(s.clone()),
        VariantOrUnknownOrEmpty::Empty => None,
    }
}

fn additional_of(a: &Option<AdditionalProperties>) -> Option<Option<SRef<'_>>> {
    match a {
        None | Some(AdditionalProperties::Any(false)) => None,
        Some(AdditionalProperties::Any(true)) => Some(None),
        Some(AdditionalProperties::Schema(s)) => Some(Some(SRef::from(&**s))),
    }
}

fn view(s: &Schema) -> View<'_> {
    let mut v = View::default();
    match &s.schema_kind {
        SchemaKind::Type(Type::String(t)) => {
            v.typ = Some("string");
            v.format = fmt_of(&t.format);
            v.pattern = t.pattern.as_deref();
            v.min_length = t.min_length;
            v.max_length = t.max_length;
            v.enumeration = t
                .enumeration
                .iter()
                .flatten()
                .map(|s| Value::String(s.clone()))
                .collect();
        }
        SchemaKind::Type(Type::Integer(t)) => {
            v.typ = Some("integer");
            v.format = fmt_of(&t.format);
            v.minimum = t.minimum.map(|m| m as f64);
            v.maximum = t.maximum.map(|m| m as f64);
        }
        SchemaKind::Type(Type::Number(t)) => {
            v.typ = Some("number");
            v.format = fmt_of(&t.format);
            v.minimum = t.minimum;
            v.maximum = t.maximum;
        }
        SchemaKind::Type(Type::Boolean(_)) => v.typ = Some("boolean"),
        SchemaKind::Type(Type::Object(o)) => {
            v.typ = Some("object");
            v.properties = o
                .properties
                .iter()
                .map(|(k, s)| (k.as_str(), s.into()))
                .collect();
            v.required = o.required.iter().map(String::as_str).collect();
            v.additional = additional_of(&o.additional_properties);
        }
        SchemaKind::Type(Type::Array(a)) => {
            v.typ = Some("array");
            v.items = a.items.as_ref().map(SRef::from);
            v.min_items = a.min_items;
            v.max_items = a.max_items;
        }
        SchemaKind::OneOf { one_of } => v.one_of = one_of.iter().map(SRef::from).collect(),
        SchemaKind::AllOf { all_of } => v.all_of = all_of.iter().map(SRef::from).collect(),
        SchemaKind::AnyOf { .. } => v.any_of = true,
        SchemaKind::Not { .. } => v.not = true,
        SchemaKind::Any(a) => {
            v.typ = a.typ.as_deref();
            v.properties = a
                .properties
                .iter()
                .map(|(k, s)| (k.as_str(), s.into()))
                .collect();
            v.required = a.required.iter().map(String::as_str).collect();
            v.additional = additional_of(&a.additional_properties);
            v.items = a.items.as_ref().map(SRef::from);
            v.all_of = a.all_of.iter().map(SRef::from).collect();
            v.one_of = a.one_of.iter().map(SRef::from).collect();
            v.any_of = !a.any_of.is_empty();
            v.not = a.not.is_some();
            v.enumeration = a.enumeration.clone();
            v.format = a.format.clone();
            v.pattern = a.pattern.as_deref();
            v.min_length = a.min_length;
            v.max_length = a.max_length;
            v.minimum = a.minimum;
            v.maximum = a.maximum;
            v.min_items = a.min_items;
            v.max_items = a.max_items;
        }
    }
    v
}

impl View<'_> {
    fn is_object_like(&self) -> bool {
        !self.properties.is_empty() || !self.all_of.is_empty()
    }
    fn string_enum(&self) -> Option<Vec<String>> {
        if self.enumeration.is_empty() || !matches!(self.typ, Some("string") | None) {
            return None;
        }
        self.enumeration
            .iter()
            .map(|v| v.as_str().map(str::to_owned))
            .collect()
    }
}

const SCHEMA_PREFIX: &str = "#/components/schemas/";

fn schema_ptr(name: &str) -> String {
    format!("/components/schemas/{}", esc(name))
}

/// Turns spec text into rustdoc-safe lines.
pub fn doc_lines(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut in_fence = false;
    let mut list_indent: Option<usize> = None;
    for line in text.replace("\r\n", "\n").lines() {
        let trimmed = line.trim_start();
        if trimmed.starts_with("```") {
            if in_fence {
                out.push("```".to_owned());
            } else {
                out.push("```text".to_owned());
            }
            in_fence = !in_fence;
            continue;
        }
        if in_fence {
            out.push(line.to_owned());
            continue;
        }
        if trimmed.is_empty() {
            list_indent = None;
            out.push(String::new());
            continue;
        }
        if let Some(width) = list_marker(trimmed) {
            list_indent = Some(width);
            out.push(sanitize_line(trimmed));
        } else if let Some(width) = list_indent {
            // A continuation of a list item: indented, so it is not a lazy continuation.
            out.push(format!("{}{}", " ".repeat(width), sanitize_line(trimmed)));
        } else if line.starts_with("    ") || line.starts_with('\t') {
            out.push(sanitize_line(trimmed));
        } else {
            out.push(sanitize_line(line));
        }
    }
    if in_fence {
        out.push("```".to_owned());
    }
    while out.last().is_some_and(|l| l.trim().is_empty()) {
        out.pop();
    }
    out
}

/// The width of a markdown list marker (`- `, `* `, `+ `, `1. `) at the start of `line`.
fn list_marker(line: &str) -> Option<usize> {
    if line.starts_with("- ") || line.starts_with("* ") || line.starts_with("+ ") {
        return Some(2);
    }
    let digits = line.chars().take_while(char::is_ascii_digit).count();
    (digits > 0 && line[digits..].starts_with(". ")).then_some(digits + 2)
}

fn sanitize_line(line: &str) -> String {
    let chars: Vec<char> = line.chars().collect();
    let mut out = String::with_capacity(line.len() + 8);
    let mut i = 0;
    let mut in_code = false;
    while i < chars.len() {
        let c = chars[i];
        if c == '`' {
            in_code = !in_code;
            out.push(c);
            i += 1;
            continue;
        }
        if in_code {
            out.push(c);
            i += 1;
            continue;
        }
        match c {
            '[' => {
                // Keep a markdown link `[text](url)`; escape anything else.
                let close = chars[i..].iter().position(|&c| c == ']').map(|p| p + i);
                match close {
                    Some(j) if chars.get(j + 1) == Some(&'(') => {
                        let end = chars[j..].iter().position(|&c| c == ')').map(|p| p + j);
                        let end = end.unwrap_or(chars.len() - 1);
                        out.extend(&chars[i..=end]);
                        i = end + 1;
                        continue;
                    }
                    _ => out.push_str("\\["),
                }
            }
            ']' => out.push_str("\\]"),
            '<' => {
                let rest: String = chars[i..].iter().collect();
                if rest.starts_with("<http://") || rest.starts_with("<https://") {
                    let end = chars[i..].iter().position(|&c| c == '>').map(|p| p + i);
                    let end = end.unwrap_or(chars.len() - 1);
                    out.extend(&chars[i..=end]);
                    i = end + 1;
                    continue;
                }
                out.push_str("&lt;");
            }
            '>' => out.push_str("&gt;"),
            'h' => {
                let rest: String = chars[i..].iter().collect();
                if rest.starts_with("http://") || rest.starts_with("https://") {
                    let mut end = chars[i..]
                        .iter()
                        .position(|c| c.is_whitespace())
                        .map_or(chars.len(), |p| p + i);
                    while end > i
                        && matches!(chars[end - 1], '.' | ',' | ';' | ':' | ')' | '\'' | '"')
                    {
                        end -= 1;
                    }
                    out.push('<');
                    out.extend(&chars[i..end]);
                    out.push('>');
                    i = end;
                    continue;
                }
                out.push(c);
            }
            _ => out.push(c),
        }
        i += 1;
    }
    out
}

fn schema_docs(data: &SchemaData, fallback: &str) -> Vec<String> {
    let mut docs = Vec::new();
    if let Some(t) = &data.title {
        docs.extend(doc_lines(t));
    }
    if let Some(d) = &data.description {
        if !docs.is_empty() {
            docs.push(String::new());
        }
        docs.extend(doc_lines(d));
    }
    if docs.is_empty() {
        docs.push(fallback.to_owned());
    }
    if let Some(ext) = &data.external_docs {
        docs.push(String::new());
        let label = ext
            .description
            .as_deref()
            .unwrap_or("External documentation");
        docs.push(format!("{}: <{}>", sanitize_line(label), ext.url));
    }
    docs
}

struct Lower<'a> {
    cx: Ctxt,
    doc: &'a OpenAPI,
    settings: &'a Settings,
    dirs: IndexMap<String, Dir>,
    names: HashMap<String, String>,
    taken: BTreeMap<String, String>,
    variant_tags: HashMap<String, (String, String)>,
    types: Vec<TypeDef>,
    patterns: Vec<(String, String)>,
    example_values: HashMap<String, Vec<String>>,
    overrides: &'a [AppliedOverride],
    raw: &'a Value,
}

impl<'a> Lower<'a> {
    fn component(&self, name: &str) -> Option<&'a ReferenceOr<Schema>> {
        self.doc.components.as_ref()?.schemas.get(name)
    }

    /// Resolves a `$ref` to a component schema name, reporting dangling ones.
    fn ref_name(&mut self, reference: &'a str, ptr: &str) -> Option<&'a str> {
        match reference.strip_prefix(SCHEMA_PREFIX) {
            Some(n) if self.component(n).is_some() => Some(n),
            _ if !reference.starts_with('#') => {
                self.cx.unsupported(
                    ptr,
                    format!(
                        "a $ref to another document ({reference:?}); bundle the spec into one file"
                    ),
                );
                None
            }
            None => {
                self.cx.push(Diagnostic::InvalidDocument {
                    file: self.cx.file(),
                    pointer: ptr.to_owned(),
                    message: format!(
                        "$ref {reference:?} must point at a schema under #/components/schemas/"
                    ),
                });
                None
            }
            _ => {
                self.cx.push(Diagnostic::DanglingRef {
                    file: self.cx.file(),
                    pointer: ptr.to_owned(),
                    target: reference.to_owned(),
                });
                None
            }
        }
    }

    /// Follows `$ref` chains between component schemas to a schema.
    fn resolve(&mut self, r: SRef<'a>, ptr: &str) -> Option<(&'a Schema, Option<&'a str>)> {
        let mut cur = r;
        let mut name = None;
        for _ in 0..32 {
            match cur {
                SRef::Inline(s) => return Some((s, name)),
                SRef::Ref(reference) => {
                    let n = self.ref_name(reference, ptr)?;
                    name = Some(n);
                    cur = self.component(n)?.into();
                }
            }
        }
        self.cx.unsupported(ptr, "a cycle of $ref aliases");
        None
    }

    // ---- pass A: which schemas are reached, and in which direction -------------------------

    fn walk(&mut self, r: SRef<'a>, dir: Dir, ptr: &str) {
        match r {
            SRef::Ref(reference) => {
                let Some(name) = self.ref_name(reference, ptr) else {
                    return;
                };
                let old = self.dirs.get(name).copied().unwrap_or_default();
                let new = old.union(dir);
                if self.dirs.contains_key(name) && old == new {
                    return;
                }
                self.dirs.insert(name.to_owned(), new);
                if let Some(s) = self.component(name) {
                    self.walk(s.into(), dir, &schema_ptr(name));
                }
            }
            SRef::Inline(s) => {
                let v = view(s);
                for (prop, p) in &v.properties {
                    let pptr = format!("{ptr}/properties/{}", esc(prop));
                    if let Some((ps, _)) = self.resolve(*p, &pptr) {
                        let data = &ps.schema_data;
                        if (dir == Dir::REQUEST && data.read_only)
                            || (dir == Dir::RESPONSE && data.write_only)
                        {
                            continue;
                        }
                    }
                    self.walk(*p, dir, &pptr);
                }
                if let Some(i) = v.items {
                    self.walk(i, dir, &format!("{ptr}/items"));
                }
                if let Some(Some(a)) = v.additional {
                    self.walk(a, dir, &format!("{ptr}/additionalProperties"));
                }
                for (i, m) in v.all_of.iter().enumerate() {
                    self.walk(*m, dir, &format!("{ptr}/allOf/{i}"));
                }
                for (i, m) in v.one_of.iter().enumerate() {
                    self.walk(*m, dir, &format!("{ptr}/oneOf/{i}"));
                }
                if let Some(d) = &s.schema_data.discriminator {
                    for (k, target) in &d.mapping {
                        let mptr = format!("{ptr}/discriminator/mapping/{}", esc(k));
                        match target.strip_prefix(SCHEMA_PREFIX) {
                            Some(n) if self.component(n).is_some() => {
                                self.walk(SRef::Ref(target), dir, &mptr)
                            }
                            _ => self.cx.push(Diagnostic::MappingToMissingSchema {
                                file: self.cx.file(),
                                pointer: mptr,
                                key: k.clone(),
                                target: target.clone(),
                            }),
                        }
                    }
                }
            }
        }
    }

    // ---- names -----------------------------------------------------------------------------

    fn claim(&mut self, rust: &str, ptr: &str) {
        if let Some(other) = self.taken.get(rust) {
            if other != ptr {
                let d = Diagnostic::DuplicateName {
                    file: self.cx.file(),
                    pointer: ptr.to_owned(),
                    name: rust.to_owned(),
                    other: other.clone(),
                };
                self.cx.push(d);
            }
            return;
        }
        self.taken.insert(rust.to_owned(), ptr.to_owned());
    }

    fn fresh(&mut self, base: &str, ptr: &str) -> String {
        let taken: Vec<&str> = self.taken.keys().map(String::as_str).collect();
        let name = naming::unique(&naming::type_name(base), &taken);
        self.taken.insert(name.clone(), ptr.to_owned());
        name
    }

    fn pattern(&mut self, pattern: &str, ptr: &str) -> Option<String> {
        if let Some((n, _)) = self.patterns.iter().find(|(_, p)| p == pattern) {
            return Some(n.clone());
        }
        if let Err(e) = regex_lite::Regex::new(pattern) {
            let unsupported = [
                ("(?=", "look-ahead"),
                ("(?!", "look-ahead"),
                ("(?<=", "look-behind"),
                ("(?<!", "look-behind"),
                ("\\p{", "Unicode classes"),
                ("\\P{", "Unicode classes"),
            ]
            .iter()
            .find(|(needle, _)| pattern.contains(needle));
            if let Some((_, feature)) = unsupported {
                let d = Diagnostic::UnenforcedPattern {
                    file: self.cx.file(),
                    pointer: format!("{ptr}/pattern"),
                    pattern: pattern.to_owned(),
                    reason: format!("{feature} is not supported by regex-lite"),
                };
                self.cx.warn(d);
                return None;
            }
            self.cx.push(Diagnostic::InvalidConstraint {
                file: self.cx.file(),
                pointer: format!("{ptr}/pattern"),
                message: format!("pattern {pattern:?} does not compile: {e}"),
            });
            return None;
        }
        let mut short = naming::const_name(pattern);
        short.truncate(32);
        let base = format!("PATTERN_{}", short.trim_end_matches('_'));
        let taken: Vec<&str> = self.patterns.iter().map(|(n, _)| n.as_str()).collect();
        let name = naming::unique(base.trim_end_matches('_'), &taken);
        self.patterns.push((name.clone(), pattern.to_owned()));
        Some(name)
    }

    fn constraints(&mut self, v: &View<'a>, ptr: &str) -> Constraints {
        let mut c = Constraints {
            min_length: v.min_length,
            max_length: v.max_length,
            minimum: v.minimum,
            maximum: v.maximum,
            min_items: v.min_items,
            max_items: v.max_items,
            uuid: v.format.as_deref() == Some("uuid"),
            ..Constraints::default()
        };
        if let Some(p) = v.pattern {
            c.pattern = self.pattern(p, ptr);
            c.pattern_text = Some(p.to_owned());
        }
        let bad = |a: Option<f64>, b: Option<f64>| matches!((a, b), (Some(a), Some(b)) if a > b);
        if bad(
            c.min_length.map(|x| x as f64),
            c.max_length.map(|x| x as f64),
        ) {
            self.cx.push(Diagnostic::InvalidConstraint {
                file: self.cx.file(),
                pointer: ptr.to_owned(),
                message: format!(
                    "minLength {} is greater than maxLength {}",
                    c.min_length.unwrap_or_default(),
                    c.max_length.unwrap_or_default()
                ),
            });
        }
        if let (true, Some(lo), Some(hi)) = (bad(c.minimum, c.maximum), c.minimum, c.maximum) {
            self.cx.push(Diagnostic::InvalidConstraint {
                file: self.cx.file(),
                pointer: ptr.to_owned(),
                message: format!("minimum {lo} is greater than maximum {hi}"),
            });
        }
        if let (Some(lo), Some(hi)) = (c.min_items, c.max_items) {
            if lo > hi {
                self.cx.push(Diagnostic::InvalidConstraint {
                    file: self.cx.file(),
                    pointer: ptr.to_owned(),
                    message: format!("minItems {lo} is greater than maxItems {hi}"),
                });
            }
        }
        if let Some(SRef::Inline(items)) = v.items {
            let ic = self.constraints(&view(items), &format!("{ptr}/items"));
            if !ic.is_empty() {
                c.items = Some(Box::new(ic));
            }
        }
        c
    }

    // ---- pass B: types ---------------------------------------------------------------------

    /// The type of a schema reference; inline compound schemas become named types from `hint`.
    fn lower(&mut self, r: SRef<'a>, hint: &str, ptr: &str, dir: Dir) -> TypeRef {
        let s = match r {
            SRef::Ref(reference) => {
                return match self.ref_name(reference, ptr) {
                    Some(n) => self
                        .names
                        .get(n)
                        .cloned()
                        .map_or(TypeRef::Json, TypeRef::Named),
                    None => TypeRef::Json,
                };
            }
            SRef::Inline(s) => s,
        };
        let v = view(s);
        if v.not {
            self.cx.unsupported(ptr, "`not`");
            return TypeRef::Json;
        }
        if v.any_of {
            self.cx.unsupported(ptr, "`anyOf`");
            return TypeRef::Json;
        }
        if v.is_object_like()
            || !v.one_of.is_empty()
            || s.schema_data.discriminator.is_some()
            || v.string_enum().is_some()
        {
            let name = self.fresh(hint, ptr);
            self.define(&name, s, ptr, dir, None);
            return TypeRef::Named(name);
        }
        self.lower_plain(&v, hint, ptr, dir)
    }

    /// The type of a schema that is not a struct or an enum.
    fn lower_plain(&mut self, v: &View<'a>, hint: &str, ptr: &str, dir: Dir) -> TypeRef {
        match v.typ {
            Some("string") => TypeRef::String,
            Some("boolean") => TypeRef::Bool,
            Some("integer") => match v.format.as_deref() {
                Some("int32") => TypeRef::I32,
                _ => TypeRef::I64,
            },
            Some("number") => TypeRef::F64,
            Some("array") => match v.items {
                Some(i) => TypeRef::Vec(Box::new(self.lower(
                    i,
                    &format!("{hint}Item"),
                    &format!("{ptr}/items"),
                    dir,
                ))),
                None => TypeRef::Vec(Box::new(TypeRef::Json)),
            },
            Some("object") | None => match v.additional {
                Some(Some(a)) => TypeRef::Map(Box::new(self.lower(
                    a,
                    &format!("{hint}Value"),
                    &format!("{ptr}/additionalProperties"),
                    dir,
                ))),
                _ => TypeRef::Json,
            },
            Some(other) => {
                self.cx
                    .unsupported(&format!("{ptr}/type"), format!("type {other:?}"));
                TypeRef::Json
            }
        }
    }

    /// Merges properties and `required` through `allOf`, skipping back-references.
    fn collect(
        &mut self,
        s: &'a Schema,
        ptr: &str,
        stack: &mut Vec<&'a str>,
        props: &mut IndexMap<&'a str, (SRef<'a>, String)>,
        required: &mut BTreeSet<&'a str>,
    ) {
        let v = view(s);
        if !v.one_of.is_empty() && s.schema_data.discriminator.is_none() {
            self.cx
                .unsupported(ptr, "`oneOf` inside an object composed with `allOf`");
        }
        if v.any_of {
            self.cx.unsupported(ptr, "`anyOf`");
        }
        if v.not {
            self.cx.unsupported(ptr, "`not`");
        }
        for (i, m) in v.all_of.iter().enumerate() {
            let mptr = format!("{ptr}/allOf/{i}");
            match *m {
                SRef::Ref(reference) => {
                    let Some(n) = self.ref_name(reference, &mptr) else {
                        continue;
                    };
                    if stack.contains(&n) {
                        continue; // the cyclic back-reference: skipped, not followed
                    }
                    if let Some(ReferenceOr::Item(base)) = self.component(n) {
                        stack.push(n);
                        self.collect(base, &schema_ptr(n), stack, props, required);
                        stack.pop();
                    }
                }
                SRef::Inline(inner) => self.collect(inner, &mptr, stack, props, required),
            }
        }
        for (prop, p) in &v.properties {
            props.insert(prop, (*p, format!("{ptr}/properties/{}", esc(prop))));
        }
        required.extend(v.required.iter().copied());
    }

    fn define(
        &mut self,
        name: &str,
        s: &'a Schema,
        ptr: &str,
        dir: Dir,
        component: Option<&'a str>,
    ) {
        let v = view(s);
        if v.any_of {
            self.cx.unsupported(ptr, "`anyOf`");
        }
        if v.not {
            self.cx.unsupported(ptr, "`not`");
        }
        let docs = schema_docs(&s.schema_data, &format!("`{}`", component.unwrap_or(name)));
        let kind = if let Some(d) = &s.schema_data.discriminator {
            self.tagged(s, &v, d, ptr, dir)
        } else if !v.one_of.is_empty() {
            let mut variants = Vec::new();
            let mut used: Vec<String> = Vec::new();
            for (i, m) in v.one_of.iter().enumerate() {
                let mptr = format!("{ptr}/oneOf/{i}");
                let (vname, ty) = match *m {
                    SRef::Ref(r) => {
                        let short = r.strip_prefix(SCHEMA_PREFIX).unwrap_or(r);
                        (
                            naming::variant_name(short),
                            self.lower(*m, &format!("{name}{i}"), &mptr, dir),
                        )
                    }
                    SRef::Inline(_) => (
                        format!("Variant{i}"),
                        self.lower(*m, &format!("{name}Variant{i}"), &mptr, dir),
                    ),
                };
                let taken: Vec<&str> = used.iter().map(String::as_str).collect();
                let vname = naming::unique(&vname, &taken);
                used.push(vname.clone());
                variants.push((vname, ty));
            }
            TypeKind::Untagged { variants }
        } else if let Some(values) = v.string_enum() {
            self.string_enum(values)
        } else if v.is_object_like() || matches!(v.typ, Some("object")) && v.additional.is_none() {
            self.structure(name, s, ptr, dir, component)
        } else {
            // A named scalar, array or map: an alias to its inline form.
            TypeKind::Alias(self.lower_plain(&v, name, ptr, dir))
        };
        self.types.push(TypeDef {
            name: name.to_owned(),
            docs,
            pointer: ptr.to_owned(),
            dir,
            kind,
        });
    }

    fn string_enum(&mut self, values: Vec<String>) -> TypeKind {
        let mut out: Vec<(String, String)> = Vec::new();
        for value in values {
            if out.iter().any(|(w, _)| *w == value) {
                continue;
            }
            let taken: Vec<&str> = out.iter().map(|(_, v)| v.as_str()).collect();
            let v = naming::unique(&naming::variant_name(&value), &taken);
            out.push((value, v));
        }
        let taken: Vec<&str> = out.iter().map(|(_, v)| v.as_str()).collect();
        let unknown = naming::unique("Unknown", &taken);
        TypeKind::StringEnum {
            values: out,
            unknown,
        }
    }

    fn tagged(
        &mut self,
        s: &'a Schema,
        v: &View<'a>,
        d: &'a openapiv3::Discriminator,
        ptr: &str,
        dir: Dir,
    ) -> TypeKind {
        let property = d.property_name.clone();
        // The tag property's enum, from the base's own (flattened) properties.
        let mut props = IndexMap::new();
        let mut req = BTreeSet::new();
        self.collect(s, ptr, &mut vec![], &mut props, &mut req);
        let allowed: Option<Vec<String>> = props.get(property.as_str()).and_then(|(p, pptr)| {
            let pptr = pptr.clone();
            self.resolve(*p, &pptr)
                .and_then(|(ps, _)| view(ps).string_enum())
        });
        if v.one_of.is_empty() && !props.contains_key(property.as_str()) {
            self.cx.push(Diagnostic::InvalidDocument {
                file: self.cx.file(),
                pointer: format!("{ptr}/discriminator/propertyName"),
                message: format!(
                    "discriminator property {property:?} is not a property of the schema"
                ),
            });
        }
        let mut entries: Vec<(String, &'a str, String)> = Vec::new();
        if d.mapping.is_empty() {
            for (i, m) in v.one_of.iter().enumerate() {
                if let SRef::Ref(r) = *m {
                    let mptr = format!("{ptr}/oneOf/{i}");
                    if let Some(n) = self.ref_name(r, &mptr) {
                        entries.push((n.to_owned(), n, mptr));
                    }
                } else {
                    self.cx.unsupported(
                        &format!("{ptr}/oneOf/{i}"),
                        "an inline schema in a discriminated `oneOf`",
                    );
                }
            }
            if v.one_of.is_empty() {
                self.cx.unsupported(
                    &format!("{ptr}/discriminator"),
                    "a discriminator without `mapping` or `oneOf`",
                );
            }
        }
        for (key, target) in &d.mapping {
            let mptr = format!("{ptr}/discriminator/mapping/{}", esc(key));
            if let Some(allowed) = &allowed {
                if !allowed.contains(key) {
                    self.cx.push(Diagnostic::MappingKeyNotInEnum {
                        file: self.cx.file(),
                        pointer: mptr.clone(),
                        key: key.clone(),
                        property: property.clone(),
                        allowed: allowed.join(", "),
                    });
                }
            }
            match target.strip_prefix(SCHEMA_PREFIX) {
                Some(n) if self.component(n).is_some() => entries.push((key.clone(), n, mptr)),
                _ => self.cx.push(Diagnostic::MappingToMissingSchema {
                    file: self.cx.file(),
                    pointer: mptr,
                    key: key.clone(),
                    target: target.clone(),
                }),
            }
        }
        let mut variants: Vec<(String, String, String)> = Vec::new();
        for (key, target, _) in entries {
            let taken: Vec<&str> = variants.iter().map(|(_, v, _)| v.as_str()).collect();
            let vname = naming::unique(&naming::variant_name(&key), &taken);
            let sname = self.names.get(target).cloned().unwrap_or_default();
            variants.push((key, vname, sname));
        }
        let mut accessor = naming::field_name(&property);
        for reserved in ["from", "clone", "fmt", "eq"] {
            if accessor == reserved {
                accessor.push('_');
            }
        }
        TypeKind::Tagged {
            property,
            accessor,
            variants,
            open: dir.response,
        }
    }

    fn structure(
        &mut self,
        name: &str,
        s: &'a Schema,
        ptr: &str,
        dir: Dir,
        component: Option<&'a str>,
    ) -> TypeKind {
        let mut props = IndexMap::new();
        let mut required = BTreeSet::new();
        let mut stack: Vec<&'a str> = component.into_iter().collect();
        self.collect(s, ptr, &mut stack, &mut props, &mut required);
        for r in &required {
            if !props.contains_key(r) {
                self.cx.push(Diagnostic::InvalidDocument {
                    file: self.cx.file(),
                    pointer: format!("{ptr}/required"),
                    message: format!(
                        "required property {r:?} is not defined by the schema or its allOf members"
                    ),
                });
            }
        }
        let tag = component.and_then(|c| self.variant_tags.get(c).cloned());
        if let Some((prop, _)) = &tag {
            if !props.contains_key(prop.as_str()) {
                self.cx.push(Diagnostic::InvalidDocument {
                    file: self.cx.file(),
                    pointer: ptr.to_owned(),
                    message: format!("this discriminator variant has no property {prop:?}, the discriminator's propertyName"),
                });
            }
        }
        let mut fields: Vec<Field> = Vec::new();
        for (wire, (p, pptr)) in props {
            if tag.as_ref().is_some_and(|(prop, _)| prop == wire) {
                continue;
            }
            let Some((ps, _)) = self.resolve(p, &pptr) else {
                continue;
            };
            let data = &ps.schema_data;
            let (ro, wo) = (data.read_only, data.write_only);
            if (!dir.response && ro) || (!dir.request && wo) {
                continue;
            }
            let two_way_only = dir.both() && (ro || wo);
            let taken: Vec<&str> = fields.iter().map(|f| f.rust.as_str()).collect();
            let rust = naming::unique(&naming::field_name(wire), &taken);
            let hint = format!("{name}{}", wire.to_upper_camel_case());
            let example_key = format!("{}.{}", component.unwrap_or(name), wire);
            let ty = if let Some(enum_name) = self.settings.example_enums.get(&example_key).cloned()
            {
                let values = self.example_values.get(wire).cloned().unwrap_or_default();
                let kind = self.string_enum(values);
                self.claim(&enum_name, &pptr);
                self.types.push(TypeDef {
                    name: enum_name.clone(),
                    docs: {
                        let mut d = schema_docs(data, &format!("Values of `{wire}`."));
                        d.push(String::new());
                        d.push("Known values are those the spec's examples use; any other value is kept in the fallback variant.".to_owned());
                        d
                    },
                    pointer: pptr.clone(),
                    dir,
                    kind,
                });
                TypeRef::Named(enum_name)
            } else {
                self.lower(p, &hint, &pptr, dir)
            };
            let constraints = match p {
                SRef::Inline(inline) => self.constraints(&view(inline), &pptr),
                SRef::Ref(_) => Constraints::default(),
            };
            let mut docs = schema_docs(data, &format!("`{wire}`."));
            if two_way_only {
                docs.push(String::new());
                docs.push(
                    if ro {
                        "Read-only: set by the server; constructors leave it unset."
                    } else {
                        "Write-only: never returned by the server."
                    }
                    .to_owned(),
                );
            }
            fields.push(Field {
                wire: wire.to_owned(),
                rust,
                docs,
                ty,
                required: required.contains(wire) && !two_way_only,
                deprecated: data.deprecated,
                read_only: two_way_only && ro,
                constraints,
                boxed: false,
            });
        }
        TypeKind::Struct { fields, tag }
    }
}

fn collect_example_values(
    v: &Value,
    out: &mut HashMap<String, Vec<String>>,
    props: &BTreeSet<String>,
) {
    match v {
        Value::Object(m) => {
            for (k, child) in m {
                let samples: Vec<&Value> = match (k.as_str(), child) {
                    ("examples", Value::Object(ex)) => {
                        ex.values().filter_map(|e| e.get("value")).collect()
                    }
                    ("example", v) => vec![v],
                    _ => Vec::new(),
                };
                for val in samples {
                    for p in props {
                        if let Some(Value::String(s)) = val.get(p) {
                            let list = out.entry(p.clone()).or_default();
                            if !list.contains(s) {
                                list.push(s.clone());
                            }
                        }
                    }
                }
                collect_example_values(child, out, props);
            }
        }
        Value::Array(a) => a.iter().for_each(|c| collect_example_values(c, out, props)),
        _ => {}
    }
}

fn status_text(s: &StatusCode) -> String {
    match s {
        StatusCode::Code(c) => c.to_string(),
        StatusCode::Range(r) => format!("{r}XX"),
    }
}

fn version_of(media: &str, ext: &IndexMap<String, Value>) -> Option<String> {
    if let Some(Value::String(v)) = ext.get("x-xgen-version") {
        return Some(v.clone());
    }
    let rest = media.split("vnd.").nth(1)?;
    let date: String = rest.split('.').nth(1)?.split('+').next()?.to_owned();
    let ok = date.len() == 10
        && date.chars().enumerate().all(|(i, c)| {
            if i == 4 || i == 7 {
                c == '-'
            } else {
                c.is_ascii_digit()
            }
        });
    ok.then_some(date)
}

/// Lowers a parsed spec.
pub fn lower(file: &str, parsed: &Parsed, settings: &Settings) -> Result<Model, Diagnostics> {
    let doc = &parsed.doc;
    let mut lw = Lower {
        cx: Ctxt::new(file),
        doc,
        settings,
        dirs: IndexMap::new(),
        names: HashMap::new(),
        taken: BTreeMap::new(),
        variant_tags: HashMap::new(),
        types: Vec::new(),
        patterns: Vec::new(),
        example_values: HashMap::new(),
        overrides: &parsed.overrides,
        raw: &parsed.raw,
    };
    let props: BTreeSet<String> = settings
        .example_enums
        .keys()
        .filter_map(|k| k.split_once('.').map(|(_, p)| p.to_owned()))
        .collect();
    collect_example_values(&parsed.raw, &mut lw.example_values, &props);

    // Operations first: they are the roots.
    let ops = collect_operations(&mut lw);

    // Names of every reached component schema, claimed before inline names.
    let reached: Vec<(String, Dir)> = lw.dirs.iter().map(|(k, v)| (k.clone(), *v)).collect();
    for (name, _) in &reached {
        let rust = naming::type_name(name);
        lw.claim(&rust, &schema_ptr(name));
        lw.names.insert(name.clone(), rust);
    }
    for name in settings.example_enums.values() {
        if lw.taken.contains_key(name) {
            let d = Diagnostic::DuplicateName {
                file: lw.cx.file(),
                pointer: "/components/schemas".to_owned(),
                name: name.clone(),
                other: "a name set in Settings::with_example_enum".to_owned(),
            };
            lw.cx.push(d);
        }
    }
    // Discriminator variants and their tags.
    for (name, _) in &reached {
        let Some(ReferenceOr::Item(s)) = lw.component(name) else {
            continue;
        };
        let Some(d) = &s.schema_data.discriminator else {
            continue;
        };
        let mut targets: Vec<(String, String)> = d
            .mapping
            .iter()
            .filter_map(|(k, t)| {
                t.strip_prefix(SCHEMA_PREFIX)
                    .map(|n| (k.clone(), n.to_owned()))
            })
            .collect();
        if d.mapping.is_empty() {
            for m in view(s).one_of {
                if let SRef::Ref(r) = m {
                    if let Some(n) = r.strip_prefix(SCHEMA_PREFIX) {
                        targets.push((n.to_owned(), n.to_owned()));
                    }
                }
            }
        }
        for (key, target) in targets {
            let tag = (d.property_name.clone(), key);
            match lw.variant_tags.get(&target) {
                Some(old) if *old != tag => {
                    let p = schema_ptr(&target);
                    lw.cx.unsupported(
                        &p,
                        format!(
                            "a schema that is a discriminator variant twice, as {:?} and {:?}",
                            old.1, tag.1
                        ),
                    );
                }
                _ => {
                    lw.variant_tags.insert(target, tag);
                }
            }
        }
    }
    for (name, dir) in &reached {
        let ptr = schema_ptr(name);
        let rust = lw.names.get(name).cloned().unwrap_or_default();
        match lw.component(name) {
            Some(ReferenceOr::Item(s)) => lw.define(&rust, s, &ptr, *dir, Some(name.as_str())),
            Some(ReferenceOr::Reference { reference }) => {
                if lw.resolve(SRef::Ref(reference), &ptr).is_none() {
                    continue; // a cycle of aliases or a dangling target, already reported
                }
                let target = lw.lower(SRef::Ref(reference), &rust, &ptr, *dir);
                lw.types.push(TypeDef {
                    name: rust.clone(),
                    docs: vec![format!("`{name}`: an alias.")],
                    pointer: ptr.clone(),
                    dir: *dir,
                    kind: TypeKind::Alias(target),
                });
            }
            None => {}
        }
    }
    let ops = lower_operations(&mut lw, ops);
    let mut types = std::mem::take(&mut lw.types);
    types.sort_by(|a, b| a.name.cmp(&b.name));
    box_recursive_fields(&mut types);
    let patterns = std::mem::take(&mut lw.patterns);
    let warnings = lw.cx.check()?;
    Ok(Model {
        spec_file: file.to_owned(),
        title: doc.info.title.clone(),
        version: doc.info.version.clone(),
        overrides: parsed.overrides.clone(),
        types,
        patterns,
        operations: ops,
        warnings,
    })
}

/// Types a value holds inline (not behind a `Vec` or a map).
fn inline_targets(t: &TypeDef) -> Vec<&str> {
    fn direct(ty: &TypeRef) -> Option<&str> {
        match ty {
            TypeRef::Named(n) => Some(n),
            _ => None,
        }
    }
    match &t.kind {
        TypeKind::Struct { fields, .. } => fields
            .iter()
            .filter(|f| !f.boxed)
            .filter_map(|f| direct(&f.ty))
            .collect(),
        TypeKind::Tagged { variants, .. } => variants.iter().map(|(_, _, s)| s.as_str()).collect(),
        TypeKind::Untagged { variants } => {
            variants.iter().filter_map(|(_, ty)| direct(ty)).collect()
        }
        TypeKind::Alias(ty) => direct(ty).into_iter().collect(),
        TypeKind::StringEnum { .. } => Vec::new(),
    }
}

/// Boxes struct fields through which a type would contain itself (an infinite size otherwise).
fn box_recursive_fields(types: &mut [TypeDef]) {
    let index: HashMap<String, usize> = types
        .iter()
        .enumerate()
        .map(|(i, t)| (t.name.clone(), i))
        .collect();
    let reaches = |types: &[TypeDef], from: &str, to: &str| -> bool {
        let mut stack = vec![from.to_owned()];
        let mut seen = BTreeSet::new();
        while let Some(n) = stack.pop() {
            if n == to {
                return true;
            }
            if !seen.insert(n.clone()) {
                continue;
            }
            if let Some(&i) = index.get(&n) {
                stack.extend(inline_targets(&types[i]).into_iter().map(str::to_owned));
            }
        }
        false
    };
    for i in 0..types.len() {
        let name = types[i].name.clone();
        let n_fields = match &types[i].kind {
            TypeKind::Struct { fields, .. } => fields.len(),
            _ => 0,
        };
        for f in 0..n_fields {
            let target = match &types[i].kind {
                TypeKind::Struct { fields, .. } => match &fields[f].ty {
                    TypeRef::Named(t) => Some(t.clone()),
                    _ => None,
                },
                _ => None,
            };
            if let Some(t) = target {
                if reaches(types, &t, &name) {
                    if let TypeKind::Struct { fields, .. } = &mut types[i].kind {
                        fields[f].boxed = true;
                    }
                }
            }
        }
    }
}

/// Whether every field of every type allows `Eq`.
pub fn eq_table(types: &[TypeDef]) -> HashMap<String, bool> {
    let mut table: HashMap<String, bool> = types.iter().map(|t| (t.name.clone(), true)).collect();
    loop {
        let mut changed = false;
        for t in types {
            let ok = match &t.kind {
                TypeKind::Struct { fields, .. } => fields.iter().all(|f| f.ty.allows_eq(&table)),
                TypeKind::StringEnum { .. } => true,
                TypeKind::Tagged { variants, .. } => variants
                    .iter()
                    .all(|(_, _, s)| table.get(s).copied().unwrap_or(true)),
                TypeKind::Untagged { variants } => {
                    variants.iter().all(|(_, ty)| ty.allows_eq(&table))
                }
                TypeKind::Alias(ty) => ty.allows_eq(&table),
            };
            if !ok && table.get(&t.name) == Some(&true) {
                table.insert(t.name.clone(), false);
                changed = true;
            }
        }
        if !changed {
            return table;
        }
    }
}

struct RawOp<'a> {
    path: &'a str,
    method: &'a str,
    op: &'a openapiv3::Operation,
    path_params: &'a [ReferenceOr<Parameter>],
    pointer: String,
}

fn collect_operations<'a>(lw: &mut Lower<'a>) -> Vec<RawOp<'a>> {
    let doc = lw.doc;
    let mut out = Vec::new();
    for (path, item) in &doc.paths.paths {
        let pptr = format!("/paths/{}", esc(path));
        let ReferenceOr::Item(item) = item else {
            lw.cx.unsupported(&pptr, "a $ref path item");
            continue;
        };
        for (method, op) in item.iter() {
            let ptr = format!("{pptr}/{method}");
            if let Some(filter) = &lw.settings.operations {
                match &op.operation_id {
                    Some(id) if filter.contains(id) => {}
                    _ => continue,
                }
            }
            // Roots: request bodies (request direction) and responses (response direction).
            if let Some(rb) = &op.request_body {
                if let Some(rb) = resolve_request_body(lw, rb, &format!("{ptr}/requestBody")) {
                    for (mt, media) in &rb.content {
                        if let Some(s) = &media.schema {
                            lw.walk(
                                s.into(),
                                Dir::REQUEST,
                                &format!("{ptr}/requestBody/content/{}/schema", esc(mt)),
                            );
                        }
                    }
                }
            }
            for (status, resp) in op.responses.responses.iter() {
                let rptr = format!("{ptr}/responses/{}", status_text(status));
                if let Some(resp) = resolve_response(lw, resp, &rptr) {
                    for (mt, media) in &resp.content {
                        if let Some(s) = &media.schema {
                            lw.walk(
                                s.into(),
                                Dir::RESPONSE,
                                &format!("{rptr}/content/{}/schema", esc(mt)),
                            );
                        }
                    }
                }
            }
            // Component schemas that only parameters use (the enums of array query parameters)
            // are types too. Only refs to existing schemas are followed here: a broken ref is
            // reported once, when the parameter itself is lowered.
            let params = item
                .parameters
                .iter()
                .enumerate()
                .map(|(i, p)| (p, format!("{pptr}/parameters/{i}")))
                .chain(
                    op.parameters
                        .iter()
                        .enumerate()
                        .map(|(i, p)| (p, format!("{ptr}/parameters/{i}"))),
                );
            for (p, at) in params {
                let param = match p {
                    ReferenceOr::Item(p) => Some(p),
                    ReferenceOr::Reference { reference } => reference
                        .strip_prefix("#/components/parameters/")
                        .and_then(|n| doc.components.as_ref()?.parameters.get(n))
                        .and_then(|r| r.as_item()),
                };
                let Some(ParameterSchemaOrContent::Schema(schema)) =
                    param.map(|p| &p.parameter_data_ref().format)
                else {
                    continue;
                };
                let target = match SRef::from(schema) {
                    SRef::Ref(r) => Some(r),
                    SRef::Inline(s) => match view(s).items {
                        Some(SRef::Ref(r)) => Some(r),
                        _ => None,
                    },
                };
                if let Some(r) = target.filter(|r| {
                    r.strip_prefix(SCHEMA_PREFIX)
                        .is_some_and(|n| lw.component(n).is_some())
                }) {
                    lw.walk(SRef::Ref(r), Dir::REQUEST, &format!("{at}/schema"));
                }
            }
            out.push(RawOp {
                path,
                method,
                op,
                path_params: &item.parameters,
                pointer: ptr,
            });
        }
    }
    if let Some(filter) = &lw.settings.operations {
        for id in filter {
            if !out
                .iter()
                .any(|o| o.op.operation_id.as_deref() == Some(id.as_str()))
            {
                lw.cx.push(Diagnostic::InvalidOperation {
                    file: lw.cx.file(),
                    pointer: "/paths".to_owned(),
                    message: format!("allowlisted operation {id:?} is not in the spec"),
                });
            }
        }
    }
    out
}

/// Follows a local `$ref` into `#/components/<section>/`; a missing target is a `DanglingRef`
/// at `ptr`, and so is a component that is itself a reference (chains are not followed).
fn resolve<'a, T>(
    lw: &mut Lower<'a>,
    r: &'a ReferenceOr<T>,
    ptr: &str,
    section: &str,
    lookup: impl FnOnce(&'a openapiv3::Components, &str) -> Option<&'a ReferenceOr<T>>,
) -> Option<&'a T> {
    let reference = match r {
        ReferenceOr::Item(i) => return Some(i),
        ReferenceOr::Reference { reference } => reference,
    };
    let doc = lw.doc;
    let found = reference
        .strip_prefix("#/components/")
        .and_then(|rest| rest.strip_prefix(section))
        .and_then(|rest| rest.strip_prefix('/'))
        .and_then(|name| lookup(doc.components.as_ref()?, name));
    match found {
        Some(ReferenceOr::Item(i)) => Some(i),
        _ => {
            lw.cx.push(Diagnostic::DanglingRef {
                file: lw.cx.file(),
                pointer: ptr.to_owned(),
                target: reference.clone(),
            });
            None
        }
    }
}

fn resolve_request_body<'a>(
    lw: &mut Lower<'a>,
    rb: &'a ReferenceOr<openapiv3::RequestBody>,
    ptr: &str,
) -> Option<&'a openapiv3::RequestBody> {
    resolve(lw, rb, ptr, "requestBodies", |c, n| c.request_bodies.get(n))
}

fn resolve_response<'a>(
    lw: &mut Lower<'a>,
    r: &'a ReferenceOr<openapiv3::Response>,
    ptr: &str,
) -> Option<&'a openapiv3::Response> {
    resolve(lw, r, ptr, "responses", |c, n| c.responses.get(n))
}

fn resolve_parameter<'a>(
    lw: &mut Lower<'a>,
    p: &'a ReferenceOr<Parameter>,
    ptr: &str,
) -> Option<&'a Parameter> {
    resolve(lw, p, ptr, "parameters", |c, n| c.parameters.get(n))
}

fn header_description<'a>(
    lw: &mut Lower<'a>,
    h: &'a ReferenceOr<openapiv3::Header>,
    ptr: &str,
) -> String {
    resolve(lw, h, ptr, "headers", |c, n| c.headers.get(n))
        .and_then(|h| h.description.clone())
        .unwrap_or_default()
}

fn lower_operations<'a>(lw: &mut Lower<'a>, ops: Vec<RawOp<'a>>) -> Vec<OperationDef> {
    let mut out: Vec<OperationDef> = Vec::new();
    let mut modules: Vec<(String, String, String)> = Vec::new();
    for raw in &ops {
        let op = raw.op;
        let ptr = &raw.pointer;
        let Some(id) = op.operation_id.clone() else {
            lw.cx.push(Diagnostic::InvalidOperation {
                file: lw.cx.file(),
                pointer: ptr.clone(),
                message: "no operationId".to_owned(),
            });
            continue;
        };
        let module = naming::field_name(&id);
        if let Some((other_id, other_ptr)) = modules
            .iter()
            .find(|(m, _, _)| *m == module)
            .map(|(_, i, p)| (i.clone(), p.clone()))
        {
            let d = if other_id == id {
                Diagnostic::InvalidOperation {
                    file: lw.cx.file(),
                    pointer: format!("{ptr}/operationId"),
                    message: format!("operationId {id:?} is also used by {other_ptr}"),
                }
            } else {
                Diagnostic::DuplicateName {
                    file: lw.cx.file(),
                    pointer: format!("{ptr}/operationId"),
                    name: module.clone(),
                    other: format!("{other_ptr} (operationId {other_id:?})"),
                }
            };
            lw.cx.push(d);
        }
        modules.push((module.clone(), id.clone(), ptr.clone()));
        let override_id = match op.extensions.get("x-xgen-operation-id-override") {
            Some(Value::String(s)) => Some(s.clone()),
            _ => None,
        };
        let roles: Vec<String> = match op.extensions.get("x-rolesRequirements") {
            Some(Value::Array(a)) => a
                .iter()
                .filter_map(|v| v.as_str().map(str::to_owned))
                .collect(),
            _ => Vec::new(),
        };
        // Parameters: path-level, then operation-level (which win).
        let mut params: Vec<ParamDef> = Vec::new();
        let mut seen_in_list: Vec<(String, String, ParamLocation)> = Vec::new();
        let all = raw
            .path_params
            .iter()
            .enumerate()
            .map(|(i, p)| (p, format!("/paths/{}/parameters/{i}", esc(raw.path))))
            .chain(
                op.parameters
                    .iter()
                    .enumerate()
                    .map(|(i, p)| (p, format!("{ptr}/parameters/{i}"))),
            );
        for (p, pptr) in all.collect::<Vec<_>>() {
            let Some(p) = resolve_parameter(lw, p, &pptr) else {
                continue;
            };
            let (location, data) = match p {
                Parameter::Path { parameter_data, .. } => (ParamLocation::Path, parameter_data),
                Parameter::Query { parameter_data, .. } => (ParamLocation::Query, parameter_data),
                Parameter::Header { parameter_data, .. } => (ParamLocation::Header, parameter_data),
                Parameter::Cookie { .. } => {
                    lw.cx.unsupported(&pptr, "a cookie parameter");
                    continue;
                }
            };
            let (ty, constraints, default) = match &data.format {
                ParameterSchemaOrContent::Schema(s) => {
                    let sptr = format!("{pptr}/schema");
                    let resolved = lw.resolve(s.into(), &sptr);
                    match resolved {
                        Some((schema, _)) => {
                            let v = view(schema);
                            let scalar = |v: &View<'_>| match (v.typ, v.format.as_deref()) {
                                (Some("boolean"), _) => Some(TypeRef::Bool),
                                (Some("integer"), Some("int32")) => Some(TypeRef::I32),
                                (Some("integer"), _) => Some(TypeRef::I64),
                                (Some("number"), _) => Some(TypeRef::F64),
                                (Some("string"), _) | (None, _) => Some(TypeRef::String),
                                _ => None,
                            };
                            let items = match (v.typ, v.items) {
                                (Some("array"), Some(i)) => lw
                                    .resolve(i, &format!("{sptr}/items"))
                                    .map(|(s, _)| view(s)),
                                _ => None,
                            };
                            let ty = match (v.typ, v.format.as_deref()) {
                                (Some("array"), _)
                                    if location == ParamLocation::Query
                                        && items.as_ref().and_then(scalar).is_some() =>
                                {
                                    TypeRef::Vec(Box::new(
                                        items.as_ref().and_then(scalar).unwrap_or(TypeRef::String),
                                    ))
                                }
                                (Some("boolean"), _) => TypeRef::Bool,
                                (Some("integer"), Some("int32")) => TypeRef::I32,
                                (Some("integer"), _) => TypeRef::I64,
                                (Some("number"), _) => TypeRef::F64,
                                (Some("string"), _) | (None, _) => TypeRef::String,
                                (Some(other), _) => {
                                    lw.cx.unsupported(
                                        &sptr,
                                        format!("a parameter of type {other:?}"),
                                    );
                                    TypeRef::String
                                }
                            };
                            let c = lw.constraints(&v, &sptr);
                            (
                                ty,
                                c,
                                schema.schema_data.default.as_ref().map(|d| d.to_string()),
                            )
                        }
                        None => (TypeRef::String, Constraints::default(), None),
                    }
                }
                ParameterSchemaOrContent::Content(_) => {
                    lw.cx.unsupported(&pptr, "a parameter with `content`");
                    continue;
                }
            };
            let mut docs = data
                .description
                .as_deref()
                .map(doc_lines)
                .unwrap_or_default();
            if docs.is_empty() {
                docs.push(format!("`{}`.", data.name));
            }
            let hidden =
                location == ParamLocation::Query && lw.settings.hidden_query.contains(&data.name);
            let def = ParamDef {
                wire: data.name.clone(),
                rust: String::new(),
                location,
                required: data.required || location == ParamLocation::Path,
                ty,
                constraints,
                docs,
                default,
                hidden,
            };
            let same_list = pptr
                .rsplit_once('/')
                .map(|(list, _)| list.to_owned())
                .unwrap_or_default();
            if seen_in_list.contains(&(same_list.clone(), def.wire.clone(), def.location)) {
                lw.cx.push(Diagnostic::InvalidOperation {
                    file: lw.cx.file(),
                    pointer: pptr.clone(),
                    message: format!(
                        "parameter {:?} is declared twice in the same list",
                        def.wire
                    ),
                });
            }
            seen_in_list.push((same_list, def.wire.clone(), def.location));
            match params
                .iter_mut()
                .find(|q| q.wire == def.wire && q.location == def.location)
            {
                Some(q) => *q = def,
                None => params.push(def),
            }
        }
        params.sort_by_key(|p| match p.location {
            ParamLocation::Path => 0,
            ParamLocation::Query => 1,
            ParamLocation::Header => 2,
        });
        let mut taken: Vec<String> = Vec::new();
        for p in &mut params {
            let t: Vec<&str> = taken.iter().map(String::as_str).collect();
            p.rust = naming::unique(&naming::field_name(&p.wire), &t);
            taken.push(p.rust.clone());
        }
        // Every `{name}` in the template needs a path parameter.
        let mut rest = raw.path;
        while let Some(start) = rest.find('{') {
            let Some(len) = rest[start..].find('}') else {
                break;
            };
            let name = &rest[start + 1..start + len];
            if !params
                .iter()
                .any(|p| p.location == ParamLocation::Path && p.wire == name)
            {
                lw.cx.push(Diagnostic::InvalidOperation {
                    file: lw.cx.file(),
                    pointer: ptr.clone(),
                    message: format!("path template {:?} uses {{{name}}} but no path parameter {name:?} is declared", raw.path),
                });
            }
            rest = &rest[start + len..];
        }

        // Response keys the parser would drop silently.
        if let Some(serde_json::Value::Object(keys)) = lw.raw.pointer(&format!("{ptr}/responses")) {
            for k in keys.keys() {
                let valid = k == "default"
                    || (k.len() == 3 && k.chars().all(|c| c.is_ascii_digit()))
                    || (k.len() == 3
                        && k.starts_with(|c: char| c.is_ascii_digit())
                        && k[1..].eq_ignore_ascii_case("xx"))
                    || k.starts_with("x-");
                if !valid {
                    lw.cx.push(Diagnostic::InvalidOperation {
                        file: lw.cx.file(),
                        pointer: format!("{ptr}/responses/{}", esc(k)),
                        message: format!(
                            "{k:?} is not an HTTP status code, a range like 4XX, or default"
                        ),
                    });
                }
            }
            if keys.keys().all(|k| k.starts_with("x-")) {
                lw.cx.push(Diagnostic::InvalidOperation {
                    file: lw.cx.file(),
                    pointer: format!("{ptr}/responses"),
                    message: "no responses are declared".to_owned(),
                });
            }
        }
        // Responses.
        struct Resp<'a> {
            status: String,
            code: Option<u16>,
            r: &'a openapiv3::Response,
            ptr: String,
        }
        let mut resps: Vec<Resp<'a>> = Vec::new();
        for (status, r) in op.responses.responses.iter() {
            let rptr = format!("{ptr}/responses/{}", status_text(status));
            if let Some(r) = resolve_response(lw, r, &rptr) {
                let code = match status {
                    StatusCode::Code(c) => Some(*c),
                    StatusCode::Range(_) => None,
                };
                resps.push(Resp {
                    status: status_text(status),
                    code,
                    r,
                    ptr: rptr,
                });
            }
        }
        if let Some(d) = &op.responses.default {
            let rptr = format!("{ptr}/responses/default");
            if let Some(r) = resolve_response(lw, d, &rptr) {
                resps.push(Resp {
                    status: "default".to_owned(),
                    code: None,
                    r,
                    ptr: rptr,
                });
            }
        }
        let is_success =
            |r: &Resp<'_>| r.code.is_some_and(|c| (200..300).contains(&c)) || r.status == "2XX";
        let request_body = op
            .request_body
            .as_ref()
            .and_then(|rb| resolve_request_body(lw, rb, &format!("{ptr}/requestBody")));

        // Versions: every media type of the request body and the success responses.
        let default_media = "application/json";
        let mut medias: Vec<String> = Vec::new();
        if let Some(rb) = request_body {
            medias.extend(rb.content.keys().cloned());
        }
        for r in resps.iter().filter(|r| is_success(r)) {
            medias.extend(r.r.content.keys().cloned());
        }
        let mut versions: Vec<(Option<String>, String)> = Vec::new();
        for m in medias {
            let ext = request_body
                .and_then(|rb| rb.content.get(&m))
                .map(|mt| &mt.extensions)
                .or_else(|| {
                    resps
                        .iter()
                        .find_map(|r| r.r.content.get(&m).map(|mt| &mt.extensions))
                });
            let version = ext.and_then(|e| version_of(&m, e));
            if version.is_none() && !m.contains("json") {
                continue;
            }
            // One media type per version: JSON wins over other encodings (such as CSV) of the
            // same version, which this client does not decode.
            if let Some(i) = versions
                .iter()
                .position(|(v, _)| version.is_some() && *v == version)
            {
                if m.contains("json") && !versions[i].1.contains("json") {
                    versions[i].1 = m.clone();
                }
                continue;
            }
            if !versions.iter().any(|(_, mm)| *mm == m) {
                versions.push((version, m));
            }
        }
        if versions.is_empty() {
            versions.push((None, default_media.to_owned()));
        }
        versions.sort();
        let unversioned = naming::version_type_name(&lw.doc.info.version);

        // The error body: the type shared by every non-success JSON response.
        let mut error: Option<TypeRef> = None;
        let mut error_mixed = false;
        let mut vdefs = Vec::new();
        for (version, media) in &versions {
            let mut vd = VersionDef {
                type_name: version
                    .as_deref()
                    .map_or(unversioned.clone(), naming::version_type_name),
                version: version.clone(),
                accept: media.clone(),
                content_type: None,
                request: None,
                request_required: false,
                response: None,
                success_status: 200,
                sunset: None,
                responses: Vec::new(),
            };
            if let Some(rb) = request_body {
                let rbptr = format!("{ptr}/requestBody/content/{}", esc(media));
                match rb.content.get(media) {
                    Some(mt) => match &mt.schema {
                        Some(s) => {
                            let hint = format!("{}Request", id.to_upper_camel_case());
                            vd.request = Some(lw.lower(s.into(), &hint, &format!("{rbptr}/schema"), Dir::REQUEST));
                            vd.content_type = Some(media.clone());
                            vd.request_required = rb.required;
                        }
                        None => lw.cx.push(Diagnostic::MissingSchema {
                            file: lw.cx.file(),
                            pointer: rbptr,
                            media_type: media.clone(),
                        }),
                    },
                    None if version.is_some() && !rb.content.is_empty() => lw.cx.push(Diagnostic::InvalidOperation {
                        file: lw.cx.file(),
                        pointer: format!("{ptr}/requestBody/content"),
                        message: format!("a response is declared for {media:?} but the request body has no such media type"),
                    }),
                    None => {}
                }
            }
            let mut success_set = false;
            for r in &resps {
                let success = is_success(r);
                let (mt_name, body) = if success {
                    match r.r.content.get(media) {
                        Some(mt) => (Some(media.clone()), mt.schema.as_ref()),
                        None if r.r.content.is_empty() => (None, None),
                        None => continue, // another version's success response
                    }
                } else {
                    match r
                        .r
                        .content
                        .iter()
                        .find(|(k, _)| k.contains("json"))
                        .or_else(|| r.r.content.first())
                    {
                        Some((k, mt)) => (Some(k.clone()), mt.schema.as_ref()),
                        None => (None, None),
                    }
                };
                let hint = format!("{}Response", id.to_upper_camel_case());
                let body_ty = body.map(|s| {
                    let sptr = format!(
                        "{}/content/{}/schema",
                        r.ptr,
                        esc(mt_name.as_deref().unwrap_or_default())
                    );
                    lw.lower(s.into(), &hint, &sptr, Dir::RESPONSE)
                });
                if success && !success_set {
                    vd.response = body_ty.clone();
                    vd.success_status = r.code.unwrap_or(200);
                    vd.sunset =
                        r.r.content
                            .get(media)
                            .and_then(|mt| mt.extensions.get("x-sunset"))
                            .and_then(|v| v.as_str().map(str::to_owned));
                    success_set = true;
                }
                if !success {
                    match (&error, &body_ty) {
                        (None, Some(t)) if !error_mixed => error = Some(t.clone()),
                        (Some(e), Some(t)) if e != t => error_mixed = true,
                        _ => {}
                    }
                }
                let headers =
                    r.r.headers
                        .iter()
                        .map(|(n, h)| {
                            (
                                n.clone(),
                                header_description(lw, h, &format!("{}/headers/{}", r.ptr, esc(n))),
                            )
                        })
                        .collect();
                vd.responses.push(ResponseDef {
                    status: r.status.clone(),
                    description: r.r.description.clone(),
                    media_type: mt_name,
                    body: body_ty,
                    headers,
                });
            }
            vdefs.push(vd);
        }
        if error_mixed {
            error = Some(TypeRef::Json);
        }

        let mut docs = Vec::new();
        if let Some(s) = &op.summary {
            docs.extend(doc_lines(s));
        }
        if let Some(d) = &op.description {
            if !docs.is_empty() {
                docs.push(String::new());
            }
            docs.extend(doc_lines(d));
        }
        if docs.is_empty() {
            docs.push(format!("`{id}`."));
        }
        docs.push(String::new());
        docs.push(format!("`{} {}`", raw.method.to_uppercase(), raw.path));
        if !roles.is_empty() {
            docs.push(String::new());
            docs.push(format!("Required roles: {}.", roles.join(", ")));
        }
        if let Some(Value::String(url)) = op.extensions.get("x-xgen-docs-url") {
            docs.push(String::new());
            docs.push(format!("Documentation: <{url}>"));
        }
        if op.deprecated {
            docs.push(String::new());
            docs.push("Deprecated by the spec.".to_owned());
        }
        for o in &lw_overrides_for(ptr, lw.overrides) {
            docs.push(String::new());
            docs.push(format!(
                "Spec override from `{}` at `{}`: {}",
                o.file,
                o.pointer,
                sanitize_line(&o.reason)
            ));
        }
        out.push(OperationDef {
            id: id.clone(),
            override_id,
            module,
            alias: None,
            method: raw.method.to_uppercase(),
            path: raw.path.to_owned(),
            docs,
            roles,
            params,
            versions: vdefs,
            error,
            pointer: ptr.clone(),
        });
    }
    // Aliases from override names, when free.
    let modules: Vec<String> = out.iter().map(|o| o.module.clone()).collect();
    let mut aliases: Vec<String> = Vec::new();
    for o in &mut out {
        if let Some(ov) = &o.override_id {
            let a = naming::field_name(ov);
            if a != o.module && !modules.contains(&a) && !aliases.contains(&a) {
                aliases.push(a.clone());
                o.alias = Some(a);
            }
        }
    }
    out
}

fn lw_overrides_for(ptr: &str, applied: &[AppliedOverride]) -> Vec<AppliedOverride> {
    applied
        .iter()
        .filter(|o| o.pointer.starts_with(&format!("{ptr}/")))
        .cloned()
        .collect()
}
