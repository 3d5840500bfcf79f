//! Rewrites of an OpenAPI document, read as a `serde_json::Value`, into the narrower shape that
//! other tools read correctly. The generator itself reads the spec as published; these serve the
//! tools it is checked against: the Prism harness (`tests/support/prism.rs`) and the side-by-side
//! benchmark of progenitor (`peers/`, which includes this file by path).
//!
//! - [`keep_one_version`]: one versioned media type (`application/vnd.atlas.YYYY-MM-DD+json`) per
//!   body. Prism validates a body against the first declared media type whatever the request's
//!   version, and progenitor refuses two media types for one body.
//! - [`acyclic_one_of`]: every discriminator parent (a schema with `discriminator.mapping` and no
//!   `oneOf`) becomes an explicit `oneOf` of its mapped variants, and each variant's
//!   `allOf: [$ref parent, {...}]` back-reference is replaced by the parent's own properties with
//!   the tag property narrowed to the variant's mapping key. Prism's validator overflows its stack
//!   on the cycle and then skips validation silently (and without `oneOf` it checks the parent
//!   only); progenitor overflows its stack on the cycle.
//! - [`strip_security`]: no `security` anywhere, so a mock does not answer `401` on its own.
#![allow(dead_code)]

use serde_json::{Map, Value};

const VND_PREFIX: &str = "application/vnd.atlas.";
const VND_SUFFIX: &str = "+json";
const SCHEMA_PREFIX: &str = "#/components/schemas/";

/// The version date of a versioned media type (`application/vnd.atlas.2024-05-30+json`).
pub fn media_version(media: &str) -> Option<&str> {
    media
        .strip_prefix(VND_PREFIX)
        .and_then(|m| m.strip_suffix(VND_SUFFIX))
}

/// What [`keep_one_version`] keeps where a body declares several versions but not the wanted one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Otherwise {
    /// Leave the body as it is.
    All,
    /// Keep the newest version only.
    Newest,
}

/// Every operation object under `paths` (the document's `paths` value), mutably: each path
/// item's members but its `parameters`.
pub fn operations_in(paths: &mut Value) -> Vec<&mut Map<String, Value>> {
    let items = paths
        .as_object_mut()
        .into_iter()
        .flat_map(|m| m.values_mut());
    items
        .flat_map(|item| item.as_object_mut().into_iter().flat_map(|m| m.iter_mut()))
        .filter(|(method, _)| *method != "parameters")
        .filter_map(|(_, op)| op.as_object_mut())
        .collect()
}

/// Every `content` map of the document's request bodies and responses (operations' and the
/// components'), mutably.
pub fn content_maps(doc: &mut Value) -> Vec<&mut Map<String, Value>> {
    /// The `content` of each member of a map of bodies or responses.
    fn of_each<'a>(map: &'a mut Value, out: &mut Vec<&'a mut Map<String, Value>>) {
        for body in map.as_object_mut().into_iter().flat_map(|m| m.values_mut()) {
            out.extend(body.get_mut("content").and_then(Value::as_object_mut));
        }
    }
    let mut out = Vec::new();
    for (key, value) in doc.as_object_mut().into_iter().flat_map(|m| m.iter_mut()) {
        match key.as_str() {
            "paths" => {
                for op in operations_in(value) {
                    for (key, value) in op.iter_mut() {
                        match key.as_str() {
                            "requestBody" => {
                                out.extend(value.get_mut("content").and_then(Value::as_object_mut))
                            }
                            "responses" => of_each(value, &mut out),
                            _ => {}
                        }
                    }
                }
            }
            "components" => {
                for (key, value) in value.as_object_mut().into_iter().flat_map(|m| m.iter_mut()) {
                    if key == "responses" || key == "requestBodies" {
                        of_each(value, &mut out);
                    }
                }
            }
            _ => {}
        }
    }
    out
}

/// Keeps one versioned media type per body where a body declares several: `version` where it is
/// declared, else what `otherwise` says. Returns how many media types it removed.
pub fn keep_one_version(doc: &mut Value, version: &str, otherwise: Otherwise) -> usize {
    let mut removed = 0;
    for content in content_maps(doc) {
        let mut versions: Vec<String> = content
            .keys()
            .filter(|k| media_version(k).is_some())
            .cloned()
            .collect();
        if versions.len() < 2 {
            continue;
        }
        versions.sort();
        let wanted = format!("{VND_PREFIX}{version}{VND_SUFFIX}");
        let keep = if versions.contains(&wanted) {
            wanted
        } else if otherwise == Otherwise::Newest {
            versions.last().cloned().unwrap_or_default()
        } else {
            continue;
        };
        for media in versions.iter().filter(|m| **m != keep) {
            content.remove(media);
            removed += 1;
        }
    }
    removed
}

/// The string members of `schema[key]` (a `required` list).
fn strings(schema: &Value, key: &str) -> Vec<String> {
    schema[key]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|v| v.as_str().map(str::to_owned))
        .collect()
}

/// Merges `schema.properties` into `props`, later keys replacing earlier ones.
fn merge_properties(props: &mut Map<String, Value>, schema: &Value) {
    if let Some(p) = schema.get("properties").and_then(Value::as_object) {
        for (k, v) in p {
            props.insert(k.clone(), v.clone());
        }
    }
}

/// Turns each discriminator parent into an explicit `oneOf` of acyclic variants (see the module
/// docs). Returns the names of the parents it rewrote.
pub fn acyclic_one_of(doc: &mut Value) -> Vec<String> {
    let Some(schemas) = doc
        .pointer_mut("/components/schemas")
        .and_then(Value::as_object_mut)
    else {
        return Vec::new();
    };
    let parents: Vec<String> = schemas
        .iter()
        .filter(|(_, s)| s["discriminator"]["mapping"].is_object() && s.get("oneOf").is_none())
        .map(|(n, _)| n.clone())
        .collect();
    for name in &parents {
        let parent = schemas[name].clone();
        let discriminator = parent["discriminator"].clone();
        let tag = discriminator["propertyName"].as_str().unwrap_or_default();
        let back_reference = format!("{SCHEMA_PREFIX}{name}");
        let mapping = discriminator["mapping"]
            .as_object()
            .cloned()
            .unwrap_or_default();
        for (key, child_ref) in &mapping {
            let Some(child_name) = child_ref
                .as_str()
                .and_then(|r| r.strip_prefix(SCHEMA_PREFIX))
            else {
                continue;
            };
            let Some(child) = schemas.get(child_name).cloned() else {
                continue;
            };
            let mut props = Map::new();
            merge_properties(&mut props, &parent);
            let mut required: Vec<String> = strings(&parent, "required");
            required.extend(strings(&child, "required"));
            for part in child["allOf"].as_array().into_iter().flatten() {
                if part["$ref"].as_str() == Some(back_reference.as_str()) {
                    continue;
                }
                merge_properties(&mut props, part);
                required.extend(strings(part, "required"));
            }
            merge_properties(&mut props, &child);
            let mut tag_schema = props
                .get(tag)
                .cloned()
                .unwrap_or_else(|| serde_json::json!({"type": "string"}));
            tag_schema["enum"] = serde_json::json!([key]);
            props.insert(tag.to_owned(), tag_schema);
            required.sort();
            required.dedup();
            let mut flat: Map<String, Value> = child
                .as_object()
                .into_iter()
                .flatten()
                .filter(|(k, _)| !matches!(k.as_str(), "allOf" | "properties" | "required"))
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect();
            flat.insert("type".into(), "object".into());
            flat.insert("properties".into(), Value::Object(props));
            flat.insert("required".into(), required.into());
            schemas.insert(child_name.to_owned(), Value::Object(flat));
        }
        let one_of: Vec<Value> = mapping
            .values()
            .map(|r| serde_json::json!({ "$ref": r }))
            .collect();
        schemas.insert(
            name.clone(),
            serde_json::json!({
                "description": parent.get("description").cloned().unwrap_or_else(|| "".into()),
                "discriminator": discriminator,
                "oneOf": one_of,
            }),
        );
    }
    parents
}

/// Removes the document's `security` and every operation's. Returns the document-level value.
pub fn strip_security(doc: &mut Value) -> Option<Value> {
    let top = doc.as_object_mut()?.remove("security");
    if let Some(paths) = doc.get_mut("paths") {
        for op in operations_in(paths) {
            op.remove("security");
        }
    }
    top
}
