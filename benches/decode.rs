// Benchmarks report failure by panicking.
#![allow(clippy::panic, clippy::unwrap_used)]
//! Decoding a 500-item export-bucket list page (AWS, Azure and GCP items in turn) into the
//! generated type and into what other generators emit, all against a flat struct (the Go SDK's
//! shape) measured in the same run.
//!
//! ```sh
//! cargo bench -p atlas-export-buckets --bench decode
//! ```
//!
//! After criterion's figures it prints a table of ratios against the flat struct.

use std::hint::black_box;
use std::time::{Duration, Instant};

use atlas_export_buckets::v2;
use criterion::{Criterion, Throughput};
use serde::Deserialize;

const ITEMS: usize = 500;

/// A page like the spec's examples: one `links` entry per item, ids unique, providers in turn.
fn page() -> String {
    let link =
        serde_json::json!([{ "href": "https://cloud.mongodb.com/api/atlas", "rel": "self" }]);
    let results: Vec<serde_json::Value> = (0..ITEMS)
        .map(|i| {
            let id = format!("{:024x}", 0x32b6_e34b_3d91_647a_bb20_e7b8_u128 + i as u128);
            match i % 3 {
                0 => serde_json::json!({
                    "_id": id, "bucketName": "export-bucket", "cloudProvider": "AWS",
                    "iamRoleId": "668c5f0ed436263134491592", "links": link,
                    "region": "us-east-1", "requirePrivateNetworking": true
                }),
                1 => serde_json::json!({
                    "_id": id, "bucketName": "examplecontainer", "cloudProvider": "AZURE",
                    "links": link, "roleId": "668c5f0ed436263134491592",
                    "serviceUrl": "https://examplestorageaccount.blob.core.windows.net/examplecontainer",
                    "tenantId": "4297fc77-1592-4de8-a6d5-a8c32401df87"
                }),
                _ => serde_json::json!({
                    "_id": id, "bucketName": "export-bucket", "cloudProvider": "GCP",
                    "links": link, "roleId": "668c5f0ed436263134491592"
                }),
            }
        })
        .collect();
    serde_json::to_string(&serde_json::json!({
        "links": link, "results": results, "totalCount": ITEMS
    }))
    .unwrap()
}

/// The page's outer shape, shared by the hand-written alternatives.
#[derive(Deserialize)]
#[allow(dead_code)]
struct Page<T> {
    #[serde(default)]
    links: Option<Vec<v2::Link>>,
    results: Vec<T>,
    #[serde(rename = "totalCount", default)]
    total_count: Option<i32>,
}

/// (c) What the Go SDK does: one struct, every provider field optional.
#[derive(Deserialize)]
#[allow(dead_code)]
struct Flat {
    #[serde(rename = "_id")]
    id: String,
    #[serde(rename = "bucketName")]
    bucket_name: String,
    #[serde(rename = "cloudProvider")]
    cloud_provider: String,
    #[serde(rename = "iamRoleId", default)]
    iam_role_id: Option<String>,
    #[serde(default)]
    links: Option<Vec<v2::Link>>,
    #[serde(default)]
    region: Option<String>,
    #[serde(rename = "requirePrivateNetworking", default)]
    require_private_networking: Option<bool>,
    #[serde(rename = "roleId", default)]
    role_id: Option<String>,
    #[serde(rename = "serviceUrl", default)]
    service_url: Option<String>,
    #[serde(rename = "tenantId", default)]
    tenant_id: Option<String>,
}

/// The variant bodies without the tag, for (b) and (d).
#[derive(Deserialize)]
#[allow(dead_code)]
struct Aws {
    #[serde(rename = "_id")]
    id: String,
    #[serde(rename = "bucketName")]
    bucket_name: String,
    #[serde(rename = "iamRoleId")]
    iam_role_id: String,
    #[serde(default)]
    links: Option<Vec<v2::Link>>,
    #[serde(default)]
    region: Option<String>,
    #[serde(rename = "requirePrivateNetworking", default)]
    require_private_networking: Option<bool>,
}

#[derive(Deserialize)]
#[allow(dead_code)]
struct Azure {
    #[serde(rename = "_id")]
    id: String,
    #[serde(rename = "bucketName")]
    bucket_name: String,
    #[serde(default)]
    links: Option<Vec<v2::Link>>,
    #[serde(rename = "roleId")]
    role_id: String,
    #[serde(rename = "serviceUrl")]
    service_url: String,
    #[serde(rename = "tenantId")]
    tenant_id: String,
}

#[derive(Deserialize)]
#[allow(dead_code)]
struct Gcp {
    #[serde(rename = "_id")]
    id: String,
    #[serde(rename = "bucketName")]
    bucket_name: String,
    #[serde(default)]
    links: Option<Vec<v2::Link>>,
    #[serde(rename = "roleId")]
    role_id: String,
}

/// progenitor's variant structs carry the tag as a one-value enum field.
#[derive(Deserialize)]
enum AwsTag {
    #[serde(rename = "AWS")]
    Aws,
}
#[derive(Deserialize)]
enum AzureTag {
    #[serde(rename = "AZURE")]
    Azure,
}
#[derive(Deserialize)]
enum GcpTag {
    #[serde(rename = "GCP")]
    Gcp,
}

/// (b) progenitor's shape: `#[serde(untagged)]` over structs that each hold their tag. The
/// structs are written out flat (no `flatten`), as progenitor emits them.
#[derive(Deserialize)]
#[serde(untagged)]
#[allow(dead_code)]
enum Untagged {
    Aws(UAws),
    Azure(UAzure),
    Gcp(UGcp),
}

#[derive(Deserialize)]
#[allow(dead_code)]
struct UAws {
    #[serde(rename = "_id")]
    id: String,
    #[serde(rename = "bucketName")]
    bucket_name: String,
    #[serde(rename = "cloudProvider")]
    cloud_provider: AwsTag,
    #[serde(rename = "iamRoleId")]
    iam_role_id: String,
    #[serde(default)]
    links: Option<Vec<v2::Link>>,
    #[serde(default)]
    region: Option<String>,
    #[serde(rename = "requirePrivateNetworking", default)]
    require_private_networking: Option<bool>,
}

#[derive(Deserialize)]
#[allow(dead_code)]
struct UAzure {
    #[serde(rename = "_id")]
    id: String,
    #[serde(rename = "bucketName")]
    bucket_name: String,
    #[serde(rename = "cloudProvider")]
    cloud_provider: AzureTag,
    #[serde(default)]
    links: Option<Vec<v2::Link>>,
    #[serde(rename = "roleId")]
    role_id: String,
    #[serde(rename = "serviceUrl")]
    service_url: String,
    #[serde(rename = "tenantId")]
    tenant_id: String,
}

#[derive(Deserialize)]
#[allow(dead_code)]
struct UGcp {
    #[serde(rename = "_id")]
    id: String,
    #[serde(rename = "bucketName")]
    bucket_name: String,
    #[serde(rename = "cloudProvider")]
    cloud_provider: GcpTag,
    #[serde(default)]
    links: Option<Vec<v2::Link>>,
    #[serde(rename = "roleId")]
    role_id: String,
}

/// (d) Plain serde internal tagging, no fallback for an unknown provider.
#[derive(Deserialize)]
#[serde(tag = "cloudProvider")]
#[allow(dead_code)]
enum Internal {
    #[serde(rename = "AWS")]
    Aws(Aws),
    #[serde(rename = "AZURE")]
    Azure(Azure),
    #[serde(rename = "GCP")]
    Gcp(Gcp),
}

type Case = (&'static str, fn(&[u8]) -> usize);

/// The list operation at the version of the page's type.
type List = v2::operations::list_group_backup_export_buckets::V2024_05_30;

/// Every case decodes the whole page and returns the item count (checked before timing).
const CASES: [Case; 5] = [
    ("(c) flat struct, Go SDK shape [baseline]", |b| {
        serde_json::from_slice::<Page<Flat>>(b)
            .unwrap()
            .results
            .len()
    }),
    ("(a) generated v2 enum, with Unknown fallback", |b| {
        serde_json::from_slice::<v2::PaginatedBackupSnapshotExportBucketsView>(b)
            .unwrap()
            .results
            .iter()
            .filter(|r| !matches!(r, v2::DiskBackupSnapshotExportBucketResponse::Unknown(_)))
            .count()
    }),
    (
        "(e) generated v2 enum through the client's reading (decode_response: no array as an object, undeclared members named)",
        |b| {
            atlas_export_buckets::decode_response::<List>(
                200,
                Some("application/vnd.atlas.2024-05-30+json"),
                b,
            )
            .unwrap()
            .results
            .len()
        },
    ),
    ("(b) serde(untagged), progenitor shape", |b| {
        serde_json::from_slice::<Page<Untagged>>(b)
            .unwrap()
            .results
            .len()
    }),
    ("(d) serde(tag), no fallback", |b| {
        serde_json::from_slice::<Page<Internal>>(b)
            .unwrap()
            .results
            .len()
    }),
];

fn bench(c: &mut Criterion, body: &[u8]) {
    let mut g = c.benchmark_group("decode-500");
    g.throughput(Throughput::Bytes(body.len() as u64))
        .sample_size(50)
        .measurement_time(Duration::from_secs(3));
    for (name, f) in CASES {
        g.bench_function(name, |b| b.iter(|| f(black_box(body))));
    }
    g.finish();
}

/// Ratios against the flat struct, from medians taken round-robin (drift hits all alike).
fn ratios(body: &[u8]) {
    let rounds = 200;
    let mut t: Vec<Vec<Duration>> = vec![Vec::new(); CASES.len()];
    for round in 0..rounds {
        for k in 0..CASES.len() {
            let i = (k + round) % CASES.len();
            let start = Instant::now();
            black_box(CASES[i].1(black_box(body)));
            t[i].push(start.elapsed());
        }
    }
    let med: Vec<f64> = t
        .into_iter()
        .map(|mut v| {
            v.sort();
            v[v.len() / 2].as_secs_f64() * 1e6
        })
        .collect();
    println!(
        "\n{ITEMS}-item page, {} bytes; medians of {rounds} round-robin runs (noisy shared machine: read ratios)",
        body.len()
    );
    println!("| decoder | median us | ratio vs flat |");
    println!("|---|---:|---:|");
    for (i, (name, _)) in CASES.iter().enumerate() {
        println!("| {name} | {:.0} | {:.2} |", med[i], med[i] / med[0]);
    }
    println!(
        "untagged / generated = {:.2} (target >= 1.6); generated / flat = {:.2} (target <= 1.1)",
        med[3] / med[1],
        med[1] / med[0]
    );
    println!(
        "the client's reading / plain serde_json into the same type = {:.2}",
        med[2] / med[1]
    );
}

fn main() {
    let body = page().into_bytes();
    for (name, f) in CASES {
        assert_eq!(f(&body), ITEMS, "{name} did not decode every item");
    }
    let mut c = Criterion::default().configure_from_args();
    bench(&mut c, &body);
    c.final_summary();
    if std::env::args().any(|a| a == "--bench") {
        ratios(&body);
    }
}
