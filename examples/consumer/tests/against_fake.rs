//! The consumer's code against the fake server: create, list, get, update, delete.

use atlas_export_buckets::fake::FakeAtlas;
use atlas_export_buckets::{v2, Client, PageRequest};
use atlas_export_buckets_consumer::ensure_gcs_bucket;

const PROJECT: &str = "32b6e34b3d91647abb20e7b8";
const ROLE: &str = "668c5f0ed436263134491592";

#[tokio::test]
async fn every_operation_through_the_published_api() {
    let fake = FakeAtlas::start().await.expect("fake");
    let client = Client::builder().base_url(fake.base_url()).credentials(fake.digest_credentials()).build().expect("client");

    let id = ensure_gcs_bucket(&client, PROJECT, "backups", ROLE).await.expect("create");
    assert_eq!(ensure_gcs_bucket(&client, PROJECT, "backups", ROLE).await.expect("list"), id);

    let buckets = client.export_buckets();
    let aws = buckets
        .create(PROJECT, v2::DiskBackupSnapshotAwsExportBucketRequest::new("s3-backups", ROLE).into())
        .await
        .expect("create AWS");
    let aws_id = match &aws.body {
        v2::DiskBackupSnapshotExportBucketResponse::Aws(a) => a.id.clone(),
        other => panic!("{other:?}"),
    };
    let got = buckets.get(PROJECT, &id).await.expect("get");
    assert_eq!(got.body.cloud_provider(), "GCP");
    let updated = buckets.update(PROJECT, &aws_id, true).await.expect("update");
    assert!(matches!(updated.body, v2::DiskBackupSnapshotExportBucketResponse::Aws(ref a) if a.require_private_networking == Some(true)));
    assert_eq!(buckets.list(PROJECT, PageRequest::new()).await.expect("list").body.total_count, Some(2));
    buckets.delete(PROJECT, &id).await.expect("delete");
    buckets.delete(PROJECT, &aws_id).await.expect("delete");
    assert!(buckets.get(PROJECT, &id).await.expect_err("gone").is_not_found());
    assert_eq!(fake.bucket_count(PROJECT), 0);
}
