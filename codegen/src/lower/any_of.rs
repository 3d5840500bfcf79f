//! An `anyOf` whose alternatives are all objects, as one struct: the union of their properties,
//! each optional (see `Settings::with_any_of_objects_as_struct`).

use std::collections::BTreeSet;

use crate::spec::Schema;
use indexmap::IndexMap;

use super::context::Lower;
use super::schema::{schema_ptr, view, SRef, SCHEMA_PREFIX};
use super::types::FieldRules;
use super::unions::Merged;
use crate::model::{Dir, TypeKind};

/// How deep `allOf` members are followed to tell whether an alternative is an object.
const MAX_DEPTH: usize = 16;

impl<'a> Lower<'a> {
    /// The struct of an `anyOf` whose alternatives `members` are all objects (see
    /// [`Lower::object_schema`]); `None` when one is not, for the untagged enum to type it.
    ///
    /// A property declared by several alternatives keeps the first declaration when every one
    /// has the same schema (`$ref` target, or the same keywords but for annotations), and is a
    /// `serde_json::Value` field otherwise.
    pub(super) fn any_of_struct(
        &mut self,
        name: &str,
        members: &[SRef<'a>],
        ptr: &str,
        dir: Dir,
        component: Option<&'a str>,
    ) -> Option<TypeKind> {
        let branches: Vec<(&'a Schema, Option<&'a str>)> = members
            .iter()
            .map(|m| self.object_schema(*m, 0))
            .collect::<Option<_>>()?;
        let mut props: IndexMap<&'a str, (SRef<'a>, String)> = IndexMap::new();
        let mut loose: BTreeSet<&'a str> = BTreeSet::new();
        for (i, (s, target)) in branches.into_iter().enumerate() {
            let mut own = Merged::default();
            let mut stack: Vec<&'a str> = component.into_iter().chain(target).collect();
            let bptr = target.map_or_else(|| format!("{ptr}/anyOf/{i}"), schema_ptr);
            self.collect(s, &bptr, &mut stack, &mut own);
            for (wire, (p, pptr)) in own.props {
                match props.get(wire) {
                    None => {
                        props.insert(wire, (p, pptr));
                    }
                    Some((first, _)) if !self.same_schema(*first, p) => {
                        loose.insert(wire);
                    }
                    Some(_) => {}
                }
            }
        }
        let rules = FieldRules {
            required: &BTreeSet::new(),
            skip: None,
            loose: &loose,
        };
        let fields = self.struct_fields(name, props, dir, component, &rules);
        Some(TypeKind::Struct { fields, tag: None })
    }

    /// The schema `r` stands for, following `$ref`s without reporting (lowering reports them),
    /// and the component it is.
    fn quiet_resolve(&self, r: SRef<'a>) -> Option<(&'a Schema, Option<&'a str>)> {
        let mut cur = r;
        let mut name = None;
        for _ in 0..32 {
            match cur {
                SRef::Inline(s) => return Some((s, name)),
                SRef::Ref(reference) => {
                    let n = reference.strip_prefix(SCHEMA_PREFIX)?;
                    name = Some(n);
                    cur = self.component(n)?.into();
                }
            }
        }
        None
    }

    /// The schema of `r` when it is an object with properties, a struct: `type: object` or
    /// untyped, with properties or `allOf` members that are objects too, or `type: object` with
    /// neither properties nor `additionalProperties`; no `oneOf`, `anyOf` of alternatives,
    /// discriminator, `not`, `enum` or `items`.
    fn object_schema(&self, r: SRef<'a>, depth: usize) -> Option<(&'a Schema, Option<&'a str>)> {
        let (s, name) = self.quiet_resolve(r)?;
        let v = view(s);
        let shaped = v.is_object_like() || (v.typ == Some("object") && v.additional.is_none());
        let plain = matches!(v.typ, None | Some("object"))
            && v.one_of.is_empty()
            && v.alternatives().is_none()
            && s.schema_data.discriminator.is_none()
            && !v.not
            && v.enumeration.is_empty()
            && v.items.is_none();
        if !(shaped && plain && depth < MAX_DEPTH) {
            return None;
        }
        for m in &v.all_of {
            self.object_schema(*m, depth + 1)?;
        }
        Some((s, name))
    }

    /// Whether two declarations of a property type it alike: the same component, or schemas
    /// with the same keywords once annotations (description, title, examples, read-only) are
    /// set aside.
    fn same_schema(&self, a: SRef<'a>, b: SRef<'a>) -> bool {
        if let (SRef::Ref(x), SRef::Ref(y)) = (a, b) {
            if x == y {
                return true;
            }
        }
        match (self.quiet_resolve(a), self.quiet_resolve(b)) {
            (Some((x, _)), Some((y, _))) => {
                std::ptr::eq(x, y)
                    || (x.schema_kind == y.schema_kind
                        && x.schema_data.nullable == y.schema_data.nullable)
            }
            _ => false,
        }
    }
}
