//! One method per operation, at the newest version the spec declares for it, plus typed access to
//! the older version and the v1.0 API, and pagination.

use std::collections::HashSet;
use std::future::Future;

use futures_core::Stream;
use futures_util::TryStreamExt;
use serde::Serialize;

use crate::client::{Client, Response};
use crate::error::{Error, ErrorBody};
use crate::operation::{NoBody, NoContent, Operation};
use crate::response::ResponseMeta;
use crate::validation::{Validate, ValidationError};
use crate::{v1, v2};

/// Page size used by the `list_all` streams (the spec's maximum).
pub const MAX_PAGE_SIZE: i64 = 500;

/// Which page to ask for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[non_exhaustive]
pub struct PageRequest {
    /// `pageNum` (1-based).
    pub page_num: Option<i64>,
    /// `itemsPerPage` (1-500).
    pub items_per_page: Option<i64>,
    /// `includeCount` (the server's default is true).
    pub include_count: Option<bool>,
}

impl PageRequest {
    /// The server's defaults: page 1 of 100, with a count.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `pageNum`.
    #[must_use]
    pub fn page_num(mut self, n: i64) -> Self {
        self.page_num = Some(n);
        self
    }
    /// Sets `itemsPerPage`.
    #[must_use]
    pub fn items_per_page(mut self, n: i64) -> Self {
        self.items_per_page = Some(n);
        self
    }
    /// Sets `includeCount`.
    #[must_use]
    pub fn include_count(mut self, yes: bool) -> Self {
        self.include_count = Some(yes);
        self
    }
}

/// A list page: its items and the server's (estimated) total.
pub trait Page {
    /// Item type.
    type Item;
    /// Takes the items out.
    fn into_results(self) -> Vec<Self::Item>;
    /// `totalCount`, when the server sent it.
    fn total_count(&self) -> Option<i32>;
}

/// List parameters that take a page.
pub trait PagedParams: Sized {
    /// Applies a page request.
    fn with_page(self, page: PageRequest) -> Self;
}

macro_rules! page {
    ($page:ty, $item:ty) => {
        impl Page for $page {
            type Item = $item;
            fn into_results(self) -> Vec<$item> {
                self.results
            }
            fn total_count(&self) -> Option<i32> {
                self.total_count
            }
        }
    };
}
page!(
    v2::PaginatedBackupSnapshotExportBucketsView,
    v2::DiskBackupSnapshotExportBucketResponse
);
page!(
    v2::PaginatedBackupSnapshotExportBucketView,
    v2::DiskBackupSnapshotAwsExportBucketResponse
);
page!(
    v1::PaginatedBackupSnapshotExportBucketView,
    v1::DiskBackupSnapshotAwsExportBucketResponse
);

macro_rules! paged_params {
    ($params:ty) => {
        impl PagedParams for $params {
            fn with_page(mut self, page: PageRequest) -> Self {
                if let Some(n) = page.page_num {
                    self = self.with_page_num(n);
                }
                if let Some(n) = page.items_per_page {
                    self = self.with_items_per_page(n);
                }
                if let Some(c) = page.include_count {
                    self = self.with_include_count(c);
                }
                self
            }
        }
    };
}
paged_params!(v2::operations::list_group_backup_export_buckets::Params);
paged_params!(v1::operations::list_export_buckets::Params);

/// Streams every item of a list operation, requesting pages of [`MAX_PAGE_SIZE`]. It stops after
/// a short page (an empty one included), or once the items seen reach `totalCount` when the
/// server sends it (an estimate, so a short page always ends the stream too). An error is the
/// stream's last item. The loop is the runtime's
/// ([`paginate::pages`](atlas_client_runtime::paginate::pages)), which
/// `Client::paginate` also runs for every generated list operation.
pub fn paginate<O>(
    client: Client,
    params: O::Params,
) -> impl Stream<Item = Result<<O::Response as Page>::Item, Error>> + Send + 'static
where
    O: Operation<Request = NoBody> + 'static,
    O::Error: ErrorBody,
    O::Params: PagedParams + Clone + Send + Sync + 'static,
    O::Response: Page + Send,
    <O::Response as Page>::Item: Send + 'static,
{
    paginate_with::<O>(client, params, PageRequest::new())
}

/// [`paginate`], starting at `page.page_num` (default 1), with pages of `page.items_per_page`
/// (default [`MAX_PAGE_SIZE`]) and `page.include_count` as given. Without a count, only a short
/// page ends the stream (so a last full page costs one more, empty request).
pub fn paginate_with<O>(
    client: Client,
    params: O::Params,
    page: PageRequest,
) -> impl Stream<Item = Result<<O::Response as Page>::Item, Error>> + Send + 'static
where
    O: Operation<Request = NoBody> + 'static,
    O::Error: ErrorBody,
    O::Params: PagedParams + Clone + Send + Sync + 'static,
    O::Response: Page + Send,
    <O::Response as Page>::Item: Send + 'static,
{
    let first = page.page_num.unwrap_or(1);
    let size = page.items_per_page.unwrap_or(MAX_PAGE_SIZE);
    let include_count = page.include_count;
    // The runtime's pagination loop, so the stop rule is the one every generated list has.
    atlas_client_runtime::paginate::pages(first, size, move |page_num, items_per_page| {
        let client = client.clone();
        let params = params.clone().with_page(PageRequest {
            page_num: Some(page_num),
            items_per_page: Some(items_per_page),
            include_count,
        });
        async move {
            let resp = client.execute::<O>(&params, &NoBody).await?;
            let total = resp
                .body
                .total_count()
                .map(|t| u64::try_from(t).unwrap_or(0));
            Ok((resp.body.into_results(), total))
        }
    })
}

/// What a `create_or_recover` method made: the bucket, as the create answered it or as a
/// listing found it after the create's outcome was unknown.
#[derive(Debug)]
pub enum Created<T> {
    /// The create answered.
    Answered(Response<T>),
    /// The create's outcome was unknown (`cause`), and listing again found exactly one new
    /// bucket that matches the request: this one.
    Recovered {
        /// The bucket, as the listing showed it.
        body: T,
        /// Why the create's outcome was unknown.
        cause: Error,
    },
}

impl<T> Created<T> {
    /// The bucket.
    pub fn body(&self) -> &T {
        match self {
            Created::Answered(r) => &r.body,
            Created::Recovered { body, .. } => body,
        }
    }

    /// The bucket, taken out.
    pub fn into_body(self) -> T {
        match self {
            Created::Answered(r) => r.body,
            Created::Recovered { body, .. } => body,
        }
    }

    /// Whether the bucket was found by listing, not answered by the create.
    pub fn is_recovered(&self) -> bool {
        matches!(self, Created::Recovered { .. })
    }

    /// The create's response metadata, when it answered.
    pub fn meta(&self) -> Option<&ResponseMeta> {
        match self {
            Created::Answered(r) => Some(&r.meta),
            Created::Recovered { .. } => None,
        }
    }
}

/// Whether a create that ended so may have made the bucket all the same: the request was sent,
/// and no answer says what became of it.
fn outcome_unknown(e: &Error) -> bool {
    match e {
        Error::Timeout { .. } | Error::Transport { .. } => true,
        Error::Api { status, .. } | Error::Http { status, .. } => {
            matches!(status, 502..=504)
        }
        _ => false,
    }
}

/// The request fields a bucket must repeat to be the one a create made.
const MATCHED: [&str; 5] = [
    "cloudProvider",
    "bucketName",
    "iamRoleId",
    "roleId",
    "serviceUrl",
];

/// Whether `bucket` repeats every field of `request` that identifies a bucket.
fn matches_request(request: &serde_json::Value, bucket: &serde_json::Value) -> bool {
    MATCHED.iter().all(|k| match request.get(*k) {
        None => true,
        Some(v) => bucket.get(*k) == Some(v),
    })
}

fn id_of(bucket: &serde_json::Value) -> Option<String> {
    bucket.get("_id")?.as_str().map(str::to_owned)
}

/// Refuses, before anything is sent, a request that breaks the spec.
fn validate_first(params: &impl Validate, body: &impl Validate) -> Result<(), Error> {
    let mut violations = Vec::new();
    params.collect_violations("", &mut violations);
    body.collect_violations("", &mut violations);
    if violations.is_empty() {
        Ok(())
    } else {
        Err(Error::Validation(ValidationError { violations }))
    }
}

/// A create that never makes two buckets: list, create, and after an unknown outcome list again
/// and take the one new bucket that matches the request.
async fn create_recovering<T, S, P>(
    request: &impl Serialize,
    list: impl Fn() -> S,
    post: P,
) -> Result<Created<T>, Error>
where
    T: Serialize,
    S: Stream<Item = Result<T, Error>>,
    P: Future<Output = Result<Response<T>, Error>>,
{
    let as_value = |b: &T| serde_json::to_value(b).unwrap_or_default();
    let before: HashSet<String> = list()
        .try_collect::<Vec<T>>()
        .await?
        .iter()
        .filter_map(|b| id_of(&as_value(b)))
        .collect();
    let cause = match post.await {
        Ok(r) => return Ok(Created::Answered(r)),
        Err(e) if outcome_unknown(&e) => e,
        Err(e) => return Err(e),
    };
    tracing::warn!(error = %cause, "the create's outcome is unknown; listing to find out");
    let after: Vec<T> = match list().try_collect().await {
        Ok(after) => after,
        Err(e) => {
            tracing::warn!(error = %e, "cannot list again after the create");
            return Err(cause);
        }
    };
    let request = serde_json::to_value(request).unwrap_or_default();
    let mut found: Vec<(String, T)> = after
        .into_iter()
        .filter_map(|b| {
            let v = as_value(&b);
            let id = id_of(&v)?;
            (!before.contains(&id) && matches_request(&request, &v)).then_some((id, b))
        })
        .collect();
    match found.len() {
        0 => Err(cause),
        1 => {
            let (_, body) = found.remove(0);
            Ok(Created::Recovered { body, cause })
        }
        _ => Err(Error::AmbiguousCreate {
            cause: Box::new(cause),
            candidates: found.into_iter().map(|(id, _)| id).collect(),
        }),
    }
}

/// The v2 export-bucket operations, each at the newest version the spec declares for it.
///
/// DELETE exists only at 2023-01-01 and PATCH only at 2024-05-30; [`ExportBuckets::at_2023_01_01`]
/// reaches the older, AWS-only version of the others.
#[derive(Debug, Clone)]
pub struct ExportBuckets {
    client: Client,
}

/// The v2 operations at API version 2023-01-01: AWS only, no PATCH. Its responses carry
/// `x-sunset: 2027-07-01`.
#[derive(Debug, Clone)]
pub struct ExportBuckets2023 {
    client: Client,
}

/// The deprecated v1.0 operations: AWS only, `application/json`, no PATCH.
#[derive(Debug, Clone)]
pub struct ExportBucketsV1 {
    client: Client,
}

impl Client {
    /// The v2 export-bucket operations.
    pub fn export_buckets(&self) -> ExportBuckets {
        ExportBuckets {
            client: self.clone(),
        }
    }

    /// The v1.0 export-bucket operations.
    pub fn export_buckets_v1(&self) -> ExportBucketsV1 {
        ExportBucketsV1 {
            client: self.clone(),
        }
    }
}

mod ops2 {
    pub use crate::v2::operations::{
        create_group_backup_export_bucket as create, delete_group_backup_export_bucket as delete,
        get_group_backup_export_bucket as get, list_group_backup_export_buckets as list,
        update_group_backup_export_bucket as update,
    };
}
mod ops1 {
    pub use crate::v1::operations::{
        create_export_bucket as create, delete_export_bucket as delete, get_export_bucket as get,
        list_export_buckets as list,
    };
}

impl ExportBuckets {
    /// The same operations at API version 2023-01-01 (AWS only).
    pub fn at_2023_01_01(&self) -> ExportBuckets2023 {
        ExportBuckets2023 {
            client: self.client.clone(),
        }
    }

    /// Creates an export bucket (`POST`, 2024-05-30).
    pub async fn create(
        &self,
        group_id: &str,
        body: v2::DiskBackupSnapshotExportBucketRequest,
    ) -> Result<Response<v2::DiskBackupSnapshotExportBucketResponse>, Error> {
        self.client
            .execute::<ops2::create::V2024_05_30>(&ops2::create::Params::new(group_id), &body)
            .await
    }

    /// Creates an export bucket (`POST`, 2024-05-30) without ever making two: it lists the
    /// project's buckets first, and when the create's outcome is unknown (a timeout or a
    /// dropped connection after the request was sent, or a `502`, `503` or `504`: Atlas may have
    /// made the bucket all the same) it lists again. The one new bucket that matches the request
    /// (provider, bucket name, role, service URL) is returned as [`Created::Recovered`]; with
    /// none, the create's error; with several, [`Error::AmbiguousCreate`] naming them. It is
    /// never sent twice. The request is checked before anything is sent.
    pub async fn create_or_recover(
        &self,
        group_id: &str,
        body: v2::DiskBackupSnapshotExportBucketRequest,
    ) -> Result<Created<v2::DiskBackupSnapshotExportBucketResponse>, Error> {
        validate_first(&ops2::create::Params::new(group_id), &body)?;
        create_recovering(
            &body,
            || self.list_all(group_id),
            self.create(group_id, body.clone()),
        )
        .await
    }

    /// One page of a project's export buckets (`GET`, 2024-05-30).
    pub async fn list(
        &self,
        group_id: &str,
        page: PageRequest,
    ) -> Result<Response<v2::PaginatedBackupSnapshotExportBucketsView>, Error> {
        let params = ops2::list::Params::new(group_id).with_page(page);
        self.client
            .execute::<ops2::list::V2024_05_30>(&params, &NoBody)
            .await
    }

    /// Every export bucket of a project, as a lazy stream (pages of 500).
    pub fn list_all(
        &self,
        group_id: &str,
    ) -> impl Stream<Item = Result<v2::DiskBackupSnapshotExportBucketResponse, Error>> + Send + 'static
    {
        self.list_all_with(group_id, PageRequest::new())
    }

    /// [`ExportBuckets::list_all`] with a page size, a first page and `includeCount` of your own
    /// (see [`paginate_with`]).
    pub fn list_all_with(
        &self,
        group_id: &str,
        page: PageRequest,
    ) -> impl Stream<Item = Result<v2::DiskBackupSnapshotExportBucketResponse, Error>> + Send + 'static
    {
        paginate_with::<ops2::list::V2024_05_30>(
            self.client.clone(),
            ops2::list::Params::new(group_id),
            page,
        )
    }

    /// One export bucket (`GET`, 2024-05-30).
    pub async fn get(
        &self,
        group_id: &str,
        export_bucket_id: &str,
    ) -> Result<Response<v2::DiskBackupSnapshotExportBucketResponse>, Error> {
        self.client
            .execute::<ops2::get::V2024_05_30>(
                &ops2::get::Params::new(group_id, export_bucket_id),
                &NoBody,
            )
            .await
    }

    /// Sets `requirePrivateNetworking` (`PATCH`, 2024-05-30, the only version).
    pub async fn update(
        &self,
        group_id: &str,
        export_bucket_id: &str,
        require_private_networking: bool,
    ) -> Result<Response<v2::DiskBackupSnapshotExportBucketResponse>, Error> {
        let body = v2::UpdateRequirePrivateNetworkingRequestView::new(require_private_networking);
        self.client
            .execute::<ops2::update::V2024_05_30>(
                &ops2::update::Params::new(group_id, export_bucket_id),
                &body,
            )
            .await
    }

    /// Deletes an export bucket (`DELETE`, 2023-01-01, the only version).
    pub async fn delete(
        &self,
        group_id: &str,
        export_bucket_id: &str,
    ) -> Result<Response<NoContent>, Error> {
        self.at_2023_01_01()
            .delete(group_id, export_bucket_id)
            .await
    }
}

/// The AWS-only operations (create, list, list_all, get, delete) of one API version, for
/// [`ExportBuckets2023`] and [`ExportBucketsV1`]: the same calls over different types.
macro_rules! aws_only_operations {
    ($ty:ident, $api:ident, $ops:ident, $version:ident, $at:literal) => {
        impl $ty {
            #[doc = concat!("Creates an AWS export bucket (`POST`, ", $at, ").")]
            pub async fn create(
                &self,
                group_id: &str,
                body: $api::DiskBackupSnapshotAwsExportBucketRequest,
            ) -> Result<Response<$api::DiskBackupSnapshotAwsExportBucketResponse>, Error> {
                self.client
                    .execute::<$ops::create::$version>(&$ops::create::Params::new(group_id), &body)
                    .await
            }

            #[doc = concat!("Creates an AWS export bucket (`POST`, ", $at, ") without ever making two;")]
            /// see [`ExportBuckets::create_or_recover`].
            pub async fn create_or_recover(
                &self,
                group_id: &str,
                body: $api::DiskBackupSnapshotAwsExportBucketRequest,
            ) -> Result<Created<$api::DiskBackupSnapshotAwsExportBucketResponse>, Error> {
                validate_first(&$ops::create::Params::new(group_id), &body)?;
                create_recovering(
                    &body,
                    || self.list_all(group_id),
                    self.create(group_id, body.clone()),
                )
                .await
            }

            #[doc = concat!("One page (`GET`, ", $at, ").")]
            pub async fn list(
                &self,
                group_id: &str,
                page: PageRequest,
            ) -> Result<Response<$api::PaginatedBackupSnapshotExportBucketView>, Error> {
                let params = $ops::list::Params::new(group_id).with_page(page);
                self.client
                    .execute::<$ops::list::$version>(&params, &NoBody)
                    .await
            }

            /// Every export bucket, as a lazy stream (pages of 500).
            pub fn list_all(
                &self,
                group_id: &str,
            ) -> impl Stream<Item = Result<$api::DiskBackupSnapshotAwsExportBucketResponse, Error>>
                   + Send
                   + 'static {
                self.list_all_with(group_id, PageRequest::new())
            }

            /// `list_all` with a page size, a first page and `includeCount` of your own (see
            /// [`paginate_with`]).
            pub fn list_all_with(
                &self,
                group_id: &str,
                page: PageRequest,
            ) -> impl Stream<Item = Result<$api::DiskBackupSnapshotAwsExportBucketResponse, Error>>
                   + Send
                   + 'static {
                paginate_with::<$ops::list::$version>(
                    self.client.clone(),
                    $ops::list::Params::new(group_id),
                    page,
                )
            }

            #[doc = concat!("One export bucket (`GET`, ", $at, ").")]
            pub async fn get(
                &self,
                group_id: &str,
                export_bucket_id: &str,
            ) -> Result<Response<$api::DiskBackupSnapshotAwsExportBucketResponse>, Error> {
                self.client
                    .execute::<$ops::get::$version>(
                        &$ops::get::Params::new(group_id, export_bucket_id),
                        &NoBody,
                    )
                    .await
            }

            #[doc = concat!("Deletes an export bucket (`DELETE`, ", $at, ").")]
            pub async fn delete(
                &self,
                group_id: &str,
                export_bucket_id: &str,
            ) -> Result<Response<NoContent>, Error> {
                self.client
                    .execute::<$ops::delete::$version>(
                        &$ops::delete::Params::new(group_id, export_bucket_id),
                        &NoBody,
                    )
                    .await
            }
        }
    };
}

aws_only_operations!(ExportBuckets2023, v2, ops2, V2023_01_01, "2023-01-01");
aws_only_operations!(ExportBucketsV1, v1, ops1, V1_0, "v1.0");
