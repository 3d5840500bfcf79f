//! `atlas_admin_api::testing::MockAtlas` answers this crate's generated operations with their
//! own types, through the real client.
// Tests report failure by panicking.
#![allow(clippy::panic, clippy::unwrap_used)]

use std::time::Duration;

use atlas_admin_api::operations::{
    create_group_backup_export_bucket as create,
    create_group_cluster_collection_restore_job as restore, get_group_backup_export_bucket as get,
    list_group_backup_export_buckets as list,
};
use atlas_admin_api::testing::MockAtlas;
use atlas_admin_api::{
    ApiAtlasCollectionRestoreJobRequest as RestoreRequest,
    ApiAtlasCollectionRestoreJobRequestIndexStrategy as IndexStrategy,
    ApiAtlasCollectionRestoreJobRequestWriteStrategy as WriteStrategy,
    ApiAtlasCollectionRestoreJobResponse, ApiError, Client,
    DiskBackupSnapshotAwsExportBucketRequest, DiskBackupSnapshotAwsExportBucketResponse, Error,
    ErrorCode, NoBody, PaginatedBackupSnapshotExportBucketView, RetryPolicy,
};

const GROUP: &str = "32b6e34b3d91647abb20e7b8";
const BUCKET: &str = "6672b1d4e0a2a84b6c2b1c01";
const ROLE: &str = "668c5f0ed436263134491592";

fn bucket() -> DiskBackupSnapshotAwsExportBucketResponse {
    DiskBackupSnapshotAwsExportBucketResponse::new(BUCKET, "exports", ROLE).with_region("us-east-1")
}

fn page() -> PaginatedBackupSnapshotExportBucketView {
    PaginatedBackupSnapshotExportBucketView::new(vec![bucket()]).with_total_count(1)
}

fn client(mock: &MockAtlas) -> Client {
    mock.client_builder()
        .retry_policy(RetryPolicy::new().with_base_delay(Duration::from_millis(10)))
        .build()
        .unwrap()
}

#[tokio::test]
async fn a_page_decodes_through_the_client_and_the_call_keeps_its_parameters() {
    let mock = MockAtlas::start().await.unwrap();
    mock.on::<list::V2023_01_01>().respond(page());
    let client = client(&mock);

    let answer = client
        .execute::<list::V2023_01_01>(&list::Params::new(GROUP).with_items_per_page(5), &NoBody)
        .await
        .unwrap();
    assert_eq!(answer.body, page());
    assert_eq!(
        answer.meta.content_type.as_deref(),
        Some("application/vnd.atlas.2023-01-01+json")
    );

    let calls = mock.calls::<list::V2023_01_01>();
    assert_eq!(calls.len(), 1);
    assert_eq!(calls[0].path_param("groupId"), Some(GROUP));
    assert_eq!(calls[0].query("itemsPerPage"), Some("5"));
    assert!(mock.calls::<list::V2024_05_30>().is_empty());
    // The runtime, then this crate, whose operation it is.
    assert_eq!(
        calls[0].header("user-agent"),
        Some(
            format!(
                "{} atlas-admin-api/{}",
                atlas_admin_api::client::USER_AGENT,
                env!("CARGO_PKG_VERSION")
            )
            .as_str()
        )
    );
}

#[tokio::test]
async fn a_conflict_then_a_bucket_are_answered_in_order_with_the_typed_request_recorded() {
    let mock = MockAtlas::start().await.unwrap();
    let conflict = ApiError::new(409, ErrorCode::from("EXPORT_BUCKET_ALREADY_EXISTS"))
        .with_detail("An export bucket named exports exists.");
    mock.on::<create::V2023_01_01>()
        .respond_error(conflict)
        .then_respond(bucket());
    let client = client(&mock);
    let request = DiskBackupSnapshotAwsExportBucketRequest::new("exports", ROLE);

    let err = client
        .execute::<create::V2023_01_01>(&create::Params::new(GROUP), &request)
        .await
        .unwrap_err();
    assert!(matches!(err, Error::Api { status: 409, .. }), "{err:?}");
    assert_eq!(
        err.error_code::<ErrorCode>(),
        Some(&ErrorCode::from("EXPORT_BUCKET_ALREADY_EXISTS"))
    );
    let created = client
        .execute::<create::V2023_01_01>(&create::Params::new(GROUP), &request)
        .await
        .unwrap();
    assert_eq!(created.body, bucket());

    let calls = mock.calls::<create::V2023_01_01>();
    let statuses: Vec<u16> = calls.iter().map(|c| c.status()).collect();
    assert_eq!(statuses, [409, 200], "a 409 to a POST is not retried");
    assert_eq!(calls[1].request_body().unwrap(), request);
}

#[tokio::test]
async fn a_nullable_request_property_is_sent_absent_as_null_or_as_its_value() {
    let mock = MockAtlas::start().await.unwrap();
    mock.on::<restore::V2025_03_12>()
        .respond(ApiAtlasCollectionRestoreJobResponse::new());
    let client = client(&mock);
    let request = RestoreRequest::new(
        IndexStrategy::All,
        "restored",
        GROUP,
        WriteStrategy::CreateNew,
    )
    .with_collection_suffix(atlas_admin_api::Nullable::Null)
    .with_database_suffix("_r");

    client
        .execute::<restore::V2025_03_12>(&restore::Params::new(GROUP, "source"), &request)
        .await
        .unwrap();

    let calls = mock.calls::<restore::V2025_03_12>();
    let sent: serde_json::Value = serde_json::from_slice(calls[0].body()).unwrap();
    assert_eq!(sent["collectionSuffix"], serde_json::Value::Null);
    assert!(sent.as_object().unwrap().contains_key("collectionSuffix"));
    assert_eq!(sent["databaseSuffix"], "_r");
    assert!(!sent.as_object().unwrap().contains_key("oplogTs"), "{sent}");
    assert_eq!(calls[0].request_body().unwrap(), request);
}

#[tokio::test]
async fn a_503_is_retried_for_a_service_account_and_both_calls_are_recorded() {
    let mock = MockAtlas::start().await.unwrap();
    mock.on::<list::V2023_01_01>()
        .respond_status(503)
        .then_respond(page());
    let client = mock
        .client_builder()
        .credentials(mock.service_account_credentials())
        .retry_policy(RetryPolicy::new().with_base_delay(Duration::from_millis(10)))
        .build()
        .unwrap();

    let answer = client
        .execute::<list::V2023_01_01>(&list::Params::new(GROUP), &NoBody)
        .await
        .unwrap();
    assert_eq!(answer.body, page());
    assert_eq!(mock.calls::<list::V2023_01_01>().len(), 2);
    assert_eq!(mock.tokens_issued(), 1);
}

#[tokio::test]
async fn an_unregistered_operation_is_an_api_error_naming_the_request() {
    let mock = MockAtlas::start().await.unwrap();
    mock.on::<list::V2023_01_01>().respond(page());
    let client = client(&mock);

    let err = client
        .execute::<get::V2023_01_01>(&get::Params::new(GROUP, BUCKET), &NoBody)
        .await
        .unwrap_err();
    assert_eq!(err.status(), Some(404), "{err:?}");
    assert_eq!(err.error_code_str(), Some("MOCK_ATLAS_NOT_REGISTERED"));
    let detail = err.api_error().and_then(|e| e.detail.as_deref()).unwrap();
    let path = format!("/api/atlas/v2/groups/{GROUP}/backup/exportBuckets/{BUCKET}");
    assert!(detail.contains(&format!("GET {path}")), "{detail}");
    assert_eq!(mock.unmatched()[0].path(), path);
}
