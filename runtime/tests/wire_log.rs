//! The wire log (`tracing` events at `debug` and `trace`) shows each exchange, and no secret of
//! any kind of credentials.
// Tests report failure by panicking.
#![allow(clippy::panic, clippy::unwrap_used)]

mod support;

use std::io::Write;
use std::sync::{Arc, Mutex};

use atlas_client_runtime::__codegen::NoBody;
use atlas_client_runtime::{Client, Credentials};
use support::{NoParams, Ping};
use wiremock::matchers::{header_exists, method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

/// Everything the subscriber writes, kept for the test to read.
#[derive(Clone, Default)]
struct Captured(Arc<Mutex<Vec<u8>>>);

impl Write for Captured {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl Captured {
    fn text(&self) -> String {
        String::from_utf8_lossy(&self.0.lock().unwrap()).into_owned()
    }
}

/// Runs `call` with every event, down to `trace`, written into the returned buffer.
async fn logged<F: std::future::Future<Output = ()>>(call: F) -> String {
    let captured = Captured::default();
    let sink = captured.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_max_level(tracing::Level::TRACE)
        .with_writer(move || sink.clone())
        .finish();
    let _default = tracing::subscriber::set_default(subscriber);
    call.await;
    captured.text()
}

/// The `Authorization` values the server received.
async fn authorizations(server: &MockServer) -> Vec<String> {
    server
        .received_requests()
        .await
        .unwrap()
        .iter()
        .filter_map(|r| r.headers.get("authorization"))
        .map(|v| v.to_str().unwrap().to_owned())
        .collect()
}

async fn ping_answers(server: &MockServer) {
    Mock::given(method("GET"))
        .and(path("/ping"))
        .and(header_exists("authorization"))
        .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!({"pong": 1})))
        .with_priority(1)
        .mount(server)
        .await;
}

/// The log shows the exchange: method, URL, status and attempt, and that something was
/// redacted.
fn assert_shows_the_exchange(log: &str, server: &MockServer) {
    let url = format!("{}/ping", server.uri());
    for expected in [
        "DEBUG",
        "TRACE",
        "method=GET",
        url.as_str(),
        "status=200",
        "attempt=1",
        "elapsed_ms=",
        "authorization: [redacted]",
        r#"body="{\"pong\":1}""#,
    ] {
        assert!(
            log.contains(expected),
            "{expected:?} is not in the log:\n{log}"
        );
    }
}

fn assert_absent(log: &str, secrets: &[&str]) {
    for secret in secrets {
        assert!(!secret.is_empty());
        assert!(!log.contains(secret), "{secret:?} is in the log:\n{log}");
    }
}

#[tokio::test]
async fn digest_keys_and_answers_never_reach_the_log() {
    const PRIVATE_KEY: &str = "c0ffee00-private-key-secret";
    let server = MockServer::start().await;
    ping_answers(&server).await;
    Mock::given(method("GET"))
        .and(path("/ping"))
        .respond_with(ResponseTemplate::new(401).insert_header(
            "WWW-Authenticate",
            r#"Digest realm="MMS Public API", domain="", nonce="n0nce", algorithm=MD5, qop="auth", stale=false"#,
        ))
        .mount(&server)
        .await;
    let client = Client::builder()
        .base_url(server.uri())
        .credentials(Credentials::digest("publickey", PRIVATE_KEY))
        .build()
        .unwrap();
    let log = logged(async {
        client.execute::<Ping>(&NoParams, &NoBody).await.unwrap();
    })
    .await;
    assert_shows_the_exchange(&log, &server);
    assert!(
        log.contains("status=401"),
        "the challenge is logged:\n{log}"
    );
    let answers = authorizations(&server).await;
    assert_eq!(answers.len(), 1);
    let response = answers[0]
        .split("response=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .unwrap();
    assert_absent(&log, &[PRIVATE_KEY, &answers[0], response]);
}

#[tokio::test]
async fn a_service_accounts_secret_and_tokens_never_reach_the_log() {
    const CLIENT_SECRET: &str = "mdb_sa_sk_client-secret";
    const ACCESS_TOKEN: &str = "eyJ-access-token-from-the-endpoint";
    let server = MockServer::start().await;
    ping_answers(&server).await;
    Mock::given(method("POST"))
        .and(path("/api/oauth/token"))
        .respond_with(
            ResponseTemplate::new(200).set_body_json(
                serde_json::json!({"access_token": ACCESS_TOKEN, "expires_in": 3600}),
            ),
        )
        .mount(&server)
        .await;
    let client = Client::builder()
        .base_url(server.uri())
        .credentials(Credentials::service_account("mdb_sa_id_x", CLIENT_SECRET))
        .build()
        .unwrap();
    let log = logged(async {
        client.execute::<Ping>(&NoParams, &NoBody).await.unwrap();
    })
    .await;
    assert_shows_the_exchange(&log, &server);
    let token_url = format!("{}/api/oauth/token", server.uri());
    assert!(
        log.contains(&token_url),
        "the token request is logged:\n{log}"
    );
    assert!(log.contains("method=POST"), "{log}");
    let answers = authorizations(&server).await;
    assert_eq!(answers.len(), 2, "{answers:?}");
    let basic = answers[0].strip_prefix("Basic ").unwrap();
    assert_absent(&log, &[CLIENT_SECRET, ACCESS_TOKEN, basic]);
}

#[tokio::test]
async fn an_access_token_never_reaches_the_log() {
    const TOKEN: &str = "user-access-token-from-atlas-auth-login";
    let server = MockServer::start().await;
    ping_answers(&server).await;
    let client = Client::builder()
        .base_url(server.uri())
        .credentials(Credentials::access_token(TOKEN))
        .build()
        .unwrap();
    let log = logged(async {
        client.execute::<Ping>(&NoParams, &NoBody).await.unwrap();
    })
    .await;
    assert_shows_the_exchange(&log, &server);
    assert_absent(&log, &[TOKEN]);
}

#[tokio::test]
async fn nothing_is_logged_below_debug() {
    let server = MockServer::start().await;
    ping_answers(&server).await;
    let client = Client::builder()
        .base_url(server.uri())
        .credentials(Credentials::access_token("t"))
        .build()
        .unwrap();
    let captured = Captured::default();
    let sink = captured.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_max_level(tracing::Level::INFO)
        .with_writer(move || sink.clone())
        .finish();
    let _default = tracing::subscriber::set_default(subscriber);
    client.execute::<Ping>(&NoParams, &NoBody).await.unwrap();
    assert_eq!(captured.text(), "");
}
