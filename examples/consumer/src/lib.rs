//! A downstream crate's own code on top of the library: keep exactly one GCS export bucket.

use atlas_export_buckets::{v2, Client, Error, PageRequest};

/// Returns the id of the project's GCS export bucket named `name`, creating it if needed.
pub async fn ensure_gcs_bucket(client: &Client, project: &str, name: &str, role_id: &str) -> Result<String, Error> {
    let buckets = client.export_buckets();
    let page = buckets.list(project, PageRequest::new().items_per_page(500)).await?;
    for b in page.body.results {
        if let v2::DiskBackupSnapshotExportBucketResponse::Gcp(g) = b {
            if g.bucket_name == name {
                return Ok(g.id);
            }
        }
    }
    let created = buckets.create(project, v2::DiskBackupSnapshotGcpExportBucketRequest::new(name, role_id).into()).await?;
    match created.body {
        v2::DiskBackupSnapshotExportBucketResponse::Gcp(g) => Ok(g.id),
        other => Err(Error::Config { message: format!("created a {} bucket", other.cloud_provider()) }),
    }
}
