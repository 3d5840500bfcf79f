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
#[path = "support/spec_values.rs"]
mod spec_values;

use std::collections::BTreeMap;
use std::future::Future;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::pin::Pin;
use std::time::{Duration, Instant};

use atlas_admin_api::__codegen::OperationVisitor;
use atlas_admin_api::error::ErrorBody;
use atlas_admin_api::operation::OperationDescriptor;
use atlas_admin_api::{Client, Error, Operation, RetryPolicy};
use prism::{external_tools_present, spec_rewrite, Mode, Prism, STARTUP_TIMEOUT};
use serde::de::DeserializeOwned;
use serde_json::Value;
use spec_values::{request_of, spec_operations, Values};

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
    let doc = serde_json::to_value(&doc).unwrap();
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
