//! Snapshot tests: each `fixtures/<case>.yaml` generates exactly `fixtures/<case>.rs`, and each
//! `bad/<case>.yaml` fails with exactly the diagnostics in `bad/<case>.stderr`.
//!
//! Bless new output with `UPDATE_GENERATED=1 cargo test -p atlas-codegen --test snapshots`.
// Tests report failure by panicking.
#![allow(clippy::panic, clippy::unwrap_used)]

mod support;

use std::path::{Path, PathBuf};

use atlas_codegen::{generate, Settings, Source};

const BLESS: &str = "UPDATE_GENERATED=1 cargo test -p atlas-codegen --test snapshots";

fn dir(sub: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join(sub)
}

fn run(sub: &str, case: &str) -> (String, Result<String, atlas_codegen::Diagnostics>) {
    run_with(sub, case, Settings::new())
}

fn run_with(
    sub: &str,
    case: &str,
    settings: Settings,
) -> (String, Result<String, atlas_codegen::Diagnostics>) {
    let path = dir(sub).join(format!("{case}.yaml"));
    let text =
        std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("read {}: {e}", path.display()));
    let name = format!("codegen/tests/{sub}/{case}.yaml");
    let out = generate(&Source::new(&name, &text), &settings).map(|g| g.code);
    (name, out)
}

fn good(case: &str) {
    let (name, out) = run("fixtures", case);
    match out {
        Ok(code) => {
            // Deterministic: a second run gives the same bytes.
            let (_, again) = run("fixtures", case);
            assert_eq!(
                again.as_deref().ok(),
                Some(code.as_str()),
                "{name}: output differs between runs"
            );
            support::assert_snapshot(&dir("fixtures").join(format!("{case}.rs")), &code, BLESS);
        }
        Err(d) => panic!("{name} should generate, but:\n{d}"),
    }
}

fn bad(case: &str) {
    let (name, out) = run("bad", case);
    match out {
        Ok(_) => panic!("{name} should fail to generate"),
        Err(d) => {
            for diag in &d {
                let text = diag.to_string();
                assert!(
                    text.starts_with(&name),
                    "diagnostic does not name the file: {text}"
                );
            }
            support::assert_snapshot(
                &dir("bad").join(format!("{case}.stderr")),
                &format!("{d}\n"),
                BLESS,
            );
        }
    }
}

macro_rules! cases {
    ($kind:ident, $list:ident: $($case:ident),* $(,)?) => {
        const $list: &[&str] = &[$(stringify!($case)),*];
        $( #[test] fn $case() { $kind(stringify!($case)); } )*
    };
}

mod good_fixtures {
    use super::good;
    cases!(good, GOOD:
        annotated_refs, any_of, any_of_objects, colliding_schema_names, constraints, discriminator_allof_cycle, discriminator_self_mapping, enums, error_model, header_parameters, headers, hostile_docs, keywords,
        nullable_patch,
        multi_version, name_collisions, nested_collections, non_ascii_names, non_json_responses, oneof_discriminator,
        oneof_in_allof, missing_operation_id, openapi_31, operation_ids_same_snake_case, own_error_code, paginated_lists, parameter_styles, pattern_unenforced, read_only, recursive_inline_allof, recursive_unions, renames, schemaless_204, tagged_unknown_key,
        shared_variants, two_json_media_types, unknown_required, untagged_oneof,
    );
    pub(crate) const LIST: &[&str] = GOOD;
}

mod bad_fixtures {
    use super::bad;
    cases!(bad, BAD:
        cookie_parameter,
        dangling_header_ref,
        dangling_parameter_ref,
        dangling_ref,
        dangling_request_body_ref,
        dangling_response_ref,
        discriminator_inline_variant,
        discriminator_property_not_defined,
        discriminator_without_variants,
        duplicate_operation_id,
        duplicate_parameter,
        empty_file,
        external_ref,
        integer_min_greater_than_max,
        invalid_pattern,
        invalid_status_code,
        invalid_yaml,
        json_syntax_error,
        mapping_missing_schema,
        media_type_without_schema,
        min_greater_than_max,
        min_items_greater_than_max_items,
        missing_info,
        multiple_problems,
        negative_max_length,
        object_path_parameter,
        oneof_in_allof_not_objects,
        openapi_2,
        openapi_version_float,
        openapi_version_integer,
        parameter_style_undefined,
        parameter_with_content,
        path_param_declared_in_query,
        path_param_missing,
                ref_alias_cycle,
        ref_alias_cycle_via_property,
        ref_path_item,
        ref_to_non_schema,
        top_level_list,
        type_file,
        type_list_31_style,
        type_nonsense,
        unsupported_not,
        wrong_type,
    );
    pub(crate) const LIST: &[&str] = BAD;
}

fn yaml_cases(sub: &str) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir(sub))
        .unwrap_or_else(|e| panic!("read_dir {sub}: {e}"))
        .filter_map(|e| e.ok())
        .filter_map(|e| {
            e.file_name()
                .to_str()
                .and_then(|n| n.strip_suffix(".yaml"))
                .map(str::to_owned)
        })
        .collect();
    names.sort();
    names
}

#[test]
fn every_fixture_file_has_a_test() {
    let mut good: Vec<&str> = good_fixtures::LIST.to_vec();
    good.sort_unstable();
    assert_eq!(
        yaml_cases("fixtures"),
        good,
        "add new fixtures/*.yaml to the list in tests/snapshots.rs"
    );
    let mut bad: Vec<&str> = bad_fixtures::LIST.to_vec();
    bad.sort_unstable();
    assert_eq!(
        yaml_cases("bad"),
        bad,
        "add new bad/*.yaml to the list in tests/snapshots.rs"
    );
    let mut lenient: Vec<&str> = lenient_fixtures::LIST.to_vec();
    lenient.sort_unstable();
    assert_eq!(
        yaml_cases("lenient"),
        lenient,
        "add new lenient/*.yaml to the list in tests/snapshots.rs"
    );
    assert!(good.len() >= 12 && bad.len() >= 15);
}

#[test]
fn yaml_errors_carry_line_and_column() {
    let (_, out) = run("bad", "invalid_yaml");
    let d = out.expect_err("invalid YAML");
    let first = d.iter().next().expect("one diagnostic");
    assert!(
        matches!(first, atlas_codegen::Diagnostic::InvalidYaml { line, column, .. } if *line > 5 && *column > 0),
        "{first:?}"
    );
}

#[test]
fn all_problems_are_reported_in_one_pass() {
    let (_, out) = run("bad", "multiple_problems");
    let d = out.expect_err("three problems");
    assert!(d.len() >= 3, "{d}");
}

/// `lenient/<case>.yaml` generates `lenient/<case>.rs` in lenient mode (and is refused when strict).
fn lenient(case: &str) {
    let (name, strict) = run("lenient", case);
    assert!(strict.is_err(), "{name} should be refused when strict");
    match run_with("lenient", case, Settings::new().with_lenient(true)).1 {
        Ok(code) => {
            assert!(
                code.contains("// Warning: "),
                "{name}: no warning in the header"
            );
            support::assert_snapshot(&dir("lenient").join(format!("{case}.rs")), &code, BLESS);
        }
        Err(d) => panic!("{name} should generate in lenient mode, but:\n{d}"),
    }
}

mod lenient_fixtures {
    use super::lenient;
    cases!(lenient, LENIENT: untyped_constructs);
    pub(crate) const LIST: &[&str] = LENIENT;
}

#[test]
fn unions_merged_into_objects_generate_without_warnings() {
    // `Toy` lists in `required` a property only an `anyOf` alternative declares: it is on the
    // wire through the flattened union, not undeclared.
    let path = dir("fixtures").join("oneof_in_allof.yaml");
    let text = std::fs::read_to_string(&path).unwrap();
    let generated = generate(&Source::new("oneof_in_allof.yaml", &text), &Settings::new()).unwrap();
    assert!(generated.warnings.is_empty(), "{:?}", generated.warnings);
}
