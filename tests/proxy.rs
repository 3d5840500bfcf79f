//! Calls through an HTTP proxy: the client's requests, digest round trip included, go through a
//! proxy given as reqwest's `Proxy` on the client's `http_client`, or read from `HTTP_PROXY` by
//! the client's own reqwest.
#![cfg(feature = "fake")]
// Tests report failure by panicking.
#![allow(clippy::panic, clippy::unwrap_used)]

use std::sync::{Arc, Mutex};

use atlas_export_buckets::fake::FakeAtlas;
use atlas_export_buckets::{Client, PageRequest};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

/// A forwarding HTTP proxy on loopback: it records each connection's first request line and
/// relays the bytes both ways to the host that line names.
async fn start_proxy() -> (String, Arc<Mutex<Vec<String>>>) {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let seen = Arc::new(Mutex::new(Vec::new()));
    let log = seen.clone();
    tokio::spawn(async move {
        while let Ok((client, _)) = listener.accept().await {
            let log = log.clone();
            tokio::spawn(relay(client, log));
        }
    });
    (format!("http://{addr}"), seen)
}

async fn relay(mut client: TcpStream, log: Arc<Mutex<Vec<String>>>) {
    let mut head = Vec::new();
    let mut byte = [0u8; 1];
    // The request line, byte by byte (it is short).
    while !head.ends_with(b"\r\n") {
        if client.read(&mut byte).await.unwrap_or(0) == 0 {
            return;
        }
        head.push(byte[0]);
    }
    let line = String::from_utf8_lossy(&head).trim_end().to_owned();
    // `GET http://127.0.0.1:PORT/path HTTP/1.1`: the proxy form names the host.
    let Some(host) = line
        .split(' ')
        .nth(1)
        .and_then(|target| target.strip_prefix("http://"))
        .and_then(|rest| rest.split('/').next())
        .map(str::to_owned)
    else {
        return;
    };
    log.lock().unwrap().push(line);
    let Ok(mut upstream) = TcpStream::connect(host).await else {
        return;
    };
    if upstream.write_all(&head).await.is_err() {
        return;
    }
    let _ = tokio::io::copy_bidirectional(&mut client, &mut upstream).await;
}

#[tokio::test]
async fn calls_go_through_a_proxy_given_or_from_the_environment() {
    let fake = FakeAtlas::start().await.unwrap();
    let (proxy, seen) = start_proxy().await;
    let group = "32b6e34b3d91647abb20e7b8";

    // A proxy given to the client's reqwest.
    let http = reqwest::Client::builder()
        .proxy(reqwest::Proxy::all(&proxy).unwrap())
        .build()
        .unwrap();
    let client = Client::builder()
        .base_url(fake.base_url())
        .credentials(fake.digest_credentials())
        .http_client(http)
        .build()
        .unwrap();
    let page = client
        .export_buckets()
        .list(group, PageRequest::new())
        .await
        .unwrap();
    assert!(page.body.results.is_empty());
    let through: Vec<String> = seen.lock().unwrap().drain(..).collect();
    assert!(
        through
            .iter()
            .any(|l| l.starts_with("GET http://") && l.contains("/exportBuckets")),
        "the call went through the proxy: {through:?}"
    );

    // The client's own reqwest reads `HTTP_PROXY` when it is built: at the first request.
    std::env::set_var("HTTP_PROXY", &proxy);
    std::env::set_var("NO_PROXY", "");
    let client = Client::builder()
        .base_url(fake.base_url())
        .credentials(fake.digest_credentials())
        .build()
        .unwrap();
    let listed = client
        .export_buckets()
        .list(group, PageRequest::new())
        .await;
    std::env::remove_var("HTTP_PROXY");
    std::env::remove_var("NO_PROXY");
    listed.unwrap();
    let through: Vec<String> = seen.lock().unwrap().drain(..).collect();
    assert!(
        through.iter().any(|l| l.contains("/exportBuckets")),
        "HTTP_PROXY was used: {through:?}"
    );
}
