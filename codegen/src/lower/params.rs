//! An operation's parameters -> [`ParamDef`]s: path-level ones, then operation-level ones (which
//! win), each typed by the one scalar mapping of [`View::scalar`]; in the query and headers also
//! arrays of scalars and objects of scalars, written in the parameter's `style`.

use crate::naming::upper_camel;
use crate::spec::{
    Parameter, ParameterData, ParameterSchemaOrContent, QueryStyle, ReferenceOr, Schema,
};

use super::context::{resolve_parameter, Lower, RawOp};
use super::schema::{view, SRef};
use crate::diagnostics::{escape_pointer_token as esc, Diagnostic};
use crate::docs::{code, doc_lines};
use crate::model::{
    is_param_scalar, param_struct_fields, Constraints, Dir, ParamDef, ParamLocation, ParamStyle,
    TypeRef,
};
use crate::naming;

/// The parameters of one operation, path first, then query, then header, each named.
/// `id` names the structs of inline object parameters (`{id}{name}`).
pub(super) fn lower_params<'a>(lw: &mut Lower<'a>, raw: &RawOp<'a>, id: &str) -> Vec<ParamDef> {
    let mut params: Vec<ParamDef> = Vec::new();
    let mut seen_in_list: Vec<(String, String, ParamLocation)> = Vec::new();
    let all = raw
        .path_params
        .iter()
        .enumerate()
        .map(|(i, p)| (p, format!("/paths/{}/parameters/{i}", esc(raw.path))))
        .chain(
            raw.op
                .parameters
                .iter()
                .enumerate()
                .map(|(i, p)| (p, format!("{}/parameters/{i}", raw.pointer))),
        );
    for (p, pptr) in all.collect::<Vec<_>>() {
        let Some(def) = lower_param(lw, p, &pptr, id) else {
            continue;
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
        p.setter = naming::setter_name(&p.rust);
        taken.push(p.rust.clone());
    }
    check_path_template(lw, raw, &params);
    params
}

/// One parameter, unnamed yet; `None` for a kind this generator does not support (reported).
fn lower_param<'a>(
    lw: &mut Lower<'a>,
    p: &'a ReferenceOr<Parameter>,
    pptr: &str,
    id: &str,
) -> Option<ParamDef> {
    let p = resolve_parameter(lw, p, pptr)?;
    let decl = Declared::of(p);
    let (location, data) = match p {
        Parameter::Path { parameter_data, .. } => (ParamLocation::Path, parameter_data),
        Parameter::Query { parameter_data, .. } => (ParamLocation::Query, parameter_data),
        Parameter::Header { parameter_data, .. } => (ParamLocation::Header, parameter_data),
        Parameter::Cookie { .. } => {
            lw.cx
                .unsupported_as(pptr, "a cookie parameter", "the parameter is left out");
            return None;
        }
    };
    if location == ParamLocation::Header && !header_param_sendable(lw, data, pptr) {
        return None;
    }
    let hint = upper_camel(&format!("{id}_{}", data.name));
    let (ty, style, constraints, default) = param_type(lw, data, &decl, &hint, pptr)?;
    let mut docs = data
        .description
        .as_deref()
        .map(doc_lines)
        .unwrap_or_default();
    if docs.is_empty() {
        docs.push(format!("{}.", code(&data.name)));
    }
    let hidden = location == ParamLocation::Query && lw.settings.hidden_query.contains(&data.name);
    let example = data
        .example
        .clone()
        .or_else(|| match &data.format {
            ParameterSchemaOrContent::Schema(s) => s.as_item()?.schema_data.example.clone(),
            _ => None,
        })
        .map(|v| v.to_string());
    let allowed = param_enum(lw, data, pptr);
    Some(ParamDef {
        wire: data.name.clone(),
        rust: String::new(),
        setter: String::new(),
        pointer: pptr.to_owned(),
        location,
        required: data.required || location == ParamLocation::Path,
        ty,
        style,
        constraints,
        docs,
        default,
        hidden,
        description: data.description.clone().unwrap_or_default(),
        example,
        allowed,
    })
}

/// Headers the client sets on every request. OpenAPI says header parameters named `Accept`,
/// `Content-Type` or `Authorization` are ignored; `User-Agent` is the client's too.
const CLIENT_HEADERS: &[&str] = &["accept", "content-type", "authorization", "user-agent"];

/// Whether a header parameter named `name` is one the generator leaves out (the client sets it).
pub(crate) fn is_client_header(name: &str) -> bool {
    CLIENT_HEADERS.iter().any(|h| name.eq_ignore_ascii_case(h))
}

/// Whether a header parameter can be sent: its name is an HTTP token (RFC 9110) and not one of
/// [`CLIENT_HEADERS`]. Either way a parameter that cannot is reported and left out.
fn header_param_sendable(lw: &mut Lower<'_>, data: &ParameterData, pptr: &str) -> bool {
    let name = data.name.as_str();
    if is_client_header(name) {
        lw.cx.warn(Diagnostic::IgnoredHeaderParameter {
            file: lw.cx.file(),
            pointer: pptr.to_owned(),
            name: name.to_owned(),
        });
        return false;
    }
    let token = !name.is_empty()
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b));
    if !token {
        lw.cx.unsupported_as(
            pptr,
            format!("a header parameter named {name:?} (not an HTTP header name)"),
            "the parameter is left out",
        );
    }
    token
}

/// The `style` and `explode` a parameter declares, OpenAPI's defaults filled in.
struct Declared {
    location: ParamLocation,
    /// The query style; `None` for a header or path parameter (`simple`).
    query: Option<QueryStyle>,
    explode: bool,
}

impl Declared {
    fn of(p: &Parameter) -> Declared {
        let explode = p.parameter_data_ref().explode;
        match p {
            Parameter::Query { style, .. } => Declared {
                location: ParamLocation::Query,
                query: Some(*style),
                explode: explode.unwrap_or(*style == QueryStyle::Form),
            },
            Parameter::Header { .. } => Declared {
                location: ParamLocation::Header,
                query: None,
                explode: explode.unwrap_or(false),
            },
            _ => Declared {
                location: ParamLocation::Path,
                query: None,
                explode: explode.unwrap_or(false),
            },
        }
    }

    /// The style of a scalar, which every style writes the same way.
    fn scalar(&self) -> ParamStyle {
        match self.location {
            ParamLocation::Query => ParamStyle::FormExploded,
            _ => ParamStyle::Simple,
        }
    }

    /// The declared style and `explode`, as a diagnostic names them.
    fn describe(&self) -> String {
        let name = self.query.map_or("simple", QueryStyle::name);
        match self.query {
            // `deepObject` has one form, whatever `explode` says.
            Some(QueryStyle::DeepObject) => name.to_owned(),
            _ => format!("{name} (explode: {})", self.explode),
        }
    }

    /// How an array (`object` false) or object value is written; `None` when the spec does not
    /// define the style for the type.
    fn style(&self, object: bool) -> Option<ParamStyle> {
        match (self.query.as_ref(), object) {
            (Some(QueryStyle::Form), _) if self.explode => Some(ParamStyle::FormExploded),
            (Some(QueryStyle::Form), _) => Some(ParamStyle::Form),
            (Some(QueryStyle::SpaceDelimited), false) if !self.explode => {
                Some(ParamStyle::SpaceDelimited)
            }
            (Some(QueryStyle::PipeDelimited), false) if !self.explode => {
                Some(ParamStyle::PipeDelimited)
            }
            // `deepObject` has only an exploded form; many specs leave `explode` at its default.
            (Some(QueryStyle::DeepObject), true) => Some(ParamStyle::DeepObject),
            (Some(_), _) => None,
            (None, true) if self.explode => Some(ParamStyle::SimpleExploded),
            // A header array is `a,b` with or without `explode`.
            (None, _) => Some(ParamStyle::Simple),
        }
    }
}

/// The string values a parameter's schema (or its array's item schema) lists in `enum`.
fn param_enum<'a>(lw: &mut Lower<'a>, data: &'a ParameterData, pptr: &str) -> Vec<String> {
    let ParameterSchemaOrContent::Schema(s) = &data.format else {
        return Vec::new();
    };
    let sptr = format!("{pptr}/schema");
    let Some((schema, _)) = lw.resolve(s.into(), &sptr) else {
        return Vec::new();
    };
    let v = view(schema);
    let values = match (v.typ, v.items) {
        (Some("array"), Some(i)) => match lw.resolve(i, &format!("{sptr}/items")) {
            Some((item, _)) => view(item).enumeration,
            None => Vec::new(),
        },
        _ => v.enumeration,
    };
    values
        .iter()
        .filter_map(|x| x.as_str().map(str::to_owned))
        .collect()
}

/// A parameter's type, the style its value is written in, its checks and default: a scalar, or
/// (in the query and headers) an array of scalars or an object whose properties are scalars.
fn param_type<'a>(
    lw: &mut Lower<'a>,
    data: &'a ParameterData,
    decl: &Declared,
    hint: &str,
    pptr: &str,
) -> Option<(TypeRef, ParamStyle, Constraints, Option<String>)> {
    let s = match &data.format {
        ParameterSchemaOrContent::Schema(s) => s,
        ParameterSchemaOrContent::Content(_) => {
            lw.cx.unsupported_as(
                pptr,
                "a parameter with `content`",
                "the parameter is left out",
            );
            return None;
        }
    };
    let sptr = format!("{pptr}/schema");
    let Some((schema, _)) = lw.resolve(s.into(), &sptr) else {
        return Some((TypeRef::String, decl.scalar(), Constraints::default(), None));
    };
    let v = view(schema);
    let item = match (v.typ, v.items) {
        (Some("array"), Some(i)) => lw
            .resolve(i, &format!("{sptr}/items"))
            .and_then(|(s, _)| view(s).scalar_or_string()),
        _ => None,
    };
    // An object, or `allOf: [{$ref}, {description}]` that annotates a reference to one.
    let object = match v.annotated_ref() {
        Some(r) => lw
            .resolve(SRef::Ref(r), &sptr)
            .map(|(t, _)| (SRef::Ref(r), t)),
        None => Some((SRef::from(s), schema)),
    }
    .filter(|(_, t)| {
        let tv = view(t);
        matches!(tv.typ, Some("object") | None) && tv.is_object_like()
    });
    let sendable = decl.location != ParamLocation::Path;
    let shaped = match (v.typ, item, object) {
        (Some("array"), Some(item), _) if sendable => Some(
            decl.style(false)
                .map(|style| (TypeRef::Vec(Box::new(item)), style))
                .ok_or_else(String::new),
        ),
        (_, _, Some((r, target))) if sendable => Some(
            decl.style(true)
                .ok_or_else(String::new)
                .and_then(|style| object_type(lw, r, target, hint, &sptr).map(|t| (t, style))),
        ),
        _ => v.scalar_or_string().map(|t| Ok((t, decl.scalar()))),
    };
    let (ty, style) = match shaped {
        Some(Ok(typed)) => typed,
        Some(Err(why)) => {
            let typ = v.typ.unwrap_or("object");
            let (at, style) = (location_name(decl.location), decl.describe());
            lw.cx.unsupported_as(
                &sptr,
                format!("a {at} parameter of type {typ:?} in style {style}{why}"),
                "typed as `String`, sent as given",
            );
            (TypeRef::String, decl.scalar())
        }
        None => {
            let typ = v.typ.unwrap_or_default();
            lw.cx.unsupported_as(
                &sptr,
                format!("a parameter of type {typ:?}"),
                "typed as `String`, sent as given",
            );
            (TypeRef::String, decl.scalar())
        }
    };
    let c = match ty {
        TypeRef::Named(_) => Constraints::default(),
        _ => lw.constraints(&v, &sptr),
    };
    let default = schema.schema_data.default.as_ref().map(|d| d.to_string());
    Some((ty, style, c, default))
}

/// `query` or `header`, as a diagnostic says it.
fn location_name(l: ParamLocation) -> &'static str {
    match l {
        ParamLocation::Path => "path",
        ParamLocation::Query => "query",
        ParamLocation::Header => "header",
    }
}

/// The struct an object parameter is: a component's (a `$ref`), or a new one named from `hint`
/// (inline). Every property must be a scalar or a string enum; otherwise the reason, and no type
/// is made.
fn object_type<'a>(
    lw: &mut Lower<'a>,
    r: SRef<'a>,
    schema: &'a Schema,
    hint: &str,
    sptr: &str,
) -> Result<TypeRef, String> {
    if let SRef::Inline(_) = r {
        inline_object_fits(lw, schema, sptr)?;
    }
    let ty = lw.lower(r, hint, sptr, Dir::REQUEST);
    let types = &lw.types;
    let lookup = |n: &str| types.iter().find(|t| t.name == n);
    let Some(fields) = param_struct_fields(&lookup, &ty) else {
        return Err(NOT_PLAIN.to_owned());
    };
    match fields.iter().find(|f| !is_param_scalar(&lookup, &f.ty)) {
        Some(f) => Err(not_scalar(&f.wire)),
        None => Ok(ty),
    }
}

/// Why an object parameter that is no plain struct cannot be sent.
const NOT_PLAIN: &str = ", which is not a plain struct (a composition, a map or a union)";

/// Why an object parameter cannot be sent: `property` is not a scalar.
fn not_scalar(property: &str) -> String {
    format!(", whose property {property:?} is not a string, number, integer or boolean")
}

/// Whether an inline object schema makes a struct of scalars, checked before the struct is
/// made: only `properties`, each a scalar (or a `$ref` to one).
fn inline_object_fits<'a>(
    lw: &mut Lower<'a>,
    schema: &'a Schema,
    sptr: &str,
) -> Result<(), String> {
    let v = view(schema);
    if !v.all_of.is_empty()
        || !v.one_of.is_empty()
        || !v.any_of.is_empty()
        || v.not
        || v.additional.is_some()
        || schema.schema_data.discriminator.is_some()
    {
        return Err(NOT_PLAIN.to_owned());
    }
    for (prop, p) in &v.properties {
        let pptr = format!("{sptr}/properties/{}", esc(prop));
        let Some((ps, _)) = lw.resolve(*p, &pptr) else {
            return Err(not_scalar(prop));
        };
        let target = match view(ps).annotated_ref() {
            Some(r) => lw.resolve(SRef::Ref(r), &pptr).map(|(t, _)| t),
            None => Some(ps),
        };
        if target.and_then(|t| view(t).scalar()).is_none() {
            return Err(not_scalar(prop));
        }
    }
    Ok(())
}

/// Every `{name}` in the path template needs a path parameter.
fn check_path_template(lw: &mut Lower<'_>, raw: &RawOp<'_>, params: &[ParamDef]) {
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
                pointer: raw.pointer.clone(),
                message: format!(
                    "path template {:?} uses {{{name}}} but no path parameter {name:?} is declared",
                    raw.path
                ),
            });
        }
        rest = &rest[start + len..];
    }
}
