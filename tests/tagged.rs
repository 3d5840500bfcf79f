//! How the generated provider structs read their `cloudProvider` tag: the client's lenient
//! reading (an AWS-only body without its tag) and the fake server's strict one.
// Tests report failure by panicking.
#![allow(clippy::panic, clippy::unwrap_used)]

use atlas_export_buckets::v2;

const UNTAGGED: &str = r#"{"_id":"32b6e34b3d91647abb20e7b8","bucketName":"export-bucket","iamRoleId":"668c5f0ed436263134491592"}"#;

#[test]
fn the_client_reads_an_aws_only_body_without_its_tag() {
    let b: v2::DiskBackupSnapshotAwsExportBucketResponse = serde_json::from_str(UNTAGGED).unwrap();
    assert_eq!(b.bucket_name, "export-bucket");
    let azure = UNTAGGED.replacen('{', r#"{"cloudProvider":"AZURE","#, 1);
    let err = serde_json::from_str::<v2::DiskBackupSnapshotAwsExportBucketResponse>(&azure)
        .unwrap_err()
        .to_string();
    assert!(err.contains("but this type holds only `AWS`"), "{err}");
    // A union has nothing else to go by.
    let err = serde_json::from_str::<v2::DiskBackupSnapshotExportBucketResponse>(UNTAGGED)
        .unwrap_err()
        .to_string();
    assert!(err.contains("missing field `cloudProvider`"), "{err}");
}

#[cfg(feature = "fake")]
fn strict<T: serde::de::DeserializeOwned>(json: &str) -> Result<T, String> {
    let mut de = serde_json::Deserializer::from_str(json);
    atlas_client_runtime::strict::scope(|| {
        T::deserialize(atlas_client_runtime::strict::Strict::<_, true>(&mut de))
    })
    .map_err(|e| e.to_string())
}

#[cfg(feature = "fake")]
#[test]
fn strict_decoding_requires_the_tag_and_only_inside_its_scope() {
    let err = strict::<v2::DiskBackupSnapshotAwsExportBucketResponse>(UNTAGGED).unwrap_err();
    assert!(err.contains("missing field `cloudProvider`"), "{err}");
    let err = strict::<v2::DiskBackupSnapshotAwsExportBucketRequest>(
        r#"["export-bucket","668c5f0ed436263134491592"]"#,
    )
    .unwrap_err();
    assert!(err.contains("invalid type: sequence"), "{err}");
    let tagged = UNTAGGED.replacen('{', r#"{"cloudProvider":"AWS","#, 1);
    assert!(strict::<v2::DiskBackupSnapshotAwsExportBucketResponse>(&tagged).is_ok());
    // The scope is over: the client's lenient reading again.
    assert!(
        serde_json::from_str::<v2::DiskBackupSnapshotAwsExportBucketResponse>(UNTAGGED).is_ok()
    );
}

#[cfg(feature = "fake")]
#[test]
fn strict_decoding_of_a_union_refuses_null_before_and_after_the_tag() {
    for json in [
        r#"{"requirePrivateNetworking":null,"cloudProvider":"AWS","_id":"32b6e34b3d91647abb20e7b8","bucketName":"b12","iamRoleId":"668c5f0ed436263134491592"}"#,
        r#"{"cloudProvider":"AWS","_id":"32b6e34b3d91647abb20e7b8","bucketName":"b12","iamRoleId":"668c5f0ed436263134491592","region":null}"#,
    ] {
        let err = strict::<v2::DiskBackupSnapshotExportBucketResponse>(json).unwrap_err();
        assert!(err.contains("not nullable"), "{json}: {err}");
        assert!(serde_json::from_str::<v2::DiskBackupSnapshotExportBucketResponse>(json).is_ok());
    }
}
