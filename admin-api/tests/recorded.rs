//! Every answer the real Atlas gave to the Atlas CLI's end-to-end tests (`tests/recorded/`), read
//! through `decode_response` at its recorded operation and version: what Atlas really sends,
//! which neither the spec's examples nor a mock server show.
//!
//! For each answer it prints whether it decoded (and why not), and for a decoded success whether
//! it round-trips: written back as JSON, equal to what Atlas sent, or the members lost (a member
//! Atlas sent as `null` and the client writes as absent counts as kept). Every answer that does
//! not decode must be listed in `tests/recorded_known.txt` with its reason; an unlisted failure,
//! or a listed answer that now decodes, fails the test.
//!
//! Builds with `--features all,operation-index`, the feature set of the all-operations Prism
//! run (`required-features` in Cargo.toml).

// Tests report failure by panicking.
#![allow(clippy::panic, clippy::unwrap_used)]

use std::collections::{BTreeMap, BTreeSet};
use std::io::Write;

use atlas_admin_api::__codegen::OperationVisitor;
use atlas_admin_api::error::ErrorBody;
use atlas_admin_api::operation::OperationDescriptor;
use atlas_admin_api::{read_response, Error, Operation};
use serde::de::DeserializeOwned;
use serde_json::Value;

const ANSWERS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/recorded/answers.jsonl");
const KNOWN: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/recorded_known.txt");

/// How one answer read.
#[derive(Debug)]
enum Read {
    /// A success, decoded; the members its type does not declare.
    Decoded(Vec<String>),
    /// An error status read as `Error::Api`.
    Api,
    /// An error status whose body is not the declared error body: `Error::Http`.
    Http,
    /// Anything else, with the error.
    Failed(String),
}

type ReadFn = fn(u16, Option<&str>, &[u8]) -> Read;
type RoundTripFn = fn(u16, Option<&str>, &[u8]) -> Option<Value>;

/// One operation version, and how to read its answers.
struct Entry {
    descriptor: &'static OperationDescriptor,
    read: ReadFn,
    round_trip: Option<RoundTripFn>,
}

#[derive(Default)]
struct Index(Vec<Entry>);

fn read<O: Operation>(status: u16, content_type: Option<&str>, body: &[u8]) -> Read {
    match read_response::<O>(status, content_type, body) {
        Ok(r) => Read::Decoded(r.meta.unknown_fields),
        Err(Error::Api { .. }) => Read::Api,
        Err(Error::Http { .. }) => Read::Http,
        Err(e) => Read::Failed(e.to_string()),
    }
}

fn round_trip<O>(status: u16, content_type: Option<&str>, body: &[u8]) -> Option<Value>
where
    O: Operation,
    O::Response: serde::Serialize,
{
    let r = read_response::<O>(status, content_type, body).ok()?;
    serde_json::to_value(&r.body).ok()
}

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
            read: read::<O>,
            round_trip: None,
        });
    }

    fn visit_serializable<O>(&mut self)
    where
        O: Operation + 'static,
        O::Response: serde::Serialize,
    {
        if let Some(last) = self.0.last_mut() {
            last.round_trip = Some(round_trip::<O>);
        }
    }
}

/// The members of `sent` that `kept` lacks or holds otherwise, as JSON paths (`results[].x`: an
/// array's items alike). A `null` that became absent is kept (the client writes an absent
/// optional field as nothing).
fn lost(sent: &Value, kept: Option<&Value>, path: &str, out: &mut Vec<String>) {
    match (sent, kept) {
        (Value::Null, None | Some(Value::Null)) => {}
        (Value::Object(s), Some(Value::Object(k))) => {
            for (key, v) in s {
                lost(v, k.get(key), &format!("{path}.{key}"), out);
            }
        }
        (Value::Array(s), Some(Value::Array(k))) if s.len() == k.len() => {
            for (i, v) in s.iter().enumerate() {
                lost(v, k.get(i), &format!("{path}[]"), out);
            }
        }
        (Value::Number(a), Some(Value::Number(b))) if a.as_f64() == b.as_f64() => {}
        (s, Some(k)) if s == k => {}
        _ => out.push(if path.is_empty() {
            ".".to_owned()
        } else {
            path.to_owned()
        }),
    }
}

/// `id reason` of each answer known not to decode; `#` starts a comment.
fn known_failures() -> BTreeMap<String, String> {
    std::fs::read_to_string(KNOWN)
        .unwrap_or_default()
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| {
            let (id, reason) = l.split_once(' ').unwrap_or((l, ""));
            (id.to_owned(), reason.trim().to_owned())
        })
        .collect()
}

fn say(line: &str) {
    // Straight to the handle: libtest captures `eprintln!` of passing tests.
    let _ = writeln!(std::io::stderr(), "{line}");
}

#[test]
fn every_recorded_answer_reads_through_decode_response() {
    let mut index = Index::default();
    atlas_admin_api::__visit_operations(&mut index);
    let known = known_failures();
    let text = std::fs::read_to_string(ANSWERS).unwrap();

    let (mut ok_total, mut ok_here, mut ok_decoded, mut ok_elsewhere) = (0, 0, 0, 0);
    let (mut errors, mut errors_api, mut errors_http) = (0, 0, 0);
    let (mut round_tripped, mut equal) = (0, 0);
    let mut lost_paths: BTreeSet<String> = BTreeSet::new();
    let mut unknown_paths: BTreeSet<String> = BTreeSet::new();
    let mut read_as_other_status = 0;
    let mut failed: Vec<String> = Vec::new();
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        let a: Value = serde_json::from_str(line).unwrap();
        let id = a["id"].as_str().unwrap();
        let op = a["operation_id"].as_str().unwrap();
        let status = u16::try_from(a["status"].as_u64().unwrap()).unwrap();
        let version = a["version"].as_str();
        let content_type = a["content_type"].as_str();
        let body: Vec<u8> = if a["empty"] == Value::Bool(true) {
            Vec::new()
        } else if let Some(raw) = a["raw_text"].as_str() {
            raw.as_bytes().to_vec()
        } else {
            serde_json::to_vec(&a["body"]).unwrap()
        };
        let named =
            |d: &OperationDescriptor| d.operation_id == op || d.operation_id_override == Some(op);
        let success = (200..300).contains(&status);
        ok_total += usize::from(success);
        // The recorded version; an error in plain JSON names none: any version of the operation.
        let entry = index.0.iter().find(|e| {
            named(e.descriptor) && (version.is_none() || e.descriptor.version == version)
        });
        let Some(entry) = entry else {
            let why = if index.0.iter().any(|e| named(e.descriptor)) {
                "at a version the crate does not have"
            } else {
                "of an operation the crate does not have"
            };
            say(&format!(
                "{id} {op}@{} {status}: not read ({why})",
                version.unwrap_or("-")
            ));
            ok_elsewhere += usize::from(success);
            continue;
        };
        let d = entry.descriptor;
        let at = format!("{id} {op}@{} {status}", d.version.unwrap_or("-"));
        let outcome = (entry.read)(status, content_type, &body);
        let listed = known.get(id);
        let failure = match (&outcome, success) {
            (Read::Decoded(unknown), true) => {
                ok_here += 1;
                ok_decoded += 1;
                if d.response(status).is_none_or(|r| r.status == "default") {
                    read_as_other_status += 1;
                }
                unknown_paths.extend(unknown.iter().map(|p| format!("{op}: {p}")));
                let kept = entry
                    .round_trip
                    .and_then(|f| f(status, content_type, &body));
                let report = match (kept, a["body"].is_null() || a["raw_text"].is_string()) {
                    (Some(kept), false) => {
                        round_tripped += 1;
                        let mut out = Vec::new();
                        lost(&a["body"], Some(&kept), "", &mut out);
                        out.dedup();
                        if out.is_empty() {
                            equal += 1;
                            "round trip equal".to_owned()
                        } else {
                            lost_paths.extend(out.iter().map(|p| format!("{op}: {p}")));
                            format!("round trip lost {}", out.join(", "))
                        }
                    }
                    _ => "no JSON body to compare".to_owned(),
                };
                say(&format!("{at}: decoded; {report}"));
                None
            }
            (Read::Api, false) => {
                errors += 1;
                errors_api += 1;
                say(&format!("{at}: Error::Api"));
                None
            }
            (Read::Http, false) => {
                errors += 1;
                errors_http += 1;
                say(&format!("{at}: Error::Http (not the declared error body)"));
                None
            }
            (other, _) => {
                ok_here += usize::from(success);
                errors += usize::from(!success);
                let why = match other {
                    Read::Failed(e) => e.clone(),
                    Read::Decoded(_) => "a success body for an error status".to_owned(),
                    Read::Api | Read::Http => "an error for a success status".to_owned(),
                };
                say(&format!("{at}: NOT DECODED: {why}"));
                Some(id.to_owned())
            }
        };
        match (failure, listed) {
            (Some(id), None) => failed.push(format!("{id} (unlisted)")),
            (None, Some(_)) => failed.push(format!("{id} is listed but now reads (remove it)")),
            _ => {}
        }
    }
    let share = |n: usize, of: usize| 100.0 * n as f64 / of.max(1) as f64;
    say(&format!(
        "SUMMARY 2xx answers {ok_total}: {ok_here} at a version the crate has, {ok_decoded} decoded ({:.1} %), \
         {read_as_other_status} of them at a status the operation does not declare; {ok_elsewhere} not read \
         (a version or operation the crate does not have)",
        share(ok_decoded, ok_here)
    ));
    say(&format!(
        "SUMMARY error answers {errors}: {errors_api} Error::Api, {errors_http} Error::Http ({:.1} % read as one of the two)",
        share(errors_api + errors_http, errors)
    ));
    say(&format!(
        "SUMMARY round trip: {equal} of {round_tripped} decoded JSON bodies equal ({:.1} %); {} distinct members lost, {} distinct members undeclared",
        share(equal, round_tripped),
        lost_paths.len(),
        unknown_paths.len()
    ));
    for p in &unknown_paths {
        say(&format!("UNDECLARED {p}"));
    }
    for p in &lost_paths {
        say(&format!("LOST {p}"));
    }
    assert!(ok_here > 300, "only {ok_here} success answers were read");
    assert!(
        failed.is_empty(),
        "answers that do not read as tests/recorded_known.txt says: {failed:#?}"
    );
}
