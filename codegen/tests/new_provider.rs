//! A spec change reaches `generated/` as a reviewable diff: in a scratch copy of the repository, a
//! new provider `OCI` makes `generate --check` fail, `generate` writes the new variants, and the
//! crate still compiles.
// Tests report failure by panicking.
#![allow(clippy::panic, clippy::unwrap_used)]

use std::path::Path;
use std::process::Command;

use serde_yaml::{Mapping, Value};

#[cfg(unix)]
fn symlink(target: &Path, link: &Path) {
    std::os::unix::fs::symlink(target, link).expect("symlink");
}

#[cfg(not(unix))]
fn symlink(target: &Path, link: &Path) {
    panic!(
        "{} is a link to {}: copy links on Unix only",
        link.display(),
        target.display()
    );
}

fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("mkdir");
    for entry in std::fs::read_dir(from).expect("read_dir") {
        let entry = entry.expect("entry");
        let name = entry.file_name();
        // Build output, git, npm packages, Python virtualenvs and the crates outside the
        // workspace are not needed to build the workspace.
        if ["target", ".git", "node_modules", ".venv", "fuzz", "peers"]
            .iter()
            .any(|skip| name == *skip)
        {
            continue;
        }
        let (src, dst) = (entry.path(), to.join(&name));
        let kind = entry.file_type().expect("file type");
        if kind.is_dir() {
            copy_tree(&src, &dst);
        } else if kind.is_symlink() {
            // A part crate of atlas-admin-api shares a file or the spec directory by a relative
            // link, which points into the copy as it did into the repository.
            let target = std::fs::read_link(&src).expect("read_link");
            symlink(&target, &dst);
        } else {
            std::fs::copy(&src, &dst).expect("copy");
        }
    }
}

fn y(text: &str) -> Value {
    serde_yaml::from_str(text).expect("yaml literal")
}

fn add_oci(spec: &mut Value) {
    let schemas = &mut spec["components"]["schemas"];
    for base in [
        "DiskBackupSnapshotExportBucketRequest",
        "DiskBackupSnapshotExportBucketResponse",
    ] {
        let kind = base.trim_start_matches("DiskBackupSnapshotExportBucket");
        let b = &mut schemas[base];
        b["properties"]["cloudProvider"]["enum"]
            .as_sequence_mut()
            .expect("cloudProvider enum")
            .push(Value::from("OCI"));
        b["discriminator"]["mapping"]
            .as_mapping_mut()
            .expect("mapping")
            .insert(
                Value::from("OCI"),
                Value::from(format!(
                    "#/components/schemas/DiskBackupSnapshotOCIExportBucket{kind}"
                )),
            );
    }
    let map: &mut Mapping = schemas.as_mapping_mut().expect("schemas");
    map.insert(
        Value::from("DiskBackupSnapshotOCIExportBucketRequest"),
        y(r"
allOf:
- $ref: '#/components/schemas/DiskBackupSnapshotExportBucketRequest'
- properties:
    bucketName: {type: string, minLength: 3, maxLength: 63, description: OCI Object Storage bucket.}
    compartmentId: {type: string, description: OCI compartment.}
  type: object
required: [bucketName, cloudProvider, compartmentId]
type: object
"),
    );
    map.insert(
        Value::from("DiskBackupSnapshotOCIExportBucketResponse"),
        y(r"
allOf:
- $ref: '#/components/schemas/DiskBackupSnapshotExportBucketResponse'
- properties:
    compartmentId: {type: string, description: OCI compartment.}
  type: object
required: [_id, bucketName, cloudProvider, compartmentId]
type: object
"),
    );
}

#[test]
fn a_new_provider_shows_up_as_a_diff_and_still_compiles() {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("repository root");
    let scratch = tempfile::tempdir().expect("tempdir");
    let root = scratch.path();
    copy_tree(repo, root);

    let spec_path = root.join("spec/export-buckets.v2.yaml");
    let mut spec: Value =
        serde_yaml::from_str(&std::fs::read_to_string(&spec_path).expect("spec")).expect("parse");
    add_oci(&mut spec);
    std::fs::write(&spec_path, serde_yaml::to_string(&spec).expect("dump")).expect("write spec");

    let bin = env!("CARGO_BIN_EXE_atlas-codegen");
    let check = Command::new(bin)
        .args(["generate", "--check"])
        .current_dir(root)
        .output()
        .expect("run --check");
    let diff = String::from_utf8_lossy(&check.stdout);
    assert_eq!(
        check.status.code(),
        Some(1),
        "--check must fail on a stale generated/: {}",
        String::from_utf8_lossy(&check.stderr)
    );
    assert!(
        diff.contains("+    Oci(DiskBackupSnapshotOciExportBucketRequest),"),
        "{diff}"
    );
    assert!(
        diff.contains("+    Oci(DiskBackupSnapshotOciExportBucketResponse),"),
        "{diff}"
    );
    assert!(
        diff.contains("+pub struct DiskBackupSnapshotOciExportBucketResponse {"),
        "{diff}"
    );

    let before = std::fs::read_to_string(root.join("generated/v2.rs")).expect("generated");
    let gen = Command::new(bin)
        .arg("generate")
        .current_dir(root)
        .output()
        .expect("run generate");
    assert_eq!(
        gen.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&gen.stderr)
    );
    let after = std::fs::read_to_string(root.join("generated/v2.rs")).expect("generated");
    assert_ne!(before, after);
    // The new variant struct writes its tag.
    assert!(after.contains("\"cloudProvider\" = \"OCI\""));
    let again = Command::new(bin)
        .args(["generate", "--check"])
        .current_dir(root)
        .output()
        .expect("run --check");
    assert_eq!(
        again.status.code(),
        Some(0),
        "generated/ is current after generate"
    );

    // The library still compiles against the new spec (build.rs regenerates from it).
    let target = Path::new(env!("CARGO_TARGET_TMPDIR")).join("new-provider");
    let build = Command::new(env!("CARGO"))
        .args(["check", "--quiet", "--locked", "-p", "atlas-export-buckets"])
        .env("CARGO_TARGET_DIR", &target)
        .current_dir(root)
        .output()
        .expect("run cargo check");
    // The scratch build holds a second copy of every dependency's metadata: free it now.
    let _ = std::fs::remove_dir_all(&target);
    assert!(
        build.status.success(),
        "the crate must compile with the OCI provider:\n{}",
        String::from_utf8_lossy(&build.stderr)
    );
}
