//! Whatever `generate()` accepts is Rust that parses and names nothing twice in one scope, however
//! the spec's names are chosen.
//!
//! A property test mutates the names in the fixture specs (discriminator mapping keys, enum
//! values, property names, schema names, operationIds, parameter names, media types, patterns)
//! into keywords, names that start with digits, case-only variants of their siblings, empty names,
//! non-ASCII names and the generator's own names; every accepted output must parse with `syn` and
//! have unique names per scope. A fixed sample of accepted mutants is kept as snapshots under
//! `tests/mutants/`, which the root package's `tests/mutants_compile.rs` compiles without warnings.
//!
//! Bless the sample with `UPDATE_GENERATED=1 cargo test -p atlas-codegen --test names_property`.
// Tests report failure by panicking.
#![allow(clippy::panic, clippy::unwrap_used)]

mod support;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use atlas_codegen::json::Value;
use atlas_codegen::{generate, Settings, Source};
use proptest::prelude::*;
use proptest::test_runner::{Config, RngSeed, TestCaseError, TestRunner};

const BLESS: &str = "UPDATE_GENERATED=1 cargo test -p atlas-codegen --test names_property";

/// Names that have broken generators: keywords, the generator's own names and locals, digits
/// first, empty, non-ASCII, punctuation, prelude names, very long.
const NAMES: &[&str] = &[
    "type",
    "self",
    "Self",
    "crate",
    "super",
    "r#type",
    "Unknown",
    "UNKNOWN",
    "unknown",
    "Unknown1",
    "ErrorCode",
    "Params",
    "Latest",
    "new",
    "with_name",
    "operations",
    "__codegen",
    "value",
    "serializer",
    "__D",
    "__S",
    "object",
    "tag",
    "at",
    "out",
    "query",
    "item",
    "1st",
    "42",
    "",
    "_",
    "__",
    "名称",
    "é",
    "Ωmega",
    "größe",
    "a-b",
    "a b",
    "a.b",
    "A_B",
    "a__b",
    "Option",
    "Result",
    "String",
    "Vec",
    "Some",
    "None",
    "V1_0",
    "V2024_05_30",
    "PATTERN_A",
    "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
];

/// Valid patterns for `pattern` sites, non-ASCII ones among them.
const PATTERNS: &[&str] = &[
    "^[a-z]+$",
    "^ééééééééééééééééééééééééééééééééé$",
    "^[À-ÿ]{1,64}$",
    "^名称[0-9]*$",
    "",
];

const MEDIA_TYPES: &[&str] = &[
    "application/json",
    "text/json",
    "application/*+json",
    "application/vnd.atlas.2024-05-30+json",
    "application/vnd.atlas.2023-01-01+json",
    "application/problem+json",
];

fn fixtures_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

/// Every fixture spec, as JSON, by file stem.
fn fixtures() -> Vec<(String, Value)> {
    let mut out = Vec::new();
    let mut names: Vec<PathBuf> = std::fs::read_dir(fixtures_dir())
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "yaml"))
        .collect();
    names.sort();
    for path in names {
        let text = std::fs::read_to_string(&path).unwrap();
        let value: Value = serde_yaml::from_str(&text).unwrap();
        let stem = path.file_stem().unwrap().to_string_lossy().into_owned();
        out.push((stem, value));
    }
    out
}

/// A place in a spec whose name a mutation can change.
#[derive(Debug, Clone)]
enum Site {
    /// A key of the object at the pointer (properties, discriminator mapping, content).
    Key(String, String),
    /// A string at the pointer (an enum value, an operationId, a parameter name, a pattern).
    Text(String),
    /// A component schema name (renamed with every `$ref` to it).
    Schema(String),
}

fn esc(s: &str) -> String {
    s.replace('~', "~0").replace('/', "~1")
}

/// Every site of `spec`, in a stable order.
fn sites(spec: &Value) -> Vec<Site> {
    let mut out = Vec::new();
    walk(spec, "", &mut out);
    if let Some(Value::Object(schemas)) = spec.pointer("/components/schemas") {
        out.extend(schemas.keys().map(|k| Site::Schema(k.clone())));
    }
    out
}

fn walk(v: &Value, ptr: &str, out: &mut Vec<Site>) {
    match v {
        Value::Object(m) => {
            for (k, child) in m {
                let cptr = format!("{ptr}/{}", esc(k));
                match (k.as_str(), child) {
                    ("properties" | "mapping" | "content", Value::Object(inner)) => {
                        for name in inner.keys() {
                            out.push(Site::Key(cptr.clone(), name.clone()));
                        }
                    }
                    ("operationId" | "pattern", Value::String(_)) => {
                        out.push(Site::Text(cptr.clone()))
                    }
                    ("name", Value::String(_)) if m.contains_key("in") => {
                        out.push(Site::Text(cptr.clone()))
                    }
                    ("enum", Value::Array(values)) => {
                        for (i, x) in values.iter().enumerate() {
                            if x.is_string() {
                                out.push(Site::Text(format!("{cptr}/{i}")));
                            }
                        }
                    }
                    _ => {}
                }
                walk(child, &cptr, out);
            }
        }
        Value::Array(a) => {
            for (i, child) in a.iter().enumerate() {
                walk(child, &format!("{ptr}/{i}"), out);
            }
        }
        _ => {}
    }
}

/// Replaces every reference to schema `old` (`$ref`s, discriminator mappings) with one to `new`.
fn rename_refs(v: &mut Value, old: &str, new: &str) {
    let (from, to) = (
        format!("#/components/schemas/{old}"),
        format!("#/components/schemas/{new}"),
    );
    match v {
        Value::Object(m) => {
            for child in m.values_mut() {
                if child.as_str() == Some(&from) {
                    *child = Value::String(to.clone());
                } else {
                    rename_refs(child, old, new);
                }
            }
        }
        Value::Array(a) => a.iter_mut().for_each(|c| rename_refs(c, old, new)),
        _ => {}
    }
}

/// A name for a site: one of [`NAMES`], or a case-only variant of the current name.
fn pick_name(current: &str, choice: usize) -> String {
    match choice % (NAMES.len() + 2) {
        i if i < NAMES.len() => NAMES[i].to_owned(),
        i if i == NAMES.len() => current.to_uppercase(),
        _ => {
            let mut c = current.chars();
            match c.next() {
                Some(f) if f.is_lowercase() => f.to_uppercase().chain(c).collect(),
                Some(f) => f.to_lowercase().chain(c).collect(),
                None => "X".to_owned(),
            }
        }
    }
}

/// Applies one mutation: site `site % n` gets name `choice`; with `copy`, a renamed copy is
/// added beside the original instead (so that the two must be told apart).
fn mutate(spec: &mut Value, site: usize, choice: usize, copy: bool) {
    let all = sites(spec);
    if all.is_empty() {
        return;
    }
    match &all[site % all.len()] {
        Site::Key(ptr, name) => {
            let new = if ptr.ends_with("/content") {
                MEDIA_TYPES[choice % MEDIA_TYPES.len()].to_owned()
            } else {
                pick_name(name, choice)
            };
            if let Some(Value::Object(m)) = spec.pointer_mut(ptr) {
                if m.contains_key(&new) {
                    return;
                }
                let value = if copy {
                    m.get(name).cloned()
                } else {
                    m.shift_remove(name)
                };
                if let Some(value) = value {
                    m.insert(new.clone(), value);
                }
            }
        }
        Site::Text(ptr) => {
            let is_pattern = ptr.ends_with("/pattern");
            let old = spec
                .pointer(ptr)
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_owned();
            let new = if is_pattern {
                PATTERNS[choice % PATTERNS.len()].to_owned()
            } else {
                pick_name(&old, choice)
            };
            if copy && ptr.contains("/enum/") {
                let list = ptr
                    .rsplit_once('/')
                    .map(|(l, _)| l.to_owned())
                    .unwrap_or_default();
                if let Some(Value::Array(a)) = spec.pointer_mut(&list) {
                    a.push(Value::String(new));
                }
                return;
            }
            if let Some(slot) = spec.pointer_mut(ptr) {
                *slot = Value::String(new.clone());
            }
            // A path parameter's new name goes into its path template too.
            if ptr.ends_with("/name") && !old.is_empty() {
                if let Some(Value::Object(paths)) = spec.get_mut("paths") {
                    let renamed: Vec<(String, String)> = paths
                        .keys()
                        .filter(|p| p.contains(&format!("{{{old}}}")))
                        .map(|p| {
                            (
                                p.clone(),
                                p.replace(&format!("{{{old}}}"), &format!("{{{new}}}")),
                            )
                        })
                        .collect();
                    for (from, to) in renamed {
                        if let Some(item) = paths.shift_remove(&from) {
                            paths.insert(to, item);
                        }
                    }
                }
            }
        }
        Site::Schema(name) => {
            let new = pick_name(name, choice);
            let Some(Value::Object(schemas)) = spec.pointer_mut("/components/schemas") else {
                return;
            };
            if schemas.contains_key(&new) || new.is_empty() || new.contains(['/', '~']) {
                return;
            }
            if copy {
                let value = schemas.get(name).cloned();
                if let Some(value) = value {
                    schemas.insert(new, value);
                }
                return;
            }
            if let Some(value) = schemas.shift_remove(name) {
                schemas.insert(new.clone(), value);
            }
            let name = name.clone();
            rename_refs(spec, &name, &new);
        }
    }
}

/// The mutant of fixture `fixture` under `mutations`, as YAML text.
fn mutant(
    fixtures: &[(String, Value)],
    fixture: usize,
    mutations: &[(usize, usize, bool)],
) -> (String, String) {
    let (stem, spec) = &fixtures[fixture % fixtures.len()];
    let mut spec = spec.clone();
    for &(site, choice, copy) in mutations {
        mutate(&mut spec, site, choice, copy);
    }
    (stem.clone(), serde_yaml::to_string(&spec).unwrap())
}

/// Checks accepted output: it parses, and no scope names one thing twice.
fn check_output(code: &str) -> Result<(), String> {
    let file = syn::parse_file(code).map_err(|e| format!("does not parse: {e}"))?;
    check_items(&file.items, "crate")
}

fn unique(scope: &str, what: &str, names: impl IntoIterator<Item = String>) -> Result<(), String> {
    let mut seen = BTreeMap::new();
    for n in names {
        if seen.insert(n.clone(), ()).is_some() {
            return Err(format!("{scope}: {what} `{n}` is declared twice"));
        }
    }
    Ok(())
}

fn check_items(items: &[syn::Item], scope: &str) -> Result<(), String> {
    use syn::Item;
    let mut types = Vec::new();
    let mut values = Vec::new();
    let mut methods: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for item in items {
        match item {
            Item::Struct(s) => {
                types.push(s.ident.to_string());
                if let syn::Fields::Named(f) = &s.fields {
                    unique(
                        &format!("{scope}::{}", s.ident),
                        "field",
                        f.named
                            .iter()
                            .filter_map(|f| f.ident.as_ref().map(ToString::to_string)),
                    )?;
                }
            }
            Item::Enum(e) => {
                types.push(e.ident.to_string());
                unique(
                    &format!("{scope}::{}", e.ident),
                    "variant",
                    e.variants.iter().map(|v| v.ident.to_string()),
                )?;
            }
            Item::Type(t) => types.push(t.ident.to_string()),
            Item::Mod(m) => {
                types.push(m.ident.to_string());
                if let Some((_, inner)) = &m.content {
                    check_items(inner, &format!("{scope}::{}", m.ident))?;
                }
            }
            Item::Use(u) => {
                if let syn::UseTree::Rename(r) = &u.tree {
                    types.push(r.rename.to_string());
                }
            }
            Item::Static(s) => values.push(s.ident.to_string()),
            Item::Const(c) => values.push(c.ident.to_string()),
            Item::Impl(i) if i.trait_.is_none() => {
                let target = quote_type(&i.self_ty);
                let list = methods.entry(target).or_default();
                for it in &i.items {
                    if let syn::ImplItem::Fn(f) = it {
                        list.push(f.sig.ident.to_string());
                    }
                }
            }
            _ => {}
        }
    }
    unique(scope, "type or module", types)?;
    unique(scope, "static", values)?;
    for (target, list) in methods {
        unique(&format!("{scope}::{target}"), "method", list)?;
    }
    Ok(())
}

fn quote_type(ty: &syn::Type) -> String {
    match ty {
        syn::Type::Path(p) => p
            .path
            .segments
            .iter()
            .map(|s| s.ident.to_string())
            .collect::<Vec<_>>()
            .join("::"),
        _ => "?".to_owned(),
    }
}

/// Runs one mutant through `generate()`; accepted output must pass [`check_output`].
fn run(
    fixtures: &[(String, Value)],
    fixture: usize,
    mutations: &[(usize, usize, bool)],
) -> Result<Option<String>, String> {
    let (stem, yaml) = mutant(fixtures, fixture, mutations);
    let file = format!("mutant-of-{stem}.yaml");
    match generate(&Source::new(&file, &yaml), &Settings::new()) {
        Ok(g) => check_output(&g.code)
            .map(|()| Some(g.code))
            .map_err(|e| format!("{e}\n--- mutant of {stem}: {mutations:?}\n{yaml}")),
        Err(d) => {
            if d.is_empty() {
                return Err(format!(
                    "refused without a diagnostic: {stem} {mutations:?}"
                ));
            }
            Ok(None)
        }
    }
}

fn mutations() -> impl Strategy<Value = (usize, Vec<(usize, usize, bool)>)> {
    (
        any::<usize>(),
        prop::collection::vec((any::<usize>(), any::<usize>(), any::<bool>()), 1..6),
    )
}

#[test]
fn whatever_is_accepted_parses_and_names_nothing_twice() {
    let fixtures = fixtures();
    assert!(fixtures.len() >= 15, "fixtures found: {}", fixtures.len());
    let cases = std::env::var("NAMES_PROPERTY_CASES")
        .ok()
        .and_then(|c| c.parse().ok())
        .unwrap_or(400);
    let config = Config {
        cases,
        rng_seed: RngSeed::Fixed(0x5eed_a71a_5c0d_e6e0),
        failure_persistence: None,
        ..Config::default()
    };
    let accepted = std::cell::Cell::new(0u32);
    let mut runner = TestRunner::new(config);
    let result = runner.run(&mutations(), |(fixture, muts)| {
        match run(&fixtures, fixture, &muts) {
            Ok(Some(_)) => {
                accepted.set(accepted.get() + 1);
                Ok(())
            }
            Ok(None) => Ok(()),
            Err(e) => Err(TestCaseError::fail(e)),
        }
    });
    if let Err(e) = result {
        panic!("{e}");
    }
    let accepted = accepted.get();
    eprintln!("{accepted} of {cases} mutants accepted, all parse with unique names per scope");
    assert!(
        accepted * 4 >= cases,
        "only {accepted} of {cases} mutants were accepted: the property says little"
    );
}

/// The fixed sample, chosen by a written rule: for each of the fixtures below, the first mutant
/// (of 3 mutations, drawn from a fixed xorshift sequence) that `generate()` accepts and whose
/// output differs from the fixture's own. Each is a snapshot under `tests/mutants/`, compiled by
/// the root package's `tests/mutants_compile.rs`.
const SAMPLE: &[&str] = &[
    "constraints",
    "discriminator_allof_cycle",
    "enums",
    "error_model",
    "headers",
    "keywords",
    "multi_version",
    "nested_collections",
    "oneof_discriminator",
    "read_only",
    "renames",
    "untagged_oneof",
];

/// A fixed pseudo-random sequence (xorshift64), so that the sample never changes by itself.
struct XorShift(u64);

impl XorShift {
    fn next(&mut self) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 >> 1) as usize
    }
}

fn sample_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/mutants")
}

#[test]
fn the_sample_of_accepted_mutants_is_current() {
    let fixtures = fixtures();
    let mut rng = XorShift(0x9e37_79b9_7f4a_7c15);
    for (i, stem) in SAMPLE.iter().enumerate() {
        let index = fixtures.iter().position(|(s, _)| s == stem).unwrap();
        let plain = run(&fixtures, index, &[]).unwrap().unwrap();
        let found = (0..200).find_map(|_| {
            let muts: Vec<(usize, usize, bool)> = (0..3)
                .map(|_| (rng.next(), rng.next(), rng.next().is_multiple_of(2)))
                .collect();
            match run(&fixtures, index, &muts) {
                Ok(Some(code)) if code != plain => Some(Ok(code)),
                Ok(_) => None,
                Err(e) => Some(Err(e)),
            }
        });
        let code = match found {
            Some(Ok(code)) => code,
            Some(Err(e)) => panic!("sample {i} ({stem}): {e}"),
            None => panic!("sample {i} ({stem}): no accepted mutant in 200 tries"),
        };
        support::assert_snapshot(&sample_dir().join(format!("m{i:02}.rs")), &code, BLESS);
    }
    let on_disk = std::fs::read_dir(sample_dir()).unwrap().count();
    assert_eq!(
        on_disk,
        SAMPLE.len(),
        "tests/mutants/ holds files the sample does not make"
    );
}
