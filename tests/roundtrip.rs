//! Every request and response example in the vendored specs decodes into the generated type the
//! operation declares for it, and re-encodes to JSON equal to the example.
// Tests report failure by panicking.
#![allow(clippy::panic, clippy::unwrap_used)]

use atlas_export_buckets::operation::{Method, NoBody, Operation};
use atlas_export_buckets::{v1, v2};
use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::{json, Value};

type Check = fn(&Value) -> Result<Value, String>;

fn roundtrip<T: Serialize + DeserializeOwned>(example: &Value) -> Result<Value, String> {
    let typed: T = serde_json::from_value(example.clone()).map_err(|e| format!("decode: {e}"))?;
    serde_json::to_value(&typed).map_err(|e| format!("encode: {e}"))
}

fn no_body(_: &Value) -> Result<Value, String> {
    Err("this operation declares no request body".to_owned())
}

struct Entry {
    method: Method,
    path: &'static str,
    media: &'static str,
    request: Check,
    response: Check,
    error: Check,
}

trait Body {
    const CHECK: Check;
}
impl Body for NoBody {
    const CHECK: Check = no_body;
}
macro_rules! body {
    ($($t:ty),*) => {$(impl Body for $t { const CHECK: Check = roundtrip::<$t>; })*};
}
body!(
    v2::DiskBackupSnapshotAwsExportBucketRequest,
    v2::DiskBackupSnapshotExportBucketRequest,
    v2::UpdateRequirePrivateNetworkingRequestView,
    v1::DiskBackupSnapshotAwsExportBucketRequest
);

fn entry<O: Operation>() -> Entry
where
    O::Request: Body,
    O::Response: Serialize,
    O::Error: Serialize,
{
    let d = O::DESCRIPTOR;
    Entry {
        method: d.method,
        path: d.path,
        media: d.accept,
        request: <O::Request as Body>::CHECK,
        response: roundtrip::<O::Response>,
        error: roundtrip::<O::Error>,
    }
}

fn v2_entries() -> Vec<Entry> {
    use v2::operations::*;
    vec![
        entry::<list_group_backup_export_buckets::V2023_01_01>(),
        entry::<list_group_backup_export_buckets::V2024_05_30>(),
        entry::<create_group_backup_export_bucket::V2023_01_01>(),
        entry::<create_group_backup_export_bucket::V2024_05_30>(),
        entry::<get_group_backup_export_bucket::V2023_01_01>(),
        entry::<get_group_backup_export_bucket::V2024_05_30>(),
        entry::<update_group_backup_export_bucket::V2024_05_30>(),
        entry::<delete_group_backup_export_bucket::V2023_01_01>(),
    ]
}

fn v1_entries() -> Vec<Entry> {
    use v1::operations::*;
    vec![
        entry::<list_export_buckets::V1_0>(),
        entry::<create_export_bucket::V1_0>(),
        entry::<get_export_bucket::V1_0>(),
        entry::<delete_export_bucket::V1_0>(),
    ]
}

fn load(file: &str) -> Value {
    let path = format!("{}/spec/{file}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("read {path}: {e}"));
    serde_yaml::from_str(&text).unwrap_or_else(|e| panic!("parse {path}: {e}"))
}

/// `(where, value)` of every media-level example under `content`.
fn examples(content: &Value, at: &str) -> Vec<(String, Value)> {
    let mut out = Vec::new();
    if let Some(ex) = content.get("examples").and_then(Value::as_object) {
        for (name, e) in ex {
            if let Some(v) = e.get("value") {
                out.push((format!("{at}/examples/{name}"), v.clone()));
            }
        }
    }
    if let Some(v) = content.get("example") {
        out.push((format!("{at}/example"), v.clone()));
    }
    out
}

fn resolve<'a>(spec: &'a Value, v: &'a Value) -> &'a Value {
    match v.get("$ref").and_then(Value::as_str) {
        Some(r) => spec.pointer(r.trim_start_matches('#')).unwrap_or(v),
        None => v,
    }
}

/// Round-trips every example of a spec; returns how many were checked.
fn check_spec(file: &str, entries: &[Entry]) -> usize {
    let spec = load(file);
    let mut checked = 0;
    let mut failures = Vec::new();
    let paths = spec["paths"].as_object().expect("paths");
    for (path, item) in paths {
        for (method, op) in item.as_object().expect("path item") {
            let find = |media: &str| {
                entries.iter().find(|e| {
                    e.path == path
                        && e.method.as_str().eq_ignore_ascii_case(method)
                        && e.media == media
                })
            };
            let any = || {
                entries
                    .iter()
                    .find(|e| e.path == path && e.method.as_str().eq_ignore_ascii_case(method))
            };
            let mut cases: Vec<(String, Value, Option<Check>)> = Vec::new();
            if let Some(content) = op
                .pointer("/requestBody/content")
                .and_then(Value::as_object)
            {
                for (media, c) in content {
                    for (at, v) in examples(c, &format!("{path} {method} request {media}")) {
                        cases.push((at, v, find(media).map(|e| e.request)));
                    }
                }
            }
            for (status, resp) in op["responses"].as_object().expect("responses") {
                let resp = resolve(&spec, resp);
                let Some(content) = resp.get("content").and_then(Value::as_object) else {
                    continue;
                };
                for (media, c) in content {
                    let success = status.starts_with('2');
                    for (at, v) in examples(c, &format!("{path} {method} {status} {media}")) {
                        let check = if success {
                            find(media).map(|e| e.response)
                        } else {
                            any().map(|e| e.error)
                        };
                        cases.push((at, v, check));
                    }
                }
            }
            for (at, example, check) in cases {
                checked += 1;
                match check {
                    None => failures.push(format!(
                        "{at}: no generated operation version declares this media type"
                    )),
                    Some(check) => match check(&example) {
                        Ok(again) if again == example => {}
                        Ok(again) => failures
                            .push(format!("{at}: re-encoded to {again}, example is {example}")),
                        Err(e) => failures.push(format!("{at}: {e}")),
                    },
                }
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {checked} examples failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
    checked
}

#[test]
fn every_v2_example_round_trips() {
    let n = check_spec("export-buckets.v2.yaml", &v2_entries());
    // 1 + 3 request examples on create, 1 + 3 on create's 200, 1 + 3 on get's 200, and an error
    // example on each of the 35 error responses.
    assert!(n >= 12, "only {n} examples checked");
}

#[test]
fn every_v1_example_round_trips() {
    let n = check_spec("export-buckets.v1.yaml", &v1_entries());
    assert!(n >= 1, "only {n} examples checked");
}

#[test]
fn provider_examples_decode_into_their_own_variant() {
    let spec = load("export-buckets.v2.yaml");
    let create = &spec["paths"]["/api/atlas/v2/groups/{groupId}/backup/exportBuckets"]["post"];
    let req =
        &create["requestBody"]["content"]["application/vnd.atlas.2024-05-30+json"]["examples"];
    let resp =
        &create["responses"]["200"]["content"]["application/vnd.atlas.2024-05-30+json"]["examples"];
    for (name, want) in [("AWS", "AWS"), ("Azure", "AZURE"), ("GCP", "GCP")] {
        let r: v2::DiskBackupSnapshotExportBucketRequest =
            serde_json::from_value(req[name]["value"].clone()).expect("request");
        assert_eq!(r.cloud_provider(), want);
        let ok = matches!(
            (&r, want),
            (v2::DiskBackupSnapshotExportBucketRequest::Aws(_), "AWS")
                | (v2::DiskBackupSnapshotExportBucketRequest::Azure(_), "AZURE")
                | (v2::DiskBackupSnapshotExportBucketRequest::Gcp(_), "GCP")
        );
        assert!(ok, "{name} request decoded as {r:?}");
        let r: v2::DiskBackupSnapshotExportBucketResponse =
            serde_json::from_value(resp[name]["value"].clone()).expect("response");
        let ok = matches!(
            (&r, want),
            (v2::DiskBackupSnapshotExportBucketResponse::Aws(_), "AWS")
                | (
                    v2::DiskBackupSnapshotExportBucketResponse::Azure(_),
                    "AZURE"
                )
                | (v2::DiskBackupSnapshotExportBucketResponse::Gcp(_), "GCP")
        );
        assert!(ok, "{name} response decoded as {r:?}");
    }
}

#[test]
fn an_unknown_provider_is_kept_and_round_trips_unchanged() {
    let oracle = json!({
        "_id": "32b6e34b3d91647abb20e7b8",
        "bucketName": "export-bucket",
        "cloudProvider": "ORACLE",
        "compartmentId": "ocid1.compartment.oc1..aaaa",
        "links": [{"href": "https://cloud.mongodb.com/api/atlas", "rel": "self"}],
        "nested": {"deep": [1, 2.5, null, true]}
    });
    let r: v2::DiskBackupSnapshotExportBucketResponse =
        serde_json::from_value(oracle.clone()).expect("decode");
    assert!(
        matches!(r, v2::DiskBackupSnapshotExportBucketResponse::Unknown(_)),
        "{r:?}"
    );
    assert_eq!(r.cloud_provider(), "ORACLE");
    assert_eq!(serde_json::to_value(&r).expect("encode"), oracle);
    // In a page, too.
    let page = json!({"results": [oracle.clone()], "totalCount": 1});
    let p: v2::PaginatedBackupSnapshotExportBucketsView =
        serde_json::from_value(page.clone()).expect("page");
    assert_eq!(serde_json::to_value(&p).expect("encode"), page);
}

#[test]
fn requests_accept_only_known_providers() {
    let err = serde_json::from_value::<v2::DiskBackupSnapshotExportBucketRequest>(
        json!({"cloudProvider": "ORACLE", "bucketName": "b"}),
    )
    .expect_err("an unknown provider must not decode as a request");
    assert!(err.to_string().contains("ORACLE"), "{err}");
}

#[test]
fn an_aws_request_without_iam_role_id_names_the_field() {
    let err = serde_json::from_value::<v2::DiskBackupSnapshotExportBucketRequest>(
        json!({"cloudProvider": "AWS", "bucketName": "export-bucket"}),
    )
    .expect_err("iamRoleId is required for AWS");
    assert!(err.to_string().contains("iamRoleId"), "{err}");
    let err = serde_json::from_value::<v2::DiskBackupSnapshotAwsExportBucketRequest>(
        json!({"bucketName": "export-bucket"}),
    )
    .expect_err("iamRoleId is required at 2023-01-01 too");
    assert!(err.to_string().contains("iamRoleId"), "{err}");
}

#[test]
fn an_azure_request_never_serializes_links() {
    let with_links = json!({
        "cloudProvider": "AZURE",
        "roleId": "668c5f0ed436263134491592",
        "serviceUrl": "https://examplestorageaccount.blob.core.windows.net/examplecontainer",
        "links": [{"href": "https://cloud.mongodb.com/api/atlas", "rel": "self"}]
    });
    let r: v2::DiskBackupSnapshotExportBucketRequest =
        serde_json::from_value(with_links).expect("decode");
    let out = serde_json::to_value(&r).expect("encode");
    assert!(out.get("links").is_none(), "{out}");
    assert_eq!(out["cloudProvider"], "AZURE");
    let built = v2::DiskBackupSnapshotExportBucketRequest::from(
        v2::DiskBackupSnapshotAzureExportBucketRequest::new(
            "668c5f0ed436263134491592",
            "https://examplestorageaccount.blob.core.windows.net/examplecontainer",
        ),
    );
    let out = serde_json::to_value(&built).expect("encode");
    assert_eq!(
        out,
        json!({
            "cloudProvider": "AZURE",
            "roleId": "668c5f0ed436263134491592",
            "serviceUrl": "https://examplestorageaccount.blob.core.windows.net/examplecontainer"
        })
    );
}

#[test]
fn error_codes_are_typed_with_a_lossless_fallback() {
    let known: v2::ApiError =
        serde_json::from_value(json!({"error": 404, "errorCode": "RESOURCE_NOT_FOUND"}))
            .expect("decode");
    assert_eq!(known.error_code, v2::ErrorCode::ResourceNotFound);
    let live = json!({"error": 429, "errorCode": "TOO_MANY_REQUESTS_FOR_TOKEN", "parameters": ["/api/oauth/token", 10, 1]});
    let unknown: v2::ApiError = serde_json::from_value(live.clone()).expect("decode");
    assert_eq!(
        unknown.error_code,
        v2::ErrorCode::Unknown("TOO_MANY_REQUESTS_FOR_TOKEN".to_owned())
    );
    assert_eq!(serde_json::to_value(&unknown).expect("encode"), live);
}

#[test]
fn large_numbers_in_unknown_variants_round_trip_exactly() {
    // Found by fuzzing: without exact float parsing, re-decoding the re-encoded value differed.
    let big = format!("1{}", "0".repeat(105));
    let text = format!(r#"{{"cloudProvider":"X","n":{big},"f":0.1,"g":-2.5e-300}}"#);
    let first: v2::DiskBackupSnapshotExportBucketResponse =
        serde_json::from_str(&text).expect("decode");
    let again: v2::DiskBackupSnapshotExportBucketResponse =
        serde_json::from_str(&serde_json::to_string(&first).expect("encode"))
            .expect("decode again");
    assert_eq!(first, again);
}

#[test]
fn a_non_ascii_digest_challenge_is_ignored_not_a_panic() {
    // Found by fuzzing: the digest parser slices inside multi-byte characters.
    let challenge = "Digest realm=\"\u{20ac}\u{20ac}\", nonce=\"a\"";
    assert!(atlas_export_buckets::auth::strongest_digest_challenge([challenge]).is_none());
}

#[test]
fn a_provider_enum_decodes_from_text_wherever_the_tag_sits() {
    type R = v2::DiskBackupSnapshotExportBucketResponse;
    let want = json!({
        "_id": "32b6e34b3d91647abb20e7b8", "bucketName": "b", "cloudProvider": "AZURE",
        "roleId": "668c5f0ed436263134491592", "serviceUrl": "https://a.blob.core.windows.net/b",
        "tenantId": "4297fc77-1592-4de8-a6d5-a8c32401df87"
    });
    for text in [
        r#"{"cloudProvider":"AZURE","_id":"32b6e34b3d91647abb20e7b8","bucketName":"b","roleId":"668c5f0ed436263134491592","serviceUrl":"https://a.blob.core.windows.net/b","tenantId":"4297fc77-1592-4de8-a6d5-a8c32401df87"}"#,
        r#"{"_id":"32b6e34b3d91647abb20e7b8","bucketName":"b","roleId":"668c5f0ed436263134491592","cloudProvider":"AZURE","serviceUrl":"https://a.blob.core.windows.net/b","tenantId":"4297fc77-1592-4de8-a6d5-a8c32401df87"}"#,
        r#"{"_id":"32b6e34b3d91647abb20e7b8","bucketName":"b","roleId":"668c5f0ed436263134491592","serviceUrl":"https://a.blob.core.windows.net/b","tenantId":"4297fc77-1592-4de8-a6d5-a8c32401df87","cloudProvider":"AZURE"}"#,
    ] {
        let r: R = serde_json::from_str(text).expect(text);
        assert!(matches!(r, R::Azure(_)), "{text}: {r:?}");
        assert_eq!(serde_json::to_value(&r).expect("encode"), want, "{text}");
    }
    // An unknown provider with its tag last keeps every entry, in order.
    let text =
        r#"{"_id":"x","nested":{"a":[1,2.5]},"region":7,"cloudProvider":"OCI","extra":null}"#;
    let r: R = serde_json::from_str(text).expect("unknown");
    assert_eq!(r.cloud_provider(), "OCI");
    assert_eq!(
        serde_json::to_value(&r).expect("encode"),
        serde_json::from_str::<Value>(text).expect("value")
    );
    // Errors name what is wrong.
    for (text, message) in [
        (
            r#"{"_id":"x","bucketName":"b"}"#,
            "missing field `cloudProvider`",
        ),
        (
            r#"{"cloudProvider":5}"#,
            "invalid type: integer `5`, expected the `cloudProvider` tag, a string",
        ),
        (
            r#""AWS""#,
            "expected a JSON object with a `cloudProvider` field",
        ),
        (
            r#"{"cloudProvider":"GCP","_id":"x","bucketName":"b"}"#,
            "missing field `roleId`",
        ),
        (
            r#"{"_id":true,"cloudProvider":"GCP","bucketName":"b","roleId":"r"}"#,
            "invalid type: boolean `true`, expected a string",
        ),
    ] {
        let err = serde_json::from_str::<R>(text).expect_err(text).to_string();
        assert!(err.contains(message), "{text}: {err}");
    }
    // A field after the tag is decoded from the text itself, so its path is exact.
    let text = r#"{"results":[{"cloudProvider":"GCP","_id":"x","bucketName":"b","roleId":7}]}"#;
    let err = serde_path_to_error::deserialize::<_, v2::PaginatedBackupSnapshotExportBucketsView>(
        &mut serde_json::Deserializer::from_str(text),
    )
    .expect_err("roleId is a number");
    assert_eq!(err.path().to_string(), "results[0].roleId");
}

#[test]
fn a_repeated_provider_tag_is_refused_not_half_applied() {
    type R = v2::DiskBackupSnapshotExportBucketResponse;
    for text in [
        r#"{"cloudProvider":"OCI","_id":"x","cloudProvider":"AWS"}"#,
        r#"{"cloudProvider":"GCP","_id":"x","bucketName":"b","roleId":"r","cloudProvider":"AWS"}"#,
    ] {
        let err = serde_json::from_str::<R>(text).expect_err(text).to_string();
        assert!(
            err.contains("duplicate field `cloudProvider`"),
            "{text}: {err}"
        );
    }
    // Even the same tag twice, as serde refuses any repeated struct field.
    let text = r#"{"cloudProvider":"OCI","_id":"x","cloudProvider":"OCI"}"#;
    let err = serde_json::from_str::<R>(text).expect_err(text).to_string();
    assert!(err.contains("duplicate field `cloudProvider`"), "{err}");
}

#[test]
fn a_provider_struct_read_on_its_own_checks_its_tag() {
    type Aws = v2::DiskBackupSnapshotAwsExportBucketResponse;
    // An Azure bucket that happens to carry every AWS field still is not an AWS bucket.
    let text = r#"{"_id":"x","bucketName":"b","cloudProvider":"AZURE","iamRoleId":"r"}"#;
    let err = serde_json::from_str::<Aws>(text)
        .expect_err(text)
        .to_string();
    assert!(
        err.contains("`cloudProvider` is `AZURE`, but this type holds only `AWS`"),
        "{err}"
    );
    // In a 2023-01-01 page (AWS only), the error names the item.
    let page = format!(r#"{{"results":[{text}],"totalCount":1}}"#);
    let err = serde_path_to_error::deserialize::<_, v2::PaginatedBackupSnapshotExportBucketView>(
        &mut serde_json::Deserializer::from_str(&page),
    )
    .expect_err("an Azure item");
    assert_eq!(err.path().to_string(), "results[0]");
    // The right tag, or none, decodes; the tag is written back either way.
    for text in [
        r#"{"_id":"x","bucketName":"b","cloudProvider":"AWS","iamRoleId":"r"}"#,
        r#"{"_id":"x","bucketName":"b","iamRoleId":"r"}"#,
    ] {
        let aws: Aws = serde_json::from_str(text).expect(text);
        assert_eq!(
            serde_json::to_value(&aws).expect("encode")["cloudProvider"],
            "AWS"
        );
    }
    // Through `Value` (another deserializer) as well.
    let value: Value = serde_json::from_str(text).expect("value");
    assert!(serde_json::from_value::<Aws>(value).is_err());
    // Requests too: the fake server reads them with these types.
    let req = r#"{"bucketName":"b","cloudProvider":"GCP","iamRoleId":"r"}"#;
    assert!(serde_json::from_str::<v2::DiskBackupSnapshotAwsExportBucketRequest>(req).is_err());
    let req =
        r#"{"bucketName":"bucket","cloudProvider":"GCP","roleId":"668c5f0ed436263134491592"}"#;
    let r: v2::DiskBackupSnapshotExportBucketRequest = serde_json::from_str(req).expect(req);
    assert_eq!(r.cloud_provider(), "GCP");
}
