//! Uses a service account (OAuth2 client credentials): the client fetches a bearer token once,
//! caches it until shortly before it expires, and shares it between clones.
//!
//! `cargo run --example service_account --features fake`

#[path = "common/mod.rs"]
mod common;

use atlas_export_buckets::{Client, PageRequest};

#[tokio::main]
async fn main() -> Result<(), atlas_export_buckets::Error> {
    let (base_url, credentials, project, _fake) = common::target(true).await?;
    let client = Client::builder()
        .base_url(base_url)
        .credentials(credentials)
        .build()?;
    let (first, second) = (client.export_buckets(), client.clone().export_buckets());
    let (a, b) = tokio::join!(
        first.list(&project, PageRequest::new()),
        second.list(&project, PageRequest::new())
    );
    println!(
        "{} and {} buckets; {} token(s) fetched for both calls",
        a?.body.results.len(),
        b?.body.results.len(),
        client.tokens_fetched()
    );
    Ok(())
}
