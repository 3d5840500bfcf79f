//! The Prism 5.14.2 harness shared by the Prism tests (`tests/prism_contract.rs` mocks the spec,
//! `tests/prism_fake.rs` proxies the fake Atlas server): finding the tools, the per-version Prism
//! copy of the spec, and one Prism process per version, killed on drop.
//!
//! Prism cannot validate the raw fragment correctly (it takes the first media type of a body
//! whatever the version, and the discriminator cycle defeats it), so each version is served from
//! a copy that `spec_rewrite.rs` narrows for it: one media type per body, discriminator parents
//! as acyclic `oneOf`s. The copy has no `security`: with it, Prism would answer every request
//! without an `Authorization` header itself (a `401` with a made-up `WWW-Authenticate`), in mock
//! mode and in proxy mode alike.
//!
//! Included by each Prism test with `#[path = "support/prism.rs"] mod prism;`; each uses a part.
#![allow(dead_code)]

#[path = "spec_rewrite.rs"]
pub mod spec_rewrite;

use std::collections::BTreeSet;
use std::fs::File;
use std::io::{Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::Once;
use std::thread::sleep;
use std::time::{Duration, Instant};

pub const ROOT: &str = env!("CARGO_MANIFEST_DIR");
pub const SPEC: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/spec/export-buckets.v2.yaml");
pub const INSTALL: &str = "bash .ci/install-prism.sh";
pub const PRISM_VERSION: &str = "5.14.2";
/// Prism takes a few seconds to start, much longer on a loaded 2-core machine.
pub const STARTUP_TIMEOUT: Duration = Duration::from_secs(60);

pub const V2023: &str = "2023-01-01";
pub const V2024: &str = "2024-05-30";

/// (operationId, version) pairs.
pub type Pairs = BTreeSet<(String, String)>;

/// The repository's root: the including crate's directory or the nearest one above it that holds
/// `.ci/install-prism.sh` (a workspace member's tests include this file too).
pub fn repo_root() -> PathBuf {
    let here = Path::new(ROOT);
    here.ancestors()
        .find(|d| d.join(".ci/install-prism.sh").is_file())
        .unwrap_or(here)
        .to_path_buf()
}

pub fn prism_bin() -> PathBuf {
    repo_root().join("tests/prism/node_modules/.bin/prism")
}

fn runs(program: &str, args: &[&str]) -> Result<(), String> {
    match Command::new(program)
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
    {
        Ok(s) if s.success() => Ok(()),
        Ok(s) => Err(format!("`{program} {}` exited with {s}", args.join(" "))),
        Err(e) => Err(format!("cannot run `{program}`: {e}")),
    }
}

/// The one decision about missing external tools (node + Prism): with `CI` set the test fails; otherwise it says loudly what to install and the test
/// returns early. `true` when everything is there. `suite` names the tests in the message.
pub fn external_tools_present(suite: &str) -> bool {
    let mut missing = Vec::new();
    if !prism_bin().is_file() {
        missing.push(format!("Prism {PRISM_VERSION} ({})", prism_bin().display()));
    } else if let Err(e) = runs("node", &["--version"]) {
        missing.push(format!("Node.js for Prism ({e})"));
    }
    if missing.is_empty() {
        return true;
    }
    let message = format!(
        "{suite} need: {}. Install with `{INSTALL}` from the repository root.",
        missing.join("; ")
    );
    if std::env::var_os("CI").is_some() {
        panic!("{message} CI is set, so a missing tool is a failure.");
    }
    // Straight to the stderr handle: libtest captures `eprintln!` of passing tests.
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        let bar = "!".repeat(100);
        let _ = writeln!(std::io::stderr(), "\n{bar}\n!! SKIPPED. {message}\n{bar}\n");
    });
    false
}

/// What a Prism process does.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Mode {
    /// `prism mock --errors`: answers from the spec's examples and schemas.
    Mock,
    /// `prism mock` without `--errors`: an invalid request is still a `422`, but an answer that
    /// breaks its own schema (an example against its pattern, say) is sent as it is instead of
    /// a `500`.
    MockAnswering,
    /// `prism proxy --errors SPEC UPSTREAM`: forwards to `UPSTREAM` and validates both ways.
    Proxy {
        /// The upstream base URL (`http://127.0.0.1:PORT`).
        upstream: String,
    },
}

/// A Prism process; killed (and reaped) on drop.
pub struct Prism {
    pub version: &'static str,
    pub port: u16,
    mode: Mode,
    child: Child,
    log: PathBuf,
}

impl Drop for Prism {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Prism {
    /// Starts Prism on a free port, its stdout and stderr going to `log`; see `wait_ready`.
    pub fn spawn(version: &'static str, mode: &Mode, spec: &Path, log: PathBuf) -> Prism {
        // A port the OS just handed out; if Prism still loses the race, `wait_ready` respawns.
        let port = TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .map(|a| a.port())
            .unwrap();
        let out = File::create(&log).unwrap();
        let err = out.try_clone().unwrap();
        let mut command = Command::new(prism_bin());
        match mode {
            Mode::Mock => command.args(["mock", "--errors"]),
            Mode::MockAnswering => command.arg("mock"),
            Mode::Proxy { .. } => command.args(["proxy", "--errors"]),
        };
        command
            .args(["-h", "127.0.0.1", "-p"])
            .arg(port.to_string())
            .arg(spec);
        if let Mode::Proxy { upstream } = mode {
            command.arg(upstream);
        }
        let child = command
            .current_dir(repo_root().join("tests/prism"))
            .stdin(Stdio::null())
            .stdout(out)
            .stderr(err)
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start {}: {e}", prism_bin().display()));
        Prism {
            version,
            port,
            mode: mode.clone(),
            child,
            log,
        }
    }

    /// Everything Prism logged so far.
    pub fn log_text(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }

    pub fn log_tail(&self) -> String {
        let text = self.log_text();
        let lines: Vec<&str> = text.lines().collect();
        lines[lines.len().saturating_sub(40)..].join("\n")
    }

    /// Whether Prism logged that it listens on its port: the port is then ours, and not some
    /// other process's that won the race for it (Prism would then exit with EADDRINUSE).
    fn listening(&self) -> bool {
        let needle = format!("Prism is listening on http://127.0.0.1:{}", self.port);
        self.log_text()
            .lines()
            .any(|line| line.trim_end().ends_with(&needle))
    }

    /// Waits until this Prism listens and answers HTTP, or fails with its log.
    pub fn wait_ready(mut self, spec: &Path, deadline: Instant) -> Prism {
        let mut respawns = 0;
        loop {
            if let Ok(Some(status)) = self.child.try_wait() {
                let tail = self.log_tail();
                if tail.contains("EADDRINUSE") && respawns < 3 {
                    respawns += 1;
                    let log = self.log.clone();
                    let mode = self.mode.clone();
                    self = Prism::spawn(self.version, &mode, spec, log);
                    continue;
                }
                panic!(
                    "Prism ({}) exited with {status} before answering:\n{tail}",
                    self.version
                );
            }
            if self.listening() && answers_http(self.port) {
                return self;
            }
            if Instant::now() > deadline {
                panic!(
                    "Prism ({}) did not answer on port {} within {STARTUP_TIMEOUT:?}:\n{}",
                    self.version,
                    self.port,
                    self.log_tail()
                );
            }
            sleep(Duration::from_millis(250));
        }
    }

    pub fn base_url(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }
}

/// Whether something on the port answers an HTTP request (Prism says 404 to `/`).
fn answers_http(port: u16) -> bool {
    let addr = SocketAddr::from(([127, 0, 0, 1], port));
    let Ok(mut stream) = TcpStream::connect_timeout(&addr, Duration::from_secs(1)) else {
        return false;
    };
    let _ = stream.set_read_timeout(Some(Duration::from_secs(5)));
    let mut head = [0u8; 5];
    stream
        .write_all(b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
        .is_ok()
        && stream.read_exact(&mut head).is_ok()
        && &head == b"HTTP/"
}

/// Writes the Prism copy of the spec for one version (see the module docs) and returns its path.
pub fn prism_copy(dir: &Path, version: &str) -> PathBuf {
    let mut doc: serde_json::Value =
        serde_yaml::from_str(&std::fs::read_to_string(SPEC).unwrap()).unwrap();
    spec_rewrite::keep_one_version(&mut doc, version, spec_rewrite::Otherwise::All);
    let parents = spec_rewrite::acyclic_one_of(&mut doc);
    assert!(
        !parents.is_empty(),
        "the spec has no discriminator parent any more; check what the Prism copy needs"
    );
    let security = spec_rewrite::strip_security(&mut doc);
    assert_eq!(
        security,
        Some(serde_json::json!([{"ServiceAccounts": []}, {"DigestAuth": []}])),
        "the spec's global security changed; check how this test handles it"
    );
    let path = dir.join(format!("prism-{version}.json"));
    std::fs::write(&path, serde_json::to_vec_pretty(&doc).unwrap()).unwrap();
    path
}

/// Every (operationId, version) whose 2xx response the spec declares a versioned media type for.
pub fn declared_pairs() -> Pairs {
    let doc: serde_json::Value =
        serde_yaml::from_str(&std::fs::read_to_string(SPEC).unwrap()).unwrap();
    let mut pairs = Pairs::new();
    for item in doc["paths"].as_object().unwrap().values() {
        for op in item.as_object().unwrap().values() {
            let Some(responses) = op.get("responses").and_then(|r| r.as_object()) else {
                continue;
            };
            for (status, response) in responses {
                if !status.starts_with('2') {
                    continue;
                }
                for media in response["content"].as_object().unwrap().keys() {
                    let version = spec_rewrite::media_version(media).unwrap();
                    let id = op["operationId"].as_str().unwrap();
                    pairs.insert((id.to_owned(), version.to_owned()));
                }
            }
        }
    }
    pairs
}
