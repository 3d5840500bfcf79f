//! The embedded fake Atlas server (feature `fake`) answers as the published spec says: Prism 5.14.2
//! runs in proxy mode (`prism proxy --errors <copy> <fake>`) in front of the fake, one process per
//! version copy (2023-01-01, 2024-05-30), and checks every response the fake sends against the
//! copy's response schemas. The real client drives the fake through Prism for every declared
//! (operation, version) pair and every provider the pair admits, plus the error responses the
//! fake produces (401, 400, 404, 429).
//!
//! How a violation shows:
//! - Error severity (a body that breaks its schema, a wrong media type): with `--errors` Prism
//!   replaces the fake's response with its own `500` `application/problem+json`
//!   (`type` `https://stoplight.io/prism/errors#VIOLATIONS`, the violations in `validation` and in
//!   the `sl-violations` header), so the client's call fails.
//! - Warning severity (an undeclared status code): Prism passes the response on, with an
//!   `sl-violations` header, and logs `Violation: ...`.
//!
//! After each step the test sends Prism a marker request (an unrouted path: Prism answers it with
//! a `404` and does not forward it) and waits for it in Prism's log, so the log lines of every
//! step are complete and attributed to that step; a step passes only if its lines hold no
//! `Violation`/`VIOLATIONS` and no error Prism generated itself, and show that Prism forwarded
//! the request to the fake and relayed the fake's status.
//!
//! Authentication: digest goes through Prism unchanged. The Prism copy has no `security` (see
//! `tests/support/prism.rs`); Prism then forwards every request with its `Authorization` header
//! and the same path and query, so the fake's `401` challenge (validated by Prism against the
//! declared `401` `ApiError`) reaches the client, and the client's answer reaches the fake. The
//! raw requests the test sends itself use a bearer token fetched from the fake directly: the token
//! endpoint is not in the spec, so Prism (`--errors`) answers `404` to it without forwarding, and a
//! service-account client cannot work through Prism (asserted below).
//!
//! Disagreements between the fake and the published spec, asserted exactly so that they cannot
//! hide and so that the test fails when they change:
//! - PATCH of an Azure or GCP bucket: the published 200 schema is the AWS response; this project
//!   overrides it with the provider enum (`spec/overrides.yaml`), and the fake answers with the
//!   Azure/GCP bucket. Prism, holding the published schema, flags it.

//!
//! Needs `bash .ci/install-prism.sh` (Prism via npm). Without the tools the test is
//! skipped loudly, or fails when `CI` is set.
#![cfg(feature = "fake")]
// Tests report failure by panicking.
#![allow(clippy::panic, clippy::unwrap_used)]

use std::fmt::Debug;
use std::time::{Duration, Instant};

use atlas_export_buckets::error::ApiError;
use atlas_export_buckets::fake::{FakeAtlas, Fault, DEMO_CLIENT_ID, DEMO_CLIENT_SECRET};
use atlas_export_buckets::{
    v2, Client, Credentials, Error, ExportBuckets, PageRequest, Response, RetryPolicy,
};
use serde_json::{json, Value};

#[path = "support/prism.rs"]
mod prism;

use prism::{
    declared_pairs, external_tools_present, prism_copy, Mode, Pairs, Prism, ROOT, STARTUP_TIMEOUT,
    V2023, V2024,
};

/// The requests, once both Prisms listen (startup is bounded by `STARTUP_TIMEOUT`).
const REQUESTS_TIMEOUT: Duration = Duration::from_secs(20);
/// How long to wait for a marker in Prism's log.
const LOG_TIMEOUT: Duration = Duration::from_secs(10);

const GROUP_2024: &str = "5e4d3c2b1a0f9e8d7c6b5a49";
const GROUP_2023: &str = "6e4d3c2b1a0f9e8d7c6b5a49";
const MISSING: &str = "0123456789abcdef01234567";
const ROLE: &str = "668c5f0ed436263134491592";
const SERVICE_URL: &str = "https://examplestorageaccount.blob.core.windows.net/examplecontainer";
/// An Azure service URL naming no container: valid for the spec, refused by the fake when no
/// `bucketName` is given (there is nothing to derive it from).
const SERVICE_URL_NO_CONTAINER: &str = "https://examplestorageaccount.blob.core.windows.net/";

const VIOLATIONS: &str = "https://stoplight.io/prism/errors#VIOLATIONS";
const MARKER: &str = "/__prism_fake_marker-";

fn aws() -> v2::DiskBackupSnapshotAwsExportBucketRequest {
    v2::DiskBackupSnapshotAwsExportBucketRequest::new("export-bucket", ROLE)
}
fn azure() -> v2::DiskBackupSnapshotAzureExportBucketRequest {
    v2::DiskBackupSnapshotAzureExportBucketRequest::new(ROLE, SERVICE_URL)
}
fn gcp() -> v2::DiskBackupSnapshotGcpExportBucketRequest {
    v2::DiskBackupSnapshotGcpExportBucketRequest::new("export-bucket", ROLE)
}

/// The violations Prism reports for a PATCH 200 carrying an Azure or GCP bucket, checked against
/// the published AWS-only schema.
fn patch_override_violations() -> Value {
    json!([
        {"location": ["response", "body"], "severity": "Error", "code": "required",
         "message": "Response body must have required property 'iamRoleId'"},
        {"location": ["response", "body", "cloudProvider"], "severity": "Error", "code": "enum",
         "message": "Response body property cloudProvider must be equal to one of the allowed values: AWS"},
    ])
}

fn http() -> reqwest::Client {
    reqwest::Client::builder()
        .no_proxy()
        .redirect(reqwest::redirect::Policy::none())
        .timeout(Duration::from_secs(20))
        .build()
        .unwrap()
}

/// The real client, aimed at `base_url`, without retries.
fn client(base_url: String, credentials: Credentials) -> Client {
    Client::builder()
        .base_url(base_url)
        .credentials(credentials)
        .retry_policy(RetryPolicy::none())
        .http_client(http())
        .build()
        .unwrap()
}

/// One Prism proxy per version copy, both in front of the same fake.
struct Proxies {
    v2023: Prism,
    v2024: Prism,
    _dir: tempfile::TempDir,
}

async fn start_proxies(upstream: String) -> Proxies {
    let started = tokio::task::spawn_blocking(move || {
        let dir = tempfile::tempdir().unwrap();
        let spec23 = prism_copy(dir.path(), V2023);
        let spec24 = prism_copy(dir.path(), V2024);
        let mode = Mode::Proxy { upstream };
        // Start both, then wait for both: the slow part overlaps.
        let p23 = Prism::spawn(V2023, &mode, &spec23, dir.path().join("prism-2023.log"));
        let p24 = Prism::spawn(V2024, &mode, &spec24, dir.path().join("prism-2024.log"));
        let deadline = Instant::now() + STARTUP_TIMEOUT;
        Proxies {
            v2023: p23.wait_ready(&spec23, deadline),
            v2024: p24.wait_ready(&spec24, deadline),
            _dir: dir,
        }
    })
    .await;
    match started {
        Ok(p) => p,
        Err(e) if e.is_panic() => std::panic::resume_unwind(e.into_panic()),
        Err(e) => panic!("starting Prism: {e}"),
    }
}

/// What Prism logged for one step.
struct Segment {
    step: String,
    lines: Vec<String>,
    /// The statuses the fake answered with, in order (`The upstream call to ... has returned N`).
    upstream: Vec<u16>,
}

impl Segment {
    fn text(&self) -> String {
        self.lines.join("\n")
    }

    fn matching(&self, needle: &str) -> Vec<&String> {
        let needle = needle.to_lowercase();
        self.lines
            .iter()
            .filter(|l| l.to_lowercase().contains(&needle))
            .collect()
    }

    /// Prism reported no violation (error or warning) and generated no error of its own, and the
    /// fake's last answer had `status`.
    fn assert_clean(&self, status: u16) {
        let violations = self.matching("violation");
        let own = self.matching("Request terminated with error");
        assert!(
            violations.is_empty() && own.is_empty(),
            "{}: Prism reported a violation or an error of its own:\n{}",
            self.step,
            self.text()
        );
        self.assert_upstream(status);
    }

    /// The request went through Prism to the fake, whose last answer had `status`.
    fn assert_upstream(&self, status: u16) {
        assert_eq!(
            self.upstream.last(),
            Some(&status),
            "{}: the fake's answers as Prism relayed them: {:?}\n{}",
            self.step,
            self.upstream,
            self.text()
        );
    }

    /// Prism replaced the fake's answer with its `--errors` violation response.
    fn assert_replaced_by_violation(&self) {
        assert_eq!(
            self.matching(&format!("Request terminated with error: {VIOLATIONS}"))
                .len(),
            1,
            "{}: expected Prism to replace the fake's answer because of a violation:\n{}",
            self.step,
            self.text()
        );
    }
}

/// Reads one Prism's log step by step.
struct Log<'a> {
    prism: &'a Prism,
    http: reqwest::Client,
    consumed: usize,
    markers: u32,
}

impl<'a> Log<'a> {
    fn new(prism: &'a Prism) -> Self {
        Log {
            prism,
            http: http(),
            consumed: 0,
            markers: 0,
        }
    }

    /// The log lines since the previous call. Prism handles requests one after the other here
    /// and logs a request before answering it, so once the marker request shows in the log,
    /// everything logged for the requests before it is there too.
    async fn step(&mut self, step: &str) -> Segment {
        self.markers += 1;
        let marker = format!("{MARKER}{:05}", self.markers);
        let answered = self
            .http
            .get(format!("{}{marker}", self.prism.base_url()))
            .send()
            .await
            .unwrap();
        assert_eq!(answered.status(), 404, "{step}: the marker was not refused");
        let deadline = Instant::now() + LOG_TIMEOUT;
        loop {
            let text = self.prism.log_text();
            let rest = text.get(self.consumed..).unwrap_or_default();
            let found = rest.find(&marker).and_then(|at| {
                let start = rest[..at].rfind('\n').map_or(0, |n| n + 1);
                let end = rest[at..].find('\n')? + at + 1;
                Some((start, end))
            });
            if let Some((start, end)) = found {
                let lines: Vec<String> = rest[..start]
                    .lines()
                    .filter(|l| !l.contains(MARKER))
                    .map(str::to_owned)
                    .collect();
                self.consumed += end;
                let upstream = lines
                    .iter()
                    .filter_map(|l| {
                        let (_, status) = l.split_once("The upstream call to ")?;
                        status.rsplit(' ').next()?.trim().parse().ok()
                    })
                    .collect();
                return Segment {
                    step: step.to_owned(),
                    lines,
                    upstream,
                };
            }
            if Instant::now() > deadline {
                panic!(
                    "{step}: marker {marker} not in Prism's log within {LOG_TIMEOUT:?}:\n{}",
                    self.prism.log_tail()
                );
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }
}

/// A call that must succeed with a response Prism found conforming.
async fn conforming<T: Debug>(
    log: &mut Log<'_>,
    seen: &mut Pairs,
    what: &str,
    r: Result<Response<T>, Error>,
) -> (Response<T>, Segment) {
    let segment = log.step(what).await;
    let r = match r {
        Ok(r) => r,
        Err(e) => panic!("{what}: {e:?}\nPrism's log:\n{}", segment.text()),
    };
    segment.assert_clean(r.meta.status);
    let version = r.meta.version.unwrap_or_default();
    seen.insert((r.meta.operation.to_owned(), version.to_owned()));
    (r, segment)
}

/// A call that must fail with the fake's `ApiError` (`status`, `code`), found conforming.
async fn conforming_error<T: Debug>(
    log: &mut Log<'_>,
    what: &str,
    r: Result<Response<T>, Error>,
    status: u16,
    code: &str,
) -> (Box<ApiError>, Segment) {
    let segment = log.step(what).await;
    let error = match r {
        Err(Error::Api {
            status: s, error, ..
        }) if s == status && error.error_code.as_str() == code => error,
        other => panic!(
            "{what}: expected the fake's {status} {code}, got {other:?}\nPrism's log:\n{}",
            segment.text()
        ),
    };
    assert_eq!(error.error, i32::from(status), "{what}: {error:?}");
    segment.assert_clean(status);
    (error, segment)
}

/// A call whose response Prism replaced with its violation error (`500`): the client sees it.
async fn replaced_by_violation<T: Debug>(
    log: &mut Log<'_>,
    what: &str,
    r: Result<Response<T>, Error>,
    fake_status: u16,
) -> Segment {
    let segment = log.step(what).await;
    match r {
        Err(Error::Http {
            status: 500,
            excerpt,
            ..
        }) if excerpt.contains(VIOLATIONS) => {}
        other => panic!(
            "{what}: expected Prism's 500 {VIOLATIONS}, got {other:?}\nPrism's log:\n{}",
            segment.text()
        ),
    }
    segment.assert_replaced_by_violation();
    segment.assert_upstream(fake_status);
    segment
}

/// A request sent as is (bearer token), with Prism's status, body and `sl-violations`.
struct Raw {
    status: u16,
    violations: Value,
    body: String,
}

async fn raw(
    prism: &Prism,
    token: &str,
    method: reqwest::Method,
    path: &str,
    version: &str,
    body: Option<Value>,
) -> Raw {
    let media = format!("application/vnd.atlas.{version}+json");
    let mut request = http()
        .request(method, format!("{}{path}", prism.base_url()))
        .header(reqwest::header::ACCEPT, &media)
        .bearer_auth(token);
    if let Some(body) = body {
        request = request
            .header(reqwest::header::CONTENT_TYPE, &media)
            .body(serde_json::to_vec(&body).unwrap());
    }
    let response = request.send().await.unwrap();
    let status = response.status().as_u16();
    let violations = response
        .headers()
        .get("sl-violations")
        .map_or(Value::Null, |v| {
            serde_json::from_slice(v.as_bytes()).unwrap()
        });
    Raw {
        status,
        violations,
        body: response.text().await.unwrap(),
    }
}

/// A bearer token, from the fake directly (its token endpoint is not in the spec).
async fn bearer_token(fake: &FakeAtlas) -> String {
    let response = http()
        .post(format!("{}/api/oauth/token", fake.base_url()))
        .basic_auth(DEMO_CLIENT_ID, Some(DEMO_CLIENT_SECRET))
        .header(
            reqwest::header::CONTENT_TYPE,
            "application/x-www-form-urlencoded",
        )
        .body("grant_type=client_credentials")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    let body: Value = response.json().await.unwrap();
    body["access_token"].as_str().unwrap().to_owned()
}

fn id_of(bucket: &v2::DiskBackupSnapshotExportBucketResponse) -> String {
    match bucket {
        v2::DiskBackupSnapshotExportBucketResponse::Aws(b) => b.id.clone(),
        v2::DiskBackupSnapshotExportBucketResponse::Azure(b) => b.id.clone(),
        v2::DiskBackupSnapshotExportBucketResponse::Gcp(b) => b.id.clone(),
        other => panic!("not a known provider: {other:?}"),
    }
}

fn buckets_path(group: &str) -> String {
    format!("/api/atlas/v2/groups/{group}/backup/exportBuckets")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_response_of_the_fake_validates_against_the_published_spec_through_a_prism_proxy() {
    if !external_tools_present("The Prism proxy test of the fake") {
        return;
    }
    let fake = FakeAtlas::start().await.unwrap();
    let proxies = start_proxies(fake.base_url()).await;
    if tokio::time::timeout(REQUESTS_TIMEOUT, drive(&fake, &proxies))
        .await
        .is_err()
    {
        panic!(
            "the requests did not finish within {REQUESTS_TIMEOUT:?}\n--- Prism 2024-05-30:\n{}\n--- Prism 2023-01-01:\n{}",
            proxies.v2024.log_tail(),
            proxies.v2023.log_tail()
        );
    }
}

async fn drive(fake: &FakeAtlas, proxies: &Proxies) {
    let token = bearer_token(fake).await;
    let mut seen = Pairs::new();
    at_2024_05_30(fake, &proxies.v2024, &token, &mut seen).await;
    at_2023_01_01(fake, &proxies.v2023, &mut seen).await;
    let declared = declared_pairs();
    assert_eq!(declared.len(), 8, "{declared:?}");
    assert_eq!(
        seen, declared,
        "the (operation, version) pairs exercised vs the spec's"
    );
}

/// The 2024-05-30 run: the fake, its Prism proxy, a bearer token for the raw requests, the client
/// aimed at Prism, and Prism's log read step by step.
struct At2024<'a> {
    fake: &'a FakeAtlas,
    prism: &'a Prism,
    token: &'a str,
    client: Client,
    buckets: ExportBuckets,
    log: Log<'a>,
}

async fn at_2024_05_30(fake: &FakeAtlas, prism: &Prism, token: &str, seen: &mut Pairs) {
    let mut log = Log::new(prism);
    log.step("startup").await;
    let client = client(prism.base_url(), fake.digest_credentials());
    let buckets = client.export_buckets();
    let mut run = At2024 {
        fake,
        prism,
        token,
        client,
        buckets,
        log,
    };
    let ids = run.create_every_provider(seen).await;
    run.get_every_provider_and_list(seen, &ids).await;
    run.update_every_provider(seen, &ids).await;
    run.missing_buckets().await;
    run.invalid_bodies().await;
    let id = &ids[0].1;
    run.wrong_api_key(id).await;
    run.rate_limited_and_unavailable(id).await;
    run.service_account(id).await;
}

impl At2024<'_> {
    /// Creates a bucket of every provider, in the order AWS, Azure, GCP, and returns each
    /// provider with its bucket's id.
    async fn create_every_provider(&mut self, seen: &mut Pairs) -> Vec<(&'static str, String)> {
        let group = GROUP_2024;
        // The first call is the digest handshake: the fake's 401 challenge and then its 200, both
        // forwarded and validated by Prism.
        let mut ids = Vec::new();
        for (provider, body) in [
            (
                "AWS",
                v2::DiskBackupSnapshotExportBucketRequest::from(aws()),
            ),
            ("AZURE", azure().into()),
            ("GCP", gcp().into()),
        ] {
            let what = format!("create {provider} at {V2024}");
            let r = self.buckets.create(group, body).await;
            let (created, segment) = conforming(&mut self.log, seen, &what, r).await;
            if ids.is_empty() {
                assert_eq!(segment.upstream, [401, 200], "{what}: digest through Prism");
                assert_eq!(self.client.digest_algorithm().as_deref(), Some("MD5"));
            }
            assert_eq!(created.meta.status, 200);
            assert_eq!(created.body.cloud_provider(), provider, "{what}");
            ids.push((provider, id_of(&created.body)));
        }
        ids
    }

    /// Gets every bucket of `ids`, then lists them all in one page.
    async fn get_every_provider_and_list(&mut self, seen: &mut Pairs, ids: &[(&str, String)]) {
        let group = GROUP_2024;
        for (provider, id) in ids {
            let what = format!("get {provider} at {V2024}");
            let r = self.buckets.get(group, id).await;
            let (fetched, _) = conforming(&mut self.log, seen, &what, r).await;
            assert_eq!(fetched.body.cloud_provider(), *provider, "{what}");
            assert_eq!(&id_of(&fetched.body), id, "{what}");
        }

        // list: all three providers in one page. Three query parameters: Prism rebuilds the query
        // string when it forwards, and the digest (which signs path and query) must still verify.
        let what = format!("list at {V2024}");
        let page = PageRequest::new()
            .page_num(1)
            .items_per_page(10)
            .include_count(true);
        let r = self.buckets.list(group, page).await;
        let (listed, _) = conforming(&mut self.log, seen, &what, r).await;
        let mut providers: Vec<&str> = listed
            .body
            .results
            .iter()
            .map(|b| b.cloud_provider())
            .collect();
        providers.sort_unstable();
        assert_eq!(providers, ["AWS", "AZURE", "GCP"], "{what}");
        assert_eq!(listed.body.total_count, Some(3), "{what}");
    }

    /// Updates (PATCH, 2024-05-30 only) every bucket of `ids`, AWS first: the AWS one conforms to
    /// the published schema, the others meet the `spec/overrides.yaml` override.
    async fn update_every_provider(&mut self, seen: &mut Pairs, ids: &[(&str, String)]) {
        let group = GROUP_2024;
        let (provider, id) = &ids[0];
        let what = format!("update {provider} at {V2024}");
        let r = self.buckets.update(group, id, true).await;
        let (updated, _) = conforming(&mut self.log, seen, &what, r).await;
        match &updated.body {
            v2::DiskBackupSnapshotExportBucketResponse::Aws(b) => {
                assert_eq!(b.require_private_networking, Some(true), "{what}")
            }
            other => panic!("{what}: {other:?}"),
        }
        // Azure and GCP: the documented override. The published PATCH 200 schema is the AWS
        // response, so Prism flags the fake's (correct, per the override) Azure/GCP bucket.
        let overrides = std::fs::read_to_string(format!("{ROOT}/spec/overrides.yaml")).unwrap();
        assert!(
            overrides.contains("{exportBucketId}/patch/responses/200/content/application~1vnd.atlas.2024-05-30+json/schema/$ref"),
            "the PATCH 200 override is no longer in spec/overrides.yaml; revisit this test"
        );
        let direct = client(self.fake.base_url(), self.fake.digest_credentials()).export_buckets();
        for (provider, id) in &ids[1..] {
            let what = format!("update {provider} at {V2024} (the spec/overrides.yaml override)");
            let r = self.buckets.update(group, id, true).await;
            replaced_by_violation(&mut self.log, &what, r, 200).await;
            // Exactly these violations, and nothing else.
            let path = format!("{}/{id}", buckets_path(group));
            let answer = raw(
                self.prism,
                self.token,
                reqwest::Method::PATCH,
                &path,
                V2024,
                Some(json!({"requirePrivateNetworking": true})),
            )
            .await;
            assert_eq!(answer.status, 500, "{what}: {}", answer.body);
            assert_eq!(answer.violations, patch_override_violations(), "{what}");
            self.log.step(&what).await.assert_replaced_by_violation();
            // The fake's answer itself, without Prism: the bucket, decoded with the override.
            let updated = direct.update(group, id, true).await.unwrap();
            assert_eq!(updated.body.cloud_provider(), *provider, "{what}");
        }
    }

    /// Gets and updates a missing bucket: the fake's 404s conform.
    async fn missing_buckets(&mut self) {
        let group = GROUP_2024;
        let what = format!("get a missing bucket at {V2024}");
        conforming_error(
            &mut self.log,
            &what,
            self.buckets.get(group, MISSING).await,
            404,
            "RESOURCE_NOT_FOUND",
        )
        .await;
        let what = format!("update a missing bucket at {V2024}");
        let r = self.buckets.update(group, MISSING, true).await;
        conforming_error(&mut self.log, &what, r, 404, "RESOURCE_NOT_FOUND").await;
    }

    /// Creates with a body the spec refuses (Prism answers 422 and forwards nothing) and with a
    /// body the spec allows but the fake refuses (the fake's 400 VALIDATION_ERROR conforms).
    async fn invalid_bodies(&mut self) {
        let group = GROUP_2024;
        // 400 VALIDATION_ERROR. A body that breaks the spec never reaches the fake: Prism
        // validates requests in proxy mode too and answers 422 itself.
        let before = self.fake.requests().len();
        let bad = json!({"cloudProvider": "AWS", "bucketName": "ab", "iamRoleId": ROLE});
        let answer = raw(
            self.prism,
            self.token,
            reqwest::Method::POST,
            &buckets_path(group),
            V2024,
            Some(bad),
        )
        .await;
        assert_eq!(answer.status, 422, "{}", answer.body);
        assert!(
            answer
                .body
                .contains("https://stoplight.io/prism/errors#UNPROCESSABLE_ENTITY")
                && answer.body.contains("bucketName"),
            "{}",
            answer.body
        );
        assert_eq!(
            self.fake.requests().len(),
            before,
            "Prism forwarded an invalid request"
        );
        let segment = self.log.step("create with bucketName \"ab\" (raw)").await;
        assert!(segment.upstream.is_empty(), "{}", segment.text());
        assert!(
            segment.matching("violation").is_empty(),
            "{}",
            segment.text()
        );
        // A body the spec allows but the fake refuses (Azure, no bucketName, and no container in
        // the serviceUrl to derive it from) is forwarded, and the fake's 400 conforms.
        let what = format!("create Azure without a container at {V2024}");
        let body =
            v2::DiskBackupSnapshotAzureExportBucketRequest::new(ROLE, SERVICE_URL_NO_CONTAINER);
        let r = self.buckets.create(group, body.into()).await;
        let (error, _) = conforming_error(&mut self.log, &what, r, 400, "VALIDATION_ERROR").await;
        let fields = error
            .bad_request_detail
            .and_then(|d| d.fields)
            .unwrap_or_default();
        assert!(fields.iter().any(|f| f.field == "bucketName"), "{fields:?}");
    }

    /// Gets bucket `id` with a wrong private key: both of the fake's 401s (the challenge, then
    /// the refusal) conform.
    async fn wrong_api_key(&mut self, id: &str) {
        let what = format!("get with a wrong API key at {V2024}");
        let wrong = client(
            self.prism.base_url(),
            Credentials::digest(atlas_export_buckets::fake::DEMO_PUBLIC_KEY, "wrong"),
        );
        let r = wrong.export_buckets().get(GROUP_2024, id).await;
        let (_, segment) = conforming_error(&mut self.log, &what, r, 401, "NOT_AUTHORIZED").await;
        assert_eq!(segment.upstream, [401, 401], "{what}");
    }

    /// Gets bucket `id` under two injected faults: a 429 with Retry-After, which conforms, and a
    /// 503, which the spec does not declare and which Prism passes on with a warning.
    async fn rate_limited_and_unavailable(&mut self, id: &str) {
        let group = GROUP_2024;
        // 429 with Retry-After.
        let what = format!("get, rate limited, at {V2024}");
        self.fake
            .inject(Fault::TooManyRequests { retry_after: 7 }, 1);
        let r = self.buckets.get(group, id).await;
        conforming_error(&mut self.log, &what, r, 429, "RATE_LIMITED").await;

        // Control for the log check: a 503 (an injected fault; the spec declares no 503) is
        // passed on with a warning, which the test must see.
        let what = format!("get, unavailable, at {V2024}");
        self.fake.inject(Fault::Unavailable, 1);
        let r = self.buckets.get(group, id).await;
        let segment = self.log.step(&what).await;
        assert!(
            matches!(r, Err(Error::Api { status: 503, .. })),
            "{what}: {r:?}"
        );
        segment.assert_upstream(503);
        let warnings =
            segment.matching("Violation: response Unable to match the returned status code");
        assert_eq!(warnings.len(), 1, "{what}: {}", segment.text());
    }

    /// Gets bucket `id` with service-account credentials: they cannot go through Prism, as the
    /// token endpoint is not in the spec.
    async fn service_account(&mut self, id: &str) {
        let before = self.fake.requests().len();
        let sa = client(
            self.prism.base_url(),
            self.fake.service_account_credentials(),
        );
        let r = sa.export_buckets().get(GROUP_2024, id).await;
        assert!(
            matches!(
                r,
                Err(Error::Auth {
                    status: Some(404),
                    ..
                })
            ),
            "service account through Prism: {r:?}"
        );
        assert_eq!(
            self.fake.requests().len(),
            before,
            "Prism forwarded the token request"
        );
        let segment = self.log.step("service account through Prism").await;
        assert!(segment.upstream.is_empty(), "{}", segment.text());
        assert_eq!(
            segment.matching("NO_PATH_MATCHED_ERROR").len(),
            1,
            "{}",
            segment.text()
        );
    }
}

async fn at_2023_01_01(fake: &FakeAtlas, prism: &Prism, seen: &mut Pairs) {
    let mut log = Log::new(prism);
    log.step("startup").await;
    let client = client(prism.base_url(), fake.digest_credentials());
    let buckets = client.export_buckets().at_2023_01_01();
    let group = GROUP_2023;

    // 2023-01-01 is AWS only.
    let what = format!("create AWS at {V2023}");
    let (created, segment) =
        conforming(&mut log, seen, &what, buckets.create(group, aws()).await).await;
    assert_eq!(segment.upstream, [401, 200], "{what}: digest through Prism");
    assert_eq!(created.meta.version_sunset, Some("2027-07-01"));
    assert_eq!(created.body.iam_role_id, ROLE);
    let id = created.body.id;

    let what = format!("list at {V2023}");
    let page = PageRequest::new().items_per_page(10);
    let (listed, _) = conforming(&mut log, seen, &what, buckets.list(group, page).await).await;
    assert_eq!(listed.body.results.len(), 1, "{what}");

    let what = format!("get at {V2023}");
    let (fetched, _) = conforming(&mut log, seen, &what, buckets.get(group, &id).await).await;
    assert_eq!(fetched.body.id, id);

    let what = format!("get a missing bucket at {V2023}");
    let r = buckets.get(group, MISSING).await;
    conforming_error(&mut log, &what, r, 404, "RESOURCE_NOT_FOUND").await;

    // DELETE (2023-01-01 only): a 204 with the declared media type and no body.
    let what = format!("delete at {V2023}");
    let (deleted, _) = conforming(&mut log, seen, &what, buckets.delete(group, &id).await).await;
    assert_eq!(deleted.meta.status, 204, "{what}");
    assert_eq!(fake.bucket_count(group), 0, "{what}: the fake did delete");

    let what = format!("delete a missing bucket at {V2023}");
    let r = buckets.delete(group, MISSING).await;
    conforming_error(&mut log, &what, r, 404, "RESOURCE_NOT_FOUND").await;
}
