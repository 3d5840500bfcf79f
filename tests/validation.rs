//! `validate()` on the real v2 and v1 request types reports every violation of the spec's
//! constraints, with the field path, before anything is sent.
// Tests report failure by panicking.
#![allow(clippy::panic, clippy::unwrap_used)]

use atlas_export_buckets::operation::Params as _;
use atlas_export_buckets::validation::{Location, Validate, ViolationKind};
use atlas_export_buckets::{v1, v2};

fn paths(err: &atlas_export_buckets::validation::ValidationError) -> Vec<(Location, String)> {
    err.violations
        .iter()
        .map(|v| (v.location, v.path.clone()))
        .collect()
}

#[test]
fn a_valid_request_of_each_provider_passes() {
    let aws = v2::DiskBackupSnapshotAwsExportBucketRequest::new(
        "export-bucket",
        "668c5f0ed436263134491592",
    );
    let azure = v2::DiskBackupSnapshotAzureExportBucketRequest::new(
        "668c5f0ed436263134491592",
        "https://examplestorageaccount.blob.core.windows.net/examplecontainer",
    );
    let gcp = v2::DiskBackupSnapshotGcpExportBucketRequest::new(
        "export-bucket",
        "668c5f0ed436263134491592",
    );
    for body in [
        v2::DiskBackupSnapshotExportBucketRequest::from(aws),
        azure.into(),
        gcp.into(),
    ] {
        assert_eq!(body.validate(), Ok(()), "{body:?}");
    }
}

#[test]
fn every_violation_is_reported_with_its_path() {
    let body = v2::DiskBackupSnapshotExportBucketRequest::from(
        v2::DiskBackupSnapshotAwsExportBucketRequest::new("ab", "not-a-role"),
    );
    let err = body.validate().unwrap_err();
    assert_eq!(
        paths(&err),
        vec![
            (Location::Body, "/bucketName".to_owned()),
            (Location::Body, "/iamRoleId".to_owned())
        ]
    );
    assert!(matches!(
        err.violations[0].kind,
        ViolationKind::TooShort { min: 3, actual: 2 }
    ));
    assert!(matches!(
        err.violations[1].kind,
        ViolationKind::Pattern { .. }
    ));

    let long = "x".repeat(64);
    let azure = v2::DiskBackupSnapshotAzureExportBucketRequest::new(
        "668c5f0ed436263134491592",
        "https://short",
    )
    .with_bucket_name(long);
    let err = v2::DiskBackupSnapshotExportBucketRequest::from(azure)
        .validate()
        .unwrap_err();
    assert_eq!(
        paths(&err),
        vec![
            (Location::Body, "/bucketName".to_owned()),
            (Location::Body, "/serviceUrl".to_owned())
        ]
    );
    assert!(matches!(
        err.violations[0].kind,
        ViolationKind::TooLong {
            max: 63,
            actual: 64
        }
    ));
    assert!(matches!(
        err.violations[1].kind,
        ViolationKind::TooShort { min: 33, .. }
    ));
}

#[test]
#[allow(deprecated)]
fn the_deprecated_tenant_id_is_still_checked_as_a_uuid() {
    let azure = v2::DiskBackupSnapshotAzureExportBucketRequest::new(
        "668c5f0ed436263134491592",
        "https://examplestorageaccount.blob.core.windows.net/examplecontainer",
    )
    .with_tenant_id("not-a-uuid");
    let err = azure.validate().unwrap_err();
    assert_eq!(paths(&err), vec![(Location::Body, "/tenantId".to_owned())]);
    assert_eq!(err.violations[0].kind, ViolationKind::NotUuid);
}

#[test]
fn parameters_are_checked_too() {
    use v2::operations::list_group_backup_export_buckets::Params;
    let ok = Params::new("32b6e34b3d91647abb20e7b8")
        .with_items_per_page(500)
        .with_page_num(1);
    assert_eq!(ok.validate(), Ok(()));
    let bad = Params::new("32B6E34B3D91647ABB20E7B8")
        .with_items_per_page(501)
        .with_page_num(0);
    let err = bad.validate().unwrap_err();
    assert_eq!(
        paths(&err),
        vec![
            (Location::Path, "groupId".to_owned()),
            (Location::Query, "itemsPerPage".to_owned()),
            (Location::Query, "pageNum".to_owned()),
        ]
    );
    assert_eq!(
        err.to_string(),
        "the request breaks 3 rule(s) of the spec; path parameter groupId: must match the pattern ^([a-f0-9]{24})$; \
         query parameter itemsPerPage: must be at most 500 (is 501); query parameter pageNum: must be at least 1 (is 0)"
    );
    let zero = Params::new("32b6e34b3d91647abb20e7b8").with_items_per_page(0);
    assert!(zero.validate().is_err());
}

#[test]
fn only_set_query_parameters_are_sent_and_envelope_is_never_settable() {
    use v2::operations::list_group_backup_export_buckets::Params;
    let p = Params::new("32b6e34b3d91647abb20e7b8");
    assert!(p.query_values().is_empty());
    let p = p.with_include_count(false).with_items_per_page(10);
    assert_eq!(
        p.query_values(),
        vec![
            ("includeCount", "false".to_owned()),
            ("itemsPerPage", "10".to_owned())
        ]
    );
    assert_eq!(
        p.path_values(),
        vec![("groupId", "32b6e34b3d91647abb20e7b8".into())]
    );
    use atlas_export_buckets::operation::Operation;
    let d = <v2::operations::list_group_backup_export_buckets::Latest as Operation>::DESCRIPTOR;
    let envelope = d.parameters.iter().find(|p| p.name == "envelope").unwrap();
    assert!(!envelope.settable);
}

#[test]
fn v1_requests_are_validated() {
    let body = v1::DiskBackupSnapshotAwsExportBucketRequest::new(
        "b",
        v1::DiskBackupSnapshotAwsExportBucketRequestCloudProvider::Aws,
        "668c5f0ed436263134491592",
    );
    let err = body.validate().unwrap_err();
    assert_eq!(
        paths(&err),
        vec![(Location::Body, "/bucketName".to_owned())]
    );
}
