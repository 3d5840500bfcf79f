//! The mock's HTTP server: accepting connections, authorizing, routing each request to the
//! registered operation it calls, recording it, and answering.

use std::collections::VecDeque;
use std::convert::Infallible;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use bytes::Bytes;
use http_body_util::{BodyExt, Full, LengthLimitError, Limited};
use hyper::body::{Body, Incoming};

use super::answer::{Answer, Sequence};
use super::call::{path_params, Received, Unmatched};
use super::credentials::Keys;
use crate::operation::{Method, OperationDescriptor};

/// An answer on the wire.
pub(crate) type Reply = hyper::Response<Full<Bytes>>;

/// The largest request body read: 16 MiB. A larger one is answered `413`, unread.
pub const MAX_REQUEST_BODY_BYTES: usize = 16 * 1024 * 1024;
/// The longest wait for a request's head (request line and headers) on an open connection.
pub const HEADER_READ_TIMEOUT: Duration = Duration::from_secs(10);
/// The most calls, and unmatched requests, kept (the oldest are forgotten first).
pub const MAX_RECORDED: usize = 10_000;
/// The most connections served at once; more wait to be accepted.
const MAX_CONNECTIONS: usize = 256;
/// The largest request head buffered.
const MAX_HEAD_BYTES: usize = 64 * 1024;
/// The largest token request body read (its one form field is 29 bytes).
const MAX_TOKEN_BODY_BYTES: usize = 1024;
/// Where the client asks for a service account's token.
const TOKEN_PATH: &str = "/api/oauth/token";

/// What identifies an operation version: its id, method, path template and media type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Key {
    operation_id: &'static str,
    method: Method,
    path: &'static str,
    accept: &'static str,
}

impl Key {
    pub(crate) fn of(d: &'static OperationDescriptor) -> Self {
        Key {
            operation_id: d.operation_id,
            method: d.method,
            path: d.path,
            accept: d.accept,
        }
    }
}

/// A registered operation version and its answers.
struct Stub {
    key: Key,
    answers: Sequence,
}

/// A call answered, for [`super::MockAtlas::calls`].
pub(crate) struct Recorded {
    pub(crate) key: Key,
    pub(crate) received: Arc<Received>,
    pub(crate) status: u16,
}

#[derive(Default)]
struct Registry {
    stubs: Vec<Stub>,
    calls: VecDeque<Recorded>,
    unmatched: VecDeque<Unmatched>,
}

/// Everything a mock's connections share.
pub(crate) struct State {
    registry: Mutex<Registry>,
    pub(crate) keys: Keys,
}

/// Appends `item`, forgetting the oldest past [`MAX_RECORDED`].
fn keep<T>(items: &mut VecDeque<T>, item: T) {
    if items.len() == MAX_RECORDED {
        items.pop_front();
    }
    items.push_back(item);
}

impl State {
    pub(crate) fn new() -> Self {
        State {
            registry: Mutex::new(Registry::default()),
            keys: Keys::new(),
        }
    }

    fn registry(&self) -> std::sync::MutexGuard<'_, Registry> {
        self.registry.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Registers `answers` for the operation version `d`, replacing its earlier ones.
    pub(crate) fn register(&self, d: &'static OperationDescriptor, answers: Sequence) {
        let key = Key::of(d);
        let mut registry = self.registry();
        registry.stubs.retain(|s| s.key != key);
        registry.stubs.push(Stub { key, answers });
    }

    /// Changes the answers registered for `key`.
    pub(crate) fn edit(&self, key: &Key, edit: impl FnOnce(&mut Sequence)) {
        let mut registry = self.registry();
        if let Some(stub) = registry.stubs.iter_mut().find(|s| s.key == *key) {
            edit(&mut stub.answers);
        }
    }

    /// The calls answered for the operation version `d`, oldest first.
    pub(crate) fn calls(&self, d: &'static OperationDescriptor) -> Vec<(Arc<Received>, u16)> {
        let key = Key::of(d);
        self.registry()
            .calls
            .iter()
            .filter(|c| c.key == key)
            .map(|c| (c.received.clone(), c.status))
            .collect()
    }

    pub(crate) fn unmatched(&self) -> Vec<Unmatched> {
        self.registry().unmatched.iter().cloned().collect()
    }

    pub(crate) fn clear_calls(&self) {
        let mut registry = self.registry();
        registry.calls.clear();
        registry.unmatched.clear();
    }
}

/// Accepts connections until the task is aborted; aborting it ends every connection it serves.
pub(crate) async fn serve(listener: tokio::net::TcpListener, state: Arc<State>) {
    let mut connections = tokio::task::JoinSet::new();
    loop {
        while connections.len() >= MAX_CONNECTIONS {
            connections.join_next().await;
        }
        tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok((stream, _)) => {
                    connections.spawn(connection(state.clone(), stream));
                }
                // Out of descriptors, say: waiting lets connections end.
                Err(_) => tokio::time::sleep(Duration::from_millis(10)).await,
            },
            Some(_) = connections.join_next(), if !connections.is_empty() => {}
        }
    }
}

/// Serves one connection.
async fn connection(state: Arc<State>, stream: tokio::net::TcpStream) {
    let io = hyper_util::rt::TokioIo::new(stream);
    let service = hyper::service::service_fn(move |req| {
        let state = state.clone();
        async move { Ok::<_, Infallible>(handle(&state, req).await) }
    });
    let _ = hyper::server::conn::http1::Builder::new()
        .timer(hyper_util::rt::TokioTimer::new())
        .header_read_timeout(HEADER_READ_TIMEOUT)
        .max_buf_size(MAX_HEAD_BYTES)
        .serve_connection(io, service)
        .await;
}

/// The answer to one request.
async fn handle(state: &State, req: hyper::Request<Incoming>) -> Reply {
    let (parts, body) = req.into_parts();
    if parts.uri.path() == TOKEN_PATH {
        return token(state, &parts, body).await;
    }
    if let Some(refused) = state.keys.refusal(&parts) {
        return refused;
    }
    let body = match read_body(body, MAX_REQUEST_BODY_BYTES).await {
        Ok(body) => body,
        Err(refused) => return refused,
    };
    let answer = match route(state, &parts, body) {
        Ok(answer) => answer,
        Err(refused) => return *refused,
    };
    if !answer.delay.is_zero() {
        tokio::time::sleep(answer.delay).await;
    }
    to_reply(answer)
}

/// The token endpoint: `POST` only.
async fn token(state: &State, parts: &hyper::http::request::Parts, body: Incoming) -> Reply {
    if parts.method != hyper::Method::POST {
        return atlas_error(
            405,
            "METHOD_NOT_ALLOWED",
            &format!("{TOKEN_PATH} takes POST only."),
        );
    }
    match read_body(body, MAX_TOKEN_BODY_BYTES).await {
        Ok(body) => state.keys.token(parts, &body),
        Err(refused) => refused,
    }
}

/// Reads a body of at most `limit` bytes; a larger one is refused (`413`) without reading it
/// further, a broken one is `400`.
async fn read_body(body: Incoming, limit: usize) -> Result<Bytes, Reply> {
    let too_large = || {
        atlas_error(
            413,
            "PAYLOAD_TOO_LARGE",
            &format!("The request body is larger than {limit} bytes."),
        )
    };
    if body.size_hint().lower() > u64::try_from(limit).unwrap_or(u64::MAX) {
        return Err(too_large());
    }
    match Limited::new(body, limit).collect().await {
        Ok(collected) => Ok(collected.to_bytes()),
        Err(e) if e.is::<LengthLimitError>() => Err(too_large()),
        Err(_) => Err(atlas_error(
            400,
            "INVALID_REQUEST_BODY",
            "The request body could not be read.",
        )),
    }
}

/// Whether an `Accept` value asks for `media_type`.
fn accepts(accept: &str, media_type: &str) -> bool {
    accept
        .split(',')
        .any(|a| a.split(';').next().unwrap_or_default().trim() == media_type)
}

/// The next answer of the registered operation the request calls, with the call recorded;
/// otherwise the `404` (nothing registered at this method and path) or `406` (only other
/// versions registered) to answer, with the request recorded as unmatched.
fn route(
    state: &State,
    parts: &hyper::http::request::Parts,
    body: Bytes,
) -> Result<Answer, Box<Reply>> {
    let path = parts.uri.path();
    let method = parts.method.as_str();
    let accept = parts
        .headers
        .get(hyper::header::ACCEPT)
        .map(|v| String::from_utf8_lossy(v.as_bytes()).into_owned());
    let mut registry = state.registry();
    let mut at_path: Vec<Key> = registry
        .stubs
        .iter()
        .map(|s| s.key)
        .filter(|k| k.method.as_str() == method && path_params(k.path, path).is_some())
        .collect();
    // A literal segment wins over a parameter (`/clusters/tenantUpgrade` over
    // `/clusters/{clusterName}`).
    at_path.sort_by_key(|k| k.path.matches('{').count());
    let found = at_path
        .iter()
        .find(|k| accepts(accept.as_deref().unwrap_or_default(), k.accept))
        .copied();
    let Some(key) = found else {
        let unmatched = Unmatched {
            method: method.to_owned(),
            path: path.to_owned(),
            accept,
        };
        let refusal = unmatched_reply(&unmatched, &at_path);
        keep(&mut registry.unmatched, unmatched);
        return Err(Box::new(refusal));
    };
    let answer = registry
        .stubs
        .iter_mut()
        .find(|s| s.key == key)
        .and_then(|s| s.answers.take());
    let Some(answer) = answer else {
        return Err(Box::new(atlas_error(
            500,
            "MOCK_ATLAS_NO_ANSWER",
            &format!("{} has no answer registered.", key.operation_id),
        )));
    };
    let received = Arc::new(Received::read(parts, key.path, body));
    let status = answer.status;
    keep(
        &mut registry.calls,
        Recorded {
            key,
            received,
            status,
        },
    );
    Ok(answer)
}

/// The answer to a request no registration answers: `406` naming the versions registered at
/// its method and path, else `404` naming the request.
fn unmatched_reply(unmatched: &Unmatched, at_path: &[Key]) -> Reply {
    if let Some(first) = at_path.first() {
        let versions: Vec<&str> = at_path.iter().map(|k| k.accept).collect();
        return atlas_error(
            406,
            "MOCK_ATLAS_VERSION_NOT_REGISTERED",
            &format!(
                "MockAtlas has {} registered for {}, not for the request {unmatched}.",
                first.operation_id,
                versions.join(", ")
            ),
        );
    }
    atlas_error(
        404,
        "MOCK_ATLAS_NOT_REGISTERED",
        &format!(
            "MockAtlas has no operation registered for {unmatched}; register one with `mock.on::<Operation>()`."
        ),
    )
}

/// The registered answer on the wire.
fn to_reply(answer: Answer) -> Reply {
    let mut r = reply(answer.status, answer.content_type.as_deref(), answer.body);
    for (name, value) in &answer.headers {
        if let (Ok(name), Ok(value)) = (
            hyper::header::HeaderName::from_bytes(name.as_bytes()),
            hyper::header::HeaderValue::from_str(value),
        ) {
            r.headers_mut().append(name, value);
        }
    }
    r
}

/// An answer with `status` (`500` if it is no HTTP status) and `body`, of media type
/// `content_type`.
pub(crate) fn reply(status: u16, content_type: Option<&str>, body: impl Into<Bytes>) -> Reply {
    let mut r = hyper::Response::new(Full::new(body.into()));
    *r.status_mut() =
        hyper::StatusCode::from_u16(status).unwrap_or(hyper::StatusCode::INTERNAL_SERVER_ERROR);
    if let Some(value) = content_type.and_then(|c| hyper::header::HeaderValue::from_str(c).ok()) {
        r.headers_mut().insert(hyper::header::CONTENT_TYPE, value);
    }
    r
}

/// An error answer in Atlas's error shape.
pub(crate) fn atlas_error(status: u16, code: &str, detail: &str) -> Reply {
    let reason = hyper::StatusCode::from_u16(status)
        .ok()
        .and_then(|s| s.canonical_reason())
        .unwrap_or_default();
    let body = serde_json::json!({
        "error": status,
        "errorCode": code,
        "detail": detail,
        "reason": reason,
        "parameters": [],
    });
    reply(status, Some("application/json"), body.to_string())
}

#[cfg(test)]
mod tests {
    use super::accepts;

    #[test]
    fn accept_values_are_matched_by_media_type() {
        let v = "application/vnd.atlas.2023-01-01+json";
        assert!(accepts(v, v));
        assert!(accepts(
            "text/plain, application/vnd.atlas.2023-01-01+json;q=0.9",
            v
        ));
        assert!(!accepts("application/vnd.atlas.2024-05-30+json", v));
        assert!(!accepts("", v));
    }
}
