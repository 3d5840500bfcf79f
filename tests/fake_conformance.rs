//! The fake answers what the spec declares, and decodes the requests it receives strictly: one
//! test per finding of the schemathesis run (scripts/schemathesis.sh), sent raw, past the
//! client's own validation.
// Tests report failure by panicking.
#![allow(clippy::panic, clippy::unwrap_used)]

use atlas_export_buckets::fake::FakeAtlas;
use atlas_export_buckets::{v2, Client, PageRequest};
use reqwest::Method;
use serde_json::{json, Value};

const GROUP: &str = "32b6e34b3d91647abb20e7b8";
const ROLE: &str = "668c5f0ed436263134491592";
const NEW: &str = "application/vnd.atlas.2024-05-30+json";
const OLD: &str = "application/vnd.atlas.2023-01-01+json";
const V1: &str = "application/json";

fn list_path() -> String {
    format!("/api/atlas/v2/groups/{GROUP}/backup/exportBuckets")
}

fn v1_list_path() -> String {
    format!("/api/atlas/v1.0/groups/{GROUP}/backup/exportBuckets")
}

struct Answer {
    status: u16,
    allow: Option<String>,
    body: Value,
}

impl Answer {
    /// The fields a `400 VALIDATION_ERROR` names.
    fn fields(&self) -> Vec<String> {
        assert_eq!(
            (self.status, self.body["errorCode"].as_str()),
            (400, Some("VALIDATION_ERROR")),
            "{}",
            self.body
        );
        self.body["badRequestDetail"]["fields"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f["field"].as_str().unwrap().to_owned())
            .collect()
    }

    fn descriptions(&self) -> String {
        self.body["badRequestDetail"]["fields"].to_string()
    }
}

/// Sends a request with a bearer token: `content_type` and `body` only when given.
async fn send(
    fake: &FakeAtlas,
    method: Method,
    path: &str,
    accept: &str,
    content_type: Option<&str>,
    body: Option<&str>,
) -> Answer {
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
    if let Some(ct) = content_type {
        req = req.header("content-type", ct);
    }
    if let Some(b) = body {
        req = req.body(b.to_owned());
    }
    let resp = req.send().await.unwrap();
    Answer {
        status: resp.status().as_u16(),
        allow: resp
            .headers()
            .get("allow")
            .map(|v| v.to_str().unwrap().to_owned()),
        body: resp.json().await.unwrap_or(Value::Null),
    }
}

/// Creates with `body` (JSON text) at a version's media type.
async fn create(fake: &FakeAtlas, path: &str, media: &str, body: &str) -> Answer {
    send(fake, Method::POST, path, media, Some(media), Some(body)).await
}

#[tokio::test]
async fn a_405_names_the_allowed_methods() {
    let fake = FakeAtlas::start().await.unwrap();
    let item = format!("{}/{GROUP}", list_path());
    let v1_item = format!("{}/{GROUP}", v1_list_path());
    for (method, path, allow) in [
        (Method::TRACE, item.clone(), "DELETE, GET, PATCH"),
        (Method::PUT, item, "DELETE, GET, PATCH"),
        (Method::OPTIONS, list_path(), "GET, POST"),
        (Method::PATCH, v1_item, "DELETE, GET"),
        (Method::GET, "/api/oauth/token".to_owned(), "POST"),
    ] {
        let a = send(&fake, method.clone(), &path, NEW, None, None).await;
        assert_eq!(a.status, 405, "{method} {path}");
        assert_eq!(a.body["errorCode"], "METHOD_NOT_ALLOWED");
        assert_eq!(a.allow.as_deref(), Some(allow), "{method} {path}");
    }
    // A served method has no Allow header.
    let a = send(&fake, Method::GET, &list_path(), NEW, None, None).await;
    assert_eq!((a.status, a.allow), (200, None));
}

#[tokio::test]
async fn no_body_and_no_content_type_is_the_declared_400() {
    let fake = FakeAtlas::start().await.unwrap();
    let item = format!("{}/{GROUP}", list_path());
    for (method, path, media) in [
        (Method::POST, list_path(), NEW),
        (Method::POST, list_path(), OLD),
        (Method::POST, v1_list_path(), V1),
        (Method::PATCH, item, NEW),
    ] {
        let a = send(&fake, method.clone(), &path, media, None, None).await;
        assert_eq!(a.fields(), ["body"], "{method} {path} at {media}");
        assert!(a.descriptions().contains("is required"), "{}", a.body);
    }
    // A body of another media type is still a 415.
    let a = send(
        &fake,
        Method::POST,
        &list_path(),
        NEW,
        Some("text/plain"),
        Some("{}"),
    )
    .await;
    assert_eq!(a.status, 415);
}

#[tokio::test]
async fn an_aws_only_create_needs_its_cloud_provider() {
    let fake = FakeAtlas::start().await.unwrap();
    let untagged = json!({"bucketName": "export-bucket", "iamRoleId": ROLE}).to_string();
    let a = create(&fake, &list_path(), OLD, &untagged).await;
    assert_eq!(a.fields(), ["body"]);
    assert!(
        a.descriptions().contains("missing field `cloudProvider`"),
        "{}",
        a.body
    );
    for path in [list_path(), v1_list_path()] {
        let media = if path.contains("v1.0") { V1 } else { OLD };
        let a = create(&fake, &path, media, &untagged).await;
        assert_eq!(a.status, 400, "{path}");
        // An array holds no tag either (serde would fill a struct's fields from it in order).
        let a = create(
            &fake,
            &path,
            media,
            &json!(["AWS", "export-bucket", ROLE]).to_string(),
        )
        .await;
        assert_eq!(a.fields(), ["body"], "{path}");
    }
    let a = create(&fake, &list_path(), NEW, &untagged).await;
    assert_eq!(a.status, 400);
    assert_eq!(fake.bucket_count(GROUP), 0);
    // With the tag, the same body is created.
    let tagged = json!({"cloudProvider": "AWS", "bucketName": "export-bucket", "iamRoleId": ROLE});
    for media in [OLD, NEW] {
        let a = create(&fake, &list_path(), media, &tagged.to_string()).await;
        assert_eq!(a.status, 200, "{}", a.body);
    }
    let a = create(&fake, &v1_list_path(), V1, &tagged.to_string()).await;
    assert_eq!(a.status, 200, "{}", a.body);
}

#[tokio::test]
async fn null_is_refused_for_a_non_nullable_field() {
    let fake = FakeAtlas::start().await.unwrap();
    let aws = json!({"cloudProvider": "AWS", "bucketName": "export-bucket", "iamRoleId": ROLE,
        "requirePrivateNetworking": null});
    for (path, media) in [(list_path(), OLD), (list_path(), NEW), (v1_list_path(), V1)] {
        let a = create(&fake, &path, media, &aws.to_string()).await;
        assert_eq!(
            a.fields(),
            ["requirePrivateNetworking"],
            "{path} at {media}"
        );
        assert!(a.descriptions().contains("not nullable"), "{}", a.body);
    }
    // Every provider, whatever the order of the fields.
    for body in [
        json!({"tenantId": null, "cloudProvider": "AZURE", "roleId": ROLE,
            "serviceUrl": "https://examplestorageaccount.blob.core.windows.net/examplecontainer"}),
        json!({"cloudProvider": "GCP", "bucketName": null, "roleId": ROLE}),
    ] {
        let a = create(&fake, &list_path(), NEW, &body.to_string()).await;
        assert_eq!(a.status, 400, "{body}: {}", a.body);
    }
    let a = send(
        &fake,
        Method::PATCH,
        &format!("{}/{GROUP}", list_path()),
        NEW,
        Some(NEW),
        Some(r#"{"requirePrivateNetworking": null}"#),
    )
    .await;
    assert_eq!(a.fields(), ["requirePrivateNetworking"]);
    assert_eq!(fake.bucket_count(GROUP), 0);
    // A null under a property the spec does not declare is ignored, as the property is.
    let extra = json!({"cloudProvider": "AWS", "bucketName": "export-bucket", "iamRoleId": ROLE,
        "comment": null, "more": {"x": null}});
    for media in [OLD, NEW] {
        let a = create(&fake, &list_path(), media, &extra.to_string()).await;
        assert_eq!(a.status, 200, "{}", a.body);
    }
}

#[tokio::test]
async fn any_page_number_from_1_is_a_page() {
    let fake = FakeAtlas::start().await.unwrap();
    let c = Client::builder()
        .base_url(fake.base_url())
        .credentials(fake.digest_credentials())
        .build()
        .unwrap();
    c.export_buckets()
        .create(
            GROUP,
            v2::DiskBackupSnapshotAwsExportBucketRequest::new("export-bucket", ROLE).into(),
        )
        .await
        .unwrap();
    for (page, results) in [
        ("1", 1),
        ("0001", 1),
        ("2", 0),
        ("9223372036854775807", 0),
        ("9223372036854775808", 0),
        ("36116924672242786238464", 0),
    ] {
        for (path, media) in [(list_path(), NEW), (list_path(), OLD), (v1_list_path(), V1)] {
            let a = send(
                &fake,
                Method::GET,
                &format!("{path}?pageNum={page}"),
                media,
                None,
                None,
            )
            .await;
            assert_eq!(a.status, 200, "pageNum={page}: {}", a.body);
            assert_eq!(
                a.body["results"].as_array().unwrap().len(),
                results,
                "pageNum={page}"
            );
            assert_eq!(a.body["totalCount"], 1);
            let link = a.body["links"][0]["href"].as_str().unwrap();
            assert!(
                link.contains(&format!("pageNum={}&", page.trim_start_matches('0'))),
                "{link}"
            );
        }
    }
    for page in ["0", "000", "-1", "1.5", "abc", "", "+1"] {
        let a = send(
            &fake,
            Method::GET,
            &format!("{}?pageNum={page}", list_path()),
            NEW,
            None,
            None,
        )
        .await;
        assert_eq!(a.fields(), ["pageNum"], "pageNum={page}");
    }
}

#[tokio::test]
async fn an_azure_name_taken_from_the_service_url_meets_the_bucket_name_rules() {
    let fake = FakeAtlas::start().await.unwrap();
    let azure = |container: &str| {
        json!({"cloudProvider": "AZURE", "roleId": ROLE,
            "serviceUrl": format!("https://examplestorageaccount.blob.core.windows.net/{container}")})
        .to_string()
    };
    for container in ["ab".to_owned(), "c".repeat(64)] {
        let a = create(&fake, &list_path(), NEW, &azure(&container)).await;
        assert_eq!(a.fields(), ["bucketName"], "{container}");
        assert!(
            a.descriptions()
                .contains("the container named by serviceUrl"),
            "{}",
            a.body
        );
    }
    let a = create(&fake, &list_path(), NEW, &azure("")).await;
    assert_eq!(a.fields(), ["bucketName"]);
    assert_eq!(fake.bucket_count(GROUP), 0);
    // The shortest and longest names are kept, and read back through the client's types.
    for container in ["abc".to_owned(), "c".repeat(63)] {
        let a = create(&fake, &list_path(), NEW, &azure(&container)).await;
        assert_eq!(a.status, 200, "{}", a.body);
        assert_eq!(a.body["bucketName"], container.as_str());
    }
    // A given bucketName is used as given, whatever the URL names.
    let named = json!({"cloudProvider": "AZURE", "roleId": ROLE, "bucketName": "named",
        "serviceUrl": "https://examplestorageaccount.blob.core.windows.net/ab"});
    let a = create(&fake, &list_path(), NEW, &named.to_string()).await;
    assert_eq!(
        (a.status, a.body["bucketName"].as_str()),
        (200, Some("named"))
    );
    let c = Client::builder()
        .base_url(fake.base_url())
        .credentials(fake.digest_credentials())
        .build()
        .unwrap();
    let page = c
        .export_buckets()
        .list(GROUP, PageRequest::new())
        .await
        .unwrap();
    assert_eq!(page.body.results.len(), 3);
    for b in &page.body.results {
        let v2::DiskBackupSnapshotExportBucketResponse::Azure(az) = b else {
            panic!("{b:?}")
        };
        assert!((3..=63).contains(&az.bucket_name.len()), "{az:?}");
        c.export_buckets().get(GROUP, &az.id).await.unwrap();
    }
}
