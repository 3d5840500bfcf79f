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
use http_body_util::{BodyExt, Full, LengthLimitError, Limited};
use hyper::body::{Body, Incoming};
use hyper::{Request, Response, StatusCode};
use serde_json::{json, Value};
use tokio::sync::{OwnedSemaphorePermit, Semaphore};

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

/// The most the token endpoint reads of a body (its one form field is 29 bytes).
const TOKEN_BODY_LIMIT: usize = 1024;
/// The largest request head (request line and headers) a connection buffers.
const MAX_HEAD_BYTES: usize = 64 * 1024;
/// The longest header read timeout used.
const MAX_TIMEOUT: Duration = Duration::from_secs(365 * 24 * 3600);
/// How much of a request's method, URI and `Accept` header the log keeps.
const LOGGED_METHOD: usize = 64;
const LOGGED_URI: usize = 2048;
const LOGGED_ACCEPT: usize = 1024;

pub(crate) struct State {
    pub(crate) config: FakeConfig,
    pub(crate) faults: Faults,
    /// The last `config.max_logged_requests` requests.
    pub(crate) log: Mutex<VecDeque<Recorded>>,
    pub(crate) store:
        Mutex<HashMap<String, BTreeMap<String, v2::DiskBackupSnapshotExportBucketResponse>>>,
    pub(crate) tokens: Mutex<Tokens>,
    pub(crate) exports: backups::Exports,
    /// One permit a connection served.
    pub(crate) connections: Arc<Semaphore>,
    nonces: Mutex<Nonces>,
    counter: AtomicU64,
    seed: u64,
    minute: Mutex<(Instant, u64)>,
}

fn random() -> u64 {
    RandomState::new().build_hasher().finish()
}

/// The digest nonces issued and not yet forgotten, oldest first.
#[derive(Default)]
struct Nonces {
    issued: HashMap<String, Instant>,
    order: VecDeque<(Instant, String)>,
}

impl Nonces {
    /// Remembers `nonce`, issued at `now`, after forgetting the nonces older than `ttl` and, to
    /// stay within `max` (at least 1), the oldest.
    fn insert(&mut self, nonce: String, now: Instant, ttl: Duration, max: usize) {
        let max = max.max(1);
        while let Some((issued, oldest)) = self.order.front() {
            let expired = now.saturating_duration_since(*issued) > ttl;
            if !expired && self.order.len() < max {
                break;
            }
            self.issued.remove(oldest);
            self.order.pop_front();
        }
        self.issued.insert(nonce.clone(), now);
        self.order.push_back((now, nonce));
    }

    fn get(&self, nonce: &str) -> Option<Instant> {
        self.issued.get(nonce).copied()
    }

    #[cfg(test)]
    fn len(&self) -> usize {
        self.issued.len()
    }
}

/// The bearer tokens accepted, with their expiry (`None`: never), and how many were issued.
/// Expired tokens are dropped whenever the map has doubled since the last sweep.
pub(crate) struct Tokens {
    live: HashMap<String, Option<Instant>>,
    issued: usize,
    sweep_at: usize,
}

impl Tokens {
    const FIRST_SWEEP: usize = 1024;

    fn new() -> Self {
        Tokens {
            live: HashMap::new(),
            issued: 0,
            sweep_at: Self::FIRST_SWEEP,
        }
    }

    fn insert(&mut self, token: String, now: Instant, ttl: Duration) {
        if self.live.len() >= self.sweep_at {
            self.live
                .retain(|_, expires| expires.is_none_or(|at| at > now));
            self.sweep_at = (self.live.len() * 2).max(Self::FIRST_SWEEP);
        }
        self.live.insert(token, now.checked_add(ttl));
        self.issued += 1;
    }

    fn is_valid(&self, token: &str, now: Instant) -> bool {
        self.live
            .get(token)
            .is_some_and(|expires| expires.is_none_or(|at| at > now))
    }

    /// How many tokens were issued (expired ones included).
    pub(crate) fn issued(&self) -> usize {
        self.issued
    }
}

impl State {
    pub(crate) fn new(config: FakeConfig) -> Self {
        let connections = config.max_connections.clamp(1, Semaphore::MAX_PERMITS);
        State {
            config,
            faults: Mutex::new(VecDeque::new()),
            log: Mutex::new(VecDeque::new()),
            store: Mutex::new(HashMap::new()),
            tokens: Mutex::new(Tokens::new()),
            exports: Mutex::new(BTreeMap::new()),
            connections: Arc::new(Semaphore::new(connections)),
            nonces: Mutex::new(Nonces::default()),
            counter: AtomicU64::new(1),
            seed: random() & 0xffff_ffff,
            minute: Mutex::new((Instant::now(), 0)),
        }
    }

    /// Accepts `token` as a bearer for `ttl`.
    pub(crate) fn issue_token(&self, token: String, ttl: Duration) {
        self.tokens
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .insert(token, Instant::now(), ttl);
    }

    /// Adds a request to the log, dropping the oldest beyond `config.max_logged_requests`.
    fn record(&self, entry: Recorded) {
        let max = self.config.max_logged_requests;
        if max == 0 {
            return;
        }
        let mut log = self.log.lock().unwrap_or_else(|p| p.into_inner());
        while log.len() >= max {
            log.pop_front();
        }
        log.push_back(entry);
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

/// The delay before the next `accept` after one failed for want of a resource (file
/// descriptors, memory): 50 ms, doubling up to 1 s while failures go on, back to 50 ms after a
/// success.
#[derive(Debug)]
pub(crate) struct AcceptBackoff {
    next: Duration,
}

impl AcceptBackoff {
    const FIRST: Duration = Duration::from_millis(50);
    const MAX: Duration = Duration::from_secs(1);

    pub(crate) fn new() -> Self {
        AcceptBackoff { next: Self::FIRST }
    }

    /// The delay after one more failure.
    pub(crate) fn failed(&mut self) -> Duration {
        let delay = self.next;
        self.next = (self.next * 2).min(Self::MAX);
        delay
    }

    /// A connection was accepted.
    pub(crate) fn succeeded(&mut self) {
        self.next = Self::FIRST;
    }
}

/// An `accept` error about the one connection being accepted (it went away before it was
/// accepted): the next one can be accepted at once.
fn connection_error(e: &std::io::Error) -> bool {
    matches!(
        e.kind(),
        std::io::ErrorKind::ConnectionRefused
            | std::io::ErrorKind::ConnectionAborted
            | std::io::ErrorKind::ConnectionReset
    )
}

pub(crate) async fn serve(
    listener: tokio::net::TcpListener,
    state: Arc<State>,
    mut stop: tokio::sync::oneshot::Receiver<()>,
) {
    let mut backoff = AcceptBackoff::new();
    loop {
        // A place for the connection first: beyond the limit, connections wait in the backlog.
        let permit = tokio::select! {
            _ = &mut stop => return,
            p = state.connections.clone().acquire_owned() => match p {
                Ok(p) => p,
                Err(_) => return,
            },
        };
        let accepted = tokio::select! {
            _ = &mut stop => return,
            a = listener.accept() => a,
        };
        match accepted {
            Ok((stream, _)) => {
                backoff.succeeded();
                tokio::spawn(connection(state.clone(), stream, permit));
            }
            Err(e) if connection_error(&e) => {}
            Err(_) => {
                drop(permit);
                let delay = backoff.failed();
                tokio::select! {
                    _ = &mut stop => return,
                    () = tokio::time::sleep(delay) => {}
                }
            }
        }
    }
}

/// Serves one connection, holding `permit` until it ends.
pub(crate) async fn connection<I>(state: Arc<State>, io: I, permit: OwnedSemaphorePermit)
where
    I: tokio::io::AsyncRead + tokio::io::AsyncWrite + Unpin + Send + 'static,
{
    let io = hyper_util::rt::TokioIo::new(io);
    // Past a year, as good as none (and no deadline overflows).
    let timeout = state.config.header_read_timeout.min(MAX_TIMEOUT);
    let svc = hyper::service::service_fn(move |req| {
        let state = state.clone();
        async move { handle(state, req).await }
    });
    let _ = hyper::server::conn::http1::Builder::new()
        .timer(hyper_util::rt::TokioTimer::new())
        .header_read_timeout(timeout)
        .max_buf_size(MAX_HEAD_BYTES)
        // A client may shut its writing side once its request is sent: it is still answered.
        .half_close(true)
        .serve_connection(io, svc)
        .await;
    drop(permit);
}

/// The first `max` bytes of `s` (to a character boundary).
fn clip(s: &str, max: usize) -> String {
    s.get(..s.floor_char_boundary(max)).unwrap_or(s).to_owned()
}

async fn handle(state: Arc<State>, req: Request<Incoming>) -> Result<Reply, Dropped> {
    let method = clip(req.method().as_str(), LOGGED_METHOD);
    let uri = clip(
        req.uri().path_and_query().map_or("/", |p| p.as_str()),
        LOGGED_URI,
    );
    let accept = req
        .headers()
        .get(hyper::header::ACCEPT)
        .and_then(|v| v.to_str().ok())
        .map(|a| clip(a, LOGGED_ACCEPT));
    let fault = state
        .faults
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .pop_front();
    let record = |status: u16| {
        state.record(Recorded {
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
            // Everything the headers decide (the route, the credentials, the version) is
            // decided before any of the body is read.
            match admit(&state, &parts) {
                Err(refused) => *refused,
                Ok(target) => {
                    let limit = match target {
                        Target::Token => TOKEN_BODY_LIMIT.min(state.config.max_body_bytes),
                        Target::Operation(_) => state.config.max_body_bytes,
                    };
                    match read_body(body, limit).await {
                        Ok(body) => respond(&state, &parts, target, &body),
                        Err(BodyError::TooLarge) => too_large(&target, limit),
                        Err(BodyError::Unreadable) => api_error(
                            400,
                            "INVALID_REQUEST_BODY",
                            "The request body could not be read.",
                        ),
                    }
                }
            }
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

enum BodyError {
    /// Longer than the limit (by its `Content-Length`, or as read).
    TooLarge,
    /// The connection failed or the framing was broken.
    Unreadable,
}

/// Reads a body of at most `limit` bytes: one whose `Content-Length` is larger is refused
/// unread, and reading stops as soon as the limit is passed.
async fn read_body(body: Incoming, limit: usize) -> Result<Bytes, BodyError> {
    if body.size_hint().lower() > u64::try_from(limit).unwrap_or(u64::MAX) {
        return Err(BodyError::TooLarge);
    }
    match Limited::new(body, limit).collect().await {
        Ok(collected) => Ok(collected.to_bytes()),
        Err(e) if e.is::<LengthLimitError>() => Err(BodyError::TooLarge),
        Err(_) => Err(BodyError::Unreadable),
    }
}

/// `413` for a body over `limit`: in the OAuth error shape at the token endpoint, Atlas's
/// elsewhere.
fn too_large(target: &Target, limit: usize) -> Reply {
    let detail = format!("The request body is larger than {limit} bytes.");
    match target {
        Target::Token => reply(
            413,
            "application/json",
            &json!({"error": "invalid_request", "error_description": detail}),
        ),
        Target::Operation(_) => api_error(413, "PAYLOAD_TOO_LARGE", &detail),
    }
}

// ---- auth -----------------------------------------------------------------------------------

fn challenge(state: &State, stale: bool) -> Reply {
    let nonce = format!("{:016x}{:016x}", random(), random());
    state
        .nonces
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .insert(
            nonce.clone(),
            Instant::now(),
            state.config.nonce_ttl,
            state.config.max_nonces,
        );
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

/// `None` when authorized; otherwise the 401 to send. From the headers alone: the digest's
/// `qop=auth` does not cover the body (`auth-int`, which would, is not offered).
fn authorize(state: &State, parts: &hyper::http::request::Parts) -> Option<Reply> {
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
            .is_valid(token, Instant::now());
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
        || header.qop == Some(digest_auth::Qop::AUTH_INT)
    {
        return Some(challenge(state, false));
    }
    let issued = state
        .nonces
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .get(&header.nonce);
    let Some(issued) = issued else {
        return Some(challenge(state, true));
    };
    let mut expected = header.clone();
    expected.response = String::new();
    let ctx = digest_auth::AuthContext::new_with_method(
        state.config.public_key.as_str(),
        state.config.private_key.as_str(),
        uri,
        None::<&[u8]>,
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

/// `None` when the token endpoint's Basic credentials are the service account's; otherwise the
/// 401 to send.
fn authorize_client(state: &State, parts: &hyper::http::request::Parts) -> Option<Reply> {
    let basic = parts
        .headers
        .get(hyper::header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Basic "))
        .and_then(|b| base64::engine::general_purpose::STANDARD.decode(b).ok())
        .and_then(|b| String::from_utf8(b).ok());
    let expected = format!("{}:{}", state.config.client_id, state.config.client_secret);
    if basic.as_deref() != Some(expected.as_str()) {
        return Some(reply(
            401,
            "application/json",
            &json!({"error": "invalid_client", "error_description": "Invalid client credentials."}),
        ));
    }
    None
}

/// Issues a token to an authorized client.
fn token(state: &State, body: &[u8]) -> Reply {
    if body != b"grant_type=client_credentials" {
        return reply(
            400,
            "application/json",
            &json!({"error": "unsupported_grant_type"}),
        );
    }
    let token = format!("fake-token-{:016x}{:016x}", random(), random());
    let ttl = state.config.token_ttl;
    state.issue_token(token.clone(), ttl);
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

/// Where a request goes, once its headers are accepted.
enum Target {
    /// The token endpoint, with the service account's credentials.
    Token,
    /// An operation, authorized, in a version it declares.
    Operation(Matched),
}

struct Matched {
    op: Op,
    is_v2: bool,
    descriptor: &'static OperationDescriptor,
    path_params: Vec<(String, String)>,
}

/// What the request line and headers decide: the route (`404`, `405`), the credentials (`401`)
/// and the version (`406`).
fn admit(state: &State, parts: &hyper::http::request::Parts) -> Result<Target, Box<Reply>> {
    let path = parts.uri.path();
    if path == "/api/oauth/token" {
        if parts.method != hyper::Method::POST {
            return Err(Box::new(method_not_allowed(
                parts.method.as_str(),
                path,
                &["POST"],
            )));
        }
        return match authorize_client(state, parts) {
            Some(refused) => Err(Box::new(refused)),
            None => Ok(Target::Token),
        };
    }
    let method = parts.method.as_str();
    let candidates: Vec<_> = descriptors()
        .into_iter()
        .filter_map(|(op, v2, d)| matches(d.path, path).map(|p| (op, v2, d, p)))
        .collect();
    if candidates.is_empty() {
        return Err(Box::new(api_error(
            404,
            "RESOURCE_NOT_FOUND",
            &format!("Cannot find resource {path}."),
        )));
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
        return Err(Box::new(method_not_allowed(method, path, &allowed)));
    }
    if let Some(deny) = authorize(state, parts) {
        return Err(Box::new(deny));
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
        return Err(Box::new(api_error(
            406,
            "INVALID_VERSION_DATE",
            &format!(
                "Accept {accept:?} is not a version this operation declares; use one of {}.",
                declared.join(", ")
            ),
        )));
    };
    Ok(Target::Operation(Matched {
        op,
        is_v2,
        descriptor: d,
        path_params,
    }))
}

/// The answer to an admitted request, with its body.
fn respond(
    state: &State,
    parts: &hyper::http::request::Parts,
    target: Target,
    body: &[u8],
) -> Reply {
    let Matched {
        op,
        is_v2,
        descriptor: d,
        path_params,
    } = match target {
        Target::Token => return token(state, body),
        Target::Operation(matched) => matched,
    };
    let path = parts.uri.path();
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
    let r = BucketRequest {
        state,
        accept: d.accept,
        group,
        bucket,
        // v1.0 and 2023-01-01 declare AWS-only bodies: there, other buckets are not shown (the
        // spec has no way to describe them), and reading one is a 404. Deleting one still works:
        // DELETE exists at 2023-01-01 only, and its 204 has no body.
        aws_only: !is_v2 || version == Some("2023-01-01"),
    };
    match op {
        Op::List => list(
            state,
            path,
            &r.group,
            &query,
            |b| r.shown(b),
            |s, v| r.ok(s, v),
        ),
        Op::Create => create_bucket(&r, body, is_v2, version),
        Op::Get => get_bucket(&r),
        Op::Update => update_bucket(&r, body),
        Op::Delete => delete_bucket(&r),
        Op::Backup(_) => api_error(
            500,
            "UNEXPECTED_ERROR",
            "A Cloud Backups operation reached the export buckets' handler.",
        ),
    }
}

/// What an export-bucket route needs of its admitted request.
struct BucketRequest<'a> {
    state: &'a State,
    /// The version's media type, which answers are sent in.
    accept: &'static str,
    group: String,
    bucket: Option<String>,
    /// The version declares AWS buckets only.
    aws_only: bool,
}

impl BucketRequest<'_> {
    /// Whether the version can show `b`.
    fn shown(&self, b: &v2::DiskBackupSnapshotExportBucketResponse) -> bool {
        !self.aws_only || matches!(b, v2::DiskBackupSnapshotExportBucketResponse::Aws(_))
    }

    fn ok(&self, status: u16, body: &Value) -> Reply {
        answer(self.state, self.accept, status, body)
    }

    fn not_found(&self) -> Reply {
        not_found(self.bucket.as_deref(), &self.group)
    }
}

fn create_bucket(r: &BucketRequest<'_>, body: &[u8], is_v2: bool, version: Option<&str>) -> Reply {
    let mut created = match decode_create(body, is_v2, version) {
        Ok(created) => created,
        Err(fields) => return validation_error(fields),
    };
    set_id(&mut created, r.state.next_id());
    let value = serde_json::to_value(&created).unwrap_or_default();
    let id = id_of(&created);
    r.state
        .store
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .entry(r.group.clone())
        .or_default()
        .insert(id, created);
    r.ok(200, &value)
}

fn get_bucket(r: &BucketRequest<'_>) -> Reply {
    let store = r.state.store.lock().unwrap_or_else(|p| p.into_inner());
    match r.bucket.as_ref().and_then(|b| store.get(&r.group)?.get(b)) {
        Some(b) if r.shown(b) => r.ok(200, &serde_json::to_value(b).unwrap_or_default()),
        Some(_) => api_error(
            404,
            "RESOURCE_NOT_FOUND",
            &format!(
                "Export bucket {} in project {} is not an AWS bucket, and this API version serves AWS buckets only.",
                r.bucket.as_deref().unwrap_or(""),
                r.group
            ),
        ),
        None => r.not_found(),
    }
}

fn update_bucket(r: &BucketRequest<'_>, body: &[u8]) -> Reply {
    let update: v2::UpdateRequirePrivateNetworkingRequestView = match decode(body) {
        Ok(u) => u,
        Err(fields) => return validation_error(fields),
    };
    let mut store = r.state.store.lock().unwrap_or_else(|p| p.into_inner());
    match r
        .bucket
        .as_ref()
        .and_then(|b| store.get_mut(&r.group)?.get_mut(b))
    {
        Some(b) => {
            set_private(b, update.require_private_networking);
            r.ok(200, &serde_json::to_value(&*b).unwrap_or_default())
        }
        None => r.not_found(),
    }
}

fn delete_bucket(r: &BucketRequest<'_>) -> Reply {
    let mut store = r.state.store.lock().unwrap_or_else(|p| p.into_inner());
    if r.bucket
        .as_ref()
        .and_then(|b| store.get_mut(&r.group)?.remove(b))
        .is_none()
    {
        return r.not_found();
    }
    // The spec declares the 204 with content of the version's media type (no schema).
    let reply = Response::new(Full::new(Bytes::new()));
    let reply = with_header(reply, "content-type", r.accept.to_owned());
    let reply = with_header(
        reply,
        "ratelimit-remaining",
        r.state.remaining().to_string(),
    );
    let mut reply = with_header(
        reply,
        "ratelimit-limit",
        r.state.config.rate_limit.to_string(),
    );
    *reply.status_mut() = StatusCode::NO_CONTENT;
    reply
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nonces_older_than_the_ttl_are_dropped() {
        let state = State::new(FakeConfig::new().with_nonce_ttl(Duration::from_secs(60)));
        let start = Instant::now();
        let mut nonces = state.nonces.lock().unwrap();
        for i in 0..100 {
            nonces.insert(format!("old{i}"), start, Duration::from_secs(60), 10_000);
        }
        assert_eq!(nonces.len(), 100);
        // Within the ttl they are kept; past it, the next nonce issued sweeps them out.
        nonces.insert(
            "fresh".to_owned(),
            start + Duration::from_secs(60),
            Duration::from_secs(60),
            10_000,
        );
        assert_eq!(nonces.len(), 101);
        nonces.insert(
            "later".to_owned(),
            start + Duration::from_secs(61),
            Duration::from_secs(60),
            10_000,
        );
        assert_eq!(nonces.len(), 2);
        assert!(nonces.get("old0").is_none());
        assert!(nonces.get("fresh").is_some() && nonces.get("later").is_some());
    }

    #[test]
    fn challenges_forget_expired_nonces() {
        let state = State::new(FakeConfig::new().with_nonce_ttl(Duration::from_millis(100)));
        for _ in 0..50 {
            let _ = challenge(&state, false);
        }
        assert!(state.nonces.lock().unwrap().len() > 1);
        std::thread::sleep(Duration::from_millis(150));
        let _ = challenge(&state, false);
        assert_eq!(state.nonces.lock().unwrap().len(), 1);
    }

    #[test]
    fn nonces_are_capped_oldest_first() {
        let state = State::new(FakeConfig::new().with_max_nonces(8));
        for _ in 0..1000 {
            let _ = challenge(&state, false);
        }
        assert_eq!(state.nonces.lock().unwrap().len(), 8);
        let mut nonces = Nonces::default();
        let now = Instant::now();
        for i in 0..5 {
            nonces.insert(i.to_string(), now, Duration::from_secs(60), 3);
        }
        assert_eq!(nonces.len(), 3);
        assert!(
            nonces.get("1").is_none() && nonces.get("2").is_some() && nonces.get("4").is_some()
        );
    }

    #[test]
    fn the_accept_backoff_grows_to_a_second_and_resets() {
        let mut b = AcceptBackoff::new();
        let delays: Vec<u64> = (0..8).map(|_| b.failed().as_millis() as u64).collect();
        assert_eq!(delays, [50, 100, 200, 400, 800, 1000, 1000, 1000]);
        b.succeeded();
        assert_eq!(b.failed(), Duration::from_millis(50));
    }

    #[test]
    fn only_per_connection_accept_errors_skip_the_backoff() {
        use std::io::{Error, ErrorKind};
        assert!(connection_error(&Error::from(ErrorKind::ConnectionAborted)));
        // EMFILE, ENFILE, ENOBUFS, ENOMEM: a resource, which takes time to come back.
        assert!(!connection_error(&Error::from_raw_os_error(24)));
        assert!(!connection_error(&Error::from(ErrorKind::OutOfMemory)));
    }

    #[test]
    fn expired_tokens_are_swept_and_still_counted() {
        let mut tokens = Tokens::new();
        let now = Instant::now();
        for i in 0..Tokens::FIRST_SWEEP - 1 {
            tokens.insert(format!("t{i}"), now, Duration::from_secs(1));
        }
        tokens.insert("kept".to_owned(), now, Duration::MAX);
        let later = now + Duration::from_secs(2);
        tokens.insert("new".to_owned(), later, Duration::from_secs(1));
        assert_eq!(tokens.live.len(), 2, "the expired ones were swept");
        assert_eq!(tokens.issued(), Tokens::FIRST_SWEEP + 1);
        assert!(tokens.is_valid("kept", later) && tokens.is_valid("new", later));
        assert!(!tokens.is_valid("t0", later));
    }

    #[test]
    fn the_log_keeps_the_last_requests() {
        let state = State::new(FakeConfig::new().with_max_logged_requests(3));
        for status in 200..210 {
            state.record(Recorded {
                method: "GET".to_owned(),
                uri: "/".to_owned(),
                accept: None,
                status,
            });
        }
        let statuses: Vec<u16> = state.log.lock().unwrap().iter().map(|r| r.status).collect();
        assert_eq!(statuses, [207, 208, 209]);
        let none = State::new(FakeConfig::new().with_max_logged_requests(0));
        none.record(Recorded {
            method: "GET".to_owned(),
            uri: "/".to_owned(),
            accept: None,
            status: 200,
        });
        assert!(none.log.lock().unwrap().is_empty());
    }

    #[test]
    fn clip_keeps_whole_characters() {
        assert_eq!(clip("abc", 2), "ab");
        assert_eq!(clip("ab\u{e9}", 3), "ab");
        assert_eq!(clip("abc", 10), "abc");
    }
}
