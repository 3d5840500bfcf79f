//! Where the examples send their calls: real Atlas when `MONGODB_ATLAS_BASE_URL` is set (with the
//! Atlas CLI's credential variables and `MONGODB_ATLAS_PROJECT_ID`), otherwise an embedded fake.

use atlas_export_buckets::fake::FakeAtlas;
use atlas_export_buckets::{Credentials, Error};

/// The base URL, credentials and project to use; keep the returned fake alive while calling.
pub async fn target(
    prefer_service_account: bool,
) -> Result<(String, Credentials, String, Option<FakeAtlas>), Error> {
    if let Ok(base) = std::env::var("MONGODB_ATLAS_BASE_URL") {
        let project = std::env::var("MONGODB_ATLAS_PROJECT_ID").map_err(|_| Error::Config {
            message: "set MONGODB_ATLAS_PROJECT_ID".to_owned(),
        })?;
        return Ok((base, Credentials::from_env()?, project, None));
    }
    let fake = FakeAtlas::start().await.map_err(|e| Error::Config {
        message: format!("cannot start the fake: {e}"),
    })?;
    let creds = if prefer_service_account {
        fake.service_account_credentials()
    } else {
        fake.digest_credentials()
    };
    println!(
        "(no MONGODB_ATLAS_BASE_URL: using an embedded fake Atlas at {})",
        fake.base_url()
    );
    Ok((
        fake.base_url(),
        creds,
        "32b6e34b3d91647abb20e7b8".to_owned(),
        Some(fake),
    ))
}

/// A role id the fake accepts; use your own cloud provider access role with real Atlas.
#[allow(dead_code)] // each example includes this module; not all of them create buckets
pub const ROLE_ID: &str = "668c5f0ed436263134491592";
