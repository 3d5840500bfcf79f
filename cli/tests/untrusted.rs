//! What the binary does with text and files it does not control: a server's text reaches the
//! terminal with its control characters escaped, the files it is given are read only when they
//! are regular files of at most 1 MiB, and plain http is warned about.
// Tests report failure by panicking.
#![allow(clippy::panic, clippy::unwrap_used)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use atlas_export_buckets::fake::Fault;
use serde_json::{json, Value};

mod support;

use support::{home as env, Home as Env, BIN, GROUP, ROLE};

impl Env {
    /// The binary with an API key, the project and the fake's URL in its environment, and its
    /// configuration and cache directories in the test's own directory.
    fn cmd(&self, args: &[&str]) -> Command {
        let mut c = Command::new(BIN);
        c.args(args)
            .env_clear()
            .env("XDG_CONFIG_HOME", self.dir.path().join("config"))
            .env("XDG_CACHE_HOME", self.dir.path().join("cache"))
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

    /// Where the Atlas CLI's config.toml is looked for.
    fn config_file(&self) -> PathBuf {
        let dir = self.dir.path().join("config").join("atlascli");
        std::fs::create_dir_all(&dir).unwrap();
        dir.join("config.toml")
    }
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

/// Characters a terminal acts on: C0 controls but the line feed ending each line, DEL, C1
/// controls, and the bidirectional overrides and isolates.
fn terminal_controls(text: &str) -> Vec<char> {
    text.chars()
        .filter(|&c| {
            (c.is_control() && c != '\n')
                || ('\u{202a}'..='\u{202e}').contains(&c)
                || ('\u{2066}'..='\u{2069}').contains(&c)
        })
        .collect()
}

const HOSTILE_DETAIL: &str = "\u{1b}]0;pwned\u{7}\r\nerror: forged";

#[test]
fn a_servers_error_text_is_escaped_on_stderr() {
    let e = env();
    let body = json!({
        "error": 400,
        "errorCode": "INVALID_PARAMETER\u{1b}[2J",
        "reason": "Bad Request",
        "detail": HOSTILE_DETAIL,
        "badRequestDetail": {"fields": [
            {"field": "bucketName\u{1b}[31m", "description": "bad\r\nerror: forged too\u{202e}"}
        ]}
    });
    e.fake.inject(
        Fault::Body {
            status: 400,
            body: body.to_string(),
        },
        1,
    );
    let out = e.run(&["get", "0123456789abcdef01234567"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let err = stderr(&out);
    assert_eq!(terminal_controls(&err), Vec::<char>::new(), "{err:?}");
    assert!(
        err.contains(r"\u{1b}]0;pwned\u{7}\r\nerror: forged"),
        "{err}"
    );
    assert!(err.contains(r"INVALID_PARAMETER\u{1b}[2J"), "{err}");
    assert!(
        err.contains(r"bucketName\u{1b}[31m: bad\r\nerror: forged too\u{202e}"),
        "{err}"
    );
    assert_eq!(
        err.lines().filter(|l| l.starts_with("error:")).count(),
        1,
        "one error line: {err}"
    );
}

#[test]
fn a_servers_fields_are_escaped_in_a_table_and_untouched_in_json() {
    let e = env();
    let made: Value = serde_json::from_slice(
        &e.run(&[
            "create",
            "--aws",
            "--bucket-name",
            "plain-bucket",
            "--iam-role-id",
            ROLE,
            "-o",
            "json",
        ])
        .stdout,
    )
    .unwrap();
    let mut hostile = made.clone();
    hostile["bucketName"] = json!("screen\u{1b}[2Jclear\u{9b}31m\u{7f}\u{2067}x\tz");
    let page = json!({"results": [hostile], "totalCount": 1, "links": []}).to_string();
    e.fake.inject(
        Fault::Body {
            status: 200,
            body: page.clone(),
        },
        1,
    );
    let table = e.run(&["list", "-o", "table"]);
    assert_eq!(table.status.code(), Some(0), "{}", stderr(&table));
    let text = stdout(&table);
    assert_eq!(terminal_controls(&text), Vec::<char>::new(), "{text:?}");
    assert!(
        text.contains(r"screen\u{1b}[2Jclear\u{9b}31m\u{7f}\u{2067}x\tz"),
        "{text}"
    );
    assert_eq!(text.lines().count(), 2, "a header and one row: {text}");

    // JSON is JSON: serde_json's own escapes, the same bytes as before.
    e.fake.inject(
        Fault::Body {
            status: 200,
            body: page,
        },
        1,
    );
    let out = e.run(&["list", "-o", "json"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let expected = serde_json::to_string_pretty(&json!([hostile])).unwrap() + "\n";
    assert_eq!(stdout(&out), expected);
    assert!(stdout(&out).contains(r"screen\u001b[2Jclear"));
}

#[test]
fn a_path_or_id_with_controls_is_escaped_in_every_message() {
    let e = env();
    // A configuration directory whose name holds controls, with a file others can read: the
    // warning names it.
    let config = e.dir.path().join("\u{1b}[2J\r\nerror: forged");
    std::fs::create_dir_all(config.join("atlascli")).unwrap();
    std::fs::write(config.join("atlascli").join("config.toml"), "[default]\n").unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(
            config.join("atlascli").join("config.toml"),
            std::fs::Permissions::from_mode(0o644),
        )
        .unwrap();
        let out = e
            .cmd(&["list", "-o", "json"])
            .env("XDG_CONFIG_HOME", &config)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        let err = stderr(&out);
        assert_eq!(terminal_controls(&err), Vec::<char>::new(), "{err:?}");
        assert!(
            err.contains(r"\u{1b}[2J\r\nerror: forged/atlascli/config.toml is readable"),
            "{err}"
        );
        assert!(!err.lines().any(|l| l.starts_with("error:")), "{err}");
    }
    let id = "\u{1b}[2J\r\nerror: forged";
    for args in [
        &["delete", id, "--force"][..],
        &["get", id],
        &["update", id, "--require-private-networking", "true"],
    ] {
        let out = e.run(args);
        let all = format!("{}{}", stdout(&out), stderr(&out));
        assert_eq!(
            terminal_controls(&all),
            Vec::<char>::new(),
            "{args:?}: {all:?}"
        );
        assert_eq!(
            all.lines().filter(|l| l.starts_with("error:")).count(),
            usize::from(out.status.code() != Some(0)),
            "{args:?}: {all}"
        );
    }
}

/// Runs the command, killing it when it has not ended within `limit`; the output and the time
/// it took.
fn bounded(mut c: Command, limit: Duration) -> (Output, Duration) {
    let start = Instant::now();
    let mut child = c
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    loop {
        if child.try_wait().unwrap().is_some() {
            let out = child.wait_with_output().unwrap();
            return (out, start.elapsed());
        }
        if start.elapsed() > limit {
            child.kill().unwrap();
            let out = child.wait_with_output().unwrap();
            panic!(
                "still running after {limit:?}; stderr: {}",
                String::from_utf8_lossy(&out.stderr)
            );
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

#[cfg(unix)]
fn mkfifo(path: &Path) {
    let status = Command::new("mkfifo").arg(path).status().unwrap();
    assert!(status.success(), "mkfifo {}", path.display());
}

/// A sparse file of 1 GiB: no disk space, but 1 GiB to read.
fn huge(path: &Path) {
    let f = std::fs::File::create(path).unwrap();
    f.set_len(1 << 30).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600)).unwrap();
    }
}

const LIMIT: Duration = Duration::from_secs(20);

#[cfg(unix)]
#[test]
fn a_fifo_config_is_refused_at_once() {
    let e = env();
    let config = e.config_file();
    mkfifo(&config);
    let (out, took) = bounded(e.cmd(&["list", "-o", "json"]), LIMIT);
    let err = stderr(&out);
    eprintln!("{took:?}: {err}");
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(
        err.contains(&format!(
            "error: cannot read {}: it is a FIFO (named pipe), not a regular file",
            config.display()
        )),
        "{err}"
    );
    assert!(e.fake.requests().is_empty(), "nothing may be sent");
}

#[test]
fn a_huge_config_is_refused_at_once() {
    let e = env();
    let config = e.config_file();
    huge(&config);
    let (out, took) = bounded(e.cmd(&["list", "-o", "json"]), LIMIT);
    let err = stderr(&out);
    eprintln!("{took:?}: {err}");
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(
        err.contains(&format!(
            "error: cannot read {}: it is 1073741824 bytes, over the limit of 1 MiB (1048576 bytes)",
            config.display()
        )),
        "{err}"
    );
    assert!(took < Duration::from_secs(5), "{took:?}");
}

#[test]
fn a_config_at_the_limit_is_read_and_a_byte_more_is_not() {
    let e = env();
    let config = e.config_file();
    let head = format!("[default]\nproject_id = \"{GROUP}\"\n# padding\n");
    let mut text = head.clone();
    text.push_str(&"#".repeat((1 << 20) - head.len() - 1));
    text.push('\n');
    assert_eq!(text.len(), 1 << 20);
    std::fs::write(&config, &text).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&config, std::fs::Permissions::from_mode(0o600)).unwrap();
    }
    let out = e.run(&["list", "-o", "json"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    text.push('\n');
    std::fs::write(&config, &text).unwrap();
    let out = e.run(&["list", "-o", "json"]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("it is 1048577 bytes, over the limit of 1 MiB"),
        "{}",
        stderr(&out)
    );
}

#[cfg(unix)]
#[test]
fn a_fifo_body_or_secret_file_is_refused_at_once() {
    let e = env();
    let fifo = e.dir.path().join("fifo");
    mkfifo(&fifo);
    let path = fifo.to_str().unwrap();
    for (args, drop_key) in [
        (&["create", "--file", path][..], false),
        (&["--private-api-key-file", path, "list"], true),
        (&["--client-secret-file", path, "list"], false),
    ] {
        let mut c = e.cmd(args);
        if drop_key {
            c.env_remove("MONGODB_ATLAS_PRIVATE_API_KEY");
        }
        let (out, _) = bounded(c, LIMIT);
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {err}");
        assert!(
            err.contains(&format!(
                "cannot read {path}: it is a FIFO (named pipe), not a regular file"
            )),
            "{args:?}: {err}"
        );
    }
    // A directory, too.
    let dir = e.dir.path().to_str().unwrap().to_owned();
    let out = e.run(&["create", "--file", &dir]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("it is a directory, not a regular file"),
        "{}",
        stderr(&out)
    );
    assert!(e.fake.requests().is_empty(), "nothing may be sent");
}

#[test]
fn a_huge_body_file_or_stdin_is_refused_at_once() {
    let e = env();
    let big = e.dir.path().join("body.json");
    huge(&big);
    let path = big.to_str().unwrap();
    let (out, took) = bounded(e.cmd(&["create", "--file", path]), LIMIT);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(
        stderr(&out).contains(&format!(
            "cannot read {path}: it is 1073741824 bytes, over the limit of 1 MiB (1048576 bytes)"
        )),
        "{}",
        stderr(&out)
    );
    assert!(took < Duration::from_secs(5), "{took:?}");
    let (out, _) = bounded(e.cmd(&["--private-api-key-file", path, "list"]), LIMIT);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("over the limit of 1 MiB"),
        "{}",
        stderr(&out)
    );

    // Stdin: read up to the limit, then refused.
    let mut child = e
        .cmd(&["create", "--file", "-"])
        .stdin(std::fs::File::open(&big).unwrap())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let start = Instant::now();
    while child.try_wait().unwrap().is_none() && start.elapsed() < LIMIT {
        std::thread::sleep(Duration::from_millis(20));
    }
    let _ = child.kill();
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(
        stderr(&out)
            .contains("cannot read stdin: it holds more than the limit of 1 MiB (1048576 bytes)"),
        "{}",
        stderr(&out)
    );
    assert!(e.fake.requests().is_empty(), "nothing may be sent");
}

#[test]
fn plain_http_allowed_by_the_flag_is_warned_about() {
    let e = env();
    // A service account: its secret, then its token.
    let out = e
        .cmd(&["--allow-insecure-http", "list", "-o", "json"])
        .env("MONGODB_ATLAS_CLIENT_ID", "mdb_sa_id_demo")
        .env("MONGODB_ATLAS_CLIENT_SECRET", "mdb_sa_sk_demo")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let err = stderr(&out);
    assert_eq!(err.matches("warning:").count(), 1, "{err}");
    assert!(
        err.contains(&format!(
            "warning: --allow-insecure-http: {} is plain http: the service account's client secret (sent to get a token) and then its token (sent with every call) travel in clear, readable by anyone on the network path, as is every request and answer\n",
            e.fake.base_url().trim_end_matches('/')
        )),
        "{err}"
    );
    assert!(!err.contains("mdb_sa_sk_demo"), "{err}");
    // An API key.
    let out = e.run(&["--allow-insecure-http", "list", "-o", "json"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let err = stderr(&out);
    assert_eq!(err.matches("warning:").count(), 1, "{err}");
    assert!(
        err.contains("is plain http") && err.contains("in clear"),
        "{err}"
    );
    // Without the flag, or with https, no such warning.
    let out = e.run(&["list", "-o", "json"]);
    assert!(!stderr(&out).contains("plain http"), "{}", stderr(&out));
    let closed = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let out = e
        .cmd(&["--allow-insecure-http", "list"])
        .env(
            "MONGODB_ATLAS_BASE_URL",
            format!("https://127.0.0.1:{closed}"),
        )
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
    assert!(!stderr(&out).contains("plain http"), "{}", stderr(&out));
    // The help says so.
    for flag in ["-h", "--help"] {
        let help = stdout(&e.run(&[flag]));
        assert_eq!(terminal_controls(&help), Vec::<char>::new(), "{help:?}");
        let help = help.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(
            help.contains("--allow-insecure-http")
                && help.contains("client secret")
                && help.contains("in clear"),
            "{flag}: {help}"
        );
    }
}
