//! `demo` (a tour of every operation against the embedded fake) and `serve`.

use atlas_cli_common::outln;
use std::net::SocketAddr;
use std::time::Instant;

use atlas_export_buckets::fake::{
    FakeAtlas, DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, DEMO_PRIVATE_KEY, DEMO_PUBLIC_KEY,
};
use atlas_export_buckets::{v2, Client, PageRequest};

const GROUP: &str = "32b6e34b3d91647abb20e7b8";
const ROLE: &str = "668c5f0ed436263134491592";

/// Prints the wire exchanges since the last call: method, path, version and status.
struct Wire<'a> {
    fake: &'a FakeAtlas,
    seen: usize,
}

impl Wire<'_> {
    fn show(&mut self, what: &str) {
        outln!("{what}");
        let log = self.fake.requests();
        for r in &log[self.seen..] {
            let version = match r.accept.as_deref() {
                Some(a) if a.starts_with("application/vnd.atlas.") => a
                    .trim_start_matches("application/vnd.atlas.")
                    .trim_end_matches("+json")
                    .to_owned(),
                Some(a) => a.to_owned(),
                None => "-".to_owned(),
            };
            let note = if r.status == 401 {
                "  (digest challenge)"
            } else {
                ""
            };
            outln!(
                "    {:<6} {:<75} {:<16} -> {}{note}",
                r.method,
                r.uri,
                version,
                r.status
            );
        }
        self.seen = log.len();
    }
}

fn id(b: &v2::DiskBackupSnapshotExportBucketResponse) -> String {
    match b {
        v2::DiskBackupSnapshotExportBucketResponse::Aws(x) => x.id.clone(),
        v2::DiskBackupSnapshotExportBucketResponse::Azure(x) => x.id.clone(),
        v2::DiskBackupSnapshotExportBucketResponse::Gcp(x) => x.id.clone(),
        other => other.cloud_provider().to_owned(),
    }
}

fn summary(b: &v2::DiskBackupSnapshotExportBucketResponse) -> String {
    match b {
        v2::DiskBackupSnapshotExportBucketResponse::Aws(x) => format!(
            "AWS bucket {} ({}, iamRoleId {}, requirePrivateNetworking {})",
            x.bucket_name,
            x.region.as_deref().unwrap_or("-"),
            x.iam_role_id,
            x.require_private_networking.unwrap_or(false)
        ),
        v2::DiskBackupSnapshotExportBucketResponse::Azure(x) => {
            format!("Azure container {} at {}", x.bucket_name, x.service_url)
        }
        v2::DiskBackupSnapshotExportBucketResponse::Gcp(x) => {
            format!("GCP bucket {} (roleId {})", x.bucket_name, x.role_id)
        }
        other => format!("{} bucket", other.cloud_provider()),
    }
}

/// The tour. Every call goes through the real client, with digest auth, to the fake.
pub async fn run() -> Result<(), String> {
    let started = Instant::now();
    let fake = FakeAtlas::start()
        .await
        .map_err(|e| format!("cannot start the fake server: {e}"))?;
    outln!(
        "Fake Atlas on {} (API key {DEMO_PUBLIC_KEY}, digest auth), project {GROUP}\n",
        fake.base_url()
    );
    let client = Client::builder()
        .base_url(fake.base_url())
        .credentials(fake.digest_credentials())
        .build()
        .map_err(|e| e.to_string())?;
    let b = client.export_buckets();
    let mut wire = Wire {
        fake: &fake,
        seen: 0,
    };
    let e = |e: atlas_export_buckets::Error| e.to_string();

    let aws = b
        .create(
            GROUP,
            v2::DiskBackupSnapshotAwsExportBucketRequest::new("demo-aws-bucket", ROLE).into(),
        )
        .await
        .map_err(e)?;
    wire.show(&format!(
        "1. create  -> {} (id {})",
        summary(&aws.body),
        id(&aws.body)
    ));
    let azure = b
        .create(
            GROUP,
            v2::DiskBackupSnapshotAzureExportBucketRequest::new(
                ROLE,
                "https://demostorageaccount.blob.core.windows.net/democontainer",
            )
            .into(),
        )
        .await
        .map_err(e)?;
    wire.show(&format!(
        "2. create  -> {} (bucketName derived from serviceUrl)",
        summary(&azure.body)
    ));
    let gcp = b
        .create(
            GROUP,
            v2::DiskBackupSnapshotGcpExportBucketRequest::new("demo-gcp-bucket", ROLE).into(),
        )
        .await
        .map_err(e)?;
    wire.show(&format!("3. create  -> {}", summary(&gcp.body)));

    let p1 = b
        .list(GROUP, PageRequest::new().items_per_page(2))
        .await
        .map_err(e)?;
    let p2 = b
        .list(GROUP, PageRequest::new().items_per_page(2).page_num(2))
        .await
        .map_err(e)?;
    wire.show(&format!(
        "4. list    -> page 1: {} items, page 2: {} item(s), totalCount {}; RateLimit-Remaining {}",
        p1.body.results.len(),
        p2.body.results.len(),
        p1.body.total_count.unwrap_or_default(),
        p2.meta.rate_limit_remaining.unwrap_or_default()
    ));

    let got = b.get(GROUP, &id(&azure.body)).await.map_err(e)?;
    wire.show(&format!("5. get     -> {}", summary(&got.body)));
    let updated = b.update(GROUP, &id(&aws.body), true).await.map_err(e)?;
    wire.show(&format!("6. update  -> {}", summary(&updated.body)));

    match b
        .create(
            GROUP,
            v2::DiskBackupSnapshotAwsExportBucketRequest::new("x", "not-a-role-id").into(),
        )
        .await
    {
        Err(err) if err.is_validation() => wire.show(&format!(
            "7. invalid -> rejected locally, nothing sent: {err}"
        )),
        other => return Err(format!("the invalid request was not rejected: {other:?}")),
    }
    match b.get(GROUP, "0123456789abcdef01234567").await {
        Err(err) if err.is_not_found() => wire.show(&format!("8. missing -> {err}")),
        other => return Err(format!("the missing bucket was found: {other:?}")),
    }

    for (n, bucket) in [&aws.body, &azure.body, &gcp.body].into_iter().enumerate() {
        let r = b.delete(GROUP, &id(bucket)).await.map_err(e)?;
        wire.show(&format!(
            "{}. delete  -> {} {} bucket {}",
            9 + n,
            r.meta.status,
            bucket.cloud_provider(),
            id(bucket)
        ));
    }

    let oauth = Client::builder()
        .base_url(fake.base_url())
        .credentials(fake.service_account_credentials())
        .build()
        .map_err(|e| e.to_string())?;
    let page = oauth
        .export_buckets()
        .list(GROUP, PageRequest::new())
        .await
        .map_err(e)?;
    wire.show(&format!(
        "12. list with a service account ({DEMO_CLIENT_ID}) -> {} buckets left; {} bearer token fetched",
        page.body.results.len(),
        oauth.tokens_fetched()
    ));
    outln!(
        "\nDone in {:.2} s: every operation, 3 providers, digest and OAuth.",
        started.elapsed().as_secs_f64()
    );
    Ok(())
}

/// Runs the fake until interrupted.
pub async fn serve(listen: SocketAddr) -> Result<(), String> {
    let fake = FakeAtlas::start_with(Default::default(), listen)
        .await
        .map_err(|e| format!("cannot listen on {listen}: {e}"))?;
    outln!("Fake Atlas listening on {}", fake.base_url());
    outln!("  API key (digest):  {DEMO_PUBLIC_KEY} / {DEMO_PRIVATE_KEY}");
    outln!("  Service account:   {DEMO_CLIENT_ID} / {DEMO_CLIENT_SECRET}");
    outln!("  Example: curl --digest -u {DEMO_PUBLIC_KEY}:{DEMO_PRIVATE_KEY} -H 'Accept: application/vnd.atlas.2024-05-30+json' {}/api/atlas/v2/groups/{GROUP}/backup/exportBuckets", fake.base_url());
    outln!("Press Ctrl-C to stop.");
    tokio::signal::ctrl_c().await.map_err(|e| e.to_string())?;
    Ok(())
}
