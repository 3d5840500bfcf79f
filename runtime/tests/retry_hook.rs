//! The retry hook hears of every retry: a call's, and the token request's a call makes first.
// Tests report failure by panicking.
#![allow(clippy::panic, clippy::unwrap_used)]

mod support;

use std::sync::{Arc, Mutex};
use std::time::Duration;

use atlas_client_runtime::__codegen::NoBody;
use atlas_client_runtime::retry::{RetryEvent, RetryKind};
use atlas_client_runtime::{Client, Credentials, RetryPolicy};
use support::{NoParams, Ping};
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

fn recorder() -> (
    Arc<Mutex<Vec<RetryEvent>>>,
    impl Fn(&RetryEvent) + Send + Sync + 'static,
) {
    let events = Arc::new(Mutex::new(Vec::new()));
    let sink = events.clone();
    (events, move |e: &RetryEvent| {
        sink.lock().unwrap().push(e.clone())
    })
}

#[tokio::test]
async fn a_token_request_answered_503_then_200_is_told_to_the_hook_once() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/api/oauth/token"))
        .respond_with(ResponseTemplate::new(503))
        .up_to_n_times(1)
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path("/api/oauth/token"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(serde_json::json!({"access_token": "t", "expires_in": 3600})),
        )
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/ping"))
        .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!({})))
        .mount(&server)
        .await;
    let (events, hook) = recorder();
    let client = Client::builder()
        .base_url(server.uri())
        .credentials(Credentials::service_account("mdb_sa_id_x", "mdb_sa_sk_x"))
        .retry_policy(RetryPolicy::new().with_base_delay(Duration::from_millis(5)))
        .on_retry(hook)
        .build()
        .unwrap();
    let answer = client.execute::<Ping>(&NoParams, &NoBody).await.unwrap();
    assert_eq!(answer.meta.attempts, 1, "the call itself was not retried");
    assert_eq!(client.tokens_fetched(), 2);
    let events = events.lock().unwrap().clone();
    assert_eq!(events.len(), 1, "{events:?}");
    assert_eq!(events[0].kind, RetryKind::TokenRequest);
    assert_eq!(events[0].operation, "ping");
    assert_eq!((events[0].attempt, events[0].status), (1, Some(503)));
}

#[tokio::test]
async fn a_call_answered_503_then_200_is_told_to_the_hook_as_a_call() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/ping"))
        .respond_with(ResponseTemplate::new(503).insert_header("Retry-After", "0"))
        .up_to_n_times(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/ping"))
        .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!({})))
        .mount(&server)
        .await;
    let (events, hook) = recorder();
    let client = Client::builder()
        .base_url(server.uri())
        .on_retry(hook)
        .build()
        .unwrap();
    let answer = client.execute::<Ping>(&NoParams, &NoBody).await.unwrap();
    assert_eq!(answer.meta.attempts, 2);
    let events = events.lock().unwrap().clone();
    assert_eq!(events.len(), 1, "{events:?}");
    assert_eq!(events[0].kind, RetryKind::Call);
    assert_eq!(
        events[0].delay,
        Duration::ZERO,
        "Retry-After: 0 is honoured"
    );
}
