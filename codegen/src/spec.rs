//! The OpenAPI document as lowering reads it: the objects and keywords the generator uses, read
//! by hand from the JSON value of [`crate::parse`].
//!
//! A key this model does not name is not read, so a malformed `servers`, `security`, `links`,
//! `callbacks` or `examples` does not stop generation. What it does read is checked for its
//! type: a wrong one is an error with the JSON pointer of the object that holds it (for anything
//! inside a schema, a parameter, a response or `/paths`: the component, or `/paths`, as this
//! generator has always reported them) and serde's wording (`invalid type: sequence, expected a
//! string`, `missing field `info``).
//!
//! A schema keeps every keyword that shapes a value, and the one [`Kind`] the keywords make it:
//! a typed scalar, object or array when `type` has only the keywords of its type, a single
//! composition when nothing else is given, and otherwise any combination.

use std::cell::{Cell, RefCell};

use crate::json::{Map, Value};
use indexmap::IndexMap;

use crate::diagnostics::escape_pointer_token;

/// Why the document could not be read: the message, and the path to where.
#[derive(Debug)]
pub struct ReadError {
    /// The keys from the document's root, innermost first.
    path: Vec<String>,
    /// What was wrong, in serde's words.
    pub message: String,
}

impl ReadError {
    fn new(message: impl Into<String>) -> Self {
        ReadError {
            path: Vec::new(),
            message: message.into(),
        }
    }

    /// The JSON pointer of the object that holds the fault (`/` for the root).
    pub fn pointer(&self) -> String {
        if self.path.is_empty() {
            return "/".to_owned();
        }
        let mut out = String::new();
        for seg in self.path.iter().rev() {
            out.push('/');
            out.push_str(&escape_pointer_token(seg));
        }
        out
    }
}

type R<T> = Result<T, ReadError>;

/// Adds `seg` to the path of an error from inside it.
fn at<T>(r: R<T>, seg: &str) -> R<T> {
    r.map_err(|mut e| {
        e.path.push(seg.to_owned());
        e
    })
}

/// Forgets the path inside: the error is reported at the entry being read.
fn whole<T>(r: R<T>) -> R<T> {
    r.map_err(|mut e| {
        e.path.clear();
        e
    })
}

/// What a value is, as serde words it in `invalid type` messages.
fn unexpected(v: &Value) -> String {
    match v {
        Value::Null => "null".to_owned(),
        Value::Bool(b) => format!("boolean `{b}`"),
        Value::Number(n) => match (n.as_u64(), n.as_i64()) {
            (Some(u), _) => format!("integer `{u}`"),
            (_, Some(i)) => format!("integer `{i}`"),
            _ => format!("floating point `{}`", n.as_f64().unwrap_or(f64::NAN)),
        },
        Value::String(s) => format!("string {s:?}"),
        Value::Array(_) => "sequence".to_owned(),
        Value::Object(_) => "map".to_owned(),
    }
}

fn invalid_type(v: &Value, expected: &str) -> ReadError {
    ReadError::new(format!(
        "invalid type: {}, expected {expected}",
        unexpected(v)
    ))
}

pub(crate) fn string(v: &Value) -> R<String> {
    match v {
        Value::String(s) => Ok(s.clone()),
        other => Err(invalid_type(other, "a string")),
    }
}

fn boolean(v: &Value) -> R<bool> {
    match v {
        Value::Bool(b) => Ok(*b),
        other => Err(invalid_type(other, "a boolean")),
    }
}

fn size(v: &Value) -> R<usize> {
    match v {
        Value::Number(n) => match (n.as_u64(), n.as_i64()) {
            (Some(u), _) => usize::try_from(u).map_err(|_| {
                ReadError::new(format!("invalid value: integer `{u}`, expected usize"))
            }),
            (_, Some(i)) => Err(ReadError::new(format!(
                "invalid value: integer `{i}`, expected usize"
            ))),
            _ => Err(invalid_type(v, "usize")),
        },
        other => Err(invalid_type(other, "usize")),
    }
}

fn number(v: &Value) -> R<f64> {
    match v {
        Value::Number(n) => Ok(n.as_f64().unwrap_or(f64::NAN)),
        other => Err(invalid_type(other, "a JSON number")),
    }
}

pub(crate) fn any(v: &Value) -> R<Value> {
    Ok(v.clone())
}

fn strings(v: &Value) -> R<Vec<String>> {
    seq(v, string)
}

pub(crate) fn seq<T>(v: &Value, item: impl Fn(&Value) -> R<T>) -> R<Vec<T>> {
    let Value::Array(items) = v else {
        return Err(invalid_type(v, "a sequence"));
    };
    let mut out = Vec::with_capacity(items.len());
    for (i, x) in items.iter().enumerate() {
        out.push(at(item(x), &i.to_string())?);
    }
    Ok(out)
}

fn map<T>(v: &Value, entry: impl Fn(&Value) -> R<T>) -> R<IndexMap<String, T>> {
    let Value::Object(m) = v else {
        return Err(invalid_type(v, "a map"));
    };
    let mut out = IndexMap::with_capacity(m.len());
    for (k, x) in m {
        out.insert(k.clone(), at(entry(x), k)?);
    }
    Ok(out)
}

/// The keys `x-…` of an object, with their values.
fn extensions(m: &Map<String, Value>) -> IndexMap<String, Value> {
    m.iter()
        .filter(|(k, _)| k.starts_with("x-"))
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect()
}

/// The fields of one object, read by name. A fault does not stop the reading: the object keeps
/// its first fault in the order serde would meet it (the keys of a stage in document order, then
/// the stage's missing keys, then the next stage: what the object flattens), and
/// [`Fields::done`] returns it.
pub(crate) struct Fields<'v> {
    map: &'v Map<String, Value>,
    stage: Cell<u8>,
    fault: RefCell<Option<((u8, usize), ReadError)>>,
}

impl<'v> Fields<'v> {
    pub(crate) fn of(v: &'v Value, expected: &str) -> R<Self> {
        match v {
            Value::Object(map) => Ok(Fields {
                map,
                stage: Cell::new(0),
                fault: RefCell::new(None),
            }),
            other => Err(invalid_type(other, expected)),
        }
    }

    /// The keys read from now on are read after the earlier ones.
    fn stage(&self, n: u8) {
        self.stage.set(n);
    }

    /// Keeps `e`, the fault of the key at `index` (`usize::MAX`: a missing key), if it is the
    /// first so far.
    fn fault(&self, index: usize, e: ReadError) {
        let pos = (self.stage.get(), index);
        let mut fault = self.fault.borrow_mut();
        if fault.as_ref().is_none_or(|(p, _)| pos < *p) {
            *fault = Some((pos, e));
        }
    }

    /// Whether the object has `key`, not `null`.
    fn has(&self, key: &str) -> bool {
        !matches!(self.map.get(key), None | Some(Value::Null))
    }

    fn index(&self, key: &str) -> usize {
        self.map.keys().position(|k| k == key).unwrap_or(usize::MAX)
    }

    fn read<T>(&self, key: &str, v: &'v Value, read: impl FnOnce(&'v Value) -> R<T>) -> Option<T> {
        match at(read(v), key) {
            Ok(x) => Some(x),
            Err(e) => {
                self.fault(self.index(key), e);
                None
            }
        }
    }

    /// An optional field: absent or `null` is `None`.
    pub(crate) fn opt<T>(&self, key: &str, read: impl FnOnce(&'v Value) -> R<T>) -> Option<T> {
        match self.map.get(key) {
            None | Some(Value::Null) => None,
            Some(v) => self.read(key, v, read),
        }
    }

    /// A field that must be there (`null` is read, and is then usually of the wrong type).
    pub(crate) fn req<T: Default>(&self, key: &str, read: impl FnOnce(&'v Value) -> R<T>) -> T {
        match self.map.get(key) {
            None => {
                self.fault(usize::MAX, ReadError::new(format!("missing field `{key}`")));
                T::default()
            }
            Some(v) => self.read(key, v, read).unwrap_or_default(),
        }
    }

    /// A field with a default when absent (`null` is read, as a field with a default reads it).
    pub(crate) fn or_default<T: Default>(
        &self,
        key: &str,
        read: impl FnOnce(&'v Value) -> R<T>,
    ) -> T {
        match self.map.get(key) {
            None => T::default(),
            Some(v) => self.read(key, v, read).unwrap_or_default(),
        }
    }

    /// Faults each key not in `known`, as serde's `deny_unknown_fields` words it.
    pub(crate) fn deny_unknown(&self, known: &[&str]) {
        for (i, k) in self.map.keys().enumerate() {
            if !known.contains(&k.as_str()) {
                let mut e = ReadError::new(format!("unknown field `{k}`, {}", one_of(known)));
                e.path.push(k.clone());
                self.fault(i, e);
            }
        }
    }

    /// `value`, or the object's first fault.
    pub(crate) fn done<T>(&self, value: T) -> R<T> {
        match self.fault.borrow_mut().take() {
            Some((_, e)) => Err(e),
            None => Ok(value),
        }
    }
}

/// `$ref`, or the object itself.
#[derive(Debug, Clone, PartialEq)]
pub enum ReferenceOr<T> {
    /// A `$ref` (other keys beside it are ignored).
    Reference {
        /// The reference's text.
        reference: String,
    },
    /// The object.
    Item(T),
}

impl<T> ReferenceOr<T> {
    /// The object, unless this is a reference.
    pub fn as_item(&self) -> Option<&T> {
        match self {
            ReferenceOr::Item(i) => Some(i),
            ReferenceOr::Reference { .. } => None,
        }
    }
}

/// A `$ref`-or-object entry; an error anywhere inside is reported at the entry.
fn ref_or<T>(v: &Value, item: impl FnOnce(&Value) -> R<T>) -> R<ReferenceOr<T>> {
    if let Some(Value::String(r)) = v.get("$ref") {
        return Ok(ReferenceOr::Reference {
            reference: r.clone(),
        });
    }
    whole(item(v)).map(ReferenceOr::Item)
}

/// The document.
#[derive(Debug, Clone)]
pub struct OpenAPI {
    /// `info`.
    pub info: Info,
    /// `paths`.
    pub paths: Paths,
    /// `components`.
    pub components: Option<Components>,
    /// `tags`.
    pub tags: Vec<Tag>,
}

/// Reads the document from its JSON value.
pub fn read(v: &Value) -> Result<OpenAPI, ReadError> {
    let f = Fields::of(v, "struct OpenAPI")?;
    f.req("openapi", string);
    f.done(OpenAPI {
        info: f.req("info", read_info),
        paths: f.req("paths", read_paths),
        components: f.opt("components", read_components),
        tags: f.or_default("tags", |v| seq(v, read_tag)),
    })
}

/// `info`: what the generator names from it.
#[derive(Debug, Clone, Default)]
pub struct Info {
    /// `title`.
    pub title: String,
    /// `version`.
    pub version: String,
}

fn read_info(v: &Value) -> R<Info> {
    let f = Fields::of(v, "struct Info")?;
    f.opt("description", string);
    f.done(Info {
        title: f.req("title", string),
        version: f.req("version", string),
    })
}

/// A tag's entry in the top-level `tags` list.
#[derive(Debug, Clone)]
pub struct Tag {
    /// `name`.
    pub name: String,
    /// `description`.
    pub description: Option<String>,
    /// `externalDocs`.
    pub external_docs: Option<ExternalDocumentation>,
}

fn read_tag(v: &Value) -> R<Tag> {
    let f = Fields::of(v, "struct Tag")?;
    f.done(Tag {
        name: f.req("name", string),
        description: f.opt("description", string),
        external_docs: f.opt("externalDocs", read_external_docs),
    })
}

/// `externalDocs`.
#[derive(Debug, Clone, PartialEq)]
pub struct ExternalDocumentation {
    /// `description`.
    pub description: Option<String>,
    /// `url`.
    pub url: String,
}

fn read_external_docs(v: &Value) -> R<ExternalDocumentation> {
    let f = Fields::of(v, "struct ExternalDocumentation")?;
    f.done(ExternalDocumentation {
        description: f.opt("description", string),
        url: f.req("url", string),
    })
}

/// `paths`: the entries whose key starts with `/`.
#[derive(Debug, Clone, Default)]
pub struct Paths {
    /// Each path template with its item.
    pub paths: IndexMap<String, ReferenceOr<PathItem>>,
}

impl Paths {
    /// The path templates with their items, in document order.
    pub fn iter(&self) -> indexmap::map::Iter<'_, String, ReferenceOr<PathItem>> {
        self.paths.iter()
    }
}

fn read_paths(v: &Value) -> R<Paths> {
    let Value::Object(m) = v else {
        return Err(invalid_type(v, "struct Paths"));
    };
    let mut paths = IndexMap::new();
    for (k, item) in m.iter().filter(|(k, _)| k.starts_with('/')) {
        paths.insert(k.clone(), ref_or(item, read_path_item)?);
    }
    Ok(Paths { paths })
}

/// A path item: its operations and the parameters they share.
#[derive(Debug, Clone, Default)]
pub struct PathItem {
    /// The operations, by method key, in the order OpenAPI lists the methods.
    operations: Vec<(&'static str, Operation)>,
    /// `parameters`.
    pub parameters: Vec<ReferenceOr<Parameter>>,
}

impl PathItem {
    /// The operations with their method keys (`get`, `put`, ...).
    pub fn iter(&self) -> impl Iterator<Item = (&'static str, &Operation)> {
        self.operations.iter().map(|(k, op)| (*k, op))
    }
}

/// The keys of a path item that are operations, in the order OpenAPI lists them.
pub(crate) const METHODS: [&str; 8] = [
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];

fn read_path_item(v: &Value) -> R<PathItem> {
    let f = Fields::of(v, "struct PathItem")?;
    f.opt("summary", string);
    f.opt("description", string);
    let mut operations = Vec::new();
    for method in METHODS {
        if let Some(op) = f.opt(method, read_operation) {
            operations.push((method, op));
        }
    }
    f.done(PathItem {
        operations,
        parameters: f.or_default("parameters", |v| seq(v, |p| ref_or(p, read_parameter))),
    })
}

/// An operation.
#[derive(Debug, Clone, Default)]
pub struct Operation {
    /// `tags`.
    pub tags: Vec<String>,
    /// `summary`.
    pub summary: Option<String>,
    /// `description`.
    pub description: Option<String>,
    /// `operationId`.
    pub operation_id: Option<String>,
    /// `externalDocs`.
    pub external_docs: Option<ExternalDocumentation>,
    /// `parameters`.
    pub parameters: Vec<ReferenceOr<Parameter>>,
    /// `requestBody`.
    pub request_body: Option<ReferenceOr<RequestBody>>,
    /// `responses`.
    pub responses: Responses,
    /// `deprecated`.
    pub deprecated: bool,
    /// The `x-…` keys.
    pub extensions: IndexMap<String, Value>,
}

fn read_operation(v: &Value) -> R<Operation> {
    let f = Fields::of(v, "struct Operation")?;
    f.done(Operation {
        tags: f.or_default("tags", strings),
        summary: f.opt("summary", string),
        description: f.opt("description", string),
        operation_id: f.opt("operationId", string),
        external_docs: f.opt("externalDocs", read_external_docs),
        parameters: f.or_default("parameters", |v| seq(v, |p| ref_or(p, read_parameter))),
        request_body: f.opt("requestBody", |v| ref_or(v, read_request_body)),
        responses: f.req("responses", read_responses),
        deprecated: f.or_default("deprecated", boolean),
        extensions: extensions(f.map),
    })
}

/// An HTTP status code, or a range of them (`4XX`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum StatusCode {
    /// One code, 100 to 999.
    Code(u16),
    /// A range: its first digit.
    Range(u16),
}

impl StatusCode {
    /// A response key as a status code: three digits (100 to 999), or a digit and `XX`.
    fn parse(key: &str) -> Option<StatusCode> {
        let b = key.as_bytes();
        if b.len() != 3 {
            return None;
        }
        if let Ok(n) = key.parse::<u16>() {
            return (100..1000).contains(&n).then_some(StatusCode::Code(n));
        }
        (b[0].is_ascii_digit() && b[1..].eq_ignore_ascii_case(b"XX"))
            .then(|| StatusCode::Range(u16::from(b[0] - b'0')))
    }
}

/// `responses`: `default`, and the entries keyed by a status code. Other keys are not read.
#[derive(Debug, Clone, Default)]
pub struct Responses {
    /// `default`.
    pub default: Option<ReferenceOr<Response>>,
    /// The responses by status code.
    pub responses: IndexMap<StatusCode, ReferenceOr<Response>>,
}

fn read_responses(v: &Value) -> R<Responses> {
    let f = Fields::of(v, "struct Responses")?;
    let default = f.opt("default", |v| ref_or(v, read_response));
    // The entries by status code are read after `default`, as what the object flattens.
    f.stage(1);
    let mut responses = IndexMap::new();
    for (i, (k, r)) in f.map.iter().enumerate() {
        if let Some(code) = StatusCode::parse(k) {
            match ref_or(r, read_response) {
                Ok(r) => {
                    responses.insert(code, r);
                }
                Err(e) => f.fault(i, e),
            }
        }
    }
    f.done(Responses { default, responses })
}

/// A response.
#[derive(Debug, Clone)]
pub struct Response {
    /// `description`.
    pub description: String,
    /// `headers`.
    pub headers: IndexMap<String, ReferenceOr<Header>>,
    /// `content`.
    pub content: IndexMap<String, MediaType>,
}

fn read_response(v: &Value) -> R<Response> {
    let f = Fields::of(v, "struct Response")?;
    f.done(Response {
        description: f.req("description", string),
        headers: f.or_default("headers", |v| map(v, |h| ref_or(h, read_header))),
        content: f.or_default("content", |v| map(v, read_media_type)),
    })
}

/// A media type's entry in `content`.
#[derive(Debug, Clone)]
pub struct MediaType {
    /// `schema`.
    pub schema: Option<ReferenceOr<Schema>>,
    /// The `x-…` keys.
    pub extensions: IndexMap<String, Value>,
}

fn read_media_type(v: &Value) -> R<MediaType> {
    let f = Fields::of(v, "struct MediaType")?;
    f.done(MediaType {
        schema: f.opt("schema", |v| ref_or(v, read_schema)),
        extensions: extensions(f.map),
    })
}

/// A request body.
#[derive(Debug, Clone)]
pub struct RequestBody {
    /// `content`.
    pub content: IndexMap<String, MediaType>,
    /// `required`.
    pub required: bool,
}

fn read_request_body(v: &Value) -> R<RequestBody> {
    let f = Fields::of(v, "struct RequestBody")?;
    f.opt("description", string);
    f.done(RequestBody {
        content: f.or_default("content", |v| map(v, read_media_type)),
        required: f.or_default("required", boolean),
    })
}

/// A response header.
#[derive(Debug, Clone)]
pub struct Header {
    /// `description`.
    pub description: Option<String>,
}

fn read_header(v: &Value) -> R<Header> {
    let f = Fields::of(v, "struct Header")?;
    let description = f.opt("description", string);
    f.or_default("style", |v| variant(v, &["simple"]));
    f.or_default("required", boolean);
    f.opt("deprecated", boolean);
    f.stage(1);
    schema_or_content(&f);
    f.done(Header { description })
}

/// A parameter, by where it travels.
#[derive(Debug, Clone)]
pub enum Parameter {
    /// `in: query`.
    Query {
        /// What every parameter has.
        parameter_data: ParameterData,
        /// `style`, `form` by default.
        style: QueryStyle,
    },
    /// `in: header`.
    Header {
        /// What every parameter has.
        parameter_data: ParameterData,
    },
    /// `in: path`.
    Path {
        /// What every parameter has.
        parameter_data: ParameterData,
    },
    /// `in: cookie`.
    Cookie {
        /// What every parameter has.
        parameter_data: ParameterData,
    },
}

impl Parameter {
    /// What every parameter has.
    pub fn parameter_data_ref(&self) -> &ParameterData {
        match self {
            Parameter::Query { parameter_data, .. }
            | Parameter::Header { parameter_data }
            | Parameter::Path { parameter_data }
            | Parameter::Cookie { parameter_data } => parameter_data,
        }
    }
}

/// A query parameter's `style`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QueryStyle {
    /// `form`.
    Form,
    /// `spaceDelimited`.
    SpaceDelimited,
    /// `pipeDelimited`.
    PipeDelimited,
    /// `deepObject`.
    DeepObject,
}

impl QueryStyle {
    /// Every style, in the order OpenAPI lists them.
    const ALL: [QueryStyle; 4] = [
        QueryStyle::Form,
        QueryStyle::SpaceDelimited,
        QueryStyle::PipeDelimited,
        QueryStyle::DeepObject,
    ];

    /// The style's name in the spec.
    pub fn name(self) -> &'static str {
        match self {
            QueryStyle::Form => "form",
            QueryStyle::SpaceDelimited => "spaceDelimited",
            QueryStyle::PipeDelimited => "pipeDelimited",
            QueryStyle::DeepObject => "deepObject",
        }
    }
}

/// What every parameter has.
#[derive(Debug, Clone)]
pub struct ParameterData {
    /// `name`.
    pub name: String,
    /// `description`.
    pub description: Option<String>,
    /// `required`.
    pub required: bool,
    /// `schema`, or `content`.
    pub format: ParameterSchemaOrContent,
    /// `example`.
    pub example: Option<Value>,
    /// `explode`.
    pub explode: Option<bool>,
}

/// A parameter's (or header's) `schema`, or its `content`.
#[derive(Debug, Clone)]
pub enum ParameterSchemaOrContent {
    /// `schema`.
    Schema(Box<ReferenceOr<Schema>>),
    /// `content`.
    Content(IndexMap<String, MediaType>),
}

/// The one name of `allowed` (an enum's variants) that `v` is, in serde's words when it is none.
fn variant(v: &Value, allowed: &[&'static str]) -> R<&'static str> {
    let Value::String(s) = v else {
        return Err(invalid_type(v, "variant identifier"));
    };
    allowed
        .iter()
        .find(|a| **a == s)
        .copied()
        .ok_or_else(|| ReadError::new(format!("unknown variant `{s}`, {}", one_of(allowed))))
}

/// `expected one of `a`, `b``, as serde lists the variants it knows.
fn one_of(allowed: &[&str]) -> String {
    match allowed {
        [one] => format!("expected `{one}`"),
        _ => {
            let list: Vec<String> = allowed.iter().map(|a| format!("`{a}`")).collect();
            format!("expected one of {}", list.join(", "))
        }
    }
}

/// The first of `schema` and `content` that an object has (an empty `content` when it has
/// neither, which is the object's fault).
fn schema_or_content(f: &Fields<'_>) -> ParameterSchemaOrContent {
    for (k, v) in f.map {
        let read = match k.as_str() {
            "schema" => {
                ref_or(v, read_schema).map(|s| ParameterSchemaOrContent::Schema(Box::new(s)))
            }
            "content" => map(v, read_media_type).map(ParameterSchemaOrContent::Content),
            _ => continue,
        };
        return match at(read, k) {
            Ok(read) => read,
            Err(e) => {
                f.fault(0, e);
                ParameterSchemaOrContent::Content(IndexMap::new())
            }
        };
    }
    f.fault(
        0,
        ReadError::new("no variant of enum ParameterSchemaOrContent found in flattened data"),
    );
    ParameterSchemaOrContent::Content(IndexMap::new())
}

fn read_parameter(v: &Value) -> R<Parameter> {
    let f = Fields::of(v, "internally tagged enum Parameter")?;
    // Serde finds the tag first, reads the variant's own keys, then the data every parameter
    // has, then its schema or content.
    let place = f.req("in", |v| variant(v, &["query", "header", "path", "cookie"]));
    f.stage(1);
    let mut query = QueryStyle::Form;
    match place {
        "query" => {
            f.or_default("allowReserved", boolean);
            f.opt("allowEmptyValue", boolean);
            let names = QueryStyle::ALL.map(QueryStyle::name);
            if let Some(name) = f.opt("style", |v| variant(v, &names)) {
                query = QueryStyle::ALL
                    .into_iter()
                    .find(|q| q.name() == name)
                    .unwrap_or(QueryStyle::Form);
            }
        }
        "header" => {
            f.or_default("style", |v| variant(v, &["simple"]));
        }
        "path" => {
            f.or_default("style", |v| variant(v, &["matrix", "label", "simple"]));
        }
        _ => {
            f.or_default("style", |v| variant(v, &["form"]));
        }
    }
    f.stage(2);
    let name = f.req("name", string);
    let description = f.opt("description", string);
    let required = f.or_default("required", boolean);
    let example = f.opt("example", any);
    let explode = f.opt("explode", boolean);
    f.opt("deprecated", boolean);
    f.stage(3);
    let parameter_data = ParameterData {
        name,
        description,
        required,
        format: schema_or_content(&f),
        example,
        explode,
    };
    f.done(match place {
        "query" => Parameter::Query {
            parameter_data,
            style: query,
        },
        "header" => Parameter::Header { parameter_data },
        "path" => Parameter::Path { parameter_data },
        _ => Parameter::Cookie { parameter_data },
    })
}

/// The components a `$ref` can name.
#[derive(Debug, Clone, Default)]
pub struct Components {
    /// `schemas`.
    pub schemas: IndexMap<String, ReferenceOr<Schema>>,
    /// `responses`.
    pub responses: IndexMap<String, ReferenceOr<Response>>,
    /// `parameters`.
    pub parameters: IndexMap<String, ReferenceOr<Parameter>>,
    /// `requestBodies`.
    pub request_bodies: IndexMap<String, ReferenceOr<RequestBody>>,
    /// `headers`.
    pub headers: IndexMap<String, ReferenceOr<Header>>,
}

fn read_components(v: &Value) -> R<Components> {
    let f = Fields::of(v, "struct Components")?;
    f.done(Components {
        schemas: f.or_default("schemas", |v| map(v, |s| ref_or(s, read_schema))),
        responses: f.or_default("responses", |v| map(v, |r| ref_or(r, read_response))),
        parameters: f.or_default("parameters", |v| map(v, |p| ref_or(p, read_parameter))),
        request_bodies: f.or_default("requestBodies", |v| {
            map(v, |r| ref_or(r, read_request_body))
        }),
        headers: f.or_default("headers", |v| map(v, |h| ref_or(h, read_header))),
    })
}

/// A schema's annotations: what documents a value rather than shapes it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SchemaData {
    /// `nullable`.
    pub nullable: bool,
    /// `readOnly`.
    pub read_only: bool,
    /// `writeOnly`.
    pub write_only: bool,
    /// `deprecated`.
    pub deprecated: bool,
    /// `externalDocs`.
    pub external_docs: Option<ExternalDocumentation>,
    /// `example` (`null` is none).
    pub example: Option<Value>,
    /// `title`.
    pub title: Option<String>,
    /// `description`.
    pub description: Option<String>,
    /// `discriminator`.
    pub discriminator: Option<Discriminator>,
    /// `default` (`null` is none).
    pub default: Option<Value>,
}

/// A schema's `discriminator`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Discriminator {
    /// `propertyName`.
    pub property_name: String,
    /// `mapping`: tag value -> `$ref`.
    pub mapping: IndexMap<String, String>,
}

fn read_discriminator(v: &Value) -> R<Discriminator> {
    let f = Fields::of(v, "struct Discriminator")?;
    f.done(Discriminator {
        property_name: f.req("propertyName", string),
        mapping: f.or_default("mapping", |v| map(v, string)),
    })
}

/// A schema: its annotations and its shape.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Schema {
    /// The annotations.
    pub schema_data: SchemaData,
    /// The shape.
    pub schema_kind: SchemaKind,
}

/// Which shape a schema's keywords make.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Kind {
    /// `type: string` with only string keywords, and an `enum` of strings (and `null`).
    String,
    /// `type: number` with only numeric keywords, and an `enum` of numbers.
    Number,
    /// `type: integer` with only numeric keywords, whole bounds, and an `enum` of integers.
    Integer,
    /// `type: boolean`, at most with an `enum` of booleans.
    Boolean,
    /// `type: object` with only object keywords.
    Object,
    /// `type: array` with only array keywords.
    Array,
    /// `oneOf` alone.
    OneOf,
    /// `allOf` alone.
    AllOf,
    /// `anyOf` alone.
    AnyOf,
    /// `not` alone.
    Not,
    /// Anything else: no type, or keywords of several kinds.
    #[default]
    Any,
}

/// `additionalProperties`.
#[derive(Debug, Clone, PartialEq)]
pub enum AdditionalProperties {
    /// `true` or `false`.
    Any(bool),
    /// A schema for the values.
    Schema(Box<ReferenceOr<Schema>>),
}

/// The keywords that shape a value, and the [`Kind`] they make.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SchemaKind {
    /// The kind.
    pub kind: Kind,
    /// `type`.
    pub typ: Option<String>,
    /// `pattern`.
    pub pattern: Option<String>,
    /// `multipleOf`.
    pub multiple_of: Option<f64>,
    /// `exclusiveMinimum`.
    pub exclusive_minimum: Option<bool>,
    /// `exclusiveMaximum`.
    pub exclusive_maximum: Option<bool>,
    /// `minimum`.
    pub minimum: Option<f64>,
    /// `maximum`.
    pub maximum: Option<f64>,
    /// `properties`, in document order.
    pub properties: IndexMap<String, ReferenceOr<Box<Schema>>>,
    /// `required`.
    pub required: Vec<String>,
    /// `additionalProperties`.
    pub additional_properties: Option<AdditionalProperties>,
    /// `minProperties`.
    pub min_properties: Option<usize>,
    /// `maxProperties`.
    pub max_properties: Option<usize>,
    /// `items`.
    pub items: Option<ReferenceOr<Box<Schema>>>,
    /// `minItems`.
    pub min_items: Option<usize>,
    /// `maxItems`.
    pub max_items: Option<usize>,
    /// `uniqueItems`.
    pub unique_items: Option<bool>,
    /// `enum`.
    pub enumeration: Vec<Value>,
    /// `format`.
    pub format: Option<String>,
    /// `minLength`.
    pub min_length: Option<usize>,
    /// `maxLength`.
    pub max_length: Option<usize>,
    /// `oneOf`.
    pub one_of: Vec<ReferenceOr<Schema>>,
    /// `allOf`.
    pub all_of: Vec<ReferenceOr<Schema>>,
    /// `anyOf`.
    pub any_of: Vec<ReferenceOr<Schema>>,
    /// `not`.
    pub not: Option<Box<ReferenceOr<Schema>>>,
}

fn boxed_schema(v: &Value) -> R<ReferenceOr<Box<Schema>>> {
    ref_or(v, |v| read_schema(v).map(Box::new))
}

fn schemas(v: &Value) -> R<Vec<ReferenceOr<Schema>>> {
    seq(v, |s| ref_or(s, read_schema))
}

fn additional(v: &Value) -> R<AdditionalProperties> {
    let schema = match v {
        Value::Bool(b) => return Ok(AdditionalProperties::Any(*b)),
        Value::Object(_) => ref_or(v, read_schema).ok(),
        _ => None,
    };
    schema
        .map(|s| AdditionalProperties::Schema(Box::new(s)))
        .ok_or_else(|| {
            ReadError::new("data did not match any variant of untagged enum AdditionalProperties")
        })
}

fn read_schema(v: &Value) -> R<Schema> {
    let f = Fields::of(v, "struct Schema")?;
    let schema_data = SchemaData {
        nullable: f.or_default("nullable", boolean),
        read_only: f.or_default("readOnly", boolean),
        write_only: f.or_default("writeOnly", boolean),
        deprecated: f.or_default("deprecated", boolean),
        external_docs: f.opt("externalDocs", read_external_docs),
        example: f.opt("example", any),
        title: f.opt("title", string),
        description: f.opt("description", string),
        discriminator: f.opt("discriminator", read_discriminator),
        default: f.opt("default", any),
    };
    // The annotations are read before the keywords that shape a value.
    f.stage(1);
    let enumeration = f.opt("enum", |v| seq(v, any));
    let mut k = SchemaKind {
        kind: Kind::Any,
        typ: f.opt("type", string),
        pattern: f.opt("pattern", string),
        multiple_of: f.opt("multipleOf", number),
        exclusive_minimum: f.opt("exclusiveMinimum", boolean),
        exclusive_maximum: f.opt("exclusiveMaximum", boolean),
        minimum: f.opt("minimum", number),
        maximum: f.opt("maximum", number),
        properties: f
            .opt("properties", |v| map(v, boxed_schema))
            .unwrap_or_default(),
        required: f.opt("required", strings).unwrap_or_default(),
        additional_properties: f.opt("additionalProperties", additional),
        min_properties: f.opt("minProperties", size),
        max_properties: f.opt("maxProperties", size),
        items: f.opt("items", boxed_schema),
        min_items: f.opt("minItems", size),
        max_items: f.opt("maxItems", size),
        unique_items: f.opt("uniqueItems", boolean),
        enumeration: Vec::new(),
        format: f.opt("format", string),
        min_length: f.opt("minLength", size),
        max_length: f.opt("maxLength", size),
        one_of: f.opt("oneOf", schemas).unwrap_or_default(),
        all_of: f.opt("allOf", schemas).unwrap_or_default(),
        any_of: f.opt("anyOf", schemas).unwrap_or_default(),
        not: f.opt("not", |v| ref_or(v, read_schema).map(Box::new)),
    };
    k.kind = kind_of(&f, k.typ.as_deref(), enumeration.as_deref());
    k.enumeration = enumeration.unwrap_or_default();
    f.done(Schema {
        schema_data,
        schema_kind: k,
    })
}

/// The keywords each typed kind may have besides `type`.
const STRING_KEYS: &[&str] = &["pattern", "enum", "format", "minLength", "maxLength"];
const NUMBER_KEYS: &[&str] = &[
    "multipleOf",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "minimum",
    "maximum",
    "enum",
    "format",
];
const OBJECT_KEYS: &[&str] = &[
    "properties",
    "required",
    "additionalProperties",
    "minProperties",
    "maxProperties",
];
const ARRAY_KEYS: &[&str] = &["items", "minItems", "maxItems", "uniqueItems"];
/// Every keyword that shapes a value.
const SHAPE_KEYS: &[&str] = &[
    "type",
    "pattern",
    "multipleOf",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "minimum",
    "maximum",
    "properties",
    "required",
    "additionalProperties",
    "minProperties",
    "maxProperties",
    "items",
    "minItems",
    "maxItems",
    "uniqueItems",
    "enum",
    "format",
    "minLength",
    "maxLength",
    "oneOf",
    "allOf",
    "anyOf",
    "not",
];

/// The kind the shaping keywords of `f` make: `typ` is its `type`, `enumeration` its `enum`.
fn kind_of(f: &Fields<'_>, typ: Option<&str>, enumeration: Option<&[Value]>) -> Kind {
    let has = |key: &str| f.has(key);
    // Only `type` and `allowed` among the shaping keywords.
    let only = |allowed: &[&str]| {
        SHAPE_KEYS
            .iter()
            .all(|k| *k == "type" || allowed.contains(k) || !has(k))
    };
    let enum_all = |ok: fn(&Value) -> bool| {
        enumeration
            .unwrap_or_default()
            .iter()
            .all(|v| v.is_null() || ok(v))
    };
    let whole_number = |key: &str| !f.has(key) || f.map.get(key).is_some_and(Value::is_i64);
    match typ {
        Some("string") if only(STRING_KEYS) && enum_all(Value::is_string) => Kind::String,
        Some("number") if only(NUMBER_KEYS) && enum_all(Value::is_number) => Kind::Number,
        Some("integer")
            if only(NUMBER_KEYS)
                && enum_all(Value::is_i64)
                && ["multipleOf", "minimum", "maximum"]
                    .into_iter()
                    .all(whole_number) =>
        {
            Kind::Integer
        }
        Some("boolean") if only(&["enum"]) && enum_all(Value::is_boolean) => Kind::Boolean,
        Some("object") if only(OBJECT_KEYS) => Kind::Object,
        Some("array") if only(ARRAY_KEYS) => Kind::Array,
        None => {
            let alone = |key: &str| has(key) && SHAPE_KEYS.iter().all(|k| *k == key || !has(k));
            if alone("oneOf") {
                Kind::OneOf
            } else if alone("allOf") {
                Kind::AllOf
            } else if alone("anyOf") {
                Kind::AnyOf
            } else if alone("not") {
                Kind::Not
            } else {
                Kind::Any
            }
        }
        _ => Kind::Any,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// JSON text as a value, its keys in order.
    fn j(text: &str) -> Value {
        serde_json::from_str(text).unwrap()
    }

    fn schema(v: Value) -> Schema {
        read_schema(&v).unwrap()
    }

    #[test]
    fn keywords_of_one_type_make_that_kind_and_any_other_keyword_makes_any() {
        assert_eq!(
            schema(j(r#"{"type": "string", "enum": ["a", null]}"#))
                .schema_kind
                .kind,
            Kind::String
        );
        assert_eq!(
            schema(j(r#"{"type": "string", "minimum": 1}"#))
                .schema_kind
                .kind,
            Kind::Any
        );
        assert_eq!(
            schema(j(r#"{"type": "integer", "maximum": 2.5}"#))
                .schema_kind
                .kind,
            Kind::Any
        );
        assert_eq!(
            schema(j(r#"{"type": "integer", "maximum": 2}"#))
                .schema_kind
                .kind,
            Kind::Integer
        );
        assert_eq!(
            schema(j(r##"{"allOf": [{"$ref": "#/x"}], "description": "d"}"##))
                .schema_kind
                .kind,
            Kind::AllOf
        );
        assert_eq!(
            schema(j(r#"{"allOf": [], "properties": {}}"#))
                .schema_kind
                .kind,
            Kind::Any
        );
        // `null` is as good as absent.
        assert_eq!(
            schema(j(r#"{"type": "object", "items": null}"#))
                .schema_kind
                .kind,
            Kind::Object
        );
    }

    #[test]
    fn properties_keep_their_document_order() {
        let s = schema(j(
            r#"{"type": "object", "properties": {"z": {}, "a": {}, "m": {}}}"#,
        ));
        let keys: Vec<&str> = s
            .schema_kind
            .properties
            .keys()
            .map(String::as_str)
            .collect();
        assert_eq!(keys, ["z", "a", "m"]);
    }

    #[test]
    fn an_error_inside_an_entry_is_reported_at_the_entry_in_serde_words() {
        let doc = j(
            r#"{ "openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": {}, "components": {"schemas": {"Item": {"properties": {"n": {"maxLength": -1}}}}} }"#,
        );
        let e = read(&doc).unwrap_err();
        assert_eq!(e.pointer(), "/components/schemas/Item");
        assert_eq!(e.message, "invalid value: integer `-1`, expected usize");

        let e = read(&j(r#"{"openapi": "3.0.3", "paths": {}}"#)).unwrap_err();
        assert_eq!(
            (e.pointer().as_str(), e.message.as_str()),
            ("/", "missing field `info`")
        );

        let doc = j(r#"{"openapi": "3.0.3", "info": {"title": 1, "version": "1"}, "paths": {}}"#);
        let e = read(&doc).unwrap_err();
        assert_eq!(e.pointer(), "/info/title");
        assert_eq!(e.message, "invalid type: integer `1`, expected a string");
    }

    #[test]
    fn the_first_fault_is_the_first_key_in_document_order_and_a_missing_key_comes_last() {
        let doc = j(
            r#"{ "openapi": "3.0.3", "components": {"schemas": 1}, "info": {"title": "t", "version": "1"} }"#,
        );
        let e = read(&doc).unwrap_err();
        assert_eq!(e.pointer(), "/components/schemas");
        assert_eq!(e.message, "invalid type: integer `1`, expected a map");

        let doc = j(
            r#"{ "openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": {}, "tags": [{"name": 1}], "components": {"schemas": 1} }"#,
        );
        assert_eq!(read(&doc).unwrap_err().pointer(), "/tags/0/name");
    }

    #[test]
    fn status_codes_are_three_digits_or_a_range() {
        assert_eq!(StatusCode::parse("200"), Some(StatusCode::Code(200)));
        assert_eq!(StatusCode::parse("4xx"), Some(StatusCode::Range(4)));
        assert_eq!(StatusCode::parse("099"), None);
        assert_eq!(StatusCode::parse("default"), None);
        assert_eq!(StatusCode::parse("2X"), None);
    }
}
