//! Creates one export bucket per provider (AWS S3, Azure Blob Storage, Google Cloud Storage) with
//! an API key (HTTP Digest), then prints and deletes them.
//!
//! `cargo run --example create_per_provider --features fake`

#[path = "common/mod.rs"]
mod common;

use atlas_export_buckets::{v2, Client};

#[tokio::main]
async fn main() -> Result<(), atlas_export_buckets::Error> {
    let (base_url, credentials, project, _fake) = common::target(false).await?;
    let client = Client::builder()
        .base_url(base_url)
        .credentials(credentials)
        .build()?;
    let buckets = client.export_buckets();
    let requests: [v2::DiskBackupSnapshotExportBucketRequest; 3] = [
        v2::DiskBackupSnapshotAwsExportBucketRequest::new("example-s3-bucket", common::ROLE_ID)
            .with_require_private_networking(false)
            .into(),
        v2::DiskBackupSnapshotAzureExportBucketRequest::new(
            common::ROLE_ID,
            "https://examplestorageaccount.blob.core.windows.net/examplecontainer",
        )
        .into(),
        v2::DiskBackupSnapshotGcpExportBucketRequest::new("example-gcs-bucket", common::ROLE_ID)
            .into(),
    ];
    for request in requests {
        let created = buckets.create(&project, request).await?;
        let id = match &created.body {
            v2::DiskBackupSnapshotExportBucketResponse::Aws(b) => b.id.clone(),
            v2::DiskBackupSnapshotExportBucketResponse::Azure(b) => b.id.clone(),
            v2::DiskBackupSnapshotExportBucketResponse::Gcp(b) => b.id.clone(),
            other => {
                println!(
                    "a provider this crate does not know yet: {}",
                    other.cloud_provider()
                );
                continue;
            }
        };
        println!("created {} bucket {id}", created.body.cloud_provider());
        buckets.delete(&project, &id).await?;
        println!("deleted {id}");
    }
    Ok(())
}
