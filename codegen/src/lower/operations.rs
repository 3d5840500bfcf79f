//! Paths and operations -> [`OperationDef`]s: parameters, versions, responses, error bodies.

use heck::ToUpperCamelCase;
use openapiv3::{Parameter, ParameterSchemaOrContent, ReferenceOr, StatusCode};
use serde_json::Value;

use super::schema::{view, SRef, View, SCHEMA_PREFIX};
use super::{status_text, version_of, Lower};
use crate::diagnostics::{escape_pointer_token as esc, Diagnostic};
use crate::docs::{doc_lines, sanitize_line};
use crate::model::{
    Constraints, Dir, HeaderDef, HttpMethod, OperationDef, ParamDef, ParamLocation, ResponseDef,
    TypeRef, VersionDef,
};
use crate::naming;
use crate::parse::AppliedOverride;

pub(super) struct RawOp<'a> {
    path: &'a str,
    method: HttpMethod,
    op: &'a openapiv3::Operation,
    path_params: &'a [ReferenceOr<Parameter>],
    pointer: String,
}

pub(super) fn collect_operations<'a>(lw: &mut Lower<'a>) -> Vec<RawOp<'a>> {
    let doc = lw.doc;
    let mut out = Vec::new();
    for (path, item) in &doc.paths.paths {
        let pptr = format!("/paths/{}", esc(path));
        let ReferenceOr::Item(item) = item else {
            lw.cx.unsupported(&pptr, "a $ref path item");
            continue;
        };
        for (key, op) in item.iter() {
            let ptr = format!("{pptr}/{key}");
            let Some(method) = HttpMethod::from_key(key) else {
                lw.cx.unsupported(&ptr, format!("the HTTP method {key:?}"));
                continue;
            };
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

pub(super) fn lower_operations<'a>(lw: &mut Lower<'a>, ops: Vec<RawOp<'a>>) -> Vec<OperationDef> {
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
        // Two operationIds that differ but snake-case alike (`getItem`, `get_item`) are told
        // apart by the scope rule ([`crate::scopes`]); one operationId used twice is an error.
        if let Some((_, _, other_ptr)) = modules.iter().find(|(_, i, _)| *i == id) {
            lw.cx.push(Diagnostic::InvalidOperation {
                file: lw.cx.file(),
                pointer: format!("{ptr}/operationId"),
                message: format!("operationId {id:?} is also used by {other_ptr}"),
            });
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
                setter: String::new(),
                pointer: pptr.clone(),
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
            p.setter = naming::setter_name(&p.rust);
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
            // One media type per version (the unversioned one included): JSON wins over other
            // encodings (such as CSV) of the same version, which this client does not decode;
            // among JSON media types (`application/json`, `text/json`), the first declared.
            if let Some(i) = versions.iter().position(|(v, _)| *v == version) {
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
                        .map(|(n, h)| HeaderDef {
                            name: n.clone(),
                            description: header_description(
                                lw,
                                h,
                                &format!("{}/headers/{}", r.ptr, esc(n)),
                            ),
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
        docs.push(format!("`{} {}`", raw.method.as_str(), raw.path));
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
            method: raw.method,
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
