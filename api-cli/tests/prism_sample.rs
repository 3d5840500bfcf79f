//! A sample of `atlas-api` calls per tag against Prism, which mocks the whole spec (rewritten as
//! `admin-api/tests/prism_all.rs` rewrites it) and refuses a request that breaks it: for each
//! tag, its first read and its first write, with the flags and body built from the spec. Each
//! request must be accepted and its answer printed.
// Tests report failure by panicking.
#![allow(clippy::panic, clippy::unwrap_used)]

#[path = "../../tests/support/prism.rs"]
mod prism;
#[path = "../../admin-api/tests/support/spec_values.rs"]
#[allow(dead_code)]
mod spec_values;

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::time::Instant;

use atlas_api::catalog;
use atlas_client_runtime::operation::Method;
use prism::{external_tools_present, spec_rewrite, Mode, Prism, STARTUP_TIMEOUT};
use serde_json::Value;
use spec_values::{request_of, spec_operations, Values};

const BIN: &str = env!("CARGO_BIN_EXE_atlas-api");
const SPEC: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../admin-api/spec/atlas-api.yaml"
);
const OVERRIDES: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../admin-api/spec/overrides.yaml"
);
const KNOWN: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../admin-api/tests/prism_all_known.txt"
);

/// The operation versions `prism_all` knows to fail (`operationId@media/type`).
fn known() -> BTreeSet<String> {
    std::fs::read_to_string(KNOWN)
        .unwrap_or_default()
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .filter_map(|l| l.split_whitespace().next().map(str::to_owned))
        .collect()
}

/// A parameter's value as its flag's text.
fn flag_text(v: &Value) -> Vec<String> {
    match v {
        Value::String(s) => vec![s.clone()],
        Value::Array(items) => items.iter().flat_map(flag_text).collect(),
        other => vec![other.to_string()],
    }
}

#[test]
fn a_read_and_a_write_per_tag_are_accepted_by_prism_and_printed() {
    if !external_tools_present("atlas-api against Prism (api-cli/tests/prism_sample.rs)") {
        return;
    }
    let text = std::fs::read_to_string(SPEC).unwrap();
    let overrides = std::fs::read_to_string(OVERRIDES).unwrap();
    let doc = atlas_codegen::parse::parse(
        "spec/atlas-api.yaml",
        &text,
        Some(("spec/overrides.yaml", &overrides)),
    )
    .unwrap()
    .raw;
    let mut doc = serde_json::to_value(&doc).unwrap();
    let values_doc = doc.clone();
    spec_rewrite::acyclic_one_of(&mut doc);
    spec_rewrite::strip_security(&mut doc);
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("atlas-api-prism");
    std::fs::create_dir_all(&dir).unwrap();
    let copy = dir.join("prism-atlas-api.json");
    std::fs::write(&copy, serde_json::to_vec(&doc).unwrap()).unwrap();
    let prism = Prism::spawn("whole", &Mode::MockAnswering, &copy, dir.join("prism.log"))
        .wait_ready(&copy, Instant::now() + STARTUP_TIMEOUT);

    let values = Values { doc: &values_doc };
    let spec_ops = spec_operations(&values_doc);
    let known = known();
    let ops = catalog::operations();
    // Per tag: the first read (GET) and the first write, at their default versions, that
    // prism_all does not list as failing.
    let mut picked: BTreeMap<(&str, bool), &catalog::Op> = BTreeMap::new();
    for op in &ops {
        let Ok(v) = op.version(None) else { continue };
        let d = v.descriptor;
        if known.contains(&format!("{}@{}", d.operation_id, d.accept)) || !d.accept.contains("json")
        {
            continue;
        }
        picked
            .entry((op.tag.as_str(), d.method == Method::Get))
            .or_insert(op);
    }
    let mut failures = Vec::new();
    for ((tag, _), op) in &picked {
        let d = op.version(None).unwrap().descriptor;
        let (params, body) = request_of(&values, spec_ops[d.operation_id], d);
        let mut args: Vec<String> = vec![(*tag).to_owned(), op.name().to_owned()];
        let flags = atlas_api::command::flags(op);
        for (name, v) in params.as_object().unwrap() {
            let flag = flags
                .iter()
                .find(|(_, p)| p.name == name)
                .map_or_else(|| name.clone(), |(f, _)| f.clone());
            for text in flag_text(v) {
                args.push(format!("--{flag}={text}"));
            }
        }
        if d.content_type.is_some() {
            let file = dir.join(format!("{}.json", op.name()));
            std::fs::write(&file, serde_json::to_vec(&body).unwrap()).unwrap();
            args.push("--file".to_owned());
            args.push(file.to_string_lossy().into_owned());
        }
        let out = Command::new(BIN)
            .args(&args)
            .env_clear()
            .env("HOME", dir.join("home"))
            .env("MONGODB_ATLAS_BASE_URL", prism.base_url())
            .env("MONGODB_ATLAS_ACCESS_TOKEN", "prism-ignores-it")
            .stdin(Stdio::null())
            .output()
            .unwrap();
        // JSON, or nothing for an answer the spec declares without a body.
        let no_body = d
            .response(d.success_status)
            .is_none_or(|r| r.body.is_none());
        let printed = serde_json::from_slice::<Value>(&out.stdout).is_ok()
            || (out.stdout.is_empty() && no_body);
        if out.status.code() != Some(0) || !printed {
            failures.push(format!(
                "{}: exit {:?}: {}",
                args.join(" "),
                out.status.code(),
                String::from_utf8_lossy(&out.stderr).trim()
            ));
        }
    }
    eprintln!(
        "atlas-api against Prism: {} of {} sampled operations (a read and a write per tag) accepted and printed",
        picked.len() - failures.len(),
        picked.len()
    );
    assert!(picked.len() > 80, "{} sampled", picked.len());
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
