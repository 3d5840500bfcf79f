//! Pass 2: the document ([`crate::spec`]) -> the intermediate model ([`crate::model`]).
//!
//! Every Rust name is decided here (through [`crate::naming`]), then checked per scope
//! (`scopes.rs`); the analyses ([`crate::analysis`]) annotate the result; emit only prints.

mod any_of;
mod context;
mod operations;
mod params;
pub mod reader;
mod responses;
pub(crate) mod schema;
mod types;
mod unions;

use std::collections::{BTreeSet, HashMap};

use crate::json::Value;
use crate::spec::ReferenceOr;
use indexmap::IndexMap;

use crate::diagnostics::{escape_pointer_token as esc, Diagnostics};
use crate::model::{Dir, Model, TypeDef, TypeKind};
use crate::parse::Parsed;
use crate::settings::Settings;
use crate::{analysis, scopes};
use context::Lower;
#[cfg(feature = "cli")]
pub(crate) use params::is_client_header;
use schema::{schema_ptr, view, SRef, SCHEMA_PREFIX};

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

/// Lowers a parsed spec.
pub fn lower(file: &str, parsed: &Parsed, settings: &Settings) -> Result<Model, Diagnostics> {
    let doc = &parsed.doc;
    let mut lw = Lower::new(file, parsed, settings);
    let props: BTreeSet<String> = settings
        .example_enums
        .keys()
        .filter_map(|k| k.split_once('.').map(|(_, p)| p.to_owned()))
        .collect();
    collect_example_values(&parsed.raw, &mut lw.example_values, &props);

    // Operations first: they are the roots.
    let ops = operations::collect_operations(&mut lw);

    // Names of every reached component schema, claimed before inline names.
    let reached: Vec<(String, Dir)> = lw.dirs.iter().map(|(k, v)| (k.clone(), *v)).collect();
    // In declaration order: two names that meet after conversion (`Foo_Bar`, `FooBar`) are told
    // apart by the scope rule, the later one taking a suffix (`FooBar1`).
    let declared: Vec<&String> = doc
        .components
        .iter()
        .flat_map(|c| c.schemas.keys())
        .filter(|n| lw.dirs.contains_key(n.as_str()))
        .collect();
    for name in declared {
        let rust = lw.fresh(name, &schema_ptr(name));
        lw.names.insert(name.clone(), rust);
    }
    // The generator's own example enums (`ApiError.errorCode` -> `ErrorCode`): a name is reserved
    // only for a reached schema that has the string property, and yields to the spec's names.
    for (key, name) in &settings.example_enums {
        let Some((schema, property)) = key.split_once('.') else {
            continue;
        };
        if !lw.dirs.contains_key(schema) || !lw.has_string_property(schema, property) {
            continue;
        }
        let ptr = format!("{}/properties/{}", schema_ptr(schema), esc(property));
        let rust = lw.fresh(name, &ptr);
        lw.example_enums.insert(key.clone(), rust);
    }
    // Discriminator variants and their tags, in the order met.
    let mut all_tags: IndexMap<String, Vec<(String, String)>> = IndexMap::new();
    for (name, _) in &reached {
        let Some(ReferenceOr::Item(s)) = lw.component(name) else {
            continue;
        };
        let Some(d) = &s.schema_data.discriminator else {
            continue;
        };
        if context::maps_to_itself(name, s) {
            continue; // its own tag property: a plain struct
        }
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
            let tags = all_tags.entry(target).or_default();
            let tag = (d.property_name.clone(), key);
            if !tags.contains(&tag) {
                tags.push(tag);
            }
        }
    }
    // A schema that one tag names is a variant struct that writes that tag itself. A schema
    // that several tags name (one shape for many metrics, say) is a plain struct, its tag
    // property an ordinary field: each tag is a variant of the union holding it, and the union
    // writes the variant's tag.
    for (target, mut tags) in all_tags {
        if tags.len() == 1 {
            if let Some(tag) = tags.pop() {
                lw.variant_tags.insert(target, tag);
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
                    traits: crate::model::Derived::default(),
                    docs: vec![format!("{}: an alias.", crate::docs::code(name))],
                    pointer: ptr.clone(),
                    dir: *dir,
                    kind: TypeKind::Alias(target),
                });
            }
            None => {}
        }
    }
    let operations = operations::lower_operations(&mut lw, ops);
    let tags = operations::tag_defs(&lw, &operations);
    let mut types = std::mem::take(&mut lw.types);
    types.sort_by(|a, b| a.name.cmp(&b.name));
    let mut model = Model {
        spec_file: file.to_owned(),
        title: doc.info.title.clone(),
        version: doc.info.version.clone(),
        overrides: parsed.overrides.clone(),
        types,
        patterns: std::mem::take(&mut lw.patterns),
        operations,
        tags,
        warnings: Vec::new(),
    };
    scopes::check(&mut model, &mut lw.cx);
    analysis::analyze(&mut model.types);
    analysis::find_pagination(&mut model);
    model.warnings = lw.cx.check()?;
    Ok(model)
}
