//! HTTP Digest auth on the wire, against a real Apache httpd (`mod_auth_digest`) that the tests
//! start on a free loopback port as an authenticating reverse proxy (`mod_proxy_http`) in front
//! of a wiremock server that plays Atlas. Apache checks the digest; wiremock only sees requests
//! Apache let through.
//!
//! Needs `/usr/sbin/apache2` (Debian's `apache2` package): `bash .ci/install-apache.sh`. Without
//! it the tests are skipped with a message on stderr, or fail when `CI` is set.
//!
//! SHA-256: Apache 2.4's `mod_auth_digest` offers MD5 only. `AuthDigestAlgorithm SHA-256` is a
//! configuration error ("Unsupported algorithm in AuthDigestAlgorithm: SHA-256"; `MD5-sess` is
//! refused the same way), checked with Apache 2.4.71 (Debian). So these tests cover
//! `algorithm=MD5, qop="auth"` (what Atlas offers) and cannot cover SHA-256;
//! `apache_offers_md5_only` trips when a future Apache accepts SHA-256, so a SHA-256 test can
//! then be added here.
// Tests report failure by panicking.
#![allow(clippy::panic, clippy::unwrap_used)]

use std::fs;
use std::io::Write as _;
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use atlas_export_buckets::{v2, Client, Credentials, RetryPolicy};
use serde_json::{json, Value};
use tempfile::TempDir;
use wiremock::matchers::{body_json, header, header_exists, method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

const APACHE: &str = "/usr/sbin/apache2";
const MODULES: &str = "/usr/lib/apache2/modules";
const REALM: &str = "MMS Public API";
const PUBLIC_KEY: &str = "public-key";
const PRIVATE_KEY: &str = "private-key-7f3a9c1e-d2b4-4e8a-9b6f-0c5d1e2f3a4b";
const WRONG_KEY: &str = "wrong-private-key-5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9";
const GROUP: &str = "32b6e34b3d91647abb20e7b8";
const BUCKET: &str = "32b6e34b3d91647abb20e7b8";
const IAM_ROLE: &str = "668c5f0ed436263134491592";
const MEDIA: &str = "application/vnd.atlas.2024-05-30+json";
const STARTUP: Duration = Duration::from_secs(20);
/// How long to wait for Apache to write an access-log line (it logs after answering).
const LOG_WAIT: Duration = Duration::from_secs(10);

/// The Apache binary, or `None` (after a loud message) when it is missing outside CI. With `CI`
/// set, a missing Apache fails the test.
fn apache_binary() -> Option<&'static Path> {
    let bin = Path::new(APACHE);
    if bin.is_file() {
        return Some(bin);
    }
    let msg = format!(
        "{APACHE} not found: the Apache digest wire tests need Apache httpd 2.4. \
         Install it with `bash .ci/install-apache.sh` (or `apt-get install apache2 apache2-utils`)"
    );
    if std::env::var_os("CI").is_some() {
        panic!("{msg} (CI is set, so this is a failure, not a skip)");
    }
    // Straight to the stderr handle: `eprintln!` would be captured by the test harness.
    let bar = "!".repeat(78);
    let _ = writeln!(std::io::stderr(), "\n{bar}\nSKIPPED: {msg}\n{bar}\n");
    None
}

/// One access-log line: `%>s %m %U %{Authorization}i %{WWW-Authenticate}o`, tab separated.
#[derive(Debug, Clone)]
struct Hit {
    status: u16,
    method: String,
    path: String,
    /// The `Authorization` request header, `None` when absent.
    authorization: Option<String>,
    /// The `WWW-Authenticate` response header, `None` when absent.
    challenge: Option<String>,
}

fn present(field: &str) -> Option<String> {
    (field != "-").then(|| field.replace("\\\"", "\""))
}

/// A running Apache; stopped (and its temporary directory removed) on drop.
struct Apache {
    child: Child,
    bin: &'static Path,
    conf: PathBuf,
    port: u16,
    dir: TempDir,
}

fn free_port() -> u16 {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    listener.local_addr().unwrap().port()
}

fn module(name: &str, file: &str) -> String {
    format!("LoadModule {name} {MODULES}/{file}\n")
}

impl Apache {
    /// Starts Apache in front of `upstream` (a wiremock URI). `nonce_lifetime` sets
    /// `AuthDigestNonceLifetime` in seconds (Apache's default is 300).
    fn start(bin: &'static Path, upstream: &str, nonce_lifetime: Option<u32>) -> Apache {
        let mut last_failure = String::new();
        // A port picked by binding :0 can be taken by someone else before Apache binds it.
        for _ in 0..3 {
            match Self::try_start(bin, upstream, nonce_lifetime) {
                Ok(apache) => return apache,
                Err(failure) if failure.contains("Address already in use") => {
                    last_failure = failure
                }
                Err(failure) => panic!("Apache did not start:\n{failure}"),
            }
        }
        panic!("Apache did not start (port races):\n{last_failure}");
    }

    fn try_start(
        bin: &'static Path,
        upstream: &str,
        nonce_lifetime: Option<u32>,
    ) -> Result<Apache, String> {
        let dir = tempfile::Builder::new()
            .prefix("digest-apache-")
            .tempdir()
            .unwrap();
        let root = dir.path();
        let port = free_port();

        // As root, Apache's children switch to `User`; they read the password file at request
        // time, so the directory must be traversable by that user.
        let as_root = fs::metadata(root).unwrap().uid() == 0;
        let user_directives = if as_root {
            fs::set_permissions(root, fs::Permissions::from_mode(0o755)).unwrap();
            let passwd = fs::read_to_string("/etc/passwd").unwrap_or_default();
            if passwd.lines().any(|l| l.starts_with("www-data:")) {
                "User www-data\nGroup www-data\n"
            } else {
                "User nobody\nGroup nogroup\n"
            }
        } else {
            ""
        };

        // The digest password file, as `htdigest` writes it: user:realm:md5(user:realm:password).
        let ha1 = md5_hex(format!("{PUBLIC_KEY}:{REALM}:{PRIVATE_KEY}").as_bytes());
        let passwords = root.join("digest.passwd");
        fs::write(&passwords, format!("{PUBLIC_KEY}:{REALM}:{ha1}\n")).unwrap();
        fs::set_permissions(&passwords, fs::Permissions::from_mode(0o644)).unwrap();

        let lifetime = nonce_lifetime
            .map(|s| format!("  AuthDigestNonceLifetime {s}\n"))
            .unwrap_or_default();
        let upstream = upstream.trim_end_matches('/');
        let r = root.display();
        let mut conf_text = format!(
            "ServerRoot \"{r}\"\n\
             ServerName 127.0.0.1\n\
             Listen 127.0.0.1:{port}\n\
             PidFile \"{r}/httpd.pid\"\n\
             DefaultRuntimeDir \"{r}\"\n\
             ErrorLog \"{r}/error.log\"\n\
             LogLevel warn\n\
             {user_directives}"
        );
        for (name, file) in [
            ("mpm_event_module", "mod_mpm_event.so"),
            ("authn_core_module", "mod_authn_core.so"),
            ("authn_file_module", "mod_authn_file.so"),
            ("authz_core_module", "mod_authz_core.so"),
            ("authz_user_module", "mod_authz_user.so"),
            ("auth_digest_module", "mod_auth_digest.so"),
            ("proxy_module", "mod_proxy.so"),
            ("proxy_http_module", "mod_proxy_http.so"),
        ] {
            conf_text.push_str(&module(name, file));
        }
        conf_text.push_str(&format!(
            "StartServers 1\n\
             ServerLimit 2\n\
             ThreadsPerChild 16\n\
             MaxRequestWorkers 32\n\
             MinSpareThreads 4\n\
             MaxSpareThreads 32\n\
             Timeout 30\n\
             KeepAlive On\n\
             KeepAliveTimeout 60\n\
             LogFormat \"%>s\\t%m\\t%U\\t%{{Authorization}}i\\t%{{WWW-Authenticate}}o\" digest\n\
             CustomLog \"{r}/access.log\" digest\n\
             <Location \"/\">\n\
             \x20 AuthType Digest\n\
             \x20 AuthName \"{REALM}\"\n\
             \x20 AuthDigestProvider file\n\
             \x20 AuthUserFile \"{pw}\"\n\
             {lifetime}\
             \x20 Require valid-user\n\
             </Location>\n\
             ProxyPass \"/\" \"{upstream}/\" retry=0 timeout=30\n",
            pw = passwords.display(),
        ));
        let conf = root.join("httpd.conf");
        fs::write(&conf, conf_text).unwrap();

        let stdout = fs::File::create(root.join("stdout.log")).unwrap();
        let stderr = fs::File::create(root.join("stderr.log")).unwrap();
        let child = Command::new(bin)
            .arg("-f")
            .arg(&conf)
            .arg("-DFOREGROUND")
            .stdin(Stdio::null())
            .stdout(stdout)
            .stderr(stderr)
            .spawn()
            .map_err(|e| format!("cannot run {}: {e}", bin.display()))?;
        let mut apache = Apache {
            child,
            bin,
            conf,
            port,
            dir,
        };
        apache.wait_ready()?;
        Ok(apache)
    }

    /// Ready once Apache wrote its pid file (after binding the port, so the port is ours) and
    /// the port accepts connections.
    fn wait_ready(&mut self) -> Result<(), String> {
        let deadline = Instant::now() + STARTUP;
        let pid = self.child.id().to_string();
        let addr = SocketAddr::from(([127, 0, 0, 1], self.port));
        loop {
            if let Ok(Some(status)) = self.child.try_wait() {
                return Err(format!(
                    "apache2 exited with {status}\n{}",
                    self.diagnostics()
                ));
            }
            let pid_written = fs::read_to_string(self.dir.path().join("httpd.pid"))
                .is_ok_and(|p| p.trim() == pid);
            if pid_written && TcpStream::connect_timeout(&addr, Duration::from_secs(1)).is_ok() {
                return Ok(());
            }
            if Instant::now() > deadline {
                return Err(format!(
                    "apache2 not ready after {STARTUP:?}\n{}",
                    self.diagnostics()
                ));
            }
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    fn diagnostics(&self) -> String {
        let read = |f: &str| fs::read_to_string(self.dir.path().join(f)).unwrap_or_default();
        format!(
            "--- stderr\n{}--- error.log\n{}--- access.log\n{}--- httpd.conf\n{}",
            read("stderr.log"),
            read("error.log"),
            read("access.log"),
            read("httpd.conf")
        )
    }

    fn base_url(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    fn access_log(&self) -> String {
        fs::read_to_string(self.dir.path().join("access.log")).unwrap_or_default()
    }

    fn hits_now(&self) -> Vec<Hit> {
        self.access_log()
            .lines()
            .filter(|l| !l.is_empty())
            .map(|line| {
                let f: Vec<&str> = line.split('\t').collect();
                assert_eq!(f.len(), 5, "unexpected access-log line {line:?}");
                Hit {
                    status: f[0].parse().unwrap(),
                    method: f[1].to_owned(),
                    path: f[2].to_owned(),
                    authorization: present(f[3]),
                    challenge: present(f[4]),
                }
            })
            .collect()
    }

    /// The access log once it has `n` lines. Apache logs after it answers, so this waits for the
    /// lines to appear, then a little longer so that an unexpected extra line is seen too.
    async fn hits(&self, n: usize) -> Vec<Hit> {
        let deadline = Instant::now() + LOG_WAIT;
        while self.hits_now().len() < n && Instant::now() < deadline {
            tokio::time::sleep(Duration::from_millis(25)).await;
        }
        tokio::time::sleep(Duration::from_millis(250)).await;
        let hits = self.hits_now();
        assert_eq!(
            hits.len(),
            n,
            "expected {n} requests at Apache, saw {}: {hits:#?}\n{}",
            hits.len(),
            self.diagnostics()
        );
        hits
    }
}

impl Drop for Apache {
    fn drop(&mut self) {
        // SIGTERM (through `-k stop`) lets the parent stop its children; SIGKILL would orphan them.
        let _ = Command::new(self.bin)
            .arg("-f")
            .arg(&self.conf)
            .args(["-k", "stop"])
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status();
        let deadline = Instant::now() + Duration::from_secs(10);
        while Instant::now() < deadline {
            if let Ok(Some(_)) = self.child.try_wait() {
                return;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// MD5 hex digest, for the `htdigest` password file.
fn md5_hex(data: &[u8]) -> String {
    use md5::Digest as _;
    md5::Md5::digest(data)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

fn client(apache: &Apache, private_key: &str) -> Client {
    Client::builder()
        .base_url(apache.base_url())
        .credentials(Credentials::digest(PUBLIC_KEY, private_key))
        .retry_policy(RetryPolicy::none())
        .request_timeout(Duration::from_secs(30))
        .build()
        .unwrap()
}

fn bucket_json() -> Value {
    json!({
        "_id": BUCKET,
        "bucketName": "export-bucket",
        "cloudProvider": "AWS",
        "iamRoleId": IAM_ROLE
    })
}

fn ok_body() -> ResponseTemplate {
    ResponseTemplate::new(200).set_body_raw(serde_json::to_vec(&bucket_json()).unwrap(), MEDIA)
}

fn bucket_path() -> String {
    format!("/api/atlas/v2/groups/{GROUP}/backup/exportBuckets/{BUCKET}")
}

fn collection_path() -> String {
    format!("/api/atlas/v2/groups/{GROUP}/backup/exportBuckets")
}

fn create_request() -> v2::DiskBackupSnapshotExportBucketRequest {
    v2::DiskBackupSnapshotAwsExportBucketRequest::new("export-bucket", IAM_ROLE).into()
}

/// A mock that answers GET (and POST) only when Apache forwarded an `Authorization` header.
async fn mock_atlas() -> MockServer {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path(bucket_path()))
        .and(header("accept", MEDIA))
        .and(header_exists("authorization"))
        .respond_with(ok_body())
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path(collection_path()))
        .and(header("content-type", MEDIA))
        .and(header_exists("authorization"))
        .and(body_json(json!({
            "cloudProvider": "AWS",
            "bucketName": "export-bucket",
            "iamRoleId": IAM_ROLE
        })))
        .respond_with(ok_body())
        .mount(&server)
        .await;
    server
}

async fn received(server: &MockServer) -> Vec<wiremock::Request> {
    server.received_requests().await.unwrap_or_default()
}

fn assert_aws(body: &v2::DiskBackupSnapshotExportBucketResponse) {
    match body {
        v2::DiskBackupSnapshotExportBucketResponse::Aws(aws) => {
            assert_eq!(aws.id, BUCKET);
            assert_eq!(aws.bucket_name, "export-bucket");
            assert_eq!(aws.iam_role_id, IAM_ROLE);
        }
        other => panic!("expected the AWS variant, got {other:?}"),
    }
}

/// A digest parameter of an `Authorization` or `WWW-Authenticate` value, unquoted.
fn param(header: &str, name: &str) -> Option<String> {
    let rest = header.trim_start();
    let rest = rest.strip_prefix("Digest").unwrap_or(rest);
    rest.split(',').find_map(|part| {
        let (k, v) = part.split_once('=')?;
        (k.trim().eq_ignore_ascii_case(name)).then(|| v.trim().trim_matches('"').to_owned())
    })
}

/// The first request goes out bare and is refused with a challenge; the answer to it succeeds.
fn assert_challenge_then_success(first: &Hit, second: &Hit, verb: &str, path: &str) {
    assert_eq!((first.status, first.method.as_str()), (401, verb));
    assert_eq!(first.path, path);
    assert!(first.authorization.is_none(), "{first:?}");
    let challenge = first.challenge.as_deref().unwrap();
    assert!(challenge.starts_with("Digest "), "{challenge}");
    assert_eq!(param(challenge, "realm").as_deref(), Some(REALM));
    assert_eq!(param(challenge, "algorithm").as_deref(), Some("MD5"));
    assert_eq!(param(challenge, "qop").as_deref(), Some("auth"));

    assert_eq!((second.status, second.method.as_str()), (200, verb));
    assert_eq!(second.path, path);
    let auth = second.authorization.as_deref().unwrap();
    assert_eq!(param(auth, "username").as_deref(), Some(PUBLIC_KEY));
    assert_eq!(param(auth, "realm").as_deref(), Some(REALM));
    assert_eq!(param(auth, "uri").as_deref(), Some(path));
    assert_eq!(param(auth, "qop").as_deref(), Some("auth"));
    assert_eq!(param(auth, "nc").as_deref(), Some("00000001"));
    assert_eq!(param(auth, "nonce"), param(challenge, "nonce"));
}

#[test]
fn md5_matches_rfc_1321() {
    assert_eq!(md5_hex(b""), "d41d8cd98f00b204e9800998ecf8427e");
    assert_eq!(md5_hex(b"abc"), "900150983cd24fb0d6963f7d28e17f72");
    assert_eq!(
        md5_hex(
            b"12345678901234567890123456789012345678901234567890123456789012345678901234567890"
        ),
        "57edf4a22be3c955ac49da2e2107b67a"
    );
    // HA1 for RFC 2617's example user.
    assert_eq!(
        md5_hex(b"Mufasa:testrealm@host.com:Circle Of Life"),
        "939e7578ed9e3c518a452acee763bce9"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn get_and_post_pass_apache_digest_md5() {
    let Some(bin) = apache_binary() else { return };
    let atlas = mock_atlas().await;
    let apache = Apache::start(bin, &atlas.uri(), None);
    let client = client(&apache, PRIVATE_KEY);
    assert_eq!(client.digest_algorithm(), None);
    let buckets = client.export_buckets();

    // A cold POST: challenged, then answered with the body hashed into nothing (qop=auth) and sent again.
    let created = buckets.create(GROUP, create_request()).await.unwrap();
    assert_eq!(created.meta.status, 200);
    assert_aws(&created.body);
    assert_eq!(client.digest_algorithm().as_deref(), Some("MD5"));
    let hits = apache.hits(2).await;
    assert_challenge_then_success(&hits[0], &hits[1], "POST", &collection_path());

    // A GET on the warm client.
    let got = buckets.get(GROUP, BUCKET).await.unwrap();
    assert_eq!(got.meta.status, 200);
    assert_aws(&got.body);
    let hits = apache.hits(3).await;
    assert_eq!((hits[2].status, hits[2].method.as_str()), (200, "GET"));
    assert_eq!(hits[2].path, bucket_path());

    // Only the authorized requests reached Atlas, the POST body intact.
    let requests = received(&atlas).await;
    assert_eq!(requests.len(), 2, "{requests:#?}");
    let post = &requests[0];
    assert_eq!(post.method.as_str(), "POST");
    assert_eq!(post.url.path(), collection_path());
    assert_eq!(
        post.headers.get("content-type").unwrap().to_str().unwrap(),
        MEDIA
    );
    assert_eq!(
        serde_json::from_slice::<Value>(&post.body).unwrap(),
        json!({"cloudProvider": "AWS", "bucketName": "export-bucket", "iamRoleId": IAM_ROLE})
    );
    let forwarded = post.headers.get("authorization").unwrap().to_str().unwrap();
    assert_eq!(
        Some(forwarded),
        hits[1].authorization.as_deref(),
        "Apache forwards the Authorization it checked"
    );
    let get = &requests[1];
    assert_eq!(get.method.as_str(), "GET");
    assert_eq!(get.url.path(), bucket_path());
    assert_eq!(get.headers.get("accept").unwrap().to_str().unwrap(), MEDIA);
    assert!(get.body.is_empty());
}

#[tokio::test(flavor = "multi_thread")]
async fn a_warm_client_makes_one_round_trip_per_call() {
    let Some(bin) = apache_binary() else { return };
    let atlas = mock_atlas().await;
    let apache = Apache::start(bin, &atlas.uri(), None);
    let client = client(&apache, PRIVATE_KEY);
    let buckets = client.export_buckets();

    buckets.get(GROUP, BUCKET).await.unwrap();
    let hits = apache.hits(2).await;
    assert_challenge_then_success(&hits[0], &hits[1], "GET", &bucket_path());
    let nonce = param(hits[1].authorization.as_deref().unwrap(), "nonce").unwrap();

    // N sequential calls cost N requests: the challenge is reused with nc counting up.
    const N: usize = 5;
    for i in 0..N {
        let r = if i % 2 == 0 {
            buckets.get(GROUP, BUCKET).await.unwrap()
        } else {
            buckets.create(GROUP, create_request()).await.unwrap()
        };
        assert_eq!(r.meta.status, 200);
        assert_aws(&r.body);
    }
    let hits = apache.hits(2 + N).await;
    let mut ncs = Vec::new();
    for hit in &hits[2..] {
        assert_eq!(hit.status, 200, "{hit:?}");
        let auth = hit.authorization.as_deref().unwrap();
        assert_eq!(param(auth, "nonce").as_deref(), Some(nonce.as_str()));
        ncs.push(u32::from_str_radix(&param(auth, "nc").unwrap(), 16).unwrap());
    }
    ncs.sort_unstable();
    assert_eq!(ncs, (2..=1 + N as u32).collect::<Vec<_>>());
    assert_eq!(received(&atlas).await.len(), 1 + N);

    // Concurrent calls on the warm client: one request each, all accepted.
    const M: usize = 4;
    let calls = (0..M).map(|_| {
        let buckets = buckets.clone();
        async move { buckets.get(GROUP, BUCKET).await }
    });
    for r in futures_util::future::join_all(calls).await {
        assert_eq!(r.unwrap().meta.status, 200);
    }
    let hits = apache.hits(2 + N + M).await;
    assert!(hits[2..].iter().all(|h| h.status == 200), "{hits:#?}");
    assert_eq!(hits.iter().filter(|h| h.status == 401).count(), 1);
    assert_eq!(received(&atlas).await.len(), 1 + N + M);
}

#[tokio::test(flavor = "multi_thread")]
async fn a_stale_nonce_is_recovered_with_one_retry() {
    let Some(bin) = apache_binary() else { return };
    const LIFETIME: u32 = 2;
    let atlas = mock_atlas().await;
    let apache = Apache::start(bin, &atlas.uri(), Some(LIFETIME));
    let client = client(&apache, PRIVATE_KEY);
    let buckets = client.export_buckets();

    buckets.get(GROUP, BUCKET).await.unwrap();
    let hits = apache.hits(2).await;
    assert_challenge_then_success(&hits[0], &hits[1], "GET", &bucket_path());
    let old_nonce = param(hits[1].authorization.as_deref().unwrap(), "nonce").unwrap();

    tokio::time::sleep(Duration::from_millis(u64::from(LIFETIME) * 1000 + 1500)).await;

    // The cached nonce has expired: Apache says stale=true, the client answers the new challenge.
    let r = buckets.get(GROUP, BUCKET).await.unwrap();
    assert_eq!(r.meta.status, 200);
    assert_aws(&r.body);
    let hits = apache.hits(4).await;
    let (refused, accepted) = (&hits[2], &hits[3]);
    assert_eq!(refused.status, 401, "{hits:#?}");
    let stale_auth = refused.authorization.as_deref().unwrap();
    assert_eq!(
        param(stale_auth, "nonce").as_deref(),
        Some(old_nonce.as_str())
    );
    let challenge = refused.challenge.as_deref().unwrap();
    assert_eq!(
        param(challenge, "stale").map(|s| s.to_ascii_lowercase()),
        Some("true".to_owned()),
        "{challenge}"
    );
    let new_nonce = param(challenge, "nonce").unwrap();
    assert_ne!(new_nonce, old_nonce);
    assert_eq!(accepted.status, 200, "{hits:#?}");
    let auth = accepted.authorization.as_deref().unwrap();
    assert_eq!(param(auth, "nonce").as_deref(), Some(new_nonce.as_str()));
    assert_eq!(param(auth, "nc").as_deref(), Some("00000001"));

    // And the fresh nonce is reused at once: one request.
    buckets.get(GROUP, BUCKET).await.unwrap();
    let hits = apache.hits(5).await;
    assert_eq!(hits[4].status, 200);
    assert_eq!(received(&atlas).await.len(), 3);
}

#[tokio::test(flavor = "multi_thread")]
async fn a_wrong_password_fails_with_401_without_leaking_the_key() {
    let Some(bin) = apache_binary() else { return };
    let atlas = mock_atlas().await;
    let apache = Apache::start(bin, &atlas.uri(), None);
    let client = client(&apache, WRONG_KEY);
    let buckets = client.export_buckets();

    let err = buckets.get(GROUP, BUCKET).await.unwrap_err();
    assert_eq!(err.status(), Some(401), "{err:?}");
    let hits = apache.hits(2).await;
    assert!(hits.iter().all(|h| h.status == 401), "{hits:#?}");
    assert!(hits[0].authorization.is_none());
    assert!(hits[1].authorization.is_some());

    // The refusal carried a new nonce, which the client keeps. A second call answers it, is
    // refused with yet another nonce, answers that once, and is refused again: a wrong key.
    // Two requests, no loop.
    let kept = param(hits[1].challenge.as_deref().unwrap(), "nonce").unwrap();
    let err2 = buckets.create(GROUP, create_request()).await.unwrap_err();
    assert_eq!(err2.status(), Some(401), "{err2:?}");
    let hits = apache.hits(4).await;
    assert!(hits.iter().all(|h| h.status == 401), "{hits:#?}");
    let answered = |h: &Hit| param(h.authorization.as_deref().unwrap(), "nonce").unwrap();
    assert_eq!(answered(&hits[2]), kept, "{hits:#?}");
    let next = param(hits[2].challenge.as_deref().unwrap(), "nonce").unwrap();
    assert_ne!(next, kept, "Apache sends a new nonce with each refusal");
    assert_eq!(answered(&hits[3]), next, "{hits:#?}");
    assert!(received(&atlas).await.is_empty());

    for e in [&err, &err2] {
        for text in [e.to_string(), format!("{e:?}"), format!("{e:#?}")] {
            assert!(!text.contains(WRONG_KEY), "the key leaked: {text}");
            assert!(!text.contains(PRIVATE_KEY), "the key leaked: {text}");
        }
    }
    assert!(!format!("{client:?}").contains(WRONG_KEY));
    // Digest never sends the key itself.
    assert!(!apache.access_log().contains(WRONG_KEY));
}

/// Apache 2.4's `mod_auth_digest` refuses anything but MD5. When this fails, Apache accepts
/// SHA-256: add a SHA-256 wire test (the client prefers the strongest algorithm offered).
#[test]
fn apache_offers_md5_only() {
    let Some(bin) = apache_binary() else { return };
    let dir = tempfile::tempdir().unwrap();
    let check = |algorithm: &str| {
        let conf = dir.path().join(format!("{algorithm}.conf"));
        fs::write(
            &conf,
            format!(
                "ServerRoot \"{r}\"\nServerName 127.0.0.1\nListen 127.0.0.1:{port}\n\
                 PidFile \"{r}/httpd.pid\"\nErrorLog \"{r}/error.log\"\n{mpm}{authn}{digest}\
                 <Location \"/\">\n  AuthType Digest\n  AuthName \"{REALM}\"\n  \
                 AuthDigestAlgorithm {algorithm}\n</Location>\n",
                r = dir.path().display(),
                port = free_port(),
                mpm = module("mpm_event_module", "mod_mpm_event.so"),
                authn = module("authn_core_module", "mod_authn_core.so"),
                digest = module("auth_digest_module", "mod_auth_digest.so"),
            ),
        )
        .unwrap();
        let out = Command::new(bin)
            .arg("-t")
            .arg("-f")
            .arg(&conf)
            .stdin(Stdio::null())
            .output()
            .unwrap();
        let text = format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        (out.status.success(), text)
    };
    let (ok, text) = check("MD5");
    assert!(ok, "MD5 must be accepted: {text}");
    for algorithm in ["SHA-256", "MD5-sess"] {
        let (ok, text) = check(algorithm);
        assert!(
            !ok && text.contains("Unsupported algorithm"),
            "Apache now accepts AuthDigestAlgorithm {algorithm}: {text}"
        );
    }
}
