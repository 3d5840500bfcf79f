//! Pins API version 2023-01-01 (AWS only): the older media type, its AWS-only types, and its
//! `x-sunset` date in the response metadata. Any (operation, version) pair is reachable through
//! `Client::execute` too.
//!
//! `cargo run --example pin_version --features fake`

#[path = "common/mod.rs"]
mod common;

use atlas_export_buckets::operation::NoBody;
use atlas_export_buckets::{v2, Client};

#[tokio::main]
async fn main() -> Result<(), atlas_export_buckets::Error> {
    let (base_url, credentials, project, _fake) = common::target(false).await?;
    let client = Client::builder()
        .base_url(base_url)
        .credentials(credentials)
        .build()?;
    let old = client.export_buckets().at_2023_01_01();
    let created = old
        .create(
            &project,
            v2::DiskBackupSnapshotAwsExportBucketRequest::new("pinned-bucket", common::ROLE_ID),
        )
        .await?;
    println!(
        "created {} at version {:?}; this version sunsets on {:?} (past: {})",
        created.body.id,
        created.meta.version,
        created.meta.version_sunset,
        created.meta.past_sunset
    );
    // The same call through the generic entry point, naming the version type.
    type List2023 = v2::operations::list_group_backup_export_buckets::V2023_01_01;
    let params = v2::operations::list_group_backup_export_buckets::Params::new(&project);
    let page = client.execute::<List2023>(&params, &NoBody).await?;
    println!("{} AWS bucket(s) at 2023-01-01", page.body.results.len());
    old.delete(&project, &created.body.id).await?;
    Ok(())
}
