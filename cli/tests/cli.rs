//! The `atlas-export-buckets` binary against the embedded fake: every subcommand, every exit code,
//! bodies from stdin, and secrets never echoed.
// Tests report failure by panicking.
#![allow(clippy::panic, clippy::unwrap_used)]

use std::io::{BufRead, BufReader, Write};
use std::process::{Command, Output, Stdio};

use atlas_export_buckets::fake::{FakeAtlas, Fault};
use serde_json::Value;

const GROUP: &str = "32b6e34b3d91647abb20e7b8";
const ROLE: &str = "668c5f0ed436263134491592";
const BIN: &str = env!("CARGO_BIN_EXE_atlas-export-buckets");

struct Env {
    /// Runs the fake while the test drives the binary.
    _rt: tokio::runtime::Runtime,
    fake: FakeAtlas,
}

fn env() -> Env {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .unwrap();
    let fake = rt.block_on(FakeAtlas::start()).unwrap();
    Env { _rt: rt, fake }
}

impl Env {
    fn cmd(&self, args: &[&str]) -> Command {
        let mut c = Command::new(BIN);
        c.args(args)
            .env_clear()
            .env("MONGODB_ATLAS_BASE_URL", self.fake.base_url())
            .env("MONGODB_ATLAS_PROJECT_ID", GROUP)
            .env("MONGODB_ATLAS_PUBLIC_API_KEY", "demo-public-key")
            .env("MONGODB_ATLAS_PRIVATE_API_KEY", "demo-private-key")
            .stdin(Stdio::null());
        c
    }

    fn run(&self, args: &[&str]) -> Output {
        self.cmd(args).output().unwrap()
    }

    fn json(&self, args: &[&str]) -> Value {
        let out = self.run(args);
        assert_eq!(
            out.status.code(),
            Some(0),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        serde_json::from_slice(&out.stdout)
            .unwrap_or_else(|e| panic!("{args:?}: {e}: {}", String::from_utf8_lossy(&out.stdout)))
    }
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[test]
fn every_subcommand_works_against_the_fake() {
    let e = env();
    let aws = e.json(&[
        "create",
        "--aws",
        "--bucket-name",
        "cli-aws",
        "--iam-role-id",
        ROLE,
        "--require-private-networking",
    ]);
    assert_eq!(
        (
            aws["cloudProvider"].as_str(),
            aws["requirePrivateNetworking"].as_bool()
        ),
        (Some("AWS"), Some(true))
    );
    let azure = e.json(&[
        "create",
        "--azure",
        "--service-url",
        "https://acct.blob.core.windows.net/container",
        "--role-id",
        ROLE,
    ]);
    assert_eq!(azure["bucketName"], "container");
    // Global options after the command, too.
    let gcp = e.json(&[
        "create",
        "--gcp",
        "--bucket-name",
        "cli-gcp",
        "--role-id",
        ROLE,
        "--output",
        "json",
    ]);
    assert_eq!(gcp["cloudProvider"], "GCP");

    let list = e.json(&["list"]);
    assert_eq!(
        list.as_array().unwrap().len(),
        3,
        "a list is one JSON array of items"
    );
    let page = e.json(&[
        "list",
        "--page-num",
        "2",
        "--items-per-page",
        "2",
        "--no-count",
    ]);
    assert_eq!(page.as_array().unwrap().len(), 1);
    let all = e.json(&["list", "--all"]);
    assert_eq!(all.as_array().unwrap().len(), 3);
    // Pages of 2 without a count: 2 + 1, the short page ends it.
    let before = e.fake.requests().len();
    let small = e.json(&["list", "--all", "--items-per-page", "2", "--no-count"]);
    assert_eq!(small, all);
    let lists: Vec<String> = e.fake.requests()[before..]
        .iter()
        .filter(|r| r.status == 200)
        .map(|r| r.uri.clone())
        .collect();
    assert_eq!(lists.len(), 2, "{lists:?}");
    assert!(
        lists
            .iter()
            .all(|u| u.contains("itemsPerPage=2") && u.contains("includeCount=false")),
        "{lists:?}"
    );

    let id = aws["_id"].as_str().unwrap();
    assert_eq!(e.json(&["get", id])["bucketName"], "cli-aws");
    assert_eq!(
        e.json(&["--api-version", "2023-01-01", "get", id])["iamRoleId"],
        ROLE
    );
    assert_eq!(
        e.json(&["update", id, "--require-private-networking", "false"])
            ["requirePrivateNetworking"],
        false
    );

    let table = e.run(&["list", "-o", "table"]);
    let text = String::from_utf8_lossy(&table.stdout);
    assert!(
        text.starts_with("ID") && text.contains("cli-gcp") && text.contains("AZURE"),
        "{text}"
    );

    let out = e.run(&["delete", id, "--force"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(e.fake.bucket_count(GROUP), 2);
}

#[test]
fn a_body_from_stdin_or_a_file() {
    let e = env();
    let mut child = e
        .cmd(&["create", "--file", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(
            format!(r#"{{"cloudProvider":"GCP","bucketName":"from-stdin","roleId":"{ROLE}"}}"#)
                .as_bytes(),
        )
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["bucketName"], "from-stdin");

    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("body.json");
    std::fs::write(
        &file,
        format!(r#"{{"cloudProvider":"AWS","bucketName":"from-file","iamRoleId":"{ROLE}"}}"#),
    )
    .unwrap();
    let v = e.json(&[
        "--api-version",
        "2023-01-01",
        "create",
        "--file",
        file.to_str().unwrap(),
    ]);
    assert_eq!(v["bucketName"], "from-file");
}

#[test]
fn exit_1_for_error_statuses_with_status_code_and_detail() {
    let e = env();
    let out = e.run(&["get", "0123456789abcdef01234567"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("404 RESOURCE_NOT_FOUND"),
        "{}",
        stderr(&out)
    );
    let out = e
        .cmd(&["list"])
        .env("MONGODB_ATLAS_PRIVATE_API_KEY", "wrong-secret-value")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "401 is an Atlas answer");
    assert!(!stderr(&out).contains("wrong-secret-value"));
    // A final 503 after the retries.
    e.fake.inject(Fault::Unavailable, 3);
    let out = e.run(&["list"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("503"), "{}", stderr(&out));
}

#[test]
fn exit_2_for_usage_validation_credentials_and_declined_confirmation() {
    let e = env();
    let out = e.run(&[
        "create",
        "--aws",
        "--bucket-name",
        "ab",
        "--iam-role-id",
        "nope",
    ]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(
        err.contains("bucketName") && err.contains("iamRoleId") && err.contains("nothing was sent"),
        "{err}"
    );
    let out = e
        .cmd(&["list"])
        .env("MONGODB_ATLAS_PROJECT_ID", "not-a-project")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("groupId"), "{}", stderr(&out));
    assert!(e.fake.requests().is_empty(), "nothing may be sent");

    let out = e
        .cmd(&["list"])
        .env_remove("MONGODB_ATLAS_PRIVATE_API_KEY")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("MONGODB_ATLAS_PRIVATE_API_KEY"),
        "{}",
        stderr(&out)
    );
    let out = e.run(&[
        "--api-version",
        "2023-01-01",
        "update",
        GROUP,
        "--require-private-networking",
        "true",
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("2024-05-30"), "{}", stderr(&out));
    let out = e.run(&["delete", GROUP]);
    assert_eq!(
        out.status.code(),
        Some(2),
        "no confirmation possible without a terminal"
    );
    assert!(stderr(&out).contains("--force"));
    let out = e.run(&["create", "--aws", "--bucket-name", "x"]);
    assert_eq!(out.status.code(), Some(2), "clap usage error");
    let out = e.run(&["create", "--file", "/nonexistent/body.json"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(e.fake.requests().is_empty(), "nothing may be sent");
}

#[test]
fn exit_3_for_network_failures_and_exit_4_for_undecodable_success() {
    let e = env();
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let out = e
        .cmd(&["list"])
        .env("MONGODB_ATLAS_BASE_URL", format!("http://127.0.0.1:{port}"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));

    // At the AWS-only version 2023-01-01 the fake, like the spec, has no Azure bucket to show:
    // the list leaves it out and a read is a 404.
    let azure = e.json(&[
        "create",
        "--azure",
        "--service-url",
        "https://acct.blob.core.windows.net/container",
        "--role-id",
        ROLE,
    ]);
    let id = azure["_id"].as_str().unwrap();
    let old = e.json(&["--api-version", "2023-01-01", "list", "-o", "json"]);
    assert!(
        old.as_array().unwrap().iter().all(|b| b["_id"] != id),
        "{old}"
    );
    let out = e.run(&["--api-version", "2023-01-01", "get", id]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("RESOURCE_NOT_FOUND"),
        "{}",
        stderr(&out)
    );

    // A server that sends one anyway: the body does not decode, exit 4, and the error says why.
    let body = serde_json::to_string(&azure).unwrap();
    e.fake.inject(Fault::Body { status: 200, body }, 1);
    let out = e.run(&["--api-version", "2023-01-01", "get", id]);
    assert_eq!(out.status.code(), Some(4), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("`cloudProvider` is `AZURE`, but this type holds only `AWS`"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn secrets_are_never_echoed() {
    let e = env();
    let dir = tempfile::tempdir().unwrap();
    let key = dir.path().join("key");
    std::fs::write(&key, "demo-private-key\n").unwrap();
    let out = e
        .cmd(&[
            "--private-api-key-file",
            key.to_str().unwrap(),
            "create",
            "--gcp",
            "--bucket-name",
            "secret-test",
            "--role-id",
            ROLE,
        ])
        .env_remove("MONGODB_ATLAS_PRIVATE_API_KEY")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let secret = dir.path().join("secret");
    std::fs::write(&secret, "mdb_sa_sk_demo").unwrap();
    let sa = e
        .cmd(&[
            "--client-secret-file",
            secret.to_str().unwrap(),
            "list",
            "-o",
            "table",
        ])
        .env("MONGODB_ATLAS_CLIENT_ID", "mdb_sa_id_demo")
        .output()
        .unwrap();
    assert_eq!(sa.status.code(), Some(0), "{}", stderr(&sa));
    for o in [
        &out,
        &sa,
        &e.run(&["get", "0123456789abcdef01234567"]),
        &e.run(&["--help"]),
    ] {
        let all = format!("{}{}", String::from_utf8_lossy(&o.stdout), stderr(o));
        for s in ["demo-private-key", "mdb_sa_sk_demo", "fake-token-"] {
            assert!(!all.contains(s), "{s} echoed: {all}");
        }
    }
    // There is no flag that takes a secret itself.
    let help = String::from_utf8_lossy(&e.run(&["--help"]).stdout).into_owned();
    assert!(
        !help.contains("--private-api-key ") && !help.contains("--client-secret "),
        "{help}"
    );
    assert!(help.contains("Exit codes"), "{help}");
}

#[test]
fn the_demo_runs() {
    let out = Command::new(BIN).arg("demo").env_clear().output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = String::from_utf8_lossy(&out.stdout);
    for needle in [
        "(digest challenge)",
        "AZURE",
        "-> 404",
        "rejected locally",
        "POST   /api/oauth/token",
        "Done in",
    ] {
        assert!(
            text.contains(needle) || text.contains(&needle.to_lowercase()),
            "{needle:?} missing from the demo:\n{text}"
        );
    }
}

#[test]
fn serve_prints_the_base_url_and_credentials() {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let mut child = Command::new(BIN)
        .args(["serve", "--listen", &format!("127.0.0.1:{port}")])
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let first = lines.next().unwrap().unwrap();
    let creds = lines.next().unwrap().unwrap();
    assert_eq!(
        first,
        format!("Fake Atlas listening on http://127.0.0.1:{port}")
    );
    assert!(
        creds.contains("demo-public-key / demo-private-key"),
        "{creds}"
    );
    // It answers: a digest challenge for an unauthenticated call.
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let status = rt.block_on(async {
        reqwest_status(&format!(
            "http://127.0.0.1:{port}/api/atlas/v2/groups/{GROUP}/backup/exportBuckets"
        ))
        .await
    });
    assert_eq!(status, 401);
    child.kill().unwrap();
    let _ = child.wait();
}

async fn reqwest_status(url: &str) -> u16 {
    let client = atlas_export_buckets::Client::builder()
        .base_url(url.rsplit_once("/api").unwrap().0)
        .build()
        .unwrap();
    match client
        .export_buckets()
        .list(GROUP, atlas_export_buckets::PageRequest::new())
        .await
    {
        Err(e) => e.status().unwrap_or(0),
        Ok(_) => 200,
    }
}

#[test]
fn a_reader_that_goes_away_ends_the_output_quietly() {
    let e = env();
    for args in [
        &["list", "-o", "json"][..],
        &["list", "-o", "table"],
        &["demo"],
    ] {
        let mut child = e
            .cmd(args)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        // Close the read end before anything is written (as `| head -0` would).
        drop(child.stdout.take());
        let out = child.wait_with_output().unwrap();
        assert_eq!(out.status.code(), Some(0), "{args:?}: {}", stderr(&out));
        assert!(
            !stderr(&out).contains("panicked"),
            "{args:?}: {}",
            stderr(&out)
        );
    }
}

#[test]
fn deprecation_and_sunset_warnings_go_to_stderr() {
    let e = env();
    // The newest version has no sunset: no warning.
    let out = e.run(&["list", "-o", "json"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(!stderr(&out).contains("warning"), "{}", stderr(&out));
    // 2023-01-01 declares `x-sunset: 2027-07-01`.
    let out = e.run(&["--api-version", "2023-01-01", "list", "-o", "json"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(
        stderr(&out).contains(
            "warning: API version 2023-01-01 of listGroupBackupExportBuckets sunsets on 2027-07-01"
        ),
        "{}",
        stderr(&out)
    );
    // Headers from the server.
    e.fake.inject(
        Fault::Deprecated {
            deprecation: "@1767225600".to_owned(),
            sunset: "Wed, 01 Jul 2027 00:00:00 GMT".to_owned(),
        },
        // The digest challenge and the answered request.
        2,
    );
    let out = e.run(&["list", "-o", "json"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.contains(
            "warning: listGroupBackupExportBuckets is deprecated (Deprecation: @1767225600)"
        ),
        "{err}"
    );
    assert!(
        err.contains(
            "warning: listGroupBackupExportBuckets sunsets (Sunset: Wed, 01 Jul 2027 00:00:00 GMT)"
        ),
        "{err}"
    );
    // The JSON on stdout is untouched.
    serde_json::from_slice::<Value>(&out.stdout).unwrap();
}
