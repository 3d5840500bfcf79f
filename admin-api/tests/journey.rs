//! The fake Atlas (`atlas-export-buckets`, feature `fake`) serves the `Cloud Backups` operations
//! of exporting a snapshot to a bucket, in the shapes and media type of this crate's generated
//! operations: they are called here as a user calls them, through the export-bucket client's
//! runtime client. Errors the client would catch itself are sent raw.
// Tests report failure by panicking.
#![allow(clippy::panic, clippy::unwrap_used)]

use std::time::Duration;

use atlas_admin_api::operations::{
    create_backup_export as create, get_backup_export as get, list_backup_exports as list,
    list_backup_snapshots as snapshots,
};
use atlas_admin_api::{
    BackupLabel, DiskBackupExportJob, DiskBackupExportJobRequest, DiskBackupExportJobState,
    DiskBackupReplicaSetStatus, NoBody,
};
use atlas_export_buckets::fake::{FakeAtlas, FakeCluster, FakeConfig};
use atlas_export_buckets::{v2, Client, Error};
use serde_json::{json, Value};

const GROUP: &str = "32b6e34b3d91647abb20e7b8";
const OTHER_GROUP: &str = "5f1b6f3e9c1d2a0011aa22bb";
const CLUSTER: &str = "Cluster0";
const ROLE: &str = "668c5f0ed436263134491592";
const OLDER: &str = "6672b1d4e0a2a84b6c2b1c01";
const NEWER: &str = "6672b1d4e0a2a84b6c2b1c02";
const MEDIA: &str = "application/vnd.atlas.2023-01-01+json";

fn cluster() -> FakeCluster {
    FakeCluster::new(GROUP, CLUSTER)
        .with_snapshot(OLDER, "2026-01-30T02:00:00Z")
        .with_snapshot(NEWER, "2026-01-31T02:00:00Z")
}

async fn start(config: FakeConfig) -> (FakeAtlas, Client) {
    let fake = FakeAtlas::start_with(config, ([127, 0, 0, 1], 0).into())
        .await
        .unwrap();
    let client = Client::builder()
        .base_url(fake.base_url())
        .credentials(fake.digest_credentials())
        .build()
        .unwrap();
    (fake, client)
}

async fn bucket(client: &Client, group: &str) -> String {
    let request = v2::DiskBackupSnapshotAwsExportBucketRequest::new("exports", ROLE);
    match client
        .export_buckets()
        .create(group, request.into())
        .await
        .unwrap()
        .body
    {
        v2::DiskBackupSnapshotExportBucketResponse::Aws(b) => b.id,
        other => panic!("{other:?}"),
    }
}

async fn read(client: &Client, id: &str) -> DiskBackupExportJob {
    client
        .runtime()
        .execute::<get::Latest>(&get::Params::new(GROUP, CLUSTER, id), &NoBody)
        .await
        .unwrap()
        .body
}

fn api_error(e: &Error) -> (u16, &str) {
    (e.status().unwrap(), e.error_code_str().unwrap())
}

#[tokio::test]
async fn a_snapshot_is_exported_to_a_new_bucket_and_the_job_advances_on_each_read() {
    let (fake, client) = start(FakeConfig::new().with_cluster(cluster())).await;
    let bucket_id = bucket(&client, GROUP).await;
    let api = client.runtime();

    let page = api
        .execute::<snapshots::Latest>(&snapshots::Params::new(GROUP, CLUSTER), &NoBody)
        .await
        .unwrap()
        .body;
    assert_eq!(page.total_count, Some(2));
    let listed: Vec<(Option<&str>, Option<&str>)> = page
        .results
        .iter()
        .map(|s| (s.id.as_deref(), s.created_at.as_deref()))
        .collect();
    assert_eq!(
        listed,
        [
            (Some(NEWER), Some("2026-01-31T02:00:00Z")),
            (Some(OLDER), Some("2026-01-30T02:00:00Z")),
        ],
        "newest first"
    );
    let newest = &page.results[0];
    assert_eq!(newest.status, Some(DiskBackupReplicaSetStatus::Completed));
    assert_eq!(newest.replica_set_name.as_deref(), Some(CLUSTER));

    let labels = vec![BackupLabel::new().with_key("purpose").with_value("audit")];
    let created = api
        .execute::<create::Latest>(
            &create::Params::new(GROUP, CLUSTER),
            &DiskBackupExportJobRequest::new(&bucket_id, NEWER).with_custom_data(labels.clone()),
        )
        .await
        .unwrap()
        .body;
    assert_eq!(created.state, Some(DiskBackupExportJobState::Queued));
    assert_eq!(created.export_bucket_id, bucket_id);
    assert_eq!(created.snapshot_id.as_deref(), Some(NEWER));
    assert_eq!(created.custom_data, Some(labels));
    assert!(created.created_at.is_some() && created.finished_at.is_none());
    let id = created.id.unwrap();
    assert_eq!(fake.export_job_count(GROUP, CLUSTER), 1);

    // Two reads in progress (the default), then done; done stays done.
    let mut seen = Vec::new();
    for _ in 0..4 {
        let job = read(&client, &id).await;
        let status = job.export_status.unwrap();
        seen.push((
            job.state.unwrap(),
            status.exported_collections.unwrap(),
            status.total_collections.unwrap(),
            job.finished_at.is_some(),
        ));
    }
    let expected = [
        ("InProgress", 1, 4, false),
        ("InProgress", 2, 4, false),
        ("Successful", 4, 4, true),
        ("Successful", 4, 4, true),
    ];
    let seen: Vec<(&str, i32, i32, bool)> = seen
        .iter()
        .map(|(s, e, t, f)| (s.as_str(), *e, *t, *f))
        .collect();
    assert_eq!(seen, expected);

    // Listing shows the job as it is, without moving it on.
    let jobs = api
        .execute::<list::Latest>(&list::Params::new(GROUP, CLUSTER), &NoBody)
        .await
        .unwrap()
        .body;
    assert_eq!(jobs.total_count, Some(1));
    assert_eq!(jobs.results[0].id.as_deref(), Some(id.as_str()));
    assert_eq!(
        jobs.results[0].state,
        Some(DiskBackupExportJobState::Successful)
    );

    // Every request of the journey asked for the one media type these operations declare.
    let backups: Vec<_> = fake
        .requests()
        .into_iter()
        .filter(|r| r.uri.contains("/clusters/") && r.status == 200)
        .collect();
    assert_eq!(backups.len(), 7);
    assert!(backups.iter().all(|r| r.accept.as_deref() == Some(MEDIA)));
}

#[tokio::test]
async fn a_job_can_be_made_to_never_finish() {
    let config = FakeConfig::new()
        .with_cluster(cluster())
        .with_export_job_reads(u32::MAX);
    let (_fake, client) = start(config).await;
    let bucket_id = bucket(&client, GROUP).await;
    let job = client
        .runtime()
        .execute::<create::Latest>(
            &create::Params::new(GROUP, CLUSTER),
            &DiskBackupExportJobRequest::new(&bucket_id, OLDER),
        )
        .await
        .unwrap()
        .body;
    let id = job.id.unwrap();
    for _ in 0..5 {
        let job = read(&client, &id).await;
        assert_eq!(job.state, Some(DiskBackupExportJobState::InProgress));
        assert!(job.export_status.unwrap().exported_collections < Some(4));
    }
}

#[tokio::test]
async fn unknown_clusters_buckets_snapshots_and_jobs_are_not_found() {
    let (fake, client) = start(FakeConfig::new().with_cluster(cluster())).await;
    let bucket_id = bucket(&client, GROUP).await;
    let elsewhere = bucket(&client, OTHER_GROUP).await;
    let api = client.runtime();

    let e = api
        .execute::<snapshots::Latest>(&snapshots::Params::new(GROUP, "Cluster1"), &NoBody)
        .await
        .unwrap_err();
    assert_eq!(api_error(&e), (404, "CLUSTER_NOT_FOUND"));
    // The cluster is one project's.
    let e = api
        .execute::<list::Latest>(&list::Params::new(OTHER_GROUP, CLUSTER), &NoBody)
        .await
        .unwrap_err();
    assert_eq!(api_error(&e), (404, "CLUSTER_NOT_FOUND"));

    let export = |bucket: &str, snapshot: &str| {
        let body = DiskBackupExportJobRequest::new(bucket, snapshot);
        async move {
            api.execute::<create::Latest>(&create::Params::new(GROUP, CLUSTER), &body)
                .await
                .unwrap_err()
        }
    };
    // A bucket that does not exist, or is another project's.
    for bucket in ["0123456789abcdef01234567", elsewhere.as_str()] {
        let e = export(bucket, NEWER).await;
        assert_eq!(api_error(&e), (404, "RESOURCE_NOT_FOUND"), "{e}");
    }
    let e = export(&bucket_id, "0123456789abcdef01234567").await;
    assert_eq!(api_error(&e), (404, "RESOURCE_NOT_FOUND"));
    assert!(e.to_string().contains("snapshot"), "{e}");
    assert_eq!(fake.export_job_count(GROUP, CLUSTER), 0);

    let e = api
        .execute::<get::Latest>(
            &get::Params::new(GROUP, CLUSTER, "0123456789abcdef01234567"),
            &NoBody,
        )
        .await
        .unwrap_err();
    assert_eq!(api_error(&e), (404, "RESOURCE_NOT_FOUND"));
}

/// Sends a request as is, with a bearer token the fake accepts.
async fn raw(
    fake: &FakeAtlas,
    method: reqwest::Method,
    path: &str,
    media: &str,
    body: Option<Value>,
) -> (u16, Option<String>, Value) {
    fake.accept_bearer_token("journey-token", Duration::from_secs(60));
    let mut request = reqwest::Client::new()
        .request(method, format!("{}{path}", fake.base_url()))
        .header("authorization", "Bearer journey-token")
        .header("accept", media);
    if let Some(body) = body {
        request = request.header("content-type", media).body(body.to_string());
    }
    let response = request.send().await.unwrap();
    let status = response.status().as_u16();
    let content_type = response
        .headers()
        .get("content-type")
        .map(|v| v.to_str().unwrap().to_owned());
    let text = response.text().await.unwrap();
    (
        status,
        content_type,
        serde_json::from_str(&text).unwrap_or(Value::Null),
    )
}

#[tokio::test]
async fn requests_the_client_would_refuse_are_refused_as_the_spec_declares() {
    let (fake, client) = start(FakeConfig::new().with_cluster(cluster())).await;
    let bucket_id = bucket(&client, GROUP).await;
    let exports = format!("/api/atlas/v2/groups/{GROUP}/clusters/{CLUSTER}/backup/exports");
    let post = |body: Value| raw(&fake, reqwest::Method::POST, &exports, MEDIA, Some(body));

    let (status, content_type, body) = post(json!({"exportBucketId": bucket_id})).await;
    assert_eq!(
        (status, body["errorCode"].as_str()),
        (400, Some("VALIDATION_ERROR"))
    );
    assert_eq!(content_type.as_deref(), Some("application/json"));
    let (status, _, body) = post(json!({"exportBucketId": bucket_id, "snapshotId": "nope"})).await;
    assert_eq!(
        (status, body["errorCode"].as_str()),
        (400, Some("VALIDATION_ERROR"))
    );
    assert_eq!(body["badRequestDetail"]["fields"][0]["field"], "snapshotId");
    let (status, _, body) =
        post(json!({"exportBucketId": bucket_id, "snapshotId": NEWER, "customData": null})).await;
    assert_eq!(
        (status, body["errorCode"].as_str()),
        (400, Some("VALIDATION_ERROR"))
    );

    let (status, content_type, body) =
        post(json!({"exportBucketId": bucket_id, "snapshotId": NEWER})).await;
    assert_eq!((status, body["state"].as_str()), (200, Some("Queued")));
    assert_eq!(content_type.as_deref(), Some(MEDIA));

    // A version these operations do not declare, and a cluster name outside its pattern.
    let (status, _, body) = raw(
        &fake,
        reqwest::Method::GET,
        &exports,
        "application/vnd.atlas.2024-05-30+json",
        None,
    )
    .await;
    assert_eq!(
        (status, body["errorCode"].as_str()),
        (406, Some("INVALID_VERSION_DATE"))
    );
    let bad_name = format!("/api/atlas/v2/groups/{GROUP}/clusters/-x/backup/snapshots");
    let (status, _, body) = raw(&fake, reqwest::Method::GET, &bad_name, MEDIA, None).await;
    assert_eq!(
        (status, body["errorCode"].as_str()),
        (400, Some("VALIDATION_ERROR"))
    );
    let (status, _, _) = raw(&fake, reqwest::Method::DELETE, &exports, MEDIA, None).await;
    assert_eq!(status, 405);
}
