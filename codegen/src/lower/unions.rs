//! `oneOf` and `anyOf` merged into an object (beside its properties, or inside one of its
//! `allOf` members): the struct holds the merged properties plus one `#[serde(flatten)]` field
//! per union, an untagged enum of the alternatives, whose properties sit beside the struct's own
//! on the wire.

use std::collections::BTreeSet;

use crate::naming::upper_camel;
use crate::spec::Schema;
use indexmap::IndexMap;

use super::context::Lower;
use super::schema::{view, SRef, View, SCHEMA_PREFIX};
use crate::model::{Constraints, Derived, Dir, Field, TypeDef, TypeKind, TypeRef, UntaggedVariant};
use crate::naming;

/// How deep alternatives that are themselves unions are followed to see that they are objects.
const MAX_UNION_DEPTH: usize = 16;

/// What the lenient output has instead of a union that cannot be merged into its object.
const LEFT_OUT: &str = "the alternatives are left out of the struct";

/// A `oneOf` or `anyOf` met while merging an object's properties.
pub(crate) struct Union<'a> {
    /// `oneOf` or `anyOf`.
    pub(crate) keyword: &'static str,
    /// The alternatives.
    pub(crate) members: Vec<SRef<'a>>,
    /// Pointer of the schema that holds the keyword.
    pub(crate) ptr: String,
    /// The component schema that is this union and nothing else, whose type the field reuses.
    pub(crate) named: Option<&'a str>,
}

/// What [`Lower::collect`] gathers from an object and its `allOf` members.
#[derive(Default)]
pub(crate) struct Merged<'a> {
    /// Properties by JSON name, with their pointers; a later member's declaration wins.
    pub(crate) props: IndexMap<&'a str, (SRef<'a>, String)>,
    /// Every name listed in `required`.
    pub(crate) required: BTreeSet<&'a str>,
    /// The unions without discriminator, in the order met.
    pub(crate) unions: Vec<Union<'a>>,
}

/// The unions a schema without discriminator holds at its own level: its `oneOf`, and its
/// `anyOf` of alternatives; none for a schema with a discriminator.
pub(crate) fn unions_of<'a>(s: &'a Schema, v: &View<'a>, ptr: &str) -> Vec<Union<'a>> {
    let mut out = Vec::new();
    if s.schema_data.discriminator.is_some() {
        return out;
    }
    if !v.one_of.is_empty() {
        out.push(Union {
            keyword: "oneOf",
            members: v.one_of.clone(),
            ptr: ptr.to_owned(),
            named: None,
        });
    }
    if let Some(a) = v.alternatives() {
        out.push(Union {
            keyword: "anyOf",
            members: a.to_vec(),
            ptr: ptr.to_owned(),
            named: None,
        });
    }
    out
}

/// Whether component schema `s` is one union and nothing else (no properties, `allOf` or
/// discriminator): an `allOf` member that references it merges its type as it is.
pub(crate) fn is_pure_union(s: &Schema) -> bool {
    let v = view(s);
    s.schema_data.discriminator.is_none()
        && !v.is_object_like()
        && (v.one_of.is_empty() == v.alternatives().is_some())
}

impl<'a> Lower<'a> {
    /// Whether the alternative `r` decodes from a JSON object and encodes to one, as a flattened
    /// field's type must: a struct, a map, a tagged enum, untyped JSON, or a union of those.
    fn object_shaped(&mut self, r: SRef<'a>, ptr: &str, depth: usize) -> bool {
        if depth > MAX_UNION_DEPTH {
            return true;
        }
        let Some((s, _)) = self.resolve(r, ptr) else {
            return true; // reported; typed as untyped JSON
        };
        let v = view(s);
        if s.schema_data.discriminator.is_some() || v.is_object_like() || v.not {
            return true;
        }
        if let Some(r) = v.annotated_ref() {
            return self.object_shaped(SRef::Ref(r), ptr, depth + 1);
        }
        let unions = unions_of(s, &v, ptr);
        if !unions.is_empty() {
            return unions.iter().all(|u| {
                u.members.iter().enumerate().all(|(i, m)| {
                    let mptr = format!("{}/{}/{i}", u.ptr, u.keyword);
                    self.object_shaped(*m, &mptr, depth + 1)
                })
            });
        }
        v.string_enum().is_none() && matches!(v.typ, None | Some("object"))
    }

    /// Whether every alternative of `u` is object-shaped; each one that is not is reported.
    fn all_objects(&mut self, u: &Union<'a>, report: bool) -> bool {
        let mut ok = true;
        for (i, m) in u.members.iter().enumerate() {
            let mptr = format!("{}/{}/{i}", u.ptr, u.keyword);
            if !self.object_shaped(*m, &mptr, 0) {
                ok = false;
                if report {
                    let construct = format!(
                        "`{}` inside an object composed with `allOf`, with an alternative that is not an object (only object alternatives merge into the object)",
                        u.keyword
                    );
                    self.cx.unsupported_as(&mptr, construct, LEFT_OUT);
                }
            }
        }
        ok
    }

    /// Whether schema `s` is an object (properties or `allOf`) beside a `oneOf` or `anyOf` of
    /// objects, without discriminator: a struct with a flattened union, not an enum.
    pub(super) fn flattens(&mut self, s: &'a Schema, v: &View<'a>, ptr: &str) -> bool {
        if !v.is_object_like() {
            return false;
        }
        let unions = unions_of(s, v, ptr);
        !unions.is_empty() && unions.iter().all(|u| self.all_objects(u, false))
    }

    /// Alternative `m`'s own properties and `required`, merged through its `allOf`, and the
    /// component it is, if any.
    pub(super) fn alternative(&mut self, m: SRef<'a>, ptr: &str) -> (Merged<'a>, Option<&'a str>) {
        let mut merged = Merged::default();
        let Some((s, component)) = self.resolve(m, ptr) else {
            return (merged, None);
        };
        let mut stack: Vec<&'a str> = component.into_iter().collect();
        let sptr = match component {
            Some(c) => super::schema::schema_ptr(c),
            None => ptr.to_owned(),
        };
        self.collect(s, &sptr, &mut stack, &mut merged);
        (merged, component)
    }

    /// The properties alternative `m` requires (declared and listed in `required`, or the tag
    /// it writes as a discriminator variant).
    fn required_by(&mut self, m: SRef<'a>, ptr: &str) -> BTreeSet<&'a str> {
        let (merged, component) = self.alternative(m, ptr);
        let mut out: BTreeSet<&'a str> = merged
            .required
            .into_iter()
            .filter(|r| merged.props.contains_key(r))
            .collect();
        if let Some(c) = component {
            if let Some(name) = self.variant_tags.get(c).map(|(p, _)| p.clone()) {
                if let Some((key, _)) = merged.props.get_key_value(name.as_str()) {
                    out.insert(key);
                }
            }
        }
        out
    }

    /// Every property some alternative of `unions` declares: an object's `required` may name
    /// them (they are on the wire through its flattened field, not undeclared).
    pub(super) fn declared_by_alternatives(&mut self, unions: &[Union<'a>]) -> BTreeSet<&'a str> {
        let mut out = BTreeSet::new();
        for u in unions {
            for (i, m) in u.members.iter().enumerate() {
                let mptr = format!("{}/{}/{i}", u.ptr, u.keyword);
                out.extend(self.alternative(*m, &mptr).0.props.keys().copied());
            }
        }
        out
    }

    /// Whether no alternative of `u` requires a property the object declares itself (the
    /// object's field takes it off the wire, so the alternative would never decode).
    fn apart(&mut self, u: &Union<'a>, props: &IndexMap<&'a str, (SRef<'a>, String)>) -> bool {
        let mut ok = true;
        for (i, m) in u.members.iter().enumerate() {
            let mptr = format!("{}/{}/{i}", u.ptr, u.keyword);
            let shared = self
                .required_by(*m, &mptr)
                .into_iter()
                .find(|p| props.contains_key(p));
            if let Some(p) = shared {
                ok = false;
                let construct = format!(
                    "an alternative of `{}` that requires property {p:?}, which the object it merges into declares itself",
                    u.keyword
                );
                self.cx.unsupported_as(&mptr, construct, LEFT_OUT);
            }
        }
        ok
    }

    /// The variants of an untagged enum named `name` from the alternatives of `keyword` at
    /// `ptr`: a referenced schema names its variant, an inline one is `Variant<i>`.
    pub(super) fn untagged_variants(
        &mut self,
        name: &str,
        keyword: &str,
        members: &[SRef<'a>],
        ptr: &str,
        dir: Dir,
    ) -> Vec<UntaggedVariant> {
        let mut variants: Vec<UntaggedVariant> = Vec::new();
        for (i, m) in members.iter().enumerate() {
            let mptr = format!("{ptr}/{keyword}/{i}");
            let (vname, ty) = match *m {
                SRef::Ref(r) => {
                    let short = r.strip_prefix(SCHEMA_PREFIX).unwrap_or(r);
                    (
                        naming::variant_name(short),
                        self.lower(*m, &format!("{name}{i}"), &mptr, dir),
                    )
                }
                SRef::Inline(_) => (
                    format!("Variant{i}"),
                    self.lower(*m, &format!("{name}Variant{i}"), &mptr, dir),
                ),
            };
            let taken: Vec<&str> = variants.iter().map(|v| v.rust.as_str()).collect();
            variants.push(UntaggedVariant {
                rust: naming::unique(&vname, &taken),
                ty,
                pointer: mptr,
                boxed: false,
            });
        }
        variants
    }

    /// Appends to `fields` one flattened field per union of `merged` that can be merged into
    /// the struct `name` (object alternatives that require none of its properties); the others
    /// are reported.
    pub(super) fn flattened_fields(
        &mut self,
        name: &str,
        doc_name: &str,
        merged: Merged<'a>,
        dir: Dir,
        fields: &mut Vec<Field>,
    ) {
        for u in merged.unions {
            let objects = self.all_objects(&u, true);
            if !objects || !self.apart(&u, &merged.props) {
                continue;
            }
            let keyword = u.keyword;
            let ty = match u.named {
                Some(n) => self
                    .names
                    .get(n)
                    .cloned()
                    .map_or(TypeRef::Json, TypeRef::Named),
                None => {
                    let enum_name = self.fresh(&format!("{name}{}", upper_camel(keyword)), &u.ptr);
                    let variants =
                        self.untagged_variants(&enum_name, keyword, &u.members, &u.ptr, dir);
                    self.types.push(TypeDef {
                        name: enum_name.clone(),
                        traits: Derived::default(),
                        docs: vec![format!(
                            "The `{keyword}` alternatives merged into {}: their properties sit beside its own. The first alternative that decodes wins.",
                            crate::docs::code(doc_name)
                        )],
                        pointer: u.ptr.clone(),
                        dir,
                        kind: TypeKind::Untagged { variants },
                    });
                    TypeRef::Named(enum_name)
                }
            };
            let taken: Vec<&str> = fields.iter().map(|f| f.rust.as_str()).collect();
            let rust = naming::unique(&naming::field_name(keyword), &taken);
            fields.push(Field {
                wire: keyword.to_owned(),
                setter: naming::setter_name(&rust),
                rust,
                pointer: format!("{}/{keyword}", u.ptr),
                docs: vec![format!(
                    "The `{keyword}` alternative this value is: its properties are flattened into the object."
                )],
                ty,
                required: true,
                deprecated: false,
                read_only: false,
                constraints: Constraints::default(),
                boxed: false,
                flatten: true,
                sends_null: false,
            });
        }
    }
}
