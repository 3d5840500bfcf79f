//! Analyses over the whole model, run once after lowering, whose results are stored on the model
//! so that emit only prints: boxing of recursive fields, `Eq` derivability, which request
//! types have something to validate, and which operations are paginated lists.

use std::collections::{BTreeSet, HashMap};

use crate::model::{
    param_struct_fields, Model, OperationDef, PageSlot, Pagination, ParamLocation, TypeDef,
    TypeKind, TypeRef, VersionDef,
};

/// Runs every analysis over `types` and stores the results on them.
pub fn analyze(types: &mut [TypeDef]) {
    untype_regressing_variants(types);
    box_recursive_fields(types);
    newtype_recursive_aliases(types);
    let eq = eq_table(types);
    let validates = needs_validation_table(types);
    for t in types.iter_mut() {
        t.traits.eq = eq.get(&t.name).copied().unwrap_or(false);
        t.traits.validates = validates.get(&t.name).copied().unwrap_or(false);
    }
}

/// The named types a type refers to directly through `ty` (not behind a `Vec` or a map).
fn direct(ty: &TypeRef) -> Option<&str> {
    match ty {
        TypeRef::Named(n) => Some(n),
        _ => None,
    }
}

/// Types a value holds inline (not behind a `Vec`, a map or a `Box`).
fn inline_targets(t: &TypeDef) -> Vec<&str> {
    match &t.kind {
        TypeKind::Struct { fields, .. } => fields
            .iter()
            .filter(|f| !f.boxed)
            .filter_map(|f| direct(&f.ty))
            .collect(),
        TypeKind::Tagged { variants, .. } => variants.iter().map(|v| v.target.as_str()).collect(),
        TypeKind::Untagged { variants } => variants
            .iter()
            .filter(|v| !v.boxed)
            .filter_map(|v| direct(&v.ty))
            .collect(),
        TypeKind::Alias(ty) => direct(ty).into_iter().collect(),
        TypeKind::StringEnum { .. } => Vec::new(),
    }
}

/// Boxes struct fields through which a type would contain itself (an infinite size otherwise).
fn box_recursive_fields(types: &mut [TypeDef]) {
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
        let targets: Vec<(usize, String)> = match &types[i].kind {
            TypeKind::Struct { fields, .. } => fields
                .iter()
                .enumerate()
                .filter_map(|(f, field)| direct(&field.ty).map(|t| (f, t.to_owned())))
                .collect(),
            TypeKind::Untagged { variants } => variants
                .iter()
                .enumerate()
                .filter_map(|(v, variant)| direct(&variant.ty).map(|t| (v, t.to_owned())))
                .collect(),
            _ => Vec::new(),
        };
        for (f, target) in targets {
            if reaches(types, &target, &name) {
                match &mut types[i].kind {
                    TypeKind::Struct { fields, .. } => fields[f].boxed = true,
                    TypeKind::Untagged { variants } => variants[f].boxed = true,
                    _ => {}
                }
            }
        }
    }
}

/// An untagged union tries its variants on the same input; a variant that leads back to the union
/// through unions, aliases and flattened fields alone (`A = oneOf[B, ...]`, `B = anyOf[A, ...]`,
/// or a struct whose flattened union holds it again) would try the union again on that same
/// input, forever, so such a variant holds untyped JSON instead.
fn untype_regressing_variants(types: &mut [TypeDef]) {
    let index: HashMap<String, usize> = types
        .iter()
        .enumerate()
        .map(|(i, t)| (t.name.clone(), i))
        .collect();
    let same_input = |t: &TypeDef| -> Vec<String> {
        match &t.kind {
            TypeKind::Untagged { variants } => variants
                .iter()
                .filter_map(|v| direct(&v.ty).map(str::to_owned))
                .collect(),
            TypeKind::Alias(ty) => direct(ty).map(str::to_owned).into_iter().collect(),
            TypeKind::Struct { fields, .. } => fields
                .iter()
                .filter(|f| f.flatten)
                .filter_map(|f| direct(&f.ty).map(str::to_owned))
                .collect(),
            _ => Vec::new(),
        }
    };
    for i in 0..types.len() {
        let name = types[i].name.clone();
        let TypeKind::Untagged { variants } = &types[i].kind else {
            continue;
        };
        let starts: Vec<(usize, String)> = variants
            .iter()
            .enumerate()
            .filter_map(|(v, variant)| direct(&variant.ty).map(|t| (v, t.to_owned())))
            .collect();
        let mut untyped = Vec::new();
        for (v, start) in starts {
            let mut stack = vec![start];
            let mut seen = BTreeSet::new();
            let mut loops = false;
            while let Some(n) = stack.pop() {
                if n == name {
                    loops = true;
                    break;
                }
                if seen.insert(n.clone()) {
                    if let Some(&j) = index.get(&n) {
                        stack.extend(same_input(&types[j]));
                    }
                }
            }
            if loops {
                untyped.push(v);
            }
        }
        // The untyped variants go last, so that they do not take what the others would decode.
        if let TypeKind::Untagged { variants } = &mut types[i].kind {
            let (mut kept, mut moved): (Vec<_>, Vec<_>) = std::mem::take(variants)
                .into_iter()
                .enumerate()
                .partition(|(v, _)| !untyped.contains(v));
            for (_, variant) in &mut moved {
                variant.ty = TypeRef::Json;
            }
            kept.append(&mut moved);
            *variants = kept.into_iter().map(|(_, v)| v).collect();
        }
    }
}

/// Every named type a type reference mentions, at any depth (`Vec<A>`, `BTreeMap<String, B>`).
fn mentioned(ty: &TypeRef) -> Option<&str> {
    match ty {
        TypeRef::Named(n) => Some(n),
        TypeRef::Vec(t) | TypeRef::Map(t) => mentioned(t),
        _ => None,
    }
}

/// Marks the aliases that reach themselves through other aliases (`type A = Vec<A>`): Rust
/// refuses a type alias that names itself, so they become transparent newtypes.
fn newtype_recursive_aliases(types: &mut [TypeDef]) {
    let aliases: HashMap<String, String> = types
        .iter()
        .filter_map(|t| match &t.kind {
            TypeKind::Alias(ty) => mentioned(ty).map(|n| (t.name.clone(), n.to_owned())),
            _ => None,
        })
        .collect();
    for t in types.iter_mut() {
        let mut at = aliases.get(&t.name);
        let mut steps = 0;
        while let Some(next) = at {
            if *next == t.name {
                t.traits.newtype = true;
                break;
            }
            steps += 1;
            if steps > aliases.len() {
                break;
            }
            at = aliases.get(next);
        }
    }
}

/// A fixed point over the named types: `holds(t, table)` says whether type `t` has the property,
/// given what the table says of the types it refers to; types start at `start`.
fn fixed_point(
    types: &[TypeDef],
    start: bool,
    consider: impl Fn(&TypeDef) -> bool,
    holds: impl Fn(&TypeDef, &HashMap<String, bool>) -> bool,
) -> HashMap<String, bool> {
    let mut table: HashMap<String, bool> = types.iter().map(|t| (t.name.clone(), start)).collect();
    loop {
        let mut changed = false;
        for t in types.iter().filter(|t| consider(t)) {
            let now = holds(t, &table);
            if now != start && table.get(&t.name) == Some(&start) {
                table.insert(t.name.clone(), now);
                changed = true;
            }
        }
        if !changed {
            return table;
        }
    }
}

fn allows_eq(ty: &TypeRef, table: &HashMap<String, bool>) -> bool {
    match ty {
        TypeRef::F64 => false,
        TypeRef::Named(n) => table.get(n).copied().unwrap_or(true),
        TypeRef::Vec(t) | TypeRef::Map(t) => allows_eq(t, table),
        _ => true,
    }
}

/// Whether every value of each type allows `Eq` (no `f64` anywhere inside).
fn eq_table(types: &[TypeDef]) -> HashMap<String, bool> {
    fixed_point(
        types,
        true,
        |_| true,
        |t, table| match &t.kind {
            TypeKind::Struct { fields, .. } => fields.iter().all(|f| allows_eq(&f.ty, table)),
            TypeKind::StringEnum { .. } => true,
            TypeKind::Tagged { variants, .. } => variants
                .iter()
                .all(|v| table.get(&v.target).copied().unwrap_or(true)),
            TypeKind::Untagged { variants } => variants.iter().all(|v| allows_eq(&v.ty, table)),
            TypeKind::Alias(ty) => allows_eq(ty, table),
        },
    )
}

fn ty_needs(t: &TypeRef, table: &HashMap<String, bool>) -> bool {
    match t {
        TypeRef::Named(n) => table.get(n).copied().unwrap_or(false),
        TypeRef::Vec(i) | TypeRef::Map(i) => ty_needs(i, table),
        _ => false,
    }
}

/// Which request types have something to check, directly or through what they hold.
fn needs_validation_table(types: &[TypeDef]) -> HashMap<String, bool> {
    fixed_point(
        types,
        false,
        |t| t.dir.request,
        |t, table| match &t.kind {
            TypeKind::Struct { fields, .. } => fields
                .iter()
                .any(|f| !f.constraints.is_empty() || ty_needs(&f.ty, table)),
            TypeKind::Tagged { variants, .. } => variants
                .iter()
                .any(|v| table.get(&v.target).copied().unwrap_or(false)),
            TypeKind::Untagged { variants } => variants.iter().any(|v| ty_needs(&v.ty, table)),
            TypeKind::Alias(ty) => ty_needs(ty, table),
            TypeKind::StringEnum { .. } => false,
        },
    )
}

/// Marks the versions of list operations ([`Pagination`]): those that take the integer query
/// parameters `pageNum` and `itemsPerPage`, send no body, and answer with an object holding a
/// `results` array and a `totalCount` integer.
pub fn find_pagination(model: &mut Model) {
    let index: HashMap<&str, &TypeDef> = model.types.iter().map(|t| (t.name.as_str(), t)).collect();
    let lookup = |n: &str| index.get(n).copied();
    let found: Vec<Vec<Option<Pagination>>> = model
        .operations
        .iter()
        .map(|op| {
            op.versions
                .iter()
                .map(|v| pagination_of(&lookup, op, v))
                .collect()
        })
        .collect();
    for (op, pages) in model.operations.iter_mut().zip(found) {
        for (v, p) in op.versions.iter_mut().zip(pages) {
            v.pagination = p;
        }
    }
}

fn is_integer(ty: &TypeRef) -> bool {
    matches!(ty, TypeRef::I32 | TypeRef::I64)
}

fn pagination_of<'m>(
    lookup: &impl Fn(&str) -> Option<&'m TypeDef>,
    op: &OperationDef,
    v: &VersionDef,
) -> Option<Pagination> {
    if v.request.is_some() {
        return None;
    }
    let param = |wire: &str| {
        op.params.iter().find(|p| {
            p.wire == wire && p.location == ParamLocation::Query && !p.hidden && is_integer(&p.ty)
        })
    };
    let (page_num, per_page) = (param("pageNum")?, param("itemsPerPage")?);
    let fields = param_struct_fields(lookup, v.response.as_ref()?)?;
    let field = |wire: &str| {
        fields
            .iter()
            .find(|f| f.wire == wire && !f.flatten && !f.boxed)
    };
    let results = field("results")?;
    let TypeRef::Vec(item) = &results.ty else {
        return None;
    };
    let total = field("totalCount").filter(|f| is_integer(&f.ty))?;
    let default = per_page
        .default
        .as_deref()
        .and_then(|d| d.parse::<i64>().ok());
    // A maximum is an integer in practice; a fractional one rounds down.
    let max = per_page.constraints.maximum.map(|m| m.floor() as i64);
    let slot = |rust: &str, ty: &TypeRef, required: bool| PageSlot {
        rust: rust.to_owned(),
        ty: ty.clone(),
        required,
    };
    Some(Pagination {
        page_num: slot(&page_num.rust, &page_num.ty, page_num.required),
        items_per_page: slot(&per_page.rust, &per_page.ty, per_page.required),
        page_size: max.or(default).filter(|n| *n > 0).unwrap_or(100),
        results: slot(&results.rust, item, results.required),
        total_count: slot(&total.rust, &total.ty, total.required),
    })
}
