//! No spec text becomes a doc test: rustdoc runs every Rust code block of a doc comment, so the
//! only code blocks in generated docs are the generator's own `text` blocks, whatever the spec's
//! descriptions, titles, names, enum values, `x-rolesRequirements`, `x-xgen-docs-url`,
//! `x-sunset` and `externalDocs` hold.
//!
//! Checked three ways: rustdoc itself finds no test in the hostile fixture's docs; CommonMark
//! (pulldown-cmark, the parser rustdoc uses) finds no block but `text` ones there and in the
//! checked-in `generated/`; and property tests put random markdown in every such place of a spec
//! and in `doc_lines`.
//!
//! With `Settings::with_crate_docs`, each operation's page also holds one `ignore` block, the
//! generator's own call of it, made of Rust names alone: rustdoc neither compiles nor runs it.
//! Spec text still becomes `text` blocks only.
// Tests report failure by panicking.
#![allow(clippy::panic, clippy::unwrap_used)]

use std::path::Path;
use std::process::Command;

use atlas_codegen::docs::{code, doc_lines, text, url};
use atlas_codegen::{generate, Settings, Source};
use proptest::prelude::*;
use proptest::test_runner::{Config, TestCaseError, TestRunner};
use pulldown_cmark::{CodeBlockKind, Event, Options, Parser, Tag};
use serde_json::{json, Value};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Each item's docs in formatted generated code: runs of `///` (or `//!`) lines, with the common
/// indentation removed as rustdoc does.
fn doc_groups(code: &str) -> Vec<String> {
    let mut groups = Vec::new();
    let mut current: Vec<&str> = Vec::new();
    let mut kind = "";
    for line in code.lines().chain(std::iter::once("")) {
        let t = line.trim_start();
        let this = if t.starts_with("///") && !t.starts_with("////") {
            "///"
        } else if t.starts_with("//!") {
            "//!"
        } else {
            ""
        };
        if this != kind && !current.is_empty() {
            groups.push(unindent(&current));
            current.clear();
        }
        kind = this;
        if !this.is_empty() {
            current.push(&t[3..]);
        }
    }
    groups
}

fn unindent(lines: &[&str]) -> String {
    let min = lines
        .iter()
        .filter(|l| !l.trim().is_empty())
        .map(|l| l.len() - l.trim_start().len())
        .min()
        .unwrap_or(0);
    lines
        .iter()
        .map(|l| if l.len() >= min { &l[min..] } else { "" })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The code blocks CommonMark finds in `doc` that are not `text` blocks.
fn runnable_blocks(doc: &str) -> Vec<String> {
    code_blocks(doc, &["text"])
}

/// The code blocks CommonMark finds in `doc` that rustdoc would compile: neither `text` nor
/// `ignore` blocks.
fn compiled_blocks(doc: &str) -> Vec<String> {
    code_blocks(doc, &["text", "ignore"])
}

/// The code blocks CommonMark finds in `doc` whose info string is none of `kept`.
fn code_blocks(doc: &str, kept: &[&str]) -> Vec<String> {
    let mut options = Options::empty();
    // What rustdoc turns on.
    options.insert(Options::ENABLE_TABLES);
    options.insert(Options::ENABLE_FOOTNOTES);
    options.insert(Options::ENABLE_STRIKETHROUGH);
    options.insert(Options::ENABLE_TASKLISTS);
    options.insert(Options::ENABLE_SMART_PUNCTUATION);
    Parser::new_ext(doc, options)
        .filter_map(|e| match e {
            Event::Start(Tag::CodeBlock(CodeBlockKind::Fenced(info))) if kept.contains(&&*info) => {
                None
            }
            Event::Start(Tag::CodeBlock(kind)) => Some(format!("{kind:?}")),
            _ => None,
        })
        .collect()
}

fn assert_no_runnable_block(what: &str, docs: &[String]) {
    for doc in docs {
        let found = runnable_blocks(doc);
        assert!(
            found.is_empty(),
            "{what}: code block(s) {found:?} in doc:\n{doc}"
        );
    }
}

/// How many doc tests `rustdoc --test` compiles in `docs` (each the docs of one item), and how
/// many it finds but ignores.
fn rustdoc_test_count(docs: &[String]) -> usize {
    rustdoc_tests(docs).0
}

/// See [`rustdoc_test_count`]: `(compiled, ignored)`.
fn rustdoc_tests(docs: &[String]) -> (usize, usize) {
    let dir = tempfile::tempdir().unwrap();
    let mut src = String::from("#![allow(dead_code, rustdoc::all)]\n");
    for (i, doc) in docs.iter().enumerate() {
        for line in doc.lines() {
            src.push_str(&format!("#[doc = {line:?}]\n"));
        }
        src.push_str(&format!("pub struct D{i};\n"));
    }
    let file = dir.path().join("docs.rs");
    std::fs::write(&file, src).unwrap();
    let rustdoc = std::env::var("RUSTDOC").unwrap_or_else(|_| "rustdoc".to_owned());
    let out = Command::new(rustdoc)
        .args(["--test", "--edition", "2021", "--crate-name", "docs"])
        .arg(&file)
        .current_dir(dir.path())
        .output()
        .expect("run rustdoc --test");
    let stdout = String::from_utf8_lossy(&out.stdout);
    // `test result: ok. 1 passed; 0 failed; 2 ignored; ...`
    let count = |what: &str| -> Option<usize> {
        let summary = stdout.lines().find(|l| l.starts_with("test result:"))?;
        summary
            .split([';', '.'])
            .find_map(|part| part.trim().strip_suffix(what)?.trim().parse().ok())
    };
    match (count(" passed"), count(" failed"), count(" ignored")) {
        (Some(passed), Some(failed), Some(ignored)) => (passed + failed, ignored),
        _ => panic!(
            "rustdoc --test printed no count:\n{stdout}\n{}",
            String::from_utf8_lossy(&out.stderr)
        ),
    }
}

#[test]
fn the_hostile_fixture_docs_hold_no_doc_test() {
    let path = root().join("tests/fixtures/hostile_docs.yaml");
    let spec = std::fs::read_to_string(&path).unwrap();
    let code = generate(
        &Source::new("codegen/tests/fixtures/hostile_docs.yaml", &spec),
        &Settings::new(),
    )
    .unwrap()
    .code;
    let docs = doc_groups(&code);
    assert!(docs.len() > 20, "the fixture's docs were found");
    assert!(
        code.contains("```text"),
        "the spec's code blocks are kept as text"
    );
    assert_no_runnable_block("hostile_docs.yaml", &docs);
    assert_eq!(rustdoc_test_count(&docs), 0, "rustdoc found doc tests");
    // The check can fail: the same docs with one block left as Rust hold a test.
    let mut planted = docs.clone();
    planted.push("```\nstd::process::exit(1);\n```".to_owned());
    assert_eq!(rustdoc_test_count(&planted), 1);
}

#[test]
fn with_crate_docs_the_hostile_fixture_docs_hold_no_doc_test_but_ignored_calls() {
    let path = root().join("tests/fixtures/hostile_docs.yaml");
    let spec = std::fs::read_to_string(&path).unwrap();
    let code = generate(
        &Source::new("codegen/tests/fixtures/hostile_docs.yaml", &spec),
        &Settings::new().with_crate_docs("hostile"),
    )
    .unwrap()
    .code;
    let docs = doc_groups(&code);
    let calls = code.matches("```ignore").count();
    assert!(calls > 0, "each operation's page shows a call");
    for doc in &docs {
        let found = compiled_blocks(doc);
        assert!(found.is_empty(), "code block(s) {found:?} in doc:\n{doc}");
        // An `ignore` block holds the generator's lines alone: no spec text is in one.
        for block in doc.split("```ignore").skip(1) {
            let block = block.split("```").next().unwrap();
            for line in block.lines().filter(|l| !l.is_empty()) {
                assert!(
                    line.bytes().all(|b| b.is_ascii_graphic() || b == b' '),
                    "{line:?} in an ignore block"
                );
            }
        }
    }
    assert_eq!(
        rustdoc_tests(&docs),
        (0, calls),
        "rustdoc compiled doc tests"
    );
}

#[test]
fn the_checked_in_bindings_hold_no_doc_test() {
    let repo = root().parent().unwrap();
    for file in ["generated/v2.rs", "generated/v1.rs"] {
        let code = std::fs::read_to_string(repo.join(file)).unwrap();
        assert_no_runnable_block(file, &doc_groups(&code));
    }
}

/// Pieces of markdown that open, close or nest blocks.
fn markdown() -> impl Strategy<Value = String> {
    let piece = prop::sample::select(vec![
        "```",
        "~~~",
        "````",
        "```rust",
        "~~~ rust",
        "    ",
        "   ",
        "\t",
        " ",
        "-",
        "- ",
        "* ",
        "+ ",
        "1. ",
        "1) ",
        "1234567890. ",
        ">",
        "> ",
        "\n",
        "\n\n",
        "\r",
        "\r\n",
        "code();",
        "`",
        "``",
        "<pre>",
        "[x]",
        "[a](b)",
        "http://x.y",
        "#",
        "|a|",
        "\u{1b}",
        "\u{2028}",
        "\u{a0}",
        "a",
    ]);
    prop::collection::vec(piece, 0..40).prop_map(|v| v.concat())
}

fn runner(cases: u32) -> TestRunner {
    TestRunner::new(Config {
        cases,
        failure_persistence: None,
        ..Config::default()
    })
}

#[test]
fn doc_lines_make_no_block_but_text() {
    runner(4096)
        .run(&(markdown(), markdown()), |(a, b)| {
            // As the generator joins them: a title, a blank line, a description.
            let mut lines = doc_lines(&a);
            lines.push(String::new());
            lines.extend(doc_lines(&b));
            lines.push(code(&a));
            lines.push(format!("{}: {}", text(&b), url(&a)));
            for l in &lines {
                if l.contains(['\n', '\r', '\u{1b}', '\u{2028}']) {
                    return Err(TestCaseError::fail(format!("a line break in {l:?}")));
                }
            }
            let doc = lines
                .iter()
                .map(|l| format!(" {l}"))
                .collect::<Vec<_>>()
                .join("\n");
            let found = runnable_blocks(&unindent(&doc.lines().collect::<Vec<_>>()));
            if found.is_empty() {
                Ok(())
            } else {
                Err(TestCaseError::fail(format!("{found:?} in {lines:#?}")))
            }
        })
        .unwrap();
}

#[test]
fn inline_spec_text_starts_no_block() {
    runner(4096)
        .run(&markdown(), |s| {
            // Each is a whole doc of its own, as an enum variant's or a setter's is.
            for doc in [code(&s), format!("{}.", code(&s)), url(&s)] {
                let found = runnable_blocks(&doc);
                if !found.is_empty() || doc.contains('\n') {
                    return Err(TestCaseError::fail(format!("{found:?} in {doc:?}")));
                }
            }
            Ok(())
        })
        .unwrap();
}

/// A spec with `t` in every place spec text reaches the docs.
fn spec_with(t: &[String]) -> Value {
    let s = |i: usize| Value::String(t[i % t.len()].clone());
    json!({
        "openapi": "3.0.1",
        "info": {"title": s(0), "version": "1"},
        "tags": [{"name": s(19), "description": s(20),
                  "externalDocs": {"description": s(21), "url": s(22)}}],
        "paths": {"/things/{id}": {"get": {
            "operationId": "listThings",
            "tags": [s(19), "Things"],
            "x-xgen-operation-id-override": "listAllThings",
            "summary": s(1),
            "description": s(2),
            "x-rolesRequirements": [s(3)],
            "x-xgen-docs-url": s(4),
            "externalDocs": {"description": s(5), "url": s(6)},
            "parameters": [
                {"name": "id", "in": "path", "required": true, "description": s(7),
                 "schema": {"type": "string"}},
                {"name": format!("q{}", t[8 % t.len()]), "in": "query",
                 "schema": {"type": "string"}}
            ],
            "responses": {"200": {"description": "OK", "content": {
                "application/vnd.atlas.2024-05-30+json": {
                    "x-xgen-version": "2024-05-30",
                    "x-sunset": s(9),
                    "schema": {"$ref": "#/components/schemas/Thing"}
                }
            }}}
        }}},
        "components": {"schemas": {"Thing": {
            "type": "object",
            "title": s(10),
            "description": s(11),
            "externalDocs": {"description": s(12), "url": s(13)},
            "properties": {
                format!("p{}", t[14 % t.len()]): {"type": "string", "description": s(15)},
                "kind": {"type": "string", "enum": [format!("e{}", t[16 % t.len()]), "x"]},
                "nested": {"type": "object", "title": s(17),
                           "properties": {"a": {"type": "integer", "description": s(18)}}}
            }
        }}}
    })
}

#[test]
fn spec_text_anywhere_makes_no_doc_test() {
    runner(192)
        .run(&prop::collection::vec(markdown(), 1..20), |t| {
            let spec = spec_with(&t).to_string();
            // With the crate docs: the tags' descriptions too, and each operation's page.
            let settings = Settings::new().with_crate_docs("random");
            let Ok(g) = generate(&Source::new("random.json", &spec), &settings) else {
                // Refused input makes no docs; names the generator cannot take are refused.
                return Ok(());
            };
            let docs = doc_groups(&g.code);
            let mut ignored = 0;
            for doc in &docs {
                let found = compiled_blocks(doc);
                if !found.is_empty() {
                    return Err(TestCaseError::fail(format!("{found:?} in doc:\n{doc}")));
                }
                ignored += runnable_blocks(doc).len();
            }
            // The one operation's call is the only block that is not `text`.
            if ignored == 1 {
                Ok(())
            } else {
                Err(TestCaseError::fail(format!("{ignored} ignore blocks")))
            }
        })
        .unwrap();
}
