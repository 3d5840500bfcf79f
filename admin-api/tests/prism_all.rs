//! Every operation of the whole API through the generated client, against Prism 5.14.2 mocking
//! the vendored spec (one process for the run).
//!
//! For each operation version (`__visit_operations`, written with the `operation-index` feature)
//! the test builds the required parameters and the body from the spec's own examples, or else
//! from the schema (the smallest valid value: required properties only, the first enum value or
//! `oneOf` alternative, a pattern's shortest match, the minimum), reads them into the operation's
//! generated `Params` and request type, and sends them with `Client::execute`. Prism validates
//! the request (an invalid one is a `422`) and answers from the spec's examples, which the client
//! decodes into the generated response type. Prism runs without `--errors`: an answer that breaks
//! its own schema (many examples break their patterns) is sent as it is, for the client to read,
//! rather than replaced by a `500`.
//!
//! It prints one line per failure and a summary (operations tried, requests accepted, responses
//! decoded). Every failure must be listed in `tests/prism_all_known.txt`, classified as the
//! spec's own fault with a JSON pointer; an unlisted failure, or a listed one that now passes,
//! fails the test.
//!
//! Builds only with `--features all,operation-index` (see `required-features` in Cargo.toml), so
//! `cargo test --workspace` never builds it: `bash scripts/admin-api.sh --prism` runs it.

// Tests report failure by panicking.
#![allow(clippy::panic, clippy::unwrap_used)]

#[path = "../../tests/support/prism.rs"]
mod prism;

use std::collections::{BTreeMap, HashMap};
use std::future::Future;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::pin::Pin;
use std::time::{Duration, Instant};

use atlas_admin_api::__codegen::OperationVisitor;
use atlas_admin_api::error::ErrorBody;
use atlas_admin_api::operation::{OperationDescriptor, ParameterLocation};
use atlas_admin_api::{Client, Error, Operation, RetryPolicy};
use prism::{external_tools_present, spec_rewrite, Mode, Prism, STARTUP_TIMEOUT};
use serde::de::DeserializeOwned;
use serde_json::{json, Map, Value};

const SPEC: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/spec/atlas-api.yaml");
const OVERRIDES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/spec/overrides.yaml");
const KNOWN: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/prism_all_known.txt");

/// What became of one operation.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Outcome {
    /// Sent, accepted, and the answer decoded.
    Decoded,
    /// The parameters built from the spec do not read into the generated `Params`.
    Params(String),
    /// The body built from the spec does not read into the generated request type.
    Body(String),
    /// The client's own validation refused the request (nothing was sent).
    Validation(String),
    /// Prism refused the request (`422` and the like).
    Rejected(u16, String),
    /// Prism accepted the request, but its answer does not decode.
    Undecoded(String),
    /// Anything else.
    Other(String),
}

impl Outcome {
    /// The class named in the list of known failures.
    fn class(&self) -> &'static str {
        match self {
            Outcome::Decoded => "decoded",
            Outcome::Params(_) => "params",
            Outcome::Body(_) => "body",
            Outcome::Validation(_) => "validation",
            Outcome::Rejected(..) => "rejected",
            Outcome::Undecoded(_) => "undecoded",
            Outcome::Other(_) => "other",
        }
    }

    /// Whether Prism accepted the request (the answer may still not decode).
    fn accepted(&self) -> bool {
        matches!(self, Outcome::Decoded | Outcome::Undecoded(_))
    }

    fn detail(&self) -> String {
        match self {
            Outcome::Decoded => String::new(),
            Outcome::Params(m)
            | Outcome::Body(m)
            | Outcome::Validation(m)
            | Outcome::Undecoded(m)
            | Outcome::Other(m) => m.clone(),
            Outcome::Rejected(status, m) => format!("{status}: {m}"),
        }
    }
}

type CallFn = for<'c> fn(&'c Client, Value, Value) -> Pin<Box<dyn Future<Output = Outcome> + 'c>>;

/// One operation version: what the spec says of it, and how to call it from JSON.
struct Entry {
    descriptor: &'static OperationDescriptor,
    call: CallFn,
}

/// Every operation version of the crate, in spec order.
#[derive(Default)]
struct Index(Vec<Entry>);

impl OperationVisitor for Index {
    fn visit<O>(&mut self)
    where
        O: Operation + 'static,
        O::Params: DeserializeOwned,
        O::Request: DeserializeOwned,
        O::Error: ErrorBody,
    {
        self.0.push(Entry {
            descriptor: O::DESCRIPTOR,
            call: |client, params, body| Box::pin(call::<O>(client, params, body)),
        });
    }
}

async fn call<O>(client: &Client, params: Value, body: Value) -> Outcome
where
    O: Operation + 'static,
    O::Params: DeserializeOwned,
    O::Request: DeserializeOwned,
    O::Error: ErrorBody,
{
    let params: O::Params = match serde_json::from_value(params) {
        Ok(p) => p,
        Err(e) => return Outcome::Params(e.to_string()),
    };
    let body: O::Request = match serde_json::from_value(body) {
        Ok(b) => b,
        Err(e) => return Outcome::Body(e.to_string()),
    };
    match client.execute::<O>(&params, &body).await {
        Ok(resp) => {
            // The answer is in the media type asked for (the body decoded as its type, JSON or
            // bytes).
            let declared = O::DESCRIPTOR
                .response(resp.meta.status)
                .and_then(|r| r.media_type);
            let received = resp.meta.content_type.as_deref();
            let essence = |m: &str| m.split(';').next().unwrap_or_default().trim().to_owned();
            match (declared, received) {
                (Some(d), Some(r)) if essence(r) != d => {
                    Outcome::Undecoded(format!("answered in {r}, declared {d}"))
                }
                _ => Outcome::Decoded,
            }
        }
        Err(Error::Validation(v)) => Outcome::Validation(v.to_string()),
        Err(e @ Error::Decode { .. }) => Outcome::Undecoded(e.to_string()),
        Err(e) => match e.status() {
            Some(status) if (400..500).contains(&status) => {
                Outcome::Rejected(status, e.to_string())
            }
            _ => Outcome::Other(e.to_string()),
        },
    }
}

/// Values built from the spec: its examples, or the smallest valid value of a schema.
struct Values<'a> {
    doc: &'a Value,
}

/// How deep a value is built before the rest is left out (a recursive schema's required
/// property would otherwise never end).
const MAX_DEPTH: usize = 12;

impl<'a> Values<'a> {
    /// `v` with `$ref`s followed (within the document), and the name of the last schema followed.
    fn resolve(&self, mut v: &'a Value) -> (&'a Value, Option<&'a str>) {
        let mut name = None;
        for _ in 0..32 {
            let Some(r) = v.get("$ref").and_then(Value::as_str) else {
                break;
            };
            let Some(target) = r.strip_prefix('#').and_then(|p| self.doc.pointer(p)) else {
                break;
            };
            name = r.rsplit('/').next();
            v = target;
        }
        (v, name)
    }

    /// The first example a parameter, media type or schema gives (`example`, then the first of
    /// `examples`).
    fn example(&self, v: &'a Value) -> Option<Value> {
        if let Some(e) = v.get("example") {
            return Some(e.clone());
        }
        let examples = v.get("examples")?.as_object()?;
        let first = self.resolve(examples.values().next()?).0;
        first.get("value").cloned()
    }

    /// The smallest valid value of `schema`, taking each schema's own example where it has one.
    fn of_schema(&self, schema: &'a Value, depth: usize) -> Value {
        let (s, name) = self.resolve(schema);
        if depth > MAX_DEPTH {
            return Value::Null;
        }
        if let Some(e) = self.example(s) {
            return e;
        }
        if let Some(first) = s
            .get("enum")
            .and_then(Value::as_array)
            .and_then(|e| e.first())
        {
            return first.clone();
        }
        // A discriminator parent is read through its mapping: the first variant, tagged.
        if let Some((key, target)) = self.first_mapping(s) {
            if s.get("oneOf").is_none() {
                let mut v = self.of_schema(target, depth + 1);
                if let (Some(o), Some(p)) = (v.as_object_mut(), self.tag_property(s)) {
                    o.insert(p.to_owned(), Value::String(key.to_owned()));
                }
                return v;
            }
        }
        if let Some(alt) = s
            .get("oneOf")
            .or_else(|| s.get("anyOf"))
            .and_then(Value::as_array)
            .and_then(|a| a.first())
        {
            return self.of_schema(alt, depth + 1);
        }
        let kind = s.get("type").and_then(Value::as_str);
        if s.get("allOf").is_some() || s.get("properties").is_some() || kind == Some("object") {
            let mut out = Map::new();
            self.object_fields(s, name, depth, &mut out);
            return Value::Object(out);
        }
        match kind {
            Some("array") => {
                let n = s.get("minItems").and_then(Value::as_u64).unwrap_or(0);
                let item = s.get("items").unwrap_or(&Value::Null);
                Value::Array((0..n).map(|_| self.of_schema(item, depth + 1)).collect())
            }
            Some("string") => Value::String(string_value(s)),
            Some("integer") => json!(number_value(s) as i64),
            Some("number") => json!(number_value(s)),
            Some("boolean") => Value::Bool(false),
            _ => json!({}),
        }
    }

    /// The required, writable properties of an object schema (and of its `allOf` members), with
    /// the discriminator tag of a mapped variant set to its mapping key.
    fn object_fields(
        &self,
        s: &'a Value,
        name: Option<&str>,
        depth: usize,
        out: &mut Map<String, Value>,
    ) {
        for member in s
            .get("allOf")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            let (m, member_name) = self.resolve(member);
            self.object_fields(m, member_name, depth, out);
            // A variant's `allOf` names its discriminator parent: the tag is the variant's key.
            if let (Some(p), Some(variant)) = (self.tag_property(m), name) {
                if let Some(key) = self.mapping_key(m, variant) {
                    out.insert(p.to_owned(), Value::String(key.to_owned()));
                }
            }
        }
        let required: Vec<&str> = s
            .get("required")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
            .collect();
        let props = s.get("properties").and_then(Value::as_object);
        for r in required {
            let Some(prop) = props.and_then(|p| p.get(r)) else {
                continue;
            };
            let (resolved, _) = self.resolve(prop);
            if resolved.get("readOnly") == Some(&Value::Bool(true)) {
                continue;
            }
            out.insert(r.to_owned(), self.of_schema(prop, depth + 1));
        }
    }

    fn tag_property(&self, s: &'a Value) -> Option<&'a str> {
        s.get("discriminator")?.get("propertyName")?.as_str()
    }

    fn first_mapping(&self, s: &'a Value) -> Option<(&'a str, &'a Value)> {
        let (key, target) = s
            .get("discriminator")?
            .get("mapping")?
            .as_object()?
            .iter()
            .next()?;
        let r = target.as_str()?;
        let target = self.doc.pointer(r.strip_prefix('#')?)?;
        Some((key.as_str(), target))
    }

    fn mapping_key(&self, parent: &'a Value, variant: &str) -> Option<&'a str> {
        let mapping = parent.get("discriminator")?.get("mapping")?.as_object()?;
        mapping
            .iter()
            .find(|(_, r)| r.as_str().and_then(|r| r.rsplit('/').next()) == Some(variant))
            .map(|(k, _)| k.as_str())
    }

    /// A parameter's value: its example, or its schema's smallest valid value.
    fn parameter(&self, p: &'a Value) -> Value {
        if let Some(e) = self.example(p) {
            return e;
        }
        let schema = p.get("schema").unwrap_or(&Value::Null);
        let (resolved, _) = self.resolve(schema);
        match self.of_schema(schema, 0) {
            // A path segment cannot be empty.
            Value::String(s) if s.is_empty() => Value::String("a".to_owned()),
            // An empty array is not sent at all: a required one needs an item.
            Value::Array(a) if a.is_empty() => {
                let item = resolved.get("items").unwrap_or(&Value::Null);
                Value::Array(vec![self.of_schema(item, 1)])
            }
            v => v,
        }
    }
}

fn number_value(s: &Value) -> f64 {
    let min = s.get("minimum").and_then(Value::as_f64);
    let exclusive = s.get("exclusiveMinimum") == Some(&Value::Bool(true));
    match min {
        Some(m) if exclusive => m + 1.0,
        Some(m) => m,
        None => {
            let max = s.get("maximum").and_then(Value::as_f64);
            max.map_or(0.0, |m| m.min(0.0))
        }
    }
}

/// A string the schema accepts: a pattern's shortest match, else one for the format, else
/// `minLength` (at least one) letters.
fn string_value(s: &Value) -> String {
    let min = s
        .get("minLength")
        .and_then(Value::as_u64)
        .unwrap_or(1)
        .max(1);
    if let Some(p) = s.get("pattern").and_then(Value::as_str) {
        if let Some(m) = shortest_match(p, min as usize) {
            return m;
        }
    }
    let format = s.get("format").and_then(Value::as_str).unwrap_or("");
    match format {
        "date-time" => "2024-01-01T00:00:00Z".to_owned(),
        "date" => "2024-01-01".to_owned(),
        "email" => "user@example.com".to_owned(),
        "uri" | "url" => "https://example.com".to_owned(),
        "uuid" => "00000000-0000-0000-0000-000000000000".to_owned(),
        "ipv4" => "192.0.2.1".to_owned(),
        "ipv6" => "2001:db8::1".to_owned(),
        _ => "a".repeat(min as usize),
    }
}

/// The shortest string of at least `min_len` characters that a regular expression matches
/// (anchors ignored, the first alternative and each class's first character taken; the first
/// open-ended repetitions repeat until the string is long enough), or `None` when the syntax is
/// not supported.
fn shortest_match(pattern: &str, min_len: usize) -> Option<String> {
    use regex_syntax::hir::{Class, Hir, HirKind};
    /// `wanted`: characters still missing, taken by open-ended repetitions.
    fn walk(h: &Hir, out: &mut String, wanted: &mut usize) -> Option<()> {
        match h.kind() {
            HirKind::Empty | HirKind::Look(_) => {}
            HirKind::Literal(l) => out.push_str(std::str::from_utf8(&l.0).ok()?),
            HirKind::Class(Class::Unicode(c)) => out.push(c.ranges().first()?.start()),
            HirKind::Class(Class::Bytes(c)) => out.push(char::from(c.ranges().first()?.start())),
            HirKind::Repetition(r) => {
                for _ in 0..r.min {
                    walk(&r.sub, out, wanted)?;
                }
                let mut n = r.min;
                while *wanted > 0 && r.max.is_none_or(|max| n < max) {
                    let before = out.chars().count();
                    walk(&r.sub, out, &mut 0)?;
                    let added = out.chars().count() - before;
                    if added == 0 {
                        break;
                    }
                    *wanted = wanted.saturating_sub(added);
                    n += 1;
                }
            }
            HirKind::Capture(c) => walk(&c.sub, out, wanted)?,
            HirKind::Concat(items) => {
                for i in items {
                    walk(i, out, wanted)?;
                }
            }
            HirKind::Alternation(alts) => walk(alts.first()?, out, wanted)?,
        }
        Some(())
    }
    let hir = regex_syntax::parse(pattern).ok()?;
    let mut out = String::new();
    // The shortest match first: only what it lacks is asked of the repetitions.
    walk(&hir, &mut out, &mut 0)?;
    let short = out.chars().count();
    if short < min_len {
        out.clear();
        walk(&hir, &mut out, &mut (min_len - short))?;
    }
    Some(out)
}

#[test]
fn shortest_matches() {
    assert_eq!(
        shortest_match("^([a-f0-9]{24})$", 1).unwrap(),
        "0".repeat(24)
    );
    assert_eq!(
        shortest_match("^[a-zA-Z0-9][a-zA-Z0-9-]*$", 1).unwrap(),
        "0"
    );
    assert_eq!(shortest_match("^[a-z ]*$", 3).unwrap(), "   ");
    assert_eq!(
        shortest_match("^vpce-[0-9a-f]{17}|^x", 1).unwrap(),
        "vpce-00000000000000000"
    );
    assert_eq!(shortest_match("(?!a)b", 1), None);
}

/// The spec's operation objects, by `operationId`.
fn spec_operations(doc: &Value) -> HashMap<&str, &Value> {
    doc["paths"]
        .as_object()
        .into_iter()
        .flat_map(|paths| paths.values())
        .filter_map(Value::as_object)
        .flat_map(|item| item.iter())
        .filter(|(method, _)| *method != "parameters")
        .filter_map(|(_, op)| Some((op["operationId"].as_str()?, op)))
        .collect()
}

/// The required settable parameters of `d`, by wire name, and the body, built from the spec.
fn request_of(values: &Values<'_>, op: &Value, d: &OperationDescriptor) -> (Value, Value) {
    let mut params = Map::new();
    let all: Vec<&Value> = op
        .get("parameters")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .map(|p| values.resolve(p).0)
        .collect();
    for p in all.iter().copied() {
        let Some(name) = p.get("name").and_then(Value::as_str) else {
            continue;
        };
        let location = match p.get("in").and_then(Value::as_str) {
            Some("path") => ParameterLocation::Path,
            Some("query") => ParameterLocation::Query,
            Some("header") => ParameterLocation::Header,
            _ => continue,
        };
        let declared = d
            .parameters
            .iter()
            .find(|x| x.name == name && x.location == location);
        if !declared.is_some_and(|x| x.settable && x.required) {
            continue;
        }
        // A name two locations share is read as `path.id`, `query.id` (see the operation index).
        let shared = all
            .iter()
            .filter(|q| q.get("name") == p.get("name"))
            .count()
            > 1;
        let key = if shared {
            format!("{}.{name}", p["in"].as_str().unwrap_or_default())
        } else {
            name.to_owned()
        };
        params.insert(key, values.parameter(p));
    }
    let body = match d.content_type {
        None => Value::Null,
        Some(media) => {
            let (rb, _) = values.resolve(op.get("requestBody").unwrap_or(&Value::Null));
            let content = &rb["content"][media];
            values
                .example(content)
                .unwrap_or_else(|| values.of_schema(&content["schema"], 0))
        }
    };
    (Value::Object(params), body)
}

/// The Prism copy of the whole spec: discriminator parents as acyclic `oneOf`s and no `security`
/// (see `tests/support/prism.rs`).
fn prism_copy(doc: &Value, dir: &Path) -> PathBuf {
    let mut doc = doc.clone();
    spec_rewrite::acyclic_one_of(&mut doc);
    spec_rewrite::strip_security(&mut doc);
    let path = dir.join("prism-atlas-api.json");
    std::fs::write(&path, serde_json::to_vec(&doc).unwrap()).unwrap();
    path
}

/// How the list of known failures names an operation version: its `operationId`, `@` and the
/// media type it asks for (`getInvoice@text/csv`,
/// `listGroupClusters@application/vnd.atlas.2023-02-01+json`).
fn known_key(d: &OperationDescriptor) -> String {
    format!("{}@{}", d.operation_id, d.accept)
}

/// `operationId class` of each known failure; `#` starts a comment, the rest of a line after
/// the class is its pointer and reason.
fn known_failures() -> BTreeMap<String, String> {
    let text = std::fs::read_to_string(KNOWN).unwrap_or_default();
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| {
            let mut parts = l.split_whitespace();
            let id = parts.next().unwrap_or_default().to_owned();
            let class = parts.next().unwrap_or_default().to_owned();
            (id, class)
        })
        .collect()
}

/// Whether Prism answers `422` to a request the client would never send (a group id that breaks
/// its pattern): the proof that it validates requests at all.
fn prism_refuses_an_invalid_request(port: u16) -> bool {
    use std::io::Read;
    let Ok(mut stream) = std::net::TcpStream::connect(("127.0.0.1", port)) else {
        return false;
    };
    let _ = stream.set_read_timeout(Some(Duration::from_secs(30)));
    let request = "GET /api/atlas/v2/groups/not-a-group-id/clusters HTTP/1.1\r\n\
                   Host: 127.0.0.1\r\n\
                   Accept: application/vnd.atlas.2024-08-05+json\r\n\
                   Connection: close\r\n\r\n";
    let mut head = [0u8; 12];
    stream.write_all(request.as_bytes()).is_ok()
        && stream.read_exact(&mut head).is_ok()
        && &head == b"HTTP/1.1 422"
}

fn say(line: &str) {
    // Straight to the handle: libtest captures `eprintln!` of passing tests.
    let _ = writeln!(std::io::stderr(), "{line}");
}

#[tokio::test(flavor = "current_thread")]
async fn every_operation_through_prism() {
    if !external_tools_present("the all-operations Prism run (tests/prism_all.rs)") {
        return;
    }
    // The spec as the crate is generated from it: the overrides applied.
    let text = std::fs::read_to_string(SPEC).unwrap();
    let overrides = std::fs::read_to_string(OVERRIDES).unwrap();
    let doc = atlas_codegen::parse::parse(
        "spec/atlas-api.yaml",
        &text,
        Some(("spec/overrides.yaml", &overrides)),
    )
    .unwrap()
    .raw;
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("prism-all");
    std::fs::create_dir_all(&dir).unwrap();
    let copy = prism_copy(&doc, &dir);

    let started = Instant::now();
    let prism = Prism::spawn("whole", &Mode::MockAnswering, &copy, dir.join("prism.log"))
        .wait_ready(&copy, Instant::now() + STARTUP_TIMEOUT);
    say(&format!(
        "Prism ready on the whole spec in {:.1} s",
        started.elapsed().as_secs_f64()
    ));
    assert!(
        prism_refuses_an_invalid_request(prism.port),
        "Prism answered an invalid request (a group id against its pattern) without a 422: \
         it does not validate requests against this copy of the spec"
    );
    let client = Client::builder()
        .base_url(prism.base_url())
        .retry_policy(RetryPolicy::none())
        .request_timeout(Duration::from_secs(60))
        .build()
        .unwrap();

    let mut index = Index::default();
    atlas_admin_api::__visit_operations(&mut index);
    let values = Values { doc: &doc };
    let operations = spec_operations(&doc);
    let known = known_failures();
    let (mut tried, mut accepted, mut decoded) = (0, 0, 0);
    let mut unexpected = Vec::new();
    let mut fixed = Vec::new();
    let run = Instant::now();
    for entry in &index.0 {
        let d = entry.descriptor;
        let op = *operations
            .get(d.operation_id)
            .unwrap_or_else(|| panic!("{} is not in the spec", d.operation_id));
        let (params, body) = request_of(&values, op, d);
        let outcome = (entry.call)(&client, params, body).await;
        let key = known_key(d);
        tried += 1;
        accepted += usize::from(outcome.accepted());
        decoded += usize::from(outcome == Outcome::Decoded);
        let listed = known.get(&key).map(String::as_str);
        if outcome != Outcome::Decoded {
            say(&format!(
                "FAIL {} {} {} {}: {}",
                key,
                outcome.class(),
                d.method.as_str(),
                d.path,
                outcome.detail()
            ));
        }
        match (outcome.class(), listed) {
            ("decoded", None) => {}
            ("decoded", Some(_)) => fixed.push(key),
            (class, Some(l)) if l == class => {}
            (class, _) => unexpected.push(format!("{key} {class}")),
        }
    }
    let operations: std::collections::BTreeSet<&str> =
        index.0.iter().map(|e| e.descriptor.operation_id).collect();
    say(&format!(
        "SUMMARY operations {} ({tried} operation versions) tried, requests accepted {accepted}, \
         responses decoded {decoded} ({:.1} s)",
        operations.len(),
        run.elapsed().as_secs_f64()
    ));
    assert!(tried > 500, "only {tried} operations were visited");
    assert!(
        unexpected.is_empty() && fixed.is_empty(),
        "failures not listed in tests/prism_all_known.txt: {unexpected:#?}\n\
         listed but now passing (remove them): {fixed:#?}"
    );
}
