//! Operations whose success body is not JSON (a gzip log, a CSV invoice), generated from
//! `codegen/tests/fixtures/non_json_responses.yaml` and called over loopback: the bytes come back
//! as sent, whole (`execute`) or streamed (`execute_stream`), with their media type; the body
//! limit holds in both; an error status still decodes as the declared error type.
// Tests report failure by panicking.
#![allow(clippy::panic, clippy::unwrap_used)]
// The fixture declares more items than these tests use.
#![allow(dead_code)]

use atlas_export_buckets::error::{ApiError, ErrorBody};
use atlas_export_buckets::operation::{NoBody, Operation};
use atlas_export_buckets::{Client, Error};
use std::time::Duration;

use bytes::Bytes;
use futures_util::StreamExt;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use wiremock::matchers::{header, method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

/// The runtime path the generated code uses, as in the library.
mod __codegen {
    pub use atlas_export_buckets::__codegen::*;
}

/// Generated from `codegen/tests/fixtures/non_json_responses.yaml`.
#[rustfmt::skip]
#[path = "../codegen/tests/fixtures/non_json_responses.rs"]
pub mod non_json_responses;

use non_json_responses::operations::{download_log, get_invoice, get_invoice_csv};

impl ErrorBody for non_json_responses::ApiError {
    fn to_api_error(&self) -> ApiError {
        let mut open = ApiError::new(self.error, self.error_code.as_str());
        open.detail = self.detail.clone();
        open
    }

    fn typed_code(&self) -> &(dyn std::any::Any + Send + Sync) {
        &self.error_code
    }
}

const GZIP: &str = "application/vnd.atlas.2023-02-01+gzip";
const LOG_PATH: &str = "/groups/32b6e34b3d91647abb20e7b8/logs/mongodb.gz";

/// `gzip` of one log line (RFC 1952; made with a zero mtime).
const LOG_GZ: [u8; 76] = [
    0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x03, 0x33, 0x32, 0x30, 0x32, 0xd3, 0x35,
    0x34, 0xd2, 0x35, 0x30, 0x0b, 0x31, 0x30, 0xb4, 0x32, 0x30, 0x00, 0x22, 0x3d, 0x03, 0x03, 0x03,
    0x6d, 0x20, 0x36, 0x50, 0xf0, 0x54, 0xf0, 0x73, 0x0d, 0x09, 0xf7, 0x0f, 0xf2, 0x56, 0x88, 0x4e,
    0xce, 0xcf, 0xcb, 0x33, 0x8c, 0x55, 0x48, 0xcd, 0x4b, 0x51, 0x00, 0x31, 0x53, 0x93, 0x4b, 0x32,
    0xf3, 0xf3, 0xb8, 0x00, 0x1e, 0x5b, 0x7a, 0xa6, 0x3e, 0x00, 0x00, 0x00,
];

const CSV: &str = "Date,Usage,Amount\n2026-11-01,Cluster M10,\"1,234.50\"\n";

fn log_params() -> download_log::Params {
    download_log::Params::new("32b6e34b3d91647abb20e7b8", "mongodb")
}

fn client(base: &str) -> Client {
    Client::builder().base_url(base).build().unwrap()
}

fn small_client(base: &str, limit: usize) -> Client {
    Client::builder()
        .base_url(base)
        .max_response_bytes(limit)
        .build()
        .unwrap()
}

async fn serve_log(server: &MockServer) {
    Mock::given(method("GET"))
        .and(path(LOG_PATH))
        .and(header("accept", GZIP))
        .respond_with(
            ResponseTemplate::new(200)
                .insert_header("content-type", GZIP)
                .set_body_bytes(LOG_GZ.to_vec()),
        )
        .mount(server)
        .await;
}

#[tokio::test]
async fn a_gzip_download_comes_back_byte_exact_with_its_media_type() {
    let server = MockServer::start().await;
    serve_log(&server).await;
    let resp = client(&server.uri())
        .execute::<download_log::Latest>(&log_params(), &NoBody)
        .await
        .unwrap();
    assert_eq!(resp.body.bytes().as_ref(), LOG_GZ);
    assert_eq!(resp.body.media_type(), Some(GZIP));
    assert_eq!(resp.meta.content_type.as_deref(), Some(GZIP));
    // The request asked for the declared media type (the mock matches on it).
    assert_eq!(<download_log::Latest as Operation>::DESCRIPTOR.accept, GZIP);
}

#[tokio::test]
async fn a_csv_comes_back_as_sent_and_without_a_content_type_the_declared_one_is_reported() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/orgs/o1/invoices/i1/csv"))
        .and(header("accept", "text/csv"))
        .respond_with(ResponseTemplate::new(200).set_body_bytes(CSV.as_bytes().to_vec()))
        .mount(&server)
        .await;
    let resp = client(&server.uri())
        .execute::<get_invoice_csv::Latest>(&get_invoice_csv::Params::new("o1", "i1"), &NoBody)
        .await
        .unwrap();
    assert_eq!(resp.body.as_ref(), CSV.as_bytes());
    assert_eq!(resp.meta.content_type, None);
    assert_eq!(resp.body.media_type(), Some("text/csv"));
}

#[tokio::test]
async fn the_csv_beside_a_json_version_has_its_own_marker() {
    assert_eq!(
        <get_invoice::Latest as Operation>::DESCRIPTOR.accept,
        "application/vnd.atlas.2023-01-01+json"
    );
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/orgs/o1/invoices/i1"))
        .and(header("accept", "application/vnd.atlas.2023-01-01+csv"))
        .respond_with(
            ResponseTemplate::new(200)
                .insert_header("content-type", "application/vnd.atlas.2023-01-01+csv")
                .set_body_bytes(CSV.as_bytes().to_vec()),
        )
        .mount(&server)
        .await;
    let resp = client(&server.uri())
        .execute::<get_invoice::V2023_01_01Csv>(&get_invoice::Params::new("o1", "i1"), &NoBody)
        .await
        .unwrap();
    assert_eq!(resp.body.as_ref(), CSV.as_bytes());
    assert_eq!(
        resp.body.media_type(),
        Some("application/vnd.atlas.2023-01-01+csv")
    );
}

#[tokio::test]
async fn a_streamed_download_gives_the_same_bytes() {
    let server = MockServer::start().await;
    serve_log(&server).await;
    let resp = client(&server.uri())
        .execute_stream::<download_log::Latest>(&log_params(), &NoBody)
        .await
        .unwrap();
    assert_eq!(resp.meta.status, 200);
    assert_eq!(resp.meta.content_type.as_deref(), Some(GZIP));
    let mut got = Vec::new();
    let mut chunks = resp.body;
    while let Some(chunk) = chunks.next().await {
        got.extend_from_slice(&chunk.unwrap());
    }
    assert_eq!(got, LOG_GZ);
}

#[tokio::test]
async fn a_body_over_the_limit_is_body_too_large_in_both_calls() {
    let server = MockServer::start().await;
    serve_log(&server).await;
    let small = small_client(&server.uri(), 10);
    match small
        .execute::<download_log::Latest>(&log_params(), &NoBody)
        .await
    {
        Err(Error::BodyTooLarge { status, limit }) => assert_eq!((status, limit), (200, 10)),
        other => panic!("expected BodyTooLarge, got {other:?}"),
    }
    // Declared by its Content-Length: refused before any byte is read.
    match small
        .execute_stream::<download_log::Latest>(&log_params(), &NoBody)
        .await
    {
        Err(Error::BodyTooLarge { status, limit }) => assert_eq!((status, limit), (200, 10)),
        other => panic!("expected BodyTooLarge, got {other:?}"),
    }
}

/// A server that answers one request with a chunked body of `chunks`, no Content-Length,
/// waiting `pause` before each chunk after the first.
async fn chunked_server(chunks: Vec<Vec<u8>>, pause: Duration) -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move {
        let (mut socket, _) = listener.accept().await.unwrap();
        let mut head = Vec::new();
        let mut buf = [0u8; 1024];
        while !head.windows(4).any(|w| w == b"\r\n\r\n") {
            let n = socket.read(&mut buf).await.unwrap();
            if n == 0 {
                return;
            }
            head.extend_from_slice(&buf[..n]);
        }
        let start = format!(
            "HTTP/1.1 200 OK\r\ncontent-type: {GZIP}\r\ntransfer-encoding: chunked\r\nconnection: close\r\n\r\n"
        );
        // The client may stop reading early; a failed write is its choice.
        let _ = socket.write_all(start.as_bytes()).await;
        for (i, c) in chunks.iter().enumerate() {
            if i > 0 {
                tokio::time::sleep(pause).await;
            }
            let mut out = format!("{:x}\r\n", c.len()).into_bytes();
            out.extend_from_slice(c);
            out.extend_from_slice(b"\r\n");
            let _ = socket.write_all(&out).await;
            let _ = socket.flush().await;
        }
        let _ = socket.write_all(b"0\r\n\r\n").await;
        let _ = socket.shutdown().await;
    });
    format!("http://{addr}")
}

fn halves() -> Vec<Vec<u8>> {
    vec![LOG_GZ[..40].to_vec(), LOG_GZ[40..].to_vec()]
}

#[tokio::test]
async fn a_stream_that_grows_past_the_limit_ends_with_body_too_large() {
    let base = chunked_server(halves(), Duration::ZERO).await;
    let resp = small_client(&base, 50)
        .execute_stream::<download_log::Latest>(&log_params(), &NoBody)
        .await
        .unwrap();
    let items: Vec<Result<Bytes, Error>> = resp.body.collect().await;
    let mut read = 0;
    for item in &items[..items.len() - 1] {
        read += item.as_ref().unwrap().len();
    }
    assert!(read <= 50, "read {read} bytes past the limit");
    match items.last() {
        Some(Err(Error::BodyTooLarge { status, limit })) => {
            assert_eq!((*status, *limit), (200, 50))
        }
        other => panic!("expected BodyTooLarge last, got {other:?}"),
    }
}

#[tokio::test]
async fn a_chunked_body_within_the_limit_streams_whole() {
    let base = chunked_server(halves(), Duration::ZERO).await;
    let resp = small_client(&base, LOG_GZ.len())
        .execute_stream::<download_log::Latest>(&log_params(), &NoBody)
        .await
        .unwrap();
    let got: Vec<u8> = resp.body.map(|c| c.unwrap().to_vec()).concat().await;
    assert_eq!(got, LOG_GZ);
}

#[tokio::test]
async fn a_json_404_decodes_as_the_declared_error_in_both_calls() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(
            ResponseTemplate::new(404)
                .insert_header("content-type", "application/json")
                .set_body_json(serde_json::json!({
                    "error": 404, "errorCode": "LOG_NOT_FOUND", "detail": "No log."
                })),
        )
        .mount(&server)
        .await;
    let c = client(&server.uri());
    let check = |e: Error| match e {
        Error::Api { status, error, .. } => {
            assert_eq!(status, 404);
            assert_eq!(error.error_code.as_str(), "LOG_NOT_FOUND");
            assert_eq!(error.detail.as_deref(), Some("No log."));
            let typed: &non_json_responses::ErrorCode = error.typed_error_code().unwrap();
            assert_eq!(typed.as_str(), "LOG_NOT_FOUND");
            let body: &non_json_responses::ApiError = error.body().unwrap();
            assert_eq!(body.error, 404);
        }
        other => panic!("expected Error::Api, got {other:?}"),
    };
    check(
        c.execute::<download_log::Latest>(&log_params(), &NoBody)
            .await
            .unwrap_err(),
    );
    check(
        c.execute_stream::<download_log::Latest>(&log_params(), &NoBody)
            .await
            .unwrap_err(),
    );
}

#[tokio::test]
async fn the_request_timeout_bounds_the_head_and_each_stall_not_the_whole_streamed_body() {
    // Five chunks 150 ms apart: the body takes longer than the 500 ms timeout, no wait does.
    let fifths: Vec<Vec<u8>> = LOG_GZ
        .chunks(LOG_GZ.len().div_ceil(5))
        .map(<[u8]>::to_vec)
        .collect();
    let base = chunked_server(fifths, Duration::from_millis(150)).await;
    let c = Client::builder()
        .base_url(&base)
        .request_timeout(Duration::from_millis(500))
        .build()
        .unwrap();
    let started = std::time::Instant::now();
    let resp = c
        .execute_stream::<download_log::Latest>(&log_params(), &NoBody)
        .await
        .unwrap();
    let got: Vec<u8> = resp.body.map(|c| c.unwrap().to_vec()).concat().await;
    assert_eq!(got, LOG_GZ);
    assert!(started.elapsed() > Duration::from_millis(500));
}

#[tokio::test]
async fn a_streamed_body_that_stalls_past_the_request_timeout_ends_with_a_timeout() {
    let base = chunked_server(halves(), Duration::from_secs(3)).await;
    let c = Client::builder()
        .base_url(&base)
        .request_timeout(Duration::from_millis(300))
        .build()
        .unwrap();
    let mut body = c
        .execute_stream::<download_log::Latest>(&log_params(), &NoBody)
        .await
        .unwrap()
        .body;
    assert_eq!(body.next().await.unwrap().unwrap().as_ref(), &LOG_GZ[..40]);
    match body.next().await {
        Some(Err(Error::Timeout { operation, .. })) => assert_eq!(operation, "downloadLog"),
        other => panic!("expected a timeout after the stall, got {other:?}"),
    }
    // Ended stays ended.
    assert!(body.next().await.is_none());
    assert!(body.next().await.is_none());
}

#[tokio::test]
async fn a_streamed_call_retries_until_it_has_a_head() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(503))
        .up_to_n_times(1)
        .mount(&server)
        .await;
    serve_log(&server).await;
    let c = Client::builder()
        .base_url(server.uri())
        .retry_policy(
            atlas_export_buckets::RetryPolicy::new().with_base_delay(Duration::from_millis(10)),
        )
        .build()
        .unwrap();
    let resp = c
        .execute_stream::<download_log::Latest>(&log_params(), &NoBody)
        .await
        .unwrap();
    assert_eq!((resp.meta.status, resp.meta.attempts), (200, 2));
}

#[tokio::test]
async fn a_head_that_never_comes_is_a_timeout() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(200).set_delay(Duration::from_secs(5)))
        .mount(&server)
        .await;
    let c = Client::builder()
        .base_url(server.uri())
        .request_timeout(Duration::from_millis(100))
        .retry_policy(atlas_export_buckets::RetryPolicy::new().with_max_attempts(2))
        .build()
        .unwrap();
    match c
        .execute_stream::<download_log::Latest>(&log_params(), &NoBody)
        .await
    {
        Err(Error::Timeout { attempts, .. }) => assert_eq!(attempts, 2),
        other => panic!("expected a timeout, got {other:?}"),
    }
}
