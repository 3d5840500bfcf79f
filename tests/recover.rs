//! A create that never duplicates (`create_or_recover`), and service-account tokens kept on disk
//! (`FileTokenCache`), against the fake and a mock server.
// Tests report failure by panicking.
#![allow(clippy::panic, clippy::unwrap_used)]

use std::time::Duration;

use atlas_export_buckets::fake::{FakeAtlas, Fault};
use atlas_export_buckets::token_cache::{FileTokenCache, TokenCache, TokenKey};
use atlas_export_buckets::{v1, v2, Client, Created, Credentials, Error, RetryPolicy};
use serde_json::json;
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

const GROUP: &str = "32b6e34b3d91647abb20e7b8";
const ROLE: &str = "668c5f0ed436263134491592";

fn client(base_url: &str, creds: Credentials) -> Client {
    Client::builder()
        .base_url(base_url)
        .credentials(creds)
        .retry_policy(RetryPolicy::new().with_base_delay(Duration::from_millis(10)))
        .build()
        .unwrap()
}

fn gcp(name: &str) -> v2::DiskBackupSnapshotExportBucketRequest {
    v2::DiskBackupSnapshotGcpExportBucketRequest::new(name, ROLE).into()
}

/// A client whose digest challenge is known, so each call is one request.
async fn warm(fake: &FakeAtlas) -> Client {
    let c = client(&fake.base_url(), fake.digest_credentials());
    c.export_buckets()
        .list(GROUP, atlas_export_buckets::PageRequest::new())
        .await
        .unwrap();
    c
}

#[tokio::test]
async fn a_create_answered_503_after_it_was_made_is_recovered_not_repeated() {
    let fake = FakeAtlas::start().await.unwrap();
    let c = warm(&fake).await;
    let b = c.export_buckets();
    // Another bucket of the same name made earlier is not the one this create made.
    b.create(GROUP, gcp("older")).await.unwrap();
    // The list before the POST answers; the POST is handled, then answered 503.
    fake.inject(Fault::Slow(Duration::ZERO), 1);
    fake.inject(Fault::HandledThenUnavailable, 1);
    let made = b.create_or_recover(GROUP, gcp("recovered")).await.unwrap();
    assert!(made.is_recovered());
    assert!(made.meta().is_none());
    let Created::Recovered { body, cause } = &made else {
        panic!("{made:?}")
    };
    assert_eq!(cause.status(), Some(503));
    let v2::DiskBackupSnapshotExportBucketResponse::Gcp(g) = body else {
        panic!("{body:?}")
    };
    assert_eq!(g.bucket_name, "recovered");
    assert_eq!(fake.bucket_count(GROUP), 2, "made once, never twice");
    let posts = fake
        .requests()
        .iter()
        .filter(|r| r.method == "POST")
        .count();
    assert_eq!(posts, 2, "the recovering create sent one POST");

    // An answered create is just that.
    let made = b.create_or_recover(GROUP, gcp("plain")).await.unwrap();
    assert!(!made.is_recovered());
    assert_eq!(made.meta().map(|m| m.status), Some(200));
    assert_eq!(fake.bucket_count(GROUP), 3);
}

#[tokio::test]
async fn a_create_whose_connection_dropped_after_it_was_made_is_recovered() {
    let fake = FakeAtlas::start().await.unwrap();
    let c = warm(&fake).await;
    fake.inject(Fault::Slow(Duration::ZERO), 1);
    fake.inject(Fault::HandledThenDropped, 1);
    let body = v2::DiskBackupSnapshotAwsExportBucketRequest::new("dropped", ROLE);
    let made = c
        .export_buckets()
        .create_or_recover(GROUP, body.into())
        .await
        .unwrap();
    let Created::Recovered { body, cause } = made else {
        panic!("{made:?}")
    };
    assert!(
        matches!(cause, Error::Transport { .. } | Error::Timeout { .. }),
        "{cause:?}"
    );
    assert!(matches!(
        body,
        v2::DiskBackupSnapshotExportBucketResponse::Aws(_)
    ));
    assert_eq!(fake.bucket_count(GROUP), 1);

    // The same at 2023-01-01 and v1.0 (AWS-only types).
    fake.inject(Fault::Slow(Duration::ZERO), 1);
    fake.inject(Fault::HandledThenUnavailable, 1);
    let made = c
        .export_buckets()
        .at_2023_01_01()
        .create_or_recover(
            GROUP,
            v2::DiskBackupSnapshotAwsExportBucketRequest::new("old", ROLE),
        )
        .await
        .unwrap();
    assert!(made.is_recovered());
    assert_eq!(made.body().bucket_name, "old");
    fake.inject(Fault::Slow(Duration::ZERO), 1);
    fake.inject(Fault::HandledThenDropped, 1);
    let made = c
        .export_buckets_v1()
        .create_or_recover(
            GROUP,
            v1::DiskBackupSnapshotAwsExportBucketRequest::new(
                "v1-bucket",
                v1::DiskBackupSnapshotAwsExportBucketRequestCloudProvider::Aws,
                ROLE,
            ),
        )
        .await
        .unwrap();
    assert!(made.is_recovered());
    assert_eq!(made.into_body().bucket_name, "v1-bucket");
    assert_eq!(fake.bucket_count(GROUP), 3);
}

#[tokio::test]
async fn an_unknown_outcome_with_no_new_match_is_the_create_error_and_a_known_failure_lists_once() {
    let fake = FakeAtlas::start().await.unwrap();
    let c = warm(&fake).await;
    let b = c.export_buckets();
    // A plain 503 (not handled): nothing was made, so the 503 is the answer.
    fake.inject(Fault::Slow(Duration::ZERO), 1);
    fake.inject(Fault::Unavailable, 1);
    let e = b.create_or_recover(GROUP, gcp("never")).await.unwrap_err();
    assert_eq!(e.status(), Some(503), "{e}");
    assert_eq!(fake.bucket_count(GROUP), 0);
    // A 400 is known: no second list.
    let before = fake.requests().len();
    fake.inject(Fault::Slow(Duration::ZERO), 1);
    fake.inject(
        Fault::Body {
            status: 400,
            body: r#"{"error":400,"errorCode":"INVALID_ATTRIBUTE","detail":"no","reason":"Bad Request","parameters":[]}"#.to_owned(),
        },
        1,
    );
    let e = b.create_or_recover(GROUP, gcp("bad")).await.unwrap_err();
    assert_eq!(e.status(), Some(400));
    assert_eq!(fake.requests().len() - before, 2, "one list, one POST");
    // An invalid request sends nothing, not even the list.
    let before = fake.requests().len();
    let e = b
        .create_or_recover(GROUP, gcp("x")) // too short a name
        .await
        .unwrap_err();
    assert!(matches!(e, Error::Validation(_)), "{e:?}");
    assert_eq!(fake.requests().len(), before);
}

#[tokio::test]
async fn several_new_matches_are_an_error_that_names_them() {
    let server = MockServer::start().await;
    let list = format!("/api/atlas/v2/groups/{GROUP}/backup/exportBuckets");
    let bucket = |id: &str| json!({"_id": id, "cloudProvider": "GCP", "bucketName": "twice", "roleId": ROLE});
    Mock::given(method("GET"))
        .and(path(list.clone()))
        .respond_with(ResponseTemplate::new(200).set_body_json(
            json!({"results": [bucket("aaaaaaaaaaaaaaaaaaaaaaa1")], "totalCount": 1}),
        ))
        .up_to_n_times(1)
        .with_priority(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path(list.clone()))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "results": [
                bucket("aaaaaaaaaaaaaaaaaaaaaaa1"),
                bucket("aaaaaaaaaaaaaaaaaaaaaaa2"),
                bucket("aaaaaaaaaaaaaaaaaaaaaaa3"),
                json!({"_id": "aaaaaaaaaaaaaaaaaaaaaaa4", "cloudProvider": "GCP", "bucketName": "other", "roleId": ROLE}),
            ],
            "totalCount": 4
        })))
        .with_priority(2)
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path(list))
        .respond_with(ResponseTemplate::new(504))
        .expect(1)
        .mount(&server)
        .await;
    let c = Client::builder().base_url(server.uri()).build().unwrap();
    let e = c
        .export_buckets()
        .create_or_recover(GROUP, gcp("twice"))
        .await
        .unwrap_err();
    let Error::AmbiguousCreate { cause, candidates } = &e else {
        panic!("{e:?}")
    };
    assert_eq!(cause.status(), Some(504));
    assert_eq!(
        candidates,
        &["aaaaaaaaaaaaaaaaaaaaaaa2", "aaaaaaaaaaaaaaaaaaaaaaa3"]
    );
    assert_eq!(e.status(), Some(504));
    let text = e.to_string();
    assert!(
        text.contains("aaaaaaaaaaaaaaaaaaaaaaa2") && text.contains("aaaaaaaaaaaaaaaaaaaaaaa3"),
        "{text}"
    );
}

#[tokio::test]
async fn clients_sharing_a_file_token_cache_fetch_one_token() {
    let fake = FakeAtlas::start().await.unwrap();
    let dir = tempfile::tempdir().unwrap();
    let make = || {
        Client::builder()
            .base_url(fake.base_url())
            .credentials(fake.service_account_credentials())
            .token_cache(FileTokenCache::new(dir.path()))
            .build()
            .unwrap()
    };
    for _ in 0..3 {
        let c = make();
        c.export_buckets()
            .list(GROUP, atlas_export_buckets::PageRequest::new())
            .await
            .unwrap();
    }
    assert_eq!(fake.tokens_issued(), 1);

    // A cached token the server refuses is dropped, and one new token is fetched.
    let cache = FileTokenCache::new(dir.path());
    let base = make().base_url().to_string();
    let key = TokenKey::new(atlas_export_buckets::fake::DEMO_CLIENT_ID, &base);
    let stored = cache.load(&key).unwrap();
    cache.store(
        &key,
        &atlas_export_buckets::token_cache::StoredToken::new(
            "revoked-token".to_owned().into(),
            stored.use_until,
        ),
    );
    let c = make();
    c.export_buckets()
        .list(GROUP, atlas_export_buckets::PageRequest::new())
        .await
        .unwrap();
    assert_eq!(c.tokens_fetched(), 1);
    assert_eq!(fake.tokens_issued(), 2);
    use secrecy::ExposeSecret;
    let now = cache.load(&key).unwrap();
    assert_ne!(now.access_token.expose_secret(), "revoked-token");
    assert!(now.access_token.expose_secret().starts_with("fake-token-"));

    // Another client id does not share it.
    let other = Client::builder()
        .base_url(fake.base_url())
        .credentials(Credentials::service_account("mdb_sa_id_other", "x"))
        .token_cache(FileTokenCache::new(dir.path()))
        .build()
        .unwrap();
    let e = other
        .export_buckets()
        .list(GROUP, atlas_export_buckets::PageRequest::new())
        .await
        .unwrap_err();
    assert!(matches!(e, Error::Auth { .. }), "{e:?}");
}

#[tokio::test]
async fn an_access_token_is_sent_as_a_bearer() {
    let fake = FakeAtlas::start().await.unwrap();
    fake.accept_bearer_token("user-token-1", Duration::from_secs(60));
    let c = client(&fake.base_url(), Credentials::access_token("user-token-1"));
    assert!(!format!("{c:?}").contains("user-token-1"));
    assert!(!format!("{:?}", Credentials::access_token("user-token-1")).contains("user-token-1"));
    c.export_buckets()
        .list(GROUP, atlas_export_buckets::PageRequest::new())
        .await
        .unwrap();
    let refused = client(&fake.base_url(), Credentials::access_token("expired"))
        .export_buckets()
        .list(GROUP, atlas_export_buckets::PageRequest::new())
        .await
        .unwrap_err();
    assert_eq!(refused.status(), Some(401));
}
