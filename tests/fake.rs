//! The fake Atlas server, driven by the real client: every operation and version, digest (MD5 and
//! SHA-256, verified for real) and service accounts, Atlas-like errors, pagination and faults.
// Tests report failure by panicking.
#![allow(clippy::panic, clippy::unwrap_used)]

mod support {
    pub mod logs;
}

use std::net::SocketAddr;
use std::time::{Duration, Instant};

use atlas_export_buckets::fake::{DigestAlgorithm, FakeAtlas, FakeConfig, Fault};
use atlas_export_buckets::{
    v1, v2, Client, ClientBuilder, Credentials, Error, PageRequest, RetryPolicy,
};
use futures_util::StreamExt;
use serde_json::{json, Value};

const GROUP: &str = "32b6e34b3d91647abb20e7b8";
const ROLE: &str = "668c5f0ed436263134491592";
const AZURE_URL: &str = "https://examplestorageaccount.blob.core.windows.net/examplecontainer";

fn client(fake: &FakeAtlas, creds: Credentials) -> Client {
    Client::builder()
        .base_url(fake.base_url())
        .credentials(creds)
        .retry_policy(RetryPolicy::new().with_base_delay(Duration::from_millis(10)))
        .build()
        .unwrap()
}

fn id_of(b: &v2::DiskBackupSnapshotExportBucketResponse) -> String {
    match b {
        v2::DiskBackupSnapshotExportBucketResponse::Aws(x) => x.id.clone(),
        v2::DiskBackupSnapshotExportBucketResponse::Azure(x) => x.id.clone(),
        v2::DiskBackupSnapshotExportBucketResponse::Gcp(x) => x.id.clone(),
        other => panic!("unexpected {other:?}"),
    }
}

/// Creates an AWS, an Azure and a GCP bucket, in that order.
async fn one_of_each(
    b: &atlas_export_buckets::ExportBuckets,
) -> [atlas_export_buckets::Response<v2::DiskBackupSnapshotExportBucketResponse>; 3] {
    let bodies: [v2::DiskBackupSnapshotExportBucketRequest; 3] = [
        v2::DiskBackupSnapshotAwsExportBucketRequest::new("aws-bucket", ROLE).into(),
        v2::DiskBackupSnapshotAzureExportBucketRequest::new(ROLE, AZURE_URL).into(),
        v2::DiskBackupSnapshotGcpExportBucketRequest::new("gcp-bucket", ROLE).into(),
    ];
    let mut made = Vec::new();
    for body in bodies {
        made.push(b.create(GROUP, body).await.unwrap());
    }
    made.try_into().unwrap()
}

/// The tests of this file run one at a time: the secret audit captures `tracing` output with a
/// subscriber of its own thread, and a call span first met on another test's thread, while the
/// interest cache was being rebuilt, could go uncaptured.
async fn serial() -> tokio::sync::MutexGuard<'static, ()> {
    static SERIAL: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());
    SERIAL.lock().await
}

#[tokio::test]
async fn every_operation_and_version_works_with_digest() {
    let _serial = serial().await;
    let fake = FakeAtlas::start().await.unwrap();
    let c = client(&fake, fake.digest_credentials());
    let b = c.export_buckets();
    let [aws, azure, gcp] = one_of_each(&b).await;
    let v2::DiskBackupSnapshotExportBucketResponse::Azure(az) = &azure.body else {
        panic!()
    };
    assert_eq!(
        az.bucket_name, "examplecontainer",
        "derived from serviceUrl"
    );
    assert_eq!(aws.meta.rate_limit_limit, Some(100));
    assert!(aws.meta.rate_limit_remaining.is_some());
    let ids: Vec<String> = [&aws.body, &azure.body, &gcp.body]
        .into_iter()
        .map(id_of)
        .collect();
    assert!(ids
        .iter()
        .all(|i| i.len() == 24 && i.chars().all(|c| c.is_ascii_hexdigit())));

    let page = b
        .list(GROUP, PageRequest::new().items_per_page(2))
        .await
        .unwrap();
    assert_eq!(
        (page.body.results.len(), page.body.total_count),
        (2, Some(3))
    );
    let page = b
        .list(
            GROUP,
            PageRequest::new()
                .items_per_page(2)
                .page_num(2)
                .include_count(false),
        )
        .await
        .unwrap();
    assert_eq!((page.body.results.len(), page.body.total_count), (1, None));

    let got = b.get(GROUP, &ids[1]).await.unwrap();
    assert_eq!(got.body, azure.body);
    let updated = b.update(GROUP, &ids[0], true).await.unwrap();
    let v2::DiskBackupSnapshotExportBucketResponse::Aws(a) = &updated.body else {
        panic!()
    };
    assert_eq!(a.require_private_networking, Some(true));
    // PATCH on GCP decodes too.
    assert!(matches!(
        b.update(GROUP, &ids[2], false).await.unwrap().body,
        v2::DiskBackupSnapshotExportBucketResponse::Gcp(_)
    ));

    let old = b.at_2023_01_01();
    let created = old
        .create(
            GROUP,
            v2::DiskBackupSnapshotAwsExportBucketRequest::new("old-bucket", ROLE),
        )
        .await
        .unwrap();
    assert_eq!(
        old.get(GROUP, &created.body.id)
            .await
            .unwrap()
            .body
            .bucket_name,
        "old-bucket"
    );
    assert_eq!(
        old.delete(GROUP, &created.body.id)
            .await
            .unwrap()
            .meta
            .status,
        204
    );

    for id in &ids {
        assert_eq!(b.delete(GROUP, id).await.unwrap().meta.status, 204);
    }
    assert_eq!(fake.bucket_count(GROUP), 0);
    let err = b.get(GROUP, &ids[0]).await.unwrap_err();
    assert!(err.is_not_found(), "{err:?}");

    let requests = fake.requests();
    let challenged = requests.iter().filter(|r| r.status == 401).count();
    assert_eq!(challenged, 1, "one challenge, then the client reuses it");
}

#[tokio::test]
async fn v1_works_and_the_two_apis_share_the_store() {
    let _serial = serial().await;
    let fake = FakeAtlas::start().await.unwrap();
    let c = client(&fake, fake.digest_credentials());
    let v1c = c.export_buckets_v1();
    let body = v1::DiskBackupSnapshotAwsExportBucketRequest::new(
        "v1-bucket",
        v1::DiskBackupSnapshotAwsExportBucketRequestCloudProvider::Aws,
        ROLE,
    );
    let created = v1c.create(GROUP, body).await.unwrap();
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
        v1c.get(GROUP, &created.body.id)
            .await
            .unwrap()
            .body
            .iam_role_id,
        ROLE
    );
    assert!(c
        .export_buckets()
        .get(GROUP, &created.body.id)
        .await
        .is_ok());
    v1c.delete(GROUP, &created.body.id).await.unwrap();
    assert!(fake
        .requests()
        .iter()
        .any(|r| r.accept.as_deref() == Some("application/json")));
}

#[tokio::test]
async fn aws_only_versions_show_only_aws_buckets() {
    let _serial = serial().await;
    let fake = FakeAtlas::start().await.unwrap();
    let c = client(&fake, fake.digest_credentials());
    let b = c.export_buckets();
    let [aws, azure, _gcp] = one_of_each(&b).await;
    let (aws, azure) = (id_of(&aws.body), id_of(&azure.body));

    // The AWS-only types decode every page: the other buckets are not sent.
    let old = b
        .at_2023_01_01()
        .list(GROUP, PageRequest::new())
        .await
        .unwrap();
    let ids: Vec<_> = old.body.results.iter().map(|x| x.id.clone()).collect();
    assert_eq!(ids, std::slice::from_ref(&aws));
    assert_eq!(old.body.total_count, Some(1));
    let v1 = c
        .export_buckets_v1()
        .list(GROUP, PageRequest::new())
        .await
        .unwrap();
    let ids: Vec<_> = v1.body.results.iter().map(|x| x.id.clone()).collect();
    assert_eq!(ids, std::slice::from_ref(&aws));
    let self_link = serde_json::to_value(&v1.body).unwrap()["links"][0]["href"].clone();
    assert!(
        self_link.as_str().unwrap().contains("/api/atlas/v1.0/"),
        "{self_link}"
    );

    // Reading a non-AWS bucket there is a 404; deleting it works (DELETE exists only there).
    let err = b.at_2023_01_01().get(GROUP, &azure).await.unwrap_err();
    assert!(err.is_not_found(), "{err:?}");
    let err = c.export_buckets_v1().get(GROUP, &azure).await.unwrap_err();
    assert!(err.is_not_found(), "{err:?}");
    b.delete(GROUP, &azure).await.unwrap();
    assert_eq!(
        b.list(GROUP, PageRequest::new())
            .await
            .unwrap()
            .body
            .total_count,
        Some(2)
    );
}

#[tokio::test]
async fn sha256_digest_and_stale_nonces_are_handled() {
    let _serial = serial().await;
    let config = FakeConfig::new()
        .with_digest_algorithm(DigestAlgorithm::Sha256)
        .with_nonce_ttl(Duration::from_millis(300));
    let fake = FakeAtlas::start_with(config, SocketAddr::from(([127, 0, 0, 1], 0)))
        .await
        .unwrap();
    let c = client(&fake, fake.digest_credentials());
    let b = c.export_buckets();
    b.list(GROUP, PageRequest::new()).await.unwrap();
    assert_eq!(c.digest_algorithm().as_deref(), Some("SHA-256"));
    tokio::time::sleep(Duration::from_millis(400)).await;
    b.list(GROUP, PageRequest::new()).await.unwrap();
    let statuses: Vec<u16> = fake.requests().iter().map(|r| r.status).collect();
    assert_eq!(
        statuses,
        vec![401, 200, 401, 200],
        "a stale nonce costs one retry"
    );
}

#[tokio::test]
async fn wrong_credentials_are_refused() {
    let _serial = serial().await;
    let fake = FakeAtlas::start().await.unwrap();
    let err = client(&fake, Credentials::digest("demo-public-key", "wrong"))
        .export_buckets()
        .list(GROUP, PageRequest::new())
        .await
        .unwrap_err();
    assert_eq!(err.status(), Some(401));
    let err = client(
        &fake,
        Credentials::service_account("mdb_sa_id_demo", "wrong"),
    )
    .export_buckets()
    .list(GROUP, PageRequest::new())
    .await
    .unwrap_err();
    assert!(
        matches!(
            err,
            Error::Auth {
                status: Some(401),
                ..
            }
        ),
        "{err:?}"
    );
}

#[tokio::test]
async fn service_accounts_get_expiring_tokens() {
    let _serial = serial().await;
    let config = FakeConfig::new().with_token_ttl(Duration::from_secs(1));
    let fake = FakeAtlas::start_with(config, SocketAddr::from(([127, 0, 0, 1], 0)))
        .await
        .unwrap();
    let c = client(&fake, fake.service_account_credentials());
    c.export_buckets()
        .list(GROUP, PageRequest::new())
        .await
        .unwrap();
    c.export_buckets()
        .list(GROUP, PageRequest::new())
        .await
        .unwrap();
    assert_eq!(fake.tokens_issued(), 1);
    tokio::time::sleep(Duration::from_millis(1100)).await;
    c.export_buckets()
        .list(GROUP, PageRequest::new())
        .await
        .unwrap();
    assert_eq!(fake.tokens_issued(), 2);
}

async fn raw(
    fake: &FakeAtlas,
    method: reqwest::Method,
    path: &str,
    accept: &str,
    body: Option<Value>,
) -> (u16, Value) {
    // Raw calls, bypassing the client's validation, with a bearer token from the fake.
    let http = reqwest::Client::new();
    let token: Value = http
        .post(format!("{}/api/oauth/token", fake.base_url()))
        .basic_auth("mdb_sa_id_demo", Some("mdb_sa_sk_demo"))
        .header("content-type", "application/x-www-form-urlencoded")
        .body("grant_type=client_credentials")
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let mut req = http
        .request(method, format!("{}{path}", fake.base_url()))
        .bearer_auth(token["access_token"].as_str().unwrap())
        .header("accept", accept);
    if let Some(b) = body {
        req = req.header("content-type", accept).body(b.to_string());
    }
    let resp = req.send().await.unwrap();
    let status = resp.status().as_u16();
    (status, resp.json().await.unwrap_or(Value::Null))
}

#[tokio::test]
async fn the_fake_answers_bad_requests_like_atlas() {
    let _serial = serial().await;
    let fake = FakeAtlas::start().await.unwrap();
    let list = format!("/api/atlas/v2/groups/{GROUP}/backup/exportBuckets");
    let (status, body) = raw(
        &fake,
        reqwest::Method::GET,
        &list,
        "application/vnd.atlas.2025-03-12+json",
        None,
    )
    .await;
    assert_eq!(
        (status, body["errorCode"].as_str()),
        (406, Some("INVALID_VERSION_DATE"))
    );
    let (status, _) = raw(
        &fake,
        reqwest::Method::PATCH,
        &format!("{list}/{GROUP}"),
        "application/vnd.atlas.2023-01-01+json",
        Some(json!({"requirePrivateNetworking": true})),
    )
    .await;
    assert_eq!(status, 406, "PATCH is declared only at 2024-05-30");
    let (status, body) = raw(
        &fake,
        reqwest::Method::POST,
        &list,
        "application/vnd.atlas.2024-05-30+json",
        Some(json!({"cloudProvider": "AWS", "bucketName": "b"})),
    )
    .await;
    assert_eq!(status, 400);
    assert_eq!(body["errorCode"], "VALIDATION_ERROR");
    assert!(
        body["badRequestDetail"]["fields"][0]["description"]
            .as_str()
            .unwrap()
            .contains("iamRoleId"),
        "{body}"
    );
    let (status, body) = raw(
        &fake,
        reqwest::Method::POST,
        &list,
        "application/vnd.atlas.2024-05-30+json",
        Some(json!({"cloudProvider": "GCP", "bucketName": "b", "roleId": "nope"})),
    )
    .await;
    assert_eq!(status, 400);
    let fields: Vec<&str> = body["badRequestDetail"]["fields"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["field"].as_str().unwrap())
        .collect();
    assert_eq!(fields, vec!["bucketName", "roleId"]);
    let (status, body) = raw(
        &fake,
        reqwest::Method::GET,
        "/api/atlas/v2/groups/nothex/backup/exportBuckets",
        "application/vnd.atlas.2024-05-30+json",
        None,
    )
    .await;
    assert_eq!(
        (
            status,
            body["badRequestDetail"]["fields"][0]["field"].as_str()
        ),
        (400, Some("groupId"))
    );
    let (status, _) = raw(
        &fake,
        reqwest::Method::GET,
        &format!("{list}?itemsPerPage=501"),
        "application/vnd.atlas.2024-05-30+json",
        None,
    )
    .await;
    assert_eq!(status, 400);
}

#[tokio::test]
async fn pagination_over_many_buckets() {
    let _serial = serial().await;
    let fake = FakeAtlas::start().await.unwrap();
    let c = client(&fake, fake.service_account_credentials());
    let b = c.export_buckets();
    for i in 0..7 {
        b.create(
            GROUP,
            v2::DiskBackupSnapshotGcpExportBucketRequest::new(format!("bucket-{i}"), ROLE).into(),
        )
        .await
        .unwrap();
    }
    let all: Vec<_> = b.list_all(GROUP).collect().await;
    assert_eq!(all.len(), 7);
    assert!(all.iter().all(Result::is_ok));
}

/// Creates `n` GCP buckets.
async fn make_buckets(c: &Client, n: usize) {
    for i in 0..n {
        c.export_buckets()
            .create(
                GROUP,
                v2::DiskBackupSnapshotGcpExportBucketRequest::new(format!("bucket-{i}"), ROLE)
                    .into(),
            )
            .await
            .unwrap();
    }
}

/// The `pageNum`s of the list requests the fake saw, in order.
fn pages_asked(fake: &FakeAtlas) -> Vec<String> {
    fake.requests()
        .iter()
        .filter(|r| r.method == "GET" && r.uri.contains("pageNum="))
        .filter_map(|r| {
            let query = r.uri.split_once('?')?.1;
            let page = query
                .split('&')
                .find_map(|kv| kv.strip_prefix("pageNum="))?;
            Some(page.to_owned())
        })
        .collect()
}

#[tokio::test]
async fn the_generated_list_pages_through_the_runtime_pager() {
    let _serial = serial().await;
    use atlas_export_buckets::paginate::Paginated;
    use v2::operations::list_group_backup_export_buckets as list;
    let fake = FakeAtlas::start().await.unwrap();
    let c = client(&fake, fake.service_account_credentials());
    make_buckets(&c, 7).await;
    assert_eq!(<list::V2024_05_30 as Paginated>::ITEMS_PER_PAGE, 500);
    // Pages of 3: 3 + 3 + 1, the short third page ends it.
    let all: Vec<_> = c
        .paginate_from::<list::V2024_05_30>(list::Params::new(GROUP), 1, 3)
        .collect()
        .await;
    assert_eq!(all.len(), 7);
    assert!(all.iter().all(Result::is_ok));
    assert_eq!(pages_asked(&fake), ["1", "2", "3"]);
    // 6 items in pages of 3: totalCount ends it after page 2, with no empty page 3.
    let fake = FakeAtlas::start().await.unwrap();
    let c = client(&fake, fake.service_account_credentials());
    make_buckets(&c, 6).await;
    let all: Vec<_> = c
        .paginate_from::<list::V2024_05_30>(list::Params::new(GROUP), 1, 3)
        .collect()
        .await;
    assert_eq!(all.len(), 6);
    assert_eq!(pages_asked(&fake), ["1", "2"]);
    // Without a count, the last full page costs one empty page.
    let fake2 = FakeAtlas::start().await.unwrap();
    let c2 = client(&fake2, fake2.service_account_credentials());
    make_buckets(&c2, 6).await;
    let all: Vec<_> = c2
        .export_buckets()
        .list_all_with(
            GROUP,
            PageRequest::new().items_per_page(3).include_count(false),
        )
        .collect()
        .await;
    assert_eq!(all.len(), 6);
    assert_eq!(pages_asked(&fake2), ["1", "2", "3"]);
    // A list with nothing in it: one empty page.
    let empty: Vec<_> = c
        .paginate::<list::Latest>(list::Params::new("42b6e34b3d91647abb20e7b8"))
        .collect()
        .await;
    assert!(empty.is_empty());
}

#[tokio::test]
async fn an_error_mid_stream_is_yielded_and_ends_the_stream() {
    let _serial = serial().await;
    use v2::operations::list_group_backup_export_buckets as list;
    let fake = FakeAtlas::start().await.unwrap();
    let c = client(&fake, fake.service_account_credentials());
    make_buckets(&c, 7).await;
    let mut stream = Box::pin(c.paginate_from::<list::Latest>(list::Params::new(GROUP), 1, 3));
    for _ in 0..3 {
        stream.next().await.unwrap().unwrap();
    }
    let body = r#"{"error":500,"errorCode":"UNEXPECTED_ERROR","detail":"boom","reason":"Internal Server Error"}"#;
    fake.inject(
        Fault::Body {
            status: 500,
            body: body.to_owned(),
        },
        1,
    );
    match stream.next().await {
        Some(Err(Error::Api { status: 500, .. })) => {}
        other => panic!("expected the 500, got {other:?}"),
    }
    assert!(stream.next().await.is_none());
    // The same through the crate's own pager.
    let mut stream = Box::pin(
        c.export_buckets()
            .list_all_with(GROUP, PageRequest::new().items_per_page(3)),
    );
    for _ in 0..3 {
        stream.next().await.unwrap().unwrap();
    }
    fake.inject(
        Fault::Body {
            status: 500,
            body: body.to_owned(),
        },
        1,
    );
    assert!(matches!(
        stream.next().await,
        Some(Err(Error::Api { status: 500, .. }))
    ));
    assert!(stream.next().await.is_none());
}

#[tokio::test]
async fn faults_exercise_the_retry_rules() {
    let _serial = serial().await;
    let fake = FakeAtlas::start().await.unwrap();
    let c = client(&fake, fake.service_account_credentials());
    let b = c.export_buckets();
    b.list(GROUP, PageRequest::new()).await.unwrap(); // warm: token fetched

    // 429 then success: one retry after the server's wait.
    fake.inject(Fault::TooManyRequests { retry_after: 1 }, 1);
    let started = Instant::now();
    let r = b.list(GROUP, PageRequest::new()).await.unwrap();
    assert_eq!(r.meta.attempts, 2);
    assert!(started.elapsed() >= Duration::from_secs(1));

    // 503: GET is retried, POST is not.
    fake.inject(Fault::Unavailable, 1);
    assert_eq!(
        b.list(GROUP, PageRequest::new())
            .await
            .unwrap()
            .meta
            .attempts,
        2
    );
    fake.inject(Fault::Unavailable, 1);
    let err = b
        .create(
            GROUP,
            v2::DiskBackupSnapshotGcpExportBucketRequest::new("x-bucket", ROLE).into(),
        )
        .await
        .unwrap_err();
    assert_eq!(err.status(), Some(503));
    assert_eq!(fake.bucket_count(GROUP), 0);

    // A dropped connection: retried for GET.
    fake.inject(Fault::DropConnection, 1);
    assert_eq!(
        b.list(GROUP, PageRequest::new())
            .await
            .unwrap()
            .meta
            .attempts,
        2
    );

    // A timeout.
    let slow = Client::builder()
        .base_url(fake.base_url())
        .credentials(fake.service_account_credentials())
        .request_timeout(Duration::from_millis(200))
        .retry_policy(RetryPolicy::none())
        .build()
        .unwrap();
    slow.export_buckets()
        .list(GROUP, PageRequest::new())
        .await
        .unwrap();
    fake.inject(Fault::Slow(Duration::from_secs(2)), 1);
    let err = slow
        .export_buckets()
        .list(GROUP, PageRequest::new())
        .await
        .unwrap_err();
    assert!(matches!(err, Error::Timeout { .. }), "{err:?}");
}

/// Every operation and the error paths, with both kinds of credentials, `tracing` at TRACE: no
/// private key, client secret or bearer token in any log line, `Debug` or `Display`.
#[tokio::test(flavor = "current_thread")]
async fn the_secret_hygiene_audit_finds_nothing() {
    let _serial = serial().await;
    let capture = support::logs::Logs::capture(tracing::Level::TRACE);
    let config = FakeConfig::new()
        .with_api_key("audit-public", "audit-private-key-7c1d")
        .with_service_account("mdb_sa_id_audit", "audit-client-secret-9e2f");
    let fake = FakeAtlas::start_with(config, SocketAddr::from(([127, 0, 0, 1], 0)))
        .await
        .unwrap();
    let mut seen = String::new();
    for creds in [
        fake.digest_credentials(),
        fake.service_account_credentials(),
    ] {
        seen.push_str(&format!("{creds:?}\n"));
        let c = client(&fake, creds.clone());
        seen.push_str(&format!("{c:?}\n"));
        let b = c.export_buckets();
        let live = audit_every_operation(&c, &b, &mut seen).await;
        let errors = audit_error_paths(&fake, &creds, &b, &live).await;
        for e in &errors {
            seen.push_str(&format!("{e}\n{e:?}\n{e:#?}\n"));
        }
    }
    audit_authentication_failures(&fake, &mut seen).await;
    let logs = capture.text();
    assert!(
        logs.contains("atlas.call") && logs.contains("attempt"),
        "TRACE output was captured"
    );
    seen.push_str(&logs);
    for secret in [
        "audit-private-key-7c1d",
        "audit-client-secret-9e2f",
        "audit-wrong-key-1111",
        "audit-wrong-secret-2222",
        "fake-token-",
        "Bearer ",
        "Basic ",
    ] {
        assert!(
            !seen.contains(secret),
            "{secret:?} found in captured output"
        );
    }
}

/// Runs every v2 operation, at both versions, and every v1.0 one through `c` (`b` is its v2
/// handle), and appends each response's `Debug` to `seen`. Returns the id of a bucket left in
/// place (created at 2023-01-01).
async fn audit_every_operation(
    c: &Client,
    b: &atlas_export_buckets::ExportBuckets,
    seen: &mut String,
) -> String {
    let created = b
        .create(
            GROUP,
            v2::DiskBackupSnapshotAwsExportBucketRequest::new("audit-bucket", ROLE).into(),
        )
        .await
        .unwrap();
    let id = id_of(&created.body);
    seen.push_str(&format!("{created:?}\n"));
    seen.push_str(&format!(
        "{:?}\n",
        b.list(GROUP, PageRequest::new()).await.unwrap()
    ));
    seen.push_str(&format!("{:?}\n", b.get(GROUP, &id).await.unwrap()));
    seen.push_str(&format!(
        "{:?}\n",
        b.update(GROUP, &id, true).await.unwrap()
    ));
    let old = b.at_2023_01_01();
    seen.push_str(&format!(
        "{:?}\n",
        old.list(GROUP, PageRequest::new()).await.unwrap()
    ));
    seen.push_str(&format!("{:?}\n", b.delete(GROUP, &id).await.unwrap()));
    // The other 2023-01-01 operations, and every v1.0 one.
    let created = old
        .create(
            GROUP,
            v2::DiskBackupSnapshotAwsExportBucketRequest::new("audit-old", ROLE),
        )
        .await
        .unwrap();
    seen.push_str(&format!("{created:?}\n"));
    seen.push_str(&format!(
        "{:?}\n",
        old.get(GROUP, &created.body.id).await.unwrap()
    ));
    let v1c = c.export_buckets_v1();
    let made = v1c
        .create(
            GROUP,
            v1::DiskBackupSnapshotAwsExportBucketRequest::new(
                "audit-v1",
                v1::DiskBackupSnapshotAwsExportBucketRequestCloudProvider::Aws,
                ROLE,
            ),
        )
        .await
        .unwrap();
    seen.push_str(&format!("{made:?}\n"));
    seen.push_str(&format!(
        "{:?}\n",
        v1c.list(GROUP, PageRequest::new()).await.unwrap()
    ));
    seen.push_str(&format!(
        "{:?}\n",
        v1c.get(GROUP, &made.body.id).await.unwrap()
    ));
    seen.push_str(&format!(
        "{:?}\n",
        v1c.delete(GROUP, &made.body.id).await.unwrap()
    ));
    created.body.id
}

/// Runs every error path with `creds` (`b` is the v2 handle of a client holding them, `live` the
/// id of an existing bucket), asserts that each one failed with its kind of error, and returns
/// the errors.
async fn audit_error_paths(
    fake: &FakeAtlas,
    creds: &Credentials,
    b: &atlas_export_buckets::ExportBuckets,
    live: &str,
) -> Vec<Error> {
    // Clients with a short timeout and with a small body limit, for those error paths. The
    // first is warmed up (challenge answered, token cached) so that each fault below meets
    // exactly the request it is meant for.
    let tight = |b: ClientBuilder| {
        b.base_url(fake.base_url())
            .credentials(creds.clone())
            .retry_policy(RetryPolicy::none())
            .build()
            .unwrap()
    };
    let slow = tight(Client::builder().request_timeout(Duration::from_millis(300)));
    slow.export_buckets().get(GROUP, live).await.unwrap();
    let small = tight(Client::builder().max_response_bytes(64));
    // Error paths: local validation, 404, a retried 503, a dropped connection, a timeout,
    // an undecodable 2xx, an undeclared 2xx, a non-JSON 502, a body over the limit.
    let errors = [
        b.create(
            GROUP,
            v2::DiskBackupSnapshotAwsExportBucketRequest::new("x", "bad").into(),
        )
        .await
        .map(|_| ()),
        b.get(GROUP, "0123456789abcdef01234567").await.map(|_| ()),
        {
            fake.inject(Fault::Unavailable, 3);
            b.list(GROUP, PageRequest::new()).await.map(|_| ())
        },
        {
            fake.inject(Fault::DropConnection, 1);
            b.create(
                GROUP,
                v2::DiskBackupSnapshotGcpExportBucketRequest::new("drop-bucket", ROLE).into(),
            )
            .await
            .map(|_| ())
        },
        {
            fake.inject(Fault::Slow(Duration::from_secs(2)), 1);
            slow.export_buckets().get(GROUP, live).await.map(|_| ())
        },
        {
            let body = r#"{"cloudProvider":"AWS","_id":"x"}"#.to_owned();
            fake.inject(Fault::Body { status: 200, body }, 1);
            b.get(GROUP, live).await.map(|_| ())
        },
        {
            // A 2xx the operation does not declare is read as its success, so the status
            // no path of the client reads is a redirect it does not follow.
            let body = r#"{"cloudProvider":"AWS"}"#.to_owned();
            fake.inject(Fault::Body { status: 302, body }, 1);
            b.get(GROUP, live).await.map(|_| ())
        },
        {
            // Retried as a 502: three attempts.
            let body = "<html>bad gateway</html>".to_owned();
            fake.inject(Fault::Body { status: 502, body }, 3);
            b.get(GROUP, live).await.map(|_| ())
        },
        small
            .export_buckets()
            .list(GROUP, PageRequest::new())
            .await
            .map(|_| ()),
    ];
    let errors: Vec<Error> = errors.into_iter().filter_map(Result::err).collect();
    let kinds: Vec<&str> = errors
        .iter()
        .map(|e| match e {
            Error::Validation(_) => "validation",
            Error::Api { .. } => "api",
            Error::Http { .. } => "http",
            Error::Transport { .. } | Error::Connect { .. } => "transport",
            Error::Timeout { .. } => "timeout",
            Error::Decode { .. } => "decode",
            Error::UndeclaredStatus { .. } => "undeclared",
            Error::BodyTooLarge { .. } => "too-large",
            _ => "other",
        })
        .collect();
    assert_eq!(
        kinds,
        [
            "validation",
            "api",
            "api",
            "transport",
            "timeout",
            "decode",
            "undeclared",
            "http",
            "too-large"
        ],
        "every error path ran"
    );
    errors
}

/// Fails to authenticate with the token endpoint down and with wrong secrets of both kinds, and
/// appends each error's `Display` and `Debug` to `seen`.
async fn audit_authentication_failures(fake: &FakeAtlas, seen: &mut String) {
    // The token endpoint down during a call: `Auth`, after the token attempts.
    fake.inject(Fault::Unavailable, 3);
    let e = client(fake, fake.service_account_credentials())
        .export_buckets()
        .list(GROUP, PageRequest::new())
        .await
        .unwrap_err();
    assert!(matches!(e, Error::Auth { .. }), "{e:?}");
    seen.push_str(&format!("{e}\n{e:?}\n{e:#?}\n"));
    // Wrong secrets of both kinds.
    for creds in [
        Credentials::digest("audit-public", "audit-wrong-key-1111"),
        Credentials::service_account("mdb_sa_id_audit", "audit-wrong-secret-2222"),
    ] {
        let e = client(fake, creds)
            .export_buckets()
            .list(GROUP, PageRequest::new())
            .await
            .unwrap_err();
        seen.push_str(&format!("{e}\n{e:?}\n"));
    }
}
