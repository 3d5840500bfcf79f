//! Whole-API operations called against a local server: a gzip log download, the CSV invoices,
//! and a list streamed page by page. Run with
//! `cargo test -p atlas-admin-api --features invoices,monitoring-and-logs --test calls`.
// Tests report failure by panicking.
#![allow(clippy::panic, clippy::unwrap_used)]

use atlas_admin_api::operations::{
    download_cluster_log, get_invoice, get_invoice_csv, list_invoices,
};
use atlas_admin_api::{Client, Error, NoBody, Operation, Paginated};
use futures_util::StreamExt;
use serde_json::json;
use wiremock::matchers::{header, method, path, query_param};
use wiremock::{Mock, MockServer, ResponseTemplate};

const GROUP: &str = "32b6e34b3d91647abb20e7b8";
const ORG: &str = "4888442a3354817a7320eb61";
const INVOICE: &str = "5a7b2c4d6e8f0a1b2c3d4e5f";
const GZIP: &str = "application/vnd.atlas.2023-02-01+gzip";
const CSV_MEDIA: &str = "application/vnd.atlas.2023-01-01+csv";

/// `gzip` of one log line (RFC 1952; made with a zero mtime).
const LOG_GZ: [u8; 76] = [
    0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x03, 0x33, 0x32, 0x30, 0x32, 0xd3, 0x35,
    0x34, 0xd2, 0x35, 0x30, 0x0b, 0x31, 0x30, 0xb4, 0x32, 0x30, 0x00, 0x22, 0x3d, 0x03, 0x03, 0x03,
    0x6d, 0x20, 0x36, 0x50, 0xf0, 0x54, 0xf0, 0x73, 0x0d, 0x09, 0xf7, 0x0f, 0xf2, 0x56, 0x88, 0x4e,
    0xce, 0xcf, 0xcb, 0x33, 0x8c, 0x55, 0x48, 0xcd, 0x4b, 0x51, 0x00, 0x31, 0x53, 0x93, 0x4b, 0x32,
    0xf3, 0xf3, 0xb8, 0x00, 0x1e, 0x5b, 0x7a, 0xa6, 0x3e, 0x00, 0x00, 0x00,
];

const CSV: &str = "Date,Usage,Amount\n2026-11-01,Cluster M10,\"1,234.50\"\n";

fn client(server: &MockServer) -> Client {
    Client::builder().base_url(server.uri()).build().unwrap()
}

#[tokio::test]
async fn a_cluster_log_downloads_byte_exact_whole_or_streamed() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path(format!(
            "/api/atlas/v2/groups/{GROUP}/clusters/host0.example.net/logs/mongodb.gz"
        )))
        .and(header("accept", GZIP))
        .respond_with(
            ResponseTemplate::new(200)
                .insert_header("content-type", GZIP)
                .set_body_bytes(LOG_GZ.to_vec()),
        )
        .mount(&server)
        .await;
    let params = download_cluster_log::Params::new(GROUP, "host0.example.net", "mongodb");
    let c = client(&server);
    let whole = c
        .execute::<download_cluster_log::Latest>(&params, &NoBody)
        .await
        .unwrap();
    assert_eq!(whole.body.bytes().as_ref(), LOG_GZ);
    assert_eq!(whole.body.media_type(), Some(GZIP));
    let streamed = c
        .execute_stream::<download_cluster_log::Latest>(&params, &NoBody)
        .await
        .unwrap();
    let got: Vec<u8> = streamed
        .body
        .map(|chunk| chunk.unwrap().to_vec())
        .concat()
        .await;
    assert_eq!(got, LOG_GZ);
}

#[tokio::test]
async fn a_missing_log_is_the_declared_api_error() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(
            ResponseTemplate::new(404)
                .insert_header("content-type", "application/json")
                .set_body_json(json!({
                    "error": 404, "errorCode": "RESOURCE_NOT_FOUND", "detail": "No such log.",
                    "reason": "Not Found"
                })),
        )
        .mount(&server)
        .await;
    let params = download_cluster_log::Params::new(GROUP, "host0.example.net", "mongodb");
    match client(&server)
        .execute::<download_cluster_log::Latest>(&params, &NoBody)
        .await
    {
        Err(Error::Api { status, error, .. }) => {
            assert_eq!(status, 404);
            assert_eq!(error.error_code.as_str(), "RESOURCE_NOT_FOUND");
            let body: &atlas_admin_api::ApiError = error.body().unwrap();
            assert_eq!(body.detail.as_deref(), Some("No such log."));
        }
        other => panic!("expected Error::Api, got {other:?}"),
    }
}

#[tokio::test]
async fn invoices_download_as_csv() {
    let server = MockServer::start().await;
    for p in [
        format!("/api/atlas/v2/orgs/{ORG}/invoices/{INVOICE}/csv"),
        format!("/api/atlas/v2/orgs/{ORG}/invoices/{INVOICE}"),
    ] {
        Mock::given(method("GET"))
            .and(path(p))
            .and(header("accept", CSV_MEDIA))
            .respond_with(
                ResponseTemplate::new(200)
                    .insert_header("content-type", CSV_MEDIA)
                    .set_body_bytes(CSV.as_bytes().to_vec()),
            )
            .mount(&server)
            .await;
    }
    let c = client(&server);
    let csv = c
        .execute::<get_invoice_csv::Latest>(&get_invoice_csv::Params::new(ORG, INVOICE), &NoBody)
        .await
        .unwrap();
    assert_eq!(csv.body.as_ref(), CSV.as_bytes());
    assert_eq!(csv.body.media_type(), Some(CSV_MEDIA));
    // `getInvoice` declares JSON and CSV for one version: JSON is `Latest`, the CSV its own marker.
    assert_eq!(
        <get_invoice::Latest as Operation>::DESCRIPTOR.accept,
        "application/vnd.atlas.2023-01-01+json"
    );
    let csv = c
        .execute::<get_invoice::V2023_01_01Csv>(&get_invoice::Params::new(ORG, INVOICE), &NoBody)
        .await
        .unwrap();
    assert_eq!(csv.body.as_ref(), CSV.as_bytes());
}

#[tokio::test]
async fn every_invoice_is_streamed_page_by_page() {
    let server = MockServer::start().await;
    let list = format!("/api/atlas/v2/orgs/{ORG}/invoices");
    let page = |ids: &[&str]| {
        let results: Vec<_> = ids.iter().map(|id| json!({"id": id})).collect();
        ResponseTemplate::new(200)
            .insert_header("content-type", "application/vnd.atlas.2023-01-01+json")
            .set_body_json(json!({"results": results, "totalCount": 5}))
    };
    for (n, ids) in [("1", &["a", "b"][..]), ("2", &["c", "d"]), ("3", &["e"])] {
        Mock::given(method("GET"))
            .and(path(list.as_str()))
            .and(query_param("pageNum", n))
            .and(query_param("itemsPerPage", "2"))
            .respond_with(page(ids))
            .expect(1)
            .mount(&server)
            .await;
    }
    assert_eq!(<list_invoices::Latest as Paginated>::ITEMS_PER_PAGE, 500);
    let ids: Vec<String> = client(&server)
        .paginate_from::<list_invoices::Latest>(list_invoices::Params::new(ORG), 1, 2)
        .map(|invoice| invoice.unwrap().id.unwrap())
        .collect()
        .await;
    assert_eq!(ids, ["a", "b", "c", "d", "e"]);
}
