//! `generate_split`: the whole API from the spec as published, split into a shared part and
//! groups of tags, each part a crate of its own (`atlas-admin-api` and its part crates). What
//! one part names of another must be where that crate can see it: a group names its own and the
//! shared part's items, the shared part only its own. And the parts hold what `generate` does.
// Tests report failure by panicking.
#![allow(clippy::panic, clippy::unwrap_used)]

use std::collections::{BTreeMap, BTreeSet};

use atlas_codegen::{generate, generate_split, Settings, Source};
use syn::visit::Visit;

const SPEC: &str = "../admin-api/spec/atlas-api.yaml";

/// Tags chosen so that parts share types (each reaches the error body, the links, ...) and a
/// union sits in another part than some of its variants' structs would alone.
const GROUPS: [&[&str]; 3] = [
    &["cloud-backups", "alert-configurations"],
    &["clusters", "alerts"],
    &["projects", "organizations", "events"],
];

fn settings() -> Settings {
    let overrides = std::fs::read_to_string("../admin-api/spec/overrides.yaml").unwrap();
    let tags = GROUPS.iter().flat_map(|g| g.iter().copied());
    Settings::new()
        .with_overrides("spec/overrides.yaml", overrides)
        .with_tag_features(tags)
        .with_operation_index(true)
        .with_crate_docs("atlas_admin_api")
        .unformatted()
}

/// The names a file's top-level items define.
fn defined(file: &syn::File) -> BTreeSet<String> {
    file.items
        .iter()
        .filter_map(|item| match item {
            syn::Item::Struct(s) => Some(s.ident.to_string()),
            syn::Item::Enum(e) => Some(e.ident.to_string()),
            syn::Item::Type(t) => Some(t.ident.to_string()),
            syn::Item::Static(s) => Some(s.ident.to_string()),
            _ => None,
        })
        .collect()
}

/// The first segment of every path past `crate`, `super` and `self`: what a path names at a
/// crate's root.
#[derive(Default)]
struct Named(BTreeSet<String>);

impl<'a> Visit<'a> for Named {
    fn visit_path(&mut self, path: &'a syn::Path) {
        if let Some(first) = path
            .segments
            .iter()
            .map(|s| s.ident.to_string())
            .find(|s| !["crate", "super", "self"].contains(&s.as_str()))
        {
            self.0.insert(first);
        }
        syn::visit::visit_path(self, path);
    }
}

fn named(file: &syn::File) -> BTreeSet<String> {
    let mut n = Named::default();
    n.visit_file(file);
    n.0
}

/// The operation modules of a part's `operations` module.
fn operations(file: &syn::File) -> BTreeSet<String> {
    file.items
        .iter()
        .filter_map(|item| match item {
            syn::Item::Mod(m) if m.ident == "operations" => m.content.as_ref(),
            _ => None,
        })
        .flat_map(|(_, items)| items)
        .filter_map(|item| match item {
            syn::Item::Mod(m) => Some(m.ident.to_string()),
            _ => None,
        })
        .collect()
}

#[test]
fn each_part_names_only_what_its_crate_sees_and_the_parts_hold_the_whole_output() {
    let text = std::fs::read_to_string(SPEC).unwrap();
    let source = Source::new("spec/atlas-api.yaml", &text);
    let groups: Vec<Vec<String>> = GROUPS
        .iter()
        .map(|g| g.iter().map(|t| (*t).to_owned()).collect())
        .collect();
    let split = generate_split(&source, &settings(), &groups).unwrap();
    let whole = syn::parse_file(&generate(&source, &settings()).unwrap().code).unwrap();
    let shared = syn::parse_file(&split.shared).unwrap();
    let parts: Vec<syn::File> = split
        .groups
        .iter()
        .map(|g| syn::parse_file(g).unwrap())
        .collect();
    let shared_defs = defined(&shared);
    let group_defs: Vec<BTreeSet<String>> = parts.iter().map(defined).collect();
    // A type is in exactly one part; the patterns (private statics) where they are used.
    let types = |defs: &BTreeSet<String>| -> BTreeSet<String> {
        defs.iter()
            .filter(|d| !d.starts_with("PATTERN_"))
            .cloned()
            .collect()
    };
    let mut owner: BTreeMap<String, Option<usize>> = BTreeMap::new();
    for (part, defs) in std::iter::once((None, &shared_defs))
        .chain(group_defs.iter().enumerate().map(|(i, d)| (Some(i), d)))
    {
        for name in types(defs) {
            assert!(
                owner.insert(name.clone(), part).is_none(),
                "{name} is defined in two parts"
            );
        }
    }
    let whole_types = types(&defined(&whole));
    assert_eq!(
        owner.keys().cloned().collect::<BTreeSet<_>>(),
        whole_types,
        "the parts hold the types of the whole output"
    );
    assert!(
        shared_defs.len() > 10 && group_defs.iter().all(|d| d.len() > 10),
        "every part holds types: shared {}, groups {:?}",
        shared_defs.len(),
        group_defs.iter().map(BTreeSet::len).collect::<Vec<_>>()
    );
    // What each part names at the root is its own, or the shared part's (for a group).
    for (name, part) in std::iter::once((named(&shared), None)).chain(
        parts
            .iter()
            .map(named)
            .enumerate()
            .map(|(i, n)| (n, Some(i))),
    ) {
        for n in name {
            if let Some(&home) = owner.get(&n) {
                assert!(
                    home == part || (home.is_none() && part.is_some()),
                    "part {part:?} names {n}, which is in part {home:?}"
                );
            }
        }
    }
    // Each operation in the group of its first tag: as many as the whole output has, none twice.
    let ops: Vec<BTreeSet<String>> = parts.iter().map(operations).collect();
    let all_ops: BTreeSet<String> = ops.iter().flatten().cloned().collect();
    assert_eq!(all_ops.len(), ops.iter().map(BTreeSet::len).sum::<usize>());
    assert_eq!(all_ops, operations(&whole));
    assert!(ops[0].contains("list_group_backup_export_buckets"));
    assert!(ops[1].contains("list_group_clusters"));
    assert!(ops[2].contains("list_groups"));
    // Each group's operations name the product their crate's `__codegen` gives, not the part's
    // own package.
    for group in &split.groups {
        assert!(group.replace(' ', "").contains("crate::__codegen::PRODUCT"));
        assert!(!group.contains("CARGO_PKG_NAME"));
    }
    // Above the parts: the tags module and the operation index, and no type.
    let top = syn::parse_file(&split.top).unwrap();
    assert!(defined(&top).is_empty());
    assert!(split.top.contains("pub mod tags"));
    assert!(split.top.contains("fn __visit_operations"));
}

#[test]
fn a_split_takes_one_to_sixty_four_groups() {
    let text = std::fs::read_to_string(SPEC).unwrap();
    let source = Source::new("spec/atlas-api.yaml", &text);
    let settings = settings();
    let err = generate_split(&source, &settings, &[])
        .unwrap_err()
        .to_string();
    assert!(err.contains("1 to 64 groups"), "{err}");
    let many = vec![vec!["clusters".to_owned()]; 65];
    let err = generate_split(&source, &settings, &many)
        .unwrap_err()
        .to_string();
    assert!(err.contains("not 65"), "{err}");
}
