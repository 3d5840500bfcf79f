//! `Settings::with_operation_index`: every operation version is shown to the visitor, and each
//! `Params` reads from JSON by wire name, refusing unknown names. (That the output compiles and
//! drives every operation is `admin-api/tests/prism_all.rs`'s part, over the whole API.)

// Tests report failure by panicking.
#![allow(clippy::panic, clippy::unwrap_used)]

use atlas_codegen::{generate, Settings, Source};

fn fragment() -> String {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../spec/export-buckets.v2.yaml"
    );
    std::fs::read_to_string(path).unwrap()
}

#[test]
fn the_index_visits_every_operation_version_and_params_read_from_json() {
    let text = fragment();
    let source = Source::new("export-buckets.v2.yaml", &text);
    let with = generate(&source, &Settings::new().with_operation_index(true))
        .unwrap()
        .code;
    let markers = with.matches("::Operation for ").count();
    let visits = with
        .split_whitespace()
        .collect::<String>()
        .matches("visitor.visit::<operations::")
        .count();
    assert!(markers >= 8, "only {markers} operation versions");
    assert_eq!(visits, markers, "every operation version is visited once");
    let compact: String = with.split_whitespace().collect();
    let params = compact.matches("pubstructParams{").count();
    assert!(params > 0);
    let strict = compact
        .split("impl<'de>::serde::Deserialize<'de>forParams{")
        .skip(1)
        .filter(|impl_| {
            let body = &impl_[..impl_.find("}deny_unknown_fields)").unwrap_or(impl_.len())];
            impl_.contains("}deny_unknown_fields)") && !body.contains("impl")
        })
        .count();
    assert_eq!(
        strict, params,
        "every Params reads from JSON, refusing unknown names"
    );
    assert!(
        compact.contains("group_id:required(0,\"groupId\")"),
        "parameters read by their wire names"
    );

    let without = generate(&source, &Settings::new()).unwrap().code;
    assert!(!without.contains("__visit_operations"));
    assert!(!without.contains("deny_unknown_fields"));
}

#[test]
fn a_name_two_locations_share_is_read_by_location() {
    let text = r#"
openapi: 3.0.3
info: {title: t, version: "1"}
paths:
  /items/{id}:
    get:
      operationId: getItem
      parameters:
        - {name: id, in: path, required: true, schema: {type: string}}
        - {name: id, in: query, required: false, schema: {type: string}}
      responses:
        "200": {description: ok}
"#;
    let code = generate(
        &Source::new("shared.yaml", text),
        &Settings::new().with_operation_index(true),
    )
    .unwrap()
    .code;
    let compact: String = code.split_whitespace().collect();
    assert!(compact.contains("(0,\"path.id\")"), "{code}");
    assert!(compact.contains("(1,\"query.id\")"), "{code}");
}
