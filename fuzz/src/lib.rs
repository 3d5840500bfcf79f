//! The bodies of the fuzz targets, one function per target. `fuzz_targets/*.rs` hand libFuzzer's
//! input to them; the workspace test `tests/fuzz_corpus.rs` includes this file as a module and
//! replays `fuzz/corpus/<target>/` and `fuzz/regressions/<target>/` through the same functions.
//! Each returns normally for any input; a panic is a finding.

use std::fmt::Debug;

use serde::de::DeserializeOwned;
use serde::Serialize;

/// `generate`: bytes (lossy UTF-8) as a spec, through `atlas_codegen::generate` with default
/// settings. `Ok` and `Err` are both fine; a panic, a hang or an `Err` without diagnostics is not.
pub fn generate(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let source = atlas_codegen::Source::new("fuzz.yaml", &text);
    match atlas_codegen::generate(&source, &atlas_codegen::Settings::new()) {
        Ok(generated) => assert!(
            generated.code.starts_with("// @generated"),
            "generated code without its header"
        ),
        Err(diagnostics) => {
            assert!(!diagnostics.is_empty(), "Err without any diagnostic");
            // Rendering the diagnostics must not panic either.
            let _ = diagnostics.to_string();
        }
    }
}

/// `decode`: bytes as JSON into every generated response type, `ApiError` and the v2 request
/// enum. Whatever decodes must re-serialize, decode again to an equal value, and re-serialize
/// to the same bytes.
pub fn decode(data: &[u8]) {
    use atlas_export_buckets::{v1, v2};
    round_trip::<v2::DiskBackupSnapshotExportBucketResponse>(data);
    round_trip::<v2::DiskBackupSnapshotAwsExportBucketResponse>(data);
    round_trip::<v2::DiskBackupSnapshotAzureExportBucketResponse>(data);
    round_trip::<v2::DiskBackupSnapshotGcpExportBucketResponse>(data);
    round_trip::<v2::PaginatedBackupSnapshotExportBucketsView>(data);
    round_trip::<v2::PaginatedBackupSnapshotExportBucketView>(data);
    round_trip::<v2::ApiError>(data);
    round_trip::<v2::DiskBackupSnapshotExportBucketRequest>(data);
    round_trip::<v1::DiskBackupSnapshotAwsExportBucketResponse>(data);
    round_trip::<v1::PaginatedBackupSnapshotExportBucketView>(data);
    round_trip::<v1::ApiError>(data);
}

fn round_trip<T: Serialize + DeserializeOwned + PartialEq + Debug>(data: &[u8]) {
    let name = std::any::type_name::<T>();
    let Ok(first) = serde_json::from_slice::<T>(data) else {
        return;
    };
    let json = match serde_json::to_vec(&first) {
        Ok(json) => json,
        Err(e) => panic!("{name}: a decoded value does not serialize: {e}\nvalue: {first:?}"),
    };
    let second = match serde_json::from_slice::<T>(&json) {
        Ok(second) => second,
        Err(e) => panic!(
            "{name}: its own serialization does not decode: {e}\nserialized: {}",
            String::from_utf8_lossy(&json)
        ),
    };
    assert_eq!(
        first,
        second,
        "{name}: value changed in a round trip; serialized: {}",
        String::from_utf8_lossy(&json)
    );
    let again = match serde_json::to_vec(&second) {
        Ok(again) => again,
        Err(e) => panic!("{name}: a decoded value does not serialize: {e}\nvalue: {second:?}"),
    };
    assert_eq!(
        String::from_utf8_lossy(&json),
        String::from_utf8_lossy(&again),
        "{name}: serialization not stable"
    );
}

/// `digest_challenge`: bytes (lossy UTF-8) as `WWW-Authenticate` values, one per line, through
/// `strongest_digest_challenge`; a chosen challenge is then answered as the client would.
pub fn digest_challenge(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let Some(mut challenge) =
        atlas_export_buckets::auth::strongest_digest_challenge(text.split('\n'))
    else {
        return;
    };
    let _ = challenge.to_string();
    let mut context = digest_auth::AuthContext::new_with_method(
        "public-key",
        "private-key",
        "/api/atlas/v2/groups/32b6e34b3d91647abb20e7b8/backup/exportBuckets",
        Some(b"{}".as_slice()),
        digest_auth::HttpMethod::from("POST"),
    );
    // A fixed client nonce keeps the run deterministic.
    context.set_custom_cnonce("0a4f113b");
    if let Ok(answer) = challenge.respond(&context) {
        let _ = answer.to_header_string();
    }
}
