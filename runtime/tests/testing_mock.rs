//! `MockAtlas` answers the operations a test registers, through the real client: its
//! authentication, retries, timeouts and decoding.
#![cfg(feature = "testing")]
// Tests report failure by panicking.
#![allow(clippy::panic, clippy::unwrap_used)]

use std::borrow::Cow;
use std::time::Duration;

use atlas_client_runtime::error::ApiError;
use atlas_client_runtime::operation::{
    Method, NoBody, NoContent, Operation, OperationDescriptor, Params, ResponseDescriptor,
};
use atlas_client_runtime::testing::MockAtlas;
use atlas_client_runtime::validation::{Validate, Violation};
use atlas_client_runtime::{Client, Credentials, Error, RetryPolicy};
use serde::{Deserialize, Serialize};

const GROUP: &str = "32b6e34b3d91647abb20e7b8";
const V2023: &str = "application/vnd.atlas.2023-01-01+json";
const V2024: &str = "application/vnd.atlas.2024-05-30+json";

// ---- operations, as the generator describes them ---------------------------------------------

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
struct Item {
    id: String,
    name: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
struct Page {
    results: Vec<Item>,
    #[serde(rename = "totalCount")]
    total_count: u64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
struct NewItem {
    name: String,
}

impl Validate for NewItem {
    fn collect_violations(&self, _: &str, _: &mut Vec<Violation>) {}
}

/// `groupId` in the path, and an optional `itemsPerPage`.
struct GroupParams {
    group_id: String,
    items_per_page: Option<u32>,
}

impl GroupParams {
    fn new(group_id: &str) -> Self {
        GroupParams {
            group_id: group_id.to_owned(),
            items_per_page: None,
        }
    }
}

impl Validate for GroupParams {
    fn collect_violations(&self, _: &str, _: &mut Vec<Violation>) {}
}

impl Params for GroupParams {
    fn path_values(&self) -> Vec<(&'static str, Cow<'_, str>)> {
        vec![("groupId", Cow::Borrowed(self.group_id.as_str()))]
    }

    fn query_values(&self) -> Vec<(&'static str, String)> {
        self.items_per_page
            .map(|n| ("itemsPerPage", n.to_string()))
            .into_iter()
            .collect()
    }
}

const fn descriptor(
    operation_id: &'static str,
    method: Method,
    accept: &'static str,
    success_status: u16,
    responses: &'static [ResponseDescriptor],
) -> OperationDescriptor {
    OperationDescriptor {
        operation_id,
        operation_id_override: None,
        method,
        path: "/api/atlas/v2/groups/{groupId}/items",
        version: None,
        accept,
        content_type: match method {
            Method::Post => Some(accept),
            _ => None,
        },
        request_body_required: matches!(method, Method::Post),
        success_status,
        sunset: None,
        required_roles: &[],
        parameters: &[],
        responses,
    }
}

const fn json_success(status: &'static str, media_type: &'static str) -> ResponseDescriptor {
    ResponseDescriptor {
        status,
        description: "OK",
        media_type: Some(media_type),
        body: Some("Body"),
        headers: &[],
    }
}

struct ListItems;
impl Operation for ListItems {
    type Params = GroupParams;
    type Request = NoBody;
    type Response = Page;
    type Error = ApiError;
    const DESCRIPTOR: &'static OperationDescriptor = &descriptor(
        "listItems",
        Method::Get,
        V2023,
        200,
        &[json_success("200", V2023)],
    );
}

/// `listItems` at its newer version.
struct ListItems2024;
impl Operation for ListItems2024 {
    type Params = GroupParams;
    type Request = NoBody;
    type Response = Page;
    type Error = ApiError;
    const DESCRIPTOR: &'static OperationDescriptor = &descriptor(
        "listItems",
        Method::Get,
        V2024,
        200,
        &[json_success("200", V2024)],
    );
}

struct CreateItem;
impl Operation for CreateItem {
    type Params = GroupParams;
    type Request = NewItem;
    type Response = Item;
    type Error = ApiError;
    const DESCRIPTOR: &'static OperationDescriptor = &descriptor(
        "createItem",
        Method::Post,
        V2023,
        201,
        &[json_success("201", V2023)],
    );
}

struct DeleteItems;
impl Operation for DeleteItems {
    type Params = GroupParams;
    type Request = NoBody;
    type Response = NoContent;
    type Error = ApiError;
    const DESCRIPTOR: &'static OperationDescriptor = &descriptor(
        "deleteItems",
        Method::Delete,
        V2023,
        204,
        &[ResponseDescriptor {
            status: "204",
            description: "No Content",
            media_type: None,
            body: None,
            headers: &[],
        }],
    );
}

// ---- helpers ---------------------------------------------------------------------------------

fn page() -> Page {
    Page {
        results: vec![Item {
            id: "i1".to_owned(),
            name: "first".to_owned(),
        }],
        total_count: 1,
    }
}

/// A client of `mock` with `credentials`, retrying quickly.
fn client(mock: &MockAtlas, credentials: Credentials) -> Client {
    mock.client_builder()
        .credentials(credentials)
        .retry_policy(RetryPolicy::new().with_base_delay(Duration::from_millis(10)))
        .build()
        .unwrap()
}

async fn list(client: &Client) -> Result<Page, Error> {
    client
        .execute::<ListItems>(&GroupParams::new(GROUP), &NoBody)
        .await
        .map(|r| r.body)
}

// ---- tests -----------------------------------------------------------------------------------

#[tokio::test]
async fn a_typed_answer_decodes_through_the_client_with_digest_auth() {
    let mock = MockAtlas::start().await.unwrap();
    mock.on::<ListItems>().respond(page());
    let client = client(&mock, mock.digest_credentials());

    assert_eq!(list(&client).await.unwrap(), page());
    assert_eq!(list(&client).await.unwrap(), page());

    let calls = mock.calls::<ListItems>();
    assert_eq!(calls.len(), 2, "the challenge round trip is no call");
    let authorization = calls[0].header("Authorization").unwrap();
    assert!(authorization.starts_with("Digest "), "{authorization}");
    assert!(authorization.contains(r#"username="mock-public-key""#));
    assert_eq!(client.digest_algorithm().as_deref(), Some("MD5"));
}

#[tokio::test]
async fn a_wrong_private_key_is_refused_with_a_401() {
    let mock = MockAtlas::start().await.unwrap();
    mock.on::<ListItems>().respond(page());
    let client = client(&mock, Credentials::digest("mock-public-key", "not-the-key"));

    let err = list(&client).await.unwrap_err();
    assert_eq!(err.api_error().map(|e| e.error), Some(401), "{err:?}");
    assert!(mock.calls::<ListItems>().is_empty());
}

#[tokio::test]
async fn a_typed_answer_decodes_through_the_client_with_a_service_account() {
    let mock = MockAtlas::start().await.unwrap();
    mock.on::<ListItems>().respond(page());
    let client = client(&mock, mock.service_account_credentials());

    assert_eq!(list(&client).await.unwrap(), page());
    assert_eq!(list(&client).await.unwrap(), page());

    assert_eq!(mock.tokens_issued(), 1, "the token is reused");
    let calls = mock.calls::<ListItems>();
    assert!(calls[1]
        .header("authorization")
        .unwrap()
        .starts_with("Bearer mock-token-"));
}

#[tokio::test]
async fn a_wrong_client_secret_gets_no_token() {
    let mock = MockAtlas::start().await.unwrap();
    mock.on::<ListItems>().respond(page());
    let client = client(
        &mock,
        Credentials::service_account("mdb_sa_id_mock", "wrong"),
    );

    let err = list(&client).await.unwrap_err();
    assert!(
        matches!(
            err,
            Error::Auth {
                status: Some(401),
                ..
            }
        ),
        "{err:?}"
    );
    assert_eq!(mock.tokens_issued(), 0);
}

#[tokio::test]
async fn the_access_token_is_accepted_and_another_is_not() {
    let mock = MockAtlas::start().await.unwrap();
    mock.on::<ListItems>().respond(page());

    let accepted = client(&mock, mock.access_token_credentials());
    assert_eq!(list(&accepted).await.unwrap(), page());

    let refused = client(&mock, Credentials::access_token("someone-else"));
    let err = list(&refused).await.unwrap_err();
    assert_eq!(err.status(), Some(401), "{err:?}");
}

#[tokio::test]
async fn a_registered_api_error_arrives_as_error_api_with_its_code() {
    let mock = MockAtlas::start().await.unwrap();
    mock.on::<CreateItem>().respond_error(
        ApiError::new(409, "DUPLICATE_ITEM").with_detail("An item named first exists."),
    );
    let client = client(&mock, mock.digest_credentials());

    let err = client
        .execute::<CreateItem>(
            &GroupParams::new(GROUP),
            &NewItem {
                name: "first".to_owned(),
            },
        )
        .await
        .unwrap_err();
    let Error::Api { status, error, .. } = &err else {
        panic!("{err:?}");
    };
    assert_eq!(*status, 409);
    assert_eq!(error.error_code, "DUPLICATE_ITEM");
    assert_eq!(error.detail.as_deref(), Some("An item named first exists."));
}

#[tokio::test]
async fn a_503_then_a_value_is_retried_and_both_calls_are_recorded() {
    let mock = MockAtlas::start().await.unwrap();
    mock.on::<ListItems>()
        .respond_error(ApiError::new(503, "SERVICE_UNAVAILABLE"))
        .then_respond(page());
    let client = client(&mock, mock.digest_credentials());

    let answer = client
        .execute::<ListItems>(&GroupParams::new(GROUP), &NoBody)
        .await
        .unwrap();
    assert_eq!(answer.body, page());
    assert_eq!(answer.meta.attempts, 2);

    let statuses: Vec<u16> = mock
        .calls::<ListItems>()
        .iter()
        .map(|c| c.status())
        .collect();
    assert_eq!(statuses, [503, 200]);
}

#[tokio::test]
async fn once_every_answer_was_given_the_last_one_repeats() {
    let mock = MockAtlas::start().await.unwrap();
    mock.on::<ListItems>()
        .respond_status(404)
        .then_respond(page());
    let client = client(&mock, mock.digest_credentials());

    assert_eq!(list(&client).await.unwrap_err().status(), Some(404));
    assert_eq!(list(&client).await.unwrap(), page());
    assert_eq!(list(&client).await.unwrap(), page());
}

#[tokio::test]
async fn registering_again_replaces_the_answers() {
    let mock = MockAtlas::start().await.unwrap();
    mock.on::<ListItems>().respond_status(500);
    mock.on::<ListItems>().respond(page());
    let client = client(&mock, mock.digest_credentials());

    assert_eq!(list(&client).await.unwrap(), page());
}

#[tokio::test]
async fn an_unregistered_operation_is_a_404_naming_the_request() {
    let mock = MockAtlas::start().await.unwrap();
    mock.on::<CreateItem>().respond_status(500);
    let client = client(&mock, mock.digest_credentials());

    let err = list(&client).await.unwrap_err();
    let error = err.api_error().unwrap_or_else(|| panic!("{err:?}"));
    assert_eq!(
        (error.error, error.error_code.as_str()),
        (404, "MOCK_ATLAS_NOT_REGISTERED")
    );
    let detail = error.detail.as_deref().unwrap();
    let path = format!("/api/atlas/v2/groups/{GROUP}/items");
    assert!(detail.contains(&format!("GET {path}")), "{detail}");
    assert!(detail.contains(V2023), "{detail}");

    let unmatched = mock.unmatched();
    assert_eq!(unmatched.len(), 1);
    assert_eq!(
        (unmatched[0].method(), unmatched[0].path()),
        ("GET", path.as_str())
    );
}

#[tokio::test]
async fn another_version_of_a_registered_operation_is_a_406_naming_the_registered_one() {
    let mock = MockAtlas::start().await.unwrap();
    mock.on::<ListItems2024>().respond(page());
    let client = client(&mock, mock.digest_credentials());

    let err = list(&client).await.unwrap_err();
    let detail = err.api_error().and_then(|e| e.detail.clone()).unwrap();
    assert_eq!(err.status(), Some(406));
    assert!(
        detail.contains("listItems") && detail.contains(V2024),
        "{detail}"
    );

    let newer = client
        .execute::<ListItems2024>(&GroupParams::new(GROUP), &NoBody)
        .await
        .unwrap();
    assert_eq!(newer.body, page());
}

#[tokio::test]
async fn calls_record_path_parameters_query_headers_and_the_typed_body() {
    let mock = MockAtlas::start().await.unwrap();
    let created = Item {
        id: "i2".to_owned(),
        name: "second".to_owned(),
    };
    mock.on::<CreateItem>().respond(created.clone());
    mock.on::<ListItems>().respond(page());
    let client = client(&mock, mock.digest_credentials());

    let params = GroupParams {
        group_id: GROUP.to_owned(),
        items_per_page: Some(5),
    };
    client.execute::<ListItems>(&params, &NoBody).await.unwrap();
    let new = NewItem {
        name: "second".to_owned(),
    };
    let answer = client
        .execute::<CreateItem>(&GroupParams::new(GROUP), &new)
        .await
        .unwrap();
    assert_eq!((answer.body, answer.meta.status), (created, 201));

    let lists = mock.calls::<ListItems>();
    assert_eq!(lists.len(), 1);
    assert_eq!(lists[0].method(), "GET");
    assert_eq!(lists[0].path_param("groupId"), Some(GROUP));
    assert_eq!(lists[0].query("itemsPerPage"), Some("5"));
    assert_eq!(lists[0].header("accept"), Some(V2023));
    assert_eq!(lists[0].request_body().unwrap(), NoBody);

    let creates = mock.calls::<CreateItem>();
    assert_eq!(creates.len(), 1);
    assert_eq!(creates[0].method(), "POST");
    assert_eq!(creates[0].query_pairs(), []);
    assert_eq!(creates[0].header("content-type"), Some(V2023));
    assert_eq!(creates[0].request_body().unwrap(), new);
}

#[tokio::test]
async fn an_operation_declared_without_a_body_is_answered_without_one() {
    let mock = MockAtlas::start().await.unwrap();
    mock.on::<DeleteItems>().respond(NoContent);
    let client = client(&mock, mock.digest_credentials());

    let answer = client
        .execute::<DeleteItems>(&GroupParams::new(GROUP), &NoBody)
        .await
        .unwrap();
    assert_eq!(answer.meta.status, 204);
}

#[tokio::test]
async fn a_delay_longer_than_the_request_timeout_is_a_timeout() {
    let mock = MockAtlas::start().await.unwrap();
    mock.on::<ListItems>()
        .respond(page())
        .after(Duration::from_secs(5));
    let client = mock
        .client_builder()
        .request_timeout(Duration::from_millis(200))
        .retry_policy(RetryPolicy::none())
        .build()
        .unwrap();

    let err = list(&client).await.unwrap_err();
    assert!(matches!(err, Error::Timeout { .. }), "{err:?}");
}

#[tokio::test]
async fn a_delay_shorter_than_the_request_timeout_is_waited_for() {
    let mock = MockAtlas::start().await.unwrap();
    mock.on::<ListItems>()
        .respond(page())
        .after(Duration::from_millis(300));
    let client = client(&mock, mock.digest_credentials());
    // The first call takes the challenge; the second is timed alone.
    list(&client).await.unwrap();

    let started = std::time::Instant::now();
    assert_eq!(list(&client).await.unwrap(), page());
    assert!(started.elapsed() >= Duration::from_millis(300));
}

#[tokio::test]
async fn headers_added_to_an_answer_reach_the_client() {
    let mock = MockAtlas::start().await.unwrap();
    mock.on::<ListItems>()
        .respond(page())
        .with_header("Deprecation", "@1767225600");
    let client = client(&mock, mock.digest_credentials());

    let answer = client
        .execute::<ListItems>(&GroupParams::new(GROUP), &NoBody)
        .await
        .unwrap();
    assert_eq!(answer.meta.deprecation.as_deref(), Some("@1767225600"));
}

#[tokio::test]
async fn a_raw_answer_is_sent_as_given() {
    let mock = MockAtlas::start().await.unwrap();
    mock.on::<ListItems>()
        .respond_raw(200, V2023, r#"{"results": "not a list"}"#);
    let client = client(&mock, mock.digest_credentials());

    let err = list(&client).await.unwrap_err();
    assert!(matches!(err, Error::Decode { status: 200, .. }), "{err:?}");
}

#[tokio::test]
async fn the_server_stops_when_the_mock_is_dropped() {
    let mock = MockAtlas::start().await.unwrap();
    mock.on::<ListItems>().respond(page());
    let client = client(&mock, mock.digest_credentials());
    list(&client).await.unwrap();

    drop(mock);
    tokio::task::yield_now().await;
    let err = list(&client).await.unwrap_err();
    assert!(
        matches!(err, Error::Connect { .. } | Error::Transport { .. }),
        "{err:?}"
    );
}
