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
/// Generated from `codegen/tests/fixtures/headers.yaml`.
#[rustfmt::skip]
#[path = "../codegen/tests/fixtures/headers.rs"]
pub mod headers;
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
        "constraints",
        "discriminator_allof_cycle",
        "enums",
        "error_model",
        "headers",
        "keywords",
        "multi_version",
        "name_collisions",
        "nested_collections",
        "oneof_discriminator",
        "pattern_unenforced",
        "read_only",
        "renames",
        "schemaless_204",
        "untagged_oneof",
    ];
    assert_eq!(
        on_disk, listed,
        "list every fixtures/*.rs as a module of tests/fixtures_compile.rs"
    );
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
fn nested_collections_round_trip() {
    let v = json!({
        "counts": {"a": 1, "b": 2},
        "layers": [{"k": {"value": "x"}}, {}],
        "rows": [["a", "b"], []]
    });
    let g: nested_collections::Grid = serde_json::from_value(v.clone()).expect("decode");
    assert_eq!(serde_json::to_value(&g).expect("encode"), v);
}
