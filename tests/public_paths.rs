//! Every public path that the crate had before its runtime moved into `atlas-client-runtime`
//! still names the same item here (the paths that the semver check cannot follow across crates:
//! it reports items re-exported from another crate as removed). A path that stopped resolving
//! fails to compile.
#![allow(unused_imports)]

use atlas_export_buckets::auth as _;
use atlas_export_buckets::auth::strongest_digest_challenge as _;
use atlas_export_buckets::auth::Credentials as _;
use atlas_export_buckets::auth::ENV_CLIENT_ID as _;
use atlas_export_buckets::auth::ENV_CLIENT_SECRET as _;
use atlas_export_buckets::auth::ENV_PRIVATE_KEY as _;
use atlas_export_buckets::auth::ENV_PUBLIC_KEY as _;
use atlas_export_buckets::client::Response as _;
use atlas_export_buckets::client::ResponseMeta as _;
use atlas_export_buckets::client::DEFAULT_BASE_URL as _;
use atlas_export_buckets::client::DEFAULT_MAX_RESPONSE_BYTES as _;
use atlas_export_buckets::client::USER_AGENT as _;
use atlas_export_buckets::error as _;
use atlas_export_buckets::error::ApiError as _;
use atlas_export_buckets::error::BadRequestDetail as _;
use atlas_export_buckets::error::Error as _;
use atlas_export_buckets::error::ErrorBody as _;
use atlas_export_buckets::error::ErrorCode as _;
use atlas_export_buckets::error::FieldViolation as _;
use atlas_export_buckets::error::EXCERPT_LIMIT as _;
use atlas_export_buckets::operation as _;
use atlas_export_buckets::operation::HeaderDescriptor as _;
use atlas_export_buckets::operation::Method as _;
use atlas_export_buckets::operation::NoBody as _;
use atlas_export_buckets::operation::NoContent as _;
use atlas_export_buckets::operation::Operation as _;
use atlas_export_buckets::operation::OperationDescriptor as _;
use atlas_export_buckets::operation::ParameterDescriptor as _;
use atlas_export_buckets::operation::ParameterLocation as _;
use atlas_export_buckets::operation::Params as _;
use atlas_export_buckets::operation::ResponseDescriptor as _;
use atlas_export_buckets::response as _;
use atlas_export_buckets::response::Response as _;
use atlas_export_buckets::response::ResponseMeta as _;
use atlas_export_buckets::retry as _;
use atlas_export_buckets::retry::RetryEvent as _;
use atlas_export_buckets::retry::RetryPolicy as _;
use atlas_export_buckets::token_cache as _;
use atlas_export_buckets::token_cache::FileTokenCache as _;
use atlas_export_buckets::token_cache::StoredToken as _;
use atlas_export_buckets::token_cache::TokenCache as _;
use atlas_export_buckets::token_cache::TokenKey as _;
use atlas_export_buckets::validation as _;
use atlas_export_buckets::validation::check_items as _;
use atlas_export_buckets::validation::check_number as _;
use atlas_export_buckets::validation::check_str as _;
use atlas_export_buckets::validation::Location as _;
use atlas_export_buckets::validation::Pattern as _;
use atlas_export_buckets::validation::StrRule as _;
use atlas_export_buckets::validation::Validate as _;
use atlas_export_buckets::validation::ValidationError as _;
use atlas_export_buckets::validation::Violation as _;
use atlas_export_buckets::validation::ViolationKind as _;
use atlas_export_buckets::Credentials as _;
use atlas_export_buckets::Error as _;
use atlas_export_buckets::Response as _;
use atlas_export_buckets::ResponseMeta as _;
use atlas_export_buckets::RetryPolicy as _;

#[test]
fn the_runtime_items_keep_their_paths() {
    // The items are checked when this file compiles; one use of each kind, to be sure the
    // imports are the items and not namespaces of the same name.
    let _: Option<atlas_export_buckets::client::Client> = None;
    let _: &str = atlas_export_buckets::client::DEFAULT_BASE_URL;
    let _: fn(&str, &str) -> atlas_export_buckets::auth::Credentials =
        |id, secret| atlas_export_buckets::auth::Credentials::service_account(id, secret);
}
