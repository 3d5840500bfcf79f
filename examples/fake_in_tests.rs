//! Uses the fake Atlas server in your own tests: start it, point the client at it, inject faults,
//! and assert on what it received. (Enable the `fake` feature in your dev-dependencies.)
//!
//! `cargo run --example fake_in_tests --features fake`

use atlas_export_buckets::fake::{FakeAtlas, Fault};
use atlas_export_buckets::{v2, Client, Error, PageRequest};

/// The code under test: creates a bucket unless one with that name exists.
async fn ensure_bucket(client: &Client, project: &str, name: &str) -> Result<bool, Error> {
    let page = client
        .export_buckets()
        .list(project, PageRequest::new().items_per_page(500))
        .await?;
    let exists = page.body.results.iter().any(|b| match b {
        v2::DiskBackupSnapshotExportBucketResponse::Gcp(g) => g.bucket_name == name,
        _ => false,
    });
    if !exists {
        let request =
            v2::DiskBackupSnapshotGcpExportBucketRequest::new(name, "668c5f0ed436263134491592");
        client
            .export_buckets()
            .create(project, request.into())
            .await?;
    }
    Ok(!exists)
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let fake = FakeAtlas::start().await?;
    let client = Client::builder()
        .base_url(fake.base_url())
        .credentials(fake.digest_credentials())
        .build()?;
    let project = "32b6e34b3d91647abb20e7b8";

    assert!(
        ensure_bucket(&client, project, "backups").await?,
        "created the first time"
    );
    assert!(
        !ensure_bucket(&client, project, "backups").await?,
        "found the second time"
    );
    assert_eq!(fake.bucket_count(project), 1);

    // A rate limit on the next call: the client waits and retries.
    fake.inject(Fault::TooManyRequests { retry_after: 1 }, 1);
    assert!(!ensure_bucket(&client, project, "backups").await?);
    let statuses: Vec<u16> = fake.requests().iter().map(|r| r.status).collect();
    println!("statuses seen by the fake: {statuses:?}");
    assert!(statuses.contains(&429));
    println!("ok");
    Ok(())
}
