//! No spec text reaches cargo as a directive: every build script of the workspace that generates
//! from a spec prints each diagnostic on one line, however the spec's keys are spelled.
//!
//! The build scripts cargo compiled for this workspace are run as cargo runs them, on a spec
//! whose schema names hold line breaks followed by directives; what they print must be only
//! their own directives.
// Tests report failure by panicking.
#![allow(clippy::panic, clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};
use std::process::Command;

/// A schema name that, printed raw after `cargo::error=`, gives cargo three directives of its own.
const EVIL: &str =
    "Evil\ncargo::rustc-cfg=injected\ncargo::rustc-env=INJECTED=1\r\ncargo::rustc-link-arg=-linjected";

/// What a build script of this workspace may tell cargo.
const ALLOWED: &[&str] = &[
    "cargo::rerun-if-changed=",
    "cargo::rerun-if-env-changed=",
    "cargo::warning=",
    "cargo::error=",
    "cargo::rustc-check-cfg=cfg(atlas_api_error)",
    "cargo::rustc-cfg=atlas_api_error",
];

/// A spec with `EVIL` as a schema name; `dangling` adds a `$ref` to nothing inside it (an error),
/// else it holds a look-ahead pattern (a warning).
fn spec(dangling: bool) -> String {
    let property = if dangling {
        serde_json::json!({"$ref": "#/components/schemas/Missing"})
    } else {
        serde_json::json!({"type": "string", "pattern": "^(?=a)a$"})
    };
    let reference = format!("#/components/schemas/{EVIL}");
    serde_json::json!({
        "openapi": "3.0.1",
        "info": {"title": "t", "version": "1"},
        "paths": {"/x": {"get": {
            "operationId": "getX",
            "tags": ["Things"],
            "responses": {"200": {"description": "OK", "content": {"application/json": {
                "schema": {"$ref": reference}
            }}}}
        }}},
        "components": {"schemas": {EVIL: {"type": "object", "properties": {"p": property}}}}
    })
    .to_string()
}

/// The newest compiled build script of `package` under this test's target directory.
fn build_script(package: &str) -> Option<PathBuf> {
    // target/<profile>/deps/<this test> -> target/<profile>/build
    let exe = std::env::current_exe().ok()?;
    let build = exe.parent()?.parent()?.join("build");
    let prefix = format!("{package}-");
    std::fs::read_dir(build)
        .ok()?
        .filter_map(Result::ok)
        .filter(|e| e.file_name().to_string_lossy().starts_with(&prefix))
        .map(|e| e.path().join("build-script-build"))
        .filter(|p| p.is_file())
        .max_by_key(|p| p.metadata().and_then(|m| m.modified()).ok())
}

fn find(package: &str) -> Option<PathBuf> {
    let found = build_script(package);
    if found.is_none() {
        assert!(
            std::env::var_os("CI").is_none(),
            "{package}'s build script is not built; `cargo test --workspace` builds it"
        );
        eprintln!(
            "SKIPPED: {package}'s build script is not built; run `cargo build --workspace` first"
        );
    }
    found
}

/// Runs `script` as cargo would, with `manifest_dir` and `envs`; returns its stdout.
fn run(script: &Path, manifest_dir: &Path, envs: &[(&str, &std::ffi::OsStr)]) -> (bool, String) {
    let out_dir = tempfile::tempdir().unwrap();
    let mut cmd = Command::new(script);
    cmd.env("CARGO_MANIFEST_DIR", manifest_dir)
        .env("OUT_DIR", out_dir.path())
        .current_dir(manifest_dir);
    for (k, v) in envs {
        cmd.env(k, v);
    }
    let out = cmd.output().expect("run the build script");
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
    )
}

fn assert_only_own_directives(who: &str, stdout: &str) {
    assert!(
        stdout.contains("Evil\\ncargo::rustc-cfg=injected"),
        "{who}: the diagnostic names the schema, escaped:\n{stdout}"
    );
    for line in stdout.lines() {
        assert!(
            ALLOWED.iter().any(|a| line.starts_with(a)),
            "{who} printed a line cargo would take from the spec: {line:?}\nall of it:\n{stdout}"
        );
    }
}

#[test]
fn the_root_build_script_prints_spec_text_on_one_line() {
    let Some(script) = find("atlas-export-buckets") else {
        return;
    };
    for dangling in [false, true] {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("spec")).unwrap();
        for (spec_file, _) in atlas_codegen::project::SPECS {
            std::fs::write(dir.path().join(spec_file), spec(dangling)).unwrap();
        }
        std::fs::write(
            dir.path().join(atlas_codegen::project::OVERRIDES),
            "overrides: []\n",
        )
        .unwrap();
        let (ok, stdout) = run(&script, dir.path(), &[]);
        assert_eq!(ok, !dangling, "{stdout}");
        assert_only_own_directives("build.rs", &stdout);
    }
}

#[test]
fn the_admin_api_build_script_prints_spec_text_on_one_line() {
    // The crate whose build script generates atlas-admin-api's code, for every part crate.
    let Some(script) = find("atlas-admin-api-base") else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("spec")).unwrap();
    std::fs::write(dir.path().join("spec/overrides.yaml"), "overrides: []\n").unwrap();
    std::fs::write(
        dir.path().join("groups.txt"),
        "part-1:\n    things\npart-2:\npart-3:\npart-4:\n",
    )
    .unwrap();
    let spec_path = dir.path().join("hostile.json");
    std::fs::write(&spec_path, spec(true)).unwrap();
    // The tag's feature on, as cargo sets it.
    let envs = [
        ("ATLAS_FULL_SPEC", spec_path.as_os_str()),
        ("CARGO_FEATURE_THINGS", "1".as_ref()),
    ];
    let (ok, stdout) = run(&script, dir.path(), &envs);
    assert!(!ok, "{stdout}");
    assert_only_own_directives("admin-api/parts/base/build.rs", &stdout);
}
