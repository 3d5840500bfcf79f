//! The last step of lowering: every scope the output declares names in is checked for two items
//! with one Rust name, so that whatever `generate()` accepts compiles.
//!
//! The rule, for every scope: names are given in declaration order, the spec's own names before
//! the generator's (`Unknown`, `Params`, `Latest`, mirrors), and a later name that is already
//! taken gets the smallest numeric suffix that is free ([`naming::unique`]). The wire name stays
//! in the docs and in `#[serde(rename)]`, so a rename costs nothing on the wire. Lowering already
//! follows this rule as it names things; this pass applies it again to whatever slipped through,
//! and where a rename cannot be made locally (a type name that other types refer to) it reports
//! a [`Diagnostic::DuplicateName`] naming both JSON pointers.

use std::collections::HashMap;

use crate::diagnostics::{Ctxt, Diagnostic};
use crate::model::{Field, Model, OperationDef, TypeKind};
use crate::naming;

/// One scope: the names given so far, with the pointer of the item that holds each.
struct Scope {
    taken: HashMap<String, String>,
}

impl Scope {
    fn new() -> Self {
        Scope {
            taken: HashMap::new(),
        }
    }

    /// Gives `name` to the item at `pointer`: unchanged when free, else renamed by the rule.
    fn give(&mut self, name: &mut String, pointer: &str) {
        if self.taken.contains_key(name.as_str()) {
            *name = naming::unique_by(name, |c| self.taken.contains_key(c));
        }
        self.taken.insert(name.clone(), pointer.to_owned());
    }

    /// Records `name` for the item at `pointer`; a clash cannot be renamed here, so it is reported.
    fn claim(&mut self, cx: &mut Ctxt, name: &str, pointer: &str) {
        match self.taken.get(name) {
            Some(other) => cx.push(Diagnostic::DuplicateName {
                file: cx.file(),
                pointer: pointer.to_owned(),
                name: name.to_owned(),
                other: other.clone(),
            }),
            None => {
                self.taken.insert(name.to_owned(), pointer.to_owned());
            }
        }
    }
}

/// Checks every scope of `model`, renaming what the rule can rename and reporting the rest.
pub(crate) fn check(model: &mut Model, cx: &mut Ctxt) {
    module_items(model, cx);
    for t in &mut model.types {
        let ptr = t.pointer.clone();
        match &mut t.kind {
            TypeKind::Struct { fields, .. } => struct_fields(fields),
            TypeKind::StringEnum { values, unknown } => {
                let mut scope = Scope::new();
                for v in values.iter_mut() {
                    scope.give(&mut v.rust, &format!("{ptr}/enum"));
                }
                scope.give(unknown, &ptr);
            }
            TypeKind::Tagged {
                variants, unknown, ..
            } => {
                let mut scope = Scope::new();
                for v in variants.iter_mut() {
                    scope.give(&mut v.rust, &v.pointer);
                }
                if let Some(unknown) = unknown {
                    scope.give(unknown, &ptr);
                }
            }
            TypeKind::Untagged { variants } => {
                let mut scope = Scope::new();
                for v in variants.iter_mut() {
                    scope.give(&mut v.rust, &v.pointer);
                }
            }
            TypeKind::Alias(_) => {}
        }
    }
    let mut modules = Scope::new();
    for op in &mut model.operations {
        modules.give(&mut op.module, &op.pointer);
        operation_items(op);
    }
    for op in &mut model.operations {
        if let Some(alias) = &op.alias {
            if modules.taken.contains_key(alias) {
                op.alias = None; // a legacy alias is a convenience: dropped rather than renamed
            } else {
                modules.claim(cx, alias, &op.pointer);
            }
        }
    }
}

/// The output's top level: types, their decoding mirrors, and the `operations` module.
fn module_items(model: &Model, cx: &mut Ctxt) {
    let mut types = Scope::new();
    types.claim(cx, "operations", "/paths");
    for t in &model.types {
        types.claim(cx, &t.name, &t.pointer);
        if let TypeKind::Struct { tag: Some(tag), .. } = &t.kind {
            types.claim(cx, &tag.mirror, &t.pointer);
        }
    }
    let mut statics = Scope::new();
    for p in &model.patterns {
        statics.claim(cx, &p.name, "/");
    }
}

/// A struct's fields, and its methods: `new` and one setter per optional field.
fn struct_fields(fields: &mut [Field]) {
    let mut names = Scope::new();
    let mut methods = Scope::new();
    methods.give(&mut "new".to_owned(), "");
    for f in fields.iter_mut() {
        names.give(&mut f.rust, &f.pointer);
        f.setter = naming::setter_name(&f.rust);
        if !f.required && !f.read_only {
            methods.give(&mut f.setter, &f.pointer);
        }
    }
}

/// An operation module's items (`Params`, `Latest` and the version markers, which always start
/// with `V`), and the fields and setters of its `Params`.
fn operation_items(op: &mut OperationDef) {
    let mut items = Scope::new();
    for v in &mut op.versions {
        items.give(&mut v.type_name, &op.pointer);
    }
    let mut names = Scope::new();
    let mut methods = Scope::new();
    methods.give(&mut "new".to_owned(), "");
    for p in &mut op.params {
        names.give(&mut p.rust, &p.pointer);
        p.setter = naming::setter_name(&p.rust);
        if !p.required && !p.hidden {
            methods.give(&mut p.setter, &p.pointer);
        }
    }
}
