//! `generated/` is byte-identical to what the build script generates from `spec/`.
//!
//! Re-bless with `cargo run -p atlas-codegen -- generate` (or `UPDATE_GENERATED=1 cargo test --test drift`).
// Tests report failure by panicking.
#![allow(clippy::panic, clippy::unwrap_used)]

#[path = "../codegen/tests/support/mod.rs"]
mod support;

use std::path::Path;

use atlas_codegen::{generate, project, Source};

#[test]
fn generated_matches_the_spec() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let overrides = std::fs::read_to_string(root.join(project::OVERRIDES)).expect("overrides file");
    for (spec, out) in project::SPECS {
        let text = std::fs::read_to_string(root.join(spec)).expect("spec file");
        let generated = generate(&Source::new(spec, &text), &project::settings(&overrides))
            .unwrap_or_else(|d| panic!("{spec} does not generate:\n{d}"));
        support::assert_snapshot(
            &root.join("generated").join(out),
            &generated.code,
            "cargo run -p atlas-codegen -- generate",
        );
    }
}

#[test]
fn the_patch_override_is_applied_and_reported() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let overrides = std::fs::read_to_string(root.join(project::OVERRIDES)).expect("overrides file");
    let (spec, _) = project::SPECS[0];
    let text = std::fs::read_to_string(root.join(spec)).expect("spec file");
    let generated =
        generate(&Source::new(spec, &text), &project::settings(&overrides)).expect("generates");
    assert_eq!(generated.overrides.len(), 1);
    assert!(generated
        .code
        .contains("// Override applied from spec/overrides.yaml at /paths/"));
    // A fixed upstream spec (the pointer now holds something else) is noticed.
    let fixed = text.replacen(
        "                $ref: '#/components/schemas/DiskBackupSnapshotAWSExportBucketResponse'\n              x-xgen-version: '2024-05-30'\n          description: OK\n          headers:\n            RateLimit-Limit:\n              $ref: '#/components/headers/HeaderRateLimitLimit'\n            RateLimit-Remaining:\n              $ref: '#/components/headers/HeaderRateLimitRemaining'\n        '400':",
        "                $ref: '#/components/schemas/DiskBackupSnapshotExportBucketResponse'\n              x-xgen-version: '2024-05-30'\n          description: OK\n          headers:\n            RateLimit-Limit:\n              $ref: '#/components/headers/HeaderRateLimitLimit'\n            RateLimit-Remaining:\n              $ref: '#/components/headers/HeaderRateLimitRemaining'\n        '400':",
        1,
    );
    assert_ne!(fixed, text, "the test must edit the PATCH response");
    let err = generate(&Source::new(spec, &fixed), &project::settings(&overrides))
        .expect_err("stale override");
    let msg = err.to_string();
    assert!(
        msg.contains("override from spec/overrides.yaml does not apply"),
        "{msg}"
    );
    assert!(msg.contains("/patch/responses/200"), "{msg}");
}

#[test]
fn the_patch_response_decodes_azure_and_gcp_buckets() {
    use atlas_export_buckets::operation::Operation;
    use atlas_export_buckets::v2;
    type Patch = v2::operations::update_group_backup_export_bucket::V2024_05_30;
    let azure = serde_json::json!({
        "_id": "32b6e34b3d91647abb20e7b8", "bucketName": "c", "cloudProvider": "AZURE",
        "roleId": "668c5f0ed436263134491592",
        "serviceUrl": "https://examplestorageaccount.blob.core.windows.net/c",
        "tenantId": "4297fc77-1592-4de8-a6d5-a8c32401df87"
    });
    let decoded: <Patch as Operation>::Response =
        serde_json::from_value(azure).expect("an Azure bucket decodes");
    assert!(matches!(
        decoded,
        v2::DiskBackupSnapshotExportBucketResponse::Azure(_)
    ));
}
