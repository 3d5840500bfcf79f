//! Paths and operations -> [`OperationDef`]s: parameters, versions, responses, error bodies.

use crate::json::Value;
use crate::spec::{ParameterSchemaOrContent, ReferenceOr};

use super::context::{resolve_request_body, resolve_response, status_text, Lower, RawOp};
use super::schema::{view, SRef, SCHEMA_PREFIX};
use super::{params, responses};
use crate::diagnostics::{escape_pointer_token as esc, Diagnostic};
use crate::docs::{code, doc_lines, text, url};
use crate::model::{Dir, HttpMethod, OperationDef, OperationText, TagDef};
use crate::naming;
use crate::parse::AppliedOverride;

pub(crate) fn collect_operations<'a>(lw: &mut Lower<'a>) -> Vec<RawOp<'a>> {
    let doc = lw.doc;
    let mut out = Vec::new();
    for (path, item) in &doc.paths.paths {
        let pptr = format!("/paths/{}", esc(path));
        let ReferenceOr::Item(item) = item else {
            lw.cx
                .unsupported_as(&pptr, "a $ref path item", "its operations are left out");
            continue;
        };
        for (key, op) in item.iter() {
            let ptr = format!("{pptr}/{key}");
            let Some(method) = HttpMethod::from_key(key) else {
                lw.cx.unsupported_as(
                    &ptr,
                    format!("the HTTP method {key:?}"),
                    "the operation is left out",
                );
                continue;
            };
            if !selected(lw.settings, op) {
                continue;
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
                // The schema, its items, or (an object in the query or a header) its properties.
                let mut targets: Vec<(&str, String)> = Vec::new();
                match SRef::from(schema) {
                    SRef::Ref(r) => targets.push((r, format!("{at}/schema"))),
                    SRef::Inline(s) => {
                        let v = view(s);
                        // An annotated reference to an object (which the parameter then is).
                        if let Some(r) = v.annotated_ref().filter(|r| {
                            r.strip_prefix(SCHEMA_PREFIX)
                                .and_then(|n| lw.component(n)?.as_item())
                                .is_some_and(|t| view(t).is_object_like())
                        }) {
                            targets.push((r, format!("{at}/schema")));
                        }
                        if let Some(SRef::Ref(r)) = v.items {
                            targets.push((r, format!("{at}/schema/items")));
                        }
                        let sendable = matches!(
                            param,
                            Some(
                                crate::spec::Parameter::Query { .. }
                                    | crate::spec::Parameter::Header { .. }
                            )
                        );
                        for (prop, p) in v.properties.iter().filter(|_| sendable) {
                            if let SRef::Ref(r) = p {
                                let pptr = format!("{at}/schema/properties/{}", esc(prop));
                                targets.push((r, pptr));
                            }
                        }
                    }
                }
                for (r, ptr) in targets {
                    let known = r
                        .strip_prefix(SCHEMA_PREFIX)
                        .is_some_and(|n| lw.component(n).is_some());
                    if known {
                        lw.walk(SRef::Ref(r), Dir::REQUEST, &ptr);
                    }
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
    check_selection(lw, &out);
    out
}

/// Whether the settings' operation and tag selections take `op`.
fn selected(settings: &crate::Settings, op: &crate::spec::Operation) -> bool {
    let by_id = settings
        .operations
        .as_ref()
        .is_none_or(|ids| op.operation_id.as_ref().is_some_and(|id| ids.contains(id)));
    let by_tag = settings
        .tags
        .as_ref()
        .is_none_or(|selection| selection.selects(&op.tags));
    by_id && by_tag
}

/// Every selected operation id and tag must select something.
fn check_selection(lw: &mut Lower<'_>, out: &[RawOp<'_>]) {
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
    if let Some(selection) = &lw.settings.tags {
        for wanted in &selection.wanted {
            if !out
                .iter()
                .any(|o| o.op.tags.iter().any(|t| selection.names(wanted, t)))
            {
                let what = if selection.by_feature {
                    "no operation has a tag whose feature name is"
                } else {
                    "no operation has the selected tag"
                };
                lw.cx.push(Diagnostic::InvalidOperation {
                    file: lw.cx.file(),
                    pointer: "/paths".to_owned(),
                    message: format!("{what} {wanted:?}"),
                });
            }
        }
    }
}

pub(super) fn lower_operations<'a>(lw: &mut Lower<'a>, ops: Vec<RawOp<'a>>) -> Vec<OperationDef> {
    let mut out: Vec<OperationDef> = Vec::new();
    let mut ids: Vec<(&'a str, &str)> = Vec::new();
    for raw in &ops {
        let ptr = &raw.pointer;
        let Some(id) = raw.op.operation_id.as_deref() else {
            let id = derived_operation_id(raw);
            lw.cx.warn(Diagnostic::DerivedOperationId {
                file: lw.cx.file(),
                pointer: ptr.clone(),
                name: id.clone(),
            });
            out.push(lower_operation(lw, raw, &id));
            continue;
        };
        // Two operationIds that differ but snake-case alike (`getItem`, `get_item`) are told
        // apart by the scope rule ([`crate::scopes`]); one operationId used twice is an error.
        if let Some((_, other_ptr)) = ids.iter().find(|(i, _)| *i == id) {
            lw.cx.push(Diagnostic::InvalidOperation {
                file: lw.cx.file(),
                pointer: format!("{ptr}/operationId"),
                message: format!("operationId {id:?} is also used by {other_ptr}"),
            });
        }
        ids.push((id, ptr));
        out.push(lower_operation(lw, raw, id));
    }
    add_aliases(&mut out);
    out
}

/// One operation: its parameters, versions, error body and docs.
/// The name of an operation without an operationId: its method and its path's words
/// (`GET /pets/{petId}` -> `get_pets_pet_id`), stable as long as the path is.
fn derived_operation_id(raw: &RawOp<'_>) -> String {
    let words = raw.path.replace(['{', '}'], "");
    naming::field_name(&format!("{} {words}", raw.method.as_str().to_lowercase()))
}

fn lower_operation<'a>(lw: &mut Lower<'a>, raw: &RawOp<'a>, id: &str) -> OperationDef {
    let op = raw.op;
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
    let params = params::lower_params(lw, raw, id);
    responses::check_response_keys(lw, &raw.pointer);
    let bodies = responses::bodies(lw, id, &raw.pointer, op);
    let (versions, error) = responses::lower_versions(lw, &bodies);
    let docs = operation_docs(lw, raw, id, &roles);
    OperationDef {
        id: id.to_owned(),
        override_id,
        module: naming::field_name(id),
        alias: None,
        method: raw.method,
        path: raw.path.to_owned(),
        tags: op.tags.clone(),
        summary: op.summary.as_deref().map(text).filter(|s| !s.is_empty()),
        docs,
        text: OperationText {
            summary: op.summary.clone().unwrap_or_default(),
            description: op.description.clone().unwrap_or_default(),
            docs_url: match op.extensions.get("x-xgen-docs-url") {
                Some(Value::String(u)) => Some(u.clone()),
                _ => None,
            },
            deprecated: op.deprecated,
        },
        roles,
        params,
        versions,
        error,
        pointer: raw.pointer.clone(),
    }
}

/// Summary, description, method and path, roles, docs URL, deprecation and applied overrides.
fn operation_docs(lw: &Lower<'_>, raw: &RawOp<'_>, id: &str, roles: &[String]) -> Vec<String> {
    let op = raw.op;
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
        docs.push(format!("{}.", code(id)));
    }
    docs.push(String::new());
    docs.push(code(&format!("{} {}", raw.method.as_str(), raw.path)));
    if !roles.is_empty() {
        docs.push(String::new());
        let roles: Vec<String> = roles.iter().map(|r| text(r)).collect();
        docs.push(format!("Required roles: {}.", roles.join(", ")));
    }
    if let Some(Value::String(u)) = op.extensions.get("x-xgen-docs-url") {
        docs.push(String::new());
        docs.push(format!("Documentation: {}", url(u)));
    }
    if op.deprecated {
        docs.push(String::new());
        docs.push("Deprecated by the spec.".to_owned());
    }
    for o in &lw_overrides_for(&raw.pointer, lw.overrides) {
        docs.push(String::new());
        docs.push(format!(
            "Spec override from {} at {}: {}",
            code(&o.file),
            code(&o.pointer),
            text(&o.reason)
        ));
    }
    docs
}

/// The tags of `operations`, each once in the order they use them first, documented with the
/// description and `externalDocs` of the spec's `tags` entry. Each module name is the tag's
/// feature name as a Rust name; a name already taken gets a numeric suffix.
pub(super) fn tag_defs(lw: &Lower<'_>, operations: &[OperationDef]) -> Vec<TagDef> {
    let mut out: Vec<TagDef> = Vec::new();
    for name in operations.iter().flat_map(|o| &o.tags) {
        if out.iter().any(|t| &t.name == name) {
            continue;
        }
        let feature = crate::feature_name(name);
        let base = naming::field_name(&feature);
        let mut module = base.clone();
        let mut n = 2;
        while out.iter().any(|t| t.module == module) {
            module = format!("{base}_{n}");
            n += 1;
        }
        let entry = lw.doc.tags.iter().find(|t| &t.name == name);
        let mut docs = entry
            .and_then(|t| t.description.as_deref())
            .map(doc_lines)
            .unwrap_or_default();
        if docs.is_empty() {
            docs.push(format!("The operations tagged {}.", code(name)));
        }
        if let Some(ext) = entry.and_then(|t| t.external_docs.as_ref()) {
            docs.push(String::new());
            let label = ext
                .description
                .as_deref()
                .map(text)
                .filter(|l| !l.is_empty())
                .unwrap_or_else(|| "External documentation".to_owned());
            docs.push(format!("{label}: {}", url(&ext.url)));
        }
        out.push(TagDef {
            name: name.clone(),
            feature,
            module,
            docs,
        });
    }
    out
}

/// Module aliases from the legacy override names, where free.
fn add_aliases(out: &mut [OperationDef]) {
    let modules: Vec<String> = out.iter().map(|o| o.module.clone()).collect();
    let mut aliases: Vec<String> = Vec::new();
    for o in out.iter_mut() {
        if let Some(ov) = &o.override_id {
            let a = naming::field_name(ov);
            if a != o.module && !modules.contains(&a) && !aliases.contains(&a) {
                aliases.push(a.clone());
                o.alias = Some(a);
            }
        }
    }
}

fn lw_overrides_for(ptr: &str, applied: &[AppliedOverride]) -> Vec<AppliedOverride> {
    applied
        .iter()
        .filter(|o| o.pointer.starts_with(&format!("{ptr}/")))
        .cloned()
        .collect()
}
