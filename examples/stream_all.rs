//! Streams every export bucket of a project: pages of 500 are fetched lazily as the stream is read.
//!
//! `cargo run --example stream_all --features fake`

#[path = "common/mod.rs"]
mod common;

use atlas_export_buckets::{v2, Client};
use futures_util::StreamExt;

#[tokio::main]
async fn main() -> Result<(), atlas_export_buckets::Error> {
    let (base_url, credentials, project, fake) = common::target(false).await?;
    let client = Client::builder()
        .base_url(base_url)
        .credentials(credentials)
        .build()?;
    let buckets = client.export_buckets();
    if fake.is_some() {
        for i in 0..12 {
            let name = format!("stream-example-{i:02}");
            buckets
                .create(
                    &project,
                    v2::DiskBackupSnapshotGcpExportBucketRequest::new(name, common::ROLE_ID).into(),
                )
                .await?;
        }
    }
    let mut stream = std::pin::pin!(buckets.list_all(&project));
    let mut n = 0;
    while let Some(bucket) = stream.next().await {
        let bucket = bucket?;
        n += 1;
        println!("{n:>4}. {}", bucket.cloud_provider());
    }
    println!("{n} buckets");
    Ok(())
}
