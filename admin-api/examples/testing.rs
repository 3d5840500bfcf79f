//! Testing code that calls Atlas without Atlas: `MockAtlas` answers the operations the code
//! calls with typed values, through the real client, and tells what the code sent.
//!
//! ```text
//! cargo run -p atlas-admin-api --features cloud-backups,testing --example testing
//! ```
//!
//! The code under test, `bucket_names`, lists a project's export buckets. The mock answers the
//! first call `503`, which the client retries, then a page of two buckets; a second call asks
//! for an operation that is not registered, and the mock's error names it.

use std::process::ExitCode;
use std::time::Duration;

use atlas_admin_api::error::ApiError;
use atlas_admin_api::operations::{
    get_group_backup_export_bucket as get, list_group_backup_export_buckets as list,
};
use atlas_admin_api::testing::MockAtlas;
use atlas_admin_api::{
    Client, DiskBackupSnapshotAwsExportBucketResponse, Error, NoBody,
    PaginatedBackupSnapshotExportBucketView, RetryPolicy,
};

const GROUP: &str = "32b6e34b3d91647abb20e7b8";
const ROLE: &str = "668c5f0ed436263134491592";

type Failure = Box<dyn std::error::Error>;

/// The code under test: the names of a project's export buckets, first page.
async fn bucket_names(client: &Client, group: &str) -> Result<Vec<String>, Error> {
    let page = client
        .execute::<list::V2023_01_01>(&list::Params::new(group).with_items_per_page(100), &NoBody)
        .await?
        .body;
    Ok(page.results.into_iter().map(|b| b.bucket_name).collect())
}

/// The page the mock answers.
fn two_buckets() -> PaginatedBackupSnapshotExportBucketView {
    let bucket =
        |id: &str, name: &str| DiskBackupSnapshotAwsExportBucketResponse::new(id, name, ROLE);
    PaginatedBackupSnapshotExportBucketView::new(vec![
        bucket("6672b1d4e0a2a84b6c2b1c01", "nightly-exports"),
        bucket("6672b1d4e0a2a84b6c2b1c02", "audit-exports"),
    ])
    .with_total_count(2)
}

async fn run() -> Result<(), Failure> {
    let mock = MockAtlas::start().await?;
    mock.on::<list::V2023_01_01>()
        .respond_error(ApiError::new(503, "SERVICE_UNAVAILABLE"))
        .then_respond(two_buckets());
    let client = mock
        .client_builder()
        .retry_policy(RetryPolicy::new().with_base_delay(Duration::from_millis(50)))
        .build()?;

    let names = bucket_names(&client, GROUP).await?;
    println!("bucket names: {names:?}");
    if names != ["nightly-exports", "audit-exports"] {
        return Err(format!("unexpected names {names:?}").into());
    }

    let calls = mock.calls::<list::V2023_01_01>();
    for call in &calls {
        println!(
            "call: {} {} groupId={} itemsPerPage={} -> {}",
            call.method(),
            call.path(),
            call.path_param("groupId").unwrap_or("-"),
            call.query("itemsPerPage").unwrap_or("-"),
            call.status()
        );
    }
    if calls.len() != 2 {
        return Err(format!("expected a retried call, got {} call(s)", calls.len()).into());
    }

    let unregistered = client
        .execute::<get::V2023_01_01>(
            &get::Params::new(GROUP, "6672b1d4e0a2a84b6c2b1c01"),
            &NoBody,
        )
        .await;
    match unregistered {
        Err(e) => println!("unregistered operation: {e}"),
        Ok(_) => return Err("an unregistered operation was answered".into()),
    }
    Ok(())
}

#[tokio::main]
async fn main() -> ExitCode {
    match run().await {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}
