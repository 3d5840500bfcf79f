//! A call's own settings (`Client::call`): its deadline, attempt timeout, retries and headers,
//! and what dropping a call leaves behind.
// Tests report failure by panicking.
#![allow(clippy::panic, clippy::unwrap_used)]

mod support;

use std::time::{Duration, Instant};

use atlas_client_runtime::__codegen::NoBody;
use atlas_client_runtime::validation::{Location, ViolationKind};
use atlas_client_runtime::{Client, Error, RetryPolicy};
use futures_util::StreamExt;
use support::{NoParams, Ping};
use tokio::io::AsyncReadExt;
use wiremock::matchers::{header, method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

fn client(server: &MockServer, policy: RetryPolicy) -> Client {
    Client::builder()
        .base_url(server.uri())
        .retry_policy(policy.with_base_delay(Duration::from_millis(5)))
        .build()
        .unwrap()
}

fn ok() -> ResponseTemplate {
    ResponseTemplate::new(200).set_body_json(serde_json::json!({"ok": true}))
}

/// `GET /ping` answers `template`, `times` times or from now on.
async fn answer(server: &MockServer, times: Option<u64>, template: ResponseTemplate) {
    let mock = Mock::given(method("GET"))
        .and(path("/ping"))
        .respond_with(template);
    match times {
        Some(n) => mock.up_to_n_times(n).mount(server).await,
        None => mock.mount(server).await,
    }
}

async fn requests(server: &MockServer) -> usize {
    server.received_requests().await.unwrap().len()
}

#[tokio::test]
async fn a_deadline_ends_a_call_waiting_to_retry_with_a_timeout() {
    let server = MockServer::start().await;
    let unavailable = ResponseTemplate::new(503).insert_header("Retry-After", "10");
    answer(&server, None, unavailable).await;
    let client = client(&server, RetryPolicy::new());
    let started = Instant::now();
    let err = client
        .call::<Ping>(&NoParams, &NoBody)
        .deadline(Duration::from_millis(300))
        .send()
        .await
        .unwrap_err();
    assert!(
        matches!(
            err,
            Error::Timeout {
                operation: "ping",
                attempts: 1
            }
        ),
        "{err:?}"
    );
    assert!(
        started.elapsed() < Duration::from_secs(3),
        "the wait was not sat out"
    );
    assert_eq!(requests(&server).await, 1);
}

#[tokio::test]
async fn an_attempt_timeout_ends_a_slow_attempt_and_the_next_one_answers() {
    let server = MockServer::start().await;
    answer(&server, Some(1), ok().set_delay(Duration::from_secs(3))).await;
    answer(&server, None, ok()).await;
    let client = client(&server, RetryPolicy::new());
    let started = Instant::now();
    let answer = client
        .call::<Ping>(&NoParams, &NoBody)
        .attempt_timeout(Duration::from_millis(200))
        .send()
        .await
        .unwrap();
    assert_eq!(answer.meta.attempts, 2);
    assert!(started.elapsed() < Duration::from_secs(2));
}

#[tokio::test]
async fn an_attempt_timeout_with_no_retries_is_a_timeout() {
    let server = MockServer::start().await;
    answer(&server, None, ok().set_delay(Duration::from_secs(3))).await;
    let client = client(&server, RetryPolicy::new());
    let err = client
        .call::<Ping>(&NoParams, &NoBody)
        .attempt_timeout(Duration::from_millis(200))
        .retries(0)
        .send()
        .await
        .unwrap_err();
    assert!(matches!(err, Error::Timeout { attempts: 1, .. }), "{err:?}");
}

#[tokio::test]
async fn no_retries_sends_once_whatever_the_policy() {
    let server = MockServer::start().await;
    answer(&server, None, ResponseTemplate::new(503)).await;
    let client = client(&server, RetryPolicy::new().with_max_attempts(5));
    let err = client
        .call::<Ping>(&NoParams, &NoBody)
        .retries(0)
        .send()
        .await
        .unwrap_err();
    assert_eq!(err.status(), Some(503));
    assert_eq!(requests(&server).await, 1);
}

#[tokio::test]
async fn retries_go_beyond_a_policy_of_one_attempt() {
    let server = MockServer::start().await;
    answer(&server, Some(2), ResponseTemplate::new(503)).await;
    answer(&server, None, ok()).await;
    let client = client(&server, RetryPolicy::none());
    let answer = client
        .call::<Ping>(&NoParams, &NoBody)
        .retries(2)
        .send()
        .await
        .unwrap();
    assert_eq!(answer.meta.attempts, 3);
    // Without the call's setting, the client's policy holds.
    let err = client.execute::<Ping>(&NoParams, &NoBody).await;
    assert!(err.is_ok(), "the third mock answers from now on");
    assert_eq!(requests(&server).await, 4);
}

#[tokio::test]
async fn a_header_is_sent_on_every_attempt_and_streamed_calls_take_it_too() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/ping"))
        .and(header("x-request-id", "6f1c0e2a"))
        .respond_with(ResponseTemplate::new(503))
        .up_to_n_times(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/ping"))
        .and(header("x-request-id", "6f1c0e2a"))
        .respond_with(ok())
        .mount(&server)
        .await;
    let client = client(&server, RetryPolicy::new());
    let answer = client
        .call::<Ping>(&NoParams, &NoBody)
        .header("X-Request-Id", "6f1c0e2a")
        .send()
        .await
        .unwrap();
    assert_eq!(answer.meta.attempts, 2);
    let mut streamed = client
        .call::<Ping>(&NoParams, &NoBody)
        .header("X-Request-Id", "6f1c0e2a")
        .send_stream()
        .await
        .unwrap();
    let mut body = Vec::new();
    while let Some(chunk) = streamed.body.next().await {
        body.extend_from_slice(&chunk.unwrap());
    }
    assert_eq!(body, br#"{"ok":true}"#);
    for request in server.received_requests().await.unwrap() {
        assert_eq!(request.headers.get_all("x-request-id").iter().count(), 1);
    }
}

#[tokio::test]
async fn a_header_the_client_sets_or_cannot_send_is_refused_before_sending() {
    let server = MockServer::start().await;
    answer(&server, None, ok()).await;
    let client = client(&server, RetryPolicy::new());
    let refused = [
        (
            "Authorization",
            "Bearer x",
            ViolationKind::NotASendableHeader,
        ),
        ("accept", "*/*", ViolationKind::NotASendableHeader),
        (
            "Content-Type",
            "text/plain",
            ViolationKind::NotASendableHeader,
        ),
        ("User-Agent", "other", ViolationKind::NotASendableHeader),
        ("Not A Name", "1", ViolationKind::NotASendableHeader),
        ("X-Break", "a\r\nb", ViolationKind::NotAHeaderValue),
    ];
    for (name, value, kind) in refused {
        let err = client
            .call::<Ping>(&NoParams, &NoBody)
            .header("X-Fine", "1")
            .header(name, value)
            .send()
            .await
            .unwrap_err();
        let Error::Validation(v) = &err else {
            panic!("{name}: {err:?}")
        };
        assert_eq!(v.violations.len(), 1, "{name}");
        assert_eq!(v.violations[0].location, Location::Header);
        assert_eq!(v.violations[0].path, name);
        assert_eq!(v.violations[0].kind, kind);
    }
    assert_eq!(requests(&server).await, 0, "nothing was sent");
}

#[tokio::test]
async fn dropping_a_call_in_flight_closes_its_connection() {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    // The server reads the request, never answers, and reports when the client hangs up.
    let server = tokio::spawn(async move {
        let (mut socket, _) = listener.accept().await.unwrap();
        let mut buf = [0u8; 4096];
        let mut seen = Vec::new();
        while !seen.windows(4).any(|w| w == b"\r\n\r\n") {
            let n = socket.read(&mut buf).await.unwrap();
            assert_ne!(n, 0, "the request arrives whole");
            seen.extend_from_slice(&buf[..n]);
        }
        let started = Instant::now();
        let closed = tokio::time::timeout(Duration::from_secs(5), socket.read(&mut buf)).await;
        (matches!(closed, Ok(Ok(0)) | Ok(Err(_))), started.elapsed())
    });
    let client = Client::builder().base_url(base).build().unwrap();
    let call = client.call::<Ping>(&NoParams, &NoBody).send();
    let given_up = tokio::time::timeout(Duration::from_millis(300), call).await;
    assert!(given_up.is_err(), "the server never answers");
    let (closed, after) = server.await.unwrap();
    assert!(
        closed,
        "the connection was closed when the call was dropped"
    );
    assert!(after < Duration::from_secs(2));
}

#[tokio::test]
async fn dropping_a_call_waiting_to_retry_makes_no_further_attempt() {
    let server = MockServer::start().await;
    let unavailable = ResponseTemplate::new(503).insert_header("Retry-After", "1");
    answer(&server, None, unavailable).await;
    let client = client(&server, RetryPolicy::new());
    let call = client.call::<Ping>(&NoParams, &NoBody).send();
    let given_up = tokio::time::timeout(Duration::from_millis(300), call).await;
    assert!(given_up.is_err(), "the call was waiting to retry");
    assert_eq!(requests(&server).await, 1);
    tokio::time::sleep(Duration::from_millis(1500)).await;
    assert_eq!(requests(&server).await, 1, "no attempt after the drop");
}

#[test]
fn a_calls_futures_can_be_spawned() {
    fn spawnable<T: Send + 'static>(_: T) {}
    let client = Client::builder()
        .base_url("http://127.0.0.1:1")
        .build()
        .unwrap();
    spawnable(async move {
        let _ = client
            .call::<Ping>(&NoParams, &NoBody)
            .deadline(Duration::from_secs(1))
            .send()
            .await;
        let _ = client.call::<Ping>(&NoParams, &NoBody).send_stream().await;
    });
}
