//! The expected output of every generator fixture compiles without warnings, and its types behave
//! as a user would expect.
// Tests report failure by panicking.
#![allow(clippy::panic, clippy::unwrap_used)]
#![deny(warnings)]
// The fixtures declare more items than these tests use.
#![allow(dead_code)]

/// The runtime path the generated code uses, as in the library.
mod __codegen {
    pub use atlas_export_buckets::__codegen::*;
}

/// Generated from `codegen/tests/fixtures/constraints.yaml`.
#[rustfmt::skip]
#[path = "../codegen/tests/fixtures/constraints.rs"]
pub mod constraints;
/// Generated from `codegen/tests/fixtures/discriminator_allof_cycle.yaml`.
#[rustfmt::skip]
#[path = "../codegen/tests/fixtures/discriminator_allof_cycle.rs"]
pub mod discriminator_allof_cycle;
/// Generated from `codegen/tests/fixtures/enums.yaml`.
#[rustfmt::skip]
#[path = "../codegen/tests/fixtures/enums.rs"]
pub mod enums;
/// Generated from `codegen/tests/fixtures/error_model.yaml`.
#[rustfmt::skip]
#[path = "../codegen/tests/fixtures/error_model.rs"]
pub mod error_model;
/// Generated from `codegen/tests/fixtures/header_parameters.yaml`.
#[rustfmt::skip]
#[path = "../codegen/tests/fixtures/header_parameters.rs"]
pub mod header_parameters;
/// Generated from `codegen/tests/fixtures/headers.yaml`.
#[rustfmt::skip]
#[path = "../codegen/tests/fixtures/headers.rs"]
pub mod headers;
/// Generated from `codegen/tests/fixtures/hostile_docs.yaml`.
#[rustfmt::skip]
#[path = "../codegen/tests/fixtures/hostile_docs.rs"]
pub mod hostile_docs;
/// Generated from `codegen/tests/fixtures/nullable_patch.yaml`.
#[rustfmt::skip]
#[path = "../codegen/tests/fixtures/nullable_patch.rs"]
pub mod nullable_patch;
/// Generated from `codegen/tests/fixtures/keywords.yaml`.
#[rustfmt::skip]
#[path = "../codegen/tests/fixtures/keywords.rs"]
pub mod keywords;
/// Generated from `codegen/tests/fixtures/multi_version.yaml`.
#[rustfmt::skip]
#[path = "../codegen/tests/fixtures/multi_version.rs"]
pub mod multi_version;
/// Generated from `codegen/tests/fixtures/name_collisions.yaml`.
#[rustfmt::skip]
#[path = "../codegen/tests/fixtures/name_collisions.rs"]
pub mod name_collisions;
/// Generated from `codegen/tests/fixtures/nested_collections.yaml`.
#[rustfmt::skip]
#[path = "../codegen/tests/fixtures/nested_collections.rs"]
pub mod nested_collections;
/// Generated from `codegen/tests/fixtures/oneof_discriminator.yaml`.
#[rustfmt::skip]
#[path = "../codegen/tests/fixtures/oneof_discriminator.rs"]
pub mod oneof_discriminator;
/// Generated from `codegen/tests/fixtures/non_json_responses.yaml`.
#[rustfmt::skip]
#[path = "../codegen/tests/fixtures/non_json_responses.rs"]
pub mod non_json_responses;
/// Generated from `codegen/tests/fixtures/paginated_lists.yaml`.
#[rustfmt::skip]
#[path = "../codegen/tests/fixtures/paginated_lists.rs"]
pub mod paginated_lists;
/// Generated from `codegen/tests/fixtures/parameter_styles.yaml`.
#[rustfmt::skip]
#[path = "../codegen/tests/fixtures/parameter_styles.rs"]
pub mod parameter_styles;
/// Generated from `codegen/tests/fixtures/pattern_unenforced.yaml`.
#[rustfmt::skip]
#[path = "../codegen/tests/fixtures/pattern_unenforced.rs"]
pub mod pattern_unenforced;
/// Generated from `codegen/tests/fixtures/read_only.yaml`.
#[rustfmt::skip]
#[path = "../codegen/tests/fixtures/read_only.rs"]
pub mod read_only;
/// Generated from `codegen/tests/fixtures/renames.yaml`.
#[rustfmt::skip]
#[path = "../codegen/tests/fixtures/renames.rs"]
pub mod renames;
/// Generated from `codegen/tests/fixtures/schemaless_204.yaml`.
#[rustfmt::skip]
#[path = "../codegen/tests/fixtures/schemaless_204.rs"]
pub mod schemaless_204;
/// Generated from `codegen/tests/fixtures/untagged_oneof.yaml`.
#[rustfmt::skip]
#[path = "../codegen/tests/fixtures/untagged_oneof.rs"]
pub mod untagged_oneof;
/// Generated from `codegen/tests/fixtures/non_ascii_names.yaml`.
#[rustfmt::skip]
#[path = "../codegen/tests/fixtures/non_ascii_names.rs"]
pub mod non_ascii_names;
/// Generated from `codegen/tests/fixtures/operation_ids_same_snake_case.yaml`.
#[rustfmt::skip]
#[path = "../codegen/tests/fixtures/operation_ids_same_snake_case.rs"]
pub mod operation_ids_same_snake_case;
/// Generated from `codegen/tests/fixtures/own_error_code.yaml`.
#[rustfmt::skip]
#[path = "../codegen/tests/fixtures/own_error_code.rs"]
pub mod own_error_code;
/// Generated from `codegen/tests/fixtures/tagged_unknown_key.yaml`.
#[rustfmt::skip]
#[path = "../codegen/tests/fixtures/tagged_unknown_key.rs"]
pub mod tagged_unknown_key;
/// Generated from `codegen/tests/fixtures/two_json_media_types.yaml`.
#[rustfmt::skip]
#[path = "../codegen/tests/fixtures/two_json_media_types.rs"]
pub mod two_json_media_types;
/// Generated from `codegen/tests/fixtures/annotated_refs.yaml`.
#[rustfmt::skip]
#[path = "../codegen/tests/fixtures/annotated_refs.rs"]
pub mod annotated_refs;
/// Generated from `codegen/tests/fixtures/recursive_inline_allof.yaml`.
#[rustfmt::skip]
#[path = "../codegen/tests/fixtures/recursive_inline_allof.rs"]
pub mod recursive_inline_allof;
/// Generated from `codegen/tests/fixtures/missing_operation_id.yaml`.
#[rustfmt::skip]
#[path = "../codegen/tests/fixtures/missing_operation_id.rs"]
pub mod missing_operation_id;
/// Generated from `codegen/tests/fixtures/unknown_required.yaml`.
#[rustfmt::skip]
#[path = "../codegen/tests/fixtures/unknown_required.rs"]
pub mod unknown_required;
/// Generated in lenient mode from `codegen/tests/lenient/untyped_constructs.yaml`.
#[rustfmt::skip]
#[path = "../codegen/tests/lenient/untyped_constructs.rs"]
pub mod untyped_constructs;
/// Generated from `codegen/tests/fixtures/colliding_schema_names.yaml`.
#[rustfmt::skip]
#[path = "../codegen/tests/fixtures/colliding_schema_names.rs"]
pub mod colliding_schema_names;
/// Generated from `codegen/tests/fixtures/any_of.yaml`.
#[rustfmt::skip]
#[path = "../codegen/tests/fixtures/any_of.rs"]
pub mod any_of;
/// Generated from `codegen/tests/fixtures/any_of_objects.yaml`.
#[rustfmt::skip]
#[path = "../codegen/tests/fixtures/any_of_objects.rs"]
pub mod any_of_objects;
/// Generated from `codegen/tests/fixtures/openapi_31.yaml`.
#[rustfmt::skip]
#[path = "../codegen/tests/fixtures/openapi_31.rs"]
pub mod openapi_31;
/// Generated from `codegen/tests/fixtures/discriminator_self_mapping.yaml`.
#[rustfmt::skip]
#[path = "../codegen/tests/fixtures/discriminator_self_mapping.rs"]
pub mod discriminator_self_mapping;
/// Generated from `codegen/tests/fixtures/recursive_unions.yaml`.
#[rustfmt::skip]
#[path = "../codegen/tests/fixtures/recursive_unions.rs"]
pub mod recursive_unions;
/// Generated from `codegen/tests/fixtures/oneof_in_allof.yaml`.
#[rustfmt::skip]
#[path = "../codegen/tests/fixtures/oneof_in_allof.rs"]
pub mod oneof_in_allof;
/// Generated from `codegen/tests/fixtures/shared_variants.yaml`.
#[rustfmt::skip]
#[path = "../codegen/tests/fixtures/shared_variants.rs"]
pub mod shared_variants;

use atlas_export_buckets::operation::{Operation, Params as _};
use atlas_export_buckets::validation::{Location, Validate, ViolationKind};
use serde_json::json;

#[test]
fn every_fixture_is_compiled_here() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/codegen/tests/fixtures");
    let mut on_disk: Vec<String> = std::fs::read_dir(dir)
        .expect("fixtures dir")
        .filter_map(|e| {
            e.ok()?
                .file_name()
                .to_str()?
                .strip_suffix(".rs")
                .map(str::to_owned)
        })
        .collect();
    on_disk.sort();
    let listed: Vec<&str> = vec![
        "annotated_refs",
        "any_of",
        "any_of_objects",
        "colliding_schema_names",
        "constraints",
        "discriminator_allof_cycle",
        "discriminator_self_mapping",
        "enums",
        "error_model",
        "header_parameters",
        "headers",
        "hostile_docs",
        "keywords",
        "missing_operation_id",
        "multi_version",
        "name_collisions",
        "nested_collections",
        "non_ascii_names",
        "non_json_responses",
        "nullable_patch",
        "oneof_discriminator",
        "oneof_in_allof",
        "openapi_31",
        "operation_ids_same_snake_case",
        "own_error_code",
        "paginated_lists",
        "parameter_styles",
        "pattern_unenforced",
        "read_only",
        "recursive_inline_allof",
        "recursive_unions",
        "renames",
        "schemaless_204",
        "shared_variants",
        "tagged_unknown_key",
        "two_json_media_types",
        "unknown_required",
        "untagged_oneof",
    ];
    assert_eq!(
        on_disk, listed,
        "list every fixtures/*.rs as a module of tests/fixtures_compile.rs"
    );
}

#[test]
fn a_patch_body_sends_absent_null_or_a_value_and_checks_only_values() {
    use atlas_export_buckets::Nullable;
    use nullable_patch::{AccountUpdate, Contact};
    let body = |u: &AccountUpdate| serde_json::to_value(u).unwrap();
    assert_eq!(body(&AccountUpdate::new("k")), json!({"kind": "k"}));
    let cleared = AccountUpdate::new("k")
        .with_description(Nullable::Null)
        .with_retention_hours(Nullable::Null)
        .with_contact(Nullable::Null)
        .with_tags(Nullable::Null);
    assert_eq!(
        body(&cleared),
        json!({"kind": "k", "description": null, "retentionHours": null, "contact": null, "tags": null})
    );
    // Read back, each body is the value it was made from: `null` is not absent.
    let read = |v: serde_json::Value| serde_json::from_value::<AccountUpdate>(v).unwrap();
    assert_eq!(read(body(&cleared)), cleared);
    assert_eq!(read(json!({"kind": "k"})), AccountUpdate::new("k"));
    // `null` is checked against nothing; a value against the property's rules.
    assert!(cleared.validate().is_ok());
    let set = AccountUpdate::new("k")
        .with_description("far too long a description")
        .with_retention_hours(0)
        .with_contact(Contact::new().with_email("nobody"))
        .with_tags(vec!["a".to_owned()]);
    assert_eq!(
        body(&set)["description"],
        json!("far too long a description")
    );
    let violations = set.validate().unwrap_err().violations;
    let paths: Vec<&str> = violations.iter().map(|v| v.path.as_str()).collect();
    assert_eq!(
        paths,
        ["/description", "/retentionHours", "/contact/email"],
        "{violations:?}"
    );
    // The response type, also nullable, reads `null` as absent: an `Option` as before.
    let account: nullable_patch::Account =
        serde_json::from_value(json!({"description": null, "kind": "k"})).unwrap();
    assert_eq!(account.description, None);
}

#[test]
fn constraints_report_every_violation_with_its_path() {
    use constraints::*;
    let ok = BucketRequest::new("0123456789abcdef01234567", "export-bucket")
        .with_retention_days(30)
        .with_tags(vec!["a".into()]);
    assert_eq!(ok.validate(), Ok(()));

    let bad = BucketRequest::new("NOT-HEX", "ab")
        .with_retention_days(366)
        .with_size_bytes(-1)
        .with_limits(
            BucketRequestLimits::new()
                .with_max_objects(0)
                .with_label("x".repeat(17)),
        )
        .with_tags(vec!["ok".into(), String::new()]);
    let err = bad.validate().expect_err("six violations");
    let got: Vec<(Location, &str)> = err
        .violations
        .iter()
        .map(|v| (v.location, v.path.as_str()))
        .collect();
    assert_eq!(
        got,
        vec![
            (Location::Body, "/roleId"),
            (Location::Body, "/bucketName"),
            (Location::Body, "/retentionDays"),
            (Location::Body, "/sizeBytes"),
            (Location::Body, "/limits/label"),
            (Location::Body, "/limits/maxObjects"),
            (Location::Body, "/tags/1"),
        ]
    );
    assert!(matches!(
        err.violations[0].kind,
        ViolationKind::Pattern {
            pattern: "^([a-f0-9]{24})$"
        }
    ));
    assert!(matches!(
        err.violations[1].kind,
        ViolationKind::TooShort { min: 3, actual: 2 }
    ));
    assert!(
        err.to_string()
            .contains("body /roleId: must match the pattern ^([a-f0-9]{24})$"),
        "{err}"
    );

    let params = operations::create_bucket::Params::new("not-a-group").with_items_per_page(501);
    let err = params.validate().expect_err("path and query violations");
    let got: Vec<(Location, &str)> = err
        .violations
        .iter()
        .map(|v| (v.location, v.path.as_str()))
        .collect();
    assert_eq!(
        got,
        vec![
            (Location::Path, "groupId"),
            (Location::Query, "itemsPerPage")
        ]
    );
}

#[test]
fn versions_are_types_with_their_own_media_types_and_sunset() {
    use multi_version::operations::*;
    let old = <get_group_bucket::V2023_01_01 as Operation>::DESCRIPTOR;
    let new = <get_group_bucket::V2024_05_30 as Operation>::DESCRIPTOR;
    assert_eq!(old.accept, "application/vnd.atlas.2023-01-01+json");
    assert_eq!(old.sunset, Some("2027-07-01"));
    assert_eq!(new.accept, "application/vnd.atlas.2024-05-30+json");
    assert_eq!(new.sunset, None);
    assert_eq!(
        <update_bucket::Latest as Operation>::DESCRIPTOR.version,
        Some("2024-05-30")
    );
    assert_eq!(
        <delete_bucket::Latest as Operation>::DESCRIPTOR.version,
        Some("2023-01-01")
    );
}

#[test]
fn a_schemaless_204_has_no_body() {
    use atlas_export_buckets::operation::NoContent;
    use schemaless_204::operations::*;
    fn response_of<O: Operation>() -> std::any::TypeId
    where
        O::Response: 'static,
    {
        std::any::TypeId::of::<O::Response>()
    }
    assert_eq!(
        response_of::<delete_token::Latest>(),
        std::any::TypeId::of::<NoContent>()
    );
    assert_eq!(
        response_of::<purge_tokens::Latest>(),
        std::any::TypeId::of::<NoContent>()
    );
    let d = <delete_token::Latest as Operation>::DESCRIPTOR;
    assert_eq!(d.success_status, 204);
    assert_eq!(d.response(204).and_then(|r| r.body), None);
}

#[test]
fn a_non_json_success_body_is_binary_and_asked_for_by_its_media_type() {
    use atlas_export_buckets::__codegen::Binary;
    use non_json_responses::operations::*;
    fn response_of<O: Operation>() -> std::any::TypeId
    where
        O::Response: 'static,
    {
        std::any::TypeId::of::<O::Response>()
    }
    let binary = std::any::TypeId::of::<Binary>();
    assert_eq!(response_of::<download_log::Latest>(), binary);
    assert_eq!(response_of::<get_invoice_csv::Latest>(), binary);
    assert_eq!(
        response_of::<get_invoice::Latest>(),
        std::any::TypeId::of::<non_json_responses::Invoice>()
    );
    let d = <download_log::Latest as Operation>::DESCRIPTOR;
    assert_eq!(d.accept, "application/vnd.atlas.2023-02-01+gzip");
    assert_eq!(
        d.response(200).and_then(|r| r.media_type),
        Some("application/vnd.atlas.2023-02-01+gzip")
    );
    assert_eq!(
        d.response(404).and_then(|r| r.media_type),
        Some("application/json")
    );
    // The CSV beside a JSON version: a marker of its own, not `Latest`.
    assert_eq!(response_of::<get_invoice::V2023_01_01Csv>(), binary);
    assert_eq!(
        <get_invoice::V2023_01_01Csv as Operation>::DESCRIPTOR.accept,
        "application/vnd.atlas.2023-01-01+csv"
    );
    // An unversioned CSV, the only media type declared, is what is asked for.
    let d = <get_invoice_csv::Latest as Operation>::DESCRIPTOR;
    assert_eq!((d.accept, d.version), ("text/csv", None));
}

#[test]
fn a_list_is_paginated_when_it_has_every_part() {
    use atlas_export_buckets::paginate::Paginated;
    use paginated_lists::operations::*;
    use paginated_lists::*;
    // int32 parameters, the maximum as page size, a required count.
    assert_eq!(<list_teams::Latest as Paginated>::ITEMS_PER_PAGE, 500);
    let mut params = list_teams::Params::new(7);
    <list_teams::Latest as Paginated>::set_page(&mut params, 3, 50);
    assert_eq!((params.page_num, params.items_per_page), (3, Some(50)));
    <list_teams::Latest as Paginated>::set_page(&mut params, i64::MAX, 50);
    assert_eq!(params.page_num, i32::MAX);
    let page: PaginatedTeams =
        serde_json::from_value(json!({"results": [{"name": "a"}], "totalCount": 4})).unwrap();
    assert_eq!(
        <list_teams::Latest as Paginated>::total_count(&page),
        Some(4)
    );
    let items = <list_teams::Latest as Paginated>::into_items(page);
    assert_eq!(items[0].name, "a");
    // No maximum: the default; optional results; a negative count reads as 0.
    assert_eq!(<list_users::Latest as Paginated>::ITEMS_PER_PAGE, 20);
    let page: UserPage = serde_json::from_value(json!({"totalCount": -1})).unwrap();
    assert_eq!(
        <list_users::Latest as Paginated>::total_count(&page),
        Some(0)
    );
    assert!(<list_users::Latest as Paginated>::into_items(page).is_empty());
    // No itemsPerPage, or no totalCount: not paginated (`Paginated` is not implemented; the
    // snapshot `paginated_lists.rs` shows it).
}

impl atlas_export_buckets::error::ErrorBody for paginated_lists::ApiError {
    fn to_api_error(&self) -> atlas_export_buckets::error::ApiError {
        atlas_export_buckets::error::ApiError::new(self.error, self.error_code.as_str())
    }

    fn typed_code(&self) -> &(dyn std::any::Any + Send + Sync) {
        &self.error_code
    }
}

#[tokio::test]
async fn a_generated_list_streams_every_page_from_a_local_server() {
    use futures_util::StreamExt;
    use paginated_lists::operations::list_teams;
    use wiremock::matchers::{method, path, query_param};
    use wiremock::{Mock, MockServer, ResponseTemplate};
    let server = MockServer::start().await;
    let page = |names: &[&str]| {
        let results: Vec<_> = names.iter().map(|n| json!({"name": n})).collect();
        ResponseTemplate::new(200)
            .insert_header("content-type", "application/vnd.atlas.2023-01-01+json")
            .set_body_json(json!({"results": results, "totalCount": 5}))
    };
    for (n, names) in [("1", &["a", "b"][..]), ("2", &["c", "d"]), ("3", &["e"])] {
        Mock::given(method("GET"))
            .and(path("/teams"))
            .and(query_param("pageNum", n))
            .and(query_param("itemsPerPage", "2"))
            .respond_with(page(names))
            .expect(1)
            .mount(&server)
            .await;
    }
    let client = atlas_export_buckets::Client::builder()
        .base_url(server.uri())
        .build()
        .unwrap();
    let names: Vec<String> = client
        .paginate_from::<list_teams::Latest>(list_teams::Params::new(1), 1, 2)
        .map(|t| t.unwrap().name)
        .collect()
        .await;
    assert_eq!(names, ["a", "b", "c", "d", "e"]);
}

#[test]
fn keywords_and_odd_names_keep_their_wire_names() {
    let t = keywords::Type::new("t", "lower")
        .with_self_1("upper")
        .with_match(true)
        .with_move(3);
    let v = serde_json::to_value(&t).expect("encode");
    assert_eq!(v["type"], "t");
    assert_eq!(v["match"], true);
    assert_eq!(v["self"], "lower");
    assert_eq!(v["Self"], "upper");
    assert_eq!(v["move"], 3);
    let back: keywords::Type = serde_json::from_value(v.clone()).expect("decode");
    assert_eq!(back, t);

    let r = renames::Record::new("x", "k", true)
        .with_upper(1)
        .with_with_space("s");
    let v = serde_json::to_value(&r).expect("encode");
    assert_eq!(
        v,
        json!({"1stPlace": true, "UPPER": 1, "_id": "x", "kebab-name": "k", "with space": "s"})
    );
}

#[test]
fn read_only_fields_stay_out_of_requests() {
    let req = read_only::UserRequest::new("ann", "secret");
    let v = serde_json::to_value(&req).expect("encode");
    assert_eq!(v, json!({"password": "secret", "username": "ann"}));
    let resp: read_only::UserResponse = serde_json::from_value(
        json!({"id": "1", "username": "ann", "links": [{"href": "h", "rel": "self"}]}),
    )
    .expect("decode");
    assert_eq!(resp.id, "1");
}

#[test]
fn oneof_with_and_without_discriminator() {
    let t: untagged_oneof::Target =
        serde_json::from_value(json!({"hostname": "h", "port": 1})).expect("decode");
    assert!(matches!(t, untagged_oneof::Target::HostTarget(_)));
    let t: untagged_oneof::Target =
        serde_json::from_value(json!({"url": "https://x"})).expect("decode");
    assert!(matches!(t, untagged_oneof::Target::UrlTarget(_)));

    let p: oneof_discriminator::Pet =
        serde_json::from_value(json!({"petType": "dog", "barkVolume": 3})).expect("decode");
    assert!(matches!(&p, oneof_discriminator::Pet::Dog(d) if d.bark_volume == 3));
    assert_eq!(
        serde_json::to_value(&p).expect("encode"),
        json!({"petType": "dog", "barkVolume": 3})
    );
    let p: oneof_discriminator::Pet =
        serde_json::from_value(json!({"petType": "fish", "fins": 2})).expect("decode");
    assert_eq!(p.pet_type(), "fish");
}

#[test]
fn generated_parameter_names_do_not_collide() {
    let p = name_collisions::operations::get_item::Params::new("u")
        .with_request("r")
        .with_body(true);
    assert_eq!(p.path_values().len(), 1);
    assert_eq!(
        p.query_values(),
        vec![("request", "r".to_owned()), ("body", "true".to_owned())]
    );
}

#[test]
fn header_parameters_are_set_and_serialized() {
    use header_parameters::operations::get_cluster::{Params, V2024_08_05};
    // The required boolean is a constructor argument and always sent; unset optional ones are not.
    let p = Params::new("c0", false);
    assert_eq!(
        p.header_values(),
        vec![("Use-Effective-Fields", "false".to_owned())]
    );
    assert!(p.query_values().is_empty());
    let p = Params::new("c0", true)
        .with_x_request_label("nightly")
        .with_x_shard_ids(vec![1, 20, 300])
        .with_pretty(true);
    assert_eq!(
        p.header_values(),
        vec![
            ("Use-Effective-Fields", "true".to_owned()),
            ("X-Request-Label", "nightly".to_owned()),
            ("X-Shard-Ids", "1,20,300".to_owned()),
        ]
    );
    assert_eq!(p.query_values(), vec![("pretty", "true".to_owned())]);
    // An empty array is not sent.
    let p = Params::new("c0", true).with_x_shard_ids(vec![]);
    assert_eq!(p.header_values().len(), 1);
    // A header parameter's constraint is checked, and reported as a header parameter.
    let long = Params::new("c0", true).with_x_request_label("x".repeat(17));
    let violations = long.validate().expect_err("too long").violations;
    assert_eq!(violations.len(), 1);
    assert_eq!(
        (violations[0].location, violations[0].path.as_str()),
        (Location::Header, "X-Request-Label")
    );
    assert!(matches!(
        violations[0].kind,
        ViolationKind::TooLong {
            max: 16,
            actual: 17
        }
    ));
    // The `Authorization` header parameter is left out: the client sets that header itself.
    let names: Vec<&str> = V2024_08_05::DESCRIPTOR
        .parameters
        .iter()
        .map(|p| p.name)
        .collect();
    assert_eq!(
        names,
        [
            "clusterName",
            "pretty",
            "Use-Effective-Fields",
            "X-Request-Label",
            "X-Shard-Ids"
        ]
    );
}

#[test]
fn operations_without_header_parameters_send_none() {
    let p = name_collisions::operations::get_item::Params::new("u");
    assert!(p.header_values().is_empty());
}

#[test]
fn nested_collections_round_trip() {
    let v = json!({
        "counts": {"a": 1, "b": 2},
        "layers": [{"k": {"value": "x"}}, {}],
        "rows": [["a", "b"], []]
    });
    let g: nested_collections::Grid = serde_json::from_value(v.clone()).expect("decode");
    assert_eq!(serde_json::to_value(&g).expect("encode"), v);
}

/// Decodes `value` as `T`, checks it re-encodes to the same JSON, and returns it.
fn round_trip<T: serde::de::DeserializeOwned + serde::Serialize>(value: serde_json::Value) -> T {
    let decoded: T = serde_json::from_value(value.clone()).expect("decode");
    assert_eq!(serde_json::to_value(&decoded).expect("encode"), value);
    decoded
}

#[test]
fn a_mapping_key_unknown_keeps_its_variant_and_the_fallback_yields() {
    use tagged_unknown_key::*;
    // The spec's own example: tag `UNKNOWN` is the spec's `Stray` variant.
    let pet: Pet = round_trip(json!({"petType": "UNKNOWN", "origin": "shelter"}));
    assert!(matches!(&pet, Pet::Unknown(s) if s.origin.as_deref() == Some("shelter")));
    assert_eq!(pet.pet_type(), "UNKNOWN");
    // A tag this crate does not know goes to the generator's fallback, `Unknown1`, unchanged.
    let other: Pet = round_trip(json!({"petType": "lizard", "legs": 4}));
    assert!(matches!(&other, Pet::Unknown1(v) if v["legs"] == 4));
    assert_eq!(other.pet_type(), "lizard");
    let cat: Pet = round_trip(json!({"petType": "cat", "indoor": true}));
    assert!(matches!(cat, Pet::Cat(_)));
}

#[test]
fn two_json_media_types_of_one_version_make_one_marker() {
    use two_json_media_types::*;
    let d = <operations::moderate_text::Latest as Operation>::DESCRIPTOR;
    assert_eq!(d.accept, "application/json");
    assert_eq!(d.content_type, Some("application/json"));
    let v: Verdict = round_trip(json!({"flagged": true, "terms": ["spam"]}));
    assert!(v.flagged);
    let _: Text = round_trip(json!({"body": "hello"}));
}

#[test]
fn a_spec_schema_named_error_code_keeps_its_name() {
    use own_error_code::*;
    // The spec's `ErrorCode` is its own object; the generator's open enum of `ApiError.errorCode`
    // values yields its name.
    let codes: Vec<ErrorCode> = round_trip(json!([{"code": 7, "label": "seven"}]));
    assert_eq!(codes[0].code, 7);
    let e: ApiError = round_trip(json!({"errorCode": "INVALID_QUERY", "detail": "bad"}));
    assert_eq!(e.error_code, ErrorCode1::InvalidQuery);
    let e: ApiError = round_trip(json!({"errorCode": "NEW_CODE"}));
    assert_eq!(e.error_code, ErrorCode1::Unknown("NEW_CODE".to_owned()));
}

#[test]
fn non_ascii_names_are_ascii_identifiers_with_their_wire_names() {
    use non_ascii_names::*;
    let ville: Ville = round_trip(json!({
        "nom": "Zürich",
        "région": "Île-de-France",
        "taille": "moyenne",
        "名称": "苏黎世",
    }));
    assert_eq!(ville.region.as_deref(), Some("Île-de-France"));
    assert_eq!(ville.ming_cheng.as_deref(), Some("苏黎世"));
    assert_eq!(ville.taille, Some(VilleTaille::Moyenne));
    let t: VilleTaille = round_trip(json!("größer"));
    assert_eq!(t, VilleTaille::Grosser);
    // The non-ASCII patterns are enforced.
    assert_eq!(Ville::new("Zürich").validate(), Ok(()));
    assert!(Ville::new("Zürich!").validate().is_err());
    assert!(Ville::new("12").with_region("éé").validate().is_err());
    let d = <operations::creer_ville::Latest as Operation>::DESCRIPTOR;
    assert_eq!((d.operation_id, d.path), ("créerVille", "/städte"));
}

#[test]
fn operation_ids_that_snake_case_alike_get_distinct_modules() {
    use operation_ids_same_snake_case::operations::*;
    let first = <get_item::Latest as Operation>::DESCRIPTOR;
    let second = <get_item1::Latest as Operation>::DESCRIPTOR;
    assert_eq!((first.operation_id, first.path), ("getItem", "/items"));
    assert_eq!(
        (second.operation_id, second.path),
        ("get_item", "/other-items")
    );
}

#[test]
fn an_annotated_reference_is_the_referenced_type() {
    use annotated_refs::*;
    let s: Statement = round_trip(json!({
        "and": {"statements": [
            {"match": {"field": "uri"}},
            {"not": {"statement": {"match": {"field": "body"}}}},
        ]},
    }));
    let and: &And = s.and.as_ref().expect("and");
    let not: &Not = and.statements[1].not.as_ref().expect("not");
    let inner: &Statement = &not.statement;
    assert_eq!(
        inner.match_.as_ref().map(|m| m.field.as_str()),
        Some("body")
    );
}

#[test]
fn an_inline_schema_that_names_its_own_component_is_a_recursive_type() {
    use recursive_inline_allof::*;
    let n: Node = round_trip(json!({"name": "root", "child": {"name": "leaf", "depth": 1}}));
    let child: &NodeChild = n.child.as_ref().expect("child");
    assert_eq!((child.name.as_str(), child.depth), ("leaf", Some(1)));
    let deep: NodeChild =
        round_trip(json!({"name": "a", "child": {"name": "b", "child": {"name": "c"}}}));
    assert_eq!(
        deep.child.and_then(|c| c.child).map(|c| c.name),
        Some("c".to_owned())
    );
}

#[test]
fn lenient_output_keeps_what_it_cannot_type_as_json() {
    use untyped_constructs::*;
    let items: Vec<Item> = round_trip(json!([
        {"name": "a", "size": 3, "label": "x", "extra": {"any": "thing"}},
        {"name": "b", "size": "large"},
    ]));
    assert_eq!(items[0].size, Some(json!(3)));
    assert_eq!(items[1].size, Some(json!("large")));
    assert_eq!(items[0].extra, Some(json!({"any": "thing"})));
    // The operation without an operationId is named from its method and path; its typed
    // parameter is there, the cookie and `content` ones are left out.
    let d = <operations::get_items::Latest as Operation>::DESCRIPTOR;
    assert_eq!((d.operation_id, d.path), ("get_items", "/items"));
    let p = operations::get_items::Params::new().with_page(2);
    assert_eq!(p.query_values(), vec![("page", "2".to_owned())]);
    // The operation without responses answers no body: any 2xx reads.
    type Ping = operations::ping::Latest;
    assert_eq!(<Ping as Operation>::DESCRIPTOR.responses.len(), 0);
    let read = atlas_client_runtime::read_response::<Ping>(202, None, br#"{"x":1}"#).unwrap();
    assert_eq!((read.meta.status, read.meta.unknown_fields.len()), (202, 1));
}

#[test]
fn schema_names_that_meet_after_conversion_are_told_apart() {
    use colliding_schema_names::*;
    let item: Item = round_trip(json!({"a": {"x": "one"}, "b": {}}));
    let a: &FooBar = item.a.as_ref().expect("a");
    let _b: &FooBar1 = item.b.as_ref().expect("b");
    assert_eq!(a.x.as_deref(), Some("one"));
}

#[test]
fn any_of_is_an_untagged_enum() {
    use any_of::*;
    let code: LabelCode = round_trip(json!(7));
    assert_eq!(code, LabelCode::Variant0(7));
    let code: LabelCode = round_trip(json!("seven"));
    assert_eq!(code, LabelCode::Variant1("seven".to_owned()));
    // "At least one of" (`anyOf` of `required` lists) leaves Label a struct.
    let label: Label = round_trip(json!({"text": "x", "code": 1}));
    assert_eq!(label.code, Some(LabelCode::Variant0(1)));
    let item: Item = round_trip(json!({"size": 3}));
    assert!(matches!(item, Item::Small(s) if s.size == Some(3)));
}

#[test]
fn an_any_of_of_objects_keeps_the_fields_of_every_alternative_a_value_matches() {
    use any_of_objects::*;
    // A cat and a dog at once: an enum would keep the first alternative that decodes (Cat) and
    // drop `bark`; the struct keeps both.
    let pet: Pet = round_trip(json!({"name": "Tom", "lives": 9, "bark": true, "tags": ["a"]}));
    assert_eq!((pet.lives, pet.bark), (Some(9), Some(true)));
    assert_eq!(pet.name.as_deref(), Some("Tom"));
    // `id` is a string in Cat and an integer in Dog: any JSON value.
    let pet: Pet = round_trip(json!({"id": 7, "friend": {"id": "x"}}));
    assert_eq!(pet.id, Some(json!(7)));
    assert_eq!(
        pet.friend.as_ref().and_then(|f| f.id.clone()),
        Some(json!("x"))
    );
    // Cat's `maximum` stays a check.
    let bad = Pet::new().with_lives(10);
    assert!(bad.validate().is_err());
    // An `anyOf` with an alternative that is not an object stays an untagged enum.
    let toy: Toy = round_trip(json!("ball"));
    assert_eq!(toy, Toy::Variant1("ball".to_owned()));
}

#[test]
fn an_openapi_31_document_is_typed() {
    use openapi_31::*;
    let item: Item = round_trip(json!({"kind": "item", "name": "a", "count": 2}));
    assert_eq!((item.kind, item.count), (ItemKind::Item, 2));
    let item: Item = serde_json::from_value(json!({"kind": "item", "name": null, "count": 1}))
        .expect("a null name is an absent one");
    assert_eq!(item.name, None);
}

#[test]
fn a_discriminator_mapping_to_its_own_schema_is_a_struct() {
    use discriminator_self_mapping::*;
    let i: Invocation = round_trip(json!({"method": "Media.handle", "params": {"id": "x"}}));
    assert_eq!(i.method, InvocationMethod::MediaHandle);
}

#[test]
fn unions_and_aliases_that_contain_themselves_are_finite_types() {
    use recursive_unions::*;
    let root: Root = round_trip(json!({"expr": [["x"], "y"], "tree": [[], [[]]], "either": 3}));
    assert_eq!(root.tree.as_ref().map(|t| t.0.len()), Some(2));
    // Either's `Other` variant would try Either again on the same input, forever: it is JSON,
    // tried last.
    assert!(matches!(root.either, Some(Either::Other(ref v)) if *v == json!(3)));
    let either: Either = round_trip(json!(false));
    assert_eq!(either, Either::Variant1(false));
    let other: Other = round_trip(json!(true));
    assert_eq!(other, Other::Either(Either::Variant1(true)));
}

/// The parameters of `parameter_styles`' `listItems` with every array and object set.
fn styled_params() -> parameter_styles::operations::list_items::Params {
    use parameter_styles::*;
    let filter = ListItemsFilter::new("a b")
        .with_status(ListItemsFilterStatus::Archived)
        .with_min_size(3);
    operations::list_items::Params::new(filter)
        .with_tag(vec!["x".into(), "y z".into()])
        .with_id(vec![1, 2, 3])
        .with_word(vec!["big".into(), "red".into()])
        .with_color(vec!["red".into(), "dark-blue".into()])
        .with_page(Page::new().with_page_num(2).with_items_per_page(50))
        .with_range(ListItemsRange::new().with_from(1.5).with_open(true))
        .with_after(Cursor::new("c1").with_color(Color::Red))
        .with_sort("red")
        .with_x_tag(vec!["a".into(), "b".into()])
        .with_x_point(ListItemsXPoint::new(1, -2))
        .with_x_label(
            ListItemsXLabel::new()
                .with_env("prod")
                .with_color(Color::DarkBlue),
        )
}

#[test]
fn array_and_object_parameters_are_written_in_their_style() {
    use parameter_styles::*;
    let pairs = |v: Vec<(&'static str, String)>| -> Vec<(String, String)> {
        v.into_iter().map(|(k, v)| (k.to_owned(), v)).collect()
    };
    let want = |v: &[(&str, &str)]| -> Vec<(String, String)> {
        v.iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect()
    };
    let p = styled_params();
    assert_eq!(
        pairs(p.query_values()),
        want(&[
            // form, exploded (the default): one pair per item
            ("tag", "x"),
            ("tag", "y z"),
            // form, not exploded
            ("id", "1,2,3"),
            // spaceDelimited, pipeDelimited
            ("word", "big red"),
            ("color", "red|dark-blue"),
            // deepObject; a string enum by its wire value
            ("filter[name]", "a b"),
            ("filter[status]", "archived"),
            ("filter[minSize]", "3"),
            // an object in form, exploded: one pair per set property
            ("pageNum", "2"),
            ("itemsPerPage", "50"),
            // an object in form, not exploded; unset properties are left out
            ("range", "from,1.5,open,true"),
            // deepObject of a component through an annotated reference
            ("after[id]", "c1"),
            ("after[color]", "red"),
            ("sort", "red"),
        ])
    );
    assert_eq!(
        pairs(p.header_values()),
        want(&[
            ("X-Tag", "a,b"),
            ("X-Point", "x,1,y,-2"),
            ("X-Label", "env=prod,color=dark-blue"),
        ])
    );
    // Unset optional properties, empty arrays and objects with nothing set are not sent.
    let p = operations::list_items::Params::new(ListItemsFilter::new("n"))
        .with_id(vec![])
        .with_word(vec![])
        .with_range(ListItemsRange::new())
        .with_page(Page::new())
        .with_x_label(ListItemsXLabel::new());
    assert_eq!(pairs(p.query_values()), want(&[("filter[name]", "n")]));
    assert!(p.header_values().is_empty());
}

#[test]
fn object_parameters_report_their_fields_violations_as_parameters() {
    use parameter_styles::*;
    let p = operations::list_items::Params::new(ListItemsFilter::new("too long a name"))
        .with_page(Page::new().with_page_num(0).with_items_per_page(501));
    let err = p.validate().expect_err("three violations");
    let found: Vec<(Location, &str)> = err
        .violations
        .iter()
        .map(|v| (v.location, v.path.as_str()))
        .collect();
    assert_eq!(
        found,
        vec![
            (Location::Query, "filter/name"),
            (Location::Query, "page/pageNum"),
            (Location::Query, "page/itemsPerPage"),
        ]
    );
    assert!(styled_params().validate().is_ok());
}

impl atlas_export_buckets::error::ErrorBody for parameter_styles::Problem {
    fn to_api_error(&self) -> atlas_export_buckets::error::ApiError {
        atlas_export_buckets::error::ApiError::new(
            self.error.unwrap_or_default(),
            self.error_code.clone().unwrap_or_default(),
        )
    }

    fn typed_code(&self) -> &(dyn std::any::Any + Send + Sync) {
        &self.error_code
    }
}

#[tokio::test]
async fn array_and_object_parameters_reach_the_wire_as_written() {
    use wiremock::matchers::method;
    use wiremock::{Mock, MockServer, ResponseTemplate};
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(
            ResponseTemplate::new(200)
                .insert_header("content-type", "application/json")
                .set_body_json(json!(["a"])),
        )
        .mount(&server)
        .await;
    let client = atlas_export_buckets::Client::builder()
        .base_url(server.uri())
        .build()
        .unwrap();
    let body = client
        .execute::<parameter_styles::operations::list_items::V1_0>(
            &styled_params(),
            &atlas_export_buckets::operation::NoBody,
        )
        .await
        .unwrap()
        .into_body();
    assert_eq!(body, vec!["a".to_owned()]);
    let requests = server.received_requests().await.unwrap();
    let [request] = requests.as_slice() else {
        panic!("one request, got {}", requests.len());
    };
    // The query string as sent: the URL encoder percent-encodes each name and value (a space
    // as `+`, and the `,`, `|`, `[`, `]` the styles write).
    assert_eq!(
        request.url.query(),
        Some(
            "tag=x&tag=y+z&id=1%2C2%2C3&word=big+red&color=red%7Cdark-blue\
             &filter%5Bname%5D=a+b&filter%5Bstatus%5D=archived&filter%5BminSize%5D=3\
             &pageNum=2&itemsPerPage=50&range=from%2C1.5%2Copen%2Ctrue\
             &after%5Bid%5D=c1&after%5Bcolor%5D=red&sort=red"
        )
    );
    let header = |name: &str| request.headers.get(name).map(|v| v.to_str().unwrap());
    assert_eq!(header("X-Tag"), Some("a,b"));
    assert_eq!(header("X-Point"), Some("x,1,y,-2"));
    assert_eq!(header("X-Label"), Some("env=prod,color=dark-blue"));
}

#[test]
fn one_of_inside_all_of_is_a_flattened_untagged_enum() {
    use oneof_in_allof::*;
    // The base's properties and the matching alternative's, side by side; re-encoded unchanged.
    let pet: Pet = round_trip(json!({"id": "1", "name": "rex", "bark": "woof"}));
    assert_eq!((pet.id.as_str(), pet.name.as_str()), ("1", "rex"));
    assert!(matches!(&pet.one_of, PetOneOf1::Dog(d) if d.bark == "woof"));
    let pet: Pet = round_trip(json!({"id": "2", "name": "tom", "meow": 3, "lives": 9}));
    assert!(matches!(&pet.one_of, PetOneOf1::Cat(c) if c.meow == 3 && c.lives == Some(9)));
    // Built by hand: the enum is a constructor argument, and encodes flat.
    let built = Pet::new("3", "fido", PetOneOf1::Dog(Dog::new("wuff")));
    assert_eq!(
        serde_json::to_value(&built).expect("encode"),
        json!({"id": "3", "name": "fido", "bark": "wuff"})
    );
    // No alternative matches: an error, as for any untagged enum; the base alone is not enough.
    assert!(serde_json::from_value::<Pet>(json!({"id": "4", "name": "x", "quack": 1})).is_err());
    assert!(serde_json::from_value::<Pet>(json!({"id": "4", "name": "x"})).is_err());
    // A base property missing is still an error.
    assert!(serde_json::from_value::<Pet>(json!({"id": "4", "bark": "woof"})).is_err());
    // The alternative is validated through the enum, at the object's own level.
    let v = Pet::new("5", "a name too long", PetOneOf1::Dog(Dog::new("")))
        .validate()
        .expect_err("two violations");
    let paths: Vec<&str> = v.violations.iter().map(|x| x.path.as_str()).collect();
    assert_eq!(paths, ["/name", "/bark"]);
}

#[test]
fn unions_beside_properties_and_through_components_are_flattened_too() {
    use oneof_in_allof::*;
    let zoo: Zoo = round_trip(json!({
        "pet": {"id": "1", "name": "rex", "bark": "woof"},
        "toy": {"label": "ball", "squeak": true},
        "owner": {"one_of": "a property", "meow": 1},
        "kept": {"id": "2", "name": "tom", "meow": 2},
        "drawing": {"id": "3", "name": "sq", "kind": "square", "side": 4, "bark": "b"},
        "node": {"value": "v", "leaf": false}
    }));
    assert!(matches!(&zoo.toy.any_of, ToyAnyOf::Variant1(t) if t.squeak));
    // A property named like the union's field keeps its name; the union's field yields.
    assert_eq!(zoo.owner.one_of.as_deref(), Some("a property"));
    assert!(matches!(zoo.owner.one_of1, OwnerOneOf::Cat(_)));
    // A component that is only a union keeps its own type.
    assert!(matches!(zoo.kept.one_of, Kind::Cat(_)));
    // A discriminated alternative reads its tag; its variant merges a union of its own.
    match &zoo.drawing.one_of {
        DrawingOneOf::Shape(Shape::Square(s)) => {
            assert_eq!(s.side, 4);
            assert!(matches!(&s.one_of, SquareOneOf::Dog(d) if d.bark == "b"));
        }
        other => panic!("expected a square, got {other:?}"),
    }
    let circle: Drawing =
        round_trip(json!({"id": "4", "name": "c", "kind": "circle", "radius": 2}));
    assert!(matches!(
        circle.one_of,
        DrawingOneOf::Shape(Shape::Circle(_))
    ));
    // The union's `Node` alternative would decode the same input forever: JSON, tried last.
    assert!(matches!(&zoo.node.one_of, NodeOneOf::Variant1(l) if !l.leaf));
    let node: Node = round_trip(json!({"value": "v", "other": 1}));
    assert_eq!(node.one_of, NodeOneOf::Node(json!({"other": 1})));
}

#[test]
fn a_schema_under_several_discriminator_keys_is_one_variant_per_key_and_keeps_its_key() {
    use shared_variants::*;
    // Two metric names, one shape: each key its own variant, and the key round-trips.
    let cpu: Threshold =
        round_trip(json!({"metricName": "CPU_MS", "threshold": 1.5, "units": "SECONDS"}));
    assert!(
        matches!(&cpu, Threshold::CpuMs(t) if t.metric_name.as_deref() == Some("CPU_MS") && t.threshold == Some(1.5))
    );
    let disk: Threshold = round_trip(json!({"metricName": "DISK_MS", "threshold": 2.0}));
    assert!(matches!(&disk, Threshold::DiskMs(_)));
    assert_eq!(disk.metric_name(), "DISK_MS");
    // The variant says which key is sent, whatever the shared struct's own field holds.
    let built = Threshold::DiskMs(TimeThreshold::new().with_metric_name("CPU_MS"));
    assert_eq!(
        serde_json::to_value(&built).unwrap(),
        json!({"metricName": "DISK_MS"})
    );
    // A key missing from the property's enum is still its mapping's variant.
    let legacy: Threshold = round_trip(json!({"metricName": "LEGACY", "note": "old"}));
    assert!(matches!(&legacy, Threshold::Legacy(l) if l.note.as_deref() == Some("old")));
    // A key this version does not know is kept whole.
    let other: Threshold = round_trip(json!({"metricName": "NEW_METRIC", "x": [1]}));
    assert!(matches!(&other, Threshold::Unknown(_)));
    // The closed request union reads and writes the same way, and refuses an unknown key.
    let request: ThresholdRequest = round_trip(json!({"metricName": "DISK_MS", "threshold": 3.0}));
    assert!(
        matches!(&request, ThresholdRequest::DiskMs(t) if t.metric_name.as_deref() == Some("DISK_MS"))
    );
    let err =
        serde_json::from_value::<ThresholdRequest>(json!({"metricName": "NOPE"})).unwrap_err();
    assert!(err.to_string().contains("NOPE"), "{err}");
    let raw: ThresholdRequest = round_trip(json!({"metricName": "CONNECTIONS", "threshold": 7}));
    assert!(matches!(&raw, ThresholdRequest::Connections(r) if r.threshold == Some(7)));
}

#[test]
fn a_one_of_of_string_enums_is_one_open_enum_of_all_their_values() {
    use shared_variants::*;
    let e: Event = round_trip(json!({"eventTypeName": "ALERT_OPENED"}));
    assert_eq!(e.event_type_name, EventType::AlertOpened);
    let e: Event = round_trip(json!({"eventTypeName": "CLUSTER_DELETED"}));
    assert_eq!(e.event_type_name, EventType::ClusterDeleted);
    let e: Event = round_trip(json!({"eventTypeName": "SOMETHING_NEW"}));
    assert_eq!(
        e.event_type_name,
        EventType::Unknown("SOMETHING_NEW".to_owned())
    );
    // The array query parameter of such items is sent one pair per item.
    let p = operations::get_threshold::Params::new().with_event_type(vec![
        "CLUSTER_CREATED".to_owned(),
        "ALERT_OPENED".to_owned(),
    ]);
    assert_eq!(
        p.query_values(),
        vec![
            ("eventType", "CLUSTER_CREATED".to_owned()),
            ("eventType", "ALERT_OPENED".to_owned())
        ]
    );
}

#[test]
fn a_named_object_without_properties_keeps_every_member() {
    use shared_variants::*;
    let e: Event = round_trip(
        json!({"eventTypeName": "CLUSTER_CREATED", "raw": {"a": 1, "b": {"c": [true]}}}),
    );
    let raw: &RawDocument = e.raw.as_ref().unwrap();
    assert_eq!(raw.get("b"), Some(&json!({"c": [true]})));
    assert_eq!(raw.len(), 2);
}

#[test]
fn properties_that_every_alternative_declares_again_leave_the_alternatives_whole() {
    use shared_variants::*;
    let saml: Provider =
        round_trip(json!({"id": "a", "protocol": "SAML", "ssoUrl": "https://idp"}));
    assert!(
        matches!(&saml, Provider::SamlProvider(p) if p.id == "a" && p.sso_url == "https://idp")
    );
    // Required and nullable: `null` reads as `None`.
    let saml: Provider =
        serde_json::from_value(json!({"id": "a", "ssoUrl": "https://idp", "oktaIdpId": null}))
            .unwrap();
    assert!(matches!(&saml, Provider::SamlProvider(p) if p.okta_idp_id.is_none()));
    let oidc: Provider = round_trip(json!({"id": "b", "protocol": "OIDC", "clientId": "c"}));
    assert!(matches!(&oidc, Provider::OidcProvider(p) if p.id == "b" && p.client_id == "c"));
}

#[test]
fn a_malformed_version_extension_is_read_from_the_media_type() {
    use shared_variants::operations::get_threshold;
    let d = <get_threshold::Latest as Operation>::DESCRIPTOR;
    assert_eq!(d.version, Some("2025-03-12"));
    assert_eq!(d.accept, "application/vnd.atlas.2025-03-12+json");
}
