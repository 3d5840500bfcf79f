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
    let params: Vec<usize> = with
        .match_indices("pub struct Params")
        .map(|(i, _)| i)
        .collect();
    assert!(!params.is_empty());
    for at in params {
        // The attributes right before the struct (token text or formatted alike).
        let head = &with[at.saturating_sub(160)..at];
        assert!(
            head.contains("Deserialize") && head.contains("deny_unknown_fields"),
            "a Params that does not read from JSON strictly: {head}"
        );
    }
    let compact: String = with.split_whitespace().collect();
    assert!(
        compact.contains("#[serde(rename=\"groupId\")]pubgroup_id:"),
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
    assert!(compact.contains("#[serde(rename=\"path.id\")]"), "{code}");
    assert!(compact.contains("#[serde(rename=\"query.id\")]"), "{code}");
}
