//! Wire tests against a mock server (wiremock) on loopback: the exact requests of every operation,
//! version and provider; the error and retry matrix; service-account tokens; pagination; and secret
//! hygiene.
// Tests report failure by panicking.
#![allow(clippy::panic, clippy::unwrap_used)]

mod support {
    pub mod logs;
}

use std::sync::{Arc, Mutex};
use std::time::Duration;

use atlas_export_buckets::error::{ApiError, ErrorCode};
use atlas_export_buckets::operation::NoBody;
use atlas_export_buckets::retry::RetryEvent;
use atlas_export_buckets::{v1, v2, Client, Credentials, Error, PageRequest, RetryPolicy};
use futures_util::StreamExt;
use serde_json::{json, Value};
use wiremock::matchers::{
    body_json, header, header_exists, method, path, query_param, query_param_is_missing,
};
use wiremock::{Mock, MockServer, Request, ResponseTemplate};

const GROUP: &str = "32b6e34b3d91647abb20e7b8";
const BUCKET: &str = "5f4d3c2b1a0f9e8d7c6b5a49";
const ROLE: &str = "668c5f0ed436263134491592";
const V2023: &str = "application/vnd.atlas.2023-01-01+json";
const V2024: &str = "application/vnd.atlas.2024-05-30+json";
const LIST: &str = "/api/atlas/v2/groups/32b6e34b3d91647abb20e7b8/backup/exportBuckets";
const ITEM: &str =
    "/api/atlas/v2/groups/32b6e34b3d91647abb20e7b8/backup/exportBuckets/5f4d3c2b1a0f9e8d7c6b5a49";
const LIST_V1: &str = "/api/atlas/v1.0/groups/32b6e34b3d91647abb20e7b8/backup/exportBuckets";
const ITEM_V1: &str =
    "/api/atlas/v1.0/groups/32b6e34b3d91647abb20e7b8/backup/exportBuckets/5f4d3c2b1a0f9e8d7c6b5a49";

fn aws() -> Value {
    json!({"_id": BUCKET, "bucketName": "export-bucket", "cloudProvider": "AWS", "iamRoleId": ROLE,
           "links": [{"href": "https://cloud.mongodb.com/api/atlas", "rel": "self"}], "region": "us-east-1", "requirePrivateNetworking": false})
}
fn azure() -> Value {
    json!({"_id": BUCKET, "bucketName": "examplecontainer", "cloudProvider": "AZURE", "roleId": ROLE,
           "serviceUrl": "https://examplestorageaccount.blob.core.windows.net/examplecontainer",
           "tenantId": "4297fc77-1592-4de8-a6d5-a8c32401df87"})
}
fn gcp() -> Value {
    json!({"_id": BUCKET, "bucketName": "export-bucket", "cloudProvider": "GCP", "roleId": ROLE})
}

fn ok(media: &str, body: Value) -> ResponseTemplate {
    ResponseTemplate::new(200)
        .insert_header("content-type", media)
        .insert_header("RateLimit-Limit", "100")
        .insert_header("RateLimit-Remaining", "99")
        .set_body_json(body)
}

fn api_error(status: u16, code: &str) -> ResponseTemplate {
    ResponseTemplate::new(status).insert_header("content-type", "application/json").set_body_json(
        json!({"error": status, "errorCode": code, "detail": format!("detail of {code}"), "reason": "Reason"}),
    )
}

fn client(server: &MockServer) -> Client {
    Client::builder()
        .base_url(server.uri())
        .credentials(Credentials::digest("pub", "private-key-do-not-log"))
        .retry_policy(
            RetryPolicy::new()
                .with_base_delay(Duration::from_millis(5))
                .with_max_delay(Duration::from_secs(2)),
        )
        .build()
        .unwrap()
}

/// A plain client without credentials, for request-shape tests.
fn anon(server: &MockServer) -> Client {
    Client::builder()
        .base_url(server.uri())
        .retry_policy(RetryPolicy::new().with_base_delay(Duration::from_millis(5)))
        .build()
        .unwrap()
}

/// The runtime's `User-Agent`, then this crate's, whose operations are called.
fn ua() -> String {
    format!(
        "{} atlas-export-buckets/{}",
        atlas_export_buckets::client::USER_AGENT,
        env!("CARGO_PKG_VERSION")
    )
}

async fn requests(server: &MockServer) -> Vec<Request> {
    server.received_requests().await.unwrap_or_default()
}

// ---- request shapes -------------------------------------------------------------------------

#[tokio::test]
async fn v2_latest_operations_send_exactly_what_the_spec_says() {
    let server = MockServer::start().await;
    for (provider, request, response) in [
        (
            "AWS",
            json!({"cloudProvider": "AWS", "bucketName": "export-bucket", "iamRoleId": ROLE, "requirePrivateNetworking": true}),
            aws(),
        ),
        (
            "AZURE",
            json!({"cloudProvider": "AZURE", "roleId": ROLE, "serviceUrl": "https://examplestorageaccount.blob.core.windows.net/examplecontainer"}),
            azure(),
        ),
        (
            "GCP",
            json!({"cloudProvider": "GCP", "bucketName": "export-bucket", "roleId": ROLE}),
            gcp(),
        ),
    ] {
        Mock::given(method("POST"))
            .and(path(LIST))
            .and(header("accept", V2024))
            .and(header("content-type", V2024))
            .and(header("user-agent", ua().as_str()))
            .and(query_param_is_missing("envelope"))
            .and(body_json(&request))
            .respond_with(ok(V2024, response))
            .expect(1)
            .named(provider)
            .mount(&server)
            .await;
    }
    Mock::given(method("GET"))
        .and(path(LIST))
        .and(header("accept", V2024))
        .and(query_param("itemsPerPage", "10"))
        .and(query_param("pageNum", "2"))
        .and(query_param_is_missing("includeCount"))
        .and(query_param_is_missing("envelope"))
        .respond_with(ok(
            V2024,
            json!({"results": [aws(), azure(), gcp()], "totalCount": 13}),
        ))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path(ITEM))
        .and(header("accept", V2024))
        .respond_with(ok(V2024, gcp()))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("PATCH"))
        .and(path(ITEM))
        .and(header("accept", V2024))
        .and(header("content-type", V2024))
        .and(body_json(json!({"requirePrivateNetworking": true})))
        .respond_with(ok(V2024, azure()))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("DELETE"))
        .and(path(ITEM))
        .and(header("accept", V2023))
        .respond_with(ResponseTemplate::new(204))
        .expect(1)
        .mount(&server)
        .await;

    let b = anon(&server).export_buckets();
    let created = b
        .create(
            GROUP,
            v2::DiskBackupSnapshotAwsExportBucketRequest::new("export-bucket", ROLE)
                .with_require_private_networking(true)
                .into(),
        )
        .await
        .unwrap();
    assert!(matches!(
        created.body,
        v2::DiskBackupSnapshotExportBucketResponse::Aws(_)
    ));
    assert_eq!(
        (
            created.meta.status,
            created.meta.rate_limit_limit,
            created.meta.rate_limit_remaining
        ),
        (200, Some(100), Some(99))
    );
    assert_eq!(created.meta.version, Some("2024-05-30"));
    let created = b
        .create(
            GROUP,
            v2::DiskBackupSnapshotAzureExportBucketRequest::new(
                ROLE,
                "https://examplestorageaccount.blob.core.windows.net/examplecontainer",
            )
            .into(),
        )
        .await
        .unwrap();
    assert!(matches!(
        created.body,
        v2::DiskBackupSnapshotExportBucketResponse::Azure(_)
    ));
    let created = b
        .create(
            GROUP,
            v2::DiskBackupSnapshotGcpExportBucketRequest::new("export-bucket", ROLE).into(),
        )
        .await
        .unwrap();
    assert!(matches!(
        created.body,
        v2::DiskBackupSnapshotExportBucketResponse::Gcp(_)
    ));

    let page = b
        .list(GROUP, PageRequest::new().page_num(2).items_per_page(10))
        .await
        .unwrap();
    assert_eq!(page.body.results.len(), 3);
    assert_eq!(page.body.total_count, Some(13));
    assert_eq!(
        b.get(GROUP, BUCKET).await.unwrap().body.cloud_provider(),
        "GCP"
    );
    // PATCH on an Azure bucket decodes: the spec/overrides.yaml correction, on the wire.
    assert!(matches!(
        b.update(GROUP, BUCKET, true).await.unwrap().body,
        v2::DiskBackupSnapshotExportBucketResponse::Azure(_)
    ));
    let deleted = b.delete(GROUP, BUCKET).await.unwrap();
    assert_eq!(deleted.meta.status, 204);
}

#[tokio::test]
async fn patch_on_a_gcp_bucket_decodes() {
    let server = MockServer::start().await;
    Mock::given(method("PATCH"))
        .and(path(ITEM))
        .respond_with(ok(V2024, gcp()))
        .mount(&server)
        .await;
    let r = anon(&server)
        .export_buckets()
        .update(GROUP, BUCKET, false)
        .await
        .unwrap();
    assert!(matches!(
        r.body,
        v2::DiskBackupSnapshotExportBucketResponse::Gcp(_)
    ));
}

#[tokio::test]
async fn version_2023_01_01_is_aws_only_and_sends_its_own_media_type() {
    let server = MockServer::start().await;
    let request = json!({"cloudProvider": "AWS", "bucketName": "export-bucket", "iamRoleId": ROLE});
    Mock::given(method("POST"))
        .and(path(LIST))
        .and(header("accept", V2023))
        .and(header("content-type", V2023))
        .and(body_json(&request))
        .respond_with(ok(V2023, aws()).insert_header("Sunset", "Thu, 01 Jul 2027 00:00:00 GMT"))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path(LIST))
        .and(header("accept", V2023))
        .and(query_param("includeCount", "false"))
        .respond_with(ok(V2023, json!({"results": [aws()]})))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path(ITEM))
        .and(header("accept", V2023))
        .respond_with(ok(V2023, aws()))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("DELETE"))
        .and(path(ITEM))
        .and(header("accept", V2023))
        .respond_with(ResponseTemplate::new(204))
        .expect(1)
        .mount(&server)
        .await;

    let old = anon(&server).export_buckets().at_2023_01_01();
    let created = old
        .create(
            GROUP,
            v2::DiskBackupSnapshotAwsExportBucketRequest::new("export-bucket", ROLE),
        )
        .await
        .unwrap();
    assert_eq!(created.body.iam_role_id, ROLE);
    assert_eq!(created.meta.version_sunset, Some("2027-07-01"));
    assert_eq!(
        created.meta.sunset.as_deref(),
        Some("Thu, 01 Jul 2027 00:00:00 GMT")
    );
    let page = old
        .list(GROUP, PageRequest::new().include_count(false))
        .await
        .unwrap();
    assert_eq!(page.body.total_count, None);
    assert_eq!(
        old.get(GROUP, BUCKET).await.unwrap().body.region.as_deref(),
        Some("us-east-1")
    );
    assert_eq!(old.delete(GROUP, BUCKET).await.unwrap().meta.status, 204);
}

#[tokio::test]
async fn v1_operations_use_plain_json() {
    let server = MockServer::start().await;
    let request = json!({"cloudProvider": "AWS", "bucketName": "export-bucket", "iamRoleId": ROLE});
    Mock::given(method("POST"))
        .and(path(LIST_V1))
        .and(header("accept", "application/json"))
        .and(header("content-type", "application/json"))
        .and(body_json(&request))
        .respond_with(ok("application/json", aws()))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path(LIST_V1))
        .and(header("accept", "application/json"))
        .respond_with(ok(
            "application/json",
            json!({"results": [aws()], "totalCount": 1}),
        ))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path(ITEM_V1))
        .respond_with(ok("application/json", aws()))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("DELETE"))
        .and(path(ITEM_V1))
        .and(header("accept", "application/json"))
        .respond_with(ResponseTemplate::new(204))
        .expect(1)
        .mount(&server)
        .await;
    let v1c = anon(&server).export_buckets_v1();
    let body = v1::DiskBackupSnapshotAwsExportBucketRequest::new(
        "export-bucket",
        v1::DiskBackupSnapshotAwsExportBucketRequestCloudProvider::Aws,
        ROLE,
    );
    assert_eq!(v1c.create(GROUP, body).await.unwrap().body.id, BUCKET);
    assert_eq!(
        v1c.list(GROUP, PageRequest::new())
            .await
            .unwrap()
            .body
            .results
            .len(),
        1
    );
    assert_eq!(
        v1c.get(GROUP, BUCKET).await.unwrap().body.bucket_name,
        "export-bucket"
    );
    assert_eq!(v1c.delete(GROUP, BUCKET).await.unwrap().meta.status, 204);
}

#[tokio::test]
async fn an_invalid_request_is_refused_before_anything_is_sent() {
    let server = MockServer::start().await;
    let b = anon(&server).export_buckets();
    let err = b
        .create(
            "not-a-group",
            v2::DiskBackupSnapshotAwsExportBucketRequest::new("ab", "nope").into(),
        )
        .await
        .unwrap_err();
    let Error::Validation(v) = &err else {
        panic!("{err:?}")
    };
    let paths: Vec<&str> = v.violations.iter().map(|v| v.path.as_str()).collect();
    assert_eq!(paths, vec!["groupId", "/bucketName", "/iamRoleId"]);
    assert!(err.is_validation());
    let err = b
        .list(GROUP, PageRequest::new().items_per_page(501))
        .await
        .unwrap_err();
    assert!(err.to_string().contains("itemsPerPage"), "{err}");
    assert!(requests(&server).await.is_empty(), "nothing may be sent");
}

// ---- errors ---------------------------------------------------------------------------------

#[tokio::test]
async fn error_statuses_become_typed_errors() {
    let server = MockServer::start().await;
    Mock::given(method("POST")).and(path(LIST)).respond_with(
        ResponseTemplate::new(400).set_body_json(json!({
            "error": 400, "errorCode": "VALIDATION_ERROR", "detail": "Invalid bucket.", "reason": "Bad Request",
            "badRequestDetail": {"fields": [{"field": "bucketName", "description": "must exist in S3"}]},
            "parameters": ["x", 1]
        })),
    ).mount(&server).await;
    Mock::given(method("GET"))
        .and(path(ITEM))
        .respond_with(api_error(404, "RESOURCE_NOT_FOUND"))
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path(LIST))
        .respond_with(
            ResponseTemplate::new(502)
                .insert_header("content-type", "text/html")
                .set_body_string(format!("<html>{}</html>", "x".repeat(2000))),
        )
        .mount(&server)
        .await;
    let c = Client::builder()
        .base_url(server.uri())
        .retry_policy(RetryPolicy::none())
        .build()
        .unwrap();
    let b = c.export_buckets();

    let err = b
        .create(
            GROUP,
            v2::DiskBackupSnapshotGcpExportBucketRequest::new("export-bucket", ROLE).into(),
        )
        .await
        .unwrap_err();
    assert_eq!(err.error_code(), Some(&v2::ErrorCode::ValidationError));
    assert!(err.is_validation());
    let Error::Api { status, error, .. } = &err else {
        panic!("{err:?}")
    };
    assert_eq!(*status, 400);
    assert_eq!(
        error
            .bad_request_detail
            .as_ref()
            .unwrap()
            .fields
            .as_ref()
            .unwrap()[0]
            .field,
        "bucketName"
    );
    assert!(
        err.to_string().contains("bucketName: must exist in S3"),
        "{err}"
    );

    let err = b.get(GROUP, BUCKET).await.unwrap_err();
    assert!(err.is_not_found());
    assert_eq!(err.error_code(), Some(&v2::ErrorCode::ResourceNotFound));

    let err = b.list(GROUP, PageRequest::new()).await.unwrap_err();
    let Error::Http {
        status, excerpt, ..
    } = &err
    else {
        panic!("{err:?}")
    };
    assert_eq!(*status, 502);
    assert!(
        excerpt.starts_with("<html>") && excerpt.len() < 600,
        "bounded excerpt: {} bytes",
        excerpt.len()
    );
}

#[tokio::test]
async fn an_error_body_is_kept_as_the_operation_declares_it() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path(ITEM))
        .respond_with(api_error(404, "RESOURCE_NOT_FOUND"))
        .mount(&server)
        .await;
    let c = anon(&server);
    let err = c.export_buckets().get(GROUP, BUCKET).await.unwrap_err();
    let open = err.api_error().unwrap();
    assert_eq!(open.error, 404);
    assert_eq!(open.error_code, "RESOURCE_NOT_FOUND");
    assert_eq!(err.error_code_str(), Some("RESOURCE_NOT_FOUND"));
    assert_eq!(open.reason.as_deref(), Some("Reason"));
    let typed = open.body::<v2::ApiError>().unwrap();
    assert_eq!(typed.error_code, v2::ErrorCode::ResourceNotFound);
    assert_eq!(
        typed.detail.as_deref(),
        Some("detail of RESOURCE_NOT_FOUND")
    );
    assert!(open.body::<v1::ApiError>().is_none());
    assert_eq!(
        err.error_code::<v2::ErrorCode>(),
        Some(&v2::ErrorCode::ResourceNotFound)
    );
    // The open code serves any operation.
    assert_eq!(
        err.error_code::<ErrorCode>(),
        Some(&ErrorCode::RESOURCE_NOT_FOUND)
    );
    assert_eq!(err.error_code::<v1::ErrorCode>(), None);
}

#[tokio::test]
async fn a_v1_error_decodes_as_the_v1_error_body() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path(ITEM_V1))
        .respond_with(api_error(400, "VALIDATION_ERROR"))
        .mount(&server)
        .await;
    let err = anon(&server)
        .export_buckets_v1()
        .get(GROUP, BUCKET)
        .await
        .unwrap_err();
    assert!(err.is_validation(), "{err:?}");
    let open = err.api_error().unwrap();
    assert!(open.body::<v1::ApiError>().is_some(), "{open:?}");
    assert!(open.body::<v2::ApiError>().is_none(), "{open:?}");
    assert_eq!(
        err.error_code::<v1::ErrorCode>(),
        Some(&v1::ErrorCode::ValidationError)
    );
    assert_eq!(err.error_code::<v2::ErrorCode>(), None);
    assert_eq!(err.error_code_str(), Some("VALIDATION_ERROR"));
}

#[tokio::test]
async fn an_unknown_error_code_is_kept_open_and_typed_as_unknown() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path(ITEM))
        .respond_with(api_error(409, "EXPORT_BUCKET_IN_USE"))
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path(ITEM_V1))
        .respond_with(api_error(429, "RATE_LIMITED"))
        .mount(&server)
        .await;
    let c = Client::builder()
        .base_url(server.uri())
        .retry_policy(RetryPolicy::none())
        .build()
        .unwrap();
    let err = c.export_buckets().get(GROUP, BUCKET).await.unwrap_err();
    let Error::Api { status, error, .. } = &err else {
        panic!("{err:?}")
    };
    assert_eq!(*status, 409);
    assert_eq!(error.error_code.as_str(), "EXPORT_BUCKET_IN_USE");
    assert_eq!(error.error_code.to_string(), "EXPORT_BUCKET_IN_USE");
    assert_eq!(
        err.error_code::<v2::ErrorCode>(),
        Some(&v2::ErrorCode::Unknown("EXPORT_BUCKET_IN_USE".to_owned()))
    );
    assert!(!err.is_not_found() && !err.is_validation());
    assert!(
        err.to_string().contains("409 EXPORT_BUCKET_IN_USE"),
        "{err}"
    );

    // A code v2 knows and v1 does not: each operation's own type says so.
    let err = c.export_buckets_v1().get(GROUP, BUCKET).await.unwrap_err();
    assert_eq!(
        err.error_code::<v1::ErrorCode>(),
        Some(&v1::ErrorCode::Unknown("RATE_LIMITED".to_owned()))
    );
    assert_eq!(err.error_code_str(), Some("RATE_LIMITED"));
}

#[test]
fn the_open_error_body_reads_any_atlas_error() {
    let body = json!({
        "error": 418, "errorCode": "SOMETHING_NEW", "detail": "d",
        "badRequestDetail": {"fields": [{"field": "f", "description": "why"}]}
    });
    let open: ApiError = serde_json::from_value(body.clone()).unwrap();
    assert_eq!(open.error, 418);
    assert_eq!(open.error_code, "SOMETHING_NEW");
    assert!(open.body::<v2::ApiError>().is_none());
    let fields = open
        .bad_request_detail
        .as_ref()
        .unwrap()
        .fields
        .as_ref()
        .unwrap();
    assert_eq!(
        (fields[0].field.as_str(), fields[0].description.as_str()),
        ("f", "why")
    );
    assert_eq!(serde_json::to_value(&open).unwrap(), body);

    // The open body of a generated one carries its fields and keeps it.
    let typed = v2::ApiError::new(400, v2::ErrorCode::ValidationError)
        .with_detail("bad")
        .with_bad_request_detail(
            v2::BadRequestDetail::new().with_fields(vec![v2::FieldViolation::new("why", "f")]),
        );
    let open = ApiError::from_body(typed.clone());
    assert_eq!(open.error_code, ErrorCode::VALIDATION_ERROR);
    assert_eq!(open.detail.as_deref(), Some("bad"));
    assert_eq!(
        open.bad_request_detail
            .as_ref()
            .unwrap()
            .fields
            .as_ref()
            .unwrap()[0]
            .field,
        "f"
    );
    assert_eq!(open.body::<v2::ApiError>(), Some(&typed));
    assert_eq!(
        open.typed_error_code::<v2::ErrorCode>(),
        Some(&v2::ErrorCode::ValidationError)
    );
}

#[tokio::test]
async fn empty_error_bodies_undeclared_statuses_and_bad_success_bodies_are_typed() {
    let server = MockServer::start().await;
    Mock::given(method("DELETE"))
        .and(path(ITEM))
        .respond_with(ResponseTemplate::new(500))
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path(ITEM))
        .respond_with(ResponseTemplate::new(302).insert_header("location", "/elsewhere"))
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path(LIST))
        .respond_with(ok(
            V2024,
            json!({"results": [aws(), {"cloudProvider": "AWS", "_id": BUCKET, "bucketName": "b"}]}),
        ))
        .mount(&server)
        .await;
    let c = Client::builder()
        .base_url(server.uri())
        .retry_policy(RetryPolicy::none())
        .build()
        .unwrap();
    let b = c.export_buckets();
    let err = b.delete(GROUP, BUCKET).await.unwrap_err();
    assert!(
        matches!(&err, Error::Http { status: 500, excerpt, .. } if excerpt.is_empty()),
        "{err:?}"
    );
    let err = b.get(GROUP, BUCKET).await.unwrap_err();
    assert!(
        matches!(err, Error::UndeclaredStatus { status: 302, .. }),
        "{err:?}"
    );
    let err = b.list(GROUP, PageRequest::new()).await.unwrap_err();
    let Error::Decode { path, message, .. } = &err else {
        panic!("{err:?}")
    };
    assert_eq!(path, "results[1]");
    assert!(message.contains("iamRoleId"), "{message}");
}

#[tokio::test]
async fn a_success_status_the_operation_does_not_declare_is_read_as_the_declared_success() {
    let server = MockServer::start().await;
    // GET declares 200 only. Atlas answers some operations with another 2xx (createGroup: 201):
    // the body reads with the success type, and the status stays what was sent.
    Mock::given(method("GET"))
        .and(path(ITEM))
        .respond_with(
            ResponseTemplate::new(201)
                .insert_header("content-type", V2024)
                .set_body_json(aws()),
        )
        .up_to_n_times(1)
        .mount(&server)
        .await;
    // Only a body that does not decode is an error: a 204 has none.
    Mock::given(method("GET"))
        .and(path(ITEM))
        .respond_with(ResponseTemplate::new(204))
        .mount(&server)
        .await;
    let b = anon(&server).export_buckets();
    let read = b.get(GROUP, BUCKET).await.unwrap();
    assert_eq!((read.meta.status, read.meta.read_as), (201, Some(200)));
    assert!(matches!(
        &read.body,
        v2::DiskBackupSnapshotExportBucketResponse::Aws(_)
    ));
    let err = b.get(GROUP, BUCKET).await.unwrap_err();
    assert!(matches!(&err, Error::Decode { status: 204, .. }), "{err:?}");
    assert_eq!(requests(&server).await.len(), 2, "not retried");
}

// ---- retries --------------------------------------------------------------------------------

fn recorder() -> (
    Arc<Mutex<Vec<RetryEvent>>>,
    impl Fn(&RetryEvent) + Send + Sync + 'static,
) {
    let events = Arc::new(Mutex::new(Vec::new()));
    let sink = events.clone();
    (events, move |e: &RetryEvent| {
        sink.lock().unwrap().push(e.clone())
    })
}

#[tokio::test]
async fn idempotent_calls_retry_on_429_502_503_504_and_honour_retry_after() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path(ITEM))
        .respond_with(ResponseTemplate::new(503))
        .up_to_n_times(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path(ITEM))
        .respond_with(api_error(429, "RATE_LIMITED").insert_header("Retry-After", "1"))
        .up_to_n_times(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path(ITEM))
        .respond_with(ok(V2024, aws()))
        .mount(&server)
        .await;
    let (events, hook) = recorder();
    let c = Client::builder()
        .base_url(server.uri())
        .retry_policy(RetryPolicy::new().with_base_delay(Duration::from_millis(10)))
        .on_retry(hook)
        .build()
        .unwrap();
    let started = std::time::Instant::now();
    let r = c.export_buckets().get(GROUP, BUCKET).await.unwrap();
    assert_eq!(r.meta.attempts, 3);
    let events = events.lock().unwrap().clone();
    assert_eq!(
        events.iter().map(|e| e.status).collect::<Vec<_>>(),
        vec![Some(503), Some(429)]
    );
    assert_eq!(
        events[1].delay,
        Duration::from_secs(1),
        "Retry-After: 1 is honoured"
    );
    assert!(started.elapsed() >= Duration::from_secs(1));

    // Bounded: three 504s in a row give the final 504, classified once.
    let server = MockServer::start().await;
    Mock::given(method("DELETE"))
        .and(path(ITEM))
        .respond_with(ResponseTemplate::new(504))
        .mount(&server)
        .await;
    let err = anon(&server)
        .export_buckets()
        .delete(GROUP, BUCKET)
        .await
        .unwrap_err();
    assert!(matches!(err, Error::Http { status: 504, .. }), "{err:?}");
    assert_eq!(requests(&server).await.len(), 3);
}

#[tokio::test]
async fn retry_after_is_capped_and_accepts_an_http_date() {
    let server = MockServer::start().await;
    let date = httpdate::fmt_http_date(std::time::SystemTime::now() + Duration::from_secs(3600));
    Mock::given(method("PATCH"))
        .and(path(ITEM))
        .respond_with(ResponseTemplate::new(503).insert_header("Retry-After", date.as_str()))
        .up_to_n_times(1)
        .mount(&server)
        .await;
    Mock::given(method("PATCH"))
        .and(path(ITEM))
        .respond_with(ok(V2024, aws()))
        .mount(&server)
        .await;
    let (events, hook) = recorder();
    let c = Client::builder()
        .base_url(server.uri())
        .retry_policy(RetryPolicy::new().with_max_delay(Duration::from_millis(200)))
        .on_retry(hook)
        .build()
        .unwrap();
    c.export_buckets()
        .update(GROUP, BUCKET, true)
        .await
        .unwrap();
    assert_eq!(
        events.lock().unwrap()[0].delay,
        Duration::from_millis(200),
        "an hour away is capped"
    );
}

#[tokio::test]
async fn create_is_retried_only_when_it_provably_was_not_processed() {
    // 503 on POST: the server may have created the bucket, so no retry.
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path(LIST))
        .respond_with(ResponseTemplate::new(503))
        .mount(&server)
        .await;
    let body: v2::DiskBackupSnapshotExportBucketRequest =
        v2::DiskBackupSnapshotGcpExportBucketRequest::new("export-bucket", ROLE).into();
    let err = anon(&server)
        .export_buckets()
        .create(GROUP, body.clone())
        .await
        .unwrap_err();
    assert_eq!(err.status(), Some(503));
    assert_eq!(requests(&server).await.len(), 1);

    // 429 on POST: rejected before processing, so retried.
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path(LIST))
        .respond_with(api_error(429, "RATE_LIMITED"))
        .up_to_n_times(1)
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path(LIST))
        .respond_with(ok(V2024, gcp()))
        .mount(&server)
        .await;
    let r = anon(&server)
        .export_buckets()
        .create(GROUP, body.clone())
        .await
        .unwrap();
    assert_eq!(r.meta.attempts, 2);

    // Connection refused: nothing was sent, so retried, then classified as a connect error.
    let port = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap().port()
    };
    let (events, hook) = recorder();
    let c = Client::builder()
        .base_url(format!("http://127.0.0.1:{port}"))
        .retry_policy(RetryPolicy::new().with_base_delay(Duration::from_millis(5)))
        .on_retry(hook)
        .build()
        .unwrap();
    let err = c.export_buckets().create(GROUP, body).await.unwrap_err();
    assert!(matches!(err, Error::Connect { attempts: 3, .. }), "{err:?}");
    assert_eq!(events.lock().unwrap().len(), 2);
}

#[tokio::test]
async fn v1_gets_retried_on_429_although_v1_declares_none() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path(ITEM_V1))
        .respond_with(api_error(429, "RATE_LIMITED"))
        .up_to_n_times(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path(ITEM_V1))
        .respond_with(ok("application/json", aws()))
        .mount(&server)
        .await;
    let r = anon(&server)
        .export_buckets_v1()
        .get(GROUP, BUCKET)
        .await
        .unwrap();
    assert_eq!(r.meta.attempts, 2);
}

#[tokio::test]
async fn a_timeout_is_typed() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path(ITEM))
        .respond_with(ok(V2024, aws()).set_delay(Duration::from_secs(5)))
        .mount(&server)
        .await;
    let c = Client::builder()
        .base_url(server.uri())
        .request_timeout(Duration::from_millis(100))
        .retry_policy(
            RetryPolicy::new()
                .with_max_attempts(2)
                .with_base_delay(Duration::from_millis(5)),
        )
        .build()
        .unwrap();
    let err = c.export_buckets().get(GROUP, BUCKET).await.unwrap_err();
    assert!(matches!(err, Error::Timeout { attempts: 2, .. }), "{err:?}");
}

// ---- digest ---------------------------------------------------------------------------------

#[tokio::test]
async fn digest_answers_one_challenge_then_reuses_it_and_prefers_sha256() {
    let server = MockServer::start().await;
    Mock::given(header_exists("authorization"))
        .respond_with(ok(V2024, aws()))
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .respond_with(
            ResponseTemplate::new(401)
                .append_header("WWW-Authenticate", r#"Digest realm="MMS Public API", domain="", nonce="n1", algorithm=MD5, qop="auth", stale=false"#)
                .append_header("WWW-Authenticate", r#"Digest realm="MMS Public API", domain="", nonce="n1", algorithm=SHA-256, qop="auth", stale=false"#),
        )
        .mount(&server)
        .await;
    let c = client(&server);
    for _ in 0..3 {
        c.export_buckets().get(GROUP, BUCKET).await.unwrap();
    }
    let reqs = requests(&server).await;
    assert_eq!(reqs.len(), 4, "a warm client makes one round trip per call");
    let auths: Vec<String> = reqs
        .iter()
        .filter_map(|r| {
            r.headers
                .get("authorization")
                .map(|v| v.to_str().unwrap().to_owned())
        })
        .collect();
    assert_eq!(auths.len(), 3);
    for (i, a) in auths.iter().enumerate() {
        assert!(a.contains("algorithm=SHA-256"), "{a}");
        assert!(
            a.contains(&format!("nc={:08x}", i + 1)),
            "nonce count {}: {a}",
            i + 1
        );
        assert!(!a.contains("private-key-do-not-log"));
    }
    assert_eq!(c.digest_algorithm().as_deref(), Some("SHA-256"));
}

/// A digest server that accepts only its current nonce. `rotate_once`: the nonce changes after
/// the first accepted request, and the change is announced with `stale=false` (as when a server
/// expires nonces without saying so). `accept`: whether a right answer is accepted at all (false:
/// a wrong key). Every 401 carries a new nonce.
struct RotatingDigest {
    /// The current nonce's number, and whether it was rotated already.
    state: Mutex<(u32, bool)>,
    rotate_once: bool,
    accept: bool,
}

impl RotatingDigest {
    fn challenge(n: u32) -> ResponseTemplate {
        ResponseTemplate::new(401).append_header(
            "WWW-Authenticate",
            format!(
                r#"Digest realm="MMS Public API", domain="", nonce="n{n}", algorithm=MD5, qop="auth", stale=false"#
            ),
        )
    }
}

impl wiremock::Respond for RotatingDigest {
    fn respond(&self, req: &Request) -> ResponseTemplate {
        let mut state = self.state.lock().unwrap();
        let (current, rotated) = &mut *state;
        let answered = answered_nonce(req);
        if self.accept && answered.as_deref() == Some(format!("n{current}").as_str()) {
            if self.rotate_once && !*rotated {
                *rotated = true;
                *current += 1;
            }
            return ok(V2024, aws());
        }
        // Refused: a new nonce each time.
        *current += 1;
        Self::challenge(*current)
    }
}

/// The nonce a request's digest `Authorization` answers, if it has one.
fn answered_nonce(req: &Request) -> Option<String> {
    let a = req.headers.get("authorization")?.to_str().ok()?;
    Some(a.split("nonce=\"").nth(1)?.split('"').next()?.to_owned())
}

fn answered_nonces(reqs: &[Request]) -> Vec<Option<String>> {
    reqs.iter().map(answered_nonce).collect()
}

#[tokio::test]
async fn digest_answers_a_rotated_nonce_once_with_the_body_intact() {
    let server = MockServer::start().await;
    Mock::given(wiremock::matchers::any())
        .respond_with(RotatingDigest {
            state: Mutex::new((1, false)),
            rotate_once: true,
            accept: true,
        })
        .mount(&server)
        .await;
    let c = client(&server);
    let b = c.export_buckets();
    b.get(GROUP, BUCKET).await.unwrap();
    // The server has moved on to a new nonce without `stale=true`: the warm client's answer is
    // refused, and it answers the new challenge once, with the same body.
    let body = v2::DiskBackupSnapshotAwsExportBucketRequest::new("export-bucket", ROLE);
    b.create(GROUP, body.clone().into()).await.unwrap();
    b.get(GROUP, BUCKET).await.unwrap();
    let reqs = requests(&server).await;
    let nonces = answered_nonces(&reqs);
    let n = |s: &str| Some(s.to_owned());
    assert_eq!(
        nonces,
        vec![None, n("n2"), n("n2"), n("n4"), n("n4")],
        "2 requests for the first call, 2 for the rotated nonce, then 1"
    );
    let statuses: Vec<_> = reqs.iter().map(|r| r.method.as_str().to_owned()).collect();
    assert_eq!(statuses, ["GET", "GET", "POST", "POST", "GET"]);
    let sent = serde_json::to_value(&body).unwrap();
    for r in &reqs[2..4] {
        assert_eq!(serde_json::from_slice::<Value>(&r.body).unwrap(), sent);
    }
}

#[tokio::test]
async fn a_wrong_digest_key_costs_two_requests_per_call_and_never_loops() {
    let server = MockServer::start().await;
    Mock::given(wiremock::matchers::any())
        .respond_with(RotatingDigest {
            state: Mutex::new((1, false)),
            rotate_once: false,
            accept: false,
        })
        .mount(&server)
        .await;
    let c = client(&server);
    for call in 1..=3 {
        let err = c.export_buckets().get(GROUP, BUCKET).await.unwrap_err();
        assert_eq!(err.status(), Some(401), "{err:?}");
        assert_eq!(requests(&server).await.len(), 2 * call);
    }
    // Each call answers the newest nonce it has seen: never a dead one twice.
    let nonces = answered_nonces(&requests(&server).await);
    let n = |s: &str| Some(s.to_owned());
    assert_eq!(
        nonces,
        vec![None, n("n2"), n("n3"), n("n4"), n("n5"), n("n6")]
    );
}

// ---- service accounts -----------------------------------------------------------------------

async fn token_server(expires_in: u64) -> MockServer {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/api/oauth/token"))
        .and(header("authorization", "Basic Y2xpZW50LWlkOmNsaWVudC1zZWNyZXQtZG8tbm90LWxvZw=="))
        .and(header("content-type", "application/x-www-form-urlencoded"))
        .and(wiremock::matchers::body_string("grant_type=client_credentials"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"access_token": "token-do-not-log", "expires_in": expires_in, "token_type": "Bearer"})))
        .mount(&server)
        .await;
    server
}

fn sa_client(server: &MockServer) -> Client {
    Client::builder()
        .base_url(server.uri())
        .credentials(Credentials::service_account(
            "client-id",
            "client-secret-do-not-log",
        ))
        .retry_policy(RetryPolicy::new().with_base_delay(Duration::from_millis(5)))
        .build()
        .unwrap()
}

fn token_requests(reqs: &[Request]) -> usize {
    reqs.iter()
        .filter(|r| r.url.path() == "/api/oauth/token")
        .count()
}

#[tokio::test]
async fn the_token_is_cached_and_fetched_once_for_fifty_concurrent_calls() {
    let server = token_server(3600).await;
    Mock::given(method("GET"))
        .and(path(ITEM))
        .and(header("authorization", "Bearer token-do-not-log"))
        .respond_with(ok(V2024, aws()).set_delay(Duration::from_millis(20)))
        .mount(&server)
        .await;
    let c = sa_client(&server);
    let calls = (0..50).map(|_| {
        let c = c.clone();
        tokio::spawn(async move { c.export_buckets().get(GROUP, BUCKET).await })
    });
    for r in futures_util::future::join_all(calls).await {
        r.unwrap().unwrap();
    }
    c.export_buckets().get(GROUP, BUCKET).await.unwrap();
    assert_eq!(token_requests(&requests(&server).await), 1);
    assert_eq!(c.tokens_fetched(), 1);
}

#[tokio::test]
async fn a_token_that_cannot_be_a_header_is_an_auth_error_and_nothing_is_sent() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/api/oauth/token"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(json!({"access_token": "tok\nen-do-not-log", "expires_in": 3600})),
        )
        .mount(&server)
        .await;
    let err = sa_client(&server)
        .export_buckets()
        .get(GROUP, BUCKET)
        .await
        .unwrap_err();
    assert!(matches!(err, Error::Auth { .. }), "{err:?}");
    assert!(!format!("{err} {err:?}").contains("en-do-not-log"));
    let reqs = requests(&server).await;
    assert_eq!(reqs.len(), 1, "only the token request");
}

#[tokio::test]
async fn a_refused_token_is_refreshed_once() {
    let server = token_server(3600).await;
    Mock::given(method("GET"))
        .and(path(ITEM))
        .respond_with(api_error(401, "UNAUTHORIZED"))
        .up_to_n_times(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path(ITEM))
        .respond_with(ok(V2024, aws()))
        .mount(&server)
        .await;
    let c = sa_client(&server);
    c.export_buckets().get(GROUP, BUCKET).await.unwrap();
    assert_eq!(token_requests(&requests(&server).await), 2);

    // A token that keeps being refused: one refresh, then the 401 is the answer.
    let server = token_server(3600).await;
    Mock::given(method("GET"))
        .and(path(ITEM))
        .respond_with(api_error(401, "UNAUTHORIZED"))
        .mount(&server)
        .await;
    let c = sa_client(&server);
    let err = c.export_buckets().get(GROUP, BUCKET).await.unwrap_err();
    assert_eq!(err.status(), Some(401));
    let reqs = requests(&server).await;
    assert_eq!((token_requests(&reqs), reqs.len()), (2, 4));
}

#[tokio::test]
async fn a_rate_limited_token_endpoint_is_honoured() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/api/oauth/token"))
        .respond_with(ResponseTemplate::new(429).insert_header("Retry-After", "1"))
        .up_to_n_times(1)
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path("/api/oauth/token"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(json!({"access_token": "t", "expires_in": 3600})),
        )
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path(ITEM))
        .respond_with(ok(V2024, aws()))
        .mount(&server)
        .await;
    let started = std::time::Instant::now();
    sa_client(&server)
        .export_buckets()
        .get(GROUP, BUCKET)
        .await
        .unwrap();
    assert!(
        started.elapsed() >= Duration::from_secs(1),
        "waited for Retry-After"
    );
    assert_eq!(token_requests(&requests(&server).await), 2);
}

#[tokio::test]
async fn a_token_endpoint_answering_502_is_tried_again() {
    let server = MockServer::start().await;
    for status in [502, 504] {
        Mock::given(method("POST"))
            .and(path("/api/oauth/token"))
            .respond_with(ResponseTemplate::new(status))
            .up_to_n_times(1)
            .expect(1)
            .mount(&server)
            .await;
    }
    Mock::given(method("POST"))
        .and(path("/api/oauth/token"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(json!({"access_token": "t", "expires_in": 3600})),
        )
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path(ITEM))
        .and(header("authorization", "Bearer t"))
        .respond_with(ok(V2024, aws()))
        .mount(&server)
        .await;
    let c = sa_client(&server);
    c.export_buckets().get(GROUP, BUCKET).await.unwrap();
    assert_eq!(token_requests(&requests(&server).await), 3);
    assert_eq!(c.tokens_fetched(), 3);
}

#[tokio::test]
async fn an_expiring_token_is_renewed_before_it_expires() {
    // expires_in 1 s minus the safety buffer: every call needs a new token.
    let server = token_server(1).await;
    Mock::given(method("GET"))
        .and(path(ITEM))
        .respond_with(ok(V2024, aws()))
        .mount(&server)
        .await;
    let c = sa_client(&server);
    c.export_buckets().get(GROUP, BUCKET).await.unwrap();
    tokio::time::sleep(Duration::from_millis(1100)).await;
    c.export_buckets().get(GROUP, BUCKET).await.unwrap();
    assert_eq!(token_requests(&requests(&server).await), 2);
}

// ---- pagination -----------------------------------------------------------------------------

/// A list endpoint over `total` buckets that, like Atlas, sends `totalCount` unless asked not to
/// (`includeCount=false`).
async fn paged_server(total: usize) -> MockServer {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path(LIST))
        .respond_with(move |req: &Request| {
            let q: std::collections::HashMap<String, String> = req.url.query_pairs().into_owned().collect();
            let page: usize = q["pageNum"].parse().unwrap();
            let per: usize = q["itemsPerPage"].parse().unwrap();
            let start = ((page - 1) * per).min(total);
            let end = (start + per).min(total);
            let results: Vec<Value> = (start..end)
                .map(|i| json!({"_id": format!("{i:024x}"), "bucketName": "b-x", "cloudProvider": "GCP", "roleId": ROLE}))
                .collect();
            let mut body = json!({"results": results});
            if q.get("includeCount").is_none_or(|v| v != "false") {
                body["totalCount"] = json!(total);
            }
            ok(V2024, body)
        })
        .mount(&server)
        .await;
    server
}

#[tokio::test]
async fn list_all_streams_every_bucket_with_the_fewest_requests() {
    let no_count = PageRequest::new().include_count(false);
    for (total, page, want_requests, want_query) in [
        (1234, None, 3, "itemsPerPage=500"),
        (1000, None, 2, "itemsPerPage=500"),
        (
            1000,
            Some(no_count),
            3,
            "itemsPerPage=500&includeCount=false",
        ),
        (
            1000,
            Some(PageRequest::new().items_per_page(300)),
            4,
            "itemsPerPage=300",
        ),
        (0, None, 1, "itemsPerPage=500"),
        (0, Some(no_count), 1, "itemsPerPage=500&includeCount=false"),
    ] {
        let server = paged_server(total).await;
        let b = anon(&server).export_buckets();
        let items: Vec<_> = match page {
            None => b.list_all(GROUP).collect().await,
            Some(p) => b.list_all_with(GROUP, p).collect().await,
        };
        assert_eq!(items.len(), total);
        assert!(items.iter().all(|i| i.is_ok()));
        let reqs = requests(&server).await;
        assert_eq!(reqs.len(), want_requests, "{total} buckets, {page:?}");
        for (i, r) in reqs.iter().enumerate() {
            let sent: std::collections::BTreeMap<String, String> =
                r.url.query_pairs().into_owned().collect();
            let want: std::collections::BTreeMap<String, String> =
                url::form_urlencoded::parse(format!("pageNum={}&{want_query}", i + 1).as_bytes())
                    .into_owned()
                    .collect();
            assert_eq!(sent, want, "{total} buckets, {page:?}");
        }
    }
}

#[tokio::test]
async fn a_failing_page_ends_the_stream_with_the_error() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path(LIST))
        .respond_with(api_error(403, "USER_UNAUTHORIZED"))
        .mount(&server)
        .await;
    let items: Vec<_> = anon(&server)
        .export_buckets()
        .list_all(GROUP)
        .collect()
        .await;
    assert_eq!(items.len(), 1);
    assert_eq!(items[0].as_ref().unwrap_err().status(), Some(403));
}

// ---- security and observability --------------------------------------------------------------

#[tokio::test(flavor = "current_thread")]
async fn no_secret_reaches_debug_output_errors_or_logs() {
    let capture = support::logs::Logs::capture(tracing::Level::TRACE);
    let mut seen = String::new();

    // Service account: token fetch, a refused token, an error.
    let server = token_server(3600).await;
    Mock::given(method("GET"))
        .and(path(ITEM))
        .respond_with(api_error(401, "UNAUTHORIZED"))
        .mount(&server)
        .await;
    let c = sa_client(&server);
    let err = c.export_buckets().get(GROUP, BUCKET).await.unwrap_err();
    seen.push_str(&format!("{err}\n{err:?}\n{c:?}\n"));

    // Digest: a challenge, an answer, an error.
    let server = MockServer::start().await;
    Mock::given(header_exists("authorization"))
        .respond_with(api_error(404, "RESOURCE_NOT_FOUND"))
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(401).insert_header(
            "WWW-Authenticate",
            r#"Digest realm="MMS Public API", nonce="abc", algorithm=MD5, qop="auth""#,
        ))
        .mount(&server)
        .await;
    let c = client(&server);
    let err = c.export_buckets().get(GROUP, BUCKET).await.unwrap_err();
    seen.push_str(&format!("{err}\n{err:?}\n{c:?}\n"));
    for creds in [
        Credentials::digest("pub", "private-key-do-not-log"),
        Credentials::service_account("client-id", "client-secret-do-not-log"),
    ] {
        seen.push_str(&format!("{creds:?}\n"));
    }
    let builder =
        Client::builder().credentials(Credentials::digest("pub", "private-key-do-not-log"));
    seen.push_str(&format!("{builder:?}\n"));

    let logs = capture.text();
    assert!(logs.contains("atlas.call"), "the span is logged");
    assert!(
        logs.contains("operation=\"getGroupBackupExportBucket\"")
            || logs.contains("operation=getGroupBackupExportBucket"),
        "{logs}"
    );
    seen.push_str(&logs);
    for secret in [
        "private-key-do-not-log",
        "client-secret-do-not-log",
        "token-do-not-log",
        "Y2xpZW50LWlkOmNsaWVudC1zZWNyZXQ",
        "Bearer ",
        "response=\"",
    ] {
        assert!(
            !seen.contains(secret),
            "{secret:?} leaked into output:\n{seen}"
        );
    }
}

#[tokio::test]
async fn plain_http_is_refused_unless_loopback_or_opted_in() {
    let err = Client::builder()
        .base_url("http://cloud.mongodb.com")
        .build()
        .unwrap_err();
    assert!(matches!(err, Error::Config { .. }), "{err:?}");
    assert!(err.to_string().contains("allow_insecure_http"), "{err}");
    Client::builder()
        .base_url("http://cloud.mongodb.com")
        .allow_insecure_http(true)
        .build()
        .unwrap();
    Client::builder()
        .base_url("http://127.0.0.1:9")
        .build()
        .unwrap();
    Client::builder()
        .base_url("http://[::1]:9")
        .build()
        .unwrap();
    Client::builder()
        .base_url("http://localhost:9")
        .build()
        .unwrap();
    assert!(Client::builder().base_url("ftp://x").build().is_err());
}

#[test]
fn credentials_from_env_follow_the_atlas_cli() {
    let vars = |pairs: &[(&str, &str)]| {
        let map: std::collections::HashMap<String, String> = pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        move |k: &str| map.get(k).cloned()
    };
    let both = Credentials::from_lookup(vars(&[
        ("MONGODB_ATLAS_PUBLIC_API_KEY", "p"),
        ("MONGODB_ATLAS_PRIVATE_API_KEY", "s"),
        ("MONGODB_ATLAS_CLIENT_ID", "id"),
        ("MONGODB_ATLAS_CLIENT_SECRET", "sec"),
    ]))
    .unwrap();
    assert_eq!(both.kind(), "service-account");
    let keys = Credentials::from_lookup(vars(&[
        ("MONGODB_ATLAS_PUBLIC_API_KEY", "p"),
        ("MONGODB_ATLAS_PRIVATE_API_KEY", "s"),
    ]))
    .unwrap();
    assert_eq!(keys.kind(), "digest");
    let half = Credentials::from_lookup(vars(&[("MONGODB_ATLAS_CLIENT_ID", "id")])).unwrap_err();
    assert!(
        half.to_string().contains("MONGODB_ATLAS_CLIENT_SECRET"),
        "{half}"
    );
    let half =
        Credentials::from_lookup(vars(&[("MONGODB_ATLAS_PRIVATE_API_KEY", "s")])).unwrap_err();
    assert!(
        half.to_string().contains("MONGODB_ATLAS_PUBLIC_API_KEY"),
        "{half}"
    );
    let none = Credentials::from_lookup(vars(&[])).unwrap_err();
    assert!(
        none.to_string().contains("MONGODB_ATLAS_ACCESS_TOKEN"),
        "{none}"
    );
    // An access token is used only when neither pair is set.
    let token = Credentials::from_lookup(vars(&[("MONGODB_ATLAS_ACCESS_TOKEN", "tok")])).unwrap();
    assert_eq!(token.kind(), "access-token");
    let keys_first = Credentials::from_lookup(vars(&[
        ("MONGODB_ATLAS_ACCESS_TOKEN", "tok"),
        ("MONGODB_ATLAS_PUBLIC_API_KEY", "p"),
        ("MONGODB_ATLAS_PRIVATE_API_KEY", "s"),
    ]))
    .unwrap();
    assert_eq!(keys_first.kind(), "digest");
}

#[tokio::test]
async fn an_access_token_from_the_environment_is_the_bearer_and_no_token_is_requested() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/api/oauth/token"))
        .respond_with(ResponseTemplate::new(500))
        .expect(0)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path(ITEM))
        .and(header("authorization", "Bearer from-atlas-auth-login"))
        .respond_with(ok(V2024, aws()))
        .expect(1)
        .mount(&server)
        .await;
    let credentials = Credentials::from_lookup(|name| {
        (name == "MONGODB_ATLAS_ACCESS_TOKEN").then(|| "from-atlas-auth-login".to_owned())
    })
    .unwrap();
    let c = Client::builder()
        .base_url(server.uri())
        .credentials(credentials)
        .build()
        .unwrap();
    c.export_buckets().get(GROUP, BUCKET).await.unwrap();
    assert_eq!(c.tokens_fetched(), 0);
}

#[tokio::test]
async fn a_version_past_its_sunset_or_a_deprecation_header_warns_once() {
    let capture = support::logs::Logs::capture(tracing::Level::INFO);
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path(ITEM))
        .respond_with(
            ok(V2024, aws())
                .insert_header("Deprecation", "true")
                .insert_header("Sunset", "Wed, 01 Jul 2026 00:00:00 GMT"),
        )
        .mount(&server)
        .await;
    let c = anon(&server);
    for _ in 0..3 {
        let r = c.export_buckets().get(GROUP, BUCKET).await.unwrap();
        assert_eq!(r.meta.deprecation.as_deref(), Some("true"));
    }
    let logs = capture.text();
    assert_eq!(
        logs.matches("deprecated or past its sunset").count(),
        1,
        "{logs}"
    );
}

#[tokio::test]
async fn the_generic_execute_reaches_any_operation_and_version() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path(LIST))
        .and(header("accept", V2023))
        .and(query_param("pretty", "true"))
        .respond_with(ok(V2023, json!({"results": []})))
        .expect(1)
        .mount(&server)
        .await;
    type List2023 = v2::operations::list_group_backup_export_buckets::V2023_01_01;
    let params =
        v2::operations::list_group_backup_export_buckets::Params::new(GROUP).with_pretty(true);
    let r = anon(&server)
        .execute::<List2023>(&params, &NoBody)
        .await
        .unwrap();
    assert!(r.body.results.is_empty());
}

#[tokio::test]
async fn a_user_agent_that_is_no_header_value_is_refused_when_building() {
    let err = Client::builder()
        .user_agent("backup-bot\r\nX-Injected: 1")
        .build()
        .unwrap_err();
    assert!(matches!(err, Error::Config { .. }), "{err:?}");
    assert!(err.to_string().contains("user agent"), "{err}");
    // A custom one that is valid goes out as given.
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(header(
            "user-agent",
            format!(
                "backup-bot/2.1 atlas-export-buckets/{}",
                env!("CARGO_PKG_VERSION")
            )
            .as_str(),
        ))
        .respond_with(ResponseTemplate::new(200).set_body_raw(
            r#"{"results": [], "totalCount": 0}"#,
            "application/vnd.atlas.2024-05-30+json",
        ))
        .expect(1)
        .mount(&server)
        .await;
    let c = Client::builder()
        .base_url(server.uri())
        .user_agent("backup-bot/2.1")
        .build()
        .unwrap();
    c.export_buckets()
        .list(GROUP, PageRequest::new())
        .await
        .unwrap();
}

// ---- header parameters ----------------------------------------------------------------------

/// The runtime path the generated fixture below uses, as in the library.
mod __codegen {
    pub use atlas_export_buckets::__codegen::*;
}

/// Generated from `codegen/tests/fixtures/header_parameters.yaml`: an operation with a required
/// boolean, an optional string and an optional array header parameter.
#[rustfmt::skip]
#[allow(dead_code)]
#[path = "../codegen/tests/fixtures/header_parameters.rs"]
mod header_parameters;

use atlas_export_buckets::operation::{Operation, OperationDescriptor};
use atlas_export_buckets::validation::{Location, ViolationKind};
use header_parameters::operations::get_cluster;

/// The fixture's `getCluster`, with the runtime's open error body.
struct GetCluster;

impl Operation for GetCluster {
    type Params = get_cluster::Params;
    type Request = NoBody;
    type Response = header_parameters::Cluster;
    type Error = ApiError;
    const DESCRIPTOR: &'static OperationDescriptor =
        <get_cluster::V2024_08_05 as Operation>::DESCRIPTOR;
}

const CLUSTER_MEDIA: &str = "application/vnd.atlas.2024-08-05+json";

#[tokio::test]
async fn header_parameters_are_sent_on_every_attempt() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/clusters/c0"))
        .respond_with(ResponseTemplate::new(503))
        .up_to_n_times(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/clusters/c0"))
        .respond_with(ok(CLUSTER_MEDIA, json!({"name": "c0"})))
        .mount(&server)
        .await;
    let params = get_cluster::Params::new("c0", true)
        .with_x_request_label("nightly run")
        .with_x_shard_ids(vec![1, 20]);
    let r = client(&server)
        .execute::<GetCluster>(&params, &NoBody)
        .await
        .unwrap();
    assert_eq!(r.body.name.as_deref(), Some("c0"));
    let reqs = requests(&server).await;
    assert_eq!(reqs.len(), 2, "the 503 is retried");
    for req in &reqs {
        let one = |name: &str| {
            let values: Vec<&str> = req
                .headers
                .get_all(name)
                .iter()
                .map(|v| v.to_str().unwrap())
                .collect();
            assert_eq!(values.len(), 1, "{name}: {values:?}");
            values[0].to_owned()
        };
        assert_eq!(one("use-effective-fields"), "true");
        assert_eq!(one("x-request-label"), "nightly run");
        assert_eq!(one("x-shard-ids"), "1,20");
        // The client's own headers stay as they are.
        assert_eq!(one("accept"), CLUSTER_MEDIA);
        // (a hand-written operation names no crate: the client's `User-Agent` alone).
        assert_eq!(one("user-agent"), atlas_export_buckets::client::USER_AGENT);
    }
    // Unset optional header parameters are not sent; a required one always is.
    server.reset().await;
    Mock::given(method("GET"))
        .respond_with(ok(CLUSTER_MEDIA, json!({})))
        .mount(&server)
        .await;
    anon(&server)
        .execute::<GetCluster>(&get_cluster::Params::new("c0", false), &NoBody)
        .await
        .unwrap();
    let reqs = requests(&server).await;
    assert_eq!(reqs.len(), 1);
    let h = &reqs[0].headers;
    assert_eq!(h.get("use-effective-fields").unwrap(), "false");
    assert!(h.get("x-request-label").is_none() && h.get("x-shard-ids").is_none());
}

#[tokio::test]
async fn a_header_value_http_cannot_carry_is_refused_before_anything_is_sent() {
    let server = MockServer::start().await;
    for bad in ["a\nb", "a\r\nX-Injected: 1", "größe"] {
        let params = get_cluster::Params::new("c0", true).with_x_request_label(bad);
        let err = anon(&server)
            .execute::<GetCluster>(&params, &NoBody)
            .await
            .unwrap_err();
        let Error::Validation(v) = &err else {
            panic!("{bad:?} gave {err:?}")
        };
        let found: Vec<_> = v
            .violations
            .iter()
            .map(|v| (v.location, v.path.as_str(), v.kind.clone()))
            .collect();
        assert_eq!(
            found,
            [(
                Location::Header,
                "X-Request-Label",
                ViolationKind::NotAHeaderValue
            )],
            "{bad:?}"
        );
        assert!(
            err.to_string().contains("header parameter X-Request-Label"),
            "{err}"
        );
    }
    assert!(requests(&server).await.is_empty(), "nothing may be sent");
}
