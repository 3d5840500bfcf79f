//! The client: configuration, transport, authentication, retries and response classification.

use std::collections::HashSet;
use std::fmt;
use std::net::IpAddr;
use std::sync::{Arc, Mutex, OnceLock};
use std::time::Duration;

use reqwest::header::{HeaderName, HeaderValue};
use tracing::Instrument;
use url::{Position, Url};

use crate::auth::{AttemptError, AuthState, Credentials, First, Request, TokenEndpoint};
use crate::binary::ByteStream;
use crate::error::{describe, excerpt, read_limited, Error, ErrorBody, ReadError};
use crate::operation::{Method, Operation, OperationDescriptor, Params};
use crate::response::response_meta;
pub use crate::response::{Response, ResponseMeta};
use crate::retry::{is_transient, Failure, RetryEvent, RetryPolicy};
use crate::token_cache::TokenCache;
use crate::validation::{Location, Validate, ValidationError, Violation, ViolationKind};

/// The default base URL.
pub const DEFAULT_BASE_URL: &str = "https://cloud.mongodb.com";
/// The default `User-Agent`.
pub const USER_AGENT: &str = concat!("atlas-export-buckets/", env!("CARGO_PKG_VERSION"));

type RetryHook = Arc<dyn Fn(&RetryEvent) + Send + Sync>;

/// Builds a [`Client`]; every setting has a default.
pub struct ClientBuilder {
    base_url: String,
    credentials: Option<Credentials>,
    connect_timeout: Duration,
    request_timeout: Duration,
    user_agent: String,
    retry: RetryPolicy,
    http: Option<reqwest::Client>,
    allow_insecure_http: bool,
    on_retry: Option<RetryHook>,
    max_response_bytes: usize,
    token_cache: Option<Arc<dyn TokenCache>>,
}

/// The default cap on a response body (16 MiB).
pub const DEFAULT_MAX_RESPONSE_BYTES: usize = 16 * 1024 * 1024;

impl fmt::Debug for ClientBuilder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ClientBuilder")
            .field("base_url", &without_userinfo(&self.base_url))
            .field("credentials", &self.credentials)
            .field("connect_timeout", &self.connect_timeout)
            .field("request_timeout", &self.request_timeout)
            .field("user_agent", &self.user_agent)
            .field("retry", &self.retry)
            .field("custom_http_client", &self.http.is_some())
            .field("allow_insecure_http", &self.allow_insecure_http)
            .field("token_cache", &self.token_cache)
            .finish()
    }
}

impl Default for ClientBuilder {
    fn default() -> Self {
        ClientBuilder {
            base_url: DEFAULT_BASE_URL.to_owned(),
            credentials: None,
            connect_timeout: Duration::from_secs(10),
            request_timeout: Duration::from_secs(60),
            user_agent: USER_AGENT.to_owned(),
            retry: RetryPolicy::default(),
            http: None,
            allow_insecure_http: false,
            on_retry: None,
            max_response_bytes: DEFAULT_MAX_RESPONSE_BYTES,
            token_cache: None,
        }
    }
}

impl ClientBuilder {
    /// The API's base URL (default `https://cloud.mongodb.com`).
    #[must_use]
    pub fn base_url(mut self, url: impl Into<String>) -> Self {
        self.base_url = url.into();
        self
    }

    /// The credentials (default: none, so every call is anonymous).
    #[must_use]
    pub fn credentials(mut self, credentials: Credentials) -> Self {
        self.credentials = Some(credentials);
        self
    }

    /// Connect timeout (default 10 s). Ignored with a caller-supplied `reqwest::Client`.
    #[must_use]
    pub fn connect_timeout(mut self, d: Duration) -> Self {
        self.connect_timeout = d;
        self
    }

    /// Per-attempt request timeout (default 60 s).
    #[must_use]
    pub fn request_timeout(mut self, d: Duration) -> Self {
        self.request_timeout = d;
        self
    }

    /// The `User-Agent` (default `atlas-export-buckets/<version>`).
    #[must_use]
    pub fn user_agent(mut self, ua: impl Into<String>) -> Self {
        self.user_agent = ua.into();
        self
    }

    /// The retry policy (default [`RetryPolicy::default`]).
    #[must_use]
    pub fn retry_policy(mut self, policy: RetryPolicy) -> Self {
        self.retry = policy;
        self
    }

    /// A caller-configured `reqwest::Client` (proxies, root certificates, pools).
    #[must_use]
    pub fn http_client(mut self, http: reqwest::Client) -> Self {
        self.http = Some(http);
        self
    }

    /// Allows an `http://` base URL on a non-loopback host. Credentials then cross the network in
    /// the clear (digest protects the private key, not the bearer token).
    #[must_use]
    pub fn allow_insecure_http(mut self, allow: bool) -> Self {
        self.allow_insecure_http = allow;
        self
    }

    /// The largest response body the client reads (default 16 MiB); a larger one is
    /// [`Error::BodyTooLarge`], read no further than the limit.
    #[must_use]
    pub fn max_response_bytes(mut self, limit: usize) -> Self {
        self.max_response_bytes = limit;
        self
    }

    /// Where a service account's tokens are kept beyond this client (default: nowhere, so each
    /// new client fetches its own). The client asks `cache` before fetching a token, stores each
    /// token it fetches, and drops one that the server refuses. See
    /// [`FileTokenCache`](crate::token_cache::FileTokenCache), which keeps them on disk.
    #[must_use]
    pub fn token_cache(mut self, cache: impl TokenCache + 'static) -> Self {
        self.token_cache = Some(Arc::new(cache));
        self
    }

    /// Called before each retry, with the attempt, status and wait (for metrics or logs).
    #[must_use]
    pub fn on_retry(mut self, hook: impl Fn(&RetryEvent) + Send + Sync + 'static) -> Self {
        self.on_retry = Some(Arc::new(hook));
        self
    }

    /// Builds the client.
    ///
    /// The base URL must be an `https://` URL (or `http://` on a loopback host, or with
    /// [`allow_insecure_http`](ClientBuilder::allow_insecure_http)) that may have a path but no
    /// user name or password (credentials go in [`credentials`](ClientBuilder::credentials)), no
    /// query and no fragment; otherwise [`Error::Config`] says what it has, never repeating a
    /// user name or password.
    pub fn build(self) -> Result<Client, Error> {
        let base = Url::parse(&self.base_url).map_err(|e| Error::Config {
            message: format!(
                "base URL {:?} is not a URL: {e}",
                without_userinfo(&self.base_url)
            ),
        })?;
        if !base.username().is_empty() || base.password().is_some() {
            return Err(Error::Config {
                message: "the base URL has a user name or password in it (`user:password@`); give credentials with `credentials`, not in the URL".to_owned(),
            });
        }
        match base.scheme() {
            "https" => {}
            "http" => {
                let loopback = match base.host() {
                    Some(url::Host::Domain(d)) => d.eq_ignore_ascii_case("localhost"),
                    Some(url::Host::Ipv4(ip)) => IpAddr::V4(ip).is_loopback(),
                    Some(url::Host::Ipv6(ip)) => IpAddr::V6(ip).is_loopback(),
                    None => false,
                };
                if !loopback && !self.allow_insecure_http {
                    return Err(Error::Config {
                        message: format!(
                            "base URL {} uses http:// on a non-loopback host; use https://, or allow_insecure_http(true)",
                            &base[..Position::AfterPath]
                        ),
                    });
                }
            }
            other => {
                return Err(Error::Config {
                    message: format!("base URL scheme {other:?} is not http or https"),
                })
            }
        }
        if base.cannot_be_a_base() {
            return Err(Error::Config {
                message: format!("base URL {base} cannot take a path"),
            });
        }
        // The query or fragment itself is not repeated: it may hold a key.
        for (part, given) in [("query", base.query()), ("fragment", base.fragment())] {
            if given.is_some() {
                return Err(Error::Config {
                    message: format!(
                        "base URL {} cannot take a {part}: remove what follows the path",
                        &base[..Position::AfterPath]
                    ),
                });
            }
        }
        // Atlas does not redirect API calls; a redirect is reported, not followed with
        // credentials. The client's own `reqwest::Client` has the request timeout built in (one
        // set on each request costs an allocation per call); a streamed body, read past it, goes
        // through a second one without it, built at the first stream. A caller's client gets the
        // timeout on each request.
        let own_http = self.http.is_none();
        let http = match self.http {
            Some(h) => h,
            None => own_http_builder(self.connect_timeout)
                .timeout(self.request_timeout)
                .build()
                .map_err(|e| Error::Config {
                    message: format!("cannot build the HTTP client: {e}"),
                })?,
        };
        let token_url = join(&base, "/api/oauth/token")?;
        let user_agent =
            reqwest::header::HeaderValue::from_str(&self.user_agent).map_err(|_| {
                Error::Config {
                    message: format!(
                        "the user agent {:?} is not a valid HTTP header value",
                        self.user_agent
                    ),
                }
            })?;
        let auth = AuthState::new(self.credentials, self.token_cache, base.as_str())?;
        Ok(Client {
            inner: Arc::new(Inner {
                http,
                stream_http: OnceLock::new(),
                connect_timeout: self.connect_timeout,
                own_http,
                base,
                token_url,
                auth,
                retry: self.retry,
                user_agent,
                request_timeout: self.request_timeout,
                on_retry: self.on_retry,
                max_response_bytes: self.max_response_bytes,
                warned: Mutex::new(HashSet::new()),
            }),
        })
    }
}

/// `url` as given, with anything before an `@` in its authority (a user name and password)
/// replaced by `***`; for messages about a URL that may not parse.
fn without_userinfo(url: &str) -> std::borrow::Cow<'_, str> {
    let start = url.find("://").map_or(0, |i| i + 3);
    let authority_end = url[start..]
        .find(['/', '?', '#'])
        .map_or(url.len(), |i| start + i);
    match url[start..authority_end].rfind('@') {
        Some(at) => format!("{}***{}", &url[..start], &url[start + at..]).into(),
        None => url.into(),
    }
}

/// The settings of the client's own `reqwest::Client`s but the request timeout: the connect
/// timeout, and no redirects.
fn own_http_builder(connect_timeout: Duration) -> reqwest::ClientBuilder {
    reqwest::Client::builder()
        .connect_timeout(connect_timeout)
        .redirect(reqwest::redirect::Policy::none())
}

fn join(base: &Url, path: &str) -> Result<Url, Error> {
    let mut url = base.clone();
    let prefix = base.path().trim_end_matches('/');
    url.set_path(&format!("{prefix}{path}"));
    Ok(url)
}

struct Inner {
    http: reqwest::Client,
    /// What `execute_stream` sends with when `http` is the client's own: one like it without
    /// the request timeout (the call bounds the wait for the head itself), built at the first
    /// stream.
    stream_http: OnceLock<reqwest::Client>,
    connect_timeout: Duration,
    /// Whether `http` is the client's own, with the request timeout built in.
    own_http: bool,
    base: Url,
    token_url: Url,
    auth: AuthState,
    retry: RetryPolicy,
    /// Checked once when the client is built.
    user_agent: reqwest::header::HeaderValue,
    request_timeout: Duration,
    on_retry: Option<RetryHook>,
    max_response_bytes: usize,
    warned: Mutex<HashSet<(&'static str, Option<&'static str>)>>,
}

/// A client for the Atlas Administration API. Cheap to clone and share (`Clone + Send + Sync`):
/// clones share the connection pool, the digest challenge and the token cache. No global state.
/// [`Client::execute`] sends any generated operation.
#[derive(Clone)]
pub struct Client {
    inner: Arc<Inner>,
}

impl fmt::Debug for Client {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Client")
            .field("base_url", &self.inner.base.as_str())
            .field("auth", &self.inner.auth.describe())
            .field("retry", &self.inner.retry)
            .field("user_agent", &self.inner.user_agent)
            .finish_non_exhaustive()
    }
}

impl Client {
    /// A builder with the defaults.
    pub fn builder() -> ClientBuilder {
        ClientBuilder::default()
    }

    /// The base URL.
    pub fn base_url(&self) -> &Url {
        &self.inner.base
    }

    /// How many bearer tokens this client (and its clones) fetched; 0 for digest credentials.
    pub fn tokens_fetched(&self) -> u64 {
        match &self.inner.auth {
            AuthState::OAuth(o) => o.fetch_count(),
            _ => 0,
        }
    }

    /// The algorithm of the digest challenge the client reuses, once it has one.
    pub fn digest_algorithm(&self) -> Option<String> {
        match &self.inner.auth {
            AuthState::Digest(d) => d.algorithm(),
            _ => None,
        }
    }

    fn url(&self, d: &OperationDescriptor, params: &impl Params) -> Result<Url, Error> {
        let values = params.path_values();
        // Checked here, whatever the spec's patterns say: such a value would call another path.
        let unusable: Vec<Violation> = values
            .iter()
            .filter(|(_, v)| matches!(v.as_ref(), "" | "." | ".."))
            .map(|(name, _)| Violation {
                location: Location::Path,
                path: (*name).to_owned(),
                kind: ViolationKind::NotAPathSegment,
            })
            .collect();
        if !unusable.is_empty() {
            return Err(Error::Validation(ValidationError {
                violations: unusable,
            }));
        }
        let prefix = self.inner.base.path().trim_end_matches('/');
        let mut path = String::with_capacity(prefix.len() + d.path.len() + 64);
        path.push_str(prefix);
        // One pass over the template: each `{name}` is replaced by its percent-encoded value.
        let mut rest = d.path;
        while let Some(open) = rest.find('{') {
            path.push_str(&rest[..open]);
            let after = &rest[open + 1..];
            let Some(close) = after.find('}') else {
                path.push_str(&rest[open..]);
                rest = "";
                break;
            };
            let name = &after[..close];
            match values.iter().find(|(n, _)| *n == name) {
                // Atlas ids are unreserved characters only: copied as they are.
                Some((_, value)) if value.bytes().all(is_unreserved) => path.push_str(value),
                Some((_, value)) => {
                    path.extend(percent_encoding::utf8_percent_encode(value, SEGMENT));
                }
                None => path.push_str(&rest[open..open + close + 2]),
            }
            rest = &after[close + 1..];
        }
        path.push_str(rest);
        // Joining an absolute path keeps the base's scheme and host as they are (no re-parse),
        // and builds the URL in one buffer. A path starting with `//` (a base path like `//x`)
        // would read as a host, so it is set as a path instead.
        let mut url = if path.starts_with("//") {
            let mut url = self.inner.base.clone();
            url.set_path(&path);
            url
        } else {
            self.inner.base.join(&path).map_err(|e| Error::Config {
                message: format!("cannot build a URL from {path:?}: {e}"),
            })?
        };
        let query = params.query_values();
        if !query.is_empty() {
            let mut pairs = url.query_pairs_mut();
            for (k, v) in query {
                pairs.append_pair(k, &v);
            }
        }
        Ok(url)
    }

    async fn raw(
        &self,
        d: &OperationDescriptor,
        url: &Url,
        body: Option<&[u8]>,
        headers: &[(HeaderName, HeaderValue)],
        auth: Option<HeaderValue>,
        streamed: bool,
    ) -> Result<reqwest::Response, reqwest::Error> {
        let method = match d.method {
            Method::Get => reqwest::Method::GET,
            Method::Post => reqwest::Method::POST,
            Method::Put => reqwest::Method::PUT,
            Method::Patch => reqwest::Method::PATCH,
            Method::Delete => reqwest::Method::DELETE,
            Method::Head => reqwest::Method::HEAD,
            Method::Options => reqwest::Method::OPTIONS,
            Method::Trace => reqwest::Method::TRACE,
        };
        let inner = &self.inner;
        let http = if streamed && inner.own_http {
            inner.stream_http.get_or_init(|| {
                own_http_builder(inner.connect_timeout)
                    .build()
                    // The same settings built `http` already; should they not build again, the
                    // stream is bounded by the request timeout as a whole.
                    .unwrap_or_else(|_| inner.http.clone())
            })
        } else {
            &inner.http
        };
        let mut req = http
            .request(method, url.clone())
            .header(reqwest::header::ACCEPT, d.accept)
            .header(reqwest::header::USER_AGENT, inner.user_agent.clone());
        if !streamed && !inner.own_http {
            req = req.timeout(inner.request_timeout);
        }
        if let (Some(ct), Some(b)) = (d.content_type, body) {
            req = req
                .header(reqwest::header::CONTENT_TYPE, ct)
                .body(b.to_vec());
        }
        if let Some(value) = auth {
            req = req.header(reqwest::header::AUTHORIZATION, value);
        }
        // Header parameters never name the headers set above (`header_params` refuses them).
        for (name, value) in headers {
            req = req.header(name.clone(), value.clone());
        }
        req.send().await
    }

    /// One attempt, with authentication. Not `streamed`: the request timeout bounds the whole
    /// request, body included. `streamed`: the caller bounds the wait for the head itself.
    async fn send_authed(
        &self,
        d: &OperationDescriptor,
        url: &Url,
        body: Option<&[u8]>,
        headers: &[(HeaderName, HeaderValue)],
        streamed: bool,
    ) -> Result<reqwest::Response, AttemptError> {
        let auth = &self.inner.auth;
        // The send is awaited here, not inside a future of the authentication's: see
        // `AuthState::first`. Fetching a token and answering a `401` are boxed, being rare,
        // and what only they need is made there, not kept across the send.
        let First { header, on_refusal } = match auth.first(&signed(d, url, body)) {
            Ok(first) => first,
            Err(account) => Box::pin(account.fetch_first(&self.token_endpoint())).await?,
        };
        let resp = self.raw(d, url, body, headers, header, streamed).await?;
        if resp.status().as_u16() != 401 {
            return Ok(resp);
        }
        Box::pin(async move {
            let send = |auth| self.raw(d, url, body, headers, auth, streamed);
            let request = signed(d, url, body);
            auth.refused(&self.token_endpoint(), &request, on_refusal, resp, &send)
                .await
        })
        .await
    }

    /// Where and how a service account's token is fetched.
    fn token_endpoint(&self) -> TokenEndpoint<'_> {
        let inner = &self.inner;
        TokenEndpoint {
            http: &inner.http,
            url: &inner.token_url,
            policy: &inner.retry,
            user_agent: &inner.user_agent,
            // The client's own `http` has the request timeout built in; a caller's gets it here.
            timeout: (!inner.own_http).then_some(inner.request_timeout),
        }
    }

    fn warn_deprecated(&self, d: &OperationDescriptor, meta: &ResponseMeta) {
        if !(meta.past_sunset || meta.deprecation.is_some() || meta.sunset.is_some()) {
            return;
        }
        let first = self
            .inner
            .warned
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .insert((d.operation_id, d.version));
        if first {
            tracing::warn!(
                operation = d.operation_id,
                version = d.version.unwrap_or("-"),
                spec_sunset = d.sunset.unwrap_or("-"),
                deprecation = meta.deprecation.as_deref().unwrap_or("-"),
                sunset = meta.sunset.as_deref().unwrap_or("-"),
                "this API version is deprecated or past its sunset date; move to a newer version"
            );
        }
    }

    /// Calls operation `O` (one operation at one API version): validates, sends with retries,
    /// and decodes the answer. An error status whose body decodes as the operation's declared
    /// error type ([`Operation::Error`]) is [`Error::Api`], which keeps that body; any other
    /// error body is [`Error::Http`].
    ///
    /// A success body whose declared media type is not JSON (a gzip log, a CSV invoice) is not
    /// parsed: the operation's response type ([`Binary`](crate::Binary)) takes its bytes and
    /// media type as they came. [`Client::execute_stream`] reads such a body chunk by chunk.
    pub async fn execute<O: Operation>(
        &self,
        params: &O::Params,
        body: &O::Request,
    ) -> Result<Response<O::Response>, Error>
    where
        O::Error: ErrorBody,
    {
        let d = O::DESCRIPTOR;
        let call = self.prepare::<O>(params, body)?;
        let span = call_span(d);
        self.run::<O>(d, &call, &span)
            .instrument(span.clone())
            .await
    }

    /// Calls operation `O` as [`Client::execute`] does, but hands a success body over as a
    /// stream of chunks instead of reading it whole: for a large download (a log file). The
    /// request timeout and the retries apply to getting the response head; the body may then
    /// take as long as it takes, but a wait of more than the request timeout for its next chunk
    /// ends the stream with [`Error::Timeout`] (a reqwest client given with its own total
    /// timeout still applies that to the body). The client's `max_response_bytes` still holds: a body
    /// declared larger is [`Error::BodyTooLarge`] at once, and one that grows past it ends the
    /// stream with that error. An error status is read whole and decoded as `execute` decodes
    /// it. The response's `Content-Type` is in [`ResponseMeta::content_type`].
    pub async fn execute_stream<O: Operation>(
        &self,
        params: &O::Params,
        body: &O::Request,
    ) -> Result<Response<ByteStream>, Error>
    where
        O::Error: ErrorBody,
    {
        let d = O::DESCRIPTOR;
        let call = self.prepare::<O>(params, body)?;
        let span = call_span(d);
        self.run_stream::<O>(d, &call, &span)
            .instrument(span.clone())
            .await
    }

    /// Checks the parameters and body, and builds the URL, the header parameters and the body
    /// bytes.
    fn prepare<O: Operation>(
        &self,
        params: &O::Params,
        body: &O::Request,
    ) -> Result<Prepared, Error> {
        let d = O::DESCRIPTOR;
        let mut violations = Vec::new();
        params.collect_violations("", &mut violations);
        if d.content_type.is_some() {
            body.collect_violations("", &mut violations);
        }
        let headers = header_params(params, &mut violations);
        if !violations.is_empty() {
            return Err(Error::Validation(crate::validation::ValidationError {
                violations,
            }));
        }
        let url = self.url(d, params)?;
        let body = match d.content_type {
            Some(_) => Some(serde_json::to_vec(body).map_err(|e| Error::Config {
                message: format!("the request body does not serialize: {e}"),
            })?),
            None => None,
        };
        Ok(Prepared { url, body, headers })
    }

    /// Sends until an answer that is not retried comes back: its head, its metadata, and
    /// whether another attempt is left. `streamed`: the body is to be streamed, so the request
    /// timeout bounds the wait for the head only.
    async fn head(
        &self,
        d: &'static OperationDescriptor,
        call: &Prepared,
        span: &tracing::Span,
        tries: &mut Tries<impl Iterator<Item = Duration>>,
        streamed: bool,
    ) -> Result<(reqwest::Response, ResponseMeta, bool), Error> {
        let policy = &self.inner.retry;
        let idempotent = !matches!(d.method, Method::Post);
        let timeout = self.inner.request_timeout;
        loop {
            tries.attempt += 1;
            let attempt = tries.attempt;
            span.record("attempt", attempt);
            let more = attempt < policy.max_attempts;
            let body = call.body.as_deref();
            let sent = if streamed {
                let send = self.send_authed(d, &call.url, body, &call.headers, true);
                // Boxed: the timer would add to the state of every call, streamed or not.
                match Box::pin(tokio::time::timeout(timeout, send)).await {
                    Ok(sent) => sent,
                    Err(_) => {
                        if more && is_transient(Failure::Elapsed, idempotent) {
                            let delay = policy.delay(None, &mut tries.backoff);
                            self.retrying(d, attempt, None, delay);
                            pause(delay).await;
                            continue;
                        }
                        return Err(Error::Timeout {
                            operation: d.operation_id,
                            attempts: attempt,
                        });
                    }
                }
            } else {
                self.send_authed(d, &call.url, body, &call.headers, false)
                    .await
            };
            let resp = match sent {
                Err(AttemptError::Fatal(e)) => return Err(e),
                Err(AttemptError::Transport(e)) => {
                    if more && is_transient(Failure::Send(&e), idempotent) {
                        let delay = policy.delay(None, &mut tries.backoff);
                        self.retrying(d, attempt, None, delay);
                        pause(delay).await;
                        continue;
                    }
                    return Err(transport_error(d, &e, attempt));
                }
                Ok(resp) => resp,
            };
            let status = resp.status().as_u16();
            span.record("status", status);
            let meta = response_meta(d, status, resp.headers(), attempt);
            if more && is_transient(Failure::Status(status), idempotent) {
                let delay = policy.delay(meta.retry_after, &mut tries.backoff);
                self.retrying(d, attempt, Some(status), delay);
                drop(resp);
                pause(delay).await;
                continue;
            }
            return Ok((resp, meta, more));
        }
    }

    async fn run<O: Operation>(
        &self,
        d: &'static OperationDescriptor,
        call: &Prepared,
        span: &tracing::Span,
    ) -> Result<Response<O::Response>, Error>
    where
        O::Error: ErrorBody,
    {
        let policy = &self.inner.retry;
        let idempotent = !matches!(d.method, Method::Post);
        let mut tries = Tries {
            attempt: 0,
            backoff: policy.backoff(),
        };
        loop {
            let (resp, meta, more) = self.head(d, call, span, &mut tries, false).await?;
            let status = meta.status;
            let bytes = match read_limited(resp, self.inner.max_response_bytes).await {
                Ok(b) => b,
                Err(ReadError::TooLarge) => {
                    return Err(Error::BodyTooLarge {
                        status,
                        limit: self.inner.max_response_bytes,
                    })
                }
                Err(ReadError::Transport(e)) => {
                    if more && is_transient(Failure::Read, idempotent) {
                        let delay = policy.delay(None, &mut tries.backoff);
                        self.retrying(d, tries.attempt, Some(status), delay);
                        pause(delay).await;
                        continue;
                    }
                    return Err(transport_error(d, &e, tries.attempt));
                }
            };
            return self.finish::<O>(d, meta, &bytes);
        }
    }

    async fn run_stream<O: Operation>(
        &self,
        d: &'static OperationDescriptor,
        call: &Prepared,
        span: &tracing::Span,
    ) -> Result<Response<ByteStream>, Error>
    where
        O::Error: ErrorBody,
    {
        let limit = self.inner.max_response_bytes;
        let mut tries = Tries {
            attempt: 0,
            backoff: self.inner.retry.backoff(),
        };
        let (resp, mut meta, _) = self.head(d, call, span, &mut tries, true).await?;
        let status = meta.status;
        // A 2xx the operation does not declare streams as its success (as `execute` reads it).
        let success = (200..=299).contains(&status)
            && crate::decode::success_response(d, &mut meta).is_some();
        if !success {
            // Read whole (within the request timeout) and classified as `execute` does: an
            // error, never a success.
            let read = tokio::time::timeout(self.inner.request_timeout, read_limited(resp, limit));
            let bytes = match read.await {
                Ok(Ok(b)) => b,
                Ok(Err(ReadError::TooLarge)) => return Err(Error::BodyTooLarge { status, limit }),
                Ok(Err(ReadError::Transport(e))) => {
                    return Err(transport_error(d, &e, tries.attempt))
                }
                Err(_) => {
                    return Err(Error::Timeout {
                        operation: d.operation_id,
                        attempts: tries.attempt,
                    })
                }
            };
            return match self.finish::<O>(d, meta, &bytes) {
                Err(e) => Err(e),
                Ok(r) => Err(Error::UndeclaredStatus {
                    status,
                    excerpt: excerpt(&bytes),
                    meta: Box::new(r.meta),
                }),
            };
        }
        self.warn_deprecated(d, &meta);
        if resp.content_length().is_some_and(|n| n > limit as u64) {
            return Err(Error::BodyTooLarge { status, limit });
        }
        let attempts = tries.attempt;
        // However long the whole body takes, a stall longer than the request timeout ends it.
        let idle = self.inner.request_timeout;
        let chunks = futures_util::stream::unfold(Some((resp, 0usize)), move |state| async move {
            let (mut resp, read) = state?;
            let Ok(next) = tokio::time::timeout(idle, resp.chunk()).await else {
                let timeout = Error::Timeout {
                    operation: d.operation_id,
                    attempts,
                };
                return Some((Err(timeout), None));
            };
            match next {
                Ok(None) => None,
                Ok(Some(chunk)) if read + chunk.len() > limit => {
                    Some((Err(Error::BodyTooLarge { status, limit }), None))
                }
                Ok(Some(chunk)) => {
                    let read = read + chunk.len();
                    Some((Ok(chunk), Some((resp, read))))
                }
                Err(e) => Some((Err(transport_error(d, &e, attempts)), None)),
            }
        });
        Ok(Response {
            body: ByteStream::new(chunks),
            meta,
        })
    }

    fn retrying(
        &self,
        d: &'static OperationDescriptor,
        attempt: u32,
        status: Option<u16>,
        delay: Duration,
    ) {
        tracing::info!(
            attempt,
            status,
            delay_ms = delay.as_millis() as u64,
            "retrying"
        );
        if let Some(hook) = &self.inner.on_retry {
            hook(&RetryEvent {
                operation: d.operation_id,
                attempt,
                status,
                delay,
            });
        }
    }

    fn finish<O: Operation>(
        &self,
        d: &'static OperationDescriptor,
        meta: ResponseMeta,
        body: &[u8],
    ) -> Result<Response<O::Response>, Error>
    where
        O::Error: ErrorBody,
    {
        self.warn_deprecated(d, &meta);
        crate::decode::read::<O>(d, meta, body, crate::decode::declared_error::<O::Error>)
    }
}

/// What a call sends on every attempt.
struct Prepared {
    url: Url,
    body: Option<Vec<u8>>,
    headers: Vec<(HeaderName, HeaderValue)>,
}

/// The attempts of one call so far, and the waits left between them.
struct Tries<B> {
    attempt: u32,
    backoff: B,
}

fn call_span(d: &OperationDescriptor) -> tracing::Span {
    tracing::info_span!(
        "atlas.call",
        operation = d.operation_id,
        version = d.version.unwrap_or("-"),
        method = d.method.as_str(),
        attempt = tracing::field::Empty,
        status = tracing::field::Empty,
    )
}

/// The wait before a retry. Boxed: the timer is large, and keeping it out of the call's state
/// keeps that state small for the common call, which never waits.
async fn pause(delay: Duration) {
    Box::pin(tokio::time::sleep(delay)).await;
}

/// What a digest answer signs of a request.
fn signed<'a>(d: &OperationDescriptor, url: &'a Url, body: Option<&'a [u8]>) -> Request<'a> {
    Request {
        method: d.method.as_str(),
        uri: &url[Position::BeforePath..],
        body: body.unwrap_or_default(),
    }
}

fn transport_error(d: &OperationDescriptor, e: &reqwest::Error, attempts: u32) -> Error {
    if e.is_timeout() {
        Error::Timeout {
            operation: d.operation_id,
            attempts,
        }
    } else if e.is_connect() {
        Error::Connect {
            operation: d.operation_id,
            attempts,
            message: describe(e),
        }
    } else {
        Error::Transport {
            operation: d.operation_id,
            attempts,
            message: describe(e),
        }
    }
}

/// Headers the client sets itself, which a header parameter may not replace.
const CLIENT_HEADERS: [HeaderName; 4] = [
    reqwest::header::ACCEPT,
    reqwest::header::CONTENT_TYPE,
    reqwest::header::AUTHORIZATION,
    reqwest::header::USER_AGENT,
];

/// The header parameters to send on every attempt. A name that is not a header name or is one
/// of [`CLIENT_HEADERS`], and a value that is not visible ASCII, spaces and tabs (a line break,
/// a control or non-ASCII character), is a violation instead.
fn header_params(
    params: &impl Params,
    violations: &mut Vec<Violation>,
) -> Vec<(HeaderName, HeaderValue)> {
    let mut out = Vec::new();
    for (name, value) in params.header_values() {
        let kind = match HeaderName::from_bytes(name.as_bytes()) {
            Ok(h) if CLIENT_HEADERS.contains(&h) => ViolationKind::NotASendableHeader,
            Err(_) => ViolationKind::NotASendableHeader,
            Ok(h) => match HeaderValue::from_str(&value) {
                Ok(v) if is_header_text(&value) => {
                    out.push((h, v));
                    continue;
                }
                _ => ViolationKind::NotAHeaderValue,
            },
        };
        violations.push(Violation {
            location: Location::Header,
            path: name.to_owned(),
            kind,
        });
    }
    out
}

/// Visible ASCII, spaces and tabs. `HeaderValue` takes bytes above 0x7f too, which servers read
/// each their own way, so a header parameter is held to this.
fn is_header_text(value: &str) -> bool {
    value
        .bytes()
        .all(|b| b == b'\t' || (b' '..=b'~').contains(&b))
}

/// An RFC 3986 unreserved character: the only ones a path segment keeps unescaped.
fn is_unreserved(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~')
}

/// Characters escaped in a path segment: everything but RFC 3986 unreserved characters.
const SEGMENT: &percent_encoding::AsciiSet = &percent_encoding::NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

#[cfg(test)]
mod tests {
    // Tests report failure by panicking.
    #![allow(clippy::panic, clippy::unwrap_used)]

    use std::borrow::Cow;

    use super::*;
    use crate::operation::ResponseDescriptor;

    struct Given {
        path: Vec<(&'static str, &'static str)>,
        query: Vec<(&'static str, String)>,
    }

    impl Validate for Given {
        fn collect_violations(&self, _at: &str, _out: &mut Vec<Violation>) {}
    }

    impl Params for Given {
        fn path_values(&self) -> Vec<(&'static str, Cow<'_, str>)> {
            self.path
                .iter()
                .map(|(n, v)| (*n, Cow::Borrowed(*v)))
                .collect()
        }
        fn query_values(&self) -> Vec<(&'static str, String)> {
            self.query.clone()
        }
    }

    fn descriptor(path: &'static str) -> OperationDescriptor {
        OperationDescriptor {
            operation_id: "op",
            operation_id_override: None,
            method: Method::Get,
            path,
            version: None,
            accept: "application/json",
            content_type: None,
            request_body_required: false,
            success_status: 200,
            sunset: None,
            required_roles: &[],
            parameters: &[],
            responses: &[],
        }
    }

    fn url_of(base: &str, path: &'static str, params: &Given) -> String {
        let client = Client::builder().base_url(base).build().unwrap();
        client.url(&descriptor(path), params).unwrap().to_string()
    }

    #[test]
    fn path_values_are_substituted_under_the_base_path_and_escaped() {
        let params = Given {
            path: vec![
                ("groupId", "32b6e34b3d91647abb20e7b8"),
                ("id", "a b/c?d#e%.~"),
            ],
            query: vec![],
        };
        let template = "/api/atlas/v2/groups/{groupId}/x/{id}";
        assert_eq!(
            url_of("http://127.0.0.1:1", template, &params),
            "http://127.0.0.1:1/api/atlas/v2/groups/32b6e34b3d91647abb20e7b8/x/a%20b%2Fc%3Fd%23e%25.~"
        );
        // A base with a path keeps it, with or without a trailing slash.
        for base in ["http://127.0.0.1:1/proxy", "http://127.0.0.1:1/proxy/"] {
            assert_eq!(
                url_of(base, template, &params),
                "http://127.0.0.1:1/proxy/api/atlas/v2/groups/32b6e34b3d91647abb20e7b8/x/a%20b%2Fc%3Fd%23e%25.~"
            );
        }
    }

    #[test]
    fn user_info_is_masked_in_a_url_shown_as_given() {
        for (given, shown) in [
            ("https://a:b@h:1/p@q?x=@#@", "https://***@h:1/p@q?x=@#@"),
            ("https://a:b@c@h", "https://***@h"),
            ("a:b@h/x", "***@h/x"),
            ("https://h/p@q", "https://h/p@q"),
            ("not a url", "not a url"),
        ] {
            assert_eq!(without_userinfo(given), shown);
        }
    }

    #[test]
    fn a_base_path_starting_with_two_slashes_stays_a_path() {
        let params = Given {
            path: vec![("a", "1")],
            query: vec![],
        };
        assert_eq!(
            url_of("http://127.0.0.1:1//x", "/y/{a}", &params),
            "http://127.0.0.1:1//x/y/1"
        );
    }

    #[test]
    fn an_empty_or_dot_segment_is_refused_before_sending() {
        let client = Client::builder()
            .base_url("http://127.0.0.1:1")
            .build()
            .unwrap();
        for bad in ["", ".", ".."] {
            let params = Given {
                path: vec![("groupId", "32b6e34b3d91647abb20e7b8"), ("id", bad)],
                query: vec![],
            };
            match client.url(&descriptor("/g/{groupId}/x/{id}"), &params) {
                Err(Error::Validation(e)) => {
                    assert_eq!(e.violations.len(), 1);
                    assert_eq!(e.violations[0].location, Location::Path);
                    assert_eq!(e.violations[0].path, "id");
                    assert_eq!(e.violations[0].kind, ViolationKind::NotAPathSegment);
                }
                other => panic!("{bad:?} gave {other:?}"),
            }
        }
    }

    struct Headers(Vec<(&'static str, String)>);

    impl Validate for Headers {
        fn collect_violations(&self, _at: &str, _out: &mut Vec<Violation>) {}
    }

    impl Params for Headers {
        fn path_values(&self) -> Vec<(&'static str, Cow<'_, str>)> {
            Vec::new()
        }
        fn query_values(&self) -> Vec<(&'static str, String)> {
            Vec::new()
        }
        fn header_values(&self) -> Vec<(&'static str, String)> {
            self.0.clone()
        }
    }

    #[test]
    fn header_parameters_never_replace_the_clients_headers() {
        let given = Headers(vec![
            ("Use-Effective-Instance-Fields", "true".to_owned()),
            ("authorization", "Bearer x".to_owned()),
            ("Accept", "*/*".to_owned()),
            ("Content-Type", "text/plain".to_owned()),
            ("User-Agent", "other".to_owned()),
            ("Not A Name", "1".to_owned()),
            ("X-Tab", "a\tb".to_owned()),
            ("X-Break", "a\r\nb".to_owned()),
        ]);
        let mut violations = Vec::new();
        let sent = header_params(&given, &mut violations);
        let sent: Vec<(&str, &str)> = sent
            .iter()
            .map(|(n, v)| (n.as_str(), v.to_str().unwrap()))
            .collect();
        assert_eq!(
            sent,
            [("use-effective-instance-fields", "true"), ("x-tab", "a\tb")]
        );
        let refused: Vec<(&str, &ViolationKind)> = violations
            .iter()
            .map(|v| {
                assert_eq!(v.location, Location::Header);
                (v.path.as_str(), &v.kind)
            })
            .collect();
        let name = &ViolationKind::NotASendableHeader;
        assert_eq!(
            refused,
            [
                ("authorization", name),
                ("Accept", name),
                ("Content-Type", name),
                ("User-Agent", name),
                ("Not A Name", name),
                ("X-Break", &ViolationKind::NotAHeaderValue),
            ]
        );
    }

    #[test]
    fn an_unknown_or_unclosed_placeholder_is_kept_as_text() {
        let params = Given {
            path: vec![("a", "1")],
            query: vec![],
        };
        assert_eq!(
            url_of("http://127.0.0.1:1", "/x/{a}/{b}/y", &params),
            "http://127.0.0.1:1/x/1/%7Bb%7D/y"
        );
        assert_eq!(
            url_of("http://127.0.0.1:1", "/x/{a}/{b", &params),
            "http://127.0.0.1:1/x/1/%7Bb"
        );
    }

    #[test]
    fn query_values_are_appended_encoded() {
        let params = Given {
            path: vec![],
            query: vec![("pageNum", "2".into()), ("q", "a&b c".into())],
        };
        assert_eq!(
            url_of("http://127.0.0.1:1", "/list", &params),
            "http://127.0.0.1:1/list?pageNum=2&q=a%26b+c"
        );
    }

    #[test]
    fn a_status_finds_its_exact_response_then_its_range_then_default() {
        const fn resp(status: &'static str) -> ResponseDescriptor {
            ResponseDescriptor {
                status,
                description: "",
                media_type: None,
                body: None,
                headers: &[],
            }
        }
        const RESPONSES: &[ResponseDescriptor] =
            &[resp("200"), resp("4XX"), resp("404"), resp("default")];
        let d = OperationDescriptor {
            responses: RESPONSES,
            ..descriptor("/")
        };
        let found = |s| d.response(s).map(|r| r.status);
        assert_eq!(found(200), Some("200"));
        assert_eq!(found(404), Some("404"));
        assert_eq!(found(409), Some("4XX"));
        assert_eq!(found(201), Some("default"));
        assert_eq!(found(500), Some("default"));
        const LOWER: &[ResponseDescriptor] = &[resp("200"), resp("5xx")];
        let none = OperationDescriptor {
            responses: LOWER,
            ..descriptor("/")
        };
        assert_eq!(none.response(503).map(|r| r.status), Some("5xx"));
        assert_eq!(none.response(404), None);
    }
}
