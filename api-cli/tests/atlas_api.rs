//! `atlas-api`: every operation's help and dry run, the export-bucket and journey operations
//! against the fake Atlas, a binary download, and requests refused before anything is sent.
// Tests report failure by panicking.
#![allow(clippy::panic, clippy::unwrap_used)]

#[path = "../../admin-api/tests/support/spec_values.rs"]
#[allow(dead_code)]
mod spec_values;

use std::collections::BTreeMap;
use std::io::{Read, Write};
use std::process::{Command, Output, Stdio};

use atlas_api::catalog::{self, Op};
use atlas_api::{command, exec};
use atlas_client_runtime::catalog::ValueKind;
use atlas_client_runtime::Client;
use atlas_export_buckets::fake::{FakeAtlas, FakeCluster, FakeConfig};
use serde_json::{json, Value};

const BIN: &str = env!("CARGO_BIN_EXE_atlas-api");
const GROUP: &str = "32b6e34b3d91647abb20e7b8";
const ROLE: &str = "668c5f0ed436263134491592";
const CLUSTER: &str = "Cluster0";
const SNAPSHOT: &str = "6672b1d4e0a2a84b6c2b1c02";

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

/// The binary with no settings of the user's: no profile, no credentials.
fn bare(args: &[&str]) -> Command {
    let home = std::env::temp_dir().join("atlas-api-tests-no-home");
    let mut c = Command::new(BIN);
    c.args(args)
        .env_clear()
        .env("HOME", &home)
        .env("XDG_CONFIG_HOME", home.join("config"))
        .stdin(Stdio::null());
    c
}

#[test]
fn every_operation_help_renders_with_its_flags_versions_and_docs() {
    let ops = catalog::operations();
    assert!(ops.len() >= 540, "{} operations", ops.len());
    for op in &ops {
        let help = command::command(op).render_long_help().to_string();
        for (flag, _) in command::flags(op) {
            assert!(
                help.contains(&format!("--{flag}")),
                "{}: --{flag}",
                op.name()
            );
        }
        assert!(help.contains("Versions:"), "{}", op.name());
        if let Some(url) = op.info.docs_url {
            assert!(help.contains(url), "{}", op.name());
        }
        // Parsing `--help` runs clap's own checks of the command (no flag twice, ...).
        let e = command::command(op)
            .try_get_matches_from(["atlas-api", "--help"])
            .unwrap_err();
        assert_eq!(
            e.kind(),
            clap::error::ErrorKind::DisplayHelp,
            "{}",
            op.name()
        );
    }
}

#[test]
fn an_operation_help_from_the_binary_shows_method_path_versions_sunsets_and_flags() {
    let out = bare(&["cloudBackups", "listExportBuckets", "--help"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let help = stdout(&out);
    for want in [
        "Return All Snapshot Export Buckets",
        "GET /api/atlas/v2/groups/{groupId}/backup/exportBuckets",
        "application/vnd.atlas.2023-01-01+json",
        "application/vnd.atlas.2024-05-30+json (default)",
        "--groupId <string>",
        "--itemsPerPage <integer>",
        "--includeCount[=<true|false>]",
        "--all",
        "Docs: https://",
    ] {
        assert!(help.contains(want), "{want:?} in\n{help}");
    }
    let top = bare(&["--help"]).output().unwrap();
    assert_eq!(top.status.code(), Some(0));
    assert!(stdout(&top).contains("cloudBackups") && stdout(&top).contains("x509Authentication"));
    let version = bare(&["--version"]).output().unwrap();
    assert_eq!(
        stdout(&version).trim(),
        format!("atlas-api {}", env!("CARGO_PKG_VERSION"))
    );
    let tag = bare(&["nope"]).output().unwrap();
    assert_eq!(tag.status.code(), Some(2));
    assert!(stderr(&tag).contains("no tag \"nope\""), "{}", stderr(&tag));
}

/// A parameter's example as its flag would give it, for the dry runs below.
fn example(kind: ValueKind, repeated: bool, text: &str) -> Value {
    let v: Value = serde_json::from_str(text).unwrap_or_else(|_| Value::String(text.to_owned()));
    // A whole number the spec's YAML writes as a float (`1.636481348e+09`), as a flag gives it.
    let v = match (kind, v.as_f64()) {
        (ValueKind::Integer, Some(f)) if f.fract() == 0.0 && f.abs() < 9e15 => json!(f as i64),
        _ => v,
    };
    match (kind, &v, repeated) {
        (_, Value::Array(_), true) => v,
        (_, _, true) => Value::Array(vec![v]),
        _ => v,
    }
}

#[test]
fn every_operation_version_dry_runs_with_the_spec_examples() {
    let client = Client::builder()
        .base_url("https://cloud.mongodb.com")
        .build()
        .unwrap();
    let ops = catalog::operations();
    let mut outcome: BTreeMap<&str, Vec<String>> = BTreeMap::new();
    let mut versions = 0;
    for op in &ops {
        for v in &op.versions {
            versions += 1;
            let mut params = serde_json::Map::new();
            let mut missing = false;
            for p in op.info.parameters {
                match p.example {
                    Some(text) => {
                        params.insert(p.name.to_owned(), example(p.kind, p.repeated, text));
                    }
                    None if p.required => {
                        missing = true;
                        params.insert(p.name.to_owned(), json!("x"));
                    }
                    None => {}
                }
            }
            let body = v.descriptor.content_type.map(|_| json!({}));
            let call = exec::Call {
                op,
                params: Value::Object(params),
                body,
                format: atlas_cli_common::output::Format::Json,
                output_file: None,
            };
            let name = format!(
                "{} {}",
                op.name(),
                v.descriptor.version.unwrap_or("unversioned")
            );
            let dry = exec::runners(v.descriptor)
                .dry
                .unwrap_or_else(|| panic!("{name}: no typed code"));
            let class = match dry(&client, &call) {
                _ if missing => "a required parameter has no example in the spec",
                Ok(d) if d.violations.is_empty() => "passes",
                Ok(d) if d.violations.iter().all(|x| x.starts_with("body ")) => {
                    "the index has no example body, and {} breaks the body's schema"
                }
                Ok(d) => {
                    eprintln!("{name}: {}", d.violations.join("; "));
                    "a parameter's example breaks its own schema"
                }
                Err(f) if f.message.contains("request body") => {
                    "the index has no example body, and {} cannot be read as the body's type"
                }
                Err(f) => {
                    eprintln!("{name}: {}", f.message);
                    "an example cannot be read as its parameter's type"
                }
            };
            outcome.entry(class).or_default().push(name);
        }
    }
    eprintln!("dry runs of {versions} operation versions with the spec's examples:");
    for (class, names) in &outcome {
        eprintln!("  {:>4}  {class}", names.len());
    }
    for (class, names) in &outcome {
        if *class != "passes" {
            eprintln!("{class}: {}", names.join(", "));
        }
    }
    let passes = outcome.get("passes").map_or(0, Vec::len);
    assert!(versions >= 560, "{versions}");
    // Every example the spec gives reads as its flag would; what fails is the spec's (no
    // example, or one its own schema refuses) or the body's (the index holds no example body).
    assert_eq!(
        outcome.get("an example cannot be read as its parameter's type"),
        None
    );
    assert!(passes >= 200, "{passes} of {versions} pass");
}

/// Every operation version's dry run, with each required parameter and the body built from the
/// spec: its example where it gives one, else the smallest value its schema accepts (as the
/// Prism runs build them). Unlike the run with the examples alone, every version gets a body
/// and every required flag, so what fails here is the typed reading or the checks.
#[test]
fn every_operation_version_dry_runs_with_values_built_from_the_spec() {
    let spec = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../admin-api/spec/atlas-api.yaml"
    );
    let overrides = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../admin-api/spec/overrides.yaml"
    );
    let (text, overrides) = (
        std::fs::read_to_string(spec).unwrap(),
        std::fs::read_to_string(overrides).unwrap(),
    );
    let doc = atlas_codegen::parse::parse(
        "spec/atlas-api.yaml",
        &text,
        Some(("spec/overrides.yaml", &overrides)),
    )
    .unwrap()
    .raw;
    let doc = serde_json::to_value(&doc).unwrap();
    let values = spec_values::Values { doc: &doc };
    let spec_ops = spec_values::spec_operations(&doc);
    let client = Client::builder()
        .base_url("https://cloud.mongodb.com")
        .build()
        .unwrap();
    let ops = catalog::operations();
    let (mut versions, mut passes) = (0, 0);
    let mut failures = Vec::new();
    for op in &ops {
        for v in &op.versions {
            versions += 1;
            let d = v.descriptor;
            let (params, body) = spec_values::request_of(&values, spec_ops[d.operation_id], d);
            let call = exec::Call {
                op,
                params,
                body: d.content_type.map(|_| body),
                format: atlas_cli_common::output::Format::Json,
                output_file: None,
            };
            let name = format!("{} {}", op.name(), d.version.unwrap_or("unversioned"));
            let dry = exec::runners(d)
                .dry
                .unwrap_or_else(|| panic!("{name}: no typed code"));
            match dry(&client, &call) {
                Ok(r) if r.violations.is_empty() => passes += 1,
                Ok(r) => failures.push(format!("{name}: {}", r.violations.join("; "))),
                Err(f) => failures.push(format!("{name}: {}", f.message)),
            }
        }
    }
    eprintln!(
        "dry runs of {versions} operation versions with values built from the spec: {passes} pass"
    );
    for f in &failures {
        eprintln!("  {f}");
    }
    assert!(versions >= 560, "{versions}");
    assert!(
        failures.len() <= MAX_BUILT_VALUE_FAILURES,
        "{} fail",
        failures.len()
    );
}

/// How many versions the run above may fail, each printed by the test: 12 bodies lack a field
/// their schema requires, because the spec example the builder took (the body's, or one of its
/// schemas') lacks it; the typed reading refuses them before sending, as it must. Prism's run
/// lists four of them for the same cause (`admin-api/tests/prism_all_known.txt`).
const MAX_BUILT_VALUE_FAILURES: usize = 12;

struct Fake {
    _rt: tokio::runtime::Runtime,
    fake: FakeAtlas,
}

fn fake() -> Fake {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .unwrap();
    let config = FakeConfig::new().with_cluster(
        FakeCluster::new(GROUP, CLUSTER).with_snapshot(SNAPSHOT, "2026-01-31T02:00:00Z"),
    );
    let fake = rt
        .block_on(FakeAtlas::start_with(config, ([127, 0, 0, 1], 0).into()))
        .unwrap();
    Fake { _rt: rt, fake }
}

impl Fake {
    fn cmd(&self, args: &[&str]) -> Command {
        let mut c = bare(args);
        c.env("MONGODB_ATLAS_BASE_URL", self.fake.base_url())
            .env("MONGODB_ATLAS_PROJECT_ID", GROUP)
            .env("MONGODB_ATLAS_PUBLIC_API_KEY", "demo-public-key")
            .env("MONGODB_ATLAS_PRIVATE_API_KEY", "demo-private-key");
        c
    }

    fn json(&self, args: &[&str], stdin: Option<&str>) -> Value {
        let mut c = self.cmd(args);
        let out = match stdin {
            Some(text) => {
                let mut child = c
                    .stdin(Stdio::piped())
                    .stdout(Stdio::piped())
                    .stderr(Stdio::piped())
                    .spawn()
                    .unwrap();
                child
                    .stdin
                    .take()
                    .unwrap()
                    .write_all(text.as_bytes())
                    .unwrap();
                child.wait_with_output().unwrap()
            }
            None => c.output().unwrap(),
        };
        assert_eq!(out.status.code(), Some(0), "{args:?}: {}", stderr(&out));
        serde_json::from_slice(&out.stdout)
            .unwrap_or_else(|e| panic!("{args:?}: {e}: {}", stdout(&out)))
    }
}

#[test]
fn the_export_bucket_and_journey_operations_run_against_the_fake() {
    let f = fake();
    let created = f.json(
        &["cloudBackups", "createExportBucket"],
        Some(
            &json!({"cloudProvider": "AWS", "bucketName": "exports", "iamRoleId": ROLE})
                .to_string(),
        ),
    );
    let id = created["_id"].as_str().unwrap().to_owned();
    let got = f.json(
        &["cloudBackups", "getExportBucket", "--exportBucketId", &id],
        None,
    );
    assert_eq!(got["bucketName"], "exports");
    let listed = f.json(
        &["cloudBackups", "listExportBuckets", "--itemsPerPage", "5"],
        None,
    );
    assert_eq!(listed["totalCount"], 1);
    // The operationId names it too, and the version can be chosen.
    let old = f.json(
        &[
            "cloudBackups",
            "listGroupBackupExportBuckets",
            "--version",
            "2023-01-01",
        ],
        None,
    );
    assert_eq!(old["results"][0]["_id"], id.as_str());
    let all = f
        .cmd(&["cloudBackups", "listExportBuckets", "--all"])
        .output()
        .unwrap();
    assert_eq!(all.status.code(), Some(0), "{}", stderr(&all));
    let lines: Vec<Value> = stdout(&all)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 1);
    assert_eq!(lines[0]["_id"], id.as_str());

    // The journey: the newest snapshot, exported to the bucket, the job read back.
    let snapshots = f.json(
        &[
            "cloudBackups",
            "listBackupSnapshots",
            "--clusterName",
            CLUSTER,
        ],
        None,
    );
    assert_eq!(snapshots["results"][0]["id"], SNAPSHOT);
    let body = json!({"exportBucketId": id, "snapshotId": SNAPSHOT}).to_string();
    let path = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(path.path(), &body).unwrap();
    let job = f.json(
        &[
            "cloudBackups",
            "createBackupExport",
            "--clusterName",
            CLUSTER,
            "--file",
            path.path().to_str().unwrap(),
        ],
        None,
    );
    assert_eq!(job["state"], "Queued");
    let job_id = job["id"].as_str().unwrap();
    let read = f.json(
        &[
            "cloudBackups",
            "getBackupExport",
            "--clusterName",
            CLUSTER,
            "--exportId",
            job_id,
        ],
        None,
    );
    assert_eq!(read["exportBucketId"], id.as_str());

    let gone = f
        .cmd(&[
            "cloudBackups",
            "deleteExportBucket",
            "--exportBucketId",
            &id,
        ])
        .output()
        .unwrap();
    assert_eq!(gone.status.code(), Some(0), "{}", stderr(&gone));
    assert_eq!(f.fake.bucket_count(GROUP), 0);
}

#[test]
fn a_bad_request_is_refused_naming_its_flag_or_field_and_nothing_is_sent() {
    let f = fake();
    let before = f.fake.requests().len();
    let cases: [(&[&str], Option<&str>, &str); 6] = [
        (
            &[
                "cloudBackups",
                "listExportBuckets",
                "--itemsPerPage",
                "many",
            ],
            None,
            "--itemsPerPage: \"many\" is not an integer",
        ),
        (
            &["cloudBackups", "getExportBucket", "--exportBucketId", "x"],
            None,
            "--exportBucketId: must match the pattern",
        ),
        (
            &["cloudBackups", "getExportBucket"],
            None,
            "--exportBucketId",
        ),
        (
            &[
                "cloudBackups",
                "createBackupExport",
                "--clusterName",
                CLUSTER,
            ],
            Some(r#"{"exportBucketId": 7, "snapshotId": "6672b1d4e0a2a84b6c2b1c02"}"#),
            "the request body at /exportBucketId",
        ),
        (
            &[
                "monitoringAndLogs",
                "downloadClusterLog",
                "--hostName",
                "h",
                "--logName",
                "nope",
            ],
            None,
            "--logName: \"nope\" is not one of mongodb, mongos",
        ),
        (
            &["cloudBackups", "listExportBuckets", "--nope", "1"],
            None,
            "--nope",
        ),
    ];
    for (args, body, want) in cases {
        let mut c = f.cmd(args);
        let out = match body {
            Some(b) => {
                let mut child = c
                    .stdin(Stdio::piped())
                    .stdout(Stdio::piped())
                    .stderr(Stdio::piped())
                    .spawn()
                    .unwrap();
                child.stdin.take().unwrap().write_all(b.as_bytes()).unwrap();
                child.wait_with_output().unwrap()
            }
            None => c.output().unwrap(),
        };
        assert_eq!(out.status.code(), Some(2), "{args:?}: {}", stderr(&out));
        assert!(
            stderr(&out).contains(want),
            "{args:?}: {want:?} in {}",
            stderr(&out)
        );
    }
    assert_eq!(f.fake.requests().len(), before, "nothing was sent");
}

#[test]
fn a_dry_run_prints_the_request_with_no_credentials_and_reports_a_schema_break() {
    let out = bare(&[
        "cloudBackups",
        "getExportBucket",
        "--groupId",
        GROUP,
        "--exportBucketId",
        "not-an-id",
        "--dry-run",
    ])
    .output()
    .unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    let printed = stdout(&out);
    assert!(
        printed.starts_with(&format!(
            "GET https://cloud.mongodb.com/api/atlas/v2/groups/{GROUP}/backup/exportBuckets/not-an-id\n"
        )),
        "{printed}"
    );
    assert!(
        printed.contains("Accept: application/vnd.atlas.2024-05-30+json"),
        "{printed}"
    );
    assert!(
        stderr(&out).contains("--exportBucketId: must match the pattern"),
        "{}",
        stderr(&out)
    );

    // With credentials, the header is named and its value never shown.
    let out = bare(&[
        "cloudBackups",
        "listExportBuckets",
        "--groupId",
        GROUP,
        "--dry-run",
    ])
    .env("MONGODB_ATLAS_ACCESS_TOKEN", "tok-s3cret")
    .output()
    .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stdout(&out).contains("Authorization: <redacted: access-token credentials>"));
    assert!(!stdout(&out).contains("s3cret") && !stderr(&out).contains("s3cret"));
}

#[test]
fn a_binary_answer_lands_in_the_output_file_and_never_on_stdout_unasked() {
    // A server that answers every request with the same gzip bytes.
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    let gzip: Vec<u8> = vec![0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 1, 2, 3, 0, 255];
    let served = gzip.clone();
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let mut s = stream.unwrap();
            let mut buf = [0u8; 8192];
            let _ = s.read(&mut buf);
            let head = format!(
                "HTTP/1.1 200 OK\r\nContent-Type: application/vnd.atlas.2023-02-01+gzip\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
                served.len()
            );
            let _ = s.write_all(head.as_bytes());
            let _ = s.write_all(&served);
        }
    });
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("mongodb.gz");
    let out = bare(&[
        "monitoringAndLogs",
        "downloadClusterLog",
        "--groupId",
        GROUP,
        "--hostName",
        "h.example.net",
        "--logName",
        "mongodb",
        "--outputFile",
        file.to_str().unwrap(),
    ])
    .env("MONGODB_ATLAS_BASE_URL", format!("http://{addr}"))
    .env("MONGODB_ATLAS_ACCESS_TOKEN", "tok")
    .output()
    .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(std::fs::read(&file).unwrap(), gzip);
    assert!(stdout(&out).is_empty());
    assert!(
        stderr(&out).contains(&format!("wrote {} bytes", gzip.len())),
        "{}",
        stderr(&out)
    );
}

/// The operations the tests above name exist under the names `atlas api` gives them.
#[test]
fn the_names_the_tests_use_are_the_atlas_cli_names() {
    let ops = catalog::operations();
    let find = |tag: &str, name: &str| -> Option<&Op> {
        ops.iter().find(|o| o.tag == tag && o.is_named(name))
    };
    for (tag, name) in [
        ("cloudBackups", "listExportBuckets"),
        ("cloudBackups", "listGroupBackupExportBuckets"),
        ("monitoringAndLogs", "downloadClusterLog"),
        ("x509Authentication", "listDatabaseUserCerts"),
        ("mongoDbCloudUsers", "getUser"),
    ] {
        assert!(find(tag, name).is_some(), "{tag} {name}");
    }
    assert_eq!(catalog::cli_tag("AWS Clusters DNS"), "awsClustersDns");
    assert_eq!(catalog::cli_tag("MongoDB Cloud Users"), "mongoDbCloudUsers");
    assert_eq!(
        catalog::cli_tag("X.509 Authentication"),
        "x509Authentication"
    );
}

#[test]
fn a_table_is_a_page_s_results_or_an_object_s_members_one_line_a_cell() {
    let page = json!({"results": [{"id": "a", "n": 1, "nested": {"x": 1}}, {"id": "b\u{1b}[2J", "extra": true}], "totalCount": 2});
    let t = atlas_api::print::table(&page);
    let lines: Vec<&str> = t.lines().collect();
    assert_eq!(
        lines[0].split_whitespace().collect::<Vec<_>>(),
        ["ID", "N", "EXTRA"]
    );
    assert_eq!(lines.len(), 3, "{t}");
    assert!(
        lines[2].contains(r"b\u{1b}[2J") && !t.contains('\u{1b}'),
        "{t}"
    );
    let one = atlas_api::print::table(&json!({"name": "x\r\ny", "tags": ["a"]}));
    assert!(one.contains(r"x\r\ny") && one.contains(r#"["a"]"#), "{one}");
    assert_eq!(one.lines().count(), 3, "{one}");
}

#[test]
fn completions_name_tags_operations_and_flags() {
    let out = bare(&["completions", "bash"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let script = stdout(&out);
    for want in [
        "cloudBackups",
        "listExportBuckets",
        "--groupId",
        "--dry-run",
        "mongoDbCloudUsers",
    ] {
        assert!(script.contains(want), "{want}");
    }
    let bad = bare(&["completions", "tcsh"]).output().unwrap();
    assert_eq!(bad.status.code(), Some(2));
    assert!(
        stderr(&bad).contains("bash, zsh and fish"),
        "{}",
        stderr(&bad)
    );
}

/// On Linux the binary is linked at a fixed address, so its operation tables are not rewritten
/// at every start (BENCHMARKS row 8g): an `ET_EXEC` ELF file, unless it was built with
/// `ATLAS_API_PIE` set.
#[cfg(target_os = "linux")]
#[test]
fn the_binary_is_linked_at_a_fixed_address_unless_asked_otherwise() {
    let mut head = [0u8; 18];
    std::fs::File::open(BIN)
        .unwrap()
        .read_exact(&mut head)
        .unwrap();
    assert_eq!(&head[..4], b"\x7fELF");
    let e_type = u16::from_le_bytes([head[16], head[17]]);
    let (want, what) = match option_env!("ATLAS_API_PIE") {
        Some(_) => (3, "ET_DYN, a position-independent executable"),
        None => (2, "ET_EXEC, linked at a fixed address"),
    };
    assert_eq!(e_type, want, "atlas-api should be {what}");
}
