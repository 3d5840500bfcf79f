//! The fake's HTTP server: routing, auth, validation, storage and faults.

use std::collections::hash_map::RandomState;
use std::collections::{BTreeMap, HashMap, VecDeque};
use std::convert::Infallible;
use std::hash::{BuildHasher, Hasher};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use base64::Engine;
use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use hyper::body::Incoming;
use hyper::{Request, Response, StatusCode};
use serde_json::{json, Value};

use super::backups::{self, Backup};
use super::reply::{
    api_error, decode, not_found, page_number, paged, reply, validation_error, with_header, Reply,
    HEX24,
};
use super::{DigestAlgorithm, FakeConfig, Faults, Recorded};
use crate::operation::{Operation, OperationDescriptor};
use crate::v1::operations as o1;
use crate::v2::operations as o2;
use crate::validation::Validate;
use crate::{v1, v2};

/// A fault for the next requests.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Fault {
    /// `429 RATE_LIMITED` with `Retry-After` (seconds).
    TooManyRequests {
        /// Seconds to wait.
        retry_after: u64,
    },
    /// `503` with an Atlas error body.
    Unavailable,
    /// Answer normally after a delay.
    Slow(Duration),
    /// Close the connection without answering.
    DropConnection,
    /// Answer with this status and body (`application/json`, sent as given, valid or not),
    /// instead of handling the request.
    Body {
        /// The status.
        status: u16,
        /// The body bytes, as text.
        body: String,
    },
    /// Answer normally, with `Deprecation` and `Sunset` headers added.
    Deprecated {
        /// The `Deprecation` value.
        deprecation: String,
        /// The `Sunset` value.
        sunset: String,
    },
    /// Handle the request (a create is stored), then answer `503` instead of the result: the
    /// caller cannot tell that it succeeded.
    HandledThenUnavailable,
    /// Handle the request (a create is stored), then close the connection without answering.
    HandledThenDropped,
}

pub(crate) struct State {
    pub(crate) config: FakeConfig,
    pub(crate) faults: Faults,
    pub(crate) log: Mutex<Vec<Recorded>>,
    pub(crate) store:
        Mutex<HashMap<String, BTreeMap<String, v2::DiskBackupSnapshotExportBucketResponse>>>,
    pub(crate) tokens: Mutex<HashMap<String, Instant>>,
    pub(crate) exports: backups::Exports,
    nonces: Mutex<HashMap<String, Instant>>,
    counter: AtomicU64,
    seed: u64,
    minute: Mutex<(Instant, u64)>,
}

fn random() -> u64 {
    RandomState::new().build_hasher().finish()
}

impl State {
    pub(crate) fn new(config: FakeConfig) -> Self {
        State {
            config,
            faults: Mutex::new(VecDeque::new()),
            log: Mutex::new(Vec::new()),
            store: Mutex::new(HashMap::new()),
            tokens: Mutex::new(HashMap::new()),
            exports: Mutex::new(BTreeMap::new()),
            nonces: Mutex::new(HashMap::new()),
            counter: AtomicU64::new(1),
            seed: random() & 0xffff_ffff,
            minute: Mutex::new((Instant::now(), 0)),
        }
    }

    pub(super) fn next_id(&self) -> String {
        let n = self.counter.fetch_add(1, Ordering::Relaxed);
        format!("{:08x}{:016x}", self.seed, n)
    }

    fn remaining(&self) -> u64 {
        let mut m = self.minute.lock().unwrap_or_else(|p| p.into_inner());
        if m.0.elapsed() >= Duration::from_secs(60) {
            *m = (Instant::now(), 0);
        }
        m.1 += 1;
        self.config.rate_limit.saturating_sub(m.1)
    }
}

struct Dropped;

impl std::fmt::Debug for Dropped {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("connection dropped by an injected fault")
    }
}
impl std::fmt::Display for Dropped {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("connection dropped by an injected fault")
    }
}
impl std::error::Error for Dropped {}

pub(crate) async fn serve(
    listener: tokio::net::TcpListener,
    state: Arc<State>,
    mut stop: tokio::sync::oneshot::Receiver<()>,
) {
    loop {
        let accepted = tokio::select! {
            _ = &mut stop => return,
            a = listener.accept() => a,
        };
        let Ok((stream, _)) = accepted else { continue };
        let state = state.clone();
        tokio::spawn(async move {
            let io = hyper_util::rt::TokioIo::new(stream);
            let svc = hyper::service::service_fn(move |req| {
                let state = state.clone();
                async move { handle(state, req).await }
            });
            let _ = hyper::server::conn::http1::Builder::new()
                .serve_connection(io, svc)
                .await;
        });
    }
}

async fn handle(state: Arc<State>, req: Request<Incoming>) -> Result<Reply, Dropped> {
    let method = req.method().as_str().to_owned();
    let uri = req
        .uri()
        .path_and_query()
        .map_or("/".to_owned(), |p| p.as_str().to_owned());
    let accept = req
        .headers()
        .get(hyper::header::ACCEPT)
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned);
    let fault = state
        .faults
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .pop_front();
    let record = |status: u16| {
        state
            .log
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .push(Recorded {
                method: method.clone(),
                uri: uri.clone(),
                accept: accept.clone(),
                status,
            });
    };
    let mut deprecated = None;
    let mut handled_then = None;
    let early = match fault {
        Some(Fault::Deprecated {
            deprecation,
            sunset,
        }) => {
            deprecated = Some((deprecation, sunset));
            None
        }
        Some(Fault::Body { status, body }) => {
            let mut r = Response::new(Full::new(Bytes::from(body)));
            *r.status_mut() =
                StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
            Some(with_header(
                r,
                "content-type",
                "application/json".to_owned(),
            ))
        }
        Some(Fault::DropConnection) => {
            record(0);
            return Err(Dropped);
        }
        Some(Fault::Slow(d)) => {
            tokio::time::sleep(d).await;
            None
        }
        Some(f @ (Fault::HandledThenUnavailable | Fault::HandledThenDropped)) => {
            handled_then = Some(f);
            None
        }
        Some(Fault::TooManyRequests { retry_after }) => Some(with_header(
            api_error(429, "RATE_LIMITED", "Resource has been rate limited."),
            "retry-after",
            retry_after.to_string(),
        )),
        Some(Fault::Unavailable) => Some(api_error(
            503,
            "SERVICE_UNAVAILABLE",
            "Service temporarily unavailable.",
        )),
        None => None,
    };
    let resp = match early {
        Some(r) => r,
        None => {
            let (parts, body) = req.into_parts();
            let body = match body.collect().await {
                Ok(b) => b.to_bytes(),
                Err(_) => Bytes::new(),
            };
            route(&state, &parts, &body)
        }
    };
    let resp = match handled_then {
        Some(Fault::HandledThenDropped) => {
            record(0);
            return Err(Dropped);
        }
        Some(_) => api_error(
            503,
            "SERVICE_UNAVAILABLE",
            "Service temporarily unavailable.",
        ),
        None => resp,
    };
    let resp = match deprecated {
        Some((deprecation, sunset)) => with_header(
            with_header(resp, "deprecation", deprecation),
            "sunset",
            sunset,
        ),
        None => resp,
    };
    record(resp.status().as_u16());
    Ok(resp)
}

// ---- auth -----------------------------------------------------------------------------------

fn challenge(state: &State, stale: bool) -> Reply {
    let nonce = format!("{:016x}{:016x}", random(), random());
    state
        .nonces
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .insert(nonce.clone(), Instant::now());
    let algorithm = match state.config.digest_algorithm {
        DigestAlgorithm::Md5 => "MD5",
        DigestAlgorithm::Sha256 => "SHA-256",
    };
    let value = format!(
        r#"Digest realm="MMS Public API", domain="", nonce="{nonce}", algorithm={algorithm}, qop="auth", stale={stale}"#
    );
    with_header(
        api_error(
            401,
            "NOT_AUTHORIZED",
            "You are not authorized for this resource.",
        ),
        "www-authenticate",
        value,
    )
}

/// `None` when authorized; otherwise the 401 to send.
fn authorize(state: &State, parts: &hyper::http::request::Parts, body: &[u8]) -> Option<Reply> {
    let Some(auth) = parts
        .headers
        .get(hyper::header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
    else {
        return Some(challenge(state, false));
    };
    if let Some(token) = auth.strip_prefix("Bearer ") {
        let valid = state
            .tokens
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .get(token)
            .is_some_and(|exp| *exp > Instant::now());
        return if valid {
            None
        } else {
            Some(api_error(
                401,
                "NOT_AUTHORIZED",
                "The bearer token is invalid or expired.",
            ))
        };
    }
    if !auth.is_ascii()
        || !auth
            .get(..7)
            .is_some_and(|p| p.eq_ignore_ascii_case("digest "))
    {
        return Some(challenge(state, false));
    }
    let Ok(header) = digest_auth::AuthorizationHeader::parse(auth) else {
        return Some(challenge(state, false));
    };
    let uri = parts.uri.path_and_query().map_or("/", |p| p.as_str());
    if header.username != state.config.public_key
        || header.uri != uri
        || header.realm != "MMS Public API"
    {
        return Some(challenge(state, false));
    }
    let issued = state
        .nonces
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .get(&header.nonce)
        .copied();
    let Some(issued) = issued else {
        return Some(challenge(state, true));
    };
    let mut expected = header.clone();
    expected.response = String::new();
    let ctx = digest_auth::AuthContext::new_with_method(
        state.config.public_key.as_str(),
        state.config.private_key.as_str(),
        uri,
        Some(body),
        digest_auth::HttpMethod::from(parts.method.as_str()),
    );
    expected.digest(&ctx);
    if expected.response != header.response {
        return Some(challenge(state, false));
    }
    if issued.elapsed() > state.config.nonce_ttl {
        return Some(challenge(state, true));
    }
    None
}

fn token(state: &State, parts: &hyper::http::request::Parts, body: &[u8]) -> Reply {
    let basic = parts
        .headers
        .get(hyper::header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Basic "))
        .and_then(|b| base64::engine::general_purpose::STANDARD.decode(b).ok())
        .and_then(|b| String::from_utf8(b).ok());
    let expected = format!("{}:{}", state.config.client_id, state.config.client_secret);
    if basic.as_deref() != Some(expected.as_str()) {
        return reply(
            401,
            "application/json",
            &json!({"error": "invalid_client", "error_description": "Invalid client credentials."}),
        );
    }
    if body != b"grant_type=client_credentials" {
        return reply(
            400,
            "application/json",
            &json!({"error": "unsupported_grant_type"}),
        );
    }
    let token = format!("fake-token-{:016x}{:016x}", random(), random());
    let ttl = state.config.token_ttl;
    state
        .tokens
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .insert(token.clone(), Instant::now() + ttl);
    reply(
        200,
        "application/json",
        &json!({"access_token": token, "expires_in": ttl.as_secs(), "token_type": "Bearer"}),
    )
}

// ---- routing ---------------------------------------------------------------------------------

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Op {
    List,
    Create,
    Get,
    Update,
    Delete,
    /// A `Cloud Backups` operation of the export journey (`backups.rs`).
    Backup(Backup),
}

fn descriptors() -> [(Op, bool, &'static OperationDescriptor); 16] {
    [
        (
            Op::Backup(Backup::ListSnapshots),
            true,
            &backups::LIST_SNAPSHOTS,
        ),
        (
            Op::Backup(Backup::ListExports),
            true,
            &backups::LIST_EXPORTS,
        ),
        (
            Op::Backup(Backup::CreateExport),
            true,
            &backups::CREATE_EXPORT,
        ),
        (Op::Backup(Backup::GetExport), true, &backups::GET_EXPORT),
        (
            Op::List,
            true,
            <o2::list_group_backup_export_buckets::V2023_01_01 as Operation>::DESCRIPTOR,
        ),
        (
            Op::List,
            true,
            <o2::list_group_backup_export_buckets::V2024_05_30 as Operation>::DESCRIPTOR,
        ),
        (
            Op::Create,
            true,
            <o2::create_group_backup_export_bucket::V2023_01_01 as Operation>::DESCRIPTOR,
        ),
        (
            Op::Create,
            true,
            <o2::create_group_backup_export_bucket::V2024_05_30 as Operation>::DESCRIPTOR,
        ),
        (
            Op::Get,
            true,
            <o2::get_group_backup_export_bucket::V2023_01_01 as Operation>::DESCRIPTOR,
        ),
        (
            Op::Get,
            true,
            <o2::get_group_backup_export_bucket::V2024_05_30 as Operation>::DESCRIPTOR,
        ),
        (
            Op::Update,
            true,
            <o2::update_group_backup_export_bucket::V2024_05_30 as Operation>::DESCRIPTOR,
        ),
        (
            Op::Delete,
            true,
            <o2::delete_group_backup_export_bucket::V2023_01_01 as Operation>::DESCRIPTOR,
        ),
        (
            Op::List,
            false,
            <o1::list_export_buckets::V1_0 as Operation>::DESCRIPTOR,
        ),
        (
            Op::Create,
            false,
            <o1::create_export_bucket::V1_0 as Operation>::DESCRIPTOR,
        ),
        (
            Op::Get,
            false,
            <o1::get_export_bucket::V1_0 as Operation>::DESCRIPTOR,
        ),
        (
            Op::Delete,
            false,
            <o1::delete_export_bucket::V1_0 as Operation>::DESCRIPTOR,
        ),
    ]
}

/// Matches a path against a template; returns the path parameters.
fn matches(template: &str, path: &str) -> Option<Vec<(String, String)>> {
    let t: Vec<&str> = template.split('/').collect();
    let p: Vec<&str> = path.split('/').collect();
    if t.len() != p.len() {
        return None;
    }
    let mut params = Vec::new();
    for (a, b) in t.iter().zip(&p) {
        if let Some(name) = a.strip_prefix('{').and_then(|n| n.strip_suffix('}')) {
            let value = percent_encoding::percent_decode_str(b)
                .decode_utf8_lossy()
                .into_owned();
            params.push((name.to_owned(), value));
        } else if a != b {
            return None;
        }
    }
    Some(params)
}

fn route(state: &State, parts: &hyper::http::request::Parts, body: &[u8]) -> Reply {
    let path = parts.uri.path();
    if path == "/api/oauth/token" {
        return if parts.method == hyper::Method::POST {
            token(state, parts, body)
        } else {
            method_not_allowed(parts.method.as_str(), path, &["POST"])
        };
    }
    let method = parts.method.as_str();
    let candidates: Vec<_> = descriptors()
        .into_iter()
        .filter_map(|(op, v2, d)| matches(d.path, path).map(|p| (op, v2, d, p)))
        .collect();
    if candidates.is_empty() {
        return api_error(
            404,
            "RESOURCE_NOT_FOUND",
            &format!("Cannot find resource {path}."),
        );
    }
    let same_method: Vec<_> = candidates
        .iter()
        .filter(|(_, _, d, _)| d.method.as_str() == method)
        .collect();
    if same_method.is_empty() {
        let mut allowed: Vec<&str> = candidates
            .iter()
            .map(|(_, _, d, _)| d.method.as_str())
            .collect();
        allowed.sort_unstable();
        allowed.dedup();
        return method_not_allowed(method, path, &allowed);
    }
    if let Some(deny) = authorize(state, parts, body) {
        return deny;
    }
    let accept = parts
        .headers
        .get(hyper::header::ACCEPT)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    let Some((op, is_v2, d, path_params)) = same_method
        .iter()
        .find(|(_, _, d, _)| {
            accept
                .split(',')
                .any(|a| a.split(';').next().unwrap_or("").trim() == d.accept)
        })
        .map(|c| (c.0, c.1, c.2, c.3.clone()))
    else {
        let declared: Vec<&str> = same_method.iter().map(|(_, _, d, _)| d.accept).collect();
        return api_error(
            406,
            "INVALID_VERSION_DATE",
            &format!(
                "Accept {accept:?} is not a version this operation declares; use one of {}.",
                declared.join(", ")
            ),
        );
    };
    if let Some(ct) = d.content_type {
        let sent = parts.headers.get(hyper::header::CONTENT_TYPE);
        if sent.is_none() && body.is_empty() {
            // No body at all: the operation's declared 400, as for any other invalid body.
            return validation_error(vec![(
                "body".to_owned(),
                format!("a request body ({ct}) is required"),
            )]);
        }
        let sent = sent.and_then(|v| v.to_str().ok()).unwrap_or("");
        if sent.split(';').next().unwrap_or("").trim() != ct {
            return api_error(
                415,
                "UNSUPPORTED_MEDIA_TYPE",
                &format!("Content-Type must be {ct}."),
            );
        }
    }
    let query: HashMap<String, String> = parts
        .uri
        .query()
        .map(|q| {
            url::form_urlencoded::parse(q.as_bytes())
                .into_owned()
                .collect()
        })
        .unwrap_or_default();
    let group = path_params
        .iter()
        .find(|(k, _)| k == "groupId")
        .map(|(_, v)| v.clone())
        .unwrap_or_default();
    let bucket = path_params
        .iter()
        .find(|(k, _)| k == "exportBucketId")
        .map(|(_, v)| v.clone());
    // Path and query parameters, checked with the generated rules.
    let mut violations = Vec::new();
    check_params(&path_params, &query, d, &mut violations);
    if !violations.is_empty() {
        return validation_error(violations);
    }
    if let Op::Backup(backup) = op {
        return backups::handle(state, backup, path, &path_params, &query, body);
    }
    let version = d.version;
    // v1.0 and 2023-01-01 declare AWS-only bodies: there, other buckets are not shown (the
    // spec has no way to describe them), and reading one is a 404. Deleting one still works:
    // DELETE exists at 2023-01-01 only, and its 204 has no body.
    let aws_only = !is_v2 || version == Some("2023-01-01");
    let shown = |b: &v2::DiskBackupSnapshotExportBucketResponse| {
        !aws_only || matches!(b, v2::DiskBackupSnapshotExportBucketResponse::Aws(_))
    };
    let ok = |status: u16, body: &Value| answer(state, d.accept, status, body);
    match op {
        Op::List => list(state, path, &group, &query, shown, ok),
        Op::Create => match decode_create(body, is_v2, version) {
            Err(fields) => validation_error(fields),
            Ok(mut created) => {
                set_id(&mut created, state.next_id());
                let value = serde_json::to_value(&created).unwrap_or_default();
                let id = id_of(&created);
                state
                    .store
                    .lock()
                    .unwrap_or_else(|p| p.into_inner())
                    .entry(group)
                    .or_default()
                    .insert(id, created);
                ok(200, &value)
            }
        },
        Op::Get => {
            let store = state.store.lock().unwrap_or_else(|p| p.into_inner());
            match bucket.as_ref().and_then(|b| store.get(&group)?.get(b)) {
                Some(b) if shown(b) => ok(200, &serde_json::to_value(b).unwrap_or_default()),
                Some(_) => api_error(
                    404,
                    "RESOURCE_NOT_FOUND",
                    &format!(
                        "Export bucket {} in project {group} is not an AWS bucket, and this API version serves AWS buckets only.",
                        bucket.as_deref().unwrap_or("")
                    ),
                ),
                None => not_found(bucket.as_deref(), &group),
            }
        }
        Op::Update => {
            let parsed: Result<v2::UpdateRequirePrivateNetworkingRequestView, _> = decode(body);
            let update = match parsed {
                Ok(u) => u,
                Err(fields) => return validation_error(fields),
            };
            let mut store = state.store.lock().unwrap_or_else(|p| p.into_inner());
            match bucket
                .as_ref()
                .and_then(|b| store.get_mut(&group)?.get_mut(b))
            {
                Some(b) => {
                    set_private(b, update.require_private_networking);
                    ok(200, &serde_json::to_value(&*b).unwrap_or_default())
                }
                None => not_found(bucket.as_deref(), &group),
            }
        }
        Op::Backup(_) => api_error(
            500,
            "UNEXPECTED_ERROR",
            "A Cloud Backups operation reached the export buckets' handler.",
        ),
        Op::Delete => {
            let mut store = state.store.lock().unwrap_or_else(|p| p.into_inner());
            match bucket
                .as_ref()
                .and_then(|b| store.get_mut(&group)?.remove(b))
            {
                Some(_) => {
                    // The spec declares the 204 with content of the version's media type (no schema).
                    let r = Response::new(Full::new(Bytes::new()));
                    let r = with_header(r, "content-type", d.accept.to_owned());
                    let r = with_header(r, "ratelimit-remaining", state.remaining().to_string());
                    let mut r =
                        with_header(r, "ratelimit-limit", state.config.rate_limit.to_string());
                    *r.status_mut() = StatusCode::NO_CONTENT;
                    r
                }
                None => not_found(bucket.as_deref(), &group),
            }
        }
    }
}

impl backups::Host for State {
    fn config(&self) -> &FakeConfig {
        &self.config
    }

    fn exports(&self) -> &backups::Exports {
        &self.exports
    }

    fn has_bucket(&self, group: &str, id: &str) -> bool {
        self.store
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .get(group)
            .is_some_and(|buckets| buckets.contains_key(id))
    }

    fn next_id(&self) -> String {
        State::next_id(self)
    }

    fn answer(&self, media: &str, status: u16, body: &Value) -> Reply {
        answer(self, media, status, body)
    }
}

/// A success in the operation's media type, with the `RateLimit-*` headers.
fn answer(state: &State, media: &str, status: u16, body: &Value) -> Reply {
    let r = reply(status, media, body);
    let r = with_header(r, "ratelimit-limit", state.config.rate_limit.to_string());
    with_header(r, "ratelimit-remaining", state.remaining().to_string())
}

/// `405` with the `Allow` header RFC 9110 requires: the methods the path serves.
fn method_not_allowed(method: &str, path: &str, allowed: &[&str]) -> Reply {
    let allow = allowed.join(", ");
    with_header(
        api_error(
            405,
            "METHOD_NOT_ALLOWED",
            &format!("{method} is not supported on {path}; use {allow}."),
        ),
        "allow",
        allow,
    )
}

fn check_params(
    path: &[(String, String)],
    query: &HashMap<String, String>,
    d: &OperationDescriptor,
    out: &mut Vec<(String, String)>,
) {
    for (name, value) in path {
        let mut v = Vec::new();
        // Path ids share one rule in this API: 24 hexadecimal digits. A cluster's name has its own.
        let pattern = if name == "clusterName" {
            &CLUSTER_NAME
        } else {
            &HEX24
        };
        crate::validation::check_str(
            &mut v,
            crate::validation::Location::Path,
            "",
            name,
            value,
            &crate::validation::StrRule {
                min_length: None,
                max_length: None,
                pattern: Some(pattern),
                uuid: false,
            },
        );
        out.extend(v.into_iter().map(|v| (v.path, v.kind.to_string())));
    }
    for p in d
        .parameters
        .iter()
        .filter(|p| p.location == crate::operation::ParameterLocation::Query)
    {
        let Some(value) = query.get(p.name) else {
            continue;
        };
        let bad = match p.name {
            "pageNum" => page_number(value).is_none(),
            "itemsPerPage" => value
                .parse::<i64>()
                .map_or(true, |n| !(1..=500).contains(&n)),
            "includeCount" | "envelope" | "pretty" => value.parse::<bool>().is_err(),
            "pointInTimeUtcSeconds" | "oplogTs" | "oplogInc" => value.parse::<i64>().is_err(),
            _ => false,
        };
        if bad {
            out.push((p.name.to_owned(), format!("invalid value {value:?}")));
        }
    }
}

static CLUSTER_NAME: crate::validation::Pattern =
    crate::validation::Pattern::new("^[a-zA-Z0-9][a-zA-Z0-9-]*$");

fn decode_create(
    body: &[u8],
    is_v2: bool,
    version: Option<&str>,
) -> Result<v2::DiskBackupSnapshotExportBucketResponse, Vec<(String, String)>> {
    use v2::DiskBackupSnapshotExportBucketRequest as R;
    use v2::DiskBackupSnapshotExportBucketResponse as B;
    let aws = |bucket_name: String, iam_role_id: String, private: Option<bool>| {
        let b = v2::DiskBackupSnapshotAwsExportBucketResponse::new(
            String::new(),
            bucket_name,
            iam_role_id,
        )
        .with_region("us-east-1")
        .with_require_private_networking(private.unwrap_or(false));
        B::Aws(b)
    };
    if !is_v2 {
        let r: v1::DiskBackupSnapshotAwsExportBucketRequest = decode(body)?;
        if r.cloud_provider != v1::DiskBackupSnapshotAwsExportBucketRequestCloudProvider::Aws {
            return Err(vec![(
                "cloudProvider".to_owned(),
                "only AWS is supported by this version".to_owned(),
            )]);
        }
        return Ok(aws(
            r.bucket_name,
            r.iam_role_id,
            r.require_private_networking,
        ));
    }
    if version == Some("2023-01-01") {
        let r: v2::DiskBackupSnapshotAwsExportBucketRequest = decode(body)?;
        return Ok(aws(
            r.bucket_name,
            r.iam_role_id,
            r.require_private_networking,
        ));
    }
    match decode_provider_request(body)? {
        R::Aws(r) => Ok(aws(
            r.bucket_name,
            r.iam_role_id,
            r.require_private_networking,
        )),
        R::Azure(r) => {
            let name = match &r.bucket_name {
                Some(n) => n.clone(),
                None => derived_container(&r)?,
            };
            Ok(B::Azure(
                v2::DiskBackupSnapshotAzureExportBucketResponse::new(
                    String::new(),
                    name,
                    r.role_id,
                    r.service_url,
                    "4297fc77-1592-4de8-a6d5-a8c32401df87",
                ),
            ))
        }
        R::Gcp(r) => Ok(B::Gcp(v2::DiskBackupSnapshotGcpExportBucketResponse::new(
            String::new(),
            r.bucket_name,
            r.role_id,
        ))),
    }
}

/// Decodes the 2024-05-30 create body, strictly. The union's own (serde-derived) decoder buffers
/// the object and hands the variant a copy without its tag, out of reach of `crate::strict`; so the
/// tag is read first, and the variant it names is decoded from the body itself (its tag check
/// then sees the tag). Bodies without a known tag get the union's own error.
fn decode_provider_request(
    body: &[u8],
) -> Result<v2::DiskBackupSnapshotExportBucketRequest, Vec<(String, String)>> {
    use v2::DiskBackupSnapshotExportBucketRequest as R;
    let object: Option<serde_json::Map<String, Value>> = serde_json::from_slice(body).ok();
    match object
        .as_ref()
        .and_then(|o| o.get("cloudProvider")?.as_str())
    {
        Some("AWS") => decode(body).map(R::Aws),
        Some("AZURE") => decode(body).map(R::Azure),
        Some("GCP") => decode(body).map(R::Gcp),
        _ => decode::<R>(body),
    }
}

/// The `bucketName` of an Azure request that has none: the container named by `serviceUrl`'s
/// first path segment (the spec's description of `bucketName`). It becomes the bucket's name, so
/// it meets the rules a given `bucketName` meets (3 to 63 characters).
fn derived_container(
    r: &v2::DiskBackupSnapshotAzureExportBucketRequest,
) -> Result<String, Vec<(String, String)>> {
    let derived = url::Url::parse(&r.service_url).ok().and_then(|u| {
        u.path_segments()?
            .next()
            .filter(|s| !s.is_empty())
            .map(str::to_owned)
    });
    let Some(name) = derived else {
        return Err(vec![(
            "bucketName".to_owned(),
            "required when serviceUrl names no container".to_owned(),
        )]);
    };
    let mut named = r.clone();
    named.bucket_name = Some(name.clone());
    let mut violations = Vec::new();
    named.collect_violations("", &mut violations);
    let broken: Vec<(String, String)> = violations
        .into_iter()
        .filter(|v| v.path == "/bucketName")
        .map(|v| {
            (
                "bucketName".to_owned(),
                format!("the container named by serviceUrl, {name:?}, {}", v.kind),
            )
        })
        .collect();
    if broken.is_empty() {
        Ok(name)
    } else {
        Err(broken)
    }
}

fn set_id(b: &mut v2::DiskBackupSnapshotExportBucketResponse, id: String) {
    use v2::DiskBackupSnapshotExportBucketResponse as B;
    let link = vec![v2::Link::new()
        .with_href(format!(
            "https://cloud.mongodb.com/api/atlas/v2/exportBuckets/{id}"
        ))
        .with_rel("self")];
    match b {
        B::Aws(x) => {
            x.id = id;
            x.links = Some(link);
        }
        B::Azure(x) => {
            x.id = id;
            x.links = Some(link);
        }
        B::Gcp(x) => {
            x.id = id;
            x.links = Some(link);
        }
        _ => {}
    }
}

fn id_of(b: &v2::DiskBackupSnapshotExportBucketResponse) -> String {
    use v2::DiskBackupSnapshotExportBucketResponse as B;
    match b {
        B::Aws(x) => x.id.clone(),
        B::Azure(x) => x.id.clone(),
        B::Gcp(x) => x.id.clone(),
        B::Unknown(v) => v
            .get("_id")
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_owned(),
    }
}

fn set_private(b: &mut v2::DiskBackupSnapshotExportBucketResponse, private: bool) {
    if let v2::DiskBackupSnapshotExportBucketResponse::Aws(x) = b {
        x.require_private_networking = Some(private);
    }
}

fn list(
    state: &State,
    path: &str,
    group: &str,
    query: &HashMap<String, String>,
    shown: impl Fn(&v2::DiskBackupSnapshotExportBucketResponse) -> bool,
    ok: impl Fn(u16, &Value) -> Reply,
) -> Reply {
    let store = state.store.lock().unwrap_or_else(|p| p.into_inner());
    let all: Vec<&v2::DiskBackupSnapshotExportBucketResponse> = store
        .get(group)
        .map(|m| m.values().filter(|b| shown(b)).collect())
        .unwrap_or_default();
    ok(200, &paged(path, query, &all))
}

impl From<Infallible> for Dropped {
    fn from(i: Infallible) -> Self {
        match i {}
    }
}
