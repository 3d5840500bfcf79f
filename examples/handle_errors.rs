//! Handles `RESOURCE_NOT_FOUND` and `VALIDATION_ERROR`: the typed error code from Atlas, and the
//! violations the client finds itself before sending anything.
//!
//! `cargo run --example handle_errors --features fake`

#[path = "common/mod.rs"]
mod common;

use atlas_export_buckets::{v2, Client, Error};

#[tokio::main]
async fn main() -> Result<(), Error> {
    let (base_url, credentials, project, _fake) = common::target(false).await?;
    let client = Client::builder()
        .base_url(base_url)
        .credentials(credentials)
        .build()?;
    let buckets = client.export_buckets();

    match buckets.get(&project, "0123456789abcdef01234567").await {
        Err(e) if e.is_not_found() => println!("not found, as expected: {e}"),
        Err(e) => return Err(e),
        Ok(b) => println!("found {}", b.body.cloud_provider()),
    }

    // Caught locally: nothing is sent.
    let bad = v2::DiskBackupSnapshotAwsExportBucketRequest::new("x", "not-a-role-id");
    match buckets.create(&project, bad.into()).await {
        Err(Error::Validation(v)) => {
            for violation in &v.violations {
                println!("local check: {violation}");
            }
        }
        other => println!("unexpected: {other:?}"),
    }

    // Caught by Atlas: a container name that can be neither given nor derived.
    let azure = v2::DiskBackupSnapshotAzureExportBucketRequest::new(
        common::ROLE_ID,
        "https://examplestorageaccount.blob.core.windows.net/",
    );
    match buckets.create(&project, azure.into()).await {
        Err(e) if e.error_code() == Some(&v2::ErrorCode::ValidationError) => {
            println!("Atlas said: {e}")
        }
        other => println!("outcome: {other:?}"),
    }
    Ok(())
}
