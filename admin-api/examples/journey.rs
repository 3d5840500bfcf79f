//! Export a cluster's latest snapshot to a new bucket: create the bucket, find the snapshot,
//! start an export job, and poll it until it finishes.
//!
//! Two crates, one client: `atlas-export-buckets` creates the bucket, and `atlas-admin-api` with
//! its `cloud-backups` feature lists the snapshots and runs the export job, through the client
//! that `atlas_export_buckets::Client::runtime()` hands out.
//!
//! ```text
//! cargo run -p atlas-admin-api --features cloud-backups --example journey
//! ```
//!
//! Against Atlas, set the Atlas CLI's credential variables (`MONGODB_ATLAS_CLIENT_ID` and
//! `MONGODB_ATLAS_CLIENT_SECRET` for a service account, or `MONGODB_ATLAS_PUBLIC_API_KEY` and
//! `MONGODB_ATLAS_PRIVATE_API_KEY` for an API key), and:
//!
//! - `MONGODB_ATLAS_PROJECT_ID`: the project (group) id;
//! - `MONGODB_ATLAS_CLUSTER_NAME`: a cluster of that project with Cloud Backup on;
//! - `MONGODB_ATLAS_EXPORT_BUCKET_NAME`: the AWS S3 bucket to export to;
//! - `MONGODB_ATLAS_IAM_ROLE_ID`: the project's cloud provider access role (AWS IAM) that may
//!   write to that bucket;
//! - `MONGODB_ATLAS_BASE_URL` (optional): the Atlas to call, `https://cloud.mongodb.com` if unset.
//!
//! Without credentials it starts an embedded fake Atlas, with one cluster and two snapshots, and
//! runs the same code against it, polling faster.
//!
//! Each step prints what it did; the exit status is non-zero when a step fails, when the job
//! fails, or when it has not finished after the last poll.

use std::process::ExitCode;
use std::time::Duration;

use atlas_admin_api::auth::{ENV_CLIENT_ID, ENV_CLIENT_SECRET, ENV_PRIVATE_KEY, ENV_PUBLIC_KEY};
use atlas_admin_api::operations::{create_backup_export, get_backup_export, list_backup_snapshots};
use atlas_admin_api::{
    DiskBackupExportJobRequest, DiskBackupReplicaSet, DiskBackupReplicaSetStatus, NoBody,
};
use atlas_export_buckets::fake::{FakeAtlas, FakeCluster, FakeConfig};
use atlas_export_buckets::{v2, Client, Credentials};

type Failure = Box<dyn std::error::Error>;

/// Where the journey runs, and how patiently it polls.
struct Target {
    client: Client,
    project: String,
    cluster: String,
    bucket_name: String,
    iam_role_id: String,
    /// The most polls of the export job before giving up.
    max_polls: u32,
    /// The wait before each poll.
    poll_delay: Duration,
    /// The embedded fake, when there are no credentials; it stops when dropped.
    _fake: Option<FakeAtlas>,
}

#[tokio::main]
async fn main() -> ExitCode {
    let outcome = match target().await {
        Ok(target) => journey(&target).await,
        Err(e) => Err(e),
    };
    match outcome {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

async fn journey(t: &Target) -> Result<(), Failure> {
    // 1. The bucket, with the export-bucket crate.
    let request = v2::DiskBackupSnapshotAwsExportBucketRequest::new(&t.bucket_name, &t.iam_role_id);
    let bucket = t
        .client
        .export_buckets()
        .create(&t.project, request.into())
        .await?
        .body;
    let bucket_id = match bucket {
        v2::DiskBackupSnapshotExportBucketResponse::Aws(b) => b.id,
        other => {
            let provider = other.cloud_provider();
            return Err(format!("asked for an AWS bucket, Atlas made a {provider} one").into());
        }
    };
    println!("created export bucket {bucket_id} ({})", t.bucket_name);

    // 2. The latest completed snapshot, with the whole-API crate through the same client.
    let api = t.client.runtime();
    let snapshot = latest_snapshot(api, &t.project, &t.cluster)
        .await?
        .ok_or_else(|| format!("cluster {} has no completed snapshot", t.cluster))?;
    let snapshot_id = snapshot.id.ok_or("Atlas listed a snapshot without an id")?;
    println!(
        "latest snapshot of {}: {snapshot_id}, taken {}",
        t.cluster,
        snapshot
            .created_at
            .as_deref()
            .unwrap_or("at an unknown time")
    );

    // 3. The export job.
    let job = api
        .execute::<create_backup_export::Latest>(
            &create_backup_export::Params::new(&t.project, &t.cluster),
            &DiskBackupExportJobRequest::new(&bucket_id, &snapshot_id),
        )
        .await?
        .body;
    let job_id = job.id.ok_or("Atlas answered an export job without an id")?;
    println!(
        "started export job {job_id}: {}",
        job.state.as_ref().map_or("(no state)", |s| s.as_str())
    );

    // 4. Poll it, a bounded number of times.
    let params = get_backup_export::Params::new(&t.project, &t.cluster, &job_id);
    for poll in 1..=t.max_polls {
        tokio::time::sleep(t.poll_delay).await;
        let job = api
            .execute::<get_backup_export::Latest>(&params, &NoBody)
            .await?
            .body;
        let state = job.state.as_ref().map_or("(no state)", |s| s.as_str());
        let progress = job
            .export_status
            .as_ref()
            .map(|s| {
                format!(
                    ", {} of {} collections",
                    s.exported_collections.unwrap_or(0),
                    s.total_collections.unwrap_or(0)
                )
            })
            .unwrap_or_default();
        println!("poll {poll}/{}: {state}{progress}", t.max_polls);
        match state {
            "Successful" => {
                println!(
                    "export job {job_id} finished at {}",
                    job.finished_at.as_deref().unwrap_or("an unknown time")
                );
                return Ok(());
            }
            "Failed" | "Cancelled" => {
                let reason = job
                    .state_reason
                    .and_then(|r| r.message)
                    .unwrap_or_else(|| "no reason given".to_owned());
                return Err(format!("export job {job_id} ended {state}: {reason}").into());
            }
            _ => {}
        }
    }
    Err(format!(
        "export job {job_id} did not finish within {} polls {:?} apart; it may still finish: read it again later (getBackupExport)",
        t.max_polls, t.poll_delay
    )
    .into())
}

/// The newest `completed` snapshot of a cluster, from every page of its snapshots.
async fn latest_snapshot(
    api: &atlas_admin_api::Client,
    project: &str,
    cluster: &str,
) -> Result<Option<DiskBackupReplicaSet>, Failure> {
    const PER_PAGE: i64 = 500;
    let mut latest: Option<DiskBackupReplicaSet> = None;
    for page in 1.. {
        let params = list_backup_snapshots::Params::new(project, cluster)
            .with_items_per_page(PER_PAGE)
            .with_page_num(page);
        let results = api
            .execute::<list_backup_snapshots::Latest>(&params, &NoBody)
            .await?
            .body
            .results;
        let full_page = i64::try_from(results.len()) == Ok(PER_PAGE);
        for snapshot in results {
            // `createdAt` is ISO 8601 in UTC, so text order is time order.
            let newer = latest
                .as_ref()
                .is_none_or(|l| snapshot.created_at > l.created_at);
            if snapshot.status == Some(DiskBackupReplicaSetStatus::Completed) && newer {
                latest = Some(snapshot);
            }
        }
        if !full_page {
            break;
        }
    }
    Ok(latest)
}

/// Atlas when its credentials are set, otherwise a fake Atlas started here.
async fn target() -> Result<Target, Failure> {
    let has_credentials = [
        ENV_CLIENT_ID,
        ENV_CLIENT_SECRET,
        ENV_PUBLIC_KEY,
        ENV_PRIVATE_KEY,
    ]
    .iter()
    .any(|name| std::env::var_os(name).is_some_and(|v| !v.is_empty()));
    if has_credentials {
        let var = |name: &str| {
            std::env::var(name).map_err(|_| format!("{name} is not set (see examples/journey.rs)"))
        };
        let mut builder = Client::builder().credentials(Credentials::from_env()?);
        if let Ok(base_url) = std::env::var("MONGODB_ATLAS_BASE_URL") {
            builder = builder.base_url(base_url);
        }
        return Ok(Target {
            client: builder.build()?,
            project: var("MONGODB_ATLAS_PROJECT_ID")?,
            cluster: var("MONGODB_ATLAS_CLUSTER_NAME")?,
            bucket_name: var("MONGODB_ATLAS_EXPORT_BUCKET_NAME")?,
            iam_role_id: var("MONGODB_ATLAS_IAM_ROLE_ID")?,
            // An export takes minutes to hours: poll for up to an hour.
            max_polls: 120,
            poll_delay: Duration::from_secs(30),
            _fake: None,
        });
    }
    let project = "32b6e34b3d91647abb20e7b8";
    let cluster = FakeCluster::new(project, "Cluster0")
        .with_snapshot("6672b1d4e0a2a84b6c2b1c01", "2026-01-30T02:00:00Z")
        .with_snapshot("6672b1d4e0a2a84b6c2b1c02", "2026-01-31T02:00:00Z");
    let fake = FakeAtlas::start_with(
        FakeConfig::new().with_cluster(cluster),
        ([127, 0, 0, 1], 0).into(),
    )
    .await?;
    println!(
        "(no Atlas credentials in the environment: using an embedded fake Atlas at {})",
        fake.base_url()
    );
    Ok(Target {
        client: Client::builder()
            .base_url(fake.base_url())
            .credentials(fake.digest_credentials())
            .build()?,
        project: project.to_owned(),
        cluster: "Cluster0".to_owned(),
        bucket_name: "my-snapshot-exports".to_owned(),
        iam_role_id: "668c5f0ed436263134491592".to_owned(),
        max_polls: 10,
        poll_delay: Duration::from_millis(100),
        _fake: Some(fake),
    })
}
