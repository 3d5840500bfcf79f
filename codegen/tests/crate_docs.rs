//! `Settings::with_crate_docs`: the docs of a crate with one cargo feature per tag. Each item a
//! tag enables names its feature for docs built with `--cfg docsrs`, a `tags` module groups the
//! operations by tag, and each operation's page lists its versions and shows a call. Without the
//! setting, none of it is in the output.
//!
//! The whole Atlas API's spec (`admin-api/spec/`) is read, a few tags of it at a time.

// Tests report failure by panicking.
#![allow(clippy::panic, clippy::unwrap_used)]

use std::path::Path;

use atlas_codegen::{generate, Settings, Source};

const SPEC: &str = "spec/atlas-api.yaml";

fn admin_api() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../admin-api"))
}

/// The admin API's code for the tags with these feature names, with the crate docs or without.
fn generated(features: &[&str], preview: bool, crate_docs: bool) -> String {
    let text = std::fs::read_to_string(admin_api().join(SPEC)).unwrap();
    let overrides = std::fs::read_to_string(admin_api().join("spec/overrides.yaml")).unwrap();
    let mut settings = Settings::new()
        .with_tag_features(features.iter().copied())
        .with_preview(preview)
        .with_overrides("spec/overrides.yaml", overrides);
    if crate_docs {
        settings = settings.with_crate_docs("atlas_admin_api");
    }
    // Formatted: each doc line and attribute on a line of its own.
    generate(&Source::new(SPEC, &text), &settings).unwrap().code
}

/// The doc comments and attributes of the item whose line starts with `item`, one a line,
/// without their indentation.
fn docs_before(code: &str, item: &str) -> String {
    let lines: Vec<&str> = code.lines().map(str::trim).collect();
    let at = lines
        .iter()
        .position(|l| l.starts_with(item))
        .unwrap_or_else(|| panic!("{item} is not generated"));
    let start = lines[..at]
        .iter()
        .rposition(|l| !(l.starts_with("///") || l.starts_with("#[")))
        .map_or(0, |p| p + 1);
    lines[start..at].join("\n")
}

#[test]
fn each_operation_and_type_names_the_features_that_enable_it() {
    let code = generated(&["cloud-backups", "projects"], true, true);
    // An operation of one tag.
    let head = docs_before(&code, "pub mod list_group_backup_export_buckets {");
    assert!(
        head.contains(r#"#[cfg_attr(docsrs, doc(cfg(feature = "cloud-backups")))]"#),
        "{head}"
    );
    // Its legacy name too.
    let alias = docs_before(&code, "pub use list_group_backup_export_buckets as");
    assert!(alias.contains(r#"feature = "cloud-backups""#), "{alias}");
    // A type only one tag reaches names that tag; the error body, which both reach, names none.
    let bucket = docs_before(
        &code,
        "pub struct DiskBackupSnapshotAwsExportBucketResponse ",
    );
    assert!(
        bucket.contains(r#"doc(cfg(feature = "cloud-backups"))"#),
        "{bucket}"
    );
    let error = docs_before(&code, "pub struct ApiError ");
    assert!(!error.contains("cfg_attr"), "{error}");
}

#[test]
fn the_preview_api_names_the_preview_feature() {
    let code = generated(&["invoices"], true, true);
    // A version of the preview API.
    let associated = &code[code.find("pub mod get_org_associated_invoices {").unwrap()..];
    let preview = docs_before(associated, "pub struct Preview;");
    assert!(
        preview.contains(r#"#[cfg_attr(docsrs, doc(cfg(feature = "preview")))]"#),
        "{preview}"
    );
    let dated = docs_before(associated, "pub struct V2025_03_12;");
    assert!(!dated.contains("cfg_attr"), "{dated}");
    // An operation that exists only in the preview.
    let only = docs_before(&code, "pub mod generate_org_invoice_and_download_report {");
    assert!(
        only.contains(
            r#"#[cfg_attr(docsrs, doc(cfg(all(feature = "invoices", feature = "preview"))))]"#
        ),
        "{only}"
    );
    // A body that is not JSON is read as bytes.
    let csv = docs_before(&code, "pub mod get_org_invoice_csv {");
    assert!(csv.contains("let bytes = answer.body.bytes();"), "{csv}");
    assert!(csv.contains("client.execute_stream::<op::Latest>"), "{csv}");
}

#[test]
fn the_tags_module_re_exports_each_tags_operations_with_the_tags_description() {
    let code = generated(&["cloud-backups", "projects"], false, true);
    let tags = &code[code.find("pub mod tags {").unwrap()..];
    let backups = &tags[tags.find("pub mod cloud_backups {").unwrap()..];
    let backups = &backups[..backups.find('}').unwrap()];
    assert!(backups.contains("pub use crate::operations::list_group_backup_export_buckets;"));
    assert!(!backups.contains("list_group_clusters"));
    assert_eq!(backups.matches("pub use").count(), 44, "{backups}");
    let doc = docs_before(tags, "pub mod cloud_backups {");
    // The spec's description of the tag.
    assert!(doc.contains("Manages Cloud Backup snapshots"), "{doc}");
    assert!(
        doc.contains("Enabled by the `cloud-backups` feature."),
        "{doc}"
    );
    assert!(
        doc.contains(
            "- [`list_group_backup_export_buckets`](crate::operations::list_group_backup_export_buckets): \
             Return All Snapshot Export Buckets"
        ),
        "{doc}"
    );
    assert!(
        doc.contains(r#"doc(cfg(feature = "cloud-backups"))"#),
        "{doc}"
    );
    assert!(tags.contains("pub mod projects {"));
}

#[test]
fn each_operation_page_lists_its_versions_and_shows_a_call() {
    let code = generated(&["cloud-backups"], false, true);
    let page = docs_before(&code, "pub mod list_group_backup_export_buckets {");
    for line in [
        "`GET /api/atlas/v2/groups/{groupId}/backup/exportBuckets`",
        "Documentation: <https://",
        "# Versions",
        "- [`V2023_01_01`](crate::operations::list_group_backup_export_buckets::V2023_01_01): \
         API version `2023-01-01`, `application/vnd.atlas.2023-01-01+json`",
        "; the [`Latest`](crate::operations::list_group_backup_export_buckets::Latest) version.",
        "# Calling it",
        "```ignore",
        "use atlas_admin_api::operations::list_group_backup_export_buckets as op;",
        "let params = op::Params::new(group_id);",
        "let answer = client.execute::<op::Latest>(&params, &NoBody).await?;",
        "client.paginate::<op::Latest>(params)",
    ] {
        assert!(page.contains(line), "{line:?} is not in:\n{page}");
    }
    // A version with a sunset date says when it ends.
    let sunsets = code
        .matches("; sunset: the server stops serving it on ")
        .count();
    let declared = code.matches("sunset: ::std::option::Option::Some").count();
    assert!(declared > 0);
    assert_eq!(
        sunsets, declared,
        "each version with a sunset says so on its page"
    );
    // An operation with a request body names its type.
    let create = docs_before(&code, "pub mod create_group_backup_export_bucket {");
    assert!(
        create.contains("// `body`: the request body, a `atlas_admin_api::"),
        "{create}"
    );
    assert!(create.contains("(&params, &body).await?;"), "{create}");
}

#[test]
fn without_the_setting_the_output_has_none_of_it() {
    let with = generated(&["cloud-backups"], false, true);
    let without = generated(&["cloud-backups"], false, false);
    assert!(with.len() > without.len());
    for absent in ["cfg_attr(docsrs", "pub mod tags", "# Versions", "```ignore"] {
        assert!(!without.contains(absent), "{absent}");
    }
}
