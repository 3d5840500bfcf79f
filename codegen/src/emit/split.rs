//! The output split across crates ([`crate::generate_split`]), so that no one rustc holds the
//! whole API: a shared part, one part per group of tags, and what the crate users depend on
//! (`tags`, the operation index).
//!
//! Each operation goes to the group of its first tag. A type goes to the one group whose
//! operations reach it, or to the shared part when several groups (or none) do, and so does
//! everything a shared type reaches: the shared part never names a group's type, and a group
//! never names another group's.

use std::collections::HashMap;

use super::{by_tag, emit_items, operation_index_fn, Emitter, Layout};
use crate::model::{Model, OperationDef, TypeDef, TypeKind, TypeRef};

/// The split output's parts, each a file's text (no header).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Split {
    /// The types that several groups reach: what every group's crate depends on.
    pub shared: String,
    /// Per group, in the order the groups were given: its types, and its operations in an
    /// `operations` module.
    pub groups: Vec<String>,
    /// What sits above the parts, in the crate users name: the `tags` module with the crate docs,
    /// and the operation index when asked for.
    pub top: String,
}

/// The most groups a split takes (each type's groups are the bits of a `u64`).
pub const MAX_GROUPS: usize = 64;

/// Which part each type and operation goes to.
struct Partition {
    /// Each type's part by name: `None` for the shared part, else its group.
    types: HashMap<String, Option<usize>>,
    /// Each operation's group, in model order.
    operations: Vec<usize>,
}

fn named(t: &TypeRef, out: &mut Vec<String>) {
    match t {
        TypeRef::Named(n) => out.push(n.clone()),
        TypeRef::Vec(inner) | TypeRef::Map(inner) => named(inner, out),
        _ => {}
    }
}

/// The types `t` names directly.
fn type_edges(t: &TypeDef) -> Vec<String> {
    let mut out = Vec::new();
    match &t.kind {
        TypeKind::Struct { fields, .. } => fields.iter().for_each(|f| named(&f.ty, &mut out)),
        TypeKind::StringEnum { .. } => {}
        TypeKind::Tagged { variants, .. } => out.extend(variants.iter().map(|v| v.target.clone())),
        TypeKind::Untagged { variants } => variants.iter().for_each(|v| named(&v.ty, &mut out)),
        TypeKind::Alias(target) => named(target, &mut out),
    }
    out
}

/// The types operation `o` names directly: parameters, bodies, answers and its error body.
fn operation_roots(o: &OperationDef) -> Vec<String> {
    let mut out = Vec::new();
    for p in &o.params {
        named(&p.ty, &mut out);
    }
    for v in &o.versions {
        for t in v.request.iter().chain(&v.response) {
            named(t, &mut out);
        }
        for r in &v.responses {
            if let Some(b) = &r.body {
                named(b, &mut out);
            }
        }
    }
    if let Some(e) = &o.error {
        named(e, &mut out);
    }
    out
}

fn partition(model: &Model, groups: &[Vec<String>]) -> Partition {
    let last = groups.len().saturating_sub(1);
    let operations: Vec<usize> = model
        .operations
        .iter()
        .map(|o| {
            let feature = o.tags.first().map(|t| crate::feature_name(t));
            feature
                .and_then(|f| groups.iter().position(|g| g.contains(&f)))
                .unwrap_or(last)
        })
        .collect();
    let edges: HashMap<&str, Vec<String>> = model
        .types
        .iter()
        .map(|t| (t.name.as_str(), type_edges(t)))
        .collect();
    // Each type's groups, as bits.
    let mut reached: HashMap<&str, u64> = HashMap::new();
    let mut stack: Vec<String> = Vec::new();
    for (o, &g) in model.operations.iter().zip(&operations) {
        let bit = 1u64 << g;
        stack.extend(operation_roots(o));
        while let Some(n) = stack.pop() {
            let Some((name, next)) = edges.get_key_value(n.as_str()) else {
                continue;
            };
            let bits = reached.entry(name).or_default();
            if *bits & bit == 0 {
                *bits |= bit;
                stack.extend(next.iter().cloned());
            }
        }
    }
    let mut types: HashMap<String, Option<usize>> = model
        .types
        .iter()
        .map(|t| {
            let bits = reached.get(t.name.as_str()).copied().unwrap_or(0);
            let group = (bits.count_ones() == 1).then(|| bits.trailing_zeros() as usize);
            (t.name.clone(), group)
        })
        .collect();
    // What a shared type reaches is shared too.
    stack.extend(
        types
            .iter()
            .filter(|(_, g)| g.is_none())
            .flat_map(|(n, _)| edges.get(n.as_str()).into_iter().flatten().cloned()),
    );
    while let Some(n) = stack.pop() {
        if let Some(g) = types.get_mut(&n) {
            if g.take().is_some() {
                stack.extend(edges.get(n.as_str()).into_iter().flatten().cloned());
            }
        }
    }
    Partition { types, operations }
}

/// The model split into a shared part and one part per group of tag features (`groups`; an
/// operation whose first tag no group names goes to the last group).
pub(crate) fn emit_split(
    model: &Model,
    runtime_path: &str,
    operation_index: bool,
    crate_docs: Option<&str>,
    layout: Layout,
    groups: &[Vec<String>],
) -> Result<Split, String> {
    if groups.is_empty() || groups.len() > MAX_GROUPS {
        return Err(format!(
            "a split takes 1 to {MAX_GROUPS} groups of tags, not {}",
            groups.len()
        ));
    }
    let p = partition(model, groups);
    let mut e = Emitter::new(model, runtime_path, operation_index, crate_docs)?;
    e.split = true;
    let part = |group: Option<usize>| -> Result<String, String> {
        // Each part writes the pattern statics its own checks use: the emitter's only state.
        e.used_patterns.borrow_mut().clear();
        let types: Vec<&TypeDef> = model
            .types
            .iter()
            .filter(|t| p.types.get(&t.name).copied().flatten() == group)
            .collect();
        let ops: Option<Vec<&OperationDef>> = group.map(|g| {
            model
                .operations
                .iter()
                .zip(&p.operations)
                .filter(|(_, &og)| og == g)
                .map(|(o, _)| o)
                .collect()
        });
        emit_items(&e, &types, ops.as_deref(), layout)
    };
    let shared = part(None)?;
    let groups = (0..groups.len())
        .map(|g| part(Some(g)))
        .collect::<Result<Vec<_>, _>>()?;
    let mut top = String::new();
    if e.crate_docs.is_some() {
        layout.write(&mut top, by_tag::tags_module(model))?;
    }
    if operation_index {
        layout.write(&mut top, operation_index_fn(model, &e.rt))?;
    }
    Ok(Split {
        shared,
        groups,
        top,
    })
}
