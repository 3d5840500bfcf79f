//! The crate's features are the spec's tags, and what a tag generates is what was reviewed: a
//! few small tags are checked in formatted under `generated/admin-api/` (the whole API is too
//! large to review as a diff). Bless with `UPDATE_GENERATED=1 cargo test -p atlas-admin-api`.
// Tests report failure by panicking.
#![allow(clippy::panic, clippy::unwrap_used)]

#[path = "../../codegen/tests/support/mod.rs"]
mod support;

use std::collections::BTreeSet;
use std::path::Path;

use atlas_codegen::{feature_name, generate, operation_tags, Settings, Source};

const SPEC: &str = "spec/atlas-api-transformed.yaml";

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn spec_text() -> String {
    std::fs::read_to_string(root().join(SPEC)).unwrap()
}

#[test]
fn there_is_one_feature_per_tag_and_all_enables_every_one() {
    let text = spec_text();
    let tags = operation_tags(&Source::new(SPEC, &text)).unwrap();
    let wanted: BTreeSet<String> = tags.iter().map(|t| feature_name(t)).collect();
    assert_eq!(
        wanted.len(),
        tags.len(),
        "two tags give the same feature name"
    );
    let manifest: toml::Table =
        toml::from_str(&std::fs::read_to_string(root().join("Cargo.toml")).unwrap()).unwrap();
    let features = manifest["features"].as_table().unwrap();
    let declared: BTreeSet<String> = features
        .keys()
        .filter(|k| !["default", "all", "operation-index"].contains(&k.as_str()))
        .cloned()
        .collect();
    let missing: Vec<_> = wanted.difference(&declared).collect();
    let extra: Vec<_> = declared.difference(&wanted).collect();
    assert!(
        missing.is_empty() && extra.is_empty(),
        "Cargo.toml's features differ from the spec's tags: missing {missing:?}, not a tag {extra:?}"
    );
    let all: BTreeSet<String> = features["all"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap().to_owned())
        .collect();
    assert_eq!(all, wanted, "`all` must enable every tag's feature");
    assert!(features["default"].as_array().unwrap().is_empty());
    for f in &declared {
        assert!(
            features[f].as_array().unwrap().is_empty(),
            "{f} enables other features"
        );
    }
}

#[test]
fn the_feature_names_follow_the_rule() {
    assert_eq!(feature_name("Cloud Backups"), "cloud-backups");
    assert_eq!(feature_name("X.509 Authentication"), "x-509-authentication");
    assert_eq!(
        feature_name("Push-Based Log Export"),
        "push-based-log-export"
    );
    assert_eq!(feature_name(" AI  Model API Keys "), "ai-model-api-keys");
}

/// Small tags whose formatted output is checked in, each as `generated/admin-api/<feature>.rs`.
const REVIEWED: [&str; 3] = ["Root", "Rate Limiting", "Cloud Provider Access"];

#[test]
fn a_few_tags_generate_what_is_checked_in() {
    let text = spec_text();
    for tag in REVIEWED {
        let settings = Settings::new()
            .with_regenerate_command("cargo build -p atlas-admin-api --features <tags>")
            .with_tags([tag])
            .with_formatting(true);
        let generated =
            generate(&Source::new(SPEC, &text), &settings).unwrap_or_else(|d| panic!("{tag}: {d}"));
        let file = root()
            .join("../generated/admin-api")
            .join(format!("{}.rs", feature_name(tag)));
        support::assert_snapshot(
            &file,
            &generated.code,
            "UPDATE_GENERATED=1 cargo test -p atlas-admin-api --test features",
        );
    }
}

#[test]
fn a_tag_selects_its_operations_and_nothing_else() {
    let text = spec_text();
    let source = Source::new(SPEC, &text);
    let generated = generate(
        &source,
        &Settings::new().with_tags(["Cloud Backups"]).unformatted(),
    )
    .unwrap();
    let modules = generated.code.matches("\npub mod ").count();
    // 44 operation modules inside the `operations` module.
    assert_eq!(modules, 45, "Cloud Backups has 44 operations");
    assert!(generated.code.contains("pub mod list_export_buckets"));
    assert!(!generated.code.contains("pub mod list_clusters"));
    let err = generate(&source, &Settings::new().with_tags(["No Such Tag"])).unwrap_err();
    assert!(err
        .to_string()
        .contains("no operation has the selected tag \"No Such Tag\""));
}
