//! Contract tests against Prism 5.14.2 (`tests/prism/package.json`) mocking the v2 spec.
//!
//! - Every declared (operation, version) pair, with every provider it admits, is accepted by Prism
//!   and its answer decodes.
//! - Requests that the library's validation refuses are refused by Prism too when forced through.
//!
//! Prism cannot validate the raw fragment correctly (it takes the first media type of a body
//! whatever the version, and the discriminator cycle defeats it), so each version is served from
//! a copy narrowed for it (`tests/support/spec_rewrite.rs`), one Prism process per version.
//!
//! Authentication is out of scope here (the auth tests cover it): the spec's global `security`
//! (OAuth2 client credentials or Digest) would make Prism answer 401 to anything without an
//! `Authorization` header, and these clients carry no credentials. The test therefore removes
//! `security` (global and, should one appear, per operation) from the Prism copy; nothing else in
//! the copy is changed.
//!
//! Prism runs in static mode with `--errors`, so it also checks its own answers against the
//! response schemas. Static mode answers with the first example of a response; the named
//! `AWS`/`Azure`/`GCP` examples of create and get are chosen with `Prefer: example=...`.
//!
//! The harness (tools, the Prism copy, the processes) is `tests/support/prism.rs`, shared with
//! `tests/prism_fake.rs`.
//!
//! Needs `bash .ci/install-prism.sh` (Prism via npm). Without the tools the tests are
//! skipped loudly, or fail when `CI` is set.
// Tests report failure by panicking.
#![allow(clippy::panic, clippy::unwrap_used)]

use std::io::ErrorKind;
use std::net::TcpListener;
use std::sync::{Arc, Mutex, PoisonError, Weak};
use std::time::{Duration, Instant};

use atlas_export_buckets::error::ErrorBody;
use atlas_export_buckets::operation::{NoBody, Operation, Params as _};
use atlas_export_buckets::v2::operations::{
    create_group_backup_export_bucket as create, delete_group_backup_export_bucket as delete,
    get_group_backup_export_bucket as get, list_group_backup_export_buckets as list,
    update_group_backup_export_bucket as update,
};
use atlas_export_buckets::{v2, Client, Error, PageRequest, RetryPolicy};

#[path = "support/prism.rs"]
mod prism;

use prism::{
    declared_pairs, external_tools_present, prism_copy, Mode, Pairs, Prism, STARTUP_TIMEOUT, V2023,
    V2024,
};

const GROUP: &str = "32b6e34b3d91647abb20e7b8";
const BUCKET: &str = "32b6e34b3d91647abb20e7b8";
const ROLE: &str = "668c5f0ed436263134491592";
const SERVICE_URL: &str = "https://examplestorageaccount.blob.core.windows.net/examplecontainer";

/// One Prism per version, shared by the tests that run at the same time and killed when the last
/// of them lets go (a `static` would never be dropped and would leak the processes).
struct Servers {
    v2023: Prism,
    v2024: Prism,
    _dir: tempfile::TempDir,
}

static SERVERS: Mutex<Weak<Servers>> = Mutex::new(Weak::new());

fn servers() -> Option<Arc<Servers>> {
    if !external_tools_present("Prism contract tests") {
        return None;
    }
    let mut slot = SERVERS.lock().unwrap_or_else(PoisonError::into_inner);
    if let Some(servers) = slot.upgrade() {
        return Some(servers);
    }
    let dir = tempfile::tempdir().unwrap();
    let spec23 = prism_copy(dir.path(), V2023);
    let spec24 = prism_copy(dir.path(), V2024);
    // Start both, then wait for both: the slow part overlaps.
    let p23 = Prism::spawn(
        V2023,
        &Mode::Mock,
        &spec23,
        dir.path().join("prism-2023.log"),
    );
    let p24 = Prism::spawn(
        V2024,
        &Mode::Mock,
        &spec24,
        dir.path().join("prism-2024.log"),
    );
    let deadline = Instant::now() + STARTUP_TIMEOUT;
    let servers = Arc::new(Servers {
        v2023: p23.wait_ready(&spec23, deadline),
        v2024: p24.wait_ready(&spec24, deadline),
        _dir: dir,
    });
    *slot = Arc::downgrade(&servers);
    Some(servers)
}

fn http(prefer_example: Option<&str>) -> reqwest::Client {
    let mut headers = reqwest::header::HeaderMap::new();
    if let Some(name) = prefer_example {
        headers.insert(
            "prefer",
            reqwest::header::HeaderValue::from_str(&format!("example={name}")).unwrap(),
        );
    }
    reqwest::Client::builder()
        .no_proxy()
        .default_headers(headers)
        .timeout(Duration::from_secs(30))
        .build()
        .unwrap()
}

/// A client without credentials (so no `Authorization` header) and without retries.
fn client(prism: &Prism, prefer_example: Option<&str>) -> Client {
    Client::builder()
        .base_url(prism.base_url())
        .retry_policy(RetryPolicy::none())
        .http_client(http(prefer_example))
        .build()
        .unwrap()
}

fn aws() -> v2::DiskBackupSnapshotAwsExportBucketRequest {
    v2::DiskBackupSnapshotAwsExportBucketRequest::new("export-bucket", ROLE)
}
fn azure() -> v2::DiskBackupSnapshotAzureExportBucketRequest {
    v2::DiskBackupSnapshotAzureExportBucketRequest::new(ROLE, SERVICE_URL)
}
fn gcp() -> v2::DiskBackupSnapshotGcpExportBucketRequest {
    v2::DiskBackupSnapshotGcpExportBucketRequest::new("export-bucket", ROLE)
}

/// The answer of a call that must succeed; records its (operation, version) in `seen`.
fn ok<T>(
    seen: &mut Pairs,
    what: &str,
    r: Result<atlas_export_buckets::Response<T>, Error>,
) -> atlas_export_buckets::Response<T> {
    match r {
        Ok(r) => {
            let version = r.meta.version.unwrap_or_default();
            seen.insert((r.meta.operation.to_owned(), version.to_owned()));
            r
        }
        Err(e) => panic!("{what}: Prism refused it or its answer did not decode: {e:?}"),
    }
}

#[tokio::test]
async fn prism_accepts_every_declared_operation_version_and_provider_and_the_answers_decode() {
    let Some(servers) = servers() else { return };
    let mut seen = Pairs::new();

    // 2024-05-30: every provider, asking Prism for that provider's named example.
    for (example, provider, body) in [
        (
            "AWS",
            "AWS",
            v2::DiskBackupSnapshotExportBucketRequest::from(aws()),
        ),
        ("Azure", "AZURE", azure().into()),
        ("GCP", "GCP", gcp().into()),
    ] {
        let buckets = client(&servers.v2024, Some(example)).export_buckets();
        let what = format!("create {provider} at {V2024}");
        let created = ok(&mut seen, &what, buckets.create(GROUP, body).await);
        assert_eq!(created.meta.status, 200);
        assert_eq!(created.meta.version, Some(V2024));
        assert_eq!(created.meta.version_sunset, None);
        // Declared on every 2xx; Prism sends them.
        assert!(
            created.meta.rate_limit_limit.is_some(),
            "{:?}",
            created.meta
        );
        assert!(
            created.meta.rate_limit_remaining.is_some(),
            "{:?}",
            created.meta
        );
        let body = created.body;
        assert_eq!(body.cloud_provider(), provider, "{body:?}");
        assert!(!matches!(
            body,
            v2::DiskBackupSnapshotExportBucketResponse::Unknown(_)
        ));

        let what = format!("get {provider} at {V2024}");
        let fetched = ok(&mut seen, &what, buckets.get(GROUP, BUCKET).await);
        assert_eq!(fetched.meta.status, 200);
        let body = fetched.body;
        assert_eq!(body.cloud_provider(), provider, "{body:?}");
        assert!(!matches!(
            body,
            v2::DiskBackupSnapshotExportBucketResponse::Unknown(_)
        ));
    }
    let plain = client(&servers.v2024, None).export_buckets();
    // The list response has no named examples: Prism builds one from the schema (an AWS item).
    let page = PageRequest::new().items_per_page(10);
    let what = format!("list at {V2024}");
    let listed = ok(&mut seen, &what, plain.list(GROUP, page).await);
    assert_eq!(listed.meta.status, 200);
    assert!(!listed.body.results.is_empty());
    for item in &listed.body.results {
        assert!(
            !matches!(item, v2::DiskBackupSnapshotExportBucketResponse::Unknown(_)),
            "{item:?}"
        );
    }
    // PATCH exists at 2024-05-30 only. The spec declares the AWS response for it (the library
    // decodes the provider enum instead: spec/overrides.yaml), so Prism can only answer AWS.
    let what = format!("update at {V2024}");
    let updated = ok(&mut seen, &what, plain.update(GROUP, BUCKET, true).await);
    assert_eq!(updated.meta.status, 200);
    assert_eq!(updated.body.cloud_provider(), "AWS");

    // 2023-01-01: AWS only; DELETE exists at this version only.
    let old = client(&servers.v2023, None)
        .export_buckets()
        .at_2023_01_01();
    let what = format!("create AWS at {V2023}");
    let created = ok(&mut seen, &what, old.create(GROUP, aws()).await);
    assert_eq!(created.meta.status, 200);
    assert_eq!(created.meta.version, Some(V2023));
    assert_eq!(created.meta.version_sunset, Some("2027-07-01"));
    assert_eq!(created.body.iam_role_id, ROLE);

    let what = format!("list at {V2023}");
    let listed = ok(&mut seen, &what, old.list(GROUP, page).await);
    assert_eq!(listed.meta.status, 200);
    assert!(!listed.body.results.is_empty());

    let what = format!("get at {V2023}");
    let fetched = ok(&mut seen, &what, old.get(GROUP, BUCKET).await);
    assert_eq!(fetched.meta.status, 200);
    assert_eq!(fetched.body.id, BUCKET);

    let what = format!("delete at {V2023}");
    let deleted = ok(&mut seen, &what, old.delete(GROUP, BUCKET).await);
    assert_eq!(deleted.meta.status, 204);

    let declared = declared_pairs();
    assert_eq!(declared.len(), 8, "{declared:?}");
    assert_eq!(
        seen, declared,
        "the (operation, version) pairs exercised vs the spec's"
    );
}

/// Sends what the library would send for `O` (same URL, method, media types and body bytes),
/// skipping validation, and returns Prism's status and its violations as text.
async fn force<O: Operation>(
    prism: &Prism,
    params: &O::Params,
    body: Option<&serde_json::Value>,
) -> (u16, String) {
    const SEGMENT: &percent_encoding::AsciiSet = &percent_encoding::NON_ALPHANUMERIC
        .remove(b'-')
        .remove(b'.')
        .remove(b'_')
        .remove(b'~');
    let d = O::DESCRIPTOR;
    let mut path = d.path.to_owned();
    for (name, value) in params.path_values() {
        let value = percent_encoding::utf8_percent_encode(&value, SEGMENT).to_string();
        path = path.replace(&format!("{{{name}}}"), &value);
    }
    let mut url = url::Url::parse(&prism.base_url())
        .unwrap()
        .join(&path)
        .unwrap();
    for (name, value) in params.query_values() {
        url.query_pairs_mut().append_pair(name, &value);
    }
    let method = reqwest::Method::from_bytes(d.method.as_str().as_bytes()).unwrap();
    let mut request = http(None)
        .request(method, url)
        .header(reqwest::header::ACCEPT, d.accept);
    for (name, value) in params.header_values() {
        request = request.header(name, value);
    }
    if let (Some(content_type), Some(body)) = (d.content_type, body) {
        request = request
            .header(reqwest::header::CONTENT_TYPE, content_type)
            .body(serde_json::to_vec(body).unwrap());
    }
    let response = request.send().await.unwrap();
    let status = response.status().as_u16();
    // A declared 400 comes with Prism's violations in a header; its own 422 has them in the body.
    let header = response
        .headers()
        .get("sl-violations")
        .map(|v| String::from_utf8_lossy(v.as_bytes()).into_owned())
        .unwrap_or_default();
    let text = response.text().await.unwrap();
    (status, format!("{header}\n{text}"))
}

/// Which server serves `O`'s version.
fn server_for<O: Operation>(servers: &Servers) -> &Prism {
    match O::DESCRIPTOR.version {
        Some(V2023) => &servers.v2023,
        Some(V2024) => &servers.v2024,
        other => panic!("no Prism for version {other:?}"),
    }
}

fn body_json<O: Operation>(body: &O::Request) -> Option<serde_json::Value> {
    O::DESCRIPTOR
        .content_type
        .map(|_| serde_json::to_value(body).unwrap())
}

/// Prism accepts the valid request (so `force` builds requests correctly).
async fn accepted<O: Operation>(
    servers: &Servers,
    what: &str,
    params: &O::Params,
    body: &O::Request,
) {
    let prism = server_for::<O>(servers);
    let (status, violations) = force::<O>(prism, params, body_json::<O>(body).as_ref()).await;
    assert!(
        (200..300).contains(&status),
        "{what} (valid, at {}): Prism answered {status}: {violations}",
        prism.version
    );
}

/// The library refuses the request without sending it, and Prism refuses it when forced through;
/// both name `field`.
async fn rejected<O: Operation>(
    servers: &Servers,
    what: &str,
    params: &O::Params,
    body: &O::Request,
    field: &str,
) where
    O::Error: ErrorBody,
{
    // (a) Aimed at a listener that never accepts: a request sent anyway would show up as a queued
    // connection (and end in a timeout, not a validation error).
    let silent = TcpListener::bind("127.0.0.1:0").unwrap();
    silent.set_nonblocking(true).unwrap();
    let client = Client::builder()
        .base_url(format!("http://{}", silent.local_addr().unwrap()))
        .retry_policy(RetryPolicy::none())
        .http_client(http(None))
        .request_timeout(Duration::from_secs(2))
        .build()
        .unwrap();
    match client.execute::<O>(params, body).await {
        Err(Error::Validation(e)) => assert!(
            e.violations
                .iter()
                .any(|v| v.path.trim_start_matches('/') == field),
            "{what}: validation did not name {field}: {e:?}"
        ),
        Err(other) => panic!("{what}: expected Error::Validation, got {other:?}"),
        Ok(r) => panic!(
            "{what}: expected Error::Validation, got a {} answer",
            r.meta.status
        ),
    }
    match silent.accept() {
        Err(e) if e.kind() == ErrorKind::WouldBlock => {}
        other => panic!("{what}: the library connected although validation failed: {other:?}"),
    }

    // (b) The same request, forced through to Prism.
    let prism = server_for::<O>(servers);
    let (status, violations) = force::<O>(prism, params, body_json::<O>(body).as_ref()).await;
    forced_rejected(prism, what, status, &violations, field);
}

fn forced_rejected(prism: &Prism, what: &str, status: u16, violations: &str, field: &str) {
    assert!(
        status == 400 || status == 422,
        "{what} (at {}): Prism answered {status}, expected 400 or 422: {violations}",
        prism.version
    );
    // Prism lower-cases parameter names in its messages.
    assert!(
        violations.to_lowercase().contains(&field.to_lowercase()),
        "{what} (at {}): Prism's violations do not name {field}: {violations}",
        prism.version
    );
}

#[tokio::test]
async fn requests_the_library_refuses_are_refused_by_prism_too() {
    let Some(servers) = servers() else { return };
    let s = &*servers;
    let aws_body = v2::DiskBackupSnapshotExportBucketRequest::from(aws());

    // Controls: the valid requests, sent the same way, pass.
    accepted::<list::V2024_05_30>(s, "list", &list::Params::new(GROUP), &NoBody).await;
    accepted::<list::V2023_01_01>(s, "list", &list::Params::new(GROUP), &NoBody).await;
    for body in [aws_body.clone(), azure().into(), gcp().into()] {
        accepted::<create::V2024_05_30>(s, "create", &create::Params::new(GROUP), &body).await;
    }
    accepted::<create::V2023_01_01>(s, "create", &create::Params::new(GROUP), &aws()).await;
    let item = get::Params::new(GROUP, BUCKET);
    accepted::<get::V2024_05_30>(s, "get", &item, &NoBody).await;
    accepted::<get::V2023_01_01>(s, "get", &item, &NoBody).await;
    let patch = v2::UpdateRequirePrivateNetworkingRequestView::new(true);
    let patch_item = update::Params::new(GROUP, BUCKET);
    accepted::<update::V2024_05_30>(s, "update", &patch_item, &patch).await;
    let delete_item = delete::Params::new(GROUP, BUCKET);
    accepted::<delete::V2023_01_01>(s, "delete", &delete_item, &NoBody).await;

    // Path parameters: Prism 5.14.2 does enforce their `pattern` (422, or the declared 400 where
    // the operation has one), so every pair is checked with a bad groupId.
    let bad = "not-hex";
    let what = "groupId not-hex";
    rejected::<list::V2024_05_30>(s, what, &list::Params::new(bad), &NoBody, "groupId").await;
    rejected::<list::V2023_01_01>(s, what, &list::Params::new(bad), &NoBody, "groupId").await;
    let params = create::Params::new(bad);
    rejected::<create::V2024_05_30>(s, what, &params, &aws_body, "groupId").await;
    rejected::<create::V2023_01_01>(s, what, &params, &aws(), "groupId").await;
    let params = get::Params::new(bad, BUCKET);
    rejected::<get::V2024_05_30>(s, what, &params, &NoBody, "groupId").await;
    rejected::<get::V2023_01_01>(s, what, &params, &NoBody, "groupId").await;
    let params = update::Params::new(bad, BUCKET);
    rejected::<update::V2024_05_30>(s, what, &params, &patch, "groupId").await;
    let params = delete::Params::new(bad, BUCKET);
    rejected::<delete::V2023_01_01>(s, what, &params, &NoBody, "groupId").await;
    // And exportBucketId (upper-case hex is not allowed either).
    let upper = "32B6E34B3D91647ABB20E7B8";
    let what = "exportBucketId upper-case";
    let field = "exportBucketId";
    let params = get::Params::new(GROUP, upper);
    rejected::<get::V2024_05_30>(s, what, &params, &NoBody, field).await;
    rejected::<get::V2023_01_01>(s, what, &params, &NoBody, field).await;
    let params = update::Params::new(GROUP, upper);
    rejected::<update::V2024_05_30>(s, what, &params, &patch, field).await;
    let params = delete::Params::new(GROUP, upper);
    rejected::<delete::V2023_01_01>(s, what, &params, &NoBody, field).await;

    // itemsPerPage above the maximum of 500.
    let params = list::Params::new(GROUP).with_items_per_page(501);
    let what = "itemsPerPage 501";
    rejected::<list::V2024_05_30>(s, what, &params, &NoBody, "itemsPerPage").await;
    rejected::<list::V2023_01_01>(s, what, &params, &NoBody, "itemsPerPage").await;

    // bucketName of 2 characters, for every provider and version that takes one.
    let params = create::Params::new(GROUP);
    let what = "bucketName of 2 characters";
    let short_aws = v2::DiskBackupSnapshotAwsExportBucketRequest::new("ab", ROLE);
    for body in [
        v2::DiskBackupSnapshotExportBucketRequest::from(short_aws.clone()),
        azure().with_bucket_name("ab").into(),
        v2::DiskBackupSnapshotGcpExportBucketRequest::new("ab", ROLE).into(),
    ] {
        rejected::<create::V2024_05_30>(s, what, &params, &body, "bucketName").await;
    }
    rejected::<create::V2023_01_01>(s, what, &params, &short_aws, "bucketName").await;

    // AWS body without iamRoleId. The typed API cannot leave out a required field (`new` takes
    // it), so the library's nearest case is an empty one, which fails its pattern. Both the
    // empty field and the field really missing are forced through.
    let what = "AWS body without iamRoleId";
    let mut no_role = aws();
    no_role.iam_role_id = String::new();
    let no_role_enum = v2::DiskBackupSnapshotExportBucketRequest::from(no_role.clone());
    rejected::<create::V2024_05_30>(s, what, &params, &no_role_enum, "iamRoleId").await;
    rejected::<create::V2023_01_01>(s, what, &params, &no_role, "iamRoleId").await;
    let mut missing = serde_json::to_value(&aws_body).unwrap();
    missing.as_object_mut().unwrap().remove("iamRoleId");
    let (status, violations) =
        force::<create::V2024_05_30>(&s.v2024, &params, Some(&missing)).await;
    forced_rejected(&s.v2024, what, status, &violations, "iamRoleId");
    let (status, violations) =
        force::<create::V2023_01_01>(&s.v2023, &params, Some(&missing)).await;
    forced_rejected(&s.v2023, what, status, &violations, "iamRoleId");

    // Azure serviceUrl shorter than 33 characters.
    let what = "Azure serviceUrl of 23 characters";
    let body = v2::DiskBackupSnapshotAzureExportBucketRequest::new(ROLE, "https://short.example/c");
    rejected::<create::V2024_05_30>(s, what, &params, &body.into(), "serviceUrl").await;

    // A non-AWS provider at 2023-01-01 cannot be expressed with the typed API (the 2023 create
    // takes the AWS request); Prism refuses it too.
    let gcp_2023 =
        serde_json::to_value(v2::DiskBackupSnapshotExportBucketRequest::from(gcp())).unwrap();
    let (status, violations) =
        force::<create::V2023_01_01>(&s.v2023, &params, Some(&gcp_2023)).await;
    forced_rejected(
        &s.v2023,
        "GCP at 2023-01-01",
        status,
        &violations,
        "cloudProvider",
    );
}
