//! Any spec, however deep or cyclic its schemas, ends in code or in diagnostics: never a panic,
//! never a stack overflow (which would abort this test process), never a hang.
//!
//! A property test builds specs from a few components whose schemas nest inline (up to 80 deep)
//! and refer to each other and to themselves through properties, `items`, `allOf`, `oneOf`,
//! `anyOf` and discriminator mappings, and generates each strict and lenient. Accepted output
//! must parse with `syn`.
// Tests report failure by panicking.
#![allow(clippy::panic, clippy::unwrap_used)]

use atlas_codegen::{generate, Settings, Source};
use proptest::prelude::*;
use proptest::test_runner::{Config, RngSeed, TestCaseError, TestRunner};
use serde_json::{json, Value};

/// One step of a schema's shape, read from the generated numbers.
#[derive(Debug, Clone)]
enum Shape {
    /// A scalar.
    Leaf,
    /// A `$ref` to component `n % count`.
    Ref(usize),
    /// An object with one inline property holding the rest.
    Object,
    /// An array whose items are the rest.
    Array,
    /// `allOf` of a `$ref` and the rest.
    AllOf(usize),
    /// `oneOf` of a `$ref` and the rest.
    OneOf(usize),
    /// `anyOf` of a `$ref` and the rest.
    AnyOf(usize),
    /// A discriminated `oneOf` whose mapping names a component (possibly its own).
    Discriminated(usize),
}

fn shape() -> impl Strategy<Value = Shape> {
    prop_oneof![
        Just(Shape::Leaf),
        any::<usize>().prop_map(Shape::Ref),
        Just(Shape::Object),
        Just(Shape::Array),
        any::<usize>().prop_map(Shape::AllOf),
        any::<usize>().prop_map(Shape::OneOf),
        any::<usize>().prop_map(Shape::AnyOf),
        any::<usize>().prop_map(Shape::Discriminated),
    ]
}

fn reference(n: usize, count: usize) -> Value {
    json!({"$ref": format!("#/components/schemas/C{}", n % count)})
}

/// The schema a list of shapes describes, innermost last (built from the inside out, so that no
/// recursion is needed here either).
fn schema(shapes: &[Shape], count: usize) -> Value {
    let mut s = json!({"type": "string"});
    for step in shapes.iter().rev() {
        s = match step {
            Shape::Leaf => json!({"type": "integer"}),
            Shape::Ref(n) => reference(*n, count),
            Shape::Object => {
                json!({"type": "object", "properties": {"inner": s, "name": {"type": "string"}}, "required": ["name"]})
            }
            Shape::Array => json!({"type": "array", "items": s}),
            Shape::AllOf(n) => {
                json!({"allOf": [reference(*n, count), {"type": "object", "properties": {"more": s}}]})
            }
            Shape::OneOf(n) => json!({"oneOf": [reference(*n, count), s]}),
            Shape::AnyOf(n) => json!({"anyOf": [reference(*n, count), s]}),
            Shape::Discriminated(n) => json!({
                "type": "object",
                "properties": {"kind": {"type": "string"}, "inner": s},
                "discriminator": {"propertyName": "kind", "mapping": {"k": format!("#/components/schemas/C{}", n % count)}},
            }),
        };
    }
    s
}

fn spec(components: &[Vec<Shape>]) -> String {
    let count = components.len();
    let schemas: serde_json::Map<String, Value> = components
        .iter()
        .enumerate()
        .map(|(i, shapes)| (format!("C{i}"), schema(shapes, count)))
        .collect();
    let doc = json!({
        "openapi": "3.0.3",
        "info": {"title": "deep and cyclic", "version": "1"},
        "paths": {"/things": {"post": {
            "operationId": "createThing",
            "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/C0"}}}},
            "responses": {"200": {"description": "OK", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/C0"}}}}},
        }}},
        "components": {"schemas": schemas},
    });
    doc.to_string()
}

fn components() -> impl Strategy<Value = Vec<Vec<Shape>>> {
    prop::collection::vec(prop::collection::vec(shape(), 0..80), 1..6)
}

#[test]
fn deep_and_cyclic_schemas_end_in_code_or_diagnostics() {
    let cases = std::env::var("DEEP_CYCLIC_CASES")
        .ok()
        .and_then(|c| c.parse().ok())
        .unwrap_or(200);
    let config = Config {
        cases,
        rng_seed: RngSeed::Fixed(0xdee9_c7c1_1c5e_ed00),
        failure_persistence: None,
        ..Config::default()
    };
    let accepted = std::cell::Cell::new(0u32);
    let result = TestRunner::new(config).run(&components(), |components| {
        let text = spec(&components);
        for lenient in [false, true] {
            let settings = Settings::new().with_lenient(lenient);
            match generate(&Source::new("deep.json", &text), &settings) {
                Ok(g) => {
                    syn::parse_file(&g.code).map_err(|e| {
                        TestCaseError::fail(format!("accepted output does not parse: {e}\n{text}"))
                    })?;
                    accepted.set(accepted.get() + 1);
                }
                Err(d) if d.is_empty() => {
                    return Err(TestCaseError::fail(format!(
                        "refused without a diagnostic:\n{text}"
                    )));
                }
                Err(_) => {}
            }
        }
        Ok(())
    });
    if let Err(e) = result {
        panic!("{e}");
    }
    let accepted = accepted.get();
    eprintln!(
        "{accepted} of {} runs generated code; none crashed",
        cases * 2
    );
    assert!(
        accepted > 0,
        "no spec was accepted: the property says little"
    );
}
