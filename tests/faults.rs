//! Fault injection: each test asserts the typed error, the attempt count, and that nothing is
//! duplicated. Raw TCP servers on loopback play the misbehaving peers that a mock cannot.
// Tests report failure by panicking.
#![allow(clippy::panic, clippy::unwrap_used)]

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use atlas_export_buckets::{v2, Client, Credentials, Error, PageRequest, RetryPolicy};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

const GROUP: &str = "32b6e34b3d91647abb20e7b8";
const BUCKET: &str = "5f4d3c2b1a0f9e8d7c6b5a49";
const ROLE: &str = "668c5f0ed436263134491592";
const ITEM: &str =
    "/api/atlas/v2/groups/32b6e34b3d91647abb20e7b8/backup/exportBuckets/5f4d3c2b1a0f9e8d7c6b5a49";
const LIST: &str = "/api/atlas/v2/groups/32b6e34b3d91647abb20e7b8/backup/exportBuckets";

fn client(base: &str) -> Client {
    Client::builder()
        .base_url(base)
        .retry_policy(
            RetryPolicy::new()
                .with_base_delay(Duration::from_millis(5))
                .with_max_delay(Duration::from_secs(2)),
        )
        .request_timeout(Duration::from_secs(5))
        .build()
        .unwrap()
}

fn gcp_body() -> v2::DiskBackupSnapshotExportBucketRequest {
    v2::DiskBackupSnapshotGcpExportBucketRequest::new("export-bucket", ROLE).into()
}

/// A raw server: for each connection, reads the request head, then runs `respond`.
async fn raw_server<F, Fut>(respond: F) -> (String, Arc<AtomicUsize>)
where
    F: Fn(tokio::net::TcpStream) -> Fut + Send + Sync + 'static,
    Fut: std::future::Future<Output = ()> + Send,
{
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let connections = Arc::new(AtomicUsize::new(0));
    let seen = connections.clone();
    let respond = Arc::new(respond);
    tokio::spawn(async move {
        while let Ok((mut stream, _)) = listener.accept().await {
            seen.fetch_add(1, Ordering::SeqCst);
            let respond = respond.clone();
            tokio::spawn(async move {
                let mut buf = vec![0u8; 16 * 1024];
                let mut got = Vec::new();
                while !got.windows(4).any(|w| w == b"\r\n\r\n") {
                    match stream.read(&mut buf).await {
                        Ok(0) | Err(_) => return,
                        Ok(n) => got.extend_from_slice(&buf[..n]),
                    }
                }
                respond(stream).await;
            });
        }
    });
    (format!("http://{addr}"), connections)
}

const AWS: &str = r#"{"_id":"5f4d3c2b1a0f9e8d7c6b5a49","bucketName":"export-bucket","cloudProvider":"AWS","iamRoleId":"668c5f0ed436263134491592"}"#;

#[tokio::test]
async fn a_429_storm_beyond_the_budget_ends_with_the_last_429() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path(LIST))
        .respond_with(ResponseTemplate::new(429).insert_header("Retry-After", "0").set_body_json(
            serde_json::json!({"error": 429, "errorCode": "RATE_LIMITED", "detail": "slow down"}),
        ))
        .mount(&server)
        .await;
    let err = client(&server.uri())
        .export_buckets()
        .create(GROUP, gcp_body())
        .await
        .unwrap_err();
    let Error::Api {
        status: 429, meta, ..
    } = &err
    else {
        panic!("{err:?}")
    };
    assert_eq!(meta.attempts, 3);
    assert_eq!(err.retry_after(), Some(Duration::ZERO));
    assert_eq!(err.error_code(), Some(&v2::ErrorCode::RateLimited));
    assert_eq!(
        server.received_requests().await.unwrap().len(),
        3,
        "the budget, no more"
    );
}

#[tokio::test]
async fn a_503_with_an_http_date_retry_after_is_waited_for() {
    let server = MockServer::start().await;
    let when = httpdate::fmt_http_date(std::time::SystemTime::now() + Duration::from_secs(2));
    Mock::given(method("GET"))
        .and(path(ITEM))
        .respond_with(ResponseTemplate::new(503).insert_header("Retry-After", when.as_str()))
        .up_to_n_times(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path(ITEM))
        .respond_with(
            ResponseTemplate::new(200).set_body_raw(AWS, "application/vnd.atlas.2024-05-30+json"),
        )
        .mount(&server)
        .await;
    let started = Instant::now();
    let r = client(&server.uri())
        .export_buckets()
        .get(GROUP, BUCKET)
        .await
        .unwrap();
    assert_eq!(r.meta.attempts, 2);
    assert!(
        started.elapsed() >= Duration::from_millis(900),
        "waited until the date: {:?}",
        started.elapsed()
    );
    assert_eq!(server.received_requests().await.unwrap().len(), 2);
}

async fn reset_mid_body(mut s: tokio::net::TcpStream) {
    let _ = s
        .write_all(b"HTTP/1.1 200 OK\r\ncontent-type: application/vnd.atlas.2024-05-30+json\r\ncontent-length: 500\r\n\r\n{\"_id\":\"5f4d")
        .await;
    let _ = s.flush().await;
    // Abort: a reset, not a clean close.
    let std = s.into_std().unwrap();
    let sock = socket2::SockRef::from(&std);
    let _ = sock.set_linger(Some(Duration::ZERO));
    drop(std);
}

#[tokio::test]
async fn a_connection_reset_mid_body_is_retried_only_when_idempotent() {
    let (base, connections) = raw_server(reset_mid_body).await;
    let err = client(&base)
        .export_buckets()
        .get(GROUP, BUCKET)
        .await
        .unwrap_err();
    assert!(
        matches!(err, Error::Transport { attempts: 3, .. }),
        "{err:?}"
    );
    assert_eq!(connections.load(Ordering::SeqCst), 3);

    let (base, connections) = raw_server(reset_mid_body).await;
    let err = client(&base)
        .export_buckets()
        .create(GROUP, gcp_body())
        .await
        .unwrap_err();
    assert!(
        matches!(err, Error::Transport { attempts: 1, .. }),
        "a processed create is not sent twice: {err:?}"
    );
    assert_eq!(connections.load(Ordering::SeqCst), 1);
}

#[tokio::test]
async fn truncated_and_invalid_json_are_decode_errors_with_a_path() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path(ITEM))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_raw(&AWS[..40], "application/vnd.atlas.2024-05-30+json"),
        )
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path(LIST))
        .respond_with(ResponseTemplate::new(200).set_body_raw(
            r#"{"results": [{"cloudProvider": "GCP", "_id": 5}]}"#,
            "application/vnd.atlas.2024-05-30+json",
        ))
        .mount(&server)
        .await;
    // Not JSON at all, with status 200.
    Mock::given(method("PATCH"))
        .and(path(ITEM))
        .respond_with(ResponseTemplate::new(200).set_body_raw(
            "<html>maintenance</html>",
            "application/vnd.atlas.2024-05-30+json",
        ))
        .mount(&server)
        .await;
    let c = client(&server.uri());
    let err = c.export_buckets().get(GROUP, BUCKET).await.unwrap_err();
    assert!(
        matches!(&err, Error::Decode { status: 200, message, .. } if message.contains("EOF")),
        "{err:?}"
    );
    let err = c
        .export_buckets()
        .update(GROUP, BUCKET, true)
        .await
        .unwrap_err();
    assert!(
        matches!(&err, Error::Decode { status: 200, message, excerpt, .. }
            if message.contains("expected value") && excerpt.starts_with("<html>")),
        "{err:?}"
    );
    let err = c
        .export_buckets()
        .list(GROUP, PageRequest::new())
        .await
        .unwrap_err();
    let Error::Decode { path, .. } = &err else {
        panic!("{err:?}")
    };
    assert_eq!(path, "results[0]._id", "the path reaches into the variant");
    assert_eq!(
        server.received_requests().await.unwrap().len(),
        3,
        "a decode error is not retried"
    );
}

#[tokio::test]
async fn a_body_over_the_limit_is_refused_without_buffering_it() {
    // Declared length over the limit: refused before reading.
    let server = MockServer::start().await;
    let big = format!(
        r#"{{"results": [], "links": [{{"href": "{}", "rel": "self"}}]}}"#,
        "x".repeat(2 * 1024 * 1024)
    );
    Mock::given(method("GET"))
        .and(path(LIST))
        .respond_with(
            ResponseTemplate::new(200).set_body_raw(big, "application/vnd.atlas.2024-05-30+json"),
        )
        .mount(&server)
        .await;
    // The default retry policy: a body over the limit is final, never fetched again.
    let small = |base: &str| {
        Client::builder()
            .base_url(base)
            .max_response_bytes(1024 * 1024)
            .build()
            .unwrap()
    };
    let err = small(&server.uri())
        .export_buckets()
        .list(GROUP, PageRequest::new())
        .await
        .unwrap_err();
    assert!(
        matches!(
            err,
            Error::BodyTooLarge {
                status: 200,
                limit: 1_048_576
            }
        ),
        "{err:?}"
    );
    assert_eq!(server.received_requests().await.unwrap().len(), 1);

    // Chunked, no length, endless: the client stops at the limit.
    let written = Arc::new(AtomicUsize::new(0));
    let counter = written.clone();
    let (base, connections) = raw_server(move |mut s| {
        let counter = counter.clone();
        async move {
            let _ = s.write_all(b"HTTP/1.1 200 OK\r\ncontent-type: application/vnd.atlas.2024-05-30+json\r\ntransfer-encoding: chunked\r\n\r\n").await;
            let chunk = format!("{:x}\r\n{}\r\n", 64 * 1024, " ".repeat(64 * 1024));
            for _ in 0..1024 {
                if s.write_all(chunk.as_bytes()).await.is_err() {
                    return;
                }
                counter.fetch_add(64 * 1024, Ordering::SeqCst);
            }
        }
    })
    .await;
    let err = small(&base)
        .export_buckets()
        .list(GROUP, PageRequest::new())
        .await
        .unwrap_err();
    assert!(matches!(err, Error::BodyTooLarge { .. }), "{err:?}");
    assert_eq!(connections.load(Ordering::SeqCst), 1, "not sent again");
    tokio::time::sleep(Duration::from_millis(200)).await;
    assert!(
        written.load(Ordering::SeqCst) < 16 * 1024 * 1024,
        "the client stopped reading: {} bytes sent",
        written.load(Ordering::SeqCst)
    );
}

#[tokio::test]
async fn a_slow_loris_server_times_out() {
    let (base, connections) = raw_server(|mut s| async move {
        let _ = s.write_all(b"HTTP/1.1 200 OK\r\ncontent-type: application/vnd.atlas.2024-05-30+json\r\ncontent-length: 200\r\n\r\n").await;
        for b in AWS.bytes() {
            if s.write_all(&[b]).await.is_err() {
                return;
            }
            tokio::time::sleep(Duration::from_millis(300)).await;
        }
    })
    .await;
    let c = Client::builder()
        .base_url(base)
        .request_timeout(Duration::from_millis(800))
        .retry_policy(
            RetryPolicy::new()
                .with_max_attempts(2)
                .with_base_delay(Duration::from_millis(5)),
        )
        .build()
        .unwrap();
    let started = Instant::now();
    let err = c.export_buckets().get(GROUP, BUCKET).await.unwrap_err();
    assert!(matches!(err, Error::Timeout { attempts: 2, .. }), "{err:?}");
    assert_eq!(connections.load(Ordering::SeqCst), 2);
    assert!(started.elapsed() < Duration::from_secs(5));
}

#[derive(Debug)]
struct NoDns;
impl reqwest::dns::Resolve for NoDns {
    fn resolve(&self, name: reqwest::dns::Name) -> reqwest::dns::Resolving {
        let host = name.as_str().to_owned();
        Box::pin(async move { Err(format!("no such host: {host}").into()) })
    }
}

#[tokio::test]
async fn a_dns_failure_is_a_connect_error() {
    // A resolver that fails, so no query leaves the machine.
    let http = reqwest::Client::builder()
        .dns_resolver(Arc::new(NoDns))
        .build()
        .unwrap();
    let c = Client::builder()
        .base_url("https://cloud.mongodb.example")
        .http_client(http)
        .retry_policy(RetryPolicy::new().with_base_delay(Duration::from_millis(5)))
        .build()
        .unwrap();
    let err = c
        .export_buckets()
        .create(GROUP, gcp_body())
        .await
        .unwrap_err();
    let Error::Connect {
        attempts, message, ..
    } = &err
    else {
        panic!("{err:?}")
    };
    assert_eq!(
        *attempts, 3,
        "nothing was sent, so even a create is retried"
    );
    assert!(message.contains("no such host"), "{message}");
}

#[tokio::test]
async fn a_token_endpoint_down_fails_the_call_before_it_is_sent() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/api/oauth/token"))
        .respond_with(ResponseTemplate::new(503))
        .mount(&server)
        .await;
    let c = Client::builder()
        .base_url(server.uri())
        .credentials(Credentials::service_account("id", "secret"))
        .retry_policy(RetryPolicy::new().with_base_delay(Duration::from_millis(5)))
        .build()
        .unwrap();
    let err = c
        .export_buckets()
        .create(GROUP, gcp_body())
        .await
        .unwrap_err();
    assert!(
        matches!(
            err,
            Error::Auth {
                status: Some(503),
                ..
            }
        ),
        "{err:?}"
    );
    let reqs = server.received_requests().await.unwrap();
    assert_eq!(reqs.len(), 3, "three token attempts");
    assert!(
        reqs.iter().all(|r| r.url.path() == "/api/oauth/token"),
        "the call itself was never sent"
    );
}

#[tokio::test]
async fn a_silent_token_endpoint_is_bounded_by_the_request_timeout_with_a_callers_http_client() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/api/oauth/token"))
        .respond_with(ResponseTemplate::new(200).set_delay(Duration::from_secs(30)))
        .mount(&server)
        .await;
    let c = Client::builder()
        .base_url(server.uri())
        .http_client(reqwest::Client::new())
        .credentials(Credentials::service_account("id", "secret"))
        .request_timeout(Duration::from_millis(200))
        .retry_policy(RetryPolicy::none())
        .build()
        .unwrap();
    let started = std::time::Instant::now();
    let err = c
        .export_buckets()
        .create(GROUP, gcp_body())
        .await
        .unwrap_err();
    assert!(
        started.elapsed() < Duration::from_secs(10),
        "the token request waited {:?}",
        started.elapsed()
    );
    assert!(matches!(err, Error::Auth { .. }), "{err:?}");
}

#[tokio::test]
async fn a_digest_challenge_with_an_unsupported_algorithm_is_an_auth_error() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(401).insert_header(
            "WWW-Authenticate",
            r#"Digest realm="MMS Public API", nonce="n", algorithm=SHA-1, qop="auth""#,
        ))
        .mount(&server)
        .await;
    let c = Client::builder()
        .base_url(server.uri())
        .credentials(Credentials::digest("pub", "priv-secret"))
        .build()
        .unwrap();
    let err = c.export_buckets().get(GROUP, BUCKET).await.unwrap_err();
    let Error::Auth {
        status: Some(401),
        message,
    } = &err
    else {
        panic!("{err:?}")
    };
    assert!(message.contains("algorithm=SHA-1"), "{message}");
    assert!(!format!("{err:?}{err}").contains("priv-secret"));
    assert_eq!(server.received_requests().await.unwrap().len(), 1);
}

/// A client with a service account, at `base`.
fn sa_client(base: &str) -> Client {
    Client::builder()
        .base_url(base)
        .credentials(Credentials::service_account("id", "secret"))
        .retry_policy(RetryPolicy::new().with_base_delay(Duration::from_millis(5)))
        .request_timeout(Duration::from_secs(5))
        .build()
        .unwrap()
}

#[tokio::test]
async fn a_token_response_whose_body_cannot_be_read_is_an_auth_error_with_the_cause() {
    // The head promises 200 bytes; the server sends a few, then closes.
    let (base, connections) = raw_server(|mut s: tokio::net::TcpStream| async move {
        let _ = s
            .write_all(b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 200\r\n\r\n{\"access_token\":\"t")
            .await;
        let _ = s.shutdown().await;
    })
    .await;
    let err = sa_client(&base)
        .export_buckets()
        .get(GROUP, BUCKET)
        .await
        .unwrap_err();
    let Error::Auth {
        status: Some(200),
        message,
    } = &err
    else {
        panic!("{err:?}")
    };
    assert!(
        message.contains("token response cannot be read")
            && message.contains("end of file before message length reached"),
        "{message}"
    );
    // Read failures are transient: the token request was made the policy's three times.
    assert_eq!(connections.load(Ordering::SeqCst), 3, "{message}");
}

/// A TLS server on loopback with a freshly made self-signed certificate: it counts connections
/// and completes no handshake the client would trust.
async fn self_signed_tls_server() -> (String, Arc<AtomicUsize>) {
    use rustls::pki_types::{PrivateKeyDer, PrivatePkcs8KeyDer};
    let made = rcgen::generate_simple_self_signed(vec!["127.0.0.1".to_owned()]).unwrap();
    let key = PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(made.signing_key.serialize_der()));
    let config = rustls::ServerConfig::builder()
        .with_no_client_auth()
        .with_single_cert(vec![made.cert.der().clone()], key)
        .unwrap();
    let acceptor = tokio_rustls::TlsAcceptor::from(Arc::new(config));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let connections = Arc::new(AtomicUsize::new(0));
    let seen = connections.clone();
    tokio::spawn(async move {
        while let Ok((stream, _)) = listener.accept().await {
            seen.fetch_add(1, Ordering::SeqCst);
            let acceptor = acceptor.clone();
            tokio::spawn(async move {
                // The client refuses the certificate: the handshake fails here too.
                let _ = acceptor.accept(stream).await;
            });
        }
    });
    (format!("https://{addr}"), connections)
}

#[tokio::test]
async fn an_untrusted_certificate_is_reported_at_once_and_never_retried() {
    let (base, connections) = self_signed_tls_server().await;
    let err = client(&base)
        .export_buckets()
        .get(GROUP, BUCKET)
        .await
        .unwrap_err();
    let Error::Connect {
        attempts: 1,
        message,
        ..
    } = &err
    else {
        panic!("{err:?}")
    };
    assert!(message.contains("certificate is untrusted"), "{message}");
    assert!(
        err.to_string().contains("certificate is untrusted"),
        "{err}"
    );
    tokio::time::sleep(Duration::from_millis(100)).await;
    assert_eq!(connections.load(Ordering::SeqCst), 1);

    // The token request too.
    let (base, connections) = self_signed_tls_server().await;
    let err = sa_client(&base)
        .export_buckets()
        .get(GROUP, BUCKET)
        .await
        .unwrap_err();
    let Error::Auth {
        status: None,
        message,
    } = &err
    else {
        panic!("{err:?}")
    };
    assert!(
        message.contains("after 1 attempt(s)") && message.contains("certificate is untrusted"),
        "{message}"
    );
    tokio::time::sleep(Duration::from_millis(100)).await;
    assert_eq!(connections.load(Ordering::SeqCst), 1);
}
