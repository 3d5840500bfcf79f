//! Generates the operations of the enabled tags (one cargo feature per tag, see `Cargo.toml`),
//! and the types they reach, from the spec vendored in `spec/` as MongoDB publishes it (or the
//! file `ATLAS_FULL_SPEC` names), with the corrections of `spec/overrides.yaml` applied; split
//! across crates, so that no one rustc holds the whole API (`groups.txt`):
//! - `OUT_DIR/shared.rs`: the types the operations of several parts reach, this crate's own;
//! - `OUT_DIR/part-N.rs`: the types and operations of part N, for `atlas-admin-api-part-N`;
//! - `OUT_DIR/top.rs`: the `tags` module and the operation index, for `atlas-admin-api`.
//!
//! Those crates' build scripts find the directory as `DEP_ATLAS_ADMIN_API_OUT_DIR` (this crate's
//! `links` metadata).

use std::path::PathBuf;
use std::process::exit;

fn fail(message: impl std::fmt::Display) -> ! {
    eprintln!("error: {message}");
    exit(1);
}

/// The part crates, `atlas-admin-api-part-1` to `-4`.
const PARTS: usize = 4;

/// The features that are not a tag's.
const NOT_TAGS: [&str; 5] = ["default", "all", "operation-index", "preview", "testing"];

fn main() {
    let root = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").unwrap_or_default());
    let spec = std::env::var_os("ATLAS_FULL_SPEC")
        .map(PathBuf::from)
        .unwrap_or_else(|| root.join("spec/atlas-api.yaml"));
    let overrides = root.join("spec/overrides.yaml");
    let groups_file = root.join("groups.txt");
    println!("cargo::rerun-if-changed={}", spec.display());
    println!("cargo::rerun-if-changed={}", overrides.display());
    println!("cargo::rerun-if-changed={}", groups_file.display());
    println!("cargo::rerun-if-env-changed=ATLAS_FULL_SPEC");
    let text = std::fs::read_to_string(&spec)
        .unwrap_or_else(|e| fail(format!("cannot read {}: {e}", spec.display())));
    let overrides_text = std::fs::read_to_string(&overrides)
        .unwrap_or_else(|e| fail(format!("cannot read {}: {e}", overrides.display())));
    // Reported (and matched by the overrides, which name `atlas-api.yaml`) by its file name: a
    // spec given through `ATLAS_FULL_SPEC` under another name gets none of them.
    let file_name = spec
        .file_name()
        .and_then(|n| n.to_str())
        .filter(|n| {
            n.bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"._-".contains(&b))
        })
        .unwrap_or("atlas-api.yaml");
    let groups = std::fs::read_to_string(&groups_file)
        .map(|text| read_groups(&text))
        .unwrap_or_else(|e| fail(format!("cannot read {}: {e}", groups_file.display())));
    let name = format!("spec/{file_name}");
    let source = atlas_codegen::Source::new(&name, &text);
    // Cargo sets CARGO_FEATURE_<NAME> for each enabled feature (`-` as `_`, upper-cased). Every
    // feature but those of `NOT_TAGS` is a tag's feature name (`tests/features.rs` checks it).
    let enabled: Vec<String> = std::env::vars_os()
        .filter_map(|(key, _)| {
            let feature = key.to_str()?.strip_prefix("CARGO_FEATURE_")?;
            Some(feature.to_lowercase().replace('_', "-"))
        })
        .filter(|f| !NOT_TAGS.contains(&f.as_str()))
        .collect();
    let index = std::env::var_os("CARGO_FEATURE_OPERATION_INDEX").is_some();
    let preview = std::env::var_os("CARGO_FEATURE_PREVIEW").is_some();
    let settings = atlas_codegen::Settings::new()
        .with_regenerate_command("cargo build -p atlas-admin-api --features <tags>")
        .with_tag_features(enabled)
        .with_operation_index(index)
        .with_preview(preview)
        .with_overrides("spec/overrides.yaml", overrides_text)
        // The `tags` module, each operation page's versions and call, and the `doc(cfg)`
        // attributes that name each item's features on docs.rs.
        .with_crate_docs("atlas_admin_api")
        .unformatted();
    match atlas_codegen::generate_split(&source, &settings, &groups) {
        Ok(split) => {
            let out = PathBuf::from(
                std::env::var_os("OUT_DIR").unwrap_or_else(|| fail("OUT_DIR is not set")),
            );
            println!("cargo::rustc-check-cfg=cfg(atlas_api_error)");
            if split.shared.contains("pub struct ApiError ") {
                println!("cargo::rustc-cfg=atlas_api_error");
            }
            write(&out.join("shared.rs"), &split.shared);
            for (i, part) in split.groups.iter().enumerate() {
                write(&out.join(format!("part-{}.rs", i + 1)), part);
            }
            write(&out.join("top.rs"), &split.top);
            println!("cargo::metadata=out_dir={}", out.display());
        }
        Err(d) => {
            for x in &d {
                println!("cargo::error={x}");
                eprintln!("error: {x}");
            }
            exit(1);
        }
    }
}

/// Writes `code` to `path` unless it holds that already (an unchanged file keeps its time).
fn write(path: &std::path::Path, code: &str) {
    let unchanged = std::fs::read_to_string(path).is_ok_and(|old| old == code);
    if !unchanged {
        if let Err(e) = std::fs::write(path, code) {
            fail(format!("cannot write {}: {e}", path.display()));
        }
    }
}

/// `groups.txt`: a `part-N:` line opens part N's list, each other line names one tag feature;
/// `#` starts a comment.
fn read_groups(text: &str) -> Vec<Vec<String>> {
    let mut groups: Vec<Vec<String>> = Vec::new();
    for line in text.lines() {
        let line = line.split('#').next().unwrap_or_default().trim();
        if line.is_empty() {
            continue;
        }
        if line
            .strip_suffix(':')
            .is_some_and(|p| p.starts_with("part-"))
        {
            groups.push(Vec::new());
        } else if let Some(group) = groups.last_mut() {
            group.push(line.to_owned());
        } else {
            fail(format!(
                "groups.txt: {line:?} is not under a `part-N:` line"
            ));
        }
    }
    if groups.len() != PARTS {
        fail(format!(
            "groups.txt lists {} parts; there are {PARTS} part crates",
            groups.len()
        ));
    }
    groups
}
