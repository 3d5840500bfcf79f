//! The `Cloud Backups` operations that exporting a snapshot to a bucket takes: a cluster's
//! snapshots, and its export jobs. Atlas declares them at `2023-01-01` only; the shapes are the
//! whole-API spec's (`admin-api/spec/atlas-api-transformed.yaml`): `PaginatedCloudBackupReplicaSet`
//! of `DiskBackupReplicaSet`, `DiskBackupExportJobRequest`, `DiskBackupExportJob` and
//! `PaginatedApiAtlasDiskBackupExportJob`.
//!
//! The clusters and their snapshots come from the configuration ([`super::FakeConfig::clusters`]).
//! An export job refers to a bucket of the cluster's project and to a snapshot of the cluster
//! (otherwise `404`). Each read of a job (`getBackupExport`) moves it on: the create answers
//! `Queued`, the next [`super::FakeConfig::export_job_reads`] reads `InProgress`, and the reads
//! after that `Successful`, with `finishedAt`. Listing the jobs shows them without moving them.

use std::collections::{BTreeMap, HashMap};
use std::sync::Mutex;
use std::time::{SystemTime, UNIX_EPOCH};

use serde_json::{json, Value};

use super::reply::{api_error, decode, not_found, paged, validation_error, Reply, HEX24};
use super::{FakeCluster, FakeConfig};
use crate::operation::{Method, OperationDescriptor, ParameterDescriptor, ParameterLocation};
use crate::validation::{check_str, Location, StrRule, Validate, Violation};

/// The one version these operations are declared at.
const MEDIA: &str = "application/vnd.atlas.2023-01-01+json";

/// The collections a fake export job exports (`exportStatus.totalCollections`).
const COLLECTIONS: u64 = 4;

/// Which of the operations a request is.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) enum Backup {
    ListSnapshots,
    CreateExport,
    GetExport,
    ListExports,
}

/// Export jobs by project and cluster, then by id (ids grow, so this is creation order).
pub(crate) type Exports = Mutex<BTreeMap<(String, String), BTreeMap<String, ExportJob>>>;

/// One export job.
#[derive(Debug, Clone)]
pub(crate) struct ExportJob {
    id: String,
    bucket_id: String,
    snapshot_id: String,
    custom_data: Option<Vec<BackupLabel>>,
    created_at: String,
    /// Reads of the job so far.
    reads: u32,
    finished_at: Option<String>,
}

/// `BackupLabel`.
#[derive(Debug, Clone, serde::Deserialize, serde::Serialize)]
struct BackupLabel {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    key: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    value: Option<String>,
}

/// `DiskBackupExportJobRequest` (its `links` are read-only and ignored, like any other property
/// the schema does not let a client set).
#[derive(Debug, serde::Deserialize)]
struct ExportJobRequest {
    #[serde(rename = "exportBucketId")]
    export_bucket_id: String,
    #[serde(rename = "snapshotId")]
    snapshot_id: String,
    #[serde(rename = "customData", default)]
    custom_data: Option<Vec<BackupLabel>>,
}

impl Validate for ExportJobRequest {
    fn collect_violations(&self, at: &str, out: &mut Vec<Violation>) {
        let hex24 = StrRule {
            min_length: None,
            max_length: None,
            pattern: Some(&HEX24),
            uuid: false,
        };
        check_str(
            out,
            Location::Body,
            at,
            "/exportBucketId",
            &self.export_bucket_id,
            &hex24,
        );
        check_str(
            out,
            Location::Body,
            at,
            "/snapshotId",
            &self.snapshot_id,
            &hex24,
        );
    }
}

const fn path_param(name: &'static str) -> ParameterDescriptor {
    ParameterDescriptor {
        name,
        location: ParameterLocation::Path,
        required: true,
        settable: true,
        default: None,
    }
}

const fn query_param(name: &'static str, default: Option<&'static str>) -> ParameterDescriptor {
    ParameterDescriptor {
        name,
        location: ParameterLocation::Query,
        required: false,
        settable: true,
        default,
    }
}

const GROUP_ID: ParameterDescriptor = path_param("groupId");
const CLUSTER_NAME: ParameterDescriptor = path_param("clusterName");
const INCLUDE_COUNT: ParameterDescriptor = query_param("includeCount", Some("true"));
const ITEMS_PER_PAGE: ParameterDescriptor = query_param("itemsPerPage", Some("100"));
const PAGE_NUM: ParameterDescriptor = query_param("pageNum", Some("1"));

const fn descriptor(
    operation_id: &'static str,
    method: Method,
    path: &'static str,
    has_body: bool,
    required_roles: &'static [&'static str],
    parameters: &'static [ParameterDescriptor],
) -> OperationDescriptor {
    OperationDescriptor {
        operation_id,
        operation_id_override: None,
        method,
        path,
        version: Some("2023-01-01"),
        accept: MEDIA,
        content_type: if has_body { Some(MEDIA) } else { None },
        request_body_required: has_body,
        success_status: 200,
        sunset: None,
        required_roles,
        parameters,
        // The fake answers from its own code; the declared responses are the spec's.
        responses: &[],
    }
}

/// `listBackupSnapshots`.
pub(super) static LIST_SNAPSHOTS: OperationDescriptor = descriptor(
    "listBackupSnapshots",
    Method::Get,
    "/api/atlas/v2/groups/{groupId}/clusters/{clusterName}/backup/snapshots",
    false,
    &["Project Read Only"],
    &[
        GROUP_ID,
        INCLUDE_COUNT,
        ITEMS_PER_PAGE,
        PAGE_NUM,
        CLUSTER_NAME,
        query_param("pointInTimeUtcSeconds", None),
        query_param("oplogTs", None),
        query_param("oplogInc", None),
    ],
);

/// `listBackupExports`.
pub(super) static LIST_EXPORTS: OperationDescriptor = descriptor(
    "listBackupExports",
    Method::Get,
    "/api/atlas/v2/groups/{groupId}/clusters/{clusterName}/backup/exports",
    false,
    &["Project Backup Manager"],
    &[
        GROUP_ID,
        INCLUDE_COUNT,
        ITEMS_PER_PAGE,
        PAGE_NUM,
        CLUSTER_NAME,
    ],
);

/// `createBackupExport`.
pub(super) static CREATE_EXPORT: OperationDescriptor = descriptor(
    "createBackupExport",
    Method::Post,
    "/api/atlas/v2/groups/{groupId}/clusters/{clusterName}/backup/exports",
    true,
    &["Project Backup Export Operator"],
    &[GROUP_ID, CLUSTER_NAME],
);

/// `getBackupExport`.
pub(super) static GET_EXPORT: OperationDescriptor = descriptor(
    "getBackupExport",
    Method::Get,
    "/api/atlas/v2/groups/{groupId}/clusters/{clusterName}/backup/exports/{exportId}",
    false,
    &["Project Backup Manager"],
    &[GROUP_ID, CLUSTER_NAME, path_param("exportId")],
);

/// What the backup operations need of the fake's state (the server's state implements it).
pub(super) trait Host {
    /// The fake's configuration: its clusters and how export jobs advance.
    fn config(&self) -> &FakeConfig;
    /// The export jobs.
    fn exports(&self) -> &Exports;
    /// Whether project `group` has the export bucket `id`.
    fn has_bucket(&self, group: &str, id: &str) -> bool;
    /// A new id.
    fn next_id(&self) -> String;
    /// A success answer, with the rate-limit headers every answer carries.
    fn answer(&self, media: &str, status: u16, body: &Value) -> Reply;
}

/// Answers one of the operations; path and query parameters, `Accept` and `Content-Type` have
/// been checked.
pub(super) fn handle(
    state: &impl Host,
    op: Backup,
    path: &str,
    params: &[(String, String)],
    query: &HashMap<String, String>,
    body: &[u8],
) -> Reply {
    let param = |name: &str| {
        params
            .iter()
            .find(|(k, _)| k == name)
            .map_or("", |(_, v)| v.as_str())
    };
    let (group, name) = (param("groupId"), param("clusterName"));
    let cluster = || {
        state
            .config()
            .clusters
            .iter()
            .find(|c| c.group_id == group && c.name == name)
    };
    let no_cluster = || {
        api_error(
            404,
            "CLUSTER_NOT_FOUND",
            &format!("No cluster named {name} exists in group {group}."),
        )
    };
    match op {
        Backup::ListSnapshots => {
            let Some(cluster) = cluster() else {
                return no_cluster();
            };
            let mut snapshots: Vec<Value> = cluster
                .snapshots
                .iter()
                .map(|s| snapshot(cluster, &s.id, &s.created_at))
                .collect();
            // Newest first, as Atlas lists them (`createdAt` is ISO 8601 in UTC: text order is
            // time order).
            snapshots.sort_by(|a, b| b["createdAt"].as_str().cmp(&a["createdAt"].as_str()));
            state.answer(MEDIA, 200, &paged(path, query, &snapshots))
        }
        Backup::CreateExport => {
            // The body is checked first, as for the buckets.
            let request = match decode::<ExportJobRequest>(body) {
                Ok(r) => r,
                Err(fields) => return validation_error(fields),
            };
            match cluster() {
                Some(c) => create(state, c, request),
                None => no_cluster(),
            }
        }
        Backup::GetExport => {
            let Some(cluster) = cluster() else {
                return no_cluster();
            };
            let id = param("exportId");
            let reads_in_progress = state.config().export_job_reads;
            let mut exports = state.exports().lock().unwrap_or_else(|p| p.into_inner());
            let job = exports
                .get_mut(&(group.to_owned(), name.to_owned()))
                .and_then(|jobs| jobs.get_mut(id));
            let Some(job) = job else {
                return api_error(
                    404,
                    "RESOURCE_NOT_FOUND",
                    &format!("Cannot find export job {id} of cluster {name} in project {group}."),
                );
            };
            job.reads = job.reads.saturating_add(1);
            if job.finished_at.is_none() && job.reads > reads_in_progress {
                job.finished_at = Some(now());
            }
            let value = job_value(cluster, job, reads_in_progress);
            drop(exports);
            state.answer(MEDIA, 200, &value)
        }
        Backup::ListExports => {
            let Some(cluster) = cluster() else {
                return no_cluster();
            };
            let exports = state.exports().lock().unwrap_or_else(|p| p.into_inner());
            let jobs: Vec<Value> = exports
                .get(&(group.to_owned(), name.to_owned()))
                .map(|jobs| {
                    jobs.values()
                        .map(|j| job_value(cluster, j, state.config().export_job_reads))
                        .collect()
                })
                .unwrap_or_default();
            drop(exports);
            state.answer(MEDIA, 200, &paged(path, query, &jobs))
        }
    }
}

fn create(state: &impl Host, cluster: &FakeCluster, r: ExportJobRequest) -> Reply {
    let group = cluster.group_id.as_str();
    if !state.has_bucket(group, &r.export_bucket_id) {
        return not_found(Some(&r.export_bucket_id), group);
    }
    if !cluster.snapshots.iter().any(|s| s.id == r.snapshot_id) {
        return api_error(
            404,
            "RESOURCE_NOT_FOUND",
            &format!(
                "Cannot find snapshot {} of cluster {} in project {group}.",
                r.snapshot_id, cluster.name
            ),
        );
    }
    let job = ExportJob {
        id: state.next_id(),
        bucket_id: r.export_bucket_id,
        snapshot_id: r.snapshot_id,
        custom_data: r.custom_data,
        created_at: now(),
        reads: 0,
        finished_at: None,
    };
    let value = job_value(cluster, &job, state.config().export_job_reads);
    state
        .exports()
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .entry((group.to_owned(), cluster.name.clone()))
        .or_default()
        .insert(job.id.clone(), job);
    state.answer(MEDIA, 200, &value)
}

fn cluster_url(cluster: &FakeCluster) -> String {
    format!(
        "https://cloud.mongodb.com/api/atlas/v2/groups/{}/clusters/{}/backup",
        cluster.group_id, cluster.name
    )
}

/// A `DiskBackupReplicaSet`.
fn snapshot(cluster: &FakeCluster, id: &str, created_at: &str) -> Value {
    json!({
        "id": id,
        "createdAt": created_at,
        "cloudProvider": "AWS",
        "frequencyType": "daily",
        "snapshotType": "scheduled",
        "status": "completed",
        "type": "replicaSet",
        "replicaSetName": cluster.name,
        "mongodVersion": "8.0.4",
        "storageSizeBytes": 1_073_741_824u64,
        "links": [{"href": format!("{}/snapshots/{id}", cluster_url(cluster)), "rel": "self"}],
    })
}

/// A `DiskBackupExportJob`, in the state its reads so far give it.
fn job_value(cluster: &FakeCluster, job: &ExportJob, reads_in_progress: u32) -> Value {
    let (state, exported) = if job.reads == 0 {
        ("Queued", 0)
    } else if job.finished_at.is_none() {
        let share = COLLECTIONS * u64::from(job.reads) / (u64::from(reads_in_progress) + 1);
        ("InProgress", share.min(COLLECTIONS - 1))
    } else {
        ("Successful", COLLECTIONS)
    };
    let mut value = json!({
        "id": job.id,
        "exportBucketId": job.bucket_id,
        "snapshotId": job.snapshot_id,
        "createdAt": job.created_at,
        "state": state,
        "exportStatus": {"exportedCollections": exported, "totalCollections": COLLECTIONS},
        "links": [{"href": format!("{}/exports/{}", cluster_url(cluster), job.id), "rel": "self"}],
    });
    if let Some(labels) = &job.custom_data {
        value["customData"] = json!(labels);
    }
    if let Some(at) = &job.finished_at {
        value["finishedAt"] = json!(at);
    }
    value
}

/// Now, as Atlas writes times: ISO 8601 in UTC, whole seconds (`2026-01-31T02:00:00Z`).
fn now() -> String {
    let secs = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let (days, time) = (secs / 86_400, secs % 86_400);
    let (y, m, d) = civil_date(i64::try_from(days).unwrap_or(0));
    format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}Z",
        time / 3600,
        time % 3600 / 60,
        time % 60
    )
}

/// The proleptic Gregorian date `days` after 1970-01-01: the date counted in 400-year eras of
/// 146 097 days, each year starting on March 1 so that the leap day ends it.
fn civil_date(days: i64) -> (i64, i64, i64) {
    let z = days + 719_468; // days since 0000-03-01
    let era = z.div_euclid(146_097);
    let day_of_era = z.rem_euclid(146_097);
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let month_from_march = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * month_from_march + 2) / 5 + 1;
    let month = if month_from_march < 10 {
        month_from_march + 3
    } else {
        month_from_march - 9
    };
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

#[cfg(test)]
mod tests {
    use super::civil_date;

    #[test]
    fn civil_dates() {
        for (days, date) in [
            (0, (1970, 1, 1)),
            (59, (1970, 3, 1)),
            (11_016, (2000, 2, 29)),
            (11_017, (2000, 3, 1)),
            (19_782, (2024, 2, 29)),
            (20_453, (2025, 12, 31)),
            (-1, (1969, 12, 31)),
        ] {
            assert_eq!(civil_date(days), date, "{days}");
        }
    }
}
