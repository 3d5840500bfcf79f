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

const SPEC: &str = "spec/atlas-api.yaml";

/// The settings `build.rs` generates with (the overrides applied; no preview API).
fn settings() -> Settings {
    let overrides = std::fs::read_to_string(root().join("spec/overrides.yaml")).unwrap();
    Settings::new()
        .with_regenerate_command("cargo build -p atlas-admin-api --features <tags>")
        .with_overrides("spec/overrides.yaml", overrides)
        .with_preview(false)
}

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
        .filter(|k| {
            !["default", "all", "operation-index", "preview", "testing"].contains(&k.as_str())
        })
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
    // A tag whose every operation is in preview: its feature enables `preview`, and `all`, which
    // never turns the preview on, leaves it out.
    // One generation with every tag and no preview names each tag that has nothing else.
    let source = Source::new(SPEC, &text);
    let every = settings()
        .with_tag_features(wanted.iter().cloned())
        .unformatted();
    let refused = generate(&source, &every).unwrap_err().to_string();
    let preview_only: BTreeSet<String> = wanted
        .iter()
        .filter(|f| {
            refused.contains(&format!(
                "no operation has a tag whose feature name is \"{f}\""
            ))
        })
        .cloned()
        .collect();
    // The generating crate has the same features; each of this crate's turns its namesake on.
    let shared_manifest: toml::Table =
        toml::from_str(&std::fs::read_to_string(root().join("parts/base/Cargo.toml")).unwrap())
            .unwrap();
    let shared = shared_manifest["features"].as_table().unwrap();
    let names = |table: &toml::Table| -> BTreeSet<String> {
        table.keys().filter(|k| *k != "testing").cloned().collect()
    };
    assert_eq!(names(features), names(shared), "the two crates' features");
    let enables = |table: &toml::Table, feature: &str| -> Vec<String> {
        table[feature]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_str().unwrap().to_owned())
            .collect()
    };
    for feature in &wanted {
        let forwarded = format!("atlas-admin-api-base/{feature}");
        if preview_only.contains(feature) {
            assert_eq!(
                enables(shared, feature),
                ["preview"],
                "{feature}: a preview-only tag"
            );
            assert_eq!(enables(features, feature), ["preview", forwarded.as_str()]);
        } else {
            assert!(enables(shared, feature).is_empty(), "{feature}");
            assert_eq!(enables(features, feature), [forwarded.as_str()]);
        }
    }
    for feature in ["operation-index", "preview"] {
        assert_eq!(
            enables(features, feature),
            [format!("atlas-admin-api-base/{feature}")]
        );
        assert!(enables(shared, feature).is_empty());
    }
    assert_eq!(enables(features, "all"), enables(shared, "all"));
    // Every tag is in one part crate.
    let groups = std::fs::read_to_string(root().join("parts/base/groups.txt")).unwrap();
    let mut listed: Vec<String> = groups
        .lines()
        .map(|l| l.split('#').next().unwrap().trim())
        .filter(|l| !l.is_empty() && !l.ends_with(':'))
        .map(str::to_owned)
        .collect();
    listed.sort();
    let every: Vec<String> = wanted.iter().cloned().collect();
    assert_eq!(listed, every, "groups.txt must name every tag feature once");
    let stable: BTreeSet<String> = wanted.difference(&preview_only).cloned().collect();
    assert_eq!(
        all, stable,
        "`all` must enable every tag's feature but the preview-only ones"
    );
    generate(&source, &settings().with_tag_features(all).unformatted()).unwrap();
    assert_eq!(preview_only.len(), 4, "{preview_only:?}");
    assert!(features["default"].as_array().unwrap().is_empty());
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
        let settings = settings().with_tags([tag]).with_formatting(true);
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
        &settings().with_tags(["Cloud Backups"]).unformatted(),
    )
    .unwrap();
    let modules = generated.code.matches("\npub mod ").count();
    // 44 operation modules inside the `operations` module.
    assert_eq!(modules, 45, "Cloud Backups has 44 operations");
    // The operationId names the module; the legacy name is its alias.
    assert!(generated
        .code
        .contains("pub mod list_group_backup_export_buckets"));
    assert!(generated
        .code
        .contains("pub use list_group_backup_export_buckets as list_export_buckets"));
    assert!(!generated.code.contains("pub mod list_group_clusters"));
    let err = generate(&source, &Settings::new().with_tags(["No Such Tag"])).unwrap_err();
    assert!(err
        .to_string()
        .contains("no operation has the selected tag \"No Such Tag\""));
}
