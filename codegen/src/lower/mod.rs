//! Pass 2: the `openapiv3` document -> the intermediate model ([`crate::model`]).
//!
//! Every Rust name is decided here (through [`crate::naming`]); emit only prints.

mod operations;
pub(crate) mod schema;
mod types;

use std::collections::{BTreeMap, BTreeSet, HashMap};

use indexmap::IndexMap;
use openapiv3::{OpenAPI, ReferenceOr, Schema, StatusCode};
use serde_json::Value;

use crate::diagnostics::{escape_pointer_token as esc, Ctxt, Diagnostic, Diagnostics};
use crate::model::{Dir, Model, TypeDef, TypeKind};
use crate::naming;
use crate::parse::{AppliedOverride, Parsed};
use crate::Settings;
use crate::{analysis, scopes};
use schema::{schema_ptr, view, SRef, SCHEMA_PREFIX};

pub(crate) struct Lower<'a> {
    pub(crate) cx: Ctxt,
    pub(crate) doc: &'a OpenAPI,
    pub(crate) settings: &'a Settings,
    pub(crate) dirs: IndexMap<String, Dir>,
    pub(crate) names: HashMap<String, String>,
    pub(crate) taken: BTreeMap<String, String>,
    pub(crate) variant_tags: HashMap<String, (String, String)>,
    pub(crate) types: Vec<TypeDef>,
    pub(crate) patterns: Vec<crate::model::PatternDef>,
    pub(crate) example_values: HashMap<String, Vec<String>>,
    /// `Schema.property` -> the Rust name reserved for its example enum.
    pub(crate) example_enums: HashMap<String, String>,
    pub(crate) overrides: &'a [AppliedOverride],
    pub(crate) raw: &'a Value,
}

impl<'a> Lower<'a> {
    pub(crate) fn component(&self, name: &str) -> Option<&'a ReferenceOr<Schema>> {
        self.doc.components.as_ref()?.schemas.get(name)
    }

    /// Resolves a `$ref` to a component schema name, reporting dangling ones.
    pub(crate) fn ref_name(&mut self, reference: &'a str, ptr: &str) -> Option<&'a str> {
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
    pub(crate) fn resolve(
        &mut self,
        r: SRef<'a>,
        ptr: &str,
    ) -> Option<(&'a Schema, Option<&'a str>)> {
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

    pub(crate) fn walk(&mut self, r: SRef<'a>, dir: Dir, ptr: &str) {
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

    pub(crate) fn claim(&mut self, rust: &str, ptr: &str) {
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

    /// Whether component schema `schema` has a string property `property`, directly or through
    /// `allOf` members (followed to a bounded depth).
    pub(crate) fn has_string_property(&self, schema: &str, property: &str) -> bool {
        let mut stack: Vec<(&'a Schema, usize)> = match self.component(schema) {
            Some(ReferenceOr::Item(s)) => vec![(s, 0)],
            _ => return false,
        };
        while let Some((s, depth)) = stack.pop() {
            let v = view(s);
            if let Some((_, p)) = v.properties.iter().find(|(name, _)| *name == property) {
                let target = match p {
                    SRef::Inline(s) => Some(*s),
                    SRef::Ref(r) => r
                        .strip_prefix(SCHEMA_PREFIX)
                        .and_then(|n| self.component(n)?.as_item()),
                };
                return target.is_some_and(|t| view(t).typ == Some("string"));
            }
            if depth < 32 {
                for m in &v.all_of {
                    let member = match m {
                        SRef::Inline(s) => Some(*s),
                        SRef::Ref(r) => r
                            .strip_prefix(SCHEMA_PREFIX)
                            .and_then(|n| self.component(n)?.as_item()),
                    };
                    stack.extend(member.map(|m| (m, depth + 1)));
                }
            }
        }
        false
    }

    pub(crate) fn fresh(&mut self, base: &str, ptr: &str) -> String {
        let taken: Vec<&str> = self.taken.keys().map(String::as_str).collect();
        let name = naming::unique(&naming::type_name(base), &taken);
        self.taken.insert(name.clone(), ptr.to_owned());
        name
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

pub(crate) fn status_text(s: &StatusCode) -> String {
    match s {
        StatusCode::Code(c) => c.to_string(),
        StatusCode::Range(r) => format!("{r}XX"),
    }
}

pub(crate) fn version_of(media: &str, ext: &IndexMap<String, Value>) -> Option<String> {
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
        example_enums: HashMap::new(),
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
    let ops = operations::collect_operations(&mut lw);

    // Names of every reached component schema, claimed before inline names.
    let reached: Vec<(String, Dir)> = lw.dirs.iter().map(|(k, v)| (k.clone(), *v)).collect();
    for (name, _) in &reached {
        let rust = naming::type_name(name);
        lw.claim(&rust, &schema_ptr(name));
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
                    traits: crate::model::Derived::default(),
                    docs: vec![format!("`{name}`: an alias.")],
                    pointer: ptr.clone(),
                    dir: *dir,
                    kind: TypeKind::Alias(target),
                });
            }
            None => {}
        }
    }
    let operations = operations::lower_operations(&mut lw, ops);
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
        warnings: Vec::new(),
    };
    scopes::check(&mut model, &mut lw.cx);
    analysis::analyze(&mut model.types);
    model.warnings = lw.cx.check()?;
    Ok(model)
}
