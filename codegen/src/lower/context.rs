//! The state lowering carries: the document, the settings, the diagnostics collected so far,
//! the names taken, and the types made. Also how `$ref`s are followed.

use std::collections::{BTreeMap, HashMap};

use crate::json::Value;
use crate::spec::{OpenAPI, Parameter, ReferenceOr, Schema, StatusCode};
use indexmap::IndexMap;

use super::schema::{schema_ptr, view, SRef, SCHEMA_PREFIX};
use crate::diagnostics::{escape_pointer_token as esc, Ctxt, Diagnostic};
use crate::model::{Dir, HttpMethod, PatternDef, TypeDef};
use crate::naming;
use crate::parse::{AppliedOverride, Parsed};
use crate::settings::Settings;

pub(crate) struct Lower<'a> {
    pub(crate) cx: Ctxt,
    pub(crate) doc: &'a OpenAPI,
    pub(crate) settings: &'a Settings,
    pub(crate) dirs: IndexMap<String, Dir>,
    pub(crate) names: HashMap<String, String>,
    pub(crate) taken: BTreeMap<String, String>,
    pub(crate) variant_tags: HashMap<String, (String, String)>,
    pub(crate) types: Vec<TypeDef>,
    pub(crate) patterns: Vec<PatternDef>,
    /// The schemas being defined, innermost last, with their Rust names.
    pub(crate) defining: Vec<(&'a Schema, String)>,
    pub(crate) example_values: HashMap<String, Vec<String>>,
    /// `Schema.property` -> the Rust name reserved for its example enum.
    pub(crate) example_enums: HashMap<String, String>,
    pub(crate) overrides: &'a [AppliedOverride],
    pub(crate) raw: &'a Value,
}

impl<'a> Lower<'a> {
    /// A fresh lowering of `parsed`, reported under `file`.
    pub(crate) fn new(file: &str, parsed: &'a Parsed, settings: &'a Settings) -> Self {
        Lower {
            cx: Ctxt::new(file).with_lenient(settings.lenient),
            doc: &parsed.doc,
            settings,
            dirs: IndexMap::new(),
            names: HashMap::new(),
            taken: BTreeMap::new(),
            variant_tags: HashMap::new(),
            types: Vec::new(),
            patterns: Vec::new(),
            defining: Vec::new(),
            example_values: HashMap::new(),
            example_enums: HashMap::new(),
            overrides: &parsed.overrides,
            raw: &parsed.raw,
        }
    }

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
                let d = Diagnostic::InvalidDocument {
                    file: self.cx.file(),
                    pointer: ptr.to_owned(),
                    message: format!(
                        "$ref {reference:?} must point at a schema under #/components/schemas/"
                    ),
                };
                let what = format!("$ref {reference:?} outside #/components/schemas/");
                self.cx
                    .refuse_or_warn(d, ptr, what, "typed as `serde_json::Value`");
                None
            }
            _ => {
                let d = Diagnostic::DanglingRef {
                    file: self.cx.file(),
                    pointer: ptr.to_owned(),
                    target: reference.to_owned(),
                };
                let what = format!("dangling $ref {reference:?}");
                self.cx
                    .refuse_or_warn(d, ptr, what, "typed as `serde_json::Value`");
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
                        if !dir.carries(data.read_only, data.write_only) {
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
                for (i, m) in v.alternatives().unwrap_or_default().iter().enumerate() {
                    self.walk(*m, dir, &format!("{ptr}/anyOf/{i}"));
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
        let name = naming::unique_by(&naming::type_name(base), |c| self.taken.contains_key(c));
        self.taken.insert(name.clone(), ptr.to_owned());
        name
    }
}

/// One operation as the path item declares it, before lowering.
pub(crate) struct RawOp<'a> {
    pub(crate) path: &'a str,
    pub(crate) method: HttpMethod,
    pub(crate) op: &'a crate::spec::Operation,
    pub(crate) path_params: &'a [ReferenceOr<Parameter>],
    pub(crate) pointer: String,
}

/// Follows a local `$ref` into `#/components/<section>/`; a missing target is a `DanglingRef`
/// at `ptr`, and so is a component that is itself a reference (chains are not followed).
fn resolve<'a, T>(
    lw: &mut Lower<'a>,
    r: &'a ReferenceOr<T>,
    ptr: &str,
    section: &str,
    lookup: impl FnOnce(&'a crate::spec::Components, &str) -> Option<&'a ReferenceOr<T>>,
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
            let d = Diagnostic::DanglingRef {
                file: lw.cx.file(),
                pointer: ptr.to_owned(),
                target: reference.clone(),
            };
            let what = format!("$ref {reference:?} to no #/components/{section}/ entry");
            lw.cx.refuse_or_warn(d, ptr, what, "left out");
            None
        }
    }
}

pub(crate) fn resolve_request_body<'a>(
    lw: &mut Lower<'a>,
    rb: &'a ReferenceOr<crate::spec::RequestBody>,
    ptr: &str,
) -> Option<&'a crate::spec::RequestBody> {
    resolve(lw, rb, ptr, "requestBodies", |c, n| c.request_bodies.get(n))
}

pub(crate) fn resolve_response<'a>(
    lw: &mut Lower<'a>,
    r: &'a ReferenceOr<crate::spec::Response>,
    ptr: &str,
) -> Option<&'a crate::spec::Response> {
    resolve(lw, r, ptr, "responses", |c, n| c.responses.get(n))
}

pub(crate) fn resolve_parameter<'a>(
    lw: &mut Lower<'a>,
    p: &'a ReferenceOr<Parameter>,
    ptr: &str,
) -> Option<&'a Parameter> {
    resolve(lw, p, ptr, "parameters", |c, n| c.parameters.get(n))
}

pub(crate) fn header_description<'a>(
    lw: &mut Lower<'a>,
    h: &'a ReferenceOr<crate::spec::Header>,
    ptr: &str,
) -> String {
    resolve(lw, h, ptr, "headers", |c, n| c.headers.get(n))
        .and_then(|h| h.description.clone())
        .unwrap_or_default()
}

pub(crate) fn status_text(s: &StatusCode) -> String {
    match s {
        StatusCode::Code(c) => c.to_string(),
        StatusCode::Range(r) => format!("{r}XX"),
    }
}

/// The API version of media type `media`: its `x-xgen-version` when that is a version (a date
/// `YYYY-MM-DD`, or `preview`), else the one the media type names
/// (`application/vnd.atlas.2025-03-12+json`).
pub(crate) fn version_of(media: &str, ext: &IndexMap<String, Value>) -> Option<String> {
    if let Some(Value::String(v)) = ext.get("x-xgen-version") {
        if is_version(v) {
            return Some(v.clone());
        }
    }
    let rest = media.split("vnd.").nth(1)?;
    let version: String = rest.split('.').nth(1)?.split('+').next()?.to_owned();
    (is_date(&version) || (version == "preview" && ext.contains_key("x-xgen-version")))
        .then_some(version)
}

/// An `x-xgen-version` that is no version (the media type itself, say): its text.
pub(crate) fn malformed_version(ext: &IndexMap<String, Value>) -> Option<String> {
    match ext.get("x-xgen-version")? {
        Value::String(v) if is_version(v) => None,
        other => Some(other.to_string()),
    }
}

fn is_version(v: &str) -> bool {
    is_date(v) || v == "preview"
}

fn is_date(v: &str) -> bool {
    v.len() == 10
        && v.chars().enumerate().all(|(i, c)| {
            if i == 4 || i == 7 {
                c == '-'
            } else {
                c.is_ascii_digit()
            }
        })
}

/// Whether component `name`'s discriminator maps a tag to `name` itself (one schema for every
/// tag, its tag property an ordinary field): such a schema is a struct, not an enum that would
/// contain itself.
pub(crate) fn maps_to_itself(name: &str, s: &Schema) -> bool {
    let Some(d) = &s.schema_data.discriminator else {
        return false;
    };
    let own = format!("{SCHEMA_PREFIX}{name}");
    d.mapping.values().any(|t| *t == own)
        || (d.mapping.is_empty()
            && view(s)
                .one_of
                .iter()
                .any(|m| matches!(m, SRef::Ref(r) if *r == own)))
}
