//! Every input is bounded before it is parsed: spec text over the size limit is refused unread,
//! and YAML whose flow collections nest deeper than the parser could take is refused in one pass
//! (the YAML parser's own scan of such text is quadratic: 100,000 `[` took 45 s).
// Tests report failure by panicking.
#![allow(clippy::panic, clippy::unwrap_used)]

use std::path::Path;
use std::process::Command;

use atlas_codegen::parse::{check_flow_depth, read_yaml, MAX_FLOW_DEPTH};
use atlas_codegen::{generate, Diagnostic, Settings, Source, DEFAULT_MAX_SPEC_BYTES};

fn deep_error(text: &str) -> (usize, usize, String) {
    match read_yaml("deep.yaml", text) {
        Err(Diagnostic::InvalidYaml {
            line,
            column,
            message,
            ..
        }) => (line, column, message),
        other => panic!("expected the nesting to be refused, got {other:?}"),
    }
}

#[test]
fn deep_flow_collections_are_refused_before_the_parser_reads_them() {
    let cases = [
        "[".repeat(100_000),
        "{a: ".repeat(100_000),
        // Closers in quoted scalars close nothing.
        "[\"]\", ".repeat(100_000),
        "['] '' ]', ".repeat(100_000),
        // A comment's closers neither.
        "[ # ]\n".repeat(100_000),
        // JSON that the JSON reader refuses (over its depth limit) is read as YAML.
        "{\"a\": ".repeat(100_000),
        format!("key: value\nlist: {}", "[".repeat(MAX_FLOW_DEPTH + 1)),
    ];
    for text in &cases {
        let (line, column, message) = deep_error(text);
        assert!(
            message.contains(&format!("nest deeper than {MAX_FLOW_DEPTH} levels")),
            "{message}"
        );
        assert!(line >= 1 && column >= 1);
    }
    let (line, column, _) = deep_error(&format!("a: 1\nb: {}", "[".repeat(300)));
    assert_eq!((line, column), (2, 4 + MAX_FLOW_DEPTH));
}

#[test]
fn nesting_the_parser_takes_is_not_refused_by_the_count() {
    // Closed brackets in quoted scalars, and any in comments and plain text, count for nothing
    // once read. (A quoted scalar's unclosed openers do count: the count cannot tell a quote from
    // text, so it takes the higher reading.)
    let text = "- a: '[a-z]{2}[^\\]]'\n  b: \"{x}\\\"{y}\"\n  c: it's [ok\n  d: x # [[[[[\n  e: [[1, 2], {k: '[]'}]\n  f: a]]]]\n";
    let fine = text.repeat(1000);
    read_yaml("fine.yaml", &fine).unwrap();
    // At the limit: the parser's own depth limit (128) speaks.
    let at = format!(
        "{}{}",
        "[".repeat(MAX_FLOW_DEPTH),
        "]".repeat(MAX_FLOW_DEPTH)
    );
    let Err(Diagnostic::InvalidYaml { message, .. }) = read_yaml("at.yaml", &at) else {
        panic!("over the parser's limit")
    };
    assert!(!message.contains("nest deeper than"), "{message}");
}

#[test]
fn the_published_specs_pass_the_count() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap();
    for spec in [
        "admin-api/spec/atlas-api.yaml",
        "spec/export-buckets.v2.yaml",
        "spec/export-buckets.v1.yaml",
    ] {
        let text = std::fs::read_to_string(root.join(spec)).unwrap();
        // The check alone: the whole spec through serde_yaml takes seconds unoptimised.
        if let Err(d) = check_flow_depth(spec, &text) {
            panic!("{spec} is refused by the nesting count: {d}");
        }
    }
}

#[test]
fn a_spec_over_the_size_limit_is_refused_unread() {
    let spec = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/enums.yaml"),
    )
    .unwrap();
    let err = generate(
        &Source::new("enums.yaml", &spec),
        &Settings::new().with_max_spec_bytes(100),
    )
    .unwrap_err();
    let d: Vec<_> = err.iter().collect();
    assert!(
        matches!(d[..], [Diagnostic::TooLarge { bytes, limit: 100, .. }] if *bytes == spec.len()),
        "{err}"
    );
    assert!(
        err.to_string().contains("over the limit of 100 bytes"),
        "{err}"
    );
    // The overrides text too.
    let err = generate(
        &Source::new("enums.yaml", &spec),
        &Settings::new()
            .with_overrides("o.yaml", "x".repeat(200))
            .with_max_spec_bytes(150),
    )
    .unwrap_err();
    assert!(err.to_string().starts_with("error: enums.yaml:"), "{err}");
    // The default: a document one byte over 128 MiB is not parsed (it is not even YAML).
    let huge = "#".repeat(DEFAULT_MAX_SPEC_BYTES + 1);
    let err = generate(&Source::new("huge.yaml", &huge), &Settings::new()).unwrap_err();
    assert!(
        matches!(err.iter().next(), Some(Diagnostic::TooLarge { .. })),
        "{err}"
    );
}

#[cfg(unix)]
#[test]
fn the_cli_reads_only_regular_files_of_bounded_size() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("spec.yaml");
    let made = Command::new("mkfifo").arg(&fifo).status().unwrap();
    assert!(made.success());
    let big = dir.path().join("big.yaml");
    std::fs::File::create(&big)
        .unwrap()
        .set_len(1 << 30)
        .unwrap();
    let small = dir.path().join("small.yaml");
    std::fs::write(&small, "openapi: 3.0.1\n".repeat(10)).unwrap();
    let bin = env!("CARGO_BIN_EXE_atlas-codegen");
    for (spec, extra, want) in [
        (&fifo, None, "not a regular file"),
        (&big, None, "larger than the limit of 134217728 bytes"),
        (&small, Some("100"), "larger than the limit of 100 bytes"),
    ] {
        let mut cmd = Command::new(bin);
        cmd.args(["generate", "--out"])
            .arg(dir.path().join("out.rs"))
            .arg("--spec")
            .arg(spec);
        if let Some(n) = extra {
            cmd.args(["--max-spec-bytes", n]);
        }
        // A FIFO with no writer would block a reader forever: a bounded wait shows it does not.
        let mut child = cmd.stderr(std::process::Stdio::piped()).spawn().unwrap();
        let start = std::time::Instant::now();
        let status = loop {
            if let Some(s) = child.try_wait().unwrap() {
                break s;
            }
            if start.elapsed() > std::time::Duration::from_secs(60) {
                let _ = child.kill();
                panic!("atlas-codegen blocked on {}", spec.display());
            }
            std::thread::sleep(std::time::Duration::from_millis(20));
        };
        let out = child.wait_with_output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(status.code(), Some(2), "{stderr}");
        assert!(stderr.contains(want), "{stderr}");
    }
}
