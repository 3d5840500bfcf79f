//! Schemas -> types: structs, string enums, tagged and untagged unions, aliases.

use std::collections::BTreeSet;

use crate::naming::upper_camel;
use crate::spec::{ReferenceOr, Schema};
use indexmap::IndexMap;

use super::context::{maps_to_itself, Lower};
use super::schema::{schema_ptr, view, SRef, View, SCHEMA_PREFIX};
use super::unions::{is_pure_union, unions_of, Merged, Union};
use crate::diagnostics::{escape_pointer_token as esc, Diagnostic};
use crate::docs::{code, schema_docs};
use crate::model::{
    Constraints, Derived, Dir, EnumValue, Field, PatternDef, StructTag, TagVariant, TypeDef,
    TypeKind, TypeRef,
};
use crate::naming;

/// How deep inline schemas may nest inside one another: deeper is a diagnostic, not a stack
/// overflow.
const MAX_NESTING: usize = 64;

/// The doc paragraph of properties beside a `oneOf` of alternatives that each declare them.
const COVERED_DOC: &str = "One of several object shapes (`oneOf`), each declaring every property listed beside it; the first shape that decodes wins.";

/// The doc paragraph of a struct made from an `anyOf` of objects.
const ANY_OF_STRUCT_DOC: &str = "Any of several object shapes (`anyOf`): the fields of all of them, each optional, so that a value that matches several keeps the fields of each.";

impl<'a> Lower<'a> {
    pub(super) fn pattern(&mut self, pattern: &str, ptr: &str) -> Option<String> {
        if let Some(known) = self.patterns.iter().find(|p| p.pattern == pattern) {
            return Some(known.name.clone());
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
            // Patterns are ECMA-262 regular expressions. Unbalanced groups are wrong in every
            // dialect: an error (a warning when lenient). Anything else the local matcher cannot
            // compile (`[[A-Z]` is a literal `[` in ECMA-262, a nested class here) is left to
            // the server.
            let message = e.to_string();
            if message.contains("group") && message.contains("')'") {
                let pointer = format!("{ptr}/pattern");
                let d = Diagnostic::InvalidConstraint {
                    file: self.cx.file(),
                    pointer: pointer.clone(),
                    message: format!("pattern {pattern:?} does not compile: {e}"),
                };
                let what = format!("pattern {pattern:?}: {e}");
                self.cx
                    .refuse_or_warn(d, &pointer, what, "not checked locally");
                return None;
            }
            self.cx.warn(Diagnostic::UnenforcedPattern {
                file: self.cx.file(),
                pointer: format!("{ptr}/pattern"),
                pattern: pattern.to_owned(),
                reason: format!("regex-lite cannot compile it: {e}"),
            });
            return None;
        }
        let taken: Vec<&str> = self.patterns.iter().map(|p| p.name.as_str()).collect();
        let name = naming::pattern_name(pattern, &taken);
        self.patterns.push(PatternDef {
            name: name.clone(),
            pattern: pattern.to_owned(),
        });
        Some(name)
    }

    pub(super) fn constraints(&mut self, v: &View<'a>, ptr: &str) -> Constraints {
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
    pub(super) fn lower(&mut self, r: SRef<'a>, hint: &str, ptr: &str, dir: Dir) -> TypeRef {
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
        if v.alternatives().is_some()
            && (v.is_object_like() || !v.one_of.is_empty())
            && !self.flattens(s, &v, ptr)
        {
            self.cx
                .unsupported(ptr, "`anyOf` beside properties, `allOf` or `oneOf`");
            return TypeRef::Json;
        }
        if let Some(r) = v
            .annotated_ref()
            .filter(|_| s.schema_data.discriminator.is_none())
        {
            return self.lower(SRef::Ref(r), hint, ptr, dir);
        }
        if v.is_object_like()
            || !v.one_of.is_empty()
            || v.alternatives().is_some()
            || s.schema_data.discriminator.is_some()
            || v.string_enum().is_some()
        {
            // An inline schema met again while it is being defined (through an `allOf` back to
            // its own component) is the type being defined: a recursive type, boxed later.
            if let Some((_, name)) = self.defining.iter().find(|(d, _)| std::ptr::eq(*d, s)) {
                return TypeRef::Named(name.clone());
            }
            if self.defining.len() >= MAX_NESTING {
                self.cx.unsupported(
                    ptr,
                    format!("inline schemas nested more than {MAX_NESTING} deep"),
                );
                return TypeRef::Json;
            }
            let name = self.fresh(hint, ptr);
            self.define(&name, s, ptr, dir, None);
            return TypeRef::Named(name);
        }
        self.lower_plain(&v, hint, ptr, dir)
    }

    /// The type of a schema that is not a struct or an enum.
    pub(super) fn lower_plain(&mut self, v: &View<'a>, hint: &str, ptr: &str, dir: Dir) -> TypeRef {
        if let Some(scalar) = v.scalar() {
            return scalar;
        }
        match v.typ {
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

    /// Merges properties, `required` and the unions without discriminator through `allOf`,
    /// skipping back-references.
    pub(super) fn collect(
        &mut self,
        s: &'a Schema,
        ptr: &str,
        stack: &mut Vec<&'a str>,
        merged: &mut Merged<'a>,
    ) {
        let v = view(s);
        merged.unions.extend(unions_of(s, &v, ptr));
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
                        if is_pure_union(base) {
                            // Its own type is the union: merged as it is.
                            let bv = view(base);
                            merged.unions.extend(
                                unions_of(base, &bv, &schema_ptr(n))
                                    .into_iter()
                                    .map(|u| Union {
                                        named: Some(n),
                                        ..u
                                    }),
                            );
                            continue;
                        }
                        stack.push(n);
                        self.collect(base, &schema_ptr(n), stack, merged);
                        stack.pop();
                    }
                }
                SRef::Inline(inner) => self.collect(inner, &mptr, stack, merged),
            }
        }
        for (prop, p) in &v.properties {
            merged
                .props
                .insert(prop, (*p, format!("{ptr}/properties/{}", esc(prop))));
        }
        merged.required.extend(v.required.iter().copied());
    }

    pub(super) fn define(
        &mut self,
        name: &str,
        s: &'a Schema,
        ptr: &str,
        dir: Dir,
        component: Option<&'a str>,
    ) {
        self.defining.push((s, name.to_owned()));
        self.define_kind(name, s, ptr, dir, component);
        self.defining.pop();
    }

    fn define_kind(
        &mut self,
        name: &str,
        s: &'a Schema,
        ptr: &str,
        dir: Dir,
        component: Option<&'a str>,
    ) {
        let v = view(s);
        let covered = self.covered_by_alternatives(s, &v, ptr);
        let flattens = !covered && self.flattens(s, &v, ptr);
        if v.alternatives().is_some() && (v.is_object_like() || !v.one_of.is_empty()) && !flattens {
            self.cx
                .unsupported(ptr, "`anyOf` beside properties, `allOf` or `oneOf`");
        }
        if v.not {
            self.cx.unsupported(ptr, "`not`");
        }
        let mut docs = schema_docs(&s.schema_data, &code(component.unwrap_or(name)));
        let discriminator = s
            .schema_data
            .discriminator
            .as_ref()
            .filter(|_| !component.is_some_and(|c| maps_to_itself(c, s)));
        let enum_union = discriminator
            .is_none()
            .then(|| self.string_enum_union(&v, ptr))
            .flatten();
        let kind = if let Some(d) = discriminator {
            self.tagged(s, &v, d, ptr, dir)
        } else if covered {
            // Properties that every alternative declares again: the alternatives are the
            // whole shapes, and the properties their common part, documented here.
            let variants = self.untagged_variants(name, "oneOf", &v.one_of, ptr, dir);
            docs.push(String::new());
            docs.push(COVERED_DOC.to_owned());
            TypeKind::Untagged { variants }
        } else if let Some(values) = enum_union {
            // `oneOf` string enums: one string enum of all their values, which keeps a value
            // none of them lists (an untagged enum of open enums would read every value as its
            // first alternative's).
            self.string_enum(values)
        } else if flattens {
            // Properties beside a union of objects: a struct with the union flattened into it.
            self.structure(name, s, ptr, dir, component)
        } else if let Some(kind) = v
            .alternatives()
            .filter(|_| {
                self.settings.any_of_objects_as_struct && v.one_of.is_empty() && !v.is_object_like()
            })
            .and_then(|members| self.any_of_struct(name, members, ptr, dir, component))
        {
            docs.push(String::new());
            docs.push(ANY_OF_STRUCT_DOC.to_owned());
            kind
        } else if let Some((keyword, members)) = (!v.one_of.is_empty())
            .then_some(("oneOf", v.one_of.as_slice()))
            .or_else(|| v.alternatives().map(|a| ("anyOf", a)))
        {
            // `anyOf` as `oneOf`: an untagged enum, whose first variant that decodes wins.
            let variants = self.untagged_variants(name, keyword, members, ptr, dir);
            TypeKind::Untagged { variants }
        } else if let Some(values) = v.string_enum() {
            self.string_enum(values)
        } else if v.is_object_like() {
            self.structure(name, s, ptr, dir, component)
        } else if matches!(v.typ, Some("object")) && v.additional.is_none() {
            // An object that declares no property: free-form, whatever members it has (a struct
            // with no field would drop them all).
            TypeKind::Alias(TypeRef::Map(Box::new(TypeRef::Json)))
        } else {
            // A named scalar, array or map: an alias to its inline form.
            TypeKind::Alias(self.lower_plain(&v, name, ptr, dir))
        };
        self.types.push(TypeDef {
            name: name.to_owned(),
            traits: Derived::default(),
            docs,
            pointer: ptr.to_owned(),
            dir,
            kind,
        });
    }

    /// Whether `s` is properties beside a `oneOf` whose every alternative declares each of those
    /// properties itself (the published identity providers): the alternatives are whole shapes.
    fn covered_by_alternatives(&mut self, s: &'a Schema, v: &View<'a>, ptr: &str) -> bool {
        if s.schema_data.discriminator.is_some()
            || v.one_of.is_empty()
            || v.properties.is_empty()
            || !v.all_of.is_empty()
            || v.alternatives().is_some()
        {
            return false;
        }
        let own: Vec<&str> = v.properties.iter().map(|(p, _)| *p).collect();
        let members = v.one_of.clone();
        members.iter().enumerate().all(|(i, m)| {
            let mptr = format!("{ptr}/oneOf/{i}");
            let (merged, _) = self.alternative(*m, &mptr);
            !merged.props.is_empty() && own.iter().all(|p| merged.props.contains_key(p))
        })
    }

    /// The values of a schema that is only a `oneOf` of string enums (beside `type: string`, a
    /// description or a title), in order, each once.
    fn string_enum_union(&mut self, v: &View<'a>, ptr: &str) -> Option<Vec<String>> {
        if v.one_of.is_empty()
            || v.is_object_like()
            || v.alternatives().is_some()
            || !v.enumeration.is_empty()
            || !matches!(v.typ, None | Some("string"))
        {
            return None;
        }
        let mut values: Vec<String> = Vec::new();
        for (i, m) in v.one_of.iter().enumerate() {
            let (ms, _) = self.resolve(*m, &format!("{ptr}/oneOf/{i}"))?;
            let mv = view(ms);
            if !mv.one_of.is_empty() || !mv.all_of.is_empty() {
                return None;
            }
            for value in mv.string_enum()? {
                if !values.contains(&value) {
                    values.push(value);
                }
            }
        }
        Some(values)
    }

    pub(super) fn string_enum(&mut self, values: Vec<String>) -> TypeKind {
        let mut out: Vec<EnumValue> = Vec::new();
        for value in values {
            if out.iter().any(|v| v.wire == value) {
                continue;
            }
            let taken: Vec<&str> = out.iter().map(|v| v.rust.as_str()).collect();
            let rust = naming::unique(&naming::variant_name(&value), &taken);
            out.push(EnumValue { wire: value, rust });
        }
        let taken: Vec<&str> = out.iter().map(|v| v.rust.as_str()).collect();
        let unknown = naming::unique(naming::UNKNOWN_VARIANT, &taken);
        TypeKind::StringEnum {
            values: out,
            unknown,
        }
    }

    pub(super) fn tagged(
        &mut self,
        s: &'a Schema,
        v: &View<'a>,
        d: &'a crate::spec::Discriminator,
        ptr: &str,
        dir: Dir,
    ) -> TypeKind {
        let property = d.property_name.clone();
        // The tag property's enum, from the base's own (flattened) properties.
        let mut merged = Merged::default();
        self.collect(s, ptr, &mut vec![], &mut merged);
        let props = merged.props;
        let allowed: Option<Vec<String>> = props.get(property.as_str()).and_then(|(p, pptr)| {
            let pptr = pptr.clone();
            self.resolve(*p, &pptr)
                .and_then(|(ps, _)| view(ps).string_enum())
        });
        if v.one_of.is_empty() && !props.contains_key(property.as_str()) {
            let pointer = format!("{ptr}/discriminator/propertyName");
            let d = Diagnostic::InvalidDocument {
                file: self.cx.file(),
                pointer: pointer.clone(),
                message: format!(
                    "discriminator property {property:?} is not a property of the schema"
                ),
            };
            let what =
                format!("discriminator property {property:?}, which the schema does not declare");
            self.cx.refuse_or_warn(
                d,
                &pointer,
                what,
                "the enum reads and writes the tag itself",
            );
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
                    // The spec's own slip (the enum lags the mapping): the mapping says what
                    // is sent, so it wins.
                    self.cx.warn(Diagnostic::MappingKeyNotInEnum {
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
        let mut variants: Vec<TagVariant> = Vec::new();
        for (tag, target, pointer) in entries {
            let taken: Vec<&str> = variants.iter().map(|v| v.rust.as_str()).collect();
            let rust = naming::unique(&naming::variant_name(&tag), &taken);
            let target = self.names.get(target).cloned().unwrap_or_default();
            variants.push(TagVariant {
                tag,
                rust,
                target,
                pointer,
            });
        }
        // The spec's variants keep their names; the generator's fallback yields.
        let unknown = dir.response.then(|| {
            let taken: Vec<&str> = variants.iter().map(|v| v.rust.as_str()).collect();
            naming::unique(naming::UNKNOWN_VARIANT, &taken)
        });
        TypeKind::Tagged {
            accessor: naming::tag_accessor(&property),
            property,
            variants,
            unknown,
        }
    }

    pub(super) fn structure(
        &mut self,
        name: &str,
        s: &'a Schema,
        ptr: &str,
        dir: Dir,
        component: Option<&'a str>,
    ) -> TypeKind {
        let mut merged = Merged::default();
        let mut stack: Vec<&'a str> = component.into_iter().collect();
        self.collect(s, ptr, &mut stack, &mut merged);
        let props = merged.props.clone();
        let required = std::mem::take(&mut merged.required);
        // `required` naming a property nobody declares (the object, its `allOf` members or the
        // alternatives merged into it): a warning; lenient mode keeps the property as an untyped
        // field, so that it round-trips.
        let beside = self.declared_by_alternatives(&merged.unions);
        let undeclared: Vec<&str> = required
            .iter()
            .copied()
            .filter(|r| !props.contains_key(r) && !beside.contains(r))
            .collect();
        for r in &undeclared {
            let fallback = if self.cx.lenient() {
                "; generated as an optional `serde_json::Value` field"
            } else {
                ""
            };
            self.cx.warn(Diagnostic::UndeclaredRequired {
                file: self.cx.file(),
                pointer: format!("{ptr}/required"),
                property: (*r).to_owned(),
                fallback: fallback.to_owned(),
            });
        }
        let tag = component
            .and_then(|c| self.variant_tags.get(c).cloned())
            .map(|(property, value)| StructTag {
                property,
                value,
                mirror: naming::mirror_name(name),
            });
        if let Some(StructTag { property: prop, .. }) = &tag {
            if !props.contains_key(prop.as_str()) {
                let d = Diagnostic::InvalidDocument {
                    file: self.cx.file(),
                    pointer: ptr.to_owned(),
                    message: format!("this discriminator variant has no property {prop:?}, the discriminator's propertyName"),
                };
                let what = format!("a discriminator variant without the tag property {prop:?}");
                self.cx
                    .refuse_or_warn(d, ptr, what, "the tag is read and written by serde alone");
            }
        }
        let rules = FieldRules {
            required: &required,
            skip: tag.as_ref().map(|t| t.property.as_str()),
            loose: &BTreeSet::new(),
        };
        let mut fields = self.struct_fields(name, props, dir, component, &rules);
        if self.cx.lenient() {
            for wire in undeclared {
                let taken: Vec<&str> = fields.iter().map(|f| f.rust.as_str()).collect();
                let rust = naming::unique(&naming::field_name(wire), &taken);
                fields.push(Field {
                    wire: wire.to_owned(),
                    setter: naming::setter_name(&rust),
                    rust,
                    pointer: format!("{ptr}/required"),
                    docs: vec![format!(
                        "{}: listed in `required` but not declared by the schema.",
                        code(wire)
                    )],
                    ty: TypeRef::Json,
                    required: false,
                    deprecated: false,
                    read_only: false,
                    constraints: Constraints::default(),
                    boxed: false,
                    flatten: false,
                    sends_null: false,
                });
            }
        }
        let doc_name = component.unwrap_or(name);
        self.flattened_fields(name, doc_name, merged, dir, &mut fields);
        TypeKind::Struct { fields, tag }
    }

    /// The fields of a struct from its merged properties, by `rules`.
    pub(super) fn struct_fields(
        &mut self,
        name: &str,
        props: IndexMap<&'a str, (SRef<'a>, String)>,
        dir: Dir,
        component: Option<&'a str>,
        rules: &FieldRules<'a, '_>,
    ) -> Vec<Field> {
        let mut fields: Vec<Field> = Vec::new();
        for (wire, (p, pptr)) in props {
            if rules.skip == Some(wire) {
                continue;
            }
            let loose = rules.loose.contains(wire);
            let Some((ps, _)) = self.resolve(p, &pptr) else {
                continue;
            };
            let data = &ps.schema_data;
            let (ro, wo) = (data.read_only, data.write_only);
            if !dir.carries(ro, wo) {
                continue;
            }
            let two_way_only = dir.both() && (ro || wo);
            let taken: Vec<&str> = fields.iter().map(|f| f.rust.as_str()).collect();
            let rust = naming::unique(&naming::field_name(wire), &taken);
            let hint = format!("{name}{}", upper_camel(wire));
            let example_key = format!("{}.{}", component.unwrap_or(name), wire);
            let ty = if loose {
                TypeRef::Json
            } else if let Some(enum_name) = self.example_enums.get(&example_key).cloned() {
                let values = self.example_values.get(wire).cloned().unwrap_or_default();
                let kind = self.string_enum(values);
                self.types.push(TypeDef {
                    name: enum_name.clone(),
                    traits: Derived::default(),
                    docs: {
                        let mut d = schema_docs(data, &format!("Values of {}.", code(wire)));
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
                SRef::Inline(inline) if !loose => self.constraints(&view(inline), &pptr),
                _ => Constraints::default(),
            };
            let mut docs = schema_docs(
                annotation_of(ps).unwrap_or(data),
                &format!("{}.", code(wire)),
            );
            if loose {
                docs.push(String::new());
                docs.push(
                    "Declared with different schemas by the `anyOf` alternatives: any JSON value."
                        .to_owned(),
                );
            }
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
                setter: naming::setter_name(&rust),
                rust,
                pointer: pptr.clone(),
                docs,
                ty,
                // Required but nullable: present on the wire, perhaps as `null`, so an
                // `Option` (absent and `null` read alike).
                required: dir.requires(rules.required.contains(wire) && !data.nullable, ro, wo),
                deprecated: data.deprecated,
                read_only: two_way_only && ro,
                constraints,
                boxed: false,
                flatten: false,
                sends_null: dir == Dir::REQUEST && data.nullable && !rules.required.contains(wire),
            });
        }
        fields
    }
}

/// Which of a struct's merged properties are required, which one is left out (a discriminator
/// variant's tag) and which are typed as `serde_json::Value` whatever their schema.
pub(super) struct FieldRules<'a, 's> {
    pub(super) required: &'s BTreeSet<&'a str>,
    pub(super) skip: Option<&'s str>,
    pub(super) loose: &'s BTreeSet<&'a str>,
}

/// The annotation of `allOf: [{$ref}, {description}]` (the member that carries the description),
/// when the schema itself has none: the docs of a field whose type is an annotated reference.
fn annotation_of(s: &Schema) -> Option<&crate::spec::SchemaData> {
    if s.schema_data.description.is_some() || view(s).annotated_ref().is_none() {
        return None;
    }
    if s.schema_kind.kind != crate::spec::Kind::AllOf {
        return None;
    }
    s.schema_kind.all_of.iter().find_map(|m| match m {
        ReferenceOr::Item(m) if m.schema_data.description.is_some() => Some(&m.schema_data),
        _ => None,
    })
}
