//! Rewrites an Atlas spec into what progenitor 0.15.1 accepts, for the side-by-side benchmark.
//!
//! ```sh
//! cargo run --manifest-path peers/Cargo.toml --bin normalize -- IN.yaml OUT.json \
//!     [--version V] [--single-success] [--one-type] [--fix-defaults]
//! ```
//!
//! Each step is one progenitor refuses or panics without:
//! 1. one versioned media type per body: `--version V` where declared, else the newest;
//! 2. `application/vnd.atlas.*+json` renamed `application/json` (dropped where the body already
//!    has `application/json`), and media types without a schema dropped (the schemaless 204);
//! 3. discriminator parents as acyclic `oneOf`s (`tests/support/spec_rewrite.rs`), since the
//!    parent ↔ variant cycle overflows its stack;
//! 4. `--single-success`: of several 2xx responses with a body, the lowest status only;
//! 5. `--one-type`: among the 2xx and among the other responses, only the most common kind
//!    (one schema, a body without `application/json`, no body), since it asserts one of each;
//! 6. `--fix-defaults`: `default` values whose JSON type contradicts `type` dropped (its type
//!    generator panics rendering them).

use std::process::exit;

use serde_json::{Map, Value};

#[path = "../../../tests/support/spec_rewrite.rs"]
mod spec_rewrite;

struct Args {
    input: String,
    output: String,
    version: String,
    single_success: bool,
    one_type: bool,
    fix_defaults: bool,
}

fn parse_args() -> Args {
    let usage = "usage: normalize IN.yaml OUT.json [--version V] [--single-success] [--one-type] \
                 [--fix-defaults]";
    let mut positional = Vec::new();
    let mut a = Args {
        input: String::new(),
        output: String::new(),
        version: "latest".to_owned(),
        single_success: false,
        one_type: false,
        fix_defaults: false,
    };
    let mut it = std::env::args().skip(1);
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--version" => {
                a.version = it.next().unwrap_or_else(|| {
                    eprintln!("error: --version needs a value\n{usage}");
                    exit(2)
                })
            }
            "--single-success" => a.single_success = true,
            "--one-type" => a.one_type = true,
            "--fix-defaults" => a.fix_defaults = true,
            flag if flag.starts_with("--") => {
                eprintln!("error: unknown argument {flag}\n{usage}");
                exit(2)
            }
            _ => positional.push(arg),
        }
    }
    let [input, output] = <[String; 2]>::try_from(positional).unwrap_or_else(|_| {
        eprintln!("{usage}");
        exit(2)
    });
    a.input = input;
    a.output = output;
    a
}

/// Step 2 on one `content` map. Returns (renamed, dropped without schema).
fn json_media(content: &mut Map<String, Value>) -> (usize, usize) {
    let schemaless: Vec<String> = content
        .iter()
        .filter(|(_, v)| v.get("schema").is_none_or(Value::is_null))
        .map(|(k, _)| k.clone())
        .collect();
    for k in &schemaless {
        content.shift_remove(k);
    }
    let mut renamed = 0;
    let versioned: Vec<String> = content
        .keys()
        .filter(|k| spec_rewrite::media_version(k).is_some())
        .cloned()
        .collect();
    for k in versioned {
        let Some(v) = content.shift_remove(&k) else {
            continue;
        };
        if !content.contains_key("application/json") {
            content.insert("application/json".to_owned(), v);
            renamed += 1;
        }
    }
    (renamed, schemaless.len())
}

/// Every operation of the document, mutably.
fn operations(doc: &mut Value) -> Vec<&mut Map<String, Value>> {
    doc.get_mut("paths")
        .map(spec_rewrite::operations_in)
        .unwrap_or_default()
}

/// Step 4: drops every 2xx response with a body but the lowest. Returns how many it dropped.
fn single_success(doc: &mut Value) -> usize {
    let mut dropped = 0;
    for op in operations(doc) {
        let Some(responses) = op.get_mut("responses").and_then(Value::as_object_mut) else {
            continue;
        };
        let mut with_body: Vec<String> = responses
            .iter()
            .filter(|(code, r)| {
                code.starts_with('2')
                    && r.get("content")
                        .and_then(Value::as_object)
                        .is_some_and(|c| !c.is_empty())
            })
            .map(|(code, _)| code.clone())
            .collect();
        with_body.sort();
        for code in with_body.iter().skip(1) {
            responses.shift_remove(code);
            dropped += 1;
        }
    }
    dropped
}

/// A response's kind for step 5: its JSON schema, a body of another media type, or no body.
#[derive(PartialEq)]
enum Kind {
    Schema(Value),
    Raw,
    Empty,
}

fn kind(response: &Value, components: &Value) -> Kind {
    let response = match response["$ref"].as_str() {
        Some(r) => {
            let name = r.rsplit('/').next().unwrap_or_default();
            &components["responses"][name]
        }
        None => response,
    };
    let content = response["content"].as_object();
    match content {
        Some(c) if c.contains_key("application/json") => {
            Kind::Schema(c["application/json"]["schema"].clone())
        }
        Some(c) if !c.is_empty() => Kind::Raw,
        _ => Kind::Empty,
    }
}

/// Step 5: keeps, among the 2xx and among the other responses, the most common kind only (the
/// first met on a tie). Returns how many responses it dropped.
fn one_type(doc: &mut Value) -> usize {
    let components = doc.get("components").cloned().unwrap_or(Value::Null);
    let mut dropped = 0;
    for op in operations(doc) {
        let Some(responses) = op.get_mut("responses").and_then(Value::as_object_mut) else {
            continue;
        };
        for success in [true, false] {
            let group: Vec<(String, Kind)> = responses
                .iter()
                .filter(|(code, _)| code.starts_with('2') == success)
                .map(|(code, r)| (code.clone(), kind(r, &components)))
                .collect();
            let mut counts: Vec<(&Kind, usize)> = Vec::new();
            for (_, k) in &group {
                match counts.iter_mut().find(|(seen, _)| *seen == k) {
                    Some((_, n)) => *n += 1,
                    None => counts.push((k, 1)),
                }
            }
            if counts.len() < 2 {
                continue;
            }
            let top = counts.iter().map(|(_, n)| *n).max().unwrap_or(0);
            let Some((keep, _)) = counts.iter().find(|(_, n)| *n == top) else {
                continue;
            };
            for (code, k) in &group {
                if k != *keep {
                    responses.shift_remove(code);
                    dropped += 1;
                }
            }
        }
    }
    dropped
}

/// Step 6, over the whole document. Returns how many defaults it dropped.
fn fix_defaults(v: &mut Value) -> usize {
    let mut dropped = 0;
    match v {
        Value::Object(m) => {
            let contradicts = match (m.get("type").and_then(Value::as_str), m.get("default")) {
                (Some("string"), Some(d)) => !d.is_string(),
                (Some("integer" | "number"), Some(d)) => d.is_string() || d.is_boolean(),
                _ => false,
            };
            if contradicts {
                m.shift_remove("default");
                dropped += 1;
            }
            dropped += m.values_mut().map(fix_defaults).sum::<usize>();
        }
        Value::Array(a) => dropped += a.iter_mut().map(fix_defaults).sum::<usize>(),
        _ => {}
    }
    dropped
}

fn main() {
    let a = parse_args();
    let text = std::fs::read_to_string(&a.input).unwrap_or_else(|e| {
        eprintln!("error: cannot read {}: {e}", a.input);
        exit(2)
    });
    let mut doc: Value = serde_yaml::from_str(&text).unwrap_or_else(|e| {
        eprintln!("error: {}: {e}", a.input);
        exit(2)
    });
    let versions_dropped =
        spec_rewrite::keep_one_version(&mut doc, &a.version, spec_rewrite::Otherwise::Newest);
    let (mut renamed, mut schemaless) = (0, 0);
    for content in spec_rewrite::content_maps(&mut doc) {
        let (r, s) = json_media(content);
        renamed += r;
        schemaless += s;
    }
    let trimmed = if a.single_success {
        single_success(&mut doc)
    } else {
        0
    } + if a.one_type { one_type(&mut doc) } else { 0 };
    let parents = spec_rewrite::acyclic_one_of(&mut doc).len();
    let defaults = if a.fix_defaults {
        fix_defaults(&mut doc)
    } else {
        0
    };
    let json = serde_json::to_vec(&doc).unwrap_or_else(|e| {
        eprintln!("error: {e}");
        exit(2)
    });
    if let Err(e) = std::fs::write(&a.output, json) {
        eprintln!("error: cannot write {}: {e}", a.output);
        exit(2)
    }
    println!(
        "{}: {versions_dropped} versions dropped, {renamed} media types renamed, {schemaless} \
         schemaless dropped, {trimmed} responses trimmed, {parents} discriminator parents as \
         oneOf, {defaults} defaults dropped",
        a.output
    );
}
