//! Analyses over the whole model, run once after lowering: boxing of recursive fields, `Eq`
//! derivability, which request types need validation.

use std::collections::{BTreeSet, HashMap};

use crate::model::{TypeDef, TypeKind, TypeRef};

fn allows_eq(ty: &TypeRef, types: &HashMap<String, bool>) -> bool {
    match ty {
        TypeRef::F64 => false,
        TypeRef::Named(n) => types.get(n).copied().unwrap_or(true),
        TypeRef::Vec(t) | TypeRef::Map(t) => allows_eq(t, types),
        _ => true,
    }
}

/// Types a value holds inline (not behind a `Vec` or a map).
fn inline_targets(t: &TypeDef) -> Vec<&str> {
    fn direct(ty: &TypeRef) -> Option<&str> {
        match ty {
            TypeRef::Named(n) => Some(n),
            _ => None,
        }
    }
    match &t.kind {
        TypeKind::Struct { fields, .. } => fields
            .iter()
            .filter(|f| !f.boxed)
            .filter_map(|f| direct(&f.ty))
            .collect(),
        TypeKind::Tagged { variants, .. } => variants.iter().map(|(_, _, s)| s.as_str()).collect(),
        TypeKind::Untagged { variants } => {
            variants.iter().filter_map(|(_, ty)| direct(ty)).collect()
        }
        TypeKind::Alias(ty) => direct(ty).into_iter().collect(),
        TypeKind::StringEnum { .. } => Vec::new(),
    }
}

/// Boxes struct fields through which a type would contain itself (an infinite size otherwise).
pub(crate) fn box_recursive_fields(types: &mut [TypeDef]) {
    let index: HashMap<String, usize> = types
        .iter()
        .enumerate()
        .map(|(i, t)| (t.name.clone(), i))
        .collect();
    let reaches = |types: &[TypeDef], from: &str, to: &str| -> bool {
        let mut stack = vec![from.to_owned()];
        let mut seen = BTreeSet::new();
        while let Some(n) = stack.pop() {
            if n == to {
                return true;
            }
            if !seen.insert(n.clone()) {
                continue;
            }
            if let Some(&i) = index.get(&n) {
                stack.extend(inline_targets(&types[i]).into_iter().map(str::to_owned));
            }
        }
        false
    };
    for i in 0..types.len() {
        let name = types[i].name.clone();
        let n_fields = match &types[i].kind {
            TypeKind::Struct { fields, .. } => fields.len(),
            _ => 0,
        };
        for f in 0..n_fields {
            let target = match &types[i].kind {
                TypeKind::Struct { fields, .. } => match &fields[f].ty {
                    TypeRef::Named(t) => Some(t.clone()),
                    _ => None,
                },
                _ => None,
            };
            if let Some(t) = target {
                if reaches(types, &t, &name) {
                    if let TypeKind::Struct { fields, .. } = &mut types[i].kind {
                        fields[f].boxed = true;
                    }
                }
            }
        }
    }
}

/// Whether every field of every type allows `Eq`.
pub fn eq_table(types: &[TypeDef]) -> HashMap<String, bool> {
    let mut table: HashMap<String, bool> = types.iter().map(|t| (t.name.clone(), true)).collect();
    loop {
        let mut changed = false;
        for t in types {
            let ok = match &t.kind {
                TypeKind::Struct { fields, .. } => fields.iter().all(|f| allows_eq(&f.ty, &table)),
                TypeKind::StringEnum { .. } => true,
                TypeKind::Tagged { variants, .. } => variants
                    .iter()
                    .all(|(_, _, s)| table.get(s).copied().unwrap_or(true)),
                TypeKind::Untagged { variants } => {
                    variants.iter().all(|(_, ty)| allows_eq(ty, &table))
                }
                TypeKind::Alias(ty) => allows_eq(ty, &table),
            };
            if !ok && table.get(&t.name) == Some(&true) {
                table.insert(t.name.clone(), false);
                changed = true;
            }
        }
        if !changed {
            return table;
        }
    }
}

/// Which request types have something to check, directly or through their fields.
pub fn needs_validation_table(types: &[TypeDef]) -> HashMap<String, bool> {
    let mut table: HashMap<String, bool> = types.iter().map(|t| (t.name.clone(), false)).collect();
    fn ty_needs(t: &TypeRef, table: &HashMap<String, bool>) -> bool {
        match t {
            TypeRef::Named(n) => table.get(n).copied().unwrap_or(false),
            TypeRef::Vec(i) | TypeRef::Map(i) => ty_needs(i, table),
            _ => false,
        }
    }
    loop {
        let mut changed = false;
        for t in types.iter().filter(|t| t.dir.request) {
            let needs = match &t.kind {
                TypeKind::Struct { fields, .. } => fields
                    .iter()
                    .any(|f| !f.constraints.is_empty() || ty_needs(&f.ty, &table)),
                TypeKind::Tagged { variants, .. } => variants
                    .iter()
                    .any(|(_, _, s)| table.get(s).copied().unwrap_or(false)),
                TypeKind::Untagged { variants } => {
                    variants.iter().any(|(_, ty)| ty_needs(ty, &table))
                }
                TypeKind::Alias(ty) => ty_needs(ty, &table),
                TypeKind::StringEnum { .. } => false,
            };
            if needs && table.get(&t.name) == Some(&false) {
                table.insert(t.name.clone(), true);
                changed = true;
            }
        }
        if !changed {
            return table;
        }
    }
}
