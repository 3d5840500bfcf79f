//! An operation's parameters -> [`ParamDef`]s: path-level ones, then operation-level ones (which
//! win), each typed by the one scalar mapping of [`View::scalar`].

use openapiv3::{Parameter, ParameterData, ParameterSchemaOrContent, ReferenceOr};

use super::context::{resolve_parameter, Lower, RawOp};
use super::schema::view;
use crate::diagnostics::{escape_pointer_token as esc, Diagnostic};
use crate::docs::doc_lines;
use crate::model::{Constraints, ParamDef, ParamLocation, TypeRef};
use crate::naming;

/// The parameters of one operation, path first, then query, then header, each named.
pub(super) fn lower_params<'a>(lw: &mut Lower<'a>, raw: &RawOp<'a>) -> Vec<ParamDef> {
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
        let Some(def) = lower_param(lw, p, &pptr) else {
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
) -> Option<ParamDef> {
    let p = resolve_parameter(lw, p, pptr)?;
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
    let (ty, constraints, default) = param_type(lw, data, location, pptr)?;
    let mut docs = data
        .description
        .as_deref()
        .map(doc_lines)
        .unwrap_or_default();
    if docs.is_empty() {
        docs.push(format!("`{}`.", data.name));
    }
    let hidden = location == ParamLocation::Query && lw.settings.hidden_query.contains(&data.name);
    Some(ParamDef {
        wire: data.name.clone(),
        rust: String::new(),
        setter: String::new(),
        pointer: pptr.to_owned(),
        location,
        required: data.required || location == ParamLocation::Path,
        ty,
        constraints,
        docs,
        default,
        hidden,
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

/// A parameter's type, checks and default: a scalar, or (in the query and headers) an array of
/// scalars.
fn param_type<'a>(
    lw: &mut Lower<'a>,
    data: &'a ParameterData,
    location: ParamLocation,
    pptr: &str,
) -> Option<(TypeRef, Constraints, Option<String>)> {
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
        return Some((TypeRef::String, Constraints::default(), None));
    };
    let v = view(schema);
    let item = match (v.typ, v.items) {
        (Some("array"), Some(i)) => lw
            .resolve(i, &format!("{sptr}/items"))
            .and_then(|(s, _)| view(s).scalar_or_string()),
        _ => None,
    };
    let ty = match (v.typ, item) {
        (Some("array"), Some(item)) if location != ParamLocation::Path => {
            TypeRef::Vec(Box::new(item))
        }
        _ => match v.scalar_or_string() {
            Some(t) => t,
            None => {
                let typ = v.typ.unwrap_or_default();
                lw.cx.unsupported_as(
                    &sptr,
                    format!("a parameter of type {typ:?}"),
                    "typed as `String`, sent as given",
                );
                TypeRef::String
            }
        },
    };
    let c = lw.constraints(&v, &sptr);
    let default = schema.schema_data.default.as_ref().map(|d| d.to_string());
    Some((ty, c, default))
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
