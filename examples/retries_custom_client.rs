//! Configures retries (attempts, backoff, the `Retry-After` cap, a hook for metrics) and brings
//! a custom `reqwest::Client` (here: its own pool settings; proxies and root certificates work the
//! same way).
//!
//! `cargo run --example retries_custom_client --features fake`

#[path = "common/mod.rs"]
mod common;

use std::time::Duration;

use atlas_export_buckets::{Client, PageRequest, RetryPolicy};

#[tokio::main]
async fn main() -> Result<(), atlas_export_buckets::Error> {
    let (base_url, credentials, project, fake) = common::target(false).await?;
    let http = reqwest::Client::builder()
        .pool_idle_timeout(Duration::from_secs(30))
        .connect_timeout(Duration::from_secs(5))
        .build()
        .map_err(|e| atlas_export_buckets::Error::Config {
            message: e.to_string(),
        })?;
    let client = Client::builder()
        .base_url(base_url)
        .credentials(credentials)
        .http_client(http)
        .retry_policy(
            RetryPolicy::new()
                .with_max_attempts(5)
                .with_base_delay(Duration::from_millis(200))
                .with_max_delay(Duration::from_secs(10)),
        )
        .on_retry(|e| {
            println!(
                "retry after attempt {} (status {:?}), waiting {:?}",
                e.attempt, e.status, e.delay
            )
        })
        .build()?;
    if let Some(fake) = &fake {
        fake.inject(atlas_export_buckets::fake::Fault::Unavailable, 2);
    }
    let page = client
        .export_buckets()
        .list(&project, PageRequest::new())
        .await?;
    println!(
        "listed {} bucket(s) after {} attempt(s)",
        page.body.results.len(),
        page.meta.attempts
    );
    Ok(())
}
