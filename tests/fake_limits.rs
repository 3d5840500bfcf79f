//! The fake's bounds: it authenticates from the headers before reading a body, reads a body only
//! up to its limit, keeps a bounded log, closes connections that are slow to send a request head,
//! serves a bounded number of connections at a time, and backs off when `accept` fails for want
//! of file descriptors. Raw TCP, so each test controls exactly which bytes are sent and when.
#![cfg(feature = "fake")]
// Tests report failure by panicking.
#![allow(clippy::panic, clippy::unwrap_used)]

use std::net::SocketAddr;
use std::time::Duration;

use atlas_export_buckets::fake::{FakeAtlas, FakeConfig};
use serde_json::Value;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

const GROUP: &str = "32b6e34b3d91647abb20e7b8";
const V2: &str = "application/vnd.atlas.2024-05-30+json";
/// A bound on anything the fake is expected to do promptly.
const PROMPTLY: Duration = Duration::from_secs(5);

async fn start(config: FakeConfig) -> FakeAtlas {
    FakeAtlas::start_with(config, SocketAddr::from(([127, 0, 0, 1], 0)))
        .await
        .unwrap()
}

fn create_head(extra: &str) -> String {
    format!(
        "POST /api/atlas/v2/groups/{GROUP}/backup/exportBuckets HTTP/1.1\r\nHost: fake\r\n\
         Accept: {V2}\r\nContent-Type: {V2}\r\n{extra}\r\n"
    )
}

/// Reads until the fake closes the connection; panics if it does not within [`PROMPTLY`].
async fn read_to_close(stream: &mut TcpStream) -> String {
    let mut out = Vec::new();
    let read = tokio::time::timeout(PROMPTLY, async {
        let mut buf = [0u8; 4096];
        loop {
            match stream.read(&mut buf).await {
                Ok(0) | Err(_) => break,
                Ok(n) => out.extend_from_slice(&buf[..n]),
            }
        }
    })
    .await;
    assert!(
        read.is_ok(),
        "the fake neither answered nor closed the connection within {PROMPTLY:?}; got so far: {:?}",
        String::from_utf8_lossy(&out)
    );
    String::from_utf8_lossy(&out).into_owned()
}

fn status(response: &str) -> u16 {
    response
        .strip_prefix("HTTP/1.1 ")
        .and_then(|r| r.get(..3))
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| panic!("not an HTTP/1.1 response: {response:?}"))
}

fn json_body(response: &str) -> Value {
    let (_, body) = response.split_once("\r\n\r\n").unwrap();
    serde_json::from_str(body).unwrap_or_else(|e| panic!("{e}: {body:?}"))
}

#[tokio::test]
async fn an_unauthenticated_4_gib_body_is_refused_unread() {
    let fake = start(FakeConfig::new()).await;
    for auth in [
        "",
        "Authorization: Digest username=\"demo-public-key\", realm=\"MMS Public API\", nonce=\"0\", uri=\"/\", response=\"0\"\r\n",
        "Authorization: Bearer not-a-token\r\n",
    ] {
        let mut s = TcpStream::connect(fake.addr()).await.unwrap();
        let head = create_head(&format!("{auth}Content-Length: 4294967296\r\n"));
        s.write_all(head.as_bytes()).await.unwrap();
        // None of the 4 GiB is sent: an answer proves the fake did not wait for them.
        let response = read_to_close(&mut s).await;
        assert_eq!(status(&response), 401, "{auth:?}: {response}");
        assert_eq!(json_body(&response)["errorCode"], "NOT_AUTHORIZED");
    }
    // The token endpoint checks the client's credentials first too.
    let mut s = TcpStream::connect(fake.addr()).await.unwrap();
    s.write_all(
        b"POST /api/oauth/token HTTP/1.1\r\nHost: fake\r\nContent-Length: 4294967296\r\n\r\n",
    )
    .await
    .unwrap();
    let response = read_to_close(&mut s).await;
    assert_eq!(status(&response), 401, "{response}");
    assert_eq!(json_body(&response)["error"], "invalid_client");
}

#[tokio::test]
async fn an_unauthenticated_chunked_body_is_not_read() {
    let fake = start(FakeConfig::new()).await;
    let mut s = TcpStream::connect(fake.addr()).await.unwrap();
    s.write_all(create_head("Transfer-Encoding: chunked\r\n").as_bytes())
        .await
        .unwrap();
    // A chunk is announced and never completed.
    s.write_all(b"100000\r\n{").await.unwrap();
    let response = read_to_close(&mut s).await;
    assert_eq!(status(&response), 401, "{response}");
}

#[tokio::test]
async fn an_authenticated_body_over_the_limit_is_413() {
    let fake = start(FakeConfig::new().with_max_body_bytes(1024)).await;
    fake.accept_bearer_token("limits-token", Duration::from_secs(600));
    let bearer = "Authorization: Bearer limits-token\r\n";

    // Refused from its Content-Length, before any of it is sent.
    let mut s = TcpStream::connect(fake.addr()).await.unwrap();
    s.write_all(create_head(&format!("{bearer}Content-Length: 1025\r\n")).as_bytes())
        .await
        .unwrap();
    let response = read_to_close(&mut s).await;
    assert_eq!(status(&response), 413, "{response}");
    let body = json_body(&response);
    assert_eq!(body["errorCode"], "PAYLOAD_TOO_LARGE");
    assert_eq!(body["error"], 413);
    assert_eq!(body["reason"], "Payload Too Large");

    // Chunked, without a length: refused once the limit is passed, the rest never read.
    let mut s = TcpStream::connect(fake.addr()).await.unwrap();
    let mut request = create_head(&format!("{bearer}Transfer-Encoding: chunked\r\n")).into_bytes();
    for _ in 0..3 {
        request.extend_from_slice(b"200\r\n");
        request.extend_from_slice(&[b' '; 0x200]);
        request.extend_from_slice(b"\r\n");
    }
    // ... and one more chunk announced, never sent.
    request.extend_from_slice(b"100000\r\n");
    s.write_all(&request).await.unwrap();
    let response = read_to_close(&mut s).await;
    assert_eq!(status(&response), 413, "{response}");

    // The token endpoint reads at most 1 KiB.
    let mut s = TcpStream::connect(fake.addr()).await.unwrap();
    s.write_all(
        b"POST /api/oauth/token HTTP/1.1\r\nHost: fake\r\n\
          Authorization: Basic bWRiX3NhX2lkX2RlbW86bWRiX3NhX3NrX2RlbW8=\r\n\
          Content-Length: 1025\r\n\r\n",
    )
    .await
    .unwrap();
    let response = read_to_close(&mut s).await;
    assert_eq!(status(&response), 413, "{response}");
    assert_eq!(json_body(&response)["error"], "invalid_request");

    // A body within the limit is read and handled as before.
    let body = r#"{"cloudProvider":"AWS","bucketName":"my-bucket","iamRoleId":"668c5f0ed436263134491592"}"#;
    let mut s = TcpStream::connect(fake.addr()).await.unwrap();
    let head = create_head(&format!(
        "{bearer}Connection: close\r\nContent-Length: {}\r\n",
        body.len()
    ));
    s.write_all(format!("{head}{body}").as_bytes())
        .await
        .unwrap();
    let response = read_to_close(&mut s).await;
    assert_eq!(status(&response), 200, "{response}");
    assert_eq!(fake.bucket_count(GROUP), 1);
}

#[test]
fn the_limits_have_documented_defaults() {
    let c = FakeConfig::default();
    assert_eq!(c.max_body_bytes, 1024 * 1024);
    assert_eq!(c.max_logged_requests, 10_000);
    assert_eq!(c.max_nonces, 10_000);
    assert_eq!(c.header_read_timeout, Duration::from_secs(10));
    assert_eq!(c.max_connections, 512);
}

#[tokio::test]
async fn the_log_keeps_the_last_requests() {
    let fake = start(FakeConfig::new().with_max_logged_requests(5)).await;
    let mut pipelined = String::new();
    for i in 0..40 {
        let close = if i == 39 { "Connection: close\r\n" } else { "" };
        pipelined.push_str(&format!(
            "GET /nowhere/{i} HTTP/1.1\r\nHost: fake\r\n{close}\r\n"
        ));
    }
    let mut s = TcpStream::connect(fake.addr()).await.unwrap();
    s.write_all(pipelined.as_bytes()).await.unwrap();
    let responses = read_to_close(&mut s).await;
    assert_eq!(responses.matches("HTTP/1.1 404").count(), 40);
    let uris: Vec<String> = fake.requests().into_iter().map(|r| r.uri).collect();
    assert_eq!(
        uris,
        [
            "/nowhere/35",
            "/nowhere/36",
            "/nowhere/37",
            "/nowhere/38",
            "/nowhere/39"
        ]
    );
}

#[tokio::test]
async fn the_log_keeps_a_bounded_part_of_each_request() {
    let fake = start(FakeConfig::new()).await;
    let long = "a".repeat(20_000);
    let mut s = TcpStream::connect(fake.addr()).await.unwrap();
    s.write_all(
        format!(
            "GET /{long} HTTP/1.1\r\nHost: fake\r\nAccept: {long}\r\nConnection: close\r\n\r\n"
        )
        .as_bytes(),
    )
    .await
    .unwrap();
    let response = read_to_close(&mut s).await;
    assert_eq!(status(&response), 404);
    let logged = fake.requests();
    assert_eq!(logged.len(), 1);
    assert_eq!(logged[0].uri.len(), 2048);
    assert_eq!(logged[0].accept.as_ref().map(String::len), Some(1024));
}

#[tokio::test]
async fn a_half_sent_head_is_closed_after_the_header_read_timeout() {
    let fake = start(FakeConfig::new().with_header_read_timeout(Duration::from_millis(200))).await;
    let mut s = TcpStream::connect(fake.addr()).await.unwrap();
    s.write_all(b"GET /api/atlas/v2/groups HTTP/1.1\r\nHost: fa")
        .await
        .unwrap();
    let started = std::time::Instant::now();
    read_to_close(&mut s).await;
    assert!(started.elapsed() >= Duration::from_millis(150));

    // A connection that sends nothing, or nothing after an answer, is closed too.
    let mut idle = TcpStream::connect(fake.addr()).await.unwrap();
    read_to_close(&mut idle).await;
    let mut kept = TcpStream::connect(fake.addr()).await.unwrap();
    kept.write_all(b"GET /nowhere HTTP/1.1\r\nHost: fake\r\n\r\n")
        .await
        .unwrap();
    let response = read_to_close(&mut kept).await;
    assert_eq!(status(&response), 404);
}

#[tokio::test]
async fn connections_beyond_the_limit_wait_for_a_free_place() {
    let fake = start(FakeConfig::new().with_max_connections(1)).await;
    let holder = TcpStream::connect(fake.addr()).await.unwrap();
    let mut waiting = TcpStream::connect(fake.addr()).await.unwrap();
    waiting
        .write_all(b"GET /nowhere HTTP/1.1\r\nHost: fake\r\nConnection: close\r\n\r\n")
        .await
        .unwrap();
    let mut first = [0u8; 1];
    let early = tokio::time::timeout(Duration::from_millis(500), waiting.read(&mut first)).await;
    assert!(
        early.is_err(),
        "the second connection was served while the first held the only place"
    );
    drop(holder);
    let response = read_to_close(&mut waiting).await;
    assert_eq!(status(&response), 404, "{response}");
}

#[tokio::test]
async fn a_connection_served_in_memory_counts_against_the_limit() {
    let fake = start(FakeConfig::new()).await;
    let (mut client, server) = tokio::io::duplex(64 * 1024);
    let serving = fake.serve_connection(server);
    let talking = async {
        client
            .write_all(b"GET /nowhere HTTP/1.1\r\nHost: fake\r\nConnection: close\r\n\r\n")
            .await
            .unwrap();
        let mut out = String::new();
        client.read_to_string(&mut out).await.unwrap();
        out
    };
    let ((), response) = tokio::time::timeout(PROMPTLY, async { tokio::join!(serving, talking) })
        .await
        .unwrap();
    assert_eq!(status(&response), 404);
    assert_eq!(fake.requests().len(), 1);
}

/// In a child process whose `RLIMIT_NOFILE` is 64: with every descriptor taken and a
/// connection waiting, `accept` fails with `EMFILE` on each try; the fake must sleep between
/// tries rather than spin, and serve the connection once descriptors are free again.
#[cfg(target_os = "linux")]
#[test]
fn exhausted_file_descriptors_do_not_spin_the_accept_loop() {
    const CHILD: &str = "FAKE_LIMITS_FD_CHILD";
    const NAME: &str = "exhausted_file_descriptors_do_not_spin_the_accept_loop";
    if std::env::var_os(CHILD).is_some() {
        tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .unwrap()
            .block_on(exhaust_descriptors());
        return;
    }
    let out = std::process::Command::new("sh")
        .arg("-c")
        .arg(r#"ulimit -n 64 && exec "$0" "$@""#)
        .arg(std::env::current_exe().unwrap())
        .args(["--exact", NAME, "--nocapture", "--test-threads=1"])
        .env(CHILD, "1")
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success() && stdout.contains("1 passed"),
        "child failed ({}):\n{stdout}\n{stderr}",
        out.status
    );
    eprintln!("{stderr}");
}

/// The CPU time (user + system) this process has used, read from its open `/proc/self/stat`
/// (opening it would need a free descriptor).
#[cfg(target_os = "linux")]
fn cpu_time(proc_stat: &mut std::fs::File) -> Duration {
    use std::io::{Read, Seek};
    proc_stat.rewind().unwrap();
    let mut stat = String::new();
    proc_stat.read_to_string(&mut stat).unwrap();
    // After the command name in parentheses: state is field 3; utime and stime are 14 and 15,
    // in clock ticks of 1/100 s (`USER_HZ`).
    let rest = &stat[stat.rfind(')').unwrap() + 2..];
    let fields: Vec<&str> = rest.split(' ').collect();
    let ticks: u64 = fields[11].parse::<u64>().unwrap() + fields[12].parse::<u64>().unwrap();
    Duration::from_millis(ticks * 10)
}

#[cfg(target_os = "linux")]
async fn exhaust_descriptors() {
    let fake = start(FakeConfig::new()).await;
    let mut proc_stat = std::fs::File::open("/proc/self/stat").unwrap();
    let mut held = Vec::new();
    let error = loop {
        match std::fs::File::open("/dev/null") {
            Ok(f) => held.push(f),
            Err(e) => break e,
        }
    };
    assert_eq!(error.raw_os_error(), Some(24), "EMFILE expected: {error}");
    // One descriptor for a client: its connection completes in the backlog, where the fake
    // cannot accept it.
    held.pop();
    let mut client = std::net::TcpStream::connect(fake.addr()).unwrap();
    let before = cpu_time(&mut proc_stat);
    tokio::time::sleep(Duration::from_secs(1)).await;
    let used = cpu_time(&mut proc_stat) - before;
    eprintln!("CPU time over 1 s with accept failing: {used:?}");
    assert!(
        used < Duration::from_millis(300),
        "the accept loop used {used:?} of CPU in 1 s"
    );
    drop(held);
    let response = tokio::task::spawn_blocking(move || {
        use std::io::{Read, Write};
        client
            .write_all(b"GET /nowhere HTTP/1.1\r\nHost: fake\r\nConnection: close\r\n\r\n")
            .unwrap();
        client.set_read_timeout(Some(PROMPTLY)).unwrap();
        let mut out = String::new();
        let _ = client.read_to_string(&mut out);
        out
    })
    .await
    .unwrap();
    assert_eq!(status(&response), 404, "served once descriptors were free");
}

#[tokio::test]
async fn extreme_settings_do_not_panic() {
    let fake = start(
        FakeConfig::new()
            .with_header_read_timeout(Duration::MAX)
            .with_max_connections(usize::MAX)
            .with_max_nonces(0)
            .with_max_body_bytes(0)
            .with_nonce_ttl(Duration::MAX),
    )
    .await;
    fake.accept_bearer_token("forever", Duration::MAX);
    let mut s = TcpStream::connect(fake.addr()).await.unwrap();
    let head =
        create_head("Authorization: Bearer forever\r\nConnection: close\r\nContent-Length: 1\r\n");
    s.write_all(format!("{head}{{").as_bytes()).await.unwrap();
    let response = read_to_close(&mut s).await;
    assert_eq!(status(&response), 413, "{response}");
    let mut s = TcpStream::connect(fake.addr()).await.unwrap();
    s.write_all(b"GET /api/atlas/v2/groups/32b6e34b3d91647abb20e7b8/backup/exportBuckets HTTP/1.1\r\nHost: fake\r\nConnection: close\r\n\r\n")
        .await
        .unwrap();
    let response = read_to_close(&mut s).await;
    assert_eq!(status(&response), 401, "{response}");
}
