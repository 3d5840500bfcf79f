// Benchmarks report failure by panicking.
#![allow(clippy::panic, clippy::unwrap_used)]
//! The client's overhead per call: 10,000 sequential GETs of one export bucket through
//! `Client::export_buckets().get(..)` (a service account with its token cached, default retry
//! policy) against bare reqwest sending the same request bytes (the same bearer token) and decoding
//! into the same type, both to a tiny local hyper server. Each client is timed in a duel with bare
//! reqwest: the two alternate call by call. A second bare client is the A/A noise check.
//!
//! ```sh
//! cargo bench -p atlas-export-buckets --bench client
//! ```
//!
//! `ATLAS_BENCH_LOG=debug` (or any level) runs it with a `tracing` subscriber at that level,
//! formatting every event and writing it nowhere: the cost of the wire log when it is on.

use std::convert::Infallible;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use atlas_export_buckets::{v2, Client, Credentials};
use bytes::Bytes;
use http_body_util::Full;
use hyper::body::Incoming;
use hyper::{Request, Response};
use hyper_util::rt::TokioIo;

const GROUP: &str = "32b6e34b3d91647abb20e7b8";
const BUCKET: &str = "5f4d3c2b1a0f9e8d7c6b5a49";
const ACCEPT: &str = "application/vnd.atlas.2024-05-30+json";
const TOKEN: &str = "bench-token-0123456789";
const BODY: &str = r#"{"_id":"5f4d3c2b1a0f9e8d7c6b5a49","bucketName":"export-bucket","cloudProvider":"AWS","iamRoleId":"668c5f0ed436263134491592","links":[{"href":"https://cloud.mongodb.com/api/atlas","rel":"self"}],"region":"us-east-1","requirePrivateNetworking":true}"#;

/// GETs per client.
const CALLS: usize = 10_000;

/// What the server saw of one request: method, target and headers in order.
type Seen = (String, String, Vec<(String, String)>);

#[derive(Default)]
struct Recorder {
    on: AtomicBool,
    seen: Mutex<Vec<Seen>>,
}

async fn handle(
    rec: Arc<Recorder>,
    req: Request<Incoming>,
) -> Result<Response<Full<Bytes>>, Infallible> {
    if rec.on.load(Ordering::Relaxed) {
        let headers = req
            .headers()
            .iter()
            .map(|(k, v)| (k.as_str().to_owned(), v.to_str().unwrap_or("?").to_owned()))
            .collect();
        rec.seen
            .lock()
            .unwrap()
            .push((req.method().to_string(), req.uri().to_string(), headers));
    }
    if req.uri().path() == "/api/oauth/token" {
        let token =
            format!(r#"{{"access_token":"{TOKEN}","expires_in":86400,"token_type":"Bearer"}}"#);
        return Ok(Response::builder()
            .header("content-type", "application/json")
            .body(Full::new(Bytes::from(token)))
            .unwrap());
    }
    let resp = Response::builder()
        .header("content-type", ACCEPT)
        .body(Full::new(Bytes::from_static(BODY.as_bytes())))
        .unwrap();
    Ok(resp)
}

/// Serves on its own thread and single-threaded runtime, so that it does not share the
/// client's scheduler.
fn serve(rec: Arc<Recorder>) -> SocketAddr {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    listener.set_nonblocking(true).unwrap();
    let addr = listener.local_addr().unwrap();
    std::thread::spawn(move || {
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        rt.block_on(async move {
            let listener = tokio::net::TcpListener::from_std(listener).unwrap();
            loop {
                let (stream, _) = listener.accept().await.unwrap();
                stream.set_nodelay(true).unwrap();
                let rec = rec.clone();
                tokio::spawn(async move {
                    let service = hyper::service::service_fn(move |req| handle(rec.clone(), req));
                    let _ = hyper::server::conn::http1::Builder::new()
                        .serve_connection(TokioIo::new(stream), service)
                        .await;
                });
            }
        });
    });
    addr
}

enum Caller {
    Generated(Client),
    /// Bare reqwest; with `Some(t)`, also the per-request timeout the client sets.
    Bare(reqwest::Client, String, Option<Duration>),
}

/// The `User-Agent` the client sends for this crate's operations: the runtime's, then the
/// operation's crate (`Operation::PRODUCT`); the bench checks that both send the same request.
static BARE_USER_AGENT: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
    format!(
        "{} atlas-export-buckets/{}",
        atlas_export_buckets::client::USER_AGENT,
        env!("CARGO_PKG_VERSION")
    )
});

impl Caller {
    async fn call(&self) -> v2::DiskBackupSnapshotExportBucketResponse {
        match self {
            Caller::Generated(c) => c.export_buckets().get(GROUP, BUCKET).await.unwrap().body,
            Caller::Bare(http, url, timeout) => {
                let mut req = http.get(url);
                if let Some(t) = timeout {
                    req = req.timeout(*t);
                }
                let resp = req
                    .header(reqwest::header::ACCEPT, ACCEPT)
                    .header(reqwest::header::USER_AGENT, BARE_USER_AGENT.as_str())
                    .header(reqwest::header::AUTHORIZATION, format!("Bearer {TOKEN}"))
                    .send()
                    .await
                    .unwrap();
                assert_eq!(resp.status(), 200);
                let bytes = resp.bytes().await.unwrap();
                serde_json::from_slice(&bytes).unwrap()
            }
        }
    }
}

/// Median time of `f`, in microseconds, over batches of 1,000 calls.
fn micro<T>(mut f: impl FnMut() -> T) -> f64 {
    let mut v: Vec<f64> = (0..31)
        .map(|_| {
            let t = Instant::now();
            for _ in 0..1_000 {
                std::hint::black_box(f());
            }
            t.elapsed().as_secs_f64() * 1e3
        })
        .collect();
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

/// The client's own per-call steps, timed in process (no network), against what bare reqwest
/// does instead, as shares of the measured overhead per call.
fn attribution(base: &str, url: &str, overhead_us: f64) {
    use atlas_export_buckets::operation::Operation;
    use atlas_export_buckets::v2::operations::get_group_backup_export_bucket as get;
    use atlas_export_buckets::validation::Validate;

    let params = get::Params::new(GROUP, BUCKET);
    let validate = micro(|| {
        let mut out = Vec::new();
        params.collect_violations("", &mut out);
        out.len()
    });
    let base = url::Url::parse(base).unwrap();
    // What `Client::url` does: one pass over the template into a buffer (the ids are copied, as
    // they need no escaping), then a join onto the base, which keeps its parsed scheme and host.
    // Bare reqwest parses the whole URL string instead.
    let client_url = micro(|| {
        let template = get::V2024_05_30::DESCRIPTOR.path;
        let mut path = String::with_capacity(template.len() + 64);
        let mut rest = template;
        for value in [GROUP, BUCKET] {
            let open = rest.find('{').unwrap();
            let close = rest.find('}').unwrap();
            path.push_str(&rest[..open]);
            assert!(value.bytes().all(|b| b.is_ascii_alphanumeric()));
            path.push_str(value);
            rest = &rest[close + 1..];
        }
        path.push_str(rest);
        base.join(&path).unwrap()
    });
    let bare_url = micro(|| url::Url::parse(url).unwrap());
    let span = micro(|| {
        tracing::info_span!(
            "atlas.call",
            operation = "getGroupBackupExportBucket",
            attempt = tracing::field::Empty
        )
    });
    let mut headers = reqwest::header::HeaderMap::new();
    headers.insert("content-type", ACCEPT.parse().unwrap());
    headers.insert("content-length", "230".parse().unwrap());
    headers.insert("date", "Wed, 25 Nov 2026 21:00:00 GMT".parse().unwrap());
    let meta = micro(|| {
        let h = &headers;
        [
            "ratelimit-limit",
            "ratelimit-remaining",
            "deprecation",
            "sunset",
            "x-request-id",
            "retry-after",
        ]
        .iter()
        .filter(|n| h.get(**n).is_some())
        .count()
    });
    println!(
        "\nWhere the overhead goes: the client's own steps timed in process (medians of 31 x 1,000; the per-request timeout is measured over the network above)"
    );
    println!("| step (Client minus bare) | us/call | share of the {overhead_us:.1} us overhead |");
    println!("|---|---:|---:|");
    for (name, us) in [
        (
            "path-parameter validation (2 x `^([a-f0-9]{24})$`, a byte-class check)",
            validate,
        ),
        (
            "URL: one-pass substitute + join, minus bare's Url::parse",
            client_url - bare_url,
        ),
        ("tracing span (no subscriber)", span),
        ("6 response-header lookups (ResponseMeta)", meta),
    ] {
        println!(
            "| {name} | {us:.2} | {:.0}% |",
            100.0 * us / overhead_us.max(f64::MIN_POSITIVE)
        );
    }
}

/// `--probe client|bare|alike N`: N calls of one kind only (after 50 warm-up calls of each), for
/// counting instructions and cache misses under valgrind (`scripts/client-instructions.sh`).
/// `bare` is bare reqwest as in the table; `alike` is bare reqwest configured as the client.
fn probe(args: &[String], callers: &[(&str, Caller)], rt: &tokio::runtime::Runtime) -> bool {
    let Some(at) = args.iter().position(|a| a == "--probe") else {
        return false;
    };
    let n: usize = args
        .get(at + 2)
        .and_then(|s| s.parse().ok())
        .unwrap_or(1_000);
    let index = match args.get(at + 1).map(String::as_str) {
        Some("bare") => 0,
        Some("client") => 1,
        Some("alike") => 4,
        other => panic!("--probe takes client, bare or alike, not {other:?}"),
    };
    let (client, bare, alike) = (&callers[1].1, &callers[0].1, &callers[4].1);
    rt.block_on(async {
        for _ in 0..50 {
            client.call().await;
            bare.call().await;
            alike.call().await;
        }
        for _ in 0..n {
            std::hint::black_box(callers[index].1.call().await);
        }
    });
    true
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if let Ok(level) = std::env::var("ATLAS_BENCH_LOG") {
        let level: tracing::Level = level.parse().unwrap();
        tracing_subscriber::fmt()
            .with_max_level(level)
            .with_writer(std::io::sink)
            .init();
        println!("with a tracing subscriber at {level}, writing nowhere");
    }
    // `cargo test --benches` and `cargo bench -- --test` pass no `--bench`: run a smoke check only.
    let full = args.iter().any(|a| a == "--bench");
    let rec = Arc::new(Recorder::default());
    let addr = serve(rec.clone());
    let base = format!("http://{addr}");
    let url = format!("{base}/api/atlas/v2/groups/{GROUP}/backup/exportBuckets/{BUCKET}");
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let callers = [
        (
            "bare reqwest [baseline]",
            Caller::Bare(reqwest::Client::new(), url.clone(), None),
        ),
        (
            "Client::export_buckets().get (service account, token warm; default retry policy)",
            Caller::Generated(
                Client::builder()
                    .base_url(&base)
                    .credentials(Credentials::service_account("bench-client", "bench-secret"))
                    .build()
                    .unwrap(),
            ),
        ),
        (
            "bare reqwest, second client (A/A noise check)",
            Caller::Bare(reqwest::Client::new(), url.clone(), None),
        ),
        (
            "bare reqwest + per-request timeout (60 s, as the client sets)",
            Caller::Bare(
                reqwest::Client::new(),
                url.clone(),
                Some(Duration::from_secs(60)),
            ),
        ),
        (
            "bare reqwest configured as the client configures its own (timeouts, no redirects)",
            Caller::Bare(
                reqwest::Client::builder()
                    .connect_timeout(Duration::from_secs(10))
                    .timeout(Duration::from_secs(60))
                    .redirect(reqwest::redirect::Policy::none())
                    .build()
                    .unwrap(),
                url.clone(),
                None,
            ),
        ),
    ];

    if probe(&args, &callers, &rt) {
        return;
    }
    // The token is fetched once, before anything is compared or timed: auth is warm.
    rt.block_on(async {
        callers[1].1.call().await;
    });
    // The same bytes: the server records one request from each and they must be equal.
    rec.on.store(true, Ordering::Relaxed);
    rt.block_on(async {
        for (_, c) in &callers {
            let body = c.call().await;
            assert!(matches!(
                body,
                v2::DiskBackupSnapshotExportBucketResponse::Aws(_)
            ));
        }
    });
    rec.on.store(false, Ordering::Relaxed);
    let seen = std::mem::take(&mut *rec.seen.lock().unwrap());
    assert_eq!(seen.len(), callers.len());
    for s in &seen[1..] {
        assert_eq!(s, &seen[0], "the requests differ");
    }
    let (method, target, headers) = &seen[0];
    println!("every client sent: {method} {target} {headers:?}");
    if !full {
        return;
    }

    // Warm the pools.
    rt.block_on(async {
        for (_, c) in &callers {
            for _ in 0..200 {
                c.call().await;
            }
        }
    });
    // Each row against bare reqwest in a duel of its own: the two alternate call by call,
    // taking turns at going first, and each call is timed. Duels rather than all five clients
    // in one rotation: with five, every client's state is evicted by four others between its
    // calls, and two identical bare clients already differed by 1.6-2 % (the A/A row); in a
    // duel they agree to 0.1 %.
    let started = Instant::now();
    let duel = |a: usize, b: usize| -> [(f64, f64); 2] {
        let mut per_call = [Vec::with_capacity(CALLS), Vec::with_capacity(CALLS)];
        rt.block_on(async {
            for n in 0..CALLS {
                for turn in 0..2 {
                    let side = (turn + n) % 2;
                    let t = Instant::now();
                    std::hint::black_box(callers[[a, b][side]].1.call().await);
                    per_call[side].push(t.elapsed().as_secs_f64() * 1e6);
                }
            }
        });
        per_call.map(|mut v| {
            v.sort_by(f64::total_cmp);
            let median = v[v.len() / 2];
            // Mean of the middle 90%: the machine's stalls land in the tails.
            let cut = v.len() / 20;
            let mid = &v[cut..v.len() - cut];
            (median, mid.iter().sum::<f64>() / mid.len() as f64)
        })
    };
    let duels: Vec<(usize, [(f64, f64); 2])> =
        (1..callers.len()).map(|i| (i, duel(0, i))).collect();
    // The client's own code: the client against bare reqwest configured as it configures its own.
    let [alike, client] = duel(4, 1);
    let elapsed = started.elapsed();
    println!(
        "\n{CALLS} sequential GETs per client over HTTP/1.1 on 127.0.0.1, each row alternating call by call with bare reqwest in a duel of its own, {:.1} s in all (noisy shared machine: read ratios)",
        elapsed.as_secs_f64()
    );
    println!("| client | median us/call | bare's in the same duel | ratio vs bare | trimmed mean ratio |");
    println!("|---|---:|---:|---:|---:|");
    for (i, [bare, row]) in &duels {
        println!(
            "| {} | {:.1} | {:.1} | {:.3} | {:.3} |",
            callers[*i].0,
            row.0,
            bare.0,
            row.0 / bare.0,
            row.1 / bare.1
        );
    }
    let [bare, generated] = duels[0].1;
    attribution(&base, &url, generated.0 - bare.0);
    println!(
        "Client / bare = {:.3} by median, {:.3} by trimmed mean (target <= 1.05)",
        generated.0 / bare.0,
        generated.1 / bare.1
    );
    println!(
        "Client / bare configured alike = {:.3} by median, {:.3} by trimmed mean (the client's own code; its own duel)",
        client.0 / alike.0,
        client.1 / alike.1
    );
}
